import { findDate } from "../dates/deadline";
import { formatViDate } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText, isGridDate, rowsToEdit, wordsOfRows } from "./grid";

/**
 * A log of work given and reported, one row per event, the rows of one piece of work sharing its id
 * ("Mã việc": GV-01 given on 20/9, progress on 25/10, done on 29/10, returned on 3/11 …). Each piece
 * becomes its "Giao việc" row, with what the later rows say put beside it in columns of its own: the
 * state, the day done, an extended deadline and the events in order; the later rows are emptied.
 */
export interface EventLog {
  grid: Grid;
  /** The work's rows, and the event rows folded into each. */
  jobs: Array<{ row: number; events: number[] }>;
  /** Events with no work's id ("Giao ban tháng 12: …"): no piece of work's, named with what they say. */
  stray: Array<{ row: number; text: string }>;
}

const SCAN_ROWS = 30;
const ID_HEADING = /^(?:ma viec|ma cong viec|ma nhiem vu|ma nv|so hieu viec)$/;
const EVENT_HEADING = /^(?:dien bien|loai|noi dung theo doi|hinh thuc|su kien|buoc)$/;
const DATE_HEADING = /^(?:ngay|ngay ghi|ngay thang)$/;
const DUE_HEADING = /^(?:thoi han|han|han hoan thanh)$/;

type Kind = "given" | "done" | "progress" | "extended" | "returned" | "other";

function kindOf(text: string): Kind {
  const k = looseKey(text);
  if (/^giao\b|\bgiao viec\b/.test(k)) return "given";
  if (/\bhoan thanh\b|\bxong\b/.test(k)) return "done";
  if (/\bgia han\b|\bdieu chinh han\b/.test(k)) return "extended";
  if (/\btra lai\b|\byeu cau lam lai\b|\bkhong dat\b/.test(k)) return "returned";
  if (/\btien do\b|\bbao cao\b/.test(k)) return "progress";
  return "other";
}

export function foldEventLog(grid: Grid): EventLog | null {
  // The cheap look first: a work's id column is named in the sheet's first rows.
  if (!/\b(?:ma viec|ma cong viec|ma nhiem vu|ma nv|so hieu viec)\b/.test(wordsOfRows(grid, 0, SCAN_ROWS))) return null;
  for (let h = 1; h <= Math.min(grid.rows.length, SCAN_ROWS); h++) {
    const keys = (grid.rows[h - 1] ?? []).map((v) => looseKey(cellText(v ?? null)));
    const col = (re: RegExp) => keys.findIndex((k) => re.test(k)) + 1;
    const [id, event, day, due] = [col(ID_HEADING), col(EVENT_HEADING), col(DATE_HEADING), col(DUE_HEADING)];
    if (id === 0 || event === 0 || day === 0) continue;
    const content = keys.findIndex((k, i) => i + 1 !== event && /^(?:noi dung|noi dung cong viec|cong viec)$/.test(k)) + 1;
    if (content === 0) continue;
    const byId = new Map<string, number[]>();
    for (let r = h + 1; r <= grid.rows.length; r++) {
      const key = cellText(grid.rows[r - 1]?.[id - 1] ?? null).trim();
      if (key === "") continue;
      const list = byId.get(key) ?? [];
      list.push(r);
      byId.set(key, list);
    }
    const jobs = [...byId.values()]
      .map((rows) => {
        const given = rows.find((r) => kindOf(cellText(grid.rows[r - 1]?.[event - 1] ?? null)) === "given");
        return given === undefined ? null : { row: given, events: rows.filter((r) => r !== given) };
      })
      .filter((j): j is { row: number; events: number[] } => j !== null);
    // A log: several pieces of work, most with events after they were given.
    if (jobs.length < 3 || jobs.filter((j) => j.events.length > 0).length < 2) continue;
    const width = Math.max(...grid.rows.map((r) => r.length));
    const [stateCol, doneCol, extendedCol, resultCol, logCol] = [width + 1, width + 2, width + 3, width + 4, width + 5];
    const { rows, put } = rowsToEdit(grid);
    put(h, stateCol, "Tình trạng");
    put(h, doneCol, "Ngày hoàn thành");
    put(h, extendedCol, "Gia hạn đến");
    put(h, resultCol, "Kết quả thực hiện");
    put(h, logCol, "Diễn biến sau khi giao");
    for (const job of jobs) {
      let state: string | null = null;
      let doneOn: GridCell = null;
      let extended: GridCell = null;
      let result = "";
      const lines: string[] = [];
      for (const r of job.events.sort((a, b) => a - b)) {
        const row = grid.rows[r - 1] ?? [];
        const when = row[day - 1];
        const kind = kindOf(cellText(row[event - 1] ?? null));
        const said = cellText(row[content - 1] ?? null).trim();
        // The event's other cells ("QĐ 118 chưa đạt" in Ghi chú; not its number) go with it in the log, never dropped.
        const others = row
          .map((v, x) => ([id, event, day, content, due].includes(x + 1) || typeof v === "number" ? "" : cellText(v ?? null).trim()))
          .filter((t) => t !== "");
        const on = isGridDate(when ?? null)
          ? formatViDate((when as { date: Parameters<typeof formatViDate>[0] }).date)
          : cellText(when ?? null);
        const told = [said, ...others].filter((t) => t !== "").join("; ");
        lines.push(`${on} ${cellText(row[event - 1] ?? null).trim()}${told !== "" ? `: ${told}` : ""}`);
        if (kind === "done") {
          state = "Hoàn thành";
          // "… bàn giao ngày 09/11/2021" reported on 10/11: the day it says, where it is not later than the report.
          const inText = findDate(said);
          doneOn = inText && isGridDate(when ?? null) && inText <= (when as { date: string }).date ? { date: inText } : (when ?? null);
          result = said;
        } else if (kind === "returned") {
          state = "Đang thực hiện";
          doneOn = null;
          result = said;
        } else if (kind === "progress" && state !== "Hoàn thành") {
          state = "Đang thực hiện";
          result = said;
        } else if (kind === "extended" && due > 0 && row[due - 1] !== null && row[due - 1] !== undefined) extended = row[due - 1];
        rows[r - 1] = [];
      }
      if (state !== null) put(job.row, stateCol, state);
      if (doneOn !== null) put(job.row, doneCol, doneOn);
      if (extended !== null) put(job.row, extendedCol, extended);
      // The state's own words (the last report) are its result; the events in order go to Ghi chú.
      if (result !== "") put(job.row, resultCol, result);
      if (lines.length > 0) put(job.row, logCol, lines.join("; "));
    }
    // Events no piece of work's id ties to: named, never read as work.
    const stray: EventLog["stray"] = [];
    for (let r = h + 1; r <= grid.rows.length; r++) {
      const row = grid.rows[r - 1] ?? [];
      const text = cellText(row[content - 1] ?? null).trim();
      if (cellText(row[id - 1] ?? null).trim() !== "" || cellText(row[event - 1] ?? null).trim() === "" || text === "") continue;
      stray.push({ row: r, text });
      rows[r - 1] = [];
    }
    return { grid: { ...grid, rows }, jobs, stray };
  }
  return null;
}
