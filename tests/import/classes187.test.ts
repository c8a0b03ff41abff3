import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes left by blind sets 179-186 and found by sets 187-190.

/** One workbook of several sheets, consolidated on 15/12/2021; its tasks by sheet and row. */
function consolidateBook(sheets: Record<string, GridCell[][]>) {
  const grids = Object.entries(sheets).map(([sheet, rows]) => gridOf(rows, { sheet }));
  const c = consolidate([{ file: "so.xlsx", ok: true, grids }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
  const order = Object.keys(sheets);
  return {
    ...c,
    tasks: [...c.tasks].sort((a, b) => order.indexOf(a.source.sheet) - order.indexOf(b.source.sheet) || a.source.row - b.source.row),
  };
}

describe("a duty written on each period's sheet, due within that period", () => {
  const quarter = (q: string, due: string, state: string, done: string | null): GridCell[][] => [
    [`THEO DÕI CÔNG VIỆC CCHC ĐỊNH KỲ - QUÝ ${q}/2021`],
    [],
    ["TT", "Nội dung công việc", "Người phụ trách", "Hạn hoàn thành", "Kết quả", "Ngày xong"],
    [1, "Báo cáo kết quả CCHC quý", "VP-TK", due, state, done],
    [2, "Ban hành Kế hoạch tuyên truyền CCHC năm 2021", "VP-TK", "31/3/2021", "Đã xong", "25/3/2021"],
  ];

  it("is one task per round, each with its own deadline, state and id", () => {
    const c = consolidateBook({
      "Quý I": quarter("I", "15/3/2021", "Đã xong", "12/3/2021"),
      "Quý II": quarter("II", "15/6/2021", "Đã xong", "14/6/2021"),
      "Quý III": quarter("III", "15/9/2021", "Chậm", "5/10/2021"),
      "Quý IV": quarter("IV", "15/12/2021", "Đang tổng hợp", null),
    });
    const rounds = c.tasks.filter((t) => t.content === "Báo cáo kết quả CCHC quý");
    expect(rounds.map((t) => `${t.source.sheet} ${t.due} ${t.status}`)).toEqual([
      "Quý I 2021-03-15 Hoàn thành",
      "Quý II 2021-06-15 Hoàn thành",
      "Quý III 2021-09-15 Hoàn thành",
      "Quý IV 2021-12-15 Đang thực hiện",
    ]);
    expect(new Set(rounds.map((t) => t.id)).size).toBe(4);
    expect(rounds[2].note).toContain("Kỳ Quý III/2021");
  });

  it("stays one task, the newest sheet's, where the sheets give one deadline", () => {
    const c = consolidateBook({
      "Quý I": quarter("I", "15/3/2021", "Đã xong", "12/3/2021"),
      "Quý II": quarter("II", "15/6/2021", "Đã xong", "14/6/2021"),
    });
    const plan = c.tasks.filter((t) => t.content.startsWith("Ban hành Kế hoạch tuyên truyền"));
    expect(plan.map((t) => t.source.sheet)).toEqual(["Quý II"]);
  });

  it("keeps a task not done and due again the next month (postponed, not a duty each month) as one task", () => {
    const month = (m: number, due: string, state: string): GridCell[][] => [
      [`KẾ HOẠCH CÔNG TÁC THÁNG ${m}/2021`],
      ["Nội dung công việc", "Thời gian hoàn thành", "Kết quả thực hiện", "Cán bộ thực hiện"],
      ["Cắm mốc hành lang an toàn kênh N1", due, state, "ĐC-XD"],
    ];
    const c = consolidateBook({ T10: month(10, "30/10/2021", "Chưa thực hiện"), T11: month(11, "30/11/2021", "Đang thực hiện") });
    expect(c.tasks.map((t) => `${t.source.sheet} ${t.due} ${t.status}`)).toEqual(["T11 2021-11-30 Đang thực hiện"]);
  });

  it("keeps a duty's round missed on the earlier sheet as a round of its own", () => {
    const month = (m: number, due: string, state: string): GridCell[][] => [
      [`KẾ HOẠCH CÔNG TÁC THÁNG ${m}/2021`],
      ["Nội dung công việc", "Thời gian hoàn thành", "Kết quả thực hiện", "Cán bộ thực hiện"],
      ["Báo cáo tình hình giải quyết TTHC hằng tháng", due, state, "VP-TK"],
    ];
    const c = consolidateBook({ T10: month(10, "25/10/2021", "Chưa thực hiện"), T11: month(11, "25/11/2021", "Hoàn thành") });
    expect(c.tasks.map((t) => `${t.source.sheet} ${t.due} ${t.status}`)).toEqual([
      "T10 2021-10-25 Chưa thực hiện",
      "T11 2021-11-25 Hoàn thành",
    ]);
  });

  it("reads a monthly deadline on a month's sheet as that month's", () => {
    const month = (m: number, state: string): GridCell[][] => [
      [`KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC THÁNG ${m}/2021`],
      ["STT", "Nội dung công việc", "Thời hạn", "Cán bộ phụ trách", "Trạng thái"],
      [1, "Báo cáo tình hình giải quyết TTHC của tháng trước", "Trước ngày 05 hằng tháng", "VP-TK", state],
    ];
    const c = consolidateBook({ T10: month(10, "Hoàn thành"), T11: month(11, "Hoàn thành"), T12: month(12, "Đang thực hiện") });
    expect(c.tasks.map((t) => `${t.source.sheet} ${t.due} ${t.status}`)).toEqual([
      "T10 2021-10-05 Hoàn thành",
      "T11 2021-11-05 Hoàn thành",
      "T12 2021-12-05 Đang thực hiện",
    ]);
    expect(c.tasks[0].note).toContain('sheet "T10"');
  });
});

describe("a parent heading 'Tháng' or 'Quý' merged over numbered columns", () => {
  const table = (parent: string, n: number, group: GridCell[]): GridCell[][] => [
    ["THEO DOI CHI SO CCHC NAM 2021"],
    [],
    ["STT", "Chi so", "Chi tieu", parent, ...Array<GridCell>(n - 1).fill(null), "Ghi chu"],
    [null, null, null, ...Array.from({ length: n }, (_, i) => i + 1)],
    group,
    [1, "1.1 Ty le ho so truc tuyen", 0.3, 0.21, 0.235, 0.26, ...Array<GridCell>(n - 3).fill(null)],
  ];
  const merges = (n: number) => [
    { top: 3, left: 4, bottom: 3, right: 3 + n },
    ...[1, 2, 3].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
  ];

  it("reads each number as its month, a group's line alone under them no heading", () => {
    const c = consolidateSheet(table("Thang", 12, [null, "Nhom 1: Thu tuc hanh chinh"]), { merges: merges(12) });
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["1.1", "Tháng 1/2021", 21],
      ["1.1", "Tháng 2/2021", 23.5],
      ["1.1", "Tháng 3/2021", 26],
    ]);
  });

  it("reads quarters numbered under 'Quý'", () => {
    const c = consolidateSheet(table("Quý", 4, []), { merges: merges(4) });
    expect(c.readings.map((r) => r.period)).toEqual(["Quý I/2021", "Quý II/2021", "Quý III/2021"]);
  });

  it("never takes a data row's numbers for periods", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung công việc", "Tiến độ theo tháng"],
      [1, "Báo cáo định kỳ hằng tháng", 2, 3, 4],
    ];
    const c = consolidateSheet(rows);
    expect(c.readings.filter((r) => r.period.startsWith("Tháng"))).toEqual([]);
  });
});

