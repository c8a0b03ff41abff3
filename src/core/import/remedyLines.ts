import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText, isBlank, rowsView } from "./grid";

/**
 * "Biện pháp khắc phục:" under a table of figures, numbered lines after it ("1. Công chức một cửa hướng
 * dẫn … (giao đ/c Nam, thường xuyên)", or "1 | Duy trì trực hỗ trợ … | Hạn: 31/12/2021"): the work the
 * figures call for, tasks of their own. The sheet is read as two: the table above, the lines from the
 * heading down, each with the other's rows blank (row numbers stay the sheet's).
 */
// ("2. Thực hiện các giải pháp nâng cao sự hài lòng", "Kết quả thực hiện các biện pháp khắc phục": what was done of them.)
// ("Giải pháp khắc phục yếu tố tiếp nhận, xử lý PAKN:": what the remedies are for, after them.)
const REMEDY_HEAD =
  /^(?:(?:[ivx]{1,4}|\d{1,2})\s+)?(?:(?:ket qua |tinh hinh )?thuc hien\s+)?(?:cac\s+)?(?:(?:bien phap|giai phap|nhiem vu|ke hoach|viec)\s+khac phuc\b.*|(?:bien phap|giai phap)\s+(?:nang cao|cai thien)\b.*|(?:cong )?viec can lam(?:\s+tiep)?|(?:giai phap,?\s+)?(?:phuong huong,?\s+)?nhiem vu(?:,?\s+giai phap)?\s+(?:thoi gian toi|trong tam|(?:thang|quy)\s+(?:\d{1,2}|[ivx]{1,4})|(?:nam|quy|thang) toi|tiep theo)\b.*)(?:\s+tiep)?$/;

/** A numbered line's number: "1.", "2)", "a)", "-", "1" alone in its own cell. */
const NUMBERED = /^\s*(?:\d{1,2}\s*[.)/-]|[a-h]\s*[.)]|[-–•+*])\s*\S/u;

function texts(row: readonly GridCell[]): string[] {
  return row.filter((v) => !isBlank(v)).map((v) => cellText(v).trim());
}

/** The heading's row, where one stands below a table and numbered lines follow it; else null. */
function remedyHeading(grid: Grid): number | null {
  for (let r = 4; r <= grid.rows.length; r++) {
    const filled = texts(grid.rows[r - 1] ?? []);
    if (filled.length !== 1 || filled[0].length > 80) continue;
    if (!REMEDY_HEAD.test(looseKey(filled[0].replace(/[:：(]\s*tiếp\s*\)?|\(tiếp\)|[:：]\s*$/giu, " ").trim()))) continue;
    // Rows with two or more cells above: a table the heading is under, not a report of lines throughout.
    let above = 0;
    for (let x = 1; x < r; x++) if (texts(grid.rows[x - 1] ?? []).length >= 2) above++;
    if (above < 2) continue;
    let lines = 0;
    for (let x = r + 1; x <= Math.min(grid.rows.length, r + 12); x++) {
      const row = grid.rows[x - 1] ?? [];
      const cells = texts(row);
      if (cells.length === 0) continue;
      const first = cells[0];
      // "1 | Duy trì trực hỗ trợ …": a number alone in its cell, the line in the next.
      const numberedCells = /^\d{1,2}[.)]?$/.test(first) && cells.length >= 2 && cells[1].length >= 15;
      if ((NUMBERED.test(first) && first.length >= 15) || numberedCells) lines++;
      else break;
    }
    if (lines >= 1) return r;
  }
  return null;
}

/** The sheet as its table above the remedy heading and its lines from the heading down, or null. */
export function remedyBelow(grid: Grid): [Grid, Grid] | null {
  const head = remedyHeading(grid);
  if (head === null) return null;
  return [rowsView(grid, (r) => r < head), rowsView(grid, (r) => r >= head, asOneLine)];
}

/** "1 | Duy trì trực hỗ trợ … | | Hạn: 31/12/2021": the numbered line in one cell ("1. Duy trì … - Hạn: 31/12/2021"), as typed lines are read. */
function asOneLine(row: GridCell[]): GridCell[] {
  const cells = texts(row);
  if (cells.length < 2 || !/^\d{1,2}[.)]?$/.test(cells[0])) return row;
  return [`${cells[0].replace(/[.)]$/, "")}. ${cells.slice(1).join(" - ")}`];
}
