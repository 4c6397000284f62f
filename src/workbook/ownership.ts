/**
 * How both hosts mark the sheets the add-in owns: one hidden workbook-level defined name per owned
 * sheet, `_OptionsAppraisal_<key>`, referring to cell A1 of that sheet. Excel keeps the reference
 * pointing at the sheet when it is renamed or moved, and the mark survives both hosts' saves, so a file
 * appraised on the command line can be re-run in Excel and the other way round.
 */
export const OWNERSHIP_PREFIX = "_OptionsAppraisal_";

export const OUTPUT_KEYS = { rankedResults: "RankedResults", summary: "Summary" } as const;

export function ownershipName(key: string): string {
  return `${OWNERSHIP_PREFIX}${key}`;
}

/** The key a defined name marks, or undefined when the name is not one of ours. */
export function keyOfOwnershipName(name: string): string | undefined {
  return name.toLowerCase().startsWith(OWNERSHIP_PREFIX.toLowerCase())
    ? name.slice(OWNERSHIP_PREFIX.length)
    : undefined;
}
