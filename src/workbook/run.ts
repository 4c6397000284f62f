import { analyseRobustness, appraise, hasErrors, simulate, type Appraisal, type AppraisalInput, type Issue, type RobustnessAnalysis, type SimulationResult } from "../core";
import { readInputs, type InputSources, type RobustnessRead } from "./read";
import type { WorkbookSnapshot } from "./snapshot";
import { checkOutputSheets, OUTPUT_SHEETS, planOutputs, type RunStamp } from "./write";
import type { WritePlan } from "./writePlan";

/** A simulation's figures with the fingerprint of the inputs it simulated (decision 20). */
export interface StampedSimulation {
  readonly fingerprint: string;
  readonly result: SimulationResult;
}

export interface RunOptions {
  /** A simulation made earlier (the task pane's worker); used only when its fingerprint matches the inputs. */
  readonly simulation?: StampedSimulation | null;
  /** Simulate now with this many iterations (the command line's `--simulate N`). */
  readonly simulateIterations?: number;
}

export type RunResult =
  | {
      readonly ok: true;
      readonly input: AppraisalInput;
      readonly sources: InputSources;
      readonly appraisal: Appraisal;
      readonly robustness: RobustnessRead;
      readonly analysis: RobustnessAnalysis;
      readonly plan: WritePlan;
      /** Warnings from reading, and notes on how the outputs were written. */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The one pipeline both hosts share: read and check the inputs, refuse to touch sheets the add-in does
 * not own, appraise, analyse robustness and plan the outputs. When any error is found, there is no plan:
 * nothing is written.
 */
export function runAppraisal(workbook: WorkbookSnapshot, stamp: RunStamp, options: RunOptions = {}): RunResult {
  const read = readInputs(workbook);
  const issues = [...read.issues, ...checkOutputSheets(workbook)];
  if (!read.ok || hasErrors(issues)) return { ok: false, issues };
  const appraisal = appraise(read.input);
  const simulation = simulationFor(read.input, read.robustness, read.sources.fingerprint, options, issues);
  const analysis = analyseRobustness(read.input, appraisal, read.robustness.settings, read.profile, simulation);
  const { plan, notes } = planOutputs({ appraisal, input: read.input, sources: read.sources, robustness: read.robustness, analysis, stamp });
  const written: Issue[] = notes.map((note) => ({ code: note.code, severity: "warning", message: note.message, ...(note.place ? { place: note.place } : {}) }));
  return { ok: true, input: read.input, sources: read.sources, appraisal, robustness: read.robustness, analysis, plan, issues: [...issues, ...written] };
}

function simulationFor(input: AppraisalInput, robustness: RobustnessRead, fingerprint: string, options: RunOptions, issues: Issue[]): SimulationResult | null {
  if (options.simulateIterations !== undefined) {
    const outcome = simulate(input, { ...robustness.settings.simulation, iterations: options.simulateIterations });
    return outcome.status === "complete" ? outcome.result : null;
  }
  const earlier = options.simulation;
  if (!earlier) return null;
  if (earlier.fingerprint === fingerprint) return earlier.result;
  issues.push({
    code: "SIMULATION_OUT_OF_DATE",
    severity: "warning",
    message: "The inputs changed after the last simulation, so its results are not shown; run the simulation again.",
    place: { sheet: OUTPUT_SHEETS.riskSensitivity.name },
  });
  return null;
}
