import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// Classes of blind sets 166 and 171-174: layouts the blind testers of this stop wrote.

describe("a two-row header printed again on the next page, its parent heading no longer merged", () => {
  const header: GridCell[][] = [
    [null, "TT", "Mã chỉ số", "Tên chỉ số", "Kết quả thực hiện (%)", null, null, null, "Ghi chú"],
    [null, null, null, null, "Quý I", "Quý II", "Quý III", "Quý IV"],
  ];
  const rows: GridCell[][] = [
    ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ CCHC NĂM 2021"],
    [],
    ...header,
    [null, "I", null, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
    [null, "1", "1.1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "12,5", "18,75", "25,4"],
    [null, "2", "1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "98,2", "97,45", "99,1%"],
    [],
    [null, null, null, "Trang 1/2"],
    ...header,
    [null, "II", null, "MỨC ĐỘ HÀI LÒNG (SIPAS)"],
    [null, "3", "2.1", "Tỷ lệ hài lòng về tiếp cận dịch vụ", "85,5", "88", "90,25 "],
    [null, "4", "2.2", "Tỷ lệ hài lòng về thủ tục hành chính", "91,3", "-", "93,0"],
  ];
  // On the first page "Kết quả thực hiện (%)" is merged over the quarters; the copy under the page break is not.
  const merges = [{ top: 3, left: 5, bottom: 3, right: 8 }, ...[2, 3, 4, 9].map((c) => ({ top: 3, left: c, bottom: 4, right: c }))];

  it("reads the rows under the repeated header by the quarters, as on the first page", () => {
    const c = consolidateSheet(rows, { merges });
    const got = c.readings.map((r) => `${r.source.row} ${r.code} ${r.period} ${r.value}`);
    expect(got.sort()).toEqual(
      [
        "6 1.1 Quý I/2021 12.5",
        "6 1.1 Quý II/2021 18.75",
        "6 1.1 Quý III/2021 25.4",
        "7 1.2 Quý I/2021 98.2",
        "7 1.2 Quý II/2021 97.45",
        "7 1.2 Quý III/2021 99.1",
        "13 2.1 Quý I/2021 85.5",
        "13 2.1 Quý II/2021 88",
        "13 2.1 Quý III/2021 90.25",
        "14 2.2 Quý I/2021 91.3",
        "14 2.2 Quý III/2021 93",
      ].sort(),
    );
    expect(c.problems.filter((p) => p.code === "READING_WITHOUT_PERIOD")).toEqual([]);
  });
});

describe("tables stacked under their own criterion lines, each with the whole header again", () => {
  const head: GridCell[] = [
    null,
    null,
    "Kỳ khảo sát",
    null,
    "Số phiếu phát ra",
    "Số phiếu thu về",
    "Số phiếu hài lòng",
    "Tỷ lệ hài lòng (%)",
  ];
  const rows: GridCell[][] = [
    [null, null, "KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS) NĂM 2021"],
    [],
    [null, null, "2.1. Mức độ hài lòng về tiếp cận dịch vụ"],
    head,
    [null, null, "Quý I/2021", null, "1.300", "1.250", "1.156", "92,48"],
    [null, null, "Quý II/2021", null, "1.400", "1.362", "1.230", "90,31"],
    [],
    [null, null, "2.2. Mức độ hài lòng về kết quả giải quyết TTHC"],
    head,
    [null, null, "Quý I/2021", null, "1.300", "1.250", "1.190", "95,2"],
    [null, null, "Quý II/2021", null, "1.400", "1.362", "1.289", "94,64"],
  ];

  it("keeps each table under its own criterion", () => {
    const c = consolidateSheet(rows);
    const got = c.readings.map((r) => `${r.source.row} ${r.code} ${r.period} ${r.value?.toFixed(2)}`);
    expect(got.sort()).toEqual(
      ["5 2.1 Quý I/2021 92.48", "6 2.1 Quý II/2021 90.31", "10 2.2 Quý I/2021 95.20", "11 2.2 Quý II/2021 94.64"].sort(),
    );
  });
});

describe("a lettered group 'A | Thủ tục hành chính' right under the headings of quarters", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CCHC NĂM 2021"],
    ["Mã", "Chỉ tiêu", "Chỉ tiêu giao 2021", "Quý I", "Quý II", "Quý III", "Ghi chú"],
    ["A", "Thủ tục hành chính"],
    ["1.1", "Tỷ lệ hồ sơ TTHC trực tuyến", "≥ 30", 10.5, 18.2, 24.6],
    ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "≥ 95", 95.9, 98.4, 96.8],
    ["B", "Sự hài lòng"],
    ["2.1", "Tỷ lệ hài lòng về TTHC (SIPAS)", "≥ 90", null, 88.3, 90.1, "Quý I không khảo sát"],
  ];

  it("is a group of the rows, so each quarter is read", () => {
    const c = consolidateSheet(rows);
    const got = c.readings.map((r) => `${r.source.row} ${r.code} ${r.period} ${r.value}`);
    expect(got.sort()).toEqual(
      [
        "4 1.1 Quý I/2021 10.5",
        "4 1.1 Quý II/2021 18.2",
        "4 1.1 Quý III/2021 24.6",
        "5 1.2 Quý I/2021 95.9",
        "5 1.2 Quý II/2021 98.4",
        "5 1.2 Quý III/2021 96.8",
        "7 2.1 Quý II/2021 88.3",
        "7 2.1 Quý III/2021 90.1",
      ].sort(),
    );
  });
});

