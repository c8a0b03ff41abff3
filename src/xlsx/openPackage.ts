import { BadFileReason } from "../core/import/badFile";
import { CellRange, parseRangeRef } from "../core/import/grid";
import { OutputKind } from "../core/outputMark";
import { readOutputMark } from "./outputMark";
import { PackageError, PackageParts, PartLimits } from "./packageParts";
import { READ_LIMITS } from "./limits";
import { Inflate, streamInflate } from "./zipReader";
import { Compression, ZipBuilder, streamCompression } from "./zipWriter";

/**
 * Opens the zip package ourselves (each part inflated within its declared size and the caps
 * of limits.ts) and gives exceljs a new, uncompressed package holding only the parts it needs,
 * without what makes it hang or crash on real files: whole-sheet data validations, tens of
 * thousands of merged ranges (we read merges ourselves), conditional formats, tables, drawings,
 * hyperlinks, comments. ISO date cells (t="d"), which exceljs misreads as serials, become text
 * we parse. The source file is never written: this works on a copy in memory.
 */
export type OpenedPackage =
  | { ok: true; bytes: Uint8Array; merges: Map<string, CellRange[]>; mark: OutputKind | null }
  | { ok: false; reason: BadFileReason; detail?: string };

export interface OpenOptions {
  /** How to inflate parts: Node's zlib in the command line's workers, DecompressionStream otherwise. */
  inflate?: Inflate;
  /** Its crc32 checksums the package handed to exceljs (Node's zlib.crc32 in the command line). */
  compression?: Compression;
  limits?: PartLimits;
}

interface KeptPart {
  name: string;
  data: Uint8Array;
}
/** Below this many merged ranges exceljs is quick; above it, it can take minutes. */
const MAX_MERGES_FOR_EXCELJS = 2_000;

// What exceljs hangs or crashes on, all placed after </sheetData> by the schema:
// whole-sheet data validations (minutes, > 1 GB), table parts with XML maps (TypeError).
const HARMFUL_TAIL = /<dataValidations\b|<tableParts\b|<(?:\w+:)?dataValidations\b/;

// Elements that point through the sheet's relationships, which exceljs is not given.
const LINKED = /<(?:drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|hyperlinks|tableParts)\b/;

const STRIP: readonly RegExp[] = [
  /<mergeCells\b[^>]*\/>|<mergeCells\b[\s\S]*?<\/mergeCells>/g,
  /<dataValidations\b[^>]*\/>|<dataValidations\b[\s\S]*?<\/dataValidations>/g,
  /<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g,
  /<extLst\b[\s\S]*?<\/extLst>/g,
  /<hyperlinks\b[\s\S]*?<\/hyperlinks>/g,
  /<tableParts\b[^>]*\/>|<tableParts\b[\s\S]*?<\/tableParts>/g,
];

/** Whatever points through the sheet's relationships. */
const UNLINK: readonly RegExp[] = [
  /<(?:drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g,
  /<oleObjects\b[\s\S]*?<\/oleObjects>/g,
  /<controls\b[\s\S]*?<\/controls>/g,
  /<hyperlinks\b[^>]*\/>|<hyperlinks\b[\s\S]*?<\/hyperlinks>/g,
  /<tableParts\b[^>]*\/>|<tableParts\b[\s\S]*?<\/tableParts>/g,
];

/** Parts exceljs reads besides the sheets; everything else (themes, media, comments …) is left out. */
const KEPT_PARTS = ["_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];

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

export async function openPackage(bytes: Uint8Array, options: OpenOptions = {}): Promise<OpenedPackage> {
  try {
    const parts = PackageParts.open(bytes, options.inflate ?? streamInflate, options.limits ?? READ_LIMITS);
    return await openParts(parts, options.compression ?? streamCompression);
  } catch (e) {
    if (e instanceof PackageError) return { ok: false, reason: e.reason, detail: e.detail };
    throw e;
  }
}

const utf8Text = (b: Uint8Array | null) => (b ? utf8.decode(b) : "");

async function openParts(parts: PackageParts, compression: Compression): Promise<OpenedPackage> {
  const names = parts.names;
  if (names.length === 0) return { ok: false, reason: "no-worksheets", detail: "gói zip không có phần nào" };
  if (parts.has("mimetype") && utf8Text(await parts.read("mimetype")).includes("opendocument")) return { ok: false, reason: "ods" };
  if (parts.has("xl/workbook.bin")) return { ok: false, reason: "xlsb" };
  if (!parts.has("xl/workbook.xml") || !parts.has("xl/_rels/workbook.xml.rels")) {
    const detail = !parts.has("xl/workbook.xml") ? "thiếu xl/workbook.xml" : "thiếu xl/_rels/workbook.xml.rels";
    return { ok: false, reason: "no-worksheets", detail };
  }
  const mark = readOutputMark(utf8Text(await parts.read("docProps/custom.xml")));

  const kept: KeptPart[] = [];
  for (const name of KEPT_PARTS) {
    const data = await parts.read(name);
    if (data) kept.push({ name, data });
  }
  const workbookXml = utf8Text(kept.find((k) => k.name === "xl/workbook.xml")?.data ?? null);
  const relsXml = utf8Text(kept.find((k) => k.name === "xl/_rels/workbook.xml.rels")?.data ?? null);

  const merges = new Map<string, CellRange[]>();
  for (const [sheetName, path] of sheetPathsByName(workbookXml, relsXml)) {
    const bytes = await parts.read(path);
    if (!bytes) continue;
    if (/<!DOCTYPE|<!ENTITY/i.test(utf8.decode(bytes.subarray(0, 4096)))) return { ok: false, reason: "unsafe", detail: path };
    // Only the part after </sheetData> is decoded and searched: the cells can be tens of MB.
    const split = sheetDataEnd(bytes);
    const tail = utf8.decode(bytes.subarray(split));
    const sheetMerges = mergesOf(tail);
    merges.set(sheetName, sheetMerges);
    const isoDates = indexOfAscii(bytes, ' t="d"', 0, split) >= 0;
    const harmful = HARMFUL_TAIL.test(tail) || sheetMerges.length > MAX_MERGES_FOR_EXCELJS;
    if (!isoDates && !harmful && !LINKED.test(tail)) {
      kept.push({ name: path, data: bytes });
      continue;
    }
    const cleanTail = (harmful || isoDates ? [...STRIP, ...UNLINK] : UNLINK).reduce((t, re) => t.replace(re, ""), tail);
    const head = isoDates
      ? encoder.encode(utf8.decode(bytes.subarray(0, split)).replace(/(<c\b[^>]*?)\bt="d"/g, '$1t="str"'))
      : bytes.subarray(0, split);
    const tailBytes = encoder.encode(cleanTail);
    const cleaned = new Uint8Array(head.length + tailBytes.length);
    cleaned.set(head, 0);
    cleaned.set(tailBytes, head.length);
    kept.push({ name: path, data: cleaned });
  }
  // Stored, not deflated: exceljs reads it back at once, and inflates nothing we did not check.
  const zip = new ZipBuilder(new Date(0), compression);
  for (const k of kept) zip.stored(k.name, k.data);
  return { ok: true, bytes: zip.finish(), merges, mark };
}
