/**
 * The office-js host on the in-memory Excel with the reference case: one run in at most four round
 * trips, outputs owned and verified, the figures recalculated by LibreOffice equal to the published ones;
 * a re-run keeps the same sheets; status, out-of-date flag and Remove outputs.
 */
import { OWNERSHIP_PREFIX } from "../../src/workbook";
import type { RunReport, RunStep } from "../../src/excel/addinHost";
import { recalculate } from "../helpers/libreoffice";
import { expectReferenceFigures } from "../helpers/referenceFigures";
import { simulatorToXlsx } from "../helpers/simulatorCalculation";
import { simulatorWithHost } from "./simulatorSetup";
import { chartsOf } from "../excel-sim";

describe("office-js host, reference case", () => {
  const { sim, host } = simulatorWithHost({ libreOffice: true });
  let first: RunReport;
  const steps: RunStep[] = [];
  let syncsBefore = 0;

  beforeAll(async () => {
    const created = await host.createInputTables("reference");
    expect(created).toEqual({ ok: true, sheets: ["Inputs", "Savings"], issues: [] });
    syncsBefore = sim.syncs();
    first = await host.run((step) => steps.push(step));
  }, 120_000);

  it("runs in at most 4 round trips, counted the same by host and simulator", () => {
    expect(first.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(first.ok).toBe(true);
    expect(first.syncs).toBe(4);
    expect(sim.syncs() - syncsBefore).toBe(4);
    expect(steps).toEqual(["reading", "appraising", "writing", "verifying", "finishing"]);
    expect(first.headline?.[0]).toBe("Public service mutual has the highest total benefit (£14,557,643).");
    expect(first.currency).toBe("GBP");
    expect(sim.stats.suspendedCalculation).toBe(1);
    expect(sim.calculations()).toBe(1);
  });

  it("writes the RankedResults table on Ranked Results and marks the three output sheets as owned", () => {
    const json = sim.toJson();
    expect(json.tables.find((t) => t.name === "RankedResults")).toEqual({ name: "RankedResults", sheet: "Ranked Results", ref: "A3:K8" });
    const marks = json.names.filter((n) => n.name.startsWith(OWNERSHIP_PREFIX));
    expect(marks).toEqual([
      { name: `${OWNERSHIP_PREFIX}RankedResults`, formula: "='Ranked Results'!$A$1", visible: false },
      { name: `${OWNERSHIP_PREFIX}Summary`, formula: "=Summary!$A$1", visible: false },
      { name: `${OWNERSHIP_PREFIX}RiskSensitivity`, formula: "='Risk & Sensitivity'!$A$1", visible: false },
    ]);
    expect(json.sheets.map((s) => s.name)).toEqual(["Sheet1", "Inputs", "Savings", "Ranked Results", "Summary", "Risk & Sensitivity"]);
    expect(json.sheets.filter((s) => ["Ranked Results", "Summary", "Risk & Sensitivity"].includes(s.name)).every((s) => s.protected)).toBe(true);
    expect(json.sheets.find((s) => s.name === "Ranked Results")?.frozenRows).toBe(3);
    const summaryFormula = json.sheets.find((s) => s.name === "Summary")?.cells.find((c) => c.address === "B6");
    expect(summaryFormula?.formula).toMatch(/^='Ranked Results'!C\d+$/);
  });

  it("gives, recalculated by LibreOffice, the published figures and ranks to half a penny", async () => {
    expectReferenceFigures(await recalculate(await simulatorToXlsx(sim.toJson())));
  }, 60_000);

  it("re-runs into the same sheets (same ids) and leaves no temporary sheet", async () => {
    const ids = sim.workbook.sheets.map((s) => [s.name, s.id]);
    const again = await host.run();
    expect(again.ok).toBe(true);
    expect(again.syncs).toBe(4);
    expect(sim.workbook.sheets.map((s) => [s.name, s.id])).toEqual(ids);
    expect(sim.workbook.sheets.some((s) => s.name.startsWith("~tmp"))).toBe(false);
    expect(sim.workbook.names.map((n) => n.name)).toEqual([`${OWNERSHIP_PREFIX}RankedResults`, `${OWNERSHIP_PREFIX}Summary`, `${OWNERSHIP_PREFIX}RiskSensitivity`]);
    expect(sim.workbook.tables.filter((t) => t.name === "RankedResults")).toHaveLength(1);
    // The tornado chart is replaced, not added again; without a simulation there is no probability chart.
    const risk = sim.workbook.sheets.find((s) => s.name === "Risk & Sensitivity");
    expect(risk && chartsOf(risk).map((chart) => [chart.name, chart.type, chart.title])).toEqual([["TornadoChart", "BarClustered", "Tornado: Public service mutual's total benefit"]]);
  }, 120_000);

  it("reports the tables' rows, and out of date after an input edit", async () => {
    const before = await host.status();
    expect(before.tables.map((t) => [t.name, t.found, t.sheet, t.rows, t.errors, t.warnings])).toEqual([
      // Create input tables adds the 15 robustness settings with their defaults (decision 16).
      ["Assumptions", true, "Inputs", 20, 0, 0],
      ["Options", true, "Inputs", 5, 0, 0],
      ["Criteria", true, "Inputs", 5, 0, 0],
      ["SavingOpportunities", true, "Savings", 8, 0, 0],
    ]);
    expect(before.outputsPresent).toBe(true);
    expect(before.outOfDate).toBe(false);
    expect(before.manualCalculation).toBe(false);
    sim.userEdit("Savings", "C4", 250001);
    const after = await host.status();
    expect(after.outOfDate).toBe(true);
    // The first option's confidence: the Options table sits under the 20 assumptions.
    sim.userEdit("Inputs", "B28", "lots");
    const broken = await host.status();
    const options = broken.tables.find((t) => t.name === "Options");
    expect(options?.errors).toBe(1);
    expect(broken.issues.map((i) => i.code)).toContain("CONFIDENCE_NOT_NUMBER");
    sim.userEdit("Inputs", "B28", 0.85);
  });

  it("removes only its own sheets and marks", async () => {
    sim.userAddSheet("My notes");
    const removed = await host.removeOutputs();
    expect(removed).toEqual(["Ranked Results", "Summary", "Risk & Sensitivity"]);
    expect(sim.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Inputs", "Savings", "My notes"]);
    expect(sim.workbook.names).toEqual([]);
    expect((await host.status()).outputsPresent).toBe(false);
  });
});
