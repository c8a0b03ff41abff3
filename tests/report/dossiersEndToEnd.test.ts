import { copyFileSync, mkdirSync, readdirSync } from "fs";
import { join } from "path";
import { readBack, tableValues } from "../helpers/xlsx";
import { runCli, tempDir } from "../helpers/cli";
import { pdfOf, pdfPages } from "../helpers/libreoffice";
import { projectPath } from "../helpers/shared";

// The one-stop system's statistics read with the officials' workbooks reach the master's Hồ sơ TTHC,
// and the report drawn from that master prints page numbers from page 2 in the .xlsx too.
describe("dossier statistics from the inputs to the report", () => {
  const dir = tempDir("cchc-dossiers-");
  const inputs = join(dir, "in");
  const master = join(dir, "master.xlsx");
  const report = join(dir, "bao-cao.xlsx");

  beforeAll(async () => {
    mkdirSync(inputs);
    for (const f of readdirSync(projectPath("examples")).filter((n) => n.endsWith(".xlsx")))
      copyFileSync(projectPath("examples", f), join(inputs, f));
    copyFileSync(
      projectPath("tests", "fixtures", "dossiers", "mot-cua_thong-ke-quy-III-2021.xlsx"),
      join(inputs, "mot-cua_thong-ke-quy-III-2021.xlsx"),
    );
    expect((await runCli(["consolidate", inputs, "-o", master, "--as-of", "2021-12-15"])).code).toBe(0);
    expect((await runCli(["report", master, "--period", "2021-Y", "-o", report])).code).toBe(0);
  }, 120_000);

  it("writes each field's statistics to Hồ sơ TTHC with where they came from", async () => {
    const rows = tableValues((await readBack(master)).getWorksheet("Hồ sơ TTHC")!).rows;
    expect(rows.map((r) => [r[0], r[7], r[12]])).toEqual([
      ["Hộ tịch", 35, "mot-cua_thong-ke-quy-III-2021.xlsx › Thống kê › row 10"],
      ["Chứng thực", 10, "mot-cua_thong-ke-quy-III-2021.xlsx › Thống kê › row 11"],
      ["Đất đai", 6, "mot-cua_thong-ke-quy-III-2021.xlsx › Thống kê › row 12"],
      ["Bảo trợ xã hội", 10, "mot-cua_thong-ke-quy-III-2021.xlsx › Thống kê › row 13"],
      ["Người có công", 3, "mot-cua_thong-ke-quy-III-2021.xlsx › Thống kê › row 14"],
    ]);
  });

  it("prints the report's page numbers top centre from page 2 (Nghị định 30)", () => {
    const { pdf, pages } = pdfOf(report);
    const texts = pdfPages(pdf, pages).map((p) =>
      p.text
        .split("\n")
        .find((l) => l.trim() !== "")
        ?.trim(),
    );
    expect(pages).toBeGreaterThan(2);
    expect(texts[0]).not.toBe("1");
    expect(texts.slice(1, 3)).toEqual(["2", "3"]);
  }, 120_000);
});
