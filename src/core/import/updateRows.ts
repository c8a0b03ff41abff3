import { formatViDate } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { taskFieldOfLabel } from "./columns";
import { Grid, GridCell, cellText, isGridDate, rowsToEdit } from "./grid";
import { parseStatus } from "./values";
import { blank, numbered } from "./resultRows";

/**
 * A task's numbered row and, under it, the rows an official adds as the work goes on, each with its day
 * ("- Lập danh sách CBCC … | 12/3/2021 | 20%", "Lần 2 | Ban hành Quyết định … | ngày 28 tháng 6 năm 2021 |
 * Hoàn thành"). The updates are the task's history, never tasks of their own: they are written onto the
 * task's row as one dated log in its result (the last update how the work stands), the last share and state
 * in their columns, and the update rows emptied, so the usual reader reads one task with its latest state.
 */
export interface UpdateRows {
  grid: Grid;
  /** Each task row and the update rows folded into it (emptied). */
  folded: Array<{ task: number; updates: number[] }>;
}

const SCAN_ROWS = 30;
const NUMBER_HEADING = /^(?:stt|tt|so tt|so thu tu)$/;
// "Lần 1", "Đợt 2", "-": an update's own mark in the number column, never a task's number.
const UPDATE_MARK = /^\s*(?:(?:lần|lan|đợt|dot)\s*\d{1,2}|[-+•*–])\s*$/iu;
// "12/3/2021", "ngày 28 tháng 6 năm 2021", "T11/2021": the day an update was written, alone in its cell.
const DAY_CELL =
  /^\s*(?:ngày\s+)?(?:\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|(?:t|tháng)\s*\d{1,2}\s*\/\s*\d{4})\s*$/iu;
// "- 06/12: xong, …", "15/10/2021 – đặt 01 máy tính …": a line of its own opening with the day it was written.
const DAY_LED = /^\s*[-+•*–]?\s*\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?\s*[:–-]\s*\p{L}/u;
// "1.3", "TC 2.1": a criterion's code alone, which a sub-task has and an update has not.
const CODE_CELL = /^\s*(?:tc|tctp|tiêu chí)?\s*[12]\.\d{1,2}\s*$/iu;

const isDay = (v: GridCell | undefined) => v !== undefined && (isGridDate(v) || (typeof v === "string" && DAY_CELL.test(v)));

