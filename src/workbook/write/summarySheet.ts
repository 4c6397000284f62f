import { headline, type Appraisal, type AppraisalInput, type CriterionScore } from "../../core";
import type { InputSources } from "../read";
import type { CellPlan, SheetPlan } from "../writePlan";
import { moneyFormat, PERCENT_FORMAT, RANK_FORMAT } from "./formats";
import { BANNER, OUTPUT_SHEETS } from "./outputs";
import { RESULTS_COLUMNS, RESULTS_HEADER_ROW, shortlistText, type ResultsColumn } from "./rankedResultsSheet";
import { sheetCell } from "./references";

export interface RunStamp {
  /** ISO 8601 time of the run. */
  readonly when: string;
  readonly version: string;
}

/** Rows of the financial model, in the source's layout, and the results column each one shows. */
const MODEL_ROWS: readonly [string, ResultsColumn, "money" | "percent" | "rank"][] = [
  ["Total savings", "Total savings", "money"],
  ["% of savings target", "% of savings target", "percent"],
  ["Revised budget", "Revised budget", "money"],
  ["Level of confidence", "Confidence", "percent"],
  ["Wider savings delivered", "Wider savings delivered", "money"],
  ["Total benefit", "Total benefit", "money"],
  ["Rank", "Rank", "rank"],
];

const SCORE_TEXT: Readonly<Record<CriterionScore, string>> = { pass: "Yes", fail: "No", High: "High", Medium: "Medium", Low: "Low" };

/**
 * The `Summary` sheet: the financial model (options as columns in input order, each figure a live
 * reference to the Ranked Results sheet), the appraisal matrix, the headline and the run stamp.
 */
export function planSummary(appraisal: Appraisal, input: AppraisalInput, sources: InputSources, stamp: RunStamp, robustnessClause: string | null = null): SheetPlan {
  const cells: CellPlan[] = [
    { row: 0, col: 0, value: BANNER, italic: true },
    { row: 1, col: 0, value: "Options appraisal summary", bold: true },
  ];
  if (input.assumptions.savingsPeriod) cells.push({ row: 2, col: 0, value: `Savings period: ${input.assumptions.savingsPeriod}` });
  const money = moneyFormat(input.assumptions.currency);
  const formatOf = { money, percent: PERCENT_FORMAT, rank: RANK_FORMAT };
  const optionNames = appraisal.results.map((result) => result.option);

  let row = 4;
  headerRow(cells, row, "Financial model", optionNames);
  for (const [label, column, kind] of MODEL_ROWS) {
    row += 1;
    cells.push({ row, col: 0, value: label });
    appraisal.results.forEach((result, index) => {
      const resultsRow = RESULTS_HEADER_ROW + 1 + appraisal.ranked.indexOf(result);
      const value = column === "Rank" ? result.rank : measure(result, column);
      cells.push({ row, col: index + 1, value, formula: sheetCell(OUTPUT_SHEETS.rankedResults.name, resultsRow, RESULTS_COLUMNS.indexOf(column)), numberFormat: formatOf[kind] });
    });
  }

  row += 2;
  headerRow(cells, row, "Appraisal summary", optionNames);
  for (const criterion of input.criteria ?? []) {
    row += 1;
    cells.push({ row, col: 0, value: `${criterion.name} (${criterion.kind.toLowerCase()})` });
    input.options.forEach((option, index) => {
      const score = option.scores.get(criterion.name);
      cells.push({ row, col: index + 1, value: score ? SCORE_TEXT[score] : "" });
    });
  }
  row += 1;
  cells.push({ row, col: 0, value: "Shortlisted", bold: true });
  appraisal.results.forEach((result, index) => cells.push({ row, col: index + 1, value: shortlistText(result), bold: true }));
  row += 1;
  cells.push({ row, col: 0, value: "Reason" });
  appraisal.results.forEach((result, index) => cells.push({ row, col: index + 1, value: result.shortlist?.reason ?? "No Criteria table", wrap: true }));

  row += 2;
  cells.push({ row, col: 0, value: "Headline", bold: true });
  // The robustness sentence only when a simulation of these inputs exists (decision 20).
  for (const sentence of [...headline(appraisal, input.assumptions), ...(robustnessClause ? [robustnessClause] : [])]) {
    row += 1;
    cells.push({ row, col: 0, value: sentence });
  }
  row += 2;
  cells.push({ row, col: 0, value: `Run ${stamp.when} by options-appraisal ${stamp.version}; inputs fingerprint ${sources.fingerprint}`, italic: true });

  return {
    name: OUTPUT_SHEETS.summary.name,
    key: OUTPUT_SHEETS.summary.key,
    cells,
    tables: [],
    columnWidths: [34, ...optionNames.map(() => 20)],
    freezeRows: 0,
  };
}

function headerRow(cells: CellPlan[], row: number, title: string, optionNames: readonly string[]): void {
  cells.push({ row, col: 0, value: title, bold: true });
  optionNames.forEach((name, index) => cells.push({ row, col: index + 1, value: name, bold: true, wrap: true }));
}

function measure(result: Appraisal["results"][number], column: ResultsColumn): number {
  const values: Partial<Record<ResultsColumn, () => number>> = {
    "Total savings": () => result.totalSavings.toNumber(),
    "% of savings target": () => result.percentOfTarget.toNumber(),
    "Revised budget": () => result.revisedBudget.toNumber(),
    Confidence: () => result.confidence.toNumber(),
    "Wider savings delivered": () => result.widerSavingsDelivered.toNumber(),
    "Total benefit": () => result.totalBenefit.toNumber(),
  };
  return values[column]?.() ?? Number.NaN;
}
