import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 341 and 344-347.

describe("a note under the figures giving each period's days ('Quý I từ 15/12/2020 đến 14/3/2021; …')", () => {
  const rows = (note: string | null) => [
    ["UBND XÃ IA PẾT"],
    ["KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
    [],
    ["Mã", "Chỉ số thành phần", "Năm 2021", null, null, "Ghi chú"],
    [null, null, "Quý I", "6 tháng", "Quý III"],
    ["2.1", "Hài lòng về tiếp cận dịch vụ", 84.1, 85, 86.3],
    ["2.4", "Hài lòng về kết quả giải quyết TTHC", 87.5, 88.2, 89.1],
    [],
    [note],
  ];
  const datesOf = (note: string | null) =>
    consolidateSheet(rows(note), { merges: merged("C4:E4") })
      .readings.filter((r) => r.code === "2.1")
      .map((r) => `${r.period} ${r.date}`);

  it("dates each period's readings at the day the note gives", () => {
    expect(
      datesOf("Ghi chú: Quý I từ 15/12/2020 đến 14/3/2021; 6 tháng từ 15/12/2020 đến 14/6/2021; Quý III từ 15/6 đến 14/9/2021."),
    ).toEqual(["Quý I/2021 2021-03-14", "6 tháng đầu năm 2021 2021-06-14", "Quý III/2021 2021-09-14"]);
  });

  it("reads the note's usual forms: a dash after its label, 'Số liệu … tính từ'", () => {
    expect(datesOf("Ghi chú: - Số liệu 6 tháng tính từ 15/12/2020 đến 14/6/2021; Quý III từ 15/6/2021 đến 14/9/2021.")).toEqual([
      "Quý I/2021 2021-03-31",
      "6 tháng đầu năm 2021 2021-06-14",
      "Quý III/2021 2021-09-14",
    ]);
  });

  it("says where the day came from", () => {
    const c = consolidateSheet(rows("Quý III từ 15/6 đến 14/9/2021"), { merges: merged("C4:E4") });
    const q3 = c.readings.find((r) => r.code === "2.4" && r.period === "Quý III/2021");
    expect(q3?.note).toMatch(/Ngày số liệu 14\/09\/2021 theo ghi chú dòng 9/);
  });

  it("keeps the calendar's day where no note gives one", () => {
    expect(datesOf(null)).toEqual(["Quý I/2021 2021-03-31", "6 tháng đầu năm 2021 2021-06-30", "Quý III/2021 2021-09-30"]);
  });
});

describe("a rate whose comma was lost ('795' beside '78,9 | 79,2')", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT SIPAS NĂM 2021 (đơn vị tính: %)"],
      ["Mã", "Chỉ số thành phần", "Quý I", "6 tháng", "Quý III"],
      ["2.1", "Hài lòng về tiếp cận dịch vụ", 84.1, 85, 86.3],
      ["2.5", "Hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị", 78.9, 79.2, 795],
    ],
    {},
  );

  it("keeps the row's other periods, and names the slip as an error", () => {
    const of25 = c.readings.filter((r) => r.code === "2.5").map((r) => `${r.period} ${r.value}`);
    expect(of25).toEqual(expect.arrayContaining(["Quý I/2021 78.9", "6 tháng đầu năm 2021 79.2"]));
    expect(c.problems.some((p) => p.code === "PERCENT_OUT_OF_RANGE" && p.row === 4 && p.column === "E")).toBe(true);
  });
});

describe("a one-stop desk's table whose repeated heading Excel renamed ('Quá hạn2')", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III NĂM 2021"],
      ["(Số liệu từ ngày 15/6/2021 đến ngày 14/9/2021)"],
      [null, null, "Số hồ sơ nhận giải quyết", null, null, "Số hồ sơ đã giải quyết", null, null, "Số hồ sơ đang giải quyết"],
      [
        "STT",
        "Lĩnh vực",
        "Kỳ trước chuyển qua",
        "Trực tuyến",
        "Trực tiếp, bưu chính",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Trong hạn",
        "Quá hạn2",
        "Trả lại/rút",
      ],
      [1, "Hộ tịch", 3, 12, 85, 40, 55, 2, 3, 0, 0],
      [2, "Đất đai", 4, 2, 18, 6, 10, 3, 4, 1, 0],
    ],
    { merges: merged("C3:E3", "F3:H3", "I3:J3") },
  );

  it("reads the pending counts under their band", () => {
    expect(c.dossiers?.map((d) => [d.field, d.late, d.pendingInTime, d.pendingOverdue])).toEqual([
      ["Hộ tịch", 2, 3, 0],
      ["Đất đai", 3, 4, 1],
    ]);
  });
});

