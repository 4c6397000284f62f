/**
 * Ownership marks in office-js (the same hidden workbook names as the file host, see
 * `src/workbook/ownership.ts`), plus the marks of temporary sheets and of an unfinished run.
 */
import { quoteSheetName } from "../core";
import { keyOfOwnershipName, sheetOfReference } from "../workbook";

/** Marks a temporary sheet made while writing; a later run deletes any it finds. */
export const TEMP_PREFIX = "_OptionsAppraisalTemp_";
/** Present while the final batch rewrites the outputs: if it survives, the outputs are incomplete. */
export const INCOMPLETE_MARK = "_OptionsAppraisalIncomplete";

export const tempMarkName = (key: string): string => `${TEMP_PREFIX}${key}`;
/** The temporary sheet's name for an output key (within Excel's 31 characters for the keys we use). */
export const tempSheetName = (key: string): string => `~tmp ${key}`.slice(0, 31);

export interface NameRecord {
  readonly name: string;
  readonly formula: string;
}

export interface Mark {
  readonly name: string;
  readonly key: string;
  /** The sheet the mark points at; undefined when it points nowhere (`#REF!`, the sheet was deleted). */
  readonly sheet?: string;
}

export function ownershipMarks(names: readonly NameRecord[]): Mark[] {
  return names.flatMap((item) => {
    const key = keyOfOwnershipName(item.name);
    const sheet = sheetOfReference(item.formula);
    return key === undefined ? [] : [sheet === undefined ? { name: item.name, key } : { name: item.name, key, sheet }];
  });
}

export function tempMarks(names: readonly NameRecord[]): Mark[] {
  return names.flatMap((item) => {
    if (!item.name.toLowerCase().startsWith(TEMP_PREFIX.toLowerCase())) return [];
    const sheet = sheetOfReference(item.formula);
    const key = item.name.slice(TEMP_PREFIX.length);
    return [sheet === undefined ? { name: item.name, key } : { name: item.name, key, sheet }];
  });
}

/** The formula a mark refers to: A1 of the sheet. */
export const markFormula = (sheet: string): string => `=${quoteSheetName(sheet)}!$A$1`;
