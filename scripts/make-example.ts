/**
 * Makes examples/barnet-adm.xlsx: the reference case (Barnet adult social care, alternative delivery
 * models) as a finance officer would lay it out. Run with `npm run make-example`; the workbook is committed.
 */
import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { referenceInputTables } from "../src/workbook";
import { writeInputTables } from "../src/xlsx/writeInputTables";

export async function makeExample(target: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "options-appraisal";
  // A fixed date keeps the committed file byte-stable when it is regenerated.
  workbook.created = new Date("2026-01-01T00:00:00Z");
  workbook.modified = workbook.created;
  writeInputTables(workbook, referenceInputTables());
  await writeFile(target, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

if (require.main === module) {
  const target = process.argv[2] ?? join(process.cwd(), "examples", "barnet-adm.xlsx");
  makeExample(target).then(
    () => process.stdout.write(`Written ${target}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
