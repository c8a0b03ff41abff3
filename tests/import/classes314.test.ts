import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 314-319.

const day = (d: string) => ({ date: d as IsoDate });

describe('a group numbered "Nhom 1" naming its code, lead and deadline over rows lettered "a)"', () => {
  const c = consolidateSheet([
    ["UBND XA AN PHU"],
    ["THEO DOI THUC HIEN KE HOACH NAM 2021"],
    [],
    ["TT", "Noi dung cong viec", "Ma TC", "Don vi chu tri", "Han hoan thanh", "Tinh trang", "Tien do", "Ngay xong"],
    ["Nhom 1", "Tieu chi thanh phan: Ty le ho so TTHC giai quyet dung han", "1.2", "VP-TK", "Trong nam 2021"],
    ["a)", "Theo doi, don doc giai quyet ho so TTHC, giam ty le ho so tre han", null, null, null, "Dang thuc hien", 0.8],
    ["b)", "Thuc hien xin loi nguoi dan doi voi ho so tre hen", null, "Bo phan mot cua", null, "Hoan thanh", 1, day("2021-06-30")],
    ["Nhom 2", "Chuan hoa doi ngu CBCC xa theo chuc danh", "1.3", "VP-TK", day("2021-11-30"), "Dang thuc hien", 0.5],
    ["a)", "Ra soat tong the doi ngu CBCC theo tung nhom chuc danh", null, null, day("2021-04-30"), "Hoan thanh", 1, day("2021-04-28")],
    ["b)", "Cu 02 can bo, 02 cong chuc chua dat chuan di boi duong", null, null, null, "Dang thuc hien", 0.5],
  ]);

  it("reads the group's row as their heading, its deadline and code theirs, never a task", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([6, 7, 8, 9, 10]);
    expect(c.tasks.filter((t) => t.source.row <= 7).map((t) => [t.code, t.due])).toEqual([
      ["1.2", "2021-12-31"],
      ["1.2", "2021-12-31"],
    ]);
  });

  it('takes a task numbered "Nhom 2" with its own state for the task its lettered rows belong to', () => {
    expect(c.tasks.filter((t) => t.source.row >= 9).map((t) => [t.code, t.due])).toEqual([
      ["1.3", "2021-04-30"],
      ["1.3", "2021-11-30"],
    ]);
  });
});

describe("a criterion's name with its lead and deadline, no number, over rows that leave them blank", () => {
  const c = consolidateSheet([
    ["UBND XÃ PHƯỚC LỘC"],
    ["DANH MỤC NHIỆM VỤ NĂM 2021"],
    [],
    ["Nội dung", "Người/bộ phận thực hiện", "Thời hạn", "Tình trạng", "Hoàn thành ngày"],
    ["Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "Văn phòng - Thống kê", "31/12/2021"],
    ["Rà soát hồ sơ sắp đến hạn hằng tuần, báo cáo lãnh đạo", "Bộ phận một cửa", null, "Đang thực hiện"],
    ["Gửi thư xin lỗi đối với hồ sơ trễ hẹn", null, null, "Đã làm", day("2021-08-02")],
    ["Tỷ lệ hồ sơ trễ hạn được xin lỗi đạt 100% trong năm", "Văn phòng - Thống kê", "31/12/2021"],
  ]);

  it("reads the criterion's row as a heading whose lead, deadline and criterion its rows take", () => {
    const rows = c.tasks.filter((t) => t.source.row <= 7);
    expect(rows.map((t) => [t.source.row, t.code, t.due, t.lead])).toEqual([
      [6, "1.2", "2021-12-31", "Bộ phận Tiếp nhận và trả kết quả xã"],
      [7, "1.2", "2021-12-31", "Công chức Văn phòng-Thống kê"],
    ]);
  });

  it("keeps a row of the same words with no rows under it as a task not yet begun", () => {
    expect(c.tasks.find((t) => t.source.row === 8)?.status).toBe("Chưa thực hiện");
  });
});

describe('"Tiêu chí 1.6 – …" with its deadline and no number between numbered tasks', () => {
  const c = consolidateSheet([
    ["UBND XÃ LONG SƠN"],
    ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND - QUÝ IV/2021"],
    [],
    ["Số TT", "Nội dung", "Chủ trì", "Phối hợp", "Hạn", "Trạng thái", "Tiến độ", "Ngày HT"],
    [null, "Tiêu chí 1.6 – Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)", null, null, "Trong năm 2021"],
    ["1.1", "Triển khai các biện pháp bảo đảm hoạt động sản xuất kinh doanh", "PCT UBND xã", "Trạm Y tế xã", null, "Đang thực hiện", 0.8],
    [
      "1.2",
      "Hỗ trợ 02 sản phẩm của HTX tham gia đánh giá OCOP",
      "PCT UBND xã",
      null,
      day("2021-11-30"),
      "Hoàn thành",
      1,
      day("2021-11-29"),
    ],
  ]);

  it("reads it as the heading of the tasks under it", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due])).toEqual([
      [6, "1.6", "2021-12-31"],
      [7, "1.6", "2021-11-30"],
    ]);
  });
});

