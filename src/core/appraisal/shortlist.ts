import { ContractError } from "../errors";
import type { Criterion, CriterionScore, DeliveryOption, ShortlistDecision } from "../model";

/**
 * Shortlisted = passes every gateway AND (passes every final gateway OR scores High on a ranking criterion).
 * The reason always says which criteria decided it.
 */
export function shortlistDecision(option: DeliveryOption, criteria: readonly Criterion[]): ShortlistDecision {
  const failed = (kind: Criterion["kind"]) =>
    criteria.filter((c) => c.kind === kind && scoreOf(option, c) === "fail").map((c) => c.name);
  const highs = criteria.filter((c) => c.kind === "Ranking" && scoreOf(option, c) === "High").map((c) => c.name);
  const failedGateways = failed("Gateway");
  const failedFinal = failed("Final gateway");

  if (failedGateways.length > 0) {
    return { shortlisted: false, reason: `Not feasible: fails ${plural("gateway", failedGateways)}` };
  }
  if (failedFinal.length === 0) {
    return { shortlisted: true, reason: "Passes every gateway" };
  }
  if (highs.length > 0) {
    return {
      shortlisted: true,
      reason: `Fails ${plural("final gateway", failedFinal)} but scores High on ${quotedList(highs)}`,
    };
  }
  return { shortlisted: false, reason: `Fails ${plural("final gateway", failedFinal)} with no High score` };
}

function scoreOf(option: DeliveryOption, criterion: Criterion): CriterionScore {
  const score = option.scores.get(criterion.name);
  if (score === undefined) {
    throw new ContractError(`Option '${option.name}' has no score for criterion '${criterion.name}'`);
  }
  return score;
}

function plural(noun: string, names: readonly string[]): string {
  return `${noun}${names.length > 1 ? "s" : ""} ${quotedList(names)}`;
}

function quotedList(names: readonly string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
