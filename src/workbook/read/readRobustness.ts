import { Decimal, DEFAULT_ROBUSTNESS_SETTINGS, parseFinanceText, RISK_LEVELS, type Place, type RiskLevel, type RobustnessSettings } from "../../core";
import type { IssueLog } from "../issues";
import { cellAddress, isBlank } from "../snapshot";
import { cellText, quoteForMessage } from "../text";
import { reportCellError } from "./cells";
import { formatPlaceText } from "./placeText";
import type { AssumptionsRead } from "./readAssumptions";
import { ROBUSTNESS_ASSUMPTIONS, SETTING_RULES, type RobustnessKey, type SettingRule } from "./robustnessAssumptions";
import type { CellRef } from "./sources";
import type { TableView } from "./table";

/** Where a setting's value came from: a cell of the Assumptions table, or the documented default. */
export type SettingSource =
  /** `live` is false when the cell holds the value as text, which a formula cannot use. */
  | { readonly kind: "assumption"; readonly cell: CellRef; readonly live: boolean }
  | { readonly kind: "default" };

export interface SettingUsed {
  readonly key: RobustnessKey;
  readonly label: string;
  readonly value: Decimal;
  readonly source: SettingSource;
  readonly rule: SettingRule;
}

export interface RobustnessRead {
  readonly settings: RobustnessSettings;
  /** Every setting, in the order of ROBUSTNESS_ASSUMPTIONS, with its source (decision 16). */
  readonly used: readonly SettingUsed[];
}

const LEVEL_KEYS: Readonly<Record<RiskLevel, { weight: RobustnessKey; min: RobustnessKey; mode: RobustnessKey; max: RobustnessKey }>> = {
  Low: { weight: "riskWeightLow", min: "lowRiskMinimum", mode: "lowRiskMostLikely", max: "lowRiskMaximum" },
  Medium: { weight: "riskWeightMedium", min: "mediumRiskMinimum", mode: "mediumRiskMostLikely", max: "mediumRiskMaximum" },
  High: { weight: "riskWeightHigh", min: "highRiskMinimum", mode: "highRiskMostLikely", max: "highRiskMaximum" },
};

/** The documented default of every setting (decision 16), as exact decimals. */
export function defaultSettingValues(): Record<RobustnessKey, Decimal> {
  const d = DEFAULT_ROBUSTNESS_SETTINGS;
  const values = {
    discountRate: d.discountRate,
    seed: new Decimal(d.simulation.seed),
    confidenceSpread: new Decimal(d.simulation.confidenceSpread),
  } as Record<RobustnessKey, Decimal>;
  for (const level of RISK_LEVELS) {
    const keys = LEVEL_KEYS[level];
    const triangle = d.simulation.lineDistributions[level];
    values[keys.weight] = d.riskWeights[level];
    values[keys.min] = new Decimal(triangle.min);
    values[keys.mode] = new Decimal(triangle.mode);
    values[keys.max] = new Decimal(triangle.max);
  }
  return values;
}

/** Reads the optional robustness assumptions; undefined when any is unusable (the problems are logged). */
export function readRobustness(assumptions: AssumptionsRead, log: IssueLog): RobustnessRead | undefined {
  const defaults = defaultSettingValues();
  const before = log.errorCount;
  const used = (Object.keys(ROBUSTNESS_ASSUMPTIONS) as RobustnessKey[]).map((key): SettingUsed => {
    const row = assumptions.rows.get(key);
    const base = { key, label: ROBUSTNESS_ASSUMPTIONS[key], rule: SETTING_RULES[key] };
    if (row === undefined) return { ...base, value: defaults[key], source: { kind: "default" } };
    const value = readSetting(assumptions.view, row, assumptions.valueCol, key, defaults[key], log);
    if (value === undefined) return { ...base, value: defaults[key], source: { kind: "default" } };
    const view = assumptions.view.snapshot;
    return { ...base, value, source: {
        kind: "assumption",
        cell: { sheet: view.sheet, row: view.headerRow + 1 + row, col: view.left + assumptions.valueCol },
        live: typeof assumptions.view.cell(row, assumptions.valueCol) === "number",
      },
    };
  });
  const byKey = new Map(used.map((setting) => [setting.key, setting]));
  const get = (key: RobustnessKey): SettingUsed => byKey.get(key) as SettingUsed;
  checkTriangles(get, log);
  if (log.errorCount > before) return undefined;

  const settings: RobustnessSettings = {
    riskWeights: { Low: get("riskWeightLow").value, Medium: get("riskWeightMedium").value, High: get("riskWeightHigh").value },
    discountRate: get("discountRate").value,
    simulation: {
      seed: get("seed").value.toNumber(),
      confidenceSpread: get("confidenceSpread").value.toNumber(),
      lineDistributions: {
        Low: triangleOf("Low", get),
        Medium: triangleOf("Medium", get),
        High: triangleOf("High", get),
      },
    },
  };
  return { settings, used };
}

