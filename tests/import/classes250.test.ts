import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// Classes found by blind sets 250-253: tasks tracked report by report under a band of days.

const day = (d: string) => ({ date: d as IsoDate });

describe("a band naming the reports over their days typed as text", () => {
  const TABLE: GridCell[][] = [
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND NĂM 2021"],
    ["TT", "Mã TC", "Nhiệm vụ", "Chủ trì", "Hạn HT", "Báo cáo ngày", null, null, "Trạng thái"],
    [null, null, null, null, null, "15/10/2021", "15/11/2021", "10/12/2021"],
    ["A", null, "Công tác chỉ đạo điều hành"],
    [
      1,
      "2.3",
      "Phân công lãnh đạo theo dõi hoạt động của Bộ phận Một cửa",
      "CT UBND",
      "31/10/2021",
      "Đang TH",
      "Xong",
      "Xong",
      "Hoàn thành",
    ],
    [2, "1.5", "Gửi, nhận văn bản điện tử qua phần mềm quản lý văn bản", "VP-TK", "Quý IV/2021", "0,6", "0,7", "0,9"],
    [3, "2.2", "Nâng cao chất lượng Trang thông tin điện tử xã", "VP-TK", "30/11/2021", "30%", "35%", "40-50%", "Đang thực hiện"],
    [
      4,
      "2.4",
      "Triển khai đánh giá chất lượng giải quyết TTHC",
      "VP-TK",
      "30/11/2021",
      "Chưa",
      "Đang TH",
      "HT ngày 05/12",
      "Đang thực hiện",
    ],
  ];
  const read = () => consolidateSheet(TABLE, { merges: [{ top: 2, left: 6, bottom: 2, right: 8 }] });

  it("reads the tasks, the latest report giving the state, the earlier ones kept in Ghi chú", () => {
    const c = read();
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [5, "Hoàn thành"],
      [6, "Đang thực hiện"],
      [7, "Đang thực hiện"],
      [8, "Hoàn thành"],
    ]);
    expect(c.tasks[0].note).toContain("ngày 15/10/2021: Đang TH");
  });

  it("reads a share typed as text in the latest report as the progress", () => {
    const c = read();
    expect(c.tasks.find((t) => t.source.row === 6)?.progress).toBe(90);
  });

  it("names a range of shares in the latest report and takes no progress from it", () => {
    const c = read();
    const bad = c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column}`);
    expect(bad).toEqual(["7H"]);
    expect(c.tasks.find((t) => t.source.row === 7)?.progress).toBeNull();
  });

  it("names the row's own state column when the latest report says the work was done", () => {
    const c = read();
    const said = c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => `${p.row}${p.column}`);
    expect(said).toContain("8I");
  });
});

describe("a band of report days typed newest first", () => {
  const TABLE: GridCell[][] = [
    ["STT", "Nội dung nhiệm vụ", "Cán bộ phụ trách", "Hạn", "Tình hình thực hiện tính đến ngày", null, null],
    [null, null, null, null, day("2021-12-10"), day("2021-11-10"), day("2021-10-10")],
    [1, "Phát thanh chuyên mục CCHC hằng tuần", "CC VH-XH", "Quý IV/2021", 0.8, 0.6, 0.4],
    [
      2,
      "Đăng tải thông tin về Bộ phận Một cửa trên Trang thông tin điện tử",
      "CC VH-XH",
      day("2021-10-31"),
      "Xong",
      "Xong",
      "HT ngày 05/10",
    ],
    [3, "Tổ chức hội thi tìm hiểu CCHC", "CC VH-XH", day("2021-11-20"), 0.9, 1, 0.5],
  ];
  const read = () => consolidateSheet(TABLE, { merges: [{ top: 1, left: 5, bottom: 1, right: 7 }] });

  it("takes the newest report's share, whatever the columns' order", () => {
    const c = read();
    expect(c.tasks.map((t) => [t.source.row, t.progress])).toEqual([
      [3, 80],
      [4, 100],
      [5, 90],
    ]);
  });

  it("takes the day done from the earlier report that wrote it", () => {
    const c = read();
    expect(c.tasks.find((t) => t.source.row === 4)?.doneDate).toBe("2021-10-05");
  });

  it("names a share lower than an earlier report's", () => {
    const c = read();
    const fell = c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => `${p.row}${p.column}`);
    expect(fell).toEqual(["5E"]);
  });
});

describe("figures among tasks tracked report by report", () => {
  it("reads counts and a rate above the tasks as the criterion's readings, each report a day", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO TIẾN ĐỘ GIẢI NGÂN (Tiêu chí thành phần 1.4)"],
        ["TT", "Nội dung", "Người thực hiện", "Thời hạn", "Tình hình thực hiện tính đến ngày", null, null],
        [null, null, null, null, day("2021-09-30"), day("2021-10-31"), day("2021-11-30")],
        ["I", "Kết quả giải ngân"],
        [1, "Kế hoạch vốn được giao (triệu đồng)", null, null, 5200, 5200, 5200],
        [2, "Giá trị giải ngân lũy kế (triệu đồng)", null, null, 3120, 3380, 4420],
        [3, "Tỷ lệ giải ngân (%)", null, null, 0.6, 0.65, 0.85],
        ["II", "Công tác chỉ đạo điều hành"],
        [1, "Kiểm tra tiến độ tại thực địa công trình đường GTNT", "PCT UBND xã", "Hàng tháng", "Đang TH", "Đang TH", "Đang TH"],
        [2, "Thanh toán dứt điểm nợ đọng xây dựng cơ bản", "CC TC-KT", day("2021-12-31"), 0.3, 0.5, 0.8],
      ],
      { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
    );
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.numerator}/${r.denominator} ${r.value}`)).toEqual([
      "1.4 2021-09-30 3120/5200 60",
      "1.4 2021-10-31 3380/5200 65",
      "1.4 2021-11-30 4420/5200 85",
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress])).toEqual([
      [9, "Đang thực hiện", null],
      [10, "Đang thực hiện", 80],
    ]);
  });

  it("reads a row giving its own parts on its own, never as the parts of the rate under it", () => {
    const c = consolidateSheet(
      [
        ["TT", "Nội dung", "Chủ trì", "Thời hạn", "Kết quả thực hiện đến", null, null, "Tình trạng"],
        [null, null, null, null, day("2021-09-30"), "31/10/2021", "30/11"],
        ["1.1", "Rà soát, cập nhật quy chế làm việc của UBND xã", "VP-TK", day("2021-09-15"), "Xong", null, null, "Hoàn thành"],
        ["1.2", "Ban hành quy chế phối hợp với UBMTTQ xã", "CT UBND xã", "Quý IV/2021", "Chưa", "Đang TH", 0.7, "Đang thực hiện"],
        ["4.1", "Số CB, CC đạt chuẩn / tổng số CB, CC", null, null, "18/20", "18/20", "19/20"],
        ["4.2", "Tỷ lệ văn bản đi gửi dưới dạng điện tử", null, null, 0.85, 0.9, "92%"],
      ],
      { merges: [{ top: 1, left: 5, bottom: 1, right: 7 }] },
    );
    const by = (row: number) => c.readings.filter((r) => r.source.row === row).map((r) => `${r.numerator}/${r.denominator} ${r.value}`);
    expect(by(5)).toEqual(["18/20 90", "18/20 90", "19/20 95"]);
    expect(by(6)).toEqual(["null/null 85", "null/null 90", "null/null 92"]);
    expect(c.tasks.map((t) => [t.source.row, t.progress])).toEqual([
      [3, 100],
      [4, 70],
    ]);
  });
});

