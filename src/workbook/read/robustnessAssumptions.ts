/**
 * The optional assumptions of issue 4. Each has a documented default (decision 16): a row in the
 * Assumptions table overrides it, and the Risk & Sensitivity sheet shows which was used.
 */
export const ROBUSTNESS_ASSUMPTIONS = {
  riskWeightLow: "Risk weight Low",
  riskWeightMedium: "Risk weight Medium",
  riskWeightHigh: "Risk weight High",
  discountRate: "Discount rate",
  seed: "Seed",
  confidenceSpread: "Confidence spread",
  lowRiskMinimum: "Low risk minimum",
  lowRiskMostLikely: "Low risk most likely",
  lowRiskMaximum: "Low risk maximum",
  mediumRiskMinimum: "Medium risk minimum",
  mediumRiskMostLikely: "Medium risk most likely",
  mediumRiskMaximum: "Medium risk maximum",
  highRiskMinimum: "High risk minimum",
  highRiskMostLikely: "High risk most likely",
  highRiskMaximum: "High risk maximum",
} as const;

export type RobustnessKey = keyof typeof ROBUSTNESS_ASSUMPTIONS;

/** How each value is read: a share (a percentage, between the bounds) or a whole number. */
export interface SettingRule {
  readonly kind: "share" | "whole number";
  readonly min: number;
  readonly max: number;
  /** Said in messages: what the value means. */
  readonly meaning: string;
}

const weight = (level: string): SettingRule => ({ kind: "share", min: 0, max: 1, meaning: `the share of a ${level}-risk saving that counts` });
const outcome = (level: string, point: string): SettingRule => ({
  kind: "share",
  min: 0,
  max: 10,
  meaning: `the ${point} outcome of a ${level}-risk saving, as a share of its estimate`,
});

export const SETTING_RULES: Readonly<Record<RobustnessKey, SettingRule>> = {
  riskWeightLow: weight("Low"),
  riskWeightMedium: weight("Medium"),
  riskWeightHigh: weight("High"),
  discountRate: { kind: "share", min: 0, max: 1, meaning: "the yearly discount rate" },
  seed: { kind: "whole number", min: 0, max: 4_294_967_295, meaning: "the simulation's seed" },
  confidenceSpread: { kind: "share", min: 0, max: 1, meaning: "how far each option's confidence may move either way in the simulation" },
  lowRiskMinimum: outcome("Low", "lowest"),
  lowRiskMostLikely: outcome("Low", "most likely"),
  lowRiskMaximum: outcome("Low", "highest"),
  mediumRiskMinimum: outcome("Medium", "lowest"),
  mediumRiskMostLikely: outcome("Medium", "most likely"),
  mediumRiskMaximum: outcome("Medium", "highest"),
  highRiskMinimum: outcome("High", "lowest"),
  highRiskMostLikely: outcome("High", "most likely"),
  highRiskMaximum: outcome("High", "highest"),
};
