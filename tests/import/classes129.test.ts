import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet, merged } from "../helpers/grids";

// The classes this stop's blind sets (129-132) found, each on rows taken from the testers' workbooks.
const one = consolidateSheet;

describe("months across with a 'Mã TC' column beside the criteria's names", () => {
  const rows: GridCell[][] = [
    ["THEO DÕI CÁC CHỈ SỐ CCHC THEO KẾ HOẠCH 49/KH-UBND NĂM 2021 (QUÝ III, QUÝ IV)"],
    [],
    ["TT", "Tiêu chí", "Mã TC", "Kế hoạch năm 2021", "Quý III", null, null, null, "Quý IV", null, "Ghi chú"],
    [null, null, null, null, "Tháng 7", "Tháng 8", "Tháng 9", "Cả quý", "Tháng 10", "Tháng 11"],
    [1, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "1.2", "100%", 98.2, 100, 97.7, 98.5, 100, 99],
    [2, "Tỷ lệ văn bản trao đổi dưới dạng điện tử", "1.5", "≥ 90%", 92.5, 94.1, 95, 93.9, 96.3, 97],
    [4, "Giải ngân kế hoạch vốn đầu tư công (lũy kế)", "1.4", "60% (đến 30/9)", 38.5, 45.2, 61.3, 61.3, 68, 74.6, "Lũy kế từ đầu năm"],
  ];
  const merges = merged("E3:H3", "I3:J3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "K3:K4");

  it("takes the codes from the column that holds them, not from the one headed 'Tiêu chí'", () => {
    const rs = one(rows, { merges }).readings.filter((r) => r.period === "Tháng 7/2021");
    expect(rs.map((r) => [r.code, r.value])).toEqual([
      ["1.2", 98.2],
      ["1.4", 38.5],
      ["1.5", 92.5],
    ]);
  });
});

describe("a rate's row never read as another rate's count", () => {
  it("keeps two percentage rows of different criteria apart when no codes are written", () => {
    const rows: GridCell[][] = [
      ["KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2021"],
      [],
      ["TT", "Tiêu chí", "Quý I", "Quý II", "Ghi chú"],
      [1, "Tỷ lệ hồ sơ giải quyết đúng hạn", "97,8%", "98,6%"],
      [2, "Tỷ lệ văn bản điện tử", "88,0%", "90,5%"],
      [3, "Giải ngân vốn ĐTC (lũy kế)", "12,4%", "31,0%"],
    ];
    const q1 = one(rows)
      .readings.filter((r) => r.period === "Quý I/2021")
      .sort((a, b) => a.source.row - b.source.row);
    expect(q1.map((r) => [r.source.row, r.numerator, r.value])).toEqual([
      [4, null, 97.8],
      [5, null, 88],
      [6, null, 12.4],
    ]);
  });
});

describe("a form of figures under a header 'Nội dung | Số liệu | Ghi chú'", () => {
  const rows: GridCell[][] = [
    ["UBND XÃ TÂN PHÚ"],
    ["SỐ LIỆU PHỤC VỤ TỰ CHẤM ĐIỂM CHỈ SỐ CCHC"],
    ["Kỳ báo cáo: Quý III/2021 (từ 01/7/2021 đến 30/9/2021)"],
    [],
    ["Nội dung", "Số liệu", "Ghi chú"],
    ["1. Thủ tục hành chính"],
    ["Tổng số hồ sơ tiếp nhận", 3456],
    ["Số hồ sơ giải quyết đúng hạn", 3408],
    ["Tỷ lệ hồ sơ giải quyết đúng hạn", 0.9861],
    ["Tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4", "27,5%"],
    ["2. Cán bộ, công chức"],
    ["Tổng số cán bộ, công chức", 21],
    ["Số CBCC đạt chuẩn theo quy định", 20],
    ["Tỷ lệ CBCC đạt chuẩn", 0.9524, "01 đ/c đang học Đại học"],
  ];
  const formats = { "9:2": "0.00%", "14:2": "0.00%" };

  it("reads its lines as the quarter's figures, never as tasks", () => {
    const c = one(rows, { formats });
    expect(c.tasks).toEqual([]);
    expect(
      [...c.readings]
        .sort((a, b) => a.source.row - b.source.row)
        .map((r) => [r.source.row, r.period, r.numerator, r.denominator, Math.round((r.value ?? 0) * 100) / 100]),
    ).toEqual([
      [9, "Quý III/2021", 3408, 3456, 98.61],
      [10, "Quý III/2021", null, null, 27.5],
      [14, "Quý III/2021", 20, 21, 95.24],
    ]);
  });

  it("suggests each rate's criterion from its own line", () => {
    const c = one(rows, { formats });
    expect([...c.readings].sort((a, b) => a.source.row - b.source.row).map((r) => r.code)).toEqual(["1.2", "1.1", "1.3"]);
  });
});

describe("a figure in a task's result, dated in its own words", () => {
  it("takes the day the words give, never the plan's signing day in the title", () => {
    const rows: GridCell[][] = [
      ["TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ - CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN"],
      ["(Kèm theo Kế hoạch số 49/KH-UBND ngày 15/3/2021 của UBND xã)"],
      [],
      ["STT", "Nhiệm vụ", "Tiêu chí", "Chủ trì", "Thời gian hoàn thành", "Tiến độ (%)", "Kết quả"],
      [
        1,
        "Giải ngân vốn đầu tư công đạt 60% kế hoạch vốn",
        "1.4",
        "TC-KT",
        { date: "2021-09-30" as IsoDate },
        1,
        "Đạt 68,5% KH vốn (số liệu 30/9/2021)",
      ],
    ];
    const r = one(rows, { formats: { "5:6": "0%" } }).readings;
    expect(r.map((x) => [x.code, x.date, x.value])).toEqual([["1.4", "2021-09-30", 68.5]]);
  });
});

describe("an extension typed without diacritics", () => {
  it("moves the deadline as the same words with their marks do", () => {
    const rows: GridCell[][] = [
      ["STT", "Noi dung cong viec", "Phu trach", "Han", "Tinh trang", "Ghi chu"],
      [
        1,
        "Chi tra tro cap BTXH qua tai khoan ngan hang",
        "Van hoa XH",
        { date: "2021-09-30" as IsoDate },
        "chua thuc hien",
        "Gia han den 31/12/2021 theo y kien PCT",
      ],
    ];
    const t = one(rows).tasks[0];
    expect(t.due).toBe("2021-12-31");
    expect(t.note).toContain('"Gia han den 31/12/2021 theo y kien PCT"');
  });
});

describe("the period a figures column's heading names", () => {
  it("dates a council's table by 'Thực hiện 6 tháng', not by the resolution's signing day", () => {
    const rows: GridCell[][] = [
      ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2021"],
      ["(Theo Nghị quyết số 12/NQ-HĐND ngày 28/12/2020 của HĐND xã)"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch (NQ HĐND giao)", "Thực hiện 6 tháng", null, "Ước thực hiện 9 tháng", null],
      [null, null, null, null, "TH", "So KH (%)", "TH", "So KH (%)"],
      [1, "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 7.5, 6.8, 90.7, 7.1, 94.7],
      [2, "Số chỉ tiêu đạt và vượt so với tổng số 18 chỉ tiêu NQ HĐND giao", "Chỉ tiêu", 18, 11, 61.1, 14, 77.8],
    ];
    const r = one(rows, { merges: merged("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:H4") }).readings;
    expect(r.map((x) => [x.source.row, x.period, x.date])).toEqual([
      [6, "6 tháng đầu năm 2021", "2021-06-30"],
      [7, "6 tháng đầu năm 2021", "2021-06-30"],
    ]);
  });
});

describe("a quarter's figures so far in a column's heading", () => {
  it("names 'Quý IV (đến 15/12)' as the quarter so far, not as the year so far", () => {
    const rows: GridCell[][] = [
      ["THEO DÕI CHỈ SỐ CCHC NĂM 2021"],
      ["Mã", "Chỉ số", "Quý III", "Quý IV (đến 15/12)"],
      ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", 98.5, 99.1],
      ["1.5", "Tỷ lệ văn bản điện tử", 93.9, 95.2],
    ];
    const r = one(rows).readings.filter((x) => x.code === "1.2");
    expect(r.map((x) => [x.period, x.date])).toEqual([
      ["Quý III/2021", "2021-09-30"],
      ["Quý IV/2021 (đến 15/12/2021)", "2021-12-15"],
    ]);
  });
});

describe("a month typed without marks", () => {
  it("reads 'Thang 12' as December still running at the as-of date, as 'Tháng 12' is", () => {
    const rows: GridCell[][] = [
      ["THEO DOI HO SO TTHC LINH VUC TU PHAP - HO TICH"],
      ["Quy IV/2021"],
      ["Thang", "Tong ho so", "Dung han", "Ty le dung han"],
      ["Thang 11", 52, 51, 0.98],
      ["Thang 12", 21, 21, 1],
    ];
    const c = one(rows);
    const dec = c.readings.find((x) => x.source.row === 5);
    expect(dec?.date).toBe("2021-12-15");
    expect(c.problems.map((p) => p.code)).not.toContain("READING_AFTER_AS_OF");
    expect(c.problems.filter((p) => p.code === "PERIOD_RUNNING").map((p) => p.row)).toEqual([5]);
  });
});

describe("a figure only under 'Cả quý' beside the quarter's months", () => {
  it("is read as the quarter's, and a change row between two rounds is named, not read", () => {
    const rows: GridCell[][] = [
      ["THEO DÕI CÁC CHỈ SỐ CCHC NĂM 2021"],
      ["TT", "Tiêu chí", "Mã TC", "Quý III", null, null, null],
      [null, null, null, "Tháng 7", "Tháng 8", "Tháng 9", "Cả quý"],
      [1, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "1.2", 98.2, 100, 97.7, 98.5],
      [2, "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn", "1.3", null, null, null, 100],
    ];
    const r = one(rows, { merges: merged("D2:G2", "A2:A3", "B2:B3", "C2:C3") }).readings.filter((x) => x.code === "1.3");
    expect(r.map((x) => [x.period, x.date, x.value])).toEqual([["Quý III/2021", "2021-09-30", 100]]);
  });

  it("names a row of changes between survey rounds and reads none of it", () => {
    const rows: GridCell[][] = [
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      ["STT", "Đợt khảo sát", "Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức giải quyết TTHC", "Kết quả giải quyết TTHC"],
      [1, "Đợt 1 (Quý II/2021)", "86,5%", "84,2%", "88,0%", "85,7%"],
      [2, "Đợt 2 (Quý III/2021)", 88.5, 86.7, 90.3, 87.3],
      [null, "Tăng (+)/giảm (-) Đợt 2 so với Đợt 1", 2, 2.5, 2.3, 1.6],
    ];
    const c = one(rows);
    expect(c.readings.some((x) => x.source.row === 5)).toBe(false);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toContain(5);
  });
});

describe("words beside a figure that say it is not yet one", () => {
  it("reads '7,1% (ước)' as written and says it is an estimate", () => {
    const rows: GridCell[][] = [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ CCHC NĂM 2021"],
      ["Mã TC", "Tiêu chí", "Quý II", "Quý III"],
      ["1.6", "Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)", "6,8%", "7,1% (ước)"],
      ["1.7", "Mức độ thực hiện chỉ tiêu KT-XH do HĐND xã giao", "61,1%", "77,8%"],
    ];
    const c = one(rows);
    expect(c.readings.find((x) => x.code === "1.6" && x.period === "Quý III/2021")?.value).toBe(7.1);
    expect(c.problems.filter((p) => p.code === "VALUE_APPROXIMATE").map((p) => [p.row, p.column])).toEqual([[3, "D"]]);
  });

  it("reads no figure from a proposal's 'để đạt 100%'", () => {
    const rows: GridCell[][] = [
      ["NHẬN XÉT, ĐÁNH GIÁ"],
      ["1. Các tiêu chí đạt và vượt kế hoạch: 1.1; 1.5; 2.1; 2.3; 2.4."],
      ["3. Đề xuất: tiếp tục cử công chức đi học nâng chuẩn, đẩy nhanh giải ngân để đạt 100% trước 31/01/2022."],
    ];
    expect(one(rows).readings).toEqual([]);
  });
});

describe("a criterion suggested for a task without one", () => {
  const rows: GridCell[][] = [
    ["STT", "Nội dung công việc", "Người thực hiện", "Thời hạn", "Tình trạng"],
    [1, "Kiểm tra hoạt động karaoke, internet trên địa bàn", "CC VH-XH", { date: "2021-12-31" as IsoDate }, "Đang thực hiện"],
    [2, "Tuyên truyền, phổ biến pháp luật nhân Ngày Pháp luật 9/11", "CC TP-HT", { date: "2021-11-09" as IsoDate }, "Hoàn thành"],
    [3, "Chi trả trợ cấp BTXH, người có công tháng 12", "CC VH-XH", { date: "2021-12-10" as IsoDate }, "Hoàn thành"],
    [4, "Đôn đốc giải ngân vốn đầu tư công các công trình", "CC TC-KT", { date: "2021-12-31" as IsoDate }, "Đang thực hiện"],
    [5, "Rà soát cán bộ, công chức chưa đạt chuẩn, cử đi đào tạo", "CC VP-TK", { date: "2021-12-31" as IsoDate }, "Đang thực hiện"],
  ];

  it("is left blank and named for an office's routine duties, never guessed from one everyday word", () => {
    const c = one(rows);
    expect(c.tasks.slice(0, 3).map((t) => t.code)).toEqual([null, null, null]);
    expect(c.problems.filter((p) => p.code === "CRITERION_MISSING").map((p) => p.row)).toEqual([2, 3, 4]);
  });

  it("is given where the words are the item's own, and said", () => {
    const c = one(rows);
    expect(c.tasks.slice(3).map((t) => [t.code, t.codeSuggested])).toEqual([
      ["1.4", true],
      ["1.3", true],
    ]);
  });
});

describe("sheets that sit beside the tasks", () => {
  it("reads a register of documents sent whose 'Gửi qua mạng' column is ticked as the month's share sent electronically", () => {
    const rows: GridCell[][] = [
      ["SỔ ĐĂNG KÝ VĂN BẢN ĐI - THÁNG 11/2021"],
      ["Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung", "Người ký", "Nơi nhận", "Gửi qua mạng"],
      ["150/UBND-VP", { date: "2021-11-01" as IsoDate }, "CV v/v đăng ký nhu cầu chữ ký số", "Nguyễn Văn Hùng", "Sở TT&TT", "x"],
      [
        "45/QĐ-UBND",
        { date: "2021-11-08" as IsoDate },
        "QĐ kiện toàn Bộ phận tiếp nhận và trả kết quả",
        "Nguyễn Văn Hùng",
        "CBCC liên quan",
      ],
      ["152/UBND-TP", { date: "2021-11-10" as IsoDate }, "Báo cáo rà soát hồ sơ chứng thực trễ hạn", "Đỗ Minh Quang", "Phòng Tư pháp", "✓"],
      ["153/UBND", { date: "2021-11-12" as IsoDate }, "CV đề nghị hỗ trợ máy scan số hóa hồ sơ", "Nguyễn Văn Hùng", "UBND huyện", "x"],
    ];
    const c = one(rows);
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.period, r.numerator, r.denominator])).toEqual([["Tháng 11/2021", 3, 4]]);
  });

  it("reads a propaganda log with who spoke at each event as events that happened, not tasks", () => {
    const rows: GridCell[][] = [
      ["NHẬT KÝ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      [],
      ["STT", "Ngày", "Hình thức", "Nội dung tuyên truyền", "Địa điểm", "Người thực hiện"],
      [1, "12/3/2021", "Loa truyền thanh", "Tuyên truyền Kế hoạch 49/KH-UBND về nâng cao Chỉ số CCHC", "Toàn xã", "Phạm Văn Toàn"],
      [
        2,
        { date: "2021-04-05" as IsoDate },
        "Băng rôn",
        "Treo băng rôn hướng dẫn nộp hồ sơ trực tuyến mức độ 3, 4",
        "Trụ sở UBND xã",
        "Phạm Văn Toàn",
      ],
      [
        3,
        { date: "2021-05-20" as IsoDate },
        "Hội nghị",
        "Lồng ghép tuyên truyền dịch vụ công trực tuyến tại hội nghị thôn",
        "Thôn Đông",
        "Trưởng thôn",
      ],
    ];
    const c = one(rows);
    expect(c.tasks).toEqual([]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.message)).toEqual([expect.stringContaining("nhật ký")]);
  });
});

