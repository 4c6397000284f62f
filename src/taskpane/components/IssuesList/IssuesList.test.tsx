/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Place } from "../../../core";
import { referenceIssues } from "../../testing/referenceRun";
import { IssuesList } from "./IssuesList";

function renderIssues(onGoTo: (place: Place) => void = () => undefined) {
  const issues = referenceIssues();
  render(
    <FluentProvider theme={webLightTheme}>
      <IssuesList issues={issues} title="Problems" onGoTo={onGoTo} />
    </FluentProvider>,
  );
  return issues;
}

test("lists errors before warnings, each with its severity in words and its place", () => {
  const issues = renderIssues();
  // The reader reports the warning first; the list puts the error first.
  expect(issues.map((i) => i.severity)).toEqual(["warning", "error"]);
  const items = screen.getAllByRole("listitem");
  expect(items).toHaveLength(2);
  expect(within(items[0] as HTMLElement).getByText("Error")).toBeTruthy();
  expect(within(items[0] as HTMLElement).getByText("Inputs!B14")).toBeTruthy();
  expect(within(items[0] as HTMLElement).getByText(/holds 85 as the confidence for 'NHS shared service'/)).toBeTruthy();
  expect(within(items[1] as HTMLElement).getByText("Warning")).toBeTruthy();
  expect(within(items[1] as HTMLElement).getByText("Inputs!A9")).toBeTruthy();
});

test("summarises the count", () => {
  renderIssues();
  expect(screen.getByText("1 error and 1 warning: errors stop the run; warnings do not.")).toBeTruthy();
});

test("Go to cell calls the host with the issue's place, by mouse and by keyboard", async () => {
  const user = userEvent.setup();
  const goTo = jest.fn();
  const issues = renderIssues(goTo);
  await user.click(screen.getByRole("button", { name: "Go to cell Inputs!B14" }));
  expect(goTo).toHaveBeenLastCalledWith(issues.find((i) => i.severity === "error")?.place);
  expect(goTo).toHaveBeenLastCalledWith({ sheet: "Inputs", cell: "B14" });
  screen.getByRole("button", { name: "Go to cell Inputs!A9" }).focus();
  await user.keyboard("{Enter}");
  expect(goTo).toHaveBeenLastCalledWith({ sheet: "Inputs", cell: "A9" });
});

test("says nothing when there are no issues", () => {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <IssuesList issues={[]} title="Problems" onGoTo={() => undefined} />
    </FluentProvider>,
  );
  expect(container.querySelector("section")).toBeNull();
});
