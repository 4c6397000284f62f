/**
 * What to write, independent of the host. The workbook layer builds it from an appraisal; the office-js
 * host and the ExcelJS file host apply it the same way. Rows and columns are 0-based sheet positions.
 */

export type PlannedValue = string | number | boolean | null;

export interface CellPlan {
  readonly row: number;
  readonly col: number;
  /**
   * The value to show; for a formula cell, the engine's value cached with it. A string is always
   * written as text, never parsed as a formula or number, whatever its first character.
   */
  readonly value: PlannedValue;
  /** Formula without the leading `=`, in the file format's English syntax (A1 and structured refs). */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
}

/** An Excel table over cells that the sheet plan also lists: header row at `top`, data rows below it. */
export interface TablePlan {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly headers: readonly string[];
  readonly rowCount: number;
}

/**
 * A chart over a block of the sheet: the header row names the series, the first column holds the
 * categories. Only the office-js host draws charts; the file host cannot (ExcelJS writes none).
 */
export interface ChartPlan {
  /** Stable name, so that a re-run replaces it. */
  readonly name: string;
  readonly type: "barClustered" | "columnClustered";
  readonly title: string;
  readonly data: { readonly top: number; readonly left: number; readonly rows: number; readonly cols: number };
  /** The cells under the chart's top-left and bottom-right corners. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

export interface SheetPlan {
  /** The sheet's name in the workbook. */
  readonly name: string;
  /** The ownership key: stable across runs, used to mark and find the sheet (see `ownership.ts`). */
  readonly key: string;
  readonly cells: readonly CellPlan[];
  readonly tables: readonly TablePlan[];
  /** Column widths in Excel's character units, from column 0. */
  readonly columnWidths: readonly number[];
  /** Rows to freeze at the top (0 = none). */
  readonly freezeRows: number;
  readonly charts?: readonly ChartPlan[];
}

export interface WritePlan {
  readonly sheets: readonly SheetPlan[];
}
