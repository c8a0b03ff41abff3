import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 454-457 and the sets before them left open.

describe("a period heading with the survey's month in brackets", () => {
  it("reads 'Năm 2021 (KS tháng 11/2021)' as the year's figures standing at the end of that month", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) CỦA XÃ"],
        [],
        ["TT", "Chỉ số", "Năm 2020", "Năm 2021 (KS tháng 11/2021)", "Ghi chú"],
        [1, "Hài lòng về tiếp cận dịch vụ (%)", 82.5, 86.1, ""],
        [2, "Hài lòng về công chức giải quyết TTHC (%)", 85, 88.2, ""],
      ],
      { merges: merged("A1:E1") },
    );
    expect(c.readings.map((r) => [r.code, r.period, r.date, r.value])).toEqual([
      ["2.1", "Năm 2020", "2020-12-31", 82.5],
      ["2.1", "Năm 2021 (đến 30/11/2021)", "2021-11-30", 86.1],
      ["2.3", "Năm 2020", "2020-12-31", 85],
      ["2.3", "Năm 2021 (đến 30/11/2021)", "2021-11-30", 88.2],
    ]);
  });
});

describe("a task's fields stacked as label | value rows, two fields on the block's last row", () => {
  const block = (n: number, work: string, code: string, lead: string, due: string, state: string, share: number) => [
    [`Nhiệm vụ ${n}`],
    ["Nội dung", work],
    ["Tiêu chí", code],
    ["Chủ trì", lead],
    ["Thời hạn", due],
    ["Kết quả", state, "Tiến độ (%)", share],
    [],
  ];
  const c = consolidateSheet([
    ["PHIẾU THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    [],
    ...block(1, "Xây dựng chuyên mục DVC trực tuyến trên Trang TTĐT xã", "1.1", "CC VH-XH", "30/11/2021", "Hoàn thành", 100),
    ...block(2, "Số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực hộ tịch", "1.2", "CC TP-HT", "31/12/2021", "Đang thực hiện", 60),
    ...block(3, "Rà soát, đánh giá chuẩn chức danh công chức xã", "1.3", "CC VP-TK", "15/10/2021", "Đang thực hiện", 80),
  ]);

  it("reads every block as a task, its state and share from the last row's two fields", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status, t.progress])).toEqual([
      [4, "1.1", "2021-11-30", "Hoàn thành", 100],
      [11, "1.2", "2021-12-31", "Đang thực hiện", 60],
      [18, "1.3", "2021-10-15", "Đang thực hiện", 80],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED")).toEqual([]);
  });
});

describe("a table's header of six fields is never a card's label row", () => {
  it("reads the table's rows as tasks", () => {
    const c = consolidateSheet([
      ["Nội dung", "Chủ trì", "Thời hạn", "Trạng thái", "Tiến độ", "Ghi chú"],
      ["Niêm yết công khai TTHC tại Bộ phận một cửa", "VP-TK", "30/10/2021", "Hoàn thành", 1, ""],
      ["Cập nhật hồ sơ lên Cổng DVC", "BP Một cửa", "30/11/2021", "Đang thực hiện", 0.5, ""],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [2, "Hoàn thành"],
      [3, "Đang thực hiện"],
    ]);
  });
});

describe("a report's outline marks in column A, its lines in B", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO QUÝ I/2021 - THỰC HIỆN KH 49/KH-UBND"],
      [],
      ["I", "KẾT QUẢ THỰC HIỆN"],
      [1, "Tiêu chí 2.2 - Chỉ số hài lòng về tổ chức giải quyết TTHC"],
      ["a", "Rà soát, đề xuất đơn giản hóa 05 TTHC lĩnh vực hộ tịch rườm rà"],
      [null, "Chủ trì: BP Một cửa; hạn: 15-3-2021; Hòan thành ngày 12/3."],
      [2, "Tiêu chí 1.1"],
      ["-", "Hướng dẫn 25 lượt người dân nộp hồ sơ trực tuyến mức độ 3, 4 tại quầy", "đạt 50% chỉ tiêu quý (50 lượt)"],
      ["II", "KHÓ KHĂN, VƯỚNG MẮC"],
      ["-", "Đường truyền Internet chập chờn, máy scan thường xuyên hỏng."],
    ],
    { merges: merged("A1:E1") },
  );

  it("reads a line with a note beside it, its mark in a cell of its own, as a task", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "2.2"],
      [8, "1.1"],
    ]);
    expect(c.tasks[1].note).toContain("đạt 50% chỉ tiêu quý (50 lượt)");
  });

  it("reads a state after the line's last field, past a semicolon, as its result", () => {
    expect([c.tasks[0].due, c.tasks[0].status, c.tasks[0].doneDate]).toEqual(["2021-03-15", "Hoàn thành", "2021-03-12"]);
  });
});

