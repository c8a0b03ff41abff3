import { IsoDate, endOfMonth, formatViDateShort, mustIsoDate, ymd } from "../dates/isoDate";
import { PeriodRule, yearWindow } from "../summary/window";

/**
 * Which days a periodic report covers: by the state rule (Nghị định 09/2019/NĐ-CP Art. 12,
 * Công văn 581/BNV-CCHC for CCHC) from the 15th of the month before the period to the 14th of its
 * last month (quý III: 15/6–14/9; the year: 15/12 of the year before to 14/12), or calendar months.
 */
export type { PeriodRule } from "../summary/window";

/**
 * The CCHC reporting cycle is quý I, 6 tháng, quý III and năm (there is no "quý IV" report: the
 * annual report covers it). Q2 and Q4 exist for provinces that ask for every quarter (--quarter).
 */
export const CCHC_PERIOD_KINDS = ["Q1", "H1", "Q3", "Y"] as const;
export const PERIOD_KINDS = ["Q1", "Q2", "H1", "Q3", "Q4", "Y"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface ReportPeriod {
  kind: PeriodKind;
  /** The assessment year the period belongs to (the state rule's quý I 2021 starts on 15/12/2020). */
  year: number;
  rule: PeriodRule;
  from: IsoDate;
  to: IsoDate;
  /** Where "from the start of the assessment year" starts: 15/12 of the year before, or 1/1. */
  yearFrom: IsoDate;
  /** The report is due by the 20th of the period's last month. */
  due: IsoDate;
}

/** The months a period spans: first and last (1–12). */
const MONTHS: Record<PeriodKind, [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  H1: [1, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  Y: [1, 12],
};

/** The days the state rule or the calendar gives a period of the assessment year `year`. */
export function reportPeriod(year: number, kind: PeriodKind, rule: PeriodRule = "state"): ReportPeriod {
  const [first, last] = MONTHS[kind];
  const due = mustIsoDate(year, last, 20);
  const yearFrom = yearWindow(year, rule).from;
  if (rule === "calendar") return { kind, year, rule, from: mustIsoDate(year, first, 1), to: endOfMonth(year, last), yearFrom, due };
  const from = first === 1 ? yearFrom : mustIsoDate(year, first - 1, 15);
  return { kind, year, rule, from, to: mustIsoDate(year, last, 14), yearFrom, due };
}

/** The quarter's period (kept for callers that pick a quarter: every quarter is allowed here). */
export function reportingPeriod(year: number, quarter: 1 | 2 | 3 | 4, rule: PeriodRule = "state"): ReportPeriod {
  return reportPeriod(year, `Q${quarter}`, rule);
}

export type PeriodResult = { ok: true; year: number; kind: PeriodKind } | { ok: false; error: string };

/**
 * "2021-Q1", "2021-H1" (or "2021-6T"), "2021-Q3", "2021-Y" (or "2021"): the CCHC cycle. Q2 and Q4
 * are refused with the report that covers them (`--quarter` gives any quarter).
 */
export function parsePeriod(text: string): PeriodResult {
  const t = text.trim().toUpperCase();
  const m = /^(\d{4})(?:-?(Q[1-4]|H1|6T|Y|N))?$/.exec(t);
  const usage = `Kỳ báo cáo phải là 2021-Q1 (quý I), 2021-H1 (6 tháng), 2021-Q3 (quý III) hoặc 2021-Y (năm) (nhận được "${text}").`;
  if (!m) return { ok: false, error: usage };
  const year = Number(m[1]);
  const code = m[2] ?? "Y";
  if (code === "Q2") return { ok: false, error: `Không có báo cáo CCHC quý II: dùng ${year}-H1 (6 tháng), hoặc --quarter ${year}-Q2.` };
  if (code === "Q4") return { ok: false, error: `Không có báo cáo CCHC quý IV: dùng ${year}-Y (năm), hoặc --quarter ${year}-Q4.` };
  const kind: PeriodKind = code === "6T" ? "H1" : code === "N" ? "Y" : (code as PeriodKind);
  return { ok: true, year, kind };
}

export type QuarterResult = { ok: true; year: number; quarter: 1 | 2 | 3 | 4 } | { ok: false; error: string };

/** "2021-Q3" (or "Q3/2021", "2021Q3") -> year and quarter. */
export function parseQuarter(text: string): QuarterResult {
  const m = /^(\d{4})-?Q([1-4])$/i.exec(text.trim()) ?? /^Q([1-4])\/(\d{4})$/i.exec(text.trim());
  if (!m) return { ok: false, error: `Quý phải có dạng 2021-Q3 (nhận được "${text}").` };
  const [year, q] = /^\d{4}/.test(m[1]) ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
  return { ok: true, year, quarter: q as 1 | 2 | 3 | 4 };
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** "quý IV năm 2021". */
export function quarterLabel(p: { year: number; quarter: 1 | 2 | 3 | 4 }): string {
  return `quý ${ROMAN[p.quarter - 1]} năm ${p.year}`;
}

/** As running text names it: "quý I năm 2021", "6 tháng đầu năm 2021", "năm 2021". */
export function periodLabel(p: { kind: PeriodKind; year: number }): string {
  switch (p.kind) {
    case "H1":
      return `6 tháng đầu năm ${p.year}`;
    case "Y":
      return `năm ${p.year}`;
    default:
      return quarterLabel({ year: p.year, quarter: Number(p.kind.slice(1)) as 1 | 2 | 3 | 4 });
  }
}

/** "2021-H1": the period's key (the command line's --period, Nội dung báo cáo's Kỳ báo cáo). */
export function periodKey(p: { kind: PeriodKind; year: number }): string {
  return `${p.year}-${p.kind}`;
}

/** The period a key or a label names: "2021-H1", "6 tháng đầu năm 2021", "Quý I/2021", "Năm 2021". */
export function periodOfText(text: string): { year: number; kind: PeriodKind } | null {
  const key = /^\s*(\d{4})-(Q[1-4]|H1|Y)\s*$/i.exec(text);
  if (key) return { year: Number(key[1]), kind: key[2].toUpperCase() as PeriodKind };
  const t = text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  const half = /^6 tháng (?:đầu )?năm (\d{4})$/u.exec(t);
  if (half) return { year: Number(half[1]), kind: "H1" };
  const quarter = /^quý (iv|iii|ii|i|[1-4])(?: năm |\/)(\d{4})$/u.exec(t);
  if (quarter) {
    const n = { i: 1, ii: 2, iii: 3, iv: 4 }[quarter[1]] ?? Number(quarter[1]);
    return { year: Number(quarter[2]), kind: `Q${n}` as PeriodKind };
  }
  const year = /^năm (\d{4})$/u.exec(t);
  if (year) return { year: Number(year[1]), kind: "Y" };
  return null;
}

/** What the next report's section IV looks ahead to: "quý II năm 2021", "6 tháng cuối năm 2021", "năm 2022". */
export function nextPeriodLabel(p: { kind: PeriodKind; year: number }): string {
  switch (p.kind) {
    case "Q1":
      return `quý II năm ${p.year}`;
    case "Q2":
    case "H1":
      return `6 tháng cuối năm ${p.year}`;
    case "Q3":
      return `quý IV năm ${p.year}`;
    case "Q4":
    case "Y":
      return `năm ${p.year + 1}`;
  }
}

/**
 * The CCHC periods a plan reports on, in order: quý I, 6 tháng, quý III and năm of every year
 * from the plan's first year to its last (an open-ended plan: to the year after `asOf`).
 */
export function reportPeriods(
  plan: { identity: { firstYear: number; lastYear: number | null } },
  asOf: IsoDate,
  rule: PeriodRule = "state",
): ReportPeriod[] {
  const first = plan.identity.firstYear;
  const last = Math.max(first, plan.identity.lastYear ?? ymd(asOf).y + 1);
  const out: ReportPeriod[] = [];
  for (let y = first; y <= last; y++) for (const k of CCHC_PERIOD_KINDS) out.push(reportPeriod(y, k, rule));
  return out;
}

/** The period being prepared on `asOf`: the first whose report is not yet due (else the last). */
export function currentPeriod(periods: readonly ReportPeriod[], asOf: IsoDate): ReportPeriod | null {
  return periods.find((p) => p.due >= asOf) ?? periods[periods.length - 1] ?? null;
}

/** "từ ngày 15/9/2021 đến ngày 14/12/2021". */
export function periodSpan(p: { from: IsoDate; to: IsoDate }): string {
  return `từ ngày ${viDateShort(p.from)} đến ngày ${viDateShort(p.to)}`;
}

/** d/m/yyyy without leading zeros, as running text writes dates. */
export const viDateShort = formatViDateShort;
