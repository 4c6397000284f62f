import { Decimal, DEFAULT_DISCOUNT_RATE, discountFactor, presentValue, presentValues, type SavingsProfileYear } from "../..";

const d = (value: number | string) => new Decimal(value);
/** The Green Book check: 1,000,000 now, then 150,000 at the end of each of years 1 to 10. */
const CHECK: SavingsProfileYear[] = [
  { year: 0, amounts: [d(-1000000)] },
  ...Array.from({ length: 10 }, (_, i) => ({ year: i + 1, amounts: [d(150000)] })),
];

describe("discounting", () => {
  it("gives the check figure: 247,491 at 3.5 %", () => {
    const value = presentValue(CHECK, 0, DEFAULT_DISCOUNT_RATE);
    expect(value.toFixed()).toBe("247490.7983866932025235595299318045470587");
    expect(value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed()).toBe("247491");
  });

  it("agrees with the annuity formula: 150,000 x (1 - 1.035^-10) / 0.035 - 1,000,000", () => {
    const annuity = d(150000).times(d(1).minus(d("1.035").pow(-10))).dividedBy("0.035").minus(1000000);
    expect(presentValue(CHECK, 0, d("0.035")).minus(annuity).abs().lessThan("1e-30")).toBe(true);
  });

  it("does not discount year 0", () => {
    expect(discountFactor(0, d("0.035")).toFixed()).toBe("1");
    expect(presentValue([{ year: 0, amounts: [d(-123.45)] }], 0, d("0.5")).toFixed()).toBe("-123.45");
  });

  it("gives each option's present value beside its undiscounted total", () => {
    const options = ["A", "B"].map((name) => ({ name, confidence: d(1), scores: new Map() }));
    const profile: SavingsProfileYear[] = [
      { year: 0, amounts: [d(-100), d(0)] },
      { year: 1, amounts: [d(110), d(55)] },
      { year: 2, amounts: [d(121), d(0)] },
    ];
    const values = presentValues(options, profile, d("0.1"));
    expect(values.map((v) => [v.option, v.undiscountedTotal.toFixed(), v.presentValue.toFixed()])).toEqual([
      ["A", "131", "100"],
      ["B", "55", "50"],
    ]);
  });

  it("refuses a year that is not 0, 1, 2, ...", () => {
    expect(() => presentValue([{ year: 1.5, amounts: [d(1)] }], 0, d("0.035"))).toThrow(/profile year/);
    expect(() => discountFactor(-1, d("0.035"))).toThrow(/profile year/);
  });
});
