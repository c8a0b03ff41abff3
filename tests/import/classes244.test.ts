import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { parsePeriod, periodEnd, periodName, periodStart } from "../../src/core/import/periods";
import { consolidateSheet } from "../helpers/grids";

// Classes left by blind sets 244-245 and found by sets 246-247.

/** Cells formatted as percents, as Excel keeps 0,4 shown as 40 %. */
function percents(rows: GridCell[][], cols: readonly number[]): Record<string, string> {
  const formats: Record<string, string> = {};
  rows.forEach((row, i) => cols.forEach((c) => typeof row[c - 1] === "number" && (formats[`${i + 1}:${c}`] = "0%")));
  return formats;
}

describe("a task table with each quarter's progress as a percent beside its state", () => {
  const TABLE: GridCell[][] = [
    ["THEO DOI THUC HIEN KE HOACH 49/KH-UBND (cap nhat 10/12/2021)"],
    [],
    ["TT", "Tieu chi", "Noi dung cong viec", "Chu tri", "Thoi han", "Ket qua thuc hien", null, "Tinh trang", "Ghi chu"],
    [null, null, null, null, null, "Quy III", "Quy IV"],
    [
      1,
      "TC 1.1",
      "Huong dan to chuc, ca nhan su dung dich vu cong truc tuyen",
      "BP Mot cua",
      { date: "2021-12-31" as IsoDate },
      0.4,
      0.7,
      "Dang thuc hien",
    ],
    [2, "SIPAS 2.2", "Niem yet cong khai day du TTHC tai tru so", "BP Mot cua", { date: "2021-10-31" as IsoDate }, 1, null, "Hoan thanh"],
    [3, "SIPAS 2.2", "Tu van thu tuc qua dien thoai, Zalo cho nguoi dan", "BP Mot cua", { date: "2021-12-31" as IsoDate }, 0, 0.5],
    [4, "SIPAS 2.5", "Tiep nhan, giai dap phan anh kien nghi", "BP Mot cua", { date: "2021-12-31" as IsoDate }, 1, 0.6, "Dang thuc hien"],
    [],
    ["CHI SO THEO DOI"],
    ["TT", "Tieu chi", "Noi dung chi so", "Chi tieu", null, "Quy III", "Quy IV"],
    [1, "TCTP 1.2", "Ty le ho so TTHC giai quyet dung han", 1, null, 0.982, 1],
  ];
  const read = () =>
    consolidateSheet(TABLE, {
      merges: [{ top: 3, left: 6, bottom: 3, right: 7 }],
      formats: percents(TABLE, [4, 6, 7]),
    });

  it("reads tasks, their progress the latest quarter's, never the quarters as readings", () => {
    const c = read();
    expect(c.tasks.map((t) => [t.source.row, t.code, t.progress, t.status])).toEqual([
      [5, "1.1", 70, "Đang thực hiện"],
      [6, "2.2", 100, "Hoàn thành"],
      [7, "2.2", 50, "Đang thực hiện"],
      [8, "2.5", 60, "Đang thực hiện"],
    ]);
  });

  it("reads the figures table under it, a gutter column that the tasks fill above being no gutter", () => {
    const c = read();
    expect(c.readings.map((r) => [r.source.row, r.code, r.period, r.value])).toEqual([
      [12, "1.2", "Quý III/2021", 98.2],
      [12, "1.2", "Quý IV/2021", 100],
    ]);
  });

  it("names progress that goes back from one quarter to the next", () => {
    const c = read();
    const fell = c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => `${p.row}${p.column}`);
    expect(fell).toEqual(["8G"]);
  });

  it("leaves a criterion's figures on its own row over tasks writing none as readings", () => {
    const c = consolidateSheet([
      ["TT", "Nội dung nhiệm vụ / chỉ số", "Chủ trì", "Thời hạn", "Tình hình thực hiện", "Quý I", "Quý II", "Quý III"],
      [null, "(1.2) Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", null, null, null, "99%", "100%", "98%"],
      ["1", "Thực hiện xin lỗi người dân khi để trễ hẹn", "CC VP-TK", "Thường xuyên", "Đang thực hiện"],
      [null, "(2.1) Hài lòng về tiếp cận dịch vụ", null, null, null, "80%", "83%", "85%"],
      ["2", "Bổ sung ghế ngồi tại Bộ phận Một cửa", "CT UBND", "30/11/2021", "Chưa thực hiện"],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.value}`)).toContain("1.2 Quý III/2021 98");
    expect(c.tasks.filter((t) => t.source.row === 3 || t.source.row === 5).map((t) => t.progress)).toEqual([null, 0]);
  });
});

describe("a measure's row among tasks with their quarters' progress", () => {
  const TABLE: GridCell[][] = [
    ["THEO DÕI THỰC HIỆN TIÊU CHÍ 1.4 - GIẢI NGÂN KẾ HOẠCH ĐẦU TƯ VỐN NSNN NĂM 2021"],
    ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Q1", "Q2", "Q3", "Q4", "Tình trạng"],
    [
      1,
      "Phân công công chức phụ trách, tham mưu giải ngân từng dự án",
      "CT UBND",
      "PCT UBND xã",
      "31/10/2021",
      null,
      null,
      1,
      1,
      "Hoàn thành",
    ],
    [
      2,
      "Kiểm tra tiến độ tại thực địa công trình đường GTNT thôn 2",
      "TC-KT",
      "ĐC-XD",
      "31/12/2021",
      null,
      null,
      0.5,
      0.9,
      "Đang thực hiện",
    ],
    [3, "Báo cáo tiến độ giải ngân hằng tháng về huyện", "TC-KT", null, "Hằng tháng", 1, 1, 1, 0.67, "Đang thực hiện"],
    [],
    ["*", "Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch giao (lũy kế)", null, null, "Chỉ tiêu: 30/9 đạt 60%", 0.15, 0.32, 0.58],
    [null, "Kế hoạch vốn giao năm 2021: 4.850 triệu đồng"],
  ];
  const read = () => consolidateSheet(TABLE, { formats: percents(TABLE, [6, 7, 8, 9]) });

  it("is read as the criterion's readings, not as a task", () => {
    const c = read();
    expect(c.tasks.map((t) => t.source.row)).toEqual([3, 4, 5]);
    expect(c.readings.map((r) => `${r.source.row} ${r.code} ${r.period} ${r.value}`)).toEqual([
      "7 1.4 Quý I/2021 15",
      "7 1.4 Quý II/2021 32",
      "7 1.4 Quý III/2021 58",
    ]);
    // Its target in the deadline's column is no deadline unread.
    expect(c.problems.filter((p) => p.code === "BAD_DATE" && p.row === 7)).toEqual([]);
  });

  it("takes a stated fact under the table for a note, not a task", () => {
    const c = read();
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.row === 8).map((p) => p.value)).toEqual([
      "Kế hoạch vốn giao năm 2021: 4.850 triệu đồng",
    ]);
  });
});

describe("a rate's counts written as one fraction per cell on the row under it", () => {
  it("are the rate's numerator and denominator", () => {
    const c = consolidateSheet([
      ["STT", "Chỉ số", null, "Quý 3/2021", "Quý 4/2021", "Ghi chú"],
      [1, "Tỷ lệ hài lòng về kết quả giải quyết TTHC (2.4) (%)", null, "92,5", "94,8"],
      [2, "Số phiếu hài lòng / số phiếu thu về (2.4)", null, "185/200", "237/250"],
    ]);
    expect(c.readings.map((r) => [r.code, r.period, r.numerator, r.denominator, r.value])).toEqual([
      ["2.4", "Quý III/2021", 185, 200, 92.5],
      ["2.4", "Quý IV/2021", 237, 250, 94.8],
    ]);
  });

  it("that give another rate than the one written are named", () => {
    const c = consolidateSheet([
      ["STT", "Chỉ số", null, "Quý 3/2021", "Quý 4/2021"],
      [1, "Tỷ lệ hài lòng về kết quả giải quyết TTHC (2.4) (%)", null, "92,5", "90"],
      [2, "Số phiếu hài lòng / số phiếu thu về (2.4)", null, "185/200", "237/250"],
    ]);
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => p.row)).toEqual([2]);
  });
});

describe("the state at each report's day across the columns", () => {
  it("reads the latest day's cell: a share, a state, a day done", () => {
    const c = consolidateSheet([
      [
        "STT",
        "Nội dung công việc",
        "Đơn vị thực hiện",
        "Thời gian",
        "Quý I",
        "Báo cáo ngày 15/10/2021",
        "Báo cáo ngày 15/11/2021",
        "Báo cáo ngày 14/12/2021",
      ],
      [1, "Mở sổ theo dõi hồ sơ trễ hẹn, lập phiếu xin lỗi", "Một cửa", "31/10/2021", "-", 1],
      [2, "Kiểm tra đột xuất việc tiếp nhận hồ sơ", "Chủ tịch UBND", "Hằng quý", "-", 0.3, 0.6, 0.8],
      [3, "Ký cam kết thực hiện văn hóa công sở", "VP-TK", "15/10/2021", "-", { date: "2021-10-05" as IsoDate }],
      [4, "Vận hành Trang thông tin điện tử xã", "VP-TK", "Năm 2021", "-", "đang làm", "đang làm", "Đã xong"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress, t.doneDate])).toEqual([
      [2, "Hoàn thành", 100, null],
      [3, "Đang thực hiện", 80, null],
      [4, "Hoàn thành", 100, "2021-10-05"],
      [5, "Hoàn thành", 100, null],
    ]);
  });

  it("under a heading over real dates, keeps the row's own state when the latest cell is a remark", () => {
    const c = consolidateSheet(
      [
        ["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình hình thực hiện tính đến ngày", null, null, "Tình trạng"],
        [null, null, null, null, { date: "2021-06-30" as IsoDate }, { date: "2021-09-30" as IsoDate }, { date: "2021-12-15" as IsoDate }],
        [1, "Kiểm tra hiện trường công trình kênh mương thôn 3", "ĐC-XD", "30/11/2021", null, 0.4, "đã xong ngày 12/11", "Hoàn thành"],
        [
          2,
          "Giải quyết hồ sơ đất đai đúng hạn",
          "ĐC-XD",
          "Thường xuyên",
          "Đang thực hiện",
          "Đang thực hiện",
          "có 01 hồ sơ trễ hẹn, đã xin lỗi",
          "Đang thực hiện",
        ],
      ],
      { merges: [{ top: 1, left: 5, bottom: 1, right: 7 }] },
    );
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-11-12"],
      ["Đang thực hiện", null],
    ]);
    expect(c.tasks[1].note).toContain("đến ngày 15/12/2021: có 01 hồ sơ trễ hẹn, đã xin lỗi");
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
  });
});

describe("a section naming a criterion by its words alone", () => {
  it("gives its rows that criterion, said in Ghi chú", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung công việc", "Đơn vị/người thực hiện", "Thời gian", "Kết quả"],
      [null, "Tiêu chí thành phần Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"],
      [1, "Kiểm tra đột xuất việc tiếp nhận hồ sơ tại Bộ phận Một cửa", "Chủ tịch UBND", "31/12/2021", "Đang thực hiện"],
      [2, "Mở sổ theo dõi hồ sơ trễ hẹn, lập phiếu xin lỗi theo mẫu", "Một cửa", "31/10/2021", "Hoàn thành"],
      [null, "Tiêu chí thành phần Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước"],
      [3, "Đôn đốc nhà thầu công trình trường mẫu giáo thôn 8", "Tài chính - Kế toán", "30/11/2021", "Đang thực hiện"],
      [null, "Chỉ số hài lòng về công chức tại Bộ phận Tiếp nhận và trả kết quả"],
      [4, "Tổ chức cho công chức Bộ phận Một cửa ký cam kết văn hóa công sở", "VP-TK", "15/10/2021", "Hoàn thành"],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.codeSuggested])).toEqual([
      [3, "1.2", false],
      [4, "1.2", false],
      [6, "1.4", false],
      [8, "2.3", false],
    ]);
    expect(c.problems.filter((p) => p.code.startsWith("CRITERION_"))).toEqual([]);
    expect(c.tasks[0].note).toContain('Mã tiêu chí 1.2 theo tên mục "Tiêu chí thành phần Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"');
  });
});

describe("progress kept week by week", () => {
  const WEEKS: GridCell[][] = [
    ["THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND (đầu mối: VP-TK)"],
    [
      "STT",
      "Noi dung cong viec",
      "Tieu chi",
      "Don vi chu tri",
      "Thoi han",
      "Tuan 40",
      "Tuan 41",
      "Tuan 42",
      "Tuan 43",
      "Tuan 44",
      "Tinh trang",
    ],
    [1, "Rà soát tổng thể đội ngũ CBCC theo nhóm chức danh", "TC 1.3", "VP-TK", "31/10/2021", "20%", "50%", "HT 22/10"],
    [2, "Trao đổi văn bản điện tử, hạn chế gửi bản giấy", "1.5", "VP-TK", "31/12/2021", "60%", 0.65, "70%", null, "80%"],
    [3, "Cải tạo nơi làm việc tại Bộ phận Một cửa", "2.1", "CT UBND", "30/11/2021", null, "đã trình dự toán", null, "30%"],
    [
      4,
      "Công khai số điện thoại đường dây nóng",
      "2.5",
      "VP-TK",
      "15/10/2021",
      "đang làm",
      "xong 12/10",
      null,
      null,
      null,
      "Đang thực hiện",
    ],
    [],
    [null, null, null, null, null, null, null, null, "NGƯỜI THEO DÕI"],
  ];

  it("reads the latest week written: a share, a state, the day done", () => {
    const c = consolidateSheet(WEEKS);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress, t.doneDate])).toEqual([
      [3, "Hoàn thành", 100, "2021-10-22"],
      [4, "Đang thực hiện", 80, null],
      [5, "Đang thực hiện", 30, null],
      [6, "Hoàn thành", 100, "2021-10-12"],
    ]);
    expect(c.tasks[1].note).toContain("Tuan 41: 65%");
  });

  it("names a status column that gainsays the latest week", () => {
    const c = consolidateSheet(WEEKS);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => `${p.row}${p.column}`)).toEqual(["6K"]);
  });

  it("reads fortnights' headings, and the measures under the same periods as readings of their own", () => {
    const c = consolidateSheet([
      ["THEO DÕI TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG (TCTP 1.4) - CẬP NHẬT 2 TUẦN/LẦN"],
      ["TT", "Nhiệm vụ", "Chủ trì", "Hạn", "Kỳ 1 (01-15/10)", "Kỳ 2 (16-31/10)", "Kỳ 3 (01-15/11)", "Kỳ 4 (16-30/11)", "Ghi chú"],
      [1, "Đôn đốc nhà thầu thi công đường GTNT thôn 3", "ĐC-XD", "30/11/2021", "30%", "45%", "70%"],
      [2, "Lập hồ sơ thanh toán khối lượng hoàn thành", "TC-KT", "15/12/2021", "chưa", "đang lập", "xong 12/11"],
      [],
      ["B. SỐ LIỆU GIẢI NGÂN (triệu đồng)"],
      [null, "Chỉ tiêu", null, null, "Kỳ 1 (01-15/10)", "Kỳ 2 (16-31/10)", "Kỳ 3 (01-15/11)", "Kỳ 4 (16-30/11)"],
      ["1", "Kế hoạch vốn được giao", null, null, 4250, 4250, 4250, 4250],
      ["2", "Giá trị giải ngân lũy kế", null, null, 2680, 2950, 3310],
      ["3", "Tỷ lệ giải ngân (%)", null, null, 0.6306, 0.6941, 0.7788, 0],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Đang thực hiện", 70, null],
      ["Hoàn thành", 100, "2021-11-12"],
    ]);
    // The fourth fortnight's 0 % is a formula ahead of its figures: no reading, and said.
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.value === "0%").map((p) => `${p.row}${p.column}`)).toEqual(["10H"]);
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.4 Kỳ 1 (01/10–15/10/2021) 2021-10-15 2680/4250",
      "1.4 Kỳ 2 (16/10–31/10/2021) 2021-10-31 2950/4250",
      "1.4 Kỳ 3 (01/11–15/11/2021) 2021-11-15 3310/4250",
    ]);
  });

  it("reads a week's days without their year as the sheet's", () => {
    const c = consolidateSheet(
      [
        ["SỔ THEO DÕI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC THEO TUẦN - THÁNG 10/2021"],
        [
          "Tuần",
          "Thời gian",
          "Kỳ trước chuyển qua",
          "Số hồ sơ tiếp nhận",
          null,
          "Đã giải quyết",
          null,
          null,
          "Đang giải quyết",
          null,
          "Trả lại/ rút HS",
        ],
        [null, null, null, "Trực tuyến", "Trực tiếp/BC", "Trước hạn", "Đúng hạn", "Trễ hạn", "Trong hạn", "Quá hạn"],
        ["Tuần 1", "04/10-08/10", 3, 2, 15, 4, 12, 1, 3, 0, 0],
        ["Tuần 2", "11/10 - 15/10", 3, 4, 18, 5, 15, 0, 5, 0, 0],
        ["Tuần 3", "25/10 đến 29/10", 2, 3, 14, 3, 12, 0, 3, 1, 0],
      ],
      {
        sheet: "T10",
        merges: [
          { top: 2, left: 4, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 2, right: 8 },
          { top: 2, left: 9, bottom: 2, right: 10 },
        ],
      },
    );
    expect((c.dossiers ?? []).map((d) => `${d.from}..${d.to}`)).toEqual([
      "2021-10-04..2021-10-08",
      "2021-10-11..2021-10-15",
      "2021-10-25..2021-10-29",
    ]);
  });
});

describe("a week or a fortnight as a period", () => {
  it.each([
    ["Tuần 1 (04/10-10/10)", "Tuần 1 (04/10–10/10/2021)", "2021-10-04", "2021-10-10"],
    ["Tuần 40", "Tuần 40 (04/10–10/10/2021)", "2021-10-04", "2021-10-10"],
    ["Tuan tu 01/11 den 07/11", "Từ 01/11 đến 07/11/2021", "2021-11-01", "2021-11-07"],
    ["Kỳ 2 (16-31/10)", "Kỳ 2 (16/10–31/10/2021)", "2021-10-16", "2021-10-31"],
  ])("%s", (heading, name, start, end) => {
    const p = parsePeriod(heading);
    expect(p && [periodName(p, 2021), periodStart(p, 2021), periodEnd(p, 2021)]).toEqual([name, start, end]);
  });
});

describe("items numbered within a task", () => {
  const TABLE: GridCell[][] = [
    ["STT", "Nội dung nhiệm vụ", "Thuộc tiêu chí", "Người chủ trì", "Thời hạn hoàn thành", "Tình hình thực hiện"],
    [
      "1",
      "Rà soát tổng thể đội ngũ cán bộ, công chức theo nhóm chức danh",
      "1.3",
      "CC VP-TK",
      { date: "2021-10-30" as IsoDate },
      "Đang thực hiện",
    ],
    ["1.1", "Lập danh sách cán bộ, công chức chưa đạt chuẩn", "1.3", null, null, "Đã hoàn thành"],
    ["1.2", "Cử cán bộ, công chức chưa đạt chuẩn đi bồi dưỡng", "1.3", "CT UBND", null, "Đang thực hiện"],
    ["2", "Giải ngân vốn đầu tư công đạt kế hoạch", "1.4", "CT UBND", "31/01/2022", "Đang thực hiện"],
    ["a)", "Đôn đốc nhà thầu đường GTNT thôn 3", "1.4", null, null, "Đang thực hiện"],
    ["3", "Công khai số điện thoại đường dây nóng", "2.5", "VP-TK", "15/10/2021", "Hoàn thành"],
    ["3.1", "Niêm yết tại Bộ phận Một cửa", "2.5", null, "10/10/2021", "Hoàn thành"],
  ];

  it("do their task's part under its lead and by its deadline where they write none, said in Ghi chú", () => {
    const c = consolidateSheet(TABLE);
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.due])).toEqual([
      [2, "Công chức Văn phòng-Thống kê", "2021-10-30"],
      [3, "Công chức Văn phòng-Thống kê", "2021-10-30"],
      [4, "Chủ tịch Ủy ban nhân dân xã", "2021-10-30"],
      [5, "Chủ tịch Ủy ban nhân dân xã", "2022-01-31"],
      [6, "Chủ tịch Ủy ban nhân dân xã", "2022-01-31"],
      [7, "Công chức Văn phòng-Thống kê", "2021-10-15"],
      [8, "Công chức Văn phòng-Thống kê", "2021-10-10"],
    ]);
    expect(c.tasks[1].note).toContain("Chủ trì lấy theo nhiệm vụ cấp trên (dòng 2): CC VP-TK");
    expect(c.tasks[1].note).toContain("Hạn lấy theo nhiệm vụ cấp trên (dòng 2)");
  });
});

describe("progress written as a range", () => {
  it("is named as unread, the task begun all the same", () => {
    const c = consolidateSheet([
      ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Hạn", "Tiến độ (%)"],
      [1, "Hoàn thiện hồ sơ thanh toán công trình nhà văn hóa thôn 5", "TC-KT", "31/12/2021", "70-80%"],
      [2, "Kiểm tra thực địa công trình đường GTNT thôn 2", "TC-KT", "31/12/2021", "60%"],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([
      ["Đang thực hiện", null],
      ["Đang thực hiện", 60],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column}`)).toEqual(["2E"]);
  });
});

