import { findOfficials } from "../plan/officials";
import { looseKey } from "../text/normalize";
import { CellRange, Grid, GridCell, cellText } from "./grid";

/**
 * A plan's assignment matrix: a column per official under "Phân công thực hiện", each task's row
 * marked "CT" (chủ trì) under its lead and "PH" (phối hợp) under its partners. Read as one Chủ trì
 * column and one Phối hợp column, written with the officials' headings, in the matrix's first two
 * columns; the others are left empty. A row marked CT twice, or PH with no CT, is listed for
 * Kiểm tra: its lead is not guessed.
 */
const LEAD = /^(?:ct|chu tri|c)$/;
const PARTNER = /^(?:ph|phoi hop|p)$/;
const PARENT = /^(?:phan cong|don vi thuc hien|bo phan thuc hien|trach nhiem thuc hien|phan cong thuc hien|chu tri phoi hop)\b/;
const HEADER_ROWS = 30;

export interface MatrixRead {
  grid: Grid;
  /** The officials' headings read as columns, and rows whose marks name no single lead. */
  officials: string[];
  unclear: Array<{ row: number; leads: string[] }>;
}

function markOf(v: GridCell): "lead" | "partner" | null {
  if (typeof v !== "string" || v.length > 12) return null;
  const k = looseKey(v);
  return LEAD.test(k) ? "lead" : PARTNER.test(k) ? "partner" : null;
}

/** The columns under a parent heading whose headings each name one official. */
function matrixColumns(grid: Grid): { parentRow: number; cols: number[] } | null {
  for (let r = 1; r < Math.min(grid.rows.length, HEADER_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1];
      // A band merged blank over the officials' names ("Ký hiệu: C = Chủ trì; P = Phối hợp" above): a parent too.
      const blankBand =
        (v === null || v === undefined || v === "") && grid.merges.some((m) => m.top === r && m.left === c && m.right - m.left >= 2);
      if (!blankBand && (typeof v !== "string" || !PARENT.test(looseKey(v)))) continue;
      const below = grid.rows[r] ?? [];
      const cols: number[] = [];
      for (let k = c; k <= below.length; k++) {
        const h = below[k - 1];
        if (typeof h !== "string" || findOfficials(h).length !== 1) break;
        // Beyond the first, a heading above that is not blank (or the merged parent) ends the group.
        if (k > c && row[k - 1] !== null && row[k - 1] !== undefined && row[k - 1] !== "") break;
        cols.push(k);
      }
      if (cols.length >= 3) return { parentRow: r, cols };
    }
  }
  return null;
}

export function withAssignmentMatrix(grid: Grid): MatrixRead | null {
  const found = matrixColumns(grid);
  if (found === null) return null;
  const { parentRow, cols } = found;
  const subRow = parentRow + 1;
  const headings = cols.map((c) => cellText(grid.rows[subRow - 1]?.[c - 1] ?? null));
  // The marks must be there; on a row that has one, every other cell under the officials is one too.
  let marks = 0;
  let other = 0;
  for (let r = subRow + 1; r <= grid.rows.length; r++) {
    const cells = cols.map((c) => grid.rows[r - 1]?.[c - 1] ?? null).filter((v) => v !== null && v !== "");
    const here = cells.filter((v) => markOf(v) !== null).length;
    marks += here;
    if (here > 0) other += cells.length - here;
  }
  // Another word beside a mark ("CT từ 10/2021") would be lost in one Chủ trì column: then the columns
  // stay as they are, their cells carried into Ghi chú. Rows without a mark (a signature) are left alone.
  if (marks < 2 || other > 0) return null;
  const [leadCol, partnerCol] = cols;
  const rows = grid.rows.map((row) => [...row]);
  const unclear: MatrixRead["unclear"] = [];
  const parent = rows[parentRow - 1];
  for (const c of cols) {
    parent[c - 1] = null;
    rows[subRow - 1][c - 1] = null;
  }
  parent[leadCol - 1] = "Chủ trì";
  parent[partnerCol - 1] = "Phối hợp";
  for (let r = subRow + 1; r <= rows.length; r++) {
    const row = rows[r - 1];
    const leads: string[] = [];
    const partners: string[] = [];
    cols.forEach((c, i) => {
      const m = markOf(row[c - 1] ?? null);
      if (m === "lead") leads.push(headings[i]);
      else if (m === "partner") partners.push(headings[i]);
    });
    if (leads.length === 0 && partners.length === 0) continue;
    while (row.length < partnerCol) row.push(null);
    for (const c of cols) if (c <= row.length) row[c - 1] = null;
    row[leadCol - 1] = leads.length === 1 ? leads[0] : null;
    row[partnerCol - 1] = [...(leads.length > 1 ? leads : []), ...partners].join("; ") || null;
    if (leads.length !== 1) unclear.push({ row: r, leads });
  }
  // The parent heading's merge over the officials no longer stands.
  const merges: CellRange[] = grid.merges.filter((m) => !(m.top === parentRow && m.left <= leadCol && m.right >= cols[cols.length - 1]));
  return { grid: { ...grid, rows, merges }, officials: headings, unclear };
}
