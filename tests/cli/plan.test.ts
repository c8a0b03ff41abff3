import { readFileSync } from "fs";
import { join } from "path";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";
import { readBack, tableValues, tablesOf } from "../helpers/xlsx";

const PLAN_TXT = projectPath("plans", "ke-hoach-49-KH-UBND-2021.txt");

describe("cchc plan", () => {
  it("writes the plan model as JSON", async () => {
    const out = join(tempDir(), "plan.json");
    const run = await runCli(["plan", PLAN_TXT, "-o", out]);
    expect(run.code).toBe(0);
    expect(run.out.join("\n")).toContain("49/KH-UBND: 12 tiêu chí");
    expect(run.err.filter((e) => e.includes("Phân công"))).toHaveLength(4);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(BUILTIN_PLAN);
  });

  it("writes the Kế hoạch and Thời hạn sheets as Excel tables with the contract's columns", async () => {
    const out = join(tempDir(), "ke-hoach.xlsx");
    expect((await runCli(["plan", PLAN_TXT, "-o", out])).code).toBe(0);
    const wb = await readBack(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Kế hoạch", "Thời hạn"]);

    const plan = wb.getWorksheet("Kế hoạch")!;
    expect(tablesOf(plan)).toEqual({ KeHoach: "A1:K13" });
    const { header, rows } = tableValues(plan);
    expect(header).toEqual([
      "Mã",
      "Nhóm",
      "Tên tiêu chí",
      "Mục tiêu, yêu cầu",
      "Chỉ tiêu",
      "Chủ trì",
      "Phối hợp",
      "Thời hạn",
      "Hạn cuối",
      "Cách tính",
      "Giá trị năm gốc",
    ]);
    expect(rows).toHaveLength(12);
    expect(rows[3]).toEqual([
      "1.4",
      "CCHC",
      "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước",
      "Thục hiện giải ngân 100% kế hoạch đầu tư vốn ngân sách nhà nước.",
      "60% đến 30/09/2021; 100% đến 31/01/2022",
      "Chủ tịch Ủy ban nhân dân xã",
      "Phó Chủ tịch Ủy ban nhân dân xã; Công chức Tài chính-Kế toán; Công chức Địa chính-Xây dựng; Trưởng thôn",
      "Trong năm 2021 những năm tiếp theo",
      "2021-12-31",
      "Lấy kỳ mới nhất",
      null,
    ]);
    expect(rows[1].slice(4, 6)).toEqual(["≥ 100%", "Công chức Văn phòng-Thống kê"]);
    expect(rows[8][4]).toBe("Cao hơn năm 2020");
    expect(plan.getCell("I2").numFmt).toBe("dd/mm/yyyy");
    expect(plan.getCell("B2").dataValidation).toMatchObject({ type: "list", formulae: ['"CCHC,SIPAS"'] });

    const deadlines = wb.getWorksheet("Thời hạn")!;
    const d = tableValues(deadlines);
    expect(d.header).toEqual(["Mã tiêu chí", "Mốc", "Hạn", "Yêu cầu", "Thực tế", "Tình trạng"]);
    // Twelve item deadlines plus the two milestones of 1.4, milestones first.
    expect(d.rows).toHaveLength(14);
    expect(d.rows.slice(3, 6).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["1.4", "Mốc 1: đạt 60 %", "2021-09-30"],
      ["1.4", "Mốc 2: đạt 100 %", "2022-01-31"],
      ["1.4", "Hoàn thành nhiệm vụ (hằng năm)", "2021-12-31"],
    ]);
    expect(deadlines.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("refuses a file that is not a plan, naming it, with a non-zero code", async () => {
    const dir = tempDir();
    const bad = join(dir, "bien-ban.txt");
    require("fs").writeFileSync(bad, "Biên bản họp\nkhông có gì");
    const run = await runCli(["plan", bad, "-o", join(dir, "x.json")]);
    expect(run.code).toBe(1);
    expect(run.err.join("\n")).toContain(`${bad}: Không tìm thấy tiêu chí`);
  });

  it("explains its usage when arguments are missing", async () => {
    const run = await runCli(["plan"]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toContain("Cần đúng một tệp kế hoạch");
  });
});
