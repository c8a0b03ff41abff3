import { createHash } from "crypto";
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";

// Each output says what it is (a document property), and no command replaces a file it did not
// mean to: not its input, not a master, not an official's workbook; --force for the deliberate case.
const EXAMPLES = projectPath("examples");
const PLAN_TXT = projectPath("plans", "ke-hoach-49-KH-UBND-2021.txt");
const OFFICIAL = join(EXAMPLES, "VHXH_tuyen-truyen-2021.xlsx");
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function customProperty(path: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return zip.file("docProps/custom.xml")?.async("string");
}

/** An output as an older version wrote it: no mark. */
async function withoutMark(from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(from));
  zip.remove("docProps/custom.xml");
  writeFileSync(to, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

describe("what the commands write over", () => {
  const dir = tempDir("cchc-outputs-");
  const master = join(dir, "master.xlsx");
  const report = (name: string, ...more: string[]) => ["report", master, "--quarter", "2021-Q4", "-o", join(dir, name), ...more];

  beforeAll(async () => {
    expect((await runCli(["consolidate", EXAMPLES, "-o", master, "--as-of", "2021-12-15"])).code).toBe(0);
  });

  it("marks each output with what it is", async () => {
    expect((await runCli(report("bao-cao.xlsx"))).code).toBe(0);
    expect((await runCli(["plan", PLAN_TXT, "-o", join(dir, "ke-hoach.xlsx")])).code).toBe(0);
    for (const [file, kind] of [
      ["master.xlsx", "master"],
      ["bao-cao.xlsx", "report"],
      ["ke-hoach.xlsx", "plan"],
    ]) {
      expect(await customProperty(join(dir, file))).toContain(`name="cchc-tracker"><vt:lpwstr>${kind}</vt:lpwstr>`);
    }
  });

  it("report -o refuses its own input, a master, and an official's workbook; replaces an earlier report", async () => {
    const before = sha(master);
    const self = await runCli(["report", master, "--quarter", "2021-Q4", "-o", master, "--force"]);
    expect([self.code, self.err.join("\n")]).toEqual([2, expect.stringContaining("là tệp đầu vào của lệnh này nên không bị ghi đè")]);
    expect(sha(master)).toBe(before);

    const otherMaster = join(dir, "master-quy-3.xlsx");
    copyFileSync(master, otherMaster);
    const overMaster = await runCli(report("master-quy-3.xlsx"));
    expect([overMaster.code, overMaster.err.join("\n")]).toEqual([
      2,
      expect.stringContaining("đã có và là sổ tổng hợp do cchc tạo ra; sẽ không ghi đè"),
    ]);
    expect(sha(otherMaster)).toBe(before);

    const official = join(dir, "so-theo-doi.xlsx");
    copyFileSync(OFFICIAL, official);
    const overOfficial = await runCli(report("so-theo-doi.xlsx"));
    expect([overOfficial.code, overOfficial.err.join("\n")]).toEqual([
      2,
      expect.stringContaining("đã có và không phải báo cáo do cchc tạo ra"),
    ]);
    expect(sha(official)).toBe(sha(OFFICIAL));

    expect((await runCli(report("bao-cao-2.xlsx"))).code).toBe(0);
    expect((await runCli(report("bao-cao-2.xlsx", "--date", "2021-12-20"))).code).toBe(0);
  });

  it("consolidate -o never writes over a workbook among its inputs, even with --force", async () => {
    const inputs = join(dir, "so-cac-can-bo");
    require("fs").mkdirSync(inputs);
    const official = join(inputs, "so-theo-doi.xlsx");
    copyFileSync(OFFICIAL, official);
    copyFileSync(join(EXAMPLES, "TCKT_giai-ngan-von-2021.xlsx"), join(inputs, "giai-ngan.xlsx"));
    const r = await runCli(["consolidate", inputs, "-o", official, "--force"]);
    expect([r.code, r.err.join("\n")]).toEqual([
      2,
      expect.stringContaining("là một sổ theo dõi trong các tệp đầu vào nên không bị ghi đè"),
    ]);
    expect(sha(official)).toBe(sha(OFFICIAL));
  });

  it("--force replaces what is not an input, deliberately", async () => {
    const official = join(dir, "cu.xlsx");
    copyFileSync(OFFICIAL, official);
    expect((await runCli(report("cu.xlsx", "--force"))).code).toBe(0);
    expect(await customProperty(official)).toContain("report");
  });

  it("marks a Word report too, and replaces it on the next run", async () => {
    expect((await runCli(report("bao-cao.docx"))).code).toBe(0);
    expect(await customProperty(join(dir, "bao-cao.docx"))).toContain("<vt:lpwstr>report</vt:lpwstr>");
    expect((await runCli(report("bao-cao.docx", "--date", "2021-12-20"))).code).toBe(0);
  });

  it("recognises an earlier report written before outputs were marked, by its sheets", async () => {
    const old = join(dir, "bao-cao-cu.xlsx");
    await withoutMark(join(dir, "bao-cao.xlsx"), old);
    expect(await customProperty(old)).toBeUndefined();
    expect((await runCli(report("bao-cao-cu.xlsx"))).code).toBe(0);
  });

  it("plan -o refuses a master, a JSON that is not a plan, and its own input; replaces an earlier plan", async () => {
    const before = sha(master);
    const overMaster = await runCli(["plan", PLAN_TXT, "-o", master]);
    expect([overMaster.code, overMaster.err.join("\n")]).toEqual([2, expect.stringContaining("đã có và là sổ tổng hợp do cchc tạo ra")]);
    expect(sha(master)).toBe(before);

    const settings = join(dir, "cai-dat.json");
    writeFileSync(settings, '{"mine": true}\n');
    expect((await runCli(["plan", PLAN_TXT, "-o", settings])).code).toBe(2);
    expect(readFileSync(settings, "utf8")).toBe('{"mine": true}\n');

    const text = join(dir, "ke-hoach.txt");
    copyFileSync(PLAN_TXT, text);
    const self = await runCli(["plan", text, "-o", text]);
    expect([self.code, self.err.join("\n")]).toEqual([2, expect.stringContaining("là tệp đầu vào")]);
    expect(sha(text)).toBe(sha(PLAN_TXT));

    const json = join(dir, "plan.json");
    expect((await runCli(["plan", PLAN_TXT, "-o", json])).code).toBe(0);
    expect((await runCli(["plan", PLAN_TXT, "-o", json])).code).toBe(0);
  });
});
