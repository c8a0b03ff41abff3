import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidation, consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { readGrids } from "../../src/xlsx/readGrids";
import { tempDir } from "../helpers/cli";

// A satisfaction survey's tally as communes keep it: the answers' bands across the columns, the
// survey's aspects as group rows over their questions. Each aspect is one reading of its criterion.
const AS_OF = "2021-12-15" as IsoDate;
const dir = tempDir("cchc-survey-");
const HEADINGS = [
  "STT",
  "Nội dung khảo sát",
  "Rất hài lòng",
  "Hài lòng",
  "Bình thường",
  "Không hài lòng",
  "Tổng số phiếu",
  "Tỷ lệ hài lòng (%)",
];

/** One sheet written as a real workbook, read back and consolidated. */
async function tally(name: string, rows: ExcelJS.CellValue[][], shape?: (ws: ExcelJS.Worksheet) => void): Promise<Consolidation> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Khảo sát");
  for (const r of rows) ws.addRow(r);
  shape?.(ws);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  const r = await readGrids(name, readFileSync(path));
  if (!r.ok) throw new Error(r.bad.message);
  return consolidate([{ file: name, ok: true, grids: r.grids }], BUILTIN_PLAN, AS_OF);
}

const readings = (c: Consolidation) => c.readings.map((r) => [r.source.row, r.code, r.numerator, r.denominator, r.value]);

describe("a survey's tally: bands across, aspects as group rows", () => {
  it("reads each aspect's rate from its group row, its criterion by its name; questions are no readings, the overall is named", async () => {
    const c = await tally("khao-sat-nhom.xlsx", [
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC QUÝ IV NĂM 2021"],
      HEADINGS,
      ["I", "Tiếp cận dịch vụ", null, null, null, null, null, 91],
      [1, "Nơi ngồi chờ có đủ chỗ ngồi", 20, 25, 3, 2, 50, 90],
      [2, "Trang thiết bị phục vụ đầy đủ", 22, 24, 4, 0, 50, 92],
      ["II", "Thủ tục hành chính", null, null, null, null, null, 88],
      [3, "Thủ tục được niêm yết công khai", 18, 26, 5, 1, 50, 88],
      ["III", "Công chức trực tiếp giải quyết", null, null, null, null, null, 94],
      [4, "Công chức có thái độ lịch sự", 25, 22, 3, 0, 50, 94],
      [null, "Chỉ số hài lòng chung", null, null, null, null, null, 91],
    ]);
    expect(c.tasks).toEqual([]);
    expect(readings(c)).toEqual([
      [3, "2.1", null, null, 91],
      [6, "2.2", null, null, 88],
      [8, "2.3", null, null, 94],
    ]);
    expect(c.readings.every((r) => r.codeSuggested === true)).toBe(true);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.value])).toEqual([[10, "Chỉ số hài lòng chung"]]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED")).toEqual([]);
  });

  it("adds up an aspect's questions where its group row has no rate, and says so; a code on the group row is taken as written", async () => {
    const c = await tally("khao-sat-cong.xlsx", [
      ["TỔNG HỢP PHIẾU KHẢO SÁT SIPAS QUÝ IV/2021 (đến 30/11/2021)"],
      [null, null, "Số phiếu theo mức độ", null, null, null, "Tổng số phiếu"],
      ["TT", "Nội dung", "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", null],
      ["A", "2.1 - Tiếp cận dịch vụ", null, null, null, null, null],
      ["1", "Nơi ngồi chờ", 20, 25, 3, 2, 50],
      ["2", "Trang thiết bị", 10, 20, 10, 0, 40],
      ["B", "2.4 - Kết quả giải quyết", null, null, null, null, null],
      ["1", "Kết quả đúng quy định", 30, 18, 2, 0, 50],
    ]);
    expect(readings(c)).toEqual([
      [4, "2.1", 75, 90, (75 / 90) * 100],
      [7, "2.4", 48, 50, 96],
    ]);
    expect(c.readings[0].codeSuggested).toBeFalsy();
    expect(c.readings[0].note).toContain("cộng 2 câu hỏi (dòng 5–6): 75 lượt rất hài lòng, hài lòng / 90 lượt trả lời");
  });

  it("reads a list of aspects with their counts (no group rows), rates kept as fractions shown as percents", async () => {
    const c = await tally(
      "khao-sat-tieu-chi.xlsx",
      [
        ["KẾT QUẢ KHẢO SÁT NĂM 2021 - Kỳ khảo sát: từ 01/10/2021 đến 30/11/2021"],
        ["STT", "Tiêu chí", "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Tổng", "Tỷ lệ"],
        [1, "Tiếp cận dịch vụ", 20, 25, 3, 2, 50, 0.9],
        [2, "Thái độ của công chức", 25, 22, 3, 0, 50, 0.94],
        [null, "Tổng cộng", 45, 47, 6, 2, 100, 0.92],
      ],
      (ws) => {
        ws.getColumn(8).numFmt = "0%";
      },
    );
    expect(readings(c).map(([row, code, n, d, v]) => [row, code, n, d, Math.round((v as number) * 100) / 100])).toEqual([
      [3, "2.1", 45, 50, 90],
      [4, "2.3", 47, 50, 94],
    ]);
    expect(c.readings.map((r) => r.date)).toEqual(["2021-11-30", "2021-11-30"]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => p.row)).toEqual([5]);
  });

  it("names a row of answer counts with no words on it, never dropping its figures silently", async () => {
    const c = await tally("khao-sat-tong.xlsx", [
      ["KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG QUÝ IV/2021"],
      HEADINGS,
      ["I", "Tiếp cận dịch vụ", null, null, null, null, null, 91],
      [1, "Nơi ngồi chờ có đủ chỗ ngồi", 20, 25, 3, 2, 50, 90],
      ["II", "Thủ tục hành chính", null, null, null, null, null, 88],
      [2, "Thủ tục được niêm yết công khai", 18, 26, 5, 1, 50, 88],
      [null, null, 38, 51, 8, 3, 100, null],
    ]);
    expect(readings(c).map((r) => r.slice(0, 2))).toEqual([
      [3, "2.1"],
      [5, "2.2"],
    ]);
    expect(c.problems.filter((p) => p.code === "ROW_SKIPPED").map((p) => [p.row, p.message])).toEqual([
      [7, expect.stringContaining("dòng có số phiếu nhưng không ghi nội dung")],
    ]);
  });

  it("leaves a long list of questions with no aspects unread: which aspect each is cannot be told for sure", async () => {
    const c = await tally("cau-hoi.xlsx", [
      ["PHIẾU KHẢO SÁT - TỔNG HỢP CÂU TRẢ LỜI"],
      HEADINGS,
      ...["Nơi ngồi chờ", "Trang thiết bị", "Niêm yết TTHC", "Thời gian chờ", "Thái độ", "Hướng dẫn", "Kết quả đúng hạn"].map((q, i) => [
        i + 1,
        q,
        10,
        20,
        5,
        1,
        36,
        83,
      ]),
    ]);
    expect(c.readings).toEqual([]);
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED").map((p) => p.sheet)).toEqual(["Khảo sát"]);
  });
});
