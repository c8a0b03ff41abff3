import { looseKey } from "../text/normalize";
import { IsoDate, addDays, endOfMonth, endOfQuarter, endOfYear, isoDate, ymd } from "./isoDate";
import { withArabicMonths } from "./romanMonth";

/**
 * What a Vietnamese deadline phrase means. The phrase is always kept as written (`text`),
 * so nothing an official typed is lost even when it cannot be understood.
 */
export type Deadline =
  /** A due date. "Trong năm 2021" is due 31/12/2021 with precision "year". */
  | { kind: "due"; text: string; due: IsoDate; precision: Precision; recurs: "none" | "yearly" }
  /** "Hàng quý", "định kỳ hằng tháng": due at the end of every period. */
  | { kind: "periodic"; text: string; every: "week" | "month" | "quarter" | "year"; day?: number }
  /** "Thường xuyên", "liên tục": ongoing, never overdue by itself. */
  | { kind: "continuous"; text: string }
  /** Not understood: kept and reported, never dropped. */
  | { kind: "unparsed"; text: string };

export type Precision = "day" | "month" | "quarter" | "year";

const ROMAN: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * "Từ 01/11/2021", "bắt đầu từ ngày 1/11", "Từ tháng 3/2021", "từ quý II" (a looseKey): when the work
 * starts and nothing more.
 */
export function isStartOnly(key: string): boolean {
  return /^(?:bat dau )?(?:tu|ke tu) (?:(?:ngay )?\d{1,2} \d{1,2}(?: \d{2,4})?|(?:thang|th|t) ?\d{1,2}(?: nam)?(?: \d{4})?|(?:quy|q) ?(?:iv|iii|ii|i|[1-4])(?: nam)?(?: \d{4})?)$/.test(
    key,
  );
}

// The kinds of document a cell cites, as written out or shortened.
const DOC_KIND =
  "công văn|cv|quyết định|qđ|qd|kế hoạch|kh|thông báo|tb|báo cáo|bc|nghị quyết|nq|chỉ thị|hướng dẫn|hd|văn bản|vb|biên bản|bb|tờ trình|ttr|giấy mời";
// A document cited by its number and day: "CV 150/TCKH ngày 01/9/2021", "(theo Kế hoạch số 49/KH-UBND ngày 15/3/2021)".
const CITED = new RegExp(
  String.raw`\(?\s*(?:theo\s+)?(?:(?:${DOC_KIND})\s*)?(?:số\s*)?\d+\s*\/\s*[\p{L}\d]+(?:-[\p{L}\d]+)*\s*,?\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?:\s+của\s+[^()]{1,40})?\s*\)?`,
  "giu",
);
// Brackets naming a document and its day, its number or not: "(BB bàn giao MB số 07/BB ngày 06/10/2021)",
// "(BC ngày 03/12/2021)", "(tổng hợp theo CV 301/UBND-VP ngày 15/11)".
const CITED_IN_BRACKETS = new RegExp(
  String.raw`\(\s*[^()\d]*?(?<!\p{L})(?:${DOC_KIND})(?!\p{L})[^()]*?\bngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?[^()]*\)`,
  "giu",
);

/** The text with the documents it cites by number and day taken out ("" when it is only a citation). */
export function withoutCitations(text: string): string {
  // Every citation names its day ("ngày …"): most cells have none, and are given back as they are.
  if (!/ng[aà]y/iu.test(text)) return text;
  return text.replace(CITED_IN_BRACKETS, " ").replace(CITED, " ").replace(/\s+/g, " ").trim();
}

// "Tháng 8, 9/2021", "Tháng 10-11/2021", "T8 - T9/2021": the last month of the span.
const MONTH_SPAN =
  /^(?:trong\s+|từ\s+)?(?:tháng|thg|th|t)\.?\s*(\d{1,2})\s*(?:,|-|–|và|đến|tới)\s*(?:tháng|thg|th|t)?\.?\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/iu;
// "Quý II-III/2021", "Quý III, IV năm 2021": the last quarter of the span.
const QUARTER_SPAN =
  /^(?:trong\s+|từ\s+)?(?:quý|quy|q)\s*(iv|iii|ii|i|[1-4])\s*(?:,|-|–|và|đến|tới)\s*(?:quý|quy|q)?\s*(iv|iii|ii|i|[1-4])\s*(?:[/.-]|\s+năm)\s*(\d{4})$/iu;

