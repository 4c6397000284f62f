/** The simulator's state shared by every request context: the workbook, counters, faults, calculation. */
import { workbookToJson, type CalculateWorkbook } from "./json";
import { boundsAddress, key, overlaps, quoteSheet, sameName, simError, tablesOnSheet, type Bounds, type SimSheet, type SimWorkbook } from "./model";

export interface SimFaults {
  /** Every sync fails with `InvalidOperationInCellEditMode`, as Excel does while the user edits a cell. */
  cellEditMode: boolean;
  /** Throw at the n-th queued API operation executed (counted over the simulator's whole life, from 1). */
  failAtCall?: number;
  /** The error code thrown at `failAtCall` (default `GeneralException`). */
  failCode?: string;
  /**
   * How many calls fail from `failAtCall` on (default 1: one transient fault). `Infinity` is an Excel
   * that stays broken, so that whatever the host tries after the fault fails too.
   */
  failCalls?: number;
  /** Overrides the 5 MB payload limit (a test setting up a large workbook as if it had been opened from a file). */
  payloadLimitBytes?: number;
}

/** Whether the call numbered `call` (from 1) is one that `faults` makes fail. */
export function failsAt(faults: SimFaults, call: number): boolean {
  const first = faults.failAtCall;
  return first !== undefined && call >= first && call < first + (faults.failCalls ?? 1);
}

export class SimState {
  syncCount = 0;
  /** The largest cell data sent with, and read back by, one sync (bytes of JSON). */
  largestRequest = 0;
  largestResponse = 0;
  refusedSyncs = 0;
  callCount = 0;
  calculations = 0;
  readonly stats = { suspendedCalculation: 0, suspendedScreenUpdating: 0 };
  readonly faults: SimFaults = { cellEditMode: false };
  /** Formula results are stale: Excel would recalculate before showing them. */
  private dirty = true;
  constructor(readonly workbook: SimWorkbook, private readonly calculate: CalculateWorkbook | undefined) {}

  checkWritable(sheet: SimSheet): void {
    if (sheet.protected) {
      throw simError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`);
    }
  }

  /** Cells changed (by the API or by the user): results go stale, table change events fire. */
  changed(sheet: SimSheet, bounds: Bounds, source: "Local" | "Remote" = "Local"): void {
    this.dirty = true;
    for (const table of tablesOnSheet(this.workbook, sheet.id)) {
      if (!overlaps(table, bounds)) continue;
      for (const handler of table.handlers) {
        void Promise.resolve().then(() => handler({ type: "TableChanged", tableId: table.id, worksheetId: sheet.id, address: boundsAddress(bounds), changeType: "RangeEdited", source }));
      }
    }
  }

  /** `application.calculate` or `worksheet.calculate`: recalculated when values are next read. */
  requestCalculation(): void {
    this.dirty = true;
    this.forced = true;
  }
  private forced = false;

  /** Before formula values are read: in automatic mode (or after an explicit calculate) run the hook. */
  async calculateIfNeeded(): Promise<void> {
    if (!this.dirty || (this.workbook.calculationMode === "Manual" && !this.forced)) return;
    this.dirty = false;
    this.forced = false;
    if (!this.calculate) return;
    this.calculations++;
    const values = await this.calculate(workbookToJson(this.workbook));
    for (const sheet of this.workbook.sheets) {
      const computed = values[sheet.name] ?? {};
      for (const [at, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        const [row = 0, col = 0] = at.split(",").map(Number);
        cell.result = computed[boundsAddress({ top: row, left: col, bottom: row, right: col })] ?? null;
      }
    }
  }

  renameSheet(sheet: SimSheet, name: string): void {
    if (sheet.name === name) return;
    if (this.workbook.sheets.some((other) => other !== sheet && sameName(other.name, name))) {
      throw simError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    }
    const from = `=${quoteSheet(sheet.name)}!`;
    for (const item of this.workbook.names) {
      if (item.formula.startsWith(from)) item.formula = `=${quoteSheet(name)}!${item.formula.slice(from.length)}`;
    }
    sheet.name = name;
  }

  /** Deletes a sheet with its tables; names that pointed at it now read `#REF!`, as in Excel. */
  deleteSheet(sheet: SimSheet): void {
    const sheets = this.workbook.sheets;
    if (sheets.length === 1) throw simError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const from = `=${quoteSheet(sheet.name)}!`;
    for (const item of this.workbook.names) {
      if (item.formula.startsWith(from)) item.formula = `=#REF!${item.formula.slice(from.length)}`;
    }
    for (const table of tablesOnSheet(this.workbook, sheet.id)) this.workbook.tables.splice(this.workbook.tables.indexOf(table), 1);
    sheets.splice(sheets.indexOf(sheet), 1);
    if (this.workbook.active?.sheetId === sheet.id) delete this.workbook.active;
    this.dirty = true;
  }

  cellAt(sheet: SimSheet, row: number, col: number) {
    return sheet.cells.get(key(row, col));
  }
}
