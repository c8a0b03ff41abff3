import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes of blind sets 160 and 163-166: indicator tables set against the year's target, and the
// layouts the blind testers of this stop wrote.
const title = (row: number, right: number) => ({ top: row, left: 1, bottom: row, right });

describe("'Chỉ tiêu năm | Thực hiện | So sánh (%)' with counts and rates by their unit", () => {
  const rows: GridCell[][] = [
    ["UBND XÃ HÒA BÌNH"],
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CCHC 6 THÁNG ĐẦU NĂM 2021"],
    [],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Chỉ tiêu năm", "Thực hiện", "So sánh (%)"],
    [1, "Tỷ lệ hồ sơ TTHC trực tuyến", "%", 50, 31.5, 63],
    [2, "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 98, 96.2, 98.16],
    [3, "Số hồ sơ tiếp nhận", "hồ sơ", 1500, 702, 46.8],
    [],
    ["Ghi chú: cột So sánh = Thực hiện / Chỉ tiêu năm"],
  ];

  it("reads the rate done as the value, never the comparison, and leaves the count with a reason", () => {
    const c = consolidateSheet(rows, { merges: [title(2, 6)] });
    const got = c.readings.map((r) => [r.source.row, r.value, r.numerator, r.denominator, r.period]);
    expect(got.sort()).toEqual([
      [5, 31.5, null, null, "6 tháng đầu năm 2021"],
      [6, 96.2, null, null, "6 tháng đầu năm 2021"],
    ]);
    expect(c.tasks).toHaveLength(0);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 7 && /hồ sơ/.test(p.message))).toBe(true);
  });

  it("reads a table of criteria with codes and 'Thực hiện 11 tháng' as readings, not tasks", () => {
    const year: GridCell[][] = [
      ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC NĂM 2021 (số liệu đến 30/11/2021)"],
      ["TT", "Mã", "Nội dung chỉ tiêu", "ĐVT", "Chỉ tiêu năm", "Thực hiện 11 tháng", "So sánh (%)", "Đánh giá"],
      ["I.", null, "Chỉ số giải quyết TTHC"],
      [1, "1.1", "Tỷ lệ hồ sơ TTHC trực tuyến", "%", 50, 38.5, 77, "Chưa đạt"],
      [2, "1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 98, 97.4, 99.39, "Chưa đạt"],
      [3, "1.3", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "%", 30, 36, 120, "Vượt"],
      ["II.", null, "Chỉ số hài lòng"],
      [4, "2.1", "Mức độ hài lòng chung", "%", "≥ 80%", "85,6%", "107", "Đạt"],
      [5, "3.1", "Tỷ lệ văn bản đi được ký số", "%", 90, null, null, "Chưa có số liệu"],
      [],
      [null, null, "NGƯỜI TỔNG HỢP", null, null, "CHỦ TỊCH"],
      [null, null, "Phan Thanh Sơn", null, null, "Huỳnh Văn Lợi"],
    ];
    const c = consolidateSheet(year, { merges: [title(1, 8)] });
    expect(c.tasks).toHaveLength(0);
    const got = c.readings.map((r) => [r.source.row, r.code, r.value]);
    expect(got.sort()).toEqual([
      [4, "1.1", 38.5],
      [5, "1.2", 97.4],
      [6, "1.3", 36],
      [8, "2.1", 85.6],
    ]);
  });
});

describe("dossiers by field, 'Số HS | Số HS đúng hạn' and a total row", () => {
  it("reads the total row as the on-time rate of the quarter", () => {
    const c = consolidateSheet(
      [
        ["TỔNG HỢP HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN - QUÝ I/2021"],
        ["TT", "Lĩnh vực", "Số HS", "Số HS đúng hạn", "Ghi chú"],
        [1, "Hộ tịch", 85, 85],
        [2, "Chứng thực", 60, 58],
        [3, "Đất đai", 15, 12, "3 HS trễ do chờ đo đạc"],
        [null, "Tổng cộng", 160, 155],
      ],
      { merges: [title(1, 5)] },
    );
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.numerator, r.denominator])).toEqual([
      [6, "1.2", "Quý I/2021", 155, 160],
    ]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(false);
  });

  it("still leaves a table of received dossiers by field, which gives no on-time rate", () => {
    const c = consolidateSheet(
      [
        ["TỔNG HỢP HỒ SƠ - QUÝ I/2021"],
        ["TT", "Lĩnh vực", "Tiếp nhận", "Số HS đúng hạn"],
        [1, "Hộ tịch", 85, 85],
        [2, "Chứng thực", 60, 58],
      ],
      { merges: [title(1, 4)] },
    );
    expect(c.readings.filter((r) => r.code === "1.2")).toHaveLength(0);
  });
});

