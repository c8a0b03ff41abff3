import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { Grid, GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes left by blind sets 195-202 and found by sets 203-210.

const span = (top: number, left: number, right: number) => ({ top, left, bottom: top, right });
const d = (date: string) => ({ date: date as IsoDate });

describe("a row of days between the periods across and their headings", () => {
  const rows = (days: Array<string | null>) => [
    ["BẢNG THEO DÕI CÁC CHỈ SỐ THEO QUÝ NĂM 2021"],
    [],
    ["STT", "Chỉ số", "Quý I", null, null, "Quý II", null, null, "Quý III", null, null, "Chỉ tiêu"],
    [null, null, days[0], null, null, days[1], null, null, days[2]],
    [null, null, "Số đạt", "Tổng số", "Tỷ lệ %", "Số đạt", "Tổng số", "Tỷ lệ %", "Số đạt", "Tổng số", "Tỷ lệ %"],
    [1, "Hồ sơ giải quyết đúng hạn (TCTP 1.2)", 301, 305, 98.69, 287, 290, 98.97, 391, 398, 98.24, "100%"],
    [2, "Hồ sơ tiếp nhận trực tuyến (TC 1.1)", 21, 310, 6.77, 30, 301, 9.97, 57, 412, 13.83, "Tăng"],
  ];
  const merges = [span(3, 3, 5), span(3, 6, 8), span(3, 9, 11)];
  const of = (c: ReturnType<typeof consolidateSheet>, code: string) =>
    c.readings.filter((r) => r.code === code).map((r) => `${r.period} ${r.date} ${r.numerator}/${r.denominator}`);

  it("reads each period's block, its figures dated by the day under the period", () => {
    const c = consolidateSheet(rows(["chốt ngày 14/3/2021", "chốt ngày 15/6/2021", "chốt ngày 14/9/2021"]), { merges });
    expect(of(c, "1.2")).toEqual(["Quý I/2021 2021-03-14 301/305", "Quý II/2021 2021-06-15 287/290", "Quý III/2021 2021-09-14 391/398"]);
    expect(of(c, "1.1")).toEqual(["Quý I/2021 2021-03-14 21/310", "Quý II/2021 2021-06-15 30/301", "Quý III/2021 2021-09-14 57/412"]);
  });

  it("names a day that does not exist, its period's end dating the figures", () => {
    const c = consolidateSheet(rows(["chốt ngày 14/3/2021", "chốt ngày 31/6/2021", "14/9/2021"]), { merges });
    expect(of(c, "1.2")).toEqual(["Quý I/2021 2021-03-14 301/305", "Quý II/2021 2021-06-30 287/290", "Quý III/2021 2021-09-14 391/398"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column} ${p.value}`)).toEqual([
      "4F chốt ngày 31/6/2021",
    ]);
  });

  it("leaves a row of words under the periods as headings, not days", () => {
    const c = consolidateSheet(rows(["tạm tính", null, null]), { merges });
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
    expect(c.readings.every((r) => r.date !== "2021-03-14")).toBe(true);
  });
});

describe("a day that does not exist in a period heading's brackets", () => {
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI CÁC CHỈ SỐ THEO QUÝ NĂM 2021"],
      [],
      ["STT", "Chỉ số", "Quý I (chốt ngày 14/3/2021)", null, null, "Quý II (chốt ngày 31/6/2021)", null, null],
      [null, null, "Số đạt", "Tổng số", "Tỷ lệ %", "Số đạt", "Tổng số", "Tỷ lệ %"],
      [1, "Hồ sơ giải quyết đúng hạn (TCTP 1.2)", 301, 305, 98.69, 287, 290, 98.97],
    ],
    { merges: [span(3, 3, 5), span(3, 6, 8)] },
  );

  it("is named on its heading's cell, the period's end dating the figures", () => {
    expect(c.readings.map((r) => `${r.period} ${r.date}`)).toEqual(["Quý I/2021 2021-03-14", "Quý II/2021 2021-06-30"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column}`)).toEqual(["3F"]);
  });
});

