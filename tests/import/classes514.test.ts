import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 514 onwards and the sets before them left open.

describe("the day a task was done, beside the day it had to be done by", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
      ["STT", "Nội dung nhiệm vụ theo Kế hoạch", "Đơn vị chủ trì", "Tình hình thực hiện"],
      [
        "1",
        "[TC 1.5] Triển khai gửi, nhận văn bản điện tử qua hệ thống quản lý văn bản (hoàn thành trước 31/10/2021)",
        "CC VP-TK",
        "Đã hoàn thành ngày 20/10/2021.\n100% văn bản đi (trừ văn bản mật) được gửi điện tử.",
      ],
      ["2", "Niêm yết số điện thoại đường dây nóng (hoàn thành trước 30/11/2021)", "CC VP-TK", "Hoàn thành."],
    ],
    { merges: merged("A1:D1") },
  );

  it("takes the done day from the report, a full stop after it", () => {
    expect(c.tasks[0].due).toBe("2021-10-31");
    expect(c.tasks[0].doneDate).toBe("2021-10-20");
  });

  it("never takes the deadline in the task's words for the day it was done", () => {
    expect(c.tasks[1].status).toBe("Hoàn thành");
    expect(c.tasks[1].due).toBe("2021-11-30");
    expect(c.tasks[1].doneDate).toBeNull();
  });
});

describe("a Word form per task pasted into Excel: a label merged down over its lines", () => {
  const c = consolidateSheet(
    [
      ["PHIẾU THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      [],
      ["Nhiệm vụ số 01"],
      ["Tiêu chí", "1.5 - Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
      ["Nội dung", "Gửi, nhận văn bản đi/đến giữa UBND xã với các cơ quan hành chính hoàn toàn dưới dạng điện tử (trừ văn bản mật)"],
      ["Phân công", "Chủ trì: CC VP-TK (phụ trách văn thư)"],
      [null, "Thực hiện: Cán bộ, công chức xã"],
      ["Thời hạn", "Trong năm 2021"],
      ["Kết quả", "Đang thực hiện."],
      [null, "9 tháng: 1.254/1.310 văn bản đi gửi điện tử (95,7%)"],
      [],
      ["Nhiệm vụ số 02"],
      ["Tiêu chí", "1.3"],
      ["Nội dung", "Cử công chức Tư pháp - Hộ tịch tham gia lớp bồi dưỡng chức danh"],
      ["Phân công", "Chủ trì: CC VP-TK"],
      ["Thời hạn", "Trước 15/11/2021"],
      ["Kết quả", "Đã hoàn thành."],
      [null, "Hoàn thành ngày 12/11/2021 (có giấy chứng nhận)"],
    ],
    { merges: merged("A1:C1", "A3:C3", "A6:A7", "A9:A10", "A12:C12", "A17:A18") },
  );

  it("reads each form as one task, the merged label's lines its value", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.doneDate])).toEqual([
      ["1.5", "Công chức Văn phòng-Thống kê", "2021-12-31", "Đang thực hiện", null],
      ["1.3", "Công chức Văn phòng-Thống kê", "2021-11-15", "Hoàn thành", "2021-11-12"],
    ]);
  });

  it("reads the figure of the months so far the result gives", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.date, r.numerator, r.denominator])).toEqual([
      ["1.5", "9 tháng năm 2021", "2021-09-30", 1254, 1310],
    ]);
  });
});

