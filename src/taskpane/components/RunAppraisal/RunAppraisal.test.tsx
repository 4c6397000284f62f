/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { gate, okRunReport, workbookStatus } from "../../testing/fakeHost";
import { referenceIssues } from "../../testing/referenceRun";
import { renderApp } from "../../testing/renderApp";

test("shows the step in words while running, with the button disabled, then the time and round trips", async () => {
  const user = userEvent.setup();
  const { host } = await renderApp({ steps: ["reading", "appraising"], runGate: gate, statusAfter: workbookStatus({ outputsPresent: true }) });
  const button = screen.getByRole("button", { name: "Run appraisal" }) as HTMLButtonElement;
  await user.click(button);
  const status = screen.getAllByRole("status").find((region) => within(region).queryByText("Appraising…"));
  expect(status).toBeTruthy();
  expect(status?.getAttribute("aria-live")).toBe("polite");
  expect(button.disabled).toBe(true);
  expect(host.calls.run).toBe(1);

  await act(async () => host.gates[0]?.open());
  expect(await screen.findByText("Done in 0.4 s (3 round trips to Excel).")).toBeTruthy();
  expect(button.disabled).toBe(false);
  expect(screen.queryByText("Appraising…")).toBeNull();
  await waitFor(() => expect(host.calls.status).toBe(2));
});

test.each([
  ["reading", "Reading the input tables…"],
  ["writing", "Writing the results…"],
  ["verifying", "Checking the figures…"],
  ["finishing", "Finishing…"],
] as const)("the step %s reads '%s'", async (step, words) => {
  const user = userEvent.setup();
  const { host } = await renderApp({ steps: [step], runGate: gate });
  await user.click(screen.getByRole("button", { name: "Run appraisal" }));
  expect(screen.getByText(words)).toBeTruthy();
  await act(async () => host.gates[0]?.open());
});

test("after a run, the ranked results and the headline appear", async () => {
  const user = userEvent.setup();
  await renderApp();
  expect(screen.queryByRole("heading", { name: "Ranked results" })).toBeNull();
  await user.click(screen.getByRole("button", { name: "Run appraisal" }));
  const table = await screen.findByRole("table", { name: /options by rank/i });
  const first = within(table).getAllByRole("row")[1] as HTMLElement;
  expect(within(first).getByRole("rowheader").textContent).toMatch(/^Public service mutual/);
  expect(within(first).getByText("Shortlisted")).toBeTruthy();
  expect(within(first).getByText("£14,557,643")).toBeTruthy();
  expect(screen.getByText("Public service mutual has the highest total benefit (£14,557,643).")).toBeTruthy();
});

test("a run that stops on errors says so, lists them, and writes no results", async () => {
  const user = userEvent.setup();
  const issues = referenceIssues();
  const { host } = await renderApp({ runReport: { ok: false, issues, syncs: 1, millis: 120 } });
  await user.click(screen.getByRole("button", { name: "Run appraisal" }));
  expect(await screen.findByText("The run stopped: 1 error and 1 warning to see under Problems. Nothing was written.")).toBeTruthy();
  expect(screen.queryByRole("table", { name: /options by rank/i })).toBeNull();
  await user.click(screen.getByRole("button", { name: "Go to cell Inputs!B14" }));
  expect(host.calls.goTo).toEqual([{ sheet: "Inputs", cell: "B14" }]);
});

test("a run with warnings reports them beside the done message", async () => {
  const user = userEvent.setup();
  await renderApp({ runReport: okRunReport({ issues: referenceIssues().filter((i) => i.severity === "warning"), syncs: 4, millis: 1260 }) });
  await user.click(screen.getByRole("button", { name: "Run appraisal" }));
  expect(await screen.findByText("Done in 1.3 s (4 round trips to Excel), with 1 warning (see Problems).")).toBeTruthy();
});

test("a host failure is shown in words and the button comes back", async () => {
  const user = userEvent.setup();
  const { host } = await renderApp();
  host.run = async () => {
    throw new Error("The workbook is being edited in another window");
  };
  await user.click(screen.getByRole("button", { name: "Run appraisal" }));
  expect(await screen.findByText("The run failed: The workbook is being edited in another window")).toBeTruthy();
  expect((screen.getByRole("button", { name: "Run appraisal" }) as HTMLButtonElement).disabled).toBe(false);
});
