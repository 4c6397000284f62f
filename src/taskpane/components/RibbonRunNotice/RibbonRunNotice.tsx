import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { countIssues, errorCount } from "../../words";
import type { RibbonRunState } from "./useRibbonRun";

/** `24 Nov 2026, 12:00` in the officer's locale. */
function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Says what the ribbon's Run appraisal button could not say itself; its problems join the Problems list. */
export function RibbonRunNotice({ state }: { state: RibbonRunState }) {
  const { outcome, dismiss } = state;
  if (!outcome) return null;
  const errors = errorCount(outcome.issues);
  return (
    <MessageBar intent={outcome.ok ? "warning" : "error"}>
      <MessageBarBody>
        <MessageBarTitle>{outcome.ok ? "The ribbon's run wrote the results with warnings" : "The ribbon's run did not write the results"}</MessageBarTitle>
        Run appraisal from the ribbon on {when(outcome.at)} reported {countIssues(errors, outcome.issues.length - errors)}: see
        Problems below.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={dismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
