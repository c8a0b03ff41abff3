import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidateSheet, merged } from "../helpers/grids";

// Classes found by blind sets 531 onwards and the sets before them left open.

describe("numbered tasks with their field lines, two columns of them side by side", () => {
  const c = consolidateSheet([
    ["BÁO CÁO NHANH TIẾN ĐỘ KẾ HOẠCH 49/KH-UBND (tháng 11/2021)"],
    [],
    ["I. CHỈ SỐ CCHC", null, null, "II. CHỈ SỐ SIPAS"],
    ["1.", "Tuyên truyền dịch vụ công mức độ 3, 4 trên loa phát thanh các thôn", null, "3.", "Bố trí bàn ghế, quạt mát khu vực chờ"],
    [null, "Tiêu chí: 1.1", null, null, "Tiêu chí: 2.1"],
    [null, "Chủ trì: CC VH-XH", null, null, "Chủ trì: BP Một cửa"],
    [null, "Thời hạn: 31/12/2021", null, null, "Thời hạn: 30/9/2021"],
    [null, "Kết quả: Đang thực hiện", null, null, "Kết quả: Hoàn thành 30/9/2021"],
    [],
    ["2.", "Cử CBCC chưa đạt chuẩn tham gia lớp bồi dưỡng chức danh", null, "4.", "Niêm yết bộ biểu mẫu, tờ khai tại Bộ phận Một cửa"],
    [null, "Tiêu chí: 1.3", null, null, "Tiêu chí: 2.2"],
    [null, "Chủ trì: CC VP-TK", null, null, "Chủ trì: BP Một cửa"],
    [null, "Thời hạn: 30/11/2021", null, null, "Thời hạn: 31/10/2021"],
    [null, "Kết quả: Đang thực hiện 50%", null, null, "Kết quả: Hoàn thành 15/10/2021"],
  ]);

  it("reads each column of tasks as a list of its own, every field line with its task", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.doneDate]).sort()).toEqual([
      ["1.1", "2021-12-31", "Đang thực hiện", null],
      ["1.3", "2021-11-30", "Đang thực hiện", null],
      ["2.1", "2021-09-30", "Hoàn thành", "2021-09-30"],
      ["2.2", "2021-10-31", "Hoàn thành", "2021-10-15"],
    ]);
  });

  it("takes the lead from the task's own line, not from whom the work is about", () => {
    const sent = c.tasks.find((t) => t.content.startsWith("Cử CBCC"));
    expect([sent?.lead, sent?.progress]).toEqual(["Công chức Văn phòng-Thống kê", 50]);
  });
});

describe("a period's target beside its result, judged in a third column", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
      [],
      ["STT", "Tên chỉ tiêu", "6 tháng đầu năm", null, null, "9 tháng", null, null, "Người theo dõi"],
      [null, null, "Chỉ tiêu", "Thực hiện", "Đánh giá", "Chỉ tiêu", "Thực hiện", "Đánh giá"],
      [1, "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn (%)", 100, "81,8", "Chưa đạt", 100, "86,4", "Chưa đạt", "CC VP-TK"],
      [2, "Tỷ lệ văn bản trao đổi dưới dạng điện tử (%)", 85, 80, "Chưa đạt", 90, "84,6", "Chưa đạt", "CC VP-TK"],
    ],
    { merges: merged("C3:E3", "F3:H3", "A3:A4", "B3:B4", "I3:I4") },
  );

  it("reads what was done, never the target, as each period's figure", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.value]).sort()).toEqual([
      ["1.3", "2021-06-30", 81.8],
      ["1.3", "2021-09-30", 86.4],
      ["1.5", "2021-06-30", 80],
      ["1.5", "2021-09-30", 84.6],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("keeps the sheet's own target in the reading's note", () => {
    const electronic = c.readings.find((r) => r.code === "1.5" && r.date === "2021-09-30");
    expect(electronic?.note).toContain("9 tháng Chỉ tiêu: 90");
  });
});

