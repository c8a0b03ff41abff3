import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 400-405: a criterion's figures tabled among its tasks with column names of their own.

describe("a criterion's figures tabled under its tasks, their periods across", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI NHIỆM VỤ VÀ CHỈ SỐ CCHC NĂM 2021"],
      ["Cập nhật: 10/12/2021"],
      [],
      ["STT", "Nội dung công việc", "Người phụ trách", "Thời hạn", "Tình trạng", "Ghi chú"],
      ["I", "Tiêu chí 1.2 - Tỷ lệ hồ sơ giải quyết đúng hạn"],
      [1, "Nhắn tin nhắc hồ sơ sắp đến hạn qua Zalo", "CC Tư pháp", "30/11/2021", "Đã xong"],
      [2, "Lập sổ theo dõi hồ sơ trễ hạn", "Bộ phận một cửa", "31/12/2021", "Đang làm"],
      [null, "Chỉ số theo dõi", "Quý II/2021", "Quý III/2021", "Năm 2020", "Chỉ tiêu"],
      [null, "Hồ sơ giải quyết đúng hạn", "58/60 (96,7%)", "71/72 (98,6%)", "95%", "100%"],
      ["II", "Tiêu chí 1.5 - Văn bản điện tử"],
      [1, "Ký số toàn bộ văn bản đi", "Văn phòng", "31/12/2021", "Đang làm"],
    ],
    { merges: merged("B5:F5", "B10:F10") },
  );

  it("reads the figures as the criterion's readings, one per period", () => {
    const onTime = c.readings.filter((r) => r.code === "1.2" && r.date?.startsWith("2021"));
    expect(onTime.map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ["Quý II/2021", 58, 60],
      ["Quý III/2021", 71, 72],
    ]);
  });

  it("reads neither their column names nor their rows as tasks", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([6, 7, 11]);
    expect(c.tasks.map((t) => t.code)).toEqual(["1.2", "1.2", "1.5"]);
  });
});

describe("a rate's parts tabled under each section's tasks, the day in the row's note", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI THIỆN CHỈ SỐ SIPAS - THÁNG 12/2021"],
      [],
      ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Hạn", "Tình trạng", "Tỷ lệ", "Ghi chú"],
      [1, "2.1 - Hài lòng về tiếp cận dịch vụ"],
      ["a", "Bố trí ghế chờ, nước uống tại Bộ phận một cửa", "VP-TK", "30/11/2021", "Đã HT", 1],
      [null, "Kết quả khảo sát", "Tử số", "Mẫu số", "Tỷ lệ", "Năm 2020", "Ghi chú"],
      [null, "Tỷ lệ hài lòng về tiếp cận dịch vụ", 38, 40, "95%", "90%", "Khảo sát đến ngày 07/12/2021"],
      [],
      [2, "2.3 - Hài lòng về công chức"],
      ["a", "Đeo thẻ công chức, trả lời điện thoại lịch sự", "Chủ tịch UBND xã", "Quý IV/2021", "Đã HT"],
      [null, "Kết quả khảo sát", "Tử số", "Mẫu số", "Tỷ lệ", "Năm 2020", "Ghi chú"],
      [null, "Tỷ lệ hài lòng về công chức", 37, 40, 0.925, 0.9, "Khảo sát đến ngày 07/12/2021"],
    ],
    { merges: merged("B4:G4", "B9:G9") },
  );

  it("reads this year's rate with its parts, dated the day its note gives", () => {
    const r = c.readings.find((x) => x.code === "2.1" && x.numerator !== null);
    expect([r?.numerator, r?.denominator, r?.date]).toEqual([38, 40, "2021-12-07"]);
  });

  it("keeps each section's tasks and makes none of the figures' rows", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "2.1"],
      [10, "2.3"],
    ]);
    const staff = c.readings.find((x) => x.code === "2.3" && x.numerator !== null);
    expect([staff?.numerator, staff?.denominator]).toEqual([37, 40]);
  });
});

