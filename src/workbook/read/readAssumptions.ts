import type { Decimal } from "../../core";
import type { IssueLog } from "../issues";
import type { WorkbookSnapshot } from "../snapshot";
import { cellText, nearest, normalizeName, quoteForMessage } from "../text";
import { readMoney, reportCellError, warnHidden } from "./cells";
import { formatPlaceText } from "./placeText";
import type { CellRef } from "./sources";
import { ROBUSTNESS_ASSUMPTIONS } from "./robustnessAssumptions";
import { openRequiredTable, type TableView } from "./table";

export const ASSUMPTIONS_TABLE = "Assumptions";

/** The assumptions of the contract, by the text in the `Assumption` column. */
export const KNOWN_ASSUMPTIONS = {
  inScopeServiceValue: "In-scope service value",
  savingsTarget: "Savings target",
  widerSavingsTarget: "Wider savings target",
  savingsPeriod: "Savings period",
  currency: "Currency",
  ...ROBUSTNESS_ASSUMPTIONS,
} as const;
export type AssumptionKey = keyof typeof KNOWN_ASSUMPTIONS;
const MONEY_KEYS = ["inScopeServiceValue", "savingsTarget", "widerSavingsTarget"] as const;
type MoneyKey = (typeof MONEY_KEYS)[number];

export interface AssumptionsRead {
  readonly table: string;
  readonly money: Partial<Record<MoneyKey, { value: Decimal; cell: CellRef }>>;
  readonly savingsPeriod?: string;
  readonly currency: string;
  /** The table and the row of each known assumption it gives, for the optional ones read elsewhere. */
  readonly view: TableView;
  readonly valueCol: number;
  readonly rows: ReadonlyMap<AssumptionKey, number>;
}

export function readAssumptions(workbook: WorkbookSnapshot, log: IssueLog): AssumptionsRead | undefined {
  const opened = openRequiredTable(workbook, ASSUMPTIONS_TABLE, { name: "Assumption", value: "Value" }, log);
  if (!opened) return undefined;
  const { table, cols } = opened;

  const rowOf = findAssumptionRows(table, cols.name, cols.value, log);
  const money: AssumptionsRead["money"] = {};
  for (const key of MONEY_KEYS) {
    const row = rowOf.get(key);
    if (row === undefined) {
      reportMissing(table, key, log);
      continue;
    }
    const read = readMoney(table, row, cols.value, log, `the ${KNOWN_ASSUMPTIONS[key].toLowerCase()}`, false);
    if (!read) continue;
    if (checkRange(table, key, row, cols.value, read.value, log)) {
      money[key] = { value: read.value, cell: { sheet: table.snapshot.sheet, row: table.snapshot.headerRow + 1 + row, col: table.snapshot.left + cols.value } };
    }
  }
  const period = rowOf.get("savingsPeriod");
  const savingsPeriod = period === undefined ? undefined : cellText(table.cell(period, cols.value)).trim() || undefined;
  return { table: table.name, money, ...(savingsPeriod ? { savingsPeriod } : {}), currency: readCurrency(table, rowOf.get("currency"), cols.value, log), view: table, valueCol: cols.value, rows: rowOf };
}

/** Row of each known assumption; unknown names warn with the nearest known one, repeats are errors. */
function findAssumptionRows(table: TableView, nameCol: number, valueCol: number, log: IssueLog): Map<AssumptionKey, number> {
  const byName = new Map(Object.entries(KNOWN_ASSUMPTIONS).map(([key, label]) => [normalizeName(label), key as AssumptionKey]));
  const rowOf = new Map<AssumptionKey, number>();
  table.rows.forEach((_, row) => {
    if (table.isBlankRow(row, [nameCol, valueCol])) return;
    warnHidden(table, row, log);
    if (reportCellError(table, row, nameCol, log, "an assumption's name")) return;
    const label = cellText(table.cell(row, nameCol)).trim();
    const place = table.place(row, nameCol);
    const key = byName.get(normalizeName(label));
    if (key === undefined) {
      const hint = label === "" ? "has a value but no assumption name" : `names ${quoteForMessage(label)}, which is not an assumption this tool knows (nearest: '${nearest(label, Object.values(KNOWN_ASSUMPTIONS))}')`;
      log.warning("ASSUMPTION_UNKNOWN", `${formatPlaceText(place)} ${hint}; the row is not used.`, place);
      return;
    }
    const first = rowOf.get(key);
    if (first !== undefined) {
      log.error(
        "ASSUMPTION_DUPLICATE",
        `'${KNOWN_ASSUMPTIONS[key]}' is given twice, at ${formatPlaceText(table.place(first, nameCol))} and ${formatPlaceText(place)}. Keep one.`,
        place,
      );
      return;
    }
    rowOf.set(key, row);
  });
  return rowOf;
}

function reportMissing(table: TableView, key: MoneyKey, log: IssueLog): void {
  log.error(
    "ASSUMPTION_MISSING",
    `The ${table.name} table has no '${KNOWN_ASSUMPTIONS[key]}' row. Add a row with '${KNOWN_ASSUMPTIONS[key]}' in the Assumption column and its amount in Value.`,
    { ...table.tablePlace(), column: "Assumption" },
  );
}

function checkRange(table: TableView, key: MoneyKey, row: number, col: number, value: Decimal, log: IssueLog): boolean {
  const place = table.place(row, col);
  if (key === "savingsTarget" && value.lessThanOrEqualTo(0)) {
    log.error("TARGET_NOT_POSITIVE", `${formatPlaceText(place)}: the savings target must be more than 0 (every option is measured as a share of it).`, place);
    return false;
  }
  if (key === "widerSavingsTarget" && value.isNegative()) {
    log.error("WIDER_TARGET_NEGATIVE", `${formatPlaceText(place)}: the wider savings target cannot be negative.`, place);
    return false;
  }
  return true;
}

function readCurrency(table: TableView, row: number | undefined, col: number, log: IssueLog): string {
  if (row === undefined) return "GBP";
  const text = cellText(table.cell(row, col)).trim();
  if (text === "") return "GBP";
  if (/^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
  const place = table.place(row, col);
  log.warning("CURRENCY_UNKNOWN", `${formatPlaceText(place)} holds ${quoteForMessage(text)}, not a three-letter currency code such as GBP; GBP is used.`, place);
  return "GBP";
}
