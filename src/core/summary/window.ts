import { parseDeadline } from "../dates/deadline";
import { IsoDate, addDays, isoDate, mustIsoDate, ymd } from "../dates/isoDate";
import { isCumulativePeriod } from "../import/cumulative";
import { parsePeriod, periodEnd, periodStart } from "../import/periods";
import { looseKey } from "../text/normalize";

/**
 * Which days a figure belongs to. A report period, the assessment year and a reading's own span
 * are all windows of days, first and last included.
 */
export interface Window {
  from: IsoDate;
  to: IsoDate;
}

/**
 * - "state": periodic reports of state bodies (Nghị định 09/2019/NĐ-CP Art. 12): the 15th of the
 *   month before the period to the 14th of its last month; the year runs 15/12 to 14/12.
 * - "calendar": calendar months; the year runs 1/1 to 31/12.
 */
export type PeriodRule = "state" | "calendar";

/** The assessment year's days: 15/12 of the year before to 14/12 (state), or 1/1 to 31/12. */
export function yearWindow(year: number, rule: PeriodRule = "state"): Window {
  return rule === "state"
    ? { from: mustIsoDate(year - 1, 12, 15), to: mustIsoDate(year, 12, 14) }
    : { from: mustIsoDate(year, 1, 1), to: mustIsoDate(year, 12, 31) };
}

/**
 * The year a summary evaluates when none is set: the plan's first year, and later, once a year
 * has begun and its predecessor's first quarter (when last year's index is scored and its
 * milestones such as 31/01 fall) is over, the current year; never past the plan's last year.
 * KH 49 (2021 and following years) on 15/02/2022 evaluates 2021; on 15/04/2022, 2022.
 */
export function defaultAssessmentYear(plan: { identity: { firstYear: number; lastYear: number | null } }, asOf: IsoDate): number {
  const { y, m } = ymd(asOf);
  const candidate = m <= 3 ? y - 1 : y;
  const last = plan.identity.lastYear ?? Number.POSITIVE_INFINITY;
  return Math.max(plan.identity.firstYear, Math.min(candidate, last));
}

function daysBetween(a: IsoDate, b: IsoDate): number {
  const p = ymd(a);
  const q = ymd(b);
  return Math.round((Date.UTC(q.y, q.m - 1, q.d) - Date.UTC(p.y, p.m - 1, p.d)) / 86_400_000);
}

// "Năm 2021 (đến 15/12/2021)": a period's figures so far.
const SO_FAR = /^(.+?)\s*\(đến (\d{1,2}\/\d{1,2}\/\d{4})\)$/u;

/**
 * The days a figure covers, from how its period is named: "Quý III/2021" is 1/7–30/9, "Tháng
 * 10/2021" 1/10–31/10, "6 tháng đầu năm 2021" 1/1–30/6, "Năm 2021" the year; a bare date (or a
 * name not understood) is that one day.
 */
export function spanOf(periodText: string, date: IsoDate | null): Window | null {
  // A running total ("Tháng 10/2021 (lũy kế)") stands on its day, as a level does.
  if (isCumulativePeriod(periodText)) return date ? { from: date, to: date } : null;
  // "Năm 2021 (đến 15/12/2021)": the period's figures so far, from its first day to that one.
  const soFar = SO_FAR.exec(periodText);
  if (soFar) {
    const whole = spanOf(soFar[1], null);
    const to = parseDeadline(soFar[2]);
    if (whole && to.kind === "due" && to.precision === "day" && to.due >= whole.from && to.due <= whole.to)
      return { from: whole.from, to: to.due };
  }
  const d = parseDeadline(periodText);
  if (d.kind === "due" && d.precision !== "day") {
    const { y, m } = ymd(d.due);
    const k = looseKey(periodText);
    const months = /\b6 thang\b/.test(k) ? 6 : d.precision === "quarter" ? 3 : d.precision === "month" ? 1 : 12;
    const startMonth = m - months + 1;
    const from = isoDate(y, startMonth, 1);
    if (from) return { from, to: d.due };
  }
  if (d.kind === "due") return { from: d.due, to: d.due };
  // "Thang 12" typed without marks, no year: the period its words name, in the year of its date.
  const p = parsePeriod(periodText);
  const year = p?.year ?? (date ? ymd(date).y : null);
  if (p && p.kind !== "day" && year !== null) return { from: periodStart(p, year), to: periodEnd(p, year) };
  return date ? { from: date, to: date } : null;
}

/** The middle day of a span: what decides which window a figure belongs to. */
export function midpoint(span: Window): IsoDate {
  return addDays(span.from, Math.floor(daysBetween(span.from, span.to) / 2));
}

/**
 * A figure counts in a window when the middle of the days it covers falls in it: a quarter's
 * total dated 30/9 belongs to the state rule's quý III (15/6–14/9), not to quý IV, and a month
 * straddling the 15th goes where most of it lies.
 */
export function inWindow(span: Window | null, w: Window): boolean {
  if (!span) return false;
  const mid = midpoint(span);
  return mid >= w.from && mid <= w.to;
}
