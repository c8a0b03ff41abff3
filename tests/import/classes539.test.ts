import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 539 onwards and the sets before them left open.

describe("a section of figures under tasks, its letter in the number's column, under a header of progress", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO TIẾN ĐỘ THEO QUÝ - KẾ HOẠCH 49/KH-UBND NĂM 2021"],
      [],
      ["STT", "Nhiệm vụ / Chỉ số", "Mã TC", "Chủ trì", "Tiến độ lũy kế (%)", null, null, null, "Ghi chú"],
      [null, null, null, null, "Quý I", "Quý II", "Quý III", "Quý IV"],
      ["A", "NHIỆM VỤ"],
      [1, "Nâng cấp Trang thông tin điện tử thành phần cấp xã", "2.2", "CC VP-TK", 0, 20, 60, 80],
      [2, "Bồi dưỡng chức danh cho 02 cán bộ chưa đạt chuẩn", "1.3", "CC VP-TK", 0, 0, 50, 100],
      ["B", "CHỈ SỐ ĐO LƯỜNG"],
      [1, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (%)", "1.2", "BP Một cửa", 97.5, 98.2, 99.1],
      [2, "Tỷ lệ văn bản đi dưới dạng điện tử (%)", "1.5", "CC VP-TK", 85, 88, 90],
    ],
    { merges: merged("E3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "I3:I4", "B5:I5", "B8:I8") },
  );

  it("reads the section's rows as each quarter's figures", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.value]).sort()).toEqual([
      ["1.2", "2021-03-31", 97.5],
      ["1.2", "2021-06-30", 98.2],
      ["1.2", "2021-09-30", 99.1],
      ["1.5", "2021-03-31", 85],
      ["1.5", "2021-06-30", 88],
      ["1.5", "2021-09-30", 90],
    ]);
  });

  it("keeps the tasks above it, and never its figures, as tasks", () => {
    expect(c.tasks.map((t) => [t.code, t.progress]).sort()).toEqual([
      ["1.3", 100],
      ["2.2", 80],
    ]);
  });
});

describe("a dashboard's tiles, each with its own lines of counts and period under the rate", () => {
  const c = consolidateSheet(
    [
      [null, "BẢNG THEO DÕI CHỈ SỐ CCHC - SIPAS NĂM 2021"],
      [],
      [null, "TỶ LỆ HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN (TC 1.2)", null, null, null, "HÀI LÒNG VỀ CÔNG CHỨC MỘT CỬA (SIPAS 2.3)"],
      [null, "98,8%", null, null, null, "91,5%"],
      [null, "Trước hạn + đúng hạn:", null, 247, null, "Số phiếu hài lòng:", null, 183],
      [null, "Tổng số đã giải quyết:", null, 250, null, "Số phiếu hợp lệ:", null, 200],
      [null, "Kỳ:", "Quý III/2021", null, null, "Kỳ:", "Tháng 11/2021"],
      [],
      [null, "CHỈ TIÊU KT-XH HĐND GIAO (TC 1.7)", null, null, null, "VĂN BẢN ĐI ĐIỆN TỬ (TC 1.5)"],
      [null, "15/18 chỉ tiêu", null, null, null, "93%"],
      [null, "Số chỉ tiêu đạt:", null, 15, null, "VB đi điện tử:", null, 372],
      [null, "Kỳ:", "Ước năm 2021", null, null, "Số liệu đến:", "30/11/2021"],
    ],
    { merges: merged("B3:D3", "F3:H3", "B4:D4", "F4:H4", "B9:D9", "F9:H9", "B10:D10", "F10:H10") },
  );

  it("takes each tile's counts and period from its own lines", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator, r.value]).sort()).toEqual([
      ["1.2", "Quý III/2021", 247, 250, 98.8],
      ["1.5", "30/11/2021", null, null, 93],
      ["2.3", "Tháng 11/2021", 183, 200, 91.5],
    ]);
  });

  it("names a tile whose period is an estimate, never reads it", () => {
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.message)).toEqual([
      expect.stringContaining('ghi số ước tính (kỳ "Ước năm 2021")'),
    ]);
  });
});

