import type { Appraisal, AppraisalInput } from "../../core";
import type { InputSources } from "../read";
import type { WritePlan } from "../writePlan";
import { planRankedResults, type PlanNote } from "./rankedResultsSheet";
import { planSummary, type RunStamp } from "./summarySheet";

/** The whole write plan for an appraisal: Ranked Results, then Summary. */
export function planOutputs(appraisal: Appraisal, input: AppraisalInput, sources: InputSources, stamp: RunStamp): { plan: WritePlan; notes: PlanNote[] } {
  const results = planRankedResults(appraisal, input, sources);
  return { plan: { sheets: [results.sheet, planSummary(appraisal, input, sources, stamp)] }, notes: results.notes };
}