describe("work handed up for a decision", () => {
  const sheet = (content: string, state: string) =>
    consolidateSheet([
      ["STT", "Nội dung công việc", "Chủ trì", "Thời hạn", "Tình trạng"],
      [1, content, "VP-TK", "30/11/2021", state],
    ]).tasks[0];

  it("reads a dossier submitted as under way", () => {
    expect(sheet("Cử 02 công chức tham gia lớp bồi dưỡng chức danh", "đã nộp hồ sơ").status).toBe("Đang thực hiện");
  });

  it("reads it as done where submitting it is the work", () => {
    expect(sheet("Tham mưu phân bổ chi tiết kế hoạch vốn đầu tư công", "đã trình").status).toBe("Hoàn thành");
  });
});

describe("the desk's dossiers week by week", () => {
  const HEAD: GridCell[][] = [
    ["SỔ THEO DÕI HỒ SƠ TTHC HÀNG TUẦN"],
    ["Tháng 10 năm 2021"],
    ["STT", "Lĩnh vực / Tuần", "Trực tuyến", "Trực tiếp, BCCI", "Trước hạn", "Đúng hạn", "Quá hạn", "Đang giải quyết"],
  ];

  it("gives the weeks under a field's line that field, each week its own days", () => {
    const c = consolidateSheet([
      ...HEAD,
      ["I", "Lĩnh vực Tư pháp - Hộ tịch"],
      [1, "Tuần 1 (04/10-10/10)", 2, 9, 3, 7, 0, 1],
      [2, "Tuần 2 (11/10-17/10)", 3, 11, 4, 9, 1, 0],
      ["II", "Lĩnh vực Chứng thực"],
      [1, "Tuần 1 (04/10-10/10)", 0, 25, 0, 25, 0, 0],
    ]);
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to, x.online])).toEqual([
      ["Tư pháp - Hộ tịch", "2021-10-04", "2021-10-10", 2],
      ["Tư pháp - Hộ tịch", "2021-10-11", "2021-10-17", 3],
      ["Chứng thực", "2021-10-04", "2021-10-10", 0],
    ]);
  });

  it("reads every week's block on a long sheet, past the blank row after each week's total", () => {
    const c = consolidateSheet([
      ["THEO DOI HO SO TTHC THEO TUAN - THANG 11/2021"],
      [
        "Linh vuc",
        "Nhan truc tuyen",
        "Nhan truc tiep",
        "Giai quyet truoc han",
        "Giai quyet dung han",
        "Giai quyet qua han",
        "Dang giai quyet",
      ],
      ["Từ 01/11 đến 07/11"],
      ["Tu phap - ho tich", 2, 8, 3, 6, 0, 1],
      ["Dat dai", 1, 2, 0, 1, 0, 4],
      ["Cong tuan", 3, 10, 3, 7, 0, 5],
      [],
      ["Tu 08/11 den 14/10"],
      ["Tu phap - ho tich", 3, 7, 2, 7, 1, 0],
      ["Dat dai", 0, 3, 1, 1, 0, 5],
      ["Cong tuan", 3, 10, 3, 8, 1, 5],
    ]);
    expect(c.dossiers?.map((x) => [x.from, x.to, x.online])).toEqual([
      ["2021-11-01", "2021-11-07", 2],
      ["2021-11-01", "2021-11-07", 1],
      ["2021-11-08", "2021-11-14", 3],
      ["2021-11-08", "2021-11-14", 0],
    ]);
    // The week typed to end before it starts is read in its start's month, and named.
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => p.row)).toEqual([8]);
  });

  it("reads a total received beside the online ones, and early and on time counted in one column", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ HÀNG TUẦN - THÁNG 10/2021"],
        ["Nội dung", "Tổng số HS nhận", "Trong đó: trực tuyến", "Đã giải quyết", null, "Đang giải quyết", "Trả lại"],
        [null, null, null, "Đúng và trước hạn", "Trễ hạn"],
        ["1. Lĩnh vực Hộ tịch:"],
        ["  Từ ngày 04/10 đến ngày 10/10", 12, 2, 11, 0, 1, 0],
        ["  Từ ngày 11/10 đến ngày 17/10", 14, 3, 12, 1, 1, 0],
        ["Cộng T10", 26, 5, 23, 1, 2, 0],
      ],
      { merges: [{ top: 2, left: 4, bottom: 2, right: 5 }] },
    );
    expect(c.dossiers?.map((x) => [x.field, x.from, x.online, x.inPerson, x.early + x.onTime, x.late])).toEqual([
      ["Hộ tịch", "2021-10-04", 2, 10, 11, 0],
      ["Hộ tịch", "2021-10-11", 3, 11, 12, 1],
    ]);
    expect(c.problems.some((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.value === "Đúng và trước hạn")).toBe(true);
  });

  it("reads the weeks as bands of columns across, the fields down, a week not yet filled left out and said", () => {
    const c = consolidateSheet(
      [
        ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC THÁNG 12/2021 (THEO TUẦN)"],
        ["Lĩnh vực", "Tuần 1 (29/11-05/12)", null, null, null, null, "Tuần 2 (06/12-12/12)", null, null, null, null],
        [
          null,
          "Nhận TT",
          "Nhận trực tiếp",
          "Đúng hạn",
          "Trễ hạn",
          "Đang GQ",
          "Nhận TT",
          "Nhận trực tiếp",
          "Đúng hạn",
          "Trễ hạn",
          "Đang GQ",
        ],
        ["Hộ tịch", 3, 6, 9, 0, 1, null, null, null, null, null],
        ["Chứng thực", 0, 28, 28, 0, 0, null, null, null, null, null],
        ["Cộng", 3, 34, 37, 0, 1],
      ],
      {
        merges: [
          { top: 2, left: 2, bottom: 2, right: 6 },
          { top: 2, left: 7, bottom: 2, right: 11 },
        ],
      },
    );
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to, x.online, x.inPerson, x.pendingInTime])).toEqual([
      ["Hộ tịch", "2021-11-29", "2021-12-05", 3, 6, 1],
      ["Chứng thực", "2021-11-29", "2021-12-05", 0, 28, 0],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.value)).toEqual(["Tuần 2 (06/12-12/12)"]);
  });
});