describe("blocks of figures named by their parts, each under its own numbered section, on a sheet named for both", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC NĂM 2021"],
      [],
      ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời gian hoàn thành", "Tình hình thực hiện", "Ghi chú"],
      ["I", "Tiêu chí thành phần 1.2: Tỷ lệ hồ sơ giải quyết đúng hạn"],
      [1, "Xin lỗi bằng văn bản đối với hồ sơ trễ hạn", "Bộ phận một cửa", "Khi phát sinh", "Đang thực hiện"],
      [null, "Chỉ tiêu", "Năm 2020", "Kế hoạch năm 2021", "Thực hiện 9 tháng 2021", "So sánh cùng kỳ"],
      [null, "Tổng số hồ sơ tiếp nhận", 1040, null, 880],
      [null, "Số hồ sơ giải quyết đúng hạn", 1010, null, 869],
      [null, "Tỷ lệ giải quyết đúng hạn (%)", 97.1, 100, 98.75, "+1,65"],
      [],
      ["II", "Tiêu chí thành phần 1.5: Tỷ lệ văn bản điện tử"],
      [1, "Gửi văn bản qua phần mềm quản lý văn bản", "VP-TK", "Trong năm 2021", "Đang thực hiện, đạt 93%"],
      [2, "Ký số văn bản đi của UBND xã", "Chủ tịch UBND xã", "Quý IV/2021", "Chưa thực hiện"],
      [],
      [null, "Số liệu", "Tổng VB đi", "VB đi điện tử", "Tỷ lệ", "Cùng kỳ 2020"],
      [null, "Đến 30/9/2021", 400, 372, 0.93, "88%"],
    ],
    { sheet: "TC 1.2-1.5", merges: merged("B4:F4", "B11:F11") },
  );

  it("reads each block's figures under its own section's criterion", () => {
    const read = c.readings.filter((r) => r.date === "2021-09-30").map((r) => [r.code, r.numerator, r.denominator]);
    expect(read).toEqual([
      ["1.2", 869, 880],
      ["1.5", 372, 400],
    ]);
  });

  it("reads the tasks under the second section after the first block's figures", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.2"],
      [12, "1.5"],
      [13, "1.5"],
    ]);
  });
});

describe("a two-row task header is no table of figures", () => {
  const c = consolidateSheet([
    ["THEO DÕI KẾ HOẠCH CCHC 2021"],
    ["STT", "Nội dung", "Hạn", "Kết quả"],
    [null, "Chỉ số", "Quý III", "Quý IV"],
    [1, "Tiêu chí 1.1: tuyên truyền dịch vụ công trực tuyến", "30/09/2021", "Xong"],
    [2, "Tiêu chí 1.1: hướng dẫn người dân nộp hồ sơ trực tuyến", "31/12/2021", "Đang làm"],
  ]);

  it("reads its rows as tasks", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5]);
  });
});

describe("a numbered task's words over several rows, its number and other cells merged down over them", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ NÂNG CAO CHỈ SỐ SIPAS"],
      ["STT", "Tiêu chí", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng"],
      [1, "2.3", "Chấn chỉnh tác phong công chức Bộ phận một cửa;", "Chủ tịch UBND xã", "31/12/2021", "Đang thực hiện"],
      [null, null, "- Kiểm tra đột xuất giờ giấc làm việc;"],
      [null, null, "- Lấy ý kiến người dân qua hòm thư góp ý."],
      [2, "2.3", "Công khai số điện thoại đường dây nóng", "VP-TK", "15/11/2021", "Hoàn thành"],
    ],
    { merges: merged("A3:A5", "B3:B5", "D3:D5", "E3:E5", "F3:F5") },
  );

  it("reads one task with all its lines", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 6]);
    expect(c.tasks[0].content).toMatch(/Kiểm tra đột xuất giờ giấc.*hòm thư góp ý/);
  });
});

