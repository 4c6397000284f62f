import ExcelJS from "exceljs";
import { applyWritePlan, loadWorkbook, ownershipConflicts, readSnapshot, workbookToBuffer } from "../../src/xlsx";
import { cellXml, decodeXml, partText, sheetXml } from "./packageParts";
import { AMOUNTS, AWKWARD_REF, inputWorkbook, resultsPlan } from "./planFixture";

async function saved(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return workbookToBuffer(workbook);
}

describe("applyWritePlan, saved and loaded again", () => {
  let xlsx: Uint8Array;
  let reloaded: ExcelJS.Workbook;
  let results: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = inputWorkbook();
    applyWritePlan(workbook, resultsPlan());
    xlsx = await saved(workbook);
    reloaded = await loadWorkbook(xlsx);
    const sheet = reloaded.getWorksheet("Results");
    if (!sheet) throw new Error("no Results sheet");
    results = sheet;
  });

  it("writes formulas with their cached values, and formats", () => {
    expect(results.getCell("B3").formula).toBe(`SUM(${AWKWARD_REF})`);
    expect(results.getCell("B3").result).toBe(42.5);
    expect(results.getCell("B3").numFmt).toBe("#,##0.00");
    expect(results.getCell("B4").formula).toBe("B3-SUM(Inputs!B2:B4)");
    expect(results.getCell("B4").result).toBe(0);
    expect(results.getCell("B4").alignment?.wrapText).toBe(true);
    expect(results.getCell("A2").font?.bold).toBe(true);
    expect(results.getCell("A1").font?.italic).toBe(true);
    expect(results.getColumn(1).width).toBe(30);
    expect(results.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("keeps text that starts with = or + as text, never a formula", async () => {
    expect(results.getCell("A3").value).toBe("=Mutual");
    expect(results.getCell("A4").value).toBe('+NHS, "shared"');
    const sheet = await sheetXml(xlsx, "Results");
    for (const address of ["A3", "A4"]) {
      expect(cellXml(sheet, address)).toMatch(/ t="s"/);
      expect(cellXml(sheet, address)).not.toMatch(/<f>/);
    }
    expect(decodeXml(cellXml(sheet, "B3"))).toContain(`<f>SUM(${AWKWARD_REF})</f><v>42.5</v>`);
  });

  it("lays the table over the written cells and reads back like an input table", () => {
    const table = readSnapshot(reloaded).tables.find((t) => t.name === "ResultsTbl");
    expect(table).toMatchObject({
      sheet: "Results",
      headerRow: 1,
      left: 0,
      headers: ["Item", "Amount"],
      rows: [["=Mutual", 42.5], ['+NHS, "shared"', 0]],
    });
  });

  it("marks the sheet as owned with a hidden name, and protects it without a password", async () => {
    expect(readSnapshot(reloaded).sheets).toEqual([{ name: "Inputs" }, { name: "Results", ownedAs: "Results" }]);
    const workbookXml = await partText(xlsx, "xl/workbook.xml");
    // ExcelJS drops the quotes around a sheet name made of letters and digits only.
    expect(workbookXml).toContain(`<definedName hidden="1" name="_OptionsAppraisal_Results">Results!$A$1</definedName>`);
    const protection = /<sheetProtection\b[^>]*>/.exec(await sheetXml(xlsx, "Results"))?.[0];
    expect(protection).toMatch(/ sheet="1"/);
    expect(protection).not.toMatch(/hashValue|password/);
    expect(/<sheetProtection\b/.test(await sheetXml(xlsx, "Inputs"))).toBe(false);
  });

  it("leaves the input table as it was", () => {
    const inputs = readSnapshot(reloaded).tables.find((t) => t.name === "Inputs_Tbl");
    expect(inputs?.rows.map((row) => row[1])).toEqual(AMOUNTS);
  });
});

describe("applyWritePlan on a workbook it wrote before", () => {
  it("reuses the owned sheet (same id and place), renames it, and leaves nothing stale", async () => {
    const first = inputWorkbook();
    first.addWorksheet("Notes").getCell("A1").value = "the user's notes";
    applyWritePlan(first, resultsPlan());
    const workbook = await loadWorkbook(await saved(first));
    const before = workbook.getWorksheet("Results");
    if (!before) throw new Error("no Results sheet");
    // Things a user (or an older version) may have left on the owned sheet.
    before.mergeCells("D1:E2");
    before.getCell("F9").value = "stale";

    applyWritePlan(workbook, resultsPlan("Results 2026", 1));
    const again = await loadWorkbook(await saved(workbook));

    const sheet = again.getWorksheet("Results 2026");
    expect(again.worksheets.map((s) => [s.name, s.id])).toEqual([["Inputs", 1], ["Notes", 2], ["Results 2026", before.id]]);
    expect(sheet?.getCell("A4").value).toBeNull();
    expect(sheet?.getCell("B4").value).toBeNull();
    expect(sheet?.getCell("F9").value).toBeNull();
    expect(sheet?.getCell("D1").isMerged).toBe(false);
    expect(sheet?.getCell("B3").result).toBe(42.5);
    const snapshot = readSnapshot(again);
    expect(snapshot.tables.map((t) => [t.name, t.sheet, t.rows.length])).toEqual([["Inputs_Tbl", "Inputs", 3], ["ResultsTbl", "Results 2026", 1]]);
    expect(snapshot.sheets).toEqual([{ name: "Inputs" }, { name: "Notes" }, { name: "Results 2026", ownedAs: "Results" }]);
    const names = decodeXml(await partText(await saved(again), "xl/workbook.xml")).match(/<definedName\b[^>]*>[^<]*<\/definedName>/g);
    expect(names).toEqual([`<definedName hidden="1" name="_OptionsAppraisal_Results">'Results 2026'!$A$1</definedName>`]);
  });

  it("changes only the case of the name when that is all the plan changes", () => {
    const workbook = inputWorkbook();
    applyWritePlan(workbook, resultsPlan("Results"));
    applyWritePlan(workbook, resultsPlan("RESULTS"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inputs", "RESULTS"]);
  });
});

describe("ownership conflicts", () => {
  it("finds a user's sheet named like an output, whatever its case, and writes nothing", () => {
    const workbook = inputWorkbook();
    workbook.addWorksheet("results").getCell("A1").value = "mine";
    expect(ownershipConflicts(readSnapshot(workbook), resultsPlan())).toEqual(["Results"]);
    expect(() => applyWritePlan(workbook, resultsPlan())).toThrow(/Results/);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inputs", "results"]);
    expect(workbook.getWorksheet("results")?.getCell("A1").value).toBe("mine");
    expect(workbook.definedNames.model).toEqual([]);
  });

  it("finds none for the add-in's own sheet, nor when no sheet has the name", () => {
    const workbook = inputWorkbook();
    expect(ownershipConflicts(readSnapshot(workbook), resultsPlan())).toEqual([]);
    applyWritePlan(workbook, resultsPlan());
    expect(ownershipConflicts(readSnapshot(workbook), resultsPlan())).toEqual([]);
  });

  it("counts a sheet owned for another output as a conflict", () => {
    const snapshot = { tables: [], sheets: [{ name: "Results", ownedAs: "Summary" }] };
    expect(ownershipConflicts(snapshot, resultsPlan())).toEqual(["Results"]);
  });
});

describe("ownership marks on sheet names that need quoting", () => {
  it("finds the sheet again after a save", async () => {
    const workbook = inputWorkbook();
    applyWritePlan(workbook, resultsPlan("O'Brien's results"));
    const xlsx = await saved(workbook);
    expect(decodeXml(await partText(xlsx, "xl/workbook.xml"))).toContain(`>'O''Brien''s results'!$A$1</definedName>`);
    const again = await loadWorkbook(xlsx);
    expect(readSnapshot(again).sheets).toEqual([{ name: "Inputs" }, { name: "O'Brien's results", ownedAs: "Results" }]);
    applyWritePlan(again, resultsPlan("O'Brien's results"));
    expect(again.worksheets.map((s) => s.name)).toEqual(["Inputs", "O'Brien's results"]);
  });
});

describe("table names", () => {
  it.each(["T1", "RC2", "R", "1Table", "My table"])("refuses %s before changing anything", (name) => {
    const workbook = inputWorkbook();
    const [sheet] = resultsPlan().sheets;
    if (!sheet) throw new Error("no sheet");
    const plan = { sheets: [{ ...sheet, tables: sheet.tables.map((t) => ({ ...t, name })) }] };
    expect(() => applyWritePlan(workbook, plan)).toThrow(`'${name}' cannot be an Excel table name`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inputs"]);
  });
});
