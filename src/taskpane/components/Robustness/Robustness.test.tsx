/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SIMULATION_ITERATIONS } from "./Robustness";
import { renderApp } from "../../testing/renderApp";
import { referenceRunReport } from "../../testing/referenceRun";

async function runAppraisal() {
  const user = userEvent.setup();
  const view = await renderApp({ realRuns: true });
  await user.click(screen.getByRole("button", { name: "Run appraisal" }));
  const region = await screen.findByRole("region", { name: "Robustness" });
  return { user, region, ...view };
}

test("after a run, the pane states the binding switching value and the risk-weighted leader", async () => {
  const { region } = await runAppraisal();
  expect(region.textContent).toContain(
    "Public service mutual would lose first place to Reformed in-house service if its confidence fell below 81.73% (its switching value).",
  );
  expect(region.textContent).toContain("Weighted for the risk of each saving, Public service mutual ranks first.");
});

test("Run simulation draws 10,000 times, then writes the results with the next run", async () => {
  const { user, region, host } = await runAppraisal();
  await user.click(within(region).getByRole("button", { name: /Run simulation/ }));
  await within(region).findByText(/ranks first in \d+% of simulations/, {}, { timeout: 20_000 });
  expect(host.calls.run).toBe(2);
  const sent = host.calls.runOptions[1]?.simulation;
  expect(sent?.result.iterations).toBe(SIMULATION_ITERATIONS);
  // Stamped with the fingerprint of the inputs the first run reported, so the workbook layer writes it.
  expect(sent?.fingerprint).toBe(referenceRunReport().robustness?.request.fingerprint);
  expect(within(region).getByText(/Written to the Risk & Sensitivity sheet/)).toBeTruthy();
  const rows = within(within(region).getByRole("table")).getAllByRole("row").slice(1);
  expect(rows[0]?.textContent).toMatch(/^Public service mutual9\d%/);
}, 30_000);

test("Cancel stops the simulation between slices and nothing is written", async () => {
  const { user, region, host } = await runAppraisal();
  await user.click(within(region).getByRole("button", { name: /Run simulation/ }));
  await user.click(await within(region).findByRole("button", { name: "Cancel" }));
  await within(region).findByText(/Simulation cancelled after [\d,]+ draws; nothing was written\./);
  const done = Number(/after ([\d,]+) draws/.exec(region.textContent ?? "")?.[1]?.replace(/,/g, ""));
  expect(done).toBeLessThan(SIMULATION_ITERATIONS);
  await waitFor(() => expect(within(region).queryByRole("button", { name: "Cancel" })).toBeNull());
  expect(host.calls.run).toBe(1);
});
