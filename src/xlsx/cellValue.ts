/** ExcelJS cell values to the host-neutral `CellValue` a snapshot holds. */
import ExcelJS from "exceljs";
import type { CellValue } from "../workbook/snapshot";

type ExcelValue = ExcelJS.CellValue;
type FormulaResult = ExcelJS.CellFormulaValue["result"];

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 to 1970-01-01 (25569 in the 1900 system; 1904-based serials are 1462 fewer). */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** ExcelJS turns date-formatted numbers into Dates read as UTC; this is the exact inverse. */
function dateToSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
}

function resultValue(result: FormulaResult, date1904: boolean): CellValue {
  if (result === undefined) return null;
  if (result instanceof Date) return dateToSerial(result, date1904);
  if (typeof result === "object") return { error: result.error };
  return result;
}

function richTextOf(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

export function toCellValue(value: ExcelValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ("formula" in value || "sharedFormula" in value) return resultValue(value.result, date1904);
  if ("richText" in value) return richTextOf(value);
  // A hyperlink's text may itself be rich text, although the typings say string.
  if ("hyperlink" in value) return toCellValue(value.text as ExcelValue, date1904);
  if ("error" in value) return { error: value.error };
  return null;
}

/**
 * What a snapshot reports for a cell. A merged area is one cell in Excel: office-js `Range.values`
 * gives its value at the top-left cell and "" at the others, although ExcelJS reports the top-left
 * value at every cell. We follow Excel, so the other cells of a merged area read as blank (null).
 */
export function readCell(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  // `cell.value` leaves out a cached result that is 0, FALSE or ""; `cell.result` keeps it.
  if (cell.type === ExcelJS.ValueType.Formula) return resultValue(cell.result, date1904);
  return toCellValue(cell.value, date1904);
}