/**
 * Parses a deadline phrase: "Trong năm 2021", "… và những năm tiếp theo" (or "… và năm tiếp theo"), "Quý III/2021" ("Q3/2021"),
 * "tháng 10/2021", "trước ngày 15/11/2021", "30/9/2021", "30-09-2021", "Thường xuyên",
 * "hàng quý". Matching is done on a diacritic-free key, so "Quy III/2021" works too.
 */
export function parseDeadline(phrase: string): Deadline {
  const text = phrase
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;,]+$/, "");
  // "Trước 15/9 (CV 150/TCKH ngày 01/9/2021)": the day a cited document was signed is never the deadline.
  const uncited = withoutCitations(text);
  if (uncited !== text) {
    const own = parseDeadline(uncited);
    return own.kind === "unparsed" ? { kind: "unparsed", text } : { ...own, text };
  }
  const k = looseKey(text);
  if (k === "") return { kind: "unparsed", text };
  // "Ngay sau khi sản phẩm được công nhận (QĐ ngày 19/10/2021)": after an event; its day is not the deadline.
  if (/^(?:ngay )?sau khi\b/.test(k)) return { kind: "unparsed", text };

  // "Từ 01/11/2021" alone: the day the work starts, never its deadline.
  if (isStartOnly(k)) return { kind: "unparsed", text };
  const months = MONTH_SPAN.exec(text);
  if (months && Number(months[1]) < Number(months[2]) && Number(months[2]) <= 12)
    return { kind: "due", text, due: endOfMonth(Number(months[3]), Number(months[2])), precision: "month", recurs: "none" };
  const quarters = QUARTER_SPAN.exec(text);
  if (quarters && ROMAN[quarters[1].toLowerCase()] < ROMAN[quarters[2].toLowerCase()])
    return {
      kind: "due",
      text,
      due: endOfQuarter(Number(quarters[3]), ROMAN[quarters[2].toLowerCase()]),
      precision: "quarter",
      recurs: "none",
    };
  // A full date wins over everything else: "trước ngày 15/11/2021", "đến 30-09-2021".
  const date = findDate(text);
  if (date) return { kind: "due", text, due: date, precision: "day", recurs: "none" };
  if (/\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/.test(k)) return { kind: "unparsed", text };

  const recurring = /\bnam (\d{4}) (?:va )?(?:(?:nhung|cac) )?nam tiep theo\b/.exec(k);
  if (recurring) return yearDue(text, Number(recurring[1]), "yearly");

  const quarter = /\b(?:quy |q ?)(iv|iii|ii|i|[1-4])(?: nam)? (\d{4})\b/.exec(k);
  if (quarter) {
    const q = ROMAN[quarter[1]];
    return { kind: "due", text, due: endOfQuarter(Number(quarter[2]), q), precision: "quarter", recurs: "none" };
  }

  const half = /\b6 thang (dau|cuoi) nam (\d{4})\b/.exec(k);
  if (half) {
    const y = Number(half[2]);
    return { kind: "due", text, due: half[1] === "dau" ? endOfMonth(y, 6) : endOfYear(y), precision: "month", recurs: "none" };
  }

  // "Tháng 12/2021", "T12/2021", "Th3/2021".
  const month = /\b(?:thang |th ?|t ?)(\d{1,2})(?: nam)? (\d{4})\b/.exec(k);
  if (month) {
    const m = Number(month[1]);
    if (m < 1 || m > 12) return { kind: "unparsed", text };
    return { kind: "due", text, due: endOfMonth(Number(month[2]), m), precision: "month", recurs: "none" };
  }

  // "Trước ngày 15 tháng cuối quý", "tháng cuối quý", "cuối mỗi quý": every quarter, by that day of its last month.
  const quarterEnd = /^(?:truoc |han |vao )?(?:ngay (\d{1,2}) )?(?:thang )?cuoi (?:moi |hang )?quy$/.exec(k);
  if (quarterEnd) {
    const d = quarterEnd[1] ? Number(quarterEnd[1]) : 0;
    return d >= 1 && d <= 28 ? { kind: "periodic", text, every: "quarter", day: d } : { kind: "periodic", text, every: "quarter" };
  }
  if (/\b(hang|dinh ky)\b.*\bquy\b/.test(k) || /^quy$/.test(k)) return { kind: "periodic", text, every: "quarter" };
  // "Hằng tuần", "báo cáo hàng tuần vào thứ Sáu": every week.
  if (/\b(hang|dinh ky)\b.*\btuan\b/.test(k)) return { kind: "periodic", text, every: "week" };
  if (/\b(hang|dinh ky)\b.*\bthang\b/.test(k)) {
    // "Ngày 25 hằng tháng", "trước ngày 20 hàng tháng": that day of every month.
    const day = /\bngay (\d{1,2}) (?:hang|dinh ky)\b/.exec(k);
    const d = day ? Number(day[1]) : 0;
    return d >= 1 && d <= 28 ? { kind: "periodic", text, every: "month", day: d } : { kind: "periodic", text, every: "month" };
  }
  if (/\b(hang|dinh ky)\b.*\bnam\b/.test(k)) return { kind: "periodic", text, every: "year" };
  if (/\b(thuong xuyen|lien tuc)\b/.test(k)) return { kind: "continuous", text };
  // "Hằng ngày", "Khi phát sinh": work done as it comes, no day to be done by (as "Thường xuyên"). ("Khi có yêu cầu"
  // stays as written: a request may well name a day.)
  if (/^(?:hang|moi) ngay$|^(?:khi|khi co|neu co|ngay khi|theo) phat sinh$|^phat sinh$/.test(k)) return { kind: "continuous", text };

  const year = /(?:^|\b(?:trong|nam|den|truoc|cuoi)\b.*?)\b(\d{4})$/.exec(k) ?? /^(?:trong )?nam (\d{4})\b/.exec(k);
  if (year) return yearDue(text, Number(year[1]), "none");

  return { kind: "unparsed", text };
}

