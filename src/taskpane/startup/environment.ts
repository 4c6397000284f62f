/**
 * What the pane needs from its surroundings before it touches the workbook, decided without the `Office`
 * global (the entry point passes in what office.js reported), so it can be tested headlessly.
 */

/** The Excel API set the add-in needs (the manifest declares the same). */
export const REQUIRED_EXCEL_API = { set: "ExcelApi", version: "1.7" } as const;

/** How long to wait for office.js to say it is ready before saying it did not load. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

export interface PaneEnvironment {
  /** Running as an add-in inside Excel (not a web browser, not another Office application). */
  readonly insideExcel: boolean;
  /** What the page is open in when not Excel, in words: `Word`, `a web browser`. */
  readonly openedIn?: string;
  /** Excel supports REQUIRED_EXCEL_API. */
  readonly excelApiSupported: boolean;
}

export interface StartupProblem {
  readonly title: string;
  readonly text: string;
}

export const OFFICE_DID_NOT_LOAD: StartupProblem = {
  title: "Office did not load",
  text:
    "Open this add-in from Excel (Home > Add-ins), and check that this computer can reach " +
    "Microsoft's servers (appsforoffice.microsoft.com), which provide the part of the add-in that talks to Excel.",
};

/** Any other failure while starting, in words. */
export function couldNotStart(error: unknown): StartupProblem {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: "The add-in could not start",
    text: `${reason}. Close the pane and open it again from Excel (Home > Add-ins); if this keeps happening, restart Excel.`,
  };
}

/** What stops the pane working in this environment, in words; undefined when nothing does. */
export function environmentProblem(environment: PaneEnvironment | undefined): StartupProblem | undefined {
  if (!environment) return undefined;
  if (!environment.insideExcel) {
    return {
      title: "Open this add-in in Excel",
      text:
        `This page is open in ${environment.openedIn ?? "a web browser"}, not in Excel. The options appraisal ` +
        "works on an Excel workbook: open the workbook in Excel and start the add-in from Home > Add-ins.",
    };
  }
  if (!environment.excelApiSupported) {
    const { set, version } = REQUIRED_EXCEL_API;
    return {
      title: "This version of Excel is too old for the add-in",
      text:
        `The add-in needs Excel's JavaScript API ${set} ${version} (Excel 2019, Microsoft 365 or Excel on the web). ` +
        "Update Excel, or use Excel on the web; the command line `appraise` runs the same appraisal on an .xlsx file.",
    };
  }
  return undefined;
}

/** Words for the host a page is open in, from office-js-helpers' `Utilities.host` (`WORD`, `WEB`, ...). */
export function hostInWords(host: string | null | undefined): string {
  if (!host || host.toUpperCase() === "WEB") return "a web browser";
  const names: Readonly<Record<string, string>> = {
    EXCEL: "Excel",
    WORD: "Word",
    POWERPOINT: "PowerPoint",
    OUTLOOK: "Outlook",
    ONENOTE: "OneNote",
    PROJECT: "Project",
    ACCESS: "Access",
  };
  return names[host.toUpperCase()] ?? host;
}

/** The part of office.js the wait needs. */
export interface OfficeReady {
  onReady(): Promise<{ host: string | null }>;
}

/**
 * Resolves with what `Office.onReady` reports, or with undefined when office.js is absent (it failed to load
 * from Microsoft's CDN) or does not become ready within `timeoutMs`.
 */
export function waitForOffice(
  office: OfficeReady | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<{ host: string | null } | undefined> {
  if (!office || typeof office.onReady !== "function") return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    const fail = () => {
      clearTimeout(timer);
      resolve(undefined);
    };
    try {
      office.onReady().then((info) => {
        clearTimeout(timer);
        resolve(info);
      }, fail);
    } catch {
      fail();
    }
  });
}
