/**
 * @jest-environment jsdom
 */
/**
 * Workbook text (option names, sheet names, messages quoting cells) reaches the pane only as text, never as
 * HTML or code. Two checks:
 * - static, over the source under src/ (tests left out): none of the ways to turn a string into HTML or
 *   code (dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML, document.write, eval,
 *   new Function, string timers), and office-js-helpers' `UI` (its `UI.notify` writes HTML: decision 11)
 *   never imported. Read from the TypeScript syntax tree, so comments and words in strings do not count.
 *   (eslint-plugin-react is not installed, so there is no `react/no-danger` rule: this test is the check.)
 * - behavioural: the whole pane over a fake host whose workbook is full of markup shows that markup as
 *   text, and creates no element from it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import * as ts from "typescript";
import { createElement } from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Issue } from "../../src/core";
import { IssuesList } from "../../src/taskpane/components/IssuesList/IssuesList";
import { RankedResults } from "../../src/taskpane/components/RankedResults/RankedResults";
import { okRunReport, tablesFound, workbookStatus } from "../../src/taskpane/testing/fakeHost";
import { referenceAppraisal } from "../../src/taskpane/testing/referenceRun";
import { renderApp } from "../../src/taskpane/testing/renderApp";

const ROOT = resolve(__dirname, "../..");
const OFFICE_JS_HELPERS = "@microsoft/office-js-helpers";

/** Names whose use writes a string into the page as HTML. */
const HTML_SINKS = new Set(["dangerouslySetInnerHTML", "innerHTML", "outerHTML", "insertAdjacentHTML", "srcdoc", "createContextualFragment"]);

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly what: string;
}

/** Every use of an HTML or code sink in one file's source, and every reach for office-js-helpers' UI. */
function findSinks(file: string, source: string): Finding[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, what: string): void => {
    findings.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  };
  /** Names bound to the whole office-js-helpers module (`import * as H`, `const H = await import(...)`). */
  const helperNamespaces = new Set<string>();
  const isHelpersImport = (node: ts.Node): boolean =>
    ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword &&
    ts.isStringLiteral(node.arguments[0] ?? node) && (node.arguments[0] as ts.StringLiteral).text === OFFICE_JS_HELPERS;
  const unwrapAwait = (node: ts.Node): ts.Node => (ts.isAwaitExpression(node) ? node.expression : node);
  /** The member name of `x.name` or `x["name"]`. */
  const memberName = (node: ts.Node): string | undefined => {
    if (ts.isPropertyAccessExpression(node)) return node.name.text;
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
    return undefined;
  };

  function visit(node: ts.Node): void {
    // <div dangerouslySetInnerHTML=...>, el.innerHTML, el["outerHTML"], { innerHTML: ... }
    if (ts.isJsxAttribute(node) && HTML_SINKS.has(node.name.getText(sourceFile))) report(node, node.name.getText(sourceFile));
    const member = memberName(node);
    if (member !== undefined && HTML_SINKS.has(member)) report(node, member);
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && HTML_SINKS.has(node.name.getText(sourceFile).replace(/^["']|["']$/g, ""))) {
      report(node, node.name.getText(sourceFile));
    }
    // document.write(...), document.writeln(...)
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && (member === "write" || member === "writeln")) {
      if (/(^|\.)document$/.test(node.expression.getText(sourceFile))) report(node, `document.${member}`);
    }
    // eval(...), new Function(...), Function(...), setTimeout("code"), setInterval("code")
    if (ts.isIdentifier(node) && node.text === "eval") report(node, "eval");
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression)) {
      const callee = node.expression.text;
      if (callee === "Function") report(node, ts.isNewExpression(node) ? "new Function" : "Function()");
      const first = node.arguments?.[0];
      if ((callee === "setTimeout" || callee === "setInterval") && first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) {
        report(node, `${callee} with a string`);
      }
    }
    // office-js-helpers' UI: never imported, never reached through the module's namespace; notify never called.
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === OFFICE_JS_HELPERS) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) helperNamespaces.add(bindings.name.text);
      if (node.importClause?.name) helperNamespaces.add(node.importClause.name.text);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) if ((element.propertyName ?? element.name).text === "UI") report(element, "UI from office-js-helpers");
      }
    }
    if (ts.isVariableDeclaration(node) && node.initializer && isHelpersImport(unwrapAwait(node.initializer))) {
      if (ts.isIdentifier(node.name)) helperNamespaces.add(node.name.text);
      if (ts.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) {
          if ((element.propertyName ?? element.name).getText(sourceFile) === "UI") report(element, "UI from office-js-helpers");
        }
      }
    }
    if (member === "UI" && (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))) {
      const target = unwrapAwait(ts.isParenthesizedExpression(node.expression) ? node.expression.expression : node.expression);
      if ((ts.isIdentifier(target) && helperNamespaces.has(target.text)) || isHelpersImport(target)) report(node, "UI from office-js-helpers");
    }
    if (member === "notify" && /(^|\.)UI$/.test((node as ts.PropertyAccessExpression).expression.getText(sourceFile))) report(node, "UI.notify");
    ts.forEachChild(node, visit);
  }
  visit(sourceFile);
  return findings;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

