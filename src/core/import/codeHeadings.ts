import { Grid, GridCell, cellText } from "./grid";

/**
 * A header row of bare criterion codes ("1.1 | 1.2 | 1.5 | 2.1", often typed as numbers, which Excel
 * keeps as 1,1 …) under a heading such as "Tỷ lệ đạt theo chỉ số (%)", with periods down the rows:
 * the codes are headings, not a row of figures. They are written "Chỉ số 1.1" so that the header is
 * read as one and each column's criterion is its heading's.
 */
const HEADER_ROWS = 20;
const CODE = /^[12]\.\d{1,2}$/;

function codeOf(v: GridCell): string | null {
  if (typeof v === "number") return CODE.test(String(v)) ? String(v) : null;
  return typeof v === "string" && CODE.test(v.trim()) ? v.trim() : null;
}

export function withCodeHeadings(grid: Grid): { grid: Grid; row: number } | null {
  for (let r = 2; r <= Math.min(grid.rows.length - 1, HEADER_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    const filled = row.flatMap((v, i) => (v === null || cellText(v).trim() === "" ? [] : [{ col: i + 1, v }]));
    const codes = filled.map((f) => codeOf(f.v));
    if (filled.length < 2 || codes.some((c) => c === null) || new Set(codes).size !== codes.length) continue;
    // A heading over them, and the rows under them named in words (periods), not more codes.
    const above = grid.rows[r - 2] ?? [];
    const below = grid.rows[r] ?? [];
    if (!above.some((v) => typeof v === "string" && v.trim() !== "")) continue;
    const first = below.findIndex((v) => v !== null && cellText(v).trim() !== "");
    if (first < 0 || typeof below[first] !== "string" || first + 1 >= filled[0].col) continue;
    const rows = grid.rows.map((x) => x);
    rows[r - 1] = row.map((v) => {
      const code = codeOf(v);
      return code === null ? v : `Chỉ số ${code}`;
    });
    return { grid: { ...grid, rows }, row: r };
  }
  return null;
}
