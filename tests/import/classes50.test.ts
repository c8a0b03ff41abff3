import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidation, consolidate } from "../../src/core/import/consolidate";
import { Grid, GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { compliance } from "../../src/core/summary/compliance";
import { gridOf } from "../helpers/grids";

// The classes blind sets 50-52 found: a delta commune's quarter, readings across the columns, dates inside notes.
const AS_OF = "2021-12-15" as IsoDate;

/** One sheet consolidated as the file "so.xlsx". */
const read = (g: Grid): Consolidation => consolidate([{ file: "so.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);

/** One sheet of rows consolidated, its tasks in their rows' order (the master sorts them by criterion). */
function one(rows: GridCell[][]): Consolidation {
  const c = read(gridOf(rows));
  return { ...c, tasks: [...c.tasks].sort((a, b) => a.source.row - b.source.row) };
}
// A row's own deadline is checked where it writes one; an empty one takes its criterion's from the plan.
const tasks = (c: Consolidation) => c.tasks.map((t) => [t.source.row, t.status, t.doneDate]);

describe("a list of tasks with only a remarks column", () => {
  it("reads 'Việc | Ghi chú' as tasks when the remarks say how each stands", () => {
    const c = one([
      ["Việc cần làm (ĐC-XD) - CCHC 2021"],
      ["Việc", "Ghi chú"],
      ["Rà soát hồ sơ đất đai tồn đọng tại BP một cửa", "Đã xong ngày 12/10/2021"],
      ["Cập nhật quy trình cấp GCN QSDĐ lên Trang TTĐT xã", "hạn 30/11 - đang thực hiện 70%"],
      ["Niêm yết TTHC lĩnh vực đất đai, xây dựng", "hoàn thành 05/11"],
    ]);
    expect(tasks(c)).toEqual([
      [3, "Hoàn thành", "2021-10-12"],
      [4, "Đang thực hiện", null],
      [5, "Hoàn thành", "2021-11-05"],
    ]);
    expect(c.tasks[1].due).toBe("2021-11-30");
  });

  it("leaves a list whose second column says nothing of the work a list", () => {
    const c = one([
      ["Việc", "Ghi chú"],
      ["Rà soát hồ sơ đất đai", "phòng họp tầng 2"],
      ["Cập nhật quy trình cấp GCN", "mượn máy chiếu"],
      ["Niêm yết TTHC", "liên hệ anh Tuấn"],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("never takes a task opening with an upper-case 'Đ' for the wrapped end of the one above", () => {
    const c = one([
      ["Việc", "Ghi chú"],
      ["Hoàn thiện hồ sơ xin phép xây dựng nhà văn hóa thôn 3", "Xong 10/12"],
      ["Đo đạc, chỉnh lý bản đồ địa chính thôn 5", "Hoàn thành 25/10"],
      ["Ứng dụng phần mềm một cửa", "đang làm"],
    ]);
    expect(tasks(c)).toEqual([
      [2, "Hoàn thành", "2021-12-10"],
      [3, "Hoàn thành", "2021-10-25"],
      [4, "Đang thực hiện", null],
    ]);
  });
});

describe("a day done written twice", () => {
  it("takes neither of two days offered as the day done, and names them", () => {
    const c = one([
      ["Nội dung", "Chủ trì", "Ghi chú"],
      ["Đo đạc, chỉnh lý bản đồ địa chính thôn 5", "ĐC-XD", "Hoàn thành 10/9 hoặc 25/10 (kiểm tra lại)"],
    ]);
    expect(tasks(c)).toEqual([[2, "Hoàn thành", null]]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => [p.row, p.column, p.message])).toEqual([
      [2, "C", expect.stringContaining('ghi hai ngày hoàn thành "10/9 hoặc 25/10"')],
    ]);
  });
});

describe("readings across the columns", () => {
  it("reads quarters heading blocks of 'Tử số | Mẫu số | Tỷ lệ' in the year the title names, never as tasks", () => {
    const g = gridOf(
      [
        ["TỔNG HỢP TỶ LỆ GIẢI QUYẾT TTHC THEO QUÝ NĂM 2021"],
        ["STT", "Chỉ số", "Quý I", null, null, "Quý IV (đến 30/11)", null, null],
        [null, null, "Tử số", "Mẫu số", "Tỷ lệ", "Tử số", "Mẫu số", "Tỷ lệ"],
        [1, "Hồ sơ giải quyết đúng hạn (TC 1.2)", 131, 134, 0.9776, 104, 106, 0.9811],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 8 },
        ],
      },
    );
    const c = read(g);
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.code, r.period, r.date, r.numerator, r.denominator])).toEqual([
      ["1.2", "Quý I/2021", "2021-03-31", 131, 134],
      ["1.2", "Quý IV/2021", "2021-11-30", 104, 106],
    ]);
  });

  it("never suggests a satisfaction criterion for figures that are no one's satisfaction", () => {
    const c = one([
      ["SỐ LIỆU THÁNG 11/2021"],
      ["Chỉ tiêu", "Số đạt", "Tổng số", "Tỷ lệ (%)"],
      ["TTHC được công khai trên Cổng DVC tỉnh", 110, 120, 91.67],
    ]);
    expect(c.readings).toHaveLength(1);
    expect(c.readings[0].code ?? "").not.toMatch(/^2\./);
  });
});

describe("figures two rows give one criterion", () => {
  const rows = (label: string, n: number): GridCell[][] => [
    ["SỐ LIỆU QUÝ III/2021"],
    ["Chỉ tiêu", "Số đạt", "Tổng số", "Tỷ lệ (%)"],
    [label, n, 100, n],
  ];
  it("keeps a suggested reading that another file's written criterion holds, without the criterion, and names it", () => {
    const written = gridOf([["SỐ LIỆU QUÝ III/2021"], ["Mã TC", "Chỉ tiêu", "Số đạt", "Tổng số"], ["1.2", "Hồ sơ đúng hạn", 98, 100]], {
      file: "a.xlsx",
    });
    const suggested = gridOf(rows("Hồ sơ giải quyết đúng hạn, trước hạn", 95), { file: "b.xlsx" });
    const c = consolidate(
      [
        { file: "a.xlsx", ok: true, grids: [written] },
        { file: "b.xlsx", ok: true, grids: [suggested] },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect(c.readings.map((r) => [r.source.file, r.code, r.numerator])).toEqual([
      ["a.xlsx", "1.2", 98],
      ["b.xlsx", null, 95],
    ]);
    expect(c.readings[1].note).toContain("Mã 1.2 gợi ý trùng với số liệu ở a.xlsx");
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING").map((p) => [p.file, p.row])).toEqual([["b.xlsx", 3]]);
  });

  it("keeps the second of two suggestions landing on one criterion with other figures, without it", () => {
    const c = consolidate(
      [
        { file: "a.xlsx", ok: true, grids: [gridOf(rows("Hồ sơ giải quyết đúng hạn", 98), { file: "a.xlsx" })] },
        { file: "b.xlsx", ok: true, grids: [gridOf(rows("Hồ sơ giải quyết đúng hạn, trước hạn", 40), { file: "b.xlsx" })] },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect(c.readings.map((r) => [r.source.file, r.code, r.numerator])).toEqual([
      ["a.xlsx", "1.2", 98],
      ["b.xlsx", null, 40],
    ]);
  });
});

describe("a delta commune's habits", () => {
  it("never takes a 'ngày giao' column for progress ('15/10' is a day, not a share)", () => {
    const c = one([
      ["stt", "việc", "ngày giao", "làm tới đâu", "ghi chú"],
      [1, "Phát tờ rơi hướng dẫn nộp hồ sơ qua mạng", "15/10", "xong rồi", "phát 320 tờ, xong 30/10"],
      [2, "Nhắc bà con đi làm CCCD gắn chíp", "01/10", "đang làm", "còn 37 người chưa làm"],
      [3, "Lấy ý kiến bà con về thái độ phục vụ", "01/11", "chưa làm", "xã chưa đưa phiếu"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Hoàn thành", 100, "2021-10-30"],
      ["Đang thực hiện", null, null],
      ["Chưa thực hiện", 0, null],
    ]);
  });

  it("reads the day after 'xong rồi' as the day done", () => {
    const c = one([
      ["Nội dung", "Hạn", "Kết quả"],
      ["Rà soát 3 hồ sơ đất đai trễ hạn quý III", "10/10/2021", "xong rồi 08/10"],
      ["Công khai số điện thoại đường dây nóng", "15/10/2021", "Xong rồi (12/10)"],
    ]);
    expect(tasks(c)).toEqual([
      [2, "Hoàn thành", "2021-10-08"],
      [3, "Hoàn thành", "2021-10-12"],
    ]);
  });
});

describe("a desk's monthly figures with two rates at the end", () => {
  const g = () =>
    gridOf(
      [
        ["TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC QUÝ IV/2021"],
        ["Tháng", "Tiếp nhận", null, "Đã giải quyết", null, null, null, "Tỷ lệ đúng hạn (%)", "Tỷ lệ trực tuyến (%)"],
        [null, "Tổng số", "Trực tuyến", "Tổng", "Trước hạn", "Đúng hạn", "Trễ hạn"],
        ["Tháng 10/2021", 142, 30, 139, 20, 118, 1, 99.28, 21.13],
        ["Tháng 11/2021", 151, 35, 150, 25, 124, 1, 100, 23.18],
        ["Tháng 12/2021 (đến 14/12)", 135, 31, 126, 18, 107, 1, 99.21, 22.96],
      ],
      {
        merges: [
          { top: 2, left: 2, bottom: 2, right: 3 },
          { top: 2, left: 4, bottom: 2, right: 7 },
          { top: 2, left: 1, bottom: 3, right: 1 },
          { top: 2, left: 8, bottom: 3, right: 8 },
          { top: 2, left: 9, bottom: 3, right: 9 },
        ],
      },
    );

  it("reads each rate, the on-time one with the counts that make it on most rows", () => {
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [g()] }], BUILTIN_PLAN, AS_OF);
    const byCode = (code: string) =>
      c.readings
        .filter((r) => r.code === code)
        .map((r) => [r.period, r.numerator, r.denominator, Math.round((r.value as number) * 100) / 100]);
    expect(byCode("1.2")).toEqual([
      ["Tháng 10/2021", 138, 139, 99.28],
      ["Tháng 11/2021", 149, 150, 99.33],
      ["Tháng 12/2021 (đến 14/12)", 125, 126, 99.21],
    ]);
    expect(byCode("1.1").map((x) => x[3])).toEqual([21.13, 23.18, 22.96]);
    expect(c.readings.find((r) => r.code === "1.2")?.note).toContain(
      "Tử số, mẫu số theo cách tính tỷ lệ của bảng: (Trước hạn + Đúng hạn) / Tổng",
    );
  });

  it("names the month whose written rate the counts do not give", () => {
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [g()] }], BUILTIN_PLAN, AS_OF);
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => [p.row, p.column, p.value])).toEqual([[5, "H", "100"]]);
  });
});

