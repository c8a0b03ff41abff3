import { readFileSync, readdirSync } from "fs";
import { basename, join } from "path";
import { IsoDate } from "../src/core/dates/isoDate";
import { consolidate } from "../src/core/import/consolidate";
import { columnName } from "../src/core/import/grid";
import { BUILTIN_PLAN } from "../src/core/plan/builtin";
import { readGrids } from "../src/xlsx/readGrids";

async function main(): Promise<void> {
  const dir = process.argv[2];
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".md")) continue;
    const r = await readGrids(name, readFileSync(join(dir, name)));
    if (!r.ok) continue;
    const seen = new Map<string, string[]>();
    const t0 = Date.now();
    const c = consolidate([{ file: name, ok: true, grids: r.grids }], BUILTIN_PLAN, "2021-12-15" as IsoDate, {
      account: (_f, s, row, col, d) => {
        const k = `${s}!${columnName(col)}${row}`;
        seen.set(k, [...(seen.get(k) ?? []), d]);
      },
    });
    let missing = 0,
      twice = 0,
      cells = 0;
    const ex: string[] = [];
    for (const g of r.grids)
      g.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || (typeof v === "string" && v.trim() === "")) return;
          cells++;
          const d = seen.get(`${g.sheet}!${columnName(j + 1)}${i + 1}`);
          if (!d) {
            missing++;
            if (ex.length < 3) ex.push(`${g.sheet}!${columnName(j + 1)}${i + 1}`);
          } else if (d.length > 1) {
            twice++;
            if (ex.length < 3) ex.push(`${g.sheet}!${columnName(j + 1)}${i + 1}:${d.join(",")}`);
          }
        }),
      );
    console.log(
      `${basename(name)}: ${cells} cells, ${c.tasks.length} tasks, ${c.readings.length} readings, missing ${missing}, twice ${twice}, ${Date.now() - t0} ms ${ex.join(" ")}`,
    );
  }
}
void main();
