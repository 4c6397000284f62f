/**
 * Served in place of office.js from Microsoft's CDN in the browser test: the in-memory Excel host
 * (`test/excel-sim`) installed as `window.Office` and `window.Excel`, with one empty sheet, as a new
 * workbook opens in Excel. Calculation goes to the test runner (`window.__calculateWorkbook`).
 * With `?generated=60x400` in the page's address, the workbook opens holding a generated appraisal of that
 * size (for the test that needs a simulation long enough to cancel).
 */
import { queueInputTables } from "../../src/excel/inputTables";
import { installExcelSimulator } from "../excel-sim/installGlobals";
import { generatedTemplate } from "../helpers/generatedTemplate";

const simulator = installExcelSimulator(window);
simulator.userAddSheet("Sheet1", "");
const size = /[?&]generated=(\d+)x(\d+)/.exec(window.location.search);
if (size) {
  void simulator.Excel.run(async (context) => {
    queueInputTables(context.workbook, generatedTemplate(Number(size[1]), Number(size[2])));
    await context.sync();
  });
}
