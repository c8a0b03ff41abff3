import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// The classes this stop's blind sets (119-124) found, each on rows taken from the testers' workbooks.
const one = consolidateSheet;

describe("a summary by criterion with 'Lũy kế 9 tháng' beside the quarter's result", () => {
  const rows: GridCell[][] = [
    ["UBND XÃ TÂN BÌNH", null, null, null, null, null, "Biểu số 02"],
    ["KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN CHỈ SỐ CCHC QUÝ III NĂM 2021"],
    ["(Kèm theo Báo cáo số 85/BC-UBND ngày 05/10/2021 của UBND xã)"],
    [],
    ["STT", "Tiêu chí/Tiêu chí thành phần", "Chỉ tiêu năm 2021", "Kết quả Quý III", "Lũy kế 9 tháng", "Tự đánh giá", "Ghi chú"],
    [1, "TC 1.1 - Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4", "≥ 30%", "52/171 hồ sơ (30,4%)", "105/469 (22,4%)", "Đạt"],
    [
      2,
      "TCTP 1.2 - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
      "100%",
      "165/168 = 98,2%",
      "454/458 = 99,1%",
      "Chưa đạt",
      "03 hồ sơ đất đai trễ hạn",
    ],
    [
      3,
      "TCTP 1.3 - Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã",
      "100%",
      "17/21 (81%)",
      "-",
      "Chưa đạt",
      "02 CB, 02 CC chưa có chứng chỉ",
    ],
    [4, "TCTP 1.4 - Giải ngân kế hoạch vốn đầu tư công", "60% đến 30/9", 0.6223, "-", "Đạt", "Theo số liệu KBNN huyện"],
    [5, "TCTP 1.5 - Tỷ lệ văn bản trao đổi dưới dạng điện tử", "≥ 90%", 0.934, 0.917, "Đạt"],
    [6, "TC 1.7 - Mức độ thực hiện các chỉ tiêu KT-XH do HĐND xã giao", "100%", "Chưa đánh giá", "-", null, "Đánh giá vào cuối năm"],
    [7, "Chỉ số hài lòng của người dân, tổ chức (SIPAS) - chung", "Tăng so với 2020", "92,3%", "90,7%", "Đạt", "Theo phiếu khảo sát"],
  ];

  it("never takes the column of running figures for the rows' period", () => {
    const r = one(rows).readings.find((x) => x.code === "1.1");
    expect(r?.period).toBe("Quý III/2021");
    expect(r?.numerator).toBe(52);
    expect(one(rows).readings.some((x) => /\d+\/\d+ \(|^0\.\d/.test(x.period))).toBe(false);
  });

  it("keeps a measure's name in the criteria's column out of Mã tiêu chí, and in Ghi chú", () => {
    const r = one(rows).readings.find((x) => x.source.row === 12);
    expect(r?.code ?? "").not.toContain("SIPAS");
    expect(r?.note).toContain("Chỉ số hài lòng của người dân, tổ chức (SIPAS) - chung");
    expect(r?.code).toBeNull();
  });
});

describe("the state said in a result's words", () => {
  const rows: GridCell[][] = [
    ["TT", "Công việc", "Thời gian thực hiện", "Kết quả thực hiện", "Ghi chú"],
    [1, "Xây dựng bộ hồ sơ mẫu lĩnh vực chứng thực đặt tại BP Một cửa", "trước 15/10", "chậm, dự kiến 30/11", "Thiếu mẫu của Sở Tư pháp"],
    [2, "Dự thảo quyết định công khai số điện thoại tiếp nhận phản ánh về hộ tịch", "6 tháng đầu năm", "Trình ký 05/10/2021"],
    [3, "Rà soát hồ sơ thanh toán vốn đầu tư công các công trình chuyển tiếp", "Quý IV", "hiện đạt 78,5%"],
    [4, "Rà soát TTHC lĩnh vực hộ tịch, chứng thực đề xuất đơn giản hóa", "Quý III", "Đã xong ngày 12/7"],
  ];

  it("reads late work with its end expected as under way", () => {
    expect(one(rows).tasks.find((t) => t.source.row === 2)?.status).toBe("Đang thực hiện");
  });

  it("reads a draft sent for signature as under way", () => {
    expect(one(rows).tasks.find((t) => t.source.row === 3)?.status).toBe("Đang thực hiện");
  });

  it("reads 'hiện đạt 78,5%' as under way at that share", () => {
    const t = one(rows).tasks.find((x) => x.source.row === 4);
    expect(t?.status).toBe("Đang thực hiện");
    expect(t?.progress).toBe(78.5);
  });

  it("still reads 'Đã xong ngày 12/7' as done that day", () => {
    const t = one(rows).tasks.find((x) => x.source.row === 5);
    expect(t?.status).toBe("Hoàn thành");
    expect(t?.doneDate).toBe("2021-07-12");
  });
});

describe("rows that only introduce the work under them", () => {
  it("takes a numbered row over lettered items for their heading", () => {
    const rows: GridCell[][] = [
      ["Số TT", "Nội dung công việc", "Người thực hiện", "Thời hạn", "Kết quả thực hiện", "Ngày hoàn thành"],
      ["I", "Tiêu chí thành phần 1.4 - Giải ngân vốn đầu tư công"],
      ["1", "Công tác kế toán, thanh toán"],
      ["a", "Kiểm soát chứng từ, lập hồ sơ thanh toán vốn đầu tư gửi KBNN huyện", "CC TC-KT", "Khi có khối lượng", "Đã thực hiện 3 đợt"],
      ["b", "Đối chiếu số liệu giải ngân với Kho bạc, báo cáo CT UBND hằng tháng", "CC TC-KT", "Ngày 25 hằng tháng", "Đang thực hiện"],
      ["2", "Công tác kế hoạch vốn"],
      [
        "a",
        "Rà soát, đề xuất điều chuyển vốn của dự án chậm giải ngân",
        "CC TC-KT",
        { date: "2021-09-15" as IsoDate },
        "Hoàn thành",
        { date: "2021-09-10" as IsoDate },
      ],
    ];
    const c = one(rows);
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5, 7]);
    expect(c.tasks.every((t) => t.code === "1.4")).toBe(true);
  });

  it("takes '…, gồm:' over '+' items for their heading, the items each a task", () => {
    const rows: GridCell[][] = [
      ["TT", "Nhiệm vụ, giải pháp", "Người thực hiện", "Thời gian", "Kết quả", "Ghi chú"],
      [1, "Cung cấp thông tin về Bộ phận Một cửa trên Trang thông tin điện tử xã", "BP Một cửa", "Quý II", "Đã thực hiện"],
      [2, "Bổ sung trang thiết bị phục vụ người dân tại Bộ phận Một cửa, gồm:"],
      [null, "+ Bổ sung 10 ghế ngồi chờ, 01 quạt đứng cho khu vực chờ", "BP Một cửa", "tháng 4/2021", "Hoàn thành"],
      [null, "+ Lắp đặt biển hiệu, sơ đồ hướng dẫn, hòm thư góp ý", "CC ĐC-XD", "tháng 5/2021", "Hoàn thành"],
    ];
    expect(one(rows).tasks.map((t) => t.source.row)).toEqual([2, 4, 5]);
  });

  it("still reads a numbered task with nothing beside it where no items follow", () => {
    const rows: GridCell[][] = [
      ["TT", "Nhiệm vụ, giải pháp", "Người thực hiện", "Thời gian", "Kết quả"],
      [1, "Cung cấp thông tin về Bộ phận Một cửa trên Trang thông tin điện tử xã", "BP Một cửa", "Quý II", "Đã thực hiện"],
      [2, "Rà soát, chuẩn hóa quy trình tiếp nhận hồ sơ đất đai"],
      [3, "Niêm yết công khai TTHC tại Bộ phận Một cửa", "BP Một cửa", "Quý III", "Hoàn thành"],
    ];
    expect(one(rows).tasks.map((t) => t.source.row)).toEqual([2, 3, 4]);
  });

  it("reads 'TỔNG CỘNG (A+B)' as the parts added up, not a task", () => {
    const rows: GridCell[][] = [
      ["Số TT", "Nội dung công việc", "Người thực hiện", "Thời hạn", "Kết quả thực hiện"],
      ["1", "Kiểm kê tài sản cố định, công cụ dụng cụ cuối năm 2021", "CC TC-KT", "31/12/2021", "Chưa thực hiện"],
      ["2", "Lập báo cáo công khai tài sản công năm 2021", "CC TC-KT", "tháng 01/2022", "Chưa đến hạn"],
      [null, "Cộng phần B", null, null, "2 việc"],
      [null, "TỔNG CỘNG (A+B)", null, null, "7 việc"],
    ];
    expect(one(rows).tasks.map((t) => t.source.row)).toEqual([2, 3]);
  });
});

