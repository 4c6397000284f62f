/** Shared set-up for the office-js host tests: a simulator, a host on it, generated input tables. */
import { createOfficeAddinHost } from "../../src/excel/officeAddinHost";
import { queueInputTables } from "../../src/excel/inputTables";
import type { AddinHost, RunReport } from "../../src/excel/addinHost";
import { referenceInputTables, type CellValue, type InputTemplate } from "../../src/workbook";
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

/** The reference layout with `options` options and `lines` saving lines, figures varied but deterministic. */
export function generatedTemplate(options: number, lines: number): InputTemplate {
  const reference = referenceInputTables();
  const names = Array.from({ length: options }, (_, i) => `Option ${i + 1}`);
  const criteria = reference.tables.find((t) => t.name === "Criteria");
  const criteriaCount = criteria?.rows.length ?? 0;
  const scores = ["Yes", "Yes", "Medium", "High", "Yes"];
  const optionsTop = reference.tables.find((t) => t.name === "Options")?.headerRow ?? 0;
  return {
    titles: reference.titles,
    tables: reference.tables.map((table) => {
      if (table.name === "Options") {
        const rows: CellValue[][] = names.map((name, i) => [name, 0.5 + (i % 10) / 20, ...Array.from({ length: criteriaCount }, (_, c) => (c === 0 && i % 7 === 3 ? "No" : scores[c] ?? "Yes"))]);
        return { ...table, rows, numberFormats: rows.map((row) => row.map((_, c) => (c === 1 ? "0%" : "General"))) };
      }
      if (table.name === "SavingOpportunities") {
        const rows: CellValue[][] = Array.from({ length: lines }, (_, l) => [
          `Saving line ${l + 1}`, ["Low", "Medium", "High"][l % 3] ?? "Low",
          ...names.map((_, o) => ((l * 7919 + o * 104729) % 13 === 0 ? null : ((l * 31 + o * 17) % 97) * 100 + 0.5 * (o % 2))),
          null,
        ]);
        return { ...table, headers: ["Saving opportunity", "Risk", ...names, "Notes"], rows, numberFormats: rows.map((row) => row.map(() => "General")) };
      }
      // The Criteria table sits under the (now longer) Options table.
      if (table.name === "Criteria") return { ...table, headerRow: optionsTop + options + 3 };
      return table;
    }),
  };
}

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
