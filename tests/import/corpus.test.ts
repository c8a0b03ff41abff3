import { readFileSync, readdirSync } from "fs";
import { BAD_FILE_MESSAGES, BadFileReason } from "../../src/core/import/badFile";
import { consolidate } from "../../src/core/import/consolidate";
import { IsoDate } from "../../src/core/dates/isoDate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { ReadResult, readGrids } from "../../src/xlsx/readGrids";
import { describeShared, sharedAvailable, sharedPath } from "../helpers/shared";

const DIR = sharedAvailable() ? sharedPath("corpus", "external") : "";
const FILES = DIR
  ? readdirSync(DIR)
      .filter((f) => f !== "SOURCES.md")
      .sort()
  : [];

async function read(name: string): Promise<ReadResult> {
  return readGrids(name, readFileSync(`${DIR}/${name}`));
}

/** What each hostile or odd file must come out as. */
const EXPECTED_BAD: Record<string, BadFileReason> = {
  "excelize__encryptSHA1.xlsx": "encrypted",
  "poi__protected_passtika.xlsx": "encrypted",
  "poi__testEXCEL_95.xls": "old-xls",
  "sheetjs__password_2002_40_xor.xls": "encrypted",
  "xlrd__biff4_no_format_no_window2.xls": "old-xls",
  "poi__Simple.xlsb": "xlsb",
  "openpyxl__null_file.xlsx": "empty",
  "openpyxl__null_archive.xlsx": "no-worksheets",
  "exceljs__missing-bits.xlsx": "no-worksheets",
  "tealeg__badfile_noWorkbookRels.xlsx": "no-worksheets",
  "poi__crash-274d6342e4842d61be0fb48eaadad6208ae767ae.xlsx": "corrupt",
  "exceljs__invalid-xml.xlsx": "unreadable",
  "poi__poc-xmlbomb.xlsx": "unsafe",
};

describeShared("the external corpus: real workbooks nobody here wrote", () => {
  it("holds the 62 files SOURCES.md lists", () => {
    expect(FILES).toHaveLength(62);
  });

  // Each file: rows or a named reason, no crash, no hang (the per-test timeout catches a hang;
  // scripts/bench-corpus prints each file's time against the 2-second target).
  it.each(FILES)(
    "%s gives rows or a named reason, and consolidates without throwing",
    async (name) => {
      const r = await read(name);
      if (r.ok) {
        expect(r.grids.length).toBeGreaterThan(0);
        for (const g of r.grids) expect(g.file).toBe(name);
      } else {
        expect(Object.keys(BAD_FILE_MESSAGES)).toContain(r.bad.reason);
        expect(r.bad.message.length).toBeGreaterThan(10);
      }
      if (EXPECTED_BAD[name]) expect(r.ok ? "read" : r.bad.reason).toBe(EXPECTED_BAD[name]);
      const c = consolidate(
        [r.ok ? { file: name, ok: true, grids: r.grids } : { file: name, ok: false, bad: r.bad }],
        BUILTIN_PLAN,
        "2021-12-15" as IsoDate,
      );
      for (const p of c.problems) expect(p.message).not.toMatch(/undefined|NaN|\[object/);
    },
    20_000,
  );

  it("reads what exceljs alone gets wrong or hangs on", async () => {
    const cells = async (name: string) => {
      const r = await read(name);
      if (!r.ok) throw new Error(r.bad.message);
      return r.grids;
    };
    // Whole-sheet data validation (exceljs alone: > 280 s, > 1.1 GB) and 50,000 merges.
    expect((await cells("exceljs__test-issue-1842.xlsx")).length).toBe(1);
    expect((await cells("poi__57893-many-merges.xlsx"))[0].merges).toHaveLength(50_000);
    // Dates before March 1900 and the 1904 system agree with the cached TEXT() results beside them.
    for (const name of ["sheetjs__1900.xlsx", "sheetjs__1904.xlsx"]) {
      for (const row of (await cells(name))[0].rows.slice(1)) expect(row[1]).toEqual({ date: row[2] });
    }
    // ISO date cells (t="d") become text the importer parses, not serial 1990.
    expect((await cells("poi__SimpleStrict.xlsx"))[1].rows[3][0]).toBe("1990-01-01");
    // The first sheet hidden: both read, each flagged.
    expect((await cells("poi__TwoSheetsOneHidden.xlsx")).map((g) => [g.sheet, g.hidden])).toEqual([
      ["Sheet1", true],
      ["Sheet2", false],
    ]);
    // Hidden rows and columns are known; text survives exactly.
    expect((await cells("exceljs__google-sheets.xlsx"))[0]).toMatchObject({ hiddenRows: [2], hiddenCols: [2] });
    expect((await cells("sheetjs__sushi.xlsx"))[0].rows[0][0]).toBe("🍣");
    expect((await cells("exceljs__shared_string_with_escape.xlsx"))[0].rows[0][0]).toBe("_x000D_");
    expect((await cells("sheetjs__phonetic_text.xlsx"))[0].rows[0][0]).toBe("漢字");
    // Cells out to column XFD are cut at the reader's limit, and it says so.
    expect((await cells("poi__53105.xlsx")).some((g) => g.truncated)).toBe(true);
  }, 60_000);

  // The jest timeout is the bound: expanding the entities would take minutes and gigabytes.
  it("refuses the XML bomb as unsafe, without expanding it", async () => {
    const heap = process.memoryUsage().heapUsed;
    const r = await read("poi__poc-xmlbomb.xlsx");
    expect(r.ok ? "read" : r.bad.reason).toBe("unsafe");
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200e6);
  }, 5_000);

  it("takes a real governance index (provinces down, indicators across, English over Vietnamese) for what it is: not a plan's tasks", async () => {
    const r = await read("vietnamdata__PAPI_2011-2016.xlsx");
    if (!r.ok) throw new Error(r.bad.message);
    const c = consolidate([{ file: "papi.xlsx", ok: true, grids: r.grids }], BUILTIN_PLAN, "2021-12-15" as IsoDate);
    expect([c.tasks.length, c.readings.length]).toEqual([0, 0]);
    // Every sheet is named with why it gave nothing, never dropped in silence.
    expect(c.sheets.map((s) => s.sheet)).toEqual(r.grids.map((g) => g.sheet));
    expect(c.problems.filter((p) => p.code === "SHEET_SKIPPED").map((p) => p.sheet)).toEqual(r.grids.map((g) => g.sheet));
  });
});
