import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 523 onwards and the sets before them left open.

describe("a block of rows per task, its result written as labelled lines", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ CÁC NHIỆM VỤ CCHC NĂM 2021"],
    [],
    ["I.", "Tiêu chí 1.5: Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    ["Nội dung", "Gửi, nhận văn bản điện tử giữa các cơ quan hành chính"],
    ["Phân công", "- Chủ trì: CC VP-TK\n- Thực hiện: cán bộ, công chức xã"],
    ["Thời hạn", "31/12/2021"],
    ["Kết quả", "Tình trạng: Đang thực hiện\nTỷ lệ hoàn thành: 80%"],
    [],
    ["II.", "Tiêu chí 1.3: Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
    ["Nội dung", "Cử công chức đi bồi dưỡng chức danh theo quy định"],
    ["Phân công", "- Chủ trì: CC VP-TK\n- Phối hợp: CC TC-KT"],
    ["Thời hạn", "30/9/2021"],
    ["Kết quả", "Tình trạng: Hoàn thành\nTỷ lệ hoàn thành: 100%"],
    [],
    ["III.", "Chỉ số 2.3: Hài lòng về công chức tại Bộ phận Một cửa"],
    ["Nội dung", "Kiểm tra đột xuất thái độ giao tiếp của công chức Bộ phận Một cửa"],
    ["Phân công", "- Chủ trì: CC VP-TK\n- Phối hợp: BP Một cửa"],
    ["Thời hạn", "15/12/2021"],
    ["Kết quả", "Tình trạng: Chưa thực hiện\nTỷ lệ hoàn thành: 0%"],
  ]);

  it("reads every block as one task, never a second header between them", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.progress])).toEqual([
      ["1.5", "2021-12-31", "Đang thực hiện", 80],
      ["1.3", "2021-09-30", "Hoàn thành", 100],
      ["2.3", "2021-12-15", "Chưa thực hiện", 0],
    ]);
  });
});

describe("a printed form per task: each label over or beside its value, parts set apart by blank rows", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ AN PHÚ", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [],
      ["PHIẾU GIAO NHIỆM VỤ"],
      [],
      ["1. Bộ phận chủ trì:", null, "Công chức Tư pháp - Hộ tịch"],
      ["2. Nội dung công việc:"],
      ["Rà soát, đề xuất đơn giản hóa thành phần hồ sơ TTHC lĩnh vực chứng thực, gửi Phòng Tư pháp huyện."],
      [],
      [],
      ["3. Thời hạn hoàn thành:", null, "31/10/2021"],
      [],
      ["4. Kết quả (đánh dấu ☒ vào ô tương ứng):"],
      ["☐ Chưa thực hiện", null, "☐ Đang thực hiện", null, "☒ Hoàn thành"],
      ["Ngày hoàn thành:", null, "25/10/2021"],
      [],
      ["NGƯỜI GIAO", null, null, "NGƯỜI NHẬN"],
    ],
    { merges: merged("A3:F3", "A5:B5", "C5:F5", "A6:F6", "A7:F9", "A10:B10", "C10:F10", "A12:F12", "A14:B14", "C14:F14") },
  );

  it("reads the form as one task: the work under its label, the ticked box its state", () => {
    expect(c.tasks.map((t) => [t.content.slice(0, 30), t.lead, t.due, t.status, t.doneDate])).toEqual([
      ["Rà soát, đề xuất đơn giản hóa ", "Công chức Tư pháp-Hộ tịch", "2021-10-31", "Hoàn thành", "2021-10-25"],
    ]);
  });
});

