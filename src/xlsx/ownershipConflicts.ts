/** The hosts' guard: an output may never replace a sheet that the add-in did not create. */
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { WritePlan } from "../workbook/writePlan";
import { sameSheetName } from "./references";

/**
 * The plan's sheet names that already name a sheet not owned with that sheet's key (names compare
 * without case, as Excel's do). When any is returned, a host must write nothing.
 */
export function ownershipConflicts(snapshot: WorkbookSnapshot, plan: WritePlan): string[] {
  return plan.sheets
    .filter((planned) =>
      snapshot.sheets.some(
        (sheet) => sameSheetName(sheet.name, planned.name) && sheet.ownedAs?.toLowerCase() !== planned.key.toLowerCase(),
      ),
    )
    .map((planned) => planned.name);
}
