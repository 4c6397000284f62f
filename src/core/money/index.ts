export { Decimal, ZERO, ONE, sum, toPlainString } from "./decimal";
export { parseAmount, parseFinanceText, type ParsedAmount } from "./parseAmount";
export { formatMoney, formatPercent, currencySymbol } from "./format";
