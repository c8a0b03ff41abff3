import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 362 (left from the last stop) and 367-371.

describe("a council's targets table with summary lines under it", () => {
  const c = consolidateSheet([
    ["ƯỚC THỰC HIỆN CÁC CHỈ TIÊU KT-XH NĂM 2021 (NQ 42/NQ-HĐND)"],
    ["(Ước thực hiện đến ngày 30/11/2021)"],
    [],
    ["TT", "Chỉ tiêu", "ĐVT", "KH 2021", "Ước TH 2021", "So KH (%)", "Đánh giá"],
    [1, "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 7, 6.8, 97.1, "Không đạt"],
    [2, "Thu ngân sách trên địa bàn", "tr.đ", 4200, 4650, 110.7, "Vượt"],
    [3, "Tổng sản lượng lương thực", "tấn", 9800, 9950, 101.5, "Vượt"],
    [4, "Tỷ lệ tham gia BHYT", "%", 92, 93.1, 101.2, "Đạt"],
    [5, "Tỷ lệ hộ nghèo giảm", "%", 1, 1.2, 120, "Vượt"],
    [6, "Số thôn đạt chuẩn văn hóa", "thôn", 6, 6, 100, "Đạt"],
    [7, "Cứng hóa đường GTNT", "km", 3, 2.4, 80, "Không đạt"],
    [8, "Tỷ lệ thu gom rác thải", "%", 85, 86, 101.2, "Đạt"],
    [],
    [null, "TỔNG HỢP:"],
    [null, "Tiêu chí 1.7 - Mức độ thực hiện chỉ tiêu KT-XH HĐND xã giao: đạt và vượt 6/8 chỉ tiêu (75%)."],
    [null, "Các chỉ tiêu còn lại: 2 chỉ tiêu (25%) chưa đạt do ảnh hưởng dịch bệnh."],
  ]);

  it("dates the share met at the day the title says the figures stand", () => {
    // The table's share and the line under it say the same: one reading of them is kept.
    const r = c.readings.find((x) => x.code === "1.7");
    expect([r?.numerator, r?.denominator, r?.date, r?.period]).toEqual([6, 8, "2021-11-30", "Năm 2021 (đến 30/11/2021)"]);
  });

  it("dates the growth row, criterion 1.6, at the same day", () => {
    const r = c.readings.find((x) => x.code === "1.6");
    expect([r?.value, r?.date]).toEqual([6.8, "2021-11-30"]);
  });

  it("reads 'đạt và vượt 6/8 chỉ tiêu (75%)' under the table as a reading of its own", () => {
    const r = c.readings.find((x) => x.source.row === 15);
    expect([r?.code, r?.numerator, r?.denominator]).toEqual(["1.7", 6, 8]);
  });

  it("names a figure line under the table it could not read", () => {
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 16)).toBe(true);
  });
});

describe("a criterion's figure said after a colon, with last year's beside it", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ NĂM 2021"],
    [],
    ["Tiêu chí 1.6 - Tốc độ tăng tổng sản phẩm năm 2021: 6,8% (năm 2020: 5,9%)."],
  ]);

  it("reads the line's own figure, never last year's in brackets", () => {
    expect(c.readings.filter((x) => x.code === "1.6").map((x) => x.value)).toEqual([6.8]);
  });
});

