import { withCards } from "./cards";
import { Grid, GridCell, cellText, isBlank, rowsView } from "./grid";

/**
 * Task cards down a sheet ("Việc 1: | …", "- Phụ trách: | …", "- Hạn: | …"), then a block of figures under them
 * ("SỐ LIỆU KHẢO SÁT ĐẾN 14/12/2021 (41 phiếu):" over "Tiếp cận dịch vụ | 90,1%" rows): read as one sheet, the
 * figures' rows would be cards' rows, tasks led by "88,5%". The sheet is read as two, each with the other's rows
 * blank (row numbers stay the sheet's): the cards, and the figures with the sheet's title over them.
 */
export function figuresUnderCards(grid: Grid): Array<{ grid: Grid; toldElsewhere: ReadonlySet<number> | null }> | null {
  const cards = withCards(grid);
  const spans = cards?.spans;
  if (!spans || spans.length === 0) return null;
  const first = spans[0][0];
  const last = spans[spans.length - 1][1];
  const filled = (r: number) => (grid.rows[r - 1] ?? []).filter((v) => !isBlank(v ?? null));
  let heading = last + 1;
  while (heading <= grid.rows.length && filled(heading).length === 0) heading++;
  const head = filled(heading);
  if (head.length !== 1 || !/:\s*$/.test(cellText(head[0]))) return null;
  let figures = 0;
  for (let r = heading + 1; r <= grid.rows.length && figureRow(filled(r)); r++) figures++;
  if (figures < 2) return null;
  // The sheet's title, over the first card (its title line too), goes with the figures: it names their period.
  const titles = new Set<number>();
  for (let r = 1; r < first - 1; r++) if (filled(r).length > 0) titles.add(r);
  return [
    { grid: rowsView(grid, (r) => r < heading), toldElsewhere: null },
    { grid: rowsView(grid, (r) => titles.has(r) || r >= heading), toldElsewhere: titles },
  ];
}

/** "Tiếp cận dịch vụ | 88,5%", "Thủ tục hành chính | 0,902": a label and its share. */
function figureRow(cells: readonly GridCell[]): boolean {
  if (cells.length !== 2 || typeof cells[0] !== "string" || /:\s*$/.test(cells[0])) return false;
  const v = cells[1];
  return (typeof v === "number" && v >= 0 && v <= 100) || /^\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*$/.test(cellText(v ?? null));
}
