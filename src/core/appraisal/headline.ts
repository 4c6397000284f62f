import { formatMoney, formatPercent } from "../money";
import type { Appraisal, Assumptions, OptionResult } from "../model";

/** A list in words: `A`, `A and B`, `A, B and C`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The headline of an appraisal in plain sentences: the leader, the savings target, the shortlist. */
export function headline(appraisal: Appraisal, assumptions: Assumptions): string[] {
  const currency = assumptions.currency;
  const leaders = appraisal.ranked.filter((result) => result.rank === 1);
  const best = leaders[0];
  if (!best) return ["There are no options to appraise."];
  const benefit = formatMoney(best.totalBenefit, currency);
  const lead =
    leaders.length === 1
      ? `${best.option} has the highest total benefit (${benefit}).`
      : `${listInWords(leaders.map((r) => r.option))} share the highest total benefit (${benefit}).`;
  return [lead, targetSentence(appraisal.results, assumptions), shortlistSentence(appraisal)];
}

function targetSentence(results: readonly OptionResult[], assumptions: Assumptions): string {
  const target = formatMoney(assumptions.savingsTarget, assumptions.currency);
  const meeting = results.filter((result) => result.meetsTarget).map((result) => result.option);
  if (meeting.length === results.length) return `Every option meets the savings target of ${target}.`;
  if (meeting.length === 1) return `Only ${meeting[0]} meets the savings target of ${target}.`;
  if (meeting.length > 1) return `${listInWords(meeting)} meet the savings target of ${target}.`;
  const closest = results.reduce((a, b) => (b.totalSavings.greaterThan(a.totalSavings) ? b : a));
  return `No option meets the savings target of ${target}; the closest is ${closest.option} at ${formatPercent(closest.percentOfTarget)}.`;
}

function shortlistSentence(appraisal: Appraisal): string {
  if (!appraisal.hasShortlist) return "No shortlist is formed: the workbook has no Criteria table.";
  const shortlisted = appraisal.ranked.filter((result) => result.shortlist?.shortlisted).map((result) => result.option);
  if (shortlisted.length === 0) return "No option passes the criteria, so the shortlist is empty.";
  return `Shortlist, by rank: ${listInWords(shortlisted)}.`;
}
