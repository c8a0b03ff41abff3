import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 464 onwards and the sets before them left open.

describe("a report's numbered lines closing with who leads, when and how it stands after commas", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
    [],
    ["1. Rà soát, cập nhật thủ tục hành chính tại Bộ phận Một cửa (TC 2.1), CC VP-TK chủ trì, hạn 30/6/2021, đang thực hiện 50%"],
    ["2. Niêm yết công khai TTHC (TC 2.2), BP Một cửa chủ trì, hạn 31/3/2021, đã hoàn thành ngày 25/3/2021"],
    ["3. Tuyên truyền CCHC trên loa truyền thanh (TC 1.5), CC VH-XH chủ trì, hạn 31/12/2021, chưa thực hiện"],
  ]);

  it("reads each clause as its field, the work's own commas kept", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due, t.status, t.progress, t.doneDate])).toEqual([
      [3, "2.1", "Công chức Văn phòng-Thống kê", "2021-06-30", "Đang thực hiện", 50, null],
      [4, "2.2", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-03-31", "Hoàn thành", 100, "2021-03-25"],
      [5, "1.5", "Công chức Văn hóa-Xã hội", "2021-12-31", "Chưa thực hiện", 0, null],
    ]);
    expect(c.tasks.find((t) => t.source.row === 3)?.content).toBe("Rà soát, cập nhật thủ tục hành chính tại Bộ phận Một cửa (TC 2.1)");
    expect(c.problems.filter((p) => p.code === "STATUS_ASSUMED")).toEqual([]);
  });

  it("keeps a line whose last clauses are the work's own words whole", () => {
    const one = consolidateSheet([
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
      [],
      ["1. Rà soát TTHC (TC 2.1), cập nhật danh mục, niêm yết tại Bộ phận Một cửa, hạn 30/6/2021"],
      ["2. Tuyên truyền CCHC (TC 1.5), phát thanh trên loa, in tờ rơi, hạn 31/12/2021"],
    ]);
    expect(one.tasks.map((t) => [t.source.row, t.content, t.due])).toEqual([
      [3, "Rà soát TTHC (TC 2.1), cập nhật danh mục, niêm yết tại Bộ phận Một cửa", "2021-06-30"],
      [4, "Tuyên truyền CCHC (TC 1.5), phát thanh trên loa, in tờ rơi", "2021-12-31"],
    ]);
  });
});

