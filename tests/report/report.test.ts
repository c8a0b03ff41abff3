import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { pdfOf, pdfPages } from "../helpers/libreoffice";
import { projectPath } from "../helpers/shared";
import { readBack, tableValues } from "../helpers/xlsx";
import { typeIntoMaster } from "../helpers/officialEdits";
import { prepareReport } from "./masterEdits";

const A4_PORTRAIT = /^595\.\d+ x 841\.\d+ pts \(A4\)/;
const A4_LANDSCAPE = /^841\.\d+ x 595\.\d+ pts \(A4\)/;
/** A page's text on one line, spaces folded (pdftotext lays columns out with runs of spaces). */
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

describe("cchc report: the periodic report from the master as it stands", () => {
  const dir = tempDir();
  const master = join(dir, "master.xlsx");
  const out = (name: string) => join(dir, name);
  const settings = ["--number", "125", "--date", "2021-12-16", "--recipients", "Đảng ủy xã; Thường trực HĐND xã; CT, các PCT UBND xã"];
  let annual: { code: number; out: string[]; err: string[] };

  beforeAll(async () => {
    expect((await runCli(["consolidate", projectPath("examples"), "-o", master, "--as-of", "2021-12-15"])).code).toBe(0);
    await typeIntoMaster(master, { taskDue: new Date(Date.UTC(2021, 10, 30)), reading: false });
    await prepareReport(master);
    // Consolidating again keeps what the official entered (checked below).
    expect((await runCli(["consolidate", projectPath("examples"), "-o", master, "--as-of", "2021-12-15"])).code).toBe(0);
    annual = await runCli(["report", master, "--period", "2021-Y", "-o", out("bao-cao-nam-2021.docx"), ...settings]);
  });

  it("keeps the report's own words, the typed dossier figures and Danh mục's names across a re-import", async () => {
    const wb = await readBack(master);
    const words = tableValues(wb.getWorksheet("Nội dung báo cáo")!).rows.filter((r) => r[2]);
    expect(words.map((r) => r.slice(0, 2))).toEqual([
      ["Năm 2021", "I. Công tác chỉ đạo và điều hành"],
      ["Năm 2021", "III. Nguyên nhân"],
      ["Năm 2021", "V. Đề xuất và kiến nghị"],
      ["6 tháng đầu năm 2021", "V. Đề xuất và kiến nghị"],
    ]);
    const dossiers = tableValues(wb.getWorksheet("Hồ sơ TTHC")!).rows;
    expect(dossiers.map((r) => [r[0], r[1], r[4], r[12]])).toEqual([
      ["Hộ tịch", "2020-12-15", 10, null],
      ["Hộ tịch", "2021-03-15", 12, null],
      ["Hộ tịch", "2021-06-15", 15, null],
      ["Hộ tịch", "2021-09-15", 20, null],
      ["Chứng thực", "2021-09-15", 0, null],
    ]);
    const names = tableValues(wb.getWorksheet("Danh mục")!).rows;
    expect(names.find((r) => r[0] === "Phó Chủ tịch Ủy ban nhân dân xã")).toEqual(["Phó Chủ tịch Ủy ban nhân dân xã", "Lê Văn Tư"]);
    // Tổng hợp names the year it evaluates, and takes 1.2 and 1.1 from the dossier figures:
    // (15+20+22+25+30 early + 40+38+40+35 on time) / 269 resolved = 265/269; online 57/270.
    const summary = wb.getWorksheet("Tổng hợp")!;
    expect([summary.getCell("A2").value, summary.getCell("B2").value]).toEqual(["Năm đánh giá", 2021]);
    const rows = tableValues(summary, 8).rows;
    expect(rows.find((r) => r[0] === "1.2")?.slice(2, 5)).toEqual(["≥ 100%", 98.51, "Chưa đạt"]);
    expect(rows.find((r) => r[0] === "1.1")?.slice(2, 5)).toEqual(["Cao hơn năm 2020 (20)", 21.11, "Đạt"]);
  });

  it("writes the annual report as a .docx that LibreOffice opens: A4, the decree's header, sections, appendix, page numbers", () => {
    expect(annual.code).toBe(0);
    // Met: 1.1 (21,11 % online > 20 % in 2020) and 2.1 (82,5 % > 80 %). Overdue on 14/12: the examples'
    // four, 2.4's evaluation task (due 15/11, not done) and the task typed into the master (due 30/11).
    expect(annual.out).toEqual([
      `Đã lập báo cáo năm 2021 (2020-12-15 – 2021-12-14): 2/12 tiêu chí đạt, 6 nhiệm vụ quá hạn -> ${out("bao-cao-nam-2021.docx")}`,
    ]);
    const { pdf, text, pages } = pdfOf(out("bao-cao-nam-2021.docx"));
    const each = pdfPages(pdf, pages);
    const body = flat(text);
    // Page 1 portrait with no number; the body's later pages numbered at the top; the appendix landscape.
    expect(each[0].size).toMatch(A4_PORTRAIT);
    expect(each[0].text.trim().split("\n")[0]).toMatch(/ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(each[1].text.trim().split("\n")[0].trim()).toBe("2");
    const appendix = each.findIndex((p) => /^\s*Phụ lục I\s*$/m.test(p.text));
    expect(appendix).toBeGreaterThan(1);
    expect(each[appendix].size).toMatch(A4_LANDSCAPE);
    expect(each[appendix].text.trim().split("\n")[0].trim()).toBe(String(appendix + 1));
    for (const s of [
      "ỦY BAN NHÂN DÂN",
      "XÃ TÂN BÌNH",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 125/BC-UBND",
      "Tân Bình, ngày 16 tháng 12 năm 2021",
      "Kết quả thực hiện Kế hoạch số 49/KH-UBND ngày 29/9/2021 của Ủy ban nhân dân xã Tân Bình năm 2021",
      "Kính gửi: Phòng Nội vụ.",
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
      "Ủy ban nhân dân xã đã tổ chức hội nghị triển khai Kế hoạch",
      "Hằng tháng, Chủ tịch Ủy ban nhân dân xã kiểm tra tiến độ.",
      "II. KẾT QUẢ THỰC HIỆN",
      "(chi tiết tại Phụ lục I kèm theo)",
      "từ đầu năm đến ngày 14/12/2021: 98,51 % (265/269 hồ sơ)",
      "số hồ sơ giải quyết trước hạn và đúng hạn trên tổng số hồ sơ đã giải quyết",
      "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
      "mốc 30/9/2021: 57,81 % < 60 %",
      "chưa đánh giá được (chưa có kết quả năm 2020 để so sánh)",
      "2. Nguyên nhân",
      "Dịch bệnh Covid-19 làm chậm tiến độ giải ngân.",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
      "Đề nghị Phòng Nội vụ mở lớp bồi dưỡng chức danh cho cán bộ, công chức xã.",
      "Nơi nhận:",
      "- Như trên;",
      "- Đảng ủy xã;",
      "- Lưu: VT, VP-TK.",
      "TM. ỦY BAN NHÂN DÂN",
      "Trương Minh Thắng",
      "Phụ lục I",
      "(Kèm theo Báo cáo số 125/BC-UBND ngày 16/12/2021 của Ủy ban nhân dân xã Tân Bình)",
      "Chưa đạt — mốc 30/9/2021:",
      "Phụ lục II",
      "TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2021",
    ]) {
      expect(body).toContain(s);
    }
    // Nothing internal; no abbreviation for the issuing body; no names; no text for the user.
    expect(body).not.toMatch(/NV-|›|\brow \d|\.xlsx|UBND XÃ TÂN BÌNH|Lê Văn Tư|Ông |Chưa nhập|Kiến nghị viết cho báo cáo 6 tháng/u);
    // A table's header repeats over its own table only: never on the body's pages.
    expect(each.slice(0, appendix).some((p) => /Tiêu chí, tiêu chí thành phần\s+Chỉ tiêu/.test(p.text))).toBe(false);
    // Tổng hợp's two charts, drawn in the appendix after its table.
    const chartPage = (title: string) => each.findIndex((p) => p.text.includes(title));
    expect(chartPage("Thực hiện so với chỉ tiêu và mốc tiếp theo (%)")).toBeGreaterThanOrEqual(appendix);
    expect(chartPage("Nhiệm vụ theo cán bộ, bộ phận chủ trì")).toBeGreaterThanOrEqual(appendix);
    expect(each.slice(appendix).some((p) => p.text.includes("Chưa đến hạn") && p.text.includes("Số nhiệm vụ"))).toBe(true);
  });

  it("lays the .docx out as Word expects: A4 sections, header rows marked, first page without a number", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out("bao-cao-nam-2021.docx")));
    const xml = await zip.file("word/document.xml")!.async("string");
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(3); // Báo cáo, Phụ lục I, Phụ lục II
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(sections[0]).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(sections[0]).toContain("<w:titlePg/>");
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // Header rows: the criteria table's one, the dossier table's two; none in the layout tables.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(3);
    expect(xml).toContain('w:ascii="Times New Roman"');
    // A number and its "%" never part at a line's end: joined by a no-break space, in prose and in the tables.
    expect(xml.match(/\d\u00a0%/g)?.length).toBeGreaterThan(20);
    expect(xml).not.toMatch(/\d %/);
    // The charts are native: inline DrawingML charts with their values, the marks they replaced gone.
    expect(xml.match(/<c:chart [^>]*r:id="rIdCchcChart\d"\/>/g)).toHaveLength(2);
    expect(xml).not.toContain("cchc-chart-");
    const chart = await zip.file("word/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:numLit>");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/word/charts/chart2.xml"');
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain("<dc:creator>cchc-tracker</dc:creator>");
  });

  it("writes the same report as .xlsx: one sheet per section, LibreOffice prints it on A4", async () => {
    const r = await runCli(["report", master, "--period", "2021-Y", "-o", out("bao-cao-nam-2021.xlsx"), ...settings]);
    expect(r.code).toBe(0);
    const wb = await readBack(out("bao-cao-nam-2021.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Báo cáo", "Phụ lục I", "Phụ lục II"]);
    const report = wb.getWorksheet("Báo cáo")!;
    expect([report.getCell("A1").value, report.getCell("A2").value]).toEqual(["ỦY BAN NHÂN DÂN", "XÃ TÂN BÌNH"]);
    expect(report.getCell("A1").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(report.pageSetup.printTitlesRow).toBeUndefined();
    expect(wb.getWorksheet("Phụ lục I")!.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "5:5" });
    const m = report.pageSetup.margins!;
    expect([m.top, m.bottom, m.left, m.right].map((x) => Math.round(x * 25.4))).toEqual([20, 20, 30, 15]);
    const { text, pageSize } = pdfOf(out("bao-cao-nam-2021.xlsx"));
    expect(pageSize).toMatch(A4_PORTRAIT);
    const body = flat(text);
    for (const s of [
      "ỦY BAN NHÂN DÂN",
      "XÃ TÂN BÌNH",
      "Kính gửi: Phòng Nội vụ.",
      "- Lưu: VT, VP-TK.",
      "Phụ lục I",
      "(Kèm theo Báo cáo số 125/BC-UBND",
      "Thực hiện so với chỉ tiêu và mốc tiếp theo (%)",
      "Nhiệm vụ theo cán bộ, bộ phận chủ trì",
    ]) {
      expect(body).toContain(s);
    }
    expect(body).not.toMatch(/NV-|›|UBND XÃ TÂN BÌNH|Lê Văn Tư/u);
  });

  it("quý IV (--quarter) shows the period's figures and the year's, and names a person's task by the title Danh mục gives them", async () => {
    const r = await runCli(["report", master, "--quarter", "2021-Q4", "-o", out("q4.docx")]);
    expect(r.code).toBe(0);
    const body = flat(pdfOf(out("q4.docx")).text);
    // 15/9–14/12: Hộ tịch (25 + 35) and Chứng thực 30 early, of 61 + 30 resolved; from 15/12/2020: (55 + 58 + 62 + 90) / (57 + 59 + 62 + 91).
    expect(body).toContain("trong kỳ 98,9 % (90/91 hồ sơ); từ đầu năm 98,51 % (265/269 hồ sơ)");
    expect(body).toContain("(chủ trì: Phó Chủ tịch Ủy ban nhân dân xã; hạn 31/12/2021)");
    expect(body).toContain("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022");
  });

  it("writes the plan's section alone, to paste into the commune's CCHC report", async () => {
    const r = await runCli(["report", master, "--period", "2021-Y", "--section", "-o", out("y-noi-dung.docx")]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^Đã lập nội dung lồng ghép năm 2021 \(2020-12-15 – 2021-12-14\)/);
    const { text, pages } = pdfOf(out("y-noi-dung.docx"));
    const body = flat(text);
    expect(body).toContain("KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 49/KH-UBND NGÀY 29/9/2021 NĂM 2021");
    expect(body).toContain("3. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022");
    // Its parts numbered under their section's number, never "1." again under "1.".
    expect(body).toMatch(/1\. KẾT QUẢ THỰC HIỆN 1\.1\. Kết quả chung .* 1\.2\. Kết quả từng tiêu chí/u);
    expect(body).toMatch(/2\. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN 2\.1\. Tồn tại, hạn chế .* 2\.2\. Nguyên nhân/u);
    expect(body).not.toMatch(/CỘNG HÒA XÃ HỘI|Nơi nhận|Kính gửi|TM\. ỦY BAN/u);
    expect(pages).toBeGreaterThanOrEqual(1);
  });

  it("has no quý IV report in the cycle, and still makes one for provinces that ask for every quarter", async () => {
    const refused = await runCli(["report", master, "--period", "2021-Q4", "-o", out("q4.docx")]);
    expect([refused.code, refused.err[0]]).toEqual([2, "Lỗi: Không có báo cáo CCHC quý IV: dùng 2021-Y (năm), hoặc --quarter 2021-Q4."]);
    const q4 = await runCli(["report", master, "--quarter", "2021-Q4", "-o", out("q4.xlsx")]);
    expect(q4.code).toBe(0);
    expect(q4.out[0]).toMatch(/^Đã lập báo cáo quý IV năm 2021 \(2021-09-15 – 2021-12-14\)/);
    const bad = await runCli(["report", master, "--period", "2021-Y", "-o", out("bao-cao.pdf")]);
    expect(bad.code).toBe(2);
  });

  it("evaluates 2021 in a summary made on 15/02/2022, and the year it is told to", async () => {
    const later = join(dir, "master-2022.xlsx");
    expect((await runCli(["consolidate", projectPath("examples"), "-o", later, "--as-of", "2022-02-15"])).code).toBe(0);
    const rows = async () => {
      const ws = (await readBack(later)).getWorksheet("Tổng hợp")!;
      return { year: ws.getCell("B2").value, rows: tableValues(ws, 8).rows };
    };
    const y2021 = await rows();
    expect(y2021.year).toBe(2021);
    // 1.2 from the 2021 readings (489/495), not "Chưa có số liệu".
    expect(y2021.rows.find((r) => r[0] === "1.2")?.slice(3, 5)).toEqual([98.79, "Chưa đạt"]);
    expect((await runCli(["consolidate", projectPath("examples"), "-o", later, "--as-of", "2022-02-15", "--year", "2022"])).code).toBe(0);
    const y2022 = await rows();
    expect(y2022.year).toBe(2022);
    expect(y2022.rows.find((r) => r[0] === "1.2")?.slice(3, 5)).toEqual([null, "Chưa có số liệu"]);
  });
});
