import { ContractError } from "../../errors";
import type { AppraisalInput } from "../../model";
import { percentileInPlace } from "./percentile";
import { seededRandom, type RandomSource } from "./random";
import { checkSimulationSettings, DEFAULT_SIMULATION_SETTINGS, SIMULATION_TOLERANCE, type SimulationSettings } from "./settings";
import { simulationModel, type SimulationModel } from "./simulationModel";
import { triangular } from "./triangular";

/** One option's simulated figures. Doubles, not exact money: they describe a distribution, not a ledger. */
export interface OptionSimulation {
  readonly option: string;
  readonly p10TotalBenefit: number;
  readonly p50TotalBenefit: number;
  readonly p90TotalBenefit: number;
  readonly meanTotalBenefit: number;
  /** Share of iterations in which it ranked 1 (a tie for first counts for each tied option). */
  readonly probabilityFirst: number;
  /** Share of iterations in which its total savings met the savings target. */
  readonly probabilityMeetsTarget: number;
}

export interface SimulationResult {
  /** The stamp of the run (decision 20): with the input fingerprint, enough to reproduce it. */
  readonly seed: number;
  readonly iterations: number;
  readonly settings: SimulationSettings;
  /** One per option, in input order. */
  readonly options: readonly OptionSimulation[];
}

/** A simulation that runs in slices, so a Web Worker can yield between them to hear a cancel message. */
export interface SimulationRun {
  readonly iterationsDone: number;
  readonly finished: boolean;
  /** Runs up to `maxIterations` more; returns true when every iteration is done. */
  step(maxIterations: number): boolean;
  /** The figures over the iterations done so far (all of them once finished). */
  result(): SimulationResult;
}

export interface SimulationHooks {
  /** Called every `progressEvery` iterations and at the end. */
  readonly onProgress?: (iterationsDone: number, iterations: number) => void;
  /** Checked every `progressEvery` iterations; true stops the run. */
  readonly isCancelled?: () => boolean;
  /** Replaces the seeded generator (tests); the result still carries the settings' seed. */
  readonly random?: RandomSource;
}

export type SimulationOutcome =
  | { readonly status: "complete"; readonly result: SimulationResult }
  | { readonly status: "cancelled"; readonly iterationsDone: number };

/** Runs the whole simulation at once, reporting progress and honouring cancel between slices. */
export function simulate(
  input: AppraisalInput,
  settings: Partial<SimulationSettings> = {},
  hooks: SimulationHooks = {},
): SimulationOutcome {
  const full = fullSettings(settings);
  const run = startSimulation(input, full, hooks.random);
  while (!run.finished) {
    if (hooks.isCancelled?.()) return { status: "cancelled", iterationsDone: run.iterationsDone };
    run.step(full.progressEvery);
    hooks.onProgress?.(run.iterationsDone, full.iterations);
  }
  return { status: "complete", result: run.result() };
}

function fullSettings(settings: Partial<SimulationSettings>): SimulationSettings {
  return { ...DEFAULT_SIMULATION_SETTINGS, ...settings };
}

/**
 * Per iteration (decision 20): one draw per saving line, from its risk level's triangular distribution, applied
 * as a multiplier to every option's amount on that line (the risk is the initiative's, common to all options);
 * then one draw per option for its confidence, triangular within +/- the spread, clipped to 0-100 %. Draws are
 * taken in that order, always, so a seed fixes every figure.
 */
export function startSimulation(
  input: AppraisalInput,
  partialSettings: Partial<SimulationSettings> = {},
  random?: RandomSource,
): SimulationRun {
  const settings = fullSettings(partialSettings);
  checkSimulationSettings(settings);
  const model = simulationModel(input, settings.lineDistributions);
  const next = random ?? seededRandom(settings.seed);
  const { iterations } = settings;
  const O = model.optionCount;
  // Option by option, so each option's benefits form one block for its percentiles.
  const benefits = new Float64Array(O * iterations);
  const firsts = new Float64Array(O);
  const meets = new Float64Array(O);
  const multipliers = new Float64Array(model.lineCount);
  const savings = new Float64Array(O);
  const iteration = new Float64Array(O);
  let done = 0;

  const step = (maxIterations: number): boolean => {
    const end = Math.min(iterations, done + Math.max(0, Math.floor(maxIterations)));
    for (; done < end; done++) {
      drawIteration(model, settings.confidenceSpread, next, multipliers, savings, iteration);
      let best = -Infinity;
      for (let o = 0; o < O; o++) {
        const benefit = iteration[o] as number;
        benefits[o * iterations + done] = benefit;
        if (benefit > best) best = benefit;
        if ((savings[o] as number) >= model.savingsTarget - SIMULATION_TOLERANCE) meets[o] = (meets[o] as number) + 1;
      }
      for (let o = 0; o < O; o++) {
        if ((iteration[o] as number) >= best - SIMULATION_TOLERANCE) firsts[o] = (firsts[o] as number) + 1;
      }
    }
    return done >= iterations;
  };

  return {
    get iterationsDone() {
      return done;
    },
    get finished() {
      return done >= iterations;
    },
    step,
    result: () => summarise(model, settings, benefits, firsts, meets, done),
  };
}

/** One draw of the whole appraisal: fills `savings` (total savings) and `benefit` (total benefit) per option. */
function drawIteration(
  model: SimulationModel,
  spread: number,
  next: RandomSource,
  multipliers: Float64Array,
  savings: Float64Array,
  benefit: Float64Array,
): void {
  const { optionCount: O, lineCount: L, amounts, confidence, widerSavingsTarget } = model;
  for (let l = 0; l < L; l++) {
    multipliers[l] = triangular(next(), model.lineMin[l] as number, model.lineMode[l] as number, model.lineMax[l] as number);
  }
  savings.fill(0);
  for (let l = 0; l < L; l++) {
    const m = multipliers[l] as number;
    const row = l * O;
    for (let o = 0; o < O; o++) savings[o] = (savings[o] as number) + m * (amounts[row + o] as number);
  }
  for (let o = 0; o < O; o++) {
    const c = confidence[o] as number;
    const drawn = triangular(next(), c - spread, c, c + spread);
    const clipped = drawn < 0 ? 0 : drawn > 1 ? 1 : drawn;
    benefit[o] = (savings[o] as number) + clipped * widerSavingsTarget;
  }
}

function summarise(
  model: SimulationModel,
  settings: SimulationSettings,
  benefits: Float64Array,
  firsts: Float64Array,
  meets: Float64Array,
  done: number,
): SimulationResult {
  if (done === 0) throw new ContractError("No iterations have run yet");
  const options = model.options.map((option, o): OptionSimulation => {
    const draws = benefits.slice(o * settings.iterations, o * settings.iterations + done);
    let total = 0;
    for (let i = 0; i < done; i++) total += draws[i] as number;
    return {
      option,
      p10TotalBenefit: percentileInPlace(draws, 0.1),
      p50TotalBenefit: percentileInPlace(draws, 0.5),
      p90TotalBenefit: percentileInPlace(draws, 0.9),
      meanTotalBenefit: total / done,
      probabilityFirst: (firsts[o] as number) / done,
      probabilityMeetsTarget: (meets[o] as number) / done,
    };
  });
  return { seed: settings.seed, iterations: done, settings, options };
}
