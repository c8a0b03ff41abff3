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
  /** Rows whose cell holds a day alone where the column's other cells say which day is which. */
  bareDays: { row: number; cell: GridCell }[];
}

const SCAN_ROWS = 30;
// "Thời hạn - Kết quả", "Hạn / Tình hình thực hiện", "Thời hạn và kết quả", "Thời gian (hạn / kết quả)".
const HEADING =
  /^(?:thoi gian\s+)?(?:thoi han|han|han hoan thanh)\s+(?:va\s+)?(?:ket qua|tinh hinh|tinh hinh thuc hien|tien do|ket qua thuc hien)$/;
// The deadline first ("Hạn: 30/10/2021", "30/9/2021", "20/12/2021"), then a dash, an arrow, a semicolon or a new line, then the rest.
const SPLIT = /^\s*(hạn\s*:?\s*)?([^\n;]+?)\s*(?:\n+|\s[-–—]\s|\s*→\s*|\s*;\s*)\s*(?:→\s*)?([\s\S]*)$/iu;
// A cell that starts with how the work stands has no deadline in it: "Đã ban hành QĐ … ngày 03/9/2021", "Chưa thực hiện, lùi hạn …".
const RESULT_FIRST = /^(?:đã|da|chưa|chua|đang|dang|xong|hoàn thành|hoan thanh)\s/iu;
const DAY_ALONE = /^(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})$/iu;

interface Split {
  due: string | null;
  rest: string;
  /** "Hạn …" said which day is the deadline. */
  named: boolean;
}

function split(v: GridCell): Split | null {
  if (typeof v !== "string") return null;
  const text = v.trim();
  if (RESULT_FIRST.test(text)) return { due: null, rest: cleanText(text.replace(/\s*\n\s*/g, "; ")), named: false };
  const m = SPLIT.exec(text);
  if (!m || !/\d/.test(m[2])) return null;
  return { due: cleanText(m[2]), rest: cleanText(m[3].replace(/\s*\n\s*/g, "; ")), named: m[1] !== undefined };
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
    // Where cells say "Hạn …" or start with the result, a day written alone could be either: asked, not guessed.
    const says = splits.some((s) => s !== null && (s.named || s.due === null));
    const bareDays = says
      ? grid.rows.flatMap((cells, i) => {
          const v = i >= r ? cells[col] : null;
          const alone = typeof v === "string" ? DAY_ALONE.test(v.trim()) : typeof v === "object" && v !== null && "date" in v;
          return alone ? [{ row: i + 1, cell: v }] : [];
        })
      : [];
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
    return { grid: { ...grid, rows }, column: columnName(col + 1), heading, bareDays };
  }
  return null;
}
