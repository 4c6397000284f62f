import type { AppraisalInput } from "../../model";
import type { LineDistributions } from "./settings";

/**
 * The appraisal laid out in plain doubles for the simulation's inner loop: amounts line by line
 * (`amounts[line * optionCount + option]`), so that applying one line's draw walks memory in order.
 */
export interface SimulationModel {
  readonly options: readonly string[];
  readonly optionCount: number;
  readonly lineCount: number;
  readonly amounts: Float64Array;
  readonly confidence: Float64Array;
  readonly lineMin: Float64Array;
  readonly lineMode: Float64Array;
  readonly lineMax: Float64Array;
  readonly widerSavingsTarget: number;
  readonly savingsTarget: number;
}

/** Converts the exact model once, before the loop; blank amounts are 0. */
export function simulationModel(input: AppraisalInput, distributions: LineDistributions): SimulationModel {
  const optionCount = input.options.length;
  const lines = input.savingOpportunities;
  const amounts = new Float64Array(lines.length * optionCount);
  const lineMin = new Float64Array(lines.length);
  const lineMode = new Float64Array(lines.length);
  const lineMax = new Float64Array(lines.length);
  lines.forEach((line, l) => {
    for (let o = 0; o < optionCount; o++) amounts[l * optionCount + o] = line.amounts[o]?.toNumber() ?? 0;
    const { min, mode, max } = distributions[line.risk];
    lineMin[l] = min;
    lineMode[l] = mode;
    lineMax[l] = max;
  });
  return {
    options: input.options.map((option) => option.name),
    optionCount,
    lineCount: lines.length,
    amounts,
    confidence: Float64Array.from(input.options, (option) => option.confidence.toNumber()),
    lineMin,
    lineMode,
    lineMax,
    widerSavingsTarget: input.assumptions.widerSavingsTarget.toNumber(),
    savingsTarget: input.assumptions.savingsTarget.toNumber(),
  };
}
