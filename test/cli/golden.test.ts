import ExcelJS from "exceljs";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { Decimal } from "../../src/core";
import { REFERENCE_FIGURES } from "../helpers/referenceModel";
import { runCli } from "../helpers/runCli";
import { tempFolder } from "../helpers/workbooks";

const EXAMPLE = join(__dirname, "..", "..", "examples", "barnet-adm.xlsx");
const EXPECTED = join(__dirname, "..", "fixtures", "barnet-adm.expected.json");
const INPUT_ORDER = ["Reformed in-house service", "NHS shared service", "Partnership outside the public sector", "The Barnet Group", "Public service mutual"];

interface JsonOption { option: string; rank: number; totalSavings: number; percentOfTarget: number; revisedBudget: number; confidence: number; widerSavingsDelivered: number; totalBenefit: number; meetsTarget: boolean; shortlisted: boolean | null; reason: string | null }

describe("appraise --json on the example workbook (golden)", () => {
  const folder = tempFolder();
  const out = folder.file("out.xlsx");
  const before = readFileSync(EXAMPLE);
  const run = runCli([EXAMPLE, "--json", "--out", out]);
  afterAll(() => folder.remove());

  it("exits 0 and prints only JSON on standard output", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });

  it("matches the expected JSON kept beside the fixtures, byte for byte", () => {
    expect(run.stdout.trim()).toBe(readFileSync(EXPECTED, "utf8").trim());
  });

  it("reproduces all 35 published figures, the 5 ranks and the shortlist exactly", () => {
    const options = (JSON.parse(run.stdout) as { options: JsonOption[] }).options;
    const byInput = INPUT_ORDER.map((name) => options.find((o) => o.option === name) as JsonOption);
    expect(byInput.map((o) => o.totalSavings)).toEqual(REFERENCE_FIGURES.totalSavings);
    expect(byInput.map((o) => (o.percentOfTarget * 100).toFixed(1))).toEqual(REFERENCE_FIGURES.percentOfTargetRounded);
    expect(byInput.map((o) => o.revisedBudget)).toEqual(REFERENCE_FIGURES.revisedBudget);
    expect(byInput.map((o) => o.confidence)).toEqual(REFERENCE_FIGURES.confidence);
    expect(byInput.map((o) => o.widerSavingsDelivered)).toEqual(REFERENCE_FIGURES.widerSavingsDelivered);
    expect(byInput.map((o) => o.totalBenefit)).toEqual(REFERENCE_FIGURES.totalBenefit);
    expect(byInput.map((o) => o.rank)).toEqual(REFERENCE_FIGURES.rank);
    expect(byInput.map((o) => o.shortlisted)).toEqual(REFERENCE_FIGURES.shortlisted);
    expect(options.map((o) => o.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it("writes ratios unrounded, with every digit of the exact decimal", () => {
    const written = /"percentOfTarget": ([0-9.]+)/.exec(run.stdout)?.[1] ?? "";
    const exact = new Decimal(2105898).dividedBy(1962000);
    expect(written).toBe(exact.toFixed());
    expect(written.length).toBeGreaterThan(30);
  });

  it("never changes the input and writes the copy with both output sheets", async () => {
    expect(readFileSync(EXAMPLE).equals(before)).toBe(true);
    expect(existsSync(out)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Inputs", "Savings", "Ranked Results", "Summary"]));
  });
});

describe("appraise on the example workbook, as a person reads it", () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());
  it("prints the ranked table with £ and thousands separators, the shortlist and the headline", () => {
    const run = runCli([EXAMPLE, "--out", folder.file("copy.xlsx")]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^Rank\s+Option\s+Total savings/);
    expect(lines[2]).toMatch(/^\s*1\s+Public service mutual\s+£2,105,898\s+107\.3%\s+95%\s+£14,557,643\s+yes\s+yes$/);
    expect(run.stdout).toContain("Public service mutual has the highest total benefit (£14,557,643).");
    expect(run.stdout).toContain("Shortlist, by rank: Public service mutual, Reformed in-house service and NHS shared service.");
  });
});
