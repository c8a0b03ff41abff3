import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// The classes blind sets 63-65 found: a commune's quarter, confusable dates, readings across the columns.
const AS_OF = "2021-12-15" as IsoDate;
const day = (iso: string): GridCell => ({ date: iso as IsoDate });

const one = consolidateSheet;

describe("a deadline beside its extension, in shortened headings", () => {
  const c = one([
    ["STT", "Nội dung", "Chủ trì", "Hạn HT", "Hạn (gia hạn)", "Ngày HT", "TĐ (%)", "Ghi chú"],
    [1, "Lập báo cáo tiến độ giải ngân từng dự án", "TC-KT", day("2021-10-15"), null, day("2021-10-14"), 100, null],
    [2, "Hoàn thiện hồ sơ thanh toán dự án đường GTNT thôn 3", "TC-KT", day("2021-11-30"), day("2021-12-20"), null, 70, null],
    [
      3,
      "Đôn đốc nhà thầu thi công kênh mương",
      "PCT UBND",
      day("2021-10-31"),
      day("2021-11-30"),
      null,
      40,
      "Gia hạn lần 2: lùi đến 31/12/2021",
    ],
  ]);

  it("takes 'Hạn HT' for the deadline and 'Hạn (gia hạn)' where filled for the one in force", () => {
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-10-15", "2021-12-20", "2021-12-31"]);
  });

  it("reads 'TĐ (%)' as how far each task is", () => {
    expect(c.tasks.map((t) => [t.progress, t.status])).toEqual([
      [100, "Hoàn thành"],
      [70, "Đang thực hiện"],
      [40, "Đang thực hiện"],
    ]);
  });

  it("moves a deadline by a note's 'lùi đến', past the extension column's, and says so", () => {
    expect(c.tasks[2].note).toContain("Hạn gia hạn đến 31/12/2021");
  });
});

describe("dates that are not the deadline or the day done", () => {
  it("never takes a directive's 'Ngày VB' for the day its task was done", () => {
    const c = one([
      ["STT", "Số VB", "Ngày VB", "Trích yếu nội dung giao", "Đơn vị thực hiện", "Hạn xử lý", "Tình hình thực hiện"],
      [
        1,
        "05/TB-UBND",
        day("2021-10-04"),
        "Chấn chỉnh kỷ luật, kỷ cương tại BP Một cửa",
        "VP-TK",
        day("2021-10-20"),
        "Đã thực hiện xong 18/10",
      ],
      [
        2,
        "09/TB-UBND",
        day("2021-11-01"),
        "Tổ chức hội nghị đối thoại với người dân về TTHC",
        "VP-TK",
        day("2021-12-30"),
        "Chưa thực hiện",
      ],
    ]);
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-10-18"],
      ["Chưa thực hiện", null],
    ]);
  });

  it("names a day done before the day 'Giao ngày' gives", () => {
    const c = one([
      ["TT", "Công việc", "Giao ngày", "Hạn", "Hoàn thành", "Trạng thái"],
      [1, "Cấp chữ ký số cho lãnh đạo và công chức", day("2021-10-05"), day("2021-10-30"), day("2021-10-26"), "Đã xong"],
      [2, "Tập huấn sử dụng phần mềm quản lý văn bản", day("2021-10-05"), day("2021-11-15"), day("2021-03-11"), "Đã xong"],
    ]);
    const named = c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => [p.row, p.message.includes("trước ngày giao")]);
    expect(named).toEqual([[3, true]]);
  });

  it("reads a plain-words 'Khi nào' as the deadline", () => {
    const c = one([
      ["Việc làm", "Ai làm", "Khi nào", "Xong chưa?"],
      ["Tuyên truyền DVC mức độ 3, 4 trên Zalo Đoàn xã", "Ánh", "20/10", "rồi"],
      ["Hỗ trợ người dân tạo tài khoản trên Cổng DVC quốc gia", "Chi đoàn thôn 1", "30/11/2021", "đang làm (60%)"],
    ]);
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-10-20", "2021-11-30"]);
  });
});

describe("readings across the columns under a title naming a wider period", () => {
  it("dates each month's block by its own month, not by the title's quarter", () => {
    const c = one(
      [
        ["SỐ LIỆU GIẢI QUYẾT TTHC QUÝ IV NĂM 2021"],
        ["TT", "Chỉ tiêu", "Tháng 10/2021", null, null, "Tháng 11/2021", null, null],
        [null, null, "Tổng số", "Đạt", "Tỷ lệ (%)", "Tổng số", "Đạt", "Tỷ lệ (%)"],
        [1, "Hồ sơ TTHC giải quyết đúng hạn (1.2)", 42, 41, 97.62, 38, 38, 100],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 8 },
        ],
      },
    );
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.2", "Tháng 10/2021", 41, 42],
      ["1.2", "Tháng 11/2021", 38, 38],
    ]);
  });
});

