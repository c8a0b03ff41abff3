import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 419-423: layouts no issue lists, section rows and date columns, figures across
// the columns, a quarter's whole workbook, workbooks kept by hand over a year.

describe("a bar chart's weeks named T1 … T4 under each month merged over them", () => {
  const months = ["Tháng 10/2021", null, null, null, "Tháng 11/2021", null, null, null, "Tháng 12/2021", null, null, null];
  const weeks = ["T1", "T2", "T3", "T4", "T1", "T2", "T3", "T4", "T1", "T2", "T3", "T4"];
  const bars = (from: number, to: number) => weeks.map((_, i) => (i >= from && i <= to ? "■" : null));
  const c = consolidateSheet(
    [
      ["LỊCH TRIỂN KHAI NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC QUÝ IV/2021"],
      [],
      ["STT", "Nhiệm vụ", "TC", "Người thực hiện", ...months, "Tình trạng"],
      ["STT", "Nhiệm vụ", "TC", "Người thực hiện", ...weeks, "Tình trạng"],
      [1, "Rà soát, cập nhật danh mục TTHC niêm yết tại Bộ phận Một cửa", "2.2", "BP TN&TKQ", ...bars(0, 2), "Hoàn thành"],
      [2, "Kiểm tra tiến độ giải ngân các công trình tại thực địa", "1.4", "PCT UBND xã", ...bars(4, 7), "Đang thực hiện"],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:L3", "M3:P3", "Q3:Q4") },
  );

  it("reads them as weeks of that month: each task is due at its last marked week's end", () => {
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-10-21", "2021-11-30"]);
  });
});

describe("a column added each month, 'Cập nhật 15/10 | Cập nhật 15/11 | Cập nhật 10/12'", () => {
  const c = consolidateSheet([
    ["THEO DÕI TIẾN ĐỘ KH 49/KH-UBND NĂM 2021 (cập nhật hàng tháng)"],
    [],
    ["STT", "Việc cần làm", "Tiêu chí", "Giao cho", "Hạn", "Cập nhật 15/10", "Cập nhật 15/11", "Cập nhật 10/12"],
    [1, "Chuyển toàn bộ văn bản đi sang gửi trên hệ thống QLVB điện tử", "1.5", "VP-TK", "30/11/2021", "đang làm 70%", "xong"],
    [
      2,
      "Đưa phần mềm Một cửa điện tử dùng chung vào sử dụng cho 100% hồ sơ",
      "2.4",
      "VP-TK",
      "31/12/2021",
      "đang",
      "đang",
      "Đã HT từ 01/12",
    ],
    [3, "Rà soát, bổ sung bộ biểu mẫu hướng dẫn lập hồ sơ TTHC", "2.2", "BP 1 cửa", "15/12/2021", "chưa", "chưa", "đang soạn"],
  ]);

  it("takes the latest update written as the task's state, the earlier ones kept in its note", () => {
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Hoàn thành", "Đang thực hiện"]);
    expect(c.tasks[1].doneDate).toBe("2021-12-01");
    expect(c.tasks[0].note).toContain("đang làm 70%");
  });
});

describe("'Cộng 6 tháng cuối năm' over 'Năm 2020 | Năm 2021'", () => {
  const c = consolidateSheet(
    [
      ["SO SÁNH SỐ LIỆU CÙNG KỲ NĂM 2020"],
      [],
      ["Mã TC", "Chỉ số", "Tháng 11", null, "Tháng 12", null, "Cộng 6 tháng cuối năm", null],
      ["Mã TC", "Chỉ số", "Năm 2020", "Năm 2021", "Năm 2020", "Năm 2021", "Năm 2020", "Năm 2021"],
      ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn (%)", 97.5, 98.9, 97.9, 99.2, 97.1, 98.6],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:H3") },
  );

  it("reads each year's half, never the whole year", () => {
    const half = c.readings.filter((r) => r.period === "6 tháng cuối năm 2021");
    expect(half.map((r) => r.value)).toEqual([98.6]);
    expect(c.readings.some((r) => r.period === "Năm 2021")).toBe(false);
  });
});

