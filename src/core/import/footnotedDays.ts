import { findDate } from "../dates/deadline";
import { IsoDate, formatViDate, isoDate, ymd } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { daySpan } from "./daySpan";
import { Grid, cellText } from "./grid";
import { PeriodLabel, parsePeriod, periodEnd, periodStart } from "./periods";
import { Reading } from "./records";

/** One period a note line gives its days for: "Quý I từ 15/12/2020 đến 14/3/2021". */
export interface FootnotedSpan {
  period: PeriodLabel;
  from: IsoDate;
  to: IsoDate;
  /** The note's row, for Ghi chú. */
  row: number;
  /** "Cùng kỳ năm 2020 …": the note names only the year; the period is the same as the reading's. */
  anyOfYear?: true;
}

// "Quý I từ 15/12/2020 đến 14/3/2021", "Số liệu 6 tháng tính từ 15/12/2020 đến 14/6/2021", "Quý III: 15/6 - 14/9/2021".
const PART =
  /^(?:(?:ghi chú|ghi chu|lưu ý|luu y|chú thích|chu thich)\s*:\s*)?(?:[-–•*+]\s*)?(?:(?:số liệu|so lieu|kỳ|ky)\s+)?(.{2,30}?)\s*(?::\s*|\s+(?:(?:được\s+)?(?:tính|tinh)\s+)?(?=t[ừu]\s))(t[ừu]\s+.+)$/iu;

const SO_FAR_PART =
  /^(?:(?:ghi chú|ghi chu|lưu ý|luu y)\s*:\s*)?(?:[-–•*+]\s*)?(?:(?:số liệu|so lieu)\s+)?(.{2,30}?)\s+(?:(?:tính|tinh)\s+)?(?:đến|den)\s+(?:hết\s+|het\s+)?(?:ngày\s+|ngay\s+)?(\d{1,2}\/\d{1,2}\/\d{4})$/iu;

/**
 * A sheet's note lines giving each period's days ("Ghi chú: Quý I từ 15/12/2020 đến 14/3/2021; 6
 * tháng từ 15/12/2020 đến 14/6/2021; Quý III từ 15/6 đến 14/9/2021."): the one-stop desk's and the
 * survey's quarters run 15th to 14th, and the note is the only place the sheet says so.
 */
export function footnotedSpans(grid: Grid): FootnotedSpan[] {
  const found: FootnotedSpan[] = [];
  grid.rows.forEach((cells, i) => {
    const texts = cells.filter((c) => c !== null && cellText(c).trim() !== "");
    if (texts.length !== 1 || typeof texts[0] !== "string") return;
    const line = texts[0].trim();
    if (line.length > 400 || !/(?:đến|den)\s/iu.test(line)) return;
    // ("… quý (Quý I: từ 15/12/2020 đến 14/3/2021; Quý II: …)": each period's days in brackets after the rule.)
    for (const part of line.split(/[;\n(]+/)) {
      const bare = part.trim().replace(/[.;,)]+$/, "");
      // "Số liệu Quý III tính đến ngày 20/9/2021": the period so far, from its first day to that one.
      const upTo = SO_FAR_PART.exec(bare);
      const upToPeriod = upTo ? parsePeriod(upTo[1]) : null;
      const upToDay = upTo ? findDate(upTo[2]) : null;
      if (upToPeriod && upToPeriod.kind !== "day" && upToDay) {
        const y = upToPeriod.year ?? ymd(upToDay).y;
        const from = periodStart(upToPeriod, y);
        if (upToDay >= from && upToDay <= periodEnd(upToPeriod, y)) found.push({ period: upToPeriod, from, to: upToDay, row: i + 1 });
        continue;
      }
      const m = PART.exec(bare);
      if (!m) continue;
      // "cùng kỳ năm 2020 từ ngày 15/6/2020 đến ngày 14/9/2020": the same period of that year, whichever it is.
      const same = /^cung ky(?: nam)? (\d{4})$/.exec(looseKey(m[1]));
      const period = same ? ({ kind: "year", index: 1, year: Number(same[1]) } as PeriodLabel) : parsePeriod(m[1]);
      const span = period && period.kind !== "day" ? daySpan(m[2]) : null;
      if (period && span) found.push({ period, from: span.from, to: span.to, row: i + 1, ...(same ? { anyOfYear: true } : {}) });
    }
  });
  return found;
}

