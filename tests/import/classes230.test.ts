import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// Classes left by blind sets 224-229 and found by sets 230-232.

const reading = (r: { code: string | null; period: string; date: string | null; numerator: number | null; denominator: number | null }) =>
  `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator}`;
const byRow = <T extends { source: { row: number } }>(xs: readonly T[]) => [...xs].sort((a, b) => a.source.row - b.source.row);

describe("a survey tally on an answer scale, an aspect per row", () => {
  const HEAD = [
    "TT",
    "Nội dung đánh giá",
    "Tổng số phiếu",
    "Rất hài lòng",
    "Hài lòng",
    "Bình thường",
    "Không hài lòng",
    "Tỷ lệ hài lòng (%)",
  ];
  const aspects = (n: number, extra = 0): GridCell[][] => [
    [1, "Tiếp cận dịch vụ hành chính công", n, 20 + extra, 37, 3, 0],
    [2, "Thủ tục hành chính, tổ chức giải quyết TTHC", n, 18 + extra, 37, 4, 1],
    [3, "Sự phục vụ của công chức", n, 25 + extra, 34, 1, 0],
  ];

  it("skips a row of column numbers whose last names its formula, '(8)=[(4)+(5)]/(3)'", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP PHIẾU ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG QUÝ III NĂM 2021"],
      HEAD,
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)=[(4)+(5)]/(3)"],
      ...aspects(60),
    ]);
    expect(byRow(c.readings).map(reading)).toEqual([
      "2.1 Quý III/2021 2021-09-30 57/60",
      "2.2 Quý III/2021 2021-09-30 55/60",
      "2.3 Quý III/2021 2021-09-30 59/60",
    ]);
  });

  it("reads tallies stacked under their own quarter's line, a yearless one in the sheet's year (so far, at the day of the figures), a day that does not exist named", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP PHIẾU ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG NĂM 2021"],
      [],
      ["1. QUÝ III (từ 15/6 đến 14/9)"],
      HEAD,
      ...aspects(60),
      [null, "Cộng", 180, 63, 108, 8, 1],
      [null, "Tỷ lệ (%)", null, 35, 60, 4.4, 0.6, 95],
      [],
      ["2. QUÝ IV (từ 15/9 đến 31/11/2021)"],
      HEAD,
      ...aspects(70, 10),
      [null, "Cộng", 210, 93, 108, 8, 1],
      [],
      [null, "NGƯỜI TỔNG HỢP", null, null, null, "TRƯỞNG BỘ PHẬN"],
      [],
      [null, "Phạm Thị Lan", null, null, null, "Lê Văn Tâm"],
    ]);
    expect(byRow(c.readings.filter((r) => r.code === "2.1")).map(reading)).toEqual([
      "2.1 Quý III/2021 2021-09-14 57/60",
      "2.1 Quý IV/2021 2021-12-15 67/70",
    ]);
    expect(c.readings).toHaveLength(6);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column}`)).toEqual(["11A"]);
    // The rate row under "Cộng" is the whole survey's, never an aspect's.
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual(expect.arrayContaining([8, 9]));
  });

  it("reads rounds under one header, each under its section row, and the task list of remedies under them", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      ["STT", "Yếu tố đánh giá", "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Cộng", "Tỷ lệ hài lòng (%)"],
      ["A. ĐỢT 1 - QUÝ II/2021 (khảo sát từ 10/5/2021 đến 21/5/2021; phát ra 45 phiếu, thu về 45 phiếu, hợp lệ 44 phiếu)"],
      ["1", "Tiếp cận dịch vụ", 12, 22, 8, 2, 44, 77.3],
      ["2", "Thủ tục hành chính", 10, 21, 10, 3, 44, 70.5],
      [null, "Hài lòng chung", 11, 22, 9, 2, 44, 75],
      ["B. ĐỢT 2 - QUÝ IV/2021 (khảo sát từ 01/11/2021 đến 12/11/2021)"],
      ["1", "Tiếp cận dịch vụ", 16, 25, 5, 2, 48, 85.4],
      ["2", "Thủ tục hành chính", 14, 24, 7, 3, 48, 79.2],
      [],
      ["II. GIẢI PHÁP KHẮC PHỤC"],
      ["STT", "Nội dung công việc", "Tiêu chí", "Người chủ trì", "Thời hạn", "Kết quả thực hiện"],
      [1, "Bổ sung ghế ngồi chờ tại Bộ phận một cửa", "2.1", "CC VP-TK", "30/7/2021", "Đã hoàn thành"],
      [2, "Niêm yết công khai đầy đủ bộ TTHC", "2.2", "BP Một cửa", "31/8/2021", "Đang thực hiện"],
    ]);
    expect(byRow(c.readings).map(reading)).toEqual([
      "2.1 Quý II/2021 2021-05-21 34/44",
      "2.2 Quý II/2021 2021-05-21 31/44",
      "2.1 Quý IV/2021 2021-11-12 41/48",
      "2.2 Quý IV/2021 2021-11-12 38/48",
    ]);
    expect(c.tasks.map((t) => `${t.source.row} ${t.code} ${t.due} ${t.status}`)).toEqual([
      "13 2.1 2021-07-30 Hoàn thành",
      "14 2.2 2021-08-31 Đang thực hiện",
    ]);
  });
});

describe("the index's criteria and the plan's tasks counted in tables", () => {
  it("takes a title typed without marks, 'NAM 2021' over 'So lieu tinh den ngay 10/12/2021', as the year so far", () => {
    const c = consolidateSheet([
      ["BAO CAO KET QUA THUC HIEN KE HOACH 49/KH-UBND NAM 2021"],
      ["(So lieu tinh den ngay 10/12/2021)"],
      ["Ma TC", "Chi so thanh phan", "Ky nay", "Muc tieu"],
      ["1.2", "Ty le ho so TTHC giai quyet dung han", "612/618", "100%"],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date}`)).toEqual(["1.2 Năm 2021 (đến 10/12/2021) 2021-12-10"]);
  });

  it("makes no tasks of a count of tasks by state per criterion, even with a content and a deadline column", () => {
    const c = consolidateSheet([
      ["TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2021"],
      ["Mã TC", "Nội dung", "Số nhiệm vụ theo KH", "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Tỷ lệ (%)", "Thời hạn"],
      ["1.1", "Tuyên truyền, hướng dẫn DVC mức độ 3, 4", 2, 2, 0, 0, 100, "31/12/2021"],
      ["1.2", "Giải quyết hồ sơ đúng hạn, xin lỗi khi trễ hẹn", 2, 1, 1, 0, 50, "Thường xuyên"],
      ["1.6", "Kiểm soát dịch Covid-19, quảng bá sản phẩm OCOP", 3, 1, 1, 1, 33.3, "31/12/2021"],
      [null, "Tổng", 7, 4, 2, 1, 57.1],
    ]);
    expect(c.tasks).toEqual([]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED").map((p) => p.row)).toEqual([2]);
  });

  it("still reads a tracker whose state columns hold ticks", () => {
    const c = consolidateSheet([
      ["THEO DÕI NHIỆM VỤ NĂM 2021"],
      ["STT", "Nội dung", "Số nhiệm vụ", "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Thời hạn"],
      [1, "Tuyên truyền, hướng dẫn DVC mức độ 3, 4", 1, "x", null, null, "31/12/2021"],
      [2, "Giải quyết hồ sơ đúng hạn, xin lỗi khi trễ hẹn", 1, null, "x", null, "30/11/2021"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện"]);
  });

  it("dates 'Kỳ này' by the title's day of the figures, last year's column at its own period's end", () => {
    const c = consolidateSheet([
      ["BẢNG THEO DÕI KẾT QUẢ CÁC CHỈ SỐ THÀNH PHẦN QUÝ III NĂM 2021"],
      ["(Theo Kế hoạch số 49/KH-UBND ngày 29/9/2021; số liệu tính đến ngày 14/9/2021)"],
      ["STT", "Chỉ số thành phần", "Cùng kỳ năm 2020", "Kỳ này", "Mục tiêu"],
      [1, "1.2. Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "96,5%", "97,8% (178/182 hồ sơ)", "100%"],
      [2, "1.5. Tỷ lệ văn bản trao đổi dưới dạng điện tử", 0.82, 0.94, "Hạn chế văn bản giấy"],
    ]);
    expect(byRow(c.readings).map((r) => `${r.code} ${r.period} ${r.date}`)).toEqual([
      "1.2 Quý III/2020 2020-09-30",
      "1.2 Quý III/2021 2021-09-14",
      "1.5 Quý III/2020 2020-09-30",
      "1.5 Quý III/2021 2021-09-14",
    ]);
  });
});

describe("criteria under a two-level header", () => {
  it("reads 'Chỉ số thành phần' rows under 'Kết quả (%)' over 'Cùng kỳ năm 2020 | Kỳ này' as readings, never tasks", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ CHỈ SỐ HÀI LÒNG (SIPAS) 6 THÁNG ĐẦU NĂM 2021"],
        ["Số liệu tính đến ngày 14/6/2021"],
        ["TT", "Chỉ số thành phần", "Kết quả (%)", null, "Mục tiêu", "Đánh giá (Đạt/Không đạt)"],
        [null, null, "Cùng kỳ năm 2020", "Kỳ này"],
        [1, "Chỉ số hài lòng về tiếp cận dịch vụ", 82.4, 85.8, "Tăng so với năm 2020", "Đạt"],
        [2, "Chỉ số hài lòng về kết quả giải quyết TTHC", 90.2, 91.7, "Giữ vững", "Đạt"],
      ],
      { merges: [{ top: 3, left: 3, bottom: 3, right: 4 }] },
    );
    expect(c.tasks).toEqual([]);
    expect(byRow(c.readings).map((r) => `${r.code} ${r.period} ${r.date} ${r.value}`)).toEqual([
      "2.1 6 tháng đầu năm 2020 2020-06-30 82.4",
      "2.1 6 tháng đầu năm 2021 2021-06-14 85.8",
      "2.4 6 tháng đầu năm 2020 2020-06-30 90.2",
      "2.4 6 tháng đầu năm 2021 2021-06-14 91.7",
    ]);
  });

  it("reads a survey's aspects by the words on its rows of counts, not by a note column under the table", () => {
    const c = consolidateSheet([
      ["Kết quả tự khảo sát sự hài lòng (đợt tháng 11/2021)"],
      ["TT", "Tiêu chí", "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Tỷ lệ hài lòng"],
      [1, "Tiếp cận dịch vụ hành chính công", 48, 57, 4, 1, "95,45%"],
      [2, "Kết quả giải quyết TTHC", 45, 58, 6, 1, "93,64%"],
      [],
      ["III. TỒN TẠI, HẠN CHẾ"],
      ["- Một số hồ sơ đất đai còn trễ hẹn, chưa có văn bản xin lỗi kịp thời."],
      ["- Cơ sở vật chất khu vực chờ còn thiếu (ghế ngồi, nước uống)."],
    ]);
    expect(byRow(c.readings).map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "2.1 Tháng 11/2021 105/110",
      "2.4 Tháng 11/2021 103/110",
    ]);
  });
});

