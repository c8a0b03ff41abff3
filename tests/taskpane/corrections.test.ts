import { readFileSync } from "fs";
import { IsoDate } from "../../src/core/dates/isoDate";
import { FileRead, consolidate, sheetKey } from "../../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { columnHeadings, correctColumn, headerSignature, sheetLayouts } from "../../src/taskpane/corrections";
import { readGrids } from "../../src/xlsx/readGrids";
import { projectPath } from "../helpers/shared";

const AS_OF = "2021-12-15" as IsoDate;

async function read(file: string, as: string): Promise<FileRead & { ok: true }> {
  const r = await readGrids(as, readFileSync(projectPath("examples", file)));
  if (!r.ok) throw new Error(r.bad.message);
  return { file: as, ok: true, grids: r.grids };
}

describe("column corrections kept by the sheet's header signature", () => {
  it("follow next quarter's renamed copy of a workbook, even with its header a row lower", async () => {
    const q4 = await read("VPTK_theo-doi-CCHC-2021.xlsx", "VPTK_theo-doi-CCHC-2021.xlsx");
    const found = sheetLayouts([q4], {});
    const key = sheetKey(q4.file, "Quý IV");
    const signature = found.signatures.get(key)!;
    const detected = found.overrides.get(key)!;
    expect(detected.columns.note).toBeDefined();
    // The official says the Ghi chú column is not to be read.
    const corrected = correctColumn(detected, "note", null);
    if (!corrected.ok) throw new Error("refused");
    const corrections = { [signature]: corrected.layout };

    // Next quarter: another name, and a title row added above the table.
    const next = await read("VPTK_theo-doi-CCHC-2021.xlsx", "VPTK_2022-Q1.xlsx");
    const grid = next.grids.find((g) => g.sheet === "Quý IV")!;
    const moved = { ...next, grids: [{ ...grid, rows: [["SỔ THEO DÕI NĂM 2022"], ...grid.rows], merges: [] }] };
    const applied = sheetLayouts([moved], corrections);
    const nextKey = sheetKey("VPTK_2022-Q1.xlsx", "Quý IV");
    expect(applied.corrected.has(nextKey)).toBe(true);
    expect(applied.overrides.get(nextKey)).toMatchObject({ headerTop: detected.headerTop + 1, columns: corrected.layout.columns });

    const before = consolidate([moved], BUILTIN_PLAN, AS_OF, { layouts: sheetLayouts([moved], {}).overrides });
    const after = consolidate([moved], BUILTIN_PLAN, AS_OF, { layouts: applied.overrides });
    expect(before.tasks.some((t) => t.note !== "")).toBe(true);
    expect(after.tasks.map((t) => t.note)).toEqual(after.tasks.map(() => ""));
    expect(after.tasks).toHaveLength(before.tasks.length);
  });

  it("gives the same signature to sheets with the same header, and another to a different header", async () => {
    const vptk = await read("VPTK_theo-doi-CCHC-2021.xlsx", "a.xlsx");
    const other = await read("VHXH_tuyen-truyen-2021.xlsx", "b.xlsx");
    const l = sheetLayouts([vptk, other], {});
    expect(l.signatures.get(sheetKey("a.xlsx", "Quý III"))).toBe(l.signatures.get(sheetKey("a.xlsx", "Quý IV")));
    const b = [...l.signatures.entries()].filter(([k]) => k.startsWith("b.xlsx"));
    expect(b.length).toBeGreaterThan(0);
    for (const [, s] of b) expect(s).not.toBe(l.signatures.get(sheetKey("a.xlsx", "Quý IV")));
  });

  it("lists every column of the header, recognised or not, for the drop-downs", async () => {
    const vptk = await read("VPTK_theo-doi-CCHC-2021.xlsx", "a.xlsx");
    const grid = vptk.grids.find((g) => g.sheet === "Quý IV")!;
    const layout = sheetLayouts([vptk], {}).overrides.get(sheetKey("a.xlsx", "Quý IV"))!;
    const headings = columnHeadings(grid, layout);
    expect(headings.length).toBeGreaterThanOrEqual(Math.max(...Object.values(layout.columns).map(Number)));
    expect(headerSignature(grid, layout).split("|")).toHaveLength(headings.length);
  });

  it("honours a correction kept by file and sheet before signatures", async () => {
    const vptk = await read("VPTK_theo-doi-CCHC-2021.xlsx", "a.xlsx");
    const key = sheetKey("a.xlsx", "Quý IV");
    const legacy = { ...sheetLayouts([vptk], {}).overrides.get(key)!, columns: { content: 3 } };
    const l = sheetLayouts([vptk], { [key]: legacy });
    expect(l.overrides.get(key)?.columns).toEqual({ content: 3 });
    expect(l.corrected.has(key)).toBe(true);
  });
});
