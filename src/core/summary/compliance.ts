import { dueAsOf } from "../dates/deadline";
import { IsoDate, formatViDate, formatViDateShort } from "../dates/isoDate";
import { formatViPercent } from "../format/viNumber";
import { Reading, Task } from "../import/records";
import { isCumulativePeriod } from "../import/cumulative";
import { byKey } from "../order/compare";
import { Plan, PlanItem } from "../plan/model";
import { Result, TaskVerdict } from "../vocab";
import { DossierMeasure, DossierRecord, dossierMeasure, dossierStats, measureRate } from "./dossiers";
import { judgeValue } from "./judge";
import { PeriodRule, Window, defaultAssessmentYear, inWindow, spanOf, yearWindow } from "./window";

export interface MilestoneCheck {
  date: IsoDate;
  value: number;
  /** The last reading on or before the milestone. */
  actual: number | null;
  actualDate: IsoDate | null;
  status: Result | "Chưa đến hạn";
  reason: string;
  /** For documents: "mốc 30/9/2021: 57,81 % < 60 %". */
  formal: string;
}

/** A value and what it was computed from: counts where there are counts. */
export interface Figure {
  value: number | null;
  /** The day the value stands at: the last reading's, or the window's end for dossier statistics. */
  date: IsoDate | null;
  numerator: number | null;
  denominator: number | null;
  /** Readings of Chỉ số, or the one-stop system's dossier statistics (Hồ sơ TTHC). */
  source: "readings" | "dossiers" | null;
  /** The dossier rate it is, when it comes from dossier statistics. */
  measure: DossierMeasure | null;
  /**
   * The first day its figures count from, where they start after the window does (counts of quý III
   * to November only): a report says the days its figure covers, never more. Absent: the window's start.
   */
  from?: IsoDate;
  /** The one reading's period, where the figure is a single reading's ("Quý III/2021", a survey's round). */
  single?: string;
}

export interface ItemCompliance {
  item: PlanItem;
  /**
   * From the start of the assessment year to the as-of date: Σ numerators / Σ denominators (flow),
   * the latest reading (level), or the rate of the dossier statistics.
   */
  actual: number | null;
  actualDate: IsoDate | null;
  figure: Figure;
  result: Result;
  reason: string;
  /** The reason for an official document ("" when the result says it all). */
  formal: string;
  tasks: number;
  done: number;
  doneOnTime: number;
  overdue: number;
  milestones: MilestoneCheck[];
  /** Đánh giá of the item's deadline row in Thời hạn. */
  deadlineStatus: TaskVerdict | "Chưa có số liệu";
  due: IsoDate | null;
}

export interface OfficialCompliance {
  official: string;
  assigned: number;
  done: number;
  doneOnTime: number;
  overdue: number;
}

export interface Compliance {
  asOf: IsoDate;
  /** The assessment year, and its days up to the as-of date. */
  year: number;
  rule: PeriodRule;
  window: Window;
  items: ItemCompliance[];
  officials: OfficialCompliance[];
  headline: { itemsMet: number; items: number; tasks: number; done: number; doneOnTime: number; overdue: number };
  overdueTasks: Task[];
}

/** An item's readings with a value, by date; up to `until` when given. */
export function readingsOf(code: string, readings: readonly Reading[], until: IsoDate | null): Reading[] {
  return readings
    .filter((r) => r.code === code && r.date !== null && (until === null || r.date <= until) && r.value !== null && !impossibleCounts(r))
    .sort(byKey((r) => r.date, ""));
}

/**
 * More done than there were ("215" of "152" resolved on time): the figures are wrong somewhere, named
 * in Kiểm tra (NUMERATOR_ABOVE_DENOMINATOR); added into a criterion's figure they would pass it on a typo.
 */
export function impossibleCounts(r: Pick<Reading, "numerator" | "denominator" | "value">): boolean {
  // A growth's parts are two years' figures (more this year is no error): its value is the rise, under 100.
  return r.numerator !== null && r.denominator !== null && r.numerator > r.denominator && r.value !== null && r.value > 100;
}

const NO_FIGURE: Figure = { value: null, date: null, numerator: null, denominator: null, source: null, measure: null };

/**
 * An item's value over a window of days: flow counts added up (Σ numerators / Σ denominators) over
 * the readings whose days fall in it, or the latest level read in it; from the dossier statistics when
 * the item is a dossier rate and statistics cover the window. Readings after `asOf` are not seen.
 */
