/**
 * The in-memory workbook behind the Excel simulator: sheets of cells, tables, defined names, settings.
 * Plain TypeScript (no Node imports): it is also bundled into the browser stand-in for office.js.
 * Rows and columns are 0-based.
 */

/** A value as Excel reports it; errors are kept as `{ error: "#REF!" }` inside the model. */
export type SimValue = string | number | boolean | null | { readonly error: string };

export interface SimCell {
  /** The constant value; for a formula cell, undefined (see `result`). */
  value?: string | number | boolean;
  /** Formula with the leading `=`, in English A1 syntax. */
  formula?: string;
  /** The last calculated value of a formula cell (null until the calculation hook ran). */
  result?: SimValue;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
}

export interface SimSheet {
  readonly id: string;
  name: string;
  /** Keyed `row,col`. */
  readonly cells: Map<string, SimCell>;
  /** Column widths in points (office-js `format.columnWidth`), by column. */
  readonly columnWidths: Map<number, number>;
  protected: boolean;
  frozenRows: number;
  /** Hidden rows (0-based), hidden by the user or by a filter: Excel shows neither. */
  readonly hiddenRows: Set<number>;
}

export type TableChangedHandler = (event: { type: "TableChanged"; tableId: string; worksheetId: string; address: string; changeType: string; source: "Local" | "Remote" }) => unknown;

export interface SimTable {
  readonly id: string;
  name: string;
  sheetId: string;
  /** The whole table, header row included (no totals row is modelled). */
  top: number;
  left: number;
  bottom: number;
  right: number;
  readonly handlers: Set<TableChangedHandler>;
}

export interface SimName {
  name: string;
  /** `=Summary!$A$1`; `=#REF!$A$1` once the sheet it pointed at is deleted, as Excel shows it. */
  formula: string;
  visible: boolean;
}

export interface SimWorkbook {
  readonly sheets: SimSheet[];
  readonly tables: SimTable[];
  readonly names: SimName[];
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual";
  /** `Office.context.document.settings` as set, and as last saved with saveAsync. */
  settings: Record<string, unknown>;
  savedSettings: Record<string, unknown>;
  /** What the user would see selected: the active sheet's id and the selected address. */
  active?: { sheetId: string; address: string };
  nextId: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;

export function emptyWorkbook(): SimWorkbook {
  return { sheets: [], tables: [], names: [], calculationMode: "Automatic", settings: {}, savedSettings: {}, nextId: 1 };
}

export const key = (row: number, col: number): string => `${row},${col}`;

/** Letters already worked out, by column (a workbook's JSON asks for them once per cell). */
const lettersOf: string[] = [];

export function columnLetters(col: number): string {
  const known = lettersOf[col];
  if (known !== undefined) return known;
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  if (Number.isInteger(col) && col >= 0 && col < 16_384) lettersOf[col] = letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B2:D9`, `$A$1` or a sheet-qualified `'My sheet'!A1:B2` to bounds (the sheet, when given, separately). */
export function parseAddress(address: string): { sheet?: string; bounds: Bounds } {
  const bang = address.lastIndexOf("!");
  const sheetPart = bang >= 0 ? address.slice(0, bang) : undefined;
  const sheet = sheetPart === undefined ? undefined : /^'(.*)'$/.exec(sheetPart)?.[1]?.replace(/''/g, "'") ?? sheetPart;
  const [first = "", second] = address.slice(bang + 1).split(":");
  const cell = (text: string) => {
    const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text);
    if (!match?.[1] || !match[2]) throw simError("InvalidArgument", `'${address}' is not a cell address.`);
    return { row: Number(match[2]) - 1, col: columnNumber(match[1]) };
  };
  const a = cell(first);
  const b = second === undefined ? a : cell(second);
  const bounds = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  return sheet === undefined ? { bounds } : { sheet, bounds };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boundsAddress(bounds: Bounds): string {
  const a = cellAddress(bounds.top, bounds.left);
  const b = cellAddress(bounds.bottom, bounds.right);
  return a === b ? a : `${a}:${b}`;
}

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** An error shaped like `OfficeExtension.Error`: `code`, `message` and `debugInfo`. */
export class SimError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export function simError(code: string, message: string): SimError {
  return new SimError(code, message);
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/**
 * Excel's rules for a value written through `values` or `formulas`: a string starting with `=` (or `+`,
 * `-`, `@` when it is not a number) becomes a formula, a numeric-looking string a number, TRUE/FALSE a
 * boolean, unless the cell is formatted as text (`@`) or the string starts with the quote prefix `'`.
 */
export function interpretInput(input: string | number | boolean, numberFormat: string | undefined): { value?: string | number | boolean; formula?: string } {
  if (typeof input !== "string") return { value: input };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  const trimmed = input.trim();
  if (NUMERIC.test(trimmed)) return { value: trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  if (input.length > 1 && /^[=+\-@]/.test(input)) return { formula: input.startsWith("=") ? input : `=${input}` };
  return { value: input };
}

/** What `Range.values` reports for a cell: "" when empty, the error text for an error. */
export function displayedValue(cell: SimCell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula !== undefined) {
    const result = cell.result ?? null;
    if (result === null) return "";
    return typeof result === "object" ? result.error : result;
  }
  return cell.value ?? "";
}

export function valueType(cell: SimCell | undefined): "Empty" | "String" | "Double" | "Boolean" | "Error" {
  const value = cell?.formula !== undefined ? (cell.result ?? null) : (cell?.value ?? null);
  if (value === null || value === "") return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "string") return "String";
  if (typeof value === "number") return "Double";
  return "Boolean";
}

export function isEmptyCell(cell: SimCell): boolean {
  return cell.value === undefined && cell.formula === undefined && cell.numberFormat === undefined && !cell.bold && !cell.italic && !cell.wrap && cell.fontSize === undefined;
}

export function tablesOnSheet(workbook: SimWorkbook, sheetId: string): SimTable[] {
  return workbook.tables.filter((table) => table.sheetId === sheetId);
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
