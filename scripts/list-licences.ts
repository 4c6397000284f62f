/**
 * Lists the licence of every production package: the closure of package.json's `dependencies` (and the
 * optional dependencies installed with them) as Node resolves them in node_modules. That is what
 * `npm ci --omit=dev` installs: what the command line runs and what the task pane's bundle is built from
 * (the bundle holds a subset, the packages the pane imports). Read offline from each package's package.json.
 *
 *   node dist/node/scripts/list-licences.js            prints the summary, then any package not allowed
 *   node dist/node/scripts/list-licences.js --write    also rewrites the table in docs/LICENCES.md
 *   node dist/node/scripts/list-licences.js --check    fails when docs/LICENCES.md is out of date
 *
 * Policy (decision 23 and docs/LICENCES.md): only the permissive licences in PERMISSIVE are allowed. An SPDX
 * expression with OR counts as its permissive choice ("MIT OR GPL-3.0-or-later" is MIT); with AND, every part
 * must be allowed. Copyleft of any strength is refused, weak copyleft (LGPL, MPL, EPL, CDDL) included: see
 * COPYLEFT. A licence that is neither (or none declared) is refused until someone reviews it and adds it
 * here. Exit status 1 when any package is refused, or with --check when the document is out of date.
 */
import { existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** SPDX ids allowed in production: permissive licences that ask only for the notice to be kept. */
export const PERMISSIVE: ReadonlySet<string> = new Set([
  "MIT", "MIT-0", "ISC", "0BSD", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "Zlib", "Unlicense", "CC0-1.0",
  "BlueOak-1.0.0", "Python-2.0", "BSD-2-Clause-Patent", "WTFPL", "CC-BY-3.0", "CC-BY-4.0",
]);

/**
 * Copyleft licences, refused in production. Strong copyleft (GPL, AGPL, SSPL, OSL, EUPL, CC-BY-SA) would put
 * the add-in under the same licence. Weak copyleft is refused too:
 * - LGPL: webpack combines the library with our code in minified files, which LGPL treats as linking; the
 *   user's right to replace the library in a bundle served to Excel cannot practically be honoured.
 * - MPL, EPL, CDDL (file-level copyleft): workable in principle (offer the source of those files with every
 *   copy of the pane), but the project takes on no such obligation without a review; none is needed today.
 */
export const COPYLEFT = /^(A?GPL|LGPL|MPL|EPL|CDDL|EUPL|SSPL|OSL|CPAL|RPL|CECILL|Sleepycat|CC-BY-SA|CC-BY-NC)/i;

/**
 * Packages whose published package.json declares no licence, or not in SPDX, read by a person:
 * `name@version` to the licence found and where. Keyed by version, so an upgrade is read again.
 */
export const REVIEWED: Readonly<Record<string, { licence: string; source: string }>> = {
  "buffers@0.1.1": {
    licence: "MIT",
    source: "no licence in the published package; its author's repository (github.com/substack/node-buffers) has an MIT LICENSE",
  },
};

/** Non-SPDX spellings seen in package.json files, and their SPDX id. */
const SPELLINGS: Readonly<Record<string, string>> = {
  "MIT/X11": "MIT",
  "MIT License": "MIT",
  "Apache 2.0": "Apache-2.0",
  "Apache License 2.0": "Apache-2.0",
  "Apache-2": "Apache-2.0",
  BSD: "BSD-3-Clause",
  "Public Domain": "Unlicense",
};

export type LicenceKind = "permissive" | "copyleft" | "unknown";

export interface LicenceChoice {
  /** The licence the project uses the package under (an SPDX expression without OR). */
  readonly licence: string;
  readonly kind: LicenceKind;
}

export interface PackageLicence extends LicenceChoice {
  readonly name: string;
  readonly version: string;
  /** What the package declares, when it differs from `licence` (a choice made, a spelling corrected). */
  readonly declared?: string;
  readonly note?: string;
}

const WORST: readonly LicenceKind[] = ["permissive", "unknown", "copyleft"];

export function classifyLicenceId(id: string): LicenceKind {
  const plain = id.replace(/\+$/, "");
  if (PERMISSIVE.has(plain)) return "permissive";
  if (COPYLEFT.test(plain)) return "copyleft";
  return "unknown";
}

/**
 * The licence a package is used under, from its SPDX expression: OR takes the most permissive alternative
 * (the first when they are alike), AND the strictest part; `WITH <exception>` is judged by its licence.
 */
export function chooseLicence(expression: string): LicenceChoice {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const fail = (): never => {
    throw new Error(`not an SPDX expression: ${expression}`);
  };

  function parseOr(): LicenceChoice {
    const options = [parseAnd()];
    while (peek()?.toUpperCase() === "OR") {
      at += 1;
      options.push(parseAnd());
    }
    const best = [...options].sort((a, b) => WORST.indexOf(a.kind) - WORST.indexOf(b.kind))[0] as LicenceChoice;
    return best;
  }
  function parseAnd(): LicenceChoice {
    const parts = [parseAtom()];
    while (peek()?.toUpperCase() === "AND") {
      at += 1;
      parts.push(parseAtom());
    }
    if (parts.length === 1) return parts[0] as LicenceChoice;
    const kind = parts.reduce<LicenceKind>((worst, p) => (WORST.indexOf(p.kind) > WORST.indexOf(worst) ? p.kind : worst), "permissive");
    return { licence: parts.map((p) => (/ OR | AND /.test(p.licence) ? `(${p.licence})` : p.licence)).join(" AND "), kind };
  }
  function parseAtom(): LicenceChoice {
    const token = peek();
    if (token === undefined || token === ")") return fail();
    at += 1;
    if (token === "(") {
      const inner = parseOr();
      if (peek() !== ")") fail();
      at += 1;
      return inner;
    }
    let licence = token;
    let kind = classifyLicenceId(token);
    if (peek()?.toUpperCase() === "WITH") {
      at += 1;
      const exception = peek();
      if (exception === undefined) fail();
      at += 1;
      licence = `${token} WITH ${exception}`;
      if (kind === "permissive") kind = "unknown";
    }
    return { licence, kind };
  }

  const choice = parseOr();
  if (at !== tokens.length) fail();
  return choice;
}

interface PackageJson {
  name?: string;
  version?: string;
  license?: unknown;
  licenses?: unknown;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The licence a package.json declares: `license` (string or the old `{ type }`), or the old `licenses` list. */
export function declaredLicence(pkg: PackageJson): string | undefined {
  const typeOf = (value: unknown): string | undefined =>
    typeof value === "string" ? value : typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string" ? (value as { type: string }).type : undefined;
  const single = typeOf(pkg.license);
  if (single) return single.trim();
  if (Array.isArray(pkg.licenses)) {
    const all = pkg.licenses.map(typeOf).filter((t): t is string => Boolean(t));
    if (all.length === 1) return all[0];
    if (all.length > 1) return `(${all.join(" OR ")})`;
  }
  return undefined;
}

/** One package's entry: its declared licence, a reviewed answer when it declares none, and the choice. */
export function packageLicence(name: string, version: string, declared: string | undefined): PackageLicence {
  const reviewed = REVIEWED[`${name}@${version}`];
  if (reviewed) {
    return { name, version, ...chooseLicence(reviewed.licence), ...(declared ? { declared } : {}), note: reviewed.source };
  }
  if (!declared) return { name, version, licence: "(none declared)", kind: "unknown" };
  const spelled = SPELLINGS[declared] ?? declared;
  let choice: LicenceChoice;
  try {
    choice = chooseLicence(spelled);
  } catch {
    return { name, version, licence: declared, kind: "unknown", note: "not an SPDX expression" };
  }
  const chosen = choice.licence !== declared.replace(/^\((.*)\)$/, "$1");
  return { name, version, ...choice, ...(chosen ? { declared } : {}) };
}

/** Where Node would find `name` from a package in `from`: its own node_modules, then each folder above. */
function resolvePackage(name: string, from: string, root: string): string | undefined {
  let folder = from;
  for (;;) {
    const candidate = join(folder, "node_modules", name, "package.json");
    if (existsSync(candidate)) return dirname(candidate);
    if (folder === root) return undefined;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * Every production package under `root` (a project folder with package.json and node_modules), sorted by
 * name and version. A required dependency that is not installed is an error (npm ci was not run).
 */
export function productionPackages(root: string): PackageLicence[] {
  const project = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as PackageJson;
  const seen = new Set<string>();
  const found = new Map<string, PackageLicence>();
  const queue: { name: string; from: string; optional: boolean; parent: string }[] = [
    ...Object.keys(project.dependencies ?? {}).map((name) => ({ name, from: root, optional: false, parent: "package.json" })),
    ...Object.keys(project.optionalDependencies ?? {}).map((name) => ({ name, from: root, optional: true, parent: "package.json" })),
  ];
  while (queue.length > 0) {
    const { name, from, optional, parent } = queue.shift() as (typeof queue)[number];
    const folder = resolvePackage(name, from, root);
    if (!folder) {
      if (optional) continue;
      throw new Error(`${name} (needed by ${parent}) is not installed: run npm ci`);
    }
    const real = realpathSync(folder);
    if (seen.has(real)) continue;
    seen.add(real);
    const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as PackageJson;
    const version = pkg.version ?? "0.0.0";
    const key = `${name}@${version}`;
    if (!found.has(key)) found.set(key, packageLicence(name, version, declaredLicence(pkg)));
    for (const dep of Object.keys(pkg.dependencies ?? {})) queue.push({ name: dep, from: folder, optional: false, parent: key });
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) queue.push({ name: dep, from: folder, optional: true, parent: key });
  }
  return [...found.values()].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version, "en", { numeric: true }) : a.name < b.name ? -1 : 1));
}

