import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { pdfOf } from "../helpers/libreoffice";
import { projectPath } from "../helpers/shared";

/** A page's text on one line, spaces folded (pdftotext lays columns out with runs of spaces). */
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The annual report on the examples as consolidated, with nothing typed into the master: what a
 * district reviewer reads in it, as LibreOffice prints it.
 */
describe("cchc report: the annual report's wording, from the examples as they are", () => {
  const dir = tempDir();
  const master = join(dir, "master.xlsx");
  const docx = join(dir, "bao-cao-nam-2021.docx");
  let run: { code: number; out: string[]; err: string[] };
  let body = "";

  beforeAll(async () => {
    expect((await runCli(["consolidate", projectPath("examples"), "-o", master, "--as-of", "2021-12-15"])).code).toBe(0);
    run = await runCli(["report", master, "--period", "2021-Y", "-o", docx]);
    expect(run.code).toBe(0);
    body = flat(pdfOf(docx).text);
  });

  /** The text between two headings. */
  const between = (from: string, to: string) => body.slice(body.indexOf(from), body.indexOf(to, body.indexOf(from))).trim();

  it("gives III its causes: blanks to fill in when Nội dung báo cáo has none, and says so as for I and V", () => {
    expect(run.err).toContain(
      'Cảnh báo: mục "III. Nguyên nhân" chưa có nội dung cho năm 2021 trong sheet Nội dung báo cáo: ' +
        "báo cáo để trống (dòng chấm) phần nguyên nhân khách quan, chủ quan, cần điền trước khi ký.",
    );
    const causes = between("2. Nguyên nhân", "IV. PHƯƠNG HƯỚNG");
    expect(causes).toMatch(/^2\. Nguyên nhân - Nguyên nhân khách quan: …{20,} - Nguyên nhân chủ quan: …{20,}$/u);
  });

  it("words section IV's early warning as an administrative report does: no method, no formula, no instruction", () => {
    const next = between("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022", "V. ĐỀ XUẤT, KIẾN NGHỊ");
    expect(next).toContain(
      "Dự kiến đến hết năm 2021, tiêu chí 1.2 đạt khoảng 99 %, chưa đạt chỉ tiêu 100 %. Cần tập trung chỉ đạo, đẩy nhanh tiến độ thực hiện tiêu chí 1.2.",
    );
    expect(next).not.toMatch(/bình phương|Σ|đường thẳng|cần ít nhất|Chưa đủ số liệu để dự báo|Cảnh báo sớm/u);
  });
});
