import type { Decimal } from "../money";

/**
 * Competition ranking, like Excel's RANK.EQ(x, range, 0): 1 + the number of strictly greater values,
 * so ties share a rank and the next rank is skipped (1, 1, 3). Uses exact, unrounded values.
 */
export function competitionRanks(values: readonly Decimal[]): number[] {
  const order = values.map((_, index) => index).sort((a, b) => compareDescending(values, a, b));
  const ranks = new Array<number>(values.length);
  let previous: Decimal | undefined;
  let previousRank = 0;
  order.forEach((index, position) => {
    const value = values[index] as Decimal;
    const rank = previous !== undefined && value.equals(previous) ? previousRank : position + 1;
    ranks[index] = rank;
    previous = value;
    previousRank = rank;
  });
  return ranks;
}

/** Indices ordered by rank, ties kept in input order. */
export function rankOrder(ranks: readonly number[]): number[] {
  return ranks.map((_, index) => index).sort((a, b) => (ranks[a] as number) - (ranks[b] as number) || a - b);
}

function compareDescending(values: readonly Decimal[], a: number, b: number): number {
  return (values[b] as Decimal).comparedTo(values[a] as Decimal) || a - b;
}