describe("the post a sheet's line names as its unit: the lead of the rows that name none", () => {
  const rows = (unit: string) => [
    ["KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI THIỆN CHỈ SỐ SIPAS NĂM 2021"],
    [unit],
    [],
    ["Mã TC", "Nhiệm vụ", "Phối hợp", "Hạn", "Kết quả"],
    ["TC 2.1", "Cập nhật thông tin về Bộ phận Một cửa trên Trang TTĐT xã", "BP Một cửa", "30/11/2021", "Hoàn thành (05/11)"],
    ["TC 2.4", "Công khai xin lỗi người dân khi hồ sơ quá hạn", null, "31/12/2021", "Đang thực hiện"],
  ];

  it("takes the post of 'Đơn vị: … (đầu mối)' for each row, and says so", () => {
    const c = consolidateSheet(rows("Đơn vị: Công chức Văn phòng - Thống kê (đầu mối)"));
    expect(c.tasks.map((t) => t.lead)).toEqual(["Công chức Văn phòng-Thống kê", "Công chức Văn phòng-Thống kê"]);
    expect(c.tasks[0].note).toContain("Chủ trì lấy theo người cập nhật phần này (dòng 2");
  });

  it("takes the post of 'Thực hiện: …' under a criterion's title", () => {
    const c = consolidateSheet([
      ["Chỉ số 2.2: Hài lòng về tổ chức giải quyết TTHC"],
      ["Thực hiện: Bộ phận Tiếp nhận và trả kết quả"],
      [],
      ["Việc cần làm", "Hạn", "Đã làm được", "%"],
      ["Niêm yết công khai TTHC tại BP Một cửa, cập nhật theo QĐ công bố mới", "15/11/2021", "Đã cập nhật 12 TTHC", 100],
      ["Xây dựng bộ biểu mẫu tham khảo cho các TTHC thường gặp", "31/12/2021", "Đang soạn", 40],
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual(["Bộ phận Tiếp nhận và trả kết quả xã", "Bộ phận Tiếp nhận và trả kết quả xã"]);
  });

  it("never takes the commune reporting for a post", () => {
    const c = consolidateSheet(rows("Đơn vị: UBND xã Tân Bình"));
    expect(c.tasks.filter((t) => t.note.includes("người cập nhật phần này"))).toEqual([]);
  });
});

describe("marks across periods whose legend says what each means", () => {
  it("reads 'x = có thực hiện trong tháng' as work done, '●' as done in that month", () => {
    const c = consolidateSheet(
      [
        ["KẾ HOẠCH VÀ TIẾN ĐỘ TUYÊN TRUYỀN CCHC NĂM 2021"],
        ["Chú thích: x = có thực hiện trong tháng;  ● = đã hoàn thành;  ô trống = chưa thực hiện"],
        ["TT", "Nội dung", "TC", "Chủ trì", "Tháng"],
        [null, null, null, null, 7, 8, 9, 10, 11, 12],
        ["1", "Phát thanh về DVC trực tuyến mức độ 3, 4 trên loa truyền thanh xã", "1.1", "CC VH-XH", "x", "x", "x", "x", "x"],
        ["2", "Đăng tin về BP Một cửa, TTHC trên Trang TTĐT xã", "2.1", "CC VH-XH", "x", null, "●"],
        ["3", "Tuyên truyền trên mạng xã hội về các hình thức nộp hồ sơ", "2.2", "CC VH-XH", null, null, null, "x", "x"],
      ],
      { merges: merged("A1:J1", "A2:J2", "E3:J3", "A3:A4", "B3:B4", "C3:C4", "D3:D4") },
    );
    expect(c.tasks.map((t) => [t.code, t.status, t.doneDate])).toEqual([
      ["1.1", "Đang thực hiện", null],
      ["2.1", "Hoàn thành", "2021-09-30"],
      ["2.2", "Đang thực hiện", null],
    ]);
    // The marks are work done, never a plan: the deadline is the plan's, not the last month marked.
    expect(c.tasks[0].due).not.toBe("2021-11-30");
    expect(c.problems.some((p) => p.code === "LEGEND_READ" && p.message.includes("đã thực hiện"))).toBe(true);
  });

  it("reads '☑ đã thực hiện; ☐ theo kế hoạch nhưng chưa thực hiện' by the last quarter marked", () => {
    const c = consolidateSheet([
      ["NHIỆM VỤ CCHC NĂM 2021"],
      ["Mã", "Nhiệm vụ", "Chủ trì", "Q1", "Q2", "Q3", "Q4", "Ghi chú"],
      ["1.2", "Xây dựng quy chế phối hợp giải quyết hồ sơ liên thông", "CC VP-TK", "☐", "☐", "☑"],
      ["1.5", "Triển khai chữ ký số cho 100% CB, CC", "CC VP-TK", null, null, "☑", "☐", "còn 2 người chưa có"],
      ["2.5", "Cập nhật kết quả trả lời PAKN trên Trang TTĐT", "CC VH-XH", null, null, null, "☐"],
      [],
      ["Ký hiệu: ☑ đã thực hiện; ☐ theo kế hoạch nhưng chưa thực hiện"],
    ]);
    expect(c.tasks.map((t) => [t.code, t.lead, t.status, t.doneDate])).toEqual([
      ["1.2", "Công chức Văn phòng-Thống kê", "Hoàn thành", "2021-09-30"],
      ["1.5", "Công chức Văn phòng-Thống kê", "Đang thực hiện", null],
      ["2.5", "Công chức Văn hóa-Xã hội", "Chưa thực hiện", null],
    ]);
  });

  it("reads '(+) hoàn thành; (○) đang thực hiện; (-) chưa thực hiện' by quarter, the figures under them as readings", () => {
    const c = consolidateSheet(
      [
        ["TỰ THEO DÕI CÁC TIÊU CHÍ CCHC THEO QUÝ - NĂM 2021"],
        [],
        ["Tiêu chí", "Nội dung", "Phụ trách", "Hạn", "Q.I", "Q.II", "Q.III", "Q.IV", "Ghi chú"],
        ["A. NHIỆM VỤ"],
        ["1.3", "Rà soát đội ngũ CB, CC theo nhóm chức danh", "CC VP-TK", "30/6/2021", "-", "+"],
        ["1.3", "Đăng ký cho 04 CB, CC chưa đạt chuẩn đi bồi dưỡng", "CC VP-TK", "Quý IV/2021", "-", "-", "○", "○"],
        ["1.7", "Rà soát tiến độ các chỉ tiêu KT-XH theo NQ của HĐND xã", "PCT UBND", "31/12/2021", "-", "-", "-", "-"],
        [],
        ["B. SỐ LIỆU"],
        ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (%)", "BP Một cửa", null, 100, 98.6, 100, null, "Q4 chưa tổng hợp"],
        ["1.5", "Tỷ lệ văn bản đi gửi dưới dạng điện tử (%)", "CC VP-TK", null, 85, "88,5", 92],
        [],
        ["Ký hiệu: (+) hoàn thành; (○) đang thực hiện; (-) chưa thực hiện"],
      ],
      { merges: merged("A1:I1", "A4:I4", "A9:I9") },
    );
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [5, "Hoàn thành", "2021-06-30"],
      [6, "Đang thực hiện", null],
      [7, "Chưa thực hiện", null],
    ]);
    // The section line the figures' header was written on is said.
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain('Dòng 9 "B. SỐ LIỆU" mở bảng số liệu');
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["1.2", "Quý I/2021", 100],
      ["1.2", "Quý II/2021", 98.6],
      ["1.2", "Quý III/2021", 100],
      ["1.5", "Quý I/2021", 85],
      ["1.5", "Quý II/2021", 88.5],
      ["1.5", "Quý III/2021", 92],
    ]);
  });
});

