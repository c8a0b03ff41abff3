/**
 * Benchmark: 100 and 400 workbooks x 500 task rows in mixed layouts. For each, in the same run: the
 * machine's floor (scripts/benchFloor.ts: inflate and scan every sheet to cell values, then
 * deflate, checksum and zip the same bytes cchc writes), the wall time of `cchc consolidate`, their
 * ratio and the consolidate process's peak RSS. Targets: ratio <= 3 at 100 files and not growing,
 * peak RSS < 500 MB at 400 files.
 *   npm run bench:consolidate [-- --sizes 100,400 --rows 500]
 */
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "fs";
import { join } from "path";
import { tmpdir } from "os";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const sizesArg = process.argv.indexOf("--sizes");
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(",").map(Number) : [100, 400];
const ROWS = arg("--rows", 500);
const ROOT = join(__dirname, "..", "..");
const dirOf = (files: number) => join(tmpdir(), `cchc-bench-${files}x${ROWS}`);

const CODES = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "2.4", "2.5"];
const STATUSES = ["Đã HT", "đang TH", "chưa TH", "Hoàn thành", "xong", "Đang thực hiện"];
const LEADS = ["CC VP-TK", "BP TN&TKQ", "CT UBND xã", "TC-KT", "VH-XH", "PCT UBND"];

function row(i: number, f: number): ExcelJS.CellValue[] {
  const done = i % 3 === 0;
  return [
    i + 1,
    CODES[(i + f) % CODES.length],
    `Nhiệm vụ số ${i + 1} của tệp ${f + 1}: rà soát, cập nhật hồ sơ thủ tục hành chính và báo cáo kết quả`,
    LEADS[(i + f) % LEADS.length],
    new Date(Date.UTC(2021, 9 + (i % 3), 1 + (i % 28))),
    done ? 100 : (i * 7) % 100,
    done ? STATUSES[i % 2 === 0 ? 0 : 3] : STATUSES[1 + (i % 2)],
    done ? new Date(Date.UTC(2021, 9, 1 + (i % 28))) : null,
    done ? `Văn bản ${i}/UBND` : "",
  ];
}

async function makeWorkbook(f: number, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const layout = f % 3;
  const headers =
    layout === 1
      ? ["TT", "Ma TC", "Noi dung cong viec", "Chu tri", "Han hoan thanh", "Tien do", "Trang thai", "Ngay hoan thanh", "Minh chung"]
      : ["STT", "Tiêu chí", "Nội dung công việc", "Chủ trì", "Thời hạn", "Tiến độ (%)", "Trạng thái", "Ngày hoàn thành", "Minh chứng"];
  const sheets = layout === 2 ? 2 : 1; // layout 2: one sheet per quarter, the rows split between them
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(layout === 2 ? `Quý ${s === 0 ? "III" : "IV"}` : "Theo dõi");
    let r = 1;
    if (layout !== 1) {
      ws.mergeCells(1, 1, 1, 9);
      ws.getCell(1, 1).value = "BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH 49/KH-UBND";
      r = 3;
    }
    ws.getRow(r).values = headers;
    const per = Math.ceil(ROWS / sheets);
    for (let i = s * per; i < Math.min(ROWS, (s + 1) * per); i++) ws.getRow(++r).values = row(i, f);
    ws.getRow(r + 2).values = [null, "Tổng cộng"];
  }
  await wb.xlsx.writeFile(join(dir, `bo-so-${String(f + 1).padStart(3, "0")}.xlsx`));
}

/** Runs a node process; returns its wall time, its own peak RSS and its last line. */
function measure(args: string[]): { ms: number; maxRssMb: number; last: string } {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  const last = out.trim().split("\n").pop() ?? "{}";
  return { ms, maxRssMb: (JSON.parse(last) as { maxRSS: number }).maxRSS / 1024, last };
}

async function ensureData(files: number): Promise<string> {
  const dir = dirOf(files);
  const have = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".xlsx")).length : 0;
  if (have !== files) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < files; f++) await makeWorkbook(f, dir);
  }
  return dir;
}

async function run(): Promise<void> {
  const rss = "console.log(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }))";
  for (const files of SIZES) {
    const dir = await ensureData(files);
    const out = join(tmpdir(), `cchc-bench-master-${files}x${ROWS}.xlsx`);
    // A fresh master each time: into an existing one, consolidate first reads it back to keep entries.
    rmSync(out, { force: true });
    const ours = measure([
      "-e",
      `require("./build/src/cli/heapGrowth.js").boundHeapGrowth(); require("./build/src/cli/main.js").main(["consolidate", ${JSON.stringify(dir)}, "-o", ${JSON.stringify(out)}, "--as-of", "2021-12-15"]).then((code) => { if (code !== 0) process.exit(code); ${rss} });`,
    ]);
    const floorRun = measure([join(ROOT, "build", "scripts", "benchFloor.js"), dir, out]);
    const floor = JSON.parse(floorRun.last) as { readMs: number; writeMs: number; cells: number; bytesWritten: number };
    const floorMs = floor.readMs + floor.writeMs;
    console.log(
      `${files} workbooks x ${ROWS} rows: floor ${(floorMs / 1000).toFixed(2)} s (read ${(floor.readMs / 1000).toFixed(2)} + write ${(floor.writeMs / 1000).toFixed(2)}; ${floor.cells} cells, ${(floor.bytesWritten / 1e6).toFixed(1)} MB written), floor peak RSS ${floorRun.maxRssMb.toFixed(0)} MB`,
    );
    console.log(
      `  cchc consolidate ${(ours.ms / 1000).toFixed(2)} s, peak RSS ${ours.maxRssMb.toFixed(0)} MB; consolidate / floor = ${(ours.ms / floorMs).toFixed(2)}`,
    );
  }
}
void run();
