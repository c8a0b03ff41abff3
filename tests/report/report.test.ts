import ExcelJS from "exceljs";
import { join } from "path";
import { runCli, tempDir } from "../helpers/cli";
import { pdfOf } from "../helpers/libreoffice";
import { projectPath } from "../helpers/shared";
import { readBack, tableValues } from "../helpers/xlsx";
import { typeIntoMaster } from "../helpers/officialEdits";

describe("cchc report: the quarterly report from the master workbook as it stands", () => {
  const dir = tempDir();
  const master = join(dir, "master.xlsx");
  const edited = join(dir, "master-sua.xlsx");
  const report = join(dir, "bao-cao.xlsx");
  let run: Awaited<ReturnType<typeof runCli>>;
  let ws: ExcelJS.Worksheet;
  const rowOf = (text: string) => {
    for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, 1).value ?? "").startsWith(text)) return r;
    throw new Error(`no row starting "${text}"`);
  };

  beforeAll(async () => {
    expect((await runCli(["consolidate", projectPath("examples"), "-o", master, "--as-of", "2021-12-15"])).code).toBe(0);
    await typeIntoMaster(master, { taskDue: new Date(Date.UTC(2021, 10, 30)), reading: false, saveAs: edited });
    run = await runCli([
      "report",
      edited,
      "--quarter",
      "2021-Q4",
      "-o",
      report,
      "--parent",
      "UBND huyện Đak Đoa",
      "--recipients",
      "Phòng Nội vụ huyện; CT, các PCT UBND xã; Lưu: VT",
    ]);
    ws = (await readBack(report)).getWorksheet("Báo cáo")!;
  });

  it("reports the quarter by the state rule", () => {
    expect(run.code).toBe(0);
    // 2.1 is now met (its baseline was entered) and 1.5 no longer is (the typed task is overdue
    // at 14/12: 1.5 is judged by its tasks): still one item met. Six overdue tasks: the typed one,
    // and 2.4's evaluation task, which its lead's workbook says is not done (due 15/11).
    expect(run.out[0]).toBe("Đã lập báo cáo quý IV năm 2021 (2021-09-15 – 2021-12-14): 1/12 tiêu chí đạt, 6 nhiệm vụ quá hạn -> " + report);
  });

  it("lays out the header of an administrative document", () => {
    expect(ws.getCell("A1").value).toBe("UBND HUYỆN ĐAK ĐOA");
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(ws.getCell("A1").font.bold).toBeFalsy();
    expect(ws.getCell("A2").value).toBe("UBND XÃ TÂN BÌNH");
    expect(ws.getCell("A2").font).toMatchObject({ bold: true });
    expect(ws.getCell("C1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(ws.getCell("C1").font).toMatchObject({ bold: true });
    expect(ws.getCell("C2").value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(ws.getCell("C2").font).toMatchObject({ bold: true, underline: true, size: 13 });
    expect(ws.getCell("A4").value).toBe("Số:       /BC-UBND");
    expect(ws.getCell("C4").value).toBe("Tân Bình, ngày 14 tháng 12 năm 2021");
    expect(ws.getCell("C4").font).toMatchObject({ italic: true });
    const title = rowOf("BÁO CÁO");
    expect(ws.getCell(title, 1).font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell(title, 1).alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell(title + 1, 1).value).toBe(
      "Kết quả thực hiện Kế hoạch số 49/KH-UBND ngày 29/9/2021 của Ủy ban nhân dân xã Tân Bình quý IV năm 2021",
    );
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(expect.arrayContaining(["A1:B1", "C1:G1", `A${title}:G${title}`]));
  });

  it("gives results per item, shortcomings, next quarter's tasks, recipients and the signature", () => {
    const header = rowOf("STT");
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getCell(header, c).value)).toEqual([
      "STT",
      "Tiêu chí",
      "Chỉ tiêu",
      "Thực hiện",
      "Kết quả",
      "Nhiệm vụ hoàn thành",
      "Quá hạn",
    ]);
    const r14 = rowOf("1.4");
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getCell(r14, c).value)).toEqual([
      "1.4",
      "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước",
      "60% đến 30/09/2021; 100% đến 31/01/2022",
      "87,53 %",
      "Chưa đạt",
      "1/3",
      2,
    ]);
    expect(ws.getCell(r14, 2).border.left).toMatchObject({ style: "thin" });
    // The baseline entered in Kế hoạch now decides 2.1 (82,5 % > 80 %).
    expect(ws.getCell(rowOf("2.1"), 5).value).toBe("Đạt");
    expect(ws.getCell(rowOf("1.2"), 4).value).toBe("98,79 %");
    const lines = [];
    for (let r = rowOf("II. TỒN TẠI"); r <= ws.rowCount; r++) lines.push(String(ws.getCell(r, 1).value ?? ""));
    expect(lines).toEqual(
      expect.arrayContaining([
        "- 1.4. Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước: 57,81 % tại 30/09/2021 < mốc 60 %.",
        "- Đôn đốc nhà thầu hoàn thiện hồ sơ thanh toán khối lượng hoàn thành (tiêu chí 1.4; chủ trì: Công chức Tài chính-Kế toán; hạn 31/10/2021).",
        "III. NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2022",
        "- Số hóa hồ sơ lưu trữ năm 2020 (tiêu chí 1.5; chủ trì: Công chức Văn phòng-Thống kê; hạn 30/11/2021).",
        "Nơi nhận:",
        "- Phòng Nội vụ huyện;",
        "- Lưu: VT.",
      ]),
    );
    const sign = rowOf("Nơi nhận:");
    expect(ws.getCell(sign, 3).value).toBe("TM. ỦY BAN NHÂN DÂN");
    expect(ws.getCell(sign + 1, 3).value).toBe("CHỦ TỊCH");
    expect(ws.getCell(sign + 5, 3).value).toBe("Trương Minh Thắng");
    expect(ws.getCell(sign, 1).font).toMatchObject({ bold: true, italic: true });
  });

  it("prints on A4 portrait with the decree's margins, fitted to the width, the table header repeated", () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const m = ws.pageSetup.margins!;
    expect([m.top, m.bottom, m.left, m.right].map((x) => Math.round(x * 25.4))).toEqual([20, 20, 30, 15]);
    expect(ws.pageSetup.printTitlesRow).toBe(`${rowOf("STT")}:${rowOf("STT")}`);
  });

  it("puts the figures behind it in Phụ lục", async () => {
    const appendix = (await readBack(report)).getWorksheet("Phụ lục")!;
    const { header, rows } = tableValues(appendix, 4);
    expect(header).toEqual(["Mã", "Tiêu chí", "Chỉ tiêu", "Thực hiện", "Kết quả", "Lý do", "Số nhiệm vụ", "Hoàn thành", "Quá hạn"]);
    expect(rows.slice(0, 12).map((r) => r[0])).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "1.6",
      "1.7",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
    ]);
    expect(rows[3].slice(3, 5)).toEqual([87.53, "Chưa đạt"]);
  });

  it("opens in LibreOffice and prints the document's text on A4", () => {
    const { text, pages, pageSize } = pdfOf(report);
    expect(pageSize).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (const s of [
      "UBND XÃ TÂN BÌNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "quý IV năm 2021",
      "87,53 %",
      "57,81 % tại 30/09/2021 < mốc 60 %",
      "TM. ỦY BAN NHÂN DÂN",
      "Trương Minh Thắng",
      "PHỤ LỤC",
    ]) {
      expect(text).toContain(s);
    }
  });
});
