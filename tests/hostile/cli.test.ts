import { spawn } from "child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";
import { readBack, tableValues } from "../helpers/xlsx";
import * as hostile from "./workbooks";

// Each generated hostile workbook beside an ordinary official's workbook, through the command
// line in its own process: the hostile one is named with its reason, the ordinary one is still
// consolidated, and the run stays within memory and time bounds. The bounds are safety bounds
// (what the attack cost before, far above what a run costs now), not speed targets:
// npm run bench:hostile prints the figures.

interface MeasuredRun {
  code: number;
  out: string[];
  err: string[];
  /** The whole process's peak resident memory (all threads), in MB. */
  peakMb: number;
  seconds: number;
}

/**
 * Runs the compiled command line and reports its own peak RSS: VmHWM of /proc/self/status, which
 * starts afresh with the program (getrusage's maxRSS carries over the peak of the jest worker that
 * forked it, so a memory-hungry test run before it in the same worker made this one fail).
 */
function runMeasured(argv: string[], env: Record<string, string> = {}): Promise<MeasuredRun> {
  const rssFile = join(tempDir("cchc-rss-"), "rss");
  const bin = projectPath("bin", "cchc.js");
  const peak =
    `(() => { try { const m = /VmHWM:\\s+(\\d+)/.exec(require("fs").readFileSync("/proc/self/status", "utf8")); if (m) return m[1]; } catch {} ` +
    `return String(process.resourceUsage().maxRSS); })()`;
  const script =
    `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(rssFile)}, ${peak}));` +
    `process.argv.splice(1, 0, ${JSON.stringify(bin)}); require(${JSON.stringify(bin)});`;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", script, ...argv], { env: { ...process.env, CCHC_NOW: "2021-12-15T00:00:00Z", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = (s: string) => s.split("\n").filter((l) => l !== "");
      const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : NaN;
      resolve({ code: code ?? -1, out: lines(stdout), err: lines(stderr), peakMb: kb / 1024, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** The hostile file and an ordinary workbook in a folder of their own, consolidated. */
async function consolidateBeside(
  name: string,
  bytes: Uint8Array,
  env: Record<string, string> = {},
): Promise<MeasuredRun & { master: string }> {
  const dir = tempDir("cchc-hostile-");
  mkdirSync(join(dir, "in"));
  writeFileSync(join(dir, "in", name), bytes);
  writeFileSync(join(dir, "in", "binh-thuong.xlsx"), hostile.ordinaryWorkbook(3));
  const master = join(dir, "master.xlsx");
  const run = await runMeasured(["consolidate", join(dir, "in"), "-o", master, "--as-of", "2021-12-15"], env);
  return { ...run, master };
}

const READ_BOTH = /^Đã tổng hợp 2\/2 tệp: /;
const READ_ORDINARY_ONLY = /^Đã tổng hợp 1\/2 tệp: 3 nhiệm vụ/;

describe("hostile workbooks through the command line", () => {
  it("a zip bomb (1.9 MB -> 2 GB, size declared): named, never inflated; was 3.9 GB of memory", async () => {
    const r = await consolidateBeside("bom.xlsx", hostile.zipBomb(2));
    expect(r.err).toEqual([
      "Lỗi: bom.xlsx: Tệp bị hỏng hoặc quá lớn: một phần bên trong không giải nén được trong giới hạn an toàn. (xl/worksheets/sheet1.xml: khai báo 2.000 MB khi giải nén, giới hạn 100 MB mỗi phần)",
    ]);
    expect([r.code, r.out[0]]).toEqual([0, expect.stringMatching(READ_ORDINARY_ONLY)]);
    expect(r.peakMb).toBeLessThan(400);
  }, 60_000);

  it("a zip bomb whose header lies (declares 4 kB): stopped one byte past it; was 2 GB and jszip's words", async () => {
    const r = await consolidateBeside("bom-noi-doi.xlsx", hostile.zipBomb(2, 4096));
    expect(r.err.join("\n")).toContain("bom-noi-doi.xlsx: Tệp bị hỏng hoặc quá lớn");
    expect(r.err.join("\n")).not.toMatch(/Bug|mismatch/);
    expect(r.out[0]).toMatch(READ_ORDINARY_ONLY);
    expect(r.peakMb).toBeLessThan(400);
  }, 60_000);

  it("many parts, each under the part cap, over the cap per file together", async () => {
    const r = await consolidateBeside("nhieu-phan.xlsx", hostile.manyPartBomb(4, 90));
    expect(r.err.join("\n")).toContain("nhieu-phan.xlsx: Tệp bị hỏng hoặc quá lớn");
    expect(r.out[0]).toMatch(READ_ORDINARY_ONLY);
    expect(r.peakMb).toBeLessThan(700);
  }, 60_000);

  it.each([
    ["billion laughs in a sheet", () => hostile.billionLaughs("sheet")],
    ["billion laughs in the shared strings", () => hostile.billionLaughs("sharedStrings")],
    ["an external entity (XXE)", () => hostile.externalEntity()],
  ])("%s: refused as unsafe, nothing expanded", async (_what, make) => {
    const r = await consolidateBeside("thuc-the.xlsx", make());
    expect(r.err.join("\n")).toContain("thuc-the.xlsx: Tệp chứa khai báo XML không an toàn");
    expect(r.err.join("\n")).not.toContain("root:");
    expect(r.out[0]).toMatch(READ_ORDINARY_ONLY);
    expect(r.peakMb).toBeLessThan(300);
  });

  it("parts and a sheet that climb out of the package: read as far as they are sound, nothing written outside", async () => {
    const marker = `cchc-escape-${process.pid}-${Date.now()}`;
    const r = await consolidateBeside("leo-ra.xlsx", hostile.pathTraversal(marker));
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(READ_BOTH);
    expect(existsSync(join(tmpdir(), marker))).toBe(false);
    expect(existsSync(join(tmpdir(), `${marker}-abs`))).toBe(false);
  });

  it("40,000 merged ranges, rows merged out to XFD around the header: read in seconds; was 110 s of the main thread", async () => {
    const r = await consolidateBeside("gop-o.xlsx", hostile.hugeMerges(40_000));
    expect([r.code, r.out[0]]).toEqual([0, expect.stringMatching(/^Đã tổng hợp 2\/2 tệp: 6 nhiệm vụ/)]);
    expect(r.seconds).toBeLessThan(30);
    expect(r.peakMb).toBeLessThan(400);
  }, 60_000);

  it("corrupt deflate data and a package cut short: each named, in our words", async () => {
    const corrupt = await consolidateBeside("hong.xlsx", hostile.corruptDeflate());
    expect(corrupt.err.join("\n")).toMatch(/hong\.xlsx: Tệp bị hỏng hoặc quá lớn: .*xl\/worksheets\/sheet1\.xml/);
    expect(corrupt.out[0]).toMatch(READ_ORDINARY_ONLY);
    const cut = await consolidateBeside("cat-cut.xlsx", hostile.truncated());
    expect(cut.err.join("\n")).toContain("cat-cut.xlsx: Tệp hỏng hoặc bị cắt cụt");
    expect(cut.out[0]).toMatch(READ_ORDINARY_ONLY);
  });

  it("rows past the reader's limit: named in Kiểm tra with the sheet and how many, not dropped in silence", async () => {
    const r = await consolidateBeside("dai.xlsx", hostile.rowsPastLimit(200_000, 7));
    expect(r.code).toBe(0);
    const problems = tableValues((await readBack(r.master)).getWorksheet("Kiểm tra")!).rows.filter((p) => p[1] === "ROWS_NOT_READ");
    expect(problems.map((p) => [p[2], p[3], p[6]])).toEqual([
      [
        "Theo dõi",
        200_001,
        "Sheet vượt giới hạn đọc, phần sau không được đọc: 7 dòng sau dòng 200.000 không được đọc (mỗi sheet đọc tối đa 200.000 dòng); hãy tách sheet thành nhiều sheet nhỏ hơn.",
      ],
    ]);
  });

  it("a text longer than an Excel cell: cut with a note in the master and in the report, and named in Kiểm tra", async () => {
    const r = await consolidateBeside("o-dai.xlsx", hostile.longCell(40_000));
    expect(r.code).toBe(0);
    const note = / … \[đã cắt: ô gốc dài 39\.999 ký tự\]$/; // the source's text, its trailing space trimmed
    const wb = await readBack(r.master);
    const task = tableValues(wb.getWorksheet("Nhiệm vụ")!).rows.find((t) => String(t[2]).startsWith("Rà soát"))!;
    expect(String(task[2]).length).toBe(32_767);
    expect(String(task[2])).toMatch(note);
    const problems = tableValues(wb.getWorksheet("Kiểm tra")!).rows.filter((p) => p[1] === "CELL_TOO_LONG");
    expect(problems.map((p) => [p[2], p[3], p[4]])).toEqual([["Theo dõi", 2, "C"]]);

    const report = r.master.replace("master.xlsx", "bao-cao.xlsx");
    expect((await runMeasured(["report", r.master, "--quarter", "2021-Q4", "-o", report])).code).toBe(0);
    const cells = (await readBack(report)).worksheets
      .flatMap((ws) => ws.getSheetValues())
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .filter((v) => typeof v === "string");
    // The report quotes the task in a sentence of its own, longer again: cut again, with its note.
    const cut = cells.find((v) => (v as string).includes("Rà soát thủ tục hành chính")) as string;
    expect(cut.length).toBe(32_767);
    expect(cut).toMatch(/ … \[đã cắt: ô gốc dài [\d.]+ ký tự\]$/);
  });
});