describe("a year's figures standing at a day the title gives", () => {
  const rows: GridCell[][] = [
    ["ỦY BAN NHÂN DÂN XÃ TÂN BÌNH"],
    ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN NĂM 2021"],
    ["(Số liệu tính đến ngày 15/12/2021)"],
    [],
    ["Mã", "Tiêu chí / tiêu chí thành phần", "Chỉ tiêu", "Kết quả", "Đánh giá", "Ghi chú"],
    ["1.1", "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4", "≥ 20%", "16,2%", "Chưa đạt"],
    ["1.3", "Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã", "100%", "19/21", "Chưa đạt", "Tính theo số người"],
  ];

  it("names the period the year, with the day the figures stand at", () => {
    const r = one(rows).readings.find((x) => x.code === "1.3");
    expect(r?.period).toBe("Năm 2021 (đến 15/12/2021)");
    expect(r?.date).toBe("2021-12-15");
  });

  it("names a half-year's survey by its half, standing at the day its days end ('từ 14/6 đến 25/6/2021')", () => {
    const half = rows.map((r, i) => (i === 2 ? ["Đợt 1 - 6 tháng đầu năm 2021 (thực hiện từ 14/6 đến 25/6/2021)"] : r));
    const r = one(half).readings.find((x) => x.code === "1.3");
    expect([r?.period, r?.date]).toEqual(["6 tháng đầu năm 2021", "2021-06-25"]);
  });

  it("keeps the day alone where the title names no year", () => {
    const dayOnly = rows.map((r, i) => (i === 1 ? ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ"] : r));
    expect(one(dayOnly).readings.find((x) => x.code === "1.3")?.period).toBe("15/12/2021");
  });
});

describe("a survey's table of answers with its rate", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC NĂM 2021"],
    [],
    ["Mã", "Chỉ số thành phần", "Số ý kiến hài lòng, rất hài lòng", "Tổng số ý kiến", "Tỷ lệ hài lòng (%)", "Năm 2020 (%)", "Tăng/giảm"],
    ["2.1", "Tiếp cận dịch vụ", 124, 140, 88.571429, 86.4, "+2,17"],
    ["2.2", "Thủ tục hành chính", 127, 140, 90.714286, 91.5, "-0,79"],
    ["2.3", "Công chức giải quyết TTHC", 132, 140, 94.285714, 92.1, "+2,19"],
  ];

  it("reads each row as its criterion's rate and counts, never as a task at that progress", () => {
    const c = one(rows);
    expect(c.tasks).toEqual([]);
    const r = c.readings.find((x) => x.code === "2.1" && x.period !== "Năm 2020");
    expect(r?.value).toBeCloseTo(88.57, 1);
    expect([r?.numerator, r?.denominator]).toEqual([124, 140]);
    // (Last year's rate beside it is that year's reading: the baseline "cao hơn năm 2020" is judged by.)
    expect(c.readings.find((x) => x.code === "2.1" && x.period === "Năm 2020")?.value).toBe(86.4);
  });

  it("still reads a task table whose share is headed as the work's progress", () => {
    const tasks: GridCell[][] = [
      ["Mã", "Nội dung công việc", "Tỷ lệ hoàn thành (%)"],
      ["2.1", "Niêm yết lại bộ TTHC tại BP Một cửa, bổ sung mã QR tra cứu", 80],
      ["2.3", "Chấn chỉnh thái độ giao tiếp, đeo thẻ công chức khi làm việc", 100],
    ];
    expect(one(tasks).tasks.length).toBe(2);
  });
});

