/**
 * Benchmark of the periodic report: the demo master (examples/, consolidated on 15/12/2021) to the
 * annual report as .docx and .xlsx, then synthetic masters of 1,000 and 5,000 tasks (every open one
 * is listed in section IV). Prints times and sizes, and the pages LibreOffice prints when it is at hand.
 *   npm run bench:report
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { IsoDate } from "../src/core/dates/isoDate";
import { consolidate } from "../src/core/import/consolidate";
import { BUILTIN_PLAN } from "../src/core/plan/builtin";
import { reportDocument } from "../src/core/report/document";
import { reportFromMaster } from "../src/core/report/fromMaster";
import { buildReport, resolveSettings } from "../src/core/report/model";
import { reportPeriod } from "../src/core/report/period";
import { documentSheets } from "../src/core/report/toSheets";
import { masterWorkbookSpecs } from "../src/core/sheets/masterWorkbook";
import { docxBytes } from "../src/docx/reportDocx";
import { readGrids } from "../src/xlsx/readGrids";
import { workbookBytes } from "../src/xlsx/writeWorkbook";
import { nodeCompression } from "../src/cli/deflate";
import { syntheticConsolidation } from "./support/synthetic";

const ROOT = join(__dirname, "..", "..");
const AS_OF = "2021-12-15" as IsoDate;
const ms = (t: number) => `${Math.round(performance.now() - t)} ms`;
const kb = (b: Uint8Array) => `${Math.round(b.length / 1024)} KB`;

/** Pages LibreOffice prints for a file, or null without LibreOffice. */
function pages(file: string): number | null {
  const out = mkdtempSync(join(tmpdir(), "cchc-bench-"));
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "pdf", "--outdir", out, file],
    {
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  const pdf = join(out, file.replace(/^.*\//, "").replace(/\.(docx|xlsx)$/, ".pdf"));
  if (r.error || !existsSync(pdf)) return null;
  return Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1] ?? 0);
}

async function demo(dir: string): Promise<void> {
  const names = readdirSync(join(ROOT, "examples"));
  const files = await Promise.all(
    names.map(async (file) => {
      const read = await readGrids(file, readFileSync(join(ROOT, "examples", file)));
      return read.ok ? { file, ok: true as const, grids: read.grids } : { file, ok: false as const, bad: read.bad };
    }),
  );
  const c = consolidate(files, BUILTIN_PLAN, AS_OF);
  const master = await workbookBytes(masterWorkbookSpecs(c), { timestamp: new Date(0), compression: nodeCompression });
  const grids = await readGrids("master.xlsx", master);
  if (!grids.ok) throw new Error(grids.bad.message);
  let t = performance.now();
  const report = reportFromMaster(grids.grids, BUILTIN_PLAN, reportPeriod(2021, "Y"), {});
  if (!report.ok) throw new Error(report.missing.join(", "));
  const model = ms(t);
  t = performance.now();
  const docx = await docxBytes(report.document);
  const docxTime = ms(t);
  t = performance.now();
  const xlsx = await workbookBytes(report.specs, { timestamp: new Date(0), compression: nodeCompression });
  const xlsxTime = ms(t);
  writeFileSync(join(dir, "bao-cao.docx"), docx);
  writeFileSync(join(dir, "bao-cao.xlsx"), xlsx);
  console.log(`demo master, năm 2021: model + document ${model}; .docx ${docxTime}, ${kb(docx)}; .xlsx ${xlsxTime}, ${kb(xlsx)}`);
  console.log(`  pages (LibreOffice): .docx ${pages(join(dir, "bao-cao.docx")) ?? "-"}, .xlsx ${pages(join(dir, "bao-cao.xlsx")) ?? "-"}`);
}

async function synthetic(n: number, dir: string): Promise<void> {
  const c = syntheticConsolidation(n, AS_OF);
  let t = performance.now();
  const model = buildReport(c.plan, c.tasks, c.readings, reportPeriod(2021, "Y"), resolveSettings(c.plan, {}));
  const doc = reportDocument(model);
  const build = ms(t);
  t = performance.now();
  const docx = await docxBytes(doc);
  const docxTime = ms(t);
  t = performance.now();
  const xlsx = await workbookBytes(documentSheets(doc), { timestamp: new Date(0), compression: nodeCompression });
  const xlsxTime = ms(t);
  writeFileSync(join(dir, `bao-cao-${n}.docx`), docx);
  console.log(
    `${n.toLocaleString("en")} tasks (${model.next.length.toLocaleString("en")} open): model + document ${build}; .docx ${docxTime}, ${kb(docx)}; .xlsx ${xlsxTime}, ${kb(xlsx)}`,
  );
  if (n <= 1000) console.log(`  pages (LibreOffice): .docx ${pages(join(dir, `bao-cao-${n}.docx`)) ?? "-"}`);
}

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "cchc-bench-report-"));
  await demo(dir);
  for (const n of [1_000, 5_000]) await synthetic(n, dir);
  console.log(`files in ${dir}`);
}
void run();
