/** Benchmark: reads every file of ../shared/corpus/external through the importer and prints the result and the time of each (target: every file < 2 s). */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readGrids } from "../src/xlsx/readGrids";

async function run(): Promise<void> {
  const dir = process.argv[2] ?? join(__dirname, "..", "..", "..", "shared", "corpus", "external");
  for (const name of readdirSync(dir)
    .filter((n) => n !== "SOURCES.md")
    .sort()) {
    const t0 = performance.now();
    const r = await readGrids(name, readFileSync(join(dir, name)));
    const ms = Math.round(performance.now() - t0);
    const what = r.ok
      ? `${r.grids.length} sheets, ${r.grids.reduce((n, g) => n + g.rows.length, 0)} rows`
      : `${r.bad.reason}: ${r.bad.message.slice(0, 90)}`;
    console.log(`${String(ms).padStart(6)} ms  ${name.slice(0, 60).padEnd(60)} ${what}`);
  }
}
void run();
