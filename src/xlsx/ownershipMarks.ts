/**
 * Reading and setting the ownership marks (see `src/workbook/ownership.ts`) through ExcelJS's defined
 * names. ExcelJS keeps a name's sheet reference as written, quotes and `''` escapes included, and
 * forgets the `hidden` flag: `saveWorkbook.ts` puts it back on save.
 */
import type ExcelJS from "exceljs";
import { keyOfOwnershipName, ownershipName } from "../workbook/ownership";
import { quoteSheetName } from "../core";
import { sameSheetName } from "../workbook/ownership";
import { sheetOfReference } from "../workbook/cellReferences";

export interface OwnershipMark {
  readonly key: string;
  /** The sheet name the mark refers to; it may name no sheet when the user deleted the sheet. */
  readonly sheet: string;
}

export function readOwnershipMarks(workbook: ExcelJS.Workbook): OwnershipMark[] {
  const marks: OwnershipMark[] = [];
  for (const { name, ranges } of workbook.definedNames.model) {
    const key = keyOfOwnershipName(name);
    const sheet = ranges[0] === undefined ? undefined : sheetOfReference(ranges[0]);
    if (key !== undefined && sheet !== undefined) marks.push({ key, sheet });
  }
  return marks;
}

/** The sheet marked as owned with `key` (keys compare without case, as Excel compares names). */
export function ownedSheet(workbook: ExcelJS.Workbook, key: string): ExcelJS.Worksheet | undefined {
  const mark = readOwnershipMarks(workbook).find((m) => m.key.toLowerCase() === key.toLowerCase());
  return mark && workbook.worksheets.find((sheet) => sameSheetName(sheet.name, mark.sheet));
}

/** Points the mark for `key` at A1 of `sheetName`, replacing any earlier mark for that key. */
export function setOwnershipMark(workbook: ExcelJS.Workbook, key: string, sheetName: string): void {
  const others = workbook.definedNames.model.filter((entry) => keyOfOwnershipName(entry.name)?.toLowerCase() !== key.toLowerCase());
  workbook.definedNames.model = [...others, { name: ownershipName(key), ranges: [`${quoteSheetName(sheetName)}!$A$1`] }];
}
