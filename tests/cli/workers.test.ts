import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";
import * as hostile from "../hostile/workbooks";

// Each file is read, and its tables found, in a worker thread with a memory limit: a file that
// needs more is stopped and named, and the rest go on (it never takes the run down with it).
describe("a file that needs more memory than a reading thread may use", () => {
  it("is named with the reason; the workbooks after it are still consolidated", async () => {
    const dir = tempDir("cchc-oom-");
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    // Read first ("A" sorts before the examples' names), so the files after it need a new worker.
    writeFileSync(join(inputs, "A-nhieu-dong.xlsx"), hostile.manyRows(60_000));
    for (const f of readdirSync(projectPath("examples"))) copyFileSync(projectPath("examples", f), join(inputs, f));
    const r = await runCli(["consolidate", inputs, "-o", join(dir, "m.xlsx"), "--as-of", "2021-12-15"], undefined, {
      CCHC_WORKER_MEMORY_MB: "48",
    });
    expect(r.code).toBe(0);
    expect(r.err).toEqual(["Lỗi: A-nhieu-dong.xlsx: Đọc tệp cần quá nhiều bộ nhớ nên đã dừng. (giới hạn 48 MB cho mỗi tệp)"]);
    expect(r.out[0]).toMatch(/^Đã tổng hợp 5\/6 tệp: 27 nhiệm vụ/);
  }, 60_000);
});
