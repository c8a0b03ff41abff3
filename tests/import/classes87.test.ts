import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// The classes blind sets 87-90 and the stop's review found.
const day = (iso: string): GridCell => ({ date: iso as IsoDate });
const one = consolidateSheet;

describe("standing work under Hạn", () => {
  const rows: GridCell[][] = [
    ["STT", "Nội dung công việc", "Chủ trì", "Hạn hoàn thành", "Tình trạng"],
    [1, "Công khai xin lỗi người dân khi giải quyết TTHC quá hạn", "Một cửa", "Thường xuyên", "Đang thực hiện"],
    [2, "Báo cáo tiến độ giải ngân", "Kế toán", "Hằng tháng", "Đang thực hiện"],
    [3, "Thống kê hồ sơ trực tuyến gửi huyện", "Văn phòng", "Ngày 25 hằng tháng", "Đang thực hiện"],
    [4, "Niêm yết TTHC mới công bố", "Tư pháp", day("2021-11-30"), "Hoàn thành"],
  ];

  it("leaves Hạn empty for 'Thường xuyên', the words in Ghi chú, and takes no deadline from the plan", () => {
    const t = one(rows).tasks[0];
    expect([t.due, t.dueText]).toEqual([null, null]);
    expect(t.note).toContain('Hạn ghi "Thường xuyên"');
  });

  it("gives 'Hằng tháng' the current month's end as a real date, the words in Ghi chú", () => {
    const t = one(rows).tasks[1];
    expect([t.due, t.dueText]).toEqual(["2021-12-31", null]);
    expect(t.note).toContain('Hạn ghi "Hằng tháng": lấy hạn của kỳ hiện tại 31/12/2021');
  });

  it("gives 'Ngày 25 hằng tháng' that day of the current month", () => {
    expect(one(rows).tasks[2].due).toBe("2021-12-25");
  });

  it("keeps a date as it was, with no word about standing work", () => {
    const t = one(rows).tasks[3];
    expect(t.due).toBe("2021-11-30");
    expect(t.note).not.toContain("Hạn ghi");
  });
});

describe("the same task in two workbooks", () => {
  const plan = (file: string, rows: GridCell[][]) => ({ file, ok: true as const, grids: [gridOf(rows, { file })] });
  const HEAD: GridCell[] = ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành"];
  const TASK = "Niêm yết công khai, minh bạch đầy đủ TTHC tại Bộ phận Một cửa";

  it("keeps the copy that says how far the work is over the lead's copy left blank, and names the blank one", () => {
    const c = consolidate(
      [
        plan("02_VPTK_ke_hoach_49.xlsx", [HEAD, [1, TASK, "CC VP-TK", day("2021-11-30"), null, null]]),
        plan("07_Mot_cua.xlsx", [HEAD, [1, TASK, "CC VP-TK", day("2021-11-30"), "Hoàn thành", day("2021-11-25")]]),
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    const kept = c.tasks.filter((t) => t.content === TASK);
    expect(kept.map((t) => [t.source.file, t.status, t.doneDate])).toEqual([["07_Mot_cua.xlsx", "Hoàn thành", "2021-11-25"]]);
    const named = c.problems.find((p) => p.file === "02_VPTK_ke_hoach_49.xlsx" && p.code.startsWith("DUPLICATE"));
    expect(named?.message).toContain("07_Mot_cua.xlsx");
  });

  it("still keeps the lead's copy where it says something", () => {
    const c = consolidate(
      [
        plan("02_VPTK_ke_hoach_49.xlsx", [HEAD, [1, TASK, "CC VP-TK", day("2021-11-30"), "Đang thực hiện", null]]),
        plan("07_Mot_cua.xlsx", [HEAD, [1, TASK, "CC VP-TK", day("2021-11-30"), "Hoàn thành", day("2021-11-25")]]),
      ],
      BUILTIN_PLAN,
      "2021-12-15" as IsoDate,
    );
    expect(c.tasks.filter((t) => t.content === TASK).map((t) => [t.source.file, t.status])).toEqual([
      ["02_VPTK_ke_hoach_49.xlsx", "Đang thực hiện"],
    ]);
  });
});

describe("a status word beside a sentence", () => {
  it("reads 'Đang TH' in Tiến độ over 'Đã phát 2 bản tin' in Kết quả", () => {
    const t = one([
      ["STT", "Nội dung công việc", "Thời gian thực hiện", "Tiến độ", "Kết quả"],
      [1, "Tuyên truyền các hình thức tiếp nhận, trả kết quả qua bưu chính công ích", "Quý IV/2021", "Đang TH", "Đã phát 2 bản tin"],
      [2, "Niêm yết công khai đầy đủ TTHC", "Năm 2021", "Hoàn thành", "Đã niêm yết 129 TTHC"],
    ]).tasks;
    expect(t.map((x) => [x.status, x.progress])).toEqual([
      ["Đang thực hiện", null],
      ["Hoàn thành", 100],
    ]);
  });

  it("reads 'xong 1 nửa' in a status column as half done, under way", () => {
    const t = one([
      ["Việc", "Ai làm", "Hạn", "Xong chưa"],
      ["Rà soát CBCC chưa đạt chuẩn, cử đi học", "anh Phong", "Năm 2021", "xong 1 nửa"],
      ["Niêm yết TTHC mới theo QĐ công bố của tỉnh", "BP 1 cửa", "Năm 2021", "xong 20/11"],
    ]).tasks;
    expect(t.map((x) => [x.status, x.progress])).toEqual([
      ["Đang thực hiện", 50],
      ["Hoàn thành", 100],
    ]);
    expect(t[0].note).toContain('Trạng thái ghi "xong 1 nửa"');
  });
});
