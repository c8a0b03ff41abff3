import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { MASTER } from "../../src/core/contract";
import { basename, join } from "path";
import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidation, FileRead, consolidate } from "../../src/core/import/consolidate";
import { GridCell } from "../../src/core/import/grid";
import { Task } from "../../src/core/import/records";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { readGrids } from "../../src/xlsx/readGrids";
import {
  Fixture,
  additions,
  across,
  arrangements,
  anatomy,
  assignments,
  bullets,
  dossierRegister,
  selfAssessment,
  pdfPages,
  corrections,
  checklists,
  writtenForms,
  colours,
  figures,
  headings,
  more,
  progress,
  sentences,
  shared,
  ticks,
  typedDates,
} from "../../scripts/fixtures/importClasses";
import { tempDir } from "../helpers/cli";
import { gridOf } from "../helpers/grids";

// Each layout class officials use, written by scripts/fixtures/importClasses.ts, read field by field.
const AS_OF = "2021-12-15" as IsoDate;
const dir = tempDir("cchc-layouts-");

/** One sheet consolidated, its tasks in their rows' order (the master sorts them by criterion). */
function one(g: ReturnType<typeof gridOf>): Consolidation {
  const c = consolidate([{ file: "so.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
  return { ...c, tasks: [...c.tasks].sort((a, b) => a.source.row - b.source.row) };
}
const d = (iso: string) => ({ date: iso as IsoDate });

async function read(...fixtures: Fixture[]): Promise<FileRead[]> {
  const out: FileRead[] = [];
  for (const f of fixtures) {
    const path = await f.build(dir);
    const r = await readGrids(basename(path), readFileSync(path));
    out.push(r.ok ? { file: basename(path), ok: true, grids: r.grids } : { file: basename(path), ok: false, bad: r.bad });
  }
  return out;
}

async function run(...fixtures: Fixture[]): Promise<Consolidation> {
  return consolidate(await read(...fixtures), BUILTIN_PLAN, AS_OF);
}

/** A task by the start of its text, as [code, lead, due, status, progress, done, evidence, note]. */
function fields(c: Consolidation, start: string): unknown[] {
  const t = c.tasks.find((x) => x.content.startsWith(start));
  if (!t) throw new Error(`no task "${start}" in ${JSON.stringify(c.tasks.map((x) => x.content))}`);
  return [t.code, t.lead, t.dueText ?? t.due, t.status, t.progress, t.doneDate ?? t.doneText, t.evidence, t.note];
}

const at = (c: Consolidation) => c.problems.map((p) => `${p.code} ${p.sheet}!${p.column ?? ""}${p.row ?? ""}`);
const row = (t: Task) => `${t.source.sheet}!${t.source.row}`;
// A record as [field, from, to, carried over, online, in person, early, on time, late, pending in time, overdue, returned].
const countsOf = (d: NonNullable<Consolidation["dossiers"]>[number]) => [
  d.field,
  d.from,
  d.to,
  d.carriedOver,
  d.online,
  d.inPerson,
  d.early,
  d.onTime,
  d.late,
  d.pendingInTime,
  d.pendingOverdue,
  d.returned,
];

describe("1. sheet anatomy: title, merged two-level header, numbering, sections, total, header pasted again, footer", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(anatomy);
  });

  it("reads the five tasks and nothing of the title, sections, total, repeated header or signature", () => {
    expect(c.tasks.map(row).sort()).toEqual([
      "Theo dõi 2021!10",
      "Theo dõi 2021!12",
      "Theo dõi 2021!13",
      "Theo dõi 2021!19",
      "Theo dõi 2021!9",
    ]);
    const t = c.sheets[0].tables;
    expect(t.map((x) => [x.layout.headerTop, x.layout.headerBottom, x.report.firstRow, x.report.lastRow])).toEqual([[4, 5, 7, 20]]);
    expect(t[0].report.skipped).toEqual([
      { row: 14, why: "total" },
      { row: 16, why: "repeat-header" },
      { row: 17, why: "repeat-header" },
      { row: 21, why: "footer" },
    ]);
  });

  it("takes the criterion from the section rows, and the group from the SIPAS heading", () => {
    expect(c.sheets[0].tables[0].report.sections.map((s) => [s.row, s.code])).toEqual([
      [7, null],
      [8, "1.1"],
      [11, "1.2"],
      [18, null],
    ]);
    expect(fields(c, "Tuyên truyền dịch vụ công")).toEqual([
      "1.1",
      "Công chức Văn hóa-Xã hội",
      "2021-12-31",
      "Đang thực hiện",
      50,
      null,
      "",
      "",
    ]);
    expect(fields(c, "Niêm yết số điện thoại")).toEqual([
      "1.2",
      "Công chức Văn phòng-Thống kê",
      "2021-10-15",
      "Chưa thực hiện",
      0,
      null,
      "",
      "",
    ]);
    // Under "II. CHỈ SỐ HÀI LÒNG (SIPAS)" the missing code is suggested among the SIPAS items only.
    expect(c.tasks.find((t) => t.content.startsWith("Bố trí ghế ngồi"))).toMatchObject({ code: "2.1", codeSuggested: true });
  });

  it("names exactly these problems, none on a heading, section or header row", () => {
    // Warnings to act on first, then the advisory ones (a suggested code, missing evidence).
    expect(at(c)).toEqual([
      "DONE_WITHOUT_DATE Theo dõi 2021!10",
      "DONE_WITHOUT_DATE Theo dõi 2021!19",
      "DONE_WITHOUT_EVIDENCE Theo dõi 2021!10",
      "CRITERION_SUGGESTED Theo dõi 2021!19",
      "DONE_WITHOUT_EVIDENCE Theo dõi 2021!19",
    ]);
  });
});

describe("2. columns told by heading and content together", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(headings);
  });

  it("reads English headings (Task, Owner, Due, Status, % Complete, Completed, Evidence, Notes), month-first text dates included", () => {
    const t = c.sheets.find((s) => s.sheet === "Tracking")?.layout;
    expect(t?.columns).toEqual({ stt: 1, content: 2, lead: 3, due: 4, status: 5, progress: 6, doneDate: 7, evidence: 8, note: 9 });
    // No criterion column, and English words the plan's Vietnamese does not share: named, not guessed.
    expect(c.problems.filter((p) => p.sheet === "Tracking" && p.code === "CRITERION_MISSING").map((p) => p.row)).toEqual([2, 3]);
    expect(fields(c, "Publish the list")).toEqual([
      null,
      "Bộ phận Tiếp nhận và trả kết quả xã",
      "2021-11-30",
      "Hoàn thành",
      100,
      "2021-11-25",
      "Photo of the board",
      "",
    ]);
    expect(fields(c, "Train staff").slice(3, 5)).toEqual(["Đang thực hiện", 40]);
  });

  it("reads headings no list has by what the columns hold: tasks, officials, deadline phrases, status words", () => {
    expect(c.sheets.find((s) => s.sheet === "Việc tháng 11")?.layout?.columns).toEqual({ content: 1, lead: 2, due: 3, status: 4 });
    expect(fields(c, "Gửi báo cáo kết quả giải quyết hồ sơ tháng 11").slice(1, 4)).toEqual([
      "Công chức Văn phòng-Thống kê",
      "2021-11-30",
      "Đang thực hiện",
    ]);
  });

  it("takes 'Thời gian hoàn thành' for the deadline when the actual date stands beside it", () => {
    expect(c.sheets.find((s) => s.sheet === "Thời gian")?.layout?.columns).toMatchObject({ due: 4, doneDate: 5 });
    expect(fields(c, "Xây dựng kế hoạch kiểm tra").slice(2, 6)).toEqual(["2021-09-30", "Hoàn thành", 100, "2021-09-20"]);
    expect(at(c).filter((p) => /DONE_IN_FUTURE|STATUS_CONTRADICTION|BAD_DATE/.test(p))).toEqual([]);
  });
});

describe("3. status as ticks under 'Tình trạng', and inside a result column", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(ticks);
  });

  it("reads the ticked column as the status, and the date and report number inside the result", () => {
    expect(c.sheets[0].layout?.statusTicks).toEqual({ 5: "Hoàn thành", 6: "Đang thực hiện", 7: "Chưa thực hiện" });
    // Suggested by the item's own title ("kết quả giải quyết TTHC"), not by a task line of another's.
    expect(fields(c, "Công khai kết quả giải quyết")).toEqual([
      "2.4",
      "Công chức Văn phòng-Thống kê",
      "2021-10-31",
      "Hoàn thành",
      100,
      "2021-10-12",
      "báo cáo số 15/BC-UBND",
      "Kết quả thực hiện: Đã hoàn thành ngày 12/10/2021, báo cáo số 15/BC-UBND; Tiến độ 100% suy ra từ trạng thái",
    ]);
    expect(fields(c, "Lấy ý kiến người dân").slice(3, 5)).toEqual(["Đang thực hiện", null]);
    expect(fields(c, "Chấn chỉnh tác phong").slice(3, 5)).toEqual(["Chưa thực hiện", 0]);
  });
});

describe("4. facts inside text", () => {
  it("reads completion dates and document numbers in notes, the year from the row's deadline, and not a planned date", async () => {
    const c = await run(sentences);
    expect(fields(c, "Gửi, nhận văn bản điện tử").slice(3, 7)).toEqual(["Hoàn thành", 100, "2021-11-05", ""]);
    expect(fields(c, "Cử công chức tham gia").slice(3, 8)).toEqual([
      "Hoàn thành",
      100,
      "2021-10-20",
      "Quyết định số 210/QĐ-UBND",
      "hoàn thành 20/10, Quyết định số 210/QĐ-UBND; Tiến độ 100% suy ra từ trạng thái",
    ]);
    expect(fields(c, "Trả lời phản ánh").slice(3, 6)).toEqual(["Đang thực hiện", null, null]);
    expect(at(c)).toEqual(["DONE_WITHOUT_EVIDENCE Theo dõi!4"]);
  });
});

describe("5. dates as people type them", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(typedDates);
  });

  it("reads two-digit years, dots, words and serials typed as text, and a month-first column its heading names", () => {
    expect(
      ["Rà soát, cập nhật", "Số hóa hồ sơ", "Công bố số điện thoại", "Tổ chức đối thoại"].map((s) => fields(c, s).slice(2, 6)),
    ).toEqual([
      ["2021-12-15", "Hoàn thành", 100, "2021-10-25"],
      ["2021-10-12", "Hoàn thành", 100, "2021-10-03"],
      ["2021-09-30", "Hoàn thành", 100, "2021-09-28"],
      ["2021-11-30", "Đang thực hiện", null, null],
    ]);
  });

  it("turns back the day and month Excel swapped on a month-first machine, and says so", () => {
    expect(fields(c, "Niêm yết công khai TTHC mới")[5]).toBe("2021-11-05");
    expect(fields(c, "Cập nhật danh mục TTHC")[5]).toBe("2021-11-15");
    const p = c.problems.find((x) => x.code === "DATE_AMBIGUOUS");
    expect([p?.sheet, p?.row, p?.column, p?.message]).toEqual([
      "Máy cài tiếng Anh",
      2,
      "E",
      "Ngày có thể đọc hai cách (ngày/tháng hay tháng/ngày): Excel có thể đã đọc ngược ngày và tháng; đọc là 05/11/2021 (nếu không đúng thì là 11/05/2021).",
    ]);
  });
});

describe("6. readings across the columns", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(across);
  });
  const readings = (sheet: string) =>
    c.readings
      .filter((r) => r.source.sheet === sheet)
      .map((r) => [r.code, r.period, r.date, r.numerator, r.denominator, r.value && Math.round(r.value * 100) / 100]);

  it("unpivots months with measures down: counts as text with Vietnamese separators, the criterion from the title, totals not added again", () => {
    expect(readings("Hồ sơ TTHC")).toEqual([
      ["1.2", "Tháng 9/2021", "2021-09-30", 1820, 1850, 98.38],
      ["1.2", "Tháng 10/2021", "2021-10-31", 51, 51, 100],
      ["1.2", "Tháng 11/2021", "2021-11-30", 46, 47, 97.87],
    ]);
    expect(c.problems.filter((p) => p.sheet === "Hồ sơ TTHC").map((p) => `${p.code} ${p.column}`)).toEqual(["UNMAPPED_COLUMN G"]);
  });

  // The summary never adds a period to one it holds: the half's own figure is read as the half's.
  it("unpivots quarters with criteria down, the year from the heading above, and reads the half-year's own figure", () => {
    expect(readings("Theo quý")).toEqual([
      ["1.1", "Quý I/2021", "2021-03-31", null, null, 20.5],
      ["1.1", "Quý II/2021", "2021-06-30", null, null, 35],
      ["1.1", "6 tháng đầu năm 2021", "2021-06-30", null, null, 28],
      ["1.1", "Quý III/2021", "2021-09-30", null, null, 41.2],
      ["1.5", "Quý I/2021", "2021-03-31", null, null, 92],
      ["1.5", "Quý II/2021", "2021-06-30", null, null, 95],
      ["1.5", "6 tháng đầu năm 2021", "2021-06-30", null, null, 93],
      ["1.5", "Quý III/2021", "2021-09-30", null, null, 97],
    ]);
    expect(c.sheets.find((s) => s.sheet === "Theo quý")?.tables[0].report.unpivoted).toEqual({
      periods: ["Quý I/2021", "Quý II/2021", "Quý III/2021", "6 tháng đầu năm 2021"],
      readings: 8,
    });
  });

  it("reads a task table and a reading table one above the other", () => {
    const s = c.sheets.find((x) => x.sheet === "Tổng hợp VP");
    expect(s?.tables.map((t) => [t.layout.kind, t.layout.headerTop, t.report.rows])).toEqual([
      ["tasks", 1, 2],
      ["readings", 6, 2],
    ]);
    expect(readings("Tổng hợp VP")).toEqual([
      ["1.5", "Tháng 10/2021", "2021-10-31", 50, 51, 98.04],
      ["1.5", "Tháng 11/2021", "2021-11-30", 47, 47, 100],
    ]);
  });
});

describe("7. progress inferred", () => {
  it("from the status where no progress column exists, marked in Ghi chú; '3/4 nội dung' is 75", async () => {
    const c = await run(progress);
    expect(fields(c, "Rà soát thủ tục hành chính").slice(3, 5).concat(fields(c, "Rà soát thủ tục hành chính")[7])).toEqual([
      "Hoàn thành",
      100,
      "Tiến độ 100% suy ra từ trạng thái",
    ]);
    expect(fields(c, "Tập huấn cho cán bộ thôn").slice(3, 5)).toEqual(["Chưa thực hiện", 0]);
    expect(fields(c, "Số hóa sổ hộ tịch").slice(3, 5)).toEqual(["Đang thực hiện", null]);
    expect(fields(c, "Thực hiện 4 nội dung").slice(3, 5)).toEqual(["Đang thực hiện", 75]);
  });
});

describe("8. the same task in the lead's workbook and a co-ordinator's", () => {
  it("is one task: the lead's copy counts, and the other state is named with both places", async () => {
    const c = await run(...shared);
    const same = c.tasks.filter((t) => t.content.startsWith("Hướng dẫn người dân sử dụng dịch vụ công"));
    expect(same.map((t) => [row(t), t.status, t.progress])).toEqual([["Quý IV!2", "Đang thực hiện", 60]]);
    expect(c.tasks).toHaveLength(4);
    const conflict = c.problems.find((p) => p.code === "DUPLICATE_CONFLICT");
    expect([conflict?.file, conflict?.row, conflict?.message]).toEqual([
      "VHXH_phoi-hop.xlsx",
      2,
      'Nhiệm vụ trùng ở hai tệp với trạng thái khác nhau: cùng nhiệm vụ với VPTK_theo-doi.xlsx › Quý IV › dòng 2 (của người chủ trì), nơi ghi "Đang thực hiện", 60%; tệp này ghi "Hoàn thành", 100%. Dùng dòng VPTK_theo-doi.xlsx › Quý IV › dòng 2.',
    ]);
  });
});

describe("9. more layouts officials use", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(more);
  });

  it("names a sheet of counts as a summary and reads none of it as tasks", () => {
    expect(c.sheets.find((s) => s.sheet === "Tổng hợp")).toMatchObject({ guess: "summary", tables: [] });
    expect(c.tasks.filter((t) => t.source.sheet === "Tổng hợp")).toEqual([]);
    expect(at(c).filter((p) => p.includes("Tổng hợp"))).toEqual(["SHEET_SKIPPED Tổng hợp!"]);
  });

  it("takes the lead from the sheet named for an official, and says so; reads a date and a share inside the result", () => {
    expect(fields(c, "Lập báo cáo tiến độ giải ngân")).toEqual([
      "1.4",
      "Công chức Tài chính-Kế toán",
      null,
      "Hoàn thành",
      100,
      "2021-12-06",
      "",
      'Kết quả: Đã gửi ngày 06/12/2021; Tiến độ 100% suy ra từ trạng thái; Chủ trì lấy theo tên sheet; Hạn ghi "Hằng tháng": việc định kỳ, không có hạn cụ thể',
    ]);
    expect(fields(c, "Kiểm tra hồ sơ thanh toán").slice(3, 5)).toEqual(["Đang thực hiện", 75]);
  });

  it("gives every task under a cell merged down its criterion and lead", () => {
    expect(["Chỉ đạo rà soát", "Kiểm tra thực địa", "Đôn đốc nhà thầu"].map((s) => fields(c, s).slice(0, 2))).toEqual([
      ["1.4", "Chủ tịch Ủy ban nhân dân xã"],
      ["1.4", "Chủ tịch Ủy ban nhân dân xã"],
      ["1.4", "Chủ tịch Ủy ban nhân dân xã"],
    ]);
  });

  it("reads a figures table under a heading line on a task sheet, the unnamed row as the total", () => {
    const rs = c.readings.filter((r) => r.source.sheet === "Văn bản điện tử");
    expect(rs.map((r) => [r.code, r.period, r.numerator, r.denominator])).toEqual([
      ["1.5", "Quý I/2021", 190, 212],
      ["1.5", "Quý II/2021", 228, 245],
      ["1.5", "Quý III/2021", 229, 238],
    ]);
  });

  it("takes each criterion from its number in STT over the measures below it; a lone row is its rate", () => {
    const rs = c.readings.filter((r) => r.source.sheet === "Hồ sơ năm 2021");
    expect(rs.map((r) => [r.code, r.period, r.numerator, r.denominator, r.value])).toEqual([
      ["1.2", "Tháng 9/2021", 43, 44, (43 / 44) * 100],
      ["1.2", "Tháng 10/2021", 51, 51, 100],
      ["1.2", "Tháng 11/2021", 49, 49, 100],
      ["2.2", "Tháng 9/2021", null, null, 79],
      ["2.2", "Tháng 10/2021", null, null, 80.1],
      ["2.2", "Tháng 11/2021", null, null, 80.5],
    ]);
  });
});

describe("10. figures as officials keep them: the period in the title, parts and totals, counts in words", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(figures);
  });
  const readings = (sheet: string) =>
    c.readings.filter((r) => r.source.sheet === sheet).map((r) => [r.code, r.period, r.numerator, r.denominator, r.value]);

  it("reads a month broken down by field as its one reading, checked against the total row", () => {
    expect(readings("Trực tuyến T11")).toEqual([["1.1", "Tháng 11/2021", 20, 80, 25]]);
    const r = c.readings.find((x) => x.source.sheet === "Trực tuyến T11");
    expect(r?.source.row).toBe(7);
    expect(r?.note).toContain("Hộ tịch; Nộp tại Một cửa: 28");
    expect(at(c).filter((p) => p.startsWith("READING_PARTS"))).toEqual([]);
  });

  it("takes as part and whole the two columns whose quotient is the stated rate", () => {
    const layout = c.sheets.find((s) => s.sheet === "Trực tuyến T11")?.tables[0].layout;
    expect([layout?.columns.numerator, layout?.columns.denominator]).toEqual([4, 3]);
  });

  it("reads periods of different lengths side by side, a fraction of 1 and a typed percent alike; not the average row", () => {
    expect(readings("Hài lòng")).toEqual([
      ["2.1", "6 tháng đầu năm 2021", null, null, 81.2],
      ["2.1", "Quý III/2021", null, null, 83.5],
      ["2.2", "6 tháng đầu năm 2021", null, null, 79],
      ["2.2", "Quý III/2021", null, null, 80],
    ]);
  });

  it("reads counts written with their unit in the second table of a monthly sheet, dated by its title", () => {
    expect(readings("T10")).toEqual([
      ["1.1", "Tháng 10/2021", 9, 47, (9 / 47) * 100],
      ["1.2", "Tháng 10/2021", 45, 47, (45 / 47) * 100],
    ]);
  });

  it("reads an indicator that is itself a percent as its value, its plan kept in Ghi chú", () => {
    expect(readings("Chỉ tiêu")).toEqual([
      ["1.3", "30/11/2021", 19, 20, 95],
      ["1.6", "30/11/2021", null, null, 8.5],
    ]);
    expect(c.readings.find((r) => r.code === "1.6")?.note).toContain("Kế hoạch: 10");
  });

  it("keeps a month and its quarter, which end on the same day, as two readings", () => {
    expect([...readings("Quý III"), ...readings("Tháng 9")]).toEqual([
      ["1.2", "Quý III/2021", 297, 300, 99],
      ["1.2", "Tháng 9/2021", 40, 40, 100],
    ]);
    expect(at(c).filter((p) => p.startsWith("DUPLICATE_READING"))).toEqual([]);
  });

  it("reads deadlines without a year in the title's year, and progress said in words", () => {
    expect(["Cập nhật sổ", "Tiếp nhận chứng thực", "Niêm yết thủ tục"].map((s) => fields(c, s).slice(2, 5))).toEqual([
      ["2021-10-30", "Đang thực hiện", 40],
      ["2021-12-15", "Đang thực hiện", 60],
      ["2021-12-31", "Chưa thực hiện", null],
    ]);
    expect(at(c).filter((p) => p.startsWith("BAD_DATE") || p.startsWith("YEAR_ASSUMED"))).toEqual([]);
  });

  it("says in Ghi chú what a row left blank and was filled in", () => {
    expect(fields(c, "Niêm yết thủ tục")[7]).toContain("Trạng thái không ghi; coi là Chưa thực hiện");
    expect(fields(c, "Cập nhật sổ")[7]).toContain("Tiến độ 40% lấy từ lời ghi trong dòng");
  });
});

describe("11. arrangements: figures beside tasks, progress by month, dossier counts on their side, a form", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(arrangements);
  });
  const readings = (sheet: string) =>
    c.readings
      .filter((r) => r.source.sheet === sheet)
      .map((r) => [r.code, r.date, r.numerator, r.denominator, r.value && Math.round(r.value * 100) / 100]);

  it("reads two tables side by side as two: the figures' cells never become the tasks' fields", () => {
    expect(readings("Công trình 2021")).toEqual([
      ["1.4", "2021-06-30", 1500, 5000, 30],
      ["1.4", "2021-09-30", 3100, 5000, 62],
      ["1.4", "2021-11-30", 4000, 5000, 80],
    ]);
    // Progress from "2/5 đợt", not the 30 % disbursement rate on the same row.
    expect(fields(c, "Kiểm tra hiện trường").slice(3, 5)).toEqual(["Đang thực hiện", 40]);
    expect(fields(c, "Quyết toán công trình").slice(3, 6)).toEqual(["Hoàn thành", 100, "2021-11-12"]);
    expect(at(c).filter((p) => p.startsWith("UNMAPPED_COLUMN Công trình"))).toEqual([]);
  });

  it("suggests the figures' criterion from their title, and says it was suggested", () => {
    expect(at(c).filter((p) => p.startsWith("CRITERION_SUGGESTED Công trình 2021!6"))).toHaveLength(1);
  });

  it("reads scores with the months down and an indicator per column, each matched to its criterion by title", () => {
    expect(readings("SIPAS theo tháng")).toEqual([
      ["2.1", "2021-09-30", null, null, 84],
      ["2.1", "2021-10-31", null, null, 85.5],
      ["2.2", "2021-09-30", null, null, 81.2],
      ["2.2", "2021-10-31", null, null, 83],
      ["2.3", "2021-09-30", null, null, 86.5],
      ["2.3", "2021-10-31", null, null, 88],
    ]);
    // The forms counted beside the rates are no part of a rate already given: the column is named, as under a merged
    // "Tỷ lệ hài lòng (%)".
    expect(at(c).filter((p) => p.startsWith("UNMAPPED_COLUMN SIPAS theo tháng!E"))).toHaveLength(1);
  });

  it("reads rows of projects as the parts of the table's one reading, checked against the total row", () => {
    expect(readings("Công trình")).toEqual([["1.4", "2021-10-31", 2310, 3000, 77]]);
    expect(c.readings.find((r) => r.source.sheet === "Công trình")?.source.row).toBe(6);
  });

  it("takes a task's progress kept month by month from the latest month, and not the average row", () => {
    expect(fields(c, "Sửa chữa quầy tiếp nhận").slice(3, 6)).toEqual(["Hoàn thành", 100, "2021-11-20"]);
    expect(fields(c, "Lắp màn hình tra cứu").slice(3, 5)).toEqual(["Đang thực hiện", 45]);
    expect(fields(c, "Lắp màn hình tra cứu")[7]).toContain("T10: 10%, T11: 45%");
    // The status was not written: taken from that progress, and said so.
    expect(fields(c, "Lắp màn hình tra cứu")[7]).toContain("Trạng thái không ghi; coi là Đang thực hiện theo tiến độ 45%");
    expect(c.tasks.some((t) => t.content === "Bình quân")).toBe(false);
    expect(c.readings.filter((r) => r.source.sheet === "Tiến độ tháng")).toEqual([]);
  });

  it("reads dossier counts with the months across into Hồ sơ TTHC, naming what it had to assume", () => {
    const d = (c.dossiers ?? []).map((x) => [x.field, x.from, x.to, x.online, x.inPerson, x.onTime, x.late, x.pendingInTime]);
    expect(d).toEqual([
      ["Cư trú", "2021-10-01", "2021-10-31", 6, 24, 29, 1, 0],
      ["Cư trú", "2021-11-01", "2021-11-30", 10, 30, 37, 0, 3],
    ]);
    expect(at(c).filter((p) => p.startsWith("DOSSIER_COUNT_DERIVED"))).toEqual(["DOSSIER_COUNT_DERIVED Cư trú!D3"]);
    expect(c.readings.filter((r) => r.source.sheet === "Cư trú")).toEqual([]);
  });

  it("reads a form line by line: each rate with its counts, under the section naming its criterion", () => {
    expect(readings("Phiếu T10")).toEqual([
      ["1.1", "2021-10-31", 15, 100, 15],
      ["1.2", "2021-10-31", 98, 100, 98],
      ["1.5", "2021-10-31", 54, 60, 90],
    ]);
    expect(c.tasks.filter((t) => t.source.sheet === "Phiếu T10")).toEqual([]);
  });
});

describe("12. what officials add around their rows, and figures kept as parts", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(additions);
  });
  const readings = (sheet: string) =>
    c.readings.filter((r) => r.source.sheet === sheet).map((r) => [r.code, r.period, r.numerator, r.denominator, r.value]);

  it("joins a task's text wrapped onto the next row, and takes the criterion it names", () => {
    const t = fields(c, "Vận động người dân cài ứng dụng");
    expect(c.tasks.find((x) => x.content.startsWith("Vận động"))?.content).toBe(
      "Vận động người dân cài ứng dụng dịch vụ công, hướng dẫn nộp hồ sơ trực tuyến tại nhà văn hóa ấp (TC 1.1)",
    );
    expect(t[0]).toBe("1.1");
    expect(t[7]).toContain("nội dung nối tiếp ở dòng 3");
  });

  it("never takes a hidden column for a field; its values stay in Ghi chú, the column named", () => {
    expect(fields(c, "Vận động người dân").slice(3, 5)).toEqual(["Đang thực hiện", 60]);
    expect(fields(c, "Niêm yết số điện thoại").slice(3, 5)).toEqual(["Hoàn thành", 100]);
    expect(fields(c, "Vận động người dân")[7]).toContain("Tiến độ (cũ): 10%");
    expect(c.problems.find((p) => p.code === "UNMAPPED_COLUMN" && p.sheet === "Việc của ấp")?.message).toContain(
      'cột F "Tiến độ (cũ)" bị ẩn trong sổ gốc',
    );
  });

  it("leaves out a hidden row that calls itself the old copy ('(bản cũ)'), and names it", () => {
    // A contract decision since set 216: hidden and marked old, the row was put away; before, it was read and named.
    expect(c.tasks.some((t) => t.content.startsWith("Thống kê hộ cần hỗ trợ"))).toBe(false);
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.sheet === "Việc của ấp" && p.row === 6)?.message).toContain("bị ẩn");
  });

  it("names a note under the table with its text, and makes no task of it", () => {
    expect(c.tasks.some((t) => t.content.startsWith("Ghi chú"))).toBe(false);
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 9)?.message).toContain("các việc trên đã báo cáo tại họp ấp");
  });

  it("names the same text written twice on one sheet and keeps the lower row", () => {
    expect(c.tasks.filter((t) => t.content.startsWith("Phát tờ rơi")).map((t) => t.source.row)).toEqual([7]);
    expect(at(c)).toContain("DUPLICATE_TASK Việc của ấp!5");
  });

  it("takes the hamlet head for rows without a lead, a title's person into Ghi chú, the first of two leads", () => {
    expect(fields(c, "Vận động người dân")[1]).toBe("Trưởng thôn");
    expect(fields(c, "Niêm yết số điện thoại")[1]).toBe("Phó Chủ tịch Ủy ban nhân dân xã");
    expect(fields(c, "Niêm yết số điện thoại")[7]).toContain("Người phụ trách: Trần Văn An");
  });

  it("reads disbursement to date at points in time, not its flow nor the estimate column", () => {
    expect(readings("Giải ngân lũy kế")).toEqual([
      ["1.4", "Đến 31/3/2021", 400, 4000, 10],
      ["1.4", "Đến 30/6/2021", 1600, 4000, 40],
      ["1.4", "Đến 30/9/2021", 2600, 4000, 65],
    ]);
    expect(at(c)).toEqual(
      expect.arrayContaining(["ROW_SKIPPED Giải ngân lũy kế!6", "UNMAPPED_COLUMN Giải ngân lũy kế!F", "ROW_SKIPPED Giải ngân lũy kế!8"]),
    );
  });

  it("takes a level written only in the 6- and 9-month columns as those periods', each ending with a quarter", () => {
    expect(readings("Theo quý")).toEqual([
      ["1.4", "Quý I/2021", 400, 4000, 10],
      ["1.4", "6 tháng đầu năm 2021", 1600, 4000, 40],
      ["1.4", "9 tháng năm 2021", 2600, 4000, 65],
    ]);
    // The plan row's 6- and 9-month cells are those periods' own plan: read with them, no column left unread.
    expect(at(c).filter((p) => p.startsWith("UNMAPPED_COLUMN Theo quý"))).toEqual([]);
  });

  it("takes SIPAS codes from a TT column, and names the overall index instead of reading it", () => {
    expect(readings("SIPAS").map((r) => [r[0], r[1], r[4]])).toEqual([
      ["2.1", "Năm 2020", 80],
      ["2.1", "6 tháng đầu năm 2021", 84],
      ["2.2", "Năm 2020", 78.5],
      ["2.2", "6 tháng đầu năm 2021", 81],
      ["2.3", "Năm 2020", 86],
      ["2.3", "6 tháng đầu năm 2021", 87],
    ]);
    expect(at(c)).toContain("ROW_SKIPPED SIPAS!7");
    expect(at(c).filter((p) => p.startsWith("CRITERION_MISSING SIPAS"))).toEqual([]);
  });

  it("reads two one-stop exports stacked on one sheet, each with the period above it", () => {
    // A subtotal inside the first ("Cộng nhóm Tư pháp") does not end it.
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.online, d.late, d.source.row])).toEqual([
      ["Hộ tịch", "2021-10-01", "2021-10-31", 5, 0, 3],
      ["Đất đai", "2021-10-01", "2021-10-31", 0, 0, 5],
      ["Hộ tịch", "2021-11-01", "2021-11-30", 8, 1, 10],
    ]);
    expect(at(c).filter((p) => p.startsWith("DOSSIER_TOTAL_MISMATCH"))).toEqual([]);
  });

  it("reads a column of sentences: the deadline after Hạn (in words too), then the status and progress said", () => {
    expect(
      ["Hướng dẫn đăng ký tạm trú", "Niêm yết thủ tục cư trú", "Treo băng rôn", "Rà soát hộ chưa có"].map((s) => fields(c, s).slice(1, 6)),
    ).toEqual([
      ["Trưởng Công an xã", "2021-11-30", "Hoàn thành", 100, "2021-11-26"],
      ["Công chức Văn phòng-Thống kê", "2021-12-31", "Đang thực hiện", 70, null],
      // "xong 3/4 thôn" is three hamlets of four, never 3 April.
      ["Công chức Văn hóa-Xã hội", "2021-12-14", "Đang thực hiện", 75, null],
      ["Trưởng Công an xã", "2021-12-31", "Chưa thực hiện", 0, null],
    ]);
    expect(at(c).filter((p) => p.startsWith("BAD_NUMBER Theo dõi CA") || p.startsWith("BAD_DATE Theo dõi CA"))).toEqual([]);
  });

  it("reads a register of documents sent as the month's share sent wholly electronically, never as tasks", () => {
    expect(readings("Sổ VB đi T11")).toEqual([["1.5", "Tháng 11/2021", 2, 4, 50]]);
    expect(c.tasks.filter((t) => t.source.sheet === "Sổ VB đi T11")).toEqual([]);
  });

  it("takes the lead of rows without one from the section row naming an office, or a Chủ trì line above the table", () => {
    expect([
      fields(c, "Hướng dẫn người dân sử dụng")[1],
      fields(c, "Báo cáo tiến độ giải ngân")[1],
      fields(c, "Niêm yết công khai mẫu thư")[1],
    ]).toEqual(["Bộ phận Tiếp nhận và trả kết quả xã", "Công chức Tài chính-Kế toán", "Công chức Văn phòng-Thống kê"]);
    expect(fields(c, "Niêm yết công khai mẫu thư")[7]).toContain("Chủ trì lấy theo dòng trên bảng");
  });

  it("never lets last year's copy of a task replace this year's row, and names it", () => {
    expect(fields(c, "Niêm yết số điện thoại").slice(2, 4)).toEqual(["2021-11-30", "Hoàn thành"]);
    // Named "Bản sao 2020" and every deadline in 2020: last year's, not taken in, and said.
    expect(c.problems.find((p) => p.code === "SHEET_PAST_YEAR" && p.sheet === "Bản sao 2020")?.message).toContain("không đưa vào Nhiệm vụ");
  });

  it("skips a list of people, saying what it is", () => {
    expect(c.problems.find((p) => p.code === "SHEET_SKIPPED" && p.sheet === "Danh sách")?.message).toContain("danh sách người");
  });
});

describe("13. checklists with no header row: a box beside each item, sections naming criteria", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(checklists);
  });
  const list = () => c.tasks.filter((t) => t.source.sheet === "Việc cần làm");

  it("reads every item under its section's criterion, none taken for a header", () => {
    expect(list().map((t) => [t.source.row, t.code, t.codeSuggested])).toEqual([
      [4, "2.1", false],
      [5, "2.1", false],
      [7, "2.3", false],
      [8, "2.3", false],
    ]);
  });

  it("takes a ticked box as done, and what the note says for the others", () => {
    expect(list().map((t) => [t.status, t.progress, t.doneDate, t.due])).toEqual([
      ["Hoàn thành", 100, "2021-10-08", "2021-12-31"],
      ["Chưa thực hiện", null, null, "2021-12-20"],
      ["Hoàn thành", 100, null, "2021-12-31"],
      ["Đang thực hiện", 50, null, "2021-12-31"],
    ]);
    // An unticked box with nothing said is not done, and Ghi chú says it was taken so.
    expect(list()[1].note).toContain("Trạng thái không ghi");
  });

  it("puts no box column or section line into Ghi chú or Kiểm tra as unread", () => {
    expect(at(c).filter((p) => p.includes("Việc cần làm") && /UNMAPPED_COLUMN|ROW_SKIPPED/.test(p))).toEqual([]);
  });

  it("leaves a headed list to the table detector, one column of ticks headed Đã xong", () => {
    const headed = c.tasks.filter((t) => t.source.sheet === "Có tiêu đề");
    // One column of ticks headed "Đã xong" is the done mark: unticked rows are not done.
    expect(headed.map((t) => [t.source.row, t.status]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [2, "Hoàn thành"],
      [3, "Chưa thực hiện"],
      [4, "Hoàn thành"],
      [5, "Chưa thực hiện"],
      [6, "Hoàn thành"],
    ]);
  });
});

describe("14. a units row under the headings, dates in words or spans, status where progress goes", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(writtenForms);
  });
  const quarter = () => c.tasks.filter((t) => t.source.sheet === "Quý IV").sort((a, b) => a.source.row - b.source.row);

  it("reads dossier counts with the fields across, over the days the title gives, the total column left out", () => {
    expect(
      (c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.online, d.inPerson, d.early, d.onTime, d.late, d.pendingInTime]),
    ).toEqual([
      ["Hộ tịch", "2021-09-16", "2021-12-15", 12, 80, 60, 30, 1, 1],
      ["Chứng thực", "2021-09-16", "2021-12-15", 2, 150, 140, 10, 0, 2],
    ]);
  });

  it("reads a block of columns per period as that period's figures, the last standing at the day it says", () => {
    const survey = c.readings
      .filter((r) => r.source.sheet === "Khảo sát")
      .map((r) => [r.code, r.date, r.numerator, r.denominator, r.value]);
    expect(survey).toEqual([
      ["2.1", "2021-09-30", 40, 50, 80],
      ["2.1", "2021-12-10", 36, 40, 90],
      ["2.3", "2021-09-30", 45, 50, 90],
      ["2.3", "2021-12-10", 38, 40, 95],
    ]);
  });

  it("reads short forms as the sheet's own legend says: headings, officials and statuses", () => {
    const coded = c.tasks.filter((t) => t.source.sheet === "Viết tắt").sort((a, b) => a.source.row - b.source.row);
    expect(coded.map((t) => [t.lead, t.partners, t.status, t.progress])).toEqual([
      ["Công chức Tư pháp-Hộ tịch", "Bộ phận Tiếp nhận và trả kết quả xã", "Hoàn thành", 100],
      ["Công chức Tư pháp-Hộ tịch", "", "Đang thực hiện", 40],
      ["Phó Chủ tịch Ủy ban nhân dân xã", "Công chức Văn phòng-Thống kê", "Chưa thực hiện", 0],
    ]);
    expect(at(c).filter((p) => p.includes("Viết tắt") && /UNMAPPED_COLUMN|UNKNOWN_STATUS|UNKNOWN_OFFICIAL/.test(p))).toEqual([]);
    // Never a silent change: the sheet's line lists what each short form was read as.
    expect(c.problems.find((p) => p.code === "LEGEND_READ" && p.sheet === "Viết tắt")?.value).toContain("MC = Bộ phận Một cửa");
  });

  it("reads a week's plan: each row due on the day merged beside it, parts done as progress", () => {
    const week = c.tasks.filter((t) => t.source.sheet === "Lịch tuần").sort((a, b) => a.source.row - b.source.row);
    expect(week.map((t) => [t.due, t.status, t.progress])).toEqual([
      ["2021-12-06", "Hoàn thành", 100],
      ["2021-12-06", "Đang thực hiện", 60],
      ["2021-12-07", "Hoàn thành", 100],
    ]);
  });

  it("skips a register of citizens' feedback, one row per person's case, saying what it is", () => {
    expect(c.tasks.filter((t) => t.source.sheet === "Sổ PAKN")).toEqual([]);
    expect(c.problems.find((p) => p.code === "SHEET_SKIPPED" && p.sheet === "Sổ PAKN")?.message).toContain("sổ ghi theo từng người");
  });

  it("reads a task's parts written under it (one per hamlet) as how far it is, never as tasks", () => {
    const given = c.tasks.filter((t) => t.source.sheet === "Giao thôn").sort((a, b) => a.source.row - b.source.row);
    expect(given.map((t) => [t.source.row, t.status, t.progress, t.doneDate])).toEqual([
      [2, "Đang thực hiện", 50, null],
      [5, "Hoàn thành", 100, "2021-10-12"],
    ]);
    expect(given[0].note).toContain("Theo từng phần: Thôn Đông: Hoàn thành 20/11/2021; Thôn Tây: Đang thực hiện");
  });

  it("takes the deadline of rows without one from the group row above them, and says so", () => {
    const months = c.tasks.filter((t) => t.source.sheet === "Theo tháng").sort((a, b) => a.source.row - b.source.row);
    expect(months.map((t) => t.dueText ?? t.due)).toEqual(["2021-11-30", "2021-11-30", null]);
    expect(months[2].note).toContain('Hạn ghi "THƯỜNG XUYÊN": việc thường xuyên');
    expect(months[0].note).toContain("Hạn lấy theo dòng trên bảng: THÁNG 11/2021");
  });

  it("keeps the units row with the header: every task is read, none a table of figures", () => {
    expect(quarter().map((t) => t.source.row)).toEqual([5, 6, 7, 8, 9]);
    expect(c.readings.filter((r) => r.source.sheet === "Quý IV")).toEqual([]);
  });

  it("reads a day in words, a span's end, a date after 'trước', a day without its year, in the sheet's year", () => {
    expect(quarter().map((t) => t.due)).toEqual(["2021-11-05", "2021-11-20", "2021-12-05", "2021-12-15", "2021-12-20"]);
    expect(at(c).filter((p) => p.startsWith("BAD_DATE"))).toEqual([]);
  });

  it("reads a numbered choice as its status, and a status written in the progress column as the status", () => {
    expect(quarter().map((t) => [t.status, t.progress])).toEqual([
      ["Hoàn thành", 100],
      ["Hoàn thành", 100],
      ["Đang thực hiện", 60],
      ["Đang thực hiện", 30],
      ["Chưa thực hiện", 0],
    ]);
    expect(at(c).filter((p) => p.startsWith("BAD_NUMBER") || p.startsWith("UNKNOWN_STATUS"))).toEqual([]);
  });
});

describe("15. status kept as the row's fill colour", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(colours);
  });
  const sheet = (name: string) => c.tasks.filter((t) => t.source.sheet === name).sort((a, b) => a.source.row - b.source.row);
  const colourLines = (name: string) => c.problems.filter((p) => p.code === "STATUS_FROM_COLOUR" && p.sheet === name).map((p) => p.message);

  it("reads each colour as the legend of coloured cells under the table says, and the legend is no task", () => {
    expect(sheet("Theo dõi").map((t) => [t.source.row, t.status])).toEqual([
      [4, "Hoàn thành"],
      [5, "Đang thực hiện"],
      [6, "Chưa thực hiện"],
      [7, "Chưa thực hiện"],
    ]);
    expect(sheet("Theo dõi")[0].note).toContain("Trạng thái theo màu tô dòng: xanh lá (chú thích: Đã hoàn thành)");
    // The unpainted row says nothing was written; it was not read from a colour.
    expect(sheet("Theo dõi")[3].note).toContain("Trạng thái không ghi");
    expect(colourLines("Theo dõi")).toEqual([
      expect.stringContaining("xanh lá → Hoàn thành (dòng 4); vàng → Đang thực hiện (dòng 5); đỏ → Chưa thực hiện (dòng 6)"),
    ]);
    expect(colourLines("Theo dõi")[0]).toContain("theo chú thích màu trên sheet");
  });

  it("reads a legend written in words", () => {
    expect(sheet("Chú thích chữ").map((t) => [t.status, t.note])).toEqual([
      ["Hoàn thành", expect.stringContaining("xanh lá (chú thích: đã hoàn thành)")],
      ["Đang thực hiện", expect.stringContaining("vàng (chú thích: đang thực hiện)")],
    ]);
  });

  it("without a legend reads only green and yellow, theme colours and tints included, says so, and names the red row unread", () => {
    expect(sheet("Không chú thích").map((t) => t.status)).toEqual([
      "Hoàn thành",
      "Hoàn thành",
      "Đang thực hiện",
      "Chưa thực hiện",
      "Chưa thực hiện",
    ]);
    const lines = colourLines("Không chú thích");
    expect(lines).toEqual([
      expect.stringContaining("các dòng tô đỏ (dòng 5) không ghi trạng thái"),
      expect.stringContaining("xanh lá → Hoàn thành (dòng 2, 3); vàng → Đang thực hiện (dòng 4)"),
    ]);
    expect(lines[1]).toContain("sheet không có chú thích màu");
  });

  it("takes one colour over the whole table for decoration: the written status stands, nothing is read from it", () => {
    expect(sheet("Tô cả bảng").map((t) => t.status)).toEqual(["Hoàn thành", "Chưa thực hiện"]);
    expect(colourLines("Tô cả bảng")).toEqual([]);
  });
});

describe("16. work given by the Chủ tịch: conclusions as sentences, days from the day given, a hidden old copy", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(assignments);
  });
  const sheet = (name: string) => c.tasks.filter((t) => t.source.sheet === name).sort((a, b) => a.source.row - b.source.row);

  it("takes the lead and the deadline a conclusion's sentence gives, and says so; the recipients are no task", () => {
    expect(sheet("TB kết luận").map((t) => [t.source.row, t.lead, t.due])).toEqual([
      [4, "Công chức Tư pháp-Hộ tịch", "2021-10-31"],
      [5, "Công chức Địa chính-Xây dựng", "2021-11-15"],
      [6, "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
    ]);
    expect(sheet("TB kết luận")[0].note).toContain("Hạn lấy theo nội dung: 31/10/2021");
    expect(sheet("TB kết luận")[0].note).toContain("Chủ trì lấy theo nội dung: Giao công chức Tư pháp - Hộ tịch chủ trì");
    expect(sheet("TB kết luận")[1].verdict).toBe("Quá hạn");
  });

  it("never reads the day of an update as the completion", () => {
    expect(sheet("TB kết luận").map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-10-27"],
      // "Còn 01 hồ sơ chưa giải quyết": the rest is done.
      ["Đang thực hiện", null],
      ["Đang thực hiện", null],
    ]);
  });

  it("counts a deadline given in days from the day the work was given, working days skipping weekends", () => {
    expect(sheet("ĐC-XD").map((t) => [t.due, t.doneDate, t.status, t.progress])).toEqual([
      ["2021-10-19", "2021-10-18", "Hoàn thành", 100],
      ["2021-12-10", null, "Đang thực hiện", null],
      ["2021-11-30", null, "Đang thực hiện", 50],
    ]);
    expect(sheet("ĐC-XD")[1].note).toContain("Hạn tính từ ngày giao 01/12/2021 cộng 7 ngày làm việc");
  });

  it("keeps the visible sheet's row over a hidden old copy, and names the copy", () => {
    expect(sheet("ĐC-XD (cũ)")).toEqual([]);
    expect(c.problems.find((p) => p.code === "DUPLICATE_TASK" && p.sheet === "ĐC-XD (cũ)")?.message).toContain("bị ẩn");
  });
});

describe("a numbered data row whose texts sound like headings", () => {
  it("stays a row of the table above, never the header of a new one", () => {
    const rows = [
      ["STT", "Nội dung nhiệm vụ", "Tiêu chí", "Cơ quan chủ trì", "Sản phẩm", "Thời gian hoàn thành", "Kết quả thực hiện"],
      [1, "Rà soát TTHC lĩnh vực hộ tịch", "TC 2.2", "Công chức Tư pháp - Hộ tịch", "Báo cáo", "Quý III/2021", "Đã xong"],
      [2, "Số hóa hồ sơ, kết quả giải quyết TTHC", "TC 1.1", "Bộ phận TN&TKQ", "Hồ sơ được số hóa", "Tháng 11/2021", "Mới số hóa được 40%"],
      [3, "Cập nhật Trang thông tin điện tử của xã", "TC 1.5", "Công chức Văn phòng - Thống kê", "Tin, bài", "Năm 2021", "Đã đăng 45 tin"],
    ];
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [gridOf(rows)] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due]).sort()).toEqual([
      [2, "2.2", "2021-09-30"],
      [3, "1.1", "2021-11-30"],
      [4, "1.5", "2021-12-31"],
    ]);
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });
});

describe("17. tasks as bullet lines in one cell, grouped by a criterion named in words", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(bullets);
  });
  const itemOf = (t: Task) => Number(/việc (\d+)\//.exec(t.note)?.[1] ?? 0);

  it("reads each bullet line as a task, with the line of the same place in the result and deadline cells", () => {
    const got = c.tasks
      .filter((t) => t.source.sheet === "Theo nhóm")
      .sort((a, b) => a.source.row - b.source.row || itemOf(a) - itemOf(b))
      .map((t) => [t.source.row, t.content, t.code, t.dueText ?? t.due, t.status, t.doneDate]);
    expect(got).toEqual([
      [4, "Cấp chữ ký số cho công chức mới", "1.5", "2021-11-30", "Hoàn thành", "2021-11-05"],
      [4, "Lưu trữ hồ sơ điện tử trên phần mềm", "1.5", "2021-11-30", "Chưa thực hiện", null],
      [5, "Mở hòm thư góp ý hằng tuần", "2.5", null, "Đang thực hiện", null],
      [5, "Trả lời kiến nghị cử tri kỳ họp giữa năm", "2.5", "2021-08-31", "Hoàn thành", "2021-08-25"],
      [6, "Cử công chức đi học lớp trung cấp lý luận chính trị", "1.3", "2021-12-31", "Đang thực hiện", null],
    ]);
    expect(c.tasks.find((t) => t.content.startsWith("Lưu trữ"))?.note).toContain("việc 2/2 ghi trong ô C4");
    expect(c.tasks.find((t) => t.content.startsWith("Lưu trữ"))?.verdict).toBe("Quá hạn");
  });

  it("reads a log kept day by day in one cell by its last line, the done day from it", () => {
    const log = c.tasks.filter((t) => t.source.sheet === "Nhật ký").sort((a, b) => a.source.row - b.source.row);
    expect(log.map((t) => [t.status, t.doneDate, t.progress, t.verdict])).toEqual([
      ["Hoàn thành", "2021-04-02", 100, "Đúng hạn"],
      ["Đang thực hiện", null, null, "Chưa đến hạn"],
      ["Đang thực hiện", null, null, "Quá hạn"],
    ]);
    expect(log[0].note).toContain("Trạng thái theo dòng cuối của nhật ký: 02/4: ban hành KH số 35/KH-UBND");
  });

  it("reads a column per hamlet: done where all are marked (the last day), under way where some are", () => {
    const hamlets = c.tasks.filter((t) => t.source.sheet === "Theo thôn").sort((a, b) => a.source.row - b.source.row);
    expect(hamlets.map((t) => [t.source.row, t.status, t.progress, t.doneDate, t.verdict])).toEqual([
      [3, "Hoàn thành", 100, "2021-09-20", "Đúng hạn"],
      [4, "Đang thực hiện", 75, null, "Quá hạn"],
      [5, "Chưa thực hiện", 0, null, "Chưa đến hạn"],
    ]);
    expect(hamlets[1].note).toContain("Theo từng nơi: 3/4 đã thực hiện (chưa: Thôn 3)");
  });

  it("reads a cell's note (comment) like the cell's own words, its author's line left out", () => {
    const noted = c.tasks.filter((t) => t.source.sheet === "Ghi chú trong ô").sort((a, b) => a.source.row - b.source.row);
    expect(noted.map((t) => [t.status, t.progress, t.doneDate, t.verdict])).toEqual([
      ["Hoàn thành", 100, "2021-11-29", "Đúng hạn"],
      ["Đang thực hiện", 50, null, "Quá hạn"],
    ]);
    expect(noted[0].note).toContain("Ghi chú trong ô: Đã giải ngân 100% ngày 29/11/2021");
    expect(noted[0].note).not.toContain("Lâm Thị Ngọc Bích");
  });

  it("takes the criterion from the group column that names it in words", () => {
    expect(c.problems.filter((p) => p.code === "CRITERION_SUGGESTED" || p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });
});

describe("18. the one-stop desk's register of dossiers, one row per dossier", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(dossierRegister);
  });

  it("counts the register into the month's dossier figures, and reads no row as a task or a figure", () => {
    expect(c.tasks).toEqual([]);
    expect(c.readings.filter((r) => r.source.sheet === "Hộ tịch")).toEqual([]);
    expect((c.dossiers ?? []).filter((d) => d.source.sheet === "Hộ tịch").map(countsOf)).toEqual([
      ["Hộ tịch", "2021-11-01", "2021-11-30", 1, 1, 5, 1, 1, 2, 1, 1, 1],
    ]);
  });

  it("reads a report's lines under each field as that field's figures, the rates after them as readings of the day the title gives", () => {
    expect((c.dossiers ?? []).filter((d) => d.source.sheet === "Báo cáo T11").map(countsOf)).toEqual([
      ["Chứng thực", "2021-10-15", "2021-11-14", 2, 8, 57, 50, 12, 1, 2, 1, 1],
      ["Đất đai", "2021-10-15", "2021-11-14", 0, 0, 18, 15, 0, 0, 3, 0, 0],
    ]);
    expect(c.readings.map((r) => [r.source.row, r.date, r.numerator, r.denominator]).sort()).toEqual([
      [17, "2021-11-14", 77, 78],
      [18, "2021-11-14", 8, 83],
    ]);
    expect(c.problems.find((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.sheet === "Báo cáo T11")?.message).toContain(
      "lĩnh vực Đất đai: 3 hồ sơ đang giải quyết không ghi trong hạn hay quá hạn",
    );
  });

  it("reads one field's table with a month per row as that field's figures month by month", () => {
    expect((c.dossiers ?? []).filter((d) => d.source.sheet === "Chứng thực theo tháng").map(countsOf)).toEqual([
      ["Chứng thực", "2021-10-01", "2021-10-31", 2, 9, 44, 45, 7, 1, 2, 0, 1],
      ["Chứng thực", "2021-11-01", "2021-11-30", 2, 12, 39, 44, 5, 0, 4, 0, 0],
    ]);
  });

  it("says the figures were counted from a register", () => {
    expect(c.problems.find((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.sheet === "Hộ tịch")?.message).toContain(
      "sổ theo dõi hồ sơ (mỗi dòng một hồ sơ): 7 hồ sơ",
    );
  });
});

describe("19. a self-assessment: points beside a result written in words", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(selfAssessment);
  });

  it("reads each criterion's result, never its points, with the counts the words give", () => {
    expect(
      c.readings.filter((r) => r.source.sheet === "Tự chấm điểm").map((r) => [r.code, r.date, r.numerator, r.denominator, r.value]),
    ).toEqual([
      ["1.1", "2021-11-30", 34, 400, 8.5],
      ["1.3", "2021-11-30", 19, 20, 95],
      ["1.5", "2021-11-30", null, null, 92],
      ["2.1", "2021-11-30", null, null, 91.2],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("reads a result column per quarter, the last one standing at the day its heading says", () => {
    expect(
      c.readings.filter((r) => r.source.sheet === "Báo cáo quý").map((r) => [r.code, r.date, r.numerator, r.denominator, r.value]),
    ).toEqual([
      ["1.1", "2021-09-30", 28, 356, (28 / 356) * 100],
      ["1.1", "2021-12-10", 41, 298, (41 / 298) * 100],
      ["1.4", "2021-09-30", null, null, 52.4],
      ["1.4", "2021-12-10", null, null, 81.6],
    ]);
  });

  it("names the group rows and the criterion not yet surveyed, and keeps the points in Ghi chú", () => {
    expect(at(c).filter((p) => p.startsWith("ROW_SKIPPED"))).toEqual([
      "ROW_SKIPPED Tự chấm điểm!5",
      "ROW_SKIPPED Tự chấm điểm!9",
      "ROW_SKIPPED Tự chấm điểm!11",
    ]);
    expect(c.readings.find((r) => r.source.sheet === "Tự chấm điểm")?.note).toContain("Điểm tối đa: 10");
  });
});

describe("criteria by name, state by symbol, subtotals per criterion", () => {
  const day = (iso: string): GridCell => ({ date: iso as IsoDate });
  const rows = [
    ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Hạn", "Trạng thái"],
    [1, "Số hóa văn bản đến, đi của UBND xã", "Văn bản điện tử", "VP-TK", day("2021-11-30"), "⏳"],
    [2, "Bố trí ghế chờ và nước uống", "Tiep can dich vu", "Một cửa", day("2021-10-31"), "✅"],
    [null, "Cộng tiêu chí 2.1", null, null, null, 1],
    [3, "Lắp đặt camera tại Bộ phận Một cửa", "Tiêu chí ABC", "Một cửa", day("2021-12-31"), "❌"],
  ];
  let c: Consolidation;
  beforeAll(() => {
    c = consolidate([{ file: "so.xlsx", ok: true, grids: [gridOf(rows)] }], BUILTIN_PLAN, AS_OF);
  });

  it("reads a criterion written by its name when one title clearly has it, and says so", () => {
    expect(c.tasks.map((t) => [t.source.row, t.code]).sort()).toEqual([
      [2, "1.5"],
      [3, "2.1"],
      [5, "Tiêu chí ABC"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 2)?.note).toContain('Mã tiêu chí 1.5 theo tên "Văn bản điện tử"');
  });

  it("reads ⏳, ✅ and ❌ as states, and a criterion's subtotal as no task", () => {
    expect(c.tasks.map((t) => [t.source.row, t.status]).sort()).toEqual([
      [2, "Đang thực hiện"],
      [3, "Hoàn thành"],
      [5, "Chưa thực hiện"],
    ]);
  });
});

describe("leads written as people's names, with the workbook's staff list", () => {
  it("reads each name as the post the list gives, without marks or case mattering, and says so", () => {
    const tasks = gridOf([
      ["STT", "Nội dung công việc", "TC", "Người thực hiện", "Hạn"],
      [1, "Giải quyết hồ sơ đất đai tồn đọng", "1.2", "Huynh Tan Loc", { date: "2021-11-30" as IsoDate }],
      [2, "Chuẩn hóa dữ liệu hộ tịch", "1.1", "Võ Văn Tín", { date: "2021-12-31" as IsoDate }],
      [3, "Rà soát quy chế làm việc", "1.1", "Nguyễn Văn Vắng", { date: "2021-12-31" as IsoDate }],
    ]);
    const staff = gridOf(
      [
        ["DANH SÁCH CÁN BỘ, CÔNG CHỨC"],
        ["STT", "Họ và tên", "Chức vụ, chức danh"],
        [1, "Huỳnh Tấn Lộc", "Công chức Địa chính - Xây dựng"],
        [2, "Võ Văn Tín", "Công chức Tư pháp - Hộ tịch"],
      ],
      { sheet: "DS CBCC" },
    );
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [tasks, staff] }], BUILTIN_PLAN, AS_OF);
    const leads = c.tasks.sort((a, b) => a.source.row - b.source.row).map((t) => t.lead);
    expect(leads).toEqual(["Công chức Địa chính-Xây dựng", "Công chức Tư pháp-Hộ tịch", "Nguyễn Văn Vắng"]);
    expect(c.tasks[0].note).toContain("Chủ trì theo danh sách cán bộ (sheet DS CBCC): Huỳnh Tấn Lộc — Công chức Địa chính - Xây dựng");
    expect(at(c)).toContain("UNKNOWN_OFFICIAL Theo dõi!D4");
  });
});

describe("20. a table a PDF converter gave back", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(pdfPages);
  });

  it("joins texts wrapped onto rows of their own, the result's day with them", () => {
    const first = c.tasks.filter((t) => t.source.sheet === "Table 1").sort((a, b) => a.source.row - b.source.row);
    expect(first.map((t) => [t.source.row, t.content, t.doneDate, t.verdict])).toEqual([
      [
        4,
        "Tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với người dân về giải quyết TTHC, tiếp nhận phản ánh kiến nghị",
        "2021-09-24",
        "Đúng hạn",
      ],
      [7, "Cập nhật TTHC lĩnh vực văn hóa, thông tin niêm yết tại Bộ phận Một cửa", "2021-10-20", "Trễ hạn"],
    ]);
  });

  it("reads the next page, a sheet without a header, by the columns of the table before it, and says so", () => {
    const second = c.tasks.filter((t) => t.source.sheet === "Table 2").sort((a, b) => a.source.row - b.source.row);
    expect(second.map((t) => [t.source.row, t.content, t.due, t.status])).toEqual([
      [1, "Hướng dẫn hộ kinh doanh đăng ký qua Cổng DVC trực tuyến lĩnh vực văn hóa", "2021-12-31", "Đang thực hiện"],
      [3, "Thống kê, báo cáo số liệu thiết chế văn hóa cơ sở", "2021-12-05", "Chưa thực hiện"],
    ]);
    expect(at(c)).toContain("TABLE_CONTINUED Table 2!");
  });
});

describe("a task carried to the next quarter's sheet", () => {
  it("is one task: the later sheet's row replaces the earlier one, however the carry is noted", () => {
    const head = ["STT", "Nội dung công việc", "Tiêu chí", "Thời hạn", "Kết quả"];
    const q3 = gridOf(
      [
        head,
        [1, "Khảo sát lấy ý kiến hài lòng của người dân (100 phiếu)", "2.4", { date: "2021-09-30" as IsoDate }, "Chuyển quý sau"],
        [2, "Hướng dẫn thủ tục hưởng trợ cấp xã hội trên DVC", "1.1", { date: "2021-08-31" as IsoDate }, "Đang làm được 50%"],
      ],
      { sheet: "Quý III" },
    );
    const q4 = gridOf(
      [
        head,
        [
          1,
          "Khảo sát lấy ý kiến hài lòng của người dân (100 phiếu) (chuyển từ Q3)",
          "2.4",
          { date: "2021-11-30" as IsoDate },
          "Hoàn thành ngày 26/11/2021",
        ],
        [
          2,
          "Hướng dẫn thủ tục hưởng trợ cấp xã hội trên DVC (Q3 chuyển sang)",
          "1.1",
          { date: "2021-10-31" as IsoDate },
          "Đang thực hiện 80%",
        ],
      ],
      { sheet: "Quý IV" },
    );
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [q3, q4] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.sheet, t.source.row, t.status]).sort()).toEqual([
      ["Quý IV", 2, "Hoàn thành"],
      ["Quý IV", 3, "Đang thực hiện"],
    ]);
  });
});

describe("two rates on each row of a table of months", () => {
  it("reads each rate with the counts before it, its criterion from its own heading, the sum of the months left out", () => {
    const g = gridOf([
      ["TỶ LỆ HỒ SƠ TIẾP NHẬN TRỰC TUYẾN (TC 1.1) VÀ GIẢI QUYẾT ĐÚNG HẠN (TC 1.2)"],
      [],
      [
        "Tháng",
        "Tổng số hồ sơ tiếp nhận",
        "Trong đó trực tuyến",
        "Tỷ lệ trực tuyến",
        "Số hồ sơ đã giải quyết",
        "Giải quyết đúng, trước hạn",
        "Tỷ lệ đúng hạn",
      ],
      ["Tháng 10/2021", 313, 10, "3,2%", 312, 309, "99,0 %"],
      ["Tháng 11/2021", 295, 17, 0.0576, 294, 293, "99,7 %"],
      ["Cộng 2 tháng", 608, 27, 0.0444, 606, 602, 0.9934],
    ]);
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator]).sort()).toEqual([
      ["1.1", "2021-10-31", 10, 313],
      ["1.1", "2021-11-30", 17, 295],
      ["1.2", "2021-10-31", 309, 312],
      ["1.2", "2021-11-30", 293, 294],
    ]);
    expect(at(c).filter((p) => p.startsWith("READING_WITHOUT_PERIOD") || p.startsWith("DUPLICATE_READING"))).toEqual([]);
  });
});

describe("a plan row with its actual row under it (KH | TH)", () => {
  it("reads the task's progress and completion from its actual row, the plan's figures kept in Ghi chú", () => {
    const day = (iso: string): GridCell => ({ date: iso as IsoDate });
    const g = gridOf([
      ["STT", "Nội dung công việc", "Tiêu chí", "KH/TH", "Thời hạn", "Tiến độ (%)", "Ghi chú"],
      [1, "Số hóa hồ sơ địa chính phục vụ DVC trực tuyến", "1.1", "KH", day("2021-11-30"), 1],
      [null, null, null, "TH", null, 0.6, "Còn thôn 5, thôn 6"],
      [2, "Nghiệm thu công trình nhà văn hóa thôn 3", "1.4", "KH", day("2021-11-15"), 1],
      [null, null, null, "TH", day("2021-11-25"), 1],
      [3, "Lập hồ sơ thanh toán công trình đường thôn 5", "1.4", "KH", day("2021-12-10"), 1],
      [null, null, null, "TH"],
    ]);
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(
      c.tasks.sort((a, b) => a.source.row - b.source.row).map((t) => [t.source.row, t.status, t.progress, t.doneDate, t.verdict]),
    ).toEqual([
      [2, "Đang thực hiện", 60, null, "Quá hạn"],
      [4, "Hoàn thành", 100, "2021-11-25", "Trễ hạn"],
      [6, "Chưa thực hiện", null, null, "Quá hạn"],
    ]);
    expect(c.tasks[0].note).toContain("Thực hiện (dòng 3): 60%; Còn thôn 5, thôn 6");
  });
});

describe("dossier figures that cannot be read are named, never counted silently", () => {
  it("names a register row whose day received cannot be read, and a report line whose count cannot", () => {
    const day = (iso: string): GridCell => ({ date: iso as IsoDate });
    const register = gridOf(
      [
        ["SỔ THEO DÕI HỒ SƠ"],
        ["Lĩnh vực: Hộ tịch - Tháng 11/2021 (từ ngày 01/11/2021 đến ngày 30/11/2021)"],
        ["STT", "Mã hồ sơ", "Tên TTHC", "Nhận hồ sơ", "Hẹn trả kết quả", "Trả kết quả"],
        [1, "H41-0001", "Đăng ký khai sinh", day("2021-11-01"), day("2021-11-02"), day("2021-11-01")],
        [2, "H41-0002", "Đăng ký kết hôn", "không rõ", day("2021-11-08"), day("2021-11-08")],
      ],
      { sheet: "Sổ" },
    );
    const report = gridOf(
      [
        ["BÁO CÁO THÁNG 11/2021 (Số liệu từ ngày 15/10/2021 đến ngày 14/11/2021)"],
        ["I. LĨNH VỰC CHỨNG THỰC"],
        ["- Số hồ sơ tiếp nhận trong kỳ:", "khoảng sáu chục"],
        ["- Số hồ sơ đã giải quyết:", "60 hồ sơ (trước hạn: 60)"],
      ],
      { sheet: "Báo cáo" },
    );
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [register, report] }], BUILTIN_PLAN, AS_OF);
    expect(at(c)).toEqual(expect.arrayContaining(["BAD_DATE Sổ!5", "BAD_NUMBER Báo cáo!3"]));
    expect((c.dossiers ?? []).map((d) => [d.field, d.inPerson, d.early])).toEqual([
      ["Hộ tịch", 1, 1],
      ["Chứng thực", 0, 60],
    ]);
  });

  it("keeps what else a plan's actual row says", () => {
    const g = gridOf([
      ["STT", "Nội dung công việc", "Tiêu chí", "KH/TH", "Thời hạn", "Tiến độ (%)", "Khó khăn, vướng mắc"],
      [1, "Số hóa hồ sơ địa chính", "1.1", "KH", { date: "2021-11-30" as IsoDate }, 1],
      [null, null, null, "TH", null, 0.6, "Còn thôn 5, thôn 6"],
      [2, "Nghiệm thu nhà văn hóa thôn 3", "1.4", "KH", { date: "2021-11-15" as IsoDate }, 1],
      [null, null, null, "TH", { date: "2021-11-25" as IsoDate }, 1],
    ]);
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const first = c.tasks.find((t) => t.source.row === 2);
    expect([first?.status, first?.progress]).toEqual(["Đang thực hiện", 60]);
    expect(first?.note).toContain("Thực hiện (dòng 3): 60%; Khó khăn, vướng mắc: Còn thôn 5, thôn 6");
  });

  it("reads a form's answer sheet: the latest answer of each task, its deadline from the task's words", () => {
    const day = (d: string) => ({ date: d as IsoDate });
    const g = gridOf([
      [
        "Dấu thời gian",
        "Địa chỉ email",
        "Họ và tên",
        "Đơn vị",
        "Nhiệm vụ báo cáo",
        "Tình hình thực hiện",
        "Tỷ lệ hoàn thành (%)",
        "Ngày hoàn thành",
      ],
      [
        day("2021-11-05"),
        "bao@gmail.com",
        "Phạm Quốc Bảo",
        "Công chức Tư pháp - Hộ tịch",
        "NV03 - Số hóa hồ sơ hộ tịch (TC 1.1) - hạn 30/11/2021",
        "Đang thực hiện",
        40,
      ],
      [
        day("2021-11-08"),
        "oanh@gmail.com",
        "Nguyễn Thị Oanh",
        "Bộ phận Một cửa",
        "NV01 - Niêm yết TTHC (TC 2.2) - hạn 15/11/2021",
        "Hoàn thành",
        100,
        day("2021-11-08"),
      ],
      [
        day("2021-12-01"),
        "bao@gmail.com",
        "Phạm Quốc Bảo",
        "Công chức Tư pháp - Hộ tịch",
        "NV03 - Số hóa hồ sơ hộ tịch (TC 1.1) - hạn 30/11/2021",
        "Hoàn thành",
        100,
        day("2021-11-30"),
      ],
      [
        day("2021-12-02"),
        "tai@gmail.com",
        "Đặng Văn Tài",
        "Công chức Địa chính - Xây dựng",
        "NV05 - Giải quyết hồ sơ đất đai đúng hạn tháng 12/2021 (TC 1.2)",
        "Đang thực hiện",
        85,
      ],
    ]);
    const c = consolidate([{ file: "form.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const nv03 = c.tasks.filter((t) => t.content.startsWith("NV03"));
    expect(nv03.map((t) => [t.source.row, t.status, t.due, t.doneDate])).toEqual([[4, "Hoàn thành", "2021-11-30", "2021-11-30"]]);
    expect(c.tasks.find((t) => t.content.startsWith("NV01"))?.due).toBe("2021-11-15");
    // "đúng hạn tháng 12" is how the work is judged, not its deadline.
    expect(c.tasks.find((t) => t.content.startsWith("NV05"))?.note ?? "").not.toContain("Hạn lấy theo nội dung");
    expect(c.problems.filter((p) => p.code === "DUPLICATE_TASK").map((p) => p.row)).toEqual([2]);
  });

  it("skips a district form's guide row, its example row and its '…' row", () => {
    const g = gridOf([
      ["STT", "Nội dung nhiệm vụ", "Mã tiêu chí", "Đơn vị/người chủ trì", "Thời hạn", "Tình trạng", "Ghi chú"],
      ["(1)", "(Ghi theo KH)", "(VD: 1.1)", "(Chức danh)", "(dd/mm/yyyy)", "(Hoàn thành/Đang thực hiện/Chưa thực hiện)"],
      [
        "VD",
        "Ví dụ: Xây dựng Kế hoạch CCHC năm 2021",
        "1.1",
        "Văn phòng - Thống kê",
        { date: "2021-01-31" as IsoDate },
        "Hoàn thành",
        "(dòng mẫu, xóa khi nhập)",
      ],
      [1, "Số hóa hồ sơ quân nhân dự bị", "1.1", "CC Tư pháp - Hộ tịch", { date: "2021-11-30" as IsoDate }, "Đang thực hiện"],
      ["…", "…", "…", "…", "…", "…"],
      ["Tổng số", 1, "Hoàn thành:", 0, "Quá hạn:", 1],
    ]);
    const c = consolidate([{ file: "bieu01.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.content, t.lead, t.due])).toEqual([
      ["Số hóa hồ sơ quân nhân dự bị", "Công chức Tư pháp-Hộ tịch", "2021-11-30"],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.message.includes("dòng ví dụ")])).toEqual([[3, true]]);
  });

  it("reads figures kept one row per part (Tử số, Mẫu số, Tỷ lệ) as one reading each, on its last part's row", () => {
    const g = gridOf([
      ["Năm", "Kỳ", "Mã chỉ số", "Tên chỉ số", "Thành phần", "Giá trị", "Đơn vị"],
      [2021, "Tháng 10", "1.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "Tử số", 16, "hồ sơ"],
      [2021, "Tháng 10", "1.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "Mẫu số", 270, "hồ sơ"],
      [2021, "Tháng 10", "1.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "Tỷ lệ", 5.93, "%"],
      [2021, "Tháng 10", "1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Tử số", 259, "hồ sơ"],
      [2021, "Tháng 10", "1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Mẫu số", 261, "hồ sơ"],
      [2021, "Quý III", "1.4", "Tỷ lệ giải ngân vốn đầu tư công", "Tỷ lệ", 0.584, "%"],
    ]);
    g.formats["7:6"] = "0.0%";
    const c = consolidate([{ file: "chiso.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator, Math.round((r.value ?? 0) * 10) / 10])).toEqual(
      [
        [4, "1.1", "2021-10-31", 16, 270, 5.9],
        [6, "1.2", "2021-10-31", 259, 261, 99.2],
        [7, "1.4", "2021-09-30", null, null, 58.4],
      ],
    );
    expect(c.readings[0].note).toContain("Tử số dòng 2, Mẫu số dòng 3, Tỷ lệ dòng 4");
  });

  it("reads the rows under a task table's section 'KẾT QUẢ CÁC CHỈ SỐ' as indicators' figures, not tasks", () => {
    const g = gridOf([
      ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC QUÝ IV/2021"],
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Kết quả"],
      ["I. NHIỆM VỤ"],
      [1, "Gửi văn bản điện tử có ký số đến các cơ quan cấp huyện", "1.5", "VP-TK", d("2021-12-31"), "Đang thực hiện"],
      ["II. KẾT QUẢ CÁC CHỈ SỐ"],
      [1, "Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4", "1.1", "Một cửa", d("2021-11-30"), "26,2% (79/301 hồ sơ)"],
      [2, "Tỷ lệ giải ngân vốn đầu tư công", "1.4", "TC-KT", d("2021-11-30"), "81,3%"],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => t.source.row)).toEqual([4]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator, Math.round((r.value ?? 0) * 10) / 10])).toEqual(
      [
        [6, "1.1", "2021-11-30", 79, 301, 26.2],
        [7, "1.4", "2021-11-30", null, null, 81.3],
      ],
    );
    expect(c.readings[0].note).toContain('Số liệu theo mục "II. KẾT QUẢ CÁC CHỈ SỐ"');
    expect(c.readings[0].note).toContain("Chủ trì: Một cửa");
  });

  it("reads the status of rows from their sheet's name ('Đang làm', 'Đã xong') where no column gives it", () => {
    const head = ["STT", "Công việc", "Tiêu chí", "Thời hạn", "Đã làm được"];
    const doing = gridOf(
      [head, [1, "Xây dựng chuyên mục CCHC trên Trang thông tin điện tử xã", "2.1", d("2021-12-31"), "đã đăng 7/10 bài"]],
      {
        sheet: "Đang làm",
      },
    );
    const todo = gridOf([head, [1, "Khảo sát ý kiến người dân về trang thiết bị", "2.1", d("2021-11-30")]], { sheet: "Chưa làm" });
    const c = consolidate([{ file: "vhxh.xlsx", ok: true, grids: [doing, todo] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.sheet, t.status, t.progress])).toEqual([
      ["Đang làm", "Đang thực hiện", 70],
      ["Chưa làm", "Chưa thực hiện", 0],
    ]);
    expect(c.tasks[1].note).toContain('Trạng thái theo tên sheet "Chưa làm"');
  });

  it("reads a task's dated update rows: the last says where it stands, done that day; the office the title names leads", () => {
    const g = gridOf([
      ["BAN CHỈ HUY QUÂN SỰ XÃ IA TÔ"],
      ["STT", "Nội dung / các lần cập nhật", "Tiêu chí", "Hạn", "Tình trạng"],
      [1, "Số hóa hồ sơ đăng ký nghĩa vụ quân sự lần đầu", "1.1", d("2021-11-30")],
      [null, "+ 15/10: đã số hóa 120/350 hồ sơ", null, null, "Đang làm"],
      [null, "+ 06/12: xong 350/350 hồ sơ, bàn giao dữ liệu cho Ban CHQS huyện", null, null, "Xong"],
      [2, "Tuyên truyền đăng ký nghĩa vụ quân sự trực tuyến", "1.1", d("2021-12-31")],
      [null, "+ 25/11: đã tuyên truyền tại 5/6 thôn", null, null, "Đang làm"],
    ]);
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.status, t.doneDate, t.progress, t.verdict])).toEqual([
      [3, "Chỉ huy trưởng Quân sự xã", "Hoàn thành", "2021-12-06", 100, "Trễ hạn"],
      [6, "Chỉ huy trưởng Quân sự xã", "Đang thực hiện", null, 83.33, "Chưa đến hạn"],
    ]);
    expect(c.tasks[0].note).toContain("Trạng thái theo lần cập nhật cuối (06/12)");
  });

  it("reads a desk's daily tally of one field as the month's record: the 'Cộng' row's counts and the stock lines beside it", () => {
    const g = gridOf(
      [
        ["SỔ THEO DÕI SỐ LƯỢNG HỒ SƠ LĨNH VỰC HỘ TỊCH - THÁNG 11/2021"],
        ["Hồ sơ kỳ trước chuyển sang:", null, 4],
        ["Ngày", "Tiếp nhận", null, "Đã giải quyết", null, null, "Trả lại, rút hồ sơ"],
        [null, "Trực tuyến", "Trực tiếp, bưu chính", "Trước hạn", "Đúng hạn", "Quá hạn"],
        [d("2021-11-01"), 1, 4, 2, 0, 0, 0],
        [d("2021-11-02"), 0, 1, 4, 0, 0, 0],
        [d("2021-11-03"), 2, 3, 1, 1, 1, 1],
        ["Cộng tháng 11", 3, 8, 8, 1, 1, 1],
        [],
        ["Hồ sơ đang giải quyết trong hạn (đến 30/11/2021):", null, 5],
        ["Hồ sơ đang giải quyết quá hạn (đến 30/11/2021):", null, 0],
      ],
      {
        merges: [
          { top: 3, left: 2, bottom: 3, right: 3 },
          { top: 3, left: 4, bottom: 3, right: 6 },
          { top: 3, left: 1, bottom: 4, right: 1 },
          { top: 3, left: 7, bottom: 4, right: 7 },
        ],
      },
    );
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings).toEqual([]);
    expect(c.dossiers).toEqual([
      {
        field: "Hộ tịch",
        from: "2021-11-01",
        to: "2021-11-30",
        carriedOver: 4,
        online: 3,
        inPerson: 8,
        early: 8,
        onTime: 1,
        late: 1,
        pendingInTime: 5,
        pendingOverdue: 0,
        returned: 1,
        source: { file: "so.xlsx", sheet: "Theo dõi", row: 8 },
      },
    ]);
    // The total row disagrees with the days in one column: named, the total row's taken.
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH").map((p) => [p.row, p.column])).toEqual([[8, "D"]]);
  });

  it("reads the plan pasted line by line: the lines under 'b.' are tasks, led and timed by the 'c.' and 'd.' lines after them", () => {
    const g = gridOf([
      ["Nội dung Kế hoạch 49/KH-UBND", "Tình hình thực hiện", "Ngày hoàn thành", "Văn bản, minh chứng"],
      ["1. Tập trung khắc phục, cải thiện các tiêu chí còn hạn chế."],
      ["1.1. Tiêu chí “Thực hiện kế hoạch CCHC” - Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4."],
      ["a. Mục tiêu, yêu cầu: Nâng cao tỷ lệ hồ sơ TTHC được xử lý trực tuyến.", "Đến 30/9/2021 đạt 24,6% (62/252 hồ sơ)"],
      ["b. Nhiệm vụ, giải pháp:"],
      ["- Tuyên truyền trên hệ thống loa phát thanh về các TTHC mức độ 3, 4.", "Đang thực hiện: đã phát 8 buổi"],
      ["c. Phân công trách nhiệm:"],
      ["- Chủ trì: Công chức Văn hóa-Xã hội."],
      ["- Phối hợp: Bộ phận Tiếp nhận và trả kết quả xã."],
      ["d. Thời gian thực hiện/hoàn thành: Trong năm 2021."],
      ["2.5. Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh kiến nghị."],
      ["a. Mục tiêu, yêu cầu: Giữ vững tỷ lệ hài lòng."],
      ["b. Nhiệm vụ, giải pháp:"],
      [
        "- Công khai số điện thoại đường dây nóng của lãnh đạo Ủy ban nhân dân xã.",
        "Hoàn thành",
        { date: "2021-09-28" as IsoDate },
        "TB 41/TB-UBND",
      ],
      ["c. Phân công trách nhiệm:"],
      ["- Chủ trì: Công chức Văn phòng-Thống kê."],
      ["d. Thời gian thực hiện/hoàn thành: Trong năm 2021."],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.partners, t.due, t.status])).toEqual([
      [6, "1.1", "Công chức Văn hóa-Xã hội", "Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31", "Đang thực hiện"],
      [14, "2.5", "Công chức Văn phòng-Thống kê", "", "2021-12-31", "Hoàn thành"],
    ]);
    expect(c.tasks[0].note).toContain("Chủ trì theo dòng 8 (phân công trách nhiệm)");
    // The objective's figures are the criterion's reading at that day.
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator])).toEqual([[4, "1.1", "2021-09-30", 62, 252]]);
  });

  it("leaves out an official's other work in a list that names the plan for its CCHC rows, and names each row", () => {
    const g = gridOf([
      ["STT", "Công việc", "Theo văn bản", "Tiêu chí CCHC", "Hạn", "Tình trạng"],
      [1, "Lập dự toán thu, chi ngân sách xã năm 2022", "CV 312/TCKH-NS", null, d("2021-11-15"), "Hoàn thành"],
      [2, "Thanh toán vốn công trình đường liên thôn", "KH 49/KH-UBND", "1.4", d("2021-11-30"), "Đang thực hiện"],
      [3, "Chi hỗ trợ người dân gặp khó khăn do đại dịch Covid-19", "KH 27/KH-UBND phòng, chống dịch", null, d("2021-10-31"), "Hoàn thành"],
      [4, "Công khai dự toán ngân sách trên Trang TTĐT xã", "KH 49/KH-UBND", "2.2", d("2021-12-31"), "Đang thực hiện"],
      [5, "Thu lệ phí không dùng tiền mặt qua Cổng dịch vụ công", "KH 49", "1.1", d("2021-11-30"), "Chưa thực hiện"],
      [6, "Hướng dẫn người dân nộp hồ sơ trực tuyến", "KH 49/KH-UBND", null, d("2021-12-31"), "Đang thực hiện"],
    ]);
    const c = consolidate([{ file: "tckt.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    // Row 7 names the plan: a CCHC task whose criterion is suggested.
    expect(c.tasks.map((t) => t.source.row).sort()).toEqual([3, 5, 6, 7]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([2, 4]);
    // The document a row comes from is not its evidence.
    expect(c.tasks.map((t) => t.evidence)).toEqual(["", "", "", ""]);
  });

  it("reads a dashboard of tiles: a reading per tile whose title names a criterion, dated by the title; count tiles are not readings", () => {
    const g = gridOf(
      [
        [null, "TỔNG QUAN CHỈ SỐ CCHC - SỐ LIỆU ĐẾN NGÀY 31/10/2021"],
        [],
        [null, "HỒ SƠ TRỰC TUYẾN (TC 1.1)", null, null, null, "GIẢI QUYẾT ĐÚNG HẠN (TC 1.2)"],
        [null, "25,8%", null, null, null, 0.978],
        [],
        [null, "71/275 hồ sơ • mục tiêu: tăng so với 2020", null, null, null, "490/501 hồ sơ"],
        [],
        [null, "NHIỆM VỤ ĐÃ HOÀN THÀNH", null, null, null, "HỒ SƠ ĐANG QUÁ HẠN"],
        [null, "18/25", null, null, null, 3],
      ],
      { formats: { "4:6": "0.0%" } },
    );
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator, Math.round((r.value ?? 0) * 10) / 10])).toEqual(
      [
        [4, "1.1", "2021-10-31", 71, 275, 25.8],
        [4, "1.2", "2021-10-31", 490, 501, 97.8],
      ],
    );
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED")).toEqual([]);
    // The count tiles are named with what they show, not dropped.
    expect(
      c.problems
        .filter((p) => p.code === "ROW_SKIPPED")
        .map((p) => p.value)
        .sort(),
    ).toEqual(["HỒ SƠ ĐANG QUÁ HẠN", "NHIỆM VỤ ĐÃ HOÀN THÀNH"]);
  });

  it("reads a comparison with the same period last year: 'Kỳ này' is the reading, the year before kept in Ghi chú; a count row is named", () => {
    const g = gridOf([
      ["SO SÁNH MỘT SỐ CHỈ SỐ CCHC VỚI CÙNG KỲ NĂM TRƯỚC"],
      ["Kỳ này: từ ngày 15/12/2020 đến ngày 14/12/2021; cùng kỳ: từ ngày 15/12/2019 đến ngày 14/12/2020"],
      ["STT", "Chỉ số", "Tiêu chí", "Cùng kỳ năm trước", "Kỳ này", "Tăng (+), giảm (-)"],
      [1, "Tỷ lệ hồ sơ giải quyết đúng hạn (%)", "1.2", 95.1, 98, "+2,9"],
      [2, "Chỉ số hài lòng về tổ chức giải quyết TTHC (%)", "2.2", 90.2, 88.6, "-1,6"],
      [3, "Số hồ sơ TTHC tiếp nhận (hồ sơ)", null, 523, 602, "+79"],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.value])).toEqual([
      [4, "1.2", "2021-12-14", 98],
      [5, "2.2", "2021-12-14", 88.6],
    ]);
    expect(c.readings[1].note).toContain("Cùng kỳ năm trước: 90.2");
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([6]);
  });

  it("leaves a legend beside an offset table out of the tasks on its rows, and names it", () => {
    const g = gridOf([
      [
        'Cách ghi cột "Đánh giá tiến độ":',
        null,
        null,
        "TT",
        "Nhiệm vụ được giao",
        "Tiêu chí",
        "Cơ quan thực hiện",
        "Thời hạn",
        "Đánh giá tiến độ",
      ],
      [
        "- Hoàn thành đúng hạn",
        null,
        null,
        1,
        "Rà soát quy trình nội bộ giải quyết TTHC đất đai",
        "1.2",
        "PCT",
        d("2021-11-30"),
        "Chậm tiến độ",
      ],
      ["- Chậm tiến độ", null, null, 2, "Xin lỗi người dân đối với hồ sơ trễ hẹn", "1.2", "Một cửa", d("2021-12-31"), "Đúng tiến độ"],
    ]);
    const c = consolidate([{ file: "ct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => t.note).join(" | ")).not.toContain("Hoàn thành đúng hạn");
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN").map((p) => p.column)).toEqual(["A"]);
  });

  it("reads a progress sentence that is not over ('đã phát …; đang tổng hợp, chưa xong', 'dự kiến ban hành') as under way", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình hình thực hiện"],
      [
        1,
        "Tổng hợp kết quả phiếu đánh giá",
        "2.4",
        "VP-TK",
        d("2021-11-30"),
        "Đã phát 160 phiếu từ 01/11 đến 20/11; đang tổng hợp, chưa xong (hẹn 10/12).",
      ],
      [
        2,
        "Xây dựng Quy chế văn thư điện tử",
        "1.5",
        "VP-TK",
        d("2021-11-30"),
        "Ngày 05/11 đã họp lấy ý kiến; dự kiến ban hành 20/12/2021.",
      ],
      [3, "Cập nhật TTHC lên bảng niêm yết", "2.2", "VP-TK", d("2021-11-30"), "Đã niêm yết xong ngày 20/11/2021"],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.verdict]).sort()).toEqual([
      [2, "Đang thực hiện", "Quá hạn"],
      [3, "Đang thực hiện", "Quá hạn"],
      [4, "Hoàn thành", "Đúng hạn"],
    ]);
  });

  it("reads 70 typed into a cell formatted as a percentage as 70 %, and says so", () => {
    const g = gridOf(
      [
        ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Tiến độ (%)"],
        [1, "Thanh toán khối lượng công trình nhà văn hóa", "1.4", "TC-KT", { date: "2021-12-31" as IsoDate }, 70],
        [2, "Báo cáo tình hình giải ngân", "1.4", "TC-KT", { date: "2021-12-31" as IsoDate }, 0.9],
      ],
      { formats: { "2:6": "0%", "3:6": "0%" } },
    );
    const c = consolidate([{ file: "tckt.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => t.progress)).toEqual([70, 90]);
    expect(c.tasks[0].note).toContain("ghi 70 trong ô định dạng phần trăm");
  });

  it("takes a row's criterion from the plan item its 'Căn cứ' cell names ('Mục II.1.4', 'KH 49, mục 1.7'); a section I or III reference is none", () => {
    const g = gridOf([
      ["STT", "Nội dung chỉ đạo", "Căn cứ (mục, điểm của KH 49)", "Giao cho", "Thời hạn", "Kết quả"],
      [
        1,
        "Kiểm tra tiến độ giải ngân tại thực địa các công trình",
        "Mục II.1.4, điểm b",
        "Chủ tịch UBND xã",
        d("2021-11-30"),
        "Hoàn thành",
      ],
      [2, "Rà soát các chỉ tiêu kinh tế - xã hội chưa đạt", "KH 49, mục 1.7", "PCT", d("2021-11-30"), "Đang thực hiện"],
      [3, "Phân công công chức trả lời phản ánh kiến nghị", "Điểm b khoản 2.5 Mục II", "VP-TK", d("2021-10-31"), "Hoàn thành"],
      [4, "Phát hiện, nêu gương điển hình sáng kiến", "Mục III.3", "VH-XH", d("2021-12-20"), "Chưa thực hiện"],
    ]);
    const c = consolidate([{ file: "ct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const byRow = new Map(c.tasks.map((t) => [t.source.row, t]));
    expect([2, 3, 4].map((r) => byRow.get(r)?.code)).toEqual(["1.4", "1.7", "2.5"]);
    expect(byRow.get(3)?.note).toContain('Mã tiêu chí 1.7 theo căn cứ "KH 49, mục 1.7"');
    // "Phát hiện, nêu gương điển hình sáng kiến" under "Mục III.3": no item's, and none guessed.
    expect([byRow.get(5)?.code, byRow.get(5)?.codeSuggested]).toEqual([null, false]);
  });

  it("keeps the latest copy of a table stacked on one sheet under its update days ('CẬP NHẬT NGÀY …'), newest on top or not", () => {
    const head = ["STT", "Nội dung", "TC", "Người thực hiện", "Hạn", "Tình trạng", "Ngày xong"];
    const g = gridOf([
      ["CẬP NHẬT NGÀY 10/12/2021"],
      head,
      [1, "Cấp căn cước công dân lưu động tại các thôn", "2.1", "Trưởng CA", d("2021-11-30"), "Hoàn thành", d("2021-12-03")],
      [],
      ["CẬP NHẬT NGÀY 15/10/2021"],
      head,
      [1, "Cấp căn cước công dân lưu động tại các thôn", "2.1", "Trưởng CA", d("2021-11-30"), "Chưa thực hiện"],
    ]);
    const c = consolidate([{ file: "ca.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.verdict])).toEqual([[3, "Hoàn thành", "Trễ hạn"]]);
    const named = c.problems.find((p) => p.code === "DUPLICATE_TASK");
    expect([named?.row, named?.message]).toEqual([
      7,
      expect.stringContaining(
        'bản cập nhật ngày 15/10/2021 của nhiệm vụ ở dòng 3 (cập nhật ngày 10/12/2021); dùng bản mới, bản này ghi "Chưa thực hiện"',
      ),
    ]);
  });

  it("dates a table of rates by the workbook's cover sheet ('Kỳ khảo sát: … số liệu đến hết ngày 30/11/2021'), and says so", () => {
    const cover = gridOf(
      [
        ["ỦY BAN NHÂN DÂN XÃ QUẢNG LỘC"],
        ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG (SIPAS)"],
        ["Kỳ khảo sát: Quý IV/2021 - số liệu đến hết ngày 30/11/2021"],
      ],
      { sheet: "Bia" },
    );
    const table = gridOf(
      [
        ["STT", "Mã", "Chỉ số thành phần", "Số phiếu hài lòng", "Số phiếu trả lời", "Tỷ lệ (%)"],
        [1, "2.1", "Hài lòng về tiếp cận dịch vụ", 140, 160, 87.5],
        [2, "2.3", "Hài lòng về công chức giải quyết TTHC", 150, 160, 93.8],
      ],
      { sheet: "KQ khao sat" },
    );
    const c = consolidate([{ file: "sipas.xlsx", ok: true, grids: [cover, table] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator])).toEqual([
      [2, "2.1", "2021-11-30", 140, 160],
      [3, "2.3", "2021-11-30", 150, 160],
    ]);
    expect(c.readings[0].note).toContain('Kỳ số liệu theo sheet "Bia"');
  });

  it("counts a deadline from the event it names ('Trong 10 ngày kể từ … (nhận ngày 08/11/2021)'), never the event's own day", () => {
    const g = gridOf([
      ["STT", "Nhiệm vụ", "TC", "Thời gian hoàn thành", "Kết quả", "Ngày xong"],
      [
        1,
        "Cập nhật TTHC mới công bố lên bảng niêm yết",
        "2.2",
        "Trong 10 ngày kể từ ngày nhận QĐ công bố (nhận ngày 08/11/2021)",
        "Hoàn thành",
        d("2021-11-12"),
      ],
      [
        2,
        "Đăng tin quảng bá sản phẩm OCOP",
        "1.6",
        "Ngay sau khi sản phẩm được công nhận (QĐ công nhận ngày 19/10/2021)",
        "Hoàn thành",
        d("2021-10-25"),
      ],
      [3, "Lấy ý kiến người dân về chất lượng phục vụ", "2.3", "Chậm nhất 15 ngày sau khi kết thúc quý IV/2021", "Chưa thực hiện"],
    ]);
    const c = consolidate([{ file: "vhxh.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const byRow = new Map(c.tasks.map((t) => [t.source.row, t]));
    expect([2, 3, 4].map((r) => [byRow.get(r)?.due, byRow.get(r)?.verdict])).toEqual([
      ["2021-11-18", "Đúng hạn"],
      // A deadline known only by its event: nothing to judge the day done against.
      [null, null],
      ["2022-01-15", "Chưa đến hạn"],
    ]);
    expect(byRow.get(2)?.note).toContain("Hạn tính từ 08/11/2021 cộng 10 ngày: 18/11/2021");
    // The event-only deadline is named, not dated.
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => p.row)).toEqual([3]);
  });

  it("reads a printed form whose headings and rows are merged over the same bands of columns, a row left unmerged too", () => {
    const band = (r: number) => [
      { top: r, left: 2, bottom: r, right: 5 },
      { top: r, left: 6, bottom: r, right: 7 },
      { top: r, left: 8, bottom: r, right: 10 },
      { top: r, left: 11, bottom: r, right: 13 },
    ];
    const g = gridOf(
      [
        ["BIỂU THEO DÕI NHIỆM VỤ CẢI CÁCH TTHC NĂM 2021"],
        ["TT", "Nội dung nhiệm vụ", null, null, null, "Tiêu chí", null, "Thời hạn", null, null, "Kết quả thực hiện"],
        [1, "Hướng dẫn nộp hồ sơ trực tuyến mức độ 3, 4", null, null, null, "1.1", null, d("2021-12-31"), null, null, "Đang thực hiện"],
        [2, "Bố trí ghế chờ, máy lấy số thứ tự", null, null, null, "2.1", null, d("2021-10-31"), null, null, "Hoàn thành ngày 29/10/2021"],
        // Left unmerged: its values typed in the bands' middles.
        [
          3,
          "Niêm yết bộ TTHC mới theo Quyết định công bố",
          null,
          null,
          null,
          null,
          "2.2",
          null,
          d("2021-11-15"),
          null,
          null,
          "Chưa thực hiện",
        ],
      ],
      { merges: [{ top: 1, left: 1, bottom: 1, right: 13 }, ...band(2), ...band(3), ...band(4)] },
    );
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status]).sort()).toEqual([
      [3, "1.1", "2021-12-31", "Đang thực hiện"],
      [4, "2.1", "2021-10-31", "Hoàn thành"],
      [5, "2.2", "2021-11-15", "Chưa thực hiện"],
    ]);
  });

  it("reads a criterion's figures kept as lines in one cell, a reading per dated line; the target column is not figures", () => {
    const g = gridOf([
      ["THEO DÕI CÁC CHỈ TIÊU DO TÀI CHÍNH - KẾ TOÁN PHỤ TRÁCH NĂM 2021"],
      ["TT", "Tiêu chí", "Chỉ tiêu năm 2021", "Số liệu thực hiện (ghi theo từng mốc)"],
      [
        1,
        "1.4 - Giải ngân vốn đầu tư công",
        "Đến 30/9: 60%; đến 31/01/2022: 100%",
        "30/9: 2,10/3,60 tỷ (58,3%)\n31/10: 2,53/3,60 tỷ (70,3%)",
      ],
      [2, "1.7 - Chỉ tiêu KT-XH do HĐND xã giao", "14/14 chỉ tiêu", "Quý III: 9/14 chỉ tiêu đạt\nĐến 30/11: 11/14 chỉ tiêu đạt"],
      [3, "1.3 - Tỷ lệ CBCC đạt chuẩn", "100%", "Đầu năm: 19/21 người (90,5%)\nĐến 30/11: 20/21 người (95,2%)"],
    ]);
    const c = consolidate([{ file: "tckt.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator, Math.round((r.value ?? 0) * 10) / 10])).toEqual(
      [
        [5, "1.3", "2021-11-30", 20, 21, 95.2],
        [3, "1.4", "2021-09-30", null, null, 58.3],
        [3, "1.4", "2021-10-31", null, null, 70.3],
        [4, "1.7", "2021-09-30", 9, 14, 64.3],
        [4, "1.7", "2021-11-30", 11, 14, 78.6],
      ],
    );
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.value)).toEqual(["Đầu năm: 19/21 người (90,5%)"]);
    // The row's other cells go with each reading, the target among them.
    expect(c.readings.find((r) => r.code === "1.4")?.note).toContain("Chỉ tiêu năm 2021: Đến 30/9: 60%");
  });

  it("reads a sheet whose rows' arrays have holes (cells never written) without failing the file", () => {
    const sparse: GridCell[] = [];
    sparse[0] = 1;
    sparse[3] = "Rà soát thủ tục hành chính lĩnh vực hộ tịch";
    sparse[5] = "Đang thực hiện";
    const g = gridOf([["Ghi chú đầu sheet"], ["STT", null, null, "Nội dung công việc", null, "Trạng thái"], sparse]);
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.content, t.status])).toEqual([["Rà soát thủ tục hành chính lĩnh vực hộ tịch", "Đang thực hiện"]]);
  });

  it("takes a bare person's name as lead for the official the file is named for, the person kept in Ghi chú; 'Bà …' stays as written", () => {
    const g = gridOf(
      [
        ["STT", "Nội dung", "TC", "Người thực hiện", "Hạn", "Tình trạng"],
        [1, "Xây dựng Quy chế văn thư, lưu trữ điện tử", "1.5", "Phan Đức Mạnh", d("2021-11-30"), "Đang thực hiện"],
        [2, "Tổng hợp ý kiến người dân về chất lượng phục vụ", "2.4", "Bà Nguyễn Thị Hoa", d("2021-12-31"), "Đang thực hiện"],
      ],
      { file: "07_VPTK_theo-doi.xlsx" },
    );
    const c = consolidate([{ file: "07_VPTK_theo-doi.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.lead]).sort()).toEqual([
      [2, "Công chức Văn phòng-Thống kê"],
      [3, "Bà Nguyễn Thị Hoa"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 2)?.note).toContain("Người phụ trách: Phan Đức Mạnh; Chủ trì lấy theo tên tệp");
  });

  it("reads a task per group on each row where numbered groups repeat the same headings ('Nhiệm vụ 1 | Nhiệm vụ 2' over 'Nội dung | Hạn | Kết quả')", () => {
    const g = gridOf(
      [
        ["TỔNG HỢP NHIỆM VỤ CCHC NĂM 2021"],
        [],
        ["Tiêu chí", "Nhiệm vụ 1", null, null, "Nhiệm vụ 2"],
        [null, "Nội dung", "Hạn", "Kết quả", "Nội dung", "Hạn", "Kết quả"],
        [
          "1.2",
          "Lập sổ theo dõi hạn trả kết quả hồ sơ đất đai",
          d("2021-12-31"),
          "Hoàn thành ngày 11/10/2021",
          "Giải quyết dứt điểm 08 hồ sơ tồn đọng",
          d("2021-12-20"),
          "Đang thực hiện",
        ],
        ["2.2", "Niêm yết TTHC lĩnh vực đất đai theo Quyết định mới", d("2021-09-30"), "Hoàn thành 24/09/2021"],
        [
          "1.4",
          "Thanh toán khối lượng công trình nhà văn hóa",
          d("2021-12-31"),
          "Đang thực hiện",
          "Bàn giao mặt bằng tuyến đường",
          "31/13/2021",
          "Chưa thực hiện",
        ],
        ["1.1", "Hướng dẫn nộp hồ sơ đất đai trực tuyến", "32/12/2021", "Đang thực hiện"],
      ],
      {
        merges: [
          { top: 3, left: 2, bottom: 3, right: 4 },
          { top: 3, left: 5, bottom: 3, right: 7 },
          { top: 3, left: 1, bottom: 4, right: 1 },
        ],
        hiddenRows: [6],
      },
    );
    const c = consolidate([{ file: "dcxd.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.content, t.due, t.status]).sort()).toEqual([
      [5, "1.2", "Giải quyết dứt điểm 08 hồ sơ tồn đọng", "2021-12-20", "Đang thực hiện"],
      [5, "1.2", "Lập sổ theo dõi hạn trả kết quả hồ sơ đất đai", "2021-12-31", "Hoàn thành"],
      [6, "2.2", "Niêm yết TTHC lĩnh vực đất đai theo Quyết định mới", "2021-09-30", "Hoàn thành"],
      [7, "1.4", "Bàn giao mặt bằng tuyến đường", null, "Chưa thực hiện"],
      [7, "1.4", "Thanh toán khối lượng công trình nhà văn hóa", "2021-12-31", "Đang thực hiện"],
      [8, "1.1", "Hướng dẫn nộp hồ sơ đất đai trực tuyến", null, "Đang thực hiện"],
    ]);
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN" || p.code === "ROW_SKIPPED")).toEqual([]);
    // A hidden row is read, and named, as in any table.
    expect(c.problems.filter((p) => p.code === "ROW_HIDDEN").map((p) => p.row)).toEqual([6]);
    // A problem in either group's cell names that cell, not the column the layout reads.
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => [p.row, p.column])).toEqual([
      [7, "F"],
      [8, "C"],
    ]);
  });

  it("reads ditto marks ('nt', '-nt-', '〃') as the value above in the column, and says so", () => {
    const g = gridOf([
      ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn", "Kết quả"],
      [1, "Tổng hợp tình hình giải quyết hồ sơ TTHC hằng tháng", "1.2", "VP-TK", d("2021-12-31"), "Đang thực hiện"],
      [2, "Rà soát hồ sơ trễ hẹn, lập thư xin lỗi theo mẫu", "nt", "-nt-", "〃", "Đang thực hiện"],
      ["II. HIỆN ĐẠI HÓA HÀNH CHÍNH"],
      [3, "Hướng dẫn CBCC sử dụng chữ ký số cá nhân", "1.5", "nt", d("2021-11-15"), "Đang thực hiện"],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due]).sort()).toEqual([
      [2, "1.2", "Công chức Văn phòng-Thống kê", "2021-12-31"],
      [3, "1.2", "Công chức Văn phòng-Thống kê", "2021-12-31"],
      [5, "1.5", "Công chức Văn phòng-Thống kê", "2021-11-15"],
    ]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("(4 ô)");
  });

  it("takes the end of a span written as the time for the work ('01/10 - 15/10/2021', 'Tháng 11 - 12/2021') as its deadline", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Giao cho", "Thời gian thực hiện", "Kết quả"],
      [1, "Kiểm tra thực địa, tháo gỡ vướng mắc mặt bằng", "1.4", "ĐC-XD", "Từ 15/10 đến 30/11/2021", "Đang thực hiện"],
      [2, "Kiểm tra đột xuất tác phong tại Bộ phận Một cửa", "2.3", "VP-TK", "Tháng 11 - 12/2021", "Đã kiểm tra 02 đợt, đang tiếp tục"],
      [3, "Thu phí, lệ phí TTHC không dùng tiền mặt", "1.1", "Một cửa", "01/11/2021-31/12/2021", "Đang thực hiện"],
    ]);
    const c = consolidate([{ file: "ct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.verdict]).sort()).toEqual([
      [2, "2021-11-30", "Đang thực hiện", "Quá hạn"],
      [3, "2021-12-31", "Đang thực hiện", "Chưa đến hạn"],
      [4, "2021-12-31", "Đang thực hiện", "Chưa đến hạn"],
    ]);
  });

  it("reads the ticked choice of a status cell that prints them all ('☐ Chưa ⏎☒ Đang ⏎☐ Hoàn thành'), naming none or two ticked", () => {
    const choice = (ticks: string) =>
      ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"].map((w, i) => `${ticks[i] === "x" ? "☒" : "☐"} ${w}`).join("\n");
    const g = gridOf([
      ["STT", "Nội dung nhiệm vụ", "Tiêu chí", "Chủ trì", "Hạn hoàn thành", "Tình trạng", "Ngày hoàn thành"],
      [1, "Tuyên truyền dịch vụ công trực tuyến trên loa", "1.1", "VH-XH", d("2021-12-31"), choice("-x-")],
      [2, "Đăng tin hướng dẫn nộp hồ sơ trực tuyến", "1.1", "VH-XH", d("2021-11-30"), choice("--x"), d("2021-11-27")],
      [3, "Cập nhật TTHC lên bảng niêm yết", "2.2", "VH-XH", d("2021-12-20"), choice("---")],
      [4, "Phát phiếu khảo sát SIPAS tại các thôn", "2.4", "VH-XH", d("2021-11-30"), choice("-xx")],
      [
        5,
        "Tuyên truyền nộp hồ sơ qua bưu chính công ích",
        "2.2",
        "VH-XH",
        d("2021-12-20"),
        "☑ Chưa thực hiện ☐ Đang thực hiện ☐ Hoàn thành",
      ],
    ]);
    const c = consolidate([{ file: "vhxh.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status]).sort()).toEqual([
      [2, "Đang thực hiện"],
      [3, "Hoàn thành"],
      [4, "Chưa thực hiện"],
      [5, "Đang thực hiện"],
      [6, "Chưa thực hiện"],
    ]);
    expect(c.problems.filter((p) => ["UNKNOWN_STATUS", "STATUS_CONTRADICTION"].includes(p.code)).map((p) => [p.code, p.row])).toEqual([
      ["UNKNOWN_STATUS", 4],
      ["STATUS_CONTRADICTION", 5],
    ]);
  });

  it("reads a bare day under a month's group row ('15' under 'THÁNG 10/2021') as that month's day, and 'Xong ngày' as the day done", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Hạn (ngày)", "Tình hình", "Xong ngày"],
      ["THÁNG 10/2021"],
      [1, "Chỉ đạo rà soát các dự án chậm giải ngân", "1.4", "PCT", 15, "Hoàn thành", "14/10/2021"],
      [2, "Họp Ban quản lý xã về tiến độ công trình", "1.4", "PCT", "29", "Hoàn thành", "02/11/2021"],
      ["THÁNG 11/2021"],
      [3, "Đôn đốc nghiệm thu, thanh toán khối lượng", "1.4", "TC-KT", 31, "Đang thực hiện"],
    ]);
    const c = consolidate([{ file: "pct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.dueText, t.doneDate, t.verdict]).sort()).toEqual([
      [3, "2021-10-15", null, "2021-10-14", "Đúng hạn"],
      [4, "2021-10-29", null, "2021-11-02", "Trễ hạn"],
      [6, null, "31", null, null],
    ]);
    expect(c.tasks[0].note).toContain('Hạn ghi ngày "15" dưới dòng "THÁNG 10/2021": 15/10/2021');
    // 31 November does not exist: kept as written and named.
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => [p.row, p.value])).toEqual([[6, "31"]]);
  });

  it("takes a readings table's codes from its numbering column ('2.1 | Tiếp cận dịch vụ'), and names its overall row", () => {
    const g = gridOf([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG QUÝ IV NĂM 2021"],
      ["TT", "Chỉ số thành phần", "Số phiếu thu về", "Số phiếu hài lòng", "Tỷ lệ hài lòng (%)"],
      ["2.1", "Tiếp cận dịch vụ", 160, 138, 86.25],
      ["2.2", "Thủ tục hành chính", 160, 141, 88.13],
      ["2.3", "Công chức trực tiếp giải quyết công việc", 160, 150, 93.75],
      [null, "Chỉ số hài lòng chung", null, null, 88.25],
      [],
      ["Ghi chú: phát 170 phiếu, thu về 160 phiếu hợp lệ; quý III/2021 đạt 86,9%."],
    ]);
    const c = consolidate([{ file: "sipas.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((x) => [x.source.row, x.code, x.numerator, x.denominator])).toEqual([
      [3, "2.1", 138, 160],
      [4, "2.2", 141, 160],
      [5, "2.3", 150, 160],
    ]);
    expect(c.problems.filter((p) => p.code === "CRITERION_SUGGESTED")).toEqual([]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.value])).toContainEqual([6, "Chỉ số hài lòng chung"]);
  });

  it("reads periods down and criteria across written as fractions ('48/230', '226/228 (99,1%)'), a reading per cell, never the targets row", () => {
    const g = gridOf([
      ["SỐ LIỆU LŨY KẾ CÁC CHỈ SỐ CCHC NĂM 2021"],
      ["Kỳ số liệu", "TC 1.1 - Hồ sơ trực tuyến / tổng số hồ sơ", "TC 1.2 - Hồ sơ đúng hạn / đã giải quyết", "Ghi chú"],
      ["Quý III/2021 (đến 30/9)", "48/230", "226/228 (99,1%)"],
      ["Tháng 10/2021 (lũy kế đến 31/10)", "61/262", "258/260", "Số liệu lấy ngày 05/11/2021"],
      ["Tháng 11/2021", null, null, "(chưa có số liệu)"],
      ["Chỉ tiêu năm 2021", "Tăng so với năm 2020", "100%", "Theo KH 49/KH-UBND"],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((x) => [x.source.row, x.code, x.date, x.numerator, x.denominator]).sort()).toEqual([
      [3, "1.1", "2021-09-30", 48, 230],
      [3, "1.2", "2021-09-30", 226, 228],
      [4, "1.1", "2021-10-31", 61, 262],
      [4, "1.2", "2021-10-31", 258, 260],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([5, 6]);
    expect(c.tasks).toEqual([]);
  });

  it("reads dates as Google Sheets shows them ('15 thg 11, 2021', 'Thứ Hai, 22 tháng 11, 2021') and a day done said from the deadline ('chậm 5 ngày')", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày xong"],
      [1, "Sắp xếp ghế chờ tại khu vực chờ", "2.1", "Một cửa", "20 thg 11, 2021", "Đã xong", "Thứ Hai, 22 tháng 11, 2021"],
      [2, "Tuyên truyền sản phẩm OCOP", "1.6", "VH-XH", "15/11/2021", "Xong, chậm 5 ngày"],
      [3, "Niêm yết TTHC lĩnh vực văn hóa", "2.2", "VH-XH", "30/11/2021", "Hoàn thành sớm 1 tuần"],
    ]);
    const c = consolidate([{ file: "gs.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.doneDate, t.verdict]).sort()).toEqual([
      [2, "2021-11-20", "2021-11-22", "Trễ hạn"],
      [3, "2021-11-15", "2021-11-20", "Trễ hạn"],
      [4, "2021-11-30", "2021-11-23", "Đúng hạn"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 3)?.note).toContain(
      'Ngày hoàn thành tính từ hạn 15/11/2021 theo "Xong, chậm 5 ngày": 20/11/2021',
    );
    expect(c.problems.filter((p) => ["BAD_DATE", "DONE_WITHOUT_DATE"].includes(p.code))).toEqual([]);
  });

  it("marks each figure of a table titled as running totals ('Số liệu lũy kế từ 01/01/2021') in its period, and reads the notes beside month blocks", () => {
    const g = gridOf(
      [
        ["SỐ LIỆU CÁC CHỈ SỐ CCHC THEO THÁNG NĂM 2021"],
        ["(Số liệu lũy kế từ 01/01/2021 đến hết mỗi tháng)"],
        ["TT", "Mã TC", "Chỉ số", "Tháng 9/2021", null, "Tháng 10/2021", null, "Tháng 12/2021", null, "Ghi chú"],
        [null, null, null, "Đạt", "Tổng", "Đạt", "Tổng", "Đạt", "Tổng"],
        [1, "1.1", "Hồ sơ tiếp nhận trực tuyến / tổng số hồ sơ", 55, 240, 68, 270, null, null, "Không tính hồ sơ chứng thực"],
        [2, "1.2", "Hồ sơ giải quyết đúng hạn / đã giải quyết", 231, 234, 263, 266],
      ],
      {
        merges: [
          { top: 3, left: 4, bottom: 3, right: 5 },
          { top: 3, left: 6, bottom: 3, right: 7 },
          { top: 3, left: 8, bottom: 3, right: 9 },
        ],
      },
    );
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((x) => [x.code, x.period, x.numerator, x.denominator]).sort()).toEqual([
      ["1.1", "Tháng 10/2021 (lũy kế)", 68, 270],
      ["1.1", "Tháng 9/2021 (lũy kế)", 55, 240],
      ["1.2", "Tháng 10/2021 (lũy kế)", 263, 266],
      ["1.2", "Tháng 9/2021 (lũy kế)", 231, 234],
    ]);
    expect(c.readings[0].note).toContain("Không tính hồ sơ chứng thực");
    // December's block has no figures yet: nothing to say, and the sheet is read.
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED")).toEqual([]);
  });

  it("takes as lead the official doing the work ('Công chức tham mưu, thực hiện'), the leader overseeing it only where no one is named", () => {
    const g = gridOf([
      ["STT", "Nội dung nhiệm vụ", "Tiêu chí", "Lãnh đạo phụ trách", "Công chức tham mưu, thực hiện", "Thời hạn", "Kết quả"],
      [1, "Kiểm tra đột xuất tác phong tại Bộ phận Một cửa", "2.3", "Chủ tịch UBND xã", "VP-TK", d("2021-11-30"), "Hoàn thành"],
      [2, "Tổ chức đối thoại với người dân về giải quyết TTHC", "2.5", "Chủ tịch UBND xã", null, d("2021-12-20"), "Chưa thực hiện"],
    ]);
    const c = consolidate([{ file: "ct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(2)?.lead, t(2)?.partners, t(3)?.lead]).toEqual(["Công chức Văn phòng-Thống kê", "", "Chủ tịch Ủy ban nhân dân xã"]);
    expect(t(2)?.note).toContain("Lãnh đạo phụ trách: Chủ tịch UBND xã");
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });

  it("reads a dossier report whose new dossiers are a total with the online ones 'trong đó' ('Tổng số | Trong đó: trực tuyến'), the direct ones the rest", () => {
    const g = gridOf(
      [
        ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC THÁNG 11/2021"],
        ["(Từ ngày 01/11/2021 đến ngày 30/11/2021)"],
        [
          "STT",
          "Lĩnh vực",
          "Tổng số hồ sơ phải giải quyết",
          "Kỳ trước chuyển sang",
          "Tiếp nhận mới trong kỳ",
          null,
          "Đã giải quyết",
          null,
          null,
          null,
          "Đang giải quyết",
          null,
          null,
          "Trả lại, rút hồ sơ",
        ],
        [
          null,
          null,
          null,
          null,
          "Tổng số",
          "Trong đó: trực tuyến",
          "Tổng số",
          "Trước hạn",
          "Đúng hạn",
          "Quá hạn",
          "Tổng số",
          "Trong hạn",
          "Quá hạn",
        ],
        [1, "Hộ tịch", 92, 4, 88, 21, 87, 72, 14, 1, 5, 5, 0, 0],
        [2, "Đất đai", 20, 6, 14, 3, 13, 5, 7, 1, 6, 5, 1, 1],
        [null, "Tổng cộng", 112, 10, 102, 24, 100, 77, 21, 2, 11, 10, 1, 1],
      ],
      {
        merges: [
          { top: 3, left: 5, bottom: 3, right: 6 },
          { top: 3, left: 7, bottom: 3, right: 10 },
          { top: 3, left: 11, bottom: 3, right: 13 },
        ],
      },
    );
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.carriedOver, d.online, d.inPerson, d.onTime, d.pendingOverdue])).toEqual(
      [
        ["Hộ tịch", "2021-11-01", "2021-11-30", 4, 21, 67, 14, 0],
        ["Đất đai", "2021-11-01", "2021-11-30", 6, 3, 11, 7, 1],
      ],
    );
    expect(c.readings).toEqual([]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_COUNT_DERIVED").map((p) => p.value)).toEqual(["E − F"]);
    expect(c.problems.filter((p) => ["DOSSIER_TOTAL_MISMATCH", "UNMAPPED_COLUMN"].includes(p.code))).toEqual([]);
  });

  it("joins a dossier report printed as two tables (received, then results) by field name, the fields in another order", () => {
    const g = gridOf(
      [
        ["TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ TTHC THÁNG 11/2021"],
        ["(Từ ngày 01/11/2021 đến ngày 30/11/2021)"],
        ["I. TÌNH HÌNH TIẾP NHẬN HỒ SƠ"],
        ["STT", "Lĩnh vực", "Số hồ sơ kỳ trước chuyển sang", "Tiếp nhận mới trong kỳ", null, null],
        [null, null, null, "Trực tuyến", "Trực tiếp", "Qua dịch vụ BCCI"],
        [1, "Hộ tịch", 2, 11, 10, 3],
        [2, "Đất đai", 5, 4, 2, 1],
        [null, "Cộng", 7, 15, 12, 4],
        [],
        ["II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ"],
        ["STT", "Lĩnh vực", "Đã giải quyết", null, null, "Đang giải quyết", null, "Trả lại, rút hồ sơ"],
        [null, null, "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
        [1, "Đất đai", 3, 3, 0, 4, 1, 1],
        [2, "Hộ tịch", 20, 3, 0, 3, 0, 0],
        [3, "Chứng thực", 0, 5, 0, 0, 0, 0],
        [null, "Cộng", 23, 11, 0, 7, 1, 1],
      ],
      {
        merges: [
          { top: 4, left: 4, bottom: 4, right: 6 },
          { top: 11, left: 3, bottom: 11, right: 5 },
          { top: 11, left: 6, bottom: 11, right: 7 },
        ],
      },
    );
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(
      (c.dossiers ?? []).map((d) => [
        d.field,
        d.source.row,
        d.carriedOver,
        d.online,
        d.inPerson,
        d.early,
        d.onTime,
        d.pendingOverdue,
        d.returned,
      ]),
    ).toEqual([
      ["Hộ tịch", 6, 2, 11, 13, 20, 3, 0, 0],
      ["Đất đai", 7, 5, 4, 3, 3, 3, 1, 1],
    ]);
    expect(c.readings).toEqual([]);
    // The results table's field the receiving table lacks is named, never dropped silently.
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.value])).toEqual([[15, "Chứng thực"]]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_COUNT_DERIVED").map((p) => p.row)).toEqual([11]);
  });

  it("reads work handed out by official (rows) and criterion (columns), a task per cell with its 'Hạn:' and '→' lines", () => {
    const g = gridOf([
      ["BẢNG PHÂN CÔNG NHIỆM VỤ CCHC QUÝ IV/2021 THEO NGƯỜI THỰC HIỆN VÀ TIÊU CHÍ"],
      ["Người thực hiện", "1.1 - Hồ sơ trực tuyến", "1.2 - Giải quyết đúng hạn", "1.5 - Văn bản điện tử"],
      ["VP-TK (đ/c Phạm Minh Tuấn)", null, null, "Hướng dẫn CBCC ký số văn bản đi\nHạn: 15/11/2021\n→ Xong 12/11"],
      [
        "TP-HT (đ/c Nguyễn Thị Thanh Xuân)",
        "Hướng dẫn đăng ký khai sinh trực tuyến tại các thôn\nHạn: 31/12/2021\n→ Đang làm (4/7 thôn)",
        "Lập sổ theo dõi hồ sơ hộ tịch trễ hẹn\nHạn: 30/10/2021\n→ Xong 02/11",
      ],
      ["ĐC-XD (đ/c Hoàng Văn Thắng)", null, "Lập danh sách hồ sơ đất đai chờ bổ sung\nHạn: 30/11/2021\n→ Chưa làm"],
    ]);
    const c = consolidate([{ file: "pct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due, t.status, t.doneDate, t.verdict]).sort()).toEqual([
      [3, "1.5", "Công chức Văn phòng-Thống kê", "2021-11-15", "Hoàn thành", "2021-11-12", "Đúng hạn"],
      [4, "1.1", "Công chức Tư pháp-Hộ tịch", "2021-12-31", "Đang thực hiện", null, "Chưa đến hạn"],
      [4, "1.2", "Công chức Tư pháp-Hộ tịch", "2021-10-30", "Hoàn thành", "2021-11-02", "Trễ hạn"],
      [5, "1.2", "Công chức Địa chính-Xây dựng", "2021-11-30", "Chưa thực hiện", null, "Quá hạn"],
    ]);
    expect(c.tasks.find((t) => t.code === "1.5")?.content).toBe("Hướng dẫn CBCC ký số văn bản đi");
  });

  it("reads a lead written as a code by the code table beside the task table ('Chủ trì (mã)': 3 → 'Mã | Đơn vị')", () => {
    const g = gridOf([
      [null, null, null, null, null, null, null, "BẢNG MÃ ĐƠN VỊ CHỦ TRÌ"],
      ["STT", "Nội dung nhiệm vụ", "Tiêu chí", "Chủ trì (mã)", "Thời hạn", null, null, "Mã", "Đơn vị / chức danh"],
      [1, "Cập nhật số liệu hồ sơ trực tuyến hằng tháng", "1.1", 3, d("2021-12-31"), null, null, 1, "Chủ tịch UBND xã"],
      [2, "Rà soát hồ sơ giải quyết trễ hạn", "1.2", 4, d("2021-11-30"), null, null, 2, "Phó Chủ tịch UBND xã"],
      [3, "Đôn đốc giải ngân vốn công trình nhà văn hóa", "1.4", "2", d("2021-11-30"), null, null, 3, "Công chức Văn phòng - Thống kê"],
      [4, "Niêm yết công khai TTHC lĩnh vực lao động", "2.2", 9, d("2021-11-15"), null, null, 4, "Bộ phận Tiếp nhận và trả kết quả"],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.lead]).sort()).toEqual([
      [3, "Công chức Văn phòng-Thống kê"],
      [4, "Bộ phận Tiếp nhận và trả kết quả xã"],
      [5, "Phó Chủ tịch Ủy ban nhân dân xã"],
      [6, "9"],
    ]);
    // A code the table does not have is named, never guessed.
    expect(c.problems.filter((p) => p.code === "UNKNOWN_OFFICIAL").map((p) => [p.row, p.value])).toContainEqual([6, "9"]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED")).toEqual([]);
  });

  it("reads a task begun ('Bắt đầu' dated) and not done as under way where no status is written", () => {
    const g = gridOf(
      [
        ["STT", "Nội dung công việc", "TC", "Thời hạn", "Tiến độ thực hiện (ghi ngày)", null, null],
        [null, null, null, null, "Bắt đầu", "Xong dự thảo", "Hoàn thành"],
        [1, "Rà soát, cập nhật TTHC lĩnh vực đất đai", "2.2", d("2021-10-31"), d("2021-10-05"), d("2021-10-15"), d("2021-10-25")],
        [2, "Giải quyết dứt điểm hồ sơ đất đai tồn đọng", "1.2", d("2021-11-30"), d("2021-11-02"), null, null],
        [3, "Hướng dẫn người dân nộp hồ sơ cấp phép xây dựng", "1.1", d("2021-12-31"), null, null, null],
      ],
      { merges: [{ top: 1, left: 5, bottom: 1, right: 7 }] },
    );
    const c = consolidate([{ file: "dcxd.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate]).sort()).toEqual([
      [3, "Hoàn thành", "2021-10-25"],
      [4, "Đang thực hiện", null],
      [5, "Chưa thực hiện", null],
    ]);
    expect(c.tasks.find((t) => t.source.row === 4)?.note).toContain('coi là Đang thực hiện theo cột "Bắt đầu" (02/11/2021)');
  });

  it("reads an indicators' report with results in words ('11 trên 14', '68 phần trăm') as readings, never as tasks", () => {
    const g = gridOf([
      ["BÁO CÁO NHANH KẾT QUẢ CÁC CHỈ SỐ ĐẾN NGÀY 30/11/2021"],
      ["TT", "Mã tiêu chí", "Nội dung chỉ số", "Chỉ tiêu năm 2021", "Kết quả thực hiện", "Tự đánh giá"],
      [
        1,
        "1.4",
        "Tỷ lệ giải ngân vốn đầu tư công",
        "100 phần trăm kế hoạch vốn",
        "Giải ngân 2,72 trên 4 tỷ đồng, bằng 68 phần trăm kế hoạch vốn",
        "Chưa đạt",
      ],
      [2, "1.6", "Tốc độ tăng giá trị sản xuất", "Cao hơn năm 2020", "Ước tăng 6,4 phần trăm so với cùng kỳ", "Đạt"],
      [3, "1.7", "Chỉ tiêu KT-XH do HĐND xã giao đạt", "14 trên 14 chỉ tiêu", "Đạt 11 trên 14 chỉ tiêu (gần 79 phần trăm)", "Chưa đạt"],
    ]);
    const c = consolidate([{ file: "tckt.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator, r.value])).toEqual([
      ["1.4", "2021-11-30", null, null, 68],
      ["1.6", "2021-11-30", null, null, 6.4],
      ["1.7", "2021-11-30", 11, 14, (11 / 14) * 100],
    ]);
    expect(c.readings[0].note).toContain("Kết quả thực hiện: Giải ngân 2,72 trên 4 tỷ đồng");
    expect(c.tasks).toEqual([]);
  });

  it("dates a table of figures by its print page's header ('&R Số liệu tính đến ngày 30/11/2021') when the sheet gives no date", async () => {
    const pageDated: Fixture = {
      name: "chi-so-header-trang-in.xlsx",
      build: async (out) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Chi so");
        ws.addRow(["CÁC CHỈ SỐ THEO KẾ HOẠCH 49/KH-UBND"]);
        ws.addRow([]);
        ws.addRow(["TT", "Mã TC", "Chỉ số", "Tử số", "Mẫu số", "Kết quả", "Đánh giá"]);
        ws.addRow([1, "1.3", "Tỷ lệ cán bộ, công chức xã đạt chuẩn", 18, 20, 90, "Chưa đạt"]);
        ws.addRow([2, "1.7", "Chỉ tiêu KT-XH do HĐND xã giao đạt", 10, 13, 76.9, "Chưa đạt"]);
        ws.headerFooter.oddHeader =
          '&L&"Times New Roman,Bold"UBND XÃ PHƯỚC HƯNG&R&"Times New Roman,Italic"Số liệu tính đến ngày 30/11/2021';
        ws.headerFooter.oddFooter = "&CTrang &P/&N";
        const path = join(out, "chi-so-header-trang-in.xlsx");
        await wb.xlsx.writeFile(path);
        return path;
      },
    };
    const [file] = await read(pageDated);
    expect(file.ok && file.grids[0].pageHeader).toBe("UBND XÃ PHƯỚC HƯNG\nSố liệu tính đến ngày 30/11/2021\nTrang /");
    const c = consolidate([file], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.3", "2021-11-30", 18, 20],
      ["1.7", "2021-11-30", 10, 13],
    ]);
    expect(c.readings[0].note).toContain("Kỳ số liệu theo tiêu đề trang in: 30/11/2021");
    expect(c.tasks).toEqual([]);
  });

  it("reads the rows under an instruction block ('- Cột Hạn: ghi ngày/tháng/năm') and under a line that looks like a signature", () => {
    const g = gridOf([
      ["STT", "Nội dung công việc", "Tiêu chí", "Đơn vị thực hiện", "Hạn", "Tình trạng"],
      ["HƯỚNG DẪN NHẬP LIỆU (nhập từ dòng 6):"],
      ["- Cột Hạn và Ngày xong: ghi ngày/tháng/năm, ví dụ 31/12/2021."],
      ["- Cột Tình trạng: chọn một trong ba: Hoàn thành / Đang thực hiện / Chưa thực hiện."],
      [1, "Hướng dẫn người dân kích hoạt tài khoản định danh", "1.1", "Công an xã", d("2021-12-31"), "Đang thực hiện"],
      [2, "Niêm yết TTHC lĩnh vực cư trú tại trụ sở", "2.2", "Công an xã", d("2021-10-31"), "Hoàn thành"],
      ["Xác nhận (đến dòng 2)"],
      [3, "Rà soát, làm sạch dữ liệu dân cư phục vụ cấp căn cước", "1.2", "Công an xã", d("2021-12-20"), "Đang thực hiện"],
      [],
      [null, null, null, null, "NGƯỜI LẬP"],
      [null, null, null, null, "Hứa Văn Cường"],
    ]);
    const c = consolidate([{ file: "ca.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => t.source.row).sort()).toEqual([5, 6, 8]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([7]);
  });

  it("dates a log of figures by 'Số liệu tính đến ngày', never by 'Ngày nhập', and lets a re-entered row replace the earlier one", () => {
    const g = gridOf([
      ["SỔ THEO DÕI SỐ LIỆU CÁC CHỈ SỐ CCHC NĂM 2021"],
      ["STT", "Ngày nhập", "Mã chỉ số", "Tên chỉ số", "Số liệu tính đến ngày", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Ghi chú"],
      [1, d("2021-10-05"), "2.1", "Tiếp cận dịch vụ", d("2021-09-30"), 108, 120, "90"],
      [2, d("2021-12-03"), "2.2", "Công khai, minh bạch TTHC", d("2021-11-30"), 132, 150, "88"],
      [
        3,
        d("2021-12-06"),
        "2.2",
        "Công khai, minh bạch TTHC",
        d("2021-11-30"),
        141,
        150,
        "94",
        "Nhập lại, thay dòng số 2 (cộng nhầm 9 phiếu)",
      ],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator])).toEqual([
      [3, "2.1", "2021-09-30", 108, 120],
      [5, "2.2", "2021-11-30", 141, 150],
    ]);
    expect(c.readings[0].note).toContain("Ngày nhập: 05/10/2021");
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING").map((p) => p.row)).toEqual([4]);
  });

  it("joins a rate's numerator and denominator kept on two sheets ('Tu so', 'Mau so') by criterion and month", () => {
    const part = (sheet: string, word: string, rows: GridCell[][]) =>
      gridOf(
        [
          [`SỐ LIỆU TÍNH CHỈ SỐ CCHC THEO THÁNG NĂM 2021 - ${word.toUpperCase()}`],
          [],
          ["Mã", `Nội dung ${word}`, "Tháng 9", "Tháng 10", "Tháng 11"],
          ...rows,
        ],
        { sheet },
      );
    const tu = part("Tu so", "tử số", [
      ["1.1", "Số hồ sơ tiếp nhận trực tuyến", 9, 12, 14],
      ["1.5", "Số văn bản đi được ký số", 52, 61, 70],
    ]);
    const mau = part("Mau so", "mẫu số", [
      ["1.5", "Tổng số văn bản đi", 58, 66, 74],
      ["1.1", "Tổng số hồ sơ tiếp nhận", 41, 44, null],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [tu, mau] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator]).sort()).toEqual([
      ["1.1", "2021-09-30", 9, 41],
      ["1.1", "2021-10-31", 12, 44],
      ["1.5", "2021-09-30", 52, 58],
      ["1.5", "2021-10-31", 61, 66],
      ["1.5", "2021-11-30", 70, 74],
    ]);
    // November's 1.1 has no denominator: named, never a rate of 14.
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.sheet, p.row, p.value])).toEqual([
      ["Tu so", 4, "1.1 30/11/2021"],
    ]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_READING")).toEqual([]);
  });

  it("adds up a dossier report's rows per procedure into one record per field, and says which rows", () => {
    const g = gridOf([
      ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THEO TỪNG THỦ TỤC HÀNH CHÍNH - THÁNG 10/2021"],
      ["(Số liệu từ ngày 01/10/2021 đến ngày 31/10/2021)"],
      [
        "STT",
        "Tên thủ tục hành chính",
        "Lĩnh vực",
        "Kỳ trước chuyển sang",
        "Tiếp nhận trực tuyến",
        "Tiếp nhận trực tiếp",
        "Giải quyết trước hạn",
        "Giải quyết đúng hạn",
        "Giải quyết quá hạn",
        "Đang giải quyết trong hạn",
        "Đang giải quyết quá hạn",
        "Trả lại",
      ],
      [1, "Đăng ký khai sinh", "Hộ tịch", 0, 4, 5, 7, 2, 0, 0, 0, 0],
      [2, "Đăng ký biến động quyền sử dụng đất", "Đất đai", 3, 1, 5, 2, 4, 0, 3, 0, 0],
      [3, "Đăng ký khai tử", "Hộ tịch", 0, 1, 2, 3, 0, 0, 0, 0, 0],
      [null, "Tổng cộng", null, 3, 6, 12, 12, 6, 0, 3, 0, 0],
    ]);
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map((d) => [d.field, d.source.row, d.online, d.inPerson, d.early, d.onTime])).toEqual([
      ["Hộ tịch", 4, 5, 7, 10, 2],
      ["Đất đai", 5, 1, 5, 2, 4],
    ]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_COUNT_DERIVED").map((p) => p.value)).toEqual(["Hộ tịch (2 dòng: 4, 6)"]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH")).toEqual([]);
  });

  it("reads a day.month Excel kept as a number ('15.11', and '20.1' for 20.10) as that day, and says so", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Hạn", "Tình trạng", "Ngày xong"],
      [1, "Rà soát mức thu phí, lệ phí TTHC niêm yết", "2.2", "TC-KT", 15.11, "Hoàn thành", 17.11],
      [2, "Thu phí, lệ phí không dùng tiền mặt", "1.1", "TC-KT", 31.1, "Hoàn thành", 28.1],
    ]);
    const c = consolidate([{ file: "tckt.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.doneDate, t.verdict]).sort()).toEqual([
      [2, "2021-11-15", "2021-11-17", "Trễ hạn"],
      [3, "2021-10-31", "2021-10-28", "Đúng hạn"],
    ]);
    expect(c.problems.filter((p) => p.code === "YEAR_ASSUMED").map((p) => p.value)).toEqual(["15.11", "17.11", "31.1", "28.1"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("takes the office's check of an official's own report over the report ('Không đạt', 'Đã hoàn thành', 'ngày thực tế'), and says so", () => {
    const g = gridOf(
      [
        [
          "STT",
          "Nội dung nhiệm vụ",
          "Tiêu chí",
          "Người thực hiện",
          "Thời hạn",
          "Cán bộ tự báo cáo",
          null,
          "Kết quả kiểm tra của Văn phòng",
          null,
        ],
        [null, null, null, null, null, "Kết quả", "Ngày hoàn thành", "Xác nhận", "Ghi chú kiểm tra"],
        [1, "Hướng dẫn đăng ký khai sinh trực tuyến", "1.1", "TP-HT", d("2021-11-20"), "Hoàn thành", d("2021-11-20"), "Đúng"],
        [
          2,
          "Niêm yết TTHC lĩnh vực lao động mới công bố",
          "2.2",
          "VH-XH",
          d("2021-11-30"),
          "Hoàn thành",
          d("2021-11-28"),
          "Chưa đạt",
          "Còn 3 TTHC chưa niêm yết",
        ],
        [
          3,
          "Lập hồ sơ cấp giấy chứng nhận lần đầu",
          "1.2",
          "ĐC-XD",
          d("2021-11-30"),
          "Hoàn thành",
          d("2021-11-25"),
          "Đúng, nhưng ngày hoàn thành thực tế là 03/12/2021",
        ],
        [
          4,
          "Sắp xếp hồ sơ lưu trữ tại Bộ phận Một cửa",
          "2.1",
          "Một cửa",
          d("2021-12-15"),
          "Đang thực hiện (80%)",
          null,
          "Đã hoàn thành",
          "Kiểm tra ngày 09/12/2021: đã xong",
        ],
      ],
      {
        merges: [
          { top: 1, left: 6, bottom: 1, right: 7 },
          { top: 1, left: 8, bottom: 1, right: 9 },
        ],
      },
    );
    const c = consolidate([{ file: "ct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate, t.verdict]).sort()).toEqual([
      [3, "Hoàn thành", "2021-11-20", "Đúng hạn"],
      [4, "Đang thực hiện", null, "Quá hạn"],
      [5, "Hoàn thành", "2021-12-03", "Trễ hạn"],
      [6, "Hoàn thành", "2021-12-09", "Đúng hạn"],
    ]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => p.row)).toEqual([4, 5, 6]);
    expect(c.tasks.find((t) => t.source.row === 4)?.note).toContain("Văn phòng kiểm tra: Chưa đạt — Còn 3 TTHC chưa niêm yết");
  });

  it("joins each task's unnumbered result row under it ('Đã niêm yết …' | 27/09 | Hoàn thành), never a list of sub-steps", () => {
    const pairs = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Thời gian", "Tình hình"],
      [1, "Niêm yết công khai quy hoạch sử dụng đất", "2.2", d("2021-09-30")],
      [null, "Đã niêm yết tại trụ sở UBND xã và 6 nhà văn hóa thôn", null, d("2021-09-27"), "Hoàn thành"],
      [2, "Giải quyết dứt điểm 12 hồ sơ đất đai tồn đọng", "1.2", d("2021-11-30")],
      [null, "Đã giải quyết 8/12 hồ sơ, còn 4 hồ sơ chờ đo đạc", null, null, "Đang thực hiện"],
      [3, "Lập hồ sơ quyết toán công trình đường bê tông", "1.4", d("2021-11-15")],
      [null, "Đã nộp hồ sơ quyết toán về Phòng Tài chính - Kế hoạch", null, d("2021-11-18"), "Hoàn thành"],
      [4, "Cập nhật biến động đất đai vào sổ mục kê", "1.2", d("2021-12-31")],
    ]);
    const c = consolidate([{ file: "dcxd.xlsx", ok: true, grids: [pairs] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.doneDate, t.verdict]).sort()).toEqual([
      [2, "2021-09-30", "Hoàn thành", "2021-09-27", "Đúng hạn"],
      [4, "2021-11-30", "Đang thực hiện", null, "Quá hạn"],
      [6, "2021-11-15", "Hoàn thành", "2021-11-18", "Trễ hạn"],
      [8, "2021-12-31", "Chưa thực hiện", null, "Chưa đến hạn"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 4)?.note).toContain("Kết quả thực hiện: Đã giải quyết 8/12 hồ sơ");
    // Sub-steps under a task ("a) …", "b) …") are no result rows.
    const steps = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Hạn", "Tình trạng"],
      [1, "Tuyên truyền Cổng DVC quốc gia trên loa", "1.1", d("2021-10-31"), "Hoàn thành"],
      [null, "a) Xây dựng nội dung tin bài", null, null, "Xong"],
      [null, "b) Phát trên loa 4 thôn", null, null, "Xong"],
      [2, "Tiếp nhận hồ sơ trực tuyến", "1.1", d("2021-12-31"), "Đang thực hiện"],
      [null, "a) Hướng dẫn người dân", null, null, "Đang làm"],
      [3, "Niêm yết TTHC", "2.2", d("2021-10-31"), "Hoàn thành"],
      [null, "- Đã niêm yết 12 TTHC", null, null, "Xong"],
    ]);
    const s2 = consolidate([{ file: "vhxh.xlsx", ok: true, grids: [steps] }], BUILTIN_PLAN, AS_OF);
    expect(s2.problems.filter((p) => p.code === "LEGEND_READ")).toEqual([]);
  });

  it("reads a day-by-day log written newest first by its latest day", () => {
    const g = gridOf([
      ["STT", "Nhiệm vụ", "Tiêu chí", "Thời hạn", "Quá trình thực hiện"],
      [
        1,
        "Tổ chức hội nghị đối thoại với người dân",
        "2.4",
        d("2021-11-15"),
        "12/11: Đã tổ chức hội nghị - xong\n02/11: Gửi giấy mời 6 thôn\n25/10: Xây dựng kế hoạch",
      ],
      [
        2,
        "Phát, thu phiếu khảo sát tại các thôn",
        "2.1",
        d("2021-11-30"),
        "03/12: Thu đủ 150 phiếu - hoàn thành\n20/11: Phát phiếu tại 6 thôn\n10/11: Nhận phiếu",
      ],
      [
        3,
        "Số hóa hồ sơ chính sách người có công",
        "1.1",
        d("2021-12-15"),
        "10/11: Hoàn thành phân loại hồ sơ\n30/11: Số hóa 60/120 hồ sơ\n14/12: Đang số hóa, được 96/120",
      ],
    ]);
    const c = consolidate([{ file: "vhxh.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate, t.verdict]).sort()).toEqual([
      [2, "Hoàn thành", "2021-11-12", "Đúng hạn"],
      [3, "Hoàn thành", "2021-12-03", "Trễ hạn"],
      [4, "Đang thực hiện", null, "Chưa đến hạn"],
    ]);
  });

  it("reads a result column by what its cell holds: a date is the day done, a share under a % format how far", () => {
    const g = gridOf(
      [
        ["STT", "Nội dung công việc", "Tiêu chí", "Thời hạn", "Kết quả"],
        [1, "Số hóa hồ sơ đăng ký nghĩa vụ quân sự", "1.1", d("2021-11-30"), d("2021-11-25")],
        [2, "Hoàn thành sơ tuyển, khám tuyển nghĩa vụ quân sự", "1.7", d("2021-12-20"), 0.6],
        [3, "Cập nhật phần mềm quản lý quân nhân dự bị", "1.5", d("2021-11-15"), 1],
        [4, "Sắp xếp phòng làm việc theo tiêu chuẩn", "2.1", d("2021-12-10"), 0],
      ],
      { formats: { "2:5": "dd/mm/yyyy", "3:5": "0%", "4:5": "0%", "5:5": "0%" } },
    );
    const c = consolidate([{ file: "qs.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress, t.doneDate]).sort()).toEqual([
      [2, "Hoàn thành", 100, "2021-11-25"],
      [3, "Đang thực hiện", 60, null],
      [4, "Hoàn thành", 100, null],
      [5, "Chưa thực hiện", 0, null],
    ]);
  });

  it("reads a document system's export: accounts as leads by its users sheet, its status words, an 'Để biết' document no task", () => {
    const list = gridOf(
      [
        ["DANH SÁCH VĂN BẢN GIAO XỬ LÝ"],
        ["STT", "Số hiệu văn bản", "Nội dung giao xử lý", "Người xử lý chính", "Người phối hợp", "Hạn xử lý", "Trạng thái xử lý"],
        [1, "49/KH-UBND", "Triển khai ký số văn bản đi của UBND xã", "dtkoanh.xa", "lhphuoc.xa", d("2021-10-31"), "Đã xử lý"],
        [2, "135/UBND", "Thống kê hồ sơ đất đai tồn đọng, đề xuất giải quyết", "tvkhai.xa", null, d("2021-11-30"), "Quá hạn - đang xử lý"],
        [3, "141/UBND-TC", "Báo cáo tiến độ giải ngân vốn đầu tư công", "qtntram.xa", null, d("2021-12-10"), "Chờ xử lý"],
        [4, "215/UBND-VP", "Để biết", "lhphuoc.xa", null, null, "Đã xem"],
      ],
      { sheet: "DanhSachXuLy" },
    );
    const users = gridOf(
      [
        ["Tài khoản", "Họ và tên", "Chức vụ / Đơn vị"],
        ["dtkoanh.xa", "Đinh Thị Kim Oanh", "Phó Chủ tịch UBND xã"],
        ["lhphuoc.xa", "Lâm Hữu Phước", "Công chức Văn phòng - Thống kê"],
        ["tvkhai.xa", "Tạ Văn Khải", "Công chức Địa chính - Xây dựng"],
        ["qtntram.xa", "Quách Thị Ngọc Trâm", "Công chức Tài chính - Kế toán"],
      ],
      { sheet: "Nguoi dung" },
    );
    const c = consolidate([{ file: "qlvb.xlsx", ok: true, grids: [list, users] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.status]).sort()).toEqual([
      [3, "Phó Chủ tịch Ủy ban nhân dân xã", "Hoàn thành"],
      [4, "Công chức Địa chính-Xây dựng", "Đang thực hiện"],
      [5, "Công chức Tài chính-Kế toán", "Chưa thực hiện"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 3)?.partners).toBe("Công chức Văn phòng-Thống kê");
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.value])).toEqual([[6, "Để biết"]]);
  });

  it("reads dossier counts by hamlet with a band of columns per field as one record per field, from the total row", () => {
    const g = gridOf(
      [
        ["SỐ LIỆU HỒ SƠ TTHC THÁNG 11/2021 PHÂN THEO THÔN"],
        ["(Từ ngày 01/11/2021 đến ngày 30/11/2021)"],
        ["STT", "Thôn", "HỘ TỊCH", null, null, null, null, "ĐẤT ĐAI"],
        [null, null, "Tiếp nhận mới", null, "Đã giải quyết", null, null, "Tiếp nhận mới", null, "Đã giải quyết"],
        [
          null,
          null,
          "Trực tuyến",
          "Trực tiếp",
          "Trước hạn",
          "Đúng hạn",
          "Quá hạn",
          "Trực tuyến",
          "Trực tiếp",
          "Trước hạn",
          "Đúng hạn",
          "Quá hạn",
        ],
        [1, "Thôn Đông Yên", 2, 3, 4, 1, "-", 1, 1, 1, 1, "-"],
        [2, "Thôn Nam Thạnh", 1, 3, 3, "-", 1, 1, 1, "-", 1, "-"],
        [null, "Cộng", 3, 6, 7, 1, 1, 2, 2, 1, 2, 0],
      ],
      {
        merges: [
          { top: 3, left: 3, bottom: 3, right: 7 },
          { top: 3, left: 8, bottom: 3, right: 12 },
          { top: 4, left: 3, bottom: 4, right: 4 },
          { top: 4, left: 5, bottom: 4, right: 7 },
          { top: 4, left: 8, bottom: 4, right: 9 },
          { top: 4, left: 10, bottom: 4, right: 12 },
        ],
      },
    );
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.online, d.inPerson, d.early, d.onTime, d.late, d.source.row])).toEqual([
      ["HỘ TỊCH", "2021-11-01", "2021-11-30", 3, 6, 7, 1, 1, 8],
      ["ĐẤT ĐAI", "2021-11-01", "2021-11-30", 2, 2, 1, 2, 0, 8],
    ]);
    expect(c.problems.find((p) => p.code === "DOSSIER_COUNT_DERIVED")?.message).toContain("tính là 0");
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED")).toEqual([]);
  });

  it("reads a share Excel made a date ('9/12' kept as 9 December) in a column of 'Đã làm/Tổng số' as 9 of 12, and says so", () => {
    const g = gridOf([
      ["STT", "Nội dung công việc", "Tiêu chí", "Thời hạn", "Đã làm/Tổng số", "Ngày xong"],
      [1, "Tuyên truyền đăng ký khai sinh trực tuyến tại các thôn", "1.1", d("2021-11-30"), d("2021-05-05"), d("2021-11-25")],
      [2, "Cập nhật danh sách hộ nghèo trên phần mềm", "1.7", d("2021-12-20"), d("2021-12-09")],
      [3, "Số hóa hồ sơ chính sách người có công", "1.1", d("2021-12-31"), "210/350"],
    ]);
    const c = consolidate([{ file: "vhxh.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.progress, t.status]).sort()).toEqual([
      [2, 100, "Hoàn thành"],
      [3, 75, "Đang thực hiện"],
      [4, 60, "Đang thực hiện"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 3)?.note).toContain("ghi 9/12, Excel đã đổi thành ngày 09/12/2021; đọc là 9/12 = 75%");
  });

  it("reads a survey giving the dissatisfied ballots ('Số phiếu chưa hài lòng') as the rest satisfied, as its rate says", () => {
    const g = gridOf([
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG QUÝ IV/2021 (số liệu đến 30/11/2021)"],
      ["STT", "Mã", "Chỉ số thành phần", "Số phiếu hợp lệ", "Số phiếu chưa hài lòng", "Tỷ lệ hài lòng (%)"],
      [1, "2.1", "Tiếp cận dịch vụ", 150, 12, 92],
      [2, "2.2", "Công khai, minh bạch TTHC", 150, 9, 94],
    ]);
    const c = consolidate([{ file: "sipas.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator, r.value])).toEqual([
      ["2.1", 138, 150, 92],
      ["2.2", 141, 150, 94],
    ]);
    expect(c.readings[0].note).toContain("Tử số = Số phiếu hợp lệ 150 − Số phiếu chưa hài lòng 12");
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH")).toEqual([]);
  });

  it("dates figures by a bare month under 'Tháng' (9, 10, 11) in the title's year, and by a month picked in a title row", () => {
    const data = gridOf(
      [
        ["DỮ LIỆU CHỈ SỐ THEO THÁNG NĂM 2021"],
        ["Tháng", "Mã chỉ số", "Tên chỉ số", "Tử số", "Mẫu số"],
        [9, "1.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", 11, 52],
        [10, "1.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", 15, 56],
      ],
      { sheet: "Du lieu" },
    );
    const view = gridOf(
      [
        ["BÁO CÁO SỐ LIỆU CÁC CHỈ SỐ CẢI CÁCH HÀNH CHÍNH THEO THÁNG"],
        ["Tháng báo cáo (chọn):", null, 10, "năm 2021"],
        [],
        ["STT", "Mã", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
        [1, "1.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", 15, 56, 26.79],
      ],
      { sheet: "Bao cao" },
    );
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [view, data] }], BUILTIN_PLAN, AS_OF);
    // The view's October is the data's: one reading, the data sheet's.
    expect(c.readings.map((r) => [r.source.sheet, r.source.row, r.date, r.numerator, r.denominator])).toEqual([
      ["Du lieu", 3, "2021-09-30", 11, 52],
      ["Du lieu", 4, "2021-10-31", 15, 56],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("dates a system's export by 'Số liệu tính đến ngày: 30/11/2021' in its title, and reads a growth's two years as the growth", () => {
    const g = gridOf([
      ["BIỂU SỐ 02/CCHC-XÃ: SỐ LIỆU CÁC CHỈ SỐ THÀNH PHẦN"],
      ["Đơn vị báo cáo: UBND xã Thạch Bình - Kỳ báo cáo: Năm 2021 - Số liệu tính đến ngày: 30/11/2021"],
      ["STT", "Mã chỉ số", "Tên chỉ số", "Đơn vị tính", "Tử số", "Mẫu số", "Kết quả (%)"],
      [1, "1.3", "Tỷ lệ công chức cấp xã đạt chuẩn theo quy định", "người", 20, 21, null],
      [2, "1.6", "Tốc độ tăng giá trị sản xuất so với cùng kỳ", "tỷ đồng", 436.4, 412.5, null],
    ]);
    const c = consolidate([{ file: "bieu.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.code, r.date, Math.round((r.value ?? 0) * 100) / 100])).toEqual([
      ["1.3", "2021-11-30", 95.24],
      ["1.6", "2021-11-30", 5.79],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("reads a task row's band of figures ('Kết quả chỉ số': Tử số | Mẫu số | Tỷ lệ | Số liệu đến ngày) as its criterion's reading, never its progress", () => {
    const g = gridOf(
      [
        ["STT", "Tiêu chí", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình hình thực hiện", "Kết quả chỉ số gắn với nhiệm vụ"],
        [null, null, null, null, null, null, "Tử số", "Mẫu số", "Tỷ lệ (%)", "Số liệu đến ngày"],
        [
          1,
          "1.4",
          "Đôn đốc giải ngân vốn công trình nhà văn hóa",
          "TC-KT",
          d("2021-12-31"),
          "Đang thực hiện",
          2400,
          4800,
          50,
          d("2021-09-30"),
        ],
        [2, "2.2", "Công khai TTHC mới công bố trên trang thông tin", "VP-TK", d("2021-10-31"), "Hoàn thành"],
      ],
      {
        merges: [{ top: 1, left: 7, bottom: 1, right: 10 }, ...[1, 2, 3, 4, 5, 6].map((c) => ({ top: 1, left: c, bottom: 2, right: c }))],
      },
    );
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.progress]).sort()).toEqual([
      [3, "Đang thực hiện", null],
      [4, "Hoàn thành", 100],
    ]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator])).toEqual([
      [3, "1.4", "2021-09-30", 2400, 4800],
    ]);
  });

  it("reads one field's dossier counts with the ways in across ('Nộp trực tuyến | Nộp trực tiếp | Qua dịch vụ BCCI | Cộng') as one record", () => {
    const g = gridOf(
      [
        ["THỐNG KÊ HỒ SƠ TTHC THEO HÌNH THỨC NỘP - LĨNH VỰC ĐẤT ĐAI"],
        ["Tháng 11/2021 (từ ngày 01/11/2021 đến ngày 30/11/2021)"],
        ["Chỉ tiêu", "Nộp trực tuyến", "Nộp trực tiếp", "Qua dịch vụ BCCI", "Cộng"],
        ["1. Hồ sơ kỳ trước chuyển sang", 1, 3, null, 4],
        ["2. Hồ sơ tiếp nhận mới trong tháng", 3, 10, 1, 14],
        ["3. Hồ sơ đã giải quyết", 3, 8, 0, 11],
        ["   - Trước hạn", 2, 4, null, 6],
        ["   - Đúng hạn", 1, 4, null, 5],
        ["   - Quá hạn", 0, 0, null, 0],
        ["4. Hồ sơ đang giải quyết", 1, 5, 1, 7],
        ["   - Trong hạn", 1, 4, 1, 6],
        ["   - Quá hạn", 0, 1, null, 1],
        ["5. Hồ sơ trả lại, rút hồ sơ", 0, 0, null, 0],
      ],
      { sheet: "Dat dai" },
    );
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map(countsOf)).toEqual([["Đất đai", "2021-11-01", "2021-11-30", 4, 3, 11, 6, 5, 0, 6, 1, 0]]);
  });

  it("takes the deadline from the days left ('còn 14 ngày', 'quá 5 ngày', -3) counted from the day the sheet was updated", () => {
    const g = gridOf([
      ["BAN CHỈ HUY QUÂN SỰ XÃ - THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"],
      ["Cập nhật ngày 01/12/2021"],
      ["STT", "Nội dung công việc", "Tiêu chí", "Còn lại (ngày)", "Tình hình"],
      [1, "Hướng dẫn đăng ký nghĩa vụ quân sự trực tuyến", "1.1", "còn 14 ngày", "Đang làm"],
      [2, "Niêm yết TTHC lĩnh vực quân sự tại trụ sở", "2.2", "quá 5 ngày", "Chưa làm"],
      [3, "Rà soát, số hóa hồ sơ quân nhân dự bị", "1.1", -3, "Đang làm 70%"],
      [4, "Công khai danh sách công dân nhập ngũ", "2.2", "—", "Xong 15/11"],
    ]);
    const c = consolidate([{ file: "qs.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.verdict]).sort()).toEqual([
      [4, "2021-12-15", "Chưa đến hạn"],
      [5, "2021-11-26", "Quá hạn"],
      [6, "2021-11-28", "Quá hạn"],
      [7, "2021-12-31", "Đúng hạn"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 5)?.note).toContain('Hạn tính từ ngày cập nhật 01/12/2021 và "quá 5 ngày": 26/11/2021');
  });

  it("folds a log of work given and reported (a row per event, one 'Mã việc') into one task per piece of work", () => {
    const g = gridOf([
      ["SỔ THEO DÕI GIAO VIỆC, ĐÔN ĐỐC VÀ KẾT QUẢ THỰC HIỆN"],
      ["STT", "Ngày", "Mã việc", "Diễn biến", "Nội dung", "Cán bộ", "Thời hạn", "Tiêu chí", "Ghi chú"],
      [1, d("2021-09-20"), "GV-01", "Giao việc", "Rà soát, đề xuất đơn giản hóa TTHC hộ tịch", "TP-HT", d("2021-10-31"), "2.1"],
      [2, d("2021-09-20"), "GV-02", "Giao việc", "Chỉ đạo các thôn tuyên truyền nộp hồ sơ trực tuyến", "VH-XH", d("2021-11-15"), "1.1"],
      [3, d("2021-10-05"), "GV-04", "Giao việc", "Xây dựng Quy chế phối hợp của Bộ phận Một cửa", "VP-TK", d("2021-10-31"), "2.3"],
      [4, d("2021-10-25"), "GV-01", "Báo cáo tiến độ", "Đã rà soát 12/18 TTHC", "TP-HT"],
      [5, d("2021-10-28"), "GV-04", "Báo cáo hoàn thành", "Đã trình ký Quyết định số 118/QĐ-UBND", "VP-TK"],
      [6, d("2021-11-03"), "GV-04", "Trả lại", "Chủ tịch yêu cầu bổ sung, ban hành lại", null, null, null, "QĐ 118 chưa đạt"],
      [7, d("2021-11-19"), "GV-02", "Gia hạn", "Gia hạn theo đề nghị", null, d("2021-11-30")],
      [8, d("2021-11-29"), "GV-02", "Báo cáo hoàn thành", "5/5 thôn đã tuyên truyền", "VH-XH"],
      [9, d("2021-12-06"), null, "Giao ban", "Giao ban tháng 12: Chủ tịch kết luận đôn đốc"],
    ]);
    const c = consolidate([{ file: "ct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.doneDate, t.verdict]).sort()).toEqual([
      [3, "2021-10-31", "Đang thực hiện", null, "Quá hạn"],
      [4, "2021-11-30", "Hoàn thành", "2021-11-29", "Đúng hạn"],
      [5, "2021-10-31", "Đang thực hiện", null, "Quá hạn"],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([11]);
    // An event row's own note goes with the work, never dropped.
    expect(c.tasks.find((t) => t.source.row === 5)?.note).toContain("QĐ 118 chưa đạt");
  });

  it("reads a dossier report whose 'Trong đó' bands stand beside their totals, a count and a rate under each part", () => {
    const g = gridOf(
      [
        ["TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ TTHC THÁNG 11/2021"],
        ["(Từ ngày 01/11/2021 đến ngày 30/11/2021)"],
        [
          "TT",
          "Lĩnh vực",
          "Kỳ trước chuyển sang",
          "Tiếp nhận mới trong kỳ",
          "Trong đó",
          null,
          null,
          null,
          "Đã giải quyết",
          "Trong đó",
          null,
          null,
          null,
          null,
          null,
          "Đang giải quyết",
          null,
          "Trả lại, rút hồ sơ",
        ],
        [
          null,
          null,
          null,
          null,
          "Trực tuyến",
          null,
          "Trực tiếp, BCCI",
          null,
          null,
          "Trước hạn",
          null,
          "Đúng hạn",
          null,
          "Quá hạn",
          null,
          "Trong hạn",
          "Quá hạn",
        ],
        [
          null,
          null,
          null,
          null,
          "Số lượng",
          "Tỷ lệ (%)",
          "Số lượng",
          "Tỷ lệ (%)",
          null,
          "Số lượng",
          "Tỷ lệ (%)",
          "Số lượng",
          "Tỷ lệ (%)",
          "Số lượng",
          "Tỷ lệ (%)",
        ],
        [1, "Hộ tịch", 2, 34, 12, 35.29, 22, 64.71, 35, 25, 71.43, 9, 25.71, 1, 2.86, 1, 0, 0],
        [2, "Đất đai", 5, 14, 2, 14.29, 12, 85.71, 12, 5, 41.67, 7, 58.33, 0, 0, 6, 1, 0],
      ],
      {
        merges: [
          { top: 3, left: 5, bottom: 3, right: 8 },
          { top: 3, left: 10, bottom: 3, right: 15 },
          { top: 3, left: 16, bottom: 3, right: 17 },
          { top: 4, left: 5, bottom: 4, right: 6 },
          { top: 4, left: 7, bottom: 4, right: 8 },
          { top: 4, left: 10, bottom: 4, right: 11 },
          { top: 4, left: 12, bottom: 4, right: 13 },
          { top: 4, left: 14, bottom: 4, right: 15 },
        ],
      },
    );
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map(countsOf)).toEqual([
      ["Hộ tịch", "2021-11-01", "2021-11-30", 2, 12, 22, 25, 9, 1, 1, 0, 0],
      ["Đất đai", "2021-11-01", "2021-11-30", 5, 2, 12, 5, 7, 0, 6, 1, 0],
    ]);
    expect(c.readings).toEqual([]);
  });

  it("reads a count whose whole its label gives ('(tổng số 21 CBCC)', '(kế hoạch vốn giao 4.800 triệu đồng)') as a rate of that whole", () => {
    const g = gridOf([
      ["THEO DÕI CÁC CHỈ SỐ CÓ MẪU SỐ CỐ ĐỊNH TRONG NĂM 2021"],
      ["Chỉ số", "Đến 30/9/2021", "Đến 31/10/2021", "Đến 30/11/2021"],
      ["1.3. Số CBCC xã đạt chuẩn theo quy định (tổng số 21 CBCC)", 19, 19, 20],
      ["1.4. Vốn đầu tư công đã giải ngân, triệu đồng (kế hoạch vốn giao 4.800 triệu đồng)", 2400, 2900, 3360],
      ["1.7. Số chỉ tiêu KT-XH đạt kế hoạch (HĐND xã giao 15 chỉ tiêu)", 10, "-", 12],
    ]);
    const c = consolidate([{ file: "pct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator]).sort()).toEqual([
      ["1.3", "2021-09-30", 19, 21],
      ["1.3", "2021-10-31", 19, 21],
      ["1.3", "2021-11-30", 20, 21],
      ["1.4", "2021-09-30", 2400, 4800],
      ["1.4", "2021-10-31", 2900, 4800],
      ["1.4", "2021-11-30", 3360, 4800],
      ["1.7", "2021-09-30", 10, 15],
      ["1.7", "2021-11-30", 12, 15],
    ]);
  });

  it("takes a filled 'Gia hạn đến' as the deadline (the last of several), keeping the first in Ghi chú", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Hạn theo KH", "Gia hạn đến", "Tình trạng", "Ngày hoàn thành"],
      [1, "Chỉ đạo xử lý hồ sơ đất đai chậm trả kết quả", "1.2", "PCT", d("2021-10-31"), d("2021-11-30"), "Hoàn thành", d("2021-11-26")],
      [
        2,
        "Tổ chức đối thoại với người dân về TTHC đất đai",
        "2.5",
        "PCT",
        d("2021-11-30"),
        "10/12/2021; 31/12/2021 (lần 2)",
        "Chưa thực hiện",
      ],
      [3, "Kiểm tra niêm yết TTHC tại Bộ phận Một cửa", "2.2", "PCT", d("2021-10-15"), null, "Hoàn thành", d("2021-10-14")],
    ]);
    const c = consolidate([{ file: "pct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.verdict]).sort()).toEqual([
      [2, "2021-11-30", "Đúng hạn"],
      [3, "2021-12-31", "Chưa đến hạn"],
      [4, "2021-10-15", "Đúng hạn"],
    ]);
    expect(c.tasks.find((t) => t.source.row === 3)?.note).toContain("Hạn gia hạn đến 31/12/2021 (lần 2); hạn ban đầu 30/11/2021");
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });

  it("reads a plan to remedy last year's shortcomings (points lost, who acts, by when) as tasks, the remedy being the task", () => {
    const g = gridOf([
      [
        "STT",
        "Tiêu chí",
        "Tồn tại, hạn chế năm 2020",
        "Điểm bị trừ",
        "Nguyên nhân",
        "Giải pháp khắc phục năm 2021",
        "Người thực hiện",
        "Thời hạn",
        "Kết quả khắc phục",
      ],
      [
        1,
        "1.2",
        "Còn 17 hồ sơ đất đai quá hạn (tỷ lệ đúng hạn 91,2%)",
        0.5,
        "Thiếu nhân lực",
        "Giải quyết dứt điểm hồ sơ đất đai tồn đọng",
        "ĐC-XD",
        d("2021-11-30"),
        "Đang thực hiện",
      ],
      [
        2,
        "1.4",
        "Giải ngân vốn đầu tư công chỉ đạt 78% kế hoạch",
        0.75,
        "Vướng mặt bằng",
        "Hoàn thiện hồ sơ thanh toán công trình đường liên thôn",
        "ĐC-XD",
        d("2021-11-15"),
        "Hoàn thành",
      ],
    ]);
    const c = consolidate([{ file: "dcxd.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings).toEqual([]);
    expect(c.tasks.map((t) => [t.code, t.content, t.due, t.status]).sort()).toEqual([
      ["1.2", "Giải quyết dứt điểm hồ sơ đất đai tồn đọng", "2021-11-30", "Đang thực hiện"],
      ["1.4", "Hoàn thiện hồ sơ thanh toán công trình đường liên thôn", "2021-11-15", "Hoàn thành"],
    ]);
    // The shortcoming and its points are the task's context, kept in Ghi chú.
    expect(c.tasks.find((t) => t.code === "1.4")?.note).toContain("Điểm bị trừ: 0.75");
  });

  it("reads each row's period from a 'Kỳ báo cáo' column of day ranges in a dossier table", () => {
    const g = gridOf([
      // The one-stop report's count columns, as the contract names them.
      ["Kỳ báo cáo", "Lĩnh vực", ...MASTER.dossiers.columns.slice(3, 12)],
      ["15/9 - 14/10/2021", "Hộ tịch", 3, 11, 70, 70, 9, 0, 4, 0, 1],
      ["15/10/2021 - 14/11/2021", "Hộ tịch", 4, 13, 67, 68, 10, 1, 5, 0, 0],
      ["Từ 15/11 đến 14/12/2021", "Hộ tịch", 5, 15, 64, 69, 9, 0, 6, 0, 0],
      ["15/12 - 14/1/2022", "Hộ tịch", 6, 10, 50, 50, 9, 0, 7, 0, 0],
    ]);
    const c = consolidate([{ file: "motcua.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map((r) => [r.from, r.to])).toEqual([
      ["2021-09-15", "2021-10-14"],
      ["2021-10-15", "2021-11-14"],
      ["2021-11-15", "2021-12-14"],
      ["2021-12-15", "2022-01-14"],
    ]);
    expect(c.problems.filter((p) => p.code === "READING_WITHOUT_PERIOD")).toEqual([]);
  });

  it("reads boxes ticked in Wingdings (þ ticked, ¨ empty) under a status heading per column, and names a row ticked twice", () => {
    const g = gridOf(
      [
        ["Ký hiệu: þ = có; ¨ = không"],
        ["STT", "Nội dung công việc", "Tiêu chí", "Hạn", "Tình trạng", null, null, "Ngày xong"],
        [null, null, null, null, "Đã xong", "Đang làm", "Chưa làm"],
        [
          1,
          "Số hóa sổ hộ tịch giai đoạn 2016-2021",
          "1.1",
          { date: "2021-11-30" as IsoDate },
          "þ",
          "¨",
          "¨",
          { date: "2021-11-26" as IsoDate },
        ],
        [2, "Liên thông TTHC khai sinh, thường trú, thẻ BHYT", "1.2", { date: "2021-10-31" as IsoDate }, "¨", "þ", "¨"],
        [3, "Đăng ký lớp bồi dưỡng chức danh công chức", "1.3", { date: "2021-12-20" as IsoDate }, "¨", "¨", "þ"],
        [4, "Cập nhật dữ liệu hộ tịch vào cơ sở dữ liệu", "1.1", { date: "2021-11-30" as IsoDate }, "þ", "þ", "¨"],
      ],
      { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
    );
    const c = consolidate([{ file: "tpht.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.source.row, t.status, t.statusText]).sort()).toEqual([
      [4, "Hoàn thành", null],
      [5, "Đang thực hiện", null],
      [6, "Chưa thực hiện", null],
      [7, "Hoàn thành", null],
    ]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => p.row)).toEqual([7]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
  });

  it("reads a judgement of pace in the status column ('Chậm tiến độ', 'Đúng tiến độ') as under way, and says so", () => {
    const g = gridOf([
      ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn", "Đánh giá tiến độ"],
      [1, "Rà soát, chuẩn hóa quy trình nội bộ lĩnh vực đất đai", "1.2", "PCT", { date: "2021-11-30" as IsoDate }, "Chậm tiến độ"],
      [2, "Xin lỗi người dân đối với hồ sơ quá hạn", "1.2", "Một cửa", { date: "2021-12-31" as IsoDate }, "Đúng tiến độ"],
    ]);
    const c = consolidate([{ file: "ct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => [t.status, t.verdict])).toEqual([
      ["Đang thực hiện", "Quá hạn"],
      ["Đang thực hiện", "Chưa đến hạn"],
    ]);
    expect(c.tasks[0].note).toBe('Đánh giá tiến độ ghi "Chậm tiến độ", đọc là Đang thực hiện');
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
  });

  it("reads a date kept over Ngày | Tháng | Năm columns, and a status code its heading explains", () => {
    const g = gridOf(
      [
        [
          "STT",
          "Nội dung công việc",
          "Mã TC",
          "Thời hạn hoàn thành",
          null,
          null,
          "Tình trạng (1-Đã xong; 2-Đang làm; 3-Chưa làm)",
          "Hoàn thành thực tế",
          null,
        ],
        [null, null, null, "Ngày", "Tháng", "Năm", null, "Ngày", "Tháng"],
        [1, "Báo cáo tiến độ giải ngân quý III", "1.4", 30, 9, 2021, 1, 28, 9],
        [2, "Đôn đốc hoàn thiện hồ sơ thanh toán", "1.4", 15, 11, 2021, 2],
        [3, "Tổng hợp số liệu tăng trưởng", "1.6", 20, 13, 2021, 3],
      ],
      {
        merges: [
          { top: 1, left: 4, bottom: 1, right: 6 },
          { top: 1, left: 8, bottom: 1, right: 9 },
        ],
      },
    );
    const c = consolidate([{ file: "tckt.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const row = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect([row(3)?.due, row(3)?.status, row(3)?.doneDate]).toEqual(["2021-09-30", "Hoàn thành", "2021-09-28"]);
    expect([row(4)?.due, row(4)?.status]).toEqual(["2021-11-15", "Đang thực hiện"]);
    // Month 13 is no date: named, never guessed.
    expect(row(5)?.status).toBe("Chưa thực hiện");
    expect(c.problems.some((p) => p.code === "BAD_DATE" && p.row === 5)).toBe(true);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.value).toBe("1 = Đã xong; 2 = Đang làm; 3 = Chưa làm");
  });

  it("reads a deadline given as the week of the year to that week's Sunday, and says so; 'T10' stays a month", () => {
    const g = gridOf([
      ["TT", "Nội dung công việc", "Mã TC", "Hạn", "Tình trạng"],
      [1, "Hoàn thiện hồ sơ cấp GCN tồn đọng", "1.2", "Tuần 45", "Đang làm"],
      [2, "Hướng dẫn nộp hồ sơ cấp phép xây dựng qua DVC", "1.1", "T48-T50", "Đang làm"],
      [3, "Niêm yết công khai TTHC lĩnh vực đất đai", "2.2", "T10", "Đang làm"],
    ]);
    const c = consolidate([{ file: "kh-tuan.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const row = (r: number) => c.tasks.find((t) => t.source.row === r);
    expect([row(2)?.due, row(3)?.due, row(4)?.due]).toEqual(["2021-11-14", "2021-12-19", "2021-10-31"]);
    expect(row(2)?.note).toContain('Hạn "Tuần 45" tính đến Chủ nhật cuối tuần, 14/11/2021');
    expect(row(4)?.note ?? "").not.toContain("Chủ nhật");
  });

  it("fills blank leads and criteria from the row above only where the sheet says so", () => {
    const rows = (note: string | null) =>
      gridOf([
        ["VIỆC PCT GIAO CÁC BỘ PHẬN"],
        [note],
        ["STT", "Chủ trì", "Tiêu chí", "Nội dung", "Hạn", "Tình trạng"],
        [1, "VP-TK", "1.5", "Vận hành hệ thống QLVB và chữ ký số", { date: "2021-12-31" as IsoDate }, "Đang thực hiện"],
        [2, null, null, "Gửi văn bản điện tử đến các thôn", { date: "2021-10-31" as IsoDate }, "Hoàn thành"],
        [1, "TP-HT", "1.2", "Giải quyết hồ sơ hộ tịch đúng hạn", { date: "2021-12-31" as IsoDate }, "Đang thực hiện"],
        [2, null, null, "Rà soát hồ sơ hộ tịch trễ hạn quý III", { date: "2021-11-30" as IsoDate }, "Đang thực hiện"],
        [null, "Người lập", null, null, "PHÓ CHỦ TỊCH"],
      ]);
    const said = consolidate(
      [{ file: "giao.xlsx", ok: true, grids: [rows("(Cột Chủ trì, Tiêu chí: ô để trống là giống dòng trên)")] }],
      BUILTIN_PLAN,
      AS_OF,
    );
    const row = (c: Consolidation, r: number) => c.tasks.find((t) => t.source.row === r);
    expect([row(said, 5)?.lead, row(said, 5)?.code, row(said, 7)?.lead, row(said, 7)?.code]).toEqual([
      "Công chức Văn phòng-Thống kê",
      "1.5",
      "Công chức Tư pháp-Hộ tịch",
      "1.2",
    ]);
    expect(said.tasks).toHaveLength(4);
    expect(said.problems.find((p) => p.code === "LEGEND_READ")?.value).toBe("Chủ trì, Tiêu chí");
    const silent = consolidate([{ file: "giao.xlsx", ok: true, grids: [rows(null)] }], BUILTIN_PLAN, AS_OF);
    // Without the sheet's word the blank is not filled: a criterion at most suggested, and said.
    expect([row(said, 5)?.codeSuggested, row(silent, 5)?.codeSuggested]).toEqual([false, true]);
    expect(silent.problems.some((p) => p.code === "LEGEND_READ")).toBe(false);
    // "Các cột Chủ trì và Tiêu chí …": two columns joined by "và", each filled down.
    const joined = consolidate(
      [{ file: "giao.xlsx", ok: true, grids: [rows("Các cột Chủ trì và Tiêu chí để trống là giống dòng trên")] }],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect([row(joined, 5)?.lead, row(joined, 5)?.code, row(joined, 5)?.codeSuggested]).toEqual([
      "Công chức Văn phòng-Thống kê",
      "1.5",
      false,
    ]);
    expect(joined.problems.find((p) => p.code === "LEGEND_READ")?.value).toBe("Chủ trì, Tiêu chí");
  });
});

describe("21. corrections struck through inside a cell, links as evidence, a CSV export in column A", () => {
  let c: Consolidation;
  beforeAll(async () => {
    c = await run(corrections);
  });

  it("reads what was left standing in a corrected cell, and keeps what was struck in Ghi chú", () => {
    const t = (r: number) => c.tasks.find((x) => x.source.sheet === "Sửa trong ô" && x.source.row === r);
    expect([t(3)?.due, t(3)?.status, t(4)?.due, t(4)?.status, t(4)?.verdict]).toEqual([
      "2021-10-31",
      "Hoàn thành",
      "2021-11-30",
      "Đang thực hiện",
      "Quá hạn",
    ]);
    expect(t(3)?.note).toContain("Đã gạch bỏ trong ô: Thời hạn: 30/09/2021; Kết quả thực hiện: Đang thực hiện");
    expect([t(5)?.doneDate, t(5)?.verdict]).toEqual(["2021-10-05", "Trễ hạn"]);
  });

  it("takes a hyperlink's address as the evidence where the cell only says 'Xem', beside the words otherwise", () => {
    const t = (r: number) => c.tasks.find((x) => x.source.sheet === "Sửa trong ô" && x.source.row === r);
    expect(t(5)?.evidence).toBe("https://vanban.example.gov.vn/QD-125-UBND-2021.pdf");
    expect(t(3)?.evidence).toBe("Báo cáo 45/BC-UBND (https://vanban.example.gov.vn/BC-45.pdf)");
  });

  it("takes the unit set in bold among several as the lead, and says so", () => {
    const t = (r: number) => c.tasks.find((x) => x.source.sheet === "Phân công" && x.source.row === r);
    expect([t(2)?.lead, t(2)?.partners, t(3)?.lead]).toEqual([
      "Bộ phận Tiếp nhận và trả kết quả xã",
      "Công chức Văn phòng-Thống kê; Công chức Tư pháp-Hộ tịch",
      "Công chức Văn phòng-Thống kê",
    ]);
    expect(t(2)?.note).toContain("Chủ trì là đơn vị in đậm trong ô: Một cửa");
  });

  it("splits a CSV export left in column A into its dossier table, with its period, and says so", () => {
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.source.row])).toEqual([
      ["Hộ tịch", "2021-11-01", "2021-11-30", 4],
      ["Chứng thực", "2021-11-01", "2021-11-30", 5],
    ]);
    expect(c.problems.find((p) => p.code === "DELIMITED_TEXT")?.sheet).toBe("bao_cao_ho_so_T11");
  });
});

describe("22. how officials name things: criteria Excel turned into dates, everyday headings, a person under a titled table", () => {
  it("reads a criterion Excel stored as a date (1.2 typed as 1 February) as its code, and says so", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Mã TC", "Ai làm", "Hạn", "Tình trạng", "Có giấy tờ gì"],
      [
        1,
        "Chỉ đạo giải quyết hồ sơ TTHC đúng hạn",
        { date: "2021-02-01" as IsoDate },
        "Ban CHQS",
        { date: "2021-11-30" as IsoDate },
        "Đang thực hiện",
      ],
      [
        2,
        "Họp giao ban CCHC",
        { date: "2021-12-09" as IsoDate },
        "VP-TK",
        { date: "2021-12-10" as IsoDate },
        "Hoàn thành",
        "Biên bản 12/BB-UBND",
      ],
    ]);
    const c = consolidate([{ file: "pct.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(2)?.code, t(2)?.lead]).toEqual(["1.2", "Chỉ huy trưởng Quân sự xã"]);
    expect(t(2)?.note).toContain("Mã tiêu chí Excel đã lưu thành ngày 01/02; đọc là 1.2");
    // 9 December is no criterion of the plan: named, not turned into "9.12".
    expect(c.problems.some((p) => p.code === "UNKNOWN_CRITERION" && p.row === 3)).toBe(true);
    expect(t(3)?.evidence).toBe("Biên bản 12/BB-UBND");
  });

  it("takes the official a table's title pairs with the person its lead cell names", () => {
    const g = gridOf([
      ["CÔNG CHỨC VĂN HÓA - XÃ HỘI (Lê Văn Tuấn)"],
      ["STT", "Việc làm", "Người làm", "Hạn xong", "Tình hình"],
      [1, "Tuyên truyền đăng ký khai tử trực tuyến trên loa", "anh Tuấn", { date: "2021-12-20" as IsoDate }, "đang làm"],
      [2, "Vận động đăng ký tài khoản định danh điện tử", "anh Hùng (CA)", { date: "2021-12-31" as IsoDate }, "đang làm"],
      [3, "Cập nhật tin bài lên Trang TTĐT xã", "anh Nam", { date: "2021-12-10" as IsoDate }, "đang làm"],
    ]);
    const c = consolidate([{ file: "vhxh.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(3)?.lead, t(4)?.lead, t(5)?.lead]).toEqual(["Công chức Văn hóa-Xã hội", "Trưởng Công an xã", "anh Nam"]);
    expect(t(3)?.note).toContain("Chủ trì lấy theo tiêu đề bảng: Công chức Văn hóa-Xã hội (Lê Văn Tuấn); ô ghi: anh Tuấn");
  });
});

describe("23. what Excel itself does to a sheet: months made dates, Data › Subtotal rows, bars for progress, a period in the file's name", () => {
  it("reads months Excel stored as dates over the columns, and a rate kept over three rows under its code", () => {
    const month = (m: number) => ({ date: `2021-${String(m).padStart(2, "0")}-01` as IsoDate });
    const g = gridOf(
      [
        ["SỐ LIỆU CÁC CHỈ SỐ CCHC NĂM 2021"],
        ["Chỉ số", "Nội dung", month(9), month(10), month(11)],
        ["1.1", "Số hồ sơ TTHC tiếp nhận trực tuyến", 14, 16, 21],
        [null, "Tổng số hồ sơ TTHC tiếp nhận", 240, 262, 275],
        [null, "Tỷ lệ hồ sơ trực tuyến (%)", 5.83, 6.11, 7.64],
        ["1.5", "Tỷ lệ văn bản điện tử (%)", 84.7, 90.9, 93.8],
      ],
      { formats: { "2:3": "mmm-yy", "2:4": "mmm-yy", "2:5": "mmm-yy" } },
    );
    const c = consolidate([{ file: "chiso.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator])).toEqual([
      [3, "1.1", "2021-09-30", 14, 240],
      [3, "1.1", "2021-10-31", 16, 262],
      [3, "1.1", "2021-11-30", 21, 275],
      [6, "1.5", "2021-09-30", null, null],
      [6, "1.5", "2021-10-31", null, null],
      [6, "1.5", "2021-11-30", null, null],
    ]);
    expect(c.readings[0].note).toContain("dòng 3-5");
    expect(c.problems.filter((p) => p.code === "CRITERION_SUGGESTED")).toEqual([]);
  });

  it("leaves a task's own dates on the 1st of three months as dates", () => {
    const first = (m: number) => ({ date: `2021-${String(m).padStart(2, "0")}-01` as IsoDate });
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Ngày giao", "Hạn", "Ngày xong"],
      [1, "Tham mưu ban hành kế hoạch kiểm tra CCHC", "1.3", first(10), first(11), first(12)],
    ]);
    const c = consolidate([{ file: "kt.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect([c.tasks[0]?.due, c.tasks[0]?.doneDate]).toEqual(["2021-11-01", "2021-12-01"]);
  });

  it("does not read Excel's subtotal rows ('VH-XH Count', 'Grand Count') as tasks", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Chủ trì", "Tiêu chí", "Hạn", "Trạng thái"],
      [1, "Tuyên truyền CCHC trên loa truyền thanh", "VH-XH", "2.1", { date: "2021-12-31" as IsoDate }, "Đang thực hiện"],
      [2, null, "VH-XH Count"],
      [3, "Tham mưu ban hành Kế hoạch CCHC", "VP-TK", "1.3", { date: "2021-03-31" as IsoDate }, "Hoàn thành"],
      [1, null, "VP-TK Count"],
      [4, null, "Grand Count"],
    ]);
    const c = consolidate([{ file: "ds.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => t.source.row).sort()).toEqual([2, 4]);
    expect(c.problems.filter((p) => p.code === "DUPLICATE_TASK" || p.code === "UNKNOWN_OFFICIAL")).toEqual([]);
  });

  it("reads 1 / 0,5 / 0 in the status column (icons over the numbers) as the share done, and not the average row", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Hạn", "Trạng thái"],
      [1, "Rà soát, đánh giá TTHC thuộc thẩm quyền", "2.2", "VP-TK", { date: "2021-09-30" as IsoDate }, 1],
      [2, "Hướng dẫn người dân nộp hồ sơ trực tuyến", "1.1", "Một cửa", { date: "2021-11-30" as IsoDate }, 0.5],
      [3, "Kiểm tra công vụ, kỷ luật hành chính", "1.3", "Chủ tịch", { date: "2021-11-30" as IsoDate }, 0],
      [null, "Tỷ lệ hoàn thành chung", null, null, null, 0.5],
    ]);
    const c = consolidate([{ file: "kh49.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.sort((a, b) => a.source.row - b.source.row).map((t) => t.status)).toEqual([
      "Hoàn thành",
      "Đang thực hiện",
      "Chưa thực hiện",
    ]);
    expect(c.tasks.find((t) => t.source.row === 3)?.note).toContain("Trạng thái ghi bằng số 0,5, đọc là Đang thực hiện");
  });

  it("reads a progress bar of blocks as its share, and says so", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Hạn", "Tiến độ"],
      [1, "Số hóa sổ hộ tịch giai đoạn 2010-2015", "1.1", "TP-HT", { date: "2021-11-30" as IsoDate }, "■■■■■■■□□□"],
      [2, "Niêm yết công khai TTHC lĩnh vực hộ tịch", "2.2", "TP-HT", { date: "2021-09-30" as IsoDate }, "■■■■■■■■■■"],
    ]);
    const c = consolidate([{ file: "tpht.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(2)?.progress, t(2)?.status, t(3)?.progress]).toEqual([70, "Đang thực hiện", 100]);
    expect(t(2)?.note).toContain("Tiến độ 70% đọc từ thanh ■■■■■■■□□□");
    expect(c.problems.some((p) => p.code === "BAD_NUMBER")).toBe(false);
  });

  it("names a dossier table's second column of the same count ('Lũy kế' beside 'Trong tháng'), never drops it silently", () => {
    const pair = (label: string) => [label, null];
    const g = gridOf(
      [
        ["THỐNG KÊ HỒ SƠ TTHC (từ 01/11/2021 đến 30/11/2021)"],
        [
          "Lĩnh vực",
          ...pair("Tiếp nhận trực tuyến"),
          ...pair("Tiếp nhận trực tiếp"),
          ...pair("Giải quyết trước hạn"),
          ...pair("Giải quyết đúng hạn"),
          ...pair("Giải quyết quá hạn"),
          "Đang giải quyết (đến 30/11)",
        ],
        [null, ...Array.from({ length: 5 }, () => ["Trong tháng", "Lũy kế"]).flat(), "Trong hạn", "Quá hạn"],
        ["Hộ tịch", 4, 38, 52, 561, 50, 540, 4, 48, 1, 3, 1, 0],
      ],
      {
        merges: [
          ...[2, 4, 6, 8, 10].map((left) => ({ top: 2, left, bottom: 2, right: left + 1 })),
          { top: 2, left: 12, bottom: 2, right: 13 },
        ],
      },
    );
    const c = consolidate([{ file: "t11.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map((d) => [d.field, d.online, d.inPerson, d.late])).toEqual([["Hộ tịch", 4, 52, 1]]);
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN").map((p) => p.column)).toEqual(["C", "E", "G", "I", "K"]);
  });

  it("takes a dossier table's period from the file's name when the sheet gives none", () => {
    const rows: GridCell[][] = [
      ["BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC"],
      ["STT", "Lĩnh vực", ...MASTER.dossiers.columns.slice(3, 12)],
      [1, "Hộ tịch", 3, 12, 86, 85, 9, 1, 6, 0, 0],
    ];
    const c = consolidate(
      [{ file: "bao-cao-TTHC_Quy-III-2021.xlsx", ok: true, grids: [gridOf(rows, { file: "bao-cao-TTHC_Quy-III-2021.xlsx" })] }],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to])).toEqual([["Hộ tịch", "2021-07-01", "2021-09-30"]]);
  });
});

describe("24. tables without the usual header: criteria marked by a cross, cells that carry their own labels", () => {
  it("reads the criterion marked by an 'x' under a column per code", () => {
    const day = (d: string) => ({ date: d as IsoDate });
    const codes = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "2.4", "2.5"];
    const x = (code: string) => codes.map((c) => (c === code ? "x" : null));
    const g = gridOf(
      [
        ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thuộc tiêu chí (đánh dấu x)", ...codes.slice(1).map(() => null), "Thời hạn", "Kết quả"],
        [null, null, null, ...codes],
        [1, "Tuyên truyền CCHC trên loa truyền thanh xã", "VH-XH", ...x("2.1"), day("2021-12-31"), "Đang thực hiện"],
        [2, "Tiếp nhận hồ sơ trợ cấp xã hội qua DVC trực tuyến", "Bộ phận Một cửa", ...x("1.1"), day("2021-10-31"), "Hoàn thành"],
        [3, "Cập nhật thông tin lao động việc làm", "VH-XH", ...x(""), day("2021-12-20"), "Chưa thực hiện"],
        [
          4,
          "Trả lời phản ánh lĩnh vực LĐ-TBXH",
          "VH-XH",
          ...codes.map((c) => (c === "2.2" || c === "2.5" ? "x" : null)),
          day("2021-10-15"),
          "Hoàn thành",
        ],
      ],
      {
        merges: [{ top: 1, left: 4, bottom: 1, right: 15 }, ...[1, 2, 3, 16, 17].map((c) => ({ top: 1, left: c, bottom: 2, right: c }))],
      },
    );
    const c = consolidate([{ file: "vhxh.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(3)?.code, t(4)?.code, t(4)?.due, t(4)?.status]).toEqual(["2.1", "1.1", "2021-10-31", "Hoàn thành"]);
    // "Cập nhật thông tin lao động việc làm" with no cross: an office's own duty, no criterion guessed for it.
    expect([t(5)?.code, t(5)?.codeSuggested]).toEqual([null, false]);
    expect([t(6)?.code, t(6)?.note]).toEqual(["2.5", expect.stringContaining("Tiêu chí ghi 2.2, 2.5; lấy 2.5")]);
  });

  it("reads rows whose cells each carry their label ('ND:', 'CT:', 'Hạn:') as a table, and says so", () => {
    const g = gridOf([
      ["Tình hình các việc CCHC (VP-TK tự theo dõi)"],
      [],
      [
        "1.",
        "ND: Cập nhật văn bản lên Cổng thông tin điện tử",
        "TC 1.5",
        "CT: VP-TK",
        "Hạn: 30/11/2021",
        "TT: Hoàn thành 26/11/2021",
        "MC: CV 312/UBND",
      ],
      [
        "2.",
        "ND: Tổng hợp kết quả khảo sát SIPAS quý III",
        "TC 2.4",
        "CT: VP-TK",
        "Hạn: 15/10/2021",
        "TT: Hoàn thành 20/10/2021",
        "MC: BC 88/BC-UBND",
      ],
      ["3.", "ND: Số hóa văn bản lưu trữ năm 2020", "TC 1.5", "CT: Một cửa", "Hạn: 25/11/2021", "TT: Đang làm 40%"],
    ]);
    const c = consolidate([{ file: "vptk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(3)?.content, t(3)?.code, t(3)?.due, t(3)?.doneDate, t(3)?.evidence]).toEqual([
      "Cập nhật văn bản lên Cổng thông tin điện tử",
      "1.5",
      "2021-11-30",
      "2021-11-26",
      "CV 312/UBND",
    ]);
    expect([t(4)?.verdict, t(5)?.lead, t(5)?.progress]).toEqual(["Trễ hạn", "Bộ phận Tiếp nhận và trả kết quả xã", 40]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("ND = Nội dung");
  });

  it("reads one task per card down the sheet as a row each, on the card's first row, and says so", () => {
    const card = (n: number, content: string, code: string, lead: string, due: string, result: string): GridCell[][] => [
      [`NHIỆM VỤ ${n}`],
      ["Nội dung:", content],
      ["Tiêu chí:", code],
      ["Chủ trì:", lead],
      ["Thời hạn:", { date: due as IsoDate }],
      ["Kết quả:", result],
      [],
    ];
    const g = gridOf([
      ["CÁC NHIỆM VỤ CCHC ĐƯỢC GIAO - CÔNG CHỨC ĐỊA CHÍNH - XÂY DỰNG"],
      [],
      ...card(1, "Hoàn thiện hồ sơ cấp GCN QSDĐ tồn đọng", "1.2", "ĐC-XD", "2021-11-30", "Đang thực hiện, đã xong 9/15 hồ sơ"),
      ...card(2, "Giải ngân vốn xây dựng đường giao thông thôn 4", "1.4", "ĐC-XD", "2021-11-15", "Hoàn thành ngày 22/11/2021"),
      ["Ngày cập nhật: 10/12/2021"],
    ]);
    const c = consolidate([{ file: "dcxd.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.sort((a, b) => a.source.row - b.source.row).map((t) => [t.source.row, t.code, t.due, t.status, t.verdict])).toEqual([
      [4, "1.2", "2021-11-30", "Đang thực hiện", "Quá hạn"],
      [11, "1.4", "2021-11-15", "Hoàn thành", "Trễ hạn"],
    ]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("mỗi nhiệm vụ ghi thành một khối dòng");
  });
});

describe("25. headers named elsewhere: by the sheet's guide line, by the group's line", () => {
  it("names a header of column numbers by the sheet's line 'cột (1) …; cột (2) …', and says so", () => {
    const g = gridOf([
      ["BIỂU THEO DÕI NHIỆM VỤ CCHC - BAN CHQS XÃ"],
      [
        "Ghi chú cách ghi: cột (1) số thứ tự; cột (2) nội dung công việc; cột (3) mã tiêu chí; cột (4) chủ trì; cột (5) thời hạn; cột (6) tình trạng",
      ],
      [],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      [1, "Cập nhật dữ liệu quân nhân dự bị lên phần mềm", "1.1", "CHT QS", { date: "2021-11-30" as IsoDate }, "Đang thực hiện"],
      [2, "Số hóa hồ sơ đăng ký nghĩa vụ quân sự", "1.\u200b2", "Ban CHQS", { date: "2021-10-31" as IsoDate }, "Đang thực hiện"],
    ]);
    const c = consolidate([{ file: "qs.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(5)?.lead, t(5)?.code, t(5)?.due, t(5)?.verdict]).toEqual(["Chỉ huy trưởng Quân sự xã", "1.1", "2021-11-30", "Quá hạn"]);
    // A zero-width space typed inside the code is no part of it.
    expect(t(6)?.code).toBe("1.2");
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("(2) = nội dung công việc");
  });

  it("takes the lead from a group's line right above its own header", () => {
    const g = gridOf([
      ["I. CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ (đ/c Trần Minh Khoa)"],
      ["STT", "Nội dung", "Hạn", "Mã TC", "Tình trạng", "Thời điểm hoàn thành"],
      [
        1,
        "Tham mưu ban hành Kế hoạch CCHC năm 2021",
        { date: "2021-01-31" as IsoDate },
        "1.3",
        "Hoàn thành",
        { date: "2021-01-25" as IsoDate },
      ],
      [],
      ["II. CÔNG CHỨC TƯ PHÁP - HỘ TỊCH (đ/c Võ Thị Thanh Tâm)"],
      ["STT", "Nội dung", "Hạn", "Mã TC", "Tình trạng", "Thời điểm hoàn thành"],
      [
        1,
        "Số hóa sổ đăng ký khai sinh giai đoạn 2016-2020",
        { date: "2021-10-31" as IsoDate },
        "1.1",
        "Hoàn thành",
        { date: "2021-11-04" as IsoDate },
      ],
    ]);
    const c = consolidate([{ file: "chung.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(3)?.lead, t(7)?.lead, t(7)?.doneDate, t(7)?.verdict]).toEqual([
      "Công chức Văn phòng-Thống kê",
      "Công chức Tư pháp-Hộ tịch",
      "2021-11-04",
      "Trễ hạn",
    ]);
  });

  it("reads a desk's report of lines under each field with a column per month as a record per field and month", () => {
    const line = (label: string, a: GridCell, b: GridCell): GridCell[] => [`- ${label}`, a, b];
    const block = (title: string, n: GridCell[][]) => [[title], ...n];
    const g = gridOf([
      ["THỐNG KÊ KẾT QUẢ GIẢI QUYẾT TTHC THÁNG 10 VÀ THÁNG 11 NĂM 2021"],
      [],
      ["Chỉ tiêu", "Tháng 10/2021", "Tháng 11/2021"],
      ...block("1. LĨNH VỰC HỘ TỊCH", [
        line("Kỳ trước chuyển sang", 2, 3),
        line("Tiếp nhận trực tuyến", 10, 14),
        line("Tiếp nhận trực tiếp, qua bưu chính", 71, 66),
        line("Giải quyết trước hạn", 68, 70),
        line("Giải quyết đúng hạn", 11, 9),
        line("Giải quyết quá hạn", 1, 0),
        line("Đang giải quyết trong hạn", 3, 4),
        line("Đang giải quyết quá hạn", 0, 0),
      ]),
      ...block("2. LĨNH VỰC CHỨNG THỰC", [
        line("Tiếp nhận trực tuyến", 0, 2),
        line("Tiếp nhận trực tiếp, qua bưu chính", "1.250", "1.312"),
        line("Giải quyết trước hạn", "1.250", "1.314"),
      ]),
    ]);
    const c = consolidate([{ file: "tk.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map((d) => [d.field, d.from, d.to, d.online, d.inPerson, d.late, d.pendingInTime])).toEqual([
      ["Hộ tịch", "2021-10-01", "2021-10-31", 10, 71, 1, 3],
      ["Chứng thực", "2021-10-01", "2021-10-31", 0, 1250, 0, 0],
      ["Hộ tịch", "2021-11-01", "2021-11-30", 14, 66, 0, 4],
      ["Chứng thực", "2021-11-01", "2021-11-30", 2, 1312, 0, 0],
    ]);
    expect(c.readings).toEqual([]);
  });

  it("reads a survey's answers by question as the criteria's rates, never its questions as tasks", () => {
    const g = gridOf(
      [
        ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)"],
        ["Kỳ khảo sát: từ 01/10/2021 đến 30/11/2021"],
        [
          "Tiêu chí",
          "Câu hỏi",
          "Rất hài lòng",
          "Hài lòng",
          "Bình thường",
          "Không hài lòng",
          "Rất không hài lòng",
          "Tỷ lệ hài lòng của tiêu chí (%)",
        ],
        ["2.1 - Tiếp cận dịch vụ", "Câu 1. Nơi ngồi chờ có đủ chỗ ngồi", 30, 42, 6, 2, 0, 90],
        [null, "Câu 2. Trang thiết bị phục vụ đầy đủ", 28, 44, 8, 0, 0],
        ["2.2 - Thủ tục hành chính", "Câu 3. TTHC được niêm yết công khai đầy đủ", 35, 40, 5, 0, 0, 93.13],
      ],
      {
        merges: [
          { top: 4, left: 1, bottom: 5, right: 1 },
          { top: 4, left: 8, bottom: 5, right: 8 },
        ],
      },
    );
    const c = consolidate([{ file: "sipas.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.value])).toEqual([
      [4, "2.1", "2021-11-30", 90],
      // The levels' answers, all added, are the whole: 75/80 = 93,75, the sheet's 93,13 named.
      [6, "2.2", "2021-11-30", 93.75],
    ]);
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH").map((p) => p.row)).toEqual([6]);
  });

  it("reads amounts written with their money unit, and names an estimate's row instead of reading it", () => {
    const g = gridOf([
      ["TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (TC 1.4)"],
      ["Ngày số liệu", "Đã giải ngân", "Kế hoạch vốn", "Tỷ lệ"],
      ["31/10/2021", "3.104.000.000 đ", "4.850.000.000 đ", "64%"],
      ["30/11/2021", "3,88 tỷ", "4,85 tỷ", "80%"],
      ["Ước 31/12/2021", "4,6 tỷ", "4,85 tỷ", "94,8%"],
    ]);
    const c = consolidate([{ file: "giaingan.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.readings.map((r) => [r.source.row, r.date, r.numerator, r.denominator])).toEqual([
      [3, "2021-10-31", 3104000000, 4850000000],
      [4, "2021-11-30", 3.88, 4.85],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.value])).toEqual([[5, "Ước 31/12/2021"]]);
  });

  it("takes as lead the official a shared cell marks '(chủ trì)', the first otherwise", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Đơn vị thực hiện", "Hạn", "Tình trạng"],
      [
        1,
        "Tiếp nhận hồ sơ đăng ký thường trú trực tuyến",
        "1.1",
        "Một cửa, Công an xã (chủ trì)",
        { date: "2021-12-31" as IsoDate },
        "Đang thực hiện",
      ],
      [2, "Niêm yết công khai TTHC", "2.2", "VP-TK, TP-HT", { date: "2021-12-31" as IsoDate }, "Đang thực hiện"],
    ]);
    const c = consolidate([{ file: "pc.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(2)?.lead, t(2)?.partners, t(3)?.lead]).toEqual([
      "Trưởng Công an xã",
      "Bộ phận Tiếp nhận và trả kết quả xã",
      "Công chức Văn phòng-Thống kê",
    ]);
    expect(t(2)?.note).toContain('Chủ trì theo ghi "(chủ trì)" trong ô');
  });

  it("takes a footnote's mark off its cell, keeps the footnote in Ghi chú, and a deadline it extends", () => {
    const g = gridOf([
      ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng"],
      [1, "Giải ngân vốn chương trình nông thôn mới", "1.4", "TC-KT", "30/11/2021 (*)", "Đang thực hiện"],
      [2, "Thu phí, lệ phí không dùng tiền mặt", "1.1**", "TC-KT", "31/10/2021", "Hoàn thành⁽¹⁾"],
      [],
      ["(*) Đã được Chủ tịch UBND xã đồng ý gia hạn đến ngày 20/12/2021 (Công văn số 215/UBND)."],
      ["(**) Mã tiêu chí tạm xếp, chờ hướng dẫn của huyện."],
      ["(1) Hoàn thành phần thu lệ phí hộ tịch; phần phí chợ chuyển sang năm 2022."],
    ]);
    const c = consolidate([{ file: "tckt.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    const t = (r: number) => c.tasks.find((x) => x.source.row === r);
    expect([t(2)?.due, t(2)?.verdict, t(3)?.code, t(3)?.status]).toEqual(["2021-12-20", "Chưa đến hạn", "1.1", "Hoàn thành"]);
    expect(t(2)?.note).toContain("Chú thích: (*) Đã được Chủ tịch UBND xã đồng ý gia hạn đến ngày 20/12/2021");
    expect(t(2)?.note).toContain("(ô ghi 30/11/2021)");
    expect(t(3)?.note).toContain("phần phí chợ chuyển sang năm 2022");
    expect(c.tasks).toHaveLength(2);
  });

  it("leaves an assignment matrix as it is when a cell under an official says more than CT or PH", () => {
    const g = gridOf(
      [
        ["STT", "Nhiệm vụ", "Tiêu chí", "Phân công thực hiện", null, null, "Thời hạn"],
        [null, null, null, "VP-TK", "TP-HT", "CA xã"],
        [1, "Rà soát TTHC lĩnh vực tư pháp", "2.2", "PH", "CT từ 10/2021", null, { date: "2021-12-31" as IsoDate }],
        [2, "Niêm yết TTHC tại Bộ phận Một cửa", "2.2", "CT", "PH", null, { date: "2021-12-31" as IsoDate }],
      ],
      { merges: [{ top: 1, left: 4, bottom: 1, right: 6 }] },
    );
    const c = consolidate([{ file: "pc.xlsx", ok: true, grids: [g] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.find((t) => t.source.row === 3)?.note).toContain("CT từ 10/2021");
  });
});

describe("26. dates and figures as some offices write them: Roman months, two money units, a criterion by its number in its group", () => {
  it("reads a month in Roman numerals ('15/XI/2021'), as military paperwork writes it, so a late task is late", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành"],
        [1, "Đăng ký nghĩa vụ quân sự cho công dân nam đủ 17 tuổi", "2.4", "Ban CHQS xã", "15/XI/2021", "Hoàn thành", "19/XI/2021"],
        [2, "Số hóa hồ sơ dân quân tự vệ", "1.5", "Ban CHQS xã", "30-XI-2021", "Đang thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.due, t.doneDate, t.verdict])).toEqual([
      [2, "2021-11-15", "2021-11-19", "Trễ hạn"],
      [3, "2021-11-30", null, "Quá hạn"],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("brings a plan in tỷ đồng and a disbursement in triệu đồng into one unit before dividing, and says so", () => {
    const c = one(
      gridOf([
        ["TT", "Mã chỉ số", "Nội dung", "Kế hoạch năm 2021", "Thực hiện (lũy kế)", "Tỷ lệ (%)", "Số liệu đến ngày"],
        [null, null, null, "(tỷ đồng)", "(triệu đồng)"],
        [1, "1.4", "Giải ngân vốn đầu tư công", 4.8, 2400, 50, { date: "2021-09-30" as IsoDate }],
        [2, "1.4", "Giải ngân vốn đầu tư công", 4.8, 3360, null, { date: "2021-11-30" as IsoDate }],
      ]),
    );
    expect(c.readings.map((x) => [x.date, x.numerator, x.denominator, x.value])).toEqual([
      ["2021-09-30", 2400, 4800, 50],
      ["2021-11-30", 3360, 4800, 70],
    ]);
    expect(c.readings[0].note).toContain("Mẫu số đổi đơn vị 4,8 tỷ đồng = 4.800 triệu đồng");
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH")).toEqual([]);
  });

  it("reads 'TC số' 5 on a sheet named for the satisfaction group as criterion 2.5, and leaves a bare number alone where no group is named", () => {
    const rows = [
      ["STT", "TC số", "Nội dung công việc", "Chủ trì", "Hạn", "Tình trạng"],
      [1, 5, "Trả lời phản ánh về cấp phép xây dựng", "ĐC-XD", { date: "2021-11-20" as IsoDate }, "Chưa thực hiện"],
      [2, "1.1", "Hướng dẫn nộp hồ sơ qua Cổng dịch vụ công", "ĐC-XD", { date: "2021-10-31" as IsoDate }, "Đang thực hiện"],
    ];
    const grouped = one(gridOf(rows, { sheet: "Nhom II - Hai long" }));
    expect(grouped.tasks.map((t) => t.code)).toEqual(["2.5", "1.1"]);
    expect(grouped.tasks[0].note).toContain('Mã tiêu chí "5" là số thứ tự trong nhóm 2');
    const titled = one(gridOf([["NHÓM I. CÁC CHỈ SỐ VỀ CẢI CÁCH HÀNH CHÍNH (TIÊU CHÍ 1.1 ĐẾN 1.7)"], [], ...rows]));
    expect(titled.tasks.map((t) => t.code)).toEqual(["1.5", "1.1"]);
    const plain = one(gridOf(rows));
    expect(plain.tasks.map((t) => t.code)).toEqual(["5", "1.1"]);
    expect(plain.problems.some((p) => p.code === "UNKNOWN_CRITERION")).toBe(true);
  });

  it("reads 'Hạn / Ngày HT' holding '15/10/2021 - 20/10/2021' as the deadline then the day done, never as a span", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung công việc", "Tiêu chí", "Người thực hiện", "Hạn / Ngày HT", "Kết quả"],
        [1, "Tổ chức đối thoại với nhân dân về CCHC", "2.5", "VP-TK", "15/10/2021 - 20/10/2021", "Hoàn thành"],
        [2, "Niêm yết bộ TTHC mới công bố", "2.2", "Một cửa", "20/11/2021 – 19/11/2021", "Hoàn thành"],
        [3, "Kiểm tra hồ sơ đất đai quá hạn", "1.2", "ĐC-XD", "30/11/2021 - chưa", "Đang thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => [t.due, t.doneDate, t.verdict])).toEqual([
      ["2021-10-15", "2021-10-20", "Trễ hạn"],
      ["2021-11-20", "2021-11-19", "Đúng hạn"],
      ["2021-11-30", null, "Quá hạn"],
    ]);
    // Under a deadline's own heading the same text is still the work's span, due at its end.
    const span = one(
      gridOf([
        ["STT", "Nội dung công việc", "Thời hạn", "Tình trạng"],
        [1, "Tuyên truyền CCHC", "01/10/2021 - 15/10/2021", "Đang thực hiện"],
      ]),
    );
    expect(span.tasks[0].due).toBe("2021-10-15");
  });

  it("keeps an expected day in 'Ngày hoàn thành (thực tế / dự kiến)' out of the day done, in Ghi chú", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành (thực tế / dự kiến)"],
        [
          1,
          "Thu thập dữ liệu dân cư",
          "1.1",
          "Công an xã",
          { date: "2021-10-30" as IsoDate },
          "Hoàn thành",
          { date: "2021-10-28" as IsoDate },
        ],
        [
          2,
          "Cấp định danh điện tử mức 2",
          "1.1",
          "Công an xã",
          { date: "2021-11-30" as IsoDate },
          "Đang thực hiện",
          { date: "2021-12-20" as IsoDate },
        ],
        [
          3,
          "Hướng dẫn đăng ký thường trú trực tuyến",
          "1.1",
          "Công an xã",
          { date: "2021-12-31" as IsoDate },
          "Đang thực hiện",
          "dự kiến 25/12",
        ],
      ]),
    );
    expect(c.tasks.map((t) => [t.doneDate, t.verdict])).toEqual([
      ["2021-10-28", "Đúng hạn"],
      [null, "Quá hạn"],
      [null, "Chưa đến hạn"],
    ]);
    expect(c.tasks[1].note).toContain("Ngày hoàn thành dự kiến 20/12/2021");
    expect(c.tasks[2].note).toContain('Ngày hoàn thành ghi "dự kiến 25/12": ngày dự kiến');
    expect(c.problems.filter((p) => ["BAD_DATE", "DONE_IN_FUTURE", "STATUS_CONTRADICTION"].includes(p.code))).toEqual([]);
  });

  it("reads a status merged across Thời hạn, Tình trạng and Ngày hoàn thành ('Hoàn thành (đúng hạn) ngày 15/10/2021'), and a bare '60%' note as progress", () => {
    const c = one(
      gridOf(
        [
          ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành", "Ghi chú"],
          [1, "Tổ chức Ngày hội cải cách hành chính", "2.3", "VH-XH", "Hoàn thành (đúng hạn) ngày 15/10/2021"],
          [2, "Cập nhật hồ sơ người có công", "2.4", "VH-XH", { date: "2021-12-31" as IsoDate }, "Đang thực hiện", null, "60%"],
        ],
        { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
      ),
    );
    expect(c.tasks.map((t) => [t.status, t.doneDate, t.progress])).toEqual([
      ["Hoàn thành", "2021-10-15", 100],
      ["Đang thực hiện", null, 60],
    ]);
  });
});

describe("27. tables turned or split another way: criteria across, units per row, a month grid, dossier measures down", () => {
  it("reads a deadline typed as a month ('11/2021', kept by Excel as 01/11 under 'mm/yyyy') as the month's last day", () => {
    const c = one(
      gridOf(
        [
          ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành"],
          [1, "Niêm yết TTHC lĩnh vực hộ tịch", "2.2", "TP-HT", d("2021-11-01"), "Hoàn thành", d("2021-11-19")],
          [2, "Báo cáo kết quả công tác hộ tịch", "2.4", "TP-HT", "12/2021", "Chưa thực hiện"],
        ],
        { formats: { "2:5": "mm/yyyy" } },
      ),
    );
    expect(c.tasks.map((t) => [t.due, t.verdict])).toEqual([
      ["2021-11-30", "Đúng hạn"],
      ["2021-12-31", "Chưa đến hạn"],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("takes a merged '→ Ghi chú' row under a task into its note, and applies the extension or the redo it tells of", () => {
    const c = one(
      gridOf(
        [
          ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng", "Ngày hoàn thành"],
          [1, "Giải ngân vốn công trình đường bê tông", "1.4", "TC-KT", d("2021-11-30"), "Đang thực hiện (72%)"],
          [null, "→ Ghi chú: Chủ tịch UBND xã đồng ý gia hạn đến ngày 31/12/2021 (Thông báo số 95/TB-UBND)."],
          [2, "Lập bảng kê thu thuế sử dụng đất phi nông nghiệp", "1.7", "TC-KT", d("2021-11-30"), "Hoàn thành", d("2021-11-26")],
          [null, "→ Ghi chú: Ngày 03/12/2021 Chi cục Thuế trả lại bảng kê để lập lại; hiện đang thực hiện lại."],
        ],
        {
          merges: [
            { top: 3, left: 2, bottom: 3, right: 7 },
            { top: 5, left: 2, bottom: 5, right: 7 },
          ],
        },
      ),
    );
    expect(c.tasks.map((t) => [t.due, t.status, t.doneDate, t.verdict])).toEqual([
      ["2021-12-31", "Đang thực hiện", null, "Chưa đến hạn"],
      ["2021-11-30", "Đang thực hiện", null, "Quá hạn"],
    ]);
    expect(c.tasks[0].note).toContain("Hạn gia hạn đến 31/12/2021; hạn ban đầu 30/11/2021");
    expect(c.tasks[1].note).toContain("trả lại bảng kê để lập lại");
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => p.row)).toEqual([5]);
  });

  it("reads a rank among communes ('Xếp thứ (trong 16 xã)': 5/16) as no progress: the rows stay readings", () => {
    const c = one(
      gridOf([
        ["KẾT QUẢ CHỈ SỐ QUÝ III/2021 (số liệu tính đến ngày 30/9/2021)"],
        [],
        ["STT", "Mã", "Chỉ số", "Chỉ tiêu (%)", "Kết quả của xã (%)", "Xếp thứ (trong 16 xã)", "Đánh giá"],
        [1, "1.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "≥ 20", 21.4, "5/16", "Đạt"],
        [2, "2.2", "Hài lòng về thủ tục hành chính", "≥ 90", 88.5, "12/16", "Chưa đạt"],
      ]),
    );
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((x) => [x.code, x.date, x.value])).toEqual([
      ["1.1", "2021-09-30", 21.4],
      ["2.2", "2021-09-30", 88.5],
    ]);
    expect(c.readings[1].note).toContain("Xếp thứ (trong 16 xã): 12/16");
  });

  it("takes the plan band's 'Đến ngày' for the deadline and the actual band's for the day done, under the same sub-headings", () => {
    const c = one(
      gridOf(
        [
          [
            "STT",
            "Nội dung công việc",
            "Tiêu chí",
            "Người thực hiện",
            "Thời gian theo kế hoạch",
            null,
            "Thời gian thực hiện thực tế",
            null,
            "Kết quả",
          ],
          [null, null, null, null, "Từ ngày", "Đến ngày", "Từ ngày", "Đến ngày"],
          [
            1,
            "Cập nhật hồ sơ CBCC lên phần mềm",
            "1.3",
            "VP-TK",
            d("2021-10-15"),
            d("2021-11-15"),
            d("2021-10-20"),
            d("2021-11-22"),
            "Hoàn thành",
          ],
          [
            2,
            "Niêm yết kết quả giải quyết phản ánh",
            "2.5",
            "VP-TK",
            d("2021-09-15"),
            d("2021-10-15"),
            d("2021-09-20"),
            d("2021-10-08"),
            "Hoàn thành",
          ],
        ],
        {
          merges: [
            { top: 1, left: 5, bottom: 1, right: 6 },
            { top: 1, left: 7, bottom: 1, right: 8 },
          ],
        },
      ),
    );
    expect(c.tasks.map((t) => [t.due, t.doneDate, t.verdict])).toEqual([
      ["2021-11-15", "2021-11-22", "Trễ hạn"],
      ["2021-10-15", "2021-10-08", "Đúng hạn"],
    ]);
  });

  it("reads an 'x' under 'Đã hoàn thành › Đúng hạn' or 'Đang thực hiện › Trong hạn' as the state, and names a mark the dates contradict", () => {
    const c = one(
      gridOf(
        [
          ["STT", "Nội dung nhiệm vụ", "Tiêu chí", "Chủ trì", "Thời hạn", "Kết quả thực hiện", null, null, null, null, "Ngày hoàn thành"],
          [null, null, null, null, null, "Đã hoàn thành", null, "Đang thực hiện", null, "Chưa thực hiện"],
          [null, null, null, null, null, "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
          [1, "Công khai đường dây nóng", "2.5", "Một cửa", d("2021-10-15"), "x"],
          [2, "Cử công chức đi bồi dưỡng", "1.3", "VP-TK", d("2021-11-30"), "x", null, null, null, null, d("2021-12-03")],
          [3, "Số hóa kết quả giải quyết TTHC", "1.1", "Một cửa", d("2021-12-31"), null, null, "x"],
          [4, "Triển khai chữ ký số", "1.5", "VP-TK", d("2021-12-20"), null, null, null, null, "x"],
        ],
        {
          merges: [
            { top: 1, left: 6, bottom: 1, right: 10 },
            { top: 2, left: 6, bottom: 2, right: 7 },
            { top: 2, left: 8, bottom: 2, right: 9 },
            { top: 2, left: 10, bottom: 3, right: 10 },
          ],
        },
      ),
    );
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => p.row)).toEqual([5]);
  });

  it("reads a column per criterion with the reading's parts down the rows, each with its own date", () => {
    const c = one(
      gridOf([
        ["SỐ LIỆU CÁC CHỈ SỐ (cập nhật ngày 06/12/2021)"],
        [],
        ["Nội dung", "1.1", "1.3", "2.1"],
        ["Tên chỉ số", "Hồ sơ tiếp nhận trực tuyến", "CBCC đạt chuẩn", "Hài lòng về tiếp cận dịch vụ"],
        ["Tử số", 19, 20, 37],
        ["Mẫu số", 99, 21, 40],
        ["Tỷ lệ (%)", 19.19, 95.24, 92.5],
        ["Số liệu tính đến ngày", d("2021-11-30"), d("2021-10-31"), d("2021-11-30")],
        ["Chỉ tiêu năm 2021", "≥ 20%", "≥ 90%", "≥ 90%"],
      ]),
    );
    expect(c.readings.map((x) => [x.code, x.date, x.numerator, x.denominator]).sort()).toEqual([
      ["1.1", "2021-11-30", 19, 99],
      ["1.3", "2021-10-31", 20, 21],
      ["2.1", "2021-11-30", 37, 40],
    ]);
    expect(c.readings.find((x) => x.code === "1.3")?.note).toContain("Chỉ tiêu năm 2021: ≥ 90%");
    expect(c.problems.filter((p) => p.code === "READING_PARTS" || p.code === "RATE_MISMATCH")).toEqual([]);
  });

  it("reads one row per unit with 'Vai trò' as one task at its Chủ trì row, the others its partners", () => {
    const c = one(
      gridOf([
        [
          "STT",
          "Nội dung nhiệm vụ",
          "Tiêu chí",
          "Đơn vị, cá nhân",
          "Vai trò",
          "Thời hạn",
          "Kết quả thực hiện của đơn vị",
          "Ngày hoàn thành",
        ],
        [
          1,
          "Tiếp nhận phản ánh qua trang Facebook của UBND xã",
          "2.5",
          "VP-TK",
          "Phối hợp",
          d("2021-11-15"),
          "Hoàn thành",
          d("2021-11-05"),
        ],
        [
          null,
          "Tiếp nhận phản ánh qua trang Facebook của UBND xã",
          "2.5",
          "VH-XH",
          "Chủ trì",
          d("2021-11-15"),
          "Hoàn thành",
          d("2021-11-18"),
        ],
        [null, "Tiếp nhận phản ánh qua trang Facebook của UBND xã", "2.5", "Một cửa", "Phối hợp", d("2021-11-15"), "Đang thực hiện"],
        [2, "Tổ chức Ngày hội CCHC", "2.1", "VH-XH", "Chủ trì", d("2021-10-30"), "Đã tổ chức", d("2021-10-28")],
        [null, "Tổ chức Ngày hội CCHC", "2.1", "Đoàn Thanh niên", "Phối hợp", d("2021-10-30"), "Đã phối hợp"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.lead, t.doneDate, t.verdict])).toEqual([
      [3, "Công chức Văn hóa-Xã hội", "2021-11-18", "Trễ hạn"],
      [5, "Công chức Văn hóa-Xã hội", "2021-10-28", "Đúng hạn"],
    ]);
    expect(c.tasks[0].partners).toContain("Bộ phận Tiếp nhận và trả kết quả xã");
    expect(c.tasks[0].note).toContain("Một cửa (Đang thực hiện)");
  });

  it("reads a month grid ('Tháng 10' over 'KH | TH'): due at the end of the KH month, done by the TH day, progress by the latest %", () => {
    const c = one(
      gridOf(
        [
          ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Tiến độ thực hiện năm 2021", null, null, null, null, null, "Ghi chú"],
          [null, null, null, null, "Tháng 10", null, "Tháng 11", null, "Tháng 12"],
          [null, null, null, null, "KH", "TH", "KH", "TH", "KH", "TH"],
          [1, "Tập huấn dịch vụ công trực tuyến", "1.1", "VH-XH", "x", null, null, d("2021-11-12")],
          [2, "Giải ngân vốn đầu tư công", "1.4", "TC-KT", null, "40%", null, "72%", "x"],
          [3, "Khảo sát mức độ hài lòng", "2.3", "Một cửa", null, null, "x", "50%"],
          [],
          [null, null, null, null, null, null, null, "PHÓ CHỦ TỊCH"],
        ],
        {
          merges: [
            { top: 1, left: 5, bottom: 1, right: 10 },
            { top: 2, left: 5, bottom: 2, right: 6 },
            { top: 2, left: 7, bottom: 2, right: 8 },
            { top: 2, left: 9, bottom: 2, right: 10 },
          ],
        },
      ),
    );
    expect(c.tasks.map((t) => [t.due, t.status, t.doneDate, t.progress, t.verdict])).toEqual([
      ["2021-10-31", "Hoàn thành", "2021-11-12", 100, "Trễ hạn"],
      ["2021-12-31", "Đang thực hiện", null, 72, "Chưa đến hạn"],
      ["2021-11-30", "Đang thực hiện", null, 50, "Quá hạn"],
    ]);
    expect(c.tasks[1].note).toContain("Tháng 10: TH 40%");
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED")).toEqual([]);
  });

  it("reads dossier measures down the rows (sub-items lettered in the numbering column) and fields across", () => {
    const c = one(
      gridOf([
        ["THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 11/2021"],
        ["(Từ ngày 01/11/2021 đến ngày 30/11/2021)"],
        ["STT", "Chỉ tiêu thống kê", "Hộ tịch", "Đất đai", "Tổng cộng"],
        ["1", "Số hồ sơ nhận giải quyết", 41, 15, 56],
        ["a", "Từ kỳ trước chuyển sang", 1, 4, 5],
        ["b", "Mới tiếp nhận trong tháng", 40, 11, 51],
        [null, "- Trực tuyến", 14, 2, 16],
        [null, "- Trực tiếp, dịch vụ bưu chính", 26, 9, 35],
        ["2", "Số hồ sơ đã giải quyết", 40, 11, 51],
        ["a", "Trước hạn", 30, 5, 35],
        ["b", "Đúng hạn", 9, 6, 15],
        ["c", "Quá hạn", 1, 0, 1],
        ["3", "Số hồ sơ đang giải quyết", 1, 4, 5],
        ["a", "Trong hạn", 1, 3, 4],
        ["b", "Quá hạn", 0, 1, 1],
        ["4", "Số hồ sơ trả lại, rút hồ sơ", 0, 0, 0],
      ]),
    );
    expect(c.readings).toEqual([]);
    expect((c.dossiers ?? []).map(countsOf)).toEqual([
      ["Hộ tịch", "2021-11-01", "2021-11-30", 1, 14, 26, 30, 9, 1, 1, 0, 0],
      ["Đất đai", "2021-11-01", "2021-11-30", 4, 2, 9, 5, 6, 0, 3, 1, 0],
    ]);
  });
});

describe("28. what a plan's own rows, totals and words add: targets beside results, a total per criterion, rounds, months, roles, days from an update", () => {
  it("reads the 'Thực hiện' row of a KH / TH pair, names the 'Kế hoạch năm 2021' row as the target, and never adds them up", () => {
    const c = one(
      gridOf(
        [
          ["(Số liệu thực hiện tính đến ngày 30/11/2021)"],
          [],
          ["Mã chỉ số", "Tên chỉ số", "Nội dung", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
          ["1.4", "Tỷ lệ giải ngân vốn đầu tư công", "Kế hoạch năm 2021", 4200, 4200, 100],
          [null, null, "Thực hiện đến 30/11/2021", 3024, 4200, 72],
        ],
        {
          merges: [
            { top: 4, left: 1, bottom: 5, right: 1 },
            { top: 4, left: 2, bottom: 5, right: 2 },
          ],
        },
      ),
    );
    expect(c.readings.map((x) => [x.code, x.numerator, x.denominator, x.value])).toEqual([["1.4", 3024, 4200, 72]]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([4]);
    expect(c.problems.filter((p) => p.code === "READING_PARTS")).toEqual([]);
  });

  it("takes a criterion's own 'Cộng toàn xã' row for its reading, its field rows the parts it checks", () => {
    const c = one(
      gridOf([
        ["(Số liệu lũy kế từ ngày 01/01/2021 đến ngày 30/11/2021)"],
        [],
        ["STT", "Chỉ số / Lĩnh vực", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Ghi chú"],
        ["I", "Chỉ số 1.1 - Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến"],
        [1, "- Hộ tịch", 70, 400, 17.5],
        [2, "- Đất đai", 38, 120, 31.67],
        [null, "Cộng toàn xã", 108, 520, 20.77, "Mẫu số: hồ sơ tiếp nhận mới"],
        ["II", "Chỉ số 1.2 - Tỷ lệ hồ sơ giải quyết đúng hạn"],
        [1, "- Hộ tịch", 392, 395, 99.24],
        [2, "- Đất đai", 114, 120, 95],
        [null, "Cộng toàn xã", 506, 515, 98.25],
      ]),
    );
    expect(c.readings.map((x) => [x.code, x.source.row, x.numerator, x.denominator])).toEqual([
      ["1.1", 7, 108, 520],
      ["1.2", 11, 506, 515],
    ]);
    expect(c.readings[0].note).toContain("Mẫu số: hồ sơ tiếp nhận mới");
    expect(c.problems.filter((p) => p.code === "READING_PARTS")).toEqual([]);
  });

  it("reads dossier counts split 'T10 | T11' under each measure as a record per month and field", () => {
    const c = one(
      gridOf(
        [
          ["THỐNG KÊ HỒ SƠ TTHC THÁNG 10 VÀ THÁNG 11 NĂM 2021"],
          [],
          [
            "STT",
            "Lĩnh vực",
            "Số hồ sơ nhận giải quyết",
            null,
            null,
            null,
            null,
            null,
            "Số hồ sơ đã giải quyết",
            null,
            null,
            null,
            "Số hồ sơ đang giải quyết",
            null,
            null,
            null,
          ],
          [
            null,
            null,
            "Kỳ trước chuyển sang",
            null,
            "Tiếp nhận trực tuyến",
            null,
            "Tiếp nhận trực tiếp",
            null,
            "Đúng hạn",
            null,
            "Quá hạn",
            null,
            "Trong hạn",
            null,
            "Quá hạn",
            null,
          ],
          [null, null, "T10", "T11", "T10", "T11", "T10", "T11", "T10", "T11", "T10", "T11", "T10", "T11", "T10", "T11"],
          [1, "Hộ tịch", 1, 2, 10, 12, 28, 30, 36, 41, 1, 1, 2, 2, 0, 0],
        ],
        {
          merges: [
            { top: 3, left: 3, bottom: 3, right: 8 },
            { top: 3, left: 9, bottom: 3, right: 12 },
            { top: 3, left: 13, bottom: 3, right: 16 },
            { top: 4, left: 3, bottom: 4, right: 4 },
            { top: 4, left: 5, bottom: 4, right: 6 },
            { top: 4, left: 7, bottom: 4, right: 8 },
            { top: 4, left: 9, bottom: 4, right: 10 },
            { top: 4, left: 11, bottom: 4, right: 12 },
            { top: 4, left: 13, bottom: 4, right: 14 },
            { top: 4, left: 15, bottom: 4, right: 16 },
          ],
        },
      ),
    );
    expect(
      (c.dossiers ?? []).map((x) => [x.field, x.from, x.to, x.carriedOver, x.online, x.inPerson, x.onTime, x.late, x.pendingInTime]),
    ).toEqual([
      ["Hộ tịch", "2021-10-01", "2021-10-31", 1, 10, 28, 36, 1, 2],
      ["Hộ tịch", "2021-11-01", "2021-11-30", 2, 12, 30, 41, 1, 2],
    ]);
  });

  it("reads a long list of dossier counts, one row per field and measure, as a record per field", () => {
    const rows: Array<Array<string | number | null>> = [
      ["Từ ngày 01/09/2021 đến ngày 30/09/2021"],
      [],
      ["STT", "Lĩnh vực", "Chỉ tiêu", "Số hồ sơ"],
    ];
    const measures = [
      "Tồn kỳ trước chuyển sang",
      "Tiếp nhận trực tuyến",
      "Tiếp nhận trực tiếp",
      "Đã giải quyết đúng hạn",
      "Đã giải quyết quá hạn",
      "Đang giải quyết trong hạn",
      "Đang giải quyết quá hạn",
    ];
    const counts: Record<string, number[]> = { "Hộ tịch": [0, 9, 25, 32, 1, 1, 0], "Đất đai": [3, 1, 7, 7, 0, 3, 1] };
    for (const [field, n] of Object.entries(counts)) measures.forEach((m, i) => rows.push([rows.length - 2, field, m, n[i]]));
    const c = one(gridOf(rows));
    expect(
      (c.dossiers ?? []).map((x) => [x.field, x.from, x.to, x.carriedOver, x.online, x.inPerson, x.onTime, x.late, x.pendingInTime]),
    ).toEqual([
      ["Hộ tịch", "2021-09-01", "2021-09-30", 0, 9, 25, 32, 1, 1],
      ["Đất đai", "2021-09-01", "2021-09-30", 3, 1, 7, 7, 0, 3],
    ]);
  });

  it("dates each survey round ('Đợt 1 | Đợt 2') by its own line above the table", () => {
    const c = one(
      gridOf(
        [
          ["- Đợt 1: từ ngày 07/6/2021 đến ngày 18/6/2021 (phát ra 40 phiếu)."],
          ["- Đợt 2: từ ngày 15/11/2021 đến ngày 26/11/2021 (phát ra 45 phiếu)."],
          [],
          ["STT", "Mã", "Chỉ số", "Đợt 1", null, null, "Đợt 2"],
          [null, null, null, "Số phiếu hài lòng", "Số phiếu trả lời", "Tỷ lệ (%)", "Số phiếu hài lòng", "Số phiếu trả lời", "Tỷ lệ (%)"],
          [1, "2.1", "Tỷ lệ hài lòng về tiếp cận dịch vụ", 33, 38, 86.84, 37, 40, 92.5],
        ],
        {
          merges: [
            { top: 4, left: 4, bottom: 4, right: 6 },
            { top: 4, left: 7, bottom: 4, right: 9 },
          ],
        },
      ),
    );
    expect(c.readings.map((x) => [x.code, x.date, x.numerator, x.denominator]).sort()).toEqual([
      ["2.1", "2021-06-18", 33, 38],
      ["2.1", "2021-11-26", 37, 40],
    ]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("Đợt 2: từ ngày 15/11/2021 đến ngày 26/11/2021");
  });

  it("reads a month number under 'Hoàn thành trong tháng', a lead the cell calls chủ trì wherever it stands, and days from the update date", () => {
    const c = one(
      gridOf([
        ["(Cập nhật: thứ Sáu, ngày 03/12/2021)"],
        [],
        ["STT", "Nội dung", "Tiêu chí", "Đơn vị thực hiện", "Thời hạn", "Kết quả"],
        [
          1,
          "Tuyên truyền khai sinh trực tuyến",
          "1.1",
          "Phối hợp: VP-TK, TC-KT - Chủ trì: Bộ phận Một cửa",
          "cuối tháng này",
          "Đang thực hiện",
        ],
        [2, "Lấy ý kiến người dân", "2.3", "VH-XH phối hợp; Một cửa chủ trì", "thứ Hai tuần sau", "Chưa thực hiện"],
        [3, "Hướng dẫn tạm trú trực tuyến", "1.1", "Một cửa, Công an xã (chủ trì)", "2 tuần nữa", "Chưa thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => [t.lead, t.due])).toEqual([
      ["Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-31"],
      ["Bộ phận Tiếp nhận và trả kết quả xã", "2021-12-06"],
      ["Trưởng Công an xã", "2021-12-17"],
    ]);
    expect(c.tasks[1].note).toContain('Hạn "thứ Hai tuần sau" tính từ ngày cập nhật 03/12/2021: 06/12/2021');
    expect(c.tasks[0].partners).toContain("Công chức Văn phòng-Thống kê");
    const months = one(
      gridOf([
        ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Hoàn thành trong tháng (năm 2021)", "Kết quả"],
        [1, "Tuyên truyền khai sinh trực tuyến", "1.1", "TP-HT", 10, "Đang thực hiện"],
        [2, "Rà soát hồ sơ chứng thực tồn đọng", "1.2", "TP-HT", 12, "Chưa thực hiện"],
      ]),
    );
    expect(months.tasks.map((t) => [t.due, t.verdict])).toEqual([
      ["2021-10-31", "Quá hạn"],
      ["2021-12-31", "Chưa đến hạn"],
    ]);
  });
});

describe("29. a survey's answers, progress by the day it was checked, a form's blank dates, a month over its block", () => {
  it("counts 'Rất hài lòng' and 'Hài lòng' as the satisfied, never the total less 'Không hài lòng' where 'Bình thường' stands beside them", () => {
    const c = one(
      gridOf(
        [
          ["KẾT QUẢ KHẢO SÁT QUÝ IV/2021"],
          [],
          ["STT", "Mã", "Chỉ số", "Số phiếu trả lời theo mức độ hài lòng", null, null, null, "Tổng số phiếu trả lời"],
          [null, null, null, "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng"],
          [1, "2.1", "Sự hài lòng về tiếp cận dịch vụ", 12, 29, 3, 1, 45],
          [2, "2.2", "Sự hài lòng về thủ tục hành chính", 10, 30, 4, 1, 45],
        ],
        { merges: [{ top: 3, left: 4, bottom: 3, right: 7 }] },
      ),
    );
    expect(c.readings.map((x) => [x.code, x.numerator, x.denominator])).toEqual([
      ["2.1", 41, 45],
      ["2.2", 40, 45],
    ]);
    expect(c.readings[0].note).toContain("Rất hài lòng 12 + ");
  });

  it("reads progress written on the days it was checked (dates as headings) by the latest filled day", () => {
    const c = one(
      gridOf(
        [
          [
            "STT",
            "Nội dung nhiệm vụ",
            "Tiêu chí",
            "Chủ trì",
            "Hạn hoàn thành",
            "Tiến độ (%) tại ngày kiểm tra",
            null,
            null,
            "Ngày hoàn thành",
          ],
          [null, null, null, null, null, d("2021-10-15"), d("2021-11-15"), d("2021-12-13")],
          [1, "Cấp giấy chứng nhận QSDĐ cho 18 hộ", "1.2", "ĐC-XD", d("2021-11-15"), 30, 60, 85],
          [2, "Đo đạc bản đồ địa chính", "1.2", "ĐC-XD", d("2021-11-30"), 20, 70, 100, d("2021-11-26")],
        ],
        { merges: [{ top: 1, left: 6, bottom: 1, right: 8 }] },
      ),
    );
    expect(c.tasks.map((t) => [t.progress, t.status])).toEqual([
      [85, "Đang thực hiện"],
      [100, "Hoàn thành"],
    ]);
  });

  it("takes a form's unfilled date ('…/…/2021', '__/__/____') for no date, and still names a half-filled one ('…/11/2021')", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung công việc", "Tiêu chí", "Người thực hiện", "Thời hạn", "Kết quả", "Ngày hoàn thành"],
        [1, "Cập nhật dữ liệu hộ tịch", "1.2", "TP-HT", d("2021-11-30"), "Đang thực hiện", "…/…/2021"],
        [2, "Tập huấn nghiệp vụ chứng thực", "2.3", "TP-HT", d("2021-12-31"), "Chưa thực hiện", "__/__/____"],
        [3, "Niêm yết thủ tục chứng thực", "2.2", "TP-HT", d("2021-11-15"), "Hoàn thành", "…/11/2021"],
      ]),
    );
    expect(c.tasks.map((t) => t.doneText)).toEqual([null, null, "…/11/2021"]);
    expect(c.problems.filter((p) => p.code === "BAD_DATE").map((p) => p.row)).toEqual([4]);
  });

  it("dates each dossier row by the month merged down beside its block, and checks each block's own total", () => {
    const c = one(
      gridOf(
        [
          [
            "Kỳ báo cáo",
            "Lĩnh vực",
            "Số hồ sơ nhận giải quyết",
            null,
            null,
            "Số hồ sơ đã giải quyết",
            null,
            null,
            "Số hồ sơ đang giải quyết",
            null,
          ],
          [
            null,
            null,
            "Kỳ trước chuyển sang",
            "Trực tuyến",
            "Trực tiếp, bưu chính",
            "Trước hạn",
            "Đúng hạn",
            "Quá hạn",
            "Trong hạn",
            "Quá hạn",
          ],
          ["Tháng 9/2021", "Hộ tịch", 0, 8, 22, 24, 4, 1, 1, 0],
          [null, "Đất đai", 2, 1, 6, 3, 2, 0, 3, 1],
          [null, "Cộng", 2, 9, 28, 27, 6, 1, 4, 1],
          ["Tháng 10/2021", "Hộ tịch", 1, 9, 25, 27, 5, 1, 2, 0],
          [null, "Đất đai", 4, 2, 7, 4, 4, 1, 3, 1],
          [null, "Cộng", 5, 11, 32, 31, 9, 2, 5, 1],
        ],
        {
          merges: [
            { top: 3, left: 1, bottom: 5, right: 1 },
            { top: 6, left: 1, bottom: 8, right: 1 },
            { top: 1, left: 3, bottom: 1, right: 5 },
            { top: 1, left: 6, bottom: 1, right: 8 },
            { top: 1, left: 9, bottom: 1, right: 10 },
          ],
        },
      ),
    );
    expect((c.dossiers ?? []).map((x) => [x.field, x.from, x.online])).toEqual([
      ["Hộ tịch", "2021-09-01", 8],
      ["Đất đai", "2021-09-01", 1],
      ["Hộ tịch", "2021-10-01", 9],
      ["Đất đai", "2021-10-01", 2],
    ]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH")).toEqual([]);
  });

  it("reads each row's last filled update pair ('Cập nhật lần 1 | lần 2 | lần 3', each 'Ngày | Kết quả') as where the work stands", () => {
    const c = one(
      gridOf(
        [
          [
            "STT",
            "Nội dung công việc",
            "Tiêu chí",
            "Chủ trì",
            "Thời hạn",
            "Cập nhật lần 1",
            null,
            "Cập nhật lần 2",
            null,
            "Cập nhật lần 3",
            null,
          ],
          [null, null, null, null, null, "Ngày", "Kết quả", "Ngày", "Kết quả", "Ngày", "Kết quả"],
          [
            1,
            "Kiểm tra việc sử dụng chữ ký số",
            "1.5",
            "VP-TK",
            d("2021-11-15"),
            d("2021-11-05"),
            "Đang thực hiện",
            d("2021-11-22"),
            "Hoàn thành, có Báo cáo 145/BC-VP",
          ],
          [
            2,
            "Đôn đốc giải quyết hồ sơ đất đai tồn đọng",
            "1.2",
            "ĐC-XD",
            d("2021-11-30"),
            d("2021-10-20"),
            "Còn 6 hồ sơ",
            d("2021-11-18"),
            "Còn 3 hồ sơ",
            d("2021-12-10"),
            "Đang thực hiện, còn 2 hồ sơ",
          ],
        ],
        {
          merges: [
            { top: 1, left: 6, bottom: 1, right: 7 },
            { top: 1, left: 8, bottom: 1, right: 9 },
            { top: 1, left: 10, bottom: 1, right: 11 },
          ],
        },
      ),
    );
    expect(c.tasks.map((t) => [t.status, t.doneDate, t.verdict])).toEqual([
      ["Hoàn thành", "2021-11-22", "Trễ hạn"],
      ["Đang thực hiện", null, "Quá hạn"],
    ]);
  });

  it("reads a result written at the end of the task's text ('(đã xong ngày 22/10/2021)', '- hoàn thành 30/11/2021') where no column holds one", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn"],
        [1, "Tuyên truyền Luật Tiếp cận thông tin tại 6 thôn (đã xong ngày 22/10/2021)", "2.3", "VH-XH", d("2021-10-31")],
        [2, "Cập nhật tin bài CCHC lên trang thông tin điện tử xã - hoàn thành 30/11/2021", "1.5", "VH-XH", d("2021-11-30")],
        [3, "Tổng hợp danh sách hộ cận nghèo (đang làm, được 70%)", "1.1", "VH-XH", d("2021-12-20")],
      ]),
    );
    expect(c.tasks.map((t) => [t.status, t.doneDate, t.progress])).toEqual([
      ["Hoàn thành", "2021-10-22", 100],
      ["Hoàn thành", "2021-11-30", 100],
      ["Đang thực hiện", null, 70],
    ]);
    expect(c.tasks[0].note).toContain("Kết quả ghi trong nội dung: đã xong ngày 22/10/2021");
  });

  it("dates a table of figures by a text box's line ('Số liệu tính đến ngày 30/11/2021') where no cell gives the day", () => {
    const c = one({
      ...gridOf([
        [],
        [],
        ["STT", "Mã chỉ số", "Tên chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
        [1, "1.4", "Tỷ lệ giải ngân kế hoạch vốn đầu tư công", 3150, 4500, 70],
        [2, "1.7", "Tỷ lệ chỉ tiêu kinh tế - xã hội đạt kế hoạch", 11, 14, 78.57],
      ]),
      textBoxes: "BÁO CÁO KẾT QUẢ CÁC CHỈ SỐ\nSố liệu tính đến ngày 30/11/2021",
    });
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((x) => [x.code, x.date])).toEqual([
      ["1.4", "2021-11-30"],
      ["1.7", "2021-11-30"],
    ]);
    expect(c.readings[0].note).toContain("Kỳ số liệu theo khung chữ trên sheet");
  });

  it("joins a month's dossiers kept on two sheets, receiving and results, by field into one record each", () => {
    const title = ["(Từ ngày 01/11/2021 đến ngày 30/11/2021)"];
    const receiving = gridOf(
      [
        title,
        [],
        [
          "STT",
          "Lĩnh vực",
          "Kỳ trước chuyển sang",
          "Tiếp nhận trực tuyến",
          "Tiếp nhận trực tiếp, bưu chính",
          "Tổng số hồ sơ nhận giải quyết",
        ],
        [1, "Hộ tịch", 2, 11, 27, 40],
        [2, "Đất đai", 4, 3, 7, 14],
      ],
      { sheet: "1. Tiep nhan" },
    );
    const results = gridOf(
      [
        title,
        [],
        ["STT", "Lĩnh vực", "Số hồ sơ đã giải quyết", null, null, "Số hồ sơ đang giải quyết", null, "Trả lại, rút hồ sơ"],
        [null, null, "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
        [1, "Đất đai", 5, 3, 1, 3, 2, 0],
        [2, "Hộ tịch", 30, 7, 0, 3, 0, 0],
      ],
      {
        sheet: "2. Giai quyet",
        merges: [
          { top: 3, left: 3, bottom: 3, right: 5 },
          { top: 3, left: 6, bottom: 3, right: 7 },
        ],
      },
    );
    const c = consolidate([{ file: "hs.xlsx", ok: true, grids: [receiving, results] }], BUILTIN_PLAN, AS_OF);
    expect((c.dossiers ?? []).map((x) => [x.field, x.from, x.carriedOver, x.online, x.early, x.late, x.pendingOverdue])).toEqual([
      ["Hộ tịch", "2021-11-01", 2, 11, 30, 0, 0],
      ["Đất đai", "2021-11-01", 4, 3, 5, 1, 2],
    ]);
    expect(c.problems.some((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.value === "2. Giai quyet")).toBe(true);
  });

  it("dates the rows under a week's line ('TUẦN 44 (từ 01/11 đến 05/11/2021)') by its last day, and a web report's filter block ('Từ ngày:' | 01/10/2021, 'Đến ngày:' | 30/11/2021)", () => {
    const weeks = one(
      gridOf([
        ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Kết quả", "Ngày hoàn thành"],
        ["TUẦN 44 (từ 01/11 đến 05/11/2021)"],
        [1, "Rà soát hồ sơ chứng thực trả quá hạn", "1.2", "TP-HT", "Hoàn thành", d("2021-11-04")],
        [2, "Báo cáo tiến độ giải ngân", "1.4", "TC-KT", "Đang thực hiện"],
      ]),
    );
    expect(weeks.tasks.map((t) => [t.due, t.verdict])).toEqual([
      ["2021-11-05", "Đúng hạn"],
      ["2021-11-05", "Quá hạn"],
    ]);
    const survey = one(
      gridOf([
        ["Từ ngày:", null, "01/10/2021"],
        ["Đến ngày:", null, "30/11/2021"],
        [],
        ["STT", "Mã", "Chỉ số", "Số phiếu hợp lệ", "Số phiếu hài lòng", "Tỷ lệ hài lòng (%)"],
        [1, "2.1", "Tiếp cận dịch vụ hành chính công", 48, 44, 91.67],
      ]),
    );
    expect(survey.tasks).toEqual([]);
    expect(survey.readings.map((x) => [x.code, x.date, x.numerator, x.denominator])).toEqual([["2.1", "2021-11-30", 44, 48]]);
  });

  it("reads a count typed with its unit ('12 chỉ tiêu'), and a form's column numbers ('(A) | (B) | (1)=(2)+(3)') as no record", () => {
    const c = one(
      gridOf([
        ["Số liệu tính đến ngày 30/11/2021"],
        [],
        ["STT", "Mã", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ"],
        [1, "1.7", "Tỷ lệ chỉ tiêu KT-XH đạt kế hoạch", "12 chỉ tiêu", "15 chỉ tiêu", "80%"],
      ]),
    );
    expect(c.readings.map((x) => [x.numerator, x.denominator])).toEqual([[12, 15]]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
    const form = one(
      gridOf(
        [
          ["(Từ ngày 01/11/2021 đến ngày 30/11/2021)"],
          [],
          [
            "STT",
            "Lĩnh vực",
            "Số hồ sơ nhận giải quyết",
            null,
            null,
            null,
            "Số hồ sơ đã giải quyết",
            null,
            null,
            "Số hồ sơ đang giải quyết",
            null,
          ],
          [
            null,
            null,
            "Tổng số",
            "Kỳ trước chuyển sang",
            "Trực tuyến",
            "Trực tiếp, bưu chính",
            "Trước hạn",
            "Đúng hạn",
            "Quá hạn",
            "Trong hạn",
            "Quá hạn",
          ],
          ["(A)", "(B)", "(1)=(2)+(3)+(4)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
          [1, "Hộ tịch", 40, 2, 11, 27, 30, 7, 0, 3, 0],
        ],
        {
          merges: [
            { top: 3, left: 3, bottom: 3, right: 6 },
            { top: 3, left: 7, bottom: 3, right: 9 },
            { top: 3, left: 10, bottom: 3, right: 11 },
          ],
        },
      ),
    );
    expect((form.dossiers ?? []).map((x) => x.field)).toEqual(["Hộ tịch"]);
  });

  it("leaves a '* …' section line under a task a section, and a long dossier list with one measure given twice unread and named", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn", "Tình trạng"],
        [1, "Niêm yết TTHC tại Bộ phận Một cửa", "2.2", "Một cửa", d("2021-10-31"), "Hoàn thành"],
        [null, "* NHIỆM VỤ TRỌNG TÂM QUÝ IV"],
        [2, "Rà soát hồ sơ đất đai tồn đọng", "1.2", "ĐC-XD", d("2021-12-15"), "Đang thực hiện"],
      ]),
    );
    expect(c.tasks[0].note).not.toContain("NHIỆM VỤ TRỌNG TÂM");
    const rows: Array<Array<string | number | null>> = [
      ["Từ ngày 01/09/2021 đến ngày 30/09/2021"],
      [],
      ["STT", "Lĩnh vực", "Chỉ tiêu", "Số hồ sơ"],
    ];
    const measures = [
      "Tồn kỳ trước chuyển sang",
      "Tiếp nhận trực tuyến",
      "Tiếp nhận trực tiếp",
      "Đã giải quyết đúng hạn",
      "Đang giải quyết quá hạn",
    ];
    for (const m of measures) rows.push([rows.length - 2, "Hộ tịch", m, 3]);
    rows.push([rows.length - 2, "Hộ tịch", "Tiếp nhận trực tuyến", 5]);
    const twice = one(gridOf(rows));
    expect(twice.dossiers ?? []).toEqual([]);
    expect(twice.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(true);
  });
});

describe("30. a task list with no header row", () => {
  const rows = (): GridCell[][] => [
    ["UBND XÃ AN PHÚ"],
    ["NHỮNG VIỆC CHỦ TỊCH CHỈ ĐẠO (QUÝ IV/2021)"],
    [],
    [1, "Hướng dẫn người dân nộp hồ sơ trực tuyến tại các thôn", "1.1", "Bộ phận Một cửa", d("2021-10-31"), "Hoàn thành", d("2021-10-29")],
    [
      2,
      "Giải quyết dứt điểm hồ sơ đất đai quá hạn tồn từ năm 2020",
      "1.2",
      "CC Địa chính - Xây dựng",
      d("2021-11-30"),
      "Đang thực hiện",
      null,
      "còn 02 hồ sơ vướng tranh chấp",
    ],
    [
      3,
      "Cử công chức tham gia lớp bồi dưỡng chuẩn hóa chức danh",
      "1.3",
      "CC Văn phòng - Thống kê",
      d("2021-11-15"),
      "Hoàn thành",
      d("2021-11-12"),
    ],
    [4, "Rà soát quy trình tiếp nhận phản ánh, kiến nghị của người dân", "2.5", "Phó Chủ tịch UBND xã", d("2021-12-31"), "Chưa thực hiện"],
  ];

  it("tells the columns by what they hold, reads every row, and says so at the row above them", () => {
    const c = one(gridOf(rows()));
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status, t.doneDate])).toEqual([
      [4, "1.1", "2021-10-31", "Hoàn thành", "2021-10-29"],
      [5, "1.2", "2021-11-30", "Đang thực hiện", null],
      [6, "1.3", "2021-11-15", "Hoàn thành", "2021-11-12"],
      [7, "2.5", "2021-12-31", "Chưa thực hiện", null],
    ]);
    expect(c.tasks[1].note).toContain("còn 02 hồ sơ vướng tranh chấp");
    const said = c.problems.find((p) => p.code === "HEADER_INFERRED");
    expect(said?.row).toBe(3);
    expect(said?.message).toContain("E = Thời hạn; F = Tình trạng; G = Ngày hoàn thành");
  });

  it("takes the date column filled on every row for the deadline, wherever it stands", () => {
    // The day done written first, the deadline after it.
    const swapped = rows().map((r, i) => (i < 3 ? r : [r[0], r[1], r[2], r[3], r[6] ?? null, r[5], r[4], r[7] ?? null]));
    const c = one(gridOf(swapped));
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-10-31", "2021-10-29"],
      ["2021-11-30", null],
      ["2021-11-15", "2021-11-12"],
      ["2021-12-31", null],
    ]);
  });

  it("guesses nothing where two date columns are filled alike, and names the sheet as not read", () => {
    const both = rows().map((r, i) => (i < 3 ? r : [r[0], r[1], r[2], r[3], r[4], r[5], r[4]]));
    const c = one(gridOf(both));
    expect(c.tasks).toEqual([]);
    expect(c.problems.some((p) => p.code === "HEADER_INFERRED")).toBe(false);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(true);
  });

  it("leaves a filled row above the tasks alone: it may be a header not recognised", () => {
    const headed = rows().map((r, i) => (i === 2 ? ["Số", "Việc", "Mục", "Ai làm", "Lúc", "Thế nào", "Xong"] : r));
    const c = one(gridOf(headed));
    expect(c.problems.some((p) => p.code === "HEADER_INFERRED")).toBe(false);
  });
});

describe("31. officials' lists side by side, each under its own band", () => {
  it("reads three lists in a row of blocks, each task led by its block's band, a title's own dash kept whole", () => {
    const head = ["TT", "Công việc", "TC", "Hạn", "Tình hình", "Ngày xong"];
    const g = gridOf([
      ["THEO DÕI CÔNG VIỆC CCHC CỦA CÁC CÔNG CHỨC DO PHÓ CHỦ TỊCH UBND XÃ PHỤ TRÁCH"],
      [],
      [
        "Đ/c Hà Văn Bảo - CÔNG CHỨC ĐỊA CHÍNH - XÂY DỰNG",
        null,
        null,
        null,
        null,
        null,
        null,
        "Đ/c Ngô Thị Hương - CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN",
        null,
        null,
        null,
        null,
        null,
        null,
        "Đ/c Dương Văn Lực - CÔNG CHỨC VĂN HÓA - XÃ HỘI",
      ],
      [...head, null, ...head, null, ...head],
      [
        1,
        "Chỉnh lý biến động đất đai cho 15 hồ sơ",
        "1.2",
        d("2021-10-31"),
        "Hoàn thành",
        d("2021-10-29"),
        null,
        1,
        "Lập báo cáo giải ngân vốn đầu tư công quý IV",
        "1.4",
        d("2021-12-10"),
        "Hoàn thành",
        d("2021-12-13"),
        null,
        1,
        "Tuyên truyền dịch vụ công trực tuyến trên loa",
        "1.1",
        d("2021-10-30"),
        "Hoàn thành",
        d("2021-10-26"),
      ],
      [
        2,
        "Niêm yết bản đồ quy hoạch sử dụng đất",
        "2.2",
        d("2021-12-15"),
        "Đang thực hiện",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        2,
        "Thống kê đối tượng bảo trợ xã hội nhận trợ cấp",
        "1.1",
        d("2021-12-10"),
        "Chưa thực hiện",
      ],
    ]);
    g.merges.push(
      { top: 3, left: 1, bottom: 3, right: 6 },
      { top: 3, left: 8, bottom: 3, right: 13 },
      { top: 3, left: 15, bottom: 3, right: 20 },
    );
    const c = one(g);
    const byColumn = [...c.tasks].sort(
      (a, b) => (a.source.columns.content ?? 0) - (b.source.columns.content ?? 0) || a.source.row - b.source.row,
    );
    expect(byColumn.map((t) => [t.source.row, t.lead, t.code, t.due, t.status])).toEqual([
      [5, "Công chức Địa chính-Xây dựng", "1.2", "2021-10-31", "Hoàn thành"],
      [6, "Công chức Địa chính-Xây dựng", "2.2", "2021-12-15", "Đang thực hiện"],
      [5, "Công chức Tài chính-Kế toán", "1.4", "2021-12-10", "Hoàn thành"],
      [5, "Công chức Văn hóa-Xã hội", "1.1", "2021-10-30", "Hoàn thành"],
      [6, "Công chức Văn hóa-Xã hội", "1.1", "2021-12-10", "Chưa thực hiện"],
    ]);
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });
});

describe("32. a board of cards, a column per state", () => {
  const board = (): GridCell[][] => [
    ["BAN CHỈ HUY QUÂN SỰ XÃ AN PHÚ - BẢNG VIỆC CCHC (cập nhật 13/12/2021)"],
    [],
    ["CẦN LÀM", "ĐANG LÀM (1)", "ĐÃ XONG"],
    [
      "Tiếp nhận hồ sơ đăng ký NVQS lần đầu qua Cổng DVC (TC 1.1)\nHạn: 31/12/2021",
      "Rà soát TTHC lĩnh vực quân sự địa phương (TC 2.2)\nHạn: 15/12/2021\nĐã được 2/3 thủ tục",
      "Niêm yết công khai TTHC đăng ký NVQS tại Bộ phận Một cửa (TC 2.2)\nHạn: 31/08/2021\nXong 20/08/2021",
    ],
    [null, null, "Trả lời phản ánh của công dân về đăng ký NVQS (TC 2.5)\nXong 12/10/2021"],
    [],
    ["Ghi chú: kéo thẻ sang cột bên phải khi chuyển trạng thái."],
  ];

  it("reads each card as a task at its own cell, its state the column it sits in, and says so", () => {
    const c = one(gridOf(board()));
    const at = (row: number, col: number) => c.tasks.find((t) => t.source.row === row && t.source.columns.content === col);
    expect([at(4, 1)?.code, at(4, 1)?.due, at(4, 1)?.status]).toEqual(["1.1", "2021-12-31", "Chưa thực hiện"]);
    expect([at(4, 2)?.code, at(4, 2)?.status, Math.round(at(4, 2)?.progress ?? 0)]).toEqual(["2.2", "Đang thực hiện", 67]);
    expect([at(4, 3)?.status, at(4, 3)?.doneDate, at(4, 3)?.verdict]).toEqual(["Hoàn thành", "2021-08-20", "Đúng hạn"]);
    // A card with no deadline line: done on its day, due as the plan says, and said.
    expect([at(5, 3)?.code, at(5, 3)?.doneDate]).toEqual(["2.5", "2021-10-12"]);
    expect(at(5, 3)?.note).toContain("theo kế hoạch");
    expect(c.tasks).toHaveLength(4);
    expect(at(4, 1)?.lead).toBe("Chỉ huy trưởng Quân sự xã");
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("CẦN LÀM | ĐANG LÀM (1) | ĐÃ XONG");
  });

  it("leaves a row of headings that are not all states to the usual reader", () => {
    const rows = board();
    rows[2] = ["CẦN LÀM", "Người phụ trách", "ĐÃ XONG"];
    const c = one(gridOf(rows));
    expect(c.problems.some((p) => p.message.includes("bảng thẻ việc"))).toBe(false);
  });
});

describe("33. a desk's own words, shares beside counts, a day in the note under a table, Excel's 'Ngày2', an extension asked and decided", () => {
  it("reads dossier columns in the desk's everyday words: 'Tồn tháng trước', 'Nhận qua mạng / tại quầy', 'Sớm / Đúng / Trễ hẹn', 'Chưa đến hẹn / Đã trễ hẹn'", () => {
    const g = gridOf([
      ["SỐ LIỆU HỒ SƠ THÁNG 10 NĂM 2021"],
      [
        "TT",
        "Lĩnh vực",
        "Tồn tháng trước",
        "Nhận mới trong tháng",
        null,
        "Đã trả kết quả",
        null,
        null,
        "Đang xử lý",
        null,
        "Hoàn trả hồ sơ (dân rút)",
      ],
      [null, null, null, "Nhận qua mạng", "Nhận tại quầy", "Sớm hẹn", "Đúng hẹn", "Trễ hẹn", "Chưa đến hẹn", "Đã trễ hẹn"],
      [1, "Hộ tịch", 1, 12, 40, 8, 42, 1, 2, 0, 0],
      [2, "Đất đai", 5, 1, 11, 2, 8, 2, 3, 1, 1],
      [null, "Cộng", 6, 13, 51, 10, 50, 3, 5, 1, 1],
    ]);
    g.merges.push(
      { top: 2, left: 4, bottom: 2, right: 5 },
      { top: 2, left: 6, bottom: 2, right: 8 },
      { top: 2, left: 9, bottom: 2, right: 10 },
    );
    const c = one(g);
    expect((c.dossiers ?? []).map(countsOf)).toEqual([
      ["Hộ tịch", "2021-10-01", "2021-10-31", 1, 12, 40, 8, 42, 1, 2, 0, 0],
      ["Đất đai", "2021-10-01", "2021-10-31", 5, 1, 11, 2, 8, 2, 3, 1, 1],
    ]);
  });

  it("reads '36 (75%)' under 'Đã giải quyết (số hồ sơ và tỷ lệ %)' as 36 dossiers", () => {
    const g = gridOf([
      ["BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC THÁNG 11/2021"],
      [
        "Lĩnh vực",
        "Tiếp nhận trực tuyến",
        "Tiếp nhận trực tiếp",
        "Đã giải quyết (số hồ sơ và tỷ lệ %)",
        null,
        null,
        "Đang giải quyết (số hồ sơ và tỷ lệ %)",
      ],
      [null, null, null, "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
      ["Hộ tịch", 18, 30, "10 (20,8%)", "36 (75%)", "2 (4,2%)", "2 (100%)", "0 (0%)"],
    ]);
    g.merges.push({ top: 2, left: 4, bottom: 2, right: 6 }, { top: 2, left: 7, bottom: 2, right: 8 });
    const c = one(g);
    expect((c.dossiers ?? []).map((d) => [d.field, d.early, d.onTime, d.late, d.pendingInTime, d.pendingOverdue])).toEqual([
      ["Hộ tịch", 10, 36, 2, 2, 0],
    ]);
    expect(c.problems.filter((p) => p.code === "BAD_NUMBER")).toEqual([]);
  });

  it("dates a table of figures by the note under it, and a criterion the note sets apart by its own day", () => {
    const c = one(
      gridOf([
        ["CÁC CHỈ SỐ DO CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN THEO DÕI NĂM 2021"],
        ["STT", "Mã chỉ số", "Tên chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Nguồn số liệu"],
        [1, "1.4", "Tỷ lệ giải ngân vốn đầu tư công", 3960, 5500, 72, "Kho bạc Nhà nước huyện"],
        [2, "1.7", "Tỷ lệ chỉ tiêu kinh tế - xã hội đạt kế hoạch", 11, 16, 68.75, "Báo cáo KT-XH tháng 10"],
        [],
        ["Ghi chú: Số liệu tính đến hết ngày 30/11/2021. Riêng chỉ số 1.7 lấy theo Báo cáo KT-XH tháng 10, số liệu đến ngày 31/10/2021."],
      ]),
    );
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.4", "2021-11-30", 3960, 5500],
      ["1.7", "2021-10-31", 11, 16],
    ]);
    // The title names the year: the period is the year's, standing at the note's day.
    expect(c.readings[0].note).toContain("Kỳ số liệu theo ghi chú dưới bảng: Năm 2021 (đến 30/11/2021)");
  });

  it("reads Excel's renamed 'Ngày2' under a 'KẾT QUẢ' band as the day done", () => {
    const g = gridOf([
      ["THEO DÕI NHIỆM VỤ CCHC NĂM 2021"],
      [null, null, null, "THỜI HẠN", "KẾT QUẢ"],
      ["STT", "Nội dung", "Tiêu chí", "Ngày", "Tình trạng", "Ngày2"],
      [1, "Cấp căn cước công dân lưu động cho người cao tuổi", "2.4", d("2021-11-15"), "Hoàn thành", d("2021-11-18")],
    ]);
    g.merges.push({ top: 2, left: 5, bottom: 2, right: 6 });
    const t = one(g).tasks[0];
    expect([t.due, t.doneDate, t.verdict]).toEqual(["2021-11-15", "2021-11-18", "Trễ hạn"]);
  });

  it("moves a deadline only where the Chủ tịch agreed to the extension asked for, and says so either way", () => {
    const c = one(
      gridOf([
        ["TỔNG HỢP CÁC NHIỆM VỤ CCHC CHẬM TIẾN ĐỘ VÀ ĐỀ XUẤT GIA HẠN"],
        ["STT", "Nội dung nhiệm vụ", "Tiêu chí", "Thời hạn theo KH", "Kết quả", "Đề xuất gia hạn đến", "Ý kiến của Chủ tịch UBND xã"],
        [
          1,
          "Giải quyết dứt điểm hồ sơ cấp đổi giấy chứng nhận tồn đọng",
          "1.2",
          d("2021-11-30"),
          "Đang thực hiện",
          d("2021-12-20"),
          "Đồng ý gia hạn đến 20/12/2021",
        ],
        [
          2,
          "Hoàn thiện kết nối phần mềm một cửa điện tử với Cổng DVC tỉnh",
          "1.1",
          d("2021-11-15"),
          "Đang thực hiện",
          d("2021-12-31"),
          "Không đồng ý, yêu cầu khẩn trương hoàn thành",
        ],
        [3, "Cập nhật hồ sơ điện tử cán bộ, công chức trên phần mềm", "1.3", d("2021-11-30"), "Chưa thực hiện", d("2021-12-25"), null],
        [4, "Thu thuế sử dụng đất phi nông nghiệp năm 2021", "1.6", d("2021-11-30"), "Đang thực hiện", d("2021-12-31"), "Đồng ý"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.due, t.verdict])).toEqual([
      [3, "2021-12-20", "Chưa đến hạn"],
      [4, "2021-11-15", "Quá hạn"],
      [5, "2021-11-30", "Quá hạn"],
      [6, "2021-12-31", "Chưa đến hạn"],
    ]);
    expect(c.tasks[0].note).toContain("hạn ban đầu 30/11/2021");
    expect(c.tasks[1].note).toContain("Không đồng ý");
    expect(c.tasks[2].note).toContain("chưa có ý kiến về đề xuất gia hạn");
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });
});

describe("34. a task table turned on its side", () => {
  const turned = (): GridCell[][] => [
    ["CÁC VIỆC CHỦ TỊCH UBND XÃ GIAO - QUÝ IV/2021"],
    [],
    ["Mục", "Việc 1", "Việc 2", "Việc 3"],
    [
      "Nội dung công việc",
      "Chỉ đạo đẩy mạnh tiếp nhận hồ sơ trực tuyến",
      "Rà soát hồ sơ đất đai tồn đọng thôn Đồng Cả",
      "Kiện toàn Tổ công nghệ số cộng đồng",
    ],
    ["Tiêu chí", "1.1", "1.2", "1.5"],
    ["Đơn vị chủ trì", "Bộ phận Một cửa", "CC Địa chính - Xây dựng", "CC Văn phòng - Thống kê"],
    ["Thời hạn", d("2021-11-30"), d("2021-11-15"), d("2021-10-31")],
    ["Tình trạng", "Hoàn thành", "Đang thực hiện", "Hoàn thành"],
    ["Ngày hoàn thành", d("2021-11-26"), null, d("2021-11-04")],
    ["Ghi chú", null, "còn 03 hồ sơ"],
    [],
    [null, null, "CHỦ TỊCH"],
  ];

  it("reads a task per column, each named at its content's cell, its values at their own, and says so", () => {
    const c = one(gridOf(turned()));
    expect(c.tasks.map((t) => [t.source.row, t.source.columns.content, t.code, t.due, t.status, t.doneDate])).toEqual([
      [4, 2, "1.1", "2021-11-30", "Hoàn thành", "2021-11-26"],
      [4, 3, "1.2", "2021-11-15", "Đang thực hiện", null],
      [4, 4, "1.5", "2021-10-31", "Hoàn thành", "2021-11-04"],
    ]);
    expect(c.tasks[1].lead).toBe("Công chức Địa chính-Xây dựng");
    expect(c.tasks[1].note).toContain("còn 03 hồ sơ");
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("bảng nhiệm vụ xoay ngang");
    // A line about a task points at the task on the sheet, not at the upright view's row.
    expect(c.problems.filter((p) => p.code === "DONE_WITHOUT_EVIDENCE").map((p) => [p.row, p.column])).toEqual([
      [4, "B"],
      [4, "D"],
    ]);
  });

  it("keeps a label it has no field for ('Kinh phí') in the task's Ghi chú, never as a task of its own", () => {
    const rows = turned();
    rows.splice(10, 0, ["Kinh phí (triệu đồng)", 12, null, 30]);
    const c = one(gridOf(rows));
    expect(c.tasks.map((t) => t.code)).toEqual(["1.1", "1.2", "1.5"]);
    expect(c.tasks[0].note).toContain("Kinh phí (triệu đồng): 12");
    expect(c.tasks[2].note).toContain("Kinh phí (triệu đồng): 30");
  });

  it("leaves a sheet with an upright table of its own to it, labels down column A beside it or not", () => {
    const rows: GridCell[][] = [
      ["STT", "Nội dung", "Thời hạn", "Tình trạng"],
      [1, "Niêm yết công khai TTHC tại Bộ phận Một cửa", d("2021-11-30"), "Hoàn thành"],
      [2, "Cập nhật dữ liệu hộ tịch lên phần mềm", d("2021-12-10"), "Đang thực hiện"],
    ];
    const c = one(gridOf(rows));
    expect(c.tasks).toHaveLength(2);
    expect(c.problems.some((p) => p.message.includes("xoay ngang"))).toBe(false);
  });
});

describe("35. a plan drawn as bars by month, its states as colour words a legend explains", () => {
  const gantt = (): GridCell[][] => [
    ["BẢNG TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 49/KH-UBND - 6 THÁNG CUỐI NĂM 2021"],
    [],
    ["STT", "Nhiệm vụ", "TC", "Chủ trì", "Thời gian thực hiện (năm 2021)", null, null, null, null, null, "Tình trạng"],
    [null, null, null, null, "T7", "T8", "T9", "T10", "T11", "T12"],
    [1, "Rà soát, niêm yết công khai TTHC tại Bộ phận Một cửa", "2.2", "BP Một cửa", null, null, "x", "x", null, null, "Xanh"],
    [2, "Kiểm tra việc xin lỗi người dân khi hồ sơ trễ hạn", "1.2", "VP-TK", null, null, null, null, "x", "x", "Vàng"],
    [3, "Rà soát trình độ cán bộ, công chức chưa đạt chuẩn", "1.3", "VP-TK", null, "x", "x", "x", null, null, "Đỏ"],
    [],
    ["Chú thích: Xanh = đã hoàn thành; Vàng = đang thực hiện; Đỏ = chậm tiến độ (đang làm, quá thời gian)"],
  ];

  it("dues each task at the end of its last month marked, reads the colour words by the legend, and says both", () => {
    const g = gridOf(gantt());
    g.merges.push({ top: 3, left: 5, bottom: 3, right: 10 });
    const c = one(g);
    expect(c.tasks.map((t) => [t.source.row, t.due, t.status, t.verdict])).toEqual([
      [5, "2021-10-31", "Hoàn thành", "Đúng hạn"],
      [6, "2021-12-31", "Đang thực hiện", "Chưa đến hạn"],
      [7, "2021-10-31", "Đang thực hiện", "Quá hạn"],
    ]);
    expect(c.tasks[0].note).toContain("T9, T10");
    const said = c.problems.filter((p) => p.code === "LEGEND_READ").map((p) => p.message);
    expect(said.some((m) => m.includes("hạn là ngày cuối của tháng sau cùng được đánh dấu"))).toBe(true);
    expect(said.some((m) => m.includes("Xanh = đã hoàn thành"))).toBe(true);
    // The columns the reader added are its own, no column of the sheet left unread.
    expect(c.problems.filter((p) => p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });

  it("keeps the sheet's own deadline where it has one, the bars said in Ghi chú", () => {
    const rows = gantt();
    rows[2][10] = "Thời hạn";
    rows[3][10] = null;
    rows[4][10] = d("2021-10-15");
    rows[5][10] = d("2021-12-20");
    rows[6][10] = d("2021-10-20");
    const c = one(gridOf(rows));
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-10-15", "2021-12-20", "2021-10-20"]);
    expect(c.tasks[2].note).toContain("T8, T9, T10");
  });

  it("takes figures by month for readings, not bars", () => {
    const c = one(
      gridOf([
        ["TỶ LỆ HỒ SƠ TRỰC TUYẾN NĂM 2021"],
        ["Mã", "Chỉ số", "T9", "T10", "T11"],
        ["1.1", "Tỷ lệ hồ sơ trực tuyến", 20.5, 24.1, 26.3],
        ["1.2", "Tỷ lệ hồ sơ đúng hạn", 98.2, 98.9, 99.1],
      ]),
    );
    expect(c.problems.some((p) => p.message.includes("đánh dấu theo tháng"))).toBe(false);
  });
});

describe("36. indicators by name under 'Chỉ tiêu', planned against done", () => {
  it("reads each row under 'Chỉ tiêu' as an indicator of its own (never parts added up), 'Đạt %' its rate, the criterion suggested by its name", () => {
    const c = one(
      gridOf([
        ["TÌNH HÌNH THỰC HIỆN MỘT SỐ CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH ĐẾN NGÀY 31/10/2021"],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Đạt %"],
        [1, "Giải ngân vốn đầu tư công", "triệu đồng", "4.200", "2.856", "68,0"],
        [2, "Hồ sơ TTHC được giải quyết đúng hạn", "hồ sơ", 512, 509, "99,4"],
        [3, "Hồ sơ nộp trực tuyến mức độ 3, 4", "hồ sơ", 512, 87, 17],
      ]),
    );
    const rows = [...c.readings].sort((a, b) => a.source.row - b.source.row);
    expect(rows.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator])).toEqual([
      [3, "1.4", "2021-10-31", 2856, 4200],
      [4, "1.2", "2021-10-31", 509, 512],
      [5, "1.1", "2021-10-31", 87, 512],
    ]);
    expect(c.problems.some((p) => p.code === "READING_PARTS")).toBe(false);
    expect(c.problems.filter((p) => p.code === "CRITERION_SUGGESTED").length).toBe(3);
  });
});

describe("37. a criterion's figures as a block of labelled lines under its heading", () => {
  const report = (): GridCell[][] => [
    ["KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ ĐƯỢC GIAO (số liệu đến ngày 30/11/2021)"],
    [],
    ["1.4. Giải ngân kế hoạch đầu tư vốn ngân sách nhà nước"],
    ["Chỉ tiêu", "Giá trị"],
    ["Kế hoạch vốn được giao năm 2021 (triệu đồng)", 4200],
    ["Đã giải ngân đến 30/11/2021 (triệu đồng)", 3318],
    ["Tỷ lệ giải ngân", "79%"],
    [],
    ["1.6. Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)"],
    ["Tốc độ tăng GRDP năm 2020 (%)", 5.2],
    ["Tốc độ tăng GRDP 9 tháng năm 2021 (%)", 5.8],
    [],
    ["1.7. Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do HĐND xã giao"],
    ["Số chỉ tiêu đã rà soát", 16],
    ["Số chỉ tiêu có báo cáo", 13],
  ];

  it("reads the whole as the denominator, what was done as the numerator, rates each by the period its line names", () => {
    const c = one(gridOf(report()));
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator, r.value])).toEqual([
      [7, "1.4", "2021-11-30", 3318, 4200, 79],
      [10, "1.6", "2020-12-31", null, null, 5.2],
      [11, "1.6", "2021-09-30", null, null, 5.8],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("names a block whose lines do not say which is the whole and which the part, and reads none of it", () => {
    const c = one(gridOf(report()));
    const skipped = c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 13);
    expect(skipped?.message).toContain("tiêu chí 1.7");
    expect(c.readings.some((r) => r.code === "1.7")).toBe(false);
  });
});

describe("38. a heading merged wide for looks, a report in parts, figures as 'rate% (done/planned)' by date", () => {
  it("reads a header whose 'Nội dung công việc' is merged over three columns, the rows merged the same", () => {
    const g = gridOf([
      ["BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021"],
      [],
      ["STT", "Nội dung công việc", null, null, "Tiêu chí", "Thời hạn", "Tình trạng", "Ngày hoàn thành"],
      [
        1,
        "Rà soát, công bố công khai thủ tục hành chính lĩnh vực tư pháp",
        null,
        null,
        "2.2",
        d("2021-10-15"),
        "Hoàn thành",
        d("2021-10-12"),
      ],
      [2, "Số hóa sổ hộ tịch giai đoạn 2010 - 2015", null, null, "1.1", d("2021-11-30"), "Đang thực hiện", null],
    ]);
    for (const r of [3, 4, 5]) g.merges.push({ top: r, left: 2, bottom: r, right: 4 });
    const c = one(g);
    expect(c.tasks.map((t) => [t.source.row, t.code, t.due, t.status])).toEqual([
      [4, "2.2", "2021-10-15", "Hoàn thành"],
      [5, "1.1", "2021-11-30", "Đang thực hiện"],
    ]);
  });

  it("reads the tasks and figures above a dossier table on the same sheet, each as what it is", () => {
    const g = gridOf([
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH THÁNG 11 NĂM 2021"],
      ["(Số liệu từ ngày 01/11/2021 đến ngày 30/11/2021)"],
      [],
      ["I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"],
      ["STT", "Nhiệm vụ", "Tiêu chí", "Thời hạn", "Kết quả"],
      [1, "Giải quyết dứt điểm hồ sơ cấp GCN QSDĐ tồn đọng", "1.2", d("2021-11-30"), "Đang thực hiện"],
      [2, "Công khai quy hoạch sử dụng đất năm 2021 tại trụ sở", "2.2", d("2021-11-15"), "Hoàn thành"],
      [],
      ["II. SỐ LIỆU CHỈ SỐ"],
      ["STT", "Mã chỉ số", "Tên chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
      [1, "1.4", "Tỷ lệ giải ngân vốn đầu tư công", 2850, 4200, 67.86],
      [],
      ["III. TÌNH HÌNH GIẢI QUYẾT HỒ SƠ"],
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
        "Trả lại, rút hồ sơ",
      ],
      [
        null,
        null,
        "Kỳ trước chuyển sang",
        "Trực tuyến",
        "Trực tiếp, bưu chính",
        "Trước hạn",
        "Đúng hạn",
        "Quá hạn",
        "Trong hạn",
        "Quá hạn",
      ],
      [1, "Đất đai", 5, 3, 17, 4, 12, 2, 5, 2, 0],
    ]);
    g.merges.push(
      { top: 14, left: 3, bottom: 14, right: 5 },
      { top: 14, left: 6, bottom: 14, right: 8 },
      { top: 14, left: 9, bottom: 14, right: 10 },
    );
    const c = one(g);
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [6, "1.2"],
      [7, "2.2"],
    ]);
    // "từ ngày 01/11/2021 đến ngày 30/11/2021" under the month's title: the figures stand at its last day.
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator])).toEqual([
      [11, "1.4", "2021-11-30", 2850, 4200],
    ]);
    expect((c.dossiers ?? []).map((x) => [x.field, x.online, x.late])).toEqual([["Đất đai", 3, 2]]);
  });

  it("reads 'Kết quả đến 31/10/2021 | Kết quả đến 30/11/2021' of '58,33% (2.450/4.200)' as a reading per day, with its counts", () => {
    const c = one(
      gridOf([
        ["CÁC CHỈ SỐ DO CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN THEO DÕI"],
        ["STT", "Mã chỉ số", "Tên chỉ số", "Kết quả đến 31/10/2021", "Kết quả đến 30/11/2021", "Nguồn số liệu"],
        [1, "1.4", "Tỷ lệ giải ngân vốn đầu tư công", "58,33% (2.450/4.200)", "67,86% (2.850/4.200)", "Kho bạc Nhà nước huyện"],
        [2, "1.7", "Tỷ lệ chỉ tiêu phát triển KT-XH đạt kế hoạch", "66,67% (10/15)", "73,33% (11/15)", "Báo cáo KT-XH"],
      ]),
    );
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.4", "2021-10-31", 2450, 4200],
      ["1.4", "2021-11-30", 2850, 4200],
      ["1.7", "2021-10-31", 10, 15],
      ["1.7", "2021-11-30", 11, 15],
    ]);
  });
});

describe("39. a result written only as its document, a month's sheet with bare days", () => {
  it("takes a result document written with its day, where no column gives a status, as done on that day, and 'đã đăng 8/12 tin' as under way", () => {
    const c = one(
      gridOf([
        ["THEO DÕI NHIỆM VỤ CCHC - CÔNG CHỨC VĂN HÓA - XÃ HỘI"],
        ["STT", "Nội dung công việc", "Tiêu chí", "Thời hạn", "Văn bản, sản phẩm kết quả (số, ngày)", "Ghi chú"],
        [
          1,
          "Xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2021",
          "2.4",
          d("2021-10-31"),
          "Kế hoạch số 156/KH-UBND ngày 22/10/2021",
        ],
        [2, "Tổ chức cuộc thi tìm hiểu về cải cách hành chính", "2.4", d("2021-11-15"), "TB kết quả số 61/TB-UBND ngày 24/11/2021"],
        [3, "Cập nhật tin bài CCHC lên Trang thông tin điện tử xã", "1.5", d("2021-12-31"), null, "đã đăng 8/12 tin"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate, t.verdict])).toEqual([
      [3, "Hoàn thành", "2021-10-22", "Đúng hạn"],
      [4, "Hoàn thành", "2021-11-24", "Trễ hạn"],
      [5, "Đang thực hiện", null, "Chưa đến hạn"],
    ]);
    expect(c.tasks[0].note).toContain("coi là Hoàn thành ngày đó");
    expect(Math.round(c.tasks[2].progress ?? 0)).toBe(67);
  });

  it("reads a bare day under 'Hạn (ngày)' on a month's sheet as that day of the month, and says so", () => {
    const g = gridOf([
      ["KẾ HOẠCH THỰC HIỆN NHIỆM VỤ CCHC THÁNG 11/2021"],
      ["STT", "Nội dung", "Tiêu chí", "Hạn (ngày)", "Tình trạng"],
      [1, "Tiếp nhận hồ sơ đăng ký thường trú qua Cổng dịch vụ công", "1.1", 15, "Đang làm"],
      [2, "Niêm yết TTHC lĩnh vực cư trú tại trụ sở", "2.2", 10, "Xong"],
    ]);
    const c = one({ ...g, sheet: "Thang 11" });
    expect(c.tasks.map((t) => [t.due, t.verdict])).toEqual([
      ["2021-11-15", "Quá hạn"],
      ["2021-11-10", "Đúng hạn"],
    ]);
    expect(c.tasks[0].note).toContain("Hạn ghi ngày 15");
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });
});

describe("40. dossiers by week under week lines, a group's row over its fields", () => {
  const HEAD: GridCell[][] = [
    ["Lĩnh vực", "Tồn tuần trước chuyển sang", "Nhận mới trong tuần", null, "Đã giải quyết", null, null, "Đang giải quyết"],
    [null, null, "Trực tuyến", "Trực tiếp", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
  ];
  const merged = (g: ReturnType<typeof gridOf>, top: number) =>
    g.merges.push(
      { top, left: 3, bottom: top, right: 4 },
      { top, left: 5, bottom: top, right: 7 },
      { top, left: 8, bottom: top, right: 9 },
    );

  it("dates each row by the week line above it, and leaves the month's sum block unread, said", () => {
    const g = gridOf([
      ["SỐ LIỆU HỒ SƠ HỘ TỊCH THEO TUẦN - THÁNG 11/2021"],
      ...HEAD,
      ["Tuần 1 (từ 01/11 đến 07/11/2021)"],
      ["Hộ tịch", 3, 4, 9, 5, 8, 0, 3, 0],
      ["Tuần 2 (từ 08/11 đến 14/11/2021)"],
      ["Hộ tịch", 3, 3, 11, 6, 7, 1, 3, 0],
      ["Cộng tháng 11/2021"],
      ["Hộ tịch", 3, 7, 20, 11, 15, 1, 3, 0],
    ]);
    merged(g, 2);
    const c = one(g);
    expect((c.dossiers ?? []).map((x) => [x.source.row, x.from, x.to, x.online, x.late])).toEqual([
      [5, "2021-11-01", "2021-11-07", 4, 0],
      [7, "2021-11-08", "2021-11-14", 3, 1],
    ]);
    expect(c.problems.find((p) => p.code === "DOSSIER_COUNT_DERIVED")?.message).toContain('dưới "Cộng tháng 11/2021"');
  });

  it("reads a Roman-numbered group's row that adds up the fields under it as no field, and keeps one that has none", () => {
    const g = gridOf([
      ["SỐ LIỆU HỒ SƠ THÁNG 10/2021"],
      ["STT", ...HEAD[0]],
      [null, ...HEAD[1]],
      ["I", "Tư pháp", 2, 15, 200, 140, 73, 1, 3, 0],
      [1, "Hộ tịch", 2, 12, 40, 20, 30, 1, 3, 0],
      [2, "Chứng thực", 0, 3, 160, 120, 43, 0, 0, 0],
      ["II", "Lao động - Thương binh và Xã hội", 1, 4, 14, 6, 11, 0, 1, 0],
    ]);
    g.merges.push(
      { top: 2, left: 4, bottom: 2, right: 5 },
      { top: 2, left: 6, bottom: 2, right: 8 },
      { top: 2, left: 9, bottom: 2, right: 10 },
    );
    const c = one(g);
    expect((c.dossiers ?? []).map((x) => [x.field, x.online])).toEqual([
      ["Hộ tịch", 12],
      ["Chứng thực", 3],
      ["Lao động - Thương binh và Xã hội", 4],
    ]);
    expect(c.problems.some((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.row === 4)).toBe(true);
    // "LĨNH VỰC …" over its procedures is the field itself: read, never taken for a sum of fields.
    const byField = gridOf([
      ["SỐ LIỆU HỒ SƠ THÁNG 10/2021"],
      ["STT", ...HEAD[0]],
      [null, ...HEAD[1]],
      ["I", "LĨNH VỰC HỘ TỊCH", 2, 5, 50, 40, 14, 0, 3, 0],
      [1, "Đăng ký khai sinh", 1, 4, 38, 30, 12, 0, 2, 0],
      [2, "Đăng ký kết hôn", 1, 1, 12, 10, 2, 0, 1, 0],
    ]);
    byField.merges.push(...g.merges);
    expect(one(byField).problems.some((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.row === 4)).toBe(false);
  });
});

describe("41. 'Đã xong chưa?' answered 'Chưa' with work written beside it", () => {
  it("reads a bare 'Chưa' with a share done as under way, and says so; without work written, as not started", () => {
    const c = one(
      gridOf([
        ["NHỮNG VIỆC CCHC PHÓ CHỦ TỊCH THEO DÕI (QUÝ IV/2021)"],
        ["TT", "Công việc", "Tiêu chí", "Hạn", "Đã xong chưa?", "Ghi chú"],
        [1, "Số hóa kết quả giải quyết TTHC lĩnh vực hộ tịch năm 2020", "1.1", d("2021-11-30"), "Chưa", "đã số hóa 140/300 hồ sơ"],
        [2, "Cập nhật hồ sơ cán bộ, công chức lên phần mềm quản lý", "1.3", d("2021-12-31"), "Chưa", null],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [3, "Đang thực hiện"],
      [4, "Chưa thực hiện"],
    ]);
    expect(c.tasks[0].note).toContain('Trạng thái ghi "Chưa" (chưa xong)');
    expect(c.problems.filter((p) => p.code === "STATUS_CONTRADICTION")).toEqual([]);
  });
});

describe("42. a criterion written as the plan's Roman section and item", () => {
  it("reads 'II.3' as 2.3 and 'I.5' as 1.5, and says so", () => {
    const c = one(
      gridOf([
        ["CÁC VIỆC CHỦ TỊCH THEO DÕI (mục I - chỉ số CCHC; mục II - chỉ số hài lòng)"],
        ["STT", "Nội dung", "Tiêu chí", "Hạn", "Tình trạng"],
        [1, "Niêm yết công khai số điện thoại đường dây nóng", "II.3", d("2021-10-15"), "Hoàn thành"],
        [2, "Ký số văn bản đi trên hệ thống quản lý văn bản", "I.5", d("2021-11-30"), "Đang thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => t.code)).toEqual(["2.3", "1.5"]);
    expect(c.tasks[0].note).toContain('Mã tiêu chí "II.3" ghi theo mục La Mã của kế hoạch: 2.3');
    expect(c.problems.filter((p) => p.code === "UNKNOWN_CRITERION")).toEqual([]);
  });
});

describe("43. a Word form's figures, two months' dossier tables side by side, a cumulative period in words", () => {
  it("reads '- Số … (tử số): | 52 | hồ sơ' lines under '1. Chỉ số 1.1 - …' as the criterion's reading, the sheet not named as skipped", () => {
    const c = one(
      gridOf([
        ["SỐ LIỆU CÁC CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
        ["(Số liệu tính đến ngày 30/11/2021)"],
        [],
        ["1. Chỉ số 1.1 - Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến"],
        [null, "- Số hồ sơ tiếp nhận trực tuyến (tử số):", null, 52, "hồ sơ"],
        [null, "- Tổng số hồ sơ tiếp nhận (mẫu số):", null, 260, "hồ sơ"],
        [null, "- Tỷ lệ đạt:", null, 20, "%"],
      ]),
    );
    expect(c.readings.map((r) => [r.source.row, r.code, r.date, r.numerator, r.denominator, r.value])).toEqual([
      [7, "1.1", "2021-11-30", 52, 260, 20],
    ]);
    expect(c.problems.some((p) => p.code === "SHEET_SKIPPED")).toBe(false);
  });

  it("dates each of two months' dossier tables side by side by the band over it", () => {
    const head = [
      "Lĩnh vực",
      "Kỳ trước chuyển sang",
      "Tiếp nhận trong kỳ",
      null,
      "Đã giải quyết",
      null,
      null,
      "Đang giải quyết",
      null,
      "Trả lại, rút hồ sơ",
    ];
    const sub = [null, null, "Trực tuyến", "Trực tiếp, BCCI", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn", null];
    const g = gridOf([
      ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC THÁNG 10 VÀ THÁNG 11 NĂM 2021"],
      [],
      ["THÁNG 10/2021 (từ 01/10 đến 31/10/2021)", ...Array(10).fill(null), "THÁNG 11/2021 (từ 01/11 đến 30/11/2021)"],
      [...head, null, ...head],
      [...sub, null, ...sub],
      ["Hộ tịch", 2, 10, 48, 5, 50, 1, 4, 0, 0, null, "Hộ tịch", 4, 12, 51, 6, 55, 2, 4, 0, 0],
    ]);
    for (const left of [1, 12])
      g.merges.push(
        { top: 3, left, bottom: 3, right: left + 9 },
        { top: 4, left: left + 2, bottom: 4, right: left + 3 },
        { top: 4, left: left + 4, bottom: 4, right: left + 6 },
        { top: 4, left: left + 7, bottom: 4, right: left + 8 },
      );
    const c = one(g);
    expect((c.dossiers ?? []).map((x) => [x.field, x.from, x.to, x.online])).toEqual([
      ["Hộ tịch", "2021-10-01", "2021-10-31", 10],
      ["Hộ tịch", "2021-11-01", "2021-11-30", 12],
    ]);
  });

  it("dates 'Lũy kế 11 tháng năm 2021' at 30/11", () => {
    const c = one(
      gridOf([
        ["CHỈ SỐ DO CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN THEO DÕI"],
        ["Mã chỉ số", "Tên chỉ số", "Thời điểm số liệu", "Giá trị (%)"],
        ["1.6", "Tốc độ tăng thu ngân sách", "Lũy kế 11 tháng năm 2021", 8.4],
      ]),
    );
    expect(c.readings.map((r) => [r.code, r.date])).toEqual([["1.6", "2021-11-30"]]);
  });
});

describe("44. a police officer by rank, a blank status a note says is done, chat shorthand, a desk's rows by official", () => {
  it("reads 'Đại úy Quan Văn Thịnh' as the commune's police, without an unknown-official line", () => {
    const c = one(
      gridOf([
        ["CÔNG AN XÃ - VIỆC CCHC QUÝ IV/2021"],
        ["STT", "Nội dung", "Tiêu chí", "Người thực hiện", "Hạn", "Tình trạng"],
        [1, "Tiếp nhận hồ sơ đăng ký thường trú trực tuyến", "1.1", "Đại úy Quan Văn Thịnh", d("2021-11-30"), "Hoàn thành"],
        [2, "Thu thập thông tin dân cư thôn Gò Mít", "1.5", "Trung úy Vi Thành Nam", d("2021-12-31"), "Đang thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => t.lead)).toEqual(["Trưởng Công an xã", "Trưởng Công an xã"]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_OFFICIAL")).toEqual([]);
  });

  it("reads a blank status as done where the sheet's note says finished work is left blank, and says so", () => {
    const c = one(
      gridOf([
        ["CÔNG CHỨC TƯ PHÁP - HỘ TỊCH: VIỆC CCHC QUÝ IV/2021"],
        ["(Cột Tình hình thực hiện chỉ ghi đối với việc chưa xong; việc đã xong thì để trống cột này và ghi ngày xong)"],
        ["STT", "Nội dung", "Tiêu chí", "Hạn", "Tình hình thực hiện", "Ngày xong", "Ghi chú"],
        [1, "Đăng ký khai sinh trực tuyến cho trẻ sinh trong quý", "1.1", d("2021-11-30"), null, d("2021-11-25"), null],
        [2, "Báo cáo kết quả đăng ký hộ tịch trực tuyến quý IV", "1.1", d("2021-12-10"), null, null, "BC số 27/BC-TP"],
        [3, "Số hóa sổ hộ tịch năm 2015", "1.1", d("2021-12-31"), "đang số hóa", null, null],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate])).toEqual([
      [4, "Hoàn thành", "2021-11-25"],
      [5, "Hoàn thành", null],
      [6, "Đang thực hiện", null],
    ]);
    expect(c.tasks[1].note).toContain("Trạng thái để trống; theo chú thích");
  });

  it("keeps a blank status not done where the note says blank means not yet done", () => {
    const c = one(
      gridOf([
        ["VIỆC CCHC QUÝ IV/2021"],
        ["(Cột Trạng thái: để trống nếu chưa hoàn thành)"],
        ["STT", "Nội dung", "Tiêu chí", "Hạn", "Trạng thái"],
        [1, "Số hóa sổ hộ tịch năm 2015", "1.1", d("2021-12-31"), null],
      ]),
    );
    expect(c.tasks.map((t) => t.status)).toEqual(["Chưa thực hiện"]);
  });

  it("reads 'xg r', 'đg lm', 'sắp xg' typed as in a chat, and 'Chưa đến hạn' beside work under way", () => {
    const c = one(
      gridOf([
        ["VIỆC CCHC CÔNG CHỨC VĂN HÓA - XÃ HỘI"],
        ["STT", "Nội dung", "Tiêu chí", "Hạn", "Tình trạng", "Ghi chú"],
        [1, "Tuyên truyền dịch vụ công trực tuyến tại 5 thôn", "1.1", d("2021-11-15"), "xg r", null],
        [2, "Lập danh sách hộ nghèo nhận hỗ trợ qua tài khoản", "1.6", d("2021-12-20"), "đg lm", null],
        [3, "Tổ chức hội thi tìm hiểu CCHC", "2.4", d("2021-12-31"), "sắp xg", null],
      ]),
    );
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Đang thực hiện"]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_STATUS")).toEqual([]);
    const due = one(
      gridOf([
        ["PHÓ CHỦ TỊCH - THEO DÕI TIẾN ĐỘ (đến 14/12/2021)"],
        ["STT", "Nhiệm vụ", "Tiêu chí", "Hạn", "Kết quả", "Ngày xong", "Ghi chú"],
        [1, "Chi trả trợ cấp xã hội qua tài khoản ngân hàng", "1.6", d("2021-12-31"), "Chưa đến hạn", null, "đang lập danh sách"],
        [2, "Kiện toàn Tổ công nghệ số cộng đồng", "1.5", d("2021-11-20"), "Quá hạn", null, "chưa triển khai"],
      ]),
    );
    expect(due.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Chưa thực hiện"]);
  });

  it("reads a desk's row 'Đ/c Mạc Đăng Khoa - LĐ-TB&XH' as the field, not the official", () => {
    const c = one(
      gridOf([
        ["THỐNG KÊ KẾT QUẢ GIẢI QUYẾT TTHC THEO CÔNG CHỨC PHỤ TRÁCH"],
        ["(Từ ngày 01/12/2021 đến ngày 14/12/2021)"],
        [
          "STT",
          "Công chức phụ trách - lĩnh vực",
          "Tồn kỳ trước",
          "Nhận trực tuyến",
          "Nhận trực tiếp",
          "Giải quyết trước hạn",
          "Giải quyết đúng hạn",
          "Giải quyết quá hạn",
          "Đang giải quyết trong hạn",
          "Đang giải quyết quá hạn",
          "Trả lại",
        ],
        [1, "Đ/c Ninh Công Trứ - Hộ tịch", 3, 5, 22, 2, 20, 0, 8, 0, 0],
        [2, "Đ/c Mạc Đăng Khoa - LĐ-TB&XH", 1, 0, 9, 0, 8, 0, 2, 0, 0],
      ]),
    );
    expect((c.dossiers ?? []).map((x) => x.field)).toEqual(["Hộ tịch", "Lao động - Thương binh và Xã hội"]);
  });
});

describe("45. dates labelled in one cell, a campaign into the new year, a result over the deadline, Tết, updates by code", () => {
  it("takes the line labelled 'Hạn:' of a 'Giao: …⏎Hạn: …' cell, not the day the work was given", () => {
    const c = one(
      gridOf([
        ["PHỤ LỤC"],
        ["TT", "Nội dung", "Tiêu chí", "Đơn vị chủ trì", "Thời gian", "Kết quả thực hiện"],
        [
          1,
          "Rà soát quy trình nội bộ giải quyết TTHC lĩnh vực đất đai",
          "1.2",
          "CC Địa chính - Xây dựng",
          "Giao: 04/10/2021\nHạn: 29/10/2021",
          "Đã hoàn thành\n(ngày 27/10/2021)",
        ],
      ]),
    );
    expect(c.tasks.map((t) => [t.due, t.status, t.doneDate, t.verdict])).toEqual([["2021-10-29", "Hoàn thành", "2021-10-27", "Đúng hạn"]]);
    // The day the work was given is not lost: the cell's lines are in Ghi chú.
    expect(c.tasks[0].note).toContain('Cột "Thời gian" ghi "Giao: 04/10/2021; Hạn: 29/10/2021": hạn lấy theo dòng hạn');
  });

  it("reads '10/01' in a campaign the title runs to 31/01/2022 as 2022, and says so", () => {
    const c = one(
      gridOf([
        ["KẾ HOẠCH ĐỢT CAO ĐIỂM CẢI CÁCH HÀNH CHÍNH (từ 01/11/2021 đến 31/01/2022)"],
        ["STT", "Nội dung", "Tiêu chí", "Hạn", "Tình trạng"],
        [1, "Cấp trích lục khai tử trực tuyến cho 100% hồ sơ", "1.1", "10/01", "Đang làm"],
        [2, "Rà soát thủ tục hành chính lĩnh vực hộ tịch", "2.2", "15/11", "Đang làm"],
      ]),
    );
    expect(c.tasks.map((t) => t.due)).toEqual(["2022-01-10", "2021-11-15"]);
    expect(c.problems.filter((p) => p.code === "YEAR_ASSUMED").map((p) => [p.row, p.value])).toEqual([[3, "10/01"]]);
  });

  it("reads 'Xong 28/10' written over the deadline as done that day, the deadline from the note where it gives one", () => {
    const c = one(
      gridOf([
        ["CÔNG CHỨC ĐỊA CHÍNH - XÂY DỰNG: VIỆC CCHC PHẢI LÀM NĂM 2021"],
        ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Thời hạn", "Ghi chú"],
        [1, "Đo đạc, chỉnh lý bản đồ địa chính thôn Đồng Vông", "1.2", "CC Địa chính - Xây dựng", "Xong 28/10", null],
        [2, "Công khai quy hoạch sử dụng đất tại trụ sở", "2.2", "CC Địa chính - Xây dựng", "Đã xong (15/11/2021)", null],
        [3, "Kiểm tra trật tự xây dựng quý IV/2021", "1.2", "CC Địa chính - Xây dựng", "xong 06/12", "trễ 1 ngày so với hạn 05/12"],
        [4, "Giải quyết đơn tranh chấp đất đai thôn Bờ Đá", "1.2", "CC Địa chính - Xây dựng", d("2021-12-20"), "đã hòa giải lần 1"],
      ]),
    );
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-10-28"],
      ["Hoàn thành", "2021-11-15"],
      ["Hoàn thành", "2021-12-06"],
      ["Đang thực hiện", null],
    ]);
    expect(c.tasks[2].due).toBe("2021-12-05");
    expect(c.tasks[2].verdict).toBe("Trễ hạn");
    expect(c.tasks[0].note).toContain('ghi "Xong 28/10": đã xong ngày 28/10/2021, không còn ghi hạn');
    expect(c.problems.filter((p) => p.code === "BAD_DATE")).toEqual([]);
  });

  it("keeps 'Hoàn thành 30/11' in a deadline column as the deadline (without 'đã' it is how a deadline is written)", () => {
    const c = one(
      gridOf([
        ["VIỆC CCHC QUÝ IV/2021"],
        ["STT", "Nội dung", "Tiêu chí", "Thời hạn", "Tình trạng"],
        [1, "Rà soát thủ tục hành chính lĩnh vực hộ tịch", "2.2", "Hoàn thành 30/11", "Đang thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => [t.due, t.status, t.doneDate])).toEqual([["2021-11-30", "Đang thực hiện", null]]);
  });

  it("reads 'Trước Tết Nguyên đán' as the day before the next Tết (31/01/2022 as of December 2021), and says which Tết", () => {
    const c = one(
      gridOf([
        ["BAN CHQS XÃ - VIỆC CCHC"],
        ["STT", "Nội dung", "Tiêu chí", "Hạn", "Tình trạng"],
        [1, "Hoàn chỉnh hồ sơ công dân nhập ngũ năm 2022", "1.7", "Trước Tết Nguyên đán", "Đang thực hiện"],
        [2, "Tổng kết công tác tuyển quân", "1.7", "trước Tết 2023", "Chưa thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => t.due)).toEqual(["2022-01-31", "2023-01-21"]);
    expect(c.problems.filter((p) => p.code === "YEAR_ASSUMED").map((p) => p.row)).toEqual([3]);
  });

  it("joins an update sheet to the list by its 'Mã việc' codes, in the update's own order", () => {
    const list = gridOf(
      [
        ["DANH MỤC VIỆC CCHC CỦA CÔNG CHỨC VĂN HÓA - XÃ HỘI NĂM 2021"],
        ["Mã việc", "Nội dung", "Tiêu chí", "Chủ trì", "Hạn hoàn thành"],
        ["VH01", "Xây dựng phóng sự về Bộ phận Một cửa", "2.4", "CC Văn hóa - Xã hội", d("2021-10-31")],
        ["VH02", "Tuyên truyền sử dụng dịch vụ công trực tuyến tại 5 thôn", "1.1", "CC Văn hóa - Xã hội", d("2021-11-30")],
        ["VH03", "Cập nhật tin bài CCHC lên Trang thông tin điện tử xã", "1.5", "CC Văn hóa - Xã hội", d("2021-12-31")],
      ],
      { sheet: "Danh muc" },
    );
    const updates = gridOf(
      [
        ["CẬP NHẬT TIẾN ĐỘ CÁC VIỆC (đến ngày 13/12/2021)"],
        ["Mã việc", "Tình trạng", "Ngày xong", "Ghi chú"],
        ["VH02", "Đang làm", null, "được 3/5 thôn"],
        ["VH01", "Đã xong", d("2021-10-26"), null],
      ],
      { sheet: "Cap nhat 13-12" },
    );
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [list, updates] }], BUILTIN_PLAN, AS_OF);
    const byRow = [...c.tasks].sort((a, b) => a.source.row - b.source.row);
    expect(byRow.map((t) => [t.source.sheet, t.source.row, t.status, t.doneDate])).toEqual([
      ["Danh muc", 3, "Hoàn thành", "2021-10-26"],
      ["Danh muc", 4, "Đang thực hiện", null],
      ["Danh muc", 5, "Chưa thực hiện", null],
    ]);
    expect(c.problems.find((p) => p.code === "JOINED_BY_NUMBER")?.message).toContain("theo Mã việc");
  });

  it("dates bands headed 'Báo cáo ngày 05/11/2021' at the month before's end where the sheet's note says so", () => {
    const g = gridOf([
      ["SỐ LIỆU CHỈ SỐ CCHC ĐÃ BÁO CÁO HẰNG THÁNG"],
      ["Ghi chú: số liệu ở mỗi kỳ báo cáo là số liệu tính đến hết ngày cuối cùng của tháng trước."],
      ["STT", "Mã chỉ số", "Tên chỉ số", "Báo cáo ngày 05/10/2021", null, null, "Báo cáo ngày 05/11/2021", null, null],
      [null, null, null, "Tử số", "Mẫu số", "Tỷ lệ (%)", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
      [1, "1.1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", 40, 210, 19.05, 52, 236, 22.03],
    ]);
    g.merges.push({ top: 3, left: 4, bottom: 3, right: 6 }, { top: 3, left: 7, bottom: 3, right: 9 });
    const c = one(g);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.1", "2021-09-30", 40, 210],
      ["1.1", "2021-10-31", 52, 236],
    ]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("tính đến hết tháng trước");
  });

  it("spreads 'Tổng số: 64⏎- Trực tuyến: 12⏎…' cells of a pasted Word table into the dossier's counts", () => {
    const c = one(
      gridOf([
        ["TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC THÁNG 11/2021"],
        ["(Từ ngày 01/11/2021 đến ngày 30/11/2021)"],
        ["TT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Kết quả giải quyết", "Đang giải quyết", "Trả lại, rút hồ sơ"],
        [
          1,
          "Hộ tịch",
          "Tổng số: 64\n- Kỳ trước chuyển sang: 4\n- Trực tuyến: 12\n- Trực tiếp, BCCI: 48",
          "Đã giải quyết: 59\n- Trước hạn: 6\n- Đúng hạn: 51\n- Quá hạn: 2",
          "Tổng số: 5\n- Trong hạn: 5\n- Quá hạn: 0",
          0,
        ],
        [
          2,
          "Đất đai",
          "Tổng số: 20\n- Kỳ trước chuyển sang: 6\n- Trực tuyến: 3\n- Trực tiếp, BCCI: 11",
          "Đã giải quyết: 14\n- Trước hạn: 1\n- Đúng hạn: 12\n- Quá hạn: 1",
          "Tổng số: 5\n- Trong hạn: 4\n- Quá hạn: 1",
          1,
        ],
      ]),
    );
    expect(
      (c.dossiers ?? []).map((x) => [
        x.field,
        x.from,
        x.to,
        x.carriedOver,
        x.online,
        x.inPerson,
        x.early,
        x.onTime,
        x.late,
        x.pendingInTime,
        x.pendingOverdue,
        x.returned,
      ]),
    ).toEqual([
      ["Hộ tịch", "2021-11-01", "2021-11-30", 4, 12, 48, 6, 51, 2, 5, 0, 0],
      ["Đất đai", "2021-11-01", "2021-11-30", 6, 3, 11, 1, 12, 1, 4, 1, 1],
    ]);
    expect(c.readings).toEqual([]);
  });
});

describe("45b. work outside the plan under its own section", () => {
  it("gives a task under 'B. NHIỆM VỤ PHÁT SINH (ngoài kế hoạch)' no criterion, said in Ghi chú, with no criterion line", () => {
    const c = one(
      gridOf([
        ["VIỆC CCHC QUÝ IV/2021 - CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ"],
        ["STT", "Nội dung", "Chủ trì", "Hạn", "Tình trạng"],
        ["A. NHIỆM VỤ THEO KẾ HOẠCH SỐ 49/KH-UBND"],
        ["Tiêu chí 1.5 - Tỷ lệ văn bản đi được gửi dưới dạng điện tử"],
        [1, "Ký số văn bản đi trên hệ thống quản lý văn bản", "CC Văn phòng - Thống kê", d("2021-11-30"), "Hoàn thành"],
        ["B. NHIỆM VỤ PHÁT SINH (ngoài kế hoạch)"],
        [1, "Chuẩn bị hồ sơ phục vụ Đoàn kiểm tra CCHC của huyện", "CC Văn phòng - Thống kê", d("2021-12-08"), "Hoàn thành"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.code, t.codeSuggested])).toEqual([
      [5, "1.5", false],
      [7, null, false],
    ]);
    expect(c.tasks[1].note).toContain('Nhiệm vụ ngoài kế hoạch (mục "B. NHIỆM VỤ PHÁT SINH (ngoài kế hoạch)")');
    expect(c.problems.filter((p) => p.row === 7 && /^CRITERION/.test(p.code))).toEqual([]);
  });
});

describe("46. a desk's monthly log in short forms, a PivotTable, a survey's tally by factor, a summary against targets, a ledger", () => {
  const LOG_HEAD = [
    "Tháng",
    "Lĩnh vực",
    "Tồn kỳ trước",
    "Nhận trực tuyến",
    "Nhận trực tiếp, BCCI",
    "GQ trước hạn",
    "GQ đúng hạn",
    "GQ quá hạn",
    "Đang GQ trong hạn",
    "Đang GQ quá hạn",
    "Rút / trả lại",
    "Ghi chú",
  ];

  it("reads 'GQ đúng hạn' columns as dossiers, a row a month and field, a correction row in place of the row it corrects (said)", () => {
    const c = one(
      gridOf([
        ["SỔ NHẬP SỐ LIỆU HỒ SƠ TTHC HÀNG THÁNG NĂM 2021"],
        LOG_HEAD,
        ["Tháng 10/2021", "Hộ tịch", 2, 11, 44, 5, 49, 1, 2, 0, 0],
        ["Tháng 10/2021", "Đất đai", 4, 1, 13, 2, 10, 1, 4, 1, 0],
        ["Tháng 11/2021", "Đất đai", 5, 2, 12, 1, 10, 2, 4, 1, "01 hồ sơ (rút)", "01 hồ sơ công dân rút"],
        [
          "Tháng 10/2021 (điều chỉnh)",
          "Đất đai",
          4,
          1,
          13,
          2,
          9,
          2,
          4,
          1,
          0,
          "Điều chỉnh lại số liệu tháng 10: thay cho dòng tháng 10 ở trên",
        ],
      ]),
    );
    expect((c.dossiers ?? []).map((x) => [x.source.row, x.field, x.from, x.onTime, x.late, x.returned])).toEqual([
      [3, "Hộ tịch", "2021-10-01", 49, 1, 0],
      [5, "Đất đai", "2021-11-01", 10, 2, 1],
      [6, "Đất đai", "2021-10-01", 9, 2, 0],
    ]);
    expect(c.readings).toEqual([]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.message])).toEqual([
      [4, expect.stringContaining("được thay bằng dòng điều chỉnh 6")],
    ]);
  });

  it("reads a PivotTable of fields over procedures, dated by its 'Năm' and 'Tháng' filter cells, each field once", () => {
    const c = one(
      gridOf([
        ["Năm", 2021],
        ["Tháng", 10],
        [],
        [
          "Row Labels",
          "Sum of Tồn kỳ trước",
          "Sum of Nhận trực tuyến",
          "Sum of Nhận trực tiếp",
          "Sum of GQ trước hạn",
          "Sum of GQ đúng hạn",
          "Sum of GQ quá hạn",
          "Sum of Đang GQ trong hạn",
          "Sum of Đang GQ quá hạn",
          "Sum of Trả lại",
        ],
        ["Chứng thực", 0, 4, 109, 8, 105, 0, 0, 0, 0],
        ["Chứng thực bản sao từ bản chính", 0, 3, 96, 7, 92, 0, 0, 0, 0],
        ["Chứng thực chữ ký", 0, 1, 13, 1, 13, 0, 0, 0, 0],
        ["Đất đai", 4, 1, 13, 2, 9, 2, 4, 1, 0],
        ["Đăng ký biến động đất đai", 2, 1, 10, 2, 7, 1, 2, 1, 0],
        ["Hòa giải tranh chấp đất đai", 2, 0, 3, 0, 2, 1, 2, 0, 0],
        ["Grand Total", 4, 5, 122, 10, 114, 2, 4, 1, 0],
      ]),
    );
    expect((c.dossiers ?? []).map((x) => [x.field, x.from, x.to, x.inPerson, x.onTime])).toEqual([
      ["Chứng thực", "2021-10-01", "2021-10-31", 109, 105],
      ["Đất đai", "2021-10-01", "2021-10-31", 13, 9],
    ]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_TOTAL_MISMATCH" || p.code === "SHEET_SKIPPED")).toEqual([]);
  });

  it("reads a survey's tally with a factor per column ('2.1 - Tiếp cận dịch vụ') as each factor's satisfied over valid ballots", () => {
    const c = one(
      gridOf([
        ["TỔNG HỢP PHIẾU KHẢO SÁT SỰ HÀI LÒNG (SIPAS) QUÝ IV/2021"],
        ["Thời gian phát phiếu: từ ngày 15/11/2021 đến ngày 26/11/2021"],
        ["TT", "Nội dung", "2.1 - Tiếp cận dịch vụ", "2.2 - Thủ tục hành chính", "2.5 - Tiếp nhận, xử lý PAKN"],
        ["(1)", "Số phiếu phát ra", 50, 50, 50],
        ["(2)", "Số phiếu hợp lệ (có trả lời câu hỏi của yếu tố)", 45, 46, 8],
        ["(3)", "Số phiếu hài lòng và rất hài lòng", 41, 40, 7],
        ["(4)", "Số phiếu bình thường, không hài lòng", 4, 6, 1],
      ]),
    );
    expect(c.readings.map((r) => [r.code, r.numerator, r.denominator])).toEqual([
      ["2.1", 41, 45],
      ["2.2", 40, 46],
      ["2.5", 7, 8],
    ]);
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH" || p.code === "CRITERION_SUGGESTED")).toEqual([]);
  });

  it("reads 'Kết quả thực hiện' beside 'Chỉ tiêu năm 2021' as the value, the target kept in Ghi chú", () => {
    const c = one(
      gridOf([
        ["II. Kết quả một số chỉ số (số liệu đến ngày 30/11/2021)"],
        ["Mã", "Chỉ số", "Kết quả thực hiện", "Chỉ tiêu năm 2021", "So với kế hoạch"],
        ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", 98.89, 98, "Đạt"],
        ["2.1", "Tỷ lệ hài lòng về tiếp cận dịch vụ", 91.11, 90, "Đạt"],
      ]),
    );
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator, r.value])).toEqual([
      ["1.2", "2021-11-30", null, null, 98.89],
      ["2.1", "2021-11-30", null, null, 91.11],
    ]);
    expect(c.readings[0].note).toContain("Chỉ tiêu năm 2021: 98");
  });

  it("reads a disbursement ledger's running total over the title's plan of capital, not each payment over the total", () => {
    const c = one(
      gridOf([
        ["SỔ THEO DÕI GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2021 (Chỉ số 1.4)"],
        ["Tổng kế hoạch vốn được giao: 4.600 triệu đồng (Quyết định số 15/QĐ-UBND ngày 20/01/2021)"],
        [
          "STT",
          "Ngày thanh toán",
          "Nội dung thanh toán",
          "Số tiền (triệu đồng)",
          "Lũy kế giải ngân (triệu đồng)",
          "Tỷ lệ giải ngân so với KH vốn (%)",
        ],
        [1, d("2021-06-28"), "Tạm ứng hợp đồng thi công đường GTNT", 600, 600, 13.04],
        [2, d("2021-09-14"), "Thanh toán khối lượng hoàn thành đợt 1", 600, 1200, 26.09],
        [3, d("2021-11-19"), "Thanh toán đợt 2", 2050, 3250, 70.65],
      ]),
    );
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.4", "2021-06-28", 600, 4600],
      ["1.4", "2021-09-14", 1200, 4600],
      ["1.4", "2021-11-19", 3250, 4600],
    ]);
    expect(c.readings[2].note).toContain("Mẫu số lấy theo tiêu đề: Tổng kế hoạch vốn được giao: 4.600 triệu đồng");
    expect(c.problems.filter((p) => p.code === "RATE_MISMATCH")).toEqual([]);
  });
});

describe("47. months in the lower header row, a criterion's band per column group, quarters in and to date, sections of many kinds", () => {
  it("reads months 'T1 … T12' under one heading, only some filled, each filled month a reading", () => {
    const months = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
    const g = gridOf([
      ["SỐ LIỆU CHỈ SỐ DO CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN THEO DÕI NĂM 2021"],
      ["STT", "Mã", "Chỉ số", "Chỉ tiêu năm (%)", "Tỷ lệ thực hiện lũy kế đến hết tháng (%)", ...Array(11).fill(null)],
      [null, null, null, null, ...months],
      [1, "1.4", "Tỷ lệ giải ngân vốn đầu tư công", 100, null, null, null, null, null, 31.5, null, null, 42.2, 53.33, 70, null],
    ]);
    g.merges.push({ top: 2, left: 5, bottom: 2, right: 16 });
    const c = one(g);
    expect(c.readings.map((r) => [r.code, r.date, r.value])).toEqual([
      ["1.4", "2021-06-30", 31.5],
      ["1.4", "2021-09-30", 42.2],
      ["1.4", "2021-10-31", 53.33],
      ["1.4", "2021-11-30", 70],
    ]);
  });

  it("reads a band per criterion ('1.1 - …' over Tử số | Mẫu số | Tỷ lệ) with the periods down, the targets' row named", () => {
    const g = gridOf([
      ["SỐ LIỆU CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2021"],
      ["Kỳ số liệu", "1.1 - Hồ sơ TTHC tiếp nhận trực tuyến", null, null, "1.5 - Văn bản đi gửi dạng điện tử", null, null],
      [null, "Tử số", "Mẫu số", "Tỷ lệ (%)", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
      ["Tháng 10/2021", 48, 259, 18.53, 381, 425, 89.65],
      ["Tháng 11/2021", 55, 287, 19.16, 418, 461, 90.67],
      ["Chỉ tiêu năm 2021", null, null, 20, null, null, 90],
    ]);
    g.merges.push({ top: 2, left: 2, bottom: 2, right: 4 }, { top: 2, left: 5, bottom: 2, right: 7 });
    const c = one(g);
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.1", "2021-10-31", 48, 259],
      ["1.1", "2021-11-30", 55, 287],
      ["1.5", "2021-10-31", 381, 425],
      ["1.5", "2021-11-30", 418, 461],
    ]);
    expect(c.problems.some((p) => p.code === "ROW_SKIPPED" && p.row === 6 && p.value === "Chỉ tiêu năm 2021")).toBe(true);
  });

  it("reads each quarter split 'Trong quý | Lũy kế', whole rates among the decimals included", () => {
    const g = gridOf([
      ["SỐ LIỆU MỘT SỐ CHỈ SỐ CCHC NĂM 2021 THEO QUÝ"],
      ["STT", "Mã chỉ số", "Tên chỉ số", "Quý I/2021", null, "Quý II/2021", null],
      [null, null, null, "Trong quý", "Lũy kế", "Trong quý", "Lũy kế"],
      [1, "1.1", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến (%)", 8.2, 8.2, 14.6, 11.5],
      [2, "2.1", "Tỷ lệ hài lòng về tiếp cận dịch vụ (%)", null, null, 88, 88],
    ]);
    g.merges.push({ top: 2, left: 4, bottom: 2, right: 5 }, { top: 2, left: 6, bottom: 2, right: 7 });
    const c = one(g);
    expect(c.readings.map((r) => [r.code, r.date, r.value])).toEqual([
      ["1.1", "2021-03-31", 8.2],
      ["1.1", "2021-06-30", 11.5],
      ["2.1", "2021-06-30", 88],
    ]);
  });

  it("takes a criterion from a code alone on its row, a lead from a line in the lead's column, a deadline from a group's line", () => {
    const c = one(
      gridOf([
        ["CÁC VIỆC PHÓ CHỦ TỊCH THEO DÕI QUÝ IV/2021"],
        ["TT", "Nội dung", "Người thực hiện", "Hạn", "Kết quả"],
        [1.1],
        [null, null, "Công chức Tư pháp - Hộ tịch:"],
        [1, "Chứng thực bản sao điện tử từ bản chính cho người dân", null, d("2021-11-15"), "Xong"],
        [2.2],
        ["Nhóm 2 - Hoàn thành trước ngày 20/11/2021"],
        [null, null, "Phó Chủ tịch UBND xã (trực tiếp):"],
        [2, "Kiểm tra việc niêm yết TTHC tại Bộ phận Một cửa", null, null, "Đang làm"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [5, "1.1", "Công chức Tư pháp-Hộ tịch", "2021-11-15"],
      [9, "2.2", "Phó Chủ tịch Ủy ban nhân dân xã", "2021-11-20"],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED")).toEqual([]);
  });

  it("reads '2 | Thủ tục hành chính' over bulleted tasks as criterion 2.2 under group II, no task of its own", () => {
    const c = one(
      gridOf([
        ["THEO DÕI NHIỆM VỤ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NĂM 2021"],
        ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình hình thực hiện"],
        ["I", "NHÓM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
        ["1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến"],
        ["-", "Tạo tài khoản dịch vụ công cho người dân thôn Ao Sen", "CC Văn phòng - Thống kê", d("2021-12-15"), "Đang thực hiện"],
        ["II", "NHÓM CHỈ SỐ SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC"],
        ["2", "Thủ tục hành chính"],
        ["-", "Cập nhật bảng niêm yết TTHC lĩnh vực hộ tịch", "CC Tư pháp - Hộ tịch", d("2021-11-20"), "Hoàn thành"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.code])).toEqual([
      [5, "1.1"],
      [8, "2.2"],
    ]);
  });

  it("reads days done said 'hôm' in a note and an extension the note gives", () => {
    const c = one(
      gridOf([
        ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC NĂM 2021 (đến ngày 14/12/2021)"],
        ["STT", "Nội dung", "Tiêu chí", "Đơn vị thực hiện", "Thời hạn", "Kết quả thực hiện", "Ghi chú"],
        [1, "Cập nhật thông tin dân cư thôn Cồn Dầu", "1.1", "Công an xã", d("2021-11-15"), "Đã xong", "đã xong hôm 12/11"],
        [
          2,
          "Tuyên truyền phòng chống lừa đảo",
          "2.4",
          "Công an xã",
          d("2021-11-20"),
          "Đã hoàn thành",
          "xong từ hôm thứ Sáu 26/11, chậm do trực cao điểm",
        ],
        [
          3,
          "Thu nhận hồ sơ cấp CCCD cho người cao tuổi",
          "2.1",
          "Công an xã",
          d("2021-11-30"),
          "Đang thực hiện",
          "được gia hạn tới cuối tháng 12",
        ],
        [4, "Rà soát thông tin tạm trú", "1.2", "Công an xã", d("2021-11-30"), "Đang thực hiện", "xin gia hạn đến 31/12, chưa được đồng ý"],
      ]),
    );
    expect(c.tasks.map((t) => [t.doneDate, t.due, t.verdict])).toEqual([
      ["2021-11-12", "2021-11-15", "Đúng hạn"],
      ["2021-11-26", "2021-11-20", "Trễ hạn"],
      [null, "2021-12-31", "Chưa đến hạn"],
      [null, "2021-11-30", "Quá hạn"],
    ]);
    expect(c.tasks[2].note).toContain('Hạn gia hạn đến 31/12/2021 theo ghi chú "được gia hạn tới cuối tháng 12"; hạn ban đầu 30/11/2021');
  });
});

describe("48. criteria's codes typed as numbers over the columns, a desk's report lines with '+' parts", () => {
  it("reads '1.1 | 1.2 | 2.1' typed as numbers under 'Tỷ lệ đạt theo chỉ số (%)' as the columns' criteria, months down", () => {
    const g = gridOf([
      ["KẾT QUẢ MỘT SỐ CHỈ SỐ CCHC THEO THÁNG NĂM 2021"],
      ["Tháng", "Tỷ lệ đạt theo chỉ số (%)", null, null, "Ghi chú"],
      [null, 1.1, 1.2, 2.1],
      ["Tháng 9/2021", 18.5, 96.2, 91],
      ["Tháng 10/2021", 21.3, 97.5, "-", "T10 không khảo sát 2.1"],
      ["Tháng 11/2021", 24.8, 95.9, 93.5],
    ]);
    g.merges.push({ top: 2, left: 2, bottom: 2, right: 4 });
    const c = one(g);
    const byCode = c.readings.map((r) => [r.code, r.date, r.value]).sort((a, b) => String(a).localeCompare(String(b)));
    expect(byCode).toEqual([
      ["1.1", "2021-09-30", 18.5],
      ["1.1", "2021-10-31", 21.3],
      ["1.1", "2021-11-30", 24.8],
      ["1.2", "2021-09-30", 96.2],
      ["1.2", "2021-10-31", 97.5],
      ["1.2", "2021-11-30", 95.9],
      ["2.1", "2021-09-30", 91],
      ["2.1", "2021-11-30", 93.5],
    ]);
  });

  it("reads '+ Trong hạn:' and '+ Quá hạn:' as parts of the '- Số hồ sơ đang giải quyết:' line above them", () => {
    const c = one(
      gridOf([
        ["SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THÁNG 10/2021"],
        ["(Từ ngày 01/10/2021 đến hết ngày 31/10/2021)"],
        ["1. Lĩnh vực Hộ tịch"],
        [null, "- Số hồ sơ kỳ trước chuyển sang:", null, 2, "hồ sơ"],
        [null, "- Số hồ sơ tiếp nhận mới trong kỳ:", null, 58, "hồ sơ"],
        [null, "   + Tiếp nhận trực tuyến:", null, 11, "hồ sơ"],
        [null, "   + Tiếp nhận trực tiếp, qua dịch vụ bưu chính:", null, 47, "hồ sơ"],
        [null, "- Số hồ sơ đã giải quyết:", null, 59, "hồ sơ"],
        [null, "   + Trước hạn:", null, 5, "hồ sơ"],
        [null, "   + Đúng hạn:", null, 53, "hồ sơ"],
        [null, "   + Quá hạn:", null, 1, "hồ sơ"],
        [null, "- Số hồ sơ đang giải quyết:", null, 3, "hồ sơ"],
        [null, "   + Trong hạn:", null, 2, "hồ sơ"],
        [null, "   + Quá hạn:", null, 1, "hồ sơ"],
        [null, "- Số hồ sơ trả lại, rút hồ sơ:", null, 0, "hồ sơ"],
      ]),
    );
    expect(
      (c.dossiers ?? []).map((x) => [x.field, x.online, x.inPerson, x.early, x.onTime, x.late, x.pendingInTime, x.pendingOverdue]),
    ).toEqual([["Hộ tịch", 11, 47, 5, 53, 1, 2, 1]]);
    expect(c.readings).toEqual([]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_COUNT_DERIVED")).toEqual([]);
  });
});

describe("49. a merged commune after 1/7/2025: new offices, areas of the former communes, results in sentences, a total sheet", () => {
  it("reads the new offices as the plan's officials under an 'Đơn vị tham mưu' column", () => {
    const c = one(
      gridOf([
        ["CÁC VIỆC CCHC CHỦ TỊCH GIAO NĂM 2026"],
        ["TT", "Nội dung", "Tiêu chí", "Đơn vị tham mưu", "Thời hạn", "Tình trạng"],
        [1, "Rà soát quy chế làm việc của UBND xã mới", "1.3", "VP HĐND-UBND", d("2026-08-31"), "Hoàn thành"],
        [2, "Niêm yết TTHC tại các điểm phục vụ", "2.2", "Trung tâm Phục vụ hành chính công xã", d("2026-09-30"), "Hoàn thành"],
        [3, "Tuyên truyền thanh toán trực tuyến", "1.1", "Phòng Văn hóa - Xã hội", d("2026-10-31"), "Đang thực hiện"],
        [4, "Cấp phép xây dựng nhà ở", "1.2", "CV Xây dựng", d("2026-11-30"), "Đang thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => t.lead)).toEqual([
      "Công chức Văn phòng-Thống kê",
      "Bộ phận Tiếp nhận và trả kết quả xã",
      "Công chức Văn hóa-Xã hội",
      "Công chức Địa chính-Xây dựng",
    ]);
    expect(c.problems.filter((p) => p.code === "UNKNOWN_OFFICIAL" || p.code === "UNMAPPED_COLUMN")).toEqual([]);
  });

  it("keeps the same work in each former commune's area as a task of its own, each named with its area", () => {
    const c = one(
      gridOf([
        ["THEO DÕI NHIỆM VỤ CCHC THEO ĐỊA BÀN CÁC XÃ CŨ"],
        ["TT", "Nội dung", "Tiêu chí", "Đơn vị chủ trì", "Thời hạn", "Tình trạng"],
        ["I. ĐỊA BÀN XÃ PHƯỚC LÂM (CŨ) - TRỤ SỞ CHÍNH"],
        [1, "Tuyên truyền thanh toán trực tuyến phí, lệ phí TTHC", "1.1", "Phòng Văn hóa - Xã hội", d("2026-09-30"), "Hoàn thành"],
        ["II. ĐỊA BÀN XÃ LONG KHÊ (CŨ) - ĐIỂM PHỤC VỤ SỐ 2"],
        [1, "Tuyên truyền thanh toán trực tuyến phí, lệ phí TTHC", "1.1", "Phòng Văn hóa - Xã hội", d("2026-09-30"), "Đang thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.status])).toEqual([
      [4, "Hoàn thành"],
      [6, "Đang thực hiện"],
    ]);
    expect(new Set(c.tasks.map((t) => t.id)).size).toBe(2);
    expect(c.tasks[1].note).toContain("Địa bàn: II. ĐỊA BÀN XÃ LONG KHÊ (CŨ) - ĐIỂM PHỤC VỤ SỐ 2");
    expect(c.problems.filter((p) => p.code === "DUPLICATE_TASK")).toEqual([]);
  });

  it("reads an appendix's results written as sentences: the rate said and the two figures that give it", () => {
    const c = one(
      gridOf([
        ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026"],
        ["(kỳ số liệu từ ngày 15/12/2025 đến ngày 14/6/2026)"],
        ["TT", "Chỉ số (theo Kế hoạch 49/KH-UBND)", "Chỉ tiêu năm 2026", "Kết quả thực hiện", "Tự đánh giá"],
        [
          1,
          "1.1. Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến",
          "≥ 80%",
          "Tổng số 1.864 hồ sơ tiếp nhận, trong đó trực tuyến 1.416 hồ sơ, đạt 75,97%",
          "Chưa đạt",
        ],
        [
          2,
          "1.3. Tỷ lệ cán bộ, công chức xã đạt chuẩn",
          "100%",
          "56 trên tổng số 58 cán bộ, công chức đạt chuẩn, tỷ lệ 96,55%",
          "Chưa đạt",
        ],
      ]),
    );
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.1", "2026-06-14", 1416, 1864],
      ["1.3", "2026-06-14", 56, 58],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("leaves out a sheet that adds up the service points' sheets, and says so", () => {
    const head = [
      "Lĩnh vực",
      "Kỳ trước chuyển sang",
      "Trực tuyến",
      "Trực tiếp, BCCI",
      "Giải quyết trước hạn",
      "Giải quyết đúng hạn",
      "Giải quyết quá hạn",
      "Đang giải quyết trong hạn",
      "Đang giải quyết quá hạn",
      "Trả lại",
    ];
    const sheet = (name: string, rows: GridCell[][]) =>
      gridOf([["SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC THÁNG 10/2026"], ["(Từ ngày 01/10/2026 đến ngày 31/10/2026)"], head, ...rows], {
        sheet: name,
      });
    const grids = [
      sheet("Diem 1", [["Hộ tịch", 3, 22, 61, 9, 70, 0, 7, 0, 0]]),
      sheet("Diem 2", [["Hộ tịch", 2, 9, 34, 4, 36, 1, 4, 0, 0]]),
      sheet("Tong toan xa", [["Hộ tịch", 5, 31, 95, 13, 106, 1, 11, 0, 0]]),
    ];
    const c = consolidate([{ file: "ho-so.xlsx", ok: true, grids }], BUILTIN_PLAN, "2026-11-30" as IsoDate);
    expect((c.dossiers ?? []).map((x) => [x.source.sheet, x.online])).toEqual([
      ["Diem 1", 22],
      ["Diem 2", 9],
    ]);
    expect(c.problems.find((p) => p.code === "DOSSIER_COUNT_DERIVED" && p.sheet === "Tong toan xa")?.message).toContain(
      '"Diem 1", "Diem 2"',
    );
  });
});

describe("50. software exports: English column names, a report by procedure, period codes, approval states", () => {
  it("reads a one-stop system's export with English column names and each row's own period", () => {
    const c = one(
      gridOf([
        [
          "STT",
          "Mã lĩnh vực",
          "Lĩnh vực",
          "from_date",
          "to_date",
          "prev_pending",
          "received_online",
          "received_direct",
          "resolved_early",
          "resolved_ontime",
          "resolved_late",
          "processing_ontime",
          "processing_overdue",
          "returned_cancelled",
          "ontime_rate",
        ],
        ["1", "HT", "Hộ tịch", "2021-08-01 00:00:00", "2021-08-31 23:59:59", "3", "12", "30", "8", "33", "0", "4", "0", "0", "100%"],
        ["2", "DD", "Đất đai", "2021-09-01 00:00:00", "2021-09-30 23:59:59", "4", "0", "8", "0", "5", "2", "3", "1", "1", "71.43%"],
      ]),
    );
    expect(
      (c.dossiers ?? []).map((x) => [x.field, x.from, x.to, x.carriedOver, x.online, x.inPerson, x.late, x.pendingOverdue, x.returned]),
    ).toEqual([
      ["Hộ tịch", "2021-08-01", "2021-08-31", 3, 12, 30, 0, 0, 0],
      ["Đất đai", "2021-09-01", "2021-09-30", 4, 0, 8, 2, 1, 1],
    ]);
    expect(c.readings).toEqual([]);
  });

  it("reads a system's report by procedure under 'Lĩnh vực: …' lines, each field once, dated by its 'Kỳ báo cáo' line", () => {
    const c = one(
      gridOf([
        ["BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC THEO THỦ TỤC"],
        ["Kỳ báo cáo: 2021-10-01 00:00:00 đến 2021-10-31 23:59:59"],
        [
          "STT",
          "Thủ tục hành chính",
          "Tồn kỳ trước",
          "Tiếp nhận trực tuyến",
          "Tiếp nhận trực tiếp, BCCI",
          "Giải quyết trước hạn",
          "Giải quyết đúng hạn",
          "Giải quyết quá hạn",
          "Đang giải quyết trong hạn",
          "Đang giải quyết quá hạn",
          "Trả lại",
        ],
        ["Lĩnh vực: Hộ tịch"],
        [1, "Đăng ký khai sinh", "3", "14", "22", "8", "28", "0", "3", "0", "0"],
        [2, "Đăng ký kết hôn", "1", "3", "5", "2", "5", "1", "1", "0", "0"],
        [null, "Cộng lĩnh vực Hộ tịch", "4", "17", "27", "10", "33", "1", "4", "0", "0"],
        ["Lĩnh vực: Đất đai"],
        [1, "Hòa giải tranh chấp đất đai", "2", "0", "3", "0", "2", "1", "1", "1", "0"],
        [null, "Cộng lĩnh vực Đất đai", "2", "0", "3", "0", "2", "1", "1", "1", "0"],
        [null, "TỔNG CỘNG", "6", "17", "30", "10", "35", "2", "5", "1", "0"],
      ]),
    );
    expect((c.dossiers ?? []).map((x) => [x.field, x.from, x.to, x.online, x.onTime])).toEqual([
      ["Hộ tịch", "2021-10-01", "2021-10-31", 17, 33],
      ["Đất đai", "2021-10-01", "2021-10-31", 0, 2],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("takes the criterion from a task software's tag 'TC 1.1' where its 'Mã việc' column holds the work's id", () => {
    const c = one(
      gridOf([
        ["DANH SÁCH VIỆC ĐƯỢC GIAO"],
        ["STT", "Mã việc", "Tên công việc", "Người xử lý chính", "Hạn xử lý", "Trạng thái xử lý", "Nhãn"],
        [1, "CV-2021-0412", "Rà soát, cập nhật danh mục TTHC niêm yết", "Bộ phận Một cửa", d("2021-10-29"), "Đã hoàn thành", "KH49, TC1.1"],
        [
          2,
          "CV-2021-0437",
          "Số hóa kết quả giải quyết TTHC lĩnh vực hộ tịch",
          "Công chức Tư pháp - Hộ tịch",
          d("2021-11-30"),
          "Đang xử lý",
          "CCHC;TC 1.2",
        ],
      ]),
    );
    expect(c.tasks.map((t) => [t.code, t.codeSuggested])).toEqual([
      ["1.1", false],
      ["1.2", false],
    ]);
    expect(c.tasks[0].note).toContain('Mã tiêu chí 1.1 theo "Nhãn: KH49, TC1.1" (cột mã ghi "CV-2021-0412")');
    expect(c.problems.filter((p) => p.code === "UNKNOWN_CRITERION")).toEqual([]);
  });

  it("dates figures by a system's period codes ('2021-Q3', '2021-T11', '2021-6T'), not by when they were typed, and leaves out those sent back", () => {
    const c = one(
      gridOf([
        ["PHẦN MỀM THEO DÕI, ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ"],
        ["STT", "Mã chỉ số", "Tên chỉ số", "Kỳ báo cáo", "Tử số", "Mẫu số", "Kết quả", "Trạng thái duyệt", "Cập nhật lúc"],
        [1, "CS1.1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "2021-Q3", "312", "1,248", "25%", "Đã duyệt", "2021-10-05 10:15:44"],
        [
          2,
          "CS1.1",
          "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến",
          "2021-T11",
          "455",
          "1,392",
          "32.69%",
          "Chờ duyệt",
          "2021-12-02 16:01:55",
        ],
        [3, "CS1.3", "Tỷ lệ cán bộ, công chức xã đạt chuẩn", "2021-6T", "18", "21", "85.71%", "Đã duyệt", "2021-07-06 09:02:31"],
        [4, "CS1.4", "Tỷ lệ giải ngân vốn đầu tư công", "2021-T11", "2,450", "4,600", "53.26%", "Trả lại", "2021-12-01 09:12:30"],
      ]),
    );
    expect(c.readings.map((r) => [r.code, r.date, r.numerator, r.denominator])).toEqual([
      ["1.1", "2021-09-30", 312, 1248],
      ["1.1", "2021-11-30", 455, 1392],
      ["1.3", "2021-06-30", 18, 21],
    ]);
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 6)?.message).toContain('"Trả lại"');
  });
});

describe("51. the office's remarks column, and the classes of blind sets 34-36", () => {
  it("takes the day the Office-Statistics official's added 'Ghi chú của VP' says the work was done, and says the official reported otherwise", () => {
    const c = one(
      gridOf([
        ["STT", "Mã tiêu chí", "Nội dung công việc", "Chủ trì", "Hạn hoàn thành", "Trạng thái", "Ghi chú", "Ghi chú của VP"],
        [
          1,
          "1.1",
          "Ban hành kế hoạch kiểm tra công vụ năm 2021",
          "CC VP-TK",
          d("2021-10-30"),
          "Đang thực hiện",
          "",
          "thực tế đã xong 10/12",
        ],
        [
          2,
          "2.1",
          "Rà soát thủ tục hành chính lĩnh vực hộ tịch",
          "CC Tư pháp-Hộ tịch",
          d("2021-11-15"),
          "Đang thực hiện",
          "",
          "đề nghị bổ sung minh chứng",
        ],
        [3, "2.2", "Niêm yết công khai TTHC", "BP Một cửa", d("2021-11-30"), "Hoàn thành", "", "chưa xong, còn thiếu 2 thủ tục"],
      ]),
    );
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-12-10"],
      ["Đang thực hiện", null],
      ["Đang thực hiện", null],
    ]);
    expect(c.tasks[0].note).toContain("Văn phòng kiểm tra: thực tế đã xong 10/12");
    expect(at(c).filter((p) => p.startsWith("STATUS_CONTRADICTION"))).toEqual([
      "STATUS_CONTRADICTION Theo dõi!H2",
      "STATUS_CONTRADICTION Theo dõi!H4",
    ]);
  });

  it("leaves out an import template's guide to its columns ('Tên cột | Mô tả | Ví dụ'), whose examples read like a task on its side", () => {
    const guide = gridOf(
      [
        ["MẪU NHẬP DỮ LIỆU NHIỆM VỤ CCHC - HƯỚNG DẪN"],
        ["Tên cột", "Mô tả", "Bắt buộc", "Ví dụ"],
        ["Mã tiêu chí", "Mã tiêu chí theo Kế hoạch 49/KH-UBND", "Có", "1.1"],
        ["Nội dung", "Tên nhiệm vụ cần thực hiện", "Có", "Rà soát quy trình nội bộ giải quyết TTHC"],
        ["Chủ trì", "Chức danh công chức chủ trì", "Có", "CC VP-TK"],
        ["Hạn hoàn thành", "Định dạng dd/mm/yyyy", "Có", "30/11/2021"],
        ["Trạng thái", "Chọn: Chưa thực hiện / Đang thực hiện / Hoàn thành", "Có", "Đang thực hiện"],
      ],
      { sheet: "HUONG_DAN" },
    );
    const data = gridOf(
      [
        ["Mã tiêu chí", "Nội dung", "Chủ trì", "Hạn hoàn thành", "Trạng thái"],
        ["1.1", "Ban hành kế hoạch kiểm tra công vụ năm 2021", "CC VP-TK", d("2021-10-30"), "Hoàn thành"],
      ],
      { sheet: "DU_LIEU" },
    );
    const c = consolidate([{ file: "so.xlsx", ok: true, grids: [guide, data] }], BUILTIN_PLAN, AS_OF);
    expect(c.tasks.map((t) => `${t.source.sheet}: ${t.content}`)).toEqual(["DU_LIEU: Ban hành kế hoạch kiểm tra công vụ năm 2021"]);
    expect(c.problems.find((p) => p.sheet === "HUONG_DAN")?.message).toContain("sheet hướng dẫn nhập liệu");
  });

  it("counts a one-stop system's list of dossiers by its state and on-time columns, its date-times written as text", () => {
    const c = one(
      gridOf([
        ["DANH SÁCH HỒ SƠ"],
        ["Từ ngày: 15/09/2021 Đến ngày: 14/12/2021"],
        [
          "STT",
          "Mã hồ sơ",
          "Tên thủ tục",
          "Lĩnh vực",
          "Hình thức nộp",
          "Ngày tiếp nhận",
          "Ngày hẹn trả",
          "Ngày có kết quả",
          "Trạng thái",
          "Tình trạng xử lý",
        ],
        [
          1,
          "H12-0001",
          "Đăng ký khai sinh",
          "Hộ tịch",
          "Trực tuyến",
          "2021-09-16 08:12:33",
          "2021-09-17 17:00:00",
          "2021-09-17 10:02:11",
          "Đã trả kết quả",
          "Đúng hạn",
        ],
        [
          2,
          "H12-0002",
          "Đăng ký kết hôn",
          "Hộ tịch",
          "Trực tiếp",
          "2021-09-20 09:30:00",
          "2021-09-23 17:00:00",
          "2021-09-22 15:00:00",
          "Đã trả kết quả",
          "Trước hạn",
        ],
        [
          3,
          "H12-0003",
          "Chứng thực bản sao",
          "Chứng thực",
          "Trực tiếp",
          "2021-10-05 14:00:00",
          "2021-10-05 17:00:00",
          "2021-10-06 08:00:00",
          "Đã trả kết quả",
          "Quá hạn",
        ],
        [
          4,
          "H12-0004",
          "Đăng ký khai tử",
          "Hộ tịch",
          "Trực tuyến",
          "2021-11-10 10:00:00",
          "2021-11-11 17:00:00",
          "",
          "Đang xử lý",
          "Trong hạn",
        ],
        [5, "H12-0005", "Chứng thực chữ ký", "Chứng thực", "BCCI", "2021-12-01 08:00:00", "2021-12-02 17:00:00", "", "Trả lại", ""],
        [
          6,
          "H12-0006",
          "Chứng thực hợp đồng",
          "Chứng thực",
          "Trực tiếp",
          "2021-12-06 08:00:00",
          "2021-12-08 17:00:00",
          "",
          "Đã trả kết quả",
          "",
        ],
      ]),
    );
    // carried over, online, in person, early, on time, late, pending in time, pending overdue, returned
    expect((c.dossiers ?? []).map(countsOf)).toEqual([
      ["Hộ tịch", "2021-09-15", "2021-12-14", 0, 2, 1, 1, 1, 0, 1, 0, 0],
      ["Chứng thực", "2021-09-15", "2021-12-14", 0, 0, 3, 0, 1, 1, 0, 0, 1],
    ]);
    expect(c.tasks).toEqual([]);
    expect(c.problems.find((p) => p.code === "DOSSIER_COUNT_DERIVED")?.message).toContain("1 hồ sơ đã có kết quả nhưng không ghi ngày trả");
  });

  it("reads shortened date headings under 'Thời gian' ('TG thực hiện', 'Hạn đ/chỉnh', 'Ngày h.thành'): the range's end, the moved deadline, the day done", () => {
    const c = one(
      gridOf(
        [
          ["STT", "Nội dung công việc", "Người thực hiện", "Thời gian", null, null, "Tình hình"],
          [null, null, null, "TG thực hiện", "Hạn đ/chỉnh", "Ngày h.thành"],
          [
            1,
            "Hoàn thiện hồ sơ quyết toán công trình Nhà văn hóa thôn 2",
            "CC Địa chính - XD",
            "01/10 - 30/11/2021",
            d("2021-12-15"),
            null,
            "Đang thực hiện",
          ],
          [2, "Thu hồi tạm ứng quá hạn công trình trường mẫu giáo", "CC TC-KT", "15/10 - 15/11/2021", null, d("2021-11-12"), "Hoàn thành"],
        ],
        { merges: [{ top: 1, left: 4, bottom: 1, right: 6 }] },
      ),
    );
    expect(c.tasks.map((t) => [t.due, t.doneDate])).toEqual([
      ["2021-12-15", null],
      ["2021-11-15", "2021-11-12"],
    ]);
  });

  it("reads 'HT 80%' as under way at 80 %, 'HT 100% ngày 03/12' as done that day, and 'lùi hạn đến 31/12' where the work's state is written", () => {
    const c = one(
      gridOf([
        ["TT", "Tiêu chí", "Nội dung nhiệm vụ", "Chủ trì", "Hạn", "Tình hình thực hiện (ghi rõ ngày xong)"],
        [1, "1.2", "Kiểm tra, đôn đốc công chức giải quyết hồ sơ đúng hạn", "VP-TK", d("2021-12-31"), "HT 80% (đã kiểm tra T10, T11)"],
        [2, "2.1", "Sửa chữa mái che, bố trí chỗ để xe cho người dân", "ĐC-XD", d("2021-11-30"), "HT 100% ngày 03/12"],
        [
          3,
          "1.3",
          "Cử công chức tham gia lớp bồi dưỡng chức danh",
          "VP-TK",
          d("2021-11-30"),
          "chưa cử được do huyện chưa mở lớp; lùi hạn đến 31/12",
        ],
        [
          4,
          "1.7",
          "Xây dựng dự thảo báo cáo kinh tế - xã hội năm",
          "VP-TK",
          d("2021-12-10"),
          "đã xong dự thảo ngày 08/12, đang xin ý kiến các ban",
        ],
        [null, null, "Người rà soát", null, "Tân Bình, ngày 10/12/2021"],
        [null, null, "Người lập: Trần Quốc Hùng - CC Văn phòng - Thống kê"],
      ]),
    );
    expect(c.tasks.map((t) => [t.status, t.progress, t.doneDate, t.due])).toEqual([
      ["Đang thực hiện", 80, null, "2021-12-31"],
      ["Hoàn thành", 100, "2021-12-03", "2021-11-30"],
      ["Chưa thực hiện", 0, null, "2021-12-31"],
      ["Đang thực hiện", null, null, "2021-12-10"],
    ]);
  });

  it("takes a criterion's row numbered '1.2' over rows numbered '1.2.1', '1.2.2' as their section, its deadline theirs where they give none", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung", "CT", "Hạn", "Tình trạng"],
        ["1.2", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", null, d("2021-12-31")],
        ["1.2.1", "Rà soát, niêm yết công khai TTHC lĩnh vực hộ tịch", "TP-HT", d("2021-10-20"), "Hoàn thành"],
        ["1.2.2", "Theo dõi, nhắc việc hồ sơ hộ tịch sắp đến hạn", "TP-HT", null, "Đang thực hiện"],
        ["2.2", "Tổ chức giải quyết TTHC", null, "Quý IV/2021"],
        ["2.2.1", "Hướng dẫn người dân kê khai tờ khai hộ tịch", "TP-HT", null, "Chưa thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => [t.code, t.due])).toEqual([
      ["1.2", "2021-10-20"],
      ["1.2", "2021-12-31"],
      ["2.2", "2021-12-31"],
    ]);
  });

  it("reads a dossier table whose pending ones are one column ('Đang GQ'), counted in time and said", () => {
    const c = one(
      gridOf([
        ["TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC QUÝ IV NĂM 2021"],
        ["(Từ ngày 15/9/2021 đến ngày 14/12/2021)"],
        [
          "STT",
          "Lĩnh vực",
          "Tổng số\nhồ sơ tiếp nhận",
          "Trong đó\ntrực tuyến",
          "Đã GQ\ntrước hạn",
          "Đã GQ\nđúng hạn",
          "Đã GQ\nquá hạn",
          "Đang GQ",
        ],
        [1, "Hộ tịch", 151, 31, 110, 36, 1, 4],
        [2, "Đất đai", 52, 9, 20, 24, 5, 3],
        [null, "Tổng cộng", 203, 40, 130, 60, 6, 7],
      ]),
    );
    // carried over, online, in person, early, on time, late, pending in time, pending overdue, returned
    expect((c.dossiers ?? []).map(countsOf)).toEqual([
      ["Hộ tịch", "2021-09-15", "2021-12-14", 0, 31, 120, 110, 36, 1, 4, 0, 0],
      ["Đất đai", "2021-09-15", "2021-12-14", 0, 9, 43, 20, 24, 5, 3, 0, 0],
    ]);
    expect(c.problems.filter((p) => p.code === "DOSSIER_COUNT_DERIVED").map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining("tính là trong hạn")]),
    );
  });

  it("reads years typed as numbers over the columns ('2019 | 2020 | 11T/2021') as readings of each year, not a row of figures", () => {
    const c = one(
      gridOf([
        ["TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI (TIÊU CHÍ 1.6, 1.7)"],
        ["TT", "Chỉ tiêu", "ĐVT", 2019, 2020, "11T/2021", "Ghi chú"],
        ["1.6", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "%", 7.2, 5.8, 6.4, "11T/2021: số ước"],
        ["1.7", "Mức độ thực hiện các chỉ tiêu KT-XH do HĐND xã giao", "%", 85.71, 78.57, 85.71],
      ]),
    );
    expect(c.readings.map((x) => [x.code, x.date, x.value])).toEqual([
      ["1.6", "2019-12-31", 7.2],
      ["1.6", "2020-12-31", 5.8],
      ["1.6", "2021-11-30", 6.4],
      ["1.7", "2019-12-31", 85.71],
      ["1.7", "2020-12-31", 78.57],
      ["1.7", "2021-11-30", 85.71],
    ]);
  });

  it("reads a period's result under 'KH | TH' and not its plan, and periods headed 'Kết quả⏎Tháng 10/2021'", () => {
    const pairs = one(
      gridOf(
        [
          ["TT", "Chỉ số thành phần", "Năm 2020", "Quý III/2021", null, "Quý IV/2021 (đến 10/12)", null],
          [null, null, "(TH)", "KH", "TH", "KH", "TH"],
          ["2.1", "Tiếp cận dịch vụ", 82.5, 85, 86.7, 87, 88.3],
          ["2.5", "Tiếp nhận, xử lý phản ánh, kiến nghị", 78.4, 80, 76, 82, 80],
        ],
        {
          merges: [
            { top: 1, left: 4, bottom: 1, right: 5 },
            { top: 1, left: 6, bottom: 1, right: 7 },
          ],
        },
      ),
    );
    expect(pairs.readings.map((x) => [x.code, x.date, x.value])).toEqual([
      ["2.1", "2020-12-31", 82.5],
      ["2.1", "2021-09-30", 86.7],
      ["2.1", "2021-12-10", 88.3],
      ["2.5", "2020-12-31", 78.4],
      ["2.5", "2021-09-30", 76],
      ["2.5", "2021-12-10", 80],
    ]);
    // The plans are named for what they are, never as totals of the other periods.
    expect(pairs.problems.filter((p) => p.code === "UNMAPPED_COLUMN").map((p) => p.message)).toEqual([
      expect.stringContaining("kế hoạch hoặc chỉ tiêu"),
      expect.stringContaining("kế hoạch hoặc chỉ tiêu"),
    ]);
    const headed = one(
      gridOf([
        ["Mã", "Chỉ số", "Kết quả\nTháng 10/2021", "Kết quả\nTháng 11/2021"],
        ["2.1", "Tiếp cận dịch vụ", 86.2, 87.5],
      ]),
    );
    expect(headed.readings.map((x) => [x.code, x.date, x.value])).toEqual([
      ["2.1", "2021-10-31", 86.2],
      ["2.1", "2021-11-30", 87.5],
    ]);
    expect(headed.tasks).toEqual([]);
  });

  it("moves a deadline by 'lùi hạn đến 25/12 theo hướng dẫn …' in the deadline's year, and 'đến 10/01' past it into the next", () => {
    const c = one(
      gridOf([
        ["TT", "Nội dung", "TC", "Chủ trì", "Hạn", "Tình hình thực hiện"],
        [
          1,
          "Thu thập số liệu ước tính GRDP năm 2021",
          "1.6",
          "VP-TK",
          d("2021-12-10"),
          "đang tổng hợp, lùi hạn đến 25/12 theo hướng dẫn của Chi cục",
        ],
        [
          2,
          "Xây dựng báo cáo kết quả khảo sát SIPAS năm 2021",
          "2.1",
          "VH-XH",
          d("2021-12-31"),
          "chưa làm; lùi hạn đến 10/01 theo CV của Phòng Nội vụ",
        ],
        [3, "Rà soát thủ tục hành chính lĩnh vực đất đai", "2.2", "ĐC-XD", d("2021-12-10"), "đề nghị lùi hạn đến 31/12 do chờ đo đạc"],
      ]),
    );
    // A request ("đề nghị lùi hạn") moves nothing.
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-12-25", "2022-01-10", "2021-12-10"]);
  });

  it("reads 'Kỳ trước | Kỳ này' as the months before and of the report's title, leaves 'Lũy kế' out, and takes 'TS:' / 'MS:' rows as the rate's parts", () => {
    const c = one(
      gridOf([
        ["BÁO CÁO SỐ LIỆU CÁC CHỈ SỐ THÀNH PHẦN – THÁNG 11 NĂM 2021"],
        ["STT", "Chỉ số / nội dung", "ĐVT", "Kỳ trước", "Kỳ này", "Lũy kế từ đầu năm"],
        [1, "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến (TC 1.1)", "%", 6.11, 7.41, 5.2],
        [null, "TS: Số hồ sơ tiếp nhận trực tuyến", "hồ sơ", 16, 20, 121],
        [null, "MS: Tổng số hồ sơ tiếp nhận", "hồ sơ", 262, 270, 2327],
      ]),
    );
    expect(c.readings.map((x) => [x.code, x.date, x.numerator, x.denominator])).toEqual([
      ["1.1", "2021-10-31", 16, 262],
      ["1.1", "2021-11-30", 20, 270],
    ]);
  });

  it("takes a task's state from the sheet of the latest month, whatever the tabs' order ('T12' first, 'Bản sao của T11' last), and leaves a past year's sheet out", () => {
    const month = (sheet: string, title: string, status: string, due: string) =>
      gridOf(
        [
          [title],
          ["STT", "Mã tiêu chí", "Nội dung", "Chủ trì", "Hạn", "Trạng thái"],
          [1, "1.5", "Tập huấn sử dụng chữ ký số cho công chức", "VP-TK", d(due), status],
        ],
        { sheet },
      );
    const c = consolidate(
      [
        {
          file: "so.xlsx",
          ok: true,
          grids: [
            month("T12", "THEO DÕI THÁNG 12/2021", "Hoàn thành", "2021-12-31"),
            month("T11", "THEO DÕI THÁNG 11/2021", "Đang thực hiện", "2021-12-15"),
            month("Bản sao của T11", "THEO DÕI THÁNG 11/2021", "", "2021-12-15"),
            gridOf(
              [
                ["STT", "Mã tiêu chí", "Nội dung", "Chủ trì", "Hạn", "Trạng thái"],
                [1, "1.1", "Tuyên truyền CCHC trên loa truyền thanh năm 2020", "VH-XH", d("2020-12-31"), "Hoàn thành"],
              ],
              { sheet: "Năm 2020" },
            ),
          ],
        },
      ],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect(c.tasks.map((t) => [t.source.sheet, t.status, t.due])).toEqual([["T12", "Hoàn thành", "2021-12-31"]]);
    expect(c.problems.find((p) => p.code === "SHEET_PAST_YEAR")?.message).toContain("không đưa vào Nhiệm vụ năm nay");
  });

  it("dates a sheet named 'T11' whose title still says 'THÁNG 10/2021' by its name, and says so", () => {
    const sheet = (name: string, title: string, rate: number) =>
      gridOf(
        [[title], ["Mã tiêu chí", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"], ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", rate, 100, rate]],
        { sheet: name },
      );
    const c = consolidate(
      [{ file: "so.xlsx", ok: true, grids: [sheet("T10", "SỐ LIỆU THÁNG 10/2021", 98), sheet("T11", "SỐ LIỆU THÁNG 10/2021", 99)] }],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect(c.readings.map((x) => [x.date, x.value])).toEqual([
      ["2021-10-31", 98],
      ["2021-11-30", 99],
    ]);
    expect(c.problems.find((p) => p.code === "PERIOD_CONFLICT")?.sheet).toBe("T11");
  });

  it("counts a system's English export of dossiers ('dossier_code | sector_name | received_at | appointment_at | completed_at | returned_at'), dated by its parameters line, on time by the day the result was ready", () => {
    const c = one(
      gridOf([
        ["DANH SÁCH HỒ SƠ (XUẤT DỮ LIỆU)"],
        ["Tham số: tu_ngay = 01/10/2021; den_ngay = 31/10/2021; don_vi = UBND xã Tân Bình"],
        [
          "stt",
          "dossier_code",
          "procedure_name",
          "sector_name",
          "channel",
          "received_at",
          "appointment_at",
          "completed_at",
          "returned_at",
          "status",
        ],
        [
          1,
          "H12-0001",
          "Chứng thực chữ ký",
          "Chứng thực",
          "Trực tiếp",
          "2021-10-04 09:55:04",
          "2021-10-04 16:30:00",
          "2021-10-04 10:23:48",
          "2021-10-05 11:13:48",
          "Đã trả kết quả",
        ],
        [
          2,
          "H12-0002",
          "Cấp bản sao trích lục hộ tịch",
          "Hộ tịch",
          "Trực tuyến",
          "2021-10-05 15:37:59",
          "2021-10-06 17:00:00",
          "2021-10-07 16:51:59",
          "2021-10-07 17:55:33",
          "Đã trả kết quả",
        ],
        [
          3,
          "H12-0003",
          "Đăng ký khai sinh",
          "Hộ tịch",
          "Trực tiếp",
          "2021-10-14 09:33:13",
          "2021-10-21 17:00:00",
          null,
          null,
          "Đang xử lý",
        ],
      ]),
    );
    // carried over, online, in person, early, on time, late, pending in time, pending overdue, returned
    expect((c.dossiers ?? []).map(countsOf)).toEqual([
      ["Chứng thực", "2021-10-01", "2021-10-31", 0, 0, 1, 0, 1, 0, 0, 0, 0],
      ["Hộ tịch", "2021-10-01", "2021-10-31", 0, 1, 1, 0, 0, 1, 0, 1, 0],
    ]);
    expect(c.tasks).toEqual([]);
  });

  it("counts a register whose fields are rows of their own ('Lĩnh vực: Hộ tịch (2 hồ sơ)') under 'Thời gian' over 'Tiếp nhận | Hẹn trả | Có kết quả'", () => {
    const c = one(
      gridOf(
        [
          ["Kỳ báo cáo: Từ ngày 15/09/2021 đến ngày 14/12/2021"],
          ["STT", "Số hồ sơ", "Tên thủ tục hành chính", "Hình thức", "Thời gian", null, null, "Trạng thái", "Kết quả xử lý"],
          [null, null, null, null, "Tiếp nhận", "Hẹn trả", "Có kết quả"],
          ["Lĩnh vực: Hộ tịch (2 hồ sơ)"],
          [
            1,
            "H12-0001",
            "Cấp Giấy xác nhận tình trạng hôn nhân",
            "Trực tuyến",
            d("2021-10-05"),
            d("2021-10-08"),
            d("2021-10-06"),
            "Đã trả kết quả",
            "Trước hạn",
          ],
          [
            2,
            "H12-0002",
            "Đăng ký khai sinh",
            "Trực tiếp",
            d("2021-10-12"),
            d("2021-10-13"),
            d("2021-10-13"),
            "Đã trả kết quả",
            "Đúng hạn",
          ],
          ["Lĩnh vực: Chứng thực (1 hồ sơ)"],
          [3, "H12-0003", "Chứng thực chữ ký", "Trực tiếp", d("2021-11-02"), d("2021-11-02"), d("2021-11-03"), "Đã trả kết quả", "Quá hạn"],
        ],
        { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
      ),
    );
    expect((c.dossiers ?? []).map(countsOf)).toEqual([
      ["Hộ tịch", "2021-09-15", "2021-12-14", 0, 1, 1, 1, 1, 0, 0, 0, 0],
      ["Chứng thực", "2021-09-15", "2021-12-14", 0, 0, 1, 0, 0, 1, 0, 0, 0],
    ]);
  });

  it("takes a Planner export's 'Task Name' as the task beside its 'Description', and its 'Bucket Name' as the criterion", () => {
    const c = one(
      gridOf([
        ["Task ID", "Task Name", "Bucket Name", "Progress", "Assigned To", "Due date", "Completed Date", "Description"],
        [
          "hT0q",
          "Cập nhật danh mục TTHC mức độ 3, 4 tại Một cửa",
          "1.1 DVC trực tuyến",
          "Completed",
          "BP Một cửa",
          d("2021-10-22"),
          d("2021-10-20"),
          "",
        ],
        [
          "pL8m",
          "Hỗ trợ 50 hộ dân tạo tài khoản trên Cổng dịch vụ công",
          "1.1 DVC trực tuyến",
          "In progress",
          "CC VH-XH",
          d("2021-11-30"),
          null,
          "Đã hỗ trợ 32/50 hộ",
        ],
      ]),
    );
    expect(c.tasks.map((t) => [t.code, t.content, t.status])).toEqual([
      ["1.1", "Cập nhật danh mục TTHC mức độ 3, 4 tại Một cửa", "Hoàn thành"],
      ["1.1", "Hỗ trợ 50 hộ dân tạo tài khoản trên Cổng dịch vụ công", "Đang thực hiện"],
    ]);
  });

  it("reads a status kept as numbers by the legend line under the table ('Mã trạng thái: 0 - Chưa bắt đầu; 1 - Đang thực hiện; 2 - Hoàn thành')", () => {
    const c = one(
      gridOf([
        ["Mã CV", "Tên công việc", "Nhóm CV", "Người thực hiện", "Hạn xử lý", "% HT", "Trạng thái"],
        ["CV-0102", "Cài đặt chữ ký số cá nhân cho cán bộ, công chức xã", "TC 1.5", "CC VP-TK", d("2021-10-29"), 100, 2],
        ["CV-0105", "Ký số và gửi văn bản đi qua hệ thống quản lý văn bản", "TC 1.5", "CC VP-TK", d("2021-12-31"), 85, 1],
        ["CV-0130", "Lập danh sách hồ sơ đất đai tồn đọng", "TC 1.2", "CC ĐC-XD", d("2021-11-30"), 0, 0],
        [],
        ["Mã trạng thái: 0 - Chưa bắt đầu; 1 - Đang thực hiện; 2 - Hoàn thành; 3 - Tạm dừng"],
      ]),
    );
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("1 = Đang thực hiện");
  });

  it("reads a rate alone on its line under a dossier table ('Tỷ lệ … (TC 1.2): | 99,01 | %'), and a block of figures under 'I. SỐ LIỆU …' by the criterion its title names", () => {
    const c = one(
      gridOf([
        ["BÁO CÁO THÁNG 10/2021 - THỰC HIỆN TIÊU CHÍ 1.5 (KH 49/KH-UBND)"],
        ["I. SỐ LIỆU VĂN BẢN ĐI GỬI DƯỚI DẠNG ĐIỆN TỬ"],
        [null, "- Tổng số văn bản đi trong tháng:", 86, "văn bản"],
        [null, "- Số văn bản gửi hoàn toàn dưới dạng điện tử:", 79, "văn bản"],
        [null, "- Tỷ lệ văn bản điện tử:", 91.86, "%"],
        [],
        [null, "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn (TC 1.2):", 99.01, "%"],
      ]),
    );
    expect(c.readings.map((x) => [x.code, x.date, x.numerator, x.denominator, x.value])).toEqual([
      ["1.2", "2021-10-31", null, null, 99.01],
      ["1.5", "2021-10-31", 79, 86, 91.86],
    ]);
  });

  it("reads 'Tiếp nhận trong kỳ | Trong đó trực tuyến | Đã giải quyết | Trong đó quá hạn': the in-time ones are the rest, said", () => {
    const c = one(
      gridOf([
        ["Tháng 7/2021 (từ 01/7 đến 31/7/2021)"],
        [
          "Lĩnh vực",
          "Kỳ trước chuyển sang",
          "Tiếp nhận trong kỳ",
          "Trong đó trực tuyến",
          "Đã giải quyết",
          "Trong đó quá hạn",
          "Đang giải quyết",
        ],
        ["Hộ tịch", 2, 52, 9, 51, 1, 3],
        ["Đất đai", 5, 14, 1, 13, 2, 6],
      ]),
    );
    // carried over, online, in person, early, on time, late, pending in time, pending overdue, returned
    expect((c.dossiers ?? []).map(countsOf)).toEqual([
      ["Hộ tịch", "2021-07-01", "2021-07-31", 2, 9, 43, 0, 50, 1, 3, 0, 0],
      ["Đất đai", "2021-07-01", "2021-07-31", 5, 1, 13, 0, 11, 2, 6, 0, 0],
    ]);
    expect(c.problems.map((p) => p.message).join(" ")).toContain("đã giải quyết − quá hạn");
  });

  it("reads no criterion's figures from a table of dossier counts by field it cannot take ('Lĩnh vực | Mới nhận | Tồn | GQ sớm …'), and says so", () => {
    const c = one(
      gridOf([
        ["TỔNG HỢP HỒ SƠ TTHC THÁNG 10 NĂM 2021"],
        ["TT", "Lĩnh vực", "Mới nhận", "Tồn", "GQ sớm", "GQ đúng", "GQ trễ", "Đang GQ"],
        [1, "Hộ tịch", 58, 3, 41, 15, 0, 5],
        [2, "Đất đai", 17, 6, 5, 8, 3, 6],
        [null, "Cộng", 75, 9, 46, 23, 3, 11],
      ]),
    );
    expect(c.readings).toEqual([]);
    expect(c.problems.find((p) => p.code === "SHEET_SKIPPED")?.message).toContain("bảng số hồ sơ theo lĩnh vực");
  });

  it("counts an English export dated by 'Report period: 01/10/2021 - 31/10/2021', its states and results in English", () => {
    const c = one(
      gridOf([
        ["DOSSIER LIST - XÃ TÂN BÌNH"],
        ["Report period: 01/10/2021 - 31/10/2021"],
        [
          "No.",
          "Dossier code",
          "Procedure name",
          "Sector",
          "Channel",
          "Received date",
          "Appointment date",
          "Finished date",
          "Status",
          "Processing result",
        ],
        [
          1,
          "H56-1000",
          "Đăng ký biến động đất đai",
          "Đất đai",
          "Online",
          "20/09/2021 09:00",
          "04/10/2021 16:30",
          "01/10/2021 10:00",
          "Completed",
          "Early",
        ],
        [2, "H56-1001", "Đăng ký khai sinh", "Hộ tịch", "Direct", "30/10/2021 15:30", "01/11/2021 16:30", "", "Processing", "In time"],
        [3, "H56-1002", "Đăng ký kết hôn", "Hộ tịch", "Direct", "04/10/2021 08:00", "05/10/2021 16:30", "", "Withdrawn", ""],
      ]),
    );
    expect((c.dossiers ?? []).map(countsOf)).toEqual([
      ["Đất đai", "2021-10-01", "2021-10-31", 1, 0, 0, 1, 0, 0, 0, 0, 0],
      ["Hộ tịch", "2021-10-01", "2021-10-31", 0, 0, 2, 0, 0, 0, 1, 0, 1],
    ]);
  });

  it("reads years typed as numbers on a second header row under 'Kết quả thực hiện', each a reading of its year", () => {
    const c = one(
      gridOf(
        [
          ["BẢNG THEO DÕI MỘT SỐ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH QUA CÁC NĂM"],
          ["STT", "Chỉ số", "Mã TC", "ĐVT", "Kết quả thực hiện", null, null, "Ghi chú"],
          [null, null, null, null, 2019, 2020, "11T/2021"],
          [1, "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4", "1.1", "%", 2.1, 4.35, 18.61],
          [2, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "1.2", "%", 97.8, 99.09, 99.59],
        ],
        { merges: [{ top: 2, left: 5, bottom: 2, right: 7 }] },
      ),
    );
    expect(c.readings.map((x) => [x.code, x.date, x.value])).toEqual([
      ["1.1", "2019-12-31", 2.1],
      ["1.1", "2020-12-31", 4.35],
      ["1.1", "2021-11-30", 18.61],
      ["1.2", "2019-12-31", 97.8],
      ["1.2", "2020-12-31", 99.09],
      ["1.2", "2021-11-30", 99.59],
    ]);
  });

  it("reads 'Chỉ tiêu | Thực hiện' under each period as the target and the result, never a numerator over a denominator", () => {
    const c = one(
      gridOf(
        [
          ["TC", "STT", "Nội dung", "ĐVT", "Quý III/2021", null, "Tháng 10/2021", null],
          [null, null, null, null, "Chỉ tiêu", "Thực hiện", "Chỉ tiêu", "Thực hiện"],
          ["2.1", 1, "Tỷ lệ hài lòng về tiếp cận dịch vụ", "%", 90, 91.7, 90, 93.1],
        ],
        {
          merges: [
            { top: 1, left: 5, bottom: 1, right: 6 },
            { top: 1, left: 7, bottom: 1, right: 8 },
          ],
        },
      ),
    );
    expect(c.readings.map((x) => [x.code, x.date, x.numerator, x.value])).toEqual([
      ["2.1", "2021-09-30", null, 91.7],
      ["2.1", "2021-10-31", null, 93.1],
    ]);
  });

  it("reads days as headings under 'Số liệu đến ngày' (30/09 | 31/10 | 30/11), a section line 'I | CHỈ SỐ …' under the header as no heading, and 'TH T10/2021' as October", () => {
    const days = one(
      gridOf(
        [
          ["STT", "Nội dung", "ĐVT", "Số liệu đến ngày", null, null],
          [null, null, null, d("2021-09-30"), d("2021-10-31"), d("2021-11-30")],
          [1, "Giải ngân kế hoạch đầu tư vốn ngân sách nhà nước (TC 1.4)"],
          ["c", "Tỷ lệ giải ngân", "%", 61.46, 71.04, 82.92],
        ],
        { merges: [{ top: 1, left: 4, bottom: 1, right: 6 }] },
      ),
    );
    expect(days.readings.map((x) => [x.code, x.date, x.value])).toEqual([
      ["1.4", "2021-09-30", 61.46],
      ["1.4", "2021-10-31", 71.04],
      ["1.4", "2021-11-30", 82.92],
    ]);
    const sections = one(
      gridOf([
        ["STT", "Nội dung", "ĐVT", "Kết quả\nQuý III/2021", "TH T10/2021", "TH T11/2021"],
        ["I", "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
        ["1.2", "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn", "%", 99.4, 100, 99.15],
      ]),
    );
    expect(sections.readings.map((x) => [x.code, x.date, x.value])).toEqual([
      ["1.2", "2021-09-30", 99.4],
      ["1.2", "2021-10-31", 100],
      ["1.2", "2021-11-30", 99.15],
    ]);
    expect(sections.tasks).toEqual([]);
  });

  it("reads months in Roman numerals ('Tháng X', 'Tháng XI'), and takes 'KH | TH' holding figures for no plan of work", () => {
    const c = one(
      gridOf(
        [
          ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG NĂM 2021"],
          ["STT", "Nội dung", "Tháng X", null, "Tháng XI", null],
          [null, null, "KH", "TH", "KH", "TH"],
          ["2.1", "Tỷ lệ hài lòng về tiếp cận dịch vụ (%)", 90, 93.1, 90, 93.85],
          ["2.2", "Tỷ lệ hài lòng về tổ chức giải quyết TTHC (%)", 90, 89.66, 90, 90.77],
        ],
        {
          merges: [
            { top: 2, left: 3, bottom: 2, right: 4 },
            { top: 2, left: 5, bottom: 2, right: 6 },
          ],
        },
      ),
    );
    expect(c.tasks).toEqual([]);
    expect(c.readings.map((x) => [x.code, x.date, x.value])).toEqual([
      ["2.1", "2021-10-31", 93.1],
      ["2.1", "2021-11-30", 93.85],
      ["2.2", "2021-10-31", 89.66],
      ["2.2", "2021-11-30", 90.77],
    ]);
  });

  it("takes the lead and deadline a criterion's group row gives ('Nhóm 2 – TC 1.4 … – Chủ trì: đ/c … (CC TC-KT) – Hạn: 31/12/2021') for its rows", () => {
    const c = one(
      gridOf([
        ["STT", "Công việc cụ thể", "Tiến độ", "Ghi chú"],
        ["Nhóm 1 – TC 1.1 Thực hiện kế hoạch CCHC – Chủ trì: đ/c Lê Văn Tuấn (CC VH-XH) – Hạn: 30/11/2021"],
        [1, "Phát thanh tuyên truyền dịch vụ công mức độ 3, 4", "Đang làm"],
        ["Nhóm 2 – TC 1.4 Giải ngân vốn đầu tư công – Chủ trì: đ/c Phạm Thị Lan (CC TC-KT) – Hạn: 31/12/2021"],
        [1, "Lập thủ tục thanh toán khối lượng hoàn thành đợt 3", "Đang làm"],
      ]),
    );
    expect(c.tasks.map((t) => [t.code, t.lead, t.due])).toEqual([
      ["1.1", "Công chức Văn hóa-Xã hội", "2021-11-30"],
      ["1.4", "Công chức Tài chính-Kế toán", "2021-12-31"],
    ]);
  });

  it("counts a field once where its procedures are listed under it ('   - Khai sinh'), and says so; a register's time-first date-times ('14:10 16/11/2021') are read", () => {
    const parts = one(
      gridOf(
        [
          ["Tháng 9/2021 (từ ngày 01/09/2021 đến ngày 30/09/2021)"],
          ["Lĩnh vực, thủ tục", "Số hồ sơ nhận giải quyết", null, null, "Kết quả giải quyết", null, null, "Đang giải quyết", null],
          [null, "Kỳ trước chuyển qua", "Trực tuyến", "Trực tiếp, BCCI", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"],
          ["1. Hộ tịch", 1, 16, 34, 41, 7, 1, 2, 0],
          ["   - Khai sinh", null, 8, 14, 17, 4, null, 1],
          ["   - Khai tử", null, 8, 20, 24, 3, 1, 1],
          ["2. Chứng thực", 0, 0, 86, 85, 1, 0, 0, 0],
        ],
        {
          merges: [
            { top: 2, left: 2, bottom: 2, right: 4 },
            { top: 2, left: 5, bottom: 2, right: 7 },
            { top: 2, left: 8, bottom: 2, right: 9 },
          ],
        },
      ),
    );
    expect((parts.dossiers ?? []).map((x) => [x.field, x.online, x.inPerson])).toEqual([
      ["1. Hộ tịch", 16, 34],
      ["2. Chứng thực", 0, 86],
    ]);
    expect(parts.problems.map((p) => p.message).join(" ")).toContain("chi tiết của lĩnh vực phía trên");
    const times = one(
      gridOf([
        ["(Từ ngày 15/11/2021 đến ngày 14/12/2021)"],
        ["STT", "Mã HS", "Thủ tục", "Nộp qua", "Thời gian nhận", "Thời gian hẹn trả", "Thời gian trả", "Trạng thái xử lý"],
        ["Lĩnh vực: Hộ tịch (2 hồ sơ)"],
        [1, "HS2112001", "Đăng ký khai sinh", "Trực tiếp", "09:20 16/11/2021", "17:00 17/11/2021", "14:10 16/11/2021", "Đã trả - Sớm hạn"],
        [
          2,
          "HS2112002",
          "Đăng ký khai sinh",
          "DVC trực tuyến",
          "08:05 16/11/2021",
          "17:00 17/11/2021",
          "10:30 18/11/2021",
          "Đã trả - Quá hạn",
        ],
      ]),
    );
    // carried over, online, in person, early, on time, late, pending in time, pending overdue, returned
    expect((times.dossiers ?? []).map(countsOf)).toEqual([["Hộ tịch", "2021-11-15", "2021-12-14", 0, 1, 1, 1, 0, 1, 0, 0, 0]]);
    expect(times.tasks).toEqual([]);
  });

  it("reads a count of tasks by state ('Tháng | Tổng số nhiệm vụ | Hoàn thành | Đang thực hiện | Chưa thực hiện') as no criterion's figures, and 'Cộng kinh phí' as a total, not a task", () => {
    const tally = one(
      gridOf([
        ["TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ IV/2021"],
        ["Tháng", "Tổng số nhiệm vụ", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Tỷ lệ hoàn thành (%)"],
        ["Tháng 10", 6, 1, 3, 1, 16.7],
        ["Tháng 11", 7, 3, 3, 1, 42.9],
      ]),
    );
    expect(tally.readings).toEqual([]);
    expect(tally.problems.find((p) => p.code === "SHEET_SKIPPED")?.message).toContain("bảng đếm nhiệm vụ theo tình trạng");
    // Nothing is said of readings that were never taken.
    expect(tally.problems.filter((p) => p.code === "CRITERION_SUGGESTED")).toEqual([]);
    const costs = one(
      gridOf([
        ["STT", "Nội dung", "Chủ trì", "Hạn", "Tình trạng", "Kinh phí (đồng)"],
        [1, "In tờ rơi tuyên truyền dịch vụ công trực tuyến", "VH-XH", d("2021-11-30"), "Hoàn thành", 1500000],
        [null, "Cộng kinh phí", null, null, null, 1500000],
      ]),
    );
    expect(costs.tasks.map((t) => t.content)).toEqual(["In tờ rơi tuyên truyền dịch vụ công trực tuyến"]);
  });

  it("takes a register's document marked 'Để biết' with no deadline for no task, and says so", () => {
    const c = one(
      gridOf([
        ["STT", "Trích yếu", "Người xử lý chính", "Hạn xử lý", "Tình trạng xử lý"],
        [
          1,
          "V/v tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
          "Trần Văn Phúc (VH-XH)",
          d("2021-11-30"),
          "Đang xử lý",
        ],
        [2, "Thông báo lịch tiếp công dân của lãnh đạo UBND huyện tháng 12/2021", "Nguyễn Thị Hoa (VP-TK)", null, "Để biết"],
      ]),
    );
    expect(c.tasks.map((t) => t.source.row)).toEqual([2]);
    expect(c.problems.find((p) => p.code === "ROW_SKIPPED" && p.row === 3)?.message).toContain("để biết");
  });

  it("reads '1.215 hồ sơ' in a result as a count with a thousands dot, never 1 of 215 parts", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung", "Chủ trì", "Hạn", "Kết quả"],
        [1, "Số hóa hồ sơ, kết quả giải quyết TTHC năm 2021", "CA xã", d("2021-11-30"), "Đã số hóa 1.215 hồ sơ"],
      ]),
    );
    expect(c.tasks.map((t) => [t.status, t.progress])).toEqual([["Hoàn thành", 100]]);
  });

  it("orders sheets named 'Tháng 12', 'Tháng 11' by their names where a copied title was left ('THÁNG 11/2021' on both)", () => {
    const month = (sheet: string, status: string) =>
      gridOf(
        [
          ["THEO DÕI NHIỆM VỤ THÁNG 11/2021"],
          ["STT", "Mã tiêu chí", "Nội dung", "Chủ trì", "Hạn", "Trạng thái"],
          [1, "1.5", "Tập huấn sử dụng chữ ký số cho công chức", "VP-TK", d("2021-12-31"), status],
        ],
        { sheet },
      );
    const c = consolidate(
      [{ file: "so.xlsx", ok: true, grids: [month("Tháng 12", "Hoàn thành"), month("Tháng 11", "Đang thực hiện")] }],
      BUILTIN_PLAN,
      AS_OF,
    );
    expect(c.tasks.map((t) => [t.source.sheet, t.status])).toEqual([["Tháng 12", "Hoàn thành"]]);
  });
});

describe("52. the classes of blind sets 41-43", () => {
  it("takes a task's state from the section row that sorts the tasks ('I. CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH' … 'III. CHƯA THỰC HIỆN') over a result's sentence", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung công việc", "Tiêu chí", "Chủ trì", "Thời hạn", "Kết quả / ghi chú"],
        ["I. CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH"],
        [1, "Đăng tải danh mục TTHC mức độ 3, 4 lên Trang thông tin điện tử xã", "1.1", "VH-XH", d("2021-10-20"), "xong 18/10"],
        ["II. CÁC NHIỆM VỤ ĐANG TRIỂN KHAI"],
        [1, "Hỗ trợ người dân tạo tài khoản Cổng DVC quốc gia", "1.1", "VH-XH", d("2021-12-31"), "Được 85 tài khoản"],
        ["III. CÁC NHIỆM VỤ CHƯA THỰC HIỆN"],
        [1, "Xây dựng chuyên mục cải cách hành chính trên Trang thông tin điện tử xã", "1.1", "VH-XH", d("2021-12-31"), "Chờ kinh phí"],
        ["IV. KIẾN NGHỊ, ĐỀ XUẤT"],
        [1, "Đề nghị huyện hỗ trợ kinh phí lắp camera tại Bộ phận Một cửa", null, "VP-TK", d("2021-12-31"), "Đã hoàn thành"],
      ]),
    );
    expect(c.tasks.map((t) => [t.status, t.doneDate])).toEqual([
      ["Hoàn thành", "2021-10-18"],
      ["Đang thực hiện", null],
      ["Chưa thực hiện", null],
      // A section written like the state's ("IV.") ends it: the row's own words stand.
      ["Hoàn thành", null],
    ]);
    expect(c.tasks[1].note).toContain('Trạng thái theo nhóm "II. CÁC NHIỆM VỤ ĐANG TRIỂN KHAI"');
  });

  it("keeps a state section over criteria written otherwise, says where a row's own status disagrees, and never takes 'CHƯA HOÀN THÀNH' rows for done", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung", "Chủ trì", "Hạn", "Tình trạng", "Ghi chú"],
        ["ĐÃ HOÀN THÀNH"],
        ["1. Tiêu chí 1.2"],
        [1, "Niêm yết công khai bộ TTHC tại Bộ phận Một cửa", "Một cửa", d("2021-10-31"), null, null],
        [2, "Rà soát quy trình nội bộ giải quyết TTHC", "VP-TK", d("2021-11-30"), "Đang làm", null],
        ["CHƯA HOÀN THÀNH"],
        [1, "Số hóa hồ sơ hộ tịch giai đoạn 2015-2020", "TP-HT", d("2021-12-31"), null, "Đã số hóa xong sổ khai sinh"],
      ]),
    );
    expect(c.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Đang thực hiện"]);
    expect(c.tasks.slice(0, 2).map((t) => t.code)).toEqual(["1.2", "1.2"]);
    const said = c.problems.filter((p) => p.code === "STATUS_CONTRADICTION").map((p) => p.row);
    expect(said).toEqual([5, 7]);
  });

  it("reads a rate said in a sentence on a line of its own under a dossier form ('(TC 1.1): 41/688 hồ sơ, đạt 5,96%'), at the form's period", () => {
    const c = one(
      gridOf([
        ["TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"],
        ["Kỳ báo cáo: Quý IV/2021 (Từ ngày 15/9/2021 đến ngày 14/12/2021)"],
        ["STT", "Lĩnh vực", "Nội dung", "Ghi chú"],
        [1, "Hộ tịch", "Tiếp nhận 165 hồ sơ", null],
        [],
        ["- Tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4 (TC 1.1): 41/688 hồ sơ, đạt 5,96%"],
        ["- Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn (TC 1.2): 679/683 hồ sơ, đạt 99,41%"],
        ["- Phấn đấu đạt tỷ lệ 30% hồ sơ trực tuyến trong năm 2022 (TC 1.1)"],
      ]),
    );
    expect(c.readings.map((x) => [x.source.row, x.code, x.date, x.numerator, x.denominator])).toEqual([
      [6, "1.1", "2021-12-14", 41, 688],
      [7, "1.2", "2021-12-14", 679, 683],
    ]);
    expect(c.readings[0].note).toContain("Câu số liệu");
  });

  it("reads a report pasted from Word a sentence a line: the criterion suggested from its words, the survey's overall given none", () => {
    const c = one(
      gridOf([
        ["BÁO CÁO NHANH KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ CẢI CÁCH HÀNH CHÍNH THÁNG 11/2021"],
        ["I. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
        ["2. Giải quyết hồ sơ đúng hạn: đạt 98,5% (197/200 hồ sơ); 03 hồ sơ trễ hạn đã có văn bản xin lỗi."],
        ["4. Giải ngân vốn đầu tư công: lũy kế đến 30/11/2021 giải ngân 4.098 triệu đồng/4.850 triệu đồng, đạt 84,5% kế hoạch."],
        ["II. SỰ HÀI LÒNG CỦA NGƯỜI DÂN (SIPAS)"],
        ["- Khảo sát 50 phiếu, tỷ lệ hài lòng 92 % (46/50 phiếu)."],
        ["- Riêng về thái độ phục vụ của công chức Bộ phận Một cửa: 48/50 phiếu hài lòng (96%)."],
        ["III. ĐỀ XUẤT, KIẾN NGHỊ"],
        ["- Đề nghị UBND huyện hỗ trợ 01 máy scan cho Bộ phận Một cửa."],
      ]),
    );
    const got = [...c.readings].sort((a, b) => a.source.row - b.source.row);
    expect(got.map((x) => [x.source.row, x.code, x.date, x.value])).toEqual([
      [3, "1.2", "2021-11-30", 98.5],
      [4, "1.4", "2021-11-30", 84.5],
      [6, null, "2021-11-30", 92],
      [7, "2.3", "2021-11-30", 96],
    ]);
    expect(c.problems.filter((p) => p.code === "CRITERION_SUGGESTED").map((p) => p.row)).toEqual([3, 4, 7]);
    expect(c.tasks).toEqual([]);
  });

  it("reads its criterion's figures a task's result reports ('T10: 15/230 hồ sơ trực tuyến (6,5%); T11: 22/245 (9,0%)'), never the task's own parts or plan", () => {
    const c = one(
      gridOf([
        ["BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH SỐ 49/KH-UBND NGÀY 29/9/2021"],
        ["(Số liệu tính đến ngày 30/11/2021)"],
        ["TT", "Tiêu chí", "Công việc", "Chủ trì", "Hạn", "Trạng thái", "Ghi chú (kết quả)"],
        [
          1,
          "1.1",
          "Hướng dẫn người dân nộp hồ sơ trên Cổng dịch vụ công",
          "Một cửa",
          d("2021-12-31"),
          "Đang làm",
          "T10: 15/230 hồ sơ trực tuyến (6,5%); T11: 22/245 (9,0%)",
        ],
        [
          2,
          "1.1",
          "Hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến tại Bộ phận Một cửa",
          "Một cửa",
          d("2021-12-31"),
          "Đang làm",
          "41/312 hồ sơ (13,1%)",
        ],
        [3, "1.1", "Treo pa nô hướng dẫn dịch vụ công tại các thôn", "VH-XH", d("2021-11-30"), "Đang làm", "Đã treo 19/20 thôn (95%)"],
        [4, "1.5", "Gửi văn bản đi qua phần mềm quản lý văn bản", "VP-TK", d("2021-10-31"), "Xong", "đạt 100% kế hoạch"],
      ]),
    );
    expect(c.readings.map((x) => [x.source.row, x.code, x.date, x.numerator, x.denominator])).toEqual([
      [4, "1.1", "2021-10-31", 15, 230],
      [4, "1.1", "2021-11-30", 22, 245],
      // The sheet's day, not the plan's signing day in its title.
      [5, "1.1", "2021-11-30", 41, 312],
    ]);
    expect(c.tasks).toHaveLength(4);
  });

  it("reads days typed with dots and a two-digit year ('01.11.21') as days, never as criteria's codes over the columns", () => {
    const c = one(
      gridOf([
        ["KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH QUÝ IV NĂM 2021"],
        ["TT", "Nội dung công việc", "TC", "Người phụ trách", "Ngày giao", "Hạn xử lý", "Ngày HT thực tế", "Kết quả"],
        [
          1,
          "Phát thanh chuyên mục dịch vụ công trên loa xã (tháng 10)",
          "1.1",
          "CC VH-XH",
          "01/10",
          "15/10",
          "14-10-2021",
          "Đã phát 4 buổi",
        ],
        [
          2,
          "Phát thanh chuyên mục dịch vụ công trên loa xã (tháng 11)",
          "1.1",
          "CC VH-XH",
          "01.11.21",
          "15.11.21",
          "12.11.21",
          "Đã phát 4 buổi",
        ],
        [
          3,
          "Đăng tin giới thiệu Bộ phận Một cửa trên Trang thông tin điện tử xã",
          "2.1",
          "CC VH-XH",
          "05.10.21",
          "20.11.21",
          null,
          "Đang làm",
        ],
      ]),
    );
    expect(c.tasks.map((t) => [t.code, t.due, t.doneDate])).toEqual([
      ["1.1", "2021-10-15", "2021-10-14"],
      ["1.1", "2021-11-15", "2021-11-12"],
      ["2.1", "2021-11-20", null],
    ]);
  });

  it("reads deadlines said in words without a year: 'cuối quý IV', 'thượng / trung tuần tháng N', 'đầu tháng 12', 'trước Tết Dương lịch 2022', and a year-less extension", () => {
    const c = one(
      gridOf([
        ["KẾ HOẠCH NHÓM VIỆC QUÝ IV NĂM 2021"],
        ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Gia hạn đến", "Tình trạng"],
        [1, "Hướng dẫn công chức ký số văn bản đi trên phần mềm", "VP-TK", "cuối quý IV", null, "Chưa thực hiện"],
        [2, "Rà soát quy trình nội bộ giải quyết thủ tục hành chính", "VP-TK", "thượng tuần tháng 11", null, "Đang thực hiện"],
        [3, "Cập nhật bộ thủ tục hành chính mới công bố lên bảng niêm yết", "Một cửa", "trung tuần tháng 11", null, "Đang thực hiện"],
        [4, "Tuyên truyền thông điệp 5K trên hệ thống loa phát thanh", "VH-XH", "đầu tháng 12", null, "Chưa thực hiện"],
        [5, "Tổng kết công tác cải cách hành chính năm 2021", "VP-TK", "trước Tết Dương lịch 2022", null, "Chưa thực hiện"],
        [
          6,
          "Đăng tin giới thiệu Bộ phận Một cửa trên Trang thông tin điện tử xã",
          "VH-XH",
          "ngày 20 tháng 11",
          "ngày 10 tháng 12",
          "Đang thực hiện",
        ],
      ]),
    );
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-12-31", "2021-11-10", "2021-11-20", "2021-12-10", "2021-12-31", "2021-12-10"]);
    expect(c.tasks[5].note).toContain("Hạn gia hạn đến 10/12/2021");
  });

  it("reads a dossier table's 'Từ ngày | Đến ngày' typed short ('15/10' | '14/11', '15/11/21') in the title's year, and says the year was assumed", () => {
    const c = one(
      gridOf([
        ["THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC TẠI BỘ PHẬN MỘT CỬA XÃ - NĂM 2021"],
        [
          "Lĩnh vực",
          "Từ ngày",
          "Đến ngày",
          "Kỳ trước chuyển sang",
          "Tiếp nhận trực tuyến",
          "Tiếp nhận trực tiếp",
          "Giải quyết trước hạn",
          "Giải quyết đúng hạn",
          "Giải quyết quá hạn",
          "Đang giải quyết",
        ],
        ["Hộ tịch", "15/10", "14/11", 3, 11, 96, 88, 19, 0, 3],
        ["Hộ tịch", "15/11/21", "14/12/21", 3, 15, 90, 90, 15, 0, 3],
      ]),
    );
    expect((c.dossiers ?? []).map((x) => [x.field, x.from, x.to])).toEqual([
      ["Hộ tịch", "2021-10-15", "2021-11-14"],
      ["Hộ tịch", "2021-11-15", "2021-12-14"],
    ]);
    expect(c.problems.filter((p) => p.code === "YEAR_ASSUMED").map((p) => p.row)).toEqual([3]);
  });

  it("takes 'T.hạn' for the deadline, never the report's day beside it ('Ngày BC')", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung", "TC", "Đơn vị", "T.hạn", "Ngày BC", "Tình trạng"],
        [
          1,
          "Báo cáo tổng kết công tác quốc phòng địa phương năm 2021",
          "1.7",
          "Ban CHQS xã",
          "20/12/2021",
          d("2021-12-10"),
          "Đang thực hiện",
        ],
      ]),
    );
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-12-20"]);
  });

  it("dates a table of figures by its period rows ('A. QUÝ III/2021 (số liệu đến 30/9/2021)', 'B. THÁNG 10/2021'), never reading it as tasks", () => {
    const c = one(
      gridOf([
        ["KẾT QUẢ CÁC CHỈ SỐ THEO KẾ HOẠCH 49/KH-UBND"],
        ["Mã", "Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)", "Ghi chú"],
        ["A. QUÝ III/2021 (số liệu đến 30/9/2021)"],
        ["1.1", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4", 38, 412, 9.22],
        ["1.2", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", 405, 410, 98.78],
        ["B. THÁNG 10/2021"],
        ["1.1", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến mức độ 3, 4", 21, 150, 14],
      ]),
    );
    expect(c.tasks).toEqual([]);
    expect([...c.readings].sort((a, b) => a.source.row - b.source.row).map((x) => [x.code, x.date, x.numerator])).toEqual([
      ["1.1", "2021-09-30", 38],
      ["1.2", "2021-09-30", 405],
      ["1.1", "2021-10-31", 21],
    ]);
  });

  it("takes a criterion's row with its lead, deadline and progress over rows 'a', 'b' for their heading, and 'Cộng TC 1.4' for a subtotal", () => {
    const c = one(
      gridOf([
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Tiến độ (%)", "Trạng thái", "Ngày hoàn thành"],
        ["1.4", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước", "Chủ tịch UBND xã", "TC-KT", d("2021-12-31"), 63.3],
        ["a", "Giải ngân công trình Trường mầm non (hạng mục nhà vệ sinh)", null, null, null, 100, "Hoàn thành", d("2021-11-15")],
        ["b", "Giải ngân công trình đường giao thông nông thôn thôn 2", "TC-KT", null, "20/12/2021", 70, "Đang thực hiện"],
        [null, "Cộng TC 1.4", null, null, null, 63.3],
        ["1.7", "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND xã giao", "TC-KT", "VP-TK", "Quý IV/2021", 92.5],
        ["a", "Rà soát, đánh giá 14 chỉ tiêu KT-XH năm 2021", null, null, "10/12/2021", 100, "Hoàn thành", "08/12/2021"],
        [null, "Cộng TC 1.7", null, null, null, 92.5],
        [null, "Nhiệm vụ khác (ngoài kế hoạch)"],
        ["a", "Kiểm kê tài sản công cuối năm 2021", "TC-KT", null, d("2021-12-31"), 0, "Chưa thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.code, t.lead, t.due])).toEqual([
      [3, "1.4", "Chủ tịch Ủy ban nhân dân xã", "2021-12-31"],
      [4, "1.4", "Công chức Tài chính-Kế toán", "2021-12-20"],
      [7, "1.7", "Công chức Tài chính-Kế toán", "2021-12-10"],
      [10, null, "Công chức Tài chính-Kế toán", "2021-12-31"],
    ]);
  });

  it("takes '1. Giải quyết hồ sơ TTHC đúng hạn' alone in the content column, its number cell blank, over rows numbered '-' for a heading", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Trạng thái"],
        ["I", "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
        [null, "1. Giải quyết hồ sơ TTHC đúng hạn"],
        ["-", "Theo dõi, nhắc việc hồ sơ sắp đến hạn trên phần mềm Một cửa", "Một cửa", d("2021-12-31"), "Đang thực hiện"],
        ["-", "Lập sổ theo dõi hồ sơ trễ hẹn và phiếu xin lỗi", "Một cửa", "15/10/2021", "Hoàn thành"],
        [null, "2. Công chức tại Bộ phận Một cửa"],
        ["-", "Đeo thẻ công chức, thực hiện đúng quy tắc ứng xử khi tiếp dân", "Một cửa", "Thường xuyên", "Đang thực hiện"],
      ]),
    );
    expect(c.tasks.map((t) => t.source.row)).toEqual([4, 5, 7]);
  });

  it("reads marks by the sheet's legend of them ('● Đã hoàn thành; ◑ Đang thực hiện; ○ Chưa thực hiện', '(+) … (±) … (-) …')", () => {
    const circles = one(
      gridOf([
        ["Ký hiệu cột Tình trạng:   ● Đã hoàn thành;   ◑ Đang thực hiện;   ○ Chưa thực hiện"],
        ["TT", "Tên nhiệm vụ", "Người thực hiện", "Hạn hoàn thành", "Tình trạng"],
        [1, "Niêm yết công khai TTHC lĩnh vực hộ tịch tại trụ sở", "CC TP-HT", d("2021-10-15"), "●"],
        [2, "Số hóa sổ hộ tịch từ năm 2015 đến năm 2020", "CC TP-HT", d("2021-12-31"), "◑"],
        [3, "Xin lỗi người dân bằng văn bản khi hồ sơ trễ hẹn", "CC TP-HT", d("2021-12-31"), "○ "],
      ]),
    );
    expect(circles.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
    const signs = one(
      gridOf([
        ["STT", "Nội dung", "Đơn vị", "Thời hạn", "Kết quả thực hiện"],
        [1, "Cập nhật thông tin vào Cơ sở dữ liệu quốc gia về dân cư", "Công an xã", "30/11/2021", "+"],
        [2, "Rà soát, thu hồi sổ hộ khẩu, sổ tạm trú giấy", "Công an xã", "31/12/2021", "±"],
        [3, "Niêm yết thủ tục lĩnh vực cư trú tại trụ sở Công an xã", "Công an xã", "31/12/2021", "-"],
        [],
        ["Ghi chú: Cột Kết quả thực hiện: (+) đã thực hiện xong; (±) đang thực hiện; (-) chưa thực hiện."],
      ]),
    );
    expect(signs.tasks.map((t) => t.status)).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
    expect(signs.tasks[1].note).toContain("theo chú thích");
  });

  it("reads 'ĐTH', 'Đ.TH', 'CTH', 'HT (trễ)' as states, and a criterion named with a remark in brackets ('Thực hiện kế hoạch CCHC (DVC mức độ 3, 4)')", () => {
    const c = one(
      gridOf([
        ["STT", "Nội dung", "Tiêu chí", "Chủ trì", "Hạn", "Tình trạng"],
        [1, "Hướng dẫn nộp hồ sơ trực tuyến tại quầy", "Thực hiện kế hoạch CCHC (DVC mức độ 3, 4)", "Một cửa", d("2021-12-31"), "ĐTH"],
        [2, "Rà soát quy trình nội bộ", "1.2", "Một cửa", d("2021-12-31"), "Đ.TH"],
        [3, "Lắp camera giám sát tại Bộ phận Một cửa", "2.1", "VP-TK", d("2021-12-31"), "CTH"],
        [4, "Niêm yết thủ tục mới ban hành", "2.2", "Một cửa", d("2021-11-15"), "HT (trễ)"],
      ]),
    );
    expect(c.tasks.map((t) => [t.code, t.status])).toEqual([
      ["1.1", "Đang thực hiện"],
      ["1.2", "Đang thực hiện"],
      ["2.1", "Chưa thực hiện"],
      ["2.2", "Hoàn thành"],
    ]);
  });

  it("reads a whole task typed in one cell as labelled lines ('Nội dung: …⏎Tiêu chí: 1.7⏎Người thực hiện: …⏎Thời hạn: …⏎Kết quả: …')", () => {
    const c = one(
      gridOf([
        ["THEO DÕI NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021"],
        ["TT", "Nội dung nhiệm vụ\n(ghi đủ: nội dung, tiêu chí, người thực hiện, thời hạn, kết quả)", "Ghi chú"],
        [
          1,
          "Nội dung: Đôn đốc nhà thầu hoàn thiện hồ sơ thanh toán công trình đường GTNT thôn 3\nTiêu chí: 1.4\nNgười thực hiện: CC ĐC-XD; phối hợp: CC TC-KT\nThời hạn: 30/11/2021\nKết quả: Hoàn thành ngày 26/11/2021, giải ngân 100% vốn",
        ],
        [
          2,
          "Nội dung: Cập nhật, chỉnh lý biến động đất đai vào cơ sở dữ liệu địa chính\nTiêu chí: 1.7\nNgười thực hiện: CC Địa chính-Xây dựng\nThời hạn: 20/12/2021\nKết quả: chưa thực hiện",
          "Chờ phần mềm của huyện",
        ],
        [3, "Tuyên truyền dịch vụ công trực tuyến trên loa các bản\nThời hạn: 15/11/2021\nKết quả: đang làm"],
      ]),
    );
    expect(c.tasks.map((t) => [t.content.slice(0, 24), t.code, t.lead, t.due, t.status, t.doneDate])).toEqual([
      ["Đôn đốc nhà thầu hoàn th", "1.4", "Công chức Địa chính-Xây dựng", "2021-11-30", "Hoàn thành", "2021-11-26"],
      ["Cập nhật, chỉnh lý biến ", "1.7", "Công chức Địa chính-Xây dựng", "2021-12-20", "Chưa thực hiện", null],
      ["Tuyên truyền dịch vụ côn", null, expect.anything(), "2021-11-15", "Đang thực hiện", null],
    ]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("tách thành từng cột");
  });

  it("reads hamlets named by their names alone under 'Thực hiện tại các bản' as places", () => {
    const c = one(
      gridOf(
        [
          ["TT", "Nội dung công việc", "TC", "Thực hiện tại các bản", null, null, null],
          [null, null, null, "Nà Cài", "Huổi Lếch", "Pá Khoang", "Co Muồng"],
          [1, "Dán tờ rơi hướng dẫn nộp hồ sơ trực tuyến tại nhà văn hóa các bản", "1.1", "x", "x", "x", null],
          [2, "Tuyên truyền Chỉ số SIPAS bằng tiếng Thái trên loa các bản", "2.1", "x", "x", "x", "x"],
        ],
        { merges: [{ top: 1, left: 4, bottom: 1, right: 7 }] },
      ),
    );
    expect(c.tasks.map((t) => t.status)).toEqual(["Đang thực hiện", "Hoàn thành"]);
  });

  it("reads tasks pasted from a chat as numbered lines ('1) … (TC 1.7) - anh Tuấn ĐC - xong 12/11'), each with its official and state", () => {
    const c = one(
      gridOf([
        ['Tin nhắn nhóm Zalo "CCHC XÃ TÂN BÌNH 2021" - chép lại ngày 10/12/2021 để tổng hợp'],
        [],
        ["[09:30, 10/12/2021] Lê Văn Tuấn: Em báo cáo phần Địa chính ạ:"],
        ["1) Chỉnh lý biến động đất đai cho 15 hộ (TC 1.7) - anh Tuấn ĐC - xong 12/11"],
        ["2) Hướng dẫn nộp hồ sơ cấp phép xây dựng trực tuyến (TC 1.1) - anh Tuấn ĐC - đang làm, hạn 31/12"],
        ["[10:02, 10/12/2021] Nguyễn Thị Hoa: Phần VP-TK em báo cáo:"],
        ["1) Niêm yết công khai TTHC mới ban hành tại BP Một cửa - chị Hoa VP - chưa làm, hạn 25/12"],
      ]),
    );
    expect(c.tasks.map((t) => [t.code, t.lead, t.status, t.due, t.doneDate])).toEqual([
      ["1.7", "Công chức Địa chính-Xây dựng", "Hoàn thành", expect.anything(), "2021-11-12"],
      ["1.1", "Công chức Địa chính-Xây dựng", "Đang thực hiện", "2021-12-31", null],
      [null, "Công chức Văn phòng-Thống kê", "Chưa thực hiện", "2021-12-25", null],
    ]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain("dòng chữ");
  });

  it("reads tasks in an email pasted line by line ('1. … (TC 1.1): đã hoàn thành ngày 19/11/2021.'), the greeting and signature no tasks", () => {
    const c = one(
      gridOf([
        ["Chủ đề: Báo cáo tiến độ nhiệm vụ KH 49/KH-UBND - CC Tư pháp - Hộ tịch"],
        [],
        ["Em xin báo cáo kết quả thực hiện các nhiệm vụ được phân công như sau:"],
        ["1. Liên thông đăng ký khai sinh - thường trú - cấp thẻ BHYT cho trẻ em dưới 6 tuổi (TC 1.1): đã hoàn thành ngày 19/11/2021."],
        ["2. Rà soát TTHC lĩnh vực chứng thực, đề xuất phương án đơn giản hóa: chưa thực hiện, hạn 20/12/2021."],
        [],
        ["Em gửi kèm file minh chứng. Trân trọng!"],
        ["Ngô Thị Mai"],
      ]),
    );
    expect(c.tasks.map((t) => [t.source.row, t.status, t.doneDate, t.due])).toEqual([
      [4, "Hoàn thành", "2021-11-19", null],
      [5, "Chưa thực hiện", null, "2021-12-20"],
    ]);
  });

  it("reads pasted lines with a column beside them for the result ('… (TC 1.1) - VH-XH - hạn 31/10/2021' | 'Xong 29/10/2021'), 'thường xuyên' a deadline", () => {
    const c = one(
      gridOf([
        ["Chủ đề: Phân công nhiệm vụ thực hiện KH 49/KH-UBND quý IV/2021"],
        [],
        ["Văn phòng thông báo phân công như sau (các đồng chí cập nhật kết quả vào cột bên cạnh):"],
        [null, "Kết quả (cập nhật)"],
        ["1. Tuyên truyền DVC trực tuyến mức độ 3, 4 trên loa truyền thanh (TC 1.1) - VH-XH - hạn 31/10/2021", "Xong 29/10/2021"],
        ["2. Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận một cửa (TC 1.1) - Một cửa - thường xuyên", "Đang thực hiện"],
        ["3. Báo cáo kết quả thực hiện chỉ tiêu KT-XH năm 2021 (TC 1.7) – TC-KT – hạn 10/12/2021"],
      ]),
    );
    expect(c.tasks.map((t) => [t.code, t.lead, t.due, t.dueText, t.status, t.doneDate])).toEqual([
      ["1.1", "Công chức Văn hóa-Xã hội", "2021-10-31", null, "Hoàn thành", "2021-10-29"],
      ["1.1", "Bộ phận Tiếp nhận và trả kết quả xã", null, null, "Đang thực hiện", null],
      ["1.7", "Công chức Tài chính-Kế toán", "2021-12-10", null, "Chưa thực hiện", null],
    ]);
  });

  it("reads a list of documents to issue as work: the planned time the deadline, the day signed the day done, an unsigned one not done", () => {
    const c = one(
      gridOf([
        ["DANH MỤC VĂN BẢN BAN HÀNH ĐỂ TRIỂN KHAI KẾ HOẠCH SỐ 49/KH-UBND"],
        [
          "STT",
          "Tên loại, trích yếu nội dung văn bản",
          "Thuộc tiêu chí",
          "Cơ quan, bộ phận tham mưu",
          "Thời gian ban hành (dự kiến)",
          "Số, ký hiệu văn bản",
          "Ngày ban hành",
          "Ghi chú",
        ],
        [
          1,
          "Kế hoạch tuyên truyền dịch vụ công trực tuyến mức độ 3, 4 năm 2021",
          "1.1",
          "CC Văn hóa - Xã hội",
          "Tháng 10/2021",
          "52/KH-UBND",
          d("2021-10-18"),
        ],
        [2, "Quyết định kiện toàn Bộ phận Tiếp nhận và trả kết quả xã", "2.3", "VP-TK", d("2021-10-15"), "187/QĐ-UBND", "14/10/2021"],
        [
          3,
          "Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính",
          "2.5",
          "VP-TK",
          "Tháng 11/2021",
          null,
          null,
          "Đang dự thảo",
        ],
      ]),
    );
    expect(c.tasks.map((t) => [t.due, t.status, t.doneDate])).toEqual([
      ["2021-10-31", "Hoàn thành", "2021-10-18"],
      ["2021-10-15", "Hoàn thành", "2021-10-14"],
      ["2021-11-30", "Đang thực hiện", null],
    ]);
  });

  it("reads each clause's rate of a remark under a dossier form, its criterion by what it measures ('trong đó trực tuyến 32 hồ sơ')", () => {
    const c = one(
      gridOf([
        ["TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT TTHC (Từ ngày 15/9/2021 đến ngày 14/12/2021)"],
        ["STT", "Lĩnh vực", "Ghi chú"],
        [1, "Hộ tịch", "Không có hồ sơ trễ hạn"],
        [],
        [
          "Nhận xét: Trong kỳ, Bộ phận Một cửa tiếp nhận 219 hồ sơ, trong đó trực tuyến 32 hồ sơ, đạt tỷ lệ 14,61%; đã giải quyết 210 hồ sơ, trong đó đúng hạn và trước hạn 210 hồ sơ, đạt 100,00%.",
        ],
      ]),
    );
    expect(c.readings.map((x) => [x.code, x.date, x.value]).sort()).toEqual([
      ["1.1", "2021-12-14", 14.61],
      ["1.2", "2021-12-14", 100],
    ]);
    // Each reading keeps the whole remark, not only its clause.
    expect(c.readings.every((x) => x.note.includes("(dòng: Nhận xét: Trong kỳ"))).toBe(true);
  });

  it("takes a meeting's day ('Ngày họp') for neither the deadline nor the day done", () => {
    const c = one(
      gridOf([
        ["STT", "Ngày họp", "Nội dung kết luận", "Người thực hiện", "Thời hạn", "Kết quả"],
        [1, d("2021-10-04"), "Rà soát hồ sơ đất đai trễ hạn, báo cáo Chủ tịch", "CC ĐC-XD", d("2021-10-20"), null],
        [2, d("2021-11-01"), "Tổ chức hội nghị đối thoại với người dân về TTHC", "VP-TK", d("2021-12-15"), "Đang chuẩn bị"],
      ]),
    );
    expect(c.tasks.map((t) => [t.due, t.doneDate, t.status])).toEqual([
      ["2021-10-20", null, "Chưa thực hiện"],
      ["2021-12-15", null, "Đang thực hiện"],
    ]);
  });

  it("takes a district guide's table under 'Ví dụ cách ghi Biểu 01:' and a template's 'dd/mm/yyyy' row for examples, never tasks", () => {
    const guide = one(
      gridOf([
        ["HƯỚNG DẪN GHI BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC QUÝ IV/2021"],
        ["1. Thời gian chốt số liệu: từ ngày 15/9/2021 đến hết ngày 14/12/2021."],
        ["Ví dụ cách ghi Biểu 01:"],
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kết quả", "Minh chứng"],
        [1, "Ban hành Kế hoạch tuyên truyền CCHC năm 2021", "VP-TK", "31/3/2021", "Hoàn thành ngày 25/3/2021", "KH số 12/KH-UBND"],
      ]),
    );
    expect(guide.tasks).toEqual([]);
    const template = one(
      gridOf([
        ["MẪU SỔ THEO DÕI (không xóa)"],
        [],
        ["Ngày họp", "Kết luận, giao việc", "Theo dõi kết quả"],
        ["dd/mm/yyyy", "Giao CC ... thực hiện ..., hoàn thành trước ngày .../.../2021.", "Xong / đang thực hiện / chưa"],
      ]),
    );
    expect(template.tasks).toEqual([]);
  });

  it("heads pasted lines with no blank row above them in the line right above, and keeps that line's words in Kiểm tra", () => {
    const c = one(
      gridOf([
        ["Việc cần làm tháng 12 - Bộ phận Một cửa"],
        ["1) Niêm yết công khai TTHC mới ban hành tại quầy - Một cửa - hạn 15/12/2021"],
        ["2) Lắp đặt máy lấy số thứ tự tự động - VP-TK - chưa làm, hạn 31/12/2021"],
      ]),
    );
    expect(c.tasks.map((t) => t.due)).toEqual(["2021-12-15", "2021-12-31"]);
    expect(c.problems.find((p) => p.code === "LEGEND_READ")?.message).toContain('dòng ghi "Việc cần làm tháng 12 - Bộ phận Một cửa"');
  });
});