describe("a form whose progress is kept month by month under its label", () => {
  const form = (work: string, months: GridCell[], state: string) => [
    ["PHIẾU THEO DÕI NHIỆM VỤ"],
    [],
    ["1. Tên nhiệm vụ:", work],
    ["2. Người chủ trì:", "CC VH-XH"],
    ["3. Thời gian:", "Từ 01/10/2021 đến 30/11/2021"],
    ["4. Tiến độ thực hiện:"],
    [null, "Tháng 10", "Tháng 11", "Tháng 12"],
    [null, ...months],
    [],
    ["5. Đánh giá:", state],
  ];
  const sheets = [
    form(
      "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh xã",
      ["40%", "80%"],
      "☐ Chưa thực hiện   ☒ Đang thực hiện   ☐ Hoàn thành",
    ),
    form("Cập nhật danh mục TTHC trên Trang thông tin điện tử xã", [], "☒ Chưa thực hiện   ☐ Đang thực hiện   ☐ Hoàn thành"),
  ];
  const c = consolidate(
    [{ file: "phieu.xlsx", ok: true, grids: sheets.map((rows, i) => gridOf(rows, { file: "phieu.xlsx", sheet: `NV${i + 1}` })) }],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("takes the latest month's figure for its progress and the verdict below for its state", () => {
    expect(c.tasks.map((t) => [t.source.sheet, t.due, t.status, t.progress])).toEqual([
      ["NV1", "2021-11-30", "Đang thực hiện", 80],
      ["NV2", "2021-11-30", "Chưa thực hiện", 0],
    ]);
  });

  it("reads no month's figure as an indicator reading, and keeps every month's in Ghi chú", () => {
    expect(c.readings).toEqual([]);
    expect(c.tasks[0].note).toContain("Tháng 10: 40%; Tháng 11: 80%");
  });
});

describe("cards whose state is a row of boxes after the field's name", () => {
  const card = (n: number, work: string, boxes: string[]) => [
    [n, "Công việc", work],
    [null, "Người phụ trách", "CC TP-HT"],
    [null, "Hạn", "30/11/2021"],
    [null, "Trạng thái", ...boxes],
    [],
  ];
  const c = consolidateSheet([
    ["PHIẾU THEO DÕI CÔNG VIỆC NĂM 2021"],
    [],
    ...card(1, "Niêm yết công khai TTHC lĩnh vực hộ tịch tại Bộ phận Một cửa", ["☐ Chưa TH", "☐ Đang TH", "☑ Hoàn thành"]),
    ...card(2, "Hướng dẫn người dân nộp hồ sơ hộ tịch trực tuyến", ["☐ Chưa TH", "☑ Đang thực hiện", "☐ Hoàn thành"]),
  ]);

  it("reads the ticked box as the task's state", () => {
    expect(c.tasks.map((t) => [t.lead, t.status])).toEqual([
      ["Công chức Tư pháp-Hộ tịch", "Hoàn thành"],
      ["Công chức Tư pháp-Hộ tịch", "Đang thực hiện"],
    ]);
  });
});

describe("cards under their criterion's code, figures among their lines", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021 (số liệu đến ngày 30/11/2021)"],
    [],
    ["1.2", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn"],
    ["Mục tiêu", "100% hồ sơ giải quyết đúng hạn"],
    ["Nhiệm vụ", "Theo dõi, nhắc hạn giải quyết hồ sơ trên phần mềm một cửa điện tử"],
    ["Chủ trì", "CC VP-TK"],
    ["Thực hiện", "BP Một cửa"],
    ["Thời gian", "31/12/2021"],
    ["Tình trạng", "Đang thực hiện"],
    ["Số hồ sơ đã giải quyết", 250],
    ["Tỷ lệ đúng hạn", "98,8%"],
    [],
    ["1.5", "Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    ["Nhiệm vụ", "Gửi, nhận văn bản điện tử qua phần mềm quản lý văn bản"],
    ["Chủ trì", "CC VP-TK"],
    ["Thời gian", "30/11/2021"],
    ["Tình trạng", "Hoàn thành"],
    [],
    ["2.2", "Hài lòng về tổ chức giải quyết TTHC"],
    ["Nhiệm vụ", "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa"],
    ["Phối hợp/thực hiện", "BP Một cửa"],
    ["Thời gian", "30/9/2021"],
    ["Kết quả", "Đã niêm yết xong"],
  ]);

  it("reads each card with its criterion's code", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status])).toEqual([
      ["1.2", "2021-12-31", "Đang thực hiện"],
      ["1.5", "2021-11-30", "Hoàn thành"],
      ["2.2", "2021-09-30", "Hoàn thành"],
    ]);
  });

  it("never takes a figure's rate for the task's progress, nor a figure's name for a task", () => {
    expect(c.tasks[0].progress).toBeNull();
    expect(c.tasks[0].note).toContain("Tỷ lệ đúng hạn: 98,8%");
    expect(c.readings.map((r) => [r.code, r.date, r.value])).toEqual([["1.2", "2021-11-30", 98.8]]);
  });
});

describe("a criterion's heading over several cards, two fields on a row", () => {
  const c = consolidateSheet([
    ["SỔ THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    [],
    ["Tiêu chí 1.3", "Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã"],
    ["Việc 1:", "Rà soát đội ngũ cán bộ, công chức theo chức danh"],
    ["- Người làm:", "CC VP-TK", "- Hạn:", "30/10/2021"],
    ["- Tình hình:", "Hoàn thành", "- Tiến độ:", 1],
    [],
    ["Việc 2:", "Cử công chức chưa đạt chuẩn đi bồi dưỡng chức danh"],
    ["- Người làm:", "CC VP-TK", "- Hạn:", "31/12/2021"],
    ["- Tình hình:", "Đang thực hiện", "- Tiến độ:", 0.5],
    [],
    ["TC 2.5 - Hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị"],
    ["Việc 3", "Nội dung:", "Công khai số điện thoại đường dây nóng của lãnh đạo UBND xã"],
    [null, "Chủ trì:", "CC VP-TK", null, "Thời hạn:", "15/8/2021"],
    [null, "Tình trạng:", "Xong", null, "Tiến độ:", "100%"],
  ]);

  it("reads every card, each with the code of the heading over it", () => {
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status, t.progress])).toEqual([
      ["1.3", "Công chức Văn phòng-Thống kê", "2021-10-30", "Hoàn thành", 100],
      ["1.3", "Công chức Văn phòng-Thống kê", "2021-12-31", "Đang thực hiện", 50],
      ["2.5", "Công chức Văn phòng-Thống kê", "2021-08-15", "Hoàn thành", 100],
    ]);
  });
});