describe("a notebook whose lead cells are merged down over its tasks, with group lines between", () => {
  const rows: GridCell[][] = [
    ["Sổ tay theo dõi - công chức VH-XH"],
    ["Việc", "Ai", "Ghi chú"],
    ["Nhóm 1: Tuyên truyền CCHC"],
    ["Viết tin bài CCHC trên trang TTĐT xã (2 tin/tháng)", "VH-XH (a. Tuấn)", "hàng tháng, đang làm"],
    ["Phát thanh CCHC trên loa xã", null, "xong đợt 1 ngày 30/4; đợt 2 chưa"],
    ["Pano, áp phích về DVC trực tuyến tại Một cửa", null, "hạn 30/6 — xong 28/6"],
    ["Nhóm 2: Phối hợp Một cửa"],
    ["Giải quyết hồ sơ chính sách (BTXH, người có công) đúng hạn", "LĐ-TB&XH", "cả năm; quý I-III không trễ hạn"],
    ["Xây dựng quy trình tiếp nhận hồ sơ BTXH trực tuyến", null, "hạn 30/9, đã trình ký 28/9"],
    ["Nhóm 3: Khác"],
    ["Khảo sát SIPAS: phát phiếu ở 5 thôn", "Đoàn TN + VH-XH", "trước 20/11, xong ngày 18/11"],
  ];
  const merges = [
    title(1, 3),
    title(3, 3),
    title(7, 3),
    title(10, 3),
    { top: 4, left: 2, bottom: 6, right: 2 },
    { top: 8, left: 2, bottom: 9, right: 2 },
  ];

  it("reads every task, none of them taken for a second header", () => {
    const c = consolidateSheet(rows, { merges });
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5, 6, 8, 9, 11]);
  });

  it("reads the deadline and state each note opens with", () => {
    const c = consolidateSheet(rows, { merges });
    const at = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect([at(4)?.status]).toEqual(["Đang thực hiện"]);
    expect([at(5)?.status, at(5)?.doneDate]).toEqual(["Đang thực hiện", null]);
    expect([at(6)?.due, at(6)?.status, at(6)?.doneDate]).toEqual(["2021-06-30", "Hoàn thành", "2021-06-28"]);
    expect([at(9)?.due, at(9)?.status]).toEqual(["2021-09-30", "Đang thực hiện"]);
    expect([at(11)?.due, at(11)?.status, at(11)?.doneDate]).toEqual(["2021-11-20", "Hoàn thành", "2021-11-18"]);
  });
});

describe("a personal notebook's reminders and dividers among its tasks", () => {
  const rows: GridCell[][] = [
    ["Theo dõi việc CCHC năm 2021 (ghi chép cá nhân - Hà VP)"],
    [],
    ["Việc", "Ai", "Hạn", "Tình hình"],
    ["--- Quý I ---"],
    ["Nộp báo cáo CCHC quý I cho Phòng Nội vụ", "Hà", "trước 15/3", "đã xong ngày 12/3"],
    ["Nhắc: họp giao ban CCHC sáng thứ 2 đầu tháng"],
    ["--- Quý III, IV ---"],
    ["Báo cáo số liệu hồ sơ TTHC cho huyện", "Hà", "trước ngày 20 hằng tháng", "làm đều"],
    ["Chuẩn bị hồ sơ đón đoàn kiểm tra CCHC của huyện", "Hà", null, "xong 12/8, đã báo cáo huyện"],
    ["Số ĐT chị Lan Phòng NV: 0912 345 456"],
  ];

  it("leaves the reminders out with a reason and takes the quarters' line as the deadline of the rows under it", () => {
    const c = consolidateSheet(rows, { merges: [title(1, 4)] });
    expect(c.tasks.map((t) => t.source.row)).toEqual([5, 8, 9]);
    const skipped = c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row);
    expect(skipped).toEqual(expect.arrayContaining([6, 10]));
    const at = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect(at(8)?.status).toBe("Đang thực hiện");
    expect([at(9)?.due, at(9)?.doneDate]).toEqual(["2021-12-31", "2021-08-12"]);
  });
});

