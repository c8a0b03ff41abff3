import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

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
