/**
 * Writes tests/fixtures/dossiers/: dossier statistics as the one-stop system (Hệ thống thông tin
 * giải quyết TTHC) exports them and communes keep them: the commune's header, the form's title,
 * the period on a line of its own, a two- or three-level merged header, a row of column numbers,
 * one row per field (lĩnh vực), a total row, the signature footer.
 *   npm run build:cli && node build/scripts/make-dossier-fixtures.js
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import { join } from "path";
import { Cell, footer, widths } from "./examples/builders";

const OUT = join(__dirname, "..", "..", "tests", "fixtures", "dossiers");

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Hệ thống thông tin giải quyết TTHC";
  wb.created = wb.modified = new Date(Date.UTC(2021, 8, 15));
  return wb;
}

function merged(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number, text: string, bold = true): void {
  ws.mergeCells(top, left, bottom, right);
  const c = ws.getCell(top, left);
  c.value = text;
  c.font = { bold };
  c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  const thin: Partial<ExcelJS.Border> = { style: "thin" };
  for (let r = top; r <= bottom; r++)
    for (let k = left; k <= right; k++) ws.getCell(r, k).border = { top: thin, left: thin, bottom: thin, right: thin };
}

/** Labels under a group, from column `from` on (never over a cell merged from above). */
function subHeader(ws: ExcelJS.Worksheet, row: number, from: number, labels: string[]): void {
  const thin: Partial<ExcelJS.Border> = { style: "thin" };
  labels.forEach((label, i) => {
    const c = ws.getCell(row, from + i);
    c.value = label;
    c.font = { bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = { top: thin, left: thin, bottom: thin, right: thin };
  });
}

function line(ws: ExcelJS.Worksheet, row: number, text: string, width: number, italic = false): void {
  ws.mergeCells(row, 1, row, width);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { bold: !italic, italic };
  c.alignment = { horizontal: "center" };
}

function rows(ws: ExcelJS.Worksheet, start: number, values: Cell[][], boldLast: boolean): void {
  values.forEach((r, i) =>
    r.forEach((v, j) => {
      const c = ws.getCell(start + i, j + 1);
      c.value = v;
      if (boldLast && i === values.length - 1) c.font = { bold: true };
      c.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    }),
  );
}

type Counts = [
  carried: number,
  online: number,
  inPerson: number,
  early: number,
  onTime: number,
  late: number,
  pendingInTime: number,
  pendingOverdue: number,
  returned: number,
];

/** The fields of the commune's quý III 2021 (15/6–14/9), hand-checked: received = resolved + pending + returned. */
const QUY_III: Array<[string, Counts]> = [
  ["Hộ tịch", [3, 12, 45, 20, 35, 1, 3, 0, 1]],
  ["Chứng thực", [0, 0, 80, 70, 10, 0, 0, 0, 0]],
  ["Đất đai", [2, 1, 9, 1, 6, 2, 2, 1, 0]],
  ["Bảo trợ xã hội", [1, 4, 10, 3, 10, 0, 2, 0, 0]],
  ["Người có công", [0, 2, 3, 1, 3, 0, 1, 0, 0]],
];

/** Two-level header in the order the issue names: received, resolved, pending, returned. */
async function quarterExport(): Promise<void> {
  const wb = workbook();
  const ws = wb.addWorksheet("Thống kê");
  widths(ws, [6, 26, 9, 10, 9, 11, 9, 9, 9, 9, 9, 9, 9, 10]);
  ws.getCell(1, 1).value = "ỦY BAN NHÂN DÂN XÃ TÂN BÌNH";
  ws.getCell(1, 8).value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.getCell(2, 8).value = "Độc lập - Tự do - Hạnh phúc";
  line(ws, 4, "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI UBND XÃ", 14);
  line(ws, 5, "Kỳ báo cáo: Quý III năm 2021 (Từ ngày 15/06/2021 đến ngày 14/09/2021)", 14, true);
  ws.getCell(6, 13).value = "Đơn vị tính: Số hồ sơ TTHC";
  merged(ws, 7, 1, 8, 1, "STT");
  merged(ws, 7, 2, 8, 2, "Lĩnh vực giải quyết");
  merged(ws, 7, 3, 7, 6, "Số hồ sơ nhận giải quyết");
  merged(ws, 7, 7, 7, 10, "Số hồ sơ đã giải quyết");
  merged(ws, 7, 11, 7, 13, "Số hồ sơ đang giải quyết");
  merged(ws, 7, 14, 8, 14, "Trả lại/rút hồ sơ");
  subHeader(ws, 8, 3, [
    "Tổng số",
    "Kỳ trước chuyển qua",
    "Trực tuyến",
    "Trực tiếp, bưu chính",
    "Tổng số",
    "Trước hạn",
    "Đúng hạn",
    "Quá hạn",
    "Tổng số",
    "Trong hạn",
    "Quá hạn",
  ]);
  rows(
    ws,
    9,
    [
      [
        "(1)",
        "(2)",
        "(3)=(4)+(5)+(6)",
        "(4)",
        "(5)",
        "(6)",
        "(7)=(8)+(9)+(10)",
        "(8)",
        "(9)",
        "(10)",
        "(11)=(12)+(13)",
        "(12)",
        "(13)",
        "(14)",
      ],
    ],
    false,
  );
  const line3 = (c: Counts): number[] => [
    c[0] + c[1] + c[2],
    c[0],
    c[1],
    c[2],
    c[3] + c[4] + c[5],
    c[3],
    c[4],
    c[5],
    c[6] + c[7],
    c[6],
    c[7],
    c[8],
  ];
  const total = QUY_III.reduce<Counts>((t, [, c]) => t.map((x, i) => x + c[i]) as Counts, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
  rows(ws, 10, [...QUY_III.map(([field, c], i) => [i + 1, field, ...line3(c)]), [null, "Tổng cộng", ...line3(total)]], true);
  footer(ws, 17, "Tân Bình", new Date(Date.UTC(2021, 8, 15)), "Nguyễn Thị Lan");
  await save(wb, "mot-cua_thong-ke-quy-III-2021.xlsx");
}

/**
 * Three-level header as Thông tư 01/2020/TT-VPCP's form words it ("Trong đó: Số mới tiếp nhận",
 * "Kết quả giải quyết" over "đã giải quyết" and "đang giải quyết"), carried-over last among
 * receipts, a count typed as text with a thousands dot, a dash for zero.
 */
async function monthExport(): Promise<void> {
  const wb = workbook();
  const ws = wb.addWorksheet("BC thang 10");
  widths(ws, [6, 24, 9, 10, 10, 10, 9, 9, 9, 9, 9, 9, 9, 10]);
  ws.getCell(1, 1).value = "UBND XÃ TÂN BÌNH";
  line(ws, 3, "BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC", 14);
  line(ws, 4, "Kỳ báo cáo: Tháng 10 năm 2021", 14, true);
  merged(ws, 6, 1, 8, 1, "STT");
  merged(ws, 6, 2, 8, 2, "Lĩnh vực, công việc giải quyết theo cấp");
  merged(ws, 6, 3, 6, 6, "Số hồ sơ nhận giải quyết");
  merged(ws, 7, 3, 8, 3, "Tổng số");
  merged(ws, 7, 4, 7, 5, "Trong đó: Số mới tiếp nhận");
  merged(ws, 7, 6, 8, 6, "Số kỳ trước chuyển qua");
  merged(ws, 6, 7, 6, 13, "Kết quả giải quyết");
  merged(ws, 7, 7, 7, 10, "Số hồ sơ đã giải quyết");
  merged(ws, 7, 11, 7, 13, "Số hồ sơ đang giải quyết");
  merged(ws, 6, 14, 8, 14, "Số hồ sơ trả lại, rút");
  subHeader(ws, 8, 4, ["Trực tuyến", "Trực tiếp, dịch vụ bưu chính"]);
  subHeader(ws, 8, 7, ["Tổng số", "Trả trước hạn", "Trả đúng thời hạn", "Trả quá hạn", "Tổng số", "Chưa đến hạn", "Quá hạn"]);
  rows(ws, 9, [["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"]], false);
  rows(
    ws,
    10,
    [
      [1, "Hộ tịch", 21, 5, 15, 1, 18, 8, 10, "-", 3, 3, "-", "-"],
      [2, "Chứng thực", "1.020", "-", "1.020", "-", "1.020", "1.000", 20, "-", "-", "-", "-", "-"],
      [null, "Tổng số", "1.041", 5, "1.035", 1, "1.038", "1.008", 30, "-", 3, 3, "-", "-"],
    ],
    true,
  );
  footer(ws, 14, "Tân Bình", new Date(Date.UTC(2021, 10, 2)), "Nguyễn Thị Lan");
  await save(wb, "mot-cua_thang-10-2021.xlsx");
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await wb.xlsx.writeFile(join(OUT, name));
  console.log(`tests/fixtures/dossiers/${name}`);
}

async function main(): Promise<void> {
  await quarterExport();
  await monthExport();
}

void main();
