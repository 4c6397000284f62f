/**
 * What the ribbon's "Run appraisal" button does, free of the `Office` global so it can be tested: run the
 * appraisal through the `AddinHost` port and keep the outcome where the pane can find it.
 *
 * A function command has no window of its own, and without a shared runtime Office offers no light way
 * to show a message from one (a dialog would be a third page for a one-line notice). So the problems of
 * the last ribbon run are saved with the workbook (`AddinHost.saveRibbonRun`: document settings, never a
 * cell), cleared after a clean run, and the pane shows them when it opens. A failed run writes nothing
 * to the sheets (the host swaps the outputs in only after they verify).
 */
import type { Issue } from "../core";
import type { AddinHost, RibbonRunOutcome } from "../excel/addinHost";

/** The run went wrong in a way the host did not report as issues (office.js threw). */
export const RIBBON_RUN_FAILED = "RIBBON_RUN_FAILED";

function thrownIssue(error: unknown): Issue {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: RIBBON_RUN_FAILED,
    severity: "error",
    message: `The appraisal could not run from the ribbon: ${detail}. Open the Appraisal pane and run it there to see more.`,
  };
}

/**
 * Runs the appraisal and records its outcome; never throws (a ribbon command must always complete).
 * Resolves to what was recorded, or undefined after a clean run.
 */
export async function runAppraisalCommand(host: AddinHost, now: () => Date = () => new Date()): Promise<RibbonRunOutcome | undefined> {
  let outcome: RibbonRunOutcome | undefined;
  try {
    const report = await host.run();
    outcome = report.ok && report.issues.length === 0 ? undefined : { at: now().toISOString(), ok: report.ok, issues: report.issues };
  } catch (error) {
    outcome = { at: now().toISOString(), ok: false, issues: [thrownIssue(error)] };
  }
  try {
    await host.saveRibbonRun(outcome);
  } catch (error) {
    // Nowhere else to say it: the settings could not be saved (e.g. a read-only workbook).
    console.error("Options appraisal: could not record the ribbon run's outcome", error, outcome);
  }
  if (outcome) console.error("Options appraisal: the ribbon run reported problems", outcome);
  return outcome;
}