describe("a plan to remedy the points lost in the index's appraisal", () => {
  const rows: GridCell[][] = [
    ["KẾ HOẠCH KHẮC PHỤC TỒN TẠI THEO KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2020"],
    [],
    ["TT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Biện pháp khắc phục", "Người thực hiện", "Thời hạn", "Kết quả thực hiện"],
    ["A", "Lĩnh vực 1: Công tác chỉ đạo, điều hành"],
    [
      1,
      "1.2.1 - Báo cáo định kỳ đúng hạn",
      1,
      0.5,
      "Trình ký báo cáo trước hạn 02 ngày",
      "CC Văn phòng - Thống kê",
      "30/04/2021",
      "Đã hoàn thành",
    ],
    [2, "1.4 - Tuyên truyền CCHC", 2, 1, "Tổ chức cuộc thi tìm hiểu CCHC", "Văn hóa - Xã hội", "30/09/2021", "Đang thực hiện"],
    ["B", "Lĩnh vực 2: Cải cách thủ tục hành chính"],
    [
      3,
      "2.2 - Giải quyết TTHC đúng hạn",
      4,
      3,
      "Áp dụng phiếu theo dõi quá trình giải quyết",
      "Bộ phận Một cửa",
      "30/06/2021",
      "Đang thực hiện",
    ],
  ];

  it("numbers the rows by TT, never reads TT as the state, and keeps the points in Ghi chú", () => {
    const c = consolidateSheet(rows);
    const got = c.tasks.map((t) => `${t.source.row} ${t.status}`);
    expect(got.sort()).toEqual(["5 Hoàn thành", "6 Đang thực hiện", "8 Đang thực hiện"]);
    expect(c.tasks.every((t) => /Điểm tối đa: \d/.test(t.note))).toBe(true);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
  });
});

describe("a comparison of self-assessed and appraised points, the rates said in its remarks", () => {
  const rows: GridCell[][] = [
    ["SO SÁNH ĐIỂM TỰ CHẤM VÀ ĐIỂM THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2021"],
    ["(Theo Thông báo kết quả thẩm định số 22/TB-HĐTĐ ngày 03/12/2021)"],
    [],
    ["TC", "Nội dung tiêu chí", "Điểm tối đa", "Tự chấm", "Thẩm định", "Chênh lệch", "Ghi chú / Lý do chênh lệch"],
    ["1", "Công tác chỉ đạo, điều hành", 10, 9, 8.5, -0.5],
    ["1.1", "Kế hoạch CCHC", 3, 3, 3, 0, "KH số 02/KH-UBND ngày 08/01/2021"],
    ["1.3", "Kiểm tra CCHC", 4, 3, 3, 0, "Tỷ lệ bộ phận được kiểm tra: 4/6 (66,7%)"],
    ["2", "Cải cách TTHC", 14, 12.5, 11, -1.5],
    ["2.2", "Chỉ số hài lòng SIPAS", 5, 4.5, 4.5, 0, "Tỷ lệ hài lòng SIPAS đạt 87,5%"],
  ];

  it("reads the rates of the remarks, never the points", () => {
    const c = consolidateSheet(rows);
    const got = c.readings.map((r) => `${r.source.row} ${r.code} ${r.value?.toFixed(1)}`);
    expect(got.sort()).toEqual(["7 1.3 66.7", "9 2.2 87.5"]);
    expect(c.tasks).toEqual([]);
  });
});

