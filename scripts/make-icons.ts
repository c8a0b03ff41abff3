/**
 * Draws the add-in's icons (16, 32, 80 px PNG) without an image library: a green
 * rounded square with a white check mark, the product's "done on time" sign.
 *   npm run build:cli && node build/scripts/make-icons.js
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { deflateSync } from "zlib";

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function icon(size: number): Buffer {
  const r = size * 0.18;
  const stroke = Math.max(1.2, size * 0.09);
  return png(size, (x, y) => {
    const cx = x + 0.5;
    const cy = y + 0.5;
    const dx = Math.max(r - cx, cx - (size - r), 0);
    const dy = Math.max(r - cy, cy - (size - r), 0);
    if (Math.hypot(dx, dy) > r) return [0, 0, 0, 0];
    const onCheck =
      distToSegment(cx / size, cy / size, 0.24, 0.52, 0.43, 0.71) * size < stroke ||
      distToSegment(cx / size, cy / size, 0.43, 0.71, 0.78, 0.32) * size < stroke;
    return onCheck ? [255, 255, 255, 255] : [16, 124, 65, 255];
  });
}

const assets = join(__dirname, "..", "..", "assets");
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(assets, `icon-${size}.png`), icon(size));
console.log("icons written to assets/");
