import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// The classes this stop's blind sets (92, 95-98) found.
const one = consolidateSheet;

describe("the desk's monthly counts under two named bands, the on-time rate after them", () => {
  // "Số hồ sơ tiếp nhận" over "Tổng số | Trực tuyến | Trực tiếp", "Số hồ sơ đã giải quyết" over "Tổng số | Trước hạn |
  // Đúng hạn | Quá hạn", then "Đang giải quyết" and "Tỷ lệ giải quyết đúng hạn (%)" merged down over both header rows.
  const rows: GridCell[][] = [
    ["SỔ THEO DÕI SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021"],
    [],
    [
      "Tháng",
      "Số hồ sơ tiếp nhận",
      null,
      null,
      "Số hồ sơ đã giải quyết",
      null,
      null,
      null,
      "Đang giải quyết",
      "Tỷ lệ giải quyết đúng hạn (%)",
      "Ghi chú",
    ],
    [null, "Tổng số", "Trực tuyến", "Trực tiếp", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn"],
    ["Tháng 01", 96, 18, 78, 94, 12, 81, 1, 2, 98.94],
    ["Tháng 02", 72, 11, 61, 73, 8, 65, 0, 1, 100, "Nghỉ Tết"],
    ["Tháng 10", 112, 41, 71, 108, 20, 86, 2, 16, 98.15, "02 hồ sơ trễ hạn đã có thư xin lỗi"],
  ];
  const merges = [
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 3, right: 4 },
    { top: 3, left: 5, bottom: 3, right: 8 },
    { top: 3, left: 9, bottom: 4, right: 9 },
    { top: 3, left: 10, bottom: 4, right: 10 },
    { top: 3, left: 11, bottom: 4, right: 11 },
  ];
  const read = () => one(rows, { merges });
  const at = (row: number) =>
    read()
      .readings.filter((r) => r.source.row === row)
      .map((r) => [r.code, r.numerator, r.denominator, Math.round((r.value ?? 0) * 100) / 100])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it("checks the written on-time rate against the resolved band only, never against the online share", () => {
    expect(read().problems.filter((p) => p.code === "RATE_MISMATCH")).toEqual([]);
  });

  it("reads the online share as 1.1 and the on-time rate as 1.2 on each month's row", () => {
    expect(at(5)).toEqual([
      ["1.1", 18, 96, 18.75],
      ["1.2", 93, 94, 98.94],
    ]);
  });

  it("takes no criterion from a month's remark ('02 hồ sơ trễ hạn …' is no on-time rate)", () => {
    expect(at(7)).toEqual([
      ["1.1", 41, 112, 36.61],
      ["1.2", 106, 108, 98.15],
    ]);
  });
});

