/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { gate, workbookStatus } from "../../testing/fakeHost";
import { renderApp } from "../../testing/renderApp";

/** Lets the fake host's promises settle and React re-render. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

describe("Update automatically", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("starts from the setting saved with the workbook", async () => {
    await renderApp({ autoUpdate: true });
    expect((screen.getByRole("switch", { name: "Update automatically" }) as HTMLInputElement).checked).toBe(true);
  });

  test("turning it on saves the setting and watches the inputs; a burst of changes gives exactly one run after the pause", async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const { host } = await renderApp({}, { debounceMs: 800 });
    expect(host.calls.watch).toBe(0);
    await user.click(screen.getByRole("switch", { name: "Update automatically" }));
    expect(host.calls.saveAutoUpdate).toEqual([true]);
    await settle();
    expect(host.watching).toBe(1);

    act(() => host.changeInputs());
    act(() => jest.advanceTimersByTime(500));
    act(() => host.changeInputs());
    act(() => jest.advanceTimersByTime(500));
    act(() => host.changeInputs());
    act(() => jest.advanceTimersByTime(799));
    expect(host.calls.run).toBe(0);
    act(() => jest.advanceTimersByTime(1));
    await settle();
    expect(host.calls.run).toBe(1);
    act(() => jest.advanceTimersByTime(5000));
    await settle();
    expect(host.calls.run).toBe(1);
  });

  test("a change while the outputs are being removed runs once the removal is done, not during it", async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const removeGate = gate();
    const { host } = await renderApp({ autoUpdate: true, removeGate, status: workbookStatus({ outputsPresent: true }) }, { debounceMs: 800 });
    await settle();
    await user.click(screen.getByRole("button", { name: "Remove outputs" }));
    await user.click(screen.getByRole("button", { name: "Yes, remove them" }));
    expect(host.calls.remove).toBe(1);
    act(() => host.changeInputs());
    act(() => jest.advanceTimersByTime(2000));
    await settle();
    expect(host.calls.run).toBe(0);
    await act(async () => removeGate.open());
    await settle();
    expect(host.calls.run).toBe(1);
  });

  test("turning it off saves the setting and stops watching: later changes run nothing", async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const { host } = await renderApp({ autoUpdate: true });
    await settle();
    expect(host.watching).toBe(1);
    await user.click(screen.getByRole("switch", { name: "Update automatically" }));
    await settle();
    expect(host.calls.saveAutoUpdate).toEqual([false]);
    expect(host.calls.unwatch).toBe(1);
    expect(host.watching).toBe(0);
    act(() => host.changeInputs());
    act(() => jest.advanceTimersByTime(2000));
    await settle();
    expect(host.calls.run).toBe(0);
  });

  test("a change during a run gives one more run after it, never two at once", async () => {
    const { host } = await renderApp({ autoUpdate: true, runGate: gate }, { debounceMs: 100 });
    await settle();
    act(() => host.changeInputs());
    act(() => jest.advanceTimersByTime(100));
    await settle();
    expect(host.calls.run).toBe(1);

    // Two pauses' worth of changes while the first run is still under way.
    act(() => host.changeInputs());
    act(() => jest.advanceTimersByTime(100));
    act(() => host.changeInputs());
    act(() => jest.advanceTimersByTime(100));
    await settle();
    expect(host.calls.run).toBe(1);

    await act(async () => host.gates[0]?.open());
    await settle();
    expect(host.calls.run).toBe(2);
    await act(async () => host.gates[1]?.open());
    await settle();
    act(() => jest.advanceTimersByTime(1000));
    await settle();
    expect(host.calls.run).toBe(2);
    expect(host.maxConcurrentRuns).toBe(1);
  });

  test("closing the pane stops watching", async () => {
    const { host, unmount } = await renderApp({ autoUpdate: true });
    await settle();
    expect(host.watching).toBe(1);
    unmount();
    await settle();
    expect(host.watching).toBe(0);
    expect(host.calls.unwatch).toBe(1);
  });
});

test("a setting that cannot be saved is reported", async () => {
  const user = userEvent.setup();
  const { host } = await renderApp();
  host.saveAutoUpdate = async () => {
    throw new Error("The document is read-only");
  };
  await user.click(screen.getByRole("switch", { name: "Update automatically" }));
  await waitFor(() =>
    expect(screen.getByRole("alert").textContent).toBe("The setting could not be saved with the workbook: The document is read-only"),
  );
});