export function figureIn(
  item: Pick<PlanItem, "title" | "objective" | "aggregation">,
  readings: readonly Reading[],
  w: Window,
  dossiers: readonly DossierRecord[] = [],
): Figure {
  const measure = dossierMeasure(item);
  if (measure) {
    const stats = dossierStats(dossiers, w);
    if (stats) {
      const r = measureRate(measure, stats.total);
      const records = stats.fields.flatMap((f) => f.records);
      const last = records.reduce<IsoDate | null>((m, x) => (x.to && (!m || x.to > m) ? x.to : m), null);
      const first = records.reduce<IsoDate | null>((m, x) => (x.from && (!m || x.from < m) ? x.from : m), null);
      return {
        ...(first !== null && first > w.from ? { from: first } : {}),
        value: r?.value ?? null,
        date: last,
        numerator: r?.numerator ?? null,
        denominator: r?.denominator ?? null,
        source: "dossiers",
        measure,
      };
    }
  }
  // A flow belongs to the days it covers ("Quý III/2021" dated 30/9 is quý III's); a level stands on the day it was read.
  // A level dated at its named period's end belongs to that period's days ("Năm 2020" on 31/12/2020 is never 2021's);
  // one read while its period ran ("Tháng 12/2021" on 10/12) stands on its day, or failing that in its period.
  const spanFor = (r: Reading) => {
    if (item.aggregation !== "level" || !r.date) return spanOf(r.period, r.date);
    const point = { from: r.date, to: r.date };
    const named = spanOf(r.period, r.date);
    if (!named || named.from >= named.to || r.date < named.from || r.date > named.to) return point;
    if (r.date === named.to) return named;
    return inWindow(point, w) ? point : named;
  };
  const seen = readings.filter((r) => inWindow(spanFor(r), w));
  // A month's figures beside its quarter's (a field's report beside the commune's): the quarter holds them already.
  const spans = seen.map((r) => spanOf(r.period, r.date));
  const inside =
    item.aggregation === "level"
      ? seen
      : seen.filter((_, i) => {
          const s = spans[i];
          return !s || !spans.some((o, j) => j !== i && o !== null && o.from <= s.from && s.to <= o.to && (o.from < s.from || s.to < o.to));
        });
  if (inside.length === 0) return NO_FIGURE;
  const latest = inside[inside.length - 1];
  const base = { source: "readings" as const, measure: null };
  if (item.aggregation === "level")
    return {
      ...base,
      value: latest.value,
      date: latest.date,
      numerator: latest.numerator,
      denominator: latest.denominator,
      single: latest.period,
    };
  // Running totals ("lũy kế"): the latest holds all read before it; a period's own figures after it add to it.
  const running = inside.filter((r) => isCumulativePeriod(r.period));
  const lastRunning = running.reduce<Reading | null>((m, r) => (r.date && (!m?.date || r.date >= m.date) ? r : m), null);
  const flows = inside.filter(
    (r) => !isCumulativePeriod(r.period) && (!lastRunning?.date || (r.date !== null && r.date > lastRunning.date)),
  );
  if (lastRunning && flows.length === 0)
    return {
      ...base,
      single: lastRunning.period,
      value: lastRunning.value,
      date: lastRunning.date,
      numerator: lastRunning.numerator,
      denominator: lastRunning.denominator,
    };
  const counted = [...(lastRunning ? [lastRunning] : []), ...flows].filter((r) => r.numerator !== null && r.denominator !== null);
  const den = counted.reduce((s, r) => s + (r.denominator ?? 0), 0);
  const num = counted.reduce((s, r) => s + (r.numerator ?? 0), 0);
  if (den > 0) {
    // The days the counts cover: from the first period counted (a running total counts from the window's start).
    const starts = lastRunning ? [] : counted.map((r) => spanOf(r.period, r.date)?.from ?? null);
    const first = starts.length > 0 && !starts.includes(null) ? (starts as IsoDate[]).reduce((m, d) => (d < m ? d : m)) : null;
    return {
      ...base,
      ...(first !== null && first > w.from ? { from: first } : {}),
      ...(counted.length === 1 ? { single: counted[0].period } : {}),
      value: (num / den) * 100,
      date: (flows[flows.length - 1] ?? latest).date,
      numerator: num,
      denominator: den,
    };
  }
  // Rates without counts cannot be weighted: the latest stands for the window.
  const lastFlow = flows[flows.length - 1] ?? latest;
  return { ...base, single: lastFlow.period, value: lastFlow.value, date: lastFlow.date, numerator: null, denominator: null };
}

