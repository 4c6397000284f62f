import fc from "fast-check";
import { appraise, Decimal, type AppraisalInput, type DeliveryOption, type SavingOpportunity } from "..";

const money = fc.integer({ min: -5_000_000_00, max: 50_000_000_00 }).map((pence) => new Decimal(pence).dividedBy(100));
const confidence = fc.integer({ min: 0, max: 10_000 }).map((bp) => new Decimal(bp).dividedBy(10_000));

const appraisalInput = fc.integer({ min: 1, max: 8 }).chain((optionCount) =>
  fc.record({
    assumptions: fc.record({
      inScopeServiceValue: money,
      savingsTarget: fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Decimal(n)),
      widerSavingsTarget: fc.integer({ min: 0, max: 50_000_000 }).map((n) => new Decimal(n)),
      currency: fc.constant("GBP"),
    }),
    options: fc.array(
      confidence.map((c): DeliveryOption => ({ name: "", confidence: c, scores: new Map() })),
      { minLength: optionCount, maxLength: optionCount },
    ),
    savingOpportunities: fc.array(
      fc.record({
        name: fc.constant("line"),
        risk: fc.constantFrom("Low" as const, "Medium" as const, "High" as const),
        amounts: fc.array(money, { minLength: optionCount, maxLength: optionCount }),
      }),
      { maxLength: 12 },
    ),
  }).map((input): AppraisalInput => ({
    ...input,
    options: input.options.map((o, i) => ({ ...o, name: `Option ${i + 1}` })),
  })),
);

const rankOf = (input: AppraisalInput) => new Map(appraise(input).results.map((r) => [r.option, r.rank]));

describe("appraise: laws that hold for every input", () => {
  it("ranks do not depend on the order of options", () => {
    fc.assert(
      fc.property(appraisalInput, fc.integer(), (input, seed) => {
        const order = input.options.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
        const shuffled: AppraisalInput = {
          ...input,
          options: order.map((i) => input.options[i] as DeliveryOption),
          savingOpportunities: input.savingOpportunities.map((line) => ({
            ...line,
            amounts: order.map((i) => line.amounts[i] as Decimal),
          })),
        };
        expect(rankOf(shuffled)).toEqual(rankOf(input));
      }),
    );
  });

  it("ranks do not depend on the order of saving lines", () => {
    fc.assert(
      fc.property(appraisalInput, (input) => {
        const reversed = { ...input, savingOpportunities: [...input.savingOpportunities].reverse() };
        expect(rankOf(reversed)).toEqual(rankOf(input));
      }),
    );
  });

  it("total benefit never falls when confidence rises", () => {
    fc.assert(
      fc.property(appraisalInput, fc.nat({ max: 7 }), confidence, (input, pick, raise) => {
        const index = pick % input.options.length;
        const option = input.options[index] as DeliveryOption;
        const higher = Decimal.min(1, option.confidence.plus(raise));
        const raised = { ...input, options: input.options.map((o, i) => (i === index ? { ...o, confidence: higher } : o)) };
        const before = appraise(input).results[index]?.totalBenefit as Decimal;
        const after = appraise(raised).results[index]?.totalBenefit as Decimal;
        expect(after.greaterThanOrEqualTo(before)).toBe(true);
      }),
    );
  });

  it("a line of blanks changes nothing", () => {
    fc.assert(
      fc.property(appraisalInput, fc.nat(), (input, at) => {
        const blank: SavingOpportunity = { name: "blank", risk: "Low", amounts: input.options.map(() => new Decimal(0)) };
        const lines = [...input.savingOpportunities];
        lines.splice(at % (lines.length + 1), 0, blank);
        const strip = (i: AppraisalInput) => appraise(i).results.map((r) => [r.totalBenefit.toFixed(), r.rank]);
        expect(strip({ ...input, savingOpportunities: lines })).toEqual(strip(input));
      }),
    );
  });

  it("revised budget + total savings = in-scope service value, exactly", () => {
    fc.assert(
      fc.property(appraisalInput, (input) => {
        for (const result of appraise(input).results) {
          expect(result.revisedBudget.plus(result.totalSavings).equals(input.assumptions.inScopeServiceValue)).toBe(true);
        }
      }),
    );
  });

  it("rank is 1 + the number of options with a strictly greater total benefit", () => {
    fc.assert(
      fc.property(appraisalInput, (input) => {
        const { results } = appraise(input);
        for (const r of results) {
          expect(r.rank).toBe(1 + results.filter((o) => o.totalBenefit.greaterThan(r.totalBenefit)).length);
        }
      }),
    );
  });
});
