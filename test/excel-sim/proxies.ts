/**
 * Proxy objects of the office-js subset the host uses, over the in-memory model. As in Excel, calls are
 * queued and run in order at `context.sync()`; properties can be read only after `load()` and a sync
 * (otherwise the "property not loaded" error, which is what catches host bugs).
 */
import {
  boundsAddress, DEFAULT_COLUMN_WIDTH, displayedValue, interpretInput, isEmptyCell, key, overlaps, parseAddress, quoteSheet,
  sameName, simError, tablesOnSheet, valueType, type Bounds, type SimCell, type SimName, type SimSheet, type SimTable, type TableChangedHandler,
} from "./model";
import { failsAt, type SimState } from "./state";

type Op = () => void | Promise<void>;

/** Excel on the web refuses a request, or a response, over about 5 MB (RequestPayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export class SimContext {
  private queue: Op[] = [];
  /** Bytes of cell data queued for the next sync, and read back by it. */
  requestBytes = 0;
  responseBytes = 0;
  private pendingNull: SimObject[] = [];
  readonly workbook: WorkbookProxy;
  constructor(readonly state: SimState) {
    this.workbook = new WorkbookProxy(this);
  }
  enqueue(op: Op): void {
    this.queue.push(op);
  }
  watchNull(object: SimObject): void {
    this.pendingNull.push(object);
  }
  get pending(): number {
    return this.queue.length;
  }
  async sync(): Promise<void> {
    this.state.syncCount++;
    const ops = this.queue;
    const nulls = this.pendingNull;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.pendingNull = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    const limit = this.state.faults.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    if (requestBytes > limit) {
      this.state.refusedSyncs++;
      throw simError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    if (this.state.faults.cellEditMode) {
      throw simError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    for (const op of ops) {
      this.state.callCount++;
      if (failsAt(this.state.faults, this.state.callCount)) {
        throw simError(this.state.faults.failCode ?? "GeneralException", `Injected failure at call ${this.state.callCount}.`);
      }
      await op();
    }
    for (const object of nulls) object.settleNull();
    if (this.responseBytes > limit) {
      this.state.refusedSyncs++;
      throw simError("ResponsePayloadSizeLimitExceeded", `The response payload size (${this.responseBytes} bytes) has exceeded the limit.`);
    }
    // Only syncs Excel accepted count towards the largest payloads.
    this.state.largestRequest = Math.max(this.state.largestRequest, requestBytes);
    this.state.largestResponse = Math.max(this.state.largestResponse, this.responseBytes);
  }
}

type Resolver<T> = () => T | undefined;

function notLoaded(property: string): Error {
  const error = simError("PropertyNotLoaded", `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  return error;
}

function loadPaths(spec: unknown): string[] | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === "string") return spec.split(",").map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.map(String);
  if (typeof spec === "object" && spec !== null && "select" in spec) return loadPaths((spec as { select: unknown }).select);
  return undefined;
}

const clone = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)) as T);

export abstract class SimObject {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(readonly context: SimContext) {}
  /** Scalar properties a load can copy. */
  protected abstract scalars(): Record<string, () => unknown>;
  /** Navigation properties (other proxies) a load path can go through. */
  protected navs(): Record<string, () => SimObject> {
    return {};
  }
  /** Whether the object exists; undefined means the object is a null object. */
  protected abstract exists(): boolean;
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }
  settleNull(): void {
    this.nullState = !this.exists();
  }
  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.context.enqueue(() => this.loadNow(paths));
    return this;
  }
  loadNow(paths: string[] | undefined): void {
    if (!this.exists()) {
      this.nullState = true;
      return;
    }
    this.nullState = false;
    const scalars = this.scalars();
    const navs = this.navs();
    const wanted = paths ?? Object.keys(scalars);
    const nested = new Map<string, string[]>();
    for (const path of wanted) {
      const [head = "", ...rest] = path.split("/");
      if (rest.length > 0 && navs[head]) nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      else if (scalars[head]) this.loaded.set(head, clone(scalars[head]()));
      else if (!navs[head]) throw simError("InvalidArgument", `Cannot load '${path}'.`);
    }
    for (const [head, rest] of nested) navs[head]?.().loadNow(rest);
  }
  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

// ---------- workbook, application -----------------------------------------------------------------

export class WorkbookProxy extends SimObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NameCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly application: ApplicationProxy;
  constructor(context: SimContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NameCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, undefined);
    this.application = new ApplicationProxy(context);
  }
  protected scalars() {
    return {};
  }
  protected exists() {
    return true;
  }
}

export class ApplicationProxy extends SimObject {
  protected scalars() {
    return { calculationMode: () => this.context.state.workbook.calculationMode };
  }
  protected exists() {
    return true;
  }
  get calculationMode(): string {
    return this.read("calculationMode");
  }
  set calculationMode(mode: string) {
    this.context.enqueue(() => {
      this.context.state.workbook.calculationMode = mode as "Automatic";
    });
  }
  calculate(_type: string): void {
    this.context.enqueue(() => this.context.state.requestCalculation());
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(() => {
      this.context.state.stats.suspendedCalculation++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue(() => {
      this.context.state.stats.suspendedScreenUpdating++;
    });
  }
}

// ---------- worksheets ------------------------------------------------------------------------------

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw simError("InvalidArgument", `'${name}' is not a valid sheet name.`);
  }
}

export class WorksheetCollectionProxy extends SimObject {
  private itemList: WorksheetProxy[] | undefined;
  protected scalars() {
    return {};
  }
  protected exists() {
    return true;
  }
  get items(): WorksheetProxy[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }
  loadNow(paths: string[] | undefined): void {
    const itemPaths = (paths ?? []).map((p) => p.replace(/^items\//, ""));
    this.itemList = this.context.state.workbook.sheets.map((sheet) => {
      const proxy = new WorksheetProxy(this.context, () => sheet);
      proxy.loadNow(itemPaths.length > 0 ? itemPaths : undefined);
      return proxy;
    });
  }
  add(name?: string): WorksheetProxy {
    let created: SimSheet | undefined;
    this.context.enqueue(() => {
      const state = this.context.state;
      const sheetName = name ?? `Sheet${state.workbook.sheets.length + 1}`;
      checkSheetName(sheetName);
      if (state.workbook.sheets.some((sheet) => sameName(sheet.name, sheetName))) {
        throw simError("ItemAlreadyExists", `A sheet named '${sheetName}' already exists.`);
      }
      created = { id: `{sheet-${state.workbook.nextId++}}`, name: sheetName, cells: new Map(), columnWidths: new Map(), protected: false, frozenRows: 0, hiddenRows: new Set() };
      state.workbook.sheets.push(created);
    });
    return new WorksheetProxy(this.context, () => created);
  }
  getItem(nameOrId: string): WorksheetProxy {
    return new WorksheetProxy(this.context, cached(() => this.find(nameOrId) ?? notFound(`sheet '${nameOrId}'`)));
  }
  getItemOrNullObject(nameOrId: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.context, cached(() => this.find(nameOrId)));
    this.context.watchNull(proxy);
    return proxy;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheets = this.context.state.workbook.sheets;
      return sheets.find((sheet) => sheet.id === this.context.state.workbook.active?.sheetId) ?? sheets[0];
    });
  }
  private find(nameOrId: string): SimSheet | undefined {
    return this.context.state.workbook.sheets.find((sheet) => sameName(sheet.name, nameOrId) || sheet.id === nameOrId);
  }
}

function notFound(what: string): never {
  throw simError("ItemNotFound", `The requested resource doesn't exist (${what}).`);
}

/** Binds a proxy to the object it first resolves to, as Excel binds a proxy to an object, not a name. */
function cached<T>(resolve: () => T | undefined): () => T | undefined {
  let found: T | undefined;
  return () => (found ??= resolve());
}

export class WorksheetProxy extends SimObject {
  private tableCollection: TableCollectionProxy | undefined;
  constructor(context: SimContext, readonly resolve: Resolver<SimSheet>) {
    super(context);
  }
  protected exists() {
    return this.resolve() !== undefined;
  }
  sheet(): SimSheet {
    return this.resolve() ?? notFound("sheet");
  }
  protected scalars() {
    return {
      name: () => this.sheet().name,
      id: () => this.sheet().id,
      position: () => this.context.state.workbook.sheets.indexOf(this.sheet()),
      visibility: () => "Visible",
    };
  }
  protected navs() {
    return { protection: () => this.protection, tables: () => this.tables };
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.enqueue(() => this.context.state.renameSheet(this.sheet(), name));
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  get tables(): TableCollectionProxy {
    return (this.tableCollection ??= new TableCollectionProxy(this.context, this));
  }
  get protection(): ProtectionProxy {
    return new ProtectionProxy(this.context, this);
  }
  get freezePanes(): { freezeRows: (count: number) => void; unfreeze: () => void } {
    return {
      freezeRows: (count: number) => this.context.enqueue(() => {
        this.sheet().frozenRows = count;
      }),
      unfreeze: () => this.context.enqueue(() => {
        this.sheet().frozenRows = 0;
      }),
    };
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.resolve();
      if (!sheet) return undefined;
      const bounds = address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : parseAddress(address).bounds;
      return { sheet, bounds };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.resolve();
      return sheet && { sheet, bounds: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } };
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    const proxy = new RangeProxy(this.context, () => {
      const sheet = this.resolve();
      if (!sheet || sheet.cells.size === 0) return undefined;
      const at = [...sheet.cells.keys()].map((k) => k.split(",").map(Number) as [number, number]);
      return { sheet, bounds: { top: Math.min(...at.map((a) => a[0])), left: Math.min(...at.map((a) => a[1])), bottom: Math.max(...at.map((a) => a[0])), right: Math.max(...at.map((a) => a[1])) } };
    });
    this.context.watchNull(proxy);
    return proxy;
  }
  activate(): void {
    this.context.enqueue(() => {
      const workbook = this.context.state.workbook;
      workbook.active = { sheetId: this.sheet().id, address: workbook.active?.sheetId === this.sheet().id ? workbook.active.address : "A1" };
    });
  }
  calculate(_markAllDirty: boolean): void {
    this.context.enqueue(() => this.context.state.requestCalculation());
  }
  delete(): void {
    this.context.enqueue(() => this.context.state.deleteSheet(this.sheet()));
  }
}

export class ProtectionProxy extends SimObject {
  constructor(context: SimContext, private readonly worksheet: WorksheetProxy) {
    super(context);
  }
  protected exists() {
    return this.worksheet.resolve() !== undefined;
  }
  protected scalars() {
    return { protected: () => this.worksheet.sheet().protected };
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(_options?: unknown, _password?: string): void {
    this.context.enqueue(() => {
      this.worksheet.sheet().protected = true;
    });
  }
  unprotect(_password?: string): void {
    this.context.enqueue(() => {
      this.worksheet.sheet().protected = false;
    });
  }
}

// ---------- ranges ------------------------------------------------------------------------------------

interface RangeTarget {
  sheet: SimSheet;
  bounds: Bounds;
}

type Grid<T> = T | T[][];

/** The grid's value for a cell; the grid's size is checked at the range's first cell (once, not per cell). */
function gridAt<T>(grid: Grid<T>, r: number, c: number, rows: number, cols: number): T {
  if (!Array.isArray(grid)) return grid;
  if (r === 0 && c === 0 && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))) {
    throw simError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} x ${cols}).`);
  }
  return (grid[r] as T[])[c] as T;
}

export class RangeProxy extends SimObject {
  private formatProxy: RangeFormatProxy | undefined;
  constructor(context: SimContext, readonly target: Resolver<RangeTarget>) {
    super(context);
  }
  protected exists() {
    return this.target() !== undefined;
  }
  resolved(): RangeTarget {
    return this.target() ?? notFound("range");
  }
  private grid<T>(read: (cell: SimCell | undefined) => T): T[][] {
    const { sheet, bounds } = this.resolved();
    const rows: T[][] = [];
    for (let r = bounds.top; r <= bounds.bottom; r++) {
      const row: T[] = [];
      for (let c = bounds.left; c <= bounds.right; c++) row.push(read(sheet.cells.get(key(r, c))));
      rows.push(row);
    }
    return rows;
  }
  protected scalars() {
    return {
      values: () => this.grid(displayedValue),
      valueTypes: () => this.grid(valueType),
      formulas: () => this.grid((cell) => cell?.formula ?? cell?.value ?? ""),
      numberFormat: () => this.grid((cell) => cell?.numberFormat ?? "General"),
      address: () => `${quoteSheet(this.resolved().sheet.name)}!${boundsAddress(this.resolved().bounds)}`,
      rowIndex: () => this.resolved().bounds.top,
      columnIndex: () => this.resolved().bounds.left,
      rowCount: () => this.resolved().bounds.bottom - this.resolved().bounds.top + 1,
      columnCount: () => this.resolved().bounds.right - this.resolved().bounds.left + 1,
    };
  }
  protected navs() {
    return { format: () => this.format };
  }
  /** Reading values of formula cells first lets Excel recalculate (the pluggable calculation). */
  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.context.enqueue(async () => {
      const wantsValues = paths === undefined || paths.some((p) => p === "values" || p === "valueTypes");
      if (wantsValues && this.target() && this.grid((cell) => cell?.formula !== undefined).some((row) => row.some(Boolean))) {
        await this.context.state.calculateIfNeeded();
      }
      this.loadNow(paths);
      for (const property of ["values", "formulas", "numberFormat", "valueTypes"]) {
        if (this.loaded.has(property)) this.context.responseBytes += JSON.stringify(this.loaded.get(property)).length;
      }
    });
    return this;
  }
  get values(): (string | number | boolean)[][] {
    return this.read("values");
  }
  set values(values: Grid<string | number | boolean | null>) {
    this.context.requestBytes += JSON.stringify(values).length;
    this.context.enqueue(() => this.writeInputs(values));
  }
  get formulas(): (string | number | boolean)[][] {
    return this.read("formulas");
  }
  set formulas(formulas: Grid<string | number | boolean | null>) {
    this.context.requestBytes += JSON.stringify(formulas).length;
    this.context.enqueue(() => this.writeInputs(formulas));
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: Grid<string | null>) {
    this.context.requestBytes += JSON.stringify(formats).length;
    this.context.enqueue(() => this.eachCell((cell, r, c, rows, cols) => {
      const format = gridAt(formats, r, c, rows, cols);
      if (format !== null) cell.numberFormat = format === "General" ? undefined : format;
    }));
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.context, this));
  }
  /** Runs `write` on every cell of the range (creating it), refusing on a protected sheet. */
  eachCell(write: (cell: SimCell, r: number, c: number, rows: number, cols: number) => void): void {
    const { sheet, bounds } = this.resolved();
    this.context.state.checkWritable(sheet);
    const rows = bounds.bottom - bounds.top + 1;
    const cols = bounds.right - bounds.left + 1;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const at = key(bounds.top + r, bounds.left + c);
        const cell = sheet.cells.get(at) ?? {};
        write(cell, r, c, rows, cols);
        if (isEmptyCell(cell)) sheet.cells.delete(at);
        else sheet.cells.set(at, cell);
      }
    }
  }
  private writeInputs(inputs: Grid<string | number | boolean | null>): void {
    this.eachCell((cell, r, c, rows, cols) => {
      const input = gridAt(inputs, r, c, rows, cols);
      if (input === null || input === undefined) return;
      delete cell.value;
      delete cell.formula;
      delete cell.result;
      if (input === "") return;
      const { value, formula } = interpretInput(input, cell.numberFormat);
      if (formula !== undefined) cell.formula = formula;
      else if (value !== undefined) cell.value = value;
    });
    const { sheet, bounds } = this.resolved();
    this.context.state.changed(sheet, bounds);
  }
  clear(applyTo?: string): void {
    this.context.enqueue(() => {
      const what = applyTo ?? "All";
      const { sheet, bounds } = this.resolved();
      this.context.state.checkWritable(sheet);
      // Only cells that hold something: a whole-sheet range has 17 billion cells.
      for (const [at, cell] of [...sheet.cells.entries()]) {
        const [row = 0, col = 0] = at.split(",").map(Number);
        if (row < bounds.top || row > bounds.bottom || col < bounds.left || col > bounds.right) continue;
        if (what === "All" || what === "Contents") {
          delete cell.value;
          delete cell.formula;
          delete cell.result;
        }
        if (what === "All" || what === "Formats") {
          delete cell.numberFormat;
          delete cell.bold;
          delete cell.italic;
          delete cell.fontSize;
          delete cell.wrap;
        }
        if (isEmptyCell(cell)) sheet.cells.delete(at);
      }
      this.context.state.changed(sheet, bounds);
    });
  }
  select(): void {
    this.context.enqueue(() => {
      const { sheet, bounds } = this.resolved();
      this.context.state.workbook.active = { sheetId: sheet.id, address: boundsAddress(bounds) };
    });
  }
  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const target = this.target();
      return target && { sheet: target.sheet, bounds: { top: target.bounds.top + row, left: target.bounds.left + col, bottom: target.bounds.top + row, right: target.bounds.left + col } };
    });
  }
  /** The range's `column`-th column (0-based); a null range's column is null too. */
  getColumn(column: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const target = this.target();
      if (!target) return undefined;
      const { bounds } = target;
      if (!Number.isInteger(column) || column < 0 || column > bounds.right - bounds.left) {
        throw simError("InvalidArgument", `Column ${column} is outside the range (${bounds.right - bounds.left + 1} columns).`);
      }
      return { sheet: target.sheet, bounds: { ...bounds, left: bounds.left + column, right: bounds.left + column } };
    });
  }
  /** The visible cells of the range (ExcelApi 1.3): rows hidden by the user or a filter are left out. */
  getVisibleView(): RangeViewProxy {
    return new RangeViewProxy(this.context, this);
  }
}

/** `Excel.RangeView`: the visible rows of a range (hidden columns are not modelled). */
export class RangeViewProxy extends SimObject {
  constructor(context: SimContext, private readonly range: RangeProxy) {
    super(context);
  }
  protected exists() {
    return this.range.target() !== undefined;
  }
  private visibleRows(): number[] {
    const { sheet, bounds } = this.range.resolved();
    const rows: number[] = [];
    for (let r = bounds.top; r <= bounds.bottom; r++) if (!sheet.hiddenRows.has(r)) rows.push(r);
    return rows;
  }
  protected scalars() {
    return {
      cellAddresses: () => {
        const { sheet, bounds } = this.range.resolved();
        const prefix = `${quoteSheet(sheet.name)}!`;
        return this.visibleRows().map((r) => {
          const row: string[] = [];
          for (let c = bounds.left; c <= bounds.right; c++) row.push(prefix + boundsAddress({ top: r, left: c, bottom: r, right: c }));
          return row;
        });
      },
      rowCount: () => this.visibleRows().length,
      columnCount: () => this.range.resolved().bounds.right - this.range.resolved().bounds.left + 1,
    };
  }
  get cellAddresses(): string[][] {
    return this.read("cellAddresses");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
}

export class RangeFormatProxy extends SimObject {
  readonly font: FontProxy;
  constructor(context: SimContext, private readonly range: RangeProxy) {
    super(context);
    this.font = new FontProxy(context, range);
  }
  protected exists() {
    return this.range.target() !== undefined;
  }
  protected scalars() {
    const { sheet, bounds } = this.range.resolved();
    return {
      wrapText: () => uniform(this.range, (cell) => cell?.wrap === true),
      columnWidth: () => sheet.columnWidths.get(bounds.left) ?? DEFAULT_COLUMN_WIDTH,
    };
  }
  protected navs() {
    return { font: () => this.font };
  }
  get wrapText(): boolean | null {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.context.enqueue(() => this.range.eachCell((cell) => {
      if (wrap) cell.wrap = true;
      else delete cell.wrap;
    }));
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.context.enqueue(() => {
      const { sheet, bounds } = this.range.resolved();
      this.context.state.checkWritable(sheet);
      for (let c = bounds.left; c <= bounds.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

function uniform(range: RangeProxy, test: (cell: SimCell | undefined) => boolean): boolean | null {
  const { sheet, bounds } = range.resolved();
  const seen = new Set<boolean>();
  for (let r = bounds.top; r <= bounds.bottom; r++) for (let c = bounds.left; c <= bounds.right; c++) seen.add(test(sheet.cells.get(key(r, c))));
  return seen.size === 1 ? [...seen][0] ?? null : null;
}

export class FontProxy extends SimObject {
  constructor(context: SimContext, private readonly range: RangeProxy) {
    super(context);
  }
  protected exists() {
    return this.range.target() !== undefined;
  }
  protected scalars() {
    return {
      bold: () => uniform(this.range, (cell) => cell?.bold === true),
      italic: () => uniform(this.range, (cell) => cell?.italic === true),
    };
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(on: boolean) {
    this.context.enqueue(() => this.range.eachCell((cell) => {
      if (on) cell.bold = true;
      else delete cell.bold;
    }));
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(on: boolean) {
    this.context.enqueue(() => this.range.eachCell((cell) => {
      if (on) cell.italic = true;
      else delete cell.italic;
    }));
  }
  set size(points: number) {
    this.context.enqueue(() => this.range.eachCell((cell) => {
      cell.fontSize = points;
    }));
  }
}

// ---------- tables ------------------------------------------------------------------------------------

function checkTableName(name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw simError("InvalidArgument", `'${name}' is not a valid table name.`);
  }
}

export class TableCollectionProxy extends SimObject {
  private itemList: TableProxy[] | undefined;
  constructor(context: SimContext, private readonly worksheet: WorksheetProxy | undefined) {
    super(context);
  }
  protected scalars() {
    return { count: () => this.all().length };
  }
  protected exists() {
    return this.worksheet === undefined || this.worksheet.resolve() !== undefined;
  }
  private all(): SimTable[] {
    const tables = this.context.state.workbook.tables;
    return this.worksheet ? tablesOnSheet(this.context.state.workbook, this.worksheet.sheet().id) : tables;
  }
  get items(): TableProxy[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }
  loadNow(paths: string[] | undefined): void {
    const itemPaths = (paths ?? []).map((p) => p.replace(/^items\//, ""));
    this.itemList = this.all().map((table) => {
      const proxy = new TableProxy(this.context, () => table);
      proxy.loadNow(itemPaths.length > 0 ? itemPaths : undefined);
      return proxy;
    });
  }
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: SimTable | undefined;
    this.context.enqueue(() => {
      const state = this.context.state;
      let sheet: SimSheet | undefined;
      let bounds: Bounds;
      if (typeof address === "string") {
        const parsed = parseAddress(address);
        bounds = parsed.bounds;
        sheet = parsed.sheet !== undefined ? state.workbook.sheets.find((s) => sameName(s.name, parsed.sheet as string)) : this.worksheet?.sheet();
      } else {
        ({ sheet, bounds } = address.resolved());
      }
      if (!sheet) notFound(`sheet for table at ${String(address)}`);
      state.checkWritable(sheet);
      if (!hasHeaders) throw simError("InvalidArgument", "The simulator models only tables with a header row.");
      if (bounds.bottom === bounds.top) bounds = { ...bounds, bottom: bounds.top + 1 };
      if (tablesOnSheet(state.workbook, sheet.id).some((table) => overlaps(table, bounds))) {
        throw simError("InvalidArgument", "A table can't overlap another table.");
      }
      const used = new Set<string>();
      for (let c = bounds.left; c <= bounds.right; c++) {
        const at = key(bounds.top, c);
        const cell = sheet.cells.get(at) ?? {};
        let header = cell.formula === undefined && cell.value !== undefined && cell.value !== "" ? String(cell.value) : `Column${c - bounds.left + 1}`;
        for (let n = 2; used.has(header.toLowerCase()); n++) header = `${header}${n}`;
        used.add(header.toLowerCase());
        delete cell.formula;
        delete cell.result;
        cell.value = header;
        sheet.cells.set(at, cell);
      }
      let n = state.workbook.tables.length + 1;
      while (state.workbook.tables.some((table) => sameName(table.name, `Table${n}`))) n++;
      created = { id: `{table-${state.workbook.nextId++}}`, name: `Table${n}`, sheetId: sheet.id, ...bounds, handlers: new Set() };
      state.workbook.tables.push(created);
    });
    return new TableProxy(this.context, () => created);
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.context, cached(() => this.find(name) ?? notFound(`table '${name}'`)));
  }
  getItemOrNullObject(name: string): TableProxy {
    const proxy = new TableProxy(this.context, cached(() => this.find(name)));
    this.context.watchNull(proxy);
    return proxy;
  }
  private find(name: string): SimTable | undefined {
    return this.all().find((table) => sameName(table.name, name) || table.id === name);
  }
}

export class TableProxy extends SimObject {
  private worksheetProxy: WorksheetProxy | undefined;
  private changed: TableEventProxy | undefined;
  constructor(context: SimContext, readonly resolve: Resolver<SimTable>) {
    super(context);
  }
  protected exists() {
    return this.resolve() !== undefined;
  }
  table(): SimTable {
    return this.resolve() ?? notFound("table");
  }
  protected scalars() {
    return { name: () => this.table().name, id: () => this.table().id, showHeaders: () => true, showTotals: () => false };
  }
  protected navs() {
    return { worksheet: () => this.worksheet };
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.enqueue(() => {
      checkTableName(name);
      const table = this.table();
      const clash = this.context.state.workbook.tables.some((other) => other !== table && sameName(other.name, name))
        || this.context.state.workbook.names.some((other) => sameName(other.name, name));
      if (clash) throw simError("InvalidArgument", `A table or name called '${name}' already exists.`);
      table.name = name;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  get worksheet(): WorksheetProxy {
    return (this.worksheetProxy ??= new WorksheetProxy(this.context, () => {
      const table = this.resolve();
      return table && this.context.state.workbook.sheets.find((sheet) => sheet.id === table.sheetId);
    }));
  }
  get columns(): { getItem: (name: string) => TableColumnProxy; getItemOrNullObject: (name: string) => TableColumnProxy } {
    const column = (name: string, nullable: boolean) => {
      const proxy = new TableColumnProxy(this.context, this, name, nullable);
      if (nullable) this.context.watchNull(proxy);
      return proxy;
    };
    return { getItem: (name) => column(name, false), getItemOrNullObject: (name) => column(name, true) };
  }
  get onChanged(): TableEventProxy {
    return (this.changed ??= new TableEventProxy(this.context, this));
  }
  private rangeOf(part: (table: SimTable) => Bounds): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.resolve();
      const sheet = table && this.context.state.workbook.sheets.find((s) => s.id === table.sheetId);
      return table && sheet && { sheet, bounds: part(table) };
    });
  }
  getHeaderRowRange(): RangeProxy {
    return this.rangeOf((t) => ({ ...t, bottom: t.top }));
  }
  getDataBodyRange(): RangeProxy {
    return this.rangeOf((t) => ({ ...t, top: t.top + 1 }));
  }
  getRange(): RangeProxy {
    return this.rangeOf((t) => ({ ...t }));
  }
  delete(): void {
    this.context.enqueue(() => {
      const table = this.table();
      const sheet = this.context.state.workbook.sheets.find((s) => s.id === table.sheetId);
      if (sheet) {
        this.context.state.checkWritable(sheet);
        for (let r = table.top; r <= table.bottom; r++) for (let c = table.left; c <= table.right; c++) sheet.cells.delete(key(r, c));
      }
      const tables = this.context.state.workbook.tables;
      tables.splice(tables.indexOf(table), 1);
    });
  }
}

export class TableColumnProxy extends SimObject {
  constructor(context: SimContext, private readonly tableProxy: TableProxy, private readonly columnName: string, nullable: boolean) {
    super(context);
    this.resolveIndex = nullable ? () => this.find() : () => this.find() ?? notFound(`column '${columnName}'`);
  }
  private readonly resolveIndex: () => number | undefined;
  private find(): number | undefined {
    const table = this.tableProxy.resolve();
    const sheet = table && this.context.state.workbook.sheets.find((s) => s.id === table.sheetId);
    if (!table || !sheet) return undefined;
    for (let c = table.left; c <= table.right; c++) {
      if (sameName(String(sheet.cells.get(key(table.top, c))?.value ?? ""), this.columnName)) return c;
    }
    return undefined;
  }
  protected exists() {
    return this.resolveIndex() !== undefined;
  }
  protected scalars() {
    return { name: () => this.columnName };
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.tableProxy.resolve();
      const col = this.resolveIndex();
      const sheet = table && this.context.state.workbook.sheets.find((s) => s.id === table.sheetId);
      return table && sheet && col !== undefined ? { sheet, bounds: { top: table.top + 1, bottom: table.bottom, left: col, right: col } } : undefined;
    });
  }
}

export class TableEventProxy {
  constructor(private readonly context: SimContext, private readonly table: TableProxy) {}
  add(handler: TableChangedHandler): { context: SimContext; remove: () => void } {
    this.context.enqueue(() => {
      this.table.table().handlers.add(handler);
    });
    return {
      context: this.context,
      remove: () => this.context.enqueue(() => {
        this.table.resolve()?.handlers.delete(handler);
      }),
    };
  }
}

// ---------- names -------------------------------------------------------------------------------------

export class NameCollectionProxy extends SimObject {
  private itemList: NamedItemProxy[] | undefined;
  protected scalars() {
    return { count: () => this.context.state.workbook.names.length };
  }
  protected exists() {
    return true;
  }
  get items(): NamedItemProxy[] {
    if (!this.itemList) throw notLoaded("items");
    return this.itemList;
  }
  loadNow(paths: string[] | undefined): void {
    const itemPaths = (paths ?? []).map((p) => p.replace(/^items\//, ""));
    this.itemList = this.context.state.workbook.names.map((name) => {
      const proxy = new NamedItemProxy(this.context, () => name);
      proxy.loadNow(itemPaths.length > 0 ? itemPaths : undefined);
      return proxy;
    });
  }
  add(name: string, reference: string | RangeProxy, _comment?: string): NamedItemProxy {
    let created: SimName | undefined;
    this.context.enqueue(() => {
      const names = this.context.state.workbook.names;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw simError("InvalidArgument", `'${name}' is not a valid name.`);
      if (names.some((other) => sameName(other.name, name)) || this.context.state.workbook.tables.some((t) => sameName(t.name, name))) {
        throw simError("ItemAlreadyExists", `The name '${name}' already exists.`);
      }
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const { sheet, bounds } = reference.resolved();
        formula = `=${quoteSheet(sheet.name)}!$${boundsAddress(bounds).replace(/([A-Z]+)(\d+)/g, "$1$$$2")}`;
      }
      created = { name, formula, visible: true };
      names.push(created);
    });
    return new NamedItemProxy(this.context, () => created);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, cached(() => this.find(name) ?? notFound(`name '${name}'`)));
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    const proxy = new NamedItemProxy(this.context, cached(() => this.find(name)));
    this.context.watchNull(proxy);
    return proxy;
  }
  private find(name: string): SimName | undefined {
    return this.context.state.workbook.names.find((item) => sameName(item.name, name));
  }
}

export class NamedItemProxy extends SimObject {
  constructor(context: SimContext, private readonly resolve: Resolver<SimName>) {
    super(context);
  }
  protected exists() {
    return this.resolve() !== undefined;
  }
  private item(): SimName {
    return this.resolve() ?? notFound("name");
  }
  protected scalars() {
    return {
      name: () => this.item().name,
      formula: () => this.item().formula,
      value: () => this.item().formula.replace(/^=/, ""),
      visible: () => this.item().visible,
      type: () => (/^=[^!]*!/.test(this.item().formula) ? "Range" : "String"),
    };
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.context.enqueue(() => {
      this.item().formula = formula.startsWith("=") ? formula : `=${formula}`;
    });
  }
  get value(): string {
    return this.read("value");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.context.enqueue(() => {
      this.item().visible = visible;
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const names = this.context.state.workbook.names;
      names.splice(names.indexOf(this.item()), 1);
    });
  }
}
