import { CellRange, Grid, GridCell, cellText } from "./grid";

/**
 * The criterion marked by a cross under a column per code: "Thuộc tiêu chí (đánh dấu x)" over
 * "1.1 | 1.2 | … | 2.5", each task's row with an "x" under its code. Read as one Tiêu chí column,
 * in the first code's place, holding the code marked (or the codes, when several are); the other
 * code columns are left empty.
 */
const CODE = /^(?:tc\s*)?([12]\.\d{1,2})$/i;
const MARK = /^(?:x|v|✓|✔|☑|●|1)$/i;
const HEADER_ROWS = 30;

function codeRun(row: readonly GridCell[]): { first: number; codes: string[] } | null {
  let best: { first: number; codes: string[] } | null = null;
  for (let c = 1; c <= row.length; c++) {
    const codes: string[] = [];
    let k = c;
    for (; k <= row.length; k++) {
      const m = CODE.exec(cellText(row[k - 1] ?? null).trim());
      if (!m) break;
      codes.push(m[1]);
    }
    if (codes.length >= 4 && (!best || codes.length > best.codes.length)) best = { first: c, codes };
    c = Math.max(c, k - 1);
  }
  return best;
}

export function withCodeMatrix(grid: Grid): { grid: Grid; rows: number } | null {
  for (let r = 1; r <= Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const run = codeRun(grid.rows[r - 1] ?? []);
    if (!run) continue;
    const cols = run.codes.map((_, i) => run.first + i);
    const last = cols[cols.length - 1];
    // Below, the cells under the codes are marks or empty.
    let marked = 0;
    let other = 0;
    for (let i = r; i < grid.rows.length; i++) {
      const texts = cols.map((c) => cellText(grid.rows[i][c - 1] ?? null).trim()).filter((t) => t !== "");
      const here = texts.filter((t) => MARK.test(t)).length;
      marked += here;
      if (here > 0) other += texts.length - here;
    }
    // Another word beside a mark would be lost in one Tiêu chí column: then the columns stay as they are.
    if (marked < 2 || other > 0) return null;
    const rows = grid.rows.map((x) => [...x]);
    // The heading over the codes (the row above, or this one) becomes the column's.
    const above = r > 1 ? rows[r - 2] : null;
    const heading = above && cellText(above[run.first - 1] ?? null).trim() !== "" ? cellText(above[run.first - 1] ?? null) : "Tiêu chí";
    if (above) for (const c of cols) above[c - 1] = null;
    for (const c of cols) rows[r - 1][c - 1] = null;
    rows[r - 1][run.first - 1] = /tiêu chí|mã/iu.test(heading) ? heading.replace(/\s*\(.*\)\s*$/u, "") : "Tiêu chí";
    let read = 0;
    for (let i = r; i < rows.length; i++) {
      const row = rows[i];
      const codes = cols.filter((c) => MARK.test(cellText(row[c - 1] ?? null).trim())).map((c) => run.codes[c - run.first]);
      // A row without a mark (a note, a signature) keeps its cells.
      if (codes.length === 0) continue;
      for (const c of cols) if (c <= row.length) row[c - 1] = null;
      while (row.length < run.first) row.push(null);
      row[run.first - 1] = codes.join(", ");
      read++;
    }
    // The heading merged over the codes no longer stands; headings merged down beside them do.
    const merges: CellRange[] = grid.merges.filter((m) => !(m.left >= run.first && m.right <= last && m.left !== m.right));
    return { grid: { ...grid, rows, merges }, rows: read };
  }
  return null;
}