describe.each([
  ["", []],
  [", the lines merged across the table", [span(3, 1, 6), span(4, 1, 6), span(8, 1, 6), span(9, 1, 6)]],
])("tables stacked down a sheet, each under a period's line and a line of its day%s", (_, merges) => {
  const header = ["STT", "Mã TC", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"];
  const c = consolidateSheet(
    [
      ["BẢNG THEO DÕI CÁC CHỈ SỐ CCHC"],
      [],
      ["Kỳ: Quý II năm 2021"],
      ["(Số liệu đến ngày 14/6/2021)"],
      header,
      [1, "1.1", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", 28, 104, 26.92],
      [],
      ["Kỳ: Quý III năm 2021"],
      ["(Số liệu đến ngày 14/9/2021)"],
      header,
      [1, "1.1", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", 45, 120, 37.5],
    ],
    { merges },
  );

  it("names each table's figures by the period's line, dated by the day's line under it", () => {
    expect(c.readings.map((r) => `${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "Quý II/2021 2021-06-14 28/104",
      "Quý III/2021 2021-09-14 45/120",
    ]);
  });
});

describe("periods across written the short way", () => {
  const c = consolidateSheet(
    [
      ["KET QUA KHAO SAT SIPAS NAM 2021"],
      [],
      ["STT", "Chi so", "Ma TC", "Quy III/21 (den 14/9/21)", null, null, "Nam 2021 (den 10/12/21)", null, null],
      [null, null, null, "So phieu HL", "Tong phieu", "Ty le", "So phieu HL", "Tong phieu", "Ty le"],
      [1, "Hai long ve tiep can dich vu", "2.1", 34, 40, "0,85", 97, 112, "86,6 %"],
    ],
    { merges: [span(3, 4, 6), span(3, 7, 9)] },
  );

  it("reads a day with a two-digit year, typed without diacritics, and the year's figures so far", () => {
    expect(c.readings.map((r) => `${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "Quý III/2021 2021-09-14 34/40",
      "Năm 2021 (đến 10/12/2021) 2021-12-10 97/112",
    ]);
  });
});

describe("a rate written as a fraction with a comma", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ KHẢO SÁT SIPAS QUÝ III NĂM 2021"],
    ["STT", "Chỉ số", "Mã TC", "Số phiếu hài lòng", "Tổng phiếu", "Tỷ lệ"],
    [1, "Hài lòng về công chức", "2.3", 106, 112, "0,946"],
    [2, "Hài lòng về kết quả", "2.4", null, null, "0,857"],
  ]);

  it("is a share of one, never thousands", () => {
    expect(c.readings.map((r) => Math.round((r.value ?? 0) * 100) / 100)).toEqual([94.64, 85.7]);
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH")).toEqual([]);
  });
});

describe("a rate written as a range", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ KHẢO SÁT SIPAS QUÝ III NĂM 2021"],
    ["STT", "Chỉ số", "Mã TC", "Số phiếu hài lòng", "Tổng phiếu", "Tỷ lệ"],
    [1, "Hài lòng về tiếp cận dịch vụ", "2.1", 34, 40, "85 %"],
    [2, "Hài lòng về công chức", "2.3", null, null, "80-90 %"],
    [3, "Hài lòng về kết quả", "2.4", null, null, "từ 85 đến 90%"],
  ]);

  it("is named on its cell and not read as its top", () => {
    expect(c.readings.map((r) => `${r.code} ${r.value}`)).toEqual(["2.1 85"]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER").map((p) => `${p.row}${p.column}`)).toEqual(["4F", "5F"]);
  });
});

describe("report days typed as dates across, each over its counts", () => {
  const c = consolidateSheet(
    [
      ["SỐ LIỆU MỘT SỐ CHỈ SỐ CCHC TẠI CÁC KỲ BÁO CÁO NĂM 2021"],
      ["STT", "Chỉ số", "Số liệu tại ngày chốt báo cáo", null, null, null, "Chỉ tiêu KH"],
      [null, null, d("2021-03-14"), null, d("2021-06-14"), null],
      [null, null, "Số đạt", "Tổng số", "Số đạt", "Tổng số"],
      [1, "CBCC cấp xã đạt chuẩn (TCTP 1.3)", 17, 21, 18, 21, "100%"],
      [2, "Hồ sơ TTHC xử lý trực tuyến (TC 1.1)", 20, 120, 31, 131, "Tăng"],
    ],
    { merges: [span(2, 3, 6), span(3, 3, 4), span(3, 5, 6)] },
  );

  it("reads each day's counts as that day's reading, never one row's counts across two days", () => {
    expect(c.readings.map((r) => `${r.code} ${r.date} ${r.numerator}/${r.denominator}`).sort()).toEqual([
      "1.1 2021-03-14 20/120",
      "1.1 2021-06-14 31/131",
      "1.3 2021-03-14 17/21",
      "1.3 2021-06-14 18/21",
    ]);
  });
});

