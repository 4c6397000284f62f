import type { Issue, Place } from "../core";

/**
 * Collects every problem found while reading, so that all of them are reported at once.
 * Codes are stable identifiers (docs/ERROR-CODES.md); messages may improve, codes do not change.
 */
export class IssueLog {
  readonly issues: Issue[] = [];

  error(code: string, message: string, place?: Place): void {
    this.issues.push(place ? { code, severity: "error", message, place } : { code, severity: "error", message });
  }

  warning(code: string, message: string, place?: Place): void {
    this.issues.push(place ? { code, severity: "warning", message, place } : { code, severity: "warning", message });
  }

  get errorCount(): number {
    return this.issues.filter((issue) => issue.severity === "error").length;
  }
}
