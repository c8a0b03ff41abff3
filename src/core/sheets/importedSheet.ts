import { IMPORTED_TASKS } from "../contract";
import { Consolidation } from "../import/consolidate";
import { Task } from "../import/records";
import { taskCells, taskColumns } from "./recordSheets";
import { TableSheetSpec, lazyRows } from "./spec";

/**
 * The hidden sheet that remembers the cells an official may correct of each task row, as the
 * sources gave them (see IMPORTED_TASKS): written exactly as Nhiệm vụ writes them, so that both
 * read back alike; nothing to enter, nothing to print.
 */
export function importedTasksSheet(c: Consolidation, imported: readonly Task[]): TableSheetSpec {
  const columns = taskColumns(c.plan);
  const picks = IMPORTED_TASKS.columns.map((h) => columns.findIndex((col) => col.header === h));
  return {
    kind: "table",
    sheet: IMPORTED_TASKS.sheet,
    table: IMPORTED_TASKS.table,
    columns: picks.map((i) => ({ header: columns[i].header, type: columns[i].type, width: columns[i].width })),
    rows: lazyRows(imported.length, (r) => {
      const row = taskCells(imported[r]);
      return picks.map((i) => row[i]);
    }),
    hidden: true,
  };
}
