import { TaskField, taskFieldOfLabel } from "./columns";
import { Grid, GridCell, cellAt, cellText, isBlank, isGridDate } from "./grid";
import { BlockView } from "./periodBlocks";
import { parseStatus } from "./values";

/**
 * A task table turned on its side: the fields' names down one column ("Nội dung công việc",
 * "Tiêu chí", "Đơn vị chủ trì", "Thời hạn", "Tình trạng" …) and one task per column to the right
 * ("Việc 1", "Việc 2" …). Read as the table it would be upright — a view whose header is the names
 * and whose rows are the columns — each task named at its content cell, each value at its own.
 */
const SCAN_ROWS = 40;
const MIN_FIELDS = 4;

/** A label is a few words ("Thời hạn", "Kinh phí") or the sign of a share ("%"): codes, numbers and sentences are none. */
function isLabel(v: GridCell): v is string {
  if (typeof v === "string" && /^\(?%\)?$/.test(v.trim())) return true;
  return typeof v === "string" && v.length <= 40 && /\p{L}{2}/u.test(v) && v.trim().split(/\s+/).length <= 6;
}

interface Turned {
  /** The column of the labels, and the rows they span. */
  col: number;
  top: number;
  bottom: number;
  /** The columns holding a task each. */
  tasks: number[];
  /** Rows whose label names no field, the field their cells say. */
  said: Map<number, TaskField>;
}

function findTurned(grid: Grid): Turned | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let col = 1; col <= 3; col++) {
    let run: Array<{ row: number; field: TaskField | null; said?: TaskField }> = [];
    for (let r = 1; r <= last + 1; r++) {
      const v = r <= last ? cellAt(grid, r, col) : null;
      // Every label row is the table's, named fields or not ("Kinh phí" among them goes to Ghi chú, never lost).
      if (isLabel(v)) {
        const named = taskFieldOfLabel(v, 2);
        const said = named === null ? fieldByValues(grid, r, col, v) : null;
        run.push({ row: r, field: named ?? said, ...(said !== null ? { said } : {}) });
        continue;
      }
      const turned = turnedOf(grid, col, run);
      if (turned) return turned;
      run = [];
    }
  }
  return null;
}

// "30/6/2021", "Cả năm 2021", "Thường xuyên", "Quý IV": when, as a deadline's cell says it.
const WHEN =
  /^(?:\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?|(?:cả |trong )?năm(?: \d{4})?|cả năm(?: \d{4})?|thường xuyên|hàng (?:tháng|quý)|quý [ivx]{1,3}(?:\s*\/\s*\d{4})?)$/iu;

const SAID_HEADING: Partial<Record<TaskField, string>> = { status: "Tình trạng", due: "Thời hạn", progress: "Tiến độ (%)" };

/**
 * A label in the officials' own words ("Phải xong trước", "Đến nay", "Được bao nhiêu %"), no field's name: the field
 * its cells say, where nearly all of them say it: states, days and "cả năm", or shares under a "%".
 */
function fieldByValues(grid: Grid, row: number, col: number, label: string): TaskField | null {
  const values = (grid.rows[row - 1] ?? []).slice(col).filter((v) => !isBlank(v));
  if (values.length < 2) return null;
  const most = (test: (v: GridCell) => boolean) => values.filter(test).length >= Math.max(2, Math.ceil(values.length * 0.8));
  if (most((v) => typeof v === "string" && parseStatus(v).kind === "ok")) return "status";
  if (most((v) => isGridDate(v) || (typeof v === "string" && WHEN.test(v.trim())))) return "due";
  if (/%/.test(label) && most((v) => typeof v === "number" && v >= 0 && v <= 100)) return "progress";
  return null;
}

// "TCTP 1.2", "TC 1.6", "Chỉ số 2.3", "1.5": a criterion's code alone in its cell.
const CODE_CELL = /^(?:(?:tiêu chí|tieu chi|tctp|tc|chỉ số|chi so|cs)\s*(?:thành phần\s*)?)?[12]\.\d{1,2}$/iu;

function codesBeside(grid: Grid, row: number, col: number): boolean {
  const beside = (grid.rows[row - 1] ?? []).slice(col).filter((v) => !isBlank(v));
  return beside.length >= 2 && beside.every((v) => typeof v === "string" && CODE_CELL.test(v.trim()));
}

// "Nhiệm vụ 1", "Việc 2", "NV3": a task's number as its column's name.
const TASK_NUMBER = /^(?:nhiệm vụ|nhiem vu|nv|việc|viec|công việc|cong viec)\s*(?:số\s*)?\d{1,2}$/iu;

function namesTasks(grid: Grid, row: number, col: number): boolean {
  const beside = (grid.rows[row - 1] ?? []).slice(col).filter((v) => !isBlank(v));
  // ("Nhiệm vụ số | 1 | 2 | 3": the tasks numbered in turn.)
  const counted = beside.every((v, i) => Number(cellText(v).trim()) === i + 1);
  if (beside.length >= 2 && (counted || beside.every((v) => typeof v === "string" && TASK_NUMBER.test(v.trim())))) return true;
  // ("Nội dung theo dõi | CÁC NHIỆM VỤ ĐƯỢC GIAO" merged over the tasks' columns: a band over them, no field of theirs.)
  const band = grid.merges.find((m) => m.top === row && m.left === col + 1 && m.bottom === row);
  return beside.length === 1 && band !== undefined && band.right - band.left >= 1;
}