describe("a pasted report whose lines wander between columns A and B", () => {
  const c = consolidateSheet([
    ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2021 VỀ THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC"],
    [],
    ["1.", "Về tỷ lệ văn bản điện tử (TC 1.5)"],
    ["-", "Chuyển toàn bộ văn bản đi của UBND xã sang gửi qua phần mềm quản lý văn bản."],
    [null, "+ Chủ trì: CC VP-TK; thời hạn: 30/6/2021."],
    ["- Cán bộ, công chức xã sử dụng chữ ký số cá nhân để ký văn bản điện tử"],
    ["2.", "Về Tiêu chí 1.3 – Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
    [null, "- Cử 02 cán bộ và 02 công chức chưa đạt chuẩn tham gia lớp bồi dưỡng chức danh do huyện tổ chức"],
  ]);

  it("reads the lines of both columns as tasks, each under its section's criterion", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [4, "1.5"],
      [6, "1.5"],
      [8, "1.3"],
    ]);
    expect([c.tasks[0].due, c.tasks[0].lead]).toEqual(["2021-06-30", "Công chức Văn phòng-Thống kê"]);
  });
});

describe("a state updated in its cell by dated clauses after semicolons", () => {
  const header = ["STT", "Nội dung công việc", "TC", "Người thực hiện", "Thời hạn", "Tình hình thực hiện"];
  const c = consolidateSheet([
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND – THÁNG 11/2021"],
    header,
    [1, "Rà soát hồ sơ trễ hạn quý III, gửi thư xin lỗi", "1.2", "CC VP-TK", "15/10/2021", "Đang làm; 12/10: đã gửi 3 thư; 5/11: xong"],
    [2, "Công khai số điện thoại đường dây nóng của lãnh đạo UBND xã", "2.5", "CC VP-TK", "15/10/2021", "15/10: đã xong"],
    [3, "Cử 02 công chức đi học lớp bồi dưỡng chức danh", "1.3", "CC VP-TK", "31/12/2021", "Chưa; 20/11: đang lập danh sách cử đi học"],
  ]);

  it("takes the last dated clause's state, and its day as the day done", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [3, "Hoàn thành", "2021-11-05"],
      [4, "Hoàn thành", "2021-10-15"],
      [5, "Đang thực hiện", null],
    ]);
  });

  it("reads dated clauses after full stops, and a count's fraction as no day", () => {
    const r = consolidateSheet([
      ["TT", "Nhiệm vụ", "Tiêu chí", "Đơn vị chủ trì", "Hạn", "Tình hình thực hiện (cập nhật)"],
      [
        1,
        "Xây dựng bộ biểu mẫu hồ sơ tham khảo",
        "2.2",
        "BP Một cửa",
        "30/9/2021",
        "Đã soạn 20/45 mẫu. 30/9: đã soạn 38/45 mẫu. 05/11: hoàn thành 45/45 mẫu",
      ],
      [
        2,
        "Rà soát, kiến nghị đơn giản hóa TTHC",
        "2.2",
        "CC TP-HT",
        "30/6/2021",
        "15/3: lập danh mục. 18/6: đã gửi kiến nghị lên Phòng Tư pháp huyện - hoàn thành",
      ],
    ]);
    expect(r.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [2, "Hoàn thành", "2021-11-05"],
      [3, "Hoàn thành", "2021-06-18"],
    ]);
  });

  it("reads a result column updated the same way", () => {
    const r = consolidateSheet([
      ["STT", "Nội dung công việc", "TC", "Phụ trách", "Hạn HT", "Kết quả"],
      [1, "Tập huấn sử dụng chữ ký số cho cán bộ, công chức", "1.5", "CC VP-TK", "30/11/2021", "Đang; 2/12: đã tập huấn xong"],
      [2, "Cử 02 công chức đi học lớp bồi dưỡng chức danh", "1.3", "CC VP-TK", "31/12/2021", "Chưa; 20/11: đã có DS; 6/12: đang học"],
    ]);
    expect(r.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [2, "Hoàn thành", "2021-12-02"],
      [3, "Đang thực hiện", null],
    ]);
  });
});

