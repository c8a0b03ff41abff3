import ExcelJS from "exceljs";

/** Small helpers for writing tracking workbooks the way officials lay them out. */
export type Cell = ExcelJS.CellValue;

export function d(day: number, month: number, year: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** A title line merged across `width` columns, bold and centred. */
export function title(ws: ExcelJS.Worksheet, row: number, text: string, width: number, size = 12): void {
  ws.mergeCells(row, 1, row, width);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { bold: true, size };
  c.alignment = { horizontal: "center" };
}

export function boldRow(ws: ExcelJS.Worksheet, row: number, values: Cell[]): void {
  values.forEach((v, i) => {
    const c = ws.getCell(row, i + 1);
    c.value = v;
    c.font = { bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  });
}

export function dataRows(ws: ExcelJS.Worksheet, startRow: number, rows: Cell[][]): number {
  rows.forEach((values, i) => {
    values.forEach((v, j) => {
      if (v === undefined) return;
      const c = ws.getCell(startRow + i, j + 1);
      c.value = v;
      if (v instanceof Date) c.numFmt = "dd/mm/yyyy";
      c.alignment = { vertical: "top", wrapText: true };
    });
  });
  return startRow + rows.length;
}

export function widths(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

/** The signature footer under a form: "Người lập biểu … ngày … tháng … năm". */
export function footer(ws: ExcelJS.Worksheet, row: number, place: string, date: Date, who: string): void {
  ws.getCell(row, 6).value = `${place}, ngày ${date.getUTCDate()} tháng ${date.getUTCMonth() + 1} năm ${date.getUTCFullYear()}`;
  ws.getCell(row + 1, 2).value = "Người lập biểu";
  ws.getCell(row + 1, 6).value = "Xác nhận của lãnh đạo";
  ws.getCell(row + 5, 2).value = who;
}
