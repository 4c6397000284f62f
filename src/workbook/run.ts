import { appraise, hasErrors, type Appraisal, type AppraisalInput, type Issue } from "../core";
import { readInputs, type InputSources } from "./read";
import type { WorkbookSnapshot } from "./snapshot";
import { checkOutputSheets, planOutputs, type RunStamp } from "./write";
import type { WritePlan } from "./writePlan";

export type RunResult =
  | {
      readonly ok: true;
      readonly input: AppraisalInput;
      readonly sources: InputSources;
      readonly appraisal: Appraisal;
      readonly plan: WritePlan;
      /** Warnings from reading, and notes on how the outputs were written. */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * The one pipeline both hosts share: read and check the inputs, refuse to touch sheets the add-in does
 * not own, appraise, and plan the outputs. When any error is found, there is no plan: nothing is written.
 */
export function runAppraisal(workbook: WorkbookSnapshot, stamp: RunStamp): RunResult {
  const read = readInputs(workbook);
  const issues = [...read.issues, ...checkOutputSheets(workbook)];
  if (!read.ok || hasErrors(issues)) return { ok: false, issues };
  const appraisal = appraise(read.input);
  const { plan, notes } = planOutputs(appraisal, read.input, read.sources, stamp);
  const written: Issue[] = notes.map((note) => ({ code: note.code, severity: "warning", message: note.message }));
  return { ok: true, input: read.input, sources: read.sources, appraisal, plan, issues: [...issues, ...written] };
}