describe("a rate's parts abbreviated 'TS | MS | TL (%)' under each quarter", () => {
  const quarter = (q: string) => [`Quý ${q}/2021`, null, null];
  const c = consolidateSheet(
    [
      ["BIỂU TỔNG HỢP SỐ LIỆU CÁC TIÊU CHÍ THÀNH PHẦN CHỈ SỐ CCHC NĂM 2021"],
      [],
      ["STT", "Mã TC", "Tên tiêu chí", ...quarter("III"), ...quarter("IV"), "Chỉ tiêu KH 49", "Năm 2020 (%)", "Ghi chú"],
      [null, null, null, "TS", "MS", "TL (%)", "TS", "MS", "TL (%)", null, null, null],
      [1, "TCTP 1.3", "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn", 18, 21, 85.71, 19, 21, 90.48, "100%", 77.27],
      [2, "TCTP 1.5", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", 140, 160, 87.5, 171, 183, 93.44, "Tăng so với 2020", 70.1],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:J4", "K3:K4", "L3:L4") },
  );

  it("reads them as numerator, denominator and rate of each quarter's figure", () => {
    const fifth = c.readings.filter((r) => r.code === "1.5" && r.period.endsWith("/2021"));
    expect(fifth.map((r) => [r.period, r.numerator, r.denominator, Math.round((r.value ?? 0) * 100) / 100])).toEqual([
      ["Quý III/2021", 140, 160, 87.5],
      ["Quý IV/2021", 171, 183, 93.44],
    ]);
  });

  it("does not take 'TS' alone for a numerator: it is as often 'tổng số'", () => {
    const alone = consolidateSheet([
      ["SỐ LIỆU HỒ SƠ QUÝ IV/2021"],
      ["Mã TC", "Chỉ số", "TS", "Đúng hạn", "Tỷ lệ (%)"],
      ["1.2", "Hồ sơ giải quyết đúng hạn", 474, 470, 99.16],
    ]);
    expect(alone.readings.map((r) => [r.numerator, r.denominator])).toEqual([[470, 474]]);
  });
});

describe("a hidden sheet of a drop-down's lists side by side", () => {
  const lists = [
    ["Tình trạng", "Đơn vị", null, "Mã TC", "Tên tiêu chí"],
    ["Hoàn thành", "Công chức Văn phòng - Thống kê", null, "1.1", "Thực hiện kế hoạch CCHC"],
    ["Đang thực hiện", "Công chức Văn hóa - Xã hội", null, "1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
    ["Chưa thực hiện", "Công chức Tài chính - Kế toán", null, "1.3", "Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
    [null, "Bộ phận TN&TKQ", null, "1.4", "Thực hiện giải ngân kế hoạch đầu tư vốn NSNN"],
    [null, "Chủ tịch UBND xã", null, "1.5", "Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    [null, null, null, "2.1", "Hài lòng về tiếp cận dịch vụ"],
  ];

  it("reads no task from it", () => {
    expect(consolidateSheet(lists, { sheet: "DM", hidden: true }).tasks).toEqual([]);
  });

  it("still reads a hidden task table whose states run down every row", () => {
    const kept = consolidateSheet(
      [
        ["Tình trạng", "Chủ trì", "Mã TC", "Nội dung công việc"],
        ["Hoàn thành", "VP-TK", "1.1", "Ban hành kế hoạch CCHC năm 2021"],
        ["Đang thực hiện", "VH-XH", "1.1", "Tuyên truyền dịch vụ công trực tuyến trên loa xã"],
        ["Chưa thực hiện", "BP TN&TKQ", "2.1", "Bổ sung bàn ghế tại Bộ phận Một cửa"],
        ["Đang thực hiện", "VP-TK", "1.5", "Gửi văn bản điện tử có chữ ký số"],
      ],
      { sheet: "Quý III (cũ)", hidden: true },
    );
    expect(kept.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Đang thực hiện"]);
  });
});

describe("a criterion's row giving the lead and deadline of its lettered tasks, typed 'a', 'b' without a bracket", () => {
  const c = consolidateSheet([
    ["DANH MỤC NHIỆM VỤ THEO KẾ HOẠCH 49/KH-UBND VÀ TÌNH HÌNH THỰC HIỆN"],
    [],
    ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Tình trạng", "Ngày hoàn thành"],
    [1, "Tiêu chí 1.4: Giải ngân kế hoạch đầu tư vốn NSNN (mục tiêu 100%)", "Chủ tịch UBND xã", "PCT, TC-KT", "31/01/2022"],
    ["a", "Triển khai NQ 63/NQ-CP về thúc đẩy giải ngân vốn đầu tư công", null, null, null, "Hoàn thành", "15/10/2021"],
    ["b", "Kiểm tra tiến độ tại thực địa, tháo gỡ vướng mắc từng dự án", null, null, null, "Đang thực hiện"],
    [2, "2.3. Hài lòng về công chức tại Bộ phận TN&TKQ", "VP-TK", "Bộ phận TN&TKQ", "31/12/2021"],
    ["a", "Thực hiện Phiếu hướng dẫn hồ sơ; yêu cầu bổ sung hồ sơ không quá 01 lần", null, null, null, "Đang thực hiện"],
  ]);

  it("reads the criterion's rows as headings, never tasks, their lead and deadline taken by the tasks under them", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due])).toEqual([
      [5, "1.4", "2022-01-31"],
      [6, "1.4", "2022-01-31"],
      [8, "2.3", "2021-12-31"],
    ]);
    expect(c.tasks[0].lead).toContain("Chủ tịch");
    expect(c.tasks[2].lead).toContain("Văn phòng");
  });
});

