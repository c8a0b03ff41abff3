import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 431-434: layouts no issue lists, reports pasted from Word, section rows and date
// columns, figures across the columns and on the task rows.

describe("a report typed in Word, several bulleted lines in one cell under each criterion's line", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND THÁNG 10/2021"],
    [],
    ["1. Kết quả thực hiện nhiệm vụ"],
    ["a) Tiêu chí 1.1 (DVC trực tuyến mức độ 3, 4):"],
    [
      "- CC VH-XH đã phát 08 tin tuyên truyền DVC mức độ 3, 4 trên loa truyền thanh xã: hoàn thành.\n- BP TN&TKQ hỗ trợ người dân tạo tài khoản trên Cổng DVC quốc gia: đang thực hiện (đã tạo 35 tài khoản).",
    ],
    ["b) Tiêu chí 1.5 và Chỉ số SIPAS:"],
    [
      "- Văn bản đi gửi dưới dạng điện tử: 52/55 văn bản (94,5%).\n- Phân công đ/c PCT UBND xã trực tiếp theo dõi hoạt động của BP một cửa (TC 2.3): đã ban hành Quyết định ngày 04/10/2021, hoàn thành.\n- Lắp đặt hòm thư góp ý và công khai số điện thoại đường dây nóng (TC 2.5): chưa thực hiện.",
    ],
    ["2. Khó khăn, vướng mắc: người dân lớn tuổi chưa biết sử dụng điện thoại thông minh."],
    ["3. Nhiệm vụ tháng 11/2021:"],
    [
      "- Hoàn thành lắp đặt hòm thư góp ý, công khai đường dây nóng trước ngày 15/11/2021 (CC VP-TK).\n- Tổ chức hội nghị đối thoại với người dân về kết quả giải quyết TTHC (TC 2.4) trong tháng 11/2021 (Chủ tịch UBND xã).",
    ],
  ]);

  it("reads each line as a task of its own, its state and lead from its own words", () => {
    const read = (start: string) => c.tasks.find((t) => t.content.startsWith(start));
    expect(c.tasks).toHaveLength(6);
    expect([read("CC VH-XH đã phát")?.code, read("CC VH-XH đã phát")?.status]).toEqual(["1.1", "Hoàn thành"]);
    expect([read("BP TN&TKQ hỗ trợ")?.code, read("BP TN&TKQ hỗ trợ")?.status]).toEqual(["1.1", "Đang thực hiện"]);
    expect([read("Phân công đ/c PCT")?.code, read("Phân công đ/c PCT")?.doneDate]).toEqual(["2.3", "2021-10-04"]);
    expect([read("Lắp đặt hòm thư")?.code, read("Lắp đặt hòm thư")?.status]).toEqual(["2.5", "Chưa thực hiện"]);
    // The next month's work: under a heading of its own, no longer the criterion's above it.
    expect([read("Hoàn thành lắp đặt")?.code, read("Hoàn thành lắp đặt")?.due, read("Hoàn thành lắp đặt")?.lead]).toEqual([
      "2.5",
      "2021-11-15",
      "Công chức Văn phòng-Thống kê",
    ]);
    expect([read("Tổ chức hội nghị")?.code, read("Tổ chức hội nghị")?.due, read("Tổ chức hội nghị")?.lead]).toEqual([
      "2.4",
      "2021-11-30",
      "Chủ tịch Ủy ban nhân dân xã",
    ]);
  });

  it("reads the line stating a rate as its criterion's figure, never the code another line of the cell names", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.value])).toEqual([["1.5", 52, 55, 94.5]]);
  });
});

