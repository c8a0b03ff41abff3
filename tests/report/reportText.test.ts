import { spawnSync } from "child_process";
import { readFileSync } from "fs";
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
  let pdf = "";

  beforeAll(async () => {
    expect((await runCli(["consolidate", projectPath("examples"), "-o", master, "--as-of", "2021-12-15"])).code).toBe(0);
    run = await runCli(["report", master, "--period", "2021-Y", "-o", docx]);
    expect(run.code).toBe(0);
    const printed = pdfOf(docx);
    body = flat(printed.text);
    pdf = printed.pdf;
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

  it("draws NĐ 30's two rules on page 1, as LibreOffice prints them: under the issuing body and under the trích yếu, 1/3–1/2 of the line, centred", () => {
    // Page 1 at 144 dpi (2 pixels a point), grey; the words' boxes in points.
    const base = join(dir, "page1");
    spawnSync("pdftoppm", ["-gray", "-r", "144", "-f", "1", "-l", "1", "-singlefile", pdf, base]);
    const pgm = readFileSync(`${base}.pgm`);
    const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString("latin1"))!;
    const [w, h, offset] = [Number(head[1]), Number(head[2]), head[0].length];
    const dark = (x: number, y: number) => pgm[offset + y * w + x] < 128;
    // Solid horizontal lines at least 20 pt long, one per line (a line 1–2 px thick gives adjacent rows).
    const lines: Array<{ y: number; from: number; to: number }> = [];
    for (let y = 0; y < h / 2; y++) {
      for (let x = 0; x < w; x++) {
        let end = x;
        while (end < w && dark(end, y)) end++;
        const run = { y: y / 2, from: x / 2, to: end / 2 };
        if (end - x >= 40 && !lines.some((l) => Math.abs(l.y - run.y) <= 1.5 && Math.abs(l.from - run.from) <= 2)) lines.push(run);
        x = end;
      }
    }
    const words = [
      ...spawnSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }).stdout.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] }));
    /** The extent of the printed line that starts with the first word `first`: the words after it, each close to the last. */
    const lineOf = (first: string) => {
      const start = words.find((x) => x.text === first)!;
      const same = words.filter((x) => Math.abs(x.y0 - start.y0) < 1 && x.x0 >= start.x0).sort((a, b) => a.x0 - b.x0);
      let to = start.x1;
      for (const x of same) if (x.x0 - to < 12) to = Math.max(to, x.x1);
      return { from: start.x0, to, top: start.y0, bottom: start.y1 };
    };
    const check = (text: { from: number; to: number; top: number; bottom: number }) => {
      const rule = lines.find((l) => l.y > text.bottom && l.y < text.bottom + 14 && l.from > text.from - 5 && l.to < text.to + 5);
      expect(rule).toBeDefined();
      const ratio = (rule!.to - rule!.from) / (text.to - text.from);
      expect(ratio).toBeGreaterThanOrEqual(1 / 3);
      expect(ratio).toBeLessThanOrEqual(1 / 2);
      expect(Math.abs((rule!.from + rule!.to) / 2 - (text.from + text.to) / 2)).toBeLessThan(4);
    };
    check(lineOf("XÃ")); // XÃ TÂN BÌNH
    // The trích yếu's second line ends the title: the rule comes under it, sized by the first (longest) line.
    const title = lineOf("Kết");
    const second = words.find((x) => x.y0 > title.top + 5 && x.y0 < title.top + 30)!;
    check({ ...title, bottom: second.y1 });
  });

  it("says an item with a value but no baseline cannot be judged yet, never 'no data', and warns once naming the items", () => {
    expect(run.err).toContain(
      'Cảnh báo: chưa nhập "Giá trị năm gốc" trong sheet Kế hoạch cho các tiêu chí 1.1, 1.6, 2.1, 2.2, 2.3, 2.4, 2.5 (năm 2020): ' +
        'báo cáo ghi "Chưa đánh giá được" cho các tiêu chí này. Hãy nhập kết quả năm gốc rồi lập lại báo cáo.',
    );
    expect(body).toContain("2.1. Chỉ số hài lòng về tiếp cận dịch vụ (chỉ tiêu: cao hơn năm 2020): quý III/2021: 82,5 %;");
    expect(body).toMatch(/82,5 %; 1\/3 nhiệm vụ hoàn thành; chưa đánh giá được \(chưa có kết quả năm 2020 để so sánh\)\./u);
    expect(between("III. TỒN TẠI", "2. Nguyên nhân")).toContain(
      "Các tiêu chí, tiêu chí thành phần chưa đánh giá được: - 1.1. Thực hiện kế hoạch CCHC: chưa có kết quả năm 2020 để so sánh.",
    );
    expect(body).not.toMatch(/Chưa có số liệu — chưa có số liệu|chưa có số liệu — chưa có số liệu|chưa có số liệu năm 2020/u);
    // Phụ lục I says the same, for each of the seven (its cells wrap: the start of the words is enough).
    expect(body.match(/Chưa đánh giá được \(chưa có kết/gu)).toHaveLength(7);
  });

  it("accounts for every task in the overall result, as Phụ lục I adds up: done on time and late, overdue, not yet due", () => {
    expect(between("1. Kết quả chung", "2. Kết quả từng tiêu chí")).toBe(
      "1. Kết quả chung Tính đến ngày 14/12/2021, có 1/12 tiêu chí, tiêu chí thành phần đạt chỉ tiêu của kế hoạch; " +
        "16/27 nhiệm vụ hoàn thành (15 đúng hạn, 1 trễ hạn), 5 nhiệm vụ quá hạn, 6 nhiệm vụ chưa đến hạn (chi tiết tại Phụ lục I kèm theo).",
    );
  });

  it("names what 1.1's figure measures, the plan's indicator, where the item's name does not say it", () => {
    expect(body).toContain(
      "- 1.1. Thực hiện kế hoạch CCHC (chỉ tiêu: cao hơn năm 2020): tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3, 4 " +
        "từ ngày 1/7/2021 đến ngày 30/11/2021: 25 % (60/240 hồ sơ);",
    );
    // Names that are a measure already stay as they are.
    expect(body).toContain(
      "- 1.2. Tỷ lệ hồ sơ TTHC do ủy ban nhân dân cấp xã tiếp nhận trong năm được giải quyết đúng hạn (chỉ tiêu: 100 %): từ đầu năm",
    );
    expect(body).toContain("- 2.2. Chỉ số hài lòng về tổ chức giải quyết TTHC (chỉ tiêu: cao hơn năm 2020): quý III/2021: 80,1 %");
  });

  it("gives each figure the days it covers, never the report's end when the figures stop before it", () => {
    // 1.2's counts run to November's; 1.4's disbursement is read on a day; the survey is quý III's.
    expect(body).toContain("được giải quyết đúng hạn (chỉ tiêu: 100 %): từ đầu năm đến ngày 30/11/2021: 98,79 % (489/495 hồ sơ);");
    expect(body).toContain("31/1/2022): số liệu ngày 30/11/2021: 87,53 % (3.720/4.250);");
    expect(body).not.toMatch(/\d(?: %|\))?: từ đầu năm đến ngày 14\/12\/2021: \d/u);
  });

  it("words a qualitative item's target by the plan's own objective, never by words of ours", () => {
    expect(body).toContain(
      "- 1.5. Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử (chỉ tiêu: hạn chế tối đa văn bản đi, được gửi dưới dạng điện tử song song với bản giấy):",
    );
    expect(body).not.toContain("hoàn thành các nhiệm vụ của kế hoạch");
  });

  it("lists an item with no figure at all among those not judged, and says 'no data' once on its line", () => {
    expect(body).toContain(
      "- 1.3. Tỷ lệ đat chuẩn của cán bộ cấp xã (chỉ tiêu: 100 %): từ đầu năm đến ngày 14/12/2021: chưa có số liệu; 1/2 nhiệm vụ hoàn thành.",
    );
    expect(between("III. TỒN TẠI", "2. Nguyên nhân")).toContain("- 1.3. Tỷ lệ đat chuẩn của cán bộ cấp xã: chưa có số liệu.");
  });

  it("closes without doubling the year, asking the higher body to follow and compile, not to direct", () => {
    expect(body).toContain(
      "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 49/KH-UBND ngày 29/9/2021 của Ủy ban nhân dân xã Tân Bình năm 2021, " +
        "kính báo cáo Phòng Nội vụ theo dõi, tổng hợp./.",
    );
    expect(body).not.toMatch(/29\/9\/2021 năm 2021|chỉ đạo\.\/\./u);
  });
});