describe('"Hạn chót | Hạn điều chỉnh" and no column of days done', () => {
  const c = consolidateSheet([
    ["UBND XÃ PHÚ MỸ"],
    ["STT", "Nội dung", "Chủ trì", "Hạn chót", "Hạn điều chỉnh (nếu có)", "Trạng thái", "Ghi chú"],
    [1, "Rà soát, niêm yết công khai TTHC tại Bộ phận một cửa", "CC VP-TK", day("2021-10-15"), day("2021-11-30"), "Đang thực hiện"],
    [2, "Tuyên truyền dịch vụ công trực tuyến", "CC VH-XH", day("2021-06-30"), null, "Hoàn thành"],
    [3, "Cập nhật hồ sơ giải ngân vốn đầu tư công", "CC TC-KT", day("2021-09-30"), "Quý IV", "Đang thực hiện"],
  ]);

  it("reads the moved deadline as the deadline, never as the day the work was done", () => {
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-11-30", null],
      ["2021-06-30", null],
      ["2021-12-31", null],
    ]);
    expect(c.tasks[0].note).toContain("hạn ban đầu 15/10/2021");
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION" || p.code === "BAD_DATE")).toEqual([]);
  });

  it('names the year taken for "Quý IV" written with none', () => {
    expect(c.problems.filter((p) => p.code === "YEAR_ASSUMED").map((p) => [p.row, p.column])).toEqual([[5, "E"]]);
  });
});

describe('"Ngày HT" as the first column, before the task\'s words', () => {
  const c = consolidateSheet([
    ["UBND XÃ HIỆP THÀNH - TỔNG HỢP TIẾN ĐỘ NHIỆM VỤ NĂM 2021"],
    [],
    ["Ngày HT", "Nội dung công việc", "Đơn vị/người chủ trì", "Hạn", "Tiến độ (%)", "Trạng thái"],
    [null, "Tổ chức giải quyết hồ sơ TTHC đúng hạn", "BP Một cửa", day("2021-12-31"), 80, "Đang thực hiện"],
    [day("2021-07-15"), "Niêm yết công khai TTHC theo Quyết định công bố mới", "BP Một cửa", day("2021-06-30"), 100, "Hoàn thành"],
  ]);

  it("reads it as the day done", () => {
    expect(c.tasks.map((t) => t.doneDate)).toEqual([null, "2021-07-15"]);
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN" || p.code === "DONE_WITHOUT_DATE")).toEqual([]);
  });
});

describe('the desk\'s month with "Sớm hạn | Đúng hạn | Trễ hạn | Chưa đến hạn | Quá hạn chưa trả | Hủy/rút"', () => {
  const c = consolidateSheet([
    ["UBND XÃ LONG HÀ - BỘ PHẬN MỘT CỬA"],
    ["I. THÁNG 10/2021 (từ 15/9/2021 đến 14/10/2021)"],
    [
      "Lĩnh vực",
      "Tổng số HS",
      "Trực tuyến",
      "Trực tiếp",
      "Sớm hạn",
      "Đúng hạn",
      "Trễ hạn",
      "Chưa đến hạn",
      "Quá hạn chưa trả",
      "Hủy/rút",
      "Tỷ lệ đúng hạn",
    ],
    ["Hộ tịch", 46, 6, 40, 12, 31, 1, 2, 0, 0, 0.977],
    ["Đất đai", 11, 2, 9, 2, 5, 1, 3, 0, 0, 0.875],
    ["Cộng", 57, 8, 49, 14, 36, 2, 5, 0, 0],
  ]);

  it("reads a record per field: the pending ones by the day promised, never a rate read off the total row", () => {
    expect(
      c.dossiers?.map((d) => [d.field, d.from, d.to, d.online, d.inPerson, d.early, d.onTime, d.late, d.pendingInTime, d.pendingOverdue]),
    ).toEqual([
      ["Hộ tịch", "2021-09-15", "2021-10-14", 6, 40, 12, 31, 1, 2, 0],
      ["Đất đai", "2021-09-15", "2021-10-14", 2, 9, 2, 5, 1, 3, 0],
    ]);
    expect(c.readings.filter((r) => r.source.row === 6)).toEqual([]);
  });
});

