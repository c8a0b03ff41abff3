import { compareText } from "../order/compare";
import { Severity } from "../vocab";

/**
 * Every rule has a stable code (other tools and next quarter's workbook rely on it), a
 * severity and a Vietnamese explanation. Lỗi: the value is wrong or cannot be used.
 * Cảnh báo: the value was used but someone should look at it.
 */
export const RULES = {
  FILE_UNREADABLE: { severity: "Lỗi", title: "Không đọc được tệp" },
  SHEET_SKIPPED: { severity: "Cảnh báo", title: "Bỏ qua sheet không có bảng nhận diện được" },
  UNKNOWN_CRITERION: { severity: "Lỗi", title: "Mã tiêu chí không có trong kế hoạch" },
  CRITERION_SUGGESTED: { severity: "Cảnh báo", title: "Thiếu mã tiêu chí, đã gợi ý theo nội dung" },
  CRITERION_MISSING: { severity: "Lỗi", title: "Thiếu mã tiêu chí" },
  BAD_DATE: { severity: "Lỗi", title: "Ngày hoặc thời hạn không đọc được" },
  PERCENT_OUT_OF_RANGE: { severity: "Lỗi", title: "Tỷ lệ phần trăm ngoài khoảng 0–100" },
  BAD_NUMBER: { severity: "Lỗi", title: "Số liệu không phải là số" },
  NUMERATOR_ABOVE_DENOMINATOR: { severity: "Lỗi", title: "Tử số lớn hơn mẫu số" },
  UNKNOWN_STATUS: { severity: "Cảnh báo", title: "Trạng thái không nhận ra" },
  STATUS_CONTRADICTION: { severity: "Cảnh báo", title: "Trạng thái mâu thuẫn với tiến độ hoặc ngày hoàn thành" },
  UNKNOWN_OFFICIAL: { severity: "Cảnh báo", title: "Người/bộ phận chủ trì không có trong danh sách" },
  DONE_IN_FUTURE: { severity: "Lỗi", title: "Ngày hoàn thành sau ngày báo cáo" },
  DONE_BEFORE_PLAN: { severity: "Lỗi", title: "Ngày hoàn thành trước khi có kế hoạch" },
  DONE_WITHOUT_DATE: { severity: "Cảnh báo", title: "Hoàn thành nhưng không ghi ngày hoàn thành" },
  READING_AFTER_AS_OF: { severity: "Lỗi", title: "Số liệu ghi ngày sau ngày báo cáo" },
  READING_WITHOUT_PERIOD: { severity: "Lỗi", title: "Số liệu không có kỳ hoặc ngày" },
  DUPLICATE_TASK: { severity: "Cảnh báo", title: "Nhiệm vụ trùng ở hai tệp" },
  DUPLICATE_READING: { severity: "Cảnh báo", title: "Hai số liệu cho cùng một kỳ" },
  DONE_WITHOUT_EVIDENCE: { severity: "Cảnh báo", title: "Hoàn thành nhưng chưa có minh chứng" },
  FORMULA_ERROR: { severity: "Lỗi", title: "Ô có lỗi công thức" },
  OWN_OUTPUT_SKIPPED: { severity: "Cảnh báo", title: "Bỏ qua tệp do cchc tạo ra" },
  ROWS_NOT_READ: { severity: "Lỗi", title: "Sheet vượt giới hạn đọc, phần sau không được đọc" },
  CELL_TOO_LONG: { severity: "Cảnh báo", title: "Ô dài quá giới hạn của Excel, đã cắt bớt" },
  EDITED_IN_MASTER: { severity: "Cảnh báo", title: "Đã sửa tay trong sổ tổng hợp" },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleCode = keyof typeof RULES;

export interface Problem {
  severity: Severity;
  code: RuleCode;
  file: string;
  sheet: string;
  /** Source row, 1-based; null for a whole file or sheet. */
  row: number | null;
  /** Source column letter; null when not about one cell. */
  column: string | null;
  value: string;
  message: string;
}

/** Where a problem is: a file, a sheet, and where known a row and a column letter. */
export interface ProblemPlace {
  file: string;
  sheet: string;
  row?: number | null;
  column?: string | null;
}

export function problem(code: RuleCode, at: ProblemPlace, value: string, detail: string): Problem {
  return {
    severity: RULES[code].severity,
    code,
    file: at.file,
    sheet: at.sheet,
    row: at.row ?? null,
    column: at.column ?? null,
    value,
    message: `${RULES[code].title}: ${detail}`,
  };
}

/**
 * "file › sheet › row N", the Nguồn of every row and problem (the contract fixes this form, other
 * tools parse it); empty for a row typed into the master.
 */
export function sourceLabel(file: string, sheet: string, row: number | null): string {
  if (file === "") return "";
  return [file, sheet, row === null ? null : `row ${row}`].filter((x) => x !== null && x !== "").join(" › ");
}

/** The same place in running Vietnamese text: "file › sheet › dòng N". */
export function placeLabel(file: string, sheet: string, row: number | null): string {
  return [file, sheet, row === null ? null : `dòng ${row}`].filter((x) => x !== null && x !== "").join(" › ");
}

/** Problems in the order Kiểm tra lists them (file, sheet, row, column), each once: as consolidate orders them. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const key = (p: Problem) => [p.file, p.sheet, String(p.row ?? 0).padStart(7, "0"), p.column ?? "", p.code, p.message].join("\u0000");
  const unique = new Map(problems.map((p) => [key(p), p]));
  return [...unique.entries()].sort(([a], [b]) => compareText(a, b)).map(([, p]) => p);
}