describe("days typed without a year in a deadline column", () => {
  // One "12/20/2021" typed month first among "30/10", "20/12" (which only read day first).
  const rows: GridCell[][] = [
    ["Việc", "Hạn", "Đã xong"],
    ["Rà soát TTHC lĩnh vực hộ tịch", "30/10", "x"],
    ["Niêm yết quy trình liên thông khai sinh", "12/20/2021", null],
    ["Báo cáo công tác tư pháp năm 2021", "10/12", null],
    ["Kiểm tra sổ hộ tịch thôn Nà Pàn", "20/12", null],
  ];

  it("reads the column day first, as the days with no year show, and the one month-first day as the only day it can be", () => {
    expect(one(rows).tasks.map((t) => t.due)).toEqual(["2021-10-30", "2021-12-20", "2021-12-10", "2021-12-20"]);
  });

  it("names no such day as unreadable", () => {
    expect(one(rows).problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("a report form's state marks under 'Kết quả thực hiện'", () => {
  // The district's form: "Đã hoàn thành | Đang thực hiện | Chưa thực hiện" under one heading, a row of column
  // numbers, section rows, an x in one of the three, then the totals under the same columns.
  const rows: GridCell[][] = [
    ["UBND XÃ TÂN THANH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [null, null, null, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND QUÝ IV NĂM 2021"],
    ["(Kèm theo Báo cáo số 215/BC-UBND ngày 14/12/2021 của UBND xã Tân Thanh)"],
    [],
    ["TT", "Nội dung nhiệm vụ", "Cơ quan, đơn vị chủ trì", "Thời gian hoàn thành", "Kết quả thực hiện", null, null, "Ghi chú"],
    [null, null, null, null, "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
    ["I", "KHẮC PHỤC CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN CÒN HẠN CHẾ"],
    ["1.1", "Tuyên truyền DVC trực tuyến trên hệ thống loa truyền thanh", "CC VH-XH", "Năm 2021", null, "x", null, "Tại 7/8 thôn"],
    ["1.2", "Giải quyết hồ sơ TTHC đúng hạn, xin lỗi khi trễ hẹn", "CC VP-TK", "Thường xuyên", null, "x", null, "Q4: 99,2%"],
    ["1.3", "Cử CBCC chưa đạt chuẩn đi bồi dưỡng chức danh", "CC VP-TK", "Năm 2021", null, null, "x", "Huyện chưa mở lớp"],
    ["1.5", "Triển khai ký số, gửi văn bản đi hoàn toàn dạng điện tử", "CC VP-TK", "30/11/2021", "x"],
    ["1.7", "Thực hiện các chỉ tiêu KT-XH theo NQ 42/NQ-HĐND", "CT UBND xã", "31/12/2021", "x", "x"],
    ["II", "NÂNG CAO CHỈ SỐ HÀI LÒNG (SIPAS)"],
    ["2.2", "Niêm yết công khai đầy đủ TTHC, cập nhật TTHC mới", "BP TN&TKQ", "15/12/2021", "x"],
    ["2.5", "Công khai đường dây nóng của lãnh đạo UBND xã", "CC VP-TK", "31/10/2021", "x"],
    [null, "Tổng cộng", null, null, 4, 3, 1],
  ];
  const merges = [
    { top: 1, left: 1, bottom: 1, right: 3 },
    { top: 1, left: 4, bottom: 1, right: 8 },
    { top: 2, left: 4, bottom: 2, right: 8 },
    { top: 4, left: 1, bottom: 4, right: 8 },
    { top: 5, left: 1, bottom: 5, right: 8 },
    { top: 7, left: 5, bottom: 7, right: 7 },
    ...[1, 2, 3, 4, 8].map((c) => ({ top: 7, left: c, bottom: 8, right: c })),
    { top: 10, left: 2, bottom: 10, right: 8 },
    { top: 16, left: 2, bottom: 16, right: 8 },
  ];

  it("reads each task's state from the column its x is in", () => {
    expect(one(rows, { merges }).tasks.map((t) => t.status)).toEqual([
      "Đang thực hiện",
      "Đang thực hiện",
      "Chưa thực hiện",
      "Hoàn thành",
      "Hoàn thành",
      "Hoàn thành",
      "Hoàn thành",
    ]);
  });

  it("names an x in two state columns", () => {
    const named = one(rows, { merges }).problems.filter((p) => p.code === "STATUS_CONTRADICTION" && p.row === 15);
    expect(named.length).toBe(1);
  });
});

describe("a register of directives", () => {
  it("takes 'Ngày BC' beside 'Đã BC' (x) for the day done, and 'Đã BC' for the state", () => {
    const rows: GridCell[][] = [
      ["Ngày nhận", "Số, KH văn bản", "Trích yếu", "Yêu cầu xã thực hiện", "Hạn BC", "Đã BC", "Ngày BC", "Ghi chú"],
      ["04/10/2021", "1822/UBND-VP", "V/v báo cáo TTHC quý III", "Báo cáo số liệu hồ sơ TTHC quý III", "08/10/2021", "x", "07/10/2021"],
      [
        "22/11/2021",
        "2110/UBND-VP",
        "V/v số liệu SIPAS",
        "Lập danh sách người dân đã giao dịch phục vụ khảo sát SIPAS",
        "03/12/2021",
        null,
        null,
        "Đang tổng hợp",
      ],
    ];
    expect(one(rows).tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-10-07"],
      ["Đang thực hiện", null],
    ]);
  });

  it("never takes the incoming document's day for the day done ('CV 95/PTP ngày 01/10/2021' before the work)", () => {
    const rows: GridCell[][] = [
      ["STT", "Văn bản", "Trích yếu", "Việc phải làm", "Hạn", "Ghi chú"],
      [
        1,
        "CV 125/PTP ngày 02/12/2021 của Phòng Tư pháp",
        "V/v báo cáo công tác tư pháp năm 2021",
        "Báo cáo công tác tư pháp năm 2021",
        "15/12/2021",
      ],
    ];
    const t = one(rows).tasks[0];
    expect([t.status, t.doneDate]).toEqual(["Chưa thực hiện", null]);
  });

  it("takes the answer's document after the work ('VB trả lời (số, ngày)') for the evidence and, its state left blank, the day done", () => {
    const rows: GridCell[][] = [
      ["Mã TC", "Nội dung công việc", "Hạn xử lý", "Người xử lý", "Văn bản đến (số, ngày)", "VB trả lời (số, ngày)", "Tình trạng"],
      [
        "1.2",
        "Báo cáo kết quả đánh giá chất lượng giải quyết TTHC năm 2021",
        "10/12/2021",
        "BP Một cửa",
        "2230/UBND-KSTT ngày 01/12/2021",
        "171/BC-UBND ngày 09/12/2021",
        null,
      ],
      ["2.2", "Niêm yết công khai TTHC mới công bố", "25/12/2021", "BP Một cửa", "2190/UBND-VP ngày 06/12/2021", null, "Chưa thực hiện"],
    ];
    const [done, todo] = one(rows).tasks;
    expect([done.status, done.doneDate, done.evidence]).toEqual(["Hoàn thành", "2021-12-09", "171/BC-UBND ngày 09/12/2021"]);
    expect([todo.status, todo.evidence]).toEqual(["Chưa thực hiện", ""]);
  });

  it("reads the leader's instruction as the work, not the document's summary ('Trích yếu')", () => {
    const rows: GridCell[][] = [
      [
        "Số TT",
        "Loại (TH/ĐB)",
        "Văn bản",
        "Trích yếu",
        "Ý kiến chỉ đạo của lãnh đạo",
        "Giao cho",
        "Phối hợp",
        "Hạn giải quyết",
        "Tình trạng",
        "Ngày hoàn thành",
        "Ghi chú",
      ],
      [
        1,
        "TH",
        "2088/UBND-NV, 12/11/2021, UBND huyện",
        "V/v kiểm tra kỷ luật, kỷ cương hành chính tại Bộ phận Một cửa",
        "Giao VP-TK tham mưu kiểm tra đột xuất BP Một cửa, báo cáo kết quả",
        "VP-TK",
        "BP1C",
        "26/11/2021",
        "Đã xử lý",
        "25/11/2021",
      ],
      [
        2,
        "TH",
        "2015/UBND-VX, 29/10/2021, UBND huyện",
        "V/v hưởng ứng Ngày Pháp luật Việt Nam",
        "Giao TP-HT chủ trì, VH-XH phối hợp tổ chức hưởng ứng",
        "TP-HT",
        "VH-XH",
        "09/11/2021",
        "Đã xử lý",
        "09/11/2021",
      ],
      [
        3,
        "TH",
        "2110/UBND-VP, 19/11/2021, UBND huyện",
        "V/v chuẩn bị số liệu khảo sát SIPAS năm 2021",
        "BP1C lập danh sách người dân giao dịch, VP-TK tổng hợp gửi huyện",
        "BP1C",
        "VP-TK",
        "03/12/2021",
        "Đang xử lý",
      ],
      [4, "ĐB", "2710/UBND-KGVX, 18/10/2021, UBND tỉnh", "V/v tăng cường phòng chống dịch Covid-19", "Chuyển các đ/c nghiên cứu", "Các CC"],
      [5, "ĐB", "320/TB-UBND, 13/12/2021, UBND huyện", "Thông báo kết luận hội nghị giao ban tháng 11/2021", "Lưu, để biết"],
    ];
    expect(one(rows).tasks.map((t) => t.content.slice(0, 20))).toEqual([
      "Giao VP-TK tham mưu ",
      "Giao TP-HT chủ trì, ",
      "BP1C lập danh sách n",
      "Chuyển các đ/c nghiê",
    ]);
  });

  it("reads no task from a document kept for information ('Lưu, để biết'), and says so", () => {
    const rows: GridCell[][] = [
      ["Số TT", "Văn bản", "Trích yếu", "Ý kiến chỉ đạo", "Giao cho", "Hạn giải quyết", "Tình trạng"],
      [1, "2088/UBND-NV", "V/v kiểm tra kỷ luật hành chính", "Giao VP-TK kiểm tra đột xuất BP Một cửa", "VP-TK", "26/11/2021", "Đã xử lý"],
      [2, "320/TB-UBND", "Thông báo kết luận hội nghị giao ban tháng 11", "Lưu, để biết"],
    ];
    const c = one(rows);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 3)).toBe(true);
  });

  it("reads the tally under the register ('Số đã hoàn thành | 3') as counts, not tasks", () => {
    const rows: GridCell[][] = [
      ["Mã TC", "Nội dung công việc", "Hạn xử lý", "Người xử lý", "Tình trạng"],
      ["1.5", "Gửi, nhận văn bản điện tử", "31/12/2021", "VP-TK", "Hoàn thành"],
      [],
      ["TỔNG HỢP"],
      [null, "Tổng số văn bản phải xử lý", 6],
      [null, "Số đã hoàn thành", 3],
      [null, "Số chưa thực hiện", 1],
    ];
    const c = one(rows);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("rows of a table above the header found", () => {
  it("names rows of figures or days above the header instead of losing them silently", () => {
    const rows: GridCell[][] = [
      ["THEO DÕI HẠN BÁO CÁO NĂM 2021"],
      ["Báo cáo CCHC quý III/2021", "CV 1650/UBND-NV", "Quý III", "20/09/2021", "98/BC-UBND", "18/09/2021"],
      ["Nội dung báo cáo", "Căn cứ", "Kỳ", "Hạn nộp", "Số BC", "Ngày nộp"],
      ["Báo cáo CCHC năm 2021", "CV 1985/UBND-NV", "Năm 2021", "20/12/2021", null, null],
    ];
    const named = one(rows).problems.filter((p) => p.code === "ROW_SKIPPED" && p.row === 2);
    expect(named.length).toBe(1);
  });
});

describe("figures reported upward (set 97)", () => {
  it("makes the on-time rate from 'Trước hạn + Đúng hạn' over all three when no column holds what was resolved", () => {
    const rows: GridCell[][] = [
      ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ LĨNH VỰC HỘ TỊCH, CHỨNG THỰC - QUÝ IV/2021"],
      [],
      ["Kỳ", "Số hồ sơ tiếp nhận", null, null, "Đã giải quyết", null, null, "Tỷ lệ đúng hạn (%)", "Ghi chú"],
      [null, "Trực tuyến", "Trực tiếp, BC", "Tổng", "Trước hạn", "Đúng hạn", "Quá hạn"],
      ["15/9 - 14/10/2021", 12, 41, 53, 30, 20, 1, 98],
      ["15/10 - 14/11/2021", 15, 38, 53, 33, 19, 0, 100],
      ["15/11 - 14/12/2021", 19, 35, 54, 28, 24, 2, 100, "Quá hạn 02 HS do mất điện"],
    ];
    const merges = [
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 3, right: 4 },
      { top: 3, left: 5, bottom: 3, right: 7 },
      { top: 3, left: 8, bottom: 4, right: 8 },
      { top: 3, left: 9, bottom: 4, right: 9 },
    ];
    const c = one(rows, { merges });
    const ontime = c.readings.filter((r) => r.numerator !== null && r.numerator > 40);
    expect(ontime.map((r) => [r.source.row, r.numerator, r.denominator])).toEqual([
      [5, 50, 51],
      [6, 52, 52],
      [7, 52, 54],
    ]);
    // The last month's written 100 is not what its counts give: named.
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => p.row)).toEqual([7]);
  });

  it("reads two rates each over its own counts, months typed as dates shown 'mm/yyyy', each rate's criterion from its band", () => {
    const rows: GridCell[][] = [
      ["THEO DÕI TỶ LỆ HỒ SƠ TTHC GIẢI QUYẾT ĐÚNG HẠN VÀ TIẾP NHẬN TRỰC TUYẾN NĂM 2021"],
      [],
      ["Tháng", "Hồ sơ đã giải quyết", null, null, "Hồ sơ trực tuyến", null, null, "Ghi chú"],
      [null, "Tổng số hồ sơ", "Số hồ sơ đúng hạn", "Tỷ lệ (%)", "Tổng số HS tiếp nhận", "HS nộp trực tuyến", "Tỷ lệ (%)"],
      [{ date: "2021-10-01" as IsoDate }, 96, 95, 98.96, 99, 26, 26.26],
      [{ date: "2021-11-01" as IsoDate }, 107, 106, 99.07, 112, 31, 27.68],
      ["12/2021 (đến 14/12)", 52, 52, 100, 55, 17, 30.91],
    ];
    const merges = [
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 3, right: 4 },
      { top: 3, left: 5, bottom: 3, right: 7 },
      { top: 3, left: 8, bottom: 4, right: 8 },
    ];
    const formats = { "5:1": "mm/yyyy", "6:1": "mm/yyyy" };
    const c = one(rows, { merges, formats });
    const got = c.readings
      .map((r) => [r.code, r.period, r.date, r.numerator, r.denominator])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[2]).localeCompare(String(b[2])));
    expect(got).toEqual([
      ["1.1", "Tháng 10/2021", "2021-10-31", 26, 99],
      ["1.1", "Tháng 11/2021", "2021-11-30", 31, 112],
      ["1.1", "12/2021 (đến 14/12)", "2021-12-14", 17, 55],
      ["1.2", "Tháng 10/2021", "2021-10-31", 95, 96],
      ["1.2", "Tháng 11/2021", "2021-11-30", 106, 107],
      ["1.2", "12/2021 (đến 14/12)", "2021-12-14", 52, 52],
    ]);
  });
});

describe("a border commune's sheets (set 98)", () => {
  it("reads a projects' disbursement table as the projects' work and its 'Cộng' row as the one reading; 'Hạn hoàn thành' dates no figure", () => {
    const rows: GridCell[][] = [
      ["TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 - XÃ TÂN THANH"],
      ["Số liệu tính đến ngày 10/12/2021 (Đơn vị: đồng)"],
      [],
      [
        "TT",
        "Tên công trình",
        "Kế hoạch vốn",
        "Đã giải ngân",
        "Tỷ lệ GN",
        "Tiến độ thi công",
        "Hạn hoàn thành",
        "Cán bộ theo dõi",
        "Ghi chú",
      ],
      [
        1,
        "Đường bê tông thôn Nà Lầu - Pò Pháy",
        "1.850.000.000",
        "1.850.000.000",
        "100%",
        "Hoàn thành",
        "30/09/2021",
        "ĐC-XD (Tường)",
        "Đã quyết toán",
      ],
      [
        2,
        "Nhà văn hóa thôn Bản Vàng",
        "1.200.000.000",
        "780.000.000",
        "65%",
        "Đang thi công, đạt 70% KL",
        "30-11-21",
        "ĐC-XD (Tường)",
        "Chậm tiến độ",
      ],
      [3, "Kênh mương nội đồng Khòn Khuyến", "950.000.000", "320.000.000", "33,7%", "Đang GPMB", "Tháng 12/2021", "ĐC-XD"],
      [
        4,
        "Cải tạo Bộ phận một cửa (biển hiệu, ghế chờ)",
        "180.000.000",
        "180.000.000",
        "100%",
        "Hoàn thành 20/10/2021",
        "31/10/2021",
        "TC-KT (Kiên)",
      ],
      [null, "Cộng", "4.180.000.000", "3.130.000.000", "74,9%"],
    ];
    const c = one(rows);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([["1.4", "2021-12-10", 3130000000, 4180000000]]);
  });

  it("keeps the same work under two hamlets' section rows as two tasks, each with its hamlet", () => {
    const rows: GridCell[][] = [
      ["TT", "Nội dung", "Thời gian", "Kết quả", "Người thực hiện"],
      ["BẢN NÀ LẦU"],
      [1, "Hướng dẫn tạo tài khoản, nộp hồ sơ trên Cổng DVC", "Tháng 10", "Đã xong, 23 hộ", "CC VH-XH"],
      ["BẢN PÒ PHÁY"],
      [1, "Hướng dẫn tạo tài khoản, nộp hồ sơ trên Cổng DVC", "Tháng 11", "Đang làm, mới được 10/35 hộ", "CC VH-XH"],
    ];
    const c = one(rows);
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [3, "Hoàn thành"],
      [5, "Đang thực hiện"],
    ]);
    expect(c.tasks[1].note).toContain("BẢN PÒ PHÁY");
  });
});

