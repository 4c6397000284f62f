import { hasErrors, type AppraisalInput, type Issue, type SavingsProfileYear } from "../../core";
import { fingerprintTables } from "../fingerprint";
import { IssueLog } from "../issues";
import type { WorkbookSnapshot } from "../snapshot";
import { normalizeName } from "../text";
import { ASSUMPTIONS_TABLE, readAssumptions } from "./readAssumptions";
import { CRITERIA_TABLE, readCriteria } from "./readCriteria";
import { OPTIONS_TABLE, readOptions } from "./readOptions";
import { readRobustness, type RobustnessRead } from "./readRobustness";
import { SAVINGS_TABLE, readSavings } from "./readSavings";
import { PROFILE_TABLE, readSavingsProfile } from "./readSavingsProfile";
import type { InputSources } from "./sources";

export const INPUT_TABLES = [ASSUMPTIONS_TABLE, OPTIONS_TABLE, SAVINGS_TABLE, CRITERIA_TABLE, PROFILE_TABLE] as const;

export type InputsRead =
  | {
      readonly ok: true;
      readonly input: AppraisalInput;
      readonly sources: InputSources;
      /** The robustness settings used, each with its source (assumption or default). */
      readonly robustness: RobustnessRead;
      /** The savings profile by year; null when the workbook has none. */
      readonly profile: readonly SavingsProfileYear[] | null;
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Reads and checks every input table, collecting every problem at once; the input is given only when there is no error. */
export function readInputs(workbook: WorkbookSnapshot): InputsRead {
  const log = new IssueLog();
  const assumptions = readAssumptions(workbook, log);
  const criteria = readCriteria(workbook, log);
  const options = readOptions(workbook, criteria === "broken" ? undefined : criteria, log);
  const savings = readSavings(workbook, options?.names, log);
  const robustness = assumptions ? readRobustness(assumptions, log) : undefined;
  const profile = options?.complete ? readSavingsProfile(workbook, options.names, log) : undefined;

  const money = assumptions?.money;
  const { inScopeServiceValue, savingsTarget, widerSavingsTarget } = money ?? {};
  if (hasErrors(log.issues) || !assumptions || !inScopeServiceValue || !savingsTarget || !widerSavingsTarget || !options?.complete || !savings || criteria === "broken" || !robustness || profile === undefined) {
    return { ok: false, issues: log.issues };
  }
  const input: AppraisalInput = {
    assumptions: {
      inScopeServiceValue: inScopeServiceValue.value,
      savingsTarget: savingsTarget.value,
      widerSavingsTarget: widerSavingsTarget.value,
      currency: assumptions.currency,
      ...(assumptions.savingsPeriod ? { savingsPeriod: assumptions.savingsPeriod } : {}),
    },
    options: options.options,
    savingOpportunities: savings.lines,
    ...(criteria ? { criteria: criteria.criteria } : {}),
  };
  const sources: InputSources = {
    assumptions: { table: assumptions.table, inScopeServiceValue: inScopeServiceValue.cell, savingsTarget: savingsTarget.cell, widerSavingsTarget: widerSavingsTarget.cell },
    options: { table: options.table, optionHeader: options.optionHeader, confidenceHeader: options.confidenceHeader, names: options.rawNames },
    savings: { table: savings.table, optionHeaders: savings.optionHeaders, hasTextAmounts: savings.hasTextAmounts, riskHeader: savings.riskHeader, lineRows: savings.lineRows },
    profile,
    fingerprint: inputFingerprint(workbook),
  };
  return { ok: true, input, sources, robustness, profile: profile?.years ?? null, issues: log.issues };
}

/** The fingerprint of the input tables only, so that writing outputs does not change it. */
export function inputFingerprint(workbook: WorkbookSnapshot): string {
  const names = new Set(INPUT_TABLES.map(normalizeName));
  return fingerprintTables(workbook.tables.filter((table) => names.has(normalizeName(table.name))));
}
