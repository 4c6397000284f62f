import type { Issue } from "../../core";
import { isForeignSheet, OUTPUT_KEYS, sameSheetName } from "../ownership";
import type { WorkbookSnapshot } from "../snapshot";
import { normalizeName } from "../text";

/** The sheets the add-in writes, with their ownership keys. */
export const OUTPUT_SHEETS = {
  rankedResults: { name: "Ranked Results", key: OUTPUT_KEYS.rankedResults },
  summary: { name: "Summary", key: OUTPUT_KEYS.summary },
} as const;

export const RESULTS_TABLE = "RankedResults";
export const BANNER = "Written by the options-appraisal add-in: this sheet is replaced on the next run. Change the input tables, not this sheet.";

/** A sheet with an output's name that the add-in did not create: it is never written over. */
export function notOwnedIssue(sheet: string): Issue {
  return {
    code: "OUTPUT_SHEET_NOT_OWNED",
    severity: "error",
    message: `The workbook already has a sheet named '${sheet}' that the add-in did not create. Rename or move that sheet; the add-in will not write over it.`,
    place: { sheet, cell: "A1" },
  };
}

/**
 * Refuses to write over what a user made: an output-named sheet that is not the add-in's own, or a
 * table elsewhere that already uses the results table's name (table names are unique in a workbook).
 */
export function checkOutputSheets(workbook: WorkbookSnapshot): Issue[] {
  const issues: Issue[] = [];
  for (const output of Object.values(OUTPUT_SHEETS)) {
    const clash = workbook.sheets.find((sheet) => sameSheetName(sheet.name, output.name));
    if (clash && isForeignSheet([clash], output.name, output.key)) issues.push(notOwnedIssue(clash.name));
  }
  const resultsSheet = workbook.sheets.find((sheet) => sheet.ownedAs === OUTPUT_SHEETS.rankedResults.key)?.name;
  const table = workbook.tables.find((t) => normalizeName(t.name) === normalizeName(RESULTS_TABLE) && t.sheet !== resultsSheet);
  if (table) {
    issues.push({
      code: "TABLE_NAME_TAKEN",
      severity: "error",
      message: `The table '${table.name}' on sheet '${table.sheet}' has the name the add-in gives its results table. Rename that table (Table Design > Table Name).`,
      place: { sheet: table.sheet, table: table.name },
    });
  }
  return issues;
}
