import { Consolidation } from "../import/consolidate";
import { compliance } from "../summary/compliance";
import { masterSheets } from "./masterSheets";
import { TableSheetSpec } from "./spec";
import { summarySheet } from "./summarySheet";

/** Every sheet of the master workbook for a consolidation: the summary first, then the contract's order. */
export function masterWorkbookSpecs(c: Consolidation): TableSheetSpec[] {
  const comp = compliance(c.plan, c.tasks, c.readings, c.asOf);
  return [summarySheet(c.plan, comp), ...masterSheets(c, comp)];
}