describe("a board whose states each head a band of columns, 'Việc | Hạn' under each", () => {
  const c = consolidateSheet(
    [
      ["BẢNG PHÂN VIỆC CCHC – QUÝ IV/2021"],
      [],
      ["CHƯA LÀM", null, "ĐANG LÀM", null, "ĐÃ XONG"],
      ["Việc", "Hạn", "Việc", "Hạn", "Việc", "Xong ngày"],
      [
        "[2.1] Lắp thêm quạt, nước uống tại khu chờ Một cửa (BP Một cửa)",
        "20/12/2021",
        "[1.1] Tập huấn cho trưởng thôn cách nộp hồ sơ trực tuyến (CC VH-XH)",
        "10/12/2021",
        "[1.5] Cấp chữ ký số cho công chức xã (CC VP-TK)",
        "05/10/2021",
      ],
      [
        null,
        null,
        "[1.4] Giải ngân vốn đầu tư công năm 2021 (CT UBND)",
        "31/1/2022",
        "[2.5] Niêm yết số ĐT đường dây nóng tại trụ sở (CT UBND)",
        "20/10/2021",
      ],
      [],
      ["Kéo thả việc sang cột bên phải khi có tiến triển."],
    ],
    { merges: merged("A1:F1", "A3:B3", "C3:D3", "E3:F3") },
  );

  it("names the line under the board, no card of any state", () => {
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.value])).toEqual([
      [8, "Kéo thả việc sang cột bên phải khi có tiến triển."],
    ]);
  });

  it("reads every card of every band as a task, its state the band's", () => {
    expect(c.tasks.map((t) => [t.source.row, t.source.columns.content, t.code, t.status]).sort()).toEqual([
      [5, 1, "2.1", "Chưa thực hiện"],
      [5, 3, "1.1", "Đang thực hiện"],
      [5, 5, "1.5", "Hoàn thành"],
      [6, 3, "1.4", "Đang thực hiện"],
      [6, 5, "2.5", "Hoàn thành"],
    ]);
  });

  it("reads each band's second column by its heading: a deadline, or the day done", () => {
    const at = (row: number, code: string) => c.tasks.find((t) => t.source.row === row && t.code === code);
    expect([at(5, "1.1")?.due, at(5, "1.5")?.doneDate, at(6, "2.5")?.doneDate]).toEqual(["2021-12-10", "2021-10-05", "2021-10-20"]);
  });

  it("takes the lead named in brackets at the end of the work", () => {
    const at = (code: string) => c.tasks.find((t) => t.code === code);
    expect([at("2.5")?.lead, at("2.1")?.lead]).toEqual(["Chủ tịch Ủy ban nhân dân xã", "Bộ phận Tiếp nhận và trả kết quả xã"]);
    expect(at("2.5")?.note).toContain("Chủ trì lấy theo nội dung: CT UBND");
  });
});

