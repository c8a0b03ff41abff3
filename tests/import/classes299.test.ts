import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf, merged } from "../helpers/grids";

// Classes found by blind sets 296-304.

const day = (d: string) => ({ date: d as IsoDate });

describe("a year's band over its quarters, two years side by side", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ SÔNG HINH", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [],
      ["SO SÁNH MỘT SỐ CHỈ SỐ CCHC NĂM 2020 - 2021 (THEO QUÝ)"],
      [],
      ["TT", "Chỉ số", "NĂM 2020", null, null, null, "NĂM 2021", null, null, null, "Ghi chú"],
      [null, null, "Quý I", "Quý II", "Quý III", "Quý IV", "Quý I", "Quý II", "Quý III", "Quý IV"],
      [1, "Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4 (%)", 4.1, 5.6, 6, 7.2, 8.2, 9.5, 12.3, null, "Quý IV đang tổng hợp"],
      [2, "Tỷ lệ hồ sơ giải quyết đúng hạn (%)", 96.5, 97, 98.2, 97.8, 98.4, 99.1, 100],
    ],
    { merges: merged("A3:K3", "C5:F5", "G5:J5", "A5:A6", "B5:B6", "K5:K6") },
  );

  it("reads each quarter under its own year's band, never the band as a whole year", () => {
    const on = (row: number) => c.readings.filter((r) => r.source.row === row).map((r) => `${r.period}=${r.value}`);
    expect(on(7)).toEqual([
      "Quý I/2020=4.1",
      "Quý II/2020=5.6",
      "Quý III/2020=6",
      "Quý IV/2020=7.2",
      "Quý I/2021=8.2",
      "Quý II/2021=9.5",
      "Quý III/2021=12.3",
    ]);
    expect(on(8)).toHaveLength(7);
    expect(c.readings.some((r) => /^Năm/.test(r.period))).toBe(false);
  });
});

describe("the council's targets table with last year's figures beside this year's estimate", () => {
  const targets: Array<[string, string, number, number, number, number, string]> = [
    ["Tốc độ tăng trưởng kinh tế (GRDP)", "%", 6.8, 7.2, 7.5, 104.17, "Vượt"],
    ["Tổng giá trị sản xuất", "tỷ đồng", 850, 920, 935, 101.63, "Vượt"],
    ["Thu nhập bình quân đầu người", "triệu đồng", 38.5, 42, 41.2, 98.1, "Không đạt"],
    ["Tổng thu ngân sách trên địa bàn", "triệu đồng", 5200, 5500, 5810, 105.64, "Vượt"],
    ["Tổng diện tích gieo trồng", "ha", 2450, 2500, 2510, 100.4, "Đạt"],
    ["Tỷ lệ hộ nghèo (theo chuẩn mới)", "%", 5.8, 4.8, 4.6, 95.83, "Đạt"],
    ["Tỷ lệ người dân tham gia BHYT", "%", 91.5, 93, 93.4, 100.43, "Đạt"],
    ["Tỷ lệ gia đình đạt danh hiệu văn hóa", "%", 88, 90, 89, 98.89, "Không đạt"],
  ];
  const c = consolidateSheet([
    ["UBND XÃ KRÔNG NĂNG"],
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2021"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2020", "Kế hoạch năm 2021 (NQ HĐND)", "Ước thực hiện năm 2021", "So với KH (%)", "Đánh giá"],
    ...targets.map((t, i) => [i + 1, ...t]),
    [],
    ["Tổng hợp: có 6/8 chỉ tiêu đạt và vượt kế hoạch HĐND xã giao (đạt 75%); 02 chỉ tiêu không đạt."],
  ]);

  it("reads the growth rate from this year's column, never last year's beside it", () => {
    const growth = c.readings.filter((r) => r.code === "1.6");
    expect(growth.map((r) => [r.period, r.value])).toEqual([["Năm 2021", 7.5]]);
  });

  it("takes a line under the table restating its share met for the table's reading, not a second one without a period", () => {
    const met = c.readings.filter((r) => r.code === "1.7");
    expect(met.map((r) => [r.period, r.numerator, r.denominator])).toEqual([["Năm 2021", 6, 8]]);
    expect(met[0].note).toContain("dòng 14 ghi lại cùng số liệu");
    expect(c.problems.filter((p) => p.code === "READING_WITHOUT_PERIOD")).toEqual([]);
  });
});

describe("rows of one indicator under a heading that names it only in words", () => {
  const c = consolidateSheet([
    ["UBND XÃ ĐAK PƠ"],
    ["SỐ LIỆU THỰC HIỆN MỘT SỐ TIÊU CHÍ CHỈ SỐ CCHC NĂM 2021"],
    [],
    ["TT", "Nội dung", "ĐVT", "Quý I", "Quý II", "Quý III", "Ghi chú"],
    ["I", "Cán bộ, công chức cấp xã đạt chuẩn"],
    [null, "Số CBCC đạt chuẩn", "người", 16, 16, 17],
    [null, "Tổng số CBCC", "người", 20, 20, 20],
    [null, "Tỷ lệ đạt chuẩn", "%", 80, 80, 85],
    ["II", "Chỉ tiêu phát triển kinh tế - xã hội do HĐND xã giao"],
    [null, "Số chỉ tiêu đạt và vượt", "chỉ tiêu", "-", 9, "-"],
    [null, "Tổng số chỉ tiêu", "chỉ tiêu", 18, 18, 18],
    [null, "Tỷ lệ (%)", "%", null, 50, null],
    ["III", "Tổng sản phẩm trên địa bàn (GRDP)"],
    [null, "Tốc độ tăng so với cùng kỳ", "%", 5.2, 6.1, 6.8, "Số ước"],
  ]);
  const codeOn = (row: number) => [...new Set(c.readings.filter((r) => r.source.row === row).map((r) => r.code))];

  it("suggests the criterion the heading names for rows saying only 'Tỷ lệ (%)' or 'Tốc độ tăng'", () => {
    expect(codeOn(12)).toEqual(["1.7"]);
    expect(codeOn(14)).toEqual(["1.6"]);
    expect(codeOn(8)).toEqual(["1.3"]);
  });
});