describe.each([
  ["", false],
  [", the newest sheet's tab first", true],
])("a task cancelled on a later sheet%s", (_, newestFirst) => {
  const header = ["STT", "Nội dung", "Mã TC", "Chủ trì", "Hạn", "Tình trạng", "Tiến độ"];
  const sheet = (name: string, rows: GridCell[][]): Grid => gridOf([[`THEO DÕI NHIỆM VỤ CCHC ${name}`], header, ...rows], { sheet: name });
  const october = sheet("THÁNG 10/2021", [
    [1, "Niêm yết công khai TTHC tại Bộ phận một cửa", "1.2", "VP-TK", "30/11/2021", "Đang thực hiện", 40],
    [2, "Lắp đặt camera giám sát tại Bộ phận một cửa", "2.1", "VP-TK", "31/12/2021", "Đang thực hiện", 20],
    [3, "Tuyên truyền dịch vụ công trực tuyến", "1.1", "VH-XH", "31/12/2021", "Đang thực hiện", 50],
  ]);
  const november = sheet("THÁNG 11/2021", [
    [1, "Niêm yết công khai TTHC tại Bộ phận một cửa", "1.2", "VP-TK", "30/11/2021", "Hoàn thành", 100],
    [2, "Lắp đặt camera giám sát tại Bộ phận một cửa", "2.1", "VP-TK", "31/12/2021", "Hủy", null],
    [3, "Tuyên truyền dịch vụ công trực tuyến", "1.1", "VH-XH", "31/12/2021", "Gộp vào ND số 1", null],
  ]);
  const c = consolidate(
    [{ file: "so.xlsx", ok: true, grids: newestFirst ? [november, october] : [october, november] }],
    BUILTIN_PLAN,
    "2021-12-15" as IsoDate,
  );

  it("takes its rows on the older sheets with it", () => {
    expect(c.tasks.map((t) => `${t.code} ${t.status}`)).toEqual(["1.2 Hoàn thành"]);
  });

  it("is named where it was cancelled", () => {
    expect(c.problems.filter((p) => p.code === "TASK_CANCELLED").map((p) => `${p.sheet} ${p.row}`)).toEqual([
      "THÁNG 11/2021 4",
      "THÁNG 11/2021 5",
    ]);
  });
});