/** A cell as the log says it: a day as dd/mm/yyyy, a share kept as a fraction under a "%" format as its percent. */
function said(grid: Grid, r: number, c: number): string {
  const v = grid.rows[r - 1]?.[c - 1] ?? null;
  if (isGridDate(v)) return formatViDate(v.date);
  // ("ngày 28 tháng 6 năm 2021": the day as the log's other days are written.)
  const long = typeof v === "string" ? /^\s*(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$/iu.exec(v) : null;
  if (long) return `${long[1].padStart(2, "0")}/${long[2].padStart(2, "0")}/${long[3]}`;
  if (typeof v === "number" && (grid.formats[`${r}:${c}`] ?? "").includes("%")) return `${Math.round(v * 1000) / 10}%`;
  return cellText(v).replace(/\s+/g, " ").trim();
}

export function withUpdateRows(grid: Grid): UpdateRows | null {
  let h = 0;
  let n = 0;
  for (let r = 1; r <= Math.min(SCAN_ROWS, grid.rows.length) && h === 0; r++)
    for (let c = 1; c <= 2; c++)
      if (NUMBER_HEADING.test(looseKey(cellText(grid.rows[r - 1]?.[c - 1] ?? null)))) {
        [h, n] = [r, c];
        break;
      }
  if (h === 0) return null;
  const header = grid.rows[h - 1] ?? [];
  const fieldAt = (field: string) => header.findIndex((v) => typeof v === "string" && taskFieldOfLabel(v, 2) === field) + 1;
  const [resultCol, progressCol, statusCol] = [fieldAt("result"), fieldAt("progress"), fieldAt("status")];
  const folded: Array<{ task: number; updates: number[] }> = [];
  let current: { task: number; updates: number[] } | null = null;
  for (let r = h + 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    if (row.every((v) => blank(v))) continue;
    if (numbered(row[n - 1])) {
      current = { task: r, updates: [] };
      folded.push(current);
      continue;
    }
    const mark = row[n - 1];
    // The update's day stands where no deadline or day done is kept ("Ngày cập nhật", or the work's own column): a
    // row with a day under "Thời hạn" is a sub-task's, due that day.
    const dayAt = row.findIndex((v) => isDay(v ?? undefined)) + 1;
    const words = row.find(
      (v): v is string => typeof v === "string" && !isDay(v) && !UPDATE_MARK.test(v) && /\p{L}{2,}\s+\p{L}{2,}/u.test(v),
    );
    const dayField = dayAt > 0 && typeof header[dayAt - 1] === "string" ? taskFieldOfLabel(String(header[dayAt - 1]), 2) : null;
    // ("- | Tuyên truyền … | CC VH-XH | 01/10/2021 | 31/12/2021" under "1 | Tiêu chí 1.1: …": a day under "Hạn" further
    // along makes the row a task of its own, the numbered row its section; someone under "Phụ trách" alone is a
    // hand-over logged.)
    const ownTask = () =>
      row.some((v, i) => {
        if (blank(v) || i + 1 === dayAt || typeof header[i] !== "string" || !isDay(v ?? undefined)) return false;
        const field = taskFieldOfLabel(String(header[i]), 2);
        return field === "due" || field === "doneDate";
      });
    // ("- 06/12: xong, đã phát đủ 12 buổi" in the work's column: an update led by its own day, no day cell.)
    // (Where the sheet has a status column, such lines with their state beside them are read by the table's own reader.)
    const dayLed = statusCol === 0 && row.some((v) => typeof v === "string" && DAY_LED.test(v));
    const update =
      (dayAt > 0 || dayLed) &&
      dayField !== "due" &&
      dayField !== "doneDate" &&
      current !== null &&
      !ownTask() &&
      (blank(mark) || (typeof mark === "string" && UPDATE_MARK.test(mark))) &&
      // (Words of what was done: a period's row of counts, "Tháng 11/2021 | 17 | 31", is no update; nor is the rest of
      // the task's own words wrapped onto the row, "với người dân về …" | "ngày 24/9/2021", which opens in lower case.)
      // ("Xong", "HT" beside the update's day: a state alone says the work went on as much as words do.)
      (words !== undefined
        ? !/^\p{Ll}/u.test(words.trim())
        : row.some((v) => typeof v === "string" && !isDay(v) && parseStatus(v).kind === "ok")) &&
      !row.some((v) => typeof v === "string" && CODE_CELL.test(v));
    if (update && current !== null) current.updates.push(r);
    else current = null;
  }
  const withUpdates = folded.filter((f) => f.updates.length > 0);
  if (withUpdates.length < 2) return null;
  const width = Math.max(...grid.rows.map((row) => row.length));
  const { rows, put } = rowsToEdit(grid);
  const formats: Record<string, string> = { ...grid.formats };
  const logCol = resultCol > 0 ? resultCol : width + 1;
  if (resultCol === 0) put(h, logCol, "Kết quả thực hiện");
  for (const { task, updates } of withUpdates) {
    const entries = updates.map((u) => {
      const row = grid.rows[u - 1] ?? [];
      const dayAt = row.findIndex((v) => isDay(v ?? undefined)) + 1;
      const rest = row
        .map((_, i) => i + 1)
        .filter((c) => c !== n && c !== dayAt && c !== progressCol && !blank(row[c - 1]))
        .map((c) => said(grid, u, c))
        .filter((t) => t !== "");
      // (Each share kept in its entry, named as the task's progress: a bare "20%" would read as its criterion's figure.)
      if (progressCol > 0 && !blank(row[progressCol - 1])) rest.push(`tiến độ ${said(grid, u, progressCol)}`);
      // ("Ban hành Quyết định … | Hoàn thành": how the work stands first, as a dated update says it, then what was done.)
      const states = rest.filter((t) => parseStatus(t).kind === "ok");
      rest.splice(0, rest.length, ...states, ...rest.filter((t) => !states.includes(t)));
      const led = rest.findIndex((t) => DAY_LED.test(t));
      if (dayAt === 0 && led >= 0) {
        const [line] = rest.splice(led, 1);
        const entry = line.replace(/^\s*[-+•*–]\s*/u, "");
        // ("22/11: lắp biển hướng dẫn xong", "08/10: đã niêm yết … – xong": done, said last; said first, as the log reads it.)
        const done = /^(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?)\s*[:–-]\s*(.*?)[\s,;–-]+(?:đã\s+)?(?:xong|hoàn thành)\s*\.?$/iu.exec(
          entry,
        );
        return [done ? `${done[1]}: xong - ${done[2]}` : entry, ...rest].join(" - ");
      }
      return `${said(grid, u, dayAt).replace(/^ngày\s+/iu, "")}: ${rest.join(" - ")}`;
    });
    const own = said(grid, task, logCol);
    put(task, logCol, [own, ...entries].filter((t) => t !== "").join("; "));
    // The last share and state written, where the task's row leaves its own cell empty, or is itself the first update
    // ("05/10/2021 | Đang làm | 30" on the task's row, "10/12/2021 | Đang làm | 75" under it: 75).
    const dayCol = (r: number) => (grid.rows[r - 1] ?? []).findIndex((v) => isDay(v ?? undefined)) + 1;
    const updateDay = dayCol(updates[0]);
    const firstUpdate = updateDay > 0 && isDay(grid.rows[task - 1]?.[updateDay - 1] ?? undefined);
    for (const col of [progressCol, statusCol].filter((c) => c > 0))
      if (blank(grid.rows[task - 1]?.[col - 1]) || firstUpdate) {
        const last = [...updates].reverse().find((u) => !blank(grid.rows[u - 1]?.[col - 1]));
        if (last !== undefined) {
          put(task, col, grid.rows[last - 1]?.[col - 1] ?? null);
          const f = grid.formats[`${last}:${col}`];
          if (f !== undefined) formats[`${task}:${col}`] = f;
        }
      }
    for (const u of updates) rows[u - 1] = [];
  }
  return { grid: { ...grid, rows, formats }, folded: withUpdates };
}
