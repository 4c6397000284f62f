/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { OFFICE_DID_NOT_LOAD } from "../../startup/environment";
import { StartupMessage } from "./StartupMessage";

test("when office.js did not load, the pane says so in words instead of going blank", () => {
  render(<StartupMessage problem={OFFICE_DID_NOT_LOAD} />);
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Options appraisal");
  expect(screen.getByText("Office did not load")).toBeTruthy();
  expect(screen.getByText(/Open this add-in from Excel/)).toBeTruthy();
});