describe("a quarter's section over rows with a column of days", () => {
  const c = consolidateSheet([
    ["KẾT QUẢ CÁC CHỈ SỐ THÀNH PHẦN NĂM 2021"],
    ["Mã TC", "Chỉ số", "Số liệu đến ngày", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
    ["Quý III/2021"],
    ["1.1", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", d("2021-09-14"), 37, 412, 8.98],
    ["Quý IV/2021 (số liệu từ 15/9 đến 14/12)"],
    ["1.1", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", d("2021-12-14"), 52, 388, 13.4],
  ]);

  it("names each row's period by its section, its day from the column", () => {
    expect(c.readings.map((r) => `${r.period} ${r.date}`)).toEqual(["Quý III/2021 2021-09-14", "Quý IV/2021 2021-12-14"]);
  });
});

describe("a dossier table cut into periods by section lines", () => {
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
      "Số hồ sơ đang giải quyết",
      null,
      "Trả lại/ rút hồ sơ",
    ],
    [
      null,
      null,
      "Kỳ trước chuyển qua",
      "Trực tuyến",
      "Trực tiếp, dịch vụ bưu chính",
      "Trước hạn",
      "Đúng hạn",
      "Quá hạn",
      "Trong hạn",
      "Quá hạn",
    ],
  ];
  const merges = [span(1, 3, 5), span(1, 6, 8), span(1, 9, 10)];
  const spans = (c: ReturnType<typeof consolidateSheet>) => (c.dossiers ?? []).map((d) => `${d.field} ${d.from} ${d.to} ${d.online}`);

  it("dates each block's rows by its line, a 'Cộng' closing each block", () => {
    const c = consolidateSheet(
      [
        ...header,
        ["I. QUÝ III/2021 (Từ 15/6/2021 đến 14/9/2021)"],
        [1, "Hộ tịch", 2, 5, 118, 60, 62, 1, 2, 0, 0],
        [2, "Chứng thực", 0, 0, 210, 180, 30, 0, 0, 0, 0],
        [null, "Cộng", 2, 5, 328, 240, 92, 1, 2, 0, 0],
        ["II. QUÝ IV/2021 (Từ 15/9/2021 đến 14/12/2021)"],
        [1, "Hộ tịch", 2, 9, 120, 70, 58, 0, 3, 0, 0],
        [2, "Chứng thực", 0, 3, 195, 170, 28, 0, 0, 0, 0],
        [null, "Cộng", 2, 12, 315, 240, 86, 0, 3, 0, 0],
      ],
      { merges },
    );
    expect(spans(c)).toEqual([
      "Hộ tịch 2021-06-15 2021-09-14 5",
      "Chứng thực 2021-06-15 2021-09-14 0",
      "Hộ tịch 2021-09-15 2021-12-14 9",
      "Chứng thực 2021-09-15 2021-12-14 3",
    ]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH")).toEqual([]);
  });

  it("reads a month's line, and one that stands at a day of its month", () => {
    const c = consolidateSheet(
      [
        ["SỔ THEO DÕI KẾT QUẢ GIẢI QUYẾT HỒ SƠ TTHC THEO LĨNH VỰC - QUÝ IV NĂM 2021"],
        ...header,
        ["Tháng 11/2021"],
        [1, "Hộ tịch", 0, 11, 13, 18, 6, 0, 0, 0, 0],
        ["Tháng 12/2021 (đến ngày 14/12)"],
        [1, "Hộ tịch", 0, 5, 7, 9, 3, 0, 0, 0, 0],
      ],
      { merges: merges.map((m) => ({ ...m, top: 2, bottom: 2 })) },
    );
    expect(spans(c)).toEqual(["Hộ tịch 2021-11-01 2021-11-30 11", "Hộ tịch 2021-12-01 2021-12-14 5"]);
  });
});

describe("a survey's monthly counts with an aspect per column", () => {
  const c = consolidateSheet(
    [
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2021"],
      ["Tháng", "Số phiếu phát ra", "Số phiếu thu về hợp lệ", "Số phiếu hài lòng, rất hài lòng", null, null, "Ghi chú"],
      [null, null, null, "Tiếp cận dịch vụ", "Công chức tiếp nhận, giải quyết", "Kết quả giải quyết TTHC"],
      ["Tháng 7", 40, 38, 35, 36, 34],
      ["Tháng 8", 35, 35, 32, 34, 33],
      ["Tháng 9", 42, 40, 37, 39, 38],
      ["Cộng quý III", 117, 113, 104, 109, 105],
    ],
    {
      merges: [
        span(2, 4, 6),
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 2, bottom: 3, right: 2 },
        { top: 2, left: 3, bottom: 3, right: 3 },
      ],
    },
  );
  const of = (code: string) => c.readings.filter((r) => r.code === code).map((r) => `${r.period} ${r.numerator}/${r.denominator}`);

  it("reads each aspect as its criterion's readings, over the valid forms", () => {
    expect(of("2.1")).toEqual(["Tháng 7/2021 35/38", "Tháng 8/2021 32/35", "Tháng 9/2021 37/40", "Quý III/2021 104/113"]);
    expect(of("2.3")).toEqual(["Tháng 7/2021 36/38", "Tháng 8/2021 34/35", "Tháng 9/2021 39/40", "Quý III/2021 109/113"]);
    expect(of("2.4").length).toBe(4);
  });
});

describe("a total row down the periods naming its own period", () => {
  const c = consolidateSheet([
    ["SỐ LIỆU TỶ LỆ HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN (TC 1.2) NĂM 2021"],
    ["Tháng", "Đúng hạn", "Đã giải quyết", "Tỷ lệ (%)"],
    ["Tháng 7", 98, 100, 98],
    ["Tháng 8", 99, 100, 99],
    ["Tháng 9", 100, 100, 100],
    ["Cộng quý III", 297, 300, 99],
    ["Tổng cộng", 297, 300, 99],
  ]);

  it("is that period's reading; a total naming none is not read", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "1.2 Tháng 7/2021 98/100",
      "1.2 Tháng 8/2021 99/100",
      "1.2 Tháng 9/2021 100/100",
      "1.2 Quý III/2021 297/300",
    ]);
  });
});