describe("the desk's monthly counts with both rates written (set 100)", () => {
  const rows: GridCell[][] = [
    ["BẢNG THEO DÕI TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021"],
    [],
    [
      "STT",
      "Tháng",
      "Số hồ sơ tiếp nhận",
      null,
      null,
      "Số hồ sơ đã giải quyết",
      null,
      null,
      null,
      "Đang giải quyết",
      "Tỷ lệ HS trực tuyến (%)",
      "Tỷ lệ giải quyết đúng hạn (%)",
      "Ghi chú",
    ],
    [null, null, "Trực tuyến", "Trực tiếp, BCCI", "Tổng", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng"],
    [1, "Tháng 9", 22, 73, 95, 27, 65, 1, 93, 4, 23.2, 98.9],
    [2, "Tháng 10", 30, 95, 125, 35, 86, 0, 121, 5, 24, 100],
    [3, "Tháng 11", 34, 88, 122, 38, 80, 1, 119, 3, 27.9, 99.2],
    [null, "Cộng", 86, 256, 342, 100, 231, 2, 333, 12, 25.1, 99.4],
  ];
  const merges = [
    { top: 3, left: 3, bottom: 3, right: 5 },
    { top: 3, left: 6, bottom: 3, right: 9 },
    ...[1, 2, 10, 11, 12, 13].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
  ];

  it("reads both rates into Chỉ số, each over its own band's counts", () => {
    const c = one(rows, { merges });
    const got = c.readings
      .map((r) => [r.code, r.period, r.numerator, r.denominator])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
    expect(got).toEqual([
      ["1.1", "Tháng 10/2021", 30, 125],
      ["1.1", "Tháng 11/2021", 34, 122],
      ["1.1", "Tháng 9/2021", 22, 95],
      ["1.2", "Tháng 10/2021", 121, 121],
      ["1.2", "Tháng 11/2021", 118, 119],
      ["1.2", "Tháng 9/2021", 92, 93],
    ]);
  });
});

describe("a register of the district's directives under merged bands (set 99)", () => {
  it("reads each directive as a task, its answer's number and day under 'VĂN BẢN TRẢ LỜI' the evidence and the day done", () => {
    const rows: GridCell[][] = [
      ["SỔ THEO DÕI VĂN BẢN CHỈ ĐẠO CỦA HUYỆN (CÓ YÊU CẦU BÁO CÁO, THỰC HIỆN)"],
      ["Năm 2021 - Quý IV"],
      [],
      ["STT", "VĂN BẢN ĐẾN", null, null, null, "GIAO XỬ LÝ", null, "VĂN BẢN TRẢ LỜI / BÁO CÁO", null, "Ghi chú"],
      [null, "Số, ký hiệu", "Ngày VB", "Cơ quan ban hành", "Trích yếu nội dung", "Người xử lý", "Hạn báo cáo", "Số, ký hiệu", "Ngày gửi"],
      [
        1,
        "87/PNV",
        "12/10/2021",
        "Phòng Nội vụ",
        "V/v rà soát, thống kê cán bộ, công chức cấp xã chưa đạt chuẩn",
        "VP-TK",
        "25/10/2021",
        "120/BC-UBND",
        "27/10/2021",
        "Gửi trễ 2 ngày",
      ],
      [
        2,
        "95/PNV",
        "02/11/2021",
        "Phòng Nội vụ",
        "V/v tự đánh giá, chấm điểm Chỉ số CCHC năm 2021",
        "VP-TK",
        "15/12/2021",
        null,
        null,
        "Đang tổng hợp",
      ],
    ];
    const merges = [
      { top: 4, left: 2, bottom: 4, right: 5 },
      { top: 4, left: 6, bottom: 4, right: 7 },
      { top: 4, left: 8, bottom: 4, right: 9 },
      ...[1, 10].map((c) => ({ top: 4, left: c, bottom: 5, right: c })),
    ];
    const c = one(rows, { merges });
    expect(c.tasks.map((t) => [t.due, t.status, t.doneDate, t.evidence])).toEqual([
      ["2021-10-25", "Hoàn thành", "2021-10-27", "120/BC-UBND"],
      ["2021-12-15", "Đang thực hiện", null, ""],
    ]);
  });
});

describe("an office's own habits (set 95)", () => {
  it("reads a disbursement sheet whose header is its rows' name and the days ('Chỉ tiêu | 31/07/2021 | …')", () => {
    const rows: GridCell[][] = [
      ["TY LE GIAI NGAN VON DTC 2021 (trieu dong)"],
      ["Chi tieu", ...["2021-09-30", "2021-10-31", "2021-11-30"].map((d) => ({ date: d as IsoDate }))],
      ["KH von giao", 4200, 4200, 4200],
      ["Da giai ngan", 2550, 3010, 3540],
      ["Ty le (%)", 60.7, 71.7, 84.3],
    ];
    const c = one(rows, { sheet: "Giai ngan" });
    expect(c.readings.map((r) => [r.date, r.numerator, r.denominator])).toEqual([
      ["2021-09-30", 2550, 4200],
      ["2021-10-31", 3010, 4200],
      ["2021-11-30", 3540, 4200],
    ]);
  });

  it("leaves the figures under a task list ('Tổng số hồ sơ … | 436', 'Tỷ lệ … | 22,2%') out of the tasks, and names them", () => {
    const rows: GridCell[][] = [
      ["TT", "Việc cần làm", "Thời hạn", "Tiến độ / kết quả", "Ghi chú"],
      [1, "Niêm yết công khai TTHC lĩnh vực hộ tịch", "15/7/2021", "Đã niêm yết xong ngày 12/7/2021"],
      [2, "Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực chứng thực", "Quý IV/2021", "Chưa làm"],
      [],
      [null, "* Số liệu hộ tịch năm 2021 (từ 15/12/2020 đến 14/12/2021):"],
      [null, "Tổng số hồ sơ hộ tịch đã giải quyết", 436],
      [null, "Trong đó đúng hạn và trước hạn", 436],
      [null, "Tỷ lệ hồ sơ trực tuyến", "22,2%"],
    ];
    const c = one(rows);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 6)).toBe(true);
  });

  it("takes '(Vi du: …)' typed without marks for the form's sample row", () => {
    const rows: GridCell[][] = [
      ["Noi dung cong viec", "Ma KH", "Phu trach", "Han", "Tinh trang"],
      ["(Vi du: Lap bao cao quyet toan nam 2020)", "1.4", "TC-KT", "31/12/2021", "dang lam"],
      ["Xay dung du toan NS nam 2022 trinh HDND", null, "TC-KT", "20/12/2021", "chua"],
    ];
    expect(one(rows).tasks.map((t) => t.source.row)).toEqual([3]);
  });
});

