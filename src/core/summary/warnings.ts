import { IsoDate, addDays, endOfYear, formatViDate, formatViDateShort, toExcelSerial } from "../dates/isoDate";
import { formatViNumber } from "../format/viNumber";
import { Reading, Task } from "../import/records";
import { isCumulativePeriod } from "../import/cumulative";
import { byKey, thenBy } from "../order/compare";
import { PlanItem } from "../plan/model";
import { Compliance, ItemCompliance, readingsOf } from "./compliance";
import { inWindow, spanOf, yearWindow } from "./window";

/**
 * Early warnings, before a target is missed: an item whose trend over the year's readings falls
 * short of its next milestone (or of its dated target), and a task due soon that has not started.
 * Pure: the same compliance, tasks and readings give the same warnings.
 */

/** How a projection is made, for the sheet, the pane and the report to say. */
export const PROJECTION_METHOD =
  "dự báo theo đường thẳng (bình phương nhỏ nhất) qua các số liệu trong năm đánh giá: tiêu chí cộng các kỳ lấy tỷ lệ lũy kế " +
  "(Σ tử số / Σ mẫu số) tại mỗi lần số liệu, tiêu chí lấy kỳ mới nhất lấy giá trị từng lần; kết quả trong khoảng 0–100 %";

/** Tasks due within this many days and not started are flagged. */
export const DUE_SOON_DAYS = 14;

/** A point of the year's value: the value the year's rule gives on the day of a reading. */
export interface YearPoint {
  date: IsoDate;
  value: number;
}

/** The value to reach on a date: the next milestone, or the item's dated target. */
export interface DatedTarget {
  date: IsoDate;
  value: number;
  /** ">" for "cao hơn năm 2020": equal is not enough. */
  comparator: ">=" | ">";
  /** "mốc", or the year's target. */
  milestone: boolean;
}

export interface Projection {
  target: DatedTarget;
  points: YearPoint[];
  /** The line's value on the target's date, kept within 0–100. */
  projected: number;
  /** Percentage points per day. */
  slope: number;
  likelyMissed: boolean;
}

export type EarlyWarning =
  | {
      kind: "projection";
      code: string;
      lead: readonly string[];
      date: IsoDate;
      projection: Projection;
      /** "1.4: theo tốc độ hiện nay, đến 31/01/2022 đạt khoảng 94 % < 100 % (…)". */
      text: string;
      /** For a document: "theo tốc độ hiện nay, đến ngày 31/01/2022 đạt khoảng 94 %, chưa đạt mốc 100 %". */
      formal: string;
    }
  | {
      kind: "dueSoon";
      code: string | null;
      lead: readonly string[];
      date: IsoDate;
      task: Pick<Task, "id" | "content" | "due">;
      daysLeft: number;
      text: string;
      formal: string;
    };

/** An item that could not be projected, and why ("too little data" is said, never silent). */
export interface WarningNote {
  code: string;
  readings: number;
  text: string;
}

export interface EarlyWarnings {
  asOf: IsoDate;
  method: string;
  warnings: EarlyWarning[];
  notes: WarningNote[];
}

const dayNumber = (d: IsoDate) => toExcelSerial(d);

/**
 * The year's value on the day of each reading, by the item's rule: a level is the reading itself;
 * a flow is the running Σ numerators / Σ denominators (a rate without counts stands for itself, as
 * in figureIn). One point per day: the last value that day.
 */
export function yearPoints(aggregation: PlanItem["aggregation"], readings: readonly Reading[]): YearPoint[] {
  const points: YearPoint[] = [];
  let num = 0;
  let den = 0;
  for (const r of readings) {
    if (r.date === null || r.value === null) continue;
    let value = r.value;
    // A running total ("lũy kế") is the year's value on its day already.
    if (isCumulativePeriod(r.period)) {
      if (r.numerator !== null && r.denominator !== null && r.denominator > 0) {
        num = r.numerator;
        den = r.denominator;
      }
    } else if (aggregation === "flow" && r.numerator !== null && r.denominator !== null && r.denominator > 0) {
      num += r.numerator;
      den += r.denominator;
      value = (num / den) * 100;
    } else if (aggregation === "flow" && den > 0) {
      value = (num / den) * 100;
    }
    const last = points[points.length - 1];
    if (last && last.date === r.date) last.value = value;
    else points.push({ date: r.date, value });
  }
  return points;
}

