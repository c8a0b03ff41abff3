import { formatViDate } from "../dates/isoDate";
import { Reading } from "../import/records";
import { looseKey } from "../text/normalize";
import { cellOf } from "./locate";
import { Problem, problem } from "./problems";
import { CheckContext, planNamed, planNamedEn } from "./taskChecks";

const clip = (text: string): string => {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
};

export type ReadingRule = (r: Reading, ctx: CheckContext) => Problem | null;

export const readingCriterionRule: ReadingRule = (r, ctx) => {
  const at = cellOf(r.source, "code");
  if (r.code === null) {
    // Quote the words the figures stood under, so the official sees which of the plan's names they missed.
    const words = clip(r.hint ?? "");
    if (words === "")
      return problem("CRITERION_MISSING", at, "", { vi: "số liệu không ghi mã tiêu chí.", en: "the figures name no criterion." });
    return problem("CRITERION_MISSING", at, "", {
      vi: `số liệu không ghi mã tiêu chí; "${words}" không khớp tên tiêu chí nào trong ${planNamed(ctx.plan)}.`,
      en: `the figures name no criterion; "${words}" matches no criterion of ${planNamedEn(ctx.plan)}.`,
    });
  }
  if (r.codeSuggested)
    return problem("CRITERION_SUGGESTED", at, "", {
      vi: `số liệu không ghi mã tiêu chí; gợi ý mã ${r.code} (${ctx.items.get(r.code)?.title ?? ""}) theo tên chỉ tiêu và tiêu đề bảng; hãy kiểm tra lại.`,
      en: `the figures name no criterion; suggested ${r.code} (${ctx.items.get(r.code)?.title ?? ""}) from their label and the table's title; please check.`,
    });
  if (ctx.items.has(r.code)) return null;
  return problem("UNKNOWN_CRITERION", at, r.code, {
    vi: `"${r.code}" không có trong ${planNamed(ctx.plan)}.`,
    en: `"${r.code}" is not in ${planNamedEn(ctx.plan)}.`,
  });
};

/** A reading must say the date its figures stand at: from a date column or its period. */
export const readingPeriodRule: ReadingRule = (r) =>
  r.date === null
    ? problem("READING_WITHOUT_PERIOD", cellOf(r.source, r.period === "" ? "date" : "period"), r.period, {
        vi: "không xác định được số liệu tính đến ngày nào.",
        en: "the date the figures stand at cannot be told.",
      })
    : null;

// "Tỷ lệ tăng tổng sản phẩm (GRDP)", "Tốc độ tăng trưởng": a growth, which may fall below 0 (or pass 100) in a bad year.
const GROWTH = /\b(?:ty le tang|toc do tang|tang truong|muc tang)\b/;

export const readingRangeRule: ReadingRule = (r, ctx) =>
  r.value !== null && (r.value < 0 || r.value > 100) && !GROWTH.test(looseKey(r.code !== null ? (ctx.items.get(r.code)?.title ?? "") : ""))
    ? problem("PERCENT_OUT_OF_RANGE", cellOf(r.source, "value"), String(r.value), {
        vi: `tỷ lệ ${r.value}% nằm ngoài 0–100.`,
        en: `rate ${r.value}% is outside 0–100.`,
      })
    : null;

export const numeratorRule: ReadingRule = (r) =>
  r.numerator !== null && r.denominator !== null && r.numerator > r.denominator
    ? problem("NUMERATOR_ABOVE_DENOMINATOR", cellOf(r.source, "numerator"), `${r.numerator}/${r.denominator}`, {
        vi: `${r.numerator} lớn hơn ${r.denominator}.`,
        en: `${r.numerator} is more than ${r.denominator}.`,
      })
    : null;

export const readingAfterAsOfRule: ReadingRule = (r, ctx) => {
  if (r.date === null || r.date <= ctx.asOf) return null;
  const d = formatViDate(r.date);
  const asOf = formatViDate(ctx.asOf);
  return problem("READING_AFTER_AS_OF", cellOf(r.source, r.source.columns.date !== undefined ? "date" : "period"), r.period, {
    vi: `số liệu ngày ${d} sau ngày báo cáo ${asOf}.`,
    en: `figures dated ${d}, after the as-of date ${asOf}.`,
  });
};

export const READING_RULES: readonly ReadingRule[] = [
  readingPeriodRule,
  readingCriterionRule,
  readingRangeRule,
  numeratorRule,
  readingAfterAsOfRule,
];

export function checkReading(r: Reading, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  for (const rule of READING_RULES) {
    const p = rule(r, ctx);
    if (p) out.push(p);
  }
  return out;
}