describe("a quick report's lines 'TC 1.2 - … (VP-TK): HT 10/12/21.', numbered in a column of their own", () => {
  const c = consolidateSheet([
    ["BC NHANH THỰC HIỆN KH 49 THÁNG 12/2021 (đến 14/12/2021)"],
    [],
    ["I", "Kết quả"],
    ["1", "TC 1.1 - Hướng dẫn người dân nộp hồ sơ DVC mức độ 3, 4 tại BP TN&TKQ: HT ngày 8/12."],
    ["2", "TC 1.2 - Gửi thư xin lỗi 01 hồ sơ trễ hạn lĩnh vực đất đai (VP-TK): HT 10/12/21."],
    ["3", "TC 1.4 - Giải ngân vốn ĐTC (CT UBND): đang TH, đạt 91,5% KH vốn."],
    ["4", "TC 2.2 - Tổng hợp KQ khảo sát hài lòng năm 2021 (VP-TK): chưa TH, hạn 20/12."],
    ["II", "Số liệu"],
    ["-", "HS tiếp nhận: 31; đúng hạn: 30 (96,77%); trực tuyến: 11 (35,48%)."],
  ]);

  it("reads every line as a task under the criterion it names, never a heading passing its code on", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.due])).toEqual([
      ["1.1", "Hoàn thành", "2021-12-31"],
      ["1.2", "Hoàn thành", "2021-12-31"],
      ["1.4", "Đang thực hiện", "2021-12-31"],
      ["2.2", "Chưa thực hiện", "2021-12-20"],
    ]);
    expect(c.tasks[2].content).toBe("Giải ngân vốn ĐTC");
    expect(c.tasks[2].lead).toBe("Chủ tịch Ủy ban nhân dân xã");
    expect(c.tasks[3].lead).toBe("Công chức Văn phòng-Thống kê");
  });

  it("reads the line of counts and rates as figures, never a task", () => {
    expect(c.tasks.some((t) => t.content.includes("HS tiếp nhận"))).toBe(false);
    expect(c.readings.map((r) => r.value).sort()).toEqual([35.48, 91.5, 96.77]);
  });
});

describe("a report's lines opening with their criterion, no mark before them: 'TC 1.1: … – đã xong (CC VH-XH).'", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH KẾT QUẢ THỰC HIỆN KH 49/KH-UBND QUÝ 4/2021"],
    [],
    ["A. KẾT QUẢ"],
    ["TC 1.1: Tuyên truyền DVC mức độ 3, 4 trên loa truyền thanh – đã xong (CC VH-XH)."],
    ["TCTP 1.2: Rà soát, đôn đốc giải quyết hồ sơ TTHC, không để trễ hạn – đang triển khai, ước đạt 70% (CC VP-TK)."],
    ["TCTP 1.4: Giải ngân vốn ĐTC – đang triển khai (CT UBND xã chủ trì)."],
    ["TC 1.7: Triển khai các chỉ tiêu KT-XH theo NQ 42/NQ-HĐND – đạt 14/16 chỉ tiêu (87,5%), đang triển khai."],
    ["B. TỒN TẠI"],
    ["- Giải ngân vốn ĐTC chậm do vướng giải phóng mặt bằng."],
  ]);

  it("reads each as a task, its lead from the brackets closing it", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.lead])).toEqual([
      ["1.1", "Hoàn thành", "Công chức Văn hóa-Xã hội"],
      ["1.2", "Đang thực hiện", "Công chức Văn phòng-Thống kê"],
      ["1.4", "Đang thực hiện", "Chủ tịch Ủy ban nhân dân xã"],
      ["1.7", "Đang thực hiện", ""],
    ]);
  });

  it("reads the targets met of a task in hand as its criterion's figure too", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.value])).toEqual([["1.7", 14, 16, 87.5]]);
  });
});

