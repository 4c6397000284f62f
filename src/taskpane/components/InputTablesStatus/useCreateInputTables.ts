import { useCallback, useState } from "react";
import type { AddinHost, CreateTablesReport, InputTemplateKind } from "../../../excel/addinHost";
import { failureText } from "../../words";

export interface CreateInputTablesState {
  /** The template being created, while the host works. */
  readonly creating?: InputTemplateKind;
  readonly report?: CreateTablesReport;
  /** An unexpected failure (the host's promise rejected). */
  readonly failure?: string;
  readonly create: (kind: InputTemplateKind) => Promise<void>;
}

/** Creates the input tables from a template, then lets the pane refresh what it knows of the workbook. */
export function useCreateInputTables(host: AddinHost, onFinished: () => void): CreateInputTablesState {
  const [creating, setCreating] = useState<InputTemplateKind>();
  const [report, setReport] = useState<CreateTablesReport>();
  const [failure, setFailure] = useState<string>();
  const create = useCallback(
    async (kind: InputTemplateKind) => {
      setCreating(kind);
      setReport(undefined);
      setFailure(undefined);
      try {
        setReport(await host.createInputTables(kind));
      } catch (error) {
        setFailure(failureText(error));
      } finally {
        setCreating(undefined);
        onFinished();
      }
    },
    [host, onFinished],
  );
  return { creating, report, failure, create };
}
