/** Saving with ExcelJS, then restoring in the package what ExcelJS cannot write itself. */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { OWNERSHIP_PREFIX } from "../workbook/ownership";

const WORKBOOK_PART = "xl/workbook.xml";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** ExcelJS writes no `hidden` attribute on defined names; our ownership marks must not show in Name Manager. */
export function hideOwnershipNames(workbookXml: string): string {
  const ours = new RegExp(`<definedName\\b(?![^>]*\\bhidden=)([^>]*\\bname="${escapeRegExp(OWNERSHIP_PREFIX)}[^"]*")`, "gi");
  return workbookXml.replace(ours, '<definedName hidden="1"$1');
}

export async function workbookToBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const written = await workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written);
  const part = zip.file(WORKBOOK_PART);
  if (!part) throw new Error(`ExcelJS wrote no ${WORKBOOK_PART}`);
  zip.file(WORKBOOK_PART, hideOwnershipNames(await part.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
