import { EDITABLE_TASK_COLUMNS } from "../contract";
import { formatViDate, parseIsoDate } from "../dates/isoDate";
import { taskVerdict } from "../summary/verdict";
import { cellOf } from "../validate/locate";
import { Problem, RuleCode, problem, sortProblems } from "../validate/problems";
import {
  CheckContext,
  TaskRule,
  contradictionRule,
  doneBeforePlanRule,
  doneInFutureRule,
  doneWithoutDateRule,
  doneWithoutEvidenceRule,
  officialRule,
  progressRangeRule,
} from "../validate/taskChecks";
import { Field } from "./columns";
import { Consolidation } from "./consolidate";
import { rowKey } from "./dedupe";
import { MasterContent } from "./readMaster";
import { Task } from "./records";

export type EditableColumn = (typeof EDITABLE_TASK_COLUMNS)[number];

interface Cell {
  /** The field of the source row it comes from (for the source cell a problem names). */
  field: Field;
  /** What the cell shows, as text (equal when the cell is unchanged). */
  shown(t: Task): string;
  /** `to` with this cell taken from `from`. */
  take(to: Task, from: Task): Task;
}

const number = (n: number | null) => (n === null ? "" : String(Math.round(n * 1e6) / 1e6));

const CELLS: Record<EditableColumn, Cell> = {
  "Chủ trì": { field: "lead", shown: (t) => t.lead, take: (to, f) => ({ ...to, lead: f.lead }) },
  "Phối hợp": { field: "partners", shown: (t) => t.partners, take: (to, f) => ({ ...to, partners: f.partners }) },
  "Hạn hoàn thành": { field: "due", shown: (t) => t.due ?? t.dueText ?? "", take: (to, f) => ({ ...to, due: f.due, dueText: f.dueText }) },
  "Trạng thái": {
    field: "status",
    shown: (t) => t.status ?? "",
    take: (to, f) => ({ ...to, status: f.status, statusText: f.statusText }),
  },
  "Tiến độ (%)": { field: "progress", shown: (t) => number(t.progress), take: (to, f) => ({ ...to, progress: f.progress }) },
  "Ngày hoàn thành": {
    field: "doneDate",
    shown: (t) => t.doneDate ?? t.doneText ?? "",
    take: (to, f) => ({ ...to, doneDate: f.doneDate, doneText: f.doneText }),
  },
  "Minh chứng": { field: "evidence", shown: (t) => t.evidence, take: (to, f) => ({ ...to, evidence: f.evidence }) },
  "Ghi chú": { field: "note", shown: (t) => t.note, take: (to, f) => ({ ...to, note: f.note }) },
};

/** Task rules about the values an edit can change (not the criterion, which comes from the source). */
const VALUE_RULES: ReadonlyArray<{ code: RuleCode; rule: TaskRule }> = [
  { code: "UNKNOWN_OFFICIAL", rule: officialRule },
  { code: "PERCENT_OUT_OF_RANGE", rule: progressRangeRule },
  { code: "STATUS_CONTRADICTION", rule: contradictionRule },
  { code: "DONE_IN_FUTURE", rule: doneInFutureRule },
  { code: "DONE_BEFORE_PLAN", rule: doneBeforePlanRule },
  { code: "DONE_WITHOUT_EVIDENCE", rule: doneWithoutEvidenceRule },
  { code: "DONE_WITHOUT_DATE", rule: doneWithoutDateRule },
];

/** A cell's text as Kiểm tra shows it: dates as the official writes them. */
function display(s: string): string {
  const date = parseIsoDate(s);
  return date ? formatViDate(date) : s;
}

const quote = (s: string) => (s === "" ? "(trống)" : `"${display(s)}"`);

function firstById(tasks: readonly Task[]): Map<string, Task> {
  const out = new Map<string, Task>();
  for (const t of tasks) if (t.source.file !== "" && !out.has(t.id)) out.set(t.id, t);
  return out;
}

/**
 * A cell of a row from an official's workbook that the Office-Statistics official changed in the
 * master (it differs from what the sources gave last time, kept in the hidden sheet) keeps its
 * edit through a new consolidation; where the source now says something else, Kiểm tra says so
 * ("đã sửa tay; tệp nguồn ghi …"). The rules about those values are checked again on the edited
 * row. Returns the consolidation with the edits, and the task rows as the sources gave them now
 * (for the hidden sheet). The command line and the pane both use this.
 */
export function keepEdits(
  fresh: Consolidation,
  previous: MasterContent,
): { consolidation: Consolidation; imported: Task[]; edited: number } {
  const imported = fresh.tasks.filter((t) => t.source.file !== "");
  if (previous.imported.length === 0) return { consolidation: fresh, imported, edited: 0 };
  const inMaster = firstById(previous.tasks);
  const lastImport = firstById(previous.imported);
  const ctx: CheckContext = { plan: fresh.plan, items: new Map(fresh.plan.items.map((i) => [i.code, i])), asOf: fresh.asOf };

  const notes: Problem[] = [];
  const rechecked = new Map<string, { task: Task; problems: Problem[] }>();
  let edited = 0;
  const tasks = fresh.tasks.map((source) => {
    const master = inMaster.get(source.id);
    const before = lastImport.get(source.id);
    if (source.source.file === "" || !master || !before) return source;
    let task = source;
    for (const column of EDITABLE_TASK_COLUMNS) {
      const cell = CELLS[column];
      const now = cell.shown(master);
      if (now === cell.shown(before)) continue;
      task = cell.take(task, master);
      edited++;
      if (now !== cell.shown(source))
        notes.push(
          problem(
            "EDITED_IN_MASTER",
            cellOf(source.source, cell.field),
            display(now),
            `${column} đã sửa tay thành ${quote(now)}; tệp nguồn ghi ${quote(cell.shown(source))}.`,
          ),
        );
    }
    if (task === source) return source;
    task = { ...task, verdict: taskVerdict(task.status ?? "Chưa thực hiện", task.due, task.doneDate, fresh.asOf) };
    const problems = VALUE_RULES.map(({ rule }) => rule(task, task, ctx)).filter((p): p is Problem => p !== null);
    rechecked.set(rowKey(source.source), { task, problems });
    return task;
  });

  const recheckedCodes = new Set(VALUE_RULES.map((r) => r.code));
  const problems = fresh.problems.filter((p) => !(rechecked.has(rowKey(p)) && recheckedCodes.has(p.code)));
  for (const { problems: ps } of rechecked.values()) problems.push(...ps);
  problems.push(...notes);
  return { consolidation: { ...fresh, tasks, problems: sortProblems(problems) }, imported, edited };
}
