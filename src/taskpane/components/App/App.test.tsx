/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { FakeHost, workbookStatus } from "../../testing/fakeHost";
import { referenceIssues } from "../../testing/referenceRun";
import { renderApp } from "../../testing/renderApp";

test("the pane's headings give its structure", async () => {
  await renderApp({ status: workbookStatus({ outputsPresent: true, issues: referenceIssues() }) });
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Options appraisal");
  expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
    "Input tables",
    "Appraisal",
    "Problems",
    "Output sheets",
  ]);
});

test("tables with problems: every issue is listed and Go to cell takes the officer there", async () => {
  const user = userEvent.setup();
  const issues = referenceIssues();
  const tables = workbookStatus().tables.map((t) =>
    t.name === "Options" ? { ...t, errors: 1 } : t.name === "Assumptions" ? { ...t, warnings: 1 } : t,
  );
  const { host } = await renderApp({ status: workbookStatus({ tables, issues }) });
  const problems = screen.getByRole("region", { name: "Problems" });
  const items = within(problems).getAllByRole("listitem");
  expect(items.map((item) => within(item).getByText(/^(Error|Warning)$/).textContent)).toEqual(["Error", "Warning"]);
  await user.click(within(problems).getByRole("button", { name: "Go to cell Inputs!B14" }));
  expect(host.calls.goTo).toEqual([issues.find((i) => i.code === "CONFIDENCE_NOT_PERCENT")?.place]);
  await user.click(within(problems).getByRole("button", { name: "Go to cell Inputs!A9" }));
  expect(host.calls.goTo[1]).toEqual({ sheet: "Inputs", cell: "A9" });
});

test("a workbook that cannot be read says so", async () => {
  const host = new FakeHost();
  host.status = async () => {
    throw new Error("Excel is busy");
  };
  render(<App host={host} />);
  expect(await screen.findByText("The workbook could not be read")).toBeTruthy();
  expect(screen.getByText("Excel is busy")).toBeTruthy();
});

test("opened outside Excel, the pane says so and leaves the host alone", async () => {
  const host = new FakeHost();
  render(<App host={host} environment={{ insideExcel: false, openedIn: "a web browser", excelApiSupported: false }} />);
  expect(screen.getByText("Open this add-in in Excel")).toBeTruthy();
  expect(screen.getByText(/This page is open in a web browser, not in Excel/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Run appraisal" })).toBeNull();
  await waitFor(() => expect(host.calls.status).toBe(0));
});

test("in an Excel without the API set, the pane names what is missing", () => {
  render(<App host={new FakeHost()} environment={{ insideExcel: true, excelApiSupported: false }} />);
  expect(screen.getByText("This version of Excel is too old for the add-in")).toBeTruthy();
  expect(screen.getByText(/ExcelApi 1\.7/)).toBeTruthy();
});

test("inside an Excel with the API set, the pane works as usual", async () => {
  const host = new FakeHost();
  render(<App host={host} environment={{ insideExcel: true, excelApiSupported: true }} />);
  expect(await screen.findByRole("heading", { name: "Input tables" })).toBeTruthy();
  expect(host.calls.status).toBe(1);
});
