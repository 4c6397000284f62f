/**
 * Fault injection into the file host (issue 5): the command line (`main`, in-process) when the copy
 * cannot be written, by the real file system (a folder that refuses writes, a path through a file, a
 * missing folder, a folder named like the output) and through its `OutputFiles` seam (a disk that fills
 * midway, each file operation failing in turn). Every time: a non-zero exit (3), a message naming the
 * output and the reason, the input byte for byte as it was, no output file and no temporary file left,
 * and an existing output (replaced only with --force) as it was. `appraiseInProcess` checks the files
 * on every run as well (test/helpers/runCli.ts).
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { EXIT, main, NODE_FILES, type OutputFiles } from "../../src/cli/appraise";
import { appraiseInProcess, type CliRun } from "../helpers/runCli";
import { referenceSnapshot } from "../helpers/snapshots";
import { tempFolder, workbookFromSnapshot } from "../helpers/workbooks";

const folder = tempFolder();
let input: string;
let inputBytes: Buffer;
let injected = 0;

beforeAll(async () => {
  input = folder.write("input.xlsx", await workbookFromSnapshot(referenceSnapshot()));
  inputBytes = readFileSync(input);
});
afterAll(() => {
  folder.remove();
  console.log(`file host faults: ${injected} failures injected`);
});

const fsError = (code: string): Error => Object.assign(new Error(`${code}: injected`), { code });

/** What a failed write must leave: exit 3, a message with the output and the reason, nothing written. */
function expectNotWritten(run: CliRun, output: string, reason: RegExp): void {
  injected++;
  expect(run.status).toBe(EXIT.notWritten);
  expect(run.stderr).toContain(`'${output}' could not be written: `);
  expect(run.stderr).toMatch(reason);
  expect(run.stderr).toContain(`Nothing was written; '${input}' is unchanged.`);
  expect(run.stdout).toBe("");
  expect(readFileSync(input).equals(inputBytes)).toBe(true);
}

/**
 * A folder that refuses writes: one of the test's own, made read-only; for the superuser, whom permissions
 * do not stop, Linux's sysfs, which refuses every new file.
 */
function lockedFolder(): { path: string; release: () => void } {
  if (process.getuid?.() !== 0) {
    const path = folder.file("locked");
    mkdirSync(path);
    chmodSync(path, 0o555);
    return { path, release: () => chmodSync(path, 0o755) };
  }
  try {
    writeFileSync("/sys/appraise-probe", "");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EACCES") return { path: "/sys", release: () => undefined };
  }
  throw new Error("no folder refuses writes here (running as the superuser without sysfs)");
}

/** Files in the test folder other than the input and the files a test made itself. */
const strays = (...expected: string[]): string[] => readdirSync(folder.dir).filter((name) => name !== "input.xlsx" && !expected.includes(name));

describe("appraise when the file system refuses the copy", () => {
  it("a folder that cannot be written: exit 3, nothing written", async () => {
    const locked = lockedFolder();
    const output = `${locked.path}/appraise-out.xlsx`;
    try {
      expectNotWritten(await appraiseInProcess([input, "--out", output]), output, /\((EACCES|EPERM|EROFS)\)/);
      expect(existsSync(output)).toBe(false);
    } finally {
      locked.release();
    }
  });

  it("a path whose parent is a file: exit 3, nothing written", async () => {
    const notes = folder.write("notes.txt", new TextEncoder().encode("a file, not a folder"));
    const output = `${notes}/out.xlsx`;
    expectNotWritten(await appraiseInProcess([input, "--out", output]), output, /part of the path is a file, not a folder \(ENOTDIR\)/);
    expect(readFileSync(notes, "utf8")).toBe("a file, not a folder");
  });

  it("a folder that does not exist: exit 3, nothing written", async () => {
    const output = folder.file("no-such-folder/out.xlsx");
    expectNotWritten(await appraiseInProcess([input, "--out", output]), output, /that folder does not exist \(ENOENT\)/);
    expect(existsSync(folder.file("no-such-folder"))).toBe(false);
  });

  it("a folder named like the output, even with --force: exit 3, the folder and its contents kept", async () => {
    const output = folder.file("taken.xlsx");
    mkdirSync(output);
    writeFileSync(`${output}/inside.txt`, "kept");
    const run = await appraiseInProcess([input, "--out", output, "--force"]);
    expectNotWritten(run, output, /\((EISDIR|ENOTEMPTY|EEXIST)\)/);
    expect(readFileSync(`${output}/inside.txt`, "utf8")).toBe("kept");
    expect(strays("notes.txt", "taken.xlsx", "locked")).toEqual([]);
  });
});

