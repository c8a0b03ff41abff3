import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 497 onwards and the sets before them left open.

describe("a table of figures by year whose rows under each criterion are its tasks", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ CHỈ SỐ HÀI LÒNG VÀ CÁC NHIỆM VỤ NĂM 2021"],
      [],
      ["Mã", "Chỉ số / nhiệm vụ", "Năm 2020", "Năm 2021", "So sánh", "Đơn vị TH", "Tiến độ", "Ghi chú"],
      ["2.2", "Hài lòng về tổ chức giải quyết TTHC", 0.78, 0.815, "+3,5", null, null, null],
      [null, "Sắp xếp lại khu vực chờ tại Bộ phận Một cửa", null, null, null, "CC VP-TK", "Hoàn thành", "tháng 4"],
      [null, "Đưa TTHC lên DVC trực tuyến toàn trình", null, null, null, "CC TP-HT", "40%", null],
      ["2.5", "Hài lòng về tiếp nhận, xử lý PAKN", 0.8, 0.79, "-1,0", null, null, "Giảm"],
      [null, "Lập sổ theo dõi phản ánh, kiến nghị", null, null, null, "CC VP-TK", "Đang thực hiện", null],
    ],
    { merges: merged("A1:H1") },
  );

  it("reads each task under the criterion above it, with its lead and state", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.status])).toEqual([
      [5, "2.2", "Công chức Văn phòng-Thống kê", "Hoàn thành"],
      [6, "2.2", "Công chức Tư pháp-Hộ tịch", "Đang thực hiện"],
      [8, "2.5", "Công chức Văn phòng-Thống kê", "Đang thực hiện"],
    ]);
    expect(c.tasks[1].progress).toBe(40);
  });

  it("reads the criteria's rows as their figures, never as tasks", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["2.2", "Năm 2020", 78],
      ["2.2", "Năm 2021", 81.5],
      ["2.5", "Năm 2020", 80],
      ["2.5", "Năm 2021", 79],
    ]);
    expect(c.readings[2].note).toContain("Giảm");
  });
});

describe("a criterion's counts on its row, its tasks' progress and state on the rows under it", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH 9 THÁNG NĂM 2021"],
    ["STT", "Tiêu chí, nhiệm vụ", "Tử số", "Mẫu số", "Tỷ lệ / Tiến độ (%)", "Người phụ trách", "Thời gian", "Trạng thái"],
    ["I", "Tiêu chí 1.2: Tỷ lệ hồ sơ giải quyết đúng hạn", 205, 210, 97.6, "CC VP-TK", "9 tháng"],
    ["1", "Nhắn tin nhắc hạn hồ sơ cho công chức chuyên môn", null, null, 100, "BP Một cửa", "30/6/2021", "Hoàn thành"],
    ["2", "Công khai hồ sơ trễ hạn trên bảng tin", null, null, 50, "CC VP-TK", "31/12/2021", "Đang thực hiện"],
    ["II", "Tiêu chí 1.5: Tỷ lệ văn bản đi được gửi điện tử", 310, 330, 93.9, "CC VP-TK", "9 tháng"],
    ["1", "Cấp chữ ký số cho công chức chuyên môn", null, null, 0, "CC VP-TK", "30/11/2021", "Chưa thực hiện"],
  ]);

  it("reads the tasks, their share their progress and their criterion the row above", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.progress, t.status, t.due])).toEqual([
      [4, "1.2", 100, "Hoàn thành", "2021-06-30"],
      [5, "1.2", 50, "Đang thực hiện", "2021-12-31"],
      [7, "1.5", 0, "Chưa thực hiện", "2021-11-30"],
    ]);
  });

  it("reads only the criteria's counts as readings, and says nothing of the columns the tasks read", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.source.row])).toEqual([
      ["1.2", 205, 210, 3],
      ["1.5", 310, 330, 6],
    ]);
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN" || p.code === "CRITERION_MISSING")).toEqual([]);
  });

  it("leaves a table of figures with no state column readings only", () => {
    const plain = consolidateSheet([
      ["BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2021"],
      ["STT", "Tiêu chí, nhiệm vụ", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Người phụ trách", "Thời gian"],
      ["1", "Tiêu chí 1.2: Tỷ lệ hồ sơ giải quyết đúng hạn", 205, 210, 97.6, "CC VP-TK", "9 tháng"],
      ["2", "Tiêu chí 1.5: Tỷ lệ văn bản đi được gửi điện tử", 310, 330, 93.9, "CC VP-TK", "9 tháng"],
    ]);
    expect(plain.tasks).toEqual([]);
    expect(plain.readings.map((r) => r.code)).toEqual(["1.2", "1.5"]);
  });
});

