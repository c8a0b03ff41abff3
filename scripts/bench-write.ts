/**
 * Benchmark: the cost of writing the master atomically (temporary file in the same folder,
 * fsync, rename, folder fsync) against writeFileSync, for masters of 1,000 and 50,000 tasks.
 *   npm run bench:write
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeFileAtomic } from "../src/cli/atomicWrite";
import { nodeCompression } from "../src/cli/deflate";
import { masterWorkbookSpecs } from "../src/core/sheets/masterWorkbook";
import { workbookBytes } from "../src/xlsx/writeWorkbook";
import { syntheticConsolidation } from "./support/synthetic";

const RUNS = 10;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-write-"));
  for (const n of [1_000, 50_000]) {
    const t0 = performance.now();
    const bytes = await workbookBytes(masterWorkbookSpecs(syntheticConsolidation(n)), {
      timestamp: new Date(0),
      compression: nodeCompression,
    });
    const make = performance.now() - t0;
    const target = join(dir, `master-${n}.xlsx`);
    const plain: number[] = [];
    const atomic: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      writeFileSync(target, bytes);
      plain.push(performance.now() - t);
      t = performance.now();
      writeFileAtomic(target, bytes);
      atomic.push(performance.now() - t);
    }
    console.log(
      `${n.toLocaleString("en")} tasks: ${(bytes.length / 1e6).toFixed(2)} MB, built in ${make.toFixed(0)} ms; ` +
        `writeFileSync ${median(plain).toFixed(1)} ms, atomic ${median(atomic).toFixed(1)} ms (median of ${RUNS})`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}
void run();
