import { useEffect, useId, useRef } from "react";
import { Button, Spinner, Text } from "@fluentui/react-components";
import { useSectionStyles } from "../../styles";
import { sheetsInWords } from "../../words";
import type { RemoveOutputsState } from "./useRemoveOutputs";

export interface RemoveOutputsProps {
  readonly state: RemoveOutputsState;
  /** Whether the add-in's output sheets exist; the action is offered only then. */
  readonly outputsPresent: boolean;
  readonly busy?: boolean;
}

/** Remove outputs, with a confirmation step that keyboard users land on and can cancel. */
export function RemoveOutputs({ state, outputsPresent, busy = false }: RemoveOutputsProps) {
  const section = useSectionStyles();
  const questionId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const { confirming, removing, removed, failure, ask, cancel, confirm } = state;

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) askRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <div className={section.section}>
      {outputsPresent && !confirming && (
        <div className={section.row}>
          <Button ref={askRef} appearance="secondary" disabled={busy || removing} onClick={ask}>
            Remove outputs
          </Button>
        </div>
      )}
      {confirming && (
        <div role="group" aria-labelledby={questionId} className={section.section}>
          <Text id={questionId}>
            Remove the Ranked Results and Summary sheets the add-in wrote? Your input tables stay as they are. Excel
            cannot undo this.
          </Text>
          <div className={section.row}>
            <Button appearance="primary" onClick={() => void confirm()}>
              Yes, remove them
            </Button>
            <Button ref={cancelRef} appearance="secondary" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {removing && <Spinner size="tiny" labelPosition="after" label="Removing the output sheets…" />}
        {removed && (
          <Text>{removed.length > 0 ? `Removed ${sheetsInWords(removed)}.` : "There were no output sheets to remove."}</Text>
        )}
        {failure && <Text>The outputs could not be removed: {failure}</Text>}
      </div>
    </div>
  );
}
