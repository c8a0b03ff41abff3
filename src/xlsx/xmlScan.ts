/**
 * A package part's XML read by a scanner of the XML that spreadsheet writers produce, several times
 * faster than a general parser: elements, attributes, text, CDATA, comments and processing
 * instructions, the five predefined entities and character references, line ends and attribute
 * values normalised as the XML specification says. It checks what a well-formed part must be
 * (tags closed in order, one root, no stray "<" or "&", no characters XML forbids) and throws a
 * ScanError at anything else; xmlSax.parseXml then asks the conforming parser what is wrong.
 */
import type { XmlHandlers } from "./xmlSax";
import { ownCopy } from "../core/text/ownCopy";

export class ScanError extends Error {}

const CHUNK = 1 << 20;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
// Characters XML 1.0 forbids anywhere (the decoder has already turned bad UTF-8 into U+FFFD).
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const NAME =
  /^[A-Za-z_:\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd][-.0-9A-Za-z_:\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c-\u200d\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd]*$/;
// Names already checked, with their local part ("x:c" -> "c"): a part uses a few dozen names,
// hundreds of thousands of times.
const LOCAL_NAMES = new Map<string, string>();

/** A name's local part; a ScanError when it is not an XML name. */
function localOf(name: string): string {
  let local = LOCAL_NAMES.get(name);
  if (local === undefined) {
    if (!NAME.test(name)) throw new ScanError(`tên không hợp lệ "${name}"`);
    const i = name.indexOf(":");
    local = i < 0 ? name : name.slice(i + 1);
    if (LOCAL_NAMES.size < 2048) LOCAL_NAMES.set(ownCopy(name), ownCopy(local));
  }
  return local;
}

/** Literal line ends as XML reads them: "\r\n" and a lone "\r" are "\n". */
function lineEnds(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/** Entity and character references decoded; a bare "&" or an unknown entity is an error. */
function references(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([^;&<]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new ScanError("ký tự & không mở tham chiếu");
    if (ref.startsWith("#")) {
      const code = /^#x[0-9A-Fa-f]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
      const allowed =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) throw new ScanError(`tham chiếu ký tự không hợp lệ "${whole}"`);
      return String.fromCodePoint(code);
    }
    const named = ENTITIES[ref];
    if (named === undefined) throw new ScanError(`thực thể không khai báo "${whole}"`);
    return named;
  });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Where a construct ends, or -1 when the text read so far does not hold its end yet. */
const MORE = -1;
/** A tag (or comment, CDATA) longer than this is no spreadsheet's: a cell holds 32,767 characters. */
const LONGEST_TAG = 4 << 20;

/**
 * How much of a text cut by the chunk's end can be read now: not a reference still open ("&am"),
 * a "\r" whose "\n" may follow, or "]" that may begin "]]>".
 */
function textCut(buf: string, from: number): number {
  let cut = buf.length;
  const amp = buf.lastIndexOf("&");
  // A reference is a few characters: an "&" further back never closed is an error the text will show.
  if (amp >= from && buf.length - amp < 64 && buf.indexOf(";", amp) < 0) cut = amp;
  for (let back = 0; back < 2 && cut > from && (buf.charCodeAt(cut - 1) === 13 || buf.charCodeAt(cut - 1) === 93); back++) cut--;
  return cut;
}

class Scanner {
  private readonly open: string[] = [];
  private started = false;
  private rootClosed = false;

  constructor(private readonly h: XmlHandlers) {}

  /** Reads what it can of `buf`; returns where it stopped (the start of a construct not yet complete). */
  scan(buf: string, final: boolean): number {
    let pos = 0;
    while (pos < buf.length) {
      const lt = buf.indexOf("<", pos);
      if (lt < 0) {
        if (final) {
          this.text(buf.slice(pos));
          return buf.length;
        }
        // Text running past the chunk is given as far as can be decoded now (a long text would
        // otherwise be carried, and scanned again, chunk after chunk).
        const cut = textCut(buf, pos);
        if (cut > pos) this.text(buf.slice(pos, cut));
        return cut;
      }
      if (lt > pos) this.text(buf.slice(pos, lt));
      const end = this.construct(buf, lt, final);
      if (end === MORE) {
        if (buf.length - lt > LONGEST_TAG) throw new ScanError("thẻ dài quá mức");
        return lt;
      }
      pos = end;
    }
    return pos;
  }