describe("the half year's target and result beside the estimate of the whole year", () => {
  const c = consolidateSheet(
    [
      ["SƠ KẾT 6 THÁNG VÀ ƯỚC THỰC HIỆN CẢ NĂM 2021 CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH"],
      [],
      ["STT", "Tên chỉ tiêu", "Tiêu chí (KH 49)", "6 tháng đầu năm 2021", null, null, "Ước cả năm 2021", null, null, "Đơn vị chủ trì"],
      [null, null, null, "Chỉ tiêu", "Thực hiện", "Đánh giá", "Chỉ tiêu", "Ước TH", "Đánh giá"],
      ["1", "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn (%)", "TC 1.3", 100, "86,4", "Chưa đạt", 100, "90,9", "Chưa đạt", "CC VP-TK"],
      ["2", "Tỷ lệ văn bản đi dưới dạng điện tử (%)", "TC 1.5", 75, 78, "Đạt", 85, 88, "Đạt", "CC VP-TK"],
    ],
    { merges: merged("D3:F3", "G3:I3", "A3:A4", "B3:B4", "C3:C4", "J3:J4") },
  );

  it("reads the half year's results as figures, no task made of them", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.value]).sort()).toEqual([
      ["1.3", "6 tháng đầu năm 2021", 86.4],
      ["1.5", "6 tháng đầu năm 2021", 78],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("names the estimate's column as unread, never the criterion's column that cites the plan (guard)", () => {
    const unmapped = c.problems.filter((p) => p.code === "UNMAPPED_COLUMN").map((p) => p.value);
    expect(unmapped).toContain("Ước cả năm 2021 Ước TH");
    expect(unmapped).not.toContain("Tiêu chí (KH 49)");
  });
});

describe("survey rounds whose brackets give the month as digits", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC NĂM 2021"],
      [],
      ["Mục", "Chỉ số thành phần", "Đợt I (05/2021)", null, null, "Đợt II (10/2021)", null, null],
      [null, null, "Số phiếu hài lòng", "Số phiếu khảo sát", "Tỷ lệ (%)", "Số phiếu hài lòng", "Số phiếu khảo sát", "Tỷ lệ (%)"],
      ["2.1", "Tiếp cận dịch vụ", 102, 120, 85, 110, 125, 88],
      ["2.3", "Công chức BP Một cửa", 108, 120, 90, 115, 125, 92],
    ],
    { merges: merged("C3:E3", "F3:H3", "A3:A4", "B3:B4") },
  );

  it("reads each round as its month, with its counts", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator]).sort()).toEqual([
      ["2.1", "Tháng 10/2021", 110, 125],
      ["2.1", "Tháng 5/2021", 102, 120],
      ["2.3", "Tháng 10/2021", 115, 125],
      ["2.3", "Tháng 5/2021", 108, 120],
    ]);
  });
});

describe("a month chart going on into next year by a quarter, the sheet's only year that quarter's", () => {
  const c = consolidateSheet(
    [
      ["LỊCH THỰC HIỆN CÁC NHIỆM VỤ TIÊU CHÍ 1.3 VÀ 1.5 (KH 49/KH-UBND)"],
      [],
      ["TT", "Nội dung công việc", "Người phụ trách", "Thời gian thực hiện", null, null, null, "Tình hình"],
      [null, null, null, "T10", "T11", "T12", "Q1/2022"],
      [1, "Rà soát đội ngũ CBCC theo từng nhóm chức danh (TC 1.3)", "CC VP-TK", "x", "✔"],
      [2, "Cử CBCC tham gia lớp bồi dưỡng chức danh (TC 1.3)", "CT UBND", null, null, "x", "x", "Chờ huyện mở lớp"],
      [3, "Tập huấn sử dụng phần mềm QLVB cho CBCC (TC 1.5)", "CC VP-TK", null, null, "x", null, "Chưa tổ chức"],
      [],
      ["Ký hiệu: x – kế hoạch thực hiện trong tháng; ✔ – đã hoàn thành trong tháng."],
    ],
    { merges: merged("D3:G3", "A3:A4", "B3:B4", "C3:C4", "H3:H4") },
  );

  it("reads every task, the months in the year before the quarter", () => {
    expect(c.tasks.map((t) => [t.content.slice(0, 7), t.due, t.status]).sort()).toEqual([
      ["Cử CBCC", "2022-03-31", "Chưa thực hiện"],
      ["Rà soát", "2021-11-30", "Hoàn thành"],
      ["Tập huấ", "2021-12-31", "Chưa thực hiện"],
    ]);
  });
});

describe("a block of figures turned, its points in time typed as text on a row named so", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
    ["Thời điểm", "30/6/2021", "30/9/2021", "30/11/2021"],
    ["Kế hoạch vốn (triệu đồng)", 4500, 4500, 4500],
    ["Đã giải ngân (triệu đồng)", 1350, 2790, 3600],
    ["Tỷ lệ giải ngân (%)", 30, 62, 80],
  ]);

  it("reads a figure at each day, with its part and whole", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator, r.value])).toEqual([
      ["1.4", "2021-06-30", 1350, 4500, 30],
      ["1.4", "2021-09-30", 2790, 4500, 62],
      ["1.4", "2021-11-30", 3600, 4500, 80],
    ]);
  });
});

