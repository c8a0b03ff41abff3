import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { nodeInflate } from "../../src/cli/deflate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { reportFromMaster } from "../../src/core/report/fromMaster";
import { reportPeriod } from "../../src/core/report/period";
import { readGrids } from "../../src/xlsx/readGrids";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";

/**
 * A report's dates against the plan's and the master's: Kế hoạch 49/KH-UBND is dated 29/9/2021 and
 * the examples are consolidated as of 15/12/2021, so năm 2021 is the first period that can be
 * reported on, and quý I năm 2022 has no data yet.
 */
describe("cchc report: the period against the plan's date and the master's data", () => {
  const dir = tempDir();
  const master = join(dir, "master.xlsx");
  const out = (name: string) => join(dir, name);

  beforeAll(async () => {
    expect((await runCli(["consolidate", projectPath("examples"), "-o", master, "--as-of", "2021-12-15"])).code).toBe(0);
  });

  it("refuses a period that ends before the plan was issued, naming both dates, and writes nothing", async () => {
    const q3 = await runCli(["report", master, "--period", "2021-Q3", "-o", out("q3.docx")]);
    expect(q3.code).toBe(2);
    expect(q3.err).toEqual([
      "Lỗi: Kỳ báo cáo quý III năm 2021 (từ ngày 15/6/2021 đến ngày 14/9/2021) kết thúc trước ngày ban hành Kế hoạch số 49/KH-UBND (29/9/2021): " +
        "không thể báo cáo kết quả thực hiện kế hoạch khi kế hoạch chưa ban hành. Kỳ báo cáo đầu tiên của kế hoạch là năm 2021 (--period 2021-Y).",
    ]);
    expect(existsSync(out("q3.docx"))).toBe(false);
    for (const args of [
      ["--period", "2021-Q1"],
      ["--period", "2021-H1", "--section"],
      ["--period", "2020-Y"],
      ["--quarter", "2021-Q3"],
    ]) {
      const r = await runCli(["report", master, ...args, "-o", out("early.xlsx")]);
      expect([r.code, r.err[0]]).toEqual([2, expect.stringContaining("kết thúc trước ngày ban hành Kế hoạch số 49/KH-UBND (29/9/2021)")]);
    }
    expect(existsSync(out("early.xlsx"))).toBe(false);
  });

  it("refuses a report dated before the plan, and warns of one dated before its period ends", async () => {
    const before = await runCli(["report", master, "--period", "2021-Y", "--date", "2021-02-20", "-o", out("d1.docx")]);
    expect([before.code, before.err]).toEqual([
      2,
      ["Lỗi: Ngày báo cáo 20/2/2021 (--date) trước ngày ban hành Kế hoạch số 49/KH-UBND (29/9/2021)."],
    ]);
    const early = await runCli(["report", master, "--period", "2021-Y", "--date", "2021-12-10", "-o", out("d2.docx")]);
    expect(early.code).toBe(0);
    expect(early.err).toContain(
      "Cảnh báo: ngày báo cáo 10/12/2021 (--date) trước ngày cuối kỳ năm 2021 (14/12/2021): số liệu của kỳ chưa đủ.",
    );
  });

  it("warns that a period after the master's date has no data, naming the dates", async () => {
    const r = await runCli(["report", master, "--period", "2022-Q1", "-o", out("2022-q1.docx")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Cảnh báo: sổ tổng hợp chỉ có số liệu đến ngày 15/12/2021 (sheet Tổng hợp, "Tính đến ngày"); kỳ quý I năm 2022 ' +
        "(từ ngày 15/12/2021 đến ngày 14/3/2022) chưa có số liệu: các số liệu, tình trạng trong báo cáo là của ngày 15/12/2021. " +
        "Hãy tổng hợp lại với --as-of sau ngày 14/3/2022.",
    );
    expect(r.err).toContain("Cảnh báo: sổ tổng hợp đánh giá năm 2021, còn kỳ báo cáo là quý I năm 2022.");
    // The annual report on data as of 15/12 is not warned about.
    const y = await runCli(["report", master, "--period", "2021-Y", "-o", out("y.docx")]);
    expect(y.err.filter((e) => /sổ tổng hợp|ngày báo cáo/u.test(e))).toEqual([]);
  });

  it("takes a period named without its year from the year the master assesses, not the computer's", async () => {
    const in2026 = new Date("2026-05-01T00:00:00Z");
    const y = await runCli(["report", master, "--period", "Y", "-o", out("y-bare.docx")], in2026);
    expect([y.code, y.out]).toEqual([
      0,
      [`Đã lập báo cáo năm 2021 (2020-12-15 – 2021-12-14): 1/12 tiêu chí đạt, 5 nhiệm vụ quá hạn -> ${out("y-bare.docx")}`],
    ]);
    // 6 tháng of 2021 (the master's year), which ends before the plan: refused, not a report for 2026.
    const h1 = await runCli(["report", master, "--period", "H1", "-o", out("h1-bare.docx")], in2026);
    expect([h1.code, h1.err[0]]).toEqual([2, expect.stringMatching(/^Lỗi: Kỳ báo cáo 6 tháng đầu năm 2021 /u)]);
    // --year still decides when given.
    const y22 = await runCli(["report", master, "--period", "Y", "--year", "2022", "-o", out("y22.docx")], in2026);
    expect(y22.out[0]).toMatch(/^Đã lập báo cáo năm 2022 /u);
  });

  it("addresses a report dated after 1/7/2025 to Sở Nội vụ, and warns of a district's office given with --to", async () => {
    const text = async (file: string) => {
      const read = await readGrids(file, readFileSync(file), { inflate: nodeInflate });
      if (!read.ok) throw new Error(read.bad.message);
      return read.grids[0].rows.flat().join("\n");
    };
    const late = await runCli(["report", master, "--period", "2021-Y", "--date", "2026-01-10", "-o", out("late.xlsx")]);
    expect(late.code).toBe(0);
    expect(late.err.filter((e) => e.includes("Kính gửi"))).toEqual([]);
    const body = await text(out("late.xlsx"));
    expect(body).toContain("Kính gửi: Sở Nội vụ.");
    expect(body).toMatch(/kính báo cáo Sở Nội vụ theo dõi, tổng hợp/u);
    expect(body).not.toMatch(/Phòng Nội vụ/u);
    const typed = await runCli([
      "report",
      master,
      "--period",
      "2021-Y",
      "--date",
      "2026-01-10",
      "--to",
      "Phòng Nội vụ",
      "-o",
      out("typed.xlsx"),
    ]);
    expect(typed.code).toBe(0);
    expect(typed.err).toContain(
      'Cảnh báo: Kính gửi "Phòng Nội vụ": từ 1/7/2025 không còn cấp huyện, báo cáo ngày 10/1/2026 gửi cơ quan cấp tỉnh (ví dụ "Sở Nội vụ", --to).',
    );
    // Dated in 2021, the plan's own addressee.
    expect((await runCli(["report", master, "--period", "2021-Y", "-o", out("y2021.xlsx")])).code).toBe(0);
    expect(await text(out("y2021.xlsx"))).toContain("Kính gửi: Phòng Nội vụ.");
  });

  it("gives the pane the same cautions with the report (it builds without refusing)", async () => {
    const read = await readGrids("master.xlsx", readFileSync(master), { inflate: nodeInflate });
    if (!read.ok) throw new Error(read.bad.message);
    const h1 = reportFromMaster(read.grids, BUILTIN_PLAN, reportPeriod(2021, "H1"), {});
    expect(h1.ok && h1.cautions[0]).toMatch(
      /^Kỳ báo cáo 6 tháng đầu năm 2021 .* kết thúc trước ngày ban hành Kế hoạch số 49\/KH-UBND \(29\/9\/2021\)/u,
    );
    // The refusal on its own, for the pane to refuse the export as the command line does.
    expect(h1.ok && h1.refusal).toBe(h1.ok && h1.cautions[0]);
    const y = reportFromMaster(read.grids, BUILTIN_PLAN, reportPeriod(2021, "Y"), {});
    // (Only the missing baselines, said in reportText.test.ts.)
    expect(y.ok && y.cautions.filter((c) => !c.includes("Giá trị năm gốc"))).toEqual([]);
  });
});
