import { MASTER } from "../../src/core/contract";
import { IsoDate } from "../../src/core/dates/isoDate";
import { FileRead, consolidate } from "../../src/core/import/consolidate";
import { Grid, GridCell } from "../../src/core/import/grid";
import { keepMasterEntries } from "../../src/core/import/keepTyped";
import { MasterContent } from "../../src/core/import/readMaster";
import { importedRowOf } from "../../src/core/import/editableCells";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { Problem, RULES, RuleCode, problemText } from "../../src/core/validate/problems";
import { gridOf } from "../helpers/grids";

// One rule, one test: each builds its own tiny sheet and runs it through consolidate, the public
// entry point, and expects the rule's code at the cell it is about.
const AS_OF = "2021-12-15" as IsoDate;
const day = (iso: string): GridCell => ({ date: iso as IsoDate });
const TESTED = new Set<RuleCode>();

function sheet(rows: GridCell[][], name = "Theo dõi", file = "so.xlsx"): Grid {
  return { file, sheet: name, hidden: false, rows, formats: {}, merges: [], hiddenRows: [], hiddenCols: [] };
}

function problemsOf(...grids: Grid[]): Problem[] {
  const byFile = new Map<string, Grid[]>();
  for (const g of grids) byFile.set(g.file, [...(byFile.get(g.file) ?? []), g]);
  const files: FileRead[] = [...byFile].map(([file, gs]) => ({ file, ok: true, grids: gs }));
  return consolidate(files, BUILTIN_PLAN, AS_OF).problems;
}

/** The problem with this code, checked to be at row/column; the code is marked as tested. */
function expectAt(problems: Problem[], code: RuleCode, row: number | null, column: string | null): Problem {
  TESTED.add(code);
  const found = problems.filter((p) => p.code === code);
  expect(found.map((p) => [p.row, p.column])).toEqual([[row, column]]);
  expect(found[0].severity).toBe(RULES[code].severity);
  expect(found[0].message.startsWith(RULES[code].title)).toBe(true);
  return found[0];
}

const TASK_HEAD = [
  "Nội dung công việc",
  "Mã tiêu chí",
  "Chủ trì",
  "Hạn hoàn thành",
  "Trạng thái",
  "Tiến độ (%)",
  "Ngày hoàn thành",
  "Minh chứng",
];
const TASK_DEFAULTS = {
  content: "Niêm yết thủ tục hành chính" as GridCell,
  code: "2.2" as GridCell,
  lead: "CC VP-TK" as GridCell,
  due: day("2021-12-31"),
  status: "Đang thực hiện" as GridCell,
  progress: 50 as GridCell,
  done: null as GridCell,
  evidence: null as GridCell,
};
/** A task row in TASK_HEAD's order: a sensible task, with the given cells changed. */
const task = (over: Partial<typeof TASK_DEFAULTS>): GridCell[] => Object.values({ ...TASK_DEFAULTS, ...over });
const READING_HEAD = ["Mã tiêu chí", "Kỳ", "Số hồ sơ tiếp nhận", "Số hồ sơ giải quyết đúng hạn"];

