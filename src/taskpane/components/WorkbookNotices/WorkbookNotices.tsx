import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { WorkbookStatus } from "../../../excel/addinHost";
import { useSectionStyles } from "../../styles";

export interface WorkbookNoticesProps {
  readonly status: Pick<WorkbookStatus, "outOfDate" | "manualCalculation">;
}

/** Results out of date, and Excel in manual calculation mode: both change what the figures on the sheets mean. */
export function WorkbookNotices({ status }: WorkbookNoticesProps) {
  const section = useSectionStyles();
  if (!status.outOfDate && !status.manualCalculation) return null;
  return (
    <div className={section.section}>
      {status.outOfDate && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Results out of date</MessageBarTitle>
            The input tables have changed since the results were written. Run the appraisal again to bring the
            Ranked Results and Summary sheets up to date.
          </MessageBarBody>
        </MessageBar>
      )}
      {status.manualCalculation && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Excel is in manual calculation mode</MessageBarTitle>
            The results are live formulas: they change only when Excel recalculates (Formulas &gt; Calculate Now,
            or F9). To have them follow every change, choose Formulas &gt; Calculation Options &gt; Automatic.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
