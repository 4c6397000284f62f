/**
 * What a host reads from a workbook, before any meaning is given to it. Both hosts (office-js and the
 * ExcelJS file host) produce this shape; everything after it is shared and tested once.
 */

/** A cell's value as the host reports it. Excel errors (`#REF!`, `#N/A`, ...) arrive as `{ error }`. */
export type CellValue = string | number | boolean | null | { readonly error: string };

export interface TableSnapshot {
  /** The table's name as written in the workbook. */
  readonly name: string;
  readonly sheet: string;
  /** 0-based sheet row of the header row. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly left: number;
  readonly headers: readonly CellValue[];
  /** The data body only: never the header row nor a totals row. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Number format per data cell, parallel to `rows` (e.g. `0%`, `General`); absent when unknown. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Whether each data row is hidden, parallel to `rows`; absent when unknown. */
  readonly hiddenRows?: readonly boolean[];
}

export interface SheetInfo {
  readonly name: string;
  /** The output key this sheet is marked as owning (see `ownership.ts`), or undefined for a user's sheet. */
  readonly ownedAs?: string;
}

export interface WorkbookSnapshot {
  readonly tables: readonly TableSnapshot[];
  readonly sheets: readonly SheetInfo[];
}

export function isCellError(value: CellValue): value is { readonly error: string } {
  return typeof value === "object" && value !== null;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** `C5` from 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
