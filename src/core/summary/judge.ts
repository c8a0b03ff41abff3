import { IsoDate, formatViDate, formatViDateShort } from "../dates/isoDate";
import { formatViPercent } from "../format/viNumber";
import { Target } from "../plan/model";
import { Result } from "../vocab";

export interface Judgement {
  result: Result;
  /** A short reason the user reads in Tổng hợp: "57,81 % tại 30/09/2021 < mốc 60 %". */
  reason: string;
  /**
   * The same for an official document, with nothing meant for the user only (no "chưa nhập"):
   * "mốc 30/9/2021: 57,81 % < 60 %", "chưa có số liệu năm 2020 để so sánh". Empty when the
   * result says it all.
   */
  formal: string;
}

/** The milestone a reading on `date` is measured against: the next one due, else the last. */
export function milestoneFor(target: Extract<Target, { kind: "milestones" }>, date: IsoDate): { date: IsoDate; value: number } {
  return target.milestones.find((m) => m.date >= date) ?? target.milestones[target.milestones.length - 1];
}

/** The year a relative target compares with: its own, or the one before the assessment year. */
export function baselineYear(target: Target, year: number | undefined): number | null {
  if (target.kind === "baseline") return target.year;
  if (target.kind === "previousYear") return year === undefined ? null : year - 1;
  return null;
}

/**
 * One value against an item's target. Qualitative targets have no number to compare:
 * they are judged by their tasks (see compliance), so here they have no result. `year` is the
 * assessment year, which a target relative to "the year before" needs.
 */
export function judgeValue(target: Target, value: number | null, date: IsoDate | null, year?: number): Judgement | null {
  if (target.kind === "qualitative") return null;
  const at = date ? ` tại ${formatViDate(date)}` : "";
  if (value === null) return { result: "Chưa có số liệu", reason: "Chưa có số liệu", formal: "" };
  const shown = `${formatViPercent(value)}${at}`;
  const v = formatViPercent(value);
  switch (target.kind) {
    case "level": {
      const t = formatViPercent(target.value);
      return value >= target.value
        ? { result: "Đạt", reason: `${shown} ≥ ${t}`, formal: `${v} ≥ ${t}` }
        : { result: "Chưa đạt", reason: `${shown} < ${t}`, formal: `${v} < ${t}` };
    }
    case "milestones": {
      if (!date) return { result: "Chưa có số liệu", reason: "Số liệu không có ngày", formal: "" };
      const m = milestoneFor(target, date);
      const mốc = `mốc ${formatViPercent(m.value)} (${formatViDate(m.date)})`;
      const formal = `mốc ${formatViDateShort(m.date)}: ${v} ${value >= m.value ? "≥" : "<"} ${formatViPercent(m.value)}`;
      return value >= m.value
        ? { result: "Đạt", reason: `${shown} ≥ ${mốc}`, formal }
        : { result: "Chưa đạt", reason: `${shown} < ${mốc}`, formal };
    }
    case "baseline":
    case "previousYear": {
      const by = baselineYear(target, year);
      const yearText = by === null ? "năm trước" : `năm ${by}`;
      if (target.baseline === null)
        return {
          result: "Chưa có số liệu",
          reason: `Chưa nhập giá trị ${yearText} để so sánh`,
          formal: `chưa có số liệu ${yearText} để so sánh`,
        };
      const base = `${yearText} (${formatViPercent(target.baseline)})`;
      const met = target.comparator === ">" ? value > target.baseline : value >= target.baseline;
      const sign = met ? (target.comparator === ">" ? ">" : "≥") : target.comparator === ">" ? "≤" : "<";
      return {
        result: met ? "Đạt" : "Chưa đạt",
        reason: `${shown} ${sign} ${base}`,
        formal: `${v} ${sign} ${formatViPercent(target.baseline)} (${yearText})`,
      };
    }
  }
}
