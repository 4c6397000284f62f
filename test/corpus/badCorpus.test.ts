/**
 * The bad-input corpus (test/fixtures/bad, made by scripts/make-bad-corpus.ts): every workbook goes through
 * the command line's real entry point, in-process, and must give what its `.expected.json` says.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/appraise";
import { EXPECTED_SUFFIX, makeBadCorpus } from "../../scripts/make-bad-corpus";
import { tempFolder } from "../helpers/workbooks";

const CORPUS = join(__dirname, "..", "fixtures", "bad");

interface Expected {
  readonly description: string;
  readonly outcome: "results" | "errors";
  readonly codes: readonly string[];
  readonly places: readonly string[];
  readonly fileOnly?: true;
}

/**
 * Cases whose expectation the tool does not meet yet, with the reason. Each runs as `it.failing`, so the
 * suite says so as soon as the tool is fixed and the entry can go.
 */
const PENDING: Readonly<Record<string, string>> = {
};

const files = readdirSync(CORPUS);
const workbooks = files.filter((file) => file.endsWith(".xlsx")).map((file) => file.slice(0, -".xlsx".length)).sort();
const expectations = files.filter((file) => file.endsWith(EXPECTED_SUFFIX)).map((file) => file.slice(0, -EXPECTED_SUFFIX.length)).sort();

function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(CORPUS, `${name}${EXPECTED_SUFFIX}`), "utf8")) as Expected;
}

const sha256 = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The codes at the end of each issue line the command line prints: `Error at Inputs!B13: ... [CODE]`. */
function codesIn(stderr: string): string[] {
  return [...new Set([...stderr.matchAll(/\[([A-Z][A-Z0-9_]+)\]$/gm)].map((m) => m[1] as string))].sort();
}

interface JsonWarning {
  readonly code: string;
  readonly place: string | null;
}

const folder = tempFolder();
afterAll(() => folder.remove());

async function appraise(name: string): Promise<{ status: number; stdout: string; stderr: string; output: string }> {
  const output = folder.file(`${name}.appraised.xlsx`);
  const out: string[] = [];
  const err: string[] = [];
  const status = await main([join(CORPUS, `${name}.xlsx`), "--out", output, "--json"], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join("\n"), stderr: err.join("\n"), output };
}

describe("the bad-input corpus", () => {
  it("holds at least 40 workbooks, each with its expected outcome and no expectation without a workbook", () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(40);
    expect(expectations).toEqual(workbooks);
    for (const name of expectations) {
      const expected = expectedOf(name);
      expect(["results", "errors"]).toContain(expected.outcome);
      expect(expected.description.length).toBeGreaterThan(0);
      expect(new Set(expected.codes).size).toBe(expected.codes.length);
    }
  });

  it("lists no pending case that is not in the corpus", () => {
    expect(Object.keys(PENDING).filter((name) => !workbooks.includes(name))).toEqual([]);
  });

  it("is what scripts/make-bad-corpus.ts makes, byte for byte (run `npm run make-bad-corpus` after changing a case)", async () => {
    const fresh = tempFolder();
    try {
      await makeBadCorpus(fresh.dir);
      const made = readdirSync(fresh.dir).sort();
      expect(made).toEqual([...files].sort());
      for (const file of made) expect([file, sha256(join(fresh.dir, file))]).toEqual([file, sha256(join(CORPUS, file))]);
    } finally {
      fresh.remove();
    }
  });
});

describe.each(workbooks)("%s", (name) => {
  const expected = expectedOf(name);
  const check = PENDING[name] === undefined ? it : it.failing;
  const title = `${expected.outcome === "errors" ? "exits 1 naming" : "gives results with"} ${expected.codes.join(", ") || "no warnings"}${PENDING[name] ? ` (pending: ${PENDING[name]})` : ""}`;

  check(title, async () => {
    const input = join(CORPUS, `${name}.xlsx`);
    const before = sha256(input);
    const run = await appraise(name);
    // The input file is never changed, whatever it holds.
    expect(sha256(input)).toBe(before);

    if (expected.outcome === "errors") {
      expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 1, stdout: "" });
      expect(run.stderr).toContain("nothing was written");
      expect(existsSync(run.output)).toBe(false);
      expect(codesIn(run.stderr)).toEqual([...expected.codes].sort());
      for (const place of expected.places) expect(run.stderr).toContain(`at ${place}:`);
      return;
    }

    expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(existsSync(run.output)).toBe(true);
    const json = JSON.parse(run.stdout) as { options: unknown[]; warnings: JsonWarning[] };
    expect(json.options.length).toBeGreaterThan(0);
    expect([...new Set(json.warnings.map((w) => w.code))].sort()).toEqual([...expected.codes].sort());
    const places = json.warnings.map((w) => w.place);
    for (const place of expected.places) expect(places).toContain(place);
    // Every warning names its place (docs/ERROR-CODES.md), except the copy's note about the whole file.
    expect(json.warnings.filter((w) => w.place === null && w.code !== "PARTS_NOT_COPIED")).toEqual([]);
  });
});