describe("subtotals counting a part's tasks, 'Cộng A: 04 nhiệm vụ', 'TỔNG CỘNG (A+B): 07 nhiệm vụ'", () => {
  const c = consolidateSheet([
    ["THEO DÕI KẾT QUẢ THỰC HIỆN KH 49 NĂM 2021"],
    [],
    ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Hạn HT", "Tình trạng"],
    ["A", "CÁC TIÊU CHÍ CHỈ SỐ CCHC"],
    ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn"],
    ["-", "Rà soát hồ sơ tồn đọng tại bộ phận một cửa", "BP TN&TKQ", "30/10/2021", "HT"],
    ["-", "Nhắn tin báo công dân khi hồ sơ trễ hẹn", "BP TN&TKQ", "30/11/2021", "Đang TH"],
    [null, "Cộng A: 02 nhiệm vụ"],
    ["B", "CÁC CHỈ SỐ SIPAS"],
    ["2.5", "Tiếp nhận, xử lý phản ánh kiến nghị"],
    ["-", "Lắp đặt hòm thư góp ý tại trụ sở UBND xã", "VP-TK", "31/12/2021", "Chưa TH"],
    [null, "Cộng B: 01 nhiệm vụ"],
    [null, "TỔNG CỘNG (A+B): 03 nhiệm vụ"],
  ]);

  it("reads them as totals, never tasks", () => {
    expect(c.tasks.map((t) => t.content)).toEqual([
      "Rà soát hồ sơ tồn đọng tại bộ phận một cửa",
      "Nhắn tin báo công dân khi hồ sơ trễ hẹn",
      "Lắp đặt hòm thư góp ý tại trụ sở UBND xã",
    ]);
  });
});

describe("'Kết quả đạt được (%)' over 'Quý I … Quý IV' beside 'Cả năm 2020 (%)' on the task rows, criteria as section rows", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC, SIPAS NĂM 2021"],
      [],
      ["STT", "Nhiệm vụ", "Người thực hiện", "Kết quả đạt được (%)", null, null, null, "Cả năm 2020 (%)", "Tình hình thực hiện"],
      ["STT", "Nhiệm vụ", "Người thực hiện", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm 2020 (%)", "Tình hình thực hiện"],
      ["TCTP 1.2. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
      [1, "Giải quyết hồ sơ TTHC đúng hạn; xin lỗi người dân khi để trễ hẹn", "CC VP-TK", 97.6, 98.9, 100, null, 96.2, "Đang TH"],
      ["SIPAS 2.4. Hài lòng về kết quả giải quyết TTHC"],
      [
        2,
        "Triển khai đánh giá chất lượng giải quyết TTHC theo NĐ 61/2018/NĐ-CP",
        "CC VP-TK",
        88.3,
        89,
        90.2,
        null,
        87.7,
        "Đang thực hiện, đạt 80%",
      ],
    ],
    { merges: merged("A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "I3:I4") },
  );

  it("reads them as the row's criterion's figures by quarter and last year's, never the task's progress", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["1.2", "Năm 2020", 96.2],
      ["1.2", "Quý I/2021", 97.6],
      ["1.2", "Quý II/2021", 98.9],
      ["1.2", "Quý III/2021", 100],
      ["2.4", "Năm 2020", 87.7],
      ["2.4", "Quý I/2021", 88.3],
      ["2.4", "Quý II/2021", 89],
      ["2.4", "Quý III/2021", 90.2],
    ]);
    expect(c.tasks.map((t) => [t.code, t.status, t.progress])).toEqual([
      ["1.2", "Đang thực hiện", null],
      ["2.4", "Đang thực hiện", 80],
    ]);
  });
});

describe("'6 tháng đầu năm 2021 | Quý III/2021' over 'Số phiếu hài lòng | Tổng số phiếu | Tỷ lệ' (the next 'Số phiếu HL'), 'Năm 2020' over 'Tỷ lệ'", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) TẠI BỘ PHẬN MỘT CỬA"],
      ["Năm 2021"],
      [],
      ["Mã", "Nội dung đánh giá", "6 tháng đầu năm 2021", null, null, "Quý III/2021", null, null, "Năm 2020"],
      ["Mã", "Nội dung đánh giá", "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ", "Số phiếu HL", "Tổng số phiếu", "Tỷ lệ", "Tỷ lệ"],
      ["2.1", "Tiếp cận dịch vụ", 169, 196, 0.8622, 84, 97, 0.8659, 0.845],
      ["2.2", "Tổ chức giải quyết TTHC", 163, 196, 0.8316, 82, 97, 0.8453, 0.819],
    ],
    { merges: merged("C4:E4", "F4:H4", "A4:A5", "B4:B5") },
  );

  it("reads each period's rate with its parts, and last year's rate as 2020's", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator, r.value])).toEqual([
      ["2.1", "Năm 2020", null, null, 84.5],
      ["2.1", "6 tháng đầu năm 2021", 169, 196, 86.22448979591837],
      ["2.1", "Quý III/2021", 84, 97, 86.5979381443299],
      ["2.2", "Năm 2020", null, null, 81.9],
      ["2.2", "6 tháng đầu năm 2021", 163, 196, 83.16326530612244],
      ["2.2", "Quý III/2021", 82, 97, 84.5360824742268],
    ]);
  });
});

