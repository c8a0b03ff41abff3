import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText, isBlank, isGridDate } from "./grid";
import { filled } from "./figureBlocks";
import { parsePeriod } from "./periods";

/**
 * A criterion's figures tabled inside its task list, under its tasks, with column names of their own:
 *
 *   TIÊU CHÍ 1.1 – HỒ SƠ TRỰC TUYẾN MỨC ĐỘ 3, 4
 *   1 | Phát thanh hướng dẫn …            | CC VH-XH      | 31/12/2021    | Đang thực hiện
 *     | Chỉ số                            | 6 tháng       | 9 tháng       | Cùng kỳ 2020 (9 tháng) | Chỉ tiêu 2021
 *     | Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 | 12/41 (29,3%) | 25/70 (35,7%) | 24,1%                  | > 2020
 *
 * The row naming the figures' columns opens a small table of readings across its periods; its rows are no tasks
 * and its column names no task.
 */
export interface FiguresInTasks {
  /** The row naming the figures' columns ("Chỉ số | 6 tháng | 9 tháng"). */
  header: number;
  /** Its figures' rows. */
  rows: number[];
  /** The column of its rows' labels. */
  labelCol: number;
  /** The section row above it that names its criterion, where there is one. */
  section: number | null;
  /** The task list's own header row. */
  taskHeader: number;
  /** A line under the figures giving the day they stand at, where there is one. */
  note: number | null;
}

// "Chỉ số", "Chỉ số theo dõi", "* Số liệu:", "Chỉ tiêu": the first cell of a row naming figures' columns.
// ("Kết quả khảo sát", "Số liệu thống kê": a few words naming them.)
const LABEL = /^(?:cac )?(?:chi so|chi tieu|so lieu|ket qua)(?: [a-z]+){0,3}$/;
// "Chỉ tiêu 2021", "Kế hoạch 2021", "KH năm": what was set, beside what was done.
const TARGET = /^(?:chi tieu|ke hoach|kh|muc tieu)\b/;
// "Cùng kỳ 2020 (9 tháng)", "Năm 2020", "Đến 31/10/2021", "Ước năm 2021", "Lũy kế": a period's column.
const PERIOD_WORDS = /^(?:cung ky|ck|nam|den|tinh den|luy ke|uoc|thuc hien|th|ket qua|kq|so lieu)\b|\b(?:19|20)\d\d\b|\b\d{1,2} thang\b/;
// "Tháng", "Kỳ", "Quý": the figures' periods down their first column.
const PERIOD_LABEL = /^(?:thang|ky|ky bao cao|quy|nam|thoi gian|thoi diem|dot|giai doan)$/;

/** 41, "98,58%", 0.9375: a figure. */
function figureCell(v: GridCell): boolean {
  return typeof v === "number" || (typeof v === "string" && /^\s*\d[\d.,]*\s*%?\s*$/.test(v));
}

// A task list's header: what is to be done, and who, by when, or how far.
const WORK = /\b(?:noi dung|nhiem vu|cong viec|viec|giai phap|bien phap|hoat dong)\b/;
const TRACKED = /\b(?:han|thoi gian|thoi han|trang thai|tien do|ket qua|chu tri|phu trach|nguoi|don vi|ngay)\b/;
// "Tử số | Mẫu số | Tỷ lệ", "Số phiếu | Hài lòng": a rate's parts.
// ("Tiếp nhận | Đúng hạn | Trễ hạn", "Lượt đánh giá": a desk's counts, never a task's deadline.)
const PART =
  /^(?:tu so|mau so|ty le|gia tri|so phieu|so luong|tong|hai long|so|luot|tiep nhan|(?:da )?giai quyet|dung han|tre han|qua han|truoc han|trong han)\b/;
// "So sánh cùng kỳ", "Tăng/giảm": a change beside the figures.
const CHANGE = /^(?:so sanh|tang giam|tang|giam|chenh lech)\b/;
// Words of a task list's columns: a row holding any is the list's own header, never a block of figures.
const TASK_COLUMN = /\b(?:han|trang thai|tien do|chu tri|phu trach|phoi hop|nguoi thuc hien|minh chung)\b/;

/** "6 tháng", "Tử số", "Năm 2020", "Chỉ tiêu 2021": a column name of figures, its kind; null for a task list's or a long one. */
function columnKind(v: GridCell): "period" | "part" | "target" | "note" | "other" | null {
  const text = typeof v === "number" && v >= 1990 && v <= 2100 ? String(v) : typeof v === "string" ? v : null;
  if (text === null || text.length > 40) return null;
  const key = looseKey(text);
  if (PART.test(key)) return "part";
  if (TASK_COLUMN.test(key)) return null;
  if (/^ghi chu\b/.test(key)) return "note";
  if (TARGET.test(key)) return "target";
  if (CHANGE.test(key)) return "other";
  if (parsePeriod(text) !== null || PERIOD_WORDS.test(key)) return "period";
  // ("VB đi điện tử": a figure's own name, among names the block's kind is told by.)
  return text.length <= 30 && !/\d/.test(text) ? "other" : null;
}

