import { fromExcelSerial } from "../core/dates/isoDate";
import { CellRange, Grid, GridCell } from "../core/import/grid";
import { CompoundFile, CompoundFileError } from "./compoundFile";
import { BUILTIN_CODES, DATE_IDS, isDateCode } from "./numberFormats";
import type { SheetLimits } from "./readPackage";

/**
 * An Excel 97-2003 workbook (.xls, BIFF8), as district templates are still sent: its "Workbook"
 * stream read record by record into the same Grids as an .xlsx. The shared strings (split across
 * CONTINUE records), number formats and XFs tell text, numbers and dates apart; cells come from
 * LABELSST, LABEL, NUMBER, RK, MULRK, BOOLERR and FORMULA (its cached result, a text in the STRING
 * record after it); MERGEDCELLS are merges, hidden ROWs and COLINFOs hidden rows and columns,
 * BOUNDSHEET's state a hidden sheet. A password (FILEPASS) or an older BIFF is named, not guessed.
 */
export type XlsRead = { ok: true; grids: Grid[] } | { ok: false; reason: "encrypted" | "old-xls" | "damaged"; detail: string };

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  FORMAT: 0x041e,
  XF: 0x00e0,
  DATEMODE: 0x0022,
  FILEPASS: 0x002f,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  MERGEDCELLS: 0x00e5,
  ROW: 0x0208,
  COLINFO: 0x007d,
} as const;

const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
};

interface Record_ {
  type: number;
  at: number;
  data: Uint8Array;
}

/** The record at a stream offset, and where the next one starts; read one at a time, never all held at once. */
function recordAt(stream: Uint8Array, at: number): Record_ | null {
  if (at + 4 > stream.length) return null;
  const type = stream[at] | (stream[at + 1] << 8);
  const len = stream[at + 2] | (stream[at + 3] << 8);
  if (at + 4 + len > stream.length) throw new CompoundFileError("bản ghi BIFF bị cắt cụt");
  return { type, at, data: stream.subarray(at + 4, at + 4 + len) };
}

const next = (r: Record_) => r.at + 4 + r.data.length;

/** Characters as BIFF8 stores them: one byte each (Latin-1) or two (UTF-16LE), by the flag before them. */
function chars(data: Uint8Array, at: number, count: number, wide: boolean): string {
  let s = "";
  if (wide) for (let i = 0; i < count; i++) s += String.fromCharCode(data[at + i * 2] | (data[at + i * 2 + 1] << 8));
  else for (let i = 0; i < count; i++) s += String.fromCharCode(data[at + i]);
  return s;
}

/** An XLUnicodeString with a 16-bit length (LABEL, FORMAT, STRING) or an 8-bit one (BOUNDSHEET). */
function unicodeString(data: Uint8Array, at: number, lengthBytes: 1 | 2): string {
  const count = lengthBytes === 2 ? data[at] | (data[at + 1] << 8) : data[at];
  const flags = data[at + lengthBytes];
  return chars(data, at + lengthBytes + 1, count, (flags & 1) === 1);
}

/** The shared strings: each may run on into the next CONTINUE record, whose first byte then says its width. */
function sharedStrings(parts: Uint8Array[]): string[] {
  const out: string[] = [];
  let part = 0;
  let at = 8;
  const total = parts[0].length >= 8 ? parts[0][4] | (parts[0][5] << 8) | (parts[0][6] << 16) | (parts[0][7] << 24) : 0;
  // A string's header never splits across records; a new string may start at the next one.
  const byte = () => {
    if (at >= parts[part].length && part + 1 < parts.length) {
      part++;
      at = 0;
    }
    return parts[part][at++] ?? 0;
  };
  const u16 = () => byte() | (byte() << 8);
  const u32 = () => (u16() | (u16() << 16)) >>> 0;
  const skip = (n: number) => {
    for (let k = 0; k < n; k++) byte();
  };
  for (let i = 0; i < total && part < parts.length; i++) {
    if (at >= parts[part].length && part + 1 >= parts.length) break;
    const count = u16();
    const flags = byte();
    let wide = (flags & 1) === 1;
    const runs = flags & 8 ? u16() : 0;
    const ext = flags & 4 ? u32() : 0;
    let s = "";
    while (s.length < count) {
      if (at >= parts[part].length) {
        if (part + 1 >= parts.length) break;
        part++;
        at = 0;
        // The characters go on in the next CONTINUE, after a byte giving their width there.
        wide = (parts[part][at++] & 1) === 1;
      }
      const room = Math.floor((parts[part].length - at) / (wide ? 2 : 1));
      const n = Math.min(count - s.length, room);
      s += chars(parts[part], at, n, wide);
      at += n * (wide ? 2 : 1);
      if (n === 0 && room === 0 && at < parts[part].length) break;
    }
    skip(runs * 4 + ext);
    out.push(s);
  }
  return out;
}