describe("one field's counts by quarter with its rate beside them, a count typed as words", () => {
  const c = consolidateSheet(
    [
      ["ỦY BAN NHÂN DÂN XÃ BÌNH MINH"],
      ["SỔ THEO DÕI KẾT QUẢ GIẢI QUYẾT TTHC - LĨNH VỰC ĐẤT ĐAI"],
      [],
      [
        "Kỳ",
        "Tồn kỳ trước",
        "Mới tiếp nhận",
        null,
        null,
        "Đã giải quyết",
        null,
        null,
        "Chưa giải quyết",
        null,
        "Rút, trả lại",
        "Tỷ lệ đúng hạn (%)",
      ],
      [null, null, "Trực tiếp", "Qua DVC trực tuyến", "Qua bưu chính", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
      ["Quý I", 5, 14, 1, 0, 3, 10, 2, 4, 0, 1, 86.67],
      ["Quý II", 4, 16, 2, 1, 4, 12, 1, 5, 1, 0, 94.12],
      ["Quý III", 6, 12, 3, 0, 5, "đang tổng hợp", 1, 5, 0, 1, null],
    ],
    { merges: merged("A4:A5", "B4:B5", "C4:E4", "F4:H4", "I4:J4", "K4:K5", "L4:L5") },
  );

  it("reads the counts as the desk's records and no count as a reading of its own", () => {
    expect(c.dossiers?.map((d) => [d.source.row, d.online, d.late])).toEqual([
      [6, 1, 2],
      [7, 2, 1],
      [8, 3, 1],
    ]);
    expect(c.readings.every((r) => r.source.columns.value === 12)).toBe(true);
  });
});

describe('"Kỳ báo cáo (Quý III/2021) | Kỳ trước | Cùng kỳ năm trước" across an indicator\'s row', () => {
  const c = consolidateSheet([
    ["UBND XA TAN LAP"],
    ["KET QUA THUC HIEN CAC CHI SO CCHC QUY III NAM 2021"],
    [],
    ["STT", "Chi so", "Chi tieu KH", "Ky bao cao (Quy III/2021)", "Ky truoc", "Cung ky nam truoc", "Ghi chu"],
    [1, "Ty le ho so TTHC giai quyet dung han", "100%", "96%", "98%", "94%"],
    [2, "Ty le van ban di gui duoi dang dien tu", "toi da", "43/45", "40/44", "35/41"],
  ]);

  it("reads the column of the period reported, named in its brackets", () => {
    const on = (row: number) =>
      c.readings.filter((r) => r.source.row === row).map((r) => `${r.period}=${(r.value ?? Number.NaN).toFixed(1)}`);
    expect(on(5).sort()).toEqual(["Quý II/2021=98.0", "Quý III/2020=94.0", "Quý III/2021=96.0"]);
    expect(on(6)).toContain("Quý III/2021=95.6");
  });
});

describe('half-year bands over "Kế hoạch | Thực hiện", the second half not yet reported, a lead column beside', () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ LONG HIỆP"],
      ["THEO DÕI CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      [],
      ["TT", "Chỉ tiêu", "6 tháng đầu năm 2021", null, "6 tháng cuối năm 2021", null, "Đơn vị chủ trì"],
      [null, null, "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"],
      [1, "1.2 Tỷ lệ hồ sơ giải quyết đúng hạn", 100, 99.4, 100, null, "BP Một cửa"],
      [2, "1.1 Tỷ lệ hồ sơ trực tuyến mức độ 3, 4", 10, 8.7, 15, null, "CC VH-XH"],
      [3, "2.4 Hài lòng về kết quả giải quyết TTHC", 85, "87,1%", 87, null],
      [],
      [null, null, null, null, "Long Hiệp, ngày 10 tháng 12 năm 2021"],
      [null, null, null, null, "NGƯỜI LẬP"],
    ],
    { merges: merged("C4:D4", "E4:F4", "A4:A5", "B4:B5", "G4:G5") },
  );

  it("reads each indicator's first half, never a plan of work by month", () => {
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.code, r.period, r.value]).sort()).toEqual([
      ["1.1", "6 tháng đầu năm 2021", 8.7],
      ["1.2", "6 tháng đầu năm 2021", 99.4],
      ["2.4", "6 tháng đầu năm 2021", 87.1],
    ]);
  });
});

