/** A small input workbook and a hand-written plan whose formulas read it through structured references. */
import ExcelJS from "exceljs";
import type { CellPlan, SheetPlan, WritePlan } from "../../src/workbook/writePlan";

/** A column name with every character that structured references escape with `'`. */
export const AWKWARD_COLUMN = "Plan #2 [O'Brien]";
export const AWKWARD_REF = "Inputs_Tbl[Plan '#2 '[O''Brien']]";
export const AMOUNTS = [10, 20, 12.5];

export function inputWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Inputs");
  sheet.addTable({
    name: "Inputs_Tbl",
    ref: "A1",
    columns: [{ name: "Line" }, { name: AWKWARD_COLUMN }],
    rows: AMOUNTS.map((amount, i) => [`Line ${i + 1}`, amount]),
  });
  return workbook;
}

const text = (row: number, col: number, value: string, extra: Partial<CellPlan> = {}): CellPlan => ({ row, col, value, ...extra });

/** `Results`: a title, then a table of two rows: a SUM over the awkward column, and text that looks like formulas. */
export function resultsPlan(name = "Results", rows: 1 | 2 = 2): WritePlan {
  const cells: CellPlan[] = [
    text(0, 0, "Written by the add-in; replaced on the next run.", { italic: true }),
    text(1, 0, "Item", { bold: true }),
    text(1, 1, "Amount", { bold: true }),
    text(2, 0, "=Mutual"),
    { row: 2, col: 1, value: 42.5, formula: `SUM(${AWKWARD_REF})`, numberFormat: "#,##0.00" },
  ];
  if (rows === 2) {
    cells.push(text(3, 0, "+NHS, \"shared\""), { row: 3, col: 1, value: 0, formula: "B3-SUM(Inputs!B2:B4)", numberFormat: "0.0%", wrap: true });
  }
  const sheet: SheetPlan = {
    name,
    key: "Results",
    cells,
    tables: [{ name: "ResultsTbl", top: 1, left: 0, headers: ["Item", "Amount"], rowCount: rows }],
    columnWidths: [30, 14],
    freezeRows: 2,
  };
  return { sheets: [sheet] };
}
