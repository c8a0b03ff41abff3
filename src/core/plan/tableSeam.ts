/**
 * The plan reader's one seam into the importer (src/core/import, being rewritten): a table plan
 * needs what a workbook needs, a grid, its cells and a heading's key. Switch these lines when the
 * importer's API changes; nothing else in src/core/plan imports from src/core/import.
 */
export type { CellRange, Grid, GridCell } from "../import/grid";
export { cellText, isBlank, isGridDate } from "../import/grid";
export { headingKey } from "../import/columns";
export { parseDateCell } from "../import/values";