describe("a table of rates by quarter with figures that cannot all be read", () => {
  const rows: GridCell[][] = [
    ["THEO DÕI KẾT QUẢ CÁC CHỈ SỐ THÀNH PHẦN NĂM 2021"],
    ["STT", "Mã", "Tiêu chí", "Quý I", "Quý II", "Quý III", "Ghi chú"],
    [1, "1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", 0.98, "~95", "trên 80%"],
    [2, "2.1", "Mức độ hài lòng về tiếp cận dịch vụ", "90-95%", "85% (Q3: 90%)", "88%"],
    [3, "2.2", "Mức độ hài lòng về thủ tục hành chính", "87,5%", "105%", { error: "#DIV/0!" }],
    [4, "2.3", "Mức độ hài lòng về công chức trực tiếp giải quyết", 91.2, 93, "chưa có số liệu"],
  ];
  const c = consolidateSheet(rows);
  const read = (row: number) => c.readings.filter((r) => r.source.row === row).map((r) => [r.period, r.value]);
  const named = (code: string) => c.problems.filter((p) => p.code === code).map((p) => `${p.row}${p.column}`);

  it("reads a rough figure as written, and names it", () => {
    expect(read(3)).toEqual([
      ["Quý I/2021", 98],
      ["Quý II/2021", 95],
    ]);
    expect(named("VALUE_APPROXIMATE")).toContain("3E");
  });

  it("names every figure it cannot read (a bound, a range, two figures), never drops it unseen", () => {
    expect(read(4)).toEqual([["Quý III/2021", 88]]);
    expect(named("BAD_NUMBER")).toEqual(expect.arrayContaining(["3F", "4D", "4E"]));
  });

  it("keeps a row's other periods where one is over 100 %, the slip read and named", () => {
    expect(read(5)).toEqual([
      ["Quý I/2021", 87.5],
      ["Quý II/2021", 105],
    ]);
    expect(named("PERCENT_OUT_OF_RANGE")).toContain("5E");
  });

  it("reads a satisfaction level as a rate whatever its words count ('… trực tiếp giải quyết'), 'chưa có số liệu' no misread", () => {
    expect(read(6)).toEqual([
      ["Quý I/2021", 91.2],
      ["Quý II/2021", 93],
    ]);
    expect(named("BAD_NUMBER")).not.toContain("6F");
  });
});

