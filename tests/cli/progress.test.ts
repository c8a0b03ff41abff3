import { spawnSync } from "child_process";
import { join } from "path";
import { formatDuration, progressLine, terminalProgress } from "../../src/cli/progress";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";

describe("the progress line", () => {
  it("says files read, rows, and the time left from the time per file so far", () => {
    expect(progressLine({ total: 40, done: 0, rows: 0, elapsedMs: 0 })).toBe("Đang đọc 0/40 tệp · 0 dòng");
    // 10 files in 20 s: 2 s a file, 30 left: a minute.
    expect(progressLine({ total: 40, done: 10, rows: 18_432, elapsedMs: 20_000 })).toBe(
      "Đang đọc 10/40 tệp · 18.432 dòng · còn khoảng 1 phút",
    );
    expect(progressLine({ total: 40, done: 40, rows: 70_000, elapsedMs: 80_000 })).toBe("Đang đọc 40/40 tệp · 70.000 dòng");
    expect([formatDuration(400), formatDuration(45_000), formatDuration(80_000), formatDuration(7_500_000)]).toEqual([
      "1 giây",
      "45 giây",
      "1 phút 20 giây",
      "2 giờ 5 phút",
    ]);
  });

  it("is one line rewritten in place on a terminal, cut to its width and cleared at the end", () => {
    const written: string[] = [];
    let now = 0;
    const p = terminalProgress({ isTTY: true, columns: 30, write: (t) => written.push(t) }, 3, () => now);
    now = 1000;
    p?.file(10);
    now = 1050; // within 100 ms of the last: not redrawn
    p?.file(5);
    now = 1060; // the last file always is
    p?.file(5);
    p?.done();
    expect(written).toEqual([
      "\rĐang đọc 0/3 tệp · 0 dòng\u001b[K",
      "\rĐang đọc 1/3 tệp · 10 dòng · \u001b[K",
      "\rĐang đọc 3/3 tệp · 20 dòng\u001b[K",
      "\r\u001b[K",
    ]);
  });

  it("writes nothing where the stream is not a terminal", () => {
    expect(terminalProgress({ isTTY: false, write: () => undefined }, 3)).toBeNull();
    expect(terminalProgress({ write: () => undefined }, 3)).toBeNull();
  });
});

describe("cchc consolidate's progress", () => {
  it("keeps stderr clean when it is not a terminal", async () => {
    const out = join(tempDir(), "master.xlsx");
    const r = await runCli(["consolidate", projectPath("examples"), "-o", out, "--as-of", "2021-12-15"]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.join("\n")).not.toMatch(/Đang đọc|\r/);
  }, 60_000);

  const hasScript = spawnSync("script", ["--version"]).status === 0;
  (hasScript ? it : it.skip)(
    "shows the line on a terminal (script gives the command a pseudo-terminal)",
    () => {
      const out = join(tempDir(), "master.xlsx");
      const command = [
        process.execPath,
        projectPath("bin", "cchc.js"),
        "consolidate",
        projectPath("examples"),
        "-o",
        out,
        "--as-of",
        "2021-12-15",
      ]
        .map((a) => `'${a}'`)
        .join(" ");
      const r = spawnSync("script", ["-qec", command, "/dev/null"], {
        encoding: "utf8",
        env: { ...process.env, CCHC_NOW: "2021-12-15T00:00:00Z" },
      });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("\rĐang đọc 0/5 tệp · 0 dòng\u001b[K");
      // The last count, then the line cleared before the summary.
      expect(r.stdout).toMatch(new RegExp(String.raw`\rĐang đọc 5/5 tệp · [\d.]+ dòng\u001b\[K\r\u001b\[KĐã tổng hợp`));
      expect(r.stdout).toContain("Đã tổng hợp 5/5 tệp");
    },
    60_000,
  );
});
