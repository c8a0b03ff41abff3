import { Grid, GridCell } from "./grid";

/**
 * A column whose heading explains its codes: "Tình trạng (1-Đã xong; 2-Đang làm; 3-Chưa làm)",
 * "Mức độ (A: Tốt, B: Khá)". Below that heading, a cell holding only one of the codes is read as its
 * words; every other cell, and every other column, stays as it is.
 */
const HEADER_ROWS = 30;
// "1-Đã xong", "2 = Đang làm", "A: Tốt": a code of one or two characters, then its words.
const PAIR = /(?:^|[(;,]\s*)([0-9]{1,2}|[A-Za-z])\s*[-–:=.]\s*([^;,()\d]{2,40}?)\s*(?=[;,)]|$)/gu;

function codesIn(heading: string): Map<string, string> | null {
  const open = heading.indexOf("(");
  // Asked of the first rows' texts: most have no "(1-…" in them at all.
  if (open < 0 || !/[(;,]\s*[0-9A-Za-z]{1,2}\s*[-–:=.]/.test(heading.slice(open))) return null;
  const inside = heading.slice(open + 1).replace(/\)\s*$/, "");
  const codes = new Map<string, string>();
  for (const m of inside.matchAll(PAIR)) codes.set(m[1].toUpperCase(), m[2].trim());
  return codes.size >= 2 ? codes : null;
}

function codeOf(v: GridCell): string | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v < 100 ? String(v) : null;
  if (typeof v === "string" && /^\s*[0-9A-Za-z]{1,2}\s*$/.test(v)) return v.trim().toUpperCase();
  return null;
}

export function withHeadingCodes(grid: Grid): { grid: Grid; read: Map<string, string> } | null {
  const columns: Array<{ row: number; col: number; codes: Map<string, string> }> = [];
  for (let r = 1; r <= Math.min(grid.rows.length, HEADER_ROWS); r++)
    (grid.rows[r - 1] ?? []).forEach((v, i) => {
      const codes = typeof v === "string" && v.length <= 160 ? codesIn(v) : null;
      if (codes) columns.push({ row: r, col: i + 1, codes });
    });
  if (columns.length === 0) return null;
  const read = new Map<string, string>();
  const rows = grid.rows.map((row, i) => {
    let out: GridCell[] | null = null;
    for (const { row: top, col, codes } of columns) {
      if (i + 1 <= top) continue;
      const code = codeOf(row[col - 1] ?? null);
      const words = code === null ? undefined : codes.get(code);
      if (words === undefined || code === null) continue;
      out ??= [...row];
      out[col - 1] = words;
      read.set(code, words);
    }
    return out ?? row;
  });
  return read.size > 0 ? { grid: { ...grid, rows }, read } : null;
}