describe("a column 'Hạn mới (gia hạn)' beside 'Hạn'", () => {
  const c = consolidateSheet([
    ["NHIỆM VỤ BỔ SUNG (giao tại cuộc họp ngày 05/11/2021)"],
    [],
    ["STT", "Nội dung", "Chủ trì", "Ngày giao", "Hạn", "Hạn mới (gia hạn)", "Tình trạng", "Ngày xong"],
    [1, "Bổ sung kệ để hồ sơ mẫu tại Bộ phận Một cửa", "BP 1 cửa", "05/11/2021", "20/11/2021", "10/12/2021", "Xong", "08/12/2021"],
    [2, "Cập nhật danh mục TTHC trên Trang thông tin điện tử xã", "VH-XH", "05/11/2021", "30/11/2021", null, "Đang cập nhật"],
  ]);

  it("is where the deadline was moved to", () => {
    expect(c.tasks.map((t) => [t.due, t.note.includes("hạn ban đầu 20/11/2021")])).toEqual([
      ["2021-12-10", true],
      ["2021-11-30", false],
    ]);
  });
});

describe("a line under the tasks counting them ('Tổng hợp: 06 nhiệm vụ, 02 việc con')", () => {
  const c = consolidateSheet([
    ["Theo dõi nhiệm vụ giải ngân, chỉ tiêu KT-XH năm 2021"],
    ["TT", "Nhiệm vụ cụ thể", "Chủ trì", "Thời hạn", "Tiến độ"],
    [1, "Tổng hợp số liệu giải ngân vốn đầu tư công gửi Phòng TC-KH huyện", "TC-KT", "05/10/2021", "100%"],
    [2, "Đôn đốc thu ngân sách theo Nghị quyết HĐND xã", "TC-KT", "31/12/2021", "60%"],
    [],
    [null, "Tổng hợp: 02 nhiệm vụ, 01 hoàn thành"],
  ]);

  it("is no task; a task whose words start so still is", () => {
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4]);
  });
});

describe("what was done, month by month, under a band ('Diễn biến thực hiện theo tháng': Tháng 9 … Tháng 12)", () => {
  const c = consolidateSheet(
    [
      ["TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ CCHC THEO THÁNG (QUÝ IV/2021)"],
      [],
      ["TT", "Nhiệm vụ", "Người chủ trì", "Hạn", "Diễn biến thực hiện theo tháng", null, null, null, "Đánh giá chung"],
      [null, null, null, null, "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"],
      [
        1,
        "Tham mưu giải ngân vốn đầu tư công đạt 60% kế hoạch",
        "TC-KT",
        "30/09/2021",
        "đạt 58%",
        "đạt 63%, xong ngày 08/10",
        null,
        null,
        "Hoàn thành (trễ hạn)",
      ],
      [
        2,
        "Rà soát hồ sơ thanh quyết toán các công trình đã hoàn thành",
        "TC-KT",
        "30/11/2021",
        null,
        "Họp ngày 14/10 với Ban QLDA",
        "xong 25/11",
      ],
      [
        3,
        "Công khai dự toán ngân sách xã trên Trang thông tin điện tử",
        "TC-KT",
        "31/12/2021",
        null,
        null,
        "đã công khai quyết toán 2020",
        "dự kiến công khai dự toán 2022 sau ngày 20/12",
        "Đang thực hiện",
      ],
      [4, "Hướng dẫn các thôn lập dự toán kinh phí năm 2022", "TC-KT", "31/12/2021", null, "2/6 thôn", "4/6 thôn"],
    ],
    { merges: merged("E3:H3") },
  );

  it("reads each row from the latest month it wrote, not only the first and the last", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress, t.doneDate])).toEqual([
      [5, "Hoàn thành", 100, "2021-10-08"],
      [6, "Hoàn thành", 100, "2021-11-25"],
      [7, "Đang thực hiện", null, null],
      [8, "Đang thực hiện", 66.67, null],
    ]);
  });
});

