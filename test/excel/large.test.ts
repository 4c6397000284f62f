/** 60 options x 400 saving lines: still four round trips, and the figures verified by LibreOffice. */
import { simulatorWithHost, addInputTables, generatedTemplate, runInFourRoundTrips } from "./simulatorSetup";

it("appraises 60 options x 400 lines in 4 context.sync calls", async () => {
  const { sim, host } = simulatorWithHost({ libreOffice: true });
  await addInputTables(sim, generatedTemplate(60, 400));
  const status = await host.status();
  expect(status.tables.find((t) => t.name === "SavingOpportunities")?.rows).toBe(400);
  expect(status.tables.find((t) => t.name === "Options")?.rows).toBe(60);
  const report = await runInFourRoundTrips(sim, host);
  expect(report.appraisal?.ranked).toHaveLength(60);
  expect(sim.toJson().tables.find((t) => t.name === "RankedResults")?.ref).toBe("A3:K63");
}, 120_000);