describe("'Thực tế HT' under a band of dates beside 'Giao' and 'Hạn'", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ LONG THẠNH"],
      ["THEO DÕI THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      ["TT", "Nội dung", "Tiêu chí", "Giao cho", "THỜI GIAN (ngày/tháng)", null, null, null, "% TH", "Ghi chú"],
      [null, null, null, null, "Giao", "Số ngày", "Hạn", "Thực tế HT"],
      [
        1,
        "Ban hành Quyết định kiện toàn Bộ phận Tiếp nhận và trả kết quả xã",
        "2.3",
        "CC VP-TK",
        day("2021-09-01"),
        30,
        day("2021-10-01"),
        day("2021-09-28"),
        100,
      ],
      [2, "Rà soát, đề xuất đơn giản hóa TTHC rườm rà, phức tạp", "2.2", "CC VP-TK", day("2021-09-15"), 45, day("2021-10-30"), null, 40],
      [3, "Kiểm tra kỷ luật, kỷ cương hành chính tại Bộ phận Một cửa", "2.3", "Chủ tịch UBND xã", "1/10", null, "31/12", "10/12", 100],
    ],
    { merges: merged("E3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "I3:I4", "J3:J4") },
  );

  it("takes the actual day done from 'Thực tế HT', never the day the work was given", () => {
    expect(c.tasks.map((t) => [t.due, t.doneDate, t.status])).toEqual([
      ["2021-10-01", "2021-09-28", "Hoàn thành"],
      ["2021-10-30", null, "Đang thực hiện"],
      ["2021-12-31", "2021-12-10", "Hoàn thành"],
    ]);
  });
});

describe("survey rounds named by their quarter, the survey's day or month under each", () => {
  const c = consolidateSheet([
    ["UBND XÃ AN PHÚ"],
    ["KẾT QUẢ KHẢO SÁT CHỈ SỐ HÀI LÒNG (SIPAS) NĂM 2021"],
    [],
    ["Nội dung", "Năm 2020", "Khảo sát quý II", "Khảo sát quý IV", "Ghi chú"],
    ["(ngày khảo sát)", null, "tháng 6/2021", "15/11/2021"],
    ["2.1 Tiếp cận dịch vụ", 78.5, 80.2, 82.4],
    ["2.2 Thủ tục hành chính", 80.1, 81, 83.5],
    ["2.3 Công chức giải quyết TTHC", 82.3, 82.3, 84],
  ]);

  it("reads every round, each at its quarter and the day it was taken", () => {
    expect(c.readings.filter((r) => r.code === "2.1").map((r) => [r.period, r.date, r.value])).toEqual([
      ["Năm 2020", "2020-12-31", 78.5],
      ["Quý II/2021", "2021-06-30", 80.2],
      ["Quý IV/2021 (đến 15/11/2021)", "2021-11-15", 82.4],
    ]);
    expect(c.readings).toHaveLength(9);
  });
});

describe("criterion headings with their code in a column of their own, over tasks ticked by state", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ CÁT TIÊN"],
      ["THEO DÕI NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC VÀ SIPAS - NĂM 2021"],
      ["TT", "Nội dung nhiệm vụ", "Mã TC", "Chủ trì", "Thời hạn", "Tình trạng", null, null, "Ngày HT", "Ghi chú"],
      [null, null, null, null, null, "Chưa TH", "Đang TH", "Đã HT"],
      ["A", "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)"],
      ["I", "Tiêu chí thành phần 1.2 - Hồ sơ TTHC giải quyết đúng hạn", "1.2", "CC VP-TK", day("2021-12-31")],
      [
        "1",
        "Tư vấn, hướng dẫn người dân lập hồ sơ chứng thực, hộ tịch đúng quy định",
        null,
        "CC TP-HT",
        day("2021-06-30"),
        null,
        null,
        "x",
        day("2021-06-28"),
      ],
      ["2", "Báo cáo số hồ sơ trễ hạn lĩnh vực hộ tịch hằng tháng", null, null, null, null, "x"],
      ["B", "CHỈ SỐ HÀI LÒNG (SIPAS)"],
      ["I", "2.4 - Hài lòng về kết quả giải quyết TTHC", "2.4", "CC VP-TK", day("2021-12-31")],
      ["1", "Công khai xin lỗi khi hồ sơ hộ tịch trễ hẹn", null, "CC TP-HT", null, null, "x"],
      [],
      ["Cộng", "3 nhiệm vụ", null, null, null, 1, 1, 1],
    ],
    { merges: merged("F3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "I3:I4", "J3:J4") },
  );

  it("takes each criterion's row for a heading, its code, lead and deadline passing to the tasks that lack them", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [7, "1.2", "Công chức Tư pháp-Hộ tịch", "2021-06-30"],
      [8, "1.2", "Công chức Văn phòng-Thống kê", "2021-12-31"],
      [11, "2.4", "Công chức Tư pháp-Hộ tịch", "2021-12-31"],
    ]);
  });

  it("takes 'Cộng | 3 nhiệm vụ' with its counts by state for a total, never a task", () => {
    expect(c.tasks.some((t) => /nhiệm vụ$/.test(t.content))).toBe(false);
  });
});

