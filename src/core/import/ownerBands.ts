import { findOfficials } from "../plan/officials";
import { cleanText } from "../text/normalize";
import { headingKey } from "./columns";
import { CellRange, Grid, GridCell, cellAt, cellText, columnsView } from "./grid";
import { BlockView } from "./periodBlocks";

const SCAN_ROWS = 20;

// The work's own column under each band: "Việc", "Nội dung", "Nhiệm vụ", "Công việc".
const WORK_HEADING = /^(?:viec|noi dung|nhiem vu|cong viec|ten viec|noi dung cong viec|viec duoc giao)$/;

/** A band over its columns naming whose work they hold ("Chị Lan - CC VH-XH", "Anh Tuấn - CC VP-TK"), or null. */
function ownerOf(label: string): string | null {
  const t = cleanText(label);
  if (t === "" || t.length > 80) return null;
  return findOfficials(t, "xã").length > 0 ? t : null;
}

/**
 * A sheet laid out a band per official ("Chị Lan - CC VH-XH" over "Việc | Hạn | Xong", then "Anh Tuấn -
 * CC VP-TK" over the same …), the rows numbered down the first column: each band read as a table of its
 * own, its official the lead of every row it holds. Before, only one band was read and the others went to
 * its Ghi chú. Rows and column letters stay; each view keeps the numbers' columns and one band, and writes
 * a "Chủ trì" column after the sheet's last one holding the band's name.
 */
export interface OwnerBands {
  views: BlockView[];
  owners: string[];
  /** The row of the bands' names. */
  row: number;
}

export function ownerBands(grid: Grid): OwnerBands | null {
  for (let r = 1; r < Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const bands = grid.merges
      .filter((m) => m.top === r && m.bottom === r && m.right > m.left)
      .map((m) => ({ m, owner: ownerOf(cellText(cellAt(grid, r, m.left))) }))
      .sort((a, b) => a.m.left - b.m.left);
    if (bands.length < 2 || bands.some((b) => b.owner === null)) continue;
    // The same headings under every band, one of them the work's own.
    const headings = (m: CellRange) => {
      const keys: string[] = [];
      for (let c = m.left; c <= m.right; c++) keys.push(headingKey(cellText(cellAt(grid, r + 1, c))));
      return keys.join("|");
    };
    const first = headings(bands[0].m);
    if (!bands.every((b) => headings(b.m) === first) || !first.split("|").some((k) => WORK_HEADING.test(k))) continue;
    const labelsTo = bands[0].m.left - 1;
    let width = 0;
    for (const row of grid.rows) if (row.length > width) width = row.length;
    const leadCol = width + 1;
    const views = bands.map(({ m, owner }, i): BlockView => {
      const keep = (c: number) => c <= labelsTo || (c >= m.left && c <= m.right) || c === leadCol;
      const rows = grid.rows.map((row, k): GridCell[] => {
        const rr = k + 1;
        const kept: GridCell[] = [];
        for (let c = 1; c < leadCol; c++) kept.push(keep(c) && !(rr === r && c === m.left) ? (row[c - 1] ?? null) : null);
        // The band's name as each of its rows' lead, under a heading of its own.
        const own = rr > r + 1 && kept.some((v, j) => j + 1 >= m.left && j + 1 <= m.right && cellText(v).trim() !== "");
        kept.push(rr === r + 1 ? "Chủ trì" : own ? owner : null);
        return kept;
      });
      const merges = grid.merges.filter((x) => x !== m && keep(x.left) && keep(x.right));
      return {
        grid: columnsView(grid, keep, rows, merges),
        empty: false,
        cells: [],
        written: [],
        source: (row: number, c: number): [number, number] | null => {
          // The lead written on each row is the band's one cell; the numbers' columns are the first view's.
          if (c === leadCol) return row === r + 1 || i > 0 ? null : [r, m.left];
          if (row === r && c === m.left) return [r, m.left];
          return (c >= m.left && c <= m.right) || i === 0 ? [row, c] : null;
        },
      };
    });
    return { views, owners: bands.map((b) => b.owner as string), row: r };
  }
  return null;
}
