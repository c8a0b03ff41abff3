import { IsoDate, addDays, formatViDate } from "../dates/isoDate";
import { RawTask, Task } from "../import/records";
import { resolveOfficial } from "../plan/officials";
import { isBuiltinPlan } from "../plan/builtin";
import { Plan, PlanItem } from "../plan/model";
import { cellOf } from "./locate";
import { Problem, Said, problem } from "./problems";

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
    // Work outside the plan has no criterion to miss (its Ghi chú says under which section it was written).
    if (raw.outsidePlan === true) return null;
    // Named by the section over it ("Tiêu chí thành phần …"), as Ghi chú says.
    if (task.code !== null && !task.codeSuggested) return null;
    if (task.codeSuggested && task.code) {
      const title = ctx.items.get(task.code)?.title ?? "";
      return problem("CRITERION_SUGGESTED", at, "", {
        vi: `gợi ý mã ${task.code} (${title}); hãy kiểm tra lại.`,
        en: `suggested ${task.code} (${title}); please check.`,
      });
    }
    return problem("CRITERION_MISSING", at, "", {
      vi: "không ghi mã tiêu chí và không đoán được từ nội dung.",
      en: "no criterion given, and none can be told from the content.",
    });
  }
  if (ctx.items.has(raw.code)) return null;
  // "Giải ngân vốn ĐTC" in the criteria's column, read by its title as 1.4: understood, and said in Ghi chú.
  if (task.code !== null && task.code !== raw.code && ctx.items.has(task.code)) return null;
  return problem("UNKNOWN_CRITERION", at, raw.code, {
    vi: `"${raw.code}" không có trong ${planNamed(ctx.plan)}.`,
    en: `"${raw.code}" is not in ${planNamedEn(ctx.plan)}.`,
  });
};

/** Chủ trì written as something no official's title or alias matches: kept as written, reported. */
export const officialRule: TaskRule = (raw, task, ctx) => {
  if (raw.lead === "" || resolveOfficial(raw.lead, ctx.plan.identity.unitType).ok) return null;
  // "Nguyễn Thị Lan" in a file named for an official: that official leads (Ghi chú says from where); said as done.
  if (task.lead !== "" && task.lead !== raw.lead.trim())
    return problem("UNKNOWN_OFFICIAL", cellOf(raw.source, "lead"), raw.lead, {
      vi: `"${raw.lead}" không khớp chức danh nào; sổ tổng hợp ghi chủ trì là ${task.lead} (Ghi chú nói lấy theo đâu); hãy kiểm tra.`,
      en: `"${raw.lead}" matches no official's title; the master gives ${task.lead} as the lead (Ghi chú says from where); check it.`,
    });
  return problem("UNKNOWN_OFFICIAL", cellOf(raw.source, "lead"), raw.lead, {
    vi: `"${raw.lead}" không khớp chức danh nào; giữ nguyên như đã ghi.`,
    en: `"${raw.lead}" matches no official's title; kept as written.`,
  });
};

export const progressRangeRule: TaskRule = (raw) => {
  const p = raw.progress;
  if (p === null || (p >= 0 && p <= 100)) return null;
  return problem("PERCENT_OUT_OF_RANGE", cellOf(raw.source, "progress"), String(p), {
    vi: `tiến độ ${p}% nằm ngoài 0–100.`,
    en: `progress ${p}% is outside 0–100.`,
  });
};

/** Status, progress and completion date that cannot all be true. */
export const contradictionRule: TaskRule = (raw, task) => {
  const status = task.status;
  const p = raw.progress;
  let why: Said | null = null;
  if (status === "Hoàn thành" && p !== null && p < 100)
    why = { vi: `ghi "Hoàn thành" nhưng tiến độ ${p}%`, en: `marked done but progress is ${p}%` };
  else if (status !== "Hoàn thành" && p === 100)
    why = { vi: `tiến độ 100% nhưng ghi "${status}"`, en: `progress 100% but marked "${status}"` };
  else if (status !== "Hoàn thành" && raw.doneDate !== null) {
    const d = formatViDate(raw.doneDate);
    why = { vi: `có ngày hoàn thành ${d} nhưng ghi "${status}"`, en: `completed on ${d} but marked "${status}"` };
  } else if (status === "Chưa thực hiện" && p !== null && p > 0)
    why = { vi: `ghi "Chưa thực hiện" nhưng tiến độ ${p}%`, en: `marked not started but progress is ${p}%` };
  if (!why) return null;
  return problem("STATUS_CONTRADICTION", cellOf(raw.source, "status"), raw.statusText ?? raw.status ?? "", {
    vi: `${why.vi}.`,
    en: `${why.en}.`,
  });
};

export const doneInFutureRule: TaskRule = (raw, _task, ctx) => {
  if (raw.doneDate === null || raw.doneDate <= ctx.asOf) return null;
  const d = formatViDate(raw.doneDate);
  const asOf = formatViDate(ctx.asOf);
  return problem("DONE_IN_FUTURE", cellOf(raw.source, "doneDate"), d, {
    vi: `ngày hoàn thành ${d} sau ngày báo cáo ${asOf}.`,
    en: `completed on ${d}, after the as-of date ${asOf}.`,
  });
};

const PLAN_GRACE_DAYS = 31;

