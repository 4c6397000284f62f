/**
 * No-op stand-ins for browser APIs that jsdom lacks and Fluent UI v9 calls on mount (MessageBar uses
 * ResizeObserver; some components read matchMedia). Runs before every test file; does nothing in the
 * default node environment, where there is no `window`.
 */
if (typeof window !== "undefined") {
  if (typeof window.ResizeObserver === "undefined") {
    class NoopResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, "ResizeObserver", { configurable: true, writable: true, value: NoopResizeObserver });
    Object.defineProperty(globalThis, "ResizeObserver", { configurable: true, writable: true, value: NoopResizeObserver });
  }
  if (typeof window.matchMedia !== "function") {
    Object.defineProperty(window, "matchMedia", {
      configurable: true,
      writable: true,
      value: (query: string): MediaQueryList =>
        ({
          matches: false,
          media: query,
          onchange: null,
          addListener: () => undefined,
          removeListener: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          dispatchEvent: () => false,
        }) as MediaQueryList,
    });
  }
}

export {};