describe("a numbered heading merged down over two rows, naming its criterion in brackets, over rows marked '-'", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ HÒA THẠNH"],
      ["KẾ HOẠCH THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021 - LĨNH VỰC ĐẤT ĐAI, XÂY DỰNG"],
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Phối hợp", "Hạn hoàn thành", "Trạng thái", "Ngày hoàn thành"],
      [
        "1",
        "Nâng cao tỷ lệ hồ sơ TTHC đất đai được xử lý trực tuyến mức độ 3, 4 (Tiêu chí 1.1)",
        "1.1",
        "CC ĐC-XD",
        "BP Một cửa",
        day("2021-12-31"),
      ],
      [],
      ["-", "Số hóa hồ sơ đất đai tiếp nhận từ năm 2020", null, null, null, day("2021-09-30"), "Hoàn thành", day("2021-09-30")],
      ["-", "Hướng dẫn người dân nộp hồ sơ đăng ký biến động đất đai trực tuyến", null, null, null, null, "Đang thực hiện"],
      [
        "2",
        "Giải ngân vốn đầu tư công các công trình giao thông nông thôn (Tiêu chí 1.4)",
        "1.4",
        "PCT UBND xã",
        "CC TC-KT",
        day("2022-01-31"),
      ],
      [],
      [
        "-",
        "Nghiệm thu, thanh toán công trình đường liên thôn 2-3",
        null,
        "CC ĐC-XD",
        null,
        day("2021-10-31"),
        "Hoàn thành",
        day("2021-11-05"),
      ],
      ["-", "Kiểm tra tiến độ thi công tại thực địa hằng tháng", null, null, null, null, "Đang thực hiện"],
    ],
    { merges: merged("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "A8:A9", "B8:B9", "C8:C9", "D8:D9", "E8:E9", "F8:F9") },
  );

  it("reads the numbered rows as headings whose code, lead and deadline the rows under them take", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [6, "1.1", "Công chức Địa chính-Xây dựng", "2021-09-30"],
      [7, "1.1", "Công chức Địa chính-Xây dựng", "2021-12-31"],
      [10, "1.4", "Công chức Địa chính-Xây dựng", "2021-10-31"],
      [11, "1.4", "Phó Chủ tịch Ủy ban nhân dân xã", "2022-01-31"],
    ]);
  });
});

describe("criterion rows numbered '1', '2' over rows numbered within them, one with a state of its own", () => {
  const c = consolidateSheet(
    [
      ["ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"],
      ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND (CẬP NHẬT ĐẾN 10/12/2021)"],
      ["TT", "Mã TC", "Nhiệm vụ, giải pháp", "Phân công", null, "Thời hạn", "Kết quả thực hiện"],
      [null, null, null, "Chủ trì", "Phối hợp", null, "Trạng thái", "% hoàn thành", "Ngày HT"],
      ["A", null, "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
      ["1", "1.2", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", "CC VP-TK", "BP TN&TKQ", "Trong năm 2021"],
      ["1.1", null, "Theo dõi, đôn đốc giải quyết hồ sơ, giảm tỷ lệ hồ sơ trễ hẹn", null, null, null, "Đang thực hiện", 80],
      [
        "1.2",
        null,
        "Thực hiện xin lỗi người dân bằng văn bản khi hồ sơ trễ hẹn",
        null,
        null,
        day("2021-06-30"),
        "Hoàn thành",
        100,
        day("2021-06-15"),
      ],
      ["B", null, "CHỈ SỐ SIPAS"],
      ["2", "2.3", "Hài lòng về công chức tại Bộ phận Tiếp nhận và trả kết quả", "CC VP-TK", "BP TN&TKQ", day("2021-12-31"), "Hoàn thành"],
      ["2.1", null, "Kiểm tra đột xuất giờ giấc, thái độ ứng xử tại Bộ phận Một cửa", null, null, null, "Đang thực hiện", 60],
    ],
    { merges: merged("D3:E3", "G3:I3", "A3:A4", "B3:B4", "C3:C4", "F3:F4") },
  );

  it("takes the criterion rows without a state for headings, their code, lead and deadline passing down", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [7, "1.2", "Công chức Văn phòng-Thống kê", "2021-12-31"],
      [8, "1.2", "Công chức Văn phòng-Thống kê", "2021-06-30"],
      [10, "2.3", "Công chức Văn phòng-Thống kê", "2021-12-31"],
      [11, "2.3", "Công chức Văn phòng-Thống kê", "2021-12-31"],
    ]);
  });

  it("keeps a numbered row with a state of its own as the task its parts belong to, naming it done while a part is not", () => {
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => p.row)).toEqual([10]);
  });
});

