/**
 * Copies one sheet of a workbook into a workbook of its own (values only, the named columns), for
 * printing it alone:  node build/scripts/sheetPdf.js in.xlsx "Nhiệm vụ" out.xlsx ["Mã tiêu chí,Nội dung,…"]
 */
import ExcelJS from "exceljs";

async function main(): Promise<void> {
  const [input, sheet, output, only] = process.argv.slice(2);
  const src = new ExcelJS.Workbook();
  await src.xlsx.readFile(input);
  const ws = src.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const out = new ExcelJS.Workbook();
  const copy = out.addWorksheet(sheet, {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  const keep = only
    ? only
        .split(",")
        .map((h) => headers.indexOf(h))
        .filter((i) => i > 0)
    : headers.map((_, i) => i).filter((i) => i > 0);
  ws.eachRow((row, r) => {
    copy.getRow(r).height = 30;
    keep.forEach((c, k) => {
      const v = row.getCell(c).value;
      const out = copy.getCell(r, k + 1);
      out.value =
        v instanceof Date
          ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`
          : (v as ExcelJS.CellValue);
      out.alignment = { wrapText: true, vertical: "top" };
      out.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
      if (r === 1) out.font = { bold: true };
    });
  });
  keep.forEach((c, k) => (copy.getColumn(k + 1).width = Math.min(ws.getColumn(c).width ?? 12, 40)));
  await out.xlsx.writeFile(output);
}

void main();
