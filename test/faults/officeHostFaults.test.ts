/**
 * Fault injection into the office-js host (issue 5, decision 3). A run on the reference workbook is a
 * fixed sequence of API calls; for every n from 1 to that count, Excel fails at call n and then:
 * - the run reports the failure as an Issue (no exception, no unhandled rejection);
 * - the input cells are unchanged, cell for cell;
 * - the previous outputs are intact when the failure came before the final batch; inside the final batch
 *   they are intact or marked incomplete (Excel's batches are not transactions: decision 3);
 * - no temporary sheet is left (a transient fault), or every one left is marked for the next run
 *   (an Excel that stays broken, so that the tidying-up fails too);
 * - a following clean run succeeds in four round trips, repairs the outputs and leaves no temporary sheet.
 *
 * Inside the final batch a first run's added sheets are removed again (nothing is left); a re-run's
 * outputs, rewritten in place (decision 2), may be partly written and are then marked incomplete.
 *
 * Excel's recalculation is LibreOffice's, memoized: the verify step reads back only the temporary
 * sheets, which depend only on the inputs, so the whole file needs a single LibreOffice run.
 */
import type { AddinHost, RunReport, RunStep } from "../../src/excel/addinHost";
import { claimsOf, INCOMPLETE_MARK, TEMP_PREFIX, tempMarks } from "../../src/excel/ownership";
import { keyOfOwnershipName, sheetOfReference } from "../../src/workbook";
import { chartsOf, type ExcelSimulator, type WorkbookJson } from "../excel-sim";
import { simulatorWithHost } from "../excel/simulatorSetup";
import { expectInputsUnchanged, inputChanges, simulatorInputFingerprint } from "../helpers/inputFingerprint";
import { memoizedCalculation } from "../helpers/simulatorCalculation";

/** The sheets the add-in's ownership marks point at, and those an unfinished run claimed (lower-cased). */
function ownedSheetNames(json: WorkbookJson): Set<string> {
  const marked = json.names.filter((n) => keyOfOwnershipName(n.name) !== undefined).map((n) => sheetOfReference(n.formula));
  const claimed = json.names.filter((n) => n.name.toLowerCase() === INCOMPLETE_MARK.toLowerCase()).flatMap((n) => claimsOf(n.formula).map((claim) => claim.sheet));
  return new Set([...marked, ...claimed].filter((s): s is string => s !== undefined).map((s) => s.toLowerCase()));
}

// Only the inputs and the temporary sheets are calculated (the outputs are never read back), and a
// half-written temporary sheet left by a failure is answered from the complete one's figures.
const calculation = memoizedCalculation({
  only: (sheet, json) => !ownedSheetNames(json).has(sheet.toLowerCase()),
  byCell: (sheet) => sheet.startsWith("~tmp "),
  ignoreName: (name) => name.toLowerCase().startsWith("_optionsappraisal"),
});

/** Everything the outputs consist of: owned sheets (content, protection, charts, ids), their tables and marks. */
function outputs(sim: ExcelSimulator, withIds: boolean, json: WorkbookJson = sim.toJson()): string {
  const owned = ownedSheetNames(json);
  return JSON.stringify({
    sheets: json.sheets.filter((s) => owned.has(s.name.toLowerCase())).map((sheet) => {
      const simSheet = sim.workbook.sheets.find((s) => s.name === sheet.name);
      return {
        ...sheet,
        cells: sheet.cells.map(({ result: _result, ...cell }) => cell),
        charts: simSheet ? chartsOf(simSheet) : [],
        ...(withIds ? { id: simSheet?.id } : {}),
      };
    }),
    tables: json.tables.filter((t) => owned.has(t.sheet.toLowerCase())),
    marks: json.names.filter((n) => keyOfOwnershipName(n.name) !== undefined),
  });
}

/** The workbook as JSON without formula results (a recalculation may refresh those), for comparing. */
const withoutResults = (json: WorkbookJson): string => JSON.stringify({ ...json, sheets: json.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map(({ result: _result, ...cell }) => cell) })) });

const temporarySheets = (sim: ExcelSimulator): string[] => sim.workbook.sheets.filter((s) => s.name.startsWith("~tmp")).map((s) => s.name);
const temporaryMarks = (sim: ExcelSimulator): string[] => sim.workbook.names.filter((n) => n.name.toLowerCase().startsWith(TEMP_PREFIX.toLowerCase())).map((n) => n.name);
const incomplete = (sim: ExcelSimulator): boolean => sim.workbook.names.some((n) => n.name.toLowerCase() === INCOMPLETE_MARK.toLowerCase());

async function prepared(previous: boolean): Promise<{ sim: ExcelSimulator; host: AddinHost }> {
  const { sim, host } = simulatorWithHost({ calculate: calculation.calculate });
  await host.createInputTables("reference");
  if (previous) {
    const report = await host.run();
    if (!report.ok) throw new Error(`the preparing run failed: ${JSON.stringify(report.issues)}`);
  }
  return { sim, host };
}

