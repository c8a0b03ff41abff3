import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 507 onwards and the sets before them left open.

describe("a Word table pasted into Excel: a paragraph per row, the number, lead and deadline merged down", () => {
  const c = consolidateSheet(
    [
      ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC - QUÝ III/2021"],
      ["TT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Thời gian hoàn thành", "Tiến độ thực hiện"],
      ["1", "Rà soát, công khai TTHC tại Bộ phận Một cửa:", "CC VP-TK", "30/9/2021", "Đã rà soát 45 TTHC,"],
      [null, "- Niêm yết bảng TTHC mới;", null, null, "tiến độ 70%."],
      [null, "- Cập nhật trên Cổng TTĐT xã.", null, null, null],
      ["2", "Kiểm soát tốt dịch bệnh Covid-19,", "CC VH-XH", "31/12/2021", "Đang thực hiện"],
      [null, "không để lây lan ra cộng đồng.", null, null, "Đang thực hiện"],
      ["3", "Lập sổ theo dõi phản ánh, kiến nghị", "CC TP-HT", "30/6/2021", "Hoàn thành ngày 20/6/2021"],
    ],
    { merges: merged("A1:E1", "A3:A5", "C3:C5", "D3:D5", "A6:A7", "C6:C7", "D6:D7") },
  );

  it("reads each merged group as one task, its lines joined", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due, t.status])).toEqual([
      [3, "Công chức Văn phòng-Thống kê", "2021-09-30", "Đang thực hiện"],
      [6, "Công chức Văn hóa-Xã hội", "2021-12-31", "Đang thực hiện"],
      [8, "Công chức Tư pháp-Hộ tịch", "2021-06-30", "Hoàn thành"],
    ]);
    expect(c.tasks[0].content).toContain("Cập nhật trên Cổng TTĐT xã");
    expect(c.tasks[0].progress).toBe(70);
    expect(c.tasks[1].content).toBe("Kiểm soát tốt dịch bệnh Covid-19, không để lây lan ra cộng đồng.");
  });

  it("says in the task's note which rows were read as one", () => {
    expect(c.tasks[0].note).toContain("dòng 3–5");
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED")).toEqual([]);
  });

  it("keeps two tasks under one merged number when each row has its own state", () => {
    const two = consolidateSheet(
      [
        ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC - QUÝ III/2021"],
        ["TT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Thời gian hoàn thành", "Tình trạng"],
        ["1", "Niêm yết bảng TTHC mới tại Bộ phận Một cửa", "CC VP-TK", "30/9/2021", "Hoàn thành"],
        [null, "Cập nhật danh mục TTHC trên Cổng TTĐT xã", null, null, "Chưa thực hiện"],
      ],
      { merges: merged("A1:E1", "A3:A4", "C3:C4", "D3:D4") },
    );
    expect(two.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [3, "Hoàn thành"],
      [4, "Chưa thực hiện"],
    ]);
  });

  it("keeps two pieces of work under one merged criterion, lead and deadline apart", () => {
    const shared = consolidateSheet(
      [
        ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2021"],
        ["Tiêu chí", "Nhiệm vụ, giải pháp", "Chủ trì", "Thời hạn", "Ghi chú"],
        ["1.2. Tỷ lệ hồ sơ giải quyết đúng hạn", "Giải quyết hồ sơ TTHC đúng hạn", "CC VP-TK", "Trong năm 2021", "Còn 05 hồ sơ trễ hạn"],
        [null, "Theo dõi, xử lý CBCC nhũng nhiễu", null, null, null],
      ],
      { merges: merged("A1:E1", "A3:A4", "C3:C4", "D3:D4") },
    );
    expect(shared.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });

  it("keeps tasks with their own deadlines under one merged criterion apart", () => {
    const apart = consolidateSheet(
      [
        ["KẾ HOẠCH THỰC HIỆN TIÊU CHÍ 1.2 NĂM 2021"],
        ["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả"],
        ["1", "Nhắn tin nhắc hạn hồ sơ cho công chức chuyên môn", "BP Một cửa", "30/6/2021", "Hoàn thành"],
        [null, "Công khai hồ sơ trễ hạn trên bảng tin", null, "30/9/2021", "Đang thực hiện"],
      ],
      { merges: merged("A1:E1", "A3:A4", "C3:C4") },
    );
    expect(apart.tasks.map((t) => [t.source.row, t.due])).toEqual([
      [3, "2021-06-30"],
      [4, "2021-09-30"],
    ]);
  });
});

