import { ymd } from "../dates/isoDate";
import { formatViPercent } from "../format/viNumber";
import { Plan, PlanItem } from "../plan/model";
import { baselineYear } from "../summary/judge";
import { looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { Reading } from "./records";

/**
 * "Cao hơn năm 2020" with no 2020 value entered, while an official's sheet gives the criterion's figure for
 * 2020 ("Năm 2020 | Năm 2021" side by side): that figure is the baseline, written to Kế hoạch's "Giá trị năm
 * gốc" where the official can correct it, and said. A year's own figure ("Năm 2020") before a part of it.
 */
export function baselinesFromReadings(plan: Plan, readings: readonly Reading[], year: number): { plan: Plan; problems: Problem[] } {
  const problems: Problem[] = [];
  const items = plan.items.map((item): PlanItem => {
    const t = item.target;
    if (t.kind !== "baseline" && t.kind !== "previousYear") return item;
    const by = baselineYear(t, year);
    if (by === null) return item;
    const inYear = readings.filter((r) => r.code === item.code && r.value !== null && r.date !== null && ymd(r.date).y === by);
    if (inYear.length === 0) return item;
    const whole = inYear.filter((r) => /^(?:nam|ca nam)\b/.test(looseKey(r.period)));
    const from = (whole.length > 0 ? whole : inYear).reduce((a, b) => ((b.date ?? "") > (a.date ?? "") ? b : a));
    const value = from.value as number;
    // Consolidated again into the master it was written to, the baseline it holds is that same figure: said again, so
    // a second run's Kiểm tra is the first's. A baseline of another value was entered, and stands unsaid.
    if (t.baseline !== null && t.baseline !== value) return item;
    problems.push(
      problem("BASELINE_FROM_READING", { file: from.source.file, sheet: from.source.sheet, row: from.source.row }, formatViPercent(value), {
        vi: `tiêu chí ${item.code} so với năm ${by}: lấy ${formatViPercent(value)} ("${from.period}") làm giá trị năm gốc; nếu kết quả chính thức năm ${by} khác, hãy sửa cột "Giá trị năm gốc" ở sheet Kế hoạch.`,
        en: `criterion ${item.code} compares with ${by}: ${formatViPercent(value)} ("${from.period}") taken as the baseline; if ${by}'s official result differs, correct "Giá trị năm gốc" in the Kế hoạch sheet.`,
      }),
    );
    return { ...item, target: { ...t, baseline: value } };
  });
  return { plan: problems.length > 0 ? { ...plan, items } : plan, problems };
}