describe("a leader's notebook of lines (set 98)", () => {
  const rows: GridCell[][] = [
    ["SỔ TAY THEO DÕI CÔNG VIỆC CCHC - QUÝ IV/2021"],
    [],
    ["THÁNG 10"],
    ["- Chỉ đạo BP một cửa niêm yết công khai số ĐT đường dây nóng của CT, PCT tại trụ sở (TC 2.5). Hạn 15/10. => Đã xong ngày 12/10."],
    ["- Giao VP-TK rà soát CBCC chưa đạt chuẩn (2 CB, 2 CC), hạn 30/11/2021. => Đang làm, đã đăng ký lớp cho 2 đ/c."],
    ["THÁNG 11"],
    [
      "- Đôn đốc nhà thầu thi công NVH thôn Bản Vàng đảm bảo tiến độ giải ngân (TC 1.4), hạn 30/11. => Chưa xong, khối lượng mới đạt khoảng 65%.",
    ],
  ];

  it("reads what follows '=>' as what came of each line, and the deadline closing its words", () => {
    const c = one(rows);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status])).toEqual([
      [4, "2021-10-15", "Hoàn thành"],
      [5, "2021-11-30", "Đang thực hiện"],
      [7, "2021-11-30", "Đang thực hiện"],
    ]);
    expect(c.tasks[0].doneDate).toBe("2021-10-12");
  });

  it("takes a share after the arrow for how far the task is, never for a criterion's reading", () => {
    expect(one(rows).readings).toEqual([]);
  });
});

