import type { Appraisal, AppraisalInput, OptionResult } from "../model";
import {
  meetsTarget,
  percentOfTarget,
  revisedBudget,
  totalBenefit,
  totalSavings,
  widerSavingsDelivered,
} from "./measures";
import { competitionRanks, rankOrder } from "./rank";
import { shortlistDecision } from "./shortlist";

/** The whole appraisal of the method: every measure per option, ranks and the shortlist. */
export function appraise(input: AppraisalInput): Appraisal {
  const { assumptions, options, savingOpportunities, criteria } = input;
  const partial = options.map((option, index) => {
    const total = totalSavings(savingOpportunities, index);
    const wider = widerSavingsDelivered(option.confidence, assumptions.widerSavingsTarget);
    return {
      option: option.name,
      totalSavings: total,
      percentOfTarget: percentOfTarget(total, assumptions.savingsTarget),
      meetsTarget: meetsTarget(total, assumptions.savingsTarget),
      revisedBudget: revisedBudget(assumptions.inScopeServiceValue, total),
      confidence: option.confidence,
      widerSavingsDelivered: wider,
      totalBenefit: totalBenefit(total, wider),
      shortlist: criteria ? shortlistDecision(option, criteria) : null,
    };
  });
  const ranks = competitionRanks(partial.map((result) => result.totalBenefit));
  const results: OptionResult[] = partial.map((result, index) => ({ ...result, rank: ranks[index] as number }));
  return {
    results,
    ranked: rankOrder(ranks).map((index) => results[index] as OptionResult),
    hasShortlist: criteria !== undefined,
  };
}
