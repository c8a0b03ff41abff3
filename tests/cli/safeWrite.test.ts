import { spawn } from "child_process";
import { createHash } from "crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { CliRun, runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";
import { readBack } from "../helpers/xlsx";

// The master holds a quarter of the official's work: no interruption, full disk, size limit or
// second run may leave it damaged. Each run here would write a different master (a later as-of
// date), so an unchanged file proves that nothing was written over it.
const EXAMPLES = projectPath("examples");
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const consolidate = (out: string, asOf = "2021-12-20") => ["consolidate", EXAMPLES, "-o", out, "--as-of", asOf];
/** What is left beside the master besides itself (temporary files, locks). */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n !== "master.xlsx" && !n.startsWith("keep-"));

async function freshMaster(): Promise<{ dir: string; master: string; before: string }> {
  const dir = tempDir("cchc-safe-");
  const master = join(dir, "master.xlsx");
  const r = await runCli(consolidate(master, "2021-12-15"));
  expect(r.code).toBe(0);
  return { dir, master, before: sha(master) };
}

/** The command line under a shell limit on the size of files it writes (ulimit -f, in kB). */
function runCliWithFileLimit(argv: string[], kb: number): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const cli = [process.execPath, projectPath("bin", "cchc.js"), ...argv].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const child = spawn("bash", ["-c", `ulimit -f ${kb}; exec ${cli}`], { env: { ...process.env, CCHC_NOW: "2021-12-20T00:00:00Z" } });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, out: [], err: stderr.split("\n").filter((l) => l !== "") }));
  });
}

describe("writing the master never damages the one already there", () => {
  it("a full disk (ENOSPC) part way through: the old master byte for byte, no temporary file left", async () => {
    const { dir, master, before } = await freshMaster();
    const r = await runCli(consolidate(master), undefined, { CCHC_TEST_WRITE_FAULT: "enospc@4096" });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Lỗi: Không ghi được ${master}: ổ đĩa đã đầy. Tệp cũ (nếu có) vẫn nguyên vẹn.`);
    expect(sha(master)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("a file-size limit (ulimit -f) part way through: the old master byte for byte", async () => {
    const { dir, master, before } = await freshMaster();
    const r = await runCliWithFileLimit(consolidate(master), 8);
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toContain("tệp vượt giới hạn kích thước cho phép. Tệp cũ (nếu có) vẫn nguyên vẹn.");
    expect(sha(master)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("killed part way through: the old master byte for byte; the next run clears what the killed one left", async () => {
    const { dir, master, before } = await freshMaster();
    const killed = await runCli(consolidate(master), undefined, { CCHC_TEST_WRITE_FAULT: "kill@4096" });
    expect(killed.code).toBe(-1); // ended by a signal
    expect(sha(master)).toBe(before);
    expect(leftovers(dir).sort()).toEqual(["master.xlsx.cchc-lock", expect.stringMatching(/^\.master\.xlsx\.\d+-\w+\.cchc-tmp$/)].sort());
    // The killed run's lock names a process that is gone: the next run takes it over.
    const next = await runCli(consolidate(master));
    expect(next.code).toBe(0);
    expect(leftovers(dir)).toEqual([]);
    expect((await readBack(master)).getWorksheet("Nhiệm vụ")).toBeDefined();
  });

  it("two runs on one master: the second refuses while the first holds it, and the master is whole", async () => {
    const { dir, master } = await freshMaster();
    const [a, b] = await Promise.all([runCli(consolidate(master)), runCli(consolidate(master))]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 2]);
    const refused = a.code === 2 ? a : b;
    expect(refused.err.join("\n")).toMatch(
      /master\.xlsx đang được một lần chạy khác ghi \(PID \d+ trên máy .+\)\. Hãy đợi lần đó xong rồi chạy lại/,
    );
    expect((await readBack(master)).getWorksheet("Nhiệm vụ")).toBeDefined();
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  it("a lock held by a live process is respected; one left by a dead process is taken over", async () => {
    const { dir, master, before } = await freshMaster();
    const lock = join(dir, "master.xlsx.cchc-lock");
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: require("os").hostname(), started: "2021-12-20T08:00:00Z" }));
    const held = await runCli(consolidate(master));
    expect(held.code).toBe(2);
    expect(held.err.join("\n")).toContain(`(PID ${process.pid} trên máy`);
    expect(sha(master)).toBe(before);
    expect(existsSync(lock)).toBe(true);

    const gone = await new Promise<number>((resolve) => {
      const c = spawn(process.execPath, ["-e", ""]);
      c.on("close", () => resolve(c.pid!));
    });
    writeFileSync(lock, JSON.stringify({ pid: gone, host: require("os").hostname(), started: "2021-12-20T08:00:00Z" }));
    expect((await runCli(consolidate(master))).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it("a master open in Excel (~$master.xlsx beside it) is not replaced, and the run says why", async () => {
    const { dir, master, before } = await freshMaster();
    writeFileSync(join(dir, "~$master.xlsx"), "owner");
    const r = await runCli(consolidate(master));
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain(`${master} đang mở trong Excel (có tệp ~$master.xlsx bên cạnh)`);
    expect(sha(master)).toBe(before);
  });

  it("a report is written the same way: a full disk leaves the earlier report whole", async () => {
    const { dir, master } = await freshMaster();
    const report = join(dir, "keep-bao-cao.xlsx");
    const args = ["report", master, "--quarter", "2021-Q4", "-o", report];
    expect((await runCli(args)).code).toBe(0);
    const before = sha(report);
    const r = await runCli([...args, "--date", "2021-12-20"], undefined, { CCHC_TEST_WRITE_FAULT: "enospc@1000" });
    expect(r.code).toBe(1);
    expect(sha(report)).toBe(before);
  });
});
