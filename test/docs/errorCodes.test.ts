import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "__tests__" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("docs/ERROR-CODES.md", () => {
  const documented = new Set([...readFileSync(join(ROOT, "docs", "ERROR-CODES.md"), "utf8").matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]));
  const used = new Set(
    sourceFiles(join(ROOT, "src")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/"([A-Z][A-Z0-9]*_[A-Z0-9_]+)"/g)].map((m) => m[1]),
    ),
  );
  it("documents every issue code the source raises", () => {
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((code) => !documented.has(code))).toEqual([]);
  });
  it("documents no code that the source no longer raises", () => {
    expect([...documented].filter((code) => !used.has(code))).toEqual([]);
  });
});
