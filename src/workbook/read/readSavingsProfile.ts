import { ZERO, type Decimal, type SavingsProfileYear } from "../../core";
import type { IssueLog } from "../issues";
import { isBlank, type WorkbookSnapshot } from "../snapshot";
import { cellText, quoteForMessage } from "../text";
import { readMoney, reportCellError } from "./cells";
import { formatPlaceText } from "./placeText";
import { findTable, requireColumns, type TableView } from "./table";

export const PROFILE_TABLE = "SavingsProfile";

export interface SavingsProfileRead {
  readonly table: string;
  readonly years: readonly SavingsProfileYear[];
  readonly yearHeader: string;
  /** The header of each option's column as written, in option order; null for an option with no column. */
  readonly optionHeaders: readonly (string | null)[];
  /** Per option: true when some amount in its column is text (Excel's SUMPRODUCT would skip it). */
  readonly hasTextAmounts: readonly boolean[];
}

/**
 * The optional `SavingsProfile` table (decision 21): `Year` (0, 1, 2, ...) and one column per option of net
 * amounts at the end of each year. An option without a column is not profiled (a warning); null when the
 * workbook has no such table, undefined when it is unusable (the problems are logged).
 */
export function readSavingsProfile(workbook: WorkbookSnapshot, optionNames: readonly string[], log: IssueLog): SavingsProfileRead | null | undefined {
  const table = findTable(workbook, PROFILE_TABLE);
  if (!table) return null;
  const cols = requireColumns(table, { year: "Year" }, log);
  if (!cols) return undefined;
  const before = log.errorCount;
  const optionCols = optionNames.map((option) => table.columnsNamed(option).find((col) => col !== cols.year) ?? null);
  optionNames.forEach((option, index) => {
    if (optionCols[index] !== null) return;
    log.warning("PROFILE_OPTION_MISSING", `The ${table.name} table has no column for '${option}', so its present value is not shown. Add a column headed exactly '${option}' to profile it.`, { ...table.tablePlace(), column: option });
  });

  const years: SavingsProfileYear[] = [];
  const hasTextAmounts = optionNames.map(() => false);
  const seen = new Map<number, number>();
  const used = [cols.year, ...optionCols.filter((col): col is number => col !== null)];
  table.rows.forEach((_, row) => {
    if (table.isBlankRow(row, used)) return;
    const year = readYear(table, row, cols.year, seen, log);
    const amounts: Decimal[] = optionCols.map((col, index) => {
      if (col === null) return ZERO;
      const amount = readMoney(table, row, col, log, `the net amount for '${optionNames[index]}' in this year`, true);
      if (amount?.fromText) hasTextAmounts[index] = true;
      return amount?.value ?? ZERO;
    });
    if (year !== undefined) years.push({ year, amounts });
  });
  if (log.errorCount > before) return undefined;
  return {
    table: table.name,
    years,
    yearHeader: table.headerText(cols.year),
    optionHeaders: optionCols.map((col) => (col === null ? null : table.headerText(col))),
    hasTextAmounts,
  };
}

function readYear(table: TableView, row: number, col: number, seen: Map<number, number>, log: IssueLog): number | undefined {
  if (reportCellError(table, row, col, log, "a year")) return undefined;
  const value = table.cell(row, col);
  const place = table.place(row, col);
  const number = typeof value === "number" ? value : Number(cellText(value).trim());
  if (isBlank(value) || !Number.isSafeInteger(number) || number < 0) {
    log.error("PROFILE_YEAR_INVALID", `${formatPlaceText(place)} holds ${isBlank(value) ? "nothing" : quoteForMessage(cellText(value))}; a profile year is a whole number: 0 for costs now, then 1, 2, ...`, place);
    return undefined;
  }
  const first = seen.get(number);
  if (first !== undefined) {
    log.error("PROFILE_YEAR_DUPLICATE", `Year ${number} is given twice in the ${table.name} table, at ${formatPlaceText(table.place(first, col))} and ${formatPlaceText(place)}. Keep one row per year.`, place);
    return undefined;
  }
  seen.set(number, row);
  return number;
}
