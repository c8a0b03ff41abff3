import { readFileSync, readdirSync } from "fs";
import { basename } from "path";
import { IsoDate, formatViDate } from "../../src/core/dates/isoDate";
import { Disposition } from "../../src/core/import/extract";
import { FileRead, consolidate } from "../../src/core/import/consolidate";
import { cellText, columnName, isGridDate } from "../../src/core/import/grid";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { readGrids } from "../../src/xlsx/readGrids";
import { ALL_FIXTURES } from "../../scripts/fixtures/importClasses";
import { tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";

// Every non-empty cell of every sheet ends up somewhere: in its field, carried into Ghi chú, or
// part of the sheet's structure (title, header, section, total, signature); what is left out is
// named in Kiểm tra (a column no field takes, a row not read, a sheet skipped, a total column).
const NAMED: Partial<Record<Disposition, string>> = {
  "row-skipped": "ROW_SKIPPED",
  "sheet-skipped": "SHEET_SKIPPED",
  "period-total": "UNMAPPED_COLUMN",
  "past-year": "ROWS_PAST_YEAR",
};

async function workbooks(): Promise<string[]> {
  const dir = tempDir("cchc-lost-");
  const built = [];
  for (const f of ALL_FIXTURES) built.push(await f.build(dir));
  const examples = readdirSync(projectPath("examples"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => projectPath("examples", f));
  return [...built, ...examples];
}

describe("nothing an official wrote is lost", () => {
  let paths: string[] = [];
  beforeAll(async () => {
    paths = await workbooks();
  });

  it("accounts for every non-empty cell of the fixtures and the examples, and names what it leaves out", async () => {
    let cells = 0;
    for (const path of paths) {
      const r = await readGrids(basename(path), readFileSync(path));
      if (!r.ok) throw new Error(r.bad.message);
      const read: FileRead = { file: basename(path), ok: true, grids: r.grids };
      const seen = new Map<string, Disposition[]>();
      const c = consolidate([read], BUILTIN_PLAN, "2021-12-15" as IsoDate, {
        account: (_file, sheet, row, col, d) => {
          const key = `${sheet}!${columnName(col)}${row}`;
          seen.set(key, [...(seen.get(key) ?? []), d]);
        },
      });
      const notes = [...c.tasks.map((t) => t.note), ...c.readings.map((x) => x.note)].join("\n");
      for (const g of r.grids) {
        g.rows.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null || (typeof v === "string" && v.trim() === "")) return;
            cells++;
            const key = `${g.sheet}!${columnName(j + 1)}${i + 1}`;
            const d = seen.get(key);
            // One place for each cell: never dropped, never counted twice.
            expect([basename(path), key, d?.length]).toEqual([basename(path), key, 1]);
            const what = (d as Disposition[])[0];
            const code = NAMED[what];
            if (code) {
              const named = c.problems.some(
                (p) => p.code === code && p.sheet === g.sheet && (p.row === i + 1 || p.column === columnName(j + 1) || p.row === null),
              );
              expect([basename(path), key, what, named]).toEqual([basename(path), key, what, true]);
            }
            // A date goes into Ghi chú as an official reads it (d/m/yyyy).
            const shown = isGridDate(v) ? formatViDate(v.date) : cellText(v);
            if (what === "note") expect([key, notes.includes(shown.trim().slice(0, 20))]).toEqual([key, true]);
          }),
        );
      }
    }
    expect(cells).toBeGreaterThan(500);
  });
});
