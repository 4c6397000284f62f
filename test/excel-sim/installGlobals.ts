/**
 * Browser: installs the simulator as `window.Office` and `window.Excel` (the stand-in for office.js).
 * Calculation is bridged to the test runner: when Excel would recalculate, the simulator calls
 * `window.__calculateWorkbook(json)` if the page has it (playwright's `page.exposeFunction` from Node,
 * which can run LibreOffice with `calculateWithLibreOffice` from test/helpers/simulatorCalculation.ts).
 * It receives a `WorkbookJson` and must resolve to `CalculatedValues` (both documented in ./json.ts).
 * Without it, formula cells have no value (and a run's verification reports the difference).
 */
import { createExcelSimulator, type CalculatedValues, type ExcelSimulator, type ExcelSimulatorOptions, type WorkbookJson } from "./index";

interface SimulatorWindow {
  Office?: unknown;
  Excel?: unknown;
  __calculateWorkbook?: (workbook: WorkbookJson) => Promise<CalculatedValues>;
  /** The installed simulator, for a test to inspect through `page.evaluate`. */
  __excelSimulator?: ExcelSimulator;
}

export function installExcelSimulator(target: object = globalThis, options: Omit<ExcelSimulatorOptions, "calculate"> = {}): ExcelSimulator {
  const host = target as SimulatorWindow;
  const simulator = createExcelSimulator({
    ...options,
    calculate: async (workbook) => {
      const bridge = host.__calculateWorkbook;
      return bridge ? bridge(workbook) : {};
    },
  });
  host.Office = simulator.Office;
  host.Excel = simulator.Excel;
  host.__excelSimulator = simulator;
  return simulator;
}
