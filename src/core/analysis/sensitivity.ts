import { appraise, competitionRanks } from "../appraisal";
import { Decimal, ONE } from "../money";
import type { Appraisal, AppraisalInput } from "../model";

/** Relative moves of one input at a time (decision 19): -25 %, -10 %, +10 %, +25 %. */
export const DEFAULT_SENSITIVITY_FACTORS: readonly Decimal[] = ["0.75", "0.9", "1.1", "1.25"].map((f) => new Decimal(f));

/** One input group that sensitivity moves: a saving line (every option's amount on it), a confidence, or the wider target. */
export type SensitivityInput =
  | { readonly kind: "saving line"; readonly index: number; readonly name: string }
  | { readonly kind: "confidence"; readonly index: number; readonly name: string }
  | { readonly kind: "wider savings target"; readonly name: string };

/** The appraisal with one input moved by one factor. */
export interface SensitivityCell {
  readonly factor: Decimal;
  /** True when a confidence moved above 100 % and was held at 100 %. */
  readonly capped: boolean;
  /** Per option, in input order. */
  readonly totalBenefits: readonly Decimal[];
  readonly ranks: readonly number[];
  /** True when any option's rank differs from the unmoved appraisal. */
  readonly rankingChanged: boolean;
  /** The option(s) ranked 1 after the move. */
  readonly firstPlace: readonly string[];
}

export interface SensitivityRow {
  readonly input: SensitivityInput;
  /** One per factor, in the order of the factors given. */
  readonly cells: readonly SensitivityCell[];
}

export interface Sensitivity {
  readonly factors: readonly Decimal[];
  readonly options: readonly string[];
  readonly baseTotalBenefits: readonly Decimal[];
  readonly baseRanks: readonly number[];
  /** Saving lines in input order, then each option's confidence, then the wider savings target. */
  readonly rows: readonly SensitivityRow[];
}

/** The name an officer reads for an input group: the line's name, `Confidence: <option>`, `Wider savings target`. */
export function sensitivityInputs(input: AppraisalInput): SensitivityInput[] {
  return [
    ...input.savingOpportunities.map((line, index) => ({ kind: "saving line" as const, index, name: line.name })),
    ...input.options.map((option, index) => ({ kind: "confidence" as const, index, name: `Confidence: ${option.name}` })),
    { kind: "wider savings target" as const, name: "Wider savings target" },
  ];
}

/**
 * Each input group moved by each factor, one at a time, from the exact base figures. Only the measure that
 * the input feeds is recomputed (a line moves total savings, a confidence or the wider target moves the wider
 * savings delivered), so large cases stay fast; ranks use the same competition ranking as the appraisal.
 */
export function sensitivity(
  input: AppraisalInput,
  factors: readonly Decimal[] = DEFAULT_SENSITIVITY_FACTORS,
  appraisal: Appraisal = appraise(input),
): Sensitivity {
  const base = appraisal.results;
  const baseTotalBenefits = base.map((result) => result.totalBenefit);
  const baseRanks = base.map((result) => result.rank);
  const wider = input.assumptions.widerSavingsTarget;
  const cell = (factor: Decimal, totalBenefits: Decimal[], capped = false): SensitivityCell => {
    const ranks = competitionRanks(totalBenefits);
    return {
      factor,
      capped,
      totalBenefits,
      ranks,
      rankingChanged: ranks.some((rank, index) => rank !== baseRanks[index]),
      firstPlace: base.filter((_, index) => ranks[index] === 1).map((result) => result.option),
    };
  };
  const rows = sensitivityInputs(input).map((group): SensitivityRow => {
    const cells = factors.map((factor) => {
      switch (group.kind) {
        case "saving line": {
          const amounts = input.savingOpportunities[group.index]?.amounts ?? [];
          const change = factor.minus(ONE);
          // A blank or zero amount leaves the benefit as it is: no new Decimal for it.
          return cell(factor, baseTotalBenefits.map((benefit, o) => {
            const amount = amounts[o];
            return amount === undefined || amount.isZero() ? benefit : benefit.plus(amount.times(change));
          }));
        }
        case "confidence": {
          const moved = (base[group.index]?.confidence ?? ONE).times(factor);
          const capped = moved.greaterThan(ONE);
          const confidence = capped ? ONE : moved;
          return cell(factor, base.map((result, o) => (o === group.index ? result.totalSavings.plus(confidence.times(wider)) : result.totalBenefit)), capped);
        }
        case "wider savings target": {
          const target = wider.times(factor);
          return cell(factor, base.map((result) => result.totalSavings.plus(result.confidence.times(target))));
        }
      }
    });
    return { input: group, cells };
  });
  return { factors, options: base.map((result) => result.option), baseTotalBenefits, baseRanks, rows };
}