describe("how the work stands, said in words", () => {
  it("reads waiting for approval, an expected end and 'not finished, some left' as under way", () => {
    const c = one([
      ["Nội dung", "Chủ trì", "Kết quả"],
      ["Cử công chức đi bồi dưỡng chức danh", "VP-TK", "Chờ huyện duyệt danh sách từ 10/10"],
      ["Lắp biển hiệu tại Bộ phận Một cửa", "VP-TK", "trễ, dự kiến xong 20/12"],
      ["Tháo gỡ vướng mắc GPMB đường liên thôn", "ĐC-XD", "Chưa xong, chờ huyện phê duyệt phương án"],
      ["Rà soát, kiến nghị đơn giản hóa TTHC", "VP-TK", "Đã gửi Phòng Nội vụ ngày 10/11, chờ phản hồi"],
      ["Tập huấn kỹ năng tiếp dân", "VP-TK", "Chưa làm"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Đang thực hiện", null],
      ["Đang thực hiện", null],
      ["Đang thực hiện", null],
      ["Đang thực hiện", null],
      ["Chưa thực hiện", null],
    ]);
  });

  it("keeps 'Hoàn thành, đạt 63% KH' done: the share is the result's figure", () => {
    const c = one([
      ["Nội dung", "Chủ trì", "Thời gian hoàn thành", "Kết quả"],
      ["Giải ngân vốn đầu tư công đạt 60% kế hoạch giao", "TC-KT", "30/9/2021", "Hoàn thành, đạt 63% KH"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([["Hoàn thành", 100]]);
  });

  it("names a remark that says the opposite of the status column, keeping the column", () => {
    const c = one([
      ["STT", "Công việc", "Hạn", "Trạng thái", "Ghi chú"],
      [1, "Xây dựng bộ biểu mẫu hồ sơ tham khảo", "15/11/2021", "Hoàn thành", "Chưa xong, còn 3 lĩnh vực chưa có mẫu"],
      [2, "Lắp đặt thiết bị đánh giá mức độ hài lòng", "30/9/2021", "Đang thực hiện", "Đã xong ngày 28/9/2021, đã nghiệm thu"],
      [3, "Niêm yết TTHC", "30/9/2021", "Hoàn thành", "Đã xong, có ảnh"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Hoàn thành"]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => [p.row, p.column])).toEqual([
      [2, "E"],
      [3, "E"],
    ]);
  });
});

describe("deadlines and days done written in words", () => {
  it("reads 'Trong tháng 11' and 'trong quý IV' as the period's last day, the year assumed and named", () => {
    const c = one([
      ["Nội dung", "Chủ trì", "Hạn", "Kết quả"],
      ["Công khai số điện thoại đường dây nóng", "VP-TK", "Trong tháng 11", "đang làm"],
      ["Rà soát quy trình nội bộ", "VP-TK", "trong quý IV", "đang làm"],
    ]);
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-11-30", "2021-12-31"]);
    expect(c.problems.filter((p) => p.code === "YEAR_ASSUMED").map((p) => p.row)).toEqual([2, 3]);
  });

  it("reads a deadline with no year that falls before the day the work was given in the next year", () => {
    const c = one([
      ["SỔ GIAO VIỆC THÁNG 12/2021"],
      ["Ngày giao", "Nội dung", "Giao cho", "Hạn", "Kết quả"],
      [{ date: "2021-12-06" as IsoDate }, "Nộp báo cáo tổng kết CCHC năm 2021", "VP-TK", "15/1", ""],
      [{ date: "2021-12-06" as IsoDate }, "Tổng kết công tác CCHC", "VP-TK", "25/12", ""],
    ]);
    expect(c.tasks.map((t) => t.due)).toEqual(["2022-01-15", "2021-12-25"]);
    expect(c.problems.filter((p) => p.code === "YEAR_ASSUMED").map((p) => [p.row, p.message])).toEqual([
      [3, expect.stringContaining("đọc là 15/01/2022 (năm sau), vì hạn không thể trước ngày giao 06/12/2021")],
    ]);
  });

  it("takes a done task's one day in its remark as the day done, never a count, a plan or one of two days", () => {
    const c = one([
      ["STT", "Noi dung cong viec", "Han hoan thanh", "Ket qua", "Ghi chu"],
      [1, "Cong khai so dien thoai duong day nong", "15.10.2021", "Da xong", "niem yet ngay 14.10.2021"],
      [2, "Bao cao ket qua giai quyet PAKN quy III", "05/10/2021", "Hoan thanh", "gui ngay 3 thang 10 nam 2021"],
      [3, "Tap huan ky nang tiep dan cho CBCC", "30/9/2021", "Hoan thanh", "to chuc 2 ngay 28-29/9"],
      [4, "Phân công lãnh đạo theo dõi Bộ phận Một cửa", "30/9/2021", "Hoàn thành", "QĐ 95/QĐ-UBND ngày 20/9/2021"],
      [5, "Tuyên truyền DVC trên loa các thôn", "31/10/2021", "Hoàn thành", "05/10: giao VH-XH soạn tin\n20/10: đã phát xong ở 8/8 thôn"],
      [6, "Phát tờ rơi ở các thôn", "31/10/2021", "Hoàn thành", "đã phát ở 8/8 thôn"],
      [7, "Mua sắm thiết bị", "31/10/2021", "Hoàn thành", "dự kiến nghiệm thu 20/10"],
      [8, "Trả lời kiến nghị", "31/10/2021", "Hoàn thành", "trả lời ngày 12/10 và 25/10"],
    ]);
    expect(c.tasks.map((t) => t.doneDate)).toEqual([
      "2021-10-14",
      "2021-10-03",
      "2021-09-29",
      "2021-09-20",
      "2021-10-20",
      null,
      null,
      null,
    ]);
    expect(c.tasks[0].note).toContain('Ngày hoàn thành lấy theo ngày ghi trong "niem yet ngay 14.10.2021"');
  });
});

describe("a table of figures under the tasks", () => {
  it("names the other table's rows instead of reading its headings and figures as tasks", () => {
    const c = one([
      ["THEO DÕI CÔNG VIỆC THÁNG 10/2021 - CC TƯ PHÁP HỘ TỊCH"],
      ["TT", "Công việc", "Ngày giao", "Hạn", "Xong ngày", "Ghi chú"],
      [1, "Niêm yết công khai TTHC lĩnh vực hộ tịch", "01/10", "15/10", null, "đang làm"],
      [2, "Rà soát hồ sơ hộ tịch trễ hạn tháng 9", "04/10", "08/10", "07/10", "xong rồi"],
      [],
      ["Số liệu hồ sơ hộ tịch tháng 10/2021"],
      ["Tiếp nhận", "Trực tuyến", "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn"],
      [58, 14, 58, 58, 0, 1],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.value])).toEqual([
      [7, "Tiếp nhận | Trực tuyến | Đã giải quyết | Đúng hạn | Trễ hạn | Tỷ lệ đúng hạn"],
    ]);
  });

  it("names a task done before the day it was given", () => {
    const c = one([
      ["TT", "Công việc", "Ngày giao", "Hạn", "Xong ngày"],
      [1, "Tuyên truyền Luật Hộ tịch tại các ấp", "05/11/2021", "30/11/2021", "02/11/2021"],
    ]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => [p.row, p.column])).toEqual([[2, "E"]]);
  });
});

describe("blocks of columns named by what they measure, periods down", () => {
  // A title, the periods' column merged down over two header rows, two blocks of three columns.
  const twoBlocks = (rows: GridCell[][]) =>
    gridOf(rows, {
      merges: [
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 2, bottom: 2, right: 4 },
        { top: 2, left: 5, bottom: 2, right: 7 },
      ],
    });

  it("reads each measure's rate with its own counts, its criterion from the block's name", () => {
    const g = twoBlocks([
      ["SỐ LIỆU GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021"],
      ["Tháng", "Hồ sơ giải quyết đúng hạn", null, null, "Hồ sơ tiếp nhận trực tuyến", null, null],
      [null, "Đã giải quyết", "Đúng hạn (kể cả trước hạn)", "Tỷ lệ (%)", "Tổng tiếp nhận", "Trực tuyến", "Tỷ lệ (%)"],
      ["Tháng 7", 152, 150, 0.9868, 160, 38, 0.2375],
      ["Tháng 8", 56, 57, 1.0179, 61, 20, 0.3279],
    ]);
    const c = read(g);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.1", "Tháng 7/2021", 38, 160],
      ["1.1", "Tháng 8/2021", 20, 61],
      ["1.2", "Tháng 7/2021", 150, 152],
      ["1.2", "Tháng 8/2021", 57, 56],
    ]);
    expect(c.problems.filter((p) => p.code === "NUMERATOR_ABOVE_DENOMINATOR").map((p) => p.row)).toEqual([5]);
  });

  it("reads a survey's aspects across, each over 'Hài lòng | Tổng phiếu | Tỷ lệ', a reading per aspect and quarter", () => {
    const g = twoBlocks([
      ["THEO DÕI KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG THEO QUÝ - NĂM 2021"],
      ["Kỳ khảo sát", "Tiếp cận dịch vụ", null, null, "Công chức tiếp nhận, giải quyết", null, null],
      [null, "Hài lòng", "Tổng phiếu", "Tỷ lệ", "Hài lòng", "Tổng phiếu", "Tỷ lệ"],
      ["Quý I/2021", 40, 45, 88.9, 43, 45, 95.6],
      ["Quý II/2021", 36, 40, 90, 38, 40, 95],
    ]);
    const c = read(g);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["2.1", "Quý I/2021", 40, 45],
      ["2.1", "Quý II/2021", 36, 40],
      ["2.3", "Quý I/2021", 43, 45],
      ["2.3", "Quý II/2021", 38, 40],
    ]);
  });
});