describe("each rule of Kiểm tra, on a sheet of its own", () => {
  it("FILE_UNREADABLE: a file that could not be read is named", () => {
    const bad: FileRead = { file: "hong.xlsx", ok: false, bad: { file: "hong.xlsx", reason: "corrupt", message: "Tệp hỏng." } };
    const p = consolidate([bad], BUILTIN_PLAN, AS_OF).problems;
    expect(expectAt(p, "FILE_UNREADABLE", null, null).value).toBe("corrupt");
  });

  it("SHEET_SKIPPED: a sheet with content but no table", () => {
    expectAt(problemsOf(sheet([["Ghi nhớ: họp giao ban thứ Hai hằng tuần"]])), "SHEET_SKIPPED", null, null);
  });

  it("CRITERION_MISSING: figures under words that name none of the plan's criteria quote those words", () => {
    const rows = [["Tỷ lệ tiêm chủng mở rộng"], ["Kỳ", "Số trẻ được tiêm", "Tổng số trẻ", "Tỷ lệ (%)"], ["Quý III/2021", 40, 45, 88.9]];
    const p = problemsOf(sheet(rows)).filter((x) => x.code === "CRITERION_MISSING");
    expect(p.map((x) => x.row)).toEqual([3]);
    expect(p[0].message).toContain("tiêm chủng");
  });

  it("UNKNOWN_CRITERION: a code the plan does not have", () => {
    const p = expectAt(problemsOf(sheet([TASK_HEAD, task({ code: "9.9" })])), "UNKNOWN_CRITERION", 2, "B");
    expect(p.value).toBe("9.9");
    // The built-in plan, taken because none was chosen, is named as such.
    expect(p.message).toContain("kế hoạch mặc định (Kế hoạch 49/KH-UBND");
  });

  it("CRITERION_SUGGESTED: no code, but the content names the item's subject", () => {
    const rows = [TASK_HEAD, task({ code: null, content: "Đẩy nhanh giải ngân kế hoạch vốn đầu tư công" })];
    expect(expectAt(problemsOf(sheet(rows)), "CRITERION_SUGGESTED", 2, "B").message).toContain("gợi ý mã 1.4");
  });

  it("CRITERION_MISSING: no code and nothing to guess it from", () => {
    expectAt(problemsOf(sheet([TASK_HEAD, task({ code: null, content: "Việc khác" })])), "CRITERION_MISSING", 2, "B");
  });

  it("BAD_DATE: a deadline that is neither a date nor a deadline phrase", () => {
    expect(expectAt(problemsOf(sheet([TASK_HEAD, task({ due: "khi nào xong" })])), "BAD_DATE", 2, "D").value).toBe("khi nào xong");
  });

  it("PERCENT_OUT_OF_RANGE: progress above 100", () => {
    expectAt(problemsOf(sheet([TASK_HEAD, task({ progress: 120 })])), "PERCENT_OUT_OF_RANGE", 2, "F");
  });

  it("EXTENSION_ASKED: more time asked for in a note, with no agreement written", () => {
    const rows = [
      [...TASK_HEAD, "Ghi chú"],
      [...task({}), "xin gia hạn đến 30/01/2022"],
    ];
    expect(expectAt(problemsOf(sheet(rows)), "EXTENSION_ASKED", 2, "I").value).toBe("xin gia hạn đến 30/01/2022");
  });

  it("DUE_MOVED_EARLIER: an extension earlier than the deadline it moves is taken as written, and named", () => {
    const rows = [
      [...TASK_HEAD, "Gia hạn đến"],
      [...task({ due: day("2021-12-31") }), day("2021-11-15")],
    ];
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [sheet(rows)] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "DUE_MOVED_EARLIER", 2, "I").value).toBe("15/11/2021");
    expect(c.tasks[0].due).toBe("2021-11-15");
  });

  it("DUE_AFTER_HEADING: a task due later than the criterion's row over it keeps its own day, and is named", () => {
    const rows = [
      ["STT", ...TASK_HEAD],
      ["I", "Tiêu chí 2.2 - Công khai thủ tục hành chính", "2.2", "CC VP-TK", day("2021-11-30")],
      [1, ...task({ code: null, due: day("2021-12-31") })],
    ];
    expect(expectAt(problemsOf(sheet(rows)), "DUE_AFTER_HEADING", 3, "E").value).toBe("31/12/2021");
  });

  it("TASK_CANCELLED: a task its status says was cancelled, named and not counted", () => {
    const rows = [TASK_HEAD, task({ status: "Hủy", progress: null })];
    expect(expectAt(problemsOf(sheet(rows)), "TASK_CANCELLED", 2, null).value).toBe("Niêm yết thủ tục hành chính");
  });

  it("UPDATED_COLUMN: a status written again in a column added later", () => {
    const rows = [
      [...TASK_HEAD, "Trạng thái (cập nhật 11/2021)"],
      [...task({}), "Hoàn thành"],
    ];
    expect(expectAt(problemsOf(sheet(rows)), "UPDATED_COLUMN", null, "I").value).toBe("Trạng thái (cập nhật 11/2021)");
  });

  it("BAD_NUMBER: progress that is not a number", () => {
    expect(expectAt(problemsOf(sheet([TASK_HEAD, task({ progress: "xem file kèm" })])), "BAD_NUMBER", 2, "F").value).toBe("xem file kèm");
  });

  it("NUMERATOR_ABOVE_DENOMINATOR: more on time than received", () => {
    const rows = [READING_HEAD, ["1.2", "Quý III/2021", 40, 45]];
    expect(expectAt(problemsOf(sheet(rows)), "NUMERATOR_ABOVE_DENOMINATOR", 2, "D").value).toBe("45/40");
  });

  it("UNKNOWN_STATUS: a status word that is not one of the three", () => {
    expectAt(problemsOf(sheet([TASK_HEAD, task({ status: "lung tung" })])), "UNKNOWN_STATUS", 2, "E");
  });

  it("STATUS_CONTRADICTION: not started, yet half done", () => {
    expectAt(problemsOf(sheet([TASK_HEAD, task({ status: "Chưa thực hiện", progress: 50 })])), "STATUS_CONTRADICTION", 2, "E");
  });

  it("UNKNOWN_OFFICIAL: a lead that is no official's title or alias", () => {
    expect(expectAt(problemsOf(sheet([TASK_HEAD, task({ lead: "Ông Ba" })])), "UNKNOWN_OFFICIAL", 2, "C").value).toBe("Ông Ba");
  });

  it("DONE_IN_FUTURE: completed after the as-of date", () => {
    const rows = [TASK_HEAD, task({ status: "Hoàn thành", progress: 100, done: day("2022-01-20"), evidence: "QĐ 1" })];
    expectAt(problemsOf(sheet(rows)), "DONE_IN_FUTURE", 2, "G");
  });

  it("DONE_BEFORE_PLAN: completed before the plan's first year, most often a mistyped year", () => {
    const rows = [TASK_HEAD, task({ status: "Hoàn thành", progress: 100, done: day("2020-10-01"), evidence: "QĐ 2" })];
    expectAt(problemsOf(sheet(rows)), "DONE_BEFORE_PLAN", 2, "G");
  });

  it("DUE_BEFORE_PLAN: a deadline years before the plan's first year, most often a mistyped year", () => {
    const rows = [TASK_HEAD, task({ due: day("2012-09-30") }), task({ content: "Cập nhật Cổng TTĐT", due: day("2020-12-31") })];
    expect(expectAt(problemsOf(sheet(rows)), "DUE_BEFORE_PLAN", 2, "D").message).toContain("có thể gõ nhầm năm");
  });

  it("DONE_BEFORE_PLAN: not for work done earlier in the year the plan covers (KH 49, signed 29/9, is for 2021)", () => {
    const rows = [TASK_HEAD, task({ status: "Hoàn thành", progress: 100, done: day("2021-03-10"), evidence: "QĐ 2" })];
    expect(problemsOf(sheet(rows)).map((p) => p.code)).not.toContain("DONE_BEFORE_PLAN");
  });

  it("DONE_BEFORE_PLAN: not for work done in the month before the plan was signed (29/9/2021)", () => {
    const rows = [TASK_HEAD, task({ status: "Hoàn thành", progress: 100, done: day("2021-09-20"), evidence: "QĐ 2" })];
    expect(problemsOf(sheet(rows)).map((p) => p.code)).not.toContain("DONE_BEFORE_PLAN");
  });

  it("DONE_WITHOUT_DATE: completed, no date", () => {
    expectAt(problemsOf(sheet([TASK_HEAD, task({ status: "Hoàn thành", progress: 100, evidence: "QĐ 3" })])), "DONE_WITHOUT_DATE", 2, "G");
  });

  it("OTHER_UNIT: a workbook headed by another commune than the others are", () => {
    const ours = (file: string) => sheet([["UBND XÃ TÂN PHÚ"], TASK_HEAD, task({})], "Theo dõi", file);
    const theirs = sheet([["UBND PHƯỜNG HÒA KHÁNH BẮC - QUẬN LIÊN CHIỂU"], TASK_HEAD, task({})], "Theo dõi", "c.xlsx");
    const p = problemsOf(ours("a.xlsx"), ours("b.xlsx"), theirs);
    expect(expectAt(p, "OTHER_UNIT", null, null).file).toBe("c.xlsx");
    expect(p.find((x) => x.code === "OTHER_UNIT")?.message).toContain('"UBND phường HÒA KHÁNH BẮC", khác với "UBND xã TÂN PHÚ"');
    // A unit named in passing ("Phó Chủ tịch UBND xã phụ trách …") heads nothing.
    const passing = sheet([["Phó Chủ tịch UBND xã phụ trách văn hóa"], TASK_HEAD, task({})], "Theo dõi", "c.xlsx");
    expect(problemsOf(ours("a.xlsx"), ours("b.xlsx"), passing).map((x) => x.code)).not.toContain("OTHER_UNIT");
    // Its rows stand beside the commune's, never replacing them nor blanking their codes.
    const files = [ours("a.xlsx"), ours("b.xlsx"), theirs].map((g) => ({ file: g.file, ok: true as const, grids: [g] }));
    const c = consolidate(files, BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => t.source.file).sort()).toEqual(["a.xlsx", "c.xlsx"]);
    const figures = (file: string, value: number) =>
      sheet(
        [[file === "c.xlsx" ? "UBND PHƯỜNG HÒA KHÁNH BẮC" : "UBND XÃ TÂN PHÚ"], READING_HEAD, ["1.2", "Quý IV/2021", 100, value]],
        "Số liệu",
        file,
      );
    const r = consolidate(
      ["a.xlsx", "b.xlsx", "c.xlsx"].map((f, i) => ({ file: f, ok: true as const, grids: [figures(f, 90 + i)] })),
      BUILTIN_PLAN,
      AS_OF,
    );
    expect(r.readings.map((x) => [x.source.file, x.code])).toContainEqual(["c.xlsx", "1.2"]);
    // Each file a commune of its own, none shared: every file named, none of their rows merged or blanked.
    const each = ["a.xlsx", "c.xlsx"].map((f) => ({ file: f, ok: true as const, grids: [figures(f, 90)] }));
    const mixed = consolidate([{ ...each[0], grids: [figures("a.xlsx", 91)] }, each[1]], BUILTIN_PLAN, AS_OF);
    expect(mixed.problems.filter((x) => x.code === "OTHER_UNIT").map((x) => x.file)).toEqual(["a.xlsx", "c.xlsx"]);
    expect(mixed.readings.map((x) => [x.source.file, x.code, x.value])).toEqual([
      ["a.xlsx", "1.2", 91],
      ["c.xlsx", "1.2", 90],
    ]);
  });

  it("STATUS_ASSUMED: nothing says how far the work is and its deadline has passed", () => {
    const rows = [TASK_HEAD, task({ status: null, progress: null, due: day("2021-11-30") })];
    expect(expectAt(problemsOf(sheet(rows)), "STATUS_ASSUMED", 2, "E").message).toContain("hạn 30/11/2021");
    // Not yet due, or a status written: nothing to confirm.
    const later = [TASK_HEAD, task({ status: null, progress: null, due: day("2021-12-31") })];
    expect(problemsOf(sheet(later)).map((p) => p.code)).not.toContain("STATUS_ASSUMED");
    const written = [TASK_HEAD, task({ status: "Chưa thực hiện", progress: null, due: day("2021-11-30") })];
    expect(problemsOf(sheet(written)).map((p) => p.code)).not.toContain("STATUS_ASSUMED");
  });

  it("DONE_WITHOUT_EVIDENCE: completed, nothing to show for it", () => {
    const rows = [TASK_HEAD, task({ status: "Hoàn thành", progress: 100, done: day("2021-11-02") })];
    expectAt(problemsOf(sheet(rows)), "DONE_WITHOUT_EVIDENCE", 2, "H");
  });

  it("READING_AFTER_AS_OF: figures dated after the as-of date", () => {
    expectAt(problemsOf(sheet([READING_HEAD, ["1.2", "Quý I/2022", 30, 30]])), "READING_AFTER_AS_OF", 2, "B");
  });

  it("VALUE_APPROXIMATE: a rate given roughly, read as written", () => {
    const rows = [
      ["TT", "Chỉ số", "Quý I", "Quý II"],
      [1, "Tỷ lệ hài lòng của người dân, tổ chức", "93%", "khoảng 95%"],
    ];
    expectAt(problemsOf(sheet(rows)), "VALUE_APPROXIMATE", 2, "D");
  });

  it("DATE_APPROXIMATE: a deadline with no day ('đầu tháng 8'), one taken by custom and said", () => {
    const rows = [
      ["TT", "Nội dung công việc", "Chủ trì", "Hạn hoàn thành", "Trạng thái"],
      [1, "Triển khai ứng dụng Zalo trả lời TTHC", "VP-TK", "đầu tháng 8/2021", "Đang thực hiện"],
    ];
    expect(expectAt(problemsOf(sheet(rows)), "DATE_APPROXIMATE", 2, "D").message).toContain("10/08/2021");
  });

  it("BASELINE_FROM_READING: last year's figure taken as the baseline of a 'higher than last year' target", () => {
    const rows = [
      ["Mã tiêu chí", "Kỳ", "Tỷ lệ (%)"],
      ["2.1", "Năm 2020", 82.15],
      ["2.1", "Quý III/2021", 86.4],
    ];
    expect(expectAt(problemsOf(sheet(rows)), "BASELINE_FROM_READING", 2, null).value).toBe("82,15 %");
  });

  it("PERIOD_RUNNING: figures of a period the as-of date falls in, taken as standing at it", () => {
    const ps = problemsOf(sheet([READING_HEAD, ["1.2", "Tháng 12/2021", 30, 30]]));
    expectAt(ps, "PERIOD_RUNNING", 2, "B");
    expect(ps.map((p) => p.code)).not.toContain("READING_AFTER_AS_OF");
  });

  it("READING_WITHOUT_PERIOD: figures with no date or period that can be read", () => {
    expectAt(problemsOf(sheet([READING_HEAD, ["1.2", "đợt 2", 30, 28]])), "READING_WITHOUT_PERIOD", 2, "B");
  });

  it("DUPLICATE_TASK: the same task in two officials' workbooks", () => {
    const a = sheet([TASK_HEAD, task({})], "Theo dõi", "a.xlsx");
    const b = sheet([TASK_HEAD, task({})], "Quý IV", "b.xlsx");
    const p = expectAt(problemsOf(a, b), "DUPLICATE_TASK", 2, null);
    expect([p.file, p.message]).toEqual(["b.xlsx", expect.stringContaining("a.xlsx › Theo dõi › dòng 2")]);
  });

  it("DUPLICATE_TASK: the same task worded a little differently, a word mistyped", () => {
    const a = sheet([TASK_HEAD, task({ content: "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa" })], "Theo dõi", "a.xlsx");
    const b = sheet([TASK_HEAD, task({ content: "Niêm yết công khai các thủ tục hành chnh tại Bộ phận Một cửa" })], "Quý IV", "b.xlsx");
    expectAt(problemsOf(a, b), "DUPLICATE_TASK", 2, null);
  });

  it("DUPLICATE_TASK: not for one field named in place of another", () => {
    const a = sheet([TASK_HEAD, task({ content: "Số hóa kết quả giải quyết TTHC lĩnh vực hộ tịch" })], "Theo dõi", "a.xlsx");
    const b = sheet([TASK_HEAD, task({ content: "Số hóa kết quả giải quyết TTHC lĩnh vực chứng thực" })], "Quý IV", "b.xlsx");
    expect(problemsOf(a, b).map((p) => p.code)).not.toContain("DUPLICATE_TASK");
  });

  it("DUPLICATE_READING: two workbooks give figures for the same item and date", () => {
    const a = sheet([READING_HEAD, ["1.2", "Quý III/2021", 100, 95]], "Số liệu", "a.xlsx");
    const b = sheet([READING_HEAD, ["1.2", "Quý III/2021", 100, 90]], "Số liệu", "b.xlsx");
    expect(expectAt(problemsOf(a, b), "DUPLICATE_READING", 2, null).file).toBe("b.xlsx");
  });

  it("FORMULA_ERROR: a cell holding Excel's error value", () => {
    expect(expectAt(problemsOf(sheet([TASK_HEAD, task({ progress: { error: "#REF!" } })])), "FORMULA_ERROR", 2, "F").value).toBe("#REF!");
  });

  it("DATE_AMBIGUOUS: an English sheet's date that reads two ways is named with both readings", () => {
    const rows = [
      ["Task", "Owner", "Due", "Status"],
      ["Post the procedures at the one-stop desk", "BP Một cửa", "03/04/2021", "In progress"],
    ];
    const p = expectAt(problemsOf(sheet(rows)), "DATE_AMBIGUOUS", 2, "C");
    expect(p.message).toContain("đọc là 04/03/2021; cũng có thể là 03/04/2021");
  });

  it("YEAR_ASSUMED: months across the header with no year anywhere take the as-of date's", () => {
    const rows = [
      ["Mã tiêu chí", "Chỉ tiêu", "T1", "T2", "T3"],
      ["1.2", "Số hồ sơ tiếp nhận", 40, 35, 38],
      ["1.2", "Số hồ sơ giải quyết đúng hạn", 40, 34, 38],
    ];
    expect(expectAt(problemsOf(sheet(rows, "Hồ sơ")), "YEAR_ASSUMED", 1, null).value).toBe("2021");
  });

  it("YEAR_ASSUMED: a deadline written as day and month only, on a sheet that gives no year", () => {
    const p = expectAt(problemsOf(sheet([TASK_HEAD, task({ due: "30/11" })])), "YEAR_ASSUMED", 2, "D");
    expect(p.message).toContain('"30/11" không ghi năm; đọc là 30/11/2021');
  });

  it('YEAR_ASSUMED: a deadline without a year inside a sentence ("Hạn 30/11 - …") is named like one in its own column', () => {
    const rows = [
      ["Nội dung công việc", "Chủ trì", "Tiến độ, thời gian"],
      ["Niêm yết thủ tục hành chính", "CC VP-TK", "Hạn 30/11 - đang làm 50 phần trăm"],
    ];
    const p = expectAt(problemsOf(sheet(rows)), "YEAR_ASSUMED", 2, "C");
    expect(p.message).toContain("đọc là 30/11/2021");
  });

  it("DUPLICATE_CONFLICT: the same task in two workbooks with different states", () => {
    const a = sheet([TASK_HEAD, task({ status: "Đang thực hiện", progress: 50 })], "Theo dõi", "VPTK.xlsx");
    const b = sheet(
      [TASK_HEAD, task({ status: "Hoàn thành", progress: 100, done: day("2021-11-01"), evidence: "BC 1" })],
      "Quý IV",
      "b.xlsx",
    );
    const p = expectAt(problemsOf(a, b), "DUPLICATE_CONFLICT", 2, null);
    expect([p.file, p.message]).toEqual([
      "b.xlsx",
      expect.stringContaining('nơi ghi "Đang thực hiện", 50%; tệp này ghi "Hoàn thành", 100%'),
    ]);
  });

  it("DUPLICATE_CONFLICT: the same task done in both workbooks, but against two deadlines, says both", () => {
    const a = sheet(
      [TASK_HEAD, task({ due: day("2021-10-31"), done: day("2021-11-03"), status: "Hoàn thành", progress: 100 })],
      "Theo dõi",
      "VPTK.xlsx",
    );
    const b = sheet(
      [TASK_HEAD, task({ due: day("2021-10-15"), done: day("2021-10-14"), status: "Hoàn thành", progress: 100 })],
      "Biểu",
      "b.xlsx",
    );
    const p = expectAt(problemsOf(a, b), "DUPLICATE_CONFLICT", 2, null);
    expect(p.message).toContain(
      '"Hoàn thành", 100%, hạn 31/10/2021, xong 03/11/2021; tệp này ghi "Hoàn thành", 100%, hạn 15/10/2021, xong 14/10/2021',
    );
  });

  it("UNMAPPED_COLUMN: a column no field takes is carried into Ghi chú and named once", () => {
    const rows = [
      [...TASK_HEAD, "Kinh phí (triệu đồng)"],
      [...task({}), 15],
      [...task({ content: "Rà soát quy trình nội bộ" }), 20],
    ];
    expect(expectAt(problemsOf(sheet(rows)), "UNMAPPED_COLUMN", null, "I").value).toBe("Kinh phí (triệu đồng)");
  });

  it("ROW_SKIPPED: a row with values but no task text", () => {
    const rows = [TASK_HEAD, task({}), task({ content: null })];
    expectAt(problemsOf(sheet(rows)), "ROW_SKIPPED", 3, null);
  });

  it("READING_PARTS: a month's figures by recipient whose total row says otherwise", () => {
    const rows = [
      ["VĂN BẢN ĐI GỬI ĐIỆN TỬ THÁNG 10/2021 (Tiêu chí 1.5)"],
      [],
      ["STT", "Nơi nhận", "Tổng số văn bản đi", "Số văn bản điện tử", "Tỷ lệ (%)"],
      [1, "UBND huyện", 50, 45, 90],
      [2, "Các xã", 20, 20, 100],
      [null, "Cộng", 70, 66, 94.3],
    ];
    const p = expectAt(problemsOf(sheet(rows, "Tháng 10")), "READING_PARTS", 6, null);
    expect(p.message).toContain("dòng tổng ghi 66/70, cộng các dòng 4, 5 được 65/70");
  });

  it("DOSSIER_TOTAL_MISMATCH: a field's printed total is not the sum of its parts", () => {
    const head = ["Lĩnh vực", "Từ ngày", "Đến ngày", "Tiếp nhận trực tuyến", "Tiếp nhận trực tiếp, bưu chính", "Tổng số tiếp nhận"];
    const rest = ["Giải quyết đúng hạn", "Giải quyết quá hạn", "Đang giải quyết quá hạn"];
    const rows = [
      [...head, ...rest],
      ["Hộ tịch", day("2021-06-15"), day("2021-09-14"), 10, 20, 31, 29, 1, 0],
    ];
    expect(expectAt(problemsOf(sheet(rows, "Hồ sơ")), "DOSSIER_TOTAL_MISMATCH", 2, "F").value).toBe("31");
  });

  it("SHEET_PAST_YEAR: last year's tasks copied beside this year's sheet are read and the sheet named", () => {
    const now = sheet([TASK_HEAD, task({ due: day("2021-12-31") })], "Năm 2021");
    const before = sheet([TASK_HEAD, task({ content: "Lập sổ theo dõi hồ sơ chứng thực", due: day("2020-09-30") })], "Bản sao");
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [now, before] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "SHEET_PAST_YEAR", null, null).sheet).toBe("Bản sao");
    expect(c.tasks).toHaveLength(2);
  });

  it("NEXT_YEAR_PLAN: next year's plan drafted in December, a sheet of its own or a block under this year's, is named and not read", () => {
    const now = sheet(
      [
        TASK_HEAD,
        task({}),
        ["C. Dự kiến năm 2022"],
        task({ content: "Lập kế hoạch sử dụng đất năm 2023", due: day("2022-09-30"), status: null, progress: null }),
      ],
      "Năm 2021",
    );
    const draft = sheet(
      [
        ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022"],
        TASK_HEAD,
        task({ content: "Tuyên truyền kế hoạch CCHC năm 2022", due: day("2022-03-31") }),
      ],
      "Dự thảo",
    );
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [now] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "NEXT_YEAR_PLAN", 4, null).message).toContain("dòng 4");
    expect(c.tasks.map((t) => t.source.row)).toEqual([2]);
    const d = consolidate([{ file: "so.xlsx", ok: true, grids: [now, draft] }], BUILTIN_PLAN, AS_OF);
    expect(
      d.problems
        .filter((p) => p.code === "NEXT_YEAR_PLAN")
        .map((p) => p.sheet)
        .sort(),
    ).toEqual(["Dự thảo", "Năm 2021"]);
    expect(d.tasks.map((t) => t.source.sheet)).toEqual(["Năm 2021"]);
    // Alone in its workbook the draft is read (the official decides), and named.
    const alone = consolidate([{ file: "du-thao.xlsx", ok: true, grids: [draft] }], BUILTIN_PLAN, AS_OF);
    expect(alone.tasks).toHaveLength(1);
    expect(alone.problems.find((p) => p.code === "NEXT_YEAR_PLAN")?.message).toContain("vẫn được đọc");
  });

  it("LEGEND_READ: cells of short forms are read as the sheet's legend says, and the sheet says which", () => {
    const rows = [
      TASK_HEAD,
      task({ status: "ĐTH" }),
      task({ content: "Cập nhật danh mục TTHC", status: "HT", progress: 100, done: day("2021-11-30"), evidence: "QĐ 12/QĐ-UBND" }),
      [],
      ["Ký hiệu: HT - Hoàn thành; ĐTH - Đang thực hiện."],
    ];
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [sheet(rows)] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "LEGEND_READ", null, null).value).toBe("ĐTH = Đang thực hiện; HT = Hoàn thành");
    expect(c.tasks.map((t) => t.status).sort()).toEqual(["Hoàn thành", "Đang thực hiện"]);
  });

  it("LEGACY_ENCODING: a sheet typed in VNI is read as Unicode, and the sheet says so", () => {
    const rows = [
      ["Noäi dung coâng vieäc", "Maõ tieâu chí", "Chuû trì", "Haïn hoaøn thaønh", "Traïng thaùi"],
      ["Nieâm yeát thuû tuïc haønh chính", "2.2", "CC Tö phaùp - Hoä tòch", day("2021-10-30"), "Hoaøn thaønh"],
    ];
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [sheet(rows)] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "LEGACY_ENCODING", null, null).value).toBe("VNI");
    expect(c.tasks.map((t) => [t.content, t.lead, t.status])).toEqual([
      ["Niêm yết thủ tục hành chính", "Công chức Tư pháp-Hộ tịch", "Hoàn thành"],
    ]);
  });

  it("PERIOD_CONFLICT: a month's dossier sheet whose title still names last month is filed under its name's month, and named", () => {
    const rows = [
      ["TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 10/2021"],
      ["(Số liệu từ ngày 01/10/2021 đến ngày 31/10/2021)"],
      ["Lĩnh vực", ...MASTER.dossiers.columns.slice(3, 12)],
      ["Hộ tịch", 3, 15, 70, 72, 10, 1, 4, 0, 1],
    ];
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [sheet(rows, "T11", "motcua.xlsx")] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map((d) => [d.from, d.to])).toEqual([["2021-11-01", "2021-11-30"]]);
    expect(expectAt(c.problems, "PERIOD_CONFLICT", 3, null).value).toBe("01/10/2021 – 31/10/2021");
    // A sheet whose name agrees with its title says nothing.
    const same = consolidate([{ file: "motcua.xlsx", ok: true, grids: [sheet(rows, "T10", "motcua.xlsx")] }], BUILTIN_PLAN, AS_OF);
    expect(same.problems.filter((p) => p.code === "PERIOD_CONFLICT")).toEqual([]);
  });

  it("RATE_MISMATCH: a rate written beside its counts that they do not give is named; level 3 and 4 columns add up", () => {
    const table = (name: string, row: GridCell[]): Grid => ({
      ...sheet(
        [
          ["TÌNH HÌNH SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN MỨC ĐỘ 3, 4 (TC 1.1)"],
          ["(Từ ngày 15/12/2020 đến ngày 14/12/2021)"],
          ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", null, null, "Tỷ lệ hồ sơ trực tuyến (%)"],
          [null, null, "Tổng số", "Trực tuyến mức độ 3", "Trực tuyến mức độ 4"],
          row,
        ],
        name,
        "motcua.xlsx",
      ),
      merges: [{ top: 3, left: 3, bottom: 3, right: 5 }],
    });
    const read = (g: Grid) => consolidate([{ file: g.file, ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    // 42 + 47 of 334 is the written 26,6 %, standing at the range's last day.
    const levels = read(table("Hộ tịch", [1, "Hộ tịch", 334, 42, 47, 26.6]));
    expect(levels.readings.map((r) => [r.date, r.numerator, r.denominator])).toEqual([["2021-12-14", 89, 334]]);
    expect(levels.problems.filter((p) => p.code === "RATE_MISMATCH")).toEqual([]);
    // 7 + 0 of 70 is 10 %, not the 30 % written.
    const off = read(table("Đất đai", [1, "Đất đai", 70, 7, 0, 30]));
    expect(expectAt(off.problems, "RATE_MISMATCH", 5, "F").value).toBe("30");
  });

  it("ROW_SHIFTED: a row whose cells slid one column right from a blank cell is read slid back, and said", () => {
    const d = (iso: string) => ({ date: iso as IsoDate });
    const g = gridOf([
      ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành"],
      [1, "Niêm yết kế hoạch sử dụng đất tại trụ sở UBND xã", "2.2", "ĐC-XD", d("2021-11-30"), "Hoàn thành", d("2021-11-26")],
      [2, "Giải quyết hồ sơ đăng ký biến động đất đai đúng hạn", null, "1.2", "ĐC-XD", d("2021-12-31"), "Đang thực hiện"],
      [3, "Cập nhật biến động đất đai vào sổ mục kê", "1.2", "ĐC-XD", d("2021-12-20"), "Chưa thực hiện"],
    ]);
    const c = consolidate([{ file: "dcxd.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due, t.status]).sort()).toEqual([
      [2, "2.2", "Công chức Địa chính-Xây dựng", "2021-11-30", "Hoàn thành"],
      [3, "1.2", "Công chức Địa chính-Xây dựng", "2021-12-31", "Đang thực hiện"],
      [4, "1.2", "Công chức Địa chính-Xây dựng", "2021-12-20", "Chưa thực hiện"],
    ]);
    expect(expectAt(c.problems, "ROW_SHIFTED", 3, "C").value).toBe("C");
  });

  it("OCR_TEXT: digits a scan's reader took for letters ('3O/11/2021', 'l.1', '2.S') are read as digits, and said", () => {
    const g = gridOf([
      ["TT", "Nội dung công việc", "Tiêu chí", "Người thực hiện", "Thời hạn", "Kết quả", "Ngày hoàn thành"],
      ["1", "Cập nhật dữ liệu hộ tịch lên phần mềm", "l.1", "TP-HT", "3O/11/2021", "Hoàn thành", "26/1l/2021"],
      ["2", "Hòa giải tranh chấp đất đai tại thôn Thạch Long", "2.S", "TP-HT", "2O/11/2021", "Chưa thực hiện"],
    ]);
    const c = consolidate([{ file: "scan.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.code, t.due, t.doneDate]).sort()).toEqual([
      ["1.1", "2021-11-30", "2021-11-26"],
      ["2.5", "2021-11-20", null],
    ]);
    expect(expectAt(c.problems, "OCR_TEXT", null, null).value).toBe("5");
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("TELEX_TEXT: cells typed in Telex with Unikey off are read as meant on a Vietnamese sheet, and said", () => {
    const g = gridOf([
      ["STT", "Nội dung công việc", "Tiêu chí", "Người thực hiện", "Thời hạn", "Kết quả"],
      [1, "Hướng dẫn đăng ký khai sinh trực tuyến", "1.1", "TP-HT", "31/12/2021", "DDang thuwcj hieenj"],
      [2, "Tuyeen truyeenf Luaatj Hooj tichj taij 6 thoon", "2.2", "Booj phaanj Mootj cuwar", "20/12/2021", "Hoàn thành"],
    ]);
    const c = consolidate([{ file: "tpht.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.content, t.lead, t.status]).sort()).toEqual([
      ["Hướng dẫn đăng ký khai sinh trực tuyến", "Công chức Tư pháp-Hộ tịch", "Đang thực hiện"],
      ["Tuyên truyền Luật Hộ tịch tại 6 thôn", "Bộ phận Tiếp nhận và trả kết quả xã", "Hoàn thành"],
    ]);
    expect(expectAt(c.problems, "TELEX_TEXT", null, null).value).toBe("3");
  });

  it("FORMAT_TEXT: a status kept as 1/2/3 and shown as words by its number format is read as shown, and said", () => {
    const fmt = '[=1]"Hoàn thành";[=2]"Đang thực hiện";"Chưa thực hiện"';
    const g = gridOf(
      [
        ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Hạn", "Tình trạng"],
        [1, "Niêm yết TTHC tại Bộ phận Một cửa", "2.2", "VP-TK", "31/12/2021", 2],
        [2, "Số hóa sổ hộ tịch", "1.1", "TP-HT", "30/11/2021", 1],
        [3, "Đối thoại với người dân", "2.5", "PCT", "20/12/2021", 3],
        // A COUNTIF under the table and the signature: neither is a task.
        [null, "Số việc đã hoàn thành", null, null, null, 1],
        [],
        [null, null, null, null, null, "CHỈ HUY TRƯỞNG"],
      ],
      { formats: { "2:6": fmt, "3:6": fmt, "4:6": fmt, "2:1": '0" hồ sơ"' } },
    );
    const c = consolidate([{ file: "tt.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.statusText]).sort()).toEqual([
      [2, "Đang thực hiện", null],
      [3, "Hoàn thành", null],
      [4, "Chưa thực hiện", null],
    ]);
    // A format that shows the number with a unit shows the number: not words.
    expect(expectAt(c.problems, "FORMAT_TEXT", null, null).value).toBe("3");
    expect(c.problems.filter((p) => ["UNKNOWN_STATUS", "ROW_SKIPPED"].includes(p.code))).toEqual([]);
  });

  it("HTML_TEXT: a web export's markup is read as the page showed it, and the sheet says so", () => {
    const rows = [
      ["STT", "Tên công việc", "Mã tiêu chí", "Đơn vị/Người xử lý", "Hạn<br>xử lý", "Trạng thái", "Ngày<br/>hoàn thành"],
      [1, "Niêm yết TTHC tại Bộ phận TN&amp;TKQ", "2.2", "Công an xã&nbsp;-&nbsp;Phạm Quốc Trung", 20211015, "<b>Hoàn thành</b>", 20211020],
      [2, "Trả lời phản ánh về &quot;cấp CCCD&quot;", "2.5", "Công an xã", 20211130, "Đang&nbsp;xử&nbsp;lý", null],
    ];
    const c = consolidate([{ file: "web.xlsx", ok: true, grids: [sheet(rows)] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "HTML_TEXT", null, null).value).toBe("7");
    // yyyymmdd, as such software writes dates, is read in a date column.
    expect(c.tasks.map((t) => [t.content, t.status, t.due, t.doneDate, t.verdict])).toEqual([
      ["Niêm yết TTHC tại Bộ phận TN&TKQ", "Hoàn thành", "2021-10-15", "2021-10-20", "Trễ hạn"],
      ['Trả lời phản ánh về "cấp CCCD"', "Đang thực hiện", "2021-11-30", null, "Quá hạn"],
    ]);
    expect(c.tasks[0].note).toContain("Người phụ trách: Phạm Quốc Trung");
  });

  it("JOINED_BY_NUMBER: an update sheet of numbers and progress is read with the plan sheet by STT", () => {
    const plan = sheet(
      [
        ["STT", "Nội dung", "Mã TC", "Chủ trì", "Thời hạn"],
        [1, "Bố trí máy tính tra cứu TTHC tại Bộ phận Một cửa", "2.1", "Một cửa", day("2021-06-30")],
        [2, "Số hóa hồ sơ, kết quả giải quyết TTHC", "1.1", "Một cửa", day("2021-12-31")],
      ],
      "KH 2021",
      "motcua.xlsx",
    );
    const update = sheet(
      [
        ["CẬP NHẬT TÌNH HÌNH (theo STT của sheet KH 2021)"],
        ["STT", "Tình hình thực hiện", "Tỷ lệ", "Ngày hoàn thành"],
        [2, "Đang thực hiện", "45%"],
        [1, "Hoàn thành", 1, day("2021-06-22")],
        [9, "Hoàn thành"],
        [2, "Hoàn thành", 1],
        [null, "Đã báo cáo huyện"],
      ],
      "Cập nhật 10-12",
      "motcua.xlsx",
    );
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [plan, update] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(2)?.status, t(2)?.doneDate, t(3)?.status, t(3)?.progress]).toEqual(["Hoàn thành", "2021-06-22", "Đang thực hiện", 45]);
    expect(t(3)?.note).toContain('Nguồn cập nhật: sheet "Cập nhật 10-12" dòng 3');
    expect(expectAt(c.problems, "JOINED_BY_NUMBER", null, null).value).toBe("KH 2021");
    // A number the plan lacks, a number given again, a row with none: each named, none read.
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED" && p.sheet === "Cập nhật 10-12").map((p) => p.row)).toEqual([5, 6, 7]);
    expect(c.readings).toEqual([]);
    // A sheet of figures numbered 1, 2 … is a table of its own, never joined to the tasks.
    const figures = sheet(
      [
        ["STT", "Kỳ", "Tử số", "Mẫu số", "Tỷ lệ", "Kết quả"],
        [1, "Tháng 10/2021", 14, 240, "5,8%", "Đạt"],
        [2, "Tháng 11/2021", 16, 262, "6,1%", "Đạt"],
      ],
      "Chỉ số",
      "motcua.xlsx",
    );
    const apart = consolidate([{ file: "motcua.xlsx", ok: true, grids: [plan, figures] }], BUILTIN_PLAN, AS_OF);
    expect(apart.problems.some((p) => p.code === "JOINED_BY_NUMBER")).toBe(false);
  });

  it("LEAD_UNCLEAR: an assignment matrix reads CT as the lead and PH as partners, and names a row marked CT twice", () => {
    const rows: GridCell[][] = [
      ["STT", "Nhiệm vụ", "Tiêu chí", "Phân công thực hiện", null, null, null, "Thời hạn"],
      [null, null, null, "VP-TK", "TP-HT", "CA xã", "Quân sự"],
      [1, "Đăng ký NVQS trực tuyến cho thanh niên 17 tuổi", "1.1", null, null, "PH", "CT", day("2021-10-31")],
      [2, "Tuyên truyền đánh giá SIPAS", "2.1", "CT", "CT", null, null, day("2021-11-30")],
    ];
    const c = consolidate(
      [{ file: "phancong.xlsx", ok: true, grids: [{ ...sheet(rows), merges: [{ top: 1, left: 4, bottom: 1, right: 7 }] }] }],
      BUILTIN_PLAN,
      AS_OF,
    );
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(3)?.lead, t(3)?.partners]).toEqual(["Chỉ huy trưởng Quân sự xã", "Trưởng Công an xã"]);
    expect(expectAt(c.problems, "LEAD_UNCLEAR", 4, null).value).toBe("VP-TK; TP-HT");
    expect(t(4)?.partners).toBe("Công chức Văn phòng-Thống kê; Công chức Tư pháp-Hộ tịch");
  });

  it("DELIMITED_TEXT: a CSV export left whole in column A is read as its table, and the sheet says so", () => {
    const rows = [
      ["Theo dõi nhiệm vụ CCHC;;;;"],
      ["STT;Nội dung công việc;Mã tiêu chí;Chủ trì;Trạng thái"],
      ['1;"Niêm yết TTHC; cập nhật bảng giá";2.2;CC Tư pháp - Hộ tịch;Hoàn thành'],
      ["2;Số hóa hồ sơ hộ tịch;1.1;CC Tư pháp - Hộ tịch;Đang thực hiện"],
    ];
    const c = consolidate([{ file: "xuat.xlsx", ok: true, grids: [sheet(rows)] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "DELIMITED_TEXT", null, null).value).toBe(";");
    expect(c.tasks.map((t) => [t.code, t.content, t.status]).sort()).toEqual([
      ["1.1", "Số hóa hồ sơ hộ tịch", "Đang thực hiện"],
      ["2.2", "Niêm yết TTHC; cập nhật bảng giá", "Hoàn thành"],
    ]);
  });

  it("DELIMITED_TEXT: a list of sentences with commas in column A is left as it is", () => {
    const rows = [
      ["Nội dung công việc"],
      ["Rà soát, cập nhật, niêm yết TTHC"],
      ["Tuyên truyền, vận động người dân, doanh nghiệp"],
      ["Kiểm tra, đôn đốc, báo cáo kết quả"],
    ];
    const c = consolidate([{ file: "ds.xlsx", ok: true, grids: [sheet(rows)] }], BUILTIN_PLAN, AS_OF);
    expect(c.problems.some((p) => p.code === "DELIMITED_TEXT")).toBe(false);
  });

  it("ROWS_PAST_YEAR: a sheet kept in blocks per year reads only the latest year's, its days in that year", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung công việc", "Mã tiêu chí", "Hạn hoàn thành", "Trạng thái"],
      ["A", "NĂM 2020 (Kế hoạch 35/KH-UBND)"],
      [1, "Kiện toàn Tổ giúp việc CCHC xã", "1.1", "31/12", "Đang thực hiện"],
      ["B", "NĂM 2021 (Kế hoạch 49/KH-UBND)"],
      [1, "Kiện toàn Tổ giúp việc CCHC xã năm 2021", "1.1", "31/12", "Đang thực hiện"],
      [2, "Niêm yết thủ tục hành chính", "2.2", day("2021-10-30"), "Hoàn thành"],
    ];
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [sheet(rows)] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "ROWS_PAST_YEAR", null, null).message).toContain("dòng 3 thuộc khối của năm trước năm 2021");
    expect(c.tasks.map((t) => [t.source.row, t.due]).sort()).toEqual([
      [5, "2021-12-31"],
      [6, "2021-10-30"],
    ]);
  });

  it("HEADER_INFERRED: a task list with no header row is read by what its columns hold, said at the blank row above it", () => {
    const c = consolidate(
      [
        {
          file: "so.xlsx",
          ok: true,
          grids: [
            sheet([
              ["NHỮNG VIỆC CHỦ TỊCH CHỈ ĐẠO"],
              [],
              [1, "Niêm yết thủ tục hành chính tại Bộ phận Một cửa", "2.2", day("2021-10-30"), "Hoàn thành"],
              [2, "Cập nhật danh mục thủ tục hành chính lên Cổng", "2.2", day("2021-11-30"), "Đang thực hiện"],
              [3, "Rà soát quy trình tiếp nhận phản ánh của người dân", "2.5", day("2021-12-31"), "Chưa thực hiện"],
            ]),
          ],
        },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect(expectAt(c.problems, "HEADER_INFERRED", 2, null).value).toBe(
      "A = STT; B = Nội dung công việc; C = Tiêu chí; D = Thời hạn; E = Tình trạng",
    );
    expect(c.tasks).toHaveLength(3);
  });

  it("TABLE_CONTINUED: a sheet without a header that goes on with numbered rows is read by the table before it", () => {
    const rows: GridCell[][] = [
      ["STT", ...TASK_HEAD.slice(0, 4)],
      [1, "Niêm yết thủ tục hành chính", "2.2", "CC Tư pháp - Hộ tịch", day("2021-10-30")],
    ];
    const page1 = sheet(rows, "Trang 1");
    const page2 = sheet([[2, "Cập nhật danh mục TTHC", "2.2", "CC Tư pháp - Hộ tịch", day("2021-11-30")]], "Trang 2");
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [page1, page2] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "TABLE_CONTINUED", null, null).value).toBe("Trang 1");
    expect(c.tasks.map((t) => [t.source.sheet, t.content]).sort()).toEqual([
      ["Trang 1", "Niêm yết thủ tục hành chính"],
      ["Trang 2", "Cập nhật danh mục TTHC"],
    ]);
  });

  it("STATUS_FROM_COLOUR: a status left unwritten is read from the row's colour, and the rows are named", () => {
    const rows = [
      TASK_HEAD,
      task({ status: null, progress: null }),
      task({ content: "Cập nhật danh mục TTHC", status: null, progress: null }),
    ];
    const grid = { ...sheet(rows), fills: { "2:1": "00B050", "3:1": "FFFFFF" } };
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [grid] }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "STATUS_FROM_COLOUR", null, null).value).toBe("xanh lá → Hoàn thành (dòng 2)");
    expect(c.tasks.find((t) => t.source.row === 2)?.status).toBe("Hoàn thành");
    expect(c.tasks.find((t) => t.source.row === 3)?.status).toBe("Chưa thực hiện");
  });

  it("ROW_HIDDEN: a task row hidden in the workbook is read, and named", () => {
    const grid = { ...sheet([TASK_HEAD, task({}), task({ content: "Niêm yết bổ sung TTHC mới công bố" })]), hiddenRows: [3] };
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [grid] }], BUILTIN_PLAN, AS_OF);
    expectAt(c.problems, "ROW_HIDDEN", 3, null);
    expect(c.tasks.map((t) => t.source.row).sort()).toEqual([2, 3]);
  });

  it("DOSSIER_COUNT_DERIVED: months across, no row saying whether what is left is pending in time or overdue", () => {
    const rows = [
      ["THỐNG KÊ HỒ SƠ LĨNH VỰC HỘ TỊCH NĂM 2021"],
      ["Nội dung", "Tháng 10", "Tháng 11"],
      ["Hồ sơ tiếp nhận", 20, 25],
      ["Trong đó trực tuyến", 4, 6],
      ["Đã giải quyết", 20, 22],
      ["Đúng hạn", 19, 22],
    ];
    // November leaves 3 of 25 unresolved: counted in time, and said so; October adds up.
    const p = expectAt(problemsOf(sheet(rows, "Hộ tịch")), "DOSSIER_COUNT_DERIVED", 2, "C");
    expect(p.message).toContain("3 hồ sơ đang giải quyết");
  });

  it("OWN_OUTPUT_SKIPPED: a master left among the inputs is not read as an official's workbook", () => {
    const master = [
      sheet(
        [MASTER.tasks.columns as unknown as GridCell[], ["NV-1.2-a", "1.2", "Niêm yết", "Công chức Văn phòng-Thống kê"]],
        "Nhiệm vụ",
        "master.xlsx",
      ),
      sheet([MASTER.readings.columns as unknown as GridCell[]], "Chỉ số", "master.xlsx"),
    ];
    const c = consolidate([{ file: "master.xlsx", ok: true, grids: master }], BUILTIN_PLAN, AS_OF);
    expect(expectAt(c.problems, "OWN_OUTPUT_SKIPPED", null, null).message).toContain("đây là sổ tổng hợp do cchc tạo ra");
    expect(c.tasks).toEqual([]);
  });

  it("ROWS_NOT_READ: rows past the reader's limit are counted and named", () => {
    const big = { ...sheet([TASK_HEAD, task({})]), notRead: { rows: 1234, afterRow: 200_000, cells: 0, afterColumn: 256 } };
    expect(expectAt(problemsOf(big), "ROWS_NOT_READ", 200_001, null).message).toContain("1.234 dòng sau dòng 200.000 không được đọc");
  });

  it("CELL_TOO_LONG: a text longer than an Excel cell holds", () => {
    const p = expectAt(problemsOf(sheet([TASK_HEAD, task({ evidence: "x".repeat(40_000) })])), "CELL_TOO_LONG", 2, "H");
    expect(p.message).toContain("ô dài 40.000 ký tự, Excel giữ tối đa 32.767");
  });

  it("EDITED_IN_MASTER: a cell changed in the master over a row from a workbook is kept, and the source's word named", () => {
    const fresh = consolidate([{ file: "so.xlsx", ok: true, grids: [sheet([TASK_HEAD, task({})])] }], BUILTIN_PLAN, AS_OF);
    const fromSource = fresh.tasks[0];
    const inMaster = { ...fromSource, status: "Hoàn thành" as const };
    const previous: MasterContent = {
      plan: BUILTIN_PLAN,
      tasks: [inMaster],
      readings: [],
      imported: [importedRowOf(fromSource)],
      dossiers: [],
      narrative: [],
      officials: [],
      missing: [],
    };
    const { consolidation } = keepMasterEntries(fresh, previous);
    const p = expectAt(consolidation.problems, "EDITED_IN_MASTER", 2, "E");
    expect(p.message).toContain('Trạng thái đã sửa tay thành "Hoàn thành"; tệp nguồn ghi "Đang thực hiện"');
    expect(consolidation.tasks[0].status).toBe("Hoàn thành");
  });

  afterAll(() => {
    // A rule added without a test of its own fails here.
    expect([...TESTED].sort()).toEqual(Object.keys(RULES).sort());
  });
});

