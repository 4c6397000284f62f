export { readInputs, inputFingerprint, INPUT_TABLES, type InputsRead } from "./readInputs";
export type { InputSources, CellRef } from "./sources";
export { KNOWN_ASSUMPTIONS, ASSUMPTIONS_TABLE } from "./readAssumptions";
export { OPTIONS_TABLE } from "./readOptions";
export { SAVINGS_TABLE } from "./readSavings";
export { CRITERIA_TABLE, parseScore } from "./readCriteria";
export { MAX_NAME_LENGTH } from "./cells";
