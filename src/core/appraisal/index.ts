export { appraise } from "./appraise";
export * from "./measures";
export { competitionRanks, rankOrder } from "./rank";
export { shortlistDecision } from "./shortlist";
export { headline, listInWords } from "./headline";
