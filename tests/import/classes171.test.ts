import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

// Classes of blind sets 166 and 171-174: layouts the blind testers of this stop wrote.

describe("a two-row header printed again on the next page, its parent heading no longer merged", () => {
  const header: GridCell[][] = [
    [null, "TT", "Mã chỉ số", "Tên chỉ số", "Kết quả thực hiện (%)", null, null, null, "Ghi chú"],
    [null, null, null, null, "Quý I", "Quý II", "Quý III", "Quý IV"],
  ];
  const rows: GridCell[][] = [
    ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ CCHC NĂM 2021"],
    [],
    ...header,
    [null, "I", null, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
    [null, "1", "1.1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "12,5", "18,75", "25,4"],
    [null, "2", "1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "98,2", "97,45", "99,1%"],
    [],
    [null, null, null, "Trang 1/2"],
    ...header,
    [null, "II", null, "MỨC ĐỘ HÀI LÒNG (SIPAS)"],
    [null, "3", "2.1", "Tỷ lệ hài lòng về tiếp cận dịch vụ", "85,5", "88", "90,25 "],
    [null, "4", "2.2", "Tỷ lệ hài lòng về thủ tục hành chính", "91,3", "-", "93,0"],
  ];
  // On the first page "Kết quả thực hiện (%)" is merged over the quarters; the copy under the page break is not.
  const merges = [{ top: 3, left: 5, bottom: 3, right: 8 }, ...[2, 3, 4, 9].map((c) => ({ top: 3, left: c, bottom: 4, right: c }))];

  it("reads the rows under the repeated header by the quarters, as on the first page", () => {
    const c = consolidateSheet(rows, { merges });
    const got = c.readings.map((r) => `${r.source.row} ${r.code} ${r.period} ${r.value}`);
    expect(got.sort()).toEqual(
      [
        "6 1.1 Quý I/2021 12.5",
        "6 1.1 Quý II/2021 18.75",
        "6 1.1 Quý III/2021 25.4",
        "7 1.2 Quý I/2021 98.2",
        "7 1.2 Quý II/2021 97.45",
        "7 1.2 Quý III/2021 99.1",
        "13 2.1 Quý I/2021 85.5",
        "13 2.1 Quý II/2021 88",
        "13 2.1 Quý III/2021 90.25",
        "14 2.2 Quý I/2021 91.3",
        "14 2.2 Quý III/2021 93",
      ].sort(),
    );
    expect(c.problems.filter((p) => p.code === "READING_WITHOUT_PERIOD")).toEqual([]);
  });
});

describe("tables stacked under their own criterion lines, each with the whole header again", () => {
  const head: GridCell[] = [
    null,
    null,
    "Kỳ khảo sát",
    null,
    "Số phiếu phát ra",
    "Số phiếu thu về",
    "Số phiếu hài lòng",
    "Tỷ lệ hài lòng (%)",
  ];
  const rows: GridCell[][] = [
    [null, null, "KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS) NĂM 2021"],
    [],
    [null, null, "2.1. Mức độ hài lòng về tiếp cận dịch vụ"],
    head,
    [null, null, "Quý I/2021", null, "1.300", "1.250", "1.156", "92,48"],
    [null, null, "Quý II/2021", null, "1.400", "1.362", "1.230", "90,31"],
    [],
    [null, null, "2.2. Mức độ hài lòng về kết quả giải quyết TTHC"],
    head,
    [null, null, "Quý I/2021", null, "1.300", "1.250", "1.190", "95,2"],
    [null, null, "Quý II/2021", null, "1.400", "1.362", "1.289", "94,64"],
  ];

  it("keeps each table under its own criterion", () => {
    const c = consolidateSheet(rows);
    const got = c.readings.map((r) => `${r.source.row} ${r.code} ${r.period} ${r.value?.toFixed(2)}`);
    expect(got.sort()).toEqual(
      ["5 2.1 Quý I/2021 92.48", "6 2.1 Quý II/2021 90.31", "10 2.2 Quý I/2021 95.20", "11 2.2 Quý II/2021 94.64"].sort(),
    );
  });
});