describe("Roman-numbered criteria by their code column over rows numbered '(1)', one with its own state", () => {
  const c = consolidateSheet([
    ["UBND XÃ PHÚ MỸ"],
    ["THEO DÕI NHIỆM VỤ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG VÀ PHÁT TRIỂN KT-XH NĂM 2021"],
    ["Tiêu chí", "STT", "Nội dung", "Đơn vị chủ trì", "Hạn", "Trạng thái", "Tiến độ %", "Ngày hoàn thành"],
    ["1.4", "I", "Giải ngân kế hoạch đầu tư vốn ngân sách nhà nước", "Chủ tịch UBND xã", day("2022-01-31")],
    [
      null,
      "(1)",
      "Phân công cán bộ, công chức trực tiếp phụ trách giải ngân từng dự án",
      null,
      day("2021-03-31"),
      "Hoàn thành",
      100,
      day("2021-03-25"),
    ],
    [null, "(2)", "Giải ngân đạt 100% kế hoạch vốn đầu tư công được giao", "CC TC-KT", null, "Đang thực hiện", 82],
    ["1.7", "II", "Thực hiện các chỉ tiêu phát triển KT-XH do HĐND xã giao", "CC TC-KT", day("2021-12-31"), "Đang thực hiện"],
    [null, "(1)", "Triển khai Nghị quyết 42/NQ-HĐND về kế hoạch phát triển KT-XH, ANQP năm 2021", null, null, null, 90],
  ]);

  it("passes each criterion's lead and deadline to its rows, the second's own state said", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [5, "1.4", "Chủ tịch Ủy ban nhân dân xã", "2021-03-31"],
      [6, "1.4", "Công chức Tài chính-Kế toán", "2022-01-31"],
      [8, "1.7", "Công chức Tài chính-Kế toán", "2021-12-31"],
    ]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 7 && p.message.includes("Đang thực hiện"))).toBe(true);
  });
});

describe("the desk's fields as bands ('LĨNH VỰC HỘ TỊCH'), its weeks down in 'Từ ngày | Đến ngày'", () => {
  const WAYS = ["Trực tuyến", "Trực tiếp", "Trước hạn", "Đúng hạn", "Quá hạn"];
  const c = consolidateSheet(
    [
      ["UBND XÃ PHÚ AN"],
      ["SỔ THEO DÕI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC THEO TUẦN"],
      ["(Quý IV năm 2021)"],
      ["STT", "Từ ngày", "Đến ngày", "LĨNH VỰC HỘ TỊCH", null, null, null, null, "LĨNH VỰC CHỨNG THỰC", null, null, null, null, "Ghi chú"],
      [null, null, null, "Tiếp nhận", null, "Đã giải quyết", null, null, "Tiếp nhận", null, "Đã giải quyết"],
      [null, null, null, ...WAYS, ...WAYS],
      [1, day("2021-10-04"), day("2021-10-10"), 2, 9, 3, 7, 0, 0, 25, 20, 5, 0],
      [2, day("2021-10-11"), day("2021-10-17"), 1, 11, 4, 8, 0, 1, 30, 22, 9, 0],
      [3, day("2021-10-18"), "24/10/2021", 3, 6, 2, 6, 1, 0, 28, 25, 3, 0],
      ["Cộng", null, null, 6, 26, 9, 21, 1, 1, 83, 67, 17, 0],
    ],
    { merges: merged("D4:H4", "I4:M4", "A4:A6", "B4:B6", "C4:C6", "D5:E5", "F5:H5", "I5:J5", "K5:M5", "N4:N6", "A10:C10") },
  );

  it("reads a record per field and week, the week's days from its own row", () => {
    expect(c.dossiers?.map((d) => [d.source.row, d.field, d.from, d.to, d.online, d.inPerson, d.late])).toEqual([
      [7, "HỘ TỊCH", "2021-10-04", "2021-10-10", 2, 9, 0],
      [7, "CHỨNG THỰC", "2021-10-04", "2021-10-10", 0, 25, 0],
      [8, "HỘ TỊCH", "2021-10-11", "2021-10-17", 1, 11, 0],
      [8, "CHỨNG THỰC", "2021-10-11", "2021-10-17", 1, 30, 0],
      [9, "HỘ TỊCH", "2021-10-18", "2021-10-24", 3, 6, 1],
      [9, "CHỨNG THỰC", "2021-10-18", "2021-10-24", 0, 28, 0],
    ]);
  });
});

describe("the survey's rate for each aspect in a column of its own, its periods down the rows", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ PHÚ THỊNH"],
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)"],
      ["Kỳ khảo sát", "Số phiếu hợp lệ", "Tỷ lệ hài lòng theo từng nội dung (%)", null, null, null, null, "Ghi chú"],
      [
        null,
        null,
        "Tiếp cận dịch vụ",
        "Tổ chức giải quyết TTHC",
        "Công chức giải quyết TTHC",
        "Kết quả giải quyết TTHC",
        "Tiếp nhận, xử lý ý kiến phản ánh, kiến nghị",
      ],
      ["Năm 2020", 120, 0.865, 0.842, 0.887, 0.871, 0.798],
      ["6 tháng đầu năm 2021", 85, "88,2%", "85,9%", "90,6%", "89,4%", "83,1%"],
      ["Chỉ tiêu năm 2021", null, "≥ 86,5%", "> 84,2%", "≥ 88,7%", "≥ 87,1%", "≥ 79,8%"],
    ],
    { merges: merged("C3:G3", "A3:A4", "B3:B4", "H3:H4") },
  );

  it("reads every aspect as its own criterion's reading for each period", () => {
    const on = (row: number) => c.readings.filter((r) => r.source.row === row).map((r) => `${r.code}=${r.value}`);
    expect(on(5)).toEqual(["2.1=86.5", "2.2=84.2", "2.3=88.7", "2.4=87.1", "2.5=79.8"]);
    expect(on(6)).toEqual(["2.1=88.2", "2.2=85.9", "2.3=90.6", "2.4=89.4", "2.5=83.1"]);
    expect(on(7)).toEqual([]);
  });
});

