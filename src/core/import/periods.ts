import { IsoDate, daysInMonth, endOfMonth, endOfQuarter, endOfYear, isoDate, mustIsoDate, ymd } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { ownCopy } from "../text/ownCopy";

/**
 * A period as sheets name it, across a header ("T1" … "T12", "Tháng 1", "Quý I", "Q3",
 * "6 tháng đầu năm", "Năm 2021") or down a column ("Quý III/2021"). The year may be missing
 * ("T10"): the sheet's title or name, or the caller, supplies it.
 */
export interface PeriodLabel {
  /** "day": a point in time ("Đến 30/9", "Thời điểm 31/3/2021"), the figures standing at that day. */
  kind: "month" | "quarter" | "half" | "nine" | "year" | "day";
  /** Month 1–12, quarter 1–4, half 1–2; 1 for nine months and the year; the month for a day. */
  index: number;
  year: number | null;
  /** The day of the month, for "day". */
  day?: number;
  /** "Quý IV (đến 15/12)": the period a day stands within, its figures that period's so far. */
  within?: { kind: "month" | "quarter" | "half" | "nine" | "year"; index: number };
  /** A week's or a fortnight's first day ("Tuần 1 (04/10-10/10)", "Kỳ 1 (01-15/10)"): the day's span, from it. */
  from?: { month: number; day: number };
  /** A week named by its number alone ("Tuần 40"): the calendar's week of the year, its Sunday the day. */
  week?: number;
  /** How the heading named the span ("Tuần 1", "Kỳ 2"), kept in its name. */
  named?: string;
}

/** Cumulative or total columns ("Lũy kế", "Cộng", "Tổng", "Cả năm" beside months): never added again. */
export function isTotalLabel(text: string): boolean {
  return isTotalKey(looseKey(text));
}

/** isTotalLabel on a text already reduced by looseKey. */
export function isTotalKey(k: string): boolean {
  return TOTAL_KEY.test(k) && !NOT_TOTAL.test(k);
}

const TOTAL_KEY = /^(luy ke|cong|tong|tong cong|tong so|luy ke tu dau nam|luy ke den nay|ca nam|total|ytd|year to date)\b/;
// Without its marks "Cộng" (sum) is "Công" (public, work) and "Tổng" starts words of its own: "Công trình
// chuyển tiếp", "Công an xã", "Tổng kết năm" are a group or a task, never a total.
const NOT_TOTAL =
  /^(?:cong|tong) (?:trinh|tac|khai|an|chuc|dan|viec|nghe|ty|nhan|ich|dong|suat|doan|nghiep|ly|thuc|dien|binh|hien|nong|chinh|tam|hop|ket|ve sinh|dieu tra|kiem ke|bi thu|cuc|giam doc|quan|the|thong|ra soat|duyet)\b/;

/** "Ước cả năm", "Dự kiến T12", "Kế hoạch năm": figures not yet done, never read as a period's. */
export function isEstimateLabel(text: string): boolean {
  return isForecastLabel(text) || /(?:^|\s)(?:ke hoach|kh|planned)(?:\s|$)/.test(looseKey(text));
}