describe("results by criterion written as sentences, the code before the criterion's name", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO SỐ LIỆU CÁC TIÊU CHÍ CCHC NĂM 2021 (số liệu tính đến ngày 14/12/2021)"],
      [],
      ["Tiêu chí", "Yêu cầu", "Kết quả đạt được", "Đánh giá", "Ghi chú"],
      [
        "1.1 - Tỷ lệ hồ sơ trực tuyến mức độ 3, 4",
        "Nâng cao tỷ lệ",
        "Tiếp nhận 86 hồ sơ trực tuyến/412 hồ sơ (20,9%)",
        "Đạt",
        "Năm 2020: 12%",
      ],
      [
        "1.2 - Hồ sơ TTHC giải quyết đúng hạn",
        "100%",
        "Đã giải quyết 405 hồ sơ, trong đó đúng hạn và trước hạn 401, quá hạn 4",
        "Chưa đạt",
      ],
      ["1.4 - Giải ngân vốn đầu tư công", "60% đến 30/9", "Đến 30/9/2021 giải ngân 58%; đến 30/11/2021 đạt 80%", "Chưa đạt mốc 30/9"],
      ["1.5 - Văn bản điện tử", "Hạn chế gửi bản giấy", "Văn bản đi: 356, gửi điện tử 349 (98%)", "Đạt"],
    ],
    { merges: merged("A1:E1") },
  );

  it("reads each row as its criterion's figure with the counts the sentence gives, never as tasks", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator]).sort()).toEqual([
      ["1.1", "2021-12-14", 86, 412],
      ["1.2", "2021-12-14", 401, 405],
      ["1.4", "2021-09-30", null, null],
      ["1.4", "2021-11-30", null, null],
      ["1.5", "2021-12-14", 349, 356],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("gives each day's figure of a result written day by day on that day", () => {
    expect(c.readings.filter((r) => r.code === "1.4").map((r) => r.value)).toEqual([58, 80]);
  });
});

describe("how a task stands, written in words of the official's own in its result cell", () => {
  const results = [
    "Đã trình CT phê duyệt kinh phí, chờ mua sắm",
    "ĐTH - 65%",
    "HT, nộp Phòng NV ngày 13/9",
    "80% - còn 1 dự án đường thôn 3 chưa kiểm tra",
    "Đã cử 03/04 người; 01 người chưa có lớp",
    "Hoàn thành ngày 19/11/2021 (chậm 4 ngày do chờ Quyết định công bố của tỉnh)",
  ];
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    [],
    ["STT", "Nội dung", "Người thực hiện", "Thời hạn", "Kết quả thực hiện"],
    ...results.map((r, i) => [i + 1, `Nhiệm vụ số ${i + 1} về cải cách hành chính của xã`, "CC VP-TK", "30/11/2021", r]),
  ]);
  const read = (i: number) => {
    const t = c.tasks[i];
    return [t.status, t.progress, t.doneDate];
  };

  it("reads a step handed up and waiting on another as under way, never done", () => {
    expect(read(0)).toEqual(["Đang thực hiện", null, null]);
  });

  it("reads a wait that only delayed the work, said in brackets, as no wait (guard)", () => {
    expect(read(5)).toEqual(["Hoàn thành", 100, "2021-11-19"]);
  });

  it("reads the legend's short form opening the cell, and the share after it", () => {
    expect(read(1)).toEqual(["Đang thực hiện", 65, null]);
    expect(read(2)).toEqual(["Hoàn thành", 100, "2021-09-13"]);
  });

  it("reads a share opening the cell, words on what is left after it", () => {
    expect(read(3)).toEqual(["Đang thực hiện", 80, null]);
  });

  it("counts the parts done, never the parts a later clause says are left", () => {
    expect(read(4)).toEqual(["Đang thực hiện", 75, null]);
  });
});

describe("a survey's rounds named with their periods in brackets, their counts and rates under each", () => {
  const c = consolidateSheet(
    [
      ["TỔNG HỢP KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      [],
      ["TT", "Chỉ số thành phần", "Khảo sát đợt 1 (6 tháng đầu năm 2021)", null, null, "Khảo sát đợt 2 (tháng 11/2021)"],
      [null, null, "Phiếu hợp lệ", "Phiếu hài lòng", "Tỷ lệ (%)", "Phiếu hợp lệ", "Phiếu hài lòng", "Tỷ lệ (%)"],
      ["2.1", "Hài lòng về tiếp cận dịch vụ", 55, 49, 89.09, 75, 67, 89.33],
      ["2.3", "Hài lòng về công chức BP TN&TKQ", 55, 50, 90.91, 75, 70, 93.33],
    ],
    { merges: merged("C3:E3", "F3:H3", "A3:A4", "B3:B4") },
  );

  it("reads each round as its own period's figures", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator]).sort()).toEqual([
      ["2.1", "2021-06-30", 49, 55],
      ["2.1", "2021-11-30", 67, 75],
      ["2.3", "2021-06-30", 50, 55],
      ["2.3", "2021-11-30", 70, 75],
    ]);
  });
});

