export {
  DEFAULT_RISK_WEIGHTS,
  riskWeightedTotalSavings,
  riskWeighting,
  shareOfSavingsByRisk,
  type RiskWeightedResult,
  type RiskWeights,
} from "./riskWeighting";
export { leaderOf, type Leader } from "./leader";
export {
  confidenceAtParity,
  switchingValues,
  type LineSwitchingValue,
  type SwitchingValue,
  type SwitchingValues,
} from "./switchingValues";
export {
  DEFAULT_SENSITIVITY_FACTORS,
  sensitivity,
  sensitivityInputs,
  type Sensitivity,
  type SensitivityCell,
  type SensitivityInput,
  type SensitivityRow,
} from "./sensitivity";
export { tornado, type Tornado, type TornadoBar } from "./tornado";
export {
  DEFAULT_DISCOUNT_RATE,
  discountFactor,
  presentValue,
  presentValues,
  type PresentValueResult,
  type SavingsProfileYear,
} from "./discounting";
export { robustnessClause } from "./robustnessClause";
export * from "./simulation";
export {
  analyseRobustness,
  DEFAULT_ROBUSTNESS_SETTINGS,
  type RobustnessAnalysis,
  type RobustnessSettings,
} from "./robustness";
