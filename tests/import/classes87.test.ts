import { IsoDate } from "../../src/core/dates/isoDate";
import { GridCell } from "../../src/core/import/grid";
import { consolidateSheet } from "../helpers/grids";

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
