import type { Appraisal, AppraisalInput, OptionResult, Place } from "../../core";
import type { InputSources } from "../read";
import { cellAddress, columnLetters } from "../snapshot";
import type { CellPlan, SheetPlan } from "../writePlan";
import { moneyFormat, PERCENT_FORMAT, RANK_FORMAT } from "./formats";
import { BANNER, OUTPUT_SHEETS, RESULTS_TABLE } from "./outputs";
import { absoluteCell, formulaLiteral, tableColumn } from "./references";

export const RESULTS_COLUMNS = [
  "Rank", "Option", "Total savings", "% of savings target", "Revised budget", "Confidence",
  "Wider savings delivered", "Total benefit", "Meets savings target", "Shortlisted", "Reason",
] as const;
export type ResultsColumn = (typeof RESULTS_COLUMNS)[number];
const col = (name: ResultsColumn): number => RESULTS_COLUMNS.indexOf(name);

/** The header row of the RankedResults table (0-based); data follows, one row per option by rank. */
export const RESULTS_HEADER_ROW = 2;

export interface PlanNote {
  readonly code: string;
  readonly message: string;
  /** What the note is about, e.g. an option's money column; every issue shown names its place. */
  readonly place?: Place;
}

/** The money column of one option in the savings table: where a note about its amounts points. */
export function optionColumnPlace(sources: InputSources, optionIndex: number, option: string): Place {
  return { table: sources.savings.table, column: sources.savings.optionHeaders[optionIndex] ?? option };
}

/**
 * The `Ranked Results` sheet: the RankedResults table, each figure a live formula over the input tables
 * with the engine's value cached. Where an option's money column holds text amounts (which Excel's SUM
 * skips), its total is written as the engine's fixed figure instead, and a note says so.
 */
export function planRankedResults(appraisal: Appraisal, input: AppraisalInput, sources: InputSources): { sheet: SheetPlan; notes: PlanNote[] } {
  const money = moneyFormat(input.assumptions.currency);
  const first = RESULTS_HEADER_ROW + 1;
  const last = first + appraisal.ranked.length - 1;
  const benefitCol = columnLetters(col("Total benefit"));
  const benefitRange = `$${benefitCol}$${first + 1}:$${benefitCol}$${last + 1}`;
  const target = absoluteCell(sources.assumptions.savingsTarget);
  const notes: PlanNote[] = [];
  const cells: CellPlan[] = [
    { row: 0, col: 0, value: BANNER, italic: true },
    ...RESULTS_COLUMNS.map((header, c) => ({ row: RESULTS_HEADER_ROW, col: c, value: header, bold: true })),
  ];

  appraisal.ranked.forEach((result, index) => {
    const row = first + index;
    const optionIndex = appraisal.results.indexOf(result);
    const at = (name: ResultsColumn) => cellAddress(row, col(name));
    const put = (name: ResultsColumn, value: CellPlan["value"], formula?: string, numberFormat?: string) =>
      cells.push({ row, col: col(name), value, ...(formula ? { formula } : {}), ...(numberFormat ? { numberFormat } : {}), ...(name === "Reason" ? { wrap: true } : {}) });
    const rawName = sources.options.names[optionIndex] ?? result.option;

    put("Rank", result.rank, `1+SUMPRODUCT((ROUND(${benefitRange},6)>ROUND(${at("Total benefit")},6))*1)`, RANK_FORMAT);
    put("Option", result.option);
    if (sources.savings.hasTextAmounts[optionIndex]) {
      put("Total savings", result.totalSavings.toNumber(), undefined, money);
      notes.push({ code: "TOTAL_FIXED", message: `Total savings for '${result.option}' is written as a fixed figure, because some of its amounts are text that Excel's SUM would skip; enter them as numbers to make it a live formula.`, place: optionColumnPlace(sources, optionIndex, result.option) });
    } else {
      put("Total savings", result.totalSavings.toNumber(), `SUM(${tableColumn(sources.savings.table, sources.savings.optionHeaders[optionIndex] ?? result.option)})`, money);
    }
    put("% of savings target", result.percentOfTarget.toNumber(), `${at("Total savings")}/${target}`, PERCENT_FORMAT);
    put("Revised budget", result.revisedBudget.toNumber(), `${absoluteCell(sources.assumptions.inScopeServiceValue)}-${at("Total savings")}`, money);
    put("Confidence", result.confidence.toNumber(), confidenceFormula(sources, rawName), PERCENT_FORMAT);
    put("Wider savings delivered", result.widerSavingsDelivered.toNumber(), `${at("Confidence")}*${absoluteCell(sources.assumptions.widerSavingsTarget)}`, money);
    put("Total benefit", result.totalBenefit.toNumber(), `${at("Total savings")}+${at("Wider savings delivered")}`, money);
    put("Meets savings target", yesNo(result.meetsTarget), `IF(${at("Total savings")}>=${target},"Yes","No")`);
    put("Shortlisted", shortlistText(result));
    put("Reason", result.shortlist?.reason ?? "No Criteria table: no shortlist formed");
  });

  return {
    sheet: {
      name: OUTPUT_SHEETS.rankedResults.name,
      key: OUTPUT_SHEETS.rankedResults.key,
      cells,
      tables: [{ name: RESULTS_TABLE, top: RESULTS_HEADER_ROW, left: 0, headers: [...RESULTS_COLUMNS], rowCount: appraisal.ranked.length }],
      columnWidths: [7, 38, 15, 12, 15, 12, 17, 15, 12, 12, 70],
      freezeRows: RESULTS_HEADER_ROW + 1,
    },
    notes,
  };
}

/** Looked up by name (exact comparison, no wildcards), so that sorting the Options table keeps it right. */
function confidenceFormula(sources: InputSources, rawName: InputSources["options"]["names"][number]): string {
  const { table, optionHeader, confidenceHeader } = sources.options;
  return `SUMPRODUCT((${tableColumn(table, optionHeader)}=${formulaLiteral(rawName)})*${tableColumn(table, confidenceHeader)})`;
}

export function yesNo(value: boolean): string {
  return value ? "Yes" : "No";
}

export function shortlistText(result: OptionResult): string {
  return result.shortlist ? yesNo(result.shortlist.shortlisted) : "n/a";
}