describe("a period's total alone on its row, the field column saying Cộng", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021 (TCTP 1.2)"],
    [],
    ["Kỳ", "Lĩnh vực", "Tổng số hồ sơ tiếp nhận", "Đúng hạn", "Quá hạn", "Tỷ lệ đúng hạn"],
    ["Quý I", "Cộng", 88, 86, 2, 0.9773],
    ["Quý II", "Cộng", 140, 140, 0, 1],
  ]);

  it("reads each period's figures", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.2", "Quý I/2021", 86, 88],
      ["1.2", "Quý II/2021", 140, 140],
    ]);
  });
});

describe("a disbursement table introduced by a line giving its total and day, an earlier day on the line above", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (TIÊU CHÍ THÀNH PHẦN 1.4)"],
    ["Tổng kế hoạch vốn được giao: 3.000 triệu đồng."],
    ["Đến ngày 30/9/2021 giải ngân được 1.650 triệu đồng, đạt 55% kế hoạch vốn."],
    ["Đến ngày 20/11/2021 đã giải ngân 2.400/3.000 triệu đồng, đạt 80%. Chi tiết từng công trình như sau:"],
    ["TT", "Công trình", "KH vốn (tr.đ)", "Đã giải ngân", "Tỷ lệ"],
    [1, "Đường bê tông thôn Đông", 2000, 1700, "85%"],
    [2, "Trường mầm non điểm lẻ", 1000, 700, "70%"],
    [null, "Cộng", 3000, 2400, "80%"],
  ]);

  it("dates the table's total at the day of the line introducing it", () => {
    const total = c.readings.filter((r) => r.code === "1.4" && r.numerator === 2400);
    expect(total.length).toBeGreaterThan(0);
    expect(total.every((r) => r.date === "2021-11-20")).toBe(true);
  });
});

describe("a table of figures introduced by a line giving the day they stand at, the title an earlier day", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ GIẢI QUYẾT HỒ SƠ TTHC NĂM 2021 (số liệu đến 30/9/2021)"],
    [],
    ["Cập nhật lại số liệu đến ngày 25/11/2021 như sau:"],
    ["Chỉ tiêu", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
    ["Tỷ lệ hồ sơ giải quyết đúng hạn (TC 1.2)", 480, 482, 99.59],
  ]);

  it("dates the figures at the introducing line's day", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.date])).toEqual([["1.2", 480, "2021-11-25"]]);
  });
});

describe("a desk's month report: the dossiers' table, then what was done of the measures as dashed lines", () => {
  const c = consolidateSheet([
    ["BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"],
    ["BÁO CÁO THÁNG 10/2021"],
    ["1. Kết quả tiếp nhận, giải quyết hồ sơ"],
    ["STT", "Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn (%)"],
    [1, "Hộ tịch", 40, 40, 40, 0, 100],
    [2, "Chứng thực", 25, 25, 24, 1, 96],
    [null, "Tổng cộng", 65, 65, 64, 1, 98.5],
    ["2. Thực hiện các giải pháp nâng cao sự hài lòng"],
    ["- Bố trí bàn viết, bút, kính lão cho người dân tại Bộ phận một cửa: đã thực hiện xong ngày 08/10/2021."],
    ["- Lắp đặt màn hình tra cứu TTHC: chưa thực hiện (chờ kinh phí)."],
  ]);

  it("reads each dashed line as a task with its state", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [9, "Hoàn thành"],
      [10, "Chưa thực hiện"],
    ]);
  });
});

