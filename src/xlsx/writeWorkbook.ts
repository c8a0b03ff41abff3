import ExcelJS from "exceljs";
import { SheetSpec } from "../core/sheets/spec";
import { renderTableSheet } from "./renderTable";

export interface WorkbookMeta {
  /** Written as the file's created/modified time; fixed for reproducible output. */
  timestamp: Date;
}

/** SheetSpecs -> an exceljs workbook. The Office.js renderer writes the same specs into Excel. */
export function buildWorkbook(specs: readonly SheetSpec[], meta: WorkbookMeta): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cchc-tracker";
  wb.lastModifiedBy = "cchc-tracker";
  wb.created = meta.timestamp;
  wb.modified = meta.timestamp;
  wb.calcProperties.fullCalcOnLoad = false;
  const ctx = {
    sheetRows: (sheet: string) => specs.find((s) => s.sheet === sheet)?.rows.length ?? 0,
    columnOf: (sheet: string, header: string) => (specs.find((s) => s.sheet === sheet)?.columns.findIndex((c) => c.header === header) ?? 0) + 1,
  };
  for (const spec of specs) renderTableSheet(wb, spec, ctx);
  return wb;
}

export async function workbookBytes(specs: readonly SheetSpec[], meta: WorkbookMeta): Promise<Uint8Array> {
  const buffer = await buildWorkbook(specs, meta).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
