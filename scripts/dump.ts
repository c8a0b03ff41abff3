/**
 * Prints a master's table sheets as text (a sheet per block), to see what consolidation made:
 *   node build/scripts/dump.js master.xlsx [sheet …]
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { cellText } from "../src/core/import/grid";
import { readGrids } from "../src/xlsx/readGrids";

async function main(): Promise<void> {
  const [path, ...sheets] = process.argv.slice(2);
  const r = await readGrids(basename(path), readFileSync(path));
  if (!r.ok) return console.log(r.bad.message);
  for (const g of r.grids) {
    if (sheets.length > 0 && !sheets.includes(g.sheet)) continue;
    console.log(`== ${g.sheet}`);
    for (const row of g.rows) console.log(row.map((c) => cellText(c)).join(" | "));
  }
}

void main();
