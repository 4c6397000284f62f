/**
 * Random workbooks for the reading-path fuzz test: the reference workbook (scripts/badCorpus/book.ts)
 * with random cell values and random damage, as data that fast-check can generate, shrink and print.
 */
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { referenceBook, type Book, type BookTable, type Value } from "../../scripts/badCorpus/book";
import { REFERENCE_OPTIONS } from "../../src/workbook/templates/referenceExample";

const EXCEL_ERRORS = ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"] as const;

/** Text that means something to the reader: names it looks for, scores, risks, finance text, formula-like names. */
const MEANINGFUL_TEXT = [
  ...REFERENCE_OPTIONS, "Option", "Confidence", "Risk", "Saving opportunity", "Assumption", "Value", "Criterion", "Kind", "Notes",
  "In-scope service value", "Savings target", "Wider savings target", "Savings period", "Currency", "Risk weight High", "Seed",
  "Market appetite", "Culture change", "Tested elsewhere", "Gateway", "Ranking", "Final gateway",
  "Yes", "No", "Y", "N", "Pass", "Fail", "✓", "✗", "High", "Medium", "Low", "Very high",
  "£1,234", "1,234.50", "(1,234)", "-£500", "1.2m", " 450000 ", "45%", "85%", "0.85", "85", "8500%", "GBP 1,000", "1.234,50", "-", "TBC", "NaN", "Infinity",
  "=SUM(A1)", "+44", "-x", "@user", "=1/0", "'quoted", '=HYPERLINK("https://example.org")', "#REF!", "TRUE", "[Risk]", "Options[Option]", "Sheet1!A1",
  "", " ", "\n", "Gwasanaeth mewnol wedi'i ddiwygio", "国民保健服务", "شراكة", "🏢🚀", "e\u0301", "\u00a0NHS shared service\u00a0",
] as const;

const SPECIAL_NUMBERS = [0, -0, 1, -1, 0.85, 85, 100, 101, 8500, 1e15, -1e15, 0.001, 1e-12, 1e308, -1e308, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, 45383];

export const numberArb: fc.Arbitrary<number> = fc.oneof(fc.double(), fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.constantFrom(...SPECIAL_NUMBERS), fc.double({ min: 0, max: 1, noNaN: true }));

const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 250, max: 12_000 }))
  .map(([seed, length]) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length));

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MEANINGFUL_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: hugeText },
);

const errorArb = fc.constantFrom(...EXCEL_ERRORS).map((error) => ({ error }) as ExcelJS.CellErrorValue);

