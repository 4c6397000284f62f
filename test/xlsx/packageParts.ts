/** Reading parts of a saved .xlsx package, to check what ExcelJS actually wrote. */
import JSZip from "jszip";

export async function partText(xlsx: Uint8Array, path: string): Promise<string> {
  const part = (await JSZip.loadAsync(xlsx)).file(path);
  if (!part) throw new Error(`no part ${path}`);
  return part.async("string");
}

/** The worksheet part of the sheet with this name, found through workbook.xml and its relationships. */
export async function sheetXml(xlsx: Uint8Array, sheetName: string): Promise<string> {
  const workbook = await partText(xlsx, "xl/workbook.xml");
  const escaped = sheetName.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/"/g, "&quot;");
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${escaped}"`));
  const rId = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  if (!rId) throw new Error(`no sheet ${sheetName} in workbook.xml`);
  const rels = await partText(xlsx, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`<Relationship\\b[^>]*Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no relationship ${rId}`);
  return partText(xlsx, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
}

/** The `<c>` element of one cell in a worksheet part. */
export function cellXml(worksheetXml: string, address: string): string {
  const match = new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`).exec(worksheetXml);
  if (!match) throw new Error(`no cell ${address}`);
  return match[0];
}

/** XML text with the five predefined entities decoded, for comparing with plain strings. */
export function decodeXml(xml: string): string {
  return xml.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