describe("a month's counts of each kind of case", () => {
  it("is named and not read: no two of its columns make a criterion's rate", () => {
    const rows: GridCell[][] = [
      ["SỐ LIỆU ĐĂNG KÝ HỘ TỊCH, CHỨNG THỰC NĂM 2021"],
      ["Tháng", "Khai sinh", "Kết hôn", "Khai tử", "Chứng thực", "Tổng"],
      [1, 14, 3, 5, 120, 142],
      [2, 9, 6, 4, 98, 117],
      [3, 11, 2, 6, 104, 123],
    ];
    const c = one(rows);
    expect(c.readings).toEqual([]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.message)).toEqual([
      expect.stringContaining("số đếm theo từng loại"),
    ]);
  });

  it("still reads a month's dossiers received and resolved on time", () => {
    const rows: GridCell[][] = [
      ["SỐ LIỆU HỒ SƠ TTHC NĂM 2021"],
      ["Tháng", "Tiếp nhận", "Đúng hạn", "Trễ hạn"],
      [10, 48, 48, 0],
      [11, 52, 51, 1],
    ];
    expect(one(rows).readings.map((r) => [r.numerator, r.denominator])).toEqual([
      [48, 48],
      [51, 52],
    ]);
  });
});

describe("the day figures stand at, said under or over them rather than in the title", () => {
  it("takes the note under the table over a plan's signing day in the subtitle", () => {
    const rows: GridCell[][] = [
      ["BẢNG THEO DÕI CÁC CHỈ SỐ CCHC NĂM 2021"],
      ["(Kèm theo Kế hoạch số 49/KH-UBND ngày 15/3/2021 của UBND xã)"],
      ["Mã TC", "Chỉ số", "Tỷ lệ (%)"],
      ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 99.11],
      ["1.3", "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn", 100],
      [],
      ["Ghi chú: Số liệu lũy kế từ đầu năm đến hết ngày 30/11/2021."],
    ];
    expect(one(rows).readings.map((r) => r.date)).toEqual(["2021-11-30", "2021-11-30"]);
  });

  it("takes 'Lũy kế đến 30/11' merged over 'Tử số | Mẫu số | Tỷ lệ'", () => {
    const rows: GridCell[][] = [
      ["SỐ LIỆU LŨY KẾ TỪ ĐẦU NĂM 2021"],
      [],
      ["STT", "Mã TC", "Nội dung", "Lũy kế đến 30/11", null, null],
      [null, null, null, "Tử số", "Mẫu số", "Tỷ lệ"],
      [1, "1.1", "Hồ sơ tiếp nhận trực tuyến mức độ 3, 4", 262, 1119, 0.2341],
      [2, "1.2", "Hồ sơ giải quyết đúng hạn", 1109, 1119, 0.9911],
    ];
    const r = one(rows, { merges: merged("A3:A4", "B3:B4", "C3:C4", "D3:F3") }).readings;
    expect(r.map((x) => [x.code, x.date])).toEqual([
      ["1.1", "2021-11-30"],
      ["1.2", "2021-11-30"],
    ]);
  });

  it("reads 'Lũy kế đến 30/11/2021' in a column of days as that day", () => {
    const rows: GridCell[][] = [
      ["BẢNG THEO DÕI TIẾN ĐỘ GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2021"],
      ["STT", "Thời điểm", "Kế hoạch vốn giao", "Giá trị giải ngân lũy kế", "Tỷ lệ giải ngân"],
      [1, "Đến 30/9/2021", 4250, 2680, 0.6306],
      [2, { date: "2021-10-31" as IsoDate }, 4250, 3012, 0.7087],
      [3, "Lũy kế đến 30/11/2021", 4250, 3390, 0.7976],
    ];
    const c = one(rows);
    expect(c.readings.map((r) => r.date)).toEqual(["2021-09-30", "2021-10-31", "2021-11-30"]);
    expect(c.problems.map((p) => p.code)).not.toContain("BAD_DATE");
  });
});

