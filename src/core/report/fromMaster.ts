import { readMaster } from "../import/readMaster";
import { Grid } from "../import/grid";
import { Plan } from "../plan/model";
import { SheetSpec } from "../sheets/spec";
import { baselineCautions, masterDates, reportCautions, reportRefusal } from "./cautions";
import { DocModel } from "./docModel";
import { missingBaseline, planSectionDocument, reportDocument } from "./document";
import { ReportModel, ReportSettings, buildReport, resolveSettings } from "./model";
import { ReportPeriod } from "./period";
import { documentSheets } from "./toSheets";

/** The stand-alone report on the plan, or only the plan's section to paste into the commune's CCHC report. */
export type ReportForm = "report" | "section";

export type MasterReport =
  | {
      ok: true;
      model: ReportModel;
      /** The document both renderers draw: src/docx writes it as .docx. */
      document: DocModel;
      /** The same document as sheets of an .xlsx. */
      specs: SheetSpec[];
      /**
       * What to tell the user before the report is signed, in Vietnamese: a period that ends
       * before the plan was issued (the command line refuses it), a date before the period's end,
       * a period the master holds no data for.
       */
      cautions: string[];
    }
  | { ok: false; missing: string[] };

/**
 * The report recipe, one for the command line and the pane: the master as it stands (edits,
 * baselines typed into Kế hoạch, rows typed into the tables, Hồ sơ TTHC, Nội dung báo cáo, the
 * names of Danh mục) -> the report model -> the document, and its sheets. Settings not given take
 * the plan's defaults (see defaultReportSettings).
 */
export function reportFromMaster(
  grids: readonly Grid[],
  base: Plan,
  period: ReportPeriod,
  settings: Partial<ReportSettings>,
  form: ReportForm = "report",
): MasterReport {
  const master = readMaster(grids, base, period.to);
  if (master.missing.length > 0) return { ok: false, missing: master.missing };
  const model = buildReport(master.plan, master.tasks, master.readings, period, resolveSettings(master.plan, settings), master);
  const document = form === "section" ? planSectionDocument(model) : reportDocument(model);
  const refusal = reportRefusal(master.plan.identity, period, model.settings.reportDate);
  const baselines = model.items.flatMap((it) => {
    const year = missingBaseline(it, period.year);
    return year === null ? [] : [{ code: it.item.code, year }];
  });
  const cautions = [
    ...(refusal ? [refusal] : []),
    ...reportCautions(period, model.settings.reportDate, masterDates(grids)),
    ...baselineCautions(baselines),
  ];
  return { ok: true, model, document, specs: documentSheets(document), cautions };
}
