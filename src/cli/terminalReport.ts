import { formatMoney, formatPercent, formatPlace, headline, type Appraisal, type AppraisalInput, type Issue, type RobustnessAnalysis } from "../core";

/** The ranked table as aligned text columns, then the shortlist and the headline. */
export function terminalReport(appraisal: Appraisal, input: AppraisalInput, analysis?: RobustnessAnalysis): string {
  const currency = input.assumptions.currency;
  const rows = appraisal.ranked.map((r) => [
    String(r.rank),
    r.option,
    formatMoney(r.totalSavings, currency),
    formatPercent(r.percentOfTarget),
    formatPercent(r.confidence, 0),
    formatMoney(r.totalBenefit, currency),
    r.meetsTarget ? "yes" : "no",
    r.shortlist ? (r.shortlist.shortlisted ? "yes" : "no") : "n/a",
  ]);
  const headers = ["Rank", "Option", "Total savings", "% of target", "Confidence", "Total benefit", "Meets target", "Shortlisted"];
  const leftAligned = new Set([1]);
  const widths = headers.map((header, col) => Math.max(header.length, ...rows.map((row) => (row[col] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, col) => (leftAligned.has(col) ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join("  ").trimEnd();
  const table = [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
  return [...table, "", ...headline(appraisal, input.assumptions), ...(analysis ? robustnessLines(analysis) : [])].join("\n");
}

/** The binding switching value, and the simulation's sentence when one was run. */
function robustnessLines(analysis: RobustnessAnalysis): string[] {
  const { leader, binding } = analysis.switching;
  const lines: string[] = [];
  if (leader.found && binding?.leaderConfidenceAtParity) {
    lines.push(`Switching value: ${leader.option} would draw level with ${binding.against} at a confidence of ${formatPercent(binding.leaderConfidenceAtParity, 2)}.`);
  }
  if (analysis.clause) lines.push(analysis.clause);
  return lines;
}

/** Issues as lines for standard error: severity, place, message, code. */
export function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((issue) => {
    const place = formatPlace(issue.place);
    return `${issue.severity === "error" ? "Error" : "Warning"}${place ? ` at ${place}` : ""}: ${issue.message} [${issue.code}]`;
  });
}
