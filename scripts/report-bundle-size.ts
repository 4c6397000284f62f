/**
 * Reports how much JavaScript the task pane loads before its first paint: the scripts its built HTML
 * names (dist/web/taskpane.html), gzipped, against the goal. Microsoft's office.js is left out (it comes
 * from their CDN and is cached across add-ins); chunks loaded later with import() are listed apart.
 * Writes the figures to dist/web/bundle-size.json. Run by `npm run build:web` after webpack.
 *
 * Exit status: 0 when measured (over the goal included: it is reported, not enforced); 1 when the page or
 * its scripts cannot be found, since a size check that measures nothing must not pass.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The pane's first-load goal, gzipped. */
export const GOAL_GZIP_KB = 250;

/** Pages measured: the pane (against the goal) and the ribbon's function file. */
const PAGES = ["taskpane.html", "commands.html"] as const;

export interface ScriptSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface PageSize {
  readonly page: string;
  readonly scripts: readonly ScriptSize[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * The `src` of every `<script>` in the page, in order, as written. Handles double, single and no quotes
 * around the value (html-webpack-plugin's minified output writes `<script defer src=taskpane.x.js>`).
 */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of withoutComments.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = tag[1] ?? "";
    const src = /(?:^|\s)src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(attributes);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (value !== undefined && value !== "") sources.push(value);
  }
  return sources;
}

/** A script served by another origin (office.js from Microsoft's CDN), or protocol-relative. */
export function isExternal(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//");
}

/** The file in the output folder a local `src` names (query, fragment and leading `./` or `/` dropped). */
export function localPath(src: string): string {
  return decodeURIComponent(src.replace(/[?#].*$/, "").replace(/^(\.\/|\/)+/, ""));
}

function measure(folder: string, file: string): ScriptSize {
  const bytes = readFileSync(join(folder, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

/** Measures one page's first-load scripts; throws when the page or any of its scripts is missing. */
export function measurePage(folder: string, page: string): PageSize {
  const htmlPath = join(folder, page);
  if (!existsSync(htmlPath)) throw new Error(`${page} not found in the build folder: run webpack --mode production first.`);
  const local = scriptSources(readFileSync(htmlPath, "utf8")).filter((src) => !isExternal(src));
  if (local.length === 0) throw new Error(`${page} loads no script of the add-in's own: the size check found nothing to measure.`);
  const scripts = local.map((src) => {
    const file = localPath(src);
    if (!existsSync(join(folder, file))) throw new Error(`${page} loads ${src}, which is not in the build folder.`);
    return measure(folder, file);
  });
  return {
    page,
    scripts,
    bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
  };
}

export function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export interface BundleSizeReport {
  readonly goalGzipBytes: number;
  readonly withinGoal: boolean;
  readonly pages: readonly PageSize[];
  /** Scripts no page loads at first (import() chunks), loaded when needed. */
  readonly later: readonly ScriptSize[];
}

export function reportBundleSize(folder: string): BundleSizeReport {
  const pages = PAGES.map((page) => measurePage(folder, page));
  const initial = new Set(pages.flatMap((page) => page.scripts.map((s) => s.file)));
  const later = readdirSync(folder)
    .filter((file) => file.endsWith(".js") && !initial.has(file) && statSync(join(folder, file)).isFile())
    .sort()
    .map((file) => measure(folder, file));
  const pane = pages[0] as PageSize;
  return { goalGzipBytes: GOAL_GZIP_KB * 1024, withinGoal: pane.gzipBytes <= GOAL_GZIP_KB * 1024, pages, later };
}

export function describeReport(report: BundleSizeReport): string[] {
  const [pane, commands] = report.pages;
  const lines = [
    `task pane first load: ${kilobytes(pane?.gzipBytes ?? 0)} KB gzipped (goal ${GOAL_GZIP_KB} KB)` +
      (report.withinGoal ? "" : ": OVER THE GOAL") +
      `, ${kilobytes(pane?.bytes ?? 0)} KB minified, in ${pane?.scripts.length ?? 0} scripts (office.js not counted)`,
  ];
  if (commands) lines.push(`ribbon commands page: ${kilobytes(commands.gzipBytes)} KB gzipped`);
  if (report.later.length > 0) {
    const gzip = report.later.reduce((sum, s) => sum + s.gzipBytes, 0);
    lines.push(`loaded later when needed: ${kilobytes(gzip)} KB gzipped in ${report.later.length} chunks`);
  }
  return lines;
}

if (require.main === module) {
  const folder = process.argv[2] ?? join(process.cwd(), "dist", "web");
  try {
    const report = reportBundleSize(folder);
    writeFileSync(join(folder, "bundle-size.json"), `${JSON.stringify(report, null, 2)}\n`);
    for (const line of describeReport(report)) process.stdout.write(`${line}\n`);
  } catch (error) {
    process.stderr.write(`Bundle size: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
