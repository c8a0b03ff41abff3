import { createHash } from "crypto";
import { copyFileSync, readFileSync } from "fs";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";
import { readBack, tableValues } from "../helpers/xlsx";
import { typeIntoMaster } from "../helpers/officialEdits";

const EXAMPLES = projectPath("examples");
const args = (out: string) => ["consolidate", EXAMPLES, "-o", out, "--as-of", "2021-12-15"];

describe("consolidating again into an existing master", () => {
  const dir = tempDir();
  const master = join(dir, "master.xlsx");

  beforeAll(async () => {
    expect((await runCli(args(master))).code).toBe(0);
    await typeIntoMaster(master, { taskDue: new Date(Date.UTC(2021, 11, 31)), reading: true });
  });

  it("keeps the baseline and the typed rows, counts them in Tổng hợp, and keeps them typed", async () => {
    for (let run = 0; run < 2; run++) {
      const r = await runCli(args(master));
      expect(r.code).toBe(0);
      expect(r.out[0]).toBe(`Giữ lại 2 dòng nhập tay trong ${master}.`);
      expect(r.out[1]).toMatch(/^Đã tổng hợp 5\/5 tệp: 28 nhiệm vụ, 20 số liệu chỉ số/);
    }
    const wb = await readBack(master);
    const plan = tableValues(wb.getWorksheet("Kế hoạch")!).rows;
    expect(plan.find((r) => r[0] === "2.1")?.[10]).toBe(80);
    const typed = tableValues(wb.getWorksheet("Nhiệm vụ")!).rows.filter((r) => r[2] === "Số hóa hồ sơ lưu trữ năm 2020");
    expect(typed).toHaveLength(1);
    expect(typed[0].slice(1, 7).concat(typed[0][12])).toEqual([
      "1.5",
      "Số hóa hồ sơ lưu trữ năm 2020",
      "Công chức Văn phòng-Thống kê",
      null,
      "2021-12-31",
      "Đang thực hiện",
      null,
    ]);
    const summary = tableValues(wb.getWorksheet("Tổng hợp")!, 8).rows;
    expect(summary.find((r) => r[0] === "2.1")?.[4]).toBe("Đạt"); // 82,5 % > 80 %
    expect(summary.find((r) => r[0] === "1.7")?.slice(3, 5)).toEqual([100, "Đạt"]); // the typed reading
    expect(summary.find((r) => r[0] === "1.5")?.[5]).toBe(2); // one task from the sources, one typed
  });

  it("refuses to overwrite a file that is not a master", async () => {
    const other = join(dir, "so-theo-doi.xlsx");
    copyFileSync(join(EXAMPLES, "VHXH_tuyen-truyen-2021.xlsx"), other);
    const before = createHash("sha256").update(readFileSync(other)).digest("hex");
    const r = await runCli(args(other));
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("tệp đã có và không phải bảng tổng hợp của cchc");
    expect(createHash("sha256").update(readFileSync(other)).digest("hex")).toBe(before);
  });
});
