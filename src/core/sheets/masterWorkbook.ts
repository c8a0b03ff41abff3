import { IMPORTED_TASKS, MASTER } from "../contract";
import { Consolidation } from "../import/consolidate";
import { Task } from "../import/records";
import { importedTasksSheet } from "./importedSheet";
import { compliance } from "../summary/compliance";
import { masterSheets } from "./recordSheets";
import { TableSheetSpec } from "./spec";
import { summarySheet } from "./summarySheet";

/** The master's sheets in the order they are written. */
export const MASTER_WORKBOOK_SHEETS: readonly string[] = [
  MASTER.summary.sheet,
  MASTER.plan.sheet,
  MASTER.tasks.sheet,
  MASTER.readings.sheet,
  MASTER.deadlines.sheet,
  MASTER.problems.sheet,
  MASTER.officials.sheet,
  IMPORTED_TASKS.sheet,
];

/**
 * Every sheet of the master workbook for a consolidation: the summary first, then the contract's
 * order, then (hidden) the task rows as the sources gave them: `imported`, when edits made in
 * the master were kept over them (core/import/keepEdits), else the tasks that came from a file.
 */
export function masterWorkbookSpecs(c: Consolidation, imported?: readonly Task[]): TableSheetSpec[] {
  const comp = compliance(c.plan, c.tasks, c.readings, c.asOf);
  const fromSources = imported ?? c.tasks.filter((t) => t.source.file !== "");
  return [summarySheet(c.plan, comp), ...masterSheets(c, comp), importedTasksSheet(c, fromSources)];
}