describe("a sheet of what citizens wrote on the survey's forms, 'Nội dung góp ý | Người góp ý | Ngày'", () => {
  const c = consolidateSheet([
    ["Ý KIẾN GÓP Ý CỦA NGƯỜI DÂN QUA PHIẾU KHẢO SÁT"],
    [],
    ["TT", "Nội dung góp ý", "Người góp ý", "Ngày"],
    [1, "Đề nghị bố trí thêm ghế ngồi chờ tại Bộ phận một cửa", "Ông Nguyễn Văn An, thôn 2", { date: "2021-08-12" as IsoDate }],
    [2, "Đề nghị hướng dẫn cách nộp hồ sơ qua mạng", "Bà Lê Thị Thu, thôn 1", { date: "2021-10-07" as IsoDate }],
  ]);

  it("reads no task from it, and says the sheet was not read", () => {
    expect(c.tasks).toEqual([]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(true);
  });
});

describe("a task table, then under it a table of periods down with two rates across, one sheet", () => {
  const day = (d: string) => ({ date: d as IsoDate });
  const c = consolidateSheet(
    [
      ["THEO DÕI THỰC HIỆN KH 49/KH-UBND - NĂM 2021"],
      [],
      ["A. CÁC NHIỆM VỤ ĐƯỢC GIAO"],
      ["STT", "Nhiệm vụ", "Thuộc tiêu chí", "Người chủ trì", "Hạn", "Đã xong?", "Ngày xong", "Ghi chú"],
      [
        1,
        "Hướng dẫn người dân sử dụng DVC trực tuyến mức độ 3, 4",
        "1.1",
        "BP Một cửa",
        day("2021-12-31"),
        "Đang làm",
        "",
        "Đã HD 215 lượt",
      ],
      [2, "Sắp xếp lại bàn ghế, bố trí khu vực chờ có mái che", "2.1", "TC-KT", day("2021-11-30"), "Có", day("2021-11-22"), ""],
      [3, "Đặt hòm thư góp ý, công khai đường dây nóng", "2.5", "VP-TK", day("2021-10-15"), "Chưa", "", "Chưa có kinh phí"],
      [],
      ["B. SỐ LIỆU HỒ SƠ TTHC"],
      ["Kỳ", "Tổng HS tiếp nhận", "HS đúng hạn", "Tỷ lệ đúng hạn", "HS trực tuyến (mức 3,4)", "Tỷ lệ trực tuyến"],
      ["6 tháng đầu năm", 2310, 2298, 0.9948, 402, 0.174],
      ["Quý III", 1245, 1238, 0.9943, 312, 0.2506],
    ],
    { merges: merged("A3:H3", "A9:H9") },
  );

  it("reads the task table with all its columns, never cut at the rates' groups below it", () => {
    expect(c.tasks.map((t) => [t.due, t.status, t.doneDate])).toEqual([
      ["2021-12-31", "Đang thực hiện", null],
      ["2021-11-30", "Hoàn thành", "2021-11-22"],
      ["2021-10-15", "Chưa thực hiện", null],
    ]);
  });

  it("reads a later rate of one count over the total that opens the table, where its figures say so", () => {
    expect(c.readings.filter((r) => r.value !== null && r.value < 50).map((r) => [r.numerator, r.denominator])).toEqual([
      [402, 2310],
      [312, 1245],
    ]);
  });
});

describe("a report's annex numbered 'I', '1.1', '-' under 'TT', its state in 'Kết quả thực hiện', 'Nơi nhận' under it", () => {
  const c = consolidateSheet([
    [null, "Biểu số 01"],
    [null, "KẾT QUẢ THỰC HIỆN KẾ HOẠCH KHẮC PHỤC TỒN TẠI, HẠN CHẾ, NÂNG CAO CHỈ SỐ CCHC NĂM 2021"],
    [],
    // prettier-ignore
    [null, "TT", "Nội dung nhiệm vụ, giải pháp", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả thực hiện", "Ghi chú"],
    [null, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    [null, "I", "KHẮC PHỤC CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN CÒN HẠN CHẾ"],
    [null, "1.1", "Tiêu chí “Thực hiện kế hoạch CCHC” - Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4"],
    // prettier-ignore
    [null, "-", "Tuyên truyền trên hệ thống loa phát thanh về các TTHC cung cấp DVC mức độ 3, 4", "CC Văn hóa - Xã hội", "Bộ phận TN&TKQ", "Trong năm 2021", "Đang thực hiện"],
    [
      null,
      "-",
      "Hướng dẫn tổ chức, cá nhân sử dụng DVC trực tuyến mức độ 3, 4",
      "Bộ phận TN&TKQ",
      null,
      "Trong năm 2021",
      "Đang thực hiện",
    ],
    [null, "1.5", "Tiêu chí thành phần “Tỷ lệ văn bản trao đổi giữa các cơ quan HCNN dưới dạng điện tử”"],
    // prettier-ignore
    [null, "-", "Trao đổi văn bản dưới dạng điện tử, chỉ gửi bản giấy khi pháp luật yêu cầu", "CC Văn phòng - Thống kê", "CB, CC xã", "Quý IV/2021", "Hoàn thành ngày 30/11/2021"],
    [null, "II", "NÂNG CAO CHỈ SỐ HÀI LÒNG (SIPAS)"],
    [null, "2.2", "Chỉ số hài lòng về tổ chức giải quyết TTHC"],
    [
      null,
      "-",
      "Niêm yết công khai, minh bạch đầy đủ TTHC tại vị trí thuận tiện",
      "Bộ phận TN&TKQ",
      null,
      "15/10/2021",
      "Hoàn thành ngày 14/10/2021",
    ],
    [],
    [null, "Nơi nhận:", null, null, null, "TM. ỦY BAN NHÂN DÂN"],
    [null, "- Phòng Nội vụ huyện;", null, null, null, "KT. CHỦ TỊCH"],
    [null, "- Lưu: VT.", null, null, null, "PHÓ CHỦ TỊCH"],
  ]);

  it("reads 'TT' as the rows' numbering, never a state or a day, and the criteria's rows as headings", () => {
    expect(c.tasks.map((t) => [t.code, t.status, t.doneDate])).toEqual([
      ["1.1", "Đang thực hiện", null],
      ["1.1", "Đang thực hiện", null],
      ["1.5", "Hoàn thành", "2021-11-30"],
      ["2.2", "Hoàn thành", "2021-10-14"],
    ]);
  });
});

describe("'Kết quả (đạt/tổng)' holding a criterion's counts ('96/412', '415/410') beside each task", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND"],
    ["(Số liệu tính đến ngày 30/11/2021)"],
    // prettier-ignore
    ["TT", "Nội dung công việc", "TC/TCTP", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Kết quả (đạt/tổng)", "Tỷ lệ (%)", "Tiến độ (%)", "Ngày hoàn thành", "Ghi chú"],
    // prettier-ignore
    [1, "Hướng dẫn tổ chức, cá nhân sử dụng dịch vụ công trực tuyến mức độ 3, 4", "TC 1.1", "BP TN&TKQ", "CC VH-XH", "31/12/2021", "96/412", 23.3, 70],
    // prettier-ignore
    [2, "Niêm yết công khai đầy đủ, kịp thời TTHC tại Bộ phận Một cửa và trên Trang TTĐT xã", "2.2", "BP TN&TKQ", null, "31/10/2021", null, null, 100, "25/10/2021"],
    // prettier-ignore
    [3, "Giải quyết hồ sơ TTHC đúng hạn, xin lỗi người dân khi trễ hẹn", "1.2", "VP-TK", "BP TN&TKQ", "31/12/2021", "406/412", 98.5, 80],
    // prettier-ignore
    [6, "Triển khai đánh giá chất lượng giải quyết TTHC theo NĐ 61/2018/NĐ-CP", "2.4", "VP-TK", "BP TN&TKQ", "31/12/2021", "415/410", 101.2, 60, null, "Số hồ sơ được đánh giá/tổng số hồ sơ"],
    // prettier-ignore
    [8, "Tổ chức thực hiện các chỉ tiêu KT-XH theo NQ 42/NQ-HĐND", "1.7", "Chủ tịch UBND xã", "Các ngành", "31/12/2021", "15/18", 83.3, 85],
  ]);

  it("reads every row as a task: counts larger than the rows under it are no tally of them", () => {
    expect(c.tasks.map((t) => [t.code, t.progress])).toEqual([
      ["1.1", 70],
      ["2.2", 100],
      ["1.2", 80],
      ["2.4", 60],
      ["1.7", 85],
    ]);
  });
});

describe("a quick report's lines 'CC VH-XH - tuyên truyền …: đang TH' under 'B. Nhiệm vụ:', its figures under 'A. Số liệu:'", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH TÌNH HÌNH THỰC HIỆN KH 49/KH-UBND - THÁNG 10/2021 (ngày 29/10/2021)"],
    [],
    ["A. Số liệu:"],
    ["1) HS TTHC tiếp nhận: 131 HS; trực tuyến (mức độ 3, 4): 30 HS = 22,9%"],
    ["2) HS đã giải quyết: 96 HS; đúng hạn 96/96 HS"],
    ["B. Nhiệm vụ:"],
    ["1) CC VH-XH - tuyên truyền DVC mức độ 3,4 trên loa PT: đang TH"],
    ["2) CC VP-TK - rà soát CBCC theo nhóm chức danh: HT ngày 12/10/2021"],
    ["3) CC TC-KT - mua sắm ghế chờ, quạt cho BP 1 cửa: chưa TH (chờ KP)"],
    ["C. Khó khăn: Mạng chậm; 01 CC nghỉ thai sản."],
  ]);

  it("reads each task's lead before the dash, its work after it, and the figures' lines as no tasks", () => {
    expect(c.tasks.map((t) => [t.content, t.lead, t.status])).toEqual([
      ["tuyên truyền DVC mức độ 3,4 trên loa PT", "Công chức Văn hóa-Xã hội", "Đang thực hiện"],
      ["rà soát CBCC theo nhóm chức danh", "Công chức Văn phòng-Thống kê", "Hoàn thành"],
      ["mua sắm ghế chờ, quạt cho BP 1 cửa", "Công chức Tài chính-Kế toán", "Chưa thực hiện"],
    ]);
  });
});