describe("a copy of the plan's table with the official's columns added", () => {
  const rows: GridCell[][] = [
    ["PHỤ LỤC"],
    ["NHIỆM VỤ KHẮC PHỤC TỒN TẠI, HẠN CHẾ, NÂNG CAO CHỈ SỐ CCHC NĂM 2021"],
    [],
    [
      "TT",
      "Tiêu chí, TCTP",
      "Mục tiêu, yêu cầu",
      "Nhiệm vụ, giải pháp",
      "Chủ trì",
      "Phối hợp",
      "Thời gian hoàn thành",
      "Kết quả đến 30/11 (PCT thêm)",
      "Tình hình",
      "Ghi chú PCT",
    ],
    ["I", "Tập trung khắc phục, cải thiện các tiêu chí, TCTP còn tồn tại, hạn chế"],
    [
      "1.3",
      "Tỷ lệ đạt chuẩn của cán bộ cấp xã",
      "100% CB, CC đạt chuẩn",
      "Rà soát tổng thể đội ngũ CB, CC; tham mưu đào tạo, bồi dưỡng chuẩn hóa chức danh",
      "CC VP-TK",
      null,
      "Năm 2021 và những năm tiếp theo",
      "Đã rà soát xong, còn 04 người chưa đạt chuẩn",
      "Đang làm",
    ],
    [
      "1.5",
      "Tỷ lệ VB trao đổi giữa các cơ quan HCNN dưới dạng điện tử",
      "Hạn chế tối đa VB giấy song song",
      "Tăng cường trao đổi văn bản điện tử giữa các cơ quan HCNN",
      "CC VP-TK",
      "CB, CC xã",
      "Trong năm 2021",
      "T11 đạt 98,4%",
      "Đang làm",
    ],
    [
      "1.6",
      "Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)",
      "Tăng cao hơn năm 2020",
      "Phát triển kinh tế biển, dịch vụ nghề cá",
      "PCT UBND",
      "CC ĐC-NN",
      "Năm 2021",
      "Đánh bắt hải sản giảm do bão, dịch",
      "Chưa đạt",
    ],
  ];

  it("never takes a row opening with a criterion's code for a second header", () => {
    const c = one(rows);
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [6, "1.3"],
      [7, "1.5"],
      [8, "1.6"],
    ]);
    expect(c.tasks.find((t) => t.code === "1.6")?.content).toBe("Phát triển kinh tế biển, dịch vụ nghề cá");
  });
});

