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

describe("a plan drawn as bars by quarter over two years, with a 'Thường xuyên' column", () => {
  const rows: GridCell[][] = [
    ["PHỤ LỤC: TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC"],
    [],
    ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Thời gian thực hiện", null, null, null, null, "Đánh giá kết quả"],
    [null, null, null, "Năm 2021", null, "Năm 2022", null, "Thường xuyên"],
    [null, null, null, "Quý III", "Quý IV", "Quý I", "Quý II"],
    [1, "Tuyên truyền trên loa về các TTHC mức độ 3, 4", "CC VH-XH", null, "x", null, null, null, "Đang thực hiện"],
    [2, "Hướng dẫn người dân nộp hồ sơ trực tuyến", "BP TN&TKQ", null, null, null, null, "x", "Đang thực hiện"],
    [3, "Cử 02 cán bộ chưa đạt chuẩn đi bồi dưỡng", "CC VP-TK", null, "x", "x", "x", null, "Chưa thực hiện"],
    [4, "Phân công lãnh đạo theo dõi Bộ phận Một cửa", "CT UBND", "x", null, null, null, null, "Hoàn thành"],
    [],
    [null, null, null, null, null, "TM. ỦY BAN NHÂN DÂN"],
  ];
  const merges = [
    { top: 3, left: 4, bottom: 3, right: 8 },
    { top: 4, left: 4, bottom: 4, right: 5 },
    { top: 4, left: 6, bottom: 4, right: 7 },
    { top: 4, left: 8, bottom: 5, right: 8 },
  ];

  it("takes each task's deadline from the last quarter marked, in the year over it", () => {
    expect(one(rows, { merges }).tasks.map((t) => t.due)).toEqual(["2021-12-31", null, "2022-06-30", "2021-09-30"]);
  });

  it("reads a mark under 'Thường xuyên' as standing work, never as a deadline that cannot be read", () => {
    const c = one(rows, { merges });
    expect(c.tasks[1].dueText).toBeNull();
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("a month chart whose cells hold what happened, not only marks", () => {
  const rows: GridCell[][] = [
    ["TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ QUÝ IV/2021"],
    ["Ký hiệu: ○ - tháng thực hiện theo kế hoạch; khi hoàn thành ghi ngày vào ô tháng; ✓ - đã hoàn thành trong tháng"],
    ["STT", "Nhiệm vụ", "Tháng 10", "Tháng 11", "Tháng 12"],
    [1, "Cập nhật, niêm yết TTHC mới theo Quyết định công bố", "○", { date: "2021-11-18" as IsoDate }],
    [2, "Số hóa hồ sơ, kết quả giải quyết TTHC", "○", "○", "đang TH"],
    [3, "Hướng dẫn hồ sơ bằng Phiếu hướng dẫn", "05/10"],
    [4, "Gửi văn bản điện tử qua phần mềm QLVB", "HT 12/10"],
    [5, "Công khai số điện thoại đường dây nóng", "○", "✓"],
    [6, "Bố trí máy tính tra cứu TTHC", null, "31/11", "○"],
  ];

  it("reads a day, a state or a legend's symbol in a month's cell as the task's state and day done", () => {
    const c = one(rows);
    expect(c.tasks.map((t) => [t.status, t.doneDate, t.due])).toEqual([
      ["Hoàn thành", "2021-11-18", "2021-11-30"],
      ["Đang thực hiện", null, "2021-12-31"],
      ["Hoàn thành", "2021-10-05", "2021-10-31"],
      ["Hoàn thành", "2021-10-12", "2021-10-31"],
      // "✓ - đã hoàn thành trong tháng" under T11, no day written: done within November, by its end, and said.
      ["Hoàn thành", "2021-11-30", "2021-11-30"],
      expect.arrayContaining([null, "2021-12-31"]),
    ]);
    expect(c.tasks[4].note).toContain("ngày hoàn thành lấy ngày cuối kỳ");
  });

  it("names a day that does not exist ('31/11') instead of reading it", () => {
    const named = one(rows).problems.filter((p) => p.code === "BAD_DATE" && p.row === 9);
    expect(named.map((p) => p.value)).toEqual(["31/11"]);
  });
});

describe("a schedule by week under each month's heading, with the days each week runs", () => {
  const rows: GridCell[][] = [
    ["LỊCH THỰC HIỆN CÔNG VIỆC THÁNG 11, 12/2021"],
    ["TT", "Công việc", "Tháng 11/2021", null, null, null, "Tháng 12/2021", null, null, null, "Tình hình"],
    [null, null, "Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4", "Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"],
    [null, null, "01-07", "08-14", "15-21", "22-30", "01-07", "08-14", "15-21", "22-31"],
    [1, "Kiểm tra thực địa công trình đường bê tông thôn 3", "■", "■", null, null, null, null, null, null, "Đã xong"],
    [2, "Cải tạo khu vực chờ tại Bộ phận Một cửa", null, null, null, null, "■", "■", "■", null, "Đang làm"],
    [3, "Quyết toán công trình nhà văn hóa thôn 5", null, null, null, null, null, null, null, "■", "Chưa làm"],
  ];
  const merges = [
    { top: 2, left: 3, bottom: 2, right: 6 },
    { top: 2, left: 7, bottom: 2, right: 10 },
  ];

  it("is due on the last day of the last week marked", () => {
    expect(one(rows, { merges }).tasks.map((t) => [t.due, t.status])).toEqual([
      ["2021-11-14", "Hoàn thành"],
      ["2021-12-21", "Đang thực hiện"],
      ["2021-12-31", "Chưa thực hiện"],
    ]);
  });
});

describe("months shown only by painting their cells ('Ô tô màu: tháng thực hiện')", () => {
  const rows: GridCell[][] = [
    ["STT", "Công việc", "Người phụ trách", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Trạng thái"],
    [1, "Phân công cán bộ tham mưu giải ngân từng dự án", "CT UBND", null, null, null, null, null, "Hoàn thành"],
    [2, "Kiểm tra tiến độ tại thực địa các công trình", "ĐC-XD", null, null, null, null, null, "Đang thực hiện"],
    [],
    [null, "Ô tô màu: tháng thực hiện"],
  ];
  const fills = { "2:4": "FFFFC000", "2:5": "FFFFC000", "3:7": "FFFFC000", "3:8": "FFFFC000", "3:6": "FFFFFFFF" };

  it("is due at the end of the last month painted, and the legend is no task", () => {
    const c = one(rows, { fills });
    expect(c.tasks.map((t) => [t.content.slice(0, 12), t.due])).toEqual([
      ["Phân công cá", "2021-08-31"],
      ["Kiểm tra tiế", "2021-11-30"],
    ]);
  });
});

describe("progress written per month ('Tiến độ thực hiện (% hoàn thành lũy kế)' over the months)", () => {
  const rows: GridCell[][] = [
    ["BẢNG THEO DÕI TIẾN ĐỘ NHIỆM VỤ CCHC - CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"],
    ["STT", "Nhiệm vụ", "Thời gian thực hiện (theo KH)", "Tiến độ thực hiện (% hoàn thành lũy kế)", null, null, "Ghi chú"],
    [null, null, null, "Tháng 10", "Tháng 11", "Tháng 12 (đến 15/12)"],
    [1, "Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực hộ tịch", "Quý IV/2021", 0.2, 0.5, 0.8],
    [2, "Cập nhật TTHC lĩnh vực tư pháp lên Trang TTĐT xã", "T10-T11/2021", 0.5, 1],
    [3, "Hướng dẫn người dân đăng ký khai sinh trực tuyến", "Trong năm 2021", "30%", "60%", "60%"],
    [4, "Kiểm tra việc thu phí, lệ phí chứng thực", "Tháng 12/2021"],
  ];
  const merges = [{ top: 2, left: 4, bottom: 2, right: 6 }];
  const formats = { "4:4": "0%", "4:5": "0%", "4:6": "0%", "5:4": "0%", "5:5": "0%" };

  it("reads the tasks, each with the last share written as its progress, never figures across the months", () => {
    const c = one(rows, { merges, formats });
    expect(c.readings).toEqual([]);
    expect(c.tasks.map((t) => [t.progress, t.status])).toEqual([
      [80, "Đang thực hiện"],
      [100, "Hoàn thành"],
      [60, "Đang thực hiện"],
      [null, "Chưa thực hiện"],
    ]);
    expect(c.tasks[0].note).toContain("Tháng 10: 20%, Tháng 11: 50%");
  });
});

describe("a target in a task's note ('Đến 31/01/2022 phải đạt 100% KH vốn')", () => {
  const rows: GridCell[][] = [
    ["THEO DÕI TIẾN ĐỘ KẾ HOẠCH 49/KH-UBND (cập nhật đến ngày 14/12/2021)"],
    ["STT", "Nội dung", "Mã TC", "Tình trạng", "Ghi chú"],
    [1, "Tổng hợp tiến độ giải ngân vốn đầu tư công", "1.4", "đang TH", "Đến 31/01/2022 phải đạt 100% KH vốn"],
    [2, "Theo dõi giải ngân từng dự án", "1.4", "đang TH", "Đã giải ngân đạt 81,6%"],
  ];

  it("is no reading of the criterion", () => {
    expect(one(rows.slice(0, 3)).readings).toEqual([]);
  });

  it("while a result written the same way is", () => {
    expect(one(rows).readings.map((r) => [r.code, r.value, r.source.row])).toEqual([["1.4", 81.6, 4]]);
  });
});

describe("an annex titled by the plan it follows and the report it goes with", () => {
  const rows: GridCell[][] = [
    ["PHỤ LỤC: TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NGÀY 29/9/2021"],
    ["(Kèm theo Báo cáo số 212/BC-UBND ngày 13/12/2021 của UBND xã)"],
    ["TT", "Nội dung nhiệm vụ", "Mã TC", "Đánh giá kết quả"],
    [1, "Giải ngân 100% kế hoạch vốn đầu tư công năm 2021", "1.4", "Đang thực hiện (đạt 81,6%)"],
  ];

  it("dates a figure in a result by the report's day, not the plan's", () => {
    expect(one(rows).readings.map((r) => [r.value, r.date])).toEqual([[81.6, "2021-12-13"]]);
  });
});

describe("a works table that tracks each project's tasks, its money paid under dated sub-headings", () => {
  const rows: GridCell[][] = [
    ["THEO DÕI TIẾN ĐỘ CÁC CÔNG TRÌNH ĐẦU TƯ CÔNG NĂM 2021 (thực hiện tiêu chí 1.4)"],
    ["STT", "Công trình", "Kế hoạch vốn", "Giải ngân", null, "Nhiệm vụ cụ thể", "Thời hạn", "Tiến độ", "Người phụ trách"],
    [null, null, null, "Đến 30/9", "Đến 14/12"],
    [1, "Đường bê tông xóm Đồng Tiến", 2350, 1410, 2050, "Nghiệm thu khối lượng giai đoạn 2", "30/11/2021", "100%", "ĐC-XD"],
    [null, null, null, null, null, "Lập hồ sơ quyết toán hoàn thành công trình", "31/01/2022", "40%", "ĐC-XD, TC-KT"],
    [2, "Nhà văn hóa xóm Làng Lớn", 980, 300, 520, "Đôn đốc nhà thầu hoàn thiện phần mái", "15/12/2021", "60%", "PCT UBND"],
    [3, "Kênh mương nội đồng xóm Gốc Vải", 650, 650, 650, "Bàn giao công trình đưa vào sử dụng", "30/09/2021", "100%", "ĐC-XD"],
    [null, "Tổng cộng", 3980, 2360, 3220],
  ];
  const merges = [
    { top: 2, left: 4, bottom: 2, right: 5 },
    { top: 4, left: 2, bottom: 5, right: 2 },
    { top: 4, left: 3, bottom: 5, right: 3 },
    { top: 4, left: 4, bottom: 5, right: 4 },
    { top: 4, left: 5, bottom: 5, right: 5 },
  ];

  it("reads the commune's rate at each dated column from the total row", () => {
    expect(one(rows, { merges }).readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.4", "2021-09-30", 2360, 3980],
      ["1.4", "2021-12-14", 3220, 3980],
    ]);
  });

  it("reads each task with its deadline and progress, never its row as figures", () => {
    expect(one(rows, { merges }).tasks.map((t) => [t.content.slice(0, 16), t.due, t.progress])).toEqual([
      ["Nghiệm thu khối ", "2021-11-30", 100],
      ["Lập hồ sơ quyết ", "2022-01-31", 40],
      ["Đôn đốc nhà thầu", "2021-12-15", 60],
      ["Bàn giao công tr", "2021-09-30", 100],
    ]);
  });
});

describe("the desk's months across with its rates written under the counts", () => {
  const rows: GridCell[][] = [
    ["SỐ LIỆU HỒ SƠ TTHC (theo phần mềm một cửa)"],
    [],
    ["Chỉ tiêu", "Tháng 9/2021", "Tháng 10/2021", "Tháng 11/2021", "Lũy kế năm 2021"],
    ["Tổng hồ sơ tiếp nhận", 142, 156, 171, 1661],
    ["Trong đó: tiếp nhận trực tuyến", 31, 40, 52, 412],
    ["Giải quyết trước hạn, đúng hạn", 140, 154, 170, 1652],
    ["Giải quyết quá hạn", 2, 1, 0, 9],
    ["Tỷ lệ giải quyết đúng hạn (%)", 98.59, 99.35, 100, 99.46],
    ["Tỷ lệ hồ sơ trực tuyến (%)", 21.83, 25.64, 30.41, 24.8],
    [],
    ["Ghi chú: lũy kế năm tính từ 15/12/2020 đến 14/12/2021."],
  ];
  const read = () => one(rows).readings.map((r) => [r.code, r.date, r.numerator, r.denominator, rounded(r.value)]);

  it("reads each rate of each month as the criterion's reading, its parts that month's counts", () => {
    expect(read()).toEqual(
      expect.arrayContaining([
        ["1.2", "2021-09-30", 140, 142, 98.6],
        ["1.1", "2021-11-30", 52, 171, 30.4],
      ]),
    );
  });

  it("reads the running total to the day the note gives, and nothing of the count rows as rates", () => {
    expect(read()).toEqual(
      expect.arrayContaining([
        ["1.2", "2021-12-14", 1652, 1661, 99.5],
        ["1.1", "2021-12-14", 412, 1661, 24.8],
      ]),
    );
    expect(read()).toHaveLength(8);
  });

  it("names a rate's cell that holds no figure ('chưa chốt'), never drops it silently", () => {
    const open = rows.map((row, i) => (i === 8 ? [row[0], row[1], row[2], "chưa chốt", row[4]] : row));
    const c = one(open);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => [p.row, p.value])).toEqual([[9, "chưa chốt"]]);
    expect(c.readings.filter((r) => r.code === "1.1")).toHaveLength(3);
  });
});

describe("shares by quarter where some reached 1 (100 %)", () => {
  const rows: GridCell[][] = [
    ["STT", "Nội dung nhiệm vụ", "Thời hạn", "Tiến độ qua các quý", null, null, "Tiến độ hiện tại", "Trạng thái", "Ngày hoàn thành"],
    [null, null, null, "Q1", "Q2", "Q3"],
    [1, "Xây dựng chuyên mục DVC trực tuyến trên Trang TTĐT xã", "30/06/2021", 0.3, 1, 1, 1, "Hoàn thành"],
    [2, "Tuyên truyền trên loa phát thanh về DVC trực tuyến", "31/12/2021", 0.25, 0.5, 0.75, 0.9, "Đang thực hiện"],
  ];
  const merges = [{ top: 1, left: 4, bottom: 1, right: 6 }];

  it("are the progress's history, never a plan's bars with days done ('0.75' is no day)", () => {
    const c = one(rows, { merges });
    expect(c.tasks.map((t) => [t.due, t.doneDate, t.doneText])).toEqual([
      ["2021-06-30", null, null],
      ["2021-12-31", null, null],
    ]);
  });
});

describe("a sheet listing the documents kept as evidence", () => {
  const rows: GridCell[][] = [
    ["STT", "Tên tài liệu", "Số, ký hiệu", "Ngày", "Lưu tại"],
    [1, "Báo cáo kết quả niêm yết công khai TTHC", "45/BC-TP", "09/10/2021", "Tủ hồ sơ BP1C"],
    [2, "Danh sách hồ sơ hộ tịch giải quyết năm 2021", null, { date: "2021-12-14" as IsoDate }, "Máy tính TP-HT"],
    [3, "Ảnh chụp bảng niêm yết TTHC", null, null, "Thư mục ảnh"],
  ];

  it("makes no task of a document, and says what the sheet is", () => {
    const c = one(rows, { sheet: "Tai lieu KC" });
    expect(c.tasks).toEqual([]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED").map((p) => p.message)).toEqual([
      expect.stringContaining("danh mục tài liệu"),
    ]);
  });
});

describe("a task table under a table of figures on one sheet", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021 VÀ NHIỆM VỤ CẢI THIỆN"],
    ["Mã", "Chỉ số thành phần", "Năm 2020 (%)", "Năm 2021 (%)"],
    ["2.4", "Hài lòng về kết quả giải quyết TTHC", 88.7, 90.3],
    ["2.5", "Hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị", 80, 82.5],
    [],
    ["NHIỆM VỤ CẢI THIỆN"],
    ["TT", "Việc", "Chủ trì", "Hạn", "Tình trạng"],
    [1, "Cải tạo khu vực chờ, bổ sung biển hiệu tại BP một cửa", "BP TN&TKQ", "30/11/2021", "Xong"],
  ];

  it("never gives the tasks the last code of the figures above", () => {
    const t = one(rows).tasks;
    expect(t.map((x) => [x.content.slice(0, 12), x.code === "2.5" && !x.codeSuggested])).toEqual([["Cải tạo khu ", false]]);
  });
});

