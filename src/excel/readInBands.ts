/**
 * Reading a workbook whatever its size (issue 5, decision 5). The one-batch read is tried first: one round
 * trip for any workbook Excel can answer in one response. When Excel refuses it as too large (Excel on the
 * web stops at about 5 MB), nothing was changed, so the read starts again: the tables' sizes first, then
 * their bodies in bands of rows, packed into requests whose answers are estimated to stay under the limit.
 * A band refused all the same (long text in its cells) is halved and read again.
 */
import { isExcelError } from "./excelErrors";
import { queueRead, workbookRead, type BodyCells, type PendingRead, type WorkbookRead } from "./readWorkbook";
import { REQUEST_LIMIT_BYTES } from "./writePlanToSheets";

/** Excel's refusal of a request or a response over its size limit. */
export function isPayloadLimit(error: unknown): boolean {
  return isExcelError(error) && /PayloadSizeLimitExceeded/.test(error.code);
}

/** A first guess at a body cell's bytes in the answer: a number, its type ("Double") and "General", as JSON. */
const CELL_BYTES_GUESS = 48;

interface Band {
  readonly table: number;
  readonly first: number;
  readonly count: number;
}

interface BodyGrid {
  readonly sheet: Excel.Worksheet;
  readonly top: number;
  readonly left: number;
  readonly columns: number;
  readonly cells: { values: unknown[][]; valueTypes: string[][]; numberFormat: unknown[][] };
}

/** Takes bands from the front of `queue` until their guessed answer would pass `limit` (always one at least). */
function takeRequest(queue: Band[], grids: readonly BodyGrid[], cellBytes: number, limit: number): Band[] {
  const taken: Band[] = [];
  let bytes = 0;
  while (queue.length > 0) {
    const band = queue[0] as Band;
    const rowBytes = Math.max(1, (grids[band.table] as BodyGrid).columns) * cellBytes;
    const fits = Math.floor((limit - bytes) / rowBytes);
    if (fits < 1 && taken.length > 0) break;
    const count = Math.min(band.count, Math.max(1, fits));
    taken.push({ table: band.table, first: band.first, count });
    bytes += count * rowBytes;
    if (count === band.count) queue.shift();
    else queue[0] = { table: band.table, first: band.first + count, count: band.count - count };
  }
  return taken;
}

/** Halves each band (a one-row band stays whole): the pieces go back in order. */
function halved(bands: readonly Band[]): Band[] {
  return bands.flatMap((band) => {
    if (band.count < 2) return [band];
    const half = Math.ceil(band.count / 2);
    return [{ table: band.table, first: band.first, count: half }, { table: band.table, first: band.first + half, count: band.count - half }];
  });
}

async function readBodies(pending: PendingRead, sync: () => Promise<void>, limit: number): Promise<BodyCells[]> {
  const grids: BodyGrid[] = pending.reads.map((read) => ({
    sheet: read.sheet,
    top: read.table.isNullObject ? 0 : read.body.rowIndex,
    left: read.table.isNullObject ? 0 : read.body.columnIndex,
    columns: read.table.isNullObject ? 0 : read.body.columnCount,
    cells: { values: [], valueTypes: [], numberFormat: [] },
  }));
  const queue: Band[] = pending.reads.flatMap((read, table) => (read.table.isNullObject || read.body.rowCount === 0 ? [] : [{ table, first: 0, count: read.body.rowCount }]));
  let cellBytes = CELL_BYTES_GUESS;
  while (queue.length > 0) {
    const request = takeRequest(queue, grids, cellBytes, limit);
    const ranges = request.map((band) => {
      const grid = grids[band.table] as BodyGrid;
      return grid.sheet.getRangeByIndexes(grid.top + band.first, grid.left, band.count, grid.columns).load("values,valueTypes,numberFormat");
    });
    try {
      await sync();
    } catch (error) {
      // Refused with a single one-row band: no smaller read is possible, so the refusal stands.
      if (!isPayloadLimit(error) || (request.length === 1 && (request[0] as Band).count === 1)) throw error;
      queue.unshift(...halved(request));
      cellBytes *= 2;
      continue;
    }
    request.forEach((band, i) => {
      const range = ranges[i] as Excel.Range;
      const { cells } = grids[band.table] as BodyGrid;
      cells.values.push(...range.values);
      cells.valueTypes.push(...range.valueTypes);
      cells.numberFormat.push(...range.numberFormat);
    });
  }
  return grids.map((grid) => grid.cells);
}

/**
 * The workbook read in one round trip, or, when Excel refuses that as too large, in as many as its size
 * needs (each counted by `sync`).
 */
export async function readWorkbook(context: Excel.RequestContext, sync: () => Promise<void>, limit = REQUEST_LIMIT_BYTES): Promise<WorkbookRead> {
  const whole = queueRead(context);
  try {
    await sync();
    return workbookRead(whole);
  } catch (error) {
    if (!isPayloadLimit(error)) throw error;
  }
  const sized = queueRead(context, "size");
  await sync();
  return workbookRead(sized, await readBodies(sized, sync, limit));
}