describe("tasks typed one to a cell: who in brackets, when after a comma, how it stands after a colon", () => {
  it("splits each line into its parts, never at a dash inside the brackets", () => {
    const c = consolidateSheet([
      ["VIỆC CẦN LÀM - CCHC 2021"],
      [],
      ["1. Rà soát, công khai TTHC lĩnh vực đất đai (a. Hùng – ĐC-XD), trước 15/6: xong 10/6"],
      ["2. Khảo sát SIPAS cuối năm (VP-TK + Một cửa), trước 15/12: đang làm dở"],
      ["3. Lắp camera giám sát tại bộ phận Một cửa (VP-TK), tháng 9: chưa làm – chờ kinh phí"],
      ["4. Trình Chủ tịch ký QĐ ban hành quy chế làm việc của Bộ phận Một cửa (VP-TK): đã trình ký 3/11"],
    ]);
    const got = c.tasks.map((t) => [t.source.row, t.content, t.due, t.status, t.doneDate]);
    expect(got).toEqual([
      [3, "Rà soát, công khai TTHC lĩnh vực đất đai", "2021-06-15", "Hoàn thành", "2021-06-10"],
      [4, "Khảo sát SIPAS cuối năm", "2021-12-15", "Đang thực hiện", null],
      [5, "Lắp camera giám sát tại bộ phận Một cửa", "2021-09-30", "Chưa thực hiện", null],
      [6, "Trình Chủ tịch ký QĐ ban hành quy chế làm việc của Bộ phận Một cửa", null, "Đang thực hiện", null],
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual([
      "Công chức Địa chính-Xây dựng",
      expect.stringContaining("Văn phòng-Thống kê"),
      "Công chức Văn phòng-Thống kê",
      "Công chức Văn phòng-Thống kê",
    ]);
  });
});

describe("the columns' numbers under a header: 'A | B | 1 | 2 | 3=2/1', and again under its copy on the next page", () => {
  const heading: GridCell[] = [
    "Số TT",
    "Mã NV",
    "Tên nhiệm vụ",
    "Người/bộ phận chủ trì",
    "Thời gian hoàn thành",
    "Tình hình thực hiện",
    null,
    null,
    "Ghi chú",
  ];
  const ticks: GridCell[] = [null, null, null, null, null, "Hoàn thành", "Đang thực hiện", "Chưa thực hiện"];
  const numbers: GridCell[] = ["A", "B", "1", "2", "3", "4", "5", "6", "7"];
  const band = (top: number) => [
    { top, left: 6, bottom: top, right: 8 },
    ...[1, 2, 3, 4, 5, 9].map((col) => ({ top, left: col, bottom: top + 1, right: col })),
  ];

  it("are neither tasks nor a header, and the first task under them is read", () => {
    const c = consolidateSheet(
      [
        ["NHIỆM VỤ CẢI CÁCH THỦ TỤC HÀNH CHÍNH QUÝ IV/2021"],
        heading,
        ticks,
        numbers,
        ["I", null, "Công khai, minh bạch TTHC"],
        [
          "a",
          "TC 1.3",
          "Cập nhật bảng niêm yết TTHC theo Quyết định công bố mới",
          "Văn phòng - Thống kê",
          "Tháng 10/2021",
          "x",
          null,
          null,
          "Xong ngày 08/10/2021",
        ],
        ["b", "TC 1.3", "Công khai kết quả giải quyết hồ sơ trên bảng điện tử", "Bộ phận Một cửa", "Quý IV/2021", null, "x"],
        [],
        heading,
        ticks,
        numbers,
        ["c", "TC 1.2", "Ứng dụng phần mềm nhắc hạn giải quyết hồ sơ", "Văn phòng - Thống kê", "31/10/2021", "x", null, null, "HT 29/10"],
      ],
      { merges: [title(1, 9), ...band(2), ...band(9)] },
    );
    const got = c.tasks.map((t) => [t.source.row, t.code, t.status, t.doneDate]);
    expect(got).toEqual([
      [6, "1.3", "Hoàn thành", "2021-10-08"],
      [7, "1.3", "Đang thực hiện", null],
      [12, "1.2", "Hoàn thành", "2021-10-29"],
    ]);
  });
});

describe("months down, each criterion's rate across under its code and name ('2.1 Tiếp cận dịch vụ')", () => {
  it("reads a reading per criterion and month, the survey's counts kept beside them", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) THEO THÁNG - NĂM 2021"],
        [],
        ["Tháng", "Số phiếu phát ra", "Số phiếu thu về", "Tỷ lệ hài lòng (%)", null, null, null, "Ghi chú"],
        [null, null, null, "2.1 Tiếp cận dịch vụ", "2.2 Thủ tục hành chính", "2.3 Công chức giải quyết", "2.4 Kết quả giải quyết"],
        ["Tháng 01", 20, 18, 0.889, 0.944, 0.917, 0.889],
        ["Tháng 02", null, null, "-", "-", "-", "-", "Nghỉ Tết, không khảo sát"],
        ["Tháng 03", 25, 24, 0.917, 0.958, "91,7%", 0.875],
        ["Tháng 04", 25, 25, 0.92, 0.96, 0.92, 0.88],
      ],
      {
        merges: [
          title(1, 8),
          { top: 3, left: 4, bottom: 3, right: 7 },
          ...[1, 2, 3, 8].map((col) => ({ top: 3, left: col, bottom: 4, right: col })),
        ],
        formats: Object.fromEntries([5, 7, 8].flatMap((r) => [4, 5, 6, 7].map((col) => [`${r}:${col}`, "0.0%"]))),
      },
    );
    const got = c.readings.map((r) => [r.source.row, r.code, r.date, r.value]).filter((x) => x[0] === 7);
    expect(got).toEqual([
      [7, "2.1", "2021-03-31", 91.7],
      [7, "2.2", "2021-03-31", 95.8],
      [7, "2.3", "2021-03-31", 91.7],
      [7, "2.4", "2021-03-31", 87.5],
    ]);
    expect(c.readings).toHaveLength(12);
  });
});