describe("a list of things bought under the tasks, on the same sheet", () => {
  it("is another table, its rows never tasks, named once", () => {
    const c = consolidateSheet([
      ["STT", "Công việc", "Người phụ trách", "Hạn", "Đã làm được", "% HT"],
      [1, "Bổ sung ghế chờ, bàn viết hồ sơ cho người dân tại Bộ phận Một cửa", "BP Một cửa", "30/6/2021", "Đã mua 7 bộ ghế, 2 bàn", 100],
      [2, "Lắp biển hiệu, sơ đồ hướng dẫn tại Bộ phận Một cửa", "CC VP-TK", "31/8/2021", "Đã lắp 1/2 biển", 50],
      [],
      ["BẢNG KÊ TRANG THIẾT BỊ ĐÃ MUA SẮM"],
      ["STT", "Tên thiết bị", "ĐVT", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)"],
      [1, "Ghế chờ inox 3 chỗ", "bộ", 7, 2500000, 17500000],
      [2, "Quạt treo tường", "cái", 4, 650000, 2600000],
      [null, "Cộng", null, 11, null, 20100000],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
    const named = c.problems.filter((p) => (p.row ?? 0) >= 6);
    expect(named.map((p) => [p.code, p.row])).toEqual([["ROW_SKIPPED", 6]]);
  });
});

describe("a form a task per sheet, its state a row of tick boxes a cell each", () => {
  it("reads the form as the task, its state the one ticked", () => {
    const form = (state: [string, string, string]) =>
      consolidateSheet(
        [
          ["UBND XÃ TÂN BÌNH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
          [],
          ["PHIẾU THEO DÕI NHIỆM VỤ CCHC"],
          [],
          ["Mã tiêu chí:", null, "2.2"],
          ["Tên nhiệm vụ:", null, "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa"],
          ["Đơn vị chủ trì:", null, "BP Một cửa"],
          ["Thời hạn hoàn thành:", null, "15/10/2021"],
          ["Tình trạng:", null, ...state],
          ["Tỷ lệ hoàn thành:", null, "70%"],
          ["Minh chứng:", null, "Ảnh chụp bảng niêm yết"],
        ],
        {
          merges: merged(
            "A3:F3",
            "A5:B5",
            "C5:F5",
            "A6:B6",
            "C6:F6",
            "A7:B7",
            "C7:F7",
            "A8:B8",
            "C8:F8",
            "A9:B9",
            "A10:B10",
            "C10:F10",
            "A11:B11",
            "C11:F11",
          ),
        },
      );
    const c = form(["☐ Chưa thực hiện", "☑ Đang thực hiện", "☐ Hoàn thành"]);
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.progress])).toEqual([
      ["2.2", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-10-15", "Đang thực hiện", 70],
    ]);
    expect(c.readings).toEqual([]);
  });

  it("reads boxes in cells of their own, each choice's words in the next", () => {
    const c = consolidateSheet([
      ["PHIẾU THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
      [],
      ["1. Tiêu chí:", "1.3 - Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
      ["2. Nội dung nhiệm vụ:", "Cử 02 cán bộ và 02 công chức chưa đạt chuẩn đi bồi dưỡng chức danh"],
      ["3. Người/bộ phận chủ trì:", "CT UBND"],
      ["4. Thời hạn:", "31/12/2021"],
      ["5. Tình trạng:", "☐", "Chưa thực hiện", "☒", "Đang thực hiện", "☐", "Hoàn thành"],
      ["6. Tiến độ:", "40%"],
    ]);
    expect(c.tasks.map((t) => [t.code, t.lead, t.status, t.progress])).toEqual([
      ["1.3", "Chủ tịch Ủy ban nhân dân xã", "Đang thực hiện", 40],
    ]);
  });
});

describe("a report's lines of work after its table of dossiers", () => {
  it("reads a line that names its lead, deadline and day done as a task, though it ends in a figure", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC VÀ THỰC HIỆN KẾ HOẠCH 49 – QUÝ III NĂM 2021"],
        [],
        ["1. Tình hình tiếp nhận, giải quyết hồ sơ"],
        ["Trong kỳ, Bộ phận Một cửa tiếp nhận 214 hồ sơ; kết quả như bảng sau:"],
        ["Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Quá hạn", "Đang giải quyết"],
        ["Hộ tịch", 120, 118, 118, 0, 2],
        ["Đất đai", 18, 12, 10, 2, 6],
        ["Tổng cộng", 138, 130, 128, 2, 8],
        ["Tỷ lệ giải quyết đúng hạn: 128/130 = 98,5%."],
        ["2. Kết quả thực hiện nhiệm vụ"],
        ["- Đối với 02 hồ sơ đất đai quá hạn, BP Một cửa đã gửi thư xin lỗi ngày 10/9/2021 và hẹn lại thời gian trả kết quả."],
        ["- CC Địa chính-Xây dựng chủ trì giải quyết dứt điểm 06 hồ sơ đất đai còn tồn, hạn 30/9/2021, đã giải quyết 3/6 hồ sơ."],
        [
          "- Thực hiện đánh giá mức độ hài lòng qua thiết bị điện tử tại quầy (TC 2.4), CC VP-TK chủ trì, hạn 31/7/2021, hoàn thành ngày 29/7/2021; 186/204 lượt đánh giá hài lòng (91,2%).",
        ],
      ],
      { merges: merged("A1:F1") },
    );
    expect(c.tasks.map((t) => t.source.row)).toEqual(expect.arrayContaining([11, 12, 13]));
    const last = c.tasks.find((t) => t.source.row === 13);
    expect([last?.code, last?.due, last?.status, last?.doneDate]).toEqual(["2.4", "2021-07-31", "Hoàn thành", "2021-07-29"]);
    // The sentence under the table is the table's figure, read once.
    expect(c.readings.filter((r) => r.source.row === 9)).toHaveLength(1);
  });
});