describe("an indicator's rows under its heading in words, with a target row and a row against the target", () => {
  const c = consolidateSheet([
    ["UBND XÃ TÂN LỘC"],
    ["TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG VÀ THỰC HIỆN CHỈ TIÊU KT-XH NĂM 2021"],
    ["TT", "Nội dung", "Đến 30/6/2021", "Đến 30/9/2021", "Đến 30/11/2021", "Ghi chú"],
    ["I", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước"],
    [1, "Kế hoạch vốn được giao", 4850, 4850, 5120],
    [2, "Giá trị đã giải ngân", 1620, 3010, 4350],
    [3, "Tỷ lệ giải ngân (%)", 33.4, 62.06, 84.96],
    [4, "Chỉ tiêu theo Kế hoạch 49 (%)", null, 60, null, "Đến 31/01/2022 đạt 100%"],
    [5, "So với chỉ tiêu (%)", null, 103.4],
    ["II", "Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND xã giao"],
    [1, "Tổng số chỉ tiêu HĐND xã giao", null, 18, 18],
    [2, "Số chỉ tiêu đạt và vượt", null, 12, 15],
    [3, "Tỷ lệ đạt (%)", null, 66.7, 88.3],
  ]);

  it("reads the target and the figure against it as no reading, and names both", () => {
    expect(c.readings.filter((r) => r.source.row === 8 || r.source.row === 9)).toEqual([]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && (p.row === 8 || p.row === 9))).toHaveLength(2);
  });

  it("reads the council's targets met from its counts under the heading, a rate that disagrees named", () => {
    const met = c.readings.filter((r) => r.code === "1.7").map((r) => [r.period, r.numerator, r.denominator, r.value]);
    // (The rate written is kept where it disagrees with its counts, and named.)
    expect(met).toEqual([
      ["Đến 30/9/2021", 12, 18, (12 / 18) * 100],
      ["Đến 30/11/2021", null, null, 88.3],
    ]);
    expect(c.problems.some((p) => p.code === "RATE_MISMATCH" && p.row === 13)).toBe(true);
  });
});

describe("a band of columns per official, each over 'Việc | Hạn | Xong'", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ IA PẾCH"],
      ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
      ["STT", "Chị Lan - CC VH-XH", null, null, "Anh Tuấn - CC VP-TK", null, null, "Chị Hạnh - BP Một cửa"],
      [null, "Việc", "Hạn", "Xong", "Việc", "Hạn", "Xong", "Việc", "Hạn", "Xong"],
      [
        1,
        "Tuyên truyền trên loa phát thanh về dịch vụ công mức độ 3, 4",
        day("2021-06-30"),
        day("2021-06-25"),
        "Rà soát đội ngũ CBCC theo chức danh, tham mưu cử đi bồi dưỡng chuẩn hóa",
        day("2021-10-31"),
        day("2021-10-28"),
        "Niêm yết công khai bộ TTHC mới tại Bộ phận một cửa",
        day("2021-08-31"),
        day("2021-08-20"),
      ],
      [
        2,
        "Viết tin bài về CCHC đăng Trang TTĐT xã",
        day("2021-09-30"),
        null,
        null,
        null,
        null,
        "Bổ sung ghế chờ tại Bộ phận một cửa",
        day("2021-10-31"),
      ],
    ],
    { merges: merged("B3:D3", "E3:G3", "H3:J3", "A3:A4") },
  );

  it("reads every band's rows, each led by the official its band names", () => {
    const got = c.tasks.map((t) => [t.source.row, t.lead, t.due] as const).sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    expect(got).toEqual([
      [5, "Bộ phận Tiếp nhận và trả kết quả xã", "2021-08-31"],
      [5, "Công chức Văn hóa-Xã hội", "2021-06-30"],
      [5, "Công chức Văn phòng-Thống kê", "2021-10-31"],
      [6, "Bộ phận Tiếp nhận và trả kết quả xã", "2021-10-31"],
      [6, "Công chức Văn hóa-Xã hội", "2021-09-30"],
    ]);
    expect(c.problems.some((p) => p.code === "LEGEND_READ" && p.row === 3)).toBe(true);
  });
});

