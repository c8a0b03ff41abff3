import { cleanText, looseKey } from "../text/normalize";
import { ContextPeriod } from "./contextPeriod";
import { Grid, cellAt, cellText, isBlank } from "./grid";
import { Reading } from "./records";

/**
 * A register of documents sent (Sổ đăng ký văn bản đi: "Số, ký hiệu | Ngày | Trích yếu | Nơi nhận |
 * Hình thức gửi"): each row a document, not a task. With a column saying how each was sent, it is
 * the month's share of documents sent wholly in electronic form (criterion 1.5's figures).
 */
export interface DocumentRegister {
  headerRow: number;
  numberCol: number;
  formCol: number | null;
  /** The form column's heading names electronic sending: a tick ("x", "✓") in it is a document so sent. */
  ticked: boolean;
  /** "Gửi giấy" beside "Gửi ĐT": a tick there too is a document sent on paper as well. */
  paperCol?: number;
}

const SCAN_ROWS = 15;

export function findDocumentRegister(grid: Grid): DocumentRegister | null {
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const keys = (grid.rows[r - 1] ?? []).map((v) => (typeof v === "string" ? looseKey(v) : ""));
    const numberCol = keys.findIndex((k) => /^so,? ky hieu\b|^so va ky hieu\b|^so hieu van ban\b/.test(k));
    if (numberCol < 0 || !keys.some((k) => /\btrich yeu\b/.test(k))) continue;
    // A task list that cites its document (deadline, status, lead columns) is no register.
    // A list of documents to issue, each with its planned time ("Thời gian ban hành (dự kiến)") or its criterion, is work to do too.
    // So is a register of directives received, with who handles each and by when ("GIAO XỬ LÝ" over "Người xử lý |
    // Hạn báo cáo", "VĂN BẢN TRẢ LỜI"): the band above the header row says it too.
    const above = (grid.rows[r - 2] ?? []).map((v) => (typeof v === "string" ? looseKey(v) : ""));
    if (
      [...keys, ...above].some((k) =>
        /\b(?:han xu ly|thoi han|han hoan thanh|han bao cao|han bc|han tra loi|han nop|han giai quyet|trang thai|tien do|chu tri|xu ly chinh|nguoi xu ly|giao xu ly|nhiem vu|cong viec|van ban tra loi|tra loi)\b/.test(
          k,
        ),
      ) ||
      keys.some((k) => /\b(?:du kien|ke hoach|theo ke hoach|thuoc tieu chi|tieu chi)\b/.test(k)) ||
      // "Trích yếu / việc phải làm | Giao | Hạn | Đã làm?": what each directive asks, who does it, by when.
      keys.some((k) =>
        /^(?:han|giao|giao cho|da lam|ket qua)$|\b(?:viec phai lam|nguoi thuc hien|don vi thuc hien|ket qua thuc hien)\b/.test(k),
      )
    )
      return null;
    // ("Gửi ĐT | Gửi giấy": a tick column for each way.)
    const formCol = keys.findIndex((k) =>
      /\b(?:hinh thuc|phuong thuc|cach) gui\b|\bgui (?:dien tu|dt)\b|\bqua mang\b|^(?:dien tu|dt)$/.test(k),
    );
    // "Gửi qua mạng" over ticks: the heading says how, a tick says which.
    const ticked = formCol >= 0 && /\bgui (?:dien tu|dt)\b|\bqua mang\b|^(?:dien tu|dt)$/.test(keys[formCol]);
    const paperCol = ticked ? keys.findIndex((k) => /^(?:gui giay|gui ban giay|ban giay|giay)$/.test(k)) : -1;
    return {
      headerRow: r,
      numberCol: numberCol + 1,
      formCol: formCol < 0 ? null : formCol + 1,
      ticked,
      ...(paperCol >= 0 ? { paperCol: paperCol + 1 } : {}),
    };
  }
  return null;
}

/** The register's documents down to the first row without a number; the share sent only electronically. */
export function readDocumentRegister(
  grid: Grid,
  sheetIndex: number,
  reg: DocumentRegister,
  period: ContextPeriod | null,
): { reading: Reading | null; rows: number; lastRow: number } {
  let total = 0;
  let electronic = 0;
  let r = reg.headerRow + 1;
  let first = r;
  for (; r <= grid.rows.length; r++) {
    if (isBlank(cellAt(grid, r, reg.numberCol))) break;
    // "(1) | (2) | … | (9)" under the header: the columns' numbers, no document.
    if (r === reg.headerRow + 1 && /^\(?\d{1,2}\)?$/.test(cellText(cellAt(grid, r, reg.numberCol)).trim())) {
      first = r + 1;
      continue;
    }
    total++;
    if (reg.formCol === null) continue;
    const form = looseKey(cleanText(cellText(cellAt(grid, r, reg.formCol))));
    // "Điện tử + bản giấy" went on paper too: not wholly electronic.
    // ("ĐT", "ĐT+Giấy": the electronic way written short; with paper too it is not wholly electronic.)
    if (/\bdien tu\b|\bky so\b|\bqua mang\b|(?:^|\W)dt(?:$|\W)/.test(form) && !/\bgiay\b/.test(form)) electronic++;
    else if (
      reg.ticked &&
      (/^(?:x|v|co|da gui|roi)$/.test(form) || /^\s*[✓✔☑]\s*$/u.test(cellText(cellAt(grid, r, reg.formCol)))) &&
      (reg.paperCol === undefined || isBlank(cellAt(grid, r, reg.paperCol)))
    )
      electronic++;
  }
  const lastRow = r - 1;
  if (reg.formCol === null || total === 0) return { reading: null, rows: total, lastRow };
  return {
    reading: {
      code: null,
      period: period?.name ?? "",
      date: period?.date ?? null,
      numerator: electronic,
      denominator: total,
      value: (electronic / total) * 100,
      evidence: "",
      note: `Tỷ lệ văn bản điện tử; Sổ đăng ký văn bản đi: ${total} văn bản, ${electronic} gửi hoàn toàn dưới dạng điện tử (dòng ${first}–${lastRow})`,
      source: {
        file: grid.file,
        sheet: grid.sheet,
        sheetIndex,
        row: first,
        columns: { numerator: reg.formCol, denominator: reg.numberCol },
      },
      hint: "văn bản điện tử",
    },
    rows: total,
    lastRow,
  };
}
