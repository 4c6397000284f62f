import { useId } from "react";
import { Badge, Button, Text } from "@fluentui/react-components";
import { formatPlace, type Issue, type Place } from "../../../core";
import { useSectionStyles } from "../../styles";
import { countIssues } from "../../words";
import { useIssuesListStyles } from "./IssuesList.styles";
import { SectionHeading } from "../Headings/Headings";

export interface IssuesListProps {
  readonly issues: readonly Issue[];
  /** The section's heading, e.g. "Problems to fix". */
  readonly title: string;
  readonly headingLevel?: 2 | 3;
  /** Activates the sheet and selects the cell the issue names. */
  readonly onGoTo: (place: Place) => void;
}

/** Errors first, then warnings, each kept in the order the reader found them. */
export function errorsFirst(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity !== "error")];
}

function goToLabel(place: Place): string {
  if (place.cell !== undefined) return "Go to cell";
  if (place.column !== undefined) return "Go to column";
  if (place.table !== undefined) return "Go to table";
  return "Go to sheet";
}

/** Every problem with its severity in words, its place, and a way to go there. */
export function IssuesList({ issues, title, headingLevel = 2, onGoTo }: IssuesListProps) {
  const section = useSectionStyles();
  const styles = useIssuesListStyles();
  const headingId = useId();
  if (issues.length === 0) return null;
  const sorted = errorsFirst(issues);
  const errors = sorted.filter((i) => i.severity === "error").length;
  const summary = countIssues(errors, sorted.length - errors);
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId} level={headingLevel}>{title}</SectionHeading>
      <Text>
        {summary.charAt(0).toUpperCase() + summary.slice(1)}
        {errors > 0 ? ": errors stop the run; warnings do not." : "."}
      </Text>
      <ul className={styles.list}>
        {sorted.map((issue, index) => {
          const place = issue.place ? formatPlace(issue.place) : "";
          return (
            <li key={`${issue.code}-${place}-${index}`} className={styles.item}>
              <div className={section.row}>
                <Badge
                  appearance="filled"
                  shape="rounded"
                  color={issue.severity === "error" ? "danger" : "warning"}
                >
                  {issue.severity === "error" ? "Error" : "Warning"}
                </Badge>
                {place && <Text weight="semibold">{place}</Text>}
              </div>
              <Text as="p" className={styles.message}>
                {issue.message}
              </Text>
              {issue.place && place && (
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.goTo}
                  aria-label={`${goToLabel(issue.place)} ${place}`}
                  onClick={() => issue.place && onGoTo(issue.place)}
                >
                  {goToLabel(issue.place)}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
