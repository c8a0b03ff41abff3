import { GridCell } from "../../src/core/import/grid";
import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 547 onwards and the sets before them left open.

describe("measures each over the same quarters, two header rows, a blank row above them", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CCHC NĂM 2021"],
      [],
      ["TT", "Chỉ tiêu", "Số phải thực hiện", null, null, "Số đã thực hiện", null, null, "Tỷ lệ (%)", null, null, "Ghi chú"],
      [null, null, "Quý I", "Quý II", "Quý III", "Quý I", "Quý II", "Quý III", "Quý I", "Quý II", "Quý III"],
      [1, "Văn bản đi được ký số, gửi điện tử (TC 1.5)", 120, 130, 140, 100, 120, 135, 83.3, 92.3, 96.4],
      [2, "Cán bộ, công chức được tập huấn CCHC (TC 2.1)", 15, 15, 15, 5, 10, 15, 33.3, 66.7, 100],
    ],
    { merges: merged("C3:E3", "F3:H3", "I3:K3", "A3:A4", "B3:B4", "L3:L4") },
  );

  it("reads each quarter's count, total and rate as one reading of that quarter", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator]).sort()).toEqual([
      ["1.5", "2021-03-31", 100, 120],
      ["1.5", "2021-06-30", 120, 130],
      ["1.5", "2021-09-30", 135, 140],
      ["2.1", "2021-03-31", 5, 15],
      ["2.1", "2021-06-30", 10, 15],
      ["2.1", "2021-09-30", 15, 15],
    ]);
  });

  it("says the columns were regrouped by quarter", () => {
    expect(c.problems.filter((p) => p.code === "LEGEND_READ").map((p) => p.message)).toEqual([
      expect.stringContaining("mỗi chỉ tiêu chia theo quý (Quý I/2021, Quý II/2021, Quý III/2021)"),
    ]);
  });
});

describe("a dossier sheet's totals, those done in time and their rates, each over the same quarters", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC QUÝ I - III NĂM 2021"],
      [],
      ["STT", "Chỉ tiêu theo dõi", "Tổng số (hồ sơ)", null, null, "Số đạt yêu cầu", null, null, "Tỷ lệ đạt (%)", null, null, "Ghi chú"],
      [null, null, "Q.I", "Q.II", "Q.III", "Q.I", "Q.II", "Q.III", "Q.I", "Q.II", "Q.III"],
      [1, "Hồ sơ TTHC được giải quyết đúng hạn (TCTP 1.2)", 48, 55, 50, 47, 55, 49, 97.92, 100, 98],
      [2, "Hồ sơ tiếp nhận trực tuyến mức độ 3, 4 (TC 1.1)", 52, 61, 58, 9, 15, 19, 17.31, 24.59, 32.76],
    ],
    { merges: merged("C3:E3", "F3:H3", "I3:K3", "A3:A4", "B3:B4", "L3:L4") },
  );

  it("reads a reading per criterion and quarter, never the first quarter's as the year's", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator]).sort()).toEqual([
      ["1.1", "Quý I/2021", 9, 52],
      ["1.1", "Quý II/2021", 15, 61],
      ["1.1", "Quý III/2021", 19, 58],
      ["1.2", "Quý I/2021", 47, 48],
      ["1.2", "Quý II/2021", 55, 55],
      ["1.2", "Quý III/2021", 49, 50],
    ]);
  });
});

describe("cards whose log is a day and a step on each row under their label", () => {
  const card = (n: number, code: string, work: string, lead: string, due: string, log: Array<[string, string]>) => [
    [`NHIỆM VỤ ${n}`],
    ["Tiêu chí:", code],
    ["Nội dung:", work],
    ["Chủ trì:", lead],
    ["Thời hạn:", due],
    ...log.map(([day, step], i) => [i === 0 ? "Diễn biến:" : null, day, step]),
    [],
  ];
  const c = consolidateSheet([
    ["PHIẾU THEO DÕI TỪNG NHIỆM VỤ - KẾ HOẠCH 49/KH-UBND"],
    [],
    ...card(
      1,
      "2.4 - Hài lòng về kết quả giải quyết TTHC",
      "Thực hiện nghiêm quy trình một cửa, một cửa liên thông",
      "CC VP-TK",
      "31/12/2021",
      [
        ["10/03/2021", "Ban hành quy chế phối hợp giữa các bộ phận"],
        ["30/11/2021", "Đạt 80%"],
      ],
    ),
    ...card(2, "2.2 - Hài lòng về tổ chức giải quyết TTHC", "Xây dựng bộ biểu mẫu hồ sơ tham khảo", "BP Một cửa", "30/09/2021", [
      ["15/7/2021", "Đã in 40 mẫu"],
      ["30/9/2021", "Chưa đủ mẫu, gia hạn đến 31/10/2021"],
      ["22/10/2021", "Hoàn thành 65 mẫu"],
    ]),
    ...card(3, "2.5 - Hài lòng về tiếp nhận, xử lý PAKN", "Công khai số điện thoại đường dây nóng", "CT UBND", "30/06/2021", [
      ["05/06/2021", "Niêm yết bảng đường dây nóng tại trụ sở – hoàn thành"],
    ]),
  ]);

  it("reads one task per card, never a step's row as a task", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 12, 21]);
  });

  it("takes the state, the share and the day done from the last step", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.progress, t.doneDate])).toEqual([
      ["2.4", "Đang thực hiện", 80, null],
      ["2.2", "Hoàn thành", 100, "2021-10-22"],
      ["2.5", "Hoàn thành", 100, "2021-06-05"],
    ]);
  });

  it("takes the new deadline a step gives", () => {
    expect(c.tasks[1].due).toBe("2021-10-31");
  });
});

