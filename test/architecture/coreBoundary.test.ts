import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const eslint = path.join(root, "node_modules/eslint/bin/eslint.js");

/** Lints a probe file as if it sat in the given folder, through the project's real ESLint config. */
function lintAs(filename: string, source: string): string {
  try {
    execFileSync(process.execPath, [eslint, "--stdin", "--stdin-filename", filename, "--format", "json"], {
      cwd: root,
      input: source,
      encoding: "utf8",
    });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe("the core stays pure", () => {
  it.each([
    ["exceljs", 'import ExcelJS from "exceljs";'],
    ["react", 'import React from "react";'],
    ["node", 'import fs from "node:fs";'],
    ["the workbook layer", 'import { x } from "../workbook/read";'],
  ])("refuses an import of %s in src/core", (_what, source) => {
    expect(lintAs("src/core/appraisal/probe.ts", `${source}\nexport const probe = 1;\n`)).toMatch(/"ruleId":"no-restricted-imports"/);
  });

  it("allows the same import outside the core", () => {
    expect(lintAs("src/xlsx/probe.ts", 'import ExcelJS from "exceljs";\nexport const probe = ExcelJS;\n')).toBe("");
  });
});
