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
async function openPane(officeJs: "stand-in" | "unreachable"): Promise<{ page: Page; foreign: string[] }> {
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
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, foreign };
}

function rankedRows(page: Page) {
  return page.getByRole("table", { name: /Options by rank/ }).getByRole("rowheader");
}

/** Option names in the pane's ranked results, best first (a row header also holds the shortlist badge). */
async function rankedOptions(page: Page): Promise<string[]> {
  return Promise.all((await rankedRows(page).all()).map((header) => header.locator("span").first().innerText()));
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

    await page.getByRole("switch", { name: "Update automatically" }).check();
    // The mutual's confidence (Options table, Inputs!B17) from 95 % to 50 %: below its switching value.
    await page.evaluate("window.__excelSimulator.userEdit('Inputs', 'B17', 0.5)");
    await rankedRows(page).first().filter({ hasText: /^Reformed in-house service/ }).waitFor({ timeout: 60_000 });
    expect((await rankedOptions(page))[0]).toBe("Reformed in-house service");
    await page.screenshot({ path: join(IMAGES, "4-updated-automatically.png"), fullPage: true });

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