describe("appraise when a write fails midway (the OutputFiles seam)", () => {
  it("a disk that fills halfway through the copy: exit 3, no half-written file", async () => {
    const output = folder.file("half.xlsx");
    const files: OutputFiles = {
      ...NODE_FILES,
      writeFile: async (path, data) => {
        await NODE_FILES.writeFile(path, data.subarray(0, Math.floor(data.length / 2)));
        throw fsError("ENOSPC");
      },
    };
    expectNotWritten(await appraiseInProcess([input, "--out", output], { files }), output, /the disk is full \(ENOSPC\)/);
    expect(existsSync(output)).toBe(false);
    expect(strays("notes.txt", "taken.xlsx", "locked")).toEqual([]);
  });

  // Each operation that writes the copy fails in turn, with and without an earlier output to replace.
  const operations: (keyof OutputFiles)[] = ["writeFile", "link", "rename"];
  const codes = ["ENOSPC", "EACCES", "EIO"];
  const cases = operations.flatMap((operation) => codes.flatMap((code) => [false, true].map((previous) => [operation, code, previous] as const)))
    // `link` places a new file; `rename` replaces one (--force, used when there is an earlier output).
    .filter(([operation, , previous]) => operation === "writeFile" || (operation === "rename") === previous);
  it.each(cases)("%s fails with %s (an earlier output: %s): exit 3, input and earlier output as they were", async (operation, code, previous) => {
    const output = folder.file(`fail-${operation}-${code}-${previous}.xlsx`);
    if (previous) expect((await appraiseInProcess([input, "--out", output])).status).toBe(EXIT.done);
    const earlier = previous ? readFileSync(output) : undefined;
    let called = false;
    const files: OutputFiles = {
      ...NODE_FILES,
      [operation]: async () => {
        called = true;
        throw fsError(code);
      },
    };
    const run = await appraiseInProcess([input, "--out", output, ...(previous ? ["--force"] : [])], { files });
    expect(called).toBe(true);
    expectNotWritten(run, output, new RegExp(`\\(${code}\\)`));
    if (earlier) expect(readFileSync(output).equals(earlier)).toBe(true);
    else expect(existsSync(output)).toBe(false);
    expect(readdirSync(folder.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("does not replace a file that appeared while the appraisal ran (no --force)", async () => {
    const output = folder.file("appeared.xlsx");
    const files: OutputFiles = {
      ...NODE_FILES,
      writeFile: async (path, data) => {
        writeFileSync(output, "someone else's file");
        await NODE_FILES.writeFile(path, data);
      },
    };
    const err: string[] = [];
    const status = await main([input, "--out", output], { out: () => undefined, err: (text) => err.push(text) }, undefined, files);
    injected++;
    expect(status).toBe(EXIT.notWritten);
    expect(err.join("\n")).toMatch(/appeared while the appraisal ran \(add --force to replace it\) \(EEXIST\)/);
    expect(readFileSync(output, "utf8")).toBe("someone else's file");
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
    expect(readdirSync(folder.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("where the file system has no hard links, puts the copy in place by renaming", async () => {
    const output = folder.file("no-links.xlsx");
    const files: OutputFiles = { ...NODE_FILES, link: async () => Promise.reject(fsError("EPERM")) };
    const run = await appraiseInProcess([input, "--out", output], { files });
    expect(run.status).toBe(EXIT.done);
    expect(existsSync(output)).toBe(true);
  });

  it("keeps an existing output without --force (exit 2) and replaces it with --force", async () => {
    const output = folder.file("kept.xlsx");
    writeFileSync(output, "an earlier output");
    const kept = await appraiseInProcess([input, "--out", output]);
    expect(kept.status).toBe(EXIT.usage);
    expect(readFileSync(output, "utf8")).toBe("an earlier output");
    const replaced = await appraiseInProcess([input, "--out", output, "--force"]);
    expect(replaced.status).toBe(EXIT.done);
    expect(readFileSync(output, "utf8")).not.toBe("an earlier output");
  });
});
