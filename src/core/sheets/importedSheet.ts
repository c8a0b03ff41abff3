import { IMPORTED_TASKS } from "../contract";
import { Consolidation } from "../import/consolidate";
import { Task } from "../import/records";
import { tasksSheet } from "./recordSheets";
import { TableSheetSpec } from "./spec";

/**
 * The hidden sheet that remembers the cells an official may correct of each task row, as the
 * sources gave them (see IMPORTED_TASKS): written exactly as Nhiệm vụ writes them, so that both
 * read back alike; nothing to enter, nothing to print.
 */
export function importedTasksSheet(c: Consolidation, imported: readonly Task[]): TableSheetSpec {
  const visible = tasksSheet({ ...c, tasks: [...imported] });
  const picks = IMPORTED_TASKS.columns.map((h) => visible.columns.findIndex((col) => col.header === h));
  return {
    kind: "table",
    sheet: IMPORTED_TASKS.sheet,
    table: IMPORTED_TASKS.table,
    columns: picks.map((i) => ({ header: visible.columns[i].header, type: visible.columns[i].type, width: visible.columns[i].width })),
    rows: visible.rows.map((row) => picks.map((i) => row[i])),
    hidden: true,
  };
}
