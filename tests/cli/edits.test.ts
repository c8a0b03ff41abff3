import ExcelJS from "exceljs";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";
import { readBack, tableValues } from "../helpers/xlsx";

// The Office-Statistics official corrects rows that came from officials' workbooks in the master
// itself; the next consolidation keeps those corrections and lists where the source disagrees.
const EXAMPLES = projectPath("examples");
const args = (out: string) => ["consolidate", EXAMPLES, "-o", out, "--as-of", "2021-12-15"];
const TASK = "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến mức độ 3, 4";

/** Nhiệm vụ's columns: Trạng thái G(7), Tiến độ H(8), Ngày hoàn thành I(9), Minh chứng K(11), Ghi chú L(12). */
async function edit(master: string, content: string, cells: Record<number, ExcelJS.CellValue>): Promise<void> {
  const wb = await readBack(master);
  const ws = wb.getWorksheet("Nhiệm vụ")!;
  const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 3).value === content)!;
  for (const [col, value] of Object.entries(cells)) ws.getCell(row, Number(col)).value = value;
  await wb.xlsx.writeFile(master);
}

describe("edits made in the master over rows from the officials' workbooks", () => {
  const master = join(tempDir("cchc-edits-"), "master.xlsx");
  let rows: unknown[][];
  let problems: unknown[][];

  beforeAll(async () => {
    expect((await runCli(args(master))).code).toBe(0);
    await edit(master, TASK, {
      7: "Hoàn thành",
      8: 100,
      9: new Date(Date.UTC(2021, 10, 30)),
      11: "Báo cáo 12/BC-UBND",
      12: "Xác nhận qua điện thoại",
    });
    for (let run = 0; run < 2; run++) {
      const r = await runCli(args(master));
      expect(r.code).toBe(0);
      expect(r.out[0]).toBe(`Giữ lại 5 ô sửa tay trong ${master} (xem Kiểm tra: EDITED_IN_MASTER).`);
    }
    const wb = await readBack(master);
    rows = tableValues(wb.getWorksheet("Nhiệm vụ")!).rows;
    problems = tableValues(wb.getWorksheet("Kiểm tra")!).rows;
  });

  it("keeps the status, progress, date, evidence and note typed over the imported ones, and judges the row by them", () => {
    const row = rows.find((r) => r[2] === TASK)!;
    expect([row[6], row[7], row[8], row[9], row[10], row[11]]).toEqual([
      "Hoàn thành",
      100,
      "2021-11-30",
      "Đúng hạn",
      "Báo cáo 12/BC-UBND",
      "Xác nhận qua điện thoại",
    ]);
  });

  it("lists each edit in Kiểm tra with what the source says, at the source's cell", () => {
    const edited = problems.filter((p) => p[1] === "EDITED_IN_MASTER" && String(p[7]).startsWith("Mot-cua_so-lieu-ho-so-2021.xlsx"));
    expect(edited.map((p) => [p[4], p[5], p[6]])).toEqual([
      [
        null,
        "Xác nhận qua điện thoại",
        'Đã sửa tay trong sổ tổng hợp: Ghi chú đã sửa tay thành "Xác nhận qua điện thoại"; tệp nguồn ghi (trống).',
      ],
      [null, "100", 'Đã sửa tay trong sổ tổng hợp: Tiến độ (%) đã sửa tay thành "100"; tệp nguồn ghi (trống).'],
      ["F", "Hoàn thành", 'Đã sửa tay trong sổ tổng hợp: Trạng thái đã sửa tay thành "Hoàn thành"; tệp nguồn ghi "Đang thực hiện".'],
      ["G", "30/11/2021", 'Đã sửa tay trong sổ tổng hợp: Ngày hoàn thành đã sửa tay thành "30/11/2021"; tệp nguồn ghi (trống).'],
      ["H", "Báo cáo 12/BC-UBND", 'Đã sửa tay trong sổ tổng hợp: Minh chứng đã sửa tay thành "Báo cáo 12/BC-UBND"; tệp nguồn ghi (trống).'],
    ]);
  });

  it("leaves every other row as the sources give it, with no edit reported", () => {
    expect(problems.filter((p) => p[1] === "EDITED_IN_MASTER")).toHaveLength(5);
    expect(rows).toHaveLength(27);
  });
});