describe("a report's lines lettered and its parts numbered in Roman, each mark alone in its cell, a table among them", () => {
  const c = consolidateSheet([
    ["BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC GIẢI PHÁP NÂNG CAO CHỈ SỐ HÀI LÒNG THÁNG 11/2021"],
    [],
    ["I", "TÌNH HÌNH THỰC HIỆN"],
    ["1", "Chỉ số 2.1 - Hài lòng về tiếp cận dịch vụ"],
    ["a", "Lắp biển chỉ dẫn đến Bộ phận một cửa tại cổng trụ sở UBND xã: đã hoàn thành ngày 12/11/2021."],
    ["b", "Bố trí chỗ để xe có mái che cho người dân: đang thực hiện, dự kiến xong trước 20/12/2021."],
    ["2", "Chỉ số 2.2 - Hài lòng về tổ chức giải quyết TTHC"],
    ["a", "Niêm yết đầy đủ TTHC thuộc thẩm quyền tại Bộ phận một cửa: hoàn thành."],
    ["b", "Rà soát, đơn giản hóa biểu mẫu TTHC: chưa thực hiện."],
    ["II", "KẾT QUẢ KHẢO SÁT"],
    [null, "Tháng 11/2021 phát 50 phiếu, thu về 48 phiếu hợp lệ. Kết quả như sau:"],
    ["TT", "Chỉ số", "Năm 2020", "Tháng 11/2021"],
    [1, "Tiếp cận dịch vụ (2.1)", 0.82, 0.875],
    [2, "Tổ chức giải quyết TTHC (2.2)", 0.8, 0.854],
  ]);

  it("reads each lettered line as a task under its numbered criterion", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status])).toEqual([
      [6, "2.1", "Hoàn thành"],
      [7, "2.1", "Đang thực hiện"],
      [9, "2.2", "Hoàn thành"],
      [10, "2.2", "Chưa thực hiện"],
    ]);
  });

  it("reads no part's heading as a task", () => {
    expect(c.tasks.filter((t) => /TÌNH HÌNH|KẾT QUẢ KHẢO SÁT/.test(t.content))).toEqual([]);
  });
});

