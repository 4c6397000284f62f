/**
 * Node-only bridge from the Excel simulator to real calculation (decision 22): the simulator's workbook
 * (its JSON form, see test/excel-sim/json.ts) becomes an ExcelJS workbook, input tables as real tables
 * so structured references work, and LibreOffice recalculates it. About 4-6 s a call.
 */
import ExcelJS from "exceljs";
import type { CalculatedValues, CalculateWorkbook, WorkbookJson } from "../excel-sim";
import type { SimValue } from "../excel-sim/model";
import { parseAddress } from "../excel-sim/model";
import { workbookToBuffer } from "../../src/xlsx/saveWorkbook";
import { recalculate } from "./libreoffice";

/** Points (office-js) back to Excel's character units (ExcelJS). */
const toCharacters = (points: number): number => Math.max(0, (points / 0.75 - 5) / 7);

function cellValue(cell: WorkbookJson["sheets"][number]["cells"][number]): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    // The file format needs the `_xlfn.` prefix on functions newer than Excel 2007.
    const formula = cell.formula.replace(/^=/, "").replace(/\b(RANK\.EQ|RANK\.AVG|IFS|XLOOKUP|CONCAT|TEXTJOIN)\(/gi, "_xlfn.$1(");
    return { formula };
  }
  return cell.value ?? null;
}

/** The simulator's workbook as an ExcelJS workbook: sheets, cells, formats, widths, tables, names. */
export function simulatorToExcelJS(json: WorkbookJson): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheetJson of json.sheets) {
    const sheet = workbook.addWorksheet(sheetJson.name);
    for (const [col, points] of Object.entries(sheetJson.columnWidths)) sheet.getColumn(Number(col) + 1).width = toCharacters(points);
    if (sheetJson.frozenRows > 0) sheet.views = [{ state: "frozen", xSplit: 0, ySplit: sheetJson.frozenRows }];
    // Tables first, over blank rows (ExcelJS writes the header and rows itself), then every cell.
    for (const table of json.tables.filter((t) => t.sheet === sheetJson.name)) {
      const { bounds } = parseAddress(table.ref);
      const headerOf = (col: number) => {
        const found = sheetJson.cells.find((cell) => {
          const at = parseAddress(cell.address).bounds;
          return at.top === bounds.top && at.left === col;
        });
        return String(found?.value ?? `Column${col - bounds.left + 1}`);
      };
      const columns = Array.from({ length: bounds.right - bounds.left + 1 }, (_, i) => ({ name: headerOf(bounds.left + i), filterButton: true }));
      sheet.addTable({
        name: table.name,
        ref: table.ref.split(":")[0] ?? "A1",
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns,
        rows: Array.from({ length: Math.max(1, bounds.bottom - bounds.top) }, () => columns.map(() => null)),
      });
    }
    for (const cellJson of sheetJson.cells) {
      const cell = sheet.getCell(cellJson.address);
      cell.value = cellValue(cellJson);
      if (cellJson.numberFormat !== undefined) cell.numFmt = cellJson.numberFormat;
      if (cellJson.bold || cellJson.italic || cellJson.fontSize) cell.font = { bold: cellJson.bold === true, italic: cellJson.italic === true, ...(cellJson.fontSize ? { size: cellJson.fontSize } : {}) };
      if (cellJson.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    }
  }
  workbook.definedNames.model = json.names
    .filter((name) => /^=.+![$A-Z0-9:]+$/i.test(name.formula) && !name.formula.includes("#REF!"))
    .map((name) => ({ name: name.name, ranges: [name.formula.slice(1)] }));
  return workbook;
}

/** The simulator's workbook saved as .xlsx (ownership marks hidden, as the file host saves them). */
export async function simulatorToXlsx(json: WorkbookJson): Promise<Uint8Array> {
  return workbookToBuffer(simulatorToExcelJS(json));
}

function simValue(value: ExcelJS.CellValue): SimValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object" && "error" in value) return { error: String(value.error) };
  if (typeof value === "object" && "richText" in value) return value.richText.map((run) => run.text).join("");
  return null;
}

/** The simulator's calculation hook: every formula cell's value as LibreOffice calculates it. */
export async function calculateWithLibreOffice(json: WorkbookJson): Promise<CalculatedValues> {
  const recalculated = await recalculate(await simulatorToXlsx(json));
  const values: Record<string, Record<string, SimValue>> = {};
  for (const sheetJson of json.sheets) {
    const sheet = recalculated.getWorksheet(sheetJson.name);
    const sheetValues: Record<string, SimValue> = {};
    for (const cell of sheetJson.cells) {
      if (cell.formula !== undefined) sheetValues[cell.address] = sheet ? simValue(sheet.getCell(cell.address).value) : null;
    }
    values[sheetJson.name] = sheetValues;
  }
  return values;
}

