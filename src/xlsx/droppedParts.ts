/**
 * What a copy saved through ExcelJS leaves out of the original (decision 10), in a finance officer's
 * words: "2 charts", "a macro project". Parts are counted in both packages, so what ExcelJS does keep
 * (pictures placed on a sheet, notes) is not reported.
 */
import JSZip from "jszip";
import { OWNERSHIP_PREFIX } from "../workbook/ownership";
import { loadWorkbook } from "./loadWorkbook";

interface PartKind {
  /** Package paths holding this kind of part. */
  readonly path: RegExp;
  /** Counts items by this tag in each part's XML; without it, each part counts as one. */
  readonly tag?: RegExp;
  readonly describe: (count: number) => string;
}

const plural = (one: string, many: string) => (count: number) => (count === 1 ? `1 ${one}` : `${count} ${many}`);

const KINDS: readonly PartKind[] = [
  { path: /^xl\/charts\/chart\d+\.xml$/i, describe: plural("chart", "charts") },
  { path: /^xl\/chartsheets\/[^/]+\.xml$/i, describe: plural("chart sheet", "chart sheets") },
  { path: /^xl\/pivotTables\/[^/]+\.xml$/i, describe: plural("pivot table", "pivot tables") },
  { path: /^xl\/drawings\/[^/]+\.xml$/i, tag: /<xdr:pic\b/g, describe: plural("picture", "pictures") },
  { path: /^xl\/drawings\/[^/]+\.xml$/i, tag: /<xdr:sp\b/g, describe: plural("shape or text box", "shapes and text boxes") },
  { path: /^xl\/vbaProject\.bin$/i, describe: () => "a macro project" },
  { path: /^xl\/slicers\/[^/]+\.xml$/i, tag: /<slicer\b/g, describe: plural("slicer", "slicers") },
  { path: /^xl\/timelines\/[^/]+\.xml$/i, tag: /<timeline\b/g, describe: plural("timeline", "timelines") },
  { path: /^xl\/externalLinks\/[^/]+\.xml$/i, describe: plural("link to another workbook", "links to other workbooks") },
  { path: /^xl\/threadedComments\/[^/]+\.xml$/i, tag: /<threadedComment\b/g, describe: plural("threaded comment", "threaded comments") },
  { path: /^xl\/connections\.xml$/i, tag: /<connection\b/g, describe: plural("data connection", "data connections") },
  { path: /^xl\/ctrlProps\/[^/]+\.xml$/i, describe: plural("form control", "form controls") },
  // ExcelJS keeps only names that refer to cells; named constants and formulas are lost. Print
  // settings (`_xlnm.`) and our own ownership marks are not the user's names.
  {
    path: /^xl\/workbook\.xml$/i,
    tag: new RegExp(`<definedName\\b(?![^>]*\\bname="(?:_xlnm\\.|${OWNERSHIP_PREFIX}))[^>]*>`, "gi"),
    describe: plural("named range or formula", "named ranges or formulas"),
  },
];

async function countKind(zip: JSZip, kind: PartKind): Promise<number> {
  const paths = Object.keys(zip.files).filter((path) => kind.path.test(path));
  if (!kind.tag) return paths.length;
  let count = 0;
  for (const path of paths) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    count += xml.match(kind.tag)?.length ?? 0;
  }
  return count;
}

/** By default the copy is what ExcelJS writes after loading the input; pass the real copy when you have it. */
export async function droppedParts(input: Uint8Array, copy?: Uint8Array): Promise<string[]> {
  const original = await JSZip.loadAsync(input);
  const written = copy ?? (await (await loadWorkbook(input)).xlsx.writeBuffer());
  const saved = await JSZip.loadAsync(written);
  const dropped: string[] = [];
  for (const kind of KINDS) {
    const lost = (await countKind(original, kind)) - (await countKind(saved, kind));
    if (lost > 0) dropped.push(kind.describe(lost));
  }
  return dropped;
}
