import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 486 onwards and the sets before them left open.

describe("a criterion's row heading its tasks, its figure under the table's result", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI KẾT QUẢ CCHC NĂM 2021 (đến 31/10/2021)"],
    [],
    ["STT", "Nội dung", "Chỉ tiêu", "Kết quả đạt được", "Người phụ trách", "Thời hạn", "Tình trạng", "Ghi chú"],
    ["1", "Tiêu chí 1.5 - Tỷ lệ văn bản điện tử", "100%", "91,5%", "CC VP-TK", null, null, "10 tháng"],
    ["-", "Ký số văn bản đi trên phần mềm quản lý văn bản", null, "Hoàn thành", "CC VP-TK", "30/9/2021", "Hoàn thành"],
    ["-", "Hướng dẫn cán bộ dùng chữ ký số cá nhân", null, null, "CC VP-TK", "31/12/2021", "Đang thực hiện"],
    ["2", "Tổ chức đối thoại với người dân về TTHC", null, "01 buổi", "CT UBND xã", "30/11/2021", "Đang thực hiện"],
  ]);

  it("reads the criterion's share as its reading, with its target, lead and note said", () => {
    expect(c.readings.map((r) => [r.code, r.value, r.source.row])).toEqual([["1.5", 91.5, 4]]);
    expect(c.readings[0].note).toContain("Người phụ trách: CC VP-TK");
    expect(c.readings[0].note).toContain("Ghi chú: 10 tháng");
  });

  it("reads no task of the criterion's row, and gives its parts its code", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.5"],
      [6, "1.5"],
      [7, null],
    ]);
  });

  it("leaves a criterion's row with a deadline of its own a task", () => {
    const own = consolidateSheet([
      ["STT", "Nội dung", "Kết quả đạt được", "Người phụ trách", "Thời hạn", "Tình trạng"],
      ["1", "Tiêu chí 1.5 - Tỷ lệ văn bản điện tử", "91,5%", "CC VP-TK", "31/12/2021", "Đang thực hiện"],
      ["-", "Ký số văn bản đi trên phần mềm quản lý văn bản", "Hoàn thành", "CC VP-TK", "30/9/2021", "Hoàn thành"],
    ]);
    expect(own.tasks.map((t) => t.source.row)).toEqual([2, 3]);
  });
});

describe("a report's paragraphs, each closing with its lead, deadline and result in brackets", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ AN PHÚ", null, null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 41/BC-UBND", null, null, null, null, "Độc lập - Tự do - Hạnh phúc"],
      [null, null, null, null, null, "An Phú, ngày 05 tháng 10 năm 2021"],
      ["BÁO CÁO Kết quả cải cách hành chính quý III năm 2021"],
      ["1. Công khai, minh bạch thủ tục hành chính (TCTP 2.2)"],
      [
        "Niêm yết công khai 118 TTHC tại Bộ phận Một cửa (Chủ trì: CC VP-TK; phối hợp: CC TP-HT; thời hạn: 20/8/2021; kết quả: hoàn thành ngày 18/8/2021).",
      ],
      [
        "Cập nhật TTHC mới công bố lên Trang thông tin điện tử xã (Chủ trì: CC VH-XH; thời hạn: 30/11/2021; kết quả: đang thực hiện, đạt 60%).",
      ],
      ["2. Chỉ số hài lòng về công chức (2.3)"],
      ["Kiểm tra đột xuất giờ giấc làm việc tại Bộ phận Một cửa (Chủ trì: PCT UBND xã; thời hạn: 30/9/2021; kết quả: chưa thực hiện)."],
    ],
    { merges: merged("A1:D1", "F1:J1", "A2:D2", "F2:J2", "F3:J3", "A4:J4", "A5:J5", "A6:J6", "A7:J7", "A8:J8", "A9:J9") },
  );

  it("reads each paragraph as a task, its bracketed fields its own and its words without them", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.partners, t.due, t.status, t.doneDate])).toEqual([
      [6, "2.2", "Công chức Văn phòng-Thống kê", "Công chức Tư pháp-Hộ tịch", "2021-08-20", "Hoàn thành", "2021-08-18"],
      [7, "2.2", "Công chức Văn hóa-Xã hội", "", "2021-11-30", "Đang thực hiện", null],
      [9, "2.3", "Phó Chủ tịch Ủy ban nhân dân xã", "", "2021-09-30", "Chưa thực hiện", null],
    ]);
    expect(c.tasks[0].content).toBe("Niêm yết công khai 118 TTHC tại Bộ phận Một cửa");
    expect(c.tasks[1].progress).toBe(60);
  });

  it("leaves a bracket of one label in the task's words", () => {
    const one = consolidateSheet([
      ["STT", "Nội dung", "Thời hạn", "Tình trạng"],
      ["1", "Rà soát TTHC rườm rà (Chủ trì: CC VP-TK)", "30/11/2021", "Đang thực hiện"],
      ["2", "Ký số văn bản đi trên phần mềm", "30/9/2021", "Hoàn thành"],
    ]);
    expect(one.tasks.map((t) => t.content)).toEqual(["Rà soát TTHC rườm rà (Chủ trì: CC VP-TK)", "Ký số văn bản đi trên phần mềm"]);
  });
});

