import { readFileSync, readdirSync } from "fs";
import { GridCell } from "../../src/core/import/grid";
import { readGrids } from "../../src/xlsx/readGrids";
import { projectPath } from "../helpers/shared";

// A sheet can be read row by row into a sink (a previous master's 200,000 task rows), instead of as
// a grid: the same cells, row by row, and the sheet has no grid then.
const EXAMPLES = readdirSync(projectPath("examples")).filter((f) => f.endsWith(".xlsx"));

describe("reading a sheet row by row", () => {
  it.each(EXAMPLES)("%s: each sheet's rows reach the sink with the grid's cells", async (file) => {
    const bytes = readFileSync(projectPath("examples", file));
    const whole = await readGrids(file, bytes);
    if (!whole.ok) throw new Error(whole.bad.message);
    for (const grid of whole.grids) {
      const got: Array<[number, GridCell[]]> = [];
      const read = await readGrids(file, bytes, { streams: [{ sheet: grid.sheet, sink: (row, cells) => got.push([row, cells]) }] });
      if (!read.ok) throw new Error(read.bad.message);
      expect(read.streamed).toEqual([grid.sheet]);
      expect(read.grids.map((g) => g.sheet)).not.toContain(grid.sheet);
      // Merged ranges are not blanked in a sink (the master's tables have none): compared outside them.
      const merged = (r: number, c: number) => grid.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      const want = grid.rows.flatMap((cells, i) => (cells.some((c) => c !== null) ? [[i + 1, cells] as [number, GridCell[]]] : []));
      const strip = (rows: Array<[number, GridCell[]]>) =>
        rows
          .map(([r, cells]) => [r, cells.map((c, i) => (merged(r, i + 1) ? null : c))] as const)
          .filter(([, cs]) => cs.some((c) => c !== null));
      expect(strip(got)).toEqual(strip(want));
    }
  });

  it("names the sheets it streamed: none when the workbook has no such sheet", async () => {
    const file = EXAMPLES[0];
    const read = await readGrids(file, readFileSync(projectPath("examples", file)), {
      streams: [{ sheet: "Không có", sink: () => undefined }],
    });
    expect(read.ok && read.streamed).toEqual([]);
  });
});
