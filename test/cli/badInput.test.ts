import { existsSync } from "node:fs";
import { main } from "../../src/cli/appraise";
import type { WorkbookSnapshot } from "../../src/workbook";
import { appendRow, dropRow, editTable, referenceSnapshot, renameHeader, setCell } from "../helpers/snapshots";
import { appraiseInProcess } from "../helpers/runCli";
import { tempFolder, workbookFromSnapshot } from "../helpers/workbooks";

/** Runs the command line in-process (its real entry point, `main`), checking that inputs are never changed. */
async function appraiseFile(path: string, extra: string[] = []) {
  return appraiseInProcess([path, ...extra]);
}

const folder = tempFolder();
afterAll(() => folder.remove());

const cases: [string, () => WorkbookSnapshot, string, string[]][] = [
  ["confidence typed as 85 instead of 85%", () => setCell(referenceSnapshot(), "Options", 0, "Confidence", 85, "General"), "Inputs!B13", []],
  ["text that is not an amount", () => setCell(referenceSnapshot(), "SavingOpportunities", 1, "NHS shared service", "about 450k"), "Savings!D5", []],
  ["a missing option column", () => editTable(referenceSnapshot(), "SavingOpportunities", (t) => ({ ...t, headers: t.headers.filter((_, c) => c !== 5), rows: t.rows.map((r) => r.filter((_, c) => c !== 5)), numberFormats: t.numberFormats?.map((r) => r.filter((_, c) => c !== 5)) })), "SavingOpportunities[The Barnet Group]", []],
  ["an unknown option column", () => renameHeader(referenceSnapshot(), "SavingOpportunities", "The Barnet Group", "Barnet Group Ltd"), "Savings!F3", []],
  ["a duplicate option", () => appendRow(referenceSnapshot(), "Options", ["NHS shared service", 0.5, "Yes", "Yes", "High", "High", "Yes"]), "Inputs!A18", []],
  ["a missing assumption", () => dropRow(referenceSnapshot(), "Assumptions", 2), "Assumptions[Assumption]", []],
  ["an unknown risk level", () => setCell(referenceSnapshot(), "SavingOpportunities", 4, "Risk", "Very high"), "Savings!B8", []],
  ["an output-named sheet that the user made", () => referenceSnapshot(), "'Ranked Results'!A1", ["Ranked Results"]],
];

describe("appraise: bad input gives exit 1, names the place and writes no file", () => {
  it.each(cases)("%s", async (name, make, place, extraSheets) => {
    const input = folder.write(`${name.replace(/\W+/g, "-")}.xlsx`, await workbookFromSnapshot(make(), extraSheets));
    const output = folder.file(`${name.replace(/\W+/g, "-")}.out.xlsx`);
    const run = await appraiseFile(input, ["--out", output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`at ${place}:`);
    expect(run.stderr).toContain("nothing was written");
    expect(run.stdout).toBe("");
    expect(existsSync(output)).toBe(false);
  });
});

describe("appraise: usage", () => {
  it("exits 2 without a workbook, with the usage line", async () => {
    const run = await appraiseFile("", []);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: appraise");
  });
  it("exits 2 on an unknown option", async () => {
    expect(await main(["a.xlsx", "--fast"], { out: () => undefined, err: () => undefined })).toBe(2);
  });
  it("keeps an existing output unless --force, and replaces it with --force", async () => {
    const input = folder.write("good.xlsx", await workbookFromSnapshot(referenceSnapshot()));
    const first = await appraiseFile(input);
    expect(first.status).toBe(0);
    const second = await appraiseFile(input);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain("--force");
    const third = await appraiseFile(input, ["--force"]);
    expect(third.status).toBe(0);
    expect(third.stdout).toContain("Written:");
  });
  it("re-runs on its own output: the owned sheets are replaced, not refused", async () => {
    const input = folder.write("rerun.xlsx", await workbookFromSnapshot(referenceSnapshot()));
    const once = folder.file("rerun.once.xlsx");
    expect((await appraiseFile(input, ["--out", once])).status).toBe(0);
    const twice = await appraiseFile(once, ["--out", folder.file("rerun.twice.xlsx")]);
    expect(twice.stderr).toBe("");
    expect(twice.status).toBe(0);
  });
});