describe("work carried to next month, two lines under a month's dossier table", () => {
  const table: GridCell[][] = [
    ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC THÁNG 10/2021"],
    [],
    ["STT", "Lĩnh vực", "Số hồ sơ nhận", "Đã giải quyết", "Trong đó đúng hạn", "Quá hạn", "Ghi chú"],
    [1, "Hộ tịch", 47, 46, 46, 0],
    [2, "Chứng thực", 38, 38, 37, 1],
    [3, "Đất đai", 14, 12, 12, 0],
    [null, "Tổng cộng", 99, 96, 95, 1],
    [],
  ];
  const c = consolidateSheet([
    ...table,
    [null, "Việc chuyển tháng sau:"],
    [null, "- Cập nhật danh mục TTHC lĩnh vực đất đai lên bảng niêm yết (Một cửa, trước 15/11) – chưa làm"],
    [null, "- Hướng dẫn công dân tạo tài khoản DVC quốc gia (VH-XH, trong tháng 11) – đang làm"],
  ]);

  it("reads each line as a task, who and when in its brackets, its state after the dash", () => {
    expect(c.tasks.map((t) => [t.source.row, t.content, t.lead, t.due, t.status])).toEqual([
      [
        10,
        "Cập nhật danh mục TTHC lĩnh vực đất đai lên bảng niêm yết",
        "Bộ phận Tiếp nhận và trả kết quả xã",
        "2021-11-15",
        "Chưa thực hiện",
      ],
      [11, "Hướng dẫn công dân tạo tài khoản DVC quốc gia", "Công chức Văn hóa-Xã hội", "2021-11-30", "Đang thực hiện"],
    ]);
  });

  it("leaves two notes under a table with no heading of work to do no tasks", () => {
    const notes = consolidateSheet([
      ...table,
      [null, "Ghi chú:"],
      [null, "- Số liệu lấy từ phần mềm Một cửa điện tử của huyện, chốt ngày 14 hằng tháng"],
      [null, "- Hồ sơ quá hạn đã gửi thư xin lỗi công dân theo quy định"],
    ]);
    expect(notes.tasks).toEqual([]);
  });
});