describe("a report's numbered tasks, each field a line of its own under it", () => {
  it("reads the criterion, deadline and result lines, never the criterion line as a note", () => {
    const c = consolidateSheet([
      ["BÁO CÁO TIẾN ĐỘ NHIỆM VỤ CCHC - CÔNG CHỨC VĂN HÓA - XÃ HỘI"],
      [],
      ["1. Nội dung: Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh xã"],
      ["    Tiêu chí: 1.1"],
      ["    Chủ trì: CC VH-XH; phối hợp: BP Một cửa"],
      ["    Thời hạn: 30/11/2021"],
      ["    Kết quả: Đã hoàn thành ngày 18/11/2021"],
      [],
      ["2. Nội dung: Cập nhật giờ làm việc của Bộ phận Một cửa lên Trang thông tin điện tử xã"],
      ["    Tiêu chí: 2.1"],
      ["    Chủ trì: CC VH-XH"],
      ["    Thời hạn: 31/7/2021"],
      ["    Kết quả: Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.doneDate])).toEqual([
      ["1.1", "2021-11-30", "Hoàn thành", "2021-11-18"],
      ["2.1", "2021-07-31", "Đang thực hiện", null],
    ]);
  });

  it('reads "Kết quả đạt được:" as the result, and a figure the report lists after the tasks under its own criterion', () => {
    const c = consolidateSheet([
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ IV NĂM 2021"],
      [],
      ["1.", "Nhiệm vụ: Theo dõi, đôn đốc giải quyết hồ sơ TTHC đúng hạn"],
      ["-", "Tiêu chí: 1.2"],
      ["-", "Đơn vị chủ trì: BP Một cửa"],
      ["-", "Thời gian thực hiện: Quý IV/2021"],
      ["-", "Kết quả đạt được: Hoàn thành; không có hồ sơ trễ hạn"],
      [],
      ["2.", "Nhiệm vụ: Đánh giá mức độ hài lòng bằng phiếu điện tử tại quầy"],
      ["-", "Tiêu chí: 2.4"],
      ["-", "Đơn vị chủ trì: BP Một cửa"],
      ["-", "Thời gian thực hiện: 31/10/2021"],
      ["-", "Kết quả đạt được: Đang thực hiện"],
      [],
      ["*", "Số liệu:"],
      ["-", "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (TC 1.1) Quý IV/2021: 46/380 hồ sơ (12,1%)"],
    ]);
    expect(c.tasks.map((t) => [t.code, t.due, t.status])).toEqual([
      ["1.2", "2021-12-31", "Hoàn thành"],
      ["2.4", "2021-10-31", "Đang thực hiện"],
    ]);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([["1.1", "Quý IV/2021", 46, 380]]);
  });

  // (A guard: the line is said in Kiểm tra, as before.)
  it("never takes a criterion's line over the next numbered task for a field of the task above", () => {
    const c = consolidateSheet([
      ["BÁO CÁO NHIỆM VỤ CCHC NĂM 2021"],
      [],
      ["1. Nội dung: Rà soát đội ngũ cán bộ, công chức theo chức danh"],
      ["    Chủ trì: CC VP-TK"],
      ["    Thời hạn: 30/10/2021"],
      ["Tiêu chí: 1.5"],
      ["2. Nội dung: Gửi, nhận văn bản điện tử qua phần mềm quản lý văn bản"],
      ["    Chủ trì: CC VP-TK"],
      ["    Thời hạn: 31/12/2021"],
    ]);
    expect(c.tasks.map((t) => [t.due, t.code])).toEqual([
      ["2021-10-30", null],
      ["2021-12-31", null],
    ]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 6)).toBe(true);
  });
});

