import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 436 and 439-442: reports pasted from Word, tasks and figures on one sheet.

describe("a report's bulleted lines with who and how it stands in the cells beside, a small table of money under them", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ TÂN BÌNH", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Số: 112/BC-UBND", null, "Độc lập - Tự do - Hạnh phúc"],
      [null, null, "Tân Bình, ngày 30 tháng 11 năm 2021"],
      [],
      ["BÁO CÁO SƠ KẾT 02 THÁNG TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
      ["(từ ngày 29/9/2021 đến ngày 30/11/2021)"],
      [],
      ["I. KẾT QUẢ TRIỂN KHAI CÁC NHIỆM VỤ, GIẢI PHÁP"],
      ["1. Nhiệm vụ đã và đang triển khai (nội dung - người phụ trách - kết quả):"],
      ["- Tuyên truyền, phổ biến về DVC trực tuyến mức độ 3, 4 trên loa truyền thanh", "CC VH-XH", "Đang thực hiện"],
      ["- Lắp đặt bảng niêm yết TTHC, biển chỉ dẫn tại Bộ phận TN&TKQ", "CC VP-TK", "Hoàn thành (25/10/2021)"],
      ["- Hướng dẫn HTX đăng ký sản phẩm OCOP cấp huyện", "CC ĐC-NN-XD", "Chưa thực hiện"],
      ["2. Kết quả số liệu (tính đến ngày 30/11/2021):"],
      ["- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn: 99,4% (483/486 hồ sơ)."],
      ["- Kết quả giải ngân vốn đầu tư công năm 2021 (đơn vị: triệu đồng):"],
      ["Công trình", "KH vốn", "Đã giải ngân", "Tỷ lệ (%)"],
      ["Đường GTNT thôn 3", 2100, 1750, "83,3"],
      ["Nhà văn hóa thôn 5", 850, 760, "89,4"],
      ["Tổng cộng", 2950, 2510, "85,1"],
      ["II. KHÓ KHĂN, VƯỚNG MẮC"],
      ["- Nguồn thu tiền sử dụng đất đạt thấp nên ảnh hưởng đến tiến độ giải ngân."],
    ],
    // (The signing line merged across C:E, as a report's head is laid out.)
    { merges: merged("C1:E1", "C2:E2", "C3:E3", "A5:E5", "A6:E6") },
  );

  it("reads each bulleted line as a task, its lead and state from the cells beside it", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.status, t.doneDate])).toEqual([
      [10, "Công chức Văn hóa-Xã hội", "Đang thực hiện", null],
      [11, "Công chức Văn phòng-Thống kê", "Hoàn thành", "2021-10-25"],
      [12, "Công chức Địa chính-Xây dựng", "Chưa thực hiện", null],
    ]);
  });

  it("reads the works' money as the year's disbursement, none of the works a task", () => {
    expect(c.tasks.some((t) => /thôn|Tổng cộng/.test(t.content))).toBe(false);
    const money = c.readings.find((r) => r.source.row === 19);
    expect([money?.numerator, money?.denominator]).toEqual([2510, 2950]);
  });
});

