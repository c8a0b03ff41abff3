import { CellRange, Grid, GridCell, isBlank } from "./grid";

/**
 * A printed form laid out on a fine grid: every heading merged over several columns ("Nội dung
 * nhiệm vụ" over B:I, "Tiêu chí" over J:K …) and each row's cells merged the same way, so that a
 * row's text is one cell spanning the columns, like a section's. Where the header's merged bands
 * recur on the rows under it, each band is read as one column: its value moved to the band's first
 * column (a row left unmerged keeps its value, wherever in the band it was typed), and the
 * horizontal merges dropped; merges down the rows (a result shared by two rows) are kept, one column wide.
 */
const SCAN = 15;

function bandsOf(merges: readonly CellRange[], row: number): CellRange[] {
  return merges.filter((m) => m.top === row && m.right > m.left).sort((a, b) => a.left - b.left);
}

export function withFlatMerges(grid: Grid): { grid: Grid; bands: number } | null {
  if (grid.merges.length < 6) return null;
  let header = 0;
  let bands: CellRange[] = [];
  for (let r = 1; r <= Math.min(SCAN, grid.rows.length); r++) {
    const b = bandsOf(grid.merges, r);
    // Three bands side by side at least, nothing empty between them (tiles on a dashboard stand apart).
    const row = grid.rows[r - 1] ?? [];
    const joined = b.every((m, i) => i === 0 || row.slice(b[i - 1].right, m.left - 1).every((v) => !isBlank(v)));
    if (b.length >= 3 && joined) {
      header = r;
      bands = b;
      break;
    }
  }
  if (header === 0) return null;
  // The rows under the header repeat its bands (most of them).
  const same = (r: number) => {
    const own = bandsOf(grid.merges, r);
    return bands.filter((b) => own.some((m) => m.left === b.left && m.right === b.right)).length >= Math.min(3, bands.length);
  };
  const below = grid.rows.map((_, i) => i + 1).filter((r) => r > header && grid.rows[r - 1].some((v) => !isBlank(v)));
  const repeating = below.filter(same).length;
  if (below.length < 2 || repeating < below.length / 2) return null;
  const bandOf = (c: number) => bands.find((b) => c >= b.left && c <= b.right);
  const formats = { ...grid.formats };
  const rows = grid.rows.map((row, i) => {
    const r = i + 1;
    if (r < header) return row;
    const out: GridCell[] = [...row];
    for (const b of bands) {
      let from = 0;
      for (let c = b.left; c <= b.right && from === 0; c++) if (!isBlank(out[c - 1] ?? null)) from = c;
      if (from === 0 || from === b.left) continue;
      // Typed into the band's middle (the row left unmerged): moved to its first column, with its format.
      while (out.length < b.left) out.push(null);
      out[b.left - 1] = out[from - 1];
      out[from - 1] = null;
      const fmt = grid.formats[`${r}:${from}`];
      if (fmt !== undefined) formats[`${r}:${b.left}`] = fmt;
    }
    return out;
  });
  const merges = grid.merges.flatMap((m) => {
    if (m.top < header || !bandOf(m.left)) return [m];
    if (m.bottom === m.top) return [];
    return [{ ...m, right: m.left }];
  });
  return { grid: { ...grid, rows, merges, formats }, bands: bands.length };
}
