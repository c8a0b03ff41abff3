import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { consolidateSheet, gridOf } from "../helpers/grids";

// Classes left by blind sets 179-186 and found by sets 187-190.

/** One workbook of several sheets, consolidated on 15/12/2021; its tasks by sheet and row. */
function consolidateBook(sheets: Record<string, GridCell[][]>) {
  const grids = Object.entries(sheets).map(([sheet, rows]) => gridOf(rows, { sheet }));
  const c = consolidate([{ file: "so.xlsx", ok: true, grids }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
  const order = Object.keys(sheets);
  return {
    ...c,
    tasks: [...c.tasks].sort((a, b) => order.indexOf(a.source.sheet) - order.indexOf(b.source.sheet) || a.source.row - b.source.row),
  };
}

describe("a duty written on each period's sheet, due within that period", () => {
  const quarter = (q: string, due: string, state: string, done: string | null): GridCell[][] => [
    [`THEO DÕI CÔNG VIỆC CCHC ĐỊNH KỲ - QUÝ ${q}/2021`],
    [],
    ["TT", "Nội dung công việc", "Người phụ trách", "Hạn hoàn thành", "Kết quả", "Ngày xong"],
    [1, "Báo cáo kết quả CCHC quý", "VP-TK", due, state, done],
    [2, "Ban hành Kế hoạch tuyên truyền CCHC năm 2021", "VP-TK", "31/3/2021", "Đã xong", "25/3/2021"],
  ];

  it("is one task per round, each with its own deadline, state and id", () => {
    const c = consolidateBook({
      "Quý I": quarter("I", "15/3/2021", "Đã xong", "12/3/2021"),
      "Quý II": quarter("II", "15/6/2021", "Đã xong", "14/6/2021"),
      "Quý III": quarter("III", "15/9/2021", "Chậm", "5/10/2021"),
      "Quý IV": quarter("IV", "15/12/2021", "Đang tổng hợp", null),
    });
    const rounds = c.tasks.filter((t) => t.content === "Báo cáo kết quả CCHC quý");
    expect(rounds.map((t) => `${t.source.sheet} ${t.due} ${t.status}`)).toEqual([
      "Quý I 2021-03-15 Hoàn thành",
      "Quý II 2021-06-15 Hoàn thành",
      "Quý III 2021-09-15 Hoàn thành",
      "Quý IV 2021-12-15 Đang thực hiện",
    ]);
    expect(new Set(rounds.map((t) => t.id)).size).toBe(4);
    expect(rounds[2].note).toContain("Kỳ Quý III/2021");
  });

  it("stays one task, the newest sheet's, where the sheets give one deadline", () => {
    const c = consolidateBook({
      "Quý I": quarter("I", "15/3/2021", "Đã xong", "12/3/2021"),
      "Quý II": quarter("II", "15/6/2021", "Đã xong", "14/6/2021"),
    });
    const plan = c.tasks.filter((t) => t.content.startsWith("Ban hành Kế hoạch tuyên truyền"));
    expect(plan.map((t) => t.source.sheet)).toEqual(["Quý II"]);
  });

  it("keeps a task not done and due again the next month (postponed, not a duty each month) as one task", () => {
    const month = (m: number, due: string, state: string): GridCell[][] => [
      [`KẾ HOẠCH CÔNG TÁC THÁNG ${m}/2021`],
      ["Nội dung công việc", "Thời gian hoàn thành", "Kết quả thực hiện", "Cán bộ thực hiện"],
      ["Cắm mốc hành lang an toàn kênh N1", due, state, "ĐC-XD"],
    ];
    const c = consolidateBook({ T10: month(10, "30/10/2021", "Chưa thực hiện"), T11: month(11, "30/11/2021", "Đang thực hiện") });
    expect(c.tasks.map((t) => `${t.source.sheet} ${t.due} ${t.status}`)).toEqual(["T11 2021-11-30 Đang thực hiện"]);
  });

  it("keeps a duty's round missed on the earlier sheet as a round of its own", () => {
    const month = (m: number, due: string, state: string): GridCell[][] => [
      [`KẾ HOẠCH CÔNG TÁC THÁNG ${m}/2021`],
      ["Nội dung công việc", "Thời gian hoàn thành", "Kết quả thực hiện", "Cán bộ thực hiện"],
      ["Báo cáo tình hình giải quyết TTHC hằng tháng", due, state, "VP-TK"],
    ];
    const c = consolidateBook({ T10: month(10, "25/10/2021", "Chưa thực hiện"), T11: month(11, "25/11/2021", "Hoàn thành") });
    expect(c.tasks.map((t) => `${t.source.sheet} ${t.due} ${t.status}`)).toEqual([
      "T10 2021-10-25 Chưa thực hiện",
      "T11 2021-11-25 Hoàn thành",
    ]);
  });

  it("reads a monthly deadline on a month's sheet as that month's", () => {
    const month = (m: number, state: string): GridCell[][] => [
      [`KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC THÁNG ${m}/2021`],
      ["STT", "Nội dung công việc", "Thời hạn", "Cán bộ phụ trách", "Trạng thái"],
      [1, "Báo cáo tình hình giải quyết TTHC của tháng trước", "Trước ngày 05 hằng tháng", "VP-TK", state],
    ];
    const c = consolidateBook({ T10: month(10, "Hoàn thành"), T11: month(11, "Hoàn thành"), T12: month(12, "Đang thực hiện") });
    expect(c.tasks.map((t) => `${t.source.sheet} ${t.due} ${t.status}`)).toEqual([
      "T10 2021-10-05 Hoàn thành",
      "T11 2021-11-05 Hoàn thành",
      "T12 2021-12-05 Đang thực hiện",
    ]);
    expect(c.tasks[0].note).toContain('sheet "T10"');
  });
});

describe("a parent heading 'Tháng' or 'Quý' merged over numbered columns", () => {
  const table = (parent: string, n: number, group: GridCell[]): GridCell[][] => [
    ["THEO DOI CHI SO CCHC NAM 2021"],
    [],
    ["STT", "Chi so", "Chi tieu", parent, ...Array<GridCell>(n - 1).fill(null), "Ghi chu"],
    [null, null, null, ...Array.from({ length: n }, (_, i) => i + 1)],
    group,
    [1, "1.1 Ty le ho so truc tuyen", 0.3, 0.21, 0.235, 0.26, ...Array<GridCell>(n - 3).fill(null)],
  ];
  const merges = (n: number) => [
    { top: 3, left: 4, bottom: 3, right: 3 + n },
    ...[1, 2, 3].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
  ];

  it("reads each number as its month, a group's line alone under them no heading", () => {
    const c = consolidateSheet(table("Thang", 12, [null, "Nhom 1: Thu tuc hanh chinh"]), { merges: merges(12) });
    expect(c.readings.map((r) => [r.code, r.period, r.value])).toEqual([
      ["1.1", "Tháng 1/2021", 21],
      ["1.1", "Tháng 2/2021", 23.5],
      ["1.1", "Tháng 3/2021", 26],
    ]);
  });

  it("reads quarters numbered under 'Quý'", () => {
    const c = consolidateSheet(table("Quý", 4, []), { merges: merges(4) });
    expect(c.readings.map((r) => r.period)).toEqual(["Quý I/2021", "Quý II/2021", "Quý III/2021"]);
  });

  it("never takes a data row's numbers for periods", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung công việc", "Tiến độ theo tháng"],
      [1, "Báo cáo định kỳ hằng tháng", 2, 3, 4],
    ];
    const c = consolidateSheet(rows);
    expect(c.readings.filter((r) => r.period.startsWith("Tháng"))).toEqual([]);
  });
});