describe("a diary's state and share under short headings, 'TT' and '% HT'", () => {
  const day = (iso: string): GridCell => ({ date: iso as IsoDate });
  const list = gridOf(
    [
      ["DANH SÁCH VIỆC THEO DÕI - SIPAS 2021"],
      ["Mã việc", "Tiêu chí", "Nội dung", "Chủ trì", "Hạn"],
      ["V01", "2.3", "Phân công lãnh đạo trực tiếp theo dõi hoạt động BP Một cửa", "CT UBND", day("2021-10-15")],
      ["V02", "2.4", "Đẩy mạnh ứng dụng phần mềm Một cửa điện tử dùng chung", "BP Một cửa", day("2021-11-30")],
      ["V03", "2.5", "Công bố kết quả trả lời phản ánh, kiến nghị trên Trang TTĐT xã", "CC VP-TK", day("2021-12-31")],
    ],
    { sheet: "DS viec" },
  );
  const diary = gridOf(
    [
      ["NHẬT KÝ CẬP NHẬT TIẾN ĐỘ"],
      ["Mã việc", "Ngày cập nhật", "Nội dung cập nhật", "TT", "% HT"],
      ["V01", day("2021-10-14"), "Đã ban hành QĐ phân công PCT theo dõi BP Một cửa", "HT", 100],
      ["V01", day("2021-10-05"), "Dự thảo quyết định phân công", "Đang TH", 50],
      ["V02", day("2021-11-20"), "100% hồ sơ tiếp nhận qua phần mềm", "HT", 100],
      ["V03", day("2021-11-30"), "Trong kỳ chưa phát sinh PAKN", "Chưa TH", 0],
    ],
    { sheet: "Nhat ky cap nhat" },
  );
  const c = consolidate([{ file: "so.xlsx", ok: true, grids: [list, diary] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);

  it("takes each task's state, share and day done from its latest line", () => {
    const listed = c.tasks.filter((t) => t.source.sheet === "DS viec").sort((a, b) => a.source.row - b.source.row);
    expect(listed.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Hoàn thành", 100, "2021-10-14"],
      ["Hoàn thành", 100, "2021-11-20"],
      ["Chưa thực hiện", 0, null],
    ]);
  });
});

describe("a task merged down over its updates, a row per update", () => {
  const c = consolidateSheet(
    [
      ["SO THEO DOI CONG VIEC CCHC NAM 2021"],
      [],
      ["STT", "Noi dung cong viec", "Tieu chi", "Han", "Ngay cap nhat", "Tinh hinh", "Ty le %"],
      ["1", "Huong dan to chuc, ca nhan su dung DVC truc tuyen muc do 3,4", "1.1", "31/12/2021", "05/10/2021", "Dang lam", 30],
      [null, null, null, null, "05/11/2021", "Dang lam", 55],
      [null, null, null, null, "10/12/2021", "Dang lam", 75],
      ["2", "Bo sung bien hieu, ghe ngoi, may lay so tu dong", "2.1", "30/11/2021", "20/10/2021", "Chua lam", 0],
      [null, null, null, null, "22/11/2021", "Xong", 100],
    ],
    { merges: merged("A1:G1", "A4:A6", "B4:B6", "C4:C6", "D4:D6", "A7:A8", "B7:B8", "C7:C8", "D7:D8") },
  );

  it("reads the latest update's state and share, the task's own row its first", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.progress])).toEqual([
      ["1.1", "Đang thực hiện", 75],
      ["2.1", "Hoàn thành", 100],
    ]);
  });
});

