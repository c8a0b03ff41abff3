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
