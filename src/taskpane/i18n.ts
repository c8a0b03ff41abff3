import { Field } from "../core/import/columns";
import { BadFile, badFileText } from "../core/import/badFile";
import { formatViDate, IsoDate } from "../core/dates/isoDate";
import { formatViNumber } from "../core/format/viNumber";
import { Target } from "../core/plan/model";
import { PeriodKind, periodLabel as viPeriodLabel, periodSpan, viDateShort } from "../core/report/period";
import { PeriodOption } from "../core/report/periodOptions";
import { DUE_SOON_DAYS, EarlyWarning, WarningNote, approxValue, shortContent } from "../core/summary/warnings";
import { Problem, RuleCode, problemText, ruleTitle } from "../core/validate/problems";
import { NarrativeSection, Severity } from "../core/vocab";
import type { PlanFileProblem } from "../documents/readPlanFile";

/** A period as the pane names it. */
type PeriodName = { kind: PeriodKind; year: number };
export type ReportFormat = "docx" | "xlsx";

/**
 * The pane's words: Vietnamese first, English second. Both are full `Words`: a key missing
 * in English is a type error, never a Vietnamese fallback. Sheet and table names of the master
 * (Kế hoạch, Nhiệm vụ …) are names, the same in both.
 */
export type Lang = "vi" | "en";

export interface Words {
  lang: Lang;
  title: string;
  steps: readonly [string, string, string, string];
  stepsLabel: string;
  language: string;
  help: string;
  working: string;
  settingsFailed: (why: string) => string;
  startup: { officeMissing: string; notInExcel: string; officeSlow: string };

  // 1. Kế hoạch
  planInUse: string;
  planOf: (number: string, items: number) => string;
  builtin: string;
  builtinQuestion: (typed: string) => string;
  builtinConfirm: string;
  builtinKeep: string;
  loadPlanFile: string;
  chooseFile: string;
  pasteHere: string;
  readPasted: string;
  planRead: (number: string, items: number, notes: number) => string;
  planUnreadable: (detail: string) => string;
  /** A plan file that could not be read: why (the reader's Vietnamese words, or in English by kind of problem). */
  planFileUnreadable: (name: string, problem: PlanFileProblem, detail: string) => string;
  planNeedsDate: (source: string | null) => string;
  planDate: string;
  readWithDate: string;
  planDateMissing: string;
  noteLevel: (level: Severity) => string;
  /** A parser note's level and the line of the text it is about. */
  noteAt: (level: Severity, line: number) => string;
  planItems: string;
  target: (t: Target) => string;
  noLead: string;
  baseline: (year: number) => string;
  /** The value of the year before the assessment year, for a rate to raise over it (1.1). */
  previousYearValue: (year: number) => string;
  understood: (n: number) => string;
  notANumber: string;
  writePlan: string;
  planWritten: (items: number, deadlines: number) => string;
  baselinesInvalid: (codes: string) => string;
  planChanged: string;

  // 2. Nhập dữ liệu
  asOf: string;
  structureActive: string;
  activeEmpty: string;
  structured: (sheet: string, tasks: number, readings: number) => string;
  pickFiles: string;
  readingProgress: (i: number, n: number) => string;
  waiting: string;
  reading: string;
  readDone: (tasks: number, readings: number, dossiers: number) => string;
  readEmpty: (why: string) => string;
  emptyWhy: { blank: string; noTable: (sheets: string) => string; noRows: (sheets: string) => string };
  failed: (why: string) => string;
  badFile: (bad: BadFile) => string;
  remove: string;
  removeFile: (name: string) => string;
  mapping: string;
  kind: (kind: "tasks" | "readings") => string;
  sheetLine: (kind: "tasks" | "readings", rows: number, top: number, bottom: number) => string;
  corrected: string;
  sameHeader: (n: number) => string;
  /** What the importer found beside the columns: section rows, periods read across, rows left aside. */
  sectionsFound: (rows: string) => string;
  unpivotedFound: (periods: string, readings: number) => string;
  skippedFound: (rows: string) => string;
  skipReason: Record<"total" | "footer" | "repeat-header" | "no-content" | "note" | "example" | "struck", string>;
  notUsed: string;
  restore: string;
  contentRequired: string;
  fields: Record<Field, string>;
  writeMaster: string;
  writeMasterHint: string;
  masterWritten: (tasks: number, readings: number, problems: number, kept: number) => string;
  noReadableFile: string;
  noRows: string;
  noTasks: (readings: number) => string;

  // 3. Kiểm tra
  nothingYet: string;
  severity: string;
  all: string;
  severities: Record<Severity, string>;
  ruleTitle: (code: RuleCode) => string;
  /** A problem's text under its rule's title (so without the title). */
  problemText: (p: Problem) => string;
  problemsFound: (n: number) => string;
  noneAtSeverity: string;
  clickHint: string;
  showMore: (n: number) => string;

