import fc from "fast-check";
import { appraise, Decimal, leaderOf, switchingValues, type AppraisalInput } from "../..";
import { referenceModel } from "../../../../test/helpers/referenceModel";
import { appraisalInput } from "./arbitraries";

const d = (value: number | string) => new Decimal(value);
const WIDER = d(13107100);
const MUTUAL_SAVINGS = d(2105898);
const MUTUAL_BENEFIT = d(14557643);

describe("switching values: the reference case", () => {
  const values = switchingValues(referenceModel());
  const against = (name: string) => values.comparisons.find((c) => c.against === name);
  const inHouse = against("Reformed in-house service");

  it("takes the mutual as the leader: rank 1 on the shortlist", () => {
    expect(values.leader).toEqual({ found: true, index: 4, option: "Public service mutual" });
    expect(values.comparisons.map((c) => c.against)).toEqual([
      "Reformed in-house service", "NHS shared service", "Partnership outside the public sector", "The Barnet Group",
    ]);
  });

  it("gives the mutual's confidence at which in-house draws level: (12,818,695 - 2,105,898) / 13,107,100, exactly", () => {
    const expected = d(12818695).minus(MUTUAL_SAVINGS).dividedBy(WIDER);
    expect(inHouse?.leaderConfidenceAtParity?.equals(expected)).toBe(true);
    expect(inHouse?.leaderConfidenceAtParity?.times(100).toDecimalPlaces(3).toFixed(3)).toBe("81.733");
    expect(inHouse?.leaderConfidenceWithinReach).toBe(true);
  });

  it("gives the confidence against every other option, from each one's total benefit", () => {
    const benefits: Record<string, number> = {
      "NHS shared service": 12803868,
      "Partnership outside the public sector": 12601035,
      "The Barnet Group": 12752221,
    };
    for (const [name, benefit] of Object.entries(benefits)) {
      expect(against(name)?.leaderConfidenceAtParity?.equals(d(benefit).minus(MUTUAL_SAVINGS).dividedBy(WIDER))).toBe(true);
    }
    const percent = (name: string) => against(name)?.leaderConfidenceAtParity?.times(100).toDecimalPlaces(3).toFixed(3);
    expect(percent("NHS shared service")).toBe("81.620");
    expect(percent("The Barnet Group")).toBe("81.226");
    // appraisal-method.md prints 80.069 % here; the formula gives 10,495,137 / 13,107,100 = 80.072 %.
    expect(percent("Partnership outside the public sector")).toBe("80.072");
  });

  it("binds on the in-house service: 81.73 %", () => {
    expect(values.binding?.against).toBe("Reformed in-house service");
    expect(values.binding?.leaderConfidenceAtParity?.times(100).toDecimalPlaces(2).toFixed(2)).toBe("81.73");
  });

  it("gives in-house's confidence that would overtake the mutual: 98.267 %", () => {
    const expected = MUTUAL_BENEFIT.minus(1677660).dividedBy(WIDER);
    expect(inHouse?.otherConfidenceAtParity?.equals(expected)).toBe(true);
    expect(inHouse?.otherConfidenceAtParity?.times(100).toDecimalPlaces(3).toFixed(3)).toBe("98.267");
    expect(inHouse?.otherConfidenceWithinReach).toBe(true);
  });

  it("gives the fall in the mutual's total savings that brings in-house level: 1,738,948 (82.58 %)", () => {
    expect(inHouse?.savingsFallToParity.toFixed()).toBe("1738948");
    expect(inHouse?.savingsFallShare?.equals(d(1738948).dividedBy(MUTUAL_SAVINGS))).toBe(true);
    expect(inHouse?.savingsFallShare?.times(100).toDecimalPlaces(2).toFixed(2)).toBe("82.58");
    expect(inHouse?.savingsFallWithinReach).toBe(true);
  });

  it("finds no single line within reach: the margin is larger than any of the mutual's lines", () => {
    expect(inHouse?.lines).toHaveLength(8);
    expect(inHouse?.lines.every((line) => line.amountAtParity === null)).toBe(true);
    expect(inHouse?.lines[1]?.leaderAmount.toFixed()).toBe("750000");
  });
});

