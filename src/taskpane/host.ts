import { SheetReadApis } from "../excel/readSheets";
import { ExcelRun } from "../excel/run";

/**
 * What the task pane needs from where it runs: Excel itself, or the in-memory workbook of
 * `npm run preview` and the end-to-end tests. The pane never touches Office.js otherwise.
 */
export interface Host {
  run: ExcelRun;
  /** Opens .xlsx bytes as a new workbook, where the host can (ExcelApi 1.8). */
  openWorkbook: ((base64: string) => Promise<void>) | null;
  /** What the active-sheet reader may ask of this host beyond values and formats. */
  sheetApis: SheetReadApis;
  language: "vi" | "en";
}

export function officeHost(): Host {
  const supports = (v: string) => Office.context.requirements.isSetSupported("ExcelApi", v);
  return {
    run: (batch) => Excel.run(batch),
    openWorkbook: supports("1.8") ? (b64) => Excel.createWorkbook(b64) : null,
    sheetApis: { merges: supports("1.13"), cellProperties: supports("1.9"), comments: supports("1.10"), notes: supports("1.18") },
    language: /^vi/i.test(Office.context.displayLanguage ?? "vi") ? "vi" : "en",
  };
}