describe("a report's numbered tasks, each with its labelled lines under it", () => {
  const c = consolidateSheet([
    ["BÁO CÁO"],
    ["Kết quả thực hiện Kế hoạch số 49/KH-UBND - Quý III năm 2021"],
    ["I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"],
    ["1. Nhiệm vụ: Tuyên truyền trên hệ thống loa phát thanh về dịch vụ công trực tuyến (Tiêu chí 1.1)."],
    ["- Chủ trì: Công chức Văn hóa - Xã hội; thời hạn: 31/12/2021."],
    ["- Kết quả: đã phát thanh 36 lượt; hoàn thành ngày 30/9/2021."],
    ["2. Nhiệm vụ: Cải tạo, sửa chữa phòng chờ của Bộ phận Một cửa (TC 2.1)."],
    ["- Chủ trì: CC Tài chính - Kế toán; thời hạn 30/11/2021"],
    ["- Kết quả: đã khảo sát, lập dự toán; đạt 30%"],
    ["3. Nhiệm vụ: Chuyển văn bản đi sang gửi dưới dạng điện tử có ký số (TC 1.5). Giao: CC Văn phòng - Thống kê. Thời hạn: 30/11/2021."],
    ["=> Đang thực hiện. Tháng 9/2021 gửi 128/135 văn bản dưới dạng điện tử, đạt 94,8%."],
    [],
    ["II. MỘT SỐ CHỈ TIÊU"],
    ["STT", "Nội dung", "Tổng số", "Đạt", "Tỷ lệ"],
    [1, "Hồ sơ TTHC giải quyết đúng hạn (TC 1.2)", 214, 211, 98.6],
    [2, "Văn bản đi gửi dưới dạng điện tử (TC 1.5)", 180, 171, 95],
  ]);
  const task = (row: number) => c.tasks.find((t) => t.source.row === row);

  it("reads each numbered line as a task, its label off its words", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 7, 10]);
    expect(task(4)?.content).toMatch(/^Tuyên truyền trên hệ thống loa/);
  });

  it("takes the lead and the deadline from the lines under it, or from its own 'Giao: … Thời hạn: …'", () => {
    expect([task(4)?.lead, task(4)?.due]).toEqual([expect.stringMatching(/Văn hóa ?- ?Xã hội$/), "2021-12-31"]);
    expect([task(7)?.lead, task(7)?.due]).toEqual([expect.stringMatching(/Tài chính ?- ?Kế toán$/), "2021-11-30"]);
    expect([task(10)?.lead, task(10)?.due]).toEqual([expect.stringMatching(/Văn phòng ?- ?Thống kê$/), "2021-11-30"]);
  });

  it("reads the state from its 'Kết quả:' or '=>' line", () => {
    expect([task(4)?.status, task(4)?.doneDate]).toEqual(["Hoàn thành", "2021-09-30"]);
    expect(task(10)?.status).toBe("Đang thực hiện");
  });

  it("reads 'đạt 30%' after the work done as how far the task is", () => {
    expect([task(7)?.status, task(7)?.progress]).toEqual(["Đang thực hiện", 30]);
  });

  it("never reads the criterion's figure in the result as the task's progress", () => {
    expect(task(10)?.progress).toBeNull();
  });
});

describe("a share reached on the way, the work done since", () => {
  const c = consolidateSheet([
    ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ CCHC THÁNG 11/2021"],
    [],
    ["STT", "Nhiệm vụ", "Người thực hiện", "Tình hình thực hiện"],
    [
      "1",
      "TCTP 1.1 - Tuyên truyền dịch vụ công mức độ 3, 4 qua Zalo",
      "Công chức VH-XH",
      "Đã triển khai từ 01/3/2021; đến 30/6 đạt 70%; đã hoàn thành ngày 27/9/2021.",
    ],
    ["2", "TCTP 1.6 - Khảo sát, lập dự toán sửa chữa trụ sở", "CC TC-KT", "Đã khảo sát; đạt 40%"],
  ]);

  it("keeps the work done, never the share it stood at before", () => {
    expect([c.tasks[0].status, c.tasks[0].doneDate]).toEqual(["Hoàn thành", "2021-09-27"]);
    expect([c.tasks[1].status, c.tasks[1].progress]).toEqual(["Đang thực hiện", 40]);
  });
});

describe("a Gantt chart headed by months typed '9/2021'", () => {
  const c = consolidateSheet(
    [
      ["KẾ HOẠCH TIẾN ĐỘ THỰC HIỆN CÁC GIẢI PHÁP NÂNG CAO CHỈ SỐ CCHC"],
      [],
      ["STT", "Tiêu chí", "Nội dung công việc", "Chủ trì", null, null, null, null, "Tỷ lệ HT", "Ghi chú"],
      [null, null, null, null, "9/2021", "10/2021", "11/2021", "12/2021"],
      [1, "1.3", "Rà soát đội ngũ cán bộ, công chức chưa đạt chuẩn", "VP-TK", null, "x", "x", null, 1, "Xong ngày 15/11/2021"],
      [2, "1.4", "Đôn đốc nhà thầu đẩy nhanh tiến độ công trình", "PCT UBND xã", "x", "x", "x", "x", 0.7],
      [3, "2.5", "Công khai số điện thoại đường dây nóng", "VP-TK", null, "x", null, null, 0.2],
    ],
    { merges: [] },
  );

  it("dues each task at the end of its last month marked", () => {
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-11-30", "2021-12-31", "2021-10-31"]);
  });

  it("reads the share column headed on the row above the months", () => {
    expect(c.tasks.map((t) => t.progress)).toEqual([100, 70, 20]);
  });
});

