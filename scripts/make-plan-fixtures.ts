/**
 * Builds the plan files of the tests, as officials receive them: a commune's plan in Word (Word's
 * own numbering, header and signature as borderless tables), the same printed to PDF by
 * LibreOffice, a scan of it with no text layer, a ward's plan whose tasks are an appendix table
 * (in Word, and the same table as a workbook), and a task workbook with no criterion codes.
 * Nothing binary is committed: the tests build these into a temporary folder.
 *   npm run build:cli && node build/scripts/make-plan-fixtures.js <folder>
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { pdfFromWord, scannedFrom } from "./plan-fixtures/pdf";
import { CAPTION, TASK_TABLE, kh49Word, tablePlanWord } from "./plan-fixtures/plans";
import { tableWorkbook } from "./plan-fixtures/workbook";
import { docxBytes } from "./plan-fixtures/word";

export interface PlanFixtures {
  kh49Docx: string;
  kh49Pdf: string;
  scannedPdf: string;
  tableDocx: string;
  tableXlsx: string;
  uncodedXlsx: string;
}

/** Tasks straight under "I.", "II." with no criterion code anywhere. */
const UNCODED = [
  ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"],
  ["I", { text: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", span: 5 }],
  ["1", "Rà soát thủ tục hành chính", "Công chức Tư pháp-Hộ tịch", "Bộ phận Một cửa", "Quý II/2025", "Báo cáo rà soát"],
  ["2", "Công khai thủ tục hành chính", "Bộ phận Một cửa", "", "Thường xuyên", "Bảng niêm yết"],
  ["II", { text: "CHỈ SỐ HÀI LÒNG (SIPAS)", span: 5 }],
  ["1", "Lấy ý kiến người dân", "Công chức Văn hóa-Xã hội", "", "Tháng 10/2025", "Phiếu ý kiến"],
] as const;

export async function makePlanFixtures(dir: string, { pdf = true }: { pdf?: boolean } = {}): Promise<PlanFixtures> {
  mkdirSync(dir, { recursive: true });
  const at = (name: string) => join(dir, name);
  writeFileSync(at("xa-tan-binh-kh49.docx"), await docxBytes(kh49Word()));
  writeFileSync(at("phuong-linh-xuan-phu-luc.docx"), await docxBytes(tablePlanWord()));
  writeFileSync(
    at("phuong-linh-xuan-phu-luc.xlsx"),
    await tableWorkbook(["UBND PHƯỜNG LINH XUÂN", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025", CAPTION], TASK_TABLE),
  );
  writeFileSync(
    at("nhiem-vu-khong-ma.xlsx"),
    await tableWorkbook(
      ["DANH MỤC NHIỆM VỤ"],
      UNCODED.map((r) => [...r]),
      "Nhiệm vụ",
    ),
  );
  const kh49Pdf = pdf ? pdfFromWord(at("xa-tan-binh-kh49.docx"), dir) : "";
  const scannedPdf = pdf ? scannedFrom(kh49Pdf, at("ban-quet.pdf")) : "";
  return {
    kh49Docx: at("xa-tan-binh-kh49.docx"),
    kh49Pdf,
    scannedPdf,
    tableDocx: at("phuong-linh-xuan-phu-luc.docx"),
    tableXlsx: at("phuong-linh-xuan-phu-luc.xlsx"),
    uncodedXlsx: at("nhiem-vu-khong-ma.xlsx"),
  };
}

if (require.main === module) {
  const dir = process.argv[2] ?? "out/plan-fixtures";
  makePlanFixtures(dir).then(
    (f) => console.log(Object.values(f).join("\n")),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
