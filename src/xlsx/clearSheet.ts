/** Emptying an owned sheet before it is rewritten, keeping the sheet itself (decision 2). */
import type ExcelJS from "exceljs";
import { resetSheetStores } from "./exceljsInternals";

/** Everything a previous run (or a user) put on the sheet goes: cells, tables, merges, widths, panes. */
export function clearSheet(worksheet: ExcelJS.Worksheet): void {
  resetSheetStores(worksheet);
  worksheet.columns = [];
  worksheet.views = [];
  worksheet.autoFilter = undefined;
  worksheet.removeConditionalFormatting(() => false);
  worksheet.unprotect();
}
