import { dueAsOf } from "../dates/deadline";
import { IsoDate, formatViDate, ymd } from "../dates/isoDate";
import { formatViPercent } from "../format/viNumber";
import { Reading, Task } from "../import/records";
import { byKey } from "../order/compare";
import { Aggregation, Plan, PlanItem } from "../plan/model";
import { Result, TaskVerdict } from "../vocab";
import { judgeValue } from "./judge";

export interface MilestoneCheck {
  date: IsoDate;
  value: number;
  /** The last reading on or before the milestone. */
  actual: number | null;
  actualDate: IsoDate | null;
  status: Result | "Chưa đến hạn";
  reason: string;
}

export interface ItemCompliance {
  item: PlanItem;
  /** Year-to-date value: Σ numerators / Σ denominators (flow) or the latest reading (level). */
  actual: number | null;
  actualDate: IsoDate | null;
  result: Result;
  reason: string;
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
  items: ItemCompliance[];
  officials: OfficialCompliance[];
  headline: { itemsMet: number; items: number; tasks: number; done: number; doneOnTime: number; overdue: number };
  overdueTasks: Task[];
}

function readingsOf(code: string, readings: readonly Reading[], asOf: IsoDate): Reading[] {
  return readings.filter((r) => r.code === code && r.date !== null && r.date <= asOf && r.value !== null).sort(byKey((r) => r.date, ""));
}

/** The year-to-date value of an item's indicator, and the date it stands at. */
export function yearToDate(
  aggregation: Aggregation,
  readings: readonly Reading[],
  asOf: IsoDate,
): { value: number | null; date: IsoDate | null } {
  if (readings.length === 0) return { value: null, date: null };
  const latest = readings[readings.length - 1];
  if (aggregation === "level") return { value: latest.value, date: latest.date };
  const year = ymd(asOf).y;
  const thisYear = readings.filter((r) => r.date !== null && ymd(r.date).y === year);
  const counted = thisYear.filter((r) => r.numerator !== null && r.denominator !== null);
  const den = counted.reduce((s, r) => s + (r.denominator ?? 0), 0);
  if (den > 0)
    return { value: (counted.reduce((s, r) => s + (r.numerator ?? 0), 0) / den) * 100, date: thisYear[thisYear.length - 1].date };
  // Rates without counts cannot be weighted: the latest stands for the year.
  const last = thisYear[thisYear.length - 1] ?? null;
  return { value: last?.value ?? null, date: last?.date ?? null };
}

function checkMilestones(item: PlanItem, readings: readonly Reading[], asOf: IsoDate): MilestoneCheck[] {
  if (item.target.kind !== "milestones") return [];
  return item.target.milestones.map((m) => {
    const upTo = readings.filter((r) => (r.date ?? "") <= m.date);
    const last = upTo[upTo.length - 1];
    const actual = last ? yearToDate(item.aggregation, upTo, m.date).value : null;
    if (m.date > asOf) {
      return {
        date: m.date,
        value: m.value,
        actual,
        actualDate: last?.date ?? null,
        status: "Chưa đến hạn" as const,
        reason: `Mốc ${formatViDate(m.date)} chưa đến`,
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
    };
  });
}

function judgeByTasks(tasks: readonly Task[]): { result: Result; reason: string } {
  if (tasks.length === 0) return { result: "Chưa có số liệu", reason: "Chưa có nhiệm vụ nào được ghi nhận" };
  const overdue = tasks.filter((t) => t.verdict === "Quá hạn").length;
  const late = tasks.filter((t) => t.verdict === "Trễ hạn").length;
  const open = tasks.filter((t) => t.status !== "Hoàn thành").length;
  if (overdue > 0) return { result: "Chưa đạt", reason: `${overdue}/${tasks.length} nhiệm vụ quá hạn` };
  if (late > 0) return { result: "Chưa đạt", reason: `${late}/${tasks.length} nhiệm vụ hoàn thành trễ hạn` };
  if (open > 0) return { result: "Chưa có số liệu", reason: `Còn ${open}/${tasks.length} nhiệm vụ đang thực hiện, chưa đến hạn` };
  return { result: "Đạt", reason: `${tasks.length}/${tasks.length} nhiệm vụ hoàn thành đúng hạn` };
}

function itemResult(
  item: PlanItem,
  actual: number | null,
  date: IsoDate | null,
  milestones: MilestoneCheck[],
  tasks: readonly Task[],
): { result: Result; reason: string } {
  if (item.target.kind === "qualitative") return judgeByTasks(tasks);
  if (item.target.kind === "milestones") {
    const passed = milestones.filter((m) => m.status !== "Chưa đến hạn");
    const failed = passed.find((m) => m.status === "Chưa đạt");
    if (failed) return { result: "Chưa đạt", reason: failed.reason };
    const missing = passed.find((m) => m.status === "Chưa có số liệu");
    if (missing) return { result: "Chưa có số liệu", reason: missing.reason };
    if (passed.length > 0) return { result: "Đạt", reason: passed[passed.length - 1].reason };
    const next = milestones[0];
    return {
      result: "Chưa có số liệu",
      reason: `Chưa đến mốc ${formatViDate(next.date)}${actual === null ? "" : ` (hiện ${formatViPercent(actual)})`}`,
    };
  }
  const j = judgeValue(item.target, actual, date);
  return j ?? { result: "Chưa có số liệu", reason: "" };
}

function deadlineStatus(tasks: readonly Task[]): ItemCompliance["deadlineStatus"] {
  if (tasks.length === 0) return "Chưa có số liệu";
  if (tasks.some((t) => t.verdict === "Quá hạn")) return "Quá hạn";
  if (tasks.every((t) => t.status === "Hoàn thành")) return tasks.some((t) => t.verdict === "Trễ hạn") ? "Trễ hạn" : "Đúng hạn";
  return "Chưa đến hạn";
}

/** Every plan item against its target as of a date; task counts per item and per official. */
export function compliance(plan: Plan, tasks: readonly Task[], readings: readonly Reading[], asOf: IsoDate): Compliance {
  const byCode = new Map<string | null, Task[]>();
  for (const t of tasks) {
    const list = byCode.get(t.code);
    if (list) list.push(t);
    else byCode.set(t.code, [t]);
  }
  const items = plan.items.map((item): ItemCompliance => {
    const own = byCode.get(item.code) ?? [];
    const rs = readingsOf(item.code, readings, asOf);
    const { value, date } = yearToDate(item.aggregation, rs, asOf);
    const milestones = checkMilestones(item, rs, asOf);
    const { result, reason } = itemResult(item, value, date, milestones, own);
    return {
      item,
      actual: value,
      actualDate: date,
      result,
      reason,
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