describe("a report typed down column A, each line merged across A:C: bulleted results, then next quarter's numbered tasks", () => {
  const lines = [
    "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND QUÝ IV NĂM 2021",
    null,
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Tiêu chí 1.1 - Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4",
    "- CC VH-XH đã tuyên truyền trên hệ thống loa phát thanh xã về các TTHC mức độ 3, 4. Kết quả: Hoàn thành.",
    "- BP TN&TKQ hướng dẫn tổ chức, cá nhân sử dụng DVC trực tuyến mức độ 3, 4: đang thực hiện, đạt 60% so với kế hoạch.",
    "2. Tiêu chí thành phần 1.3 - Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã",
    "- CC VP-TK rà soát tổng thể đội ngũ CB, CC theo từng nhóm chức danh: Hoàn thành ngày 20/10/2021.",
    "II. NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2022",
    "1. Tiếp tục tuyên truyền DVC trực tuyến mức độ 3, 4 trên mạng xã hội (TC 1.1). Chủ trì: CC VH-XH. Thời hạn: 31/3/2022.",
    "2. Niêm yết công khai đầy đủ TTHC mới được UBND tỉnh công bố (SIPAS 2.2). Chủ trì: BP TN&TKQ. Thời hạn: 31/01/2022.",
    "3. Đề xuất huyện cấp kinh phí cải tạo phòng làm việc BP một cửa (Chỉ số 2.1). Chủ trì: CT UBND xã. Thời hạn: 30/6/2022.",
  ];
  const c = consolidateSheet(
    lines.map((t) => [t]),
    { merges: merged(...lines.flatMap((t, i) => (t === null ? [] : [`A${i + 1}:C${i + 1}`]))) },
  );

  it("reads the bulleted results as tasks too, never only the lines whose fields are labelled", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status])).toEqual([
      [5, "1.1", "Hoàn thành"],
      [6, "1.1", "Đang thực hiện"],
      [8, "1.3", "Hoàn thành"],
      [10, "1.1", "Chưa thực hiện"],
      [11, "2.2", "Chưa thực hiện"],
      [12, "2.1", "Chưa thực hiện"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 8)?.doneDate).toBe("2021-10-20");
  });

  it("reads who leads a labelled line and its deadline; work proposed with its lead is a task, no remark", () => {
    const row12 = c.tasks.find((t) => t.source.row === 12);
    expect([row12?.lead, row12?.due]).toEqual(["Chủ tịch Ủy ban nhân dân xã", "2022-06-30"]);
  });
});

describe("a report's bulleted result, then numbered lines with 'Người thực hiện: …. Tiến độ: đã hoàn thành …' inside", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ KHẢO SÁT SIPAS NĂM 2021 VÀ CÁC GIẢI PHÁP"],
    ["I.", "KẾT QUẢ"],
    ["-", "CC VH-XH đã phát 12 buổi tuyên truyền về khảo sát SIPAS trên loa truyền thanh xã: hoàn thành."],
    ["II.", "CÁC GIẢI PHÁP ĐÃ THỰC HIỆN"],
    [
      "1.",
      "Bổ sung 01 máy tính tra cứu TTHC tại khu vực chờ BP một cửa (Chỉ số 2.1). Người thực hiện: CC VP-TK. Tiến độ: đã hoàn thành tháng 11/2021.",
    ],
    [
      "2.",
      "Cập nhật, niêm yết 17 TTHC mới theo Quyết định công bố của UBND tỉnh (Chỉ số 2.2). Người thực hiện: BP TN&TKQ. Tiến độ: hoàn thành ngày 22/10/2021.",
    ],
    [
      "3.",
      "Công khai xin lỗi người dân đối với hồ sơ trễ hạn (Chỉ số 2.4). Người thực hiện: CC VP-TK. Tiến độ: thường xuyên, đang thực hiện.",
    ],
  ]);

  it("reads who does each and how it stands from its labelled parts", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.status])).toEqual([
      [null, "Công chức Văn hóa-Xã hội", "Hoàn thành"],
      ["2.1", "Công chức Văn phòng-Thống kê", "Hoàn thành"],
      ["2.2", "Bộ phận Tiếp nhận và trả kết quả xã", "Hoàn thành"],
      ["2.4", "Công chức Văn phòng-Thống kê", "Đang thực hiện"],
    ]);
    expect(c.tasks[2].doneDate).toBe("2021-10-22");
  });
});

