/**
 * Issue 4 through the command line (its real entry point): the reference case's published robustness
 * figures in `--json`, the discounting check figure from a SavingsProfile table, a seeded simulation that
 * repeats exactly, and every live formula on the Risk & Sensitivity sheet recalculated by LibreOffice to
 * the engine's value.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { referenceInputTables, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../../src/workbook";
import { blankCachedValues, recalculate } from "../helpers/libreoffice";
import { runCli } from "../helpers/runCli";
import { setCell } from "../helpers/snapshots";
import { tempFolder, workbookFromSnapshot } from "../helpers/workbooks";

const EXAMPLE = join(__dirname, "..", "..", "examples", "barnet-adm.xlsx");
const OPTIONS = ["Reformed in-house service", "NHS shared service", "Partnership outside the public sector", "The Barnet Group", "Public service mutual"];
const SHEET = "Risk & Sensitivity";

interface Json {
  options: { option: string; totalBenefit: number }[];
  robustness: {
    riskWeighting: { option: string; riskWeightedTotalSavings: number; riskWeightedTotalBenefit: number; riskWeightedRank: number; shareOfSavingsByRisk: { High: number } | null }[];
    switchingValues: {
      leader: string;
      binding: string;
      comparisons: { against: string; leaderConfidenceAtParity: number; otherConfidenceAtParity: number; savingsFallToParity: number; savingsFallShare: number; lines: { line: string; amountAtParity: number | null }[] }[];
    };
    sensitivity: { options: string[]; rows: { input: string; moves: { factor: number; capped: boolean; totalBenefits: number[]; ranks: number[]; rankingChanged: boolean }[] }[] };
    presentValues: { option: string; undiscountedTotal: number; presentValue: number }[] | null;
    simulation: { seed: number; iterations: number; options: { option: string; probabilityFirst: number; p10TotalBenefit: number; p90TotalBenefit: number }[] } | null;
    robustnessClause: string | null;
  };
  warnings: { code: string }[];
}

const folder = tempFolder();
afterAll(() => folder.remove());

function appraiseJson(input: string, extra: string[] = []): Json {
  const run = runCli([input, "--json", "--out", folder.file(`out-${Math.random().toString(36).slice(2)}.xlsx`), ...extra]);
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Json;
}

const pct = (ratio: number, places: number) => (ratio * 100).toFixed(places);

describe("robustness of the reference case (--json)", () => {
  const json = appraiseJson(EXAMPLE);
  const r = json.robustness;

  it("risk-weights the savings to the published totals and ranks, with the High-risk shares", () => {
    expect(r.riskWeighting.map((x) => x.option)).toEqual(OPTIONS);
    expect(r.riskWeighting.map((x) => x.riskWeightedTotalSavings)).toEqual([1570745, 1497124.75, 1460000, 1458389.5, 1841923.5]);
    expect(r.riskWeighting.map((x) => x.riskWeightedTotalBenefit)).toEqual([12711780, 12638159.75, 12601035, 12599424.5, 14293668.5]);
    expect(r.riskWeighting.map((x) => x.riskWeightedRank)).toEqual([2, 3, 4, 5, 1]);
    expect(r.riskWeighting.map((x) => pct(x.shareOfSavingsByRisk?.High ?? -1, 2))).toEqual(["0.00", "6.01", "0.00", "6.21", "16.62"]);
  });

  it("gives the mutual's confidence switching values, 81.73 % binding against in-house", () => {
    const sv = r.switchingValues;
    expect(sv.leader).toBe("Public service mutual");
    expect(sv.binding).toBe("Reformed in-house service");
    const by = Object.fromEntries(sv.comparisons.map((c) => [c.against, c]));
    expect(pct(by["Reformed in-house service"]?.leaderConfidenceAtParity ?? 0, 3)).toBe("81.733");
    expect(pct(by["NHS shared service"]?.leaderConfidenceAtParity ?? 0, 3)).toBe("81.620");
    expect(pct(by["The Barnet Group"]?.leaderConfidenceAtParity ?? 0, 3)).toBe("81.226");
    // (12,818,695 - 2,105,898) / 13,107,100 exactly; the spec prints 80.069 % for the partnership, the formula gives 80.072 %.
    expect(by["Reformed in-house service"]?.leaderConfidenceAtParity).toBeCloseTo((12818695 - 2105898) / 13107100, 12);
    expect(pct(by["Reformed in-house service"]?.otherConfidenceAtParity ?? 0, 3)).toBe("98.267");
    expect(by["Reformed in-house service"]?.savingsFallToParity).toBe(1738948);
    expect(pct(by["Reformed in-house service"]?.savingsFallShare ?? 0, 2)).toBe("82.58");
    // No single line can carry a fall of 1,738,948: every line is out of reach.
    expect(by["Reformed in-house service"]?.lines.every((line) => line.amountAtParity === null)).toBe(true);
  });

  it("moves each input by -25 % .. +25 % with the published effects", () => {
    const row = (name: string) => r.sensitivity.rows.find((x) => x.input === name);
    const mutualDown = row("Confidence: Public service mutual")?.moves.find((m) => m.factor === 0.75);
    expect(mutualDown?.totalBenefits[4]).toBe(11444706.75);
    expect(mutualDown?.ranks[4]).toBe(5);
    const inHouseUp = row("Confidence: Reformed in-house service")?.moves.find((m) => m.factor === 1.25);
    expect(inHouseUp).toMatchObject({ capped: true });
    expect(inHouseUp?.totalBenefits[0]).toBe(14784760);
    expect(inHouseUp?.ranks[0]).toBe(1);
    const wider = row("Wider savings target");
    expect(wider?.moves.every((m) => !m.rankingChanged)).toBe(true);
    expect(wider?.moves.find((m) => m.factor === 0.75)?.totalBenefits).toEqual([10033436.25, 10018609.25, 9815776.25, 9966962.25, 11444706.75]);
    expect(r.sensitivity.rows).toHaveLength(8 + 5 + 1);
  });

  it("has no simulation and no robustness clause unless asked", () => {
    expect(r.simulation).toBeNull();
    expect(r.robustnessClause).toBeNull();
    expect(r.presentValues).toBeNull();
  });
});

describe("appraise --simulate", () => {
  it("is reproducible for a seed, and adds the clause to the headline and the Summary sheet", async () => {
    const out = folder.file("simulated.xlsx");
    const first = runCli([EXAMPLE, "--json", "--simulate", "2000", "--out", out]);
    const again = appraiseJson(EXAMPLE, ["--simulate", "2000"]);
    expect(first.status).toBe(0);
    const json = JSON.parse(first.stdout) as Json;
    expect(json.robustness.simulation).toEqual(again.robustness.simulation);
    expect(json.robustness.simulation?.iterations).toBe(2000);
    const mutual = json.robustness.simulation?.options.find((o) => o.option === "Public service mutual");
    expect(mutual?.probabilityFirst).toBeGreaterThan(0.9);
    expect(json.robustness.robustnessClause).toMatch(/^Public service mutual ranks first in \d+% of simulations; it would lose first place if its confidence fell below 81\.7%\.$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const summaryText: string[] = [];
    workbook.getWorksheet("Summary")?.eachRow((row) => summaryText.push(String(row.getCell(1).value)));
    expect(summaryText).toContain(json.robustness.robustnessClause);
    const risk: string[] = [];
    workbook.getWorksheet(SHEET)?.eachRow((row) => risk.push(String(row.getCell(1).value)));
    expect(risk.some((text) => text.startsWith("2,000 iterations with seed 1, for the inputs with fingerprint "))).toBe(true);
  });

  it("refuses a count that is not a whole number from 1 to 1,000,000", () => {
    const run = runCli([EXAMPLE, "--simulate=0", "--out", folder.file("never.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--simulate takes a whole number of iterations");
  });
});

/** The reference tables with the robustness defaults (as Create input tables makes them), a few changed, and a savings profile. */
function robustWorkbook(): WorkbookSnapshot {
  const { tables } = referenceInputTables({ robustnessDefaults: true });
  const profileRows: CellValue[][] = Array.from({ length: 11 }, (_, year) => [
    year, year === 0 ? -400000 : 50000, null, year === 0 ? -250000 : "£40,000", year === 0 ? -1000000 : 150000, null,
  ]);
  const profile: TableSnapshot = {
    name: "SavingsProfile", sheet: "Profile", headerRow: 0, left: 0,
    headers: ["Year", "Reformed in-house service", "NHS shared service", "The Barnet Group", "Public service mutual", "Notes"],
    rows: profileRows,
    numberFormats: profileRows.map((row) => row.map((_, c) => (c === 0 ? "0" : "General"))),
  };
  let snapshot: WorkbookSnapshot = { tables: [...tables, profile], sheets: [...new Set([...tables, profile].map((t) => t.sheet))].map((name) => ({ name })) };
  const row = (label: string) => tables[0]?.rows.findIndex((r) => r[0] === label) ?? -1;
  snapshot = setCell(snapshot, "Assumptions", row("Risk weight High"), "Value", 0.4, "0%");
  snapshot = setCell(snapshot, "Assumptions", row("Risk weight Medium"), "Value", "70%");
  return snapshot;
}

