/** Where a problem is: a cell (`Options!C5`), or a table and column when no single cell is to blame. */
export interface Place {
  readonly sheet?: string;
  readonly cell?: string;
  readonly table?: string;
  readonly column?: string;
}

export type Severity = "error" | "warning";

/** A problem in the data, reported to the user with its place; errors stop the run, warnings do not. */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly place?: Place;
}

/** Misuse of the API by our own code (a broken contract), as opposed to bad data in a workbook. */
export class ContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContractError";
  }
}

/** `'My sheet'!C5` as Excel writes it: the sheet name quoted when it needs to be. */
export function formatPlace(place: Place | undefined): string {
  if (!place) return "";
  if (place.table !== undefined && place.column !== undefined) return `${place.table}[${place.column}]`;
  if (place.sheet !== undefined && place.cell !== undefined) return `${quoteSheetName(place.sheet)}!${place.cell}`;
  return place.table ?? place.sheet ?? "";
}

export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