export const doneBeforePlanRule: TaskRule = (raw, _task, ctx) => {
  if (raw.doneDate === null) return null;
  // A plan for "năm 2021 và những năm tiếp theo" signed on 29/9 covers the year's work from January: done in March is
  // ordinary. Before its first year (less a month's grace) is most often a mistyped year.
  const yearStart = `${ctx.plan.identity.firstYear}-01-01` as IsoDate;
  const issued = ctx.plan.identity.issued;
  const start = issued !== null && issued !== undefined && issued < yearStart ? issued : yearStart;
  if (raw.doneDate >= addDays(start, -PLAN_GRACE_DAYS)) return null;
  const d = formatViDate(raw.doneDate);
  return problem("DONE_BEFORE_PLAN", cellOf(raw.source, "doneDate"), d, {
    vi: `ngày hoàn thành ${d} trước ngày ban hành kế hoạch ${formatViDate(start)}.`,
    en: `completed on ${d}, before the plan was issued on ${formatViDate(start)}.`,
  });
};

/** "30/9/2012" for 30/9/2021: a deadline years before the plan's first year is most often a mistyped year. */
export const dueBeforePlanRule: TaskRule = (raw, _task, ctx) => {
  if (raw.due === null) return null;
  const first = ctx.plan.identity.firstYear;
  const y = Number(raw.due.slice(0, 4));
  if (y >= first - 1) return null;
  const d = formatViDate(raw.due);
  return problem("DUE_BEFORE_PLAN", cellOf(raw.source, "due"), d, {
    vi: `hạn ${d} sớm hơn năm đầu của kế hoạch (${first}) nhiều năm: có thể gõ nhầm năm; hãy kiểm tra.`,
    en: `due ${d}, years before the plan's first year ${first}: most likely a mistyped year; check it.`,
  });
};

export const doneWithoutEvidenceRule: TaskRule = (raw, task) =>
  task.status === "Hoàn thành" && raw.evidence === ""
    ? problem("DONE_WITHOUT_EVIDENCE", cellOf(raw.source, "evidence"), "", {
        vi: "nhiệm vụ đã hoàn thành cần ghi văn bản/tài liệu minh chứng.",
        en: "a completed task needs the document that shows it.",
      })
    : null;

/** No lead on the row, one taken from elsewhere that the row names as a partner: who leads is not known. */
export const leadAlsoPartnerRule: TaskRule = (raw, task) => {
  if (raw.lead.trim() !== "" || task.lead === "") return null;
  const partners = task.partners.split(/;\s*/).map((p) => p.trim());
  if (!partners.includes(task.lead)) return null;
  return problem("LEAD_UNCLEAR", cellOf(raw.source, "lead"), task.lead, {
    vi: `dòng không ghi chủ trì; chủ trì lấy theo tên sheet, tệp hoặc kế hoạch là ${task.lead}, nhưng dòng ghi ${task.lead} ở cột phối hợp: hãy ghi chủ trì.`,
    en: `the row gives no lead; the one taken from the sheet, file or plan is ${task.lead}, whom the row lists as a partner: enter the lead.`,
  });
};

export const doneWithoutDateRule: TaskRule = (raw, task) =>
  task.status === "Hoàn thành" && raw.doneDate === null && raw.doneText === null
    ? problem("DONE_WITHOUT_DATE", cellOf(raw.source, "doneDate"), "", {
        vi: "không rõ hoàn thành ngày nào; tạm coi là đúng hạn.",
        en: "no completion date; counted as on time for now.",
      })
    : null;

/**
 * Nothing on the row says how far the work is, and its deadline has passed: counted overdue on an assumption
 * the official should confirm or correct, so it is said here and not only in Ghi chú.
 */
export const statusAssumedRule: TaskRule = (_raw, task) =>
  task.stateUnwritten === true && task.verdict === "Quá hạn"
    ? problem("STATUS_ASSUMED", cellOf(task.source, "status"), "", {
        vi: `dòng không có trạng thái, tiến độ hay ngày hoàn thành nên được tính là quá hạn${task.due ? ` (hạn ${formatViDate(task.due)})` : ""}; hãy ghi trạng thái.`,
        en: `the row has no status, progress or completion date, so it is counted overdue${task.due ? ` (due ${formatViDate(task.due)})` : ""}; write its status.`,
      })
    : null;

/** In the order their problems are listed for a row. */
export const TASK_RULES: readonly TaskRule[] = [
  criterionRule,
  officialRule,
  progressRangeRule,
  contradictionRule,
  doneInFutureRule,
  doneBeforePlanRule,
  dueBeforePlanRule,
  doneWithoutEvidenceRule,
  doneWithoutDateRule,
  statusAssumedRule,
  leadAlsoPartnerRule,
];

export function checkTask(raw: RawTask, task: Task, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  for (const rule of TASK_RULES) {
    const p = rule(raw, task, ctx);
    if (p) out.push(p);
  }
  return out;
}

/**
 * How a message names the plan: the built-in one, taken because no commune plan was chosen, says so (an official
 * who never gave "Kế hoạch 49/KH-UBND" must see where it came from and that their own plan can be given).
 */
export function planNamed(plan: Plan): string {
  return isBuiltinPlan(plan)
    ? `kế hoạch mặc định (Kế hoạch ${plan.identity.number}, dùng vì chưa chọn kế hoạch của xã; chọn kế hoạch của xã để đối chiếu đúng mã)`
    : `Kế hoạch ${plan.identity.number}`;
}

export function planNamedEn(plan: Plan): string {
  return isBuiltinPlan(plan)
    ? `the default plan (${plan.identity.number}, used because no commune plan was chosen)`
    : `plan ${plan.identity.number}`;
}