describe("a section's result written on a labelled row among its tasks", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021 (cập nhật đến 30/11/2021)"],
      [],
      ["STT", "Tiêu chí / Nhiệm vụ", "Chủ trì", "Thời gian", "Kết quả", "Ghi chú"],
      ["I", "TC 1.3 - Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã"],
      ["1", "Rà soát đội ngũ CBCC theo từng chức danh", "CC VP-TK", "30/11/2021", "Hoàn thành", "xong 15/11"],
      [null, "Kết quả: số CBCC đạt chuẩn", null, null, "19/22", "86,4%"],
      ["II", "TC 1.5 - Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
      ["2", "Gửi, nhận văn bản điện tử qua phần mềm QLVB", "CC VP-TK", "Trong năm 2021", "Đang thực hiện"],
      [null, "Kết quả: tỷ lệ VB đi gửi dạng điện tử quý III", null, null, 0.93],
    ],
    { merges: merged("A1:F1", "B4:F4", "B7:F7"), formats: { "9:5": "0%" } },
  );

  it("reads each labelled result as its section's reading, of the period its label names", () => {
    expect(
      c.readings.map((r) => [r.source.row, r.code, r.period, r.numerator, r.denominator, Math.round((r.value ?? 0) * 10) / 10]),
    ).toEqual([
      [6, "1.3", "Năm 2021 (đến 30/11/2021)", 19, 22, 86.4],
      [9, "1.5", "Quý III/2021", null, null, 93],
    ]);
    expect(c.readings[0].note).toContain("Ghi chú: 86,4%");
  });

  it("reads no task of a result's row", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 8]);
  });
});

describe("a survey's result on a label's row under each criterion, the table numbering nothing", () => {
  const c = consolidateSheet([
    ["THEO DÕI CẢI THIỆN CHỈ SỐ SIPAS NĂM 2021"],
    [],
    ["Nội dung", "Người thực hiện", "Thời gian", "Kết quả", "Ghi chú"],
    ["2.1. Chỉ số hài lòng về tiếp cận dịch vụ"],
    ["Kết quả khảo sát quý III:", null, null, "84,6%", "65 phiếu"],
    ["- Mua sắm bổ sung ghế chờ, máy lấy số thứ tự", "CC TC-KT", "Quý IV/2021", "Đang làm thủ tục mua sắm"],
    ["2.3. Chỉ số hài lòng về công chức tại BP Một cửa"],
    ["Kết quả khảo sát quý III:", null, null, "91%"],
    ["- Kiểm tra đột xuất giờ giấc làm việc của công chức", "CT UBND", "Hàng tháng", "Đã kiểm tra 3 lần"],
  ]);

  it("reads each as its criterion's reading of the quarter, and neither as a task", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.value])).toEqual([
      [5, "2.1", "Quý III/2021", 84.6],
      [8, "2.3", "Quý III/2021", 91],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([6, 9]);
  });
});

describe("task cards titled by their number with the work beside it, their labels without colons", () => {
  const card = (n: number, work: string, code: string, lead: string, partner: string | null, due: string, state: GridCell[]) => [
    [`NHIỆM VỤ SỐ ${n}`, work],
    ["Thuộc tiêu chí", code],
    partner === null ? ["Chủ trì", lead, "Phối hợp"] : ["Chủ trì", lead, "Phối hợp", partner],
    ["Thời hạn", due],
    ["Kết quả", ...state],
    [],
  ];
  const c = consolidateSheet([
    ["PHIẾU THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    [],
    ...card(1, "Niêm yết công khai TTHC lĩnh vực hộ tịch tại Bộ phận Một cửa", "TC 2.2", "BP Một cửa", "CC TP-HT", "30/6/2021", [
      "Hoàn thành",
      "Ngày hoàn thành",
      "25/6/2021",
    ]),
    ...card(2, "Hướng dẫn người dân nộp hồ sơ trực tuyến mức độ 3, 4", "TC 1.1", "CC VH-XH", null, "30/11/2021", [
      "Đang thực hiện",
      "Tiến độ",
      "60%",
    ]),
    ...card(3, "Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực đất đai", "TC 2.2", "CC ĐC-XD", "BP Một cửa", "15/10/2021", ["Chưa thực hiện"]),
  ]);

  it("reads each card as a task with its fields", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due, t.status, t.progress, t.doneDate])).toEqual([
      [3, "2.2", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-06-30", "Hoàn thành", 100, "2021-06-25"],
      [9, "1.1", "Công chức Văn hóa-Xã hội", "2021-11-30", "Đang thực hiện", 60, null],
      [15, "2.2", "Công chức Địa chính-Xây dựng", "2021-10-15", "Chưa thực hiện", 0, null],
    ]);
    expect(c.tasks[0].content).toBe("Niêm yết công khai TTHC lĩnh vực hộ tịch tại Bộ phận Một cửa");
  });
});

