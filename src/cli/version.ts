import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The package version, from the nearest package.json above this file (built or run from source). */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? "unknown";
    if (dirname(dir) === dir) return "unknown";
  }
}