describe("a report's outline with its numbers in a cell of their own, '1.1' typed without its last dot", () => {
  const c = consolidateSheet([
    ["UBND XÃ TÂN AN"],
    ["BÁO CÁO KẾT QUẢ CCHC 9 THÁNG NĂM 2021"],
    [],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
    ["1", "Ban hành văn bản chỉ đạo"],
    ["1.1", "- Ban hành Kế hoạch CCHC năm 2021, CC VP-TK chủ trì, đã hoàn thành ngày 15/01/2021"],
    ["1.2", "- Ban hành Kế hoạch tuyên truyền CCHC, CC VH-XH chủ trì, hạn 31/3/2021, đã hoàn thành"],
    ["2", "Kiểm tra công tác CCHC"],
    ["2.1", "- Kiểm tra việc niêm yết TTHC tại Bộ phận Một cửa, hạn 30/9/2021, đang thực hiện"],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
    ["1", "Rà soát TTHC"],
    ["1.1", "- Rà soát, đơn giản hóa TTHC lĩnh vực hộ tịch, CC TP-HT chủ trì, hạn 30/6/2021, chưa thực hiện"],
  ]);

  it("reads each numbered line as a task and the outline's headings as none", () => {
    expect(c.tasks.map((t) => [t.source.row, t.content, t.due, t.status])).toEqual([
      [6, "Ban hành Kế hoạch CCHC năm 2021", null, "Hoàn thành"],
      [7, "Ban hành Kế hoạch tuyên truyền CCHC", "2021-03-31", "Hoàn thành"],
      [9, "Kiểm tra việc niêm yết TTHC tại Bộ phận Một cửa", "2021-09-30", "Đang thực hiện"],
      [12, "Rà soát, đơn giản hóa TTHC lĩnh vực hộ tịch", "2021-06-30", "Chưa thực hiện"],
    ]);
  });

  it("never takes the outline's numbers for criteria's codes: each code suggested, and said so", () => {
    const suggested = c.problems.filter((p) => p.code === "CRITERION_SUGGESTED" || p.code === "CRITERION_MISSING").map((p) => p.row);
    expect(suggested.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([6, 7, 9, 12]);
  });
});

describe("tasks numbered by their label, 'Nhiệm vụ 1:' and 'Nhiệm vụ thứ hai:'", () => {
  it("reads each paragraph as a task, who leads and when in the sentence after the work's", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO KẾT QUẢ KHẮC PHỤC TỒN TẠI, HẠN CHẾ CHỈ SỐ CCHC 9 THÁNG NĂM 2021"],
        ["II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"],
        [
          "Nhiệm vụ thứ nhất: Rà soát, kiến nghị đơn giản hóa những TTHC rườm rà, phức tạp (tiêu chí 2.2). BP Một cửa chủ trì, thời hạn 30/9/2021. Kết quả: đã hoàn thành ngày 24/9/2021.",
        ],
        [
          "Nhiệm vụ thứ hai: Thực hiện các chỉ tiêu phát triển kinh tế - xã hội theo Nghị quyết số 42/NQ-HĐND (tiêu chí 1.7). PCT UBND xã chủ trì, thực hiện trong năm 2021. Kết quả: đang thực hiện.",
        ],
      ],
      { merges: merged("A1:F1", "A2:F2", "A3:F3", "A4:F4") },
    );
    expect(c.tasks.map((t) => [t.source.row, t.content, t.code, t.lead, t.due, t.status, t.doneDate])).toEqual([
      [
        3,
        "Rà soát, kiến nghị đơn giản hóa những TTHC rườm rà, phức tạp (tiêu chí 2.2)",
        "2.2",
        "Bộ phận Tiếp nhận và trả kết quả xã",
        "2021-09-30",
        "Hoàn thành",
        "2021-09-24",
      ],
      [
        4,
        "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội theo Nghị quyết số 42/NQ-HĐND (tiêu chí 1.7)",
        "1.7",
        "Phó Chủ tịch Ủy ban nhân dân xã",
        "2021-12-31",
        "Đang thực hiện",
        null,
      ],
    ]);
  });

  it("reads a block of '- Thời hạn:' | value rows under 'Nhiệm vụ 2:' as that task's fields, among blocks of lines", () => {
    const c = consolidateSheet([
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO"],
      [],
      ["Nhiệm vụ 1: Niêm yết công khai, đầy đủ TTHC tại vị trí thuận tiện (TC 2.2)"],
      ["   - Đơn vị thực hiện: BP Một cửa"],
      ["   - Thời hạn: 30/6/2021"],
      ["   - Kết quả: Hoàn thành ngày 28/6/2021."],
      ["Nhiệm vụ 2: Chấp hành hướng dẫn hồ sơ bằng Phiếu hướng dẫn (TC 2.3)"],
      ["   - Đơn vị thực hiện:", "BP Một cửa"],
      ["   - Thời hạn:", "31/08/2021"],
      ["   - Kết quả:", "Hoàn thành"],
      ["Nhiệm vụ 3: Công khai xin lỗi người dân khi giải quyết TTHC quá hạn (TC 2.4)"],
      ["   - Đơn vị thực hiện:", "BP Một cửa"],
      ["   - Thời hạn:", "15/12/2021"],
      ["   - Kết quả:", "Chưa thực hiện"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status])).toEqual([
      [3, "2.2", "2021-06-30", "Hoàn thành"],
      [7, "2.3", "2021-08-31", "Hoàn thành"],
      [11, "2.4", "2021-12-15", "Chưa thực hiện"],
    ]);
  });
});

