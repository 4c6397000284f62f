import type { WritePlan } from "../writePlan";
import { planRankedResults, type PlanNote } from "./rankedResultsSheet";
import { planRiskSheet, type RiskSheetInput } from "./riskSheet";
import { planSummary } from "./summarySheet";

/** The appraisal, its inputs and robustness analysis, and the run's stamp: all any output sheet needs. */
export type PlanInput = RiskSheetInput;

/** The whole write plan for an appraisal: Ranked Results, Summary, then Risk & Sensitivity. */
export function planOutputs(ctx: PlanInput): { plan: WritePlan; notes: PlanNote[] } {
  const results = planRankedResults(ctx.appraisal, ctx.input, ctx.sources);
  const risk = planRiskSheet(ctx);
  const summary = planSummary(ctx.appraisal, ctx.input, ctx.sources, ctx.stamp, ctx.analysis.clause);
  return { plan: { sheets: [results.sheet, summary, risk.sheet] }, notes: [...results.notes, ...risk.notes] };
}