/** An RK number: a 30-bit integer or the top of a double, maybe divided by 100. */
function rk(v: number): number {
  const hundred = (v & 1) === 1;
  let n: number;
  if (v & 2) n = v >> 2;
  else {
    const buf = new DataView(new ArrayBuffer(8));
    buf.setUint32(4, v & 0xfffffffc, true);
    n = buf.getFloat64(0, true);
  }
  return hundred ? n / 100 : n;
}

export function readXls(file: string, bytes: Uint8Array, limits: SheetLimits): XlsRead {
  let stream: Uint8Array | null;
  // A raw BIFF2–BIFF5 stream with no compound file around it: an older format than BIFF8.
  if (bytes[0] !== 0xd0 || bytes[1] !== 0xcf) return { ok: false, reason: "old-xls", detail: "Excel 5.0/95 hoặc cũ hơn" };
  try {
    const cf = CompoundFile.open(bytes);
    if (cf.names.includes("EncryptionInfo")) return { ok: false, reason: "encrypted", detail: "EncryptionInfo" };
    stream = cf.stream("Workbook");
    if (!stream) return { ok: false, reason: "old-xls", detail: cf.stream("Book") ? "Excel 5.0/95 (BIFF5)" : "không có luồng Workbook" };
  } catch (e) {
    if (e instanceof CompoundFileError) return { ok: false, reason: "damaged", detail: e.message };
    throw e;
  }
  try {
    return readWorkbookStream(file, stream, limits);
  } catch (e) {
    if (e instanceof CompoundFileError || e instanceof RangeError) return { ok: false, reason: "damaged", detail: e.message };
    throw e;
  }
}

