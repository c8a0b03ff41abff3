/**
 * Benchmark: each generated hostile workbook (tests/hostile) beside an ordinary one, through
 * `cchc consolidate` in its own process under /usr/bin/time: wall time, peak RSS, exit code and
 * what the run said about the file. Figures, not tests (tests/hostile asserts safety bounds).
 *   npm run bench:hostile [-- --only zip-bomb]
 */
import { spawnSync } from "child_process";
import { mkdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as hostile from "../tests/hostile/workbooks";

// CCHC_ROOT: another build to compare with (a copy of bin/ and build/ from before a change).
const ROOT = process.env.CCHC_ROOT ?? join(__dirname, "..", "..");
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;

const CASES: Record<string, () => Uint8Array> = {
  "zip-bomb": () => hostile.zipBomb(2),
  "zip-bomb-lying": () => hostile.zipBomb(2, 4096),
  "many-part-bomb": () => hostile.manyPartBomb(12, 90),
  "billion-laughs": () => hostile.billionLaughs("sharedStrings"),
  "external-entity": () => hostile.externalEntity(),
  "path-traversal": () => hostile.pathTraversal("cchc-bench-escape"),
  "huge-merges": () => hostile.hugeMerges(40_000),
  "corrupt-deflate": () => hostile.corruptDeflate(),
  truncated: () => hostile.truncated(),
  "many-rows": () => hostile.manyRows(200_050),
  "long-cell": () => hostile.longCell(40_000),
};

for (const [name, make] of Object.entries(CASES)) {
  if (only && name !== only) continue;
  const dir = join(tmpdir(), `cchc-bench-hostile-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "in"), { recursive: true });
  const bytes = make();
  writeFileSync(join(dir, "in", `${name}.xlsx`), bytes);
  writeFileSync(join(dir, "in", "binh-thuong.xlsx"), hostile.ordinaryWorkbook());
  const t0 = performance.now();
  const r = spawnSync(
    "/usr/bin/time",
    [
      "-v",
      process.execPath,
      join(ROOT, "bin", "cchc.js"),
      "consolidate",
      join(dir, "in"),
      "-o",
      join(dir, "master.xlsx"),
      "--as-of",
      "2021-12-15",
    ],
    { encoding: "utf8", timeout: 600_000 },
  );
  const s = (performance.now() - t0) / 1000;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const said = r.stderr
    .split("\n")
    .filter((l) => /^(Lỗi|Cảnh báo|FATAL|Error|RangeError)/.test(l) || l.includes(`${name}.xlsx`))
    .slice(0, 3)
    .map((l) => l.slice(0, 160));
  console.log(
    `${name.padEnd(16)} ${(bytes.length / 1e6).toFixed(2).padStart(7)} MB  ${s.toFixed(1).padStart(6)} s  peak RSS ${rss.toFixed(0).padStart(5)} MB  exit ${r.status ?? r.signal}`,
  );
  for (const l of said) console.log(`    ${l}`);
}
