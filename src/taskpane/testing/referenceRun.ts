import { appraise, headline, type Appraisal, type Issue } from "../../core";
import { readInputs, referenceInputTables, type TableSnapshot } from "../../workbook";

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
