import { MASTER } from "../contract";
import { Consolidation } from "../import/consolidate";
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
];

/** Every sheet of the master workbook for a consolidation: the summary first, then the contract's order. */
export function masterWorkbookSpecs(c: Consolidation): TableSheetSpec[] {
  const comp = compliance(c.plan, c.tasks, c.readings, c.asOf);
  return [summarySheet(c.plan, comp), ...masterSheets(c, comp)];
}
