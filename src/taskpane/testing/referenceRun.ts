import { appraise, headline, type Appraisal, type Issue } from "../../core";
import type { RunReport } from "../../excel/addinHost";
import { robustnessReport } from "../../excel/robustnessReport";
import { readInputs, referenceInputTables, runAppraisal, type RunOptions, type TableSnapshot } from "../../workbook";

/**
 * The reference case appraised by the real engine, read from the same input tables that
 * **Create input tables > Reference example** writes: realistic figures for component tests.
 */
export function referenceAppraisal(): { appraisal: Appraisal; headline: string[] } {
  const read = readInputs({ tables: referenceInputTables().tables, sheets: [] });
  if (!read.ok) throw new Error(`The reference tables no longer read cleanly: ${read.issues.map((i) => i.message).join("; ")}`);
  const appraisal = appraise(read.input);
  return { appraisal, headline: headline(appraisal, read.input.assumptions) };
}

/**
 * The Issues the real reader reports for the reference tables with two typical slips: `85` typed into a
 * General cell for a confidence (an error), and a misspelt assumption name (a warning).
 */
export function referenceIssues(): Issue[] {
  const tables = referenceInputTables().tables.map((table): TableSnapshot => {
    if (table.name === "Options") {
      const rows = table.rows.map((row, r) => (r === 1 ? row.map((cell, c) => (c === 1 ? 85 : cell)) : row));
      const numberFormats = table.numberFormats?.map((row, r) => (r === 1 ? row.map((f, c) => (c === 1 ? "General" : f)) : row));
      return { ...table, rows, numberFormats };
    }
    if (table.name === "Assumptions") {
      return { ...table, rows: [...table.rows, ["Savings targt", 1000, null]] };
    }
    return table;
  });
  const read = readInputs({ tables, sheets: [] });
  return [...read.issues];
}

/**
 * A run of the reference tables (with the robustness defaults, as Create input tables makes them) through
 * the real pipeline, as the office-js host reports it: what a fake host answers when a test sets nothing.
 */
export function referenceRunReport(options: RunOptions = {}): RunReport {
  const result = runAppraisal({ tables: referenceInputTables({ robustnessDefaults: true }).tables, sheets: [] }, { when: "2026-11-24T10:00:00.000Z", version: "test" }, options);
  if (!result.ok) throw new Error(`The reference tables no longer run cleanly: ${result.issues.map((i) => i.message).join("; ")}`);
  const sentences = [...headline(result.appraisal, result.input.assumptions), ...(result.analysis.clause ? [result.analysis.clause] : [])];
  return { ok: true, issues: result.issues, appraisal: result.appraisal, headline: sentences, currency: result.input.assumptions.currency, robustness: robustnessReport(result), syncs: 4, millis: 412 };
}
