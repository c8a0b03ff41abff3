import { readFileSync } from "fs";
import { join } from "path";
import { PlanFixtures, makePlanFixtures } from "../../scripts/make-plan-fixtures";
import { runCli, tempDir } from "../helpers/cli";
import { projectPath } from "../helpers/shared";
import { readBack, tableValues } from "../helpers/xlsx";

/** The command line with plans as files: Word, PDF, a scan, a text with no item or no date. */
let files: PlanFixtures;
const dir = tempDir("cchc-plan-cli-");
beforeAll(async () => {
  files = await makePlanFixtures(join(dir, "files"));
}, 120_000);

const fixture = (name: string) => projectPath("tests", "fixtures", "plans", name);

describe("cchc plan with a Word file and a PDF", () => {
  it("writes the plan model from a .docx and says whose plan it is", async () => {
    const out = join(dir, "kh49.json");
    const run = await runCli(["plan", files.kh49Docx, "-o", out]);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([`Đã đọc kế hoạch 49/KH-UBND: 3 tiêu chí (Ủy ban nhân dân xã Tân Bình, cấp xã) -> ${out}`]);
    // A Word file has no line numbers a user could look up: notes name the file only.
    expect(run.err).toEqual([`Cảnh báo: ${files.kh49Docx}: Mục 2.1: kế hoạch không có phần "Phân công trách nhiệm".`]);
    const plan = JSON.parse(readFileSync(out, "utf8"));
    expect(plan.identity).toMatchObject({ number: "49/KH-UBND", unitType: "xã", level: "xã", issued: "2021-09-29" });
    expect(plan.items.map((i: { code: string }) => i.code)).toEqual(["1.1", "1.2", "2.1"]);
  });

  it("names a scanned PDF and exits 1", async () => {
    const run = await runCli(["plan", files.scannedPdf, "-o", join(dir, "scan.json")]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      `Lỗi: ${files.scannedPdf}: PDF dạng ảnh quét, không có lớp chữ (1 trang): hãy dùng bản Word hoặc PDF xuất từ Word, hoặc nhận dạng chữ (OCR) trước`,
    ]);
  });
});

describe("cchc plan when the parser is unsure", () => {
  it("prints every note, file:line, also when no item is found, and exits 1", async () => {
    const input = fixture("phuong-khong-tieu-chi.txt");
    const run = await runCli(["plan", input, "-o", join(dir, "none.json")]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      `Cảnh báo: ${input}: Không thấy dòng địa danh, ngày tháng ("…, ngày … tháng … năm …") ở đầu văn bản.`,
      `Cảnh báo: ${input}:2: Không đọc được tên phường ban hành kế hoạch (dòng "PHƯỜNG")`,
      `Lỗi: ${input}: Không tìm thấy tiêu chí nào (dạng "1.1. Tiêu chí …", hoặc bảng nhiệm vụ "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | …") trong văn bản kế hoạch.`,
    ]);
  });

  it("asks for --plan-date when the text has no date, and uses it when given", async () => {
    const input = fixture("xa-tan-lap-khong-ngay.txt");
    const out = join(dir, "tan-lap.json");
    const asked = await runCli(["plan", input, "-o", out]);
    expect(asked.code).toBe(1);
    expect(asked.err[asked.err.length - 1]).toBe(
      `Lỗi: ${input}: Văn bản kế hoạch không ghi ngày ban hành và tên kế hoạch không ghi năm: cần nhập ngày ban hành. Hãy cho biết ngày ban hành bằng --plan-date YYYY-MM-DD.`,
    );
    const given = await runCli(["plan", input, "-o", out, "--plan-date", "2025-03-01"]);
    expect(given.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).identity).toMatchObject({ issued: "2025-03-01", firstYear: 2025, lastYear: 2025 });
  });

  it("refuses a --plan-date that is not a date", async () => {
    const run = await runCli(["plan", fixture("xa-tan-lap-khong-ngay.txt"), "-o", join(dir, "x.json"), "--plan-date", "1/3/2025"]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe('Lỗi: --plan-date phải là ngày dạng YYYY-MM-DD (nhận được "1/3/2025").');
  });
});

describe("consolidate and report with --plan as a Word file and a PDF", () => {
  it("builds the master against the Word plan's items and reports on them", async () => {
    const master = join(dir, "master.xlsx");
    const consolidated = await runCli([
      "consolidate",
      projectPath("examples"),
      "-o",
      master,
      "--as-of",
      "2021-12-15",
      "--plan",
      files.kh49Docx,
    ]);
    expect(consolidated.code).toBe(0);
    expect(consolidated.err).toContain(`Cảnh báo: ${files.kh49Docx}: Mục 2.1: kế hoạch không có phần "Phân công trách nhiệm".`);
    const rows = tableValues((await readBack(master)).getWorksheet("Kế hoạch")!).rows;
    expect(rows.map((r) => r[0])).toEqual(["1.1", "1.2", "2.1"]);

    const report = join(dir, "bao-cao.xlsx");
    const reported = await runCli(["report", master, "--quarter", "2021-Q4", "-o", report, "--plan", files.kh49Pdf]);
    expect(reported.code).toBe(0);
    expect(reported.out[0]).toMatch(/^Đã lập báo cáo quý IV năm 2021 .*: \d\/3 tiêu chí đạt/);
  });
});