describe("dossier counts by field on a quarter's sheet, 'Đã giải quyết' over 'Tổng | Đúng hạn | Quá hạn'", () => {
  const sheet = (rate: boolean): GridCell[][] => [
    ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC QUÝ II NĂM 2021"],
    [],
    ["STT", "Lĩnh vực", "Số hồ sơ", null, null, "Đã giải quyết", null, null, "Đang giải quyết", ...(rate ? ["Tỷ lệ đúng hạn (%)"] : [])],
    [null, null, "Kỳ trước chuyển sang", "Mới tiếp nhận", "Tổng", "Tổng", "Đúng hạn", "Quá hạn"],
    [1, "Hộ tịch", 1, 97, 98, 97, 97, 0, 1, ...(rate ? [100] : [])],
    [2, "Đất đai", 2, 18, 20, 17, 15, 2, 3, ...(rate ? [88.24] : [])],
    [null, "Tổng cộng", 3, 115, 118, 114, 112, 2, 4, ...(rate ? [98.25] : [])],
  ];
  const merges = [
    { top: 3, left: 3, bottom: 3, right: 5 },
    { top: 3, left: 6, bottom: 3, right: 8 },
    ...[1, 2, 9].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
  ];

  it("reads the total row's on-time share of the resolved as the quarter's 1.2, with or without a rate column", () => {
    for (const rate of [true, false]) {
      const c = consolidateSheet(sheet(rate), { merges, sheet: "Q2" });
      expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([["1.2", "Quý II/2021", 112, 114]]);
    }
  });

  it("never takes the received dossiers ('Số HS nhận giải quyết: Tổng số') for the resolved", () => {
    const rows: GridCell[][] = [
      ["UBND XÃ SÍN CHÉNG"],
      ["TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT TTHC 9 THÁNG NĂM 2021"],
      ["(Từ 01/01/2021 đến 30/9/2021)"],
      [],
      ["STT", "Lĩnh vực", "Số HS nhận giải quyết", null, null, "Kết quả giải quyết", null, null, null, "Đang giải quyết"],
      [null, null, "Tổng số", "Kỳ trước chuyển sang", "Mới tiếp nhận", "Đã GQ", "Trước hạn", "Đúng hạn", "Quá hạn"],
      [1, "Hộ tịch", 285, 3, 282, 280, 150, 130, 0, 5],
      [2, "Chứng thực", 412, 0, 412, 412, 400, 12, 0, 0],
      [3, "Đất đai", 58, 4, 54, 52, 10, 38, 4, 6],
      [4, "Bảo trợ xã hội", 37, 2, 35, 35, 5, 28, 2, 2],
      [5, "Người có công", 6, 0, 6, 6, 0, 6, 0, 0],
      [6, "Nuôi con nuôi", 0, 0, 0, 0, 0, 0, 0, 0],
      [7, "Thi đua - khen thưởng", 3, 0, 3, 3, 0, 3, 0, 0],
      [null, "Tổng cộng", 801, 9, 792, 788, 565, 217, 6, 13],
    ];
    const spans = [
      { top: 2, left: 1, bottom: 2, right: 10 },
      { top: 3, left: 1, bottom: 3, right: 10 },
      { top: 5, left: 3, bottom: 5, right: 5 },
      { top: 5, left: 6, bottom: 5, right: 9 },
      ...[1, 2, 10].map((c) => ({ top: 5, left: c, bottom: 6, right: c })),
    ];
    const c = consolidateSheet(rows, { merges: spans });
    expect(c.readings.filter((r) => r.denominator === 801)).toEqual([]);
  });
});