describe("a shared online tracker downloaded as a workbook, a sheet per official", () => {
  const header: GridCell[] = ["STT", "Mã TC", "Nội dung nhiệm vụ", "Hạn xử lý", "Hoàn thành?", "Tiến độ (%)", "Người cập nhật"];
  const rows: GridCell[][] = [
    ["THEO DÕI NHIỆM VỤ CCHC 2021 - CHỊ LAN (ĐỊA CHÍNH - XÂY DỰNG)"],
    header,
    [1, "1.2", "Giải quyết hồ sơ đất đai đúng hạn, không để tồn đọng", "31/12/2021", false, "60 %", "lan.diachinh@gmail.com"],
    [2, null, "Công khai quy hoạch sử dụng đất năm 2021 tại trụ sở UBND xã", "30/04/2021", true, "100%", "lan.diachinh@gmail.com"],
    [null, null, "Việc phát sinh (do UBND huyện giao)"],
    [3, null, "Lập danh sách hộ chưa được cấp GCNQSDĐ", "15/08/2021", false, null, "lan.diachinh@gmail.com"],
    [],
    [null, "Cập nhật lần cuối: 10/12/2021 bởi lan.diachinh@gmail.com"],
  ];

  it("gives each task the office its sheet is named for, never who typed it last", () => {
    for (const sheet of ["Chị Lan ĐC", "C. Lan - ĐC", "ĐC - Chị Lan"]) {
      const c = consolidateSheet(rows, { sheet });
      expect(c.tasks.map((t) => t.lead)).toEqual([
        "Công chức Địa chính-Xây dựng",
        "Công chức Địa chính-Xây dựng",
        "Công chức Địa chính-Xây dựng",
      ]);
    }
  });

  it("reads the boxes: ticked is done, unticked at 60 % under way, unticked with nothing is not started", () => {
    const c = consolidateSheet(rows, { sheet: "Chị Lan ĐC" });
    expect(c.tasks.map((t) => `${t.source.row} ${t.status}`)).toEqual(["3 Đang thực hiện", "4 Hoàn thành", "6 Chưa thực hiện"]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
  });

  it("takes 'Việc phát sinh' as the group of the rows under it and the last-updated line as no task", () => {
    const c = consolidateSheet(rows, { sheet: "Chị Lan ĐC" });
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4, 6]);
  });

  it("leaves the summary sheet of counts by official unread", () => {
    const summary: GridCell[][] = [
      ["Bộ phận", "Số nhiệm vụ", "Hoàn thành", "Tỷ lệ"],
      ["VH - Chị Thu", 4, 2, 0.5],
      ["ĐC-XD - A. Dũng", 3, 1, 0.3333],
    ];
    const c = consolidateSheet(summary, { sheet: "Tổng hợp" });
    expect(c.readings).toEqual([]);
    expect(c.tasks).toEqual([]);
    expect(c.problems.find((p) => p.code === "SHEET_SKIPPED")?.message).toMatch(/bảng đếm/);
  });

  it("reads '0.9' typed as text beside '85,5%' and '92 %' as 90 %, and says so", () => {
    const figures: GridCell[][] = [
      ["SỐ LIỆU LĨNH VỰC ĐẤT ĐAI - CHỊ LAN"],
      [],
      ["Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Ghi chú"],
      ["Tỷ lệ hồ sơ đất đai giải quyết đúng hạn (TC 1.2)", "85,5%", "92 %", "0.9"],
    ];
    const c = consolidateSheet(figures, { sheet: "Chị Lan ĐC" });
    expect(c.readings.map((r) => `${r.period} ${r.value}`)).toEqual(["Quý I/2021 85.5", "Quý II/2021 92", "Quý III/2021 90"]);
    expect(c.readings[2].note).toMatch(/"0\.9".*90%/);
  });
});

describe("headings typed in Unicode over rows typed in the old TCVN3 font (.VnTime)", () => {
  const rows: GridCell[][] = [
    ["NHIỆM VỤ CCHC BỔ SUNG QUÝ IV/2021"],
    ["TT", "Nội dung nhiệm vụ", "Người chủ trì", "Hạn", "Tình trạng"],
    [1, "ChuÈn bÞ hå s¬ kiÓm tra CCHC cña huyÖn", "V¨n phßng - Thèng kª", "20/11/2021", "Hoµn thµnh"],
    [2, "Kh¾c phôc h¹n chÕ sau kiÓm tra CCHC", "Chñ tÞch UBND x·", "15/12/2021", "§ang thùc hiÖn"],
    [3, "Tæng kÕt c«ng t¸c CCHC n¨m 2021", "V¨n phßng - Thèng kª", "31/12/2021", "Ch\u00ada thùc hiÖn"],
    [4, "TæNG KÕT C«NG T¸C CCHC N¨M 2021 (B¶N TR×NH HUYÖN)", "V¨n phßng - Thèng kª", "31/12/2021", "Ch\u00ada thùc hiÖn"],
    ["H¹N HOµN THµNH CHUNG: 31/12/2021"],
  ];

  it("reads the rows as the Vietnamese they mean and says the sheet was decoded", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => `${t.content} | ${t.status}`)).toEqual([
      "Chuẩn bị hồ sơ kiểm tra CCHC của huyện | Hoàn thành",
      "Khắc phục hạn chế sau kiểm tra CCHC | Đang thực hiện",
      "Tổng kết công tác CCHC năm 2021 | Chưa thực hiện",
      "TỔNG KẾT CÔNG TÁC CCHC NĂM 2021 (BẢN TRÌNH HUYỆN) | Chưa thực hiện",
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual([
      "Công chức Văn phòng-Thống kê",
      "Chủ tịch Ủy ban nhân dân xã",
      "Công chức Văn phòng-Thống kê",
      "Công chức Văn phòng-Thống kê",
    ]);
    expect(c.problems.some((p) => p.code === "LEGACY_ENCODING")).toBe(true);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
  });

  it("writes a line typed in the capitals font (.VnTimeH) in capitals", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks[3].content).toBe("TỔNG KẾT CÔNG TÁC CCHC NĂM 2021 (BẢN TRÌNH HUYỆN)");
  });
});

