/**
 * Recalculation by LibreOffice, for checking that written formulas compute the right figures where no
 * Excel is at hand (decision 22). Each call starts headless LibreOffice with a throw-away profile that
 * tells it to recalculate every formula on load, converts the package to .xlsx, and reads the result.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const SOFFICE = process.env.SOFFICE ?? "soffice";
const TIMEOUT_MS = 55_000;

/** `OOXMLRecalcMode` 0 = always recalculate .xlsx formulas on load, never trust cached values. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: TIMEOUT_MS }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      reject(new Error(missing
        ? `LibreOffice (${command}) is not installed or not on PATH; set SOFFICE to its path.`
        : `LibreOffice failed: ${error.message}\n${stderr}`));
    });
  });
}

/** The package as LibreOffice saves it after recalculating every formula. */
export async function recalculateBuffer(xlsx: Uint8Array): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), "recalc-"));
  try {
    const profile = join(work, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    const input = join(work, "in", "book.xlsx");
    const output = join(work, "out");
    await mkdir(join(work, "in"));
    await writeFile(input, xlsx);
    await run(SOFFICE, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless", "--norestore", "--nolockcheck", "--nodefault",
      "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output, input,
    ]);
    return await readFile(join(output, "book.xlsx")).catch(() => {
      throw new Error("LibreOffice ran but wrote no converted workbook");
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The recalculated workbook, each formula cell replaced by the value LibreOffice computed, so that
 * `cell.value` is what a user would see. Check formulas on the workbook you wrote, values on this one.
 */
export async function recalculate(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares an ArrayBuffer-like type; it hands the bytes to JSZip, which reads a Buffer.
  await workbook.xlsx.load((await recalculateBuffer(xlsx)) as unknown as ArrayBuffer);
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Formula) cell.value = cell.result ?? null;
  })));
  return workbook;
}

/**
 * Removes every formula's cached result, so that values read after `recalculate` can only come from
 * the formulas themselves. Returns how many formula cells it blanked.
 */
export function blankCachedValues(workbook: ExcelJS.Workbook): number {
  let count = 0;
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.type !== ExcelJS.ValueType.Formula) return;
    // Everything but the result: formula, or shared-formula link and range.
    const { result: _result, ...formula } = cell.value as ExcelJS.CellFormulaValue;
    cell.value = formula;
    count++;
  })));
  return count;
}