describe("a card per task down the sheet, one card typed without marks, labels with more words", () => {
  const card = (n: number, rows: GridCell[][]): GridCell[][] => [[`NHIỆM VỤ ${n}`], ...rows, []];
  const c = consolidateSheet([
    ["UBND XÃ AN LẠC"],
    ["PHIẾU THEO DÕI NHIỆM VỤ NĂM 2021"],
    [],
    ...card(1, [
      ["Nội dung", "Hướng dẫn tổ chức, cá nhân sử dụng dịch vụ công trực tuyến tại Bộ phận Một cửa"],
      ["Thuộc tiêu chí", "1.1"],
      ["Người chủ trì", "BP Một cửa"],
      ["Hạn hoàn thành", day("2021-12-31")],
      ["Tình trạng", "Đang thực hiện"],
    ]),
    ...card(2, [
      ["Nội dung", "Bố trí đủ ghế ngồi, bảng hướng dẫn tại khu vực chờ của Bộ phận Một cửa"],
      ["Thuộc tiêu chí", "2.1"],
      ["Người chủ trì", "CC VP-TK"],
      ["Hạn hoàn thành", day("2021-09-30")],
      ["Tình trạng", "Hoàn thành"],
      ["Ngày hoàn thành", day("2021-09-28")],
    ]),
    ...card(3, [
      ["Noi dung", "Xin loi nguoi dan bang van ban doi voi ho so tre hen"],
      ["Tieu chi", "1.2"],
      ["Nguoi chu tri", "BP TN&TKQ"],
      ["Thoi han", day("2021-12-31")],
      ["Tinh trang", "Chua thuc hien"],
    ]),
  ]);

  it("reads each card as one task, the unaccented card's labels as the others'", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.doneDate])).toEqual([
      ["1.1", "2021-12-31", "Đang thực hiện", null],
      ["2.1", "2021-09-30", "Hoàn thành", "2021-09-28"],
      ["1.2", "2021-12-31", "Chưa thực hiện", null],
    ]);
  });
});