describe("two workbooks' different figures for one criterion and period", () => {
  const HEAD: GridCell[] = ["Mã tiêu chí", "Kỳ", "Số hồ sơ tiếp nhận", "Số hồ sơ giải quyết đúng hạn", "Tỷ lệ (%)"];
  const read = (a: GridCell[], b: GridCell[]) =>
    consolidate(
      [
        { file: "a.xlsx", ok: true, grids: [gridOf([HEAD, a], { file: "a.xlsx" })] },
        { file: "b.xlsx", ok: true, grids: [gridOf([HEAD, b], { file: "b.xlsx" })] },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );

  it("counts the figures given with their counts, keeps the other without a criterion, and names it", () => {
    const c = read(["1.2", "Quý I/2021", null, null, 97.8], ["1.2", "Quý I/2021", 120, 118, null]);
    expect(c.readings.map((r) => [r.source.file, r.code, r.numerator, r.denominator])).toEqual([
      ["b.xlsx", "1.2", 118, 120],
      ["a.xlsx", null, null, null],
    ]);
    const named = c.problems.filter((p) => p.code === "DUPLICATE_READING");
    expect(named.map((p) => [p.file, p.row])).toEqual([["a.xlsx", 2]]);
    expect(named[0].message).toContain("118/120");
  });

  it("keeps the first file's where neither or both give counts, the other kept without a criterion", () => {
    const c = read(["1.2", "Quý I/2021", 100, 95, null], ["1.2", "Quý I/2021", 100, 90, null]);
    expect(c.readings.map((r) => [r.source.file, r.code, r.numerator])).toEqual([
      ["a.xlsx", "1.2", 95],
      ["b.xlsx", null, 90],
    ]);
  });
});

describe("a verdict where a period's figure goes", () => {
  it("names 'Đạt' under a quarter and reads the quarters that give figures", () => {
    const c = one([
      ["Mã TC", "Chỉ số", "Quý I/2021", "Quý II/2021", "Quý III/2021"],
      ["2.3", "Mức độ hài lòng về công chức tại BP Một cửa", 88, 89.5, "Đạt"],
    ]);
    expect(c.readings.map((r) => [r.period, r.value])).toEqual([
      ["Quý I/2021", 88],
      ["Quý II/2021", 89.5],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => [p.row, p.column, p.value])).toEqual([[2, "E", "Đạt"]]);
  });
});

describe("a row of counts across the columns", () => {
  it("reads no counts as figures of a criterion (the plan's are rates), and names each row", () => {
    const c = one([
      ["KẾT QUẢ SỐ HÓA HỒ SƠ TTHC VÀ KHẢO SÁT SỰ HÀI LÒNG"],
      ["STT", "Nội dung", "ĐVT", "Tháng 10/2021", "Tháng 11/2021"],
      [1, "Số kết quả giải quyết TTHC được số hóa", "Kết quả", 8, 14],
      [2, "Số phiếu khảo sát sự hài lòng phát ra", "Phiếu", 50, 30],
    ]);
    expect(c.readings).toEqual([]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.message.includes("số lượng")])).toEqual([
      [3, true],
      [4, true],
    ]);
    expect(c.problems.filter((p) => p.code === "CRITERION_SUGGESTED")).toEqual([]);
  });
});