describe("a survey's aspects down the rows, its periods across", () => {
  it("reads each aspect's satisfied forms over the forms returned, period by period", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      ["TT", "Nội dung", "01/10 - 15/10", "16/10 - 31/10", "Cộng"],
      ["I", "Số phiếu phát ra", 40, 40, 80],
      ["II", "Số phiếu thu về", 36, 30, 66],
      ["III", "Số phiếu đánh giá hài lòng về:"],
      ["1", "Tiếp cận dịch vụ", 33, 28, 61],
      ["2", "Công chức giải quyết TTHC", 34, 32, 66],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`).sort()).toEqual([
      "2.1 01/10–15/10/2021 33/36",
      "2.1 16/10–31/10/2021 28/30",
      "2.3 01/10–15/10/2021 34/36",
    ]);
    // More satisfied forms than came back: named, never read.
    expect(c.problems.filter((p) => p.code === "NUMERATOR_ABOVE_DENOMINATOR").map((p) => `${p.row}${p.column}`)).toEqual(["7D"]);
  });

  it("reads the count under each month where each heads a count and a rate", () => {
    const c = consolidateSheet(
      [
        ["BẢNG TỔNG HỢP PHIẾU KHẢO SÁT MỨC ĐỘ HÀI LÒNG NĂM 2021"],
        ["STT", "Tiêu chí đánh giá", "Tháng 9", null, "Tháng 10", null],
        [null, null, "Số phiếu", "Tỷ lệ (%)", "Số phiếu", "Tỷ lệ (%)"],
        ["A", "Số phiếu thu về", 48, 96, 50, 100],
        [1, "Tiếp cận dịch vụ", 44, 91.67, 47, 94],
        [2, "Thủ tục hành chính", 42, 87.5, 45, 90],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 4 },
          { top: 2, left: 5, bottom: 2, right: 6 },
        ],
      },
    );
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`).sort()).toEqual([
      "2.1 Tháng 10/2021 47/50",
      "2.1 Tháng 9/2021 44/48",
      "2.2 Tháng 10/2021 45/50",
      "2.2 Tháng 9/2021 42/48",
    ]);
  });
});

describe("days written where officials write them", () => {
  it("dates this year's survey figures at the survey's day the title gives", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)"],
      ["Ngày khảo sát: 25/11/2021 - Số phiếu thu về: 120"],
      ["Mã", "Chỉ số thành phần", "Năm 2020", "Năm 2021"],
      ["2.1", "Chỉ số hài lòng về tiếp cận dịch vụ", 82.5, 86],
    ]);
    expect(c.readings.map((r) => [r.period, r.date])).toEqual([
      ["Năm 2020", "2020-12-31"],
      ["Năm 2021", "2021-11-25"],
    ]);
  });

  it("reads the deadline from a line labelling the day given and the day due", () => {
    const c = consolidateSheet([
      ["Mã TC", "Nội dung", "Phụ trách", "Thời gian", "Kết quả thực hiện"],
      ["1.6", "Tuyên truyền phòng, chống dịch Covid-19", "CC VH-XH", "Giao 01/10/2021 - Hạn 30/11/2021", "Hoàn thành ngày 25/11/2021"],
    ]);
    expect([c.tasks[0].due, c.tasks[0].verdict]).toEqual(["2021-11-30", "Đúng hạn"]);
  });

  it("says which period dates a figure whose own day cannot be read", () => {
    const c = consolidateSheet([
      ["THEO DÕI TỶ LỆ HỒ SƠ TTHC GIẢI QUYẾT ĐÚNG HẠN (TIÊU CHÍ 1.2) NĂM 2021"],
      ["Kỳ", "Ngày chốt số liệu", "Hồ sơ đã giải quyết", "Trong đó đúng/trước hạn", "Tỷ lệ đúng hạn (%)"],
      ["Quý III/2021", "31/9/2021", 655, 652, 99.54],
    ]);
    expect(c.readings.map((r) => r.date)).toEqual(["2021-09-30"]);
    expect(c.problems.find((p) => p.code === "BAD_DATE")?.message).toContain('lấy theo kỳ "Quý III/2021"');
  });

  it("reads a count of the tasks under the table as no task", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung", "Chủ trì", "Hạn", "Trạng thái", "Tiến độ"],
      [1, "Công khai số điện thoại đường dây nóng", "VP-TK", "30/6/2021", "Hoàn thành", 100],
      [2, "Công khai kết quả giải quyết phản ánh, kiến nghị", "VP-TK", "30/11/2021", "Chưa thực hiện", 0],
      [],
      [null, "Tổng số nhiệm vụ: 2", null, null, "Hoàn thành:", 1],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
  });
});

