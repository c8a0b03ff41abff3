import { PlanDocument } from "../core/plan/planDocument";
import { decodeText } from "./text";

/**
 * A plan file as officials receive it, to the document the plan parser reads: a text file, a
 * Word file (.docx), a PDF with a text layer, or a workbook whose sheet lists the tasks. Takes
 * bytes, never a path: the same code runs in the command line and in the task pane. Each reader
 * (mammoth, pdf.js, exceljs) is loaded only for a file of its kind: in the pane each is a chunk of
 * its own, fetched when such a file is picked.
 */
export type PlanFileKind = "txt" | "docx" | "pdf" | "xlsx";

/**
 * Why a file could not be read, for a caller that words it in another language: a scan without a
 * text layer, a password, a file of another or an old format, or one that is damaged.
 */
export type PlanFileProblem = "scanned" | "password" | "format" | "damaged";

export type PlanFileResult = { ok: true; kind: PlanFileKind; doc: PlanDocument } | { ok: false; error: string; problem: PlanFileProblem };

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  return [...ascii].every((ch, i) => bytes[i] === ch.charCodeAt(0));
}

/** Names inside a zip package, read from its central directory without unpacking it. */
function zipHas(bytes: Uint8Array, name: string): boolean {
  const needle = new TextEncoder().encode(name);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function kindOf(name: string, bytes: Uint8Array): PlanFileKind | { error: string } {
  const ext = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? "";
  if (startsWith(bytes, "%PDF")) return "pdf";
  if (startsWith(bytes, "PK\u0003\u0004")) {
    if (zipHas(bytes, "word/document.xml")) return "docx";
    if (zipHas(bytes, "xl/workbook.xml")) return "xlsx";
    return { error: "tệp nén không phải Word (.docx) hay Excel (.xlsx)" };
  }
  if (startsWith(bytes, "\u00d0\u00cf\u0011\u00e0")) {
    return { error: "tệp Word/Excel đời cũ (.doc, .xls): hãy mở bằng Word/Excel và lưu thành .docx/.xlsx" };
  }
  if (ext === "pdf" || ext === "docx" || ext === "xlsx")
    return { error: `tệp không đúng định dạng .${ext} (nội dung không khớp đuôi tệp)` };
  return "txt";
}

export interface ReadPlanFileOptions {
  /** In a browser: the URL of pdf.js's worker script (see readPdf). */
  pdfWorkerSrc?: string;
}

/** Reads a plan file; the error says, in Vietnamese, why a file cannot be read (the caller names the file). */
export async function readPlanFile(name: string, bytes: Uint8Array, options: ReadPlanFileOptions = {}): Promise<PlanFileResult> {
  const kind = kindOf(name, bytes);
  if (typeof kind !== "string") return { ok: false, error: kind.error, problem: "format" };
  const file = name.split(/[/\\]/).pop() ?? name;
  switch (kind) {
    case "txt":
      return { ok: true, kind, doc: { blocks: [{ kind: "text", text: decodeText(bytes) }] } };
    case "pdf": {
      const { readPdf } = await import(/* webpackChunkName: "plan-pdf" */ "./pdf");
      const r = await readPdf(bytes, options.pdfWorkerSrc);
      return r.ok
        ? { ok: true, kind, doc: { blocks: [{ kind: "text", text: r.text }] } }
        : { ok: false, error: r.reason, problem: r.problem };
    }
    case "docx": {
      const { readDocx } = await import(/* webpackChunkName: "plan-docx" */ "./docx");
      const r = await readDocx(bytes, file);
      return r.ok ? { ok: true, kind, doc: { blocks: r.blocks } } : { ok: false, error: r.reason, problem: "damaged" };
    }
    case "xlsx": {
      const { readGrids } = await import(/* webpackChunkName: "xlsx-read" */ "../xlsx/readGrids");
      const r = await readGrids(file, bytes);
      if (!r.ok) return { ok: false, error: r.bad.message, problem: r.bad.reason === "encrypted" ? "password" : "damaged" };
      return { ok: true, kind, doc: { blocks: r.grids.filter((g) => !g.hidden).map((grid) => ({ kind: "table" as const, grid })) } };
    }
  }
}