describe("a Word table pasted into Excel whose task's cell gives its lead and deadline on lines of their own", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO KẾT QUẢ CCHC 6 THÁNG ĐẦU NĂM 2021"],
      ["TT", "Nội dung nhiệm vụ theo Kế hoạch", "Kết quả thực hiện", "Ghi chú"],
      ["1", "Tuyên truyền trên loa phát thanh về DVC trực tuyến", "Đang thực hiện.", null],
      [null, "Chủ trì: CC VH-XH", "Đã phát 52 lượt tin, bài.", null],
      [null, "Thời hạn: 30/9/2021", null, null],
      ["2", "Xin lỗi bằng văn bản đối với hồ sơ trễ hẹn", "Hoàn thành", "Đủ 12/12 thư"],
      [null, "Chủ trì: CT UBND xã; phối hợp: BP Một cửa", null, null],
      [null, "Thời hạn: 31/12/2021", null, null],
    ],
    { merges: merged("A1:D1", "A3:A5", "D3:D5", "A6:A8", "D6:D8") },
  );

  it("reads each labelled line as the task's lead and deadline, the task's words without them", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due, t.status])).toEqual([
      [3, "Công chức Văn hóa-Xã hội", "2021-09-30", "Đang thực hiện"],
      [6, "Chủ tịch Ủy ban nhân dân xã", "2021-12-31", "Hoàn thành"],
    ]);
    expect(c.tasks[0].content).toBe("Tuyên truyền trên loa phát thanh về DVC trực tuyến");
    expect(c.tasks[1].partners).toContain("Bộ phận Tiếp nhận và trả kết quả xã");
  });
});

describe("a result cell whose first line is the state and whose next gives a criterion's figure", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ CCHC 6 THÁNG ĐẦU NĂM 2021"],
    ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả thực hiện"],
    [
      "1",
      "Hướng dẫn tổ chức, cá nhân sử dụng DVC trực tuyến",
      "BP Một cửa",
      "30/6/2021",
      "Hoàn thành ngày 28/6/2021\nTỷ lệ hồ sơ trực tuyến 6 tháng đạt 14,2% (142/1.000 hồ sơ)",
    ],
    ["2", "Niêm yết TTHC tại Bộ phận Một cửa", "BP Một cửa", "30/9/2021", "Đang thực hiện\nĐã niêm yết 45/50 TTHC"],
  ]);

  it("takes the first line's state and day, the figure no share of the work", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress, t.doneDate])).toEqual([
      [3, "Hoàn thành", 100, "2021-06-28"],
      [4, "Đang thực hiện", 90, null],
    ]);
  });
});

describe("a task's words wrapped by hand over rows, its lead, deadline and state on the last of them", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    ["STT", "Nội dung công việc", "Người chủ trì", "Thời gian hoàn thành", "Kết quả thực hiện"],
    ["1", "Tuyên truyền trên hệ thống loa phát thanh xã về các TTHC được", null, null, null],
    [null, "cung cấp dịch vụ công trực tuyến mức độ 3, 4 (phát 02 buổi/tuần", null, null, null],
    [null, "vào sáng thứ 2 và thứ 5)", "CC VH-XH", "30/11/2021", "Đang thực hiện"],
    ["2", "Đăng tải danh mục TTHC mức độ 3, 4 lên Trang TTĐT xã", "CC VH-XH", "30/10/2021", "Hoàn thành"],
    ["3", "Mở rộng hình thức thông tin về Bộ phận Tiếp nhận và trả kết quả", null, null, null],
    [null, "qua loa phát thanh, nhóm Zalo của các thôn", "CC VP-TK", "15/12/2021", "Chưa thực hiện"],
  ]);

  it("reads each paragraph as one task with the last row's facts", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due, t.status])).toEqual([
      [3, "Công chức Văn hóa-Xã hội", "2021-11-30", "Đang thực hiện"],
      [6, "Công chức Văn hóa-Xã hội", "2021-10-30", "Hoàn thành"],
      [7, "Công chức Văn phòng-Thống kê", "2021-12-15", "Chưa thực hiện"],
    ]);
    expect(c.tasks[0].content).toBe(
      "Tuyên truyền trên hệ thống loa phát thanh xã về các TTHC được cung cấp dịch vụ công trực tuyến mức độ 3, 4 (phát 02 buổi/tuần vào sáng thứ 2 và thứ 5)",
    );
    expect(c.tasks[2].note).toContain("dòng 8");
  });

  it("reads a bullet's item wrapped onto a row without its bullet as that item", () => {
    const bullets = consolidateSheet([
      ["KẾ HOẠCH NÂNG CAO CHỈ SỐ HÀI LÒNG (SIPAS) NĂM 2021 - THEO DÕI THỰC HIỆN"],
      ["Tiêu chí / nhiệm vụ", "Người thực hiện", "Thời hạn", "Tiến độ"],
      ["2.1. Chỉ số hài lòng về tiếp cận dịch vụ"],
      ["- Bổ sung ghế chờ, quạt, bảng hướng dẫn tại BP Một cửa", "CC VP-TK", "30/10/2021", "Hoàn thành"],
      ["- Làm mới biển hiệu, sơ đồ hướng dẫn vị trí các quầy", null, null, null],
      ["Giao dịch và bảng niêm yết TTHC", "CC ĐC-XD", "Quý IV/2021", "Đang thực hiện"],
    ]);
    expect(bullets.tasks.map((t) => [t.source.row, t.lead, t.status])).toEqual([
      [4, "Công chức Văn phòng-Thống kê", "Hoàn thành"],
      [5, "Công chức Địa chính-Xây dựng", "Đang thực hiện"],
    ]);
  });

  it("keeps the items of a list each with its own facts apart", () => {
    const list = consolidateSheet([
      ["KẾ HOẠCH THỰC HIỆN TIÊU CHÍ 1.1 NĂM 2021"],
      ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng"],
      ["1", "Tuyên truyền về dịch vụ công trực tuyến:", null, null, null],
      [null, "- Phát thanh trên loa xã 02 buổi/tuần", "CC VH-XH", "30/6/2021", "Hoàn thành"],
      [null, "- Đăng tin trên Trang TTĐT xã", "CC VP-TK", "30/9/2021", "Đang thực hiện"],
    ]);
    const read = list.tasks.map((t) => [t.lead, t.status]);
    expect(read).toContainEqual(["Công chức Văn hóa-Xã hội", "Hoàn thành"]);
    expect(read).toContainEqual(["Công chức Văn phòng-Thống kê", "Đang thực hiện"]);
  });
});

