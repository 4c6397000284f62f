import { simulationRequest, type SimulationRequest, type SimulationResult } from "../core";
import type { RunResult } from "../workbook";

/** What the pane shows of issue 4 after a run, and what its worker needs to simulate these inputs. */
export interface RobustnessReport {
  readonly leader: string | null;
  /** The switching value that binds: the leader's confidence at which it would draw level with `against`. */
  readonly binding: { readonly against: string; readonly leaderConfidenceAtParity: number; readonly withinReach: boolean } | null;
  /** Risk-weighted rank per option, in input order. */
  readonly riskWeightedRanks: readonly { readonly option: string; readonly rank: number }[];
  /** The headline's robustness sentence; null unless a simulation of these inputs was written. */
  readonly clause: string | null;
  /** The simulation written with this run, if any. */
  readonly simulation: SimulationResult | null;
  readonly request: SimulationRequest;
}

export function robustnessReport(result: Extract<RunResult, { ok: true }>): RobustnessReport {
  const { switching, riskWeighting, clause, simulation } = result.analysis;
  const binding = switching.binding;
  return {
    leader: switching.leader.found ? switching.leader.option : null,
    binding: binding?.leaderConfidenceAtParity
      ? { against: binding.against, leaderConfidenceAtParity: binding.leaderConfidenceAtParity.toNumber(), withinReach: binding.leaderConfidenceWithinReach }
      : null,
    riskWeightedRanks: riskWeighting.map((r) => ({ option: r.option, rank: r.riskWeightedRank })),
    clause,
    simulation,
    request: simulationRequest(result.input, result.robustness.settings.simulation, result.sources.fingerprint),
  };
}
