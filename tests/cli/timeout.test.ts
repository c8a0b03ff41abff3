import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";

// The command line reads files in worker threads it can stop: a file still being read after the
// time limit is named and skipped. A 1 ms limit makes every file "too slow".
describe("the command line's time limit per file", () => {
  it("stops a file that takes too long, names it as too slow, and goes on with the others", async () => {
    const out = join(tempDir(), "m.xlsx");
    const args = ["consolidate", projectPath("examples"), "-o", out, "--as-of", "2021-12-15"];
    const slow = await runCli(args, undefined, { CCHC_READ_TIMEOUT_MS: "1" });
    expect(slow.code).toBe(1);
    expect(slow.err).toContain("Lỗi: VPTK_theo-doi-CCHC-2021.xlsx: Đọc tệp quá thời gian cho phép nên đã dừng. (giới hạn 0,001 giây)");
    expect(slow.err).toContain("Lỗi: Không đọc được tệp nào.");
    const normal = await runCli(args);
    expect(normal.code).toBe(0);
    expect(normal.out.join("\n")).toContain("Đã tổng hợp 5/5 tệp: 27 nhiệm vụ");
  }, 120_000);
});
