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