// On a line's key: "so lieu thang tinh tu ngay 15 thang truoc den ngay 14 thang bao cao", "… tu ngay 15 cua thang truoc quy den
// ngay 14 cua thang cuoi quy": every period ends on that day of its last month.
// ("… từ ngày 15 của tháng cuối quý trước đến hết ngày 14 của tháng cuối quý báo cáo" too.)
const DAY_RULE = /\btu ngay (\d{1,2}) (?:cua )?thang (?:cuoi (?:quy|ky) )?truoc\b.{0,30}?\bden (?:het )?ngay (\d{1,2})\b/;

/** A note's rule for the day every period ends ("từ ngày 15 tháng trước đến ngày 14 tháng báo cáo"), or null. */
export function footnotedEndDay(grid: Grid): { day: number; row: number } | null {
  for (const [i, cells] of grid.rows.entries()) {
    const texts = cells.filter((c): c is string => typeof c === "string" && c.trim() !== "");
    if (texts.length !== 1 || texts[0].length > 400) continue;
    const m = DAY_RULE.exec(looseKey(texts[0]));
    const day = m ? Number(m[2]) : 0;
    if (m && day >= 1 && day <= 28 && Number(m[1]) === day + 1) return { day, row: i + 1 };
  }
  return null;
}

/** Whether a reading's period is the one a note names (the note's year, where it gives none, the reading's). */
function samePeriod(a: PeriodLabel, b: PeriodLabel): boolean {
  return a.kind === b.kind && a.index === b.index && (a.year === null || b.year === null || a.year === b.year);
}

/**
 * Readings dated at their period's calendar end on a sheet whose note gives that period's days
 * take the note's last day instead, said in Ghi chú. A day read from the heading itself is kept.
 */
export function atFootnotedDays(readings: readonly Reading[], grids: readonly Grid[]): Reading[] {
  const spans = new Map<string, FootnotedSpan[]>();
  const rules = new Map<string, { day: number; row: number }>();
  for (const g of grids) {
    const own = footnotedSpans(g);
    if (own.length > 0) spans.set(`${g.file}\u0000${g.sheet}`, own);
    const rule = footnotedEndDay(g);
    if (rule) rules.set(`${g.file}\u0000${g.sheet}`, rule);
  }
  if (spans.size === 0 && rules.size === 0) return [...readings];
  return readings.map((r) => {
    const key = `${r.source.file}\u0000${r.source.sheet}`;
    const own = spans.get(key) ?? [];
    const rule = rules.get(key);
    const label = own.length > 0 || rule ? parsePeriod(r.period.replace(/\s*\(lũy kế\)\s*$/u, "")) : null;
    if (!label || label.year === null || label.kind === "day" || r.date === null) return r;
    const named = own.find((s) => samePeriod(s.period, label)) ?? own.find((s) => s.anyOfYear && s.period.year === label.year);
    const end = periodEnd(label, label.year);
    const ruled = rule && !named ? isoDate(label.year, Number(end.slice(5, 7)), rule.day) : null;
    if (ruled && rule && r.date === end) {
      const said = `Ngày số liệu ${formatViDate(ruled)} theo ghi chú dòng ${rule.row} (số liệu tính đến ngày ${rule.day} của tháng cuối kỳ)`;
      return { ...r, date: ruled, note: r.note ? `${r.note}; ${said}` : said };
    }
    const span = named;
    // Only a calendar end is replaced, and only by a day near it (a note of another year is no match).
    if (!span || r.date !== periodEnd(label, label.year) || Math.abs(Date.parse(span.to) - Date.parse(r.date)) > 62 * 86_400_000) return r;
    const said = `Ngày số liệu ${formatViDate(span.to)} theo ghi chú dòng ${span.row} (kỳ từ ${formatViDate(span.from)} đến ${formatViDate(span.to)})`;
    return { ...r, date: span.to, note: r.note ? `${r.note}; ${said}` : said };
  });
}