function triangleOf(level: RiskLevel, get: (key: RobustnessKey) => SettingUsed) {
  const keys = LEVEL_KEYS[level];
  return { min: get(keys.min).value.toNumber(), mode: get(keys.mode).value.toNumber(), max: get(keys.max).value.toNumber() };
}

/** A blank value falls back to the default with a warning; a bad one is an error naming the cell. */
function readSetting(table: TableView, row: number, col: number, key: RobustnessKey, fallback: Decimal, log: IssueLog): Decimal | undefined {
  const label = ROBUSTNESS_ASSUMPTIONS[key];
  const rule = SETTING_RULES[key];
  const value = table.cell(row, col);
  const place = table.place(row, col);
  const at = formatPlaceText(place);
  if (reportCellError(table, row, col, log, `the value of '${label}'`)) return undefined;
  if (isBlank(value)) {
    log.warning("ASSUMPTION_BLANK", `${at}: '${label}' has no value, so its default ${shown(fallback, rule)} is used.`, place);
    return undefined;
  }
  const text = typeof value === "string" ? value.trim() : undefined;
  const percent = text === undefined ? null : /^(.*?)\s*%$/.exec(text);
  const parsed = typeof value === "number" ? new Decimal(value) : text === undefined ? null : parseFinanceText(percent?.[1] ?? text);
  if (parsed === null) {
    log.error("ASSUMPTION_NOT_NUMBER", `${at} holds ${quoteForMessage(cellText(value))}; '${label}' (${rule.meaning}) must be ${rule.kind === "share" ? "a percentage" : "a whole number"}.`, place);
    return undefined;
  }
  const number = percent ? parsed.dividedBy(100) : parsed;
  if (!inRange(number, rule, key, table, row, col, at, place, log)) return undefined;
  if (text !== undefined) {
    log.warning("ASSUMPTION_TEXT", `${at} holds '${label}' as text (${quoteForMessage(text)}); it is read as ${shown(number, rule)}. Enter it as a number.`, place);
  }
  return number;
}

function inRange(number: Decimal, rule: SettingRule, key: RobustnessKey, table: TableView, row: number, col: number, at: string, place: Place, log: IssueLog): boolean {
  const label = ROBUSTNESS_ASSUMPTIONS[key];
  if (rule.kind === "whole number" && !number.isInteger()) {
    log.error("ASSUMPTION_NOT_WHOLE", `${at}: '${label}' must be a whole number, not ${number.toFixed()}.`, place);
    return false;
  }
  if (number.greaterThanOrEqualTo(rule.min) && number.lessThanOrEqualTo(rule.max)) return true;
  const typedAsPercent = rule.kind === "share" && !table.numberFormat(row, col).includes("%") && number.dividedBy(100).lessThanOrEqualTo(rule.max) && number.greaterThan(rule.max);
  if (typedAsPercent) {
    log.error("ASSUMPTION_NOT_PERCENT", `${at} holds ${number.toFixed()} for '${label}', a percentage: type ${number.toFixed()}% (or ${number.dividedBy(100).toFixed()}).`, place);
  } else {
    log.error("ASSUMPTION_OUT_OF_RANGE", `${at}: '${label}' (${rule.meaning}) must be between ${shown(new Decimal(rule.min), rule)} and ${shown(new Decimal(rule.max), rule)}, not ${shown(number, rule)}.`, place);
  }
  return false;
}

/** Each risk level's outcome needs minimum <= most likely <= maximum. */
function checkTriangles(get: (key: RobustnessKey) => SettingUsed, log: IssueLog): void {
  for (const level of RISK_LEVELS) {
    const keys = LEVEL_KEYS[level];
    const [min, mode, max] = [get(keys.min), get(keys.mode), get(keys.max)];
    if (min.value.lessThanOrEqualTo(mode.value) && mode.value.lessThanOrEqualTo(max.value)) continue;
    const given = [min, mode, max].find((setting) => setting.source.kind === "assumption");
    const place = given?.source.kind === "assumption" ? placeOf(given.source.cell) : undefined;
    log.error(
      "DISTRIBUTION_ORDER",
      `The ${level}-risk outcome needs minimum <= most likely <= maximum, but they are ${[min, mode, max].map((s) => `${shown(s.value, s.rule)} (${s.source.kind === "assumption" ? placeText(s.source.cell) : "default"})`).join(", ")}. Change the ${level} risk rows of the Assumptions table.`,
      place,
    );
  }
}

function shown(value: Decimal, rule: SettingRule): string {
  return rule.kind === "share" ? `${value.times(100).toFixed()}%` : value.toFixed();
}

function placeOf(cell: CellRef): Place {
  return { sheet: cell.sheet, cell: cellAddress(cell.row, cell.col) };
}

function placeText(cell: CellRef): string {
  return formatPlaceText(placeOf(cell));
}
