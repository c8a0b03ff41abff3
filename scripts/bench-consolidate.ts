/**
 * Benchmark: 100 workbooks x 500 task rows in mixed layouts. Prints, from one run, the time of a
 * bare exceljs read of all the files (the floor), the time of `cchc consolidate` on them, their
 * ratio, and the peak RSS of the consolidate process. Target: ratio <= 1.5, peak RSS < 1 GB.
 *   npm run bench:consolidate [-- --files 100 --rows 500]
 */
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { mkdirSync, readdirSync, rmSync } from "fs";
import { join } from "path";
import { tmpdir } from "os";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FILES = arg("--files", 100);
const ROWS = arg("--rows", 500);
const ROOT = join(__dirname, "..", "..");
const DIR = join(tmpdir(), `cchc-bench-${FILES}x${ROWS}`);

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

async function makeWorkbook(f: number): Promise<void> {
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
  await wb.xlsx.writeFile(join(DIR, `bo-so-${String(f + 1).padStart(3, "0")}.xlsx`));
}

/** Runs a script in a fresh node process; returns its wall time and its own peak RSS. */
function measure(script: string): { ms: number; maxRssMb: number } {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  const last = out.trim().split("\n").pop() ?? "{}";
  return { ms, maxRssMb: (JSON.parse(last) as { maxRSS: number }).maxRSS / 1024 };
}

async function run(): Promise<void> {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (let f = 0; f < FILES; f++) await makeWorkbook(f);
  const files = readdirSync(DIR).filter((n) => n.endsWith(".xlsx"));
  console.log(`${files.length} workbooks x ${ROWS} task rows in ${DIR}`);

  const rss = "console.log(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }))";
  const floor = measure(
    `const ExcelJS = require("exceljs"); const fs = require("fs"); (async () => { for (const f of fs.readdirSync(${JSON.stringify(DIR)}).filter((n) => n.endsWith(".xlsx")).sort()) { const wb = new ExcelJS.Workbook(); await wb.xlsx.load(fs.readFileSync(${JSON.stringify(DIR)} + "/" + f)); } ${rss} })();`,
  );
  const out = join(DIR, "..", `cchc-bench-master-${FILES}x${ROWS}.xlsx`);
  // A fresh master each time: into an existing one, consolidate first reads it back to keep entries.
  rmSync(out, { force: true });
  const ours = measure(
    `require("./build/src/cli/main.js").main(["consolidate", ${JSON.stringify(DIR)}, "-o", ${JSON.stringify(out)}, "--as-of", "2021-12-15"]).then((code) => { if (code !== 0) process.exit(code); ${rss} });`,
  );
  console.log(`bare exceljs read (floor): ${(floor.ms / 1000).toFixed(2)} s, peak RSS ${floor.maxRssMb.toFixed(0)} MB`);
  console.log(`cchc consolidate:          ${(ours.ms / 1000).toFixed(2)} s, peak RSS ${ours.maxRssMb.toFixed(0)} MB`);
  console.log(`ratio: ${(ours.ms / floor.ms).toFixed(2)} (target <= 1.5); peak RSS target < 1024 MB`);
}
void run();