describe("a desk's dossiers by field under 'Đã GQ | Đúng hạn | Tỷ lệ %' each quarter", () => {
  const rows: GridCell[][] = [
    ["CC Tư pháp - Hộ tịch"],
    ["SỐ LIỆU GIẢI QUYẾT HỒ SƠ LĨNH VỰC TƯ PHÁP - HỘ TỊCH NĂM 2021"],
    [],
    ["STT", "Lĩnh vực", "Quý I/2021", null, null, "Quý II/2021", null, null],
    [null, null, "Đã GQ", "Đúng hạn", "Tỷ lệ %", "Đã GQ", "Đúng hạn", "Tỷ lệ %"],
    [1, "Hộ tịch", 48, 48, 100, 52, 51, 98.1],
    [2, "Chứng thực", 85, 85, 100, 90, 90, 100],
    [null, "Cộng", 133, 133, 100, 142, 141, 99.3],
  ];

  it("reads 'Đã GQ' as the resolved: the total row is 1.2 each quarter, nothing skipped", () => {
    const c = one(rows, {
      merges: [
        { top: 4, left: 3, bottom: 4, right: 5 },
        { top: 4, left: 6, bottom: 4, right: 8 },
      ],
    });
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ["Quý I/2021", 133, 133],
      ["Quý II/2021", 141, 142],
    ]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(false);
  });
});

describe("a report's numbered lines, each a criterion's result in a sentence", () => {
  it("reads a line numbered in a cell of its own", () => {
    const rows: GridCell[][] = [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
      ["(Kỳ báo cáo: Quý III năm 2021)"],
      [],
      ["I", "KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ"],
      [
        1,
        "Tiêu chí 1.2: Trong quý III/2021, Bộ phận Một cửa tiếp nhận 198 hồ sơ, giải quyết 195/198 hồ sơ đúng hạn, đạt 98,48%; 03 hồ sơ quá hạn đã có thư xin lỗi.",
      ],
      [2, "Tiêu chí 1.5: Văn bản đi gửi dưới dạng điện tử 182/190 văn bản, đạt 95,79% (cùng kỳ năm 2020 đạt 88,2%)."],
    ];
    const r = one(rows).readings.find((x) => x.code === "1.2");
    expect([r?.value, r?.numerator, r?.denominator]).toEqual([98.48, 195, 198]);
  });

  it("reads a line whose criterion stands in the cell before it, under a quarter's title standing at a day", () => {
    const rows: GridCell[][] = [
      ["SỐ LIỆU CÁC CHỈ SỐ QUÝ IV/2021 (đến 15/12/2021)"],
      ["TC 1.2", "Giải quyết 392/398 hồ sơ đúng và trước hạn, đạt 98,49%"],
      ["TC 1.5", "Văn bản điện tử: 118/122, đạt 96,72%"],
      ["Tuyên truyền", "36 buổi phát thanh, 14 tin bài"],
    ];
    const c = one(rows);
    const r = c.readings.find((x) => x.code === "1.2");
    expect([r?.value, r?.numerator, r?.denominator, r?.period, r?.date]).toEqual([98.49, 392, 398, "Quý IV/2021", "2021-12-15"]);
    expect(c.readings.find((x) => x.code === "1.5")?.value).toBe(96.72);
  });
});