describe("'Cả năm' as a period's heading", () => {
  it("is the year's own figure beside '6 tháng đầu năm' (a survey's rounds)", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      ["Mã", "Chỉ số", "6 tháng đầu năm", "Cả năm"],
      ["2.1", "Hài lòng về tiếp cận dịch vụ", 92.5, 94.1],
      ["2.4", "Hài lòng về kết quả giải quyết", 91, "chưa tổng hợp"],
    ]);
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["2.1", "6 tháng đầu năm 2021", 92.5],
      ["2.1", "Năm 2021", 94.1],
      ["2.4", "6 tháng đầu năm 2021", 91],
    ]);
  });

  it("beside the months is the year's own figure, never added to theirs", () => {
    const c = consolidateSheet([
      ["TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2021"],
      ["Mã", "Chỉ số", "Tháng 9", "Tháng 10", "Tháng 11", "Cả năm"],
      ["1.1", "Tỷ lệ hồ sơ trực tuyến", 30, 32, 35, 28],
    ]);
    expect(c.readings.map((r) => r.period)).toEqual(["Tháng 9/2021", "Tháng 10/2021", "Tháng 11/2021", "Năm 2021"]);
  });
});

describe("a row without a deadline or lead", () => {
  const rows = (code: string | null): GridCell[][] => [
    ["STT", "Mã tiêu chí", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng"],
    [1, code, "Gửi, nhận văn bản điện tử giữa các cơ quan hành chính qua hệ thống quản lý văn bản", null, null, "Đang thực hiện"],
  ];

  it("takes them from the plan where the row writes its criterion, and says so", () => {
    const [t] = consolidateSheet(rows("1.5")).tasks;
    expect([t.code, t.codeSuggested, t.due, t.lead]).toEqual(["1.5", false, "2021-12-31", "Công chức Văn phòng-Thống kê"]);
    expect(t.note).toContain("Hạn lấy theo kế hoạch");
  });

  it("leaves them blank where the criterion is only suggested: a deadline drawn from a guess is a second guess", () => {
    const [t] = consolidateSheet(rows(null)).tasks;
    expect([t.code, t.codeSuggested, t.due, t.lead]).toEqual(["1.5", true, null, ""]);
  });
});

describe("deadlines written loosely", () => {
  const rows: GridCell[][] = [
    ["THEO DOI TIEN DO NHIEM VU CCHC 2021"],
    ["STT", "Noi dung cong viec", "Can bo phu trach", "Han hoan thanh", "Trang thai"],
    [1, "Trien khai ung dung Zalo tra loi TTHC", "VP-TK", "đầu tháng 8", "Dang trien khai"],
    [2, "Tiep nhan va tra ket qua ho so", "Một cửa", "Hàng ngày", "Dang lam"],
    [3, "Tra loi phan anh, kien nghi", "VP-TK", "Khi phát sinh", "Dang lam"],
    [4, "Lap danh sach ho so tre han", "Một cửa", "trc 30/6", "Xong"],
  ];
  const c = consolidateSheet(rows);

  it("takes a day for 'đầu tháng 8' and says in Kiểm tra that it was taken", () => {
    expect(c.tasks[0].due).toBe("2021-08-10");
    expect(c.problems.filter((p) => p.code === "DATE_APPROXIMATE").map((p) => p.row)).toEqual([3]);
  });

  it("reads 'Hàng ngày' and 'Khi phát sinh' as work done as it comes, with no deadline and no bad date", () => {
    expect(c.tasks.slice(1, 3).map((t) => t.due)).toEqual([null, null]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("reads 'trc' as 'trước'", () => {
    expect(c.tasks[3].due).toBe("2021-06-30");
  });
});

describe("a section of rows with no deadline after one of duties done regularly", () => {
  it("gives its rows no deadline from the section above", () => {
    const c = consolidateSheet([
      ["DANH MỤC CÔNG VIỆC CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Kết quả"],
      ["A", "Nhóm công việc thường xuyên"],
      [1, "Cập nhật, công khai TTHC tại trụ sở", "Tư pháp - Hộ tịch", "Đang thực hiện"],
      ["B", "Nhóm công việc có thời hạn"],
      [1, "Tập huấn kỹ năng sử dụng phần mềm một cửa điện tử", "Bộ phận Một cửa", "Hoàn thành"],
    ]);
    expect(c.tasks[1].note).not.toContain("Nhóm công việc thường xuyên");
  });
});

describe("a task's sentence that opens with who does it", () => {
  it("takes its lead from the opening words where nothing else names one, and says so", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Kết quả"],
      [1, "Công chức Tư pháp - Hộ tịch rà soát, niêm yết bộ TTHC mới", "Đang thực hiện"],
    ]);
    expect(c.tasks[0].lead).toBe("Công chức Tư pháp-Hộ tịch");
    expect(c.tasks[0].note).toContain("Chủ trì lấy theo nội dung");
  });
});

describe("a self-assessment by criterion with each one's remedy beside its result", () => {
  const c = consolidateSheet([
    ["BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ 9 THÁNG NĂM 2021"],
    ["Mã", "Tiêu chí", "Chỉ tiêu KH", "Kết quả thực hiện", "Đánh giá", "Giải pháp, nhiệm vụ tiếp theo", "Người phụ trách", "Thời hạn"],
    ["1. Thủ tục hành chính"],
    [
      "1.1",
      "Tỷ lệ hồ sơ trực tuyến",
      0.4,
      0.365,
      "Chưa đạt",
      "Vận động người dân nộp hồ sơ trực tuyến tại các thôn",
      "VP-TK",
      "31/12/2021",
    ],
    ["1.2", "Tỷ lệ giải quyết đúng hạn", 1, 0.992, "Chưa đạt", "Rà soát, xử lý dứt điểm hồ sơ đất đai quá hạn", "ĐC-XD", "30/11/2021"],
    ["1.3", "Tỷ lệ số hóa hồ sơ, kết quả", 0.5, 0.52, "Đạt"],
  ]);

  it("reads each criterion's result as its figure for the title's period", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["1.1", "9 tháng năm 2021", 36.5],
      ["1.2", "9 tháng năm 2021", 99.2],
      ["1.3", "9 tháng năm 2021", 52],
    ]);
  });

  it("reads each remedy as a task with its lead and deadline, the criterion's verdict and target no state or progress of it", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.progress, t.statusText])).toEqual([
      ["1.1", "2021-12-31", null, null],
      ["1.2", "2021-11-30", null, null],
    ]);
  });
});

