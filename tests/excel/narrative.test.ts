import { IsoDate } from "../../src/core/dates/isoDate";
import { consolidateRecords } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { reportFromMaster } from "../../src/core/report/fromMaster";
import { reportPeriod } from "../../src/core/report/period";
import { FakeExcel } from "../../src/excel/fake/fakeExcel";
import { newWorkbook } from "../../src/excel/fake/state";
import { readNarrativeRows, writeNarrativeRows } from "../../src/excel/narrative";
import { buildSummaryInWorkbook, readMasterGrids, writeMaster } from "../../src/excel/operations";
import { readFiles } from "../../src/cli/readFiles";
import { collectInputs } from "../../src/cli/inputs";
import { NARRATIVE_SECTIONS } from "../../src/core/vocab";
import { runOf } from "../helpers/fakeRun";
import { projectPath } from "../helpers/shared";

const AS_OF = "2021-12-15" as IsoDate;
const H1 = { year: 2021, kind: "H1" as const };

async function master(excel: FakeExcel, more: string[] = []): Promise<void> {
  const { files } = collectInputs([projectPath("examples"), ...more], "/nonexistent.xlsx");
  const records = (await readFiles(files, AS_OF)).map((o) => o.records);
  await writeMaster(runOf(excel), consolidateRecords(records, BUILTIN_PLAN, AS_OF));
}

describe("Nội dung báo cáo from the pane, in the live workbook", () => {
  it("writes a period's sections, keeps the other rows, reads them back, and the report says them", async () => {
    const excel = new FakeExcel(newWorkbook(["Sheet1"]));
    const run = runOf(excel);
    expect(await readNarrativeRows(run, BUILTIN_PLAN, AS_OF)).toBeNull();
    await master(excel);
    // The master prepares empty rows for the period being prepared (năm 2021 on 15/12).
    expect(
      excel
        .values("Nội dung báo cáo")
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(Array(6).fill("Năm 2021"));
    // As the pane gives them: every section, most of them empty.
    const all = Object.fromEntries(NARRATIVE_SECTIONS.map((s) => [s, ""]));
    await writeNarrativeRows(run, BUILTIN_PLAN, AS_OF, { year: 2021, kind: "Y" }, { ...all, "V. Đề xuất và kiến nghị": "Đề nghị cả năm." });

    excel.resetStats();
    const rows = await writeNarrativeRows(run, BUILTIN_PLAN, AS_OF, H1, {
      "I. Công tác chỉ đạo và điều hành": "Ban hành kế hoạch.\nChỉ đạo các bộ phận.",
      "V. Đề xuất và kiến nghị": "",
    });
    // One batch: the sheet read, then rewritten.
    expect(excel.stats.syncs).toBe(4); // which sheets exist, their sizes, their values; the write
    expect(rows).toBe(8); // the year's six, the half-year's two
    const values = excel.values("Nội dung báo cáo");
    expect(values.slice(1).map((r) => [r[0], r[1], r[2] === "" ? null : r[2]])).toEqual([
      ["Năm 2021", "I. Công tác chỉ đạo và điều hành", null],
      ["Năm 2021", "II. Kết quả thực hiện", null],
      ["Năm 2021", "III. Tồn tại và hạn chế", null],
      ["Năm 2021", "III. Nguyên nhân", null],
      ["Năm 2021", "IV. Phương hướng và nhiệm vụ kỳ tới", null],
      ["Năm 2021", "V. Đề xuất và kiến nghị", "Đề nghị cả năm."],
      ["6 tháng đầu năm 2021", "I. Công tác chỉ đạo và điều hành", "Ban hành kế hoạch.\nChỉ đạo các bộ phận."],
      ["6 tháng đầu năm 2021", "V. Đề xuất và kiến nghị", null],
    ]);
    expect(await readNarrativeRows(run, BUILTIN_PLAN, AS_OF)).toEqual([
      { period: "Năm 2021", section: "V. Đề xuất và kiến nghị", text: "Đề nghị cả năm." },
      { period: "6 tháng đầu năm 2021", section: "I. Công tác chỉ đạo và điều hành", text: "Ban hành kế hoạch.\nChỉ đạo các bộ phận." },
    ]);

    // What a report reads from the workbook includes the narrative, the dossier statistics and Danh mục.
    const grids = await readMasterGrids(run);
    expect(grids.map((g) => g.sheet)).toEqual(["Kế hoạch", "Nhiệm vụ", "Chỉ số", "Hồ sơ TTHC", "Nội dung báo cáo", "Danh mục"]);
    const report = reportFromMaster(grids, BUILTIN_PLAN, reportPeriod(2021, "H1"), {});
    if (!report.ok) throw new Error(report.missing.join());
    expect(report.model.narrative["I. Công tác chỉ đạo và điều hành"]).toEqual(["Ban hành kế hoạch.", "Chỉ đạo các bộ phận."]);
  });

  it("builds Tổng hợp for the assessment year asked, with the dossier statistics", async () => {
    const excel = new FakeExcel(newWorkbook(["Sheet1"]));
    await master(excel, [projectPath("tests", "fixtures", "dossiers", "mot-cua_thong-ke-quy-III-2021.xlsx")]);
    const byDefault = await buildSummaryInWorkbook(runOf(excel), BUILTIN_PLAN, "2022-02-15" as IsoDate);
    expect(byDefault.compliance.year).toBe(2021);
    const asked = await buildSummaryInWorkbook(runOf(excel), BUILTIN_PLAN, "2022-02-15" as IsoDate, 2022);
    expect(asked.compliance.year).toBe(2022);
    expect(excel.values("Tổng hợp").flat()).toContain(2022);
    expect(asked.master.dossiers.length).toBeGreaterThan(0);
  });
});