describe("a chart of months with a plan row and an actual row under each task", () => {
  const months = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"];
  const at = (marks: number[]): GridCell[] => months.map((_, i) => (marks.includes(i + 1) ? "x" : null));
  const rows: GridCell[][] = [
    ["THEO DÕI KẾ HOẠCH - THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021"],
    ["TT", "Nhiệm vụ", "Chủ trì", "KH/TH", ...months, "Ghi chú"],
    [1, "Xây dựng Kế hoạch CCHC năm 2021", "Văn phòng - Thống kê", "KH", ...at([1])],
    [null, null, null, "TH", ...at([1])],
    [2, "Tuyên truyền về CCHC trên Đài truyền thanh xã", "Văn hóa - Xã hội", "KH", ...at([3, 6, 9, 12])],
    [null, null, null, "TH", ...at([3, 6, 9])],
    [3, "Cập nhật, công khai TTHC trên Cổng dịch vụ công", "Bộ phận Một cửa", "KH", ...at([4]), "Chậm do dịch"],
    [null, null, null, "TH", ...at([6])],
    [4, "Tổ chức lấy phiếu khảo sát SIPAS (chỉ tiêu 2.2)", "Văn phòng - Thống kê", "KH", ...at([5])],
    [null, null, null, "TH"],
  ];

  it("reads the actual row's marks: done at the end of the last month marked, or under way with fewer marks", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => `${t.source.row} ${t.due} ${t.status} ${t.doneDate}`)).toEqual([
      "3 2021-01-31 Hoàn thành 2021-01-31",
      "5 2021-12-31 Đang thực hiện null",
      "7 2021-04-30 Hoàn thành 2021-06-30",
      "9 2021-05-31 Chưa thực hiện null",
    ]);
    expect(c.tasks[2].note).toMatch(/đánh dấu T6: hoàn thành/);
  });

  it("reads '(chỉ tiêu 2.2)' in the task's words as its criterion", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks[3].code).toBe("2.2");
  });
});

describe("months as 'KH | TH' pairs with the day done typed under TH and the sheet's own 'Tiến độ (%)'", () => {
  const pairs = (cells: Record<number, [GridCell, GridCell]>): GridCell[] => [1, 2, 3, 4, 5, 6].flatMap((m) => cells[m] ?? [null, null]);
  const rows: GridCell[][] = [
    ["KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021"],
    ["TT", "Tên nhiệm vụ", "Bộ phận chủ trì", "T1", null, "T2", null, "T3", null, "T4", null, "T5", null, "T6", null, "Tiến độ (%)"],
    [null, null, null, "KH", "TH", "KH", "TH", "KH", "TH", "KH", "TH", "KH", "TH", "KH", "TH"],
    [1, "Cập nhật bộ TTHC mới công bố", "Tư pháp - Hộ tịch", ...pairs({ 2: ["x", "25/2"] }), 100],
    [2, "Trả kết quả qua dịch vụ bưu chính công ích", "Bộ phận Một cửa", ...pairs({ 6: ["x", null] }), 40],
    [3, "Tập huấn kỹ năng CNTT cho CBCC", "Văn phòng - Thống kê", ...pairs({ 5: ["x", null] }), 0],
  ];

  it("takes the typed day as the day done and the sheet's share for the state", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => `${t.due} ${t.status} ${t.progress} ${t.doneDate}`)).toEqual([
      "2021-02-28 Hoàn thành 100 2021-02-25",
      "2021-06-30 Đang thực hiện 40 null",
      "2021-05-31 Chưa thực hiện 0 null",
    ]);
  });
});

describe("a list of the commune's offices kept for a dropdown", () => {
  it("is no list of tasks", () => {
    const c = consolidateSheet(
      [["DANH MỤC BỘ PHẬN"], ["TT", "Bộ phận"], [1, "Văn phòng HĐND-UBND"], [2, "Bộ phận Một cửa"], [3, "Tư pháp - Hộ tịch"]],
      { sheet: "DM" },
    );
    expect(c.tasks).toEqual([]);
  });
});