describe("a rate's parts down the rows, the days they stand at across, a remark's column after them", () => {
  const c = consolidateSheet([
    ["TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (TCTP 1.4)"],
    [],
    ["Nội dung", "Đến 31/3/2021", "Đến 30/6/2021", { date: "2021-09-30" as IsoDate }, "Ghi chú"],
    ["Kế hoạch vốn được giao", 4850, 4850, 5320, "Bổ sung 470 tr.đ tháng 8"],
    ["Vốn đã giải ngân", 612, 1948.5, 3406],
    ["Tỷ lệ giải ngân (%)", 12.6, 40.2, 64],
    [],
    ["TT", "Nhiệm vụ", "Người phụ trách", "Thời hạn", "Kết quả"],
    [1, "Phân công CBCC tham mưu giải ngân từng dự án", "CT UBND", "30/7/2021", "Hoàn thành"],
  ]);

  it("reads each day's figures, the table of tasks under them as before", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.4", "2021-03-31", 612, 4850],
      ["1.4", "2021-06-30", 1948.5, 4850],
      ["1.4", "2021-09-30", 3406, 5320],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành"]);
  });
});

describe("a report's table of the plan's tasks under the index's two parts, a figure in a task's result", () => {
  const c = consolidateSheet([
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    ["(Kèm theo Báo cáo số 215/BC-UBND ngày 15/12/2021 của UBND xã)"],
    [],
    ["STT", "Nhiệm vụ theo KH 49", "Kết quả thực hiện"],
    ["I", "CHỈ SỐ CCHC"],
    [
      "1.1",
      "Tuyên truyền, hướng dẫn sử dụng DVC trực tuyến (CC VH-XH)",
      "Đã hoàn thành; tỷ lệ hồ sơ trực tuyến năm 2021 đạt 20,9% (86/412 hồ sơ).",
    ],
    ["1.4", "Giải ngân vốn đầu tư công (CT UBND)", "Đến 30/11/2021 giải ngân 3.880/4.850 triệu đồng, đạt 80% kế hoạch."],
  ]);

  it("reads every row as a task, never the part's rows as figures only", () => {
    expect(c.tasks.map((t) => t.code)).toEqual(["1.1", "1.4"]);
  });

  it("reads the figure each result gives as its criterion's, by the number the row carries", () => {
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator]).sort()).toEqual([
      ["1.1", 86, 412],
      ["1.4", 3880, 4850],
    ]);
  });
});

describe("a figure's period written where its day goes", () => {
  const c = consolidateSheet([
    ["TỔNG HỢP TÌNH HÌNH THỰC HIỆN KH 49/KH-UBND - QUÝ IV/2021"],
    [],
    ["C. MỘT SỐ CHỈ TIÊU"],
    ["STT", "Chỉ tiêu", "Số liệu", "Thời điểm", "Ghi chú"],
    [1, "Tỷ lệ giải ngân vốn đầu tư công (TC 1.4)", "62,5%", "30/9/2021", "KH giao 60%"],
    [2, "Tỷ lệ văn bản đi gửi dưới dạng điện tử (TC 1.5)", "95%", "Quý III"],
    [3, "Tỷ lệ CBCC đạt chuẩn (TC 1.3)", "16/20 người (80%)", "30/9/2021"],
  ]);

  it("reads the period in the sheet's year, its last day the figure's", () => {
    expect(c.readings.map((r) => [r.code, r.period, r.date]).sort()).toEqual([
      ["1.3", "30/09/2021", "2021-09-30"],
      ["1.4", "30/09/2021", "2021-09-30"],
      ["1.5", "Quý III/2021", "2021-09-30"],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("days written with their word, logs kept in a cell, a share's heading run together", () => {
  const c = consolidateSheet([
    ["SỔ THEO DÕI CÔNG VIỆC CCHC - NĂM 2021"],
    [],
    ["STT", "Nhiệm vụ", "Phụ trách", "Thời hạn", "Ngày hoàn thành", "%HT", "Xong chưa", "Quá trình thực hiện"],
    [1, "Hỗ trợ quảng bá sản phẩm OCOP của xã", "PCT UBND xã", "ngày 30/11/2021", "ngày 28/11/2021", 100, "Xong"],
    [2, "Phát thanh về DVC trực tuyến 2 buổi/tuần", "CC VH-XH", "31/12/2021", null, 75, "Đang"],
    [3, "Viết tin bài nêu gương điển hình CCHC", "CC VH-XH", "30/11/2021", null, null, "Xong", "đăng ngày 26/11"],
    [
      4,
      "Tuyên truyền phòng, chống Covid-19 trên loa",
      "CC VH-XH",
      "31/12/2021",
      null,
      null,
      null,
      "- Từ tháng 3/2021 phát hằng ngày\n- Ngày 10/12/2021: kết thúc đợt, hoàn thành",
    ],
  ]);
  const read = (i: number) => [c.tasks[i].status, c.tasks[i].progress, c.tasks[i].doneDate];

  it("reads a day written after its word as the day", () => {
    expect(read(0)).toEqual(["Hoàn thành", 100, "2021-11-28"]);
  });

  it('reads a share under a heading written "%HT"', () => {
    expect(read(1)).toEqual(["Đang thực hiện", 75, null]);
  });

  it('reads "đăng ngày 26/11" as posted that day, never as under way', () => {
    expect(read(2)).toEqual(["Hoàn thành", 100, "2021-11-26"]);
  });

  it("reads a bulleted log by its latest dated line, an undated line among them", () => {
    expect(read(3)).toEqual(["Hoàn thành", 100, "2021-12-10"]);
  });
});

describe("a figure in a task's note standing at a day written without its year", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NĂM 2021"],
    ["(Cập nhật đến ngày 10/12/2021)"],
    [],
    ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Hạn hoàn thành", "Tình trạng", "Ghi chú"],
    ["1.4", "Giải ngân kế hoạch đầu tư vốn ngân sách nhà nước"],
    [1, "Giải ngân 100% kế hoạch vốn đầu tư công được giao", "CT UBND", "31/01/2022", "Đang thực hiện", "Đạt 78% đến 30/11"],
  ]);

  it("dates the figure at that day of the sheet's year, never the sheet's own day", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.value])).toEqual([["1.4", "2021-11-30", 78]]);
  });
});

