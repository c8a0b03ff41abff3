import { IsoDate, addDays, ymd } from "../dates/isoDate";
import { taskId } from "./applyPlan";
import type { CheckedTask } from "./dedupe";
import { periodEnd, periodName, periodOfSheet, periodStart } from "./periods";

/** The period a copy's sheet is named for ("Quý I", "T3", "6 tháng cuối") when its deadline falls in it. */
interface Round {
  name: string;
  end: IsoDate;
}

// A period's report is often due a few weeks after it ends ("Báo cáo CCHC quý I", hạn 05/4): still that round.
const REPORT_GRACE_DAYS = 31;

// A duty done each period says so: "Báo cáo CCHC quý", "hằng tháng", "định kỳ" (with marks: "quy" is also "quy chế").
const PERIODIC_DUTY = /(?<!\p{L})(?:quý|tháng|định kỳ|hằng|hàng (?:tháng|quý|tuần|năm|ngày))(?!\p{L})/iu;

// "(chuyển từ quý II)", "Chuyển quý sau", "chuyển sang tháng 12": one task carried on, not a round of its own.
const CARRIED = /(?<!\p{L})chuyển(?:\s+(?:sang|qua|từ|tiếp))?\s+(?:quý|tháng|kỳ|năm|Q\d)|(?<!\p{L})(?:Q\d|quý\s+\S+)\s+chuyển\s+sang/iu;

function periodic(c: CheckedTask): boolean {
  return PERIODIC_DUTY.test(c.task.content) || (c.task.dueText !== null && PERIODIC_DUTY.test(c.task.dueText));
}

function carried(c: CheckedTask): boolean {
  const t = c.task;
  return [t.content, t.statusText ?? "", t.note].some((x) => CARRIED.test(x));
}

function roundOf(c: CheckedTask): Round | null {
  const due = c.task.due;
  if (due === null) return null;
  const p = periodOfSheet(c.task.source.sheet);
  if (p === null) return null;
  const year = p.year ?? ymd(due).y;
  const end = periodEnd(p, year);
  if (due < periodStart(p, year) || due > (periodic(c) ? addDays(end, REPORT_GRACE_DAYS) : end)) return null;
  return { name: periodName(p, year), end };
}

/**
 * Copies of one task, split into the rounds of a duty done each period. A workbook with a sheet per
 * quarter (month, half-year) that writes the duty on each, its deadline within that sheet's period
 * ("Báo cáo CCHC quý" due 15/3 on "Quý I", 15/6 on "Quý II"), holds one task per round: each round
 * was due, done or late on its own, and the summary must count it so. The same deadline on two
 * sheets (a task carried forward to report its state) stays one task. Copies on no period's sheet
 * join the round with their deadline, else the latest. Each round's task gets an id of its own.
 */
export function roundsOf(group: readonly CheckedTask[]): CheckedTask[][] {
  const rounds = group.map(roundOf);
  // Rounds by deadline: two sheets giving one day are one round (the later sheet's name).
  const byDue = new Map<IsoDate, { round: Round; copies: CheckedTask[] }>();
  const duesByFile = new Map<string, Set<IsoDate>>();
  group.forEach((c, i) => {
    const r = rounds[i];
    const due = c.task.due;
    if (r === null || due === null) return;
    const was = byDue.get(due);
    byDue.set(due, { round: was && was.round.end > r.end ? was.round : r, copies: [...(was?.copies ?? []), c] });
    duesByFile.set(c.task.source.file, (duesByFile.get(c.task.source.file) ?? new Set()).add(due));
  });
  // Two rounds in one workbook, on two periods' sheets: anything less is one task written twice.
  if (![...duesByFile.values()].some((dues) => dues.size >= 2)) return [group as CheckedTask[]];
  // A task carried on is one task; so is one postponed (below). A duty each period never is.
  if (group.some(carried)) return [group as CheckedTask[]];
  const lastDue = [...byDue.keys()].sort().pop();
  // Postponed: never done on any earlier sheet, due again on the next. Done on one and written again: a duty's next round.
  const earlier = group.filter((c, i) => rounds[i] !== null && c.task.due !== lastDue);
  const neverDone = earlier.every((c) => c.task.status !== "Hoàn thành");
  if (neverDone && !group.some(periodic)) return [group as CheckedTask[]];

  const ordered = [...byDue.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, v]) => v);
  const latest = ordered[ordered.length - 1];
  group.forEach((c, i) => {
    if (rounds[i] !== null) return;
    const same = c.task.due === null ? undefined : byDue.get(c.task.due);
    (same ?? latest).copies.push(c);
  });
  return ordered.map(({ round, copies }) =>
    copies.map((c) => {
      const t = c.task;
      const key = t.place === undefined ? `${t.content}\u0000${round.name}` : `${t.content}\u0000${t.place}\u0000${round.name}`;
      const said = `Kỳ ${round.name}`;
      return { ...c, task: { ...t, id: taskId(t.code, key), note: t.note === "" ? said : `${said}; ${t.note}` } };
    }),
  );
}
