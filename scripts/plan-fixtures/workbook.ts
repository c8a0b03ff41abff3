import ExcelJS from "exceljs";
import { GridCellSpec } from "./word";

/**
 * The appendix table as a workbook, as offices keep it: title rows above (the committee, "PHỤ
 * LỤC", the list's name, "Kèm theo Kế hoạch số …"), group rows merged across, a lead merged down
 * over the tasks it leads, a deadline typed as a real date.
 */
export async function tableWorkbook(titles: string[], rows: GridCellSpec[][], sheetName = "Phụ lục"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  titles.forEach((t, i) => {
    ws.getCell(i + 1, 1).value = t;
    ws.mergeCells(i + 1, 1, i + 1, 6);
  });
  const top = titles.length + 2;
  const down = new Map<number, number>(); // column -> row where its merge started
  rows.forEach((cells, r) => {
    const row = top + r;
    let col = 1;
    for (const c of cells) {
      if (c === "continue") {
        const from = down.get(col);
        if (from !== undefined) ws.mergeCells(from, col, row, col);
      } else if (typeof c === "string") {
        const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(c);
        const cell = ws.getCell(row, col);
        if (date) {
          cell.value = new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
          cell.numFmt = "dd/mm/yyyy";
        } else if (c !== "") cell.value = c;
      } else if ("span" in c) {
        ws.getCell(row, col).value = c.text;
        ws.mergeCells(row, col, row, col + c.span - 1);
        col += c.span - 1;
      } else {
        ws.getCell(row, col).value = c.text;
        down.set(col, row);
      }
      col++;
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
