import fc from "fast-check";
import {
  appraise,
  Decimal,
  percentileInPlace,
  seededRandom,
  simulate,
  startSimulation,
  triangular,
  triangularMean,
  SIMULATION_TOLERANCE,
  type AppraisalInput,
  type SimulationResult,
} from "../..";
import { referenceModel } from "../../../../test/helpers/referenceModel";

const complete = (outcome: ReturnType<typeof simulate>): SimulationResult => {
  if (outcome.status !== "complete") throw new Error("the simulation was cancelled");
  return outcome.result;
};
const ZERO_WIDTH = { Low: { min: 1, mode: 1, max: 1 }, Medium: { min: 1, mode: 1, max: 1 }, High: { min: 1, mode: 1, max: 1 } };

describe("seeded random numbers", () => {
  it("are the same sequence for the same seed, here and in any browser (32-bit integer steps only)", () => {
    const next = seededRandom(1);
    const first = [next(), next(), next()].map((u) => Math.round(u * 4294967296));
    // Pinned: a change here changes every published simulation figure.
    expect(first).toEqual(pinnedFirstDraws);
    const again = seededRandom(1);
    expect([again(), again(), again()].map((u) => Math.round(u * 4294967296))).toEqual(first);
  });

  it("differ between nearby seeds and stay in [0, 1)", () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    let sum = 0;
    let outside = 0;
    let same = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = a();
      if (u < 0 || u >= 1) outside++;
      if (u === b()) same++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(same).toBe(0);
    // Mean of 100,000 uniforms: standard error 0.0009; 0.005 is over 5 standard errors.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });

  it("refuse a seed that is not a whole number", () => {
    expect(() => seededRandom(1.5)).toThrow(/whole number/);
  });
});

// Computed once from the generator and pinned (see the test above).
const pinnedFirstDraws = [393288148, 2174103013, 3814759091];

describe("triangular draws", () => {
  it("have the mean and variance of the distribution (200,000 draws, within 0.3 % and 2 %)", () => {
    const next = seededRandom(7);
    const [min, mode, max] = [0.4, 1, 1.2];
    let sum = 0;
    let squares = 0;
    const n = 200_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const x = triangular(next(), min, mode, max);
      if (x < min || x > max) outside++;
      sum += x;
      squares += x * x;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    const variance = squares / n - mean * mean;
    const expectedVariance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
    expect(Math.abs(mean / triangularMean(min, mode, max) - 1)).toBeLessThan(0.003);
    expect(Math.abs(variance / expectedVariance - 1)).toBeLessThan(0.02);
  });

  it("return the mode when the width is zero, and the ends at u = 0", () => {
    expect(triangular(0.3, 1, 1, 1)).toBe(1);
    expect(triangular(0, 0.7, 1, 1.1)).toBe(0.7);
    expect(triangular(0, 1, 1, 1.2)).toBe(1);
  });
});

describe("Monte Carlo: the reference case", () => {
  const input = referenceModel();

  it("with zero-width distributions equals the exact engine (within a millionth of a pound)", () => {
    const result = complete(simulate(input, { iterations: 500, lineDistributions: ZERO_WIDTH, confidenceSpread: 0 }));
    const exact = appraise(input).results;
    result.options.forEach((o, i) => {
      const benefit = (exact[i]?.totalBenefit as Decimal).toNumber();
      for (const figure of [o.p10TotalBenefit, o.p50TotalBenefit, o.p90TotalBenefit, o.meanTotalBenefit]) {
        expect(Math.abs(figure - benefit)).toBeLessThanOrEqual(SIMULATION_TOLERANCE);
      }
      expect(o.probabilityFirst).toBe(exact[i]?.rank === 1 ? 1 : 0);
      expect(o.probabilityMeetsTarget).toBe(exact[i]?.meetsTarget ? 1 : 0);
    });
  });

  it("counts a tie for first as first for each tied option (line draws are common to all options)", () => {
    // The NHS option given the mutual's amounts and confidence: the two are level in every iteration.
    const copy: AppraisalInput = {
      ...input,
      options: input.options.map((o, i) => (i === 1 ? { ...o, confidence: new Decimal("0.95") } : o)),
      savingOpportunities: input.savingOpportunities.map((l) => ({ ...l, amounts: l.amounts.map((a, o) => (o === 1 ? (l.amounts[4] as Decimal) : a)) })),
    };
    const result = complete(simulate(copy, { iterations: 1_000, seed: 3, confidenceSpread: 0 }));
    expect(result.options.map((o) => o.probabilityFirst)).toEqual([0, 1, 0, 0, 1]);
  });

  it("gives identical figures for the same seed, run to run, and different ones for another seed", () => {
    const a = complete(simulate(input, { iterations: 2_000, seed: 42 }));
    const b = complete(simulate(input, { iterations: 2_000, seed: 42 }));
    const c = complete(simulate(input, { iterations: 2_000, seed: 43 }));
    expect(b).toEqual(a);
    expect(c.options[4]?.meanTotalBenefit).not.toBe(a.options[4]?.meanTotalBenefit);
    expect(a).toMatchObject({ seed: 42, iterations: 2_000 });
  });

  it("gives the same figures whether run at once or in slices (as a Web Worker would)", () => {
    const whole = complete(simulate(input, { iterations: 3_000, seed: 5 }));
    const run = startSimulation(input, { iterations: 3_000, seed: 5 });
    let slices = 0;
    while (!run.step(7)) slices++;
    expect(slices).toBe(Math.ceil(3_000 / 7) - 1);
    expect(run.result()).toEqual(whole);
  });

  it("converges on the known means: each option's mean total benefit within 0.1 % (20,000 iterations)", () => {
    const spread = 0.1;
    const result = complete(simulate(input, { iterations: 20_000, seed: 2024, confidenceSpread: spread }));
    const lineMean: Record<string, number> = { Low: (0.9 + 1 + 1.05) / 3, Medium: (0.7 + 1 + 1.1) / 3, High: (0.4 + 1 + 1.2) / 3 };
    // A confidence c within [c - 0.1, c + 0.1] clipped at 100 %: for 95 % the mean loses the part above 1,
    // integral of (x - 1) x 100 (1.05 - x) over [1, 1.05] = 0.0020833...
    const confidenceMean = (c: number) => (c + spread > 1 ? c - (100 * (0.05 * 0.0025 / 2 - 0.000125 / 3)) : c);
    input.options.forEach((option, o) => {
      const savings = input.savingOpportunities.reduce((sum, l) => sum + (l.amounts[o] as Decimal).toNumber() * (lineMean[l.risk] as number), 0);
      const expected = savings + confidenceMean(option.confidence.toNumber()) * input.assumptions.widerSavingsTarget.toNumber();
      expect(Math.abs((result.options[o]?.meanTotalBenefit as number) / expected - 1)).toBeLessThan(0.001);
    });
  });

  it("orders P10 <= P50 <= P90 and gives probabilities between 0 and 1", () => {
    const result = complete(simulate(input, { iterations: 5_000 }));
    for (const o of result.options) {
      expect(o.p10TotalBenefit).toBeLessThanOrEqual(o.p50TotalBenefit);
      expect(o.p50TotalBenefit).toBeLessThanOrEqual(o.p90TotalBenefit);
      expect(o.probabilityFirst).toBeGreaterThanOrEqual(0);
      expect(o.probabilityMeetsTarget).toBeLessThanOrEqual(1);
    }
    expect(result.options.reduce((s, o) => s + o.probabilityFirst, 0)).toBeGreaterThanOrEqual(1);
  });
});

describe("Monte Carlo: progress and cancel", () => {
  const input = referenceModel();

  it("reports progress every N iterations and at the end", () => {
    const seen: number[] = [];
    complete(simulate(input, { iterations: 2_500, progressEvery: 1_000 }, { onProgress: (done, total) => seen.push(done / total) }));
    expect(seen).toEqual([0.4, 0.8, 1]);
  });

  it("stops when cancelled, saying how far it got", () => {
    let checks = 0;
    const outcome = simulate(input, { iterations: 10_000, progressEvery: 1_000 }, { isCancelled: () => ++checks > 3 });
    expect(outcome).toEqual({ status: "cancelled", iterationsDone: 3_000 });
  });

  it("takes an injected random source", () => {
    const result = complete(simulate(input, { iterations: 10 }, { random: () => 0 }));
    // u = 0 draws every line at its minimum and every confidence 10 points down.
    const lowInHouse = 250000 * 0.9 + 700000 * 0.9 + 300000 * 0.9 + 227660 * 0.7 + 200000 * 0.7 + 0.75 * 13107100;
    expect(Math.abs((result.options[0]?.p50TotalBenefit as number) - lowInHouse)).toBeLessThan(1e-6);
  });

  it("refuses settings it cannot use", () => {
    expect(() => simulate(input, { iterations: 0 })).toThrow(/Iterations/);
    expect(() => simulate(input, { lineDistributions: { ...ZERO_WIDTH, High: { min: 1, mode: 0.5, max: 1 } } })).toThrow(/High/);
  });
});

describe("percentiles", () => {
  const sortedPercentile = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    const position = p * (sorted.length - 1);
    const below = Math.floor(position);
    const lower = sorted[below] as number;
    return lower + ((sorted[Math.min(below + 1, sorted.length - 1)] as number) - lower) * (position - below);
  };

  it("equal sorting and interpolating like PERCENTILE.INC, ties and all", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }), fc.constantFrom(0, 0.1, 0.5, 0.9, 1), (values, p) => {
        expect(percentileInPlace(Float64Array.from(values), p)).toBeCloseTo(sortedPercentile(values, p), 9);
      }),
    );
  });

  it("gives the mean of the middle two for an even count", () => {
    expect(percentileInPlace(Float64Array.from([4, 1, 3, 2]), 0.5)).toBe(2.5);
  });
});