describe("a problem in the user's language", () => {
  it("keeps Vietnamese for Kiểm tra and says it in English for the English pane", () => {
    const rows = [TASK_HEAD, task({ lead: "Ông Ba" })];
    const p = problemsOf(sheet(rows)).find((x) => x.code === "UNKNOWN_OFFICIAL")!;
    expect(problemText(p, "vi")).toBe(
      'Người/bộ phận chủ trì không có trong danh sách: "Ông Ba" không khớp chức danh nào; giữ nguyên như đã ghi.',
    );
    expect(problemText(p, "en")).toBe('Lead not in the list of officials: "Ông Ba" matches no official\'s title; kept as written.');
  });
});

describe("the same task worded differently", () => {
  const conflicts = (a: string, b: string) => {
    const x = sheet([TASK_HEAD, task({ content: a, status: "Đang thực hiện", progress: 50 })], "Theo dõi", "a.xlsx");
    const y = sheet(
      [TASK_HEAD, task({ content: b, status: "Hoàn thành", progress: 100, done: day("2021-11-01"), evidence: "BC 1" })],
      "Quý IV",
      "b.xlsx",
    );
    return problemsOf(x, y).filter((p) => p.code === "DUPLICATE_CONFLICT").length;
  };
  it("is one task when only spacing, punctuation or a word differ", () => {
    expect(
      conflicts("Hướng dẫn sử dụng dịch vụ công trực tuyến mức độ 3,4", "Hướng dẫn sử dụng dịch vụ công trực tuyến mức độ 3, 4."),
    ).toBe(1);
    expect(conflicts("Niêm yết công khai TTHC tại Bộ phận Một cửa", "Niêm yết công khai đầy đủ TTHC tại Bộ phận Một cửa")).toBe(1);
  });
  it("is two tasks when their numbers differ or their words do", () => {
    expect(conflicts("Báo cáo kết quả giải quyết hồ sơ tháng 10", "Báo cáo kết quả giải quyết hồ sơ tháng 11")).toBe(0);
    expect(conflicts("Tuyên truyền trên loa về dịch vụ công", "Tuyên truyền trên trang thông tin điện tử về dịch vụ công")).toBe(0);
  });
});

