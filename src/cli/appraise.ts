#!/usr/bin/env node
import { existsSync } from "node:fs";
import { link, readFile, rename, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { hasErrors, type Issue } from "../core";
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

/** 3: the copy could not be written (the disk, the folder or the name refused it); nothing was written. */
export const EXIT = { done: 0, workbookErrors: 1, usage: 2, notWritten: 3 } as const;

/**
 * The file operations that write the copy: the real ones by default, a failing stand-in in tests. The copy
 * is written beside its target under a temporary name, then put in place in one step, so a failure never
 * leaves half a workbook under the output's name and never damages a file already there.
 */
export interface OutputFiles {
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Puts `from` in place as `to`, replacing any file there (`--force`). */
  rename(from: string, to: string): Promise<void>;
  /** Puts `from` in place as `to` only if there is no `to` yet (fails with EEXIST otherwise). */
  link(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export const NODE_FILES: OutputFiles = {
  writeFile: (path, data) => writeFile(path, data),
  rename: (from, to) => rename(from, to),
  link: (from, to) => link(from, to),
  remove: (path) => rm(path, { force: true }),
};

/** The whole command: .xlsx in, appraisal, a copy with the output sheets out. Returns the exit status. */
export async function main(argv: readonly string[], io: Io, now: () => Date = () => new Date(), files: OutputFiles = NODE_FILES): Promise<number> {
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
  let snapshot;
  try {
    workbook = await loadWorkbook(original);
    snapshot = readSnapshot(workbook);
  } catch (error) {
    // Not a package at all, cut short, or damaged inside (a part missing): an error like any other.
    const unreadable: Issue = {
      code: "WORKBOOK_UNREADABLE",
      severity: "error",
      message: `'${options.input}' could not be opened as an Excel workbook (${error instanceof Error ? error.message : String(error)}). Open it in Excel (let Excel repair it if it offers), save it as .xlsx and try again.`,
    };
    io.err([`'${options.input}' could not be read; nothing was written.`, ...issueLines([unreadable])].join("\n"));
    return EXIT.workbookErrors;
  }
  const result = runAppraisal(snapshot, { when: now().toISOString(), version: packageVersion() }, options.simulate !== undefined ? { simulateIterations: options.simulate } : {});
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
  const copy = await workbookToBuffer(workbook);
  try {
    await writeAtomically(files, output, copy, options.force);
  } catch (error) {
    io.err(notWrittenMessage(error, output, options.input));
    return EXIT.notWritten;
  }

  if (options.json) {
    io.out(exactJson(resultsJson(result.appraisal, warnings, result.analysis)));
    if (warnings.length > 0) io.err(issueLines(warnings).join("\n"));
  } else {
    io.out([terminalReport(result.appraisal, result.input, result.analysis), "", ...issueLines(warnings), `Written: ${output}`].join("\n"));
  }
  return EXIT.done;
}

function checkPaths(options: CliOptions, output: string): string | undefined {
  if (!existsSync(options.input)) return `'${options.input}' does not exist.`;
  if (resolve(output) === resolve(options.input)) return "The output must be a different file from the input: the input is never changed.";
  if (existsSync(output) && !options.force) return `'${output}' already exists and was kept. Add --force to replace it, or choose another name with --out.`;
  return undefined;
}

/**
 * Writes beside the target, then puts the file in place in one step, so a failed write never leaves half a
 * workbook behind. Without `force` the last step refuses to replace a file (one that appeared since the
 * check at the start); where the file system has no hard links it falls back to checking, then renaming.
 */
async function writeAtomically(files: OutputFiles, target: string, content: Uint8Array, force: boolean): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await files.writeFile(temporary, content);
    if (force) {
      await files.rename(temporary, target);
    } else {
      try {
        await files.link(temporary, target);
      } catch (error) {
        if (errorCode(error) === "EEXIST" || !["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"].includes(errorCode(error) ?? "")) throw error;
        if (existsSync(target)) throw Object.assign(new Error(`'${target}' appeared while the appraisal ran`), { code: "EEXIST" });
        await files.rename(temporary, target);
      }
    }
  } finally {
    // After a link the temporary name is a second name for the copy; after a failure it is what was written.
    await files.remove(temporary).catch(() => undefined);
  }
}

const errorCode = (error: unknown): string | undefined => (typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : undefined);

/** Why the copy could not be written, in words, and what was not changed. */
function notWrittenMessage(error: unknown, output: string, input: string): string {
  const reasons: Record<string, string> = {
    EACCES: "you may not write in that folder",
    EPERM: "the system refused the write",
    EROFS: "that disk is read-only",
    ENOENT: "that folder does not exist",
    ENOTDIR: "part of the path is a file, not a folder",
    EISDIR: "a folder has that name",
    ENOSPC: "the disk is full",
    EDQUOT: "the disk quota is used up",
    EEXIST: "a file of that name appeared while the appraisal ran (add --force to replace it)",
  };
  const code = errorCode(error);
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return `'${output}' could not be written: ${reason}${code ? ` (${code})` : ""}. Nothing was written; '${input}' is unchanged. Choose another place with --out, or free space, and run again.`;
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
