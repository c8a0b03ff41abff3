import { IsoDate, isoDate } from "../dates/isoDate";
import { cleanText } from "../text/normalize";

// "15/9 - 14/10/2021", "15/10/2021 - 14/11/2021", "Từ 15/11 đến 14/12/2021", "từ ngày 15/11/2021 đến ngày 14/12/2021":
// a report's days in one cell, the year written at least at the end.
// A system's export writes the words without marks: "Tu ngay 01/01/2021 den ngay 30/06/2021"; "… đến hết ngày 14/9/2021".
const RANGE =
  /^(?:(?:từ|tu)\s+(?:(?:ngày|ngay)\s*)?)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?\s*(?:đến|den|-|–|—|→|->)\s*(?:(?:hết|het)\s+)?(?:(?:ngày|ngay)\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/iu;

/**
 * The days a cell's range covers; the first day without a year takes the last day's, or the year
 * before where its month comes later ("15/12 - 14/1/2022" starts in 2021).
 */
export function daySpan(text: string): { from: IsoDate; to: IsoDate } | null {
  const m = RANGE.exec(inDigits(cleanText(text)));
  if (!m) return null;
  // "14/12/21": a year's last two digits, this century's.
  const full = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  const [d1, m1, d2, m2] = [m[1], m[2], m[4], m[5]].map(Number);
  const y2 = full(m[6]);
  const y1 = m[3] !== undefined ? full(m[3]) : m1 > m2 ? y2 - 1 : y2;
  const from = isoDate(y1, m1, d1);
  const to = isoDate(y2, m2, d2);
  return from && to && from <= to ? { from, to } : null;
}

/** "04/10-08/10", "25/10 đến 29/10": a week's days with no year, read in the sheet's. */
export function daySpanOfYear(text: string, year: number | null): { from: IsoDate; to: IsoDate } | null {
  const t = cleanText(text);
  return year === null || !/\d{1,2}\s*[/.-]\s*\d{1,2}$/.test(t) || /\d{4}$/.test(t) ? null : daySpan(`${t}/${year}`);
}

// "từ ngày 15 tháng 9 năm 2021 đến ngày 14 tháng 12 năm 2021": the days in words, as a title writes them out.
const DAYS_WRITTEN_OUT = /(?:(?:ngày|ngay)\s+)?(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})\s+(?:năm|nam)\s+(\d{4})/giu;

/** A span's days written in words, as digits ("15/9/2021"). */
function inDigits(text: string): string {
  return text.replace(DAYS_WRITTEN_OUT, "$1/$2/$3");
}

const RANGE_INSIDE =
  /(?:(?:từ|tu)\s+(?:(?:ngày|ngay)\s*)?)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:\d{4}|\d{2}))?\s*(?:đến|den|-|–|—|→|->)\s*(?:(?:hết|het)\s+)?(?:(?:ngày|ngay)\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})(?!\d)/iu;

/** The first range of days inside a longer text (a title: "ĐỢT CAO ĐIỂM … (từ 01/11/2021 đến 31/01/2022)"). */
export function daySpanIn(text: string): { from: IsoDate; to: IsoDate } | null {
  const m = RANGE_INSIDE.exec(inDigits(cleanText(text)));
  return m ? daySpan(m[0]) : null;
}

// "Tháng 11 - 12/2021", "tháng 10 đến tháng 12/2021": months, due at the last one's end.
const MONTHS = /^(?:từ\s+)?tháng\s+(\d{1,2})\s*(?:-|–|—|→|đến)\s*(?:tháng\s+)?(\d{1,2})\s*[/.-]\s*(\d{4})$/iu;

/** The days a range of months covers ("Tháng 11 - 12/2021": 01/11/2021 – 31/12/2021). */
export function monthSpan(text: string): { from: IsoDate; to: IsoDate } | null {
  const m = MONTHS.exec(cleanText(text));
  if (!m) return null;
  const [m1, m2, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const from = isoDate(y, m1, 1);
  const next = m2 === 12 ? isoDate(y + 1, 1, 1) : isoDate(y, m2 + 1, 1);
  if (!from || !next || m1 > m2) return null;
  const end = new Date(`${next}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return { from, to: end.toISOString().slice(0, 10) as IsoDate };
}
