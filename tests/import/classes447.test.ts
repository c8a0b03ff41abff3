import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 446-450: sections that date their tasks, layouts no issue lists, reports pasted from Word.

describe("a month's section over its tasks, a deadline written without its year", () => {
  const header = ["STT", "Tiêu chí", "Nội dung công việc", "Người thực hiện", "Hạn", "Tiến độ"];
  const c = consolidateSheet(
    [
      ["LỊCH CÔNG VIỆC CCHC QUÝ IV NĂM 2021"],
      header,
      ["THÁNG 11/2021"],
      [1, "1.5", "Cài đặt chữ ký số cho công chức xã (chuyển từ T10)", "VP-TK", "31/10", 0.5],
      ["THÁNG 12/2021"],
      [2, "1.4", "Báo cáo kết quả giải ngân vốn đầu tư công năm 2021", "CC TC-KT", "31/12", 0],
      [3, "1.7", "Tổng hợp báo cáo kết quả CCHC năm 2021 gửi Phòng Nội vụ", "VP-TK", "05/01", 0],
    ],
    { merges: merged("A1:F1", "A3:F3", "A5:F5") },
  );
  const due = (row: number) => c.tasks.find((t) => t.source.row === row)?.due;

  it("reads '05/01' under December as the next January, and says so", () => {
    expect(due(7)).toBe("2022-01-05");
    expect(c.problems.some((p) => p.code === "YEAR_ASSUMED" && p.row === 7 && /05\/01\/2022/.test(p.message))).toBe(true);
  });

  it("keeps a deadline a little before its month in its own year (work carried over)", () => {
    expect([due(4), due(6)]).toEqual(["2021-10-31", "2021-12-31"]);
  });
});

describe("a section that gives its tasks one deadline in brackets", () => {
  const c = consolidateSheet([
    ["STT", "Lĩnh vực / Nội dung công việc", "Mã TC", "Người làm", "Hạn HT", "Hoàn thành ngày"],
    ["I", "LĨNH VỰC TƯ PHÁP - HỘ TỊCH"],
    [1, "Niêm yết lại 15 TTHC lĩnh vực hộ tịch theo QĐ công bố mới", "2.2", "CC TP-HT", "20/10/2021", "18/10/2021"],
    ["II", "LĨNH VỰC ĐẤT ĐAI - XÂY DỰNG (hạn chung: 30/11/2021)"],
    [2, "Trả lời đơn PAKN về cấp GCN QSDĐ tồn đọng", "2.5", "CC ĐC-XD", null, null],
    [3, "Công khai quy hoạch sử dụng đất tại trụ sở UBND xã", "2.1", "CC ĐC-XD", null, null],
  ]);

  it("gives the section's tasks that write none its deadline", () => {
    expect(c.tasks.map((t) => [t.source.row, t.due])).toEqual([
      [3, "2021-10-20"],
      [5, "2021-11-30"],
      [6, "2021-11-30"],
    ]);
  });
});