describe("a survey's satisfied forms per aspect, a row per week", () => {
  const TABLE: GridCell[][] = [
    ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG TẠI BỘ PHẬN MỘT CỬA (theo tuần)"],
    ["Tuần", "Từ ngày", "Đến ngày", "Số phiếu", null, "Số phiếu hài lòng về", null, null, "Ghi chú"],
    [null, null, null, "Phát ra", "Thu về", "Tiếp cận dịch vụ", "Công chức tiếp nhận, giải quyết", "Kết quả giải quyết TTHC"],
    ["Tuần 40", { date: "2021-10-04" as IsoDate }, { date: "2021-10-10" as IsoDate }, 25, 24, 22, 23, 21],
    ["Tuần 41", { date: "2021-10-11" as IsoDate }, { date: "2021-10-17" as IsoDate }, 30, 30, 27, 28, 26],
    ["Tuần 44", { date: "2021-11-01" as IsoDate }, { date: "2021-11-07" as IsoDate }, 22, 21, 20, 23, 19],
  ];
  const read = () =>
    consolidateSheet(TABLE, {
      merges: [
        { top: 2, left: 4, bottom: 2, right: 5 },
        { top: 2, left: 6, bottom: 2, right: 8 },
      ],
    });

  it("reads each aspect over the forms returned, the week named with its days", () => {
    const c = read();
    expect(c.readings.filter((r) => r.source.row === 4).map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["2.1", "Tuần 40 (04/10–10/10/2021)", 22, 24],
      ["2.3", "Tuần 40 (04/10–10/10/2021)", 23, 24],
      ["2.4", "Tuần 40 (04/10–10/10/2021)", 21, 24],
    ]);
  });

  it("names more satisfied forms than forms returned, and reads no figure of it", () => {
    const c = read();
    expect(c.problems.filter((p) => p.code === "NUMERATOR_ABOVE_DENOMINATOR").map((p) => `${p.row}${p.column}`)).toEqual(["6G"]);
    expect(c.readings.filter((r) => r.source.row === 6).map((r) => r.code)).toEqual(["2.1", "2.4"]);
  });
});

