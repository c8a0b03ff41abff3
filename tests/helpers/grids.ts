import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidation, consolidate } from "../../src/core/import/consolidate";
import { CellRange, Grid, GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";

/** A sheet's Grid from its rows, as a reader gives it: nothing hidden or merged unless `extra` says. */
export function gridOf(rows: GridCell[][], extra: Partial<Grid> = {}): Grid {
  return { file: "so.xlsx", sheet: "Theo dõi", hidden: false, rows, formats: {}, merges: [], hiddenRows: [], hiddenCols: [], ...extra };
}

/** One sheet of rows consolidated as "so.xlsx" (its merges or name as `extra` says) on 15/12/2021, its tasks in their rows' order. */
export function consolidateSheet(rows: GridCell[][], extra: Partial<Grid> = {}): Consolidation {
  const c = consolidate([{ file: "so.xlsx", ok: true, grids: [gridOf(rows, extra)] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
  return { ...c, tasks: [...c.tasks].sort((a, b) => a.source.row - b.source.row) };
}

/** "E4:F4" as the reader gives a merged range. */
export function merged(...refs: string[]): CellRange[] {
  const at = (ref: string) => {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(ref) ?? ["", "A", "1"];
    return { col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(row) };
  };
  return refs.map((ref) => {
    const [a, b] = ref.split(":").map(at);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
}