describe("Risk & Sensitivity with settings from the Assumptions table and a SavingsProfile", () => {
  let json: Json;
  let written: ExcelJS.Workbook;
  let recalculated: ExcelJS.Workbook;
  const cached = new Map<string, unknown>();

  beforeAll(async () => {
    const input = folder.write("robust.xlsx", await workbookFromSnapshot(robustWorkbook()));
    const out = folder.file("robust.out.xlsx");
    const run = runCli([input, "--json", "--out", out]);
    if (run.status !== 0) throw new Error(run.stderr);
    json = JSON.parse(run.stdout) as Json;
    written = new ExcelJS.Workbook();
    await written.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    written.getWorksheet(SHEET)?.eachRow((row) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) cached.set(cell.address, cell.result);
    }));
    blankCachedValues(written);
    recalculated = await recalculate(new Uint8Array(await written.xlsx.writeBuffer()));
  }, 120_000);

  it("gives the discounting check figure: -1,000,000 now, +150,000 a year for 10 years at 3.5 % is 247,491", () => {
    const mutual = json.robustness.presentValues?.find((p) => p.option === "Public service mutual");
    expect(mutual?.undiscountedTotal).toBe(500000);
    expect(Math.round(mutual?.presentValue ?? 0)).toBe(247491);
    expect(json.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["PROFILE_OPTION_MISSING", "ASSUMPTION_TEXT", "AMOUNT_TEXT", "TOTAL_FIXED"]));
  });

  it("uses the workbook's risk weights (High 40 %, Medium 70 % as text)", () => {
    const inHouse = json.robustness.riskWeighting[0];
    // In-house: Low 1,250,000; Medium 427,660 at 70 %; no High.
    expect(inHouse?.riskWeightedTotalSavings).toBe(1250000 + 427660 * 0.7);
  });

  it("writes live formulas that LibreOffice recalculates to the engine's figures", () => {
    const sheet = recalculated.getWorksheet(SHEET);
    if (!sheet) throw new Error("no Risk & Sensitivity sheet");
    expect(cached.size).toBeGreaterThan(60);
    const differences: string[] = [];
    for (const [address, expected] of cached) {
      const actual = sheet.getCell(address).value;
      const same = typeof expected === "number" ? typeof actual === "number" && Math.abs(actual - expected) <= 0.005 : actual === expected;
      if (!same) differences.push(`${address}: ${JSON.stringify(expected)} -> ${JSON.stringify(actual)}`);
    }
    expect(differences).toEqual([]);
  });

  it("shows each setting's source: the Assumptions cell or the default", () => {
    const rows: string[] = [];
    written.getWorksheet(SHEET)?.eachRow((row) => rows.push(`${String(row.getCell(1).value)} | ${String(row.getCell(3).value)}`));
    expect(rows.some((text) => /^Risk weight High \| Assumptions table, B\d+$/.test(text))).toBe(true);
    expect(rows.some((text) => /^Discount rate \| Assumptions table, B\d+$/.test(text))).toBe(true);
  });
});
