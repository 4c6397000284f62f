/**
 * How both hosts mark the sheets the add-in owns: one hidden workbook-level defined name per owned
 * sheet, `_OptionsAppraisal_<key>`, referring to cell A1 of that sheet. Excel keeps the reference
 * pointing at the sheet when it is renamed or moved, and the mark survives both hosts' saves, so a file
 * appraised on the command line can be re-run in Excel and the other way round.
 */
export const OWNERSHIP_PREFIX = "_OptionsAppraisal_";

export const OUTPUT_KEYS = { rankedResults: "RankedResults", summary: "Summary", riskSensitivity: "RiskSensitivity" } as const;

export function ownershipName(key: string): string {
  return `${OWNERSHIP_PREFIX}${key}`;
}

/** The key a defined name marks, or undefined when the name is not one of ours. */
export function keyOfOwnershipName(name: string): string | undefined {
  return name.toLowerCase().startsWith(OWNERSHIP_PREFIX.toLowerCase())
    ? name.slice(OWNERSHIP_PREFIX.length)
    : undefined;
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** True when a sheet named `name` exists and is not the add-in's own sheet for `key`: it must not be written. */
export function isForeignSheet(sheets: readonly { name: string; ownedAs?: string }[], name: string, key: string): boolean {
  return sheets.some((sheet) => sameSheetName(sheet.name, name) && sheet.ownedAs?.toLowerCase() !== key.toLowerCase());
}

/** The planned sheet names that would replace a sheet the add-in did not create; hosts write nothing then. */
export function ownershipConflicts(workbook: { sheets: readonly { name: string; ownedAs?: string }[] }, plan: { sheets: readonly { name: string; key: string }[] }): string[] {
  return plan.sheets.filter((planned) => isForeignSheet(workbook.sheets, planned.name, planned.key)).map((planned) => planned.name);
}
