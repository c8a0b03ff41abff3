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