describe("a report by criteria: each code beside its name, then paragraphs of what was done", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ CCHC 9 THÁNG ĐẦU NĂM 2021"],
    [],
    // Excel turned "1.2" into a number; "2.3" was typed as text.
    [1.2, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
    [null, "Ngày 02/8/2021, CC VP-TK tham mưu Chủ tịch UBND xã ban hành văn bản chấn chỉnh việc giải quyết hồ sơ trễ hạn; hoàn thành."],
    [null, "9 tháng tiếp nhận 874 hồ sơ, giải quyết 860 hồ sơ, trong đó trước hạn 512, đúng hạn 341, quá hạn 07 hồ sơ."],
    ["2.3", "Chỉ số hài lòng về công chức tại BP Một cửa"],
    [null, "CC VP-TK tham mưu UBND xã phân công PCT UBND xã trực tiếp theo dõi hoạt động của BP Một cửa, dự kiến xong trước 15/11/2021."],
    [null, "Kết quả khảo sát quý III: 95,2% người dân hài lòng về thái độ phục vụ của công chức."],
  ]);

  it("reads each paragraph of work as a task of the criterion above it, the headings none", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status])).toEqual([
      [4, "1.2", "2021-12-31", "Hoàn thành"],
      [7, "2.3", "2021-11-15", "Chưa thực hiện"],
    ]);
  });

  it("reads the survey's sentence as its criterion's reading, never a task", () => {
    expect(c.readings.filter((r) => r.source.row === 8).map((r) => [r.code, r.value])).toEqual([["2.3", 95.2]]);
  });
});

describe("figure lines under a month's register, the counts worked out to the rate", () => {
  const c = consolidateSheet([
    ["SỔ THEO DÕI VĂN BẢN VÀ HỒ SƠ - THÁNG 10/2021"],
    [],
    ["TT", "Nội dung công việc", "Người thực hiện", "Thời hạn", "Kết quả"],
    [1, "Cập nhật TTHC mới lên bảng niêm yết", "BP Một cửa", "15/10/2021", "Hoàn thành"],
    [2, "Hướng dẫn công dân nộp hồ sơ trực tuyến", "BP Một cửa", "31/10/2021", "Đang thực hiện"],
    [],
    ["- Nộp trực tuyến: 3/7 = 42,9%."],
    ["- TCTP 1.5: 92% văn bản đi gửi dưới dạng điện tử."],
  ]);

  it("reads each line as its measure's reading of the month, with its counts", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.numerator, r.denominator, r.value])).toEqual([
      [7, "1.1", "Tháng 10/2021", 3, 7, 42.9],
      [8, "1.5", "Tháng 10/2021", null, null, 92],
    ]);
  });
});

describe("a register of documents sent, a tick column for each way they went", () => {
  const doc = (n: number, day: string, what: string, byNet: boolean, onPaper: boolean): GridCell[] => [
    `${n}/CV-UBND`,
    day,
    what,
    "Phòng Nội vụ",
    byNet ? "x" : null,
    onPaper ? "x" : null,
  ];
  const c = consolidateSheet([
    ["SỔ THEO DÕI VĂN BẢN ĐI - THÁNG 06/2021"],
    [],
    ["Số, ký hiệu", "Ngày VB", "Trích yếu nội dung", "Nơi nhận", "Gửi ĐT", "Gửi giấy"],
    doc(61, "02/6/2021", "V/v cử cán bộ tham gia tập huấn", true, false),
    doc(62, "05/6/2021", "Báo cáo tình hình an ninh trật tự", true, false),
    doc(63, "08/6/2021", "Thông báo kết luận giao ban", true, true),
    doc(64, "11/6/2021", "Kế hoạch kiểm tra công tác phòng chống dịch", false, true),
  ]);

  it("reads the month's share sent wholly electronically, a tick under paper taking a document out", () => {
    expect(c.readings.map((r) => [r.period, r.numerator, r.denominator, r.value])).toEqual([["Tháng 6/2021", 2, 4, 50]]);
  });
});