describe("a cell of a report's lines where one states a count and no rate, another is lettered past 'h)'", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND THÁNG 10/2021"],
    [],
    ["a) Tiêu chí 1.1 (DVC trực tuyến mức độ 3, 4):"],
    [
      "- Trực tuyến: 12 hồ sơ\n- CC VH-XH đã phát 08 tin tuyên truyền DVC mức độ 3, 4 trên loa: hoàn thành.\nk) BP TN&TKQ hỗ trợ người dân tạo tài khoản trên Cổng DVC: đang thực hiện.",
    ],
    ["b) Tiêu chí 1.5:"],
    ["- Văn bản đi gửi dưới dạng điện tử: 52/55 văn bản (94,5%).\n- CC VP-TK cài đặt chữ ký số cho lãnh đạo xã: hoàn thành."],
  ]);

  it("reads every task line, whatever its mark", () => {
    expect(c.tasks.map((t) => [t.code, t.status])).toEqual([
      ["1.1", "Hoàn thành"],
      ["1.1", "Đang thực hiện"],
      ["1.5", "Hoàn thành"],
    ]);
  });

  it("names the line of a count it reads as neither, and never the line it read as a figure", () => {
    const named = c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.value);
    expect(named).toEqual(["- Trực tuyến: 12 hồ sơ"]);
    expect(c.readings.map((r) => [r.code, r.value])).toEqual([["1.5", 94.5]]);
  });
});
