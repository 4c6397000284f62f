import type { Appraisal } from "../model";

/**
 * The option the appraisal recommends, whose robustness is tested (decision 18): the highest-ranked option
 * on the shortlist, or rank 1 when no shortlist is formed. No leader when two or more share first place
 * (they are already level, so there is nothing to switch) or when no option is eligible.
 */
export type Leader =
  | { readonly found: true; readonly index: number; readonly option: string }
  | { readonly found: false; readonly reason: "no options" | "empty shortlist" | "tie for first"; readonly tied: readonly string[] };

export function leaderOf(appraisal: Appraisal): Leader {
  const eligible = appraisal.results
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => !appraisal.hasShortlist || result.shortlist?.shortlisted === true);
  if (appraisal.results.length === 0) return { found: false, reason: "no options", tied: [] };
  if (eligible.length === 0) return { found: false, reason: "empty shortlist", tied: [] };
  const best = Math.min(...eligible.map(({ result }) => result.rank));
  const first = eligible.filter(({ result }) => result.rank === best);
  const only = first[0];
  if (first.length > 1 || only === undefined) {
    return { found: false, reason: "tie for first", tied: first.map(({ result }) => result.option) };
  }
  return { found: true, index: only.index, option: only.result.option };
}