describe("the desk's weeks in other layouts", () => {
  it("reads weeks as bands of a total received and the online ones, a month's band passed over", () => {
    const c = consolidateSheet(
      [
        ["SỐ LIỆU HỒ SƠ TTHC HÀNG TUẦN - QUÝ IV/2021"],
        ["STT", "Lĩnh vực", "04-10/10", null, null, null, "11-17/10", null, null, null, "Cộng T10", null, null, null],
        [null, null, ...Array(3).fill(["Tổng số HS nhận", "Trong đó trực tuyến", "Đã GQ đúng, trước hạn", "Trễ hạn"]).flat()],
        [1, "Hộ tịch", 9, 2, 8, 0, 11, 3, 10, 1, 20, 5, 18, 1],
        [2, "Đất đai", 3, 0, 1, 1, 2, 0, 2, 0, 5, 0, 3, 1],
        [null, "Tổng", 12, 2, 9, 1, 13, 3, 12, 1, 25, 5, 21, 2],
      ],
      { merges: [2, 6, 10].map((left) => ({ top: 2, left: left + 1, bottom: 2, right: left + 4 })) },
    );
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to, x.online, x.inPerson, x.onTime, x.late])).toEqual([
      ["Hộ tịch", "2021-10-04", "2021-10-10", 2, 7, 8, 0],
      ["Đất đai", "2021-10-04", "2021-10-10", 0, 3, 1, 1],
      ["Hộ tịch", "2021-10-11", "2021-10-17", 3, 8, 10, 1],
      ["Đất đai", "2021-10-11", "2021-10-17", 0, 2, 2, 0],
    ]);
  });

  it("reads fields as bands across with the weeks down, their totals passed over and an empty week said", () => {
    const c = consolidateSheet(
      [
        ["THEO DOI HO SO TTHC THEO TUAN - QUY IV/2021"],
        ["Tuan", "HO TICH", null, null, null, "DAT DAI", null, null, null],
        [null, "Nhan", "Truc tuyen", "Dung han", "Tre han", "Nhan", "Truc tuyen", "Dung han", "Tre han"],
        ["Tuan 1 T11", 7, 2, 6, 0, 2, 0, 1, 0],
        ["Tuan 2 T11", 9, 3, 9, 0, 1, 0, 2, 0],
        ["Cong T11", 16, 5, 15, 0, 3, 0, 3, 0],
        ["Tuan 1 T12", 10, 4, 9, 0, 2, 1, 1, 0],
        ["Tuan 2 T12"],
      ],
      {
        merges: [
          { top: 2, left: 2, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 9 },
        ],
      },
    );
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to, x.online, x.inPerson])).toEqual([
      ["HO TICH", "2021-11-01", "2021-11-07", 2, 5],
      ["DAT DAI", "2021-11-01", "2021-11-07", 0, 2],
      ["HO TICH", "2021-11-08", "2021-11-14", 3, 6],
      ["DAT DAI", "2021-11-08", "2021-11-14", 0, 1],
      ["HO TICH", "2021-12-01", "2021-12-07", 4, 6],
      ["DAT DAI", "2021-12-01", "2021-12-07", 1, 1],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([8]);
  });

  it("reads each week's line in the first column over its fields, past each week's total", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO SỐ LIỆU GIẢI QUYẾT HỒ SƠ TTHC HÀNG TUẦN THÁNG 11 NĂM 2021"],
        ["TT", "Lĩnh vực", "Nhận trực tuyến", "Nhận trực tiếp", "Đúng và trước hạn", "Quá hạn", "Đang giải quyết"],
        ["Tuần 1: Từ 01/11 đến 07/11"],
        [1, "Hộ tịch", 4, 9, 12, 0, 1],
        [null, "Cộng tuần 1", 4, 9, 12, 0, 1],
        ["Tuần 2: Từ 08/11 đến 14/11"],
        [1, "Hộ tịch", 6, 7, 13, 0, 1],
        [null, "Cộng tuần 2", 6, 7, 13, 0, 1],
      ],
      {},
    );
    expect(c.dossiers?.map((x) => [x.field, x.from, x.to, x.online])).toEqual([
      ["Hộ tịch", "2021-11-01", "2021-11-07", 4],
      ["Hộ tịch", "2021-11-08", "2021-11-14", 6],
    ]);
  });

  it("reads the new dossiers' total under the period's band, and pending ones split by the day promised", () => {
    const c = consolidateSheet(
      [
        ["THỐNG KÊ HỒ SƠ TTHC THEO TUẦN - THÁNG 10/2021"],
        ["STT", "Lĩnh vực / Tuần", "Kỳ trước chuyển sang", "Tiếp nhận trong kỳ", null, "Đã giải quyết", null, "Đang giải quyết", null],
        [null, null, null, "Tổng số HS nhận", "Trong đó trực tuyến", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
        ["I", "LĨNH VỰC HỘ TỊCH"],
        [1, "Tuần 1 (04/10-10/10)", 0, 12, 3, 11, 0, 1, 0],
        [2, "Tuần 2 (11/10-17/10)", 1, 15, 5, 14, 0, 1, 1],
      ],
      {
        merges: [
          { top: 2, left: 4, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 7 },
          { top: 2, left: 8, bottom: 2, right: 9 },
        ],
      },
    );
    expect(c.dossiers?.map((x) => [x.from, x.carriedOver, x.online, x.inPerson, x.pendingInTime, x.pendingOverdue])).toEqual([
      ["2021-10-04", 0, 3, 9, 1, 0],
      ["2021-10-11", 1, 5, 10, 1, 1],
    ]);
  });

  it("dates each survey round by the days one line gives for all of them", () => {
    const c = consolidateSheet(
      [
        ["BẢNG TỔNG HỢP PHIẾU ĐO LƯỜNG SỰ HÀI LÒNG NĂM 2021"],
        ["(Đợt 1 thực hiện từ ngày 14/6/2021 đến ngày 25/6/2021; Đợt 2 từ ngày 08/11/2021 đến ngày 19/11/2021)"],
        ["TT", "Chỉ tiêu", "Đợt 1", null, "Đợt 2", null],
        [null, null, "Số phiếu", "Tỷ lệ (%)", "Số phiếu", "Tỷ lệ (%)"],
        [1, "Số phiếu thu về", 52, 86.7, 57, 95],
        ["a", "Tiếp cận dịch vụ hành chính công", 47, 90.4, 54, 94.7],
        ["b", "Thủ tục hành chính", 44, 84.6, 53, 93],
      ],
      {
        merges: [
          { top: 3, left: 3, bottom: 3, right: 4 },
          { top: 3, left: 5, bottom: 3, right: 6 },
        ],
      },
    );
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.numerator}/${r.denominator}`).sort()).toEqual([
      "2.1 2021-06-25 47/52",
      "2.1 2021-11-19 54/57",
      "2.2 2021-06-25 44/52",
      "2.2 2021-11-19 53/57",
    ]);
  });
});

describe("each report's day over its state and a remark", () => {
  const TABLE: GridCell[][] = [
    ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời gian hoàn thành", "Báo cáo ngày", null, null, null, null, null],
    [null, null, null, null, day("2021-12-14"), null, day("2021-11-15"), null, "ngày 15/10"],
    [null, null, null, null, "Tình trạng", "Ghi chú", "Tình trạng", "Ghi chú", "Tình trạng", "Ghi chú"],
    [
      1,
      "Rà soát đội ngũ cán bộ, công chức theo vị trí việc làm",
      "CC VP-TK",
      day("2021-10-31"),
      "Hoàn thành",
      null,
      "Hoàn thành",
      null,
      "Đang rà soát",
    ],
    [
      2,
      "Kiểm tra, chấn chỉnh kỷ luật, kỷ cương công chức Bộ phận Một cửa",
      "VP-TK",
      "Hàng quý",
      "Hoàn thành",
      "HT 10/12",
      "Đang thực hiện",
      null,
      "Đang thực hiện",
    ],
  ];
  const merges = [
    { top: 1, left: 5, bottom: 1, right: 10 },
    ...[5, 7, 9].map((left) => ({ top: 2, left, bottom: 2, right: left + 1 })),
    ...[1, 2, 3, 4].map((c) => ({ top: 1, left: c, bottom: 3, right: c })),
  ];

  it("reads the three header rows, the newest report's state the task's, its remark's day the day done", () => {
    const c = consolidateSheet(TABLE, { merges });
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [4, "Hoàn thành", null],
      [5, "Hoàn thành", "2021-12-10"],
    ]);
    expect(c.tasks[1].note).toContain("Ghi chú: HT 10/12");
  });

  it("takes the latest report's progress from the column beside its state", () => {
    const c = consolidateSheet(
      [
        ["TT", "Nhiệm vụ", "Chủ trì", "Hạn", "Cập nhật ngày", null, null, null],
        [null, null, null, null, "15/11/2021", null, "10/12/2021", null],
        [null, null, null, null, "Tiến độ (%)", "Tình trạng", "Tiến độ (%)", "Tình trạng"],
        [1, "Số hóa hồ sơ, kết quả giải quyết TTHC", "BP Một cửa", "31/12/2021", 40, "Đang thực hiện", 70, "Đang thực hiện"],
      ],
      {
        merges: [
          { top: 1, left: 5, bottom: 1, right: 8 },
          { top: 2, left: 5, bottom: 2, right: 6 },
          { top: 2, left: 7, bottom: 2, right: 8 },
        ],
      },
    );
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([["Đang thực hiện", 70]]);
  });
});

describe("copies of last period's sheet", () => {
  it("files a quarter's sheet under its name where its title still names the quarter before, dated at the survey's end", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) QUÝ III/2021"],
        ["Thời gian khảo sát: từ ngày 01/11/2021 đến ngày 30/11/2021; số phiếu phát ra: 120, thu về: 112"],
        ["STT", "Nội dung chỉ số", "Số phiếu hài lòng, rất hài lòng", "Tổng số phiếu trả lời", "Tỷ lệ hài lòng (%)"],
        [1, "Hài lòng về tiếp cận dịch vụ", 97, 112, 86.61],
        [2, "Hài lòng về tổ chức giải quyết TTHC", 93, 110, 84.55],
      ],
      { sheet: "Quy 4" },
    );
    expect(c.readings.map((r) => [r.code, r.period, r.date])).toEqual([
      ["2.1", "Quý IV/2021", "2021-11-30"],
      ["2.2", "Quý IV/2021", "2021-11-30"],
    ]);
    expect(c.problems.some((p) => p.code === "PERIOD_CONFLICT")).toBe(true);
  });
});

describe("more of the report-by-report tracker", () => {
  it("reads days with no year under 'Cap nhat ngay', and a disbursement's amount and rate rows as its readings", () => {
    const c = consolidateSheet(
      [
        ["BANG THEO DOI THUC HIEN KH 49/KH-UBND NAM 2021 - TIEU CHI GIAI NGAN VON DAU TU CONG"],
        ["STT", "Noi dung", "Chu tri", "Thoi han", "Cap nhat ngay", null, null],
        [null, null, null, null, "30/9", "31/10", "30/11"],
        [1, "Phan cong cong chuc phu trach tung du an", "CT UBND", day("2021-10-30"), "chua", "xong", null],
        [2, "Lap ho so thanh toan cong trinh duong GTNT thon 2", "DC-XD", day("2021-11-15"), null, "cho ky", "HT 25/11"],
        [null, "Gia tri giai ngan luy ke (trieu dong)", null, null, 1850, 2310, 2940],
        [null, "Ty le giai ngan (%)", null, null, 0.4405, 0.55, 0.7],
      ],
      { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
    );
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [4, "Hoàn thành", null],
      [5, "Hoàn thành", "2021-11-25"],
    ]);
    expect(c.readings.map((r) => [r.date, r.numerator, r.value])).toEqual([
      ["2021-09-30", 1850, 44.05],
      ["2021-10-31", 2310, 55],
      ["2021-11-30", 2940, 70],
    ]);
  });

  it("reads a count of the tasks done typed as a fraction as no task, never a day", () => {
    const c = consolidateSheet([
      ["Mã TC", "Nội dung", "Chủ trì", "Thời hạn", "Trạng thái"],
      ["1.2", "Giải quyết hồ sơ TTHC đúng hạn", "Bộ phận Một cửa", "Quý IV/2021", "Đang thực hiện"],
      ["2.1", "Bố trí đủ ghế ngồi tại Bộ phận Một cửa", "TC-KT", "30/9/2021", "Hoàn thành"],
      [],
      [null, "Cộng số nhiệm vụ hoàn thành", null, null, "1/2"],
    ]);
    expect(c.tasks.map((t) => t.source.row)).toEqual([2, 3]);
  });
});

describe("a disbursement's month and its running total", () => {
  it("takes the rate of the running total, never the month's own payments", () => {
    const c = consolidateSheet([
      ["TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 - THÁNG 8/2021"],
      ["STT", "Tên dự án", "Kế hoạch vốn năm 2021", "Giải ngân trong tháng", "Lũy kế giải ngân từ đầu năm", "Tỷ lệ giải ngân (%)"],
      [1, "Đường GTNT thôn Plei Kia", 1800, 400, 900, 0.5],
      [2, "Nhà văn hóa thôn Bông Pim", 950, 200, 300, 0.3158],
      [null, "Cộng", 2750, 600, 1200, 0.4364],
    ]);
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([["1.4", 1200, 2750]]);
    expect(c.readings[0].note).toContain('cột D "Giải ngân trong tháng" là phần của lũy kế');
  });
});

describe("a line under the table saying how many targets were reached", () => {
  it("reads the count reached and its share as a reading", () => {
    const c = consolidateSheet([
      ["BẢNG THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH THÁNG 9 NĂM 2021"],
      ["STT", "Nhiệm vụ", "Chủ trì", "Hạn", "Trạng thái"],
      [1, "Họp giao ban công tác CCHC quý III/2021", "Chủ tịch UBND xã", "30/9/2021", "Hoàn thành"],
      [],
      ["* Chỉ tiêu phát triển KT-XH do HĐND xã giao: đã đạt 10/16 chỉ tiêu (62,5%)."],
    ]);
    expect(c.readings.map((r) => [r.numerator, r.denominator, r.value])).toEqual([[10, 16, 62.5]]);
  });

  it("still reads a line naming only the targets as no result", () => {
    const c = consolidateSheet([
      ["STT", "Nhiệm vụ", "Chủ trì", "Hạn", "Trạng thái"],
      [1, "Họp giao ban công tác CCHC quý III/2021", "Chủ tịch UBND xã", "30/9/2021", "Hoàn thành"],
      [],
      ["* Chỉ tiêu năm 2021: phấn đấu đạt 100% chỉ tiêu HĐND xã giao."],
    ]);
    expect(c.readings).toEqual([]);
  });
});

describe("a quarter's task sheet with its marks counted under them", () => {
  it("reads the tasks, the marks' COUNTIF row being no count of tasks by state", () => {
    const c = consolidateSheet(
      [
        ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC - QUÝ IV NĂM 2021"],
        ["STT", "Nhiệm vụ", "Chủ trì", "Thời gian hoàn thành", "Kết quả thực hiện", null, null, "Ngày hoàn thành"],
        [null, null, null, null, "Hoàn thành", "Đang thực hiện", "Chưa thực hiện"],
        [1, "Rà soát, kiến nghị đơn giản hóa những TTHC rườm rà, phức tạp", "CC Tư pháp - Hộ tịch", "31/12/2021", null, "x"],
        [
          2,
          "Tuyên truyền các hình thức tiếp nhận hồ sơ trên loa phát thanh",
          "CC VH-XH",
          "Quý III/2021",
          "x",
          null,
          null,
          day("2021-10-05"),
        ],
        [3, "Cải tạo, bổ sung trang thiết bị tại Bộ phận Một cửa", "CT UBND xã", "31/12/2021", null, "x"],
        [null, "Cộng", null, null, 1, 2, 0],
      ],
      { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
    );
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [4, "Đang thực hiện"],
      [5, "Hoàn thành"],
      [6, "Đang thực hiện"],
    ]);
  });
});

describe("reports' days in other forms", () => {
  it("reads each update's state and day done under 'Cập nhật <day>' written three ways, newest first", () => {
    const c = consolidateSheet(
      [
        [
          "TT",
          "Nội dung",
          "Cán bộ chủ trì",
          "Thời gian hoàn thành",
          "Cập nhật 14/12/2021",
          null,
          "Cập nhật 15-10-2021",
          null,
          "Cập nhật ngày 14 tháng 9 năm 2021",
          null,
        ],
        [null, null, null, null, "Tình hình", "Ngày xong", "Tình hình", "Ngày xong", "Tình hình", "Ngày xong"],
        [
          1,
          "Ban hành văn bản trên môi trường điện tử, sử dụng chữ ký số",
          "VP-TK",
          "Trong năm 2021",
          "Hoàn thành",
          "xong ngày 30/11",
          "Đang thực hiện 90%",
          null,
          "Đang thực hiện 70%",
        ],
        [
          2,
          "Cử 02 công chức chưa đạt chuẩn đi bồi dưỡng",
          "CT UBND xã",
          day("2021-11-30"),
          "Đang thực hiện (3/4 người)",
          null,
          "Đang thực hiện (2/4 người)",
          null,
          "Chưa thực hiện",
        ],
      ],
      { merges: [5, 7, 9].map((left) => ({ top: 1, left, bottom: 1, right: left + 1 })) },
    );
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [3, "Hoàn thành", "2021-11-30"],
      [4, "Đang thực hiện", null],
    ]);
  });

  it("reads the number under a report's 'Tiến độ (%)' as a share of 100", () => {
    const c = consolidateSheet(
      [
        ["TT", "Nhiệm vụ", "Chủ trì", "Hạn", "Kết quả thực hiện đến", null, null, null],
        [null, null, null, null, "10/12/2021", null, "15/11/2021", null],
        [null, null, null, null, "Tiến độ (%)", "Ghi chú", "Tiến độ (%)", "Ghi chú"],
        [1, "Quyết toán vốn đầu tư các công trình hoàn thành", "CC TC-KT", "31/12/2021", 75, null, 60, null],
        [2, "Lập hồ sơ thanh toán công trình nhà văn hóa", "CC TC-KT", "30/11/2021", 100, "HT ngày 26/11", 80, null],
      ],
      {
        merges: [
          { top: 1, left: 5, bottom: 1, right: 8 },
          { top: 2, left: 5, bottom: 2, right: 6 },
          { top: 2, left: 7, bottom: 2, right: 8 },
        ],
      },
    );
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress, t.doneDate])).toEqual([
      [4, "Đang thực hiện", 75, null],
      [5, "Hoàn thành", 100, "2021-11-26"],
    ]);
  });
});

describe("the desk's periods with fewer columns", () => {
  it("reads weeks as rows by their own days, the desk's whole counts and no field named", () => {
    const c = consolidateSheet([
      ["THEO DOI HO SO TTHC HANG TUAN - QUY IV/2021"],
      [
        "Tuan",
        "Tu ngay",
        "Den ngay",
        "Tong so HS tiep nhan",
        "Trong do: truc tuyen",
        "Da giai quyet dung va truoc han",
        "Giai quyet qua han",
        "Dang giai quyet",
      ],
      ["Tuan 1", day("2021-10-04"), day("2021-10-10"), 21, 4, 18, 1, 2],
      ["Tuan 2", day("2021-10-11"), day("2021-10-17"), 25, 6, 22, 0, 3],
    ]);
    expect(c.dossiers?.map((x) => [x.from, x.to, x.online, x.inPerson, x.onTime, x.late, x.pendingInTime])).toEqual([
      ["2021-10-04", "2021-10-10", 4, 17, 18, 1, 2],
      ["2021-10-11", "2021-10-17", 6, 19, 22, 0, 3],
    ]);
  });

  it("reads fortnights as bands of received and resolved alone, the ways in said unsplit and a resolved total off its parts named", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO NHANH TÌNH HÌNH GIẢI QUYẾT TTHC THEO KỲ NỬA THÁNG (THÁNG 9 NĂM 2021)"],
        ["Lĩnh vực", "Từ 01/9 đến 15/9", null, null, null, "Từ 16/9 đến 30/9", null, null, null],
        [null, "Tiếp nhận", "Đã giải quyết", "Trong đó đúng hạn", "Trễ hạn", "Tiếp nhận", "Đã giải quyết", "Trong đó đúng hạn", "Trễ hạn"],
        ["Hộ tịch", 14, 13, 13, 0, 16, 15, 14, 1],
        ["Đất đai", 6, 4, 3, 1, 5, 6, 4, 1],
      ],
      {
        merges: [
          { top: 2, left: 2, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 9 },
        ],
      },
    );
    expect(c.dossiers?.map((x) => [x.field, x.from, x.inPerson, x.onTime, x.late])).toEqual([
      ["Hộ tịch", "2021-09-01", 14, 13, 0],
      ["Đất đai", "2021-09-01", 6, 3, 1],
      ["Hộ tịch", "2021-09-16", 16, 14, 1],
      ["Đất đai", "2021-09-16", 5, 4, 1],
    ]);
    const said = c.problems
      .filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH" || p.code === "DOSSIER_COUNT_DERIVED")
      .map((p) => `${p.code} ${p.row}`);
    expect(said).toEqual(expect.arrayContaining(["DOSSIER_TOTAL_MISMATCH 5", "DOSSIER_COUNT_DERIVED 2"]));
  });
});

describe("figure rows in different sections of a report-by-report tracker", () => {
  it("reads each section's figure row apart, a money row over the plan its label gives", () => {
    const c = consolidateSheet(
      [
        ["STT", "Nội dung công việc", "Chủ trì", "Hạn hoàn thành", "Kết quả thực hiện đến", null, null, null],
        [null, null, null, null, "30/11/2021", null, "30/9/2021", null],
        [null, null, null, null, "Tiến độ (%)", "Ghi chú", "Tiến độ (%)", "Ghi chú"],
        ["Phần thứ nhất: Giải ngân vốn đầu tư công"],
        [1, "Kiểm tra tiến độ tại thực địa các công trình", "PCT UBND xã", "Quý IV/2021", 75, null, 50, null],
        [null, "Giá trị giải ngân lũy kế (KH giao: 3.200 triệu đồng)", null, null, 2336, null, 1984, null],
        ["Phần thứ hai: Trao đổi văn bản dưới dạng điện tử"],
        [2, "Gửi, nhận văn bản qua hệ thống quản lý văn bản", "CC VP-TK", "Trong năm 2021", 100, "HT ngày 26/11", 80, null],
        [null, "Tỷ lệ văn bản đi được gửi dưới dạng điện tử (%)", null, null, 96.5, null, 92, null],
      ],
      {
        merges: [
          { top: 1, left: 5, bottom: 1, right: 8 },
          { top: 2, left: 5, bottom: 2, right: 6 },
          { top: 2, left: 7, bottom: 2, right: 8 },
        ],
      },
    );
    const of = (row: number) =>
      c.readings.filter((r) => r.source.row === row).map((r) => `${r.date} ${r.numerator}/${r.denominator} ${r.value}`);
    expect(of(6).sort()).toEqual(["2021-09-30 1984/3200 62", "2021-11-30 2336/3200 73"]);
    expect(of(9).sort()).toEqual(["2021-09-30 null/null 92", "2021-11-30 null/null 96.5"]);
  });

  it("reads a money row among tasks' shares of progress as the criterion's readings", () => {
    const c = consolidateSheet(
      [
        ["STT", "Noi dung cong viec", "Chu tri", "Han hoan thanh", "Tinh hinh den", null, null, "Tinh trang chung"],
        [null, null, null, null, day("2021-06-30"), day("2021-09-30"), day("2021-11-30")],
        [1, "Don doc, kiem tra giai ngan cac du an dau tu cong", "CT UBND", day("2021-12-31"), 0.3, 0.65, 0.8, "Dang thuc hien"],
        [null, "Gia tri giai ngan (KH giao 1.850 trieu dong)", null, null, 540, 1150, 1720],
        [2, "Kiem tra thuc dia cong trinh duong thon 4", "PCT UBND", day("2021-10-15"), 0, 0.5, 1, "Hoan thanh"],
      ],
      { merges: [{ top: 1, left: 5, bottom: 1, right: 7 }] },
    );
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 5]);
    expect(c.readings.map((r) => `${r.numerator}/${r.denominator}`).sort()).toEqual(["1150/1850", "1720/1850", "540/1850"]);
  });
});

describe("a survey's rounds named with their days, the forms' rows above the aspects", () => {
  it("reads each round's satisfied forms over the 'Tổng số phiếu thu về' row, never taking that row for a total", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
        ["TT", "Nội dung đánh giá", "Đợt 1 (khảo sát từ 14/6 đến 18/6/2021)", null, "Đợt 2 (khảo sát từ 15/11 đến 19/11/2021)", null],
        [null, null, "Số phiếu", "Tỷ lệ (%)", "Số phiếu", "Tỷ lệ (%)"],
        [null, "Tổng số phiếu phát ra", 60, null, 60],
        [null, "Tổng số phiếu thu về", 56, 93.33, 52, 86.67],
        [1, "Tiếp cận dịch vụ", 50, 89.29, 47, 90.38],
        [2, "Công chức trực tiếp giải quyết TTHC", 53, 94.64, 54, 103.85],
      ],
      {
        merges: [
          { top: 2, left: 3, bottom: 2, right: 4 },
          { top: 2, left: 5, bottom: 2, right: 6 },
        ],
      },
    );
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.numerator}/${r.denominator}`).sort()).toEqual([
      "2.1 2021-06-18 50/56",
      "2.1 2021-11-19 47/52",
      "2.3 2021-06-18 53/56",
    ]);
    expect(c.problems.filter((p) => p.code === "NUMERATOR_ABOVE_DENOMINATOR").map((p) => `${p.row}${p.column}`)).toEqual(["7E"]);
  });
});

