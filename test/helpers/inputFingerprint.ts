/**
 * "Inputs are never changed" (issue 5), checked the same way for both hosts: a fingerprint of every
 * cell of every sheet the add-in does not own (value, formula and number format), the tables on those
 * sheets and the workbook's names other than the add-in's own marks. Taken before and after a run, the
 * two must be equal; `expectInputsUnchanged` throws with the cells that differ.
 *
 * The simulator's workbook is fingerprinted from its JSON (test/excel-sim/json.ts), an .xlsx file through
 * ExcelJS. Cached formula results are left out: a recalculation may refresh them, and an input's formula
 * is what the user wrote. Every comparison is counted per test file in test-output/input-comparisons/.
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { WorkbookJson } from "../excel-sim";
import { claimsOf, INCOMPLETE_MARK, TEMP_PREFIX, textOfFormula } from "../../src/excel/ownership";
import { keyOfOwnershipName, sheetOfReference } from "../../src/workbook";
import { tablesOf } from "../../src/xlsx/exceljsInternals";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";

export interface InputFingerprint {
  /** One entry per input cell (`'Sheet'!A1`), table, sheet and user name, as canonical text. */
  readonly entries: ReadonlyMap<string, string>;
  /** How many cells of input sheets were fingerprinted. */
  readonly cells: number;
}

/** Names the add-in writes: ownership marks, temporary-sheet marks and the run's incomplete mark. */
const isAddinName = (name: string): boolean => keyOfOwnershipName(name) !== undefined || name.toLowerCase().startsWith("_optionsappraisal");

/**
 * The sheets that the add-in's marks point at (ownership or temporary marks, and the sheets an unfinished
 * run claimed before it could mark them), lower-cased.
 */
function markedSheets(names: readonly { name: string; formula: string }[]): Set<string> {
  const marked = new Set<string>();
  for (const { name, formula } of names) {
    if (name.toLowerCase() === INCOMPLETE_MARK.toLowerCase()) for (const claim of claimsOf(formula)) marked.add(claim.sheet.toLowerCase());
    if (keyOfOwnershipName(name) === undefined && !name.toLowerCase().startsWith(TEMP_PREFIX.toLowerCase())) continue;
    const sheet = textOfFormula(formula) ?? sheetOfReference(formula);
    if (sheet !== undefined) marked.add(sheet.toLowerCase());
  }
  return marked;
}

const cellKey = (sheet: string, address: string): string => `'${sheet}'!${address}`;

/** The simulator's workbook (`sim.toJson()`). */
export function simulatorInputFingerprint(json: WorkbookJson): InputFingerprint {
  const owned = markedSheets(json.names);
  const entries = new Map<string, string>();
  let cells = 0;
  // Positions count input sheets only: removing or adding an owned sheet does not move an input sheet.
  json.sheets.filter((sheet) => !owned.has(sheet.name.toLowerCase())).forEach((sheet, position) => {
    entries.set(`sheet '${sheet.name}'`, JSON.stringify({ position, hiddenRows: sheet.hiddenRows ?? [] }));
    for (const cell of sheet.cells) {
      cells++;
      entries.set(cellKey(sheet.name, cell.address), JSON.stringify([cell.value ?? null, cell.formula ?? null, cell.numberFormat ?? "General"]));
    }
  });
  for (const table of json.tables) {
    if (!owned.has(table.sheet.toLowerCase())) entries.set(`table ${table.name}`, `'${table.sheet}'!${table.ref}`);
  }
  for (const name of json.names) {
    if (!isAddinName(name.name)) entries.set(`name ${name.name}`, name.formula);
  }
  return { entries, cells };
}

function fileCellValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return { formula: cell.formula };
  const value = cell.value;
  if (value instanceof Date) return { date: value.toISOString() };
  if (value !== null && typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("error" in value) return { error: String(value.error) };
    if ("text" in value) return value.text;
  }
  return value ?? null;
}

/** An .xlsx file's bytes (the command line's input, or its copy). */
export async function xlsxInputFingerprint(bytes: Uint8Array): Promise<InputFingerprint> {
  const workbook = await loadWorkbook(bytes);
  const names = workbook.definedNames.model.map(({ name, ranges }) => ({ name, formula: `=${ranges.join(",")}` }));
  const owned = markedSheets(names);
  const entries = new Map<string, string>();
  let cells = 0;
  workbook.worksheets.filter((sheet) => !owned.has(sheet.name.toLowerCase())).forEach((sheet, position) => {
    entries.set(`sheet '${sheet.name}'`, JSON.stringify({ position }));
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
      cells++;
      entries.set(cellKey(sheet.name, cell.address), JSON.stringify([fileCellValue(cell), cell.numFmt || "General"]));
    }));
    for (const table of tablesOf(sheet)) entries.set(`table ${table.name}`, `'${sheet.name}'!${table.tableRef ?? table.ref ?? ""}`);
  });
  for (const name of names) {
    if (!isAddinName(name.name)) entries.set(`name ${name.name}`, name.formula);
  }
  return { entries, cells };
}

/** What differs, one line per entry (at most `limit`), e.g. `'Inputs'!B13: [0.85,null,"0%"] -> [0.9,null,"0%"]`. */
export function inputChanges(before: InputFingerprint, after: InputFingerprint, limit = 10): string[] {
  const changes: string[] = [];
  for (const [key, was] of before.entries) {
    const now = after.entries.get(key);
    if (now === undefined) changes.push(`${key}: ${was} -> gone`);
    else if (now !== was) changes.push(`${key}: ${was} -> ${now}`);
  }
  for (const [key, now] of after.entries) if (!before.entries.has(key)) changes.push(`${key}: new ${now}`);
  return changes.slice(0, limit);
}

const totals = { comparisons: 0, cells: 0 };

/** Counts a run whose inputs were compared: cell by cell (`cells`), or byte for byte (a file, 0 cells). */
export function recordComparison(cells: number): void {
  totals.comparisons++;
  totals.cells += cells;
}

// Once per test file that uses this helper: how many comparisons it made, for the reliability figures.
afterAll(() => {
  const testPath = expect.getState().testPath;
  if (!testPath || totals.comparisons === 0) return;
  const dir = join(__dirname, "..", "..", "test-output", "input-comparisons");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${basename(testPath)}.json`), `${JSON.stringify({ file: basename(testPath), ...totals })}\n`);
});

/** Throws (naming the cells) unless the inputs are the same; counts the comparison. */
export function expectInputsUnchanged(before: InputFingerprint, after: InputFingerprint, what = "the run"): void {
  const changes = inputChanges(before, after);
  if (changes.length > 0) throw new Error(`${what} changed the inputs:\n  ${changes.join("\n  ")}`);
  recordComparison(before.cells);
}

/** The comparisons made so far by this test file (for figures in docs/RELIABILITY.md). */
export function inputComparisons(): { comparisons: number; cells: number } {
  return { ...totals };
}
