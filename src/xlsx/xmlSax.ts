import { SaxesParser } from "saxes";
import { ScanError, XmlChunks, scanXml } from "./xmlScan";

/**
 * A package part's XML, parsed as it streams (a megabyte of text at a time, so a 60 MB sheet is never
 * one string): by a fast scanner, and by a conforming parser (saxes) where the scanner refuses it. Element names come without their prefix ("x:c" -> "c",
 * Strict OOXML's namespaces are the same to us); attributes come as written ("r:id"), untouched (the hot
 * path: copying them for every cell cost more than parsing). A DOCTYPE is refused: package parts never
 * need one, and entity declarations are how XML bombs expand.
 */
export interface XmlHandlers {
  open(name: string, attrs: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

export class UnsafeXmlError extends Error {}

const CHUNK = 1 << 20;
const utf8 = () => new TextDecoder("utf-8");

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by its local name, whatever its prefix ("r:id", "id"). */
export function attr(attrs: Readonly<Record<string, string>>, local: string): string | undefined {
  if (attrs[local] !== undefined) return attrs[local];
  for (const k in attrs) if (k.endsWith(`:${local}`)) return attrs[k];
  return undefined;
}

/**
 * Parses a part: by the fast scanner (xmlScan.ts); where it finds the part is not XML it reads, the
 * conforming parser reads it again, without handlers, to say what is wrong in its words (and where).
 */
export function parseXml(bytes: Uint8Array, h: XmlHandlers): void {
  try {
    scanXml(bytes, h);
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    conformingParse(bytes, { open: () => undefined });
    throw new Error(e.message);
  }
}

/**
 * A part given in pieces by `feed` (a sheet inflated as it is read), parsed as they come. Where the
 * scanner cannot read it, its words say what is wrong (the conforming parser would need the part whole).
 */
export async function parseXmlChunks(feed: (onChunk: (bytes: Uint8Array) => void) => Promise<unknown>, h: XmlHandlers): Promise<void> {
  const chunks = new XmlChunks(h);
  try {
    await feed((bytes) => chunks.push(bytes));
    chunks.end();
  } catch (e) {
    if (e instanceof ScanError) throw new Error(e.message);
    throw e;
  }
}

/** The part read by saxes, a conforming streaming parser. */
export function conformingParse(bytes: Uint8Array, h: XmlHandlers): void {
  const parser = new SaxesParser();
  let failure: Error | null = null;
  parser.on("doctype", () => {
    failure ??= new UnsafeXmlError("khai báo DOCTYPE/ENTITY");
  });
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", (tag) => h.open(localName(tag.name), tag.attributes as Readonly<Record<string, string>>));
  if (h.close) {
    const close = h.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (h.text) {
    const text = h.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const decoder = utf8();
  for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
    const piece = decoder.decode(bytes.subarray(at, Math.min(bytes.length, at + CHUNK)), { stream: true });
    // The byte-order mark, where a writer put one, is not content.
    parser.write(at === 0 ? piece.replace(/^\ufeff/, "") : piece);
  }
  if (!failure) parser.write(decoder.decode()).close();
  if (failure) throw failure;
}

/** OOXML's escape for characters XML cannot hold: "_x000D_" is a carriage return; "_x005F_" a literal "_". */
export function decodeOoxmlEscapes(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
