/**
 * A workbook described as data (sheets, titles, Excel tables), built with ExcelJS and, where ExcelJS
 * cannot produce a state, patched in the package XML with JSZip. Every bad-corpus workbook starts as the
 * reference example (the same tables as `npm run make-example`) and is then damaged in one way.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress, referenceInputTables, type CellValue } from "../../src/workbook";

/** A cell as written: the snapshot's values, or any ExcelJS value (a formula with its cached result, a date, rich text). */
export type Value = CellValue | ExcelJS.CellValue;

export interface BookTable {
  name: string;
  sheet: string;
  /** 0-based sheet row of the header row (for a table without a header row: the row above its data). */
  headerRow: number;
  /** 0-based sheet column of the first column. */
  left: number;
  headers: string[];
  rows: Value[][];
  /** Number format per data cell, parallel to rows; "General" where absent. */
  formats: string[][];
  /** 0-based data rows to hide. */
  hidden: number[];
  /** A totals row under the data: per column, a label or a SUBTOTAL function, with its cached result. */
  totals?: ({ label: string } | { fn: "sum" | "average"; result: number } | null)[];
  /** Table Design > Header Row unticked. */
  noHeaderRow?: boolean;
}

export interface Book {
  /** Sheets in tab order (input sheets and the user's other sheets). */
  sheets: string[];
  titles: { sheet: string; text: string }[];
  tables: BookTable[];
  /** Changes made with ExcelJS after the tables are written (merges, extra cells). */
  tweaks: ((workbook: ExcelJS.Workbook) => void)[];
  /** Changes to the saved package's XML, for states ExcelJS cannot write. */
  patches: ((zip: JSZip) => Promise<void>)[];
}

/** The reference example as a Book: Inputs (Assumptions, Options, Criteria) and Savings (SavingOpportunities). */
export function referenceBook(): Book {
  const template = referenceInputTables();
  return {
    sheets: template.titles.map((title) => title.sheet),
    titles: template.titles.map((title) => ({ ...title })),
    tables: template.tables.map((table) => ({
      name: table.name,
      sheet: table.sheet,
      headerRow: table.headerRow,
      left: table.left,
      headers: table.headers.map(String),
      rows: table.rows.map((row) => [...row]),
      formats: table.rows.map((row, r) => row.map((_, c) => table.numberFormats?.[r]?.[c] ?? "General")),
      hidden: [],
    })),
    tweaks: [],
    patches: [],
  };
}