/** Packages refused by the policy: copyleft, or a licence nobody has reviewed. */
export function refused(packages: readonly PackageLicence[]): PackageLicence[] {
  return packages.filter((p) => p.kind !== "permissive");
}

/** "296 packages: MIT 272, ISC 12, ..." (most used first). */
export function licenceCounts(packages: readonly PackageLicence[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of packages) counts.set(p.licence, (counts.get(p.licence) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export const START = "<!-- licences:start (written by scripts/list-licences.ts --write; do not edit by hand) -->";
export const END = "<!-- licences:end -->";

const cell = (value: string): string => value.replace(/\|/g, "\\|");

/** The generated part of docs/LICENCES.md, between START and END. */
export function renderTable(packages: readonly PackageLicence[]): string {
  const counts = licenceCounts(packages).map(([licence, n]) => `${licence} ${n}`).join(", ");
  const lines = [
    START,
    "",
    `${packages.length} packages: ${counts}. Refused by the policy: ${refused(packages).length}.`,
    "",
    "| Package | Version | Licence | Note |",
    "|---|---|---|---|",
    ...packages.map((p) => {
      const notes = [
        p.declared ? `declared \`${p.declared}\`` : "",
        p.note ?? "",
        p.kind === "permissive" ? "" : `**refused: ${p.kind}**`,
      ].filter(Boolean);
      return `| ${cell(p.name)} | ${p.version} | ${cell(p.licence)} | ${cell(notes.join("; "))} |`;
    }),
    "",
    END,
  ];
  return lines.join("\n");
}

/** The document with its generated part replaced (or appended when it has none). */
export function updateDocument(document: string, packages: readonly PackageLicence[]): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) return `${document.trimEnd()}\n\n${renderTable(packages)}\n`;
  return document.slice(0, start) + renderTable(packages) + document.slice(end + END.length);
}

export const DOCUMENT = join("docs", "LICENCES.md");

if (require.main === module) {
  const root = resolve(process.cwd());
  const args = process.argv.slice(2);
  try {
    const packages = productionPackages(root);
    const counts = licenceCounts(packages).map(([licence, n]) => `${licence} ${n}`).join(", ");
    process.stdout.write(`licences: ${packages.length} production packages: ${counts}\n`);
    const bad = refused(packages);
    for (const p of bad) process.stdout.write(`  refused (${p.kind}): ${p.name}@${p.version} ${p.licence}\n`);
    const file = join(root, DOCUMENT);
    const current = existsSync(file) ? readFileSync(file, "utf8") : "";
    const updated = updateDocument(current, packages);
    if (args.includes("--write") && updated !== current) {
      writeFileSync(file, updated);
      process.stdout.write(`wrote ${DOCUMENT}\n`);
    } else if (args.includes("--check") && updated !== current) {
      process.stdout.write(`${DOCUMENT} is out of date: run node dist/node/scripts/list-licences.js --write\n`);
      process.exitCode = 1;
    }
    if (bad.length > 0) process.exitCode = 1;
  } catch (error) {
    process.stderr.write(`licences: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
