import { applyWritePlan, loadWorkbook, workbookToBuffer } from "../../src/xlsx";
import { blankCachedValues, recalculate } from "../helpers/libreoffice";
import { AMOUNTS, inputWorkbook, resultsPlan } from "./planFixture";

describe("LibreOffice recalculates a written plan from its formulas alone", () => {
  it("sums the awkward column through its escaped structured reference", async () => {
    const workbook = inputWorkbook();
    applyWritePlan(workbook, resultsPlan());
    const written = await loadWorkbook(await workbookToBuffer(workbook));
    expect(blankCachedValues(written)).toBe(2);
    expect(written.getWorksheet("Results")?.getCell("B3").result).toBeUndefined();

    const recalculated = await recalculate(await workbookToBuffer(written));
    const results = recalculated.getWorksheet("Results");
    const total = AMOUNTS.reduce((sum, amount) => sum + amount, 0);
    expect(results?.getCell("B3").value).toBe(total);
    expect(results?.getCell("B4").value).toBe(0);
    // Text that looks like a formula is still text after LibreOffice has read and saved it.
    expect(results?.getCell("A3").value).toBe("=Mutual");
    expect(results?.getCell("A4").value).toBe('+NHS, "shared"');
  });
});