describe("a self-assessment whose measured rates are written in its evidence column", () => {
  const rows: GridCell[][] = [
    ["BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm tự chấm", "Tài liệu kiểm chứng", "Ghi chú"],
    ["1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 14, 12.5],
    ["1.1.1", "Ban hành kế hoạch CCHC năm kịp thời", 1, 1, "KH số 05/KH-UBND ngày 20/01/2021"],
    [
      "1.1.2",
      "Mức độ hoàn thành kế hoạch CCHC",
      2,
      2,
      "Báo cáo số 80/BC-UBND ngày 20/10/2021; Tỷ lệ hoàn thành kế hoạch: 100% (24/24 nhiệm vụ)",
    ],
    ["2.2", "Giải quyết hồ sơ TTHC đúng hạn", 6, 5, "Sổ theo dõi hồ sơ; Tỷ lệ hồ sơ giải quyết đúng hạn: 96,5%", "Còn 14 hồ sơ trễ hạn"],
    ["2.3", "Tiếp nhận hồ sơ trực tuyến", 4, 2.5, "Trích xuất Cổng DVC: 412/1.250 hồ sơ tiếp nhận trực tuyến, đạt 33%"],
    [null, "TỔNG CỘNG", 24, 21],
  ];

  it("reads each rate with its counts, never the points nor a document's number", () => {
    const c = consolidateSheet(rows);
    const got = c.readings.map((r) => `${r.source.row} ${r.numerator}/${r.denominator} ${r.value?.toFixed(1)}`);
    expect(got).toEqual(["5 24/24 100.0", "6 null/null 96.5", "7 412/1250 33.0"]);
    expect(c.tasks).toEqual([]);
  });

  it("reads criteria named without codes, in words typed without marks, each as its own reading", () => {
    const plain: GridCell[][] = [
      ["TU DANH GIA KET QUA THUC HIEN CCHC 6 THANG DAU NAM 2021"],
      ["TT", "Linh vuc/Tieu chi", "Diem toi da", "Diem tu cham", "Tai lieu kiem chung"],
      ["I.", "Chi dao dieu hanh"],
      [null, "Ke hoach CCHC", 2, 2, "KH 04/KH-UBND ngay 15/01/2021"],
      ["II.", "Cai cach TTHC"],
      [null, "Giai quyet ho so dung han", 3, 2.5, "So theo doi: 310/325 ho so dung han, ty le 95,4%"],
      [null, "Tiep nhan truc tuyen", 2, 1, "Ty le ho so truc tuyen: 12.5%"],
      [null, "Cong", 7, 5.5],
    ];
    const c = consolidateSheet(plain);
    const got = c.readings.map((r) => `${r.source.row} ${r.period} ${r.numerator}/${r.denominator} ${r.value?.toFixed(1)}`);
    expect(got.sort()).toEqual(["6 6 tháng đầu năm 2021 310/325 95.4", "7 6 tháng đầu năm 2021 null/null 12.5"]);
  });
});

describe("a column per hamlet, marked where the task is done there", () => {
  const rows: GridCell[][] = [
    ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN CCHC TẠI CÁC THÔN NĂM 2021"],
    ["(Đánh dấu x vào thôn đã hoàn thành; dấu - : thôn không phải thực hiện)"],
    ["STT", "Nội dung", "Người phụ trách", "Thời hạn", "Các thôn", null, null, null, "Ghi chú"],
    [null, null, null, null, "Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4"],
    [1, "Niêm yết bộ TTHC tại nhà văn hóa các thôn", "Công chức VP-TK", "30/04/2021", "x", "x", "x", "x"],
    [2, "Lắp hộp thư góp ý tại nhà văn hóa thôn", "Các trưởng thôn", "30/06/2021", "x", "x", null, "x", "Thôn 3 chưa có NVH"],
    [3, "Tổ chức phát phiếu khảo sát SIPAS tại thôn", "Công chức VH-XH", "30/09/2021", "x", "-", "x", "x"],
    [4, "Rà soát hộ chưa có tài khoản dịch vụ công", "Các trưởng thôn", "15/11/2021", "x", "-", "chưa", "K/AD"],
    [null, "Số thôn đã hoàn thành", null, null, 4, 2, 2, 3],
    [],
    [null, "NGƯỜI LẬP BIỂU", null, null, "CHỦ TỊCH UBND XÃ"],
  ];
  const merges = [{ top: 3, left: 5, bottom: 3, right: 8 }];

  it("is done where every hamlet that has to do it is, '-' and 'K/AD' left out, 'chưa' not done", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.tasks.map((t) => `${t.source.row} ${t.status}`)).toEqual([
      "5 Hoàn thành",
      "6 Đang thực hiện",
      "7 Hoàn thành",
      "8 Đang thực hiện",
    ]);
    expect(c.tasks[3].note).toMatch(/1\/2 đã thực hiện \(chưa: Thôn 3\); không phải thực hiện: Thôn 2, Thôn 4/);
  });
});