describe("criteria's rows with their figures by quarter, their tasks under each in the same columns", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI NHIỆM VỤ VÀ KẾT QUẢ CÁC TIÊU CHÍ CCHC NĂM 2021"],
      [],
      ["TT", "Tiêu chí / nhiệm vụ", "Chủ trì", "Hạn HT", "Tiến độ", "Kết quả chỉ số năm 2021 (%)", null, null, "Ghi chú"],
      [null, null, null, null, null, "Quý I", "Quý II", "Quý III", null],
      ["1.1", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4", "", "", "", 15.2, 18.9, 22.4, ""],
      ["-", "Tuyên truyền DVC trực tuyến mức độ 3, 4 trên loa truyền thanh xã", "CC VH-XH", "Tháng 10/2021", "100%", "", "", "", ""],
      ["-", "Hỗ trợ người dân tạo tài khoản, nộp hồ sơ trực tuyến", "BP một cửa", "31/12/2021", "70%", "", "", "", ""],
      ["1.5", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", "", "", "", 90, 93.5, 95.8, ""],
      ["-", "Ký số và phát hành văn bản đi trên phần mềm QLVB", "CC VP-TK", "30/11/2021", "100%", "", "", "", ""],
      ["2.2", "Hài lòng về tổ chức giải quyết TTHC (SIPAS)", "", "", "", "", "", "", ""],
      ["-", "Niêm yết công khai đầy đủ TTHC tại Bộ phận một cửa", "BP một cửa", "15/10/2021", "100%", "", "", "", ""],
    ],
    { merges: merged("F3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "I3:I4") },
  );

  it("reads the rows under each criterion as its tasks, the criterion's own row none", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.progress])).toEqual([
      [6, "1.1", 100],
      [7, "1.1", 70],
      [9, "1.5", 100],
      [11, "2.2", 100],
    ]);
  });

  it("reads each criterion's figures by quarter", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["1.1", "Quý I/2021", 15.2],
      ["1.1", "Quý II/2021", 18.9],
      ["1.1", "Quý III/2021", 22.4],
      ["1.5", "Quý I/2021", 90],
      ["1.5", "Quý II/2021", 93.5],
      ["1.5", "Quý III/2021", 95.8],
    ]);
  });
});

describe("a task table with its criterion's figures on each row: 'Số liệu kết quả' over 'Số đạt | Tổng số | Tỷ lệ (%)', then 'Kỳ số liệu'", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP KẾT QUẢ THỰC HIỆN KH 49/KH-UBND NĂM 2021"],
      [],
      ["STT", "Mã TC", "Nội dung công việc", "CC phụ trách", "Hạn", "Tình trạng", "Số liệu kết quả", null, null, "Kỳ số liệu"],
      [null, null, null, null, null, null, "Số đạt", "Tổng số", "Tỷ lệ (%)", null],
      [
        1,
        "1.1",
        "Hướng dẫn người dân nộp hồ sơ trực tuyến mức độ 3, 4",
        "BP TN&TKQ",
        "31/12/2021",
        "Đang thực hiện",
        58,
        240,
        24.2,
        "Quý III",
      ],
      [2, "1.3", "Rà soát chất lượng đội ngũ CBCC theo chức danh", "VP-TK", "30/10/2021", "Hoàn thành", 19, 21, 90.5, "30/9/2021"],
      [3, "2.5", "Niêm yết số điện thoại đường dây nóng tại trụ sở", "VP-TK", "15/10/2021", "Hoàn thành", null, null, null, null],
    ],
    { merges: merged("G3:I3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "J3:J4") },
  );

  it("reads each row's figures as its criterion's, for the period written beside them, never the task's progress", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.progress])).toEqual([
      ["1.1", "Đang thực hiện", null],
      ["1.3", "Hoàn thành", 100],
      ["2.5", "Hoàn thành", 100],
    ]);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.1", "Quý III/2021", 58, 240],
      ["1.3", "30/9/2021", 19, 21],
    ]);
  });
});