function checkMilestones(item: PlanItem, readings: readonly Reading[], asOf: IsoDate): MilestoneCheck[] {
  if (item.target.kind !== "milestones") return [];
  return item.target.milestones.map((m) => {
    const upTo = readings.filter((r) => (r.date ?? "") <= m.date);
    const last = upTo[upTo.length - 1];
    const actual = last ? (last.value ?? null) : null;
    if (m.date > asOf) {
      return {
        date: m.date,
        value: m.value,
        actual,
        actualDate: last?.date ?? null,
        status: "Chưa đến hạn" as const,
        reason: `Mốc ${formatViDate(m.date)} chưa đến`,
        formal: `mốc ${formatViDateShort(m.date)} chưa đến`,
      };
    }
    if (actual === null)
      return {
        date: m.date,
        value: m.value,
        actual,
        actualDate: null,
        status: "Chưa có số liệu" as const,
        reason: `Không có số liệu đến ${formatViDate(m.date)}`,
        formal: `chưa có số liệu đến ngày ${formatViDateShort(m.date)}`,
      };
    const met = actual >= m.value;
    const shown = `${formatViPercent(actual)} tại ${formatViDate(last.date as IsoDate)}`;
    return {
      date: m.date,
      value: m.value,
      actual,
      actualDate: last.date,
      status: met ? ("Đạt" as const) : ("Chưa đạt" as const),
      reason: `${shown} ${met ? "≥" : "<"} mốc ${formatViPercent(m.value)}`,
      formal: `mốc ${formatViDateShort(m.date)}: ${formatViPercent(actual)} ${met ? "≥" : "<"} ${formatViPercent(m.value)}`,
    };
  });
}

type Verdict = { result: Result; reason: string; formal: string };

function judgeByTasks(tasks: readonly Task[]): Verdict {
  if (tasks.length === 0) return { result: "Chưa có số liệu", reason: "Chưa có nhiệm vụ nào được ghi nhận", formal: "" };
  const overdue = tasks.filter((t) => t.verdict === "Quá hạn").length;
  const late = tasks.filter((t) => t.verdict === "Trễ hạn").length;
  const open = tasks.filter((t) => t.status !== "Hoàn thành").length;
  const say = (result: Result, reason: string): Verdict => ({
    result,
    reason,
    formal: reason.charAt(0).toLocaleLowerCase("vi") + reason.slice(1),
  });
  if (overdue > 0) return say("Chưa đạt", `${overdue}/${tasks.length} nhiệm vụ quá hạn`);
  if (late > 0) return say("Chưa đạt", `${late}/${tasks.length} nhiệm vụ hoàn thành trễ hạn`);
  if (open > 0) return say("Chưa có số liệu", `Còn ${open}/${tasks.length} nhiệm vụ đang thực hiện, chưa đến hạn`);
  return say("Đạt", `${tasks.length}/${tasks.length} nhiệm vụ hoàn thành đúng hạn`);
}

function itemResult(item: PlanItem, figure: Figure, milestones: MilestoneCheck[], tasks: readonly Task[], year: number): Verdict {
  if (item.target.kind === "qualitative") return judgeByTasks(tasks);
  if (item.target.kind === "milestones") {
    const passed = milestones.filter((m) => m.status !== "Chưa đến hạn");
    const failed = passed.find((m) => m.status === "Chưa đạt");
    if (failed) return { result: "Chưa đạt", reason: failed.reason, formal: failed.formal };
    const missing = passed.find((m) => m.status === "Chưa có số liệu");
    if (missing) return { result: "Chưa có số liệu", reason: missing.reason, formal: missing.formal };
    if (passed.length > 0) return { result: "Đạt", reason: passed[passed.length - 1].reason, formal: passed[passed.length - 1].formal };
    const next = milestones[0];
    const now = figure.value === null ? "" : ` (hiện ${formatViPercent(figure.value)})`;
    return {
      result: "Chưa có số liệu",
      reason: `Chưa đến mốc ${formatViDate(next.date)}${now}`,
      formal: `chưa đến mốc ${formatViDateShort(next.date)}${now}`,
    };
  }
  return judgeValue(item.target, figure.value, figure.date, year) ?? { result: "Chưa có số liệu", reason: "", formal: "" };
}