describe("a task's result written per quarter across the columns, in the official's words", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI THIỆN CHỈ SỐ CCHC NĂM 2021 THEO QUÝ"],
      [],
      ["TT", "Nội dung", "Phụ trách", "Kết quả từng quý"],
      [null, null, null, "Quý I", "Quý II", "Quý III", "Quý IV"],
      [
        1,
        "Giải quyết hồ sơ TTHC đúng hạn, giảm hồ sơ trễ hẹn",
        "BP Một cửa",
        "Đang thực hiện",
        "Đang thực hiện",
        "Đang thực hiện",
        "Tỷ lệ đúng hạn 99%, tiếp tục thực hiện",
      ],
      [
        2,
        "Cử CBCC chưa đạt chuẩn đi bồi dưỡng chức danh",
        "CC VP-TK",
        "Chưa",
        "Chưa có lớp",
        "Đã cử 2 người",
        "Cử thêm 1 người, còn 1 người",
      ],
      [3, "Rà soát CBCC chưa đạt chuẩn, lập danh sách cử đi học", "CC VP-TK", "Hoàn thành 15/3"],
      [],
      [null, "HT: hoàn thành"],
    ],
    { merges: merged("D3:G3", "A3:A4", "B3:B4", "C3:C4") },
  );

  it("reads work said to go on, or to have some of it left, as under way", () => {
    expect(c.tasks.slice(0, 2).map((t) => t.status)).toEqual(["Đang thực hiện", "Đang thực hiện"]);
  });

  it("reads a one-entry legend under the table as its note, never a task", () => {
    expect(c.tasks.map((t) => t.content)).not.toContain("HT: hoàn thành");
    expect(c.tasks).toHaveLength(3);
  });
});