describe("a criterion's figures in words under 'Số liệu' beside the tasks", () => {
  const c = consolidateSheet([
    ["RÀ SOÁT THỰC HIỆN KẾ HOẠCH 49/KH-UBND THEO TỪNG TIÊU CHÍ (đến ngày 30/11/2021)"],
    [],
    ["Tiêu chí", "Các việc phải làm", "Người chủ trì", "Đã làm được", "Số liệu"],
    [
      "1.2",
      "Tổ chức giải quyết hồ sơ đúng hạn, giảm tỷ lệ trễ hẹn",
      "CC VP-TK",
      "Đang thực hiện",
      "Tỷ lệ đúng hạn 11 tháng: 98,6% (142/144 hồ sơ)",
    ],
    ["1.3", "Cử 02 cán bộ, 02 công chức đi bồi dưỡng chuẩn hóa chức danh", "CC VP-TK", "Đang thực hiện", "Đạt chuẩn 19/21 CBCC (90,5%)"],
  ]);

  it("reads each as its criterion's reading", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([
      ["1.2", 142, 144],
      ["1.3", 19, 21],
    ]);
  });
});

describe("a share done under 'Làm được (%)'", () => {
  it("is the task's progress", () => {
    const c = consolidateSheet([
      ["VIỆC CỦA CC VĂN HÓA - XÃ HỘI NĂM 2021"],
      ["TT", "Việc", "Tiêu chí", "Hạn", "Làm được (%)"],
      ["1", "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh", "1.1", "31/12/2021", 90],
      ["2", "Lập sổ theo dõi phản ánh, kiến nghị về TTHC", "2.5", "15/10/2021", 100],
    ]);
    expect(c.tasks.map((t) => [t.progress, t.status])).toEqual([
      [90, "Đang thực hiện"],
      [100, "Hoàn thành"],
    ]);
  });
});