describe("a task's form with the log of its work inside", () => {
  const form = (code: string, work: string, log: GridCell[][], verdict: string) => [
    ["PHIẾU NHIỆM VỤ"],
    [],
    ["Mã tiêu chí", null, code],
    ["Tên nhiệm vụ", null, work],
    ["Chủ trì", null, "CC VP-TK"],
    ["Hạn hoàn thành", null, { date: "2021-11-30" as IsoDate }],
    [],
    ["QUÁ TRÌNH THỰC HIỆN"],
    ["Lần", "Ngày", "Nội dung thực hiện", null, "Tiến độ"],
    ...log,
    [],
    ["Đánh giá chung:", null, verdict],
  ];
  const sheets = [
    form(
      "1.2",
      "Chuẩn hóa quy trình luân chuyển hồ sơ giữa Bộ phận Một cửa và công chức chuyên môn",
      [
        [1, { date: "2021-08-10" as IsoDate }, "Dự thảo quy trình", null, 0.5],
        [2, { date: "2021-09-28" as IsoDate }, "Chủ tịch ký ban hành quy trình", null, 1],
      ],
      "Hoàn thành",
    ),
    form(
      "2.3",
      "Tập huấn kỹ năng giao tiếp cho công chức Bộ phận Một cửa",
      [[1, { date: "2021-10-05" as IsoDate }, "Đã liên hệ Phòng Nội vụ mời báo cáo viên", null, 0.2]],
      "Đang thực hiện",
    ),
  ];
  const c = consolidate(
    [{ file: "phieu.xlsx", ok: true, grids: sheets.map((rows, i) => gridOf(rows, { file: "phieu.xlsx", sheet: `NV${i + 1}` })) }],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("reads each form as one task, the log's last share its progress", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.progress])).toEqual([
      ["1.2", "Hoàn thành", 100],
      ["2.3", "Đang thực hiện", 20],
    ]);
  });

  it("never takes the log's steps for tasks or its shares for the criterion's readings", () => {
    expect(c.readings).toEqual([]);
    expect(c.tasks[1].note).toContain("Đã liên hệ Phòng Nội vụ mời báo cáo viên");
  });
});

describe("tasks, then a section of figures in the same quarters' columns", () => {
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ CCHC THEO QUÝ NĂM 2021"],
    [],
    ["TT", "Nội dung", "Tiêu chí", "Phụ trách", "Quý I", "Quý II", "Quý III", "Quý IV"],
    ["A. NHIỆM VỤ"],
    [1, "Niêm yết công khai TTHC mới công bố tại Bộ phận Một cửa", "2.2", "BP Một cửa", "HT", "HT", "HT", "HT"],
    [2, "Giao ban đánh giá tiến độ giải ngân vốn đầu tư công", "1.4", "CC TC-KT", "ĐTH", "ĐTH", "ĐTH", "ĐTH"],
    ["B. SỐ LIỆU (%)"],
    [1, "Tỷ lệ hồ sơ giải quyết đúng hạn", "1.2", "BP Một cửa", 98.7, 99.1, 99.6, 99.2],
    [2, "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4", "1.1", "BP Một cửa", 5.2, 9.6, 15.5, "18,0"],
  ]);

  it("reads the tasks above the section, none below it", () => {
    expect(c.tasks.map((t) => [t.code, t.status])).toEqual([
      ["2.2", "Hoàn thành"],
      ["1.4", "Đang thực hiện"],
    ]);
  });

  // (A guard: the figures' rows were read so before; the tasks above are what the split mends.)
  it("reads each figure in its quarter's column as that quarter's reading", () => {
    const got = c.readings.map((r) => [r.code, r.period, r.value]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(got).toEqual([
      ["1.1", "Quý I/2021", 5.2],
      ["1.1", "Quý II/2021", 9.6],
      ["1.1", "Quý III/2021", 15.5],
      ["1.1", "Quý IV/2021", 18],
      ["1.2", "Quý I/2021", 98.7],
      ["1.2", "Quý II/2021", 99.1],
      ["1.2", "Quý III/2021", 99.6],
      ["1.2", "Quý IV/2021", 99.2],
    ]);
  });
});

describe("a deadline said after a dash in the state's words", () => {
  it('takes "– hạn 30/11" for the deadline where no column gives one', () => {
    const c = consolidateSheet([
      ["THEO DÕI THỰC HIỆN KẾ HOẠCH 49 – BP MỘT CỬA NĂM 2021"],
      ["TT", "Việc cần làm", "Ai làm", "Tình hình (ghi cụ thể)"],
      [1, "Rà soát, kiến nghị đơn giản hóa TTHC rườm rà", "CC VP-TK", "Đang làm – hạn 30/11"],
      [2, "Niêm yết công khai đầy đủ TTHC tại BP Một cửa", "BP Một cửa", "Xong (12/10/2021)"],
    ]);
    expect(c.tasks[0].due).toBe("2021-11-30");
    expect(c.tasks[0].status).toBe("Đang thực hiện");
  });
});

