import { parseDeadline, findDate } from "../dates/deadline";
import { IsoDate, fromExcelSerial, isoDate } from "../dates/isoDate";
import { looseKey, cleanText } from "../text/normalize";
import { TaskStatus } from "../vocab";
import { parseNumberText } from "./cellFacts";
import { compactDate } from "./dateText";
import { GridCell, cellText, isGridDate, isGridError } from "./grid";

/** A normalised value, or the text that could not be understood (kept, and reported). */
export type Parsed<T> = { kind: "empty" } | { kind: "ok"; value: T } | { kind: "bad"; text: string };

const EMPTY = { kind: "empty" } as const;
const ok = <T>(value: T): Parsed<T> => ({ kind: "ok", value });
const bad = (text: string): Parsed<never> => ({ kind: "bad", text });

function isEmptyCell(v: GridCell): boolean {
  return v === null || (typeof v === "string" && cleanText(v) === "");
}

/** Plausible Excel serials for the years a plan covers (1990–2100). */
function isPlausibleSerial(n: number): boolean {
  return n >= 32874 && n <= 73415;
}

/**
 * A date from a date cell, a serial number, a date run together ("20211031"), text ("30/9/2021", "30-09-2021", "2021-09-30",
 * "ngày 30 tháng 9 năm 2021") or a deadline phrase ("Quý III/2021", "Trong năm 2021").
 */
export function parseDateCell(v: GridCell, allowPhrases = true): Parsed<IsoDate> {
  if (isEmptyCell(v)) return EMPTY;
  if (isGridDate(v)) return ok(v.date);
  if (isGridError(v)) return bad(v.error);
  if (typeof v === "number") {
    const d = isPlausibleSerial(v) ? fromExcelSerial(v) : compactDate(String(v));
    return d ? ok(d) : bad(String(v));
  }
  const text = cleanText(cellText(v));
  const compact = compactDate(text);
  if (compact) return ok(compact);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (iso) {
    const d = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return d ? ok(d) : bad(text);
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(text) || /ngày\s+\d/iu.test(text)) {
    const d = findDate(text);
    return d ? ok(d) : bad(text);
  }
  if (allowPhrases) {
    const deadline = parseDeadline(text);
    if (deadline.kind === "due") return ok(deadline.due);
  }
  return bad(text);
}

/**
 * A percentage as a number 0–100: 60% typed as text, 0.6 under a % format, 60, "60,5".
 * Out-of-range values are returned as they are: the validator reports them.
 */
export function parsePercentCell(v: GridCell, format: string | undefined): Parsed<number> {
  if (isEmptyCell(v)) return EMPTY;
  if (typeof v === "number") return ok(format?.includes("%") ? round(v * 100) : v);
  if (isGridError(v)) return bad(v.error);
  const text = cellText(v);
  const n = parseNumberText(text.replace(/%/g, ""));
  return n === null ? bad(cleanText(text)) : ok(n);
}

/** A count (dossiers, documents, money): a number, or text with thousands separators. */
export function parseCountCell(v: GridCell): Parsed<number> {
  if (isEmptyCell(v)) return EMPTY;
  if (typeof v === "number") return ok(v);
  if (isGridError(v)) return bad(v.error);
  const n = parseNumberText(cellText(v)) ?? countWithUnit(cellText(v)) ?? countBesideShare(cellText(v));
  return n === null ? bad(cleanText(cellText(v))) : ok(n);
}

/**
 * "36 (75%)", "10 hồ sơ (20,8 %)": a count with its share written after it; "01 hồ sơ (rút)": with a word
 * of remark (no figure in it, which could be another count). The count is the figure.
 */
function countBesideShare(text: string): number | null {
  const m = /^\s*([^()]+?)\s*\(\s*(?:[\d.,]+\s*%|[^()\d]{1,30})\s*\)\s*$/u.exec(cleanText(text));
  return m ? (parseNumberText(m[1]) ?? countWithUnit(m[1])) : null;
}

const UNITS =
  /^\s*([\d.,]+)\s*(?:hồ sơ|hs|văn bản|vb|bản|người|hộ|trường hợp|thủ tục|tthc|phiếu|lượt|cuộc|buổi|đợt|tài khoản|tk|công trình|chỉ tiêu|nhiệm vụ|việc|tin|bài|thôn|xã|cán bộ|công chức|cbcc|triệu đồng|triệu|trđ|tr\.đ|tỷ đồng|tỷ|đồng|vnđ|vnd|đ)\.?\s*$/iu;

