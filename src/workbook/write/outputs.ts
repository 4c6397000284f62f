import type { Issue } from "../../core";
import { isForeignSheet, OUTPUT_KEYS, sameSheetName } from "../ownership";
import { cellAddress, type WorkbookSnapshot } from "../snapshot";
import { normalizeName } from "../text";

/** The sheets the add-in writes, with their ownership keys. */
export const OUTPUT_SHEETS = {
  rankedResults: { name: "Ranked Results", key: OUTPUT_KEYS.rankedResults },
  summary: { name: "Summary", key: OUTPUT_KEYS.summary },
  riskSensitivity: { name: "Risk & Sensitivity", key: OUTPUT_KEYS.riskSensitivity },
} as const;

export const RESULTS_TABLE = "RankedResults";
export const RISK_TABLE = "RiskWeighting";
export const SWITCHING_TABLE = "SwitchingValues";
export const SIMULATION_TABLE = "SimulationResults";
export const PRESENT_VALUE_TABLE = "PresentValues";
/** Every table the add-in writes, by the output sheet it sits on (table names are unique in a workbook). */
const OUTPUT_TABLES: readonly { table: string; key: string }[] = [
  { table: RESULTS_TABLE, key: OUTPUT_KEYS.rankedResults },
  ...[RISK_TABLE, SWITCHING_TABLE, SIMULATION_TABLE, PRESENT_VALUE_TABLE].map((table) => ({ table, key: OUTPUT_KEYS.riskSensitivity })),
];
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
  for (const output of OUTPUT_TABLES) {
    const ownSheet = workbook.sheets.find((sheet) => sheet.ownedAs?.toLowerCase() === output.key.toLowerCase())?.name;
    const table = workbook.tables.find((t) => normalizeName(t.name) === normalizeName(output.table) && (ownSheet === undefined || !sameSheetName(t.sheet, ownSheet)));
    if (!table) continue;
    issues.push({
      code: "TABLE_NAME_TAKEN",
      severity: "error",
      message: `The table '${table.name}' on sheet '${table.sheet}' has a name the add-in gives one of its own tables. Rename that table (Table Design > Table Name).`,
      // The table's first cell, so that the place can be found (Go To) like any other.
      place: { sheet: table.sheet, cell: cellAddress(table.headerRow, table.left), table: table.name },
    });
  }
  return issues;
}