describe("'Chưa xong' beside a share done", () => {
  it("is under way, not 'not begun'", () => {
    const c = one([
      ["STT", "Nhiệm vụ", "Hạn", "Trạng thái", "%"],
      [1, "Giải ngân 100% kế hoạch vốn được giao", "31/01/2022", "Chưa xong", 80.3],
      [2, "Lập hồ sơ quyết toán công trình", "31/01/2022", "Chưa xong", null],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([
      ["Đang thực hiện", 80.3],
      ["Chưa thực hiện", 0],
    ]);
  });
});

describe("one workbook's quarter sheets where a row was retyped", () => {
  const sheet = (name: string, text: string, state: string, done: string | null): Grid =>
    gridOf(
      [
        ["TT", "Mã TC", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày HT"],
        [1, "1.3", text, "CC VP-TK", "31/12/2021", state, done],
        [
          2,
          "1.5",
          "Sử dụng chữ ký số cho văn bản đi",
          "CC VP-TK",
          "30/11/2021",
          "Hoàn thành",
          name === "Quý II" ? "25/06/2021" : "05/07/2021",
        ],
        [3, "1.5", "Báo cáo CCHC quý III", "CC VP-TK", "31/12/2021", "Hoàn thành", "05/10/2021"],
      ].slice(0, name === "Quý II" ? 3 : 4),
      { sheet: name },
    );
  const read = () =>
    consolidate(
      [
        {
          file: "vp.xlsx",
          ok: true,
          grids: [
            sheet("Quý II", "Rà soát đội ngũ CBCC theo từng chức danh", "Đang thực hiện", null),
            sheet("Quý III", "Rà soát tổng thể đội ngũ CBCC về số lượng, chất lượng theo từng chức danh", "Hoàn thành", "30/08/2021"),
          ],
        },
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );

  it("keeps the task once, in the newer sheet's words and state, and says it took them as one", () => {
    const c = read();
    const rows = c.tasks.filter((t) => t.code === "1.3");
    expect(rows.map((t) => [t.source.sheet, t.status])).toEqual([["Quý III", "Hoàn thành"]]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_TASK").map((p) => p.message)).toEqual([expect.stringContaining("ghi khác lời")]);
  });

  it("names a day done that moved from one report to the next", () => {
    const moved = read().problems.filter((p) => p.code === "DUPLICATE_CONFLICT");
    expect(moved.map((p) => p.message)).toEqual([expect.stringContaining("25/06/2021")]);
  });
});

describe("leads written several to a cell", () => {
  const rows: GridCell[][] = [
    ["TT", "Nội dung", "Chủ trì", "Thời hạn"],
    [1, "Giải ngân vốn công trình đường thôn 3", "TC-KT / ĐC-XD", "30/11/2021"],
    [2, "Vận động nhân dân hiến đất làm đường", "Hội Nông dân xã\nTrưởng thôn 2", "30/11/2021"],
    [3, "Hướng dẫn nộp hồ sơ trực tuyến", "VH-XH\nBP Một cửa", "30/11/2021"],
    [4, "Tuyên truyền CCHC trên loa", "Cán bộ, công chức thực hiện", "30/11/2021"],
  ];

  it("leads with the first and keeps every other office as a partner, an unknown one as written", () => {
    expect(
      one(rows)
        .tasks.slice(0, 3)
        .map((t) => [t.lead, t.partners]),
    ).toEqual([
      ["Công chức Tài chính-Kế toán", "Công chức Địa chính-Xây dựng"],
      ["Hội Nông dân xã", "Trưởng thôn"],
      ["Công chức Văn hóa-Xã hội", "Bộ phận Tiếp nhận và trả kết quả xã"],
    ]);
  });

  it("reads 'Cán bộ, công chức thực hiện' as the lead's column", () => {
    const c = one([
      ["TT", "Nội dung", "Cán bộ, công chức thực hiện", "Thời hạn"],
      [1, "Tuyên truyền CCHC trên loa phát thanh", "CC VH-XH", "30/11/2021"],
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual(["Công chức Văn hóa-Xã hội"]);
  });
});

describe("a month's figures standing at a span of its days ('Tháng 12 (1-14/12)')", () => {
  it("is that month's reading, dated at the span's last day", () => {
    const c = one([
      ["Tháng", "Đã giải quyết", "Đúng hạn", "Tỷ lệ đúng hạn (%)"],
      ["Tháng 11/2021", 140, 139, 99.29],
      ["Tháng 12 (1-14/12)", 60, 60, 100],
    ]);
    expect(c.readings.map((r) => r.date)).toEqual(["2021-11-30", "2021-12-14"]);
    expect(c.problems.filter((p) => p.code === "READING_WITHOUT_PERIOD")).toEqual([]);
  });
});

describe("a form's column numbers under its headings, one of them a formula ('(5)=(4)-(3)')", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
    ["TT", "Chỉ số", "Năm 2020", "Năm 2021", "Tăng (+)/ Giảm (-)"],
    ["(1)", "(2)", "(3)", "(4)", "(5)=(4)-(3)"],
    [1, "Tiếp cận dịch vụ", 81.05, 83.36, 2.31],
    [2, "Thủ tục hành chính", 81.2, 82.95, 1.75],
  ];

  it("end the header: each year's column is read as that year's figures, 2021's among them", () => {
    const got = one(rows)
      .readings.filter((r) => r.date !== null && r.date >= "2021-01-01")
      .map((r) => [r.source.row, r.value]);
    expect(got).toEqual([
      [4, 83.36],
      [5, 82.95],
    ]);
  });
});

describe("a criterion written alone in Ghi chú ('TC 1.6'), the table having no code column", () => {
  it("is the row's criterion, said, never a guess from its words", () => {
    const c = one([
      ["STT", "Nội dung công việc", "Thời hạn", "Kết quả", "Ghi chú"],
      [1, "Tuyên truyền phòng, chống dịch Covid-19, thông điệp 5K trên loa truyền thanh", "30/09/2021", "Đã xong", "TC 1.6"],
      [2, "Phát thanh về thủ tục đăng ký khai sinh trực tuyến", "30/09/2021", "Đang làm", "chuyển sang Q4"],
    ]);
    expect(c.tasks.map((t) => [t.code, t.codeSuggested])).toEqual([
      ["1.6", false],
      [expect.anything(), true],
    ]);
    expect(c.tasks[0].note).toContain('Mã tiêu chí theo Ghi chú "TC 1.6"');
  });
});