describe("a criterion's own sheet: its tasks, then its results on lines under them", () => {
  const tasks = [
    ["TT", "Việc cần làm", "Ai làm", "Hạn", "Xong chưa"],
    [1, "Kiểm tra giờ giấc, thái độ giao tiếp của công chức tại BP Một cửa", "CC VP-TK", "31/12/2021", "Đang làm"],
    [2, "Phân công PCT UBND xã theo dõi hoạt động BP Một cửa", "CT UBND", "31/10/2021", "Hoàn thành"],
  ];

  it("reads a result's sentence with the sheet title's criterion and the half year it names", () => {
    const c = consolidateSheet([
      ["TIÊU CHÍ 2.3 – HÀI LÒNG VỀ CÔNG CHỨC BP MỘT CỬA"],
      [],
      ...tasks,
      [],
      ["Kết quả khảo sát 6 tháng đầu năm: 92,5% (phiếu hài lòng 185/200)"],
    ]);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator, r.value])).toEqual([
      ["2.3", "6 tháng đầu năm 2021", 185, 200, 92.5],
    ]);
    expect(c.readings[0].note).toContain('mã tiêu chí theo tiêu đề sheet "TIÊU CHÍ 2.3');
  });

  it("reads a result's label, period, counts and rate written a cell each", () => {
    const c = consolidateSheet([
      ["TIÊU CHÍ THÀNH PHẦN 1.2: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
      ["Phụ trách: CC VP-TK"],
      [],
      ...tasks,
      [],
      ["KẾT QUẢ ĐO LƯỜNG"],
      ["Kết quả đo:", "Quý II/2021", "236/240 hồ sơ", "98,3%"],
      ["Kết quả đo:", "Quý III/2021", "245/250 hồ sơ", "98%"],
    ]);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator, r.value])).toEqual([
      ["1.2", "Quý II/2021", 236, 240, 98.3],
      ["1.2", "Quý III/2021", 245, 250, 98],
    ]);
    expect(c.tasks.map((t) => t.content.slice(0, 9)).sort()).toEqual(["Kiểm tra ", "Phân công"]);
  });
});

describe("criterion rows in the content column, their code closed by a slash", () => {
  const c = consolidateSheet([
    ["Bang theo doi nhiem vu KH 49 - nam 2021"],
    ["TT", "Noi dung cong viec", "Nguoi chu tri", "Han HT", "Tien do"],
    ["I/ CCHC"],
    [null, "1.3/ Ty le dat chuan CBCC cap xa"],
    [1, "Ra soat doi ngu CBCC theo chuc danh", "VP-TK", "30.10.2021", "100%"],
    [null, "1.4/ Giai ngan von dau tu cong"],
    [2, "Bao cao tien do giai ngan hang thang ve UBND huyen", "TC-KT", "05.11.2021", "100%"],
    ["II/ SIPAS"],
    [null, "2.2/ To chuc giai quyet TTHC"],
    [3, "Niem yet cong khai TTHC tai BP 1 cua", "BP Mot cua", "15.10.2021", "100%"],
  ]);

  it("reads each as its tasks' criterion, never as a task", () => {
    expect(c.tasks.map((t) => [t.code, t.content.slice(0, 8)])).toEqual([
      ["1.3", "Ra soat "],
      ["1.4", "Bao cao "],
      ["2.2", "Niem yet"],
    ]);
  });
});

describe("a block of a survey's figures among the tasks, each rate under the tasks' focal point", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO TIẾN ĐỘ CÁC NHIỆM VỤ NÂNG CAO CHỈ SỐ SIPAS NĂM 2021"],
      ["(Kèm theo Báo cáo số 112/BC-UBND ngày 10/12/2021)"],
      ["TT", "Nhiệm vụ", "Đầu mối", "Hạn hoàn thành", "Tình hình thực hiện"],
      [null, "Kết quả tự khảo sát (tỷ lệ hài lòng, đợt tháng 11/2021)"],
      [null, "2.1 Tiếp cận dịch vụ", "82,5%"],
      [null, "2.2 Tổ chức giải quyết TTHC", "79,0%"],
      ["2.2", "Tiêu chí 2.2: Chỉ số hài lòng về tổ chức giải quyết TTHC"],
      [1, "Tuyên truyền hình thức nộp hồ sơ trực tuyến", "CC VH-XH", "31/10/2021", "Đã hoàn thành ngày 25/10/2021"],
      [2, "Nâng cấp Trang TTĐT thành phần", "CC VP-TK", "30/11/2021", "Đang thực hiện, đạt khoảng 70%"],
    ],
    { merges: merged("B4:E4", "B7:E7") },
  );

  it("takes each task's lead from the focal point's column", () => {
    expect(c.tasks.map((t) => [t.lead, t.status])).toEqual([
      ["Công chức Văn hóa-Xã hội", "Hoàn thành"],
      ["Công chức Văn phòng-Thống kê", "Đang thực hiện"],
    ]);
  });

  it("reads the rates as the criteria's figures of the round named over them", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["2.1", "Tháng 11/2021", 82.5],
      ["2.2", "Tháng 11/2021", 79],
    ]);
  });
});

