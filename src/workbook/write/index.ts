export { planOutputs } from "./planOutputs";
export { checkOutputSheets, notOwnedIssue, OUTPUT_SHEETS, RESULTS_TABLE, BANNER } from "./outputs";
export { RESULTS_COLUMNS, RESULTS_HEADER_ROW, type PlanNote } from "./rankedResultsSheet";
export type { RunStamp } from "./summarySheet";
export { tableColumn, absoluteCell, formulaLiteral } from "./references";
export { moneyFormat, PERCENT_FORMAT } from "./formats";
