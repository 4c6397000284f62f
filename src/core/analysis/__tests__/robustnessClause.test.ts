import { appraise, Decimal, robustnessClause, simulate, switchingValues, type AppraisalInput, type SimulationResult } from "../..";
import { referenceModel } from "../../../../test/helpers/referenceModel";

const input = referenceModel();
const simulated = (result: SimulationResult, probabilityFirst: number): SimulationResult => ({
  ...result,
  options: result.options.map((o, i) => (i === 4 ? { ...o, probabilityFirst } : o)),
});

describe("the headline's robustness clause", () => {
  const outcome = simulate(input, { iterations: 2_000, seed: 1 });
  const result = outcome.status === "complete" ? outcome.result : null;
  if (!result) throw new Error("cancelled");
  const values = switchingValues(input);

  it("names the leader's share of first places and its confidence switching value", () => {
    expect(robustnessClause(values, simulated(result, 0.87))).toBe(
      "Public service mutual ranks first in 87% of simulations; it would lose first place if its confidence fell below 81.7%.",
    );
    expect(robustnessClause(values, result)).toMatch(/^Public service mutual ranks first in \d+% of simulations; it would lose first place if its confidence fell below 81\.7%\.$/);
  });

  it("appears only when a simulation exists (decision 20)", () => {
    expect(robustnessClause(values, null)).toBeNull();
    expect(robustnessClause(values, undefined)).toBeNull();
  });

  it("never rounds a near-certainty to 100 % or a rare first place to 0 %", () => {
    expect(robustnessClause(values, simulated(result, 0.9996))).toMatch(/first in over 99% of/);
    expect(robustnessClause(values, simulated(result, 0.004))).toMatch(/first in under 1% of/);
    expect(robustnessClause(values, simulated(result, 1))).toMatch(/first in 100% of/);
  });

  it("says so when no fall in confidence alone could cost the leader first place", () => {
    // The mutual saves far more than the rest: even at 0 % confidence it would stay first.
    const dominant: AppraisalInput = {
      ...input,
      savingOpportunities: input.savingOpportunities.map((l, i) => (i === 0 ? { ...l, amounts: l.amounts.map((a, o) => (o === 4 ? a.plus(20_000_000) : a)) } : l)),
    };
    expect(appraise(dominant).results[4]?.rank).toBe(1);
    expect(robustnessClause(switchingValues(dominant), simulated(result, 1))).toBe(
      "Public service mutual ranks first in 100% of simulations; no fall in its confidence alone would cost it first place.",
    );
  });

  it("has nothing to say without a leader", () => {
    const tied: AppraisalInput = { ...input, options: input.options.map((o) => ({ ...o, confidence: new Decimal(0) })), savingOpportunities: [] };
    expect(robustnessClause(switchingValues(tied), result)).toBeNull();
  });
});