describe("a column saying which rows are figures (CS) and which are tasks (NV)", () => {
  const c = consolidateSheet([
    ["TONG HOP KET QUA THUC HIEN KH 49/KH-UBND - QUY III/2021"],
    ["TT", "Loai", "Ma TC", "Noi dung / Chi so", "DV chu tri", "Han HT", "Ket qua", "DVT", "Ghi chu"],
    ["1", "NV", "1.1", "Tuyen truyen DVC muc do 3,4 tren loa truyen thanh", "CC VH-XH", "30/9/2021", "Hoan thanh", null, "Da phat 12 lan"],
    ["2", "CS", "1.5", "Ty le van ban di duoc gui duoi dang dien tu", "CC VP-TK", null, "92,3", "%", null],
    ["3", "NV", null, "Niem yet TTHC tai BP Mot cua (CS 2.2)", "BP Mot cua", "Thuong xuyen", "Dang TH", null, null],
    ["4", "CS", "1.2", "Ho so giai quyet dung han", "BP Mot cua", null, null, null, "196/200 ho so"],
    ["5", "CS", "2.3", "Ty le hai long ve cong chuc BP Mot cua", "CC VP-TK", null, null, null, "chua khao sat"],
    ["6", "CS", "1.1", "Ty le ho so truc tuyen muc do 3, 4", "BP Mot cua", null, 18.5, "%", "37/200 ho so"],
  ]);

  it("reads the rows typed CS as readings, never tasks", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [3, "1.1"],
      [5, "2.2"],
    ]);
    expect(c.readings.map((r) => [r.code, r.value, r.numerator, r.denominator, r.source.row])).toEqual([
      ["1.1", 18.5, 37, 200, 8],
      ["1.2", 98, 196, 200, 6],
      ["1.5", 92.3, null, null, 4],
    ]);
  });

  it("names a figure row with no figure in Kiểm tra", () => {
    const named = c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.row === 7);
    expect(named).toHaveLength(1);
    expect(named[0].message).toContain("CS");
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN" && p.column === "B")).toEqual([]);
  });
});