describe("rates by quarter, a plan and an actual column each, down rows naming their criterion and measure", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CCHC THEO QUÝ - NĂM 2021"],
      ["(KH: kế hoạch; TH: thực hiện; đơn vị: %)"],
      ["STT", "Nội dung chỉ tiêu", "Quý I", null, "Quý II", null, "Quý III", null, "Người theo dõi"],
      ["STT", "Nội dung chỉ tiêu", "KH", "TH", "KH", "TH", "KH", "TH", "Người theo dõi"],
      ["1", "TC 1.1 - Tỷ lệ hồ sơ xử lý trực tuyến mức độ 3, 4", 15, 16.2, 20, 19.5, 25, 27.1, "BP Một cửa"],
      ["2", "TCTP 1.2 - Tỷ lệ hồ sơ giải quyết đúng hạn", 100, 98.1, 100, 100, 100, 99.4, "CC VP-TK"],
      ["3", "TCTP 1.4 - Tỷ lệ giải ngân vốn đầu tư công", 15, 12.4, 35, 33, 60, 61.5, "CC TC-KT"],
    ],
    { merges: merged("A1:I1", "A2:I2", "C3:D3", "E3:F3", "G3:H3") },
  );

  it("reads readings, never tasks whose progress is the rate", () => {
    expect(c.tasks).toEqual([]);
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => [r.period, r.value])).toEqual([
      ["Quý I/2021", 98.1],
      ["Quý II/2021", 100],
      ["Quý III/2021", 99.4],
    ]);
  });
});

