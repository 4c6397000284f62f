import { listInWords, type Issue } from "../core";
import type { RunReport, RunStep } from "../excel/addinHost";

/** What the pane says while a run is at each step. */
export const RUN_STEP_WORDS: Readonly<Record<RunStep, string>> = {
  reading: "Reading the input tables",
  appraising: "Appraising",
  writing: "Writing the results",
  verifying: "Checking the figures",
  finishing: "Finishing",
};

/** `Done in 0.4 s (3 round trips to Excel)` */
export function doneMessage(report: Pick<RunReport, "millis" | "syncs">): string {
  const seconds = (report.millis / 1000).toFixed(1);
  return `Done in ${seconds} s (${report.syncs} round ${report.syncs === 1 ? "trip" : "trips"} to Excel)`;
}

/** `2 errors and 1 warning`, `1 error`, `no problems` */
export function countIssues(errors: number, warnings: number): string {
  const parts = [
    ...(errors > 0 ? [`${errors} ${errors === 1 ? "error" : "errors"}`] : []),
    ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? "warning" : "warnings"}`] : []),
  ];
  return parts.length > 0 ? listInWords(parts) : "no problems";
}

export function errorCount(issues: readonly Issue[]): number {
  return issues.filter((issue) => issue.severity === "error").length;
}

/** The text of an unexpected failure (a rejected promise from the host). */
export function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function sheetsInWords(sheets: readonly string[]): string {
  return listInWords(sheets.map((sheet) => `"${sheet}"`));
}

/** `A`, `A or B`, `A, B or C` */
export function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
