/** Comparing the figures Excel calculated on the temporary sheets with the engine's, to half a penny. */
import type { Issue } from "../core";
import { cellAddress, type SheetPlan } from "../workbook";
import { formulaCells, planBounds, rowBands, type RequestBudget } from "./writePlanToSheets";

export const HALF_A_PENNY = 0.005;

export interface PendingVerify {
  readonly plan: SheetPlan;
  /** The read-back, in bands of rows so that no response goes over the request limit. */
  readonly bands: readonly { readonly first: number; readonly range: Excel.Range }[];
}

/**
 * Queues a recalculation (so manual calculation mode is no obstacle) and the read-back, in bands of rows
 * whose values (estimated from the plan's) fit the budget; a larger read-back takes extra round trips.
 */
export async function queueVerify(context: Excel.RequestContext, temps: readonly { plan: SheetPlan; sheet: Excel.Worksheet }[], budget: RequestBudget): Promise<PendingVerify[]> {
  context.workbook.application.calculate("Recalculate");
  const pending: PendingVerify[] = [];
  for (const { plan, sheet } of temps) {
    if (formulaCells(plan).length === 0) continue;
    const { rows, cols } = planBounds(plan);
    const rowBytes = valueBytesByRow(plan, rows, cols);
    const bands: PendingVerify["bands"][number][] = [];
    for (const [first, count] of rowBands(rowBytes, budget.limit)) {
      await budget.spend(rowBytes.slice(first, first + count).reduce((a, b) => a + b, 0));
      bands.push({ first, range: sheet.getRangeByIndexes(first, 0, count, cols).load("values") });
    }
    pending.push({ plan, bands });
  }
  return pending;
}

/** The JSON size of each row's values as the plan expects them (blank cells as ""). */
function valueBytesByRow(plan: SheetPlan, rows: number, cols: number): number[] {
  const bytes = Array.from({ length: rows }, () => cols * 3 + 2);
  for (const cell of plan.cells) bytes[cell.row] = (bytes[cell.row] as number) + JSON.stringify(cell.value ?? "").length;
  return bytes;
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
  for (const { plan, bands } of pending) {
    // Bands are in row order: the last one starting at or above the row holds it.
    const valueAt = (row: number, col: number): unknown => {
      let band = bands[0];
      for (const candidate of bands) if (candidate.first <= row) band = candidate;
      return band?.range.values[row - band.first]?.[col];
    };
    for (const cell of formulaCells(plan)) {
      const actual = valueAt(cell.row, cell.col);
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