describe("'Kết quả giải quyết' over '6 tháng | 9 tháng | Cả năm', each over 'Số HS | Đúng hạn | Tỷ lệ', fields down", () => {
  it("reads the total row of each period the table has filled", () => {
    const c = consolidateSheet(
      [
        ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2021"],
        ["Chỉ tiêu 1.2 – Tỷ lệ hồ sơ giải quyết đúng hạn"],
        [],
        ["STT", "Lĩnh vực", "Kết quả giải quyết", null, null, null, null, null, null, null, null, "Ghi chú"],
        [null, null, "6 tháng", null, null, "9 tháng", null, null, "Cả năm"],
        [null, null, "Số HS", "Đúng hạn", "Tỷ lệ", "Số HS", "Đúng hạn", "Tỷ lệ", "Số HS", "Đúng hạn", "Tỷ lệ"],
        [1, "Hộ tịch", 120, 118, 0.9833, 185, 182, 0.9838],
        [2, "Chứng thực", 310, 310, 1, 472, 470, "99,6%"],
        [3, "Đất đai", 24, 21, 0.875, 37, 33, 0.8919],
        [null, "Cộng", 454, 449, 0.989, 699, 685, 0.98, null, null, null, "Cả năm tổng hợp sau 31/12"],
      ],
      {
        merges: [
          title(1, 12),
          title(2, 12),
          { top: 4, left: 3, bottom: 4, right: 11 },
          { top: 5, left: 3, bottom: 5, right: 5 },
          { top: 5, left: 6, bottom: 5, right: 8 },
          { top: 5, left: 9, bottom: 5, right: 11 },
          ...[1, 2, 12].map((col) => ({ top: 4, left: col, bottom: 6, right: col })),
        ],
      },
    );
    const got = c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator]);
    expect(got).toEqual([
      [10, "1.2", "2021-06-30", 449, 454],
      [10, "1.2", "2021-09-30", 685, 699],
    ]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(false);
  });
});

describe("'Lũy kế 9 tháng' after the quarters", () => {
  it("is read as the figure to date, its period named so, beside each quarter's", () => {
    const c = consolidateSheet(
      [
        ["BẢNG THEO DÕI CHỈ TIÊU KẾ HOẠCH CCHC NĂM 2021"],
        [
          "TT",
          "Mã TC",
          "Nội dung chỉ tiêu",
          "ĐVT",
          "Chỉ tiêu KH năm 2021",
          "Kết quả theo quý",
          null,
          null,
          null,
          "Lũy kế 9 tháng",
          "Ghi chú",
        ],
        [null, null, null, null, null, "Quý I", "Quý II", "Quý III", "Quý IV"],
        [1, "1.2", "Tỷ lệ hồ sơ giải quyết đúng và trước hạn", "%", 100, 96.5, 98, 99.1, null, 97.9],
        [2, "2.1", "Mức độ hài lòng của người dân, tổ chức", "%", "≥ 90%", "-", 0.91, 0.925, null, 0.918, "Quý I chưa khảo sát"],
      ],
      {
        merges: [
          title(1, 11),
          { top: 2, left: 6, bottom: 2, right: 9 },
          ...[1, 2, 3, 4, 5, 10, 11].map((col) => ({ top: 2, left: col, bottom: 3, right: col })),
        ],
        formats: Object.fromEntries([7, 8, 10].map((col) => [`5:${col}`, "0.0%"])),
      },
    );
    const toDate = c.readings.filter((r) => /lũy kế/.test(r.period)).map((r) => [r.code, r.period, r.value]);
    expect(toDate).toEqual([
      ["1.2", "9 tháng năm 2021 (lũy kế)", 97.9],
      ["2.1", "9 tháng năm 2021 (lũy kế)", 91.8],
    ]);
    expect(c.readings.filter((r) => r.code === "1.2")).toHaveLength(4);
    expect(c.problems.some((p) => p.code === "UNMAPPED_COLUMN" && p.column === "J")).toBe(false);
  });
});

