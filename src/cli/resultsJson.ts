import { formatPlace, type Appraisal, type Issue, type RobustnessAnalysis } from "../core";
import { robustnessJson } from "./robustnessJson";

/** The `--json` object of the contract: options by rank, exact figures, and the warnings. */
export function resultsJson(appraisal: Appraisal, warnings: readonly Issue[], analysis?: RobustnessAnalysis): unknown {
  return {
    options: appraisal.ranked.map((result) => ({
      option: result.option,
      rank: result.rank,
      totalSavings: result.totalSavings,
      percentOfTarget: result.percentOfTarget,
      revisedBudget: result.revisedBudget,
      confidence: result.confidence,
      widerSavingsDelivered: result.widerSavingsDelivered,
      totalBenefit: result.totalBenefit,
      meetsTarget: result.meetsTarget,
      shortlisted: result.shortlist ? result.shortlist.shortlisted : null,
      reason: result.shortlist ? result.shortlist.reason : null,
    })),
    ...(analysis ? { robustness: robustnessJson(analysis) } : {}),
    warnings: warnings.map((issue) => ({ code: issue.code, message: issue.message, place: formatPlace(issue.place) || null })),
  };
}
