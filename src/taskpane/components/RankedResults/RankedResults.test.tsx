/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import userEvent from "@testing-library/user-event";
import { okRunReport } from "../../testing/fakeHost";
import { referenceAppraisal } from "../../testing/referenceRun";
import { renderApp } from "../../testing/renderApp";
import { RankedResults } from "./RankedResults";

function renderReference() {
  const { appraisal, headline } = referenceAppraisal();
  render(
    <FluentProvider theme={webLightTheme}>
      <RankedResults appraisal={appraisal} headline={headline} />
    </FluentProvider>,
  );
}

test("lists the options by rank with total benefit in whole pounds and % of target to one decimal", () => {
  renderReference();
  const table = screen.getByRole("table", { name: /options by rank/i });
  const rows = within(table).getAllByRole("row").slice(1);
  const cells = rows.map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));
  const options = rows.map((row) => within(row).getByRole("rowheader").textContent);
  expect(cells).toEqual([
    ["1", "£14,557,643", "107.3%"],
    ["2", "£12,818,695", "85.5%"],
    ["3", "£12,803,868", "84.8%"],
    ["4", "£12,752,221", "82.1%"],
    ["5", "£12,601,035", "74.4%"],
  ]);
  expect(options.map((text) => text?.replace(/(Shortlisted|Not shortlisted).*$/, ""))).toEqual([
    "Public service mutual",
    "Reformed in-house service",
    "NHS shared service",
    "The Barnet Group",
    "Partnership outside the public sector",
  ]);
});

test("marks the shortlisted options with a badge and gives the reason for each exclusion", () => {
  renderReference();
  const rows = screen.getAllByRole("row").slice(1);
  const shortlisted = rows.map((row) => within(row).queryByText("Shortlisted") !== null);
  expect(shortlisted).toEqual([true, true, true, false, false]);
  expect(within(rows[3] as HTMLElement).getByText(/^Not shortlisted: /)).toBeTruthy();
});

test("the table is labelled, with column headers scoped", () => {
  renderReference();
  const headers = screen.getAllByRole("columnheader");
  expect(headers.map((h) => h.textContent)).toEqual(["Rank", "Option", "Total benefit", "% of target"]);
  expect(headers.every((h) => h.getAttribute("scope") === "col")).toBe(true);
  expect(screen.getByRole("heading", { level: 2, name: "Ranked results" })).toBeTruthy();
});

test("shows the headline as the command line prints it", () => {
  renderReference();
  expect(screen.getByText("Public service mutual has the highest total benefit (£14,557,643).")).toBeTruthy();
  expect(screen.getByText("Only Public service mutual meets the savings target of £1,962,000.")).toBeTruthy();
  expect(
    screen.getByText("Shortlist, by rank: Public service mutual, Reformed in-house service and NHS shared service."),
  ).toBeTruthy();
});

test("shows money in the currency the workbook's run reports", async () => {
  await renderApp({ runReport: okRunReport({ currency: "EUR" }) });
  await userEvent.click(screen.getByRole("button", { name: "Run appraisal" }));
  const table = await screen.findByRole("table", { name: /options by rank/i });
  expect(within(table).getByText("€14,557,643")).toBeTruthy();
  expect(within(table).queryByText("£14,557,643")).toBeNull();
});