describe("a sheet counting the tasks by state, quarter by quarter", () => {
  it("is no criterion's figures: not read, named once", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP TIẾN ĐỘ CÁC QUÝ"],
      ["Quý", "Số NV", "Đã HT", "Đang TH", "Chưa TH"],
      ["Q1-2021", 3, 2, 1, 0],
      ["Q2-2021", 3, 1, 2, 0],
      ["Q3-2021", 5, 4, 1, 0],
    ]);
    expect(c.readings).toEqual([]);
    expect(c.problems.map((p) => [p.code, p.row])).toEqual([["ROW_SKIPPED", 3]]);
  });

  it("nor by the colours the legend gives the states", () => {
    const c = consolidateSheet([["TỔNG HỢP QUÝ III/2021"], ["Tháng", "Xanh", "Vàng", "Đỏ"], ["T7", 0, 3, 1], ["T8", 1, 2, 2]]);
    expect(c.readings).toEqual([]);
  });
});

describe("a pasted report shifted right: its lines in B, their '+' lines in C", () => {
  it("reads the lines as the report's, those in C with them", () => {
    const c = consolidateSheet(
      [
        [null, "UBND XÃ TÂN BÌNH"],
        [null, "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN CCHC 6 THÁNG ĐẦU NĂM 2021"],
        [],
        [null, "1. Tuyên truyền nâng cao sự hài lòng (SIPAS)"],
        [null, "- Phát tờ rơi về quyền phản ánh, kiến nghị TTHC cho 8/8 thôn, tháng 5/2021 (hoàn thành)."],
        [null, null, "+ Dự kiến quý III phát thêm tờ rơi cho các hộ kinh doanh, thời gian trước 30/9."],
        [null, "- Tuyên truyền về OCOP, kiểm soát dịch Covid-19 để duy trì tăng trưởng GRDP: thường xuyên."],
      ],
      { merges: merged("B2:F2") },
    );
    expect(c.tasks.map((t) => t.source.row)).toEqual(expect.arrayContaining([5, 6, 7]));
    expect(c.tasks.find((t) => t.source.row === 5)?.status).toBe("Hoàn thành");
  });
});

describe("a grand total that counts the tasks by state in one cell", () => {
  it("is the tasks added up, no task", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng", "Tỷ lệ (%)"],
      ["I", "TIÊU CHÍ 1.2 - HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN"],
      [1, "Kiểm tra đột xuất việc tiếp nhận, trả kết quả tại BP Một cửa", "CT UBND", "30/6/2021", "Hoàn thành", 100],
      [2, "Báo cáo định kỳ tình hình giải quyết hồ sơ hàng quý", "CC VP-TK", "31/12/2021", "Đang thực hiện", 75],
      [null, "TỔNG CỘNG", "2 nhiệm vụ", null, "Hoàn thành: 1; Đang: 1", 87.5],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });
});

