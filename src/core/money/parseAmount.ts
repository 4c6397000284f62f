import { Decimal } from "./decimal";

export type ParsedAmount =
  | { ok: true; value: Decimal; fromText: boolean }
  | { ok: false };

const CURRENCY = "[£$€]";
// Sign, currency symbol (either order), digits grouped by commas or plain, optional decimals.
const FINANCE_TEXT = new RegExp(
  `^(?<sign1>[-+])?\\s*(?<cur1>${CURRENCY})?\\s*(?<sign2>[-+])?\\s*(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)(?<fraction>\\.\\d+)?$`,
);
const GBP_CODE = /^(?:GBP|EUR|USD)\s*/i;

/**
 * Reads a money cell as a finance officer would: a number, or text such as `£1,234`, `1,234.50`,
 * `(1,234)` (negative) or `-1234`. Blank is handled by the caller; anything else is not an amount.
 */
export function parseAmount(cell: unknown): ParsedAmount {
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { ok: true, value: new Decimal(cell), fromText: false } : { ok: false };
  }
  if (typeof cell !== "string") return { ok: false };
  const value = parseFinanceText(cell);
  return value ? { ok: true, value, fromText: true } : { ok: false };
}

export function parseFinanceText(text: string): Decimal | null {
  let body = text.replace(/[\u00a0\u202f]/g, " ").trim().replace(GBP_CODE, "");
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(body);
  if (bracketed?.[1] !== undefined) {
    negative = true;
    body = bracketed[1].trim();
  }
  const match = FINANCE_TEXT.exec(body);
  const groups = match?.groups;
  if (!groups?.digits) return null;
  const signs = [groups.sign1, groups.sign2].filter((s): s is string => s !== undefined);
  if (signs.length > 1 || (negative && signs.length > 0)) return null;
  if (signs[0] === "-") negative = true;
  const magnitude = new Decimal(groups.digits.replace(/,/g, "") + (groups.fraction ?? ""));
  return negative ? magnitude.negated() : magnitude;
}
