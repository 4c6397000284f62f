/** Shared set-up for the office-js host tests: a simulator, a host on it, generated input tables. */
import { createOfficeAddinHost } from "../../src/excel/officeAddinHost";
import { queueInputTables } from "../../src/excel/inputTables";
import type { AddinHost, RunReport } from "../../src/excel/addinHost";
import type { InputTemplate } from "../../src/workbook";
import { createExcelSimulator, type ExcelSimulator, type ExcelSimulatorOptions } from "../excel-sim";
import { expectInputsUnchanged, simulatorInputFingerprint } from "../helpers/inputFingerprint";
import { calculateWithLibreOffice } from "../helpers/simulatorCalculation";

export const FIXED_NOW = new Date("2026-11-24T10:00:00.000Z");

/**
 * A simulator with a host on it. Every `run` and `removeOutputs` of the host is checked to leave the
 * input cells as they were (a fingerprint of every cell of every sheet the add-in does not own, taken
 * before and after): it throws, naming the cells, if they changed.
 */
export function simulatorWithHost(options: ExcelSimulatorOptions & { libreOffice?: boolean } = {}): { sim: ExcelSimulator; host: AddinHost } {
  const { libreOffice, ...rest } = options;
  const sim = createExcelSimulator({ ...(libreOffice ? { calculate: calculateWithLibreOffice } : {}), ...rest });
  sim.userAddSheet("Sheet1", "");
  const host = createOfficeAddinHost({ excel: sim.Excel, office: sim.Office, now: () => FIXED_NOW });
  return { sim, host: keepingInputs(sim, host) };
}

const checkedHosts = new WeakSet<AddinHost>();

/** The host with `run` and `removeOutputs` compared before and after (see `simulatorWithHost`). */
export function keepingInputs(sim: ExcelSimulator, host: AddinHost): AddinHost {
  if (checkedHosts.has(host)) return host;
  const checked = <A extends unknown[], R>(what: string, action: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const before = simulatorInputFingerprint(sim.toJson());
    const result = await action(...args);
    expectInputsUnchanged(before, simulatorInputFingerprint(sim.toJson()), what);
    return result;
  };
  const wrapped = { ...host, run: checked("the run", host.run), removeOutputs: checked("Remove outputs", host.removeOutputs) };
  checkedHosts.add(wrapped);
  return wrapped;
}

/** Writes a template's tables through the simulator's API (for tables no "Create input tables" offers). */
export async function addInputTables(sim: ExcelSimulator, template: InputTemplate): Promise<void> {
  await sim.Excel.run(async (context) => {
    queueInputTables(context.workbook, template);
    await context.sync();
  });
}

export { generatedTemplate } from "../helpers/generatedTemplate";

/**
 * Runs the appraisal and checks it wrote without errors in exactly 4 round trips, counted by host and
 * simulator, leaving the input cells as they were.
 */
export async function runInFourRoundTrips(sim: ExcelSimulator, host: AddinHost): Promise<RunReport> {
  const before = sim.syncs();
  const report = await keepingInputs(sim, host).run();
  expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(report.ok).toBe(true);
  expect(report.syncs).toBe(4);
  expect(sim.syncs() - before).toBe(4);
  return report;
}