describe("a done column left unticked", () => {
  it("reads 'Xong' TRUE/FALSE as whether each task is done", () => {
    const c = one([
      ["Nhiệm vụ TC-KT theo KH 49"],
      ["STT", "Việc", "Hạn", "Xong", "Ngày HT", "Ghi chú"],
      [1, "Tham mưu phân bổ, giao chi tiết kế hoạch vốn đầu tư công 2021", "15/03/2021", "TRUE", "10/03/2021"],
      [2, "Kiểm soát hồ sơ thanh toán, giải ngân kịp thời", "31/01/2022", "FALSE", null, "Đã giải ngân 81,6%"],
      [3, "Báo cáo tình hình giải ngân hàng tháng gửi Phòng TC-KH huyện", "Hàng tháng", "FALSE "],
      [4, "Báo cáo kết quả giải ngân đến 30/9/2021 (mốc 60%)", "05/10/2021", "TRUE", "04/10/2021"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-03-10"],
      ["Đang thực hiện", null],
      ["Chưa thực hiện", null],
      ["Hoàn thành", "2021-10-04"],
    ]);
  });

  it("never makes a task done from a remark when its done box is unticked; a remark of work done says under way", () => {
    const c = one([
      ["Việc", "Hạn", "Xong", "Ghi chú"],
      ["Hướng dẫn người dân nộp hồ sơ trực tuyến", day("2021-12-31"), false, "Đã hỗ trợ 88 hồ sơ quý IV"],
      ["Bố trí máy tính, máy scan hỗ trợ người dân", day("2021-08-31"), true, null],
      ["Cập nhật thay đổi TTHC theo QĐ công bố", day("2021-10-31"), false, null],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Hoàn thành", "Chưa thực hiện"]);
    expect(c.tasks[0].note).toContain('Cột "Xong" không đánh dấu');
  });
});

describe("a workbook with a sheet per hamlet", () => {
  const hamlet = (name: string, lead: string, result: string) =>
    gridOf(
      [
        [`VIỆC CT GIAO – ẤP ${name.toUpperCase()}`],
        [],
        ["Ngày giao", "Nội dung", "Người phụ trách", "Hạn", "Kết quả"],
        [day("2021-11-02"), "Vận động người dân tạo tài khoản DVC quốc gia (mỗi ấp 50 tài khoản)", lead, "30/11", result],
      ],
      { sheet: name },
    );

  it("keeps the same work on each hamlet's sheet as that hamlet's task, never as a later copy", () => {
    const c = consolidate(
      [
        {
          file: "so.xlsx",
          ok: true,
          grids: [
            hamlet("Long Lợi", "Sáu Lành (Trưởng ấp)", "đạt 42/50, đang làm"),
            hamlet("Thạnh Phú", "Ban nhân dân ấp Thạnh Phú", "xong 28/11 (52/50 TK)"),
          ],
        },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );
    const bySheet = [...c.tasks].sort((a, b) => a.source.sheet.localeCompare(b.source.sheet));
    expect(bySheet.map((t) => [t.source.sheet, t.status, t.doneDate])).toEqual([
      ["Long Lợi", "Đang thực hiện", null],
      ["Thạnh Phú", "Hoàn thành", "2021-11-28"],
    ]);
    expect(bySheet[0].note).toContain("Địa bàn: ẤP LONG LỢI");
  });
});

describe("the state in everyday words", () => {
  const states = (column: string, said: GridCell[]) =>
    one([
      ["Việc", "Ai", "Khi nào", column],
      ...said.map((s, i) => [`Việc thứ ${i + 1} của tổ CCHC ấp Long Hưng`, "Út Nhỏ", "20/11/2021", s]),
    ]).tasks.map((t) => [t.lead, t.status, t.progress, t.doneDate]);

  it("reads late or part-done work as under way, a day after 'rồi' as the day done, 'đang 60%' as its progress", () => {
    expect(states("Tình hình", ["trễ, đang làm", "trễ, mới được 20 TK", "rồi 9/11", "đang 60%"])).toEqual([
      ["Út Nhỏ", "Đang thực hiện", null, null],
      ["Út Nhỏ", "Đang thực hiện", null, null],
      ["Út Nhỏ", "Hoàn thành", 100, "2021-11-09"],
      ["Út Nhỏ", "Đang thực hiện", 60, null],
    ]);
  });
});

describe("a month's sheet: the desk's figures above its task list", () => {
  const c = one([
    ["TỔ MỘT CỬA – UBND XÃ LONG THẠNH"],
    ["Số liệu tháng 10/2021"],
    [],
    ["I. SỐ LIỆU HỒ SƠ"],
    [null, "Chỉ tiêu", "Số lượng", "Ghi chú"],
    [null, "Tổng hồ sơ tiếp nhận", 46],
    [null, "Trong đó nộp trực tuyến (mức 3, 4)", 8],
    [null, "Đã giải quyết", 46],
    [null, "Giải quyết đúng hạn, trước hạn", 45],
    [null, "Trễ hạn", 1, "đã xin lỗi"],
    [],
    ["II. CÔNG VIỆC"],
    ["STT", "Việc", "Người làm", "Hạn", "Tình hình"],
    [1, "Sắp xếp lại quầy, bàn tiếp dân tại Bộ phận Một cửa", "Diễm", day("2021-10-20"), "xong rồi (18/10)"],
    [2, "Thay biển hiệu Bộ phận TN&TKQ theo mẫu mới", "Diễm", "cuối tháng", "chưa làm"],
  ]);

  it("reads the task list under the figures, none of the figures' rows a task", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [14, "Hoàn thành", "2021-10-18"],
      [15, "Chưa thực hiện", null],
    ]);
  });

  it("dates 'cuối tháng' by the month the sheet is for, and says so", () => {
    expect(c.tasks[1].due).toBe("2021-10-31");
    expect(c.tasks[1].note).toContain('Hạn ghi "cuối tháng", tháng theo Tháng 10/2021');
  });
});

describe("a list with no header: numbered headings, bulleted items", () => {
  const c = one([
    ["1. Công khai ngân sách"],
    ["- Công khai dự toán ngân sách xã năm 2021 tại trụ sở và nhà văn hóa các thôn, bản", "31/01/2021", "xong 25/1"],
    ["- Công khai quyết toán ngân sách năm 2020", day("2021-09-30"), "đang làm"],
    ["2. Giải ngân vốn đầu tư công"],
    ["- Lập kế hoạch giải ngân vốn ĐTC năm 2021", day("2021-03-15"), "xong"],
    ["- Thanh toán khối lượng hoàn thành công trình đường nội thôn Tân Hòa", "30/9", "đã TT 2/3 đợt"],
    ["- Quyết toán vốn công trình nhà văn hóa bản Phiêng Mường", "30/11/2021", "chưa"],
  ]);

  it("reads every item, never an item taken for a header or a heading for a task", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.due])).toEqual([
      [2, "Hoàn thành", "2021-01-31"],
      [3, "Đang thực hiện", "2021-09-30"],
      [5, "Hoàn thành", "2021-03-15"],
      [6, "Đang thực hiện", "2021-09-30"],
      [7, "Chưa thực hiện", "2021-11-30"],
    ]);
  });

  it("says the columns were told by what they hold, and which line the header took", () => {
    const said = c.problems.find((p) => p.code === "HEADER_INFERRED");
    expect(said?.message).toContain('dòng 1 "1. Công khai ngân sách" thay bằng tiêu đề cột');
  });
});