describe("a survey's tally: numbering and its day", () => {
  it("never takes questions numbered '1.1, 1.2' under their aspect for criteria, and dates the figures by the survey's day", () => {
    const c = one([
      ["BẢNG TỔNG HỢP PHIẾU ĐÁNH GIÁ SỰ HÀI LÒNG QUÝ IV/2021"],
      ["Ngày khảo sát:", null, { date: "2021-11-25" as IsoDate }],
      ["TT", "Nội dung đánh giá", "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Tổng số phiếu"],
      ["I", "TIẾP CẬN DỊCH VỤ"],
      ["1.1", "Nơi ngồi chờ có đủ chỗ ngồi", 20, 35, 4, 1, 60],
      ["1.2", "Trang thiết bị phục vụ đầy đủ", 18, 36, 5, 1, 60],
      ["II", "CÔNG CHỨC GIẢI QUYẾT CÔNG VIỆC"],
      ["2.1", "Công chức có thái độ lịch sự", 25, 33, 2, 0, 60],
    ]);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["2.1", "2021-11-25", 109, 120],
      ["2.3", "2021-11-25", 58, 60],
    ]);
  });
});

describe("two measures one criterion is suggested for, on one sheet", () => {
  it("keeps both rows: the first with the suggestion, the other without, never the later taken as a correction", () => {
    const c = one([
      ["CHỈ SỐ THEO DÕI THÁNG 11/2021"],
      ["Chỉ tiêu", "Giá trị"],
      ["Tỷ lệ hồ sơ giải quyết đúng hạn (%)", 98.5],
      ["Số hồ sơ tiếp nhận (hồ sơ)", 41],
    ]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.value])).toEqual([
      [3, "1.2", 98.5],
      [4, null, 41],
    ]);
  });
});