describe("sections by who does the work, lettered A, B, C, D, the last naming the commune's leaders", () => {
  const c = consolidateSheet([
    ["BẢNG PHÂN CÔNG VÀ THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    [],
    ["STT", "Tiêu chí", "Nhiệm vụ được giao", "Thời hạn", "Tiến độ"],
    ["A", "CÔNG CHỨC VĂN HÓA - XÃ HỘI"],
    [1, "TC 1.1", "Tuyên truyền trên loa phát thanh về các TTHC có DVC mức độ 3, 4", "31/12/2021", "60%"],
    ["B", "CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN"],
    [2, "TC 1.4", "Tham mưu điều chuyển vốn các dự án chậm giải ngân", "30/11/2021", "100%"],
    ["C", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ (MỘT CỬA)"],
    [3, "TC 1.1", "Hướng dẫn người dân nộp hồ sơ trực tuyến mức độ 3, 4", "31/12/2021", "45%"],
    ["D", "LÃNH ĐẠO UBND XÃ"],
    [4, "TC 1.4", "Chỉ đạo giải ngân 100% kế hoạch vốn đầu tư công đến 31/01/2022", "31/01/2022", "65%"],
  ]);

  it("gives the leaders' section its own lead, never the one-stop office's above it", () => {
    expect(c.tasks.map((t) => t.lead)).toEqual([
      expect.stringContaining("Văn hóa"),
      expect.stringContaining("Tài chính"),
      expect.stringContaining("Tiếp nhận"),
      "LÃNH ĐẠO UBND XÃ",
    ]);
  });
});

describe("a plan's text pasted as a table: each criterion's tasks, then its 'Chủ trì:' and 'Thời gian:' lines", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NGÀY 29/9/2021"],
    [],
    ["TT", "Nội dung kế hoạch", "Kết quả thực hiện đến 10/12/2021"],
    ["1.2", 'TCTP "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn"'],
    [null, "Mục tiêu: 100% hồ sơ TTHC được giải quyết đúng hạn", "Quý IV: 225/225 hồ sơ đúng hạn"],
    ["-", "Tổ chức thực hiện tốt việc giải quyết hồ sơ TTHC, giảm tỷ lệ hồ sơ trễ hạn", "Không có hồ sơ trễ hạn trong quý IV"],
    ["-", "Người đứng đầu UBND xã tăng cường kiểm tra, xử lý nghiêm CBCC nhũng nhiễu", "Đã kiểm tra đột xuất 02 lần"],
    [null, "Chủ trì: Công chức Văn phòng - Thống kê. Phối hợp: Bộ phận TN&TKQ xã"],
    [null, "Thời gian: Trong năm 2021 và những năm tiếp theo"],
    ["1.6", 'TC "Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)"'],
    ["-", "Nâng tầm thương hiệu, đẩy mạnh quảng bá các sản phẩm OCOP của xã", "01 sản phẩm đạt 3 sao"],
    [null, "Thời gian: Quý IV/2021"],
  ]);

  it("reads the lines as the lead, partners and deadline of the tasks above them, never as tasks", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([6, 7, 11]);
    expect(c.tasks.slice(0, 2).map((t) => [t.lead, t.partners, t.due])).toEqual([
      ["Công chức Văn phòng-Thống kê", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
      ["Công chức Văn phòng-Thống kê", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
    ]);
  });

  it("never carries a criterion's lead on to the next criterion's tasks", () => {
    expect([c.tasks[2].lead, c.tasks[2].due]).toEqual(["", "2021-12-31"]);
  });

  it("names a deadline line it cannot read, the words kept with the tasks above it", () => {
    const c2 = consolidateSheet([
      ["TT", "Nội dung kế hoạch", "Kết quả thực hiện"],
      ["1.5", 'TCTP "Tỷ lệ văn bản trao đổi dưới dạng điện tử"'],
      ["-", "Tăng cường trao đổi văn bản giữa các cơ quan dưới dạng điện tử", "Đã gửi 96% văn bản điện tử"],
      [null, "Thời gian: sau khi có hướng dẫn của huyện"],
    ]);
    expect(c2.tasks.map((t) => [t.source.row, t.due, t.dueText])).toEqual([[3, null, "sau khi có hướng dẫn của huyện"]]);
    expect(c2.problems.filter((p) => p.code === "BAD_DATE").map((p) => [p.row, p.value])).toEqual([[4, "sau khi có hướng dẫn của huyện"]]);
  });

  it("names the plan's aim as no task", () => {
    const aim = c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 5);
    expect(aim?.message).toContain("mục tiêu của kế hoạch");
  });
});