describe("a quarter's counts across with numbered rate rows under them", () => {
  it("reads '3. Tỷ lệ … [1.1]' kept as fractions of 1 as each quarter's rate, its counts from the rows above", () => {
    const c = consolidateSheet([
      ["SỐ LIỆU HỒ SƠ TTHC THEO QUÝ NĂM 2021"],
      ["Chỉ tiêu", "Quý 1", "Quý 2", "Quý 3", "Quý 4"],
      ["1. Tổng số hồ sơ tiếp nhận", 210, 250, 230],
      ["   - Trong đó: tiếp nhận trực tuyến", 40, 62, 75],
      ["2. Số hồ sơ đã giải quyết", 200, 245, 228],
      ["   - Trong đó: đúng hạn", 196, 240, 225],
      ["3. Tỷ lệ tiếp nhận trực tuyến [1.1]", 40 / 210, 0.248, 75 / 230],
      ["4. Tỷ lệ giải quyết đúng hạn [1.2]", 0.98, 240 / 245, 225 / 228],
    ]);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.1", "Quý I/2021", 40, 210],
      ["1.1", "Quý II/2021", 62, 250],
      ["1.1", "Quý III/2021", 75, 230],
      ["1.2", "Quý I/2021", 196, 200],
      ["1.2", "Quý II/2021", 240, 245],
      ["1.2", "Quý III/2021", 225, 228],
    ]);
  });
});