describe("a task per column over a disbursement table of its own, a blank row between", () => {
  const c = consolidateSheet([
    [null, "UBND XÃ BÌNH MINH"],
    [null, "THEO DÕI NHIỆM VỤ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (Tiêu chí thành phần 1.4)"],
    [],
    [null, "Nhiệm vụ", "Nhiệm vụ 1", "Nhiệm vụ 2"],
    [null, "Nội dung", "Lập kế hoạch giải ngân chi tiết từng dự án", "Kiểm tra tiến độ thi công tại thực địa các công trình"],
    [null, "Chủ trì", "Chủ tịch UBND xã", "PCT UBND xã"],
    [null, "Thời hạn", day("2021-07-15"), day("2021-11-30")],
    [null, "Tình trạng", "Hoàn thành", "Đang thực hiện"],
    [null, "Ngày hoàn thành", day("2021-07-10")],
    [],
    [null, "TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
    [null, "Đến ngày", "Kế hoạch vốn được giao", "Đã giải ngân", "Tỷ lệ giải ngân (%)"],
    [null, day("2021-06-30"), 3500, 1260, 36],
    [null, day("2021-09-30"), 3500, 2310, 66],
  ]);

  it("reads a task per column, and the table under them as its own", () => {
    expect(c.tasks.map((t) => [t.due, t.status, t.doneDate])).toEqual([
      ["2021-07-15", "Hoàn thành", "2021-07-10"],
      ["2021-11-30", "Đang thực hiện", null],
    ]);
    expect(c.readings.map((r) => [r.date, r.value])).toEqual([
      ["2021-06-30", 36],
      ["2021-09-30", 66],
    ]);
  });
});

describe("a criterion's band over \"Đúng, trước hạn | Đã giải quyết | Tỷ lệ %\" beside other criteria's bands", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ TÂN LẬP"],
      ["SỐ LIỆU CÁC CHỈ SỐ CCHC THEO QUÝ NĂM 2021"],
      ["Kỳ", "Tiêu chí 1.1 - Hồ sơ trực tuyến", null, null, "Tiêu chí 1.2 - Hồ sơ giải quyết đúng hạn", null, null],
      [null, "Trực tuyến", "Tổng hồ sơ", "Tỷ lệ %", "Đúng, trước hạn", "Đã giải quyết", "Tỷ lệ %"],
      ["Quý I", 20, 310, 6.5, 300, 302, 99.3],
      ["Quý II", 35, 290, 12.1, 281, 281, 100],
    ],
    { merges: merged("B3:D3", "E3:G3", "A3:A4") },
  );

  it("reads the on-time count as the numerator, never as the criterion", () => {
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ["Quý I/2021", 300, 302],
      ["Quý II/2021", 281, 281],
    ]);
    expect(c.readings.every((r) => r.code === "1.1" || r.code === "1.2")).toBe(true);
  });
});

describe('"Tạm dừng" in the status column', () => {
  const c = consolidateSheet([
    ["UBND XÃ IA KHAI"],
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Trạng thái"],
    [1, "Nâng cấp đường truyền mạng tại Bộ phận một cửa", "CC VP-TK", "30/11/2021", "Tạm dừng"],
    [2, "Tuyên truyền dịch vụ công trực tuyến", "CC VH-XH", "30/06/2021", "Đang làm"],
  ]);

  it("is taken as under way for now, and said", () => {
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Đang thực hiện"]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS").map((p) => p.row)).toEqual([3]);
  });
});

describe('"Ngày HT | Ngày HT thực tế" side by side, no other deadline', () => {
  const c = consolidateSheet([
    ["UBND XÃ ĐỒNG TIẾN"],
    ["STT", "Nội dung", "Chủ trì", "Ngày HT", "Ngày HT thực tế", "Tình trạng"],
    [1, "Rà soát, niêm yết công khai TTHC tại Bộ phận một cửa", "CC VP-TK", day("2021-09-30"), day("2021-09-28"), "Hoàn thành"],
    [2, "Tuyên truyền dịch vụ công trực tuyến", "CC VH-XH", day("2021-12-31"), null, "Đang thực hiện"],
  ]);

  it("reads the heading alone as the day planned and the one done in fact as the day done", () => {
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-09-30", "2021-09-28"],
      ["2021-12-31", null],
    ]);
  });
});

describe('periods over "KH | TH" holding targets typed as percents', () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ HÒA LỘC"],
      ["THEO DÕI TIẾN ĐỘ GIẢI NGÂN VÀ THỰC HIỆN CHỈ TIÊU KT-XH NĂM 2021"],
      [],
      ["TT", "Chỉ tiêu", "ĐVT", "Quý I", null, "6 tháng", null, "9 tháng", null, "Ghi chú"],
      [null, null, null, "KH", "TH", "KH", "TH", "KH", "TH"],
      [1, "Tỷ lệ giải ngân vốn đầu tư công (TC 1.4)", "%", "20%", "18%", "40%", "41%", "60%", "63,5%", "Lũy kế từ đầu năm"],
      [2, "Tốc độ tăng trưởng GRDP trên địa bàn (TC 1.6)", "%", null, null, 6.5, 5.2, null, 5.8],
    ],
    { merges: merged("D4:E4", "F4:G4", "H4:I4") },
  );

  it("reads each period's result as a reading, never the rows as a plan of work", () => {
    expect(c.tasks).toEqual([]);
    expect(c.readings.filter((r) => r.code === "1.4").map((r) => r.value)).toEqual([18, 41, 63.5]);
  });
});

