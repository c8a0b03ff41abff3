import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidation, consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { readGrids } from "../../src/xlsx/readGrids";
import { tempDir } from "../helpers/cli";
import { consolidateSheet, gridOf } from "../helpers/grids";

// More classes of blind sets 147-150: what an official's Excel habits (strikethrough, very hidden lists,
// legends, copied sheets of last year) mean for the work read.
const AS_OF = "2021-12-15" as IsoDate;
const dir = tempDir("cchc-147-");

/** A workbook written by exceljs (as Excel keeps styles and sheet states), read back and consolidated. */
async function book(name: string, make: (wb: ExcelJS.Workbook) => void): Promise<Consolidation> {
  const wb = new ExcelJS.Workbook();
  make(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  const r = await readGrids(name, readFileSync(path));
  if (!r.ok) throw new Error(r.bad.message);
  return consolidate([{ file: name, ok: true, grids: r.grids }], BUILTIN_PLAN, AS_OF);
}

const TASKS: ExcelJS.CellValue[][] = [
  ["STT", "Nội dung", "Chỉ số", "Thời hạn", "Trạng thái"],
  [1, "Niêm yết công khai TTHC lĩnh vực hộ tịch", "2.2", "30/6/2021", "Hoàn thành"],
  [2, "Tổ chức tập huấn nghiệp vụ hộ tịch cho trưởng thôn", "1.3", "30/9/2021", "Chưa thực hiện"],
  [3, "Số hóa sổ hộ tịch lưu trữ", "1.1", "31/12/2021", "Đang thực hiện"],
];

describe("a task struck through", () => {
  it("is dropped work: not a task, and Kiểm tra says why", async () => {
    const c = await book("gach.xlsx", (wb) => {
      const ws = wb.addWorksheet("KH 2021");
      for (const r of TASKS) ws.addRow(r);
      ws.getRow(3).font = { strike: true };
    });
    expect(c.tasks.map((t) => t.source.row).sort()).toEqual([2, 4]);
    const said = c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 3);
    expect(said?.message).toContain("gạch ngang");
  });
});