describe("weeks under their month's band ('Tháng 11/2021' over 'Tuần 1 (1-7/11) | … | Tuần 4')", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI CÔNG VIỆC THÁNG 12/2021 (theo tuần)"],
      ["TT", "Công việc", "Chủ trì", "Hạn", "Trạng thái", "Tháng 12/2021", null, null, null, "Ghi chú"],
      [null, null, null, null, null, "Tuần 1 (1-5/12)", "Tuần 2 (6-12/12)", "Tuần 3", "Tuần 4"],
      [1, "Rà soát đội ngũ cán bộ, công chức theo nhóm chức danh", "VP-TK", "20/12/2021", null, "đang lập danh sách", "đạt 90%"],
      [2, "Cập nhật quy chế làm việc của UBND xã", "VP-TK", "15/12/2021", null, "đang dự thảo", "xong 10/12"],
    ],
    { merges: merged("F2:I2") },
  );

  it("reads the latest week's words as where the work stands", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress, t.doneDate])).toEqual([
      [4, "Đang thực hiện", 90, null],
      [5, "Hoàn thành", 100, "2021-12-10"],
    ]);
  });
});

describe("a title naming an estimate over a table whose own band is the estimate ('… 6 tháng đầu năm và ước thực hiện cả năm')", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ KRÔNG NĂNG"],
      ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ CCHC 6 THÁNG ĐẦU NĂM VÀ ƯỚC THỰC HIỆN CẢ NĂM 2021"],
      ["(Kèm theo Báo cáo số 87/BC-UBND ngày 16/6/2021)"],
      [],
      [
        "STT",
        "Tiêu chí",
        "Mã TC",
        "Chỉ tiêu năm 2021",
        "Thực hiện 6 tháng đầu năm",
        null,
        "Ước thực hiện cả năm",
        null,
        "Đánh giá",
        "Ghi chú",
      ],
      [null, null, null, null, "Số lượng", "Tỷ lệ", "Số lượng", "Tỷ lệ"],
      ["1", "Hồ sơ TTHC giải quyết đúng hạn", "1.2", "100%", "419/423 hồ sơ", "99,1%", "850/850", "100%", "Chưa đạt"],
      [
        "2",
        "Hồ sơ tiếp nhận trực tuyến mức độ 3, 4",
        "1.1",
        "Tăng so với năm 2020",
        "35 hồ sơ",
        null,
        "80 hồ sơ",
        null,
        null,
        "Chưa tính được tỷ lệ",
      ],
      ["3", "Cán bộ, công chức đạt chuẩn", "1.3", "100%", "21/22 người", "95,5%", "22/22", "100%", "Chưa đạt"],
      [
        "4",
        "Giải ngân vốn đầu tư công",
        "1.4",
        "60% đến 30/9/2021",
        "1.940 triệu đồng",
        "40%",
        "4.850 triệu đồng",
        "100%",
        null,
        "KH vốn 4.850 triệu đồng",
      ],
      ["5", "Văn bản đi gửi dưới dạng điện tử", "1.5", "≥ 90%", "512/530 văn bản", "96,6%", null, "97%", "Đạt"],
      [
        "6",
        "Tốc độ tăng tổng sản phẩm (GRDP)",
        "1.6",
        "Cao hơn năm 2020 (6,2%)",
        null,
        "6,8%",
        null,
        "7,0%",
        "Đạt",
        "Số ước tính của Chi cục Thống kê huyện",
      ],
      ["7", "Chỉ tiêu KT-XH do HĐND xã giao đạt, vượt", "1.7", "100%", "12/18 chỉ tiêu", "66,7%", "18/18", "100%"],
      [
        "8",
        "Chỉ số SIPAS",
        "2.1-2.5",
        "Tăng so với năm 2020",
        "Chưa điều tra",
        null,
        null,
        null,
        null,
        "Huyện tổ chức điều tra vào quý IV",
      ],
      [],
      ["Ghi chú: Số liệu 6 tháng tính từ ngày 15/12/2020 đến ngày 14/6/2021."],
    ],
    { merges: merged("A1:C1", "A2:J2", "A3:J3", "E5:F5", "G5:H5", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "I5:I6", "J5:J6") },
  );

  it("reads the period's figures and leaves the estimate's band unread", () => {
    expect(c.readings.filter((r) => r.value !== null).map((r) => `${r.code} ${r.period} ${r.date} ${r.value?.toFixed(1)}`)).toEqual([
      "1.2 6 tháng đầu năm 2021 2021-06-14 99.1",
      "1.3 6 tháng đầu năm 2021 2021-06-14 95.5",
      "1.4 6 tháng đầu năm 2021 2021-06-14 40.0",
      "1.5 6 tháng đầu năm 2021 2021-06-14 96.6",
      "1.6 6 tháng đầu năm 2021 2021-06-14 6.8",
      "1.7 6 tháng đầu năm 2021 2021-06-14 66.7",
    ]);
  });
});

