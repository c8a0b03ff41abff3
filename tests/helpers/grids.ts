import { Grid, GridCell } from "../../src/core/import/grid";

/** A sheet's Grid from its rows, as a reader gives it: nothing hidden or merged unless `extra` says. */
export function gridOf(rows: GridCell[][], extra: Partial<Grid> = {}): Grid {
  return { file: "so.xlsx", sheet: "Theo dõi", hidden: false, rows, formats: {}, merges: [], hiddenRows: [], hiddenCols: [], ...extra };
}