describe("switching values: the leader", () => {
  it("is rank 1 when there is no shortlist", () => {
    const { criteria: _none, ...input } = referenceModel();
    expect(leaderOf(appraise(input))).toEqual({ found: true, index: 4, option: "Public service mutual" });
  });

  it("is the best shortlisted option even when an excluded option ranks above it", () => {
    const input = referenceModel();
    const partnershipFirst: AppraisalInput = { ...input, options: input.options.map((o, i) => (i === 2 ? { ...o, confidence: d(1) } : o)) };
    const appraisal = appraise(partnershipFirst);
    expect(appraisal.results[2]?.rank).toBe(1);
    expect(leaderOf(appraisal)).toMatchObject({ found: true, option: "Public service mutual" });
    const values = switchingValues(partnershipFirst, appraisal);
    expect(values.comparisons.find((c) => c.against === "Partnership outside the public sector")?.couldReplaceLeader).toBe(false);
    expect(values.binding?.against).toBe("Reformed in-house service");
  });

  it("gives no switching value with a tie for first", () => {
    const input = referenceModel();
    const tied: AppraisalInput = { ...input, options: input.options.map((o, i) => (i === 0 ? { ...o, confidence: d("0.95") } : o)) };
    // In-house at 95 % is 1,677,660 + 12,451,745 = 14,129,405, still below the mutual; move a line to make them level.
    const lines = tied.savingOpportunities.map((l, i) => (i === 0 ? { ...l, amounts: l.amounts.map((a, o) => (o === 0 ? a.plus(428238) : a)) } : l));
    const values = switchingValues({ ...tied, savingOpportunities: lines });
    expect(values.leader).toEqual({ found: false, reason: "tie for first", tied: ["Reformed in-house service", "Public service mutual"] });
    expect(values.comparisons).toEqual([]);
    expect(values.binding).toBeNull();
  });

  it("gives a line amount within reach when the margin is small", () => {
    const input = referenceModel();
    const close: AppraisalInput = { ...input, options: input.options.map((o, i) => (i === 4 ? { ...o, confidence: d("0.82") } : o)) };
    const inHouse = switchingValues(close).comparisons[0];
    // Margin = 2,105,898 + 0.82 x 13,107,100 - 12,818,695 = 35,025; the 750,000 line could fall to 714,975.
    expect(inHouse?.savingsFallToParity.toFixed()).toBe("35025");
    expect(inHouse?.lines[1]?.amountAtParity?.toFixed()).toBe("714975");
    expect(inHouse?.lines[4]?.amountAtParity?.toFixed()).toBe("20873");
    expect(inHouse?.lines[6]?.amountAtParity?.toFixed()).toBe("114975");
  });
});

describe("switching values: laws", () => {
  // 40 significant digits: a ratio such as x / 131,071 does not end, so "equal" means equal to far below a penny.
  const level = (a: Decimal, b: Decimal) => a.minus(b).abs().lessThan("1e-20");
  const withLeader = appraisalInput.filter((input) => leaderOf(appraise(input)).found);

  it("the leader's confidence set to its switching value makes the two benefits equal", () => {
    fc.assert(
      fc.property(withLeader, (input) => {
        const values = switchingValues(input);
        const leader = values.leader.found ? values.leader.index : -1;
        for (const c of values.comparisons) {
          const moved = { ...input, options: input.options.map((o, i) => (i === leader ? { ...o, confidence: c.leaderConfidenceAtParity as Decimal } : o)) };
          const results = appraise(moved).results;
          expect(level(results[leader]?.totalBenefit as Decimal, results[c.againstIndex]?.totalBenefit as Decimal)).toBe(true);
        }
      }),
    );
  });

  it("the other option's confidence set to its value makes the two benefits equal", () => {
    fc.assert(
      fc.property(withLeader, (input) => {
        const values = switchingValues(input);
        const leader = values.leader.found ? values.leader.index : -1;
        for (const c of values.comparisons) {
          const moved = { ...input, options: input.options.map((o, i) => (i === c.againstIndex ? { ...o, confidence: c.otherConfidenceAtParity as Decimal } : o)) };
          const results = appraise(moved).results;
          expect(level(results[leader]?.totalBenefit as Decimal, results[c.againstIndex]?.totalBenefit as Decimal)).toBe(true);
        }
      }),
    );
  });

  it("a line's amount set to its switching value makes the two benefits exactly equal", () => {
    fc.assert(
      fc.property(withLeader, (input) => {
        const values = switchingValues(input);
        const leader = values.leader.found ? values.leader.index : -1;
        for (const c of values.comparisons) {
          c.lines.forEach((line, l) => {
            if (line.amountAtParity === null) {
              expect(line.leaderAmount.lessThan(c.savingsFallToParity)).toBe(true);
              return;
            }
            const lines = input.savingOpportunities.map((s, i) => (i === l ? { ...s, amounts: s.amounts.map((a, o) => (o === leader ? (line.amountAtParity as Decimal) : a)) } : s));
            const results = appraise({ ...input, savingOpportunities: lines }).results;
            expect(results[leader]?.totalBenefit.equals(results[c.againstIndex]?.totalBenefit as Decimal)).toBe(true);
          });
        }
      }),
    );
  });

  it("the binding value is the highest confidence at which the leader draws level", () => {
    fc.assert(
      fc.property(withLeader, (input) => {
        const values = switchingValues(input);
        for (const c of values.comparisons) {
          expect(c.leaderConfidenceAtParity?.lessThanOrEqualTo(values.binding?.leaderConfidenceAtParity as Decimal)).toBe(true);
        }
      }),
    );
  });
});