describe("a result cell of several lines, one of them its state", () => {
  const c = consolidateSheet([
    ["BẢNG THEO DÕI NHIỆM VỤ TIÊU CHÍ 1.4 - GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021"],
    ["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Kết quả thực hiện"],
    [
      1,
      "Triển khai các giải pháp thúc đẩy giải ngân vốn",
      "CT UBND xã",
      "30/9/2021",
      "Tình trạng: Hoàn thành\nQuý III/2021: đến 30/9/2021 giải ngân 1.240/2.000 triệu đồng",
    ],
    [2, "Kiểm tra tiến độ tại thực địa các dự án", "CC TC-KT", "31/12/2021", "Tình trạng: Đang thực hiện\nĐã kiểm tra 4 lần"],
    [3, "Báo cáo kết quả giải ngân 9 tháng", "CC TC-KT", "05/10/2021", "Tình trạng: Hoàn thành ngày 31/9/2021"],
  ]);

  it("takes the state its labelled line says, a day that does not exist named apart", () => {
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Hoàn thành"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => p.row)).toEqual([5]);
  });

  it("takes no day a figure stands at ('đến 30/9/2021 giải ngân …') as the day done", () => {
    expect(c.tasks[0].doneDate).toBeNull();
  });
});

describe("a dossier table's days in its title, typed short and without diacritics", () => {
  const c = consolidateSheet(
    [
      ["TINH HINH, KET QUA GIAI QUYET TTHC TAI UBND XA"],
      ["(Quy IV/2021: tu ngay 15/9/21 den ngay 14/12/21)"],
      [
        "STT",
        "Linh vuc",
        "Ky truoc chuyen qua",
        "Truc tuyen",
        "Truc tiep, buu chinh",
        "Tra truoc han",
        "Dung han",
        "Qua han",
        "Trong han",
        "Qua han",
      ],
      [1, "Hộ tịch", 4, 58, 250, 120, 187, 2, 3, 0],
    ],
    { merges: [] },
  );

  it("dates its rows by those days", () => {
    expect((c.dossiers ?? []).map((d) => `${d.from} ${d.to}`)).toEqual(["2021-09-15 2021-12-14"]);
  });
});