describe("states written as colours' names, a legend of the colours above the tasks", () => {
  it("reads each colour as the state the legend gives it, and says so", () => {
    const c = consolidateSheet([
      ["DANH MỤC NHIỆM VỤ SIPAS & CCHC - THEO DÕI BẰNG MÀU"],
      ["Chú thích màu:", "Xanh = đã xong", "Vàng = đang làm", "Đỏ = chưa làm"],
      [],
      ["TT", "Nhiệm vụ", "Mã TC", "Đơn vị chủ trì", "Hạn", "Màu"],
      [1, "Cập nhật thông tin Bộ phận Một cửa lên Trang thông tin điện tử xã", "2.1", "BP Một cửa", "30/4/2021", "xanh"],
      [2, "Rà soát, kiến nghị đơn giản hóa TTHC rườm rà, phức tạp", "2.2", "CC VP-TK", "30/9/2021", "ĐỎ"],
      [3, "Xây dựng bộ biểu mẫu tham khảo hướng dẫn người dân kê khai hồ sơ", "2.2", "BP Một cửa", "31/12/2021", "Vàng"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [5, "Hoàn thành"],
      [6, "Chưa thực hiện"],
      [7, "Đang thực hiện"],
    ]);
    expect(c.tasks[0].note).toContain('Trạng thái ghi "xanh"');
  });
});

describe("a report's criteria's codes in column A, each criterion's lines in one cell beside", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49 - QUÝ III/2021"],
      [],
      [
        1.1,
        "Thực hiện kế hoạch CCHC:\n- BP Một cửa hỗ trợ người dân tạo tài khoản DVC quốc gia tại chỗ, hạn 30/9/2021 – hoàn thành ngày 24/9/2021.\n- Tỷ lệ hồ sơ trực tuyến quý III: 22% (46/209).",
      ],
      [
        "1.2",
        "- CC VP-TK kiểm tra, đôn đốc giải quyết hồ sơ hằng tuần (thường xuyên) – đang thực hiện.\n- Xử lý 01 trường hợp công chức yêu cầu nộp thêm giấy tờ ngoài quy định, hạn 31/8/2021: đã xử lý xong ngày 30/8/2021.",
      ],
      [
        2.4,
        "- Rà soát, cập nhật quy trình nội bộ giải quyết TTHC trên phần mềm Một cửa điện tử, CC VP-TK chủ trì, hạn 15/10/2021 – đang thực hiện 50%.",
      ],
    ],
    { merges: merged("A1:B1") },
  );

  it("reads each line as a task of the criterion the cell beside names", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status]).sort()).toEqual([
      [3, "1.1", "Hoàn thành"],
      [4, "1.2", "Hoàn thành"],
      [4, "1.2", "Đang thực hiện"],
      [5, "2.4", "Đang thực hiện"],
    ]);
    expect(c.tasks.every((t) => !t.content.includes("TC "))).toBe(true);
  });

  it("reads a line stating a rate as the criterion's figure", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([["1.1", 46, 209]]);
  });

  it("never takes a report's own outline numbers for codes", () => {
    // Read as codes, "1.1 | - …" would be criterion 1.1's task and "2.1 | - …" 2.1's: wrong codes, said nowhere. (The sheet
    // is still misread as before this guard, its headings taken for tasks: left, named in the closing note of stop 73.)
    const o = consolidateSheet([
      ["BÁO CÁO KẾT QUẢ CCHC 9 THÁNG ĐẦU NĂM 2021"],
      [],
      [1, "Công tác chỉ đạo, điều hành"],
      [1.1, "- UBND xã ban hành Kế hoạch tuyên truyền CCHC năm 2021, hoàn thành ngày 15/3/2021."],
      [1.2, "- CT UBND chủ trì kiểm tra đột xuất việc chấp hành giờ giấc của công chức tại BP Một cửa, hạn 30/9/2021."],
      [2, "Kết quả khắc phục các tiêu chí còn hạn chế"],
      [2.1, "- BP Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến, đang thực hiện."],
    ]);
    const codes = o.tasks.map((t) => t.code);
    expect(codes).not.toContain("1.1");
    expect(codes).not.toContain("2.1");
  });
});

describe("a share of things counted, and the parts still left, beside a task's state", () => {
  const c = consolidateSheet([
    ["TT", "Nội dung", "TC", "Chủ trì", "Hạn", "Tình trạng"],
    [1, "Giải quyết hồ sơ TTHC đúng hạn", "1.2", "BP Một cửa", "31/12/2021", "Đang thực hiện, đạt 97% hồ sơ"],
    [2, "Vận động các hộ hiến đất làm đường liên thôn", "1.4", "CC ĐC-XD", "31/12/2021", "Chưa xong, còn 2/7 hộ chưa đồng ý"],
    [3, "Số hóa kết quả giải quyết TTHC", "1.1", "CC TP-HT", "31/12/2021", "Đang thực hiện, đạt 60%"],
  ]);
  const at = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("never reads '97% hồ sơ' (a rate of dossiers) as how far the work is", () => {
    expect([at(2)?.status, at(2)?.progress]).toEqual(["Đang thực hiện", null]);
    expect(at(4)?.progress).toBe(60);
  });

  it("reads 'còn 2/7 hộ chưa …' as five of seven done, under way", () => {
    expect([at(3)?.status, at(3)?.progress]).toEqual(["Đang thực hiện", 71.43]);
  });
});

