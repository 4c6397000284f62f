/**
 * The CI audit (decision 23) tells "the advisory service did not answer" (passes, and says it checked
 * nothing) from "high or critical advisories" (fails), from outputs npm really printed (405, ENOTFOUND,
 * ECONNREFUSED, no lockfile) and reports in npm's format (see fixtures/audit/SOURCES.md). Then
 * scripts/audit.sh itself, with a stand-in `npm` that prints those outputs.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { classifyAudit, describeVerdict, parseNpmJson, unreachableReason } from "../../scripts/classify-audit";

const ROOT = resolve(__dirname, "../..");
const FIXTURES = join(__dirname, "fixtures", "audit");
const stdout = (name: string): string => readFileSync(join(FIXTURES, `${name}.json`), "utf8");
const stderr = (name: string): string => readFileSync(join(FIXTURES, `${name}.stderr.txt`), "utf8");

describe("classifyAudit", () => {
  it("405 from the registry (these machines): unreachable, not checked, passes", () => {
    const verdict = classifyAudit(stdout("405-method-not-allowed"), stderr("405-method-not-allowed"));
    expect(verdict.outcome).toBe("unreachable");
    expect(verdict.exitCode).toBe(0);
    expect(verdict.summary).toBe(
      "npm audit: advisory service unreachable (405 Method Not Allowed from registry.npmjs.org); not checked",
    );
  });

  it("ENOTFOUND and ECONNREFUSED: unreachable, with the host in the reason", () => {
    expect(classifyAudit(stdout("enotfound"), stderr("enotfound")).summary).toBe(
      "npm audit: advisory service unreachable (ENOTFOUND nonexistent.invalid); not checked",
    );
    const refused = classifyAudit(stdout("econnrefused"), stderr("econnrefused"));
    expect(refused.summary).toBe("npm audit: advisory service unreachable (ECONNREFUSED 127.0.0.1:9); not checked");
    expect(refused.exitCode).toBe(0);
  });

  it("reads the reason from stderr, or from npm's general error shape, when stdout has none", () => {
    expect(classifyAudit("", stderr("enotfound")).outcome).toBe("unreachable");
    const generic = JSON.stringify({ error: { code: "ETIMEDOUT", summary: "request timed out", detail: "" } });
    expect(classifyAudit(generic).summary).toBe("npm audit: advisory service unreachable (ETIMEDOUT); not checked");
    const noAudit = JSON.stringify({ error: { code: "ENOAUDIT", summary: "Your configured registry may not support audit requests" } });
    expect(classifyAudit(noAudit).outcome).toBe("unreachable");
    const unavailable = { message: "503 Service Unavailable - POST https://mirror.example/-/npm/v1/security/advisories/bulk", statusCode: 503, uri: "https://mirror.example/-/npm/v1/security/advisories/bulk" };
    expect(unreachableReason(unavailable)).toBe("503 Service Unavailable from mirror.example");
  });

  it("high and critical advisories: fails, listing each package with its advisories", () => {
    const verdict = classifyAudit(stdout("high-and-critical"), "");
    expect(verdict.outcome).toBe("advisories");
    expect(verdict.exitCode).toBe(1);
    expect(verdict.summary).toBe(
      "npm audit: high or critical advisories in 297 production dependencies (2 critical, 1 high, 1 moderate, 0 low, 0 info)",
    );
    expect(verdict.findings.map((f) => [f.severity, f.name])).toEqual([
      ["critical", "exceljs"],
      ["critical", "unzipper"],
      ["high", "jszip"],
    ]);
    expect(describeVerdict(verdict).slice(1)).toEqual([
      "  critical exceljs >=4.0.0: via unzipper",
      "  critical unzipper <0.12.2: Sample critical advisory: path traversal https://github.com/advisories/GHSA-xxxx-critical",
      "  high jszip <3.10.3: Sample high advisory: prototype pollution https://github.com/advisories/GHSA-xxxx-high",
    ]);
  });

  it("only low and moderate advisories: passes, with the counts", () => {
    const verdict = classifyAudit(stdout("low-and-moderate"), "");
    expect(verdict.outcome).toBe("clean");
    expect(verdict.exitCode).toBe(0);
    expect(verdict.findings).toEqual([]);
    expect(verdict.summary).toBe(
      "npm audit: no high or critical advisories in 297 production dependencies (0 critical, 0 high, 1 moderate, 1 low, 0 info)",
    );
  });

  it("no advisories: passes", () => {
    const verdict = classifyAudit(stdout("none"), "");
    expect(verdict.outcome).toBe("clean");
    expect(verdict.summary).toBe(
      "npm audit: no high or critical advisories in 297 production dependencies (0 critical, 0 high, 0 moderate, 0 low, 0 info)",
    );
  });

  it("counts from the packages when the report has no metadata", () => {
    const report = JSON.parse(stdout("high-and-critical")) as Record<string, unknown>;
    delete report.metadata;
    const verdict = classifyAudit(JSON.stringify(report));
    expect(verdict.outcome).toBe("advisories");
    expect(verdict.summary).toBe("npm audit: high or critical advisories in production dependencies (2 critical, 1 high, 1 moderate, 0 low, 0 info)");
  });

  it("anything else (no lockfile, no output, not JSON) fails: an audit that checked nothing for an unknown reason", () => {
    const noLock = classifyAudit(stdout("enolock"), stderr("enolock"));
    expect(noLock.outcome).toBe("failed");
    expect(noLock.exitCode).toBe(2);
    expect(noLock.summary).toBe("npm audit: could not run (ENOLOCK: This command requires an existing lockfile.)");
    expect(classifyAudit("", "").summary).toBe("npm audit: could not run (no output)");
    expect(classifyAudit("Segmentation fault", "").outcome).toBe("failed");
    expect(classifyAudit('{"auditReportVersion": 2, "vulner', "").outcome).toBe("failed");
  });

  it("skips anything npm printed before its JSON", () => {
    expect(parseNpmJson(`npm warn something\n${stdout("none")}`)?.auditReportVersion).toBe(2);
    expect(parseNpmJson("[1, 2]")).toBeUndefined();
  });
});

describe("scripts/audit.sh", () => {
  let bin: string;
  beforeAll(() => {
    bin = mkdtempSync(join(tmpdir(), "audit-sh-"));
    // A stand-in npm: `npm audit ...` prints the fixture named by AUDIT_FIXTURE and exits 1 as npm does;
    // anything else (the classifier's build, when it is out of date) goes to the real npm.
    const realNpm = spawnSync("bash", ["-c", "command -v npm"], { encoding: "utf8" }).stdout.trim();
    writeFileSync(
      join(bin, "npm"),
      [
        "#!/usr/bin/env bash",
        'if [ "$1" = audit ]; then',
        '  [ "$*" = "audit --omit=dev --audit-level=high --json" ] || { echo "unexpected arguments: $*" >&2; exit 9; }',
        '  cat "$AUDIT_FIXTURE.json"; [ -f "$AUDIT_FIXTURE.stderr.txt" ] && cat "$AUDIT_FIXTURE.stderr.txt" >&2',
        "  exit 1",
        "fi",
        `exec "${realNpm}" "$@"`,
        "",
      ].join("\n"),
    );
    chmodSync(join(bin, "npm"), 0o755);
  });
  afterAll(() => rmSync(bin, { recursive: true, force: true }));

  function audit(fixture: string): { status: number | null; lines: string[] } {
    const result = spawnSync("bash", [join(ROOT, "scripts", "audit.sh")], {
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ""}`, AUDIT_FIXTURE: join(FIXTURES, fixture) },
    });
    return { status: result.status, lines: result.stdout.trim().split("\n") };
  }

  it.each([
    ["405-method-not-allowed", 0, "npm audit: advisory service unreachable (405 Method Not Allowed from registry.npmjs.org); not checked"],
    ["enotfound", 0, "npm audit: advisory service unreachable (ENOTFOUND nonexistent.invalid); not checked"],
    ["none", 0, "npm audit: no high or critical advisories in 297 production dependencies (0 critical, 0 high, 0 moderate, 0 low, 0 info)"],
    ["low-and-moderate", 0, "npm audit: no high or critical advisories in 297 production dependencies (0 critical, 0 high, 1 moderate, 1 low, 0 info)"],
    ["high-and-critical", 1, "npm audit: high or critical advisories in 297 production dependencies (2 critical, 1 high, 1 moderate, 0 low, 0 info)"],
    ["enolock", 2, "npm audit: could not run (ENOLOCK: This command requires an existing lockfile.)"],
  ])("%s: exit %i, first line is the summary", (fixture, status, summary) => {
    const result = audit(fixture);
    expect(result.lines[0]).toBe(summary);
    expect(result.status).toBe(status);
    if (fixture === "high-and-critical") expect(result.lines).toHaveLength(4);
  });
});
