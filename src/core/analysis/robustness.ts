import type { Decimal } from "../money";
import type { Appraisal, AppraisalInput } from "../model";
import { DEFAULT_DISCOUNT_RATE, presentValues, type PresentValueResult, type SavingsProfileYear } from "./discounting";
import { DEFAULT_RISK_WEIGHTS, riskWeighting, type RiskWeightedResult, type RiskWeights } from "./riskWeighting";
import { robustnessClause } from "./robustnessClause";
import { sensitivity, type Sensitivity } from "./sensitivity";
import { DEFAULT_SIMULATION_SETTINGS, type SimulationResult, type SimulationSettings } from "./simulation";
import { switchingValues, type SwitchingValues } from "./switchingValues";
import { tornado, type Tornado } from "./tornado";

/** Everything issue 4 reads from the workbook beyond the appraisal itself; each has a documented default. */
export interface RobustnessSettings {
  readonly riskWeights: RiskWeights;
  readonly discountRate: Decimal;
  /** Seed, line distributions and confidence spread; iterations are asked for at run time. */
  readonly simulation: Pick<SimulationSettings, "seed" | "lineDistributions" | "confidenceSpread">;
}

export const DEFAULT_ROBUSTNESS_SETTINGS: RobustnessSettings = {
  riskWeights: DEFAULT_RISK_WEIGHTS,
  discountRate: DEFAULT_DISCOUNT_RATE,
  simulation: {
    seed: DEFAULT_SIMULATION_SETTINGS.seed,
    lineDistributions: DEFAULT_SIMULATION_SETTINGS.lineDistributions,
    confidenceSpread: DEFAULT_SIMULATION_SETTINGS.confidenceSpread,
  },
};

export interface RobustnessAnalysis {
  readonly riskWeighting: readonly RiskWeightedResult[];
  readonly switching: SwitchingValues;
  readonly sensitivity: Sensitivity;
  /** The leader's tornado; null when there is no leader. */
  readonly tornado: Tornado | null;
  /** Null when the workbook has no savings profile. */
  readonly presentValues: readonly PresentValueResult[] | null;
  /** Only a simulation of the current inputs (the caller checks the fingerprint); null otherwise. */
  readonly simulation: SimulationResult | null;
  /** The headline's sentence on robustness; null without a simulation (decision 20). */
  readonly clause: string | null;
}

/** The whole robustness analysis of one appraisal: exact figures, plus the simulation when one was run. */
export function analyseRobustness(
  input: AppraisalInput,
  appraisal: Appraisal,
  settings: RobustnessSettings,
  profile: readonly SavingsProfileYear[] | null,
  simulation: SimulationResult | null,
): RobustnessAnalysis {
  const switching = switchingValues(input, appraisal);
  const table = sensitivity(input, undefined, appraisal);
  return {
    riskWeighting: riskWeighting(input, settings.riskWeights),
    switching,
    sensitivity: table,
    tornado: switching.leader.found ? tornado(table, switching.leader.index) : null,
    presentValues: profile ? presentValues(input.options, profile, settings.discountRate) : null,
    simulation,
    clause: robustnessClause(switching, simulation),
  };
}