describe("a column per month of what was done, the last month's heading with a remark in brackets", () => {
  const c = consolidateSheet([
    ["THEO DÕI TIẾN ĐỘ NHIỆM VỤ CẢI THIỆN CHỈ SỐ SIPAS (QUÝ IV/2021)"],
    [],
    ["Nhiệm vụ", "Chủ trì", "Hạn", "Tháng 10", "Tháng 11", "Tháng 12 (đến 10/12)"],
    [
      "Cung cấp thông tin về BP Một cửa trên Trang TTĐT xã (2.1)",
      "CC VH-XH",
      "31/12/2021",
      "Đã đăng tin",
      "Phát loa 4 buổi",
      "Hoàn thành ngày 06/12",
    ],
    ["Đẩy mạnh cung ứng dịch vụ công trực tuyến mức độ 3, 4 (2.2)", "BP Một cửa", "31/12/2021", "Đang làm", "Đang làm", null],
    ["Phản hồi kết quả giải đáp PAKN trên Trang TTĐT (2.5)", "CC VP-TK", "30/11/2021", "Chưa", "Chưa", "Chưa thực hiện"],
  ]);

  // (A guard: the states were read so before; the bracketed month left unread is what the change mends.)
  it("reads each task's state from the latest month written", () => {
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-12-06"],
      ["Đang thực hiện", null],
      ["Chưa thực hiện", null],
    ]);
  });

  it("leaves no month's column unread", () => {
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });
});

describe('work said done in part: "đã …, còn …"', () => {
  it("reads a step done with the rest still left as in progress, a measured rate never so", () => {
    const c = consolidateSheet([
      ["Nhiệm vụ", "Chủ trì", "Hạn", "Tình hình"],
      ["Bổ sung biển hiệu, chỗ ngồi tại Bộ phận Một cửa (2.1)", "CT UBND", "31/12/2021", "Đã mua 10 ghế, còn biển hiệu"],
      ["Cải tạo phòng làm việc của Bộ phận Một cửa (2.1)", "CT UBND", "31/12/2021", "Đã sửa mái – đạt 50%"],
      ["Khảo sát mức độ hài lòng tại Bộ phận Một cửa (2.3)", "CC VP-TK", "31/12/2021", "Đã khảo sát, tỷ lệ hài lòng đạt 92%"],
      [
        "Rà soát 15 chỉ tiêu KT-XH theo Nghị quyết của HĐND xã (1.7)",
        "CC TC-KT",
        "15/12/2021",
        "Đã rà soát xong ngày 06/12/2021: 12/15 chỉ tiêu đạt (80%)",
      ],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Đang thực hiện", "Hoàn thành", "Hoàn thành"]);
  });
});

describe("a task table with its criterion's measured figure in a band of columns", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI NHIỆM VỤ VÀ KẾT QUẢ ĐO - KH 49/KH-UBND"],
      ["Số liệu tính đến ngày 30/11/2021"],
      [],
      ["TT", "Nhiệm vụ", "Tiêu chí", "Người thực hiện", "Hạn", "Kết quả đo", null, null, "Ghi chú"],
      [null, null, null, null, null, "Đạt (SL)", "Tổng (SL)", "Tỷ lệ"],
      [1, "Giải quyết hồ sơ TTHC đúng hạn, xin lỗi khi trễ hẹn", "1.2", "BP Một cửa", "31/12/2021", 512, 520, 0.9846],
      [2, "Trao đổi văn bản điện tử với các cơ quan hành chính", "1.5", "CC VP-TK", "31/12/2021", 556, 587, null],
      [3, "Công khai đường dây nóng của lãnh đạo UBND xã", "2.5", "CT UBND", "15/10/2021", null, null, null, "Đã đăng ngày 08/10/2021"],
    ],
    { merges: merged("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:H4", "I4:I5") },
  );

  it("reads each row's figure as its criterion's reading, its parts kept", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.2", "2021-11-30", 512, 520],
      ["1.5", "2021-11-30", 556, 587],
    ]);
  });

  it("never takes the rate for the task's progress", () => {
    expect(c.tasks.map((t) => t.progress)).toEqual([null, null, 100]);
  });
});

