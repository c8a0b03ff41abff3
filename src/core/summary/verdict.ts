import { IsoDate } from "../dates/isoDate";
import { TaskStatus, TaskVerdict } from "../vocab";

/**
 * Đánh giá of a task against the as-of date; none where its deadline is written but could not be read
 * ("31/11/2021", "Trong 05 ngày làm việc kể từ khi có QĐ"): no deadline known, no judgement (Kiểm tra names it).
 */
export function taskVerdict(
  status: TaskStatus,
  due: IsoDate | null,
  doneDate: IsoDate | null,
  asOf: IsoDate,
  dueText: string | null = null,
): TaskVerdict | null {
  if (due === null && dueText !== null) return null;
  if (status === "Hoàn thành") return due !== null && doneDate !== null && doneDate > due ? "Trễ hạn" : "Đúng hạn";
  return due !== null && due < asOf ? "Quá hạn" : "Chưa đến hạn";
}

/** A task's status when its row says none: what its date and progress show. */
export function inferStatus(t: { status: TaskStatus | null; doneDate: IsoDate | null; progress: number | null }): TaskStatus {
  if (t.status) return t.status;
  // "105%" with "Vượt chỉ tiêu": past the whole is done (the share itself is named as out of range).
  if (t.doneDate || (t.progress !== null && t.progress >= 100)) return "Hoàn thành";
  if (t.progress !== null && t.progress > 0) return "Đang thực hiện";
  return "Chưa thực hiện";
}