describe("a quarter's report pasted from Word", () => {
  const rows: GridCell[][] = [
    ["UBND XÃ HÒA BÌNH", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 215/BC-UBND", null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    [null, null, null, null, "Hòa Bình, ngày 05 tháng 10 năm 2021"],
    [],
    ["BÁO CÁO"],
    ["Kết quả thực hiện công tác cải cách hành chính quý III năm 2021"],
    ["I. KẾT QUẢ THỰC HIỆN"],
    ["- Số hồ sơ tiếp nhận trực tuyến mức độ 3, 4 là 126 hồ sơ, chiếm 30,58% tổng số hồ sơ tiếp nhận."],
    ["- Tỷ lệ văn bản đi được gửi dưới dạng điện tử (trừ văn bản mật) đạt 92%."],
    ["- Giải ngân vốn đầu tư công đạt 57,3% kế hoạch vốn giao (chỉ tiêu đến 30/9 là 60%)."],
    ["- Chỉ số hài lòng về tiếp cận dịch vụ đạt 86,20%, tăng 2,1% so với đợt 1."],
  ];

  it("dates its figures by the quarter its title names, not by the day it was signed", () => {
    const r = one(rows).readings.find((x) => x.source.row === 9);
    expect([r?.period, r?.date, r?.value]).toEqual(["Quý III/2021", "2021-09-30", 92]);
  });

  it("reads a sentence's one result beside a target or a change it also names", () => {
    const byRow = new Map(one(rows).readings.map((x) => [x.source.row, x.value]));
    expect([8, 10, 11].map((r) => byRow.get(r))).toEqual([30.58, 57.3, 86.2]);
  });
});

describe("marks under headings officials write their own way", () => {
  it("reads an 'x' under 'Đã làm' as done, beside 'Đang làm | Chưa làm'", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung công việc", "Thời hạn", "Tiến độ thực hiện", null, null],
      [null, null, null, "Đã làm", "Đang làm", "Chưa làm"],
      [1, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật", { date: "2021-12-15" as IsoDate }, "x", null, null],
      [2, "Cấp bản sao trích lục hộ tịch trực tuyến", { date: "2021-12-31" as IsoDate }, null, "x", null],
      [3, "Kiện toàn tổ hòa giải thôn", { date: "2021-12-31" as IsoDate }, null, null, "x"],
    ];
    const c = one(rows, { merges: merged("A1:A2", "B1:B2", "C1:C2", "D1:F1") });
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
  });

  it("reads 'T1 … T4' under 'Thời gian (tuần)' as the weeks of the title's month", () => {
    const rows: GridCell[][] = [
      ["KẾ HOẠCH CÔNG TÁC THÁNG 12/2021 - UBND XÃ BẢN PHỐ"],
      ["STT", "Nội dung công việc", "Người thực hiện", "Thời gian (tuần)", null, null, null, "Kết quả"],
      [null, null, null, "T1", "T2", "T3", "T4"],
      [1, "Họp rà soát kết quả thực hiện các chỉ tiêu KT-XH năm 2021", "Chủ tịch", "x", null, null, null, "Đã xong"],
      [2, "Hoàn thiện hồ sơ thanh toán công trình đường nội thôn", "Phó Chủ tịch", null, "x", "x", null, "Đang làm"],
      [3, "Tập huấn sử dụng dịch vụ công trực tuyến cho cán bộ thôn", "Văn phòng", null, "x", null, null, "Đã xong"],
    ];
    const c = one(rows, { merges: merged("D2:G2", "A2:A3", "B2:B3", "C2:C3", "H2:H3") });
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-12-07", "2021-12-21", "2021-12-14"]);
  });
});

