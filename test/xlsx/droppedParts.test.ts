import ExcelJS from "exceljs";
import JSZip from "jszip";
import { droppedParts } from "../../src/xlsx";
import { hideOwnershipNames } from "../../src/xlsx/saveWorkbook";

/** A 1 x 1 PNG. */
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

async function simpleWorkbook(withPicture = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Inputs");
  sheet.getCell("A1").value = 1;
  workbook.definedNames.add("Inputs!$A$1", "Rate");
  if (withPicture) sheet.addImage(workbook.addImage({ buffer: PIXEL as unknown as ExcelJS.Buffer, extension: "png" }), "B2:C3");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Parts as Excel writes them, which ExcelJS neither models nor copies. */
async function withUnmodelledParts(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
  zip.file("xl/charts/chart2.xml", "<c:chartSpace/>");
  zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
  zip.file("xl/vbaProject.bin", "macro");
  zip.file("xl/externalLinks/externalLink1.xml", "<externalLink/>");
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  zip.file("xl/workbook.xml", workbookXml.replace("</definedNames>", '<definedName name="VatRate">0.2</definedName></definedNames>'));
  return zip.generateAsync({ type: "uint8array" });
}

describe("droppedParts", () => {
  it("names, in plain words, what the copy leaves out", async () => {
    expect(await droppedParts(await withUnmodelledParts(await simpleWorkbook()))).toEqual([
      "2 charts",
      "1 pivot table",
      "a macro project",
      "1 link to another workbook",
      "1 named range or formula",
    ]);
  });

  it("names nothing when ExcelJS keeps everything, pictures and cell names included", async () => {
    expect(await droppedParts(await simpleWorkbook(true))).toEqual([]);
  });
});

describe("hideOwnershipNames", () => {
  it("hides our names only, once", () => {
    const xml = '<definedNames><definedName name="_OptionsAppraisal_Summary">Summary!$A$1</definedName><definedName name="Rate">Inputs!$A$1</definedName></definedNames>';
    const hidden = hideOwnershipNames(xml);
    expect(hidden).toBe('<definedNames><definedName hidden="1" name="_OptionsAppraisal_Summary">Summary!$A$1</definedName><definedName name="Rate">Inputs!$A$1</definedName></definedNames>');
    expect(hideOwnershipNames(hidden)).toBe(hidden);
  });
});
