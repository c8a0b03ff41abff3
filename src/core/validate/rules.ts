import { Severity } from "../vocab";

/**
 * Every rule has a stable code (other tools and next quarter's workbook rely on it), a
 * severity, and its title in Vietnamese and English. Lỗi: the value is wrong or cannot be used.
 * Cảnh báo: the value was used but someone should look at it.
 */
export const RULES = {
  FILE_UNREADABLE: { severity: "Lỗi", title: "Không đọc được tệp", en: "File could not be read" },
  SHEET_SKIPPED: { severity: "Cảnh báo", title: "Bỏ qua sheet không có bảng nhận diện được", en: "Sheet skipped: no table recognised" },
  UNKNOWN_CRITERION: { severity: "Lỗi", title: "Mã tiêu chí không có trong kế hoạch", en: "Criterion not in the plan" },
  CRITERION_SUGGESTED: {
    severity: "Cảnh báo",
    title: "Thiếu mã tiêu chí, đã gợi ý theo nội dung",
    en: "Criterion missing, suggested from the content",
  },
  CRITERION_MISSING: { severity: "Lỗi", title: "Thiếu mã tiêu chí", en: "Criterion missing" },
  BAD_DATE: { severity: "Lỗi", title: "Ngày hoặc thời hạn không đọc được", en: "Date or deadline not understood" },
  DATE_AMBIGUOUS: {
    severity: "Cảnh báo",
    title: "Ngày có thể đọc hai cách (ngày/tháng hay tháng/ngày)",
    en: "Date can be read two ways (day/month or month/day)",
  },
  YEAR_ASSUMED: { severity: "Cảnh báo", title: "Kỳ số liệu không ghi năm", en: "Period without a year" },
  PERCENT_OUT_OF_RANGE: { severity: "Lỗi", title: "Tỷ lệ phần trăm ngoài khoảng 0–100", en: "Percentage outside 0–100" },
  BAD_NUMBER: { severity: "Lỗi", title: "Số liệu không phải là số", en: "Not a number" },
  NUMERATOR_ABOVE_DENOMINATOR: { severity: "Lỗi", title: "Tử số lớn hơn mẫu số", en: "Numerator above denominator" },
  UNKNOWN_STATUS: { severity: "Cảnh báo", title: "Trạng thái không nhận ra", en: "Status not recognised" },
  STATUS_CONTRADICTION: {
    severity: "Cảnh báo",
    title: "Trạng thái mâu thuẫn với tiến độ hoặc ngày hoàn thành",
    en: "Status contradicts progress or completion date",
  },
  UNKNOWN_OFFICIAL: {
    severity: "Cảnh báo",
    title: "Người/bộ phận chủ trì không có trong danh sách",
    en: "Lead not in the list of officials",
  },
  DONE_IN_FUTURE: { severity: "Lỗi", title: "Ngày hoàn thành sau ngày báo cáo", en: "Completed after the as-of date" },
  DONE_BEFORE_PLAN: { severity: "Lỗi", title: "Ngày hoàn thành trước khi có kế hoạch", en: "Completed before the plan was issued" },
  DONE_WITHOUT_DATE: { severity: "Cảnh báo", title: "Hoàn thành nhưng không ghi ngày hoàn thành", en: "Completed without a date" },
  DUE_BEFORE_PLAN: { severity: "Cảnh báo", title: "Hạn trước năm của kế hoạch", en: "Due before the plan's first year" },
  READING_AFTER_AS_OF: { severity: "Lỗi", title: "Số liệu ghi ngày sau ngày báo cáo", en: "Figures dated after the as-of date" },
  READING_WITHOUT_PERIOD: { severity: "Lỗi", title: "Số liệu không có kỳ hoặc ngày", en: "Figures without a period or date" },
  VALUE_APPROXIMATE: { severity: "Cảnh báo", title: "Số liệu ghi ước chừng", en: "An approximate figure" },
  DATE_APPROXIMATE: { severity: "Cảnh báo", title: "Ngày ghi ước chừng", en: "An approximate day" },
  BASELINE_FROM_READING: {
    severity: "Cảnh báo",
    title: "Giá trị năm gốc lấy từ số liệu của sổ theo dõi",
    en: "Baseline taken from a workbook's figures",
  },
  PERIOD_RUNNING: {
    severity: "Cảnh báo",
    title: "Số liệu của kỳ chưa kết thúc tại ngày báo cáo",
    en: "Figures of a period still running at the as-of date",
  },
  DUPLICATE_TASK: { severity: "Cảnh báo", title: "Nhiệm vụ ghi hai lần", en: "Same task written twice" },
  DUPLICATE_CONFLICT: {
    severity: "Cảnh báo",
    title: "Nhiệm vụ trùng ở hai tệp với trạng thái khác nhau",
    en: "Same task in two files with different states",
  },
  DUPLICATE_READING: { severity: "Cảnh báo", title: "Hai số liệu cho cùng một kỳ", en: "Two sets of figures for one period" },
  DONE_WITHOUT_EVIDENCE: { severity: "Cảnh báo", title: "Hoàn thành nhưng chưa có minh chứng", en: "Completed without evidence" },
  FORMULA_ERROR: { severity: "Lỗi", title: "Ô có lỗi công thức", en: "Cell holds a formula error" },
  UNMAPPED_COLUMN: {
    severity: "Cảnh báo",
    title: "Cột không khớp trường nào của sổ tổng hợp",
    en: "Column matches no field of the master",
  },
  ROW_SKIPPED: {
    severity: "Cảnh báo",
    title: "Dòng có nội dung nhưng không đọc thành nhiệm vụ hoặc số liệu",
    en: "Row with content not read as a task or figures",
  },
  READING_PARTS: {
    severity: "Cảnh báo",
    title: "Số liệu ghi theo từng phần của cùng một chỉ số",
    en: "Figures given in parts of one indicator",
  },
  DOSSIER_TOTAL_MISMATCH: { severity: "Cảnh báo", title: "Số hồ sơ không khớp với tổng", en: "Dossier counts do not add up" },
  ROW_HIDDEN: { severity: "Cảnh báo", title: "Dòng bị ẩn trong sổ gốc", en: "Hidden row" },
  SHEET_PAST_YEAR: { severity: "Cảnh báo", title: "Sheet của năm trước", en: "A past year's sheet" },
  NEXT_YEAR_PLAN: { severity: "Cảnh báo", title: "Kế hoạch của năm sau", en: "Next year's plan" },
  LEGEND_READ: { severity: "Cảnh báo", title: "Đọc ký hiệu theo chú thích của sheet", en: "Short forms read by the sheet's legend" },
  LEGACY_ENCODING: {
    severity: "Cảnh báo",
    title: "Chữ gõ bằng bảng mã cũ (VNI, TCVN3)",
    en: "Text in a legacy Vietnamese encoding (VNI, TCVN3)",
  },
  JOINED_BY_NUMBER: {
    severity: "Cảnh báo",
    title: "Sheet cập nhật đọc cùng sheet kế hoạch theo STT",
    en: "An update sheet read with the plan sheet by number",
  },
  LEAD_UNCLEAR: {
    severity: "Cảnh báo",
    title: "Không rõ bộ phận chủ trì",
    en: "The lead is not clear",
  },
  PERIOD_CONFLICT: {
    severity: "Lỗi",
    title: "Kỳ số liệu ghi khác nhau trong sheet",
    en: "The sheet gives two periods for its figures",
  },
  RATE_MISMATCH: {
    severity: "Cảnh báo",
    title: "Tỷ lệ ghi khác tử số/mẫu số",
    en: "The rate written differs from its counts",
  },
  ROW_SHIFTED: {
    severity: "Cảnh báo",
    title: "Dòng bị lệch cột",
    en: "A row's cells slid one column",
  },
  OCR_TEXT: {
    severity: "Cảnh báo",
    title: "Chữ số bị nhận nhầm (bảng chuyển từ ảnh quét)",
    en: "Digits misread as letters (a table from a scan)",
  },
  TELEX_TEXT: {
    severity: "Cảnh báo",
    title: "Chữ gõ kiểu Telex khi tắt bộ gõ",
    en: "Text typed in Telex with the keyboard off",
  },
  FORMAT_TEXT: {
    severity: "Cảnh báo",
    title: "Số hiển thị thành chữ theo định dạng ô",
    en: "Numbers shown as words by their cell format",
  },
  HTML_TEXT: {
    severity: "Cảnh báo",
    title: "Ô còn thẻ, mã HTML (xuất từ web)",
    en: "Cells holding HTML markup (a web export)",
  },
  DELIMITED_TEXT: {
    severity: "Cảnh báo",
    title: "Dữ liệu CSV nằm trọn trong cột A",
    en: "CSV data left whole in column A",
  },
  ROWS_PAST_YEAR: { severity: "Cảnh báo", title: "Dòng thuộc khối của năm trước", en: "Rows under an earlier year's block" },
  TABLE_CONTINUED: {
    severity: "Cảnh báo",
    title: "Sheet đọc là phần tiếp của bảng ở sheet trước",
    en: "Sheet read as the rest of the previous sheet's table",
  },
  HEADER_INFERRED: {
    severity: "Cảnh báo",
    title: "Bảng không có dòng tiêu đề: cột suy ra theo nội dung",
    en: "Table without a header row: columns told by what they hold",
  },
  STATUS_FROM_COLOUR: { severity: "Cảnh báo", title: "Trạng thái đọc theo màu tô dòng", en: "Status read from the rows' fill colour" },
  DOSSIER_COUNT_DERIVED: {
    severity: "Cảnh báo",
    title: "Số hồ sơ suy ra từ các dòng khác",
    en: "Dossier count worked out from other rows",
  },
  OWN_OUTPUT_SKIPPED: { severity: "Cảnh báo", title: "Bỏ qua tệp do cchc tạo ra", en: "Skipped: a file cchc wrote" },
  ROWS_NOT_READ: {
    severity: "Lỗi",
    title: "Sheet vượt giới hạn đọc, phần sau không được đọc",
    en: "Sheet past the reader's limits: the rest was not read",
  },
  CELL_TOO_LONG: { severity: "Cảnh báo", title: "Ô dài quá giới hạn của Excel, đã cắt bớt", en: "Cell longer than Excel allows: cut" },
  TASK_CANCELLED: {
    severity: "Cảnh báo",
    title: "Nhiệm vụ đã hủy, dừng hoặc gộp: không tính vào danh sách nhiệm vụ",
    en: "A task cancelled, stopped or merged: not counted among the tasks",
  },
  EXTENSION_ASKED: {
    severity: "Cảnh báo",
    title: "Xin gia hạn nhưng chưa thấy ý kiến đồng ý",
    en: "An extension asked for, with no agreement written",
  },
  DUE_MOVED_EARLIER: {
    severity: "Cảnh báo",
    title: "Hạn gia hạn sớm hơn hạn ban đầu",
    en: "An extension earlier than the first deadline",
  },
  DUE_AFTER_HEADING: {
    severity: "Cảnh báo",
    title: "Hạn của nhiệm vụ muộn hơn hạn của mục chứa nó",
    en: "A task due later than the heading over it",
  },
  UPDATED_COLUMN: {
    severity: "Cảnh báo",
    title: "Cột cập nhật sau thay cho cột trước",
    en: "A column updated later read in place of the earlier one",
  },
  OTHER_UNIT: { severity: "Cảnh báo", title: "Tệp của đơn vị khác", en: "A file of another unit" },
  STATUS_ASSUMED: {
    severity: "Cảnh báo",
    title: "Không ghi trạng thái, đã quá hạn: coi là chưa thực hiện",
    en: "No status written and past due: taken as not started",
  },
  EDITED_IN_MASTER: { severity: "Cảnh báo", title: "Đã sửa tay trong sổ tổng hợp", en: "Edited by hand in the master" },
} as const satisfies Record<string, { severity: Severity; title: string; en: string }>;

export type RuleCode = keyof typeof RULES;

/**
 * Warnings that need no action unless the official disagrees (a value the tool filled in, text it
 * repaired, a reminder): Kiểm tra lists them after the other warnings, so the lines to act on come
 * first (testers found them buried under a December round-up's code suggestions).
 */
export const ADVISORY_RULES: ReadonlySet<RuleCode> = new Set<RuleCode>([
  "CRITERION_SUGGESTED",
  "BASELINE_FROM_READING",
  "PERIOD_RUNNING",
  "DONE_WITHOUT_EVIDENCE",
  "EDITED_IN_MASTER",
  "UPDATED_COLUMN",
  "OWN_OUTPUT_SKIPPED",
  "LEGEND_READ",
  "JOINED_BY_NUMBER",
  "TABLE_CONTINUED",
  "HEADER_INFERRED",
  "LEGACY_ENCODING",
  "TELEX_TEXT",
  "HTML_TEXT",
  "DELIMITED_TEXT",
  "FORMAT_TEXT",
]);
