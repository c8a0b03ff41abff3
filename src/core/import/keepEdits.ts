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
  dueBeforePlanRule,
  doneWithoutDateRule,
  doneWithoutEvidenceRule,
  officialRule,
  progressRangeRule,
} from "../validate/taskChecks";
import { Consolidation } from "./consolidate";
import { rowKey } from "./dedupe";
import { MasterContent } from "./readMaster";
import { Task } from "./records";
import { CELLS, shownCells } from "./editableCells";

/** Task rules about the values an edit can change (not the criterion, which comes from the source). */
const VALUE_RULES: ReadonlyArray<{ code: RuleCode; rule: TaskRule }> = [
  { code: "UNKNOWN_OFFICIAL", rule: officialRule },
  { code: "PERCENT_OUT_OF_RANGE", rule: progressRangeRule },
  { code: "STATUS_CONTRADICTION", rule: contradictionRule },
  { code: "DONE_IN_FUTURE", rule: doneInFutureRule },
  { code: "DONE_BEFORE_PLAN", rule: doneBeforePlanRule },
  { code: "DUE_BEFORE_PLAN", rule: dueBeforePlanRule },
  { code: "DONE_WITHOUT_EVIDENCE", rule: doneWithoutEvidenceRule },
  { code: "DONE_WITHOUT_DATE", rule: doneWithoutDateRule },
];

/** A cell's text as Kiểm tra shows it: dates as the official writes them. */
function display(s: string): string {
  const date = parseIsoDate(s);
  return date ? formatViDate(date) : s;
}

const quote = (s: string) => (s === "" ? "(trống)" : `"${display(s)}"`);

function firstById<T extends { id: string }>(rows: readonly T[], fromSource: (row: T) => boolean): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of rows) if (fromSource(r) && !out.has(r.id)) out.set(r.id, r);
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
  const inMaster = firstById(previous.tasks, (t) => t.source.file !== "");
  const lastImport = firstById(previous.imported, () => true);
  const ctx: CheckContext = { plan: fresh.plan, items: new Map(fresh.plan.items.map((i) => [i.code, i])), asOf: fresh.asOf };

  const notes: Problem[] = [];
  const rechecked = new Map<string, { task: Task; problems: Problem[] }>();
  let edited = 0;
  const tasks = fresh.tasks.map((source) => {
    const master = inMaster.get(source.id);
    const before = lastImport.get(source.id);
    if (source.source.file === "" || !master || !before) return source;
    let task = source;
    const was = shownCells(before);
    for (const column of EDITABLE_TASK_COLUMNS) {
      const cell = CELLS[column];
      const now = cell.shown(master);
      if (now === was[column]) continue;
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
    task = { ...task, verdict: taskVerdict(task.status ?? "Chưa thực hiện", task.due, task.doneDate, fresh.asOf, task.dueText) };
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
