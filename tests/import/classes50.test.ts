import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidation, consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { gridOf } from "../helpers/grids";

// The classes blind sets 50-52 found: a delta commune's quarter, readings across the columns, dates inside notes.
const AS_OF = "2021-12-15" as IsoDate;

function one(rows: GridCell[][]): Consolidation {
  const c = consolidate([{ file: "so.xlsx", ok: true, grids: [gridOf(rows)] }], BUILTIN_PLAN, AS_OF);
  return { ...c, tasks: [...c.tasks].sort((a, b) => a.source.row - b.source.row) };
}
// A row's own deadline is checked where it writes one; an empty one takes its criterion's from the plan.
const tasks = (c: Consolidation) => c.tasks.map((t) => [t.source.row, t.status, t.doneDate]);

describe("a list of tasks with only a remarks column", () => {
  it("reads 'Việc | Ghi chú' as tasks when the remarks say how each stands", () => {
    const c = one([
      ["Việc cần làm (ĐC-XD) - CCHC 2021"],
      ["Việc", "Ghi chú"],
      ["Rà soát hồ sơ đất đai tồn đọng tại BP một cửa", "Đã xong ngày 12/10/2021"],
      ["Cập nhật quy trình cấp GCN QSDĐ lên Trang TTĐT xã", "hạn 30/11 - đang thực hiện 70%"],
      ["Niêm yết TTHC lĩnh vực đất đai, xây dựng", "hoàn thành 05/11"],
    ]);
    expect(tasks(c)).toEqual([
      [3, "Hoàn thành", "2021-10-12"],
      [4, "Đang thực hiện", null],
      [5, "Hoàn thành", "2021-11-05"],
    ]);
    expect(c.tasks[1].due).toBe("2021-11-30");
  });

  it("leaves a list whose second column says nothing of the work a list", () => {
    const c = one([
      ["Việc", "Ghi chú"],
      ["Rà soát hồ sơ đất đai", "phòng họp tầng 2"],
      ["Cập nhật quy trình cấp GCN", "mượn máy chiếu"],
      ["Niêm yết TTHC", "liên hệ anh Tuấn"],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("never takes a task opening with an upper-case 'Đ' for the wrapped end of the one above", () => {
    const c = one([
      ["Việc", "Ghi chú"],
      ["Hoàn thiện hồ sơ xin phép xây dựng nhà văn hóa thôn 3", "Xong 10/12"],
      ["Đo đạc, chỉnh lý bản đồ địa chính thôn 5", "Hoàn thành 25/10"],
      ["Ứng dụng phần mềm một cửa", "đang làm"],
    ]);
    expect(tasks(c)).toEqual([
      [2, "Hoàn thành", "2021-12-10"],
      [3, "Hoàn thành", "2021-10-25"],
      [4, "Đang thực hiện", null],
    ]);
  });
});

describe("a day done written twice", () => {
  it("takes neither of two days offered as the day done, and names them", () => {
    const c = one([
      ["Nội dung", "Chủ trì", "Ghi chú"],
      ["Đo đạc, chỉnh lý bản đồ địa chính thôn 5", "ĐC-XD", "Hoàn thành 10/9 hoặc 25/10 (kiểm tra lại)"],
    ]);
    expect(tasks(c)).toEqual([[2, "Hoàn thành", null]]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => [p.row, p.column, p.message])).toEqual([
      [2, "C", expect.stringContaining('ghi hai ngày hoàn thành "10/9 hoặc 25/10"')],
    ]);
  });
});