describe("a small table of figures, a label and a rate in a cell each, under a report's lines", () => {
  const sheet = (blankAfterTitle: boolean) =>
    consolidateSheet(
      [
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN CCHC 9 THÁNG NĂM 2021"],
        ...(blankAfterTitle ? [[]] : []),
        ["1. Rà soát, đơn giản hóa TTHC lĩnh vực hộ tịch (TC 2.2), BP Một cửa chủ trì, hạn 30/9/2021, đã hoàn thành ngày 24/9/2021"],
        ["2. Tuyên truyền CCHC trên loa truyền thanh (TC 1.1), CC VH-XH chủ trì, hạn 31/12/2021, đang thực hiện"],
        ["III. MỘT SỐ CHỈ TIÊU 9 THÁNG"],
        ["Chỉ tiêu", null, null, "Kết quả 9 tháng"],
        ["Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (TC 1.2)", null, null, "541/548 hồ sơ (98,7%)"],
        ["Tỷ lệ văn bản đi gửi dưới dạng điện tử (TC 1.5)", null, null, "96,2%"],
      ],
      { merges: merged("A1:F1") },
    );

  it("reads each rate with its criterion and the report's period, never as a section", () => {
    const c = sheet(true);
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator, r.value])).toEqual([
      [7, "1.2", "2021-09-30", 541, 548, 98.7],
      [8, "1.5", "2021-09-30", null, null, 96.2],
    ]);
  });

  it("never dates the figures by the day a task above them was done", () => {
    const c = sheet(false);
    expect(c.readings.map((r) => [r.source.row, r.date])).toEqual([
      [6, null],
      [7, null],
    ]);
    expect(c.problems.filter((p) => p.code === "READING_WITHOUT_PERIOD").map((p) => p.row)).toEqual([6, 7]);
  });
});

describe("a task table turned on its side, its labels in the officials' own words", () => {
  const c = consolidateSheet([
    ["THEO DÕI THỰC HIỆN CÁC NHIỆM VỤ GIAO BỘ PHẬN MỘT CỬA"],
    [],
    ["Việc số", 1, 2, 3],
    ["Thuộc TC/TCTP", "1.1", "2.2", "2.1"],
    [
      "Nội dung",
      "Hướng dẫn sử dụng dịch vụ công trực tuyến mức độ 3, 4",
      "Niêm yết công khai đầy đủ TTHC",
      "Bổ sung ghế ngồi, quạt tại nơi tiếp dân",
    ],
    ["Ai làm", "BP Một cửa", "BP Một cửa", "CC VP-TK"],
    ["Phải xong trước", "Cả năm 2021", "30/6/2021", "15/12/2021"],
    ["Đến nay", "Đang làm", "Xong", "Chưa"],
    ["Được bao nhiêu %", 70, 100, 0],
    ["Xong ngày", null, "25/6/2021", null],
  ]);

  it("reads each column as a task, each label's field said by its cells", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.progress, t.doneDate])).toEqual([
      ["1.1", "2021-12-31", "Đang thực hiện", 70, null],
      ["2.1", "2021-12-15", "Chưa thực hiện", 0, null],
      ["2.2", "2021-06-30", "Hoàn thành", 100, "2021-06-25"],
    ]);
  });
});

describe("a figure's label and its rate in a cell each, under a task table", () => {
  it("reads the rate as the figure's line, never a task's row", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND - 9 THÁNG NĂM 2021"],
        [],
        ["STT", "Tiêu chí", "Nhiệm vụ", "Cán bộ phụ trách", "Thời gian hoàn thành", "Kết quả (%)", "Đánh giá"],
        [1, "TC 1.1", "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh", "Công chức VH-XH", "Năm 2021", 70, "Đang thực hiện"],
        [2, "TC 1.3", "Đăng ký lớp bồi dưỡng chức danh cho CBCC chưa đạt chuẩn", "Công chức VP-TK", "Quý IV/2021", 20, "Đang thực hiện"],
        [],
        ["SỐ LIỆU ĐẾN 30/9/2021:"],
        ["- Văn bản đi gửi dưới dạng điện tử (TC 1.5):", null, null, "1.245/1.310 văn bản (95%)"],
        ["- CBCC đạt chuẩn (TC 1.3):", null, null, "18/22 người (81,8%)"],
      ],
      { merges: merged("A1:G1", "A8:C8", "A9:C9") },
    );
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.numerator, r.denominator, r.value])).toEqual([
      [9, "1.3", 18, 22, 81.8],
      [8, "1.5", 1245, 1310, 95],
    ]);
  });
});

