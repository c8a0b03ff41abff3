import { readFileSync, readdirSync } from "fs";
import { IsoDate } from "../../src/core/dates/isoDate";
import { findDossierTable, readDossiers } from "../../src/core/import/dossiers";
import { Grid, GridCell } from "../../src/core/import/grid";
import { readWorkbook } from "../../src/core/import/readWorkbook";
import { DossierRecord, dossierStats, onTimeRate, onlineRate } from "../../src/core/summary/dossiers";
import { readGrids } from "../../src/xlsx/readGrids";
import { projectPath } from "../helpers/shared";
import { gridOf } from "../helpers/grids";

// Fixtures: scripts/make-dossier-fixtures.ts, modelled on the one-stop system's exports.
async function fixture(name: string): Promise<Grid> {
  const read = await readGrids(name, readFileSync(projectPath("tests", "fixtures", "dossiers", name)));
  if (!read.ok) throw new Error(read.bad.message);
  return read.grids[0];
}

const sheet = (rows: GridCell[][]) => gridOf(rows, { sheet: "Hồ sơ" });
const day = (iso: string): GridCell => ({ date: iso as IsoDate });
const counts = (r: DossierRecord) => [
  r.carriedOver,
  r.online,
  r.inPerson,
  r.early,
  r.onTime,
  r.late,
  r.pendingInTime,
  r.pendingOverdue,
  r.returned,
];

