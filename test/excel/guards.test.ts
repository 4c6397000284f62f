/**
 * What the office-js host refuses or protects: a user's sheet named like an output, text that Excel
 * would turn into a formula or a number, Excel's cell-edit mode, template names taken; and the
 * simulator's own Excel rules that these tests rely on.
 */
import { createOfficeAddinHost } from "../../src/excel/officeAddinHost";
import { ADDIN_VERSION } from "../../src/excel/version";
import { referenceInputTables } from "../../src/workbook";
import { createExcelSimulator } from "../excel-sim";
import { addInputTables, simulatorWithHost } from "./simulatorSetup";
import packageJson from "../../package.json";

describe("the simulator models Excel", () => {
  it("reads text starting with = as a formula and numeric text as a number, unless the cell is text-formatted", async () => {
    const sim = createExcelSimulator();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("S");
      sheet.getRange("A1:C1").values = [["=Mutual", "123", "'=quoted"]];
      const text = sheet.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["=Mutual", "123"]];
      await context.sync();
    });
    const cells = sim.toJson().sheets[0]?.cells ?? [];
    expect(cells.map((c) => [c.address, c.value, c.formula])).toEqual([
      ["A1", undefined, "=Mutual"], ["B1", 123, undefined], ["C1", "=quoted", undefined],
      ["A2", "=Mutual", undefined], ["B2", "123", undefined],
    ]);
  });

  it("throws 'property not loaded' when a property is read before load and sync", async () => {
    const sim = createExcelSimulator();
    await expect(sim.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      return sheets.items.length;
    })).rejects.toThrow(/not available.*call the load method/);
  });

  it("fails at the n-th call, leaving earlier calls applied", async () => {
    const sim = createExcelSimulator({ failAtCall: 2 });
    await expect(sim.Excel.run(async (context) => {
      context.workbook.worksheets.add("First");
      context.workbook.worksheets.add("Second");
      await context.sync();
    })).rejects.toMatchObject({ code: "GeneralException" });
    expect(sim.workbook.sheets.map((s) => s.name)).toEqual(["First"]);
  });
});