describe("what a task's note says of how it went, in the official's words", () => {
  const c = consolidateSheet([
    ["BẢNG PHÂN CÔNG VÀ THEO DÕI NHIỆM VỤ CCHC 2021"],
    ["Mã TC", "Việc cần làm", "Người phụ trách", "Hạn", "Đã làm được", "Ghi chú / thay đổi"],
    [
      "1.4",
      "Đôn đốc giải ngân vốn đầu tư công",
      "PCT UBND (đ/c Bình)",
      "30/9/2021",
      "58%",
      "Từ tháng 10 chuyển cho CT UBND trực tiếp chỉ đạo",
    ],
    [
      "1.3",
      "Lập danh sách cán bộ, công chức chưa đạt chuẩn",
      "đ/c Lan - CC VP-TK",
      "15/8/2021",
      "xong",
      "đ/c Lan nghỉ sinh từ 01/7, đ/c Hùng (CC VP-TK) làm tiếp; nộp danh sách ngày 10/8/2021",
    ],
    ["1.2", "Theo dõi, đôn đốc giải quyết hồ sơ đúng hạn", "CC VP-TK", "31/12/2021", "Đang làm", "Chuyển BP Một cửa chủ trì từ Quý IV"],
  ]);

  it("takes a day after its word for a day, never a share of the work", () => {
    const list = c.tasks.find((t) => t.code === "1.3");
    expect([list?.status, list?.progress]).toEqual(["Hoàn thành", 100]);
  });

  it("takes the day the note says the work was sent in as the day done", () => {
    expect(c.tasks.find((t) => t.code === "1.3")?.doneDate).toBe("2021-08-10");
  });

  it("takes the one the note says the work passed to as the lead, and asks for a look", () => {
    expect(c.tasks.map((t) => [t.code, t.lead])).toEqual([
      ["1.4", "Chủ tịch Ủy ban nhân dân xã"],
      ["1.3", "Công chức Văn phòng-Thống kê"],
      ["1.2", "Bộ phận Tiếp nhận và trả kết quả xã"],
    ]);
    expect(c.problems.filter((p) => p.code === "LEAD_UNCLEAR").map((p) => p.row)).toEqual([3, 5]);
  });
});

describe("a diary of updates whose lines say the state in words", () => {
  const list = gridOf(
    [
      ["DANH MỤC NHIỆM VỤ CCHC NĂM 2021"],
      ["Số TT", "Tiêu chí", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
      [1, "1.3", "Rà soát đội ngũ CBCC theo nhóm chức danh", "CC VP-TK", "30/9/2021"],
      [2, "2.2", "Niêm yết công khai TTHC tại BP Một cửa", "BP Một cửa", "30/6/2021"],
      [3, "2.4", "Triển khai đánh giá chất lượng giải quyết TTHC", "CC VP-TK", "30/11/2021"],
    ],
    { sheet: "Danh mục" },
  );
  const diary = gridOf(
    [
      ["CẬP NHẬT TIẾN ĐỘ (ghi theo số TT ở sheet Danh mục)"],
      ["Ngày cập nhật", "NV số", "Nội dung cập nhật"],
      ["15/7/2021", 2, "Đã niêm yết xong 100% TTHC từ ngày 28/6/2021"],
      ["08/10/2021", 1, "Hoàn thành rà soát ngày 06/10/2021 (trễ 6 ngày)"],
      ["15/11/2021", 3, "Chưa triển khai; đề nghị lùi đến 31/01/2022"],
    ],
    { sheet: "Cập nhật" },
  );
  const c = consolidate([{ file: "so.xlsx", ok: true, grids: [list, diary] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);

  it("reads each task's state and day done from its latest line's words", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.doneDate]).sort()).toEqual([
      ["1.3", "Hoàn thành", "2021-10-06"],
      ["2.2", "Hoàn thành", "2021-06-28"],
      ["2.4", "Chưa thực hiện", null],
    ]);
  });
});

