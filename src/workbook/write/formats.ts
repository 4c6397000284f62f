import { currencySymbol } from "../../core";

/** Whole currency units with thousands separators, negatives with a minus: `"£"#,##0;-"£"#,##0`. */
export function moneyFormat(currency: string): string {
  const symbol = `"${currencySymbol(currency).replace(/"/g, "")}"`;
  return `${symbol}#,##0;-${symbol}#,##0`;
}

export const PERCENT_FORMAT = "0.0%";
export const RANK_FORMAT = "0";
/** Two decimals, for switching values such as 81.73%. */
export const PRECISE_PERCENT_FORMAT = "0.00%";
/** A relative move: +10%, -25%. */
export const MOVE_FORMAT = "+0%;-0%;0%";
