/**
 * The reference case of the method (the Barnet adult social care outline business case) as the input
 * tables a finance officer would lay out. Used by the example workbook, "Create input tables", tests and
 * benchmarks. Amounts per line follow ../shared/spec/appraisal-method.md; blank is null.
 */
export const REFERENCE_OPTIONS = [
  "Reformed in-house service",
  "NHS shared service",
  "Partnership outside the public sector",
  "The Barnet Group",
  "Public service mutual",
] as const;

export const REFERENCE_ASSUMPTIONS: readonly (readonly [string, number | string])[] = [
  ["In-scope service value", 14603108],
  ["Savings target", 1962000],
  ["Wider savings target", 13107100],
  ["Savings period", "2017/18 - 2019/20"],
  ["Currency", "GBP"],
];

export const REFERENCE_CRITERIA: readonly (readonly [string, string])[] = [
  ["Market appetite", "Gateway"],
  ["Statutory functions", "Gateway"],
  ["Culture change", "Ranking"],
  ["Savings and income", "Ranking"],
  ["Tested elsewhere", "Final gateway"],
];

/** Option, confidence, then one score per criterion in REFERENCE_CRITERIA order. */
export const REFERENCE_OPTION_ROWS: readonly (readonly [string, number, ...string[]])[] = [
  ["Reformed in-house service", 0.85, "Yes", "Yes", "Medium", "Medium", "Yes"],
  ["NHS shared service", 0.85, "Yes", "Yes", "High", "Medium", "Yes"],
  ["Partnership outside the public sector", 0.85, "Yes", "Yes", "Low", "Low", "No"],
  ["The Barnet Group", 0.85, "Yes", "Yes", "Low", "Medium", "No"],
  ["Public service mutual", 0.95, "Yes", "Yes", "High", "High", "Yes"],
];

/** Saving opportunity, risk, then one amount per option in REFERENCE_OPTIONS order. */
export const REFERENCE_SAVING_ROWS: readonly (readonly [string, string, ...(number | null)[]])[] = [
  ["Review Social Care Direct provision and delivery", "Low", 250000, 250000, null, 250000, 250000],
  ["Reduce employee-related costs", "Low", 700000, 450000, 1460000, 550000, 750000],
  ["Management overhead savings", "Low", 300000, 400000, null, 300000, 400000],
  ["Review support functions within Delivery Unit", "Medium", 227660, 100000, null, 211186, 200000],
  ["Efficiencies in contracts with health", "Medium", null, 262833, null, null, 55898],
  ["Passenger transport saving", "Medium", 200000, 100000, null, 200000, 100000],
  ["Enablement service", "High", null, null, null, null, 150000],
  ["Additional income from trading and other sources", "High", null, 100000, null, 100000, 200000],
];