/** A clean run's calls, in total and where each batch ends (counted when the next step starts). */
async function cleanRun(previous: boolean): Promise<{ calls: number; batches: Record<string, number>; outputs: string }> {
  const { sim, host } = await prepared(previous);
  const start = sim.calls();
  const batches: Record<string, number> = {};
  const report: RunReport = await host.run((step: RunStep) => {
    batches[step] = sim.calls() - start;
  });
  expect(report.ok).toBe(true);
  return { calls: sim.calls() - start, batches, outputs: outputs(sim, false) };
}

interface Sweep {
  readonly previous: boolean;
  readonly code: string;
  readonly persistent: boolean;
}

const injected = { failures: 0, runs: 0 };

/** Fails the run at call n; returns what went wrong (nothing, when the host kept every promise). */
async function inject(sweep: Sweep, n: number, finalFrom: number, cleanOutputs: string): Promise<string[]> {
  const problems: string[] = [];
  const { sim, host } = await prepared(sweep.previous);
  const before = sim.toJson();
  const inputsBefore = simulatorInputFingerprint(before);
  const outputsBefore = outputs(sim, sweep.previous, before);
  Object.assign(sim.faults, { failAtCall: sim.calls() + n, failCode: sweep.code, failCalls: sweep.persistent ? Infinity : 1 });
  let report: RunReport | undefined;
  try {
    report = await host.run();
  } catch (error) {
    problems.push(`run rejected: ${String(error)}`);
  }
  const reached = sim.faults.failAtCall !== undefined && sim.calls() >= sim.faults.failAtCall;
  Object.assign(sim.faults, { failAtCall: undefined, failCalls: 1 });
  injected.failures++;
  if (!reached) problems.push("the fault was never reached");
  if (report?.ok !== false) problems.push("the run did not report a failure");
  else if (!report.issues.some((i) => i.severity === "error" && i.code.startsWith("EXCEL_"))) problems.push(`no Excel issue: ${JSON.stringify(report.issues)}`);

  const failed = sim.toJson();
  const changes = inputChanges(inputsBefore, simulatorInputFingerprint(failed));
  if (changes.length > 0) problems.push(`inputs changed: ${changes.join("; ")}`);
  const leftovers = [...temporarySheets(sim), ...temporaryMarks(sim)];
  if (!sweep.persistent && leftovers.length > 0) problems.push(`left behind: ${leftovers.join(", ")}`);
  if (sweep.persistent) {
    // Excel stayed broken, so the tidying-up failed too: whatever is left must be marked for the next run.
    const marked = new Set(tempMarks(failed.names).map((mark) => mark.sheet?.toLowerCase()));
    const unmarked = temporarySheets(sim).filter((name) => !marked.has(name.toLowerCase()));
    if (unmarked.length > 0) problems.push(`unmarked temporary sheets: ${unmarked.join(", ")}`);
  }
  if (outputs(sim, sweep.previous, failed) !== outputsBefore) {
    if (n < finalFrom) problems.push("the previous outputs changed before the final batch");
    else if (!incomplete(sim)) problems.push("the outputs changed without being marked incomplete");
  }

  // The next run, with Excel well again, succeeds and puts everything right.
  let again: RunReport;
  try {
    again = await host.run();
  } catch (error) {
    return [...problems, `the next run rejected: ${String(error)}`].map(label(sweep, n));
  }
  injected.runs++;
  const repaired = sim.toJson();
  if (!again.ok) problems.push(`the next run failed: ${JSON.stringify(again.issues)}`);
  if (again.syncs !== 4) problems.push(`the next run took ${again.syncs} round trips`);
  const remaining = [...temporarySheets(sim), ...temporaryMarks(sim), ...(incomplete(sim) ? [INCOMPLETE_MARK] : [])];
  if (remaining.length > 0) problems.push(`after the next run: ${remaining.join(", ")}`);
  if (outputs(sim, false, repaired) !== cleanOutputs) problems.push("the next run's outputs differ from a clean run's");
  if (sweep.previous && outputs(sim, true, repaired) !== outputsBefore) problems.push("the output sheets lost their identity");
  try {
    expectInputsUnchanged(inputsBefore, simulatorInputFingerprint(repaired), "the failed run and the next");
  } catch (error) {
    problems.push(String(error));
  }
  return problems.map(label(sweep, n));
}

const label = (sweep: Sweep, n: number) => (problem: string) => `n=${n} (${sweep.code}${sweep.persistent ? ", persistent" : ""}${sweep.previous ? ", re-run" : ", first run"}): ${problem}`;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on("unhandledRejection", onUnhandled));
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  // Figures for docs/RELIABILITY.md, in the test log.
  console.log(`office-js host faults: ${injected.failures} failures injected, ${injected.runs} recovery runs, LibreOffice runs ${calculation.misses()} (memo hits ${calculation.hits()})`);
});

