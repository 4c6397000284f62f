import { appraise, Decimal } from "..";
import { REFERENCE_FIGURES, referenceModel } from "../../../test/helpers/referenceModel";

describe("appraise: the reference case", () => {
  const appraisal = appraise(referenceModel());
  const column = <K extends keyof (typeof appraisal.results)[number]>(key: K) => appraisal.results.map((r) => r[key]);
  const asNumbers = (values: unknown[]) => values.map((v) => (v as Decimal).toNumber());

  it("reproduces every published figure exactly", () => {
    expect(asNumbers(column("totalSavings"))).toEqual(REFERENCE_FIGURES.totalSavings);
    expect(asNumbers(column("revisedBudget"))).toEqual(REFERENCE_FIGURES.revisedBudget);
    expect(asNumbers(column("confidence"))).toEqual(REFERENCE_FIGURES.confidence);
    expect(asNumbers(column("widerSavingsDelivered"))).toEqual(REFERENCE_FIGURES.widerSavingsDelivered);
    expect(asNumbers(column("totalBenefit"))).toEqual(REFERENCE_FIGURES.totalBenefit);
    expect(column("rank")).toEqual(REFERENCE_FIGURES.rank);
    expect(column("percentOfTarget").map((p) => p.times(100).toFixed(1))).toEqual(
      REFERENCE_FIGURES.percentOfTargetRounded,
    );
  });

  it("keeps money exact: no float residue in any figure", () => {
    for (const result of appraisal.results) {
      expect(result.totalBenefit.isInteger()).toBe(true);
      expect(result.widerSavingsDelivered.isInteger()).toBe(true);
    }
  });

  it("only the mutual meets the savings target", () => {
    expect(column("meetsTarget")).toEqual([false, false, false, false, true]);
  });

  it("forms the published shortlist with a reason for every exclusion", () => {
    expect(column("shortlist").map((s) => s?.shortlisted)).toEqual([...REFERENCE_FIGURES.shortlisted]);
    expect(appraisal.results[3]?.shortlist?.reason).toBe("Fails final gateway 'Tested elsewhere' with no High score");
    expect(appraisal.results[2]?.shortlist?.reason).toBe("Fails final gateway 'Tested elsewhere' with no High score");
  });

  it("orders the ranked list by rank", () => {
    expect(appraisal.ranked.map((r) => r.option)).toEqual([
      "Public service mutual",
      "Reformed in-house service",
      "NHS shared service",
      "The Barnet Group",
      "Partnership outside the public sector",
    ]);
  });

  it("forms no shortlist without criteria", () => {
    const { criteria: _ignored, ...withoutCriteria } = referenceModel();
    const result = appraise(withoutCriteria);
    expect(result.hasShortlist).toBe(false);
    expect(result.results.every((r) => r.shortlist === null)).toBe(true);
  });

  it("keeps a ratio unrounded", () => {
    const ratio = appraisal.results[0]?.percentOfTarget as Decimal;
    expect(ratio.times(new Decimal(1962000)).toNumber()).toBeCloseTo(1677660, 20);
    expect(ratio.toFixed().length).toBeGreaterThan(30);
  });
});
