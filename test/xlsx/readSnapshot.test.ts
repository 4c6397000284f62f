import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook, readSnapshot } from "../../src/xlsx";

/** Two sheets of tables with the awkward things a finance officer's workbook holds. */
async function awkwardWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const inputs = workbook.addWorksheet("Inputs");
  inputs.getCell("A1").value = "Assumptions and options";
  inputs.addTable({
    name: "Options",
    ref: "B3",
    totalsRow: true,
    columns: [{ name: "Option" }, { name: "Confidence", totalsRowFunction: "average" }, { name: "Cost" }],
    rows: [
      ["In-house", 0.85, 100],
      [{ richText: [{ text: "Mutual " }, { text: "spin-out", font: { bold: true } }] }, 0.6, { error: "#REF!" }],
      ["Shared with NHS", 0.7, { formula: "1/0", result: { error: "#DIV/0!" } }],
      ["Outsourced", 0.5, { formula: "C4-C4", result: 0 }],
    ],
  });
  inputs.getCell("C4").numFmt = "0%";
  inputs.getRow(6).hidden = true;
  inputs.getCell("D7").numFmt = "#,##0";

  const savings = workbook.addWorksheet("Bob's savings");
  savings.addTable({
    name: "SavingOpportunities",
    ref: "A1",
    columns: [{ name: "Saving opportunity" }, { name: "Risk" }, { name: "When" }],
    rows: [
      [{ text: "Procurement", hyperlink: "https://example.org" }, "Low", new Date(Date.UTC(2024, 3, 1))],
      ["Estates", null, true],
      ["=Not a formula", "High", null],
    ],
  });
  // Excel refuses merges inside a table, but a file may hold one: the merged area reads as one cell.
  savings.mergeCells("B3:C3");
  savings.getCell("B3").value = "Medium";
  workbook.definedNames.add("'Bob''s savings'!$A$1", "_OptionsAppraisal_Savings");
  workbook.definedNames.add("Inputs!$B$3", "UserName");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel omits headerRowCount when it is 1 (its default); ExcelJS itself always writes it. */
async function withoutHeaderRowCount(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const path of Object.keys(zip.files).filter((p) => p.startsWith("xl/tables/"))) {
    const xml = await zip.file(path)?.async("string");
    if (xml) zip.file(path, xml.replace(' headerRowCount="1"', ""));
  }
  return zip.generateAsync({ type: "uint8array" });
}

describe("readSnapshot", () => {
  it("reads every table's header, data rows, formats and hidden rows, as Excel shows them", async () => {
    const snapshot = readSnapshot(await loadWorkbook(await withoutHeaderRowCount(await awkwardWorkbook())));
    expect(snapshot.tables).toEqual([
      {
        name: "Options",
        sheet: "Inputs",
        headerRow: 2,
        left: 1,
        headers: ["Option", "Confidence", "Cost"],
        // The totals row is not data; a formula gives its cached result, 0 included.
        rows: [
          ["In-house", 0.85, 100],
          ["Mutual spin-out", 0.6, { error: "#REF!" }],
          ["Shared with NHS", 0.7, { error: "#DIV/0!" }],
          ["Outsourced", 0.5, 0],
        ],
        numberFormats: [
          ["General", "0%", "General"],
          ["General", "General", "General"],
          ["General", "General", "General"],
          ["General", "General", "#,##0"],
        ],
        hiddenRows: [false, false, true, false],
      },
      {
        name: "SavingOpportunities",
        sheet: "Bob's savings",
        headerRow: 0,
        left: 0,
        headers: ["Saving opportunity", "Risk", "When"],
        // A hyperlink reads as its text, a date as its serial number, the merged-away cell as blank.
        rows: [
          ["Procurement", "Low", 45383],
          ["Estates", "Medium", null],
          ["=Not a formula", "High", null],
        ],
        numberFormats: [
          ["General", "General", "mm-dd-yy"],
          ["General", "General", "General"],
          ["General", "General", "General"],
        ],
        hiddenRows: [false, false, false],
      },
    ]);
    expect(snapshot.sheets).toEqual([{ name: "Inputs" }, { name: "Bob's savings", ownedAs: "Savings" }]);
  });

  it("keeps a header row that the table part does not count, also when saved again", async () => {
    const workbook = await loadWorkbook(await withoutHeaderRowCount(await awkwardWorkbook()));
    const again = readSnapshot(await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer())));
    expect(again.tables.map((t) => [t.name, t.headers[0], t.rows.length])).toEqual([
      ["Options", "Option", 4],
      ["SavingOpportunities", "Saving opportunity", 3],
    ]);
  });
});
