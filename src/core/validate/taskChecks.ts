import { IsoDate, formatViDate } from "../dates/isoDate";
import { RawTask, Task } from "../import/records";
import { resolveOfficial } from "../plan/officials";
import { Plan, PlanItem } from "../plan/model";
import { cellOf } from "./locate";
import { Problem, problem } from "./problems";

/** What every task check may look at: the plan, its items by code, the as-of date. */
export interface CheckContext {
  plan: Plan;
  items: ReadonlyMap<string, PlanItem>;
  asOf: IsoDate;
}

/** A task as read (raw) and as the plan made it (task): a rule compares them with the plan. */
export type TaskRule = (raw: RawTask, task: Task, ctx: CheckContext) => Problem | null;

/** The criterion: missing and suggested, missing and not guessable, or not in the plan. */
export const criterionRule: TaskRule = (raw, task, ctx) => {
  const at = cellOf(raw.source, "code");
  if (raw.code === null) {
    return task.codeSuggested && task.code
      ? problem("CRITERION_SUGGESTED", at, "", `gợi ý mã ${task.code} (${ctx.items.get(task.code)?.title ?? ""}); hãy kiểm tra lại.`)
      : problem("CRITERION_MISSING", at, "", "không ghi mã tiêu chí và không đoán được từ nội dung.");
  }
  if (!ctx.items.has(raw.code))
    return problem("UNKNOWN_CRITERION", at, raw.code, `"${raw.code}" không có trong Kế hoạch ${ctx.plan.identity.number}.`);
  return null;
};

/** Chủ trì written as something no official's title or alias matches: kept as written, reported. */
export const officialRule: TaskRule = (raw, _task, ctx) => {
  if (raw.lead === "" || resolveOfficial(raw.lead, ctx.plan.identity.unitType).ok) return null;
  return problem(
    "UNKNOWN_OFFICIAL",
    cellOf(raw.source, "lead"),
    raw.lead,
    `"${raw.lead}" không khớp chức danh nào; giữ nguyên như đã ghi.`,
  );
};

export const progressRangeRule: TaskRule = (raw) =>
  raw.progress !== null && (raw.progress < 0 || raw.progress > 100)
    ? problem("PERCENT_OUT_OF_RANGE", cellOf(raw.source, "progress"), String(raw.progress), `tiến độ ${raw.progress}% nằm ngoài 0–100.`)
    : null;

/** Status, progress and completion date that cannot all be true. */
export const contradictionRule: TaskRule = (raw, task) => {
  const status = task.status;
  const why =
    (status === "Hoàn thành" && raw.progress !== null && raw.progress < 100 && `ghi "Hoàn thành" nhưng tiến độ ${raw.progress}%`) ||
    (status !== "Hoàn thành" && raw.progress === 100 && `tiến độ 100% nhưng ghi "${status}"`) ||
    (status !== "Hoàn thành" && raw.doneDate !== null && `có ngày hoàn thành ${formatViDate(raw.doneDate)} nhưng ghi "${status}"`) ||
    (status === "Chưa thực hiện" && raw.progress !== null && raw.progress > 0 && `ghi "Chưa thực hiện" nhưng tiến độ ${raw.progress}%`);
  return why ? problem("STATUS_CONTRADICTION", cellOf(raw.source, "status"), raw.statusText ?? raw.status ?? "", `${why}.`) : null;
};

export const doneInFutureRule: TaskRule = (raw, _task, ctx) =>
  raw.doneDate !== null && raw.doneDate > ctx.asOf
    ? problem(
        "DONE_IN_FUTURE",
        cellOf(raw.source, "doneDate"),
        formatViDate(raw.doneDate),
        `ngày hoàn thành ${formatViDate(raw.doneDate)} sau ngày báo cáo ${formatViDate(ctx.asOf)}.`,
      )
    : null;

export const doneBeforePlanRule: TaskRule = (raw, _task, ctx) => {
  if (raw.doneDate === null) return null;
  const start = ctx.plan.identity.issued ?? (`${ctx.plan.identity.firstYear}-01-01` as IsoDate);
  return raw.doneDate < start
    ? problem(
        "DONE_BEFORE_PLAN",
        cellOf(raw.source, "doneDate"),
        formatViDate(raw.doneDate),
        `ngày hoàn thành ${formatViDate(raw.doneDate)} trước ngày ban hành kế hoạch ${formatViDate(start)}.`,
      )
    : null;
};

export const doneWithoutEvidenceRule: TaskRule = (raw, task) =>
  task.status === "Hoàn thành" && raw.evidence === ""
    ? problem("DONE_WITHOUT_EVIDENCE", cellOf(raw.source, "evidence"), "", "nhiệm vụ đã hoàn thành cần ghi văn bản/tài liệu minh chứng.")
    : null;

export const doneWithoutDateRule: TaskRule = (raw, task) =>
  task.status === "Hoàn thành" && raw.doneDate === null && raw.doneText === null
    ? problem("DONE_WITHOUT_DATE", cellOf(raw.source, "doneDate"), "", "không rõ hoàn thành ngày nào; tạm coi là đúng hạn.")
    : null;

/** In the order their problems are listed for a row. */
export const TASK_RULES: readonly TaskRule[] = [
  criterionRule,
  officialRule,
  progressRangeRule,
  contradictionRule,
  doneInFutureRule,
  doneBeforePlanRule,
  doneWithoutEvidenceRule,
  doneWithoutDateRule,
];

export function checkTask(raw: RawTask, task: Task, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  for (const rule of TASK_RULES) {
    const p = rule(raw, task, ctx);
    if (p) out.push(p);
  }
  return out;
}
