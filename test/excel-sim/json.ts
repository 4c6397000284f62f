/**
 * The simulator's workbook as plain JSON: what the calculation hook receives (in Node or, through
 * `window.__calculateWorkbook`, from a browser), and what tests compare before and after an operation.
 *
 * Format (every field plain JSON):
 *   WorkbookJson = {
 *     sheets: [{ name, protected, frozenRows,
 *                columnWidths: { "<0-based column>": points },
 *                hiddenRows?: [<1-based row>, ...] (only when some rows are hidden),
 *                cells: [{ address: "A1", value?: string | number | boolean,
 *                          formula?: "=SUM(...)" (English, A1 and structured references),
 *                          result?: value | { error } | null (last calculated value of a formula),
 *                          numberFormat?, bold?, italic?, fontSize?, wrap? }] }],   // in row, then column order
 *     tables: [{ name, sheet, ref: "A3:K8" (header row included) }],
 *     names:  [{ name, formula: "='Ranked Results'!$A$1", visible }],
 *     calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual"
 *   }
 *   CalculatedValues = { "<sheet name>": { "<A1 address>": string | number | boolean | null | { error: "#DIV/0!" } } }
 *     (the values of formula cells after a full recalculation; formula cells left out read as null)
 */
import { cellAddress, type SimValue, type SimWorkbook } from "./model";

export interface CellJson {
  readonly address: string;
  readonly value?: string | number | boolean;
  readonly formula?: string;
  readonly result?: SimValue;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly wrap?: boolean;
}

export interface SheetJson {
  readonly name: string;
  readonly protected: boolean;
  readonly frozenRows: number;
  readonly columnWidths: Readonly<Record<string, number>>;
  /** Hidden rows, 1-based as Excel numbers them; absent when none is hidden. */
  readonly hiddenRows?: readonly number[];
  readonly cells: readonly CellJson[];
}

export interface WorkbookJson {
  readonly sheets: readonly SheetJson[];
  readonly tables: readonly { readonly name: string; readonly sheet: string; readonly ref: string }[];
  readonly names: readonly { readonly name: string; readonly formula: string; readonly visible: boolean }[];
  readonly calculationMode: string;
}

export type CalculatedValues = Readonly<Record<string, Readonly<Record<string, SimValue>>>>;

/** The calculation hook: Excel would recalculate now; return the formula cells' values. */
export type CalculateWorkbook = (workbook: WorkbookJson) => Promise<CalculatedValues>;

export function workbookToJson(workbook: SimWorkbook): WorkbookJson {
  const sheetName = (id: string) => workbook.sheets.find((sheet) => sheet.id === id)?.name ?? "";
  return {
    sheets: workbook.sheets.map((sheet) => {
      const cells = [...sheet.cells.entries()]
        .map(([at, cell]) => {
          const comma = at.indexOf(",");
          return { row: Number(at.slice(0, comma)), col: Number(at.slice(comma + 1)), cell };
        })
        .sort((a, b) => a.row - b.row || a.col - b.col)
        .map(({ row, col, cell }) => ({ address: cellAddress(row, col), ...cell }));
      return {
        name: sheet.name,
        protected: sheet.protected,
        frozenRows: sheet.frozenRows,
        columnWidths: Object.fromEntries([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([col, width]) => [String(col), width])),
        ...(sheet.hiddenRows.size > 0 ? { hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b).map((row) => row + 1) } : {}),
        cells,
      };
    }),
    tables: workbook.tables.map((table) => ({
      name: table.name,
      sheet: sheetName(table.sheetId),
      ref: `${cellAddress(table.top, table.left)}:${cellAddress(table.bottom, table.right)}`,
    })),
    names: workbook.names.map((name) => ({ ...name })),
    calculationMode: workbook.calculationMode,
  };
}