describe("a month chart whose last column is the results to a day", () => {
  const c = consolidateSheet([
    ["LỊCH TRIỂN KHAI NHIỆM VỤ CCHC QUÝ IV/2021"],
    ["TT", "Nội dung", "Phụ trách", "T10", "T11", "T12", "Kết quả đến 05/12"],
    ["1", "Rà soát, công bố TTHC mới", "CC VP-TK", "x", "x", null, "Xong"],
    ["2", "Đối thoại với người dân về TTHC", "CT UBND", null, null, "x", "Chưa làm"],
  ]);

  it("takes each task's deadline from its last marked month, never from the results' day", () => {
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status])).toEqual([
      [3, "2021-11-30", "Hoàn thành"],
      [4, "2021-12-31", "Chưa thực hiện"],
    ]);
  });
});

describe("a self-assessment scorecard whose rows under each criterion are the tasks that earn its points", () => {
  const c = consolidateSheet([
    ["BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2021 (số liệu đến 15/11/2021)"],
    ["TT", "Tiêu chí / nhiệm vụ", "Điểm tối đa", "Điểm tự đánh giá", "Kết quả thực hiện", "Người phụ trách"],
    ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 3, 2],
    ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", 2, 2, "Đúng hạn 150/152 hồ sơ (98,7%)", "CC VP-TK"],
    ["-", "Gửi thư xin lỗi với hồ sơ trễ hẹn", null, null, "Đã xong ngày 12/8/2021", "BP Một cửa"],
    ["-", "Nhắn tin báo hạn trả kết quả", null, null, "Đang làm, được 70%", "CC VP-TK"],
    ["1.5", "Tỷ lệ văn bản điện tử", 1, 0, "Đạt 88%", "CC VP-TK"],
    ["-", "Cấp chữ ký số cho công chức", null, null, "Chưa thực hiện", "CC VP-TK"],
  ]);

  it("reads the tasks under their criterion, their state and day from the result", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status, t.progress, t.doneDate])).toEqual([
      [5, "1.2", "Hoàn thành", 100, "2021-08-12"],
      [6, "1.2", "Đang thực hiện", 70, null],
      [8, "1.5", "Chưa thực hiện", 0, null],
    ]);
  });

  it("reads the criteria's results as their readings, and no task row as unread", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.value])).toEqual([
      ["1.2", 150, 152, expect.closeTo(98.68, 1)],
      ["1.5", null, null, 88],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && [5, 6, 8].includes(p.row ?? 0))).toEqual([]);
  });
});

describe("a criterion's figures as label and value lines under its sheet's task table, no heading of their own", () => {
  const c = consolidateSheet([
    ["TIÊU CHÍ 1.7: MỨC ĐỘ THỰC HIỆN CÁC CHỈ TIÊU KT-XH DO HĐND XÃ GIAO"],
    [],
    ["Việc cần làm", "Người làm", "Hạn", "Đã làm được"],
    ["Rà soát các chỉ tiêu chưa đạt, đề xuất giải pháp", "CC TC-KT", "31/10/2021", "Xong"],
    ["Báo cáo ước thực hiện các chỉ tiêu trình HĐND", "CC VP-TK", "10/12/2021", "Đang làm 50%"],
    [],
    ["Số chỉ tiêu HĐND xã giao", 16],
    ["Số chỉ tiêu đã đạt (đến 31/10/2021)", 12],
    ["Tỷ lệ", "75%"],
  ]);

  it("reads the lines as the criterion's reading, dated by the day they name", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.value, r.date])).toEqual([["1.7", 12, 16, 75, "2021-10-31"]]);
  });

  it("reads no line of figures as a task", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5]);
  });
});