describe("dated progress rows under each task's numbered row", () => {
  it("folds the rows into their task: the last share and state are the task's, the last day its day done", () => {
    const c = consolidateSheet([
      ["SỔ THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NĂM 2021"],
      [],
      ["STT", "Nội dung nhiệm vụ / Diễn biến thực hiện", "Chủ trì", "Thời hạn", "Ngày cập nhật", "Tiến độ", "Ghi chú"],
      [1, "Rà soát tổng thể đội ngũ CBCC theo từng chức danh (TC 1.3)", "CC VP-TK", "30/6/2021"],
      [null, "- Lập danh sách CBCC chưa đạt chuẩn", null, null, "12/3/2021", "20%"],
      [null, "- Hoàn thành rà soát, báo cáo UBND huyện", null, null, "28/6/2021", "100%", "Báo cáo số 35/BC-UBND"],
      [2, "Tuyên truyền về các TTHC được cung cấp DVC mức độ 3, 4 (TC 1.1)", "CC VH-XH", "30/9/2021"],
      [null, "- Phát 02 buổi/tuần trên loa truyền thanh xã", null, null, "05/4/2021", "30%"],
      [null, "- Phối hợp BP Một cửa in tờ rơi hướng dẫn", null, null, "15/7/2021", "70%"],
      [3, "Công khai số điện thoại đường dây nóng (TC 2.5)", "CC VP-TK", "31/12/2021"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status, t.progress, t.doneDate])).toEqual([
      [4, "1.3", "Hoàn thành", 100, "2021-06-28"],
      [7, "1.1", "Đang thực hiện", 70, null],
      [10, "2.5", "Chưa thực hiện", null, null],
    ]);
    expect(c.readings).toEqual([]);
    // (No share an official logged is dropped: the earlier ones stay in the task's log.)
    expect(c.tasks.find((t) => t.source.row === 4)?.note).toContain("12/3/2021: - Lập danh sách CBCC chưa đạt chuẩn - tiến độ 20%");
  });

  it("reads 'Lần 1', 'Lần 2' rows with their days written in words as the task's updates", () => {
    const c = consolidateSheet([
      ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ NĂM 2021"],
      [],
      ["Số TT", "Nội dung", "Đơn vị/người thực hiện", "Thời hạn", "Ngày cập nhật", "Kết quả thực hiện"],
      [1, "Ban hành Quy chế phối hợp giải quyết hồ sơ giữa các công chức (TC 1.2)", "CC VP-TK", "30/6/2021"],
      ["Lần 1", "Dự thảo quy chế", null, null, "ngày 10 tháng 5 năm 2021", "Đang thực hiện (50%)"],
      ["Lần 2", "Ban hành Quyết định số 45/QĐ-UBND", null, null, "ngày 28 tháng 6 năm 2021", "Hoàn thành"],
      [2, "Gửi, nhận văn bản điện tử có ký số (TC 1.5)", "CC VP-TK", "31/10/2021"],
      ["Lần 1", "Cấp chữ ký số cho lãnh đạo UBND xã", null, null, "ngày 15 tháng 7 năm 2021", "Đạt 70%"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [4, "Hoàn thành", "2021-06-28"],
      [7, "Đang thực hiện", null],
    ]);
  });
});

describe("a state written after its label, 'TT: Hoàn thành', 'Tình trạng: đang làm'", () => {
  it("reads the state after the label, never an unknown state taken for none", () => {
    const c = consolidateSheet([
      ["TT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng"],
      [1, "Rà soát, cập nhật danh mục thủ tục hành chính", "CC VP-TK", "30/11/2021", "TT: Hoàn thành"],
      [2, "Niêm yết công khai TTHC tại Bộ phận Một cửa", "CC VP-TK", "30/11/2021", "Tình trạng: đang làm"],
      [3, "Tuyên truyền dịch vụ công trực tuyến trên loa", "CC VP-TK", "30/11/2021", "Trạng thái - chưa thực hiện"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [2, "Hoàn thành"],
      [3, "Đang thực hiện"],
      [4, "Chưa thực hiện"],
    ]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
  });
});

describe("lines of work under a table of figures across the periods, words where the figures go", () => {
  it("names each line in Kiểm tra, never drops it unsaid", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) TẠI UBND XÃ"],
        [],
        ["TT", "Chỉ số thành phần", "Năm 2020", "6 tháng đầu năm 2021", "9 tháng năm 2021", "Ghi chú"],
        [1, "Hài lòng về tiếp cận dịch vụ", "82,40%", "84,10%", "85,60%", "Tăng"],
        [2, "Hài lòng về kết quả giải quyết TTHC", "83,70%", "85,20%", "86,00%", "Tăng"],
        [],
        ["Nhiệm vụ đề ra:"],
        ["1)", "Chấn chỉnh kỷ luật, kỷ cương, thái độ giao tiếp của công chức", null, null, "VP-TK", "31/12/2021"],
        ["2)", "Tổ chức khảo sát SIPAS quý IV/2021 (phát 200 phiếu)", null, null, "BP Một cửa", "10/12/2021"],
      ],
      { merges: merged("A1:F1") },
    );
    expect(c.readings.length).toBe(6);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([8, 9]);
  });
});

