import {
  INPUT_TABLE_NAMES,
  type AddinHost,
  type CreateTablesReport,
  type InputTableStatus,
  type InputTemplateKind,
  type RibbonRunOutcome,
  type RunReport,
  type RunStep,
  type WorkbookStatus,
} from "../../excel/addinHost";
import type { Place } from "../../core";
import type { RunOptions } from "../../workbook";
import { referenceAppraisal, referenceRunReport } from "./referenceRun";

/** A promise whose settling the test controls. */
export interface Gate {
  readonly promise: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

export const SHEET_OF_TABLE: Readonly<Record<string, string>> = {
  Assumptions: "Inputs",
  Options: "Inputs",
  Criteria: "Inputs",
  SavingOpportunities: "Savings",
};

/** Every input table found, with the reference case's row counts, and no issues. */
export function tablesFound(): InputTableStatus[] {
  const rows: Record<string, number> = { Assumptions: 4, Options: 5, Criteria: 8, SavingOpportunities: 9 };
  return INPUT_TABLE_NAMES.map((name) => ({ name, found: true, sheet: SHEET_OF_TABLE[name], rows: rows[name] ?? 0, errors: 0, warnings: 0 }));
}

export function noTables(): InputTableStatus[] {
  return INPUT_TABLE_NAMES.map((name) => ({ name, found: false, rows: 0, errors: 0, warnings: 0 }));
}

export function workbookStatus(overrides: Partial<WorkbookStatus> = {}): WorkbookStatus {
  return { tables: tablesFound(), issues: [], outputsPresent: false, outOfDate: false, manualCalculation: false, ...overrides };
}

/** A run that wrote the reference case's results. */
export function okRunReport(overrides: Partial<RunReport> = {}): RunReport {
  const { appraisal, headline } = referenceAppraisal();
  return { ok: true, issues: [], appraisal, headline, syncs: 3, millis: 412, ...overrides };
}

export interface FakeHostOptions {
  status?: WorkbookStatus;
  /** Status after a create/run/remove; defaults to `status`. */
  statusAfter?: WorkbookStatus;
  runReport?: RunReport;
  /** Without a runReport: run the reference tables through the real pipeline, with the run's options. */
  realRuns?: boolean;
  /** Steps reported by each run, in order. */
  steps?: readonly RunStep[];
  /** When given, each run waits for the test to open this gate (after reporting its steps) before it resolves. */
  runGate?: () => Gate;
  createReport?: CreateTablesReport;
  removed?: readonly string[];
  /** When given, Remove outputs waits for the test to open this gate. */
  removeGate?: Gate;
  autoUpdate?: boolean;
  /** What the ribbon's last run left in the workbook's settings. */
  ribbonRun?: RibbonRunOutcome;
}

/**
 * A fake `AddinHost` whose answers the test sets and whose calls it can read: `calls.run`, `calls.goTo`, ...
 * `changeInputs()` plays the part of Excel's table change events.
 */
export class FakeHost implements AddinHost {
  readonly calls = {
    status: 0,
    run: 0,
    runOptions: [] as RunOptions[],
    create: [] as InputTemplateKind[],
    remove: 0,
    goTo: [] as Place[],
    saveAutoUpdate: [] as boolean[],
    saveRibbonRun: [] as (RibbonRunOutcome | undefined)[],
    watch: 0,
    unwatch: 0,
  };
  /** Runs under way at once, and the most seen: a test of "never overlapping" reads `maxConcurrentRuns`. */
  concurrentRuns = 0;
  maxConcurrentRuns = 0;
  options: FakeHostOptions;
  private watchers = new Set<() => void>();
  private changed = false;
  readonly gates: Gate[] = [];

  constructor(options: FakeHostOptions = {}) {
    this.options = options;
  }

  async status(): Promise<WorkbookStatus> {
    this.calls.status += 1;
    const { status = workbookStatus(), statusAfter } = this.options;
    return this.changed && statusAfter ? statusAfter : status;
  }

  async run(onStep?: (step: RunStep) => void, options: RunOptions = {}): Promise<RunReport> {
    this.calls.run += 1;
    this.calls.runOptions.push(options);
    this.concurrentRuns += 1;
    this.maxConcurrentRuns = Math.max(this.maxConcurrentRuns, this.concurrentRuns);
    try {
      for (const step of this.options.steps ?? ["reading", "appraising", "writing", "verifying", "finishing"]) onStep?.(step);
      if (this.options.runGate) {
        const g = this.options.runGate();
        this.gates.push(g);
        await g.promise;
      }
      this.changed = true;
      return this.options.runReport ?? (this.options.realRuns ? referenceRunReport(options) : okRunReport());
    } finally {
      this.concurrentRuns -= 1;
    }
  }

  async createInputTables(kind: InputTemplateKind): Promise<CreateTablesReport> {
    this.calls.create.push(kind);
    this.changed = true;
    return this.options.createReport ?? { ok: true, sheets: ["Inputs", "Savings"], issues: [] };
  }

  async removeOutputs(): Promise<readonly string[]> {
    this.calls.remove += 1;
    if (this.options.removeGate) await this.options.removeGate.promise;
    this.changed = true;
    return this.options.removed ?? ["Ranked Results", "Summary"];
  }

  async goTo(place: Place): Promise<void> {
    this.calls.goTo.push(place);
  }

  async watchInputs(onChange: () => void): Promise<() => Promise<void>> {
    this.calls.watch += 1;
    this.watchers.add(onChange);
    return async () => {
      this.calls.unwatch += 1;
      this.watchers.delete(onChange);
    };
  }

  /** Excel reports a change to an input table. */
  changeInputs(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  get watching(): number {
    return this.watchers.size;
  }

  readAutoUpdate(): boolean {
    return this.options.autoUpdate ?? false;
  }

  async saveAutoUpdate(on: boolean): Promise<void> {
    this.calls.saveAutoUpdate.push(on);
  }

  readRibbonRun(): RibbonRunOutcome | undefined {
    return this.options.ribbonRun;
  }

  async saveRibbonRun(outcome: RibbonRunOutcome | undefined): Promise<void> {
    this.calls.saveRibbonRun.push(outcome);
    this.options = { ...this.options, ribbonRun: outcome };
  }
}
