/** The ExcelJS file host's reader: every Excel table on every sheet, and the sheets with their marks. */
import type ExcelJS from "exceljs";
import type { CellValue, SheetInfo, TableSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { readCell } from "./cellValue";
import { tablesOf, type TableModel } from "./exceljsInternals";
import { readOwnershipMarks } from "./ownershipMarks";
import { sameSheetName } from "../workbook/ownership";
import { parseRange } from "../workbook/cellReferences";

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function readTable(worksheet: ExcelJS.Worksheet, model: TableModel, date1904: boolean): TableSnapshot {
  const ref = model.tableRef ?? model.ref;
  if (ref === undefined) throw new Error(`table ${model.name} on ${worksheet.name} has no range`);
  const { top, left, bottom, right } = parseRange(ref);
  const hasHeader = model.headerRow !== false;
  // ExcelJS rows and columns are 1-based; ours are 0-based. `find*` never adds cells as `get*` would.
  const cellAt = (row: number, col: number): ExcelJS.Cell | undefined => worksheet.findCell(row + 1, col + 1);
  const valueAt = (row: number, col: number): CellValue => {
    const cell = cellAt(row, col);
    return cell ? readCell(cell, date1904) : null;
  };
  const columns = range(left, right);
  // Without a header row Excel still names the columns; the names live in the table part.
  const headers: CellValue[] = hasHeader
    ? columns.map((col) => valueAt(top, col))
    : columns.map((_, i) => model.columns[i]?.name ?? null);
  const dataRows = range(hasHeader ? top + 1 : top, model.totalsRow ? bottom - 1 : bottom);
  return {
    name: model.name,
    sheet: worksheet.name,
    // Data row i sits at headerRow + 1 + i, also for a table without a header row.
    headerRow: hasHeader ? top : top - 1,
    left,
    headers,
    rows: dataRows.map((row) => columns.map((col) => valueAt(row, col))),
    numberFormats: dataRows.map((row) => columns.map((col) => cellAt(row, col)?.numFmt || "General")),
    hiddenRows: dataRows.map((row) => worksheet.findRow(row + 1)?.hidden === true),
  };
}

/** The sheets in tab order, each with the output key it is marked as owning. */
export function readSheets(workbook: ExcelJS.Workbook): SheetInfo[] {
  const marks = readOwnershipMarks(workbook);
  return workbook.worksheets.map((sheet) => {
    const mark = marks.find((m) => sameSheetName(m.sheet, sheet.name));
    return mark ? { name: sheet.name, ownedAs: mark.key } : { name: sheet.name };
  });
}

/**
 * Load the workbook with `loadWorkbook`: ExcelJS alone takes a table without a header-row count in its
 * XML (how Excel writes the usual table) for a table without a header row.
 */
export function readSnapshot(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = workbook.properties.date1904 === true;
  const tables = workbook.worksheets.flatMap((sheet) => tablesOf(sheet).map((model) => readTable(sheet, model, date1904)));
  return { tables, sheets: readSheets(workbook) };
}
