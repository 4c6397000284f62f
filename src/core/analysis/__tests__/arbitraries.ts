import fc from "fast-check";
import { Decimal, type AppraisalInput, type DeliveryOption } from "../..";

// Whole pounds and whole basis points keep the generated cases readable when a property fails.
const money = fc.integer({ min: -2_000_000, max: 5_000_000 }).map((n) => new Decimal(n));
const confidence = fc.integer({ min: 0, max: 10_000 }).map((bp) => new Decimal(bp).dividedBy(10_000));

/** Any appraisal input with 1 to 6 options and up to 10 lines, and no criteria (so no shortlist). */
export const appraisalInput: fc.Arbitrary<AppraisalInput> = fc.integer({ min: 1, max: 6 }).chain((optionCount) =>
  fc
    .record({
      widerSavingsTarget: fc.integer({ min: 1, max: 50_000_000 }).map((n) => new Decimal(n)),
      confidences: fc.array(confidence, { minLength: optionCount, maxLength: optionCount }),
      lines: fc.array(
        fc.record({
          risk: fc.constantFrom("Low" as const, "Medium" as const, "High" as const),
          amounts: fc.array(money, { minLength: optionCount, maxLength: optionCount }),
        }),
        { maxLength: 10 },
      ),
    })
    .map(({ widerSavingsTarget, confidences, lines }): AppraisalInput => ({
      assumptions: { inScopeServiceValue: new Decimal(20_000_000), savingsTarget: new Decimal(1_000_000), widerSavingsTarget, currency: "GBP" },
      options: confidences.map((c, i): DeliveryOption => ({ name: `Option ${i + 1}`, confidence: c, scores: new Map() })),
      savingOpportunities: lines.map((line, i) => ({ name: `Line ${i + 1}`, ...line })),
    })),
);