describe("a criterion's row among its tasks, its counts and share in columns the tasks leave empty", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ KHẢO SÁT SIPAS VÀ NHIỆM VỤ - QUÝ III/2021"],
    ["STT", "Nội dung công việc", "Người thực hiện", "Số phiếu hài lòng", "Số phiếu thu về", "Tỷ lệ (%)", "Hạn hoàn thành", "Tiến độ"],
    [null, "Tiêu chí 2.2: Hài lòng về tổ chức giải quyết TTHC", null, 150, 180, 83.3],
    ["1", "Niêm yết quy trình giải quyết TTHC tại BP Một cửa", "CC VP-TK", null, null, null, "15/8/2021", "100%"],
    ["2", "Bổ sung máy lấy số thứ tự", "CC TC-KT", null, null, null, "30/11/2021", "30%"],
    [null, "Tiêu chí 2.4: Hài lòng về kết quả giải quyết TTHC", null, 170, 180, 94.4],
    ["3", "Trả kết quả qua dịch vụ bưu chính công ích", "BP Một cửa", null, null, null, "31/12/2021", "50%"],
  ]);

  it("reads each criterion's counts as its reading of the title's period", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator, r.value, r.source.row])).toEqual([
      ["2.2", "Quý III/2021", 150, 180, 83.3, 3],
      ["2.4", "Quý III/2021", 170, 180, 94.4, 6],
    ]);
  });

  it("reads no task of a criterion's row, and gives the tasks under it its code", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.progress])).toEqual([
      [4, "2.2", 100],
      [5, "2.2", 30],
      [7, "2.4", 50],
    ]);
  });

  it("reads the criterion merged over the lead's and deadline's columns, its counts with their units", () => {
    const merged5 = consolidateSheet(
      [
        ["BÁO CÁO TIẾN ĐỘ CÁC TIÊU CHÍ NĂM 2021 (Số liệu đến ngày 30/11/2021)"],
        ["Người thực hiện", "Thời hạn", "Nội dung công việc", "Kế hoạch giao", "Thực hiện", "Đạt (%)", "Kết quả"],
        ["1.4. Giải ngân kế hoạch đầu tư vốn NSNN", null, null, "4.000 trđ", "3.000 trđ", 75],
        ["CT UBND", "30/9/2021", "Họp đôn đốc các chủ đầu tư", null, null, null, "Đã họp, hoàn thành"],
        ["CC TC-KT", "15/12/2021", "Hoàn thiện hồ sơ thanh toán vốn", null, null, null, "Đang thực hiện"],
      ],
      { merges: merged("A3:C3") },
    );
    expect(merged5.readings.map((r) => [r.code, r.numerator, r.denominator, r.value, r.date])).toEqual([
      ["1.4", 3000, 4000, 75, "2021-11-30"],
    ]);
    expect(merged5.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [4, "1.4"],
      [5, "1.4"],
    ]);
  });

  it("reads a part over its whole in one cell, of the period its row names, the criterion in the code's column", () => {
    const own = consolidateSheet([
      ["THEO DÕI CHỈ SỐ CCHC NĂM 2021"],
      ["Tiêu chí", "Kỳ", "Đạt/Tổng", "Việc cần làm", "Ai làm", "Khi nào xong", "Kết quả"],
      ["1.2 Hồ sơ đúng hạn", "Quý III/2021", "298/300", null, null, null, null],
      [null, null, null, "Nhắn tin báo hạn hồ sơ", "BP Một cửa", "31/10/2021", "Đang làm"],
      ["1.5 Văn bản điện tử", "Năm 2021", "chưa có số liệu", null, null, null, null],
      [null, null, null, "Ký số văn bản đi", "CC VP-TK", "31/12/2021", "Đang làm"],
    ]);
    expect(own.readings.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([["1.2", "Quý III/2021", 298, 300]]);
    expect(own.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [4, "1.2"],
      [6, "1.5"],
    ]);
  });

  it("leaves a task's own code and progress alone when the row under it is another task", () => {
    const tasks = consolidateSheet([
      ["KẾ HOẠCH CCHC QUÝ IV/2021"],
      ["STT", "Việc cần làm", "TC", "Xong ngày", "Tiến độ (%)"],
      ["1", "Theo dõi tỷ lệ giải ngân đến 31/01/2022", "1.4", null, 75],
      ["2", "Công khai dự toán ngân sách xã năm 2021", null, "15/3/2021", 100],
    ]);
    expect(tasks.readings).toEqual([]);
    expect(tasks.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });
});