describe("the source under src/ (tests left out)", () => {
  it("never turns a string into HTML or code, and never imports office-js-helpers' UI", () => {
    const files = sourceFiles(join(ROOT, "src"));
    expect(files.length).toBeGreaterThan(20);
    const findings = files.flatMap((file) => findSinks(relative(ROOT, file).split("\\").join("/"), readFileSync(file, "utf8")));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.what}`)).toEqual([]);
  });

  it("the check finds each sink it looks for (so a pass means something)", () => {
    const sample = [
      'import { UI as Notifier, Utilities } from "@microsoft/office-js-helpers";',
      'import * as Helpers from "@microsoft/office-js-helpers";',
      "export async function bad(el: HTMLElement, text: string) {",
      "  el.innerHTML = text;",
      '  el["outerHTML"] = text;',
      '  el.insertAdjacentHTML("beforeend", text);',
      "  document.write(text);",
      "  window.document.writeln(text);",
      "  eval(text);",
      "  new Function(text)();",
      '  setTimeout("alert(1)", 10);',
      "  Notifier.notify(text);",
      "  Helpers.UI.notify(text);",
      '  const { UI } = await import("@microsoft/office-js-helpers");',
      '  (await import("@microsoft/office-js-helpers")).UI.notify(text);',
      "  const frame = { srcdoc: text };",
      "  return [Utilities, UI, frame];",
      "}",
      "export const View = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;",
      "// innerHTML, eval(x), document.write(x) and UI.notify(x) in a comment do not count, nor do these words:",
      'export const words = "never set innerHTML or call eval( on workbook text";',
    ].join("\n");
    const found = findSinks("sample.tsx", sample).map((f) => `${f.line} ${f.what}`);
    expect(found.sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || (a < b ? -1 : 1))).toEqual([
      "1 UI from office-js-helpers",
      "4 innerHTML",
      "5 outerHTML",
      "6 insertAdjacentHTML",
      "7 document.write",
      "8 document.writeln",
      "9 eval",
      "10 new Function",
      "11 setTimeout with a string",
      "13 UI from office-js-helpers",
      "13 UI.notify",
      "14 UI from office-js-helpers",
      "15 UI from office-js-helpers",
      "15 UI.notify",
      "16 srcdoc",
      "19 dangerouslySetInnerHTML",
    ]);
  });
});

/** Markup a workbook could hold in any text cell, sheet name or table value. */
const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = '<script>alert("message")</script>';
const IFRAME = "<iframe src=javascript:alert(2)></iframe>";

/** Elements that markup in workbook text would create if it were ever parsed as HTML. */
function injectedElements(container: ParentNode): Element[] {
  return Array.from(container.querySelectorAll("img, script, iframe, object, embed, [onerror], [onload], [srcdoc]"));
}

/** Every element whose own text holds `text` exactly as written. */
function showsLiterally(text: string): HTMLElement[] {
  return screen.queryAllByText((_, element) =>
    Boolean(element) && Array.from(element?.childNodes ?? []).some((n) => n.nodeType === n.TEXT_NODE && (n.textContent ?? "").includes(text)),
  );
}

function hostileAppraisal() {
  const { appraisal, headline } = referenceAppraisal();
  const rename = (option: string): string => (option === appraisal.ranked[0]?.option ? IMG : option === appraisal.ranked[3]?.option ? IFRAME : option);
  const hostile = (result: (typeof appraisal.ranked)[number]) => ({
    ...result,
    option: rename(result.option),
    shortlist: result.shortlist && !result.shortlist.shortlisted ? { ...result.shortlist, reason: `${SCRIPT} ${result.shortlist.reason}` } : result.shortlist,
  });
  return {
    appraisal: { ...appraisal, results: appraisal.results.map(hostile), ranked: appraisal.ranked.map(hostile) },
    headline: [`${IMG} has the highest total benefit.`, SCRIPT, ...headline.slice(1)],
  };
}

const hostileIssues: Issue[] = [
  { code: "BAD_NUMBER", severity: "error", message: `The cell holds ${SCRIPT} where a number belongs.`, place: { sheet: IMG, cell: "B14" } },
  { code: "UNKNOWN_ASSUMPTION", severity: "warning", message: `Unknown assumption '${IMG}'.`, place: { sheet: "Inputs", table: "Assumptions", cell: "A9" } },
];

describe("workbook text in the pane", () => {
  let alert: jest.SpyInstance;
  beforeEach(() => {
    alert = jest.spyOn(window, "alert").mockImplementation(() => undefined);
  });
  afterEach(() => alert.mockRestore());

  it("the issues list shows markup in messages and sheet names as text", () => {
    const { container } = render(
      createElement(FluentProvider, { theme: webLightTheme }, createElement(IssuesList, { issues: hostileIssues, title: "Problems", onGoTo: () => undefined })),
    );
    expect(injectedElements(container)).toEqual([]);
    expect(showsLiterally(`The cell holds ${SCRIPT} where a number belongs.`)).toHaveLength(1);
    expect(showsLiterally(`Unknown assumption '${IMG}'.`)).toHaveLength(1);
    expect(showsLiterally(IMG).map((element) => element.textContent)).toContain(`'${IMG}'!B14`);
    expect(alert).not.toHaveBeenCalled();
  });

  it("the ranked results show markup in option names, reasons and the headline as text", () => {
    const { appraisal, headline } = hostileAppraisal();
    const { container } = render(createElement(FluentProvider, { theme: webLightTheme }, createElement(RankedResults, { appraisal, headline })));
    expect(injectedElements(container)).toEqual([]);
    const options = screen.getAllByRole("rowheader").map((cell) => within(cell).getAllByText(/./)[0]?.textContent);
    expect(options[0]).toBe(IMG);
    expect(options[3]).toBe(IFRAME);
    expect(showsLiterally(`${IMG} has the highest total benefit.`)).toHaveLength(1);
    expect(showsLiterally(SCRIPT).length).toBeGreaterThanOrEqual(3);
    expect(alert).not.toHaveBeenCalled();
  });

  it("the whole pane, before and after a run, creates no element from workbook text", async () => {
    const { appraisal, headline } = hostileAppraisal();
    const tables = tablesFound().map((t) => (t.name === "SavingOpportunities" ? { ...t, sheet: IMG } : t));
    const { container } = await renderApp({
      status: workbookStatus({ tables, issues: [hostileIssues[1] as Issue] }),
      runReport: okRunReport({ appraisal, headline, issues: [{ ...(hostileIssues[0] as Issue), severity: "warning" }] }),
    });
    expect(injectedElements(container)).toEqual([]);
    expect(showsLiterally(IMG).length).toBeGreaterThanOrEqual(2);
    await userEvent.click(screen.getByRole("button", { name: "Run appraisal" }));
    await screen.findByRole("table", { name: /options by rank/i });
    expect(injectedElements(document.body)).toEqual([]);
    expect(showsLiterally(`The cell holds ${SCRIPT} where a number belongs.`)).toHaveLength(1);
    expect(showsLiterally(IFRAME)).toHaveLength(1);
    expect(alert).not.toHaveBeenCalled();
  });
});
