import { Decimal, parseFinanceText } from "../../core";
import type { IssueLog } from "../issues";
import { isBlank } from "../snapshot";
import { cellText, quoteForMessage } from "../text";
import { reportCellError } from "./cells";
import { formatPlaceText } from "./placeText";
import type { TableView } from "./table";

/**
 * A confidence: a fraction from 0 to 1 as Excel stores percentages. It is never guessed: 85 in a General
 * cell, or 8500% in a percent cell, is an error that suggests 85%.
 */
export function readConfidence(table: TableView, row: number, col: number, option: string, log: IssueLog): Decimal | undefined {
  const value = table.cell(row, col);
  const place = table.place(row, col);
  const at = formatPlaceText(place);
  if (reportCellError(table, row, col, log, `the confidence for '${option}'`)) return undefined;
  if (isBlank(value)) {
    log.error("CONFIDENCE_BLANK", `${at} is blank: give the confidence for '${option}' as a percentage, e.g. 85%.`, place);
    return undefined;
  }
  // A stored NaN or infinity (files written by other programs) is not a number either.
  const fraction = typeof value === "number" ? (Number.isFinite(value) ? new Decimal(value) : undefined) : confidenceFromText(cellText(value));
  if (fraction === undefined) {
    log.error("CONFIDENCE_NOT_NUMBER", `${at} holds ${quoteForMessage(cellText(value))}; the confidence for '${option}' must be a percentage, e.g. 85%.`, place);
    return undefined;
  }
  if (fraction.isNegative()) {
    log.error("CONFIDENCE_NEGATIVE", `${at}: the confidence for '${option}' cannot be below 0%.`, place);
    return undefined;
  }
  if (fraction.greaterThan(1)) {
    reportOverOne(fraction, table.numberFormat(row, col).includes("%") && typeof value === "number", at, option, place, log);
    return undefined;
  }
  if (typeof value === "string") {
    log.warning("CONFIDENCE_TEXT", `${at} holds the confidence as text (${quoteForMessage(value)}); it is read as ${fraction.times(100).toFixed()}%. Enter it as a percentage so Excel's formulas use it too.`, place);
  }
  return fraction;
}

function reportOverOne(fraction: Decimal, percentFormatted: boolean, at: string, option: string, place: ReturnType<TableView["place"]>, log: IssueLog): void {
  const percent = fraction.times(100);
  if (percentFormatted) {
    const suggestion = percent.lessThanOrEqualTo(10000) ? ` Did you mean ${fraction.toFixed()}%? Type ${fraction.toFixed()}% (with the % sign).` : "";
    log.error("CONFIDENCE_OVER_100", `${at} shows ${percent.toFixed()}% as the confidence for '${option}': over 100%.${suggestion}`, place);
  } else if (fraction.lessThanOrEqualTo(100)) {
    log.error("CONFIDENCE_NOT_PERCENT", `${at} holds ${fraction.toFixed()} as the confidence for '${option}'. Confidence is a percentage: type ${fraction.toFixed()}% (or ${fraction.dividedBy(100).toFixed()}).`, place);
  } else {
    log.error("CONFIDENCE_OVER_100", `${at} holds ${fraction.toFixed()} as the confidence for '${option}'; a confidence is between 0% and 100%.`, place);
  }
}

/** `85%`, `0.85` or `85` typed as text; the last is caught later as not a percentage. */
function confidenceFromText(text: string): Decimal | undefined {
  const trimmed = text.trim();
  const percent = /^(.*?)\s*%$/.exec(trimmed);
  const number = parseFinanceText(percent?.[1] ?? trimmed);
  if (number === null) return undefined;
  return percent ? number.dividedBy(100) : number;
}
