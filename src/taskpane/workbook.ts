import { IsoDate } from "../core/dates/isoDate";
import { Consolidation } from "../core/import/consolidate";
import { Grid } from "../core/import/grid";
import { MasterContent } from "../core/import/readMaster";
import { Plan } from "../core/plan/model";
import { Compliance } from "../core/summary/compliance";
import { readMasterFromWorkbook, readMasterGrids, writeMaster, writePlanSheets, writeSummary } from "../excel/operations";
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
  writeMaster: (c: Consolidation) => Promise<{ kept: number; consolidation: Consolidation }>;
  readActiveSheet: (file: string) => Promise<Grid | null>;
  selectCell: (sheet: string, address: string) => Promise<void>;
  readMaster: (plan: Plan, asOf: IsoDate) => Promise<MasterContent>;
  writeSummary: (master: MasterContent, asOf: IsoDate) => Promise<Compliance>;
  readMasterGrids: () => Promise<Grid[]>;
  loadSettings: (keys: readonly string[]) => Promise<Record<string, unknown>>;
  saveSettings: (values: Readonly<Record<string, unknown>>) => Promise<void>;
  /** Opens .xlsx bytes as a new workbook, where the host can (ExcelApi 1.8); null elsewhere. */
  openWorkbook: ((base64: string) => Promise<void>) | null;
}

export function excelWorkbook(host: Host): PaneWorkbook {
  const run = host.run;
  return {
    writePlan: (plan) => writePlanSheets(run, plan),
    writeMaster: (c) => writeMaster(run, c),
    readActiveSheet: (file) => readActiveSheet(run, file, host.canReadMerges),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    readMaster: (plan, asOf) => readMasterFromWorkbook(run, plan, asOf),
    writeSummary: (master, asOf) => writeSummary(run, master, asOf),
    readMasterGrids: () => readMasterGrids(run),
    loadSettings: (keys) => loadWorkbookSettings(run, keys),
    saveSettings: (values) => saveWorkbookSettings(run, values),
    openWorkbook: host.openWorkbook,
  };
}