describe("the plan's own layout: numbered criterion rows, and under each its tasks marked '-' with their own fields", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
      [],
      ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Ngày giao", "Hạn hoàn thành", "Ngày hoàn thành", "Tình trạng", "Ghi chú"],
      ["1", "Tiêu chí 1.1: Thực hiện kế hoạch CCHC - nâng cao tỷ lệ hồ sơ xử lý trực tuyến"],
      [
        "-",
        "Tuyên truyền trên loa phát thanh về các TTHC cung cấp DVC mức độ 3, 4",
        "CC VH-XH",
        "01/10/2021",
        "31/12/2021",
        null,
        "Đang thực hiện",
        "Đã phát 12 buổi",
      ],
      [
        "-",
        "Hướng dẫn tổ chức, cá nhân sử dụng DVC trực tuyến mức độ 3, 4",
        "BP Một cửa",
        "01/10/2021",
        "30/11/2021",
        "25/11/2021",
        "Hoàn thành",
      ],
      ["2", "Tiêu chí thành phần 1.2: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
      [
        "-",
        "Rà soát hồ sơ trễ hạn, thực hiện xin lỗi người dân theo quy định",
        "CC VP-TK",
        "05/10/2021",
        "31/10/2021",
        "08/11/2021",
        "Hoàn thành",
      ],
      [
        "-",
        "CT UBND kiểm tra, đôn đốc, xử lý CBCC nhũng nhiễu khi giải quyết TTHC",
        "CT UBND",
        "05/10/2021",
        "31/12/2021",
        null,
        "Đang thực hiện",
      ],
    ],
    { merges: merged("B4:H4", "B7:H7") },
  );

  it("reads each '-' row as a task under its criterion, never as a dated step of the numbered row", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status])).toEqual([
      [5, "1.1", "2021-12-31", "Đang thực hiện"],
      [6, "1.1", "2021-11-30", "Hoàn thành"],
      [8, "1.2", "2021-10-31", "Hoàn thành"],
      [9, "1.2", "2021-12-31", "Đang thực hiện"],
    ]);
  });

  it("never takes the day given as a day done", () => {
    expect(c.tasks.map((t) => t.doneDate)).toEqual([null, "2021-11-25", "2021-11-08", null]);
  });
});

describe("a criterion's heading, unmerged, with the count of its tasks in a column of days", () => {
  const c = consolidateSheet([
    ["Tổng hợp tiến độ các việc theo KH 49 - năm 2021"],
    [],
    ["Số TT", "Tên công việc", "Người phụ trách", "Ngày nhận", "Hạn", "Xong ngày", "% HT"],
    [null, "Tiêu chí 1.4 - Giải ngân vốn đầu tư công", null, "3 NV"],
    [1, "Lập kế hoạch giải ngân chi tiết từng công trình", "CC TC-KT", "01/9", "20/9", "18/9", "100%"],
    [2, "Kiểm tra tiến độ tại thực địa các công trình đường GTNT thôn 3", "PCT UBND", "01/9", "30/9", null, "60%"],
    [null, "Tiêu chí 1.5 - Văn bản điện tử", null, "2 NV"],
    [3, "Cấp chữ ký số cá nhân cho CBCC còn thiếu", "CC VP-TK", "01/10", "30/10", "25/10", "100%"],
  ]);

  it("reads the heading as the criterion of the tasks under it, never as a task", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.4"],
      [6, "1.4"],
      [8, "1.5"],
    ]);
  });
});

describe("a plan and result per quarter ('Quy I' over 'KH | TH'), typed without diacritics, its targets in words", () => {
  const c = consolidateSheet(
    [
      ["THEO DOI CHI SO CCHC NAM 2021 - XA TAN BINH"],
      [],
      ["Tieu chi", "Quy I", null, "Quy II", null, "Quy III", null, "Danh gia chung"],
      [null, "KH", "TH", "KH", "TH", "KH", "TH"],
      ["TCTP 1.2 - Ty le HS dung han", "100%", "98,6%", "100%", "99,4%", "100%", "100%", "Gan dat"],
      ["TCTP 1.5 - VB dien tu", "85%", "86%", "88%", "90,9%", "90%", "95,8%", "Dat"],
      ["TC 1.6 - Tang truong GRDP", "> nam 2020", null, "> nam 2020", "4,2%", "> nam 2020", null, "Uoc ca nam"],
    ],
    { merges: merged("B3:C3", "D3:E3", "F3:G3", "A3:A4", "H3:H4") },
  );

  it("reads each TH as the quarter's reading, never the rows as tasks", () => {
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.code, r.date, r.value]).sort()).toEqual([
      ["1.2", "2021-03-31", 98.6],
      ["1.2", "2021-06-30", 99.4],
      ["1.2", "2021-09-30", 100],
      ["1.5", "2021-03-31", 86],
      ["1.5", "2021-06-30", 90.9],
      ["1.5", "2021-09-30", 95.8],
      ["1.6", "2021-06-30", 4.2],
    ]);
  });
});