describe("'Thời gian' merged over 'Bắt đầu | Hoàn thành'", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
      [],
      ["TT", "Nội dung nhiệm vụ", "Mã TC", "Chủ trì", "Thời gian", null, "Tình trạng"],
      [null, null, null, null, "Bắt đầu", "Hoàn thành", null],
      [1, "Rà soát, cập nhật danh mục TTHC niêm yết tại Bộ phận Một cửa", "2.2", "BP TN&TKQ", "01/10/2021", "30/11/2021", "Hoàn thành"],
      [2, "Tuyên truyền DVC trực tuyến trên loa truyền thanh các thôn", "1.1", "CC VH-XH", "01/10/2021", "15/12/2021", "Đang thực hiện"],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4") },
  );

  it("reads the schedule's end as the deadline, never the day the work was done", () => {
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-11-30", null],
      ["2021-12-15", null],
    ]);
  });
});

describe("two task tables side by side, the same headings on one row, a note merged across both under them", () => {
  const head = ["TT", "TC", "Nội dung", "Chủ trì", "Hạn", "Tình trạng"];
  const c = consolidateSheet(
    [
      ["PHẦN I. CHỈ SỐ CCHC", null, null, null, null, null, null, "PHẦN II. CHỈ SỐ HÀI LÒNG (SIPAS)"],
      [...head, null, ...head],
      [
        1,
        "1.1",
        "Tuyên truyền DVC mức độ 3, 4 trên loa truyền thanh xã",
        "VH-XH",
        "30/11/2021",
        "HT",
        null,
        1,
        "2.1",
        "Cập nhật thông tin Bộ phận Một cửa trên Trang TTĐT xã",
        "VP-TK",
        "31/10/2021",
        "HT",
      ],
      [
        2,
        "1.2",
        "Xin lỗi bằng văn bản đối với hồ sơ trễ hẹn",
        "VP-TK",
        "31/12/2021",
        "Đang TH",
        null,
        2,
        "2.4",
        "Đánh giá chất lượng giải quyết TTHC theo NĐ 61/2018/NĐ-CP",
        "VP-TK",
        "31/12/2021",
        "Chưa TH",
      ],
      [3, "1.6", "Kiểm soát dịch Covid-19, hỗ trợ hộ sản xuất kinh doanh", "CT UBND", "31/12/2021", "Đang TH"],
      [],
      ["Chữ viết tắt: HT - Hoàn thành; Đang TH - Đang thực hiện; Chưa TH - Chưa thực hiện."],
    ],
    { merges: merged("A1:F1", "H1:M1", "A7:M7") },
  );

  it("reads each table's tasks by its own columns", () => {
    const byCode = [...c.tasks].sort((a, b) => (a.code ?? "").localeCompare(b.code ?? ""));
    expect(byCode.map((t) => [t.code, t.lead.slice(0, 12), t.status])).toEqual([
      ["1.1", "Công chức Vă", "Hoàn thành"],
      ["1.2", "Công chức Vă", "Đang thực hiện"],
      ["1.6", "Chủ tịch Ủy ", "Đang thực hiện"],
      ["2.1", "Công chức Vă", "Hoàn thành"],
      ["2.4", "Công chức Vă", "Chưa thực hiện"],
    ]);
  });
});

