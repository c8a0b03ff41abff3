import { IsoDate, fromExcelSerial, isoDate } from "../dates/isoDate";
import { withArabicMonths } from "../dates/romanMonth";
import { cleanText, looseKey } from "../text/normalize";

/**
 * Dates as people type them into a cell: "30/9/2021", "30-09-2021", "12.10.2021", "15/12/21",
 * "2021-09-30", "ngày 12 tháng 10 năm 2021", "15 thg 11, 2021", "30/IX/2021", a serial number stored as text ("44500"). A numeric
 * date whose order is not written in it keeps both readings; the column decides (see dateOrder).
 */
export type DateText =
  /** Day and month in an order the text does not tell: a/b/year. */
  | { kind: "numeric"; a: number; b: number; year: number; twoDigitYear: boolean; meridiem?: true }
  /** Order told by the text itself: ISO year first, or words. */
  | { kind: "fixed"; date: IsoDate }
  /** An Excel serial typed or stored as text. */
  | { kind: "serial"; serial: number };

export type DateOrder = "dm" | "md";

// (A time after it, "10/29/2021 5:00:00 PM" as software on a month-first machine exports it: AM/PM its sign.)
const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(\s*[AP]M)?)?$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
// "ngày 12 tháng 10 năm 2021", and as Google Sheets shows dates in Vietnamese: "15 thg 11, 2021", "Thứ Hai, 22 tháng 11, 2021".
const WORDS = /^(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\s+)?(?:ngay\s+)?(\d{1,2})\s+(?:thang|thg)\s+(\d{1,2})\s+(?:nam\s+)?(\d{4})$/;

/** Plausible Excel serials for the years plans cover (1990–2100). */
export function isPlausibleSerial(n: number): boolean {
  return n >= 32874 && n <= 73415;
}

/** "20211031" (a number or text), as software exports a date with year, month and day run together. */
export function compactDate(text: string): IsoDate | null {
  const m = /^(19[89]\d|20\d\d)(\d\d)(\d\d)$/.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A cell's whole text read as a date, or null when it is not only a date. */
export function parseDateText(text: string): DateText | null {
  const t = cleanText(text);
  if (t === "" || t.length > 40) return null;
  const n = NUMERIC.exec(t);
  if (n) {
    const y = Number(n[3]);
    return {
      kind: "numeric",
      a: Number(n[1]),
      b: Number(n[2]),
      year: n[3].length === 2 ? 2000 + y : y,
      twoDigitYear: n[3].length === 2,
      ...(n[4] ? { meridiem: true as const } : {}),
    };
  }
  const arabic = withArabicMonths(t);
  if (arabic !== t) {
    // "30/IX/2021": the Roman month tells the order.
    const r = NUMERIC.exec(arabic);
    const d = r ? isoDate(Number(r[3]), Number(r[2]), Number(r[1])) : null;
    return d ? { kind: "fixed", date: d } : null;
  }
  const iso = ISO.exec(t);
  if (iso) {
    const d = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return d ? { kind: "fixed", date: d } : null;
  }
  // Every date in words still has its day and year in digits: "Đang thực hiện" is no date, and not keyed.
  if (!/\d/.test(t)) return null;
  const key = looseKey(t);
  const en = englishDate(key);
  if (en) return { kind: "fixed", date: en };
  const w = WORDS.exec(key);
  if (w) {
    const d = isoDate(Number(w[3]), Number(w[2]), Number(w[1]));
    return d ? { kind: "fixed", date: d } : null;
  }
  if (/^\d{5}(?:\.0+)?$/.test(t)) {
    const serial = Number(t);
    if (isPlausibleSerial(serial)) return { kind: "serial", serial };
  }
  return null;
}

const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");

/**
 * "Dec 20, 2021", "December 20 2021", "20 Dec 2021", and "15-Dec-21" as Excel shows a date on an English
 * machine (d-mmm-yy): the month named, so the order is told.
 */
function englishDate(k: string): IsoDate | null {
  const m = /^([a-z]{3})[a-z]* (\d{1,2}) (\d{4})$/.exec(k) ?? /^(\d{1,2}) ([a-z]{3})[a-z]* (\d{4}|\d{2})$/.exec(k);
  if (!m) return null;
  const [day, name] = /^\d/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
  const month = MONTHS.indexOf(name) + 1;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return month > 0 ? isoDate(year, month, Number(day)) : null;
}

/** The date a parsed text means, read in an order; null when that reading is no real day. */
export function dateOf(d: DateText, order: DateOrder): IsoDate | null {
  switch (d.kind) {
    case "fixed":
      return d.date;
    case "serial":
      return fromExcelSerial(d.serial);
    case "numeric":
      return order === "dm" ? isoDate(d.year, d.b, d.a) : isoDate(d.year, d.a, d.b);
  }
}

/** Whether a numeric date could be read both ways and mean two different days. */
export function isAmbiguous(d: DateText): boolean {
  return d.kind === "numeric" && d.a !== d.b && d.a <= 12 && d.b <= 12;
}

export interface OrderVerdict {
  order: DateOrder;
  /** How it was decided: the values themselves, a hint in the heading, or neither. */
  by: "values" | "hint" | "convention";
}

/**
 * The order of a column's numeric dates: a value with a first part above 12 is day first, a
 * second part above 12 is month first. A heading hint ("(m/d/yyyy)") decides when the values
 * do not. Otherwise the convention (day first in Vietnamese sheets) is taken, and the caller says
 * so for each value that reads two ways.
 */
export function dateOrder(values: readonly DateText[], hint: DateOrder | null, fallback: DateOrder): OrderVerdict {
  let dm = 0;
  let md = 0;
  for (const v of values) {
    if (v.kind !== "numeric") continue;
    if (v.a > 12 && v.b <= 12) dm++;
    else if (v.b > 12 && v.a <= 12) md++;
  }
  if (dm > 0 || md > 0) return { order: md > dm ? "md" : "dm", by: "values" };
  if (hint) return { order: hint, by: "hint" };
  // "10/04/2021 8:00:00 AM": a clock of twelve hours is a month-first machine's; likely, not certain (said as a hint).
  if (values.some((v) => v.kind === "numeric" && v.meridiem)) return { order: "md", by: "hint" };
  return { order: fallback, by: "convention" };
}

/**
 * "đã xong" said of a sentence naming one day ("… kiểm tra hiện trường ngày 22/10/2021, đã xong"): the state with that
 * day, "đã xong ngày 22/10/2021"; the state as it is where it has a figure of its own or the sentence names no day, or two.
 */
export function withTheSentenceDay(state: string, sentence: string): string {
  const days = [...sentence.matchAll(/ngày\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/giu)].map((d) => d[1]);
  return !/\d/.test(state) && days.length === 1 ? `${state} ngày ${days[0]}` : state;
}