describe("several date columns and days written every way", () => {
  it("reads a 'Ngày khảo sát' row under the quarters as each column's day, never as a signature's date line", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG (SIPAS) NĂM 2021"],
      ["STT", "Chỉ số thành phần", "Quý II/2021", "Quý III/2021", "Mục tiêu"],
      [null, "Ngày khảo sát", "15.6.2021", "ngày 14 tháng 9 năm 2021"],
      ["2.1", "Chỉ số hài lòng về tiếp cận dịch vụ", "84,2%", "86,5%", "Tăng so với năm 2020"],
      ["2.3", "Chỉ số hài lòng về công chức tại Bộ phận TN&TKQ", "88,7%", "88-90%", "Tăng so với năm 2020"],
    ]);
    expect(byRow(c.readings).map((r) => `${r.code} ${r.period} ${r.date} ${r.value}`)).toEqual([
      "2.1 Quý II/2021 2021-06-15 84.2",
      "2.1 Quý III/2021 2021-09-14 86.5",
      "2.3 Quý II/2021 2021-06-15 88.7",
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column}`)).toEqual(["5D"]);
  });

  it("takes 'Hạn (theo KH)' under 'Thời gian' as the deadline, the extension beside it over it, never 'Ngày giao'", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ QUÝ IV/2021"],
        ["STT", "Nhiệm vụ", "Mã TC", "Chủ trì", "Thời gian", null, null, null, "Kết quả thực hiện", "Tỷ lệ hoàn thành"],
        [null, null, null, null, "Ngày giao", "Hạn (theo KH)", "Gia hạn đến", "Thực tế hoàn thành"],
        [
          1,
          "Rà soát văn bản đi, tỷ lệ văn bản điện tử",
          "1.5",
          "VP-TK",
          "1/10/2021",
          "30/10/2021",
          null,
          "02/11/2021",
          "Hoàn thành",
          "100%",
        ],
        [
          2,
          "Xây dựng bộ biểu mẫu tham khảo cho người dân",
          "2.2",
          "VP-TK",
          "1/10/2021",
          "15/11/2021",
          "30/11/2021",
          null,
          "Chưa xong",
          "70%",
        ],
      ],
      { merges: [{ top: 2, left: 5, bottom: 2, right: 8 }] },
    );
    expect(c.tasks.map((t) => `${t.source.row} ${t.due} ${t.doneDate} ${t.status} ${t.progress}`)).toEqual([
      "4 2021-10-30 2021-11-02 Hoàn thành 100",
      "5 2021-11-30 null Đang thực hiện 70",
    ]);
  });
});

describe("a period's figure not there yet", () => {
  it("names 'đang tổng hợp' under this year, last year's figure on the row read all the same", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ ĐIỀU TRA SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      ["STT", "Mã", "Chỉ số thành phần", "Năm 2020 (%)", "Năm 2021 (%)"],
      [1, "2.1", "Hài lòng về tiếp cận dịch vụ", 80.12, 83.45],
      [2, "2.4", "Hài lòng về kết quả giải quyết TTHC", 82, "đang tổng hợp"],
    ]);
    expect(c.readings.filter((r) => r.code === "2.4").map((r) => r.period)).toEqual(["Năm 2020"]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => `${p.row}${p.column}`)).toEqual(["4E"]);
  });
});

describe("dates typed on a machine set to English, spans with dots, update days", () => {
  it("never reads a span of days typed with dots, '1.10.2021 - 31.10.2021', as criterion 1.10", () => {
    const c = consolidateSheet([
      ["THEO DÕI TỶ LỆ VĂN BẢN ĐI GỬI DƯỚI DẠNG ĐIỆN TỬ (TCTP 1.5)"],
      ["Tháng", "Từ ngày – đến ngày", "Tổng số VB đi", "VB gửi điện tử", "Tỷ lệ điện tử (%)"],
      ["Tháng 9/2021", "01/9 - 30/9/2021", 64, 58, 90.6],
      ["Tháng 10/2021", "1.10.2021 - 31.10.2021", 71, 67, "94,4"],
    ]);
    expect(byRow(c.readings).map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.5 Tháng 9/2021 58/64",
      "1.5 Tháng 10/2021 67/71",
    ]);
  });

  it("dates figures by the day their period cell gives, not by the day they were typed in", () => {
    const c = consolidateSheet([
      ["THEO DÕI GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (TCTP 1.4)"],
      ["Thời điểm", "Kế hoạch vốn giao", "Đã giải ngân", "Tỷ lệ", "Ngày cập nhật"],
      ["Đến 30/9/2021", 4250, 2380, "56%", "2021-10-05"],
      ["Đến 31/10/2021", 4250, 2890, "68%", "11/05/2021"],
    ]);
    expect(byRow(c.readings).map((r) => `${r.code} ${r.date}`)).toEqual(["1.4 2021-09-30", "1.4 2021-10-31"]);
    // The day typed in is not lost: it stays in Ghi chú as written.
    expect(byRow(c.readings).map((r) => r.note)).toEqual([
      expect.stringContaining("Ngày cập nhật: 2021-10-05"),
      expect.stringContaining("Ngày cập nhật: 11/05/2021"),
    ]);
  });

  it("reads an extension month first where the deadline column is, and 'GH 15/11/2021' as one", () => {
    const c = consolidateSheet([
      ["NHIỆM VỤ"],
      ["STT", "Nội dung", "Chủ trì", "Hạn (theo KH)", "Gia hạn đến", "Ngày hoàn thành", "Tiến độ"],
      [1, "Lập báo cáo tiến độ giải ngân vốn đầu tư công", "KT-TC", "10/15/2021", null, "10/14/2021", "100%"],
      [2, "Tham mưu phân công cán bộ phụ trách từng dự án", "KT-TC", "09/30/2021", "10/31/2021", "10/28/2021", 100],
      [3, "Cập nhật danh mục TTHC niêm yết tại Bộ phận một cửa", "KT-TC", "31/10/2021, GH 15/11/2021", null, null, "50%"],
      [],
      [null, "Kế toán"],
      [null, "Lê Thị Hoa"],
    ]);
    expect(c.tasks.map((t) => `${t.source.row} ${t.due}`)).toEqual(["3 2021-10-15", "4 2021-10-31", "5 2021-11-15"]);
  });
});

describe("one commune's quarter in its officials' habits", () => {
  it("takes 'Khối lượng đạt (%)' of a works list as how far each is", () => {
    const c = consolidateSheet([
      ["THEO DÕI TIẾN ĐỘ CÁC CÔNG TRÌNH NĂM 2021 (Thuộc tiêu chí 1.4)"],
      ["STT", "Tên công trình / công việc", "Người phụ trách", "Hạn hoàn thành", "Khối lượng đạt (%)", "Tình hình"],
      [1, "Nâng cấp trụ sở Bộ phận Một cửa (lát gạch, mái che, ghế chờ)", "Địa chính - XD", "20/12/2021", 70, "Đang thi công"],
      [2, "Nạo vét kênh thủy lợi nội đồng ấp Tân Hòa", "Địa chính", "31/12/2021", 45, "Đang thi công"],
    ]);
    expect(c.tasks.map((t) => t.progress)).toEqual([70, 45]);
  });

  it("works a sentence's rate from the two amounts that give it, in millions with thousands dots", () => {
    const c = consolidateSheet([
      ["GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
      [],
      ["Tổng vốn KH giao: 4.850 triệu đồng; đã giải ngân đến 30/11/2021: 3.620 triệu đồng (đạt 74,6%)."],
    ]);
    expect(c.readings.map((r) => `${r.numerator}/${r.denominator} ${r.value}`)).toEqual(["3620/4850 74.6"]);
  });

  it("takes a survey's fieldwork days under a quarter's title as that quarter's figures at their end, codes in brackets, counts over a rate typed over", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) - QUÝ IV/2021"],
      ["Thời gian khảo sát: từ 01/11/2021 đến 30/11/2021; số phiếu phát ra: 60, số phiếu thu về: 58"],
      [],
      ["TT", "Nội dung đánh giá", "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Cộng", "Tỷ lệ hài lòng (%)"],
      [1, "Tiếp cận dịch vụ (2.1)", 20, 33, 4, 1, 58, 91.38],
      [2, "Tổ chức giải quyết TTHC (2.2)", 18, 34, 5, 1, 58, "93,1"],
    ]);
    expect(byRow(c.readings).map(reading)).toEqual(["2.1 Quý IV/2021 2021-11-30 53/58", "2.2 Quý IV/2021 2021-11-30 52/58"]);
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["6H 93,1"]);
  });
});

describe("a task list under the desk's counts on one sheet", () => {
  const counts: GridCell[][] = [
    ["SỐ LIỆU GIẢI QUYẾT HỒ SƠ LĨNH VỰC TƯ PHÁP - HỘ TỊCH QUÝ IV/2021"],
    ["Tháng", "Lĩnh vực", "Tồn kỳ trước", "Tiếp nhận", null, "Đã giải quyết", null, null, "Đang giải quyết", null, "Trả lại / rút"],
    [null, null, null, "Trực tuyến", "Trực tiếp", "Trước hạn", "Đúng hạn", "Trễ hạn", "Trong hạn", "Quá hạn"],
    ["Tháng 10", "Hộ tịch", 2, 5, 41, 30, 16, 0, 2, 0, 0],
    [null, "Chứng thực", 0, 0, 118, 118, 0, 0, 0, 0, 0],
    ["Tháng 11", "Hộ tịch", 2, 8, 37, 28, 17, 1, 1, 0, 0],
    [null, "Chứng thực", 0, 1, 125, 126, 0, 0, 0, 0, 0],
    ["Cộng", null, 4, 14, 321, 302, 33, 1, 3, 0, 0],
    [],
  ];
  const merges = [
    { top: 2, left: 4, bottom: 2, right: 5 },
    { top: 2, left: 6, bottom: 2, right: 8 },
    { top: 2, left: 9, bottom: 2, right: 10 },
    { top: 4, left: 1, bottom: 5, right: 1 },
    { top: 6, left: 1, bottom: 7, right: 1 },
  ];

  it("ends the counts at the tasks' headings and reads the tasks, the total checked against no one field", () => {
    const c = consolidateSheet(
      [
        ...counts,
        ["CÁC NHIỆM VỤ THEO KH 49 (phần Tư pháp - Hộ tịch)"],
        ["TT", "Việc làm", "Thuộc TC", "Hạn", "Kết quả thực hiện", "Ngày HT"],
        [
          1,
          "Niêm yết công khai, cập nhật TTHC lĩnh vực hộ tịch tại Bộ phận Một cửa",
          "2.2",
          "20/10/2021",
          "Đã niêm yết đủ 27 TTHC",
          "18/10/2021",
        ],
        [2, "Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực chứng thực", "2.2", "10/12/2021", "Chưa làm"],
      ],
      { merges },
    );
    expect((c.dossiers ?? []).map((d) => `${d.field} ${d.from}`)).toEqual([
      "Hộ tịch 2021-10-01",
      "Chứng thực 2021-10-01",
      "Hộ tịch 2021-11-01",
      "Chứng thực 2021-11-01",
    ]);
    expect(c.tasks.map((t) => `${t.source.row} ${t.code} ${t.due}`)).toEqual(["12 2.2 2021-10-20", "13 2.2 2021-12-10"]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH" || p.code === "BAD_NUMBER")).toEqual([]);
  });
});

describe("a jotted list with no header", () => {
  it("reads 'đang làm 60%', 'xong 05/11', 'hạn 31/12' as state and deadline, the first line a task, not headings", () => {
    const c = consolidateSheet([
      ["Việc của BP Một cửa theo KH 49 (ghi nhanh)"],
      [],
      ["1.1", "Hướng dẫn tổ chức, cá nhân sử dụng dịch vụ công trực tuyến mức độ 3, 4 tại quầy", "đang làm 60%", "hạn 31/12"],
      ["2.2", "Cập nhật niêm yết TTHC mới theo quyết định công bố của UBND tỉnh", "xong 05/11", "hạn 15/11"],
      ["2.4", "Gửi thư xin lỗi 01 hồ sơ hộ tịch trễ hẹn", "xong 22/10", "hạn 25/10"],
      ["2.3", "Đeo thẻ công chức, niêm yết nội quy giờ làm việc tại quầy", "chưa", "hạn 30/12"],
    ]);
    expect(c.tasks.map((t) => `${t.source.row} ${t.code} ${t.due} ${t.status} ${t.progress}`)).toEqual([
      "3 1.1 2021-12-31 Đang thực hiện 60",
      "4 2.2 2021-11-15 Hoàn thành 100",
      "5 2.4 2021-10-25 Hoàn thành 100",
      "6 2.3 2021-12-30 Chưa thực hiện 0",
    ]);
    expect(c.problems.filter((p) => p.code === "HEADER_INFERRED")).toHaveLength(1);
  });

  it("still takes months written 'T7/21 | T8/21' as a header", () => {
    const c = consolidateSheet([
      ["TY LE HO SO TTHC TRUC TUYEN MUC DO 3, 4 (TC 1.1)"],
      ["Noi dung", "T7/21", "T8/21", "T9/21"],
      ["So HS nop truc tuyen muc do 3,4", 8, 11, 12],
      ["Tong so HS tiep nhan", 95, 102, 85],
    ]);
    expect(byRow(c.readings).map((r) => `${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "Tháng 7/2021 8/95",
      "Tháng 8/2021 11/102",
      "Tháng 9/2021 12/85",
    ]);
  });
});