/** "Ước cả năm", "Dự kiến cả năm": an estimate of figures to come (a plan's "Kế hoạch năm" is a target, none). */
export function isForecastLabel(text: string): boolean {
  return /(?:^|\s)(?:uoc|uoc tinh|uoc thuc hien|du kien|du bao|estimate|forecast)(?:\s|$)/.test(looseKey(text));
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_MONTHS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

/** A period label, or null. Matching is on a diacritic-free key. */
export function parsePeriod(text: string): PeriodLabel | null {
  // Asked of the same headings row after row: each short text is read once (a copy handed out, so no caller shares
  // another's). Kept through ownCopy, so no workbook's text stays alive; the memory bounded by starting afresh.
  if (text.length > PARSED_LONGEST) return readPeriod(text);
  const known = PARSED.get(text);
  if (known !== undefined) return known === null ? null : { ...known };
  if (PARSED.size >= PARSED_MAX) PARSED.clear();
  const read = readPeriod(text);
  PARSED.set(ownCopy(text), read === null ? null : read.named === undefined ? read : { ...read, named: ownCopy(read.named) });
  return read === null ? null : { ...read };
}

const PARSED = new Map<string, PeriodLabel | null>();
const PARSED_MAX = 2048;
const PARSED_LONGEST = 60;

function readPeriod(text: string): PeriodLabel | null {
  // "Tháng 7 - 11", "T7-T11": a span of months (no period of its own), never July of 2011.
  if (MONTH_SPAN.test(text)) return null;
  return periodOfLabel(text, looseKey(text));
}

/**
 * "9/2021", "09-2021" as a column's heading among others like it: a month, where a chart's or a table's row of
 * headings is all months. (Never read so in a sentence or a data cell: "9/2021" there may be a count.)
 */
export function bareMonth(text: string): PeriodLabel | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(20\d\d)\s*$/.exec(text);
  const month = m ? Number(m[1]) : 0;
  return m && month >= 1 && month <= 12 ? { kind: "month", index: month, year: Number(m[2]) } : null;
}

const MONTH_SPAN = /^\s*(?:t|th|thg|tháng|thang)\s*\.?\s*\d{1,2}\s*[-–]\s*(?:t|th|thg|tháng|thang)?\s*\.?\s*\d{1,2}\s*$/iu;

// "Quý III/2021 (đến 30/9)", "Tháng 10/2021 (lũy kế đến 31/10)": a period and the day its figures stand at.
const STANDING_AFTER = /^(.{2,30}?)\s*\(([^()]{1,40})\)\s*$/u;

/**
 * periodOfKey, and failing that a period with the day it stands at in brackets after it (a day
 * period). Any other remark ("(%)", "(ước)") leaves it no period: an estimate must never read as one.
 */
export function periodOfLabel(text: string, key: string): PeriodLabel | null {
  const p = periodOfKey(key);
  if (p !== null) return p;
  const same = sameOfLastYear(text);
  if (same !== null) return same;
  const m = STANDING_AFTER.exec(text.trim());
  const outer = m ? periodOfKey(looseKey(m[1])) : null;
  const remark = m ? looseKey(m[2]) : "";
  if (m && outer === null && ROUND.test(looseKey(m[1]))) return roundPeriod(remark);
  // "Năm 2020 (%)", "Năm 2021 (tự đánh giá)": the period with its unit or its source; never an estimate's.
  // "6 tháng đầu năm 2020 (cùng kỳ)": the period named in full, said to be last year's same one.
  if (
    outer !== null &&
    /^(?:%|ty le|ty le %|diem|tu danh gia|chinh thuc|so chinh thuc|thuc hien|ket qua|cung ky(?: nam truoc| nam \d{4})?)$/.test(remark)
  )
    return outer;
  // "(đến 14/12)", and a span of days inside the period: "(1-14/12)", "(01/12 - 14/12)", "(từ 1 đến 14/12)";
  // "(khảo sát đến 30/9/2021)": a survey's figures so far.
  const day =
    /^(?:luy ke |so lieu |khao sat |cap nhat |tong hop )?(?:tinh )?(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2}) (\d{1,2})(?: (\d{4}))?$/.exec(
      remark,
    ) ??
    /^(?:tu\s+)?(?:ngay\s+)?\d{1,2}(?: \d{1,2})?\s+(?:den\s+)?(?:ngay\s+)?(\d{1,2}) (\d{1,2})(?: (\d{4}))?$/.exec(remark) ??
    // "6 tháng đầu năm (KS ngày 15/6/2021)": the day the survey was taken, its figures' day.
    /^(?:ks|khao sat|dieu tra|do luong|lay phieu)(?: ngay)? (\d{1,2}) (\d{1,2})(?: (\d{4}))?$/.exec(remark);
  // "Năm 2021 (KS tháng 11/2021)", "(số liệu tháng 11)": a survey or a count taken in a month, standing at its end.
  const month = day
    ? null
    : /^(?:dot )?(?:ks|khao sat|dieu tra|do luong|lay phieu|so lieu|cap nhat|tong hop)(?: vao| trong)? thang (\d{1,2})(?: (?:nam )?(\d{4}))?$/.exec(
        remark,
      );
  if (outer === null || (!day && !month)) return null;
  const mo = Number(day ? day[2] : month?.[1]);
  const yearSaid = day ? day[3] : month?.[2];
  const y = yearSaid ? Number(yearSaid) : outer.year;
  const d = day ? Number(day[1]) : mo >= 1 && mo <= 12 ? daysInMonth(y ?? 2001, mo) : 0;
  const at = isoDate(y ?? 2000, mo, d);
  if (at === null) return null;
  // A day outside the period ("Quý IV/2021 (đến 15/9)") is a slip: the period stands, at its end.
  if (y !== null && outer.year !== null && (at < periodStart(outer, y) || at > periodEnd(outer, y))) return outer;
  const within = outer.kind === "day" ? undefined : { kind: outer.kind, index: outer.index };
  return { kind: "day", index: mo, day: d, year: y, ...(within ? { within } : {}) };
}

