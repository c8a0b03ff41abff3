import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText, rowsView } from "./grid";

// "B. SỐ LIỆU (%)", "II. CÁC CHỈ SỐ", "Phần B - Số liệu thống kê": a lettered section of the sheet's figures.
const FIGURES_SECTION =
  /^(?:(?:phan|muc)\s+)?(?:[a-h]|[ivx]{1,4})\s*(?:[.)/-]\s*)?(?:cac\s+)?(?:so lieu|chi so|ket qua cac chi so|so lieu thong ke|ket qua do)\b/;

/**
 * Tasks, then a section of figures under the same header: "TT | Nội dung | Tiêu chí | … | Quý I | … | Quý IV" over
 * "A. NHIỆM VỤ" and its tasks (states in the quarters' columns), then "B. SỐ LIỆU (%)" and its rows (a figure in each
 * quarter's column). Read as one table, the figures' rows would be tasks whose state is "99,2". The sheet is read as two
 * views (row numbers stay the sheet's): the tasks, and the figures under the sheet's title and header, whose rows are
 * readings only (a header's "Tiến độ lũy kế (%)" over the quarters makes them tasks' progress too). Null otherwise.
 */
export function figuresSectionUnderTasks(
  grid: Grid,
): Array<{ grid: Grid; toldElsewhere: ReadonlySet<number> | null; figuresOnly?: true }> | null {
  const filled = (r: number) => (grid.rows[r - 1] ?? []).filter((v) => cellText(v).trim() !== "");
  const section = grid.rows.findIndex((_, i) => {
    const line = sectionLine(filled(i + 1));
    return line !== null && line.length <= 60 && FIGURES_SECTION.test(looseKey(line));
  });
  if (section < 0) return null;
  const at = section + 1;
  // The header: the last row above of three or more short names.
  let header = 0;
  for (let r = at - 1; r >= 1 && header === 0; r--) {
    const cells = filled(r);
    if (cells.length >= 3 && cells.every((v) => typeof v === "string" && v.trim().length <= 40)) header = r;
  }
  if (header === 0) return null;
  // Tasks between (rows of words), figures below (rows of two numbers or more).
  const numbers = (cells: readonly GridCell[]) =>
    cells.filter((v) => typeof v === "number" || /^\s*\d{1,3}(?:[.,]\d+)?\s*%?\s*$/u.test(cellText(v))).length;
  let tasks = 0;
  let marks = 0;
  for (let r = header + 1; r < at; r++) {
    if (filled(r).length >= 3) tasks++;
    marks += filled(r).filter((v) => typeof v === "string" && /^\s*[^\p{L}\d\s]{1,2}\s*$/u.test(v)).length;
  }
  // (Marks across the quarters, "+ | ○ | -", are a chart read with the figures under it, its legend below them.)
  if (marks >= 2) return null;
  // The figures' rows: from the section's line to the first blank row after them (a legend or note below is the sheet's).
  let figures = 0;
  let end = at;
  for (let r = at + 1; r <= grid.rows.length; r++) {
    const cells = filled(r);
    if (cells.length === 0) {
      if (figures > 0) break;
      continue;
    }
    if (numbers(cells) >= 2) figures++;
    end = r;
  }
  if (tasks === 0 || figures < 2) return null;
  const titles = new Set<number>();
  for (let r = 1; r <= header; r++) if (filled(r).length > 0) titles.add(r);
  return [
    { grid: rowsView(grid, (r) => r < at || r > end), toldElsewhere: null },
    { grid: rowsView(grid, (r) => titles.has(r) || (r >= at && r <= end)), toldElsewhere: titles, figuresOnly: true },
  ];
}

/** The section's words: one cell, or its letter in the number's column and its name beside ("B | CHỈ SỐ ĐO LƯỜNG"). */
function sectionLine(cells: readonly GridCell[]): string | null {
  if (cells.length === 1) return typeof cells[0] === "string" ? cells[0] : null;
  const [letter, name] = cells;
  if (cells.length === 2 && typeof letter === "string" && typeof name === "string" && /^\s*(?:[A-H]|[IVX]{1,4})\s*$/.test(letter))
    return `${letter.trim()}. ${name}`;
  return null;
}