  // 4. Tổng hợp & báo cáo
  asOfNote: (date: IsoDate) => string;
  summaryTitle: string;
  buildSummary: string;
  summaryDone: (year: number, met: number, items: number, overdue: number) => string;
  masterMissing: (sheets: string) => string;
  masterEmpty: string;
  /** The heading of the early warnings listed under the summary's button. */
  earlyWarningsTitle: (asOf: IsoDate) => string;
  /** A warning as Tổng hợp's TongHopCanhBao says it (in Vietnamese, its very text). */
  earlyWarning: (w: EarlyWarning) => string;
  /** Nothing to warn about: no projected miss and no task due soon that has not started. */
  noWarnings: string;
  /** Over the items too little data could not project. */
  warningNotesTitle: string;
  warningNote: (n: WarningNote) => string;
  assessmentYear: string;
  assessmentYearAuto: (year: number) => string;
  period: string;
  periodLabel: (p: PeriodName) => string;
  periodDays: (p: PeriodOption) => string;
  everyQuarter: string;
  calendar: string;
  narrativeTitle: (p: PeriodName) => string;
  narrativeHint: string;
  narrativeSections: Record<NarrativeSection, string>;
  moreSections: string;
  fewerSections: string;
  writeNarrative: string;
  readNarrative: string;
  narrativeWritten: (p: PeriodName, sections: number) => string;
  narrativeRead: (p: PeriodName, sections: number) => string;
  narrativeNone: (p: PeriodName) => string;
  narrativeNoSheet: string;
  narrativeUnsaved: string;
  settingsTitle: string;
  parent: string;
  parentPlaceholder: string;
  to: string;
  toMissing: string;
  recipients: string;
  drafter: string;
  copies: string;
  copiesInvalid: string;
  number: string;
  reportDate: string;
  sectionOnly: string;
  exportTitle: string;
  exportReport: (p: PeriodName, format: ReportFormat, section: boolean) => string;
  settingsInvalid: string;
  reportReady: (name: string, opened: boolean) => string;
  wordReady: (name: string) => string;
  /** Said after an export that first wrote what was typed into Nội dung báo cáo. */
  alsoNarrative: string;
  /** The report's own checks, in Vietnamese (the words of the document it checks), after an export. */
  reportCautions: (cautions: readonly string[]) => string;
  /** Not exported: the period or the date cannot report on the plan (the command line refuses it too). */
  reportRefused: (why: string) => string;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** The problem's text in a language, without the rule's title it starts with (the pane lists problems under it). */
function withoutTitle(p: Problem, lang: Lang): string {
  const text = problemText(p, lang);
  const title = `${ruleTitle(p.code, lang)}: `;
  return text.startsWith(title) ? text.slice(title.length) : text;
}

const vi: Words = {
  lang: "vi",
  title: "Theo dõi CCHC",
  steps: ["1. Kế hoạch", "2. Nhập dữ liệu", "3. Kiểm tra", "4. Tổng hợp & báo cáo"],
  stepsLabel: "Các bước",
  language: "Ngôn ngữ",
  help: "Hướng dẫn",
  working: "Đang xử lý…",
  settingsFailed: (why) => `Không đọc hoặc lưu được thiết lập của ngăn trong sổ: ${why}`,
  startup: {
    officeMissing:
      "Không tải được thư viện Office.js của Microsoft nên ngăn tác vụ chưa chạy được. Hãy kiểm tra kết nối Internet (hoặc nhờ quản trị mạng cho phép trang appsforoffice.microsoft.com), rồi đóng ngăn và mở lại: Trang chủ › Theo dõi CCHC.",
    notInExcel: "Trang này là ngăn tác vụ của Excel. Hãy mở trong Excel: Trang chủ › Theo dõi CCHC.",
    officeSlow:
      "Excel chưa trả lời ngăn tác vụ. Hãy đóng ngăn và mở lại (Trang chủ › Theo dõi CCHC); nếu vẫn vậy, hãy lưu sổ, đóng Excel và mở lại.",
  },

  planInUse: "Kế hoạch đang dùng",
  planOf: (n, items) => `Kế hoạch ${n.trim() || "(chưa có số hiệu)"}: ${items} tiêu chí`,
  builtin: "Dùng kế hoạch mặc định (49/KH-UBND xã Tân Bình)",
  builtinQuestion: (typed) => `Kế hoạch mặc định không có các giá trị năm gốc đã nhập (${typed}). Vẫn dùng kế hoạch mặc định?`,
  builtinConfirm: "Dùng kế hoạch mặc định",
  builtinKeep: "Giữ kế hoạch đang dùng",
  loadPlanFile: "Tải kế hoạch của xã (.txt, .docx, .pdf, .xlsx)",
  chooseFile: "Chọn tệp…",
  pasteHere: "Hoặc dán văn bản kế hoạch vào đây",
  readPasted: "Đọc văn bản đã dán",
  planRead: (n, items, notes) =>
    `Đã đọc kế hoạch ${n.trim() || "(chưa có số hiệu)"}: ${items} tiêu chí${notes > 0 ? `, ${notes} ghi chú cần xem ở trên` : ""}. Bấm Ghi Kế hoạch và Thời hạn vào sổ (cuối bước này) để sổ dùng kế hoạch này.`,
  planUnreadable: (detail) => `Không đọc được kế hoạch: ${detail}`,
  planFileUnreadable: (name, _problem, detail) => `Không đọc được tệp kế hoạch ${name}: ${detail.replace(/\.$/, "")}.`,
  planNeedsDate: (source) =>
    `${source ? `Tệp ${source}` : "Văn bản đã dán"} không ghi ngày ban hành, và tên kế hoạch cũng không ghi năm. Hãy nhập ngày ban hành của kế hoạch ở ô dưới đây rồi bấm Đọc lại kế hoạch với ngày này.`,
  planDate: "Ngày ban hành kế hoạch",
  readWithDate: "Đọc lại kế hoạch với ngày này",
  planDateMissing: "Chưa đọc: hãy nhập ngày ban hành của kế hoạch trước.",
  noteLevel: (level) => level,
  noteAt: (level, line) => `${level}, dòng ${line}`,
  planItems: "Các tiêu chí của kế hoạch",
  target: (t) => {
    switch (t.kind) {
      case "level":
        return `≥ ${formatViNumber(t.value)}%`;
      case "milestones":
        return t.milestones.map((m) => `${formatViNumber(m.value)}% đến ${formatViDate(m.date)}`).join("; ");
      case "baseline":
        return `${t.comparator === ">" ? "Cao hơn" : "Không thấp hơn"} năm ${t.year}${t.baseline === null ? "" : ` (${formatViNumber(t.baseline)})`}`;
      case "previousYear":
        return `${t.comparator === ">" ? "Cao hơn" : "Không thấp hơn"} năm trước${t.baseline === null ? "" : ` (${formatViNumber(t.baseline)})`}`;
      case "qualitative":
        return "Định tính (theo nhiệm vụ)";
    }
  },
  noLead: "chưa phân công",
  baseline: (y) => `Giá trị năm ${y}`,
  previousYearValue: (y) => `Giá trị năm trước (${y})`,
  understood: (n) => `Hiểu là ${formatViNumber(n, 4)}`,
  notANumber: "Không phải một số. Hãy gõ dạng 80,5 (một dấu phẩy thập phân).",
  writePlan: "Ghi Kế hoạch và Thời hạn vào sổ",
  planWritten: (items, deadlines) => `Đã ghi ${items} tiêu chí vào sheet Kế hoạch và ${deadlines} mốc vào sheet Thời hạn.`,
  baselinesInvalid: (codes) => `Chưa ghi: giá trị năm gốc của ${codes} không phải là số. Hãy sửa ô đánh dấu đỏ rồi ghi lại.`,
  planChanged:
    "Kế hoạch hoặc giá trị năm gốc đã thay đổi nhưng chưa được ghi vào sổ. Hãy bấm Ghi Kế hoạch và Thời hạn vào sổ (bước 1) để sổ dùng đúng kế hoạch này.",

  asOf: "Tính đến ngày",
  structureActive: "Cấu trúc sheet đang mở",
  activeEmpty: "Sheet đang mở không có dữ liệu: hãy mở sheet có bảng theo dõi rồi bấm lại.",
  structured: (sheet, tasks, readings) => `Đã đọc sheet ${sheet}: ${tasks} nhiệm vụ, ${readings} số liệu.`,
  pickFiles: "Sổ theo dõi của cán bộ, công chức (.xlsx, .xlsm, .xls, .ods)",
  readingProgress: (i, n) => `Đang đọc ${i}/${n} tệp`,
  waiting: "Chờ đọc",
  reading: "Đang đọc…",
  readDone: (tasks, readings, dossiers) =>
    `Đã đọc: ${tasks} nhiệm vụ, ${readings} số liệu${dossiers > 0 ? `, ${dossiers} dòng hồ sơ TTHC` : ""}`,
  readEmpty: (why) => `Đã mở nhưng không lấy được dữ liệu: ${why}`,
  emptyWhy: {
    blank: "các sheet đều trống.",
    noTable: (sheets) => `không nhận ra bảng nhiệm vụ hay bảng số liệu nào (sheet ${sheets}). Hãy xem dòng tiêu đề của bảng.`,
    noRows: (sheets) => `có dòng tiêu đề nhưng không có dòng dữ liệu nào (sheet ${sheets}).`,
  },
  failed: (why) => `Không đọc được: ${why}`,
  badFile: (bad) => badFileText(bad, "vi"),
  remove: "Bỏ",
  removeFile: (name) => `Bỏ tệp ${name} khỏi danh sách`,
  mapping: "Cột nhận diện được (bấm để xem, sửa nếu sai)",
  kind: (k) => (k === "tasks" ? "nhiệm vụ" : "số liệu"),
  sheetLine: (k, rows, top, bottom) =>
    `${k === "tasks" ? "nhiệm vụ" : "số liệu"}, ${rows} dòng, tiêu đề dòng ${top}${bottom > top ? `–${bottom}` : ""}`,
  corrected: "đã sửa",
  sameHeader: (n) => `Sửa ở đây áp dụng cho cả ${n} sheet cùng dòng tiêu đề.`,
  sectionsFound: (rows) => `Dòng mục (đặt tiêu chí cho các dòng dưới): ${rows}`,
  unpivotedFound: (periods, readings) => `Số liệu theo kỳ ở các cột (${periods}): ${readings} số liệu`,
  skippedFound: (rows) => `Dòng bỏ qua: ${rows}`,
  skipReason: {
    total: "dòng cộng",
    footer: "chữ ký, hết bảng",
    "repeat-header": "tiêu đề lặp lại",
    "no-content": "không có nội dung",
    example: "dòng ví dụ của biểu",
    note: "ghi chú của bảng",
    struck: "gạch ngang: việc đã bỏ",
  },
  notUsed: "(không dùng)",
  restore: "Khôi phục",
  contentRequired: "Không bỏ được cột Nội dung: thiếu nó thì không có nhiệm vụ nào. Hãy chọn đúng cột thay vì bỏ.",
  fields: {
    stt: "STT",
    code: "Mã tiêu chí",
    content: "Nội dung",
    lead: "Chủ trì",
    partners: "Phối hợp",
    due: "Hạn hoàn thành",
    status: "Trạng thái",
    progress: "Tiến độ (%)",
    doneDate: "Ngày hoàn thành",
    result: "Kết quả",
    evidence: "Minh chứng",
    note: "Ghi chú",
    indicator: "Chỉ số",
    period: "Kỳ",
    date: "Ngày số liệu",
    numerator: "Tử số",
    denominator: "Mẫu số",
    value: "Giá trị",
  },
  writeMaster: "Ghi vào sổ tổng hợp",
  writeMasterHint:
    "Ghi vào chính sổ đang mở các sheet Tổng hợp, Kế hoạch, Nhiệm vụ, Chỉ số, Thời hạn, Kiểm tra, Danh mục. Tệp của cán bộ, công chức không bị thay đổi.",
  masterWritten: (t, r, p, kept) =>
    `Đã ghi ${t} nhiệm vụ vào sheet Nhiệm vụ, ${r} số liệu vào sheet Chỉ số và ${p} vấn đề vào sheet Kiểm tra.` +
    (kept > 0 ? ` Giữ lại ${kept} dòng nhập tay trong sổ.` : ""),
  noReadableFile: "Chưa ghi gì: chưa có tệp nào đọc được. Hãy chọn sổ theo dõi (.xlsx) ở trên, hoặc bấm Cấu trúc sheet đang mở.",
  noRows:
    "Chưa ghi gì: các tệp đã đọc không có dòng nhiệm vụ hay số liệu nào. Hãy xem cột nhận diện ở trên (nhất là cột Nội dung) hoặc chọn đúng sổ theo dõi.",
  noTasks: (r) =>
    `Đã ghi ${r} số liệu vào sheet Chỉ số nhưng không có nhiệm vụ nào: sheet Nhiệm vụ trống. Nếu sổ có nhiệm vụ, hãy xem cột Nội dung ở trên.`,

  nothingYet: "Chưa có dữ liệu: hãy chọn sổ theo dõi ở bước 2.",
  severity: "Mức độ",
  all: "Tất cả",
  severities: { Lỗi: "Lỗi", "Cảnh báo": "Cảnh báo" },
  ruleTitle: (code) => ruleTitle(code, "vi"),
  problemText: (p) => withoutTitle(p, "vi"),
  problemsFound: (n) => `${n} vấn đề`,
  noneAtSeverity: "Không có vấn đề nào ở mức độ này.",
  clickHint: "Bấm vào vị trí để chọn ô đó trong Excel.",
  showMore: (n) => `Xem thêm ${n}`,

  asOfNote: (d) => `Số liệu tính đến ngày ${formatViDate(d)} (đổi ở bước 2).`,
  buildSummary: "Lập / cập nhật Tổng hợp",
  summaryTitle: "Tổng hợp",
  summaryDone: (year, met, items, overdue) =>
    `Đã lập sheet Tổng hợp năm ${year}: ${met}/${items} tiêu chí đạt, ${overdue} nhiệm vụ quá hạn.`,
  masterMissing: (sheets) => `Sổ chưa có sheet ${sheets}: hãy chọn sổ theo dõi ở bước 2 rồi bấm Ghi vào sổ tổng hợp.`,
  masterEmpty: "Sheet Nhiệm vụ và Chỉ số chưa có dòng nào: hãy chọn sổ theo dõi ở bước 2 rồi bấm Ghi vào sổ tổng hợp.",
  earlyWarningsTitle: (d) => `Cảnh báo sớm (tính đến ${formatViDate(d)})`,
  earlyWarning: (w) => w.text,
  noWarnings: `Không có gì cần cảnh báo: không tiêu chí nào có xu hướng không đạt mốc tiếp theo, không nhiệm vụ nào đến hạn trong ${DUE_SOON_DAYS} ngày tới mà chưa thực hiện.`,
  warningNotesTitle: "Chưa dự báo được",
  warningNote: (n) => n.text,
  assessmentYear: "Năm đánh giá của Tổng hợp",
  assessmentYearAuto: (y) => `Theo ngày tính số liệu: ${y}`,
  period: "Kỳ báo cáo",
  periodLabel: (p) => viPeriodLabel(p),
  periodDays: (p) => `Số liệu ${periodSpan(p)}; hạn gửi ${viDateShort(p.due)}.`,
  everyQuarter: "Tỉnh yêu cầu báo cáo từng quý (thêm quý II, quý IV)",
  calendar: "Theo tháng dương lịch (mặc định: kỳ chốt số liệu từ ngày 15 đến ngày 14)",
  narrativeTitle: (p) => `Nội dung báo cáo ${viPeriodLabel(p)}`,
  narrativeHint:
    "Mỗi dòng là một đoạn của báo cáo. Nội dung được ghi vào sheet Nội dung báo cáo của sổ; mục I và V để trống thì báo cáo dùng nội dung mặc định.",
  narrativeSections: {
    "I. Công tác chỉ đạo và điều hành": "I. Công tác chỉ đạo, điều hành",
    "II. Kết quả thực hiện": "II. Kết quả thực hiện (bổ sung)",
    "III. Tồn tại và hạn chế": "III. Tồn tại, hạn chế (bổ sung)",
    "III. Nguyên nhân": "III. Nguyên nhân của tồn tại, hạn chế",
    "IV. Phương hướng và nhiệm vụ kỳ tới": "IV. Phương hướng, nhiệm vụ kỳ tới (bổ sung)",
    "V. Đề xuất và kiến nghị": "V. Đề xuất, kiến nghị",
  },
  moreSections: "Thêm nội dung cho mục II, III (tồn tại) và IV",
  fewerSections: "Ẩn mục II, III (tồn tại) và IV",
  writeNarrative: "Ghi vào sheet Nội dung báo cáo",
  readNarrative: "Đọc lại từ sổ",
  narrativeWritten: (p, n) => `Đã ghi nội dung ${viPeriodLabel(p)} vào sheet Nội dung báo cáo: ${n} mục có nội dung.`,
  narrativeRead: (p, n) => `Đã đọc nội dung ${viPeriodLabel(p)} từ sheet Nội dung báo cáo: ${n} mục có nội dung.`,
  narrativeNone: (p) => `Sheet Nội dung báo cáo chưa có nội dung cho ${viPeriodLabel(p)}.`,
  narrativeNoSheet: "Sổ chưa có sheet Nội dung báo cáo: nội dung gõ ở đây sẽ được ghi vào sheet đó khi bấm Ghi, hoặc khi xuất báo cáo.",
  narrativeUnsaved: "Nội dung đã sửa chưa ghi vào sổ; sẽ được ghi khi xuất báo cáo.",
  settingsTitle: "Thiết lập báo cáo (được nhớ trong sổ)",
  parent: "Cơ quan cấp trên (dòng đầu, có thể để trống)",
  parentPlaceholder: "Ví dụ: UBND TỈNH …",
  to: "Kính gửi (mỗi dòng một nơi)",
  toMissing: "Báo cáo gửi cơ quan cấp trên cần ghi Kính gửi.",
  recipients: "Nơi nhận (mỗi dòng một nơi)",
  drafter: "Đơn vị soạn thảo (Lưu: VT, …)",
  copies: "Số bản lưu (để trống nếu không ghi)",
  copiesInvalid: "Số bản lưu là một số, ví dụ 2.",
  number: "Số báo cáo (trước /BC-UBND; để trống cho văn thư điền)",
  reportDate: "Ngày báo cáo (để trống: ngày cuối kỳ)",
  sectionOnly: "Chỉ phần kế hoạch (để lồng ghép vào báo cáo CCHC của xã)",
  exportTitle: "Xuất báo cáo",
  exportReport: (p, format, section) =>
    `Xuất ${section ? "phần kế hoạch" : "báo cáo"} ${p.kind === "H1" || p.kind === "Y" ? viPeriodLabel(p) : `quý ${ROMAN[Number(p.kind.slice(1)) - 1]}/${p.year}`} (${format === "docx" ? "Word" : "Excel"})`,
  settingsInvalid: "Chưa xuất: số bản lưu không phải là số. Hãy sửa ô đánh dấu đỏ ở phần Thiết lập báo cáo.",
  reportReady: (name, opened) =>
    opened ? `Đã tải ${name} về thư mục Tải xuống và mở trong Excel.` : `Đã tải ${name} về thư mục Tải xuống: hãy mở tệp đó bằng Excel.`,
  wordReady: (name) => `Đã tải ${name} về thư mục Tải xuống: hãy mở tệp đó bằng Word.`,
  alsoNarrative: " Nội dung gõ ở trên đã được ghi vào sheet Nội dung báo cáo.",
  reportCautions: (cautions) => ` Lưu ý trước khi ký: ${cautions.join(" ")}`,
  reportRefused: (why) => `Chưa xuất: ${why}`,
};

/** "Q3 2021", "H1 2021", "2021 annual". */
function enPeriod(p: PeriodName): string {
  if (p.kind === "H1") return `H1 ${p.year}`;
  if (p.kind === "Y") return `${p.year} annual`;
  return `${p.kind} ${p.year}`;
}
const enNumber = (n: number, digits = 2) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
const enDate = (d: IsoDate) => new Date(`${d}T00:00:00Z`).toLocaleDateString("en-GB", { timeZone: "UTC" });

/** An early warning in English, from the same figures as its Vietnamese text (the same rounding, the same dates). */
function enWarning(w: EarlyWarning): string {
  if (w.kind === "dueSoon") {
    const who = [w.code ?? "", ...w.lead].filter((x) => x !== "").join(", ");
    const left = w.daysLeft === 0 ? "due today" : `${w.daysLeft} day${w.daysLeft === 1 ? "" : "s"} left`;
    return `${w.task.id}${who ? ` (${who})` : ""}: due ${enDate(w.date)}, ${left}, not started: ${shortContent(w.task.content)}`;
  }
  const p = w.projection;
  const strict = p.target.comparator === ">=";
  const approx = enNumber(approxValue(p.projected, p.target.value, strict));
  const first = p.points[0].date;
  const last = p.points[p.points.length - 1].date;
  return (
    `${w.code}: at the current pace, about ${approx}% ${strict ? "<" : "≤"} ${enNumber(p.target.value)}% by ${enDate(p.target.date)} ` +
    `(trend of ${p.points.length} readings from ${enDate(first)} to ${enDate(last)})`
  );
}

const en: Words = {
  lang: "en",
  title: "CCHC tracker",
  steps: ["1. Plan", "2. Import", "3. Check", "4. Summary & report"],
  stepsLabel: "Steps",
  language: "Language",
  help: "Help",
  working: "Working…",
  settingsFailed: (why) => `The pane's settings in this workbook could not be read or saved: ${why}`,
  startup: {
    officeMissing:
      "Microsoft's Office.js library could not be loaded, so the task pane cannot start. Check the Internet connection (or ask the network administrator to allow appsforoffice.microsoft.com), then close the pane and open it again: Home › CCHC tracker.",
    notInExcel: "This page is an Excel task pane. Open it in Excel: Home › CCHC tracker.",
    officeSlow:
      "Excel has not answered the task pane. Close the pane and open it again (Home › CCHC tracker); if that fails, save, close and reopen Excel.",
  },

  planInUse: "Plan in use",
  planOf: (n, items) => `Plan ${n.trim() || "(no number)"}: ${items} items`,
  builtin: "Use the built-in plan (49/KH-UBND, xã Tân Bình)",
  builtinQuestion: (typed) => `The built-in plan does not have the baseline values typed (${typed}). Use the built-in plan anyway?`,
  builtinConfirm: "Use the built-in plan",
  builtinKeep: "Keep the current plan",
  loadPlanFile: "Load the commune's plan (.txt, .docx, .pdf, .xlsx)",
  chooseFile: "Choose a file…",
  pasteHere: "Or paste the plan's text here",
  readPasted: "Read the pasted text",
  planRead: (n, items, notes) =>
    `Read plan ${n.trim() || "(no number)"}: ${items} items${notes > 0 ? `, ${notes} notes to look at above` : ""}. Click Write the Kế hoạch and Thời hạn sheets (at the end of this step) for the workbook to use it.`,
  planUnreadable: () =>
    "The text could not be read as a plan: it needs items 1.1, 1.2 … each with a. objective, b. tasks, c. assignment, d. deadline.",
  planFileUnreadable: (name, problem) => {
    switch (problem) {
      case "scanned":
        return `${name} is a scanned PDF with no text layer: use the Word file or a PDF exported from Word, or run text recognition (OCR) on it first.`;
      case "password":
        return `${name} is protected by a password: save a copy without one and choose that.`;
      case "format":
        return `${name} is not a plan file the pane reads (.txt, .docx, .pdf, .xlsx); an old .doc or .xls file must first be saved as .docx or .xlsx.`;
      case "damaged":
        return `${name} is damaged or its content could not be read.`;
    }
  },
  planNeedsDate: (source) =>
    `${source ? `The file ${source}` : "The pasted text"} gives no date of issue, and the plan's title no year. Type the plan's date of issue below, then click Read the plan again with this date.`,
  planDate: "The plan's date of issue",
  readWithDate: "Read the plan again with this date",
  planDateMissing: "Not read: type the plan's date of issue first.",
  noteLevel: (level) => (level === "Lỗi" ? "Error" : "Warning"),
  noteAt: (level, line) => `${level === "Lỗi" ? "Error" : "Warning"}, line ${line}`,
  planItems: "The plan's items",
  target: (t) => {
    switch (t.kind) {
      case "level":
        return `≥ ${enNumber(t.value)}%`;
      case "milestones":
        return t.milestones.map((m) => `${enNumber(m.value)}% by ${enDate(m.date)}`).join("; ");
      case "baseline":
        return `${t.comparator === ">" ? "Above" : "At least"} the ${t.year} value${t.baseline === null ? "" : ` (${enNumber(t.baseline)})`}`;
      case "previousYear":
        return `${t.comparator === ">" ? "Above" : "At least"} the previous year's value${t.baseline === null ? "" : ` (${enNumber(t.baseline)})`}`;
      case "qualitative":
        return "Qualitative (judged by its tasks)";
    }
  },
  noLead: "not assigned",
  baseline: (y) => `${y} value`,
  previousYearValue: (y) => `Previous year's value (${y})`,
  understood: (n) => `Read as ${enNumber(n, 4)}`,
  notANumber: "Not a number. Type it like 80.5 or 80,5 (one decimal separator).",
  writePlan: "Write the Kế hoạch and Thời hạn sheets",
  planWritten: (items, deadlines) => `Wrote ${items} items to the Kế hoạch sheet and ${deadlines} deadlines to the Thời hạn sheet.`,
  baselinesInvalid: (codes) => `Not written: the baseline of ${codes} is not a number. Correct the field marked in red, then write again.`,
  planChanged:
    "The plan or a baseline changed but has not been written to the workbook. Click Write the Kế hoạch and Thời hạn sheets (step 1) for the workbook to use this plan.",

  asOf: "As of",
  structureActive: "Structure the active sheet",
  activeEmpty: "The active sheet is empty: open the sheet with the tracking table and try again.",
  structured: (sheet, tasks, readings) => `Read sheet ${sheet}: ${tasks} tasks, ${readings} readings.`,
  pickFiles: "Officials' tracking workbooks (.xlsx, .xlsm, .xls, .ods)",
  readingProgress: (i, n) => `Reading file ${i} of ${n}`,
  waiting: "Waiting",
  reading: "Reading…",
  readDone: (tasks, readings, dossiers) => `Read: ${tasks} tasks, ${readings} readings${dossiers > 0 ? `, ${dossiers} dossier rows` : ""}`,
  readEmpty: (why) => `Opened, but nothing was taken from it: ${why}`,
  emptyWhy: {
    blank: "every sheet is blank.",
    noTable: (sheets) => `no table of tasks or readings was recognised (sheet ${sheets}). Check the table's header row.`,
    noRows: (sheets) => `a header row but no data rows (sheet ${sheets}).`,
  },
  failed: (why) => `Could not read: ${why}`,
  badFile: (bad) => badFileText(bad, "en"),
  remove: "Remove",
  removeFile: (name) => `Remove ${name} from the list`,
  mapping: "Detected columns (open to see, correct if wrong)",
  kind: (k) => (k === "tasks" ? "tasks" : "readings"),
  sheetLine: (k, rows, top, bottom) =>
    `${k === "tasks" ? "tasks" : "readings"}, ${rows} rows, header row ${top}${bottom > top ? `–${bottom}` : ""}`,
  corrected: "corrected",
  sameHeader: (n) => `A correction here applies to all ${n} sheets with the same header.`,
  sectionsFound: (rows) => `Section rows (they set the criterion of the rows below): ${rows}`,
  unpivotedFound: (periods, readings) => `Figures by period across the columns (${periods}): ${readings} readings`,
  skippedFound: (rows) => `Rows left aside: ${rows}`,
  skipReason: {
    total: "total",
    footer: "signature, end of table",
    "repeat-header": "header repeated",
    "no-content": "no content",
    example: "the form's example row",
    note: "a note on the table",
    struck: "struck through: work dropped",
  },
  notUsed: "(not used)",
  restore: "Restore",
  contentRequired: "The task column cannot be removed: without it there are no tasks. Choose the right column instead.",
  fields: {
    stt: "No.",
    code: "Criterion",
    content: "Task",
    lead: "Lead",
    partners: "Co-ordinating",
    due: "Deadline",
    status: "Status",
    progress: "Progress (%)",
    doneDate: "Done on",
    result: "Result",
    evidence: "Evidence",
    note: "Note",
    indicator: "Indicator",
    period: "Period",
    date: "Date",
    numerator: "Numerator",
    denominator: "Denominator",
    value: "Value",
  },
  writeMaster: "Write to the master workbook",
  writeMasterHint:
    "Writes the Tổng hợp, Kế hoạch, Nhiệm vụ, Chỉ số, Thời hạn, Kiểm tra and Danh mục sheets into this workbook. The officials' files are not changed.",
  masterWritten: (t, r, p, kept) =>
    `Wrote ${t} tasks to the Nhiệm vụ sheet, ${r} readings to the Chỉ số sheet and ${p} problems to the Kiểm tra sheet.` +
    (kept > 0 ? ` Kept ${kept} rows typed into the workbook.` : ""),
  noReadableFile: "Nothing written: no file has been read. Choose tracking workbooks (.xlsx) above, or click Structure the active sheet.",
  noRows:
    "Nothing written: the files read have no task or reading rows. Check the detected columns above (the task column above all) or choose the right workbooks.",
  noTasks: (r) =>
    `Wrote ${r} readings to the Chỉ số sheet but no tasks: the Nhiệm vụ sheet is empty. If the workbooks have tasks, check the task column above.`,

  nothingYet: "No data yet: choose tracking workbooks in step 2.",
  severity: "Severity",
  all: "All",
  severities: { Lỗi: "Error", "Cảnh báo": "Warning" },
  ruleTitle: (code) => ruleTitle(code, "en"),
  problemText: (p) => withoutTitle(p, "en"),
  problemsFound: (n) => `${n} problems`,
  noneAtSeverity: "No problems of this severity.",
  clickHint: "Click a place to select that cell in Excel.",
  showMore: (n) => `Show ${n} more`,

  asOfNote: (d) => `Figures as of ${enDate(d)} (change it in step 2).`,
  buildSummary: "Build / refresh Tổng hợp",
  summaryTitle: "Tổng hợp (summary)",
  summaryDone: (year, met, items, overdue) => `Built the Tổng hợp sheet for ${year}: ${met}/${items} items met, ${overdue} overdue tasks.`,
  masterMissing: (sheets) =>
    `The workbook has no ${sheets} sheet yet: choose tracking workbooks in step 2, then Write to the master workbook.`,
  masterEmpty: "The Nhiệm vụ and Chỉ số sheets have no rows: choose tracking workbooks in step 2, then Write to the master workbook.",
  earlyWarningsTitle: (d) => `Early warnings (as of ${enDate(d)})`,
  earlyWarning: (w) => enWarning(w),
  noWarnings: `Nothing to warn about: no item's trend falls short of its next target, and no task due within ${DUE_SOON_DAYS} days is still not started.`,
  warningNotesTitle: "Not projected",
  warningNote: (n) =>
    `${n.code}: too little data to project (${n.readings === 0 ? "no readings in the year yet" : "only 1 reading in the year"}; at least 2 are needed, on 2 different days)`,
  assessmentYear: "Assessment year of Tổng hợp",
  assessmentYearAuto: (y) => `By the as-of date: ${y}`,
  period: "Reporting period",
  periodLabel: (p) => enPeriod(p),
  periodDays: (p) => `Figures from ${enDate(p.from)} to ${enDate(p.to)}; due ${enDate(p.due)}.`,
  everyQuarter: "The province asks for a report every quarter (adds Q2 and Q4)",
  calendar: "Calendar months (default: the 15th-to-14th reporting period)",
  narrativeTitle: (p) => `The report's own words, ${enPeriod(p)}`,
  narrativeHint:
    "Each line is a paragraph of the report. It is written to the workbook's Nội dung báo cáo sheet; with sections I and V left empty the report uses default wording.",
  narrativeSections: {
    "I. Công tác chỉ đạo và điều hành": "I. Direction and management",
    "II. Kết quả thực hiện": "II. Results (additions)",
    "III. Tồn tại và hạn chế": "III. Shortcomings (additions)",
    "III. Nguyên nhân": "III. Causes of the shortcomings",
    "IV. Phương hướng và nhiệm vụ kỳ tới": "IV. Next period's tasks (additions)",
    "V. Đề xuất và kiến nghị": "V. Proposals and recommendations",
  },
  moreSections: "Add to sections II, III (shortcomings) and IV",
  fewerSections: "Hide sections II, III (shortcomings) and IV",
  writeNarrative: "Write to the Nội dung báo cáo sheet",
  readNarrative: "Read again from the workbook",
  narrativeWritten: (p, n) => `Wrote the ${enPeriod(p)} text to the Nội dung báo cáo sheet: ${n} sections with content.`,
  narrativeRead: (p, n) => `Read the ${enPeriod(p)} text from the Nội dung báo cáo sheet: ${n} sections with content.`,
  narrativeNone: (p) => `The Nội dung báo cáo sheet has nothing for ${enPeriod(p)} yet.`,
  narrativeNoSheet:
    "The workbook has no Nội dung báo cáo sheet yet: what is typed here is written to it when you click Write, or when the report is exported.",
  narrativeUnsaved: "Edited text not yet written to the workbook; it is written when the report is exported.",
  settingsTitle: "Report settings (kept in the workbook)",
  parent: "Parent body (first line, may be empty)",
  parentPlaceholder: "For example: UBND TỈNH …",
  to: "To (Kính gửi, one per line)",
  toMissing: "A report to a higher body needs its Kính gửi.",
  recipients: "Recipients (one per line)",
  drafter: "Drafting unit (Lưu: VT, …)",
  copies: "Copies kept (empty: not written)",
  copiesInvalid: "Copies kept is a number, for example 2.",
  number: "Report number (before /BC-UBND; empty for the clerk to fill in)",
  reportDate: "Report date (empty: the period's last day)",
  sectionOnly: "Only the plan's section (to paste into the commune's CCHC report)",
  exportTitle: "Export the report",
  exportReport: (p, format, section) =>
    `Export the ${enPeriod(p)} ${section ? "plan section" : "report"} (${format === "docx" ? "Word" : "Excel"})`,
  settingsInvalid: "Not exported: copies kept is not a number. Correct the field marked in red under Report settings.",
  reportReady: (name, opened) =>
    opened
      ? `Downloaded ${name} to the Downloads folder and opened it in Excel.`
      : `Downloaded ${name} to the Downloads folder: open it in Excel.`,
  wordReady: (name) => `Downloaded ${name} to the Downloads folder: open it in Word.`,
  alsoNarrative: " The text typed above was written to the Nội dung báo cáo sheet first.",
  reportCautions: (cautions) => ` Check before signing (in the report's language): ${cautions.join(" ")}`,
  reportRefused: (why) => `Not exported (in the report's language): ${why}`,
};

export function words(lang: Lang): Words {
  return lang === "vi" ? vi : en;
}