describe("a criterion written by its name in the criteria's column", () => {
  it("is read by the item's title and not called unknown in Kiểm tra", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Trạng thái"],
      [
        1,
        "Đôn đốc các nhà thầu hoàn thiện hồ sơ thanh toán",
        "Giải ngân vốn đầu tư công",
        "TC-KT",
        { date: "2021-12-31" as IsoDate },
        "Đang thực hiện",
      ],
      [2, "Ký số văn bản đi trên phần mềm quản lý văn bản", "Văn bản điện tử", "VP-TK", { date: "2021-12-31" as IsoDate }, "Hoàn thành"],
    ];
    const c = one(rows);
    expect(c.tasks.map((t) => t.code)).toEqual(["1.4", "1.5"]);
    expect(c.problems.map((p) => p.code)).not.toContain("UNKNOWN_CRITERION");
  });
});

describe("the one-stop desk's counts by field", () => {
  it("reads a band per month ('Tháng 7' over 'Tiếp nhận | Đúng hạn | Quá hạn') as each field's month, the quarter's band named", () => {
    const rows: GridCell[][] = [
      ["THỐNG KÊ HỒ SƠ TTHC TIẾP NHẬN VÀ GIẢI QUYẾT QUÝ III NĂM 2021"],
      ["TT", "Lĩnh vực", "Tháng 7", null, null, "Tháng 8", null, null, "Quý III", null, null, "Luỹ kế 9 tháng"],
      [null, null, "Tiếp nhận", "Đúng hạn", "Quá hạn", "Tiếp nhận", "Đúng hạn", "Quá hạn", "Tiếp nhận", "Đúng hạn", "Quá hạn", "Tiếp nhận"],
      [1, "Hộ tịch", 33, 33, 0, 38, 38, 0, 71, 71, 0, 295],
      [2, "Đất đai", 14, 16, 0, 8, 6, 1, 22, 22, 1, 95],
      [null, "Cộng", 47, 49, 0, 46, 44, 1, 93, 93, 1, 390],
    ];
    const c = one(rows, { merges: merged("C2:E2", "F2:H2", "I2:K2", "A2:A3", "B2:B3") });
    // The desk's counts are its fields' by month in Hồ sơ TTHC (the contract's place for them; the summary's 1.2 is
    // worked out from them), no longer the total row's rate alone.
    expect(c.readings).toEqual([]);
    expect(c.dossiers?.map((d) => [d.field, d.from, d.inPerson, d.onTime, d.late])).toEqual([
      ["Hộ tịch", "2021-07-01", 33, 33, 0],
      ["Đất đai", "2021-07-01", 14, 16, 0],
      ["Hộ tịch", "2021-08-01", 38, 38, 0],
      ["Đất đai", "2021-08-01", 8, 6, 1],
    ]);
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED")?.message).toContain('"Quý III"');
  });

  it("reads a month's table by field with an online rate beside the on-time one as criterion 1.1's figures", () => {
    const rows: GridCell[][] = [
      ["KẾT QUẢ GIẢI QUYẾT TTHC THÁNG 11/2021"],
      [],
      ["STT", "Lĩnh vực", "Tiếp nhận", "Trong đó trực tuyến", "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn", "Tỷ lệ trực tuyến"],
      [null, "TỔNG SỐ", 93, 16, 96, 95, 1, 0.9896, 0.172],
      [1, "Hộ tịch", 25, 9, 25, 25, 0, 1, 0.36],
      [2, "Chứng thực", 40, 4, 40, 40, 0, 1, 0.1],
      [3, "Đất đai", 28, 3, 31, 30, 1, 0.9677, 0.1071],
    ];
    const r = one(rows).readings;
    expect(r.map((x) => [x.code, x.period, x.numerator, x.denominator])).toEqual([["1.1", "Tháng 11/2021", 16, 93]]);
  });
});

