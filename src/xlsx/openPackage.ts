import JSZip from "jszip";
import { BadFileReason } from "../core/import/badFile";
import { CellRange, parseRangeRef } from "../core/import/grid";

/**
 * Opens the zip package and removes what we never use and what makes exceljs hang or
 * crash on real files: whole-sheet data validations, tens of thousands of merged ranges
 * (we read merges ourselves), conditional formats, tables, drawings, hyperlinks.
 * ISO date cells (t="d"), which exceljs misreads as serials, become text we parse.
 * The source file is never written: this works on a copy in memory.
 */
export type OpenedPackage =
  { ok: true; bytes: Uint8Array; merges: Map<string, CellRange[]> } | { ok: false; reason: BadFileReason; detail?: string };

const MAX_PART_BYTES = 300_000_000;
/** Below this many merged ranges exceljs is quick; above it, it can take minutes. */
const MAX_MERGES_FOR_EXCELJS = 2_000;

// What exceljs hangs or crashes on, all placed after </sheetData> by the schema:
// whole-sheet data validations (minutes, > 1 GB), table parts with XML maps (TypeError).
const HARMFUL_TAIL = /<dataValidations\b|<tableParts\b|<(?:\w+:)?dataValidations\b/;

const STRIP: readonly RegExp[] = [
  /<mergeCells\b[^>]*\/>|<mergeCells\b[\s\S]*?<\/mergeCells>/g,
  /<dataValidations\b[^>]*\/>|<dataValidations\b[\s\S]*?<\/dataValidations>/g,
  /<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g,
  /<extLst\b[\s\S]*?<\/extLst>/g,
  /<hyperlinks\b[\s\S]*?<\/hyperlinks>/g,
  /<tableParts\b[^>]*\/>|<tableParts\b[\s\S]*?<\/tableParts>/g,
];

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Index of the last occurrence of an ASCII needle in bytes, or -1. */
function lastIndexOfAscii(bytes: Uint8Array, needle: string): number {
  const n = needle.length;
  outer: for (let i = bytes.length - n; i >= 0; i--) {
    for (let j = 0; j < n; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** Where the cells end: at "</sheetData>", at an empty "<sheetData/>", else 0 (search it all). */
function sheetDataEnd(bytes: Uint8Array): number {
  const closing = lastIndexOfAscii(bytes, "</sheetData>");
  if (closing >= 0) return closing;
  const empty = indexOfAscii(bytes, "<sheetData/>");
  return empty >= 0 ? empty : 0;
}

function indexOfAscii(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): number {
  const first = needle.charCodeAt(0);
  const n = needle.length;
  outer: for (let i = from; i <= to - n; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < n; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function sheetPathsByName(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const byName = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]+)"/.exec(m[0])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) byName.set(decodeXml(name), path);
  }
  return byName;
}

function decodeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function mergesOf(xml: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)) {
    const r = parseRangeRef(m[1]);
    if (r) out.push(r);
  }
  return out;
}

export async function openPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    return { ok: false, reason: "corrupt", detail: (e as Error).message };
  }
  const names = Object.keys(zip.files);
  if (names.length === 0) return { ok: false, reason: "no-worksheets", detail: "gói zip không có phần nào" };
  const mimetype = zip.file("mimetype");
  if (mimetype && (await mimetype.async("string")).includes("opendocument")) return { ok: false, reason: "ods" };
  if (zip.file("xl/workbook.bin")) return { ok: false, reason: "xlsb" };
  const workbookFile = zip.file("xl/workbook.xml");
  const relsFile = zip.file("xl/_rels/workbook.xml.rels");
  if (!workbookFile || !relsFile) {
    return { ok: false, reason: "no-worksheets", detail: !workbookFile ? "thiếu xl/workbook.xml" : "thiếu xl/_rels/workbook.xml.rels" };
  }

  const merges = new Map<string, CellRange[]>();
  let changed = false;
  const sheetPaths = sheetPathsByName(await workbookFile.async("string"), await relsFile.async("string"));
  for (const [sheetName, path] of sheetPaths) {
    const entry = zip.file(path);
    if (!entry) continue;
    const bytes = await entry.async("uint8array");
    if (bytes.length > MAX_PART_BYTES) return { ok: false, reason: "too-large", detail: `${path}: ${Math.round(bytes.length / 1e6)} MB` };
    if (/<!DOCTYPE|<!ENTITY/i.test(utf8.decode(bytes.subarray(0, 4096)))) return { ok: false, reason: "unsafe", detail: path };
    // Only the part after </sheetData> is decoded and searched: the cells can be tens of MB.
    const split = sheetDataEnd(bytes);
    const tail = utf8.decode(bytes.subarray(split));
    const sheetMerges = mergesOf(tail);
    merges.set(sheetName, sheetMerges);
    const isoDates = indexOfAscii(bytes, ' t="d"', 0, split) >= 0;
    if (!isoDates && !HARMFUL_TAIL.test(tail) && sheetMerges.length <= MAX_MERGES_FOR_EXCELJS) continue;
    const cleanTail = STRIP.reduce((t, re) => t.replace(re, ""), tail);
    const head = isoDates
      ? encoder.encode(utf8.decode(bytes.subarray(0, split)).replace(/(<c\b[^>]*?)\bt="d"/g, '$1t="str"'))
      : bytes.subarray(0, split);
    const tailBytes = encoder.encode(cleanTail);
    const cleaned = new Uint8Array(head.length + tailBytes.length);
    cleaned.set(head, 0);
    cleaned.set(tailBytes, head.length);
    // Stored, not deflated: exceljs reads it back at once. Untouched parts keep their bytes.
    zip.file(path, cleaned, { compression: "STORE" });
    changed = true;
  }
  // Other parts are left to exceljs, whose XML parser does not expand entities (no bomb).
  // Source tables are never used (we find tables ourselves) and exceljs crashes on some (XML maps).
  for (const name of names) {
    if (!/^xl\/(media|embeddings|tables)\//i.test(name)) continue;
    zip.remove(name);
    changed = true;
  }
  if (!changed) return { ok: true, bytes, merges };
  // DEFLATE as the default keeps untouched entries' compressed bytes as they are (no inflate, no deflate).
  const cleaned = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { ok: true, bytes: cleaned, merges };
}
