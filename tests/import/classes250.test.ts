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
