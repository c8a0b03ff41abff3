import { looseKey } from "../text/normalize";
import { TableLayout } from "./header";

// Words a count's heading holds when it is part of a criterion's rate: on time, online, electronic, up to standard …
const MEASURED =
  /\b(?:dung han|truoc han|tre han|qua han|truc tuyen|dien tu|ky so|qua mang|giai ngan|dat chuan|hai long|dat|hoan thanh|giai quyet|tiep nhan|ty le)\b/;

/**
 * "Tháng | Khai sinh | Kết hôn | Khai tử | Chứng thực | Tổng": a month's count of each kind of case, and no rate. Two of
 * its columns taken for a numerator and a denominator would make a rate of nothing the plan measures (Chứng thực over
 * Tổng): the table is named and not read. Only where three or more counts stand beside the period and neither the
 * numerator's nor the denominator's heading says what a criterion measures.
 */
export function countsByKind(layout: TableLayout): boolean {
  if (layout.kind !== "readings" || layout.across || layout.criteriaAcross) return false;
  const { columns, headings } = layout;
  if (columns.value !== undefined || columns.indicator !== undefined || columns.code !== undefined) return false;
  if (columns.numerator === undefined || columns.denominator === undefined) return false;
  const said = (c: number | undefined) => (c === undefined ? "" : looseKey(headings[c] ?? ""));
  if (MEASURED.test(said(columns.numerator)) || MEASURED.test(said(columns.denominator))) return false;
  const mapped = new Set(Object.values(columns));
  const others = Object.keys(headings)
    .map(Number)
    .filter((c) => !mapped.has(c) && !/^(?:ghi chu|stt|tt)$/.test(said(c)));
  return others.length >= 1;
}

// "Đã xong | Đang làm | Chưa làm", "Đã HT | Đang TH | Chưa TH", "Xanh | Vàng | Đỏ": a heading that is a task's state.
const STATE_HEADING =
  /^(?:so (?:nhiem vu|nv|viec) )?(?:da (?:xong|ht|hoan thanh|lam)|xong|hoan thanh|ht|dang (?:lam|th|thuc hien|trien khai)|chua (?:lam|th|thuc hien|trien khai|ht)|qua han|tre han|dung han|xanh|vang|do)$/;
// "Số nhiệm vụ", "Số NV", "Tổng số việc": how many tasks.
const TASK_COUNT = /^(?:tong )?(?:so )?(?:nhiem vu|nv|viec|cong viec)(?: (?:giao|duoc giao|ke hoach|trong ky))?$/;

/**
 * "Quý | Số nhiệm vụ | Đã xong | Đang làm | Chưa làm": how many of the official's tasks stand in each state, period by
 * period. A tally of the task list (the master counts those itself, in Tổng hợp), never a criterion's figures: two of its
 * columns read as a rate would give the plan a figure it does not measure. Only where two headings at least are states.
 */
export function tallyOfTasks(layout: TableLayout): string[] | null {
  if (layout.kind !== "readings") return null;
  const keys = Object.values(layout.headings).map((h) => looseKey(h));
  const states = keys.filter((k) => STATE_HEADING.test(k)).length;
  if (
    states < 2 ||
    keys.some((k) => MEASURED.test(k) && !STATE_HEADING.test(k) && !TASK_COUNT.test(k) && !/^ty le (?:hoan thanh|ht)\b/.test(k))
  )
    return null;
  return Object.values(layout.headings);
}
