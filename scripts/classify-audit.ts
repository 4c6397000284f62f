/**
 * Reads what `npm audit --omit=dev --audit-level=high --json` printed and says which of four things
 * happened (decision 23):
 *
 *   unreachable  the advisory service did not answer (the registry reached from our machines answers 405;
 *                elsewhere ENOTFOUND, ECONNREFUSED, timeouts...): nothing was checked. Exit 0, said so.
 *   clean        the service answered; no high or critical advisory in the production dependencies. Exit 0.
 *   advisories   the service answered with high or critical advisories: each is listed. Exit 1.
 *   failed       npm could not run the audit for another reason (no lockfile, output that is not
 *                npm's JSON): a check that checked nothing for an unknown reason must not pass. Exit 2.
 *
 * npm exits 1 both when the service is unreachable and when advisories are found, so its exit status
 * tells nothing apart: only the JSON does. Run by scripts/audit.sh:
 *
 *   node dist/node/scripts/classify-audit.js <npm's stdout file> [<npm's stderr file>]
 *
 * The first line printed is the one-line summary; for advisories, one line per package follows.
 */
import { readFileSync } from "node:fs";

export type AuditOutcome = "unreachable" | "clean" | "advisories" | "failed";

export const SEVERITIES = ["critical", "high", "moderate", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One vulnerable package, as npm's report (version 2) describes it. */
export interface VulnerablePackage {
  readonly name: string;
  readonly severity: Severity;
  /** The vulnerable versions. */
  readonly range: string;
  /** The advisories' titles and addresses, or "via <package>" where the package is vulnerable through another. */
  readonly advisories: readonly string[];
}

export interface AuditVerdict {
  readonly outcome: AuditOutcome;
  /** The one line CI prints. */
  readonly summary: string;
  /** The high and critical packages (advisories), empty otherwise. */
  readonly findings: readonly VulnerablePackage[];
  readonly exitCode: 0 | 1 | 2;
}

/** Error codes meaning the request never got an answer from a working advisory service. */
const NETWORK_CODES = [
  "ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ESOCKETTIMEDOUT", "EHOSTUNREACH",
  "ENETUNREACH", "ENETDOWN", "EPIPE", "EPROTO", "ERR_SOCKET_TIMEOUT", "ECONNABORTED", "UND_ERR_CONNECT_TIMEOUT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT", "CERT_HAS_EXPIRED", "ERR_TLS_CERT_ALTNAME_INVALID",
  // npm's own code for "the configured registry does not support audit requests".
  "ENOAUDIT",
];
/** A code, and the host (and port) named after it when there is one: "ENOTFOUND registry.npmjs.org". */
const NETWORK_CODE = new RegExp(`\\b(${NETWORK_CODES.join("|")})\\b(?:\\s+([\\w-]+(?:\\.[\\w-]+)+(?::\\d+)?))?`);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** npm prints one JSON document; anything before it (a stray warning) is skipped. */
export function parseNpmJson(stdout: string): Json | undefined {
  const start = stdout.indexOf("{");
  if (start < 0) return undefined;
  try {
    const value: unknown = JSON.parse(stdout.slice(start));
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why the service did not answer, in a few words ("405 Method Not Allowed", "ENOTFOUND registry.npmjs.org"),
 * or undefined when the output does not say the service was unreachable.
 */
export function unreachableReason(report: Json | undefined, stderr = ""): string | undefined {
  const error = isObject(report?.error) ? report.error : {};
  // The audit endpoint answered with an HTTP error: npm puts the response in the report.
  const status = report?.statusCode;
  const message = text(report?.message) || text(error.summary) || text(error.message);
  if (typeof status === "number" && status >= 400) {
    const words = /^(\d{3}\s+[^-]*?)\s+-\s/.exec(message)?.[1]?.trim() ?? `HTTP ${status}`;
    const host = /^https?:\/\/([^/]+)/.exec(text(report?.uri))?.[1];
    return host ? `${words} from ${host}` : words;
  }
  for (const candidate of [text(error.code), message, text(error.detail), stderr]) {
    const network = NETWORK_CODE.exec(candidate);
    if (network) return network[2] ? `${network[1]} ${network[2]}` : (network[1] as string);
    const http = /\b(\d{3} [A-Z][A-Za-z ]+?) - (?:POST|GET)\b/.exec(candidate);
    if (http) return http[1];
  }
  return undefined;
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}

/** The packages of an audit report (version 2, npm 7 and later). */
export function vulnerablePackages(report: Json): VulnerablePackage[] {
  const vulnerabilities = isObject(report.vulnerabilities) ? report.vulnerabilities : {};
  const found: VulnerablePackage[] = [];
  for (const [key, entry] of Object.entries(vulnerabilities)) {
    if (!isObject(entry) || !isSeverity(entry.severity)) continue;
    const via = Array.isArray(entry.via) ? entry.via : [];
    const advisories = via.map((item) => {
      if (typeof item === "string") return `via ${item}`;
      if (!isObject(item)) return "";
      return [text(item.title), text(item.url)].filter(Boolean).join(" ");
    });
    found.push({
      name: text(entry.name) || key,
      severity: entry.severity,
      range: text(entry.range),
      advisories: advisories.filter(Boolean),
    });
  }
  return found;
}

/** Counts by severity: the report's metadata where present, else counted from its packages. */
export function severityCounts(report: Json): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, moderate: 0, low: 0, info: 0 };
  const metadata = isObject(report.metadata) && isObject(report.metadata.vulnerabilities) ? report.metadata.vulnerabilities : undefined;
  if (metadata) {
    for (const severity of SEVERITIES) counts[severity] = typeof metadata[severity] === "number" ? (metadata[severity] as number) : 0;
  } else {
    for (const pkg of vulnerablePackages(report)) counts[pkg.severity] += 1;
  }
  return counts;
}

function describeCounts(counts: Record<Severity, number>): string {
  return SEVERITIES.map((severity) => `${counts[severity]} ${severity}`).join(", ");
}

export function classifyAudit(stdout: string, stderr = ""): AuditVerdict {
  const report = parseNpmJson(stdout);
  const isReport = report !== undefined && (report.auditReportVersion !== undefined || isObject(report.vulnerabilities));
  if (!isReport) {
    const reason = unreachableReason(report, stderr);
    if (reason !== undefined) {
      return {
        outcome: "unreachable",
        summary: `npm audit: advisory service unreachable (${reason}); not checked`,
        findings: [],
        exitCode: 0,
      };
    }
    const error = isObject(report?.error) ? report.error : {};
    const why =
      [text(error.code), text(error.summary)].filter(Boolean).join(": ") || text(report?.message) ||
      stderr.split("\n").find((line) => /npm (error|ERR!)/.test(line))?.replace(/^npm (error|ERR!)\s*/, "") ||
      (stdout.trim() === "" ? "no output" : "output is not npm's audit report");
    return { outcome: "failed", summary: `npm audit: could not run (${why.trim()})`, findings: [], exitCode: 2 };
  }

  const counts = severityCounts(report);
  const dependencies = isObject(report.metadata) && isObject(report.metadata.dependencies) ? report.metadata.dependencies : {};
  const scope = typeof dependencies.prod === "number" ? ` in ${dependencies.prod} production dependencies` : " in production dependencies";
  const serious = vulnerablePackages(report)
    .filter((pkg) => pkg.severity === "critical" || pkg.severity === "high")
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.name.localeCompare(b.name));
  if (serious.length > 0 || counts.critical + counts.high > 0) {
    return {
      outcome: "advisories",
      summary: `npm audit: high or critical advisories${scope} (${describeCounts(counts)})`,
      findings: serious,
      exitCode: 1,
    };
  }
  return {
    outcome: "clean",
    summary: `npm audit: no high or critical advisories${scope} (${describeCounts(counts)})`,
    findings: [],
    exitCode: 0,
  };
}

/** The lines to print: the summary, then one line per high or critical package. */
export function describeVerdict(verdict: AuditVerdict): string[] {
  return [
    verdict.summary,
    ...verdict.findings.map(
      (pkg) => `  ${pkg.severity} ${pkg.name}${pkg.range ? ` ${pkg.range}` : ""}: ${pkg.advisories.join("; ") || "no details"}`,
    ),
  ];
}

if (require.main === module) {
  const [stdoutFile, stderrFile] = process.argv.slice(2);
  if (!stdoutFile) {
    process.stderr.write("usage: classify-audit <npm audit --json output> [<npm stderr>]\n");
    process.exit(2);
  }
  const read = (file: string | undefined): string => {
    try {
      return file ? readFileSync(file, "utf8") : "";
    } catch {
      return "";
    }
  };
  const verdict = classifyAudit(read(stdoutFile), read(stderrFile));
  for (const line of describeVerdict(verdict)) process.stdout.write(`${line}\n`);
  process.exitCode = verdict.exitCode;
}