/** "140 hồ sơ", "98 hs", "15 vb", "không": a count written with its unit, or in words for none. */
export function countWithUnit(text: string): number | null {
  const t = cleanText(text);
  if (/^(?:không|khong)$/iu.test(t)) return 0;
  const m = UNITS.exec(t);
  return m ? parseNumberText(m[1]) : null;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

const STATUS_WORDS: ReadonlyArray<[RegExp, TaskStatus]> = [
  [/^(chua|chua th|chua thuc hien|chua lam|chua trien khai|chua bat dau|chua ht|chua hoan thanh|khong thuc hien)$/, "Chưa thực hiện"],
  [/^(dang|dang th|dang thuc hien|dang lam|dang trien khai|dang xu ly|dang tien hanh|dang ht|dang hoan thien)$/, "Đang thực hiện"],
  [
    /^(da ht|da hoan thanh|hoan thanh|ht|xong|da xong|done|da thuc hien|hoan tat|da hoan tat|da th|hoan thanh dung han|hoan thanh tre han)$/,
    "Hoàn thành",
  ],
];

/** "Đã HT", "xong", "đang TH", "chưa TH", "Đã hoàn thành" … into the closed vocabulary. */
export function parseStatus(v: GridCell): Parsed<TaskStatus> {
  if (isEmptyCell(v)) return EMPTY;
  const text = cleanText(cellText(v));
  const k = looseKey(text);
  for (const [re, status] of STATUS_WORDS) if (re.test(k)) return ok(status);
  return bad(text);
}

/**
 * A criterion reference: "1.2", "1.2.", "TC 1.2", "TCTP 1.2", "Tiêu chí 1.2", "Chỉ số 2.1",
 * or the number 1.2 typed into a cell.
 */
export function parseCriterion(v: GridCell): Parsed<string> {
  if (isEmptyCell(v)) return EMPTY;
  if (typeof v === "number") {
    const s = String(v);
    return /^\d+\.\d+$/.test(s) ? ok(s) : bad(s);
  }
  const text = cleanText(cellText(v));
  // "1.2" survives looseKey (which turns punctuation into spaces) as "1x2".
  const k = looseKey(text.replace(/(\d)[.,](?=\d)/g, "$1x"));
  const m = /^(?:(?:tieu chi thanh phan|tieu chi|tctp|tc|chi so|cs|muc|ma)\s*)?(\d+)x(\d+)(?:\s|$)/.exec(k);
  return m ? ok(`${Number(m[1])}.${Number(m[2])}`) : bad(text);
}

/** A criterion mentioned anywhere in a text (a sheet name, a title row): "Quý III - TC 1.2". */
export function findCriterion(text: string): string | null {
  // "1.2", "2.5"; never "10.12" (a day written with a dot: "Q4 (đến 10.12)").
  const m = /(?:^|[^\d.])([1-9])\.(\d{1,2})(?![\d./])/.exec(cleanText(text));
  return m ? `${Number(m[1])}.${Number(m[2])}` : null;
}

/**
 * Half the last unit a figure is written to ("98": 0,5, "98,9": 0,05, "99,46": 0,005); 0 for a figure with more
 * decimals (a formula's result, not rounded by hand): how far a rounded copy of a figure may lie from it.
 */
export function halfUnitOf(v: number): number {
  for (const digits of [0, 1, 2]) if (Math.abs(v * 10 ** digits - Math.round(v * 10 ** digits)) < 1e-6) return 0.5 / 10 ** digits;
  return 0;
}

/**
 * Among a row's figures, two whole counts and the share they give ("172 | 200 | 86", "109 | 110 | 99,1%"): the part,
 * the whole and the share, where the share is the part over the whole as written (to its last unit); null where none is.
 */
export function countsWithShare<T extends { n: number; percent: boolean }>(figures: readonly T[]): { part: T; whole: T; share: T } | null {
  const counts = figures.filter((x) => !x.percent && Number.isInteger(x.n) && x.n >= 0);
  for (const share of figures)
    for (const part of counts)
      for (const whole of counts) {
        if (part === whole || part === share || whole === share || whole.n <= 0 || part.n > whole.n) continue;
        if (Math.abs((part.n / whole.n) * 100 - share.n) <= halfUnitOf(share.n) + 1e-9) return { part, whole, share };
      }
  return null;
}