describe("office-js host guards", () => {
  it("stops on a user's own Summary sheet with OUTPUT_SHEET_NOT_OWNED and changes nothing", async () => {
    const { sim, host } = simulatorWithHost();
    await host.createInputTables("reference");
    sim.userAddSheet("Summary", "my own summary");
    const before = JSON.stringify(sim.toJson());
    const report = await host.run();
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => i.code)).toEqual(["OUTPUT_SHEET_NOT_OWNED"]);
    expect(report.syncs).toBe(1);
    expect(JSON.stringify(sim.toJson())).toBe(before);
  });

  it("stops before replacing anything when Excel's figures differ from the engine's, and tidies up", async () => {
    // A calculation that gives every formula 0: what a broken formula would look like.
    const { sim, host } = simulatorWithHost({ calculate: async (json) => Object.fromEntries(json.sheets.map((s) => [s.name, Object.fromEntries(s.cells.filter((c) => c.formula).map((c) => [c.address, 0]))])) });
    await host.createInputTables("reference");
    const before = JSON.stringify(sim.toJson());
    const report = await host.run();
    expect(report.ok).toBe(false);
    expect(report.syncs).toBe(4);
    expect(report.issues[0]).toMatchObject({ code: "OUTPUT_MISMATCH", place: { sheet: "Ranked Results", cell: "A4" } });
    expect(JSON.stringify(sim.toJson())).toBe(before);
  });

  it("turns Excel's cell-edit mode into an issue that says what to do, writing nothing", async () => {
    const { sim, host } = simulatorWithHost();
    await host.createInputTables("reference");
    const before = JSON.stringify(sim.toJson());
    sim.faults.cellEditMode = true;
    const report = await host.run();
    expect(report.ok).toBe(false);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]?.code).toBe("EXCEL_CELL_EDITING");
    expect(report.issues[0]?.message).toMatch(/Press Enter or Esc to leave the cell you are editing, then run again/);
    sim.faults.cellEditMode = false;
    expect(JSON.stringify(sim.toJson())).toBe(before);
  });

  it("refuses to create input tables when a sheet named Inputs exists", async () => {
    const { sim, host } = simulatorWithHost();
    sim.userAddSheet("Inputs");
    const before = JSON.stringify(sim.toJson());
    const report = await host.createInputTables("empty");
    expect(report.ok).toBe(false);
    expect(report.sheets).toEqual([]);
    expect(report.issues.map((i) => [i.code, i.place?.sheet])).toEqual([["TEMPLATE_SHEET_EXISTS", "Inputs"]]);
    expect(JSON.stringify(sim.toJson())).toBe(before);
  });

  it("creates the empty template with its tables and formats", async () => {
    const { sim, host } = simulatorWithHost();
    const report = await host.createInputTables("empty");
    expect(report.ok).toBe(true);
    expect(sim.toJson().tables.map((t) => [t.name, t.sheet])).toEqual([
      ["Assumptions", "Inputs"], ["Options", "Inputs"], ["Criteria", "Inputs"], ["SavingOpportunities", "Savings"],
    ]);
    const status = await host.status();
    expect(status.tables.every((t) => t.found)).toBe(true);
    expect(status.outputsPresent).toBe(false);
  });

  it("goes to a cell, and to a table column's data", async () => {
    const { sim, host } = simulatorWithHost();
    await host.createInputTables("reference");
    await host.goTo({ sheet: "Inputs", cell: "B13" });
    expect(sim.workbook.active?.address).toBe("B13");
    await host.goTo({ table: "SavingOpportunities", column: "Risk" });
    const savings = sim.workbook.sheets.find((s) => s.name === "Savings");
    expect(sim.workbook.active).toEqual({ sheetId: savings?.id, address: "B4:B11" });
  });

  it("calls back when an input table changes, until unsubscribed", async () => {
    const { sim, host } = simulatorWithHost();
    await host.createInputTables("reference");
    let calls = 0;
    const stop = await host.watchInputs(() => calls++);
    sim.userEdit("Savings", "C4", 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(1);
    sim.userEdit("Sheet1", "Z9", 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(1);
    await stop();
    sim.userEdit("Savings", "C4", 2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(1);
  });

  it("saves Update automatically with the workbook's settings", async () => {
    const { sim, host } = simulatorWithHost();
    expect(host.readAutoUpdate()).toBe(false);
    await host.saveAutoUpdate(true);
    expect(host.readAutoUpdate()).toBe(true);
    expect(sim.workbook.savedSettings).toEqual({ autoUpdate: true });
  });

  it("keeps the ribbon run's problems with the workbook, ignores a malformed setting, and clears them", async () => {
    const { sim, host } = simulatorWithHost();
    const outcome = { at: "2026-11-24T12:00:00.000Z", ok: false, issues: [{ code: "TABLE_MISSING", severity: "error" as const, message: "No Options table." }] };
    await host.saveRibbonRun(outcome);
    expect(host.readRibbonRun()).toEqual(outcome);
    expect(sim.workbook.savedSettings).toEqual({ lastRunIssues: outcome });
    sim.Office.context.document.settings.set("lastRunIssues", { at: 3, issues: "not a list" });
    expect(host.readRibbonRun()).toBeUndefined();
    await host.saveRibbonRun(undefined);
    expect(sim.workbook.savedSettings).toEqual({});
  });

  it("stamps the package's version", () => {
    expect(ADDIN_VERSION).toBe(packageJson.version);
  });

  it("uses the globals when none are given", () => {
    const host = createOfficeAddinHost();
    expect(() => host.readAutoUpdate()).toThrow(/Office is not defined/);
  });
});

describe("text from users stays text", () => {
  it("writes options named =Mutual and 123 as text, and verifies the run", async () => {
    const { sim, host } = simulatorWithHost({ libreOffice: true });
    const reference = referenceInputTables();
    const rename = (name: unknown) => (name === "Public service mutual" ? "=Mutual" : name === "The Barnet Group" ? "123" : name);
    await addInputTables(sim, {
      titles: reference.titles,
      tables: reference.tables.map((table) => {
        if (table.name === "Options") return { ...table, rows: table.rows.map((row) => [rename(row[0]) as string, ...row.slice(1)]) };
        if (table.name === "SavingOpportunities") return { ...table, headers: table.headers.map((h) => rename(h) as string) };
        return table;
      }),
    });
    const input = sim.toJson().sheets.find((s) => s.name === "Inputs")?.cells;
    expect(input?.filter((c) => c.value === "=Mutual" || c.value === "123").map((c) => c.numberFormat)).toEqual(["@", "@"]);
    const report = await host.run();
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.ok).toBe(true);
    const results = sim.toJson().sheets.find((s) => s.name === "Ranked Results");
    expect(results?.cells.find((c) => c.address === "B4")).toMatchObject({ value: "=Mutual", numberFormat: "@" });
    expect(results?.cells.find((c) => c.value === "123")?.formula).toBeUndefined();
    expect(results?.cells.some((c) => c.formula === "=Mutual" || c.value === 123)).toBe(false);
    const summary = sim.toJson().sheets.find((s) => s.name === "Summary");
    // Both header rows (financial model and appraisal matrix) name every option.
    expect(summary?.cells.filter((c) => c.value === "=Mutual" || c.value === "123").map((c) => c.numberFormat)).toEqual(["@", "@", "@", "@"]);
  }, 120_000);
});
