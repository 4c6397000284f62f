/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Issue } from "../../../core";
import { renderApp } from "../../testing/renderApp";

const MISSING: Issue = { code: "TABLE_MISSING", severity: "error", message: "The workbook has no table named Options.", place: { table: "Options" } };
const FAILED = { at: "2026-11-24T12:00:00.000Z", ok: false, issues: [MISSING] };

test("problems the ribbon's run left are shown when the pane opens, and listed under Problems", async () => {
  await renderApp({ ribbonRun: FAILED });
  expect(screen.getByText("The ribbon's run did not write the results")).toBeTruthy();
  expect(screen.getByText(/reported 1 error: see/)).toBeTruthy();
  const problems = screen.getByRole("heading", { name: /Problems/ }).closest("section");
  if (!problems) throw new Error("no Problems section");
  expect(within(problems).getByText("The workbook has no table named Options.")).toBeTruthy();
});

test("a run from the pane supersedes them, in the pane and in the workbook", async () => {
  const { host } = await renderApp({ ribbonRun: FAILED });
  await userEvent.click(screen.getByRole("button", { name: "Run appraisal" }));
  await waitFor(() => expect(screen.queryByText("The ribbon's run did not write the results")).toBeNull());
  expect(host.calls.saveRibbonRun).toEqual([undefined]);
  expect(screen.queryByText("The workbook has no table named Options.")).toBeNull();
});

test("Dismiss forgets them; with none saved there is no notice", async () => {
  const { host, unmount } = await renderApp({ ribbonRun: { ...FAILED, ok: true, issues: [{ ...MISSING, severity: "warning" }] } });
  expect(screen.getByText("The ribbon's run wrote the results with warnings")).toBeTruthy();
  await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
  expect(screen.queryByText("The ribbon's run wrote the results with warnings")).toBeNull();
  expect(host.calls.saveRibbonRun).toEqual([undefined]);
  unmount();
  await renderApp();
  expect(screen.queryByText(/The ribbon's run/)).toBeNull();
});