describe("the desk's dossier reports", () => {
  const countsOf = (c: Consolidation) =>
    (c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.online, d.inPerson, d.early, d.onTime, d.late]);

  it("reads a field merged down over its periods' rows, each period a record, and checks its 'Cộng' against them", () => {
    const c = consolidate(
      [
        {
          file: "so.xlsx",
          ok: true,
          grids: [
            gridOf(
              [
                ["SỔ TỔNG HỢP KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ TTHC QUÝ IV NĂM 2021"],
                [],
                [
                  "STT",
                  "Lĩnh vực",
                  "Thời gian",
                  "Trực tuyến",
                  "Trực tiếp, bưu chính",
                  "Giải quyết trước hạn",
                  "Giải quyết đúng hạn",
                  "Giải quyết quá hạn",
                  "Đang giải quyết trong hạn",
                  "Đang giải quyết quá hạn",
                ],
                [1, "Hộ tịch", "Tháng 10/2021", 29, 46, 26, 49, 0, 0, 0],
                [null, null, "Tháng 11/2021", 17, 31, 30, 16, 1, 1, 0],
                [null, null, "Cộng", 46, 77, 56, 65, 1, 1, 0],
                [2, "Chứng thực", "Tháng 10/2021", 0, 248, 192, 56, 0, 0, 0],
                [null, null, "Tháng 11/2021", 7, 179, 106, 80, 0, 0, 0],
                [null, null, "Cộng", 7, 437, 298, 136, 0, 0, 0],
              ],
              {
                merges: [
                  { top: 1, left: 1, bottom: 1, right: 10 },
                  { top: 4, left: 2, bottom: 6, right: 2 },
                  { top: 7, left: 2, bottom: 9, right: 2 },
                ],
              },
            ),
          ],
        },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect(countsOf(c)).toEqual([
      ["Hộ tịch", "2021-10-01", "2021-10-31", 29, 46, 26, 49, 0],
      ["Hộ tịch", "2021-11-01", "2021-11-30", 17, 31, 30, 16, 1],
      ["Chứng thực", "2021-10-01", "2021-10-31", 0, 248, 192, 56, 0],
      ["Chứng thực", "2021-11-01", "2021-11-30", 7, 179, 106, 80, 0],
    ]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH").map((p) => [p.row, p.column, p.value])).toEqual([[9, "E", "437"]]);
  });

  it("reads a field's sheet of months in the year its title names, and bare 'Trước hạn | Đúng hạn | Trễ hạn' headings", () => {
    const c = consolidate(
      [
        {
          file: "so.xlsx",
          ok: true,
          grids: [
            gridOf(
              [
                ["SỔ THEO DÕI HỒ SƠ TTHC LĨNH VỰC HỘ TỊCH NĂM 2021"],
                ["Tháng", "Online", "Trực tiếp", "Trước hạn", "Đúng hạn", "Trễ hạn", "Đang GQ - trong hạn", "Đang GQ - quá hạn"],
                ["Tháng 7", 15, 34, 16, 30, 0, 3, 0],
                ["Tháng 8", 14, 32, 38, 11, 0, 0, 0],
              ],
              { sheet: "Hộ tịch" },
            ),
          ],
        },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect(countsOf(c)).toEqual([
      ["Hộ tịch", "2021-07-01", "2021-07-31", 15, 34, 16, 30, 0],
      ["Hộ tịch", "2021-08-01", "2021-08-31", 14, 32, 38, 11, 0],
    ]);
  });
});

describe("criteria written by their titles", () => {
  it("reads the plan's title in a criterion column as its code, and the survey's overall as no criterion's", () => {
    const c = one([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG QUÝ III/2021"],
      ["Tiêu chí đánh giá", "Số phiếu hài lòng", "Số phiếu hợp lệ", "Tỷ lệ (%)"],
      ["Chỉ số hài lòng về tiếp cận dịch vụ", 43, 48, 89.58],
      ["Chỉ số hài lòng về kết quả giải quyết TTHC", 44, 48, 91.67],
      ["Chỉ số hài lòng chung", null, null, 90],
    ]);
    // The counts named beside the rate ("Số phiếu hài lòng | Số phiếu hợp lệ") give it; 43/48 is the 89,58 written.
    expect(c.readings.map((r) => [r.code, Math.round((r.value ?? 0) * 100) / 100])).toEqual([
      ["2.1", 89.58],
      ["2.4", 91.67],
      [null, 90],
    ]);
    expect(c.readings[0].note).toContain('Mã tiêu chí 2.1 theo tên "Chỉ số hài lòng về tiếp cận dịch vụ"');
    expect(c.problems.filter((p) => p.code === "UNKNOWN_CRITERION")).toEqual([]);
  });

  it("takes 'Tiêu chí: <title>' rows as the criterion of the tasks under them, never as tasks", () => {
    const c = one([
      ["STT", "Nội dung", "Người thực hiện", "Ngày giao", "Hạn hoàn thành", "Ngày BC", "Tình trạng"],
      [null, "Tiêu chí: Chỉ số hài lòng về tiếp cận dịch vụ"],
      [1, "Lắp đặt bảng chỉ dẫn, sơ đồ Bộ phận Một cửa", "VP-TK", "15/03/2021", "30/05/2021", "10/12/2021", "đã xong"],
      [null, "Tiêu chí: Chỉ số hài lòng về kết quả giải quyết TTHC"],
      [2, "Triển khai đánh giá chất lượng giải quyết TTHC", "BP Một cửa", "01/06/2021", "30/09/2021", "05/12/2021", "đang triển khai"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status, t.doneDate])).toEqual([
      [3, "2.1", "Hoàn thành", null],
      [5, "2.4", "Đang thực hiện", null],
    ]);
  });
});

describe("a plan drawn as bars under numbered months", () => {
  it("reads '1 | 2 | … | 12' under 'Thời gian thực hiện (tháng)' as months, each task due at its last marked month's end", () => {
    const x = "x";
    const g = gridOf(
      [
        ["KẾ HOẠCH CÔNG TÁC VĂN THƯ, LƯU TRỮ NĂM 2021"],
        ["STT", "Nội dung công việc", "Thời gian thực hiện (tháng)", null, null, null, null, null, "Kết quả"],
        [null, null, 1, 2, 3, 4, 5, 6],
        [1, "Hướng dẫn CBCC sử dụng chữ ký số", null, null, x, x, null, null, "Đã hoàn thành"],
        [2, "Chỉnh lý tài liệu lưu trữ", null, null, null, x, x, x, "Chưa thực hiện"],
      ],
      { merges: [{ top: 2, left: 3, bottom: 2, right: 8 }] },
    );
    const c = read(g);
    expect(c.tasks.sort((a, b) => a.source.row - b.source.row).map((t) => [t.due, t.status])).toEqual([
      ["2021-04-30", "Hoàn thành"],
      ["2021-06-30", "Chưa thực hiện"],
    ]);
  });
});

describe("months across, each over a rate's parts, an indicator a row", () => {
  it("reads each indicator row on its own, never adding two indicators up as parts of one", () => {
    const g = gridOf(
      [
        ["BẢNG THEO DÕI TỶ LỆ HỒ SƠ TTHC NĂM 2021"],
        ["TT", "Chỉ tiêu theo dõi", "Tháng 1", null, null, "Tháng 2", null, null],
        [null, null, "Số HS đạt", "Tổng số HS", "Tỷ lệ %", "Số HS đạt", "Tổng số HS", "Tỷ lệ %"],
        ["1", "Hồ sơ giải quyết đúng hạn (kể cả trước hạn) / tổng số HS đã giải quyết", 41, 41, 1, 28, 29, 0.9655],
        ["2", "Hồ sơ tiếp nhận trực tuyến mức độ 3, 4 / tổng số HS tiếp nhận", 0, 38, 0, 2, 30, 0.0667],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 8 },
        ],
      },
    );
    const c = read(g);
    const byRow = [...c.readings].sort((a, b) => a.source.row - b.source.row || a.period.localeCompare(b.period));
    expect(byRow.map((r) => [r.source.row, r.period, r.numerator, r.denominator])).toEqual([
      [4, "Tháng 1/2021", 41, 41],
      [4, "Tháng 2/2021", 28, 29],
      [5, "Tháng 1/2021", 0, 38],
      [5, "Tháng 2/2021", 2, 30],
    ]);
    expect(c.problems.filter((p) => p.code === "READING_PARTS")).toEqual([]);
  });
});

describe("a survey's aspects down the rows, quarters across", () => {
  const sheet = (q4: GridCell) =>
    gridOf(
      [
        ["KẾT QUẢ LẤY PHIẾU ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG TẠI BỘ PHẬN MỘT CỬA NĂM 2021"],
        [],
        ["Nội dung đánh giá", "Quý I/2021", null, null, "Quý II/2021", null, null, "Quý IV/2021", null, null, "Ghi chú"],
        [null, "Hài lòng", "Số phiếu", "Tỷ lệ (%)", "Hài lòng", "Số phiếu", "Tỷ lệ (%)", "Hài lòng", "Số phiếu", "Tỷ lệ (%)"],
        ["1. Tiếp cận dịch vụ", 52, 58, 89.66, 60, 65, 92.31, q4],
        ["2. Thủ tục hành chính", 50, 58, 86.21, 57, 65, 87.69],
        ["3. Sự phục vụ của công chức", 55, 58, 94.83, 62, 65, 95.38],
        ["4. Kết quả giải quyết TTHC", 53, 58, 91.38, 61, 65, 93.85],
      ],
      {
        merges: [
          { top: 3, left: 2, bottom: 3, right: 4 },
          { top: 3, left: 5, bottom: 3, right: 7 },
          { top: 3, left: 8, bottom: 3, right: 10 },
          { top: 3, left: 1, bottom: 4, right: 1 },
          { top: 5, left: 8, bottom: 8, right: 10 },
        ],
      },
    );

  it("reads each aspect as a reading of its own criterion, never adding them up as parts", () => {
    const c = read(sheet(null));
    const q1 = c.readings.filter((r) => r.period === "Quý I/2021").map((r) => [r.code, r.numerator, r.denominator]);
    expect(q1).toEqual([
      ["2.1", 52, 58],
      ["2.2", 50, 58],
      ["2.3", 55, 58],
      ["2.4", 53, 58],
    ]);
  });

  it("says a quarter holding only words has no figures yet, and reads none of its rows as tasks", () => {
    const c = read(sheet("Đang tổng hợp (khảo sát tháng 12/2021)"));
    expect(c.tasks).toEqual([]);
    expect(c.readings.filter((r) => r.period.startsWith("Quý IV"))).toEqual([]);
    const said = c.problems.find((p) => p.code === "ROW_SKIPPED" && p.value.includes("Đang tổng hợp"));
    expect(said?.message).toContain("Quý IV/2021");
  });
});

describe("a survey's rounds across the columns", () => {
  const rows: GridCell[][] = [
    ["KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
    [],
    ["TT", "Nội dung", "Năm 2020", "Mục tiêu 2021", "Đợt 1 (6 tháng đầu năm)", "Đợt 2 (khảo sát ngày 10/12/2021)", "Ghi chú"],
    [1, "Chỉ số hài lòng về tiếp cận dịch vụ", "82,15%", "Tăng so với năm 2020", "83,40%", "85,12%"],
    [2, "Chỉ số hài lòng về tổ chức giải quyết TTHC", "80,6%", "Tăng so với năm 2020", "81,9%", "84,0%"],
    [3, "Chỉ số hài lòng về công chức tại BP TN&TKQ", "86,3%", "Giữ vững hoặc tăng", "87,0%", "88,75%"],
  ];

  it("dates each round by its bracket: the first half, the survey's day", () => {
    const c = read(gridOf(rows));
    const of = (code: string) => c.readings.filter((r) => r.code === code).map((r) => [r.period, r.date, r.value]);
    expect(of("2.1")).toEqual([
      ["Năm 2020", "2020-12-31", 82.15],
      ["6 tháng đầu năm 2021", "2021-06-30", 83.4],
      ["Đến 10/12/2021", "2021-12-10", 85.12],
    ]);
    expect(of("2.2").map((r) => r[2])).toEqual([80.6, 81.9, 84]);
  });

  it("names each row by its content, never by the target's words beside it", () => {
    const c = read(gridOf(rows));
    const first = c.readings.find((r) => r.source.row === 6);
    expect(first?.code).toBe("2.3");
    expect(first?.note.startsWith("Chỉ số hài lòng về công chức")).toBe(true);
  });

  it("leaves a round whose bracket gives no period unread as a period", () => {
    const c = read(gridOf(rows.map((r, i) => (i === 2 ? r.map((v) => (v === "Đợt 1 (6 tháng đầu năm)" ? "Đợt 1 (ước)" : v)) : r))));
    expect(c.readings.some((r) => r.value === 83.4)).toBe(false);
  });
});

describe("the last item of a list, just above the signature", () => {
  it("reads a bulleted row with a period for its deadline as a task, never as the header of another table", () => {
    const c = one([
      ["STT", "Mã TC", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn hoàn thành", "Đã HT", "Đang TH", "Chưa TH", "Ghi chú"],
      [
        "-",
        "2.5",
        "Công khai số điện thoại đường dây nóng của lãnh đạo UBND",
        "CC VP-TK",
        "15/10/2021",
        "x",
        null,
        null,
        "Niêm yết ngày 08/10/2021",
      ],
      ["-", "2.5", "Tổng hợp, trả lời PAKN về TTHC và công khai kết quả trên Trang TTĐT", "CC VP-TK", "Quý IV/2021", null, null, "x"],
      [],
      [null, null, null, null, "Tân Phong, ngày 10 tháng 12 năm 2021"],
      ["Ghi chú: đánh dấu x vào cột kết quả tương ứng", null, null, null, "NGƯỜI LẬP BIỂU"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.due])).toEqual([
      [2, "Hoàn thành", "2021-10-15"],
      [3, "Chưa thực hiện", "2021-12-31"],
    ]);
  });
});

describe("a sentence that says some work was done, beside how far the work is", () => {
  it("keeps a task under way when Tiến độ says 60, whatever 'Đã …' in the note sounds like", () => {
    const c = one([
      ["TT", "Nhiệm vụ", "Người thực hiện", "Kết thúc", "Tiến độ (%)", "Ghi chú"],
      [1, "Kiểm tra hiện trường, đôn đốc nhà thầu thi công tuyến đường TDP Bắc Sơn", "ĐC-XD", "20/12/2021", 60, "Đã có khối lượng đợt 2"],
      [2, "Hoàn thiện hồ sơ quyết toán công trình Nhà văn hóa TDP Đông Hòa", "ĐC-XD", "30/11/2021", 100, "Đã nộp KBNN ngày 26/11/2021"],
    ]);
    expect(tasks(c)).toEqual([
      [2, "Đang thực hiện", null],
      [3, "Hoàn thành", "2021-11-26"],
    ]);
    expect(c.tasks[0].note).toContain("tiến độ ghi 60%");
  });

  it("reads counts with thousands separators as the share done: 'Đã thu nhận 8.950/9.300 hồ sơ' is under way", () => {
    const c = one([
      ["TT", "Nội dung công tác", "Cán bộ phụ trách", "Thời hạn", "Kết quả (đến 14/12/2021)"],
      [
        1,
        "Thu nhận hồ sơ cấp CCCD gắn chip cho công dân từ 14 tuổi trở lên",
        "Đ/c Hùng",
        "31/12/2021",
        "Đã thu nhận 8.950/9.300 hồ sơ (96,2%)",
      ],
      [2, "Làm sạch dữ liệu dân cư", "Đ/c Lan", "30/11/2021", "Hoàn thành ngày 29/11/2021"],
    ]);
    expect(tasks(c)).toEqual([
      [2, "Đang thực hiện", null],
      [3, "Hoàn thành", "2021-11-29"],
    ]);
    expect(c.tasks[0].progress).toBe(96.24);
  });
});

describe("targets beside results under each period", () => {
  const merged = (cols: number[]) => cols.map((c) => ({ top: 1, left: c, bottom: 1, right: c + 1 }));

  it("reads 'Quý I … Cả năm' over 'KH | TH' with the results as each quarter's figures, never a target as a count", () => {
    const c = read(
      gridOf(
        [
          ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ CCHC NĂM 2021"],
          ["(Kèm theo Kế hoạch số 49/KH-UBND ngày 29/9/2021 của UBND xã)"],
          [],
          ["STT", "Mã TC", "Chỉ số", "ĐVT", "Quý I", null, "Quý II", null, "Quý III", null, "Cả năm", null, "So sánh %", "Ghi chú"],
          [null, null, null, null, "KH", "TH", "KH", "TH", "KH", "TH", "KH", "TH"],
          ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
          [1, "1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "%", 100, 98.5, 100, 100, 100, 97.2, 100, null, 98.6],
          [2, "1.5", "Tỷ lệ văn bản đi được gửi dưới dạng điện tử", "%", 80, 82.5, 85, 86, 90, 91.3, 90, null, 101.4],
        ],
        {
          merges: [
            ...merged([5, 7, 9, 11]).map((m) => ({ ...m, top: 4, bottom: 4 })),
            // STT, Mã TC, Chỉ số, ĐVT, So sánh and Ghi chú merged down over both header rows.
            ...[1, 2, 3, 4, 13, 14].map((c) => ({ top: 4, left: c, bottom: 5, right: c })),
          ],
        },
      ),
    );
    expect(c.readings.map((r) => [r.code, r.period, r.value, r.numerator, r.denominator])).toEqual([
      ["1.2", "Quý I/2021", 98.5, null, null],
      ["1.2", "Quý II/2021", 100, null, null],
      ["1.2", "Quý III/2021", 97.2, null, null],
      ["1.5", "Quý I/2021", 82.5, null, null],
      ["1.5", "Quý II/2021", 86, null, null],
      ["1.5", "Quý III/2021", 91.3, null, null],
    ]);
  });

  it("reads running figures '6T | 9T | 11T' each, the eleven months standing at November's end", () => {
    const c = read(
      gridOf(
        [
          ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CCHC 11 THÁNG NĂM 2021"],
          ["TT", "Chỉ tiêu", "ĐVT", "KH năm", "6T", null, "9T", null, "11T", null],
          [null, null, null, null, "KH", "TH", "KH", "TH", "KH", "TH"],
          ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 100, 100, 99.1, 100, 98.8, 100, 98.7],
          ["2", "Tỷ lệ CBCC xã đạt chuẩn", "%", 100, 100, "17/20", 100, "18/20", 100, "18/20"],
        ],
        { merges: [2, 5, 7, 9].slice(1).map((c) => ({ top: 2, left: c, bottom: 2, right: c + 1 })) },
      ),
    );
    expect(c.readings.filter((r) => r.source.row === 4).map((r) => [r.date, r.value])).toEqual([
      ["2021-06-30", 99.1],
      ["2021-09-30", 98.8],
      ["2021-11-30", 98.7],
    ]);
    expect(c.readings.filter((r) => r.source.row === 5).map((r) => [r.numerator, r.denominator])).toEqual([
      [17, 20],
      [18, 20],
      [18, 20],
    ]);
  });

  it("reads 'Cả năm 2021' over 'Kế hoạch | Thực hiện' as the year, beside the first half", () => {
    const c = read(
      gridOf(
        [
          ["TT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm", null, "Cả năm 2021", null],
          [null, null, null, "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"],
          [1, "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 100, 98.6, 100, 99.1],
        ],
        { merges: [4, 6].map((c) => ({ top: 1, left: c, bottom: 1, right: c + 1 })) },
      ),
    );
    expect(c.readings.map((r) => [r.period, r.value])).toEqual([
      ["6 tháng đầu năm 2021", 98.6],
      ["Năm 2021", 99.1],
    ]);
  });

  it("names a part larger than its whole ('52/48') and reads nothing from it", () => {
    const c = read(
      gridOf(
        [
          ["Mã", "Nội dung chỉ số", "6 tháng đầu năm", null, "9 tháng", null],
          [null, null, "Chỉ tiêu", "Kết quả", "Chỉ tiêu", "Kết quả"],
          ["2.3", "Hài lòng về công chức tại BP TN&TKQ", "≥ 90%", "45/50", "≥ 90%", "52/48"],
        ],
        { merges: [3, 5].map((c) => ({ top: 1, left: c, bottom: 1, right: c + 1 })) },
      ),
    );
    expect(c.readings.map((r) => r.value)).toEqual([90]);
    expect(c.problems.find((p) => p.code === "BAD_NUMBER")?.message).toContain("tử số lớn hơn mẫu số");
  });
});

describe("count rows above a rate row that do not give it", () => {
  it("keeps the written rate and says the counts do not give it", () => {
    const c = read(
      gridOf([
        ["TỔNG HỢP CHỈ TIÊU CCHC NĂM 2021"],
        ["TT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II"],
        ["1", "Số hồ sơ TTHC tiếp nhận", "hồ sơ", 842, 301],
        ["2", "Số hồ sơ giải quyết đúng hạn", "hồ sơ", 793, 296],
        ["3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 99.1, 97],
      ]),
    );
    const rate = c.readings.filter((r) => r.value !== null && r.value > 96);
    expect(rate.map((r) => [r.value, r.numerator])).toEqual([
      [99.1, null],
      [97, null],
    ]);
    expect(rate[0].note).toContain("không cho tỷ lệ ghi 99,1%");
    // And in Kiểm tra, for the official to settle.
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => [p.row, p.value])).toEqual([
      [5, "99,1"],
      [5, "97"],
    ]);
  });
});

describe("a plan grid's KH | TH pairs holding results", () => {
  it("reads figures typed as text ('152/160', '95', 0,874) as readings, never as a plan of work", () => {
    const c = read(
      gridOf(
        [
          ["TT", "Ma", "Noi dung", "DVT", "Quy I", null, "Quy II", null, "Ghi chu"],
          [null, null, null, null, "Ke hoach", "Thuc hien", "Ke hoach", "Thuc hien"],
          [1, "1.2", "Ty le ho so giai quyet dung han", "%", 100, "152/160", 100, "149/150"],
          [2, "1.5", "Ty le van ban dien tu", "%", 85, 0.874, 85, 0.889],
          [3, "2.4", "Ty le hai long ve ket qua giai quyet TTHC", "%", 90, 93, 90, "95"],
        ],
        { merges: [5, 7].map((c) => ({ top: 1, left: c, bottom: 1, right: c + 1 })) },
      ),
    );
    expect(c.tasks).toEqual([]);
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => [r.numerator, r.denominator])).toEqual([
      [152, 160],
      [149, 150],
    ]);
  });
});

describe("a quarter's dossier counts with its months side by side", () => {
  const quarter = (): Grid =>
    gridOf(
      [
        ["TỔNG HỢP HỒ SƠ TTHC TIẾP NHẬN, GIẢI QUYẾT QUÝ III/2021 - BP MỘT CỬA"],
        [],
        ["TT", "Lĩnh vực", "Tháng 7", null, null, null, null, "Tháng 8", null, null, null, null, "Cộng quý III"],
        [null, null, ...Array(3).fill(["Nhận", "Tr.đó trực tuyến", "GQ đúng hạn", "GQ trễ hạn", "Đang GQ (chưa đến hạn)"]).flat()],
        [1, "Hộ tịch", 45, 2, 43, 0, 2, 38, 1, 39, 0, 1, 83, 3, 82, 0, 1],
        [2, "Đất đai", 9, 0, 6, 1, 2, 6, 1, 5, 0, 3, 15, 1, 11, 1, 3],
      ],
      {
        merges: [
          { top: 3, left: 3, bottom: 3, right: 7 },
          { top: 3, left: 8, bottom: 3, right: 12 },
          { top: 3, left: 13, bottom: 3, right: 17 },
        ],
      },
    );

  it("reads each month's block as that month's records, and leaves the quarter's total unread, said", () => {
    const c = read(quarter());
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.online, d.inPerson, d.onTime, d.late, d.pendingInTime])).toEqual([
      ["Hộ tịch", "2021-07-01", "2021-07-31", 2, 43, 43, 0, 2],
      ["Đất đai", "2021-07-01", "2021-07-31", 0, 9, 6, 1, 2],
      ["Hộ tịch", "2021-08-01", "2021-08-31", 1, 37, 39, 0, 1],
      ["Đất đai", "2021-08-01", "2021-08-31", 1, 5, 5, 0, 3],
    ]);
    // (Read by the desk's reader of bands since stop 56: the sum's band said with the other bands, its columns named.)
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.value === "Cộng quý III")?.message).toContain("M–Q");
  });

  it("never calls a month unbalanced when it resolves dossiers from before it and the sheet has no carried-over column", () => {
    const month = (carried: boolean) =>
      read(
        gridOf([
          ["SỐ LIỆU HỒ SƠ TTHC THÁNG 8/2021"],
          [
            "TT",
            "Lĩnh vực",
            ...(carried ? ["Kỳ trước chuyển sang"] : []),
            "Trực tuyến",
            "Trực tiếp",
            "Đúng hạn",
            "Trễ hạn",
            "Đang giải quyết (chưa đến hạn)",
            "Đang giải quyết (quá hạn)",
          ],
          [1, "Hộ tịch", ...(carried ? [0] : []), 1, 37, 39, 0, 1, 0],
        ]),
      ).problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH");
    expect(month(false)).toEqual([]);
    // Where the sheet says none were carried over, 40 handled of 38 received is named.
    expect(month(true)).toHaveLength(1);
  });
});

