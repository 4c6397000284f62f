import { ROBUSTNESS_ASSUMPTIONS, type RobustnessKey } from "../read/robustnessAssumptions";
import { defaultSettingValues } from "../read/readRobustness";
import type { CellValue, TableSnapshot } from "../snapshot";
import {
  REFERENCE_ASSUMPTIONS,
  REFERENCE_CRITERIA,
  REFERENCE_OPTION_ROWS,
  REFERENCE_OPTIONS,
  REFERENCE_SAVING_ROWS,
} from "./referenceExample";

/** Input tables to create, with a title above each sheet's first table. */
export interface InputTemplate {
  readonly titles: readonly { readonly sheet: string; readonly text: string }[];
  readonly tables: readonly TableSnapshot[];
}

export const INPUT_SHEETS = { inputs: "Inputs", savings: "Savings" } as const;
export const MONEY_FORMAT_GBP = '"£"#,##0;-"£"#,##0';
const PERCENT_FORMAT = "0%";

function formats(rows: readonly (readonly CellValue[])[], formatOf: (col: number, row: number) => string): string[][] {
  return rows.map((row, r) => row.map((_, c) => formatOf(c, r)));
}

/**
 * The reference case laid out as a finance officer would: assumptions, options and criteria on one
 * sheet, the saving opportunities on another, each table under a title, with a Notes column.
 */
export function referenceInputTables(options: TemplateOptions = {}): InputTemplate {
  const criteriaNames = REFERENCE_CRITERIA.map(([name]) => name);
  const robustness = options.robustnessDefaults ? robustnessRows() : [];
  const assumptionRows: CellValue[][] = [...REFERENCE_ASSUMPTIONS.map(([name, value]): CellValue[] => [name, value, null]), ...robustness];
  const optionRows: CellValue[][] = REFERENCE_OPTION_ROWS.map((row) => [...row]);
  const criteriaRows: CellValue[][] = REFERENCE_CRITERIA.map(([name, kind]) => [name, kind]);
  const savingRows: CellValue[][] = REFERENCE_SAVING_ROWS.map((row) => [...row, null]);
  const optionsTop = 3 + assumptionRows.length + 3;
  const criteriaTop = optionsTop + optionRows.length + 3;
  return {
    titles: [
      { sheet: INPUT_SHEETS.inputs, text: "Options appraisal: assumptions, options and criteria" },
      { sheet: INPUT_SHEETS.savings, text: "Saving opportunities by delivery option (£ a year by the end of the period)" },
    ],
    tables: [
      {
        name: "Assumptions", sheet: INPUT_SHEETS.inputs, headerRow: 2, left: 0,
        headers: ["Assumption", "Value", "Notes"],
        rows: assumptionRows,
        numberFormats: formats(assumptionRows, (col, row) => (col !== 1 ? "General" : row < 3 ? MONEY_FORMAT_GBP : row >= REFERENCE_ASSUMPTIONS.length ? robustnessFormat(row - REFERENCE_ASSUMPTIONS.length) : "General")),
      },
      {
        name: "Options", sheet: INPUT_SHEETS.inputs, headerRow: optionsTop, left: 0,
        headers: ["Option", "Confidence", ...criteriaNames],
        rows: optionRows,
        numberFormats: formats(optionRows, (col) => (col === 1 ? PERCENT_FORMAT : "General")),
      },
      {
        name: "Criteria", sheet: INPUT_SHEETS.inputs, headerRow: criteriaTop, left: 0,
        headers: ["Criterion", "Kind"],
        rows: criteriaRows,
      },
      {
        name: "SavingOpportunities", sheet: INPUT_SHEETS.savings, headerRow: 2, left: 0,
        headers: ["Saving opportunity", "Risk", ...REFERENCE_OPTIONS, "Notes"],
        rows: savingRows,
        numberFormats: formats(savingRows, (col) => (col >= 2 && col < 2 + REFERENCE_OPTIONS.length ? MONEY_FORMAT_GBP : "General")),
      },
    ],
  };
}

export interface TemplateOptions {
  /** Adds the robustness assumptions with their defaults (decision 16: what Create input tables makes). */
  readonly robustnessDefaults?: boolean;
}

const ROBUSTNESS_KEYS = Object.keys(ROBUSTNESS_ASSUMPTIONS) as RobustnessKey[];

/** Each robustness assumption with its default value and a note saying so. */
function robustnessRows(): CellValue[][] {
  const defaults = defaultSettingValues();
  return ROBUSTNESS_KEYS.map((key) => [ROBUSTNESS_ASSUMPTIONS[key], defaults[key].toNumber(), "Default; change it to test the ranking"]);
}

function robustnessFormat(index: number): string {
  const key = ROBUSTNESS_KEYS[index];
  return key === "seed" ? "0" : key === "discountRate" ? "0.0%" : PERCENT_FORMAT;
}

/** The same layout with two placeholder options and no figures, for an officer's own appraisal. */
export function emptyInputTables(options: TemplateOptions = {}): InputTemplate {
  const reference = referenceInputTables(options);
  const placeholders = ["Option A", "Option B"];
  const blank = (count: number): CellValue[] => Array.from({ length: count }, () => null);
  const replace: Record<string, (table: TableSnapshot) => TableSnapshot> = {
    // The robustness defaults stay: they are settings, not the reference case's figures.
    Assumptions: (table) => ({ ...table, rows: table.rows.map((row, r) => (r >= REFERENCE_ASSUMPTIONS.length ? row : [row[0] ?? null, row[0] === "Currency" ? "GBP" : null, null])) }),
    Options: (table) => ({ ...table, rows: placeholders.map((name) => [name, ...blank(table.headers.length - 1)]), numberFormats: placeholders.map(() => table.headers.map((_, col) => (col === 1 ? PERCENT_FORMAT : "General"))) }),
    Criteria: (table) => table,
    SavingOpportunities: (table) => ({ ...table, headers: ["Saving opportunity", "Risk", ...placeholders, "Notes"], rows: [blank(5)], numberFormats: [["General", "General", MONEY_FORMAT_GBP, MONEY_FORMAT_GBP, "General"]] }),
  };
  return { titles: reference.titles, tables: reference.tables.map((table) => (replace[table.name] ?? ((t: TableSnapshot) => t))(table)) };
}
