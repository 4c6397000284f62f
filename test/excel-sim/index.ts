/**
 * An in-memory Excel for host tests: the office-js subset the add-in's host uses (`Excel.run`, request
 * contexts with counted syncs, proxies with load/sync, worksheets, tables, names, ranges, application,
 * table change events) and `Office` (onReady, requirements, document settings). Plain TypeScript with
 * no Node imports, so it can also be bundled as a stand-in for office.js in a browser test.
 *
 * It cannot calculate (decision 22): pass `calculate` to have formulas computed elsewhere (LibreOffice
 * in Node: `test/helpers/simulatorCalculation.ts`); without it formula cells read back as "" (no value).
 */
import { workbookToJson, type CalculateWorkbook, type WorkbookJson } from "./json";
import { emptyWorkbook, key, parseAddress, interpretInput, sameName, type SimWorkbook } from "./model";
import { SimContext } from "./proxies";
import "./charts";
import { SimState, type SimFaults } from "./state";

export type { WorkbookJson, CalculatedValues, CalculateWorkbook, CellJson, SheetJson } from "./json";
export { workbookToJson } from "./json";
export type { SimWorkbook, SimSheet, SimTable, SimName, SimCell, SimValue } from "./model";
export type { SimFaults } from "./state";

export interface ExcelSimulatorOptions {
  /** Called when Excel would recalculate and formula values are read; without it formulas have no value. */
  readonly calculate?: CalculateWorkbook;
  /** Starting calculation mode (default Automatic). */
  readonly calculationMode?: SimWorkbook["calculationMode"];
  /** The highest ExcelApi requirement set supported, e.g. "1.7" (default "1.12"). */
  readonly excelApi?: string;
  /** Throw at the n-th queued API operation (see `faults`). */
  readonly failAtCall?: number;
}

export interface ExcelSimulator {
  /** Pass these where office-js's globals would be (typed as the real ones). */
  readonly Excel: typeof Excel;
  readonly Office: typeof Office;
  /** The live model: inspect it, or change it as a user would through `userEdit`. */
  readonly workbook: SimWorkbook;
  /** Faults to inject: `cellEditMode`, `failAtCall`, `failCode`, `failCalls`. Mutable. */
  readonly faults: SimFaults;
  /** `context.sync` calls made so far, by every context. */
  syncs(): number;
  /** Queued API operations executed so far (what `failAtCall` counts). */
  calls(): number;
  /** How often the calculation hook ran. */
  calculations(): number;
  readonly stats: { readonly suspendedCalculation: number; readonly suspendedScreenUpdating: number };
  /**
   * The most cell data (bytes of JSON) one accepted sync sent, and read back, and how many syncs were
   * refused: over 5 MB either way a sync fails, as on the web. Since the start or `resetPayloads`.
   */
  payloads(): { readonly largestRequest: number; readonly largestResponse: number; readonly refusedSyncs: number };
  resetPayloads(): void;
  /** The workbook as JSON (the calculation hook's format): compare before/after, or export. */
  toJson(): WorkbookJson;
  /** A user typing into a cell (Excel's rules for text apply); fires table change events. */
  userEdit(sheet: string, address: string, input: string | number | boolean): void;
  /** A user adding a sheet with something in A1 (a sheet the add-in did not make). */
  userAddSheet(name: string, a1?: string): void;
  /** A user hiding `count` rows from `firstRow`, numbered as Excel shows them (1-based). Fires no event. */
  userHideRows(sheet: string, firstRow: number, count?: number): void;
  /** A user unhiding `count` rows from `firstRow` (1-based). */
  userUnhideRows(sheet: string, firstRow: number, count?: number): void;
}

