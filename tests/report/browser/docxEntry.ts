/** Bundled for the browser by docxBrowser.test.ts: the built-in plan's 6-month report as .docx bytes. */
import { BUILTIN_PLAN } from "../../../src/core/plan/builtin";
import { reportDocument } from "../../../src/core/report/document";
import { buildReport, resolveSettings } from "../../../src/core/report/model";
import { reportPeriod } from "../../../src/core/report/period";
import { docxBytes } from "../../../src/docx/reportDocx";

(window as unknown as { makeDocx: () => Promise<number[]> }).makeDocx = async () => {
  const model = buildReport(BUILTIN_PLAN, [], [], reportPeriod(2021, "H1"), resolveSettings(BUILTIN_PLAN, { number: "7" }));
  return Array.from(await docxBytes(reportDocument(model)));
};
