/**
 * Monte Carlo speed figures (issue 4), as functions for `npm run bench` to call:
 * - the fast simulation (Float64Array inner loop) on the reference case, 100,000 iterations: goal < 250 ms;
 * - the same model done straightforwardly with decimal.js per draw, for the "at least 50x faster" comparison.
 *   It runs fewer iterations (2,000 by default) and its time is scaled linearly to 100,000: its cost per
 *   iteration is constant, and a full run would take about a minute;
 * - the fast simulation on 60 options x 400 lines, 10,000 iterations.
 */
import { performance } from "node:perf_hooks";
import {
  competitionRanks,
  Decimal,
  DEFAULT_SIMULATION_SETTINGS,
  seededRandom,
  simulate,
  triangular,
  type AppraisalInput,
} from "../src/core";
import { referenceInput } from "./referenceInput";

export interface MonteCarloFigure {
  readonly what: string;
  readonly iterations: number;
  /** Measured time for `iterations`. */
  readonly ms: number;
  /** The time scaled to 100,000 iterations (equal to `ms` when 100,000 were run). */
  readonly msPer100k: number;
}


/** 60 options x 400 lines of pseudo-random whole-pound amounts, risk levels in turn (fixed seed). */
export function largeSimulationInput(optionCount = 60, lineCount = 400): AppraisalInput {
  const reference = referenceInput();
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const risks = ["Low", "Medium", "High"] as const;
  return {
    assumptions: reference.assumptions,
    options: Array.from({ length: optionCount }, (_, o) => ({ name: `Option ${o + 1}`, confidence: new Decimal((50 + (o % 50)) / 100), scores: new Map() })),
    savingOpportunities: Array.from({ length: lineCount }, (_, l) => ({
      name: `Line ${l + 1}`,
      risk: risks[l % 3] as (typeof risks)[number],
      amounts: Array.from({ length: optionCount }, () => new Decimal(next() % 500000)),
    })),
  };
}

function timed(what: string, iterations: number, run: () => unknown): MonteCarloFigure {
  const t0 = performance.now();
  run();
  const ms = performance.now() - t0;
  return { what, iterations, ms, msPer100k: (ms * 100_000) / iterations };
}

/** The fast simulation, reference case. A short warm-up run first, so the JIT has compiled the loop. */
export function fastReferenceSimulation(iterations = 100_000): MonteCarloFigure {
  const input = referenceInput();
  simulate(input, { iterations: 2_000 });
  return timed("Monte Carlo, reference case (Float64Array)", iterations, () => simulate(input, { iterations }));
}

/**
 * The same model straightforwardly: the same draws (same generator and triangular sampler), but every
 * multiplication, sum, rank and percentile in decimal.js, as a first implementation would do it.
 */
export function straightforwardDecimalSimulation(input: AppraisalInput, iterations: number, seed = 1) {
  const next = seededRandom(seed);
  const { lineDistributions, confidenceSpread } = DEFAULT_SIMULATION_SETTINGS;
  const benefits: Decimal[][] = input.options.map(() => []);
  const firsts = input.options.map(() => 0);
  const meets = input.options.map(() => 0);
  const spread = new Decimal(confidenceSpread);
  for (let i = 0; i < iterations; i++) {
    const multipliers = input.savingOpportunities.map((line) => {
      const { min, mode, max } = lineDistributions[line.risk];
      return new Decimal(triangular(next(), min, mode, max));
    });
    const totals = input.options.map((_, o) =>
      input.savingOpportunities.reduce((sum, line, l) => sum.plus((line.amounts[o] ?? new Decimal(0)).times(multipliers[l] as Decimal)), new Decimal(0)),
    );
    const iteration = input.options.map((option, o) => {
      const c = option.confidence;
      const drawn = new Decimal(triangular(next(), c.minus(spread).toNumber(), c.toNumber(), c.plus(spread).toNumber()));
      const clipped = Decimal.min(1, Decimal.max(0, drawn));
      return (totals[o] as Decimal).plus(clipped.times(input.assumptions.widerSavingsTarget));
    });
    competitionRanks(iteration).forEach((rank, o) => {
      if (rank === 1) firsts[o] = (firsts[o] as number) + 1;
      if ((totals[o] as Decimal).greaterThanOrEqualTo(input.assumptions.savingsTarget)) meets[o] = (meets[o] as number) + 1;
      benefits[o]?.push(iteration[o] as Decimal);
    });
  }
  return benefits.map((values, o) => {
    const sorted = [...values].sort((a, b) => a.comparedTo(b));
    const at = (p: number) => sorted[Math.round(p * (sorted.length - 1))];
    return { p10: at(0.1), p50: at(0.5), p90: at(0.9), probabilityFirst: (firsts[o] as number) / iterations, probabilityMeetsTarget: (meets[o] as number) / iterations };
  });
}

export function straightforwardReferenceSimulation(iterations = 2_000): MonteCarloFigure {
  const input = referenceInput();
  straightforwardDecimalSimulation(input, 200);
  return timed("Monte Carlo, reference case (decimal.js per draw)", iterations, () => straightforwardDecimalSimulation(input, iterations));
}

export function largeSimulation(iterations = 10_000): MonteCarloFigure {
  const input = largeSimulationInput();
  simulate(input, { iterations: 200 });
  return timed("Monte Carlo, 60 options x 400 lines (Float64Array)", iterations, () => simulate(input, { iterations }));
}

/** Every figure in one call, with the speed-up of the fast simulation over the straightforward one. */
export function monteCarloFigures(): { figures: MonteCarloFigure[]; speedUp: number } {
  const fast = fastReferenceSimulation();
  const slow = straightforwardReferenceSimulation();
  const large = largeSimulation();
  return { figures: [fast, slow, large], speedUp: slow.msPer100k / fast.msPer100k };
}