describe("last year's survey beside this year's", () => {
  const survey = () =>
    read(
      gridOf([
        ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
        [],
        ["STT", "Chỉ số thành phần", "Năm 2020 (%)", "Năm 2021 (%)", "Tăng/giảm", "Đánh giá"],
        [1, "Chỉ số hài lòng về tiếp cận dịch vụ", 82.15, 86.4, 4.25, "Tăng"],
        [2, "Chỉ số hài lòng về công chức tại BP TN&TKQ", 85, 84.3, -0.7, "Giảm"],
      ]),
    );

  it("reads each year's figure, this year's still running at the as-of date standing at it, and said", () => {
    const c = survey();
    expect(c.readings.filter((r) => r.code === "2.1").map((r) => [r.period, r.date, r.value])).toEqual([
      ["Năm 2020", "2020-12-31", 82.15],
      ["Năm 2021", "2021-12-15", 86.4],
    ]);
    expect(c.problems.filter((p) => p.code === "PERIOD_RUNNING")).toHaveLength(2);
  });

  it("takes last year's figure as the baseline a 'higher than 2020' target compares with, and says so", () => {
    const c = survey();
    const item = c.plan.items.find((i) => i.code === "2.1");
    expect(item?.target).toMatchObject({ kind: "baseline", year: 2020, baseline: 82.15 });
    expect(c.problems.find((p) => p.code === "BASELINE_FROM_READING" && p.row === 4)?.message).toContain("82,15");
    const judged = compliance(c.plan, c.tasks, c.readings, AS_OF).items.filter((i) => ["2.1", "2.3"].includes(i.item.code));
    // This year's figure against last year's: 2020's own figure is never taken as 2021's.
    expect(judged.map((i) => [i.item.code, i.figure.value, i.result])).toEqual([
      ["2.1", 86.4, "Đạt"],
      ["2.3", 84.3, "Chưa đạt"],
    ]);
  });
});

