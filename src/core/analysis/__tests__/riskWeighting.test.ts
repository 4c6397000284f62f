import fc from "fast-check";
import { appraise, Decimal, riskWeighting, riskWeightedTotalSavings, DEFAULT_RISK_WEIGHTS, type RiskLevel } from "../..";
import { referenceModel } from "../../../../test/helpers/referenceModel";
import { REFERENCE_SAVING_ROWS } from "../../../workbook/templates/referenceExample";
import { appraisalInput } from "./arbitraries";

const WEIGHT: Record<string, number> = { Low: 100, Medium: 75, High: 50 };
const WIDER = 13107100;
const CONFIDENCE_POINTS = [85, 85, 85, 85, 95];

/** Independent arithmetic on the template rows, in whole pence, so no library rounding is involved. */
function weightedPenceFromRows(option: number): bigint {
  let pence = 0n;
  for (const [, risk, ...amounts] of REFERENCE_SAVING_ROWS) {
    pence += BigInt(amounts[option] ?? 0) * BigInt(WEIGHT[risk] as number); // pounds x percent = pence
  }
  return pence;
}

describe("risk weighting: the reference case", () => {
  const results = riskWeighting(referenceModel());

  it("gives the risk-weighted total savings from first principles", () => {
    const expectedPence = [0, 1, 2, 3, 4].map(weightedPenceFromRows);
    expect(results.map((r) => r.riskWeightedTotalSavings.times(100).toFixed())).toEqual(expectedPence.map(String));
    // The published figures (appraisal-method.md), as written there.
    expect(results.map((r) => r.riskWeightedTotalSavings.toFixed())).toEqual(["1570745", "1497124.75", "1460000", "1458389.5", "1841923.5"]);
  });

  it("adds the wider savings delivered, unweighted (decision 17), and ranks on the result", () => {
    const expectedPence = [0, 1, 2, 3, 4].map((o) => weightedPenceFromRows(o) + BigInt(CONFIDENCE_POINTS[o] as number) * BigInt(WIDER));
    expect(results.map((r) => r.riskWeightedTotalBenefit.times(100).toFixed())).toEqual(expectedPence.map(String));
    expect(results.map((r) => r.riskWeightedTotalBenefit.toFixed())).toEqual([
      "12711780", "12638159.75", "12601035", "12599424.5", "14293668.5",
    ]);
    // The Barnet Group and the partnership swap places against the unweighted ranks 2 / 3 / 5 / 4 / 1.
    expect(results.map((r) => r.riskWeightedRank)).toEqual([2, 3, 4, 5, 1]);
  });

  it("gives the share of savings at each risk level", () => {
    const high = results.map((r) => r.shareOfSavingsByRisk?.High.times(100).toDecimalPlaces(2).toFixed(2));
    expect(high).toEqual(["0.00", "6.01", "0.00", "6.21", "16.62"]);
    expect(results[4]?.shareOfSavingsByRisk?.High.equals(new Decimal(350000).dividedBy(2105898))).toBe(true);
    for (const r of results) {
      const shares = r.shareOfSavingsByRisk;
      expect(shares && shares.Low.plus(shares.Medium).plus(shares.High).minus(1).abs().lessThan("1e-35")).toBe(true);
    }
  });

  it("takes weights from the assumptions when given", () => {
    const weights = { Low: new Decimal(1), Medium: new Decimal(1), High: new Decimal(0) };
    const mutual = riskWeightedTotalSavings(referenceModel().savingOpportunities, 4, weights);
    expect(mutual.toFixed()).toBe(String(2105898 - 150000 - 200000));
  });

  it("has no share when an option saves nothing", () => {
    const input = referenceModel();
    const blank = { ...input, savingOpportunities: input.savingOpportunities.map((l) => ({ ...l, amounts: l.amounts.map(() => new Decimal(0)) })) };
    expect(riskWeighting(blank)[0]?.shareOfSavingsByRisk).toBeNull();
  });
});

describe("risk weighting: laws", () => {
  it("with every weight at 100 % it is the appraisal itself", () => {
    const full: Record<RiskLevel, Decimal> = { Low: new Decimal(1), Medium: new Decimal(1), High: new Decimal(1) };
    fc.assert(
      fc.property(appraisalInput, (input) => {
        const weighted = riskWeighting(input, full);
        const plain = appraise(input).results;
        weighted.forEach((r, i) => {
          expect(r.riskWeightedTotalBenefit.equals(plain[i]?.totalBenefit as Decimal)).toBe(true);
          expect(r.riskWeightedRank).toBe(plain[i]?.rank);
        });
      }),
    );
  });

  it("never exceeds the unweighted total when savings are not negative and weights are at most 100 %", () => {
    fc.assert(
      fc.property(appraisalInput, (input) => {
        const positive = { ...input, savingOpportunities: input.savingOpportunities.map((l) => ({ ...l, amounts: l.amounts.map((a) => a.abs()) })) };
        const plain = appraise(positive).results;
        riskWeighting(positive, DEFAULT_RISK_WEIGHTS).forEach((r, i) => {
          expect(r.riskWeightedTotalSavings.lessThanOrEqualTo(plain[i]?.totalSavings as Decimal)).toBe(true);
        });
      }),
    );
  });
});