describe("weeks and shares, told apart from figures", () => {
  it("reads weeks' states and shares as progress where no state column is kept", () => {
    const c = consolidateSheet([
      ["STT", "Noi dung cong viec", "Tieu chi", "Don vi chu tri", "Thoi han", "Tuan 40", "Tuan 41", "Tuan 42", "Ghi chu"],
      [1, "Rà soát tổng thể đội ngũ CBCC theo nhóm chức danh", "TC 1.3", "VP-TK", "31/10/2021", "20%", "50%", "HT 22/10"],
      [2, "Trao đổi văn bản điện tử, hạn chế gửi bản giấy", "1.5", "VP-TK", "31/12/2021", "60%", 0.65, "70%"],
      [3, "Đôn đốc giải quyết hồ sơ đúng hạn", "1.2", "VP-TK", "Thường xuyên", "đang thực hiện", null, "đang thực hiện"],
    ]);
    expect(c.readings).toEqual([]);
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Hoàn thành", 100, "2021-10-22"],
      ["Đang thực hiện", 70, null],
      ["Đang thực hiện", null, null],
    ]);
  });

  it('reads "T1/11 | T2/11" as November\'s weeks, and a measures table under "Nội dung" tasks as its own', () => {
    const c = consolidateSheet([
      ["TIẾN ĐỘ THỰC HIỆN KH 49/KH-UBND - BÁO CÁO TUẦN THÁNG 11/2021"],
      ["STT", "Nội dung", "TC", "Người thực hiện", "Hạn", "T1/11", "T2/11", "T3/11"],
      [1, "Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa", "1.1", "Một cửa", "31/12/2021", "20%", "30%", "35%"],
      [2, "Báo cáo kết quả thực hiện chỉ tiêu KT-XH 11 tháng", "1.7", "VP-TK", "25/11/2021", null, null, "xong 19/11"],
      [],
      ["STT", "Chỉ số", "TC", null, null, "T1/11", "T2/11", "T3/11"],
      [1, "Tỷ lệ văn bản đi gửi dưới dạng điện tử", "1.5", null, null, "95%", "96%", 0.97],
    ]);
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate])).toEqual([
      ["Đang thực hiện", 35, null],
      ["Hoàn thành", 100, "2021-11-19"],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.value}`)).toEqual([
      "1.5 Tuần 1/11 (01/11–07/11/2021) 95",
      "1.5 Tuần 2/11 (08/11–14/11/2021) 96",
      "1.5 Tuần 3/11 (15/11–21/11/2021) 97",
    ]);
  });

  it('reads whole numbers under quarters as shares where the table says "Đơn vị tính: %"', () => {
    const c = consolidateSheet([
      ["THEO DÕI TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
      [null, null, null, null, null, null, null, null, "Đơn vị tính: %"],
      ["STT", "Nội dung", "Chủ trì", "Hạn hoàn thành", "Quý 1", "Quý 2", "Quý 3", "Quý 4", "Tình trạng"],
      [1, "Rà soát, phân công công chức phụ trách từng dự án", "Chủ tịch UBND xã", "30/9/2021", 50, 100, 100, 100, "Hoàn thành"],
      [2, "Đẩy nhanh giải ngân công trình đường bê tông thôn 3", "CC Địa chính - XD", "31/01/2022", 10, 35, 62, 58, "Đang thực hiện"],
      [null, "Tỷ lệ giải ngân vốn đầu tư công (lũy kế)", null, null, 18, 42, 61],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.progress])).toEqual([
      [4, 100],
      [5, 58],
    ]);
    expect(c.readings.map((r) => `${r.source.row} ${r.period} ${r.value}`)).toEqual([
      "6 Quý I/2021 18",
      "6 Quý II/2021 42",
      "6 Quý III/2021 61",
    ]);
  });

  it.each([
    ["T1/11", "Tuần 1/11 (01/11–07/11/2021)"],
    ["Tháng 10/2021 Tuần 2", "Tuần 2/10 (08/10–14/10/2021)"],
  ])("%s is a month's week", (heading, name) => {
    const p = parsePeriod(heading);
    expect(p && periodName(p, 2021)).toEqual(name);
  });

  it("takes a bare \"Tuần 2\" for no period: a month's or the year's, it does not say", () => {
    expect(parsePeriod("Tuần 2")).toBeNull();
  });
});

describe("tasks and a criterion's figures under one header of weeks", () => {
  it("reads the tasks' weeks as progress and the figures' rows, their unit where the lead goes, as readings", () => {
    const c = consolidateSheet([
      [
        "STT",
        "Nội dung",
        "Mã TC",
        "Đơn vị/người thực hiện",
        "Hạn hoàn thành",
        "Tuần 1 (01/11-07/11)",
        "Tuần 2 (08/11-14/11)",
        "Trạng thái",
      ],
      ["A", "NHIỆM VỤ"],
      [1, "Hướng dẫn nộp hồ sơ trực tuyến tại Bộ phận Một cửa", "1.1", "BP Một cửa", "31/12/2021", "30%", "45%", "Đang thực hiện"],
      [2, "Niêm yết công khai TTHC mới theo Quyết định công bố", "2.2", "BP TN&TKQ", "15/11/2021", "50%", "100%", "Hoàn thành"],
      ["B", "SỐ LIỆU CHỈ SỐ (theo tuần)"],
      [1, "Hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết", "1.2", "hồ sơ", null, "40/40", "39/40"],
      [2, "Tỷ lệ văn bản đi được gửi dưới dạng điện tử", "1.5", "%", null, 85, 88],
    ]);
    expect(c.tasks.map((t) => [t.source.row, t.progress])).toEqual([
      [3, 45],
      [4, 100],
    ]);
    expect(c.readings.map((r) => `${r.source.row} ${r.code} ${r.numerator ?? ""}/${r.denominator ?? ""} ${r.value}`)).toEqual([
      "6 1.2 40/40 100",
      "6 1.2 39/40 97.5",
      "7 1.5 / 85",
      "7 1.5 / 88",
    ]);
  });

  it("reads a survey's rows by their From and To days, each aspect over the forms returned", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP PHIẾU KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS) THEO TUẦN"],
      [
        "Từ ngày",
        "Đến ngày",
        "Phiếu phát ra",
        "Phiếu thu về",
        "Hài lòng về tiếp cận dịch vụ",
        "Hài lòng về công chức",
        "Hài lòng về kết quả giải quyết",
      ],
      [{ date: "2021-11-01" as IsoDate }, { date: "2021-11-05" as IsoDate }, 30, 28, 26, 27, 26],
      [{ date: "2021-11-08" as IsoDate }, { date: "2021-11-12" as IsoDate }, 30, 30, 29, 30, 28],
    ]);
    expect(c.readings.filter((r) => r.source.row === 3).map((r) => [r.code, r.period, r.date, r.numerator, r.denominator])).toEqual([
      ["2.1", "Từ 01/11 đến 05/11/2021", "2021-11-05", 26, 28],
      ["2.3", "Từ 01/11 đến 05/11/2021", "2021-11-05", 27, 28],
      ["2.4", "Từ 01/11 đến 05/11/2021", "2021-11-05", 26, 28],
    ]);
  });
});

describe("shares typed as fractions of 1 under the periods", () => {
  it("are read as percents, a count under the table no reason to doubt it", () => {
    const c = consolidateSheet([
      ["TT", "Nội dung", "Người thực hiện", "Hạn", "Quý I/2021", "Quý II/2021", "Quý III/2021", "Quý IV/2021", "Tinh trang"],
      [
        "1",
        "Rà soát tổng thể đội ngũ CBCC theo từng nhóm chức danh",
        "Văn phòng - Thống kê",
        "Quý IV/2021",
        0.3,
        0.6,
        0.8,
        1,
        "Hoàn thành",
      ],
      ["2", "Cử công chức chưa đạt chuẩn đi bồi dưỡng chức danh", "VP-TK", "Năm 2021", 0, 0.5, 0.7, 0.5, "Đang thực hiện"],
      [],
      ["Số CBCC chưa đạt chuẩn", null, null, null, 4, 4, 3, 2],
    ]);
    expect(c.tasks.map((t) => t.progress)).toEqual([100, 50]);
  });
});
