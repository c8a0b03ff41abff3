import ExcelJS from "exceljs";

/**
 * What an official does to a master by hand: enters the 2020 baseline of 2.1 (80) in Kế hoạch,
 * types a task into Nhiệm vụ and, if asked, a reading (1.7: 100 % at 10/12/2021) into Chỉ số.
 */
export async function typeIntoMaster(path: string, options: { taskDue: Date; reading: boolean; saveAs?: string }): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const plan = wb.getWorksheet("Kế hoạch")!;
  const row21 = [...Array(plan.rowCount).keys()].map((i) => i + 1).find((r) => plan.getCell(r, 1).value === "2.1")!;
  plan.getCell(row21, 11).value = 80;
  const tasks = wb.getWorksheet("Nhiệm vụ")!;
  tasks.getRow(tasks.rowCount + 1).values = [
    null,
    "1.5",
    "Số hóa hồ sơ lưu trữ năm 2020",
    "Công chức Văn phòng-Thống kê",
    null,
    options.taskDue,
    "Đang thực hiện",
  ];
  if (options.reading) {
    const readings = wb.getWorksheet("Chỉ số")!;
    readings.getRow(readings.rowCount + 1).values = ["1.7", "Tháng 12/2021", new Date(Date.UTC(2021, 11, 10)), null, null, 100];
  }
  await wb.xlsx.writeFile(options.saveAs ?? path);
}