describe.each([
  ["a re-run over previous outputs", true],
  ["a first run", false],
])("office-js host, fault at every call of %s", (_title, previous) => {
  let clean: Awaited<ReturnType<typeof cleanRun>>;
  beforeAll(async () => {
    clean = await cleanRun(previous);
  }, 120_000);

  it("counts the calls of a clean run", () => {
    console.log(`${previous ? "re-run" : "first run"}: ${clean.calls} calls; batches end at ${JSON.stringify(clean.batches)}`);
    expect(clean.calls).toBeGreaterThan(10);
  });

  // Every call, with a transient fault and with an Excel that stays broken.
  it.each([false, true])("keeps every promise when Excel fails at any call (GeneralException, stays broken: %s)", async (persistent) => {
    const problems: string[] = [];
    const finalFrom = (clean.batches.finishing ?? clean.calls) + 1;
    for (let n = 1; n <= clean.calls; n++) problems.push(...(await inject({ previous, code: "GeneralException", persistent }, n, finalFrom, clean.outputs)));
    expect({ problems: problems.length, first: problems.slice(0, 12) }).toEqual({ problems: 0, first: [] });
    expect(unhandled).toEqual([]);
  }, 300_000);

  // Other error codes take the same paths (only the message differs): the first, a middle and the last
  // call of each batch.
  it.each(["AccessDenied", "InvalidOperationInCellEditMode", "ItemNotFound"])("keeps every promise when Excel fails with %s at each batch's edges", async (code) => {
    const problems: string[] = [];
    const finalFrom = (clean.batches.finishing ?? clean.calls) + 1;
    const ends = [0, clean.batches.writing ?? 0, clean.batches.verifying ?? 0, clean.batches.finishing ?? 0, clean.calls];
    const calls = new Set(ends.slice(1).flatMap((end, i) => {
      const start = (ends[i] ?? 0) + 1;
      return [start, Math.floor((start + end) / 2), end];
    }));
    for (const n of [...calls].filter((c) => c >= 1 && c <= clean.calls).sort((a, b) => a - b)) problems.push(...(await inject({ previous, code, persistent: false }, n, finalFrom, clean.outputs)));
    expect({ problems: problems.length, first: problems.slice(0, 12) }).toEqual({ problems: 0, first: [] });
    expect(unhandled).toEqual([]);
  });
});

describe("office-js host, what a failed run leaves", () => {
  it("removes a temporary sheet marked the way earlier versions marked it (a reference)", async () => {
    const { sim, host } = await prepared(true);
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.add("~tmp Summary").getRange("A1").values = [["half written"]];
      context.workbook.names.add(`${TEMP_PREFIX}Summary`, "='~tmp Summary'!$A$1");
      await context.sync();
    });
    const report = await host.run();
    expect(report.ok).toBe(true);
    expect(temporarySheets(sim)).toEqual([]);
    expect(temporaryMarks(sim)).toEqual([]);
  });

  it("refuses, changing nothing, when a sheet of the user's has a temporary sheet's name", async () => {
    const { sim, host } = await prepared(true);
    sim.userAddSheet("~tmp Summary", "my own notes");
    const before = withoutResults(sim.toJson());
    const report = await host.run();
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => [i.code, i.place?.sheet])).toEqual([["OUTPUT_SHEET_NOT_OWNED", "~tmp Summary"]]);
    expect(withoutResults(sim.toJson()) === before).toBe(true);
  });

  it("says the outputs are out of date while a failure in the final batch has left them incomplete", async () => {
    const { sim, host } = await prepared(true);
    const clean = await cleanRun(true);
    const finalBatch = (clean.batches.finishing ?? 0) + 10;
    Object.assign(sim.faults, { failAtCall: sim.calls() + finalBatch, failCalls: Infinity });
    const report = await host.run();
    Object.assign(sim.faults, { failAtCall: undefined, failCalls: 1 });
    expect(report.ok).toBe(false);
    expect(report.issues[0]?.message).toMatch(/marked incomplete; run again to repair them/);
    expect(incomplete(sim)).toBe(true);
    expect((await host.status()).outOfDate).toBe(true);
    expect((await host.run()).ok).toBe(true);
    expect((await host.status()).outOfDate).toBe(false);
    expect(incomplete(sim)).toBe(false);
  });

  it("after a failure in the final batch of a first run, removes the sheets it added: nothing is left", async () => {
    const { sim, host } = await prepared(false);
    const clean = await cleanRun(false);
    const before = withoutResults(sim.toJson());
    sim.faults.failAtCall = sim.calls() + (clean.batches.finishing ?? 0) + 30;
    const report = await host.run();
    sim.faults.failAtCall = undefined;
    expect(report.ok).toBe(false);
    expect(report.issues[0]?.message).toMatch(/Your input tables and the previous results are unchanged/);
    expect(withoutResults(sim.toJson()) === before).toBe(true);
  });
});
