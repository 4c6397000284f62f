import { formatPercent } from "../money";
import type { SimulationResult } from "./simulation";
import type { SwitchingValues } from "./switchingValues";

/**
 * The headline's sentence on robustness, e.g. "Public service mutual ranks first in 87% of simulations; it
 * would lose first place if its confidence fell below 81.7%." Null unless a simulation of the current inputs
 * exists (decision 20: the caller passes one only when its input fingerprint matches) and there is a leader.
 */
export function robustnessClause(switching: SwitchingValues, simulation: SimulationResult | null | undefined): string | null {
  const { leader, binding } = switching;
  if (!simulation || !leader.found) return null;
  const simulated = simulation.options[leader.index];
  if (simulated === undefined || simulated.option !== leader.option) return null;
  const first = `${leader.option} ranks first in ${shareOfSimulations(simulated.probabilityFirst)} of simulations`;
  const value = binding?.leaderConfidenceAtParity;
  if (!binding || !value) return `${first}.`;
  if (!binding.leaderConfidenceWithinReach) return `${first}; no fall in its confidence alone would cost it first place.`;
  return `${first}; it would lose first place if its confidence fell below ${formatPercent(value)}.`;
}

/** Whole percent, but never "100%" unless every simulation, nor "0%" unless none. */
function shareOfSimulations(probability: number): string {
  const percent = Math.round(probability * 100);
  if (percent === 100 && probability < 1) return "over 99%";
  if (percent === 0 && probability > 0) return "under 1%";
  return `${percent}%`;
}
