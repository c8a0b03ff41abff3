import { findDate, withoutCitations } from "../dates/deadline";
import { IsoDate, formatViDate, isoDate, ymd } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { Grid, GridCell, cellText, isGridDate } from "./grid";
import { impossibleDay } from "./periodBlocks";
import { PeriodLabel, parsePeriod, periodEnd, periodName, periodStart } from "./periods";

/**
 * The date a sheet's figures stand at when its table has no period or date column: the title says
 * it ("KẾT QUẢ … ĐẾN NGÀY 30/11/2021", "BÁO CÁO THÁNG 9/2021", "Quý III/2021"), or the sheet's name
 * ("T9", "Tháng 10"). A year alone ("NĂM 2021") is not a date: its figures could stand at any day of it.
 */
export interface ContextPeriod {
  date: IsoDate;
  /** How the master names the period: "Tháng 9/2021", "Quý III/2021", or the day "30/11/2021". */
  name: string;
  /** The period itself, when it is one ("Tháng 9/2021"), not a day. */
  label?: PeriodLabel;
  /** The sheet it was read from, when not the table's own (the workbook's cover). */
  sheet?: string;
  /** Read from the print page's header, not from the sheet's cells. */
  page?: boolean;
  /** Read from a text box drawn over the sheet, not from its cells. */
  box?: boolean;
  /** Read from a note under the table ("Ghi chú: Số liệu tính đến hết ngày 30/11/2021"). */
  below?: boolean;
  /** Criteria the note dates otherwise ("Riêng chỉ số 1.7 … số liệu đến ngày 31/10/2021"), by code. */
  byCode?: Record<string, { date: IsoDate; name: string }>;
  /** The title's other month, where the sheet's name ("T11") was taken over it (a title not updated). */
  overTitle?: string;
  /** The day only as a document's signing ("Kế hoạch số 49/KH-UBND ngày 29/9/2021"): a later line's day comes first. */
  signed?: boolean;
  /** The only day the title gives is a plan's or resolution's signing (not a report's): no figures' day. */
  document?: boolean;
}

// A workbook's cover: "Bìa", "Trang bìa", "Cover", "Thông tin chung".
const COVER_NAME = /^(?:trang )?bia\b|^cover\b|^thong tin chung\b/;

/** A sheet of a few text lines, one cell a row (a table's sheet fails at its header row). */
function textOnly(g: Grid): boolean {
  if (g.rows.length > 60) return false;
  let lines = 0;
  for (const row of g.rows) {
    let filled = 0;
    for (const v of row) if (v !== null && v !== undefined && cellText(v).trim() !== "" && ++filled > 1) return false;
    if (filled === 1) lines++;
  }
  return lines >= 3;
}

/**
 * The period a workbook's cover gives ("Kỳ khảo sát: Quý IV/2021 - số liệu đến hết ngày 30/11/2021"):
 * a sheet named as a cover, or one of text lines only, one cell a row.
 */
export function coverPeriod(grids: readonly Grid[], year: number | null): ContextPeriod | null {
  for (const g of grids) {
    if (!COVER_NAME.test(looseKey(g.sheet)) && !textOnly(g)) continue;
    const found = contextPeriod(g, g.rows.length + 1, year);
    if (found) return { ...found, sheet: g.sheet };
  }
  return null;
}

