import { appraise } from "../appraisal";
import { Decimal, ONE, ZERO } from "../money";
import type { Appraisal, AppraisalInput } from "../model";
import { leaderOf, type Leader } from "./leader";

/** The leader's amount on one saving line at which it draws level with the other option. */
export interface LineSwitchingValue {
  readonly line: string;
  readonly leaderAmount: Decimal;
  /** Null = "no value within reach": the amount would have to fall below 0. */
  readonly amountAtParity: Decimal | null;
}

/** Switching values of the leader against one other option (Green Book sense: where the choice would change). */
export interface SwitchingValue {
  readonly against: string;
  readonly againstIndex: number;
  /** Could this option take the leader's place? On the shortlist, or every option when there is none. */
  readonly couldReplaceLeader: boolean;
  /** Leader's total benefit - the other's: the fall in the leader's total savings that brings them level. */
  readonly savingsFallToParity: Decimal;
  /** That fall as a share of the leader's total savings; null when those are not above 0. */
  readonly savingsFallShare: Decimal | null;
  /** False when the leader's total savings would have to go below 0. */
  readonly savingsFallWithinReach: boolean;
  /** Leader's confidence at which the two total benefits are equal; null when the wider target is 0. */
  readonly leaderConfidenceAtParity: Decimal | null;
  /** False when that confidence is below 0 %: confidence alone cannot cost the leader its place. */
  readonly leaderConfidenceWithinReach: boolean;
  /** The other option's confidence at which it draws level with the leader (above it, it overtakes). */
  readonly otherConfidenceAtParity: Decimal | null;
  /** False when that confidence is above 100 %. */
  readonly otherConfidenceWithinReach: boolean;
  /** One per saving line, in input order. */
  readonly lines: readonly LineSwitchingValue[];
}

export interface SwitchingValues {
  readonly leader: Leader;
  /** One per other option, in input order; empty when there is no leader. */
  readonly comparisons: readonly SwitchingValue[];
  /**
   * The comparison that binds: among options that could replace the leader, the one with the highest
   * leaderConfidenceAtParity (the first the leader would fall behind as its confidence falls). Null when
   * there is no leader, no such option, or the wider target is 0.
   */
  readonly binding: SwitchingValue | null;
}

/** The leader's confidence at which its total benefit equals `otherBenefit`: (other benefit - leader savings) / wider target. */
export function confidenceAtParity(otherBenefit: Decimal, ownTotalSavings: Decimal, widerSavingsTarget: Decimal): Decimal | null {
  return widerSavingsTarget.isZero() ? null : otherBenefit.minus(ownTotalSavings).dividedBy(widerSavingsTarget);
}

/** Switching values of the leader against every other option. Exact decimals, ratios unrounded. */
export function switchingValues(input: AppraisalInput, appraisal: Appraisal = appraise(input)): SwitchingValues {
  const leader = leaderOf(appraisal);
  if (!leader.found) return { leader, comparisons: [], binding: null };
  const own = appraisal.results[leader.index];
  if (own === undefined) return { leader, comparisons: [], binding: null };
  const wider = input.assumptions.widerSavingsTarget;
  const comparisons = appraisal.results.flatMap((other, index): SwitchingValue[] => {
    if (index === leader.index) return [];
    const margin = own.totalBenefit.minus(other.totalBenefit);
    const leaderConfidence = confidenceAtParity(other.totalBenefit, own.totalSavings, wider);
    const otherConfidence = confidenceAtParity(own.totalBenefit, other.totalSavings, wider);
    return [{
      against: other.option,
      againstIndex: index,
      couldReplaceLeader: !appraisal.hasShortlist || other.shortlist?.shortlisted === true,
      savingsFallToParity: margin,
      savingsFallShare: own.totalSavings.greaterThan(0) ? margin.dividedBy(own.totalSavings) : null,
      savingsFallWithinReach: margin.lessThanOrEqualTo(own.totalSavings),
      leaderConfidenceAtParity: leaderConfidence,
      leaderConfidenceWithinReach: leaderConfidence !== null && leaderConfidence.greaterThanOrEqualTo(ZERO),
      otherConfidenceAtParity: otherConfidence,
      otherConfidenceWithinReach: otherConfidence !== null && otherConfidence.lessThanOrEqualTo(ONE),
      lines: input.savingOpportunities.map((line) => lineSwitchingValue(line.name, line.amounts[leader.index] ?? ZERO, margin)),
    }];
  });
  return { leader, comparisons, binding: bindingComparison(comparisons) };
}

/** The leader's amount on a line minus the margin; below 0 it is out of reach. */
function lineSwitchingValue(line: string, leaderAmount: Decimal, margin: Decimal): LineSwitchingValue {
  const atParity = leaderAmount.minus(margin);
  return { line, leaderAmount, amountAtParity: atParity.isNegative() ? null : atParity };
}

function bindingComparison(comparisons: readonly SwitchingValue[]): SwitchingValue | null {
  let binding: SwitchingValue | null = null;
  for (const comparison of comparisons) {
    const value = comparison.leaderConfidenceAtParity;
    if (!comparison.couldReplaceLeader || value === null) continue;
    if (binding === null || value.greaterThan(binding.leaderConfidenceAtParity as Decimal)) binding = comparison;
  }
  return binding;
}