export function tableOf(book: Book, name: string): BookTable {
  const table = book.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

export function columnOf(table: BookTable, header: string): number {
  const col = table.headers.indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${table.name}`);
  return col;
}

/** Sets one data cell by data-row index and header; `format` sets its number format too. */
export function setCell(book: Book, table: string, row: number, header: string, value: Value, format?: string): Book {
  const t = tableOf(book, table);
  const col = columnOf(t, header);
  const cells = t.rows[row];
  const formats = t.formats[row];
  if (!cells || !formats) throw new Error(`no row ${row} in ${table}`);
  cells[col] = value;
  if (format !== undefined) formats[col] = format;
  return book;
}

export function renameHeader(book: Book, table: string, header: string, to: string): Book {
  const t = tableOf(book, table);
  t.headers[columnOf(t, header)] = to;
  return book;
}

export function appendRow(book: Book, table: string, row: Value[], formats?: string[]): Book {
  const t = tableOf(book, table);
  t.rows.push(row);
  t.formats.push(formats ?? row.map(() => "General"));
  return book;
}

export function dropRow(book: Book, table: string, index: number): Book {
  const t = tableOf(book, table);
  t.rows.splice(index, 1);
  t.formats.splice(index, 1);
  return book;
}

export function dropColumn(book: Book, table: string, header: string): Book {
  const t = tableOf(book, table);
  const col = columnOf(t, header);
  t.headers.splice(col, 1);
  t.rows.forEach((row) => row.splice(col, 1));
  t.formats.forEach((row) => row.splice(col, 1));
  return book;
}

export function dropTable(book: Book, table: string): Book {
  tableOf(book, table);
  book.tables = book.tables.filter((t) => t.name !== table);
  return book;
}

/** Renames an option everywhere it appears: its row in Options and its money column's header. */
export function renameOption(book: Book, from: string, to: string): Book {
  const options = tableOf(book, "Options");
  const row = options.rows.findIndex((cells) => cells[0] === from);
  if (row < 0) throw new Error(`no option ${from}`);
  setCell(book, "Options", row, "Option", to);
  return renameHeader(book, "SavingOpportunities", from, to);
}

/** ExcelJS takes a totals cell's cached result as `totalsRowResult`, which its typings leave out. */
type TotalsColumn = Partial<ExcelJS.TableColumnProperties> & { totalsRowResult?: number };

function totalsColumn(spec: NonNullable<BookTable["totals"]>[number]): TotalsColumn {
  if (spec === null) return { totalsRowFunction: "none" };
  if ("label" in spec) return { totalsRowLabel: spec.label, totalsRowFunction: "none" };
  return { totalsRowFunction: spec.fn, totalsRowResult: spec.result };
}

function writeTable(workbook: ExcelJS.Workbook, table: BookTable): void {
  const sheet = workbook.getWorksheet(table.sheet) ?? workbook.addWorksheet(table.sheet);
  const firstRow = table.noHeaderRow ? table.headerRow + 1 : table.headerRow;
  sheet.addTable({
    name: table.name,
    ref: cellAddress(firstRow, table.left),
    headerRow: table.noHeaderRow !== true,
    totalsRow: table.totals !== undefined,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.headers.map((name, c) => ({ name, filterButton: true, ...(table.totals ? totalsColumn(table.totals[c] ?? null) : {}) })) as ExcelJS.TableColumnProperties[],
    rows: table.rows.map((row) => row.map((value) => value as ExcelJS.CellValue)),
  });
  table.formats.forEach((formats, r) =>
    formats.forEach((format, c) => {
      if (format !== "General") sheet.getCell(cellAddress(table.headerRow + 1 + r, table.left + c)).numFmt = format;
    }),
  );
  for (const r of table.hidden) sheet.getRow(table.headerRow + 2 + r).hidden = true;
  table.headers.forEach((header, c) => {
    const column = sheet.getColumn(table.left + c + 1);
    const longest = Math.max(header.length, ...table.rows.map((row) => (typeof row[c] === "string" ? (row[c] as string).length : 10)));
    column.width = Math.max(column.width ?? 0, Math.min(60, longest + 3));
  });
}

/** A fixed time for every date in the package, so that the same Book always gives the same bytes. */
const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

/** Rebuilds a package with fixed entry dates and fixed compression (ExcelJS stamps each entry with "now"). */
export async function stablePackage(xlsx: Uint8Array | JSZip): Promise<Uint8Array> {
  const source = xlsx instanceof JSZip ? xlsx : await JSZip.loadAsync(xlsx);
  const stable = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    stable.file(entry.name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return stable.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" });
}

/** The Book as an ExcelJS workbook in memory (without its package patches). */
export function bookToWorkbook(book: Book): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "options-appraisal bad-input corpus";
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const name of book.sheets) workbook.addWorksheet(name);
  for (const title of book.titles) {
    const cell = (workbook.getWorksheet(title.sheet) ?? workbook.addWorksheet(title.sheet)).getCell("A1");
    cell.value = title.text;
    cell.font = { bold: true, size: 14 };
  }
  for (const table of book.tables) writeTable(workbook, table);
  for (const tweak of book.tweaks) tweak(workbook);
  return workbook;
}

/** The .xlsx bytes of a Book. */
export async function buildBook(book: Book): Promise<Uint8Array> {
  const written = new Uint8Array(await bookToWorkbook(book).xlsx.writeBuffer());
  if (book.patches.length === 0) return stablePackage(written);
  const zip = await JSZip.loadAsync(written);
  for (const patch of book.patches) await patch(zip);
  return stablePackage(zip);
}

/** The text of a part, for patching. */
export async function partText(zip: JSZip, path: string): Promise<string> {
  const part = zip.file(path);
  if (!part) throw new Error(`no part ${path}`);
  return part.async("string");
}

/** Replaces text in a part; fails loudly when the text is not there, so a patch never silently does nothing. */
export async function patchPart(zip: JSZip, path: string, edit: (xml: string) => string): Promise<void> {
  const before = await partText(zip, path);
  const after = edit(before);
  if (after === before) throw new Error(`the patch changed nothing in ${path}`);
  zip.file(path, after);
}