describe("a list of tasks and a diary of their updates on another sheet, joined by the task's number", () => {
  const day = (iso: string): GridCell => ({ date: iso as IsoDate });
  const list = gridOf(
    [
      ["DANH MỤC NHIỆM VỤ THEO KẾ HOẠCH 49/KH-UBND"],
      ["Mã NV", "Mã TC", "Nội dung nhiệm vụ", "Chủ trì", "Hạn hoàn thành"],
      ["NV01", "1.1", "Xây dựng chuyên mục DVC trực tuyến trên Trang TTĐT xã", "CC VH-XH", day("2021-11-30")],
      ["NV02", "1.2", "Rà soát quy trình nội bộ giải quyết TTHC lĩnh vực đất đai", "CC ĐC-XD", day("2021-10-31")],
      ["NV03", "1.3", "Hoàn thiện hồ sơ CBCC, cập nhật văn bằng, chứng chỉ", "CC VP-TK", day("2021-12-31")],
      ["NV04", "2.5", "Công khai số điện thoại đường dây nóng", "CC VP-TK", day("2021-11-30")],
      [],
      [null, "Tình trạng: xem sheet Nhật ký (dòng mới nhất của mỗi NV)."],
    ],
    { sheet: "Danh mục" },
  );
  const diary = gridOf(
    [
      ["SỔ NHẬT KÝ CẬP NHẬT TIẾN ĐỘ NHIỆM VỤ"],
      ["Ngày", "Mã NV", "Nội dung cập nhật", "Tiến độ (%)", "Người cập nhật"],
      [day("2021-10-05"), "NV01", "Đã lập đề cương chuyên mục", 20, "Hùng"],
      [day("2021-10-12"), "NV02", "Đã họp thống nhất các bước của quy trình", 60, "Tâm"],
      [day("2021-10-28"), "NV02", "Đã ban hành quy trình nội bộ. Hoàn thành.", 100, "Tâm"],
      [day("2021-11-02"), "NV01", "Đã đăng 15 TTHC lên chuyên mục", 60, "Hùng"],
      [day("2021-12-10"), "NV03", "Đã cập nhật 21/22 hồ sơ", 95, "Hương"],
      [day("2021-12-12"), "NV09", "Đã gửi báo cáo CCHC quý IV", 100, "Hương"],
      ["đầu tháng 12", "NV01", "Đã chạy thử chuyên mục", 80, "Hùng"],
    ],
    { sheet: "Nhật ký" },
  );
  const c = consolidate([{ file: "so.xlsx", ok: true, grids: [list, diary] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
  const byRow = (row: number) => c.tasks.find((t) => t.source.sheet === "Danh mục" && t.source.row === row);

  it("gives each task of the list its latest line's state, share and day done", () => {
    expect([3, 4, 5, 6].map((r) => [byRow(r)?.status, byRow(r)?.progress, byRow(r)?.doneDate])).toEqual([
      ["Đang thực hiện", 60, null],
      ["Hoàn thành", 100, "2021-10-28"],
      ["Đang thực hiện", 95, null],
      ["Chưa thực hiện", null, null],
    ]);
    // The task no line names, its deadline past: its state only assumed, and said.
    expect(c.problems.some((p) => p.code === "STATUS_ASSUMED" && p.row === 6)).toBe(true);
    expect(byRow(4)?.note).toContain('Theo sheet "Nhật ký" dòng 5');
  });

  it("reads none of the diary's lines, nor the list's pointer to it, as a task", () => {
    expect(c.tasks.map((t) => t.source.row).sort()).toEqual([3, 4, 5, 6]);
    expect(c.tasks.every((t) => t.source.sheet === "Danh mục")).toBe(true);
  });

  it("names the join, and a line whose number is on no task of the list", () => {
    expect(c.problems.some((p) => p.code === "JOINED_BY_NUMBER" && p.sheet === "Nhật ký")).toBe(true);
    const lost = c.problems.find((p) => p.sheet === "Nhật ký" && p.row === 8);
    expect(lost?.code).toBe("ROW_SKIPPED");
    expect(lost?.message).toContain("NV09");
    // A line whose day cannot be read is joined to nothing, and said.
    const undated = c.problems.find((p) => p.sheet === "Nhật ký" && p.row === 9);
    expect([undated?.code, undated?.value]).toEqual(["ROW_SKIPPED", "Đã chạy thử chuyên mục"]);
  });
});

describe("tasks whose work begins with its criterion's code, the criterion's figures by month beside them", () => {
  const c = consolidateSheet(
    [
      ["SỔ THEO DÕI NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC - QUÝ IV/2021"],
      [],
      ["STT", "Nội dung công việc", "Người/bộ phận thực hiện", "Thời hạn", "Tiến độ (%)", "Số liệu chỉ số (%)", null, null, "Ghi chú"],
      [null, null, null, null, null, "T9/2021", "T10/2021", "T11/2021"],
      [1, "TC1.5 - Gửi, nhận văn bản qua hệ thống QLVB và điều hành", "VP-TK", "31/12/2021", 80, 95.4, 96.2, 97],
      [2, "TC1.2 - Theo dõi, đôn đốc giải quyết hồ sơ đúng hạn", "VP-TK", "31/12/2021", 90, 98.28, 100, 100],
      [3, "TC1.3 - Cử 02 cán bộ chưa đạt chuẩn đi bồi dưỡng chức danh", "VP-TK", "30/11/2021", 100],
    ],
    { merges: merged("A1:I1", "F3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "I3:I4") },
  );

  it("reads each row as a task, its code from the work's front", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.progress])).toEqual([
      [5, "1.5", 80],
      [6, "1.2", 90],
      [7, "1.3", 100],
    ]);
  });

  it("reads the months' figures as the criterion's", () => {
    expect(c.readings.filter((r) => r.code === "1.5").map((r) => [r.period, r.value])).toEqual([
      ["Tháng 9/2021", 95.4],
      ["Tháng 10/2021", 96.2],
      ["Tháng 11/2021", 97],
    ]);
  });
});

describe("a report's aims and milestones beside what it reached", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ IV NĂM 2021"],
    ["(Số liệu từ ngày 15/9/2021 đến ngày 30/11/2021)"],
    ["I. KẾT QUẢ"],
    ["1. Giải ngân vốn đầu tư công (TC 1.4): đến 30/11/2021 đạt 84,6% kế hoạch vốn (4.330/5.120 triệu đồng)."],
    ["Mốc theo Nghị quyết 63/NQ-CP (TC 1.4): đến 30/9/2021 đạt 60% KH; đến 31/01/2022 đạt 100% KH."],
    ["II. NHIỆM VỤ THỜI GIAN TỚI"],
    [
      "1. Đẩy nhanh giải ngân vốn đầu tư công, phấn đấu đến ngày 31/01/2022 giải ngân đạt 100% kế hoạch vốn được giao (TC 1.4) - Chủ tịch UBND xã chủ trì.",
    ],
    ["2. CC ĐC-XD, CC TC-KT: phối hợp giải ngân vốn đầu tư công đạt 100% kế hoạch trước ngày 31/01/2022 (TCTP 1.4)."],
  ]);

  it("reads the share reached, and never an aim or a milestone as one", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.value])).toEqual([[4, "1.4", 84.6]]);
  });

  it("reads the aims as work to do", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual(expect.arrayContaining([7, 8]));
  });
});

