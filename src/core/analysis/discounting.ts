import { ContractError } from "../errors";
import { Decimal, ONE, ZERO } from "../money";
import type { DeliveryOption } from "../model";

/** The Green Book's real discount rate, 3.5 % a year; a `Discount rate` assumption overrides it. */
export const DEFAULT_DISCOUNT_RATE: Decimal = new Decimal("0.035");

/** One row of the `SavingsProfile` table: net amounts at the end of the year, negative for costs. */
export interface SavingsProfileYear {
  /** 0 for one-off costs now (not discounted), then 1, 2, ... */
  readonly year: number;
  /** One per option, in the order of `AppraisalInput.options`; blank is 0. */
  readonly amounts: readonly Decimal[];
}

export interface PresentValueResult {
  readonly option: string;
  /** Plain sum of the profile, shown beside the present value. */
  readonly undiscountedTotal: Decimal;
  readonly presentValue: Decimal;
}

/** 1 / (1 + rate)^year: what a pound at the end of that year is worth now. Year 0 gives 1. */
export function discountFactor(year: number, rate: Decimal): Decimal {
  checkRate(rate);
  checkYear(year);
  return ONE.dividedBy(ONE.plus(rate).pow(year));
}

/** Present value of one option's profile: each year's amount divided by (1 + rate)^year (Green Book, end of year). */
export function presentValue(profile: readonly SavingsProfileYear[], optionIndex: number, rate: Decimal): Decimal {
  checkRate(rate);
  let total = ZERO;
  for (const row of profile) {
    checkYear(row.year);
    const amount = row.amounts[optionIndex] ?? ZERO;
    // Dividing by the growth factor, not multiplying by its rounded inverse, keeps one rounding per year.
    total = total.plus(row.year === 0 ? amount : amount.dividedBy(ONE.plus(rate).pow(row.year)));
  }
  return total;
}

/** Undiscounted total and present value per option, in input order. Ranks stay on the source's method (decision 21). */
export function presentValues(
  options: readonly DeliveryOption[],
  profile: readonly SavingsProfileYear[],
  rate: Decimal = DEFAULT_DISCOUNT_RATE,
): PresentValueResult[] {
  return options.map((option, index) => ({
    option: option.name,
    undiscountedTotal: profile.reduce((total, row) => total.plus(row.amounts[index] ?? ZERO), ZERO),
    presentValue: presentValue(profile, index, rate),
  }));
}

// Broken contracts: the workbook layer reports bad cells as Issues before the engine sees them.
function checkYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < 0) throw new ContractError(`A profile year must be 0, 1, 2, ..., not ${year}`);
}

function checkRate(rate: Decimal): void {
  if (rate.lessThanOrEqualTo(-1)) throw new ContractError(`A discount rate must be above -100 %, not ${rate.toFixed()}`);
}