describe("a status cell updated over the months: arrows, dated lines, 'Cập nhật 26/11: …'", () => {
  const c = consolidateSheet([
    ["TT", "Tiêu chí", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành", "Tình hình thực hiện"],
    [
      1,
      "TCTP 1.2",
      "Niêm yết, thực hiện xin lỗi công khai đối với hồ sơ trễ hẹn",
      "VP-TK",
      "31/12/2021",
      "15/10: đang làm\n20/11: đang làm\n10/12: đã xong",
    ],
    [
      2,
      "TCTP 1.3",
      "Rà soát, chuẩn hóa chức danh CBCC xã theo TT 13/2019/TT-BNV",
      "VP-TK",
      "30/11/2021",
      "Đang TH. Cập nhật 26/11: đã xong",
    ],
    [
      3,
      "SIPAS 2.1",
      "Lắp đặt máy lấy số thứ tự tự động tại BP một cửa",
      "VP-TK",
      "30/11/2021",
      "Chưa → Đã xong ngày 12/10 (QĐ số 112/QĐ-UBND)",
    ],
    [
      4,
      "SIPAS 2.2",
      "Rà soát, kiến nghị đơn giản hóa các TTHC rườm rà, phức tạp",
      "VP-TK",
      "31/12/2021",
      "chưa làm\n15/11: đang rà soát lĩnh vực hộ tịch, chứng thực",
    ],
  ]);

  it("takes the last word written as the state now, done on the day it was written where it gives none", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.doneDate])).toEqual([
      ["1.2", "Hoàn thành", "2021-12-10"],
      ["1.3", "Hoàn thành", "2021-11-26"],
      ["2.1", "Hoàn thành", "2021-10-12"],
      // (A later word that the work is under way: no day done.)
      ["2.2", "Đang thực hiện", null],
    ]);
  });

  it("says in the task's notes that the cell was written more than once", () => {
    expect(c.tasks[0].note).toContain("lấy lần ghi cuối");
  });
});

describe("no state column: 'Hoàn thành ngày' holds the day, or 'Đang làm' / 'Chưa' where the work is not done", () => {
  const c = consolidateSheet([
    ["STT", "Lĩnh vực / Nội dung công việc", "Mã TC", "Người làm", "Giao ngày", "Hạn HT", "Hoàn thành ngày", "Ghi chú"],
    ["I", "LĨNH VỰC TƯ PHÁP - HỘ TỊCH"],
    [1, "Niêm yết lại 15 TTHC lĩnh vực hộ tịch theo QĐ công bố mới của tỉnh", "2.2", "CC TP-HT", "01/10/2021", "20/10/2021", "18/10/2021"],
    [2, "Hướng dẫn người dân nộp hồ sơ đăng ký khai sinh trực tuyến mức độ 4", "1.1", "CC TP-HT", "01/10/2021", "31/12/2021", "Đang làm"],
    [3, "Rà soát, kiến nghị đơn giản hóa TTHC chứng thực", "2.2", "CC TP-HT", "15/10/2021", "30/11/2021", "Chưa"],
    [
      4,
      "Cập nhật hồ sơ trễ hạn lên Cổng DVC, gửi thư xin lỗi",
      "1.2",
      "CC VP-TK",
      "01/10/2021",
      "15/10/2021",
      "Đang làm",
      "Đã gửi 2/3 thư",
    ],
  ]);

  it("reads the words as the work's state, never a day it cannot read nor a state the notes suggest", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.doneDate])).toEqual([
      ["2.2", "Hoàn thành", "2021-10-18"],
      ["1.1", "Đang thực hiện", null],
      ["2.2", "Chưa thực hiện", null],
      ["1.2", "Đang thực hiện", null],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("a year's report: a table of the criteria's results, then its tasks grouped under done, under way, not begun", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NĂM 2021"],
    ["I.", "KẾT QUẢ CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN NĂM 2021"],
    [null, "(số liệu tính đến ngày 10/12/2021)"],
    ["TT", "Tiêu chí", "Chỉ tiêu KH", "Kết quả năm 2021", "Đánh giá"],
    [1, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (TCTP 1.2)", "100%", "99,1% (1.212/1.223 hồ sơ)", "Chưa đạt"],
    [2, "Tỷ lệ cán bộ, công chức đạt chuẩn (TCTP 1.3)", "100%", "86,4% (19/22 người)", "Chưa đạt"],
    [3, "Tỷ lệ văn bản gửi dưới dạng điện tử (TCTP 1.5)", "Tối đa", "95,8% (1.046/1.092 văn bản)", "Đạt"],
    [],
    ["II.", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP"],
    ["1.", "Các nhiệm vụ đã hoàn thành (02 nhiệm vụ):"],
    ["-", "Tuyên truyền trên hệ thống loa phát thanh về dịch vụ công trực tuyến mức độ 3, 4 (VH-XH)."],
    ["-", "Phân công lãnh đạo theo dõi hoạt động của Bộ phận TN&TKQ (Chủ tịch UBND xã)."],
    ["2.", "Các nhiệm vụ đang thực hiện (01 nhiệm vụ):"],
    ["-", "Cử 02 cán bộ, 02 công chức đi bồi dưỡng chức danh (VP-TK)."],
    ["3.", "Nhiệm vụ chưa thực hiện (01 nhiệm vụ):"],
    ["-", "Nâng cấp Trang TTĐT thành phần của xã để tích hợp dịch vụ công mức độ 3, 4 (VP-TK)."],
    [null, "Tổng cộng: 04 nhiệm vụ; hoàn thành 02 (50%), đang thực hiện 01, chưa thực hiện 01."],
  ]);

  it("reads each line as a task in the state its group names, the lead in its brackets", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.status])).toEqual([
      [11, "Công chức Văn hóa-Xã hội", "Hoàn thành"],
      [12, "Chủ tịch Ủy ban nhân dân xã", "Hoàn thành"],
      [14, "Công chức Văn phòng-Thống kê", "Đang thực hiện"],
      [16, "Công chức Văn phòng-Thống kê", "Chưa thực hiện"],
    ]);
  });

  it("reads the table's results as the criteria's figures, the tally of the tasks as none", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([
      ["1.2", 1212, 1223],
      ["1.3", 19, 22],
      ["1.5", 1046, 1092],
    ]);
  });
});