const SAME_BEFORE = /^\s*(?:cùng kỳ|cung ky)\s+(?!năm trước|nam truoc)(.+)$/iu;

/**
 * "Cùng kỳ 9 tháng năm 2020", "Cùng kỳ quý III/2020 (%)", "Cùng kỳ năm 2020 (9 tháng)": last year's same period, named.
 * "Cùng kỳ năm 2020" alone names no period (whichever the table's is, never the whole year): null.
 */
function sameOfLastYear(text: string): PeriodLabel | null {
  const m = SAME_BEFORE.exec(text);
  if (m === null) return null;
  const named = periodOfLabel(m[1], looseKey(m[1]));
  if (named !== null && named.year !== null && named.kind !== "year" && named.kind !== "day") return named;
  const split = /^(?:năm|nam)\s+(\d{4})\s*\(([^()]+)\)\s*$/iu.exec(m[1].trim());
  const inner = split ? periodOfKey(looseKey(split[2])) : null;
  return split &&
    inner !== null &&
    (inner.year === null || inner.year === Number(split[1])) &&
    inner.kind !== "year" &&
    inner.kind !== "day"
    ? { ...inner, year: Number(split[1]) }
    : null;
}

// "Đợt 1", "Lần 2", "Đợt khảo sát 2": a survey's round, whose period only its bracket says.
// ("Khảo sát đợt 1 (6 tháng đầu năm 2021)": the survey named before its round.)
const ROUND =
  /^(?:(?:khao sat|dieu tra|lay phieu|do luong) )?(?:dot|lan)(?: khao sat| danh gia| do luong| lay phieu)?\s+(?:\d{1,2}|i{1,3}|iv)$/;

/**
 * A round's bracket: "Đợt 1 (6 tháng đầu năm)" is the first half, "Đợt 2 (khảo sát ngày 10/12/2021)" stands at
 * that day, "Đợt 2 (tháng 11/2021)" is that month. Anything else leaves the round no period.
 */
function roundPeriod(remark: string): PeriodLabel | null {
  const p = periodOfKey(remark);
  if (p !== null) return p;
  // "Đợt 2 (cả năm)": the round over the whole year (beside months "Cả năm" is their total, never a round).
  if (/^(?:ca nam|ca nam \d{4}|nam)$/.test(remark)) return { kind: "year", index: 1, year: Number(/\d{4}/.exec(remark)?.[0] ?? 0) || null };
  const d = /(?:^|\s)(\d{1,2}) (\d{1,2}) (\d{4})$/.exec(remark);
  if (d && isoDate(Number(d[3]), Number(d[2]), Number(d[1])) !== null)
    return { kind: "day", index: Number(d[2]), day: Number(d[1]), year: Number(d[3]) };
  const month = /(?:^|\s)(?:thang|t) (\d{1,2})(?: (?:nam )?(\d{4}))?$/.exec(remark);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12)
    return { kind: "month", index: Number(month[1]), year: month[2] ? Number(month[2]) : null };
  return null;
}

