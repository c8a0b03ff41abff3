import { IsoDate, endOfQuarter, formatViDate, mustIsoDate } from "../dates/isoDate";

/**
 * Which days a quarterly report covers.
 * - "state": the rule for periodic reports of state bodies (Nghị định 09/2019/NĐ-CP): from the
 *   15th of the month before the quarter to the 14th of its last month (Q3: 15/6–14/9).
 * - "calendar": the calendar quarter (Q3: 1/7–30/9).
 */
export type PeriodRule = "state" | "calendar";

export interface ReportPeriod {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  rule: PeriodRule;
  from: IsoDate;
  to: IsoDate;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

export type QuarterResult = { ok: true; year: number; quarter: 1 | 2 | 3 | 4 } | { ok: false; error: string };

/** "2021-Q3" (or "Q3/2021", "2021Q3") -> year and quarter. */
export function parseQuarter(text: string): QuarterResult {
  const m = /^(\d{4})-?Q([1-4])$/i.exec(text.trim()) ?? /^Q([1-4])\/(\d{4})$/i.exec(text.trim());
  if (!m) return { ok: false, error: `Quý phải có dạng 2021-Q3 (nhận được "${text}").` };
  const [year, q] = /^\d{4}/.test(m[1]) ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
  return { ok: true, year, quarter: q as 1 | 2 | 3 | 4 };
}

export function reportingPeriod(year: number, quarter: 1 | 2 | 3 | 4, rule: PeriodRule = "state"): ReportPeriod {
  const lastMonth = quarter * 3;
  if (rule === "calendar") return { year, quarter, rule, from: mustIsoDate(year, lastMonth - 2, 1), to: endOfQuarter(year, quarter) };
  const startMonth = lastMonth - 3; // the month before the quarter: 0 means December of the year before
  const from = startMonth === 0 ? mustIsoDate(year - 1, 12, 15) : mustIsoDate(year, startMonth, 15);
  return { year, quarter, rule, from, to: mustIsoDate(year, lastMonth, 14) };
}

/** "quý IV năm 2021". */
export function quarterLabel(p: { year: number; quarter: 1 | 2 | 3 | 4 }): string {
  return `quý ${ROMAN[p.quarter - 1]} năm ${p.year}`;
}

/** "từ ngày 15/9/2021 đến ngày 14/12/2021". */
export function periodSpan(p: ReportPeriod): string {
  return `từ ngày ${viDateShort(p.from)} đến ngày ${viDateShort(p.to)}`;
}

/** d/m/yyyy without leading zeros, as running text writes dates. */
export function viDateShort(date: IsoDate): string {
  return formatViDate(date)
    .replace(/^0/, "")
    .replace(/\/0(\d)\//, "/$1/");
}