describe('an outline numbered "1", "1.1", "1.2", "2", "2.1" as criteria are, the items with their own figures', () => {
  const c = consolidateSheet([
    ["UBND XÃ IA MƠ"],
    ["BÁO CÁO TIẾN ĐỘ NHIỆM VỤ NÂNG CAO CHỈ SỐ SIPAS - QUÝ IV/2021"],
    ["Số TT", "Tên công việc", "Cán bộ phụ trách", "Thời hạn", "Mức độ hoàn thành (%)", "Ngày HT"],
    ["1", "Chỉ số hài lòng về tiếp cận dịch vụ", "Bộ phận Một cửa", day("2021-12-31")],
    ["1.1", "Sắp xếp lại khu vực chờ, bổ sung 10 ghế ngồi", null, day("2021-09-30"), 100, day("2021-09-27")],
    ["1.2", "Lắp biển chỉ dẫn, sơ đồ vị trí các quầy", null, null, 50],
    ["2", "Chỉ số hài lòng về tổ chức giải quyết TTHC", "BP Một cửa", "Quý IV/2021"],
    ["2.1", "Cập nhật 15 TTHC mới theo Quyết định công bố của UBND tỉnh", null, day("2021-11-15"), 100, day("2021-11-12")],
  ]);

  it("reads every item as a task, none as a criterion's heading", () => {
    expect(c.tasks.map((t) => [t.source.row, t.progress])).toEqual([
      [5, 100],
      [6, 50],
      [8, 100],
    ]);
  });
});

describe('a Roman heading with its lead and deadline over lettered groups "A", "B"', () => {
  const c = consolidateSheet([
    ["UBND XÃ IA BĂNG"],
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Tiến độ", "Kết quả"],
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "Chủ tịch UBND xã", null, "Quý III/2021"],
    ["1", "Ban hành quyết định phân công theo dõi từng dự án", null, null, null, 1, "Hoàn thành"],
    ["II", "TRIỂN KHAI GIẢI NGÂN CÁC DỰ ÁN", "Tài chính - Kế toán", "Địa chính - Xây dựng", day("2021-12-31")],
    ["A", "Dự án chuyển tiếp"],
    ["-", "Hoàn thiện hồ sơ thanh toán khối lượng hoàn thành đợt 2", null, null, null, 1, "Hoàn thành"],
  ]);

  it("reads the Roman row as a heading whose lead and deadline the rows under its groups take", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due])).toEqual([
      [4, "Chủ tịch Ủy ban nhân dân xã", "2021-09-30"],
      [7, "Công chức Tài chính-Kế toán", "2021-12-31"],
    ]);
  });
});

describe("a criterion named in words with its deadline and lead, its code in Ghi chú, over rows of results", () => {
  const c = consolidateSheet([
    ["UBND XÃ ĐĂK TÔ"],
    ["Nội dung công việc", "Thời gian thực hiện", "Thực hiện", "Kết quả (đến 10/12/2021)", "Ghi chú"],
    ["Tiêu chí “Thực hiện kế hoạch CCHC” (TC 1.1)", "Cả năm", "CC VH-XH"],
    ["- Phát thanh chuyên mục CCHC 02 buổi/tuần trên loa truyền thanh xã", null, null, "Đang thực hiện"],
    ["- Treo 05 băng rôn tuyên truyền dịch vụ công trực tuyến", "Tháng 10/2021", null, "Hoàn thành ngày 08/10/2021"],
    ["Hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị", "Năm 2021", null, null, "TC 2.5"],
    ["- Công khai đường dây nóng, hòm thư góp ý trên loa truyền thanh", null, "VH-XH", "Hoàn thành"],
  ]);

  it("reads both criteria's rows as headings, their codes and deadlines the rows'", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due])).toEqual([
      [4, "1.1", "2021-12-31"],
      [5, "1.1", "2021-10-31"],
      [7, "2.5", "2021-12-31"],
    ]);
  });
});

