import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appraise, type Appraisal } from "../../src/core";
import { readInputs, RESULTS_COLUMNS, RESULTS_HEADER_ROW, type WorkbookSnapshot } from "../../src/workbook";
import { blankCachedValues, recalculate } from "../helpers/libreoffice";
import { runCli } from "../helpers/runCli";
import { editTable, referenceSnapshot } from "../helpers/snapshots";
import { tempFolder, workbookFromSnapshot } from "../helpers/workbooks";

const EXAMPLE = join(__dirname, "..", "..", "examples", "barnet-adm.xlsx");
const HALF_PENNY = 0.005;

/** Options renamed to names that need escaping in structured references and formula literals. */
const AWKWARD = ["O'Brien's in-house", "Plan #2 [revised]", "=Mutual", "Sum]mit ['x'] #3", "+NHS, \"shared\""];

function awkwardSnapshot(): WorkbookSnapshot {
  let snapshot = referenceSnapshot();
  snapshot = editTable(snapshot, "Options", (t) => ({ ...t, rows: t.rows.map((r, i) => [AWKWARD[i] ?? null, ...r.slice(1)]) }));
  return editTable(snapshot, "SavingOpportunities", (t) => ({ ...t, headers: t.headers.map((h, c) => (c >= 2 && c < 7 ? (AWKWARD[c - 2] ?? h) : h)) }));
}

/** Appraises with the CLI, blanks every cached formula value, recalculates in LibreOffice, reads the results table. */
async function recalculatedResults(input: string, folder: ReturnType<typeof tempFolder>) {
  const out = folder.file("appraised.xlsx");
  const run = runCli([input, "--out", out, "--force"]);
  expect(run.status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  const blanked = blankCachedValues(workbook);
  expect(blanked).toBeGreaterThan(40);
  const recalculated = await recalculate(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const sheet = recalculated.getWorksheet("Ranked Results");
  if (!sheet) throw new Error("no Ranked Results sheet after recalculation");
  const rows: Record<string, unknown>[] = [];
  for (let r = RESULTS_HEADER_ROW + 2; sheet.getCell(r, 2).value !== null; r++) {
    rows.push(Object.fromEntries(RESULTS_COLUMNS.map((header, c) => [header, sheet.getCell(r, c + 1).value])));
  }
  return { rows, recalculated };
}

function expectMatchesEngine(rows: Record<string, unknown>[], appraisal: Appraisal): void {
  expect(rows.map((r) => r.Option)).toEqual(appraisal.ranked.map((r) => r.option));
  appraisal.ranked.forEach((result, i) => {
    const row = rows[i] as Record<string, unknown>;
    expect(row.Rank).toBe(result.rank);
    for (const [header, value] of [
      ["Total savings", result.totalSavings], ["Revised budget", result.revisedBudget], ["Wider savings delivered", result.widerSavingsDelivered],
      ["Total benefit", result.totalBenefit], ["% of savings target", result.percentOfTarget], ["Confidence", result.confidence],
    ] as const) {
      expect(Math.abs((row[header] as number) - value.toNumber())).toBeLessThan(HALF_PENNY);
    }
    expect(row["Meets savings target"]).toBe(result.meetsTarget ? "Yes" : "No");
  });
}

describe("LibreOffice recalculates the written formulas to the engine's figures", () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());

  it("for the example workbook", async () => {
    const { rows } = await recalculatedResults(EXAMPLE, folder);
    const read = readInputs(referenceSnapshot());
    if (!read.ok) throw new Error("reference not read");
    expectMatchesEngine(rows, appraise(read.input));
  });

  it("for options named with ', #, [, ] and a leading =", async () => {
    const snapshot = awkwardSnapshot();
    const input = folder.write("awkward.xlsx", await workbookFromSnapshot(snapshot));
    const { rows, recalculated } = await recalculatedResults(input, folder);
    const read = readInputs(snapshot);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expectMatchesEngine(rows, appraise(read.input));
    expect(recalculated.getWorksheet("Summary")?.getCell("B5").value).toBe(AWKWARD[0]);
  });
});
