import { RISK_LEVELS, type Decimal, type RiskLevel, type SavingOpportunity } from "../../core";
import type { IssueLog } from "../issues";
import { isBlank, type WorkbookSnapshot } from "../snapshot";
import { cellText, nearest, normalizeName, quoteForMessage } from "../text";
import { readMoney, readName, reportCellError } from "./cells";
import { warnHidden } from "./readOptions";
import { formatPlaceText } from "./placeText";
import { openRequiredTable, type TableView } from "./table";

export const SAVINGS_TABLE = "SavingOpportunities";

export interface SavingsRead {
  readonly table: string;
  readonly lines: readonly SavingOpportunity[];
  readonly optionHeaders: readonly string[];
  readonly hasTextAmounts: readonly boolean[];
  /** The Risk column's header as written, and the table's data row of each line (for live formulas). */
  readonly riskHeader: string;
  readonly lineRows: readonly number[];
}

/**
 * The saving lines, with one money column per option (found by the option's name as its header). When
 * the options could not be read, only the table and its fixed columns are checked, so that every missing
 * table is still reported at once.
 */
export function readSavings(workbook: WorkbookSnapshot, optionNames: readonly string[] | undefined, log: IssueLog): SavingsRead | undefined {
  const opened = openRequiredTable(workbook, SAVINGS_TABLE, { name: "Saving opportunity", risk: "Risk" }, log, " and one money column per option");
  if (!opened || !optionNames) return undefined;
  const { table, cols } = opened;
  const optionCols = findOptionColumns(table, optionNames, [cols.name, cols.risk], log);
  if (!optionCols) return undefined;

  const lines: SavingOpportunity[] = [];
  const lineRows: number[] = [];
  const hasTextAmounts = optionCols.map(() => false);
  table.rows.forEach((_, row) => {
    if (table.isBlankRow(row, [cols.name, cols.risk, ...optionCols])) return;
    warnHidden(table, row, log);
    const name = readName(table, row, cols.name, log, "a saving opportunity");
    const risk = readRisk(table, row, cols.risk, log);
    const amounts: Decimal[] = [];
    optionCols.forEach((col, index) => {
      const amount = readMoney(table, row, col, log, `the saving for '${optionNames[index]}'`, true);
      if (amount) amounts.push(amount.value);
      if (amount?.fromText) hasTextAmounts[index] = true;
    });
    if (name !== undefined && risk !== undefined && amounts.length === optionCols.length) {
      lines.push({ name, risk, amounts });
      lineRows.push(row);
    }
  });
  return { table: table.name, lines, optionHeaders: optionCols.map((col) => table.headerText(col)), hasTextAmounts, riskHeader: table.headerText(cols.risk), lineRows };
}

/**
 * The money column of each option. A column that names no option is a notes column when it holds only
 * text and blanks; holding any number, it looks like an option's money under a misspelt header: an error.
 */
function findOptionColumns(table: TableView, optionNames: readonly string[], fixed: readonly number[], log: IssueLog): number[] | undefined {
  const cols: number[] = [];
  let complete = true;
  const claimed = new Set(fixed);
  for (const option of optionNames) {
    const found = table.columnsNamed(option).filter((col) => !claimed.has(col));
    const col = found[0];
    if (col === undefined) {
      complete = false;
      continue;
    }
    claimed.add(col);
    cols.push(col);
  }
  const spare = table.snapshot.headers.map((_, col) => col).filter((col) => !claimed.has(col));
  for (const col of spare) {
    if (!table.rows.some((_, row) => holdsNumber(table, row, col))) continue;
    const header = table.headerText(col);
    log.error(
      "UNKNOWN_OPTION_COLUMN",
      `The ${table.name} column ${quoteForMessage(header)} (${formatPlaceText(table.headerPlace(col))}) holds amounts but names no option in the Options table (nearest: '${nearest(header, optionNames) ?? "none"}'). Make its header exactly the option's name.`,
      table.headerPlace(col),
    );
  }
  for (const option of optionNames) {
    if (table.columnsNamed(option).some((col) => cols.includes(col))) continue;
    const near = nearest(option, spare.map((col) => table.headerText(col)).filter((header) => header !== ""));
    log.error(
      "OPTION_COLUMN_MISSING",
      `The ${table.name} table has no column for the option '${option}'. Add a column headed exactly '${option}'${near ? ` (is ${quoteForMessage(near)} meant to be it?)` : ""}.`,
      { ...table.tablePlace(), column: option },
    );
  }
  return complete ? cols : undefined;
}

function holdsNumber(table: TableView, row: number, col: number): boolean {
  const value = table.cell(row, col);
  return typeof value === "number";
}

function readRisk(table: TableView, row: number, col: number, log: IssueLog): RiskLevel | undefined {
  if (reportCellError(table, row, col, log, "a risk level")) return undefined;
  const value = table.cell(row, col);
  const risk = RISK_LEVELS.find((level) => normalizeName(level) === normalizeName(cellText(value)));
  if (risk) return risk;
  const place = table.place(row, col);
  const what = isBlank(value) ? "is blank" : `holds ${quoteForMessage(cellText(value))}`;
  log.error("RISK_UNKNOWN", `${formatPlaceText(place)} ${what}; a saving's risk must be Low, Medium or High.`, place);
  return undefined;
}

