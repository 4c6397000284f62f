import { environmentProblem, hostInWords, OFFICE_DID_NOT_LOAD, waitForOffice } from "./environment";

describe("waitForOffice", () => {
  afterEach(() => jest.useRealTimers());

  test("resolves with what Office.onReady reports", async () => {
    await expect(waitForOffice({ onReady: async () => ({ host: "Excel" }) }, 1000)).resolves.toEqual({ host: "Excel" });
  });

  test("resolves undefined when office.js did not load (no Office global)", async () => {
    await expect(waitForOffice(undefined, 1000)).resolves.toBeUndefined();
  });

  test("resolves undefined when onReady never resolves within the time allowed", async () => {
    jest.useFakeTimers();
    const waiting = waitForOffice({ onReady: () => new Promise(() => undefined) }, 10_000);
    jest.advanceTimersByTime(9_999);
    let settled = false;
    void waiting.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(waiting).resolves.toBeUndefined();
  });

  test("resolves undefined when onReady throws or rejects", async () => {
    await expect(
      waitForOffice({
        onReady: () => {
          throw new Error("broken");
        },
      }),
    ).resolves.toBeUndefined();
    await expect(waitForOffice({ onReady: () => Promise.reject(new Error("no")) }, 1000)).resolves.toBeUndefined();
  });
});

describe("environmentProblem", () => {
  test("nothing to say inside an Excel that has the API set", () => {
    expect(environmentProblem({ insideExcel: true, excelApiSupported: true })).toBeUndefined();
    expect(environmentProblem(undefined)).toBeUndefined();
  });

  test("says where the page is open when it is not Excel", () => {
    const problem = environmentProblem({ insideExcel: false, openedIn: hostInWords("WEB"), excelApiSupported: false });
    expect(problem?.text).toContain("This page is open in a web browser, not in Excel.");
    expect(environmentProblem({ insideExcel: false, openedIn: hostInWords("WORD"), excelApiSupported: false })?.text).toContain(
      "open in Word, not in Excel",
    );
  });

  test("names the API set an older Excel lacks", () => {
    const problem = environmentProblem({ insideExcel: true, excelApiSupported: false });
    expect(problem?.title).toBe("This version of Excel is too old for the add-in");
    expect(problem?.text).toContain("ExcelApi 1.7");
  });

  test("the message for office.js failing to load tells the officer what to do", () => {
    expect(OFFICE_DID_NOT_LOAD.title).toBe("Office did not load");
    expect(OFFICE_DID_NOT_LOAD.text).toMatch(/^Open this add-in from Excel/);
  });
});
