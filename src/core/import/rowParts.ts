import { Grid, GridCell, cellText } from "./grid";

/**
 * A rate kept over rows, its code on the first: "1.1 | Số hồ sơ tiếp nhận trực tuyến | 14 | 16",
 * then "| Tổng số hồ sơ tiếp nhận | 240 | 262", then "| Tỷ lệ (%) | 5,83 | 6,11". Read as one row per
 * rate on its code's row, each period's cell "14/240" as a rate is written in one cell; the rows
 * under it are left empty, and the name says which rows it came from.
 */
const CODE = /^(?:tc\s*)?[12]\.\d{1,2}$/i;
const NUMERATOR = /^số\s/iu;
const DENOMINATOR = /^(?:tổng số|tổng)\s/iu;
const RATE = /^tỷ lệ\s/iu;

function codeColumn(grid: Grid): number | null {
  for (let c = 1; c <= 3; c++) {
    let codes = 0;
    for (const row of grid.rows.slice(0, 200)) if (CODE.test(cellText(row[c - 1] ?? null).trim())) codes++;
    if (codes >= 2) return c;
  }
  return null;
}

const blank = (v: GridCell | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export function withRowParts(grid: Grid): { grid: Grid; groups: number } | null {
  const codeCol = codeColumn(grid);
  if (codeCol === null) return null;
  const nameCol = codeCol + 1;
  const rows = grid.rows.map((r) => [...r]);
  let groups = 0;
  for (let i = 0; i < rows.length; i++) {
    const first = rows[i];
    // The code's row counts something ("Số hồ sơ …"): a task's row never reads so.
    if (!CODE.test(cellText(first[codeCol - 1] ?? null).trim()) || !NUMERATOR.test(cellText(first[nameCol - 1] ?? null).trim())) continue;
    // The rows under the code's row, their code cell empty, naming the total and the rate.
    let den = -1;
    let rate = -1;
    let j = i + 1;
    for (; j < rows.length && j <= i + 2 && blank(rows[j][codeCol - 1]); j++) {
      const name = cellText(rows[j][nameCol - 1] ?? null).trim();
      if (den < 0 && DENOMINATOR.test(name)) den = j;
      else if (rate < 0 && RATE.test(name)) rate = j;
      else break;
    }
    if (den < 0) continue;
    const last = j - 1;
    const width = Math.max(...rows.slice(i, last + 1).map((r) => r.length));
    let changed = false;
    for (let c = nameCol + 1; c <= width; c++) {
      const num = first[c - 1];
      const total = rows[den][c - 1];
      if (typeof num === "number" && typeof total === "number" && Number.isInteger(num) && Number.isInteger(total)) {
        first[c - 1] = `${num}/${total}`;
        changed = true;
      } else if (blank(num) && blank(total) && rate > 0 && !blank(rows[rate][c - 1])) {
        first[c - 1] = rows[rate][c - 1];
        changed = true;
      }
    }
    if (!changed) continue;
    const name = cellText((rate > 0 ? rows[rate] : first)[nameCol - 1] ?? null).trim();
    first[nameCol - 1] =
      `${name} (dòng ${i + 1}-${last + 1}: ${cellText(grid.rows[i][nameCol - 1] ?? null).trim()} / ${cellText(grid.rows[den][nameCol - 1] ?? null).trim()})`;
    for (let k = i + 1; k <= last; k++) rows[k] = [];
    groups++;
    i = last;
  }
  return groups > 0 ? { grid: { ...grid, rows }, groups } : null;
}
