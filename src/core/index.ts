export * from "./money";
export * from "./model";
export * from "./appraisal";
export * from "./errors";
export * from "./analysis";