describe("tasks with their criterion's figures by quarter beside them", () => {
  const c = consolidateSheet(
    [
      ["BIỂU THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND VÀ KẾT QUẢ CHỈ SỐ NĂM 2021"],
      ["Mã TC", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tiến độ thực hiện", "Kết quả chỉ số (tử số/mẫu số hoặc %)", null, null],
      [null, null, null, null, null, "Quý I", "Quý II", "Quý III"],
      [
        "1.1",
        "Tuyên truyền về các TTHC cung cấp dịch vụ công mức độ 3, 4",
        "CC VH-XH",
        "31/12/2021",
        "Đang thực hiện (80%)",
        "18/110",
        "25/118",
        "31/120",
      ],
      [
        "1.2",
        "Giải quyết tốt hồ sơ TTHC, xin lỗi người dân khi trễ hẹn",
        "CC VP-TK",
        "Thường xuyên",
        "Đang thực hiện",
        "99%",
        "100%",
        "98,5%",
      ],
      [],
      [null, "Người theo dõi"],
      [],
      [null, "Lê Thị Thu Hà"],
    ],
    { merges: [span(2, 6, 8)] },
  );

  it("reads the figures as the criterion's readings, not the task's progress", () => {
    expect(c.tasks.map((t) => `${t.code} ${t.status} ${t.progress}`)).toEqual(["1.1 Đang thực hiện 80", "1.2 Đang thực hiện null"]);
    expect(c.readings.filter((r) => r.code === "1.1").map((r) => `${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "Quý I/2021 18/110",
      "Quý II/2021 25/118",
      "Quý III/2021 31/120",
    ]);
  });

  it("reads no signer's name under 'Người theo dõi' as a task", () => {
    expect(c.tasks.some((t) => /Người theo dõi|Lê Thị/.test(t.content))).toBe(false);
  });
});

describe("a task table turned on its side under a row numbering the tasks", () => {
  const c = consolidateSheet(
    [
      ["THEO DÕI THỰC HIỆN NHIỆM VỤ KH 49/KH-UBND - CC ĐỊA CHÍNH - XÂY DỰNG"],
      ["Tháng 11/2021"],
      [],
      ["Nội dung theo dõi", "Nhiệm vụ 1", "Nhiệm vụ 2"],
      ["Tên nhiệm vụ", "Đo đạc, bàn giao mặt bằng đường liên thôn 3-4", "Cập nhật biến động đất đai vào sổ mục kê"],
      ["Tiêu chí", "1.4", null],
      ["Chủ trì", "ĐC-XD", "ĐC-XD"],
      ["Thời hạn", "31/10/2021", "31/12/2021"],
      ["Tiến độ", 1, 0.7],
      ["Tình trạng", "Hoàn thành", "Đang thực hiện"],
    ],
    { formats: { "9:2": "0%", "9:3": "0%" } },
  );

  it("reads a task per column, its share under a % format as a percent", () => {
    expect(c.tasks.map((t) => `${t.content.slice(0, 20)} | ${t.due} | ${t.status} | ${t.progress}`)).toEqual([
      "Đo đạc, bàn giao mặt | 2021-10-31 | Hoàn thành | 100",
      "Cập nhật biến động đ | 2021-12-31 | Đang thực hiện | 70",
    ]);
  });
});

describe("a span of days 'Từ ngày | Đến ngày' under 'Thời gian thực hiện'", () => {
  const c = consolidateSheet(
    [
      ["KE HOACH TRIEN KHAI NHIEM VU CAI THIEN CHI SO SIPAS NAM 2021"],
      ["STT", "Noi dung cong viec", "Ma TC", "Don vi chu tri", "Thoi gian thuc hien", null, "Trang thai"],
      [null, null, null, null, "Tu ngay", "Den ngay"],
      [1, "Bo sung ghe ngoi cho khu vuc cho cua nguoi dan", "2.1", "BP Mot cua", "01-10-2021", "30-10-2021", "Hoan thanh"],
      [2, "Lap bien chi dan, so do vi tri ban tiep nhan", "2.1", "BP TN&TKQ", "15.10.2021", "Thang 12/2021", "Dang thuc hien"],
      [3, "Xay dung bo bieu mau tham khao ho so ho tich", "2.2", "BP Mot cua", "15/11/2021", "15/10/2021", "Chua thuc hien"],
    ],
    { merges: [span(2, 5, 6)] },
  );

  it("takes the end as the deadline and never the start as the day done", () => {
    expect(c.tasks.map((t) => `${t.due} ${t.doneDate}`)).toEqual(["2021-10-30 null", "2021-12-31 null", "2021-10-15 null"]);
  });

  it("names a span that ends before it starts", () => {
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column}`)).toEqual(["6F"]);
  });
});

describe("a deadline moved in the words beside it", () => {
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Kết quả", "Ghi chú"],
    [1, "Rà soát, công bố TTHC thuộc thẩm quyền", "CC Tư pháp", "30/10/2021, gia hạn 30/11/2021", "Hoàn thành ngày 28/11/2021", null],
    [2, "Tổ chức đối thoại với nhân dân", "VP-TK", "30/9/2021", "Chưa thực hiện", "Hoãn sang Quý I/2022"],
    [3, "Cập nhật hồ sơ cư trú", "VP-TK", "15/10/2021", "Đang thực hiện", "đã chuyển sang Công an xã ngày 15/10"],
  ]);

  it("takes the new day: 'gia hạn 30/11/2021', 'Hoãn sang Quý I/2022'", () => {
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-11-30", "2022-03-31", "2021-10-15"]);
  });
});

describe("a criterion named 'SIPAS 2.3' inside a task's words", () => {
  const c = consolidateSheet([
    ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
    ["STT", "Nhiệm vụ", "Chủ trì", "Hạn", "Tình trạng"],
    [1, "Tổ chức khảo sát sự hài lòng (SIPAS 2.4) tại Bộ phận một cửa", "VP-TK", "30/11/2021", "Đang thực hiện"],
    [2, "Chấn chỉnh thái độ giao tiếp của công chức, SIPAS-2.3", "CT UBND xã", "31/10/2021", "Hoàn thành"],
  ]);

  it("is that item's code", () => {
    expect(c.tasks.map((t) => `${t.code} ${t.codeSuggested}`)).toEqual(["2.4 false", "2.3 false"]);
  });
});

