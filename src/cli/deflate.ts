import { once } from "events";
import { constants, crc32, createDeflateRaw, inflateRawSync } from "zlib";
import { Inflate, InflateLimitError } from "../xlsx/zipReader";
import { Compression } from "../xlsx/zipWriter";

/** Bytes handed to zlib and not yet deflated, at most (a few of the writer's one-megabyte chunks). */
const IN_FLIGHT = 4 << 20;
const OUT_CHUNK = 1 << 20;

/**
 * Node's zlib: several times faster than deflating in JavaScript, and it compresses on the
 * thread pool while the next rows are being written.
 */
export const nodeCompression: Compression = {
  deflater: () => {
    // Output a megabyte at a time: with the default 16 KB, each chunk went back and forth between
    // zlib's thread and this one a dozen times, and this thread, busy making rows, answered late.
    const z = createDeflateRaw({ level: 6, flush: constants.Z_NO_FLUSH, chunkSize: OUT_CHUNK });
    const out: Uint8Array[] = [];
    z.on("data", (c: Buffer) => out.push(c));
    return {
      // zlib deflates on its thread pool while this thread makes the next rows: only when more than
      // IN_FLIGHT bytes wait to be deflated does the writer stop for it.
      push: async (data) => {
        z.write(data);
        if (z.writableLength > IN_FLIGHT) await once(z, "drain");
        // Let zlib's last callback run, so it starts on this chunk while the next is being made.
        else await new Promise((resolve) => setImmediate(resolve));
      },
      finish: async () => {
        z.end();
        await once(z, "end");
        return out;
      },
    };
  },
  crc32: (data, prev) => crc32(data, prev),
};

/**
 * Node's native inflate, stopped by zlib itself once the output passes maxBytes (it never
 * holds more than that): a bomb costs at most the cap.
 */
export const nodeInflate: Inflate = async (data, maxBytes) => {
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError();
    throw e;
  }
};
