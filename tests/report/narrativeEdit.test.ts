import { NarrativeRow, narrativeFor, narrativeTexts, withNarrative } from "../../src/core/report/narrative";

const H1 = { year: 2021, kind: "H1" as const };
const row = (period: string, section: string, text: string): NarrativeRow => ({ period, section, text });

describe("the report's own words as the pane edits them (Nội dung báo cáo)", () => {
  const sheet: NarrativeRow[] = [
    row("Quý I năm 2021", "I. Công tác chỉ đạo và điều hành", "Quý I: ban hành kế hoạch."),
    row("6 tháng đầu năm 2021", "I. Chỉ đạo, điều hành", "Đoạn một."),
    row("2021-H1", "chi dao dieu hanh", "Đoạn hai."),
    row("6 tháng đầu năm 2021", "Ghi chú riêng", "Một dòng không thuộc mục nào."),
    row("6 tháng đầu năm 2021", "V. Đề xuất và kiến nghị", "Đề nghị cũ."),
    row("Năm 2021", "V. Đề xuất và kiến nghị", "Cuối năm."),
  ];

  it("shows a period's sections a paragraph a line, whatever spelling the rows used", () => {
    const t = narrativeTexts(sheet, H1);
    expect(t["I. Công tác chỉ đạo và điều hành"]).toBe("Đoạn một.\nĐoạn hai.");
    expect(t["V. Đề xuất và kiến nghị"]).toBe("Đề nghị cũ.");
    expect(t["III. Nguyên nhân"]).toBe("");
  });

  it("replaces the period's rows of the sections typed, in place and in the report's order; other rows stay", () => {
    const out = withNarrative(sheet, H1, {
      "I. Công tác chỉ đạo và điều hành": "  Đoạn mới.\n\nĐoạn nữa.  ",
      "III. Nguyên nhân": "",
      "V. Đề xuất và kiến nghị": "Đề nghị mới.",
    });
    expect(out).toEqual([
      row("Quý I năm 2021", "I. Công tác chỉ đạo và điều hành", "Quý I: ban hành kế hoạch."),
      row("6 tháng đầu năm 2021", "I. Công tác chỉ đạo và điều hành", "Đoạn mới.\nĐoạn nữa."),
      // Typed empty: a row ready to be filled in the sheet, which the report leaves out.
      row("6 tháng đầu năm 2021", "III. Nguyên nhân", ""),
      row("6 tháng đầu năm 2021", "V. Đề xuất và kiến nghị", "Đề nghị mới."),
      row("6 tháng đầu năm 2021", "Ghi chú riêng", "Một dòng không thuộc mục nào."),
      row("Năm 2021", "V. Đề xuất và kiến nghị", "Cuối năm."),
    ]);
    const read = narrativeFor(out, H1);
    expect(read["I. Công tác chỉ đạo và điều hành"]).toEqual(["Đoạn mới.", "Đoạn nữa."]);
    expect(read["III. Nguyên nhân"]).toEqual([]);
    expect(narrativeFor(out, { year: 2021, kind: "Y" })["V. Đề xuất và kiến nghị"]).toEqual(["Cuối năm."]);
  });

  it("puts a period the sheet does not have yet at the end, and keeps sections not given", () => {
    const out = withNarrative(sheet, { year: 2021, kind: "Q3" }, { "V. Đề xuất và kiến nghị": "Quý III." });
    expect(out.slice(0, sheet.length)).toEqual(sheet);
    expect(out[sheet.length]).toEqual(row("Quý III năm 2021", "V. Đề xuất và kiến nghị", "Quý III."));
    expect(withNarrative(sheet, H1, {})).toEqual(sheet);
  });
});
