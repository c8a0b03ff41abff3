import { IsoDate } from "../../src/core/dates/isoDate";
import { CellRange, GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// The classes this stop's blind sets (129-132) found, each on rows taken from the testers' workbooks.
const one = consolidateSheet;

/** "E4:F4" as the reader gives a merged range. */
function merged(...refs: string[]): CellRange[] {
  const at = (ref: string) => {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(ref) ?? ["", "A", "1"];
    return { col: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(row) };
  };
  return refs.map((ref) => {
    const [a, b] = ref.split(":").map(at);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
}

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