describe("a task's headline line and its own log table under it, 'Ngày | Việc đã làm | % lũy kế'", () => {
  const c = consolidateSheet(
    [
      ["SỔ THEO DÕI TIẾN ĐỘ TỪNG NHIỆM VỤ CCHC NĂM 2021"],
      [],
      ["NHIỆM VỤ 1 (TC 2.3): Tăng cường kỷ luật, kỷ cương hành chính tại BP Một cửa – Chủ trì: CC VP-TK – Hạn: 31/12/2021"],
      ["Ngày", "Việc đã làm", "% lũy kế", "Người báo cáo"],
      ["15/01/2021", "Ban hành nội quy giờ giấc làm việc", 0.2, "Hùng"],
      ["12/08/2021", "Kiểm tra đột xuất lần 2", 0.8, "Hùng"],
      [],
      ["NHIỆM VỤ 2 (TC 1.2): Theo dõi, đôn đốc xử lý hồ sơ trễ hạn – Chủ trì: CT UBND – Hạn: 30/9/2021"],
      ["Ngày", "Việc đã làm", "% lũy kế", "Người báo cáo"],
      ["30/06/2021", "Nhắc nhở 02 trường hợp trễ hạn", 0.5, "Thắng"],
      ["25/09/2021", "Không còn hồ sơ trễ hạn - Hoàn thành", 1, "Thắng"],
    ],
    { merges: merged("A1:D1", "A3:D3", "A8:D8") },
  );

  it("reads each headline as the task, its log rows as its history and its last share as its progress", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status, t.progress, t.doneDate])).toEqual([
      [3, "2.3", "2021-12-31", "Đang thực hiện", 80, null],
      [8, "1.2", "2021-09-30", "Hoàn thành", 100, "2021-09-25"],
    ]);
  });

  it("never takes a task's logged share for its criterion's figure, nor drops it", () => {
    expect(c.readings).toEqual([]);
    expect(c.tasks.find((t) => t.source.row === 8)?.note).toContain("30/06/2021: Nhắc nhở 02 trường hợp trễ hạn - Thắng - tiến độ 50%");
  });
});

