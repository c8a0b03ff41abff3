import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText } from "./grid";

/**
 * "(Cột Chủ trì, Tiêu chí: ô để trống là giống dòng trên)": a sheet that says its blank cells repeat
 * the row above is read so, in the columns it names, from its header down. Only where the sheet
 * says it: elsewhere a blank lead is no lead.
 */
const SAYS = /(?:để )?trống\b.{0,30}(?:giống|như|cùng|lấy theo)\s+(?:ô |dòng )?(?:phía )?trên/iu;
const TOP_ROWS = 15;

function namedColumns(line: string): string[] {
  // "Cột Chủ trì, Tiêu chí: …" or "Các cột Chủ trì và Tiêu chí để trống …".
  const m = /cột\s+(.+?)(?::|\s+(?:ô\s+)?(?:để\s+)?trống)/iu.exec(line);
  if (!m) return [];
  return m[1]
    .split(/,|(?<!\p{L})và(?!\p{L})|;/u)
    .map((x) => looseKey(x))
    .filter((x) => x !== "");
}

export function withFillDown(grid: Grid): { grid: Grid; columns: string[]; cells: number } | null {
  for (let r = 1; r <= Math.min(grid.rows.length, TOP_ROWS); r++) {
    const line = (grid.rows[r - 1] ?? []).map(cellText).find((t) => SAYS.test(t));
    if (line === undefined) continue;
    const names = namedColumns(line);
    if (names.length === 0) return null;
    // The header: the first row below the note naming one of the columns.
    for (let h = r + 1; h <= Math.min(grid.rows.length, r + TOP_ROWS); h++) {
      const header = grid.rows[h - 1] ?? [];
      const cols = names.map((n) => header.findIndex((v) => typeof v === "string" && looseKey(v) === n) + 1).filter((c) => c > 0);
      if (cols.length === 0) continue;
      const rows = grid.rows.map((row) => [...row]);
      let cells = 0;
      const last = new Map<number, GridCell>();
      for (let i = h; i < rows.length; i++) {
        const row = rows[i];
        // Rows of the table only: a signature or a footer line is not filled in.
        if (row.filter((v) => v !== null && v !== "").length < 3) continue;
        for (const c of cols) {
          const v = row[c - 1] ?? null;
          if (v === null || v === "") {
            const above = last.get(c);
            if (above !== undefined) {
              while (row.length < c) row.push(null);
              row[c - 1] = above;
              cells++;
            }
          } else last.set(c, v);
        }
      }
      return cells > 0 ? { grid: { ...grid, rows }, columns: cols.map((c) => cellText(header[c - 1] ?? null)), cells } : null;
    }
    return null;
  }
  return null;
}
