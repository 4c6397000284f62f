/**
 * Ownership marks in office-js (the same hidden workbook names as the file host, see
 * `src/workbook/ownership.ts`), plus the marks of temporary sheets and of an unfinished run.
 *
 * Excel's batches are not transactions, so every mark is written before what it marks: a failure between
 * the two calls leaves a mark without its sheet (harmless, the next run removes it), never a sheet that no
 * mark accounts for (which the next run could not tell from a sheet of the user's).
 */
import { quoteSheetName } from "../core";
import { keyOfOwnershipName, ownershipName, sheetOfReference } from "../workbook";

/** Marks a temporary sheet made while writing; a later run deletes any it finds. */
export const TEMP_PREFIX = "_OptionsAppraisalTemp_";
/**
 * Present while the final batch rewrites the outputs: if it survives, the outputs are incomplete. Its
 * text claims the output sheets that the batch adds (`key:sheet`, separated by `/`; neither character
 * can be in a sheet name), so that a sheet added just before a failure, and not yet marked, is still known
 * to be the add-in's.
 */
export const INCOMPLETE_MARK = "_OptionsAppraisalIncomplete";

export const tempMarkName = (key: string): string => `${TEMP_PREFIX}${key}`;
/** The temporary sheet's name for an output key (within Excel's 31 characters for the keys we use). */
export const tempSheetName = (key: string): string => `~tmp ${key}`.slice(0, 31);

export interface NameRecord {
  readonly name: string;
  readonly formula: string;
  /** Whether the name shows in Name Manager (when it was read). */
  readonly visible?: boolean;
}

export interface Mark {
  readonly name: string;
  readonly key: string;
  /** The sheet the mark points at; undefined when it points nowhere (`#REF!`, the sheet was deleted). */
  readonly sheet?: string;
  /** A sheet claimed by an unfinished run's mark: the add-in's, though its ownership name is not written yet. */
  readonly claimed?: boolean;
  /** The mark shows in Name Manager (a run failed between adding it and hiding it). */
  readonly visible?: boolean;
}

/** A name's formula as a text constant (`="~tmp Summary"`), or undefined when it is not one. */
export function textOfFormula(formula: string): string | undefined {
  const text = /^="((?:[^"]|"")*)"$/.exec(formula.trim())?.[1];
  return text?.replace(/""/g, '"');
}

/** A text constant for a name's formula. */
export const textFormula = (text: string): string => `="${text.replace(/"/g, '""')}"`;

export function ownershipMarks(names: readonly NameRecord[]): Mark[] {
  return names.flatMap((item) => {
    const key = keyOfOwnershipName(item.name);
    const sheet = sheetOfReference(item.formula);
    if (key === undefined) return [];
    return [{ name: item.name, key, ...(sheet !== undefined ? { sheet } : {}), ...(item.visible === true ? { visible: true } : {}) }];
  });
}

/** Temporary sheets' marks: a text constant naming the sheet (or, from earlier versions, a reference to it). */
export function tempMarks(names: readonly NameRecord[]): Mark[] {
  return names.flatMap((item) => {
    if (!item.name.toLowerCase().startsWith(TEMP_PREFIX.toLowerCase())) return [];
    const sheet = textOfFormula(item.formula) ?? sheetOfReference(item.formula);
    const key = item.name.slice(TEMP_PREFIX.length);
    return [sheet === undefined ? { name: item.name, key } : { name: item.name, key, sheet }];
  });
}

/** The formula of the mark of a temporary sheet, written before the sheet is added. */
export const tempMarkFormula = (sheet: string): string => textFormula(sheet);

export interface Claim {
  readonly key: string;
  readonly sheet: string;
}

/** The unfinished run's mark: the output sheets it adds (`=TRUE` when it adds none). */
export function incompleteFormula(claims: readonly Claim[]): string {
  return claims.length === 0 ? "=TRUE" : textFormula(claims.map((claim) => `${claim.key}:${claim.sheet}`).join("/"));
}

export function claimsOf(formula: string): Claim[] {
  const text = textOfFormula(formula);
  if (!text) return [];
  return text.split("/").flatMap((part) => {
    const at = part.indexOf(":");
    return at > 0 && at < part.length - 1 ? [{ key: part.slice(0, at), sheet: part.slice(at + 1) }] : [];
  });
}

/**
 * Marks for the sheets that an unfinished run claimed and did not get to mark: they come first, so that
 * they win over a mark of the same key that points nowhere. Claims of sheets that do not exist, or of a
 * key whose mark points at a sheet, are ignored.
 */
export function claimedMarks(names: readonly NameRecord[], marks: readonly Mark[], sheets: readonly { name: string }[]): Mark[] {
  const incomplete = names.find((item) => item.name.toLowerCase() === INCOMPLETE_MARK.toLowerCase());
  if (!incomplete) return [];
  const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return claimsOf(incomplete.formula)
    .filter((claim) => sheets.some((sheet) => sameName(sheet.name, claim.sheet)))
    .filter((claim) => !marks.some((mark) => mark.sheet !== undefined && (sameName(mark.key, claim.key) || sameName(mark.sheet, claim.sheet))))
    .map((claim) => ({ name: ownershipName(claim.key), key: claim.key, sheet: claim.sheet, claimed: true }));
}

/** The formula a mark refers to: A1 of the sheet. */
export const markFormula = (sheet: string): string => `=${quoteSheetName(sheet)}!$A$1`;
