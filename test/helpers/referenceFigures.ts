/**
 * The published reference figures (test/fixtures/barnet-adm.expected.json) checked against a recalculated
 * `Ranked Results` sheet: each row's option, rank and figures, to half a penny.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";

export interface ExpectedOption {
  option: string;
  rank: number;
  totalSavings: number;
  totalBenefit: number;
  revisedBudget: number;
  widerSavingsDelivered: number;
  percentOfTarget: number;
}

export const REFERENCE_EXPECTED = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "barnet-adm.expected.json"), "utf8"),
) as { options: ExpectedOption[] };

/** The reference options by rank, best first. */
export function referenceByRank(): ExpectedOption[] {
  return [...REFERENCE_EXPECTED.options].sort((a, b) => a.rank - b.rank);
}

/** Fails unless the sheet's results table (data from row 4) holds the reference ranking and figures. */
export function expectReferenceFigures(book: ExcelJS.Workbook): void {
  const sheet = book.getWorksheet("Ranked Results");
  if (!sheet) throw new Error("the workbook has no Ranked Results sheet");
  referenceByRank().forEach((option, i) => {
    const row = sheet.getRow(4 + i);
    expect(row.getCell(2).value).toBe(option.option);
    expect(row.getCell(1).value).toBe(option.rank);
    const figures = [[3, option.totalSavings], [4, option.percentOfTarget], [5, option.revisedBudget], [7, option.widerSavingsDelivered], [8, option.totalBenefit]] as const;
    for (const [col, figure] of figures) {
      expect(Math.abs(Number(row.getCell(col).value) - figure)).toBeLessThanOrEqual(0.005);
    }
  });
}
