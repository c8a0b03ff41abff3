import { IsoDate, formatViDate } from "../dates/isoDate";
import { cleanText } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { headingKey } from "./columns";
import { Grid, cellAt, cellText } from "./grid";
import { TableLayout } from "./header";
import { LeftOut, rowKeyOf } from "./copySheets";
import { RawTask } from "./records";

/**
 * A plan task and its steps in two columns: "Nhiệm vụ | Các bước thực hiện", "Nhiệm vụ | Công việc
 * cụ thể", "Nhiệm vụ | Bước | Nội dung bước". The task is written once (merged down over its steps,
 * or on its first row only) and each step has its own dates, state and person: each step is a task
 * of its own, the task it belongs to said beside it. A task with no steps is read as itself.
 */
export interface StepColumns {
  step: number;
  parent: number;
}

// What the step's column is headed.
const STEP_HEADING =
  /^(?:cac buoc(?: thuc hien| cong viec)?|buoc thuc hien|noi dung (?:buoc|cac buoc|chi tiet|cu the)|(?:cong viec|hoat dong|viec|nhiem vu|giai phap|phan viec) (?:cu the|chi tiet))$/;
// What the task's column is headed ("Nhiệm vụ (theo KH 49)" keys "nhiem vu theo kh 49").
const PARENT_HEADING = /^(?:nhiem vu|ten nhiem vu|noi dung nhiem vu|nhiem vu giai phap|noi dung|cong viec)\b/;

export function stepColumns(layout: TableLayout): StepColumns | null {
  const content = layout.columns.content;
  if (content === undefined) return null;
  const taken = new Set(Object.values(layout.columns).map(Number));
  const key = (c: number) => headingKey(layout.headings[c] ?? "");
  const steps = Object.keys(layout.headings)
    .map(Number)
    .filter((c) => c !== content && !taken.has(c) && STEP_HEADING.test(key(c)));
  if (steps.length === 1 && PARENT_HEADING.test(key(content)) && !STEP_HEADING.test(key(content)))
    return { step: steps[0], parent: content };
  // "Nội dung bước" took the content: the task's own column is the one beside it headed "Nhiệm vụ".
  if (!STEP_HEADING.test(key(content))) return null;
  const parents = Object.keys(layout.headings)
    .map(Number)
    .filter((c) => c !== content && !taken.has(c) && PARENT_HEADING.test(key(c)));
  return parents.length === 1 ? { step: content, parent: parents[0] } : null;
}

/**
 * The task a step on row `r` belongs to: its own cell, the merged cell over it, else the nearest
 * written above it within the table; with the row it was written on.
 */
export function parentOf(
  grid: Grid,
  r: number,
  col: number,
  top: number,
  mergedTop: (r: number) => number,
): { text: string; row: number } | null {
  for (let row = r; row >= top; row--) {
    const at = row === r ? mergedTop(r) : row;
    const text = cleanText(cellText(cellAt(grid, at, col)));
    if (text !== "") return { text, row: at };
  }
  return null;
}

/**
 * A task marked done while one of its parts or steps is not, or done before a step was: named on
 * the task's row (STATUS_CONTRADICTION), never settled silently either way.
 */
export function partsAgainstTask(tasks: readonly RawTask[]): Problem[] {
  const problems: Problem[] = [];
  // Most workbooks have no parts: nothing is keyed.
  if (!tasks.some((t) => t.partOf !== undefined)) return problems;
  const byRow = new Map<string, RawTask>();
  for (const t of tasks) byRow.set(`${t.source.sheet}\u0000${t.source.row}`, t);
  const parts = new Map<RawTask, RawTask[]>();
  for (const t of tasks) {
    if (t.partOf === undefined) continue;
    const whole = byRow.get(`${t.source.sheet}\u0000${t.partOf}`);
    if (!whole || whole === t) continue;
    const list = parts.get(whole);
    if (list) list.push(t);
    else parts.set(whole, [t]);
  }
  for (const [whole, list] of parts) {
    if (whole.status !== "Hoàn thành") continue;
    const open = list.filter((p) => p.status !== null && p.status !== "Hoàn thành");
    const later = whole.doneDate === null ? [] : list.filter((p) => p.doneDate !== null && p.doneDate > (whole.doneDate ?? ""));
    if (open.length === 0 && later.length === 0) continue;
    const rows = (open.length > 0 ? open : later).map((p) => p.source.row).join(", ");
    const { file, sheet, row } = whole.source;
    problems.push(
      problem("STATUS_CONTRADICTION", { file, sheet, row }, "Hoàn thành", {
        vi:
          open.length > 0
            ? `nhiệm vụ ghi Hoàn thành nhưng phần việc ở dòng ${rows} chưa xong; hãy kiểm tra.`
            : `nhiệm vụ ghi hoàn thành ngày ${formatViDate(whole.doneDate as IsoDate)}, trước ngày xong của phần việc ở dòng ${rows}; hãy kiểm tra.`,
        en:
          open.length > 0
            ? `the task is marked done but its part on row ${rows} is not; check it.`
            : `the task is marked done on ${whole.doneDate}, before its part on row ${rows} was; check it.`,
      }),
    );
  }
  return problems;
}

