import type { CellValue } from "./snapshot";

/** How names and headers are compared: case-insensitive, surrounding spaces ignored, inner runs of spaces as one. */
export function normalizeName(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A cell's text as a finance officer sees it: numbers and booleans in their plain form. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The candidate closest to `text` (compared normalized), or undefined when there are none. */
export function nearest(text: string, candidates: readonly string[]): string | undefined {
  const target = normalizeName(text);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(target, normalizeName(candidate));
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Cell text shown inside a message: quoted, and cut short when very long. */
export function quoteForMessage(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `'${short}'`;
}
