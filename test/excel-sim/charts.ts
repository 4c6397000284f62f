/**
 * Charts in the in-memory Excel: it cannot draw them, so it records the calls the host makes (decision 22:
 * charts are checked as the chart calls the host makes). Kept per sheet; gone with the sheet.
 */
import type { SimSheet } from "./model";
import { SimObject, WorksheetProxy, type RangeProxy, type SimContext } from "./proxies";
import { simError } from "./model";

export interface SimChart {
  name: string;
  type: string;
  seriesBy: string;
  /** The source data as 0-based bounds on the chart's sheet. */
  source: { top: number; left: number; bottom: number; right: number };
  title: string;
  position?: { start: string; end: string };
}

const chartsBySheet = new WeakMap<SimSheet, SimChart[]>();

/** The charts on a sheet of the simulator's workbook, in the order they were added. */
export function chartsOf(sheet: SimSheet): SimChart[] {
  let charts = chartsBySheet.get(sheet);
  if (!charts) chartsBySheet.set(sheet, (charts = []));
  return charts;
}

export class ChartCollectionProxy extends SimObject {
  private itemProxies: ChartProxy[] | undefined;
  constructor(context: SimContext, private readonly worksheet: WorksheetProxy) {
    super(context);
  }
  protected exists() {
    return true;
  }
  protected scalars() {
    return { count: () => chartsOf(this.worksheet.sheet()).length };
  }
  override loadNow(paths: string[] | undefined): void {
    const charts = chartsOf(this.worksheet.sheet());
    this.itemProxies = charts.map((chart) => {
      const proxy = new ChartProxy(this.context, this.worksheet, () => chart);
      proxy.loadNow((paths ?? []).filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length)));
      return proxy;
    });
  }
  get items(): ChartProxy[] {
    if (!this.itemProxies) throw simError("PropertyNotLoaded", "The property 'items' is not available. Call load first.");
    return this.itemProxies;
  }
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let created: SimChart | undefined;
    this.context.enqueue(() => {
      const { sheet, bounds } = sourceData.resolved();
      if (sheet !== this.worksheet.sheet()) throw simError("InvalidArgument", "The chart's data must be on its sheet in this model.");
      const charts = chartsOf(sheet);
      created = { name: `Chart ${charts.length + 1}`, type, seriesBy, source: { ...bounds }, title: "" };
      charts.push(created);
    });
    return new ChartProxy(this.context, this.worksheet, () => created);
  }
}

export class ChartProxy extends SimObject {
  constructor(context: SimContext, private readonly worksheet: WorksheetProxy, private readonly resolve: () => SimChart | undefined) {
    super(context);
  }
  protected exists() {
    return this.resolve() !== undefined;
  }
  private chart(): SimChart {
    const chart = this.resolve();
    if (!chart) throw simError("ItemNotFound", "The chart does not exist.");
    return chart;
  }
  protected scalars() {
    return { name: () => this.chart().name, chartType: () => this.chart().type };
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.enqueue(() => {
      this.chart().name = name;
    });
  }
  get title(): { text: string } {
    const enqueue = (text: string) => this.context.enqueue(() => {
      this.chart().title = text;
    });
    return {
      get text(): string {
        throw simError("PropertyNotLoaded", "Chart titles are write-only in this model.");
      },
      set text(text: string) {
        enqueue(text);
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.context.enqueue(() => {
      this.chart().position = { start, end: end ?? start };
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const charts = chartsOf(this.worksheet.sheet());
      charts.splice(charts.indexOf(this.chart()), 1);
    });
  }
}

// Worksheets gain `charts` here rather than in proxies.ts, which this module builds on.
const chartCollections = new WeakMap<WorksheetProxy, ChartCollectionProxy>();
Object.defineProperty(WorksheetProxy.prototype, "charts", {
  get(this: WorksheetProxy): ChartCollectionProxy {
    let charts = chartCollections.get(this);
    if (!charts) chartCollections.set(this, (charts = new ChartCollectionProxy(this.context, this)));
    return charts;
  },
});
