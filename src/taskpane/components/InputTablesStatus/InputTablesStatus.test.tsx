/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { noTables, workbookStatus } from "../../testing/fakeHost";
import { renderApp } from "../../testing/renderApp";

describe("a workbook with no input tables", () => {
  test("offers Create input tables prominently, and Run appraisal is disabled with the reason", async () => {
    await renderApp({ status: workbookStatus({ tables: noTables() }) });
    expect(screen.getByText("Input tables missing")).toBeTruthy();
    expect(screen.getByText(/The workbook has no Assumptions, Options or SavingOpportunities tables\./)).toBeTruthy();
    const group = screen.getByRole("group", { name: "Create input tables" });
    expect(within(group).getByRole("button", { name: "Reference example" })).toBeTruthy();
    expect(within(group).getByRole("button", { name: "Empty template" })).toBeTruthy();
    const run = screen.getByRole("button", { name: "Run appraisal" }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    expect(
      screen.getByText("Create the input tables first: the workbook has no Assumptions, Options or SavingOpportunities tables."),
    ).toBeTruthy();
  });

  test("lists each table as missing, Criteria as optional", async () => {
    await renderApp({ status: workbookStatus({ tables: noTables() }) });
    const table = screen.getByRole("table", { name: "The input tables the appraisal reads" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Assumptions",
      "Options",
      "Criteria",
      "SavingOpportunities",
    ]);
    expect(rows.every((row) => within(row).queryByText("Missing") !== null)).toBe(true);
    expect(within(rows[2] as HTMLElement).getByText(/optional/)).toBeTruthy();
  });

  test.each([
    ["Reference example", "reference"],
    ["Empty template", "empty"],
  ] as const)("%s creates the tables, reports the sheets, then reads the workbook again", async (label, kind) => {
    const user = userEvent.setup();
    const { host } = await renderApp({ status: workbookStatus({ tables: noTables() }), statusAfter: workbookStatus() });
    expect(host.calls.status).toBe(1);
    await user.click(screen.getByRole("button", { name: label }));
    expect(host.calls.create).toEqual([kind]);
    expect(await screen.findByText('Created the sheets "Inputs" and "Savings".')).toBeTruthy();
    await waitFor(() => expect(host.calls.status).toBe(2));
    await waitFor(() => expect(screen.queryByText("Input tables missing")).toBeNull());
    expect(screen.queryByRole("group", { name: "Create input tables" })).toBeNull();
    expect((screen.getByRole("button", { name: "Run appraisal" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("reports an Issue that stopped the creation", async () => {
    const user = userEvent.setup();
    await renderApp({
      status: workbookStatus({ tables: noTables() }),
      createReport: {
        ok: false,
        sheets: [],
        issues: [{ code: "TABLE_NAME_TAKEN", severity: "error", message: "A table named Options already exists.", place: { sheet: "Old", cell: "A1" } }],
      },
    });
    await user.click(screen.getByRole("button", { name: "Reference example" }));
    expect(await screen.findByText("The input tables were not created.")).toBeTruthy();
    expect(screen.getByText("A table named Options already exists.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Go to cell Old!A1" })).toBeTruthy();
  });
});

test("a workbook with all its tables shows each one's sheet, rows and problems, and offers no creation", async () => {
  const tables = workbookStatus().tables.map((t) => (t.name === "Options" ? { ...t, errors: 1, warnings: 2 } : t));
  await renderApp({ status: workbookStatus({ tables }) });
  const rows = within(screen.getByRole("table", { name: "The input tables the appraisal reads" })).getAllByRole("row");
  expect(rows.slice(1).map((row) => within(row).getAllByRole("cell").map((c) => c.textContent))).toEqual([
    ["Inputs", "4", "None"],
    ["Inputs", "5", "1 error and 2 warnings"],
    ["Inputs", "8", "None"],
    ["Savings", "9", "None"],
  ]);
  expect(screen.queryByRole("group", { name: "Create input tables" })).toBeNull();
});