describe("a title naming the period and the year so far over a table with a 'Lũy kế từ đầu năm' column", () => {
  const c = consolidateSheet([
    ["MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2021"],
    ["(Số liệu từ ngày 15/6/2021 đến ngày 14/9/2021; lũy kế từ ngày 15/12/2020 đến ngày 14/9/2021)"],
    [],
    ["STT", "Chỉ tiêu", "Quý III/2021", "Cùng kỳ năm 2020", "Lũy kế từ đầu năm", "Ghi chú"],
    ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn (TCTP 1.2)", 99.3, 97.9, 99.1],
    ["2", "Tỷ lệ văn bản đi gửi dưới dạng điện tử (TCTP 1.5)", 96.3, 81.1, 95.5],
  ]);

  it("reads each period as itself, and the year so far as the months to the latest", () => {
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => `${r.period} ${r.value}`)).toEqual([
      "Quý III/2020 97.9",
      "Quý III/2021 99.3",
      "9 tháng năm 2021 (lũy kế) 99.1",
    ]);
  });
});

describe("a line saying every period runs from the 15th of the month before to the 14th", () => {
  const c = consolidateSheet(
    [
      ["BAO CAO NHANH KET QUA GIAI QUYET TTHC QUY I/2021"],
      ["(So lieu thang tinh tu ngay 15 thang truoc den ngay 14 thang bao cao)"],
      [],
      ["STT", "Chi tieu", "Quy I nam 2021", null, null, null, "Ghi chu"],
      [null, null, "Thang 01", "Thang 02", "Thang 03", "Cong quy"],
      ["1", "Ty le giai quyet dung han (%) (TCTP 1.2)", "100", "97,8", "99,0", 99.1],
    ],
    { merges: merged("C4:F4") },
  );

  it("dates each month at its 14th, and reads the quarter's total as the quarter's", () => {
    expect(c.readings.map((r) => `${r.period} ${r.date} ${r.value}`)).toEqual([
      "Tháng 1/2021 2021-01-14 100",
      "Tháng 2/2021 2021-02-14 97.8",
      "Tháng 3/2021 2021-03-14 99",
      "Quý I/2021 2021-03-14 99.1",
    ]);
  });
});

