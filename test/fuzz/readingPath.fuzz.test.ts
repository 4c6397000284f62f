/**
 * Fuzzing the reading path with random damage to the reference workbook (test/fuzz/damage.ts): random
 * cell values of every kind, deleted rows, columns and tables, renamed headers, swapped cells, merges,
 * hidden rows, totals rows, extra tables and sheets. Whatever the workbook holds, the tool never throws,
 * gives either results or issues that each name their place, and plans nothing when there is an error.
 *
 * The seed is fixed so that CI is reproducible; set FUZZ_SEED to explore others. On a failure fast-check
 * prints the seed, the path and the smallest damage list it found.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { main } from "../../src/cli/appraise";
import { formatPlace, hasErrors } from "../../src/core";
import { runAppraisal, type RunResult, type WorkbookSnapshot } from "../../src/workbook";
import { applyWritePlan, loadWorkbook, readSnapshot, workbookToBuffer } from "../../src/xlsx";
import { bookToWorkbook, buildBook } from "../../scripts/badCorpus/book";
import { tempFolder } from "../helpers/workbooks";
import { damagedBook, damagedBookArb, type Damage } from "./damage";

const SEED = Number(process.env.FUZZ_SEED ?? 20260105);
/** Runs per property, chosen to keep this file well under a minute on a 2-core machine. */
const RUNS = { inMemory: 1500, throughFile: 100, commandLine: 30 } as const;
const STAMP = { when: "2026-01-01T00:00:00.000Z", version: "fuzz" };

function parameters(numRuns: number): fc.Parameters<[Damage[]]> {
  return { seed: SEED, numRuns, endOnFailure: false };
}

/** The properties every run of the shared pipeline must have, whatever the workbook held. */
function checkRun(result: RunResult): void {
  const unplaced = result.issues.filter((issue) => formatPlace(issue.place) === "");
  expect(unplaced).toEqual([]);
  if (result.ok) {
    expect(hasErrors(result.issues)).toBe(false);
    expect(result.plan.sheets.length).toBeGreaterThan(0);
  } else {
    // Not ok means at least one error for the officer to fix, never an empty report; and no plan.
    expect(hasErrors(result.issues)).toBe(true);
    expect(result).not.toHaveProperty("plan");
  }
}

function appraiseSnapshot(snapshot: WorkbookSnapshot): RunResult {
  return runAppraisal(snapshot, STAMP);
}

const folder = tempFolder();
afterAll(() => folder.remove());

describe(`the reading path under random damage (seed ${SEED})`, () => {
  it(`ExcelJS workbook in memory -> readSnapshot -> runAppraisal (${RUNS.inMemory} runs)`, () => {
    fc.assert(
      fc.property(damagedBookArb(6), (damage) => {
        checkRun(appraiseSnapshot(readSnapshot(bookToWorkbook(damagedBook(damage)))));
      }),
      parameters(RUNS.inMemory),
    );
  });

  it(`saved .xlsx -> loadWorkbook -> readSnapshot -> runAppraisal -> applyWritePlan -> saved copy (${RUNS.throughFile} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(damagedBookArb(5), async (damage) => {
        const workbook = await loadWorkbook(await buildBook(damagedBook(damage)));
        const result = appraiseSnapshot(readSnapshot(workbook));
        checkRun(result);
        if (!result.ok) return;
        applyWritePlan(workbook, result.plan);
        // The copy opens again and its inputs read the same: writing the outputs never disturbs them.
        const again = readSnapshot(await loadWorkbook(await workbookToBuffer(workbook)));
        const reread = appraiseSnapshot(again);
        expect(reread.ok).toBe(true);
      }),
      parameters(RUNS.throughFile),
    );
  });

  it(`the whole command line on a real file (${RUNS.commandLine} runs)`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(damagedBookArb(4), async (damage) => {
        run += 1;
        const input = folder.write(`fuzz-${run}.xlsx`, await buildBook(damagedBook(damage)));
        const output = folder.file(`fuzz-${run}.out.xlsx`);
        const before = createHash("sha256").update(readFileSync(input)).digest("hex");
        const out: string[] = [];
        const err: string[] = [];
        const status = await main([input, "--out", output, "--json"], { out: (t) => out.push(t), err: (t) => err.push(t) });
        expect(createHash("sha256").update(readFileSync(input)).digest("hex")).toBe(before);
        expect([0, 1]).toContain(status);
        if (status === 1) {
          expect(err.join("\n")).toContain("nothing was written");
          expect(out).toEqual([]);
          expect(existsSync(output)).toBe(false);
        } else {
          expect(existsSync(output)).toBe(true);
          const json = JSON.parse(out.join("\n")) as { options: unknown[]; warnings: { place: string | null }[] };
          expect(json.options.length).toBeGreaterThan(0);
          expect(json.warnings.filter((w) => w.place === null)).toEqual([]);
        }
      }),
      parameters(RUNS.commandLine),
    );
  });
});
