/** The ExcelJS file host's writer: a write plan into the workbook's own output sheets. */
import type ExcelJS from "exceljs";
import type { SheetPlan, WritePlan } from "../workbook/writePlan";
import { clearSheet } from "./clearSheet";
import { ownershipConflicts, sameSheetName } from "../workbook/ownership";
import { ownedSheet, setOwnershipMark } from "./ownershipMarks";
import { readSheets } from "./readSnapshot";
import { checkTableName, writeSheetPlan } from "./writeSheetPlan";

export { ownershipConflicts } from "../workbook/ownership";

/**
 * ExcelJS refuses a new name that equals another sheet's without regard to case, and counts the sheet
 * being renamed: a change of case alone goes through a temporary name.
 */
function rename(worksheet: ExcelJS.Worksheet, name: string): void {
  if (worksheet.name === name) return;
  if (sameSheetName(worksheet.name, name)) worksheet.name = `~${worksheet.id}`;
  worksheet.name = name;
}

/** The sheet owned with the plan's key, emptied and renamed (decision 2: never deleted); else a new one. */
function sheetFor(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const existing = ownedSheet(workbook, plan.key);
  if (!existing) return workbook.addWorksheet(plan.name);
  clearSheet(existing);
  rename(existing, plan.name);
  return existing;
}

/**
 * Writes every sheet of the plan and marks each as owned. Throws, changing nothing, when a plan sheet's
 * name is taken by a sheet the add-in does not own, or a table name is not one Excel accepts.
 * Renaming an owned sheet does not rewrite formulas elsewhere that name it (ExcelJS keeps formulas as
 * text), so plans should keep their sheet names stable.
 */
export function applyWritePlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const conflicts = ownershipConflicts({ sheets: readSheets(workbook) }, plan);
  if (conflicts.length > 0) {
    throw new Error(`These sheets exist and were not made by the add-in, so nothing was written: ${conflicts.join(", ")}`);
  }
  for (const table of plan.sheets.flatMap((sheet) => sheet.tables)) checkTableName(table.name);
  for (const sheetPlan of plan.sheets) {
    const worksheet = sheetFor(workbook, sheetPlan);
    writeSheetPlan(worksheet, sheetPlan);
    setOwnershipMark(workbook, sheetPlan.key, worksheet.name);
  }
}