describe("a column per criterion and a row per day ('Thời điểm | TC 1.3 - … | TC 1.6 - … | TC 1.7 - …')", () => {
  const c = consolidateSheet(
    [
      ["SỐ LIỆU CÁC TIÊU CHÍ THÀNH PHẦN CHỈ SỐ CCHC DO VP-TK THEO DÕI"],
      [],
      [
        "Thời điểm",
        "TC 1.3 - Tỷ lệ CB,CC đạt chuẩn (%)",
        "TC 1.6 - Tăng trưởng GTSX so năm trước (%)",
        "TC 1.7 - Tỷ lệ chỉ tiêu KT-XH đạt (%)",
      ],
      [{ date: "2021-06-30" as IsoDate }, "82,6", 6.1],
      [{ date: "2021-09-30" as IsoDate }, "82,6", 6.8, 70],
      [{ date: "2021-11-30" as IsoDate }, 0.913, 7.3, 80],
      [{ date: "2021-12-14" as IsoDate }, { error: "#REF!" }],
      [],
      ["Ghi chú: Số liệu 1.6 là ước tính."],
    ],
    { formats: { "6:2": "0.0%" } },
  );

  it("reads each filled cell as its column's criterion at its row's day", () => {
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.value}`).sort()).toEqual([
      "1.3 2021-06-30 82.6",
      "1.3 2021-09-30 82.6",
      "1.3 2021-11-30 91.3",
      "1.6 2021-06-30 6.1",
      "1.6 2021-09-30 6.8",
      "1.6 2021-11-30 7.3",
      "1.7 2021-09-30 70",
      "1.7 2021-11-30 80",
    ]);
  });

  it("names an error cell, never reads it", () => {
    expect(c.problems.filter((p) => p.code === "FORMULA_ERROR").map((p) => `${p.row}${p.column}`)).toEqual(["7B"]);
  });
});

describe("a task on two lines, 'KH' over 'TH', its words merged over both", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI KẾ HOẠCH - THỰC HIỆN KẾ HOẠCH 49/KH-UBND (% khối lượng lũy kế)"],
      [],
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Loại", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12", "Đánh giá chung"],
      [
        1,
        "Rà soát, bổ sung quy chế làm việc của Bộ phận Một cửa",
        "CT UBND xã",
        "30/11/2021",
        "KH",
        0.3,
        0.6,
        1,
        null,
        "Hoàn thành tháng 11",
      ],
      [null, null, null, null, "TH", 0.3, 0.5, 1],
      [2, "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính", "Chủ tịch UBND xã", "31/12/2021", "KH", null, 0.5, null, 1],
      [null, null, null, null, "TH", null, 0.5, 0.75],
      [3, "Đôn đốc giải quyết phản ánh, kiến nghị của người dân về TTHC", "VP-TK", "31/10/2021", "KH", 0.5, 1],
      [null, null, null, null, "TH", 0.5, 1],
    ],
    {
      merges: merged(
        "A4:A5",
        "B4:B5",
        "C4:C5",
        "D4:D5",
        "J4:J5",
        "A6:A7",
        "B6:B7",
        "C6:C7",
        "D6:D7",
        "J6:J7",
        "A8:A9",
        "B8:B9",
        "C8:C9",
        "D8:D9",
        "J8:J9",
      ),
      formats: Object.fromEntries([5, 7, 9, 4, 6, 8].flatMap((r) => [6, 7, 8, 9].map((col) => [`${r}:${col}`, "0%"]))),
    },
  );

  it("is one task whose progress is what was done, never what was planned", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress])).toEqual([
      [4, "Hoàn thành", 100],
      [6, "Đang thực hiện", 75],
      [8, "Hoàn thành", 100],
    ]);
    expect(c.readings).toEqual([]);
  });

  it("keeps the plan's figures in Ghi chú", () => {
    expect(c.tasks[1].note).toContain("Kế hoạch theo kỳ Tháng 10: 50%, Tháng 12: 100%");
    expect(c.tasks[1].note).toContain("Thực hiện (dòng 7): 75%");
  });
});

describe("a district form: 'Quý III/2021 | Cùng kỳ năm 2020 | Lũy kế từ đầu năm' over 'Số lượng | Tỷ lệ (%)'", () => {
  const c = consolidateSheet(
    [
      ["UBND XÃ CHƯ NGỌC"],
      ["CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ"],
      ["Biểu số 01"],
      ["MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2021"],
      ["(Số liệu từ ngày 15/6/2021 đến ngày 14/9/2021; lũy kế từ ngày 15/12/2020 đến ngày 14/9/2021)"],
      [],
      [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Quý III/2021",
        null,
        "Cùng kỳ năm 2020",
        null,
        "Lũy kế từ đầu năm",
        null,
        "So sánh cùng kỳ (%)",
        "Ghi chú",
      ],
      [null, null, null, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"],
      ["1", "Tổng số hồ sơ TTHC đã giải quyết", "hồ sơ", 286, null, 241, null, 812, null, 118.7],
      [null, "Trong đó:"],
      [null, "- Giải quyết trước hạn, đúng hạn (TCTP 1.2)", "hồ sơ", 284, 99.3, 236, 97.9, 805, 99.1, 101.4],
      [null, "- Giải quyết quá hạn", "hồ sơ", 2, 0.7, 5, 2.1, 7, 0.9, null, "Đã xin lỗi công dân theo quy định"],
      ["2", "Hồ sơ tiếp nhận trực tuyến mức độ 3, 4 (TC 1.1)", "hồ sơ", "98/301", 32.6, "41/250", 16.4, "250/830", 30.1, 198.8],
      ["3", "Văn bản đi gửi dưới dạng điện tử (TCTP 1.5)", "văn bản", "154/160", "96,3%", "120/148", "81,1%", "430/455", "95,5%"],
      [],
      ["Ghi chú: Quý III/2021 tính từ ngày 15/6/2021 đến ngày 14/9/2021; cùng kỳ năm 2020 từ ngày 15/6/2020 đến ngày 14/9/2020."],
    ],
    { merges: merged("A3:K3", "A4:K4", "A5:K5", "D7:E7", "F7:G7", "H7:I7", "A7:A8", "B7:B8", "C7:C8", "J7:J8", "K7:K8") },
  );
  const of = (row: number) =>
    c.readings.filter((r) => r.source.row === row).map((r) => `${r.period} ${r.date} ${r.numerator}/${r.denominator}`);

  it("reads a rate whose counts stand before it, though the row's unit is a count", () => {
    expect(of(13)).toEqual([
      "Quý III/2020 2020-09-14 41/250",
      "Quý III/2021 2021-09-14 98/301",
      "9 tháng năm 2021 (lũy kế) 2021-09-14 250/830",
    ]);
  });

  it("dates last year's same period at the day the note gives it", () => {
    expect(of(11)[0]).toBe("Quý III/2020 2020-09-14 236/241");
  });

  it("names counts before a rate that give another rate, and keeps the written one", () => {
    const ytd = c.readings.find((r) => r.source.row === 14 && r.period.startsWith("9 tháng"));
    expect([ytd?.value, ytd?.numerator]).toEqual([95.5, null]);
    expect(c.problems.some((p) => p.code === "RATE_MISMATCH" && p.row === 14 && p.column === "I")).toBe(true);
  });
});

describe("periods named over their days ('Tháng 7/2021' over '15/6 - 14/7'), each criterion's counts and rate in three rows", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU CHỈ SỐ CCHC THEO THÁNG, QUÝ III NĂM 2021"],
    [],
    ["TT", "Chỉ tiêu", "Tháng 7/2021", "Tháng 8/2021", "Quý III/2021", "Lũy kế 9 tháng", "Ước quý IV/2021", "Ghi chú"],
    [null, null, "15/6 - 14/7", "15/7 - 14/8", "15/6 - 14/9", "15/12/2020 - 14/9/2021", "15/9 - 14/12"],
    ["I", "Giải quyết hồ sơ TTHC (TC 1.2)"],
    [null, "Số hồ sơ đã giải quyết", 82, 79, 248, 702, 260],
    [null, "Trong đó: trước hạn và đúng hạn", 81, 78, 246, 695, 260],
    [null, "Tỷ lệ đúng hạn", 0.98780487804878, 0.987341772151899, 0.991935483870968, 0.99002849002849, 1],
  ]);

  it("reads every period but the estimate, each standing at the last of its days, with its counts", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.2 Tháng 7/2021 (đến 14/07/2021) 2021-07-14 81/82",
      "1.2 Tháng 8/2021 (đến 14/08/2021) 2021-08-14 78/79",
      "1.2 Quý III/2021 (đến 14/09/2021) 2021-09-14 246/248",
      "1.2 9 tháng năm 2021 (đến 14/09/2021) (lũy kế) 2021-09-14 695/702",
    ]);
  });
});

describe("'Cùng kỳ năm 2020 (quý III/2020)' beside the quarter, under a rule for every quarter's days", () => {
  const c = consolidateSheet([
    ["BIỂU KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2021"],
    ["Số liệu mỗi quý được tính từ ngày 15 của tháng cuối quý trước đến hết ngày 14 của tháng cuối quý báo cáo."],
    [],
    ["STT", "Chỉ tiêu", "Mã TC", "Quý III/2021", "Cùng kỳ năm 2020 (quý III/2020)", "Ghi chú"],
    [1, "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến mức độ 3, 4", "1.1", 28.29, 7.58],
    [2, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "1.2", 99.6, 96.9],
  ]);

  it("reads last year's same period, and dates both at the 14th of the quarter's last month", () => {
    expect(c.readings.filter((r) => r.code === "1.2").map((r) => `${r.period} ${r.date} ${r.value}`)).toEqual([
      "Quý III/2020 2020-09-14 96.9",
      "Quý III/2021 2021-09-14 99.6",
    ]);
  });
});

describe("the desk's rate lines a blank row under its table's total", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"],
      ["Kỳ báo cáo: 6 tháng đầu năm 2021 (Từ ngày 15/12/2020 đến ngày 14/6/2021)"],
      [
        "STT",
        "Lĩnh vực giải quyết",
        "Số hồ sơ nhận giải quyết",
        null,
        null,
        null,
        "Số hồ sơ đã giải quyết",
        null,
        null,
        null,
        "Số hồ sơ đang giải quyết",
        null,
        null,
        "Trả lại/rút hồ sơ",
      ],
      [
        null,
        null,
        "Tổng số",
        "Kỳ trước chuyển qua",
        "Tiếp nhận mới trong kỳ",
        null,
        "Tổng số",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Tổng số",
        "Trong hạn",
        "Quá hạn",
      ],
      [null, null, null, null, "Trực tuyến", "Trực tiếp, dịch vụ bưu chính"],
      [1, "Hộ tịch", 291, 2, 38, 251, 285, 180, 105, 0, 6, 6, 0, 0],
      [2, "Đất đai", 56, 7, 3, 46, 46, 12, 30, 4, 9, 8, 1, 1],
      [null, "Tổng cộng", 347, 9, 41, 297, 331, 192, 135, 4, 15, 14, 1, 1],
      [],
      [
        null,
        "Tỷ lệ hồ sơ giải quyết đúng hạn (trước hạn + đúng hạn)/tổng số hồ sơ đã giải quyết:",
        null,
        null,
        null,
        null,
        0.987915407854985,
      ],
      [null, "Tỷ lệ hồ sơ tiếp nhận trực tuyến (mức độ 3, 4)/tổng số hồ sơ tiếp nhận mới:", null, null, null, null, 0.121281464530892],
      [],
      [null, null, null, null, null, null, null, null, "Yên Đồng, ngày 15 tháng 6 năm 2021"],
    ],
    {
      merges: merged(
        "C3:F3",
        "G3:J3",
        "K3:M3",
        "E4:F4",
        "A3:A5",
        "B3:B5",
        "N3:N5",
        "C4:C5",
        "D4:D5",
        "G4:G5",
        "H4:H5",
        "I4:I5",
        "J4:J5",
        "K4:K5",
        "L4:L5",
        "M4:M5",
      ),
      formats: { "10:7": "0.00%", "11:7": "0.00%" },
    },
  );

  it("reads each line as the period's rate, its criterion suggested by its words", () => {
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.value?.toFixed(2)} ${r.source.row}`).sort()).toEqual([
      "1.1 2021-06-14 12.13 11",
      "1.2 2021-06-14 98.79 10",
    ]);
  });
});

