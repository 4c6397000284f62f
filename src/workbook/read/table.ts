import type { Place } from "../../core";
import type { IssueLog } from "../issues";
import { cellAddress, isBlank, type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../snapshot";
import { cellText, normalizeName } from "../text";

/** A table found by name, with places for its cells. */
export class TableView {
  constructor(readonly snapshot: TableSnapshot) {}

  get name(): string {
    return this.snapshot.name;
  }

  get rows(): readonly (readonly CellValue[])[] {
    return this.snapshot.rows;
  }

  headerText(col: number): string {
    return cellText(this.snapshot.headers[col] ?? null).trim();
  }

  /** Indexes of the columns whose header matches `header`. */
  columnsNamed(header: string): number[] {
    const wanted = normalizeName(header);
    const found: number[] = [];
    this.snapshot.headers.forEach((value, col) => {
      if (normalizeName(cellText(value)) === wanted) found.push(col);
    });
    return found;
  }

  cell(row: number, col: number): CellValue {
    return this.snapshot.rows[row]?.[col] ?? null;
  }

  numberFormat(row: number, col: number): string {
    return this.snapshot.numberFormats?.[row]?.[col] ?? "General";
  }

  isHidden(row: number): boolean {
    return this.snapshot.hiddenRows?.[row] ?? false;
  }

  /** Place of a data cell: `Sheet!C5`. */
  place(row: number, col: number): Place {
    return { sheet: this.snapshot.sheet, cell: cellAddress(this.snapshot.headerRow + 1 + row, this.snapshot.left + col) };
  }

  headerPlace(col: number): Place {
    return { sheet: this.snapshot.sheet, cell: cellAddress(this.snapshot.headerRow, this.snapshot.left + col) };
  }

  tablePlace(): Place {
    return { sheet: this.snapshot.sheet, cell: cellAddress(this.snapshot.headerRow, this.snapshot.left), table: this.name };
  }

  /** True when every listed column of the row is blank (a line of blanks is ignored, never an error). */
  isBlankRow(row: number, cols: readonly number[]): boolean {
    return cols.every((col) => isBlank(this.cell(row, col)));
  }
}

export function findTable(workbook: WorkbookSnapshot, name: string): TableView | undefined {
  const wanted = normalizeName(name);
  const table = workbook.tables.find((candidate) => normalizeName(candidate.name) === wanted);
  return table ? new TableView(table) : undefined;
}

/**
 * The column index for each required header; a missing or repeated header is an error naming the table.
 * Returns undefined when any is missing, so callers can stop reading that table.
 */
export function requireColumns<K extends string>(
  table: TableView,
  headers: Readonly<Record<K, string>>,
  log: IssueLog,
): Record<K, number> | undefined {
  const result = {} as Record<K, number>;
  let complete = true;
  for (const key of Object.keys(headers) as K[]) {
    const header = headers[key];
    const found = table.columnsNamed(header);
    const first = found[0];
    if (first === undefined) {
      complete = false;
      log.error(
        "COLUMN_MISSING",
        `The ${table.name} table has no '${header}' column. Add a column with the header '${header}'.`,
        { ...table.tablePlace(), column: header },
      );
      continue;
    }
    if (found.length > 1) {
      complete = false;
      log.error(
        "COLUMN_DUPLICATE",
        `The ${table.name} table has ${found.length} columns headed '${header}'. Keep one and rename the others.`,
        table.headerPlace(found[1] as number),
      );
    }
    result[key] = first;
  }
  return complete ? result : undefined;
}

/** A required table and its required columns; a missing table or column is logged and gives undefined. */
export function openRequiredTable<K extends string>(
  workbook: WorkbookSnapshot,
  name: string,
  headers: Readonly<Record<K, string>>,
  log: IssueLog,
  more = "",
): { table: TableView; cols: Record<K, number> } | undefined {
  const table = findTable(workbook, name);
  if (!table) {
    const columns = Object.values<string>(headers).join(", ");
    log.error(
      "TABLE_MISSING",
      `The workbook has no table named '${name}' (with columns ${columns}${more}). Create it with Insert > Table and name it '${name}' in Table Design.`,
      { table: name },
    );
    return undefined;
  }
  const cols = requireColumns(table, headers, log);
  return cols ? { table, cols } : undefined;
}