describe("a criterion's figures written in sentences under each quarter beside its task", () => {
  const c = consolidateSheet([
    ["THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    ["TT", "Nội dung công việc", "TC", "Người phụ trách", "Thời hạn", "Q.I", "Q.II", "Q.III", "Tự đánh giá"],
    [
      "1",
      "Giải quyết hồ sơ TTHC đúng hạn, xin lỗi khi trễ hẹn",
      "1.2",
      "BP Một cửa",
      "Thường xuyên",
      "Tiếp nhận 96 hồ sơ, giải quyết đúng hạn 95 hồ sơ (98,96%)",
      "Đúng hạn 124/124 hồ sơ (100%)",
      null,
      "Đang TH",
    ],
    [
      "2",
      "Tuyên truyền các hình thức nộp hồ sơ qua bưu chính",
      "2.2",
      "CC VH-XH",
      "31/12/2021",
      null,
      null,
      "Đã phát 04 buổi trên loa, đạt 30%",
      "Đang TH",
    ],
  ]);

  it("reads each quarter's figure as that quarter's reading of the row's criterion", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.value?.toFixed(2)])).toEqual([
      ["1.2", "Quý I/2021", "98.96"],
      ["1.2", "Quý II/2021", "100.00"],
    ]);
    expect(c.readings[1].numerator).toBe(124);
  });

  it("reads no figure from a quarter's words on how far the work went", () => {
    expect(c.readings.filter((r) => r.code === "2.2")).toEqual([]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Đang thực hiện"]);
  });
});

describe("a state cell opening with the day its words stand at", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND (Tính đến ngày 10/12/2021)"],
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Tình hình thực hiện"],
    [
      "1",
      "Giải ngân 100% kế hoạch vốn đầu tư công (hạn 31/01/2022)",
      "CT UBND xã",
      "Đến 30/11/2021 đã giải ngân 4.160/5.200 triệu đồng, đạt 80% kế hoạch.",
    ],
  ]);

  it("reads what was done by that day, the share of the plan it reached, as work under way", () => {
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([["Đang thực hiện", 80]]);
  });
});

describe("rows typed figures with their figures under each quarter or in their note", () => {
  it("reads a figure row's quarters as its readings", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP THEO QUÝ - KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC NĂM 2021"],
      ["STT", "Nội dung", "Loại", "Đơn vị thực hiện", "Quý I", "Quý II", "Quý III", "Ghi chú"],
      ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn (1.2)", "Số liệu", "BP Một cửa", "98%", "97,5%", "100%", null],
      ["2", "Hồ sơ trực tuyến mức độ 3, 4 / tổng hồ sơ tiếp nhận (1.1)", "Số liệu", "BP Một cửa", "5/48", "9/55", "14/62", null],
      ["3", "Tuyên truyền DVC trực tuyến trên loa phát thanh (1.1)", "Nhiệm vụ", "CC VH-XH", "Đã làm", "Đã làm", "Đang làm", null],
      ["4", "Niêm yết số điện thoại đường dây nóng (2.5)", "Nhiệm vụ", "CC VP-TK", "Xong", null, null, null],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 6]);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.value?.toFixed(1)])).toEqual([
      ["1.1", "Quý I/2021", 5, "10.4"],
      ["1.1", "Quý II/2021", 9, "16.4"],
      ["1.1", "Quý III/2021", 14, "22.6"],
      ["1.2", "Quý I/2021", null, "98.0"],
      ["1.2", "Quý II/2021", null, "97.5"],
      ["1.2", "Quý III/2021", null, "100.0"],
    ]);
  });

  it("reads a criterion's row among its tasks by the counts its note gives", () => {
    const c = consolidateSheet([
      ["THEO DÕI THỰC HIỆN KH CCHC - 6 THÁNG ĐẦU NĂM 2021"],
      ["Mã", "Loại dòng", "Nội dung", "Người làm", "Hạn xong", "Tình trạng", "Ghi chú (số liệu, minh chứng)"],
      ["1.2", "Tiêu chí", "Giải quyết hồ sơ đúng hạn", null, null, null, "Số liệu 6 tháng: 118/120 hồ sơ đúng hạn, 02 hồ sơ trễ"],
      ["1.2", "Việc", "Xin lỗi công khai 02 hồ sơ trễ hạn", "BP Một cửa", "15/7/2021", "Xong", null],
      ["1.2", "Việc", "Rà soát quy trình nội bộ giải quyết TTHC lĩnh vực đất đai", "CC ĐC-XD", "30/8/2021", "Đang làm", null],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5]);
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([["1.2", 118, 120]]);
  });
});

describe("a month grid of counts written 'part/whole' as text", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU HỒ SƠ TTHC THEO THÁNG NĂM 2021"],
    ["(Ghi theo dạng: số đạt / tổng số)"],
    ["Chỉ số", "Mã", "T1", "T2", "T3", "Lũy kế"],
    ["Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "1.2", "38/38", "41/42", "35/36", "114/116"],
    ["Tỷ lệ hồ sơ nộp trực tuyến (mức độ 3, 4)", "1.1", "2/38", "3/42", "1/36", "6/116"],
  ]);

  it("reads each month's counts as that month's reading, never a chart of tasks", () => {
    expect(c.tasks).toEqual([]);
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ["Tháng 1/2021", 38, 38],
      ["Tháng 2/2021", 41, 42],
      ["Tháng 3/2021", 35, 36],
    ]);
  });
});

