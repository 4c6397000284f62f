/** How text from users is kept as text when written through office-js. */

/** Excel would read this string as a formula, number, boolean or date-like entry if typed or written as a value. */
export function wouldBeReinterpreted(text: string): boolean {
  const trimmed = text.trim();
  return /^[=+\-@']/.test(text) || /^[+-]?(\d|\.\d)/.test(trimmed) || /^(true|false)$/i.test(trimmed) || /^#/.test(trimmed);
}

/** The text number format: a string written into a cell so formatted stays exactly that text. */
export const TEXT_FORMAT = "@";

/** Excel's column width in character units (as the plan and ExcelJS give it) to points (office-js). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** `_xlfn.` marks newer functions in the file format only; office-js takes formulas as typed. */
export function typedFormula(formula: string): string {
  return `=${formula.replace(/_xlfn\./gi, "")}`;
}
