/**
 * The bad-input corpus: one workbook per way a real workbook goes wrong, each with what the tool should
 * do according to the workbook contract (docs/ERROR-CODES.md has the codes). Places are written as the
 * tool prints them: `Sheet!Cell`, or `Table[Column]` when no single cell is to blame, or the table's name
 * when the whole table is missing. "fileOnly" marks a state Excel itself could not produce (a file made by
 * another program, or damaged), decision 24.
 *
 * Layout of the reference workbook every case starts from (Excel rows, 1-based):
 *   Inputs:  Assumptions A3:C8 (In-scope B4, Savings target B5, Wider target B6, Period B7, Currency B8);
 *            Options A12:G17 (Option, Confidence, then the five criteria; rows 13-17);
 *            Criteria A20:B25 (rows 21-25).
 *   Savings: SavingOpportunities A3:H11 (Saving opportunity, Risk, one money column per option C-G, Notes H).
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import {
  appendRow,
  buildBook,
  dropColumn,
  dropRow,
  dropTable,
  partText,
  patchPart,
  referenceBook,
  renameHeader,
  renameOption,
  setCell,
  tableOf,
  type Book,
  type Value,
} from "./book";

export interface Expected {
  readonly description: string;
  readonly outcome: "results" | "errors";
  /** Every issue code the run reports (errors and warnings), each once. */
  readonly codes: readonly string[];
  /** Every place the run's issues name, as printed. */
  readonly places: readonly string[];
  readonly fileOnly?: true;
}

export interface CorpusCase {
  readonly name: string;
  readonly expected: Expected;
  readonly book: () => Book | Uint8Array | Promise<Uint8Array>;
}

const OPTIONS = ["Reformed in-house service", "NHS shared service", "Partnership outside the public sector", "The Barnet Group", "Public service mutual"] as const;
const [REFORMED, NHS, PARTNERSHIP, BARNET, MUTUAL] = OPTIONS;
const SAVINGS = "SavingOpportunities";

function expectErrors(description: string, codes: string[], places: string[], fileOnly = false): Expected {
  return { description, outcome: "errors", codes, places, ...(fileOnly ? { fileOnly: true as const } : {}) };
}

function expectResults(description: string, codes: string[] = [], places: string[] = [], fileOnly = false): Expected {
  return { description, outcome: "results", codes, places, ...(fileOnly ? { fileOnly: true as const } : {}) };
}

/** A case made from the reference book by one edit. */
function edit(name: string, expected: Expected, change: (book: Book) => void): CorpusCase {
  return {
    name,
    expected,
    book: () => {
      const book = referenceBook();
      change(book);
      return book;
    },
  };
}

/** Text of exactly `length` characters that does not end in a space (names are compared trimmed). */
const long = (length: number, seed: string): string => `${seed.repeat(Math.ceil(length / seed.length)).slice(0, length - 1)}.`;

/** The part of the table with this name. */
async function tablePart(zip: JSZip, name: string): Promise<string> {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p)).sort()) {
    if (new RegExp(`\\sname="${name}"`).test(await partText(zip, path))) return path;
  }
  throw new Error(`no table part for ${name}`);
}

/** The worksheet part for the n-th sheet as ExcelJS writes them (sheet1.xml, sheet2.xml, ... in tab order). */
const sheetPart = (n: number): string => `xl/worksheets/sheet${n}.xml`;

function xmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function decodeXml(xml: string): string {
  return xml.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Every shared-string cell of a sheet rewritten as an inline string, as some exporting programs write them. */
async function inlineStrings(zip: JSZip, sheet: string): Promise<void> {
  const shared = [...(await partText(zip, "xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decodeXml([...(m[1] ?? "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? "").join("")),
  );
  await patchPart(zip, sheet, (xml) =>
    xml.replace(/<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, ref: string, before: string, after: string, index: string) =>
      `<c r="${ref}"${before} t="inlineStr"${after}><is><t xml:space="preserve">${xmlText(shared[Number(index)] ?? "")}</t></is></c>`,
    ),
  );
}

/** Sets the stored value of one numeric cell in a worksheet part, e.g. to `NaN`. */
async function storedNumber(zip: JSZip, sheet: string, ref: string, stored: string): Promise<void> {
  await patchPart(zip, sheet, (xml) => xml.replace(new RegExp(`(<c r="${ref}"[^>]*>)<v>[^<]*</v>`), `$1<v>${stored}</v>`));
}

/** The reference tables typed as plain ranges: the same cells, but no Excel tables. */
function plainRanges(book: Book): void {
  const tables = book.tables;
  book.tables = [];
  book.tweaks.push((workbook: ExcelJS.Workbook) => {
    for (const table of tables) {
      const sheet = workbook.getWorksheet(table.sheet);
      if (!sheet) throw new Error(`no sheet ${table.sheet}`);
      [table.headers as Value[], ...table.rows].forEach((cells, r) =>
        cells.forEach((value, c) => {
          sheet.getCell(table.headerRow + 1 + r, table.left + 1 + c).value = value as ExcelJS.CellValue;
        }),
      );
    }
  });
}

