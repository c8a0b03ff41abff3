import { IsoDate, formatViDate } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { Grid, cellText, isGridDate, rowsToEdit } from "./grid";

/**
 * Progress written on the days it was checked, the days themselves the headings ("Tiến độ (%) tại
 * ngày kiểm tra" over 15/10/2021 | 01/11/2021 | …): Excel keeps those headings as dates, so they
 * look like a row of data. Each is written "Đến 15/10/2021", a day the table reads progress at, and
 * the latest filled one is the task's progress.
 */
const SCAN_ROWS = 30;
const PROGRESS_BAND = /\b(?:tien do|% hoan thanh|ty le hoan thanh|khoi luong)\b/;

export function withCheckDates(grid: Grid): { grid: Grid; row: number } | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let r = 1; r < last; r++) {
    const band = grid.merges.find(
      (m) =>
        m.top === r && m.bottom === r && m.right > m.left && PROGRESS_BAND.test(looseKey(cellText(grid.rows[r - 1]?.[m.left - 1] ?? null))),
    );
    if (!band) continue;
    const below = grid.rows[r] ?? [];
    const cols: number[] = [];
    for (let c = band.left; c <= band.right; c++) if (isGridDate(below[c - 1] ?? null)) cols.push(c);
    // Every column under the band a date, and nothing else on that row but what heads other columns.
    if (cols.length < 2 || cols.length !== band.right - band.left + 1) continue;
    const { rows, put } = rowsToEdit(grid);
    for (const c of cols) {
      const v = below[c - 1];
      if (isGridDate(v ?? null)) put(r + 1, c, `Đến ${formatViDate((v as { date: IsoDate }).date)}`);
    }
    return { grid: { ...grid, rows }, row: r + 1 };
  }
  return null;
}
