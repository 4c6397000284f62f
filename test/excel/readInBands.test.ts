/**
 * Reading a workbook too large for one Excel response (issue 5, decision 5): the in-memory Excel refuses a
 * sync whose answer is over its limit, as Excel on the web does; the host then reads the tables' sizes and
 * their bodies in bands, and gets the same snapshot, hidden rows included. Bands refused for long text are
 * halved; a single row over the limit is an error that says what to do, and nothing is written. A fault
 * at every API call of a banded read is reported, and changes nothing.
 */
import { readWorkbook } from "../../src/excel/readInBands";
import type { WorkbookRead } from "../../src/excel/readWorkbook";
import type { InputTemplate } from "../../src/workbook";
import { generatedTemplate } from "../helpers/generatedTemplate";
import type { ExcelSimulator } from "../excel-sim";
import { addInputTables, simulatorWithHost } from "./simulatorSetup";

/** The template with the saving lines' names from `first` (0-based) to `first + count` made `length` long. */
function withLongNames(template: InputTemplate, first: number, count: number, length: number): InputTemplate {
  return {
    ...template,
    tables: template.tables.map((table) => table.name !== "SavingOpportunities" ? table : {
      ...table,
      rows: table.rows.map((row, r) => (r >= first && r < first + count ? [`${String(row[0])} ${"x".repeat(length)}`, ...row.slice(1)] : row)),
    }),
  };
}

/** The read, with its round trips and how many of them Excel refused. */
async function read(sim: ExcelSimulator, limit?: number): Promise<{ read: WorkbookRead; syncs: number; refused: number }> {
  const before = sim.syncs();
  sim.resetPayloads();
  const result = await sim.Excel.run(async (context) => readWorkbook(context, () => context.sync(), limit));
  return { read: result, syncs: sim.syncs() - before, refused: sim.payloads().refusedSyncs };
}

/** The one-batch read's answer in bytes, with no limit in the way. */
async function wholeRead(sim: ExcelSimulator): Promise<{ read: WorkbookRead; bytes: number }> {
  sim.faults.payloadLimitBytes = Infinity;
  const { read: whole, syncs } = await read(sim);
  expect(syncs).toBe(1);
  delete sim.faults.payloadLimitBytes;
  return { read: whole, bytes: sim.payloads().largestResponse };
}

describe("reading a workbook too large for one response", () => {
  it("reads the sizes, then the bodies in bands, and gets the same snapshot with the hidden rows", async () => {
    const { sim } = simulatorWithHost();
    await addInputTables(sim, generatedTemplate(20, 300));
    sim.userHideRows("Savings", 40, 3);
    const whole = await wholeRead(sim);
    expect(whole.read.snapshot.tables.find((t) => t.name === "SavingOpportunities")?.hiddenRows?.filter(Boolean)).toHaveLength(3);

    // Excel refuses an answer a third the size of the whole; the bands are planned to a quarter.
    sim.faults.payloadLimitBytes = Math.floor(whole.bytes / 3);
    const banded = await read(sim, Math.floor(whole.bytes / 4));
    expect(banded.read).toEqual(whole.read);
    // The refused read, the sizes, then at least four bands, none refused.
    expect(banded.refused).toBe(1);
    expect(banded.syncs).toBeGreaterThanOrEqual(6);
  });

  it("halves a band Excel refuses for long text, and still reads every cell", async () => {
    const { sim } = simulatorWithHost();
    await addInputTables(sim, withLongNames(generatedTemplate(5, 120), 10, 40, 2_000));
    const whole = await wholeRead(sim);
    // The guess (about 48 bytes a cell) fits every line in one band; the 40 long names make it too big.
    sim.faults.payloadLimitBytes = Math.floor(whole.bytes / 2);
    const banded = await read(sim);
    expect(banded.read).toEqual(whole.read);
    // The one-batch read and at least one band were refused.
    expect(banded.refused).toBeGreaterThanOrEqual(2);
  });

  it("refuses a single row too large for one request with an error that says what to do, and writes nothing", async () => {
    const { sim, host } = simulatorWithHost();
    await addInputTables(sim, withLongNames(generatedTemplate(5, 20), 7, 1, 30_000));
    const sheetsBefore = sim.workbook.sheets.map((sheet) => sheet.name);
    sim.faults.payloadLimitBytes = 20_000;
    const report = await host.run();
    expect(report.ok).toBe(false);
    expect(report.issues.map((issue) => issue.code)).toEqual(["EXCEL_REQUEST_TOO_LARGE"]);
    expect(report.issues[0]?.message).toMatch(/Shorten the longest text .* Nothing was changed\./);
    expect(sim.workbook.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
  });

  it("reports a fault at every API call of a banded read, and changes nothing", async () => {
    const { sim, host } = simulatorWithHost();
    await addInputTables(sim, generatedTemplate(10, 150));
    const { read: whole, bytes } = await wholeRead(sim);
    sim.faults.payloadLimitBytes = Math.floor(bytes / 3);
    // The read's calls: those made before the run moves on to appraising (it may then fail to write under
    // this small limit, which is not what is tried here, so it counts on a copy of the workbook).
    const counting = simulatorWithHost();
    await addInputTables(counting.sim, generatedTemplate(10, 150));
    counting.sim.faults.payloadLimitBytes = sim.faults.payloadLimitBytes;
    const start = counting.sim.calls();
    let readCalls = 0;
    await counting.host.run((step) => {
      if (step === "appraising") readCalls = counting.sim.calls() - start;
    });
    expect(counting.sim.payloads().refusedSyncs).toBeGreaterThanOrEqual(1);
    expect(readCalls).toBeGreaterThan(40);

    const before = JSON.stringify(sim.toJson());
    for (let n = 1; n <= readCalls; n++) {
      sim.faults.failAtCall = sim.calls() + n;
      const report = await host.run();
      expect([n, report.ok, report.issues.map((issue) => issue.code)]).toEqual([n, false, ["EXCEL_ERROR"]]);
      expect(report.issues[0]?.message).toMatch(/Injected failure.*Nothing was changed\./);
      expect(JSON.stringify(sim.toJson())).toBe(before);
    }
    delete sim.faults.failAtCall;
    expect((await read(sim)).read).toEqual(whole);
  });
});
