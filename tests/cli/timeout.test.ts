import { execFileSync, spawnSync } from "child_process";
import { join } from "path";
import { tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";

// The compiled command line reads files in worker threads it can stop: a file still parsing
// after the time limit is named and skipped. A 1 ms limit makes every file "too slow".
describe("the command line's time limit per file", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [projectPath("node_modules", "typescript", "bin", "tsc"), "-p", projectPath("tsconfig.cli.json")], {
      stdio: "pipe",
    });
  }, 120_000);

  it("stops a file that takes too long, names it, and goes on with the others", () => {
    const out = join(tempDir(), "m.xlsx");
    const cli = (env: Record<string, string>) =>
      spawnSync(
        process.execPath,
        [projectPath("bin", "cchc.js"), "consolidate", projectPath("examples"), "-o", out, "--as-of", "2021-12-15"],
        { encoding: "utf8", env: { ...process.env, ...env } },
      );
    const slow = cli({ CCHC_READ_TIMEOUT_MS: "1" });
    expect(slow.status).toBe(1);
    expect(slow.stderr).toContain("VPTK_theo-doi-CCHC-2021.xlsx: Tệp quá lớn để đọc an toàn. (đọc quá 0 giây nên đã dừng)");
    expect(slow.stderr).toContain("Không đọc được tệp nào.");
    const normal = cli({});
    expect(normal.status).toBe(0);
    expect(normal.stdout).toContain("Đã tổng hợp 5/5 tệp: 27 nhiệm vụ");
  }, 120_000);
});
