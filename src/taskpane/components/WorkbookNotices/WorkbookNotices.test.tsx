/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { workbookStatus } from "../../testing/fakeHost";
import { renderApp } from "../../testing/renderApp";

test("results out of date are flagged", async () => {
  await renderApp({ status: workbookStatus({ outputsPresent: true, outOfDate: true }) });
  expect(screen.getByText("Results out of date")).toBeTruthy();
  expect(screen.getByText(/Run the appraisal again/)).toBeTruthy();
  expect(screen.queryByText("Excel is in manual calculation mode")).toBeNull();
});

test("manual calculation mode is warned about", async () => {
  await renderApp({ status: workbookStatus({ manualCalculation: true }) });
  expect(screen.getByText("Excel is in manual calculation mode")).toBeTruthy();
  expect(screen.getByText(/Formulas > Calculate Now, or F9/)).toBeTruthy();
  expect(screen.queryByText("Results out of date")).toBeNull();
});

test("neither message when the results are current and Excel calculates automatically", async () => {
  await renderApp({ status: workbookStatus({ outputsPresent: true }) });
  expect(screen.queryByText("Results out of date")).toBeNull();
  expect(screen.queryByText("Excel is in manual calculation mode")).toBeNull();
});

test("the pane notes that its writes clear Excel's undo history", async () => {
  await renderApp();
  expect(screen.getByText(/Excel clears its undo history when an add-in does/)).toBeTruthy();
});