/**
 * The cells of a row naming figures' columns, its label's column; null for any other row. Its first cell names the
 * figures ("Chỉ số") or their periods ("Tháng"); any other words there ("Đánh giá qua thiết bị điện tử") only over
 * columns every one of which names a figure's part or period, with a figure under them on the next row.
 */
function figuresHeader(row: readonly GridCell[], next: readonly GridCell[]): { labelCol: number; cols: number[] } | null {
  // Asked of every row of every sheet: a row whose first value is no short text is passed over before anything is built.
  const first = row.find((v) => !isBlank(v ?? null));
  if (typeof first !== "string" || first.length > 40) return null;
  const cells = filled(row);
  if (cells.length < 3) return null;
  const kinds: Array<ReturnType<typeof columnKind>> = [];
  for (const x of cells.slice(1)) {
    const k = columnKind(x.v);
    if (k === null) return null;
    kinds.push(k);
  }
  if (!kinds.some((k) => k === "period" || k === "part")) return null;
  const key = looseKey(first);
  const named = LABEL.test(key) || PERIOD_LABEL.test(key);
  if (kinds.filter((k) => k !== "other").length < 2) return null;
  const cols = cells.slice(1).map((x) => x.col);
  if (!named && (kinds.includes("other") || !cols.some((c) => figureCell(next[c - 1] ?? null)))) return null;
  return { labelCol: cells[0].col, cols };
}

/** The task list's header above a row: the nearest row naming the work and who, when or how far. */
function taskHeaderAbove(grid: Grid, r: number): number | null {
  for (let h = r - 1; h >= 1; h--) {
    const texts = filled(grid.rows[h - 1] ?? []).filter((x) => typeof x.v === "string");
    if (texts.length < 3) continue;
    const keys = texts.map((x) => looseKey(cellText(x.v)));
    if (keys.some((k) => WORK.test(k)) && keys.some((k) => TRACKED.test(k) && !WORK.test(k))) return h;
  }
  return null;
}

/** The section row between the task header and the figures that names them: a line of words alone, maybe numbered. */
function sectionAbove(grid: Grid, from: number, taskHeader: number): number | null {
  for (let r = from - 1; r > taskHeader; r--) {
    const cells = filled(grid.rows[r - 1] ?? []);
    const texts = new Set(cells.map((x) => cellText(x.v)));
    const words = cells.filter((x) => typeof x.v === "string" && /\p{L}{2}/u.test(x.v));
    if (texts.size <= 2 && words.length >= 1 && cells.length - words.length <= 1 && cells.length <= 2) return r;
  }
  return null;
}

/** "(Số liệu tháng 11 chốt ngày 26/11/2021)" alone on its row: the day the block's figures stand at. */
function dayNote(row: readonly GridCell[]): boolean {
  const texts = new Set(filled(row).map((x) => cellText(x.v)));
  if (texts.size !== 1) return false;
  const t = looseKey([...texts][0]);
  return t.length <= 160 && /\b(?:chot|den|tinh den|so lieu|cap nhat|khao sat)\b/.test(t) && /\b\d{1,2} \d{1,2} \d{4}\b/.test(t);
}

export function findFiguresInTasks(grid: Grid): FiguresInTasks[] {
  const out: FiguresInTasks[] = [];
  for (let r = 2; r <= grid.rows.length; r++) {
    const head = figuresHeader(grid.rows[r - 1] ?? [], grid.rows[r] ?? []);
    if (head === null) continue;
    const taskHeader = taskHeaderAbove(grid, r);
    // Right under the list's header it is the header's second row; the figures stand among the list's rows.
    if (taskHeader === null || r - taskHeader < 2) continue;
    const rows: number[] = [];
    for (let d = r + 1; d <= grid.rows.length; d++) {
      const cells = filled(grid.rows[d - 1] ?? []);
      // A number or a section before the label's column, a row without a figure under the named columns: the list again.
      // (Its label a period's words or a day: "31/12/2020", 01/10/2021 typed as a date.)
      if (cells.length < 2 || cells[0].col !== head.labelCol || !(typeof cells[0].v === "string" || isGridDate(cells[0].v))) break;
      if (!cells.slice(1).some((x) => head.cols.includes(x.col))) break;
      if (figuresHeader(grid.rows[d - 1] ?? [], grid.rows[d] ?? []) !== null) break;
      rows.push(d);
    }
    if (rows.length === 0) continue;
    const after = rows[rows.length - 1] + 1;
    const note = dayNote(grid.rows[after - 1] ?? []) ? after : null;
    out.push({ header: r, rows, labelCol: head.labelCol, section: sectionAbove(grid, r, taskHeader), taskHeader, note });
    r = note ?? rows[rows.length - 1];
  }
  return out;
}
