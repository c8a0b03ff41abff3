import ExcelJS from "exceljs";

/** dd/mm/yyyy -> the Date exceljs writes as an Excel date. */
const day = (text: string) => {
  const [d, m, y] = text.split("/").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

/** Hộ tịch per period of 2021 (state rule), typed by the official: [carried, online, in person, early, on time, late, pending in time, overdue, returned]. */
export const TYPED_DOSSIERS: Array<[string, string, string, number[]]> = [
  ["Hộ tịch", "15/12/2020", "14/03/2021", [2, 10, 50, 15, 40, 2, 5, 0, 0]],
  ["Hộ tịch", "15/03/2021", "14/06/2021", [5, 12, 48, 20, 38, 1, 6, 0, 0]],
  ["Hộ tịch", "15/06/2021", "14/09/2021", [6, 15, 45, 22, 40, 0, 4, 0, 0]],
  ["Hộ tịch", "15/09/2021", "14/12/2021", [4, 20, 40, 25, 35, 1, 3, 0, 0]],
  ["Chứng thực", "15/09/2021", "14/12/2021", [0, 0, 30, 30, 0, 0, 0, 0, 0]],
];

function rowOf(ws: ExcelJS.Worksheet, col: number, value: string, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === value) return r;
  throw new Error(`${ws.name}: no row with "${value}"`);
}

/**
 * What the Office-Statistics official does in the master before the annual report: 1.1's 2020 value
 * (20 %) in Kế hoạch; the report's own words in Nội dung báo cáo (its rows for the year were laid
 * out by consolidate); who holds a title in Danh mục; the one-stop system's figures in Hồ sơ TTHC.
 */
export async function prepareReport(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const plan = wb.getWorksheet("Kế hoạch")!;
  plan.getCell(rowOf(plan, 1, "1.1"), 11).value = 20;

  const words = wb.getWorksheet("Nội dung báo cáo")!;
  const write = (section: string, text: string) => (words.getCell(rowOf(words, 2, section), 3).value = text);
  write(
    "I. Công tác chỉ đạo và điều hành",
    "Ủy ban nhân dân xã đã tổ chức hội nghị triển khai Kế hoạch số 49/KH-UBND.\nHằng tháng, Chủ tịch Ủy ban nhân dân xã kiểm tra tiến độ.",
  );
  write("III. Nguyên nhân", "Dịch bệnh Covid-19 làm chậm tiến độ giải ngân.");
  write("V. Đề xuất và kiến nghị", "Đề nghị Phòng Nội vụ mở lớp bồi dưỡng chức danh cho cán bộ, công chức xã.");
  words.getRow(words.rowCount + 1).values = ["6 tháng đầu năm 2021", "V. Đề xuất và kiến nghị", "Kiến nghị viết cho báo cáo 6 tháng."];

  const names = wb.getWorksheet("Danh mục")!;
  names.getCell(rowOf(names, 1, "Phó Chủ tịch Ủy ban nhân dân xã"), 2).value = "Lê Văn Tư";

  const dossiers = wb.getWorksheet("Hồ sơ TTHC")!;
  let r = dossiers.rowCount + 1;
  for (const [field, from, to, counts] of TYPED_DOSSIERS) dossiers.getRow(r++).values = [field, day(from), day(to), ...counts];
  await wb.xlsx.writeFile(path);
}
