import { Grid, GridCell, isGridDate } from "./grid";

/**
 * Months over the columns that Excel turned into dates: "9/2021" typed in a header becomes 1
 * September 2021, shown "Sep-21". In a header row (some words, and two or more such dates) a date
 * shown without its day, or every date the first of consecutive months, is read as the month it
 * names ("Tháng 9/2021"), so that the figures under it are dated to that month.
 */
const HEADER_ROWS = 30;

function monthOnly(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]/g, "").toLowerCase();
  return /m/.test(bare) && /y/.test(bare) && !/d/.test(bare);
}

export function withMonthHeadings(grid: Grid): { grid: Grid; cells: number } | null {
  let out: GridCell[][] | null = null;
  let cells = 0;
  for (let r = 1; r <= Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    let dates = 0;
    for (const v of row) if (typeof v === "object" && v !== null && isGridDate(v)) dates++;
    if (dates < 2) continue;
    const dated = row.flatMap((v, i) => (isGridDate(v) ? [{ col: i + 1, date: v.date }] : []));
    if (dated.length < 2 || !row.some((v) => typeof v === "string" && v.trim() !== "")) continue;
    const shownAsMonths = dated.every((d) => monthOnly(grid.formats[`${r}:${d.col}`]));
    const months = dated.map((d) => Number(d.date.slice(0, 4)) * 12 + Number(d.date.slice(5, 7)));
    const firstsInStep = dated.length >= 3 && dated.every((d, i) => d.date.endsWith("-01") && (i === 0 || months[i] === months[i - 1] + 1));
    if (!shownAsMonths && !firstsInStep) continue;
    // A task's row of dates (given, due, done) has dates under it too; a header of months has figures.
    const below = grid.rows
      .slice(r, r + 5)
      .map((x) => x[dated[0].col - 1] ?? null)
      .find((v) => v !== null && v !== "");
    if (below !== undefined && isGridDate(below)) continue;
    // Dates under headings of their own ("Ngày giao | Hạn | Ngày xong") are a row of data.
    if (r > 1 && dated.every((d) => typeof grid.rows[r - 2]?.[d.col - 1] === "string")) continue;
    out ??= grid.rows.map((x) => [...x]);
    for (const d of dated) out[r - 1][d.col - 1] = `Tháng ${Number(d.date.slice(5, 7))}/${d.date.slice(0, 4)}`;
    cells += dated.length;
  }
  return out ? { grid: { ...grid, rows: out }, cells } : null;
}