describe("a table of figures first, the work after them, its tasks on the rows with no figures", () => {
  const c = consolidateSheet([
    ["TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021 (số liệu đến 30/11/2021)"],
    ["Tử số", "Mẫu số", "Tỷ lệ", "Nội dung", "Chủ trì", "Hạn", "Tiến độ (%)", "Ghi chú"],
    [410, 415, "98,8%", "TC 1.2 - Tỷ lệ hồ sơ giải quyết đúng hạn", null, null, null, "Phần mềm Một cửa"],
    [null, null, null, "+ Nhắc hạn hồ sơ cho công chức chuyên môn", "CC VP-TK", "31/12/2021", 60],
    [18, 20, "90%", "TC 1.3 - Tỷ lệ công chức đạt chuẩn", null, null, null, null],
    [null, null, null, "+ Cử công chức đi bồi dưỡng chức danh", "CC VP-TK", "15/10/2021", 100, "Đã có chứng chỉ"],
  ]);

  it("reads the criteria's figures as readings", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([
      ["1.2", 410, 415],
      ["1.3", 18, 20],
    ]);
  });

  it("reads the rows of work as the tasks of the criterion above them, none said unread", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due, t.progress])).toEqual([
      [4, "1.2", "Công chức Văn phòng-Thống kê", "2021-12-31", 60],
      [6, "1.3", "Công chức Văn phòng-Thống kê", "2021-10-15", 100],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED")).toEqual([]);
  });

  it("keeps a row of figures naming its measure in words a reading, never a task", () => {
    const worded = consolidateSheet([
      ["TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC NĂM 2021 (số liệu đến 30/11/2021)"],
      ["Tử số", "Mẫu số", "Tỷ lệ", "Nội dung", "Chủ trì", "Hạn", "Tiến độ (%)"],
      [410, 415, "98,8%", "Tỷ lệ hồ sơ giải quyết đúng hạn", null, null, null],
      [null, null, null, "+ Nhắc hạn hồ sơ cho công chức chuyên môn", "CC VP-TK", "31/12/2021", 60],
    ]);
    expect(worded.readings.map((r) => [r.numerator, r.denominator, r.source.row])).toEqual([[410, 415, 3]]);
    expect(worded.tasks.map((t) => t.source.row)).toEqual([4]);
  });
});

describe("a criterion's figures by period beside the tasks, never the tasks' progress", () => {
  it("reads a survey's rates by quarter on the criteria's rows as readings, the rows under them as tasks", () => {
    const c = consolidateSheet(
      [
        ["CHỈ SỐ SIPAS VÀ NHIỆM VỤ CẢI THIỆN NĂM 2021"],
        ["Mã", "Chỉ số / việc cần làm", "Tỷ lệ hài lòng (%)", null, null, "Giao cho", "Hạn", "Tình trạng"],
        [null, null, "Quý I", "Quý II", "Quý III", null, null, null],
        ["2.3", "Hài lòng về công chức", "84,1", 86, "88,2", null, null, null],
        [null, "Kiểm tra giờ giấc làm việc tại BP Một cửa", null, null, null, "CT UBND", "30/9/2021", "Xong"],
        [null, "Tập huấn kỹ năng giao tiếp", null, null, null, "CC VP-TK", "30/11/2021", "Đang làm"],
      ],
      { merges: merged("C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3", "H2:H3") },
    );
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["2.3", "Quý I/2021", 84.1],
      ["2.3", "Quý II/2021", 86],
      ["2.3", "Quý III/2021", 88.2],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status, t.progress])).toEqual([
      [5, "2.3", "Hoàn thành", 100],
      [6, "2.3", "Đang thực hiện", null],
    ]);
  });

  it("reads results by period before the work, each row naming its criterion by code, as that criterion's", () => {
    const c = consolidateSheet(
      [
        ["THEO DÕI KẾT QUẢ CÁC TIÊU CHÍ CCHC NĂM 2021"],
        ["Mã TC", "Tên tiêu chí", "Kết quả đạt được (%)", null, null, "Nhiệm vụ để đạt điểm", "Chủ trì", "Hạn HT", "Tiến độ"],
        [null, null, "Quý I", "6 tháng", "9 tháng", null, null, null, null],
        ["1.2", "Tỷ lệ hồ sơ đúng hạn", 96.5, 97.2, 98, "Gửi thư xin lỗi khi trễ hẹn", "BP Một cửa", "31/12/2021", "80%"],
        ["1.5", "Tỷ lệ văn bản điện tử", 70, 78, 85, "Ký số văn bản đi", "CC VP-TK", "31/12/2021", "100%"],
      ],
      { merges: merged("C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3", "H2:H3", "I2:I3") },
    );
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => [r.period, r.value])).toEqual([
      ["Quý I/2021", 96.5],
      ["6 tháng đầu năm 2021", 97.2],
      ["9 tháng năm 2021", 98],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.progress])).toEqual([
      [4, "1.2", 80],
      [5, "1.5", 100],
    ]);
  });
});

