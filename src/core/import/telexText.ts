import { fromTelex } from "../text/telex";
import { Grid, GridCell } from "./grid";

// A letter with a Vietnamese mark: the sheet is written in Vietnamese where some cells are.
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * Cells typed in Telex with Unikey off ("DDang thuwcj hieenj") on a sheet otherwise written in
 * Vietnamese: read as the words they were meant to be, and how many; null when there are none.
 */
export function withTelexText(grid: Grid): { grid: Grid; cells: number; examples: string[] } | null {
  if (!grid.rows.some((row) => row.some((v) => typeof v === "string" && VIETNAMESE.test(v)))) return null;
  let cells = 0;
  const examples: string[] = [];
  // Rows copied only once a cell changes: most sheets have none, and copying every row of every sheet costs.
  let rows: GridCell[][] | null = null;
  grid.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string") return;
      const read = fromTelex(v);
      if (read === null) return;
      cells++;
      if (examples.length < 2) examples.push(`"${v}" → "${read}"`);
      rows ??= grid.rows.slice();
      if (rows[r] === grid.rows[r]) rows[r] = row.slice();
      rows[r][c] = read;
    }),
  );
  return rows !== null ? { grid: { ...grid, rows }, cells, examples } : null;
}
