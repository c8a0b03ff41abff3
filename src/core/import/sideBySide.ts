import { IsoDate } from "../dates/isoDate";
import { FactsCache, cellKind } from "./cellFacts";
import { Grid, GridCell, columnsView, isGridDate } from "./grid";
import { findDossierTable } from "./dossiers";
import { detectTables } from "./header";
import { withTextList } from "./textList";
import { withCards } from "./cards";
import { parsePeriod } from "./periods";

const SCAN_ROWS = 30;
const STAGGERED_ROWS = 2_000;

function filled(v: GridCell | undefined): boolean {
  return v !== undefined && cellKind(v) !== "empty";
}

/** The sheet with only the columns in [from, to] kept (the others blanked): column letters stay as they are. */
function view(grid: Grid, from: number, to: number): Grid {
  const keep = (c: number) => c >= from && c <= to;
  return columnsView(
    grid,
    keep,
    grid.rows.map((row) => row.map((v, i) => (keep(i + 1) ? v : null))),
    grid.merges.filter((m) => keep(m.left) && keep(m.right)),
  );
}

/**
 * Tables side by side on one sheet (figures in A:F, tasks in H:M, an empty column between):
 * each read as a sheet of its own, so neither's cells are taken for the other's fields. Split only
 * where a header row of words has an empty column that stays empty the whole sheet down, and each
 * side, alone, is a table.
 */
export function sideBySide(grid: Grid, facts: FactsCache, asOf: IsoDate | null): Grid[] | null {
  // A loop, not Math.max(...rows): a sheet of 200,000 rows would overflow the call's arguments.
  let width = 0;
  for (const row of grid.rows) if (row.length > width) width = row.length;
  if (width < 5) return null;
  for (let h = 1; h <= Math.min(grid.rows.length, SCAN_ROWS); h++) {
    // (A heading merged down from the row above, "Mã" over A4:A5, stands in this row too.)
    const header = [...(grid.rows[h - 1] ?? [])];
    for (const m of grid.merges)
      if (m.top < h && m.bottom >= h)
        for (let c = m.left; c <= m.right; c++) if (!filled(header[c - 1])) header[c - 1] = grid.rows[m.top - 1]?.[m.left - 1] ?? null;
    // A header row is words: a data row with an empty cell is no gutter.
    const words = header.filter(filled);
    if (
      words.length < 4 ||
      words.some((v) => typeof v !== "string" || v.length > 60 || facts.of(v).number !== null || facts.of(v).date !== null)
    )
      continue;
    for (let g = 3; g < width - 1; g++) {
      // Headings on both sides of one to three empty columns, right next to them.
      if (filled(header[g - 1]) || !filled(header[g - 2])) continue;
      let end = g;
      while (end < g + 2 && end < width && !filled(header[end])) end++;
      if (!filled(header[end])) continue;
      // ("Tháng 9 | | Tháng 10": an empty column between periods of one kind spaces one table's months, no gutter.)
      if (periodsAround(grid, g, end)) continue;
      const leftHeads = header.slice(0, g - 1).filter(filled).length;
      const rightHeads = header.slice(end).filter(filled).length;
      if (leftHeads < 2 || rightHeads < 2) continue;
      // The gutter is empty all the way down from the line over the headers: the national heading's two blocks
      // ("UBND XÃ …" | "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") may stand over it, as printed sheets have them.
      // A table above the headers filling the gutter (dates under "Thời hạn" over the row of a second table's
      // headings) makes it no gutter: both are one sheet's tables, one under the other.
      // (So may a title merged across the whole width above them: "KẾT QUẢ KHẢO SÁT … NĂM 2021" over both tables.)
      const tableRow = (r: number) => (grid.rows[r - 1] ?? []).filter(filled).length >= 3;
      const titleOver = (r: number, c: number) =>
        r < h - 1 &&
        grid.merges.some(
          (m) => m.top <= r && m.bottom >= r && m.bottom < h - 1 && m.left < g && m.right > end && m.left <= c && m.right >= c,
        );
      let empty = true;
      for (let r = 1; r <= grid.rows.length && empty; r++)
        if (r >= h - 1 || tableRow(r))
          for (let c = g; c <= end; c++) if (filled(grid.rows[r - 1]?.[c - 1]) && !titleOver(r, c)) empty = false;
      // (A line alone merged across both under them, "Chữ viết tắt: HT - Hoàn thành …", is the sheet's note, no cell of either.)
      const lineAlone = (r: number) => (grid.rows[r - 1] ?? []).filter(filled).length === 1;
      // (Nor is a column a merged cell covers from the left, "Việc cần làm" merged over C:E on each row: no gutter.)
      const covered = grid.merges.some((m) => m.bottom >= h && m.left < g && m.right >= g && m.right <= end);
      if (!empty || covered || grid.merges.some((m) => m.top >= h && m.left < g && m.right > end && !lineAlone(m.top))) continue;
      const views = [view(grid, 1, g - 1), view(grid, end + 1, width)];
      // Three officials' lists side by side: the right side split again where it has a gutter of its own.
      // A month's dossier table beside the next month's ("THÁNG 10/2021 (từ …)" over one, "THÁNG 11/2021" over the other) too.
      if (views.every((v) => detectTables(v, { asOf, facts }).ok || findDossierTable(v) !== null))
        return [views[0], ...(sideBySide(views[1], facts, asOf) ?? [views[1]])];
    }
  }
  return staggered(grid, width, facts, asOf);
}

