/** Comparing the figures Excel calculated on the temporary sheets with the engine's, to half a penny. */
import type { Issue } from "../core";
import { cellAddress, type SheetPlan } from "../workbook";
import { formulaCells, planBounds } from "./writePlanToSheets";

export const HALF_A_PENNY = 0.005;

export interface PendingVerify {
  readonly plan: SheetPlan;
  readonly range: Excel.Range;
}

/** Queues a recalculation (so manual calculation mode is no obstacle) and the read-back. */
export function queueVerify(context: Excel.RequestContext, temps: readonly { plan: SheetPlan; sheet: Excel.Worksheet }[]): PendingVerify[] {
  context.workbook.application.calculate("Recalculate");
  return temps
    .filter(({ plan }) => formulaCells(plan).length > 0)
    .map(({ plan, sheet }) => {
      const { rows, cols } = planBounds(plan);
      return { plan, range: sheet.getRangeByIndexes(0, 0, rows, cols).load("values") };
    });
}

function agrees(expected: unknown, actual: unknown): boolean {
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(actual - expected) <= HALF_A_PENNY;
  if (expected === null) return actual === "" || actual === null;
  return expected === actual;
}

const shown = (value: unknown): string => (value === "" || value === null || value === undefined ? "nothing" : JSON.stringify(value));

/** One issue per differing figure (at most 5 listed), each naming the output cell. */
export function mismatches(pending: readonly PendingVerify[]): Issue[] {
  const issues: Issue[] = [];
  for (const { plan, range } of pending) {
    const values = range.values;
    for (const cell of formulaCells(plan)) {
      const actual = values[cell.row]?.[cell.col];
      if (agrees(cell.value, actual)) continue;
      const header = plan.cells.find((c) => c.col === cell.col && c.row < cell.row && typeof c.value === "string" && c.bold)?.value;
      const label = plan.cells.find((c) => c.row === cell.row && c.col === 1 && typeof c.value === "string")?.value;
      const what = [header, label].filter((x) => typeof x === "string").join(", ");
      issues.push({
        code: "OUTPUT_MISMATCH",
        severity: "error",
        message: `Excel calculated ${shown(actual)} for ${plan.name}!${cellAddress(cell.row, cell.col)}${what ? ` (${what})` : ""}, but the appraisal gives ${shown(cell.value)}. The results were not replaced; check for hidden rows, filters or other changes to the input tables, then run again.`,
        place: { sheet: plan.name, cell: cellAddress(cell.row, cell.col) },
      });
    }
  }
  return issues.slice(0, 5);
}