describe("a sheet of the keeper's notes or reminders, a line a row", () => {
  const tasks = gridOf(
    [
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Trạng thái"],
      [1, "Tuyên truyền dịch vụ công trực tuyến trên loa truyền thanh", "CC VH-XH", day("2021-11-30"), "Đang thực hiện"],
    ],
    { sheet: "KH 2021" },
  );
  const notes = gridOf(
    [
      ["Ghi chú của người theo dõi:"],
      ["- Tháng 7 mất điện 2 tuần, loa truyền thanh không hoạt động."],
      ["- Chưa nhập số liệu quý III, chờ phần mềm Một cửa xuất báo cáo."],
    ],
    { sheet: "Ghi chu" },
  );
  const rules = gridOf(
    [
      ["LƯU Ý KHI CẬP NHẬT SỔ"],
      ["1. Cập nhật cột Tiến độ trước ngày 10 hằng tháng."],
      ["2. Không xóa dòng; nhiệm vụ không thực hiện nữa thì gạch ngang."],
    ],
    { sheet: "Luu y" },
  );
  const c = consolidate([{ file: "so.xlsx", ok: true, grids: [tasks, notes, rules] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);

  it("reads no task from the notes' or the reminders' lines, and names both sheets as skipped", () => {
    expect(c.tasks.map((t) => t.source.sheet)).toEqual(["KH 2021"]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED").map((p) => p.sheet)).toEqual(["Ghi chu", "Luu y"]);
  });
});

describe("the desk's months as bands, fields grouped under Roman-numbered rows, rate lines under the table", () => {
  const MONTH = ["Nhận trực tuyến", "Nhận trực tiếp", "Giải quyết đúng hạn", "Giải quyết quá hạn"];
  const c = consolidateSheet(
    [
      ["UBND XÃ XUÂN LỘC"],
      ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ III/2021"],
      ["TT", "Lĩnh vực", "Tháng 7/2021", null, null, null, "Tháng 8/2021", null, null, null, "Ghi chú"],
      [null, null, ...MONTH, ...MONTH],
      ["I", "Tư pháp - Hộ tịch"],
      [1, "Hộ tịch", 3, 38, 40, 1, 5, 41, 45, 0],
      [2, "Chứng thực", 0, 120, 120, 0, 0, 131, 130, 1],
      ["II", "Địa chính - Xây dựng"],
      [3, "Đất đai", 0, 6, 5, 1, 0, 4, 4, 0],
      ["Tổng cộng", null, 3, 164, 165, 2, 5, 176, 179, 1],
      [],
      ["- Tỷ lệ hồ sơ giải quyết đúng hạn quý III/2021:", null, null, null, null, 0.9944],
    ],
    { merges: merged("C3:F3", "G3:J3", "A3:A4", "B3:B4", "K3:K4") },
  );

  it("reads no record for a row naming a group of fields, and names it", () => {
    expect([...new Set(c.dossiers?.map((d) => d.field))]).toEqual(["Hộ tịch", "Chứng thực", "Đất đai"]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && (p.row === 5 || p.row === 8))).toHaveLength(2);
  });

  it("reads a rate line naming its period under a table of several months", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.source.row])).toEqual([["1.2", "Quý III/2021", 12]]);
  });
});