describe("a step done and the rest awaited", () => {
  it("is under way, never done", () => {
    const c = consolidateSheet([
      ["THEO DÕI THỰC HIỆN KẾT LUẬN CỦA CHỦ TỊCH UBND XÃ NĂM 2021"],
      ["Kết luận", "Giao", "Hạn", "Kết quả"],
      [
        "Rà soát 02 cán bộ, 02 công chức chưa đạt chuẩn, cử đi bồi dưỡng chức danh",
        "CC VP-TK",
        "31/12/2021",
        "Đã rà soát, chờ huyện mở lớp",
      ],
      [
        "Cử 04 CBCC chưa đạt chuẩn đăng ký lớp bồi dưỡng của huyện",
        "CC VP-TK",
        "31/12/2021",
        "Đã cử 02 người đi học, 02 người chờ lớp sau",
      ],
      ["Gửi thư xin lỗi người dân khi hồ sơ trễ hẹn", "BP Một cửa", "31/12/2021", "Đã gửi thư xin lỗi cho 03 trường hợp"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Đang thực hiện", "Hoàn thành"]);
  });
});

describe("a chart's legend, wherever and however it is written", () => {
  const chart = (
    legend: GridCell[][],
    marks: GridCell[][],
    header: GridCell[] = ["TT", "Nội dung", "TC", "Chủ trì", "T10", "T11", "T12"],
  ) => [
    ["THEO DÕI NHIỆM VỤ CCHC THÁNG 10 - 12 NĂM 2021"],
    header,
    ["1", "Niêm yết công khai TTHC mới công bố tại BP Một cửa", "2.2", "CC VP-TK", ...(marks[0] ?? [])],
    ["2", "Hướng dẫn người dân nộp hồ sơ trực tuyến", "1.1", "CC VH-XH", ...(marks[1] ?? [])],
    ["3", "Lắp đặt thêm ghế chờ tại BP Một cửa", "2.1", "CC VP-TK", ...(marks[2] ?? [])],
    [],
    ...legend,
  ];
  const states = (c: ReturnType<typeof consolidateSheet>) => c.tasks.map((t) => t.status);

  it("reads a line per symbol under 'Ghi chú:', and makes no task of them", () => {
    const c = consolidateSheet(
      chart(
        [
          ["Ghi chú:"],
          [null, "x : Tháng dự kiến thực hiện theo kế hoạch"],
          [null, "v : Đã triển khai thực hiện trong tháng"],
          [null, "HT : Hoàn thành nhiệm vụ"],
        ],
        [
          ["v", "v", "v"],
          ["x", "v", "x"],
          ["v", "HT"],
        ],
      ),
    );
    expect(states(c)).toEqual(["Đang thực hiện", "Đang thực hiện", "Hoàn thành"]);
    expect(c.tasks).toHaveLength(3);
    // The lines taken off the sheet are said, with what each symbol was read as.
    const said = c.problems.find((p) => p.code === "LEGEND_READ")?.message ?? "";
    expect(said).toContain("x: kỳ theo kế hoạch; v: đã thực hiện trong kỳ; ht: Hoàn thành");
    expect(said).toContain("dòng 8: x : Tháng dự kiến thực hiện theo kế hoạch");
  });

  it("reads symbols on one line with no marks between them", () => {
    const c = consolidateSheet(
      chart(
        [["Ký hiệu:   ● Đã hoàn thành        ○ Đang thực hiện        ☐ Chưa thực hiện"]],
        [
          ["○", "●"],
          ["☐", "○"],
          ["☐", "☐", "☐"],
        ],
      ),
    );
    expect(states(c)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
  });

  it("reads a 'Ký hiệu | Ý nghĩa' table beside the chart, never as the tasks' states", () => {
    const c = consolidateSheet([
      ["THEO DÕI NHIỆM VỤ CCHC THÁNG 10 - 12 NĂM 2021"],
      ["TT", "Nội dung", "Mã", "Chủ trì", "T10", "T11", "T12", null, "Ký hiệu", "Ý nghĩa"],
      ["1", "Rà soát, hoàn thiện hồ sơ đánh giá chuẩn chức danh CBCC", "1.3", "VP-TK", "○", "○", "●", null, "x", "Chưa thực hiện"],
      ["2", "Đăng ký lớp bồi dưỡng chức danh cho 02 cán bộ", "1.3", "VP-TK", "x", "○", "○", null, "●", "Hoàn thành"],
      ["3", "Vận hành phần mềm Một cửa điện tử dùng chung", "2.4", "Một cửa", "x", "x", null, null, "○", "Đang thực hiện"],
    ]);
    expect(states(c)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
  });

  it("reads a legend in words: 'Dấu + là …, HT là đã xong hẳn'", () => {
    const c = consolidateSheet(
      chart(
        [["(Dấu + là tháng đó có thực hiện, dấu - là tháng đó không thực hiện được, HT là đã xong hẳn)"]],
        [
          ["+", "+", "+"],
          ["-", "+", "HT"],
          ["-", "-"],
        ],
      ),
    );
    expect(states(c)).toEqual(["Đang thực hiện", "Hoàn thành", "Chưa thực hiện"]);
  });

  it("reads the legend of a sheet of its own", () => {
    const tasks = gridOf(
      chart(
        [['(ký hiệu xem sheet "Ký hiệu")']],
        [
          [null, "☑"],
          ["☑", "☑", "☐"],
          [null, "☐", "☐"],
        ],
      ),
      { sheet: "TD 2021" },
    );
    const legend = gridOf([["QUY ƯỚC KÝ HIỆU"], [], ["☑", "Đã thực hiện trong tháng"], ["☐", "Việc phải làm trong tháng nhưng chưa làm"]], {
      sheet: "Ký hiệu",
    });
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [tasks, legend] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    const byRow = [...c.tasks].sort((a, b) => a.source.row - b.source.row);
    expect(byRow.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
  });
});

describe("blocks of labelled rows under a number merged down each block, a remark beside some values", () => {
  const block = (n: string, code: string, work: string, lead: string, due: string, state: string, remark: string | null): GridCell[][] => [
    [n, "Tiêu chí", code],
    [null, "Nhiệm vụ", work],
    [null, "Chủ trì", lead],
    [null, "Thời hạn", due],
    [null, "Tình hình thực hiện", state, remark],
  ];
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC - QUÝ IV NĂM 2021"],
      [],
      ["STT", "Nội dung theo dõi", "Kết quả cập nhật", "Ghi chú"],
      ...block(
        "1",
        "TCTP 1.4 - Giải ngân vốn đầu tư công",
        "Họp giao ban định kỳ hàng tháng về tiến độ giải ngân",
        "Chủ tịch UBND xã",
        "31/12/2021",
        "Đang thực hiện",
        null,
      ),
      ...block(
        "2",
        "TC 1.7 - Thực hiện chỉ tiêu KT-XH do HĐND giao",
        "Rà soát, đánh giá kết quả thực hiện 18 chỉ tiêu KT-XH năm 2021",
        "CC VP-TK",
        "10/12/2021",
        "Hoàn thành",
        "Hoàn thành ngày 08/12/2021",
      ),
      ...block(
        "3",
        "2.3",
        "Phân công lãnh đạo trực tiếp theo dõi hoạt động của Bộ phận Một cửa",
        "Chủ tịch UBND xã",
        "30/11/2021",
        "Chưa thực hiện",
        null,
      ),
    ],
    { merges: merged("A1:D1", "A4:A8", "A9:A13", "A14:A18") },
  );

  it("reads each block as one task, its remark in the note", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.doneDate])).toEqual([
      ["1.4", "Chủ tịch Ủy ban nhân dân xã", "2021-12-31", "Đang thực hiện", null],
      ["1.7", "Công chức Văn phòng-Thống kê", "2021-12-10", "Hoàn thành", "2021-12-08"],
      ["2.3", "Chủ tịch Ủy ban nhân dân xã", "2021-11-30", "Chưa thực hiện", null],
    ]);
  });
});