describe("a chart of marks over the quarters, a section of figures, then the marks' legend", () => {
  // (A guard: the legend under the figures still reads the marks above them.)
  it("reads the marks by the legend below the figures", () => {
    const c = consolidateSheet([
      ["TỰ THEO DÕI CÁC TIÊU CHÍ CCHC THEO QUÝ - NĂM 2021"],
      [],
      ["Tiêu chí", "Nội dung", "Phụ trách", "Hạn", "Q.I", "Q.II", "Q.III", "Q.IV"],
      ["A. NHIỆM VỤ"],
      ["1.3", "Rà soát đội ngũ cán bộ, công chức theo nhóm chức danh", "CC VP-TK", "30/6/2021", "-", "+"],
      ["1.5", "Gửi, nhận văn bản điện tử qua hệ thống quản lý văn bản", "CC VP-TK", "31/12/2021", "○", "○", "○", "○"],
      [],
      ["B. SỐ LIỆU"],
      ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (%)", "BP Một cửa", null, 100, 98.6, 100],
      ["1.1", "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 (%)", "BP Một cửa", null, 5.2, 9.8, 14.3],
      [],
      ["Ký hiệu: (+) hoàn thành; (○) đang thực hiện; (-) chưa thực hiện"],
    ]);
    expect(c.tasks.map((t) => [t.code, t.status])).toEqual([
      ["1.3", "Hoàn thành"],
      ["1.5", "Đang thực hiện"],
    ]);
    expect(c.readings.filter((r) => r.code === "1.1").map((r) => r.value)).toEqual([5.2, 9.8, 14.3]);
  });
});

describe("a band of figures named with its period beside the tasks", () => {
  it("reads each row's figure as that period's reading of its criterion", () => {
    const c = consolidateSheet(
      [
        ["BANG THEO DOI NHIEM VU CAI THIEN CHI SO CCHC NAM 2021"],
        [],
        ["Stt", "Noi dung cong viec", "Tieu chi", "Don vi chu tri", "Tinh trang", "SO LIEU QUY III/2021", null, null],
        [null, null, null, null, null, "Tong so", "Dat", "Ty le (%)"],
        [1, "Giai quyet ho so TTHC dung han", "1.2", "BP mot cua", "Dang thuc hien", 402, 396, 98.5],
        [2, "Van ban dien tu giua cac co quan", "1.5", "CC VP-TK", "Dang thuc hien", 334, 318, 95.2],
      ],
      { merges: merged("F3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4") },
    );
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.2", "Quý III/2021", 396, 402],
      ["1.5", "Quý III/2021", 318, 334],
    ]);
  });
});

describe("cards titled by their task under a criterion's heading, the period's figure among their lines", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    [],
    ["TIÊU CHÍ 1.2. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
    ["a) Giải quyết hồ sơ TTHC cho người dân, tổ chức đúng hạn"],
    ["Chủ trì:", "CC VP-TK"],
    ["Thời hạn:", "31/12/2021"],
    ["Kết quả:", "Đang thực hiện"],
    ["b) Theo dõi, xử lý phản ánh về cán bộ nhũng nhiễu khi giải quyết TTHC"],
    ["Chủ trì:", "CT UBND xã"],
    ["Thời hạn:", "31/12/2021"],
    ["Kết quả:", "Đang thực hiện"],
    ["Số liệu kỳ báo cáo:", "Quý III/2021: 118/120 hồ sơ giải quyết đúng hạn (98,3%)"],
    ["TIÊU CHÍ 1.5. Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    ["a) Gửi, nhận văn bản điện tử qua phần mềm quản lý văn bản"],
    ["Chủ trì:", "CC VP-TK"],
    ["Thời hạn:", "31/12/2021"],
    ["Kết quả:", "Hoàn thành"],
  ]);

  // (A guard: the headings were read as sections before; the period's figure is what the change mends.)
  it("gives each card the code of the heading over it", () => {
    expect(c.tasks.map((t) => [t.code, t.status])).toEqual([
      ["1.2", "Đang thực hiện"],
      ["1.2", "Đang thực hiện"],
      ["1.5", "Hoàn thành"],
    ]);
  });

  it("reads the period's figure as the criterion's reading", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([["1.2", "Quý III/2021", 118, 120]]);
  });
});