describe("criteria as bands over their counts and rate, a row per day ('TCTP 1.5 Văn bản điện tử' over 'VB điện tử | Tổng VB đi | Tỷ lệ')", () => {
  const c = consolidateSheet(
    [
      ["SỔ THEO DÕI SỐ LIỆU TÍNH TỶ LỆ (CẬP NHẬT THEO NGÀY CHỐT SỐ LIỆU)"],
      [],
      ["Ngày chốt số liệu", "TCTP 1.2 Giải quyết đúng hạn", null, null, "TCTP 1.5 Văn bản điện tử", null, null, "Người cập nhật"],
      [null, "Đúng/trước hạn", "Đã giải quyết", "Tỷ lệ", "VB điện tử", "Tổng VB đi", "Tỷ lệ"],
      [{ date: "2021-03-14" as IsoDate }, 61, 63, 0.968253968253968, 38, 41, 0.926829268292683, "Hạnh"],
      [{ date: "2021-06-14" as IsoDate }, 130, 134, 0.970149253731343, 80, 86, 0.930232558139535, "Hạnh"],
      [{ date: "2021-09-14" as IsoDate }, 205, 210, 0.976190476190476, 125, 133, 0.93984962406015, "Hạnh"],
    ],
    { merges: merged("B3:D3", "E3:G3", "A3:A4", "H3:H4") },
  );

  it("reads the band's first column as its counts, never as the criteria's codes", () => {
    expect(c.readings.filter((r) => r.code === "1.5").map((r) => `${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "2021-03-14 38/41",
      "2021-06-14 80/86",
      "2021-09-14 125/133",
    ]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_CRITERION")).toEqual([]);
  });
});
