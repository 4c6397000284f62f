import type ExcelJS from "exceljs";
import { cellAddress, type CellValue, type InputTemplate } from "../workbook";

/** Excel's own cell value for a template cell (an error value stays an error). */
function toExcel(value: CellValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

/**
 * Adds the template's input tables to a workbook as real Excel tables, each sheet under its title; used
 * for the example workbook and for test fixtures. New sheets only: a sheet that exists is an error.
 */
export function writeInputTables(workbook: ExcelJS.Workbook, template: InputTemplate): void {
  for (const title of template.titles) {
    if (workbook.getWorksheet(title.sheet)) throw new Error(`The workbook already has a sheet named '${title.sheet}'.`);
    const sheet = workbook.addWorksheet(title.sheet);
    const cell = sheet.getCell("A1");
    cell.value = title.text;
    cell.font = { bold: true, size: 14 };
  }
  for (const table of template.tables) {
    const sheet = workbook.getWorksheet(table.sheet) ?? workbook.addWorksheet(table.sheet);
    sheet.addTable({
      name: table.name,
      ref: cellAddress(table.headerRow, table.left),
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: table.headers.map((header) => ({ name: String(header), filterButton: true })),
      rows: table.rows.map((row) => row.map(toExcel)),
    });
    table.numberFormats?.forEach((formats, r) =>
      formats.forEach((format, c) => {
        if (format !== "General") sheet.getCell(cellAddress(table.headerRow + 1 + r, table.left + c)).numFmt = format;
      }),
    );
    table.hiddenRows?.forEach((hidden, r) => {
      if (hidden) sheet.getRow(table.headerRow + 2 + r).hidden = true;
    });
    table.headers.forEach((header, c) => {
      const column = sheet.getColumn(table.left + c + 1);
      const longest = Math.max(String(header).length, ...table.rows.map((row) => String(row[c] ?? "").length));
      column.width = Math.max(column.width ?? 0, Math.min(60, longest + 3));
    });
  }
}
