import { looseKey } from "../text/normalize";
import { CellRange, Grid, GridCell } from "./grid";

/**
 * A date kept over three columns under one heading ("Thời hạn hoàn thành" over "Ngày | Tháng | Năm",
 * as hand-drawn forms do), or two ("Ngày | Tháng", the year from the title). Read as one column of
 * dates written "30/9/2021" (or "30/9"), in the Ngày column under the parent heading; the Tháng and
 * Năm columns are left empty. Only whole numbers in range make a date; anything else is joined as
 * written, so that it is named as a date that cannot be read, never guessed.
 */
const PART_KEYS = ["ngay", "thang", "nam"] as const;

interface Group {
  row: number;
  col: number;
  parts: 2 | 3;
}

const HEADER_ROWS = 30;

function groupsOf(grid: Grid): Group[] {
  const out: Group[] = [];
  for (let r = 2; r <= Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    for (let c = 1; c + 1 <= row.length; c++) {
      const key = (i: number) => (typeof row[i - 1] === "string" ? looseKey(row[i - 1] as string) : "");
      if (key(c) !== PART_KEYS[0] || key(c + 1) !== PART_KEYS[1]) continue;
      const parts = key(c + 2) === PART_KEYS[2] ? 3 : 2;
      // The heading they share sits on the row above, over the first of them.
      const above = grid.rows[r - 2]?.[c - 1];
      if (typeof above !== "string" || above.trim() === "") continue;
      out.push({ row: r, col: c, parts });
      c += parts - 1;
    }
  }
  return out;
}

function whole(v: GridCell, lo: number, hi: number): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= lo && n <= hi ? n : null;
}

function joined(d: GridCell, m: GridCell, y: GridCell): GridCell {
  const blank = (v: GridCell) => v === null || (typeof v === "string" && v.trim() === "");
  if (blank(d) && blank(m) && blank(y)) return null;
  const day = whole(d, 1, 31);
  const month = whole(m, 1, 12);
  const year = whole(y, 1900, 2100);
  if (day !== null && month !== null && (year !== null || blank(y))) return year !== null ? `${day}/${month}/${year}` : `${day}/${month}`;
  return [d, m, y]
    .filter((v) => !blank(v))
    .map(String)
    .join("/");
}

export function withDateParts(grid: Grid): { grid: Grid; groups: number } | null {
  const groups = groupsOf(grid);
  if (groups.length === 0) return null;
  const rows = grid.rows.map((r) => [...r]);
  let merges: CellRange[] = grid.merges;
  for (const g of groups) {
    const last = g.col + g.parts - 1;
    const sub = rows[g.row - 1];
    for (let c = g.col; c <= last; c++) sub[c - 1] = null;
    // The parent heading merged over the parts now heads the one column.
    merges = merges.filter((m) => !(m.top === g.row - 1 && m.left === g.col && m.right <= last));
    for (let r = g.row + 1; r <= rows.length; r++) {
      const row = rows[r - 1];
      if (row.length < g.col) continue;
      row[g.col - 1] = joined(row[g.col - 1] ?? null, row[g.col] ?? null, g.parts === 3 ? (row[g.col + 1] ?? null) : null);
      for (let c = g.col + 1; c <= last; c++) if (c <= row.length) row[c - 1] = null;
    }
  }
  return { grid: { ...grid, rows, merges }, groups: groups.length };
}