describe("a task's cell whose next line, opened by an arrow, says what came of it", () => {
  const c = consolidateSheet([
    ["DANH MỤC NHIỆM VỤ CCHC NĂM 2021 (cập nhật tháng 11/2021)"],
    ["Mã TC", "Nhiệm vụ / kết quả", "Chủ trì", "Hạn"],
    ["1.5", "Ký số văn bản đi trên phần mềm QLVB\n=> Xong 20/8/2021", "CC VP-TK", "31/8/2021"],
    ["2.1", "Sửa mái che khu vực chờ\n-> Đang làm, được khoảng 40%", "CC ĐC-XD", "30/11/2021"],
    ["2.5", "Công khai đường dây nóng của lãnh đạo xã", "CC VP-TK", "31/3/2021"],
  ]);

  it("reads the line after the arrow as the task's result: its state, day done and share", () => {
    expect(c.tasks.map((t) => [t.source.row, t.content, t.status, t.doneDate, t.progress])).toEqual([
      [3, "Ký số văn bản đi trên phần mềm QLVB", "Hoàn thành", "2021-08-20", 100],
      [4, "Sửa mái che khu vực chờ", "Đang thực hiện", null, 40],
      [5, "Công khai đường dây nóng của lãnh đạo xã", "Chưa thực hiện", null, null],
    ]);
  });
});

describe("a scorecard numbered by the criteria's codes, their points and result on their rows, their tasks under them", () => {
  const c = consolidateSheet([
    ["TỰ CHẤM ĐIỂM CÁC TIÊU CHÍ VÀ VIỆC LÀM ĐỂ ĐẠT ĐIỂM TỐI ĐA"],
    ["Tính đến ngày 20/11/2021"],
    ["TT", "Nội dung", "Điểm TĐ", "Tự chấm", "Kết quả", "Phụ trách", "Thời hạn", "Tình trạng"],
    ["1.2", "Hồ sơ giải quyết đúng hạn", 1, 0.75, 0.972],
    [null, "+ Nhắn tin nhắc hạn hồ sơ cho công chức", null, null, null, "BP Một cửa", "Thường xuyên", "Đang làm"],
    ["1.5", "Văn bản điện tử", 1, 1, "93%"],
    ["2.5", "Tiếp nhận, xử lý PAKN", 2, 1.5],
    [null, "+ Công khai đường dây nóng của Chủ tịch xã", null, null, null, "CC VP-TK", "01/10/2021", "Hoàn thành"],
  ]);

  it("reads each criterion's result as its reading, a share written as a fraction of one too", () => {
    expect(c.readings.map((r) => [r.code, r.value, r.date])).toEqual([
      ["1.2", 97.2, "2021-11-20"],
      ["1.5", 93, "2021-11-20"],
    ]);
  });

  it("reads the tasks under each criterion with its code, and no criterion's row as a task", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.2"],
      [8, "2.5"],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([7]);
  });

  it("says each criterion's points with its reading, or in Kiểm tra where its row has no figure", () => {
    expect(c.readings[0].note).toContain("Điểm TĐ: 1");
    expect(c.readings[0].note).toContain("Tự chấm: 0.75");
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 7)?.message).toContain("Điểm TĐ: 2; Tự chấm: 1.5");
  });
});

