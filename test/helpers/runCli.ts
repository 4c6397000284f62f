import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const BUILT_CLI = join(__dirname, "..", "..", "dist", "node", "src", "cli", "appraise.js");

/** Runs the built command line (`npm test` builds it first, in pretest) as a user would. */
export function runCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