describe("result rows marked KQ among a section's tasks, their counts and rate a cell each", () => {
  const c = consolidateSheet([
    ["TỔNG HỢP NHIỆM VỤ VÀ KẾT QUẢ - BP MỘT CỬA"],
    ["Quý III năm 2021"],
    [],
    ["STT", "Nội dung", "Người thực hiện", "Thời hạn", "Thực hiện", "Tổng số", "Tỷ lệ (%)", "Ghi chú"],
    ["A", "TIÊU CHÍ 1.2 - GIẢI QUYẾT HỒ SƠ ĐÚNG HẠN"],
    [1, "Theo dõi, nhắc hạn hồ sơ trên phần mềm Một cửa", "BP Một cửa", "30/9/2021", "Đang thực hiện", null, 80],
    ["KQ", "Số hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết", null, null, 147, 150, 98],
  ]);

  it("reads the row as its section's reading of the counts and rate, and no task", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.numerator, r.denominator, r.value])).toEqual([
      [7, "1.2", "Quý III/2021", 147, 150, 98],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([6]);
  });
});

describe("criteria numbered by their codes, each with its figure, heading their lettered tasks", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ VÀ NHIỆM VỤ KHẮC PHỤC NĂM 2021"],
    ["(Số liệu tính đến ngày 30/11/2021)"],
    ["STT", "Tiêu chí / Nhiệm vụ", "Kế hoạch", "Thực hiện", "Chủ trì", "Thời hạn", "Tình hình thực hiện", "Ghi chú"],
    ["1.4", "Giải ngân kế hoạch vốn đầu tư công", "100%", "78,4%", "CT UBND"],
    ["a", "Kiểm tra tiến độ tại thực địa, tháo gỡ vướng mắc từng dự án", null, null, "PCT UBND", "30/11/2021", "Đang thực hiện"],
    ["2.5", "Hài lòng về tiếp nhận, xử lý phản ánh kiến nghị", "Tăng so với 2020", null, "CC VP-TK", null, null, "Chưa có kết quả"],
    ["a", "Công khai số điện thoại đường dây nóng của lãnh đạo UBND xã", null, null, "CC VP-TK", "15/10/2021", "Hoàn thành"],
  ]);

  it("reads each criterion's figure as its reading, its row no task", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.value])).toEqual([[4, "1.4", 78.4]]);
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.4"],
      [7, "2.5"],
    ]);
  });

  it("names a criterion's row with no figure yet", () => {
    // (With what else it says: its target, lead and note are not dropped unsaid.)
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.row === 6).map((p) => p.message)).toEqual([
      expect.stringContaining("Ghi chú: Chưa có kết quả"),
    ]);
  });
});

