import { once } from "events";
import { constants, crc32, createDeflateRaw } from "zlib";
import { Compression } from "../xlsx/zipWriter";

/**
 * Node's zlib: several times faster than deflating in JavaScript, and it compresses on the
 * thread pool while the next rows are being written.
 */
export const nodeCompression: Compression = {
  deflater: () => {
    const z = createDeflateRaw({ level: 6, flush: constants.Z_NO_FLUSH });
    const out: Uint8Array[] = [];
    z.on("data", (c: Buffer) => out.push(c));
    return {
      push: async (data) => {
        if (!z.write(data)) await once(z, "drain");
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