/** The period a sheet's name stands for ("T10", "Quý II", "6 tháng cuối năm"); a day or a whole year is none of a round. */
export function periodOfSheet(sheet: string): PeriodLabel | null {
  const p = parsePeriod(sheet);
  return p === null || p.kind === "day" || p.kind === "year" ? null : p;
}

/** parsePeriod on a text already reduced by looseKey. */
export function periodOfKey(k: string): PeriodLabel | null {
  if (k === "" || k.length > 40) return null;
  const year = (m: string | undefined) => (m === undefined ? null : Number(m.length === 2 ? `20${m}` : m));

  // A system's period codes: "2021-Q3", "2021-T11", "2021-6T", "2021-9T", "2021-CN".
  let m = /^(\d{4}) (?:(q|t)(\d{1,2})|(6|9)t|cn)$/.exec(k);
  if (m) {
    const y = Number(m[1]);
    if (m[2] === "q" && Number(m[3]) >= 1 && Number(m[3]) <= 4) return { kind: "quarter", index: Number(m[3]), year: y };
    if (m[2] === "t" && Number(m[3]) >= 1 && Number(m[3]) <= 12) return { kind: "month", index: Number(m[3]), year: y };
    if (m[4] === "6") return { kind: "half", index: 1, year: y };
    if (m[4] === "9") return { kind: "nine", index: 1, year: y };
    if (m[2] === undefined && m[4] === undefined) return { kind: "year", index: 1, year: y };
  }
  // "T1/11 | T2/11 | T3/11": the weeks of November (its 1st to 7th …), never January 2011.
  // "Tuần 1 T11", "Tuan 2 thang 11": the same weeks, named in words.
  m = /^t\s?([1-5]) (\d{1,2})$/.exec(k) ?? /^tuan ([1-5]) (?:t|thang )(\d{1,2})$/.exec(k);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const [n, mo] = [Number(m[1]), Number(m[2])];
    const last = n === 5 ? Number(endOfMonth(2021, mo).slice(8, 10)) : 7 * n;
    if (7 * (n - 1) + 1 <= last)
      return { kind: "day", index: mo, day: last, year: null, from: { month: mo, day: 7 * (n - 1) + 1 }, named: `Tuần ${n}/${mo}` };
  }
  m = /^(?:t|th|thg|thang|month|m)\s?(\d{1,2})(?:\s+(?:nam\s+)?(\d{4}|\d{2}))?$/.exec(k);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { kind: "month", index: Number(m[1]), year: year(m[2]) };
  // "Tháng X", "Tháng XI/2021": months in Roman numerals, as on official forms.
  m = /^(?:thang|th)\s+(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?:\s+(?:nam\s+)?(\d{4}))?$/.exec(k);
  if (m) return { kind: "month", index: ROMAN_MONTHS[m[1]], year: year(m[2]) };
  const months = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
  m = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+(\d{4}))?$/.exec(k);
  if (m) return { kind: "month", index: months.indexOf(m[1]) + 1, year: year(m[2]) };

  m = /^(?:quy|q|quarter)\s?(iv|iii|ii|i|[1-4])(?:\s+(?:nam\s+)?(\d{4}|\d{2}))?$/.exec(k);
  if (m) return { kind: "quarter", index: ROMAN[m[1]] ?? Number(m[1]), year: year(m[2]) };
  // "Quý III, IV", "Quý I và II", "Quý III - IV/2021": the two quarters of a half year.
  m = /^(?:quy|q)\s?(iii|i|[13])\s+(?:va\s+|den\s+)?(?:quy\s+|q)?(iv|ii|[24])(?:\s+(?:nam\s+)?(\d{4}|\d{2}))?$/.exec(k);
  if (m && (ROMAN[m[2]] ?? Number(m[2])) === (ROMAN[m[1]] ?? Number(m[1])) + 1)
    return { kind: "half", index: (ROMAN[m[2]] ?? Number(m[2])) / 2, year: year(m[3]) };

  m = /^6 thang(?: (dau|cuoi))?(?: nam)?(?:\s+(\d{4}))?$/.exec(k);
  if (m) return { kind: "half", index: m[1] === "cuoi" ? 2 : 1, year: year(m[2]) };
  m = /^(?:h|half)\s?([12])(?:\s+(\d{4}))?$/.exec(k);
  if (m) return { kind: "half", index: Number(m[1]), year: year(m[2]) };
  m = /^9 thang(?: dau nam| nam)?(?:\s+(\d{4}))?$/.exec(k);
  if (m) return { kind: "nine", index: 1, year: year(m[1]) };

  // "Lũy kế 11 tháng năm 2021", "10 tháng đầu năm 2021": from January, standing at the month's last day.
  m = /^(?:luy ke\s+)?(\d{1,2}) thang(?: dau)?(?: nam)?\s+(\d{4})$/.exec(k);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    const [n, y] = [Number(m[1]), Number(m[2])];
    if (n === 6) return { kind: "half", index: 1, year: y };
    if (n === 9) return { kind: "nine", index: 1, year: y };
    if (n === 12) return { kind: "year", index: 1, year: y };
    return { kind: "day", index: n, day: Number(endOfMonth(y, n).slice(8, 10)), year: y };
  }
  // "Năm 2021", "Cả năm 2021": the year (a bare "Cả năm" beside months stays their total, see isTotalLabel).
  m = /^(?:ca nam|nam|year)\s+(\d{4})$/.exec(k);
  if (m) return { kind: "year", index: 1, year: Number(m[1]) };
  // "11T/2021", "9T 2021": the months from January, shortened as a narrow column's heading is.
  m = /^(\d{1,2})\s?t\s+(?:nam\s+)?(\d{4})$/.exec(k);
  if (m) return periodOfKey(`${m[1]} thang nam ${m[2]}`);
  // "6T | 9T | 11T" with the year in the title: the first half, nine months, eleven months standing at November's end.
  // Read as "11T/2021" is, its year left to the caller; from March (February's last day depends on the year).
  m = /^(\d{1,2})\s?t$/.exec(k);
  if (m && Number(m[1]) >= 3 && Number(m[1]) <= 12) {
    const p = periodOfKey(`${m[1]} thang nam 2021`);
    return p === null ? null : { ...p, year: null };
  }
  // "Quý III⏎Cả quý", "Cả quý III": the whole quarter (a total beside its months, read where they are blank).
  m = /^(?:(.+) ca (?:quy|nam|thang)|ca (quy .+|nam .+))$/.exec(k);
  if (m) {
    const p = periodOfKey(m[1] ?? m[2]);
    if (p !== null && p.kind !== "day") return p;
  }
  // "Kết quả⏎Tháng 10/2021", "TH Quý III/2021": the figures of that period.
  m = /^(?:ket qua|kq|thuc hien|th|so lieu|ket qua thuc hien)\s+(.+)$/.exec(k);
  if (m && !/^(?:tinh den|den|toi|thoi diem|tai thoi diem)\b/.test(m[1])) return periodOfKey(m[1]);
  const span = weekSpan(k);
  if (span !== null) return span;
  // "Đến 30/9", "Tính đến ngày 31/3/2021", "Thời điểm 30/11/2021": never a bare date, which is a date.
  // "Kết quả đến 31/10/2021", "Số liệu đến 30/11/2021": a column of figures standing at that day.
  m =
    /^(?:(?:ket qua|so lieu|thuc hien|luy ke)\s+)?(?:tinh den|den|toi|thoi diem|tai thoi diem|as of|at)\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2})\s(\d{1,2})(?:\s(\d{4}|\d{2}))?$/.exec(
      k,
    );
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), year(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && isoDate(y ?? 2000, mo, d) !== null) return { kind: "day", index: mo, day: d, year: y };
  }
  return null;
}

