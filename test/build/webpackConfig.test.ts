/**
 * The web build's configuration, checked without running it (a production build takes about 20 s): the
 * settings whose loss would not break the build but would break the add-in or bloat it.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { Configuration, RuleSetRule } from "webpack";

const ROOT = resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

type ConfigFunction = ((env: Record<string, unknown>, argv: { mode?: string }) => Promise<Configuration>) & {
  readonly PAGES: readonly { entry: string; source: string; template: string; filename: string }[];
  readonly STATIC_FILES: readonly { from: string; to: string }[];
};
const makeConfig = createRequire(__filename)(join(ROOT, "webpack.config.js")) as ConfigFunction;

describe("webpack.config.js", () => {
  let production: Configuration;
  let development: Configuration;
  beforeAll(async () => {
    production = await makeConfig({}, { mode: "production" });
    development = await makeConfig({}, { mode: "development" });
  });

  it("builds the pane and the ribbon's function file into dist/web, beside (not into) dist/node", () => {
    expect(production.entry).toEqual({ taskpane: "./src/taskpane/index.tsx", commands: "./src/commands/commands.ts" });
    expect(production.output?.path).toBe(join(ROOT, "dist", "web"));
    for (const page of makeConfig.PAGES) {
      expect(existsSync(join(ROOT, page.source))).toBe(true);
      expect(existsSync(join(ROOT, page.template))).toBe(true);
    }
  });

  it("compiles TypeScript as ES modules, without which nothing is tree-shaken", () => {
    const rule = (production.module?.rules ?? []).find(
      (r): r is RuleSetRule => typeof r === "object" && r !== null && (r as RuleSetRule).loader === "ts-loader",
    );
    const options = rule?.options as { compilerOptions?: Record<string, unknown> } | undefined;
    expect(options?.compilerOptions).toMatchObject({ module: "esnext", moduleResolution: "bundler" });
  });

  it("names production files by content hash, and never uses eval (the pages' CSP forbids it)", () => {
    expect(production.output?.filename).toContain("[contenthash");
    expect(production.output?.chunkFilename).toContain("[contenthash");
    for (const config of [production, development]) expect(String(config.devtool)).not.toMatch(/eval/);
  });

  it("copies only files that exist", () => {
    for (const file of makeConfig.STATIC_FILES) expect(existsSync(join(ROOT, file.from))).toBe(true);
    expect(makeConfig.STATIC_FILES.map((f) => f.to)).toEqual(
      expect.arrayContaining(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "manifest.xml"]),
    );
  });

  it("serves on port 3000 with https, and asks for no certificate outside `webpack serve`", () => {
    const server = (development as { devServer?: { port?: number; server?: unknown; headers?: Record<string, string> } }).devServer;
    expect(server?.port).toBe(3000);
    expect(server?.server).toBe("https");
    expect(server?.headers?.["Access-Control-Allow-Origin"]).toBe("*");
  });
});

describe.each(["src/taskpane/taskpane.html", "src/commands/commands.html"])("%s", (template) => {
  const html = readFileSync(join(ROOT, template), "utf8");

  it("loads office.js from Microsoft's CDN before anything else, and has no inline script", () => {
    const scripts = Array.from(html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi));
    expect(scripts.map((s) => /src="([^"]+)"/.exec(s[1] ?? "")?.[1])).toEqual([OFFICE_JS]);
    for (const script of scripts) expect(script[2]?.trim()).toBe("");
  });

  it("allows scripts only from itself and the office.js origin (decision 15)", () => {
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = new Map(
      csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0] as string, d.slice(1)]),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get("img-src")).toEqual(["'self'", "data:"]);
  });
});

it("the pane's page has the element the React entry point renders into", () => {
  expect(readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8")).toContain('<div id="root"></div>');
});