describe("a row of days right under the headings of periods across", () => {
  const c = consolidateSheet(
    [
      ["SO LIEU CHI SO THEO THANG NAM 2021"],
      ["STT", "Chi so", "T8/21", null, "T9/21", null, "T10/21", null],
      [null, null, "So dat", "Tong so", "So dat", "Tong so", "So dat", "Tong so"],
      [null, "Ngay chot so lieu", "20/8/21", null, "31/9/21", null, d("2021-10-25"), d("2021-10-25")],
      [1, "Ho so TTHC giai quyet dung han (TC 1.2)", 101, 102, 98, 100, 110, 110],
    ],
    { merges: [span(2, 3, 4), span(2, 5, 6), span(2, 7, 8), span(4, 3, 4), span(4, 5, 6)] },
  );

  it("reads days without their year where the row's own label says they are the days", () => {
    const yearless = consolidateSheet(
      [
        ["SỐ LIỆU CHỈ SỐ THEO QUÝ NĂM 2021"],
        ["STT", "Chỉ số", "Quý I", null, "Quý II", null],
        [null, null, "Số đạt", "Tổng số", "Số đạt", "Tổng số"],
        [null, "Ngày chốt số liệu", "14/3", null, "14/6", null],
        [1, "Hồ sơ TTHC giải quyết đúng hạn (TC 1.2)", 101, 102, 98, 100],
      ],
      { merges: [span(2, 3, 4), span(2, 5, 6)] },
    );
    expect(yearless.readings.map((r) => `${r.period} ${r.date}`)).toEqual(["Quý I/2021 2021-03-14", "Quý II/2021 2021-06-14"]);
  });

  it("takes no first row of counts written '45/50' for a row of days", () => {
    const counts = consolidateSheet(
      [
        ["SO LIEU KHAO SAT NAM 2021"],
        ["STT", "Chi so", "Quy I", null, "Quy II", null],
        [null, null, "So dat", "Tong so", "So dat", "Tong so"],
        [1, "Hai long (2.1)", "45/50", null, "47/50", null],
        [2, "Hai long (2.3)", "44/50", null, "46/50", null],
      ],
      { merges: [span(2, 3, 4), span(2, 5, 6)] },
    );
    expect(counts.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "2.1 Quý I/2021 45/50",
      "2.1 Quý II/2021 47/50",
      "2.3 Quý I/2021 44/50",
      "2.3 Quý II/2021 46/50",
    ]);
    expect(counts.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("dates each block's figures by its day, a day that does not exist named", () => {
    expect(c.readings.map((r) => `${r.period} ${r.date} ${r.numerator}/${r.denominator}`)).toEqual([
      "Tháng 8/2021 2021-08-20 101/102",
      "Tháng 9/2021 2021-09-30 98/100",
      "Tháng 10/2021 2021-10-25 110/110",
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => `${p.row}${p.column}`)).toEqual(["4E"]);
  });
});

describe("a satisfaction tally by month: the answers across, the forms returned beside them", () => {
  const c = consolidateSheet([
    ["TỔNG HỢP PHIẾU ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG ĐỐI VỚI CÔNG CHỨC BỘ PHẬN MỘT CỬA NĂM 2021"],
    ["(Chỉ số SIPAS 2.3)"],
    ["Tháng", "Số phiếu thu về", "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Tỷ lệ hài lòng (%)"],
    ["Tháng 7", 40, 12, 25, 3, 0, 92.5],
    ["Tháng 8", 36, 10, 24, 2, 0, 94.4],
    ["Tháng 9", 45, 15, 27, 2, 1, 93.3],
  ]);

  it("reads a reading per month, the satisfied over the forms, never one per answer", () => {
    expect(c.readings.map((r) => `${r.code} ${r.period} ${r.numerator}/${r.denominator}`)).toEqual([
      "2.3 Tháng 7/2021 37/40",
      "2.3 Tháng 8/2021 34/36",
      "2.3 Tháng 9/2021 42/45",
    ]);
  });
});