describe('the desk\'s block headed "Nộp online | Nộp trực tiếp/BC | … | Đang xử lý | Trong đó: quá hạn"', () => {
  const c = consolidateSheet([
    ["UBND XÃ BÌNH MINH - BỘ PHẬN MỘT CỬA"],
    ["Từ ngày 01/12/2021 đến ngày 10/12/2021"],
    ["STT", "Lĩnh vực", "Nộp online", "Nộp trực tiếp/BC", "Sớm hạn", "Đúng hạn", "Trễ hạn", "Đang xử lý", "Trong đó: quá hạn", "Rút HS"],
    [1, "Hộ tịch", 4, 6, 5, 3, 0, 2, 0, 0],
    [2, "Đất đai", 1, 2, 0, 1, 0, 6, 1, 0],
  ]);

  it("reads the online ones, and those pending in time as all pending less the overdue", () => {
    expect(c.dossiers?.map((d) => [d.field, d.online, d.inPerson, d.pendingInTime, d.pendingOverdue])).toEqual([
      ["Hộ tịch", 4, 6, 2, 0],
      ["Đất đai", 1, 2, 5, 1],
    ]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH")).toEqual([]);
  });
});

describe('the desk\'s "Đang xử lý" typed as words beside "Trong đó: quá hạn"', () => {
  const c = consolidateSheet([
    ["UBND XÃ BÌNH MINH - BỘ PHẬN MỘT CỬA"],
    ["Từ ngày 01/12/2021 đến ngày 10/12/2021"],
    ["STT", "Lĩnh vực", "Nộp online", "Nộp trực tiếp/BC", "Sớm hạn", "Đúng hạn", "Trễ hạn", "Đang xử lý", "Trong đó: quá hạn", "Rút HS"],
    [1, "Hộ tịch", 4, 6, 5, 3, 0, "chưa tổng hợp", 0, 0],
  ]);

  it("leaves those pending in time unknown and names the cell, never a 0 nobody wrote", () => {
    expect(c.dossiers?.map((d) => [d.field, d.unread])).toEqual([["Hộ tịch", ["pendingInTime"]]]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => [p.row, p.column])).toEqual([[4, "H"]]);
  });
});

describe('"Kỳ báo cáo (Quý III/2021) | Lũy kế từ đầu năm | Kế hoạch năm 2021" in a quarter\'s report', () => {
  const c = consolidateSheet([
    ["UBND XA BINH MINH"],
    ["BAO CAO KET QUA MOT SO CHI SO CCHC"],
    ["STT", "Chi tieu", "Don vi tinh", "Ky bao cao (Quy III/2021)", "Luy ke tu dau nam", "Ke hoach nam 2021", "Ghi chu"],
    [1, "Ty le ho so giai quyet dung han", "%", 98.05, 98.25, 100],
    [2, "Ty le van ban di gui duoi dang dien tu", "%", 94, 91.5, "—"],
  ]);

  it("reads the quarter and the year to its end, never the plan's target", () => {
    expect(c.readings.filter((r) => r.source.row === 5).map((r) => [r.period, r.value])).toEqual([
      ["Quý III/2021", 94],
      ["9 tháng năm 2021 (lũy kế)", 91.5],
    ]);
  });
});

describe('a lettered criterion "a | 1.4 - Giải ngân … | CT UBND | 31/12/2021" over rows numbered from 1', () => {
  const c = consolidateSheet([
    ["UBND XÃ LONG HƯNG"],
    ["TT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng"],
    ["a", "1.4 - Giải ngân vốn đầu tư công", "CT UBND", "31/12/2021"],
    ["1", "Lập kế hoạch giải ngân chi tiết từng dự án", "CC TC-KT", null, "Hoàn thành"],
    ["2", "Nghiệm thu, thanh toán khối lượng hoàn thành", null, null, "Đang thực hiện"],
    ["b", "1.3 - Chuẩn hóa cán bộ, công chức", "CC VP-TK", "30/9/2021"],
    ["1", "Cử 02 công chức đi bồi dưỡng chuẩn hóa", null, null, "Đang thực hiện"],
  ]);

  it("reads each lettered row as its numbered rows' heading", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due])).toEqual([
      [4, "1.4", "2021-12-31"],
      [5, "1.4", "2021-12-31"],
      [7, "1.3", "2021-09-30"],
    ]);
  });
});