describe("the one-stop system's dossier table", () => {
  it("is found under a two-level merged header, with the period its title names", async () => {
    const grid = await fixture("mot-cua_thong-ke-quy-III-2021.xlsx");
    expect(findDossierTable(grid)).toEqual({
      headerTop: 7,
      headerBottom: 8,
      columns: {
        field: 2,
        receivedTotal: 3,
        carriedOver: 4,
        online: 5,
        inPerson: 6,
        resolvedTotal: 7,
        early: 8,
        onTime: 9,
        late: 10,
        pendingTotal: 11,
        pendingInTime: 12,
        pendingOverdue: 13,
        returned: 14,
      },
      period: { from: "2021-06-15", to: "2021-09-14" },
    });
  });

  it("gives one record per field with its source, skips the numbering row, stops at the total (which it checks)", async () => {
    const grid = await fixture("mot-cua_thong-ke-quy-III-2021.xlsx");
    const { records, problems } = readDossiers(grid, findDossierTable(grid)!);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.field, r.source.row, ...counts(r)])).toEqual([
      ["Hộ tịch", 10, 3, 12, 45, 20, 35, 1, 3, 0, 1],
      ["Chứng thực", 11, 0, 0, 80, 70, 10, 0, 0, 0, 0],
      ["Đất đai", 12, 2, 1, 9, 1, 6, 2, 2, 1, 0],
      ["Bảo trợ xã hội", 13, 1, 4, 10, 3, 10, 0, 2, 0, 0],
      ["Người có công", 14, 0, 2, 3, 1, 3, 0, 1, 0, 0],
    ]);
    expect(records[0]).toMatchObject({
      from: "2021-06-15",
      to: "2021-09-14",
      source: { file: "mot-cua_thong-ke-quy-III-2021.xlsx", sheet: "Thống kê" },
    });
    // By hand: resolved early 95 + on time 64 of 162; received online 19 of 19 + 147 new.
    const total = dossierStats(records, { from: "2021-06-15" as IsoDate, to: "2021-09-14" as IsoDate })!.total;
    expect(onTimeRate(total)).toMatchObject({ numerator: 159, denominator: 162 });
    expect(onTimeRate(total)!.value).toBeCloseTo(98.1481, 4);
    expect(onlineRate(total)).toMatchObject({ numerator: 19, denominator: 166 });
  });

  it("reads the three-level form of Thông tư 01/2020 (carried over last, '1.020' as text, '-' for none)", async () => {
    const grid = await fixture("mot-cua_thang-10-2021.xlsx");
    const layout = findDossierTable(grid)!;
    expect([layout.headerTop, layout.headerBottom, layout.period]).toEqual([6, 8, { from: "2021-10-01", to: "2021-10-31" }]);
    expect(layout.columns).toMatchObject({
      online: 4,
      inPerson: 5,
      carriedOver: 6,
      early: 8,
      onTime: 9,
      late: 10,
      pendingInTime: 12,
      returned: 14,
    });
    const { records, problems } = readDossiers(grid, layout);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.field, ...counts(r)])).toEqual([
      ["Hộ tịch", 1, 5, 15, 8, 10, 0, 3, 0, 0],
      ["Chứng thực", 0, 0, 1020, 1000, 20, 0, 0, 0, 0],
    ]);
  });

  it("reads the master's own Hồ sơ TTHC layout: one header row, dates and Nguồn per row", () => {
    const grid = sheet([
      [
        "Lĩnh vực",
        "Từ ngày",
        "Đến ngày",
        "Kỳ trước chuyển sang",
        "Tiếp nhận trực tuyến",
        "Tiếp nhận trực tiếp, bưu chính",
        "Giải quyết trước hạn",
        "Giải quyết đúng hạn",
        "Giải quyết quá hạn",
        "Đang giải quyết trong hạn",
        "Đang giải quyết quá hạn",
        "Trả lại, rút hồ sơ",
        "Nguồn",
      ],
      ["Hộ tịch", day("2021-09-15"), day("2021-12-14"), 3, 20, 40, 10, 48, 1, 4, 0, 0, "mot-cua.xlsx › Quý IV › row 9"],
      ["Đất đai", day("2021-09-15"), day("2021-12-14"), 0, 2, 8, 1, 7, 0, 2, 0, 0, ""],
    ]);
    const { records, problems } = readDossiers(grid, findDossierTable(grid)!);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.field, r.from, r.to, r.source])).toEqual([
      ["Hộ tịch", "2021-09-15", "2021-12-14", { file: "mot-cua.xlsx", sheet: "Quý IV", row: 9 }],
      ["Đất đai", "2021-09-15", "2021-12-14", { file: "", sheet: "Hồ sơ", row: 3 }],
    ]);
  });

  it("names what does not add up, and a table without its period", () => {
    const head = [
      "Lĩnh vực",
      "Trực tuyến",
      "Trực tiếp, bưu chính",
      "Đã giải quyết đúng hạn",
      "Đã giải quyết quá hạn",
      "Đang giải quyết quá hạn",
      "Trả lại",
    ];
    const grid = sheet([head, ["Hộ tịch", 10, 20, 25, 1, 0, 0], ["Tổng cộng", 10, 21, 25, 1, 0, 0]]);
    const { records, problems } = readDossiers(grid, findDossierTable(grid)!);
    expect(records).toHaveLength(1);
    expect(problems.map((p) => [p.code, p.row, p.column, p.message])).toEqual([
      [
        "DOSSIER_TOTAL_MISMATCH",
        2,
        null,
        "Số hồ sơ không khớp với tổng: nhận giải quyết 30 ≠ đã giải quyết 26 + đang giải quyết 0 + trả lại, rút 0",
      ],
      ["DOSSIER_TOTAL_MISMATCH", 3, "C", "Số hồ sơ không khớp với tổng: dòng tổng cộng ghi 21, cộng các lĩnh vực được 20"],
      ["READING_WITHOUT_PERIOD", 1, null, expect.stringContaining("không ghi kỳ số liệu")],
    ]);
  });

  it("is not seen in officials' tracking workbooks", async () => {
    for (const name of readdirSync(projectPath("examples"))) {
      const read = await readGrids(name, readFileSync(projectPath("examples", name)));
      if (!read.ok) throw new Error(read.bad.message);
      for (const grid of read.grids) expect([name, grid.sheet, findDossierTable(grid)]).toEqual([name, grid.sheet, null]);
    }
  });

  it("is routed by the importer to its own reader: records, no skipped sheet", async () => {
    const grid = await fixture("mot-cua_thong-ke-quy-III-2021.xlsx");
    const got = readWorkbook({ file: grid.file, ok: true, grids: [grid] });
    expect(got.dossiers).toHaveLength(5);
    expect([got.tasks, got.readings, got.problems]).toEqual([[], [], []]);
    expect(got.sheets).toEqual([
      { file: grid.file, sheet: "Thống kê", kind: null, layout: null, tables: [], rows: 5, reason: null, guess: null, dossiers: 5 },
    ]);
  });
});
