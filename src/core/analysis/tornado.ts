import type { Decimal } from "../money";
import type { Sensitivity, SensitivityInput } from "./sensitivity";

/** One bar of the tornado chart: the leader's total benefit at the smallest and largest move of one input. */
export interface TornadoBar {
  readonly input: SensitivityInput;
  readonly lowFactor: Decimal;
  readonly highFactor: Decimal;
  readonly lowTotalBenefit: Decimal;
  readonly highTotalBenefit: Decimal;
  /** |high - low|: the length of the bar, which orders the chart. */
  readonly swing: Decimal;
  /** The leader's rank at the smallest and at the largest move. */
  readonly lowRank: number;
  readonly highRank: number;
  /** True when the largest move of a confidence was held at 100 %. */
  readonly capped: boolean;
}

export interface Tornado {
  readonly option: string;
  readonly baseTotalBenefit: Decimal;
  /** Widest swing first, ties in input order; inputs that do not move the option at all are left out. */
  readonly bars: readonly TornadoBar[];
}

/** Tornado data for one option (the leader) from a sensitivity table; null when there are no moves. */
export function tornado(table: Sensitivity, optionIndex: number): Tornado | null {
  const factorOrder = table.factors.map((_, i) => i).sort((a, b) => (table.factors[a] as Decimal).comparedTo(table.factors[b] as Decimal));
  const lowAt = factorOrder[0];
  const highAt = factorOrder[factorOrder.length - 1];
  const baseTotalBenefit = table.baseTotalBenefits[optionIndex];
  const option = table.options[optionIndex];
  if (lowAt === undefined || highAt === undefined || baseTotalBenefit === undefined || option === undefined) return null;
  const bars = table.rows.flatMap((row): TornadoBar[] => {
    const low = row.cells[lowAt];
    const high = row.cells[highAt];
    const lowTotalBenefit = low?.totalBenefits[optionIndex];
    const highTotalBenefit = high?.totalBenefits[optionIndex];
    if (!low || !high || !lowTotalBenefit || !highTotalBenefit) return [];
    const swing = highTotalBenefit.minus(lowTotalBenefit).abs();
    if (swing.isZero()) return [];
    return [{
      input: row.input,
      lowFactor: low.factor,
      highFactor: high.factor,
      lowTotalBenefit,
      highTotalBenefit,
      swing,
      lowRank: low.ranks[optionIndex] as number,
      highRank: high.ranks[optionIndex] as number,
      capped: high.capped,
    }];
  });
  // Array.prototype.sort is stable, so equal swings keep input order.
  bars.sort((a, b) => b.swing.comparedTo(a.swing));
  return { option, baseTotalBenefit, bars };
}
