import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText } from "./grid";

/**
 * A plan sheet and an update sheet in one workbook, joined by the task's number or code: "KH 2021"
 * holds STT | Nội dung | … (or Mã việc "VH01" | Nội dung | …) and "Cập nhật 10-12" only STT (Mã việc) |
 * Tình hình | Tỷ lệ | Ngày hoàn thành | Minh chứng, in its own order. The update's columns are added to the plan's rows of the same STT (with a column
 * saying where they came from); the update sheet is then read no more, and what it holds that the
 * plan lacks is named.
 */
const HEADER_ROWS = 10;
const STT = /^(?:stt|tt|so tt|so thu tu|ma|ma viec|ma nv|ma nhiem vu|ma cong viec|ma cv|ma so|so hieu)$/;
const CONTENT = /^(?:noi dung|nhiem vu|cong viec|ten nhiem vu|noi dung cong viec|noi dung nhiem vu|viec)\b/;
const UPDATE = /^(?:tinh hinh|trang thai|ket qua|tien do|ty le|ngay hoan thanh|ngay ht|ngay xong|minh chung|tinh trang)\b/;
// A column naming what each row is (a criterion, an indicator, a work) or when (a period), or the parts of a
// rate: the sheet is a table of its own.
const NAMES_ROWS =
  /\b(?:tieu chi|chi tieu|chi so|ten|linh vuc|hang muc|cong trinh|du an|noi dung|nhiem vu|cong viec|viec|ma|ma tc|ky|ky bao cao|thang|quy|tu so|mau so|so lieu)\b/;

interface Header {
  row: number;
  stt: number;
  keys: string[];
}

function headerOf(grid: Grid): Header | null {
  for (let r = 1; r <= Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const keys = (grid.rows[r - 1] ?? []).map((v) => (typeof v === "string" ? looseKey(v) : ""));
    const stt = keys.findIndex((k) => STT.test(k));
    if (stt >= 0 && keys.filter((k) => k !== "").length >= 3) return { row: r, stt: stt + 1, keys };
  }
  return null;
}

/** A row's number (1, "2.") or task code ("VH01", "NV-03"), as one key; null for anything else. */
export function numberOf(v: GridCell): string | null {
  if (typeof v === "number") return Number.isInteger(v) && v > 0 ? String(v) : null;
  if (typeof v !== "string") return null;
  if (/^\s*\d{1,4}\.?\s*$/.test(v)) return numberOf(Number(v.replace(".", "")));
  const code = /^\s*([A-Za-zĐđ]{1,5})\s*[-._]?\s*(\d{1,4})\s*$/u.exec(v);
  return code ? `${code[1].toUpperCase()}${Number(code[2])}` : null;
}

export interface Joined {
  plan: string;
  update: string;
  /** The joining column's heading as the update writes it: "STT", "Mã việc". */
  key: string;
  /** The update's rows whose number the plan does not have. */
  /** The update's rows joined to no task: a number the plan lacks, a number given twice, or none. */
  unmatched: Array<{ row: number; stt: string | null }>;
}

/** The update's rows with something written that joined no task: each is named, never dropped silently. */
function notJoined(update: Grid, h: Header, joined: ReadonlySet<number>): Joined["unmatched"] {
  const out: Joined["unmatched"] = [];
  for (let r = h.row + 1; r <= update.rows.length; r++) {
    const row = update.rows[r - 1] ?? [];
    if (joined.has(r) || row.every((v) => v === null || v === "")) continue;
    out.push({ row: r, stt: numberOf(row[h.stt - 1] ?? null) });
  }
  return out;
}

export function joinByNumber(grids: readonly Grid[]): { grids: Grid[]; joins: Joined[] } {
  const heads = grids.map(headerOf);
  const plans = grids.flatMap((_, i) => {
    const h = heads[i];
    return h && h.keys.some((k) => CONTENT.test(k)) ? [i] : [];
  });
  const out = [...grids];
  const joins: Joined[] = [];
  const dropped = new Set<number>();
  if (plans.length !== 1) return { grids: out, joins };
  const p = plans[0];
  const plan = grids[p];
  const ph = heads[p] as Header;
  for (let u = 0; u < grids.length; u++) {
    const h = heads[u];
    // The key's own heading ("Mã việc") is not a column that names rows.
    const others = h ? h.keys.filter((_, i) => i !== h.stt - 1) : [];
    if (u === p || !h || others.some((k) => CONTENT.test(k) || NAMES_ROWS.test(k)) || h.keys.filter((k) => UPDATE.test(k)).length < 2)
      continue;
    const update = grids[u];
    const byNumber = new Map<string, number>();
    for (let r = h.row + 1; r <= update.rows.length; r++) {
      const n = numberOf(update.rows[r - 1]?.[h.stt - 1] ?? null);
      if (n !== null && !byNumber.has(n)) byNumber.set(n, r);
    }
    if (byNumber.size === 0) continue;
    const cols = h.keys.map((_, i) => i + 1).filter((c) => c !== h.stt && h.keys[c - 1] !== "");
    const target = out[p];
    const width = Math.max(...target.rows.map((r) => r.length), ph.keys.length);
    const rows = target.rows.map((r) => [...r]);
    const formats = { ...target.formats };
    const header = rows[ph.row - 1];
    while (header.length < width) header.push(null);
    cols.forEach((c, i) => (header[width + i] = cellText(update.rows[h.row - 1]?.[c - 1] ?? null)));
    header[width + cols.length] = "Nguồn cập nhật";
    const used = new Set<string>();
    for (let r = ph.row + 1; r <= rows.length; r++) {
      const n = numberOf(rows[r - 1][ph.stt - 1] ?? null);
      const from = n === null ? undefined : byNumber.get(n);
      if (from === undefined) continue;
      used.add(n as string);
      const row = rows[r - 1];
      while (row.length < width) row.push(null);
      cols.forEach((c, i) => {
        row[width + i] = update.rows[from - 1]?.[c - 1] ?? null;
        const fmt = update.formats[`${from}:${c}`];
        if (fmt !== undefined) formats[`${r}:${width + i + 1}`] = fmt;
      });
      row[width + cols.length] = `sheet "${update.sheet}" dòng ${from}`;
    }
    // Its numbers are the plan's: most of them match a task.
    if (used.size < Math.max(2, Math.ceil(byNumber.size * 0.6))) continue;
    out[p] = { ...target, rows, formats };
    dropped.add(u);
    joins.push({
      plan: plan.sheet,
      update: update.sheet,
      key: cellText(update.rows[h.row - 1]?.[h.stt - 1] ?? null).trim() || "STT",
      unmatched: notJoined(update, h, new Set([...used].map((n) => byNumber.get(n) as number))),
    });
  }
  // The update sheets are read no more on their own: their rows are the plan's now.
  return { grids: out.filter((_, i) => !dropped.has(i)), joins };
}