describe("a report's line of work opening with the person who did it", () => {
  it("never makes that person the lead of the lines after it", () => {
    const c = consolidateSheet([
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC QUÝ III/2021"],
      [],
      ["1. Tiêu chí thành phần Tỷ lệ đạt chuẩn cán bộ cấp xã (TC 1.3)"],
      ["a) Kết quả đạt được:"],
      ["Đ/c Trần Văn Bình (Chỉ huy trưởng Quân sự) đã hoàn thành lớp bồi dưỡng chức danh ngày 10/9/2021."],
      ["b) Nhiệm vụ thời gian tới:"],
      ["Tiếp tục cử 03 cán bộ, công chức chưa đạt chuẩn tham gia bồi dưỡng khi huyện mở lớp."],
      ["2. Chỉ số SIPAS (TC 2.1 - 2.5)"],
      ["a) Kết quả đạt được:"],
      ["Lắp đặt camera giám sát, hòm thư góp ý tại BP Một cửa ngày 20/8/2021."],
    ]);
    expect(c.tasks.length).toBeGreaterThanOrEqual(2);
    expect(c.tasks.filter((t) => t.lead === "Chỉ huy trưởng Quân sự xã").map((t) => t.source.row)).toEqual([]);
  });
});

describe("a survey's rates listed in one sentence, each after its aspect's words", () => {
  it("reads each as its aspect's figure, though 'hài lòng' is never said", () => {
    const c = consolidateSheet([
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NĂM 2021"],
      [],
      ["B. CHỈ SỐ HÀI LÒNG (SIPAS) NĂM 2021"],
      [
        "Kết quả khảo sát cuối năm: tiếp cận dịch vụ 89,5%; thủ tục hành chính 88%; công chức 93,2%; kết quả giải quyết 91%; tiếp nhận, xử lý phản ánh kiến nghị 80,4%.",
      ],
    ]);
    expect(c.readings.map((r) => [r.code, r.value])).toEqual([
      ["2.1", 89.5],
      ["2.2", 88],
      ["2.3", 93.2],
      ["2.4", 91],
      ["2.5", 80.4],
    ]);
  });
});

describe("a report's numbered lines with their criteria's codes in a column of their own, no other column", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    [],
    ["STT", "Mã TC", "Nội dung"],
    [
      1,
      "TC 1.1",
      "Tuyên truyền DVC trực tuyến mức độ 3, 4 trên loa phát thanh và trang Zalo xã: CC VH-XH chủ trì, thời hạn cả năm 2021, đã hoàn thành, thực hiện 86 buổi.",
    ],
    [
      2,
      "TC 1.1",
      "Hỗ trợ người dân tạo tài khoản trên Cổng DVC quốc gia tại BP Một cửa, hạn 30/11/2021, kết quả đạt 85% chỉ tiêu (850/1000 tài khoản), đang thực hiện.",
    ],
    [3, "TC 1.2", "Thực hiện xin lỗi người dân đối với 100% hồ sơ trễ hẹn; CC VP-TK theo dõi; đã thực hiện đầy đủ (07 thư xin lỗi)."],
  ]);

  it("reads each line as a task of its criterion, never as the criterion's heading", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [4, "1.1"],
      [5, "1.1"],
      [6, "1.2"],
    ]);
  });

  it("reads a line that says who, by when and how it stands as a task, though it gives a rate", () => {
    expect(c.tasks.find((t) => t.source.row === 5)?.status).toBe("Đang thực hiện");
  });
});

describe("a legend of letters and a slash for the states, a month's count under the tasks", () => {
  const c = consolidateSheet([
    ["THEO DÕI CÔNG VIỆC CCHC THÁNG 12/2021 - CC VH-XH"],
    ["Ký hiệu: X = Đã hoàn thành;  / = Đang thực hiện;  O = Chưa thực hiện"],
    ["Stt", "Tiêu chí", "Công việc", "Phụ trách", "Thời gian", "TT"],
    [1, "1.1", "Phát thanh tuyên truyền TTHC dịch vụ công mức độ 3, 4 trên loa xã", "CC VH-XH", "31/12/2021", "/"],
    [2, "1.1", "Nêu gương điển hình tiên tiến, sáng kiến CCHC", "CC VH-XH", "31/12/2021", "X"],
    [3, "2.5", "Công bố kết quả trả lời phản ánh kiến nghị trên Trang TTĐT", "VP-TK", "31/12/2021", "O"],
    [],
    [null, "Số buổi phát thanh trong tháng:", 5],
  ]);

  it("reads each mark as the state the legend gives it", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [4, "Đang thực hiện"],
      [5, "Hoàn thành"],
      [6, "Chưa thực hiện"],
    ]);
  });
});