describe("a task, its deadline and how it stands in one cell", () => {
  it("reads the lines typed with Alt+Enter: the task, 'Hạn: …' (or 'hạn 30/9'), and a last line of its state", () => {
    const c = one([
      ["TT", "Nội dung công việc / thời hạn / kết quả", "Ghi chú"],
      ["1.", "Tuyên truyền trên loa truyền thanh xã về DVC mức độ 3, 4\nHạn: 30/6/2021\nKết quả: Đã xong ngày 28/6/2021", null],
      ["2.", "Tuyên truyền bằng tiếng Mông tại các bản về nộp hồ sơ trực tuyến\nHạn: 30/9/2021\nĐang làm, được 3/5 bản", "còn Hang Kia"],
      [null, "+ In tờ rơi song ngữ Việt - Mông\nhạn 30/9\nchưa làm", "chờ TC-KT"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.due, t.doneDate])).toEqual([
      [2, "Hoàn thành", "2021-06-30", "2021-06-28"],
      [3, "Đang thực hiện", "2021-09-30", null],
      [4, "Chưa thực hiện", "2021-09-30", null],
    ]);
  });
});

describe("one column for the deadline and the result", () => {
  const c = one([
    ["TT", "Nhiệm vụ", "Người thực hiện", "Thời hạn - Kết quả"],
    [1, "Công tác giải ngân vốn đầu tư công"],
    [1.1, "Kiểm tra thực địa các công trình chậm tiến độ", "Chủ tịch UBND xã", "Hạn: 15/9/2021\nĐã kiểm tra 3/4 công trình"],
    [2, "Cập nhật TTHC mới công bố của UBND tỉnh lên bảng niêm yết", "BP Một cửa", "Hạn 30/8/2021 - đã xong 20/8"],
    [3, "Đánh giá, xếp loại cán bộ, công chức năm 2021", "VP-TK", "15/12/2021\nchưa làm"],
  ]);

  it("reads the first part as the deadline and the rest as the result; a row numbered over '1.1' is its heading", () => {
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.doneDate])).toEqual([
      [3, "2021-09-15", "Đang thực hiện", null],
      [4, "2021-08-30", "Hoàn thành", "2021-08-20"],
      [5, "2021-12-15", "Chưa thực hiện", null],
    ]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain('cột D "Thời hạn - Kết quả" ghi cả hạn và kết quả');
  });
});