function readWorkbookStream(file: string, stream: Uint8Array, limits: SheetLimits): XlsRead {
  const first = recordAt(stream, 0);
  // BIFF8's BOF carries version 0x0600; BIFF5 and older are another format.
  if (!first || first.type !== R.BOF || (first.data[0] | (first.data[1] << 8)) !== 0x0600)
    return { ok: false, reason: "old-xls", detail: "Excel 5.0/95 hoặc cũ hơn" };
  const sheets: Array<{ name: string; at: number; hidden: boolean }> = [];
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let strings: string[] = [];
  let date1904 = false;
  for (let rec = recordAt(stream, next(first)); rec && rec.type !== R.EOF; rec = recordAt(stream, next(rec))) {
    const { type, data } = rec;
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (type === R.FILEPASS) return { ok: false, reason: "encrypted", detail: "FILEPASS" };
    if (type === R.BOUNDSHEET && data[5] === 0)
      sheets.push({ at: dv.getUint32(0, true), hidden: data[4] !== 0, name: unicodeString(data, 6, 1) });
    else if (type === R.FORMAT) formats.set(dv.getUint16(0, true), unicodeString(data, 2, 2));
    else if (type === R.XF) xfFormats.push(dv.getUint16(2, true));
    else if (type === R.DATEMODE) date1904 = dv.getUint16(0, true) === 1;
    else if (type === R.SST) {
      const parts = [data];
      for (let c = recordAt(stream, next(rec)); c && c.type === R.CONTINUE; c = recordAt(stream, next(c))) {
        parts.push(c.data);
        rec = c;
      }
      strings = sharedStrings(parts);
    }
  }
  const formatOf = (xf: number) => {
    const id = xfFormats[xf] ?? 0;
    const code = formats.get(id) ?? BUILTIN_CODES[id] ?? "General";
    return { code, date: DATE_IDS.has(id) || (formats.has(id) && isDateCode(code)) };
  };
  const grids: Grid[] = [];
  const seen = new Set<number>();
  for (const s of sheets) {
    // Each sheet's records read once: two sheets pointing at one place are one sheet.
    if (seen.has(s.at)) continue;
    seen.add(s.at);
    const bof = s.at < stream.length ? recordAt(stream, s.at) : null;
    if (!bof || bof.type !== R.BOF) continue;
    const grid: Grid = { file, sheet: s.name, hidden: s.hidden, rows: [], formats: {}, merges: [], hiddenRows: [], hiddenCols: [] };
    // What lies past the limits is counted, not kept, and named as the .xlsx reader names it.
    let rowsPast = 0;
    let lastRowPast = 0;
    let cellsPast = 0;
    const put = (row0: number, col0: number, xf: number, v: GridCell) => {
      const [r, c] = [row0 + 1, col0 + 1];
      if (v === null || v === "") return;
      if (r > limits.maxRows) {
        if (r !== lastRowPast) rowsPast++;
        lastRowPast = r;
        return;
      }
      if (c > limits.maxCols) {
        cellsPast++;
        return;
      }
      const f = formatOf(xf);
      let value = v;
      if (typeof v === "number" && f.date) {
        const d = fromExcelSerial(v, date1904);
        if (d) value = { date: d };
      }
      while (grid.rows.length < r) grid.rows.push([]);
      const cells = grid.rows[r - 1];
      while (cells.length < c - 1) cells.push(null);
      cells[c - 1] = value;
      if (!/^general$/i.test(f.code)) grid.formats[`${r}:${c}`] = f.code;
    };
    let pending: { row: number; col: number; xf: number } | null = null;
    for (let rec = recordAt(stream, next(bof)); rec && rec.type !== R.EOF; rec = recordAt(stream, next(rec))) {
      const { type, data } = rec;
      if (data.length < 6 && type !== R.STRING && type !== R.ROW && type !== R.COLINFO && type !== R.MERGEDCELLS) continue;
      const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
      const row = data.length >= 2 ? dv.getUint16(0, true) : 0;
      const col = data.length >= 4 ? dv.getUint16(2, true) : 0;
      const xf = data.length >= 6 ? dv.getUint16(4, true) : 0;
      if (type === R.LABELSST) put(row, col, xf, strings[dv.getUint32(6, true)] ?? null);
      else if (type === R.LABEL) put(row, col, xf, unicodeString(data, 6, 2));
      else if (type === R.NUMBER) put(row, col, xf, dv.getFloat64(6, true));
      else if (type === R.RK) put(row, col, xf, rk(dv.getUint32(6, true)));
      else if (type === R.MULRK) {
        const last = dv.getUint16(data.length - 2, true);
        for (let c = col, at = 4; c <= last && at + 6 <= data.length - 2; c++, at += 6)
          put(row, c, dv.getUint16(at, true), rk(dv.getUint32(at + 2, true)));
      } else if (type === R.BOOLERR) put(row, col, xf, data[7] === 1 ? { error: ERRORS[data[6]] ?? "#N/A" } : data[6] === 1);
      else if (type === R.FORMULA) {
        // The cached result: a double, or (0xFFFF in its top bytes) a text in the next STRING record, a boolean or an error.
        if (dv.getUint16(12, true) !== 0xffff) put(row, col, xf, dv.getFloat64(6, true));
        else if (data[6] === 0) pending = { row, col, xf };
        else if (data[6] === 1) put(row, col, xf, data[8] === 1);
        else if (data[6] === 2) put(row, col, xf, { error: ERRORS[data[8]] ?? "#N/A" });
      } else if (type === R.STRING && pending) {
        put(pending.row, pending.col, pending.xf, unicodeString(data, 0, 2));
        pending = null;
      } else if (type === R.MERGEDCELLS) {
        const n = dv.getUint16(0, true);
        for (let m = 0; m < n && 2 + m * 8 + 8 <= data.length; m++) {
          const at = 2 + m * 8;
          const range: CellRange = {
            top: dv.getUint16(at, true) + 1,
            bottom: dv.getUint16(at + 2, true) + 1,
            left: dv.getUint16(at + 4, true) + 1,
            right: dv.getUint16(at + 6, true) + 1,
          };
          if (range.top <= limits.maxRows && range.left <= limits.maxCols) grid.merges.push(range);
        }
      } else if (type === R.ROW && data.length >= 16 && (dv.getUint16(12, true) & 0x20) !== 0) grid.hiddenRows.push(row + 1);
      else if (type === R.COLINFO && data.length >= 10 && (dv.getUint16(8, true) & 1) !== 0)
        for (let c = dv.getUint16(0, true); c <= Math.min(dv.getUint16(2, true), limits.maxCols - 1); c++) grid.hiddenCols.push(c + 1);
    }
    if (rowsPast + cellsPast > 0) {
      grid.truncated = true;
      grid.notRead = { rows: rowsPast, afterRow: limits.maxRows, cells: cellsPast, afterColumn: limits.maxCols };
    }
    // As the .xlsx reader does: a merged range's other cells are blank.
    for (const m of grid.merges)
      for (let r = m.top; r <= Math.min(m.bottom, grid.rows.length); r++)
        for (let c = m.left; c <= Math.min(m.right, grid.rows[r - 1].length); c++)
          if (r !== m.top || c !== m.left) grid.rows[r - 1][c - 1] = null;
    grids.push(grid);
  }
  return { ok: true, grids };
}
