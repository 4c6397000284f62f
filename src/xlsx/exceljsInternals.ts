/**
 * Typed views of ExcelJS 4.4 state that its type definitions leave out or get wrong. Each view names
 * the fields this host relies on, so a change in ExcelJS shows up here and nowhere else.
 */
import type ExcelJS from "exceljs";

/**
 * A table's model as ExcelJS keeps it. A table loaded from a file has `tableRef` (the whole range,
 * header and totals included) and no `ref`; a table made with `addTable` has both. The typings declare
 * `getTables()` as returning `[Table, void][]` and omit `model`.
 */
export interface TableModel {
  readonly name: string;
  readonly tableRef?: string;
  readonly ref?: string;
  headerRow?: boolean;
  readonly totalsRow?: boolean;
  readonly columns: readonly { readonly name: string }[];
}

interface TableHandle {
  readonly model: TableModel;
}

export function tablesOf(worksheet: ExcelJS.Worksheet): TableModel[] {
  // The declared return type is wrong (see above); each element is a Table with a `model`.
  const tables = worksheet.getTables() as unknown as TableHandle[];
  return tables.map((table) => table.model);
}

/** Private row, merge, table and validation stores, reset when an owned sheet is cleared for rewriting. */
interface WorksheetStores {
  _rows: unknown[];
  _merges: Record<string, unknown>;
  tables: Record<string, unknown>;
  dataValidations: { model: Record<string, unknown> };
}

/**
 * Empties a sheet's rows (cells, row styles, hidden and height), merges, tables and data validations
 * while keeping the sheet object itself, so its id, position and name stay. ExcelJS has no public call
 * that does this: `spliceRows` would also move or drop workbook defined names that point into the sheet.
 */
export function resetSheetStores(worksheet: ExcelJS.Worksheet): void {
  const stores = worksheet as unknown as WorksheetStores;
  stores._rows = [];
  stores._merges = {};
  stores.tables = {};
  stores.dataValidations.model = {};
}
