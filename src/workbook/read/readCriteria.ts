import { CRITERION_KINDS, type Criterion, type CriterionKind, type CriterionScore } from "../../core";
import type { IssueLog } from "../issues";
import type { CellValue, WorkbookSnapshot } from "../snapshot";
import { cellText, normalizeName, quoteForMessage } from "../text";
import { readName, reportCellError, warnHidden } from "./cells";
import { formatPlaceText } from "./placeText";
import { findTable, requireColumns, type TableView } from "./table";

export const CRITERIA_TABLE = "Criteria";

export interface CriteriaRead {
  readonly criteria: readonly Criterion[];
  /** Where each criterion is named, for errors about its column in Options. */
  readonly places: ReadonlyMap<string, ReturnType<TableView["place"]>>;
}

/** The optional Criteria table; undefined (and no issue) when the workbook has none. */
export function readCriteria(workbook: WorkbookSnapshot, log: IssueLog): CriteriaRead | undefined | "broken" {
  const table = findTable(workbook, CRITERIA_TABLE);
  if (!table) return undefined;
  const cols = requireColumns(table, { name: "Criterion", kind: "Kind" }, log);
  if (!cols) return "broken";
  const criteria: Criterion[] = [];
  const places = new Map<string, ReturnType<TableView["place"]>>();
  table.rows.forEach((_, row) => {
    if (table.isBlankRow(row, [cols.name, cols.kind])) return;
    warnHidden(table, row, log);
    const name = readName(table, row, cols.name, log, "a criterion");
    const kind = readKind(table, row, cols.kind, log);
    if (name === undefined || kind === undefined) return;
    const previous = criteria.find((criterion) => normalizeName(criterion.name) === normalizeName(name));
    if (previous) {
      log.error("CRITERION_DUPLICATE", `${formatPlaceText(table.place(row, cols.name))} repeats the criterion '${previous.name}'. Keep one row for it.`, table.place(row, cols.name));
      return;
    }
    criteria.push({ name, kind });
    places.set(name, table.place(row, cols.name));
  });
  return { criteria, places };
}

function readKind(table: TableView, row: number, col: number, log: IssueLog): CriterionKind | undefined {
  if (reportCellError(table, row, col, log, "a criterion kind")) return undefined;
  const text = cellText(table.cell(row, col));
  const kind = CRITERION_KINDS.find((candidate) => normalizeName(candidate) === normalizeName(text));
  if (kind) return kind;
  const place = table.place(row, col);
  log.error("CRITERION_UNKNOWN_KIND", `${formatPlaceText(place)} holds ${quoteForMessage(text)}; a criterion's kind must be Gateway, Ranking or Final gateway.`, place);
  return undefined;
}

const PASS = new Set(["yes", "y", "pass", "true", "✓", "√", "✔"]);
const FAIL = new Set(["no", "n", "fail", "false", "×", "✗", "✘", "x"]);
const RANKING: readonly CriterionScore[] = ["High", "Medium", "Low"];

/** Reads one option's score on a criterion: pass/fail for gateways, High/Medium/Low for ranking criteria. */
export function parseScore(value: CellValue, kind: CriterionKind): CriterionScore | undefined {
  const text = normalizeName(cellText(value));
  if (kind === "Ranking") return RANKING.find((score) => score.toLowerCase() === text);
  if (PASS.has(text)) return "pass";
  if (FAIL.has(text)) return "fail";
  return undefined;
}

export function scoreHint(kind: CriterionKind): string {
  return kind === "Ranking" ? "High, Medium or Low" : "Yes or No (also Y/N, Pass/Fail, TRUE/FALSE, ✓/✗)";
}