describe("a matrix of tasks and offices under a blank band, 'C = Chủ trì; P = Phối hợp' above", () => {
  const c = consolidateSheet(
    [
      ["BẢNG PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC NĂM 2021"],
      ["Ký hiệu: C = Chủ trì; P = Phối hợp"],
      [],
      ["TT", "Mã TC", "Nhiệm vụ", null, null, null, null, "Hạn", "Tình trạng"],
      [null, null, null, "CT UBND", "PCT UBND", "VP-TK", "TC-KT"],
      [1, "1.2", "Kiểm tra đột xuất việc giải quyết hồ sơ tại Bộ phận một cửa", "C", null, "P", null, "31/12/2021", "Đang làm"],
      [2, "1.4", "Họp các ban quản lý công trình, giao chỉ tiêu giải ngân", "C", "P", null, "P", "15/10/2021", "Đã xong"],
      [3, "1.5", "Gửi, nhận văn bản qua phần mềm quản lý văn bản", null, null, "C", null, "30/11/2021", "Đang làm"],
    ],
    { merges: merged("D4:G4", "A4:A5", "B4:B5", "C4:C5", "H4:H5", "I4:I5") },
  );

  it("reads each task's lead from its C mark, its deadline and state from their columns", () => {
    expect(c.tasks.map((t) => [t.lead, t.due, t.status])).toEqual([
      [expect.stringMatching(/^(?:CT UBND|Chủ tịch)/), "2021-12-31", "Đang thực hiện"],
      [expect.stringMatching(/^(?:CT UBND|Chủ tịch)/), "2021-10-15", "Hoàn thành"],
      [expect.stringMatching(/^(?:VP-TK|Công chức Văn phòng)/), "2021-11-30", "Đang thực hiện"],
    ]);
  });
});

describe("a readings table with a target column beside the name's", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ CÁC CHỈ SỐ (SỐ LIỆU ĐẾN 30/11/2021)"],
    [],
    ["Mã TC", "Tên chỉ tiêu", "Tử số", "Mẫu số", "Kết quả (%)", "Chỉ tiêu", "Đạt/Không đạt"],
    ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 1288, 1301, 99, "100%", "Không đạt"],
    ["1.1", "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4", 171, 1301, 13.1, "> năm 2020", "Đạt"],
    ["1.5", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", 530, 560, "94,6%", ">= năm 2020"],
  ]);

  it("never takes the target's 'năm 2020' for the figures' period", () => {
    expect(c.readings.map((r) => [r.code, r.date]).sort()).toEqual([
      ["1.1", "2021-11-30"],
      ["1.2", "2021-11-30"],
      ["1.5", "2021-11-30"],
    ]);
  });
});

