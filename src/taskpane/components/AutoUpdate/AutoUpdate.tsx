import { useId } from "react";
import { Switch, Text } from "@fluentui/react-components";
import { useSectionStyles } from "../../styles";
import type { AutoUpdateState } from "./useAutoUpdate";

export interface AutoUpdateProps {
  readonly state: AutoUpdateState;
}

/** The Update automatically switch, saved with the workbook. */
export function AutoUpdate({ state }: AutoUpdateProps) {
  const section = useSectionStyles();
  const hintId = useId();
  return (
    <div className={section.section}>
      <Switch
        label="Update automatically"
        checked={state.on}
        aria-describedby={hintId}
        onChange={(_, data) => state.setOn(data.checked)}
      />
      <Text id={hintId} size={200} className={section.note}>
        While this pane is open, runs the appraisal again shortly after an input table changes. Saved with the
        workbook.
      </Text>
      {state.failure && (
        <Text role="alert" size={200}>
          {state.failure}
        </Text>
      )}
    </div>
  );
}
