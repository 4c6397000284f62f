/** The ExcelJS file host: .xlsx packages in and out, for the command line and the tests. */
export { loadWorkbook } from "./loadWorkbook";
export { readSnapshot } from "./readSnapshot";
export { applyWritePlan, ownershipConflicts } from "./applyWritePlan";
export { workbookToBuffer } from "./saveWorkbook";
export { droppedParts } from "./droppedParts";
