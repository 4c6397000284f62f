import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import { usePaneStyles } from "../App/App.styles";
import { useSectionStyles } from "../../styles";

/** The pane's one h1. */
export function PaneTitle() {
  const styles = usePaneStyles();
  return (
    <h1 className={styles.title}>
      <Text size={500} weight="semibold">
        Options appraisal
      </Text>
    </h1>
  );
}

/** A section's heading; its id labels the section for screen readers. */
export function SectionHeading({ id, level = 2, children }: { id: string; level?: 2 | 3; children: ReactNode }) {
  const section = useSectionStyles();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Heading id={id} className={section.heading}>
      <Text size={400} weight="semibold">
        {children}
      </Text>
    </Heading>
  );
}