// "đến ngày 30/11/2021", "Số liệu tính đến ngày: 30/11/2021".
// Typed without diacritics too ("den 14/9/2021").
const AS_OF_ALL =
  /(?<!\p{L})(?:đến|tính đến|tại|ngày|den|tinh den|ngay)\s*:?\s+(?:(?:ngày|ngay)\s*:?\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/giu;

/** "14/9/21", "Quý III/21": a day or period written with its year's last two digits, as "14/9/2021" (the records are all this century). */
function withFullYears(t: string): string {
  return t
    .replace(/(?<!\p{L})((?:quý|quy|q|tháng|thang|t)\s*(?:[IVX]{1,4}|\d{1,2}))\s*\/\s*(\d{2})(?![\d/.-])/giu, "$1/20$2")
    .replace(/(?<![\d/.-])(\d{1,2})(\s*[/.-]\s*)(\d{1,2})(\s*[/.-]\s*)(\d{2})(?![\d/.-])/g, (_, d, a, m, b, y) => `${d}${a}${m}${b}20${y}`);
}
// A report's number: "Báo cáo số 212/BC-UBND".
const REPORT_SIGNED = /\d+\/BC\b/iu;
// "Hòa Bình, ngày 05 tháng 10 năm 2021": a place and the day a document is signed there.
const PLACE_DATE = /^[\p{L} .'-]{2,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$/iu;

/** "Tân Bình, ngày 30 tháng 11 năm 2021": the line a document is signed on, at its head. */
export function placeDateLine(text: string): boolean {
  return PLACE_DATE.test(cleanText(text));
}
// A document's number just before: "số 49/KH-UBND", "QĐ 2580/QĐ-UBND"; never a day ("từ 14/6 đến 25/6/2021").
const DOCUMENT_BEFORE = /\d+\/(?=[\p{L}\d-]*\p{L})[\p{L}\d]+(?:-[\p{L}\d]+)*\s*$/u;

// "(Từ ngày 15/12/2020 đến ngày 14/12/2021)": figures over those days, standing at the last.
// "Từ ngày: 01/10/2021   Đến ngày: 14/12/2021" as a web export's filter line writes it, colons and all.
// "từ 15/3 đến 14/6/2021": the first day's year is the last's (or the one before, 15/12 - 14/3/2021).
// "(15/6 - 14/9/2021)" in brackets after a period's name: the same span, no "từ".
const RANGE =
  /(?:(?<!\p{L})(?:từ|tu)\s+(?:(?:ngày|ngay)\s*:?\s*)?|\(\s*)(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)\s*(?:đến|den|tới|toi|-|–|→|->)\s*(?:(?:ngày|ngay)\s*:?\s*)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;

/**
 * "A. QUÝ III/2021 (số liệu đến 30/9/2021)", "B. THÁNG 10/2021": the period a section row alone on its line
 * gives the figures under it; null for any other line (one with no year included: a month alone is no period of record).
 */
export function sectionPeriod(label: string, longest = 80): ContextPeriod | null {
  // "Kỳ: Quy III/21", "T10/21": typed short and without marks too.
  const t = withFullYears(cleanText(label).replace(/^(?:[IVX]{1,4}|[A-H]|\d{1,2})[.)]\s+/u, ""));
  if (
    t.length > longest ||
    !/\d{4}/.test(t) ||
    !/^(?:(?:số liệu|so lieu)\s+)?(?:quý|quy|tháng|thang|t\d|q\d|6 tháng|6 thang|9 tháng|9 thang|năm|nam|kỳ|ky|đợt|dot|từ ngày|tu ngay|đến ngày|den ngay)/iu.test(
      t,
    )
  )
    return null;
  return fromText(t, null);
}

/**
 * "Từ ngày 01/10/2021 đến 10/12/2021, UBND xã ban hành 146 văn bản …", "Trong Quý IV/2021 (từ 01/10 đến 10/12/2021), …":
 * the span a sentence's figures cover, standing at its last day (the period it names, so far); null where it names none.
 */
export function spanPeriod(text: string, year: number | null): ContextPeriod | null {
  for (const sentence of text.split(/[.;]\s+/)) {
    const t = withFullYears(cleanText(sentence));
    const dated = year === null ? t : t.replace(LAST_DAY_WITHOUT_YEAR, (_, before: string, day: string) => `${before}${day}/${year}`);
    if (RANGE.test(dated)) return fromText(sentence, year);
  }
  return null;
}

/**
 * "Quý III/2021: tiếp nhận 41 hồ sơ … (21,9%)", "Quý IV/2021 (đến 10/12): 68/201 hồ sơ": the period one figure's own words
 * name (a span, or a period with its year); null where they name none (a document's day is none).
 */
export function periodOfFigure(text: string, year: number | null): ContextPeriod | null {
  const span = spanPeriod(text, year);
  if (span !== null) return span;
  const found = fromText(text, year);
  return found?.label !== undefined && found.label.kind !== "year" ? found : null;
}

const LAST_DAY_WITHOUT_YEAR =
  /((?:từ|tu|\()[^()]{0,20}?\d{1,2}\s*\/\s*\d{1,2}\s*(?:đến|den|tới|toi|-|–|→)\s*(?:ngày\s*)?)(\d{1,2}\s*\/\s*\d{1,2})(?![\d/])/iu;

/**
 * A table's own title line right above its header ("Tháng 02/2021", "QUÝ III/2021"), where tables are
 * stacked down one sheet: its row and the period it names; null where the line is none.
 */
export function blockTitle(
  grid: Grid,
  after: number,
  headerTop: number,
  year: number | null,
): { row: number; period: ContextPeriod; dayRow?: number } | null {
  const lineAt = (r: number): string | null | undefined => {
    const filled = (grid.rows[r - 1] ?? []).filter((v) => cellText(v).trim() !== "");
    if (filled.length === 0) return undefined;
    return filled.length !== 1 || typeof filled[0] !== "string" || filled[0].length > 100 ? null : filled[0];
  };
  for (let r = headerTop - 1; r > after && r >= headerTop - 3; r--) {
    const line = lineAt(r);
    if (line === undefined) continue;
    const period = line === null ? null : fromText(line, year);
    if (!period || period.signed) return null;
    // "Kỳ: Quý II năm 2021" over "(Số liệu đến ngày 14/6/2021)": the quarter's figures standing at that day.
    if (!period.label && r - 1 > after) {
      const up = lineAt(r - 1);
      const over = typeof up === "string" ? fromText(up, year) : null;
      const l = over?.label;
      if (over && l && l.year !== null && !over.signed && period.date >= periodStart(l, l.year) && period.date <= periodEnd(l, l.year))
        return { row: r - 1, period: { ...over, date: period.date }, dayRow: r };
    }
    return { row: r, period };
  }
  return null;
}

function fromText(text: string, year: number | null): ContextPeriod | null {
  // "(Từ ngày 15/6/2021 đến ngày 14/9/2021 - kèm theo Báo cáo số 52/BC-UBND ngày 16/9/2021)": the span, not the report's day.
  const uncited = withoutCitations(text);
  const t = withFullYears(cleanText(uncited !== "" && RANGE.test(uncited) ? uncited : text));
  // "QUÝ III (từ 15/6 đến 14/9)" on a sheet of 2021: the span's last day in the sheet's year.
  const dated =
    RANGE.test(t) || year === null ? t : t.replace(LAST_DAY_WITHOUT_YEAR, (_, before: string, day: string) => `${before}${day}/${year}`);
  const range = RANGE.exec(dated);
  const to = range ? findDate(range[2]) : null;
  if (range && to) {
    const first = /\d{4}\s*$/.test(range[1]) ? range[1] : withYearBefore(range[1], to);
    // "QUÝ III/2021 (từ 15/6/2021 đến 12/9/2021)": the period the line names, its figures standing at the span's end.
    const phrase = periodPhrase(dated.replace(RANGE, ""));
    // "SIPAS 6 THÁNG ĐẦU NĂM 2021 (phát phiếu từ 01/6 đến 30/6/2021)": the period the line names, gathered in those days;
    // the days make a period of their own (June) only where the line names none, or the same.
    const named = spanNamed(findDate(first), to);
    const own = phrase ? periodAtDay(phrase, to) : null;
    const other = named?.label && phrase && (named.label.kind !== phrase.kind || named.label.index !== phrase.index);
    return (other && own ? own : named) ?? own ?? { date: to, name: `${first.replace(/\s/g, "")} - ${range[2].replace(/\s/g, "")}` };
  }
  // "Kế hoạch số 49/KH-UBND ngày 29/9/2021": the day a document was signed, taken only where no line under it says the figures' day.
  const days = [...t.matchAll(AS_OF_ALL)];
  const day = days.find((m) => !DOCUMENT_BEFORE.test(t.slice(0, m.index))) ?? days[0];
  // "QUÝ IV/2021 (đến 15/12/2021)": the quarter's figures so far, standing at that day of it.
  const so = day && !DOCUMENT_BEFORE.test(t.slice(0, day.index)) ? periodSoFar(t, findDate(day[1])) : null;
  if (so) return so;
  if (day) {
    const d = findDate(day[1]);
    if (d) return { date: d, name: day[1].replace(/\s/g, ""), ...(DOCUMENT_BEFORE.test(t.slice(0, day.index)) ? { signed: true } : {}) };
  }
  // A period phrase anywhere in the line: "tháng 9/2021", "quý III năm 2021", "6 tháng đầu năm 2021".
  // (Never a day written in words, "ngay 18 thang 6 nam 2021" typed unmarked: the day a report was signed.)
  const p = periodPhrase(t.replace(/\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}/gi, " "));
  if (p) {
    const y = p.year ?? year;
    if (y !== null && p.kind !== "year") {
      // "Quý IV/2021 (đến 15/12)": figures of the period so far, standing at that day of it.
      const so = /(?:đến|tính đến|den|tinh den)\s+(?:(?:ngày|ngay)\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]?\s*\d)/iu.exec(t);
      const day = so ? isoDate(y, Number(so[2]), Number(so[1])) : null;
      const end = periodEnd(p, y);
      const date = day && day <= end && day >= periodStart(p, y) ? day : end;
      return { date, name: periodName(p, y), label: { ...p, year: y } };
    }
  }
  // "2. QUÝ IV (từ 15/9 đến 31/11/2021)", "QUÝ IV": a block's line naming its quarter without a year (or
  // with a day that does not exist, named elsewhere): the quarter of the sheet's year, at its end.
  const quarter = year === null ? null : YEARLESS_QUARTER.exec(looseKey(t));
  if (quarter) {
    const q = parsePeriod(`quý ${quarter[1]}/${year}`);
    if (q && q.kind === "quarter") return { date: periodEnd(q, year as number), name: periodName(q, year as number), label: q };
  }
  // "9 tháng: 1.254/1.310 văn bản …", "6 tháng đầu năm: …" opening a line: the months so far of the sheet's year.
  const months = year === null ? null : YEARLESS_MONTHS.exec(looseKey(t));
  if (months) {
    const p = parsePeriod(`${months[1]} tháng đầu năm ${year}`);
    if (p && (p.kind === "half" || p.kind === "nine"))
      return { date: periodEnd(p, year as number), name: periodName(p, year as number), label: p };
  }
  return null;
}
const YEARLESS_QUARTER = /^(?:(?:\d{1,2}|[ivx]{1,4}|[a-e]) )?(?:ky (?:bao cao )?)?quy (iv|iii|ii|i|[1-4])(?: |$)(?!nam \d)(?!\d{4})/;
const YEARLESS_MONTHS = /^(?:(?:luy ke|uoc|tinh chung|ca) )?(6|9) thang(?: dau nam)?(?: |$)(?!nam \d)(?!\d{4})/;

/** "15/3" before "14/6/2021": the day of the last's year, or of the year before where it would fall after it. */
function withYearBefore(dayMonth: string, to: IsoDate): string {
  const m = /(\d{1,2})\s*[/.-]\s*(\d{1,2})/.exec(dayMonth);
  if (!m) return dayMonth;
  const { y, m: toMonth, d: toDay } = ymd(to);
  const later = Number(m[2]) > toMonth || (Number(m[2]) === toMonth && Number(m[1]) > toDay);
  return `${m[1]}/${m[2]}/${later ? y - 1 : y}`;
}

/**
 * "Từ 01/7/2021 đến 30/9/2021": a span that is exactly a month, quarter, half or year is named as that period (Quý III/2021).
 * So is a state report's period (Nghị định 09/2019/NĐ-CP, Art. 12): "từ 15/12/2020 đến 14/3/2021" is Quý I/2021's,
 * its figures standing at 14/3.
 */
function spanNamed(from: IsoDate | null, to: IsoDate): ContextPeriod | null {
  if (from === null) return null;
  const { y, m } = ymd(from);
  const candidates: PeriodLabel[] = [
    { kind: "month", index: m, year: y },
    { kind: "quarter", index: Math.ceil(m / 3), year: y },
    { kind: "half", index: m <= 6 ? 1 : 2, year: y },
    { kind: "year", index: 1, year: y },
  ];
  const p = candidates.find((c) => periodStart(c, y) === from && periodEnd(c, y) === to);
  if (p) return { date: to, name: periodName(p, y), label: p };
  const end = ymd(to);
  if (end.d !== 14) return null;
  const ending: PeriodLabel[] = [
    { kind: "month", index: end.m, year: end.y },
    ...(end.m % 3 === 0 ? [{ kind: "quarter" as const, index: end.m / 3, year: end.y }] : []),
    ...(end.m % 6 === 0 ? [{ kind: "half" as const, index: end.m / 6, year: end.y }] : []),
    ...(end.m === 9 ? [{ kind: "nine" as const, index: 1, year: end.y }] : []),
    ...(end.m === 12 ? [{ kind: "year" as const, index: 1, year: end.y }] : []),
  ];
  // The 15th of the month before the period's first.
  const stateFrom = (c: PeriodLabel): IsoDate | null => {
    const first = ymd(periodStart(c, end.y));
    return first.m === 1 ? isoDate(end.y - 1, 12, 15) : isoDate(end.y, first.m - 1, 15);
  };
  const s = ending.find((c) => stateFrom(c) === from);
  // Named, not labelled: columns relative to the title's period ("Cùng kỳ năm trước") are read by its days, as before.
  return s ? { date: to, name: periodName(s, end.y) } : null;
}

/** The month, quarter or half a line names with its year or without ("tháng 9/2021", "quý III năm 2021", "6 tháng đầu năm 2021"). */
function periodPhrase(t: string): PeriodLabel | null {
  const k = looseKey(t);
  const phrase =
    /\b(?:thang|t)\s?(\d{1,2})(?:\s+nam)?\s+(\d{4})\b/.exec(k) ??
    /\b(?:quy|q)\s?(iv|iii|ii|i|[1-4])(?:\s+nam)?\s+(\d{4})\b/.exec(k) ??
    /\b6 thang (?:dau|cuoi) nam\s+(\d{4})\b/.exec(k) ??
    /^(?:ky\s+)?nam\s+(\d{4})\b/.exec(k) ??
    // "9 tháng năm 2021", "11 tháng đầu năm 2021": the months from January.
    /\b(?:[2-9]|1[01]) thang(?: dau)?(?: nam)?\s+(\d{4})\b/.exec(k);
  return phrase ? parsePeriod(phrase[0]) : null;
}

/** A quarter, month or half the line names, the day it says falling within it: that period's figures standing at the day. */
function periodSoFar(t: string, day: IsoDate | null): ContextPeriod | null {
  const p = periodPhrase(t);
  return day === null || !p ? null : periodAtDay(p, day);
}

/**
 * A period's figures standing at a day inside it: "Quý IV/2021" at 14/12; the year at a day of it is the year so far,
 * "Năm 2021 (đến 10/12/2021)", as a title over its day names it (yearToDay). Null where the day is not the period's.
 */
export function periodAtDay(p: PeriodLabel, day: IsoDate): ContextPeriod | null {
  if (p.year === null) return null;
  if (p.kind === "year")
    return ymd(day).y === p.year ? { date: day, name: `Năm ${p.year} (đến ${ymd(day).d}/${ymd(day).m}/${p.year})` } : null;
  return day >= periodStart(p, p.year) && day <= periodEnd(p, p.year) ? { date: day, name: periodName(p, p.year), label: p } : null;
}

/**
 * A period within the title's on a line nearer the table ("QUÝ IV NĂM 2021", then "Tháng 10/2021"
 * over the month's columns): the figures are the nearer, narrower period's. Its row and period.
 */
function periodWithin(grid: Grid, from: number, headerTop: number, outer: ContextPeriod): [number, ContextPeriod] | null {
  const o = outer.label;
  if (!o || o.year === null) return null;
  const start = periodStart(o, o.year);
  for (let r = headerTop - 1; r > from; r--)
    for (const v of grid.rows[r - 1] ?? []) {
      const t = cellText(v);
      const inner = t.trim() === "" ? null : fromText(t, o.year);
      const l = inner?.label;
      if (!inner || !l || l.year === null || inner.signed) continue;
      if (periodStart(l, l.year) >= start && inner.date <= outer.date && (periodStart(l, l.year) > start || inner.date < outer.date))
        // "Thời gian khảo sát: từ 01/11/2021 đến 30/11/2021" under "… QUÝ IV/2021": the days the forms were
        // gathered, the title's quarter standing at their end; never a month's survey of its own.
        return [r, FIELDWORK.test(cleanText(t)) ? (periodAtDay(o, inner.date) ?? inner) : inner];
    }
  return null;
}
const FIELDWORK =
  /^\(?\s*(?:thời gian|thoi gian|thời điểm|thoi diem|ngày|ngay)\s+(?:khảo sát|khao sat|lấy phiếu|lay phieu|phát phiếu|phat phieu|điều tra|dieu tra)|^\(?\s*(?:khảo sát|khao sat)\s+(?:từ|tu)\s/iu;

/**
 * "(Số liệu đến ngày 14/12/2021)" in the title, then "Đến 30/9/2021" right over a block of columns: the
 * block's figures stand at its own, earlier day. Its row and period.
 */
function nearerBefore(grid: Grid, from: number, headerTop: number, outer: ContextPeriod): [number, ContextPeriod] | null {
  for (let r = headerTop - 1; r > from; r--)
    for (const v of grid.rows[r - 1] ?? []) {
      const t = cellText(v);
      const inner = t.trim() === "" ? null : fromText(t, ymd(outer.date).y);
      if (inner && !inner.signed && inner.date < outer.date) return [r, inner];
    }
  return null;
}

/**
 * "BÁO CÁO THÁNG 11/2021" over "(Số liệu từ ngày 15/10/2021 đến ngày 14/11/2021)": the month's figures
 * stand at the day a later title line gives, when it falls in the period.
 */
function standingDay(grid: Grid, from: number, headerTop: number, found: ContextPeriod): ContextPeriod {
  const label = found.label;
  if (!label || label.year === null) return found;
  let first: IsoDate | null = null;
  for (let r = from + 1; r < headerTop; r++)
    for (const v of grid.rows[r - 1] ?? []) {
      const t = cleanText(cellText(v));
      // "từ ngày 15/10/2021 đến ngày 14/11/2021": the last day said that falls in the period.
      // "(Từ ngày 15/6/2021 đến ngày 14/9/2021 - kèm theo Báo cáo số 52/BC-UBND ngày 16/9/2021)": the line's own days
      // before the day of a document it cites.
      // "Thực hiện Kế hoạch số 49/KH-UBND ngày 29/9/2021, … báo cáo kết quả quý III/2021": the plan's signing, no figures' day.
      const notSigning = (m: RegExpMatchArray, line: string) => !DOCUMENT_BEFORE.test(line.slice(0, m.index));
      const bare = withoutCitations(t);
      const own = [...bare.matchAll(AS_OF_ALL)].filter((m) => notSigning(m, bare));
      const days = (own.length > 0 ? own : [...t.matchAll(AS_OF_ALL)].filter((m) => notSigning(m, t))).map((m) => findDate(m[1]));
      // "từ ngày 01/11/2021 đến ngày 30/11/2021": the last day, not the first, even when it is the period's end.
      const d = days.filter((x): x is IsoDate => x !== null && x >= periodStart(label, label.year as number) && x <= found.date).at(-1);
      if (!d) continue;
      // "Số liệu tính đến ngày 14/3/2021" says the figures' day; "(Kèm theo Báo cáo số 12/BC-UBND ngày 16/3/2021)"
      // above it only the report's, taken where nothing else says one.
      if (FIGURES_DAY.test(t)) return d < found.date ? { ...found, date: d } : found;
      first ??= d;
    }
  return first !== null && first < found.date ? { ...found, date: first } : found;
}

const FIGURES_DAY = /(?:số liệu|tính đến|tính từ|từ ngày|so lieu|tinh den)/iu;

/** "Tháng báo cáo (chọn): | 11 | năm 2021": a month picked in the cells of one row, or null. */
export function pickedPeriod(grid: Grid, r: number, year: number | null): ContextPeriod | null {
  const cells = (grid.rows[r - 1] ?? []).map((v) => cellText(v).trim()).filter((t) => t !== "");
  if (cells.length < 2 || cells.length > 5) return null;
  const picked = /^th(?:á|a)ng\b[^\d]{0,30}?(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(cells.join(" "));
  return picked ? fromText(`tháng ${picked[1]}/${picked[2]}`, year) : null;
}

/**
 * A web report's filter block above its table: "Từ ngày:" | 01/10/2021 on one row, "Đến ngày:" |
 * 30/11/2021 on the next: the days the figures cover, read as the title's "Từ ngày … đến ngày …".
 */
function filterSpan(grid: Grid, headerTop: number, year: number | null): ContextPeriod | null {
  const dayAfter = (r: number, label: RegExp): string | null => {
    const cells = (grid.rows[r - 1] ?? []).map((v) => (isGridDate(v) ? formatViDate(v.date) : cellText(v).trim())).filter((t) => t !== "");
    const at = cells.findIndex((t) => label.test(t));
    return at >= 0 && at + 1 < cells.length && /^\d{1,2}\/\d{1,2}\/\d{4}/.test(cells[at + 1]) ? cells[at + 1].slice(0, 10) : null;
  };
  for (let r = 1; r < headerTop; r++) {
    const from = dayAfter(r, /^từ ngày\s*:?$/iu);
    if (!from) continue;
    for (let k = r + 1; k < Math.min(headerTop, r + 3); k++) {
      const to = dayAfter(k, /^đến ngày\s*:?$/iu);
      if (to) return fromText(`Từ ngày ${from} đến ngày ${to}`, year);
    }
  }
  return null;
}

/** The period a sheet's title rows (above `headerTop`) or its name give, with the year from the sheet where the name has none. */
export function contextPeriod(grid: Grid, headerTop: number, year: number | null): ContextPeriod | null {
  const found = periodOfTitle(grid, headerTop, year);
  return found === null ? null : ((found.document ? null : yearToDay(grid, headerTop, found)) ?? found);
}

// "NĂM 2021", "năm 2021" in a title; never the year of a written day ("ngày 15 tháng 12 năm 2021").
// Typed without marks too: "BAO CAO … NAM 2021".
const YEAR_IN_TITLE = /(?:^|[^\p{L}\d])(?:năm|nam)\s+(\d{4})\b/iu;
const DAY_IN_WORDS = /(?:tháng|thang)\s+\d{1,2}\s+(?:năm|nam)\s+\d{4}/iu;
const PART_OF_YEAR = /(?:(?:tháng|thang)\s+(?:đầu|cuối|dau|cuoi)|(?:quý|quy)\s+[IVX\d]+)\s+(?:năm|nam)\s+\d{4}/iu;

/**
 * "KẾT QUẢ … NĂM 2021" over "(Số liệu tính đến ngày 15/12/2021)": the year's figures so far, standing at that day.
 * The period is the year, named with its day; the day stays the figures' own.
 */
function yearToDay(grid: Grid, headerTop: number, found: ContextPeriod): ContextPeriod | null {
  if (found.label || !/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(found.name)) return null;
  const y = ymd(found.date).y;
  for (let r = 1; r < headerTop; r++)
    for (const v of grid.rows[r - 1] ?? []) {
      const t = cellText(v);
      // "6 tháng đầu năm 2021", "quý IV năm 2021": a part of the year, never the year.
      if (t.length > 200 || DAY_IN_WORDS.test(t) || PART_OF_YEAR.test(t)) continue;
      const m = YEAR_IN_TITLE.exec(t);
      if (m && Number(m[1]) === y) return { ...found, name: `Năm ${y} (đến ${found.name})` };
    }
  return null;
}

/**
 * "Tháng 7" alone on the line right over the headings ("Tổng | Đạt | %"): the period of that block of
 * columns (a view of a table whose periods run across), whatever span the title gives ("Kỳ báo cáo: tháng 7 -
 * tháng 9/2021", "Từ ngày 01/04/2021 đến ngày 30/09/2021", "Số liệu tính đến ngày 30/9/2021").
 */
function labelOverHeadings(grid: Grid, headerTop: number, year: number | null): ContextPeriod | null {
  const cells = (grid.rows[headerTop - 2] ?? []).map((v) => cellText(v).trim()).filter((t) => t !== "");
  if (cells.length !== 1 || cells[0].length > 40) return null;
  const bare = parsePeriod(cells[0].replace(/\s*\([^()]*\)\s*$/, ""));
  if (!bare || bare.kind === "year" || bare.kind === "day") return null;
  const found = fromText(cells[0], year);
  return found?.label && found.label.year !== null && !found.signed ? found : null;
}

/**
 * "Đến ngày 15/11/2021 đã giải ngân 4.050/5.400 triệu đồng, đạt 75%. Chi tiết từng công trình như sau:" right over
 * the table: the line introducing it says the day its figures stand at, whatever days the lines above it give.
 */
function introducingDay(grid: Grid, headerTop: number, year: number | null): ContextPeriod | null {
  // (A table's header of words under it; never a labelled figure's line, "Số hồ sơ đã giải quyết | 904".)
  const headings = (grid.rows[headerTop - 1] ?? []).filter((v) => typeof v === "string" && v.trim() !== "");
  if (headings.length < 3) return null;
  for (let r = headerTop - 1; r >= Math.max(1, headerTop - 2); r--) {
    const texts = [...new Set((grid.rows[r - 1] ?? []).map((v) => cellText(v).trim()).filter((t) => t !== ""))];
    if (texts.length === 0) continue;
    const t = texts.length === 1 ? cleanText(texts[0]) : "";
    if (!/:\s*$/.test(t) || !/(?<!\p{L})(?:đến|den)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/iu.test(t)) return null;
    const found = fromText(t, year);
    return found && !found.signed ? found : null;
  }
  return null;
}

function periodOfTitle(grid: Grid, headerTop: number, year: number | null): ContextPeriod | null {
  const filter = filterSpan(grid, headerTop, year);
  if (filter) return filter;
  const own = headerTop >= 3 ? labelOverHeadings(grid, headerTop, year) : null;
  if (own) return own;
  const introduced = introducingDay(grid, headerTop, year);
  if (introduced) return introduced;
  let signed: ContextPeriod | null = null;
  let signedReport = false;
  for (let r = 1; r < headerTop; r++) {
    for (const v of grid.rows[r - 1] ?? []) {
      const t = cellText(v);
      if (t.trim() === "") continue;
      // "Hòa Bình, ngày 05 tháng 10 năm 2021": the report's own signing line, dating its figures only where the
      // title names no period ("… quý III năm 2021" under it does).
      const place = PLACE_DATE.exec(cleanText(t));
      const placeDay = place ? isoDate(Number(place[3]), Number(place[2]), Number(place[1])) : null;
      const found: ContextPeriod | null = placeDay
        ? { date: placeDay, name: `${Number(place?.[1])}/${Number(place?.[2])}/${place?.[3]}`, signed: true }
        : fromText(t, year);
      if (found?.signed) {
        // "(Kèm theo Báo cáo số 212/BC-UBND ngày 13/12/2021)" under "Kế hoạch số 49/KH-UBND ngày 29/9/2021":
        // the report's day is the figures', the plan's only when nothing else is said.
        // The report's own day (its place-and-day line) counts as a report's number would.
        const report = placeDay !== null || REPORT_SIGNED.test(t);
        if (signed === null || (report && !signedReport)) {
          signed = found;
          signedReport = report;
        }
        continue;
      }
      if (!found) continue;
      const within = found.label ? periodWithin(grid, r, headerTop, found) : nearerBefore(grid, r, headerTop, found);
      const [at, period] = within ?? [r, found];
      const standing = period.label ? standingDay(grid, at, headerTop, period) : period;
      return nameOverTitle(grid, period, year) ?? (period.label ? (dayBelow(grid, headerTop, standing) ?? standing) : period);
    }
  }
  if (signed !== null) {
    // A plan's or a resolution's day ("Nghị quyết số 12/NQ-HĐND ngày 28/12/2020") dates no figures; a report's may.
    const found: ContextPeriod = { ...signed, ...(signedReport ? {} : { document: true }) };
    delete found.signed;
    // "Ghi chú: Số liệu lũy kế … đến hết ngày 30/11/2021" under the table says the figures' day; a plan's day does not.
    if (found.document) {
      const below = noteBelow(grid, headerTop);
      if (below) return below;
    }
    return nameOverTitle(grid, found, year) ?? found;
  }
  for (let r = 1; r < headerTop; r++) {
    const found = pickedPeriod(grid, r, year);
    if (found) return found;
  }
  const fromName = fromText(grid.sheet, year);
  if (fromName) return fromName;
  // "&R Số liệu tính đến ngày 30/11/2021" in the print page's header: seen on paper, not on the sheet.
  for (const line of (grid.pageHeader ?? "").split("\n")) {
    const found = line.trim() === "" ? null : fromText(line, year);
    if (found) return { ...found, page: true };
  }
  // "Số liệu tính đến ngày 30/11/2021" typed in a text box over the sheet: seen on screen, not in a cell.
  for (const line of (grid.textBoxes ?? "").split("\n")) {
    const found = line.trim() === "" ? null : fromText(line, year);
    if (found) return { ...found, box: true };
  }
  const below = noteBelow(grid, headerTop);
  if (below) return below;
  // A sheet named only by its month ("T9", "Tháng 10"): the year of the sheet's title or the caller's.
  const p = parsePeriod(grid.sheet);
  if (p && p.kind !== "year") {
    const y = p.year ?? year;
    if (y !== null) return { date: periodEnd(p, y), name: periodName(p, y), label: { ...p, year: y } };
  }
  return null;
}

/**
 * A month sheet copied from the one before with its title left as it was: named "T11", titled
 * "THÁNG 10/2021". The name is what the official changes first; the title is named, not taken.
 */
function nameOverTitle(grid: Grid, title: ContextPeriod, year: number | null): ContextPeriod | null {
  // So is a quarter's ("Quy 4" titled "QUÝ III/2021").
  const kind = title.label?.kind;
  if (title.label === undefined || (kind !== "month" && kind !== "quarter")) return null;
  const named = parsePeriod(grid.sheet);
  // Only the month after the title's: last month's sheet copied, its title left ("T1" may be a team's name).
  if (named?.kind !== kind || named.index !== title.label.index + 1) return null;
  const y = named.year ?? title.label.year ?? year;
  if (y === null || (title.label.year !== null && title.label.year !== y)) return null;
  return { date: periodEnd(named, y), name: periodName(named, y), label: { ...named, year: y }, overTitle: title.name };
}

// "Số liệu tính đến hết ngày 30/11/2021", "số liệu đến ngày 31/10/2021": the day figures stand at.
const FIGURES_TO = /số liệu[^.;]{0,60}?đến\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;
const NOTE_LINE = /^(?:ghi chú|lưu ý|chú thích|chú ý|\(\*\)|\*)/iu;

/**
 * A note under the table, alone on its row, giving the day the figures stand at ("Ghi chú: Số liệu
 * tính đến hết ngày 30/11/2021. Riêng chỉ số 1.7 … số liệu đến ngày 31/10/2021."): the table's day,
 * and the criteria a sentence of it sets apart, each with its own day.
 */
function noteBelow(grid: Grid, headerTop: number): ContextPeriod | null {
  for (let r = headerTop + 1; r <= grid.rows.length; r++) {
    const only = loneText(grid.rows[r - 1] ?? []);
    if (only === null) continue;
    const t = cleanText(only);
    if (!NOTE_LINE.test(t)) continue;
    let found: ContextPeriod | null = null;
    const byCode: Record<string, { date: IsoDate; name: string }> = {};
    for (const sentence of t.split(/(?<=\.)\s+(?=\p{Lu})|;\s*/u)) {
      const m = FIGURES_TO.exec(sentence);
      const date = m ? findDate(m[1]) : null;
      if (!m || !date) continue;
      const name = m[1].replace(/\s/g, "");
      // "Riêng chỉ số 1.7 …", "trừ tiêu chí 2.1, 2.2 …": those criteria only.
      const apart = /(?<!\p{L})(?:riêng|trừ|ngoại trừ)(?!\p{L})/iu.test(sentence)
        ? [...sentence.matchAll(/(?<![\d.])([1-9])\.(\d{1,2})(?![\d./])/g)].map((x) => `${x[1]}.${Number(x[2])}`)
        : [];
      if (apart.length > 0) for (const code of apart) byCode[code] = { date, name };
      else if (!found) found = { date, name, below: true };
    }
    if (found) return Object.keys(byCode).length > 0 ? { ...found, byCode } : found;
  }
  return null;
}

/** The text alone on a row (a note's line), else null. Every row of a long table passes here: its cells are counted, not copied. */
function loneText(row: readonly GridCell[]): string | null {
  let only: GridCell = null;
  let n = 0;
  for (let c = 0; c < row.length && n < 2; c++)
    if (cellText(row[c] ?? null).trim() !== "") {
      only = row[c] ?? null;
      n++;
    }
  return n === 1 && typeof only === "string" ? only : null;
}

// "Khảo sát được thực hiện ngày 24/9/2021", "Số liệu khảo sát ngày 26/11/2021": the day a survey was taken.
const SURVEY_ON = /(?:khảo sát|điều tra|lấy phiếu|khao sat|dieu tra)[^.;]{0,40}?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;

/**
 * A period the title names, its figures' day said only in a line under the table ("Số liệu 9 tháng … đến ngày
 * 15/9/2021", "Khảo sát được thực hiện ngày 24/9/2021"): the period standing at that day, where it falls within it
 * before its end; null where no line says one, or the title's lines already did.
 */
function dayBelow(grid: Grid, headerTop: number, found: ContextPeriod): ContextPeriod | null {
  const label = found.label;
  if (!label || label.year === null || found.date < periodEnd(label, label.year)) return null;
  for (let r = headerTop + 1; r <= grid.rows.length; r++) {
    const only = loneText(grid.rows[r - 1] ?? []);
    if (only === null || only.length > 300) continue;
    const t = cleanText(only);
    const m = FIGURES_TO.exec(t) ?? SURVEY_ON.exec(t);
    const d = m ? findDate(m[1]) : null;
    if (d !== null && d >= periodStart(label, label.year) && d < found.date) return { ...found, date: d, below: true };
  }
  return null;
}

/**
 * "Số liệu tính đến ngày 31/6/2021" over a table: a day no calendar has, in the lines from `from` to the header. Each
 * is named, never read; the period is taken from what else the lines say.
 */
export function impossibleTitleDays(grid: Grid, from: number, headerTop: number): Array<{ row: number; col: number; text: string }> {
  const out: Array<{ row: number; col: number; text: string }> = [];
  for (let r = Math.max(1, from); r < headerTop; r++)
    (grid.rows[r - 1] ?? []).forEach((v, i) => {
      if (typeof v !== "string" || v.length > 200) return;
      // With its year: "45/50" is a count over a count, never a day.
      for (const m of v.matchAll(/(?<![\d/])\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}(?![\d/])/g))
        if (impossibleDay(m[0])) out.push({ row: r, col: i + 1, text: v.trim() });
    });
  return out;
}

/**
 * "=> Tỷ lệ … 99,5%" under the second of two blocks, each under its own period line ("Quý 4/2021 (15/9/2021 →
 * 14/12/2021)"): the nearest line alone above the row that names a period, over the table rows between; null where none.
 */
export function periodLineAbove(grid: Grid, row: number, year: number | null): ContextPeriod | null {
  // "Số liệu tính đến 14/12/2021" under "BÁO CÁO … QUÝ IV NĂM 2021": the quarter's figures standing at that day.
  let day: IsoDate | null = null;
  for (let r = row - 1; r >= 1; r--) {
    const filled = (grid.rows[r - 1] ?? []).filter((v) => cellText(v).trim() !== "");
    if (filled.length !== 1 || typeof filled[0] !== "string") continue;
    // "(Từ ngày … đến ngày … - kèm theo Báo cáo số 52/BC-UBND ngày 16/9/2021)": the line less the document it cites.
    const line = withoutCitations(filled[0]) || filled[0];
    if (line.length > 80) continue;
    // "Tân Bình, ngày 16 tháng 9 năm 2021": the day a report was signed, no period of its figures.
    if (/(?:ngày|ngay)\s+\d{1,2}\s+(?:tháng|thang)\s+\d{1,2}\s+(?:năm|nam)\s+\d{4}/iu.test(line)) continue;
    const p = fromText(line, year);
    if (!p || p.signed) continue;
    // A period, not a lone day: a day nearer the row dates the period found above it, where it falls within it.
    if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(p.name)) {
      day ??= p.date;
      continue;
    }
    const l = p.label;
    return day !== null && l && l.year !== null && day >= periodStart(l, l.year) && day <= p.date ? { ...p, date: day } : p;
  }
  // "ĐỢT 2 - CẬP NHẬT ĐẾN NGÀY 31/10/2021" over the second block, no period named above it: the block's own day, the
  // sheet's year so far standing at it where that is what the sheet reports ("Năm 2021 (đến 30/9/2021)" at the first).
  if (day === null) return null;
  const sheet = contextPeriod(grid, row, year);
  const soFar = sheet !== null && /^Năm \d{4} \(đến [^)]*\)$/.test(sheet.name) && ymd(day).y === ymd(sheet.date).y;
  const shown = `${ymd(day).d}/${ymd(day).m}/${ymd(day).y}`;
  // "… 6 tháng đầu năm 2021 …" over "(Số liệu tính đến ngày 15/6/2021)": the sheet's period, standing at that day.
  const l = sheet?.label;
  if (sheet !== null && l && l.year !== null && day >= periodStart(l, l.year) && day <= periodEnd(l, l.year))
    return { ...sheet, date: day };
  return soFar ? { ...sheet, date: day, name: sheet.name.replace(/\(đến [^)]*\)/, `(đến ${shown})`) } : { date: day, name: shown };
}