describe("a growth that fell", () => {
  it("takes GRDP growth of -2,5 % as a figure, never a rate outside 0-100", () => {
    const c = consolidateSheet([
      ["SỐ LIỆU CÁC TIÊU CHÍ 1.4, 1.6 NĂM 2021 (ĐVT: %)"],
      ["Mã TC", "Chỉ tiêu", "Quý I", "Quý II", "Quý III"],
      ["1.4", "Tỷ lệ giải ngân vốn đầu tư công (lũy kế)", 12.5, 35.2, 161.4],
      ["1.6", "Tốc độ tăng GRDP so cùng kỳ", 3.1, 1.2, -2.5],
    ]);
    expect(c.readings.filter((r) => r.code === "1.6").map((r) => r.value)).toEqual([3.1, 1.2, -2.5]);
    expect(c.problems.filter((p) => p.code === "PERCENT_OUT_OF_RANGE").map((p) => `${p.row} ${p.value}`)).toEqual(["3 161.4"]);
  });
});

describe("a survey over a two-level heading, its remedies under it", () => {
  it("skips '(8)=((4)+(5))/(3)x100', dates the quarter by its fieldwork in brackets, and reads the remedies' table below", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC QUÝ III NĂM 2021"],
        ["(Thời gian khảo sát: từ ngày 20/9/2021 đến ngày 24/9/2021)"],
        ["STT", "Nội dung khảo sát", "Tổng số phiếu", "Mức độ đánh giá (số phiếu)", null, null, null, "Tỷ lệ hài lòng (%)"],
        [null, null, null, "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)=((4)+(5))/(3)x100"],
        [1, "Chỉ số hài lòng về tiếp cận dịch vụ (2.1)", 40, 12, 22, 5, 1, 85],
        [2, "Chỉ số hài lòng về tổ chức giải quyết TTHC (2.2)", 40, 10, 23, 6, 1, 82.5],
        [null, "Cộng", 80, 22, 45, 11, 2, 83.75],
        [],
        ["II. NHỮNG TỒN TẠI, HẠN CHẾ VÀ GIẢI PHÁP KHẮC PHỤC"],
        ["TT", "Nội dung giải pháp", "Bộ phận/người thực hiện", null, "Thời gian hoàn thành", null, "Kết quả thực hiện (đến 10/12/2021)"],
        [
          1,
          "Bố trí thêm 10 ghế chờ và 02 quạt đứng tại Bộ phận Một cửa (2.1)",
          "BP Một cửa",
          null,
          "30/10/2021",
          null,
          "Đã hoàn thành ngày 25/10/2021",
        ],
        [2, "Công khai số điện thoại đường dây nóng của Chủ tịch UBND xã (2.5)", "VP-TK", null, "30/9/2021", null, "Chưa thực hiện"],
      ],
      { merges: [{ top: 3, left: 4, bottom: 3, right: 7 }] },
    );
    expect(byRow(c.readings).map(reading)).toEqual(["2.1 Quý III/2021 2021-09-24 34/40", "2.2 Quý III/2021 2021-09-24 33/40"]);
    expect(c.tasks.map((t) => `${t.source.row} ${t.code} ${t.due} ${t.status}`)).toEqual([
      "12 2.1 2021-10-30 Hoàn thành",
      "13 2.5 2021-09-30 Chưa thực hiện",
    ]);
  });
});

