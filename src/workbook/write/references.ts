import { quoteSheetName } from "../../core";
import { cellAddress, columnLetters, type CellValue } from "../snapshot";
import type { CellRef } from "../read";

/**
 * A column of a table in a structured reference, `Table[[Column]]`. Inside the brackets `'`, `#`, `[`
 * and `]` are escaped with a leading `'`; the double brackets allow spaces and every other character.
 */
export function tableColumn(table: string, header: string): string {
  return `${table}[[${header.replace(/['#[\]]/g, "'$&")}]]`;
}

/** An absolute reference to a cell on another sheet: `Inputs!$B$5`, `'My inputs'!$B$5`. */
export function absoluteCell(ref: CellRef): string {
  return `${quoteSheetName(ref.sheet)}!$${columnLetters(ref.col)}$${ref.row + 1}`;
}

/** A reference to a cell of an output sheet, from another sheet. */
export function sheetCell(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;
}

/** A value as a formula literal: text in double quotes (doubled inside), numbers as they are. */
export function formulaLiteral(value: CellValue): string {
  if (typeof value === "number") return String(value);
  const text = value === null ? "" : typeof value === "object" ? value.error : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}