describe("a task row's figures under 'Số liệu đạt được: Tử số | Mẫu số | Tỷ lệ (%)', the day they stand at beside them", () => {
  const c = consolidateSheet(
    [
      ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND VÀ SỐ LIỆU CÁC TIÊU CHÍ"],
      [],
      [
        "TT",
        "Nội dung công việc",
        "Mã TC",
        "Người/BP chủ trì",
        "Hạn",
        "Trạng thái",
        "Số liệu đạt được",
        null,
        null,
        "Số liệu tính đến ngày",
      ],
      [null, null, null, null, null, null, "Tử số", "Mẫu số", "Tỷ lệ (%)", null],
      [
        1,
        "Hướng dẫn người dân nộp hồ sơ trực tuyến mức độ 3, 4",
        "1.1",
        "BP TN&TKQ",
        "31/12/2021",
        "Đang thực hiện",
        71,
        284,
        25,
        "30/11/2021",
      ],
      [2, "Rà soát chất lượng đội ngũ CBCC theo chức danh", "1.3", "VP-TK", "31/10/2021", "Hoàn thành", 18, 20, 90, "15/11/2021"],
    ],
    { merges: merged("G3:I3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "J3:J4") },
  );

  it("dates each figure by that day, never the task's day done", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.1", "2021-11-30", 71, 284],
      ["1.3", "2021-11-15", 18, 20],
    ]);
    expect(c.tasks.map((t) => t.doneDate)).toEqual([null, null]);
  });
});

