import { cleanText, looseKey } from "../text/normalize";
import { Grid, GridCell, columnName } from "./grid";

/**
 * One column for the deadline and how the work stands: "Thời hạn - Kết quả" holding "Hạn 30/8/2021 -
 * đã xong 20/8", "Hạn: 30/10/2021⏎Đã tổ chức ngày 27/10/2021", "15/12/2021⏎chưa làm". The column keeps
 * the deadline (headed "Thời hạn"); the rest goes to a column of its own headed "Kết quả", added to the
 * right of the sheet (no column's letter moves), so the row is read as if typed in two columns.
 */
export interface DueAndResult {
  grid: Grid;
  /** The column split, for Kiểm tra. */
  column: string;
  heading: string;
}

const SCAN_ROWS = 30;
// "Thời hạn - Kết quả", "Hạn / Tình hình thực hiện", "Thời hạn và kết quả".
const HEADING = /^(?:thoi han|han|han hoan thanh)\s+(?:va\s+)?(?:ket qua|tinh hinh|tinh hinh thuc hien|tien do|ket qua thuc hien)$/;
// The deadline first ("Hạn: 30/10/2021", "30/9/2021", "20/12/2021"), then a dash, an arrow or a new line, then the rest.
const SPLIT = /^\s*(?:hạn\s*:?\s*)?([^\n]+?)\s*(?:\n+|\s[-–—]\s|\s*→\s*)\s*(?:→\s*)?([\s\S]*)$/iu;

function split(v: GridCell): { due: string; rest: string } | null {
  if (typeof v !== "string") return null;
  const m = SPLIT.exec(v.trim());
  if (!m || !/\d/.test(m[1])) return null;
  return { due: cleanText(m[1]), rest: cleanText(m[2].replace(/\s*\n\s*/g, "; ")) };
}

export function withDueAndResult(grid: Grid): DueAndResult | null {
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    const col = row.findIndex(
      (v) => typeof v === "string" && /[-–/\n]|\svà\s/iu.test(v) && HEADING.test(looseKey(v.replace(/[-–/]/g, " ").replace(/\s+/g, " "))),
    );
    if (col < 0) continue;
    const splits = grid.rows.slice(r).map((cells) => split(cells[col] ?? null));
    if (splits.filter((s) => s !== null && s.rest !== "").length < 2) return null;
    const width = Math.max(...grid.rows.map((cells) => cells.length));
    const heading = cleanText(String(row[col]));
    const rows = grid.rows.map((cells, i) => {
      const out = [...cells];
      while (out.length < width) out.push(null);
      if (i === r - 1) {
        out[col] = "Thời hạn";
        out.push("Kết quả");
      } else if (i >= r) {
        const s = splits[i - r];
        out.push(s ? s.rest || null : null);
        if (s) out[col] = s.due;
      } else out.push(null);
      return out;
    });
    return { grid: { ...grid, rows }, column: columnName(col + 1), heading };
  }
  return null;
}