describe("numbers that look like other things", () => {
  it("never takes a target of 0,6 for criterion '0.6': the title's criterion stands", () => {
    const c = read(
      gridOf([
        ["TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (TCTP 1.4)"],
        ["Kỳ", "Kế hoạch vốn giao", "Giải ngân lũy kế", "Tỷ lệ giải ngân", "Chỉ tiêu", "Ghi chú nội bộ"],
        ["Đến 30/6/2021", 4250, 1530, 0.36, null, "Số KBNN 05/7"],
        ["Đến 30/9/2021", 4250, 2720, 0.64, 0.6, "Số KBNN 04/10"],
      ]),
    );
    expect(c.readings.map((r) => [r.code, r.date, r.numerator])).toEqual([
      ["1.4", "2021-06-30", 1530],
      ["1.4", "2021-09-30", 2720],
    ]);
  });

  it("keeps a real date shown day first (09/11/2021) as written, beside day-first dates typed as text", () => {
    const c = read(
      gridOf(
        [
          ["STT", "Noi dung cong viec", "Han", "Ket qua", "Ngay HT"],
          [1, "Viết tin, bài về gương điển hình trong CCHC", "30/11/2021", "Hoàn thành", "18/11/2021"],
          [2, "Phối hợp tuyên truyền hưởng ứng Ngày Pháp luật Việt Nam 9/11", { date: "2021-11-09" }, "Hoàn thành", { date: "2021-11-09" }],
          [3, "Tuyên truyền Luật Cư trú 2020", "15/12/21", "Đang thực hiện", null],
        ].map((r) => r as GridCell[]),
        { formats: { "3:3": "dd/mm/yyyy", "3:5": "dd/mm/yyyy" } },
      ),
    );
    const law = c.tasks.find((t) => t.source.row === 3);
    expect([law?.due, law?.doneDate]).toEqual(["2021-11-09", "2021-11-09"]);
  });
});

