/**
 * The port between the task pane and the workbook it works on. The pane (and the ribbon command) talk
 * only to this interface; `officeAddinHost.ts` implements it with office-js, and component tests use
 * a small fake. Types only: nothing here touches the `Excel` or `Office` globals.
 */
import type { Appraisal, Issue, Place } from "../core";
import type { RunOptions } from "../workbook";
import type { RobustnessReport } from "./robustnessReport";

/** The contract's input tables, in the order the pane lists them. */
export const INPUT_TABLE_NAMES = ["Assumptions", "Options", "Criteria", "SavingOpportunities"] as const;

export interface InputTableStatus {
  /** The contract's name for the table (e.g. `SavingOpportunities`). */
  readonly name: string;
  readonly found: boolean;
  /** The sheet it was found on, when found. */
  readonly sheet?: string;
  /** Data rows (never the header or a totals row). */
  readonly rows: number;
  /** Issues of each severity whose place is in this table. */
  readonly errors: number;
  readonly warnings: number;
}

/** What the pane shows before (and between) runs. Reading it never writes anything. */
export interface WorkbookStatus {
  readonly tables: readonly InputTableStatus[];
  /** Every problem reading the inputs would report now (the same Issues a run would stop on). */
  readonly issues: readonly Issue[];
  /** Whether the add-in's output sheets exist in the workbook. */
  readonly outputsPresent: boolean;
  /** Outputs exist and were written from inputs other than today's (the run stamp's fingerprint differs). */
  readonly outOfDate: boolean;
  /** Excel is in manual calculation mode: the live formulas will not update until the user recalculates. */
  readonly manualCalculation: boolean;
}

/** The steps a run reports as it goes, for the pane's progress. */
export type RunStep = "reading" | "appraising" | "writing" | "verifying" | "finishing";

export interface RunReport {
  /** True when the outputs were written and verified. */
  readonly ok: boolean;
  /** Errors that stopped the run, or warnings about a run that went ahead. */
  readonly issues: readonly Issue[];
  /** The appraisal written, when ok. */
  readonly appraisal?: Appraisal;
  /** The Summary sheet's headline, sentence by sentence, when ok. */
  readonly headline?: readonly string[];
  /** The workbook's currency (ISO code from the Assumptions, GBP by default), when ok. */
  readonly currency?: string;
  /** Issue 4's figures for the pane, and the request its worker simulates, when ok. */
  readonly robustness?: RobustnessReport;
  /** `context.sync` round trips the run used (at most 4 when no write had to be split). */
  readonly syncs: number;
  /** Wall-clock time of the run in milliseconds. */
  readonly millis: number;
}

export type InputTemplateKind = "reference" | "empty";

export interface CreateTablesReport {
  readonly ok: boolean;
  /** The sheets added (never an existing sheet). */
  readonly sheets: readonly string[];
  readonly issues: readonly Issue[];
}

/**
 * What the ribbon's Run appraisal button left for the pane: it has no window of its own, so when its run
 * reports problems they are saved with the workbook (document settings, never a cell) and shown when the
 * pane opens.
 */
export interface RibbonRunOutcome {
  /** When the ribbon run finished (ISO 8601). */
  readonly at: string;
  /** Whether the outputs were written. */
  readonly ok: boolean;
  readonly issues: readonly Issue[];
}

export interface AddinHost {
  /** Reads the input tables (one batch) and reports their state; writes nothing. */
  status(): Promise<WorkbookStatus>;
  /** Reads, appraises, writes the output sheets under temporary names, verifies, swaps them in. */
  /** `options.simulation` is written to Risk & Sensitivity when it is of the current inputs (decision 20). */
  run(onStep?: (step: RunStep) => void, options?: RunOptions): Promise<RunReport>;
  /** Adds the contract's input tables on new sheets, filled with the reference case or left empty. */
  createInputTables(kind: InputTemplateKind): Promise<CreateTablesReport>;
  /** Deletes the add-in's own output sheets (never a user's sheet); returns the names removed. */
  removeOutputs(): Promise<readonly string[]>;
  /** Activates the sheet and selects the cell (or the table column) an Issue names. */
  goTo(place: Place): Promise<void>;
  /**
   * Calls `onChange` when any input table changes (Excel's table change events). Resolves to a function
   * that stops watching.
   */
  watchInputs(onChange: () => void): Promise<() => Promise<void>>;
  /** The "Update automatically" setting saved with the workbook (Office document settings). */
  readAutoUpdate(): boolean;
  saveAutoUpdate(on: boolean): Promise<void>;
  /** The problems the ribbon's last run saved with the workbook, if any. */
  readRibbonRun(): RibbonRunOutcome | undefined;
  /** Saves (or, with undefined, clears) the ribbon run's problems with the workbook. */
  saveRibbonRun(outcome: RibbonRunOutcome | undefined): Promise<void>;
}
