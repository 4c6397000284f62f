/**
 * Excel's errors (OfficeExtension.Error, told apart by their `code`) as Issues that say what to do.
 * Anything that is not an Excel error is a bug in the add-in and is rethrown, never swallowed.
 */
import type { Issue } from "../core";

interface ExcelErrorLike {
  readonly code: string;
  readonly message: string;
}

export function isExcelError(error: unknown): error is ExcelErrorLike {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" && typeof (error as { message?: unknown }).message === "string";
}

/** What the workbook is left like when the error struck, said after the advice. */
export type Stage = "before-writing" | "temporary" | "final" | "other";

const AFTERWARDS: Record<Stage, string> = {
  "before-writing": "Nothing was changed.",
  temporary: "Your input tables and the previous results are unchanged; the next run tidies up any temporary sheet.",
  final: "The results may be partly written and are marked incomplete; run again to repair them.",
  other: "",
};

function issue(code: string, message: string, stage: Stage): Issue {
  return { code, severity: "error", message: [message, AFTERWARDS[stage]].filter(Boolean).join(" ") };
}

/** The Issue for an Excel error; rethrows anything else (a bug must not pass for a workbook problem). */
export function excelIssue(error: unknown, stage: Stage): Issue {
  if (!isExcelError(error)) throw error;
  const protectedSheet = /protect/i.test(error.message);
  switch (error.code) {
    case "InvalidOperationInCellEditMode":
      return issue("EXCEL_CELL_EDITING", "Excel is waiting for you to finish editing a cell. Press Enter or Esc to leave the cell you are editing, then run again.", stage);
    case "AccessDenied":
      return issue("EXCEL_ACCESS_DENIED", protectedSheet
        ? `Excel refused the change because a sheet or the workbook is protected (${error.message}). Unprotect it (Review > Unprotect Sheet or Protect Workbook), then run again.`
        : `Excel refused the change (${error.message}). The workbook may be read-only, protected, or open in a view that cannot be edited: open it for editing, then run again.`, stage);
    case "ApiNotFound":
      return issue("EXCEL_API_MISSING", "This version of Excel lacks a feature the add-in needs. Update Excel (or use Excel on the web), then run again.", stage);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      // Reads and writes are split in bands of rows, so only a single row too large for one request gets here.
      return issue("EXCEL_REQUEST_TOO_LARGE", `Excel refused a request as too large (${error.message}): a single row holds more than Excel can pass at once. Shorten the longest text in that row of your tables, then run again.`, stage);
    case "ItemAlreadyExists":
      return issue("EXCEL_ITEM_EXISTS", `Excel says something the add-in had to create already exists (${error.message}). Rename your sheet, table or name of that name, then run again.`, stage);
    default:
      if (protectedSheet) {
        return issue("EXCEL_ACCESS_DENIED", `Excel refused the change because a sheet is protected (${error.message}). Unprotect it (Review > Unprotect Sheet), then run again.`, stage);
      }
      return issue("EXCEL_ERROR", `Excel stopped the change (${error.code}: ${error.message}). Run again; if it happens again, save the workbook, close and reopen it.`, stage);
  }
}
