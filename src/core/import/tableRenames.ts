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
    let texts: Set<string> | null = null;
    cells.forEach((c, j) => {
      // Asked of every cell of every sheet: only a text ending in a digit from 2 to 9 can be a renamed heading.
      if (typeof c !== "string" || !endsRenamed(c)) return;
      const m = RENAMED.exec(c.trim());
      if (!m) return;
      texts ??= new Set(cells.filter((t): t is string => typeof t === "string").map((t) => t.trim()));
      if (texts.size < 2 || !texts.has(m[1].trim())) return;
      rows ??= grid.rows.map((r) => [...r]);
      rows[i][j] = m[1].trim();
    });
  });
  return rows ? { ...grid, rows } : grid;
}

function endsRenamed(c: string): boolean {
  const t = c.trimEnd();
  const d = t.charCodeAt(t.length - 1);
  return d >= 0x32 && d <= 0x39;
}
