import { ContractError } from "../../errors";
import type { RiskLevel } from "../../model";

/** Triangular outcome of a saving line as a share of its estimate: 0.7 / 1 / 1.1 = 70 % to 110 %, most likely 100 %. */
export interface Triangular {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

export type LineDistributions = Readonly<Record<RiskLevel, Triangular>>;

/**
 * Defaults by risk level (decision 20; overridable by assumptions). The estimate is the most likely outcome;
 * the downside is longer than the upside because savings plans tend to fall short (the Green Book's optimism
 * bias): Low -10 % / +5 %, Medium -30 % / +10 %, High -60 % / +20 %. Means 98.3 %, 93.3 %, 86.7 %.
 */
export const DEFAULT_LINE_DISTRIBUTIONS: LineDistributions = {
  Low: { min: 0.9, mode: 1, max: 1.05 },
  Medium: { min: 0.7, mode: 1, max: 1.1 },
  High: { min: 0.4, mode: 1, max: 1.2 },
};

export interface SimulationSettings {
  /** Draws of the whole appraisal (default 10,000). */
  readonly iterations: number;
  /** The workbook's `Seed`: the same seed and inputs give the same figures, in Node and in the browser. */
  readonly seed: number;
  readonly lineDistributions: LineDistributions;
  /** Half-width of each option's triangular confidence draw around its value, as a fraction (0.1 = 10 points). */
  readonly confidenceSpread: number;
  /** How often (in iterations) progress is reported and cancel is checked. */
  readonly progressEvery: number;
}

export const DEFAULT_SIMULATION_SETTINGS: SimulationSettings = {
  iterations: 10_000,
  seed: 1,
  lineDistributions: DEFAULT_LINE_DISTRIBUTIONS,
  confidenceSpread: 0.1,
  progressEvery: 1_000,
};

/**
 * Two floats closer than a millionth of a pound count as equal when ranking first and meeting the target, so
 * that rounding noise in double arithmetic cannot split a tie that the exact engine sees. Against the exact
 * engine, a zero-width simulation agrees to within this tolerance for totals up to about £1bn.
 */
export const SIMULATION_TOLERANCE = 1e-6;

/** Throws a ContractError for settings the simulation cannot use; the workbook layer reports bad cells first. */
export function checkSimulationSettings(settings: SimulationSettings): void {
  if (!Number.isSafeInteger(settings.iterations) || settings.iterations < 1) {
    throw new ContractError(`Iterations must be a whole number of at least 1, not ${settings.iterations}`);
  }
  if (!Number.isSafeInteger(settings.progressEvery) || settings.progressEvery < 1) {
    throw new ContractError(`progressEvery must be a whole number of at least 1, not ${settings.progressEvery}`);
  }
  if (!(settings.confidenceSpread >= 0 && settings.confidenceSpread <= 1)) {
    throw new ContractError(`The confidence spread must be between 0 and 1, not ${settings.confidenceSpread}`);
  }
  for (const [risk, { min, mode, max }] of Object.entries(settings.lineDistributions)) {
    if (!(min >= 0 && min <= mode && mode <= max && Number.isFinite(max))) {
      throw new ContractError(`The ${risk} risk distribution needs 0 <= min <= mode <= max, not ${min} / ${mode} / ${max}`);
    }
  }
}
