/**
 * Browser: installs the simulator as `window.Office` and `window.Excel` (the stand-in for office.js).
 * Calculation is bridged to the test runner: when Excel would recalculate, the simulator calls
 * `window.__calculateWorkbook(json)` if the page has it (playwright's `page.exposeFunction` from Node,
 * which can run LibreOffice with `calculateWithLibreOffice` from test/helpers/simulatorCalculation.ts).
 * It receives a `WorkbookJson` and must resolve to `CalculatedValues` (both documented in ./json.ts).
 * Without it, formula cells have no value (and a run's verification reports the difference).
 */
import { chartsOf, createExcelSimulator, type CalculatedValues, type ExcelSimulator, type ExcelSimulatorOptions, type SimChart, type WorkbookJson } from "./index";

interface SimulatorWindow {
  Office?: unknown;
  Excel?: unknown;
  __calculateWorkbook?: (workbook: WorkbookJson) => Promise<CalculatedValues>;
  /** The installed simulator, for a test to inspect through `page.evaluate`. */
  __excelSimulator?: ExcelSimulator;
  /** The chart calls recorded on a sheet (the simulator cannot draw charts: decision 22). */
  __excelCharts?: (sheet: string) => SimChart[];
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
  host.__excelCharts = (name) => {
    const sheet = simulator.workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    return sheet ? chartsOf(sheet) : [];
  };
  return simulator;
}
