import { Grid, GridCell, cellText } from "./grid";

/**
 * A table headed only by its columns' numbers ("(1) | (2) | … | (8)"), their names given in a line
 * of the sheet ("Ghi chú cách ghi: cột (1) số thứ tự; cột (2) nội dung công việc; cột (3) mã tiêu
 * chí …"). The numbers are replaced by the names the line gives them, so the header reads as usual.
 */
const HEADER_ROWS = 30;
const ENTRY = /cột\s*\(?(\d{1,2})\)?\s*[:\-–]?\s*([^;,()]+?)\s*(?=;|,\s*cột|\.\s|\.$|$)/giu;

function numberOf(v: GridCell): number | null {
  const t = cellText(v).trim();
  const m = /^\(?(\d{1,2})\)?$/.exec(t);
  return m ? Number(m[1]) : null;
}

function namesIn(grid: Grid): Map<number, string> {
  const names = new Map<number, string>();
  for (const row of grid.rows.slice(0, HEADER_ROWS))
    for (const v of row) {
      if (typeof v !== "string" || !/cột\s*\(?\d/iu.test(v)) continue;
      for (const m of v.matchAll(ENTRY)) if (!names.has(Number(m[1]))) names.set(Number(m[1]), m[2].trim());
    }
  return names;
}

export function withNumberedHeader(grid: Grid): { grid: Grid; names: string[] } | null {
  for (let r = 1; r <= Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    const filled = row.map((v, i) => ({ n: numberOf(v), i, blank: cellText(v).trim() === "" })).filter((x) => !x.blank);
    // The row holds the columns' numbers in order, 1 to n, and nothing else.
    if (filled.length < 3 || !filled.every((x, k) => x.n === k + 1)) continue;
    // Under a header of words it is that header's numbering row: left as it is.
    if (r > 1 && (grid.rows[r - 2] ?? []).filter((v) => typeof v === "string" && v.trim() !== "").length >= 2) return null;
    const names = namesIn(grid);
    if (names.size < 3 || !filled.some((x) => names.has(x.n as number))) return null;
    const rows = grid.rows.map((x) => [...x]);
    const said: string[] = [];
    for (const x of filled) {
      const name = names.get(x.n as number);
      if (name === undefined) continue;
      rows[r - 1][x.i] = name;
      said.push(`(${x.n}) = ${name}`);
    }
    return { grid: { ...grid, rows }, names: said };
  }
  return null;
}
