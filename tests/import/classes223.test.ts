import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes left by blind set 222 and found by sets 223-226.

const reading = (r: { code: string | null; period: string; date: string | null; numerator: number | null; denominator: number | null }) =>
  `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator}`;

describe("a state report's period written as its days (15th to 14th)", () => {
  const survey = (title: string[], ...blocks: GridCell[][]) =>
    consolidateSheet([
      ...title.map((t) => [t]),
      [],
      ["TT", "Lĩnh vực", "Hài lòng về tiếp cận dịch vụ", "Hài lòng về công chức", "Số phiếu hợp lệ"],
      ...blocks,
    ]);

  it("names 15/12/2020 - 14/3/2021 as Quý I/2021, its figures standing at 14/3", () => {
    const c = survey(
      ["TỔNG HỢP KHẢO SÁT SỰ HÀI LÒNG NĂM 2021"],
      ["Kỳ từ 15/12/2020 đến 14/3/2021"],
      [1, "Hộ tịch", 30, 29, 31],
      [2, "Chứng thực", 25, 24, 26],
      [null, "Cộng", 55, 53, 57],
    );
    expect(c.readings.filter((r) => r.code === "2.1").map(reading)).toEqual(["2.1 Quý I/2021 2021-03-14 55/57"]);
  });

  it("names the year's and the half's report periods too, and leaves a span that is none as written", () => {
    const c = survey(
      ["TỔNG HỢP KHẢO SÁT SỰ HÀI LÒNG"],
      ["I. Từ ngày 15/12/2020 đến ngày 14/6/2021"],
      [1, "Hộ tịch", 30, 29, 31],
      [2, "Chứng thực", 1, 1, 1],
      [null, "Cộng", 31, 30, 32],
      [],
      ["II. Từ ngày 15/12/2020 đến ngày 14/12/2021"],
      [1, "Hộ tịch", 60, 58, 62],
      [2, "Chứng thực", 1, 1, 1],
      [null, "Cộng", 61, 59, 63],
      [],
      ["III. Từ ngày 01/11/2021 đến ngày 20/11/2021"],
      [1, "Hộ tịch", 9, 9, 10],
      [2, "Chứng thực", 1, 1, 1],
      [null, "Cộng", 10, 10, 11],
    );
    expect(
      c.readings
        .filter((r) => r.code === "2.3")
        .sort((a, b) => a.source.row - b.source.row)
        .map(reading),
    ).toEqual([
      "2.3 6 tháng đầu năm 2021 2021-06-14 30/32",
      "2.3 Năm 2021 2021-12-14 59/63",
      "2.3 01/11/2021 - 20/11/2021 2021-11-20 10/11",
    ]);
  });

  it("reads the span in brackets after the quarter's name, its first day without its year", () => {
    const c = survey(
      ["THEO DÕI KẾT QUẢ KHẢO SÁT NĂM 2021"],
      ["QUÝ II NĂM 2021 (15/3 - 14/6/2021)"],
      [1, "Hộ tịch", 30, 29, 31],
      [2, "Chứng thực", 1, 1, 1],
      [null, "Cộng", 31, 30, 32],
      [],
      ["QUÝ I NĂM 2021 (15/12 - 14/3/2021)"],
      [1, "Hộ tịch", 20, 19, 21],
      [2, "Chứng thực", 1, 1, 1],
      [null, "Cộng", 21, 20, 22],
    );
    expect(
      c.readings
        .filter((r) => r.code === "2.1")
        .sort((a, b) => a.source.row - b.source.row)
        .map(reading),
    ).toEqual(["2.1 Quý II/2021 2021-06-14 31/32", "2.1 Quý I/2021 2021-03-14 21/22"]);
  });

  it("takes the day of the sheet's span where the total row names the same quarter", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) QUÝ III NĂM 2021"],
      ["Kỳ số liệu: từ ngày 15/6/2021 đến ngày 14/9/2021"],
      [],
      ["STT", "Lĩnh vực", "Số phiếu hợp lệ", "Hài lòng về tiếp cận dịch vụ", "Hài lòng về kết quả"],
      [1, "Tư pháp - Hộ tịch", 44, 42, 42],
      [2, "Chứng thực", 33, 31, 31],
      [null, "Cộng quý III", 77, 73, 73],
    ]);
    expect(c.readings.filter((r) => r.code === "2.1").map(reading)).toEqual(["2.1 Quý III/2021 2021-09-14 73/77"]);
  });
});

