/**
 * Served in place of office.js from Microsoft's CDN in the browser test: the in-memory Excel host
 * (`test/excel-sim`) installed as `window.Office` and `window.Excel`, with one empty sheet, as a new
 * workbook opens in Excel. Calculation goes to the test runner (`window.__calculateWorkbook`).
 */
import { installExcelSimulator } from "../excel-sim/installGlobals";

installExcelSimulator(window).userAddSheet("Sheet1", "");
