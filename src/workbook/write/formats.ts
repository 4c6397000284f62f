import { currencySymbol } from "../../core";

/** Whole currency units with thousands separators, negatives with a minus: `"£"#,##0;-"£"#,##0`. */
export function moneyFormat(currency: string): string {
  const symbol = `"${currencySymbol(currency).replace(/"/g, "")}"`;
  return `${symbol}#,##0;-${symbol}#,##0`;
}

export const PERCENT_FORMAT = "0.0%";
export const RANK_FORMAT = "0";
