import { IsoDate, formatViDate } from "../dates/isoDate";
import { spanOf } from "../summary/window";
import { cellOf } from "../validate/locate";
import { Problem, problem } from "../validate/problems";
import { Reading } from "./records";

/**
 * "Quý IV/2021" or "Năm 2021" written on 10/12/2021: figures of a period still running at the as-of
 * date, not figures dated after it. Dated at the as-of date (a CCHC year's data runs to the 14th of
 * December), the period kept as written, and said. A date written in a column of its own is the
 * official's and stays as it is (then a day after the as-of date is an error).
 */
export function runningAtAsOf(r: Reading, asOf: IsoDate): { reading: Reading; problem: Problem | null } {
  if (r.date === null || r.date <= asOf || r.source.columns.date !== undefined || r.period === "") return { reading: r, problem: null };
  const span = spanOf(r.period, r.date);
  if (span === null || span.from > asOf || span.to <= asOf) return { reading: r, problem: null };
  const said = `${r.period} chưa kết thúc tại ngày báo cáo ${formatViDate(asOf)}: số liệu tính đến ngày ${formatViDate(asOf)}`;
  return {
    reading: { ...r, date: asOf, note: [r.note, said].filter((x) => x !== "").join("; ") },
    problem: problem("PERIOD_RUNNING", cellOf(r.source, "period"), r.period, {
      vi: `kỳ "${r.period}" kết thúc ngày ${formatViDate(span.to)}, sau ngày báo cáo ${formatViDate(asOf)}; số liệu được tính đến ngày ${formatViDate(asOf)}, hãy kiểm tra số liệu đã đủ cho kỳ chưa.`,
      en: `the period "${r.period}" ends on ${formatViDate(span.to)}, after the as-of date ${formatViDate(asOf)}; its figures are taken as standing at ${formatViDate(asOf)}, check they are complete.`,
    }),
  };
}
