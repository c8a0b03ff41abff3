import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { Grid, GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes left by blind sets 195-202 and found by sets 203-210.

const span = (top: number, left: number, right: number) => ({ top, left, bottom: top, right });

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
  const d = (date: string) => ({ date: date as IsoDate });
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
