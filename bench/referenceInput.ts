import type { AppraisalInput } from "../src/core";
import { readInputs, referenceInputTables } from "../src/workbook";

/** The reference case as the engine sees it, read from the reference template's tables. */
export function referenceInput(): AppraisalInput {
  const read = readInputs({ tables: referenceInputTables().tables, sheets: [] });
  if (!read.ok) throw new Error("the reference tables did not read");
  return read.input;
}
