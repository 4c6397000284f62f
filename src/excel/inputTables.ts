/**
 * Create input tables through office-js, mirroring `src/xlsx/writeInputTables.ts`: on new sheets only,
 * titles, header row, values, number formats, column widths. Strings Excel would reinterpret (`=x`,
 * `123`, `TRUE`) get the text format first; other cells keep General so that later typing works.
 */
import type { Issue } from "../core";
import { cellAddress, normalizeName, type CellValue, type InputTemplate } from "../workbook";
import { TEXT_FORMAT, widthInPoints, wouldBeReinterpreted } from "./cellText";

/** Sheet and table names of the template that the workbook already uses. */
export function templateClashes(template: InputTemplate, sheets: readonly string[], tables: readonly string[]): Issue[] {
  const sheetNames = [...new Set([...template.titles.map((t) => t.sheet), ...template.tables.map((t) => t.sheet)])];
  const issues: Issue[] = [];
  for (const name of sheetNames) {
    if (sheets.some((sheet) => normalizeName(sheet) === normalizeName(name))) {
      issues.push({ code: "TEMPLATE_SHEET_EXISTS", severity: "error", message: `The workbook already has a sheet named '${name}', so no input tables were added. Rename that sheet, or use the tables you have.`, place: { sheet: name } });
    }
  }
  for (const table of template.tables) {
    if (tables.some((name) => normalizeName(name) === normalizeName(table.name))) {
      issues.push({ code: "TEMPLATE_TABLE_EXISTS", severity: "error", message: `The workbook already has a table named '${table.name}', so no input tables were added. Use it, or rename it (Table Design > Table Name).`, place: { table: table.name } });
    }
  }
  return issues;
}

function entry(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

function formatFor(value: CellValue, format: string): string {
  return typeof value === "string" && wouldBeReinterpreted(value) ? TEXT_FORMAT : format;
}

/** Queues the template's sheets and tables; returns the sheet names added. */
export function queueInputTables(workbook: Excel.Workbook, template: InputTemplate): string[] {
  const sheets = new Map<string, Excel.Worksheet>();
  const widths = new Map<string, Map<number, number>>();
  const sheetFor = (name: string) => {
    let sheet = sheets.get(name);
    if (!sheet) {
      sheet = workbook.worksheets.add(name);
      sheets.set(name, sheet);
    }
    return sheet;
  };
  for (const title of template.titles) {
    const cell = sheetFor(title.sheet).getRange("A1");
    cell.numberFormat = [[formatFor(title.text, "General")]];
    cell.values = [[title.text]];
    cell.format.font.bold = true;
    cell.format.font.size = 14;
  }
  for (const table of template.tables) {
    const sheet = sheetFor(table.sheet);
    const grid: CellValue[][] = [[...table.headers], ...table.rows.map((row) => [...row])];
    const cols = table.headers.length;
    const range = sheet.getRangeByIndexes(table.headerRow, table.left, grid.length, cols);
    range.numberFormat = grid.map((row, r) => Array.from({ length: cols }, (_, c) => formatFor(row[c] ?? null, r === 0 ? "General" : table.numberFormats?.[r - 1]?.[c] ?? "General")));
    range.values = grid.map((row) => Array.from({ length: cols }, (_, c) => entry(row[c] ?? null)));
    const added = sheet.tables.add(`${cellAddress(table.headerRow, table.left)}:${cellAddress(table.headerRow + grid.length - 1, table.left + cols - 1)}`, true);
    added.name = table.name;
    const sheetWidths = widths.get(table.sheet) ?? new Map<number, number>();
    widths.set(table.sheet, sheetWidths);
    table.headers.forEach((header, c) => {
      const longest = Math.max(String(header).length, ...table.rows.map((row) => String(row[c] ?? "").length));
      const col = table.left + c;
      sheetWidths.set(col, Math.max(sheetWidths.get(col) ?? 0, Math.min(60, longest + 3)));
    });
  }
  for (const [name, sheetWidths] of widths) {
    for (const [col, width] of sheetWidths) sheetFor(name).getRangeByIndexes(0, col, 1, 1).format.columnWidth = widthInPoints(width);
  }
  return [...sheets.keys()];
}
