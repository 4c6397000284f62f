import type { Decimal } from "../money";

export type RiskLevel = "Low" | "Medium" | "High";
export const RISK_LEVELS: readonly RiskLevel[] = ["Low", "Medium", "High"];

export type CriterionKind = "Gateway" | "Ranking" | "Final gateway";
export const CRITERION_KINDS: readonly CriterionKind[] = ["Gateway", "Ranking", "Final gateway"];

/** A gateway cell is a pass or a fail; a ranking cell a High, Medium or Low score. */
export type CriterionScore = "pass" | "fail" | "High" | "Medium" | "Low";

export interface Assumptions {
  readonly inScopeServiceValue: Decimal;
  readonly savingsTarget: Decimal;
  readonly widerSavingsTarget: Decimal;
  readonly savingsPeriod?: string;
  readonly currency: string;
}

export interface Criterion {
  readonly name: string;
  readonly kind: CriterionKind;
}

export interface DeliveryOption {
  readonly name: string;
  /** Fraction from 0 to 1 of delivering the wider savings target. */
  readonly confidence: Decimal;
  /** Score per criterion name, for the criteria that exist. */
  readonly scores: ReadonlyMap<string, CriterionScore>;
}

export interface SavingOpportunity {
  readonly name: string;
  readonly risk: RiskLevel;
  /** One amount per option, in the order of `AppraisalInput.options`; blank is 0. */
  readonly amounts: readonly Decimal[];
}

export interface AppraisalInput {
  readonly assumptions: Assumptions;
  readonly options: readonly DeliveryOption[];
  readonly savingOpportunities: readonly SavingOpportunity[];
  /** Absent when the workbook has no Criteria table: then no shortlist is formed. */
  readonly criteria?: readonly Criterion[];
}

export interface ShortlistDecision {
  readonly shortlisted: boolean;
  /** Why, in words: every exclusion names the criterion that excluded it. */
  readonly reason: string;
}

export interface OptionResult {
  readonly option: string;
  readonly totalSavings: Decimal;
  readonly percentOfTarget: Decimal;
  readonly meetsTarget: boolean;
  readonly revisedBudget: Decimal;
  readonly confidence: Decimal;
  readonly widerSavingsDelivered: Decimal;
  readonly totalBenefit: Decimal;
  readonly rank: number;
  /** Null when there is no Criteria table. */
  readonly shortlist: ShortlistDecision | null;
}

export interface Appraisal {
  /** One result per option, in input order. */
  readonly results: readonly OptionResult[];
  /** The same results ordered by rank, ties in input order. */
  readonly ranked: readonly OptionResult[];
  readonly hasShortlist: boolean;
}