describe("figures beside the tasks, their header two rows above the tasks' own", () => {
  const c = consolidateSheet([
    ["THEO DÕI TIẾN ĐỘ NHIỆM VỤ CCHC 2021 (KH 49)"],
    [null, null, null, null, null, null, null, "Mã TC", "Ngày số liệu", "Đạt", "Tổng", "Tỷ lệ (%)"],
    [null, null, null, null, null, null, null, "1.2", "30/09/2021", 165, 168, 98.2],
    ["STT", "Nội dung", "TC", "Chủ trì", "Hạn", "Trạng thái", null, "1.2", "31/10/2021", 226, 230, 98.3],
    [
      1,
      "Tổ chức giải quyết hồ sơ TTHC đúng hạn cho người dân",
      "1.2",
      "VP-TK",
      "31/12/2021",
      "Đang thực hiện",
      null,
      "1.1",
      "30/09/2021",
      42,
      168,
      25,
    ],
    [
      2,
      "Hướng dẫn sử dụng DVC trực tuyến mức độ 3, 4 tại BP TN&TKQ",
      "1.1",
      "BP TN&TKQ",
      "31/12/2021",
      "Đang thực hiện",
      null,
      "1.1",
      "31/10/2021",
      66,
      230,
      28.7,
    ],
    [3, "Cập nhật TTHC mới công bố lên bảng niêm yết", "2.2", "BP TN&TKQ", "30/11/2021", "Hoàn thành"],
  ]);

  it("reads both: the tasks from their header down, the figures from theirs", () => {
    expect(c.tasks.map((t) => t.code)).toEqual(["1.2", "1.1", "2.2"]);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual(
      expect.arrayContaining([
        ["1.2", "2021-09-30", 165, 168],
        ["1.1", "2021-10-31", 66, 230],
      ]),
    );
  });
});

describe("a task table whose work is merged over three columns, 'Người thực hiện | Thời gian | Kết quả' after it", () => {
  const c = consolidateSheet(
    [
      ["CÁC VIỆC CẦN LÀM QUÝ IV/2021 THEO KH 49"],
      [],
      ["TT", "TC", "Việc cần làm", null, null, "Người thực hiện", "Thời gian", "Kết quả"],
      [
        1,
        "1.2",
        "Theo dõi, nhắc việc hồ sơ sắp đến hạn trên phần mềm Một cửa điện tử",
        null,
        null,
        "Đ/c Hằng - VP-TK",
        "Quý IV/2021",
        "Đang làm",
      ],
      [2, "1.1", "Phát thanh hướng dẫn nộp hồ sơ trực tuyến 2 buổi/tuần", null, null, "Đ/c Tú - VH-XH", "Tháng 10/2021", "Xong"],
      [3, "2.4", "Tổ chức lấy phiếu đánh giá chất lượng giải quyết TTHC", null, null, "Đ/c Hằng - VP-TK", "31/12/2021", "Chưa làm"],
    ],
    { merges: merged("C3:E3", "C4:E4", "C5:E5", "C6:E6") },
  );

  it("reads one table, never two beside each other split at the merged cells", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status])).toEqual([
      ["1.2", "2021-12-31", "Đang thực hiện"],
      ["1.1", "2021-10-31", "Hoàn thành"],
      ["2.4", "2021-12-31", "Chưa thực hiện"],
    ]);
  });
});

describe("a quarter's figures by criterion, each under 'A | TIÊU CHÍ 1.2 - …' right under the header", () => {
  const c = consolidateSheet(
    [
      ["BIỂU TỔNG HỢP SỐ LIỆU CÁC TIÊU CHÍ CCHC THEO QUÝ NĂM 2021"],
      [],
      ["STT", "Nội dung chỉ tiêu", "ĐVT", "Quý I/2021", "Quý II/2021", "Quý III/2021", "Ghi chú"],
      ["A", "TIÊU CHÍ 1.2 - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (Mục tiêu: 100%)"],
      [1, "Tổng số hồ sơ tiếp nhận", "hồ sơ", 96, 120, 135],
      [2, "Số hồ sơ giải quyết đúng hạn", "hồ sơ", 95, 120, 131],
      [3, "Tỷ lệ", "%", 98.96, 100, 97.04],
    ],
    { merges: merged("B4:G4") },
  );

  it("reads the criterion's rate by quarter, never its lines as tasks", () => {
    expect(c.tasks).toEqual([]);
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => [r.period, Math.round((r.value ?? 0) * 100) / 100])).toEqual([
      ["Quý I/2021", 98.96],
      ["Quý II/2021", 100],
      ["Quý III/2021", 97.04],
    ]);
  });
});

