/**
 * Reading a zip package part by part from its central directory, with the sizes checked before and
 * while inflating: a part that says it is small but inflates large (a "bomb"), or one over the cap,
 * stops the read with a reason instead of costing gigabytes. Inflating comes from the platform (Node's
 * zlib in the command line, DecompressionStream in the browser).
 */

/** Inflates raw DEFLATE data, refusing to produce more than `limit` bytes. */
export type Inflate = (data: Uint8Array, limit: number) => Promise<Uint8Array>;

/** The platform's DecompressionStream ("deflate-raw"), counting as it reads. */
export const streamInflate: Inflate = async (data, limit) => {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new ZipError("too-large", `giải nén vượt ${Math.round(limit / 1e6)} MB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

export class ZipError extends Error {
  constructor(
    readonly reason: "corrupt" | "too-large",
    detail: string,
  ) {
    super(detail);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts. */
  dataAt: number;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/** The entries of a zip, by name (the first of two with the same name), from its central directory. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("corrupt", "không thấy mục lục của gói zip");
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const out = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipError("corrupt", "mục lục gói zip hỏng");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extra = u16(bytes, p + 30);
    const comment = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x0800 ? utf8 : latin1).decode(rawName).replace(/^\//, "");
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new ZipError("corrupt", `phần ${name} hỏng`);
    const dataAt = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (!out.has(name)) out.set(name, { name, method, compressedSize, size, dataAt });
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

/**
 * A part's bytes. The size its directory declares must be under `limit`, and inflating may not
 * produce more than it declared (a lying header) nor more than the limit.
 */
export async function readEntry(bytes: Uint8Array, e: ZipEntry, inflate: Inflate, limit: number): Promise<Uint8Array> {
  if (e.size > limit) throw new ZipError("too-large", `${e.name}: ${Math.round(e.size / 1e6)} MB khi giải nén`);
  const data = bytes.subarray(e.dataAt, e.dataAt + e.compressedSize);
  if (data.length < e.compressedSize) throw new ZipError("corrupt", `${e.name} bị cắt cụt`);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new ZipError("corrupt", `${e.name}: cách nén ${e.method} không hỗ trợ`);
  let out: Uint8Array;
  try {
    out = await inflate(data, Math.min(limit, e.size + 1));
  } catch (err) {
    if (err instanceof ZipError) throw err;
    throw new ZipError(/buffer|length|size/i.test((err as Error).message) ? "too-large" : "corrupt", `${e.name}: không giải nén được`);
  }
  if (out.length !== e.size) throw new ZipError("corrupt", `${e.name}: kích thước sau giải nén không khớp`);
  return out;
}
