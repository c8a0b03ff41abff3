import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText, isBlank, isGridDate, rowsView } from "./grid";
import { signatureRow } from "./rows";
import { introducedParagraph, ordinalItem, withTextList } from "./textList";

/**
 * A report typed in Word and pasted into a sheet: numbered and bulleted lines, a small table of figures
 * among them ("STT | Lĩnh vực | Số hồ sơ tiếp nhận | …" under "2. Tiêu chí 1.2 …", the survey's "Nội dung
 * đánh giá | Số phiếu hài lòng | Tổng số phiếu | Tỷ lệ"), more lines after it. Read as one sheet, either
 * the table's rows break the list of lines, or the lines after it run into the table. The sheet is read
 * as two, each with the other's rows blank (row numbers stay the sheet's): its tables, with the titles
 * and the sentences that date them, and its lines.
 */

/** A numbered or bulleted line: "1. …", "a) …", "- …", "+ …". */
// ("(3) Giải ngân …": numbered in brackets, as formal reports count their items.)
// ("→ Phân công: …; tiến độ: 60%": what came of the line above, its line too, never a table's figure.)
const ITEM_LINE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)/]|\(\d{1,2}\)|[a-hđ]\s*\)|[-–•+*]|=>|⇒|→|->)\s*\S/u;

function filled(row: readonly GridCell[]): GridCell[] {
  return row.filter((v) => !isBlank(v ?? null));
}

// A part's heading over figures: "SỐ LIỆU HỒ SƠ", "Bảng tổng hợp …", "Kết quả khảo sát …".
const FIGURES_HEADING = /^(?:so lieu|bang|bieu|thong ke|ket qua khao sat|tong hop so lieu)\b/;
// "1)" | "TC 1.2 - VP-TK: Triển khai …", "-" | "Tỷ lệ …": a line's number or bullet in a cell of its own, its text in the next.
// ("a" | "Niêm yết …", "I" | "TÌNH HÌNH THỰC HIỆN": a letter or a part's number alone in its cell too.)
const MARK_ALONE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]?|[a-hđ]\s*[.)]?|[IVX]{1,4}\s*[.)]?|[-–•+*])\s*$/u;

/** A line of the report: one cell, a numbered or bulleted sentence (its mark perhaps in the cell before). */
function itemLine(row: readonly GridCell[]): boolean {
  const cells = filled(row);
  // ("(4) Triển khai …, VP-TK chủ trì, hạn" | 31/10/2021 | "đã xong": a line with its day and how it stands beside it.)
  if (
    cells.length === 3 &&
    typeof cells[0] === "string" &&
    cells[0].trim().length >= 15 &&
    ITEM_LINE.test(cells[0]) &&
    cells.slice(1).every((v) => isGridDate(v) || (typeof v === "string" && v.length <= 60 && !/^[\d.,]+\s*%?$/.test(v.trim())))
  )
    return true;
  const text = cells.length === 1 ? cells[0] : cells.length === 2 && MARK_ALONE.test(cellText(cells[0])) ? cells[1] : null;
  if (typeof text !== "string" || text.trim().length < 15) return false;
  return cells.length === 2 || ITEM_LINE.test(text) || ordinalItem(text) !== null;
}