describe("a share done in a note, written short or without diacritics", () => {
  const c = consolidateSheet([
    ["THEO DOI THUC HIEN KH 49 NAM 2021"],
    ["(HT: hoan thanh; DTH: dang thuc hien; CTH: chua thuc hien)"],
    [],
    ["TT", "Ma TC", "Noi dung cong viec", "Nguoi phu trach", "Han", "Ghi chu / cap nhat"],
    [1, "2.2", "Day manh cung ung DVC truc tuyen muc do 3, 4", "BP Mot cua", "31/12/2021", "DTH 45%"],
    [2, "1.5", "Trao doi van ban dien tu, han che gui song song ban giay", "CC VP-TK", "31/12/2021", "DTH, dat 80%"],
    [3, "1.1", "Tuyen truyen DVC truc tuyen tren loa truyen thanh", "CC VH-XH", "31/12/2021", "TH 70%"],
    [4, "2.3", "Tap huan ky nang giao tiep cho cong chuc Mot cua", "CC VP-TK", "31/12/2021", "Chưa đạt yêu cầu, mới đạt 20%"],
  ]);

  it("takes the share as the task's progress, the work under way", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.progress])).toEqual([
      ["2.2", "Đang thực hiện", 45],
      ["1.5", "Đang thực hiện", 80],
      ["1.1", "Đang thực hiện", 70],
      ["2.3", "Đang thực hiện", 20],
    ]);
  });
});

describe("'Ngày' over 'giao | hết hạn | gia hạn | xong'", () => {
  const c = consolidateSheet(
    [
      ["SỔ THEO DÕI THỰC HIỆN NHIỆM VỤ NĂM 2021"],
      [],
      ["STT", "Việc cần làm", "Ai làm", "Ngày", null, null, null, "Xong chưa?", "%"],
      [null, null, null, "giao", "hết hạn", "gia hạn", "xong"],
      ["TIÊU CHÍ 1.4: GIẢI NGÂN VỐN ĐẦU TƯ CÔNG"],
      [
        1,
        "Họp giao ban tiến độ giải ngân với các chủ đầu tư, nhà thầu",
        "CT UBND",
        "04/10/2021",
        "15/10/2021",
        null,
        "12/10/2021",
        "Rồi",
        100,
      ],
      [2, "Nghiệm thu, thanh toán khối lượng đường GTNT thôn 4", "CC ĐC-XD", "11/10/2021", "30/11/2021", "20/12/2021", null, "Chưa", 70],
    ],
    { merges: merged("D3:G3", "A3:A4", "B3:B4", "C3:C4", "H3:H4", "I3:I4", "A5:I5") },
  );

  it("takes the day the time runs out as the deadline, the extension over it", () => {
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-10-15", "2021-10-12"],
      ["2021-12-20", null],
    ]);
  });
});

describe("a desk's counts by month, and under its rates a criterion's row of parts ('45/48')", () => {
  const c = consolidateSheet([
    ["BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ XÃ TÂN BÌNH"],
    ["SỐ LIỆU HỒ SƠ TTHC THEO THÁNG - QUÝ III/2021"],
    [],
    ["TT", "Chỉ tiêu", "Mã TC", "Tháng 7", "Tháng 8", "Tháng 9", "Ghi chú"],
    [1, "Tổng số hồ sơ tiếp nhận", null, 52, 61, 58],
    ["1.1", "Trong đó: trực tuyến mức độ 3, 4", null, 11, 14, 15],
    [2, "Số hồ sơ đã giải quyết", null, 50, 60, 57],
    ["2.1", "Trong đó: đúng hạn và trước hạn", null, 50, 59, 57],
    ["2.2", "Trễ hạn", null, 0, 1, 0],
    [3, "Tỷ lệ giải quyết đúng hạn (%)", "1.2", 100, 98.33, 100],
    [4, "Phiếu đánh giá hài lòng về công chức / tổng phiếu", "2.3", "45/48", "52/55", "50/50"],
  ]);

  it("reads the parts as the criterion's reading of each month", () => {
    expect(c.readings.filter((r) => r.code === "2.3").map((r) => [r.date, r.numerator, r.denominator, r.value])).toEqual([
      ["2021-07-31", 45, 48, 93.75],
      ["2021-08-31", 52, 55, 94.55],
      ["2021-09-30", 50, 50, 100],
    ]);
  });
});

describe("tasks with 'Quý III/2021' over 'KH (%) | TH (%)', and so for each quarter", () => {
  const c = consolidateSheet(
    [
      ["KẾ HOẠCH - THỰC HIỆN THEO QUÝ CÁC NHIỆM VỤ KHẮC PHỤC HẠN CHẾ CHỈ SỐ CCHC"],
      [],
      ["STT", "Nhiệm vụ", "Chủ trì", "Quý III/2021", null, "Quý IV/2021", null, "Ghi chú"],
      [null, null, null, "KH (%)", "TH (%)", "KH (%)", "TH (%)"],
      [1, "Rà soát CBCC chưa đạt chuẩn, lập kế hoạch bồi dưỡng", "VP-TK", 50, 50, 100, 100],
      [2, "Cử 02 công chức học lớp bồi dưỡng chức danh", "VP-TK", 0, 0, 100, "50%", "Đang học"],
      [3, "Tự khảo sát mức độ hài lòng 6 tháng cuối năm", "VP-TK", null, null, 100, 0],
    ],
    { merges: merged("D3:E3", "F3:G3", "A3:A4", "B3:B4", "C3:C4", "H3:H4") },
  );

  it("reads each task once, its progress the latest quarter's TH", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress])).toEqual([
      [5, "Hoàn thành", 100],
      [6, "Đang thực hiện", 50],
      [7, "Chưa thực hiện", 0],
    ]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_TASK")).toEqual([]);
  });
});

