import { IsoDate } from "../dates/isoDate";
import { headingKey, keyScore } from "./columns";
import { Grid, GridCell, cellText, rowsToEdit } from "./grid";
import { parsePeriod, periodEnd } from "./periods";

/**
 * A plan drawn as a bar chart: a column per month ("T7 | T8 | … | T12" under "Thời gian thực
 * hiện"), an "x" in each month the work runs. With no deadline column of its own, each task is due
 * at the end of the last month marked; the months marked go to Ghi chú either way.
 */
export interface GanttMonths {
  grid: Grid;
  /** The months, as the sheet names them. */
  months: string[];
  /** Whether the deadlines were taken from the bars (the sheet has no deadline column). */
  dueFromBars: boolean;
}

const SCAN_ROWS = 30;
const MIN_MONTHS = 3;
// What officials mark a month with: a cross, a tick, a block, a dot.
const MARK = /^(?:x|xx|v|✓|✔|●|■|▪|█|\*|\+|o|1)$/iu;

interface Month {
  col: number;
  label: string;
  end: IsoDate;
}

const text = (v: GridCell | undefined): string => cellText(v ?? null).trim();

/**
 * The longest run of months named across a row. With `numbered` (the row above says "tháng"), the
 * numbers 1 … 12 in order are months too ("Thời gian thực hiện (tháng)" over "1 | 2 | … | 12").
 */
function monthsIn(row: readonly GridCell[], year: number | null, numbered = false): Month[] {
  let best: Month[] = [];
  let run: Month[] = [];
  for (let c = 1; c <= row.length + 1; c++) {
    const v = row[c - 1];
    const n = numbered && typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 12 ? v : null;
    const label =
      n !== null && (run.length === 0 || Number(run[run.length - 1].label) === n - 1)
        ? `Tháng ${n}`
        : typeof v === "string" && v.length <= 14
          ? v.trim()
          : "";
    const p = label === "" ? null : parsePeriod(label);
    const y = p?.year ?? year;
    if (p && p.kind === "month" && y !== null) {
      run.push({ col: c, label: n !== null ? String(n) : label, end: periodEnd(p, y) });
      continue;
    }
    if (run.length > best.length) best = run;
    run = [];
  }
  return best;
}

export function withGanttMonths(grid: Grid, year: number | null): GanttMonths | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let h = 1; h <= last; h++) {
    const above = h > 1 ? (grid.rows[h - 2] ?? []).some((v) => typeof v === "string" && /\bthang\b/.test(headingKey(v))) : false;
    const months = monthsIn(grid.rows[h - 1] ?? [], year, above);
    if (months.length < MIN_MONTHS) continue;
    const cols = new Set(months.map((m) => m.col));
    const [left, right] = [months[0].col, months[months.length - 1].col];
    // Rows of tasks: text outside the months, and under them only marks, at least one.
    const taskRows: number[] = [];
    let marks = 0;
    let other = 0;
    for (let r = h + 1; r <= grid.rows.length; r++) {
      const row = grid.rows[r - 1] ?? [];
      const inside = months.map((m) => text(row[m.col - 1])).filter((t) => t !== "");
      if (inside.length === 0) continue;
      if (inside.every((t) => MARK.test(t))) {
        taskRows.push(r);
        marks += inside.length;
      } else other += inside.length;
    }
    // Figures by month (readings across) are no bars.
    if (taskRows.length < 2 || other > marks / 4) continue;
    // The sheet's own deadline column, where it has one, is the deadline; the bars are said.
    const top = Math.max(1, h - 2);
    let hasDue = false;
    for (let r = top; r <= h; r++)
      (grid.rows[r - 1] ?? []).forEach((v, i) => {
        if (!cols.has(i + 1) && typeof v === "string" && keyScore(headingKey(v), "due") >= 2) hasDue = true;
      });
    const width = Math.max(...grid.rows.map((r) => r.length));
    const { rows, put } = rowsToEdit(grid);
    const headerTop =
      [h - 1, h].find((r) => r >= 1 && (grid.rows[r - 1] ?? []).some((v, i) => (i + 1 < left || i + 1 > right) && text(v) !== "")) ?? h;
    const [dueCol, noteCol] = hasDue ? [null, width + 1] : [width + 1, width + 2];
    if (dueCol !== null) put(headerTop, dueCol, "Thời hạn");
    put(headerTop, noteCol, "Thời gian thực hiện theo tháng");
    for (const r of taskRows) {
      const row = grid.rows[r - 1] ?? [];
      const marked = months.filter((m) => text(row[m.col - 1]) !== "");
      if (dueCol !== null) put(r, dueCol, { date: marked[marked.length - 1].end });
      put(r, noteCol, marked.map((m) => m.label).join(", "));
    }
    // The months' headings and marks go: read into the new columns.
    const marked = new Set(taskRows);
    for (let r = Math.max(1, h - 1); r <= grid.rows.length; r++) for (const c of cols) if (r <= h || marked.has(r)) put(r, c, null);
    const merges = grid.merges.filter((m) => !(m.left >= left && m.right <= right && m.bottom <= h));
    return {
      grid: { ...grid, rows, merges, readerColumnsFrom: grid.readerColumnsFrom ?? width + 1 },
      months: months.map((m) => m.label),
      dueFromBars: dueCol !== null,
    };
  }
  return null;
}
