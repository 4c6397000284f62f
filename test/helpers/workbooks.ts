import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookSnapshot } from "../../src/workbook";
import { referenceInputTables } from "../../src/workbook";
import { writeInputTables } from "../../src/xlsx/writeInputTables";

/** An .xlsx built with ExcelJS from a snapshot of input tables (titles as in the reference layout). */
export async function workbookFromSnapshot(snapshot: WorkbookSnapshot, extraSheets: readonly string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const titles = referenceInputTables().titles.filter((title) => snapshot.tables.some((table) => table.sheet === title.sheet));
  writeInputTables(workbook, { titles, tables: snapshot.tables });
  for (const name of extraSheets) workbook.addWorksheet(name).getCell("A1").value = "made by the user";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A temporary folder, removed by the returned function. */
export function tempFolder(): { dir: string; file: (name: string) => string; write: (name: string, data: Uint8Array) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "appraise-test-"));
  return {
    dir,
    file: (name) => join(dir, name),
    write: (name, data) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
