import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// The classes this stop's blind sets (101 left over, 102-105) found.
const one = consolidateSheet;
const rounded = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

describe("a disbursement table whose projects sit under group rows ('Công trình chuyển tiếp')", () => {
  const rows: GridCell[][] = [
    ["BIỂU THEO DÕI GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
    [null, null, null, null, null, null, null, "Đơn vị tính: triệu đồng"],
    [
      "TT",
      "Danh mục công trình",
      "KH vốn 2021",
      "Giải ngân đến 30/9/2021",
      "Tỷ lệ (%)",
      "Giải ngân đến 10/12/2021",
      "Tỷ lệ (%)",
      "Phụ trách",
    ],
    ["A", "Công trình chuyển tiếp"],
    [1, "Đường GTNT thôn Tân Phúc (giai đoạn 2)", 2450, 1600, 65.3, 2300, 93.9, "ĐC-XD"],
    [2, "Kè chắn sóng xóm Bắc", 3800, 1900, 50, 3420, 90, "ĐC-XD"],
    ["B", "Công trình khởi công mới"],
    [3, "Nhà văn hóa thôn Hải Hà", 1200, 300, 25, 960, 80, "PCT Thành"],
    [4, "Sửa chữa trạm y tế xã", 650, 0, 0, 650, 100, "TC-KT"],
    [null, "Tổng cộng", 8100, 3800, 46.9, 7330, 90.5],
  ];

  it("reads the commune's rate at each paid column's day from the total row, not stopping at 'Công trình …' (no 'Cộng')", () => {
    const got = one(rows).readings.map((r) => [r.code, r.date, r.numerator, r.denominator, rounded(r.value)]);
    expect(got).toEqual([
      ["1.4", "2021-09-30", 3800, 8100, 46.9],
      ["1.4", "2021-12-10", 7330, 8100, 90.5],
    ]);
  });

  it("makes no task of a project or a group row", () => {
    expect(one(rows).tasks).toEqual([]);
  });
});

describe("two rates side by side after the desk's counts, then 'Ghi chú'", () => {
  const rows: GridCell[][] = [
    ["THỐNG KÊ HỒ SƠ TTHC THEO THÁNG - QUÝ IV/2021"],
    [],
    [
      "Tháng",
      "Tổng HS tiếp nhận",
      "Trong đó: trực tuyến",
      "Đã giải quyết",
      "Đúng hạn, trước hạn",
      "Quá hạn",
      "Tỷ lệ đúng hạn",
      "Tỷ lệ trực tuyến",
      "Ghi chú",
    ],
    ["Tháng 10", 118, 21, 112, 110, 2, 0.9821, 0.178, "2 HS đất đai trễ do mưa lũ"],
    ["Tháng 11", 134, 30, 127, 127, 0, 1, 0.2239],
    ["Tháng 12 (đến 14/12)", 52, 14, 45, 45, 0, 1, 0.2692, "Số liệu tạm"],
  ];
  const at = (row: number) =>
    one(rows)
      .readings.filter((r) => r.source.row === row)
      .map((r) => [r.code, r.numerator, r.denominator, rounded(r.value)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it("gives each rate the counts that make it: online over received, on time over resolved", () => {
    expect(at(4)).toEqual([
      ["1.1", 21, 118, 17.8],
      ["1.2", 110, 112, 98.2],
    ]);
    expect(at(6)).toEqual([
      ["1.1", 14, 52, 26.9],
      ["1.2", 45, 45, 100],
    ]);
  });

  it("finds no written rate at odds with its counts", () => {
    expect(one(rows).problems.filter((p) => p.code === "RATE_MISMATCH")).toEqual([]);
  });
});