/** A run of label rows naming the content, a deadline or status, and at least four fields, each once: the table. */
function turnedOf(
  grid: Grid,
  col: number,
  labels: ReadonlyArray<{ row: number; field: TaskField | null; said?: TaskField }>,
): Turned | null {
  // The rows before the first named field ("Mục | Việc 1 | Việc 2") name the tasks, not a field of theirs; so does
  // one whose label names a field ("Nội dung theo dõi | Nhiệm vụ 1 | Nhiệm vụ 2") when the cells beside it only number the tasks.
  let lead = 0;
  while (lead < labels.length && namesTasks(grid, labels[lead].row, col)) lead++;
  const found = labels.slice(lead).findIndex((l) => l.field !== null);
  const from = found < 0 ? -1 : lead + found;
  // "Nội dung | TCTP 1.2 | TC 1.6 | Chỉ số 2.3": a row whose cells are the criteria's codes names each column's criterion.
  const run = (from < 0 ? [] : labels.slice(from)).map((l) => (codesBeside(grid, l.row, col) ? { ...l, field: "code" as TaskField } : l));
  // A field named twice ("Tiến độ (%)" and "Tỷ lệ đạt (%)" under it): the first is the field, the other kept in Ghi chú.
  // (More than twice is no table turned: cards stacked down repeat their labels.)
  const seen = new Map<TaskField, number>();
  for (const l of run) if (l.field !== null) seen.set(l.field, (seen.get(l.field) ?? 0) + 1);
  if ([...seen.values()].some((n) => n > 2)) return null;
  const twice = [...seen.values()].filter((n) => n === 2).length;
  const kept = new Set<TaskField>();
  const fieldsOf = run.map((l) => (l.field === null || kept.has(l.field) ? null : (kept.add(l.field), l.field)));
  const fields = new Set(fieldsOf.filter((f): f is TaskField => f !== null));
  if (
    fields.size < MIN_FIELDS + (twice > 0 ? 2 : 0) ||
    !fields.has("content") ||
    !(fields.has("due") || fields.has("status")) ||
    (twice > 0 && fields.size < 2 * twice + MIN_FIELDS)
  )
    return null;
  const top = run[0].row;
  const bottom = run[run.length - 1].row;
  const width = Math.max(...grid.rows.slice(top - 1, bottom).map((x) => x.length));
  const contentRow = run.find((_, i) => fieldsOf[i] === "content")?.row as number;
  const tasks: number[] = [];
  for (let c = col + 1; c <= width; c++) if (!isBlank(cellAt(grid, contentRow, c))) tasks.push(c);
  const said = new Map(run.flatMap((l, i) => (l.said !== undefined && fieldsOf[i] === l.said ? [[l.row, l.said] as const] : [])));
  return tasks.length >= 2 ? { col, top, bottom, tasks, said } : null;
}

/**
 * The turned table as an upright one: its header on the row above the labels' first (that row only
 * names the tasks, "Mục | Việc 1 | Việc 2"), a row per task under it, the rows above kept where they
 * are one line (the title's lead and year), the rows below the labels after the tasks.
 */
export function turnedTable(grid: Grid): { view: BlockView; labels: string[]; top: number; bottom: number } | null {
  const t = findTurned(grid);
  if (!t || t.top < 2) return null;
  const head = t.top - 1;
  // (The row of the criteria's codes is headed as what it holds, whatever its label says: "Nội dung" over "TCTP 1.2".)
  // (A label in the officials' words is headed by the field its cells say, its words kept: "Thời hạn (Phải xong trước)".)
  const labels = Array.from({ length: t.bottom - t.top + 1 }, (_, j) => {
    if (codesBeside(grid, t.top + j, t.col)) return "Mã tiêu chí";
    const said = t.said.get(t.top + j);
    const own = cleanLabel(cellAt(grid, t.top + j, t.col));
    return said === undefined ? own : `${SAID_HEADING[said] ?? own} (${own})`;
  });
  const rows: GridCell[][] = [];
  for (let r = 1; r < head; r++) {
    const orig = grid.rows[r - 1] ?? [];
    rows.push(orig.filter((v) => !isBlank(v)).length === 1 ? orig : []);
  }
  rows.push([...labels]);
  for (const c of t.tasks) rows.push(labels.map((_, j) => cellAt(grid, t.top + j, c)));
  // What follows the labels (a note, the signature) follows the tasks, shifted down if there are more tasks than labels.
  const shift = Math.max(0, head + t.tasks.length - t.bottom);
  while (rows.length < t.bottom + shift) rows.push([]);
  for (let r = t.bottom + 1; r <= grid.rows.length; r++) rows.push(grid.rows[r - 1] ?? []);
  const taskRow = new Map(t.tasks.map((c, i) => [head + 1 + i, c]));
  // Each value keeps its number format (1 under "0%" is 100 %), moved with it.
  const formats: Record<string, string> = {};
  for (const [r, c] of taskRow)
    labels.forEach((_, j) => {
      const f = grid.formats[`${t.top + j}:${c}`];
      if (f !== undefined) formats[`${r}:${j + 1}`] = f;
    });
  const view: BlockView = {
    grid: { ...grid, rows, merges: [], formats, hiddenRows: [], hiddenCols: [] },
    empty: false,
    cells: [],
    manyPerRow: true,
    source: (r: number, c: number): [number, number] | null => {
      if (r < head) return [r, c];
      if (r === head) return c >= 1 && c <= labels.length ? [t.top + c - 1, t.col] : null;
      const col = taskRow.get(r);
      if (col !== undefined) return c >= 1 && c <= labels.length ? [t.top + c - 1, col] : null;
      return r > t.bottom + shift ? [r - shift, c] : null;
    },
  };
  return { view, labels, top: t.top, bottom: t.bottom };
}

function cleanLabel(v: GridCell): string {
  return cellText(v).replace(/\s+/g, " ").trim();
}
