import { Decimal } from "./decimal";

const SYMBOLS: Readonly<Record<string, string>> = { GBP: "£", EUR: "€", USD: "$" };

export function currencySymbol(code: string): string {
  return SYMBOLS[code.toUpperCase()] ?? `${code.toUpperCase()} `;
}

/** Whole currency units with thousands separators: `£1,677,660`, `-£1,234`. */
export function formatMoney(value: Decimal, currency = "GBP"): string {
  const rounded = value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const digits = rounded.abs().toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded.isNegative() && !rounded.isZero() ? "-" : ""}${currencySymbol(currency)}${digits}`;
}

/** A ratio as a percentage with one decimal: `85.5%`. */
export function formatPercent(ratio: Decimal, decimals = 1): string {
  return `${ratio.times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals)}%`;
}
