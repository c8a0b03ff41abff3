import { copyFileSync, readFileSync } from "fs";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { sharedAvailable, sharedPath } from "../helpers/shared";
import { d, put, writeBytes, writeWorkbook } from "../helpers/workbooks";
import { readBack, tableValues } from "../helpers/xlsx";

type Rows = unknown[][];

describe("consolidating messy workbooks", () => {
  const dir = tempDir();
  const inputs = join(dir, "in");
  const out = join(dir, "master.xlsx");
  let run: Awaited<ReturnType<typeof runCli>>;
  let tasks: Rows;
  let readings: Rows;
  let problems: Rows;
  const task = (start: string) => {
    const r = tasks.find((t) => String(t[2]).startsWith(start));
    if (!r) throw new Error(`no task "${start}" in ${JSON.stringify(tasks.map((t) => t[2]))}`);
    return r;
  };
  const problemsAt = (sheet: string, row: number) => problems.filter((p) => p[2] === sheet && p[3] === row).map((p) => p[1]);

  beforeAll(async () => {
    require("fs").mkdirSync(inputs);
    // Title block, header on row 6 without diacritics, a hidden column, a hidden row, a blank
    // row, a section row that names the criterion, a total row and a signature footer.
    await writeWorkbook(inputs, "a-khong-dau.xlsx", {
      "Theo doi": (ws) => {
        ws.mergeCells("A1:H1");
        ws.getCell("A1").value = "UBND XÃ TÂN BÌNH";
        ws.mergeCells("A2:H2");
        ws.getCell("A2").value = "SỔ THEO DÕI NHIỆM VỤ NĂM 2021";
        put(ws, 6, [
          [
            "STT",
            "Noi dung cong viec",
            "Ma TC",
            "Chu tri",
            "Tien do",
            "Trang thai",
            "Ngay hoan thanh",
            "Han",
            "Minh chung",
            "Ghi chu noi bo",
          ],
        ]);
        put(ws, 7, [
          ["Tiêu chí 1.2 - Giải quyết hồ sơ"],
          [1, "Giải quyết hồ sơ đúng hạn tháng 10", null, "CC VP-TK", 0.6, "đang TH", null, "Quý IV/2021", null, "ẩn"],
          [2, "Niêm yết thủ tục hành chính mới", "TC 1.2", "BP TN&TKQ", "60%", "Đã HT", d(5, 10, 2021), "30-09-2021", "Ảnh"],
          [],
          [3, "Tập huấn nghiệp vụ cho công chức", "TCTP 1.3", "VP - TK", "60,5", "xong", "20/10/2021", 44500, "Danh sách"],
          [4, "Gửi văn bản điện tử", "Tiêu chí 1.5", "Ông Ba", 120, "Đã hoàn thành", d(1, 11, 2021), "tháng 11/2021", "Sổ"],
          [5, "Nhiệm vụ ghi nhầm mã", "9.9", "CT UBND xã", null, "lung tung", null, "khi nào xong"],
          [6, "Báo cáo chưa làm mà ghi ngày", "1.2.", "CC VP-TK", null, "chưa TH", d(2, 11, 2021), d(30, 11, 2021)],
          [7, "Báo cáo hoàn thành trong tương lai", "1.2", "CC VP-TK", 100, "Hoàn thành", d(20, 1, 2022), d(31, 12, 2021), "QĐ 1"],
          [8, "Việc xong từ trước khi có kế hoạch", "1.2", "CC VP-TK", 50, "Hoàn thành", d(10, 1, 2020), d(31, 12, 2021), "QĐ 2"],
          ["Tổng cộng", null, null, null, null, "8 nhiệm vụ"],
          [],
          [null, null, null, null, null, "Tân Bình, ngày 15 tháng 12 năm 2021"],
          [null, "Người lập biểu"],
          [null, "Nguyễn Văn A"],
        ]);
        ws.getCell("E8").numFmt = "0%";
        ws.getColumn(10).hidden = true;
        ws.getRow(9).hidden = true;
        ws.getCell("B9").value = { richText: [{ text: "Niêm yết ", font: { bold: true } }, { text: "lại bảng TTHC" }] };
      },
    });
    // Two-level header "Phân công" over "Chủ trì" | "Phối hợp"; the same task as another workbook.
    await writeWorkbook(inputs, "b-hai-tang.xlsx", {
      "Quý IV": (ws) => {
        put(ws, 3, [
          ["TT", "Nội dung công việc", "Tiêu chí", "Phân công", null, "Hạn hoàn thành", "Trạng thái"],
          [null, null, null, "Chủ trì", "Phối hợp", null, null],
          [1, "Giải quyết hồ sơ đúng hạn tháng 10", "1.2", "Văn phòng - Thống kê", "Một cửa", d(31, 12, 2021), "Đã HT"],
          [2, "Rà soát quy trình một cửa", "2.2", "PCT UBND", "BP TN&TKQ; TC-KT", d(30, 11, 2021), "đang TH"],
        ]);
        ws.mergeCells("D3:E3");
        for (const c of ["A", "B", "C", "F", "G"]) ws.mergeCells(`${c}3:${c}4`);
      },
    });
    // Indicator readings: a period column, a rate formula with its cached result, a division by
    // zero left as an error, numerator above denominator, a reading dated after the as-of date.
    await writeWorkbook(inputs, "c-chi-so.xlsx", {
      "TC 1.2": (ws) => {
        put(ws, 1, [["Kỳ", "Số hồ sơ tiếp nhận", "Số hồ sơ giải quyết đúng hạn", "Tỷ lệ (%)"]]);
        put(ws, 2, [
          ["Quý III/2021", 100, 95],
          ["Tháng 10/2021", 40, 45],
          ["Tháng 12/2021", 30, 30],
          ["Tháng 11/2021", 0, 0],
        ]);
        ws.getCell("D2").value = { formula: "C2/B2*100", result: 95 };
        ws.getCell("D5").value = { formula: "C5/B5", result: { error: "#DIV/0!" } };
      },
    });
    // Content in the first column: tasks that start like a total ("Công …") or a footer
    // ("Xác nhận …") are tasks; the short "Cộng: 2" row and the signature below are not.
    await writeWorkbook(inputs, "g-noi-dung-dau.xlsx", {
      "Tư pháp": (ws) => {
        put(ws, 1, [
          ["Nội dung công việc", "Tiêu chí", "Chủ trì", "Hạn hoàn thành", "Trạng thái"],
          ["Công khai kết quả giải quyết TTHC trên bảng tin", "2.4", "CC VP-TK", d(30, 11, 2021), "Đã HT"],
          ["Xác nhận đơn của công dân ngay trong ngày", "1.2", "CC TP-HT", d(31, 12, 2021), "đang TH"],
          ["Cộng: 2"],
          [],
          ["Xác nhận của lãnh đạo", null, "Người lập biểu"],
        ]);
      },
    });
    // Unreadable files: nothing of them is lost silently, and the rest is consolidated.
    writeBytes(inputs, "d-rong.xlsx", "");
    writeBytes(inputs, "e-csv-doi-ten.xlsx", "STT,Noi dung,Trang thai\n1,Viec A,Da HT\n");
    const good = readFileSync(join(inputs, "b-hai-tang.xlsx"));
    writeBytes(inputs, "f-cat-cut.xlsx", good.subarray(0, Math.floor(good.length / 2)));
    if (sharedAvailable()) {
      // An Excel 5.0/95 file: older than the .xls (BIFF8) the reader takes.
      copyFileSync(sharedPath("corpus", "external", "poi__testEXCEL_95.xls"), join(inputs, "g-cu.xls"));
      copyFileSync(sharedPath("corpus", "external", "poi__protected_passtika.xlsx"), join(inputs, "h-mat-khau.xlsx"));
    }

    run = await runCli(["consolidate", inputs, "-o", out, "--as-of", "2021-12-15"]);
    const wb = await readBack(out);
    tasks = tableValues(wb.getWorksheet("Nhiệm vụ")!).rows;
    readings = tableValues(wb.getWorksheet("Chỉ số")!).rows;
    problems = tableValues(wb.getWorksheet("Kiểm tra")!).rows;
  });

  it("names every unreadable file with its reason on stderr and in Kiểm tra, and goes on", () => {
    expect(run.code).toBe(0);
    const err = run.err.join("\n");
    expect(err).toContain("d-rong.xlsx: Tệp rỗng");
    expect(err).toContain("e-csv-doi-ten.xlsx: Không phải tệp Excel");
    expect(err).toContain("f-cat-cut.xlsx: Tệp hỏng hoặc bị cắt cụt");
    const unreadable = problems.filter((p) => p[1] === "FILE_UNREADABLE").map((p) => String(p[7]));
    expect(unreadable).toEqual(expect.arrayContaining(["d-rong.xlsx", "e-csv-doi-ten.xlsx", "f-cat-cut.xlsx"]));
    if (sharedAvailable()) {
      expect(err).toContain("g-cu.xls: Tệp Excel 5.0/95");
      expect(err).toContain("h-mat-khau.xlsx: Tệp được đặt mật khẩu");
    }
    expect(run.out[0]).toMatch(/^Đã tổng hợp 4\/(7|9) tệp/);
  });

  it("finds a header below the title rows, reads hidden rows and columns, skips blank, total and footer rows", () => {
    const fromA = tasks.filter((t) => String(t[12]).startsWith("a-khong-dau.xlsx"));
    // Row 8 is the task also in b-hai-tang.xlsx (kept here: this is its lead's workbook); row 9 is
    // hidden; row 10 is blank; the total and footer below row 16 are not tasks. Sorted by
    // criterion, then source row.
    expect(fromA.map((t) => t[12])).toEqual([8, 9, 14, 15, 16, 11, 12, 13].map((r) => `a-khong-dau.xlsx › Theo doi › row ${r}`));
  });

  it("normalises percentages, dates, statuses, criterion references and officials", () => {
    // 0.6 under a % format; the section row "Tiêu chí 1.2 – …" gives the missing code.
    expect(task("Niêm yết lại bảng TTHC").slice(1, 10)).toEqual([
      "1.2",
      "Niêm yết lại bảng TTHC",
      "Bộ phận Tiếp nhận và trả kết quả xã",
      null,
      "2021-09-30",
      "Hoàn thành",
      60,
      "2021-10-05",
      "Trễ hạn",
    ]);
    expect(task("Tập huấn nghiệp vụ").slice(1, 10)).toEqual([
      "1.3",
      "Tập huấn nghiệp vụ cho công chức",
      "Công chức Văn phòng-Thống kê",
      null,
      "2021-10-31",
      "Hoàn thành",
      60.5,
      "2021-10-20",
      "Đúng hạn",
    ]);
    expect(task("Gửi văn bản điện tử").slice(1, 10)).toEqual([
      "1.5",
      "Gửi văn bản điện tử",
      "Ông Ba",
      null,
      "2021-11-30",
      "Hoàn thành",
      120,
      "2021-11-01",
      "Đúng hạn",
    ]);
    expect(task("Nhiệm vụ ghi nhầm mã").slice(1, 10)).toEqual([
      "9.9",
      "Nhiệm vụ ghi nhầm mã",
      "Chủ tịch Ủy ban nhân dân xã",
      null,
      "khi nào xong",
      // The contract's vocabulary in Trạng thái; what was written is in Ghi chú (and Kiểm tra).
      "Chưa thực hiện",
      null,
      null,
      // "khi nào xong" is no deadline that can be read: Đánh giá left empty, not guessed.
      null,
    ]);
    expect(String(task("Nhiệm vụ ghi nhầm mã")[11])).toContain('Trạng thái ghi "lung tung"; coi là Chưa thực hiện');
  });

  it("keeps tasks that begin like a total or a footer, and skips the real ones", () => {
    const fromG = tasks.filter((t) => String(t[12]).startsWith("g-noi-dung-dau.xlsx"));
    expect(fromG.map((t) => [t[2], t[3], t[12]])).toEqual([
      ["Xác nhận đơn của công dân ngay trong ngày", "Công chức Tư pháp-Hộ tịch", "g-noi-dung-dau.xlsx › Tư pháp › row 3"],
      ["Công khai kết quả giải quyết TTHC trên bảng tin", "Công chức Văn phòng-Thống kê", "g-noi-dung-dau.xlsx › Tư pháp › row 2"],
    ]);
  });

  it("merges a two-level header and resolves co-ordinators", () => {
    expect(task("Rà soát quy trình một cửa").slice(1, 10)).toEqual([
      "2.2",
      "Rà soát quy trình một cửa",
      "Phó Chủ tịch Ủy ban nhân dân xã",
      "Bộ phận Tiếp nhận và trả kết quả xã; Công chức Tài chính-Kế toán",
      "2021-11-30",
      "Đang thực hiện",
      null,
      null,
      "Quá hạn",
    ]);
  });

  it("keeps the copy in its lead's workbook of a task found in two, and names the other with both states", () => {
    // a-khong-dau.xlsx is CC VP-TK's workbook (most of its tasks are theirs), and the task is theirs.
    const same = tasks.filter((t) => t[2] === "Giải quyết hồ sơ đúng hạn tháng 10");
    expect(same).toHaveLength(1);
    expect(same[0].slice(6, 7).concat(same[0][12])).toEqual(["Đang thực hiện", "a-khong-dau.xlsx › Theo doi › row 8"]);
    const conflict = problems.find((p) => p[1] === "DUPLICATE_CONFLICT");
    expect(conflict?.slice(2, 4)).toEqual(["Quý IV", 5]);
    expect(conflict?.[6]).toContain(
      'a-khong-dau.xlsx › Theo doi › dòng 8 (của người chủ trì), nơi ghi "Đang thực hiện", 60%; tệp này ghi "Hoàn thành"',
    );
  });

  it("reports each rule with its code at the source cell", () => {
    expect(problems.find((p) => p[2] === "Theo doi" && p[3] === 12 && p[1] === "UNKNOWN_OFFICIAL")?.slice(4, 6)).toEqual(["D", "Ông Ba"]);
    // Errors before warnings.
    expect(problemsAt("Theo doi", 12)).toEqual(["PERCENT_OUT_OF_RANGE", "UNKNOWN_OFFICIAL"]);
    expect(problemsAt("Theo doi", 13)).toEqual(["UNKNOWN_CRITERION", "BAD_DATE", "UNKNOWN_STATUS"]);
    expect(problemsAt("Theo doi", 14)).toEqual(["STATUS_CONTRADICTION"]);
    expect(problemsAt("Theo doi", 15)).toEqual(["DONE_IN_FUTURE"]);
    expect(problemsAt("Theo doi", 16)).toEqual(["DONE_BEFORE_PLAN", "STATUS_CONTRADICTION"]);
    const bad = problems.find((p) => p[1] === "BAD_DATE" && p[3] === 13);
    expect(bad?.slice(4, 7)).toEqual(["H", "khi nào xong", expect.stringContaining("không đọc được hạn hoàn thành")]);
  });

  it("reads indicator counts per period and checks them", () => {
    expect(readings.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5]])).toEqual([
      ["1.2", "Quý III/2021", "2021-09-30", 95, 100, 95],
      ["1.2", "Tháng 10/2021", "2021-10-31", 45, 40, 112.5],
      ["1.2", "Tháng 11/2021", "2021-11-30", 0, 0, null],
      // December still running on the as-of date (15/12): its figures stand at that day, and it is said.
      ["1.2", "Tháng 12/2021", "2021-12-15", 30, 30, 100],
    ]);
    expect(problemsAt("TC 1.2", 3)).toEqual(expect.arrayContaining(["NUMERATOR_ABOVE_DENOMINATOR", "PERCENT_OUT_OF_RANGE"]));
    expect(problemsAt("TC 1.2", 4)).toEqual(["PERIOD_RUNNING"]);
    expect(problemsAt("TC 1.2", 5)).toEqual(["FORMULA_ERROR"]);
  });
});
