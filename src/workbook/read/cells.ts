import { ZERO, parseAmount, type Decimal } from "../../core";
import type { IssueLog } from "../issues";
import { formatPlaceText } from "./placeText";
import { isBlank, isCellError } from "../snapshot";
import { cellText, quoteForMessage } from "../text";
import type { TableView } from "./table";

/** Excel's limit for a table header; longer names cannot appear in formulas. */
export const MAX_NAME_LENGTH = 255;

/** Reports an Excel error value (`#REF!`, `#N/A`, ...) in a cell; true when there was one. */
export function reportCellError(table: TableView, row: number, col: number, log: IssueLog, what: string): boolean {
  const value = table.cell(row, col);
  if (!isCellError(value)) return false;
  log.error(
    "CELL_ERROR",
    `${formatPlaceText(table.place(row, col))} shows the error ${value.error} where ${what} is expected. Fix the formula or type the value.`,
    table.place(row, col),
  );
  return true;
}

/**
 * A money cell: a number, or finance-style text (accepted with a warning). Blank is 0 when `blankIsZero`,
 * otherwise an error. Returns undefined when the cell is not usable (the problem is logged).
 */
export function readMoney(
  table: TableView,
  row: number,
  col: number,
  log: IssueLog,
  what: string,
  blankIsZero: boolean,
): { value: Decimal; fromText: boolean } | undefined {
  const value = table.cell(row, col);
  const place = table.place(row, col);
  if (reportCellError(table, row, col, log, what)) return undefined;
  if (isBlank(value)) {
    if (blankIsZero) return { value: ZERO, fromText: false };
    log.error("AMOUNT_BLANK", `${formatPlaceText(place)} is blank; ${what} is needed here.`, place);
    return undefined;
  }
  const parsed = parseAmount(value);
  if (!parsed.ok) {
    log.error(
      "AMOUNT_NOT_NUMBER",
      `${formatPlaceText(place)} holds ${quoteForMessage(cellText(value))}, which is not an amount (${what}). Type a number such as 250000.`,
      place,
    );
    return undefined;
  }
  if (parsed.fromText) {
    log.warning(
      "AMOUNT_TEXT",
      `${formatPlaceText(place)} holds the amount as text (${quoteForMessage(cellText(value))}); it is read as ${parsed.value.toFixed()}. Enter it as a number so that Excel's formulas count it too.`,
      place,
    );
  }
  return { value: parsed.value, fromText: parsed.fromText };
}

/** A name cell (option, line, criterion): non-blank text of at most 255 characters. */
export function readName(table: TableView, row: number, col: number, log: IssueLog, what: string): string | undefined {
  const value = table.cell(row, col);
  const place = table.place(row, col);
  if (reportCellError(table, row, col, log, `the name of ${what}`)) return undefined;
  const text = cellText(value).trim();
  if (text === "") {
    log.error("NAME_BLANK", `${formatPlaceText(place)} is blank, but its row has figures. Give ${what} a name, or clear the row.`, place);
    return undefined;
  }
  if (text.length > MAX_NAME_LENGTH) {
    log.error(
      "NAME_TOO_LONG",
      `${formatPlaceText(place)} is ${text.length} characters long; names of ${what}s can be at most ${MAX_NAME_LENGTH} (Excel's limit for a column header). Shorten it.`,
      place,
    );
    return undefined;
  }
  return text;
}

/** A hidden row of an input table counts like any other, with a warning naming it (decision 7). */
export function warnHidden(table: TableView, row: number, log: IssueLog): void {
  if (!table.isHidden(row)) return;
  const place = table.place(row, 0);
  log.warning("HIDDEN_ROW", `Row ${place.cell?.replace(/^[A-Z]+/, "")} of the ${table.name} table (sheet ${quoteForMessage(place.sheet ?? "")}) is hidden; it is counted like any other row.`, place);
}