describe("ticks under 'Tiến độ' and a 'Tỷ lệ HT' column beside them", () => {
  const c = consolidateSheet(
    [
      ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND"],
      [],
      ["TT", "Nhiệm vụ, giải pháp", "Chủ trì", "Thời gian hoàn thành", "Tiến độ", null, null, "Tỷ lệ HT", "Ghi chú"],
      [null, null, null, null, "Đã HT", "Đang TH", "Chưa TH"],
      ["1", "Tuyên truyền trên hệ thống loa phát thanh về DVC trực tuyến (TC 1.1)", "CC VH-XH", "31/12/2021", null, "x", null, "40%"],
      ["2", "Rà soát đội ngũ CBCC, tham mưu đào tạo (TC 1.3)", "VP-TK", "31/12/2021", null, "x", null, 50],
      ["3", "Niêm yết công khai TTHC (TC 2.2)", "TP-HT", "30/9/2021", "x", null, null, "100%", "Xong 12/7/2021"],
    ],
    { merges: merged("E3:G3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "H3:H4", "I3:I4") },
  );

  it("reads the share from 'Tỷ lệ HT', never from a tick column", () => {
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([
      ["Đang thực hiện", 40],
      ["Đang thực hiện", 50],
      ["Hoàn thành", 100],
    ]);
  });
});

describe("a band of last year's same period beside the periods' bands", () => {
  const c = consolidateSheet(
    [
      ["BIỂU TỔNG HỢP MỘT SỐ CHỈ TIÊU CCHC 9 THÁNG ĐẦU NĂM 2021"],
      [],
      ["TT", "Tiêu chí", "6 tháng đầu năm 2021", null, null, "9 tháng năm 2021", null, null, "Cùng kỳ 9 tháng năm 2020", null],
      [null, null, "Số đạt", "Tổng số", "Tỷ lệ", "Số đạt", "Tổng số", "Tỷ lệ", "Tỷ lệ", "Tăng (+), giảm (-)"],
      ["1", "TCTP 1.2 - Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 256, 260, "98,46%", 398, 402, "99,0%", "95,5%", "+3,5%"],
      ["2", "TC 1.5 - Tỷ lệ văn bản đi gửi dưới dạng điện tử", 867, 930, "93,23%", 1368, 1445, "94,67%", "85%", "+9,67%"],
    ],
    { merges: merged("C3:E3", "F3:H3", "I3:J3", "A3:A4", "B3:B4") },
  );

  it("reads last year's rate as that period's reading, beside this year's", () => {
    const of = (code: string) =>
      c.readings
        .filter((r) => r.code === code)
        .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""))
        .map((r) => [r.period, r.value]);
    expect(of("1.2")).toEqual([
      ["9 tháng năm 2020", 95.5],
      ["6 tháng đầu năm 2021", expect.closeTo(98.46, 1)],
      ["9 tháng năm 2021", expect.closeTo(99, 0)],
    ]);
  });
});

describe("task cards printed two across, and a card of a criterion's figures", () => {
  const c = consolidateSheet([
    ["THẺ THEO DÕI CÔNG VIỆC CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
    [],
    ["THẺ SỐ 01 – TC 1.1", null, null, null, "THẺ SỐ 02 – TC 2.3"],
    [
      "Việc:",
      "Tuyên truyền trên loa phát thanh xã về dịch vụ công trực tuyến",
      null,
      null,
      "Việc:",
      "Chấn chỉnh thái độ giao tiếp của công chức Bộ phận một cửa",
    ],
    ["Người làm:", "CC Văn hóa - Xã hội", null, null, "Người làm:", "PCT UBND xã"],
    ["Hạn:", "31/10/2021", null, null, "Hạn:", "30/9/2021"],
    ["Tình hình:", "Đã xong ngày 25/10/2021", null, null, "Tình hình:", "Đang làm, được khoảng 70%"],
    [],
    ["THẺ SỐ 03 – TC 1.3", null, null, null, "THẺ SỐ 04 – TC 1.5"],
    ["Việc:", "Cử 02 công chức chưa đạt chuẩn đi bồi dưỡng chức danh", null, null, "Việc:", "Gửi văn bản đi dưới dạng điện tử có ký số"],
    ["Người làm:", "CC Văn phòng - Thống kê", null, null, "Người làm:", "CC Văn phòng - Thống kê"],
    ["Hạn:", "Quý IV/2021", null, null, "Hạn:", "31/12/2021"],
    ["Tình hình:", "Chưa thực hiện - chờ lớp của huyện", null, null, "Tình hình:", "Đang làm"],
    [],
    ["SỐ LIỆU – TC 1.1"],
    ["Chỉ tiêu:", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4"],
    ["Kỳ:", "9 tháng đầu năm 2021"],
    ["Tính đến:", { date: "2021-09-30" as IsoDate }],
    ["Hồ sơ trực tuyến:", 86],
    ["Tổng hồ sơ:", 412],
    ["Tỷ lệ:", 0.2087],
  ]);

  it("reads each card as a task, its criterion from its title", () => {
    const got = c.tasks.map((t) => [t.code, t.status]).sort();
    expect(got).toEqual([
      ["1.1", "Hoàn thành"],
      ["1.3", "Chưa thực hiện"],
      ["1.5", "Đang thực hiện"],
      ["2.3", "Đang thực hiện"],
    ]);
  });

  it("reads the card of figures as the criterion's reading at its day", () => {
    const r = c.readings.find((x) => x.code === "1.1");
    expect([r?.numerator, r?.denominator, r?.date, r?.period]).toEqual([86, 412, "2021-09-30", "9 tháng năm 2021"]);
  });
});

describe("a table turned on its side, periods across: no card", () => {
  const c = consolidateSheet([
    ["CHỈ SỐ 1.5 - TỶ LỆ VĂN BẢN TRAO ĐỔI DƯỚI DẠNG ĐIỆN TỬ"],
    ["Kỳ", "Quý I/2021", "Quý II/2021", "Quý III/2021"],
    ["Tổng văn bản đi", 180, 205, 196],
    ["Văn bản điện tử", 150, 188, 190],
    ["Tỷ lệ", 0.8333, 0.9171, 0.9694],
  ]);

  it("reads a reading per period, never only the first column's", () => {
    expect(c.readings.filter((r) => r.code === "1.5").length).toBe(3);
  });
});

describe("a survey's table, then the report's numbered tasks under a section line", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC QUÝ IV NĂM 2021"],
    ["I. KẾT QUẢ KHẢO SÁT"],
    ["STT", "Chỉ số", "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ (%)"],
    [1, "Chỉ số hài lòng về tiếp cận dịch vụ", 68, 76, 89.47],
    [2, "Chỉ số hài lòng về tổ chức giải quyết TTHC", 70, 76, 92.11],
    [],
    ["II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"],
    ["1. Nhiệm vụ: Xây dựng mẫu thư xin lỗi khi giải quyết TTHC quá hạn (TC 2.4). Thời hạn: 30/11/2021."],
    ["Kết quả: hoàn thành ngày 03/11/2021."],
    ["2. Nhiệm vụ: Bổ sung hộp thư góp ý tại Bộ phận Một cửa (TC 2.5)."],
    ["Kết quả: đang thực hiện, đã lắp hộp thư góp ý."],
  ]);

  it("reads the table's figures and the tasks both", () => {
    expect(c.readings.length).toBe(2);
    expect(c.tasks.map((t) => [t.code, t.status, t.doneDate])).toEqual([
      ["2.4", "Hoàn thành", "2021-11-03"],
      ["2.5", "Đang thực hiện", null],
    ]);
  });
});

