import type { Criterion, CriterionScore, DeliveryOption } from "../../core";
import type { IssueLog } from "../issues";
import { isBlank, isCellError, type CellValue, type WorkbookSnapshot } from "../snapshot";
import { cellText, normalizeName, quoteForMessage } from "../text";
import { readName, reportCellError, warnHidden } from "./cells";
import { parseScore, scoreHint, type CriteriaRead } from "./readCriteria";
import { readConfidence } from "./readConfidence";
import { formatPlaceText } from "./placeText";
import { openRequiredTable, type TableView } from "./table";

/** Kept here too for readers that import it from this module. */
export { warnHidden } from "./cells";

export const OPTIONS_TABLE = "Options";

export interface OptionsRead {
  readonly table: string;
  readonly optionHeader: string;
  readonly confidenceHeader: string;
  /** Options whose every cell could be read, in table order. */
  readonly options: readonly DeliveryOption[];
  readonly rawNames: readonly CellValue[];
  /** Every non-blank option name, read or not: the savings table is checked against these. */
  readonly names: readonly string[];
  readonly complete: boolean;
}

export function readOptions(workbook: WorkbookSnapshot, criteria: CriteriaRead | undefined, log: IssueLog): OptionsRead | undefined {
  const opened = openRequiredTable(workbook, OPTIONS_TABLE, { name: "Option", confidence: "Confidence" }, log);
  if (!opened) return undefined;
  const { table, cols } = opened;
  const criterionCols = findCriterionColumns(table, criteria, log);
  const errorsBefore = log.errorCount;

  const options: DeliveryOption[] = [];
  const rawNames: CellValue[] = [];
  const names: string[] = [];
  const firstRow = new Map<string, number>();
  const used = [cols.name, cols.confidence, ...criterionCols.map(([, col]) => col)];
  table.rows.forEach((_, row) => {
    if (table.isBlankRow(row, used)) return;
    const name = readName(table, row, cols.name, log, "an option");
    // A name that is there but unusable (too long) still names its money column: no second error there.
    const unread = name === undefined ? unusableName(table.cell(row, cols.name)) : undefined;
    if (unread !== undefined) names.push(unread);
    if (name !== undefined) {
      const key = normalizeName(name);
      const first = firstRow.get(key);
      if (first !== undefined) {
        log.error("OPTION_DUPLICATE", `${formatPlaceText(table.place(row, cols.name))} repeats the option '${name}' (first at ${formatPlaceText(table.place(first, cols.name))}). Each option needs a unique name.`, table.place(row, cols.name));
        return;
      }
      firstRow.set(key, row);
      names.push(name);
    }
    warnHidden(table, row, log);
    const confidence = readConfidence(table, row, cols.confidence, name ?? "this option", log);
    const scores = readScores(table, row, criterionCols, name ?? "this option", log);
    if (name === undefined || confidence === undefined || scores === undefined) return;
    options.push({ name, confidence, scores });
    rawNames.push(table.cell(row, cols.name));
  });
  if (names.length === 0 && log.errorCount === errorsBefore) {
    log.error("OPTIONS_EMPTY", `The ${table.name} table has no options. Add one row per delivery option.`, table.tablePlace());
  }
  return {
    table: table.name,
    optionHeader: table.headerText(cols.name),
    confidenceHeader: table.headerText(cols.confidence),
    options,
    rawNames,
    names,
    complete: log.errorCount === errorsBefore,
  };
}

/** The text of a name cell that `readName` refused although it holds a name (not blank, not an error). */
function unusableName(value: CellValue): string | undefined {
  if (isCellError(value)) return undefined;
  const text = cellText(value).trim();
  return text === "" ? undefined : text;
}

function findCriterionColumns(table: TableView, criteria: CriteriaRead | undefined, log: IssueLog): [Criterion, number][] {
  const found: [Criterion, number][] = [];
  for (const criterion of criteria?.criteria ?? []) {
    const cols = table.columnsNamed(criterion.name);
    const col = cols[0];
    if (col === undefined) {
      const place = criteria?.places.get(criterion.name);
      log.error("CRITERION_COLUMN_MISSING", `The Criteria table names '${criterion.name}', but the ${table.name} table has no column with that header. Add the column, or correct the name.`, place);
    } else {
      found.push([criterion, col]);
    }
  }
  return found;
}

function readScores(table: TableView, row: number, criterionCols: readonly [Criterion, number][], option: string, log: IssueLog): Map<string, CriterionScore> | undefined {
  const scores = new Map<string, CriterionScore>();
  let complete = true;
  for (const [criterion, col] of criterionCols) {
    if (reportCellError(table, row, col, log, `a score on '${criterion.name}'`)) {
      complete = false;
      continue;
    }
    const value = table.cell(row, col);
    const score = parseScore(value, criterion.kind);
    if (score === undefined) {
      complete = false;
      const place = table.place(row, col);
      const code = isBlank(value) ? "SCORE_BLANK" : "SCORE_INVALID";
      const what = isBlank(value) ? "is blank" : `holds ${quoteForMessage(cellText(value))}`;
      log.error(code, `${formatPlaceText(place)} ${what}: the score of '${option}' on '${criterion.name}' (${criterion.kind.toLowerCase()}) must be ${scoreHint(criterion.kind)}.`, place);
      continue;
    }
    scores.set(criterion.name, score);
  }
  return complete ? scores : undefined;
}
