import { IsoDate, formatViDate } from "../dates/isoDate";
import { daySpan } from "./daySpan";
import { Grid, cellText } from "./grid";
import { PeriodLabel, parsePeriod, periodEnd } from "./periods";
import { Reading } from "./records";

/** One period a note line gives its days for: "Quý I từ 15/12/2020 đến 14/3/2021". */
export interface FootnotedSpan {
  period: PeriodLabel;
  from: IsoDate;
  to: IsoDate;
  /** The note's row, for Ghi chú. */
  row: number;
}

// "Quý I từ 15/12/2020 đến 14/3/2021", "Số liệu 6 tháng tính từ 15/12/2020 đến 14/6/2021", "Quý III: 15/6 - 14/9/2021".
const PART =
  /^(?:(?:ghi chú|ghi chu|lưu ý|luu y|chú thích|chu thich)\s*:\s*)?(?:[-–•*+]\s*)?(?:(?:số liệu|so lieu|kỳ|ky)\s+)?(.{2,30}?)\s*(?::\s*|\s+(?:(?:được\s+)?(?:tính|tinh)\s+)?(?=t[ừu]\s))(t[ừu]\s+.+)$/iu;

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
    for (const part of line.split(/[;\n]+/)) {
      const m = PART.exec(part.trim().replace(/[.;,]+$/, ""));
      if (!m) continue;
      const period = parsePeriod(m[1]);
      const span = period && period.kind !== "day" ? daySpan(m[2]) : null;
      if (period && span) found.push({ period, from: span.from, to: span.to, row: i + 1 });
    }
  });
  return found;
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
  for (const g of grids) {
    const own = footnotedSpans(g);
    if (own.length > 0) spans.set(`${g.file}\u0000${g.sheet}`, own);
  }
  if (spans.size === 0) return [...readings];
  return readings.map((r) => {
    const own = spans.get(`${r.source.file}\u0000${r.source.sheet}`);
    const label = own ? parsePeriod(r.period) : null;
    if (!own || !label || label.year === null || r.date === null) return r;
    const span = own.find((s) => samePeriod(s.period, label));
    // Only a calendar end is replaced, and only by a day near it (a note of another year is no match).
    if (!span || r.date !== periodEnd(label, label.year) || Math.abs(Date.parse(span.to) - Date.parse(r.date)) > 62 * 86_400_000) return r;
    const said = `Ngày số liệu ${formatViDate(span.to)} theo ghi chú dòng ${span.row} (kỳ từ ${formatViDate(span.from)} đến ${formatViDate(span.to)})`;
    return { ...r, date: span.to, note: r.note ? `${r.note}; ${said}` : said };
  });
}
