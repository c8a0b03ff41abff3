import { constants, deflateRawSync } from "zlib";
import { crc32 } from "../../src/xlsx/zipWriter";

/**
 * A ZIP writer for hostile packages: every field can lie (declared sizes, names), parts can be
 * stored, deflated, or given as ready-made deflate data (a bomb, a corrupt stream).
 */
export interface RawEntry {
  name: string;
  /** The part's bytes, deflated here unless `deflated` is given. */
  data?: Uint8Array | string;
  /** Ready-made deflate data (written as is); `size` is then what the headers declare. */
  deflated?: Uint8Array;
  /** The inflated size the headers declare (the real one by default). */
  size?: number;
  stored?: boolean;
}

const enc = new TextEncoder();

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const data = typeof e.data === "string" ? enc.encode(e.data) : (e.data ?? new Uint8Array());
    const body = e.deflated ?? (e.stored ? data : deflateRawSync(data));
    const size = e.size ?? data.length;
    const crc = e.deflated ? 0 : crc32(data);
    const method = e.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(body));
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

/**
 * Deflate data that inflates to head + chunk x times + tail, in a few kB per GB: after a full
 * flush the compressor starts afresh, so the same chunk always compresses to the same bytes,
 * which can simply be repeated.
 */
export function repeatedDeflate(head: string, chunk: string, times: number, tail: string): { deflated: Uint8Array; size: number } {
  const flush = (s: string) => deflateRawSync(enc.encode(s), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const one = flush(chunk);
  const pieces = [flush(head), ...Array.from({ length: times }, () => one), deflateRawSync(enc.encode(tail))];
  return {
    deflated: new Uint8Array(Buffer.concat(pieces)),
    size: enc.encode(head).length + enc.encode(chunk).length * times + enc.encode(tail).length,
  };
}
