import { badFile } from "../core/import/badFile";
import { FileRead } from "../core/import/consolidate";
import { DocModel } from "../core/report/docModel";
import { SheetSpec } from "../core/sheets/spec";
import type { PlanFileResult } from "../documents/readPlanFile";

/**
 * The .xlsx reader and writer are loaded only when a file is read or a report exported,
 * so the pane opens fast (its first JavaScript stays small).
 * A file the reader throws on (a bad deflate stream, say) is a file that could not be read,
 * named with its reason: the caller goes on with the next one.
 */
export async function readWorkbookFile(file: File): Promise<FileRead> {
  const [{ readGrids }, bytes] = await Promise.all([import(/* webpackChunkName: "xlsx-read" */ "../xlsx/readGrids"), file.arrayBuffer()]);
  try {
    const r = await readGrids(file.name, new Uint8Array(bytes));
    return r.ok ? { file: file.name, ok: true, grids: r.grids } : { file: file.name, ok: false, bad: r.bad };
  } catch {
    // The unpacker's own words ("invalid block type") would be English internals to an official.
    return { file: file.name, ok: false, bad: badFile(file.name, "corrupt") };
  }
}

/** A plan file (.txt, .docx, .pdf, .xlsx): the readers are chunks of their own, fetched for the kind of file picked. */
export async function readPlanFileBytes(file: File): Promise<PlanFileResult> {
  const [{ readPlanBytes }, bytes] = await Promise.all([import(/* webpackChunkName: "plan-read" */ "./planReader"), file.arrayBuffer()]);
  return readPlanBytes(file.name, new Uint8Array(bytes));
}

/** The report's recipe (the document and its sheets): a chunk of its own, loaded on the first export. */
export async function loadReportRecipe(): Promise<typeof import("../core/report/fromMaster").reportFromMaster> {
  return (await import(/* webpackChunkName: "report" */ "../core/report/fromMaster")).reportFromMaster;
}

/** The report as Word: the docx package is a chunk of its own, loaded on the first export. */
export async function wordBytes(document: DocModel): Promise<Uint8Array> {
  const { docxBytes } = await import(/* webpackChunkName: "docx-write" */ "../docx/reportDocx");
  return docxBytes(document);
}

export async function xlsxBytes(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const { workbookBytes } = await import(/* webpackChunkName: "xlsx-write" */ "../xlsx/writeWorkbook");
  return workbookBytes(specs, { timestamp: new Date() });
}

const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer], {
    type: name.endsWith(".docx") ? MIME.docx : MIME.xlsx,
  });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