describe("a card with two labels a row, one naming who follows the work and one who leads it", () => {
  const card = (n: number, code: number | string, work: string, lead: string, due: string, share: number, state: string): GridCell[][] => [
    [`NHIỆM VỤ SỐ ${n}`],
    ["Tiêu chí:", code, null, "Người theo dõi:", "Thu Hà"],
    ["Nội dung:", work],
    ["Chủ trì:", lead, null, "Phối hợp:", "BP Một cửa"],
    ["Thời hạn:", due, null, "Tiến độ:", share],
    ["Tình trạng:", state, null, "Ngày HT:"],
    [],
  ];
  const c = consolidateSheet([
    ["PHIẾU THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2021"],
    [],
    ...card(
      1,
      1.1,
      "Tuyên truyền trên hệ thống loa phát thanh về dịch vụ công trực tuyến mức độ 3, 4",
      "CC VH-XH",
      "31/12/2021",
      0.8,
      "Đang thực hiện",
    ),
    ...card(2, 1.7, "Rà soát tiến độ thực hiện các chỉ tiêu KT-XH năm 2021", "CC VP-TK", "30/11/2021", 0, "Chưa thực hiện"),
  ]);

  it("reads one task a card, the lead from 'Chủ trì', the code never a day", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.progress, t.doneDate])).toEqual([
      ["1.1", "Công chức Văn hóa-Xã hội", "2021-12-31", "Đang thực hiện", 80, null],
      ["1.7", "Công chức Văn phòng-Thống kê", "2021-11-30", "Chưa thực hiện", 0, null],
    ]);
  });
});

