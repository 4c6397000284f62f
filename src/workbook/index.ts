export * from "./snapshot";
export * from "./writePlan";
export * from "./ownership";
export * from "./read";
export * from "./write";
export { fingerprintTables } from "./fingerprint";
export { normalizeName, cellText, nearest } from "./text";
export { referenceInputTables, emptyInputTables, type InputTemplate } from "./templates/inputTables";
export { runAppraisal, type RunResult } from "./run";