describe("'KH | TH | %' under each quarter, a unit on each row", () => {
  const kh: GridCell[] = ["KH", "TH", "%"];
  it("reads a rate's row by its result, never by its share of the plan, and leaves a count's row with a reason", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
        ["TT", "Chỉ tiêu", "ĐVT", "Quý I", null, null, "Quý II", null, null, "Ghi chú"],
        [null, null, null, ...kh, ...kh],
        [1, "Tỷ lệ hồ sơ nộp trực tuyến (chỉ tiêu 1.1)", "%", 30, 32.5, 1.0833, 30, 34.8, 1.16],
        [2, "Tỷ lệ giải quyết hồ sơ đúng hạn (1.2)", "%", 100, 98.2, 0.982, 100, 99.1, 0.991],
        [3, "Số hồ sơ tiếp nhận", "hồ sơ", "x", 156, "x", "x", 171, "x"],
      ],
      {
        merges: [
          title(1, 10),
          { top: 2, left: 4, bottom: 2, right: 6 },
          { top: 2, left: 7, bottom: 2, right: 9 },
          ...[1, 2, 3, 10].map((col) => ({ top: 2, left: col, bottom: 3, right: col })),
        ],
      },
    );
    const got = c.readings.map((r) => [r.source.row, r.code, r.date, r.value]);
    expect(got.sort()).toEqual([
      [4, "1.1", "2021-03-31", 32.5],
      [4, "1.1", "2021-06-30", 34.8],
      [5, "1.2", "2021-03-31", 98.2],
      [5, "1.2", "2021-06-30", 99.1],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.row === 6).length).toBeGreaterThan(0);
  });

  it("reads 'Kế hoạch | Thực hiện | Tỷ lệ (%)' under 'Kết quả' by each row's unit: counts give the quotient, '%' the result", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH"],
        ["Quý III năm 2021"],
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", null, null, "Đánh giá"],
        [null, null, null, "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
        [1, "1.1. Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "Hồ sơ", 150, 97, 64.7, "Chưa đạt"],
        [2, "2.2. Tỷ lệ người dân hài lòng chung", "%", 90, 93.5, null, "Vượt chỉ tiêu"],
      ],
      {
        merges: [
          title(1, 7),
          title(2, 7),
          { top: 3, left: 4, bottom: 3, right: 6 },
          ...[1, 2, 3, 7].map((col) => ({ top: 3, left: col, bottom: 4, right: col })),
        ],
      },
    );
    const got = c.readings.map((r) => [r.code, r.numerator, r.denominator, Math.round((r.value ?? 0) * 10) / 10]);
    expect(got).toEqual([
      ["1.1", 97, 150, 64.7],
      ["2.2", null, null, 93.5],
    ]);
  });
});

describe("quarters across, a group line '1 | Chỉ số về thủ tục hành chính' right under the headings", () => {
  it("reads a reading per quarter, the group line no level of the header", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ CCHC, SIPAS NĂM 2021"],
        [],
        ["Mã", "Chỉ số", "Quý I", "Quý II", "6 tháng", "Quý III", "Chỉ tiêu năm"],
        ["1", "Chỉ số về thủ tục hành chính"],
        ["1.1", "Tỷ lệ hồ sơ TTHC trực tuyến", 12.5, 15.2, 14, 25.5, "20%"],
        ["2", "Chỉ số hài lòng của người dân (SIPAS)"],
        ["2.1", "Tỷ lệ hài lòng về tiếp cận dịch vụ", 90, 94, 92, "-", 95],
      ],
      { merges: [title(1, 7)] },
    );
    const got = c.readings.map((r) => [r.code, r.period, r.value]);
    expect(got).toEqual([
      ["1.1", "Quý I/2021", 12.5],
      ["1.1", "Quý II/2021", 15.2],
      ["1.1", "6 tháng đầu năm 2021", 14],
      ["1.1", "Quý III/2021", 25.5],
      ["2.1", "Quý I/2021", 90],
      ["2.1", "Quý II/2021", 94],
      ["2.1", "6 tháng đầu năm 2021", 92],
    ]);
  });
});