describe("a board of cards by state, a notes column after the states, each card's lead and day done on lines of its own", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI CÔNG VIỆC CCHC - SIPAS NĂM 2021 (cập nhật 10/12/2021)"],
    ["Mỗi ô là 1 thẻ việc. Làm xong thì chuyển thẻ sang cột bên phải."],
    ["CHƯA LÀM (1)", "ĐANG LÀM (1)", "ĐÃ XONG (2)", "Ghi chú"],
    [
      "[1.3] Cử 02 công chức đi bồi dưỡng chức danh\nCT: CC VP-TK\nHạn: 31/12/2021",
      "[1.4] Đôn đốc giải ngân vốn đầu tư công công trình đường thôn 3\nCT: CT UBND\nHạn: 31/01/2022",
      "[1.1] Phát thanh giới thiệu các TTHC có DVC mức độ 3, 4 trên loa truyền thanh xã\nCT: CC VH-XH\nHạn: 30/9/2021\nXong: 28/9/2021",
      "Chờ huyện mở lớp",
    ],
    [null, null, "[1.2] Lập sổ theo dõi, gửi thư xin lỗi hồ sơ trễ hẹn\nCT: CC VP-TK\nHạn: 30/6/2021\nXong: 25/6/2021"],
  ]);

  it("names the notes beside the cards, which card's the board does not say", () => {
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.column, p.value])).toEqual([
      [4, "D", "Chờ huyện mở lớp"],
    ]);
  });

  it("reads every card of every state, its lead, deadline and day done", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.doneDate]).sort()).toEqual([
      ["1.1", "Công chức Văn hóa-Xã hội", "2021-09-30", "Hoàn thành", "2021-09-28"],
      ["1.2", "Công chức Văn phòng-Thống kê", "2021-06-30", "Hoàn thành", "2021-06-25"],
      ["1.3", "Công chức Văn phòng-Thống kê", "2021-12-31", "Chưa thực hiện", null],
      ["1.4", "Chủ tịch Ủy ban nhân dân xã", "2022-01-31", "Đang thực hiện", null],
    ]);
  });
});

describe("a report's '+' lines each holding its fields, under criteria's numbered headings in a mark column", () => {
  it("reads the lines as tasks under their criteria, never as cells of labelled records", () => {
    const c = consolidateSheet([
      ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2021"],
      [],
      ["I.", "Kết quả thực hiện các tiêu chí CCHC"],
      ["1.3.", "Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
      [
        "+",
        "Rà soát đội ngũ CBCC theo chức danh, tham mưu cử đi bồi dưỡng. Chủ trì: CC VP-TK; Thời hạn: 30/4/2021; Kết quả: Đã hoàn thành ngày 22/4/2021.",
      ],
      [
        "+",
        "Cử 02 cán bộ, 02 công chức chưa đạt chuẩn đi học lớp bồi dưỡng chức danh. Chủ trì: CC VP-TK; Thời hạn: Quý III/2021; Kết quả: đã cử 02/04 người, đang thực hiện",
      ],
      ["1.5.", "Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
      [
        "+",
        "Triển khai gửi, nhận văn bản qua phần mềm QLVB, hạn chế gửi bản giấy song song. Chủ trì: CC VP-TK; Thời hạn: thường xuyên; Kết quả: đang thực hiện.",
      ],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status, t.doneDate])).toEqual([
      [5, "1.3", "Hoàn thành", "2021-04-22"],
      [6, "1.3", "Đang thực hiện", null],
      [8, "1.5", "Đang thực hiện", null],
    ]);
  });
});

describe("a status cell's note saying, dated, the work is done", () => {
  it("reads the note as the later word, its day the day done, and says so", () => {
    const c = consolidateSheet(
      [
        ["STT", "Nội dung", "TC", "Chủ trì", "Hạn", "Tình trạng"],
        [1, "Tập huấn sử dụng chữ ký số cho CBCC", "1.5", "CC VP-TK", "15/12/2021", "Đang TH"],
        [2, "Rà soát quy trình nội bộ giải quyết TTHC", "2.2", "BP Một cửa", "31/12/2021", "Đang TH"],
      ],
      { comments: { "2:6": "09/12: đã tập huấn xong cho 18 CBCC", "3:6": "10/12: chưa xong phần đất đai" } },
    );
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [2, "Hoàn thành", "2021-12-09"],
      [3, "Đang thực hiện", null],
    ]);
    expect(c.tasks[0].note).toContain("ghi chú trong ô ghi sau");
  });
});