/** Two headings naming periods of one kind ("Tháng 9", "Tháng 10"). */
function samePeriodKind(a: GridCell | undefined, b: GridCell | undefined): boolean {
  const [p, q] = [a, b].map((v) => (typeof v === "string" && v.length <= 40 ? parsePeriod(v) : null));
  return p !== null && q !== null && p.kind === q.kind;
}

/** A header row in the sheet's first rows with periods of one kind right beside the empty columns g..end on both sides. */
function periodsAround(grid: Grid, g: number, end = g): boolean {
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    // (A header's row, words only: a task's deadline "Quý II/2021" beside a figure's "Quý I/2021" is data on both sides.)
    if (samePeriodKind(row[g - 2], row[end]) && row.every((v) => typeof v !== "number" && !isGridDate(v ?? null))) return true;
  }
  return false;
}

/**
 * Tables side by side whose headers are on different rows (figures headed at J3 beside tasks headed at A5): a
 * column empty the whole sheet down, but for a line alone on its row (a title, a note merged across), with
 * rows filled on both sides of it and each side, alone, a table.
 */
function staggered(grid: Grid, width: number, facts: FactsCache, asOf: IsoDate | null): Grid[] | null {
  // (Sheets kept by hand; a system's export of thousands of rows is never two tables side by side, nor worth a scan per column.)
  if (grid.rows.length > STAGGERED_ROWS) return null;
  const lineAlone = (row: readonly GridCell[]) => row.filter(filled).length <= 1;
  for (let g = 3; g < width - 1; g++) {
    let both = 0;
    let empty = true;
    for (const row of grid.rows) {
      if (lineAlone(row)) continue;
      if (filled(row[g - 1])) {
        empty = false;
        break;
      }
      const left = row.slice(0, g - 1).filter(filled).length;
      const right = row.slice(g).filter(filled).length;
      if (left >= 2 && right >= 2) both++;
    }
    const across = grid.merges.some((m) => m.left <= g && m.right >= g && (m.bottom > m.top || !lineAlone(grid.rows[m.top - 1] ?? [])));
    if (!empty || both < 2 || across || periodsAround(grid, g)) continue;
    const views = [view(grid, 1, g - 1), view(grid, g + 1, width)];
    // (Numbered tasks with their "Chủ trì:", "Thời hạn:" lines under each, a column of them beside another: two lists;
    // so are printed cards, a column of them beside another. Both sides alike: a list beside a table is the table's.)
    if (
      views.every((v) => detectTables(v, { asOf, facts }).ok) ||
      views.every((v) => withTextList(v) !== null) ||
      views.every((v) => withCards(v) !== null)
    )
      return views;
  }
  return null;
}
