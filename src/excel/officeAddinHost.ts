/**
 * The office-js host: the `AddinHost` port implemented with Excel's API. A run takes four `context.sync`
 * round trips: read, write to temporary sheets, verify, copy into the owned output sheets (decisions 1-5).
 * Only a workbook too large for one Excel request takes more: its reads and writes go in bands of rows
 * (readInBands.ts, writePlanToSheets.ts), each band one more round trip, reported. The `Excel` and `Office` globals are used only as
 * defaults, so tests pass the in-memory simulator instead.
 */
import { formatPlace, hasErrors, headline, type Issue, type Place } from "../core";
import {
  emptyInputTables, INPUT_TABLES, inputFingerprint, keyOfOwnershipName, normalizeName, ownershipConflicts, ownershipName, readInputs, referenceInputTables,
  isCellReference, notOwnedIssue, parseCell, runAppraisal, sameSheetName, sheetOfReference, type RunOptions, type SheetPlan, type WorkbookSnapshot, type WritePlan,
} from "../workbook";
import type { AddinHost, CreateTablesReport, InputTableStatus, InputTemplateKind, RibbonRunOutcome, RunReport, RunStep, WorkbookStatus } from "./addinHost";
import { isRibbonRunOutcome, saveSetting } from "./documentSettings";
import { INPUT_TABLE_NAMES } from "./addinHost";
import { excelIssue, isExcelError, type Stage } from "./excelErrors";
import { queueInputTables, templateClashes } from "./inputTables";
import { INCOMPLETE_MARK, incompleteFormula, markFormula, tempMarkFormula, tempMarkName, tempMarks, tempSheetName } from "./ownership";
import { readWorkbook } from "./readInBands";
import type { SheetRecord, WorkbookRead } from "./readWorkbook";
import { robustnessReport } from "./robustnessReport";
import { mismatches, queueVerify } from "./verify";
import { ADDIN_VERSION } from "./version";
import { RequestBudget, writeSheetPlan } from "./writePlanToSheets";

export interface OfficeAddinHostOptions {
  readonly now?: () => Date;
  readonly excel?: typeof Excel;
  readonly office?: typeof Office;
}

