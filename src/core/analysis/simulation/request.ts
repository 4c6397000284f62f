import { Decimal } from "../../money";
import type { AppraisalInput, RiskLevel } from "../../model";
import type { SimulationSettings } from "./settings";

/**
 * A simulation to run elsewhere (the task pane's Web Worker): plain data that survives `postMessage`,
 * amounts as exact decimal strings, stamped with the fingerprint of the inputs it describes (decision 20).
 */
export interface SimulationRequest {
  readonly fingerprint: string;
  readonly options: readonly { readonly name: string; readonly confidence: string }[];
  readonly lines: readonly { readonly name: string; readonly risk: RiskLevel; readonly amounts: readonly string[] }[];
  readonly savingsTarget: string;
  readonly widerSavingsTarget: string;
  readonly settings: Pick<SimulationSettings, "seed" | "lineDistributions" | "confidenceSpread">;
}

export function simulationRequest(input: AppraisalInput, settings: SimulationRequest["settings"], fingerprint: string): SimulationRequest {
  return {
    fingerprint,
    options: input.options.map((option) => ({ name: option.name, confidence: option.confidence.toFixed() })),
    lines: input.savingOpportunities.map((line) => ({ name: line.name, risk: line.risk, amounts: line.amounts.map((amount) => amount.toFixed()) })),
    savingsTarget: input.assumptions.savingsTarget.toFixed(),
    widerSavingsTarget: input.assumptions.widerSavingsTarget.toFixed(),
    settings,
  };
}

/** The part of the appraisal input the simulation uses, rebuilt exactly from a request. */
export function inputFromRequest(request: SimulationRequest): AppraisalInput {
  return {
    assumptions: {
      inScopeServiceValue: new Decimal(0),
      savingsTarget: new Decimal(request.savingsTarget),
      widerSavingsTarget: new Decimal(request.widerSavingsTarget),
      currency: "GBP",
    },
    options: request.options.map((option) => ({ name: option.name, confidence: new Decimal(option.confidence), scores: new Map() })),
    savingOpportunities: request.lines.map((line) => ({ name: line.name, risk: line.risk, amounts: line.amounts.map((amount) => new Decimal(amount)) })),
  };
}
