#!/usr/bin/env node
import { existsSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { hasErrors } from "../core";
import { runAppraisal } from "../workbook";
import { applyWritePlan, droppedParts, loadWorkbook, readSnapshot, workbookToBuffer } from "../xlsx";
import { defaultOutput, parseArgs, USAGE, type CliOptions } from "./args";
import { exactJson } from "./exactJson";
import { resultsJson } from "./resultsJson";
import { issueLines, terminalReport } from "./terminalReport";
import { packageVersion } from "./version";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const EXIT = { done: 0, workbookErrors: 1, usage: 2 } as const;

/** The whole command: .xlsx in, appraisal, a copy with the output sheets out. Returns the exit status. */
export async function main(argv: readonly string[], io: Io, now: () => Date = () => new Date()): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === "string") {
    if (options === "help") {
      io.out(USAGE);
      return EXIT.done;
    }
    io.err(`${options}\n${USAGE}`);
    return EXIT.usage;
  }
  const output = options.out ?? defaultOutput(options.input);
  const problem = checkPaths(options, output);
  if (problem) {
    io.err(problem);
    return EXIT.usage;
  }

  const original = await readFile(options.input);
  let workbook;
  try {
    workbook = await loadWorkbook(original);
  } catch (error) {
    io.err(`'${options.input}' could not be opened as an Excel workbook (${(error as Error).message}). Save it from Excel as .xlsx and try again.`);
    return EXIT.workbookErrors;
  }
  const result = runAppraisal(readSnapshot(workbook), { when: now().toISOString(), version: packageVersion() });
  if (!result.ok || hasErrors(result.issues)) {
    const errors = result.issues.filter((issue) => issue.severity === "error");
    io.err([`'${options.input}' has ${errors.length} problem${errors.length === 1 ? "" : "s"} to fix; nothing was written.`, ...issueLines(result.issues)].join("\n"));
    return EXIT.workbookErrors;
  }

  const dropped = await droppedParts(original);
  const warnings = [
    ...result.issues,
    ...(dropped.length > 0 ? [{ code: "PARTS_NOT_COPIED", severity: "warning" as const, message: `The copy leaves out ${dropped.join(", ")} from the original (the command line cannot copy them); the original file keeps them. Use the add-in in Excel to keep them.` }] : []),
  ];
  applyWritePlan(workbook, result.plan);
  await writeAtomically(output, await workbookToBuffer(workbook));

  if (options.json) {
    io.out(exactJson(resultsJson(result.appraisal, warnings)));
    if (warnings.length > 0) io.err(issueLines(warnings).join("\n"));
  } else {
    io.out([terminalReport(result.appraisal, result.input), "", ...issueLines(warnings), `Written: ${output}`].join("\n"));
  }
  return EXIT.done;
}

function checkPaths(options: CliOptions, output: string): string | undefined {
  if (!existsSync(options.input)) return `'${options.input}' does not exist.`;
  if (resolve(output) === resolve(options.input)) return "The output must be a different file from the input: the input is never changed.";
  if (existsSync(output) && !options.force) return `'${output}' already exists and was kept. Add --force to replace it, or choose another name with --out.`;
  return undefined;
}

/** Writes beside the target then renames, so a failed write never leaves half a workbook behind. */
async function writeAtomically(target: string, content: Uint8Array): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.stderr.write(`The appraisal stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
