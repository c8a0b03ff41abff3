import { IsoDate, formatViDate } from "../dates/isoDate";
import { formatViPercent } from "../format/viNumber";
import { Target } from "../plan/model";
import { Result } from "../vocab";

export interface Judgement {
  result: Result;
  /** A short reason a person can read: "57,81 % tại 30/09/2021 < mốc 60 %". */
  reason: string;
}

/** The milestone a reading on `date` is measured against: the next one due, else the last. */
export function milestoneFor(target: Extract<Target, { kind: "milestones" }>, date: IsoDate): { date: IsoDate; value: number } {
  return target.milestones.find((m) => m.date >= date) ?? target.milestones[target.milestones.length - 1];
}

/**
 * One value against an item's target. Qualitative targets have no number to compare:
 * they are judged by their tasks (see compliance), so here they have no result.
 */
export function judgeValue(target: Target, value: number | null, date: IsoDate | null): Judgement | null {
  if (target.kind === "qualitative") return null;
  const at = date ? ` tại ${formatViDate(date)}` : "";
  if (value === null) return { result: "Chưa có số liệu", reason: "Chưa có số liệu" };
  const shown = `${formatViPercent(value)}${at}`;
  switch (target.kind) {
    case "level":
      return value >= target.value
        ? { result: "Đạt", reason: `${shown} ≥ ${formatViPercent(target.value)}` }
        : { result: "Chưa đạt", reason: `${shown} < ${formatViPercent(target.value)}` };
    case "milestones": {
      if (!date) return { result: "Chưa có số liệu", reason: "Số liệu không có ngày" };
      const m = milestoneFor(target, date);
      const mốc = `mốc ${formatViPercent(m.value)} (${formatViDate(m.date)})`;
      return value >= m.value ? { result: "Đạt", reason: `${shown} ≥ ${mốc}` } : { result: "Chưa đạt", reason: `${shown} < ${mốc}` };
    }
    case "baseline": {
      if (target.baseline === null) return { result: "Chưa có số liệu", reason: `Chưa nhập giá trị năm ${target.year} để so sánh` };
      const base = `năm ${target.year} (${formatViPercent(target.baseline)})`;
      const met = target.comparator === ">" ? value > target.baseline : value >= target.baseline;
      const sign = met ? (target.comparator === ">" ? ">" : "≥") : target.comparator === ">" ? "≤" : "<";
      return { result: met ? "Đạt" : "Chưa đạt", reason: `${shown} ${sign} ${base}` };
    }
  }
}
