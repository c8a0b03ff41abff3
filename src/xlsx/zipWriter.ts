/**
 * A ZIP writer for the package parts we make, part by part as they are produced: text is encoded
 * and deflated in chunks of about a megabyte, so a 50,000-row sheet never exists as one string or
 * one buffer. Names are stored in UTF-8, dates are fixed (the same parts give the same bytes), and
 * DEFLATE comes from the platform: Node's zlib in the command line, CompressionStream in the browser.
 */

/** Deflates one part from its chunks; `finish` gives the compressed bytes. */
export interface DeflateSink {
  push(data: Uint8Array): Promise<void>;
  finish(): Promise<Uint8Array[]>;
}

export interface Compression {
  deflater: () => DeflateSink;
  /** CRC-32 of data continuing from `prev` (0 for the first chunk). */
  crc32: (data: Uint8Array, prev: number) => number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 in JavaScript, for browsers (Node has zlib.crc32). */
export function crc32(data: Uint8Array, prev = 0): number {
  let c = (prev ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The platform's CompressionStream ("deflate-raw"): browsers and Node 20. */
export const streamCompression: Compression = {
  deflater: () => {
    const cs = new CompressionStream("deflate-raw");
    const writer = cs.writable.getWriter();
    const out: Uint8Array[] = [];
    const reading = (async () => {
      const reader = cs.readable.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        out.push(value);
      }
    })();
    return {
      push: (data) => writer.write(data as Uint8Array<ArrayBuffer>),
      finish: async () => {
        await writer.close();
        await reading;
        return out;
      },
    };
  },
  crc32,
};

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((Math.max(1980, d.getUTCFullYear()) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

/**
 * Where a part's text goes: buffered, encoded and deflated a chunk at a time. When a chunk is full,
 * `write` returns a promise the producer awaits, so no more than a chunk or two is ever held.
 */
export interface TextSink {
  write(text: string): Promise<void> | void;
}

/**
 * A TextSink that also takes ASCII markup byte by byte: a sheet's rows (tags, references, style and
 * string numbers; its texts are in the shared strings) written with no string made per cell.
 */
export interface PartSink extends TextSink {
  /** Room for `bytes` more in the chunk: a full chunk is sent first, and the promise is to be awaited. */
  reserve(bytes: number): Promise<void> | undefined;
  /** ASCII text (markup, column letters, numbers as JavaScript writes them), within the room reserved. */
  ascii(text: string): void;
  /** A non-negative integer in decimal, within the room reserved. */
  int(n: number): void;
}

const CHUNK_BYTES = 1 << 20;
/** A chunk this close to full is sent: rows are a few hundred bytes, the next would rarely fit. */
const CHUNK_SLACK = 4096;
const enc = new TextEncoder();

export class ZipBuilder {
  private readonly chunks: Uint8Array[] = [];
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private count = 0;
  private readonly stamp: { time: number; date: number };

  constructor(
    when: Date,
    private readonly compression: Compression,
  ) {
    this.stamp = dosDateTime(when);
  }

  /** Adds a part whose text `produce` writes into the sink (it may write as much as it likes). */
  async part(name: string, produce: (sink: PartSink) => void | Promise<void>): Promise<void> {
    const deflate = this.compression.deflater();
    let crc = 0;
    let size = 0;
    // Each text is encoded straight into the chunk as it is written: no joined copy of the chunk's
    // texts, which would be a two-byte string of megabytes as soon as one Vietnamese letter is in it.
    let chunk = new Uint8Array(CHUNK_BYTES);
    let used = 0;
    const send = (bytes: Uint8Array): Promise<void> => {
      crc = this.compression.crc32(bytes, crc);
      size += bytes.length;
      return deflate.push(bytes);
    };
    const flush = (): Promise<void> => {
      const full = chunk.subarray(0, used);
      // zlib may still be reading the chunk: the next one is a new buffer.
      chunk = new Uint8Array(CHUNK_BYTES);
      used = 0;
      return send(full);
    };
    await produce({
      write: (text) => {
        // A UTF-16 code unit is at most three bytes of UTF-8.
        if (text.length * 3 > CHUNK_BYTES - used) {
          // Sent in order at once (each push queues its bytes before it returns), awaited together.
          if (text.length * 3 > CHUNK_BYTES)
            return Promise.all([used > 0 ? flush() : undefined, send(enc.encode(text))]).then(() => undefined);
          const pending = flush();
          used += enc.encodeInto(text, chunk).written;
          return pending;
        }
        used += enc.encodeInto(text, chunk.subarray(used)).written;
        return used >= CHUNK_BYTES - CHUNK_SLACK ? flush() : undefined;
      },
      reserve: (bytes) => (used + bytes > CHUNK_BYTES ? flush() : undefined),
      ascii: (text) => {
        for (let i = 0; i < text.length; i++) chunk[used++] = text.charCodeAt(i);
      },
      int: (n) => {
        if (n < 10) {
          chunk[used++] = 48 + n;
          return;
        }
        let digits = 1;
        for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
        for (let i = used + digits - 1, x = n; i >= used; i--, x = Math.floor(x / 10)) chunk[i] = 48 + (x % 10);
        used += digits;
      },
    });
    if (used > 0) await flush();
    const packed = await deflate.finish();
    this.addEntry(name, crc, size, packed);
  }

  /** A part given as text at once (the small ones). */
  text(name: string, content: string): Promise<void> {
    return this.part(name, (sink) => sink.write(content));
  }

  /** A part kept as it is, not deflated (a package handed straight to another reader in memory). */
  stored(name: string, data: Uint8Array): void {
    this.addEntry(name, this.compression.crc32(data, 0), data.length, [data], 0);
  }

  private addEntry(name: string, crc: number, size: number, packed: Uint8Array[], method = 8): void {
    const nameBytes = enc.encode(name);
    const packedSize = packed.reduce((n, p) => n + p.length, 0);
    const { time, date } = this.stamp;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // names in UTF-8
    local.setUint16(8, method, true); // 8: deflate, 0: stored
    local.setUint16(10, time, true);
    local.setUint16(12, date, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, packedSize, true);
    local.setUint32(22, size, true);
    local.setUint16(26, nameBytes.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x0800, true);
    dir.setUint16(10, method, true);
    dir.setUint16(12, time, true);
    dir.setUint16(14, date, true);
    dir.setUint32(16, crc, true);
    dir.setUint32(20, packedSize, true);
    dir.setUint32(24, size, true);
    dir.setUint16(28, nameBytes.length, true);
    dir.setUint32(42, this.offset, true);
    this.chunks.push(new Uint8Array(local.buffer), nameBytes, ...packed);
    this.central.push(new Uint8Array(dir.buffer), nameBytes);
    this.offset += 30 + nameBytes.length + packedSize;
    this.count++;
  }

  /** The whole file: the parts, the central directory, its end record. */
  finish(): Uint8Array {
    const dirSize = this.central.reduce((n, p) => n + p.length, 0);
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.count, true);
    end.setUint16(10, this.count, true);
    end.setUint32(12, dirSize, true);
    end.setUint32(16, this.offset, true);
    const all = [...this.chunks, ...this.central, new Uint8Array(end.buffer)];
    const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of all) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}
