import { readMaster } from "../import/readMaster";
import { Grid } from "../import/grid";
import { Plan } from "../plan/model";
import { SheetSpec } from "../sheets/spec";
import { baselineCautions, masterDates, reportCautions, reportRefusal } from "./cautions";
import { DocModel } from "./docModel";
import { missingBaseline, planSectionDocument, reportDocument } from "./document";
import { ReportModel, ReportSettings, addresseeGone, buildReport, resolveSettings } from "./model";
import { formatViDateShort } from "../dates/isoDate";
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
       * Why the report must not be sent at all, in Vietnamese, or null: its period ends before the
       * plan was issued, or it is dated before that. The command line refuses it; so does the pane.
       */
      refusal: string | null;
      /**
       * What to tell the user before the report is signed, in Vietnamese: the refusal first, then a
       * date before the period's end, a period the master holds no data for, missing baselines.
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
  const model = buildReport(master.plan, master.tasks, master.readings, period, resolveSettings(master.plan, settings, period.to), master);
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
    ...model.settings.to
      .filter((body) => addresseeGone(body, model.date))
      .map(
        (body) =>
          `Kính gửi "${body}": từ 1/7/2025 không còn cấp huyện, báo cáo ngày ${formatViDateShort(model.date)} gửi cơ quan cấp tỉnh (ví dụ "Sở Nội vụ", --to).`,
      ),
  ];
  return { ok: true, model, document, specs: documentSheets(document), refusal, cautions };
}