const AUTO_UPDATE_SETTING = "autoUpdate";
/** Where the ribbon's Run appraisal leaves its problems for the pane. */
const RIBBON_RUN_SETTING = "lastRunIssues";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Formulas on temporary sheets point at the other temporary sheets, not at the real outputs. */
function pointAtTemporarySheets(plan: WritePlan): (formula: string) => string {
  const swaps = plan.sheets.map((sheet) => {
    const quoted = sheet.name.replace(/'/g, "''");
    return { pattern: new RegExp(`(^|[^A-Za-z0-9_.'])(?:'${escapeRegExp(quoted)}'|${escapeRegExp(sheet.name)})!`, "g"), to: `'${tempSheetName(sheet.key).replace(/'/g, "''")}'!` };
  });
  return (formula) => swaps.reduce((text, swap) => text.replace(swap.pattern, (_m, before: string) => `${before}${swap.to}`), formula);
}

/** Issues whose place lies in the table (by name, or a cell inside its range on its sheet). */
function countIssues(issues: readonly Issue[], table: WorkbookSnapshot["tables"][number] | undefined, name: string): { errors: number; warnings: number } {
  const inTable = (place: Place | undefined): boolean => {
    if (!place) return false;
    if (place.table !== undefined) return normalizeName(place.table) === normalizeName(name);
    if (!table || place.sheet === undefined || place.cell === undefined || !sameSheetName(place.sheet, table.sheet)) return false;
    if (!isCellReference(place.cell)) return false;
    const { row, col } = parseCell(place.cell);
    return row >= table.headerRow && row <= table.headerRow + table.rows.length && col >= table.left && col < table.left + table.headers.length;
  };
  const mine = issues.filter((issue) => inTable(issue.place));
  return { errors: mine.filter((i) => i.severity === "error").length, warnings: mine.filter((i) => i.severity === "warning").length };
}

export function createOfficeAddinHost(options: OfficeAddinHostOptions = {}): AddinHost {
  const now = options.now ?? (() => new Date());
  const excel = (): typeof Excel => options.excel ?? Excel;
  const office = (): typeof Office => options.office ?? Office;

  async function readOnce(): Promise<WorkbookRead> {
    return excel().run(async (context) => readWorkbook(context, () => context.sync()));
  }

  async function status(): Promise<WorkbookStatus> {
    const read = await readOnce();
    const inputs = readInputs(read.snapshot);
    const tables: InputTableStatus[] = INPUT_TABLE_NAMES.map((name) => {
      const table = read.snapshot.tables.find((t) => normalizeName(t.name) === normalizeName(name));
      return { name, found: table !== undefined, ...(table ? { sheet: table.sheet } : {}), rows: table?.rows.length ?? 0, ...countIssues(inputs.issues, table, name) };
    });
    const outputsPresent = read.marks.some((mark) => mark.sheet !== undefined && read.sheets.some((sheet) => sameSheetName(sheet.name, mark.sheet as string)));
    return {
      tables,
      issues: inputs.issues,
      outputsPresent,
      // Outputs a failed run left incomplete are out of date whatever their stamp says.
      outOfDate: outputsPresent && (read.names.some((n) => n.name.toLowerCase() === INCOMPLETE_MARK.toLowerCase()) || read.stampFingerprint !== inputFingerprint(read.snapshot)),
      manualCalculation: read.manualCalculation,
    };
  }

  async function run(onStep?: (step: RunStep) => void, runOptions: RunOptions = {}): Promise<RunReport> {
    const started = Date.now();
    let syncs = 0;
    let stage: Stage = "before-writing";
    // What the run read and planned, for tidying up after a failure.
    let read: WorkbookRead | undefined;
    let plan: WritePlan | undefined;
    const report = (ok: boolean, issues: readonly Issue[], extra: Partial<RunReport> = {}): RunReport => ({ ok, issues, syncs, millis: Date.now() - started, ...extra });
    const counted = (context: Excel.RequestContext) => async () => {
      syncs++;
      await context.sync();
    };
    try {
      return await excel().run(async (context) => {
        const sync = counted(context);
        const supports = (version: string) => office().context.requirements.isSetSupported("ExcelApi", version);
        const workbook = context.workbook;

        onStep?.("reading");
        read = await readWorkbook(context, sync);

        onStep?.("appraising");
        // Only a simulation made elsewhere is passed on: Monte Carlo never runs inside a host's run (decision 12).
        const result = runAppraisal(read.snapshot, { when: now().toISOString(), version: ADDIN_VERSION }, runOptions.simulation ? { simulation: runOptions.simulation } : {});
        if (!result.ok || hasErrors(result.issues)) return report(false, result.issues);
        // A user's sheet named like a temporary sheet is refused too: the run would have to write over it.
        const before = read;
        const userTemps = result.plan.sheets.map((sheetPlan) => tempSheetName(sheetPlan.key))
          .filter((name) => before.sheets.some((s) => sameSheetName(s.name, name)) && !before.temps.some((mark) => mark.sheet !== undefined && sameSheetName(mark.sheet, name)));
        const conflicts = [...ownershipConflicts(read.snapshot, result.plan), ...userTemps];
        if (conflicts.length > 0) {
          return report(false, conflicts.map(notOwnedIssue));
        }
        plan = result.plan;

        onStep?.("writing");
        stage = "temporary";
        if (supports("1.8")) workbook.application.suspendApiCalculationUntilNextSync();
        if (supports("1.9")) workbook.application.suspendScreenUpdatingUntilNextSync();
        removeTemporarySheets(workbook, read);
        const rewrite = pointAtTemporarySheets(result.plan);
        const oldCharts = queueOwnedCharts(workbook, read);
        const temps: { plan: SheetPlan; sheet: Excel.Worksheet }[] = [];
        const writing = new RequestBudget(sync);
        for (const sheetPlan of result.plan.sheets) {
          // The mark first: a failure between the two calls must not leave a sheet that no mark accounts for.
          workbook.names.add(tempMarkName(sheetPlan.key), tempMarkFormula(tempSheetName(sheetPlan.key))).visible = false;
          const sheet = workbook.worksheets.add(tempSheetName(sheetPlan.key));
          temps.push({ plan: sheetPlan, sheet });
          await writeSheetPlan(sheet, sheetPlan, { final: false, formula: rewrite, budget: writing });
        }
        await sync();

        onStep?.("verifying");
        const checks = await queueVerify(context, temps, new RequestBudget(sync));
        await sync();
        const differences = mismatches(checks);
        if (differences.length > 0) {
          // The fourth round trip tidies up; were it to fail, the marks let the next run do it.
          for (const { plan: sheetPlan, sheet } of temps) {
            sheet.delete();
            workbook.names.getItem(tempMarkName(sheetPlan.key)).delete();
          }
          await sync();
          return report(false, differences);
        }

        onStep?.("finishing");
        stage = "final";
        // Marked incomplete first, claiming the sheets this batch adds (see ownership.ts); an earlier
        // run's mark is rewritten in place, so that its claims never lapse.
        const claims = result.plan.sheets.filter((sheetPlan) => outputSheetOf(before, sheetPlan)?.claimed !== false).map((sheetPlan) => ({ key: sheetPlan.key, sheet: sheetPlan.name }));
        if (read.names.some((n) => n.name.toLowerCase() === INCOMPLETE_MARK.toLowerCase())) workbook.names.getItem(INCOMPLETE_MARK).formula = incompleteFormula(claims);
        else workbook.names.add(INCOMPLETE_MARK, incompleteFormula(claims)).visible = false;
        for (const chart of oldCharts.flatMap((charts) => charts.items)) chart.delete();
        const finishing = new RequestBudget(sync);
        for (const sheetPlan of result.plan.sheets) await writeOutputSheet(workbook, read, sheetPlan, finishing);
        for (const { plan: sheetPlan, sheet } of temps) {
          sheet.delete();
          workbook.names.getItem(tempMarkName(sheetPlan.key)).delete();
        }
        workbook.names.getItem(INCOMPLETE_MARK).delete();
        await sync();
        const { assumptions } = result.input;
        const sentences = [...headline(result.appraisal, assumptions), ...(result.analysis.clause ? [result.analysis.clause] : [])];
        return report(true, result.issues, { appraisal: result.appraisal, headline: sentences, currency: assumptions.currency, robustness: robustnessReport(result) });
      });
    } catch (error) {
      let after: Stage = stage;
      if (stage !== "before-writing" && read && plan) {
        // A batch of its own: Excel dropped whatever was queued after the failed call.
        const [before, planned] = [read, plan];
        const incomplete = await excel()
          .run(async (context) => tidyUp(context, counted(context), before, planned))
          .catch((failure: unknown) => {
            // Excel still failing: the marks let the next run tidy up.
            if (!isExcelError(failure)) throw failure;
            return stage === "final";
          });
        if (stage === "final" && !incomplete) after = "temporary";
      }
      return report(false, [excelIssue(error, after)]);
    }
  }

  async function createInputTables(kind: InputTemplateKind): Promise<CreateTablesReport> {
    // The robustness settings go in with their defaults, shown and editable (decision 16).
    const template = kind === "reference" ? referenceInputTables({ robustnessDefaults: true }) : emptyInputTables({ robustnessDefaults: true });
    try {
      return await excel().run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        const tables = context.workbook.tables.load("items/name");
        await context.sync();
        const clashes = templateClashes(template, sheets.items.map((s) => s.name), tables.items.map((t) => t.name));
        if (clashes.length > 0) return { ok: false, sheets: [], issues: clashes };
        const added = queueInputTables(context.workbook, template);
        await context.sync();
        return { ok: true, sheets: added, issues: [] };
      });
    } catch (error) {
      return { ok: false, sheets: [], issues: [excelIssue(error, "other")] };
    }
  }

  async function removeOutputs(): Promise<readonly string[]> {
    return excel().run(async (context) => {
      const workbook = context.workbook;
      const read = await readWorkbook(context, () => context.sync());
      const owned = [...read.marks, ...read.temps];
      const doomed = read.sheets.filter((sheet) => owned.some((mark) => mark.sheet !== undefined && sameSheetName(mark.sheet, sheet.name)));
      // Excel keeps at least one sheet: when only the add-in's sheets remain, a blank one stays behind.
      if (doomed.length === read.sheets.length) workbook.worksheets.add();
      for (const sheet of doomed) workbook.worksheets.getItem(sheet.id).delete();
      // A claimed sheet's mark was never written (see ownership.ts): there is no name to delete.
      for (const mark of owned) if (!mark.claimed) workbook.names.getItem(mark.name).delete();
      if (read.names.some((n) => n.name.toLowerCase() === INCOMPLETE_MARK.toLowerCase())) workbook.names.getItem(INCOMPLETE_MARK).delete();
      await context.sync();
      return doomed.map((sheet) => sheet.name);
    });
  }

  async function goTo(place: Place): Promise<void> {
    await excel().run(async (context) => {
      const workbook = context.workbook;
      if (place.sheet !== undefined && place.cell !== undefined) {
        const sheet = workbook.worksheets.getItem(place.sheet);
        sheet.activate();
        sheet.getRange(place.cell).select();
      } else if (place.table !== undefined) {
        const table = workbook.tables.getItem(place.table);
        table.worksheet.activate();
        (place.column !== undefined ? table.columns.getItem(place.column).getDataBodyRange() : table.getRange()).select();
      } else if (place.sheet !== undefined) {
        workbook.worksheets.getItem(place.sheet).activate();
      } else {
        throw new Error(`Nowhere to go: ${formatPlace(place) || "no place given"}`);
      }
      await context.sync();
    });
  }

  async function watchInputs(onChange: () => void): Promise<() => Promise<void>> {
    return excel().run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const wanted = new Set(INPUT_TABLES.map(normalizeName));
      const handlers = tables.items
        .filter((table) => wanted.has(normalizeName(table.name)))
        .map((table) => table.onChanged.add(async () => onChange()));
      await context.sync();
      return async () => {
        await excel().run(context, async (again) => {
          for (const handler of handlers) handler.remove();
          await again.sync();
        });
      };
    });
  }

  function readAutoUpdate(): boolean {
    return office().context.document.settings.get(AUTO_UPDATE_SETTING) === true;
  }

  function saveAutoUpdate(on: boolean): Promise<void> {
    return saveSetting(office(), AUTO_UPDATE_SETTING, on);
  }

  function readRibbonRun(): RibbonRunOutcome | undefined {
    const saved: unknown = office().context.document.settings.get(RIBBON_RUN_SETTING);
    return isRibbonRunOutcome(saved) ? saved : undefined;
  }

  function saveRibbonRun(outcome: RibbonRunOutcome | undefined): Promise<void> {
    return saveSetting(office(), RIBBON_RUN_SETTING, outcome);
  }

  return { status, run, createInputTables, removeOutputs, goTo, watchInputs, readAutoUpdate, saveAutoUpdate, readRibbonRun, saveRibbonRun };
}