describe("counts of tasks by state under a band", () => {
  it("makes no tasks of 'Số NV theo KH' over 'Kết quả thực hiện: Đã HT | Đang TH | Chưa TH' whose counts add up", () => {
    const c = consolidateSheet(
      [
        ["TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND THEO TỪNG TIÊU CHÍ"],
        ["Mã", "Tên tiêu chí", "Chủ trì", "Số NV theo KH", "Kết quả thực hiện", null, null, "Thời hạn", "Tỷ lệ HT (%)"],
        [null, null, null, null, "Đã HT", "Đang TH", "Chưa TH"],
        ["1.1", "Thực hiện kế hoạch CCHC (DVC mức độ 3, 4)", "CC VH-XH", 2, 1, 1, 0, "Trong năm 2021", 50],
        ["1.2", "Hồ sơ TTHC giải quyết đúng hạn", "CC VP-TK", 2, 1, 1, 0, "Năm 2021", 50],
        ["1.5", "Văn bản điện tử", "CC VP-TK", 1, 1, 0, 0, "Trong năm 2021", 100],
      ],
      { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
    );
    expect(c.tasks).toEqual([]);
    expect(c.readings).toEqual([]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED").map((p) => p.row)).toEqual([2]);
  });
});

describe("rounds under their own lines, headings printed again", () => {
  it("reads each round under its Roman-numbered line, an aspect left unsurveyed named, codes written '(mã 2.1)'", () => {
    const head = [
      "STT",
      "Chỉ số thành phần",
      "Số phiếu",
      "Rất hài lòng",
      "Hài lòng",
      "Bình thường",
      "Không hài lòng",
      "Tỷ lệ hài lòng",
      "Ghi chú",
    ];
    const numbers = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)=[(4)+(5)]/(3)", "(9)"];
    const c = consolidateSheet([
      ["BẢNG TỔNG HỢP PHIẾU KHẢO SÁT SỰ HÀI LÒNG (SIPAS) QUÝ II VÀ QUÝ III NĂM 2021"],
      [],
      ["I. QUÝ II/2021 – Thời gian điều tra: 15-18/6/2021"],
      head,
      numbers,
      [1, "Chỉ số hài lòng về tiếp cận dịch vụ (mã 2.1)", 50, 15, 27, 6, 2, "84,0%"],
      [2, "Chỉ số hài lòng về tổ chức giải quyết TTHC (mã 2.2)", 50, 14, 26, 8, 2, "80%"],
      [null, "Cộng", 100, 29, 53, 14, 4, "82%"],
      [],
      ["II. QUÝ III/2021 – Thời gian điều tra: 13-16/9/2021"],
      head,
      numbers,
      [1, "Chỉ số hài lòng về tiếp cận dịch vụ (mã 2.1)", 45, 16, 22, 5, 2, "84,4%"],
      [2, "Chỉ số hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị (mã 2.5)", "-", null, null, null, null, null, "Không phát sinh PAKN"],
      [null, "Cộng", 45, 16, 22, 5, 2, "84,4%"],
    ]);
    expect(byRow(c.readings).map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "2.1 Quý II/2021 42/50",
      "2.2 Quý II/2021 40/50",
      "2.1 Quý III/2021 38/45",
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual(expect.arrayContaining([14]));
  });
});

describe("tasks under an index's section", () => {
  it("reads 'Hoàn thành' in the result column of a task under 'Chỉ số SIPAS 2.3' as its state, never a misplaced verdict", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO TẠI KẾ HOẠCH SỐ 49/KH-UBND"],
      ["TT", "Nhiệm vụ", "Thời hạn", "Kết quả thực hiện", "Ngày hoàn thành", "Ghi chú"],
      ["Chỉ số SIPAS 2.3 - Hài lòng về công chức tại Bộ phận một cửa"],
      [
        "a",
        "Phân công lãnh đạo trực tiếp theo dõi hoạt động của Bộ phận một cửa (Quyết định phân công)",
        "31.10.2021",
        "Hoàn thành",
        "02.11.2021",
      ],
      ["b", "Niêm yết số điện thoại đường dây nóng của lãnh đạo xã tại trụ sở", "20/10/2021", "Đang thực hiện"],
    ]);
    expect(c.tasks.map((t) => `${t.code} ${t.status}`)).toEqual(["2.3 Hoàn thành", "2.3 Đang thực hiện"]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
  });
});