describe("'Lũy kế 11 tháng' beside the months of a rate", () => {
  const c = consolidateSheet([
    ["UBND XÃ ĐÔNG HÒA"],
    ["TÌNH HÌNH GIẢI QUYẾT TTHC THEO THÁNG - NĂM 2021"],
    ["STT", "Chỉ tiêu", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12", "Lũy kế 11 tháng", "Ghi chú"],
    [1, "Tỷ lệ hồ sơ giải quyết đúng hạn", "97,9%", "99,4%", "100%", null, "98,4%"],
  ]);

  it("reads the year's rate so far, to the end of November, never leaving it as the months' sum", () => {
    const soFar = c.readings.filter((r) => r.value === 98.4);
    expect(soFar.map((r) => [r.code, r.date])).toEqual([["1.2", "2021-11-30"]]);
    expect(soFar[0].period).toContain("Năm 2021 (đến 30/11/2021)");
  });
});

describe("the desk's field merged down over its months' rows", () => {
  const c = consolidateSheet(
    [
      ["SỐ LIỆU HỒ SƠ TTHC THEO THÁNG (QUÝ IV/2021)"],
      [
        "Lĩnh vực",
        "Từ ngày",
        "Đến ngày",
        "Tiếp nhận",
        "Trong đó trực tuyến",
        "Giải quyết đúng hạn",
        "Giải quyết trễ hạn",
        "Đang giải quyết",
      ],
      ["Hộ tịch", day("2021-10-01"), day("2021-10-31"), 35, 4, 33, 0, 2],
      [null, day("2021-11-01"), day("2021-11-30"), 28, 6, 29, 1, 0],
      ["Chứng thực", day("2021-10-01"), day("2021-10-31"), 110, 0, 110, 0, 0],
      [null, day("2021-11-01"), day("2021-11-30"), 96, 0, 96, 0, 0],
      ["Cộng", null, null, 269, 10, 268, 1, 2],
    ],
    { merges: merged("A3:A4", "A5:A6") },
  );

  it("reads every month's row as its merged field's", () => {
    expect(c.dossiers?.map((d) => [d.source.row, d.field, d.from, d.onTime])).toEqual([
      [3, "Hộ tịch", "2021-10-01", 33],
      [4, "Hộ tịch", "2021-11-01", 29],
      [5, "Chứng thực", "2021-10-01", 110],
      [6, "Chứng thực", "2021-11-01", 96],
    ]);
  });
});

describe("the desk's months as bands over 'Tiếp nhận | Đã giải quyết | Trong đó quá hạn'", () => {
  const MONTH = ["Tiếp nhận", "Đã giải quyết", "Trong đó quá hạn"];
  const c = consolidateSheet(
    [
      ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2021"],
      ["STT", "Lĩnh vực", "Tháng 7/2021", null, null, "Tháng 8/2021", null, null, "Ghi chú"],
      [null, null, ...MONTH, ...MONTH],
      [1, "Hộ tịch", 38, 36, 0, 21, 22, 1],
      [2, "Chứng thực", 95, 95, 0, 60, 60, 0],
    ],
    { merges: merged("C2:E2", "F2:H2", "A2:A3", "B2:B3", "I2:I3") },
  );

  it("reads each field and month, those resolved in time the resolved less the late", () => {
    expect(c.dossiers?.map((d) => [d.field, d.from, d.onTime, d.late])).toEqual([
      ["Hộ tịch", "2021-07-01", 36, 0],
      ["Chứng thực", "2021-07-01", 95, 0],
      ["Hộ tịch", "2021-08-01", 21, 1],
      ["Chứng thực", "2021-08-01", 60, 0],
    ]);
  });
});

describe("the desk's daily log saying 'Trả đúng hạn | Trả quá hạn'", () => {
  const c = consolidateSheet(
    [
      ["SO NHAT KY HO SO TTHC - THANG 10/2021"],
      ["Ngay", "Linh vuc", "Tiep nhan truc tiep", "Tiep nhan truc tuyen", "Tra dung han", "Tra qua han"],
      [day("2021-10-01"), "Ho tich", 3, 0, 3, 0],
      [null, "Chung thuc", 12, 0, 12, 0],
      [day("2021-10-04"), "Ho tich", 2, 1, 2, 1],
      [null, "Chung thuc", 9, 0, 9, 0],
    ],
    { merges: merged("A3:A4", "A5:A6") },
  );

  it("reads the month's records by field, never skipping the sheet", () => {
    expect(c.dossiers?.map((d) => [d.field, d.inPerson, d.online, d.onTime, d.late])).toEqual([
      ["Ho tich", 5, 1, 5, 1],
      ["Chung thuc", 21, 0, 21, 0],
    ]);
  });
});

describe("the survey's aspects beside its overall index, rounds down the rows, a target in words merged across", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
      ["Đợt khảo sát", "Số phiếu", null, "Chỉ số hài lòng về", null, null, "Chỉ số SIPAS chung", "Ghi chú"],
      [null, "Phát ra", "Thu về", "Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức giải quyết TTHC"],
      ["Đợt 1 (từ ngày 12 đến 16/4/2021)", 100, 96, 84.5, "81,7%", 86.2, 83.4],
      ["Đợt 2 (ngày 20, 21/9/2021)", 120, 118, 87.3, 85.1, "88%", 86],
      ["Chỉ tiêu năm 2021", null, null, "Giữ vững hoặc nâng cao so với năm 2020"],
    ],
    { merges: merged("B2:C2", "D2:F2", "A2:A3", "G2:G3", "H2:H3", "D6:F6") },
  );

  it("reads each aspect's own rate for each round, never the overall index in its place", () => {
    const on = (row: number) => c.readings.filter((r) => r.source.row === row).map((r) => `${r.code}=${r.value}`);
    expect(on(4)).toEqual(["2.1=84.5", "2.2=81.7", "2.3=86.2"]);
    expect(on(5)).toEqual(["2.1=87.3", "2.2=85.1", "2.3=88"]);
    expect(c.problems.some((p) => p.code === "UNMAPPED_COLUMN" && p.column === "G")).toBe(true);
  });

  it("names what the aspects' rates leave out: the forms counted, words merged across the aspects", () => {
    expect(
      c.problems
        .filter((p) => p.code === "UNMAPPED_COLUMN")
        .map((p) => p.column)
        .sort(),
    ).toEqual(["B", "C", "G"]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 6 && p.column === "D")).toBe(true);
  });
});

describe("a Roman-numbered heading whose state stands in 'Kết quả', its code in the last column", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ GIẢI NGÂN VỐN ĐẦU TƯ VÀ PHÁT TRIỂN KINH TẾ NĂM 2021"],
    ["Số TT", "Nhiệm vụ, giải pháp", "Thời hạn", "Người thực hiện", "Tiến độ", "Kết quả", "Ngày xong", "Mã tiêu chí"],
    ["I", "GIẢI NGÂN KẾ HOẠCH VỐN ĐẦU TƯ CÔNG", day("2022-01-31"), "CT UBND", null, null, null, "1.4"],
    ["(1)", "Giải ngân đạt 100% kế hoạch vốn được giao", null, null, 0.82, "Đang thực hiện"],
    ["II", "TĂNG TRƯỞNG KINH TẾ TRÊN ĐỊA BÀN (GRDP)", "Trong năm 2021", "PCT UBND xã", 1, "Hoàn thành", null, "1.6"],
    ["(1)", "Hỗ trợ hộ sản xuất đăng ký sản phẩm OCOP", null, null, 0.5, "Đang thực hiện"],
  ]);

  it("takes it for the heading of the rows under it, never the task before it", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [4, "1.4", "Chủ tịch Ủy ban nhân dân xã", "2022-01-31"],
      [6, "1.6", "Phó Chủ tịch Ủy ban nhân dân xã", "2021-12-31"],
    ]);
    // (Its progress with its state: both its own.)
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.row === 5).map((p) => p.value)).toEqual(["1; Hoàn thành"]);
  });
});

