/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { workbookStatus } from "../../testing/fakeHost";
import { renderApp } from "../../testing/renderApp";

const withOutputs = workbookStatus({ outputsPresent: true });

test("Remove outputs asks first; Cancel removes nothing and returns focus", async () => {
  const user = userEvent.setup();
  const { host } = await renderApp({ status: withOutputs });
  await user.click(screen.getByRole("button", { name: "Remove outputs" }));
  expect(screen.getByRole("group", { name: /Remove the Ranked Results and Summary sheets/ })).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel" }));
  await user.keyboard("{Enter}");
  expect(host.calls.remove).toBe(0);
  expect(screen.queryByRole("button", { name: "Yes, remove them" })).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Remove outputs" }));
});

test("confirming removes the outputs once, says which sheets went, and reads the workbook again", async () => {
  const user = userEvent.setup();
  const { host } = await renderApp({ status: withOutputs, statusAfter: workbookStatus({ outputsPresent: false }) });
  await user.click(screen.getByRole("button", { name: "Remove outputs" }));
  await user.click(screen.getByRole("button", { name: "Yes, remove them" }));
  expect(await screen.findByText('Removed "Ranked Results" and "Summary".')).toBeTruthy();
  expect(host.calls.remove).toBe(1);
  await waitFor(() => expect(host.calls.status).toBe(2));
  await waitFor(() => expect(screen.queryByRole("button", { name: "Remove outputs" })).toBeNull());
});

test("removing the outputs clears the results shown from the last run", async () => {
  const user = userEvent.setup();
  await renderApp({ status: withOutputs });
  await user.click(screen.getByRole("button", { name: "Run appraisal" }));
  expect(await screen.findByRole("heading", { name: "Ranked results" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Remove outputs" }));
  await user.click(screen.getByRole("button", { name: "Yes, remove them" }));
  await waitFor(() => expect(screen.queryByRole("heading", { name: "Ranked results" })).toBeNull());
});

test("Remove outputs is not offered when there are no output sheets", async () => {
  await renderApp({ status: workbookStatus({ outputsPresent: false }) });
  expect(screen.queryByRole("button", { name: "Remove outputs" })).toBeNull();
});