  finish(): void {
    if (this.open.length > 0) throw new ScanError(`thẻ <${this.open[this.open.length - 1]}> không đóng`);
    if (!this.rootClosed) throw new ScanError("không có phần tử gốc");
  }

  private text(raw: string): void {
    if (this.open.length === 0) {
      if (raw.trim() !== "") throw new ScanError("chữ nằm ngoài phần tử gốc");
      return;
    }
    if (raw.indexOf("]]>") >= 0) throw new ScanError('"]]>" trong nội dung');
    // Decoded even where no one reads the text: a bad reference makes the part unreadable either way.
    const text = references(lineEnds(raw));
    this.h.text?.(text);
  }

  private construct(buf: string, lt: number, final: boolean): number {
    const next = buf.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return this.more(final, "thẻ bị cắt");
    if (next === 47 /* / */) return this.closeTag(buf, lt, final);
    if (next === 63 /* ? */) return this.skipTo(buf, lt, "?>", final);
    if (next === 33 /* ! */) {
      if (buf.startsWith("<!--", lt)) return this.skipTo(buf, lt, "-->", final);
      if (buf.startsWith("<![CDATA[", lt)) {
        const close = buf.indexOf("]]>", lt + 9);
        if (close < 0) return this.more(final, "CDATA không đóng");
        if (this.open.length === 0) throw new ScanError("CDATA nằm ngoài phần tử gốc");
        this.h.text?.(lineEnds(buf.slice(lt + 9, close)));
        return close + 3;
      }
      if (buf.length - lt < 9 && !final) return MORE;
      // A DOCTYPE (how entity bombs come) or anything else: the conforming parser says what it is.
      throw new ScanError("khai báo <! không đọc được");
    }
    return this.openTag(buf, lt, final);
  }

  private more(final: boolean, what: string): number {
    if (final) throw new ScanError(what);
    return MORE;
  }

  private skipTo(buf: string, lt: number, end: string, final: boolean): number {
    const at = buf.indexOf(end, lt + 2);
    return at < 0 ? this.more(final, `thiếu "${end}"`) : at + end.length;
  }

  private closeTag(buf: string, lt: number, final: boolean): number {
    const gt = buf.indexOf(">", lt + 2);
    if (gt < 0) return this.more(final, "thẻ đóng bị cắt");
    let endName = gt;
    while (isSpace(buf.charCodeAt(endName - 1))) endName--;
    const name = buf.slice(lt + 2, endName);
    const top = this.open.pop();
    if (top !== name) throw new ScanError(`thẻ đóng </${name}> không khớp <${top ?? ""}>`);
    if (this.open.length === 0) this.rootClosed = true;
    this.h.close?.(localOf(name));
    return gt + 1;
  }