describe("month sheets typed from their first row, with no header anywhere", () => {
  const d = (iso: string) => ({ date: iso as IsoDate });
  const month = (sheet: string, rows: GridCell[][]) => gridOf(rows, { sheet });

  it("reads the columns by what they hold on the first, and each later month by the same columns", () => {
    const c = consolidate(
      [
        {
          file: "theo-doi.xlsx",
          ok: true,
          grids: [
            month("T1", [
              [1, "Rà soát, cập nhật danh mục TTHC niêm yết tại Bộ phận một cửa", "Nguyễn Thị Hoa", d("2021-01-20"), "Đã xong"],
              [2, "Xây dựng Kế hoạch CCHC năm 2021 của UBND xã", "Trần Văn Nam", d("2021-01-15"), "Hoàn thành", "CT đã ký ngày 12/1"],
              [3, "Hướng dẫn người dân nộp hồ sơ trực tuyến mức độ 3, 4", "Lê Thị Mai", d("2021-01-31"), "Đang thực hiện"],
            ]),
            month("T2", [
              [
                1,
                "Tổ chức khảo sát sự hài lòng của người dân (SIPAS) quý I",
                "Lê Thị Mai",
                d("2021-02-15"),
                "Chưa thực hiện",
                "chờ phiếu của huyện",
              ],
              [2, "Số hóa kết quả giải quyết TTHC còn hiệu lực", "Trần Văn Nam", d("2021-02-28"), "Đang thực hiện"],
            ]),
          ],
        },
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    const got = c.tasks.map((t) => [t.source.sheet, t.source.row, t.lead, t.due, t.status]);
    expect(got.sort()).toEqual([
      ["T1", 1, "Nguyễn Thị Hoa", "2021-01-20", "Hoàn thành"],
      ["T1", 2, "Trần Văn Nam", "2021-01-15", "Hoàn thành"],
      ["T1", 3, "Lê Thị Mai", "2021-01-31", "Đang thực hiện"],
      ["T2", 1, "Lê Thị Mai", "2021-02-15", "Chưa thực hiện"],
      ["T2", 2, "Trần Văn Nam", "2021-02-28", "Đang thực hiện"],
    ]);
    expect(c.problems.some((p) => p.code === "HEADER_INFERRED" && p.sheet === "T1")).toBe(true);
  });

  it("reads a quarter's figures, '1.1 | name | part | whole | rate' on every row, its period the sheet's", () => {
    const c = consolidate(
      [
        {
          file: "chi-so.xlsx",
          ok: true,
          grids: [
            gridOf(
              [
                ["1.1", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", 12, 96, 0.125],
                ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", 90, 94, 0.9574],
              ],
              { sheet: "Quý 1" },
            ),
          ],
        },
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.1", "2021-03-31", 12, 96],
      ["1.2", "2021-03-31", 90, 94],
    ]);
  });
});

describe("a numbered task '…, gồm:' over lettered parts that say how they stand", () => {
  it("is the parts' heading, not a task of its own; a part named only by its place reads with its whole", () => {
    const c = consolidateSheet([
      ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Tiến độ thực hiện", "Ghi chú"],
      ["1", "Kiểm tra công tác CCHC tại các bộ phận, gồm:", "Chủ tịch UBND xã", "Quý III/2021"],
      ["a)", "Kiểm tra việc niêm yết công khai TTHC tại Bộ phận Một cửa", null, null, "Hoàn thành", "Đã kiểm tra ngày 15/7/2021"],
      ["b)", "Kiểm tra việc sử dụng phần mềm một cửa điện tử", null, null, "60%"],
      ["2", "Tuyên truyền dịch vụ công trực tuyến tại các thôn:", "Văn hóa - Xã hội", "30/6/2021"],
      ["a)", "Tại thôn Đông Hòa", null, null, "Hoàn thành", "Xong ngày 28/4/2021"],
      ["b)", "Tại thôn Tây Hòa", null, null, "40%"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5, 7, 8]);
    const at = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect([at(5)?.lead, at(5)?.due, at(5)?.progress]).toEqual(["Chủ tịch Ủy ban nhân dân xã", "2021-09-30", 60]);
    expect(at(7)?.content).toBe("Tuyên truyền dịch vụ công trực tuyến tại các thôn: Tại thôn Đông Hòa");
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 3)).toBe(true);
  });
});

describe("'Nội dung nhiệm vụ' merged over two columns, a task's words wrapped from one into the next", () => {
  const head: GridCell[] = ["STT", "Nội dung nhiệm vụ ", null, "\u00a0Người phụ trách", "Thời hạn ", " Ngày hoàn thành", "Tiến độ"];
  const merges = [title(1, 7), { top: 3, left: 2, bottom: 3, right: 3 }];

  it("reads the two cells as one text, under a lettered group right below the headings", () => {
    const c = consolidateSheet(
      [
        ["THEO DÕI THỰC HIỆN NHIỆM VỤ CCHC QUÝ I NĂM 2021"],
        [],
        head,
        ["A.", "Nhiệm vụ thường xuyên"],
        [
          1,
          "Cập nhật, công khai đầy đủ các TTHC trên",
          "Cổng Dịch vụ công của tỉnh (TC 1.1)",
          "Đ/c Lan - Tư pháp",
          "ngày 15 tháng 3 năm 2021",
          "ngày 12 tháng 3 năm 2021",
          "Xong",
        ],
        [
          2,
          "Tiếp nhận, số hóa hồ sơ TTHC tại Bộ phận Một cửa",
          null,
          "Đ/c Hùng - VP",
          "ngày 31 tháng 3 năm 2021",
          "ngày 31/3/2021",
          "Xong",
        ],
      ],
      { merges },
    );
    expect(c.tasks.map((t) => [t.source.row, t.content, t.code, t.doneDate])).toEqual([
      [5, "Cập nhật, công khai đầy đủ các TTHC trên Cổng Dịch vụ công của tỉnh (TC 1.1)", "1.1", "2021-03-12"],
      [6, "Tiếp nhận, số hóa hồ sơ TTHC tại Bộ phận Một cửa", null, "2021-03-31"],
    ]);
  });

  it("reads the same header with no group line under it", () => {
    const c = consolidateSheet(
      [
        ["THEO DÕI THỰC HIỆN NHIỆM VỤ CCHC QUÝ III NĂM 2021"],
        [],
        head,
        [
          1,
          "Kiểm tra việc giải quyết hồ sơ trễ hạn",
          "(TC 1.2)",
          "Phó Chủ tịch UBND",
          "ngày 30 tháng 9 năm 2021",
          "ngày 27 tháng 9 năm 2021",
          "Xong",
        ],
        [2, "Tập huấn sử dụng phần mềm", "Một cửa điện tử cho công chức", "Đ/c Hùng - VP", "ngày 15 tháng 8 năm 2021", "15/8/2021", "Xong"],
      ],
      { merges },
    );
    expect(c.tasks.map((t) => [t.source.row, t.content, t.codeSuggested ? "suggested" : t.code])).toEqual([
      [4, "Kiểm tra việc giải quyết hồ sơ trễ hạn (TC 1.2)", "1.2"],
      [5, "Tập huấn sử dụng phần mềm Một cửa điện tử cho công chức", "suggested"],
    ]);
  });
});

describe("'Kỳ báo cáo | Lũy kế từ đầu năm' merged over 'KH | TH | %' in a quarter's report", () => {
  it("reads the quarter's result and the running total as the half year to date, never the title as cumulative", () => {
    const kh: GridCell[] = ["KH", "TH", "%"];
    const c = consolidateSheet(
      [
        ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC QUÝ II NĂM 2021"],
        ["(Số liệu tính từ ngày 15/3/2021 đến ngày 14/6/2021)"],
        ["TT", "Mã chỉ tiêu", "Tên chỉ tiêu", "ĐVT", "Kỳ báo cáo", null, null, "Lũy kế từ đầu năm", null, null, "Đánh giá"],
        [null, null, null, null, ...kh, ...kh],
        [1, "1.1", "Tỷ lệ hồ sơ nộp trực tuyến", "%", 25, 22, 88, 25, 19.6, 78.4, "Không đạt"],
        [2, "2.1", "Chỉ số hài lòng về tiếp cận dịch vụ", "%", 85, 87.5, 102.9, 85, 86.1, 101.3, "Đạt"],
      ],
      {
        merges: [
          title(1, 11),
          title(2, 11),
          { top: 3, left: 5, bottom: 3, right: 7 },
          { top: 3, left: 8, bottom: 3, right: 10 },
          ...[1, 2, 3, 4, 11].map((col) => ({ top: 3, left: col, bottom: 4, right: col })),
        ],
      },
    );
    const got = c.readings.map((r) => [r.code, r.period, r.value]);
    expect(got.sort()).toEqual([
      ["1.1", "6 tháng đầu năm 2021 (lũy kế)", 19.6],
      ["1.1", "Quý II/2021", 22],
      ["2.1", "6 tháng đầu năm 2021 (lũy kế)", 86.1],
      ["2.1", "Quý II/2021", 87.5],
    ]);
  });
});

describe("criteria down with their codes, quarters across, a survey's counts under them", () => {
  it("reads '2.4 | Kết quả cung ứng dịch vụ' as 2.4's rate, its words no count", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG (SIPAS) NĂM 2021 - XÃ HẠ VINH"],
        [],
        ["TT", "Tiêu chí", "Quý I", "Quý II", "Quý III", "Quý IV", "Ghi chú"],
        ["2.3", "Công chức giải quyết công việc", 91.3, 92, 92.5],
        ["2.4", "Kết quả cung ứng dịch vụ", 89, 90.4, 90.1],
        [null, "Số phiếu phát ra / thu về", "50/48", "50/50", "60/57", null, "phiếu"],
      ],
      { merges: [title(1, 7)] },
    );
    expect(c.readings.filter((r) => r.code === "2.4").map((r) => [r.date, r.value])).toEqual([
      ["2021-03-31", 89],
      ["2021-06-30", 90.4],
      ["2021-09-30", 90.1],
    ]);
  });
});