describe("printed cards side by side, each label over its value, the state a row of round choices", () => {
  const card = (n: number, code: string, work: string, lead: string, due: string, ticks: string[], progress: string, done: string) => [
    [`VIỆC ${n} – TC ${code}`],
    ["Nội dung nhiệm vụ"],
    [work],
    ["Người chủ trì", null, "Thời hạn"],
    [lead, null, due],
    ["Tình trạng (đánh dấu ●)"],
    ticks,
    ["Tiến độ", null, "Ngày hoàn thành"],
    [progress, null, done],
    [],
  ];
  const left = [
    ...card(
      1,
      "2.2",
      "Cập nhật, niêm yết bộ TTHC mới tại Bộ phận Một cửa",
      "BP Một cửa",
      "30/11/2021",
      ["○ Chưa thực hiện", "○ Đang thực hiện", "● Hoàn thành"],
      "100%",
      "18/11/2021",
    ),
    ...card(
      3,
      "2.3",
      "Phân công lãnh đạo UBND xã theo dõi Bộ phận Một cửa",
      "CT UBND",
      "15/10/2021",
      ["○ Chưa thực hiện", "○ Đang thực hiện", "● Hoàn thành"],
      "100%",
      "11/10/2021",
    ),
  ];
  const right = [
    ...card(
      2,
      "2.2",
      "Tuyên truyền tiếp nhận hồ sơ qua bưu chính công ích",
      "CC VH-XH",
      "31/12/2021",
      ["○ Chưa thực hiện", "● Đang thực hiện", "○ Hoàn thành"],
      "60%",
      "",
    ),
    ...card(
      4,
      "2.5",
      "Trả lời phản ánh kiến nghị về TTHC trên Trang TTĐT xã",
      "CC VP-TK",
      "31/12/2021",
      ["○ Chưa thực hiện", "● Đang thực hiện", "○ Hoàn thành"],
      "75%",
      "",
    ),
  ];
  const rows = [
    ["THEO DÕI THỰC HIỆN NHIỆM VỤ NÂNG CAO CHỈ SỐ SIPAS - QUÝ IV NĂM 2021"],
    [],
    ...left.map((l, i) => [...l.slice(0, 3), ...Array(3 - Math.min(3, l.length)).fill(null), null, ...right[i]]),
  ];
  const c = consolidateSheet(rows);

  it("reads every card of both columns as a task, each label's value from the row under it", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.doneDate]).sort()).toEqual([
      ["2.2", "2021-11-30", "Hoàn thành", "2021-11-18"],
      ["2.2", "2021-12-31", "Đang thực hiện", null],
      ["2.3", "2021-10-15", "Hoàn thành", "2021-10-11"],
      ["2.5", "2021-12-31", "Đang thực hiện", null],
    ]);
  });
});

describe("the plan's criteria as tasks, each state ticked, what each reached beside its target and judged", () => {
  const c = consolidateSheet(
    [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND (Số liệu tính đến 30/11/2021)"],
      [],
      ["STT", "Nội dung", "Tiêu chí", "Đơn vị chủ trì", "Thời hạn", "Tình trạng", null, null, "Chỉ tiêu KH", "Thực hiện", "Đánh giá"],
      [null, null, null, null, null, "Đã xong", "Đang làm", "Chưa làm"],
      [
        1,
        "Nâng tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4",
        "TC 1.1",
        "BP TN&TKQ",
        "31/12/2021",
        null,
        "x",
        null,
        "Tăng so với 2020",
        "11,3%",
        "Đạt",
      ],
      [2, "Giải quyết hồ sơ TTHC đúng hạn", "TC 1.2", "BP TN&TKQ", "Năm 2021", null, "x", null, "100%", "98,9%", "Chưa đạt"],
      [3, "Cán bộ, công chức xã đạt chuẩn", "TC 1.3", "CC VP-TK", "Năm 2021", null, "x", null, "100%", "17/21", "Chưa đạt"],
      [4, "Trao đổi văn bản điện tử", "TC 1.5", "CC VP-TK", "Năm 2021", "x", null, null, null, null, "Đạt"],
    ],
    { merges: merged("F3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "I3:I4", "J3:J4", "K3:K4") },
  );

  it("takes each task's state from its ticks, never from the judgement on its target", () => {
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Đang thực hiện", "Đang thực hiện", "Hoàn thành"]);
  });

  it("reads what each reached as its criterion's figure, never as how far the task is", () => {
    expect(c.readings.map((r) => [r.code, r.date, r.value, r.numerator])).toEqual([
      ["1.1", "2021-11-30", 11.3, null],
      ["1.2", "2021-11-30", 98.9, null],
      ["1.3", "2021-11-30", (17 / 21) * 100, 17],
    ]);
    expect(c.tasks.map((t) => t.progress)).toEqual([null, null, null, 100]);
  });
});

describe("a checklist whose empty box means not finished, its note saying how far the work is", () => {
  const c = consolidateSheet([
    ["VIỆC CẦN LÀM QUÝ IV - CCHC (cập nhật 10/12/2021)"],
    [],
    ["✔", "Việc", "Ai", "Hạn", "Ghi chú"],
    ["☑", "Đăng tin tuyên truyền DVC mức 3, 4 lên nhóm Zalo các thôn", "VHXH", "15/10", "xong 13/10"],
    ["☐", "Làm thư xin lỗi 02 hồ sơ trễ hẹn tháng 9", "1 cửa", "30/10", "đang làm 50%"],
    ["☐", "Chuẩn bị số liệu báo cáo CCHC năm", "VPTK", "14/12"],
    [],
    ["☑ = đã xong; ☐ = chưa xong"],
  ]);

  it("reads the box with the note: under way where the note says so, not started where nothing does", () => {
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([
      ["Hoàn thành", 100],
      ["Đang thực hiện", 50],
      ["Chưa thực hiện", 0],
    ]);
  });
});

describe('a log of dated lines in one cell under "Diễn biến (ghi theo ngày)", its state shortened', () => {
  const c = consolidateSheet([
    ["NHẬT KÝ THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021 - VĂN HÓA - XÃ HỘI"],
    [],
    ["TC", "Việc phải làm", "Hạn", "Diễn biến (ghi theo ngày)", "Ai làm"],
    [
      "1.1",
      "Phát thanh trên loa về TTHC có DVC mức độ 3, 4",
      "31/12/2021",
      "05/10: phát 2 buổi/tuần tại 6 thôn\n15/11: đã phát đủ 24 buổi theo KH - HT",
      "CC VH-XH",
    ],
    [
      "2.2",
      "Niêm yết công khai TTHC mới theo QĐ công bố của UBND tỉnh",
      "15/10/2021",
      "30/9: nhận QĐ 512/QĐ-UBND\n06/10: niêm yết xong 14 TTHC mới\n=> HT",
      "BP Một cửa",
    ],
    [
      "2.1",
      "Đăng tin về BP Một cửa lên Trang TTĐT xã",
      "30/11/2021",
      "08/10: đã đăng Trang TTĐT\n22/10: chờ trưởng thôn lập nhóm Zalo",
      "CC VH-XH",
    ],
  ]);

  it("reads each log by its latest dated line: done on that day, or under way", () => {
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-11-15"],
      ["Hoàn thành", "2021-10-06"],
      ["Đang thực hiện", null],
    ]);
  });
});

