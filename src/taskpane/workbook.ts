import { IsoDate } from "../core/dates/isoDate";
import { Consolidation } from "../core/import/consolidate";
import { Grid } from "../core/import/grid";
import { MasterContent } from "../core/import/readMaster";
import { Plan } from "../core/plan/model";
import { NarrativeRow } from "../core/report/narrative";
import { PeriodKind } from "../core/report/period";
import { NarrativeSection } from "../core/vocab";
import { readNarrativeRows, writeNarrativeRows } from "../excel/narrative";
import { SummaryWritten, readMasterFromWorkbook, readMasterGrids, writeMaster, writePlanSheets, writeSummary } from "../excel/operations";
import { readActiveSheet, selectCell } from "../excel/readSheets";
import { loadWorkbookSettings, saveWorkbookSettings } from "../excel/settings";
import { Host } from "./host";

/**
 * Everything the pane asks of the open workbook, as plain functions (each one Excel batch,
 * or a few): the pane gets them as a prop and never sees Office.js. Tests and the preview
 * give the same functions over the in-memory workbook.
 */
export interface PaneWorkbook {
  writePlan: (plan: Plan) => Promise<void>;
  /** `year`: the assessment year Tổng hợp evaluates (the plan's default when absent). */
  writeMaster: (c: Consolidation, year?: number) => Promise<{ kept: number; consolidation: Consolidation }>;
  readActiveSheet: (file: string) => Promise<Grid | null>;
  selectCell: (sheet: string, address: string) => Promise<void>;
  readMaster: (plan: Plan, asOf: IsoDate) => Promise<MasterContent>;
  /** Tổng hợp written; its compliance and the early warnings written into it (the pane lists them). */
  writeSummary: (master: MasterContent, asOf: IsoDate, year?: number) => Promise<SummaryWritten>;
  /** What a summary or a report reads: the data sheets, Hồ sơ TTHC, Nội dung báo cáo, Danh mục. */
  readMasterGrids: () => Promise<Grid[]>;
  /** Nội dung báo cáo's rows, or null when the workbook has no such sheet. */
  readNarrative: (plan: Plan, asOf: IsoDate) => Promise<NarrativeRow[] | null>;
  /** A period's sections written into Nội dung báo cáo, other rows kept; how many rows it holds. */
  writeNarrative: (
    plan: Plan,
    asOf: IsoDate,
    period: { year: number; kind: PeriodKind },
    texts: Partial<Record<NarrativeSection, string>>,
  ) => Promise<number>;
  loadSettings: (keys: readonly string[]) => Promise<Record<string, unknown>>;
  saveSettings: (values: Readonly<Record<string, unknown>>) => Promise<void>;
  /** Opens .xlsx bytes as a new workbook, where the host can (ExcelApi 1.8); null elsewhere. */
  openWorkbook: ((base64: string) => Promise<void>) | null;
}

export function excelWorkbook(host: Host): PaneWorkbook {
  const run = host.run;
  return {
    writePlan: (plan) => writePlanSheets(run, plan),
    writeMaster: (c, year) => writeMaster(run, c, { year }),
    readActiveSheet: (file) => readActiveSheet(run, file, host.sheetApis),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    readMaster: (plan, asOf) => readMasterFromWorkbook(run, plan, asOf),
    writeSummary: (master, asOf, year) => writeSummary(run, master, asOf, year),
    readMasterGrids: () => readMasterGrids(run),
    readNarrative: (plan, asOf) => readNarrativeRows(run, plan, asOf),
    writeNarrative: (plan, asOf, period, texts) => writeNarrativeRows(run, plan, asOf, period, texts),
    loadSettings: (keys) => loadWorkbookSettings(run, keys),
    saveSettings: (values) => saveWorkbookSettings(run, values),
    openWorkbook: host.openWorkbook,
  };
}
