import ExcelJS from "exceljs";

/** Reads a written workbook back with exceljs, as another tool would. */
export async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A table's header and rows as plain values (dates as ISO strings). */
export function tableValues(ws: ExcelJS.Worksheet, headerRow = 1): { header: string[]; rows: unknown[][] } {
  const header = (ws.getRow(headerRow).values as unknown[]).slice(1).map(String);
  const rows: unknown[][] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const values = header.map((_, c) => {
      const v = ws.getRow(r).getCell(c + 1).value;
      return v instanceof Date ? v.toISOString().slice(0, 10) : v;
    });
    if (values.some((v) => v !== null && v !== undefined && v !== "")) rows.push(values);
  }
  return { header, rows };
}

/** The tables a sheet declares, by name, with their ranges. */
export function tablesOf(ws: ExcelJS.Worksheet): Record<string, string> {
  const model = ws.model as unknown as { tables?: Array<{ name: string; tableRef: string }> };
  return Object.fromEntries((model.tables ?? []).map((t) => [t.name, t.tableRef]));
}
