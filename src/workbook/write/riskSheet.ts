import { RISK_LEVELS, type Appraisal, type AppraisalInput, type RobustnessAnalysis } from "../../core";
import type { InputSources, RobustnessKey, RobustnessRead } from "../read";
import { cellAddress } from "../snapshot";
import type { SheetPlan } from "../writePlan";
import { moneyFormat, PERCENT_FORMAT, PRECISE_PERCENT_FORMAT, RANK_FORMAT } from "./formats";
import { BANNER, OUTPUT_SHEETS, RISK_TABLE, SWITCHING_TABLE } from "./outputs";
import { optionColumnPlace, RESULTS_COLUMNS, RESULTS_HEADER_ROW, type PlanNote, type ResultsColumn } from "./rankedResultsSheet";
import { absoluteCell, formulaLiteral, sheetCell, tableColumn } from "./references";
import { planPresentValues, planSensitivity, planSimulation, planTornado } from "./robustnessSections";
import { SheetBuilder } from "./sheetBuilder";
import type { RunStamp } from "./summarySheet";

export interface RiskSheetInput {
  readonly appraisal: Appraisal;
  readonly input: AppraisalInput;
  readonly sources: InputSources;
  readonly robustness: RobustnessRead;
  readonly analysis: RobustnessAnalysis;
  readonly stamp: RunStamp;
}

/** Where each setting's value sits on the sheet, for the live formulas that use it. */
export type SettingCells = Readonly<Record<RobustnessKey, string>>;

/**
 * The `Risk & Sensitivity` sheet (issue 4): the settings used and where each came from, risk weighting and
 * switching values as live formulas, then sensitivity, tornado, present values and the simulation as
 * values stamped with this run (decision 20). Charts are planned for the hosts that can draw them.
 */
export function planRiskSheet(ctx: RiskSheetInput): { sheet: SheetPlan; notes: PlanNote[] } {
  const b = new SheetBuilder();
  const notes: PlanNote[] = [];
  b.line(BANNER, true);
  b.title("Risk & Sensitivity");
  b.line(leaderLine(ctx.analysis));
  b.gap();
  const settings = planSettings(b, ctx);
  b.gap();
  planRiskWeighting(b, ctx, settings, notes);
  b.gap();
  planSwitchingValues(b, ctx);
  b.gap();
  planSensitivity(b, ctx, notes);
  b.gap();
  planTornado(b, ctx);
  b.gap();
  planPresentValues(b, ctx, settings, notes);
  b.gap();
  planSimulation(b, ctx);
  b.gap();
  b.line(`Run ${ctx.stamp.when} by options-appraisal ${ctx.stamp.version}; inputs fingerprint ${ctx.sources.fingerprint}`, true);
  return {
    sheet: {
      name: OUTPUT_SHEETS.riskSensitivity.name,
      key: OUTPUT_SHEETS.riskSensitivity.key,
      cells: b.cells,
      tables: b.tables,
      charts: b.charts,
      columnWidths: [38, 16, 16, 16, 16, 14, 14, 14, 14, 14],
      freezeRows: 0,
    },
    notes,
  };
}

function leaderLine(analysis: RobustnessAnalysis): string {
  const { leader } = analysis.switching;
  if (leader.found) return `Leader: ${leader.option}, the highest-ranked option on the shortlist (or rank 1 when there is none). Switching values and the tornado are for it.`;
  if (leader.reason === "tie for first") return `No leader: ${leader.tied.join(", ")} share first place, so there is no switching value (they are already level).`;
  return leader.reason === "empty shortlist" ? "No leader: no option is on the shortlist." : "No leader: there are no options.";
}

/** Settings used (decision 16): a live reference to the assumption, or the default as a value. */
function planSettings(b: SheetBuilder, ctx: RiskSheetInput): SettingCells {
  b.title("Settings used");
  b.headers(["Setting", "Value", "From"]);
  const cells = {} as Record<RobustnessKey, string>;
  for (const setting of ctx.robustness.used) {
    const row = b.row++;
    const format = setting.rule.kind === "share" ? PERCENT_FORMAT : RANK_FORMAT;
    const live = setting.source.kind === "assumption" && setting.source.live;
    b.put(row, 0, setting.label);
    b.put(row, 1, setting.value.toNumber(), { numberFormat: format, ...(live && setting.source.kind === "assumption" ? { formula: absoluteCell(setting.source.cell) } : {}) });
    b.put(row, 2, setting.source.kind === "assumption" ? `Assumptions table, ${cellAddress(setting.source.cell.row, setting.source.cell.col)}` : "Default");
    cells[setting.key] = `$B$${row + 1}`;
  }
  return cells;
}

function resultsCell(ctx: RiskSheetInput, optionIndex: number, column: ResultsColumn): string {
  const result = ctx.appraisal.results[optionIndex];
  const row = RESULTS_HEADER_ROW + 1 + (result ? ctx.appraisal.ranked.indexOf(result) : 0);
  return sheetCell(OUTPUT_SHEETS.rankedResults.name, row, RESULTS_COLUMNS.indexOf(column));
}

