/**
 * The task pane as a user meets it: the production build served on localhost, opened in Debian's
 * chromium (playwright-core), with the in-memory Excel host served in place of office.js (Excel does not
 * run on Linux) and its calculation done by LibreOffice. Creates the input tables, runs the appraisal,
 * checks the pane and the workbook, then edits a confidence with Update automatically on. Every request
 * the page makes is recorded: anything but the pane's own files and office.js fails the test.
 * Screenshots go to docs/images for the user guide.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { calculateWithLibreOffice, simulatorToXlsx } from "../helpers/simulatorCalculation";
import { recalculate } from "../helpers/libreoffice";
import { expectReferenceFigures, referenceByRank } from "../helpers/referenceFigures";
import type { WorkbookJson } from "../excel-sim";
import { simulate } from "../../src/core";
import { cellAddress, parseCell, readInputs, referenceInputTables } from "../../src/workbook";
import { buildOfficeStandIn } from "./buildStandIn";
import { launchChromium } from "./chromium";
import { serveStatic, type StaticServer } from "./serveStatic";

const ROOT = resolve(__dirname, "../..");
const WEB = join(ROOT, "dist", "web");
const IMAGES = join(ROOT, "docs", "images");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PANE_WIDTH = 320;

let server: StaticServer;
let browser: Browser;
let standIn: string;

beforeAll(async () => {
  if (!existsSync(join(WEB, "taskpane.html"))) throw new Error("No production build: run `npm run build` (npm test's pretest does).");
  mkdirSync(IMAGES, { recursive: true });
  [standIn, server, browser] = await Promise.all([buildOfficeStandIn(), serveStatic(WEB), launchChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page at the pane's width whose requests are all recorded; office.js is answered by `officeJs`. */
async function openPane(officeJs: "stand-in" | "unreachable", query = ""): Promise<{ page: Page; foreign: string[] }> {
  const page = await browser.newPage({ viewport: { width: PANE_WIDTH, height: 1100 } });
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && url !== OFFICE_JS && !url.startsWith("data:")) foreign.push(url);
  });
  await page.route(OFFICE_JS, (route) =>
    officeJs === "stand-in"
      ? route.fulfill({ status: 200, contentType: "text/javascript", body: standIn })
      : route.abort("namenotresolved"));
  await page.exposeFunction("__calculateWorkbook", (json: WorkbookJson) => calculateWithLibreOffice(json));
  // Records the type of every message a Web Worker sends the page (the simulation's progress and end).
  await page.addInitScript(() => {
    const recorded: string[] = [];
    const Native = window.Worker;
    Object.assign(window, { __workerMessages: recorded });
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener("message", (event: MessageEvent<{ type: string }>) => recorded.push(event.data.type));
      }
    };
  });
  await page.goto(`${server.origin}/taskpane.html${query}`);
  return { page, foreign };
}

function rankedRows(page: Page) {
  return page.getByRole("table", { name: /Options by rank/ }).getByRole("rowheader");
}

/** Option names in the pane's ranked results, best first (a row header also holds the shortlist badge). */
async function rankedOptions(page: Page): Promise<string[]> {
  return Promise.all((await rankedRows(page).all()).map((header) => header.locator("span").first().innerText()));
}

/**
 * Issue 4 in the pane: the switching value after the run; Run simulation in a real Web Worker, whose
 * messages the page records (`__workerMessages`, see `openPane`); a result equal to Node's for the same
 * seed, written to Risk & Sensitivity with its two charts. (The reference case's draws finish in a few
 * milliseconds; Cancel is pressed on a larger workbook in its own test below.)
 */
async function simulateInTheWorker(page: Page): Promise<void> {
  const robustness = page.getByRole("region", { name: "Robustness" });
  await robustness.getByText("Public service mutual would lose first place to Reformed in-house service if its confidence fell below 81.73% (its switching value).").waitFor();
  await robustness.getByRole("button", { name: /Run simulation/ }).click();
  await robustness.getByText(/Public service mutual ranks first in \d+% of simulations/).waitFor({ timeout: 90_000 });
  await page.screenshot({ path: join(IMAGES, "5-simulated.png"), fullPage: true });
  const messages = (await page.evaluate("window.__workerMessages")) as string[];
  expect(messages.filter((type) => type === "progress")).toHaveLength(20);
  expect(messages[messages.length - 1]).toBe("finished");
  const workbook = (await page.evaluate("window.__excelSimulator.toJson()")) as WorkbookJson;
  expect(simulatedInBrowser(workbook)).toEqual(simulatedInNode());
  const charts = (await page.evaluate("window.__excelCharts('Risk & Sensitivity')")) as { name: string; type: string; title: string }[];
  expect(charts.map((chart) => [chart.name, chart.type])).toEqual([["TornadoChart", "BarClustered"], ["ProbabilityFirstChart", "ColumnClustered"]]);
}

