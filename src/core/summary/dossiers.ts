import { IsoDate } from "../dates/isoDate";
import { byKey } from "../order/compare";
import { looseKey } from "../text/normalize";
import { Window, inWindow } from "./window";

/**
 * Dossier statistics of one field (lĩnh vực) for one period, as the one-stop system (Hệ thống
 * thông tin giải quyết TTHC) reports them: received (carried over, online, in person or by post),
 * resolved (early, on time, late), pending (in time, overdue), returned or withdrawn.
 */
export interface DossierRecord extends DossierCounts {
  field: string;
  from: IsoDate | null;
  to: IsoDate | null;
  /**
   * Counts the workbook wrote but no one can read ("2-3", "khoảng 5"): left empty in Hồ sơ TTHC and named
   * in Kiểm tra, never written as a number nobody gave (0 in the sums and rates).
   */
  unread?: ReadonlyArray<keyof DossierCounts>;
  /** Where the row came from (Nguồn); file "" for a row typed into the master. */
  source: { file: string; sheet: string; row: number };
}

/** The counts of a record or of several added up, with the totals the one-stop table prints. */
export interface DossierCounts {
  carriedOver: number;
  online: number;
  inPerson: number;
  early: number;
  onTime: number;
  late: number;
  pendingInTime: number;
  pendingOverdue: number;
  returned: number;
}

export const received = (c: DossierCounts): number => c.carriedOver + c.online + c.inPerson;
/** New this period: online plus in person or by post (carried-over dossiers were received before). */
export const receivedNew = (c: DossierCounts): number => c.online + c.inPerson;
export const resolved = (c: DossierCounts): number => c.early + c.onTime + c.late;
export const pending = (c: DossierCounts): number => c.pendingInTime + c.pendingOverdue;

/** Rates as percentages with the counts behind them, so a document can say what was divided by what. */
export interface Rate {
  value: number;
  numerator: number;
  denominator: number;
}

function rate(numerator: number, denominator: number): Rate | null {
  return denominator > 0 ? { value: (numerator / denominator) * 100, numerator, denominator } : null;
}

/** The on-time rate: (resolved early + resolved on time) / resolved. Not on time / received. */
export function onTimeRate(c: DossierCounts): Rate | null {
  return rate(c.early + c.onTime, resolved(c));
}

/** The online rate: received online / received new (online + in person or by post). */
export function onlineRate(c: DossierCounts): Rate | null {
  return rate(c.online, receivedNew(c));
}

/** What each rate is divided by, as the report states it. */
export const RATE_BASIS = {
  onTime: "số hồ sơ giải quyết trước hạn và đúng hạn trên tổng số hồ sơ đã giải quyết",
  online:
    "số hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận mới (trực tuyến và trực tiếp, bưu chính), không tính hồ sơ kỳ trước chuyển sang",
} as const;
export type DossierMeasure = keyof typeof RATE_BASIS;

/** Which plan item a dossier rate measures, from how the item is worded: on time, or online. */
export function dossierMeasure(item: { title: string; objective: string }): DossierMeasure | null {
  const k = looseKey(`${item.title} ${item.objective}`);
  if (!/\bho so\b/.test(k)) return null;
  if (/\bdung han\b|\bdung hen\b/.test(k)) return "onTime";
  if (/\btruc tuyen\b/.test(k)) return "online";
  return null;
}

export function measureRate(measure: DossierMeasure, c: DossierCounts): Rate | null {
  return measure === "onTime" ? onTimeRate(c) : onlineRate(c);
}

/** All counts nought: where a tally starts. */
export const ZERO_COUNTS: DossierCounts = {
  carriedOver: 0,
  online: 0,
  inPerson: 0,
  early: 0,
  onTime: 0,
  late: 0,
  pendingInTime: 0,
  pendingOverdue: 0,
  returned: 0,
};

/** The counts' names, in the master's order. */
export const COUNT_KEYS = Object.keys(ZERO_COUNTS) as ReadonlyArray<keyof DossierCounts>;

/** One field's figures over a window, and the records they were added up from. */
export interface FieldStats extends DossierCounts {
  field: string;
  records: DossierRecord[];
}

export interface DossierStats {
  window: Window;
  fields: FieldStats[];
  total: DossierCounts;
}

const span = (r: DossierRecord): Window | null => (r.from && r.to ? { from: r.from, to: r.to } : null);
const days = (r: DossierRecord): number => (r.from && r.to ? Date.parse(r.to) - Date.parse(r.from) : 0);

/**
 * The records of one field that make up a window: those whose middle day falls in it, and no two
 * covering the same days (a quarter's export and the months inside it are not added together: the
 * longer one is kept).
 */
function chosen(records: readonly DossierRecord[], w: Window): DossierRecord[] {
  const inside = records.filter((r) => inWindow(span(r), w)).sort((a, b) => days(b) - days(a));
  const kept: DossierRecord[] = [];
  for (const r of inside) {
    if (kept.some((k) => (k.from as IsoDate) <= (r.to as IsoDate) && (r.from as IsoDate) <= (k.to as IsoDate))) continue;
    kept.push(r);
  }
  return kept.sort(byKey((r) => r.from, ""));
}

/**
 * Adds a field's records up over a window: flows (received, resolved, returned) are summed; the
 * stock carried in is the first record's, the stock pending the last record's.
 */
export function addUp(records: readonly DossierRecord[]): DossierCounts {
  if (records.length === 0) return { ...ZERO_COUNTS };
  const sum = (f: (r: DossierRecord) => number) => records.reduce((s, r) => s + f(r), 0);
  const last = records[records.length - 1];
  return {
    carriedOver: records[0].carriedOver,
    online: sum((r) => r.online),
    inPerson: sum((r) => r.inPerson),
    early: sum((r) => r.early),
    onTime: sum((r) => r.onTime),
    late: sum((r) => r.late),
    pendingInTime: last.pendingInTime,
    pendingOverdue: last.pendingOverdue,
    returned: sum((r) => r.returned),
  };
}

function plus(a: DossierCounts, b: DossierCounts): DossierCounts {
  const out = { ...a };
  for (const k of COUNT_KEYS) out[k] = a[k] + b[k];
  return out;
}

/** The dossier statistics of a window, per field (in the records' order) and in total; null when no record falls in it. */
export function dossierStats(records: readonly DossierRecord[], w: Window): DossierStats | null {
  const byField = new Map<string, DossierRecord[]>();
  for (const r of records) {
    const key = looseKey(r.field);
    byField.set(key, [...(byField.get(key) ?? []), r]);
  }
  const fields: FieldStats[] = [];
  for (const list of byField.values()) {
    const picked = chosen(list, w);
    if (picked.length > 0) fields.push({ field: picked[0].field, records: picked, ...addUp(picked) });
  }
  if (fields.length === 0) return null;
  return { window: w, fields, total: fields.reduce<DossierCounts>((t, f) => plus(t, f), { ...ZERO_COUNTS }) };
}

/** A record's own balance: carried over + new = resolved + pending + returned. */
export function balanceGap(c: DossierCounts): number {
  return received(c) - resolved(c) - pending(c) - c.returned;
}
