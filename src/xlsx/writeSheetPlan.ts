/** Writing one sheet plan into an empty ExcelJS sheet: cells, widths, frozen rows, tables, protection. */
import type ExcelJS from "exceljs";
import type { CellPlan, SheetPlan, TablePlan } from "../workbook/writePlan";

/** The value ExcelJS stores: a formula with its cached result, else the plain value (a string stays text). */
function excelValue(plan: CellPlan): ExcelJS.CellValue {
  if (plan.formula === undefined) return plan.value;
  // No cached result (null) writes `<f>` alone; Excel and LibreOffice then calculate it on load.
  return plan.value === null ? { formula: plan.formula } : { formula: plan.formula, result: plan.value };
}

function writeCell(worksheet: ExcelJS.Worksheet, plan: CellPlan): void {
  const cell = worksheet.getCell(plan.row + 1, plan.col + 1);
  cell.value = excelValue(plan);
  if (plan.numberFormat !== undefined) cell.numFmt = plan.numberFormat;
  if (plan.bold || plan.italic) cell.font = { bold: plan.bold === true, italic: plan.italic === true };
  if (plan.wrap) cell.alignment = { wrapText: true, vertical: "top" };
}

/**
 * Excel's rule for table names, which ExcelJS does not check. A name that reads as a cell (`T1`, `RC2`)
 * makes LibreOffice treat every structured reference to the table as an error, and Excel repair the file.
 */
export function checkTableName(name: string): void {
  const shape = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name);
  if (!shape || looksLikeCell) throw new Error(`'${name}' cannot be an Excel table name`);
}

/**
 * ExcelJS's `addTable` writes the header names and the given rows into the cells itself, so tables are
 * added first, over blank rows, and the plan's cells are written after them. Handing `addTable` the
 * cells' values instead would lose cached results of 0, FALSE and "" (ExcelJS's `cell.value` getter
 * drops falsy results). Excel needs at least one data row.
 */
function addTable(worksheet: ExcelJS.Worksheet, table: TablePlan): void {
  const blankRows = Array.from({ length: Math.max(1, table.rowCount) }, () => table.headers.map(() => null));
  worksheet.addTable({
    name: table.name,
    ref: worksheet.getCell(table.top + 1, table.left + 1).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: false })),
    rows: blankRows,
  });
}

export function writeSheetPlan(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((width, col) => {
    worksheet.getColumn(col + 1).width = width;
  });
  worksheet.views = plan.freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows }] : [];
  for (const table of plan.tables) addTable(worksheet, table);
  for (const cell of plan.cells) writeCell(worksheet, cell);
  // An empty password sets no hash, so the user can lift the protection from the Review tab. The
  // returned promise has nothing left to do: its executor sets the protection synchronously.
  void worksheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}