describe("the survey's aspects written by their names, not their codes", () => {
  it("reads a criterion column's 'Hài lòng về công chức tại Bộ phận TN&TKQ' as the aspect on officials", () => {
    const c = consolidateSheet([
      ["Tiêu chí", "Giải pháp", "Chủ trì", "Thời hạn", "Đánh giá"],
      ["Hài lòng về tiếp cận dịch vụ", "Lắp biển hiệu, sơ đồ hướng dẫn tại Bộ phận TN&TKQ", "VP-TK", "30/10/2021", "HT"],
      ["Hài lòng về công chức tại Bộ phận TN&TKQ", "Đeo thẻ công chức, thực hiện văn hóa công sở", "VP-TK", "31/12/2021", "Đang TH"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [2, "2.1"],
      [3, "2.3"],
    ]);
    expect(c.tasks[1].note).toContain('Mã tiêu chí 2.3 theo tên "Hài lòng về công chức tại Bộ phận TN&TKQ"');
  });

  it("reads periods down, each aspect's rate across under 'Tỷ lệ hài lòng theo từng nội dung (%)', as each aspect's figures", () => {
    const band = "Tỷ lệ hài lòng theo từng nội dung (%)";
    const c = consolidateSheet(
      [
        ["TỔNG HỢP KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC NĂM 2021"],
        [],
        ["Kỳ khảo sát", "Số phiếu hợp lệ", band, band, band, band, band, "Ghi chú"],
        [
          null,
          null,
          "Tiếp cận dịch vụ",
          "Tổ chức giải quyết TTHC",
          "Công chức tại BP TN&TKQ",
          "Kết quả giải quyết TTHC",
          "Tiếp nhận, xử lý PAKN",
        ],
        ["Quý III/2021", 57, 85.47, 82.6, 87.85, 86, 79.05],
        ["Tháng 10/2021", 20, 86, 83, 88, 86.5, 80],
      ],
      { merges: merged("A1:H1", "C3:G3", "A3:A4", "B3:B4", "H3:H4") },
    );
    const q3 = c.readings.filter((r) => r.period === "Quý III/2021").map((r) => [r.code, r.value]);
    expect(q3).toEqual([
      ["2.1", 85.47],
      ["2.2", 82.6],
      ["2.3", 87.85],
      ["2.4", 86],
      ["2.5", 79.05],
    ]);
  });
});

describe("a sheet per lead, the lead said only in the title", () => {
  it("gives the tasks the lead the title names before 'chủ trì'", () => {
    const c = consolidateSheet(
      [
        ["NHIỆM VỤ DO CHỦ TỊCH UBND XÃ CHỦ TRÌ"],
        ["(Kế hoạch 49/KH-UBND - Quý IV/2021)"],
        [],
        ["STT", "TC", "Nội dung", "Phối hợp", "Hạn", "Kết quả"],
        [1, "1.7", "Rà soát các chỉ tiêu KT-XH năm 2021 chưa đạt để có giải pháp", "Các ban, ngành", "15/12/2021", "Hoàn thành"],
        [2, "2.3", "Chấn chỉnh kỷ luật, kỷ cương hành chính tại Bộ phận một cửa", "CC VP-TK", "31/12/2021", "Đang thực hiện"],
      ],
      { sheet: "Lanh dao", merges: merged("A1:F1", "A2:F2") },
    );
    expect(c.tasks.map((t) => t.lead)).toEqual(["Chủ tịch Ủy ban nhân dân xã", "Chủ tịch Ủy ban nhân dân xã"]);
  });
});

describe("a report under its letterhead: a table of figures, then who does what as lines merged across", () => {
  const motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  const said = "Tân Bình, ngày 30 tháng 9 năm 2021";
  // (Merged across A:C, as the reader gives it: the text in A.)
  const line = (t: string) => [t];
  const c = consolidateSheet(
    [
      ["ỦY BAN NHÂN DÂN XÃ TÂN BÌNH", motto],
      ["Số: 168/BC-UBND", said],
      [],
      line("BÁO CÁO CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2021"),
      line("(Số liệu từ ngày 15/6/2021 đến ngày 14/9/2021)"),
      [],
      ["I. KẾT QUẢ CÁC CHỈ TIÊU"],
      ["Chỉ tiêu", "Kết quả quý III", "Ghi chú"],
      ["Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (TCTP 1.2)", "425/428 hồ sơ (99,3%)", "03 hồ sơ trễ hạn lĩnh vực đất đai"],
      ["Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (TC 1.1)", "88/428 (20,6%)"],
      ["Tỷ lệ văn bản trao đổi dưới dạng điện tử (TCTP 1.5)", "90,5%", "Chưa tính văn bản mật"],
      ["II. CÔNG TÁC TRIỂN KHAI KẾ HOẠCH 49/KH-UBND"],
      ["1. Phân công nhiệm vụ cụ thể:"],
      line("- CC VH-XH: tuyên truyền DVC mức độ 3, 4 trên loa phát thanh (TC 1.1) - bắt đầu từ tháng 10/2021."),
      line("- CC ĐC-XD, CC TC-KT: phối hợp giải ngân vốn đầu tư công đạt 100% kế hoạch trước ngày 31/01/2022 (TCTP 1.4)."),
      line("- BP TN&TKQ: thực hiện xin lỗi người dân đối với 03 hồ sơ trễ hạn trong quý III (TCTP 1.2): đã thực hiện ngày 20/9/2021."),
    ],
    { merges: merged("B1:C1", "B2:C2", "A4:C4", "A5:C5", "A14:C14", "A15:C15", "A16:C16") },
  );

  it("reads the lines after the table as tasks, each led by the one before the colon", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead])).toEqual([
      [14, "1.1", "Công chức Văn hóa-Xã hội"],
      [15, "1.4", "Công chức Địa chính-Xây dựng"],
      [16, "1.2", "Bộ phận Tiếp nhận và trả kết quả xã"],
    ]);
    expect(c.tasks[2].doneDate).toBe("2021-09-20");
  });

  it("reads the table's figures, a row whose last cell is blank among them, and no aim among the lines", () => {
    expect(c.readings.map((r) => [r.source.row, r.code]).sort()).toEqual([
      [10, "1.1"],
      [11, "1.5"],
      [9, "1.2"],
    ]);
  });
});