describe("a task per column, the criterion's row written 'TCTP 1.2', 'SIPAS 2.1'", () => {
  const c = consolidateSheet([
    ["THEO DÕI CÁC VIỆC THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    [],
    ["Hạng mục", "NV số 1", "NV số 2", "NV số 3", "NV số 4"],
    ["Thuộc tiêu chí", "TC 1.1", "TCTP 1.2", "1.5", "SIPAS 2.1"],
    [
      "Nội dung công việc",
      "Tuyên truyền trên loa phát thanh về DVC trực tuyến",
      "Giải quyết hồ sơ TTHC đúng hạn; trễ hẹn phải xin lỗi bằng văn bản",
      "Gửi, nhận văn bản điện tử; hạn chế gửi song song bản giấy",
      "Bổ sung ghế ngồi, biển hiệu tại BP Một cửa",
    ],
    ["Người/bộ phận chủ trì", "CC VH-XH", "CC VP-TK", "VP-TK", "BP Một cửa"],
    ["Phối hợp", "BP Một cửa", "BP TN&TKQ", "Các CC", "CC VP-TK"],
    ["Hạn chót", "31/12/2021", "Thường xuyên", "30/11/2021", "31/10/2021"],
    ["Tình hình", "Đang làm", "Đang thực hiện", "Đã hoàn thành", "Xong"],
    ["% hoàn thành", 70, null, 100, 100],
    ["Ngày xong", null, null, "20/11/2021", "25/10/2021"],
    ["Ghi chú", "Phát 2 buổi/tuần", "Quý III trễ 3 hồ sơ, đã xin lỗi", null, "Kinh phí 12 tr.đ"],
  ]);

  it("reads every column as a task, its words its content, never a task's row as a second header", () => {
    expect(c.tasks.map((t) => [t.code, t.content.slice(0, 20)]).sort()).toEqual([
      ["1.1", "Tuyên truyền trên lo"],
      ["1.2", "Giải quyết hồ sơ TTH"],
      ["1.5", "Gửi, nhận văn bản đi"],
      ["2.1", "Bổ sung ghế ngồi, bi"],
    ]);
  });
});

describe("remedies under a survey's table, their heading naming what they remedy", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ TỰ KHẢO SÁT MỨC ĐỘ HÀI LÒNG (SIPAS) - XÃ TÂN BÌNH"],
      [],
      ["Yếu tố", "Quý III/2021", null, null],
      [null, "Số phiếu", "Hài lòng", "Tỷ lệ"],
      ["Tiếp cận dịch vụ", 95, 84, "88,4%"],
      ["Tiếp nhận, xử lý phản ánh, kiến nghị", 95, 66, "69,5%"],
      [],
      ["Giải pháp khắc phục yếu tố tiếp nhận, xử lý PAKN:"],
      ["- Công khai số điện thoại đường dây nóng của lãnh đạo UBND xã (VP-TK, trong tháng 12/2021)"],
      ["- Bố trí hòm thư góp ý tại BP Một cửa (Một cửa, đã xong 05/12/2021)"],
    ],
    { merges: merged("B3:D3", "A3:A4", "A8:D8", "A9:D9", "A10:D10") },
  );

  it("reads each remedy as a task, never dropped", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [9, "Chưa thực hiện", null],
      [10, "Hoàn thành", "2021-12-05"],
    ]);
  });
});

describe("a criterion's survey result row saying no figures are in yet", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN GIẢI PHÁP NÂNG CAO CHỈ SỐ SIPAS NĂM 2021"],
    [],
    [null, "Giải pháp", "Phụ trách", "Nhận xét, kết quả"],
    ["2.5. Chỉ số hài lòng về tiếp nhận, xử lý phản ánh kiến nghị"],
    ["-", "Công khai số điện thoại đường dây nóng của lãnh đạo UBND xã", "CT UBND", "Đã HT (20/01/2021)"],
    [null, "Kết quả khảo sát", null, "Chưa có số liệu"],
  ]);

  it("is no task, and is named", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([5]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.row === 6)).toHaveLength(1);
  });
});

describe("a result's lines, the last saying the target was met", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ 1.4 - KẾ HOẠCH 49/KH-UBND"],
    [],
    ["TT", "Mã TC", "Nhiệm vụ", "Chủ trì", "Hạn", "Kết quả thực hiện / Ghi chú"],
    [
      1,
      "1.4",
      "Giải ngân vốn đầu tư công đạt 60% kế hoạch đến 30/9/2021",
      "CT UBND",
      "30/09/2021",
      "- Đến 30/9/2021 giải ngân được 1.240/2.000 triệu đồng, đạt 62%.\n- Đã HT chỉ tiêu 60%.",
    ],
  ]);

  it("reads the work as done", () => {
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành"]);
  });
});