describe("a Word report of tasks pasted, a numbered criterion over each block, its labels merged over their lines", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ DO CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ CHỦ TRÌ"],
      [],
      ["1.", "Tiêu chí 1.2: Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn"],
      ["Nội dung nhiệm vụ", "Tổ chức thực hiện tốt việc giải quyết hồ sơ TTHC cho người dân, tổ chức, hướng"],
      [null, "đến giảm tỷ lệ hồ sơ trễ hạn."],
      ["Chủ trì / phối hợp", "- Chủ trì: Công chức VP-TK"],
      [null, "- Thực hiện: Bộ phận Một cửa"],
      ["Thời hạn hoàn thành", "Trong năm 2021"],
      ["Kết quả thực hiện", "Tình trạng: Đang thực hiện"],
      [null, "Tỷ lệ hoàn thành: 90%"],
      [],
      ["2.", "Tiêu chí 1.3: Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
      ["Nội dung nhiệm vụ", "Rà soát lại tổng thể đội ngũ cán bộ, công chức theo từng nhóm chức danh"],
      ["Chủ trì / phối hợp", "- Chủ trì: Công chức VP-TK"],
      ["Thời hạn hoàn thành", "30/9/2021"],
      ["Kết quả thực hiện", "Tình trạng: Hoàn thành"],
      [null, "Hoàn thành ngày 28/9/2021"],
    ],
    { merges: merged("A1:B1", "A4:A5", "A6:A7", "A9:A10", "A16:A17") },
  );

  it("reads one task a block, with its criterion, lead, deadline and state", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.progress, t.doneDate])).toEqual([
      ["1.2", "Công chức Văn phòng-Thống kê", "2021-12-31", "Đang thực hiện", 90, null],
      ["1.3", "Công chức Văn phòng-Thống kê", "2021-09-30", "Hoàn thành", 100, "2021-09-28"],
    ]);
  });
});

describe("a month chart whose cells hold the day the work was done, as its legend says", () => {
  const c = consolidateSheet(
    [
      ["DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH 49/KH-UBND - CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN"],
      ['(Ô tháng: ghi ngày hoàn thành; đang làm thì ghi "đang"; để trống là chưa làm)'],
      [],
      ["Số TT", "Tên nhiệm vụ", "Thời hạn", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"],
      ["1", "Tham mưu phân bổ kế hoạch vốn đầu tư công còn lại năm 2021", "30/9/2021", 28],
      ["2", "Đôn đốc giải ngân vốn đầu tư đạt 60% kế hoạch được giao", "30/9/2021", null, "05"],
      ["3", "Mua sắm bổ sung trang thiết bị Bộ phận Một cửa", "Quý IV/2021", null, null, 18],
      ["4", "Phối hợp kiểm tra hiện trường các công trình chậm giải ngân", "Trong năm 2021", null, "đang", "đang", "đang"],
    ],
    { merges: merged("A1:G1", "A2:G2") },
  );

  it("reads each number as the day done in its month, never as a criterion's figure", () => {
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-09-28"],
      ["Hoàn thành", "2021-10-05"],
      ["Hoàn thành", "2021-11-18"],
      ["Đang thực hiện", null],
    ]);
    expect(c.readings).toEqual([]);
  });
});
