/**
 * Hidden rows of an input table, read by the office-js host in its one read batch (the visible view of
 * each table's first body column): a HIDDEN_ROW warning with the row's place, the row still counted,
 * and a run still in four round trips. Plus the simulator's rows, columns and visible views.
 */
import { addressRows } from "../../src/excel/readWorkbook";
import { createExcelSimulator } from "../excel-sim";
import { simulatorWithHost, runInFourRoundTrips } from "./simulatorSetup";

const hiddenWarnings = (issues: readonly { code: string; severity: string; place?: { sheet?: string; cell?: string } }[]) =>
  issues.filter((i) => i.code === "HIDDEN_ROW").map((i) => [i.severity, i.place?.sheet, i.place?.cell]);

describe("hidden rows in the office-js host", () => {
  it("reports no hidden row when nothing is hidden", async () => {
    const { host } = simulatorWithHost();
    await host.createInputTables("reference");
    const status = await host.status();
    expect(hiddenWarnings(status.issues)).toEqual([]);
    expect(status.tables.every((t) => t.warnings === 0)).toBe(true);
  });

  it("warns about a hidden saving line with its sheet and cell, counted in the table's warnings", async () => {
    const { sim, host } = simulatorWithHost();
    await host.createInputTables("reference");
    // SavingOpportunities: header on row 3, lines on rows 4 to 11.
    sim.userHideRows("Savings", 6);
    const status = await host.status();
    expect(hiddenWarnings(status.issues)).toEqual([["warning", "Savings", "A6"]]);
    expect(status.issues.find((i) => i.code === "HIDDEN_ROW")?.message).toMatch(/Row 6 of the SavingOpportunities table \(sheet .*Savings.*\) is hidden/);
    expect(status.tables.map((t) => [t.name, t.rows, t.errors, t.warnings])).toEqual([
      ["Assumptions", 20, 0, 0],
      ["Options", 5, 0, 0],
      ["Criteria", 5, 0, 0],
      ["SavingOpportunities", 8, 0, 1],
    ]);
    sim.userUnhideRows("Savings", 6);
    expect(hiddenWarnings((await host.status()).issues)).toEqual([]);
  });

  it("reads hidden rows on a sheet whose name needs quotes", async () => {
    const { sim, host } = simulatorWithHost();
    await host.createInputTables("reference");
    const name = "Ben's savings!";
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Savings").name = name;
      await context.sync();
    });
    sim.userHideRows(name, 10, 2);
    const status = await host.status();
    expect(hiddenWarnings(status.issues)).toEqual([["warning", name, "A10"], ["warning", name, "A11"]]);
    expect(status.tables.find((t) => t.name === "SavingOpportunities")?.warnings).toBe(2);
  });

  it("reads nothing for a missing table and does not throw", async () => {
    const { host } = simulatorWithHost();
    const status = await host.status();
    expect(status.tables.map((t) => [t.name, t.found])).toEqual([
      ["Assumptions", false], ["Options", false], ["Criteria", false], ["SavingOpportunities", false],
    ]);
    expect(hiddenWarnings(status.issues)).toEqual([]);
  });

  it("still counts a hidden line in the totals, warns, and runs in exactly 4 round trips", async () => {
    const { sim, host } = simulatorWithHost({ libreOffice: true });
    await host.createInputTables("reference");
    sim.userHideRows("Savings", 6);
    const report = await runInFourRoundTrips(sim, host);
    expect(hiddenWarnings(report.issues)).toEqual([["warning", "Savings", "A6"]]);
    // The reference figures, all eight lines included.
    expect(report.headline?.[0]).toBe("Public service mutual has the highest total benefit (£14,557,643).");
    expect(sim.toJson().sheets.find((s) => s.name === "Savings")?.hiddenRows).toEqual([6]);
  }, 120_000);
});

describe("cell addresses of a visible view", () => {
  it("give their 1-based rows, with or without a sheet, quoted or not", () => {
    expect(addressRows("Savings!A5")).toEqual([5]);
    expect(addressRows("'My sheet'!$A$12")).toEqual([12]);
    expect(addressRows("'Ben''s savings!'!A7")).toEqual([7]);
    expect(addressRows("B3")).toEqual([3]);
    expect(addressRows("Savings!A5:A7")).toEqual([5, 6, 7]);
    expect(addressRows("")).toEqual([]);
    expect(addressRows("#REF!")).toEqual([]);
  });
});

describe("the simulator's hidden rows and visible views", () => {
  it("leaves hidden rows out of a visible view, loaded and synced like any property", async () => {
    const sim = createExcelSimulator();
    sim.userAddSheet("My sheet", "x");
    sim.userHideRows("My sheet", 3, 2);
    const calls = sim.calls();
    const view = await sim.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("My sheet").getRange("A1:C6");
      const visible = range.getColumn(1).getVisibleView().load("cellAddresses,rowCount");
      expect(() => visible.cellAddresses).toThrow(/not available/);
      await context.sync();
      return { addresses: visible.cellAddresses, rows: visible.rowCount };
    });
    expect(view).toEqual({ addresses: [["'My sheet'!B1"], ["'My sheet'!B2"], ["'My sheet'!B5"], ["'My sheet'!B6"]], rows: 4 });
    expect(sim.calls() - calls).toBe(1);
    expect(sim.toJson().sheets[0]?.hiddenRows).toEqual([3, 4]);
  });

  it("gives a null view for a missing table's body, and refuses a column outside the range", async () => {
    const sim = createExcelSimulator();
    sim.userAddSheet("S");
    const isNull = await sim.Excel.run(async (context) => {
      const view = context.workbook.tables.getItemOrNullObject("Nope").getDataBodyRange().getColumn(0).getVisibleView().load("cellAddresses");
      await context.sync();
      return view.isNullObject;
    });
    expect(isNull).toBe(true);
    await expect(sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B2").getColumn(2).load("address");
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