describe("a notebook's blocks: what was done in sentences, then 'Đánh giá:', a label and its value in one cell", () => {
  const block = (n: number, work: string, lines: Array<GridCell[]>) => [[`Việc ${n}.`, work], ...lines, []];
  const c = consolidateSheet([
    ["SỔ GHI CHÉP CÁC VIỆC ĐƯỢC GIAO THEO KẾ HOẠCH 49/KH-UBND"],
    [],
    ...block(1, "Rà soát tổng thể đội ngũ CBCC theo chức danh (TCTP 1.3)", [
      ["Giao cho:", "CC VP-TK (đ/c Hùng)"],
      ["Hạn:", "15/11/2021"],
      ["Đã làm:", "Đã rà soát xong 21 CBCC, lập danh sách 4 người chưa đạt chuẩn, xong ngày 10/11/2021."],
      ["Đánh giá:", "Hoàn thành"],
    ]),
    ...block(2, "Niêm yết công khai đầy đủ TTHC tại BP Một cửa", [
      ["Giao cho:", "BP Một cửa"],
      ["Hạn:", "31/10/2021"],
      ["Đã làm:", "Đã niêm yết xong lĩnh vực hộ tịch, chứng thực; lĩnh vực đất đai chưa cập nhật"],
      ["Đánh giá:", "Đang làm (khoảng 75%)"],
    ]),
    ...block(3, "Triển khai đánh giá chất lượng giải quyết TTHC theo NĐ 61/2018/NĐ-CP", [
      ["Giao cho: VP-TK chủ trì, Một cửa phối hợp"],
      ["Hạn: 31/12/2021"],
      ["Đã làm:", "Chưa triển khai, chờ hướng dẫn của huyện"],
    ]),
  ]);

  it("reads a task per block, the state from its verdict", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress, t.due])).toEqual([
      [3, "Hoàn thành", 100, "2021-11-15"],
      [9, "Đang thực hiện", 75, "2021-10-31"],
      [15, "Chưa thực hiện", 0, "2021-12-31"],
    ]);
  });
});

describe("an extension said with how many times, its day in brackets", () => {
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ KẾ HOẠCH 49 NĂM 2021"],
    [],
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Ghi chú"],
    [
      1,
      "Phân công CBCC tiếp nhận, giải đáp vướng mắc của người dân",
      "CT UBND",
      "31/08/2021",
      "Hoàn thành 100%, gia hạn 1 lần (đến 15/9/2021), xong 14/9/2021",
    ],
  ]);

  it("takes the day extended to as the deadline, so the work is on time", () => {
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([["2021-09-15", "2021-09-14"]]);
  });
});

describe("criteria's section rows written 'Tiêu chí TP 1.2 - …'", () => {
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ KẾ HOẠCH 49 NĂM 2021"],
    [],
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Tình trạng"],
    ["Tiêu chí TP 1.1 - Tỷ lệ hồ sơ tiếp nhận trực tuyến"],
    [1, "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh", "CC VH-XH", "31/12/2021", "Đang thực hiện"],
    ["Tiêu chí TP 1.2 - Tỷ lệ hồ sơ giải quyết đúng hạn"],
    [2, "Rà soát hồ sơ trễ hạn, gửi thư xin lỗi người dân", "BP Một cửa", "30/11/2021", "Hoàn thành"],
  ]);

  it("gives each task its section's criterion", () => {
    expect(c.tasks.map((t) => t.code)).toEqual(["1.1", "1.2"]);
  });
});

describe("'Thời gian' over 'Bắt đầu | Kết thúc | Gia hạn'", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP NHIỆM VỤ CCHC NĂM 2021 THEO CÔNG CHỨC PHỤ TRÁCH"],
      [],
      ["STT", "Công việc cụ thể", "Thời gian", null, null, "Kết quả thực hiện", null, "Ghi chú"],
      [null, null, "Bắt đầu", "Kết thúc", "Gia hạn", "% KL", "Xong ngày"],
      [1, "Theo dõi, đôn đốc BP Một cửa giải quyết hồ sơ đúng hạn", "01/10/2021", "30/11/2021", null, 0.8],
      [2, "Lập sổ theo dõi hồ sơ trễ hạn và phiếu xin lỗi", "01/10/2021", "15/10/2021", "22/10/2021", 1, "20/10/2021"],
    ],
    { merges: merged("C3:E3", "F3:G3", "A3:A4", "B3:B4", "H3:H4") },
  );

  it("takes the end as the deadline, the extension over it", () => {
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-11-30", "2021-10-22"]);
  });
});

describe("tasks grouped under starred officials ('* Chủ tịch UBND xã:') within each criterion", () => {
  const c = consolidateSheet([
    ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND (CẬP NHẬT LẦN 3)"],
    [],
    ["STT", "Tiêu chí / Nội dung", "Ngày giao", "Hạn", "Ngày HT", "Kết quả"],
    ["1", "TIÊU CHÍ 1.1: DỊCH VỤ CÔNG TRỰC TUYẾN MỨC ĐỘ 3, 4"],
    [null, "* BP Một cửa:"],
    ["a", "Tiếp nhận hồ sơ trực tuyến, hỗ trợ số hóa hồ sơ tại quầy", "01/10/2021", "31/12/2021", null, "Đang làm"],
    ["2", "TIÊU CHÍ 1.4: GIẢI NGÂN VỐN ĐẦU TƯ CÔNG"],
    [null, "* Chủ tịch UBND xã:"],
    ["a", "Kiểm tra tiến độ tại thực địa các công trình, tháo gỡ vướng mắc GPMB", "01/10/2021", "31/12/2021", null, "Đang làm"],
    [null, "* CC Tài chính - Kế toán:"],
    ["b", "Thanh quyết toán công trình nhà văn hóa thôn 2", "01/10/2021", "30/11/2021", "30/11/2021", "Đã xong"],
    [],
    [null, null, null, null, "KT. CHỦ TỊCH"],
  ]);

  it("reads every task past the Chủ tịch's heading, each led by the official over it", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead])).toEqual([
      [6, "1.1", "Bộ phận Tiếp nhận và trả kết quả xã"],
      [9, "1.4", "Chủ tịch Ủy ban nhân dân xã"],
      [11, "1.4", "Công chức Tài chính-Kế toán"],
    ]);
  });
});