  private openTag(buf: string, lt: number, final: boolean): number {
    const n = buf.length;
    let i = lt + 1;
    while (i < n) {
      const c = buf.charCodeAt(i);
      if (c === 62 /* > */ || c === 47 /* / */ || isSpace(c)) break;
      i++;
    }
    if (i >= n) return this.more(final, "thẻ mở bị cắt");
    const name = buf.slice(lt + 1, i);
    const local = localOf(name);
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = i;
      let c = buf.charCodeAt(i);
      while (isSpace(c)) c = buf.charCodeAt(++i);
      if (i >= n) return this.more(final, "thẻ mở bị cắt");
      if (c === 62 /* > */) {
        this.start(name, local, attrs, false);
        return i + 1;
      }
      if (c === 47 /* / */) {
        if (i + 1 >= n) return this.more(final, "thẻ mở bị cắt");
        if (buf.charCodeAt(i + 1) !== 62) throw new ScanError(`thẻ <${name}> hỏng`);
        this.start(name, local, attrs, true);
        return i + 2;
      }
      if (i === before) throw new ScanError(`thiếu khoảng trắng giữa các thuộc tính của <${name}>`);
      const keyStart = i;
      while (i < n && (c = buf.charCodeAt(i)) !== 61 /* = */ && !isSpace(c) && c !== 62 && c !== 47) i++;
      const key = buf.slice(keyStart, i);
      while (isSpace(c)) c = buf.charCodeAt(++i);
      if (i >= n) return this.more(final, "thuộc tính bị cắt");
      if (c !== 61) throw new ScanError(`thuộc tính ${key} thiếu dấu =`);
      localOf(key);
      c = buf.charCodeAt(++i);
      while (isSpace(c)) c = buf.charCodeAt(++i);
      if (i >= n) return this.more(final, "thuộc tính bị cắt");
      if (c !== 34 && c !== 39) throw new ScanError(`giá trị thuộc tính ${key} không có ngoặc kép`);
      const quote = c;
      const valueStart = ++i;
      // One pass finds the closing quote and whether the value needs more than a slice.
      let plain = true;
      for (; i < n && (c = buf.charCodeAt(i)) !== quote; i++) {
        if (c === 60 /* < */) throw new ScanError(`dấu < trong thuộc tính ${key}`);
        if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) plain = false;
      }
      if (i >= n) return this.more(final, "thuộc tính bị cắt");
      const raw = buf.slice(valueStart, i);
      if (attrs[key] !== undefined) throw new ScanError(`thuộc tính ${key} lặp lại`);
      // Literal white space in a value is a space; characters given by reference stay as they are.
      attrs[key] = plain ? raw : references(lineEnds(raw).replace(/[\t\n]/g, " "));
      i++;
    }
  }

  private start(name: string, local: string, attrs: Record<string, string>, empty: boolean): void {
    if (this.rootClosed || (this.open.length === 0 && this.started)) throw new ScanError("hai phần tử gốc");
    this.started = true;
    this.h.open(local, attrs);
    if (empty) {
      if (this.open.length === 0) this.rootClosed = true;
      this.h.close?.(local);
    } else this.open.push(name);
  }
}

/**
 * A part's bytes scanned as they come (UTF-8 decoded in pieces, an element cut between two pieces
 * carried over): a sheet of 100 MB is never one buffer. ScanError where it cannot read them.
 */
export class XmlChunks {
  private readonly scanner: Scanner;
  private readonly decoder = new TextDecoder("utf-8");
  private carry = "";
  private first = true;

  constructor(h: XmlHandlers) {
    this.scanner = new Scanner(h);
  }

  push(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      let piece = this.decoder.decode(bytes.subarray(at, Math.min(bytes.length, at + CHUNK)), { stream: true });
      // The byte-order mark, where a writer put one, is not content.
      if (this.first && piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      this.first = this.first && piece === "";
      if (FORBIDDEN.test(piece)) throw new ScanError("ký tự XML không cho phép");
      const buf = this.carry === "" ? piece : this.carry + piece;
      this.carry = buf.slice(this.scanner.scan(buf, false));
    }
  }

  end(): void {
    const tail = this.decoder.decode();
    if (FORBIDDEN.test(tail)) throw new ScanError("ký tự XML không cho phép");
    this.scanner.scan(this.carry + tail, true);
    this.scanner.finish();
  }
}

/** Scans a part's bytes (UTF-8, a megabyte of text at a time) into the handlers; ScanError where it cannot. */
export function scanXml(bytes: Uint8Array, h: XmlHandlers): void {
  const chunks = new XmlChunks(h);
  chunks.push(bytes);
  chunks.end();
}