/** The least-squares line through the points (x in days): its value on `date`, and its slope. */
export function fitLine(points: readonly YearPoint[], date: IsoDate): { value: number; slope: number } {
  const xs = points.map((p) => dayNumber(p.date));
  const n = points.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (p.value - my);
  });
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { value: my + slope * (dayNumber(date) - mx), slope };
}

/**
 * What an item must reach next, after the as-of date: its next milestone; else a fixed level, or a
 * baseline that has been entered, on the item's deadline (the end of the assessment year when it has
 * none, or a later one). Null when there is no number to reach or its day has passed.
 */
export function nextDatedTarget(ic: ItemCompliance, comp: Pick<Compliance, "asOf" | "year" | "rule">): DatedTarget | null {
  const t = ic.item.target;
  if (t.kind === "milestones") {
    const next = t.milestones.find((m) => m.date > comp.asOf);
    return next ? { date: next.date, value: next.value, comparator: ">=", milestone: true } : null;
  }
  // Never past the assessment year: a deadline that recurs yearly is due again next year, but this year's value is judged by then.
  const due = ic.due ?? yearWindow(comp.year, comp.rule).to;
  const yearEnd = endOfYear(comp.year);
  const date = due < yearEnd ? due : yearEnd;
  if (date <= comp.asOf) return null;
  if (t.kind === "level") return { date, value: t.value, comparator: ">=", milestone: false };
  if ((t.kind === "baseline" || t.kind === "previousYear") && t.baseline !== null)
    return { date, value: t.baseline, comparator: t.comparator, milestone: false };
  return null;
}

/** The trend's value on the target's date and whether it falls short. Needs two days of readings. */
export function project(points: readonly YearPoint[], target: DatedTarget): Projection | null {
  if (points.length < 2) return null;
  const line = fitLine(points, target.date);
  const projected = Math.min(100, Math.max(0, line.value));
  const likelyMissed = target.comparator === ">" ? projected <= target.value : projected < target.value;
  return { target, points: [...points], projected, slope: line.slope, likelyMissed };
}

/**
 * 94, 99.6, 99.96: the value rounded to the fewest decimals (up to two) that keep the shown
 * comparison true, so a projection of 99.96 against 100 never reads "100 % < 100 %".
 */
export function approxValue(value: number, target: number, below: boolean): number {
  for (let decimals = 0; decimals <= 2; decimals++) {
    const f = 10 ** decimals;
    const shown = Math.round(value * f) / f;
    if (below ? shown < target : shown <= target) return shown;
  }
  return Math.floor(value * 100) / 100;
}

/** "94", "99,6", "99,96": approxValue in Vietnamese style. */
export function approxPercent(value: number, target: number, below: boolean): string {
  return formatViNumber(approxValue(value, target, below));
}

/** A task's content as a warning quotes it: at most 90 characters. */
export function shortContent(content: string): string {
  return content.length > 90 ? `${content.slice(0, 89).trimEnd()}…` : content;
}

function projectionTexts(code: string, p: Projection): { text: string; formal: string } {
  const t = p.target;
  const strict = t.comparator === ">=";
  const approx = approxPercent(p.projected, t.value, strict);
  const sign = strict ? "<" : "≤";
  const goal = `${formatViNumber(t.value)} %`;
  const first = p.points[0].date;
  const last = p.points[p.points.length - 1].date;
  const basis = `xu hướng của ${p.points.length} lần số liệu từ ${formatViDate(first)} đến ${formatViDate(last)}`;
  const what = t.milestone ? `mốc ${goal}` : strict ? `chỉ tiêu ${goal}` : `mức năm trước ${goal}`;
  return {
    text: `${code}: theo tốc độ hiện nay, đến ${formatViDate(t.date)} đạt khoảng ${approx} % ${sign} ${goal} (${basis})`,
    formal: `theo tốc độ hiện nay, đến ngày ${formatViDateShort(t.date)} chỉ đạt khoảng ${approx} %, ${strict ? "chưa đạt" : "không vượt"} ${what}`,
  };
}