/** Runs of rows of three cells or more (no signature's), headed by words, holding a figure: the tables among the lines. */
function tableBlocks(grid: Grid): Array<{ top: number; bottom: number }> {
  const blocks: Array<{ top: number; bottom: number }> = [];
  let top = 0;
  const close = (bottom: number) => {
    const rows = grid.rows.slice(top - 1, bottom);
    // A header of words over them ("STT | Lĩnh vực | Số hồ sơ tiếp nhận"): a table, never a form's "- Tổng số: | 60 | văn bản".
    const headed = filled(rows[0] ?? []).every((v) => typeof v === "string" && !v.trim().endsWith(":") && !/^\s*[-–•+*]\s/u.test(v));
    const figures = rows.some((row) => row.some((v) => typeof v === "number" || /^\s*\d+(?:[.,]\d+)?\s*%\s*$/.test(cellText(v ?? null))));
    if (bottom > top && headed && figures) blocks.push({ top, bottom });
    top = 0;
  };
  grid.rows.forEach((row, i) => {
    // (A row of the table with its last cell left blank, "… (TC 1.1) | 88/428 (20,6%) |", goes on with it.)
    // (Never a line with its number in a cell of its own, "2." | "Theo dõi …".)
    const cells = filled(row);
    const wide = (cells.length >= 3 || (top !== 0 && cells.length === 2 && !MARK_ALONE.test(cellText(cells[0])))) && !signatureRow(row);
    if (wide && top === 0) top = i + 1;
    if (!wide && top !== 0) close(i);
  });
  if (top !== 0) close(grid.rows.length);
  return blocks;
}

// "Việc chuyển tháng sau:", "Nhiệm vụ tháng tới:", "Công việc tồn đọng:": a heading over work still to do.
const WORK_AHEAD =
  /\b(?:viec|nhiem vu|cong viec)\b.*\b(?:chuyen|ton dong|sau|toi|tiep theo|can lam|phai lam|con lai)\b|\bchuyen (?:thang|quy|ky) sau\b/;

/** The line heading the run of lines r is in: one cell of words ending in ":" that names work still to do. */
function workAheadAbove(grid: Grid, r: number): boolean {
  for (let row = r - 1; row >= 1 && r - row <= 6; row--) {
    const cells = filled(grid.rows[row - 1] ?? []);
    if (cells.length === 0) return false;
    const t = cells.length === 1 ? cellText(cells[0]).trim() : "";
    if (t.endsWith(":")) return WORK_AHEAD.test(looseKey(t));
    if (!ITEM_LINE.test(t)) return false;
  }
  return false;
}

export interface SheetView {
  grid: Grid;
  /** Rows the other view reads too and accounts for: this view's reading of them is not told again. */
  toldElsewhere: ReadonlySet<number> | null;
}