export function createExcelSimulator(options: ExcelSimulatorOptions = {}): ExcelSimulator {
  const workbook = emptyWorkbook();
  if (options.calculationMode) workbook.calculationMode = options.calculationMode;
  const state = new SimState(workbook, options.calculate);
  if (options.failAtCall !== undefined) state.faults.failAtCall = options.failAtCall;
  const minor = (version: string | number | undefined) => Number(String(version ?? "1.1").split(".")[1] ?? 0);
  const supportedMinor = minor(options.excelApi ?? "1.12");
  const findSheet = (name: string) => workbook.sheets.find((s) => sameName(s.name, name)) ?? fail(`no sheet ${name}`);
  const eachRow = (firstRow: number, count: number, action: (row: number) => void) => {
    if (!Number.isInteger(firstRow) || firstRow < 1 || !Number.isInteger(count) || count < 1) fail(`bad rows ${firstRow} + ${count}`);
    for (let row = firstRow - 1; row < firstRow - 1 + count; row++) action(row);
  };

  async function run<T>(first: unknown, second?: unknown): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as (context: SimContext) => Promise<T>;
    const given = typeof first === "function" ? undefined : (first as { context?: SimContext } | SimContext);
    const context = given instanceof SimContext ? given : given?.context instanceof SimContext ? given.context : new SimContext(state);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  const excel = {
    run,
    RequestContext: function RequestContext() {
      return new SimContext(state);
    },
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    CalculationMode: { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" },
    ErrorCodes: {
      accessDenied: "AccessDenied", apiNotFound: "ApiNotFound", generalException: "GeneralException", invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation", invalidOperationInCellEditMode: "InvalidOperationInCellEditMode", itemAlreadyExists: "ItemAlreadyExists", itemNotFound: "ItemNotFound",
    },
  };

  const office = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string | number) => name.toLowerCase() === "excelapi" && minor(version) <= supportedMinor,
      },
      document: {
        settings: {
          get: (name: string) => (name in workbook.settings ? workbook.settings[name] : null),
          set: (name: string, value: unknown) => {
            workbook.settings[name] = value;
          },
          remove: (name: string) => {
            delete workbook.settings[name];
          },
          saveAsync: (callback?: (result: { status: string; value?: unknown; error?: Error }) => void) => {
            workbook.savedSettings = JSON.parse(JSON.stringify(workbook.settings)) as Record<string, unknown>;
            setTimeout(() => callback?.({ status: "succeeded" }), 0);
          },
        },
      },
    },
  };

  return {
    // The simulator implements only the subset the host uses; the casts give callers the real types.
    Excel: excel as unknown as typeof Excel,
    Office: office as unknown as typeof Office,
    workbook,
    faults: state.faults,
    syncs: () => state.syncCount,
    calls: () => state.callCount,
    calculations: () => state.calculations,
    stats: state.stats,
    payloads: () => ({ largestRequest: state.largestRequest, largestResponse: state.largestResponse, refusedSyncs: state.refusedSyncs }),
    resetPayloads: () => {
      state.largestRequest = 0;
      state.largestResponse = 0;
      state.refusedSyncs = 0;
    },
    toJson: () => workbookToJson(workbook),
    userEdit: (sheetName, address, input) => {
      const sheet = findSheet(sheetName);
      const { bounds } = parseAddress(address);
      const at = key(bounds.top, bounds.left);
      const cell = { ...sheet.cells.get(at) };
      delete cell.value;
      delete cell.formula;
      delete cell.result;
      const { value, formula } = interpretInput(input, cell.numberFormat);
      if (formula !== undefined) cell.formula = formula;
      else if (value !== undefined) cell.value = value;
      sheet.cells.set(at, cell);
      state.changed(sheet, bounds, "Local");
    },
    userAddSheet: (name, a1 = "made by the user") => {
      if (workbook.sheets.some((s) => sameName(s.name, name))) throw new Error(`sheet ${name} exists`);
      const sheet = { id: `{sheet-${workbook.nextId++}}`, name, cells: new Map(), columnWidths: new Map(), protected: false, frozenRows: 0, hiddenRows: new Set<number>() };
      sheet.cells.set(key(0, 0), { value: a1 });
      workbook.sheets.push(sheet);
    },
    userHideRows: (sheetName, firstRow, count = 1) => {
      const sheet = findSheet(sheetName);
      eachRow(firstRow, count, (row) => sheet.hiddenRows.add(row));
    },
    userUnhideRows: (sheetName, firstRow, count = 1) => {
      const sheet = findSheet(sheetName);
      eachRow(firstRow, count, (row) => sheet.hiddenRows.delete(row));
    },
  };
}

function fail(message: string): never {
  throw new Error(message);
}
export { chartsOf, type SimChart } from "./charts";