describe("a legend of marks, each with what it stands for after '='", () => {
  it("is a note on the table, never a task", () => {
    const c = consolidateSheet([
      ["Việc", "Ai", "Hạn", "Tình trạng"],
      ["Họp giao ban CCHC quý I", "VP-TK", "31/3/2021", "Hoàn thành"],
      ["Kiểm tra đột xuất giờ giấc làm việc tại BP Một cửa", "PCT", "30/4/2021", "Đang thực hiện"],
      [],
      ["ĐH = tỷ lệ hồ sơ giải quyết đúng hạn (TC 1.2); TT = tỷ lệ hồ sơ trực tuyến (TC 1.1)"],
      ["[x] xong, [ ] chưa, [~] đang làm"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([5, 6]);
  });
});

describe("a strikethrough the sheet's legend says means done", () => {
  const rows = [
    ["Việc", "Ai", "Hạn", "Ghi thêm"],
    ["Họp giao ban CCHC quý I", "VP-TK", "31/3/2021", "đã họp 29/3"],
    ["Cập nhật TTHC lĩnh vực hộ tịch theo QĐ công bố mới", "BP Một cửa", "30/6/2021", null],
    ["Triển khai Kế hoạch 49 tới các thôn", "VP-TK", "20/10/2021", null],
    [],
    ["Quy ước: chữ gạch ngang = đã xong; không tô = chưa làm"],
  ];
  const strikeout: Record<string, true> = { "2:1": true, "3:1": true };

  it("reads the struck tasks as done, and says so", () => {
    const c = consolidateSheet(rows, { strikeout });
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [2, "Hoàn thành"],
      [3, "Hoàn thành"],
      [4, "Chưa thực hiện"],
    ]);
    expect(c.problems.some((p) => p.code === "LEGEND_READ" && p.row === 2)).toBe(true);
  });

  it("still drops struck work where no legend says what a strikethrough means", () => {
    const c = consolidateSheet(rows.slice(0, 4), { strikeout });
    expect(c.tasks.map((t) => t.source.row)).toEqual([4]);
  });
});

describe("progress lines under each task led by their own day, '- 06/12: xong, …'", () => {
  it("folds them into their task, a 'xong' said last read as done that day", () => {
    const c = consolidateSheet([
      ["TT", "Công việc / diễn biến thực hiện", "Người làm", "Hạn", "Ghi chú"],
      [1, "Tuyên truyền trên loa phát thanh về các TTHC có dịch vụ công mức độ 3, 4", "CC VH-XH", "31/12/2021"],
      [null, "- 05/10: đã phát 3 buổi trên loa xã"],
      [null, "- 06/12: phát đủ 12 buổi theo KH – xong"],
      [2, "Hướng dẫn người dân nộp hồ sơ trực tuyến mức độ 3, 4 tại BP Một cửa", "BP Một cửa", "thường xuyên"],
      [null, "- 15/10: đặt 01 máy tính hướng dẫn tại BP Một cửa"],
      [null, "- 30/11: đã hướng dẫn 47 lượt, đang tiếp tục"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [2, "Hoàn thành", "2021-12-06"],
      [5, "Đang thực hiện", null],
    ]);
  });
});

describe("a legend saying done work is struck, 'việc nào xong thì gạch ngang cả dòng'", () => {
  it("reads the struck task as done", () => {
    const c = consolidateSheet(
      [
        ["Quy ước: việc nào xong thì gạch ngang cả dòng; để trắng = chưa làm"],
        [],
        ["Việc", "Thuộc mục", "Hạn", "Ghi chú"],
        ["Viết tin nêu gương điển hình tiên tiến trong CCHC", "1.1", "30/10/2021", null],
        ["Tổng hợp sáng kiến CCHC có hiệu quả của các thôn", "1.1", "31/12/2021", "chờ các thôn gửi"],
      ],
      { strikeout: { "4:1": true } },
    );
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [4, "Hoàn thành"],
      [5, "Chưa thực hiện"],
    ]);
  });
});

describe("'1/' lines under lettered sections, a table of figures after them", () => {
  const c = consolidateSheet(
    [
      ["TIẾN ĐỘ THỰC HIỆN KH 49 - BỘ PHẬN MỘT CỬA"],
      [],
      ["A", "DỊCH VỤ CÔNG TRỰC TUYẾN (TC 1.1)"],
      ["1/", "Bố trí 01 máy tính hỗ trợ người dân nộp hồ sơ trực tuyến, CC VP-TK chủ trì, đã xong 12/5/2021, hạn 31/5/2021"],
      ["2/", "Phối hợp Bưu điện xã thu hộ phí, lệ phí trực tuyến, BP Một cửa chủ trì, chưa triển khai, hạn 31/10/2021"],
      ["B", "CƠ SỞ VẬT CHẤT BỘ PHẬN MỘT CỬA (TC 2.1)"],
      ["1/", "Làm mới biển hiệu, bảng niêm yết TTHC, CC VP-TK chủ trì, tiến độ 40%, hạn 30/9/2021"],
      [],
      [null, "Kỳ", "Tổng hồ sơ", "Trực tuyến", "Tỷ lệ %"],
      [null, "6 tháng", 168, 19, 11.31],
      [null, "9 tháng", 250, 37, 14.8],
    ],
    { merges: merged("A1:F1") },
  );

  it("reads each line as a task, its lead, deadline and state from its clauses", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due, t.status, t.progress])).toEqual([
      [4, "1.1", "Công chức Văn phòng-Thống kê", "2021-05-31", "Hoàn thành", 100],
      [5, "1.1", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-10-31", "Chưa thực hiện", 0],
      [7, "2.1", "Công chức Văn phòng-Thống kê", "2021-09-30", "Đang thực hiện", 40],
    ]);
  });

  it("still reads the table of figures under the lines", () => {
    expect(c.readings.map((r) => [r.source.row, r.numerator, r.denominator])).toEqual([
      [10, 19, 168],
      [11, 37, 250],
    ]);
  });
});