/** Deletes temporary sheets and marks a failed earlier run left behind (queued; no sync). */
function removeTemporarySheets(workbook: Excel.Workbook, read: WorkbookRead): void {
  for (const mark of read.temps) {
    const sheet = read.sheets.find((s) => mark.sheet !== undefined && sameSheetName(s.name, mark.sheet));
    if (sheet) workbook.worksheets.getItem(sheet.id).delete();
    workbook.names.getItem(mark.name).delete();
  }
}

/** Loads the charts on the owned output sheets (in the write batch), so the final batch can replace them. */
function queueOwnedCharts(workbook: Excel.Workbook, read: WorkbookRead): Excel.ChartCollection[] {
  const owned = read.marks.flatMap((mark) => read.sheets.filter((s) => mark.sheet !== undefined && sameSheetName(s.name, mark.sheet)));
  return owned.map((sheet) => workbook.worksheets.getItem(sheet.id).charts.load("items/name"));
}

/**
 * After a failure while writing, in a batch of its own (two round trips: look, then delete): removes every
 * temporary sheet and mark, and the output sheets the failed run added (with their marks), so that only
 * the sheets that were there before remain. Returns whether outputs that existed before stay marked
 * incomplete (the final batch may have begun rewriting them: the next run repairs them).
 */
async function tidyUp(context: Excel.RequestContext, sync: () => Promise<void>, before: WorkbookRead, plan: WritePlan): Promise<boolean> {
  const workbook = context.workbook;
  const sheetList = workbook.worksheets.load("items/name,items/id");
  const nameList = workbook.names.load("items/name,items/formula");
  await sync();
  const sheets = sheetList.items.map((sheet) => ({ name: sheet.name, id: sheet.id }));
  const names = nameList.items.map((item) => ({ name: item.name, formula: String(item.formula) }));
  const existed = new Set(before.sheets.map((sheet) => sheet.id));
  const added = sheets.filter((sheet) => !existed.has(sheet.id) && plan.sheets.some((p) => sameSheetName(p.name, sheet.name)));
  const temps = tempMarks(names);
  // A temporary sheet is one this run added, or one an earlier run left (marked when this run read).
  const isTemporary = (sheet: SheetRecord) => temps.some((mark) => mark.sheet !== undefined && sameSheetName(mark.sheet, sheet.name))
    && (!existed.has(sheet.id) || before.temps.some((mark) => mark.sheet !== undefined && sameSheetName(mark.sheet, sheet.name)));
  const doomed = sheets.filter((sheet) => added.includes(sheet) || isTemporary(sheet));
  // Excel keeps at least one sheet.
  if (doomed.length > 0 && doomed.length === sheets.length) workbook.worksheets.add();
  for (const sheet of doomed) workbook.worksheets.getItem(sheet.id).delete();
  for (const mark of temps) workbook.names.getItem(mark.name).delete();
  for (const item of names) {
    const sheet = keyOfOwnershipName(item.name) === undefined ? undefined : sheetOfReference(item.formula);
    if (sheet !== undefined && added.some((s) => sameSheetName(s.name, sheet))) workbook.names.getItem(item.name).delete();
  }
  const incomplete = names.some((item) => item.name.toLowerCase() === INCOMPLETE_MARK.toLowerCase());
  const keptOutputs = plan.sheets.some((sheetPlan) => outputSheetOf(before, sheetPlan) !== undefined);
  if (incomplete && !keptOutputs) workbook.names.getItem(INCOMPLETE_MARK).delete();
  await sync();
  return incomplete && keptOutputs;
}