const SPAN_WORDS: Record<string, string> = { tuan: "Tuần", ky: "Kỳ", dot: "Đợt" };

/**
 * A week or a fortnight as a heading names it: "Tuần 1 (04/10-10/10)", "Tuần từ 01/11 đến 07/11", "Kỳ 1 (01-15/10)",
 * "Tuần 40" (the calendar's week). A day period at its last day, its first day kept. Null for any other key.
 */
function weekSpan(k: string): PeriodLabel | null {
  const word = (w: string, n: string | undefined) => (n === undefined ? undefined : `${SPAN_WORDS[w]} ${Number(n)}`);
  const day = (d: number, mo: number) => mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && isoDate(2000, mo, d) !== null;
  // "ky 1 01 15 10": from the 1st to the 15th of October.
  let m = /^(tuan|ky|dot)(?: (\d{1,2}))? (\d{1,2}) (\d{1,2}) (\d{1,2})(?: (\d{4}))?$/.exec(k);
  const [d1, d2, mo] = m ? [Number(m[3]), Number(m[4]), Number(m[5])] : [0, 0, 0];
  if (m && m[2] !== undefined && day(d1, mo) && day(d2, mo) && d1 < d2)
    return {
      kind: "day",
      index: mo,
      day: d2,
      year: m[6] ? Number(m[6]) : null,
      from: { month: mo, day: d1 },
      named: `${SPAN_WORDS[m[1]]} ${Number(m[2])}`,
    };
  // "tuan 1 04 10 10 10", "tuan tu 01 11 den 07 11", "ky 1 01 10 15 10" (with their months).
  m = /^(tuan|ky|dot)(?: (\d{1,2}))?(?: tu)? (\d{1,2}) (\d{1,2})(?: den)? (\d{1,2}) (\d{1,2})(?: (\d{4}))?$/.exec(k);
  if (m) {
    const [d1, m1, d2, m2] = [Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
    if (!day(d1, m1) || !day(d2, m2)) return null;
    const named = word(m[1], m[2]);
    return { kind: "day", index: m2, day: d2, year: m[7] ? Number(m[7]) : null, from: { month: m1, day: d1 }, ...(named ? { named } : {}) };
  }
  // "Tháng 10/2021 Tuần 1" (the month merged over its weeks): the month's first seven days …
  m = /^(?:thang|t) (\d{1,2})(?: (?:nam )?(\d{4}))? tuan ([1-5])$/.exec(k);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    const [mo, n] = [Number(m[1]), Number(m[3])];
    const last = n === 5 ? Number(endOfMonth(2021, mo).slice(8, 10)) : 7 * n;
    if (7 * (n - 1) + 1 <= last)
      return {
        kind: "day",
        index: mo,
        day: last,
        year: m[2] ? Number(m[2]) : null,
        from: { month: mo, day: 7 * (n - 1) + 1 },
        named: `Tuần ${n}/${mo}`,
      };
  }
  // "Tuần 45": the calendar's week (a bare "Tuần 1" … "Tuần 5" may as well be a month's, and is no period alone).
  m = /^tuan (\d{1,2})(?: nam (\d{4}))?$/.exec(k);
  if (m && Number(m[1]) >= 6 && Number(m[1]) <= 53) {
    const end = weekEnd(Number(m[1]), m[2] ? Number(m[2]) : 2021);
    return {
      kind: "day",
      index: Number(end.slice(5, 7)),
      day: Number(end.slice(8, 10)),
      year: m[2] ? Number(m[2]) : null,
      week: Number(m[1]),
      named: `Tuần ${Number(m[1])}`,
    };
  }
  return null;
}