/**
 * "1 | Rà soát, công khai TTHC | Tư pháp - HT | 30/6/2021" over "a) …", "b) …" that say how each part
 * stands: the numbered line gives its parts the lead and the deadline they leave blank, and, stating no
 * state of its own, is their heading rather than a task of its own (named once). A line with its own state
 * stays a task.
 */
// "Tại thôn …", "Ở …", "Đối với …", "Cho …": a part named by where or for whom, not by the work.
const PART_ONLY = /^(?:tại|ở|đối với|cho|trong|thuộc|của)\s/iu;

export function wholesOverParts(tasks: readonly RawTask[]): LeftOut {
  const dropped = new Set<string>();
  const problems: Problem[] = [];
  if (!tasks.some((t) => t.partOf !== undefined)) return { dropped, problems };
  const byRow = new Map<string, RawTask>();
  for (const t of tasks) byRow.set(rowKeyOf(t.source.sheet, t.source.row), t);
  const parts = new Map<RawTask, RawTask[]>();
  for (const t of tasks) {
    const whole = t.partOf === undefined ? undefined : byRow.get(rowKeyOf(t.source.sheet, t.partOf));
    if (!whole || whole === t || whole.source.file !== t.source.file) continue;
    const list = parts.get(whole);
    if (list) list.push(t);
    else parts.set(whole, [t]);
  }
  for (const [whole, list] of parts) {
    const at = whole.source.row;
    for (const p of list) {
      const said: string[] = [];
      if (p.lead === "" && whole.lead !== "") {
        p.lead = whole.lead;
        said.push("Chủ trì");
      }
      if (p.due === null && p.dueText === null && (whole.due !== null || whole.dueText !== null)) {
        p.due = whole.due;
        p.dueText = whole.dueText;
        said.push("hạn");
      }
      if (said.length > 0) p.note = [p.note, `${said.join(", ")} theo dòng ${at} (việc chung)`].filter((x) => x !== "").join("; ");
      // "Tại thôn Đông Hòa" under "Tuyên truyền … tại các thôn:": a part named only by where or for whom, read with its whole.
      if (PART_ONLY.test(p.content.trim()) || p.content.trim().length < 25) {
        const head = whole.content.replace(/[\s,;:]*(?:gồm|bao gồm|như sau|cụ thể)?[\s,;:]*$/iu, "").trim();
        if (head !== "" && !p.content.startsWith(head)) p.content = `${head}: ${p.content.trim()}`;
      }
    }
    const stated = whole.status !== null || whole.statusText !== null || whole.progress !== null || whole.doneDate !== null;
    // The parts say how they stand (a state, a share done or a day done): the whole says nothing of its own.
    const partStated = (p: RawTask) => p.status !== null || p.statusText !== null || p.progress !== null || p.doneDate !== null;
    if (stated || !list.every(partStated)) continue;
    dropped.add(rowKeyOf(whole.source.sheet, at));
    const rows = list.map((p) => p.source.row).join(", ");
    problems.push(
      problem("ROW_SKIPPED", { file: whole.source.file, sheet: whole.source.sheet, row: at }, whole.content.slice(0, 120), {
        vi: `dòng ${at} là việc chung của các phần việc ở dòng ${rows} (không ghi kết quả riêng): chủ trì, thời hạn của nó dùng cho các phần; không tính thành nhiệm vụ riêng.`,
        en: `row ${at} heads the parts on rows ${rows} (no result of its own): its lead and deadline go to the parts; not counted as a task of its own.`,
      }),
    );
  }
  return { dropped, problems };
}
