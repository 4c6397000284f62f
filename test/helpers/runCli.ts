/**
 * Running the command line in tests, with "inputs are never changed" (issue 5) checked on every run:
 * - the input file is byte for byte as it was;
 * - a run that fails leaves no output file behind and an existing output as it was, with no temporary file;
 * - a run that succeeds wrote a copy whose input sheets hold exactly the input's cells (values, formulas,
 *   number formats: `test/helpers/inputFingerprint.ts`). That comparison needs ExcelJS, so for `runCli`
 *   it is made when the test ends (an `afterEach` this module registers), from the bytes read at once.
 * Any difference throws, naming what changed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { defaultOutput, parseArgs } from "../../src/cli/args";
import { main, type OutputFiles } from "../../src/cli/appraise";
import { expectInputsUnchanged, recordComparison, xlsxInputFingerprint } from "./inputFingerprint";

export const BUILT_CLI = join(__dirname, "..", "..", "dist", "node", "src", "cli", "appraise.js");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Before {
  readonly input?: string;
  readonly output?: string;
  readonly inputBytes?: Buffer;
  readonly outputBytes?: Buffer;
}

/** A file's bytes; for a folder, its listing (a folder named like the output must be left as it is too). */
function readIfThere(path: string | undefined): Buffer | undefined {
  if (path === undefined || !existsSync(path)) return undefined;
  return statSync(path).isDirectory() ? Buffer.from(`folder: ${readdirSync(path).sort().join("/")}`) : readFileSync(path);
}

function before(args: readonly string[]): Before {
  const options = parseArgs(args);
  if (typeof options === "string") return {};
  const output = options.out ?? defaultOutput(options.input);
  return { input: options.input, output, inputBytes: readIfThere(options.input), outputBytes: readIfThere(output) };
}

/** The byte-level checks; returns the copy's bytes when there is a new copy to compare cell by cell. */
function checkFiles(was: Before, status: number | null): Buffer | undefined {
  const { input, output, inputBytes, outputBytes } = was;
  if (input !== undefined && inputBytes !== undefined && !inputBytes.equals(readFileSync(input))) throw new Error(`the command line changed its input file '${input}'`);
  if (output === undefined) return undefined;
  const leftovers = safeList(dirname(output)).filter((name) => name.startsWith(`${basename(output)}.`) && name.endsWith(".tmp"));
  if (leftovers.length > 0) throw new Error(`the command line left temporary files: ${leftovers.join(", ")}`);
  const now = readIfThere(output);
  if (status === 0) return now;
  // A failed run is compared byte for byte (its input file, above); a run that wrote is compared cell by cell.
  if (input !== undefined && inputBytes !== undefined) recordComparison(0);
  if (outputBytes === undefined && now !== undefined) throw new Error(`a failed run (exit ${status}) left '${output}' behind`);
  if (outputBytes !== undefined && (now === undefined || !outputBytes.equals(now))) throw new Error(`a failed run (exit ${status}) changed the existing '${output}'`);
  return undefined;
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

async function compareCopy(inputBytes: Buffer, copy: Buffer, what: string): Promise<void> {
  expectInputsUnchanged(await xlsxInputFingerprint(inputBytes), await xlsxInputFingerprint(copy), what);
}

const pending: Promise<void>[] = [];
afterEach(async () => {
  await Promise.all(pending.splice(0));
});

/** Runs the built command line (`npm test` builds it first, in pretest) as a user would. */
export function runCli(args: readonly string[]): CliRun {
  const was = before(args);
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: "utf8" });
  const copy = checkFiles(was, result.status);
  if (copy && was.inputBytes) pending.push(compareCopy(was.inputBytes, copy, `the copy written by appraise ${args.join(" ")}`));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command line in-process (its entry point, `main`), capturing what it prints; `files` can fail on purpose. */
export async function appraiseInProcess(args: readonly string[], options: { now?: () => Date; files?: OutputFiles } = {}): Promise<CliRun> {
  const was = before(args);
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text) }, options.now, options.files);
  const copy = checkFiles(was, status);
  if (copy && was.inputBytes) await compareCopy(was.inputBytes, copy, `the copy written by appraise ${args.join(" ")}`);
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}