/** The Sunday ending the calendar's (ISO) week `n` of `year`. */
function weekEnd(n: number, year: number): IsoDate {
  // Week 1 holds the year's first Thursday: its Monday is 4 January's week's Monday.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  return new Date(monday + ((n - 1) * 7 + 6) * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

/** The first day of a week's span, where the period has one. */
function spanStart(p: PeriodLabel, year: number): IsoDate | null {
  if (p.week !== undefined) return addDaysIso(weekEnd(p.week, year), -6);
  return p.from ? isoDate(year, p.from.month, p.from.day) : null;
}

function addDaysIso(d: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

const dm = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}`;

/** The last day of a period: the date its figures stand at. */
export function periodEnd(p: PeriodLabel, year: number): IsoDate {
  switch (p.kind) {
    case "month":
      return endOfMonth(year, p.index);
    case "quarter":
      return endOfQuarter(year, p.index as 1 | 2 | 3 | 4);
    case "half":
      return p.index === 1 ? endOfMonth(year, 6) : endOfYear(year);
    case "nine":
      return endOfMonth(year, 9);
    case "year":
      return endOfYear(year);
    case "day":
      if (p.week !== undefined) return weekEnd(p.week, year);
      return isoDate(year, p.index, p.day ?? 1) ?? endOfMonth(year, p.index);
  }
}

const ROMAN_OUT = ["I", "II", "III", "IV"];

/** How the master names a period: "Tháng 10/2021", "Quý III/2021", "6 tháng đầu năm 2021", "Năm 2021". */
export function periodName(p: PeriodLabel, year: number): string {
  switch (p.kind) {
    case "month":
      return `Tháng ${p.index}/${year}`;
    case "quarter":
      return `Quý ${ROMAN_OUT[p.index - 1]}/${year}`;
    case "half":
      return p.index === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    case "nine":
      return `9 tháng năm ${year}`;
    case "year":
      return `Năm ${year}`;
    case "day": {
      // "Tuần 40 (04/10–10/10/2021)": a week by its days, named so.
      const from = spanStart(p, year);
      if (from !== null) {
        const to = periodEnd(p, year);
        const days = `${dm(from)}–${dm(to)}/${year}`;
        return p.named ? `${p.named} (${days})` : `Từ ${dm(from)} đến ${dm(to)}/${year}`;
      }
      // "Quý IV/2021 (đến 15/12/2021)": the quarter so far, named so the summary reads its span.
      return p.within
        ? `${periodName({ ...p.within, year }, year)} (đến ${String(p.day ?? 1).padStart(2, "0")}/${String(p.index).padStart(2, "0")}/${year})`
        : `Đến ${p.day ?? 1}/${p.index}/${year}`;
    }
  }
}

/** Periods that do not overlap: only one granularity of a sheet is read (months, else quarters …). */
/** The months a period spans, first and last (1–12). */
function monthSpan(p: PeriodLabel): [number, number] {
  switch (p.kind) {
    case "month":
      return [p.index, p.index];
    case "quarter":
      return [3 * p.index - 2, 3 * p.index];
    case "half":
      return [6 * p.index - 5, 6 * p.index];
    case "nine":
      return [1, 9];
    case "year":
      return [1, 12];
    case "day":
      // A point, not a span: days never hold one another.
      return [p.index, p.index];
  }
}

/** The first day of a period: before it, its column cannot hold figures yet. */
export function periodStart(p: PeriodLabel, year: number): IsoDate {
  // "Quý IV (đến 14/12)": the quarter so far, from its first day (not the day's month's).
  if (p.kind === "day" && p.within && !p.from && p.week === undefined)
    return mustIsoDate(year, monthSpan({ kind: p.within.kind, index: p.within.index, year })[0], 1);
  return spanStart(p, year) ?? mustIsoDate(year, monthSpan(p)[0], 1);
}

/** Whether period `a` holds all of `b` and more ("Năm 2021" holds "Quý III/2021"); a missing year matches any. */
export function periodCovers(a: PeriodLabel, b: PeriodLabel): boolean {
  if (a.year !== null && b.year !== null && a.year !== b.year) return false;
  const [a0, a1] = monthSpan(a);
  const [b0, b1] = monthSpan(b);
  return a0 <= b0 && b1 <= a1 && a1 - a0 > b1 - b0;
}

/** Whether two periods of one year begin in the same month ("6 tháng", "9 tháng" and "Năm": each from January). */
export function sameStart(a: PeriodLabel, b: PeriodLabel): boolean {
  if (a.year !== null && b.year !== null && a.year !== b.year) return false;
  return monthSpan(a)[0] === monthSpan(b)[0] && a.kind !== "day" && b.kind !== "day" && a.kind !== "month" && b.kind !== "month";
}

/** A year written in a title, sheet name or heading: "NĂM 2021", "2021", "Quý I/2021". */
export function yearIn(text: string): number | null {
  const m = /(?:^|[^\d])(20\d{2}|19\d{2})(?![\d])/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * "Kỳ trước | Kỳ này | Lũy kế" under a report's heading: periods named from the report's own
 * (`current`, from its title). "Kỳ này" is the report's period, "Kỳ trước" the one before it,
 * "Cùng kỳ năm trước" the same period a year before; "Lũy kế" adds them up ("cumulative": not read).
 */
export function relativePeriod(label: string, current: PeriodLabel | null): PeriodLabel | "cumulative" | null {
  // "Thực hiện cùng kỳ năm 2020", "TH kỳ này": what was done in the period named after the words.
  const k = looseKey(label).replace(/^(?:thuc hien|th|ket qua|kq)\s+(?=cung ky|ky nay|ky truoc)/, "");
  if (k === "" || k.length > 30) return null;
  if (/^luy ke\b/.test(k)) return "cumulative";
  if (current === null || current.year === null || current.kind === "day") return null;
  // ("Cùng kỳ" beside "9 tháng năm 2021": the same nine months a year before; a running span has no one before it.)
  const same = /^(?:cung ky(?: nam truoc)?|cung ky nam (\d{4}))$/.exec(k);
  if (same) return same[1] === undefined || Number(same[1]) === current.year - 1 ? { ...current, year: current.year - 1 } : null;
  if (current.kind === "nine") return null;
  if (/^(?:ky nay|trong ky|ky bao cao|thang nay|quy nay|nam nay|ky nay thuc hien)$/.test(k)) return current;
  if (!/^(?:ky truoc|thang truoc|quy truoc|nam truoc)$/.test(k)) return null;
  const per = current.kind === "month" ? 12 : current.kind === "quarter" ? 4 : current.kind === "half" ? 2 : 1;
  return current.index > 1 ? { ...current, index: current.index - 1 } : { ...current, index: per, year: current.year - 1 };
}

// "Cùng kỳ năm 2020", "Cùng kỳ năm trước", "Cùng kỳ" (keyed): a row of an earlier year's figures at the same point.
const SAME_POINT = /^cung ky(?: nam)?(?: (\d{4}|truoc))?$/;

/** Whether a row's label (keyed) names the same point of an earlier year. */
export function isSamePointLabel(key: string): boolean {
  return SAME_POINT.test(key);
}

/**
 * "Cùng kỳ năm 2020" (keyed) beside figures of "Năm 2021 (đến 30/9/2021)": that year's day and period's name, moved
 * back (29/2 to 28/2; "năm trước" one year); null for any other label, or a year not before the figures' own.
 */
export function samePointEarlier(key: string, date: IsoDate, period: string): { date: IsoDate; period: string } | null {
  const m = SAME_POINT.exec(key);
  if (m === null) return null;
  const { y, m: month, d } = ymd(date);
  const back = m[1] === undefined || m[1] === "truoc" ? 1 : y - Number(m[1]);
  if (back < 1 || back > 5) return null;
  const to = isoDate(y - back, month, Math.min(d, Number(endOfMonth(y - back, month).slice(8))));
  return to === null ? null : { date: to, period: period.replaceAll(String(y), String(y - back)) };
}
