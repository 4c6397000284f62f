/** A1 references as they appear in the package: table ranges and defined names' sheet references. */

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

function parseCell(text: string): { row: number; col: number } {
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

/** The sheet a reference such as `'Bob''s sheet'!$A$1` or `Summary!$A$1` points at, unescaped. */
export function sheetOfReference(reference: string): string | undefined {
  const quoted = /^'((?:[^']|'')*)'!/.exec(reference);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(reference);
  return plain?.[1];
}