describe("the one-stop system's periods, 15th to 14th", () => {
  it("dates '15/6-14/7' and 'Quý IV (15/9-14/12)' at their last day, in the sheet's year", () => {
    const rows: GridCell[][] = [
      ["SỐ LIỆU HỒ SƠ TTHC NĂM 2021"],
      ["Kỳ", "Tổng số hồ sơ đã giải quyết", "Giải quyết đúng hạn", "Tỷ lệ đúng hạn (%)"],
      ["15/6-14/7", 49, 48, 97.96],
      ["15/7-14/8", 36, 36, 100],
      ["Quý IV (15/9-14/12)", 160, 158, 98.75],
    ];
    const c = one(rows);
    expect(c.readings.map((r) => [r.period, r.date])).toEqual([
      ["15/6-14/7", "2021-07-14"],
      ["15/7-14/8", "2021-08-14"],
      ["Quý IV (15/9-14/12)", "2021-12-14"],
    ]);
    expect(c.problems.filter((p) => p.code === "READING_WITHOUT_PERIOD")).toEqual([]);
  });
});

describe("'Chưa xong' with a share done", () => {
  it("reads 'chưa xong, đạt 85%' as under way, and 'Chưa xong' alone as not started", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung", "Hạn", "Kết quả"],
      [1, "Tiêm vắc xin Covid-19 mũi 2 cho người dân trên địa bàn xã", "30/11/2021", "chưa xong, đạt 85%"],
      [2, "Đôn đốc nhà thầu thi công nhà văn hóa thôn", "30/11/2021", "Chưa xong, khối lượng mới đạt khoảng 65%"],
      [3, "Rà soát hồ sơ đất đai tồn đọng", "30/11/2021", "Chưa xong"],
    ];
    expect(one(rows).tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Đang thực hiện", "Chưa thực hiện"]);
  });
});

