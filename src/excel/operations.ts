import { IsoDate } from "../core/dates/isoDate";
import { Consolidation } from "../core/import/consolidate";
import { MasterContent, readMaster } from "../core/import/master";
import { Plan } from "../core/plan/model";
import { masterWorkbookSpecs } from "../core/sheets/master";
import { deadlineSheet, planDeadlines, planSheet } from "../core/sheets/planSheets";
import { summarySheet } from "../core/sheets/summarySheet";
import { Compliance, compliance } from "../core/summary/compliance";
import { SHEETS } from "../core/vocab";
import { readSheets } from "./readSheets";
import { ExcelRun } from "./run";
import { WriteResult, writeTableSheets } from "./writeTables";

/** What the task pane asks of the workbook: a few whole operations, each one Excel.run. */
export const THIS_WORKBOOK = "Sổ tổng hợp";

export function writePlanSheets(run: ExcelRun, plan: Plan): Promise<WriteResult> {
  return writeTableSheets(run, [planSheet(plan), deadlineSheet(planDeadlines(plan))]);
}

/** The consolidated master (summary first), keeping rows typed straight into its tables. */
export function writeMaster(run: ExcelRun, c: Consolidation): Promise<WriteResult> {
  return writeTableSheets(run, masterWorkbookSpecs(c), { keepTypedRows: true });
}

/** Kế hoạch, Nhiệm vụ and Chỉ số as they stand in the workbook now (co-authors' edits included). */
export async function readMasterFromWorkbook(run: ExcelRun, base: Plan, asOf: IsoDate): Promise<MasterContent> {
  const grids = await readSheets(run, [SHEETS.plan.sheet, SHEETS.tasks.sheet, SHEETS.readings.sheet], THIS_WORKBOOK);
  return readMaster(grids, base, asOf);
}

/** Builds or refreshes Tổng hợp from the tables as they stand; it replaces the old one. */
export async function buildSummaryInWorkbook(
  run: ExcelRun,
  base: Plan,
  asOf: IsoDate,
): Promise<{ compliance: Compliance; master: MasterContent }> {
  const master = await readMasterFromWorkbook(run, base, asOf);
  const comp = compliance(master.plan, master.tasks, master.readings, asOf);
  await writeTableSheets(run, [summarySheet(master.plan, comp)]);
  return { compliance: comp, master };
}