describe("a task's field lines two to a row, and labels written in full", () => {
  it("reads both fields of each row", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ THỰC HIỆN KH 49/KH-UBND - CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN"],
      [],
      ["1.", "Giải ngân 100% kế hoạch vốn đầu tư công được giao năm 2021"],
      [null, "Tiêu chí: 1.4", null, null, "Thời hạn: 31/01/2022"],
      [null, "Chủ trì: CT UBND xã", null, null, "Kết quả: Đang thực hiện, 78%"],
      [],
      ["2.", "Lập hồ sơ quyết toán công trình nhà văn hóa thôn 3"],
      [null, "Tiêu chí: 1.4", null, null, "Thời hạn: 15/12/2021"],
      [null, "Chủ trì: CC TC-KT", null, null, "Kết quả: Hoàn thành ngày 10/12/2021"],
    ]);
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.progress, t.doneDate])).toEqual([
      ["1.4", "2022-01-31", "Đang thực hiện", 78, null],
      ["1.4", "2021-12-15", "Hoàn thành", 100, "2021-12-10"],
    ]);
  });

  it('reads "Người/đơn vị chủ trì:" and "Hạn hoàn thành:" lines as the lead and the deadline', () => {
    const c = consolidateSheet([
      ["DANH MỤC NHIỆM VỤ CCHC NĂM 2021"],
      [],
      ["1. Tăng cường kiểm tra, xử lý cán bộ nhũng nhiễu, yêu cầu nộp thêm giấy tờ"],
      ["Thuộc tiêu chí: 1.2"],
      ["Người/đơn vị chủ trì: Chủ tịch UBND xã"],
      ["Hạn hoàn thành: 30/11/2021"],
      ["Kết quả thực hiện: Đang thực hiện"],
      ["2. Phân công lãnh đạo trực tiếp theo dõi hoạt động của Bộ phận Một cửa"],
      ["Thuộc tiêu chí: 2.3"],
      ["Người/đơn vị chủ trì: CC VP-TK"],
      ["Hạn hoàn thành: 15/10/2021"],
      ["Kết quả thực hiện: Hoàn thành ngày 12/10/2021"],
    ]);
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.status])).toEqual([
      ["1.2", "Chủ tịch Ủy ban nhân dân xã", "2021-11-30", "Đang thực hiện"],
      ["2.3", "Công chức Văn phòng-Thống kê", "2021-10-15", "Hoàn thành"],
    ]);
  });
});

describe("a share the work must reach, written in the task", () => {
  it('never reads "đảm bảo đến 30/9/2021 đạt 60% kế hoạch" as a figure reached', () => {
    const c = consolidateSheet([
      ["KẾT QUẢ THỰC HIỆN KH 49/KH-UBND - CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN"],
      [],
      ["1.", "Theo dõi, tham mưu giải ngân vốn đầu tư công, đảm bảo đến 30/9/2021 đạt 60% kế hoạch"],
      [null, "Tiêu chí: 1.4"],
      [null, "Chủ trì: CT UBND xã"],
      [null, "Thời hạn: 30/9/2021"],
      [null, "Kết quả: Hoàn thành ngày 29/9/2021"],
      [],
      ["2.", "Lập hồ sơ quyết toán công trình nhà văn hóa thôn 3"],
      [null, "Tiêu chí: 1.4"],
      [null, "Chủ trì: CC TC-KT"],
      [null, "Thời hạn: 15/12/2021"],
      [null, "Kết quả: Chưa thực hiện"],
    ]);
    expect(c.readings).toEqual([]);
    expect(c.tasks.map((t) => [t.code, t.status, t.doneDate])).toEqual([
      ["1.4", "Hoàn thành", "2021-09-29"],
      ["1.4", "Chưa thực hiện", null],
    ]);
  });
});

describe("a unit's report, the unit named over it with its commune", () => {
  it("gives the unit as the lead of its rows, and says so", () => {
    const c = consolidateSheet([
      ["BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ XÃ TÂN BÌNH"],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND (tính đến 30/11/2021)"],
      [],
      ["STT", "Nội dung", "Thời hạn", "Trạng thái"],
      [1, "Lập sổ theo dõi hồ sơ trễ hẹn và thư xin lỗi người dân", "31/10/2021", "Đã hoàn thành"],
      [2, "Niêm yết bộ TTHC mới theo Quyết định công bố của UBND tỉnh", "15/11/2021", "Xong"],
    ]);
    expect(c.tasks.map((t) => t.lead)).toEqual(["Bộ phận Tiếp nhận và trả kết quả xã", "Bộ phận Tiếp nhận và trả kết quả xã"]);
    expect(c.tasks[0].note).toContain("Chủ trì lấy theo dòng trên bảng");
  });
});

