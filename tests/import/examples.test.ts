import { createHash } from "crypto";
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";
import { readBack, tableValues, tablesOf } from "../helpers/xlsx";

const EXAMPLES = projectPath("examples");

function hashes(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(EXAMPLES)
      .sort()
      .map((f) => [
        f,
        createHash("sha256")
          .update(readFileSync(join(EXAMPLES, f)))
          .digest("hex"),
      ]),
  );
}

describe("cchc consolidate on the bundled examples", () => {
  const dir = tempDir();
  const out = join(dir, "master.xlsx");
  let before: Record<string, string>;
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    before = hashes();
    run = await runCli(["consolidate", EXAMPLES, "-o", out, "--as-of", "2021-12-15"]);
  });

  it("reads all five workbooks and says what it made", () => {
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out[0]).toMatch(/^Đã tổng hợp 5\/5 tệp: 27 nhiệm vụ, 19 số liệu chỉ số, 6 vấn đề \(0 lỗi\) tính đến 2021-12-15/);
  });

  it("never writes the sources", () => {
    expect(hashes()).toEqual(before);
  });

  it("writes the contract's sheets as Excel tables", async () => {
    const wb = await readBack(out);
    const tables = Object.fromEntries(wb.worksheets.map((ws) => [ws.name, Object.keys(tablesOf(ws))]));
    expect(tables).toMatchObject({
      "Kế hoạch": ["KeHoach"],
      "Nhiệm vụ": ["NhiemVu"],
      "Chỉ số": ["ChiSo"],
      "Thời hạn": ["ThoiHan"],
      "Kiểm tra": ["KiemTra"],
      "Danh mục": ["DanhMuc"],
    });
    // Chủ trì is checked against Danh mục, as a warning: an unlisted name can still be kept.
    const dv = wb.getWorksheet("Nhiệm vụ")!.getCell("D2").dataValidation;
    expect(dv).toMatchObject({ type: "list", errorStyle: "warning", formulae: ["'Danh mục'!$A$2:$A$215"] });
    expect(tableValues(wb.getWorksheet("Danh mục")!).rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(["Công chức Văn phòng-Thống kê", "Bộ phận Tiếp nhận và trả kết quả xã", "Chủ tịch Ủy ban nhân dân xã"]),
    );
    expect(tableValues(wb.getWorksheet("Nhiệm vụ")!).header).toEqual([
      "Mã NV",
      "Mã tiêu chí",
      "Nội dung",
      "Chủ trì",
      "Phối hợp",
      "Hạn hoàn thành",
      "Trạng thái",
      "Tiến độ (%)",
      "Ngày hoàn thành",
      "Đánh giá",
      "Minh chứng",
      "Ghi chú",
      "Nguồn",
    ]);
    expect(tableValues(wb.getWorksheet("Chỉ số")!).header).toEqual([
      "Mã tiêu chí",
      "Kỳ",
      "Ngày số liệu",
      "Tử số",
      "Mẫu số",
      "Giá trị",
      "Chỉ tiêu",
      "Kết quả",
      "Minh chứng",
      "Nguồn",
      "Ghi chú",
    ]);
    expect(tableValues(wb.getWorksheet("Kiểm tra")!).header).toEqual([
      "Mức độ",
      "Mã lỗi",
      "Sheet",
      "Dòng",
      "Cột",
      "Giá trị",
      "Mô tả",
      "Nguồn",
    ]);
    expect(tableValues(wb.getWorksheet("Thời hạn")!).header).toEqual(["Mã tiêu chí", "Mốc", "Hạn", "Yêu cầu", "Thực tế", "Tình trạng"]);
  });

  it("structures tasks field by field, from every layout", async () => {
    const wb = await readBack(out);
    const { rows } = tableValues(wb.getWorksheet("Nhiệm vụ")!);
    const byContent = (start: string) => {
      const found = rows.find((r) => String(r[2]).startsWith(start));
      if (!found) throw new Error(`no task ${start}`);
      return found;
    };
    expect(rows).toHaveLength(27);
    // Two-level header, the Quý IV sheet's state replaces Quý III's (and Ghi chú says what it was), aliases resolved.
    expect(byContent("Rà soát, giải quyết hồ sơ TTHC đúng hạn")).toEqual([
      expect.stringMatching(/^NV-1\.2-/),
      "1.2",
      "Rà soát, giải quyết hồ sơ TTHC đúng hạn; xin lỗi người dân khi trễ hẹn",
      "Công chức Văn phòng-Thống kê",
      "Bộ phận Tiếp nhận và trả kết quả xã",
      "2021-12-31",
      "Hoàn thành",
      100,
      "2021-11-30",
      "Đúng hạn",
      "Báo cáo số 112/BC-UBND",
      'thay dòng 8 sheet Quý III ("Đang thực hiện", 70%)',
      "VPTK_theo-doi-CCHC-2021.xlsx › Quý IV › row 8",
    ]);
    // A note that starts with "-" or "=" stays text.
    expect(byContent("Kiểm tra, xử lý cán bộ nhũng nhiễu")[11]).toBe(
      '- Đã nhắc nhở 01 trường hợp; thay dòng 9 sheet Quý III ("Đang thực hiện", 30%)',
    );
    expect(byContent("Cử 02 cán bộ")[11]).toBe('=> chờ lớp của huyện; thay dòng 12 sheet Quý III ("Chưa thực hiện", 0%)');
    // Decomposed Unicode and old tone placement come out NFC with the plan's titles.
    const vh = byContent("Tuyên truyền trên hệ thống loa phát thanh");
    expect(String(vh[2])).toBe(String(vh[2]).normalize("NFC"));
    expect(vh.slice(1, 11)).toEqual([
      "1.1",
      "Tuyên truyền trên hệ thống loa phát thanh về dịch vụ công trực tuyến mức độ 3, 4",
      "Công chức Văn hóa-Xã hội",
      null,
      "2021-12-31",
      "Hoàn thành",
      100,
      "2021-11-30",
      "Đúng hạn",
      "Lịch phát thanh tháng 10, 11",
    ]);
    // A missing criterion is suggested from the plan by content.
    expect(byContent("Cung cấp thông tin về Bộ phận Một cửa")[1]).toBe("2.1");
    // Done after the deadline; not done and past the deadline; a continuous deadline.
    expect(byContent("Bổ sung ghế ngồi")[9]).toBe("Trễ hạn");
    expect(byContent("Đôn đốc nhà thầu")[9]).toBe("Quá hạn");
    // "Thường xuyên" under Hạn: no date, the words in Ghi chú (the contract's Hạn holds dates only).
    expect(byContent("Công khai xin lỗi người dân").slice(5, 10)).toEqual([null, "Hoàn thành", 100, "2021-11-20", "Đúng hạn"]);
    expect(byContent("Công khai xin lỗi người dân")[11]).toContain('Hạn ghi "Thường xuyên"');
    // The lead comes from the plan where the workbook has no Chủ trì column.
    expect(byContent("Đề nghị bổ sung hồ sơ")[3]).toBe("Bộ phận Tiếp nhận và trả kết quả xã");
    // Ids are unique.
    expect(new Set(rows.map((r) => r[0])).size).toBe(27);
  });

  it("computes indicator values from the counts, in the 1904 date system too", async () => {
    const wb = await readBack(out);
    const { rows } = tableValues(wb.getWorksheet("Chỉ số")!);
    const find = (code: string, period: string) => rows.find((r) => r[0] === code && r[1] === period);
    expect(find("1.4", "30/09/2021")).toEqual([
      "1.4",
      "30/09/2021",
      "2021-09-30",
      2457,
      4250,
      57.81,
      "60% đến 30/09/2021; 100% đến 31/01/2022",
      "Chưa đạt",
      null,
      "TCKT_giai-ngan-von-2021.xlsx › Giải ngân › row 5",
      null,
    ]);
    expect(find("1.2", "Quý III/2021")?.slice(2, 8)).toEqual(["2021-09-30", 141, 142, 99.3, "≥ 100%", "Chưa đạt"]);
    expect(find("1.2", "Tháng 10/2021")?.slice(5, 8)).toEqual([100, "≥ 100%", "Đạt"]);
    // The criterion comes from the title row above the table ("Tiêu chí 1.1 - …").
    expect(find("1.1", "Quý III/2021")?.slice(3, 6)).toEqual([31, 142, 21.83]);
    // "6,8" typed as text; a baseline target without its baseline value.
    expect(find("1.6", "Tháng 11/2021")?.slice(5, 8)).toEqual([6.8, "Cao hơn năm 2020", "Chưa có số liệu"]);
  });

  it("lists each problem with its source cell and a stable code", async () => {
    const wb = await readBack(out);
    const { rows } = tableValues(wb.getWorksheet("Kiểm tra")!);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      // Warnings to act on first, then the advisory ones, each group in the order of the sources.
      ["Cảnh báo", "DUPLICATE_CONFLICT", "Nhiệm vụ", 10, null],
      ["Cảnh báo", "UNKNOWN_OFFICIAL", "Quý IV", 19, "D"],
      ["Cảnh báo", "DONE_WITHOUT_EVIDENCE", "Nhiệm vụ", 11, "H"],
      ["Cảnh báo", "CRITERION_SUGGESTED", "Q4-2021", 4, "C"],
      ["Cảnh báo", "DONE_WITHOUT_EVIDENCE", "Q4-2021", 5, "G"],
      ["Cảnh báo", "DONE_WITHOUT_EVIDENCE", "Quý IV", 16, "J"],
    ]);
    expect(rows[1][6]).toContain('"Ông Lê Văn Tư" không khớp chức danh nào');
    // The leader's sheet and VP-TK's workbook disagree on 2.4's evaluation task: VP-TK leads it.
    expect(rows[0][6]).toContain(
      'cùng nhiệm vụ với VPTK_theo-doi-CCHC-2021.xlsx › Quý IV › dòng 17 (của người chủ trì), nơi ghi "Đang thực hiện", 80%; tệp này ghi "Hoàn thành", 100%.',
    );
  });

  it("fills Thời hạn with each milestone's actual figure", async () => {
    const wb = await readBack(out);
    const { rows } = tableValues(wb.getWorksheet("Thời hạn")!);
    expect(rows.filter((r) => r[0] === "1.4").map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
      ["Mốc 1: đạt 60 %", "2021-09-30", "57,81 % (30/09/2021)", "Chưa đạt"],
      ["Mốc 2: đạt 100 %", "2022-01-31", "87,53 % (30/11/2021)", "Chưa đến hạn"],
      ["Hoàn thành nhiệm vụ (hằng năm)", "2021-12-31", "1/3 nhiệm vụ hoàn thành", "Quá hạn"],
    ]);
  });

  it("writes source text beginning with = + - @ as text, never as a formula", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    for (const n of names) expect(await zip.file(n)!.async("string")).not.toContain("<f>");
    expect(await zip.file("xl/sharedStrings.xml")!.async("string")).toContain("=&gt; chờ lớp của huyện");
  });

  it("gives the same master, part for part, when run again (apart from timestamps)", async () => {
    const again = join(dir, "again.xlsx");
    await runCli(["consolidate", EXAMPLES, "-o", again, "--as-of", "2021-12-15"], new Date("2030-01-01T00:00:00Z"));
    const parts = async (p: string) => {
      const zip = await JSZip.loadAsync(readFileSync(p));
      const out: Record<string, string> = {};
      for (const n of Object.keys(zip.files).sort())
        if (n !== "docProps/core.xml" && !zip.files[n].dir) out[n] = await zip.file(n)!.async("string");
      return out;
    };
    const [a, b] = [await parts(out), await parts(again)];
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  });
});