describe("last year's same period in a column of each band", () => {
  it("reads 'Cùng kỳ 2020 (%)' closing each quarter's band as that quarter of 2020", () => {
    const c = consolidateSheet(
      [
        ["THEO DÕI SỐ LIỆU CÁC TIÊU CHÍ CÓ CHỈ TIÊU ĐỊNH LƯỢNG NĂM 2021"],
        [],
        ["STT", "TC", "Nội dung", "Quý I", null, null, null, "Quý II", null, null, null],
        [null, null, null, "Tử số", "Mẫu số", "Tỷ lệ %", "Cùng kỳ 2020 (%)", "Tử số", "Mẫu số", "Tỷ lệ %", "Cùng kỳ 2020 (%)"],
        ["1", "1.2", "Hồ sơ TTHC giải quyết đúng hạn", 118, 120, 98.3, 96.1, 135, 135, 100, 97.4],
        ["2", "1.5", "Văn bản trao đổi dưới dạng điện tử", 412, 450, 91.6, 80.2, 455, 480, 94.8, 82.5],
      ],
      { merges: merged("D3:G3", "H3:K3", "A3:A4", "B3:B4", "C3:C4") },
    );
    const got = c.readings
      .filter((r) => r.code === "1.2")
      .map((r) => [r.period, r.value])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(got).toEqual([
      ["Quý I/2020", 96.1],
      ["Quý I/2021", expect.closeTo(98.33, 1)],
      ["Quý II/2020", 97.4],
      ["Quý II/2021", 100],
    ]);
  });

  it("reads 'Cùng kỳ 2020' under '6 tháng đầu năm' as the first half of 2020", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG (SIPAS) NĂM 2021 SO VỚI CÙNG KỲ"],
        [],
        ["TT", "Chỉ số thành phần", "Mã", "6 tháng đầu năm", null, null, "9 tháng", null, null],
        [null, null, null, "Năm 2021", "Cùng kỳ 2020", "Tăng/giảm", "Năm 2021", "Cùng kỳ 2020", "Tăng/giảm"],
        [1, "Hài lòng về tiếp cận dịch vụ", "2.1", 83.4, 81.9, "+1,5", 84.1, 82.2, "+1,9"],
        [2, "Hài lòng về tổ chức giải quyết TTHC", "2.2", 80.6, 79.8, "+0,8", 81.3, 80, "+1,3"],
      ],
      { merges: merged("D3:F3", "G3:I3", "A3:A4", "B3:B4", "C3:C4") },
    );
    const got = c.readings
      .filter((r) => r.code === "2.1")
      .map((r) => [r.date, r.value])
      .sort();
    expect(got).toEqual([
      ["2020-06-30", 81.9],
      ["2020-09-30", 82.2],
      ["2021-06-30", 83.4],
      ["2021-09-30", 84.1],
    ]);
  });

  it("reads the desk's 'Cùng kỳ quý III/2020' band beside 2021's months, never as their sum", () => {
    const c = consolidateSheet(
      [
        ["THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2021"],
        [],
        ["TT", "Lĩnh vực", "Tháng 7/2021", null, null, "Tháng 8/2021", null, null, "Cùng kỳ quý III/2020", null, null],
        [
          null,
          null,
          "Tiếp nhận",
          "Đã giải quyết",
          "Đúng hạn",
          "Tiếp nhận",
          "Đã giải quyết",
          "Đúng hạn",
          "Tiếp nhận",
          "Đã giải quyết",
          "Đúng hạn",
        ],
        [1, "Hộ tịch", 45, 45, 45, 38, 38, 38, 120, 120, 118],
        [2, "Đất đai", 12, 10, 8, 9, 11, 10, 30, 28, 22],
        [null, "Cộng", 57, 55, 53, 47, 49, 48, 150, 148, 140],
      ],
      { merges: merged("C3:E3", "F3:H3", "I3:K3", "A3:A4", "B3:B4") },
    );
    const last = c.readings.find((r) => r.period === "Quý III/2020");
    expect([last?.numerator, last?.denominator]).toEqual([140, 148]);
  });
});

describe("'Số liệu | Cùng kỳ 2020 | Tăng/giảm' under each period", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
      [],
      ["TT", "Mã", "Nội dung chỉ số", "6 tháng đầu năm 2021", null, null, "Năm 2021", null, null],
      [null, null, null, "Số liệu", "Cùng kỳ 2020", "Tăng (+)/ giảm (-)", "Số liệu", "Cùng kỳ 2020", "Tăng (+)/ giảm (-)"],
      [1, "2.1", "Chỉ số hài lòng về tiếp cận dịch vụ", 84.2, 82.75, "+1,45", 86.1, 83.4, "+2,70"],
      [2, "2.2", "Chỉ số hài lòng về tổ chức giải quyết TTHC", 81.35, 80.1, "+1,25", 83.9, 81, "+2,90"],
    ],
    { merges: merged("D3:F3", "G3:I3", "A3:A4", "B3:B4", "C3:C4") },
  );

  it("reads this year's figure from 'Số liệu', last year's as last year's, never the one for the other", () => {
    const got = c.readings
      .filter((r) => r.code === "2.1")
      .map((r) => [r.period, r.value])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(got).toEqual([
      ["6 tháng đầu năm 2020", 82.75],
      ["6 tháng đầu năm 2021", 84.2],
      ["Năm 2020", 83.4],
      ["Năm 2021", 86.1],
    ]);
  });
});