describe('the desk\'s fields as sections, "Nhận mới | Trong đó nộp trực tuyến", a period per row', () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ MỸ PHƯỚC - BỘ PHẬN MỘT CỬA"],
      ["THEO DÕI HỒ SƠ THEO LĨNH VỰC 6 THÁNG CUỐI NĂM 2021"],
      ["Kỳ", "Tồn đầu kỳ", "Nhận mới", "Trong đó nộp trực tuyến", "Đã giải quyết", null, null, "Đang giải quyết", null, "Rút/hủy"],
      [null, null, null, null, "Sớm hạn", "Đúng hạn", "Trễ hạn", "Chưa đến hạn", "Quá hạn chưa trả"],
      ["I. LĨNH VỰC HỘ TỊCH"],
      ["Quý III", 2, 60, 15, 30, 28, 0, 4, 0, 0],
      ["Tháng 10", 4, 22, 7, 12, 11, 0, 3, 0, 0],
      ["II. LĨNH VỰC CHỨNG THỰC"],
      ["Quý III", 0, 150, 4, 130, 20, 0, 0, 0, 0],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:I3", "J3:J4") },
  );

  it("reads a record per field and period, those in person the new less the online", () => {
    expect(c.dossiers?.map((d) => [d.field, d.from, d.to, d.online, d.inPerson])).toEqual([
      ["Hộ tịch", "2021-07-01", "2021-09-30", 15, 45],
      ["Hộ tịch", "2021-10-01", "2021-10-31", 7, 15],
      ["Chứng thực", "2021-07-01", "2021-09-30", 4, 146],
    ]);
  });
});

describe("the desk's measures down, fields across grouped under bands, one field merged down beside them", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ PHƯỚC SƠN"],
      ["BIỂU THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II/2021"],
      ["(Số liệu từ ngày 15/3/2021 đến ngày 14/6/2021)"],
      ["TT", "Nội dung", "Tư pháp - Hộ tịch", null, "Địa chính - Xây dựng", null, "LĐ-TB&XH", "Tổng cộng"],
      [null, null, "Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng"],
      ["1", "Số hồ sơ tiếp nhận", 98, 210, 21, 7, 28, 364],
      [null, "- Tiếp nhận trực tiếp, bưu chính", 93, 210, 19, 7, 24, 353],
      [null, "- Tiếp nhận trực tuyến", 5, 0, 2, 0, 4, 11],
      ["2", "Số hồ sơ đã giải quyết", 93, 212, 16, 5, 26, 352],
      [null, "- Đúng hạn", 93, 212, 15, 5, 26, 351],
      [null, "- Quá hạn", 0, 0, 1, 0, 0, 1],
    ],
    { merges: merged("C4:D4", "E4:F4", "A4:A5", "B4:B5", "G4:G5", "H4:H5") },
  );

  it("reads a record per field under the bands, never one per band", () => {
    expect(c.dossiers?.map((d) => [d.field, d.online, d.late])).toEqual([
      ["Hộ tịch", 5, 0],
      ["Chứng thực", 0, 0],
      ["Đất đai", 2, 1],
      ["Xây dựng", 0, 0],
      ["Lao động - Thương binh và Xã hội", 4, 0],
    ]);
  });
});

describe('"Số nhiệm vụ | 2 | Tiến độ bình quân | 70" under the tasks', () => {
  const c = consolidateSheet([
    ["UBND XÃ IA PẾCH"],
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Tiến độ (%)"],
    [1, "Rà soát, niêm yết công khai TTHC tại Bộ phận một cửa", "CC VP-TK", "30/11/2021", 80],
    [2, "Tuyên truyền dịch vụ công trực tuyến", "CC VH-XH", "30/06/2021", 60],
    [null, "Số nhiệm vụ", 2, "Tiến độ bình quân", 70],
  ]);

  it("is a count of the tasks, never a task", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });
});

describe('a heading\'s lead said "Chu tri:" without marks', () => {
  const c = consolidateSheet(
    [
      ["UBND XA PHUOC THANH"],
      ["STT", "Noi dung cong viec", "Chu tri", "Han hoan thanh", "Tinh trang"],
      ["2.3. Hai long ve cong chuc tai Bo phan Mot cua (Chu tri: CC VP-TK; han 30/9/2021)"],
      [3, "Kiem tra gio giac, thai do giao tiep cua cong chuc tai Bo phan Mot cua", null, null, "Hoan thanh"],
    ],
    { merges: merged("A3:E3") },
  );

  it("gives the heading's rows that lead", () => {
    expect(c.tasks.map((t) => t.lead)).toEqual(["Công chức Văn phòng-Thống kê"]);
  });
});
