import { appraise, formatPlace, type Issue } from "../../core";
import { readInputs } from "../read";
import { REFERENCE_FIGURES, referenceModel } from "../../../test/helpers/referenceModel";
import { appendRow, dropRow, editTable, referenceSnapshot, renameHeader, setCell } from "../../../test/helpers/snapshots";

const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === "error").map((i) => `${i.code} ${formatPlace(i.place)}`);
const warnings = (issues: readonly Issue[]) => issues.filter((i) => i.severity === "warning").map((i) => `${i.code} ${formatPlace(i.place)}`);

function read(snapshot = referenceSnapshot()) {
  return readInputs(snapshot);
}

describe("readInputs on the reference tables", () => {
  const result = read();
  it("reads the model the engine expects, with no issue", () => {
    expect(result.issues).toEqual([]);
    if (!result.ok) throw new Error("not read");
    const appraisal = appraise(result.input);
    expect(appraisal.results.map((r) => r.totalBenefit.toNumber())).toEqual(REFERENCE_FIGURES.totalBenefit);
    expect(appraisal.results.map((r) => r.rank)).toEqual(REFERENCE_FIGURES.rank);
    expect(result.input.options.map((o) => o.name)).toEqual(referenceModel().options.map((o) => o.name));
  });
  it("records where each input came from", () => {
    if (!result.ok) throw new Error("not read");
    expect(result.sources.assumptions.savingsTarget).toEqual({ sheet: "Inputs", row: 4, col: 1 });
    expect(result.sources.savings.optionHeaders[4]).toBe("Public service mutual");
    expect(result.sources.fingerprint).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe("readInputs on an empty workbook", () => {
  it("reports every missing required table at once, each with its name", () => {
    const read = readInputs({ tables: [], sheets: [{ name: "Sheet1" }] });
    expect(read.ok).toBe(false);
    expect(read.issues.map((issue) => `${issue.code} ${issue.place?.table ?? ""}`)).toEqual([
      "TABLE_MISSING Assumptions",
      "TABLE_MISSING Options",
      "TABLE_MISSING SavingOpportunities",
    ]);
  });
});

describe("readInputs: tolerance a finance officer expects", () => {
  it("matches table names, headers and assumption names case-insensitively, ignoring surrounding spaces", () => {
    let snapshot = renameHeader(referenceSnapshot(), "SavingOpportunities", "Public service mutual", "  PUBLIC service Mutual ");
    snapshot = renameHeader(snapshot, "Options", "Confidence", "confidence");
    snapshot = setCell(snapshot, "Assumptions", 1, "Assumption", " savings TARGET ");
    snapshot = { ...snapshot, tables: snapshot.tables.map((t) => (t.name === "Options" ? { ...t, name: "OPTIONS" } : t)) };
    const result = read(snapshot);
    expect(errors(result.issues)).toEqual([]);
  });
  it("accepts finance-style text amounts with a warning naming the cell", () => {
    const result = read(setCell(referenceSnapshot(), "SavingOpportunities", 0, "Public service mutual", "£250,000"));
    expect(warnings(result.issues)).toEqual(["AMOUNT_TEXT Savings!G4"]);
    if (!result.ok) throw new Error("not read");
    expect(result.sources.savings.hasTextAmounts).toEqual([false, false, false, false, true]);
    expect(appraise(result.input).results[4]?.totalBenefit.toNumber()).toBe(14557643);
  });
  it("ignores a line of blanks and a notes column of text", () => {
    let snapshot = appendRow(referenceSnapshot(), "SavingOpportunities", [null, null, null, null, null, null, null, "a note"]);
    snapshot = setCell(snapshot, "SavingOpportunities", 1, "Notes", "from the OBC, p. 12");
    expect(read(snapshot).issues).toEqual([]);
  });
  it("counts a hidden row, with a warning", () => {
    const snapshot = referenceSnapshot();
    const hidden = { ...snapshot, tables: snapshot.tables.map((t) => (t.name === "SavingOpportunities" ? { ...t, hiddenRows: t.rows.map((_, r) => r === 2) } : t)) };
    const result = read(hidden);
    expect(warnings(result.issues)).toEqual(["HIDDEN_ROW Savings!A6"]);
    expect(result.ok).toBe(true);
  });
  it("warns about an unknown assumption with the nearest known name", () => {
    const result = read(appendRow(referenceSnapshot(), "Assumptions", ["Savings targt", 5, null]));
    expect(result.issues.map((i) => i.message).join()).toContain("nearest: 'Savings target'");
    expect(result.ok).toBe(true);
  });
  it("forms no shortlist without a Criteria table", () => {
    const snapshot = referenceSnapshot();
    const result = read({ ...snapshot, tables: snapshot.tables.filter((t) => t.name !== "Criteria") });
    if (!result.ok) throw new Error("not read");
    expect(result.input.criteria).toBeUndefined();
  });
});

describe("readInputs: bad input gives every error at once, with its place", () => {
  const cases: [string, () => ReturnType<typeof referenceSnapshot>, string[]][] = [
    ["confidence typed as 85", () => setCell(referenceSnapshot(), "Options", 0, "Confidence", 85, "General"), ["CONFIDENCE_NOT_PERCENT Inputs!B13"]],
    ["85 typed into a percent cell", () => setCell(referenceSnapshot(), "Options", 0, "Confidence", 85, "0%"), ["CONFIDENCE_OVER_100 Inputs!B13"]],
    ["text that is not an amount", () => setCell(referenceSnapshot(), "SavingOpportunities", 1, "NHS shared service", "about 450k"), ["AMOUNT_NOT_NUMBER Savings!D5"]],
    ["a missing option column", () => editTable(referenceSnapshot(), "SavingOpportunities", (t) => ({ ...t, headers: t.headers.slice(0, 5).concat(t.headers.slice(6)), rows: t.rows.map((r) => r.slice(0, 5).concat(r.slice(6))) })), ["OPTION_COLUMN_MISSING SavingOpportunities[The Barnet Group]"]],
    ["an unknown option column with amounts", () => renameHeader(referenceSnapshot(), "SavingOpportunities", "The Barnet Group", "Barnet Group"), ["UNKNOWN_OPTION_COLUMN Savings!F3", "OPTION_COLUMN_MISSING SavingOpportunities[The Barnet Group]"]],
    ["a duplicate option", () => appendRow(referenceSnapshot(), "Options", ["reformed in-house SERVICE", 0.5, "Yes", "Yes", "High", "High", "Yes"]), ["OPTION_DUPLICATE Inputs!A18"]],
    ["a missing assumption", () => dropRow(referenceSnapshot(), "Assumptions", 1), ["ASSUMPTION_MISSING Assumptions[Assumption]"]],
    ["an unknown risk level", () => setCell(referenceSnapshot(), "SavingOpportunities", 3, "Risk", "Med"), ["RISK_UNKNOWN Savings!B7"]],
    ["an Excel error in an amount", () => setCell(referenceSnapshot(), "SavingOpportunities", 0, "NHS shared service", { error: "#REF!" }), ["CELL_ERROR Savings!D4"]],
    ["a savings target of 0", () => setCell(referenceSnapshot(), "Assumptions", 1, "Value", 0), ["TARGET_NOT_POSITIVE Inputs!B5"]],
    ["an invalid gateway score", () => setCell(referenceSnapshot(), "Options", 2, "Market appetite", "Maybe"), ["SCORE_INVALID Inputs!C15"]],
    ["an unknown criterion kind", () => setCell(referenceSnapshot(), "Criteria", 0, "Kind", "Gate"), ["CRITERION_UNKNOWN_KIND Inputs!B21"]],
    ["a name longer than 255 characters", () => setCell(referenceSnapshot(), "SavingOpportunities", 0, "Saving opportunity", "x".repeat(256)), ["NAME_TOO_LONG Savings!A4"]],
    ["a missing table", () => ({ ...referenceSnapshot(), tables: referenceSnapshot().tables.filter((t) => t.name !== "Options") }), ["TABLE_MISSING Options"]],
  ];
  it.each(cases)("%s", (_, make, expected) => {
    const result = read(make());
    expect(result.ok).toBe(false);
    expect(errors(result.issues)).toEqual(expected);
  });
  it("reports several problems in one run", () => {
    let snapshot = setCell(referenceSnapshot(), "Options", 0, "Confidence", 85, "General");
    snapshot = setCell(snapshot, "SavingOpportunities", 3, "Risk", "Med");
    snapshot = dropRow(snapshot, "Assumptions", 2);
    expect(errors(read(snapshot).issues)).toEqual(["ASSUMPTION_MISSING Assumptions[Assumption]", "CONFIDENCE_NOT_PERCENT Inputs!B13", "RISK_UNKNOWN Savings!B7"]);
  });
});