describe("rate rows in a section of figures under a template's task table", () => {
  const rows: GridCell[][] = [
    ["BIỂU THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NGÀY 29/9/2021 CỦA UBND XÃ"],
    ["Quý IV năm 2021 (số liệu tính đến ngày 15/12/2021)"],
    ["Người báo cáo: Trần Văn Nam - Bộ phận Một cửa"],
    [],
    [
      "STT",
      "Mã tiêu chí",
      "Nội dung nhiệm vụ",
      "Chủ trì",
      "Phối hợp",
      "Thời hạn hoàn thành",
      "Trạng thái",
      "Tiến độ (%)",
      "Số HS tiếp nhận",
      "Số HS giải quyết đúng hạn",
      "Tỷ lệ (%)",
      "Ngày hoàn thành",
      "Ghi chú",
      "Người thực hiện",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", null, null, null, "(9)", "(10)"],
    ["A", null, "NHIỆM VỤ"],
    [
      1,
      "1.1",
      "Hướng dẫn tổ chức, cá nhân nộp hồ sơ dịch vụ công trực tuyến mức độ 3, 4 tại Bộ phận Một cửa",
      "BP Một cửa",
      "CC VH-XH",
      { date: "2021-12-31" as IsoDate },
      "Đang thực hiện",
      0.75,
      null,
      null,
      null,
      null,
      null,
      "Trần Văn Nam",
    ],
    [
      2,
      "1.2",
      "Tiếp nhận, giải quyết hồ sơ TTHC đúng hạn, gửi thư xin lỗi đối với hồ sơ trễ hẹn",
      "BP Một cửa",
      "CC VP-TK",
      "Thường xuyên",
      "Đang thực hiện",
      null,
      null,
      null,
      null,
      null,
      null,
      "Trần Văn Nam",
    ],
    [
      3,
      "2.2",
      "Niêm yết công khai, cập nhật đầy đủ TTHC theo Quyết định công bố mới của UBND tỉnh",
      "BP Một cửa",
      "CC Tư pháp-Hộ tịch",
      "15/11/2021",
      "Hoàn thành",
      1,
      null,
      null,
      null,
      { date: "2021-11-12" as IsoDate },
      null,
      "Lê Thị Mai",
    ],
    [
      4,
      "2.1",
      "Bổ sung ghế ngồi, quạt, bảng hướng dẫn tại khu vực tiếp đón người dân",
      "BP Một cửa",
      "CC TC-KT",
      "tháng 12/2021",
      "Chưa thực hiện",
      0,
      null,
      null,
      null,
      null,
      "Chờ kinh phí",
      "Lê Thị Mai",
    ],
    ["B", null, "SỐ LIỆU HỒ SƠ TTHC QUÝ IV/2021"],
    [null, "1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn (tháng 10)", null, null, null, null, null, 152, 150, 150 / 152],
    [null, "1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn (tháng 11)", null, null, null, null, null, 140, 140, 1],
    [null, null, "Tổng cộng", null, null, null, null, null, 292, 290],
  ];
  const formats = { "13:11": "0.00%", "14:11": "0.00%" };

  it("keeps 'Tiến độ (%)' the tasks' progress beside an added 'Tỷ lệ (%)'", () => {
    expect(one(rows, { formats }).tasks.find((t) => t.code === "1.1")?.progress).toBe(75);
  });

  it("reads the rate rows as figures of the month each names, never as tasks", () => {
    const c = one(rows, { formats });
    expect(c.tasks.map((t) => t.source.row)).toEqual([8, 9, 10, 11]);
    expect(c.readings.map((r) => [r.code, r.period, Math.round((r.value ?? 0) * 100) / 100])).toEqual([
      ["1.2", "Tháng 10/2021", 98.68],
      ["1.2", "Tháng 11/2021", 100],
    ]);
  });
});

describe("a deadline said in Ghi chú where the template's column is left blank", () => {
  const rows: GridCell[][] = [
    [
      "STT",
      "Mã tiêu chí",
      "Nội dung nhiệm vụ",
      "Chủ trì",
      "Phối hợp",
      "Thời hạn hoàn thành",
      "Trạng thái",
      "Tiến độ (%)",
      "Ngày hoàn thành",
      "Ghi chú",
    ],
    [
      1,
      "1.4",
      "Tham mưu giải ngân vốn đầu tư công năm 2021 đạt 100% kế hoạch được giao",
      "CC TC-KT",
      null,
      null,
      null,
      null,
      null,
      "Đang thực hiện, tiến độ khoảng 80%; hạn chót 31/01/2022",
    ],
    [
      2,
      "2.1",
      "Bố trí kinh phí mua sắm trang thiết bị cho Bộ phận Một cửa (máy tính, máy in, ghế chờ)",
      "CC TC-KT",
      null,
      null,
      null,
      null,
      null,
      "Đã hoàn thành ngày 18/10/2021 (hạn tháng 10/2021)",
    ],
  ];

  it("reads 'hạn chót 31/01/2022' after the state as the deadline", () => {
    expect(one(rows).tasks.find((t) => t.source.row === 2)?.due).toBe("2022-01-31");
  });

  it("reads '(hạn tháng 10/2021)' after the day done as the month's last day", () => {
    const t = one(rows).tasks.find((x) => x.source.row === 3);
    expect([t?.due, t?.doneDate]).toEqual(["2021-10-31", "2021-10-18"]);
  });
});

describe("a sheet of a few numbered lines, each with when and how far beside it", () => {
  const rows: GridCell[][] = [
    ["Dự kiến TT quý IV"],
    ["1. Phát thanh DVC mức 3,4 mỗi tuần 1 lần", "cả quý"],
    ["2. Viết tin bài CCHC đăng trang TTĐT xã", "2 tin/tháng", "mới được 1 tin"],
    ["3. Phối hợp đoàn TN hướng dẫn dân tạo tài khoản DVC quốc gia", "T11-T12"],
  ];

  it("reads each numbered line as a task, the cells beside it kept with it", () => {
    const c = one(rows);
    expect(c.tasks.map((t) => t.content)).toEqual([
      "Phát thanh DVC mức 3,4 mỗi tuần 1 lần",
      "Viết tin bài CCHC đăng trang TTĐT xã",
      "Phối hợp đoàn TN hướng dẫn dân tạo tài khoản DVC quốc gia",
    ]);
    expect(c.tasks[1].note).toContain("mới được 1 tin");
  });
});

describe("a sheet of the lists a workbook's dropdowns pick from", () => {
  it("reads no task from a column of officials' titles beside the status words", () => {
    const rows: GridCell[][] = [
      ["Trạng thái", "Chủ trì (viết tắt)", "Chức danh đầy đủ"],
      ["Chưa thực hiện", "CC VP-TK", "Công chức Văn phòng-Thống kê"],
      ["Đang thực hiện", "CC Tư pháp-Hộ tịch", "Công chức Tư pháp-Hộ tịch"],
      ["Hoàn thành", "CC VH-XH", "Công chức Văn hóa-Xã hội"],
      [null, "CC Địa chính-XD", "Công chức Địa chính-Xây dựng"],
      [null, "CC TC-KT", "Công chức Tài chính-Kế toán"],
      [null, "BP Một cửa", "Bộ phận Tiếp nhận và trả kết quả phường"],
    ];
    expect(one(rows, { hidden: true }).tasks).toEqual([]);
  });

  it("still reads tasks that name an office under a heading of work", () => {
    const rows: GridCell[][] = [
      ["STT", "Mã tiêu chí", "Nội dung công việc", "Chủ trì", "Thời hạn", "Trạng thái"],
      [1, "1.2", "Rà soát hồ sơ một cửa đợt 1", "CC VP-TK", "31/12/2021", "Đang thực hiện"],
      [2, "1.2", "Rà soát hồ sơ một cửa đợt 2", "CC VP-TK", "31/12/2021", "Đang thực hiện"],
      [3, "1.2", "Rà soát hồ sơ một cửa đợt 3", "CC VP-TK", "31/12/2021", "Đang thực hiện"],
    ];
    expect(one(rows).tasks.length).toBe(3);
  });
});