describe("extensions written wherever there was room, in the words officials use", () => {
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ NĂM 2021"],
    [],
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Minh chứng", "Điều chỉnh", "Ghi chú"],
    [1, "Mua sắm ghế chờ, quạt, nước uống cho người dân", "CC VP-TK", "30/11/2021", "Gia hạn đến 20/12/2021"],
    [2, "Báo cáo CCHC năm 2021 gửi Phòng Nội vụ", "CC VP-TK", "14/12/2021", null, "Lui han den 20/12 theo CV Huyen"],
    [3, "Rà soát, kiến nghị đơn giản hóa TTHC rườm rà", "BP Một cửa", "31/10/2021", null, null, "Gia han 1 lan: den 20/12/2021"],
    [4, "Cập nhật danh mục TTHC mới công bố", "BP Một cửa", "15/12/2021", null, null, "hạn mới 31/01/2022"],
  ]);

  it("takes each new day as the deadline", () => {
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-12-20", "2021-12-20", "2021-12-20", "2022-01-31"]);
  });
});

describe("hand-overs written without marks, or with the day the work changed hands", () => {
  const c = consolidateSheet([
    ["THEO DOI NHIEM VU NAM 2021"],
    [],
    ["STT", "Noi dung", "Chu tri", "Han", "Ghi chu"],
    [1, "Tham muu QD phan cong lanh dao theo doi BP Mot cua", "CC VP-TK", "31/12/2021", "Ban giao CC TP-HT tham muu tu 15/8"],
    [2, "Tuyen truyen TTHC muc do 3, 4 tren mang xa hoi", "CC TC-KT", "31/12/2021", "Tu 01/10/2021 chuyen cho CC VP-TK phu trach"],
    [3, "Cập nhật bảng niêm yết TTHC tại Bộ phận Một cửa", "CC VP-TK", "31/12/2021", "Bàn giao cho CC ĐC-XD từ 15/8"],
  ]);

  it("takes the one it passed to as the lead, and asks for a look", () => {
    expect(c.tasks.map((t) => t.lead)).toEqual([
      "Công chức Tư pháp-Hộ tịch",
      "Công chức Văn phòng-Thống kê",
      "Công chức Địa chính-Xây dựng",
    ]);
    expect(c.problems.filter((p) => p.code === "LEAD_UNCLEAR")).toHaveLength(3);
  });
});

describe("'HT 4/4, xong 26/11': the parts done, then the day", () => {
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ NĂM 2021"],
    [],
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Quý IV"],
    [1, "Cử 02 CB, 02 CC chưa đạt chuẩn đi học bồi dưỡng chức danh", "CC VP-TK", "30/11/2021", "HT 4/4, xong 26/11"],
  ]);

  it("takes the day written after the parts as the day done", () => {
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([["Hoàn thành", "2021-11-26"]]);
  });
});

describe("'Tiến độ thực hiện (%)' over each quarter over 'Dự kiến | Thực tế'", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC NĂM 2021"],
      [],
      ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tiến độ thực hiện (%)", null, null, null, "Ghi chú"],
      [null, null, null, null, "Quý III", null, "Quý IV"],
      [null, null, null, null, "Dự kiến", "Thực tế", "Dự kiến", "Thực tế"],
      [1, "Tuyên truyền trên loa phát thanh về các TTHC cung cấp DVC trực tuyến", "CC VH-XH", "31/12/2021", 60, 55, 100, 80],
      [2, "Rà soát đội ngũ CBCC theo nhóm chức danh, tham mưu đào tạo", "CC VP-TK", "30/11/2021", 60, 60, 100, 100, "Xong ngày 26/11/2021"],
    ],
    { merges: merged("E3:H3", "E4:F4", "G4:H4", "A3:A5", "B3:B5", "C3:C5", "D3:D5", "I3:I5") },
  );

  it("takes the latest quarter's actual share as each task's progress", () => {
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Đang thực hiện", 80, null],
      ["Hoàn thành", 100, "2021-11-26"],
    ]);
  });
});

describe("tasks counted in their own units ('thư', 'lần', 'đợt') by quarter and to date", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ THEO KH 49/KH-UBND (LŨY KẾ ĐẾN 15/12/2021)"],
    [],
    [
      "TT",
      "Nội dung công việc",
      "Chủ trì",
      "Hạn HT",
      "ĐVT",
      "KH năm",
      "Thực hiện Quý III",
      "Lũy kế đến 30/9",
      "Thực hiện Q.IV (đến 15/12)",
      "Lũy kế đến 15/12",
      "Tình trạng",
    ],
    [
      1,
      "Gửi thư xin lỗi người dân đối với hồ sơ giải quyết trễ hạn",
      "BP Một cửa",
      "Khi phát sinh",
      "thư",
      "-",
      1,
      3,
      1,
      4,
      "Đang thực hiện",
    ],
    [
      2,
      "Kiểm tra, chấn chỉnh kỷ luật, kỷ cương hành chính tại BP Một cửa",
      "CT UBND",
      "Hàng quý",
      "lần",
      4,
      1,
      3,
      1,
      4,
      "Hoàn thành (14/12)",
    ],
    [
      3,
      "Tổ chức đánh giá chất lượng giải quyết TTHC theo NĐ 61/2018/NĐ-CP",
      "CC VP-TK",
      "15/12/2021",
      "đợt",
      2,
      0,
      0,
      0,
      0,
      "Chưa triển khai",
    ],
  ]);

  it("reads no counted thing as a criterion's rate", () => {
    expect(c.readings).toEqual([]);
    expect(c.tasks).toHaveLength(3);
  });
});