describe("an extension asked for and granted, told in a column of explanations", () => {
  const c = consolidateSheet([
    ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND ĐẾN HẾT THÁNG 11/2021"],
    ["STT", "Công việc", "Đơn vị/người chủ trì", "Hạn ban đầu", "Tình trạng", "Diễn giải"],
    [
      1,
      "Giải ngân vốn đầu tư công năm 2021",
      "CT UBND",
      "31-12-2021",
      "Đang làm",
      "Đến 30/9 đạt 58%; xin gia hạn đến 31/01/2022, đã được huyện đồng ý",
    ],
    [
      2,
      "Xây dựng bộ biểu mẫu tham khảo hướng dẫn người dân",
      "BP Một cửa",
      "15/11/2021",
      "Đang làm",
      "Mới xong 18/25 mẫu (72%), xin lùi đến 20/12/2021",
    ],
  ]);

  it("moves the deadline where the note says the extension was agreed, never where it was only asked", () => {
    expect(c.tasks.map((t) => t.due)).toEqual(["2022-01-31", "2021-11-15"]);
    expect(c.problems.filter((p) => p.code === "EXTENSION_ASKED").map((p) => p.row)).toEqual([4]);
  });
});

describe("a log book: each piece of work merged down over its dated lines", () => {
  const c = consolidateSheet(
    [
      ["SỔ THEO DÕI THỰC HIỆN CÁC GIẢI PHÁP NÂNG CAO CHỈ SỐ SIPAS 2021"],
      ["Giải pháp", "Chủ trì", "Hạn", "Ngày", "Diễn biến"],
      [
        "Cải thiện nơi làm việc: bổ sung ghế chờ, biển hiệu (TC 2.1)",
        "BP Một cửa",
        "30/9/2021",
        "02/8/2021",
        "Lập dự trù kinh phí, trình CT UBND",
      ],
      [null, null, null, "15/9/2021", "Lắp xong biển hiệu; ghế chờ chưa về"],
      [null, null, null, "11/10", "Nhận và lắp 10 ghế chờ - hoàn thành"],
      ["Công khai kết quả trả lời phản ánh, kiến nghị (TC 2.5)", "CC VP-TK", "31/12/2021", "10/9", "Phân công đăng tải"],
      [null, null, null, "01/12", "Đã đăng 4/6 văn bản trả lời PAKN"],
    ],
    { merges: merged("A3:A5", "B3:B5", "C3:C5", "A6:A7", "B6:B7", "C6:C7") },
  );

  it("reads each as one task standing where its latest line says", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.doneDate, t.progress])).toEqual([
      ["2.1", "Hoàn thành", "2021-10-11", 100],
      ["2.5", "Đang thực hiện", null, 66.67],
    ]);
  });
});

describe("a report's lines: how far a piece of work got, and its closing sentence", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO THEO KẾ HOẠCH 49/KH-UBND"],
    ["(Từ ngày 01/10/2021 đến ngày 10/12/2021)"],
    [],
    ["1. Tiêu chí 1.4 - Giải ngân vốn đầu tư công:"],
    ["- Tham mưu UBND xã rà soát, điều chuyển vốn các dự án chậm giải ngân: đã hoàn thành ngày 15/10/2021."],
    ["- Phối hợp CC ĐC-XD đôn đốc nhà thầu thi công đường bê tông thôn 4: khối lượng đạt khoảng 85%, dự kiến xong 25/12/2021."],
    [],
    ["Trên đây là báo cáo kết quả thực hiện nhiệm vụ của công chức Tài chính - Kế toán./."],
  ]);

  it("reads the share of the work done as the task's progress, never as a criterion's figure", () => {
    expect(c.tasks.map((t) => [t.content.slice(0, 8), t.status, t.progress])).toEqual([
      ["Tham mưu", "Hoàn thành", 100],
      ["Phối hợp", "Đang thực hiện", 85],
    ]);
    expect(c.readings).toEqual([]);
  });
});

describe("a block of figures by day whose target's row remarks on a later day", () => {
  const c = consolidateSheet(
    [
      ["TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG VÀ THỰC HIỆN CHỈ TIÊU KT-XH NĂM 2021"],
      ["Nội dung", "Đơn vị", "Lũy kế đến ngày", null, null, "Ghi chú"],
      [null, null, { date: "2021-06-30" as IsoDate }, { date: "2021-09-30" as IsoDate }, { date: "2021-11-30" as IsoDate }],
      ["A. Giải ngân vốn đầu tư công (TC 1.4)"],
      ["Kế hoạch vốn được giao", "triệu đồng", 4850, 4850, 4850],
      ["Giá trị giải ngân lũy kế", "triệu đồng", 1420, 3010, 4120],
      ["Tỷ lệ giải ngân", "%", 29.3, 62.1, 84.9],
      ["Chỉ tiêu theo KH 49/KH-UBND", "%", null, 60, null, "Đến 31/01/2022 đạt 100%"],
      ["B. Thực hiện chỉ tiêu KT-XH do HĐND xã giao (TC 1.7)"],
      ["Tổng số chỉ tiêu HĐND xã giao", "chỉ tiêu", 18, null, 18],
      ["Số chỉ tiêu đạt và vượt", "chỉ tiêu", 9, null, 14],
      ["Tỷ lệ", "%", 50, null, 77.8],
    ],
    { merges: merged("C2:E2", "A2:A3", "B2:B3", "F2:F3") },
  );

  it("reads the blocks under the target's row as figures of the same table, never as tasks", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator]).sort()).toEqual([
      ["1.4", "2021-06-30", 1420, 4850],
      ["1.4", "2021-09-30", 3010, 4850],
      ["1.4", "2021-11-30", 4120, 4850],
      ["1.7", "2021-06-30", 9, 18],
      ["1.7", "2021-11-30", 14, 18],
    ]);
    expect(c.tasks).toEqual([]);
  });
});