describe("states written in a sentence's words: done closing the text, a day done beside a remark, a share about", () => {
  const results = [
    "100% văn bản đi được gửi điện tử (trừ văn bản mật). Đã hoàn thành.",
    "Đã HT ngày 01/10 (áp dụng mẫu phiếu mới)",
    "ĐTH ~85%",
  ];
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    [],
    ["STT", "Nội dung", "Người thực hiện", "Thời hạn", "Kết quả thực hiện"],
    ...results.map((r, i) => [i + 1, `Nhiệm vụ số ${i + 1} về cải cách hành chính của xã`, "CC VP-TK", "31/12/2021", r]),
  ]);

  it("reads a short sentence of state closing the text as the state", () => {
    expect(c.tasks[0].status).toBe("Hoàn thành");
  });

  it("reads the day done, never a share, from a day followed by a remark", () => {
    expect([c.tasks[1].status, c.tasks[1].progress, c.tasks[1].doneDate]).toEqual(["Hoàn thành", 100, "2021-10-01"]);
  });

  it("reads a share said to be about that much after the short form", () => {
    expect([c.tasks[2].status, c.tasks[2].progress]).toEqual(["Đang thực hiện", 85]);
  });
});

describe("a numbered task whose result is a count of one", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ IV/2021"],
    [],
    ["TT", "Nội dung", "Kết quả đạt được", "Hạn", "Ghi chú"],
    [1, "Hướng dẫn nộp hồ sơ trực tuyến tại 6 thôn", "4/6 thôn", "30/11/2021", "còn thôn 5, 6"],
    [2, "Rà soát, cập nhật bộ TTHC niêm yết tại BP", "126/126 TTHC", "15/10/2021", "xong 13/10"],
    [3, "Lắp đặt bảng điện tử tra cứu hồ sơ", "0/1", "30/11/2021", "chờ kinh phí"],
    [4, "Gửi tin nhắn thông báo kết quả cho người dân", "215/230 hồ sơ", "Thường xuyên"],
  ]);

  it("keeps the row numbered on from the task above as a task, never a group's tally", () => {
    expect(c.tasks.map((t) => t.content)).toContain("Lắp đặt bảng điện tử tra cứu hồ sơ");
    expect(c.tasks).toHaveLength(4);
  });
});

