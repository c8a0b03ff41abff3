/**
 * The OLE compound file an Excel 97-2003 workbook (.xls) is kept in: a small FAT file system of
 * 512-byte sectors. Only what a workbook needs is read: the directory, and one stream by name (the
 * "Workbook"), from the big sectors or the mini stream. Every chain is bounded by the file's sector
 * count, so a looping or truncated chain is an error, never a hang.
 */
export class CompoundFileError extends Error {}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END = -2;
const FREE = -1;

interface Entry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export class CompoundFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  private readonly fat: Int32Array;
  private readonly entries: Entry[];

  private constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512 || !SIGNATURE.every((b, i) => bytes[i] === b)) throw new CompoundFileError("không phải tệp OLE");
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.sectorSize = 1 << this.u16(30);
    this.miniSectorSize = 1 << this.u16(32);
    if (this.sectorSize !== 512 && this.sectorSize !== 4096) throw new CompoundFileError("kích thước sector lạ");
    this.miniCutoff = this.u32(56);
    this.fat = this.readFat();
    this.entries = this.readDirectory();
  }

  static open(bytes: Uint8Array): CompoundFile {
    return new CompoundFile(bytes);
  }

  /** A stream's bytes by name ("Workbook", "Book"), or null. */
  stream(...names: string[]): Uint8Array | null {
    const e = this.entries.find((x) => x.type === 2 && names.includes(x.name));
    if (!e) return null;
    if (e.size < this.miniCutoff) {
      const root = this.entries.find((x) => x.type === 5);
      if (!root) throw new CompoundFileError("thiếu thư mục gốc");
      const mini = this.chain(root.start, root.size);
      const miniFat = this.miniFat();
      return this.collect(e.start, e.size, miniFat, (s) => mini.subarray(s * this.miniSectorSize, (s + 1) * this.miniSectorSize));
    }
    return this.chain(e.start, e.size);
  }

  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  private sector(s: number): Uint8Array {
    const at = (s + 1) * this.sectorSize;
    if (s < 0 || at + this.sectorSize > this.bytes.length + this.sectorSize) throw new CompoundFileError(`sector ${s} ngoài tệp`);
    return this.bytes.subarray(at, Math.min(this.bytes.length, at + this.sectorSize));
  }

  private get sectorCount(): number {
    return Math.ceil(this.bytes.length / this.sectorSize);
  }

  private readFat(): Int32Array {
    const perSector = this.sectorSize / 4;
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) {
      const s = this.view.getInt32(76 + i * 4, true);
      if (s >= 0) fatSectors.push(s);
    }
    // More FAT sectors are listed in the DIFAT chain, each sector's last entry pointing to the next.
    let difat = this.view.getInt32(68, true);
    for (let steps = 0; difat >= 0; steps++) {
      if (steps > this.sectorCount) throw new CompoundFileError("chuỗi DIFAT lặp");
      const sec = this.sector(difat);
      const dv = new DataView(sec.buffer, sec.byteOffset, sec.byteLength);
      for (let i = 0; i < perSector - 1; i++) {
        const s = dv.getInt32(i * 4, true);
        if (s >= 0) fatSectors.push(s);
      }
      difat = dv.getInt32((perSector - 1) * 4, true);
    }
    if (fatSectors.length > this.sectorCount) throw new CompoundFileError("bảng FAT lớn hơn tệp");
    const fat = new Int32Array(fatSectors.length * perSector);
    fatSectors.forEach((s, k) => {
      const sec = this.sector(s);
      const dv = new DataView(sec.buffer, sec.byteOffset, sec.byteLength);
      for (let i = 0; i < sec.byteLength / 4; i++) fat[k * perSector + i] = dv.getInt32(i * 4, true);
    });
    return fat;
  }

  /** A chain's sectors joined and cut to `size` bytes (a directory's size is its chain's). */
  private chain(start: number, size: number): Uint8Array {
    return this.collect(start, size, this.fat, (s) => this.sector(s));
  }

  private collect(start: number, size: number, table: Int32Array, read: (s: number) => Uint8Array): Uint8Array {
    const parts: Uint8Array[] = [];
    let total = 0;
    const limit = table.length + 1;
    for (let s = start, steps = 0; s !== END && s !== FREE; steps++) {
      if (steps > limit || s < 0 || s >= table.length) throw new CompoundFileError("chuỗi sector hỏng");
      const part = read(s);
      parts.push(part);
      total += part.length;
      if (size >= 0 && total >= size) break;
      s = table[s];
    }
    const out = new Uint8Array(size >= 0 ? Math.min(size, total) : total);
    let at = 0;
    for (const p of parts) {
      const n = Math.min(p.length, out.length - at);
      out.set(p.subarray(0, n), at);
      at += n;
      if (at >= out.length) break;
    }
    if (size >= 0 && at < size) throw new CompoundFileError("luồng bị cắt cụt");
    return out;
  }

  private miniFat(): Int32Array {
    const start = this.view.getInt32(60, true);
    const count = this.u32(64);
    if (start < 0 || count === 0) return new Int32Array(0);
    const bytes = this.chain(start, count * this.sectorSize);
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out = new Int32Array(bytes.byteLength / 4);
    for (let i = 0; i < out.length; i++) out[i] = dv.getInt32(i * 4, true);
    return out;
  }

  private readDirectory(): Entry[] {
    const dir = this.chain(this.view.getInt32(48, true), -1);
    const dv = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
    const out: Entry[] = [];
    for (let at = 0; at + 128 <= dir.length; at += 128) {
      const len = dv.getUint16(at + 64, true);
      const type = dir[at + 66];
      if (type === 0 || len < 2 || len > 64) continue;
      let name = "";
      for (let i = 0; i < len / 2 - 1; i++) name += String.fromCharCode(dv.getUint16(at + i * 2, true));
      out.push({ name, type, start: dv.getInt32(at + 116, true), size: dv.getUint32(at + 120, true) });
    }
    return out;
  }
}
