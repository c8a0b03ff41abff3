import { IsoDate, isoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";

/**
 * The day a done task's remark gives, where it gives just one: "niêm yết ngày 14.10.2021", "QĐ
 * 95/QĐ-UBND ngày 20/9/2021", "gửi ngày 3 tháng 10 năm 2021", "tổ chức 2 ngày 28-29/9" (its last
 * day), a log's last line "20/10: đã phát xong". The task is known to be done (its status column or
 * its progress says so); a remark that speaks of a plan or a deadline ("dự kiến", "hạn", "chờ"), or
 * gives two days, gives none. A count over a count ("8/8 thôn") is no day.
 */
export function dayInRemark(text: string, year: number): IsoDate | null {
  // A line per day, whether the cell keeps its line breaks or they were folded into spaces.
  const lines = cleanText(text.replace(/\r?\n/g, " "))
    .split(/\s(?=\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*:)/)
    .map((l) => l.trim());
  // A log, a line per day: its last line, where it says the work was done.
  const dated = lines.filter((l) => LINE_DAY.test(l));
  if (dated.length >= 2) {
    const last = dated[dated.length - 1];
    return DONE_WORD.test(looseKey(last)) ? (daysIn(last, year)[0] ?? null) : null;
  }
  const whole = lines.join(" ");
  if (NOT_DONE.test(looseKey(whole))) return null;
  const days = [...new Set(daysIn(whole, year))];
  return days.length === 1 ? days[0] : null;
}

const LINE_DAY = /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*:/;
const DONE_WORD = /\b(?:xong|hoan thanh|hoan tat|da)\b/;
// "đúng hạn", "trước hạn" say how it was done; "hạn", "hạn chót", "GH:" (gia hạn) name a deadline.
// "Cần họp … trước 20/12", "đề nghị …": what is still to be done, and by when ("xong trước 15/9" is done).
const NOT_DONE =
  /\b(?:du kien|(?<!(?:dung|truoc|tre|qua|cham) )han|gh|ke hoach|se|cho|tu ngay|bat dau|chua|dang|can(?! cu\b)|de nghi|(?<!(?:xong|hoan thanh|ht|hoan tat) )truoc(?= \d))\b/;
// After a count over a count, the thing counted: "8/8 thôn", "3/4 hồ sơ".
const UNIT =
  /^\s+(?:thôn|xã|ấp|bản|tổ|hộ|hồ sơ|người|phiếu|lần|buổi|tin|bài|mục|lĩnh vực|tthc|thủ tục|văn bản|đơn vị|công trình|nội dung|chỉ tiêu|tiêu chí|việc|trường hợp|cán bộ|công chức|thư|đ\/c|đồng chí|tài khoản|tk|dự án|đợt|cuộc|lớp|cuốn|bộ)(?!\p{L})/iu;

const AS_OF_BEFORE = /(?:^|[^\p{L}])(?:tính đến|đến|tới|tinh den|den|toi)\s+(?:hết\s+)?(?:ngày\s+)?$/iu;

// What names a criterion right before its code.
const CODE_BEFORE =
  /(?:^|[^\p{L}])(?:tc|tctp|tiêu chí|tieu chi|tiêu chí thành phần|mục|muc|chỉ số|chi so|mã|ma|sipas|cchc|nội dung|nd)\s*[-:]?\s*$/iu;

/** Each day the text writes, in order: full dates, day/month, "ngày 3 tháng 10 (năm 2021)", a span's last day. */
function daysIn(text: string, year: number): IsoDate[] {
  const out: IsoDate[] = [];
  const re =
    /(?<![\d/.-])(?:(\d{1,2})\s*-\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/-]|\.\d)|ng[aà]y\s+(\d{1,2})\s+th[aá]ng\s+(\d{1,2})(?:\s+n[aă]m\s+(\d{4}))?/giu;
  for (const m of text.matchAll(re)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (m[5] !== undefined) {
      const d = isoDate(m[7] ? Number(m[7]) : year, Number(m[6]), Number(m[5]));
      if (d) out.push(d);
      continue;
    }
    // "12/10" followed by "thôn": a count; "2021" alone is a year, matched as a day of neither.
    if (m[4] === undefined && UNIT.test(after)) continue;
    // "trong tháng 4-5", "tháng 9/2021": months, never a day.
    if (m[1] === undefined && /(?:^|[^\p{L}])(?:tháng|thang|th)\s*$/iu.test(text.slice(0, m.index))) continue;
    // "TC 1.4", "tiêu chí 2.3": a criterion's code.
    if (m[4] === undefined && m[1] === undefined && CODE_BEFORE.test(text.slice(0, m.index))) continue;
    // "đến 30/9/2021 giải ngân 1.240 triệu": the day a figure stands at, not the day the work was done.
    if (AS_OF_BEFORE.test(text.slice(0, m.index))) continue;
    const y = m[4] === undefined ? year : m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const d = isoDate(y, Number(m[3]), Number(m[2]));
    if (d) out.push(d);
  }
  return out;
}
