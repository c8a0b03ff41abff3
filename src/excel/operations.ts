import { IsoDate } from "../core/dates/isoDate";
import { IMPORTED_TASKS, MASTER } from "../core/contract";
import { Grid } from "../core/import/grid";
import { Consolidation } from "../core/import/consolidate";
import { keepMasterEntries } from "../core/import/keepTyped";
import { MasterContent, readMaster } from "../core/import/readMaster";
import { Plan } from "../core/plan/model";
import { MASTER_WORKBOOK_SHEETS, MasterOptions, masterWorkbookSpecs } from "../core/sheets/masterWorkbook";
import { deadlineSheet, planDeadlines, planSheet } from "../core/sheets/planSheets";
import { summarySheet } from "../core/sheets/summarySheet";
import { Compliance, compliance } from "../core/summary/compliance";
import { EarlyWarnings, earlyWarnings } from "../core/summary/warnings";
import { loadSheets, readSheets } from "./readSheets";
import { ExcelRun } from "./run";
import { writeSpecs, writeTableSheets } from "./writeTables";

/** What the task pane asks of the workbook: a few whole operations, each one Excel.run. */
export const THIS_WORKBOOK = "Sổ tổng hợp";

export function writePlanSheets(run: ExcelRun, plan: Plan): Promise<void> {
  return writeTableSheets(run, [planSheet(plan), deadlineSheet(planDeadlines(plan))]);
}

const DATA_SHEETS = [MASTER.plan.sheet, MASTER.tasks.sheet, MASTER.readings.sheet];

/** Every sheet holding what the official entered, read before the master is rewritten (as the command line reads them). */
const KEPT_SHEETS = [...DATA_SHEETS, MASTER.dossiers.sheet, MASTER.narrative.sheet, MASTER.officials.sheet, IMPORTED_TASKS.sheet];

/**
 * The consolidated master (summary first), keeping what the official entered in it (rows typed
 * straight into its tables, cells edited over rows from the sources), as the command line does:
 * one Excel.run that reads the master as it stands and rewrites it. Two syncs into a new
 * workbook, three over an existing master, one more per further 4 MB of values.
 */
export async function writeMaster(
  run: ExcelRun,
  c: Consolidation,
  options: Pick<MasterOptions, "year"> = {},
): Promise<{ kept: number; edited: number; consolidation: Consolidation }> {
  return run(async (context) => {
    const { sheets, grids } = await loadSheets(context, MASTER_WORKBOOK_SHEETS, KEPT_SHEETS, THIS_WORKBOOK);
    const { consolidation, imported, kept, edited } = keepMasterEntries(c, readMaster(grids, c.plan, c.asOf));
    await writeSpecs(context, masterWorkbookSpecs(consolidation, { ...options, imported }), sheets);
    return { kept, edited, consolidation };
  });
}

/** What a summary and a report read besides the data sheets: dossier statistics, the report's own words, who holds each title. */
const REPORT_SHEETS = [...DATA_SHEETS, MASTER.dossiers.sheet, MASTER.narrative.sheet, MASTER.officials.sheet];

/** The master's sheets a summary or a report reads, as grids, as they stand now (co-authors' edits included). */
export function readMasterGrids(run: ExcelRun): Promise<Grid[]> {
  return readSheets(run, REPORT_SHEETS, THIS_WORKBOOK);
}

/** Kế hoạch, Nhiệm vụ and Chỉ số as they stand in the workbook now (co-authors' edits included). */
export async function readMasterFromWorkbook(run: ExcelRun, base: Plan, asOf: IsoDate): Promise<MasterContent> {
  return readMaster(await readMasterGrids(run), base, asOf);
}

/** What building Tổng hợp computed: its verdicts and the early warnings it wrote (TongHopCanhBao), for the pane to show. */
export interface SummaryWritten {
  compliance: Compliance;
  warnings: EarlyWarnings;
}

/** Builds or refreshes Tổng hợp from the tables as they stand; it replaces the old one. `year`: the assessment year (else the plan's default). */
export async function buildSummaryInWorkbook(
  run: ExcelRun,
  base: Plan,
  asOf: IsoDate,
  year?: number,
): Promise<SummaryWritten & { master: MasterContent }> {
  const master = await readMasterFromWorkbook(run, base, asOf);
  return { ...(await writeSummary(run, master, asOf, year)), master };
}

/**
 * Tổng hợp from a master already read (the pane first checks there is something to sum up), dossier
 * statistics included. Returns the compliance and the early warnings the sheet was written from: the
 * pane lists the very warnings of the sheet, computed once.
 */
export async function writeSummary(run: ExcelRun, master: MasterContent, asOf: IsoDate, year?: number): Promise<SummaryWritten> {
  const comp = compliance(master.plan, master.tasks, master.readings, asOf, { year, dossiers: master.dossiers });
  const warnings = earlyWarnings(comp, master.tasks, master.readings);
  await writeTableSheets(run, [summarySheet(master.plan, comp, warnings)]);
  return { compliance: comp, warnings };
}
