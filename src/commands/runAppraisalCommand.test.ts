import type { Issue } from "../core";
import type { AddinHost, RibbonRunOutcome, RunReport } from "../excel/addinHost";
import { RIBBON_RUN_FAILED, runAppraisalCommand } from "./runAppraisalCommand";

const NOW = () => new Date("2026-11-24T12:00:00Z");
const ISSUE: Issue = { code: "MISSING_TABLE", severity: "error", message: "No table named Options.", place: { table: "Options" } };

/** A host that runs as told and keeps the ribbon run's outcome in memory, as document settings would. */
function hostRunning(run: () => Promise<RunReport>, saveFails = false): AddinHost & { saved: RibbonRunOutcome | undefined; saves: number } {
  const unused = () => Promise.reject(new Error("not used by the ribbon command"));
  const host = {
    saved: undefined as RibbonRunOutcome | undefined,
    saves: 0,
    run, status: unused, createInputTables: unused, removeOutputs: unused, goTo: unused, watchInputs: unused,
    readAutoUpdate: () => false, saveAutoUpdate: unused,
    readRibbonRun: () => host.saved,
    saveRibbonRun: async (outcome: RibbonRunOutcome | undefined) => {
      host.saves += 1;
      if (saveFails) throw new Error("read-only");
      host.saved = outcome;
    },
  };
  return host;
}

const report = (ok: boolean, issues: readonly Issue[]): RunReport => ({ ok, issues, syncs: 4, millis: 10 });

describe("runAppraisalCommand", () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it("clears the last run's problems after a clean run", async () => {
    const host = hostRunning(async () => report(true, []));
    host.saved = { at: "earlier", ok: false, issues: [ISSUE] };
    await expect(runAppraisalCommand(host, NOW)).resolves.toBeUndefined();
    expect(host.readRibbonRun()).toBeUndefined();
    expect(host.saves).toBe(1);
  });

  it("keeps a failed run's issues for the pane", async () => {
    const host = hostRunning(async () => report(false, [ISSUE]));
    await runAppraisalCommand(host, NOW);
    expect(host.readRibbonRun()).toEqual({ at: "2026-11-24T12:00:00.000Z", ok: false, issues: [ISSUE] });
  });

  it("keeps a run's warnings too, marked as written", async () => {
    const warning: Issue = { ...ISSUE, severity: "warning" };
    const host = hostRunning(async () => report(true, [warning]));
    await runAppraisalCommand(host, NOW);
    expect(host.readRibbonRun()).toMatchObject({ ok: true, issues: [warning] });
  });

  it("turns a thrown error into an issue and never throws", async () => {
    const host = hostRunning(() => Promise.reject(new Error("GeneralException")));
    const outcome = await runAppraisalCommand(host, NOW);
    expect(outcome?.ok).toBe(false);
    expect(outcome?.issues[0]?.code).toBe(RIBBON_RUN_FAILED);
    expect(outcome?.issues[0]?.message).toContain("GeneralException");
    expect(host.readRibbonRun()).toEqual(outcome);
  });

  it("still completes when the settings cannot be saved", async () => {
    const host = hostRunning(async () => report(false, [ISSUE]), true);
    await expect(runAppraisalCommand(host, NOW)).resolves.toBeDefined();
    expect(consoleError).toHaveBeenCalled();
  });
});
