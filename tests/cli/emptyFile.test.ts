import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, readdirSync } from "fs";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";

// A workbook read without error but giving nothing (notes, a layout no reader knows) is named on the
// command line too, so "Đã tổng hợp 6/6 tệp" is never taken to mean every official's work came through.
describe("a workbook from which nothing was read", () => {
  it("is named with a warning, and the count says how many gave nothing", async () => {
    const dir = tempDir("cchc-empty-");
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    const examples = projectPath("examples");
    for (const f of readdirSync(examples)) copyFileSync(join(examples, f), join(inputs, f));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ghi chú");
    ws.addRow(["Ghi chú riêng của tôi về CCHC"]);
    ws.addRow(["Họp giao ban thứ Hai hằng tuần"]);
    await wb.xlsx.writeFile(join(inputs, "ghi-chu-rieng.xlsx"));

    const r = await runCli(["consolidate", inputs, "-o", join(dir, "master.xlsx"), "--as-of", "2021-12-15"]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      "Cảnh báo: ghi-chu-rieng.xlsx: đọc được tệp nhưng không lấy được nhiệm vụ, số liệu hay hồ sơ nào; xem lý do trong sheet Kiểm tra.",
    ]);
    expect(r.out[0]).toMatch(/^Đã tổng hợp 6\/6 tệp \(1 tệp không lấy được gì\): /);
  });
});