describe("quarters across under a merged 'Kết quả thực hiện', groups lettered in words", () => {
  const rows: GridCell[][] = [
    ["THEO DÕI CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    ["Mã", "Chỉ tiêu", "Kế hoạch năm", "Kết quả thực hiện", null, null, null, "Đánh giá"],
    [null, null, null, "Quý I", "Quý II", "6 tháng", "Quý III"],
    ["A", "Chỉ tiêu tỷ lệ (%)"],
    ["1.1", "Tỷ lệ hồ sơ nộp trực tuyến", "50%", 31.3, 42.4, 37.4, 55.9, "Đạt"],
    ["1.3", "Tỷ lệ hồ sơ được số hóa", "100%", "85%", "92%", "89%", "97%", "Chưa đạt"],
    [null, "Mức độ hài lòng (SIPAS)", "≥ 85%", "-", "-", "86,5%", "-", "Đạt"],
    ["I", "Chỉ số 2 - Sự hài lòng của người dân"],
    ["2.1", "Mức độ hài lòng về tiếp cận dịch vụ", "≥ 90%", "-", "88,6", "-", "91.2"],
  ];
  const merges = [{ top: 2, left: 4, bottom: 2, right: 7 }];

  it("reads every quarter and the half's own figures; the satisfaction row is no part of 1.3; its half-year figure is the half's, never the quarter's", () => {
    const c = consolidateSheet(rows, { merges });
    const got = c.readings.map((r) => `${r.source.row} ${r.code ?? "-"} ${r.period} ${r.value}`);
    expect(got.sort()).toEqual(
      [
        "5 1.1 Quý I/2021 31.3",
        "5 1.1 Quý II/2021 42.4",
        "5 1.1 Quý III/2021 55.9",
        "5 1.1 6 tháng đầu năm 2021 37.4",
        "6 1.3 Quý I/2021 85",
        "6 1.3 Quý II/2021 92",
        "6 1.3 Quý III/2021 97",
        "6 1.3 6 tháng đầu năm 2021 89",
        "7 - 6 tháng đầu năm 2021 86.5",
        "9 2.1 Quý II/2021 88.6",
        "9 2.1 Quý III/2021 91.2",
      ].sort(),
    );
  });
});

describe("a rate said in a sentence beside its target or its change", () => {
  const rows: GridCell[][] = [
    ["BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020"],
    ["(Kèm theo Báo cáo số 08/BC-UBND ngày 11/01/2021 của UBND xã)"],
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Tài liệu kiểm chứng"],
    ["2.3", "Tiếp nhận hồ sơ trực tuyến", 4, 2.5, "Đạt 32,5% (65/200 hồ sơ), chỉ tiêu 50%"],
    ["2.4", "Số hóa kết quả", 4, 2.5, "22,4% (tăng 7,2% so với quý II)"],
  ];

  it("is the rate reached, of the year assessed, never the target, the change or the report's day", () => {
    const c = consolidateSheet(rows);
    const got = c.readings.map((r) => `${r.source.row} ${r.period} ${r.numerator}/${r.denominator} ${r.value}`);
    expect(got).toEqual(["4 Năm 2020 65/200 32.5", "5 Năm 2020 null/null 22.4"]);
  });
});

describe("a register of the chairman's directions, deadlines counted from the meeting or the notice", () => {
  it("counts 'trong 10 ngày kể từ ngày giao' from the row's 'Ngày giao'", () => {
    const c = consolidateSheet([
      ["BẢNG THEO DÕI Ý KIẾN CHỈ ĐẠO CỦA CHỦ TỊCH UBND XÃ QUÝ III NĂM 2021"],
      ["STT", "Người được giao", "Ngày giao", "Nội dung chỉ đạo", "Hạn hoàn thành", "Kết quả thực hiện"],
      [
        1,
        "VP-TK",
        "02/8/2021",
        "Báo cáo việc giải quyết đơn thư, hồ sơ đất đai quá hạn",
        "trong 10 ngày kể từ ngày giao",
        "Đang thực hiện",
      ],
    ]);
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-08-12"]);
    expect(c.tasks[0].note).toMatch(/tính từ 02\/08\/2021 \(cột "Ngày giao"\) cộng 10 ngày/);
  });

  it("counts 'kể từ ngày ký TB' from the notice's own column, 'kể từ ngày họp' from the meeting's", () => {
    const c = consolidateSheet(
      [
        ["SỔ THEO DÕI THỰC HIỆN KẾT LUẬN CỦA CHỦ TỊCH UBND XÃ TẠI CÁC CUỘC HỌP NĂM 2021"],
        ["STT", "Cuộc họp", null, "Nội dung kết luận", "Người thực hiện", "Thời hạn", "Tình trạng"],
        [null, "Ngày họp", "Ngày ký TB"],
        [1, "15.03.2021", "17.03.2021", "Lập danh sách hồ sơ TTHC cần số hóa", "VP-TK", "trong 10 ngày kể từ ngày ký TB", "Hoàn thành"],
        [
          2,
          "09.08.2021",
          "10.08.2021",
          "Báo cáo tiến độ khắc phục tồn tại sau kiểm tra",
          "VP-TK",
          "trong 7 ngày kể từ ngày họp",
          "Đang thực hiện",
        ],
      ],
      { merges: [{ top: 2, left: 2, bottom: 2, right: 3 }] },
    );
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-03-27", "2021-08-16"]);
  });

  it("counts 'kể từ ngày họp' from the day of the notice's line above the directions", () => {
    const c = consolidateSheet([
      ["THEO DÕI THỰC HIỆN Ý KIẾN CHỈ ĐẠO CỦA CHỦ TỊCH UBND XÃ - QUÝ I/2021"],
      ["STT", "Nội dung ý kiến chỉ đạo", "Người thực hiện", "Thời hạn", "Kết quả thực hiện"],
      ["Thông báo số 35/TB-UBND ngày 08/02/2021 kết luận giao ban tháng 02/2021"],
      [
        1,
        "Tổ chức khảo sát sự hài lòng của người dân tại Bộ phận một cửa",
        "Công chức VH-XH",
        "trong 10 ngày kể từ ngày họp",
        "Chưa thực hiện",
      ],
    ]);
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-02-18"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("a chart across two years with 'Dự kiến' and 'Thực tế' rows", () => {
  const rows: GridCell[][] = [
    ["KẾ HOẠCH TRIỂN KHAI CÁC GIẢI PHÁP NÂNG CAO CHỈ SỐ HÀI LÒNG GIAI ĐOẠN T10/2021 - T3/2022"],
    ["STT", "Giải pháp", "Đơn vị chủ trì", "Dự kiến/ Thực tế", "T10/2021", "T11", "T12", "T1/2022", "T2", "T3", "Tình trạng"],
    ["1", "Sắp xếp lại không gian Bộ phận một cửa, bổ sung ghế ngồi", "Văn phòng", "Dự kiến", "■", "■"],
    [null, null, null, "Thực tế", "■", "■", null, null, null, null, "Hoàn thành"],
    ["2", "Tổ chức tập huấn kỹ năng giao tiếp cho công chức", "Nội vụ", "Dự kiến", null, null, null, null, "■", "■"],
    [null, null, null, "Thực tế"],
    ["3", "Công khai kết quả đánh giá, xếp loại công chức hằng tháng", "Văn phòng", "Dự kiến", "■", "■", "■"],
    [null, null, null, "Thực tế", "■", "■", "xong 10/12"],
  ];

  it("dates the months after T1/2022 in 2022 and reads the state written on the actual row", () => {
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => `${t.source.row} ${t.due} ${t.status} ${t.doneDate}`)).toEqual([
      "3 2021-11-30 Hoàn thành 2021-11-30",
      "5 2022-03-31 Chưa thực hiện null",
      "7 2021-12-31 Hoàn thành 2021-12-10",
    ]);
  });
});

describe("days typed into a chart's plan and actual rows", () => {
  const months = (cells: Record<number, GridCell>): GridCell[] => Array.from({ length: 12 }, (_, i) => cells[i + 1] ?? null);
  const rows: GridCell[][] = [
    ["LỊCH TRÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    ["STT", "Nhiệm vụ", "Phân công", "KH/TH", "Tháng", ...Array(11).fill(null), "Đánh giá"],
    [null, null, null, null, ...months(Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => [m, m])))],
    [1, "Xây dựng, ban hành Kế hoạch CCHC năm 2021", "Nội vụ", "Kế hoạch", ...months({ 1: "25/1" })],
    [null, null, null, "Thực hiện", ...months({ 1: "22/1" })],
    [2, "Tự kiểm tra việc giải quyết TTHC tại Bộ phận một cửa", "PCT UBND xã", "Kế hoạch", ...months({ 5: "x", 6: "30/6" })],
    [null, null, null, "Thực hiện", ...months({ 5: "x", 7: "ngày 8" })],
    [3, "Báo cáo kết quả CCHC quý III/2021", "Văn phòng", "Kế hoạch", ...months({ 9: "15/9" }), "Chưa báo cáo"],
    [null, null, null, "Thực hiện"],
  ];
  const merges = [{ top: 2, left: 5, bottom: 2, right: 16 }, ...[1, 2, 3, 4, 17].map((c) => ({ top: 2, left: c, bottom: 3, right: c }))];

  it("takes the plan row's day as the deadline and the actual row's day, 'ngày 8' too, as the day done", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.tasks.map((t) => `${t.source.row} ${t.due} ${t.status} ${t.doneDate}`)).toEqual([
      "4 2021-01-25 Hoàn thành 2021-01-22",
      "6 2021-06-30 Hoàn thành 2021-07-08",
      "8 2021-09-15 Chưa thực hiện null",
    ]);
  });
});