describe("a 'Xong' column holding days, ticks and words", () => {
  const c = consolidateSheet([
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    ["STT", "Việc", "Hạn", "Xong"],
    [1, "Tuyên truyền trên loa phát thanh về dịch vụ công mức độ 3, 4", day("2021-06-30"), day("2021-06-25")],
    [2, "Viết tin bài về CCHC đăng Trang TTĐT xã", day("2021-09-30"), "x"],
    [3, "Nêu gương điển hình tiên tiến, sáng kiến CCHC của xã", day("2021-12-31"), null],
    [4, "Cập nhật thông tin TTHC lên loa, nhóm Zalo các thôn", "Quý IV", "đang làm, được 70%"],
    [5, "Bổ sung ghế chờ tại Bộ phận một cửa", day("2021-10-31"), "20/8"],
  ]);

  it("reads a day as done that day, a tick as done, words as the state they say", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [3, "Hoàn thành", "2021-06-25"],
      [4, "Hoàn thành", null],
      [5, "Chưa thực hiện", null],
      [6, "Đang thực hiện", null],
      [7, "Hoàn thành", "2021-08-20"],
    ]);
  });
});

describe("the desk's counts that cannot be so: a negative count in a band, a row's days the wrong way round", () => {
  const WAYS = ["Trực tuyến", "Trực tiếp", "Trước hạn", "Đúng hạn", "Quá hạn"];
  const bands = consolidateSheet(
    [
      ["SỔ THEO DÕI HỒ SƠ TTHC THEO TUẦN (QUÝ IV NĂM 2021)"],
      ["STT", "Từ ngày", "Đến ngày", "HỘ TỊCH", null, null, null, null, "CHỨNG THỰC"],
      [null, null, null, ...WAYS, ...WAYS],
      [1, day("2021-10-04"), day("2021-10-10"), 2, 9, 3, 7, 0, 0, 25, 20, 5, 0],
      [2, day("2021-10-11"), day("2021-10-17"), 1, 11, 4, 8, 0, 1, 30, 22, 9, -1],
    ],
    { merges: merged("D2:H2", "I2:M2", "A2:A3", "B2:B3", "C2:C3") },
  );
  const rows = consolidateSheet([
    ["SỐ LIỆU HỒ SƠ TTHC THEO THÁNG (QUÝ IV/2021)"],
    ["Lĩnh vực", "Từ ngày", "Đến ngày", "Tiếp nhận", "Trong đó trực tuyến", "Giải quyết đúng hạn", "Giải quyết trễ hạn"],
    ["Hộ tịch", day("2021-11-01"), day("2021-11-30"), 28, 6, 29, 1],
    ["Đất đai", day("2021-12-14"), day("2021-12-01"), 3, 1, 2, 0],
  ]);

  it("keeps the negative count as written and names it", () => {
    expect(bands.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => [p.row, p.column])).toEqual([[5, "M"]]);
  });

  it("reads the days in order and names the slip", () => {
    expect(rows.dossiers?.map((d) => [d.field, d.from, d.to])).toEqual([
      ["Hộ tịch", "2021-11-01", "2021-11-30"],
      ["Đất đai", "2021-12-01", "2021-12-14"],
    ]);
    expect(rows.problems.filter((p) => p.code === "BAD_DATE").map((p) => p.row)).toEqual([4]);
  });
});

describe("a block of work per official stacked down the sheet, each under a line naming the person and the post", () => {
  const block = (who: string, tasks: Array<[string, { date: IsoDate }]>) => [
    [who],
    ["#", "Việc", "Hạn", "Xong", "Ghi chú"],
    ...tasks.map(([t, due], i) => [i + 1, t, due]),
    [],
  ];
  const c = consolidateSheet(
    [
      ["THEO DÕI PHÂN CÔNG NHIỆM VỤ CCHC NĂM 2021 (KH 49)"],
      [],
      ...block("Chị Lan - CC VH-XH", [["Viết tin bài tuyên truyền DVC mức độ 3, 4 phát trên loa", day("2021-06-30")]]),
      ...block("Anh Hùng - CC VP-TK (đầu mối)", [["Tổng hợp báo cáo CCHC quý IV gửi Phòng Nội vụ", day("2021-12-20")]]),
      ...block("Chị Hoa - CC TC-KT", [["Lập kế hoạch giải ngân vốn đầu tư công", day("2021-09-30")]]),
    ],
    { merges: merged("A3:E3", "A7:E7", "A11:E11") },
  );

  it("takes each block's official for the lead of its rows", () => {
    expect(c.tasks.map((t) => [t.source.row, t.lead])).toEqual([
      [5, "Công chức Văn hóa-Xã hội"],
      [9, "Công chức Văn phòng-Thống kê"],
      [13, "Công chức Tài chính-Kế toán"],
    ]);
  });
});

describe("a rate line under the desk's month bands written as 1 in a percent format", () => {
  const MONTH = ["Nhận trực tuyến", "Nhận trực tiếp", "Giải quyết đúng hạn", "Giải quyết quá hạn"];
  const c = consolidateSheet(
    [
      ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ III/2021"],
      ["TT", "Lĩnh vực", "Tháng 7/2021", null, null, null, "Tháng 8/2021"],
      [null, null, ...MONTH, ...MONTH],
      [1, "Hộ tịch", 3, 38, 41, 0, 5, 41, 46, 0],
      [2, "Chứng thực", 0, 120, 120, 0, 0, 131, 131, 0],
      [],
      ["- Tỷ lệ hồ sơ giải quyết đúng hạn quý III/2021:", null, null, null, null, 1],
    ],
    { merges: merged("C2:F2", "G2:J2", "A2:A3", "B2:B3"), formats: { "7:6": "0.00%" } },
  );

  it("reads it as 100 %, never 1 %", () => {
    expect(c.readings.map((r) => [r.code, r.value])).toEqual([["1.2", 100]]);
  });
});