const RISK_COLUMNS = [
  "Option", "Total savings", "Risk-weighted total savings", "Wider savings delivered", "Risk-weighted total benefit",
  "Risk-weighted rank", "Rank", "Share Low", "Share Medium", "Share High",
] as const;

/** Risk weighting (decision 17): each saving times its risk level's weight, as a live SUMPRODUCT. */
function planRiskWeighting(b: SheetBuilder, ctx: RiskSheetInput, settings: SettingCells, notes: PlanNote[]): void {
  b.title("Risk weighting");
  b.line("Each saving counts at its risk level's weight (Settings used); wider savings are already weighted by confidence.", true);
  const top = b.headers(RISK_COLUMNS, true);
  const money = moneyFormat(ctx.input.assumptions.currency);
  const first = top + 1;
  const last = first + ctx.analysis.riskWeighting.length - 1;
  const { table, riskHeader, optionHeaders, hasTextAmounts } = ctx.sources.savings;
  const risk = `TRIM(${tableColumn(table, riskHeader)})`;
  const weights = RISK_LEVELS.map((level) => `(${risk}="${level}")*${settings[`riskWeight${level}` as RobustnessKey]}`).join("+");
  ctx.analysis.riskWeighting.forEach((result, index) => {
    const row = b.row++;
    const at = (c: number) => cellAddress(row, c);
    const amounts = tableColumn(table, optionHeaders[index] ?? result.option);
    b.put(row, 0, result.option);
    b.put(row, 1, ctx.appraisal.results[index]?.totalSavings.toNumber() ?? 0, { formula: resultsCell(ctx, index, "Total savings"), numberFormat: money });
    const weighted = result.riskWeightedTotalSavings.toNumber();
    if (hasTextAmounts[index]) {
      b.put(row, 2, weighted, { numberFormat: money });
      notes.push({ code: "TOTAL_FIXED", message: `The risk-weighted total savings for '${result.option}' are written as a fixed figure, because some of its amounts are text; enter them as numbers to make it a live formula.`, place: optionColumnPlace(ctx.sources, index, result.option) });
    } else {
      b.put(row, 2, weighted, { formula: `SUMPRODUCT(${amounts},${weights})`, numberFormat: money });
    }
    b.put(row, 3, ctx.appraisal.results[index]?.widerSavingsDelivered.toNumber() ?? 0, { formula: resultsCell(ctx, index, "Wider savings delivered"), numberFormat: money });
    b.put(row, 4, result.riskWeightedTotalBenefit.toNumber(), { formula: `${at(2)}+${at(3)}`, numberFormat: money });
    b.put(row, 5, result.riskWeightedRank, { formula: `1+SUMPRODUCT((ROUND($E$${first + 1}:$E$${last + 1},6)>ROUND(${at(4)},6))*1)`, numberFormat: RANK_FORMAT });
    b.put(row, 6, ctx.appraisal.results[index]?.rank ?? 0, { formula: resultsCell(ctx, index, "Rank"), numberFormat: RANK_FORMAT });
    RISK_LEVELS.forEach((level, k) => {
      const share = result.shareOfSavingsByRisk?.[level];
      const formula = hasTextAmounts[index] ? undefined : `IF(${at(1)}=0,"n/a",SUMPRODUCT(${amounts},(${risk}="${level}")*1)/${at(1)})`;
      b.put(row, 7 + k, share === undefined ? "n/a" : share.toNumber(), { ...(formula ? { formula } : {}), numberFormat: PERCENT_FORMAT });
    });
  });
  b.tables.push({ name: RISK_TABLE, top, left: 0, headers: [...RISK_COLUMNS], rowCount: ctx.analysis.riskWeighting.length });
}

const SWITCHING_COLUMNS = [
  "Other option", "Could replace the leader", "Other's total benefit", "Leader's total benefit", "Fall in leader's savings to draw level",
  "As share of leader's savings", "Leader's confidence to draw level", "Within reach", "Other's confidence to draw level", "Within reach ",
] as const;