describe("a month's quick report: '… (1.1) - VH-XH: hoàn thành 26/11/2021.'", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH THÁNG 11/2021 - KẾ HOẠCH 49/KH-UBND"],
    ["II.", "Nhiệm vụ"],
    ["1.", "Tuyên truyền DVC mức độ 3, 4 trên loa (1.1) - VH-XH: hoàn thành 26/11/2021."],
    ["2.", "Cải tạo khu vực chờ BP một cửa, bổ sung ghế, quạt (2.1) - VP-TK: đang thực hiện (40%)."],
    ["3.", "Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực hộ tịch (2.2) - CC Tư pháp - Hộ tịch: đang thực hiện."],
  ]);

  it("reads who after the dash and how the work stands after the colon", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.status, t.doneDate])).toEqual([
      ["1.1", "Công chức Văn hóa-Xã hội", "Hoàn thành", "2021-11-26"],
      ["2.1", "Công chức Văn phòng-Thống kê", "Đang thực hiện", null],
      ["2.2", "Công chức Tư pháp-Hộ tịch", "Đang thực hiện", null],
    ]);
    expect(c.tasks[1].progress).toBe(40);
  });
});

describe("a quarter's report: its task table, then next quarter's work as '3.1. CC VH-XH … (TC 1.1)' lines", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND QUÝ IV NĂM 2021"],
    [],
    ["2. Kết quả thực hiện các nhiệm vụ trong quý:"],
    ["TT", "Nội dung công việc", "Người/bộ phận chủ trì", "Thời gian hoàn thành", "Kết quả"],
    [1, "Tuyên truyền DVC trực tuyến mức độ 3, 4 trên loa truyền thanh (TC 1.1)", "CC VH-XH", "Quý IV/2021", "Hoàn thành"],
    [2, "Hướng dẫn người dân đăng ký tài khoản DVC quốc gia (TC 1.1)", "BP một cửa", "31/12/2021", "Đang thực hiện"],
    [3, "Rà soát, chuẩn hóa đội ngũ CB, CC theo chức danh (TCTP 1.3)", "CC VP-TK", "30/11/2021", "Hoàn thành 25/11/2021"],
    [4, "Giải ngân vốn đầu tư công (TCTP 1.4)", "CT UBND xã", "31/01/2022", "Đang thực hiện"],
    [5, "Niêm yết công khai TTHC tại BP một cửa, Trang TTĐT xã (Chỉ số 2.2)", "BP TN&TKQ", "31/10/2021", "Hoàn thành 29/10/2021"],
    [6, "Xử lý nghiêm CB, CC vi phạm giờ giấc, thái độ giao tiếp (Chỉ số 2.3)", "CC VP-TK", "Thường xuyên", "Đang thực hiện"],
    [7, "Lắp đặt hòm thư góp ý, công khai đường dây nóng (Chỉ số 2.5)", "CC VP-TK", "15/10/2021", "Chưa hoàn thành"],
    ["3. Nhiệm vụ quý I năm 2022:"],
    ["3.1. CC VH-XH tiếp tục tuyên truyền DVC mức độ 3, 4 qua nhóm Zalo các thôn (TC 1.1), hoàn thành trong tháng 01/2022."],
    ["3.2. CC VP-TK tham mưu cử 02 công chức đi bồi dưỡng chức danh khi huyện mở lớp (TCTP 1.3)."],
    ["3.3. BP TN&TKQ phối hợp Bưu điện xã triển khai tiếp nhận, trả kết quả qua bưu chính công ích (Chỉ số 2.2), hạn 31/3/2022."],
  ]);

  it("reads the lines after the table as tasks, never the criteria's headings their numbers look like", () => {
    expect(c.tasks.filter((t) => t.source.row > 11).map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [13, "1.1", "Công chức Văn hóa-Xã hội", "2022-01-31"],
      [14, "1.3", "Công chức Văn phòng-Thống kê", "2021-12-31"],
      [15, "2.2", "Bộ phận Tiếp nhận và trả kết quả xã", "2022-03-31"],
    ]);
    expect(c.tasks.filter((t) => t.source.row <= 11)).toHaveLength(7);
  });
});