describe("a survey's satisfaction by aspect, each row named without its code, the quarters across", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
      ["Đơn vị tính: %"],
      ["STT", "Yếu tố đánh giá", "Năm 2020", "Năm 2021", null, null, "Ghi chú"],
      [null, null, null, "Quý I", "Quý II", "Quý III", null],
      ["A", "Tỷ lệ hài lòng theo từng yếu tố"],
      [1, "Tiếp cận dịch vụ", 86, 88.33, 90, 91.25],
      [2, "Tổ chức giải quyết thủ tục hành chính", 84, 85, 86.67, 90],
      [3, "Kết quả giải quyết TTHC", 88, 90, 91.67, 92.5],
      [null, "Chỉ số hài lòng chung (bình quân các yếu tố)", 86, 87.78, 89.45, 91.25],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "B5:G5") },
  );

  it("reads each aspect's rate by quarter as its own figure, never one rate's parts", () => {
    const third = c.readings.filter((r) => r.period === "Quý III/2021" && r.value !== null).map((r) => r.value);
    expect(third).toEqual(expect.arrayContaining([91.25, 90, 92.5]));
    expect(c.readings.some((r) => r.denominator === 90 || r.denominator === 84)).toBe(false);
  });
});

describe("a report's own outline number before the criterion its heading names, '2.1. TC 1.1 – …'", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND QUÝ IV NĂM 2021"],
    ["2. Kết quả thực hiện các tiêu chí"],
    ["2.1. TC 1.1 – Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4"],
    ["- CC VH-XH đã phát 12 tin tuyên truyền DVC mức độ 3, 4 trên loa truyền thanh xã, hoàn thành ngày 30/11/2021."],
    ["2.2. TC 1.5 – Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    ["- CC VP-TK đã cài đặt chữ ký số cho lãnh đạo và công chức, hoàn thành ngày 05/11/2021."],
  ]);

  it("files the work under the criterion named, never under the outline number", () => {
    expect(c.tasks.filter((t) => t.source.row === 4 || t.source.row === 6).map((t) => t.code)).toEqual(["1.1", "1.5"]);
  });

  it("reads the report's heading over the criteria, no blank row under it, as no task", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 6]);
  });
});

describe("'Số liệu đạt được Quý III/2021' over 'Tử số | Mẫu số | Tỷ lệ (%)' on the task rows, 'Tự đánh giá: Đạt | Chưa đạt' beside", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND QUÝ III NĂM 2021"],
      [],
      [
        "TT",
        "Mã TC",
        "Nhiệm vụ, giải pháp",
        "Chủ trì",
        "Thời hạn HT",
        "Tiến độ (%)",
        "Số liệu đạt được Quý III/2021",
        null,
        null,
        "Tự đánh giá",
      ],
      [null, null, null, null, null, null, "Tử số", "Mẫu số", "Tỷ lệ (%)", null],
      [
        1,
        "1.1",
        "Tuyên truyền DVC trực tuyến mức độ 3, 4 trên loa phát thanh, Trang TTĐT xã",
        "CC VH-XH",
        "31/12/2021",
        60,
        42,
        168,
        25,
        "Chưa đạt",
      ],
      [
        2,
        "1.4",
        "Đảm bảo tỷ lệ giải ngân vốn ĐTC đến 30/9/2021 đạt 60% kế hoạch",
        "CT UBND xã",
        "30/09/2021",
        100,
        1845,
        3000,
        61.5,
        "Đạt",
      ],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4") },
  );

  it("reads the band as each criterion's figure for the quarter", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.1", "Quý III/2021", 42, 168],
      ["1.4", "Quý III/2021", 1845, 3000],
    ]);
  });

  it("takes the tasks' state from their progress, never from whether the figure met its target", () => {
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Hoàn thành"]);
    expect(c.tasks[0].note).toContain("Chưa đạt");
  });
});

