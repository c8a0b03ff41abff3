import { looseKey } from "../text/normalize";
import { BlockView } from "./periodBlocks";
import { CellRange, Grid, cellText, columnsView } from "./grid";
import { parsePeriod } from "./periods";

const SCAN_ROWS = 20;
const RATE = /^ty le\b/;

/**
 * A table of periods down the rows holding two rates or more across ("Tổng số hồ sơ tiếp nhận |
 * Trong đó trực tuyến | Tỷ lệ trực tuyến | Số hồ sơ đã giải quyết | Đúng, trước hạn | Tỷ lệ đúng
 * hạn"): each rate with the counts before it is a table of its own beside the periods, so no rate
 * takes another's counts. Column letters and rows stay; the periods are the first view's to tell.
 */
export function rateGroups(grid: Grid): BlockView[] | null {
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const keys = (grid.rows[r - 1] ?? []).map((v) => (typeof v === "string" ? looseKey(v) : ""));
    const rates = keys.flatMap((k, i) => (RATE.test(k) ? [i + 1] : []));
    if (rates.length < 2) continue;
    const labelCol = keys.findIndex((k) => k !== "") + 1;
    if (labelCol < 1 || labelCol >= rates[0]) continue;
    // Periods down the label column: two at least.
    let periods = 0;
    for (let rr = r + 1; rr <= Math.min(grid.rows.length, r + 24); rr++) {
      const v = grid.rows[rr - 1]?.[labelCol - 1];
      if (typeof v === "string" && parsePeriod(v)) periods++;
    }
    if (periods < 2) continue;
    // Each rate with the counts since the one before; what follows the last goes with it.
    const groups = rates.map((rc, i) => ({
      from: i === 0 ? labelCol + 1 : rates[i - 1] + 1,
      to: i === rates.length - 1 ? keys.length : rc,
    }));
    // A rate right after another with no counts of its own ("Tỷ lệ đúng hạn | Tỷ lệ trực tuyến" at the end) is read alone.
    if (groups.some((g, i) => g.to - g.from < 1 && i < groups.length - 1)) continue;
    return groups.map((g, i) => ({
      grid: view(grid, labelCol, g.from, g.to),
      empty: false,
      cells: [],
      source: (row: number, c: number): [number, number] | null => (c > labelCol ? [row, c] : i === 0 ? [row, c] : null),
    }));
  }
  return null;
}

function view(grid: Grid, labelsTo: number, from: number, to: number): Grid {
  const keep = (c: number) => c <= labelsTo || (c >= from && c <= to);
  const rows = grid.rows.map((row) => row.map((v, k) => (keep(k + 1) ? v : null)));
  const merges: CellRange[] = grid.merges.filter((m) => keep(m.left) && keep(m.right));
  // The title lines stay whole, so the table's period and codes are read the same in each view.
  for (const [i, row] of grid.rows.entries())
    if (row.filter((v) => v !== null && cellText(v).trim() !== "").length === 1 && rows[i].every((v) => v === null)) rows[i] = row;
  return columnsView(grid, keep, rows, merges);
}