describe("a self-assessment of the CCHC index", () => {
  it("takes its STT outline ('1.1.1', '2.1', '3.1') for the index's numbering, each row's criterion from its name", () => {
    const rows: GridCell[][] = [
      ["BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      ["(Số liệu tính đến ngày 15/12/2021)"],
      ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Kết quả thực hiện", "Điểm tự chấm", "Tài liệu kiểm chứng"],
      ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 10, null, 9],
      ["1.1.1", "Ban hành kế hoạch CCHC năm kịp thời", 1, "Ban hành đúng thời gian quy định", 1, "KH số 49/KH-UBND"],
      ["2", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 20, null, 17.5],
      ["2.1", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", 3, "98,4%", 2.5, "Số liệu phần mềm một cửa điện tử"],
      ["3", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CÔNG CHỨC", 15, null, 13],
      ["3.1", "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn", 2, "20/21 người (95,2%)", 1.5],
    ];
    const r = one(rows).readings;
    expect(r.map((x) => [x.code, x.value === null ? null : Math.round(x.value * 10) / 10])).toEqual([
      ["1.2", 98.4],
      ["1.3", 95.2],
    ]);
  });
});

describe("a list of late dossiers by receipt number", () => {
  it("is named as a list of dossiers, none of its rows a task", () => {
    const rows: GridCell[][] = [
      ["DANH SÁCH HỒ SƠ GIẢI QUYẾT QUÁ HẠN THÁNG 11/2021"],
      [],
      ["STT", "Số biên nhận", "Tên tổ chức, cá nhân", "Lĩnh vực", "Ngày hẹn trả", "Ngày trả KQ", "Nguyên nhân", "Thư xin lỗi"],
      [
        1,
        "000.00.21.H20-211105-0012",
        "Lê Văn Tám",
        "Đất đai",
        { date: "2021-11-19" as IsoDate },
        { date: "2021-11-24" as IsoDate },
        "Chờ ý kiến Phòng TN&MT huyện",
        "Đã gửi ngày 22/11/2021",
      ],
      [
        2,
        "000.00.21.H20-211108-0031",
        "Trần Thị Hoa",
        "Xây dựng",
        { date: "2021-11-22" as IsoDate },
        { date: "2021-11-23" as IsoDate },
        "Thiếu hồ sơ",
        "Đã gửi ngày 23/11/2021",
      ],
    ];
    const c = one(rows);
    expect(c.tasks).toEqual([]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED").map((p) => p.message)).toEqual([
      expect.stringContaining("danh sách hồ sơ TTHC"),
    ]);
  });
});

describe("figures with their own subjects, units and codes", () => {
  it("reads months down with a rate per criterion across, each headed by what it is the rate of", () => {
    const rows: GridCell[][] = [
      ["THEO DÕI CÁC CHỈ SỐ CCHC HÀNG THÁNG NĂM 2021"],
      ["Tháng", "Các chỉ số (%)", null, null, null, "Ghi chú"],
      [
        null,
        "Tỷ lệ HS TTHC giải quyết đúng hạn",
        "Tỷ lệ HS nộp trực tuyến mức độ 3,4",
        "Tỷ lệ VB trao đổi dạng điện tử",
        "Tỷ lệ CBCC đạt chuẩn",
      ],
      ["Tháng 6", 97.5, 0.213, "80,1%", 100],
      ["Tháng 7", 98.1, 0.247, "82,4%"],
    ];
    const c = one(rows, { merges: merged("A2:A3", "B2:E2", "F2:F3"), formats: { "4:3": "0.0%", "5:3": "0.0%" } });
    expect(
      c.readings
        .filter((r) => r.date === "2021-06-30")
        .map((r) => [r.code, r.value])
        .sort(),
    ).toEqual([
      ["1.1", 21.3],
      ["1.2", 97.5],
      ["1.3", 100],
      ["1.5", 80.1],
    ]);
  });

  it("reads a task's criterion from a column headed 'Thuộc TC'", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung công việc", "Thuộc TC", "Thời hạn", "Kết quả"],
      [1, "Đôn đốc nhà thầu hoàn thiện hồ sơ thanh toán công trình ấp Long Hòa", 1.4, { date: "2021-12-20" as IsoDate }, "Đang làm"],
      [2, "Kiểm tra thực địa công trình trường mầm non", 1.4, { date: "2021-12-10" as IsoDate }, "Xong"],
    ];
    expect(one(rows).tasks.map((t) => t.code)).toEqual(["1.4", "1.4"]);
  });

  it("pairs an appendix's count lines ('Hồ sơ', 'Người') with the rate they make, never a count read as a rate", () => {
    const rows: GridCell[][] = [
      ["PHỤ LỤC"],
      ["Một số chỉ tiêu cải cách hành chính quý III năm 2021"],
      [],
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Ghi chú"],
      [1, "Tổng số hồ sơ TTHC tiếp nhận", "Hồ sơ", 245],
      [2, "Số hồ sơ giải quyết đúng hạn", "Hồ sơ", 241],
      [3, "Tỷ lệ giải quyết đúng hạn", "%", 0.9837],
      [4, "Tổng số cán bộ, công chức", "Người", 21],
      [5, "Số CBCC đạt chuẩn", "Người", 21],
      [6, "Tỷ lệ CBCC đạt chuẩn", "%", 100],
    ];
    const r = one(rows, { formats: { "7:4": "0.00%" } }).readings.sort((a, b) => a.source.row - b.source.row);
    expect(r.map((x) => [x.source.row, x.period, x.numerator, x.denominator])).toEqual([
      [7, "Quý III/2021", 241, 245],
      [10, "Quý III/2021", 21, 21],
    ]);
  });
});

