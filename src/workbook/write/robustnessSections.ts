import { Decimal, formatPercent } from "../../core";
import { moneyFormat, MOVE_FORMAT, PERCENT_FORMAT, RANK_FORMAT } from "./formats";
import { OUTPUT_SHEETS, PRESENT_VALUE_TABLE, SIMULATION_TABLE } from "./outputs";
import type { PlanNote } from "./rankedResultsSheet";
import { tableColumn } from "./references";
import { MAX_OPTION_COLUMNS, type RiskSheetInput, type SettingCells } from "./riskSheet";
import type { SheetBuilder } from "./sheetBuilder";

/** Charts sit to the right of the tables. */
const CHART_COL = 11;
/** The tornado shows the inputs that move the leader most; the sensitivity table above lists them all. */
export const TORNADO_BARS = 15;

const move = (factor: Decimal): number => factor.minus(1).toNumber();

/** Sensitivity (decision 19): each input moved by each factor, one at a time; values of this run. */
export function planSensitivity(b: SheetBuilder, ctx: RiskSheetInput, notes: PlanNote[]): void {
  const table = ctx.analysis.sensitivity;
  const { leader } = ctx.analysis.switching;
  const money = moneyFormat(ctx.input.assumptions.currency);
  const titleRow = b.title("Sensitivity");
  b.line("Each input moved on its own by -25%, -10%, +10% and +25%; a confidence above 100% is held at 100% and marked capped. Values of this run.", true);
  const perOption = table.options.length <= MAX_OPTION_COLUMNS;
  if (!perOption) {
    notes.push({
      code: "SENSITIVITY_SUMMARISED",
      message: `The sensitivity table shows the leader's figures only: with ${table.options.length} options, a column each would be too wide. appraise --json gives every option's figures.`,
      place: { sheet: OUTPUT_SHEETS.riskSensitivity.name, cell: `A${titleRow + 1}` },
    });
  }
  const leaderColumns = leader.found ? ["Leader's total benefit", "Leader's rank"] : [];
  b.headers(["Input", "Move", "First place", "Ranking changed", "Capped", ...leaderColumns, ...(perOption ? table.options : [])], true);
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const at = b.row++;
      b.put(at, 0, row.input.name);
      b.put(at, 1, move(cell.factor), { numberFormat: MOVE_FORMAT });
      b.put(at, 2, cell.firstPlace.join(", "));
      b.put(at, 3, cell.rankingChanged ? "Yes" : "No");
      b.put(at, 4, cell.capped ? "capped" : "");
      let col = 5;
      if (leader.found) {
        b.put(at, col++, cell.totalBenefits[leader.index]?.toNumber() ?? 0, { numberFormat: money });
        b.put(at, col++, cell.ranks[leader.index] ?? 0, { numberFormat: RANK_FORMAT });
      }
      if (perOption) cell.totalBenefits.forEach((benefit, o) => b.put(at, col + o, benefit.toNumber(), { numberFormat: money }));
    }
  }
}

/** The leader's tornado: the change in its total benefit at the smallest and largest move, widest first. */
export function planTornado(b: SheetBuilder, ctx: RiskSheetInput): void {
  const tornado = ctx.analysis.tornado;
  const titleRow = b.title(tornado ? `Tornado: what moves ${tornado.option}'s total benefit most` : "Tornado");
  if (!tornado || tornado.bars.length === 0) {
    b.line(tornado ? "No input moves the leader's total benefit." : "None: there is no single leader.");
    return;
  }
  const bars = tornado.bars.slice(0, TORNADO_BARS);
  const low = bars[0]?.lowFactor;
  const high = bars[0]?.highFactor;
  const label = (factor: Decimal | undefined) => (factor ? formatPercent(factor.minus(1), 0).replace(/^(?=\d)/, "+") : "");
  const money = moneyFormat(ctx.input.assumptions.currency);
  const top = b.headers(["Input", `Change at ${label(low)}`, `Change at ${label(high)}`, `Total benefit at ${label(low)}`, `Total benefit at ${label(high)}`, `Rank at ${label(low)}`, `Rank at ${label(high)}`], true);
  for (const bar of bars) {
    const at = b.row++;
    b.put(at, 0, bar.capped ? `${bar.input.name} (capped)` : bar.input.name);
    b.put(at, 1, bar.lowTotalBenefit.minus(tornado.baseTotalBenefit).toNumber(), { numberFormat: money });
    b.put(at, 2, bar.highTotalBenefit.minus(tornado.baseTotalBenefit).toNumber(), { numberFormat: money });
    b.put(at, 3, bar.lowTotalBenefit.toNumber(), { numberFormat: money });
    b.put(at, 4, bar.highTotalBenefit.toNumber(), { numberFormat: money });
    b.put(at, 5, bar.lowRank, { numberFormat: RANK_FORMAT });
    b.put(at, 6, bar.highRank, { numberFormat: RANK_FORMAT });
  }
  b.charts.push({
    name: "TornadoChart",
    type: "barClustered",
    title: `Tornado: ${tornado.option}'s total benefit`,
    data: { top, left: 0, rows: bars.length + 1, cols: 3 },
    from: { row: titleRow, col: CHART_COL },
    to: { row: titleRow + 20, col: CHART_COL + 8 },
  });
}

