import { competitionRanks } from "../appraisal";
import { Decimal, ONE, ZERO } from "../money";
import type { AppraisalInput, RiskLevel, SavingOpportunity } from "../model";

/** The share of a saving line's amount that counts after allowing for its risk, per risk level (0 to 1). */
export type RiskWeights = Readonly<Record<RiskLevel, Decimal>>;

/** Defaults of issue 4 (shown, never written into inputs: decision 16); `Risk weight Low/Medium/High` override them. */
export const DEFAULT_RISK_WEIGHTS: RiskWeights = {
  Low: ONE,
  Medium: new Decimal("0.75"),
  High: new Decimal("0.5"),
};

export interface RiskWeightedResult {
  readonly option: string;
  readonly riskWeightedTotalSavings: Decimal;
  /** Risk-weighted total savings + wider savings delivered (already weighted by confidence: decision 17). */
  readonly riskWeightedTotalBenefit: Decimal;
  /** Competition rank on the risk-weighted total benefit, like the source's rank. */
  readonly riskWeightedRank: number;
  /** Share of the option's (unweighted) total savings on lines of each risk level; null when total savings are 0. */
  readonly shareOfSavingsByRisk: Readonly<Record<RiskLevel, Decimal>> | null;
}

/** Sum of one option's amounts, each multiplied by its line's risk weight. */
export function riskWeightedTotalSavings(
  lines: readonly SavingOpportunity[],
  optionIndex: number,
  weights: RiskWeights,
): Decimal {
  let total = ZERO;
  for (const line of lines) {
    const amount = line.amounts[optionIndex];
    if (amount !== undefined) total = total.plus(amount.times(weights[line.risk]));
  }
  return total;
}

/** How much of an option's total savings sits on Low, Medium and High risk lines (shares add up to 1). */
export function shareOfSavingsByRisk(
  lines: readonly SavingOpportunity[],
  optionIndex: number,
): Readonly<Record<RiskLevel, Decimal>> | null {
  const byRisk: Record<RiskLevel, Decimal> = { Low: ZERO, Medium: ZERO, High: ZERO };
  for (const line of lines) {
    const amount = line.amounts[optionIndex];
    if (amount !== undefined) byRisk[line.risk] = byRisk[line.risk].plus(amount);
  }
  const total = byRisk.Low.plus(byRisk.Medium).plus(byRisk.High);
  if (total.isZero()) return null;
  return {
    Low: byRisk.Low.dividedBy(total),
    Medium: byRisk.Medium.dividedBy(total),
    High: byRisk.High.dividedBy(total),
  };
}

/** Every option's risk-weighted figures and rank, in input order. Exact decimals, nothing rounded. */
export function riskWeighting(input: AppraisalInput, weights: RiskWeights = DEFAULT_RISK_WEIGHTS): RiskWeightedResult[] {
  const { options, savingOpportunities, assumptions } = input;
  const partial = options.map((option, index) => {
    const weighted = riskWeightedTotalSavings(savingOpportunities, index, weights);
    return {
      option: option.name,
      riskWeightedTotalSavings: weighted,
      riskWeightedTotalBenefit: weighted.plus(option.confidence.times(assumptions.widerSavingsTarget)),
      shareOfSavingsByRisk: shareOfSavingsByRisk(savingOpportunities, index),
    };
  });
  const ranks = competitionRanks(partial.map((result) => result.riskWeightedTotalBenefit));
  return partial.map((result, index) => ({ ...result, riskWeightedRank: ranks[index] as number }));
}