describe("a council's targets table under its resolution's day", () => {
  it("dates its figures by the title's year, never by the resolution's day of the year before", () => {
    const rows: GridCell[][] = [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2021"],
      ["(Theo Nghị quyết số 15/NQ-HĐND ngày 20/12/2020 của HĐND xã)"],
      ["Mã TC", "Chỉ tiêu", "Kết quả (%)"],
      ["1.6", "Tốc độ tăng trưởng GRDP", 7.4],
      ["1.7", "Mức độ thực hiện các chỉ tiêu KT-XH do HĐND xã giao", 87.5],
    ];
    expect(one(rows).readings.map((r) => [r.code, r.period, r.date])).toEqual([
      ["1.6", "Năm 2021", "2021-12-15"],
      ["1.7", "Năm 2021", "2021-12-15"],
    ]);
  });
});

describe("end-of-stop generalization checks (sets 145-146)", () => {
  it("reads no figure from a note's 'phấn đấu giải ngân 100% trước 31/01/2022' under a disbursement table", () => {
    const rows: GridCell[][] = [
      ["BIỂU TỔNG HỢP TÌNH HÌNH GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2021"],
      ["STT", "Tên dự án, công trình", "Kế hoạch vốn năm 2021", "Giải ngân đến 30/9/2021", null],
      [null, null, null, "Số tiền", "Tỷ lệ (%)"],
      [1, "Đường bê tông xóm Pác Rằng", 1250, 780, 0.624],
      [2, "Kè bờ suối khu vực thác Bản Giốc", 1540, 850, 0.552],
      [null, "Tổng cộng", 2790, 1630, 0.5842],
      [],
      ["Ghi chú: Dự án kè bờ suối chậm giải ngân do vướng giải phóng mặt bằng; phấn đấu giải ngân 100% trước 31/01/2022."],
    ];
    const c = one(rows, { merges: merged("D2:E2", "A2:A3", "B2:B3", "C2:C3") });
    expect(c.readings.some((r) => r.value === 100)).toBe(false);
  });

  it("reads 'I', 'II', 'IV (đến 15/12)' under 'Quý' as the quarters of the title's year", () => {
    const rows: GridCell[][] = [
      ["HỒ SƠ ĐẤT ĐAI GIẢI QUYẾT NĂM 2021"],
      ["Quý", "Tiếp nhận", "Đúng hạn", "Tỷ lệ đúng hạn"],
      ["I", 64, 64, 1],
      ["II", 71, 69, 0.9718],
      ["IV (đến 15/12)", 58, 57, 0.9828],
    ];
    expect(one(rows).readings.map((r) => [r.period, r.date])).toEqual([
      ["Quý I/2021", "2021-03-31"],
      ["Quý II/2021", "2021-06-30"],
      ["Quý IV/2021 (đến 15/12)", "2021-12-15"],
    ]);
  });
});

describe("the desk's bands per month with no total row", () => {
  it("adds the fields up and still names the year-to-date band it does not read", () => {
    const rows: GridCell[][] = [
      ["THỐNG KÊ HỒ SƠ TTHC QUÝ III NĂM 2021"],
      ["TT", "Lĩnh vực", "Tháng 7", null, "Tháng 8", null, "Luỹ kế 9 tháng", null],
      [null, null, "Đúng hạn", "Quá hạn", "Đúng hạn", "Quá hạn", "Đúng hạn", "Quá hạn"],
      [1, "Hộ tịch", 33, 0, 38, 1, 295, 1],
      [2, "Đất đai", 16, 1, 6, 0, 91, 4],
    ];
    const c = one(rows, { merges: merged("C2:D2", "E2:F2", "G2:H2", "A2:A3", "B2:B3") });
    expect(c.readings.map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ["Tháng 7/2021", 49, 50],
      ["Tháng 8/2021", 44, 45],
    ]);
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED")?.message).toContain('"Luỹ kế 9 tháng"');
  });
});
