import { Decimal, ZERO } from "../money";
import type { SavingOpportunity } from "../model";

/** Sum of one option's amounts over every saving line. */
export function totalSavings(lines: readonly SavingOpportunity[], optionIndex: number): Decimal {
  let total = ZERO;
  for (const line of lines) {
    const amount = line.amounts[optionIndex];
    if (amount !== undefined) total = total.plus(amount);
  }
  return total;
}

export function percentOfTarget(total: Decimal, savingsTarget: Decimal): Decimal {
  return total.dividedBy(savingsTarget);
}

export function meetsTarget(total: Decimal, savingsTarget: Decimal): boolean {
  return total.greaterThanOrEqualTo(savingsTarget);
}

export function revisedBudget(inScopeServiceValue: Decimal, total: Decimal): Decimal {
  return inScopeServiceValue.minus(total);
}

export function widerSavingsDelivered(confidence: Decimal, widerSavingsTarget: Decimal): Decimal {
  return confidence.times(widerSavingsTarget);
}

export function totalBenefit(total: Decimal, wider: Decimal): Decimal {
  return total.plus(wider);
}