describe("a register whose incoming document's day sits under 'Văn bản đến' (set 101)", () => {
  it("never takes 'Ngày ban hành' of the incoming document for the day done; the answer's 'Ngày' is", () => {
    const rows: GridCell[][] = [
      ["SỔ THEO DÕI VĂN BẢN CHỈ ĐẠO CỦA HUYỆN VÀ VIỆC TRẢ LỜI, BÁO CÁO"],
      [
        "TT",
        "Văn bản đến",
        null,
        null,
        "Trích yếu nội dung",
        "Giao cho",
        "Hạn báo cáo",
        "Văn bản trả lời/báo cáo",
        null,
        "Tình trạng",
        "Ghi chú",
      ],
      [null, "Số, ký hiệu", "Ngày ban hành", "Cơ quan BH", null, null, null, "Số VB", "Ngày"],
      [
        1,
        "1856/UBND-NV",
        "08/10/2021",
        "UBND huyện",
        "V/v báo cáo tình hình số hóa hồ sơ TTHC",
        "BP Một cửa",
        "15/10/2021",
        "87/BC-UBND",
        "18/10/2021",
        "Trễ 3 ngày",
      ],
      [
        2,
        "2240/UBND-VP",
        "09/12/2021",
        "UBND huyện",
        "V/v báo cáo kết quả tự đánh giá Chỉ số CCHC",
        "VP-TK",
        "17/12/2021",
        null,
        null,
        null,
      ],
    ];
    const merges = [
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 2, left: 8, bottom: 2, right: 9 },
      ...[1, 5, 6, 7, 10, 11].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    ];
    const c = one(rows, { merges });
    expect(c.tasks.map((t) => [t.due, t.doneDate, t.evidence])).toEqual([
      ["2021-10-15", "2021-10-18", "87/BC-UBND"],
      ["2021-12-17", null, ""],
    ]);
    expect(c.tasks[1].status).not.toBe("Hoàn thành");
  });
});