/** Probability of ranking first per option, as the pane's run wrote it to the SimulationResults table. */
function simulatedInBrowser(workbook: WorkbookJson): Record<string, number> {
  const table = workbook.tables.find((t) => t.name === "SimulationResults");
  const sheet = workbook.sheets.find((s) => s.name === table?.sheet);
  if (!table || !sheet) throw new Error("no SimulationResults table");
  const [start] = table.ref.split(":");
  const { row, col } = parseCell(start ?? "A1");
  const value = (r: number, c: number) => sheet.cells.find((cell) => cell.address === cellAddress(r, c))?.value;
  const result: Record<string, number> = {};
  for (let r = row + 1; typeof value(r, col) === "string"; r++) result[String(value(r, col))] = Number(value(r, col + 1));
  return result;
}

/** The same simulation in Node: the reference inputs, the default seed and 10,000 iterations. */
function simulatedInNode(): Record<string, number> {
  const read = readInputs({ tables: referenceInputTables({ robustnessDefaults: true }).tables, sheets: [] });
  if (!read.ok) throw new Error("reference not read");
  const outcome = simulate(read.input, { ...read.robustness.settings.simulation, iterations: 10_000 });
  if (outcome.status !== "complete") throw new Error("not simulated");
  return Object.fromEntries(outcome.result.options.map((option) => [option.option, option.probabilityFirst]));
}

describe("the task pane in chromium", () => {
  it("creates the input tables, runs the reference appraisal, and follows a confidence edit", async () => {
    const { page, foreign } = await openPane("stand-in");
    await page.getByRole("heading", { name: "Options appraisal", level: 1 }).waitFor();
    await page.getByText("Input tables missing").waitFor();
    await page.screenshot({ path: join(IMAGES, "1-no-tables.png"), fullPage: true });

    await page.getByRole("button", { name: /reference example/i }).click();
    await page.getByRole("button", { name: "Run appraisal" }).and(page.locator(":not([disabled])")).waitFor();
    await page.screenshot({ path: join(IMAGES, "2-tables-created.png"), fullPage: true });

    await page.getByRole("button", { name: "Run appraisal" }).click();
    await page.getByText(/Done in \d+\.\d s \(4 round trips to Excel\)/).waitFor({ timeout: 60_000 });
    expect(await rankedOptions(page)).toEqual(referenceByRank().map((option) => option.option));
    await expect(page.getByText("Public service mutual has the highest total benefit (£14,557,643).").count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(IMAGES, "3-results.png"), fullPage: true });

    const workbook = (await page.evaluate("window.__excelSimulator.toJson()")) as WorkbookJson;
    expect(workbook.tables.find((table) => table.name === "RankedResults")?.sheet).toBe("Ranked Results");
    expectReferenceFigures(await recalculate(await simulatorToXlsx(workbook)));

    await simulateInTheWorker(page);

    await page.getByRole("switch", { name: "Update automatically" }).check();
    // The mutual's confidence (Options table, Inputs!B32, under the 20 assumptions) from 95 % to 50 %: below its switching value.
    await page.evaluate("window.__excelSimulator.userEdit('Inputs', 'B32', 0.5)");
    await rankedRows(page).first().filter({ hasText: /^Reformed in-house service/ }).waitFor({ timeout: 60_000 });
    expect((await rankedOptions(page))[0]).toBe("Reformed in-house service");
    await page.screenshot({ path: join(IMAGES, "4-updated-automatically.png"), fullPage: true });

    expect(foreign).toEqual([]);
    await page.close();
  }, 240_000);

  it("cancels a simulation in the Web Worker between slices, and writes nothing", async () => {
    // 60 options x 400 lines: 10,000 draws take a few hundred milliseconds in the worker, long enough to cancel.
    const { page, foreign } = await openPane("stand-in", "?generated=60x400");
    const run = page.getByRole("button", { name: "Run appraisal" }).and(page.locator(":not([disabled])"));
    await run.waitFor({ timeout: 30_000 });
    await run.click();
    await page.getByText(/Done in \d+\.\d s/).waitFor({ timeout: 120_000 });
    const robustness = page.getByRole("region", { name: "Robustness" });
    const syncsBefore = (await page.evaluate("window.__excelSimulator.syncs()")) as number;
    await robustness.getByRole("button", { name: /Run simulation/ }).click();
    await robustness.getByText(/Simulated [1-9][\d,]* of 10,000/).waitFor({ timeout: 30_000 });
    await robustness.getByRole("button", { name: "Cancel" }).click();
    await robustness.getByText(/Simulation cancelled after [\d,]+ draws; nothing was written\./).waitFor({ timeout: 30_000 });
    const messages = (await page.evaluate("window.__workerMessages")) as string[];
    expect(messages[messages.length - 1]).toBe("finished");
    expect(messages.filter((type) => type === "progress").length).toBeLessThan(20);
    // Nothing was written: no run followed the cancelled simulation.
    expect(await page.evaluate("window.__excelSimulator.syncs()")).toBe(syncsBefore);
    expect(foreign).toEqual([]);
    await page.close();
  }, 240_000);

  it("says in words that Office did not load when office.js cannot be reached", async () => {
    const { page, foreign } = await openPane("unreachable");
    await page.getByText(/Office did not load/).waitFor({ timeout: 30_000 });
    expect(foreign).toEqual([]);
    await page.close();
  }, 60_000);
});
