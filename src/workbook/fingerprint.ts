import type { TableSnapshot } from "./snapshot";

/**
 * A short fingerprint of the input tables' contents (cyrb53, a fast non-cryptographic hash): written in
 * the run stamp so that the pane can tell when results are out of date. Not a security measure.
 */
export function fingerprintTables(tables: readonly TableSnapshot[]): string {
  const canonical = JSON.stringify(
    [...tables]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((table) => [table.name, table.headers, table.rows]),
  );
  return cyrb53(canonical).toString(16).padStart(14, "0");
}

function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