describe("a header typed on the first month's sheet only, the next under its own title line", () => {
  it("reads the next month by the first month's columns", () => {
    const head: GridCell[] = ["STT", "Nội dung công việc", "Người thực hiện", "Thời hạn", "Tình trạng"];
    const c = consolidate(
      [
        {
          file: "cchc.xlsx",
          ok: true,
          grids: [
            gridOf([["THÁNG 1/2021"], head, [1, "Đăng ký tài khoản dịch vụ công cho cán bộ", "Lê Thị Mai", "25/01/2021", "Hoàn thành"]], {
              sheet: "Tháng 1",
            }),
            gridOf(
              [
                ["THÁNG 2/2021"],
                [1, "Theo dõi, nhắc hạn hồ sơ sắp đến hạn trả kết quả", "Nguyễn Thị Hoa", "26/02/2021", "Đang thực hiện"],
                [2, "Tập huấn sử dụng phần mềm một cửa điện tử", "Trần Văn Nam", "20/02/2021", "Chưa thực hiện"],
              ],
              { sheet: "Tháng 2" },
            ),
          ],
        },
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    expect(c.tasks.filter((t) => t.source.sheet === "Tháng 2").map((t) => [t.source.row, t.due, t.status])).toEqual([
      [2, "2021-02-26", "Đang thực hiện"],
      [3, "2021-02-20", "Chưa thực hiện"],
    ]);
  });
});

describe("a task paused for a while", () => {
  it("is still work to do, under way, its words kept; a task stopped for good is named as cancelled", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tiến độ", "Ghi chú"],
      [1, "Vận động người dân nộp hồ sơ trực tuyến tại thôn Tây Hòa", "Một cửa", "31/12/2021", "40%", "Tạm dừng do dịch Covid-19 từ 15/7"],
      [2, "Tổ chức Hội nghị đối thoại với người dân", "VP-TK", "30/9/2021", null, "Không tổ chức - dừng do dịch Covid-19"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress])).toEqual([[2, "Đang thực hiện", 40]]);
    expect(c.tasks[0].note).toContain("Tạm dừng do dịch Covid-19 từ 15/7");
    expect(c.problems.filter((p) => p.code === "TASK_CANCELLED").map((p) => p.row)).toEqual([3]);
  });
});

describe("'GH: 30/11/2021' in a task's note", () => {
  it("is the deadline it was moved to, never the day the work was done", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Ghi chú"],
      [1, "Số hóa hồ sơ, kết quả giải quyết TTHC (TC 1.3)", "Tư pháp - Hộ tịch", "30/6/2021", "Hoàn thành", "GH: 30/11/2021"],
    ]);
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([["2021-11-30", null]]);
  });
});