describe("a register of work handed out: 'Trích yếu nội dung giao việc', 'Người nhận'", () => {
  const c = consolidateSheet([
    ["SỔ GIAO VIỆC CỦA UBND XÃ NĂM 2021"],
    [],
    ["Số", "Ngày giao", "Trích yếu nội dung giao việc", "Người nhận", "Ký nhận", "Hạn báo cáo", "Ngày báo cáo KQ", "Kết quả báo cáo"],
    ["Tháng 10/2021"],
    [
      "01/GV",
      "05/10/2021",
      "Rà soát, cập nhật niêm yết TTHC theo QĐ công bố mới",
      "Lê Thị Mai (BP Một cửa)",
      "đã ký",
      "20/10",
      "ngày 18/10",
      "Đã niêm yết xong 42 TTHC",
    ],
    ["02/GV", "06/10/2021", "Xây dựng KH tổ chức lấy ý kiến đánh giá sự hài lòng", "CC VP-TK", "đã ký", "30/10", null, "Đang dự thảo"],
  ]);

  it("reads each entry as a task led by who received it", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due, t.status])).toEqual([
      [5, "Bộ phận Tiếp nhận và trả kết quả xã", "2021-10-20", "Hoàn thành"],
      [6, "Công chức Văn phòng-Thống kê", "2021-10-30", "Đang thực hiện"],
    ]);
  });
});

describe("a column per official, each cell a task written 'work – hạn … – state'", () => {
  const c = consolidateSheet([
    ["PHÂN CÔNG THỰC HIỆN KẾ HOẠCH 49/KH-UBND (CẢI THIỆN CHỈ SỐ CCHC 2021)"],
    [],
    [null, "Đ/c Hoa (VP-TK)", "Đ/c Lan (TC-KT)", "BP Một cửa"],
    [
      "Việc 1",
      "Rà soát số lượng, chất lượng CBCC theo chức danh (TC 1.3) – hạn 30/9 – xong 28/9",
      "Giải ngân vốn ĐTC đạt 100% KH (TC 1.4) – hạn 31/01/2022 – đang làm",
      "Niêm yết số ĐT đường dây nóng (TC 2.5) – hạn 31/10 – xong 05/10",
    ],
    ["Việc 2", "Tổng hợp báo cáo CCHC năm gửi Phòng Nội vụ – hạn 14/12 – chưa"],
  ]);

  it("reads each cell as a task of the official heading its column", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.doneDate]).sort()).toEqual([
      [null, "Công chức Văn phòng-Thống kê", "2021-12-14", "Chưa thực hiện", null],
      ["1.3", "Công chức Văn phòng-Thống kê", "2021-09-30", "Hoàn thành", "2021-09-28"],
      ["1.4", "Công chức Tài chính-Kế toán", "2022-01-31", "Đang thực hiện", null],
      ["2.5", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-10-31", "Hoàn thành", "2021-10-05"],
    ]);
  });
});

describe("a week's days as the headings, beside the rows' number, name and code, then the week's sum", () => {
  const day = (d: number): GridCell => ({ date: `2021-11-${d}` as IsoDate });
  const c = consolidateSheet([
    ["SỔ THEO DÕI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TẠI BP MỘT CỬA - TUẦN 15/11 - 19/11/2021"],
    [],
    ["TT", "Chỉ tiêu theo dõi", "Mã TC", day(15), day(16), day(17), "Cộng tuần", "Ghi chú"],
    [1, "Hồ sơ đã giải quyết", null, 8, 7, 9, 24],
    [2, "Giải quyết đúng/trước hạn", "1.2", 8, 7, 8, 23, "17/11: 01 hồ sơ trễ, đã xin lỗi"],
    [3, "Tỷ lệ đúng hạn (%)", "1.2", 100, 100, 88.9, 95.8],
  ]);

  it("reads a reading per day, never the week's sum", () => {
    expect(c.readings.map((r) => [r.code, r.date, Math.round((r.value ?? 0) * 10) / 10])).toEqual([
      ["1.2", "2021-11-15", 100],
      ["1.2", "2021-11-16", 100],
      ["1.2", "2021-11-17", 88.9],
    ]);
  });
});

