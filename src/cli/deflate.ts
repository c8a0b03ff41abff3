import { promisify } from "util";
import { deflateRaw, inflateRawSync } from "zlib";
import { Inflate, InflateLimitError } from "../xlsx/zipReader";
import { Deflate } from "../xlsx/zipWriter";

const deflateRawAsync = promisify(deflateRaw);

/** Node's native zlib: several times faster than deflating in JavaScript. */
export const nodeDeflate: Deflate = async (data) => new Uint8Array(await deflateRawAsync(data, { level: 6 }));

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
