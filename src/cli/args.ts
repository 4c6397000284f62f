export interface CliOptions {
  readonly input: string;
  readonly out?: string;
  readonly json: boolean;
  readonly force: boolean;
}

export const USAGE = "Usage: appraise <workbook.xlsx> [--out <file.xlsx>] [--json] [--force]";

/** Reads the command line; a string is a usage error to show with USAGE. */
export function parseArgs(argv: readonly string[]): CliOptions | string {
  let input: string | undefined;
  let out: string | undefined;
  let json = false;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--force") force = true;
    else if (arg === "--out" || arg.startsWith("--out=")) {
      const value = arg === "--out" ? argv[++i] : arg.slice("--out=".length);
      if (!value) return "--out needs a file name, e.g. --out results.xlsx";
      out = value;
    } else if (arg === "--help" || arg === "-h") return "help";
    else if (arg.startsWith("-")) return `Unknown option '${arg}'.`;
    else if (input === undefined) input = arg;
    else return `Only one workbook can be appraised at a time ('${input}' and '${arg}' given).`;
  }
  if (input === undefined) return "Name the workbook to appraise.";
  if (!/\.xlsx$/i.test(input)) return `'${input}' is not an .xlsx workbook (save it as Excel Workbook .xlsx first).`;
  if (out !== undefined && !/\.xlsx$/i.test(out)) return `The output '${out}' must end in .xlsx.`;
  return { input, json, force, ...(out !== undefined ? { out } : {}) };
}

/** `<name>.appraised.xlsx` beside the input. */
export function defaultOutput(input: string): string {
  return input.replace(/\.xlsx$/i, ".appraised.xlsx");
}