describe("'Lực lượng thực hiện' over a police post's tasks", () => {
  it("is the lead's column", () => {
    const c = consolidateSheet([
      ["TT", "Nội dung công việc", "Lực lượng thực hiện", "Thời gian", "Kết quả"],
      [1, "Tuyên truyền Luật Cư trú năm 2020", "Đ/c Phó CA xã, CA viên", "Thường xuyên", "Đang thực hiện"],
      [2, "Rà soát, xóa đăng ký thường trú các trường hợp đi khỏi địa phương", "CA viên thường trực", "30/11/2021", "Hoàn thành"],
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual(["Trưởng Công an xã", "CA viên thường trực"]);
  });
});

describe("a scoring sheet by criterion: score, target, result, verdict, evidence, remedy", () => {
  const d = (iso: string): GridCell => ({ date: iso as IsoDate });
  const c = consolidateSheet([
    ["BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH 9 THÁNG NĂM 2021"],
    [
      "Mã",
      "Tiêu chí",
      "Điểm tối đa",
      "Chỉ tiêu KH",
      "Kết quả thực hiện (số liệu)",
      "Tự chấm",
      "Đánh giá",
      "Tài liệu kiểm chứng",
      "Giải pháp khắc phục",
      "Người phụ trách",
      "Thời hạn",
    ],
    ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 6],
    [
      "1.1",
      "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến",
      1,
      "≥ 50%",
      "42%",
      0.5,
      "Chưa đạt",
      "Sổ theo dõi Một cửa",
      "Hướng dẫn người dân nộp hồ sơ qua Cổng DVC",
      "Công chức Văn phòng - Thống kê",
      d("2021-12-31"),
    ],
    [
      "1.2",
      "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
      2,
      "100%",
      "98,5%",
      1.5,
      "Chưa đạt",
      "QĐ số 12/QĐ-UBND ngày 5/3/2021",
      "Rà soát, nhắc hạn hồ sơ trên phần mềm hằng tuần",
      "Công chức Tư pháp - Hộ tịch",
      d("2021-11-30"),
    ],
    ["1.3", "Tỷ lệ hồ sơ được số hóa kết quả giải quyết TTHC", 1, "≥ 30%", 0.35, 1, "Đạt", "Báo cáo số hóa ngày 15/9/2021"],
    [
      "1.4",
      "Công khai đầy đủ, kịp thời TTHC tại Bộ phận Một cửa",
      2,
      "Đầy đủ",
      "125/125 TTHC",
      2,
      "Đạt",
      "QĐ số 1058/QĐ-UBND ngày 12/4/2021",
    ],
    ["II", "CHỈ SỐ HÀI LÒNG (SIPAS)", 4],
    ["2.1", "Mức độ hài lòng của người dân, tổ chức", 3, "≥ 85%", "88,2%", 3, "Đạt", "Kết quả khảo sát SIPAS 9 tháng"],
    ["III", "CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 3],
    [
      "3.2",
      "Tỷ lệ hoàn thành nhiệm vụ trong Kế hoạch CCHC",
      2,
      "100%",
      "75%",
      1,
      "Chưa đạt",
      "Báo cáo CCHC quý III",
      "Đôn đốc các bộ phận hoàn thành nhiệm vụ còn chậm",
      "Chủ tịch UBND xã",
      d("2021-12-31"),
    ],
    ["Tổng cộng", null, 11, null, null, 9],
  ]);

  it("reads each criterion's result, counts written as a part of a whole included, never its score or target", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.value])).toEqual([
      ["1.1", null, null, 42],
      ["1.2", null, null, 98.5],
      ["1.3", null, null, 35],
      ["1.4", 125, 125, 100],
      ["2.1", null, null, 88.2],
      ["3.2", null, null, 75],
    ]);
  });

  it("reads each remedy as a task", () => {
    expect(c.tasks.map((t) => [t.code, t.due])).toEqual([
      ["1.1", "2021-12-31"],
      ["1.2", "2021-11-30"],
      ["3.2", "2021-12-31"],
    ]);
  });
});