describe("a form per sheet with its log under its last label", () => {
  const form = (code: string, work: string, log: GridCell[][]) => [
    ["PHIẾU THEO DÕI THỰC HIỆN NHIỆM VỤ"],
    [],
    ["1. Tiêu chí:", code],
    ["2. Nội dung công việc:", work],
    ["3. Người chủ trì:", "CC VP-TK"],
    ["4. Thời hạn hoàn thành:", "31/12/2021"],
    ["5. Tình trạng:", "☐ Chưa thực hiện", "☒ Đang thực hiện", "☐ Hoàn thành"],
    [],
    ["6. NHẬT KÝ THỰC HIỆN"],
    ["STT", "Ngày", "Nội dung công việc đã làm", "Số thư", "Người thực hiện"],
    ...log,
  ];
  const sheets = [
    form("1.2", "Giải quyết hồ sơ TTHC đúng hạn, xin lỗi người dân khi trễ hẹn", [
      [1, "05/10/2021", "Rà soát hồ sơ trễ hẹn quý III, gửi thư xin lỗi", 12, "Trần Văn Nam"],
      [2, "Tháng 11", "Họp giao ban Bộ phận Một cửa, nhắc nhở công chức", null, "Trần Văn Nam"],
    ]),
    form("2.3", "Kiểm tra đột xuất việc chấp hành nội quy tại Bộ phận Một cửa", [["(chưa phát sinh)"]]),
  ];
  const c = consolidate(
    [{ file: "phieu.xlsx", ok: true, grids: sheets.map((rows, i) => gridOf(rows, { file: "phieu.xlsx", sheet: `Phiếu ${i + 1}` })) }],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("reads one task a form, the log's steps in its result, never tasks of their own", () => {
    expect(c.tasks.map((t) => [t.code, t.status])).toEqual([
      ["1.2", "Đang thực hiện"],
      ["2.3", "Đang thực hiện"],
    ]);
    expect(c.tasks[0].note).toContain("Họp giao ban Bộ phận Một cửa");
    // (Every cell of a step is kept, the count of letters sent too.)
    expect(c.tasks[0].note).toContain("05/10/2021: Rà soát hồ sơ trễ hẹn quý III, gửi thư xin lỗi 12 Trần Văn Nam");
  });
});

describe("a card's state as boxes typed down the rows under a label with its instruction", () => {
  it("reads the box ticked with an x", () => {
    const rows = (work: string, ticked: number): GridCell[][] => [
      ["THE THEO DOI NHIEM VU CCHC NAM 2021"],
      [],
      ["Ma tieu chi", null, "1.1"],
      ["Ten nhiem vu", null, work],
      ["Nguoi chu tri", null, "CC VH-XH"],
      ["Han hoan thanh", null, "30/11/2021"],
      ["Tinh trang (danh dau x)"],
      ...["Chua thuc hien", "Dang thuc hien", "Hoan thanh"].map((s, i): GridCell[] => [null, i === ticked ? "[x]" : "[ ]", s]),
      ["Tien do", null, "50 %"],
    ];
    const c = consolidate(
      [
        {
          file: "the.xlsx",
          ok: true,
          grids: [
            gridOf(rows("Tuyen truyen dich vu cong truc tuyen tren loa cac thon", 1), { file: "the.xlsx", sheet: "NV1" }),
            gridOf(rows("Cap nhat danh muc TTHC muc do 3, 4 len bang tin xa", 2), { file: "the.xlsx", sheet: "NV2" }),
          ],
        },
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    expect(c.tasks.map((t) => [t.lead, t.status])).toEqual([
      ["Công chức Văn hóa-Xã hội", "Đang thực hiện"],
      ["Công chức Văn hóa-Xã hội", "Hoàn thành"],
    ]);
  });
});

describe("what a form or a band holds besides its fields, never dropped", () => {
  it("keeps a line written between a form's parts, no part of either", () => {
    const c = consolidateSheet([
      ["PHIẾU THEO DÕI NHIỆM VỤ"],
      [],
      ["1. Tên nhiệm vụ:", "Bổ sung ghế ngồi, quạt tại Bộ phận Một cửa"],
      ["2. Người chủ trì:", "CC TC-KT"],
      ["3. Thời hạn:", "31/12/2021"],
      ["Đề nghị UBND huyện hỗ trợ thêm kinh phí mua sắm năm 2022"],
      ["4. Đánh giá:", "☐ Chưa thực hiện   ☒ Đang thực hiện   ☐ Hoàn thành"],
    ]);
    const said = [...c.tasks.map((t) => `${t.content} ${t.note}`), ...c.problems.map((p) => `${p.value} ${p.message}`)].join(" ");
    expect(said).toContain("Đề nghị UBND huyện hỗ trợ thêm kinh phí");
  });

  it("keeps a band's words where its cells hold no figure", () => {
    const c = consolidateSheet(
      [
        ["BANG THEO DOI NHIEM VU CCHC NAM 2021"],
        [],
        ["Stt", "Noi dung cong viec", "Tieu chi", "Don vi chu tri", "Tinh trang", "SO LIEU QUY III/2021", null, null],
        [null, null, null, null, null, "Tong so", "Dat", "Ty le (%)"],
        [1, "Giai quyet ho so TTHC dung han", "1.2", "BP mot cua", "Dang thuc hien", 402, 396, 98.5],
        [2, "Van ban dien tu giua cac co quan", "1.5", "CC VP-TK", "Dang thuc hien", "chua tong hop", null, null],
      ],
      { merges: merged("F3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4") },
    );
    expect(c.tasks[1].note).toContain("chua tong hop");
  });
});
