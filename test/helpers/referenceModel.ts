import { Decimal, type AppraisalInput, type CriterionKind, type CriterionScore, type RiskLevel } from "../../src/core";
import {
  REFERENCE_ASSUMPTIONS,
  REFERENCE_CRITERIA,
  REFERENCE_OPTION_ROWS,
  REFERENCE_SAVING_ROWS,
} from "../../src/workbook/templates/referenceExample";

const assumption = (name: string) => new Decimal(REFERENCE_ASSUMPTIONS.find(([n]) => n === name)?.[1] ?? NaN);
const score = (cell: string): CriterionScore => (cell === "Yes" ? "pass" : cell === "No" ? "fail" : (cell as CriterionScore));

/** The reference case as the engine's model, built straight from the template rows (no workbook involved). */
export function referenceModel(): AppraisalInput {
  return {
    assumptions: {
      inScopeServiceValue: assumption("In-scope service value"),
      savingsTarget: assumption("Savings target"),
      widerSavingsTarget: assumption("Wider savings target"),
      currency: "GBP",
    },
    criteria: REFERENCE_CRITERIA.map(([name, kind]) => ({ name, kind: kind as CriterionKind })),
    options: REFERENCE_OPTION_ROWS.map(([name, confidence, ...scores]) => ({
      name,
      confidence: new Decimal(confidence),
      scores: new Map(REFERENCE_CRITERIA.map(([criterion], i) => [criterion, score(scores[i] as string)])),
    })),
    savingOpportunities: REFERENCE_SAVING_ROWS.map(([name, risk, ...amounts]) => ({
      name,
      risk: risk as RiskLevel,
      amounts: amounts.map((a) => new Decimal(a ?? 0)),
    })),
  };
}

/** The published figures (appraisal-method.md), by option in input order. */
export const REFERENCE_FIGURES = {
  totalSavings: [1677660, 1662833, 1460000, 1611186, 2105898],
  percentOfTargetRounded: ["85.5", "84.8", "74.4", "82.1", "107.3"],
  revisedBudget: [12925448, 12940275, 13143108, 12991922, 12497210],
  confidence: [0.85, 0.85, 0.85, 0.85, 0.95],
  widerSavingsDelivered: [11141035, 11141035, 11141035, 11141035, 12451745],
  totalBenefit: [12818695, 12803868, 12601035, 12752221, 14557643],
  rank: [2, 3, 5, 4, 1],
  shortlisted: [true, true, false, false, true],
} as const;
