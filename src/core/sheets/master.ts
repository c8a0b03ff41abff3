import { Consolidation } from "../import/consolidate";
import { compliance } from "../summary/compliance";
import { masterSheets } from "./masterSheets";
import { TableSheetSpec } from "./spec";

/** Every sheet of the master workbook for a consolidation, in order. */
export function masterWorkbookSpecs(c: Consolidation): TableSheetSpec[] {
  const comp = compliance(c.plan, c.tasks, c.readings, c.asOf);
  return masterSheets(c, comp);
}