describe("'Năm 2021' beside 'Cùng kỳ năm 2020', each over the same quarters", () => {
  const c = consolidateSheet(
    [
      ["BANG SO SANH KET QUA KHAO SAT SU HAI LONG 9 THANG NAM 2021 VOI CUNG KY NAM 2020"],
      [],
      ["TT", "Ma TC", "Chi so", "Nam 2021", null, null, null, "Cung ky nam 2020", null, null, null],
      [null, null, null, "Quy I", "Quy II", "Quy III", "9 thang", "Quy I", "Quy II", "Quy III", "9 thang"],
      [1, "2.1", "Hai long ve tiep can dich vu", 0.832, 0.851, 0.866, 0.85, 0.815, 0.822, 0.83, 0.823],
      [2, "2.2", "Hai long ve to chuc giai quyet TTHC", 0.805, 0.821, 0.838, 0.822, 0.79, 0.801, 0.812, 0.801],
    ],
    { merges: merged("D3:G3", "H3:K3", "A3:A4", "B3:B4", "C3:C4") },
  );

  it("reads each quarter of each year, never as months", () => {
    const got = c.readings
      .filter((r) => r.code === "2.1")
      .map((r) => r.period)
      .sort();
    expect(got).toEqual([
      "9 tháng năm 2020",
      "9 tháng năm 2021",
      "Quý I/2020",
      "Quý I/2021",
      "Quý II/2020",
      "Quý II/2021",
      "Quý III/2020",
      "Quý III/2021",
    ]);
  });
});

describe("a survey's day said in a note under its table", () => {
  const c = consolidateSheet([
    ["TỔNG HỢP KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG QUÝ III/2021"],
    [],
    ["STT", "Chỉ số", "Số phiếu hài lòng", "Tổng số phiếu", "Tỷ lệ (%)"],
    [1, "Chỉ số hài lòng về tiếp cận dịch vụ (2.1)", 216, 240, 90],
    [2, "Chỉ số hài lòng về tổ chức giải quyết TTHC (2.2)", 210, 240, 87.5],
    [],
    ["Ghi chú: Khảo sát được thực hiện ngày 24/9/2021 tại Bộ phận một cửa."],
  ]);

  it("dates the quarter's figures at the survey's day", () => {
    expect(c.readings.map((r) => [r.period, r.date])).toEqual([
      ["Quý III/2021", "2021-09-24"],
      ["Quý III/2021", "2021-09-24"],
    ]);
  });
});

describe("a report's table of figures, then its numbered tasks with their field lines", () => {
  const c = consolidateSheet([
    ["BÁO CÁO"],
    ["Tình hình giải ngân vốn đầu tư công năm 2021"],
    ["I. TIÊU CHÍ THÀNH PHẦN 1.4: THỰC HIỆN GIẢI NGÂN KẾ HOẠCH ĐẦU TƯ VỐN NGÂN SÁCH NHÀ NƯỚC"],
    ["STT", "Nội dung", "Kế hoạch vốn (triệu đồng)", "Đã giải ngân đến 30/9/2021", "Tỷ lệ"],
    [1, "Vốn ngân sách xã", 4250, 2720, 0.64],
    [null, "Tổng cộng", 7350, 4425, 0.602],
    [],
    ["* Các nhiệm vụ:"],
    ["1. Rà soát, điều chuyển vốn các công trình chậm giải ngân sang công trình khác (TC 1.4)."],
    ["   Chủ trì: Chủ tịch UBND xã; phối hợp: Công chức Tài chính - Kế toán"],
    ["   Thời hạn: 31/10/2021"],
    ["   Kết quả: Hoàn thành ngày 25/10/2021 (Quyết định số 215/QĐ-UBND)."],
    ["2. Đôn đốc nhà thầu đẩy nhanh tiến độ thi công, hoàn thiện hồ sơ thanh toán (TC 1.4)."],
    ["   Chủ trì: Công chức Địa chính - Xây dựng"],
    ["   Thời hạn: 31/01/2022"],
    ["   Kết quả: Đang thực hiện (đã thanh toán xong 3 công trình)."],
  ]);

  it("reads each task with its lead, partner, deadline and state", () => {
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.doneDate])).toEqual([
      [9, "2021-10-31", "Hoàn thành", "2021-10-25"],
      [13, "2022-01-31", "Đang thực hiện", null],
    ]);
    expect(c.tasks[0].partners).toMatch(/Tài chính/);
  });
});

