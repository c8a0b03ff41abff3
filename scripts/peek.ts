/**
 * Prints the first rows of every sheet of a workbook as the importer receives them (grids), to see
 * what an official's layout looks like:  node build/scripts/peek.js file.xlsx [rows]
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { readGrids } from "../src/xlsx/readGrids";

async function main(): Promise<void> {
  const [path, rows = "12"] = process.argv.slice(2);
  const r = await readGrids(basename(path), readFileSync(path));
  if (!r.ok) {
    console.log(r.bad.message);
    return;
  }
  for (const g of r.grids) {
    console.log(`== ${g.sheet}: ${g.rows.length} rows, ${g.merges.length} merges${g.hidden ? ", hidden" : ""}`);
    g.rows.slice(0, Number(rows)).forEach((row, i) => console.log(i + 1, JSON.stringify(row).slice(0, 300)));
  }
}

void main();
