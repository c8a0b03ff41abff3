import type ExcelJS from "exceljs";
import { columnName } from "../core/import/grid";
import { IsoDate, parseIsoDate, toExcelSerial, ymd } from "../core/dates/isoDate";
import { CellValue, ColumnSpec, HighlightSpec, NUMBER_FORMATS, TableSheetSpec, ValidationSpec, headerRowOf } from "../core/sheets/spec";

const TONES: Record<HighlightSpec["tone"], { fill: string; font: string }> = {
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  warn: { fill: "FFFFEB9C", font: "FF9C5700" },
  good: { fill: "FFC6EFCE", font: "FF006100" },
};

function toDate(iso: IsoDate): Date {
  const { y, m, d } = ymd(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A spec value as exceljs wants it: dates become Date; text stays text, never a formula. */
export function excelValue(value: CellValue, column: ColumnSpec): ExcelJS.CellValue {
  // An empty text is an empty cell, as a person typing it would leave it.
  if (value === null || value === "") return null;
  if (column.type === "date" && typeof value === "string") {
    const iso = parseIsoDate(value);
    return iso ? toDate(iso) : value;
  }
  return value;
}

/** exceljs 4.4 has range-addressed validation (one sqref per column) but does not type it. */
type WorksheetWithRangeValidation = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function validationOf(v: ValidationSpec, plan: { sheetRows: (sheet: string) => number; columnOf: (sheet: string, header: string) => number }): ExcelJS.DataValidation {
  switch (v.kind) {
    case "list":
      return { type: "list", allowBlank: true, formulae: [`"${v.values.join(",")}"`], showErrorMessage: true, errorTitle: "Giá trị không hợp lệ", error: `Chọn một trong: ${v.values.join(", ")}` };
    case "listFromColumn": {
      const col = columnName(plan.columnOf(v.sheet, v.column));
      const last = Math.max(plan.sheetRows(v.sheet) + 1, 2) + 200;
      return { type: "list", allowBlank: true, formulae: [`${quoteSheet(v.sheet)}!$${col}$2:$${col}$${last}`], showErrorMessage: true, errorTitle: "Mã không có trong kế hoạch", error: `Chọn một mã trong cột ${v.column} của sheet ${v.sheet}.` };
    }
    case "decimal":
      return { type: "decimal", operator: "between", allowBlank: true, formulae: [v.min, v.max], showErrorMessage: true, errorTitle: "Ngoài khoảng cho phép", error: `Nhập số từ ${v.min} đến ${v.max}.` };
    case "date":
      return { type: "date", operator: "between", allowBlank: true, formulae: [toExcelSerial(v.min), toExcelSerial(v.max)], showErrorMessage: true, errorTitle: "Ngày không hợp lệ", error: "Nhập ngày dạng dd/mm/yyyy trong những năm của kế hoạch." };
  }
}

export interface RenderContext {
  sheetRows: (sheet: string) => number;
  columnOf: (sheet: string, header: string) => number;
}

/** Writes one table sheet: preamble, an Excel table, formats, validation, highlights, print setup. */
export function renderTableSheet(wb: ExcelJS.Workbook, spec: TableSheetSpec, ctx: RenderContext): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.sheet);
  const headerRow = headerRowOf(spec);

  spec.preamble?.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = line.label;
    if (line.style === "title") row.getCell(1).font = { bold: true, size: 14 };
    else row.getCell(1).font = { bold: true };
    if (line.value !== undefined) {
      const cell = row.getCell(2);
      cell.value = excelValue(line.value, { header: line.label, type: line.type ?? "text", width: 0 });
      const fmt = NUMBER_FORMATS[line.type ?? "text"];
      if (fmt && line.type && line.type !== "text") cell.numFmt = fmt;
    }
  });

  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    const fmt = NUMBER_FORMATS[c.type];
    if (fmt) col.numFmt = fmt;
    col.alignment = { vertical: "top", wrapText: c.wrap === true };
  });

  // Excel rejects a table without a data row: an empty table keeps one blank row, as Excel does.
  const rows = spec.rows.length > 0 ? spec.rows : [spec.columns.map(() => null)];
  ws.addTable({
    name: spec.table,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) => r.map((v, i) => excelValue(v, spec.columns[i]))),
  });

  const firstData = headerRow + 1;
  const lastData = headerRow + rows.length;
  spec.columns.forEach((c, i) => {
    if (!c.validation) return;
    const col = columnName(i + 1);
    (ws as WorksheetWithRangeValidation).dataValidations.add(`${col}${firstData}:${col}${lastData}`, validationOf(c.validation, ctx));
  });

  const lastCol = columnName(spec.columns.length);
  (spec.highlights ?? []).forEach((h, n) => {
    const col = columnName(spec.columns.findIndex((c) => c.header === h.column) + 1);
    const test = h.values.map((v) => `$${col}${firstData}="${v}"`).join(",");
    const tone = TONES[h.tone];
    ws.addConditionalFormatting({
      ref: `A${firstData}:${lastCol}${lastData}`,
      rules: [
        {
          type: "expression",
          priority: n + 1,
          formulae: [h.values.length > 1 ? `OR(${test})` : test],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: tone.fill } }, font: { color: { argb: tone.font } } },
        },
      ],
    });
  });

  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0, activeCell: `A${firstData}` }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: spec.print?.orientation ?? "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  return ws;
}