describe("task cards carried over from the last quarter, a block of survey figures under them", () => {
  const card = (n: string, work: string, lead: string, due: string, result: string) => [
    [`Việc ${n}:`, work],
    ["   - Phụ trách:", lead],
    ["   - Hạn:", due],
    ["   - Kết quả:", result],
    [],
  ];
  const c = consolidateSheet([
    ["CÁC VIỆC CẢI THIỆN CHỈ SỐ HÀI LÒNG (SIPAS) - QUÝ IV/2021"],
    [],
    ...card(
      "1 (quý III chuyển sang)",
      "Sắp xếp lại ghế chờ, bổ sung quạt tại BP Một cửa",
      "BP Một cửa",
      "30/10/2021",
      "Xong ngày 12/11/2021",
    ),
    ...card("2", "Lắp thiết bị đánh giá mức độ hài lòng điện tử tại quầy", "BP Một cửa", "31/12/2021", "Chưa thực hiện, chờ kinh phí"),
    ["SỐ LIỆU KHẢO SÁT ĐẾN 14/12/2021 (41 phiếu):"],
    ["Tiếp cận dịch vụ", "90,1%"],
    ["Công chức giải quyết", "94,5%"],
  ]);

  it("reads each card as a task, the one carried over too", () => {
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.doneDate])).toEqual([
      [3, "2021-10-30", "Hoàn thành", "2021-11-12"],
      [8, "2021-12-31", "Chưa thực hiện", null],
    ]);
  });

  it("reads the figures under the cards as readings, never as tasks", () => {
    expect(c.readings.map((r) => [r.source.row, r.period, r.value])).toEqual([
      [14, "Đến 14/12/2021", 90.1],
      [15, "Đến 14/12/2021", 94.5],
    ]);
  });
});

describe("a criterion's row with its figure under each quarter, heading tasks whose state is written by quarter", () => {
  const c = consolidateSheet([
    ["THEO DÕI TIÊU CHÍ VÀ NHIỆM VỤ CCHC NĂM 2021"],
    [],
    ["TT", "Nội dung", "Chủ trì", "Hạn", "Quý I", "Quý II", "Quý III", "Quý IV", "Ghi chú"],
    ["1.2", "Tỷ lệ hồ sơ đúng hạn (KQ)", "CC VP-TK", null, "100%", "98,2%", "97,5%"],
    ["a", "Nhắc hạn hồ sơ trên phần mềm Một cửa", "BP Một cửa", "Thường xuyên", "Đang thực hiện", "Đang thực hiện", "Đang thực hiện"],
    ["b", "Gửi thư xin lỗi khi trễ hẹn", "CC VP-TK", "31/12/2021", "Chưa thực hiện", "Hoàn thành"],
  ]);

  it("reads a reading of each quarter written, and no task of the criterion's row", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.value])).toEqual([
      [4, "1.2", "Quý I/2021", 100],
      [4, "1.2", "Quý II/2021", 98.2],
      [4, "1.2", "Quý III/2021", 97.5],
    ]);
    // (The row's lead is said with each reading, never dropped with the row.)
    expect(c.readings.every((r) => r.note.includes("Chủ trì: CC VP-TK"))).toBe(true);
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.2"],
      [6, "1.2"],
    ]);
  });
});

describe("a register whose way of sending is written short", () => {
  const c = consolidateSheet([
    ["SỔ ĐĂNG KÝ VĂN BẢN ĐI - QUÝ I NĂM 2021"],
    [],
    ["Số, ký hiệu", "Ngày", "Trích yếu", "Nơi nhận", "Hình thức gửi"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ["01/BC-UBND", "05/01/2021", "Báo cáo tình hình an ninh trật tự", "Công an huyện", "ĐT"],
    ["02/KH-UBND", "12/01/2021", "Kế hoạch CCHC năm 2021", "Phòng Nội vụ", "ĐT+Giấy"],
    ["03/TB-UBND", "20/01/2021", "Thông báo lịch tiếp công dân", "Các thôn", "ĐT"],
  ]);

  it("counts the documents sent only electronically, never the columns' numbers", () => {
    expect(c.readings.map((r) => [r.source.row, r.numerator, r.denominator])).toEqual([[5, 2, 3]]);
  });
});

describe("numbered items with their fields in square brackets, between bars", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN CÁC GIẢI PHÁP NÂNG CAO CHỈ SỐ SIPAS NĂM 2021"],
    [],
    ["A. Chỉ số hài lòng về tiếp cận dịch vụ"],
    ["1. Bổ sung biển hiệu, sơ đồ hướng dẫn tại Bộ phận Một cửa [Chủ trì: CC VP-TK | Hạn: 30/9/2021 | KQ: hoàn thành 22/9/2021]"],
    ["2. Tuyên truyền các hình thức nộp hồ sơ qua bưu chính công ích [Chủ trì: CC VH-XH | Hạn: 31/10/2021 | KQ: chưa thực hiện]"],
  ]);

  it("reads who leads, the deadline and the result from the brackets, the words without the number", () => {
    expect(c.tasks.map((t) => [t.source.row, t.content, t.lead, t.due, t.status, t.doneDate])).toEqual([
      [
        4,
        "Bổ sung biển hiệu, sơ đồ hướng dẫn tại Bộ phận Một cửa",
        "Công chức Văn phòng-Thống kê",
        "2021-09-30",
        "Hoàn thành",
        "2021-09-22",
      ],
      [5, "Tuyên truyền các hình thức nộp hồ sơ qua bưu chính công ích", "Công chức Văn hóa-Xã hội", "2021-10-31", "Chưa thực hiện", null],
    ]);
  });
});