describe("an update log writing each piece of work again on a line of its own", () => {
  const c = consolidateSheet([
    ["NHẬT KÝ THEO DÕI TIẾN ĐỘ CÁC VIỆC CCHC (năm 2021)"],
    ["Ngày", "Việc (ghi tắt)", "Người cập nhật", "Diễn biến / kết quả", "% ước"],
    [
      "12/10/2021",
      "Hồ sơ quyết toán CT đường thôn 3",
      "Tùng (ĐC-XD)",
      "Giao: hoàn thiện hồ sơ quyết toán công trình, hạn 30/11/2021",
      "10%",
    ],
    ["15/11/2021", "Hồ sơ quyết toán CT đường thôn 3", "Tùng", "Đang chờ thẩm tra của huyện", "60%"],
  ]);

  it("keeps the latest line, with the deadline and lead only the first gave, judged by them", () => {
    expect(c.tasks.map((t) => [t.due, t.lead, t.progress, t.verdict])).toEqual([
      ["2021-11-30", "Công chức Địa chính-Xây dựng", 60, "Quá hạn"],
    ]);
    expect(c.tasks[0].note).toContain("lấy theo dòng 3 cùng nhiệm vụ");
  });
});

describe("an empty column spacing a table's months", () => {
  const c = consolidateSheet([
    ["THEO DÕI VĂN BẢN ĐIỆN TỬ VÀ HỒ SƠ TRỰC TUYẾN NĂM 2021"],
    [],
    ["Chỉ tiêu", "Mục tiêu", "Tháng 8", "Tháng 9", null, "Tháng 10", "Tháng 11"],
    ["TC 1.5 - VB đi điện tử / tổng VB đi", "≥ 80%", "50/58", "61/66", null, "70/74", "68/71"],
    ["TC 1.1 - HS trực tuyến / tổng HS tiếp nhận", "tăng dần", "12/70", "15/69", null, "20/75", "22/73"],
  ]);

  it("reads the months after it with the rows' criteria, as one table", () => {
    expect(c.readings.filter((r) => r.period.startsWith("Tháng 1")).map((r) => [r.code, r.period, r.numerator])).toEqual([
      ["1.1", "Tháng 10/2021", 20],
      ["1.1", "Tháng 11/2021", 22],
      ["1.5", "Tháng 10/2021", 70],
      ["1.5", "Tháng 11/2021", 68],
    ]);
  });
});

describe("tasks as columns, their fields' names down the first column under a band naming them", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI TIẾN ĐỘ CÁC NHIỆM VỤ ĐƯỢC GIAO TẠI KẾ HOẠCH SỐ 49/KH-UBND NĂM 2021"],
      [],
      ["Nội dung theo dõi", "CÁC NHIỆM VỤ ĐƯỢC GIAO"],
      ["Nhiệm vụ số", 1, 2, 3],
      ["Tiêu chí (KH 49)", 1.1, 2.1, 2.5],
      [
        "Nội dung công việc",
        "Tuyên truyền trên loa phát thanh về DVC trực tuyến",
        "Bổ sung ghế chờ tại BP Một cửa",
        "Công khai số điện thoại đường dây nóng",
      ],
      ["Chủ trì", "CC VH-XH", "CC VP-TK", "CC VH-XH"],
      ["Hạn hoàn thành", "30/11/2021", "31/12/2021", "30/9/2021"],
      ["Tình hình thực hiện", "Đã xong", "Đang làm", "Đã xong"],
    ],
    { merges: merged("B3:D3") },
  );

  it("reads a task from each column", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status])).toEqual([
      ["1.1", "2021-11-30", "Hoàn thành"],
      ["2.1", "2021-12-31", "Đang thực hiện"],
      ["2.5", "2021-09-30", "Hoàn thành"],
    ]);
  });
});

