import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText } from "./grid";

/**
 * "Tháng | | 7 | 8 | 9 | 10 | 11" heading a table of figures: the months by their numbers alone, under the row's
 * label. Written "Tháng 7", "Tháng 8" …, as the readers of periods across the columns know them. The rows and
 * columns stay where they are; null where no row reads so.
 */
export function withMonthNumbers(grid: Grid): { grid: Grid; rows: number[] } | null {
  const named: number[] = [];
  const rows = grid.rows.map((cells, i) => {
    // (Asked of every row: only one opening with "Tháng" is looked at more.)
    const opening = cells.find((v) => v !== null && v !== "");
    if (typeof opening !== "string" || !/^\s*th/iu.test(opening)) return cells;
    const filled = cells.map((v, c) => ({ v, c })).filter((x) => cellText(x.v).trim() !== "");
    if (filled.length < 4 || typeof filled[0].v !== "string" || !/^thang\s*:?$/.test(looseKey(filled[0].v))) return cells;
    const months = filled.slice(1).map((x) => (typeof x.v === "number" || /^\d{1,2}$/.test(cellText(x.v).trim()) ? Number(x.v) : NaN));
    // Whole months of a year, one after another: 7 | 8 | 9, never a row of counts.
    if (months.length < 3 || months.some((m, k) => !Number.isInteger(m) || m < 1 || m > 12 || (k > 0 && m !== months[k - 1] + 1)))
      return cells;
    named.push(i + 1);
    const out: GridCell[] = [...cells];
    filled.slice(1).forEach((x, k) => {
      out[x.c] = `Tháng ${months[k]}`;
    });
    return out;
  });
  return named.length > 0 ? { grid: { ...grid, rows }, rows: named } : null;
}