describe("a diary's lines giving a new deadline, a hand-over and a share in words", () => {
  const list = gridOf(
    [
      ["DS NHIEM VU"],
      ["Ma NV", "Noi dung", "TC", "Chu tri", "Han"],
      ["NV01", "Tuyen truyen TTHC muc do 3,4 qua mang xa hoi", "1.1", "CC VH-XH", "30/09/2021"],
      ["NV03", "Ra soat, bo sung trang thiet bi BP Mot cua", "2.1", "CC VP-TK", "30/06/2021"],
    ],
    { sheet: "DS nhiem vu" },
  );
  const diary = gridOf(
    [
      ["NHAT KY CAP NHAT"],
      ["Ngay", "Ma NV", "Cap nhat", "Nguoi ghi"],
      ["30/06/2021", "NV03", "Chua mua duoc, gia han den 30/9", "Hung"],
      ["20/09/2021", "NV03", "Da mua, xong", "Hung"],
      ["28/09/2021", "NV01", "Tre han; chuyen CC VP-TK tiep tuc tu 01/10, han moi 15/11", "Hung"],
      ["10/11/2021", "NV01", "Dat 90%", "Hung"],
    ],
    { sheet: "Nhat ky" },
  );
  const c = consolidate([{ file: "so.xlsx", ok: true, grids: [list, diary] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
  const byRow = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("moves the deadline, passes the lead on and takes the share, as the lines say", () => {
    expect([3, 4].map((r) => [byRow(r)?.lead, byRow(r)?.due, byRow(r)?.status])).toEqual([
      ["Công chức Văn phòng-Thống kê", "2021-11-15", "Đang thực hiện"],
      ["Công chức Văn phòng-Thống kê", "2021-09-30", "Hoàn thành"],
    ]);
    expect(byRow(3)?.progress).toBe(90);
    expect(c.problems.filter((p) => p.code === "LEAD_UNCLEAR").map((p) => p.row)).toEqual([5]);
  });
});

describe("a criterion's result line under its tasks, its section naming the criterion by code", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI KẾ HOẠCH 49 NĂM 2021"],
      ["STT", "Nội dung", "Hạn", "Ngày xong", "Tình trạng"],
      ["1.2. TCTP Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (Chủ trì: CC VP-TK; Thực hiện: BP Một cửa)"],
      [1, "Tập huấn kỹ năng giao tiếp, xử lý hồ sơ cho công chức BP Một cửa", "20/10/2021", "09/11/2021", "Xong"],
      [null, "Kết quả Quý III/2021: 148/150 hồ sơ đúng hạn (98,7%)"],
      ["1.5. TCTP Tỷ lệ văn bản trao đổi dưới dạng điện tử (Chủ trì: CC VP-TK)"],
      [2, "Tập huấn sử dụng chữ ký số cho CBCC", "15/10/2021", "05/11/2021", "Xong"],
      [null, "Kết quả 9 tháng: 310/335 VB điện tử (92,5%)"],
    ],
    { merges: merged("A3:E3", "B5:E5", "A6:E6", "B8:E8") },
  );

  it("gives each figure its section's criterion and the period its words name", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.2", "Quý III/2021", 148, 150],
      ["1.5", "9 tháng năm 2021", 310, 335],
    ]);
  });
});

describe("one header row of measures each followed by its quarter ('Số phiếu KS Q2 | … | Tỷ lệ HL Q3')", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG (SIPAS) CÁC QUÝ NĂM 2021"],
    [],
    ["Mã", "Nội dung đánh giá", "Số phiếu KS Q2", "Số phiếu KS Q3", "Phiếu hài lòng Q2", "Phiếu hài lòng Q3", "Tỷ lệ HL Q2", "Tỷ lệ HL Q3"],
    ["2.1", "Hài lòng về tiếp cận dịch vụ", 120, 150, 101, 129, 0.842, 0.86],
    ["2.3", "Hài lòng về công chức tại BP TN&TKQ", 120, 150, 109, 138, 0.908, 0.92],
  ]);

  it("reads each quarter's forms, satisfied and rate as one reading of that quarter", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["2.1", "Quý II/2021", 101, 120],
      ["2.1", "Quý III/2021", 129, 150],
      ["2.3", "Quý II/2021", 109, 120],
      ["2.3", "Quý III/2021", 138, 150],
    ]);
  });
});

describe("the capital disbursed, said in a task's result with its share at each day", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH KẾT QUẢ THỰC HIỆN KH 49/KH-UBND (số liệu tính đến 10/12/2021)"],
    [],
    ["Tiêu chí", "Việc đã/đang làm", "Kết quả, số liệu", "Đ/c phụ trách", "Tự đánh giá"],
    [
      "1.4. Giải ngân vốn đầu tư công",
      "Đôn đốc nhà thầu, nghiệm thu khối lượng nhà văn hóa thôn 2",
      "Đến 30/9/2021 giải ngân 1,52/2,40 tỷ đồng (63,3%); đến 30/11/2021 giải ngân 2,05 tỷ đồng (85,4%)",
      "CT UBND",
      "Đang thực hiện",
    ],
  ]);

  it("reads a disbursement reading at each day", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.value])).toEqual([
      ["1.4", "2021-09-30", 63.3],
      ["1.4", "2021-11-30", 85.4],
    ]);
  });
});

describe("a table of figures under 'Tháng | | 7 | 8 | 9', below another table on the sheet", () => {
  const c = consolidateSheet([
    ["TỔNG HỢP SỐ LIỆU CÁC CHỈ SỐ THEO KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    [],
    ["I. KẾT QUẢ KHẢO SÁT SIPAS (%)"],
    ["STT", "Chỉ số thành phần", "Quý II/2021", "Quý III/2021"],
    ["2.1", "Tiếp cận dịch vụ", 84.5, 86],
    [],
    ["II. HỒ SƠ TTHC GIẢI QUYẾT ĐÚNG HẠN (TCTP 1.2)"],
    ["Tháng", null, 7, 8, 9],
    ["Đã giải quyết", null, 40, 36, 49],
    ["Đúng hạn", null, 39, 36, 48],
    ["Tỷ lệ %", null, 97.5, 100, 98],
  ]);

  it("reads the months as its periods, never their numbers as a criterion's figures", () => {
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ["Tháng 7/2021", 39, 40],
      ["Tháng 8/2021", 36, 36],
      ["Tháng 9/2021", 48, 49],
    ]);
  });

  it("says the months were read from their numbers", () => {
    expect(c.problems.filter((p) => p.code === "LEGEND_READ").map((p) => p.message)).toContainEqual(
      expect.stringContaining('dòng "Tháng" ghi các tháng bằng số (dòng 8)'),
    );
  });
});
