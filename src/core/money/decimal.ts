import DecimalJs from "decimal.js";

/**
 * The one Decimal configuration for every amount and ratio in the add-in.
 * 40 significant digits keep ratios exact far beyond a penny; half-even rounding is used only for display.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_EVEN });
export type Decimal = DecimalJs;

export const ZERO: Decimal = new Decimal(0);
export const ONE: Decimal = new Decimal(1);

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** Exact decimal text with no exponent, for JSON and fingerprints. */
export function toPlainString(value: Decimal): string {
  return value.toFixed();
}