/** Switching values (decision 18) of the leader against each other option, and per saving line; live formulas. */
function planSwitchingValues(b: SheetBuilder, ctx: RiskSheetInput): void {
  b.title("Switching values");
  const { leader, comparisons } = ctx.analysis.switching;
  if (!leader.found || comparisons.length === 0) {
    b.line("None: there is no single leader to compare with.");
    return;
  }
  b.line(`Where ${leader.option} would draw level with each other option: the inputs' values at which the recommendation changes.`, true);
  const top = b.headers(SWITCHING_COLUMNS, true);
  const wider = absoluteCell(ctx.sources.assumptions.widerSavingsTarget);
  const leaderBenefit = resultsCell(ctx, leader.index, "Total benefit");
  const leaderSavings = resultsCell(ctx, leader.index, "Total savings");
  const money = moneyFormat(ctx.input.assumptions.currency);
  const fallCells: string[] = [];
  for (const comparison of comparisons) {
    const row = b.row++;
    const at = (c: number) => cellAddress(row, c);
    const other = ctx.appraisal.results[comparison.againstIndex];
    b.put(row, 0, comparison.against);
    b.put(row, 1, comparison.couldReplaceLeader ? "Yes" : "No");
    b.put(row, 2, other?.totalBenefit.toNumber() ?? 0, { formula: resultsCell(ctx, comparison.againstIndex, "Total benefit"), numberFormat: money });
    b.put(row, 3, ctx.appraisal.results[leader.index]?.totalBenefit.toNumber() ?? 0, { formula: leaderBenefit, numberFormat: money });
    b.put(row, 4, comparison.savingsFallToParity.toNumber(), { formula: `${at(3)}-${at(2)}`, numberFormat: money });
    b.put(row, 5, comparison.savingsFallShare?.toNumber() ?? "n/a", { formula: `IF(${leaderSavings}>0,${at(4)}/${leaderSavings},"n/a")`, numberFormat: PRECISE_PERCENT_FORMAT });
    b.put(row, 6, comparison.leaderConfidenceAtParity?.toNumber() ?? "n/a", { formula: `IF(${wider}=0,"n/a",(${at(2)}-${leaderSavings})/${wider})`, numberFormat: PRECISE_PERCENT_FORMAT });
    b.put(row, 7, comparison.leaderConfidenceAtParity === null ? "n/a" : comparison.leaderConfidenceWithinReach ? "Yes" : "No", { formula: `IF(ISNUMBER(${at(6)}),IF(${at(6)}>=0,"Yes","No"),"n/a")` });
    const otherSavings = resultsCell(ctx, comparison.againstIndex, "Total savings");
    b.put(row, 8, comparison.otherConfidenceAtParity?.toNumber() ?? "n/a", { formula: `IF(${wider}=0,"n/a",(${at(3)}-${otherSavings})/${wider})`, numberFormat: PRECISE_PERCENT_FORMAT });
    b.put(row, 9, comparison.otherConfidenceAtParity === null ? "n/a" : comparison.otherConfidenceWithinReach ? "Yes" : "No", { formula: `IF(ISNUMBER(${at(8)}),IF(${at(8)}<=1,"Yes","No"),"n/a")` });
    fallCells.push(`$E$${row + 1}`);
  }
  b.tables.push({ name: SWITCHING_TABLE, top, left: 0, headers: [...SWITCHING_COLUMNS], rowCount: comparisons.length });
  b.gap();
  planLineSwitchingValues(b, ctx, fallCells);
}

/** At most this many other options get a column in the per-line table (the closest first); the JSON has all. */
export const MAX_OPTION_COLUMNS = 20;

/** The leader's amount on each line at which it draws level with each of the closest other options. */
function planLineSwitchingValues(b: SheetBuilder, ctx: RiskSheetInput, fallCells: readonly string[]): void {
  const { leader, comparisons } = ctx.analysis.switching;
  if (!leader.found) return;
  const order = comparisons.map((_, i) => i).sort((x, y) => (comparisons[x]?.savingsFallToParity.comparedTo(comparisons[y]?.savingsFallToParity ?? 0) ?? 0));
  const shown = order.slice(0, MAX_OPTION_COLUMNS);
  b.title(`${leader.option}'s amount on each saving line at which it would draw level`);
  if (shown.length < order.length) b.line(`The ${shown.length} closest of ${order.length} other options are shown; appraise --json lists every one.`, true);
  b.headers(["Saving line", "Leader's amount", ...shown.map((i) => `Against ${comparisons[i]?.against ?? ""}`)], true);
  const money = moneyFormat(ctx.input.assumptions.currency);
  const { table, optionHeaders, hasTextAmounts, lineRows } = ctx.sources.savings;
  const leaderColumn = tableColumn(table, optionHeaders[leader.index] ?? leader.option);
  ctx.input.savingOpportunities.forEach((line, l) => {
    const row = b.row++;
    const amount = line.amounts[leader.index]?.toNumber() ?? 0;
    b.put(row, 0, line.name);
    b.put(row, 1, amount, { ...(hasTextAmounts[leader.index] ? {} : { formula: `N(INDEX(${leaderColumn},${(lineRows[l] ?? 0) + 1}))` }), numberFormat: money });
    shown.forEach((i, k) => {
      const value = comparisons[i]?.lines[l]?.amountAtParity;
      const level = `$B$${row + 1}-${fallCells[i] ?? "0"}`;
      b.put(row, 2 + k, value === null || value === undefined ? NO_VALUE : value.toNumber(), { formula: `IF(${level}<0,${formulaLiteral(NO_VALUE)},${level})`, numberFormat: money });
    });
  });
}

export const NO_VALUE = "no value within reach";
