import { MASTER } from "../core/contract";
import { IsoDate } from "../core/dates/isoDate";
import { narrativeFromSheet, readMaster } from "../core/import/readMaster";
import { Plan } from "../core/plan/model";
import { NarrativeRow, withNarrative } from "../core/report/narrative";
import { PeriodKind } from "../core/report/period";
import { narrativeSheet } from "../core/sheets/narrativeSheet";
import { NarrativeSection } from "../core/vocab";
import { THIS_WORKBOOK } from "./operations";
import { loadSheets, readSheets } from "./readSheets";
import { ExcelRun } from "./run";
import { writeSpecs } from "./writeTables";

/**
 * Nội dung báo cáo, the report's own words, as the pane reads and writes them. Reading is one
 * Excel.run of one or two syncs; writing one Excel.run that reads the sheet as it stands (a
 * co-author's rows included) and rewrites it with the period's sections as typed: three syncs.
 */
const SHEET = MASTER.narrative.sheet;

/** The rows of Nội dung báo cáo as they stand; null when the workbook has no such sheet. */
export async function readNarrativeRows(run: ExcelRun, plan: Plan, asOf: IsoDate): Promise<NarrativeRow[] | null> {
  const grids = await readSheets(run, [SHEET], THIS_WORKBOOK);
  return grids.length === 0 ? null : readMaster(grids, plan, asOf).narrative;
}

/** Writes a period's sections (those given) into Nội dung báo cáo, keeping every other row; returns how many rows it holds. */
export async function writeNarrativeRows(
  run: ExcelRun,
  plan: Plan,
  asOf: IsoDate,
  period: { year: number; kind: PeriodKind },
  texts: Partial<Record<NarrativeSection, string>>,
): Promise<number> {
  return run(async (context) => {
    const { sheets, grids } = await loadSheets(context, [SHEET], [SHEET], THIS_WORKBOOK);
    // Empty rows laid out for a period stay where they are: its sections stay together.
    const spec = narrativeSheet(plan, withNarrative(narrativeFromSheet(grids[0], true), period, texts), asOf);
    await writeSpecs(context, [spec], sheets);
    return spec.rows.length;
  });
}
