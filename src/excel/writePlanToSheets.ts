/**
 * Queues one sheet plan into a worksheet: number formats first (text cells get the text format `@`, so
 * user text is never read as a formula or number), then every value and formula in one range write,
 * fonts and wrapping in runs of neighbouring cells, column widths, frozen rows; tables and protection
 * and charts when `final`. A fixed number of calls per sheet plus one per run of formatted cells.
 */
import { cellAddress, type CellPlan, type ChartPlan, type SheetPlan } from "../workbook";
import { TEXT_FORMAT, typedFormula, widthInPoints } from "./cellText";

export interface WriteOptions {
  /** Rewrites a formula before it is written (the temporary sheets point at each other). */
  readonly formula?: (formula: string) => string;
  /** Adds the plan's tables and protects the sheet (the final batch). */
  readonly final: boolean;
  /** Splits the cell data into requests under the limit; without it, the sheet goes in one request. */
  readonly budget?: RequestBudget;
}

export function planBounds(plan: SheetPlan): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const cell of plan.cells) {
    rows = Math.max(rows, cell.row + 1);
    cols = Math.max(cols, cell.col + 1);
  }
  for (const table of plan.tables) {
    rows = Math.max(rows, table.top + 1 + Math.max(1, table.rowCount));
    cols = Math.max(cols, table.left + table.headers.length);
  }
  return { rows, cols };
}

function formatOf(cell: CellPlan): string {
  if (cell.formula === undefined && typeof cell.value === "string") return TEXT_FORMAT;
  return cell.numberFormat ?? "General";
}

function entryOf(cell: CellPlan, rewrite: (formula: string) => string): string | number | boolean {
  if (cell.formula !== undefined) return typedFormula(rewrite(cell.formula));
  return cell.value ?? "";
}

/** Runs of neighbouring cells in a row that share a flag, as [row, firstCol, count]. */
function runs(cells: readonly CellPlan[], flag: (cell: CellPlan) => boolean | undefined): [number, number, number][] {
  const marked = cells.filter((cell) => flag(cell) === true).sort((a, b) => a.row - b.row || a.col - b.col);
  const result: [number, number, number][] = [];
  for (const cell of marked) {
    const last = result[result.length - 1];
    if (last && last[0] === cell.row && last[1] + last[2] === cell.col) last[2]++;
    else result.push([cell.row, cell.col, 1]);
  }
  return result;
}

const CHART_TYPES: Readonly<Record<ChartPlan["type"], "BarClustered" | "ColumnClustered">> = { barClustered: "BarClustered", columnClustered: "ColumnClustered" };

/** Each request stays under this (decision 5): Excel on the web refuses one over about 5 MB. */
export const REQUEST_LIMIT_BYTES = 4_000_000;

/**
 * The cell data queued since the last sync. `spend` syncs first when the next band would take the request
 * over the limit: one extra round trip per extra chunk, counted by the caller's `sync`.
 */
export class RequestBudget {
  private used = 0;
  constructor(private readonly sync: () => Promise<void>, readonly limit = REQUEST_LIMIT_BYTES) {}
  async spend(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.sync();
      this.used = 0;
    }
    this.used += bytes;
  }
}

/** Consecutive bands of rows, as [first, count], each within `limit` bytes (a row over it gets a band alone). */
export function rowBands(rowBytes: readonly number[], limit: number): [number, number][] {
  const bands: [number, number][] = [];
  let first = 0;
  let bytes = 0;
  rowBytes.forEach((size, row) => {
    if (row > first && bytes + size > limit) {
      bands.push([first, row - first]);
      first = row;
      bytes = 0;
    }
    bytes += size;
  });
  if (rowBytes.length > first) bands.push([first, rowBytes.length - first]);
  return bands;
}

/** The plan as dense grids over its bounds: number formats and what to write. */
function grids(plan: SheetPlan, rewrite: (formula: string) => string) {
  const { rows, cols } = planBounds(plan);
  const formats: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => "General"));
  const entries: (string | number | boolean)[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));
  for (const cell of plan.cells) {
    (formats[cell.row] as string[])[cell.col] = formatOf(cell);
    (entries[cell.row] as (string | number | boolean)[])[cell.col] = entryOf(cell, rewrite);
  }
  return { rows, cols, formats, entries };
}

export async function writeSheetPlan(worksheet: Excel.Worksheet, plan: SheetPlan, options: WriteOptions): Promise<void> {
  const rewrite = options.formula ?? ((formula: string) => formula);
  const { rows, cols, formats, entries } = grids(plan, rewrite);
  if (rows > 0 && cols > 0) {
    const { budget } = options;
    // Sized only when a budget asks: without one the sheet goes as a single band.
    const rowBytes = budget ? entries.map((row, r) => JSON.stringify(row).length + JSON.stringify(formats[r]).length) : [rows];
    const bands = budget ? rowBands(rowBytes, budget.limit) : [[0, rows] as [number, number]];
    for (const [first, count] of bands) {
      await budget?.spend(rowBytes.slice(first, first + count).reduce((a, b) => a + b, 0));
      const range = worksheet.getRangeByIndexes(first, 0, count, cols);
      range.numberFormat = formats.slice(first, first + count);
      range.formulas = entries.slice(first, first + count);
    }
  }
  for (const [row, col, count] of runs(plan.cells, (cell) => cell.bold)) worksheet.getRangeByIndexes(row, col, 1, count).format.font.bold = true;
  for (const [row, col, count] of runs(plan.cells, (cell) => cell.italic)) worksheet.getRangeByIndexes(row, col, 1, count).format.font.italic = true;
  for (const [row, col, count] of runs(plan.cells, (cell) => cell.wrap)) worksheet.getRangeByIndexes(row, col, 1, count).format.wrapText = true;
  plan.columnWidths.forEach((width, col) => {
    worksheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = widthInPoints(width);
  });
  if (plan.freezeRows > 0) worksheet.freezePanes.freezeRows(plan.freezeRows);
  if (!options.final) return;
  for (const table of plan.tables) {
    const last = cellAddress(table.top + Math.max(1, table.rowCount), table.left + table.headers.length - 1);
    const added = worksheet.tables.add(`${cellAddress(table.top, table.left)}:${last}`, true);
    added.name = table.name;
  }
  for (const chart of plan.charts ?? []) {
    const { top, left, rows, cols } = chart.data;
    const added = worksheet.charts.add(CHART_TYPES[chart.type], worksheet.getRangeByIndexes(top, left, rows, cols), "Columns");
    added.name = chart.name;
    added.title.text = chart.title;
    added.setPosition(cellAddress(chart.from.row, chart.from.col), cellAddress(chart.to.row, chart.to.col));
  }
  // No password: the user can lift the protection from the Review tab (decision 2).
  worksheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}

/** The plan's formula cells, where `verify` compares Excel's values with the engine's. */
export function formulaCells(plan: SheetPlan): CellPlan[] {
  return plan.cells.filter((cell) => cell.formula !== undefined);
}