describe("a month's duty done on earlier sheets, open on a later one, not begun on the latest", () => {
  it("is a round per month, the done ones kept", () => {
    const month = (m: number, due: string, state: string | null): GridCell[][] => [
      [`KẾ HOẠCH CÔNG TÁC THÁNG ${m}/2021`],
      ["STT", "Nội dung công việc", "Chủ trì", "Hạn", "Kết quả"],
      [1, "Tự kiểm tra việc tiếp nhận, trả kết quả hồ sơ TTHC tại Bộ phận một cửa", "Chủ tịch UBND xã", due, state],
    ];
    const c = consolidateBook({
      T9: month(9, "30/9/2021", "Hoàn thành"),
      T10: month(10, "29/10/2021", "Hoàn thành"),
      T11: month(11, "30/11/2021", "Đang thực hiện"),
      T12: month(12, "31/12/2021", null),
    });
    expect(c.tasks.map((t) => `${t.source.sheet} ${t.status}`)).toEqual([
      "T9 Hoàn thành",
      "T10 Hoàn thành",
      "T11 Đang thực hiện",
      "T12 Chưa thực hiện",
    ]);
  });
});

describe("a month's sheet copied by Excel ('Tháng 3 (2)') and left as it was", () => {
  it("is the older copy: the month's own sheet is read", () => {
    const sheet = (state: string): GridCell[][] => [
      ["THEO DÕI CÔNG VIỆC THÁNG 3/2021"],
      ["STT", "Nội dung công việc", "Chủ trì", "Hạn", "Kết quả"],
      [1, "Tuyên truyền CCHC trên loa truyền thanh xã", "VH-XH", "15/3/2021", state],
    ];
    const c = consolidateBook({ "Tháng 3": sheet("Hoàn thành"), "Tháng 3 (2)": sheet("Chưa thực hiện") });
    expect(c.tasks.map((t) => `${t.source.sheet} ${t.status}`)).toEqual(["Tháng 3 Hoàn thành"]);
  });
});

describe("a criterion met with no remedy: '-' where the remedy goes", () => {
  it("gives no task, and no 'no task text' line for rows read as figures", () => {
    const c = consolidateSheet([
      ["TỰ ĐÁNH GIÁ CCHC 6 THÁNG ĐẦU NĂM 2021"],
      ["Mã", "Tiêu chí", "Chỉ tiêu KH", "Kết quả thực hiện", "Đánh giá", "Giải pháp khắc phục", "Người phụ trách", "Thời hạn"],
      ["1.1", "Tỷ lệ hồ sơ nộp trực tuyến", "30%", "27,5%", "Chưa đạt", "Vận động người dân sử dụng dịch vụ công", "VP-TK", "30/9/2021"],
      ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "100%", "100%", "Đạt", "-", "-", "-"],
      ["1.3", "Tỷ lệ hồ sơ được số hóa", "20%", "12,5%", "Chưa đạt", "Scan, số hóa kết quả giải quyết TTHC", "TP-HT", "31/8/2021"],
    ]);
    expect(c.readings.map((r) => r.code)).toEqual(["1.1", "1.2", "1.3"]);
    expect(c.tasks.map((t) => t.code)).toEqual(["1.1", "1.3"]);
    expect(c.problems.filter((p) => p.message.includes("không có nội dung nhiệm vụ"))).toEqual([]);
  });

  it("still names a row with a lead and a deadline but no remedy's words and no criterion", () => {
    const c = consolidateSheet([
      ["TỰ ĐÁNH GIÁ CCHC 6 THÁNG ĐẦU NĂM 2021"],
      ["Mã", "Tiêu chí", "Chỉ tiêu KH", "Kết quả thực hiện", "Đánh giá", "Giải pháp khắc phục", "Người phụ trách", "Thời hạn"],
      ["1.1", "Tỷ lệ hồ sơ nộp trực tuyến", "30%", "27,5%", "Chưa đạt", "Vận động người dân sử dụng dịch vụ công", "VP-TK", "30/9/2021"],
      [null, null, null, null, null, null, "TP-HT", "31/10/2021"],
      ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "100%", "100%", "Đạt", "-", "-", "-"],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.row === 4).length).toBe(1);
  });
});