describe("a report's days written in words", () => {
  it("reads 'từ ngày 15 tháng 9 năm 2021 đến ngày 14 tháng 12 năm 2021' in a desk's title as its period", () => {
    const c = consolidateSheet(
      [
        ["THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ TTHC QUÝ IV"],
        ["(Kỳ báo cáo từ ngày 15 tháng 9 năm 2021 đến ngày 14 tháng 12 năm 2021)"],
        ["Lĩnh vực", "Kỳ trước chuyển sang", "Tiếp nhận", null, "Đã giải quyết", null, null, "Đang giải quyết", null],
        [null, null, "Trực tuyến", "Trực tiếp", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
        ["Hộ tịch", 2, 15, 88, 60, 40, 1, 4, 0],
        ["Chứng thực", 0, 3, 120, 118, 5, 0, 0, 0],
      ],
      {
        merges: [
          { top: 3, left: 3, bottom: 3, right: 4 },
          { top: 3, left: 5, bottom: 3, right: 7 },
          { top: 3, left: 8, bottom: 3, right: 9 },
        ],
      },
    );
    expect((c.dossiers ?? []).map((d) => `${d.field} ${d.from} ${d.to}`)).toEqual([
      "Hộ tịch 2021-09-15 2021-12-14",
      "Chứng thực 2021-09-15 2021-12-14",
    ]);
  });
});

describe("a round's line longer than a title's", () => {
  it("reads each round under 'Đợt 3: Quý III/2021 - khảo sát từ ngày 20/9/2021 đến ngày 24/9/2021' as that quarter", () => {
    const head = ["STT", "Nội dung", "Tốt", "Khá", "Trung bình", "Kém", "Cộng", "Tỷ lệ hài lòng (%)"];
    const c = consolidateSheet([
      ["TỔNG HỢP KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG 03 ĐỢT NĂM 2021"],
      [],
      ["Đợt 1: Quý I/2021 - khảo sát từ ngày 22/3/2021 đến ngày 26/3/2021"],
      head,
      [1, "Tiếp cận dịch vụ (TC 2.1)", 10, 14, 5, 1, 30, 80],
      [2, "Tổ chức giải quyết TTHC (TC 2.2)", 9, 14, 6, 1, 30, 76.7],
      [],
      ["Đợt 3: Quý III/2021 - khảo sát từ ngày 20/9/2021 đến ngày 24/9/2021"],
      head,
      [1, "Tiếp cận dịch vụ (TC 2.1)", 14, 20, 5, 1, 40, 85],
      [2, "Tổ chức giải quyết TTHC (TC 2.2)", 13, 20, 6, 1, 40, 82.5],
    ]);
    expect(byRow(c.readings).map((r) => `${r.code} ${r.period} ${r.date}`)).toEqual([
      "2.1 Quý I/2021 2021-03-26",
      "2.2 Quý I/2021 2021-03-26",
      "2.1 Quý III/2021 2021-09-24",
      "2.2 Quý III/2021 2021-09-24",
    ]);
  });
});

describe("the work counted in pieces", () => {
  it("takes 'Số lượng › Phải làm | Đã làm' as how far each task is, never a count that passes its whole", () => {
    const c = consolidateSheet(
      [
        ["THEO DOI THUC HIEN NHIEM VU KH 49/KH-UBND NAM 2021"],
        ["STT", "Noi dung cong viec", "Chu tri", "Thoi han", "So luong", null, "Tinh trang"],
        [null, null, null, null, "Phai lam", "Da lam"],
        [1, "Rà soát hồ sơ tồn đọng lĩnh vực đất đai, nhắc hạn xử lý", "BP mot cua", "30/11/2021", 12, 9, "Dang lam"],
        [2, "Xây dựng bộ biểu mẫu tham khảo, hồ sơ mẫu các TTHC thường dùng", "BP mot cua", "31/12/2021", 20, 8, "Dang lam"],
        [3, "Kiểm tra giờ giấc, thái độ giao tiếp của công chức Bộ phận Một cửa", "CT UBND", "31/12/2021", 4, 6, "Dang lam"],
      ],
      { merges: [{ top: 2, left: 5, bottom: 2, right: 6 }] },
    );
    expect(c.tasks.map((t) => t.progress)).toEqual([75, 40, null]);
  });

  it("tells a task's state from its pieces where none is written", () => {
    const c = consolidateSheet(
      [
        ["THEO DOI TIEN DO NHIEM VU CCHC NAM 2021 - VHXH"],
        ["TT", "Noi dung", "Chu tri", "Han", "So luong", null, null],
        [null, null, null, null, "Ke hoach", "Da thuc hien", "Con lai"],
        [1, "Tuyên truyền trên hệ thống loa phát thanh về dịch vụ công trực tuyến", "CC VH-XH", "31/12/2021", 8, 6, 2],
        [2, "Cập nhật thông tin về Bộ phận TN&TKQ trên Trang thông tin điện tử xã", "CC VH-XH", "31/10/2021", 10, 10, 0],
        [3, "Tuyên truyền các hình thức tiếp nhận, trả kết quả qua bưu chính công ích", "CC VH-XH", "30/11/2021", 4, 0, 4],
      ],
      { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
    );
    expect(c.tasks.map((t) => `${t.status} ${t.progress}`)).toEqual(["Đang thực hiện 75", "Hoàn thành 100", "Chưa thực hiện 0"]);
  });
});
