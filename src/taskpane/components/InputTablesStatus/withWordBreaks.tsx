import { Fragment, type ReactNode } from "react";

/**
 * `SavingOpportunities` with a line-break opportunity before each inner capital, so a narrow column
 * wraps it as "Saving / Opportunities" instead of mid-word. The text (and what a screen reader says) is
 * unchanged.
 */
export function withWordBreaks(name: string): ReactNode {
  const parts = name.split(/(?<=[a-z])(?=[A-Z])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