describe("printed choices behind their label in the status column", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ IV/2021"],
    [],
    ["TT", "Nội dung", "Hạn", "Tình trạng"],
    [1, "Hướng dẫn nộp hồ sơ trực tuyến tại 6 thôn", "30/11/2021", "Tình trạng: ☐ Đã hoàn thành ☒ Đang thực hiện ☐ Chưa thực hiện"],
    [2, "Lắp đặt bảng điện tử tra cứu hồ sơ", "30/11/2021", "Tình trạng: ☐ Đã hoàn thành ☐ Đang thực hiện ☒ Chưa thực hiện"],
  ]);

  it("reads the choice ticked, never the first printed", () => {
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Chưa thực hiện"]);
  });
});

describe("a criterion's result row written as a sentence under its tasks", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH 49/KH-UBND QUÝ III NĂM 2021"],
    ["(Số liệu tính từ 15/6/2021 đến 14/9/2021)"],
    [],
    ["STT", "Nội dung", "Kết quả thực hiện", "Người/bộ phận thực hiện", "Thời gian", "Ghi chú"],
    ["1.1", "Thực hiện kế hoạch CCHC - tỷ lệ hồ sơ trực tuyến mức độ 3, 4"],
    [
      "-",
      "Tuyên truyền trên loa phát thanh về TTHC cung cấp DVC mức độ 3, 4",
      "Đã thực hiện 36 lượt phát thanh",
      "CC VH-XH",
      "Thường xuyên",
    ],
    [
      null,
      "Kết quả",
      "Tiếp nhận 248 hồ sơ, trong đó trực tuyến mức độ 3, 4 là 61 hồ sơ, đạt 24,6%",
      null,
      null,
      "Số liệu trên phần mềm Một cửa",
    ],
    ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
    [
      "-",
      "Giải quyết hồ sơ TTHC đúng hạn, xin lỗi người dân khi trễ hẹn",
      "Có 02 hồ sơ trễ hạn, đã gửi thư xin lỗi",
      "BP Một cửa",
      "Thường xuyên",
    ],
  ]);

  it("never takes the result's row for a header: every task under it is read", () => {
    expect(c.tasks.map((t) => t.code)).toEqual(["1.1", "1.2"]);
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([["1.1", 61, 248]]);
  });
});

describe("a figure beside the milestone it met", () => {
  const c = consolidateSheet([
    ["SỔ THEO DÕI CÔNG VIỆC CCHC NĂM 2021 - CC VP-TK"],
    ["Ngày", "Nội dung công việc / số liệu", "Tiêu chí", "Kết quả"],
    ["05/4/2021", "Số liệu quý I: hồ sơ đúng hạn 71/72", "1.2", "98,6%"],
    ["14/7/2021", "Số liệu 6 tháng: VB đi 186, điện tử 179", "1.5", "96,2%"],
    ["30/9/2021", "Giải ngân vốn ĐTC đến 30/9", "1.4", "2,74 tỷ/4,2 tỷ = 65,2%, đạt mốc 60%"],
  ]);

  it("reads the figure reached, never the milestone", () => {
    expect(c.readings.find((r) => r.code === "1.4")?.value).toBeCloseTo(65.24, 1);
  });
});

describe("printed cards with four labels over their values and a remark in a label", () => {
  const card = (n: number, work: string, lead: string, due: string, code: string, state: string, share: string) => [
    [`Nhiệm vụ số ${n}`],
    ["Nội dung công việc"],
    [work],
    ["Chủ trì", "Phối hợp", "Hạn hoàn thành", "Tiêu chí"],
    [lead, "BP Một cửa", due, code],
    ["Tình hình thực hiện", null, "Tỷ lệ hoàn thành", "Ngày hoàn thành"],
    [state, null, share],
    [],
  ];
  const c = consolidateSheet([
    ["SỔ PHIẾU THEO DÕI NHIỆM VỤ NÂNG CAO CHỈ SỐ CCHC, SIPAS NĂM 2021"],
    [],
    ...card(
      1,
      "Tổ chức giải quyết hồ sơ TTHC đúng hạn, giảm tỷ lệ hồ sơ trễ hạn",
      "CC VP-TK",
      "31/12/2021",
      "1.2",
      "○ Chưa thực hiện   ● Đang thực hiện   ○ Hoàn thành",
      "80%",
    ),
    ...card(
      2,
      "Kiểm soát tốt dịch bệnh Covid-19, không ảnh hưởng sản xuất kinh doanh",
      "CT UBND",
      "31/12/2021",
      "1.6",
      "○ Chưa thực hiện   ○ Đang thực hiện   ● Hoàn thành",
      "100%",
    ),
  ]);

  it("reads every card, the code under its label never a day", () => {
    expect(c.tasks.map((t) => [t.code, t.due, t.status, t.doneDate])).toEqual([
      ["1.2", "2021-12-31", "Đang thực hiện", null],
      ["1.6", "2021-12-31", "Hoàn thành", null],
    ]);
  });
});