describe("states ticked under the official's own words, a table of figures under the ticks", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN TIÊU CHÍ 1.2 - NĂM 2021"],
      ["STT", "Nội dung", "Người làm", "Thời gian", "Tình trạng", null, null, "Ghi chú"],
      [null, null, null, null, "Chưa làm", "Đang làm", "Đã xong"],
      [1, "Số hóa kết quả giải quyết TTHC còn hiệu lực", "BP Một cửa", "30/6/2021", null, null, "x", "xong ngày 28/6"],
      [2, "Nhắn tin SMS báo trước khi đến hẹn trả kết quả", "BP Một cửa", "31/12/2021", null, "x"],
      [3, "Rà soát quy trình nội bộ 25 TTHC lĩnh vực đất đai", "CC ĐC-XD", "30/11/2021", "x"],
      [],
      ["Kết quả", "Nội dung", "Quý I", "Quý II", "Quý III", "Tháng 10", "Tháng 11"],
      [null, "Số hồ sơ giải quyết", 40, 55, 61, 22, 19],
      [null, "Số hồ sơ đúng hạn", 40, 54, 61, 21, 19],
      [null, "Tỷ lệ đúng hạn (%)", 100, 98.2, 100, 95.5, 100],
    ],
    { merges: merged("E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3") },
  );

  it("reads each tick as the state its column names", () => {
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
  });
});

describe("bands of figures by survey round or reporting period, named after a dash or after Kỳ", () => {
  it("reads survey rounds named after a dash, their rate headed with what it is of", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
        [],
        ["TT", "Nội dung đánh giá", "Năm 2020 (đối chiếu)", "Đợt 1 - tháng 6/2021", null, null, "Đợt 2 - tháng 11/2021", null, null],
        [null, null, null, "Số phiếu thu về", "Số phiếu hài lòng", "Tỷ lệ HL", "Số phiếu thu về", "Số phiếu hài lòng", "Tỷ lệ HL"],
        [1, "Hài lòng về tiếp cận dịch vụ", 81.2, 120, 101, 84.17, 135, 118, 87.41],
        [2, "Hài lòng về tổ chức giải quyết TTHC", 79, 120, 96, 80, 135, 112, 82.96],
      ],
      { merges: merged("D3:F3", "G3:I3", "A3:A4", "B3:B4", "C3:C4") },
    );
    expect(c.readings.filter((r) => r.date?.startsWith("2021")).map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["2.1", "Tháng 6/2021", 101, 120],
      ["2.1", "Tháng 11/2021", 118, 135],
      ["2.2", "Tháng 6/2021", 96, 120],
      ["2.2", "Tháng 11/2021", 112, 135],
    ]);
  });

  it("reads reporting periods named after Kỳ, two measures sharing a code kept apart", () => {
    const c = consolidateSheet(
      [
        ["SỐ LIỆU PHỤC VỤ BÁO CÁO CCHC THEO KỲ NĂM 2021"],
        [],
        [
          "TT",
          "Nội dung chỉ tiêu",
          "Mã tiêu chí",
          "Kỳ quý I (15/12/2020 - 14/3/2021)",
          null,
          null,
          "Kỳ quý III (15/6 - 14/9/2021)",
          null,
          null,
        ],
        [null, null, null, "Tổng số", "Số đạt", "Tỷ lệ %", "Tổng số", "Số đạt", "Tỷ lệ %"],
        [1, "Tỷ lệ hồ sơ nộp trực tuyến mức độ 3, 4", "1.1", 52, 9, 17.31, 58, 19, 32.76],
        [2, "Số TTHC cung cấp DVC trực tuyến mức độ 3, 4 / tổng số TTHC cấp xã", "1.1", 98, 45, 45.92, 101, 60, 59.41],
      ],
      { merges: merged("D3:F3", "G3:I3", "A3:A4", "B3:B4", "C3:C4") },
    );
    expect(c.readings.map((r) => [r.period, r.date])).toEqual([
      ["Quý I/2021", "2021-03-14"],
      ["Quý III/2021", "2021-09-14"],
    ]);
    expect(c.readings.every((r) => r.denominator === 52 || r.denominator === 58 || r.denominator === 98 || r.denominator === 101)).toBe(
      true,
    );
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING")).toHaveLength(2);
  });
});

