/**
 * Reads workbooks with both readers, exceljs (the old path) and our own (readPackage), and lists
 * every difference, cell by cell:  node build/scripts/compareReaders.js <file or folder>...
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { basename, join } from "path";
import { inflateRawSync } from "zlib";
import { Grid, GridCell, cellText } from "../src/core/import/grid";
import { readGrids as readGridsWithExceljs } from "../src/xlsx/readGrids";
import { readPackage } from "../src/xlsx/readPackage";
import { sniff } from "../src/xlsx/sniff";

const show = (v: GridCell | undefined) =>
  v === undefined || v === null ? "∅" : typeof v === "object" ? JSON.stringify(v) : JSON.stringify(v);

function diff(a: Grid, b: Grid, out: string[]): void {
  const rows = Math.max(a.rows.length, b.rows.length);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    const ra = a.rows[r] ?? [];
    const rb = b.rows[r] ?? [];
    for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
      const x = ra[c] ?? null;
      const y = rb[c] ?? null;
      if (show(x) === show(y)) continue;
      if (++n <= 5) out.push(`  ${a.sheet}!R${r + 1}C${c + 1}: exceljs ${show(x)} / ours ${show(y)}`);
    }
  }
  if (n > 5) out.push(`  ${a.sheet}: … ${n} cells differ in all`);
  for (const k of ["hidden", "hiddenRows", "hiddenCols", "truncated"] as const) {
    if (JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null))
      out.push(`  ${a.sheet}: ${k} exceljs ${JSON.stringify(a[k] ?? null)} / ours ${JSON.stringify(b[k] ?? null)}`);
  }
  if (a.merges.length !== b.merges.length) out.push(`  ${a.sheet}: merges ${a.merges.length} / ${b.merges.length}`);
  const fa = Object.keys(a.formats).length;
  const fb = Object.keys(b.formats).length;
  if (fa !== fb) out.push(`  ${a.sheet}: formats ${fa} / ${fb}`);
  void cellText;
}

async function main(): Promise<void> {
  const files = process.argv.slice(2).flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  for (const path of files) {
    if (!/\.(xlsx|xlsm|xls|xlsb)$/i.test(path)) continue;
    const bytes = readFileSync(path);
    const name = basename(path);
    const old = await readGridsWithExceljs(name, bytes);
    const ours =
      sniff(bytes).kind === "zip"
        ? await readPackage(name, bytes, async (d, limit) => inflateRawSync(d, { maxOutputLength: limit }), {
            maxPartBytes: 300e6,
            maxRows: 200_000,
            maxCols: 256,
          })
        : null;
    const out: string[] = [];
    if (!old.ok || !ours || !ours.ok) {
      const a = old.ok ? "read" : old.bad.reason;
      const b = ours === null ? "(not a zip)" : ours.ok ? "read" : ours.reason;
      if (a !== b) out.push(`  exceljs ${a} / ours ${b}`);
    } else {
      const names = (g: Grid[]) => g.map((x) => x.sheet).join(", ");
      if (names(old.grids) !== names(ours.grids)) out.push(`  sheets exceljs [${names(old.grids)}] / ours [${names(ours.grids)}]`);
      for (const g of old.grids) {
        const h = ours.grids.find((x) => x.sheet === g.sheet);
        if (h) diff(g, h, out);
      }
    }
    console.log(`${out.length === 0 ? "same" : "DIFF"} ${name}`);
    for (const l of out) console.log(l);
  }
}

void main();
