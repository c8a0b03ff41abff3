import { readMaster } from "../import/readMaster";
import { Grid } from "../import/grid";
import { Plan } from "../plan/model";
import { SheetSpec } from "../sheets/spec";
import { reportAppendix, reportDocument } from "./document";
import { ReportModel, ReportSettings, buildReport, defaultRecipients } from "./model";
import { ReportPeriod } from "./period";

export type MasterReport = { ok: true; model: ReportModel; specs: SheetSpec[] } | { ok: false; missing: string[] };

/**
 * The report recipe, one for the command line and the pane: the master as it stands (edits,
 * baselines typed into Kế hoạch, rows typed into the tables) -> the report model -> Báo cáo
 * and Phụ lục. Empty recipients mean the plan's defaults.
 */
export function reportFromMaster(grids: readonly Grid[], base: Plan, period: ReportPeriod, settings: ReportSettings): MasterReport {
  const master = readMaster(grids, base, period.to);
  if (master.missing.length > 0) return { ok: false, missing: master.missing };
  const recipients = settings.recipients.length > 0 ? settings.recipients : defaultRecipients(master.plan);
  const model = buildReport(master.plan, master.tasks, master.readings, period, { ...settings, recipients });
  return { ok: true, model, specs: [reportDocument(model), reportAppendix(model)] };
}