describe("how officials write a deadline and a share", () => {
  const rows = (): GridCell[][] => [
    ["TT", "Công việc", "Thời hạn", "Tình hình thực hiện"],
    [1, "Hướng dẫn công dân đăng ký khai sinh qua DVC trực tuyến", "T12/2021", "Đang làm"],
    [2, "Số hóa sổ hộ tịch giai đoạn 2016-2020", "31/12/2021", "70%"],
    [3, "Thu phí, lệ phí TTHC qua thanh toán trực tuyến (Paygov)", "Từ 01/11/2021", "Đang làm"],
  ];

  it("reads 'T12/2021' as December's last day", () => {
    expect(one(rows()).tasks[0].due).toBe("2021-12-31");
  });

  it("reads '70%' in the status column as under way at 70 %", () => {
    const t = one(rows()).tasks[1];
    expect([t.status, t.progress]).toEqual(["Đang thực hiện", 70]);
  });

  it("never takes 'Từ 01/11/2021' (the day work starts) for a deadline, and says so", () => {
    const t = one(rows()).tasks[2];
    expect(t.due).not.toBe("2021-11-01");
    expect(t.note).toContain("ngày bắt đầu");
  });
});

describe("what stands under a desk's dossier table", () => {
  const sheet = (): Grid =>
    gridOf([
      ["SỐ LIỆU HỒ SƠ TTHC LŨY KẾ NĂM 2021"],
      ["(Từ ngày 15/12/2020 đến ngày 14/12/2021)"],
      [
        "STT",
        "Lĩnh vực",
        "Tồn kỳ trước",
        "Nhận trực tuyến",
        "Nhận trực tiếp",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Đang xử lý (trong hạn)",
        "Đang xử lý (quá hạn)",
      ],
      ["1", "Hộ tịch", "5", "21", "538", "455", "98", "2", "6", "0"],
      ["2", "Đất đai", "3", "9", "86", "41", "40", "4", "10", "1"],
      [null, "Tổng cộng", "8", "30", "624", "496", "138", "6", "16", "1"],
      [],
      [null, "Tỷ lệ giải quyết đúng hạn (trước hạn + đúng hạn)/tổng số đã giải quyết:", null, null, null, null, "634/640", "99,06%"],
      [null, "Tỷ lệ hồ sơ tiếp nhận trực tuyến (trên tổng số hồ sơ mới tiếp nhận):", null, null, null, null, "30/654", "4,59%"],
    ]);

  it("reads the rate lines under it, each a label with its counts and rate in the cells after it", () => {
    const c = read(sheet());
    expect((c.dossiers ?? []).map((d) => d.field)).toEqual(["Hộ tịch", "Đất đai"]);
    const byRow = [...c.readings].sort((a, b) => a.source.row - b.source.row);
    expect(byRow.map((r) => [r.source.row, r.code, r.numerator, r.denominator, r.value])).toEqual([
      [8, "1.2", 634, 640, 99.06],
      [9, "1.1", 30, 654, 4.59],
    ]);
  });
});

