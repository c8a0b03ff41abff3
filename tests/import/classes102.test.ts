import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { Grid, GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

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

describe("a rate line whose cell shows a fraction as a percent (0.472 under '0.0%')", () => {
  const rows: GridCell[][] = [
    ["THEO DÕI GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 - THÁNG 9"],
    [],
    ["Tỷ lệ giải ngân lũy kế so với KH vốn giao (TC 1.4):", null, null, null, 0.472],
  ];

  it("reads the 47.2 % the official sees, never 0.472", () => {
    const got = one(rows, { formats: { "3:5": "0.0%" } }).readings.map((r) => [r.code, rounded(r.value)]);
    expect(got).toEqual([["1.4", 47.2]]);
  });

  it("reads a plain number on such a line as it is", () => {
    const got = one(rows.map((row, i) => (i === 2 ? [row[0], null, null, null, 47.2] : row))).readings.map((r) => rounded(r.value));
    expect(got).toEqual([47.2]);
  });
});

describe("the same report kept on a sheet per date ('BC 14.9.2021', 'BC 10.12.2021')", () => {
  // Titled with the day it stands at, or (titled false) only its sheet's name tells it.
  const sheet = (name: string, asAt: string, states: [string, string], titled: boolean): Grid =>
    gridOf(
      [
        ...(titled ? [["BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ XÃ TÂN BÌNH"], [`BÁO CÁO TIẾN ĐỘ NHIỆM VỤ CCHC (tính đến ngày ${asAt})`]] : []),
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành", "Tình trạng"],
        [1, "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa", "BP TN&TKQ", "31/3/2021", "Hoàn thành"],
        [2, "Bổ sung ghế chờ, máy lấy số thứ tự, biển chỉ dẫn", "BP TN&TKQ", "30/9/2021", states[0]],
        [3, "Cập nhật số điện thoại đường dây nóng của lãnh đạo", "BP TN&TKQ", "30/6/2021", states[1]],
      ],
      { sheet: name },
    );
  const read = (names: [string, string, string], titled = true) =>
    consolidate(
      [
        {
          file: "bc.xlsx",
          ok: true,
          grids: [
            sheet(names[0], "10/12/2021", ["Hoàn thành", "Đang thực hiện"], titled),
            sheet(names[1], "14/9/2021", ["Đang thực hiện", "Hoàn thành"], titled),
            sheet(names[2], "14/6/2021", ["Chưa thực hiện", "Hoàn thành"], titled),
          ],
        },
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
  const states = (c: ReturnType<typeof read>) =>
    c.tasks.map((t) => [t.content.slice(0, 20), t.status, t.source.sheet]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  it("takes each task's state from the newest report, none of them set aside as a print copy of another", () => {
    const c = read(["BC 10.12.2021", "BC 14.9.2021", "BC 14.6.2021"]);
    expect(states(c)).toEqual([
      ["Bổ sung ghế chờ, máy", "Hoàn thành", "BC 10.12.2021"],
      ["Cập nhật số điện tho", "Đang thực hiện", "BC 10.12.2021"],
      ["Niêm yết công khai đ", "Hoàn thành", "BC 10.12.2021"],
    ]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED")).toEqual([]);
  });

  it("orders sheets named by their day alone ('14-12-2021' after '14-9-2021'), wherever their tabs stand", () => {
    const c = read(["14-6-2021", "14-12-2021", "14-9-2021"], false);
    expect(states(c).map((s) => s[2])).toEqual(["14-12-2021", "14-12-2021", "14-12-2021"]);
  });
});

describe("the state written per quarter in bare 'Quý III | Quý IV' columns", () => {
  const rows: GridCell[][] = [
    ["THEO DOI THUC HIEN KH 49 - CC VAN HOA XA HOI"],
    [],
    ["TT", "Noi dung cong viec", "Han hoan thanh", "Quy III", "Quy IV", "Ghi chu"],
    [1, "Niem yet cong khai TTHC linh vuc bao tro xa hoi", "30/09/2021", "Hoan thanh", null],
    [2, "Giai quyet ho so ho tro Covid-19 dung han", "31/10/2021", "Dang thuc hien", "Hoan thanh"],
    [3, "Ra soat ho ngheo, can ngheo nam 2021", "15/12/2021", "Chua thuc hien", "Dang TH - 60%"],
    [4, "Cai tao khong gian BP Mot cua", "31/12/2021", "Dang TH", "HT (02/12)"],
  ];

  it("reads the latest quarter written as the state, the earlier kept in Ghi chú", () => {
    const c = one(rows);
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Hoàn thành", 100, null],
      ["Hoàn thành", 100, null],
      ["Đang thực hiện", 60, null],
      ["Hoàn thành", 100, "2021-12-02"],
    ]);
    expect(c.tasks[1].note).toContain("Quy III: Dang thuc hien");
  });

  it("leaves quarters marked with a plan's ticks ('x') to the plan, no state", () => {
    const marks = rows.map((row, i) => (i >= 3 ? [row[0], row[1], row[2], "x", i % 2 === 0 ? "x" : null] : row));
    expect(one(marks).tasks.map((t) => t.status)).not.toContain("Hoàn thành");
  });
});

describe("a deadline written but not a day ('31/11/2021', 'khi phát sinh')", () => {
  const rows: GridCell[][] = [
    ["TT", "Nội dung công việc", "Thời hạn", "Tình trạng", "Ngày hoàn thành"],
    [1, "Lắp đặt màn hình tra cứu TTHC (kiosk) tại Bộ phận một cửa", "31/11/2021", "Chưa thực hiện"],
    [2, "Xây dựng bộ biểu mẫu tham khảo cho người dân", "15/13/2021", "Hoàn thành", "20/12/2021"],
    [3, "Niêm yết TTHC mới công bố", "30/11/2021", "Chưa thực hiện"],
  ];

  it("is kept as written and judged neither on time nor overdue, never 'Chưa đến hạn' by default", () => {
    expect(one(rows).tasks.map((t) => [t.dueText, t.verdict])).toEqual([
      ["31/11/2021", null],
      ["15/13/2021", null],
      [null, "Quá hạn"],
    ]);
  });

  it("is named in Kiểm tra as a deadline that cannot be read, and not judged", () => {
    const named = one(rows).problems.filter((p) => p.code === "BAD_DATE" && p.row === 2);
    expect(named.map((p) => p.message)).toEqual([expect.stringContaining("không đánh giá đúng hạn hay quá hạn")]);
  });
});
