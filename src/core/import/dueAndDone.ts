import { IsoDate, isoDate } from "../dates/isoDate";
import { cleanText } from "../text/normalize";
import { headingKey } from "./columns";
import { ownCopy } from "../text/ownCopy";

/**
 * One column for the deadline and the day done: "Hạn / Ngày HT" holding "15/10/2021 - 20/10/2021",
 * "30/11/2021 - chưa", "31/12/2021 - ". Under such a heading "A - B" is no span of days: the first
 * is the deadline, the second the day done (it may come before the deadline).
 */
export function isDueAndDoneHeading(heading: string): boolean {
  // Asked for every row of a table: each heading worked out once.
  let known = HEADINGS.get(heading);
  if (known === undefined) {
    const k = headingKey(heading);
    known =
      /[/|;]|\svà\s|\s[-–]\s/iu.test(heading) &&
      /\b(?:han|thoi han)\b/.test(k) &&
      /\b(?:ngay ht|ngay hoan thanh|ngay xong|ngay hoan thanh thuc te|hoan thanh thuc te)\b/.test(k);
    if (HEADINGS.size < 10_000) HEADINGS.set(ownCopy(heading), known);
  }
  return known;
}

const HEADINGS = new Map<string, boolean>();

const DAY = String.raw`(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{4}))?`;
const PAIR = new RegExp(String.raw`^${DAY}\s*[-–—]\s*(?:${DAY})?\s*(.*)$`, "u");

/** The deadline and the day done in one cell's text, or null where it does not start with a date and a dash. */
export function dueAndDone(text: string, year: number | null): { due: IsoDate; done: IsoDate | null; rest: string } | null {
  const m = PAIR.exec(cleanText(text));
  if (!m) return null;
  const y2 = m[6] !== undefined ? Number(m[6]) : null;
  const y1 = m[3] !== undefined ? Number(m[3]) : (y2 ?? year);
  if (y1 === null) return null;
  const due = isoDate(y1, Number(m[2]), Number(m[1]));
  if (!due) return null;
  const done = m[4] !== undefined ? isoDate(y2 ?? y1, Number(m[5]), Number(m[4])) : null;
  // "20/10/2021 - 25" is no pair of dates; a second part that is no day is kept as the rest.
  if (m[4] !== undefined && !done) return null;
  return { due, done, rest: m[7].trim() };
}