/** The owned sheet that a planned sheet replaces, as the run read it (with its mark), or undefined. */
function outputSheetOf(read: WorkbookRead, plan: SheetPlan): (SheetRecord & { readonly claimed: boolean; readonly markName: string; readonly markVisible: boolean }) | undefined {
  const mark = read.marks.find((m) => m.key.toLowerCase() === plan.key.toLowerCase() && m.sheet !== undefined);
  const sheet = mark?.sheet !== undefined ? read.sheets.find((s) => sameSheetName(s.name, mark.sheet as string)) : undefined;
  return mark && sheet ? { ...sheet, claimed: mark.claimed === true, markName: mark.name, markVisible: mark.visible === true } : undefined;
}

/**
 * The owned sheet keeps its identity (decision 2): unprotected, its tables deleted, cleared and
 * rewritten; without one, a new sheet is added and marked. A mark left showing, or not written yet
 * (a sheet claimed by an unfinished run), is put right.
 */
async function writeOutputSheet(workbook: Excel.Workbook, read: WorkbookRead, plan: SheetPlan, budget: RequestBudget): Promise<void> {
  const existing = outputSheetOf(read, plan);
  // A mark of this key that points nowhere (its sheet was deleted), or is about to be replaced.
  const written = read.names.find((n) => n.name.toLowerCase() === ownershipName(plan.key).toLowerCase());
  let sheet: Excel.Worksheet;
  if (existing) {
    sheet = workbook.worksheets.getItem(existing.id);
    sheet.protection.unprotect();
    for (const table of read.tables.filter((t) => sameSheetName(t.sheet, existing.name))) workbook.tables.getItem(table.name).delete();
    sheet.getRange().clear();
    sheet.freezePanes.unfreeze();
    if (existing.name !== plan.name) sheet.name = plan.name;
    if (existing.claimed) {
      if (written) workbook.names.getItem(written.name).delete();
      workbook.names.add(ownershipName(plan.key), markFormula(plan.name)).visible = false;
    } else if (existing.markVisible) {
      workbook.names.getItem(existing.markName).visible = false;
    }
  } else {
    if (written) workbook.names.getItem(written.name).delete();
    sheet = workbook.worksheets.add(plan.name);
    workbook.names.add(ownershipName(plan.key), markFormula(plan.name)).visible = false;
  }
  await writeSheetPlan(sheet, plan, { final: true, budget });
}
