import { CellRange, Grid, cellAt, cellText } from "./grid";

/**
 * Which merged range covers a cell, in constant time. Real sheets have tens of thousands of
 * merges (one per row of a form); scanning them for every cell took minutes. Short merges are
 * indexed by each row they cover; the rare tall ones are scanned.
 */
export class MergeIndex {
  private readonly byRow = new Map<number, CellRange[]>();
  private readonly tall: CellRange[] = [];

  constructor(merges: readonly CellRange[]) {
    for (const m of merges) {
      if (m.bottom - m.top > 50) {
        this.tall.push(m);
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
    }
  }

  at(row: number, col: number): CellRange | undefined {
    const inRow = this.byRow.get(row);
    if (inRow) for (const m of inRow) if (col >= m.left && col <= m.right) return m;
    for (const m of this.tall) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** Merged ranges that start on a row. */
  startingOn(row: number): CellRange[] {
    return (this.byRow.get(row) ?? []).filter((m) => m.top === row).concat(this.tall.filter((m) => m.top === row));
  }

  /** A cell's text as a reader sees it: the value of the merged range it lies in. */
  label(grid: Grid, row: number, col: number): string {
    const m = this.at(row, col);
    return cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col)).trim();
  }
}
