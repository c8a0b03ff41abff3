import { formatViDate } from "../dates/isoDate";
import { compareSources } from "../order/compare";
import { Problem, placeLabel, problem } from "../validate/problems";
import { TaskStatus } from "../vocab";
import { Reading, Task } from "./records";

/** A task with the problems found on its row: dropped together when the row is replaced. */
export interface CheckedTask {
  task: Task;
  problems: Problem[];
}

const STATUS_RANK: Record<TaskStatus, number> = { "Chưa thực hiện": 0, "Đang thực hiện": 1, "Hoàn thành": 2 };

/** The key of a source row, to match problems with the row they are about. */
export function rowKey(s: { file: string; sheet: string; row: number | null }): string {
  return `${s.file}\u0000${s.sheet}\u0000${s.row}`;
}

/**
 * Same task twice. Within one workbook a later sheet (the next quarter's) holds the newer
 * state and replaces the earlier row, whose problems go with it. Across workbooks it is a
 * conflict: the more advanced row is kept and the other is reported.
 */
export function dedupeTasks(checked: readonly CheckedTask[]): { kept: CheckedTask[]; problems: Problem[]; superseded: Set<string> } {
  const superseded = new Set<string>();
  const latestInFile = new Map<string, CheckedTask>();
  for (const a of checked) {
    const key = `${a.task.source.file}\u0000${a.task.id}`;
    const prev = latestInFile.get(key);
    if (prev) superseded.add(rowKey(prev.task.source));
    latestInFile.set(key, a);
  }
  const byId = new Map<string, CheckedTask>();
  const problems: Problem[] = [];
  for (const a of latestInFile.values()) {
    const prev = byId.get(a.task.id);
    if (!prev) {
      byId.set(a.task.id, a);
      continue;
    }
    const newer = STATUS_RANK[a.task.status ?? "Chưa thực hiện"] > STATUS_RANK[prev.task.status ?? "Chưa thực hiện"];
    const [kept, dropped] = newer ? [a, prev] : [prev, a];
    byId.set(a.task.id, kept);
    const d = dropped.task.source;
    const k = kept.task.source;
    problems.push(
      problem(
        "DUPLICATE_TASK",
        { file: d.file, sheet: d.sheet, row: d.row },
        dropped.task.content.slice(0, 80),
        `cùng nhiệm vụ với ${placeLabel(k.file, k.sheet, k.row)}; dùng dòng đó.`,
      ),
    );
  }
  return { kept: [...byId.values()], problems, superseded };
}

/**
 * One reading per criterion and date. A later row of the same file corrects an earlier one;
 * the same date in another file is reported and the first file's figures are kept.
 */
export function dedupeReadings(readings: readonly Reading[]): { readings: Reading[]; problems: Problem[] } {
  const byKey = new Map<string, Reading>();
  const problems: Problem[] = [];
  for (const r of [...readings].sort(compareSources)) {
    if (r.date === null || r.code === null) {
      byKey.set(`${byKey.size}\u0000unkeyed`, r);
      continue;
    }
    const key = `${r.code}\u0000${r.date}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, r);
    else if (prev.source.file === r.source.file) byKey.set(key, r);
    else
      problems.push(
        problem(
          "DUPLICATE_READING",
          { file: r.source.file, sheet: r.source.sheet, row: r.source.row },
          r.period,
          `mã ${r.code} ngày ${formatViDate(r.date)} đã có số liệu ở ${placeLabel(prev.source.file, prev.source.sheet, prev.source.row)}; dùng số liệu đó.`,
        ),
      );
  }
  return { readings: [...byKey.values()], problems };
}