describe("a criterion's row heading its tasks with a figure under each period", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI SỐ LIỆU VÀ NHIỆM VỤ NĂM 2021"],
      ["TT", "Tiêu chí / Nội dung", "Số liệu theo quý (%)", null, null, "Phụ trách", "Thời hạn", "Tình hình thực hiện"],
      [null, null, "Q.I", "Q.II", "Q.III", null, null, null],
      ["1.5", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", 80, 86.5, 91],
      ["-", "Ký số văn bản đi trên phần mềm QLVB", "x", "x", "x", "CC VP-TK", "31/12/2021", "Đang thực hiện"],
      ["2.5", "Chỉ số hài lòng về tiếp nhận, xử lý PAKN (2.5)", null, null, 84],
      ["-", "Công khai đường dây nóng", null, "x", null, "CC VP-TK", "30/6/2021", "Hoàn thành ngày 20/6/2021"],
    ],
    { merges: merged("C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3", "H2:H3") },
  );

  it("reads each period's figure as the criterion's reading of that period", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["1.5", "Quý I/2021", 80],
      ["1.5", "Quý II/2021", 86.5],
      ["1.5", "Quý III/2021", 91],
      ["2.5", "Quý III/2021", 84],
    ]);
  });

  it("reads the tasks under each criterion with its code, none of the criteria's rows", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code, t.status])).toEqual([
      [5, "1.5", "Đang thực hiện"],
      [7, "2.5", "Hoàn thành"],
    ]);
  });

  it("reads a survey's rows by year among their tasks, each year's figure the criterion's", () => {
    const years = consolidateSheet([
      ["KẾT QUẢ CHỈ SỐ SIPAS VÀ GIẢI PHÁP NĂM 2021"],
      ["TT", "Nội dung", "Năm 2020", "Năm 2021 (khảo sát T10)", "Tăng/giảm", "Người thực hiện", "Thời hạn", "Kết quả"],
      ["1", "Chỉ số hài lòng về tổ chức giải quyết TTHC (2.2)", 79.5, 82.6, 3.1],
      ["-", "Niêm yết TTHC đầy đủ khi có quyết định công bố", null, null, null, "BP Một cửa", "Thường xuyên", "Đang thực hiện"],
      ["2", "Chỉ số hài lòng về kết quả giải quyết TTHC (2.4)", 81, 84.5, 3.5],
      ["-", "Công khai xin lỗi khi trễ hẹn", null, null, null, "BP Một cửa", "31/12/2021", "Đang thực hiện"],
    ]);
    expect(years.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["2.2", "Năm 2020", 79.5],
      ["2.2", "Năm 2021", 82.6],
      ["2.4", "Năm 2020", 81],
      ["2.4", "Năm 2021", 84.5],
    ]);
    expect(years.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [4, "2.2"],
      [6, "2.4"],
    ]);
  });
});

describe("a report's outline items merged across a table of figures", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG QUÝ III/2021"],
      ["Nội dung", "ĐVT", "Kế hoạch năm 2021", "Thực hiện đến 30/9/2021", "Tỷ lệ (%)", "Ghi chú"],
      ["1. Vốn đầu tư công (TC 1.4)", "triệu đồng", 4000, 2600, "65%"],
      ["II. CÁC NHIỆM VỤ ĐÃ VÀ ĐANG THỰC HIỆN"],
      [
        "1.4.1. Đôn đốc nhà thầu đẩy nhanh tiến độ công trình cầu thôn 2, hoàn thành trước 30/11/2021 (đang thi công).\n1.4.2. Phối hợp Ban quản lý dự án giải quyết vướng mắc mặt bằng.",
      ],
    ],
    { merges: merged("A4:F4", "A5:F5") },
  );

  it("names the items in Kiểm tra, never drops them as a section's heading", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([["1.4", 2600, 4000]]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([5]);
  });
});
