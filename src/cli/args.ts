export interface CliOptions {
  readonly input: string;
  readonly out?: string;
  readonly json: boolean;
  readonly force: boolean;
  /** Monte Carlo iterations when `--simulate [N]` is given (N defaults to 10,000). */
  readonly simulate?: number;
}

/** The simulation keeps every draw for its percentiles, so the count is bounded. */
export const MAX_ITERATIONS = 1_000_000;
const DEFAULT_ITERATIONS = 10_000;

export const USAGE = "Usage: appraise <workbook.xlsx> [--out <file.xlsx>] [--json] [--force] [--simulate [N]]";

/** Reads the command line; a string is a usage error to show with USAGE. */
export function parseArgs(argv: readonly string[]): CliOptions | string {
  let input: string | undefined;
  let out: string | undefined;
  let json = false;
  let force = false;
  let simulate: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--force") force = true;
    else if (arg === "--out" || arg.startsWith("--out=")) {
      const value = arg === "--out" ? argv[++i] : arg.slice("--out=".length);
      if (!value) return "--out needs a file name, e.g. --out results.xlsx";
      out = value;
    } else if (arg === "--simulate" || arg.startsWith("--simulate=")) {
      const given = arg === "--simulate" ? (/^\d+$/.test(argv[i + 1] ?? "") ? argv[++i] : undefined) : arg.slice("--simulate=".length);
      const iterations = given === undefined ? DEFAULT_ITERATIONS : Number(given);
      if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
        return `--simulate takes a whole number of iterations from 1 to ${MAX_ITERATIONS.toLocaleString("en-GB")}, not '${given ?? ""}'.`;
      }
      simulate = iterations;
    } else if (arg === "--help" || arg === "-h") return "help";
    else if (arg.startsWith("-")) return `Unknown option '${arg}'.`;
    else if (input === undefined) input = arg;
    else return `Only one workbook can be appraised at a time ('${input}' and '${arg}' given).`;
  }
  if (input === undefined) return "Name the workbook to appraise.";
  if (!/\.xlsx$/i.test(input)) return `'${input}' is not an .xlsx workbook (save it as Excel Workbook .xlsx first).`;
  if (out !== undefined && !/\.xlsx$/i.test(out)) return `The output '${out}' must end in .xlsx.`;
  return { input, json, force, ...(out !== undefined ? { out } : {}), ...(simulate !== undefined ? { simulate } : {}) };
}

/** `<name>.appraised.xlsx` beside the input. */
export function defaultOutput(input: string): string {
  return input.replace(/\.xlsx$/i, ".appraised.xlsx");
}