describe("a survey by category's column numbers and stated rates", () => {
  it("passes over the row of column numbers under the headings", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ KHẢO SÁT QUÝ I NĂM 2021"],
        ["STT", "Lĩnh vực", "Số phiếu hợp lệ", "Số phiếu hài lòng về", null],
        [null, null, null, "Tiếp cận dịch vụ", "Công chức"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        [1, "Tư pháp - Hộ tịch", 38, 36, 37],
        [2, "Chứng thực", 30, 29, 29],
        [null, "Cộng quý I", 68, 65, 66],
      ],
      { merges: [{ top: 2, left: 4, bottom: 2, right: 5 }] },
    );
    expect(
      c.readings
        .filter((r) => r.code === "2.3")
        .sort((a, b) => a.source.row - b.source.row)
        .map(reading),
    ).toEqual(["2.3 Quý I/2021 2021-03-31 66/68"]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
  });

  it("names a rate row that the counts contradict, and takes the counts' rate", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP PHIẾU KHẢO SÁT 6 THÁNG ĐẦU NĂM 2021"],
      [],
      ["Thôn", "Hài lòng về tiếp cận dịch vụ", "Hài lòng về công chức", "Tổng số phiếu hợp lệ"],
      ["Thôn 1", 35, 34, 36],
      ["Thôn 2", 28, 28, 30],
      ["Cộng", 63, 62, 66],
      ["Tỷ lệ (%)", 95.45, 98.5],
    ]);
    const byCode = new Map(c.readings.map((r) => [r.code, r.value]));
    expect(byCode.get("2.1")).toBeCloseTo(95.45, 2);
    expect(byCode.get("2.3")).toBeCloseTo(93.94, 2);
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["7C 98,5"]);
  });

  it("names a day no calendar has in the line over the table", () => {
    const c = consolidateSheet([
      ["TỔNG HỢP PHIẾU KHẢO SÁT 6 THÁNG ĐẦU NĂM 2021"],
      ["Số liệu tính đến ngày 31/6/2021"],
      [],
      ["Thôn", "Hài lòng về tiếp cận dịch vụ", "Hài lòng về công chức", "Tổng số phiếu hợp lệ"],
      ["Thôn 1", 35, 34, 36],
      ["Thôn 2", 28, 28, 30],
      ["Cộng", 63, 62, 66],
    ]);
    expect(c.readings.filter((r) => r.code === "2.1").map(reading)).toEqual(["2.1 6 tháng đầu năm 2021 2021-06-30 63/66"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column}`)).toEqual(["2A"]);
  });
});

describe("dossier figures by channel, blocks stacked with a total and its rate row", () => {
  const block = (title: string, rows: Array<[string, number, number, number]>, total: [number, number, number], rate: number) => [
    [title],
    ["STT", "Hình thức tiếp nhận", "Số hồ sơ tiếp nhận", "Đã giải quyết", "Trong đó: trước hạn, đúng hạn", "Ghi chú"],
    ...rows.map(([name, a, b, c], i) => [i + 1, name, a, b, c]),
    [null, "Cộng", ...total],
    [null, "Tỷ lệ (%)", null, null, rate, "Tỷ lệ trực tuyến: 9,3%"],
    [],
  ];

  it("reads each block's total row as the quarter's on-time rate, the channels its parts", () => {
    const rows = [
      ["TỔNG HỢP HỒ SƠ TTHC THEO HÌNH THỨC TIẾP NHẬN NĂM 2021"],
      [],
      ...block(
        "QUÝ I NĂM 2021 (từ 15/12/2020 đến 14/3/2021)",
        [
          ["Trực tiếp tại Bộ phận TN&TKQ", 310, 300, 298],
          ["Dịch vụ bưu chính công ích", 12, 12, 12],
          ["Dịch vụ công trực tuyến mức độ 3", 25, 24, 24],
        ],
        [347, 336, 334],
        99.4,
      ),
      ...block(
        "QUÝ II NĂM 2021 (15/3 - 14/6/2021)",
        [
          ["Trực tiếp tại Bộ phận TN&TKQ", 280, 275, 275],
          ["Dịch vụ bưu chính công ích", 10, 9, 9],
          ["Dịch vụ công trực tuyến mức độ 3", 31, 31, 30],
        ],
        [321, 315, 314],
        99.68,
      ),
      ...block(
        "QUÝ III NĂM 2021 (15/6 - 14/9/2021)",
        [
          ["Trực tiếp tại Bộ phận TN&TKQ", 295, 290, 287],
          ["Dịch vụ bưu chính công ích", 9, 9, 9],
          ["Dịch vụ công trực tuyến mức độ 3", 40, 38, 38],
        ],
        [344, 337, 334],
        99.11,
      ),
    ];
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [gridOf(rows)] }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    expect(c.readings.map(reading)).toEqual([
      "1.2 Quý I/2021 2021-03-14 334/336",
      "1.2 Quý II/2021 2021-06-14 314/315",
      "1.2 Quý III/2021 2021-09-14 334/337",
    ]);
  });
});

describe("satisfaction counted on the four-level scale (Tốt | Khá | Trung bình | Kém)", () => {
  it("takes Tốt + Khá over every level's answers where no valid forms' column is given", () => {
    const c = consolidateSheet([
      ["KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC NĂM 2021"],
      ["(Kỳ đánh giá: từ 15/12/2020 đến 14/12/2021)"],
      [],
      ["Mã", "Chỉ số thành phần", "Tốt", "Khá", "Trung bình", "Kém", "Tỷ lệ Tốt+Khá (%)"],
      ["2.1", "Chỉ số hài lòng về tiếp cận dịch vụ", 25, 33, 12, 3, 79.5],
      ["2.3", "Chỉ số hài lòng về công chức", 30, 32, 9, 2, 84.9],
      ["2.4", "Chỉ số hài lòng về kết quả giải quyết TTHC", 27, 33, 10, 3, 82.2],
    ]);
    expect(c.readings.map(reading)).toEqual([
      "2.1 Năm 2021 2021-12-14 58/73",
      "2.3 Năm 2021 2021-12-14 62/73",
      "2.4 Năm 2021 2021-12-14 60/73",
    ]);
  });

  it("reads a month per row, the levels its parts, and names a level's range rather than reading another pair", () => {
    const c = consolidateSheet([
      ["SỔ THEO DÕI ĐÁNH GIÁ SỰ HÀI LÒNG VỀ CÔNG CHỨC BỘ PHẬN MỘT CỬA (Tiêu chí 2.3)"],
      [],
      ["Tháng", "Số phiếu phát ra", "Số phiếu hợp lệ", "Tốt", "Khá", "Trung bình", "Kém", "Tỷ lệ hài lòng (Tốt + Khá)", "Ghi chú"],
      ["Tháng 7/2021", 25, 24, 9, 11, 3, 1, 83.3],
      ["Tháng 8/2021", 25, 23, 8, 12, 2, 1, 87],
      ["Tháng 9/2021", 30, 27, 10, "15-17", 1, 0, null, "Khá chưa chốt số"],
      ["Tháng 11/2021", 30, 29, 12, 14, 2, 1, 89.7],
    ]);
    expect(c.readings.filter((r) => r.value !== null).map(reading)).toEqual([
      "2.3 Tháng 7/2021 2021-07-31 20/24",
      "2.3 Tháng 8/2021 2021-08-31 20/23",
      "2.3 Tháng 11/2021 2021-11-30 26/29",
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual(["6E 15-17"]);
  });
});

describe("deadlines and completion written as periods", () => {
  const tasks = (rows: GridCell[][]) =>
    consolidateSheet([
      ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
      ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả thực hiện", "Ngày hoàn thành"],
      ...rows,
    ]).tasks;

  it("takes the last day of the month or quarter the work was said to be done in, and says so", () => {
    const c = consolidateSheet([
      ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
      ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả thực hiện", "Ngày hoàn thành"],
      [1, "Kiện toàn Bộ phận một cửa", "VP-TK", "30/9/2021", "Xong tháng 8"],
      [2, "Lắp đặt hòm thư góp ý", "VP-TK", "30/6/2021", "Đã xong trong quý II"],
      [3, "Cập nhật danh mục TTHC", "VP-TK", "30/11/2021", "Hoàn thành", "tháng 10/2021"],
      [4, "Rà soát quy chế làm việc", "VP-TK", "31/12/2021", "Hoàn thành", "15/10/2021"],
    ]);
    expect(c.tasks.map((t) => `${t.status} ${t.doneDate}`)).toEqual([
      "Hoàn thành 2021-08-31",
      "Hoàn thành 2021-06-30",
      "Hoàn thành 2021-10-31",
      "Hoàn thành 2021-10-15",
    ]);
    expect(c.problems.filter((p) => p.code === "DATE_APPROXIMATE").map((p) => `${p.row}${p.column}`)).toEqual(["3E", "4E", "5F"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("names a state column that says not started beside a result that says done", () => {
    const c = consolidateSheet([
      ["BANG THEO DOI CONG VIEC CCHC - DIA CHINH XAY DUNG (nam 2021)"],
      ["STT", "Noi dung", "Tieu chi", "Nguoi lam", "Thoi han", "Tinh trang", "Ket qua"],
      [1, "Ra soat ho so ton dong linh vuc dat dai nam 2020", "1.2", "DC-XD", "6 thang cuoi nam", "Chua thuc hien", "Xong thang 7"],
      [2, "Do dac, cam moc gioi cong trinh duong lien thon", "1.4", "DC-XD", "thang 10", "Hoan thanh", "xong 15/10"],
    ]);
    expect(c.tasks.map((t) => t.status)).toEqual(["Chưa thực hiện", "Hoàn thành"]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => `${p.row}${p.column}`)).toEqual(["3G"]);
  });

  it("reads a week of a month in words and a span of years by their last day", () => {
    expect(
      tasks([
        [1, "Treo băng rôn, pano tuyên truyền", "VH-XH", "Tuần đầu tháng 10"],
        [2, "Đăng tin trên loa truyền thanh", "VH-XH", "Tuần cuối tháng 11"],
        [3, "Cử công chức chưa đạt chuẩn đi bồi dưỡng", "VP-TK", "2021 - 2022"],
      ]).map((t) => t.due),
    ).toEqual(["2021-10-07", "2021-11-30", "2022-12-31"]);
  });
});

describe("sheets laid out for print", () => {
  it("reads tables side by side under a national heading that spans the gutter between them", () => {
    const c = consolidateSheet([
      [null, "UBND XÃ TÂN BÌNH", null, null, null, null, null, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [null, "CÔNG CHỨC VĂN HOÁ - XÃ HỘI", null, null, null, null, null, "Độc lập – Tự do – Hạnh phúc"],
      [],
      [null, "THEO DÕI TUYÊN TRUYỀN DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2021 (tiêu chí 1.1)"],
      [null, "I. Các việc đã làm", null, null, null, null, null, null, "II. Số liệu hồ sơ trực tuyến"],
      [
        null,
        "TT",
        "Nội dung",
        "Người thực hiện",
        "Thời hạn",
        "Tình trạng",
        null,
        null,
        "Tháng",
        "Tổng hồ sơ tiếp nhận",
        "Hồ sơ trực tuyến",
        "Tỷ lệ (%)",
      ],
      [null, "A", "B", "1", "2", "3", null, null, "A", "1", "2", "3=2/1"],
      [
        null,
        1,
        "Đăng tin hướng dẫn nộp hồ sơ trực tuyến trên Trang TTĐT xã",
        "VH-XH",
        "30/10/2021",
        "Xong",
        null,
        null,
        "Tháng 7",
        38,
        7,
        18.42,
      ],
      [null, 2, "Lập nhóm Zalo các thôn để hướng dẫn sử dụng DVC", "VH-XH", "30/9/2021", "Chưa làm", null, null, "Tháng 8", 35, 9, 25.71],
      [
        null,
        3,
        "Hỗ trợ người dân nộp hồ sơ trực tuyến tại BP một cửa",
        "BP một cửa",
        "31/12/2021",
        "Đang làm",
        null,
        null,
        "Tháng 9",
        51,
        14,
        27.45,
      ],
    ]);
    expect(c.tasks.map((t) => `${t.status} ${t.progress}`)).toEqual(["Hoàn thành 100", "Chưa thực hiện 0", "Đang thực hiện null"]);
    expect(c.readings.map(reading)).toEqual([
      "1.1 Tháng 7/2021 2021-07-31 7/38",
      "1.1 Tháng 8/2021 2021-08-31 9/35",
      "1.1 Tháng 9/2021 2021-09-30 14/51",
    ]);
  });
});

describe("figures set beside last year's and the plan's", () => {
  it("reads the same point of last year under the total as that year's reading, never one of this year's parts", () => {
    const c = consolidateSheet([
      ["BIỂU TỔNG HỢP TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
      ["(Tiêu chí thành phần 1.4 - Số liệu đến ngày 30/9/2021)"],
      ["TT", "Danh mục công trình", "Kế hoạch năm 2021", "Giải ngân", "Đạt (%)", "Ghi chú"],
      [1, "Đường GTNT thôn 3", 2100, 1470, 70],
      [2, "Nhà văn hóa thôn Phú An", 1350, 980, 72.6],
      [3, "Kênh mương nội đồng", 1150, 310, 27],
      [null, "Tổng cộng", 4600, 2760, 60],
      [null, "Cùng kỳ năm 2020", 4800, 2798, 58.3, "Số liệu đến 30/9/2020"],
      ["Chỉ tiêu theo KH 49: đến 30/9/2021 đạt 60%; đến 31/01/2022 đạt 100% kế hoạch vốn được giao."],
    ]);
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.4 Năm 2020 (đến 30/9/2020) 2020-09-30 2798/4800",
      "1.4 Năm 2021 (đến 30/9/2021) 2021-09-30 2760/4600",
    ]);
    expect(c.problems.filter((p) => p.code === "READING_PARTS")).toEqual([]);
  });

  it("keeps last year's row out of the parts under a two-row header too", () => {
    const c = consolidateSheet(
      [
        ["BIỂU TỔNG HỢP TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
        ["(Tiêu chí thành phần 1.4 - Số liệu đến ngày 30/9/2021)"],
        ["TT", "Danh mục công trình", "Kế hoạch năm 2021", "Thực hiện", null, "Đạt (%)", "Ghi chú"],
        [null, null, null, "Khối lượng thực hiện", "Giải ngân"],
        [1, "Đường GTNT thôn 3", 2100, 1650, 1470, 70],
        [2, "Nhà văn hóa thôn Phú An", 1350, 1100, 980, 72.6],
        [3, "Kênh mương nội đồng", 1150, 420, 310, 27],
        [null, "Tổng cộng", 4600, 3170, 2760, 60],
        [null, "Cùng kỳ năm 2020", 4800, null, 2798, 58.3, "Số liệu đến 30/9/2020"],
      ],
      { merges: [{ top: 3, left: 4, bottom: 3, right: 5 }] },
    );
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.4 Năm 2020 (đến 30/9/2020) 2020-09-30 2798/4800",
      "1.4 Năm 2021 (đến 30/9/2021) 2021-09-30 2760/4600",
    ]);
  });

  it("never reads one period's figure below 1 as a share of 1 where the row's other periods are whole percentages", () => {
    const c = consolidateSheet([
      ["SO SÁNH MỘT SỐ CHỈ TIÊU QUÝ III/2021 VỚI CÙNG KỲ NĂM 2020"],
      ["Nội dung", "Cùng kỳ năm 2020", "Quý III/2021", "So sánh (%)"],
      ["Tổng số hồ sơ tiếp nhận", 571, 627, 109.8],
      ["Tỷ lệ giải quyết đúng hạn (TCTP 1.2)", 98.6, 99.7, 101.1],
      ["Tỷ lệ hồ sơ tiếp nhận trực tuyến (TC 1.1)", 0.9, 2.9, 322.2],
    ]);
    expect(c.readings.filter((r) => r.code === "1.1").map((r) => `${r.period} ${r.value}`)).toEqual([
      "Quý III/2020 0.9",
      "Quý III/2021 2.9",
    ]);
  });

  it("names an answer scale's row with no answers counted yet instead of reading a 0", () => {
    const c = consolidateSheet([
      ["ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN - QUÝ III/2021"],
      [],
      ["TT", "Tiêu chí đánh giá", "Tốt", "Khá", "Trung bình", "Kém", "Tổng", "Tốt + Khá (%)"],
      [1, "Tiếp cận dịch vụ hành chính công", 10, 16, 5, 1, 32, 81.3],
      [2, "Thủ tục hành chính", 9, 15, 6, 2, 32, 75],
      [3, "Sự phục vụ của công chức", null, null, null, null, 0, null],
      [4, "Kết quả giải quyết TTHC", 11, 14, 6, 1, 32, 78.1],
    ]);
    expect(c.readings.map((r) => r.code)).toEqual(["2.1", "2.2", "2.4"]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => `${p.row} ${p.value}`)).toEqual(["6 Sự phục vụ của công chức"]);
  });
});

describe("answer counts with their shares, and the desk's quarters stacked with their column numbers", () => {
  it("reads an aspect per row whose levels each stand over a count and a share", () => {
    const c = consolidateSheet(
      [
        ["BÁO CÁO KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG 6 THÁNG ĐẦU NĂM 2021"],
        ["Thời điểm khảo sát: 25/6/2021"],
        ["TT", "Chỉ số thành phần", "Số phiếu hợp lệ", "Rất hài lòng", null, "Hài lòng", null, "Bình thường", null, "Không hài lòng", null],
        [null, null, null, "SL", "%", "SL", "%", "SL", "%", "SL", "%"],
        [1, "Chỉ số hài lòng về tiếp cận dịch vụ", 48, 15, 31.3, 26, 54.2, 6, 12.5, 1, 2.1],
        [2, "Chỉ số hài lòng về tổ chức giải quyết TTHC", 48, 14, 29.2, 26, 54.2, 6, 12.5, 2, 4.2],
        [3, "Chỉ số hài lòng về công chức tại Bộ phận TN&TKQ", 46, 20, 43.5, 22, 47.8, 3, 6.5, 1, 2.2],
      ],
      {
        merges: [
          { top: 3, left: 4, bottom: 3, right: 5 },
          { top: 3, left: 6, bottom: 3, right: 7 },
          { top: 3, left: 8, bottom: 3, right: 9 },
          { top: 3, left: 10, bottom: 3, right: 11 },
        ],
      },
    );
    expect(c.readings.map((r) => `${r.code} ${r.numerator}/${r.denominator}`)).toEqual(["2.1 41/48", "2.2 40/48", "2.3 42/46"]);
  });

  it("reads each quarter's block under its own period line, the column numbers under each header no field", () => {
    const header = [
      [
        "STT",
        "Lĩnh vực",
        "Số hồ sơ nhận giải quyết",
        null,
        null,
        "Số hồ sơ đã giải quyết",
        null,
        null,
        null,
        "Số hồ sơ đang giải quyết",
        null,
        "Trả lại/rút hồ sơ",
      ],
      [
        null,
        null,
        "Kỳ trước chuyển qua",
        "Tiếp nhận trực tuyến",
        "Tiếp nhận trực tiếp, bưu chính",
        "Tổng số",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Trong hạn",
        "Quá hạn",
      ],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"],
    ];
    const merges = (top: number) => [
      { top, left: 3, bottom: top, right: 5 },
      { top, left: 6, bottom: top, right: 9 },
      { top, left: 10, bottom: top, right: 11 },
      { top, left: 12, bottom: top + 1, right: 12 },
    ];
    const c = consolidateSheet(
      [
        ["TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2021"],
        [],
        ["I. Kỳ báo cáo: từ ngày 15/12/2020 đến ngày 14/3/2021"],
        ...header,
        [1, "Tư pháp - Hộ tịch", 2, 5, 40, 44, 30, 14, 0, 3, 0, 0],
        [2, "Chứng thực", 0, 0, 120, 120, 110, 10, 0, 0, 0, 0],
        [null, "Cộng", 2, 5, 160, 164, 140, 24, 0, 3, 0, 0],
        [null, "Tỷ lệ (%)", null, "3,0", null, 100, 85.4, 14.6, 0],
        [],
        ["II. QUÝ II - Kỳ báo cáo: từ ngày 15/3/2021 đến ngày 14/6/2021"],
        ...header,
        [1, "Tư pháp - Hộ tịch", 3, 8, 52, 60, 41, 18, 1, 3, 0, 0],
        [2, "Chứng thực", 0, 0, 135, 135, 128, 7, 0, 0, 0, 0],
        [3, "Nội vụ", 0, 0, 4, 4, 1, 3, 0, 0, 0, 0],
        [null, "Cộng", 3, 8, 191, 199, 170, 28, 1, 3, 0, 0],
        [null, "Tỷ lệ (%)", null, "4,0", null, 100, 85.4, 14.1, 0.5],
      ],
      { merges: [...merges(4), ...merges(14)] },
    );
    expect((c.dossiers ?? []).map((d) => `${d.field} ${d.from} ${d.to}`)).toEqual([
      "Tư pháp - Hộ tịch 2020-12-15 2021-03-14",
      "Chứng thực 2020-12-15 2021-03-14",
      "Tư pháp - Hộ tịch 2021-03-15 2021-06-14",
      "Chứng thực 2021-03-15 2021-06-14",
      "Nội vụ 2021-03-15 2021-06-14",
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
  });
});

describe("blocks of the desk's and the survey's figures with their periods written short", () => {
  it("counts the early ones with the on-time ones, and reads a block's span written with an arrow", () => {
    const block = (title: string, rows: Array<[string, number, number, number, number, number]>, total: number[]) => [
      [title],
      ["TT", "Hình thức tiếp nhận", "Số HS tiếp nhận", "Số HS đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn", "Ghi chú"],
      ...rows.map((x, i) => [i + 1, ...x]),
      [null, "Cộng", ...total],
      [],
    ];
    const c = consolidateSheet([
      ["SỐ LIỆU GIẢI QUYẾT HỒ SƠ TTHC THEO HÌNH THỨC TIẾP NHẬN"],
      [],
      ...block(
        "Từ 15/6/2021 - 14/9/2021 (Quý 3)",
        [
          ["Trực tiếp", 150, 148, 112, 34, 2],
          ["Bưu chính", 8, 8, 6, 2, 0],
          ["Trực tuyến", 22, 22, 20, 2, 0],
        ],
        [180, 178, 138, 38, 2],
      ),
      ...block(
        "Quý 4/2021 (15/9/2021 → 14/12/2021)",
        [
          ["Trực tiếp", 150, 149, 110, 38, 1],
          ["Bưu chính", 6, 6, 4, 2, 0],
          ["Trực tuyến", 30, 29, 25, 4, 0],
        ],
        [186, 184, 139, 44, 1],
      ),
    ]);
    expect(c.readings.filter((r) => r.code === "1.2").map(reading)).toEqual([
      "1.2 Quý III/2021 2021-09-14 176/178",
      "1.2 Quý IV/2021 2021-12-14 183/184",
    ]);
  });

  it("dates a rate sentence under a block by that block's period line", () => {
    const c = consolidateSheet([
      ["SỐ LIỆU GIẢI QUYẾT HỒ SƠ TTHC"],
      ["Từ 15/6/2021 - 14/9/2021 (Quý 3)"],
      ["TT", "Lĩnh vực", "Ghi chú"],
      [1, "Hộ tịch", "đủ hồ sơ"],
      [2, "Chứng thực", "đủ hồ sơ"],
      ["=> Tỷ lệ giải quyết đúng và trước hạn: 98,9%"],
      [],
      ["Quý 4/2021 (15/9/2021 → 14/12/2021)"],
      ["TT", "Lĩnh vực", "Ghi chú"],
      [1, "Hộ tịch", "đủ hồ sơ"],
      [2, "Chứng thực", "đủ hồ sơ"],
      ["=> Tỷ lệ giải quyết đúng và trước hạn: 99,5%"],
      [],
      [null, null, "Tân Bình, ngày 16 tháng 12 năm 2021"],
    ]);
    expect(c.readings.map((r) => `${r.period} ${r.date} ${r.value}`)).toEqual([
      "Quý III/2021 2021-09-14 98.9",
      "Quý IV/2021 2021-12-14 99.5",
    ]);
  });

  it("takes a block line's days without their year in the sheet's year, never the first block's period", () => {
    const block = (title: string, counts: number[][]) => [
      [title],
      ["STT", "Hình thức khảo sát", "Số phiếu hợp lệ", "Hài lòng về tiếp cận dịch vụ", "Hài lòng về công chức"],
      ...counts.map((x, i) => [i + 1, ["Trực tiếp", "Bưu chính", "Trực tuyến"][i], ...x]),
      [null, "Cộng", ...counts.reduce((a, b) => a.map((v, i) => v + b[i]))],
      [],
    ];
    const c = consolidateSheet([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS) NĂM 2021"],
      [],
      ...block("Quý I (15/12/2020 - 14/3/2021)", [
        [58, 55, 57],
        [6, 6, 6],
        [12, 11, 12],
      ]),
      ...block("QUÝ III (từ 15/6 đến 14/9)", [
        [50, 48, 49],
        [3, 3, 3],
        [21, 20, 21],
      ]),
    ]);
    expect(c.readings.filter((r) => r.code === "2.1").map(reading)).toEqual([
      "2.1 Quý I/2021 2021-03-14 72/76",
      "2.1 Quý III/2021 2021-09-14 71/74",
    ]);
  });
});

describe("a dossier report's lines under its total", () => {
  it("names last year's line under the total, and stops at the compiler's signature", () => {
    const c = consolidateSheet(
      [
        ["KẾT QUẢ GIẢI QUYẾT TTHC QUÝ III NĂM 2021"],
        ["(Từ ngày 15/6/2021 đến ngày 14/9/2021)"],
        [
          "STT",
          "Lĩnh vực",
          "Số hồ sơ tiếp nhận",
          null,
          null,
          "Số hồ sơ đã giải quyết",
          null,
          null,
          "Số hồ sơ đang giải quyết",
          null,
          "Trả lại/ rút hồ sơ",
        ],
        [null, null, "Kỳ trước chuyển qua", "Trực tuyến", "Trực tiếp, BCCI", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
        [1, "Hộ tịch", 2, 3, 116, 95, 22, 1, 3, 0, 0],
        [2, "Chứng thực", 0, 0, 164, 160, 4, 0, 0, 0, 0],
        [3, "Đất đai", 3, 0, 21, 8, 11, 2, 2, 1, 0],
        [null, "Tổng cộng", 5, 3, 301, 263, 37, 3, 5, 1, 0],
        [null, "Cùng kỳ năm 2020", 4, 0, 298, 240, 52, 5, 5, 0, 0],
        [],
        [null, "NGƯỜI TỔNG HỢP", null, null, null, null, null, null, "Tân Bình, ngày 15/9/2021"],
      ],
      {
        merges: [
          { top: 3, left: 3, bottom: 3, right: 5 },
          { top: 3, left: 6, bottom: 3, right: 8 },
          { top: 3, left: 9, bottom: 3, right: 10 },
          { top: 3, left: 11, bottom: 4, right: 11 },
        ],
      },
    );
    expect((c.dossiers ?? []).map((d) => `${d.field} ${d.from} ${d.to}`)).toEqual([
      "Hộ tịch 2021-06-15 2021-09-14",
      "Chứng thực 2021-06-15 2021-09-14",
      "Đất đai 2021-06-15 2021-09-14",
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => `${p.row} ${p.value}`)).toContain("9 Cùng kỳ năm 2020");
  });
});
