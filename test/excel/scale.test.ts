/**
 * Scale (issue 5): 200 options x 2,000 lines in both hosts. The office-js host runs on the in-memory Excel,
 * which refuses a sync over 5 MB of cell data as Excel on the web does: its one-batch read is refused, so
 * it reads the tables in bands; its writes and read-backs are split into requests under the limit; the
 * extra round trips are reported; LibreOffice verifies the figures. The file host runs the same size.
 * Figures go to test-output/scale.json for docs/RELIABILITY.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PAYLOAD_LIMIT_BYTES } from "../excel-sim/proxies";
import { generatedTemplate } from "../helpers/generatedTemplate";
import { runCli } from "../helpers/runCli";
import { tempFolder, workbookFromSnapshot } from "../helpers/workbooks";
import { addInputTables, simulatorWithHost } from "./simulatorSetup";

const SIZE = { options: 200, lines: 2000 };
const figures: Record<string, unknown> = {};
afterAll(() => {
  mkdirSync(join(__dirname, "..", "..", "test-output"), { recursive: true });
  writeFileSync(join(__dirname, "..", "..", "test-output", "scale.json"), JSON.stringify(figures, null, 2));
});

it("runs in the office-js host with every request under the limit, reporting the extra round trips", async () => {
  const { sim, host } = simulatorWithHost({ libreOffice: true });
  // The officer's tables arrive with the workbook, not through the API: no limit while they are set up.
  sim.faults.payloadLimitBytes = Infinity;
  await addInputTables(sim, generatedTemplate(SIZE.options, SIZE.lines));
  delete sim.faults.payloadLimitBytes;
  sim.resetPayloads();
  const started = Date.now();
  const syncsBefore = sim.syncs();
  const report = await host.run();
  figures.officeJs = { ...SIZE, ok: report.ok, syncs: report.syncs, ...sim.payloads(), seconds: (Date.now() - started) / 1000 };
  expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  expect(report.ok).toBe(true);
  expect(report.appraisal?.ranked).toHaveLength(SIZE.options);
  // More than the usual 4: the read, the writes and the read-backs of this size had to be split.
  expect(report.syncs).toBeGreaterThan(4);
  expect(sim.syncs() - syncsBefore).toBe(report.syncs);
  // Excel refused the one-batch read alone; every band after it was accepted.
  expect(sim.payloads().refusedSyncs).toBe(1);
  expect(sim.payloads().largestRequest).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  expect(sim.payloads().largestResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  expect(sim.workbook.sheets.some((sheet) => sheet.name.startsWith("~tmp"))).toBe(false);
}, 600_000);

it("runs 200 options x 2,000 lines on the command line (the file host)", async () => {
  const folder = tempFolder();
  try {
    const template = generatedTemplate(SIZE.options, SIZE.lines);
    const input = folder.write("scale.xlsx", await workbookFromSnapshot({ tables: template.tables, sheets: [] }));
    const started = Date.now();
    const run = runCli([input, "--out", folder.file("scale.out.xlsx")]);
    figures.commandLine = { ...SIZE, status: run.status, seconds: (Date.now() - started) / 1000 };
    expect(run.stderr.split("\n").filter((line) => line.startsWith("Error"))).toEqual([]);
    expect(run.status).toBe(0);
  } finally {
    folder.remove();
  }
}, 600_000);