describe("readings grouped under a row per criterion, their counts written 'đạt/tổng'", () => {
  const c = one([
    ["BẢNG THEO DÕI KẾT QUẢ CÁC TIÊU CHÍ THÀNH PHẦN - KH 49/KH-UBND NĂM 2021"],
    [],
    ["Mã", "Kỳ", "Kết quả (đạt/tổng)", "Tỷ lệ", "Ghi chú"],
    ["VD", "Quý I", "45/50", "90%", "Dòng mẫu - không xóa"],
    [1.2, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn - chỉ tiêu 100%"],
    [null, "Quý I", "118/120"],
    [null, "Quý II", "131/131"],
    [null, "Quý III", "120/12"],
  ]);

  it("reads the counts under 'Kết quả (đạt/tổng)' as each period's, under the criterion of the row above them", () => {
    expect(c.readings.map((r) => [r.source.row, r.code, r.numerator, r.denominator])).toEqual([
      [6, "1.2", 118, 120],
      [7, "1.2", 131, 131],
    ]);
  });

  it("names '120/12' as a part larger than its whole, not only a row it could not read", () => {
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => [p.row, p.value])).toEqual([[8, "120/12"]]);
  });
});

describe("a total under numbered tasks", () => {
  it("never reads 'Tổng số liều đã tiêm | 4.800 | 3.475' under numbered tasks as a task", () => {
    const c = one([
      ["STT", "Hoạt động", "Chỉ tiêu", "Đã thực hiện", "Tỷ lệ", "Hạn", "Trạng thái"],
      [1, "Tiêm vắc xin phòng Covid-19 mũi 1 cho người từ 18 tuổi trở lên", "2.400", "2.150", "89,58%", "30/11/2021", "Đang thực hiện"],
      [2, "Tiêm vắc xin phòng Covid-19 mũi 2 cho người từ 18 tuổi trở lên", "2.400", "1.325", "55,21%", "31/12/2021", "Đang thực hiện"],
      [null, "Tổng số liều đã tiêm", "4.800", "3.475", "72,40%"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
  });
});

describe("set 71: counts in results, a day written with a dot in a sheet's name", () => {
  it("reads 'Đã gửi 4/4 thư' as four letters of four, never 4 April; 'Mới 02/04 đ/c hoàn thành', 'Chậm, ước 85%' as under way", () => {
    const c = one([
      ["Nội dung", "Chủ trì", "Hạn", "Kết quả"],
      ["Gửi thư xin lỗi người dân có hồ sơ trễ hẹn", "BP Một cửa", "30/11/2021", "Đã gửi 4/4 thư"],
      ["Cử công chức dự lớp bồi dưỡng chức danh", "VP-TK", "30/11/2021", "Mới 02/04 đ/c hoàn thành"],
      ["Giải ngân vốn công trình nhà văn hóa", "TC-KT", "30/11/2021", "Chậm, ước 85%"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", null],
      ["Đang thực hiện", null],
      ["Đang thực hiện", null],
    ]);
  });

  it("never takes 'Q4 (đến 10.12)' for the criterion 10.12", () => {
    const c = one(
      [
        ["Kỳ", "Kế hoạch vốn (triệu đồng)", "Đã giải ngân (triệu đồng)", "Tỷ lệ (%)"],
        ["Quý IV/2021 (đến 10/12)", 4850, 4252, 87.67],
      ],
      { sheet: "Q4 (đến 10.12)" },
    );
    expect(c.readings.map((r) => r.code)).not.toContain("10.12");
  });
});

describe("a figure reached, then that the work is done", () => {
  it("reads 'Đạt 62% - Hoàn thành (ngày 28/9/2021)' as done on its day, and 'Đạt 85,5%' alone as under way", () => {
    const c = one([
      ["STT", "Nội dung công việc", "Chủ trì", "Hạn hoàn thành", "Kết quả thực hiện"],
      [1, "Giải ngân vốn đầu tư công đạt mốc 60% đến 30/9", "CC TC-KT", day("2021-09-30"), "Đạt 62% - Hoàn thành (ngày 28/9/2021)"],
      [2, "Số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa", "CC VP-TK", day("2021-12-31"), "Đạt 85,5%"],
      [3, "Niêm yết công khai TTHC tại trụ sở UBND xã", "CC VP-TK", day("2021-10-31"), "Đã xong ngày 20/10/2021"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Hoàn thành", 100, "2021-09-28"],
      ["Đang thực hiện", 85.5, null],
      ["Hoàn thành", 100, "2021-10-20"],
    ]);
  });
});
