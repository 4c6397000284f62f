/** Loading an .xlsx package into ExcelJS, with the table header flags ExcelJS gets wrong put right. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { tablesOf } from "./exceljsInternals";

/**
 * Whether each table in the package has a header row, by table name. `headerRowCount` defaults to 1
 * and Excel leaves it out; ExcelJS 4.4 reads a missing count as "no header row", and would then also
 * write `headerRowCount="0"` back, breaking the user's table in the copy.
 */
async function tableHeaderFlags(zip: JSZip): Promise<Map<string, boolean>> {
  const flags = new Map<string, boolean>();
  const parts = Object.keys(zip.files).filter((path) => /^xl\/tables\/[^/]+\.xml$/i.test(path));
  for (const path of parts) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const start = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "";
    const name = /\sname="([^"]*)"/.exec(start)?.[1];
    const count = /\sheaderRowCount="(\d+)"/.exec(start)?.[1];
    if (name !== undefined) flags.set(name.toLowerCase(), count === undefined || count !== "0");
  }
  return flags;
}

export async function loadWorkbook(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares an ArrayBuffer-like type but hands the bytes to JSZip, which reads any Uint8Array.
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  const flags = await tableHeaderFlags(await JSZip.loadAsync(buffer));
  for (const sheet of workbook.worksheets) {
    for (const table of tablesOf(sheet)) {
      const hasHeader = flags.get(table.name.toLowerCase());
      if (hasHeader !== undefined) table.headerRow = hasHeader;
    }
  }
  return workbook;
}