describe("a task's form a sheet each, its labels numbered, and a sheet of figures' cards, labels merged over two columns", () => {
  const form = (sheet: string, code: string, work: string, lead: string, due: string, state: string, share: string) =>
    gridOf(
      [
        ["UBND XÃ TÂN BÌNH"],
        [],
        ["PHIẾU THEO DÕI NHIỆM VỤ"],
        [],
        ["1. Tiêu chí:", null, code],
        ["2. Nội dung nhiệm vụ:", null, work],
        ["3. Người chủ trì:", null, lead],
        ["4. Người phối hợp:", null, "Hội Nông dân xã"],
        ["5. Thời hạn hoàn thành:", null, due],
        ["6. Tình trạng:", null, state],
        ["7. Mức độ hoàn thành:", null, share],
      ],
      { sheet, merges: merged(...[5, 6, 7, 8, 9, 10, 11].flatMap((r) => [`A${r}:B${r}`, `C${r}:F${r}`])) },
    );
  const c = consolidate(
    [
      {
        file: "phieu.xlsx",
        ok: true,
        grids: [
          form(
            "NV 1.4",
            "TCTP 1.4 - Giải ngân vốn đầu tư công",
            "Kiểm tra hiện trường các công trình chậm tiến độ",
            "Chủ tịch UBND xã",
            "31/01/2022",
            "Đang thực hiện",
            "60%",
          ),
          form(
            "NV 1.7",
            "TC 1.7 - Chỉ tiêu KT-XH do HĐND xã giao",
            "Đôn đốc các ngành thực hiện chỉ tiêu năm 2021",
            "Công chức Văn phòng - Thống kê",
            "15/12/2021",
            "Đang triển khai",
            "80",
          ),
          gridOf(
            [
              ["PHIẾU SỐ LIỆU CHỈ TIÊU"],
              [],
              ["Chỉ tiêu:", null, "1.4 - Giải ngân vốn đầu tư công"],
              ["Số liệu tính đến ngày:", null, "30/11/2021"],
              ["Kế hoạch vốn giao (triệu đồng):", null, 5000],
              ["Đã giải ngân (triệu đồng):", null, 3900],
              ["Tỷ lệ giải ngân:", null, "78%"],
            ],
            { sheet: "Số liệu", merges: merged(...[3, 4, 5, 6, 7].flatMap((r) => [`A${r}:B${r}`, `C${r}:F${r}`])) },
          ),
        ],
      },
    ],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("reads each form as its task, with whom it is shared", () => {
    const tasks = [...c.tasks].sort((a, b) => (a.code ?? "").localeCompare(b.code ?? ""));
    expect(tasks.map((t) => [t.code, t.due, t.status, t.progress, t.partners])).toEqual([
      ["1.4", "2022-01-31", "Đang thực hiện", 60, "Hội Nông dân xã"],
      ["1.7", "2021-12-15", "Đang thực hiện", 80, "Hội Nông dân xã"],
    ]);
  });

  it("names no form's sheet a past year's copy for its one deadline", () => {
    expect(c.problems.filter((p) => p.code === "SHEET_PAST_YEAR")).toEqual([]);
  });

  it("reads the card of figures beside its merged labels, and skips no sheet", () => {
    const r = c.readings.find((x) => x.code === "1.4");
    expect([r?.numerator, r?.denominator, r?.date]).toEqual([3900, 5000, "2021-11-30"]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED")).toEqual([]);
  });
});

describe("a desk's month figures tabled among a criterion's measures, headed by their periods, a note giving their day", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND - THÁNG 11/2021"],
    [],
    ["Mã TC", "Giải pháp", "Người thực hiện", "Thời hạn", "Tiến độ (%)", "Trạng thái"],
    ["1.2", "TỶ LỆ HỒ SƠ TTHC GIẢI QUYẾT ĐÚNG HẠN"],
    [null, "Nhắc việc hồ sơ sắp đến hạn trên phần mềm một cửa", "Bộ phận Một cửa", "Hàng tuần", 90, "Đang TH"],
    [null, "Tháng", "Tiếp nhận", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn"],
    [null, "Tháng 10/2021", 120, 120, 0, "100%"],
    [null, "Tháng 11/2021", 131, 130, 1, "99,24%"],
    [null, "(Số liệu tháng 11 tính đến ngày 26/11/2021)"],
    ["2.4", "CHỈ SỐ HÀI LÒNG VỀ KẾT QUẢ GIẢI QUYẾT TTHC"],
    [null, "Đánh giá chất lượng giải quyết TTHC qua thiết bị điện tử", "CC VP-TK", "Tháng 12/2021", 0, "Chưa TH"],
    [null, "Đánh giá qua thiết bị điện tử", "Lượt đánh giá", "Hài lòng", "Tỷ lệ"],
    [null, "Tháng 11/2021", 80, 76, 0.95],
  ]);

  it("reads each month's figures as the criterion's readings", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual(
      expect.arrayContaining([
        ["1.2", "Tháng 10/2021", 120, 120],
        ["1.2", expect.stringContaining("Tháng 11/2021"), 130, 131],
        ["2.4", "Tháng 11/2021", 76, 80],
      ]),
    );
  });

  it("keeps every measure a task and makes none of the figures' rows", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.2"],
      [11, "2.4"],
    ]);
  });
});

describe("figures dated by the row, a day typed as a date among them, under a task list", () => {
  const c = consolidateSheet([
    ["THEO DÕI TIÊU CHÍ THÀNH PHẦN 1.3: TỶ LỆ ĐẠT CHUẨN CỦA CÁN BỘ, CÔNG CHỨC CẤP XÃ"],
    [],
    ["TT", "Công việc", "Người phụ trách", "Hạn chót", "Kết quả"],
    [1, "Rà soát trình độ chuyên môn của cán bộ, công chức", "CC VP-TK", "31/10/2021", "Đã xong"],
    [],
    [null, "SỐ LIỆU ĐẠT CHUẨN"],
    [null, "Thời điểm", "Tổng số CB, CC", "Số đạt chuẩn", "Tỷ lệ đạt chuẩn"],
    [null, "31/12/2020", 20, 17, "85%"],
    [null, { date: "2021-11-15" as IsoDate }, 20, 18, "90%"],
  ]);

  it("reads both days' figures and no task of them", () => {
    expect(c.readings.map((r) => [r.date, r.numerator, r.denominator])).toEqual([
      ["2020-12-31", 17, 20],
      ["2021-11-15", 18, 20],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([4]);
  });
});
