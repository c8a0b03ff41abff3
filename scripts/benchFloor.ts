/**
 * The machine's floor for consolidation: the least work any tool must do on these files. Each
 * workbook's zip is walked, its sheets and shared strings inflated with Node's zlib and scanned
 * once with a regular expression down to cell values; then the master's parts (the same number of
 * bytes cchc writes) are deflated, checksummed and zipped. Nothing is understood or checked: no
 * tool can be faster.
 *   node build/scripts/benchFloor.js <folder of workbooks> <master.xlsx written by cchc>
 * Prints one JSON line: {"readMs", "writeMs", "cells", "bytesWritten", "maxRSS"}.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { crc32, deflateRawSync, inflateRawSync } from "zlib";

interface Entry {
  name: string;
  method: number;
  compressed: number;
  offset: number;
}

/** The zip's central directory: each entry's name, method, compressed size and where its data starts. */
function entries(zip: Buffer): Entry[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30);
    const comment = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLen);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({ name, method, compressed, offset: dataAt });
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

function inflate(zip: Buffer, e: Entry): Buffer {
  const data = zip.subarray(e.offset, e.offset + e.compressed);
  return e.method === 8 ? inflateRawSync(data) : data;
}

const CELL = /<c\b[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;
const SI = /<si>([\s\S]*?)<\/si>/g;

function main(): void {
  const [dir, master] = process.argv.slice(2);
  const t0 = performance.now();
  let cells = 0;
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()) {
    const zip = readFileSync(join(dir, f));
    for (const e of entries(zip)) {
      if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(e.name)) continue;
      const xml = inflate(zip, e).toString("utf8");
      const re = e.name.includes("shared") ? SI : CELL;
      re.lastIndex = 0;
      for (let m = re.exec(xml); m; m = re.exec(xml)) cells++;
    }
  }
  const readMs = performance.now() - t0;

  // The write: the master's own parts, inflated beforehand (not timed), deflated and zipped again.
  const zip = readFileSync(master);
  const parts = entries(zip).map((e) => ({ name: e.name, data: inflate(zip, e) }));
  const t1 = performance.now();
  let bytes = 0;
  const out: Buffer[] = [];
  for (const p of parts) {
    const packed = deflateRawSync(p.data, { level: 6 });
    const header = Buffer.alloc(30 + Buffer.byteLength(p.name));
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt32LE(crc32(p.data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(p.data.length, 22);
    out.push(header, packed);
    bytes += p.data.length;
  }
  Buffer.concat(out);
  const writeMs = performance.now() - t1;
  console.log(JSON.stringify({ readMs, writeMs, cells, bytesWritten: bytes, maxRSS: process.resourceUsage().maxRSS }));
}

main();