describe("a notebook with no header row (set 101)", () => {
  it("names the lines above the columns it told, never loses them without a word", () => {
    const rows: GridCell[][] = [
      ["Sổ tay công tác Quý IV/2021 - PCT UBND xã"],
      [],
      [{ date: "2021-10-04" as IsoDate }, "Giao ban: giao VP-TK rà soát, niêm yết lại toàn bộ TTHC tại BP Một cửa, xong trước 20/10."],
      [null, "   → 18/10 đã niêm yết xong (kiểm tra thực tế OK)."],
      ["11/10", "Họp BCĐ phòng chống thiên tai — chuẩn bị ứng phó mưa lũ."],
      [{ date: "2021-10-18" as IsoDate }, "Giao TC-KT + ĐC-XD: đẩy nhanh giải ngân kè xóm Bắc, đạt ≥ 90% trước 10/12."],
      [null, "   → 10/12: đạt 90% (3.420/3.800). Xong."],
      [{ date: "2021-11-01" as IsoDate }, "Yêu cầu BP Một cửa nhắn tin xin lỗi 2 hộ bị trễ hẹn hồ sơ đất đai tháng 10 (hạn 05/11)."],
      [null, "   → chưa thấy báo lại, nhắc 15/11"],
      [{ date: "2021-11-22" as IsoDate }, "Giao VH-XH tuyên truyền DVC mức độ 3, 4 trên loa, tối thiểu 3 buổi/tuần đến hết năm."],
      [{ date: "2021-12-06" as IsoDate }, "Chủ tịch chỉ đạo: triển khai khảo sát SIPAS, BP Một cửa làm trước 10/12. Mình theo dõi."],
      [null, "   → 14/12 vẫn chưa xong, đang phát phiếu (khoảng 60%)."],
    ];
    const c = one(rows, { sheet: "Ghi chép" });
    const read = new Set([
      ...c.tasks.map((t) => t.source.row),
      ...c.readings.map((r) => r.source.row),
      ...c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row),
    ]);
    for (const r of [3, 4, 5, 6, 8, 10, 11]) expect(read.has(r)).toBe(true);
  });
});
