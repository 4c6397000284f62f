/**
 * The task pane's entry point: the one place (with src/excel/) where the `Office` global appears.
 * Waits for office.js, checks that the page is inside Excel and that Excel has the API set the add-in
 * needs, then renders the pane over the office-js host. Every way this can fail ends in words on the
 * pane, never a blank page.
 */
import { createRoot, type Root } from "react-dom/client";
import { createOfficeAddinHost } from "../excel/officeAddinHost";
import { App } from "./components/App/App";
import { StartupMessage } from "./components/StartupMessage/StartupMessage";
import { workerRunner } from "./simulation/workerRunner";
import {
  couldNotStart,
  hostInWords,
  OFFICE_DID_NOT_LOAD,
  OFFICE_READY_TIMEOUT_MS,
  REQUIRED_EXCEL_API,
  waitForOffice,
  type OfficeReady,
  type PaneEnvironment,
} from "./startup/environment";

/** What office-js-helpers says about the host; undefined when its chunk did not load. */
interface HostHelpers {
  readonly isAddin: boolean;
  readonly host: string;
}

/**
 * office-js-helpers is a 57 KB UMD bundle (not tree-shakable); it is loaded as its own chunk, in parallel
 * with office.js becoming ready, so it does not weigh on the pane's first paint.
 */
async function loadHostHelpers(): Promise<HostHelpers | undefined> {
  try {
    const { Utilities } = await import("@microsoft/office-js-helpers");
    return { isAddin: Utilities.isAddin, host: Utilities.host };
  } catch {
    return undefined;
  }
}

async function start(root: Root): Promise<void> {
  // `typeof` first: when office.js failed to load from Microsoft's CDN, the global does not exist at all.
  const office: OfficeReady | undefined =
    typeof Office === "undefined"
      ? undefined
      : { onReady: () => Office.onReady().then((info) => ({ host: info.host ? String(info.host) : null })) };
  const helpersLoading = loadHostHelpers();
  const ready = await waitForOffice(office, OFFICE_READY_TIMEOUT_MS);
  if (!ready) {
    root.render(<StartupMessage problem={OFFICE_DID_NOT_LOAD} />);
    return;
  }
  const helpers = await helpersLoading;
  // office.js reports the host it is in; in a plain browser tab it reports none. office-js-helpers' host
  // names the Office application when it is not Excel (its isAddin alone is true when no host is reported).
  const insideExcel = ready.host === String(Office.HostType.Excel) && (helpers?.isAddin ?? true);
  const environment: PaneEnvironment = {
    insideExcel,
    openedIn: insideExcel ? undefined : hostInWords(ready.host ? (helpers?.host ?? ready.host) : undefined),
    excelApiSupported:
      insideExcel && Office.context.requirements.isSetSupported(REQUIRED_EXCEL_API.set, REQUIRED_EXCEL_API.version),
  };
  root.render(<App host={createOfficeAddinHost()} environment={environment} simulationRunner={workerRunner} />);
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(<p style={{ fontFamily: "Segoe UI, sans-serif", padding: "12px" }}>Starting the add-in…</p>);
  start(root).catch((error: unknown) => root.render(<StartupMessage problem={couldNotStart(error)} />));
} else {
  document.body.textContent = "The add-in's page is incomplete (no element with id root). Reinstall the add-in.";
}