describe("survey answers by hamlet with the commune's total under them", () => {
  it("reads the commune's total, never a hamlet's row", () => {
    const c = consolidateSheet([
      ["XÃ LONG HÒA - TỔNG HỢP PHIẾU KHẢO SÁT SỰ HÀI LÒNG THEO ẤP"],
      ["Tháng 6/2021"],
      [],
      ["Ấp", "Số phiếu phát ra", "Số phiếu thu về", "Hài lòng", "Không hài lòng", "Tỷ lệ hài lòng"],
      ["Ấp 1", 30, 28, 25, 3, 0.8929],
      ["Ấp 2", 30, 30, 27, 3, 0.9],
      ["Ấp 3", 25, 24, 20, 4, 0.8333],
      ["Ấp Phú Thạnh", 20, 20, 19, 1, 0.95],
      ["Tổng", 105, 102, 91, 11],
    ]);
    expect(c.readings.map((r) => `${r.source.row} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual(["9 Tháng 6/2021 91/102"]);
  });
});

describe("months with their quarters' sums between them", () => {
  // A total naming its period is that period's reading (contract decision, sets 195-207): the summary never adds a
  // period to one it holds, and a reviewer reads the quarter's rate there.
  it("reads each month, and each sum as its quarter's reading", () => {
    const c = consolidateSheet([
      ["SỔ THEO DÕI TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021"],
      ["Tháng", "Tiếp nhận", "Trực tuyến", "Tỷ lệ trực tuyến (%)"],
      ["Tháng 1", 52, 6, 11.5],
      ["Tháng 2", 38, 5, 13.2],
      ["Tháng 3", 61, 9, 14.8],
      ["Cộng quý I", 151, 20, 13.2],
      ["Tháng 4", 55, 8, 14.5],
    ]);
    expect(c.readings.map((r) => `${r.source.row} ${r.period}`)).toEqual([
      "3 Tháng 1/2021",
      "4 Tháng 2/2021",
      "5 Tháng 3/2021",
      "6 Quý I/2021",
      "7 Tháng 4/2021",
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED")).toEqual([]);
  });
});

describe("'Đang tổng hợp' in a progress column", () => {
  it("is work under way, never a bad number", () => {
    const c = consolidateSheet([
      ["CÁC VIỆC UBND XÃ PHẢI LÀM ĐỂ NÂNG CHỈ SỐ HÀI LÒNG"],
      ["Việc", "Ai làm", "Hạn", "Tiến độ"],
      ["In và chuyển phiếu khảo sát cho các ấp", "Văn phòng UBND xã", "05/06/2021", "Xong"],
      ["Tổng hợp phiếu, báo cáo huyện", "Công chức VH-XH", "15/12/2021", "Đang tổng hợp"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện"]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
  });
});

describe("a survey's satisfied count beside its total, no rate written", () => {
  it("reads each criterion's rate from 'Hài lòng' over 'Tổng số phiếu khảo sát'", () => {
    const c = consolidateSheet([
      ["KHẢO SÁT SIPAS QUÝ II NĂM 2021"],
      ["Đơn vị: phiếu"],
      ["STT", "Nội dung tiêu chí", "Hài lòng", "Tổng số phiếu khảo sát"],
      [1, "Tiêu chí 2.1 - Tiếp cận dịch vụ", 88, 104],
      [2, "Tiêu chí 2.2 - Thủ tục hành chính", 84, 104],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "2.1 Quý II/2021 88/104",
      "2.2 Quý II/2021 84/104",
    ]);
  });
});

describe("a chart of coloured cells under months written 'Thg 4', as Google Sheets shortens them", () => {
  it("reads each bar's last month as the deadline", () => {
    const rows: GridCell[][] = [
      ["BIỂU ĐỒ TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021"],
      ["TT", "Nội dung", "Chủ trì", "Thg 4", "Thg 5", "Thg 6", "Thg 7", "Ghi chú"],
      [1, "Thực hiện liên thông TTHC đăng ký khai sinh, thường trú", "Tư pháp - HT"],
      [2, "Nâng cấp đường truyền internet tại Bộ phận một cửa", "Văn phòng"],
    ];
    // Row 3 painted April to June, row 4 May only.
    const fills = { "3:4": "FF5B9BD5", "3:5": "FF5B9BD5", "3:6": "FF5B9BD5", "4:5": "FF92D050" };
    const c = consolidateSheet(rows, { fills });
    expect(c.tasks.map((t) => `${t.source.row} ${t.due}`)).toEqual(["3 2021-06-30", "4 2021-05-31"]);
  });
});