/** Every data row blank (one left, as Excel keeps at least one), or none at all for a header-only table. */
function emptyTable(book: Book, name: string, keepOneRow: boolean): void {
  const table = tableOf(book, name);
  table.rows = keepOneRow ? [table.headers.map(() => null)] : [];
  table.formats = keepOneRow ? [table.headers.map(() => "General")] : [];
}

export const CASES: readonly CorpusCase[] = [
  // --- Tables -------------------------------------------------------------------------------------
  edit("table-assumptions-missing", expectErrors("The Assumptions table is missing.", ["TABLE_MISSING"], ["Assumptions"]), (b) => dropTable(b, "Assumptions")),
  edit("table-options-missing", expectErrors("The Options table is missing.", ["TABLE_MISSING"], ["Options"]), (b) => dropTable(b, "Options")),
  edit("table-savings-missing", expectErrors("The SavingOpportunities table is missing.", ["TABLE_MISSING"], [SAVINGS]), (b) => dropTable(b, SAVINGS)),
  edit(
    "table-none-plain-ranges",
    expectErrors("The inputs are typed in the usual cells but were never made into Excel tables.", ["TABLE_MISSING"], ["Assumptions", "Options", SAVINGS]),
    plainRanges,
  ),
  edit(
    "table-default-name",
    expectErrors("The options were made into a table but it kept Excel's default name 'Table2'.", ["TABLE_MISSING"], ["Options"]),
    (b) => {
      tableOf(b, "Options").name = "Table2";
    },
  ),
  edit("table-names-other-case", expectResults("Table names in other letter case (ASSUMPTIONS, options, savingopportunities) are the same tables."), (b) => {
    tableOf(b, "Assumptions").name = "ASSUMPTIONS";
    tableOf(b, "Options").name = "options";
    tableOf(b, SAVINGS).name = "savingopportunities";
  }),
  edit(
    "table-moved-reordered",
    expectResults("Tables on other sheets at other positions, columns in another order, headers in other case with extra spaces, extra columns: all allowed."),
    (b) => {
      const options = tableOf(b, "Options");
      options.sheet = "Delivery options";
      options.headerRow = 4;
      options.left = 3;
      // Confidence first, then Option; headers in other case with spaces around them.
      const order = [1, 0, 2, 3, 4, 5, 6];
      options.headers = order.map((c) => options.headers[c] ?? "").map((h, i) => (i === 0 ? "confidence" : i === 1 ? "  OPTION " : h));
      options.rows = options.rows.map((row) => order.map((c) => row[c] ?? null));
      options.formats = options.formats.map((row) => order.map((c) => row[c] ?? "General"));
      options.headers.push("Owner");
      options.rows.forEach((row, r) => row.push(`Officer ${r + 1}`));
      options.formats.forEach((row) => row.push("General"));
      const savings = tableOf(b, SAVINGS);
      savings.left = 2;
      savings.headerRow = 6;
    },
  ),
  edit("table-hidden-sheet", expectResults("The Savings sheet is hidden; its table is read like any other."), (b) => {
    b.tweaks.push((workbook) => {
      const sheet = workbook.getWorksheet("Savings");
      if (sheet) sheet.state = "hidden";
    });
  }),
  edit("table-no-criteria", expectResults("No Criteria table: results without a shortlist, as the contract allows."), (b) => {
    dropTable(b, "Criteria");
  }),
  edit(
    "table-options-no-header-row",
    expectErrors("The Options table has its header row switched off (Table Design > Header Row); a confidence of 85 in its first row is named at its real cell.", ["CONFIDENCE_NOT_PERCENT"], ["Inputs!B13"]),
    (b) => {
      tableOf(b, "Options").noHeaderRow = true;
      setCell(b, "Options", 0, "Confidence", 85, "General");
    },
  ),
  edit(
    "table-empty",
    expectErrors("Assumptions, Options and SavingOpportunities each hold only one blank row.", ["ASSUMPTION_MISSING", "OPTIONS_EMPTY"], ["Assumptions[Assumption]", "Inputs!A12"]),
    (b) => {
      emptyTable(b, "Assumptions", true);
      emptyTable(b, "Options", true);
      emptyTable(b, SAVINGS, true);
    },
  ),
  edit(
    "table-header-only",
    expectErrors("Assumptions, Options and SavingOpportunities are header rows with no data rows at all.", ["ASSUMPTION_MISSING", "OPTIONS_EMPTY"], ["Assumptions[Assumption]", "Inputs!A12"], true),
    (b) => {
      emptyTable(b, "Assumptions", false);
      emptyTable(b, "Options", false);
      emptyTable(b, SAVINGS, false);
    },
  ),
  edit("table-savings-empty", expectResults("SavingOpportunities has its columns but no saving lines: every option saves 0."), (b) => emptyTable(b, SAVINGS, true)),
  edit("table-totals-rows", expectResults("Options and SavingOpportunities have a totals row (Table Design > Total Row); a totals row is never data."), (b) => {
    tableOf(b, "Options").totals = [{ label: "Average" }, { fn: "average", result: 0.87 }, null, null, null, null, null];
    tableOf(b, SAVINGS).totals = [{ label: "Total" }, null, { fn: "sum", result: 1677660 }, { fn: "sum", result: 1662833 }, { fn: "sum", result: 1460000 }, { fn: "sum", result: 1611186 }, { fn: "sum", result: 2105898 }, null];
  }),
  edit(
    "table-name-taken",
    expectErrors("The user has a table of their own named RankedResults, the name the tool gives its results table.", ["TABLE_NAME_TAKEN"], ["'My results'!B2"]),
    (b) => {
      b.sheets.push("My results");
      b.tables.push({ name: "RankedResults", sheet: "My results", headerRow: 1, left: 1, headers: ["Option", "Score"], rows: [["Mine", 1]], formats: [["General", "General"]], hidden: [] });
    },
  ),
  edit("sheet-ranked-results-made-by-user", expectErrors("The user made a sheet called 'Ranked Results' themselves.", ["OUTPUT_SHEET_NOT_OWNED"], ["'Ranked Results'!A1"]), (b) => {
    b.sheets.push("Ranked Results");
  }),
  edit("sheet-summary-made-by-user", expectErrors("The user has a sheet called 'summary' (other case) of their own.", ["OUTPUT_SHEET_NOT_OWNED"], ["summary!A1"]), (b) => {
    b.sheets.unshift("summary");
  }),
  edit(
    "sheet-name-needs-quotes",
    expectErrors("Inputs on a sheet named \"Bob's inputs\": the place is quoted as Excel writes it.", ["CONFIDENCE_NOT_PERCENT"], ["'Bob''s inputs'!B13"]),
    (b) => {
      b.sheets[0] = "Bob's inputs";
      b.titles[0] = { sheet: "Bob's inputs", text: "Options appraisal" };
      for (const table of b.tables) if (table.sheet === "Inputs") table.sheet = "Bob's inputs";
      setCell(b, "Options", 0, "Confidence", 85, "General");
    },
  ),

  // --- Columns ------------------------------------------------------------------------------------
  edit("column-confidence-missing", expectErrors("The Options table has no Confidence column.", ["COLUMN_MISSING"], ["Options[Confidence]"]), (b) => dropColumn(b, "Options", "Confidence")),
  edit("column-option-renamed", expectErrors("The Option column is headed 'Delivery option'.", ["COLUMN_MISSING"], ["Options[Option]"]), (b) => renameHeader(b, "Options", "Option", "Delivery option")),
  edit("column-value-renamed", expectErrors("The Assumptions table's Value column is headed 'Amount'.", ["COLUMN_MISSING"], ["Assumptions[Value]"]), (b) => renameHeader(b, "Assumptions", "Value", "Amount")),
  edit("column-risk-missing", expectErrors("SavingOpportunities has no Risk column.", ["COLUMN_MISSING"], ["SavingOpportunities[Risk]"]), (b) => dropColumn(b, SAVINGS, "Risk")),
  edit("column-kind-renamed", expectErrors("The Criteria table's Kind column is headed 'Type'.", ["COLUMN_MISSING"], ["Criteria[Kind]"]), (b) => renameHeader(b, "Criteria", "Kind", "Type")),
  edit(
    "column-risk-duplicate",
    expectErrors("SavingOpportunities has two columns headed 'Risk' (Excel itself renames a repeated header to 'Risk2').", ["COLUMN_DUPLICATE"], ["Savings!H3"], true),
    (b) => renameHeader(b, SAVINGS, "Notes", "Risk"),
  ),
  edit(
    "column-value-duplicate",
    expectErrors("Assumptions has columns 'Value' and 'value' (Excel compares headers without case and would not allow it).", ["COLUMN_DUPLICATE"], ["Inputs!C3"], true),
    (b) => renameHeader(b, "Assumptions", "Notes", "value"),
  ),
  edit(
    "column-option-misspelt",
    expectErrors("The Barnet Group's money column is headed 'Barnet Group Ltd'.", ["OPTION_COLUMN_MISSING", "UNKNOWN_OPTION_COLUMN"], ["SavingOpportunities[The Barnet Group]", "Savings!F3"]),
    (b) => renameHeader(b, SAVINGS, BARNET, "Barnet Group Ltd"),
  ),
  edit("column-option-missing", expectErrors("The Barnet Group has no money column.", ["OPTION_COLUMN_MISSING"], ["SavingOpportunities[The Barnet Group]"]), (b) => dropColumn(b, SAVINGS, BARNET)),
  edit(
    "column-year-with-numbers",
    expectErrors("An extra column headed '2019/20' holds numbers: it looks like an option's money under a wrong header.", ["UNKNOWN_OPTION_COLUMN"], ["Savings!I3"]),
    (b) => {
      const savings = tableOf(b, SAVINGS);
      savings.headers.push("2019/20");
      savings.rows.forEach((row, r) => row.push(r === 0 ? 125000 : null));
      savings.formats.forEach((row) => row.push("General"));
    },
  ),
  edit("column-notes-text-only", expectResults("Notes and an extra 'Owner' column hold only text: they are notes, ignored."), (b) => {
    const savings = tableOf(b, SAVINGS);
    savings.headers.push("Owner");
    savings.rows.forEach((row, r) => {
      row[7] = r % 2 === 0 ? "Agreed with finance" : "To be confirmed";
      row.push(r < 4 ? "Head of ASC" : "");
    });
    savings.formats.forEach((row) => row.push("General"));
  }),

  // --- Options and names --------------------------------------------------------------------------
  edit("option-duplicate", expectErrors("NHS shared service is listed twice.", ["OPTION_DUPLICATE"], ["Inputs!A18"]), (b) =>
    appendRow(b, "Options", [NHS, 0.5, "Yes", "Yes", "High", "High", "Yes"], ["General", "0%", "General", "General", "General", "General", "General"]),
  ),
  edit("option-duplicate-case-spaces", expectErrors("'  nhs SHARED service ' repeats NHS shared service (case and spaces are ignored).", ["OPTION_DUPLICATE"], ["Inputs!A18"]), (b) =>
    appendRow(b, "Options", ["  nhs SHARED service ", 0.5, "Yes", "Yes", "High", "High", "Yes"], ["General", "0%", "General", "General", "General", "General", "General"]),
  ),
  edit(
    "option-name-blank",
    expectErrors("An option row has a confidence and scores but no name; its money column is then headed by no option.", ["NAME_BLANK", "UNKNOWN_OPTION_COLUMN"], ["Inputs!A13", "Savings!C3"]),
    (b) => setCell(b, "Options", 0, "Option", null),
  ),
  edit(
    "option-name-too-long",
    expectErrors("An option's name is 300 characters, in Options and as its money column's header (Excel limits a header to 255).", ["NAME_TOO_LONG"], ["Inputs!A13"], true),
    (b) => renameOption(b, REFORMED, long(300, "Reformed in-house service with a very long description ")),
  ),
  edit(
    "criterion-name-too-long",
    expectErrors("A criterion's name is 256 characters, in Criteria and as the Options column's header (Excel limits a header to 255).", ["NAME_TOO_LONG"], ["Inputs!A21"], true),
    (b) => {
      const name = long(256, "Market appetite ");
      setCell(b, "Criteria", 0, "Criterion", name);
      renameHeader(b, "Options", "Market appetite", name);
    },
  ),
  edit("line-name-10000-characters", expectErrors("A saving opportunity's name is 10,000 characters long.", ["NAME_TOO_LONG"], ["Savings!A4"]), (b) =>
    setCell(b, SAVINGS, 0, "Saving opportunity", long(10000, "Review Social Care Direct provision and delivery. ")),
  ),
  edit("line-name-blank", expectErrors("A saving line has amounts but no name.", ["NAME_BLANK"], ["Savings!A6"]), (b) => setCell(b, SAVINGS, 2, "Saving opportunity", "   ")),
  edit("text-10000-characters-in-notes", expectResults("10,000-character text in a Notes cell and as the savings period."), (b) => {
    setCell(b, SAVINGS, 3, "Notes", long(10000, "A long note pasted from an email. "));
    setCell(b, "Assumptions", 3, "Value", long(10000, "2017/18 - 2019/20 "));
  }),
  edit("names-welsh-chinese-arabic-emoji", expectResults("Option names in Welsh (with an apostrophe), Chinese, Arabic and with emoji."), (b) => {
    renameOption(b, REFORMED, "Gwasanaeth mewnol wedi'i ddiwygio");
    renameOption(b, NHS, "国民保健服务共享服务");
    renameOption(b, PARTNERSHIP, "شراكة خارج القطاع العام");
    renameOption(b, BARNET, "Grŵp Barnet 🏢");
    renameOption(b, MUTUAL, "Cydfuddiannol 🤝✨ #1 [draft]");
    setCell(b, SAVINGS, 0, "Saving opportunity", "Adolygu darpariaeth Gofal Cymdeithasol Uniongyrchol");
    setCell(b, SAVINGS, 1, "Saving opportunity", "减少员工相关费用");
    setCell(b, SAVINGS, 2, "Saving opportunity", "وفورات النفقات الإدارية");
  }),
  edit("names-look-like-formulas", expectResults("Option and line names that start like formulas: '=SUM(A1)', '+44', '-x', '@user', '=HYPERLINK(...)'."), (b) => {
    renameOption(b, REFORMED, "=SUM(A1)");
    renameOption(b, NHS, "+44 20 7946 0000");
    renameOption(b, PARTNERSHIP, "-x");
    renameOption(b, BARNET, "@user");
    renameOption(b, MUTUAL, '=HYPERLINK("https://example.org","click")');
    setCell(b, SAVINGS, 0, "Saving opportunity", "=1+1");
    setCell(b, SAVINGS, 1, "Saving opportunity", "-£500 a month");
    setCell(b, SAVINGS, 2, "Saving opportunity", "@mention");
  }),
  edit("names-numbers-and-booleans", expectResults("Options named by a number (2024) and a boolean (TRUE); their money columns are headed '2024' and 'TRUE'."), (b) => {
    setCell(b, "Options", 0, "Option", 2024);
    renameHeader(b, SAVINGS, REFORMED, "2024");
    setCell(b, "Options", 1, "Option", true);
    renameHeader(b, SAVINGS, NHS, "TRUE");
  }),
  edit("names-extra-spaces-line-breaks", expectResults("Option names with doubled spaces, a line break (Alt+Enter) and non-breaking spaces still match their headers."), (b) => {
    setCell(b, "Options", 0, "Option", "  Reformed  in-house\u00a0service ");
    setCell(b, "Options", 1, "Option", "NHS shared\nservice");
    renameHeader(b, SAVINGS, PARTNERSHIP, " Partnership outside the public sector  ");
  }),

  // --- Assumptions --------------------------------------------------------------------------------
  edit("assumption-missing", expectErrors("The Wider savings target row is missing.", ["ASSUMPTION_MISSING"], ["Assumptions[Assumption]"]), (b) => dropRow(b, "Assumptions", 2)),
  edit("assumption-duplicate", expectErrors("The Savings target is given on two rows.", ["ASSUMPTION_DUPLICATE"], ["Inputs!A9"]), (b) => appendRow(b, "Assumptions", ["Savings target", 2000000, null])),
  edit(
    "assumption-misspelt",
    expectErrors("'Savings targett': an unknown assumption (with the nearest known name), so the savings target is missing.", ["ASSUMPTION_MISSING", "ASSUMPTION_UNKNOWN"], ["Assumptions[Assumption]", "Inputs!A5"]),
    (b) => setCell(b, "Assumptions", 1, "Assumption", "Savings targett"),
  ),
  edit("assumption-unknown-extra", expectResults("An extra assumption 'Contingency' the tool does not know: a warning, never silently ignored.", ["ASSUMPTION_UNKNOWN"], ["Inputs!A9"]), (b) =>
    appendRow(b, "Assumptions", ["Contingency", 50000, null]),
  ),
  edit(
    "assumption-risk-weight-misspelt",
    expectResults("'Risk weight Hihg' (decision 8's example): an unknown assumption, warned with the nearest known name, never silently ignored.", ["ASSUMPTION_UNKNOWN"], ["Inputs!A9"]),
    (b) => appendRow(b, "Assumptions", ["Risk weight Hihg", 0.5, null], ["General", "0%", "General"]),
  ),
  edit("assumption-target-blank", expectErrors("The Savings target is blank.", ["AMOUNT_BLANK"], ["Inputs!B5"]), (b) => setCell(b, "Assumptions", 1, "Value", null)),
  edit("assumption-target-zero", expectErrors("The Savings target is 0.", ["TARGET_NOT_POSITIVE"], ["Inputs!B5"]), (b) => setCell(b, "Assumptions", 1, "Value", 0)),
  edit(
    "assumption-target-negative-text",
    expectErrors("The Savings target is the text '-£500': read (with a warning) as -500, which is not more than 0.", ["AMOUNT_TEXT", "TARGET_NOT_POSITIVE"], ["Inputs!B5"]),
    (b) => setCell(b, "Assumptions", 1, "Value", "-£500"),
  ),
  edit("assumption-wider-negative", expectErrors("The Wider savings target is negative.", ["WIDER_TARGET_NEGATIVE"], ["Inputs!B6"]), (b) => setCell(b, "Assumptions", 2, "Value", -1)),
  edit("assumption-currency-unknown", expectResults("The Currency is 'Pounds', not a three-letter code: GBP is used, with a warning.", ["CURRENCY_UNKNOWN"], ["Inputs!B8"]), (b) => setCell(b, "Assumptions", 4, "Value", "Pounds")),

  // --- Confidence ---------------------------------------------------------------------------------
  edit("confidence-typed-85", expectErrors("Confidence typed as 85 in a General cell (meant 85%).", ["CONFIDENCE_NOT_PERCENT"], ["Inputs!B13"]), (b) => setCell(b, "Options", 0, "Confidence", 85, "General")),
  edit("confidence-8500-percent", expectErrors("85 typed into a 0% cell: 8500%.", ["CONFIDENCE_OVER_100"], ["Inputs!B14"]), (b) => setCell(b, "Options", 1, "Confidence", 85, "0%")),
  edit("confidence-150-general", expectErrors("Confidence 150 in a General cell: over 100.", ["CONFIDENCE_OVER_100"], ["Inputs!B15"]), (b) => setCell(b, "Options", 2, "Confidence", 150, "General")),
  edit("confidence-negative", expectErrors("Confidence -10%.", ["CONFIDENCE_NEGATIVE"], ["Inputs!B16"]), (b) => setCell(b, "Options", 3, "Confidence", -0.1, "0%")),
  edit("confidence-blank", expectErrors("An option's confidence is blank.", ["CONFIDENCE_BLANK"], ["Inputs!B17"]), (b) => setCell(b, "Options", 4, "Confidence", null)),
  edit("confidence-word", expectErrors("Confidence given as the word 'High'.", ["CONFIDENCE_NOT_NUMBER"], ["Inputs!B13"]), (b) => setCell(b, "Options", 0, "Confidence", "High")),
  edit("confidence-text-85", expectErrors("Confidence typed as the text '85'.", ["CONFIDENCE_NOT_PERCENT"], ["Inputs!B13"]), (b) => setCell(b, "Options", 0, "Confidence", "85", "@")),
  edit("confidence-as-text", expectResults("Confidence typed as text ('85%, ' 0.9'): read, with a warning each.", ["CONFIDENCE_TEXT"], ["Inputs!B13", "Inputs!B14"]), (b) => {
    setCell(b, "Options", 0, "Confidence", "85%", "@");
    setCell(b, "Options", 1, "Confidence", " 0.9", "@");
  }),
  edit("confidence-0-and-100", expectResults("Confidences of exactly 0% and 100% (stored 0 and 1) are allowed."), (b) => {
    setCell(b, "Options", 0, "Confidence", 0);
    setCell(b, "Options", 1, "Confidence", 1);
  }),

  // --- Criteria and scores ------------------------------------------------------------------------
  edit("criterion-kind-unknown", expectErrors("A criterion's kind is 'Essential'.", ["CRITERION_UNKNOWN_KIND"], ["Inputs!B23"]), (b) => setCell(b, "Criteria", 2, "Kind", "Essential")),
  edit("criterion-duplicate", expectErrors("Market appetite is named twice in Criteria.", ["CRITERION_DUPLICATE"], ["Inputs!A26"]), (b) => appendRow(b, "Criteria", ["market appetite ", "Gateway"])),
  edit("criterion-column-missing", expectErrors("Criteria names 'Value for money', which has no column in Options.", ["CRITERION_COLUMN_MISSING"], ["Inputs!A26"]), (b) => appendRow(b, "Criteria", ["Value for money", "Ranking"])),
  edit("score-invalid-and-blank", expectErrors("A gateway score 'Maybe' and a blank ranking score.", ["SCORE_BLANK", "SCORE_INVALID"], ["Inputs!C13", "Inputs!E14"]), (b) => {
    setCell(b, "Options", 0, "Market appetite", "Maybe");
    setCell(b, "Options", 1, "Culture change", null);
  }),
  edit("score-symbols-and-case", expectResults("Gateway scores as ✓, √, ✗, TRUE/FALSE (booleans) and Y; ranking scores in other case with spaces."), (b) => {
    setCell(b, "Options", 0, "Market appetite", "✓");
    setCell(b, "Options", 1, "Market appetite", "√");
    setCell(b, "Options", 2, "Tested elsewhere", "✗");
    setCell(b, "Options", 3, "Statutory functions", true);
    setCell(b, "Options", 3, "Tested elsewhere", false);
    setCell(b, "Options", 4, "Statutory functions", "y");
    setCell(b, "Options", 0, "Culture change", " medium ");
    setCell(b, "Options", 4, "Savings and income", "HIGH");
  }),

  // --- Risks --------------------------------------------------------------------------------------
  edit("risk-unknown", expectErrors("A saving's risk is 'Very high'.", ["RISK_UNKNOWN"], ["Savings!B8"]), (b) => setCell(b, SAVINGS, 4, "Risk", "Very high")),
  edit("risk-blank", expectErrors("A saving's risk is blank.", ["RISK_UNKNOWN"], ["Savings!B4"]), (b) => setCell(b, SAVINGS, 0, "Risk", null)),

  // --- Money --------------------------------------------------------------------------------------
  edit(
    "money-text-accepted",
    expectResults(
      "Amounts stored as text in the forms officers use ('£250,000', '1,234.50', '-£500', ' 250000 ', '(1,234)', 'GBP 1,000'): read, with a warning per cell, and each total written as a fixed figure.",
      ["AMOUNT_TEXT", "TOTAL_FIXED"],
      ["Savings!C4", "Savings!D4", "Savings!E5", "Savings!F4", "Savings!G4", "Savings!G5", ...OPTIONS.map((o) => `SavingOpportunities[${o}]`)],
    ),
    (b) => {
      setCell(b, SAVINGS, 0, REFORMED, "£250,000", "@");
      setCell(b, SAVINGS, 0, NHS, "1,234.50", "@");
      setCell(b, SAVINGS, 1, PARTNERSHIP, "-£500", "@");
      setCell(b, SAVINGS, 0, BARNET, " 250000 ", "@");
      setCell(b, SAVINGS, 0, MUTUAL, "(1,234)", "@");
      setCell(b, SAVINGS, 1, MUTUAL, "GBP 1,000", "@");
    },
  ),
  edit("money-text-millions", expectErrors("An amount typed as '1.2m'.", ["AMOUNT_NOT_NUMBER"], ["Savings!D5"]), (b) => setCell(b, SAVINGS, 1, NHS, "1.2m")),
  edit("money-text-percent", expectErrors("An amount typed as '45%'.", ["AMOUNT_NOT_NUMBER"], ["Savings!D5"]), (b) => setCell(b, SAVINGS, 1, NHS, "45%")),
  edit("money-text-european", expectErrors("An amount typed the continental way, '1.234,50'.", ["AMOUNT_NOT_NUMBER"], ["Savings!D5"]), (b) => setCell(b, SAVINGS, 1, NHS, "1.234,50")),
  edit("money-text-words", expectErrors("Amounts typed as 'about 450k', '-' and 'TBC'.", ["AMOUNT_NOT_NUMBER"], ["Savings!D5", "Savings!E4", "Savings!C8"]), (b) => {
    setCell(b, SAVINGS, 1, NHS, "about 450k");
    setCell(b, SAVINGS, 0, PARTNERSHIP, "-");
    setCell(b, SAVINGS, 4, REFORMED, "TBC");
  }),
  edit("money-boolean", expectErrors("An amount cell holds TRUE.", ["AMOUNT_NOT_NUMBER"], ["Savings!D5"]), (b) => setCell(b, SAVINGS, 1, NHS, true)),
  edit("money-huge", expectResults("Amounts of 1e15 (a thousand trillion) in the assumptions and the savings."), (b) => {
    setCell(b, "Assumptions", 0, "Value", 1e15);
    setCell(b, SAVINGS, 1, REFORMED, 1e15);
    setCell(b, SAVINGS, 1, MUTUAL, 999999999999999);
  }),
  edit("money-tiny", expectResults("Amounts of 0.001 and a savings target of 0.001."), (b) => {
    setCell(b, "Assumptions", 1, "Value", 0.001);
    for (const option of OPTIONS) setCell(b, SAVINGS, 6, option, 0.001);
  }),
  edit("money-formulas", expectResults("Amounts given as formulas with cached results (0 included)."), (b) => {
    setCell(b, SAVINGS, 0, REFORMED, { formula: "125000*2", result: 250000 });
    setCell(b, SAVINGS, 1, NHS, { formula: "SUM(400000,50000)", result: 450000 });
    setCell(b, SAVINGS, 2, MUTUAL, { formula: "400000-400000", result: 0 });
    setCell(b, "Assumptions", 1, "Value", { formula: "1962000", result: 1962000 });
  }),

  // --- Excel error values -------------------------------------------------------------------------
  edit(
    "errors-typed",
    expectErrors("Excel error values in inputs: #REF! in an amount, #N/A in a risk, #DIV/0! in a confidence, #VALUE! in an assumption.", ["CELL_ERROR"], ["Savings!D5", "Savings!B6", "Inputs!B14", "Inputs!B4"]),
    (b) => {
      setCell(b, SAVINGS, 1, NHS, { error: "#REF!" });
      setCell(b, SAVINGS, 2, "Risk", { error: "#N/A" });
      setCell(b, "Options", 1, "Confidence", { error: "#DIV/0!" });
      setCell(b, "Assumptions", 0, "Value", { error: "#VALUE!" });
    },
  ),
  edit(
    "errors-from-formulas",
    expectErrors("Formulas whose cached results are errors: =1/0 in an amount, a VLOOKUP giving #N/A as a confidence.", ["CELL_ERROR"], ["Savings!C4", "Inputs!B15"]),
    (b) => {
      setCell(b, SAVINGS, 0, REFORMED, { formula: "1/0", result: { error: "#DIV/0!" } });
      setCell(b, "Options", 2, "Confidence", { formula: 'VLOOKUP("x",A13:A17,1,FALSE)', result: { error: "#N/A" } });
    },
  ),
  edit("errors-in-names-and-kinds", expectErrors("#N/A as a saving line's name and #REF! as a criterion's kind.", ["CELL_ERROR"], ["Savings!A7", "Inputs!B22"]), (b) => {
    setCell(b, SAVINGS, 3, "Saving opportunity", { error: "#N/A" });
    setCell(b, "Criteria", 1, "Kind", { error: "#REF!" });
  }),

  // --- Layout: merges and hidden rows -------------------------------------------------------------
  edit("merged-title-outside-tables", expectResults("The title above the tables is merged across A1:H1, as officers do; merges outside the tables do not matter."), (b) => {
    b.tweaks.push((workbook) => {
      workbook.getWorksheet("Savings")?.mergeCells("A1:H1");
      workbook.getWorksheet("Inputs")?.mergeCells("A1:G1");
    });
  }),
  edit(
    "merged-amount-cells",
    expectResults("Two amounts merged into one cell (C5:D5) inside the table: like Excel, the merged-away cell reads as blank, which is 0.", [], [], true),
    (b) => {
      b.tweaks.push((workbook) => workbook.getWorksheet("Savings")?.mergeCells("C5:D5"));
    },
  ),
  edit(
    "merged-name-and-confidence",
    expectErrors("An option's name merged across its confidence cell (A13:B13): the confidence reads as blank.", ["CONFIDENCE_BLANK"], ["Inputs!B13"], true),
    (b) => {
      b.tweaks.push((workbook) => workbook.getWorksheet("Inputs")?.mergeCells("A13:B13"));
    },
  ),
  edit(
    "merged-header-cells",
    expectErrors("Two option headers merged (C3:D3): the NHS column's header reads as blank, and that column holds amounts.", ["OPTION_COLUMN_MISSING", "UNKNOWN_OPTION_COLUMN"], ["SavingOpportunities[NHS shared service]", "Savings!D3"], true),
    (b) => {
      b.tweaks.push((workbook) => workbook.getWorksheet("Savings")?.mergeCells("C3:D3"));
    },
  ),
  edit("hidden-rows", expectResults("Hidden rows in Options and SavingOpportunities count, each with a warning.", ["HIDDEN_ROW"], ["Inputs!A14", "Savings!A6"]), (b) => {
    tableOf(b, "Options").hidden = [1];
    tableOf(b, SAVINGS).hidden = [2];
  }),
  edit("hidden-criteria-row", expectResults("A hidden row in the Criteria table counts, with a warning.", ["HIDDEN_ROW"], ["Inputs!A21"]), (b) => {
    tableOf(b, "Criteria").hidden = [0];
  }),
  edit("hidden-assumption-row", expectResults("A hidden row in the Assumptions table counts, with a warning (decision 7).", ["HIDDEN_ROW"], ["Inputs!A5"]), (b) => {
    tableOf(b, "Assumptions").hidden = [1];
  }),

  // --- Packages that Excel would not write --------------------------------------------------------
  edit("package-inline-strings", expectResults("Every text cell on the Savings sheet stored as an inline string, as some exporting programs write them.", [], [], true), (b) => {
    b.patches.push((zip) => inlineStrings(zip, sheetPart(2)));
  }),
  edit(
    "package-named-constant",
    expectResults("A named constant (VatRate = 0.2, made in Name Manager), which the command line's copy cannot carry: a warning names it.", ["PARTS_NOT_COPIED"], []),
    (b) => {
      b.patches.push((zip) => patchPart(zip, "xl/workbook.xml", (xml) => xml.replace("</sheets>", '</sheets><definedNames><definedName name="VatRate">0.2</definedName></definedNames>')));
    },
  ),
  edit(
    "package-nan-values",
    expectErrors("Cells whose stored number is NaN: a confidence and an amount.", ["AMOUNT_NOT_NUMBER", "CONFIDENCE_NOT_NUMBER"], ["Inputs!B13", "Savings!C5"], true),
    (b) => {
      b.patches.push((zip) => storedNumber(zip, sheetPart(1), "B13", "NaN"));
      b.patches.push((zip) => storedNumber(zip, sheetPart(2), "C5", "NaN"));
    },
  ),
  edit(
    "package-table-part-missing",
    expectErrors("The Options table's part is missing from the package (the sheet still points at it): the file is damaged, and Excel would offer to repair it.", ["WORKBOOK_UNREADABLE"], [], true),
    (b) => {
      b.patches.push(async (zip) => {
        zip.remove(await tablePart(zip, "Options"));
      });
    },
  ),
  {
    name: "package-truncated",
    expected: expectErrors("The file is cut short (half of a saved workbook), as after a failed copy.", ["WORKBOOK_UNREADABLE"], [], true),
    book: async () => {
      const whole = await buildBook(referenceBook());
      return whole.slice(0, Math.floor(whole.length / 2));
    },
  },
  {
    name: "package-not-a-workbook",
    expected: expectErrors("A CSV file saved with an .xlsx name.", ["WORKBOOK_UNREADABLE"], [], true),
    book: () => new TextEncoder().encode("Option,Confidence\nIn-house,85%\n"),
  },
];