describe("a day no calendar has written in a done task's words", () => {
  const c = consolidateSheet([
    ["TT", "Nội dung công việc", "Chủ trì", "Tình trạng", "Ghi chú"],
    [1, "Gửi thư xin lỗi người dân đối với hồ sơ trễ hẹn, đã gửi ngày 31/11/2021", "CC VP-TK", "Hoàn thành"],
    [2, "Niêm yết số điện thoại đường dây nóng tại trụ sở", "CC VP-TK", "Hoàn thành", "Niêm yết ngày 20/10/2021"],
  ]);

  it("names it, and takes no day done from it", () => {
    expect(c.tasks.map((t) => t.doneDate)).toEqual([null, "2021-10-20"]);
    const bad = c.problems.filter((p) => p.code === "BAD_DATE");
    expect(bad.map((p) => [p.row, p.value])).toEqual([[2, "31/11/2021"]]);
  });
});

describe("a plan's Word table pasted: the criterion, its lead and deadline merged down over its tasks' rows", () => {
  const c = consolidateSheet(
    [
      ["TT", "Tiêu chí", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả thực hiện", "Đánh giá"],
      [
        1,
        "1.4",
        "Triển khai NQ 63/NQ-CP về thúc đẩy giải ngân vốn đầu tư công",
        "Chủ tịch UBND xã",
        "31/01/2022",
        "Đã triển khai",
        "Hoàn thành",
      ],
      [null, null, "kiểm tra tiến độ tại thực địa, tháo gỡ vướng mắc từng dự án", null, null, "Đang kiểm tra", "Đang thực hiện"],
      [null, null, "đôn đốc nhà thầu hoàn thiện hồ sơ thanh toán khối lượng", null, null, "Chưa làm", "Chưa thực hiện"],
    ],
    { merges: merged("A2:A4", "B2:B4", "D2:D4", "E2:E4") },
  );

  it("reads each row with a state of its own as its own task, under the merged criterion, lead and deadline", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status])).toEqual([
      [2, "1.4", "2022-01-31", "Hoàn thành"],
      [3, "1.4", "2022-01-31", "Đang thực hiện"],
      [4, "1.4", "2022-01-31", "Chưa thực hiện"],
    ]);
  });
});

describe("a 'Chủ trì: … Thời hạn: …' line under each task", () => {
  const c = consolidateSheet([
    ["TT", "Nội dung", "Kết quả", "Trạng thái"],
    ["Tiêu chí 1.3 - Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
    ["a)", "Rà soát lại tổng thể đội ngũ CBCC về số lượng, chất lượng theo từng nhóm", "Đã lập danh sách", "Hoàn thành"],
    [null, "Chủ trì: CC VP-TK. Thời hạn: 30/10/2021"],
    ["b)", "Cử 02 cán bộ và 02 công chức chưa đạt chuẩn đi học bồi dưỡng chức danh", "Đã cử 02 người", "Đang thực hiện"],
    [null, "Chủ trì: PCT UBND xã; Phối hợp: CC VP-TK. Thời hạn: 31/12/2021"],
  ]);

  it("gives each task the lead, partners and deadline of the line under it, never of the line above", () => {
    expect(c.tasks.map((t) => [t.source.row, t.due])).toEqual([
      [3, "2021-10-30"],
      [5, "2021-12-31"],
    ]);
    expect(c.tasks[0].lead).toContain("Văn phòng");
    expect(c.tasks[1].lead).toContain("Phó Chủ tịch");
    expect(c.tasks[1].partners).toContain("Văn phòng");
  });
});

describe("a cover sheet counting each criterion's tasks, 'Số NV | Đã xong | Còn lại'", () => {
  const c = consolidateSheet([
    ["TỔNG HỢP TÌNH HÌNH THỰC HIỆN KH 49/KH-UBND (đến 30/11/2021)"],
    [],
    ["Tiêu chí", "Tên tiêu chí", "Số NV", "Đã xong", "Còn lại"],
    ["1.1", "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4", 2, 1, 1],
    ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 3, 1, 2],
    ["1.5", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", 2, 1, 1],
    [null, "Cộng", 7, 3, 4],
  ]);

  it("reads no task from the counts, a done count of 1 no tick", () => {
    expect(c.tasks).toEqual([]);
  });
});