describe("bullet lines followed by '=>' lines that carry the result and the fields", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH"],
    ["Kết quả thực hiện tiêu chí 1.3 (tính đến ngày 15/11/2021)"],
    [],
    ["* Tiêu chí 1.3: Tỷ lệ đạt chuẩn của cán bộ cấp xã"],
    ["- Cử 02 cán bộ chưa đạt chuẩn tham gia lớp bồi dưỡng chức danh do huyện tổ chức"],
    ["=> Đã cử đi học từ ngày 04/10/2021, dự kiến kết thúc 10/12/2021. Chủ trì: Văn phòng - Thống kê. Hạn: 31/12/2021"],
    ["- Ra soat, bo tri cong chuc theo vi tri viec lam, dam bao dung chuyen mon"],
    ["=> Da hoan thanh 100% (ngay 22/10/2021)"],
    ["=> Chu tri: Chu tich UBND xa; thoi han: 31/10/2021"],
  ]);

  it("reads the state, the lead and the deadline from the arrow's lines", () => {
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status])).toEqual([
      [5, "2021-12-31", "Đang thực hiện"],
      [7, "2021-10-31", "Hoàn thành"],
    ]);
    expect(c.tasks[1].lead).toMatch(/Ch[ủu] t[ịi]ch/i);
  });
});

describe("a deadline written only in the task cell's note", () => {
  const c = consolidateSheet(
    [
      ["VIỆC CẦN LÀM THÁNG 12/2021"],
      [],
      ["TT", "Việc cần làm", "Người làm", "Xong?"],
      [1, "Cập nhật số liệu hồ sơ trực tuyến lên Cổng dịch vụ công (TC 1.1)", "Bộ phận một cửa", "☐"],
      [2, "Bổ sung ghế chờ, quạt tại Bộ phận một cửa (TC 2.1)", "TC-KT", "☐"],
    ],
    { comments: { "4:2": "Hạn: 20/12/2021" } },
  );

  it("takes the note's day as the deadline, never the plan's", () => {
    expect(c.tasks[0].due).toBe("2021-12-20");
  });
});

describe("a year's report: criteria's headings, their results, and unnumbered 'Nhiệm vụ:' lines", () => {
  const c = consolidateSheet([
    ["BÁO CÁO"],
    ["Công tác cải cách hành chính năm 2021"],
    ["I. TIÊU CHÍ CẢI CÁCH HÀNH CHÍNH"],
    ["1. Tiêu chí 1.2 - Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn"],
    ["Kết quả: Trong năm đã giải quyết 1.230 hồ sơ, đúng hạn 1.226 hồ sơ; tỷ lệ đúng hạn đạt 99,67%."],
    [
      "Nhiệm vụ: Người đứng đầu UBND xã tăng cường kiểm tra, đôn đốc xử lý hồ sơ trễ hạn - Chủ trì: Chủ tịch UBND xã - Thời hạn: 31/12/2021. => Đang thực hiện; đã tổ chức 02 đợt kiểm tra đột xuất.",
    ],
    ["2. Tiêu chí 1.3 - Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã"],
    ["Kết quả: 19/21 cán bộ, công chức đạt chuẩn, đạt 90,48%; 02 cán bộ dự kiến cử đi học trong Quý I/2022."],
    [
      "Nhiệm vụ: Cử cán bộ, công chức chưa đạt chuẩn đi bồi dưỡng chức danh - Chủ trì: Công chức Văn phòng - Thống kê - Thời hạn: 31/12/2021.",
    ],
    ["3. Tiêu chí 1.5 - Tỷ lệ văn bản trao đổi dưới dạng điện tử"],
    ["Kết quả: Văn bản đi 742 văn bản, trong đó gửi dưới dạng điện tử 731 văn bản, đạt 98,5%."],
    ["II. CHỈ SỐ HÀI LÒNG (SIPAS)"],
    ["Kết quả khảo sát năm 2021: hài lòng về tiếp cận dịch vụ 92%; về tổ chức giải quyết TTHC 90%; về kết quả giải quyết TTHC 94%."],
  ]);

  it("reads the 'Nhiệm vụ:' lines as tasks with their lead and deadline, never the criteria's headings", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status])).toEqual([
      [6, "1.2", "2021-12-31", "Đang thực hiện"],
      [9, "1.3", "2021-12-31", expect.any(String)],
    ]);
  });

  it("keeps the criterion's figure off a task, at the report's year, never a quarter it plans", () => {
    const r = c.readings.find((x) => x.code === "1.3");
    expect([r?.numerator, r?.denominator, r?.period.startsWith("Quý I/2022")]).toEqual([19, 21, false]);
  });

  it("reads each rate of a line listing them, after the words of what it is of", () => {
    const sipas = c.readings.filter((x) => x.source.row === 13).map((x) => x.value);
    expect(sipas).toEqual([92, 90, 94]);
  });
});

