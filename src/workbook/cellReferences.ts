/**
 * A1 references as both hosts meet them: table ranges, issue places, and the sheet a defined name points
 * at (`='Ranked Results'!$A$1` in office-js, `'Ranked Results'!$A$1` in the file's package).
 */

export interface CellRange {
  /** 0-based rows and columns, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** `$C$5` or `C5` to 0-based row and column; throws on anything else. */
export function parseCell(text: string): { row: number; col: number } {
  const match = CELL.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`not a cell reference: ${text}`);
  return { row: Number(match[2]) - 1, col: columnNumber(match[1]) };
}

/** `B2:D9` (or a single cell) to 0-based bounds. */
export function parseRange(ref: string): CellRange {
  const [first = "", second] = ref.split(":");
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** `C5` is a cell reference; `Summary!C5`, `C5:D6` and `#REF!` are not. */
export function isCellReference(text: string): boolean {
  return CELL.test(text);
}

/**
 * The sheet a reference such as `'Bob''s sheet'!$A$1`, `=Summary!$A$1` points at, unescaped; undefined
 * when it points nowhere (`#REF!`, the sheet was deleted).
 */
export function sheetOfReference(reference: string): string | undefined {
  const text = reference.replace(/^=/, "");
  const quoted = /^'((?:[^']|'')*)'!/.exec(text);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!#]+)!/.exec(text);
  return plain?.[1];
}
