import { Grid, GridCell, cellText, columnName } from "./grid";

/**
 * Ditto marks: "nt", "-nt-", "như trên", "〃", '"' in a cell say "the same as the cell above" (the
 * habit of paper registers). Each is read as the nearest value above it in its column; a mark with
 * nothing above it stays as written.
 */
const DITTO = /^(?:-*\s*n\.?\s*t\.?\s*-*|như trên|nhu tren|〃|"|''|”|“)$/iu;

export function isDitto(v: GridCell): boolean {
  return typeof v === "string" && v.length <= 10 && DITTO.test(v.trim());
}

export function withDitto(grid: Grid): { grid: Grid; cells: number; columns: string[] } | null {
  let marks = 0;
  for (const row of grid.rows) for (const v of row) if (isDitto(v ?? null) && ++marks >= 2) break;
  if (marks < 2) return null;
  const last = new Map<number, GridCell>();
  const columns = new Set<string>();
  let cells = 0;
  const rows = grid.rows.map((row) => {
    // A row of one cell (a title, a section) is nobody's "above".
    const filled = Array.from(row).filter((v) => v !== null && v !== undefined && cellText(v).trim() !== "").length;
    const out = Array.from(row, (v) => v ?? null);
    out.forEach((v, i) => {
      if (isDitto(v)) {
        const above = last.get(i);
        if (above !== undefined) {
          out[i] = above;
          cells++;
          columns.add(columnName(i + 1));
        }
      } else if (v !== null && filled > 1) last.set(i, v);
    });
    return out;
  });
  return cells === 0 ? null : { grid: { ...grid, rows }, cells, columns: [...columns] };
}
