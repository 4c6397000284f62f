import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isExternal, localPath, measurePage, reportBundleSize, scriptSources } from "../../scripts/report-bundle-size";

describe("scriptSources", () => {
  it("reads html-webpack-plugin's minified output, which drops the quotes", () => {
    const html =
      "<!doctype html><html><head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>" +
      "<script defer src=582.9011a334.js></script><script defer=defer src=taskpane.39515030.js></script></head></html>";
    expect(scriptSources(html)).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "582.9011a334.js",
      "taskpane.39515030.js",
    ]);
  });

  it("reads double and single quotes, any case, and skips inline scripts and comments", () => {
    const html = `<SCRIPT type="module" SRC="/a.js"></SCRIPT><script src='./b.js?v=1'></script><script>var x = "src=c.js";</script><!-- <script src=d.js></script> -->`;
    expect(scriptSources(html)).toEqual(["/a.js", "./b.js?v=1"]);
  });

  it("tells the CDN's office.js from the add-in's own files", () => {
    expect(isExternal("https://appsforoffice.microsoft.com/lib/1/hosted/office.js")).toBe(true);
    expect(isExternal("//cdn.example/x.js")).toBe(true);
    expect(isExternal("taskpane.1234.js")).toBe(false);
    expect(localPath("./b.js?v=1")).toBe("b.js");
    expect(localPath("/a.js")).toBe("a.js");
  });
});

describe("measurePage", () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "bundle-size-"));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("sums the gzipped size of the page's own scripts, leaving out office.js", () => {
    writeFileSync(join(folder, "taskpane.html"), "<script src=https://appsforoffice.microsoft.com/x/office.js></script><script defer src=a.js></script><script defer src=b.js></script>");
    writeFileSync(join(folder, "commands.html"), "<script defer src=c.js></script>");
    writeFileSync(join(folder, "a.js"), "x".repeat(10_000));
    writeFileSync(join(folder, "b.js"), "console.log(1)");
    writeFileSync(join(folder, "c.js"), "1");
    writeFileSync(join(folder, "lazy.js"), "2");
    const page = measurePage(folder, "taskpane.html");
    expect(page.scripts.map((s) => s.file)).toEqual(["a.js", "b.js"]);
    expect(page.bytes).toBe(10_014);
    expect(page.gzipBytes).toBeLessThan(200);
    const report = reportBundleSize(folder);
    expect(report.withinGoal).toBe(true);
    expect(report.later.map((s) => s.file)).toEqual(["lazy.js"]);
  });

  it("fails when the page loads none of its own scripts, or one that is missing", () => {
    writeFileSync(join(folder, "taskpane.html"), "<script src=https://appsforoffice.microsoft.com/x/office.js></script>");
    expect(() => measurePage(folder, "taskpane.html")).toThrow(/no script/);
    writeFileSync(join(folder, "taskpane.html"), "<script defer src=gone.js></script>");
    expect(() => measurePage(folder, "taskpane.html")).toThrow(/gone\.js/);
    expect(() => measurePage(folder, "missing.html")).toThrow(/not found/);
  });
});
