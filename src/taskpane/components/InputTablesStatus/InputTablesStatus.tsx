import { useId } from "react";
import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import type { Place } from "../../../core";
import type { InputTableStatus, InputTemplateKind } from "../../../excel/addinHost";
import { useSectionStyles, useTableStyles } from "../../styles";
import { countIssues, listWithOr, sheetsInWords } from "../../words";
import { IssuesList } from "../IssuesList/IssuesList";
import type { CreateInputTablesState } from "./useCreateInputTables";
import { useInputTablesStyles } from "./InputTablesStatus.styles";
import { withWordBreaks } from "./withWordBreaks";
import { SectionHeading } from "../Headings/Headings";

/** Criteria is optional: without it no shortlist is formed. */
export const OPTIONAL_TABLES: ReadonlySet<string> = new Set(["Criteria"]);

export function missingRequiredTables(tables: readonly InputTableStatus[]): string[] {
  return tables.filter((t) => !t.found && !OPTIONAL_TABLES.has(t.name)).map((t) => t.name);
}

export interface InputTablesStatusProps {
  readonly tables: readonly InputTableStatus[];
  readonly creation: CreateInputTablesState;
  /** Another action (a run, a removal) is under way. */
  readonly busy: boolean;
  readonly onGoTo: (place: Place) => void;
}

const TEMPLATE_WORDS: Readonly<Record<InputTemplateKind, string>> = {
  reference: "Reference example",
  empty: "Empty template",
};

/** One row per input table (found or missing, sheet, rows, problems) and the Create input tables action. */
export function InputTablesStatus({ tables, creation, busy, onGoTo }: InputTablesStatusProps) {
  const section = useSectionStyles();
  const table = useTableStyles();
  const styles = useInputTablesStyles();
  const headingId = useId();
  const createId = useId();
  const missing = missingRequiredTables(tables);
  const anyMissing = tables.some((t) => !t.found);
  const { creating, report, failure, create } = creation;
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>Input tables</SectionHeading>
      {missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Input tables missing</MessageBarTitle>
            The workbook has no {listWithOr(missing)} {missing.length === 1 ? "table" : "tables"}. Create them
            below, or add Excel tables with these names.
          </MessageBarBody>
        </MessageBar>
      )}
      <table className={table.table}>
        <caption className={section.visuallyHidden}>The input tables the appraisal reads</caption>
        <colgroup>
          <col />
          <col className={styles.sheetColumn} />
          <col className={styles.rowsColumn} />
          <col className={styles.problemsColumn} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={table.headerCell}>
              Table
            </th>
            <th scope="col" className={table.headerCell}>
              Sheet
            </th>
            <th scope="col" className={`${table.headerCell} ${table.number}`}>
              Rows
            </th>
            <th scope="col" className={table.headerCell}>
              Problems
            </th>
          </tr>
        </thead>
        <tbody>
          {tables.map((t) => (
            <tr key={t.name}>
              <th scope="row" className={table.rowHeader}>
                {withWordBreaks(t.name)}
              </th>
              {t.found ? (
                <>
                  <td className={table.cell}>{t.sheet ?? ""}</td>
                  <td className={`${table.cell} ${table.number}`}>{t.rows}</td>
                  <td className={table.cell}>{problemsBadge(t)}</td>
                </>
              ) : (
                <td className={table.cell} colSpan={3}>
                  <Badge appearance="outline" color={OPTIONAL_TABLES.has(t.name) ? "informative" : "danger"} shape="rounded">
                    Missing
                  </Badge>{" "}
                  {OPTIONAL_TABLES.has(t.name) ? "(optional: without it no shortlist is formed)" : ""}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {anyMissing && (
        <div role="group" aria-labelledby={createId} className={section.section}>
          <Text id={createId} weight="semibold">
            Create input tables
          </Text>
          <Text size={200} className={section.note}>
            Adds new sheets with the contract&apos;s tables; never changes an existing sheet.
          </Text>
          <div className={section.row}>
            {(["reference", "empty"] as const).map((kind) => (
              <Button
                key={kind}
                appearance={missing.length > 0 && kind === "reference" ? "primary" : "secondary"}
                disabled={busy || creating !== undefined}
                onClick={() => void create(kind)}
              >
                {TEMPLATE_WORDS[kind]}
              </Button>
            ))}
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {creating && <Spinner size="tiny" labelPosition="after" label={`Creating the ${TEMPLATE_WORDS[creating].toLowerCase()}`} />}
        {report?.ok && report.sheets.length > 0 && (
          <Text>
            Created the {report.sheets.length === 1 ? "sheet" : "sheets"} {sheetsInWords(report.sheets)}.
          </Text>
        )}
        {report && !report.ok && <Text>The input tables were not created.</Text>}
        {failure && <Text>The input tables could not be created: {failure}</Text>}
      </div>
      {report && <IssuesList issues={report.issues} title="Creating the input tables" headingLevel={3} onGoTo={onGoTo} />}
    </section>
  );
}

function problemsBadge(t: InputTableStatus) {
  if (t.errors === 0 && t.warnings === 0) return "None";
  return (
    <Badge appearance="tint" shape="rounded" color={t.errors > 0 ? "danger" : "warning"}>
      {countIssues(t.errors, t.warnings)}
    </Badge>
  );
}