function yearDue(text: string, y: number, recurs: "none" | "yearly"): Deadline {
  if (y < 1990 || y > 2100) return { kind: "unparsed", text };
  return { kind: "due", text, due: endOfYear(y), precision: "year", recurs };
}

/**
 * A day/month/year date inside free text: 30/9/2021, 30-09-2021, 30.9.2021, 30/IX/2021,
 * "ngày 30 tháng 9 năm 2021". Returns null when absent or when the day does not exist.
 */
export function findDate(text: string): IsoDate | null {
  // "8, 9/2021" is two months of a year, never 8 September: a comma between numbers parts them.
  const k = looseKey(
    withArabicMonths(text)
      .replace(/(\d)\s*,\s*(?=\d)/g, "$1 va ")
      .replace(/(\d)[/.-](?=\d)/g, "$1 "),
  );
  const numeric = /(?:^|\D)(\d{1,2}) (\d{1,2}) (\d{4})(?:\D|$)/.exec(k);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const words = /\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/.exec(k);
  if (words) return isoDate(Number(words[3]), Number(words[2]), Number(words[1]));
  return null;
}

/**
 * The date a task with this deadline is due as seen on `asOf`: a yearly recurring
 * deadline is due at the end of the as-of year (from its first year on); a periodic one
 * at the end of the current period. Continuous and unparsed deadlines have none.
 */
export function dueAsOf(deadline: Deadline, asOf: IsoDate): IsoDate | null {
  switch (deadline.kind) {
    case "due": {
      if (deadline.recurs === "none") return deadline.due;
      const first = ymd(deadline.due).y;
      return endOfYear(Math.max(first, ymd(asOf).y));
    }
    case "periodic": {
      const { y, m } = ymd(asOf);
      // The week's Sunday.
      if (deadline.every === "week") return addDays(asOf, (7 - new Date(`${asOf}T00:00:00Z`).getUTCDay()) % 7);
      if (deadline.every === "month") return deadline.day === undefined ? endOfMonth(y, m) : isoDate(y, m, deadline.day);
      if (deadline.every === "quarter") {
        const q = (Math.floor((m - 1) / 3) + 1) as 1 | 2 | 3 | 4;
        return deadline.day === undefined ? endOfQuarter(y, q) : isoDate(y, q * 3, deadline.day);
      }
      return endOfYear(y);
    }
    case "continuous":
    case "unparsed":
      return null;
  }
}

/** The first concrete due date, for the "Hạn cuối" column. */
export function firstDue(deadline: Deadline): IsoDate | null {
  return deadline.kind === "due" ? deadline.due : null;
}