describe("a very hidden sheet", () => {
  it("is a program's list, never read; a sheet merely hidden still is", async () => {
    const c = await book("an.xlsx", (wb) => {
      const ws = wb.addWorksheet("KH 2021");
      for (const r of TASKS) ws.addRow(r);
      const dm = wb.addWorksheet("DM");
      dm.state = "veryHidden";
      for (const r of TASKS) dm.addRow(r);
      const old = wb.addWorksheet("Cũ");
      old.state = "hidden";
      old.addRow(TASKS[0]);
      old.addRow([1, "Rà soát, cập nhật sổ đăng ký khai sinh", "1.2", "31/10/2021", "Hoàn thành"]);
      old.addRow([2, "Cấp bản sao trích lục hộ tịch trực tuyến", "1.1", "30/11/2021", "Đang thực hiện"]);
    });
    expect([...new Set(c.tasks.map((t) => t.source.sheet))].sort()).toEqual(["Cũ", "KH 2021"]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED" && p.sheet === "DM" && /ẩn hẳn/.test(p.message))).toBe(true);
  });
});

describe("last year's sheet beside its copy, the year only in the titles", () => {
  it("leaves the sheet titled with the past year out", () => {
    const sheet = (title: string, y: number): GridCell[][] => [
      [`KẾ HOẠCH TUYÊN TRUYỀN CCHC NĂM ${y}`],
      ["STT", "Nội dung", "Thời hạn", "Kết quả"],
      [1, "Tuyên truyền trên loa truyền thanh về dịch vụ công trực tuyến", `30/6/${y}`, "Hoàn thành"],
      [2, "Treo băng rôn, khẩu hiệu về CCHC tại trụ sở", `15/9/${y}`, "Hoàn thành"],
      [3, `Đăng tin bài về CCHC trên trang thông tin điện tử ${title}`, `30/11/${y}`, "Đang thực hiện"],
    ];
    const c = consolidate(
      [
        {
          file: "vh.xlsx",
          ok: true,
          grids: [gridOf(sheet("xã", 2020), { sheet: "Sheet1" }), gridOf(sheet("xã", 2021), { sheet: "Sheet1 (2)" })],
        },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect([...new Set(c.tasks.map((t) => t.source.sheet))]).toEqual(["Sheet1 (2)"]);
    expect(c.problems.find((p) => p.code === "SHEET_PAST_YEAR")?.message).toContain("tiêu đề sheet");
  });
});

describe("a task under a section named after the index", () => {
  it("stays a task when its state is written, its share in brackets its progress", () => {
    const rows: GridCell[][] = [
      ["STT", "Tiêu chí", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình hình thực hiện"],
      ["I", null, "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
      [1, "1.3", "Cử công chức tham gia bồi dưỡng chuẩn hóa trình độ", "Văn phòng - Thống kê", "30/6/2021", "Đã hoàn thành"],
      [
        2,
        "1.5",
        "Triển khai phần mềm quản lý văn bản và điều hành, chữ ký số",
        "Văn phòng - Thống kê",
        "30/9/2021",
        "Đang thực hiện (đạt khoảng 85%)",
      ],
    ];
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress])).toEqual([
      [3, "Hoàn thành", 100],
      [4, "Đang thực hiện", 85],
    ]);
    expect(c.readings).toEqual([]);
  });

  it("stays a task when someone leads it, its figure its result", () => {
    const rows: GridCell[][] = [
      ["TT", "Tiêu chí", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Kết quả đến 15/12/2021", "Đánh giá"],
      ["A", null, "CHỈ SỐ CCHC"],
      [
        1,
        "1.2",
        "Giải quyết hồ sơ TTHC đúng hạn 100%; xin lỗi bằng văn bản khi trễ hạn",
        "Bộ phận TN&TKQ",
        "Các công chức",
        "Thường xuyên",
        "Q4: 99,2%; 4 HS trễ hạn đã có thư xin lỗi",
        "Chưa đạt",
      ],
      [2, "1.4", "Giải ngân vốn đầu tư công", "Chủ tịch UBND xã", "TC-KT, ĐC-XD", "30/9/2021", "Đến 15/12 đạt 81,2%", "Đạt mốc 30/9"],
    ];
    expect(consolidateSheet(rows).tasks.map((t) => [t.source.row, t.code])).toEqual([
      [3, "1.2"],
      [4, "1.4"],
    ]);
  });
});

describe("a legend", () => {
  it("on a sheet of its own ('Quy ước:' over '- … gạch ngang: …') holds no tasks", () => {
    const c = consolidateSheet([
      ["Quy ước:"],
      ["- Nội dung bị gạch ngang: nhiệm vụ đã hủy, không thực hiện"],
      ["- Ngày/kết quả bị gạch ngang: thông tin cũ, đã điều chỉnh (xem dòng bên dưới trong cùng ô)"],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("of coloured swatches under a table, a state in more words among them, is no task", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung", "Thời hạn", "Ghi chú"],
      [1, "Lập dự toán ngân sách xã năm 2022", "15/11/2021"],
      [2, "Công khai quyết toán ngân sách năm 2020", "30/6/2021"],
      [],
      ["Chú thích:"],
      [null, "Đã hoàn thành"],
      [null, "Đang thực hiện"],
      [null, "Quá hạn chưa hoàn thành"],
    ];
    const fills = { "2:1": "C6EFCE", "3:1": "FFC7CE", "6:1": "C6EFCE", "7:1": "FFEB9C", "8:1": "FFC7CE" };
    expect(consolidateSheet(rows, { fills }).tasks.map((t) => t.source.row)).toEqual([2, 3]);
  });
});

describe("a box to tick headed 'Đã xong (x)'", () => {
  it("reads its x as done", () => {
    const rows: GridCell[][] = [
      ["A. NHIỆM VỤ CHỦ TRÌ"],
      ["STT", "Nội dung", "Thời gian hoàn thành", "Đã xong (x)", "Tiến độ", "Ghi chú"],
      [1, "Niêm yết TTHC lĩnh vực đất đai, xây dựng", "Tháng 5/2021", "x", "100%"],
      [2, "Tiếp nhận hồ sơ cấp phép xây dựng trực tuyến mức độ 3", "trước 15/11/2021", null, "70%"],
      [],
      ["B. NHIỆM VỤ PHỐI HỢP"],
      ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành", "Đã xong (x)", "Ghi chú"],
      [1, "Phối hợp thẩm định hồ sơ công trình đường GTNT thôn Đông", "Tài chính - Kế toán", "30/9/2021", "x"],
      [2, "Phối hợp rà soát bộ TTHC niêm yết tại một cửa", "Văn phòng - Thống kê", "31/7/2021", "x"],
      [3, "Phối hợp tổ chức lấy phiếu khảo sát SIPAS đợt 2", "Văn hóa - Xã hội", "15/11/2021"],
    ];
    const tasks = consolidateSheet(rows).tasks;
    expect(tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Hoàn thành", "Hoàn thành", "Chưa thực hiện"]);
    // The column is the state's, not a note beside a state guessed from the progress.
    expect(tasks[0].note).toContain('Đã xong (x) ghi "x", đọc là Hoàn thành');
  });
});

describe("the provincial one-stop system's export by field", () => {
  const rows: GridCell[][] = [
    ["HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH KIÊN GIANG"],
    ["BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ"],
    ["Đơn vị: UBND xã Lại Sơn - Từ ngày: 01/10/2021 Đến ngày: 14/12/2021"],
    [],
    ["STT", "Lĩnh vực", "Số hồ sơ nhận giải quyết", null, null, null, "Kết quả giải quyết"],
    [
      null,
      null,
      "Tổng số",
      "Trong kỳ",
      "Trực tuyến",
      "Kỳ trước chuyển qua",
      "Đã giải quyết",
      "Trước hạn",
      "Đúng hạn",
      "Quá hạn",
      "Đang giải quyết",
      "Tỷ lệ đúng hạn (%)",
    ],
    [1, "Hộ tịch", 52, 50, 6, 2, 50, 41, 9, 0, 2, 100],
    [2, "Chứng thực", 48, 48, 20, 0, 48, 40, 7, 1, 0, 97.92],
    [3, "Đất đai", 27, 27, 0, 0, 27, 16, 10, 1, 0, 96.3],
    [4, "Xây dựng", 9, 9, 2, 0, 8, 5, 3, 0, 1, 100],
    [5, "Thủy sản (đăng ký tàu cá)", 31, 31, 18, 0, 31, 20, 11, 0, 0, 100],
    [6, "Lao động - Thương binh và Xã hội", 18, 18, 6, 0, 17, 12, 5, 0, 1, 100],
    [null, "Tổng cộng", 185, 183, 52, 2, 181, 134, 45, 2, 4, 98.9],
  ];
  const merges = [
    { top: 1, left: 1, bottom: 1, right: 12 },
    { top: 2, left: 1, bottom: 2, right: 12 },
    { top: 3, left: 1, bottom: 3, right: 12 },
    { top: 5, left: 3, bottom: 5, right: 6 },
    { top: 5, left: 7, bottom: 5, right: 12 },
    { top: 5, left: 1, bottom: 6, right: 1 },
    { top: 5, left: 2, bottom: 6, right: 2 },
  ];

  it("reads the commune's rate to the span's last day, 'Kỳ trước chuyển qua' no period, the total's rate over both 'on time' columns", () => {
    const rs = consolidateSheet(rows, { merges }).readings;
    expect(rs.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([["1.2", "2021-12-14", 179, 181]]);
  });
});

describe("a result that says what was achieved beside 'Hoàn thành'", () => {
  it("keeps the work done at 100 %, the share achieved in Ghi chú", () => {
    const rows: GridCell[][] = [
      ["STT", "Nhiệm vụ theo KH 49/KH-UBND", "Người phụ trách", "Kết quả", "Đánh giá"],
      [1, "Giải ngân vốn đầu tư công đạt 60% đến 30/9/2021", "Tài chính - Kế toán", "Đạt 63,5%", "Hoàn thành"],
      [2, "Giải ngân 100% kế hoạch vốn năm 2021", "Tài chính - Kế toán", "Đến 30/11 đạt 82,3%", "Đang thực hiện"],
    ];
    const tasks = consolidateSheet(rows).tasks;
    expect(tasks.map((t) => [t.status, t.progress])).toEqual([
      ["Hoàn thành", 100],
      ["Đang thực hiện", 82.3],
    ]);
    expect(tasks[0].note).toContain("Đạt 63,5%");
  });
});

describe("the council's targets with the growth target among them", () => {
  it("reads the growth row's figure as criterion 1.6, said to be an estimate, beside 1.7's share met", () => {
    const rows: GridCell[][] = [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2021 DO HĐND XÃ GIAO"],
      ["STT", "Chỉ tiêu", "ĐVT", "KH 2021", "Ước TH 2021", "So KH (%)", "Đánh giá"],
      [1, "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 7, 6.5, 92.86, "Không đạt"],
      [2, "Sản lượng khai thác hải sản", "tấn", 12500, 13120, 104.96, "Vượt"],
      [3, "Thu ngân sách nhà nước trên địa bàn", "triệu đồng", 2300, 2410, 104.78, "Đạt"],
      [4, "Tỷ lệ dân số tham gia BHYT", "%", 92, 93.5, 101.63, "Đạt"],
    ];
    const rs = consolidateSheet(rows).readings.sort((a, b) => a.code?.localeCompare(b.code ?? "") ?? 0);
    expect(rs.map((r) => [r.code, r.source.row, r.value])).toEqual([
      ["1.6", 3, 6.5],
      ["1.7", 2, 75],
    ]);
    expect(rs[0].note).toContain("số ước thực hiện");
  });
});

describe("figures under a task list", () => {
  it("reads a block of counts under 'Kết quả rà soát (số liệu đến 30/11/2021):' as the title's criterion, on that day", () => {
    const rows: GridCell[][] = [
      ["KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC XÃ NĂM 2021"],
      ["(Thực hiện tiêu chí 1.3 - Kế hoạch 49/KH-UBND)"],
      ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Tình trạng"],
      [
        1,
        "Cử 01 công chức đi học trung cấp lý luận chính trị",
        "Văn phòng - Thống kê",
        "Địa chính - Xây dựng",
        "Tháng 9/2021",
        "Hoàn thành",
      ],
      [2, "Bồi dưỡng kỹ năng tin học cho 03 công chức", "Văn phòng - Thống kê", null, "Quý IV/2021", "Đang thực hiện"],
      [],
      [null, "Kết quả rà soát (số liệu đến 30/11/2021):"],
      [null, "Tổng số CBCC", 21],
      [null, "Số đạt chuẩn", 20],
      [null, "Tỷ lệ", 0.952],
    ];
    const c = consolidateSheet(rows, { formats: { "10:3": "0.0%" } });
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5]);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([["1.3", "2021-11-30", 20, 21]]);
  });

  it("takes 'Đánh giá chung: hoàn thành 1/3 nhiệm vụ …' under the rows for the table's note, never a task", () => {
    const rows: GridCell[][] = [
      ["STT", "Noi dung", "Tieu chi", "Phu trach", "Thoi han", "Tinh trang"],
      [1, "Cập nhật biến động đất đai vào phần mềm VBDLIS", "1.1", "Địa chính - XD", "30/10/2021", "Xong"],
      [2, "Lập hồ sơ cấp phép xây dựng trực tuyến mức độ 4", "1.1", "Địa chính - XD", "31/12/2021", "Chưa"],
      [],
      [null, "Đánh giá chung: hoàn thành 1/2 nhiệm vụ, 1 chưa làm"],
    ];
    expect(consolidateSheet(rows).tasks.map((t) => t.source.row)).toEqual([2, 3]);
  });
});

describe("a dashboard sheet counting the tasks", () => {
  it("is no task list nor figures: 'Trạng thái | Số nhiệm vụ | Tỷ lệ' and 'Mã TC | Tiêu chí | Số NV | Đã HT | % hoàn thành'", () => {
    const rows: GridCell[][] = [
      ["TỔNG QUAN THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
      ["Cập nhật ngày 15/12/2021"],
      [],
      ["Trạng thái", "Số nhiệm vụ", "Tỷ lệ"],
      ["Hoàn thành", 6, 0.5],
      ["Đang thực hiện", 4, 0.333],
      ["Chưa thực hiện", 2, 0.167],
      [],
      ["Mã TC", "Tiêu chí", "Số NV", "Đã HT", "% hoàn thành"],
      ["1.1", "Thực hiện kế hoạch CCHC (DVC mức độ 3, 4)", 2, 2, 1],
      ["1.2", "Hồ sơ TTHC giải quyết đúng hạn", 1, 0, 0],
      ["1.4", "Giải ngân vốn đầu tư công", 2, 1, 0.5],
    ];
    const c = consolidateSheet(rows, { formats: { "5:3": "0%", "6:3": "0%", "7:3": "0%", "10:5": "0%", "11:5": "0%", "12:5": "0%" } });
    expect([c.tasks, c.readings]).toEqual([[], []]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(true);
  });
});

describe("the vice-chair written 'Phó CT'", () => {
  it("is the vice-chair, its 'CT' no 'chủ trì' mark", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung", "Tiêu chí", "Người thực hiện", "Hạn", "Tình trạng"],
      [1, "Tập huấn kỹ năng giao tiếp cho công chức một cửa", "2.3", "Phó CT", "30/11/2021", "Đang thực hiện"],
      [2, "Xây dựng báo cáo ước tăng trưởng GRDP năm 2021", "1.6", "Phó CT (Kinh tế)", "05/12/2021", "Đang thực hiện"],
    ];
    expect(consolidateSheet(rows).tasks.map((t) => t.lead)).toEqual(["Phó Chủ tịch Ủy ban nhân dân xã", "Phó Chủ tịch Ủy ban nhân dân xã"]);
  });
});

describe("months down with two rates across, an STT column first", () => {
  it("reads both rates of each month, each with its own counts", () => {
    const rows: GridCell[][] = [
      ["THỐNG KÊ HỒ SƠ THEO THÁNG"],
      ["Từ ngày 01/01/2021 đến ngày 30/11/2021"],
      [
        "STT",
        "Tháng",
        "Tổng số hồ sơ tiếp nhận",
        "Tiếp nhận trực tuyến (mức độ 3, 4)",
        "Tỷ lệ trực tuyến",
        "Số hồ sơ đã giải quyết",
        "Đúng hạn",
        "Trễ hạn",
        "Tỷ lệ đúng hạn",
      ],
      [1, "Tháng 01/2021", 118, 20, 0.1695, 115, 114, 1, 0.9913],
      [2, "Tháng 02/2021", 96, 15, 0.1563, 98, 98, 0, 1],
      [3, "Tháng 03/2021", 142, 30, 0.2113, 138, 136, 2, 0.9855],
    ];
    const formats = Object.fromEntries(
      [4, 5, 6].flatMap((r) => [
        [`${r}:5`, "0.00%"],
        [`${r}:9`, "0.00%"],
      ]),
    );
    const rs = consolidateSheet(rows, { formats }).readings.filter((r) => r.period === "Tháng 01/2021");
    expect(rs.map((r) => [r.code, r.numerator, r.denominator]).sort()).toEqual([
      ["1.1", 20, 118],
      ["1.2", 114, 115],
    ]);
  });
});

describe("a disbursement report by project under its funding sources", () => {
  it("adds up the projects, never the sources' lines over them as well", () => {
    const rows: GridCell[][] = [
      ["BÁO CÁO TÌNH HÌNH THỰC HIỆN VÀ GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2021"],
      ["(Số liệu đến ngày 30/11/2021)"],
      ["STT", "Danh mục dự án", "Kế hoạch vốn năm 2021", "Giải ngân đến 30/11/2021", "Tỷ lệ so với KH (%)"],
      ["A", "NGUỒN VỐN NGÂN SÁCH TỈNH HỖ TRỢ", 4800, 3900, 81.25],
      [1, "Đường GTNT ấp Phú Hòa (nối dài)", 2800, 2520, 90],
      [2, "Nâng cấp Trường Mầm non Phú Thành", 2000, 1380, 69],
      ["B", "NGUỒN VỐN NGÂN SÁCH XÃ", 1200, 645, 53.75],
      [1, "Sửa chữa trụ sở UBND xã", 600, 420, 70],
      [2, "Lắp đặt hệ thống camera an ninh", 600, 225, 37.5],
      [null, "TỔNG CỘNG (A+B)", 6000, 4545, 75.75],
    ];
    const rs = consolidateSheet(rows).readings;
    expect(rs.map((r) => [r.code, r.numerator, r.denominator, r.source.row])).toEqual([["1.4", 4545, 6000, 10]]);
    // The sources' lines left out are said.
    expect(rs[0].note).toContain("dòng 4, 7 là dòng cộng của nhóm");
  });
});

describe("a period's counts written as a sentence in a task list's text column", () => {
  it("is a reading of that period, never a task", () => {
    const rows: GridCell[][] = [
      ["STT", "Noi dung", "Tieu chi", "Phu trach", "Thoi han", "Tinh trang"],
      [1, "Giải quyết hồ sơ đất đai đúng hạn, giảm hồ sơ trễ hẹn", "1.2", "Địa chính - XD", "Thường xuyên", "Đang làm"],
      [2, "Hồ sơ đất đai Q3: nhận 31, trả đúng hạn 29, trễ 2"],
      [3, "Văn bản đi quý III/2021: tổng số 312 văn bản, gửi điện tử 298 văn bản, đạt 95,5%", "1.5"],
      [4, "Số hồ sơ cấp GCN nộp trực tuyến 9 tháng: 12/40 hồ sơ = 30%", "1.1"],
      [5, "Cập nhật biến động đất đai vào phần mềm VBDLIS", "1.1", "Địa chính - XD", "30/10/2021", "Xong"],
    ];
    const c = consolidateSheet(rows);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 6]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator]).sort()).toEqual([
      [3, "1.2", "2021-09-30", 29, 31],
      [4, "1.5", "2021-09-30", 298, 312],
      [5, "1.1", "2021-09-30", 12, 40],
    ]);
  });
});

describe("one target's own figure among the council's targets", () => {
  it("is not suggested the criterion of targets met; a line of the share met is", () => {
    const rows: GridCell[][] = [
      ["PHÓ CHỦ TỊCH UBND XÃ - THEO DÕI CHỈ TIÊU KT-XH VÀ NHIỆM VỤ CCHC NĂM 2021"],
      ["TT", "Nhiệm vụ / chỉ tiêu", "Mã", "Phụ trách", "Hạn", "Tiến độ (%)", "Kết quả"],
      ["A", "NHIỆM VỤ"],
      [
        1,
        "Chỉ đạo các bộ phận thực hiện các chỉ tiêu KT-XH năm 2021 do HĐND xã giao",
        "1.7",
        "Phó Chủ tịch",
        "31/12/2021",
        0.85,
        "Đang thực hiện",
      ],
      [2, "Họp đánh giá tình hình KT-XH 9 tháng đầu năm", "1.7", "Phó Chủ tịch", "15/10/2021", 1, "Đã họp ngày 08/10/2021"],
      ["B", "SỐ LIỆU CHỈ TIÊU"],
      [3, "Tỷ lệ chỉ tiêu HĐND giao đạt và vượt", null, null, null, null, "87,5%"],
      [4, "Tỷ lệ hộ nghèo cuối năm", null, null, null, null, "2,1%"],
      [5, "Tỷ lệ người dân tham gia BHYT", null, null, null, null, "92%"],
    ];
    const rs = consolidateSheet(rows).readings.sort((a, b) => a.source.row - b.source.row);
    expect(rs.map((r) => [r.source.row, r.code])).toEqual([
      [7, "1.7"],
      [8, null],
      [9, null],
    ]);
  });
});

describe("a survey's answers, one form a row", () => {
  it("are no readings: 'Ma phieu | Ngay | Linh vuc | Cau 1 | Cau 2 …'", () => {
    const rows: GridCell[][] = [
      ["Ma phieu", "Ngay", "Linh vuc", "Cau 1", "Cau 2", "Cau 3", "Cau 4", "Y kien khac"],
      ["D2-001", "08/11/2021", "Ho tich", 5, 4, 4, 5],
      ["D2-002", "09/11/2021", "Chung thuc", 4, 4, 5, 4, "can bo nhiet tinh"],
      ["D2-003", "10/11/2021", "Dat dai", 4, 5, 4, 4, "cho doi hoi lau"],
    ];
    const c = consolidateSheet(rows);
    expect([c.tasks, c.readings]).toEqual([[], []]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(true);
  });
});
