import { IsoDate, endOfMonth, ymd } from "../dates/isoDate";
import { Grid, GridCell, isGridDate } from "./grid";

/**
 * A deadline given as a month: "11/2021" typed into a cell (Excel keeps the 1st of the month and
 * shows it by a format without the day, "mm/yyyy"), or left as the text "11/2021". Either means
 * within November, due on its last day, never on the 1st.
 */
export function isMonthOnlyFormat(format: string | undefined): boolean {
  if (!format) return false;
  // Quoted text and [colour]/[$-locale] parts are no date tokens.
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").toLowerCase();
  // ('"Tháng "m' shows the month without its year, the date's own year all the same.)
  return /m/.test(f) && !/[dhs]/.test(f) && !/[0#?]/.test(f);
}

/** A month deadline: the month's last day, and the phrase it is kept as ("Tháng 11/2021"). */
export function monthDeadline(y: number, m: number): { due: IsoDate; phrase: string } {
  return { due: endOfMonth(y, m), phrase: `Tháng ${m}/${y}` };
}

/** A date kept for a month (the 1st under a day-less format) as the month's deadline. */
export function monthOfDate(date: IsoDate): { due: IsoDate; phrase: string } {
  const { y, m } = ymd(date);
  return monthDeadline(y, m);
}

/** "11/2021", "11-2021", "11.2021": a month and year and nothing else, or null. */
export function monthYearText(text: string): { due: IsoDate; phrase: string } | null {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const year = Number(m[2]);
  return month >= 1 && month <= 12 && year >= 1990 && year <= 2100 ? monthDeadline(year, month) : null;
}

/**
 * A date cell shown as its month alone ("mmm-yy", "mm/yyyy") on the month's first day: what Excel makes of
 * "6/2021" typed in a cell. The official wrote and sees a month, so the grid holds it as one ("Tháng 6/2021"),
 * for every reader (a survey's months down, a dossier table's periods), never as the 1st nobody wrote.
 */
export function monthsAsShown(grid: Grid): Grid {
  let rows: GridCell[][] | null = null;
  // A sheet has thousands of formatted cells and a handful of formats: each format asked once.
  const monthOnly = new Map<string, boolean>();
  for (const [key, code] of Object.entries(grid.formats)) {
    let shown = monthOnly.get(code);
    if (shown === undefined) monthOnly.set(code, (shown = isMonthOnlyFormat(code)));
    if (!shown) continue;
    const [r, c] = key.split(":").map(Number);
    const v = grid.rows[r - 1]?.[c - 1];
    if (v === undefined || !isGridDate(v) || ymd(v.date).d !== 1) continue;
    rows ??= [...grid.rows];
    const row = [...(rows[r - 1] ?? [])];
    row[c - 1] = monthOfDate(v.date).phrase;
    rows[r - 1] = row;
  }
  return rows === null ? grid : { ...grid, rows };
}
