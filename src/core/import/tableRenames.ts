import { Grid, GridCell } from "./grid";

// "Quá hạn2": an Excel table's second "Quá hạn" column, renamed because a table's headings must differ.
const RENAMED = /^(.*\p{L})([2-9])$/u;

/**
 * A row's headings as the official typed them: where Excel renamed a table's repeated heading
 * ("Quá hạn" under "Đã giải quyết", "Quá hạn2" under "Đang giải quyết"), the number is taken off
 * when the same row has the heading without it. The band above tells the two apart, as it did
 * before the table was made.
 */
export function tableRenamesUndone(grid: Grid): Grid {
  let rows: GridCell[][] | null = null;
  grid.rows.forEach((cells, i) => {
    const texts = new Set(cells.filter((c): c is string => typeof c === "string").map((c) => c.trim()));
    if (texts.size < 2) return;
    cells.forEach((c, j) => {
      const m = typeof c === "string" ? RENAMED.exec(c.trim()) : null;
      if (!m || !texts.has(m[1].trim())) return;
      rows ??= grid.rows.map((r) => [...r]);
      rows[i][j] = m[1].trim();
    });
  });
  return rows ? { ...grid, rows } : grid;
}
