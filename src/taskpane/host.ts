import { ExcelRun } from "../excel/run";

/**
 * What the task pane needs from where it runs: Excel itself, or the in-memory workbook of
 * `npm run preview` and the end-to-end tests. The pane never touches Office.js otherwise.
 */
export interface Host {
  run: ExcelRun;
  /** Opens .xlsx bytes as a new workbook, where the host can (ExcelApi 1.8). */
  openWorkbook: ((base64: string) => Promise<void>) | null;
  /** ExcelApi 1.13: merged areas, for two-level headers on the active sheet. */
  canReadMerges: boolean;
  language: "vi" | "en";
}

export function officeHost(): Host {
  const supports = (v: string) => Office.context.requirements.isSetSupported("ExcelApi", v);
  return {
    run: (batch) => Excel.run(batch),
    openWorkbook: supports("1.8") ? (b64) => Excel.createWorkbook(b64) : null,
    canReadMerges: supports("1.13"),
    language: /^vi/i.test(Office.context.displayLanguage ?? "vi") ? "vi" : "en",
  };
}
