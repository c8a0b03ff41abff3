import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidation, consolidate } from "../../src/core/import/consolidate";
import { Grid, GridCell } from "../../src/core/import/grid";
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
