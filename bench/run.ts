/**
 * `npm run bench`: the figures of docs/PERFORMANCE.md, in one run. Medians over repeated runs; the
 * machine and Node version are printed with them, because the figures only mean something beside those.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { appraise, Decimal, type AppraisalInput } from "../src/core";
import { monteCarloFigures } from "./monteCarlo";
import { referenceInput } from "./referenceInput";
import { formatMs, medianMs } from "./timing";


/** A large case with pseudo-random whole-pound amounts (fixed seed, so every run measures the same numbers). */
function largeInput(optionCount: number, lineCount: number): { input: AppraisalInput; amounts: Float64Array } {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const amounts = new Float64Array(optionCount * lineCount);
  for (let i = 0; i < amounts.length; i++) amounts[i] = next() % 500000;
  const reference = referenceInput();
  return {
    amounts,
    input: {
      assumptions: reference.assumptions,
      options: Array.from({ length: optionCount }, (_, o) => ({ name: `Option ${o + 1}`, confidence: new Decimal((50 + (o % 50)) / 100), scores: new Map() })),
      savingOpportunities: Array.from({ length: lineCount }, (_, l) => ({
        name: `Line ${l + 1}`,
        risk: "Low" as const,
        amounts: Array.from({ length: optionCount }, (_, o) => new Decimal(amounts[l * optionCount + o] as number)),
      })),
    },
  };
}

/** The same sums and benefits in plain doubles: the floor that exact arithmetic is compared with. */
function floatAppraisal(amounts: Float64Array, optionCount: number, lineCount: number, wider: number): Float64Array {
  const benefit = new Float64Array(optionCount);
  for (let l = 0; l < lineCount; l++) for (let o = 0; o < optionCount; o++) benefit[o] = (benefit[o] as number) + (amounts[l * optionCount + o] as number);
  for (let o = 0; o < optionCount; o++) benefit[o] = (benefit[o] as number) + ((50 + (o % 50)) / 100) * wider;
  return benefit;
}

function commandLineMs(): number {
  const dir = mkdtempSync(join(tmpdir(), "bench-"));
  const cli = join(__dirname, "..", "src", "cli", "appraise.js");
  const example = join(__dirname, "..", "..", "..", "examples", "barnet-adm.xlsx");
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [cli, example, "--out", join(dir, "out.xlsx"), "--force", "--json"], { encoding: "utf8" });
    times.push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`the command line failed: ${run.stderr}`);
  }
  rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  return times[2] as number;
}

function main(): void {
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}`);
  const reference = referenceInput();
  console.log(`engine, reference case (5 options × 8 lines):  ${formatMs(medianMs(() => appraise(reference)))}   goal < 1 ms`);
  const large = largeInput(100, 1000);
  const exact = medianMs(() => appraise(large.input), 3000);
  const float = medianMs(() => floatAppraisal(large.amounts, 100, 1000, 13107100), 1000);
  console.log(`engine, 100 options × 1,000 lines:             ${formatMs(exact)}   goal < 100 ms`);
  console.log(`plain float loop, same numbers:                ${formatMs(float)}   exact / float = ${(exact / float).toFixed(0)}×`);
  console.log(`command line on the example (whole process):   ${formatMs(commandLineMs())}   goal < 1.5 s`);
  const { figures, speedUp } = monteCarloFigures();
  for (const figure of figures) {
    const scaled = figure.iterations === 100_000 ? "" : ` (${figure.iterations.toLocaleString("en-GB")} iterations; ${formatMs(figure.msPer100k)} per 100,000)`;
    console.log(`${figure.what}: ${formatMs(figure.ms)}${scaled}`);
  }
  console.log(`Monte Carlo speed-up over decimal.js per draw:  ${speedUp.toFixed(0)}×   goal ≥ 50×, 100,000 iterations < 250 ms`);
}

main();