/** The year's readings of an item as of a day, by the days they cover (as figureIn counts them). */
function readingsInYear(
  ic: ItemCompliance,
  readings: readonly Reading[],
  comp: Pick<Compliance, "window" | "asOf">,
  byDays: boolean,
): Reading[] {
  const w = { from: comp.window.from, to: comp.asOf };
  return readingsOf(ic.item.code, readings, byDays ? null : comp.asOf).filter((r) =>
    inWindow(ic.item.aggregation === "level" && r.date ? { from: r.date, to: r.date } : spanOf(r.period, r.date), w),
  );
}

/** Tasks not started (no progress) whose deadline falls within `days` of the as-of date, the day itself included. */
export function dueSoon(tasks: readonly Task[], asOf: IsoDate, days = DUE_SOON_DAYS): Task[] {
  const until = addDays(asOf, days);
  return tasks
    .filter((t) => t.due !== null && t.due >= asOf && t.due <= until)
    .filter((t) => (t.status === null || t.status === "Chưa thực hiện") && !t.progress && t.doneDate === null)
    .sort(
      thenBy<Task>(
        byKey((t) => t.due),
        byKey((t) => t.id),
      ),
    );
}

function dueSoonWarning(t: Task, asOf: IsoDate): EarlyWarning {
  const due = t.due as IsoDate;
  const daysLeft = dayNumber(due) - dayNumber(asOf);
  const lead = t.lead === "" ? [] : t.lead.split("; ");
  const left = daysLeft === 0 ? "đến hạn hôm nay" : `còn ${daysLeft} ngày`;
  const content = shortContent(t.content);
  const who = [t.code ?? "", ...lead].filter((x) => x !== "").join(", ");
  return {
    kind: "dueSoon",
    code: t.code,
    lead,
    date: due,
    task: { id: t.id, content: t.content, due: t.due },
    daysLeft,
    text: `${t.id}${who ? ` (${who})` : ""}: hạn ${formatViDate(due)}, ${left}, chưa thực hiện: ${content}`,
    formal: `hạn ${formatViDateShort(due)} (${left}) nhưng chưa triển khai`,
  };
}

/**
 * Every early warning as of the compliance's date: items whose trend falls short of their next
 * dated target (and a note for each such item with too few readings to draw a line), then tasks due
 * within DUE_SOON_DAYS days that have not started. `tasks` and `readings` are those the compliance
 * was computed from; `byDays` as in compliance (a report on a past period counts a total dated after it).
 */
export function earlyWarnings(
  comp: Compliance,
  tasks: readonly Task[],
  readings: readonly Reading[],
  options: { byDays?: boolean } = {},
): EarlyWarnings {
  const warnings: EarlyWarning[] = [];
  const notes: WarningNote[] = [];
  for (const ic of comp.items) {
    const target = nextDatedTarget(ic, comp);
    if (!target) continue;
    const points = yearPoints(ic.item.aggregation, readingsInYear(ic, readings, comp, options.byDays === true));
    const p = project(points, target);
    if (!p) {
      const what = points.length === 0 ? "chưa có số liệu nào trong năm" : "mới có 1 lần số liệu trong năm";
      notes.push({
        code: ic.item.code,
        readings: points.length,
        text: `${ic.item.code}: chưa đủ số liệu để dự báo (${what}; cần ít nhất 2 lần, ở 2 ngày khác nhau)`,
      });
      continue;
    }
    if (!p.likelyMissed) continue;
    warnings.push({
      kind: "projection",
      code: ic.item.code,
      lead: ic.item.lead,
      date: target.date,
      projection: p,
      ...projectionTexts(ic.item.code, p),
    });
  }
  for (const t of dueSoon(tasks, comp.asOf)) warnings.push(dueSoonWarning(t, comp.asOf));
  return { asOf: comp.asOf, method: PROJECTION_METHOD, warnings, notes };
}
