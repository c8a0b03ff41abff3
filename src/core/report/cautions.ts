import { MASTER } from "../contract";
import { IsoDate, formatViDateShort, fromExcelSerial } from "../dates/isoDate";
import { SUMMARY_PREAMBLE } from "../sheets/summarySheet";
import { Grid, GridCell, cellText, isGridDate } from "../import/grid";
import { PlanIdentity } from "../plan/model";
import { CCHC_PERIOD_KINDS, ReportPeriod, periodKey, periodLabel, periodSpan, reportPeriod } from "./period";

/**
 * What a report's dates must agree with before anyone signs it: the plan it reports on must have
 * been issued by the period's end (and by the report's date), and the master must hold data for the
 * period. Said in Vietnamese, naming the dates, for the command line and the pane.
 */

/** What the master's Tổng hợp says of itself: the year it assessed and the day it was made as of. */
export interface MasterDates {
  year: number | null;
  asOf: IsoDate | null;
}

function dateOf(cell: GridCell): IsoDate | null {
  if (isGridDate(cell)) return cell.date;
  if (typeof cell === "number") return fromExcelSerial(cell);
  return null;
}

/** "Năm đánh giá" and "Tính đến ngày" of Tổng hợp's preamble; nulls when the master has none (an older one). */
export function masterDates(grids: readonly Grid[]): MasterDates {
  const summary = grids.find((g) => g.sheet === MASTER.summary.sheet);
  const out: MasterDates = { year: null, asOf: null };
  for (const row of summary?.rows.slice(0, 10) ?? []) {
    const label = cellText(row[0] ?? null).trim();
    const value = row[1] ?? null;
    if (label === SUMMARY_PREAMBLE.year && typeof value === "number" && Number.isInteger(value)) out.year = value;
    if (label === SUMMARY_PREAMBLE.asOf) out.asOf = dateOf(value);
  }
  return out;
}

/** "Kế hoạch số 49/KH-UBND (29/9/2021)". */
function planName(id: Pick<PlanIdentity, "number" | "issued">): string {
  return `Kế hoạch số ${id.number}${id.issued ? ` (${formatViDateShort(id.issued)})` : ""}`;
}

/** The first CCHC period (quý I, 6 tháng, quý III, năm) that ends on or after the plan's date. */
function firstPeriodAfter(issued: IsoDate, rule: ReportPeriod["rule"]): ReportPeriod {
  const year = Number(issued.slice(0, 4));
  for (const y of [year, year + 1])
    for (const kind of CCHC_PERIOD_KINDS) {
      const p = reportPeriod(y, kind, rule);
      if (p.to >= issued) return p;
    }
  return reportPeriod(year + 1, "Y", rule);
}

/**
 * Why a report cannot be made at all, or null: its period ends before the plan was issued, or it
 * is dated before that (a report cannot account for a plan that did not yet exist).
 */
export function reportRefusal(
  id: Pick<PlanIdentity, "number" | "issued">,
  period: ReportPeriod,
  reportDate: IsoDate | null,
): string | null {
  const issued = id.issued;
  if (!issued) return null;
  if (period.to < issued) {
    const first = firstPeriodAfter(issued, period.rule);
    return (
      `Kỳ báo cáo ${periodLabel(period)} (${periodSpan(period)}) kết thúc trước ngày ban hành ${planName(id)}: ` +
      `không thể báo cáo kết quả thực hiện kế hoạch khi kế hoạch chưa ban hành. ` +
      `Kỳ báo cáo đầu tiên của kế hoạch là ${periodLabel(first)} (--period ${periodKey(first)}).`
    );
  }
  if (reportDate !== null && reportDate < issued)
    return `Ngày báo cáo ${formatViDateShort(reportDate)} (--date) trước ngày ban hành ${planName(id)}.`;
  return null;
}

/**
 * What the user should know before signing, though the report can be made: a date before the
 * period's end, a period the master holds no (or not all) data for, a master of another year.
 */
export function reportCautions(period: ReportPeriod, reportDate: IsoDate | null, master: MasterDates): string[] {
  const out: string[] = [];
  const label = periodLabel(period);
  if (reportDate !== null && reportDate < period.to)
    out.push(
      `ngày báo cáo ${formatViDateShort(reportDate)} (--date) trước ngày cuối kỳ ${label} (${formatViDateShort(period.to)}): ` +
        "số liệu của kỳ chưa đủ.",
    );
  const asOf = master.asOf;
  if (asOf !== null && asOf < period.to) {
    const since = `sổ tổng hợp chỉ có số liệu đến ngày ${formatViDateShort(asOf)} (sheet Tổng hợp, "Tính đến ngày")`;
    out.push(
      asOf <= period.from
        ? `${since}; kỳ ${label} (${periodSpan(period)}) chưa có số liệu: các số liệu, tình trạng trong báo cáo là của ngày ${formatViDateShort(asOf)}. ` +
            `Hãy tổng hợp lại với --as-of sau ngày ${formatViDateShort(period.to)}.`
        : `${since}, trước ngày cuối kỳ ${label} (${formatViDateShort(period.to)}): số liệu của kỳ chưa đủ.`,
    );
  }
  if (master.year !== null && master.year !== period.year) out.push(`sổ tổng hợp đánh giá năm ${master.year}, còn kỳ báo cáo là ${label}.`);
  return out;
}

/**
 * Items with a value but no value of the year to compare it with (Kế hoạch's "Giá trị năm gốc"),
 * said once: the report can only write "Chưa đánh giá được" for them.
 */
export function baselineCautions(missing: ReadonlyArray<{ code: string; year: number }>): string[] {
  if (missing.length === 0) return [];
  const years = [...new Set(missing.map((m) => m.year))];
  const codes =
    years.length === 1
      ? `${missing.map((m) => m.code).join(", ")} (năm ${years[0]})`
      : missing.map((m) => `${m.code} (năm ${m.year})`).join(", ");
  return [
    `chưa nhập "Giá trị năm gốc" trong sheet Kế hoạch cho các tiêu chí ${codes}: ` +
      'báo cáo ghi "Chưa đánh giá được" cho các tiêu chí này. Hãy nhập kết quả năm gốc rồi lập lại báo cáo.',
  ];
}
