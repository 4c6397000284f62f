import { render, screen } from "@testing-library/react";
import { App, type AppProps } from "../components/App/App";
import { FakeHost, type FakeHostOptions } from "./fakeHost";

/** Renders the whole pane over a fake host and waits for the first status read to show. */
export async function renderApp(options: FakeHostOptions = {}, props: Partial<AppProps> = {}) {
  const host = new FakeHost(options);
  const view = render(<App host={host} debounceMs={props.debounceMs ?? 800} {...props} />);
  await screen.findByRole("heading", { name: "Input tables" });
  return { host, ...view };
}
