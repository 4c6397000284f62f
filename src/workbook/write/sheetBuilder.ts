import type { CellPlan, ChartPlan, PlannedValue, TablePlan } from "../writePlan";

type CellStyle = Omit<CellPlan, "row" | "col" | "value">;

/** Collects the cells, tables and charts of a sheet plan, section by section, with a running row. */
export class SheetBuilder {
  readonly cells: CellPlan[] = [];
  readonly tables: TablePlan[] = [];
  readonly charts: ChartPlan[] = [];
  /** The next free row. */
  row = 0;

  put(row: number, col: number, value: PlannedValue, style: CellStyle = {}): void {
    const clean = Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined)) as CellStyle;
    this.cells.push({ row, col, value, ...clean });
  }

  /** A bold title on the next row, then an empty row after it is left to the caller's content. */
  title(text: string): number {
    const at = this.row;
    this.put(at, 0, text, { bold: true });
    this.row += 1;
    return at;
  }

  /** A line of plain (or italic) text on the next row. */
  line(text: string, italic = false): number {
    const at = this.row;
    this.put(at, 0, text, italic ? { italic: true } : {});
    this.row += 1;
    return at;
  }

  /** A bold header row from column 0; returns its row. */
  headers(names: readonly string[], wrap = false): number {
    const at = this.row;
    names.forEach((name, col) => this.put(at, col, name, { bold: true, ...(wrap ? { wrap: true } : {}) }));
    this.row += 1;
    return at;
  }

  gap(rows = 1): void {
    this.row += rows;
  }
}