describe("a criterion's sheet, named by its code: numbered lines of its work, then its figures", () => {
  const c = consolidateSheet(
    [
      ["TỶ LỆ VĂN BẢN TRAO ĐỔI DƯỚI DẠNG ĐIỆN TỬ"],
      ["Chủ trì: CC VP-TK (đ/c Hùng)"],
      [],
      ["1. Nhiệm vụ"],
      ["1.1. Gửi, nhận văn bản qua phần mềm QLVB&ĐH - Đang thực hiện"],
      ["1.2. Cấp chứng thư số cho lãnh đạo UBND xã - Hoàn thành ngày 12/4/2021"],
      ["1.3. Nâng cấp đường truyền internet tại văn phòng - hạn 30/10/2021 - chưa triển khai"],
      [],
      ["2. Số liệu"],
      ["Tháng", "Tổng VB đi", "Gửi điện tử", "Tỷ lệ (%)"],
      ["T7", 48, 41, 85.4],
      ["T8", 52, 47, 90.4],
    ],
    { sheet: "1.5" },
  );

  it("reads the numbered lines as the criterion's tasks, never as criteria", () => {
    expect(c.tasks.map((t) => [t.code, t.status])).toEqual([
      ["1.5", "Đang thực hiện"],
      ["1.5", "Hoàn thành"],
      ["1.5", "Chưa thực hiện"],
    ]);
  });

  it("files the figures under the sheet's criterion, never under a line's number", () => {
    expect(c.readings.map((r) => [r.code, r.period])).toEqual([
      ["1.5", "Tháng 7/2021"],
      ["1.5", "Tháng 8/2021"],
    ]);
  });
});

describe("each task on two rows, its plan over what was done", () => {
  const c = consolidateSheet(
    [
      ["KẾ HOẠCH VÀ THỰC HIỆN CÁC NHIỆM VỤ NĂM 2021"],
      [],
      ["TT", "Mã TC", "Nội dung công việc", null, "Thời gian", "Khối lượng (%)", "Đơn vị thực hiện"],
      [1, "1.4", "Lập danh mục, kế hoạch giải ngân vốn đầu tư công năm 2021", "KH", { date: "2021-09-30" as IsoDate }, 100, "TC-KT"],
      [null, null, null, "TH", { date: "2021-09-28" as IsoDate }, 100],
      [2, "1.4", "Quyết toán công trình nhà văn hóa thôn 5", "KH", { date: "2021-11-30" as IsoDate }, 100, "TC-KT"],
      [null, null, null, "TH", null, 60],
      [3, "1.6", "Tập huấn kỹ thuật trồng, chăm sóc cà phê cho nông dân", "KH", { date: "2021-12-31" as IsoDate }, 100, "CC VH-XH"],
      [null, null, null, "TH", null, 0],
    ],
    { merges: merged("A4:A5", "B4:B5", "C4:C5", "G4:G5", "A6:A7", "B6:B7", "C6:C7", "G6:G7", "A8:A9", "B8:B9", "C8:C9", "G8:G9") },
  );

  it("reads the plan's day as the deadline, the actual row's day and share as done and progress", () => {
    expect(c.tasks.map((t) => [t.due, t.status, t.progress, t.doneDate])).toEqual([
      ["2021-09-30", "Hoàn thành", 100, "2021-09-28"],
      ["2021-11-30", "Đang thực hiện", 60, null],
      ["2021-12-31", "Chưa thực hiện", 0, null],
    ]);
  });
});

describe("a dashboard's tiles over a task table, each tile titled by its code", () => {
  const c = consolidateSheet(
    [
      ["BẢNG ĐIỀU KHIỂN CCHC - XÃ TÂN BÌNH"],
      ["Số liệu đến hết Quý III/2021"],
      [],
      ["1.2 Đúng hạn", null, "1.1 Trực tuyến", null, "1.3 CBCC đạt chuẩn"],
      ["98,5%", null, "12/80", null, "19/23"],
      [],
      ["DANH SÁCH NHIỆM VỤ TRỌNG TÂM"],
      ["TC", "Việc", "Ai làm", "Hạn chót", "Xong?"],
      ["1.1", "Hỗ trợ người dân tạo tài khoản DVC quốc gia", "BP Một cửa", "30/9/2021", "Rồi"],
      ["1.3", "Đăng ký lớp bồi dưỡng chức danh cho 04 CBCC chưa chuẩn", "CC VP-TK", "31/10/2021", "Chưa"],
    ],
    { sheet: "Tổng quan" },
  );

  it("reads each tile as its criterion's figure of the period over them", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator, r.value])).toEqual([
      ["1.1", "Quý III/2021", 12, 80, 15],
      ["1.2", "Quý III/2021", null, null, 98.5],
      ["1.3", "Quý III/2021", 19, 23, (19 / 23) * 100],
    ]);
  });

  it("reads the table under them as tasks (guard)", () => {
    expect(c.tasks.map((t) => [t.code, t.status])).toEqual([
      ["1.1", "Hoàn thành"],
      ["1.3", "Chưa thực hiện"],
    ]);
  });
});