describe("another body's posts in the lead's column", () => {
  it("never reads the Farmers' Union's chair or office, or the council's chair, as the People's Committee's", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung công việc", "Người phụ trách", "Hạn", "Kết quả"],
      [1, "Tập huấn kỹ thuật trồng lúa cho hội viên", "Chủ tịch Hội", "30/11/2021", "Xong rồi"],
      [2, "Giải ngân vốn vay ưu đãi cho hội viên", "Phó CT Hội", "31/12/2021", "Đang làm"],
      [3, "Tổng hợp danh sách hội viên", "Văn phòng Hội", "15/12/2021", "Đang làm"],
      [4, "Báo cáo kết quả CCHC quý IV", "Chủ tịch UBND xã", "15/12/2021", "Đang làm"],
      // The commune's own office since 2025, named with the council it also serves.
      [5, "Rà soát quy chế làm việc của UBND xã", "Văn phòng HĐND và UBND xã", "31/12/2021", "Đang làm"],
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual([
      "Chủ tịch Hội",
      "Phó CT Hội",
      "Văn phòng Hội",
      "Chủ tịch Ủy ban nhân dân xã",
      "Công chức Văn phòng-Thống kê",
    ]);
  });
});

describe("a state written as mostly done", () => {
  it("reads 'cơ bản hoàn thành', 'hoàn thành cơ bản', 'đã xong phần lớn' as under way, said in Ghi chú", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung công việc", "Chủ trì", "Hạn", "Tình trạng"],
      [1, "Rà soát quy chế làm việc của UBND xã", "VP-TK", "30/11/2021", "Cơ bản hoàn thành"],
      [2, "Số hóa hồ sơ hộ tịch", "TP-HT", "31/12/2021", "hoàn thành cơ bản"],
      [3, "Cập nhật bộ TTHC tại Bộ phận Một cửa", "Một cửa", "15/12/2021", "đã xong phần lớn"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Đang thực hiện", "Đang thực hiện"]);
    expect(c.tasks[0].note).toContain("Cơ bản hoàn thành");
  });
});

describe("a report's section of figures under its tasks, each criterion's code in the number column", () => {
  it("takes the written code, not one suggested from the words", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC 6 THÁNG ĐẦU NĂM 2021"],
      ["STT", "Nhiệm vụ theo Kế hoạch", "Cơ quan/người thực hiện", "Thời gian", "Kết quả", "Đánh giá"],
      ["A", "NHIỆM VỤ"],
      [1, "Báo cáo CCHC quý I/2021", "Công chức VP-TK", "15/3/2021", "Báo cáo số 20/BC-UBND ngày 14/3/2021", "Hoàn thành"],
      [2, "Số hóa sổ hộ tịch", "Công chức Tư pháp - Hộ tịch", "30/6/2021", "Đã số hóa 1.200/2.000 sổ", "Chưa hoàn thành"],
      ["B", "MỘT SỐ CHỈ SỐ"],
      ["1.1", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", null, null, "24,5%"],
      ["2.1", "Mức độ hài lòng của người dân (SIPAS)", null, null, "92,3%"],
    ]);
    expect(c.readings.map((r) => [r.code, r.codeSuggested ?? false, r.value])).toEqual([
      ["1.1", false, 24.5],
      ["2.1", false, 92.3],
    ]);
  });
});