/** The sheet as its tables and its lines, where lines are the report and its tables few among them; else null. */
export function tablesAmongLines(grid: Grid): [SheetView, SheetView] | null {
  const blocks = tableBlocks(grid);
  if (blocks.length === 0) return null;
  const inBlock = (r: number) => blocks.some((b) => r >= b.top && r <= b.bottom);
  const lines: number[] = [];
  // ("Thứ nhất, về niêm yết … (chỉ số 2.2):" over "Công chức ĐC-XD đã hoàn thành …": a paragraph under the heading that
  // introduces it is a line too.)
  const introduced = (row: readonly GridCell[], r: number) => {
    const cells = filled(row);
    return cells.length === 1 && typeof cells[0] === "string" && introducedParagraph(grid, r, cells[0]);
  };
  grid.rows.forEach((row, i) => {
    if (!inBlock(i + 1) && (itemLine(row) || introduced(row, i + 1))) lines.push(i + 1);
  });
  const tableRows = blocks.reduce((n, b) => n + b.bottom - b.top + 1, 0);
  // (A table with a few notes under it is a table: the lines must be the report, its tables few; or three lines at
  // least under the last table, the report's work after its tables: "3. Nhiệm vụ quý I năm 2022:" and its lines.)
  // (Lines stating no rate: "- Hài lòng về tiếp cận dịch vụ: 89,3%;" under a table are its figures, read with it.)
  const after = lines.filter(
    (r) => r > blocks[blocks.length - 1].bottom && !filled(grid.rows[r - 1] ?? []).some((v) => cellText(v).includes("%")),
  ).length;
  // ("Tồn tại / việc chuyển tháng sau:" over two "- Niêm yết lại … – chưa làm" lines under a month's dossier table: the
  // work carried on, introduced as such, two lines are enough.)
  const lastBottom = blocks[blocks.length - 1].bottom;
  const carried = lines.some((r) => r > lastBottom && workAheadAbove(grid, r));
  const least = carried ? 2 : 3;
  if (lines.length < least || (tableRows > 2 * lines.length && after < least)) return null;
  // (Lines that read as they stand, a table among them a task's details, "- Chi tiết theo công trình:", are left so.)
  if (withTextList(grid) !== null) return null;
  // A title line right above a table ("6. Kết quả lấy phiếu khảo sát tháng 11/2021 (…):", "2. Tiêu chí 1.2 - …") is
  // the table's.
  const title = (r: number) => {
    const t = cellText(filled(grid.rows[r - 1] ?? [])[0] ?? null).trim();
    return t.endsWith(":") || (t.length <= 80 && !t.includes("%"));
  };
  // ("Bảng tổng hợp một số chỉ tiêu năm 2021 (đến 15/12/2021)" right above, a line of its own unnumbered: the table's
  // title too, never a heading over the lines after the table.)
  // ("B." | "SỐ LIỆU HỒ SƠ (từ 01/10 đến 10/12/2021)": a part headed by its figures, the table's own.)
  const plainTitle = (r: number) => {
    const cells = filled(grid.rows[r - 1] ?? []);
    const plain =
      cells.length === 1 && typeof cells[0] === "string" && !ITEM_LINE.test(cells[0]) && !/^\s*[IVX]{1,4}\s*[.)]/u.test(cells[0]);
    const figuresPart =
      cells.length === 2 &&
      /^\s*(?:[IVX]{1,4}|[A-H])\s*[.)]\s*$/u.test(cellText(cells[0])) &&
      FIGURES_HEADING.test(looseKey(cellText(cells[1])));
    return plain || figuresPart;
  };
  const titles = new Set(
    blocks
      .flatMap((b) => [b.top - 1, b.top - 2])
      .filter((r) => (lines.includes(r) || (blocks.some((b) => b.top - 1 === r) && plainTitle(r))) && title(r)),
  );
  const part = (keep: (r: number) => boolean): Grid => rowsView(grid, keep);
  // (In the lines, a table's title is no task: only a criterion's heading, "2. Tiêu chí 1.2 - …", stays for the lines under it.)
  const heading = (r: number) => /\b[12]\.\d{1,2}\b/.test(cellText(filled(grid.rows[r - 1] ?? [])[0] ?? null));
  // ("Tỷ lệ giải quyết đúng hạn: 202/204 = 99,0%." under the table, no line of the list: the table's figure, read with it.)
  const tableFigure = (r: number) => !lines.includes(r) && filled(grid.rows[r - 1] ?? []).some((v) => cellText(v).includes("%"));
  const inLines = (r: number) => !inBlock(r) && (!titles.has(r) || heading(r)) && !tableFigure(r);
  // ("Số hồ sơ tiếp nhận | 1129" under a line, outside the tables: a figure the lines give, read with them only.)
  const labelledFigure = (r: number) => {
    const cells = filled(grid.rows[r - 1] ?? []);
    return cells.length === 2 && typeof cells[0] === "string" && typeof cells[1] === "number";
  };
  const inTables = (r: number) => (!lines.includes(r) || titles.has(r)) && (inBlock(r) || !labelledFigure(r));
  const linesView = part(inLines);
  // Only where the lines, the tables out of their way, read as a report's tasks, three at least.
  if ((withTextList(linesView)?.rows.length ?? 0) < least) return null;
  // (The rows in both views, the report's title, a criterion's heading, its signature, are accounted for by the lines'.)
  const shared = new Set(grid.rows.map((_, i) => i + 1).filter((r) => inLines(r) && inTables(r)));
  return [
    { grid: part(inTables), toldElsewhere: shared },
    { grid: linesView, toldElsewhere: null },
  ];
}
