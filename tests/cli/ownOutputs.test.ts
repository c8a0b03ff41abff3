import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";
import { readBack, tableValues } from "../helpers/xlsx";

// Last quarter's master and report left in the folder of officials' workbooks are ours: they
// are skipped with a line, never consolidated (they would count every task again).
const EXAMPLES = projectPath("examples");

describe("our own outputs among the inputs", () => {
  const dir = tempDir("cchc-own-");
  const inputs = join(dir, "in");

  beforeAll(async () => {
    mkdirSync(inputs);
    for (const f of readdirSync(EXAMPLES)) copyFileSync(join(EXAMPLES, f), join(inputs, f));
    const master = join(dir, "master-quy-4.xlsx");
    expect((await runCli(["consolidate", EXAMPLES, "-o", master, "--as-of", "2021-12-14"])).code).toBe(0);
    expect((await runCli(["report", master, "--quarter", "2021-Q4", "-o", join(inputs, "bao-cao-quy-4.xlsx")])).code).toBe(0);
    copyFileSync(master, join(inputs, "tong-hop-quy-4.xlsx"));
    // A master written before outputs were marked: known by its contract sheets.
    const zip = await JSZip.loadAsync(readFileSync(master));
    zip.remove("docProps/custom.xml");
    writeFileSync(join(inputs, "tong-hop-cu.xlsx"), await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  });

  it("skips them with a line each, and consolidates the officials' workbooks alone", async () => {
    const out = join(dir, "master.xlsx");
    const r = await runCli(["consolidate", inputs, "-o", out, "--as-of", "2021-12-15"]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      "Cảnh báo: bao-cao-quy-4.xlsx: bỏ qua: đây là báo cáo do cchc tạo ra, không phải sổ theo dõi của cán bộ.",
      "Cảnh báo: tong-hop-cu.xlsx: bỏ qua: đây là sổ tổng hợp do cchc tạo ra, không phải sổ theo dõi của cán bộ.",
      "Cảnh báo: tong-hop-quy-4.xlsx: bỏ qua: đây là sổ tổng hợp do cchc tạo ra, không phải sổ theo dõi của cán bộ.",
    ]);
    expect(r.out[0]).toMatch(/^Đã tổng hợp 5\/5 tệp \(bỏ qua 3 tệp do cchc tạo ra\): 27 nhiệm vụ, 19 số liệu chỉ số/);
    const problems = tableValues((await readBack(out)).getWorksheet("Kiểm tra")!).rows.filter((p) => p[1] === "OWN_OUTPUT_SKIPPED");
    expect(problems.map((p) => p[7])).toEqual(["bao-cao-quy-4.xlsx", "tong-hop-cu.xlsx", "tong-hop-quy-4.xlsx"]);
  });

  it("says so when there is nothing else to consolidate", async () => {
    const only = join(dir, "only");
    mkdirSync(only);
    copyFileSync(join(inputs, "tong-hop-quy-4.xlsx"), join(only, "tong-hop-quy-4.xlsx"));
    const r = await runCli(["consolidate", only, "-o", join(dir, "m2.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Lỗi: Không có sổ theo dõi nào của cán bộ để tổng hợp.");
  });
});