describe("what the period readers leave unread is said", () => {
  it("names a survey count that is no number, and counts in a period whose forms returned are not written", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      ["TT", "Nội dung", "01/10 - 15/10", "16/10 - 31/10", "01/11 - 15/11"],
      ["I", "Số phiếu thu về", 36, 30, null],
      ["1", "Tiếp cận dịch vụ", 33, "khoảng 28", 31],
      ["2", "Thủ tục hành chính", 30, 27, 29],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.numerator}/${r.denominator}`).sort()).toEqual(["2.1 33/36", "2.2 27/30", "2.2 30/36"]);
    const said = c.problems.filter((p) => p.code === "BAD_NUMBER" || p.code === "ROW_SKIPPED").map((p) => `${p.code} ${p.row}${p.column}`);
    expect(said).toEqual(expect.arrayContaining(["BAD_NUMBER 4D", "ROW_SKIPPED 4E", "ROW_SKIPPED 5E"]));
  });

  it("names a week's row among the fields' bands whose label reads as no week", () => {
    const c = consolidateSheet(
      [
        ["THEO DOI HO SO TTHC THEO TUAN - QUY IV/2021"],
        ["Tuan", "HO TICH", null, null, null, "DAT DAI", null, null, null],
        [null, "Nhan", "Truc tuyen", "Dung han", "Tre han", "Nhan", "Truc tuyen", "Dung han", "Tre han"],
        ["Tuan 1 T11", 7, 2, 6, 0, 2, 0, 1, 0],
        ["Tuan 2 T11", 9, 3, 9, 0, 1, 0, 2, 0],
        ["Tuan cuoi thang", 6, 1, 7, 0, 3, 0, 1, 1],
      ],
      {
        merges: [
          { top: 2, left: 2, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 9 },
        ],
      },
    );
    expect(c.dossiers?.map((x) => x.source.row)).toEqual([4, 4, 5, 5]);
    expect(c.problems.filter((p) => p.code === "READING_WITHOUT_PERIOD").map((p) => p.row)).toEqual([6]);
  });
});