describe("a table's header over rows, never a printed card's labels over values (guard)", () => {
  const c = consolidateSheet([
    ["TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ KINH TẾ - XÃ HỘI TRONG CHỈ SỐ CCHC NĂM 2021"],
    [],
    ["TIÊU CHÍ 1.4: Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước"],
    ["Điểm tối đa:", 2, "Điểm tự chấm:", 1],
    ["Kết quả thực hiện:", "Giải ngân đến 30/9/2021: 3.150/5.000 triệu đồng, đạt 63% kế hoạch vốn giao"],
    ["Tài liệu kiểm chứng:", "Báo cáo giải ngân số 35/BC-UBND ngày 05/10/2021"],
    ["Việc cần làm", "Người làm", "Hạn", "Xong chưa", "Ghi chú"],
    ["Rà soát, điều chuyển vốn các công trình chậm giải ngân", "PCT UBND", "15/10/2021", "Rồi", "Xong 12/10"],
    ["Kiểm tra tiến độ thi công tại thực địa công trình đường thôn 3", "CC ĐC-XD", "30/11/2021", "Đang làm"],
    [],
    ["TIÊU CHÍ 1.7: Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND xã giao"],
    ["Điểm tối đa:", 2, "Điểm tự chấm:", 1.5],
    ["Kết quả thực hiện:", "Ước đạt 14/16 chỉ tiêu (87,5%)"],
    ["Tài liệu kiểm chứng:", "Nghị quyết 42/NQ-HĐND; BC KT-XH năm 2021"],
    ["Việc cần làm", "Người làm", "Hạn", "Xong chưa", "Ghi chú"],
    ["Rà soát các chỉ tiêu chưa đạt, đề ra giải pháp", "CC TC-KT", "30/11/2021", "Rồi"],
    [],
    ["Thời gian", "Nội dung công việc", "Người thực hiện", "Kết quả"],
    ["Tháng 10/2021", "Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về TTHC", "CC VP-TK", "Hoàn thành"],
    [null, "Rà soát, cập nhật bộ TTHC niêm yết tại Bộ phận Một cửa", "BP Một cửa", "Hoàn thành ngày 29/10/2021"],
  ]);

  it("reads the one-row table under a header printed before as a table", () => {
    const read = c.tasks.map((t) => [t.content, t.lead, t.status]);
    expect(read).toEqual(
      expect.arrayContaining([
        ["Rà soát, điều chuyển vốn các công trình chậm giải ngân", "Phó Chủ tịch Ủy ban nhân dân xã", "Hoàn thành"],
        ["Rà soát các chỉ tiêu chưa đạt, đề ra giải pháp", "Công chức Tài chính-Kế toán", "Hoàn thành"],
        ["Ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về TTHC", "Công chức Văn phòng-Thống kê", "Hoàn thành"],
      ]),
    );
  });
});

describe("a part of a whole with no rate written, its part counting another measure than the row's", () => {
  const c = consolidateSheet([
    ["BÁO CÁO SỐ LIỆU CÁC TIÊU CHÍ CCHC NĂM 2021 (số liệu tính đến ngày 14/12/2021)"],
    [],
    ["Tiêu chí", "Yêu cầu", "Kết quả đạt được", "Đánh giá"],
    ["1.1 - Tỷ lệ hồ sơ trực tuyến mức độ 3, 4", "Nâng cao tỷ lệ", "Tiếp nhận 86 hồ sơ trực tuyến/412 hồ sơ (20,9%)", "Đạt"],
    ["1.2 - Hồ sơ TTHC giải quyết đúng hạn", "100%", "Tiếp nhận 412 hồ sơ, trong đó trực tuyến 86 hồ sơ", "Chưa đạt"],
    ["1.5 - Văn bản điện tử", "Hạn chế gửi bản giấy", "Văn bản đi: 356, gửi điện tử 349 (98%)", "Đạt"],
  ]);

  it("never works out the row's rate from a part that counts something else", () => {
    expect(c.readings.map((r) => r.code).sort()).toEqual(["1.1", "1.5"]);
  });
});