describe("a measure numbered in the outline, its figure under each quarter, its tasks numbered within it", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI KẾT QUẢ CÁC TIÊU CHÍ VÀ TIẾN ĐỘ NHIỆM VỤ THEO QUÝ - NĂM 2021"],
      [],
      ["STT", "Tiêu chí / nhiệm vụ", "Phụ trách", "Thời hạn", "Kết quả / tiến độ theo quý", null, null, "Ghi chú"],
      [null, null, null, null, "Quý I", "Quý II", "Quý III"],
      ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn (TC 1.2)", "CC VP-TK", null, 1, 0.984, 0.991],
      ["1.1", "Gửi thư xin lỗi người dân khi để trễ hẹn", "BP Một cửa", "Thường xuyên", "Không phát sinh", "Đã TH", "Đang TH"],
      ["2", "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (TC 1.1)", "CC VH-XH", null, "12%", "18,5%", "24%"],
      ["2.1", "Tuyên truyền DVC trực tuyến trên loa phát thanh xã", "CC VH-XH", "30/9/2021", "Chưa TH", "Đang TH", "HT"],
    ],
    {
      merges: merged("E3:G3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "H3:H4"),
      formats: { "5:5": "0%", "5:6": "0.0%", "5:7": "0.0%" },
    },
  );

  it("reads each quarter's figure of the measure, and no task of its row", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.value])).toEqual([
      [7, "1.1", "Quý I/2021", 12],
      [7, "1.1", "Quý II/2021", 18.5],
      [7, "1.1", "Quý III/2021", 24],
      [5, "1.2", "Quý I/2021", 100],
      [5, "1.2", "Quý II/2021", 98.4],
      [5, "1.2", "Quý III/2021", 99.1],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [6, "1.2"],
      [8, "1.1"],
    ]);
  });
});

describe("result rows labelled with their quarter or year, the figure under the state column", () => {
  const c = consolidateSheet([
    ["KẾ HOẠCH 49 - THEO DÕI NHIỆM VỤ CHỈ SỐ CCHC"],
    [],
    ["Số TT", "Nội dung", "Giá trị / Tình trạng", "Người phụ trách", "Hạn hoàn thành", "Ngày hoàn thành"],
    ["Tiêu chí 1.4. Giải ngân kế hoạch đầu tư vốn NSNN"],
    [1, "Rà soát, điều chuyển vốn các dự án chậm giải ngân", "Đã xong", "CC TC-KT", "15/7/2021", "10/7/2021"],
    [null, "Kết quả quý III/2021:", "63,4%"],
    ["Tiêu chí 1.2. Hồ sơ TTHC giải quyết đúng hạn"],
    [1, "Theo dõi, đôn đốc giải quyết hồ sơ đúng hạn trên phần mềm Một cửa", "Thường xuyên", "CC VP-TK"],
    [null, "Kết quả năm 2021:", "235/236 hồ sơ"],
  ]);

  it("reads each as its criterion's reading of the period its label names", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.numerator, r.denominator])).toEqual([
      [9, "1.2", "Năm 2021", 235, 236],
      [6, "1.4", "Quý III/2021", null, null],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 8]);
  });
});