/** Present value of the savings profile (decision 21), live over the SavingsProfile table. */
export function planPresentValues(b: SheetBuilder, ctx: RiskSheetInput, settings: SettingCells, notes: PlanNote[]): void {
  b.title("Present value of the savings profile");
  const values = ctx.analysis.presentValues;
  const profile = ctx.sources.profile;
  if (!values || !profile) {
    b.line("No SavingsProfile table: add one (Year 0, 1, 2, ... then a column of net amounts per option) to see present values.");
    return;
  }
  b.line(`Net amounts at the end of each year, discounted at the Discount rate (Settings used); year 0 is not discounted. Ranks stay on the appraisal's method.`, true);
  const money = moneyFormat(ctx.input.assumptions.currency);
  const top = b.headers(["Option", "Undiscounted total", "Present value"], true);
  const years = tableColumn(profile.table, profile.yearHeader);
  values.forEach((value, o) => {
    const at = b.row++;
    const header = profile.optionHeaders[o];
    b.put(at, 0, value.option);
    if (header === null || header === undefined) {
      b.put(at, 1, "not profiled");
      b.put(at, 2, "not profiled");
      return;
    }
    const amounts = tableColumn(profile.table, header);
    const fixed = profile.hasTextAmounts[o] === true;
    if (fixed) {
      notes.push({
        code: "TOTAL_FIXED",
        message: `The present value for '${value.option}' is written as a fixed figure, because some of its profile amounts are text; enter them as numbers to make it a live formula.`,
        place: { table: profile.table, column: header },
      });
    }
    b.put(at, 1, value.undiscountedTotal.toNumber(), { ...(fixed ? {} : { formula: `SUM(${amounts})` }), numberFormat: money });
    b.put(at, 2, value.presentValue.toNumber(), { ...(fixed ? {} : { formula: `SUMPRODUCT(${amounts}/(1+${settings.discountRate})^${years})` }), numberFormat: money });
  });
  b.tables.push({ name: PRESENT_VALUE_TABLE, top, left: 0, headers: ["Option", "Undiscounted total", "Present value"], rowCount: values.length });
}

const SIMULATION_COLUMNS = ["Option", "Probability of ranking first", "Probability of meeting the savings target", "Mean total benefit", "P10 total benefit", "P50 total benefit", "P90 total benefit"];

/** Monte Carlo results (decision 20): values stamped with seed, iterations and the inputs' fingerprint. */
export function planSimulation(b: SheetBuilder, ctx: RiskSheetInput): void {
  const titleRow = b.title("Monte Carlo simulation");
  const simulation = ctx.analysis.simulation;
  if (!simulation) {
    b.line("Not simulated for these inputs: press Run simulation in the task pane, or run appraise --simulate.");
    return;
  }
  b.line(`${simulation.iterations.toLocaleString("en-GB")} iterations with seed ${simulation.seed}, for the inputs with fingerprint ${ctx.sources.fingerprint}. Each saving line's outcome is drawn from its risk level's triangular distribution and each confidence within +/-${formatPercent(new Decimal(simulation.settings.confidenceSpread), 0)}.`, true);
  const money = moneyFormat(ctx.input.assumptions.currency);
  const top = b.headers(SIMULATION_COLUMNS, true);
  for (const option of simulation.options) {
    const at = b.row++;
    b.put(at, 0, option.option);
    b.put(at, 1, option.probabilityFirst, { numberFormat: PERCENT_FORMAT });
    b.put(at, 2, option.probabilityMeetsTarget, { numberFormat: PERCENT_FORMAT });
    [option.meanTotalBenefit, option.p10TotalBenefit, option.p50TotalBenefit, option.p90TotalBenefit].forEach((value, k) => b.put(at, 3 + k, value, { numberFormat: money }));
  }
  b.tables.push({ name: SIMULATION_TABLE, top, left: 0, headers: SIMULATION_COLUMNS, rowCount: simulation.options.length });
  b.charts.push({
    name: "ProbabilityFirstChart",
    type: "columnClustered",
    title: "Probability of ranking first",
    data: { top, left: 0, rows: simulation.options.length + 1, cols: 2 },
    from: { row: titleRow, col: CHART_COL },
    to: { row: titleRow + 18, col: CHART_COL + 8 },
  });
}