describe("numbers in the same order", () => {
  it("keep 'task 5 of file 7' and 'task 7 of file 5' apart", () => {
    const x = sheet([TASK_HEAD, task({ content: "Nhiệm vụ số 5 của tệp 7", status: "Đang thực hiện", progress: 50 })], "A", "a.xlsx");
    const y = sheet(
      [TASK_HEAD, task({ content: "Nhiệm vụ số 7 của tệp 5", status: "Hoàn thành", progress: 100, evidence: "BC" })],
      "B",
      "b.xlsx",
    );
    expect(problemsOf(x, y).filter((p) => p.code.startsWith("DUPLICATE"))).toEqual([]);
  });
});

describe("the order of Kiểm tra", () => {
  it("lists errors, then warnings to act on, then advisory ones, each in the order of the source", () => {
    const problems = problemsOf(
      sheet([
        ["Nội dung", "Hạn", "Trạng thái"],
        ["Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa", day("2021-12-30"), "Đang thực hiện"],
        ["Rà soát văn bản quy phạm pháp luật", day("2021-12-30"), "làm dở dang"],
        ["Tuyên truyền cải cách hành chính", "khi nào xong", "Đang thực hiện"],
      ]),
    );
    // "Rà soát văn bản quy phạm pháp luật": a routine duty, no item's words: its criterion missing, an error.
    expect(problems.map((p) => `${p.code}@${p.row}`)).toEqual([
      "CRITERION_MISSING@3",
      "BAD_DATE@4",
      "UNKNOWN_STATUS@3",
      "CRITERION_SUGGESTED@2",
      "CRITERION_SUGGESTED@4",
    ]);
  });
});
