import fc from "fast-check";
import { appraise, Decimal, sensitivity, tornado } from "../..";
import { referenceModel } from "../../../../test/helpers/referenceModel";
import { appraisalInput } from "./arbitraries";

const d = (value: number | string) => new Decimal(value);
const strings = (values: readonly Decimal[] | undefined) => values?.map((v) => v.toFixed());
// Rows: 8 saving lines, then the 5 options' confidences, then the wider savings target.
const MUTUAL_CONFIDENCE = 8 + 4;
const IN_HOUSE_CONFIDENCE = 8;
const WIDER_TARGET = 13;
const EMPLOYEE_COSTS = 1;

describe("sensitivity: the reference case", () => {
  const table = sensitivity(referenceModel());

  it("has one row per input group and one cell per move", () => {
    expect(table.factors.map((f) => f.toFixed())).toEqual(["0.75", "0.9", "1.1", "1.25"]);
    expect(table.rows).toHaveLength(14);
    expect(table.rows.map((r) => r.input.kind)).toEqual([...Array(8).fill("saving line"), ...Array(5).fill("confidence"), "wider savings target"]);
    expect(table.rows[MUTUAL_CONFIDENCE]?.input.name).toBe("Confidence: Public service mutual");
    expect(table.rows[0]?.input.name).toBe("Review Social Care Direct provision and delivery");
    for (const row of table.rows) {
      expect(row.cells).toHaveLength(4);
      for (const cell of row.cells) expect(cell.totalBenefits).toHaveLength(5);
    }
    expect(strings(table.baseTotalBenefits)).toEqual(["12818695", "12803868", "12601035", "12752221", "14557643"]);
  });

  it("the mutual's confidence x 0.75 (71.25 %) gives it 11,444,706.75 and rank 5", () => {
    const cell = table.rows[MUTUAL_CONFIDENCE]?.cells[0];
    // 2,105,898 + 0.7125 x 13,107,100 = 2,105,898 + 9,338,808.75
    expect(cell?.totalBenefits[4]?.toFixed()).toBe("11444706.75");
    expect(cell?.ranks).toEqual([1, 2, 4, 3, 5]);
    expect(cell?.rankingChanged).toBe(true);
    expect(cell?.firstPlace).toEqual(["Reformed in-house service"]);
    expect(cell?.capped).toBe(false);
  });

  it("in-house confidence x 1.25 is capped at 100 %, gives it 14,784,760 and rank 1", () => {
    const cell = table.rows[IN_HOUSE_CONFIDENCE]?.cells[3];
    expect(cell?.capped).toBe(true);
    expect(cell?.totalBenefits[0]?.toFixed()).toBe(String(1677660 + 13107100));
    expect(cell?.ranks[0]).toBe(1);
    expect(table.rows[IN_HOUSE_CONFIDENCE]?.cells.map((c) => c.capped)).toEqual([false, false, false, true]);
    // 0.95 x 1.1 = 104.5 %: capped too.
    expect(table.rows[MUTUAL_CONFIDENCE]?.cells.map((c) => c.capped)).toEqual([false, false, true, true]);
  });

  it("the wider target from -25 % to +25 % never changes the ranking", () => {
    const row = table.rows[WIDER_TARGET];
    expect(row?.cells.every((c) => !c.rankingChanged)).toBe(true);
    expect(strings(row?.cells[0]?.totalBenefits)).toEqual(["10033436.25", "10018609.25", "9815776.25", "9966962.25", "11444706.75"]);
  });

  it("a saving line moves every option's amount on it: reduce employee-related costs x 1.25", () => {
    const cell = table.rows[EMPLOYEE_COSTS]?.cells[3];
    // base + 0.25 x (700,000 / 450,000 / 1,460,000 / 550,000 / 750,000)
    expect(strings(cell?.totalBenefits)).toEqual(["12993695", "12916368", "12966035", "12889721", "14745143"]);
    expect(cell?.ranks).toEqual([2, 4, 3, 5, 1]);
    expect(cell?.rankingChanged).toBe(true);
    expect(table.rows[EMPLOYEE_COSTS]?.cells[2]?.rankingChanged).toBe(false);
  });

  it("gives tornado data for the leader, widest swing first, leaving out inputs that do not move it", () => {
    const bars = tornado(table, 4)?.bars ?? [];
    expect(bars.map((b) => b.input.name)).toEqual([
      "Wider savings target",
      "Confidence: Public service mutual",
      "Reduce employee-related costs",
      "Management overhead savings",
      "Review Social Care Direct provision and delivery",
      "Review support functions within Delivery Unit",
      "Additional income from trading and other sources",
      "Enablement service",
      "Passenger transport saving",
      "Efficiencies in contracts with health",
    ]);
    // Wider target: 0.95 x 13,107,100 x (1.25 - 0.75) = 6,225,872.5
    expect(bars[0]?.swing.toFixed()).toBe("6225872.5");
    // Confidence: capped at 100 % above, 71.25 % below: (1 - 0.7125) x 13,107,100 = 3,768,291.25
    expect(bars[1]).toMatchObject({ capped: true, lowRank: 5, highRank: 1 });
    expect(bars[1]?.swing.toFixed()).toBe("3768291.25");
    expect(bars[1]?.highTotalBenefit.toFixed()).toBe("15212998");
    expect(bars[9]?.swing.toFixed()).toBe("27949");
  });
});

describe("sensitivity: laws", () => {
  it("a move by x 1 is the appraisal itself", () => {
    fc.assert(
      fc.property(appraisalInput, (input) => {
        const base = appraise(input).results;
        for (const row of sensitivity(input, [d(1)]).rows) {
          const cell = row.cells[0];
          expect(cell?.capped).toBe(false);
          expect(cell?.rankingChanged).toBe(false);
          cell?.totalBenefits.forEach((b, i) => expect(b.equals(base[i]?.totalBenefit as Decimal)).toBe(true));
        }
      }),
    );
  });

  it("each cell equals a full re-appraisal with that one input moved", () => {
    fc.assert(
      fc.property(appraisalInput, fc.constantFrom("0.75", "1.25"), (input, f) => {
        const factor = d(f);
        const table = sensitivity(input, [factor]);
        table.rows.forEach((row) => {
          const moved =
            row.input.kind === "saving line"
              ? { ...input, savingOpportunities: input.savingOpportunities.map((l, i) => (i === (row.input as { index: number }).index ? { ...l, amounts: l.amounts.map((a) => a.times(factor)) } : l)) }
              : row.input.kind === "confidence"
                ? { ...input, options: input.options.map((o, i) => (i === (row.input as { index: number }).index ? { ...o, confidence: Decimal.min(1, o.confidence.times(factor)) } : o)) }
                : { ...input, assumptions: { ...input.assumptions, widerSavingsTarget: input.assumptions.widerSavingsTarget.times(factor) } };
          const expected = appraise(moved).results;
          row.cells[0]?.totalBenefits.forEach((b, i) => expect(b.equals(expected[i]?.totalBenefit as Decimal)).toBe(true));
          expect(row.cells[0]?.ranks).toEqual(expected.map((r) => r.rank));
        });
      }),
    );
  });
});
