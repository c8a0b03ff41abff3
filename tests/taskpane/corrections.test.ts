import { readFileSync } from "fs";
import { IsoDate } from "../../src/core/dates/isoDate";
import { Consolidation, FileRead, consolidate } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { columnHeadings, correctColumn, correctionKey, isCorrected, layoutOverrides } from "../../src/taskpane/corrections";
import { readGrids } from "../../src/xlsx/readGrids";
import { projectPath } from "../helpers/shared";

const AS_OF = "2021-12-15" as IsoDate;

async function read(file: string, as: string): Promise<FileRead & { ok: true }> {
  const r = await readGrids(as, readFileSync(projectPath("examples", file)));
  if (!r.ok) throw new Error(r.bad.message);
  return { file: as, ok: true, grids: r.grids };
}

function tableOf(c: Consolidation, file: string, sheet: string) {
  const s = c.sheets.find((x) => x.file === file && x.sheet === sheet);
  if (!s || s.tables.length === 0) throw new Error(`no table on ${file} › ${sheet}`);
  return s.tables[0].layout;
}

describe("column corrections kept by the table's header signature", () => {
  it("follow next quarter's renamed copy of a workbook, even with its header a row lower", async () => {
    const q4 = await read("VPTK_theo-doi-CCHC-2021.xlsx", "VPTK_theo-doi-CCHC-2021.xlsx");
    const detected = tableOf(consolidate([q4], BUILTIN_PLAN, AS_OF), q4.file, "Quý IV");
    expect(detected.columns.evidence).toBeDefined();
    // The official says the Minh chứng column is not to be read.
    const corrected = correctColumn(detected, "evidence", null);
    if (!corrected.ok) throw new Error("refused");
    const corrections = { [correctionKey(detected)]: corrected.layout };

    // Next quarter: another name, and a title row added above the table.
    const next = await read("VPTK_theo-doi-CCHC-2021.xlsx", "VPTK_2022-Q1.xlsx");
    const grid = next.grids.find((g) => g.sheet === "Quý IV")!;
    const down = (m: { top: number; bottom: number; left: number; right: number }) => ({ ...m, top: m.top + 1, bottom: m.bottom + 1 });
    const moved: FileRead = {
      ...next,
      grids: [{ ...grid, rows: [["SỔ THEO DÕI NĂM 2022"], ...grid.rows], merges: grid.merges.map(down), formats: {} }],
    };
    const before = consolidate([moved], BUILTIN_PLAN, AS_OF);
    const after = consolidate([moved], BUILTIN_PLAN, AS_OF, { layouts: layoutOverrides(corrections) });
    const layout = tableOf(after, "VPTK_2022-Q1.xlsx", "Quý IV");
    expect(layout.headerTop).toBe(detected.headerTop + 1);
    expect(isCorrected(corrections, layout, "VPTK_2022-Q1.xlsx", "Quý IV", true)).toBe(true);
    expect(before.tasks.some((t) => t.evidence !== "")).toBe(true);
    expect(after.tasks.map((t) => t.evidence)).toEqual(after.tasks.map(() => ""));
    expect(after.tasks).toHaveLength(before.tasks.length);
  });

  it("refuses to drop a task table's content column, and lists every column of the header", async () => {
    const vptk = await read("VPTK_theo-doi-CCHC-2021.xlsx", "a.xlsx");
    const layout = tableOf(consolidate([vptk], BUILTIN_PLAN, AS_OF), "a.xlsx", "Quý IV");
    expect(correctColumn(layout, "content", null)).toEqual({ ok: false, reason: "contentRequired" });
    const moved = correctColumn(layout, "content", 2);
    expect(moved.ok && moved.layout.columns.content).toBe(2);
    const headings = columnHeadings(layout);
    expect(headings.length).toBeGreaterThanOrEqual(Math.max(...Object.values(layout.columns).map(Number)));
    expect(headings.filter((h) => h !== "").length).toBeGreaterThanOrEqual(Object.keys(layout.columns).length);
  });

  it("honours a correction kept by file and sheet before signatures", async () => {
    const vptk = await read("VPTK_theo-doi-CCHC-2021.xlsx", "a.xlsx");
    const detected = tableOf(consolidate([vptk], BUILTIN_PLAN, AS_OF), "a.xlsx", "Quý IV");
    const legacy = { "a.xlsx\u203aQuý IV": { ...detected, columns: { ...detected.columns, note: undefined } } };
    const c = consolidate([vptk], BUILTIN_PLAN, AS_OF, { layouts: layoutOverrides(legacy) });
    expect(tableOf(c, "a.xlsx", "Quý IV").columns.note).toBeUndefined();
    expect(isCorrected(legacy, detected, "a.xlsx", "Quý IV", true)).toBe(true);
  });
});