describe("a survey by field, an aspect's band over 'Số phiếu HL | Tỷ lệ (%)'", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC THEO LĨNH VỰC"],
      ["6 tháng đầu năm 2021"],
      [],
      ["STT", "Lĩnh vực", "Số phiếu thu về", "Tiếp cận dịch vụ", null, "Thủ tục hành chính", null, "Công chức giải quyết", null],
      [null, null, null, "Số phiếu HL", "Tỷ lệ (%)", "Số phiếu HL", "Tỷ lệ (%)", "Số phiếu HL", "Tỷ lệ (%)"],
      [1, "Tư pháp - Hộ tịch", 45, 42, 93.33, 43, 95.56, 44, 97.78],
      [2, "Đất đai", 18, 14, 77.78, 15, 83.33, 16, 88.89],
      [null, "Tổng cộng", 63, 56, 88.89, 58, 92.06, 60, 95.24],
    ],
    { merges: merged("D4:E4", "F4:G4", "H4:I4", "A4:A5", "B4:B5", "C4:C5") },
  );

  it("reads each aspect's total, its satisfied forms over the forms returned", () => {
    expect(c.readings.map((r) => [r.numerator, r.denominator, r.period])).toEqual([
      [56, 63, "6 tháng đầu năm 2021"],
      [58, 63, "6 tháng đầu năm 2021"],
      [60, 63, "6 tháng đầu năm 2021"],
    ]);
  });
});

describe("a survey's answers written as a count with its share ('45 (37,5%)')", () => {
  const c = consolidateSheet(
    [
      ["BẢNG SO SÁNH KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG NĂM 2021 VỚI NĂM 2020"],
      [],
      ["STT", "Yếu tố đánh giá", "Số phiếu", "Mức độ hài lòng năm 2021 (số phiếu, tỷ lệ)", null, null, null, "Tỷ lệ hài lòng năm 2021"],
      [null, null, null, "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng"],
      [1, "Tiếp cận dịch vụ", 120, "45 (37,5%)", "63 (52,5%)", "10 (8,3%)", "2 (1,7%)", 0.9],
      [2, "Thủ tục hành chính", 120, "50 (41,7%)", "62 (51,7%)", "7 (5,8%)", "1 (0,8%)", 0.9333],
      [3, "Kết quả giải quyết công việc", 120, "55 (45,8%)", "58 (48,3%)", "6 (5%)", "1 (0,8%)", 0.9417],
    ],
    { merges: merged("D3:G3", "A3:A4", "B3:B4", "C3:C4", "H3:H4") },
  );

  it("reads every aspect's row, its satisfied forms the counts before the brackets", () => {
    expect(c.readings.map((r) => [r.numerator, r.denominator])).toEqual([
      [108, 120],
      [112, 120],
      [113, 120],
    ]);
  });
});

describe("'Công tác khác' closing a list of tasks by criterion", () => {
  const c = consolidateSheet([
    ["NHIỆM VỤ CCHC QUÝ III/2021 - CÔNG CHỨC VĂN HÓA - XÃ HỘI"],
    [],
    ["STT", "Nội dung nhiệm vụ", "Người thực hiện", "Thời hạn", "Kết quả"],
    ["Tiêu chí 2.1 - Chỉ số hài lòng về tiếp cận dịch vụ"],
    [1, "Đăng tải thông tin về Bộ phận một cửa lên Trang thông tin điện tử xã", "CC VH-XH", "15/8/2021", "Đã đăng ngày 03/8/2021"],
    ["Công tác khác"],
    [2, "Tuyên truyền phòng, chống dịch Covid-19 trên loa truyền thanh", "CC VH-XH", "Thường xuyên", "Đang thực hiện"],
  ]);

  it("gives the tasks under it no criterion of the section above", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "2.1"],
      [7, null],
    ]);
  });
});

describe("counts under 'Số liệu | Cùng kỳ 2020' in a sheet that shows no rates", () => {
  const c = consolidateSheet(
    [
      ["SỐ HỒ SƠ TTHC TIẾP NHẬN TRỰC TUYẾN NĂM 2021"],
      [],
      ["TT", "Mã", "Nội dung", "6 tháng đầu năm 2021", null, "Năm 2021", null],
      [null, null, null, "Số liệu", "Cùng kỳ 2020", "Số liệu", "Cùng kỳ 2020"],
      [1, "1.1", "Hồ sơ tiếp nhận trực tuyến mức độ 3, 4", 57, 31, 96, 64],
      [2, "1.1", "Hồ sơ tiếp nhận trực tuyến mức độ 4", 22, 10, 40, 18],
    ],
    { merges: merged("D3:E3", "F3:G3", "A3:A4", "B3:B4", "C3:C4") },
  );

  it("never takes a count for a percent", () => {
    expect(c.readings.filter((r) => r.value === 57 || r.value === 31 || r.value === 96)).toEqual([]);
  });
});
