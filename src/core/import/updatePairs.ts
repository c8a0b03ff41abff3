import { looseKey } from "../text/normalize";
import { FactsCache } from "./cellFacts";
import { Grid, GridCell, cellText, isGridDate, rowsToEdit } from "./grid";
import { sentenceFactsIn } from "./textFacts";

/**
 * Each check written in the next pair of columns to the right ("Cập nhật lần 1 | lần 2 | lần 3",
 * each over "Ngày | Kết quả"): the last filled pair of a row is where the work stands. Its result is
 * the row's status, and its day the day done only where that result says the work is done (an
 * update of work still under way is no completion). The pairs stay where they are (their cells go to
 * Ghi chú as any column no field takes); emptied, they would split the table in two.
 */
export interface UpdatePairs {
  grid: Grid;
  /** The bands read, as the sheet names them. */
  bands: string[];
}

const SCAN_ROWS = 30;
const BAND = /^(?:cap nhat|kiem tra|bao cao|theo doi)?\s*(?:lan|dot)\s*(?:thu\s*)?(\d{1,2}|[ivx]{1,4})$/;
const DAY = /^(?:ngay|ngay cap nhat|ngay kiem tra|ngay bao cao|thoi diem)$/;
const RESULT = /^(?:ket qua|tinh hinh|tinh trang|noi dung|ket qua thuc hien|tien do)$/;

const text = (v: GridCell | undefined): string => cellText(v ?? null).trim();

export function withUpdatePairs(grid: Grid, facts: FactsCache): UpdatePairs | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let r = 1; r < last; r++) {
    const row = grid.rows[r - 1] ?? [];
    const sub = grid.rows[r] ?? [];
    const pairs: Array<{ label: string; day: number; result: number }> = [];
    row.forEach((v, i) => {
      const c = i + 1;
      if (typeof v !== "string" || v.length > 30 || !BAND.test(looseKey(v))) return;
      const [a, b] = [looseKey(text(sub[c - 1])), looseKey(text(sub[c]))];
      if (DAY.test(a) && RESULT.test(b)) pairs.push({ label: v.trim(), day: c, result: c + 1 });
    });
    if (pairs.length < 2) continue;
    const width = Math.max(...grid.rows.map((x) => x.length));
    const { rows, put } = rowsToEdit(grid);
    const [statusCol, doneCol] = [width + 1, width + 2];
    put(r, statusCol, "Tình trạng");
    put(r, doneCol, "Ngày hoàn thành");
    for (let d = r + 2; d <= grid.rows.length; d++) {
      const cells = grid.rows[d - 1] ?? [];
      const filled = pairs.filter((p) => text(cells[p.day - 1]) !== "" || text(cells[p.result - 1]) !== "");
      if (filled.length === 0) continue;
      const latest = filled[filled.length - 1];
      const said = text(cells[latest.result - 1]);
      put(d, statusCol, said === "" ? null : said);
      const day = cells[latest.day - 1] ?? null;
      if (isGridDate(day) && said !== "" && (facts.of(said).status ?? sentenceFactsIn(facts, said, null).status) === "Hoàn thành")
        put(d, doneCol, day);
    }
    return { grid: { ...grid, rows }, bands: pairs.map((p) => p.label) };
  }
  return null;
}
