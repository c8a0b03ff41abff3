import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { join } from "path";

export type Row = ExcelJS.CellValue[];

export function d(day: number, month: number, year: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Writes a one-sheet (or more) workbook to dir/name and returns its path. */
export async function writeWorkbook(
  dir: string,
  name: string,
  sheets: Record<string, (ws: ExcelJS.Worksheet) => void>,
  setup?: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  setup?.(wb);
  for (const [sheet, fill] of Object.entries(sheets)) fill(wb.addWorksheet(sheet));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export function put(ws: ExcelJS.Worksheet, firstRow: number, rows: Row[]): void {
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== undefined && v !== null) ws.getCell(firstRow + i, j + 1).value = v;
    }),
  );
}

export function writeBytes(dir: string, name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