describe("a survey's components across the columns, its rounds down the rows under 'Đợt khảo sát'", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) TẠI BỘ PHẬN MỘT CỬA XÃ"],
    [],
    [
      "Đợt khảo sát",
      "Số phiếu thu về",
      "Tiếp cận dịch vụ (2.1)",
      "Thủ tục hành chính (2.2)",
      "Công chức giải quyết (2.3)",
      "Kết quả giải quyết (2.4)",
      "Phản ánh, kiến nghị (2.5)",
      "Chỉ số chung",
    ],
    ["Năm 2020 (làm gốc)", 120, 82.5, 80.1, 85, 83.3, 78, 81.8],
    ["6 tháng đầu năm 2021", 150, 84.2, 81.7, 86.4, 85.1, 79.5, 83.4],
    ["9 tháng năm 2021", 160, 85.1, 82.9, 87.2, 86.0, 80.9, 84.4],
    ["Tăng/giảm so với 2020", null, 1.7, 1.6, 1.4, 1.8, 1.5, 1.6],
  ]);

  it("reads each component's figure of each round", () => {
    expect(c.readings.filter((r) => r.code === "2.1" || r.code === "2.5").map((r) => [r.code, r.period, r.value])).toEqual([
      ["2.1", "Năm 2020 (làm gốc)", 82.5],
      ["2.1", "6 tháng đầu năm 2021", 84.2],
      ["2.1", "9 tháng năm 2021", 85.1],
      ["2.5", "Năm 2020 (làm gốc)", 78],
      ["2.5", "6 tháng đầu năm 2021", 79.5],
      ["2.5", "9 tháng năm 2021", 80.9],
    ]);
    expect(c.readings).toHaveLength(15);
  });
});

describe("a list pasted from Word whose bullets are tabs, two of them with the bullet lost", () => {
  const c = consolidateSheet([
    ["DANH MỤC NHIỆM VỤ CCHC NĂM 2021 - BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"],
    [],
    ["1.2. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
    ["•\tTrả kết quả đúng hẹn; hồ sơ trễ hẹn phải có phiếu xin lỗi. Chủ trì: BP Một cửa. Thời hạn: thường xuyên. → Đang thực hiện."],
    ["2.2. Chỉ số hài lòng về tổ chức giải quyết TTHC"],
    ["\tNiêm yết công khai đầy đủ các TTHC tại Bộ phận Một cửa. Chủ trì: BP Một cửa. Thời hạn: Quý III/2021. → Xong ngày 20/9/2021."],
    ["\tXây dựng bộ biểu mẫu tham khảo cho 10 TTHC. Chủ trì: CC TP-HT. Thời hạn: Quý IV/2021. → Chưa làm."],
  ]);

  it("reads the lines opening with the tab alone as items too", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status])).toEqual([
      [4, "1.2", "Đang thực hiện"],
      [6, "2.2", "Hoàn thành"],
      [7, "2.2", "Chưa thực hiện"],
    ]);
  });
});

describe("what a row typed as a figure says besides its figure", () => {
  const c = consolidateSheet([
    ["TONG HOP KET QUA THUC HIEN KH 49/KH-UBND - QUY III/2021"],
    ["TT", "Loai", "Ma TC", "Noi dung / Chi so", "DV chu tri", "Ket qua", "Ghi chu"],
    ["1", "NV", "1.1", "Tuyen truyen DVC muc do 3,4 tren loa truyen thanh", "CC VH-XH", "Hoan thanh", null],
    ["2", "CS", "1.2", "Ho so giai quyet dung han", "BP Mot cua", "Den 10/12: 1.254/1.310 ho so", "Chi tieu 100%"],
    ["3", "NV", "1.2", "Gui thu xin loi doi voi ho so tre han", "BP Mot cua", "Dang TH", null],
    ["4", "CS", "1.5", "Van ban di gui dien tu", "CC VP-TK", "212/230 van ban", null],
  ]);

  it("reads counts written with thousands, never a day before them", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([
      ["1.2", 1254, 1310],
      ["1.5", 212, 230],
    ]);
  });

  it("keeps the row's lead and note with its reading", () => {
    const note = c.readings.find((r) => r.code === "1.2")?.note ?? "";
    expect(note).toContain("DV chu tri: BP Mot cua");
    expect(note).toContain("Ghi chu: Chi tieu 100%");
  });
});
