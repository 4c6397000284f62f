import type { SavingsProfileRead } from "./readSavingsProfile";
import type { CellValue } from "../snapshot";

/** A cell on a sheet, 0-based. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/**
 * Where each input came from, as written in the workbook: what the write plan needs to build live
 * formulas over the input tables (table names, header texts and cells exactly as the user wrote them).
 */
export interface InputSources {
  readonly assumptions: {
    readonly table: string;
    readonly inScopeServiceValue: CellRef;
    readonly savingsTarget: CellRef;
    readonly widerSavingsTarget: CellRef;
  };
  readonly options: {
    readonly table: string;
    readonly optionHeader: string;
    readonly confidenceHeader: string;
    /** The Option cell of each option, raw, in option order. */
    readonly names: readonly CellValue[];
  };
  readonly savings: {
    readonly table: string;
    /** The header of each option's money column, as written, in option order. */
    readonly optionHeaders: readonly string[];
    /** Per option: true when some amount in its column is text (Excel's SUM would skip it). */
    readonly hasTextAmounts: readonly boolean[];
    readonly riskHeader: string;
    /** The table's data row (0-based, below the header) of each saving line, in line order. */
    readonly lineRows: readonly number[];
  };
  /** Null when the workbook has no SavingsProfile table. */
  readonly profile: SavingsProfileRead | null;
  /** A fingerprint of the input tables, for the run stamp. */
  readonly fingerprint: string;
}
