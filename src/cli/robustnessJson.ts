import type { RobustnessAnalysis } from "../core";

/** The `--json` figures of issue 4: exact decimals for the exact analyses, doubles for the simulation. */
export function robustnessJson(analysis: RobustnessAnalysis): unknown {
  const { switching, sensitivity, tornado, simulation } = analysis;
  return {
    riskWeighting: analysis.riskWeighting.map((result) => ({
      option: result.option,
      riskWeightedTotalSavings: result.riskWeightedTotalSavings,
      riskWeightedTotalBenefit: result.riskWeightedTotalBenefit,
      riskWeightedRank: result.riskWeightedRank,
      shareOfSavingsByRisk: result.shareOfSavingsByRisk,
    })),
    switchingValues: {
      leader: switching.leader.found ? switching.leader.option : null,
      noLeaderReason: switching.leader.found ? null : switching.leader.reason,
      binding: switching.binding?.against ?? null,
      comparisons: switching.comparisons.map((c) => ({
        against: c.against,
        couldReplaceLeader: c.couldReplaceLeader,
        savingsFallToParity: c.savingsFallToParity,
        savingsFallShare: c.savingsFallShare,
        savingsFallWithinReach: c.savingsFallWithinReach,
        leaderConfidenceAtParity: c.leaderConfidenceAtParity,
        leaderConfidenceWithinReach: c.leaderConfidenceWithinReach,
        otherConfidenceAtParity: c.otherConfidenceAtParity,
        otherConfidenceWithinReach: c.otherConfidenceWithinReach,
        lines: c.lines.map((line) => ({ line: line.line, leaderAmount: line.leaderAmount, amountAtParity: line.amountAtParity })),
      })),
    },
    sensitivity: {
      factors: sensitivity.factors,
      options: sensitivity.options,
      rows: sensitivity.rows.map((row) => ({
        input: row.input.name,
        kind: row.input.kind,
        moves: row.cells.map((cell) => ({
          factor: cell.factor,
          capped: cell.capped,
          totalBenefits: cell.totalBenefits,
          ranks: cell.ranks,
          rankingChanged: cell.rankingChanged,
          firstPlace: cell.firstPlace,
        })),
      })),
    },
    tornado: tornado && {
      option: tornado.option,
      baseTotalBenefit: tornado.baseTotalBenefit,
      bars: tornado.bars.map((bar) => ({ input: bar.input.name, lowTotalBenefit: bar.lowTotalBenefit, highTotalBenefit: bar.highTotalBenefit, swing: bar.swing, capped: bar.capped })),
    },
    presentValues: analysis.presentValues,
    simulation: simulation && {
      seed: simulation.seed,
      iterations: simulation.iterations,
      options: simulation.options,
    },
    robustnessClause: analysis.clause,
  };
}
