/**
 * The one read batch: sheets, workbook names (ownership marks), every table (names and sheets), the
 * contract's tables with their header and body (values and number formats) and which body rows are
 * hidden, calculation mode and the Summary's run stamp. Queue it, sync once, then `workbookRead` turns
 * what came back into a snapshot. With `bodies: "size"` the bodies' cells are left out (only where and
 * how big each body is), for a workbook too large for one response: see readInBands.ts.
 */
import { INPUT_TABLES, OUTPUT_SHEETS, RESULTS_TABLE, sameSheetName, type CellValue, type SheetInfo, type TableSnapshot, type WorkbookSnapshot } from "../workbook";
import { claimedMarks, ownershipMarks, tempMarks, type Mark, type NameRecord } from "./ownership";

/** The tables a run or the status reads (fetched by name in the same batch as the lists). */
const READ_TABLES = [...INPUT_TABLES, RESULTS_TABLE];

interface TableRead {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  /** The visible cells of the body's first column (RangeView, ExcelApi 1.3): a body row not in it is hidden. */
  readonly visible: Excel.RangeView;
}

/** A body's cells as Excel returns them: a loaded body range, or bands of it joined together. */
export interface BodyCells {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

export type BodyLoad = "cells" | "size";

export interface PendingRead {
  readonly sheets: Excel.WorksheetCollection;
  readonly names: Excel.NamedItemCollection;
  readonly tables: Excel.TableCollection;
  readonly application: Excel.Application;
  readonly reads: readonly TableRead[];
  readonly summary: Excel.Range;
}

export function queueRead(context: Excel.RequestContext, bodies: BodyLoad = "cells"): PendingRead {
  const workbook = context.workbook;
  const bodyProperties = bodies === "cells" ? "values,valueTypes,numberFormat,rowIndex" : "rowIndex,columnIndex,rowCount,columnCount";
  const reads = READ_TABLES.map((name) => {
    // A missing table is a null object, and so are the ranges asked of it: nothing is read for it.
    const table = workbook.tables.getItemOrNullObject(name);
    table.load("name,showHeaders");
    const body = table.getDataBodyRange().load(bodyProperties);
    return {
      table,
      sheet: table.worksheet.load("name"),
      header: table.getHeaderRowRange().load("values,valueTypes,rowIndex,columnIndex"),
      body,
      // In the same batch (no extra sync). Rows a filter leaves out are hidden by Excel, so they are
      // reported as hidden too: they are still read and counted, which is what the warning says.
      visible: body.getColumn(0).getVisibleView().load("cellAddresses"),
    };
  });
  return {
    sheets: workbook.worksheets.load("items/name,items/id"),
    names: workbook.names.load("items/name,items/formula,items/visible"),
    tables: workbook.tables.load("items/name,items/worksheet/name"),
    application: workbook.application.load("calculationMode"),
    reads,
    summary: workbook.worksheets.getItemOrNullObject(OUTPUT_SHEETS.summary.name).getUsedRangeOrNullObject(true).load("formulas"),
  };
}

export interface SheetRecord {
  readonly name: string;
  readonly id: string;
}

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: readonly SheetRecord[];
  readonly names: readonly NameRecord[];
  readonly marks: readonly Mark[];
  readonly temps: readonly Mark[];
  /** Every table in the workbook with its sheet. */
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  readonly manualCalculation: boolean;
  /** The inputs fingerprint in the owned Summary's run stamp, when there is one. */
  readonly stampFingerprint?: string;
}

function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** `Savings!A5`, `'My sheet'!$A$5` or `A5:A7` to its 1-based sheet rows (none when it is not an address). */
export function addressRows(address: string): number[] {
  // A sheet name can hold `!` (quoted), but a cell reference cannot: the reference follows the last one.
  const reference = address.slice(address.lastIndexOf("!") + 1);
  const rows = reference.split(":").map((part) => /^\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(part.trim())?.[1]);
  const [first, last = first] = rows;
  if (first === undefined || last === undefined || rows.length > 2) return [];
  const from = Math.min(Number(first), Number(last));
  const to = Math.max(Number(first), Number(last));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Whether each body row is hidden (hidden by the user or filtered out), from the visible cells of the
 * body's first column. Unknown (undefined) when no cell at all is visible: then the column itself may be
 * hidden, and calling every row hidden would be wrong (a table with every row hidden goes unwarned).
 */
function hiddenRows(read: TableRead, count: number): boolean[] | undefined {
  const visible = new Set<number>();
  for (const row of read.visible.cellAddresses) for (const address of row) for (const n of addressRows(String(address))) visible.add(n);
  if (visible.size === 0) return undefined;
  const first = read.body.rowIndex + 1;
  return Array.from({ length: count }, (_, r) => !visible.has(first + r));
}

function tableSnapshot(read: TableRead, cells: BodyCells): TableSnapshot | undefined {
  if (read.table.isNullObject) return undefined;
  const types = cells.valueTypes;
  const hidden = hiddenRows(read, cells.values.length);
  return {
    name: read.table.name,
    sheet: read.sheet.name,
    headerRow: read.header.rowIndex,
    left: read.header.columnIndex,
    headers: (read.header.values[0] ?? []).map((value, c) => cellValue(value, read.header.valueTypes[0]?.[c])),
    rows: cells.values.map((row, r) => row.map((value, c) => cellValue(value, types[r]?.[c]))),
    numberFormats: cells.numberFormat.map((row) => row.map((format) => String(format ?? "General"))),
    ...(hidden ? { hiddenRows: hidden } : {}),
  };
}

const STAMP = /inputs fingerprint ([0-9a-f]+)/;

/** What came back; `bodies` (one per table read, in order) when the bodies were read apart, in bands. */
export function workbookRead(pending: PendingRead, bodies?: readonly BodyCells[]): WorkbookRead {
  const names = pending.names.items.map((item) => ({ name: item.name, formula: String(item.formula), visible: item.visible }));
  const sheetRecords = pending.sheets.items.map((sheet) => ({ name: sheet.name, id: sheet.id }));
  const written = ownershipMarks(names);
  const marks = [...claimedMarks(names, written, sheetRecords), ...written];
  const sheets: SheetInfo[] = sheetRecords.map((sheet) => {
    const mark = marks.find((m) => m.sheet !== undefined && sameSheetName(m.sheet, sheet.name));
    return mark ? { name: sheet.name, ownedAs: mark.key } : { name: sheet.name };
  });
  const tables = pending.reads.map((read, i) => tableSnapshot(read, bodies?.[i] ?? read.body)).filter((table): table is TableSnapshot => table !== undefined);
  const summaryOwned = sheets.some((sheet) => sheet.ownedAs === OUTPUT_SHEETS.summary.key && sameSheetName(sheet.name, OUTPUT_SHEETS.summary.name));
  let stampFingerprint: string | undefined;
  if (summaryOwned && !pending.summary.isNullObject) {
    // Formulas, not values: the stamp is text, and reading text needs no recalculation.
    for (const row of pending.summary.formulas) {
      const match = STAMP.exec(String(row[0] ?? ""));
      if (match?.[1]) stampFingerprint = match[1];
    }
  }
  return {
    snapshot: { tables, sheets },
    sheets: sheetRecords,
    names,
    marks,
    temps: tempMarks(names),
    tables: pending.tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name })),
    manualCalculation: pending.application.calculationMode === "Manual",
    ...(stampFingerprint !== undefined ? { stampFingerprint } : {}),
  };
}
