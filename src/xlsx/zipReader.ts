/**
 * Reads a ZIP package's central directory ourselves and inflates only the parts asked for,
 * each checked against its declared size and a cap while it inflates: a bomb or a header that
 * lies is stopped after at most the cap's bytes, never held whole in memory.
 */

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The inflated size the central directory declares. */
  size: number;
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntryInfo[] } | { ok: false; detail: string };

/**
 * Inflates raw deflate data, failing with InflateLimitError as soon as the output would pass
 * maxBytes (before holding more than about that), and with any other error on corrupt data.
 */
export type Inflate = (data: Uint8Array, maxBytes: number) => Promise<Uint8Array>;

export class InflateLimitError extends Error {
  constructor() {
    super("inflate limit");
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const utf8 = new TextDecoder("utf-8");

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

function findEocd(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) if (u32(b, i) === EOCD) return i;
  return -1;
}

/** Sizes and offset from a zip64 extra field, where the 32-bit fields say 0xFFFFFFFF. */
function zip64Fields(extra: Uint8Array, e: ZipEntryInfo): void {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = u16(extra, i);
    const len = u16(extra, i + 2);
    if (id === 0x0001) {
      let at = i + 4;
      const room = (n: number) => at + n <= i + 4 + len;
      if (e.size === 0xffffffff && room(8)) {
        e.size = u64(extra, at);
        at += 8;
      }
      if (e.compressedSize === 0xffffffff && room(8)) {
        e.compressedSize = u64(extra, at);
        at += 8;
      }
      if (e.localOffset === 0xffffffff && room(8)) e.localOffset = u64(extra, at);
      return;
    }
    i += 4 + len;
  }
}

export function readZipDirectory(b: Uint8Array): ZipDirectory {
  const eocd = findEocd(b);
  if (eocd < 0) return { ok: false, detail: "không thấy mục lục của gói zip" };
  let count = u16(b, eocd + 10);
  let dirSize = u32(b, eocd + 12);
  let dirOffset = u32(b, eocd + 16);
  if ((count === 0xffff || dirOffset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR) {
    const at = u64(b, eocd - 20 + 8);
    if (at + 56 > b.length || u32(b, at) !== ZIP64_EOCD) return { ok: false, detail: "mục lục zip64 hỏng" };
    count = u64(b, at + 32);
    dirSize = u64(b, at + 40);
    dirOffset = u64(b, at + 48);
  }
  if (dirOffset + dirSize > b.length) return { ok: false, detail: "tệp bị cắt cụt (mục lục nằm ngoài tệp)" };
  const entries: ZipEntryInfo[] = [];
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) return { ok: false, detail: "mục lục của gói zip hỏng" };
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const e: ZipEntryInfo = {
      name: utf8.decode(b.subarray(p + 46, p + 46 + nameLen)),
      method: u16(b, p + 10),
      encrypted: (u16(b, p + 8) & 1) === 1,
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
    };
    zip64Fields(b.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), e);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, entries };
}

/** The compressed bytes of an entry, found through its local header. */
export function compressedData(b: Uint8Array, e: ZipEntryInfo): Uint8Array | null {
  const at = e.localOffset;
  if (at + 30 > b.length || u32(b, at) !== LOCAL) return null;
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  if (start + e.compressedSize > b.length) return null;
  return b.subarray(start, start + e.compressedSize);
}

/** Inflates raw deflate data a piece at a time into onChunk, failing with InflateLimitError past maxBytes; the bytes out. */
export type InflateChunks = (data: Uint8Array, maxBytes: number, onChunk: (chunk: Uint8Array) => void) => Promise<number>;

/** Inflate with the platform's DecompressionStream (browsers, Node 20), each piece handed on as it comes. */
export const streamInflateChunks: InflateChunks = async (data, maxBytes, onChunk) => {
  // A copy of just these bytes (a Buffer's slice() would share, and hand over, its whole pool).
  const stream = new Blob([new Uint8Array(data)]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new InflateLimitError();
    }
    onChunk(value);
  }
  return total;
};

/** Inflate with the platform's DecompressionStream (browsers, Node 20), counting as it goes. */
export const streamInflate: Inflate = async (data, maxBytes) => {
  const chunks: Uint8Array[] = [];
  const total = await streamInflateChunks(data, maxBytes, (c) => chunks.push(c));
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
};