describe("a task list with its progress by quarter under a parent heading", () => {
  it("reads the header over both rows: the current progress, status and day done are the task's, the quarters its history", () => {
    const c = read(
      gridOf(
        [
          ["BẢNG THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
          [
            "STT",
            "Mã TC",
            "Nội dung nhiệm vụ",
            "Chủ trì",
            "Thời hạn",
            "Tiến độ qua các quý",
            null,
            null,
            "Tiến độ hiện tại",
            "Trạng thái",
            "Ngày hoàn thành",
          ],
          [null, null, null, null, null, "Q1", "Q2", "Q3"],
          [
            1,
            "1.1",
            "Tuyên truyền trên loa phát thanh xã về DVC trực tuyến mức độ 3, 4",
            "CC VH-XH",
            { date: "2021-12-31" as IsoDate },
            0.25,
            0.5,
            0.75,
            0.9,
            "Đang thực hiện",
            null,
          ],
          [
            2,
            "2.5",
            "Lập nhóm Zalo các thôn để tiếp nhận phản ánh, kiến nghị",
            "CC VH-XH",
            { date: "2021-10-15" as IsoDate },
            0,
            0.2,
            0.5,
            1,
            "Hoàn thành",
            { date: "2021-10-08" as IsoDate },
          ],
        ],
        {
          merges: [
            { top: 2, left: 6, bottom: 2, right: 8 },
            ...[1, 2, 3, 4, 5, 9, 10, 11].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
          ],
          hiddenCols: [6, 7, 8],
        },
      ),
    );
    const tasks = [...c.tasks].sort((a, b) => a.source.row - b.source.row);
    expect(tasks.map((t) => [t.status, t.progress, t.doneDate, t.verdict])).toEqual([
      ["Đang thực hiện", 90, null, "Chưa đến hạn"],
      ["Hoàn thành", 100, "2021-10-08", "Đúng hạn"],
    ]);
  });
});

describe("how the work stands, said inside the task's own words", () => {
  it("reads each item of one cell by its own '- xong 15/3/2021', '- đang thực hiện' where the status column is left empty", () => {
    const c = one([
      ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian", "Tình hình thực hiện"],
      [
        "3",
        "- Gửi, nhận văn bản qua phần mềm QLVB (iOffice) - xong 15/3/2021\n- Cấp chữ ký số cho lãnh đạo UBND xã - xong 20/5/2021\n- Hạn chế gửi văn bản giấy song song - đang thực hiện",
        "VP-TK",
        "Trong năm 2021",
        null,
      ],
      ["4", "Phân công lãnh đạo theo dõi hoạt động của BP một cửa", "CT UBND", "tháng 10/2021", "Đang làm"],
    ]);
    const byText = new Map(c.tasks.map((t) => [t.content.slice(0, 12), [t.status, t.doneDate]]));
    expect(Object.fromEntries(byText)).toEqual({
      "Gửi, nhận vă": ["Hoàn thành", "2021-03-15"],
      "Cấp chữ ký s": ["Hoàn thành", "2021-05-20"],
      "Hạn chế gửi ": ["Đang thực hiện", null],
      "Phân công lã": ["Đang thực hiện", null],
    });
  });

  it("reads 'Mới làm được 1 nửa' as under way at 50 %", () => {
    const t = one([
      ["TT", "Nội dung", "Hạn", "Kết quả"],
      [1, "Số hóa văn bản đến, hồ sơ lưu trữ năm 2020", "30/9/2021", "Mới làm được 1 nửa"],
    ]).tasks[0];
    expect([t.status, t.progress]).toEqual(["Đang thực hiện", 50]);
  });
});

describe("a target row over its result row", () => {
  it("skips the row marked 'Chỉ tiêu' and reads the one marked 'Kết quả', never a unit of 'chỉ tiêu' for a target", () => {
    const c = read(
      gridOf(
        [
          ["THEO DÕI CHỈ TIÊU TUYÊN TRUYỀN, HƯỚNG DẪN DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2021"],
          ["TT", "Nội dung chỉ tiêu", "ĐVT", null, "6 tháng", "9 tháng", "Cả năm"],
          [1, "Tỷ lệ hồ sơ nộp trực tuyến mức độ 3, 4", "%", "Chỉ tiêu", 10, 20, 30],
          [null, null, null, "Kết quả", 9.1, 13.4],
          [2, "Số chỉ tiêu KT-XH do HĐND xã giao đạt và vượt", "chỉ tiêu", null, 9, 12],
        ],
        { merges: [1, 2, 3].map((col) => ({ top: 3, left: col, bottom: 4, right: col })) },
      ),
    );
    expect(c.readings.filter((r) => r.source.row < 5).map((r) => [r.source.row, r.period, r.value])).toEqual([
      [4, "6 tháng đầu năm 2021", 9.1],
      [4, "9 tháng năm 2021", 13.4],
    ]);
    const targets = c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.message.includes("chỉ tiêu phải đạt"));
    expect(targets.map((p) => p.row)).toEqual([3]);
  });
});

describe("a desk's half-year table under its days and online levels", () => {
  it("dates the table by 'Từ ngày: | 15/12/2020 | Đến ngày: | 14/06/2021' in real date cells, and adds MĐ3 and MĐ4 together", () => {
    const c = read(
      gridOf(
        [
          ["I. SÁU THÁNG ĐẦU NĂM 2021"],
          ["Từ ngày:", { date: "2020-12-15" as IsoDate }, null, "Đến ngày:", { date: "2021-06-14" as IsoDate }],
          [
            "Lĩnh vực",
            "Tồn kỳ trước",
            "Tiếp nhận trong kỳ",
            null,
            null,
            "Đã giải quyết",
            null,
            null,
            "Đang giải quyết",
            null,
            "Rút/Trả lại",
          ],
          [null, null, "Trực tiếp", "Trực tuyến MĐ3", "Trực tuyến MĐ4", "Sớm hạn", "Đúng hạn", "Trễ hạn", "Trong hạn", "Quá hạn"],
          ["Hộ tịch", 6, 262, 4, 3, 221, 45, 1, 7, 0, 1],
          ["Đất đai", 2, 44, 3, 0, 20, 19, 2, 7, 0, 1],
        ],
        {
          merges: [
            { top: 3, left: 3, bottom: 3, right: 5 },
            { top: 3, left: 6, bottom: 3, right: 8 },
            { top: 3, left: 9, bottom: 3, right: 10 },
            ...[1, 2, 11].map((col) => ({ top: 3, left: col, bottom: 4, right: col })),
          ],
        },
      ),
    );
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.online, d.inPerson])).toEqual([
      ["Hộ tịch", "2020-12-15", "2021-06-14", 7, 262],
      ["Đất đai", "2020-12-15", "2021-06-14", 3, 44],
    ]);
  });
});

describe("a completion column holding a done word and its day", () => {
  it("reads 'HT 18/11' under 'Xong ngày' as done on 18/11, said", () => {
    const t = one([
      ["Stt", "Công việc", "Người thực hiện", "Hạn", "Xong ngày", "Tình trạng"],
      [3, "Giải quyết dứt điểm 02 hồ sơ đất đai quá hạn tồn từ quý III", "ĐC-XD", "T11/2021", "HT 18/11", null],
    ]).tasks[0];
    expect([t.status, t.doneDate, t.verdict]).toEqual(["Hoàn thành", "2021-11-18", "Đúng hạn"]);
    expect(t.note).toContain('"HT 18/11"');
  });
});

describe("a short 'Tình hình' column", () => {
  it("reads how each task stands from it: done with its day, under way at its share", () => {
    const c = one([
      ["TT", "Việc cần làm", "Người làm", "Hạn", "Tình hình"],
      ["1", "Tham mưu UBND xã phân công CBCC phụ trách từng dự án", "TC-KT", "15/10/2021", "Đã xong (QĐ 212/QĐ-UBND ngày 12/10/2021)"],
      ["2", "Giải ngân 100% kế hoạch vốn được giao năm 2021", "CT UBND xã", "31/01/2022", "Đạt 85,5% (đến 14/12)"],
      ["3", "Báo cáo tình hình giải ngân gửi Phòng TC-KH thành phố", "TC-KT", "Hằng tháng, trước ngày 25", "Thực hiện đều"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Hoàn thành", 100, "2021-10-12"],
      ["Đang thực hiện", 85.5, null],
      ["Đang thực hiện", null, null],
    ]);
  });
});

describe("a table of estimates", () => {
  it("names the figures under a title saying they are estimated ('ước đến 31/12/2021'), never reads them as results", () => {
    const c = read(
      gridOf([
        ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KT-XH NĂM 2021 THEO NGHỊ QUYẾT HĐND XÃ (ước đến 31/12/2021)"],
        [],
        ["TT", "Chỉ tiêu", "ĐVT", "KH năm 2021", "Ước TH năm 2021", "Tỷ lệ so KH (%)", "Đánh giá"],
        ["1", "Tổng giá trị sản xuất (giá so sánh 2010)", "tỷ đồng", 512, 521.3, 101.8, "Đạt"],
        ["2", "Thu ngân sách trên địa bàn", "triệu đồng", 2850, 3120, 109.5, "Vượt"],
      ]),
    );
    expect(c.readings).toEqual([]);
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.message.includes("số ước"))?.row).toBe(4);
    expect(c.problems.filter((p) => p.code === "READING_AFTER_AS_OF" || p.code === "PERCENT_OUT_OF_RANGE")).toEqual([]);
  });
});

describe("a rate given roughly in a table of readings", () => {
  it("reads 'khoảng 95%' as written and names it, down the rows as across them", () => {
    const c = read(
      gridOf([
        ["Mã tiêu chí", "Kỳ", "Tỷ lệ (%)"],
        ["2.1", "Quý III/2021", "khoảng 95%"],
        ["1.2", "Quý III/2021", "98%"],
      ]),
    );
    expect(c.readings.map((r) => [r.code, r.value])).toEqual([
      ["1.2", 98],
      ["2.1", 95],
    ]);
    expect(c.problems.filter((p) => p.code === "VALUE_APPROXIMATE").map((p) => [p.row, p.column])).toEqual([[2, "C"]]);
  });
});
