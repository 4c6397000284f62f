import { Button, Spinner, Text } from "@fluentui/react-components";
import { useSectionStyles } from "../../styles";
import { countIssues, doneMessage, errorCount, RUN_STEP_WORDS } from "../../words";
import type { RunAppraisalState } from "./useRunAppraisal";

export interface RunAppraisalProps {
  readonly state: Pick<RunAppraisalState, "running" | "step" | "report" | "failure" | "run">;
  /** Why a run cannot start yet (e.g. tables missing); the button is disabled while this is set. */
  readonly blockedBecause?: string;
  /** Another action (creating tables, removing outputs) is under way. */
  readonly busy?: boolean;
}

/** The Run appraisal button, the run's progress in words, and how it ended; announced to screen readers. */
export function RunAppraisal({ state, blockedBecause, busy = false }: RunAppraisalProps) {
  const section = useSectionStyles();
  const { running, step, report, failure, run } = state;
  return (
    <div className={section.section}>
      <div className={section.row}>
        <Button appearance="primary" disabled={running || busy || blockedBecause !== undefined} onClick={() => void run()}>
          Run appraisal
        </Button>
      </div>
      {blockedBecause && !running && <Text size={200}>{blockedBecause}</Text>}
      <div role="status" aria-live="polite">
        {running && (
          <Spinner size="tiny" labelPosition="after" label={step ? `${RUN_STEP_WORDS[step]}…` : "Starting the run…"} />
        )}
        {!running && report && <Text>{outcome(report)}</Text>}
        {!running && failure && <Text>The run failed: {failure}</Text>}
      </div>
    </div>
  );
}

function outcome(report: NonNullable<RunAppraisalProps["state"]["report"]>): string {
  const errors = errorCount(report.issues);
  const warnings = report.issues.length - errors;
  if (!report.ok) {
    return `The run stopped: ${countIssues(errors, warnings)} to see under Problems. Nothing was written.`;
  }
  const note = warnings > 0 ? `, with ${countIssues(0, warnings)} (see Problems)` : "";
  return `${doneMessage(report)}${note}.`;
}
