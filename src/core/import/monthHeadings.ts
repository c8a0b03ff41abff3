import { looseKey } from "../text/normalize";
import { Grid, GridCell, isGridDate } from "./grid";

/**
 * Months over the columns that Excel turned into dates: "9/2021" typed in a header becomes 1
 * September 2021, shown "Sep-21". In a header row (some words, and two or more such dates) a date
 * shown without its day, or every date the first of consecutive months, is read as the month it
 * names ("Tháng 9/2021"), so that the figures under it are dated to that month.
 */
const HEADER_ROWS = 30;

function monthOnly(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]/g, "").toLowerCase();
  return /m/.test(bare) && /y/.test(bare) && !/d/.test(bare);
}

export function withMonthHeadings(grid: Grid): { grid: Grid; cells: number } | null {
  let out: GridCell[][] | null = null;
  let cells = 0;
  for (let r = 1; r <= Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    let dates = 0;
    for (const v of row) if (typeof v === "object" && v !== null && isGridDate(v)) dates++;
    if (dates < 2) continue;
    const dated = row.flatMap((v, i) => (isGridDate(v) ? [{ col: i + 1, date: v.date }] : []));
    if (dated.length < 2 || !row.some((v) => typeof v === "string" && v.trim() !== "")) continue;
    const shownAsMonths = dated.every((d) => monthOnly(grid.formats[`${r}:${d.col}`]));
    const months = dated.map((d) => Number(d.date.slice(0, 4)) * 12 + Number(d.date.slice(5, 7)));
    const firstsInStep = dated.length >= 3 && dated.every((d, i) => d.date.endsWith("-01") && (i === 0 || months[i] === months[i - 1] + 1));
    if (!shownAsMonths && !firstsInStep) continue;
    // A task's row of dates (given, due, done) has dates under it too; a header of months has figures.
    const below = grid.rows
      .slice(r, r + 5)
      .map((x) => x[dated[0].col - 1] ?? null)
      .find((v) => v !== null && v !== "");
    if (below !== undefined && isGridDate(below)) continue;
    // Dates under headings of their own ("Ngày giao | Hạn | Ngày xong") are a row of data.
    if (r > 1 && dated.every((d) => typeof grid.rows[r - 2]?.[d.col - 1] === "string")) continue;
    out ??= grid.rows.map((x) => [...x]);
    for (const d of dated) out[r - 1][d.col - 1] = `Tháng ${Number(d.date.slice(5, 7))}/${d.date.slice(0, 4)}`;
    cells += dated.length;
  }
  return out ? { grid: { ...grid, rows: out }, cells } : null;
}

// "Tháng", "Thang", "Kết quả theo tháng", "Các quý năm 2021": a parent heading whose children are only numbered.
const NUMBERED_PARENT = /(?:^|\s)(thang|quy)(?:\s+(?:nam\s+)?(\d{4}))?$/;
const ROMAN_QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const QUARTER_NAMES = ["I", "II", "III", "IV"];

/** A header cell's number: 7, "7", and for quarters "III". */
function headingNumber(v: GridCell, quarters: boolean): number | null {
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  if (typeof v !== "string") return null;
  const t = v.trim();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return quarters ? (ROMAN_QUARTERS[t.toUpperCase()] ?? null) : null;
}

/**
 * "Tháng" merged over "1 | 2 | … | 12" (or "Quý" over "1 … 4", "I … IV"): the numbers are the periods, named
 * as such ("Tháng 1", "Quý I") so the figures under them are read by period. Only numbers counting up in
 * step under the parent, in a row with no other figure (a data row has its STT and its figures).
 */
export function withNumberedPeriods(grid: Grid): Grid | null {
  let out: GridCell[][] | null = null;
  for (let r = 1; r < Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    const below = grid.rows[r] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1];
      if (typeof v !== "string") continue;
      const key = looseKey(v);
      // A heading of a few words; a task's text ending "… hằng tháng" is no parent.
      const m = key.split(" ").length <= 5 ? NUMBERED_PARENT.exec(key) : null;
      if (!m) continue;
      const quarters = m[1] === "quy";
      const merge = grid.merges.find((x) => x.top === r && x.left === c && x.bottom === r);
      const last = merge ? merge.right : below.length;
      const run: number[] = [];
      for (let k = c; k <= last; k++) {
        const n = headingNumber(below[k - 1] ?? null, quarters);
        const next = run.length === 0 ? n !== null && n >= 1 : n === run[run.length - 1] + 1;
        if (!next || n === null || n > (quarters ? 4 : 12)) break;
        run.push(n);
      }
      if (run.length < 3 && !(quarters && run.length >= 2)) continue;
      const others = below.some((x, i) => (i + 1 < c || i + 1 >= c + run.length) && x !== null && typeof x !== "string");
      if (others) continue;
      out ??= grid.rows.map((x) => [...x]);
      const year = m[2] ? `/${m[2]}` : "";
      run.forEach((n, i) => {
        (out as GridCell[][])[r][c - 1 + i] = quarters ? `Quý ${QUARTER_NAMES[n - 1]}${year}` : `Tháng ${n}${year}`;
      });
    }
  }
  return out ? { ...grid, rows: out } : null;
}