function deadlineStatus(tasks: readonly Task[]): ItemCompliance["deadlineStatus"] {
  if (tasks.length === 0) return "Chưa có số liệu";
  if (tasks.some((t) => t.verdict === "Quá hạn")) return "Quá hạn";
  if (tasks.every((t) => t.status === "Hoàn thành")) return tasks.some((t) => t.verdict === "Trễ hạn") ? "Trễ hạn" : "Đúng hạn";
  return "Chưa đến hạn";
}

export interface ComplianceOptions {
  /** The assessment year; by default the plan's (see defaultAssessmentYear). */
  year?: number;
  /** How the year's days are counted: 15/12–14/12 (state, the default) or the calendar year. */
  rule?: PeriodRule;
  /** The one-stop system's dossier statistics: the on-time and online rates come from them. */
  dossiers?: readonly DossierRecord[];
  /**
   * Readings count by the days they cover, whatever day they are dated: a report on a period made
   * after it (quý I's total is dated 31/3, after the state rule's quý I ends on 14/3). By default a
   * reading dated after the as-of date is not seen.
   */
  byDays?: boolean;
}

/**
 * Every plan item against its target as of a date, over the assessment year (its days up to the
 * as-of date; a milestone target's last milestone may lie after the year, as 31/01/2022 does for
 * 2021); task counts per item and per official.
 */
export function compliance(
  plan: Plan,
  tasks: readonly Task[],
  readings: readonly Reading[],
  asOf: IsoDate,
  options: ComplianceOptions = {},
): Compliance {
  const year = options.year ?? defaultAssessmentYear(plan, asOf);
  const rule = options.rule ?? "state";
  const whole = yearWindow(year, rule);
  const window: Window = { from: whole.from, to: whole.to < asOf ? whole.to : asOf };
  const byCode = new Map<string | null, Task[]>();
  for (const t of tasks) {
    const list = byCode.get(t.code);
    if (list) list.push(t);
    else byCode.set(t.code, [t]);
  }
  const items = plan.items.map((item): ItemCompliance => {
    const own = byCode.get(item.code) ?? [];
    const rs = readingsOf(item.code, readings, options.byDays ? null : asOf);
    const lastMilestone = item.target.kind === "milestones" ? item.target.milestones[item.target.milestones.length - 1]?.date : undefined;
    const until = lastMilestone && lastMilestone > window.to ? (lastMilestone < asOf ? lastMilestone : asOf) : window.to;
    const figure = figureIn(item, rs, { from: window.from, to: until }, options.dossiers);
    const milestones = checkMilestones(item, rs, asOf);
    const { result, reason, formal } = itemResult(item, figure, milestones, own, year);
    return {
      item,
      actual: figure.value,
      actualDate: figure.date,
      figure,
      result,
      reason,
      formal,
      tasks: own.length,
      done: own.filter((t) => t.status === "Hoàn thành").length,
      doneOnTime: own.filter((t) => t.verdict === "Đúng hạn" && t.status === "Hoàn thành").length,
      overdue: own.filter((t) => t.verdict === "Quá hạn").length,
      milestones,
      deadlineStatus: deadlineStatus(own),
      due: dueAsOf(item.deadline, asOf),
    };
  });

  const byOfficial = new Map<string, OfficialCompliance>();
  for (const t of tasks) {
    const leads = t.lead === "" ? ["(Chưa phân công)"] : t.lead.split("; ");
    for (const official of leads) {
      const o = byOfficial.get(official) ?? { official, assigned: 0, done: 0, doneOnTime: 0, overdue: 0 };
      o.assigned++;
      if (t.status === "Hoàn thành") o.done++;
      if (t.status === "Hoàn thành" && t.verdict === "Đúng hạn") o.doneOnTime++;
      if (t.verdict === "Quá hạn") o.overdue++;
      byOfficial.set(official, o);
    }
  }
  const officials = [...byOfficial.values()].sort((a, b) => b.overdue - a.overdue || a.official.localeCompare(b.official, "vi"));
  const overdueTasks = tasks.filter((t) => t.verdict === "Quá hạn");
  return {
    asOf,
    year,
    rule,
    window,
    items,
    officials,
    headline: {
      itemsMet: items.filter((i) => i.result === "Đạt").length,
      items: items.length,
      tasks: tasks.length,
      done: tasks.filter((t) => t.status === "Hoàn thành").length,
      doneOnTime: tasks.filter((t) => t.status === "Hoàn thành" && t.verdict === "Đúng hạn").length,
      overdue: overdueTasks.length,
    },
    overdueTasks,
  };
}