/** Any cell value a workbook may hold: numbers (NaN and infinities too), text, booleans, blanks, errors, dates, formulas. */
export const valueArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 3, arbitrary: numberArb },
  { weight: 4, arbitrary: textArb },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: errorArb },
  { weight: 1, arbitrary: fc.date({ min: new Date("1900-03-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }) },
  {
    weight: 1,
    arbitrary: fc.record({ formula: fc.constantFrom("A1*1", "1/0", "SUM(B:B)", 'VLOOKUP("x",A:A,1,FALSE)'), result: fc.oneof(numberArb, errorArb, textArb, fc.boolean()) }),
  },
);

const FORMATS = ["General", "0%", "0.0%", "@", '"£"#,##0;-"£"#,##0', "dd/mm/yyyy", "#,##0.00"] as const;
/** A header: never empty (ExcelJS refuses an unnamed table column; a lone space stands for a blank header). */
const headerArb = textArb.map((text) => (text === "" ? " " : text));
const TABLE_NAMES = ["Assumptions", "Options", "Criteria", "SavingOpportunities", "RankedResults", "RiskWeighting", "SavingsProfile", "options", "Table1", "Savings_2"] as const;
const SHEET_NAMES = ["Summary", "Ranked Results", "ranked results", "Risk & Sensitivity", "Notes", "Inputs (2)"] as const;

const at = { table: fc.nat(), row: fc.nat(), col: fc.nat() };

/** One piece of damage, applied in order to the reference workbook. */
export type Damage =
  | { kind: "set"; table: number; row: number; col: number; value: Value; format: string }
  | { kind: "swap"; a: { table: number; row: number; col: number }; b: { table: number; row: number; col: number } }
  | { kind: "dropRow"; table: number; row: number }
  | { kind: "dropColumn"; table: number; col: number }
  | { kind: "renameHeader"; table: number; col: number; to: string }
  | { kind: "dropTable"; table: number }
  | { kind: "renameTable"; table: number; to: string }
  | { kind: "appendRow"; table: number; values: Value[] }
  | { kind: "hide"; table: number; row: number }
  | { kind: "merge"; table: number; row: number; col: number; rows: number; cols: number }
  | { kind: "totals"; table: number }
  | { kind: "noHeader"; table: number }
  | { kind: "move"; table: number; headerRow: number; left: number }
  | { kind: "addTable"; name: string; headers: string[]; rows: Value[][] }
  | { kind: "addSheet"; name: string };

export const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant("set" as const), ...at, value: valueArb, format: fc.constantFrom(...FORMATS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("swap" as const), a: fc.record(at), b: fc.record(at) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("dropRow" as const), table: fc.nat(), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropColumn" as const), table: fc.nat(), col: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("renameHeader" as const), table: fc.nat(), col: fc.nat(), to: headerArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropTable" as const), table: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("renameTable" as const), table: fc.nat(), to: fc.constantFrom(...TABLE_NAMES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("appendRow" as const), table: fc.nat(), values: fc.array(valueArb, { maxLength: 9 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("hide" as const), table: fc.nat(), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("merge" as const), ...at, rows: fc.integer({ min: 1, max: 2 }), cols: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("totals" as const), table: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("noHeader" as const), table: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("move" as const), table: fc.nat(), headerRow: fc.nat({ max: 40 }), left: fc.nat({ max: 12 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("addTable" as const),
      name: fc.constantFrom(...TABLE_NAMES),
      headers: fc.array(headerArb, { minLength: 1, maxLength: 7 }),
      rows: fc.array(fc.array(valueArb, { maxLength: 7 }), { maxLength: 6 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("addSheet" as const), name: fc.constantFrom(...SHEET_NAMES) }) },
);

/** A random workbook: the reference with up to `max` pieces of damage. */
export const damagedBookArb = (max: number): fc.Arbitrary<Damage[]> => fc.array(damageArb, { minLength: 1, maxLength: max });

const pick = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

function cellOf(book: Book, where: { table: number; row: number; col: number }): { table: BookTable; row: number; col: number } | undefined {
  const table = pick(book.tables, where.table);
  if (!table || table.rows.length === 0 || table.headers.length === 0) return undefined;
  return { table, row: where.row % table.rows.length, col: where.col % table.headers.length };
}

function setValue(table: BookTable, row: number, col: number, value: Value): void {
  const cells = table.rows[row];
  if (!cells) return;
  while (cells.length <= col) cells.push(null);
  cells[col] = value;
}

function applyOne(book: Book, damage: Damage, extra: number): void {
  switch (damage.kind) {
    case "set": {
      const cell = cellOf(book, damage);
      if (!cell) return;
      setValue(cell.table, cell.row, cell.col, damage.value);
      const formats = cell.table.formats[cell.row];
      if (formats) formats[cell.col] = damage.format;
      return;
    }
    case "swap": {
      const a = cellOf(book, damage.a);
      const b = cellOf(book, damage.b);
      if (!a || !b) return;
      const first = a.table.rows[a.row]?.[a.col] ?? null;
      setValue(a.table, a.row, a.col, b.table.rows[b.row]?.[b.col] ?? null);
      setValue(b.table, b.row, b.col, first);
      return;
    }
    case "dropRow": {
      const table = pick(book.tables, damage.table);
      if (!table || table.rows.length === 0) return;
      const row = damage.row % table.rows.length;
      table.rows.splice(row, 1);
      table.formats.splice(row, 1);
      table.hidden = table.hidden.filter((r) => r !== row).map((r) => (r > row ? r - 1 : r));
      return;
    }
    case "dropColumn": {
      const table = pick(book.tables, damage.table);
      if (!table || table.headers.length < 2) return;
      const col = damage.col % table.headers.length;
      table.headers.splice(col, 1);
      table.rows.forEach((row) => row.splice(col, 1));
      table.formats.forEach((row) => row.splice(col, 1));
      if (table.totals) table.totals.splice(col, 1);
      return;
    }
    case "renameHeader": {
      const table = pick(book.tables, damage.table);
      if (!table) return;
      table.headers[damage.col % table.headers.length] = damage.to;
      return;
    }
    case "dropTable": {
      const table = pick(book.tables, damage.table);
      book.tables = book.tables.filter((t) => t !== table);
      return;
    }
    case "renameTable": {
      const table = pick(book.tables, damage.table);
      if (table) table.name = damage.to;
      return;
    }
    case "appendRow": {
      const table = pick(book.tables, damage.table);
      if (!table) return;
      const row = table.headers.map((_, c) => damage.values[c] ?? null);
      table.rows.push(row);
      table.formats.push(row.map(() => "General"));
      return;
    }
    case "hide": {
      const table = pick(book.tables, damage.table);
      if (table && table.rows.length > 0) table.hidden.push(damage.row % table.rows.length);
      return;
    }
    case "merge": {
      const cell = cellOf(book, damage);
      if (!cell) return;
      const { table } = cell;
      const top = table.headerRow + 1 + cell.row + 1;
      const left = table.left + cell.col + 1;
      book.tweaks.push((workbook) => {
        try {
          workbook.getWorksheet(table.sheet)?.mergeCells(top, left, top + damage.rows - 1, left + damage.cols - 1);
        } catch {
          // ExcelJS refuses a merge over another merge; the damage is then simply not made.
        }
      });
      return;
    }
    case "totals": {
      const table = pick(book.tables, damage.table);
      if (table) table.totals = table.headers.map((_, c) => (c === 0 ? { label: "Total" } : { fn: "sum" as const, result: 0 }));
      return;
    }
    case "noHeader": {
      const table = pick(book.tables, damage.table);
      if (table) table.noHeaderRow = true;
      return;
    }
    case "move": {
      const table = pick(book.tables, damage.table);
      if (!table) return;
      table.headerRow = damage.headerRow;
      table.left = damage.left;
      return;
    }
    case "addTable": {
      const sheet = `Extra ${extra}`;
      book.sheets.push(sheet);
      const rows = damage.rows.map((row) => damage.headers.map((_, c) => row[c] ?? null));
      book.tables.push({ name: damage.name, sheet, headerRow: 1, left: 1, headers: [...damage.headers], rows, formats: rows.map((row) => row.map(() => "General")), hidden: [] });
      return;
    }
    case "addSheet": {
      if (!book.sheets.some((name) => name.toLowerCase() === damage.name.toLowerCase())) book.sheets.push(damage.name);
      return;
    }
  }
}

/** The reference workbook with the damage applied, in order. */
export function damagedBook(damage: readonly Damage[]): Book {
  const book = referenceBook();
  damage.forEach((d, i) => applyOne(book, d, i));
  // Excel keeps table names unique in a workbook; two tables of one name on one sheet cannot even be
  // held by ExcelJS, so a repeated name gets a suffix (the reader still sees names in other case).
  const seen = new Set<string>();
  for (const table of book.tables) {
    while (seen.has(table.name)) table.name = `${table.name}_2`;
    seen.add(table.name);
  }
  return book;
}
