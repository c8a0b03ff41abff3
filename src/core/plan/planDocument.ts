import { Grid } from "./tableSeam";

/**
 * A plan as read from its file, before parsing: text in reading order, and the tables the
 * file holds (a Word file's tables, a workbook's sheets) as grids, in document order.
 */
export type PlanBlock = { kind: "text"; text: string } | { kind: "table"; grid: Grid };

export interface PlanDocument {
  blocks: PlanBlock[];
}
