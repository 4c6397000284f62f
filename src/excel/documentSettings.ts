/**
 * Settings saved with the workbook (`Office.context.document.settings`): Update automatically, and the
 * problems of the ribbon's last run. `saveAsync` writes them into the document; undefined removes one.
 */
import type { RibbonRunOutcome } from "./addinHost";

export function saveSetting(office: typeof Office, name: string, value: unknown): Promise<void> {
  const settings = office.context.document.settings;
  if (value === undefined) settings.remove(name);
  else settings.set(name, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === office.AsyncResultStatus.Failed) {
        reject(new Error(`The setting could not be saved with the workbook: ${result.error?.message ?? "unknown reason"}`));
      } else resolve();
    });
  });
}

/** Settings are plain JSON that anyone could have edited: check the shape before trusting it. */
export function isRibbonRunOutcome(value: unknown): value is RibbonRunOutcome {
  if (typeof value !== "object" || value === null) return false;
  const outcome = value as Partial<RibbonRunOutcome>;
  return typeof outcome.at === "string" && typeof outcome.ok === "boolean" && Array.isArray(outcome.issues)
    && outcome.issues.every((issue) => typeof issue?.code === "string" && typeof issue.message === "string" && (issue.severity === "error" || issue.severity === "warning"));
}
