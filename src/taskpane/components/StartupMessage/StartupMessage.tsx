import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import type { StartupProblem } from "../../startup/environment";
import { usePaneStyles } from "../App/App.styles";
import { PaneTitle } from "../Headings/Headings";

export interface StartupMessageProps {
  readonly problem: StartupProblem;
}

/** A whole pane that says, in words, why the add-in cannot work here (instead of a blank pane). */
export function StartupMessage({ problem }: StartupMessageProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <StartupMessageBody problem={problem} />
    </FluentProvider>
  );
}

/** The message itself, for a pane that already has its FluentProvider. */
export function StartupMessageBody({ problem }: StartupMessageProps) {
  const styles = usePaneStyles();
  return (
    <main className={styles.pane}>
      <PaneTitle />
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{problem.title}</MessageBarTitle>
          {problem.text}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