describe("a month's copy of the list, titled as an update, its numbers those of the month before", () => {
  const day = (iso: string): GridCell => ({ date: iso as IsoDate });
  const month = (name: string, state: string, updated: string) =>
    gridOf(
      [
        [`BẢNG CẬP NHẬT TIẾN ĐỘ NHIỆM VỤ ${name}/2021`],
        ["Mã NV", "Nội dung", "Chủ trì", "Hạn", "Tình trạng", "Ngày cập nhật"],
        ["NV01", "Xây dựng chuyên mục DVC trực tuyến trên Trang TTĐT xã (TC 1.1)", "CC VH-XH", day("2021-11-30"), state, day(updated)],
        ["NV02", "Rà soát quy trình nội bộ giải quyết TTHC (TC 1.2)", "CC ĐC-XD", day("2021-12-31"), state, day(updated)],
        ["NV03", "Hoàn thiện hồ sơ CBCC, cập nhật văn bằng (TC 1.3)", "CC VP-TK", day("2021-12-31"), state, day(updated)],
      ],
      { sheet: name },
    );
  const c = consolidate(
    [{ file: "so.xlsx", ok: true, grids: [month("T10", "Đang làm", "2021-10-31"), month("T11", "Xong", "2021-11-30")] }],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("is read as the later month's list, never as a diary of the earlier", () => {
    expect(c.problems.some((p) => p.code === "JOINED_BY_NUMBER")).toBe(false);
    expect(c.tasks.map((t) => [t.source.sheet, t.status])).toEqual([
      ["T11", "Hoàn thành"],
      ["T11", "Hoàn thành"],
      ["T11", "Hoàn thành"],
    ]);
  });
});
