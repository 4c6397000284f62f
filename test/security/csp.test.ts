/**
 * The pages' Content-Security-Policy (decision 15), as a rule over every directive, in the HTML templates
 * and in the pages the production build serves (html-webpack-plugin minifies them: a policy dropped or
 * changed on the way would go unnoticed by test/build/webpackConfig.test.ts, which reads the templates and
 * pins the main directives' values). Sources allowed anywhere: 'self', 'none' and the office.js origin;
 * the two exceptions are named below. Never a wildcard, a scheme on its own, or a way to run text as code.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const WEB = join(ROOT, "dist", "web");
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_ORIGIN}/lib/1/hosted/office.js`;

const PAGES = [
  { template: "src/taskpane/taskpane.html", built: "taskpane.html" },
  { template: "src/commands/commands.html", built: "commands.html" },
];

/** Sources allowed beyond 'self', 'none' and the office.js origin, by directive, and why. */
const EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  // Fluent UI v9 (Griffel) inserts <style> elements at run time. Styles only: never scripts.
  "style-src": ["'unsafe-inline'"],
  // Small images inlined by the build or by Fluent as data: URLs; an image cannot run code.
  "img-src": ["data:"],
};
const ALLOWED = ["'self'", "'none'", OFFICE_ORIGIN];
const NEVER = ["*", "'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "http:", "https:", "blob:", "filesystem:", "data:", "'unsafe-inline'"];

/** Each tag's attributes, whatever the quoting (the minifier drops quotes where it can). */
function tags(html: string, name: string): Map<string, string>[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  return Array.from(withoutComments.matchAll(new RegExp(`<${name}\\b([^>]*)>`, "gi"))).map((tag) => {
    const attributes = new Map<string, string>();
    for (const attribute of (tag[1] ?? "").matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attributes.set((attribute[1] ?? "").toLowerCase(), (attribute[2] ?? "").replace(/^["']|["']$/g, ""));
    }
    return attributes;
  });
}

/** The page's policy: directive to sources. Fails unless the page has exactly one CSP meta. */
function policy(html: string): Map<string, string[]> {
  const metas = tags(html, "meta").filter((meta) => meta.get("http-equiv")?.toLowerCase() === "content-security-policy");
  expect(metas).toHaveLength(1);
  const content = metas[0]?.get("content") ?? "";
  const directives = new Map<string, string[]>();
  for (const directive of content.split(";").map((d) => d.trim()).filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    expect(directives.has(name as string)).toBe(false);
    directives.set((name as string).toLowerCase(), sources);
  }
  return directives;
}

function expectPolicyFollowsTheRule(directives: Map<string, string[]>): void {
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("script-src")).toEqual(["'self'", OFFICE_ORIGIN]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'self'"]);
  for (const [name, sources] of directives) {
    const exceptions = EXCEPTIONS[name] ?? [];
    for (const source of sources) {
      expect([name, source, ALLOWED.includes(source) || exceptions.includes(source)]).toEqual([name, source, true]);
      if (!exceptions.includes(source)) expect([name, source, NEVER.includes(source)]).toEqual([name, source, false]);
    }
  }
  // No directive that would let scripts in by another door.
  for (const name of ["script-src-elem", "script-src-attr", "worker-src", "child-src", "frame-src"]) {
    const sources = directives.get(name);
    if (sources) expect(sources.every((s) => ["'self'", "'none'"].includes(s))).toBe(true);
  }
}

describe.each(PAGES)("$template", ({ template }) => {
  it("has a policy that allows only 'self' and the office.js origin, with the two named exceptions", () => {
    expectPolicyFollowsTheRule(policy(readFileSync(join(ROOT, template), "utf8")));
  });
});

describe.each(PAGES)("the built dist/web/$built", ({ template, built }) => {
  let html: string;
  beforeAll(() => {
    const file = join(WEB, built);
    if (!existsSync(file)) throw new Error(`No production build of ${built}: run \`npm run build\` (npm test's pretest does).`);
    html = readFileSync(file, "utf8");
  });

  it("carries the template's policy unchanged", () => {
    const served = policy(html);
    expect(served).toEqual(policy(readFileSync(join(ROOT, template), "utf8")));
    expectPolicyFollowsTheRule(served);
  });

  it("loads office.js first and otherwise only its own files, with no inline script", () => {
    const scripts = tags(html, "script");
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    expect(scripts[0]?.get("src")).toBe(OFFICE_JS);
    for (const script of scripts.slice(1)) expect(script.get("src")).toMatch(/^[\w.-]+\.js$/);
    const inline = Array.from(html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi));
    expect(inline.map((s) => (s[1] ?? "").trim()).filter(Boolean)).toEqual([]);
    // No inline event handlers either ('unsafe-inline' is not in script-src, so they would not run anyway).
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

it("the policy rule rejects what it should (so a pass means something)", () => {
  const bad = [
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com 'unsafe-eval'; object-src 'none'; base-uri 'self'",
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com 'unsafe-inline'; object-src 'none'; base-uri 'self'",
    "default-src *; script-src 'self' https://appsforoffice.microsoft.com; object-src 'none'; base-uri 'self'",
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src https:; object-src 'none'; base-uri 'self'",
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; img-src https://tracker.example; object-src 'none'; base-uri 'self'",
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; worker-src blob:; object-src 'none'; base-uri 'self'",
  ];
  for (const content of bad) {
    const page = `<meta http-equiv=Content-Security-Policy content="${content}">`;
    expect(() => expectPolicyFollowsTheRule(policy(page))).toThrow();
  }
  const good = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${OFFICE_ORIGIN}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'">`;
  expect(() => expectPolicyFollowsTheRule(policy(good))).not.toThrow();
});