export interface MemoizedCalculation {
  /** The hook to pass as the simulator's `calculate`. */
  readonly calculate: CalculateWorkbook;
  /** How many workbooks were actually calculated (LibreOffice runs). */
  misses(): number;
  /** How many calculations were answered from the memo. */
  hits(): number;
}

export interface MemoOptions {
  /** The calculation to remember (default LibreOffice). */
  readonly calculate?: CalculateWorkbook;
  /**
   * The sheets to calculate (default every one): the others, with their tables and names, are left out
   * of the workbook calculated, and their formula cells get no value.
   */
  readonly only?: (sheet: string, json: WorkbookJson) => boolean;
  /**
   * Sheets whose formula cells may be answered cell by cell: a formula already calculated at the same
   * sheet and cell, with the rest of the workbook the same, keeps its value. For sheets that are only
   * ever read back when complete (the host's temporary sheets), so that a half-written copy left by a
   * failure does not cost a calculation of its own.
   */
  readonly byCell?: (sheet: string) => boolean;
  /** Names that no formula uses (marks): left out of the key, so that they do not tell workbooks apart. */
  readonly ignoreName?: (name: string) => boolean;
}

/** A canonical key for a workbook's calculation: everything but the cached results, names in order. */
function calculationKey(json: WorkbookJson, ignoreName: (name: string) => boolean): string {
  return JSON.stringify({
    sheets: json.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map(({ result: _result, ...cell }) => cell) })),
    tables: [...json.tables].sort((a, b) => a.name.localeCompare(b.name)),
    names: json.names.filter((item) => !ignoreName(item.name)).sort((a, b) => a.name.localeCompare(b.name)).map(({ name, formula }) => ({ name, formula })),
    calculationMode: json.calculationMode,
  });
}

/** The workbook cut down to some sheets, with the tables on them and the names that point at them (or at no sheet). */
function keepSheets(json: WorkbookJson, keep: (sheet: string) => boolean): WorkbookJson {
  const kept = new Set(json.sheets.filter((sheet) => keep(sheet.name)).map((sheet) => sheet.name));
  return {
    ...json,
    sheets: json.sheets.filter((sheet) => kept.has(sheet.name)),
    tables: json.tables.filter((table) => kept.has(table.sheet)),
    names: json.names.filter((name) => {
      const sheet = /^='?((?:[^']|'')*?)'?!/.exec(name.formula)?.[1]?.replace(/''/g, "'");
      return sheet === undefined || kept.has(sheet);
    }),
  };
}

const cellMemoKey = (sheet: string, address: string, formula: string): string => JSON.stringify([sheet, address, formula]);

/**
 * `calculate` (LibreOffice by default) remembered: the same sheets, cells, tables and names give the
 * same figures, so a test that brings a workbook back to the same state many times (a fault sweep)
 * calculates it once. See `MemoOptions` for cutting the workbook down and for sheets answered by cell.
 */
export function memoizedCalculation(options: MemoOptions = {}): MemoizedCalculation {
  const calculate = options.calculate ?? calculateWithLibreOffice;
  const byCell = options.byCell ?? (() => false);
  /** Per key of the rest of the workbook: the value of every formula cell calculated with it. */
  const memo = new Map<string, Map<string, SimValue>>();
  let misses = 0;
  let hits = 0;
  const recall = (known: Map<string, SimValue> | undefined, workbook: WorkbookJson): CalculatedValues | undefined => {
    if (!known) return undefined;
    const values: Record<string, Record<string, SimValue>> = {};
    for (const sheet of workbook.sheets) {
      const sheetValues: Record<string, SimValue> = {};
      for (const cell of sheet.cells) {
        if (cell.formula === undefined) continue;
        const at = cellMemoKey(sheet.name, cell.address, cell.formula);
        if (!known.has(at)) return undefined;
        sheetValues[cell.address] = known.get(at) as SimValue;
      }
      values[sheet.name] = sheetValues;
    }
    return values;
  };
  return {
    calculate: async (json) => {
      const only = options.only;
      const workbook = only ? keepSheets(json, (sheet) => only(sheet, json)) : json;
      const key = calculationKey(keepSheets(workbook, (sheet) => !byCell(sheet)), options.ignoreName ?? (() => false));
      const known = recall(memo.get(key), workbook);
      if (known) {
        hits++;
        return known;
      }
      misses++;
      const values = await calculate(workbook);
      const store = memo.get(key) ?? new Map<string, SimValue>();
      for (const sheet of workbook.sheets) {
        for (const cell of sheet.cells) {
          if (cell.formula !== undefined) store.set(cellMemoKey(sheet.name, cell.address, cell.formula), values[sheet.name]?.[cell.address] ?? null);
        }
      }
      memo.set(key, store);
      return values;
    },
    misses: () => misses,
    hits: () => hits,
  };
}
