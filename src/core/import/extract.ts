import { BULLET, bulletItems } from "./bulletLines";
import { handedOverIn, leadInNote } from "./noteLead";
import { impossibleDay } from "./periodBlocks";
import { withDeadlineMarks } from "./unaccented";
import { relativeDay } from "../dates/relativeDay";
import { isMonthOnlyFormat, monthDeadline, monthOfDate, monthYearText } from "./monthOnly";
import { dueAndDone, isDueAndDoneHeading } from "./dueAndDone";
import { codeInGroup } from "./criterionGroup";
import { cumulativePeriod } from "./cumulative";
import { UnitScale, columnMoneyUnit, unitScale } from "./moneyUnits";
import { findDate, isStartOnly, parseDeadline, withoutCitations } from "../dates/deadline";
import { IsoDate, addDays, endOfMonth, formatViDate, fromExcelSerial, isoDate, toExcelSerial, ymd } from "../dates/isoDate";
import { formatViNumber } from "../format/viNumber";
import { ItemGroup } from "../plan/model";
import { findOfficials, resolveOfficial } from "../plan/officials";
import { parentOf, stepColumns } from "./subSteps";
import { StateTally, StatusColumn, latestState, statusByPeriod } from "./statusByPeriod";
import { cleanText, looseKey, stripDiacritics } from "../text/normalize";
import { tetDeadline } from "../dates/lunarNewYear";
import { Problem, problem } from "../validate/problems";
import { TaskStatus } from "../vocab";
import {
  FactsCache,
  TextFacts,
  aspectAtStart,
  twoStates,
  cellKind,
  nearlyDone,
  parseNumberText,
  saysState,
  statusNear,
  statusOfPace,
  statusWord,
} from "./cellFacts";
import { EXTENSION_HEADING, Field, PLANNED_HEADING, REACHED_HEADING, dateOrderHint, headingKey } from "./columns";
import {
  DateOrder,
  DateText,
  compactDate,
  dateOf,
  dateOrder,
  isAmbiguous,
  isPlausibleSerial,
  parseDateText,
  withTheSentenceDay,
} from "./dateText";
import { Grid, GridCell, cellAt, cellText, columnName, filledTexts, formatAt, isBlank, isGridDate, isGridError } from "./grid";
import {
  AcrossLayout,
  DAY_TICK,
  PLACE_NOT_DONE,
  PLACE_NOT_REQUIRED,
  SURVEY_ANSWER,
  TableLayout,
  isReplyDocHeading,
  monthsSinceJanuary,
  labelsResult,
  marksResult,
  namesCriterionMeasure,
  namesMeasure,
} from "./header";
import { BARS_HEADING } from "./gantt";
import { MergeIndex } from "./mergeIndex";
import { TotalRow, combineParts } from "./parts";
import { aspectNamed } from "./suggest";
import {
  PeriodLabel,
  isEstimateLabel,
  isForecastLabel,
  parsePeriod,
  periodEnd,
  periodName,
  periodStart,
  samePointEarlier,
} from "./periods";
import { RawTask, Reading, Source } from "./records";
import { ContextPeriod, periodOfFigure, sectionPeriod } from "./contextPeriod";
import {
  LEAD_LINE,
  RowContext,
  RowRole,
  STANDING_ROW,
  isTaskGroup,
  leadHeading,
  namedCode,
  rowRole,
  sectionCode,
  sectionGroup,
} from "./rows";
import { countWithUnit, countsWithShare, halfUnitOf, parseDateCell, parseStatus } from "./values";
import { isLegendLine } from "./legend";
import { measureTopic } from "./measureTopic";
import { UNTICKED } from "./cardLabels";
import { fillStatuses, isColourLegendLine } from "./fillStatus";
import { sentenceFactsIn } from "./textFacts";
import { dayInRemark } from "./dayInRemark";
import { ratePartOf } from "./rateSheets";
import { PlanLine, planLines } from "./planLines";
import { daySpan, daySpanIn, monthSpan } from "./daySpan";
import { statusChoices } from "./statusChoices";
import { leadCodes } from "./leadCodes";
import { figuresInWords } from "./wordFigures";
import { SectionState, sectionStyle, stateOfSection } from "./stateSection";
import { ResultFigure, figuresInResult } from "./rateSentences";
import { percentShown } from "./formatText";
import { SymbolLegend, colourWordLegend, markState, symbolLegend } from "./symbolLegend";
import { OlderCells, UpdatedColumn, ownStatusColumn, updatedColumns } from "./updatedColumns";

/** What happened to a non-empty source cell: every one is somewhere, or named in Kiểm tra. */
export type Disposition =
  | "title"
  | "header"
  | "numbering"
  | "section"
  | "total"
  | "footer"
  | "repeat-header"
  | "field"
  | "note"
  | "stt"
  | "unmapped"
  | "row-skipped"
  | "period-total"
  | "sheet-skipped"
  /** A row of labels only, no figures or task text (a template's pre-filled period or number). */
  | "empty-record"
  /** In a column the user said not to use. */
  | "ignored"
  /** Under an earlier year's block of the sheet ("A. NĂM 2020"). */
  | "past-year";

/** Receives the disposition of each non-empty cell (the "nothing lost" test listens; the product does not). */
export type Accounting = (file: string, sheet: string, row: number, col: number, d: Disposition) => void;

/** What was found in one table, for the user (the pane's detection summary). */
export interface TableReport {
  kind: TableLayout["kind"];
  headerTop: number;
  headerBottom: number;
  firstRow: number;
  lastRow: number;
  /** Task or reading rows read. */
  rows: number;
  sections: Array<{ row: number; label: string; code: string | null }>;
  skipped: Array<{ row: number; why: "total" | "footer" | "repeat-header" | "no-content" | "note" | "example" | "struck" }>;
  /** Readings across the columns: the periods read, and how many readings they gave. */
  unpivoted: { periods: string[]; readings: number } | null;
  unmapped: Array<{ column: string; heading: string }>;
}

export interface TableRead {
  tasks: RawTask[];
  readings: Reading[];
  problems: Problem[];
  report: TableReport;
  /** Rows saying the task was cancelled ("Hủy", "Gộp vào ND số 4"): no tasks, but their copies on older sheets go with them. */
  cancelled?: RawTask[];
  /** The state columns by period the tasks were read with, where they were. */
  statusAcross?: StatusColumn[];
}

export interface ExtractContext {
  /** The day the group row above names ("Thông báo số 12/TB-UBND ngày 11/01/2021 …", "Cuộc họp ngày 08/02"). */
  sectionDay?: { date: IsoDate; label: string } | null;
  grid: Grid;
  layout: TableLayout;
  sheetIndex: number;
  merges: MergeIndex;
  facts: FactsCache;
  asOf: IsoDate | null;
  /** The year of dates written without one ("20/10", "T10"): the sheet's, else the caller's. */
  year: number | null;
  /** Whether `year` came from the sheet itself (title, name) or was assumed from the as-of date. */
  yearFromSheet: boolean;
  /** The days the title spans when they cross a new year ("từ 01/11/2021 đến 31/01/2022"): a "10/01" in it is 2022's. */
  yearSpan?: { from: IsoDate; to: IsoDate };
  /** A criterion named above the table or in the sheet's name. */
  contextCode: string | null;
  /** The group of criteria the sheet's name or title names ("Nhóm II"): a bare "5" in its criterion column is 2.5. */
  contextGroup?: number | null;
  /** The period the title or the sheet's name gives, for figures without a period of their own. */
  contextPeriod: ContextPeriod | null;
  /** The period came from a group line above ("Quý II/2021" alone on its row), for rows whose period cell is blank. */
  periodFromGroup?: boolean;
  /** The table's title lines and the sheet's name: what figures without a criterion are about. */
  contextText?: string;
  /** An official the title lines name as lead ("Chủ trì: Công chức Văn phòng - Thống kê"). */
  contextLead?: string | null;
  /** The hamlet the sheet is for, among a workbook's sheets one per hamlet (readWorkbook's placeSheets). */
  contextPlace?: string | null;
  firstRow: number;
  lastRow: number;
  account?: Accounting;
  /** "Gia hạn đến", or "Gia hạn lần 1 | Gia hạn lần 2" beside the deadline: where filled, the deadline it moved to (the rightmost filled). */
  extendedDue?: number[];
  /** "Đề xuất gia hạn đến" beside "Ý kiến của Chủ tịch": the deadline moves only where the decision agrees. */
  proposedDue?: { proposal: number; decision: number };
  /** Columns that are parts of the numerator ("mức độ 3" beside "mức độ 4"), added to it. */
  numeratorParts?: number[];
  /** "Tổng số phiếu khảo sát thu về | 60" over the satisfied forms' rows: the whole of every row's count, and its row. */
  wholeRow?: { row: number; whole: number | null; label: string };
  /** The leader overseeing the work ("Lãnh đạo phụ trách"), beside the official doing it, who leads. */
  leaderCol?: number;
  /** "Người cập nhật": who fills the row in a workbook several officials share (no Chủ trì column). */
  updaterCol?: number;
  /** The task's column where the content is its steps' ("Nhiệm vụ" beside "Các bước thực hiện"). */
  parentCol?: number;
  /** The state written per period across the columns ("Quý I | … | Quý IV" under "Tình hình thực hiện"). */
  statusAcross?: StatusColumn[];
  /** Leads written as codes, and the names the table of codes beside gives them. */
  leadCodes?: ReadonlyMap<string, string>;
  /** Columns of the day work began ("Bắt đầu", "Ngày triển khai"): a date there and no status means under way. */
  startCols?: number[];
  /** The same, whatever other columns there are: a deadline before the start is named. */
  beginCols?: number[];
  /** A check of the official's own report by the office ("Xác nhận", "Ghi chú kiểm tra"): where it has a finding, it stands. */
  checkCols?: { verdict: number; note?: number };
  /** "Còn lại (ngày)": the days left to the deadline, counted from the day the sheet was updated. */
  daysLeft?: { col: number; from: IsoDate };
  /** A band of a task table holding the row's criterion's figures ("Kết quả chỉ số": Tử số | Mẫu số | Tỷ lệ | Số liệu đến ngày). */
  rowFigures?: Partial<Record<"numerator" | "denominator" | "value" | "date" | "period", number>>;
  /** The row's criterion's figures by period across the task rows ("Quý I | … | Cả năm 2020 (%)"), never progress. */
  periodFigures?: ReadonlyArray<{ col: number; period: PeriodLabel & { year: number } }>;
  /** Numerator and denominator headed in two money units ("(tỷ đồng)", "(triệu đồng)"): how to bring them into one. */
  countUnits?: UnitScale;
  /** A survey's "Rất hài lòng" and "Hài lòng" columns beside "Bình thường" and "Không hài lòng": the satisfied ones. */
  satisfiedCols?: number[];
  /** All the answers' columns of that scale ("Tốt | Khá | Trung bình | Kém"): never a count or a whole of their own. */
  answerCols?: number[];
  /** The sheet's note that a status left blank means done ("việc đã xong thì để trống cột này"), as written. */
  blankDone?: string;
  /** A legend of marks for the state ("● Đã hoàn thành; ◑ Đang thực hiện; ○ Chưa thực hiện"). */
  marks?: SymbolLegend;
  /** The state the section row above sorts its tasks by ("I. CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH"), and its label. */
  stateAbove?: { state: SectionState; label: string };
  /** The month or quarter the section row above lists its tasks in ("THÁNG 12/2021"): where a yearless deadline falls. */
  listedIn?: { start: IsoDate; label: string };
  /** A field written again in a later column ("Tình trạng (cập nhật 11/2021)"): the older read where the newer is empty. */
  olderCols?: readonly UpdatedColumn[];
  /** The row's newer columns filled from their older ones: their text is carried into Ghi chú under the older heading. */
  fromOlder?: ReadonlySet<number>;
}

// "việc đã xong thì để trống cột này", "(để trống = đã hoàn thành)", "bỏ trống nếu đã xong".
// Never "để trống nếu chưa hoàn thành" (blank is not done): no "chưa" or "không" between the words.
const BLANK_DONE =
  /\b(?:de|bo) trong\b(?:(?!\bchua\b|\bkhong\b).){0,50}\b(?:da xong|xong roi|da hoan thanh|hoan thanh)\b|\b(?:da xong|xong roi|da hoan thanh)\b(?:(?!\bchua\b|\bkhong\b).){0,50}\b(?:de|bo) trong\b/;

/** A note anywhere on the sheet, or in the status column's heading, saying a blank status means done. */
function blankDoneNote(grid: Grid, heading: string): string | null {
  if (heading.includes("trống") && BLANK_DONE.test(looseKey(heading))) return cleanText(heading);
  for (const row of grid.rows)
    for (const v of row)
      // Only a cell with the word "trống" is keyed: tasks' texts almost never have it.
      if (typeof v === "string" && v.length < 400 && (v.includes("trống") || v.includes("TRỐNG")) && BLANK_DONE.test(looseKey(v)))
        return cleanText(v);
  return null;
}

// "Kết quả chỉ số gắn với nhiệm vụ" over "Tử số | Mẫu số | Tỷ lệ (%) | Số liệu đến ngày".
// ("Số liệu kết quả" over "Số đạt | Tổng số | Tỷ lệ (%)".)
const FIGURES_BAND =
  /\b(?:ket qua chi so|so lieu chi so|chi so gan voi|ket qua tieu chi|so lieu ket qua|ket qua so lieu|so lieu dat duoc)\b/;
// A rate's part and its whole under the band: "Tử số | Mẫu số", "Số đạt | Tổng số".
const PART_HEADING = /^(?:tu so|so dat|so luong dat)\b/;
const WHOLE_HEADING = /^(?:mau so|tong so)\b/;
// "Kỳ số liệu" beside the band: the period each row's figures are of ("Quý III", "T11/2021", "30/9/2021").
const FIGURES_PERIOD = /^(?:ky so lieu|thoi diem so lieu|ky bao cao so lieu)$/;
// "Số liệu tính đến ngày", "Ngày số liệu" beside the band: the day each row's figures stand at.
const FIGURES_DAY = /^(?:so lieu (?:tinh )?den ngay|ngay so lieu|ngay chot so lieu|so lieu chot ngay)$/;

/** The columns of a task table's band of figures, by their own headings; null when it has no band of two or more. */
function figuresBand(ctx: ExtractContext): ExtractContext["rowFigures"] | null {
  const { layout, grid } = ctx;
  if (layout.headerBottom === layout.headerTop) return null;
  const out: NonNullable<ExtractContext["rowFigures"]> = {};
  // ("Số liệu đạt được Quý III/2021" over "Tử số | Mẫu số | Tỷ lệ (%)": a rate's two parts under one heading make it one.)
  const lowest = (c: number) => headingKey(ctx.merges.label(grid, layout.headerBottom, c));
  const cols = Object.keys(layout.headings).map(Number);
  const parted = new Set<string>();
  for (const c of cols)
    if (PART_HEADING.test(lowest(c)) && cols.some((o) => WHOLE_HEADING.test(lowest(o)) && sameBand(ctx, layout.headerTop, c, o)))
      parted.add(headingKey(ctx.merges.label(grid, layout.headerTop, c)));
  for (const c of cols) {
    const group = headingKey(ctx.merges.label(grid, layout.headerTop, c));
    if (!FIGURES_BAND.test(group) && !parted.has(group)) continue;
    const own = headingKey(ctx.merges.label(grid, layout.headerBottom, c));
    const field = PART_HEADING.test(own)
      ? "numerator"
      : WHOLE_HEADING.test(own)
        ? "denominator"
        : /^(?:ty le|ket qua|gia tri)\b/.test(own)
          ? "value"
          : /\b(?:den ngay|ngay so lieu|tinh den|thoi diem)\b/.test(own)
            ? "date"
            : null;
    if (field !== null && out[field] === undefined) out[field] = c;
  }
  if ([out.numerator, out.denominator, out.value].filter((c) => c !== undefined).length < 2) return null;
  const day = out.date ?? cols.find((c) => FIGURES_DAY.test(headingKey(layout.headings[c] ?? "")));
  if (day !== undefined) return { ...out, date: day };
  const period = cols.find((c) => FIGURES_PERIOD.test(headingKey(layout.headings[c] ?? "")));
  return period === undefined ? out : { ...out, period };
}

// "Tiến độ", "Khối lượng", "% hoàn thành": a heading of the work's progress.
const PROGRESS_WORDS = /\b(?:tien do|khoi luong|hoan thanh|muc do|da lam|thuc hien duoc)\b/;

/**
 * Periods across a task table of which one is a whole earlier year ("Quý I | Quý II | Quý III | Cả năm 2020 (%)"), none
 * headed as progress: the row's criterion's figures by period, each column's period with its year; else null.
 */
function figuresAcrossTasks(ctx: ExtractContext): ExtractContext["periodFigures"] | null {
  const across = ctx.layout.progressAcross;
  const year = ctx.year;
  if (!across || year === null) return null;
  const cols = Object.keys(across.periods).map(Number);
  const earlier = cols.filter((c) => across.periods[c].kind === "year" && (across.periods[c].year ?? year) < year);
  if (earlier.length === 0 || cols.length - earlier.length < 2) return null;
  if (cols.some((c) => PROGRESS_WORDS.test(headingKey(ctx.layout.headings[c] ?? "")))) return null;
  return cols.map((c) => ({ col: c, period: { ...across.periods[c], year: across.periods[c].year ?? year } }));
}

/** A column headed "Đánh giá" whose every cell says whether a target was met ("Đạt", "Chưa đạt", "Không đạt", "Vượt"). */
function judgesFigures(ctx: ExtractContext, c: number): boolean {
  if (!/\bdanh gia\b/.test(headingKey(ctx.layout.headings[c] ?? ""))) return false;
  let said = 0;
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    const t = cellText(cellAt(ctx.grid, r, c)).trim();
    if (t === "") continue;
    if (!/^(?:dat|chua dat|khong dat|vuot|dat va vuot|vuot chi tieu|dat chi tieu)$/.test(ctx.facts.of(t).key)) return false;
    said++;
  }
  return said > 0;
}

// A whole day written in words ("ngày 31/11/2021", "15/13/2021"): the kind a calendar may not have.
const IMPOSSIBLE_DAY = /(?<![\d/])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?![\d/])/g;

/** Whether columns a and b stand under one merged heading on row r. */
function sameBand(ctx: ExtractContext, r: number, a: number, b: number): boolean {
  const m = ctx.merges.at(r, a);
  return m !== undefined && m.right > m.left && b >= m.left && b <= m.right;
}

const CHECK_HEADING = /\b(?:ket qua kiem tra|kiem tra xac nhan|xac nhan|tham dinh|ghi chu kiem tra)\b/;
// A check that finds the work not done, or not done right.
const CHECK_FAILS = /^(?:chua dat|khong dat|chua dung|khong dung|sai|chua hoan thanh|chua xong|chua thuc hien)\b/;
const CHECK_DONE = /^(?:da hoan thanh|hoan thanh|da xong|xong)\b/;
// A column the Office-Statistics official added for remarks: "Ghi chú của VP", "Ý kiến VP-TK", "VP nhận xét".
const OFFICE_REMARK =
  /^(?:(?:ghi chu|y kien|nhan xet|danh gia)(?: kiem tra)?(?: cua)? (?:vp|van phong|vp tk|vptk|van phong thong ke|cong chuc van phong(?: thong ke)?|nguoi tong hop|bo phan tong hop|can bo tong hop)|(?:vp|vp tk|vptk|van phong) (?:ghi chu|nhan xet|kiem tra|y kien))\b/;

const START_HEADING = /\b(?:bat dau|ngay bat dau|khoi cong|ngay trien khai|bat dau thuc hien)\b|(?:^| )tu ngay$/;

// "Lãnh đạo phụ trách", "Lãnh đạo chỉ đạo" over the leader; "Công chức tham mưu, thực hiện", "Người thực hiện" over the one doing the work.
const LEADER_HEADING = /^(?:lanh dao|ld) (?:phu trach|chi dao|theo doi|giao)\b/;
const DOER_HEADING = /\b(?:tham muu|thuc hien|nguoi lam|can bo thuc hien|cong chuc thuc hien)\b/;

/** A lead column headed for the leader and a partners column headed for the one who does the work: the doer leads. */
function doerLeads(layout: TableLayout): TableLayout | null {
  const { lead, partners } = layout.columns;
  if (lead === undefined || partners === undefined) return null;
  const key = (c: number) => headingKey(layout.headings[c] ?? "");
  if (!LEADER_HEADING.test(key(lead)) || !DOER_HEADING.test(key(partners)) || /\bphoi hop\b/.test(key(partners))) return null;
  const columns = { ...layout.columns, lead: partners };
  delete columns.partners;
  return { ...layout, columns };
}

// "Người cập nhật", "Cán bộ", "CB cập nhật": the person who fills the row in a workbook several share.
const UPDATER_HEADING = /^(?:nguoi|can bo|cb|cong chuc|cc)(?: (?:cap nhat|nhap|bao cao|theo doi))?$/;

function updaterColumn(layout: TableLayout): number | undefined {
  const taken = new Set(Object.values(layout.columns).map(Number));
  const found = Object.keys(layout.headings)
    .map(Number)
    .filter((c) => !taken.has(c) && UPDATER_HEADING.test(headingKey(layout.headings[c] ?? "")));
  return found.length === 1 ? found[0] : undefined;
}

const FOR_INFORMATION =
  /^(?:de biet|chi de biet|de nam|nam thong tin|luu|luu ho so|khong phai xu ly|khong xu ly|luu de biet|luu va de biet|de biet luu|de biet nghien cuu|de biet va nghien cuu|de biet va theo doi|de luu|khong yeu cau bao cao|de biet khong yeu cau bao cao)$/;

// "… – Chủ trì: đ/c Phạm Thị Lan (CC TC-KT) – Hạn: 31/12/2021" on a criterion's group row.
const GROUP_SAYS =
  /(?:chủ trì|chu tri|phụ trách|phu trach)\s*:\s*([^–;]+?)\s*(?:[–;]|-\s|$)(?:.*?(?:hạn|han|thời hạn|thoi han)\s*:\s*(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?))?/iu;
// "… (chủ trì: công chức Văn hóa - Xã hội)": the whole title, to the bracket's end ("Chu tri:" typed without marks too).
const GROUP_SAYS_WHOLE = /(?:chủ trì|chu tri|phụ trách|phu trach)\s*:\s*([^–;()]+?)\s*(?:[–;)]|$)/iu;
// "Tiêu chí 1.1 - …; đ/c Nga (Một cửa) phụ trách, hạn 31/12": the same said the other way round.
const GROUP_SAYS_AFTER =
  /[;,–(]\s*([^;,–]+?)\s+(?:chủ trì|phụ trách)(?![\p{L}])(?:.*?(?<![\p{L}])(?:hạn|thời hạn)\s*:?\s*(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?))?/iu;

/** Whether some row writes a step with its task's cell empty or merged from above: the task spans its steps. */
function spansSteps(ctx: ExtractContext, step: number, parent: number): boolean {
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    if (ownText(ctx, r, step) === "") continue;
    const merged = ctx.merges.at(r, parent);
    if (ownText(ctx, r, parent) === "" || (merged !== undefined && merged.top < r)) return true;
  }
  return false;
}

/** "Task Name" beside "Description" (a task software's export): the name is the task, the description a note. */
function nameBesideDescription(layout: TableLayout): TableLayout | null {
  const { content } = layout.columns;
  if (content === undefined || !/^(?:description|mo ta|mo ta chi tiet)$/.test(headingKey(layout.headings[content] ?? ""))) return null;
  const name = Object.keys(layout.headings)
    .map(Number)
    .find((c) => /^(?:task name|task title|ten cong viec|ten nhiem vu|tieu de)$/.test(headingKey(layout.headings[c] ?? "")));
  if (name === undefined || Object.values(layout.columns).includes(name)) return null;
  return { ...layout, columns: { ...layout.columns, content: name } };
}

/**
 * "Chỉ tiêu | Thực hiện" (under a period): the target and the result, not a denominator and a
 * numerator. The result is the reading; the target is left to Ghi chú.
 */
function resultBesideTarget(layout: TableLayout): TableLayout | null {
  const { numerator, denominator, value } = layout.columns;
  if (numerator === undefined || denominator === undefined || value !== undefined) return null;
  const key = (c: number) => headingKey((layout.headings[c] ?? "").split("\n").pop() ?? "");
  const isResult = (c: number) => /^(?:thuc hien|th|ket qua|kq|dat duoc|ket qua thuc hien)$/.test(key(c));
  const isTarget = (c: number) => /^(?:chi tieu|kh|ke hoach|muc tieu|chi tieu ke hoach|chi tieu giao)$/.test(key(c));
  const [done, target] = isResult(numerator) ? [numerator, denominator] : [denominator, numerator];
  if (!isResult(done) || !isTarget(target)) return null;
  const columns = { ...layout.columns, value: done };
  delete columns.numerator;
  delete columns.denominator;
  return { ...layout, columns };
}

/** Unread columns headed as `col` is but for the level at the end ("… mức độ 3" beside "… mức độ 4"). */
function siblingColumns(headerKeys: ReadonlyMap<number, ReadonlySet<string>>, col: number, mapped: ReadonlySet<number>): number[] {
  const stem = (keys: ReadonlySet<string> | undefined) => {
    const k = [...(keys ?? [])].sort((a, b) => b.length - a.length)[0] ?? "";
    const m = /^(.*\S)\s+(?:muc do|muc|cap do|level)\s+\d$/.exec(k);
    return m ? m[1] : null;
  };
  const own = stem(headerKeys.get(col));
  if (own === null) return [];
  return [...headerKeys.keys()].filter((c) => c !== col && !mapped.has(c) && stem(headerKeys.get(c)) === own);
}

/** An unread "Trước hạn" column beside the numerator's "Đúng hạn" (or the other way), one of the on-time count's parts. */
function earlyBesideOnTime(headerKeys: ReadonlyMap<number, ReadonlySet<string>>, col: number, mapped: ReadonlySet<number>): number[] {
  const kind = (c: number) => {
    const keys = [...(headerKeys.get(c) ?? [])];
    if (keys.some((k) => ON_TIME_ONLY.test(k))) return "on time";
    return keys.some((k) => EARLY_ONLY.test(k)) ? "early" : null;
  };
  const own = kind(col);
  if (own === null) return [];
  const other = [col - 1, col + 1].find((c) => !mapped.has(c) && kind(c) !== null && kind(c) !== own);
  return other === undefined ? [] : [other];
}
const ON_TIME_ONLY = /^(?:so (?:ho so |hs )?)?(?:giai quyet |da giai quyet )?dung han$/;
const EARLY_ONLY = /^(?:so (?:ho so |hs )?)?(?:giai quyet |da giai quyet )?truoc han$/;

const DATE_FIELDS = ["due", "doneDate", "date"] as const;
// (And the day the work was given, a column a deadline and a day done are checked against, read in its own order.)
type DateField = (typeof DATE_FIELDS)[number] | "assigned";

interface ColumnDates {
  order: DateOrder;
  /** Dates Excel itself made from a day-first text on a month-first machine: to be read the other way. */
  swapReal: boolean;
  /** Ambiguous values are named: the order was not told by the values or a hint. */
  flagAmbiguous: boolean;
}

// A date format that shows the day before the month: "dd/mm/yyyy", "d.m.yy", "[$-42A]dd/mm/yyyy".
const DAY_FIRST_FORMAT = /^(?:\[[^\]]*\])*d{1,2}[^dmy]{1,3}m{1,2}\b/i;

/** How a date column is to be read: its text dates' order, and whether Excel swapped its real dates. */
function columnDates(ctx: ExtractContext, col: number): ColumnDates {
  const texts: DateText[] = [];
  let realAmbiguous = 0;
  let real = 0;
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    const v = cellAt(ctx.grid, r, col);
    if (typeof v === "string") {
      const f = ctx.facts.of(v);
      if (f.date) texts.push(f.date);
      else if (f.key.length <= 30) {
        // "30/10", "trước 20/12": a day and month with no year tell the column's order as much as a whole date.
        const short = YEARLESS.exec(f.key);
        if (short) texts.push({ kind: "numeric", a: Number(short[1]), b: Number(short[2]), year: 0, twoDigitYear: false });
      }
    } else if (isGridDate(v)) {
      real++;
      const { m, d } = ymd(v.date);
      // Shown day first ("dd/mm/yyyy"): the official saw the day they meant, whatever machine typed it.
      const shown = ctx.grid.formats[`${r}:${col}`] ?? "";
      if (d <= 12 && m <= 12 && d !== m && !DAY_FIRST_FORMAT.test(shown)) realAmbiguous++;
    }
  }
  const verdict = dateOrder(texts, ctx.layout.dateHint, ctx.layout.english ? "md" : "dm");
  // Day-first texts beside real dates that all read both ways: Excel on a month-first machine
  // turned "05/11/2021" (5 November) into 11 May, and left "15/11/2021" as text.
  const swapReal = verdict.by === "values" && verdict.order === "dm" && ctx.layout.dateHint !== "md" && real > 0 && realAmbiguous === real;
  // Told by another column's heading ("Due (m/d/yyyy)" beside "Done on"): likely, not certain; named.
  const ownHint = dateOrderHint(ctx.layout.headings[col] ?? "");
  const flagAmbiguous = (verdict.by === "convention" && ctx.layout.english) || (verdict.by === "hint" && ownHint === null);
  return { order: verdict.order, swapReal, flagAmbiguous };
}

interface CellRead<T> {
  value: T | null;
  /** The text as written, when it could not be read. */
  bad: string | null;
  /** How a value was read from a form that is not a number ("■■■■■■■□□□"), for Ghi chú. */
  said?: string;
}

/** "70%", "85,5 %" alone in a cell, or after the state ("đang 60%", "đang làm (60%)"): a share, nothing else said. */
const BARE_PERCENT =
  /^(?:(?:đang|dang|đg|dg|đ\.|d\.)(?:\s*(?:làm|lam|lm|thực hiện|thuc hien|th))?\s*[:(-]?\s*)?(\d{1,3}(?:[.,]\d+)?)\s?%\)?$/iu;

// A progress bar typed with blocks: "■■■■■■■□□□" is 7 of 10.
const BAR = /^([■▪█▮●◼⬛]*)([□▫░▯○◻⬜]*)$/u;

export function extractTable(given: ExtractContext): TableRead {
  // "Theo văn bản": the document each piece of work comes from; never its evidence.
  const basis = given.layout.kind === "tasks" ? basisColumn(given.layout) : undefined;
  // "Chủ trì (mã)": 3, explained by a code table beside the task table ("Mã | Đơn vị / chức danh").
  const coded = given.layout.kind === "tasks" ? leadCodes(given.grid, given.layout, given.firstRow, given.lastRow) : null;
  const legend = [...sideLegend(given), ...(coded?.table ?? [])];
  let ctx =
    basis !== undefined && given.layout.columns.evidence === basis
      ? { ...given, layout: withoutColumns(given.layout, (f) => f === "evidence") }
      : given;
  if (legend.length > 0) ctx = { ...ctx, layout: withoutColumns(ctx.layout, (_f, c) => legend.includes(c)) };
  if (coded) ctx = { ...ctx, layout: { ...ctx.layout, columns: { ...ctx.layout.columns, lead: coded.column } }, leadCodes: coded.names };
  // "Nhiệm vụ 1 | Nhiệm vụ 2 | Nhiệm vụ 3" over "Nội dung | Hạn | Kết quả" each: a task per group on a row.
  const groups = ctx.layout.kind === "tasks" ? repeatedGroups(ctx) : null;
  if (groups) {
    const inOther = (c: number) => groups.lefts.some((l) => l !== groups.ref && c >= l && c < l + groups.width);
    ctx = { ...ctx, layout: withoutColumns(ctx.layout, (_f, c) => inOther(c)) };
  }
  // "Kết quả kiểm tra của Văn phòng: Xác nhận | Ghi chú kiểm tra" beside the official's own report: the check stands.
  const checks = ctx.layout.kind === "tasks" && ctx.layout.columns.status !== undefined ? checkColumns(ctx) : null;
  if (checks) {
    const taken = [checks.verdict, ...(checks.note !== undefined ? [checks.note] : [])];
    ctx = { ...ctx, layout: withoutColumns(ctx.layout, (_f, c) => taken.includes(c)), checkCols: checks };
  }
  // A band of the row's criterion's figures beside each task: read as a reading of that criterion, not as the task's progress.
  const band = ctx.layout.kind === "tasks" ? figuresBand(ctx) : null;
  if (band) {
    const taken = Object.values(band);
    ctx = { ...ctx, layout: withoutColumns(ctx.layout, (_f, c) => taken.includes(c)), rowFigures: band };
    // "Tự đánh giá: Đạt | Chưa đạt" beside the figures: whether the figure met its target, never the work's state (kept in Ghi chú).
    const judged = ctx.layout.columns.status;
    if (judged !== undefined && judgesFigures(ctx, judged)) ctx = { ...ctx, layout: withoutColumns(ctx.layout, (_f, c) => c === judged) };
  }
  // "Kết quả đạt được (%)" over "Quý I | … | Quý IV" beside "Cả năm 2020 (%)" on each task row: the row's criterion's
  // figures by period (no work's progress runs through last year), never the task's progress.
  const periodFigures = ctx.layout.kind === "tasks" ? figuresAcrossTasks(ctx) : null;
  if (periodFigures !== null) ctx = { ...ctx, layout: { ...ctx.layout, progressAcross: undefined }, periodFigures };
  const doer = ctx.layout.kind === "tasks" ? doerLeads(ctx.layout) : null;
  if (doer) ctx = { ...ctx, layout: doer, leaderCol: ctx.layout.columns.lead };
  // "Người cập nhật" in a shared workbook with no Chủ trì column: who updates a row is whose work it is.
  const updater = ctx.layout.kind === "tasks" && ctx.layout.columns.lead === undefined ? updaterColumn(ctx.layout) : undefined;
  if (updater !== undefined) ctx = { ...ctx, updaterCol: updater };
  const named = ctx.layout.kind === "tasks" ? nameBesideDescription(ctx.layout) : null;
  if (named) ctx = { ...ctx, layout: named };
  // "Tình hình thực hiện năm 2021" over "Quý I | … | Quý IV": the latest quarter written is the state.
  // (Shares month by month under "Tiến độ (%)" are the progress's history, read as such.)
  // ("Đang làm", "xong 12/11", a day among the shares: each period's cell is where the work stood, read as a state is.)
  const statesAmong = ctx.layout.progressAcross !== undefined && saysStateAcross(ctx, ctx.layout.progressAcross);
  const byPeriod =
    ctx.layout.kind === "tasks" && periodFigures === null && (!ctx.layout.progressAcross || statesAmong)
      ? statusByPeriod(ctx.layout, (c) => statesDown(ctx, c))
      : null;
  if (byPeriod) {
    const taken = byPeriod.flatMap((x) => [x.col, ...(x.siblings ?? [])]);
    ctx = {
      ...ctx,
      layout: { ...withoutColumns(ctx.layout, (_f, c) => taken.includes(c)), progressAcross: undefined },
      statusAcross: byPeriod,
    };
  }
  // "Nhiệm vụ | Các bước thực hiện": each step is a task, the task it belongs to said beside it.
  const found = ctx.layout.kind === "tasks" ? stepColumns(ctx.layout) : null;
  // Steps only where a task spans several of them (its cell merged down or left blank under it); a column of
  // details beside each row's own task is its description, read as before.
  const steps = found !== null && spansSteps(ctx, found.step, found.parent) ? found : null;
  if (steps) ctx = { ...ctx, layout: { ...ctx.layout, columns: { ...ctx.layout.columns, content: steps.step } }, parentCol: steps.parent };
  // "TCTP 1.5 Văn bản điện tử" over "VB điện tử | Tổng VB đi | Tỷ lệ": the band names the criterion; its first
  // column, taken for the codes for the band's words, holds the counts (38, 80, 125) over the whole beside them.
  const counted = ctx.layout.kind === "readings" ? countsTakenForCodes(ctx) : null;
  if (counted !== null) {
    const columns = { ...ctx.layout.columns, numerator: counted };
    delete columns.code;
    ctx = { ...ctx, layout: { ...ctx.layout, columns } };
  }
  const result = ctx.layout.kind === "readings" ? resultBesideTarget(ctx.layout) : null;
  if (result) ctx = { ...ctx, layout: result };
  // "Tình trạng" beside "Tình trạng (cập nhật 11/2021)": the newer column is the field's, the older read where it is empty.
  const updates = updatedColumns(ctx.layout);
  if (updates) ctx = { ...ctx, layout: updates.layout, olderCols: updates.pairs };
  // "Tình trạng (theo VP nắm được)" beside "Tự đánh giá" (Hoàn thành …): the official's own word is the status.
  const own = ownStatusColumn(ctx.layout, ctx.grid, ctx.firstRow, ctx.lastRow, (t) => ctx.facts.of(t).status !== null);
  if (own)
    ctx = {
      ...ctx,
      layout: { ...ctx.layout, columns: { ...ctx.layout.columns, status: own.newer } },
      olderCols: [...(ctx.olderCols ?? []), own],
    };
  const { grid, layout } = ctx;
  const out: TableRead = {
    tasks: [],
    readings: [],
    problems: [],
    ...(ctx.statusAcross ? { statusAcross: ctx.statusAcross } : {}),
    report: {
      kind: layout.kind,
      headerTop: layout.headerTop,
      headerBottom: layout.headerBottom,
      firstRow: ctx.firstRow,
      lastRow: ctx.lastRow,
      rows: 0,
      sections: [],
      skipped: [],
      unpivoted: null,
      unmapped: [],
    },
  };
  const mark = (r: number, c: number, d: Disposition) => ctx.account?.(grid.file, grid.sheet, r, c, d);
  // Struck tasks the sheet's legend says are done (or in hand): read as tasks, their state set from the legend.
  const struckRows: number[] = [];
  const width = Math.max(...Object.keys(layout.headings).map(Number), ...Object.values(layout.columns).map((c) => c as number), 1);
  const headerKeys = new Map<number, Set<string>>();
  for (const [c, h] of Object.entries(layout.headings)) {
    const keys = new Set([headingKey(h)]);
    for (let r = layout.headerTop; r <= layout.headerBottom; r++) keys.add(headingKey(ctx.merges.label(grid, r, Number(c))));
    keys.delete("");
    headerKeys.set(Number(c), keys);
  }
  const rowCtx: RowContext = { grid, layout, merges: ctx.merges, facts: ctx.facts, headerKeys, width, keyMemo: new Map() };

  // The header band, and a numbering row under it.
  for (let r = layout.headerTop; r < ctx.firstRow; r++)
    for (const c of filledColumns(grid, r)) mark(r, c, r <= layout.headerBottom ? "header" : "numbering");

  const mapped = new Set<number>([
    ...Object.values(layout.columns).map((c) => c as number),
    ...Object.keys(layout.statusTicks ?? {}).map(Number),
    ...Object.keys(layout.across?.periods ?? {}).map(Number),
    ...(layout.across?.label ? [layout.across.label] : []),
    ...Object.keys(layout.progressAcross?.periods ?? {}).map(Number),
    ...(layout.placesAcross ?? []),
    ...(layout.criteriaAcross ?? []),
    ...(ctx.leaderCol !== undefined ? [ctx.leaderCol] : []),
    ...(ctx.updaterCol !== undefined ? [ctx.updaterCol] : []),
    ...(ctx.parentCol !== undefined ? [ctx.parentCol] : []),
    ...(ctx.statusAcross ?? []).map((x) => x.col),
  ]);
  // "Gia hạn đến" beside the deadline: where filled, the deadline it moved to.
  const extensions =
    layout.kind === "tasks" && layout.columns.due !== undefined
      ? [...headerKeys]
          .filter(([c, keys]) => !mapped.has(c) && [...keys].some((k) => EXTENSION_HEADING.test(k)))
          .map(([c]) => c)
          .sort((a, b) => a - b)
      : [];
  const extended = extensions.length > 0 ? extensions : undefined;
  if (extended !== undefined) {
    for (const c of extended) mapped.add(c);
    ctx = { ...ctx, extendedDue: extended };
  }
  const proposedDue =
    layout.kind === "tasks" && layout.columns.due !== undefined && extended === undefined ? proposalColumns(headerKeys, mapped) : null;
  if (proposedDue) {
    mapped.add(proposedDue.proposal);
    mapped.add(proposedDue.decision);
    ctx = { ...ctx, proposedDue };
  }
  // "Trực tuyến mức độ 3 | Trực tuyến mức độ 4": the numerator's sibling columns are parts of it.
  // "Trước hạn | Đúng hạn | Quá hạn" with "Đúng hạn" taken for the count: the early ones are on time too (the state's
  // on-time rate counts both), so they are its part.
  const numeratorParts =
    layout.kind === "readings" && layout.columns.numerator !== undefined
      ? [
          ...siblingColumns(headerKeys, layout.columns.numerator, mapped),
          ...earlyBesideOnTime(headerKeys, layout.columns.numerator, mapped),
        ]
      : [];
  // "Còn lại (ngày)" and no deadline column: the deadline is the day the sheet was updated plus the days left.
  const leftCol =
    layout.kind === "tasks" && layout.columns.due === undefined && ctx.contextPeriod?.label === undefined && ctx.contextPeriod
      ? [...headerKeys].find(
          ([c, keys]) => !mapped.has(c) && [...keys].some((k) => /^(?:con lai|so ngay con lai|con bao nhieu ngay)\b/.test(k)),
        )?.[0]
      : undefined;
  if (leftCol !== undefined && ctx.contextPeriod) {
    ctx = { ...ctx, daysLeft: { col: leftCol, from: ctx.contextPeriod.date } };
    mapped.add(leftCol);
  }
  const startCols =
    layout.kind === "tasks" && layout.columns.status === undefined
      ? [...headerKeys].filter(([c, keys]) => !mapped.has(c) && [...keys].some((k) => START_HEADING.test(k))).map(([c]) => c)
      : [];
  if (startCols.length > 0) ctx = { ...ctx, startCols };
  const beginCols =
    layout.kind === "tasks"
      ? [...headerKeys].filter(([c, keys]) => !mapped.has(c) && [...keys].some((k) => START_HEADING.test(k))).map(([c]) => c)
      : [];
  if (beginCols.length > 0) ctx = { ...ctx, beginCols };
  const blankDone =
    layout.kind === "tasks" && layout.columns.status !== undefined
      ? blankDoneNote(grid, layout.headings[layout.columns.status] ?? "")
      : null;
  if (blankDone !== null) ctx = { ...ctx, blankDone };
  const stateOfWords = (w: string) => ctx.facts.of(w).status ?? ctx.facts.of(w).statusLead;
  const marks = layout.kind === "tasks" ? (symbolLegend(grid, stateOfWords) ?? colourWordLegend(grid, stateOfWords)) : null;
  if (marks !== null) ctx = { ...ctx, marks };
  for (const c of Object.values(ctx.rowFigures ?? {})) mapped.add(c);
  for (const { col } of ctx.periodFigures ?? []) mapped.add(col);
  if (ctx.checkCols) {
    mapped.add(ctx.checkCols.verdict);
    if (ctx.checkCols.note !== undefined) mapped.add(ctx.checkCols.note);
  }
  if (numeratorParts.length > 0) {
    for (const c of numeratorParts) mapped.add(c);
    ctx = { ...ctx, numeratorParts };
  }
  const wholeRow = layout.kind === "readings" ? wholeOverRows(ctx) : null;
  if (wholeRow !== null) ctx = { ...ctx, wholeRow };
  const countUnits =
    layout.kind === "readings" && layout.columns.numerator !== undefined && layout.columns.denominator !== undefined
      ? unitScale(
          columnMoneyUnit(grid, layout.headerTop, ctx.firstRow - 1, layout.columns.numerator),
          columnMoneyUnit(grid, layout.headerTop, ctx.firstRow - 1, layout.columns.denominator),
        )
      : null;
  if (countUnits) ctx = { ...ctx, countUnits };
  // The satisfied answers' columns, where a middle answer ("Bình thường") stands beside them.
  // "Tốt | Khá | Trung bình | Kém", the four levels some provinces' forms ask, as the five: the first two are the satisfied.
  // Under "Rất hài lòng" merged over "SL | %", only the count is the answer's: its share is no count.
  const answerOf = (c: number) =>
    SHARE_HEADING.test(headingKey(ctx.merges.label(grid, layout.headerBottom, c)))
      ? undefined
      : [...(headerKeys.get(c) ?? [])].map((k) => k.replace(/^so phieu /, "")).find((k) => SURVEY_ANSWER.test(k));
  const answers = layout.kind === "readings" ? [...headerKeys.keys()].filter((c) => answerOf(c) !== undefined) : [];
  const satisfiedCols = answers.filter((c) => SATISFIED_ANSWER.test(answerOf(c) ?? ""));
  if (satisfiedCols.length > 0 && answers.some((c) => MIDDLE_ANSWER.test(answerOf(c) ?? ""))) {
    ctx = { ...ctx, satisfiedCols, answerCols: answers };
    for (const c of satisfiedCols) mapped.add(c);
  }
  const skippedCols = new Set([...(layout.across?.skipped ?? []), ...(layout.progressAcross?.skipped ?? [])]);
  const ignored = new Set(layout.ignored ?? []);
  // Another group's cells are read through the view; those at offsets the layout does not read go to Ghi chú as usual.
  if (groups) for (const l of groups.lefts) for (let j = 0; j < groups.width; j++) if (mapped.has(groups.ref + j)) mapped.add(l + j);
  // A row seen as one group's task at a time: the group's cells moved into the columns the layout reads.
  const groupRows: { rows: GridCell[][] | null } = { rows: null };
  const groupView = (r: number, left: number): Grid => {
    const rows = (groupRows.rows ??= grid.rows.slice());
    const row = [...(grid.rows[r - 1] ?? [])];
    if (groups) for (let j = 0; j < groups.width; j++) row[groups.ref + j - 1] = grid.rows[r - 1]?.[left + j - 1] ?? null;
    rows[r - 1] = row;
    return { ...grid, rows };
  };
  // A legend beside the table ("Cách ghi cột …:" then "- Hoàn thành đúng hạn" …), apart from it by empty columns: no row's.
  for (const c of legend) {
    ignored.add(c);
    if (coded?.table.includes(c)) {
      if (c === coded.table[0])
        out.problems.push(
          problem("LEGEND_READ", { file: grid.file, sheet: grid.sheet, row: null, column: columnName(c) }, layout.headings[c] ?? "", {
            vi: `cột ${columnName(coded.column)} "${layout.headings[coded.column] ?? ""}" ghi mã, đọc theo bảng mã bên cạnh (cột ${columnName(c)}:${columnName(c + 1)}, ${coded.names.size} mã).`,
            en: `column ${columnName(coded.column)} holds codes, read by the code table beside it (columns ${columnName(c)}:${columnName(c + 1)}, ${coded.names.size} codes).`,
          }),
        );
      continue;
    }
    out.problems.push(
      problem("UNMAPPED_COLUMN", { file: grid.file, sheet: grid.sheet, row: null, column: columnName(c) }, layout.headings[c] ?? "", {
        vi: `cột ${columnName(c)} "${layout.headings[c] ?? ""}" là lời chú thích bên cạnh bảng, không thuộc dòng nào; không đọc vào nhiệm vụ.`,
        en: `column ${columnName(c)} "${layout.headings[c] ?? ""}" is a legend beside the table, no row's; not read into any task.`,
      }),
    );
  }
  const dates = new Map<DateField, ColumnDates>();
  for (const f of DATE_FIELDS) {
    const c = layout.columns[f];
    if (c !== undefined) dates.set(f, columnDates(ctx, c));
  }
  if (layout.assigned !== undefined) dates.set("assigned", columnDates(ctx, layout.assigned));
  const progressScale = layout.columns.progress === undefined ? 1 : fractionScale(ctx, layout.columns.progress);
  // Rates typed as fractions of 1 (0.825) in the value column: scaled to percentages.
  const valueScale = layout.columns.value === undefined ? 1 : fractionScale(ctx, layout.columns.value);
  const unmappedSeen = new Set<number>();
  for (const p of ctx.olderCols ?? []) {
    // Named here, once, rather than as a column no field takes: its cells are carried into Ghi chú as usual.
    unmappedSeen.add(p.older);
    const [older, newer] = [p.older, p.newer].map((c) => `cột ${columnName(c)} "${layout.headings[c] ?? ""}"`);
    const [olderEn, newerEn] = [p.older, p.newer].map((c) => `column ${columnName(c)} "${layout.headings[c] ?? ""}"`);
    out.problems.push(
      problem(
        "UPDATED_COLUMN",
        { file: grid.file, sheet: grid.sheet, row: null, column: columnName(p.newer) },
        layout.headings[p.newer] ?? "",
        {
          vi: `${newer} ghi lại ${older} ở lần cập nhật sau: đọc theo ${newer}; dòng nào để trống thì đọc theo ${older}, ghi vào Ghi chú.`,
          en: `${newerEn} writes ${olderEn} again, updated later: read from ${newerEn}; where a row leaves it empty, from ${olderEn}, said in the notes.`,
        },
      ),
    );
  }
  const reportUnmapped = (c: number, carried: boolean) => {
    if (unmappedSeen.has(c)) return;
    unmappedSeen.add(c);
    // A column a reader added ("Tiến độ theo tháng") is said by that reader's own line, not as a column of the sheet.
    if (grid.readerColumnsFrom !== undefined && c >= grid.readerColumnsFrom) return;
    const heading = layout.headings[c] ?? "";
    out.report.unmapped.push({ column: columnName(c), heading });
    const name = heading === "" ? `cột ${columnName(c)}` : `cột ${columnName(c)} "${heading}"`;
    const nameEn = heading === "" ? `column ${columnName(c)}` : `column ${columnName(c)} "${heading}"`;
    const hidden = grid.hiddenCols.includes(c);
    const why = hidden ? "bị ẩn trong sổ gốc nên không dùng làm trường nào" : "không khớp trường nào";
    const whyEn = hidden ? "is hidden in the workbook, so it is used for no field" : "matches no field";
    out.problems.push(
      problem("UNMAPPED_COLUMN", { file: grid.file, sheet: grid.sheet, row: null, column: columnName(c) }, heading, {
        vi: carried ? `${name} ${why}; nội dung được đưa vào Ghi chú.` : `${name} ${why} và không được đọc.`,
        en: carried ? `${nameEn} ${whyEn}; its values were put into the notes.` : `${nameEn} ${whyEn}, and was not read.`,
      }),
    );
  };

  // Figures numbered by criterion in their "TT" column ("2.1" … "2.5"): that column is the code.
  const readingCodeCol = layout.kind === "readings" ? codesColumn(ctx, layout.columns.code, [layout.columns.stt]) : layout.columns.code;
  let code = ctx.contextCode;
  // How the section row that gave `code` was written ("1. …", "II. …"): a sibling written so without a code ends it.
  let codeStyle: string | null = null;
  // The section row the criterion in force was read from ("2. … (2.2)"), to tell its sub-sections' numbers ("2.1.") from codes.
  let codeLabel: string | null = null;
  let group: ItemGroup | null = null;
  let lastTask: RawTask | null = null;
  let lastTaskRow = 0;
  // The tasks read since the last heading: a plan's "Chủ trì: …", "Thời gian: …" lines after them are theirs.
  let blockTasks: RawTask[] = [];
  // Tasks that had a "Chủ trì: …" line right under them, their own: a later line under the block is no longer theirs.
  const ownLine = new Set<RawTask>();
  // The last task with its own number, and the parts written under it ("- Thôn Đông" | "Xong").
  let numbered: RawTask | null = null;
  const parts = new Map<RawTask, RawTask[]>();
  let leadAbove: string | null = ctx.contextLead ?? null;
  let dueAbove: DueAbove | null = null;
  // Whether dueAbove / leadAbove are a criterion row's own, which end at the next criterion.
  let dueFromCode = false;
  // "B | CẢI THIỆN CHỈ SỐ SIPAS | | Trước 31/10/2021": a group's deadline, its criteria's rows' where theirs give none.
  let groupDue: DueAbove | null = null;
  let leadFromCode = false;
  // The numbering of the section whose lead is in force ("II." → "roman"): a sub-section under it ("a)") keeps that lead.
  let leadDepth: number | null = null;
  // "B. NHIỆM VỤ PHÁT SINH (ngoài kế hoạch)": the rows below are no criterion's.
  let outsideSection: string | null = null;
  let namedSection: string | null = null;
  // "B. HỒ SƠ, TÀI LIỆU", "C. TÀI SẢN, TRANG THIẾT BỊ" in a handover record: things handed over, not work.
  let inventorySection = false;
  // "V. Kiến nghị", "III. Tồn tại, hạn chế" in a report's table: its bare lines are what the report asks or
  // regrets, no work of the commune's (a line given a lead, a deadline or a state is still tracked).
  let remarksSection: string | null = null;
  // "I. ĐỊA BÀN XÃ PHƯỚC LÂM (CŨ)", "Điểm phục vụ số 2": the area the rows below are in.
  let placeSection: string | null = ctx.contextPlace ?? null;
  // A block of the sheet for one year ("A. NĂM 2020"): its rows' dates are in that year; an earlier year's rows are not this year's tasks.
  let blockYear: number | null = null;
  // "II. KẾT QUẢ CÁC CHỈ SỐ" in a task table: its rows give indicators' figures in the task columns.
  let figures: { ctx: ExtractContext; label: string } | null = null;
  // "I. CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH" … "III. CHƯA THỰC HIỆN": the state of the tasks under it, until a section written alike.
  let stateAbove: (NonNullable<ExtractContext["stateAbove"]> & { style: string }) | null = null;
  const exampleTable = [1, 2].some((k) => {
    const row = grid.rows[layout.headerTop - 1 - k] ?? [];
    // A title alone on its row; a row of the form's own example ("VD | 1.1 | …") above a table pasted under it is none.
    const filled = row.filter((v) => cellText(v ?? null).trim() !== "");
    return filled.length === 1 && typeof filled[0] === "string" && /^(?:ví dụ|vd)(?!\p{L})[^:]{0,60}:?\s*$/iu.test(filled[0].trim());
  });
  // "A. QUÝ III/2021 (số liệu đến 30/9/2021)", "B. THÁNG 10/2021" in a table of figures: the period of the rows under it.
  let periodAbove: ExtractContext | null = null;
  // Only where a later year's block follows: a sheet of one year's block is that year's, whatever the as-of date.
  const thisYear = latestYearBlock(ctx);
  const pastRows: number[] = [];
  // Rows under a block of next year's plan ("Dự kiến năm 2022"), and its year.
  const nextRows: number[] = [];
  let nextYear: number | null = null;
  const hiddenRows = new Set(grid.hiddenRows);
  // A hidden row may be an old copy or a row put away: read (hidden is not deleted), and named.
  const nameIfHidden = (r: number) => {
    // A hidden sheet ("Nháp", an old quarter put away): its rows are read, each named where no shown sheet repeats it
    // (a row a shown sheet repeats is dropped with its problems when the copies are compared).
    if (grid.hidden && !hiddenRows.has(r))
      out.problems.push(
        problem("ROW_HIDDEN", { file: grid.file, sheet: grid.sheet, row: r }, "", {
          vi: `sheet "${grid.sheet}" bị ẩn trong sổ gốc; dòng này vẫn được đọc, hãy xem còn dùng hay đã bỏ.`,
          en: `the sheet "${grid.sheet}" is hidden in the workbook; this row was read: check whether it is still in use.`,
        }),
      );
    if (hiddenRows.has(r))
      out.problems.push(
        problem("ROW_HIDDEN", { file: grid.file, sheet: grid.sheet, row: r }, "", {
          vi: "dòng này bị ẩn trong sổ gốc; vẫn được đọc, hãy xem dòng còn dùng hay đã bỏ.",
          en: "this row is hidden in the workbook; it was read: check whether it is still in use.",
        }),
      );
  };
  // Row r as its i-th bullet item sees it: each cell listing as many bullet lines holds its i-th.
  // One copy of the rows for the table, row r swapped in and out (a copy per item was O(rows) each).
  const olderCells = ctx.olderCols ? new OlderCells(grid, ctx.olderCols) : null;
  const itemRows: { rows: GridCell[][] | null } = { rows: null };
  const itemView = (r: number, i: number, n: number): Grid => {
    const rows = (itemRows.rows ??= grid.rows.slice());
    rows[r - 1] = (grid.rows[r - 1] ?? []).map((v) => {
      const items = bulletItems(v);
      if (items && items.length === n) return items[i];
      // "1.2⏎1.3", "90⏎100", "⏎05/11/2021": a line per task, an empty line where one has none.
      const lines = typeof v === "string" && v.includes("\n") ? v.split(/\r?\n/) : null;
      if (lines && lines.length === n) return lines[i].replace(BULLET, "").trim() || null;
      return v;
    });
    return { ...grid, rows };
  };
  // A plan row and its actual row under it ("KH" | "TH"): the task is the pair, its state the actual row's.
  const planActual = layout.kind === "tasks" ? planActualColumn(ctx, mapped) : null;
  const actualRows = new Set<number>();
  // The plan pasted line by line: only the lines under "b. Nhiệm vụ, giải pháp" are tasks; who leads them and by when come after.
  const pasted =
    layout.kind === "tasks" && layout.columns.content !== undefined
      ? planLines(grid, layout.columns.content, ctx.firstRow, ctx.lastRow)
      : null;
  let underTasks = false;
  let itemTasks: RawTask[] = [];
  // The update day a title line gives the first block ("CẬP NHẬT NGÀY 10/12/2021" right above the header).
  let updated: IsoDate | null = null;
  // The last row read as the table's note: a bullet alone under it is the note's next item.
  let noteAbove = -1;
  for (let r = Math.max(1, layout.headerTop - 3); r < layout.headerTop && layout.kind === "tasks"; r++)
    for (const v of grid.rows[r - 1] ?? []) if (typeof v === "string") updated = updatedOn(v) ?? updated;
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    if (actualRows.has(r)) continue;
    // A row of the legend or code table beside the table only (its list runs on below the tasks): the legend's, said once.
    if (legend.length > 0) {
      const cells = filledColumns(grid, r);
      if (cells.length > 0 && cells.every((c) => legend.includes(c))) {
        for (const c of cells) mark(r, c, "ignored");
        continue;
      }
    }
    // "Ví dụ cách ghi Biểu 01:" right above the header: the rows under it show how to fill the form in.
    const own: RowRole = exampleTable ? { role: "example" } : rowRole(rowCtx, r);
    // "Cộng | 355 | 344 | 342" over "Tỷ lệ (%) | | | 99,42": the total's own rate, no figure of its own.
    const found: RowRole =
      own.role === "data" &&
      layout.kind === "readings" &&
      out.report.skipped.at(-1)?.row === r - 1 &&
      out.report.skipped.at(-1)?.why === "total" &&
      rateOfTotal(ctx, r)
        ? { role: "total" }
        : own;
    // "Phó Chủ tịch UBND xã (trực tiếp):" in the lead's column with tasks under it: their lead, not a signature.
    // "2 | Thủ tục hành chính" over "- | Cập nhật bảng niêm yết …": a numbered heading over its bulleted tasks.
    const seen: RowRole =
      found.role === "footer" && rowsFollow(ctx, rowCtx, r)
        ? (leadHeading(rowCtx, r) ?? found)
        : (found.role === "section" || (found.role === "data" && isBlank(cellAt(grid, r, layout.columns.content ?? 0)))) &&
            signerTitle(ctx, r) &&
            !rowsFollow(ctx, rowCtx, r)
          ? { role: "footer" }
          : found.role === "data"
            ? (numberedHeading(ctx, r, group) ?? found)
            : // "Cộng quý III" under July to September: the quarter's figures, read as that period's (a contract decision:
              // the summary never adds a period to one it holds, and a reviewer reads the quarter's rate there).
              found.role === "total" &&
                layout.kind === "readings" &&
                (periodsAdded(ctx, r) !== null || periodTotalAlone(ctx, r) || titledTotal(ctx, r) !== null)
              ? { role: "data" }
              : found;
    // "2.1. Công khai TTHC" under "2. Chỉ số hài lòng về tổ chức giải quyết TTHC (2.2)": the section's own numbering, no code.
    const role: RowRole =
      seen.role === "section" && seen.code !== null && codeLabel !== null && numbersWithin(codeLabel, seen.label, code)
        ? { ...seen, code: null }
        : seen;
    // A hidden row that says it is the old one ("… (kế hoạch cũ)", "Tháng 11 (cũ)"): kept out of sight, replaced; not read, said.
    if (role.role === "data" && hiddenRows.has(r) && supersededRow(grid, r)) {
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      out.report.skipped.push({ row: r, why: "no-content" });
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, filledTexts(grid, r).join(" | ").slice(0, 120), {
          vi: "dòng bị ẩn trong sổ gốc và tự ghi là cũ (đã bỏ, đã thay): không đọc; nếu dòng vẫn dùng, hãy bỏ ẩn và xóa chữ “cũ”.",
          en: "the row is hidden in the workbook and says it is the old one (dropped, replaced): not read; unhide it and drop “cũ” if it is still in use.",
        }),
      );
      continue;
    }
    if (role.role === "blank") {
      // A page's number between two lines of one paragraph ("… sử dụng" | "3" | "dịch vụ công …"): the text goes on past it.
      if (lastTaskRow === r - 1 && filledColumns(grid, r).length === 1) lastTaskRow = r;
      continue;
    }
    // "Số liệu hồ sơ hộ tịch tháng 10/2021" over "Tiếp nhận | Trực tuyến | Đã giải quyết | …" and a row of figures, under
    // the tasks: another table, never tasks; named with its rows.
    const other = layout.kind === "tasks" && role.role !== "section" ? otherTableAt(ctx, r) : null;
    if (other !== null) {
      for (let rr = r; rr <= other.last; rr++) for (const c of filledColumns(grid, rr)) mark(rr, c, "row-skipped");
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, other.headings.join(" | "), {
          vi: `bảng khác dưới bảng nhiệm vụ (dòng ${r}–${other.last}, tiêu đề "${other.headings.join(" | ")}"): không đọc thành nhiệm vụ; hãy chuyển bảng này sang sheet riêng để được đọc.`,
          en: `another table under the tasks (rows ${r}–${other.last}, headed "${other.headings.join(" | ")}"): not read as tasks; move it to a sheet of its own to have it read.`,
        }),
      );
      r = other.last;
      continue;
    }
    if (pasted !== null) {
      const line = pasted.get(r);
      if (role.role === "section" && role.code !== null) {
        underTasks = false;
        itemTasks = [];
      }
      // A line outside "b." that the official tracked (its progress or result typed beside it) is their task all the same.
      const tracked = line === undefined && filledColumns(grid, r).some((c) => c !== layout.columns.content);
      if (line !== undefined || (!underTasks && role.role !== "section" && !tracked)) {
        if (line?.kind === "objective") {
          const reading = objectiveFigures(ctx, r, code);
          if (reading !== null) out.readings.push(reading);
        }
        if (line?.kind === "tasks-head") {
          underTasks = true;
          itemTasks = [];
        } else if (line !== undefined) underTasks = false;
        if (line?.kind === "lead" || line?.kind === "partners" || line?.kind === "time") planLineInto(itemTasks, line, r);
        for (const c of filledColumns(grid, r)) mark(r, c, "section");
        continue;
      }
    }
    // "Mục tiêu: 100% hồ sơ … đúng hạn" unnumbered under a criterion, as a plan writes its aim: no work to do; named, its
    // other cells with it.
    const aim = layout.kind === "tasks" ? planAim(ctx, r) : null;
    if (aim !== null) {
      for (const c of filledColumns(grid, r)) mark(r, c, "note");
      const beside = filledColumns(grid, r)
        .filter((c) => c !== layout.columns.content)
        .map((c) => cleanText(cellText(cellAt(grid, r, c))));
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, aim.slice(0, 120), {
          vi: `dòng "${aim}" là mục tiêu của kế hoạch, không phải việc phải làm; không đọc thành nhiệm vụ${beside.length > 0 ? ` (ghi kèm: ${beside.join("; ")})` : ""}.`,
          en: `the row "${aim}" is the plan's aim, not work to do; not read as a task${beside.length > 0 ? ` (beside it: ${beside.join("; ")})` : ""}.`,
        }),
      );
      continue;
    }
    // "Ghi chú: gia hạn đến 15/12/2021 …" merged under a task, another task right after it: that task's note, and what
    // it changes (a table's own note comes after its last row, and stays one).
    if (layout.kind === "tasks" && lastTask && lastTaskRow === r - 1 && role.role !== "footer") {
      const said = noteBetweenTasks(ctx, rowCtx, r);
      if (said !== null) {
        noteUnderTask(ctx, r, said, lastTask, mark, out.problems);
        lastTaskRow = r;
        continue;
      }
      // "Chủ trì: BP một cửa (đ/c Lan)" under the last task, no task under it: that task's lead, never a section of none.
      // ("a) task" ⏎ "Chủ trì: CC VP-TK. Thời hạn: 30/10/2021" ⏎ "b) task" ⏎ "Chủ trì: …": each line under its own task.)
      // ("Chủ trì: BP Một cửa. Thời gian: 30/9/2021" | | "Đã có 215 thành viên": the same line, a note beside it.)
      const noted = role.role === "section" ? null : leadLineWithNote(ctx, r);
      const label = noted?.line ?? (role.role === "section" ? role.label : "");
      const ledBy = LEAD_LINE.test(label) && (!taskFollows(ctx, rowCtx, r) || leadLinesTrail(ctx)) ? label : null;
      // "Thời gian: Trong năm 2021" after them: their deadline, for those writing none.
      const dueLine = ledBy === null ? planLine(ctx, r, DUE_LINE) : null;
      if (ledBy !== null || (dueLine !== null && !taskFollows(ctx, rowCtx, r))) {
        const line = ledBy ?? dueLine ?? "";
        for (const c of filledColumns(grid, r)) mark(r, c, "note");
        // ("- … | - … | Chủ trì: …" as a plan lists a criterion's tasks: the line is all of them's, those naming none.)
        // (Not those that had a line of their own: "a) task" ⏎ "Chủ trì: …" ⏎ "b) task" ⏎ "Chủ trì: …".)
        const tasks = blockTasks.includes(lastTask) ? blockTasks.filter((t) => t === lastTask || !ownLine.has(t)) : [lastTask];
        ownLine.add(lastTask);
        for (const t of tasks) t.note = [t.note, `Dòng ${r}: ${line}`, ...(noted?.beside ?? [])].filter((x) => x !== "").join("; ");
        // ("Chủ trì: CC VP-TK. Phối hợp: Bộ phận TN&TKQ. Thời hạn: 30/10/2021": who leads, who helps, by when.)
        const [who, helpers, when] =
          ledBy !== null ? leadAndPartners(line.slice(line.indexOf(":") + 1)) : ["", "", cleanText(line.slice(line.indexOf(":") + 1))];
        for (const t of ledBy === null ? [] : tasks) {
          if (helpers !== "" && t.partners === "") t.partners = helpers;
          // (The line under the task names its own lead before a heading above it: "Chỉ số 2.3 - … tại BP TN&TKQ".)
          const byHeading = t.note
            .split("; ")
            .find((x) => x.startsWith("Chủ trì lấy theo dòng trên bảng") || x.startsWith("Chủ trì lấy theo nội dung"));
          if (t.lead === "" || t.lead === (ctx.contextLead ?? "") || (byHeading !== undefined && t === lastTask)) {
            t.lead = who;
            t.note = `${t.note
              .split("; ")
              .filter((x) => x !== byHeading)
              .join("; ")}; Chủ trì lấy theo dòng ${r}`;
          }
        }
        lineDue(ctx, r, when, tasks, out.problems);
        lastTaskRow = r;
        continue;
      }
    }
    // A line that reads like a signature or a date line ("- Cột Hạn: ghi ngày/tháng/năm") with the table's rows
    // still under it is no end of the table: named as a note, and the rows under it read.
    const footer = role.role === "footer" && !rowsFollow(ctx, rowCtx, r);
    const noteText = footer
      ? null
      : role.role === "footer"
        ? cleanText(
            filledColumns(grid, r)
              .map((c) => cellText(cellAt(grid, r, c)))
              .join(" "),
          )
        : (noteRow(ctx, r) ?? (noteAbove === r - 1 ? noteItem(ctx, r) : null));
    if (noteText !== null) {
      noteAbove = r;
      // "CẬP NHẬT NGÀY 12/11/2021" over a copy of the table: the rows under it are as of that day.
      updated = updatedOn(noteText) ?? updated;
      tableNote(ctx, r, noteText, mark, out);
      continue;
    }
    if (footer) {
      out.report.skipped.push({ row: r, why: "footer" });
      for (let rr = r; rr <= ctx.lastRow; rr++) for (const c of filledColumns(grid, rr)) mark(rr, c, "footer");
      out.report.lastRow = r - 1;
      break;
    }
    if (role.role === "total" || role.role === "repeat-header") {
      out.report.skipped.push({ row: r, why: role.role });
      for (const c of filledColumns(grid, r)) mark(r, c, role.role);
      continue;
    }
    // A task's words crossed out (the cell's font struck through): the work was dropped, as offices mark it.
    // ("Quy ước: chữ gạch ngang = đã xong": where the sheet says so, a struck task is done, read as such below.)
    if (role.role === "data" && layout.kind === "tasks" && struckOut(ctx, r) && struckState(ctx) !== null) struckRows.push(r);
    else if (role.role === "data" && layout.kind === "tasks" && struckOut(ctx, r)) {
      out.report.skipped.push({ row: r, why: "struck" });
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      const said = text(ctx, r, layout.columns.content);
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, said.slice(0, 120), {
          vi: `nội dung "${said}" bị gạch ngang: nhiệm vụ đã bỏ (không thực hiện), không đọc thành nhiệm vụ. Nếu vẫn làm, hãy bỏ gạch ngang.`,
          en: `the task "${said}" is struck through: dropped, not read as a task. If it is still to be done, remove the strikethrough.`,
        }),
      );
      continue;
    }
    if (role.role === "example") {
      out.report.skipped.push({ row: r, why: "example" });
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, "", {
          vi: "dòng ví dụ (dòng mẫu) của biểu; không đọc thành nhiệm vụ hay số liệu. Nếu đây là việc thật, hãy bỏ chữ “Ví dụ”.",
          en: "the form's example row; not read as a task or a reading. If it is real work, remove the word “Ví dụ”.",
        }),
      );
      continue;
    }
    // "trực tuyến tại nhà văn hóa ấp (TC 1.1)" right under a task: its text goes on, it is no section.
    if (role.role === "section" && layout.kind === "tasks" && lastTask && lastTaskRow === r - 1 && wrapsText(ctx, r)) {
      joinWrapped(ctx, r, lastTask, mark);
      continue;
    }
    // "→ Ghi chú: … đồng ý gia hạn đến ngày 31/12/2021" merged across under a task: that task's note, and what it changes.
    // "Tiến độ: Hoàn thành ngày 28/9/2021" alone in the task column under a task (no number, nothing beside): the same.
    const lineUnder =
      layout.kind !== "tasks" || !lastTask || lastTaskRow !== r - 1
        ? null
        : role.role === "section"
          ? role.label.trim()
          : role.role === "data" && filledColumns(grid, r).every((c) => c === layout.columns.content)
            ? text(ctx, r, layout.columns.content)
            : null;
    if (lastTask && lineUnder !== null && (TASK_NOTE_LINE.test(lineUnder) || PROGRESS_NOTE_LINE.test(lineUnder))) {
      noteUnderTask(ctx, r, lineUnder, lastTask, mark, out.problems);
      lastTaskRow = r;
      continue;
    }
    // "6 | Số hồ sơ … nộp trực tuyến 9 tháng: 12/40 hồ sơ = 30% | 1.1": a count line, its code beside it, read as figures.
    const countedSection = role.role === "section" && layout.kind === "tasks" ? countsLine(ctx, r, role.code) : null;
    if (countedSection !== null) {
      out.readings.push(countedSection);
      for (const c of filledColumns(grid, r)) mark(r, c, "field");
      continue;
    }
    if (role.role === "section") {
      blockTasks = [];
      out.report.sections.push({ row: r, label: role.label, code: role.code });
      // "1. Tuyên truyền trên hệ thống loa … (TC 1.1), do công chức VH-XH thực hiện …" among a table's figures: a report's
      // task written as a line, which a table of figures cannot read; named, never dropped without a word.
      if (layout.kind === "readings") taskLineAmongFigures(ctx, r, role.label.trim(), out.problems);
      // "II | 2.5 - … | CC TP-HT | 30/9/2021 | Hoàn thành" over its own numbered rows: the heading's state is no task's; said.
      if (role.ownState !== undefined)
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, role.ownState, {
            vi: `dòng "${role.label}" là tiêu đề của các nhiệm vụ bên dưới, không đọc thành nhiệm vụ; trạng thái ghi ở dòng này ("${role.ownState}") không được tính, hãy kiểm tra với trạng thái các nhiệm vụ bên dưới.`,
            en: `the row "${role.label}" heads the tasks under it and is not read as a task; the state it gives ("${role.ownState}") is not counted, check it against the tasks under it.`,
          }),
        );
      // "C. Dự kiến năm 2022" under this year's tasks: the rows below are next year's plan; any other section ends it.
      const ahead = layout.kind === "tasks" ? NEXT_YEAR_BLOCK.exec(looseKey(role.label)) : null;
      nextYear = ahead !== null && ctx.asOf !== null && Number(ahead[1]) > ymd(ctx.asOf).y ? Number(ahead[1]) : null;
      if (nextYear !== null) {
        for (const c of filledColumns(grid, r)) mark(r, c, "section");
        continue;
      }
      const state = layout.kind === "tasks" ? stateOfSection(role.label) : null;
      if (state !== null) {
        stateAbove = { state, label: role.label.trim(), style: sectionStyle(role.label) };
        for (const c of filledColumns(grid, r)) mark(r, c, "section");
        continue;
      }
      if (stateAbove !== null && sectionStyle(role.label) === stateAbove.style) stateAbove = null;
      // With a column of days too ("Số liệu đến ngày"), the section names the period those days stand in.
      const period = layout.kind === "readings" && layout.columns.period === undefined ? sectionPeriod(role.label) : null;
      if (period !== null) {
        periodAbove = { ...ctx, contextPeriod: period };
        for (const c of filledColumns(grid, r)) mark(r, c, "section");
        continue;
      }
      // A meeting's or a notice's line over its directions: "kể từ ngày họp" under it counts from its day.
      const named = layout.kind === "tasks" && role.label.length <= 200 ? findDate(role.label) : null;
      ctx.sectionDay = named === null ? null : { date: named, label: cleanText(role.label) };
      // "THÁNG 12/2021", "Quý IV/2021" over its tasks: a deadline "05/01" under it is the next January's.
      const listedIn = layout.kind === "tasks" ? sectionPeriod(role.label) : null;
      if (listedIn?.label && listedIn.label.kind !== "day" && listedIn.label.kind !== "year" && listedIn.label.year !== null)
        ctx.listedIn = { start: periodStart(listedIn.label, listedIn.label.year), label: cleanText(role.label) };
      figures = layout.kind === "tasks" && FIGURES_SECTION.test(looseKey(role.label)) ? { ctx, label: role.label.trim() } : null;
      // "A. NĂM 2020", "B. NĂM 2021": the rows below are that year's.
      const y = /^(?:năm|nam)\s+(\d{4})\b/iu.exec(role.label.trim());
      if (y) {
        blockYear = Number(y[1]);
        for (const c of filledColumns(grid, r)) mark(r, c, "section");
        continue;
      }
      // "V. Kiến nghị", "III. Tồn tại, hạn chế" in a report's table: what the report asks or regrets, no work of the commune's.
      remarksSection = layout.kind === "tasks" && REMARKS_SECTION.test(looseKey(role.label)) ? role.label.trim() : null;
      inventorySection = layout.kind === "tasks" && inventoryOf(ctx, role.label);
      if (inventorySection) {
        for (const c of filledColumns(grid, r)) mark(r, c, "section");
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, role.label.trim(), {
            vi: `mục "${role.label.trim()}" liệt kê hồ sơ, tài sản được bàn giao, không phải nhiệm vụ: các dòng dưới mục không đọc thành nhiệm vụ.`,
            en: `section "${role.label.trim()}" lists records and assets handed over, not work: its rows are not read as tasks.`,
          }),
        );
        continue;
      }
      if (PLACE_SECTION.test(looseKey(role.label)) || HAMLET_SECTION.test(role.label.trim())) placeSection = role.label.trim();
      else if (role.level === "group" && role.group !== null) placeSection = ctx.contextPlace ?? null;
      if (OUTSIDE_PLAN.test(looseKey(role.label))) {
        outsideSection = role.label.trim();
        code = null;
      } else if (role.code !== null || role.level === "group") outsideSection = null;
      // "Tiêu chí thành phần Tỷ lệ hồ sơ TTHC giải quyết đúng hạn" with no code: the criterion by its name, for the
      // plan to tell (applyPlan); any other section ends it.
      namedSection =
        role.code === null && CRITERION_NAMED.test(role.label.replace(/^\s*(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]?\s+/iu, ""))
          ? role.label.trim()
          : null;
      if (role.code !== null) {
        code = role.code;
        codeStyle = sectionStyle(role.label);
        codeLabel = role.label;
      } else if (role.level === "group") {
        code = ctx.contextCode;
        codeLabel = null;
      }
      // "3. Nhiệm vụ khác" after "1. Tiêu chí 1.1 …", "2. … (TC 2.3)": a sibling naming none ends the criterion above.
      else if (
        codeStyle !== null &&
        ((sectionStyle(role.label) === codeStyle && sectionStyle(role.label) !== "none:mixed") || outerThan(role.label, codeLabel))
      ) {
        // ("3. Nhiệm vụ tháng 11/2021:" after "b) Tiêu chí 1.5 …": a heading further out ends it too.)
        code = ctx.contextCode;
        codeStyle = null;
      }
      // "1.2 | … | 31/12/2021" over "1.2.1", "1.2.2": the criterion's deadline, for its rows that give none.
      if (role.code !== null && layout.kind === "tasks") {
        const own = readDate(ctx, r, layout.columns.due, undefined, [], true);
        if (dueFromCode || own.value !== null || own.phrase !== null) dueAbove = groupDue;
        dueFromCode = false;
        if (own.value !== null || own.phrase !== null) {
          // "Quý IV/2021" on the criterion's row: the quarter's last day.
          const said = own.value === null && own.phrase !== null ? dueOfLabel(ctx, own.phrase) : null;
          dueAbove = {
            label: role.label,
            date: own.value ?? said?.date ?? null,
            phrase: own.value !== null || said?.date ? null : own.phrase,
          };
          dueFromCode = true;
        }
        // "Nhóm 2 – TC 1.4 … – Chủ trì: đ/c Phạm Thị Lan (CC TC-KT) – Hạn: 31/12/2021": the group's lead and deadline too.
        if (leadFromCode) leadAbove = ctx.contextLead ?? null;
        leadFromCode = false;
        leadDepth = null;
        const says = GROUP_SAYS.exec(role.label) ?? GROUP_SAYS_AFTER.exec(role.label);
        if (says?.[1] && findOfficials(says[1], "xã").length > 0) {
          leadAbove = cleanText(says[1]);
          leadFromCode = true;
          leadDepth = rowDepth(ctx, r, role.label);
        }
        // "1.4 | Thực hiện giải ngân … | Chủ tịch UBND xã | … | 31/12/2021" over "a", "b": its lead for its rows that give none.
        const ownLead = text(ctx, r, layout.columns.lead);
        if (!leadFromCode && ownLead !== "" && findOfficials(ownLead, "xã").length > 0) {
          leadAbove = ownLead;
          leadFromCode = true;
          leadDepth = rowDepth(ctx, r, role.label);
        }
        // "(Chủ trì: CC VP-TK; hoàn thành trước 30/11/2021)": the deadline said in words too.
        const until: DueAbove | null =
          dueAbove !== null ? null : says?.[2] ? dueOfLabel(ctx, `Hạn: ${says[2]}`) : dueInLabel(ctx, role.label);
        if (until?.date) {
          dueAbove = { label: role.label, date: until.date, phrase: null };
          dueFromCode = true;
        }
      }
      if (role.group !== null) group = role.group;
      // A group's row ("A", "B" and the index it improves): its deadline, in its column or its words, or none.
      // ("II | TRIỂN KHAI … | TC-KT | | 31/12/2021" naming no index: its deadline where it writes one; a Roman
      // sibling writing none ends it.)
      const romanOwn =
        role.group === null &&
        role.code === null &&
        role.level === "group" &&
        layout.kind === "tasks" &&
        /^[IVX]{1,4}[.)]?$/.test(text(ctx, r, layout.columns.stt));
      const dueWritten = text(ctx, r, layout.columns.due) !== "";
      if (romanOwn && !dueWritten && groupDue !== null && dueAbove === groupDue) {
        dueAbove = null;
        groupDue = null;
      }
      if (role.code === null && role.level === "group" && layout.kind === "tasks" && (role.group !== null || (romanOwn && dueWritten))) {
        const own = readDate(ctx, r, layout.columns.due, undefined, [], true);
        const said = own.value === null && own.phrase !== null ? dueOfLabel(ctx, own.phrase) : null;
        const date = own.value ?? said?.date ?? dueInLabel(ctx, role.label)?.date ?? null;
        if (groupDue !== null && dueAbove === groupDue) dueAbove = null;
        groupDue = date === null ? null : { label: role.label, date, phrase: null };
        if (groupDue !== null) {
          dueAbove = groupDue;
          dueFromCode = false;
        }
      }
      // "B. BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ": the rows below are that office's.
      // "NHÓM NHIỆM VỤ KHẢO SÁT SIPAS (…)": a group of tasks, whatever index it names; its siblings so named however typed.
      const ofTasks = isTaskGroup(role.label);
      if (role.code === null && (role.group === null || ofTasks)) {
        const style = ofTasks ? "task-group" : sectionStyle(role.label);
        // "THÁNG 11/2021", "Tuần 49", "THƯỜNG XUYÊN": the rows below are due then.
        const due = dueOfLabel(ctx, role.label);
        if (due) dueAbove = { ...due, style };
        // "NHÓM NHIỆM VỤ TUYÊN TRUYỀN (CC VH-XH chủ trì, trước 15/10)": its deadline above, and its lead read below.
        const ledToo = due !== null && findOfficials(role.label, "xã").length > 0;
        // "III. NHIỆM VỤ THƯỜNG XUYÊN" after "II. … | CC VP-TK": a sibling naming only when, the lead above ends with it.
        const sibling = leadDepth !== null && (rowDepth(ctx, r, role.label) ?? Infinity) <= leadDepth;
        if (due && !ledToo && sibling) {
          leadAbove = text(ctx, r, layout.columns.lead) || (ctx.contextLead ?? null);
          leadDepth = null;
        }
        if (!due || ledToo) {
          // "Nhóm công việc có thời hạn" after "Nhóm công việc thường xuyên": a sibling naming no deadline ends the one above.
          // (A line naming who does the rows under it, "Phó Chủ tịch UBND xã (trực tiếp):", is no sibling.)
          const names = findOfficials(role.label, "xã").length > 0;
          if (!due && !names && dueAbove?.style !== undefined && dueAbove.style === style) dueAbove = null;
          // "2. Tuyên truyền, phổ biến pháp luật (chủ trì: công chức Văn hóa - Xã hội)": the one named after "chủ trì".
          // (Up to the bracket's end where " - " is inside the title: "Văn hóa - Xã hội".)
          const named = names
            ? ([GROUP_SAYS, GROUP_SAYS_WHOLE, GROUP_SAYS_AFTER]
                .map((re) => re.exec(role.label)?.[1])
                .find((x): x is string => x !== undefined && findOfficials(x, "xã").length > 0) ?? null)
            : null;
          // "1/ Tuyên truyền … | | CC VH-XH": the section's lead typed in the Chủ trì cell.
          const ownLead = text(ctx, r, layout.columns.lead);
          const ownNamed = ownLead !== "" && findOfficials(ownLead, "xã").length > 0;
          // "a) Tại trụ sở UBND xã" under "II. … | CC VP-TK": a part of the section, under its lead.
          const depth = rowDepth(ctx, r, role.label);
          const within = named === null && !names && !ownNamed && leadDepth !== null && depth !== null && depth > leadDepth;
          // "D | LÃNH ĐẠO UBND XÃ" after "C | BỘ PHẬN TIẾP NHẬN …": a sibling of sections naming officials, naming people
          // of its own (no title the plan knows): its rows are theirs.
          const actors: boolean =
            !names && !ownNamed && leadDepth !== null && depth === leadDepth && ACTOR_SECTION.test(looseKey(role.label));
          if (!within) {
            leadAbove =
              named !== null
                ? cleanText(named)
                : (names && !ledToo) || actors
                  ? role.label
                  : ownNamed
                    ? ownLead
                    : (ctx.contextLead ?? null);
            leadDepth = named !== null || (names && !ledToo) || ownNamed || actors ? depth : null;
          }
        }
      }
      for (const c of filledColumns(grid, r)) mark(r, c, "section");
      continue;
    }
    for (const c of filledColumns(grid, r)) {
      const v = cellAt(grid, r, c);
      if (isGridError(v) && (mapped.has(c) || !skippedCols.has(c))) {
        out.problems.push(
          problem("FORMULA_ERROR", { file: grid.file, sheet: grid.sheet, row: r, column: columnName(c) }, v.error, {
            vi: `ô ${columnName(c)}${r} có giá trị lỗi ${v.error}.`,
            en: `cell ${columnName(c)}${r} holds the error ${v.error}.`,
          }),
        );
      }
    }
    if (layout.criteriaAcross) {
      const before = out.problems.length;
      const found = readCriteriaRow(ctx, r, layout.criteriaAcross, mark, out.problems);
      for (const reading of found) out.readings.push(reading);
      // "Tháng 12/2021 | | | (chưa có số liệu)": a period with words and no figure is named, not dropped.
      const said = filledColumns(grid, r).filter((c) => c !== layout.columns.period);
      if (found.length === 0 && out.problems.length === before && said.length > 0) {
        out.report.skipped.push({ row: r, why: "no-content" });
        for (const c of said) mark(r, c, "row-skipped");
        out.problems.push(rowSkipped(grid, r, "readings"));
      }
      continue;
    }
    if (nextYear !== null) {
      nextRows.push(r);
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      continue;
    }
    if (layout.kind === "tasks" && blockYear !== null && thisYear !== null && blockYear < thisYear) {
      pastRows.push(r);
      for (const c of filledColumns(grid, r)) mark(r, c, "past-year");
      continue;
    }
    // "Để biết" in a document register's state, no deadline: a document for information, no work to do.
    const noDue = layout.columns.due === undefined || cellKind(cellAt(grid, r, layout.columns.due)) === "empty";
    // So does "Lưu, để biết" in any cell of such a row, no state nor day done written ("Ý kiến chỉ đạo: Lưu, để biết").
    if (layout.kind === "tasks" && noDue) {
      const stated = [layout.columns.status, layout.columns.doneDate].some(
        (c) => c !== undefined && cellKind(cellAt(grid, r, c)) !== "empty",
      );
      const status = layout.columns.status === undefined ? "" : text(ctx, r, layout.columns.status);
      const said =
        status !== ""
          ? status
          : stated
            ? ""
            : (filledColumns(grid, r)
                .map((c) => cellAt(grid, r, c))
                .find((v): v is string => typeof v === "string" && v.length <= 40 && FOR_INFORMATION.test(ctx.facts.of(v).key)) ?? "");
      if (said !== "" && FOR_INFORMATION.test(ctx.facts.of(said).key)) {
        out.report.skipped.push({ row: r, why: "no-content" });
        for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, said, {
            vi: `văn bản ghi "${said}", không có hạn xử lý: để biết, không phải việc phải làm; không đọc thành nhiệm vụ.`,
            en: `the document says "${said}" with no deadline: for information, no work to do; not read as a task.`,
          }),
        );
        continue;
      }
    }
    // "Hồ sơ hộ tịch tiếp nhận | 48", "Giải quyết đúng hạn | 48", "Trễ hạn | -" at a month's foot: its counts, not tasks.
    if (layout.kind === "tasks" && countRow(ctx, r)) {
      let end = r;
      while (end < ctx.lastRow && countRow(ctx, end + 1)) end++;
      const said: string[] = [];
      for (let rr = r; rr <= end; rr++) {
        out.report.skipped.push({ row: rr, why: "no-content" });
        for (const c of filledColumns(grid, rr)) mark(rr, c, "row-skipped");
        said.push(
          filledColumns(grid, rr)
            .map((c) => cleanText(displayText(cellAt(grid, rr, c))))
            .join(": "),
        );
      }
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, said.join("; "), {
          vi: `${end > r ? `các dòng ${r}–${end}` : `dòng ${r}`} là số đếm (${said.join("; ")}), không phải nhiệm vụ; không đọc thành nhiệm vụ. Tỷ lệ của chỉ số hãy ghi ở bảng số liệu.`,
          en: `${end > r ? `rows ${r}–${end} are` : `row ${r} is`} counts (${said.join("; ")}), not tasks; not read as tasks. Write the criterion's rate in a table of figures.`,
        }),
      );
      r = end;
      continue;
    }
    if (inventorySection) {
      out.report.skipped.push({ row: r, why: "no-content" });
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      continue;
    }
    if (
      remarksSection !== null &&
      [layout.columns.lead, layout.columns.due, layout.columns.status].every((c) => c === undefined || text(ctx, r, c) === "")
    ) {
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, remarksSection, {
          vi: `dòng thuộc mục "${remarksSection}" (nhận xét, kiến nghị của báo cáo), không ghi người làm, thời hạn hay trạng thái: không đọc thành nhiệm vụ.`,
          en: `a line under "${remarksSection}" (the report's remarks or requests), with no lead, deadline or state: not read as a task.`,
        }),
      );
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      continue;
    }
    // "Hồ sơ đất đai Q4: nhận 27, trả đúng hạn 26, trễ 1" alone on its row among tasks: a period's counts, no task.
    const counted = layout.kind === "tasks" ? countsLine(ctx, r, code) : null;
    if (counted !== null) {
      out.readings.push(counted);
      for (const c of filledColumns(grid, r)) mark(r, c, "field");
      continue;
    }
    // "1.4 | Giải ngân kế hoạch vốn đầu tư công | 100% | 78,4% | CT UBND" over its "a | …" tasks: the criterion's figure.
    const headed = layout.kind === "tasks" ? criterionRowFigure(ctx, r) : null;
    if (headed !== null && headed !== "no-figure") {
      for (const c of filledColumns(grid, r)) mark(r, c, c === headed.source.columns.value ? "field" : "note");
      out.readings.push(headed);
      continue;
    }
    // ("1.2 | Tỷ lệ hồ sơ đúng hạn | | | 100% | 98,2% | 97,5%" under "Quý I | Quý II | Quý III": each period's figure.)
    const across = headed === "no-figure" ? criterionFiguresAcross(ctx, r) : [];
    if (across.length > 0) {
      for (const reading of across) mark(r, reading.source.columns.value ?? 0, "field");
      for (const c of filledColumns(grid, r)) mark(r, c, "note");
      out.readings.push(...across);
      continue;
    }
    // (The criterion's row with no figure written yet: no task either; said, its tasks taking its code.)
    if (headed === "no-figure") {
      const said = ownText(ctx, r, layout.columns.content);
      // (What else the row says, its lead, target or note, is said with it: nothing is dropped unsaid.)
      const rest = filledColumns(grid, r)
        .filter((c) => c !== layout.columns.stt && c !== layout.columns.content)
        .map((c) => `${layout.headings[c] ?? columnName(c)}: ${text(ctx, r, c)}`);
      out.report.skipped.push({ row: r, why: "no-content" });
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, said, {
          vi: `dòng tiêu chí ${text(ctx, r, layout.columns.stt).replace(/\.$/, "")} "${said}" đứng đầu các nhiệm vụ dưới nó, chưa ghi số liệu thực hiện${rest.length > 0 ? ` (${rest.join("; ")})` : ""}: không đọc thành nhiệm vụ hay số liệu; các nhiệm vụ dưới nó mang mã tiêu chí này.`,
          en: `the row of criterion ${text(ctx, r, layout.columns.stt)} heads the tasks under it and gives no figure yet: read as neither a task nor a figure; its tasks take its code.`,
        }),
      );
      continue;
    }
    // "Tỷ lệ CB, CC đạt chuẩn | | Đến 30/11/2021 | 21/23 = 91,3%" among tasks: a rate's line, read as figures where it gives one.
    const rowFigures =
      figures !== null && !taskUnderFigures(ctx, r)
        ? { ctx: figuresContext(figures.ctx, r), label: figures.label }
        : layout.kind === "tasks" && rateLine(ctx, r)
          ? { ctx: figuresContext(ctx, r), label: "" }
          : null;
    if (rowFigures !== null) {
      const dated = new Map<DateField, ColumnDates>();
      const due = dates.get("due");
      if (due) dated.set("date", due);
      const before = out.problems.length;
      // "1.1 | Tỷ lệ hồ sơ … | 24,5%" under "B. MỘT SỐ CHỈ SỐ": the criterion's code written where the tasks' numbers go.
      const numbered = text(ctx, r, layout.columns.stt).replace(/\.$/, "");
      const own = /^[1-6]\.\d{1,2}$/.test(numbered) && !outlineNumber(ctx, r, numbered) ? numbered : code;
      const reading = readReading(rowFigures.ctx, r, own, layout.columns.code, dated, 1, mark, out.problems);
      if (reading !== null) {
        // The task columns a reading has no field for (Chủ trì: the office reporting it) go to its notes.
        const read = new Set(Object.values(rowFigures.ctx.layout.columns));
        const rest = Object.values(layout.columns)
          .filter((c) => !read.has(c) && text(ctx, r, c) !== "")
          .map((c) => {
            mark(r, c, "note");
            return `${layout.headings[c] ?? columnName(c)}: ${text(ctx, r, c)}`;
          });
        const under = rowFigures.label === "" ? "Dòng tỷ lệ trong bảng nhiệm vụ" : `Số liệu theo mục "${rowFigures.label}"`;
        // The row's own words first: they name what the figures measure (a criterion is suggested from them).
        reading.note = [reading.note, under, ...rest].filter((x) => x !== "").join("; ");
        out.readings.push(reading);
        nameIfHidden(r);
        continue;
      }
      // Not a rate after all: read as a task, without what reading it as figures said.
      if (figures === null) out.problems.length = before;
    }
    // "Kỳ: | Năm 2021", "Nguồn: | Báo cáo KT-XH" under the tasks (no rate read from it above): a label and its value, a form's line, never a task.
    const labelled = layout.kind === "tasks" ? labelLine(grid, r) : null;
    // ("Kết quả khảo sát quý III: | 88,2%" under "2.2. Chỉ số hài lòng về …": the result its section's criterion reached.)
    const reached =
      labelled !== null && !ctx.rowFigures && labelsResult(text(ctx, r, layout.columns.content)) ? resultFigures(ctx, r, code) : [];
    if (reached.length > 0) {
      for (const c of filledColumns(grid, r)) mark(r, c, "field");
      out.readings.push(...reached);
      continue;
    }
    if (labelled !== null) {
      out.report.skipped.push({ row: r, why: "no-content" });
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, labelled, {
          vi: `dòng "${labelled}" là một nhãn và giá trị của nó (dòng của một phiếu), không phải nhiệm vụ: không đọc; nếu là số liệu, hãy ghi vào một bảng số liệu.`,
          en: `the row "${labelled}" is a label and its value (a form's line), no task: not read; if it is a figure, write it in a table of figures.`,
        }),
      );
      continue;
    }
    if (groups) {
      const found: RawTask[] = [];
      groups.lefts.forEach((left, i) => {
        const before = out.problems.length;
        const read = readTask(
          stateAbove === null ? { ...ctx, grid: groupView(r, left) } : { ...ctx, grid: groupView(r, left), stateAbove },
          r,
          code,
          group,
          dates,
          progressScale,
          i === 0 ? mark : () => undefined,
          out.problems,
          false,
          leadAbove,
          dueAbove,
        );
        // Read through the view, named where it is: the group's own columns in Kiểm tra and Nguồn.
        const own = (c: number) => (c >= groups.ref && c < groups.ref + groups.width ? left + (c - groups.ref) : c);
        const letters = new Map(Array.from({ length: groups.width }, (_, j) => [columnName(groups.ref + j), columnName(left + j)]));
        for (const p of out.problems.slice(before)) if (p.column !== null) p.column = letters.get(p.column) ?? p.column;
        if (typeof read !== "object" || read === null) return;
        read.source.columns = Object.fromEntries(Object.entries(read.source.columns).map(([f, c]) => [f, own(c as number)]));
        read.note = [read.note, `nhiệm vụ ${i + 1} của dòng (cột ${columnName(left)}:${columnName(left + groups.width - 1)})`]
          .filter((x) => x !== "")
          .join("; ");
        found.push(read);
      });
      if (groupRows.rows) groupRows.rows[r - 1] = grid.rows[r - 1] ?? [];
      for (const l of groups.lefts)
        for (let c = l; c < l + groups.width; c++) if (mapped.has(c) && !isBlank(cellAt(grid, r, c))) mark(r, c, "field");
      if (found.length > 0) {
        const extra = filledColumns(grid, r)
          .filter((c) => !mapped.has(c) && !ignored.has(c))
          .map((c) => {
            mark(r, c, "note");
            reportUnmapped(c, true);
            const t = cleanText(displayText(cellAt(grid, r, c)));
            return layout.headings[c] ? `${layout.headings[c]}: ${t}` : t;
          });
        for (const t of found) {
          if (extra.length > 0) t.note = [t.note, ...extra].filter((x) => x !== "").join("; ");
          if (updated !== null) t.source.updated = updated;
          out.tasks.push(t);
        }
        nameIfHidden(r);
        lastTask = found[found.length - 1];
        lastTaskRow = r;
        continue;
      }
    }
    const taskAbove: boolean = lastTask !== null && lastTaskRow === r - 1;
    // Several tasks as bullet lines in one cell ("- Cấp chữ ký số …⏎- Ký số 100% văn bản đi"): each read
    // on its own, with the line of the same place in every other cell listed the same way.
    const items = layout.kind === "tasks" ? bulletItems(cellAt(grid, r, layout.columns.content ?? 0)) : null;
    const inYear = (c: ExtractContext): ExtractContext => {
      const y = blockYear === null ? c : { ...c, year: blockYear, yearFromSheet: true };
      return stateAbove === null ? y : { ...y, stateAbove };
    };
    // A newer column left empty on this row: its older column's cell read in its place.
    const withOlder = (row: number): ExtractContext => {
      const seen = olderCells?.at(row) ?? null;
      return seen ? { ...ctx, grid: seen.grid, fromOlder: seen.filled } : ctx;
    };
    const readOne = (c: ExtractContext, m: Mark = mark): ReturnType<typeof readTask> =>
      readTask(inYear(c), r, code, group, dates, progressScale, m, out.problems, taskAbove, leadAbove, dueAbove);
    // The cells are accounted for once, by the first item.
    const itemReads: Array<ReturnType<typeof readTask>> = items
      ? items.map((_, i) => readOne({ ...ctx, grid: itemView(r, i, items.length) }, i === 0 ? mark : () => undefined))
      : [];
    if (itemRows.rows) itemRows.rows[r - 1] = grid.rows[r - 1] ?? [];
    // A row whose cells slid one column right from a blank one (a cell inserted by mistake): read slid back, and said.
    const slid = layout.kind === "tasks" && !items ? slidRow(ctx, r) : null;
    if (slid) {
      out.problems.push(
        problem("ROW_SHIFTED", { file: grid.file, sheet: grid.sheet, row: r, column: columnName(slid.from) }, columnName(slid.from), {
          vi: `các ô của dòng bị lệch sang phải một cột từ cột ${columnName(slid.from)} (ô ${columnName(slid.from)}${r} trống); đã đọc lùi lại một cột, hãy sửa trong sổ.`,
          en: `the row's cells slid one column right from column ${columnName(slid.from)} (${columnName(slid.from)}${r} is empty); read one column back, fix it in the workbook.`,
        }),
      );
    }
    // "Quý II/2021" alone in the period column over its criteria' rows (the period written once for the group).
    if (layout.kind === "readings" && !layout.across && layout.columns.period !== undefined && layout.columns.date === undefined) {
      const filled = filledColumns(grid, r);
      const own = filled.length === 1 && filled[0] === layout.columns.period ? sectionPeriod(text(ctx, r, layout.columns.period)) : null;
      if (own !== null) {
        periodAbove = { ...ctx, contextPeriod: own, periodFromGroup: true };
        mark(r, layout.columns.period, "section");
        continue;
      }
    }
    // The whole's own row: every row's denominator, no figure of its own.
    if (ctx.wholeRow?.row === r) {
      const used = ctx.wholeRow.whole !== null;
      for (const c of filledColumns(grid, r)) mark(r, c, used ? "field" : "row-skipped");
      if (!used)
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, ctx.wholeRow.label, {
            vi: `dòng "${ctx.wholeRow.label}" là số phiếu (hồ sơ) của cả kỳ, không phải tỷ lệ của một tiêu chí: không đọc thành số liệu.`,
            en: `the row "${ctx.wholeRow.label}" is the period's number of forms (dossiers), no criterion's rate: not read as a reading.`,
          }),
        );
      continue;
    }
    const read: RawTask | Reading | null | "continuation" | "continues-text" =
      layout.kind === "tasks"
        ? items
          ? itemReads[0]
          : readOne(slid ? { ...ctx, grid: slid.grid } : withOlder(r))
        : layout.across
          ? null
          : readReading(periodAbove ?? ctx, r, code, readingCodeCol, dates, valueScale, mark, out.problems);
    if (layout.kind === "readings" && layout.across) continue; // read below, all rows at once
    if (read === "continuation" && lastTask) {
      carryInto(ctx, r, lastTask, mapped, mark, reportUnmapped);
      continue;
    }
    if (read === "continues-text") {
      if (lastTask) joinWrapped(ctx, r, lastTask, mark);
      // The text may wrap over more rows still.
      lastTaskRow = r;
      continue;
    }
    // "1.2 | Tỷ lệ hồ sơ … đúng hạn" with no figures over "| Quý I | 118/120": the criterion of the readings under it.
    if (read === null && layout.kind === "readings" && readingCodeCol !== undefined) {
      // Only its code and name, over rows that write no criterion of their own (else it is a criterion with no figures
      // yet, named below).
      const heads = criterion(ctx, r, readingCodeCol).code;
      const under =
        r + 1 <= ctx.lastRow && cellKind(cellAt(grid, r + 1, readingCodeCol)) === "empty" && filledColumns(grid, r + 1).length >= 2;
      if (heads !== null && under && filledColumns(grid, r).length <= 2) {
        code = heads;
        for (const c of filledColumns(grid, r)) mark(r, c, "section");
        continue;
      }
    }
    if ((read === null || read === "continuation") && onlyLabels(ctx, r)) {
      // A template's row with its number or period written and nothing else yet: no record, nothing lost.
      for (const c of filledColumns(grid, r)) mark(r, c, "empty-record");
      continue;
    }
    if (read === null || read === "continuation") {
      out.report.skipped.push({ row: r, why: "no-content" });
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      // Named already, with why (an estimate's row): once is enough.
      const last = out.problems[out.problems.length - 1];
      if (last?.code === "ROW_SKIPPED" && last.row === r && last.sheet === grid.sheet) continue;
      out.problems.push(rowSkipped(grid, r, layout.kind));
      continue;
    }
    // Cells in columns no field took: carried into Ghi chú, the column named once.
    const extra: string[] = [];
    const lastYears: Reading[] = [];
    for (const c of filledColumns(grid, r)) {
      if (mapped.has(c) || skippedCols.has(c)) continue;
      if (ignored.has(c)) {
        mark(r, c, "ignored");
        continue;
      }
      // "Tỷ lệ hài lòng năm 2021 | Năm 2020": last year's rate beside this year's, a reading of that year (the
      // baseline a criterion "cao hơn năm 2020" is judged by). Only where the rows name no period or day of their own
      // (beside "Kỳ | Ngày khảo sát" the column repeats the baseline on every row, said in Ghi chú as before).
      // (Only beside a column of rates: in a table of counts, "Năm 2020" counts last year's dossiers.)
      const ownPeriods = layout.columns.period !== undefined || layout.columns.date !== undefined;
      const rates = layout.columns.value !== undefined;
      const pastYear = !("content" in read) && read.value !== null && rates && !ownPeriods ? pastYearOf(ctx, c) : null;
      if (pastYear !== null && !("content" in read)) {
        const v = readPercent(ctx, r, c, fractionScale(ctx, c)).value;
        if (v !== null && v >= 0 && v <= 100) {
          lastYears.push({
            ...read,
            period: `Năm ${pastYear}`,
            date: `${pastYear}-12-31` as IsoDate,
            numerator: null,
            denominator: null,
            value: v,
            note: [read.note.split("; ")[0] ?? "", `cột "${layout.headings[c] ?? ""}"`].filter((x) => x !== "").join("; "),
            source: { ...read.source, columns: { value: c } },
          });
          mark(r, c, "field");
          continue;
        }
      }
      const text = cleanText(displayText(cellAt(grid, r, c)));
      if (text === "") continue;
      const heading = layout.headings[c];
      extra.push(heading ? `${heading}: ${text}` : text);
      mark(r, c, "note");
      reportUnmapped(c, true);
    }
    if (extra.length > 0) read.note = [read.note, ...extra].filter((x) => x !== "").join("; ");
    // "Nhãn: KH49, TC1.1" in a column no field took, the row naming no criterion (or a work's id, "CV-2021-0412",
    // in its code column): the tag is its criterion, said.
    if ("content" in read && (read.code === null || !/^[12]\.\d{1,2}$/.test(read.code)) && !read.outsidePlan) {
      const tagged = extra.map((t) => ({ t, code: namedCode(t) })).find((x) => x.code !== null);
      if (tagged?.code) {
        const was = read.code;
        read.code = tagged.code;
        read.note = [read.note, `Mã tiêu chí ${tagged.code} theo "${tagged.t}"${was !== null ? ` (cột mã ghi "${was}")` : ""}`].join("; ");
      }
    }
    nameIfHidden(r);
    if ("content" in read && planActual !== null && planOrActual(cellAt(grid, r, planActual)) === "plan") {
      const actual = r + 1 <= ctx.lastRow && planOrActual(cellAt(grid, r + 1, planActual)) === "actual" ? r + 1 : null;
      if (actual !== null) {
        withActual(ctx, read, actual, progressScale, dates, out.problems, planActual);
        actualRows.add(actual);
        for (const c of filledColumns(grid, actual)) mark(actual, c, "field");
      }
    }
    if ("content" in read) {
      if (numbered && isPartRow(ctx, r, read)) {
        const list = parts.get(numbered) ?? [];
        list.push(read);
        parts.set(numbered, list);
        continue;
      }
      if (updated !== null) read.source.updated = updated;
      if (placeSection !== null) {
        read.place = placeSection;
        read.note = [read.note, `Địa bàn: ${placeSection}`].filter((x) => x !== "").join("; ");
      }
      if (namedSection !== null && read.code === null && outsideSection === null) read.sectionName = namedSection;
      if (outsideSection !== null && read.code === null) {
        read.outsidePlan = true;
        read.note = [read.note, `Nhiệm vụ ngoài kế hoạch (mục "${outsideSection}"): không gắn tiêu chí`].filter((x) => x !== "").join("; ");
      }
      if (read.cancelled !== undefined) {
        // Kept where a reviewer will look, with all it said, but never counted as done, due or overdue.
        const due = read.due !== null ? formatViDate(read.due) : read.dueText;
        // The state word was the cancellation ("Hủy"): said once, here.
        const said = out.problems.findIndex((p) => p.code === "UNKNOWN_STATUS" && p.row === r && p.sheet === grid.sheet);
        if (said >= 0) out.problems.splice(said, 1);
        out.problems.push(
          problem("TASK_CANCELLED", { file: grid.file, sheet: grid.sheet, row: r }, read.content.slice(0, 120), {
            vi: `"${read.content}"${due ? ` (hạn ${due})` : ""} ghi "${read.cancelled}": không còn là việc phải làm, không đưa vào Nhiệm vụ; nếu việc vẫn làm, hãy sửa lại ghi chú trong sổ.`,
            en: `"${read.content}" says "${read.cancelled}": no longer work to do, not put among the tasks; if it still is, correct the note in the workbook.`,
          }),
        );
        (out.cancelled ??= []).push(read);
        continue;
      }
      out.tasks.push(read);
      blockTasks.push(read);
      // ("1.1 | Tuyên truyền … | Đã hoàn thành …; tỷ lệ hồ sơ trực tuyến đạt 20,9% (86/412 hồ sơ)": the criterion its number gives.)
      const sttCode = read.code === null ? text(ctx, r, layout.columns.stt).replace(/\.$/, "") : "";
      const ownCode = /^[12]\.\d{1,2}$/.test(sttCode) && !outlineNumber(ctx, r, sttCode) && planNumbered(ctx) ? sttCode : read.code;
      if (!ctx.rowFigures) out.readings.push(...resultFigures(ctx, r, ownCode));
      for (const { col, period } of ctx.periodFigures ?? []) {
        if (isBlank(cellAt(grid, r, col))) continue;
        const columns: Partial<Record<Field, number>> = { value: col };
        if (layout.columns.code !== undefined) columns.code = layout.columns.code;
        if (layout.columns.content !== undefined) columns.indicator = layout.columns.content;
        const at = { date: periodEnd(period, period.year), name: periodName(period, period.year), label: period };
        const periodCtx: ExtractContext = { ...ctx, layout: { ...layout, kind: "readings", columns }, contextPeriod: at };
        // (A period's cell it cannot read is named and marked, the task's own cells left as the task read them.)
        const own: Mark = (rr, c, kind) => (c === col ? mark(rr, c, kind) : undefined);
        const reading = readReading(periodCtx, r, read.code, columns.code, new Map(), 1, own, out.problems);
        if (reading === null) continue;
        reading.note = [`Số liệu ghi cùng dòng nhiệm vụ (cột "${layout.headings[col] ?? columnName(col)}")`, reading.note]
          .filter((x) => x !== "")
          .join("; ");
        out.readings.push(reading);
      }
      if (ctx.rowFigures) {
        const figures: Partial<Record<Field, number>> = { ...ctx.rowFigures };
        if (layout.columns.code !== undefined) figures.code = layout.columns.code;
        if (layout.columns.content !== undefined) figures.indicator = layout.columns.content;
        const bandCtx: ExtractContext = { ...ctx, layout: { ...layout, kind: "readings", columns: figures } };
        const bandDates = new Map<DateField, ColumnDates>();
        if (figures.date !== undefined) bandDates.set("date", columnDates(bandCtx, figures.date));
        const reading = readReading(bandCtx, r, read.code, figures.code, bandDates, 1, mark, out.problems);
        if (reading !== null) {
          reading.note = [`Số liệu ghi cùng dòng nhiệm vụ`, reading.note].filter((x) => x !== "").join("; ");
          out.readings.push(reading);
        } else {
          // A date or a word in the band and no figure: kept with the task, never dropped.
          const said = Object.values(ctx.rowFigures)
            .filter((c) => !isBlank(cellAt(grid, r, c)))
            .map((c) => {
              mark(r, c, "note");
              return `${layout.headings[c] ?? columnName(c)}: ${cleanText(displayText(cellAt(grid, r, c)))}`;
            });
          if (said.length > 0) read.note = [read.note, ...said].filter((x) => x !== "").join("; ");
        }
      }
      if (pasted !== null) itemTasks.push(read);
      if (items) {
        const at = `${columnName(layout.columns.content ?? 1)}${r}`;
        const rest = itemReads.slice(1).filter((t): t is RawTask => typeof t === "object" && t !== null && "content" in t);
        [read, ...rest].forEach((t, i) => {
          if (i > 0) t.note = [t.note, ...extra].filter((x) => x !== "").join("; ");
          t.note = [t.note, `việc ${i + 1}/${items.length} ghi trong ô ${at}`].filter((x) => x !== "").join("; ");
          if (i > 0) out.tasks.push(t);
        });
      }
      lastTask = read;
      lastTaskRow = r;
      const stt = layout.columns.stt;
      numbered = stt !== undefined && cellKind(cellAt(grid, r, stt)) !== "empty" ? read : null;
    } else out.readings.push(read, ...lastYears);
  }
  for (const [task, list] of parts) if (!fromUpdates(task, list, ctx.year)) fromParts(task, list);
  if (basis !== undefined) {
    codesFromBasis(ctx, basis, out.tasks);
    outsidePlan(ctx, basis, out);
  }
  if (nextRows.length > 0)
    out.problems.push(
      problem("NEXT_YEAR_PLAN", { file: grid.file, sheet: grid.sheet, row: nextRows[0] }, rowList(nextRows), {
        vi: `dòng ${rowList(nextRows)} thuộc phần kế hoạch năm sau (dòng "… năm …" phía trên): không đọc thành nhiệm vụ của năm đang theo dõi.`,
        en: `rows ${rowList(nextRows)} sit under next year's plan ("… năm …" above them): not read as this year's tasks.`,
      }),
    );
  if (pastRows.length > 0)
    out.problems.push(
      problem("ROWS_PAST_YEAR", { file: grid.file, sheet: grid.sheet }, String(pastRows.length), {
        vi: `dòng ${rowList(pastRows)} thuộc khối của năm trước năm ${thisYear} (dòng "NĂM …" phía trên): không đọc thành nhiệm vụ của năm đang theo dõi.`,
        en: `rows ${rowList(pastRows)} sit under an earlier year's block ("NĂM …" above them): not read as this year's tasks.`,
      }),
    );
  if (layout.kind === "tasks" && grid.fills && layout.columns.content !== undefined) statusFromColours(ctx, out);
  if (struckRows.length > 0) statusFromStrike(ctx, out, struckRows);

  if (layout.kind === "readings" && layout.across) {
    const across = readAcross(ctx, rowCtx, mark, out);
    out.readings.push(...across);
  } else if (layout.kind === "readings" && layout.columns.date === undefined && layout.columns.period === undefined) {
    // No period of their own: rows sharing a criterion are the parts of the period's one reading.
    const totals = out.report.skipped.filter((s) => s.why === "total").map((s) => s.row);
    const total = totals.map((r) => totalRow(ctx, r, valueScale));
    // No row names a criterion nor a measure ("Đường GTNT thôn Đông", "Thôn 1"): rows of categories.
    // Under "Chỉ tiêu" or "Chỉ số" each row is an indicator of its own, never a part of another.
    const indicatorHeading = headingKey(layout.headings[layout.columns.indicator ?? 0] ?? "");
    // "1. Tiếp cận dịch vụ", "2. Thủ tục hành chính" …: the survey's aspects, each a reading of its own.
    const aspects = new Set(out.readings.map((r) => aspectNamed(r.note.split("; ")[0])));
    // "Hồ sơ tiếp nhận trực tuyến …" beside "Hồ sơ giải quyết đúng hạn …": rows measuring two of the plan's rates, each
    // its own reading (channels of one measure, "Trực tiếp | Bưu chính | Trực tuyến", name one at most).
    const measured = new Set(out.readings.map((r) => rateMeasured(ctx.facts.of(r.note.split("; ")[0]).key)).filter((m) => m !== null));
    const categories =
      measured.size < 2 &&
      !(aspects.size >= 3 && !aspects.has(null)) &&
      // "Lĩnh vực/Tiêu chí", "Tiêu chí thành phần" in a self-assessment: each row a criterion of its own.
      !/\btieu chi\b/.test(indicatorHeading) &&
      !/^(?:chi tieu|chi so|tieu chi|ten chi tieu|ten chi so|noi dung chi tieu|noi dung chi so|yeu to|noi dung danh gia|noi dung khao sat)(?: theo doi| danh gia| thong ke)?$/.test(
        indicatorHeading,
      ) &&
      out.readings.length >= 2 &&
      out.readings.every(
        (r) =>
          r.code === null &&
          !/^(?:ty le|so|tong|ke hoach|gia tri|chi so|muc|ket qua|rate|number|total)\b|%/.test(ctx.facts.of(r.note.split("; ")[0]).key) &&
          // "Hồ sơ giải quyết đúng hạn / tổng số HS đã giải quyết": a rate's own definition, a measure.
          !/\/\s*(?:tổng|tong)\b|(?<!\p{L})trên tổng số(?!\p{L})/iu.test(r.note.split("; ")[0]),
      );
    // "Cùng kỳ năm 2020 | 4.800 | | 2.798" under the total: last year's figures at the same point, a reading of that
    // year's own, never a part of this year's.
    const prior = out.readings.map((x) => priorYear(ctx, x)).filter((x): x is Reading => x !== null);
    const priorRows = new Set(prior.map((x) => x.source.row));
    const parts = combineParts(
      out.readings.filter((x) => !priorRows.has(x.source.row)),
      total,
      categories,
    );
    out.readings = [...parts.readings, ...prior].sort((a, b) => a.source.row - b.source.row);
    out.problems.push(...parts.problems);
  }
  // "Ngày số liệu" 31/7, 31/8, 30/9 on rows the title dates "QUÝ III": each the quarter so far at its day, never three
  // figures of one period of which two are dropped as duplicates.
  if (layout.kind === "readings" && layout.columns.date !== undefined && layout.columns.period === undefined)
    out.readings = soFarByDay(out.readings);
  out.report.rows = out.tasks.length + out.readings.length;
  return out;
}

/** Readings of one criterion and period on different days before its end: each named the period so far at its day. */
function soFarByDay(readings: Reading[]): Reading[] {
  const groups = new Map<string, Reading[]>();
  for (const r of readings) {
    const key = `${r.code}\u0000${r.period}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return readings.map((r) => {
    const same = groups.get(`${r.code}\u0000${r.period}`) ?? [];
    if (r.date === null || same.length < 2 || new Set(same.map((x) => x.date)).size < same.length) return r;
    if (/\(|lũy kế|luỹ kế/iu.test(r.period)) return r;
    const p = parsePeriod(r.period);
    if (p === null || p.year === null || p.kind === "day") return r;
    const [from, to] = [periodStart(p, p.year), periodEnd(p, p.year)];
    if (r.date < from || r.date >= to) return r;
    return { ...r, period: `${r.period} (đến ${formatViDate(r.date)})` };
  });
}

/**
 * A row under a numbered task that is one of its parts ("- Thôn Đông" | "Xong" | 20/11/2021): no
 * number, a short name after a dash, no lead or deadline of its own.
 */
function isPartRow(ctx: ExtractContext, r: number, t: RawTask): boolean {
  const stt = ctx.layout.columns.stt;
  if (stt === undefined || cellKind(cellAt(ctx.grid, r, stt)) !== "empty") return false;
  // A dated update ("+ 06/12: xong 350/350 hồ sơ, bàn giao …") may say more than a part's name.
  if (!UPDATE_LINE.test(t.content) && (!/^[-+•–]\s*\S/.test(t.content) || t.content.length > 60)) return false;
  return ownText(ctx, r, ctx.layout.columns.lead) === "" && t.due === null && t.dueText === null;
}

// "+ 15/10: đã số hóa 120/350 hồ sơ", "15/11 - đã gửi 2/3 báo cáo": an update written under its task on that day.
const UPDATE_LINE = /^(?:[-+•–]\s*)?(\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?)\s*[:–-]\s*\S/;

/**
 * A task followed by its updates, one dated row each: the last update is where the task stands
 * (its status, its progress; done that day when it says so). The row's own status wins.
 */
function fromUpdates(task: RawTask, list: readonly RawTask[], year: number | null): boolean {
  const days = list.map((p) => UPDATE_LINE.exec(p.content)?.[1] ?? null);
  if (days.some((d) => d === null)) return false;
  const last = list[list.length - 1];
  const lastDay = days[days.length - 1] as string;
  const said = list.map((p) => `${p.content.replace(/^[-+•–]\s*/, "")}: ${p.statusText ?? p.status ?? "không ghi"}`);
  const notes = [task.note, `Các lần cập nhật: ${said.join("; ")}`];
  if (task.status === null && task.statusText === null && (last.status !== null || last.statusText !== null)) {
    task.status = last.status;
    task.statusText = last.statusText;
    notes.push(`Trạng thái theo lần cập nhật cuối (${lastDay})`);
    const day = year === null ? null : dayMonth(lastDay.replace(/\s/g, ""), year);
    if (task.status === "Hoàn thành" && task.doneDate === null && day !== null) task.doneDate = last.doneDate ?? day;
    if (task.progress === null && last.progress !== null) task.progress = last.progress;
  }
  // "+ 25/11: đã tuyên truyền tại 5/6 thôn": how far the last update says the work is.
  const share = /(?<![\d/.])(\d{1,5})\s*\/\s*(\d{1,5})(?![\d/.])/.exec(last.content.replace(UPDATE_LINE, ""));
  if (task.progress === null && task.status === "Đang thực hiện" && share && Number(share[2]) > 0 && Number(share[1]) <= Number(share[2])) {
    task.progress = Math.round((Number(share[1]) / Number(share[2])) * 10000) / 100;
    notes.push(`Tiến độ ${formatViNumber(task.progress)}% theo lần cập nhật cuối (${share[1]}/${share[2]})`);
  }
  task.note = notes.filter((x) => x !== "").join("; ");
  return true;
}

/**
 * A task whose parts say how far it is: done when every part is, under way when some are, its
 * completion the last part's; each part's state kept in Ghi chú. What the task's own row says wins.
 */
function fromParts(task: RawTask, list: readonly RawTask[]): void {
  const done = list.filter((p) => p.status === "Hoàn thành").length;
  const begun = list.some((p) => p.status === "Đang thực hiện");
  const said = list.map((p) => {
    const state = p.statusText ?? p.status ?? "không ghi";
    const when = p.doneDate ? ` ${formatViDate(p.doneDate)}` : "";
    return `${p.content.replace(/^[-+•–]\s*/, "")}: ${state}${when}`;
  });
  const notes = [task.note, `Theo từng phần: ${said.join("; ")}`];
  if (task.status === null && task.statusText === null) {
    task.status = done === list.length ? "Hoàn thành" : done > 0 || begun ? "Đang thực hiện" : "Chưa thực hiện";
    notes.push(`Trạng thái theo các phần: ${done}/${list.length} phần xong`);
    if (task.progress === null) task.progress = Math.round((done / list.length) * 10000) / 100;
    const dates = list.map((p) => p.doneDate);
    if (task.status === "Hoàn thành" && task.doneDate === null && dates.every((d) => d !== null))
      task.doneDate = (dates as IsoDate[]).reduce((a, b) => (a > b ? a : b));
  }
  task.note = notes.filter((x) => x !== "").join("; ");
}

// A survey's answers, on the five-level scale or the four-level one; the satisfied, and the middle that tells the scale.
const SATISFIED_ANSWER = /^(?:rat hai long|hai long|rat tot|tot|kha)$/;
const MIDDLE_ANSWER = /^(?:binh thuong|trung binh)$/;
const SHARE_HEADING = /^(?:%|ty le|ti le|ty le %|ti le %|phan tram)$/;

/**
 * A reading whose row is labelled as the same point of an earlier year ("Cùng kỳ năm 2020", "Cùng kỳ năm trước"):
 * moved to that year (its day and its period's name a year back); null for any other row.
 */
function priorYear(ctx: ExtractContext, x: Reading): Reading | null {
  const earlier = x.date === null ? null : samePointEarlier(ctx.facts.of(x.note.split("; ")[0]).key, x.date, x.period);
  return earlier === null ? null : { ...x, ...earlier };
}

/** A row labelled only "Tỷ lệ (%)", "Tỷ lệ", "Tỉ lệ %": a rate of the row above it. */
function rateOfTotal(ctx: ExtractContext, r: number): boolean {
  const texts = filledColumns(ctx.grid, r)
    .map((c) => cellAt(ctx.grid, r, c))
    .filter((v): v is string => typeof v === "string" && ctx.facts.of(v).number === null);
  return texts.length >= 1 && /^(?:ty le|ti le)(?: \(?%\)?)?$/.test(ctx.facts.of(texts[0]).key);
}

function totalRow(ctx: ExtractContext, r: number, valueScale: number): TotalRow {
  const col = ctx.layout.columns;
  const own = readCount(ctx, r, col.numerator).value;
  const parts = (ctx.numeratorParts ?? []).map((c) => readCount(ctx, r, c).value);
  return {
    row: r,
    numerator: own !== null && parts.every((n): n is number => n !== null) ? own + parts.reduce((a, b) => a + b, 0) : own,
    denominator: readCount(ctx, r, col.denominator).value,
    value: readPercent(ctx, r, col.value, valueScale).value,
    note: text(ctx, r, col.note),
  };
}

/** Whether a row holds only its number, its code or its period: the labels of a record not yet filled in. */
function onlyLabels(ctx: ExtractContext, r: number): boolean {
  const labels = new Set([ctx.layout.columns.stt, ctx.layout.columns.code, ctx.layout.columns.period, ctx.layout.columns.indicator]);
  return filledColumns(ctx.grid, r).every((c) => labels.has(c));
}

function filledColumns(grid: Grid, r: number): number[] {
  const cells = grid.rows[r - 1] ?? [];
  const out: number[] = [];
  for (let c = 0; c < cells.length; c++) if (cellKind(cells[c]) !== "empty") out.push(c + 1);
  return out;
}

/** A cell as the user sees it, for carrying into Ghi chú. */
function displayText(v: GridCell): string {
  if (isGridDate(v)) return formatViDate(v.date);
  return cellText(v);
}

/** Progress typed as fractions of 1 (0.6) without a % format: the whole column is scaled. */
function fractionScale(ctx: ExtractContext, col: number): number {
  const rows: number[] = [];
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) rows.push(r);
  return fractionScaleOf(ctx, rows, col);
}

/**
 * fractionScale over the rows that are tasks (their words with a lead, a deadline or a state written): a count
 * under the table ("Số CBCC chưa đạt chuẩn" | 4 | 3) says nothing of how the tasks' shares are typed.
 */
function taskShareScale(ctx: ExtractContext, col: number): number {
  // Asked for each cell of each row: told once per table and column.
  const memo = shareScales.get(ctx.layout) ?? new Map<string, number>();
  shareScales.set(ctx.layout, memo);
  const key = `${ctx.firstRow}:${ctx.lastRow}:${col}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const { content, lead, due, status } = ctx.layout.columns;
  const rows: number[] = [];
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++)
    if (
      content !== undefined &&
      !isBlank(cellAt(ctx.grid, r, content)) &&
      [lead, due, status].some((c) => c !== undefined && !isBlank(cellAt(ctx.grid, r, c)))
    )
      rows.push(r);
  const scale = rows.length > 0 ? fractionScaleOf(ctx, rows, col) : fractionScale(ctx, col);
  memo.set(key, scale);
  return scale;
}

const shareScales = new WeakMap<TableLayout, Map<string, number>>();

/** 100 when the column's numbers on these rows are all fractions of 1 without a % format, else 1. */
function fractionScaleOf(ctx: ExtractContext, rows: readonly number[], col: number): number {
  let numbers = 0;
  let small = 0;
  let fractional = 0;
  for (const r of rows) {
    const cell = cellAt(ctx.grid, r, col);
    // "0.9" typed as text counts as the number it is; "92 %" says its own scale.
    const v = typeof cell === "string" && !cell.includes("%") ? ctx.facts.of(cell).number : cell;
    if (typeof v !== "number" || ctx.grid.formats[`${r}:${col}`]?.includes("%")) continue;
    numbers++;
    if (v >= 0 && v <= 1) small++;
    if (!Number.isInteger(v)) fractional++;
  }
  return numbers > 0 && small === numbers && fractional > 0 ? 100 : 1;
}

type Mark = (r: number, c: number, d: Disposition) => void;

// "1. Tuyên truyền … (TC 1.1), do công chức … thực hiện, hoàn thành …": a numbered line long enough to be a task, naming its work.
// ("1.4.1. Đôn đốc nhà thầu … hoàn thành trước 30/11/2021 …⏎1.4.2. …": an outline's item, its lines in one cell, too.)
const TASK_LIKE_LINE =
  /^\s*\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)/]\s+[\s\S]{50,}(?:chủ trì|chu tri|thực hiện|thuc hien|hoàn thành|hoan thanh|hạn|han|đã|da)(?!\p{L})/iu;
// "1. Tiêu chí 1.2 - Tỷ lệ hồ sơ …", "2. Tỷ lệ hồ sơ giải quyết đúng hạn …": a criterion's heading, or a measure's name
// whose figures are not filled in yet, over its figures.
const CRITERION_LINE =
  /^\s*(?:\d{1,2}\s*[.)/]\s*)?(?:(?:tiêu chí|tieu chi|chỉ số|chi so|tctp|tc)\s*(?:thành phần\s*)?[12]\.\d|(?:tỷ lệ|tỉ lệ|ty le|ti le|số lượng|so luong|số hồ sơ|so ho so|tổng số|tong so)(?!\p{L}))/iu;

/** A report's task written as a numbered line among a table's figures: named, since no table of figures reads it. */
function taskLineAmongFigures(ctx: ExtractContext, r: number, line: string, problems: Problem[]): void {
  if (!TASK_LIKE_LINE.test(line) || CRITERION_LINE.test(line)) return;
  problems.push(
    problem("ROW_SKIPPED", { file: ctx.grid.file, sheet: ctx.grid.sheet, row: r }, line, {
      vi: `dòng "${line.slice(0, 80)}…" ghi một việc giữa bảng số liệu: không đọc được thành nhiệm vụ; hãy ghi việc này vào bảng nhiệm vụ.`,
      en: `the row "${line.slice(0, 80)}…" states a task among a table's figures: not read as a task; enter it in a table of tasks.`,
    }),
  );
}

/** "Hạn 30/11 - đã xong …", "Hạn Q4 - đang làm": the deadline written at the start of a sentence. */
function dueInText(ctx: ExtractContext, text: string): DueSaid | null {
  // "hạn 30/6 — xong 28/6", "trước 20/11, xong ngày 18/11": a note opening with the deadline.
  const m = /^(?:thời hạn|hạn|han|thoi han|trước|truoc|chậm nhất|cham nhat)\s*:?\s*(?:ngày\s+)?([^–—,;-]+)/iu.exec(text.trim());
  if (m) return dueOfPart(ctx, m[1].trim());
  // "đang làm, hạn 31/12", "chưa thực hiện, hạn 20/12/2021": the deadline said after how the work stands.
  const later = LATER_DUE.exec(text);
  return later ? dueOfPart(ctx, later[1].trim()) : null;
}
// "; hạn chót 31/01/2022", "(hạn tháng 10/2021)" too. Never "đúng hạn", "quá hạn 3 ngày", "gia hạn đến …" (an extension,
// read as one elsewhere).
// ("Đang làm – hạn 30/11": after a dash between spaces too.)
const LATER_DUE =
  /(?:[,;(]|\s[–—-])\s*(?<!(?:đúng|quá|trễ|trong|chậm|sắp|gia|dung|qua|tre|cham|sap)\s)(?:thời\s+|thoi\s+)?(?:hạn|han)(?:\s+(?:chót|chot))?\s*:?\s+((?:ngày\s+|ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:tháng|quý|thang|quy)\s+[\dIVX]+(?:\s*(?:năm\s*|nam\s*|\/)\s*\d{4})?)(?![\d/])/iu;

/** The one official a sentence's closing brackets name first, as who leads it ("… (BP Một cửa thực hiện; hạn 31/12/2021)"). */
function leadInClosingBracket(text: string): { title: string; said: string } | null {
  const m = /\(([^()]{2,80})\)\s*\.?$/u.exec(text.trim());
  if (m === null) return null;
  const first = m[1].split(/\s*[;,]\s*|\s+[-–]\s+/)[0].replace(/\s+(?:chủ trì|chu tri|thực hiện|thuc hien|phụ trách|phu trach)$/iu, "");
  const found = first.length <= 40 ? findOfficials(first, "xã") : [];
  return found.length === 1 ? { title: found[0].title, said: cleanText(m[1]).slice(0, 80) } : null;
}

/** The official a sentence gives the work to ("Giao công chức Tư pháp - Hộ tịch chủ trì …"). */
function leadInSentence(text: string): { title: string; said: string } | null {
  // (Never "giao tiếp", "giao dịch", "giao thông", "giao ban": words of their own.)
  const m = /(?:^|[\s,;:()])giao\s+(?!(?:tiếp|dịch|thông|lưu|ban|nhận|hàng|kết|thoa)(?!\p{L}))(?:cho\s+)?([^;,.:)]{3,80})/iu.exec(text);
  if (!m) return null;
  const [first] = findOfficials(m[1], "xã");
  return first ? { title: first.title, said: cleanText(`Giao ${m[1]}`).slice(0, 80) } : null;
}

type DueSaid = { date: IsoDate; text: string; yearAssumed: boolean };

// "… hoàn thành trước ngày 31/10/2021", "chậm nhất ngày 15/11", "trong tháng 10/2021", "trong Quý III", "trước quý IV",
// "NV03 - Số hóa hồ sơ (TC 1.1) - hạn 30/11/2021" (never "đúng hạn", "quá hạn tháng 10"); "dự kiến xong 20/12/2021", "dự kiến
// đến 31/01/2022": the day the work is meant to be done by.
const DUE_IN_SENTENCE =
  /(?:^|[\s,;(-])(?:(?<=\()(?:đến|tới)|(?:dự kiến|du kien)(?:\s+(?:xong|hoàn thành|hoàn tất|hoan thanh))?(?:\s+(?:đến|tới|vào|trước|den|toi|vao|truoc))?|trước|truoc|chậm nhất(?: là)?|cham nhat(?: la)?|hạn chót|han chot|xong trong|hoàn thành trong|thực hiện trong|trong(?=\s+(?:tháng|quý)\s)|(?<!(?:đúng|quá|trễ|trong|chậm|sắp|đến|gia|dung|qua|tre|cham|sap|den)\s)(?:thời\s+|thoi\s+)?(?:hạn|han)(?:\s+(?:chung|hoàn thành|hoan thanh|ht))?\s*:?)\s+((?:ngày\s+|ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|(?:tháng|quý)\s+[\dIVX]+(?:\s*(?:năm\s*|\/)\s*\d{4})?)/iu;

/** A deadline a task's own sentence gives after "trước", "chậm nhất", "trong tháng", "(đến ngày …)": an assignment written as prose. */
function dueInSentence(ctx: ExtractContext, text: string): DueSaid | null {
  const m = DUE_IN_SENTENCE.exec(text);
  return m ? dueOfPart(ctx, m[1].replace(/^(?:ngày|ngay)\s+(?=\d{1,2}[/.-])/iu, "").trim()) : null;
}

/** "(hạn: 31/11/2021)": a deadline a sentence gives as a day that does not exist; the text, to be named. */
function badDueInSentence(ctx: ExtractContext, text: string): string | null {
  const m = DUE_IN_SENTENCE.exec(text);
  if (!m || dueInSentence(ctx, text) !== null) return null;
  const day = /^(?:ngày\s+|ngay\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/iu.exec(m[1].trim());
  return day ? m[1].trim() : null;
}

/** Two or more deadlines in one cell, each its round's ("30/6 và 15/12", "Đợt 1: Quý II; Đợt 2: Quý IV"): the last. */
function phasedDue(ctx: ExtractContext, written: string): { last: IsoDate; count: number } | null {
  const parts = written
    .split(/\s*(?:;|,|\+|&|\n|\s(?:và|va)\s)\s*/iu)
    .map((p) =>
      p
        .replace(/^(?:đợt|dot|lần|lan)\s*\d+\s*[:.-]?\s*/iu, "")
        .replace(/^(?:trước|truoc|hạn|han|chậm nhất|cham nhat)\s+(?:ngày\s+|ngay\s+)?/iu, "")
        .trim(),
    )
    .filter((p) => p !== "");
  if (parts.length < 2 || parts.length > 4) return null;
  // Each part a day or a quarter ("15/12", "Quý IV"), never words that happen to name a period.
  const days = parts.map((p) => (/^(?:\d|quý|quy|q\s*[1-4ivx])/iu.test(p) ? (dueOfPart(ctx, p)?.date ?? null) : null));
  if (!days.every((d): d is IsoDate => d !== null)) return null;
  // Rounds in order, within one year: two years' days are no rounds of one task.
  const [first, last] = [days[0], days[days.length - 1]];
  if (days.some((d, i) => i > 0 && d < days[i - 1]) || ymd(first).y !== ymd(last).y) return null;
  return { last, count: days.length };
}

function dueOfPart(ctx: ExtractContext, part: string): DueSaid | null {
  const f = ctx.facts.of(part);
  // A year taken from the as-of date rather than the sheet is named, as in a deadline column.
  const inYear = (date: IsoDate | null, own: boolean) =>
    date === null ? null : { date, text: part, yearAssumed: !own && !ctx.yearFromSheet };
  if (f.date) return inYear(dateOf(f.date, "dm"), true);
  const short = YEARLESS.exec(f.key);
  if (short && ctx.year !== null) return inYear(isoDate(ctx.year, Number(short[2]), Number(short[1])), false);
  if (f.period) {
    const y = f.period.year ?? ctx.year;
    return y === null ? null : inYear(periodEnd(f.period, y), f.period.year !== null);
  }
  const said = dayInWords(f.key, ctx.year);
  if (said) return inYear(said.date, said.ownYear);
  const d = parseDeadline(part);
  return d.kind === "due" ? inYear(d.due, true) : null;
}

// "(được) gia hạn đến/tới …", "lùi hạn đến …", "xin gia hạn đến … (đã được đồng ý)" — never a request not granted.
// "gia hạn đến 20/12", "lùi hạn tới 31/12", "lùi đến 31/12" (the deadline understood), "kéo dài đến 10/01".
// "gia hạn lần 2 đến 30/10/2021", "Điều chỉnh thời gian thực hiện đến 15-12-2021": the later one written counts.
// "Gia hạn: 31/12", "Hạn mới: 20/12/2021": the day after the colon.
// ("gia hạn 1 lần (đến 15/9/2021)", "Gia hạn 1 lần: đến 20/12": how many times, then the day; "hạn mới 31/01/2022".)
const EXTENSION_IN_NOTE =
  /(?:^|[\s,;(:→])(?:[Đđ]ược\s+)?(?:[Gg]ia hạn|[Ll]ùi hạn|[Dd]ời hạn|[Ll]ùi|[Dd]ời|[Hh]oãn|[Kk]éo dài|[Đđ]iều chỉnh hạn|[Đđ]ổi hạn|[Đđ]iều chỉnh (?:thời gian|thời hạn)(?: thực hiện)?)\s+(?:(?:lần|đợt)\s*\d\s*:?\s+|\d{1,2}\s+lần\s*:?\s+)?(?:tiếp\s+)?(?:(?:thời\s+)?hạn\s+)?\(?\s*(?:đến|tới|sang)\s+([^,;()]{3,40})|(?:^|[\s,;(])(?:(?:[Đđ]ã\s+|[Đđ]ược\s+)?[Gg]ia hạn|[Hh]ạn mới|GH)\s*:\s*([^,;()]{3,40})|(?:^|[\s,;(])(?:[Đđ]ã\s+|[Đđ]ược\s+)?(?:[Gg]ia hạn|[Ll]ùi|[Dd]ời|[Hh]oãn|GH|[Hh]ạn mới)\s+(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)(?![\d/])/gu;

/** The day a note says the deadline was moved to, or null ("xin gia hạn", a request, moves nothing). */
export function extensionInNote(typed: string, year: number | null): { date: IsoDate; said: string } | null {
  // Asked of several cells of every row: only a text naming more time is looked at.
  // (The unmarked words' sign asked before any marks are given back: most cells are dates and names.)
  if (typed.length < 8 || (!MORE_TIME.test(typed) && !MORE_TIME_UNMARKED.test(typed))) return null;
  const note = withDeadlineMarks(typed);
  if (!MORE_TIME.test(note)) return null;
  // A request ("xin gia hạn", "đề nghị lùi hạn") moves nothing; \b does not see letters like "đ", hence the lookarounds.
  // ("Hồ sơ còn thiếu, xin lùi đến 31/12/2021": asked, not granted.)
  // ("xin gia hạn đến 31/01/2022, đã được huyện đồng ý": asked and granted, the new day stands.)
  const granted =
    EXTENSION_GRANTED.test(note) &&
    !/(?<!\p{L})(?:chưa|không)\s+(?:được\s+)?(?:\p{L}+\s+){0,2}(?:đồng ý|chấp thuận|nhất trí|duyệt)/iu.test(note);
  if (
    note === "" ||
    (/(?<!\p{L})(?:(?:xin|đề nghị|kiến nghị)\s+(?:gia|lùi|dời)\s+hạn|chưa được)(?!\p{L})/iu.test(note) && !granted) ||
    (EXTENSION_ASKED.test(note) && !granted)
  )
    return null;
  const m = [...note.matchAll(EXTENSION_IN_NOTE)].at(-1);
  if (!m) return null;
  // "25/12 theo hướng dẫn của Chi cục": the day, not the reason after it.
  const phrase = (m[1] ?? m[2] ?? m[3])
    .trim()
    .replace(/^ngày\s+/iu, "")
    .replace(/^(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s+\D.*$/u, "$1");
  const full = findDate(phrase);
  // "Hoãn sang Quý I/2022": the period's last day.
  const period = full === null ? parsePeriod(phrase.trim()) : null;
  const periodDay =
    period && period.kind !== "day" && (period.year ?? year) !== null ? periodEnd(period, (period.year ?? year) as number) : null;
  const day = full ?? periodDay ?? dayInWords(looseKey(phrase), year)?.date ?? (year !== null ? dayMonth(phrase, year) : null);
  // Quoted as typed (the marks given back keep every word's length).
  const said = typed.slice(m.index ?? 0, (m.index ?? 0) + m[0].length);
  return day ? { date: day, said: cleanText(said).replace(/^[,;(]\s*/, "") } : null;
}

// "xin gia hạn đến 30/12/2021", "đề nghị chuyển sang quý I/2022", "kiến nghị lùi hạn": more time asked for.
const EXTENSION_ASKED =
  /(?<!\p{L})(?:xin|đề nghị|kiến nghị|đề xuất)\s+(?:cho\s+)?(?:gia hạn|lùi hạn|dời hạn|lùi|dời|chuyển sang|kéo dài)(?!\p{L})[^;.\n]{0,40}/iu;
// "… đã được Chủ tịch đồng ý", "được chấp thuận": granted, read as an extension elsewhere.
const EXTENSION_GRANTED = /(?<!\p{L})(?:đồng ý|chấp thuận|nhất trí|đã duyệt)(?!\p{L})/iu;

// Words a text naming more time holds: asked of several cells of every row before anything else is tried.
// ("GH 15/11/2021": gia hạn, shortened.)
const MORE_TIME = /hạn|lùi|chuyển|kéo|dời|chỉnh|hoãn|GH\s*:|\bGH\s+\d/i;
const MORE_TIME_UNMARKED = /\b(?:han|lui|chuyen|keo|doi|chinh|hoan sang|hoan den)\b|GH\s*:|\bGH\s+\d/i;

/** The words asking for more time in a note, where no agreement is written beside them; null otherwise. */
function extensionAsked(typed: string): string | null {
  if (!MORE_TIME.test(typed) && !MORE_TIME_UNMARKED.test(typed)) return null;
  const note = withDeadlineMarks(typed);
  const m = EXTENSION_ASKED.exec(note);
  const said = m ? typed.slice(m.index, m.index + m[0].length) : "";
  return m && !EXTENSION_GRANTED.test(note) ? cleanText(said).replace(/[\s,:–-]+$/u, "") : null;
}

/**
 * A deadline said in words: "cuối năm" (31/12), "cuối tháng 11" (its last day), "giữa tháng 12"
 * (15/12), "tuần 2 tháng 12" (the 14th, the week's last day). The sheet's year where none is written.
 */
function dayInWords(key: string, sheetYear: number | null): { date: IsoDate; ownYear: boolean; rough?: true } | null {
  const yearOf = (y: string | undefined) => (y === undefined ? sheetYear : Number(y.length === 2 ? `20${y}` : y));
  // "cuối năm", "Cả năm", "Trong năm": by the year's last day.
  let m = /^(?:(?:vao |den )?(?:cuoi|het) nam|ca nam|trong (?:ca )?nam)(?: (\d{4}))?$/.exec(key);
  if (m) {
    const y = yearOf(m[1]);
    return y === null ? null : { date: isoDate(y, 12, 31) as IsoDate, ownYear: m[1] !== undefined };
  }
  // "trước Tết Dương lịch 2022": New Year's Day, so the last day of the year before.
  m = /^(?:truoc |den )?tet duong lich(?: (?:nam )?(\d{4}))?$/.exec(key);
  if (m) {
    const y = m[1] === undefined ? sheetYear : Number(m[1]) - 1;
    return y === null ? null : { date: isoDate(y, 12, 31) as IsoDate, ownYear: m[1] !== undefined };
  }
  // "cuối quý IV", "hết quý 3": the quarter's last day.
  m = /^(?:vao |den |trong )?(?:cuoi|het) quy (iv|iii|ii|i|[1-4])(?: (?:nam )?(\d{4}))?$/.exec(key);
  if (m) {
    const y = yearOf(m[2]);
    const q = { i: 1, ii: 2, iii: 3, iv: 4 }[m[1]] ?? Number(m[1]);
    return y === null ? null : { date: periodEnd({ kind: "quarter", index: q, year: y }, y), ownYear: m[2] !== undefined };
  }
  // "đầu tháng 12" and "thượng tuần" (the first ten days), "giữa tháng" (15th), "trung tuần" (20th), "cuối tháng", "hạ tuần".
  // "cuối T11": the month written short.
  m = /^(?:vao |den |truoc )?(cuoi|het|giua|dau|thuong tuan|trung tuan|ha tuan) (?:thang |t ?)(\d{1,2})(?: (?:nam )?(\d{4}))?$/.exec(key);
  if (m) {
    const y = yearOf(m[3]);
    const month = Number(m[2]);
    if (y === null || month < 1 || month > 12) return null;
    const day = { giua: 15, dau: 10, "thuong tuan": 10, "trung tuan": 20 }[m[1]];
    const d = day !== undefined ? isoDate(y, month, day) : periodEnd({ kind: "month", index: month, year: y }, y);
    // "Đầu tháng 8", "trung tuần": no day written, one taken by custom (said in Kiểm tra); a month's end is its own.
    return d ? { date: d, ownYear: m[3] !== undefined, ...(day !== undefined ? { rough: true as const } : {}) } : null;
  }
  // "Trong tháng 11", "trong quý IV": within the period, so by its last day.
  m = /^(?:trong|den het|truoc het) (?:(thang) (\d{1,2})|(quy) (iv|iii|ii|i|[1-4]))(?: (?:nam )?(\d{4}))?$/.exec(key);
  if (m) {
    const y = yearOf(m[5]);
    const index = m[1] ? Number(m[2]) : ({ i: 1, ii: 2, iii: 3, iv: 4 }[m[4]] ?? Number(m[4]));
    if (y === null || index < 1 || index > 12) return null;
    return { date: periodEnd({ kind: m[1] ? "month" : "quarter", index, year: y }, y), ownYear: m[5] !== undefined };
  }
  // "tuần 2 tháng 12", "Tuần 1 T12", "tuần đầu tháng 10", "tuần cuối tháng 11": a week of a month (never weeks 1 to
  // 12 of the year), by its last day.
  m = /^(?:trong )?tuan (?:thu )?(\d|dau|nhat|hai|ba|tu|cuoi) (?:cua )?(?:thang |th ?|t ?)(\d{1,2})(?: (?:nam )?(\d{4}))?$/.exec(key);
  if (m) {
    const y = yearOf(m[3]);
    const week = { dau: 1, nhat: 1, hai: 2, ba: 3, tu: 4, cuoi: 5 }[m[1]] ?? Number(m[1]);
    const month = Number(m[2]);
    if (y === null || week < 1 || week > 5 || month < 1 || month > 12) return null;
    const last = Number(periodEnd({ kind: "month", index: month, year: y }, y).slice(8));
    const d = isoDate(y, month, m[1] === "cuoi" ? last : Math.min(7 * week, last));
    return d ? { date: d, ownYear: m[3] !== undefined, ...(/^\d$/.test(m[1]) ? {} : { rough: true as const }) } : null;
  }
  // "2021 - 2022", "giai đoạn 2021-2022": work over the years, by the last one's end.
  m = /^(?:nam |giai doan |trong )?(20\d{2})(?: | ?- ?| den )(20\d{2})$/.exec(key);
  if (m && Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 5) {
    const d = isoDate(Number(m[2]), 12, 31);
    return d ? { date: d, ownYear: true } : null;
  }
  const weeks = weeksOfYear(key);
  if (weeks) {
    const y = yearOf(weeks.year);
    return y === null ? null : { date: isoWeekSunday(y, weeks.last), ownYear: weeks.year !== undefined };
  }
  return null;
}

/**
 * "Tuần 45", "tuần 40-42", "T48-T50": weeks of the year as ISO 8601 counts them (Monday first). "T10"
 * is October as often as not: a bare "T" counts weeks only past any month's number.
 */
function weeksOfYear(key: string): { last: number; year: string | undefined } | null {
  const m = /^(?:trong |den |het )?(tuan |t)(\d{1,2})(?:(?: den| [-–])? (?:tuan |t)?(\d{1,2}))?(?: (?:nam )?(\d{4}))?$/.exec(key);
  if (!m) return null;
  const [from, last] = [Number(m[2]), Number(m[3] ?? m[2])];
  if (last > 53 || from > last || from < 1 || (m[1] === "t" && from <= 12)) return null;
  return { last, year: m[4] };
}

/** The Sunday ending ISO week `week` of `year` (week 1 holds the year's first Thursday). */
function isoWeekSunday(year: number, week: number): IsoDate {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday1 = Date.UTC(year, 0, 4) - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday1 + ((week - 1) * 7 + 6) * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

/** "T9: 62%; T10: 70%; T11: 84%" in one of the row's cells: the latest month's share, where every entry is a month's. */
function monthlyShare(ctx: ExtractContext, r: number): { share: number; month: number; said: string } | null {
  for (const c of filledColumns(ctx.grid, r)) {
    const said = text(ctx, r, c);
    if (said.length > 200 || !/^\s*T\d{1,2}\s*:/i.test(said)) continue;
    const entries = said.split(/\s*;\s*/).filter((x) => x !== "");
    const read = entries.map((x) => /^T(\d{1,2})\s*:\s*(\d{1,3}(?:[.,]\d+)?)\s*%$/i.exec(x.trim()));
    if (entries.length < 2 || read.some((m) => m === null)) continue;
    const last = read.reduce((a, b) => (Number((b as RegExpExecArray)[1]) > Number((a as RegExpExecArray)[1]) ? b : a)) as RegExpExecArray;
    const share = Number(last[2].replace(",", "."));
    if (share > 100) continue;
    return { share, month: Number(last[1]), said };
  }
  return null;
}

/** "30/9/2021 đạt 60%; 31/01/2022 đạt 100%": two milestones or more, each a whole day and its share, the last the largest. */
function milestones(written: string): Array<{ date: IsoDate; share: number }> | null {
  if (written.length > 160) return null;
  const found: Array<{ date: IsoDate; share: number }> = [];
  for (const m of written.matchAll(/(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})[^;\n\d]{0,12}?(?:đạt|dat|:)\s*(\d{1,3})\s*%/giu)) {
    const day = parseDateCell(m[1].replace(/\s+/g, ""));
    if (day.kind !== "ok") return null;
    found.push({ date: day.value, share: Number(m[2]) });
  }
  if (found.length < 2) return null;
  const ordered = found.every((f, i) => i === 0 || (f.date > found[i - 1].date && f.share > found[i - 1].share));
  return ordered ? found : null;
}

/** Text alone in the content column, starting mid-sentence ("cho Phòng LĐ-TB&XH huyện …", "(kể cả …)"). */
function wrapsText(ctx: ExtractContext, r: number): boolean {
  const contentCol = ctx.layout.columns.content;
  if (contentCol === undefined) return false;
  const text = ownText(ctx, r, contentCol);
  // A lower-case letter: "à-ỹ" would take "Đ", "Ơ", "Ấ" … too (they lie between), and a task starting "Đo đạc …" is no wrapped line.
  // A capital too where the line above is left open: "… (phối hợp với" over "Bộ phận Một cửa …)".
  // (Or any line where the task's number is merged down over it: the official's one item, its words in several cells.)
  if (
    !/^[\p{Ll}(]/u.test(text) &&
    !leftOpen(ownText(ctx, r - 1, contentCol)) &&
    !listedUnder(ctx, r, contentCol) &&
    !underMergedNumber(ctx, r)
  )
    return false;
  // "b) Đ/c Tuấn (CC Tài chính – Kế toán) chủ trì": an item of its own list, never the line above's words.
  if (/^[a-zđ]\)\s/u.test(text)) return false;
  // A state of its own in the row's status cell ("Chưa thực hiện" under the criterion's merged number, the row above
  // "Hoàn thành"): a task of its own, as a plan's table pasted from Word lists them.
  const status = ctx.layout.columns.status;
  const own = status === undefined || ctx.merges.at(r, status) !== undefined ? "" : cellText(cellAt(ctx.grid, r, status)).trim();
  if (own !== "" && ctx.facts.of(own).status !== null) return false;
  // Beside it only the words of a result or a note wrapped the same way ("ngày 28/6/2021").
  const words = new Set([ctx.layout.columns.result, ctx.layout.columns.note, ctx.layout.columns.status].filter((c) => c !== undefined));
  return filledColumns(ctx.grid, r).every((c) => c === contentCol || (words.has(c) && typeof cellAt(ctx.grid, r, c) === "string"));
}

/**
 * "- Đến 30/9/2021 đạt 60% kế hoạch;" alone in the content column under "Triển khai giải ngân vốn đầu tư công:": a line
 * of the list the task's own words open with their colon (the lines between it and them bullets of that list too).
 */
function listedUnder(ctx: ExtractContext, r: number, contentCol: number): boolean {
  if (!/^[-+•–]\s*\S/.test(ownText(ctx, r, contentCol))) return false;
  for (let k = r - 1; k >= ctx.firstRow && k >= r - 10; k--) {
    const above = ownText(ctx, k, contentCol);
    if (above === "") return false;
    const alone = filledColumns(ctx.grid, k).every((c) => c === contentCol);
    if (alone && /^[-+•–]\s*\S/.test(above)) continue;
    return /:\s*$/.test(above);
  }
  return false;
}

/** Row r under its task's number merged down from the row above ("1" over "…;" | "- Thực hiện xin lỗi …;" | "- Theo dõi …"). */
function underMergedNumber(ctx: ExtractContext, r: number): boolean {
  const stt = ctx.layout.columns.stt;
  const m = stt === undefined ? undefined : ctx.merges.at(r, stt);
  return m !== undefined && m.top < r && m.top >= ctx.firstRow;
}

/** A task's words that stop mid-sentence: a bracket not closed, or a last word that joins ("với", "và", a comma). */
function leftOpen(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  const open = (t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length;
  return open || /(?:,|\s(?:và|với|của|cho|về|tại|theo|các|những|trên|đến|từ|hoặc))$/iu.test(t);
}

/** The task's sentence wrapped onto the next row by hand: one task, its text whole, said in Ghi chú. */
function joinWrapped(ctx: ExtractContext, r: number, task: RawTask, mark: Mark): void {
  task.content = `${task.content} ${ownText(ctx, r, ctx.layout.columns.content)}`;
  // "… (TC 1.1)" may sit on the wrapped part.
  if (task.code === null) task.code = namedCode(task.content);
  task.note = [task.note, `nội dung nối tiếp ở dòng ${r}`].filter((x) => x !== "").join("; ");
  // A result wrapped the same way ("Hoàn thành" | "ngày 28/6/2021"): read whole for its day and documents.
  for (const c of filledColumns(ctx.grid, r)) {
    mark(r, c, "field");
    if (c === ctx.layout.columns.content) continue;
    const joined = `${ownText(ctx, task.source.row, c)} ${ownText(ctx, r, c)}`.trim();
    const f = sentenceFactsIn(ctx.facts, joined, ctx.year);
    if (task.doneDate === null && f.doneDate !== null && (task.status ?? f.status) === "Hoàn thành") {
      task.doneDate = f.doneDate;
      task.status = "Hoàn thành";
    }
    for (const e of f.evidence) if (!task.evidence.includes(e)) task.evidence = [task.evidence, e].filter((x) => x !== "").join("; ");
    task.note = [task.note, `${ctx.layout.headings[c] ?? columnName(c)}: ${joined}`].join("; ");
  }
}

// "→ Ghi chú: …", "=> Lưu ý: …", "* Ghi chú: …" on the row under a task: about that task, not the table.
// A bare "*" may open a section ("* NHIỆM VỤ TRỌNG TÂM"): only an arrow, or the words, make a note.
const TASK_NOTE_LINE = /^(?:→|->|=>|⇒)\s*\S|^\*?\s*(?:ghi chú|lưu ý|chú ý)\s*:/iu;
// "Tiến độ: Hoàn thành ngày 28/9/2021, thu về 120 phiếu." under a task: how that task stands, in words.
const PROGRESS_NOTE_LINE =
  /^\*?\s*(?:tiến độ|tien do|tình hình(?: thực hiện)?|tinh hinh(?: thuc hien)?|kết quả(?: thực hiện)?|ket qua(?: thuc hien)?|kq|cập nhật|cap nhat)\s*:\s*\S/iu;

/**
 * A note row under a task goes into its Ghi chú; an extension it grants ("đồng ý gia hạn đến ngày
 * 31/12/2021") moves the deadline, and work sent back to be redone ("trả lại …; đang thực hiện lại")
 * is under way again. Each change is said; the note's words are kept whole.
 */
/** Whether a data row comes within the next two rows (blank ones passed over). */
function taskFollows(ctx: ExtractContext, rowCtx: RowContext, r: number): boolean {
  for (let k = r + 1; k <= Math.min(ctx.lastRow, r + 3); k++) {
    const role = rowRole(rowCtx, k).role;
    // ("Chủ trì: …" over "Thời gian: …": the plan's two lines under its tasks.)
    if (role === "blank" || planLine(ctx, k, DUE_LINE) !== null) continue;
    return role === "data";
  }
  return false;
}

/**
 * "CC VP-TK. Phối hợp: Bộ phận TN&TKQ. Thời hạn: 30/10/2021" -> who leads, who helps, by when ("Thực hiện: …" is who
 * does it, said in the note).
 */
function leadAndPartners(line: string): [string, string, string] {
  const due = /[.;,]?\s*(?:thời hạn|hạn|thời gian)(?:\s+hoàn thành)?\s*:\s*/iu.exec(line);
  const when = due === null ? "" : cleanText(line.slice(due.index + due[0].length).replace(/[.;]\s*$/, ""));
  const text = due === null ? line : line.slice(0, due.index);
  const cut = /[.;,]?\s*(?:phối hợp|thực hiện|đơn vị thực hiện)\s*:/iu.exec(text);
  if (cut === null) return [cleanText(text), "", when];
  const rest = text.slice(cut.index + cut[0].length);
  return [cleanText(text.slice(0, cut.index)), /phối hợp/iu.test(cut[0]) ? cleanText(rest.replace(/[.;]\s*$/, "")) : "", when];
}

/**
 * A plan's "Thời gian: …" line for the tasks above it that write no deadline of their own; one the deadline reader cannot
 * read is kept as written and named, as a deadline cell's is.
 */
function lineDue(ctx: ExtractContext, r: number, when: string, tasks: readonly RawTask[], problems: Problem[]): void {
  const takers = when === "" ? [] : tasks.filter((t) => t.due === null && t.dueText === null);
  for (const t of takers) t.dueText = when;
  if (takers.length > 0 && parseDeadline(when).kind === "unparsed")
    problems.push(
      problem("BAD_DATE", where(ctx, r, filledColumns(ctx.grid, r)[0]), when, {
        vi: `không đọc được hạn hoàn thành "${when}" ở dòng ${r} (hạn của các nhiệm vụ bên trên); giữ nguyên như đã ghi, không đánh giá đúng hạn hay quá hạn.`,
        en: `the deadline "${when}" on row ${r} (the tasks above's) cannot be read; kept as written, not judged on time or overdue.`,
      }),
    );
}

/** Whether a table's "Chủ trì: …" lines each come right under a task (its own row of cells), never over the tasks they lead. */
function leadLinesTrail(ctx: ExtractContext): boolean {
  let lines = 0;
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    const line = planLine(ctx, r, LEAD_LINE);
    if (line === null) continue;
    if (filledColumns(ctx.grid, r - 1).length < 2) return false;
    lines++;
  }
  return lines >= 2;
}

// "Thời gian: Trong năm 2021", "Thời hạn hoàn thành: Quý IV/2021" alone on its row, as a plan writes it under its tasks.
const DUE_LINE = /^\s*(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*\S/iu;

/** "Mục tiêu: …", "Chỉ tiêu: …" in a row's work cell, its STT blank: a plan's aim, the text; else null. */
function planAim(ctx: ExtractContext, r: number): string | null {
  const { content, stt } = ctx.layout.columns;
  if (content === undefined || (stt !== undefined && stt !== content && cellKind(cellAt(ctx.grid, r, stt)) !== "empty")) return null;
  const said = cellText(cellAt(ctx.grid, r, content));
  return /^\s*(?:mục tiêu|chỉ tiêu)(?:\s+(?:phấn đấu|đến năm \d{4}|năm \d{4}))?\s*:\s*\S/iu.test(said) ? cleanText(said) : null;
}

/** A row whose one text (no number in STT) is a plan's line of the kind `re` says: the text, else null. */
function planLine(ctx: ExtractContext, r: number, re: RegExp): string | null {
  const cols = filledColumns(ctx.grid, r);
  const stt = ctx.layout.columns.stt;
  if (cols.length !== 1 || cols[0] === stt) return null;
  const said = cleanText(cellText(cellAt(ctx.grid, r, cols[0])));
  return said.length <= 160 && re.test(said) ? said : null;
}

/**
 * "Chủ trì: BP Một cửa. Thời gian: 30/9/2021" in a row's work cell under a task, its number blank and only a note or a
 * result beside it ("Đã có 215 thành viên"): the line, and what is beside it as "heading: value"; else null.
 */
function leadLineWithNote(ctx: ExtractContext, r: number): { line: string; beside: string[] } | null {
  const { content, stt, note, result } = ctx.layout.columns;
  if (content === undefined || (stt !== undefined && !isBlank(cellAt(ctx.grid, r, stt)))) return null;
  const line = cleanText(cellText(cellAt(ctx.grid, r, content)));
  if (line.length > 160 || !LEAD_LINE.test(line)) return null;
  const others = filledColumns(ctx.grid, r).filter((c) => c !== content);
  if (others.length === 0 || others.some((c) => c !== note && c !== result)) return null;
  return {
    line,
    beside: others.map((c) => `${ctx.layout.headings[c] ?? columnName(c)}: ${cleanText(cellText(cellAt(ctx.grid, r, c)))}`),
  };
}

/** A row of words alone reading "Ghi chú: …" with a task's row right under it: the text, else null. */
function noteBetweenTasks(ctx: ExtractContext, rowCtx: RowContext, r: number): string | null {
  const cols = filledColumns(ctx.grid, r);
  const stt = ctx.layout.columns.stt;
  if (cols.length === 0 || cols.length > 2 || (stt !== undefined && cols.includes(stt))) return null;
  const said = cleanText(cols.map((c) => cellText(cellAt(ctx.grid, r, c))).join(" "));
  if (!/^\*?\s*(?:ghi chú|lưu ý|chú ý)\s*:/iu.test(said)) return null;
  for (let k = r + 1; k <= Math.min(ctx.lastRow, r + 2); k++) {
    const role = rowRole(rowCtx, k).role;
    if (role === "blank") continue;
    return role === "data" && stt !== undefined && cellKind(cellAt(ctx.grid, k, stt)) !== "empty" ? said : null;
  }
  return null;
}

function noteUnderTask(ctx: ExtractContext, r: number, label: string, task: RawTask, mark: Mark, problems: Problem[]): void {
  for (const c of filledColumns(ctx.grid, r)) mark(r, c, "note");
  const said = cleanText(label).replace(/^(?:→|->|=>|⇒|\*)\s*/u, "");
  const k = looseKey(said);
  const notes = [...task.note.split("; "), `Dòng ${r}: ${said}`];
  const extension = /\bgia han (?:den|toi)\b/.exec(k);
  const asked = /\b(?:xin|de nghi|dang cho) gia han\b/.test(k) && !/\bdong y\b/.test(k);
  const until = extension && !asked ? findDate(said.slice(Math.max(0, said.toLowerCase().indexOf("gia hạn")))) : null;
  if (until !== null && (task.due === null || until > task.due)) {
    notes.push(`Hạn gia hạn đến ${formatViDate(until)}${task.due ? `; hạn ban đầu ${formatViDate(task.due)}` : ""}`);
    task.due = until;
    task.dueText = null;
  }
  // A progress line's words give what the row left blank: its state, and the day the work was done. A note's too
  // ("Ghi chú: thực tế hoàn thành ngày 28/9/2021"); a note whose state is not the row's is named, the row's kept.
  const noted = /^(?:ghi chú|lưu ý|chú ý)\s*:/iu.test(said);
  if (PROGRESS_NOTE_LINE.test(said) || noted) {
    const f = sentenceFactsIn(ctx.facts, said.slice(said.indexOf(":") + 1), ctx.year);
    if (noted && task.status !== null && f.status !== null && f.status !== task.status)
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, ctx.layout.columns.content), said, {
          vi: `nhiệm vụ ở dòng ${task.source.row} ghi "${task.status}" nhưng dòng ghi chú dưới nó nói "${said}"; giữ trạng thái của dòng nhiệm vụ, hãy kiểm tra.`,
          en: `the task on row ${task.source.row} says "${task.status}" but the note under it says "${said}"; the task row's state is kept, check it.`,
        }),
      );
    const filled: string[] = [];
    if (task.status === null && f.status !== null) {
      task.status = f.status;
      filled.push("trạng thái");
    }
    if (task.status === "Hoàn thành" && f.status === "Hoàn thành" && task.doneDate === null && f.doneDate !== null) {
      task.doneDate = f.doneDate;
      filled.push("ngày hoàn thành");
    }
    if (task.progress === null && f.progress !== null && task.status !== "Hoàn thành") {
      task.progress = f.progress;
      filled.push("tiến độ");
    }
    if (filled.length > 0) notes.push(`${filled.join(", ")} lấy theo dòng ${r}`.replace(/^./, (x) => x.toUpperCase()));
  }
  const redone =
    /\b(?:tra lai|lam lai|thuc hien lai|lap lai|chua dat yeu cau|khong dat)\b/.test(k) && /\b(?:dang|hien dang|phai)\b/.test(k);
  if (redone && task.status === "Hoàn thành") {
    const was = task.doneDate;
    task.status = "Đang thực hiện";
    task.doneDate = null;
    task.progress = null;
    // The progress the "Hoàn thành" gave is no longer so.
    notes.splice(0, notes.length, ...notes.filter((x) => !/^Tiến độ 100% suy ra từ trạng thái$/.test(x)));
    problems.push(
      problem("STATUS_CONTRADICTION", where(ctx, r, ctx.layout.columns.content), said, {
        vi: `nhiệm vụ ở dòng ${task.source.row} ghi "Hoàn thành"${was ? ` ngày ${formatViDate(was)}` : ""} nhưng dòng ghi chú dưới nó cho biết phải làm lại; lấy Đang thực hiện.`,
        en: `the task on row ${task.source.row} says done${was ? ` on ${was}` : ""} but the note under it says it is being redone; taken as under way.`,
      }),
    );
  }
  task.note = notes.filter((x) => x !== "").join("; ");
}

// "Ghi chú chung:", "Lưu ý thêm:" too; "Đánh giá chung: hoàn thành 3/5 nhiệm vụ" sums the table up.
const NOTE_ROW =
  /^\*?\s*(?:(?:ghi chú|ghi chu|lưu ý|luu y|chú thích|chu thich|chú ý|chu y|ký hiệu|ky hieu|viết tắt|viet tat|ô tô màu|ô màu|tô màu|o to mau|o mau|to mau|notes?)(?:\s+(?:chung|thêm|them|khác|khac))?\s*[:\-–]|(?:đánh giá|danh gia|nhận xét|nhan xet) chung\s*[:\-–]|(?:ngày cập nhật|cập nhật (?:ngày|lúc|đến ngày))\s*:?\s*\d)|^\s*(?:\(\*{1,3}\)|\*{1,3}|⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]⁾|[¹²³])\s*\S/iu;

// "Kế hoạch vốn giao năm 2021: 4.850 triệu đồng" alone on its row: a fact the table rests on, stated, never work to do.
const FIGURE_STATEMENT =
  /^[^:]{3,80}:\s*\d[\d.,]*\s*(?:triệu đồng|tỷ đồng|nghìn đồng|đồng|triệu|tỷ|%|hồ sơ|người|lượt|phiếu|văn bản)?\.?$/iu;

// A notebook's own reminders among its tasks: "Nhắc: họp giao ban thứ 2", "Nhớ: mang USB", "Số ĐT chị Lan: 0912 …".
const REMINDER_ROW =
  /^(?:(?:nhắc|nhac|nhớ|nho|nhắc việc|nhac viec|nhắc nhở|nhac nho)\s*[:!\-–]|(?:số\s+)?(?:đt|dt|sđt|sdt|điện thoại|dien thoai|dđ|dd)\b.*\b0\d{2,3}[\s.]?\d{3}[\s.]?\d{3,4}\b)/iu;

/** A coloured cell beside a state ("[green] Đã hoàn thành"): a colour legend's line. */
function isSwatchLine(ctx: ExtractContext, r: number, cols: readonly number[], texts: readonly string[]): boolean {
  const fills = ctx.grid.fills;
  if (!fills || texts.length > 2) return false;
  // Checked for the status words first: the coloured rows are looked up only for a line that could be one.
  // "Quá hạn chưa hoàn thành" beside a red swatch: a state in more words.
  const stateLike = (t: string) => {
    const f = ctx.facts.of(t);
    return f.status !== null || (t.length <= 40 && (f.statusLead !== null || /\b(?:qua han|tre han|cham tien do|dung han)\b/.test(f.key)));
  };
  // ("TIÊU CHÍ 1.2 – HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN" painted as its section: a criterion's heading, no swatch.)
  if (cols.length > 2 || !texts.every(stateLike) || texts.some((t) => sectionCode(t) !== null)) return false;
  return colouredRows(fills).has(r);
}

const COLOURED_ROWS = new WeakMap<Readonly<Record<string, string>>, Set<number>>();

/** The rows of a sheet with a filled cell, worked out once per sheet. */
function colouredRows(fills: Readonly<Record<string, string>>): Set<number> {
  let rows = COLOURED_ROWS.get(fills);
  if (!rows) {
    rows = new Set(Object.keys(fills).map((k) => Number(k.slice(0, k.indexOf(":")))));
    COLOURED_ROWS.set(fills, rows);
  }
  return rows;
}

/** "Ghi chú: số liệu T10, T11 là số ước", alone on its row under a table: a note on the table, not a record. */
/** "- Cột KQ ghi: …" alone on its row under a note ("Ghi chú: - Quý I, Quý II: …"): the note's next item. */
function noteItem(ctx: ExtractContext, r: number): string | null {
  const cols = filledColumns(ctx.grid, r);
  const v = cols.length === 1 ? cellAt(ctx.grid, r, cols[0]) : null;
  // (A divider "--- Quý III ---" opens the next block, no note.)
  return typeof v === "string" && /^\s*[-+*•]\s+\p{L}/u.test(v) ? cleanText(v) : null;
}

function noteRow(ctx: ExtractContext, r: number): string | null {
  const cols = filledColumns(ctx.grid, r);
  if (cols.length === 0 || cols.length > 2) return null;
  const texts = cols.map((c) => cellAt(ctx.grid, r, c)).filter((v): v is string => typeof v === "string");
  if (texts.length !== cols.length) return null;
  const first = cleanText(texts[0]);
  // "* BP Một cửa:" over the tasks a/b: the official whose rows follow, starred, never a footnote.
  const starred = cols.length === 1 ? /^\*\s*([^:*]{2,60}?)\s*:$/u.exec(first) : null;
  if (starred !== null && findOfficials(starred[1], "xã").length > 0) return null;
  // A legend line ("HT - Hoàn thành; ĐTH - Đang thực hiện") is a note too, whatever begins it.
  return NOTE_ROW.test(first) ||
    REMINDER_ROW.test(first) ||
    (cols.length === 1 && FIGURE_STATEMENT.test(first)) ||
    texts.some(isLegendLine) ||
    texts.some(isColourLegendLine) ||
    isSwatchLine(ctx, r, cols, texts)
    ? texts.map(cleanText).join(" ")
    : null;
}

const HEADING_STOP = new Set("ty le so ho hs tong cac va cua trong do da duoc".split(" "));

/**
 * The code a title gives a rate's column when it names several ("… TRỰC TUYẾN (TC 1.1) VÀ … ĐÚNG HẠN
 * (TC 1.2)"): the one whose words before it the heading shares ("Tỷ lệ đúng hạn" -> 1.2), if one leads.
 */
function codeByHeading(title: string, heading: string): string | null {
  const words = new Set(
    looseKey(heading)
      .split(" ")
      .filter((w) => w.length > 1 && !HEADING_STOP.has(w)),
  );
  if (words.size === 0) return null;
  const scored: Array<{ code: string; shared: number }> = [];
  let from = 0;
  for (const m of title.matchAll(/(?:tiêu chí|chỉ số|tc|tctp)\s*(\d{1,2})\.(\d{1,2})(?![\d.])/giu)) {
    const before = looseKey(title.slice(from, m.index)).split(" ");
    scored.push({ code: `${Number(m[1])}.${Number(m[2])}`, shared: before.filter((w) => words.has(w)).length });
    from = (m.index ?? 0) + m[0].length;
  }
  if (scored.length < 2) return null;
  const [best, next] = [...scored].sort((a, b) => b.shared - a.shared);
  return best.shared > 0 && best.shared > next.shared ? best.code : null;
}

// "C. Dự kiến năm 2022", "Kế hoạch năm 2022", "III. NHIỆM VỤ NĂM 2022": a block of next year's work (never "… chuyển tiếp …").
const NEXT_YEAR_BLOCK =
  /^(?:[a-e]|[ivx]{1,4}|\d{1,2})?\s*(?:du kien|ke hoach|nhiem vu|viec|cong viec|phuong huong)?\s*(?:cua\s+)?nam\s+(20\d\d)$/;
const YEAR_BLOCK = /^(?:[A-Z]|[IVX]{1,4}|\d{1,2})?[.)]?\s*(?:năm|nam)\s+(\d{4})\b/iu;

/** The latest year a block of the table names ("B. NĂM 2021"), when it names two years or more. */
function latestYearBlock(ctx: ExtractContext): number | null {
  const years = new Set<number>();
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    // A block's line is one or two texts; a data row is more, and is passed over without a copy.
    const cells = filledColumns(ctx.grid, r);
    if (cells.length === 0 || cells.length > 2) continue;
    const m = YEAR_BLOCK.exec(
      cells
        .map((c) => cellText(cellAt(ctx.grid, r, c)))
        .join(" ")
        .trim(),
    );
    if (m) years.add(Number(m[1]));
  }
  return years.size >= 2 ? Math.max(...years) : null;
}

/** The notes on a row's cells in the table's columns, each with its cell ("D8: Đã giải ngân …"). */
function rowComments(grid: Grid, r: number, cols: readonly number[]): string {
  return grid.comments ? cleanText(rowCellNotes(grid.comments, r, cols)) : "";
}

// What a cell shows over a link in place of saying what it is.
const LINK_WORD = /^(?:xem|link|lien ket|duong dan|tai day|o day|bam vao day|click|click here|file|tep|tai ve|download|mo|open)$/;

/**
 * "anh Tuấn" as the lead of a table titled "CÔNG CHỨC VĂN HÓA - XÃ HỘI (Lê Văn Tuấn)": the official
 * the title pairs with that person. Only where the cell names no official and the given name matches.
 */
function officialOfPersonInTitle(title: string, lead: string): { official: string; said: string } | null {
  if (!title.includes("(") || findOfficials(lead, "xã").length > 0) return null;
  const person = lead.replace(/^(?:anh|chị|chi|ông|ong|bà|ba|em|cô|co|chú|chu|đ\/c|đc|đồng chí)\s+/iu, "").trim();
  const given = person.split(/\s+/).pop()?.toLowerCase() ?? "";
  if (given.length < 2 || person.split(/\s+/).length > 4) return null;
  for (const m of title.matchAll(/([^()]{3,80})\(([^()]{3,40})\)/gu)) {
    const named = m[2].trim().split(/\s+/);
    if (named[named.length - 1].toLowerCase() !== given) continue;
    const officials = findOfficials(m[1], "xã");
    if (officials.length === 1) return { official: officials[0].title, said: `${officials[0].title} (${m[2].trim()})` };
  }
  return null;
}

/** What a record keyed "row:col" says of the row's cells, in column order. */
function rowCellNotes(record: Readonly<Record<string, string>>, r: number, cols: readonly number[]): string {
  return [...new Set(cols)]
    .sort((a, b) => a - b)
    .map((c) => record[`${r}:${c}`])
    .filter((x): x is string => x !== undefined)
    .join("; ");
}

/** Words struck through in the row's cells, each with its column's heading ("Thời hạn: 30/09/2021"). */
function rowStruck(grid: Grid, headings: Readonly<Record<number, string>>, r: number, cols: readonly number[]): string {
  const said: string[] = [];
  for (const c of [...new Set(cols)].sort((a, b) => a - b)) {
    const gone = grid.struck?.[`${r}:${c}`];
    if (gone) said.push(headings[c] ? `${headings[c]}: ${cleanText(gone)}` : cleanText(gone));
  }
  return said.join("; ");
}

function planOrActual(v: GridCell): "plan" | "actual" | null {
  const k = typeof v === "string" ? looseKey(v) : "";
  return /^(?:kh|ke hoach|du kien)$/.test(k) ? "plan" : /^(?:th|thuc hien|thuc te)$/.test(k) ? "actual" : null;
}

/** A column no field took whose cells say "KH" and "TH" by turns: plan rows and their actual rows. */
function planActualColumn(ctx: ExtractContext, mapped: ReadonlySet<number>): number | null {
  // A loop, not Math.max(...rows): a sheet of 200,000 rows would overflow the call stack.
  let width = 0;
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) width = Math.max(width, ctx.grid.rows[r - 1]?.length ?? 0);
  for (let c = 1; c <= width; c++) {
    if (mapped.has(c)) continue;
    let plans = 0;
    let actuals = 0;
    let other = false;
    for (let r = ctx.firstRow; r <= ctx.lastRow && !other; r++) {
      const v = cellAt(ctx.grid, r, c);
      if (isBlank(v)) continue;
      const k = planOrActual(v);
      if (k === "plan") plans++;
      else if (k === "actual") actuals++;
      else other = true;
    }
    if (plans >= 2 && actuals >= 2 && !other) return c;
  }
  return null;
}

/**
 * A task whose actual row is under it: its progress and completion are the actual row's (the plan's
 * 100 % is what was planned, said in Ghi chú), its state read from them.
 */
function withActual(
  ctx: ExtractContext,
  task: RawTask,
  r: number,
  progressScale: number,
  dates: ReadonlyMap<DateField, ColumnDates>,
  problems: Problem[],
  planActual: number,
): void {
  const col = ctx.layout.columns;
  const planned = task.progress;
  // "KH" over "TH" with shares month by month ("Tháng 9 | Tháng 10 | …"): what was done is the actual line's latest.
  const across = col.progress === undefined ? ctx.layout.progressAcross : undefined;
  const doneAcross = across ? progressAcross(ctx, r, across, () => undefined) : null;
  const done = across ? (doneAcross?.value ?? null) : readPercent(ctx, r, col.progress, progressScale).value;
  if (across) {
    // The plan line's shares were read as its progress: said as the plan's, its assumed state dropped.
    task.note = task.note.replace(/Tiến độ theo kỳ/, "Kế hoạch theo kỳ").replace(/(?:^|; )Trạng thái không ghi; coi là [^;]*/, "");
  }
  // (A deadline merged over both lines is the plan's, never a day the actual line gives.)
  const dueMerged = col.due !== undefined && (ctx.merges.at(r, col.due)?.top ?? r) < r;
  const end =
    (dueMerged ? null : readDate(ctx, r, col.due, dates.get("due"), problems, false).value) ??
    readDate(ctx, r, col.doneDate, dates.get("doneDate"), problems, false).value;
  // What else the actual row says ("Bắt đầu: 10/08/2021"), kept as written.
  const read = new Set([col.progress, col.due, col.doneDate, col.note, planActual, ...Object.keys(across?.periods ?? {}).map(Number)]);
  const also = filledColumns(ctx.grid, r)
    .filter((c) => !read.has(c))
    .map((c) => `${ctx.layout.headings[c] ?? columnName(c)}: ${displayText(cellAt(ctx.grid, r, c))}`);
  const said = [text(ctx, r, col.note), ...also].filter((x) => x !== "").join("; ");
  // "25/1" typed in a chart's plan row: the day planned, the deadline, never a day done.
  const plannedDay = task.doneDate;
  if (barsColumn(ctx) !== undefined && plannedDay !== null && (task.due === null || plannedDay <= task.due)) {
    task.due = plannedDay;
    task.doneDate = null;
    task.note = [task.note, `Hạn theo ngày ghi ở dòng kế hoạch: ${formatViDate(plannedDay)}`].filter((x) => x !== "").join("; ");
  }
  if (done === null && end !== null && barsActual(ctx, task, r, end)) return;
  task.progress = done;
  task.status =
    done !== null && done >= 100
      ? "Hoàn thành"
      : done !== null && done > 0
        ? "Đang thực hiện"
        : said !== ""
          ? "Đang thực hiện"
          : "Chưa thực hiện";
  task.statusText = null;
  task.doneDate = task.status === "Hoàn thành" ? (end ?? null) : null;
  const notes = [
    `Kế hoạch: ${planned === null ? "" : `${formatViNumber(planned)}%`}`.replace(/: $/, ""),
    `Thực hiện (dòng ${r}): ${done === null ? "chưa ghi" : `${formatViNumber(done)}%`}${end ? `, đến ${formatViDate(end)}` : ""}${doneAcross ? ` (${doneAcross.note.replace(/^Tiến độ theo kỳ /, "")})` : ""}${said !== "" ? `; ${said}` : ""}`,
  ];
  task.note = [task.note.replace(/(?:^|; )Tiến độ \d+% suy ra từ trạng thái/, ""), ...notes].filter((x) => x !== "").join("; ");
}

/** The column a chart's bars were read into (gantt.ts), where the sheet is one. */
function barsColumn(ctx: ExtractContext): string | undefined {
  return Object.entries(ctx.layout.headings).find(([, h]) => h === BARS_HEADING)?.[0];
}

/**
 * A chart's actual row under its plan row ("KH | x in T4" over "TH | x in T6"): the periods marked on each. The work is
 * done once the actual row has as many marks as the plan, or runs to the plan's last period or later; its day done is
 * then the end of the last period marked, and Ghi chú says so. Fewer, and earlier: under way.
 */
function barsActual(ctx: ExtractContext, task: RawTask, r: number, end: IsoDate): boolean {
  const barsCol = barsColumn(ctx);
  if (barsCol === undefined) return false;
  const marked = (row: number) =>
    text(ctx, row, Number(barsCol))
      .split(/,\s*/)
      .filter((x) => x !== "");
  const actual = marked(r);
  const planned = marked(task.source.row);
  if (actual.length === 0) return false;
  // "Hoàn thành", "xong 10/12" written on the actual row (its state column, or a period's cell) is the official's word.
  const col = ctx.layout.columns;
  const stated = col.status === undefined ? "" : text(ctx, r, col.status);
  const facts = stated === "" ? null : ctx.facts.of(stated);
  const word = facts === null ? null : (facts.status ?? facts.statusLead);
  const day =
    (col.doneDate === undefined ? null : readDate(ctx, r, col.doneDate, undefined, [], false).value) ??
    (stated === "" ? null : dayMonth(/(\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?)\s*$/.exec(stated)?.[1] ?? "", ymd(end).y));
  const byMarks = actual.length >= planned.length || (task.due !== null && end >= task.due);
  const done = word !== null ? word === "Hoàn thành" : byMarks;
  // The last period marked ends after the day reported on: the day done is not known, never guessed.
  const periodEndDay = ctx.asOf !== null && end > ctx.asOf ? null : end;
  task.progress = done ? 100 : null;
  task.status = word ?? (done ? "Hoàn thành" : "Đang thực hiện");
  task.statusText = null;
  task.doneDate = done ? (day ?? periodEndDay) : null;
  const said =
    word !== null
      ? `Thực hiện (dòng ${r}) đánh dấu ${actual.join(", ")}, ghi "${stated}"`
      : done
        ? `Thực hiện (dòng ${r}) đánh dấu ${actual.join(", ")}: hoàn thành${day === null && task.doneDate !== null ? `, ngày hoàn thành lấy ngày cuối kỳ đánh dấu sau cùng (${formatViDate(end)})` : ""}`
        : `Thực hiện (dòng ${r}) đánh dấu ${actual.join(", ")} trong ${planned.length} kỳ kế hoạch (${planned.join(", ")}): đang thực hiện`;
  task.note = [task.note.replace(/(?:^|; )Tiến độ \d+% suy ra từ trạng thái/, ""), said].filter((x) => x !== "").join("; ");
  return true;
}

/** "Ngày ký TB", or "201/TB-UBND 06/9/2021" in one of the row's cells: the day of the notice the direction came in. */
function noticeDay(ctx: ExtractContext, r: number): DayGiven | null {
  // "Cuộc họp › Ngày ký TB": a column of the notice's days.
  for (const [c, h] of Object.entries(ctx.layout.headings)) {
    if (!/\bngay (?:ky|ban hanh)(?: tb| thong bao| kl| ket luan| van ban)?$/.test(headingKey(h))) continue;
    const day = readDate(ctx, r, Number(c), undefined, [], false).value;
    if (day !== null) return { date: day, where: `cột "${h}"` };
  }
  for (const c of filledColumns(ctx.grid, r)) {
    const v = cellAt(ctx.grid, r, c);
    if (typeof v !== "string" || v.length > 120 || !/\d+\s*\/\s*(?:TB|KL|TB-UBND|KL-UBND)\b/iu.test(v)) continue;
    const day = findDate(v.replace(/^.*?\/\s*(?:TB|KL)[^\s]*/iu, ""));
    if (day !== null) return { date: day, where: `cột "${ctx.layout.headings[c] ?? columnName(c)}"` };
  }
  return null;
}

/** "Cộng quý I", "Tổng 6 tháng" in the period column of figures by period: the label, else null. */
function periodsAdded(ctx: ExtractContext, r: number): string | null {
  const col = ctx.layout.columns.period;
  if (col === undefined) return null;
  const label = text(ctx, r, col);
  const m = /^(?:cộng|tổng cộng|tổng|lũy kế)\s+(.+)$/iu.exec(label);
  return m && (parsePeriod(m[1]) !== null || monthsSoFar(ctx, label) !== null) ? label : null;
}

/**
 * "Cộng" alone under the months of a table titled for a longer period ("6 tháng cuối năm 2021 - số liệu đến
 * 30/11/2021" over "T7" … "T11"): that period's figures, at the title's day; null where the months are not all in it.
 */
function titledTotal(ctx: ExtractContext, r: number): ContextPeriod | null {
  const col = ctx.layout.columns.period;
  const whole = ctx.contextPeriod;
  const l = whole?.label;
  if (col === undefined || whole === null || l === undefined || l.year === null || l.kind === "month" || l.kind === "day") return null;
  if (!/^(?:cong|tong cong|tong|tong so|cong chung)$/.test(ctx.facts.of(text(ctx, r, col)).key)) return null;
  // (The table's last line: a rate's row under it, "Tỷ lệ (%)", makes the total one of the table's own parts.)
  if (r < ctx.lastRow && filledColumns(ctx.grid, r + 1).length > 0) return null;
  const [from, to] = [periodStart(l, l.year), periodEnd(l, l.year)];
  let months = 0;
  for (let k = ctx.firstRow; k < r; k++) {
    const t = text(ctx, k, col);
    if (t === "") continue;
    const p = parsePeriod(t);
    if (p === null || p.kind !== "month") return null;
    const end = periodEnd(p, p.year ?? l.year);
    if (end < from || end > to) return null;
    months++;
  }
  return months >= 2 ? whole : null;
}

/**
 * "Lũy kế 11 tháng" in a table of the title's year: the months from January, standing at November's last day, as the
 * same heading across is read (six and nine months are periods of their own).
 */
function monthsSoFar(ctx: ExtractContext, label: string): PeriodLabel | null {
  const m = /^(?:lũy kế|luỹ kế|luy ke|cộng dồn|cong don)\s+(\d{1,2})\s+(?:tháng|thang)(?:\s+(?:đầu năm|dau nam))?$/iu.exec(label.trim());
  const n = m ? Number(m[1]) : 0;
  return ctx.year === null || n < 1 || n > 11 || n === 6 || n === 9 ? null : monthsSinceJanuary(ctx.year, n);
}

/**
 * "Quý I | Cộng | 102 | 99 | 3", "Quý II | Cộng | …": a period's total alone on its row, none of its fields above it
 * under the same period (the period named on the row itself, not merged down, not the row above's): the period's figures.
 */
function periodTotalAlone(ctx: ExtractContext, r: number): boolean {
  const col = ctx.layout.columns.period;
  if (col === undefined) return false;
  const own = ownText(ctx, r, col);
  if (own === "" || parsePeriod(own) === null) return false;
  const m = ctx.merges.at(r, col);
  return (m === undefined || m.top === r) && (r === ctx.firstRow || text(ctx, r - 1, col) !== own);
}

/** A deadline written as a number of days: "15", "30 ngày", "7 ngày làm việc". */
function daysAllowed(text: string): { n: number; working: boolean } | null {
  const m = /^(\d{1,3})\s*(ngày\s*(làm việc)?)?$/iu.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 366 ? { n, working: m[3] !== undefined } : null;
}

/** Days counted Monday to Friday (public holidays are not known here). */
function addWorkingDays(from: IsoDate, n: number): IsoDate {
  let d = from;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return d;
}

// "02/4: …", "T4-T9: …", "Ngày 15/11: …" at the start of each line of a log.
const LOG_LINE = /^\s*(?:ngày\s+)?((\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*\d{2,4})?|T\d{1,2}(?:\s*-\s*T\d{1,2})?)\s*[:–-]\s*(.+)$/iu;

/** The last line of a log kept in one cell, with its day: two lines or more, each opening with a day. */
function lastLogEntry(text: string): { line: string; day: string; body: string } | null {
  // ("- 05/3/2021: xây dựng nội dung⏎- Từ tháng 3 phát hằng ngày⏎- Ngày 10/12/2021: hoàn thành": bulleted, a line undated
  // among them; the dated lines are the log.)
  const all = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-–+•*]\s*/u, "").trim())
    .filter((l) => l !== "");
  const lines = all.filter((l) => LOG_LINE.test(l));
  if (all.length < 2 || lines.length === 0 || lines.length * 2 < all.length) return null;
  // Written oldest first or newest first ("12/11: … xong⏎02/11: …⏎25/10: …"): the latest day is where it stands.
  const order = (l: string) => {
    const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})/.exec((LOG_LINE.exec(l) as RegExpExecArray)[1]);
    return m ? Number(m[2]) * 100 + Number(m[1]) : 0;
  };
  const latest = lines.reduce((best, l) => (order(l) >= order(best) ? l : best));
  const last = LOG_LINE.exec(latest) as RegExpExecArray;
  return { line: latest, day: last[1], body: last[4] };
}

/** A share written as a number, or typed as one ("0,5", "0.75"); null for anything else. */
function shareTyped(v: GridCell): number | null {
  if (typeof v === "number") return v;
  const t = typeof v === "string" ? /^\s*(0[,.]\d{1,3}|1)\s*$/.exec(v) : null;
  return t ? Number(t[1].replace(",", ".")) : null;
}

/**
 * Where a task's reports by period go back: a share lower than an earlier one ("100% | 90%"), a state short of done
 * after "Xong", "Chưa" after the work had begun. Only periods begun by the as-of day count; ranges ("40-50%") and
 * remarks tell no level.
 */
function stateFell(ctx: ExtractContext, r: number, columns: readonly StatusColumn[]): { from: string; to: string; column: number } | null {
  let high: { level: number; said: string } | null = null;
  let begun: string | null = null;
  for (const x of columns) {
    const start = periodStart(x.period, x.period.year ?? ctx.year ?? 0);
    if (ctx.asOf !== null && start !== null && start > ctx.asOf) continue;
    const v = cellAt(ctx.grid, r, x.col);
    if (isBlank(v)) continue;
    const said = `${shareText(ctx, r, x.col)} (${x.label})`;
    const share = shareTyped(v);
    const pct = typeof v === "string" ? BARE_PERCENT.exec(v.trim()) : null;
    const f = typeof v === "string" ? ctx.facts.of(v) : null;
    const state = f === null ? null : (f.status ?? f.statusLead);
    const level =
      share !== null && share <= 1
        ? share * 100
        : pct
          ? Number(pct[1].replace(",", "."))
          : state === "Hoàn thành"
            ? 100
            : state === "Chưa thực hiện"
              ? 0
              : null;
    const back =
      (level !== null && high !== null && level < high.level - 0.5) ||
      (level === 0 && begun !== null) ||
      (state === "Đang thực hiện" && level === null && high !== null && high.level >= 100);
    if (back) return { from: high !== null && (level !== 0 || begun === null) ? high.said : (begun ?? ""), to: said, column: x.col };
    if (level !== null && (high === null || level > high.level)) high = { level, said };
    if ((level !== null && level > 0) || state === "Đang thực hiện") begun = said;
  }
  return null;
}

// "HT ngày 05/10", "Xong 22/10/2021", "đã hoàn thành (12/10)" on a key.
const DONE_ON = /^(?:ht|hoan thanh|da hoan thanh|xong|da xong)(?: ngay)? (\d{1,2}) (\d{1,2})(?: (\d{4}|\d{2}))?$/;

/** The first report by period that says the work was done on a day: that day, with the report's label. */
function doneInReports(
  ctx: ExtractContext,
  r: number,
  columns: readonly StatusColumn[],
): { date: IsoDate; label: string; text: string } | null {
  for (const x of columns.flatMap((c) => [c, ...(c.siblings ?? []).map((s) => ({ ...c, col: s }))])) {
    const t = text(ctx, r, x.col);
    const m = t.length <= 30 ? DONE_ON.exec(ctx.facts.of(t).key) : null;
    if (!m) continue;
    const y = m[3] === undefined ? (x.period.year ?? ctx.year) : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const date = y === null ? null : isoDate(y, Number(m[2]), Number(m[1]));
    if (date !== null && (ctx.asOf === null || date <= ctx.asOf)) return { date, label: x.label, text: t };
  }
  return null;
}

/** A cell as Ghi chú says it: 0,3 under a % format (or typed as a fraction of 1) as "30%". */
function shareText(ctx: ExtractContext, r: number, c: number): string {
  const v = cellAt(ctx.grid, r, c);
  const percent = typeof v === "number" && ((formatAt(ctx.grid, r, c) ?? "").includes("%") || (v > 0 && v < 1));
  return percent ? `${formatViNumber(Math.round(v * 10000) / 100)}%` : text(ctx, r, c);
}

/** Whether the progress's periods hold a state word or a day somewhere, not shares alone. */
function saysStateAcross(ctx: ExtractContext, across: AcrossLayout): boolean {
  for (const c of Object.keys(across.periods).map(Number))
    for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
      const v = cellAt(ctx.grid, r, c);
      if (isGridDate(v) || (typeof v === "string" && saysState(ctx.facts.of(v)))) return true;
    }
  return false;
}

/**
 * How a period column's cells on the tasks' rows tell states ("Hoàn thành", "HT (10/9)", a share, a day done), not a
 * plan's marks: counted, for statusByPeriod to judge the columns together.
 */
function statesDown(ctx: ExtractContext, c: number): StateTally {
  let written = 0;
  let states = 0;
  let words = 0;
  const content = ctx.layout.columns.content;
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    // Only the tasks' rows: a signature's line under the table is no period's state.
    if (content !== undefined && isBlank(cellAt(ctx.grid, r, content))) continue;
    const t = text(ctx, r, c);
    // "-": nothing to report that period.
    if (/^[-–—/]*$/.test(t.trim())) continue;
    written++;
    const v = cellAt(ctx.grid, r, c);
    // A share (0,6; 60%) or the day the work was done tells where it stands as a state does.
    const share =
      typeof v === "number"
        ? v >= 0 && (v <= 1 || (formatAt(ctx.grid, r, c) ?? "").includes("%"))
        : /^\s*\d{1,3}(?:[.,]\d+)?\s*%\s*$/.test(t);
    if (saysState(ctx.facts.of(t))) {
      states++;
      words++;
    } else if (share || isGridDate(v)) {
      states++;
      // (0 and 1 alone may be a schedule's marks; 0,3 or "45%" is how far the work went.)
      if (typeof v !== "number" || (v > 0 && v < 1)) words++;
    }
  }
  return { written, states, words };
}

/** Where a log's last line says the work stands: still going ("đang", "tiếp tục", "còn … chưa"), or done ("xong", "ban hành"). */
function logState(body: string): TaskStatus | null {
  const k = looseKey(body);
  if (/\b(?:dang|tiep tuc|tam dung|con\b.*\bchua|chua)\b/.test(k)) return "Đang thực hiện";
  // ("… theo KH - HT", "=> HT": done, shortened.)
  if (/\b(?:xong|hoan thanh|hoan tat|ban hanh|nghiem thu|da gui|da nop|ht)\b/.test(k)) return "Hoàn thành";
  return null;
}

/** The day a hamlet's cell gives ("15/9", a date), in the task's year. */
function placeDay(v: GridCell, year: number | null): IsoDate | null {
  if (isGridDate(v)) return v.date;
  return typeof v === "string" && year !== null ? dayMonth(v, year) : null;
}

function dayMonth(text: string, year: number): IsoDate | null {
  const m = /^(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*(\d{2,4}))?$/.exec(text.trim());
  if (!m) return null;
  const y = m[3] === undefined ? year : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isoDate(y, Number(m[2]), Number(m[1]));
}

const rowList = (rows: readonly number[]) => (rows.length > 8 ? `${rows.slice(0, 8).join(", ")} …` : rows.join(", "));

/**
 * Tasks whose state nothing written gives, read from their row's colour where the sheet's colours
 * mean something (fillStatus.ts). Each such task says so in Ghi chú, and Kiểm tra lists the rows read
 * by each colour, and the coloured rows whose colour could not be read.
 */
function statusFromColours(ctx: ExtractContext, out: TableRead): void {
  const { grid, layout } = ctx;
  const fields = Object.values(layout.columns).map((c) => c as number);
  const read = fillStatuses(
    grid,
    ctx.facts,
    out.tasks.map((t) => t.source.row),
    layout.columns.content as number,
    fields,
  );
  if (!read) return;
  const used = new Map<string, number[]>();
  const unread = new Map<string, number[]>();
  const legendSaid = new Map<string, string>();
  for (const t of out.tasks) {
    const c = read.byRow.get(t.source.row);
    if (!c || t.status !== null || t.statusText !== null) continue;
    if (c.status === null) {
      unread.set(c.colour, [...(unread.get(c.colour) ?? []), t.source.row]);
      if (c.legend) legendSaid.set(c.colour, c.legend);
      continue;
    }
    t.status = c.status;
    if (t.progress === null && c.status !== "Đang thực hiện") t.progress = c.status === "Hoàn thành" ? 100 : 0;
    const said = c.legend ? ` (chú thích: ${c.legend})` : "";
    t.note = [t.note, `Trạng thái theo màu tô dòng: ${c.colour}${said}`].filter((x) => x !== "").join("; ");
    const key = `${c.colour} → ${c.status}`;
    used.set(key, [...(used.get(key) ?? []), t.source.row]);
  }
  const at = { file: grid.file, sheet: grid.sheet };
  if (used.size > 0) {
    const list = [...used].map(([k, rows]) => `${k} (dòng ${rowList(rows)})`).join("; ");
    const why = read.hasLegend
      ? "theo chú thích màu trên sheet"
      : "sheet không có chú thích màu, nên đọc theo cách tô thường dùng (xanh lá = Hoàn thành, vàng/cam = Đang thực hiện); hãy ghi trạng thái vào cột để chắc chắn";
    out.problems.push(
      problem("STATUS_FROM_COLOUR", at, list, {
        vi: `trạng thái không ghi bằng chữ, được đọc theo màu tô dòng: ${list}; ${why}.`,
        en: `no status is written; read from the rows' fill colour: ${list}; ${read.hasLegend ? "as the sheet's colour legend says" : "the sheet has no colour legend, so the usual practice was assumed"}.`,
      }),
    );
  }
  if (unread.size > 0) {
    const list = [...unread]
      .map(([colour, rows]) => `tô ${colour}${legendSaid.has(colour) ? ` = "${legendSaid.get(colour)}"` : ""} (dòng ${rowList(rows)})`)
      .join("; ");
    const why =
      legendSaid.size > 0 ? "chú thích không cho biết đã làm đến đâu" : `màu tô không rõ nghĩa${read.hasLegend ? " trong chú thích" : ""}`;
    out.problems.push(
      problem("STATUS_FROM_COLOUR", at, list, {
        vi: `các dòng ${list} không ghi trạng thái; ${why} nên không đọc trạng thái theo màu.`,
        en: `rows ${list} have no status written; their colour has no known meaning, so it was not read.`,
      }),
    );
  }
}

/** A table's note: named in Kiểm tra with its text, so it is read by someone and never lost. */
function tableNote(ctx: ExtractContext, r: number, text: string, mark: Mark, out: TableRead): void {
  const { grid } = ctx;
  for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
  out.report.skipped.push({ row: r, why: "note" });
  out.problems.push(
    problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, text.slice(0, 120), {
      vi: `dòng ghi chú của bảng, không phải nhiệm vụ hay số liệu: "${text}".`,
      en: `a note on the table, not a task nor figures: "${text}".`,
    }),
  );
}

/** A continuation row: the task's text merged over it from the row above; its cells go to that task's note. */
function carryInto(
  ctx: ExtractContext,
  r: number,
  task: RawTask,
  mapped: ReadonlySet<number>,
  mark: Mark,
  reportUnmapped: (c: number, carried: boolean) => void,
): void {
  const extra: string[] = [];
  for (const c of filledColumns(ctx.grid, r)) {
    const text = cleanText(displayText(cellAt(ctx.grid, r, c)));
    const heading = ctx.layout.headings[c];
    extra.push(heading ? `${heading}: ${text}` : text);
    mark(r, c, "note");
    if (!mapped.has(c)) reportUnmapped(c, true);
  }
  task.note = [task.note, ...extra].filter((x) => x !== "").join("; ");
}

function source(ctx: ExtractContext, r: number, columns: Partial<Record<Field, number>>): Source {
  const s: Source = {
    file: ctx.grid.file,
    sheet: ctx.grid.sheet,
    sheetIndex: ctx.sheetIndex,
    row: r,
    columns,
  };
  // Set, not spread: this runs for every row read.
  if (ctx.grid.hidden) s.hiddenSheet = true;
  if (ctx.grid.hiddenRows.length > 0 && ctx.grid.hiddenRows.includes(r)) s.hiddenRow = true;
  return s;
}

function where(ctx: ExtractContext, r: number, col: number | undefined) {
  // A column a reader added (a result split off the task's cell, a month grid's deadline) has no letter on the sheet.
  const added = col !== undefined && ctx.grid.readerColumnsFrom !== undefined && col >= ctx.grid.readerColumnsFrom;
  return { file: ctx.grid.file, sheet: ctx.grid.sheet, row: r, column: col === undefined || added ? null : columnName(col) };
}

/** A date cell read with its column's order; problems for what cannot be read or reads two ways. */
const YEARLESS_MONTHS = /^(?:tu )?(?:thang|th|t) ?(\d{1,2}) (?:den |toi )?(?:thang|th|t) ?(\d{1,2})$/;

function readDate(...args: Parameters<typeof readDateAt>): CellRead<IsoDate> & { phrase: string | null } {
  const [ctx, r, col, , problems] = args;
  const read = readDateAt(...args);
  // "khoảng 20/10/2021", "tầm 15/11": the day is read and kept, and named as only rough.
  const written = col === undefined ? null : valueAt(ctx, r, col);
  if (read.value !== null && col !== undefined && typeof written === "string" && ROUGH_DAY.test(written))
    problems.push(roughDay(ctx, r, col, written.trim(), read.value));
  return read;
}

function readDateAt(
  ctx: ExtractContext,
  r: number,
  col: number | undefined,
  how: ColumnDates | undefined,
  problems: Problem[],
  phrases: boolean,
): CellRead<IsoDate> & { phrase: string | null } {
  const none = { value: null, bad: null, phrase: null };
  if (col === undefined) return none;
  const cell = valueAt(ctx, r, col);
  // "Giao: 04/10/2021⏎Hạn: 29/10/2021" (a Word table's cell): the line labelled for this column is read.
  // "Giao 01/10/2021 - Hạn 30/11/2021" on one line: the part labelled so.
  const labelled =
    typeof cell === "string"
      ? ((cell.includes("\n") ? ownLabelledLine(cell, dateFieldOf(ctx.layout, col)) : labelledPart(cell, dateFieldOf(ctx.layout, col))) ??
        cell)
      : cell;
  // "khoảng 20/10", "~30/9": the day without the word that makes it rough (named by readDate).
  const v = typeof labelled === "string" ? labelled.replace(ROUGH_LEAD, "") : labelled;
  const kind = cellKind(v);
  if (kind === "empty" || kind === "error") return none;
  // "…/…/2021", "__/__/____", "   /   /2021": a printed form's blank, never filled in; no date, and nothing wrong.
  if (typeof v === "string" && isDatePlaceholder(v)) return none;
  // "N/A", "—": no day, said as such; nothing wrong with it.
  if (typeof v === "string" && /^\s*(?:n\/?a|[-–—]{1,3})\s*$/iu.test(v)) return none;
  // "11/2021" typed as a deadline: Excel keeps 01/11/2021 and shows "11/2021"; the month is meant.
  if (isGridDate(v) && phrases && isMonthOnlyFormat(formatAt(ctx.grid, r, col))) {
    const month = monthOfDate(v.date);
    return { value: month.due, bad: null, phrase: month.phrase };
  }
  if (isGridDate(v)) {
    if (how?.swapReal) {
      const { y, m, d } = ymd(v.date);
      const swapped = isoDate(y, d, m);
      if (swapped) {
        problems.push(ambiguous(ctx, r, col, formatViDate(swapped), formatViDate(v.date), true));
        return { value: swapped, bad: null, phrase: null };
      }
    }
    return { value: v.date, bad: null, phrase: null };
  }
  if (typeof v === "number") {
    const d = isPlausibleSerial(v) ? fromExcelSerial(v) : compactDate(String(v));
    if (d) return { value: d, bad: null, phrase: null };
    // 11 under "Hoàn thành trong tháng", "Tháng hoàn thành": the month, due at its end, in the sheet's year.
    if (
      phrases &&
      Number.isInteger(v) &&
      v >= 1 &&
      v <= 12 &&
      ctx.year !== null &&
      /\bthang\b/.test(headingKey(ctx.layout.headings[col] ?? ""))
    ) {
      const month = monthDeadline(ctx.year, v);
      if (!ctx.yearFromSheet) problems.push(yearAssumed(ctx, r, col, String(v), month.due));
      return { value: month.due, bad: null, phrase: month.phrase };
    }
    // "15.11" typed for 15/11 and kept by Excel as the number 15,11 ("20.10" even as 20,1).
    const dotted = ctx.year !== null ? dottedDayMonth(v, ctx.year, ctx.asOf) : null;
    if (dotted) {
      problems.push(
        problem("YEAR_ASSUMED", where(ctx, r, col), String(v), {
          vi: `ô ghi số ${formatViNumber(v)} (ngày.tháng gõ dấu chấm, Excel lưu thành số${dotted.tenth ? " và bỏ số 0 cuối" : ""}); đọc là ${formatViDate(dotted.date)}.`,
          en: `the cell holds the number ${v} (day.month typed with a dot, stored by Excel as a number${dotted.tenth ? " without its trailing 0" : ""}); read as ${formatViDate(dotted.date)}.`,
        }),
      );
      return { value: dotted.date, bad: null, phrase: null };
    }
    return { value: null, bad: String(v), phrase: null };
  }
  // "ngày 31/3/2021": the day, with the word a letter writes before it.
  // "Trước 15/9 (CV 150/TCKH ngày 01/9/2021)": the deadline without the document it cites.
  const written = String(v).replace(/^\s*ngày\s+(?=\d{1,2}\s*[/.-]\s*\d)/iu, "");
  const uncited = withoutCitations(written);
  // "Theo KH 49/KH-UBND ngày 29/9/2021", "Theo lịch của huyện": a deadline set elsewhere, kept as written (no day of
  // its own to read, and nothing wrong to name).
  if (
    phrases &&
    (uncited === "" || /^theo$/iu.test(uncited) || /^theo\s+(?:lịch|kế hoạch|yêu cầu|chỉ đạo|văn bản)\b/iu.test(written.trim())) &&
    !/\d{1,2}\s*[/.-]\s*\d{1,2}/.test(uncited)
  )
    return { value: null, bad: null, phrase: written.trim() };
  const f = ctx.facts.of(uncited || written);
  const compact = compactDate(f.text);
  if (compact) return { value: compact, bad: null, phrase: null };
  const monthText = phrases ? monthYearText(f.text) : null;
  if (monthText) return { value: monthText.due, bad: null, phrase: monthText.phrase };
  if (f.date) {
    const order = how?.order ?? "dm";
    const inOrder = dateOf(f.date, order);
    const d = inOrder ?? dateOf(f.date, order === "dm" ? "md" : "dm");
    // "12/15/21" in a column whose other days (or its heading) put the day first: read the only way it reads, and said.
    if (d && inOrder === null && how !== undefined && !how.flagAmbiguous)
      problems.push(
        problem("DATE_AMBIGUOUS", where(ctx, r, col), f.text, {
          vi: `"${f.text}" ghi tháng trước ngày, khác các ô khác của cột (ngày trước tháng); đọc là ${formatViDate(d)}. Hãy kiểm tra và ghi lại theo ngày/tháng/năm.`,
          en: `"${f.text}" puts the month first, unlike the column's other days; read as ${formatViDate(d)}. Please check it and write it day/month/year.`,
        }),
      );
    if (d && how?.flagAmbiguous && isAmbiguous(f.date)) {
      const other = dateOf(f.date, order === "dm" ? "md" : "dm");
      if (other) problems.push(ambiguous(ctx, r, col, formatViDate(d), formatViDate(other), false));
    }
    return d ? { value: d, bad: null, phrase: null } : { value: null, bad: f.text, phrase: null };
  }
  // A day read in the sheet's year: Kiểm tra says so where no title or name gives the year.
  const inSheetYear = (d: IsoDate, phrase: string | null) => {
    if (!ctx.yearFromSheet) problems.push(yearAssumed(ctx, r, col, f.text, d));
    else if (ctx.yearSpan && ctx.year !== null && Number(d.slice(0, 4)) !== ctx.year)
      problems.push(
        problem("YEAR_ASSUMED", where(ctx, r, col), f.text, {
          vi: `"${f.text}" không ghi năm; đọc là ${formatViDate(d)}, trong khoảng ${formatViDate(ctx.yearSpan.from)} – ${formatViDate(ctx.yearSpan.to)} ở tiêu đề.`,
          en: `"${f.text}" gives no year; read as ${formatViDate(d)}, within the title's ${formatViDate(ctx.yearSpan.from)} – ${formatViDate(ctx.yearSpan.to)}.`,
        }),
      );
    return { value: d, bad: null, phrase };
  };
  const year = ctx.year;
  if (year !== null) {
    // A day and month in the sheet's year; in a span of days across a new year, the year that puts it in the span.
    const titleSpan = ctx.yearSpan;
    const inSpan = (m: number, d: number): IsoDate | null => {
      const own = isoDate(year, m, d);
      if (!titleSpan || (own !== null && own >= titleSpan.from && own <= titleSpan.to)) return own;
      for (const y of [Number(titleSpan.from.slice(0, 4)), Number(titleSpan.to.slice(0, 4))]) {
        const day = isoDate(y, m, d);
        if (day !== null && day >= titleSpan.from && day <= titleSpan.to) return day;
      }
      return own;
    };
    // "30/11", "trước 30/10": a day and month.
    const short = YEARLESS.exec(f.key);
    const [a, b] = short ? [Number(short[1]), Number(short[2])] : [0, 0];
    // The column's order first; a day that cannot be in it ("30/10" read month first) in the other.
    const day = short ? (how?.order === "md" ? (inSpan(a, b) ?? inSpan(b, a)) : (inSpan(b, a) ?? inSpan(a, b))) : null;
    if (day) return inSheetYear(day, phrases && /^\D/.test(f.key) ? f.text : null);
    // "1/11-20/11", "từ 01/10 đến 15/10": a span of days, due at its end.
    const span = how?.order === "md" ? null : YEARLESS_SPAN.exec(f.key);
    const from = span ? isoDate(year, Number(span[2]), Number(span[1])) : null;
    const to = span ? isoDate(year, Number(span[4]), Number(span[3])) : null;
    if (from && to && from <= to) return inSheetYear(to, null);
    // "Thứ Hai (06/12)", "Thứ Bảy, CN (11-12/12)": a weekday with its day (the last day of a span).
    const weekday = WEEKDAY.exec(f.key);
    const onDay = weekday ? isoDate(year, Number(weekday[2]), Number(weekday[1])) : null;
    if (onDay) return inSheetYear(onDay, null);
    // "ngày 5 tháng 11": a day said in words.
    const words = YEARLESS_WORDS.exec(f.key);
    const inWords = words ? isoDate(year, Number(words[2]), Number(words[1])) : null;
    if (inWords) return inSheetYear(inWords, phrases && /^(?!ngay )\D/.test(f.key) ? f.text : null);
  }
  // "trước 05/12/21", "hạn ngày 30.11.2021": a whole date after the word that says what it is.
  const after = DATE_AFTER_WORD.exec(f.text);
  const dated = after ? parseDateText(after[1]) : null;
  if (dated) {
    const order = how?.order ?? "dm";
    const d = dateOf(dated, order) ?? dateOf(dated, order === "dm" ? "md" : "dm");
    if (d) return { value: d, bad: null, phrase: phrases ? f.text : null };
  }
  // "cuối năm", "tuần 2 tháng 12", "cuối tháng 11": a point of the year said in words.
  const said = phrases ? dayInWords(f.key, ctx.year) : null;
  if (said?.rough)
    problems.push(
      problem("DATE_APPROXIMATE", where(ctx, r, col), f.text, {
        vi: `"${f.text}" không ghi ngày cụ thể; tạm lấy ngày ${formatViDate(said.date)}, hãy ghi ngày chính xác.`,
        en: `"${f.text}" gives no exact day; ${formatViDate(said.date)} is taken for now, enter the exact day.`,
      }),
    );
  if (said) return said.ownYear ? { value: said.date, bad: null, phrase: f.text } : inSheetYear(said.date, f.text);
  // "Tháng 11", "Quý IV": a period without its year, in the sheet's year.
  if (phrases && f.period && f.period.year === null && ctx.year !== null) return inSheetYear(periodEnd(f.period, ctx.year), f.text);
  // "Tháng 4 - tháng 12", "T4-T12": a span of months without its year, due at the end of its last.
  const months = phrases && ctx.year !== null ? YEARLESS_MONTHS.exec(f.key) : null;
  if (months && ctx.year !== null && Number(months[1]) < Number(months[2]) && Number(months[2]) <= 12)
    return inSheetYear(endOfMonth(ctx.year, Number(months[2])), f.text);
  // "Trước Tết Nguyên đán": the day before the lunar new year; without a year, the first after the sheet's day (said).
  const reference = ctx.contextPeriod?.date ?? ctx.asOf;
  const tet = phrases ? tetDeadline(f.key, reference) : null;
  if (tet) {
    if (tet.assumed && reference !== null)
      problems.push(
        problem("YEAR_ASSUMED", where(ctx, r, col), f.text, {
          vi: `"${f.text}" không ghi năm; Tết Nguyên đán gần nhất sau ngày ${formatViDate(reference)} là ${formatViDate(tet.tet)}: hạn đọc là ${formatViDate(tet.due)}.`,
          en: `"${f.text}" gives no year; the first Lunar New Year after ${formatViDate(reference)} is ${formatViDate(tet.tet)}: due ${formatViDate(tet.due)}.`,
        }),
      );
    return { value: tet.due, bad: null, phrase: f.text };
  }
  if (phrases) {
    const deadline = parseDeadline(f.text);
    if (deadline.kind === "due") return { value: deadline.due, bad: null, phrase: f.text };
    if (deadline.kind !== "unparsed") return { value: null, bad: null, phrase: f.text };
  }
  // "Đến 30/11/2021", "Tính đến ngày 30/11/2021": the date the figures stand at, said in words.
  const standing = /^(?:tinh\s+)?(?:den|toi|tai)\s+(?:het\s+)?(?:ngay\s+)?(.+)$/.exec(f.key);
  if (!phrases && standing) {
    const d = findDate(f.text.replace(/^\D+/, ""));
    if (d) return { value: d, bad: null, phrase: null };
  }
  return { value: null, bad: f.text, phrase: null };
}

const LINE_LABELS: Readonly<Record<"due" | "doneDate", RegExp>> = {
  due: /^(?:hạn|thời hạn|hạn hoàn thành|hạn chót|hạn xử lý|deadline|due)\b/iu,
  doneDate: /^(?:xong|đã xong|hoàn thành|đã hoàn thành|ngày xong|ngày hoàn thành|done)\b/iu,
};

function dateFieldOf(layout: TableLayout, col: number): "due" | "doneDate" | null {
  return layout.columns.due === col ? "due" : layout.columns.doneDate === col ? "doneDate" : null;
}

/** Of a cell's lines labelled "Giao: …", "Hạn: …", "Xong: …", the text after the label naming the column's field; null when none does. */
function ownLabelledLine(text: string, field: "due" | "doneDate" | null): string | null {
  if (field === null) return null;
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const labelled = lines.map((l) => /^([^:]{2,25}):\s*(.+)$/u.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (labelled.length < 2) return null;
  return labelled.find((m) => LINE_LABELS[field].test(m[1].trim()))?.[2] ?? null;
}

/**
 * "Giao 01/10/2021 - Hạn 30/11/2021", "Nhận: 04/10; Hạn: 29/10": a day per label on one line; the day of the part
 * labelled for the column's field, when two parts at least are labelled days.
 */
function labelledPart(text: string, field: "due" | "doneDate" | null): string | null {
  if (field === null || text.length > 80) return null;
  const parts = text
    .split(/\s+[-–—]\s+|\s*[;,]\s*/u)
    .map((p) => /^(\p{L}[\p{L} ]{1,24}?)\s*:?\s*(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)$/u.exec(p.trim()));
  if (parts.length < 2 || parts.some((m) => m === null)) return null;
  return (parts as RegExpExecArray[]).find((m) => LINE_LABELS[field].test(m[1].trim()))?.[2] ?? null;
}

const DONE_OVER_DUE =
  /^(?:đã\s+(?:xong|hoàn thành|hoàn tất)|xong)\s*(?:ngày\s*)?\(?\s*(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?\s*\)?\s*$/iu;

/**
 * "Xong 28/10", "Đã xong (15/11/2021)", "Đã hoàn thành ngày 06/12": the day the work was done, in the sheet's
 * year when none is written. "Hoàn thành 30/11" without "đã" is how a deadline is written, and stays one.
 */
function doneWrittenOverDue(text: string, year: number | null): { date: IsoDate; yearless: boolean } | null {
  const m = DONE_OVER_DUE.exec(cleanText(text));
  if (!m) return null;
  const y = m[3] === undefined ? year : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const date = y === null ? null : isoDate(y, Number(m[2]), Number(m[1]));
  return date === null ? null : { date, yearless: m[3] === undefined };
}

/** A figure of the title ("… được giao: 4.600 triệu đồng") of which `num` is `rate` per cent, to two decimals; null when none is. */
function wholeInTitle(title: string, num: number, rate: number): { value: number; text: string } | null {
  if (title.length > 600) return null;
  for (const m of title.matchAll(
    /[^.;:()]{0,60}:\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*(?:triệu đồng|tỷ đồng|đồng|hồ sơ|người|văn bản)?/giu,
  )) {
    const value = Number(m[1].replace(/\./g, ""));
    if (value > 0 && Math.abs((num / value) * 100 - rate) < 0.01 + rate * 0.0005) return { value, text: cleanText(m[0]) };
  }
  return null;
}

/**
 * A rate said in a sentence, its last "…%", and the two figures of the sentence whose quotient gives it
 * (to the rate's own rounding): "Đã giải quyết 1.702/1.715 hồ sơ (99,24%)", "56 trên tổng số 58 …, tỷ lệ
 * 96,55%". Null where the sentence says no rate.
 */
const TARGET_OR_CHANGE =
  /(?:chỉ tiêu|mục tiêu|kế hoạch|kh|mốc|tăng|giảm|vượt|cao hơn|thấp hơn|so với|chênh lệch)(?:\s+(?:giao|đề ra|năm|là|đạt))*\s*:?\s*(?:≥|>=|>)?\s*$/iu;

// "Tình trạng: Hoàn thành", "Trạng thái: đang làm" on a line of its own in a cell of several lines.
// "Đến 30/11/2021, …", "Tính đến ngày 10/12: …": the day a cell's words stand at, opening them.
const DAY_FIRST = /^\s*(?:tính\s+)?(?:đến|tới|hết)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*[,:]?\s*(?=\p{L})/iu;
// "Hoàn thành ngày 28/6/2021", "Đang thực hiện (70%)": a line opening with the state's own words, not a verb's.
const STATE_WORD_FIRST = /^(?:da )?(?:hoan thanh|xong|dang thuc hien|dang trien khai|chua thuc hien|chua trien khai|chua hoan thanh)\b/;
const STATE_LINE = /(?:^|\n)\s*(?:tình trạng|trạng thái|tinh trang|trang thai)\s*:\s*([^\n]{2,60})/iu;
const RANGE_BEFORE = /\d\s*%?\s*(?:-|–|~|đến|den|tới|toi)\s*$/iu;
const RANGE_FIGURE = /\d\s*%?\s*(?:-|–|~|đến|den|tới|toi)\s*\d/iu;

function rateInSentence(sentence: string): { rate: number; counts: [number, number] | null } | null {
  if (sentence.length > 300) return null;
  // "98.1%" with a point as often as "98,1%"; never the target ("chỉ tiêu 50%") nor a change ("tăng 7,2% so với quý II").
  const rates = [...sentence.matchAll(/(\d{1,3}(?:[.,]\d{1,3})?)\s?%/g)].filter(
    (m) => !TARGET_OR_CHANGE.test(sentence.slice(Math.max(0, (m.index ?? 0) - 24), m.index)),
  );
  const last = rates[rates.length - 1];
  if (!last) return null;
  const rate = Number(last[1].replace(",", "."));
  if (!(rate >= 0 && rate <= 100)) return null;
  const before = sentence.slice(0, last.index);
  // "85-90 %", "từ 85 đến 90%": the top of a range is no one figure (named by the caller, never read as 90).
  if (RANGE_BEFORE.test(before)) return null;
  const figures = [...before.matchAll(/\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?/g)]
    .map((m) => Number(m[0].replace(/\./g, "").replace(",", ".")))
    .filter((n) => Number.isFinite(n) && n > 0);
  const decimals = (last[1].split(/[.,]/)[1] ?? "").length;
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  const gives = (a: number, b: number) => a <= b && b > 0 && Math.abs((a / b) * 100 - rate) <= tolerance;
  // "(24/24 nhiệm vụ)" written as a part over its whole first; never "số 80/BC-UBND" read as 80 of itself.
  for (const m of sentence.matchAll(/(\d{1,3}(?:\.\d{3})+|\d+)\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/])/g)) {
    const [a, b] = [Number(m[1].replace(/\./g, "")), Number(m[2].replace(/\./g, ""))];
    if (gives(a, b)) return { rate, counts: [a, b] };
  }
  for (let i = 0; i < figures.length; i++)
    for (let j = 0; j < figures.length; j++)
      if (i !== j && gives(figures[i], figures[j])) return { rate, counts: [figures[i], figures[j]] };
  return { rate, counts: null };
}

/** When the rows under a group row are due: the end of the period it names, or the phrase it is. */
interface DueAbove {
  label: string;
  date: IsoDate | null;
  phrase: string | null;
  /** The month a group row names ("THÁNG 10/2021"): a row's bare day ("15") is that month's. */
  month?: { y: number; m: number };
  /** How the section row that gave it is numbered and cased: a sibling section ends it. */
  style?: string;
}

function dueOfLabel(ctx: ExtractContext, label: string): DueAbove | null {
  const f = ctx.facts.of(label);
  const year = f.period?.year ?? ctx.year;
  if (f.period && year !== null && f.text.length <= 30)
    return {
      label: f.text,
      date: periodEnd(f.period, year),
      phrase: null,
      ...(f.period.kind === "month" ? { month: { y: year, m: f.period.index } } : {}),
    };
  const deadline = f.text.length <= 30 ? parseDeadline(f.text) : null;
  if (deadline && (deadline.kind === "continuous" || deadline.kind === "periodic")) return { label: f.text, date: null, phrase: f.text };
  // "TUẦN 44 (từ 01/11 đến 05/11/2021)": the rows below are due by the span's last day.
  const days = f.text.length <= 60 ? DAYS_IN_LABEL.exec(f.text) : null;
  const span = days ? daySpan(days[0]) : null;
  if (span) return { label: f.text, date: span.to, phrase: null };
  // "Nhóm 2 - Hoàn thành trước ngày 20/11/2021", "… (hạn 31/10/2021)", "Nhóm 4 - Thời hạn: 31/12/2021", "(hạn chung: 30/11/2021)".
  const said = f.text.length <= 120 ? dueInSentence(ctx, f.text) : null;
  if (said) return { label: f.text, date: said.date, phrase: null };
  return null;
}

/** "… (Chủ trì: CC VP-TK; hoàn thành trước 30/11/2021)": a deadline a criterion's section row says in words. */
function dueInLabel(ctx: ExtractContext, label: string): DueAbove | null {
  const said = label.length <= 200 ? dueInSentence(ctx, label) : null;
  return said ? { label, date: said.date, phrase: null } : null;
}

const DAYS_IN_LABEL =
  /(?:từ\s+(?:ngày\s*)?)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*(?:đến|-|–|—)\s*(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/iu;

/**
 * A deadline written without its year that falls before the day the work was given ("15/1" given
 * on 06/12/2021): the next year's, said, and the sheet-year reading named in Kiểm tra is corrected.
 */
function nextYearDue(
  ctx: ExtractContext,
  r: number,
  due: IsoDate,
  given: IsoDate,
  written: string,
  problems: Problem[],
): { date: IsoDate; said: string } | null {
  const col = ctx.layout.columns.due;
  if (col === undefined || due >= given) return null;
  const at = problems.findIndex((p) => p.code === "YEAR_ASSUMED" && p.row === r && p.column === columnName(col));
  // Its year assumed: named so, or a text with none (the title's year taken).
  if (at < 0 && !yearlessDue(ctx, r, col, written)) return null;
  const { y, m, d } = ymd(due);
  const next = isoDate(y + 1, m, d);
  if (next === null || next < given) return null;
  const named = problem("YEAR_ASSUMED", where(ctx, r, col), written, {
    vi: `"${written}" không ghi năm; đọc là ${formatViDate(next)} (năm sau), vì hạn không thể trước ngày giao ${formatViDate(given)}.`,
    en: `"${written}" gives no year; read as ${formatViDate(next)} (the next year), as a deadline cannot come before the day given, ${formatViDate(given)}.`,
  });
  if (at < 0) problems.push(named);
  else problems[at] = named;
  return { date: next, said: `Hạn "${written}" đọc là ${formatViDate(next)}: năm sau ngày giao ${formatViDate(given)}` };
}

/** A deadline typed as text with no year in it ("15/1", "05/01"): its year was the sheet's or the as-of date's. */
function yearlessDue(ctx: ExtractContext, r: number, col: number, written: string): boolean {
  return typeof cellAt(ctx.grid, r, col) === "string" && !/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}/.test(written);
}

/** The start of the period a row's tasks are listed in: its section's ("THÁNG 12/2021"), else the title's ("QUÝ IV NĂM 2021"). */
function listingOf(ctx: ExtractContext): { start: IsoDate; label: string } | null {
  if (ctx.listedIn) return ctx.listedIn;
  const p = ctx.contextPeriod?.label;
  if (!ctx.yearFromSheet || !p || p.year === null || p.kind === "day" || p.kind === "year") return null;
  return { start: periodStart(p, p.year), label: ctx.contextPeriod?.name ?? "" };
}

/**
 * A deadline written without its year, read in the listing's year, that falls long before the period it is listed in
 * ("05/01" under "THÁNG 12/2021"): the next year's, where that is nearer the period; said in Kiểm tra and Ghi chú.
 */
function dueAfterListing(
  ctx: ExtractContext,
  r: number,
  col: number,
  due: IsoDate,
  written: string,
  problems: Problem[],
): { date: IsoDate; said: string } | null {
  const listing = listingOf(ctx);
  if (listing === null || due >= listing.start) return null;
  if (!yearlessDue(ctx, r, col, written)) return null;
  const { y, m, d } = ymd(due);
  const next = isoDate(y + 1, m, d);
  if (next === null || toExcelSerial(listing.start) - toExcelSerial(due) <= toExcelSerial(next) - toExcelSerial(listing.start)) return null;
  const at = problems.findIndex((p) => p.code === "YEAR_ASSUMED" && p.row === r && p.column === columnName(col));
  const named = problem("YEAR_ASSUMED", where(ctx, r, col), written, {
    vi: `"${written}" không ghi năm; đọc là ${formatViDate(next)} (năm sau), vì việc được ghi trong "${listing.label}".`,
    en: `"${written}" gives no year; read as ${formatViDate(next)} (the next year), as the task is listed in "${listing.label}".`,
  });
  if (at < 0) problems.push(named);
  else problems[at] = named;
  return { date: next, said: `Hạn "${written}" đọc là ${formatViDate(next)}: năm sau, vì việc ghi trong "${listing.label}"` };
}

function yearAssumed(ctx: ExtractContext, r: number, col: number, text: string, d: IsoDate): Problem {
  return problem("YEAR_ASSUMED", where(ctx, r, col), text, {
    vi: `"${text}" không ghi năm; đọc là ${formatViDate(d)} theo năm của ngày báo cáo.`,
    en: `"${text}" gives no year; read as ${formatViDate(d)}, in the year of the as-of date.`,
  });
}

const YEARLESS =
  /^(?:(?:truoc|trc|tr|den|han|cham nhat|trong|ngay|truoc ngay|trc ngay|den ngay|han ngay|hoan thanh|hoan thanh truoc|hoan thanh ngay)\s+)?(\d{1,2}) (\d{1,2})$/;
const WEEKDAY =
  /^(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|cn)(?: (?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|cn))* (?:ngay )?(?:\d{1,2} )?(\d{1,2}) (\d{1,2})$/;
const YEARLESS_SPAN = /^(?:tu\s+)?(?:ngay\s+)?(\d{1,2}) (\d{1,2}) (?:den\s+)?(?:ngay\s+)?(\d{1,2}) (\d{1,2})$/;
const YEARLESS_WORDS = /^(?:(?:truoc|den|han|cham nhat|trong)\s+)?(?:ngay\s+)?(\d{1,2}) thang (\d{1,2})$/;
// "Lũy kế đến 30/11/2021", "Tính đến 31/10/2021", "Số liệu đến 30/9/2021": the day figures stand at.
// "Số liệu tính đến ngày", "Chốt số liệu ngày", "Ngày số liệu": a row of the days the columns' figures stand at.

// When a row was typed in or sent: "Ngày cập nhật", "Ngày nhập", "Cập nhật lúc", "Ngày gửi".
// ("Ngày lập báo cáo", "Ngày báo cáo", "Ngày lập biểu" beside "Đến 30/6/2021": the day the report was made.)
const ENTRY_DAY =
  /^(?:ngay |thoi gian )?(?:cap nhat|nhap|nhap lieu|gui|gui bao cao|lap bao cao|bao cao|lap bieu|lap)(?: luc| ngay| cuoi)?$/;

/** "khoảng 20/10/2021", "tầm 15/11", "~30/9": a day the official gives only roughly. */
const ROUGH_DAY = /(?:(?<!\p{L})(?:khoảng|khoang|tầm|chừng)|~|±)\s*(?:ngày\s+)?\d/iu;

const ROUGH_LEAD = /^\s*(?:khoảng|khoang|tầm|chừng|~|±)\s*(?=(?:ngày\s+)?\d)/iu;

/** Kiểm tra's line for a day written as rough: the day is kept, the official asked for the exact one. */
function roughDay(ctx: ExtractContext, r: number, col: number, text: string, d: IsoDate): Problem {
  return problem("DATE_APPROXIMATE", where(ctx, r, col), text, {
    vi: `"${text}" là ngày ước chừng; tạm lấy ngày ${formatViDate(d)}, hãy ghi ngày chính xác.`,
    en: `"${text}" is a rough day; ${formatViDate(d)} is taken for now, enter the exact day.`,
  });
}

const DATE_AFTER_WORD =
  /^(?:(?:lũy kế|luỹ kế|tính|số liệu|thực hiện)\s+)?(?:trước|trc|đến|hạn|chậm nhất|trong|xong|hoàn thành)(?:\s+(?:hết\s+)?(?:ngày|trước))?\s*:?\s+(\S+)$/iu;

function ambiguous(ctx: ExtractContext, r: number, col: number, taken: string, other: string, byExcel: boolean): Problem {
  return problem("DATE_AMBIGUOUS", where(ctx, r, col), taken, {
    vi: byExcel
      ? `Excel có thể đã đọc ngược ngày và tháng; đọc là ${taken} (nếu không đúng thì là ${other}).`
      : `đọc là ${taken}; cũng có thể là ${other}. Hãy ghi rõ ngày/tháng.`,
    en: byExcel
      ? `Excel may have swapped day and month; read as ${taken} (otherwise ${other}).`
      : `read as ${taken}; it could also be ${other}. Please write the date unambiguously.`,
  });
}

/** A percentage: "60%", 0.6 under a % format, 60, "60,5", "3/4 nội dung". */
function readPercent(ctx: ExtractContext, r: number, col: number | undefined, scale: number): CellRead<number> {
  if (col === undefined) return { value: null, bad: null };
  const v = cellAt(ctx.grid, r, col);
  if (typeof v === "number") {
    const shown = ctx.grid.formats[`${r}:${col}`]?.includes("%") ?? false;
    // 70 typed into a cell formatted as a percentage before it was ("7000%" on screen): 70 %, said.
    if (shown && v > 1.5 && v <= 100)
      return {
        value: v,
        bad: null,
        said: `${headingOf(ctx, col)} ghi ${formatViNumber(v)} trong ô định dạng phần trăm (hiện ${formatViNumber(v * 100)}%); đọc là ${formatViNumber(v)}%`,
      };
    const pct = shown ? v * 100 : v * scale;
    return { value: Math.round(pct * 1e6) / 1e6, bad: null };
  }
  // "9/12" typed for 9 of 12 and made 9 December by Excel: in a task's progress column, the day over the month.
  if (isGridDate(v) && col === ctx.layout.columns.progress && ctx.layout.kind === "tasks") {
    const { d, m } = ymd(v.date);
    if (d > m) return { value: null, bad: formatViDate(v.date) };
    const value = Math.round((d / m) * 1e4) / 100;
    return {
      value,
      bad: null,
      said: `${headingOf(ctx, col)} ghi ${d}/${m}, Excel đã đổi thành ngày ${formatViDate(v.date)}; đọc là ${d}/${m} = ${formatViNumber(value)}%`,
    };
  }
  if (typeof v !== "string" || v.trim() === "") return { value: null, bad: null };
  const bar = BAR.exec(v.replace(/\s/g, ""));
  if (bar && bar[0].length >= 4) {
    const value = Math.round(([...bar[1]].length / [...bar[0]].length) * 1e4) / 100;
    return { value, bad: null, said: `Tiến độ ${formatViNumber(value)}% đọc từ thanh ${v.trim()}` };
  }
  const f = ctx.facts.of(v);
  // "0.9" typed as text in a column of rates kept as fractions of 1 (a shared sheet's export): 90 %, said.
  if (f.number !== null && scale === 100 && !v.includes("%") && f.number > 0 && f.number <= 1 && !Number.isInteger(f.number)) {
    const value = Math.round(f.number * 100 * 1e6) / 1e6;
    return {
      value,
      bad: null,
      said: `${headingOf(ctx, col)} ghi "${v.trim()}" (tỷ lệ dạng phân số của 1): đọc là ${formatViNumber(value)}%`,
    };
  }
  if (f.number !== null) return { value: f.number, bad: null };
  const dotted = numberWithDot(ctx, v);
  if (dotted !== null) return { value: dotted, bad: null };
  if (f.fraction !== null) return { value: Math.round(f.fraction * 100) / 100, bad: null };
  const said = PERCENT_WORDS[f.key];
  if (said !== undefined) return { value: said, bad: null };
  const loose = loosePercent(f.text);
  return loose !== null
    ? { value: loose.value, bad: null, said: `${headingOf(ctx, col)} ghi "${f.text}": đọc là ${formatViNumber(loose.value)}%${loose.why}` }
    : { value: null, bad: f.text };
}

// A period's column marked done, perhaps with the day: "x", "✓", "x (10/12)".
const PERIOD_TICK = /^(?:x|X|✓|✔|☑|v|V)\s*(?:\(\s*(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*\))?$/u;

// "tạm 70%", "khoảng 80%", "~60%": a figure given as an estimate (read, and named by `approximate`).
const ESTIMATE_WORD = /^\s*(?:tạm tính|tạm|tam|khoảng|khoang|xấp xỉ|xap xi|gần|gan|ước tính|ước đạt|ước|uoc|chừng|~|≈)\s*(?=\d)/iu;
const ESTIMATE = new RegExp(`${ESTIMATE_WORD.source}(\\d{1,3}(?:[.,]\\d+)?)\\s*%?$`, "iu");
// "7,1% (ước)", "96 (tạm tính)": the word after the figure, in brackets.
const ESTIMATE_AFTER =
  /^\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*\(\s*(?:ước|uoc|ước tính|uoc tinh|ước đạt|tạm tính|tam tinh|dự kiến|du kien|sơ bộ|so bo)\s*\)\s*$/iu;
const VERDICT_SHARE = /^(?:đạt|dat|không đạt|khong dat|chưa đạt|chua dat|vượt|vuot)\s*:?\s*(\d{1,3}(?:[.,]\d+)?)\s*%$/iu;
// "8O%", "1OO%": the letter O typed for a nought in a share.
const LETTER_NOUGHT = /^(?=[\dOo]*\d)(?=[\dOo]*[Oo])[\dOo]{2,3}\s*%$/u;

/** A share written loosely that a reader still reads at a glance; `why` says how it was read. */
function loosePercent(text: string): { value: number; why: string } | null {
  // "Đạt 100%", "Không đạt 80%": the share with the official's verdict before it.
  const verdict = VERDICT_SHARE.exec(text.trim());
  if (verdict) {
    const value = Number(verdict[1].replace(",", "."));
    return value <= 100 ? { value, why: "" } : null;
  }
  const estimate = ESTIMATE.exec(text.trim()) ?? ESTIMATE_AFTER.exec(text.trim());
  if (estimate) {
    const value = Number(estimate[1].replace(",", "."));
    return value <= 100 ? { value, why: " (ước tính)" } : null;
  }
  if (LETTER_NOUGHT.test(text.trim())) {
    const value = Number(text.trim().replace(/[Oo]/g, "0").replace(/\s*%$/, ""));
    return value <= 100 ? { value, why: " (chữ O gõ thay số 0)" } : null;
  }
  return null;
}

/** Shares said in words in a progress or rate cell. */
const PERCENT_WORDS: Readonly<Record<string, number>> = {
  "mot nua": 50,
  nua: 50,
  "mot phan ba": 33.33,
  "mot phan tu": 25,
  "ba phan tu": 75,
  "hai phan ba": 66.67,
};

// "Kế hoạch năm 2021", "KH giao", "Chỉ tiêu năm 2021" as a row's own label: the target beside the figures done.
const PLAN_ROW =
  /^(?:kế hoạch|kh)(?:\s+(?:năm|giao|được giao|cả năm|\d{4})|\s*:|\s*$)|^(?:chỉ tiêu|mục tiêu)\s+(?:kế hoạch\s+)?(?:năm\s+)?\d{4}/iu;

const EXPECTED_WORD = /\b(?:du kien|du dinh|uoc)\b/;

/**
 * The completion column's date as an expected day, said as a note: a text saying so ("dự kiến 25/12",
 * "(dự kiến) 28/12/2021"), or a date on work not done where the heading says the column holds both
 * ("Ngày hoàn thành (thực tế / dự kiến)"). Null where the cell is a day done.
 */
function expectedDone(ctx: ExtractContext, done: CellRead<IsoDate>, status: TaskStatus | null, heading: string): string | null {
  if (done.bad !== null)
    return EXPECTED_WORD.test(ctx.facts.of(done.bad).key)
      ? `Ngày hoàn thành ghi "${done.bad}": ngày dự kiến, chưa phải ngày hoàn thành`
      : null;
  if (done.value === null || status === null || status === "Hoàn thành") return null;
  if (!EXPECTED_WORD.test(headingKey(heading))) return null;
  return `Ngày hoàn thành dự kiến ${formatViDate(done.value)} (cột "${heading}", việc chưa xong)`;
}

// "(đã xong ngày 22/10/2021)", "- hoàn thành 30/11/2021" at the end of a task's text: its result, where the table has no column for one.
// ("… kiểm tra hiện trường … ngày 22/10/2021, đã xong.": the state after a comma, closing the sentence, alone or with its
// day; ", hoàn thành trong quý II/2022" is when it is due; ", đang thực hiện." closing it, how it stands.)
const STATE_AT_END =
  /(?:\(\s*((?:đã|đang|chưa|xong|hoàn thành|không)[^()]{0,80})\)|\s[-–]\s*((?:đã|đang|chưa|xong|hoàn thành)(?!\p{L})[^-–()]{0,60})|,\s*((?:đã xong|đã hoàn thành|xong|hoàn thành|da xong|da hoan thanh|hoan thanh|đang thực hiện|đang triển khai|chưa thực hiện|chưa triển khai)(?:\s+(?:vào\s+|từ\s+|vao\s+|tu\s+)?(?:ngày|ngay)\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?)?)\.?)\s*$/iu;

/** "… - đã hoàn thành ngày 15/4/2021", "… (xong 20/10)": the state the task's own words end on, where it says done. */
function doneAtEnd(content: string): string {
  return DONE_AT_END.exec(content)?.[1] ?? "";
}
// "(hoàn thành trước 31/10/2021)", "xong chậm nhất 15/11": by when the task must be done, never the day it was.
const DONE_AT_END =
  /(?:\(\s*|\s[-–,;]\s*)((?:đã\s+)?(?:hoàn thành|xong)(?!\p{L})(?!\s*(?:trước|chậm nhất|không quá|trong|hạn)(?!\p{L}))[^()]{0,60}?)\)?\s*\.?\s*$/iu;

function stateInContent(ctx: ExtractContext, r: number, content: string, statusText: string | null): string {
  const { layout, grid } = ctx;
  const col = layout.columns;
  // Only where the row says nothing of its state elsewhere ("Tình hình thực hiện" left empty: the items of one cell,
  // "… - xong 15/3/2021", "… - đang thực hiện", each say their own).
  const said = [col.status, col.result, col.doneDate, col.progress].some(
    (c) => c !== undefined && cellKind(cellAt(grid, r, c)) !== "empty",
  );
  if (statusText !== null || said || layout.statusTicks) return "";
  const m = STATE_AT_END.exec(content);
  if (m === null) return "";
  if (m[3] === undefined) return cleanText(m[1] ?? m[2] ?? "");
  // ", đã xong" with no day of its own: done on the one day the sentence names, if it names one.
  return cleanText(withTheSentenceDay(m[3], content));
}

/** A date cell left as the form printed it: only the separators (and at most the year) of a date. */
function isDatePlaceholder(text: string): boolean {
  const rest = text.replace(/(?:19|20)\d\d/, "");
  return /^[\s._…\-–/]+$/u.test(rest) && /[/_…]|\.\./u.test(text);
}

/** 4,8 × 1.000 is 4799.999…: a unit's change keeps the digits the official typed. */
function roundUnits(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/**
 * 0,987 typed in one period's cell of a rate row whose other periods are written as percentages (100, 92 %):
 * a fraction of 1, read as 98,7 % and said; a small share near the others (0,5 beside 2 and 3) stays as typed.
 * A row of fractions only ("0,92 | 0,95 | 0,97" under "%") among rate rows written as percentages: the same,
 * by the other rates of its period.
 */
function fractionAmongShares(
  ctx: ExtractContext,
  r: number,
  c: number,
  periodCols: readonly number[],
  read: CellRead<number>,
  rateRows: readonly number[] = [],
): CellRead<number> {
  const v = cellAt(ctx.grid, r, c);
  if (typeof v !== "number" || read.value !== v || v <= 0 || v >= 1) return read;
  const percents = (cells: ReadonlyArray<[number, number]>) =>
    cells.map(([x, y]) => readPercent(ctx, x, y, 1).value).filter((x): x is number => x !== null && x > 1 && x <= 100);
  const rowOthers = percents(periodCols.filter((x) => x !== c).map((x): [number, number] => [r, x]));
  const allFractions = periodCols.every((x) => {
    const w = cellAt(ctx.grid, r, x);
    return w === null || (typeof w === "number" && w > 0 && w < 1) || readPercent(ctx, r, x, 1).value === null;
  });
  // (Only a row its unit calls a rate: "%" in "ĐVT", or "… (%)".)
  const columnOthers =
    allFractions && rateRow(ctx, r) ? percents(rateRows.filter((x) => x !== r).map((x): [number, number] => [x, c])) : [];
  const others = rowOthers.length > 0 ? rowOthers : columnOthers.length >= 2 ? columnOthers : [];
  // Read as a share only where it then stands near the others ("0,85" beside "80,2"), never "0,9" beside "2,9".
  if (others.length === 0 || v * 100 < 0.5 * Math.max(...others) || v * 100 > 2 * Math.max(...others)) return read;
  const value = Math.round(v * 100 * 1e6) / 1e6;
  return {
    value,
    bad: null,
    said: `${headingOf(ctx, c)} ghi ${formatViNumber(v, 4)} (tỷ lệ dạng phân số của 1) giữa các tỷ lệ ghi theo phần trăm: đọc là ${formatViNumber(value)}%`,
  };
}

/** "131.", "32." : a number with a full stop typed after it, as at the end of a sentence. */
function numberWithDot(ctx: ExtractContext, v: string): number | null {
  const m = /^\s*(\d[\d.,]*?)\.\s*$/.exec(v);
  return m ? ctx.facts.of(m[1]).number : null;
}

function readCount(ctx: ExtractContext, r: number, col: number | undefined): CellRead<number> {
  if (col === undefined) return { value: null, bad: null };
  const v = cellAt(ctx.grid, r, col);
  if (typeof v === "number") return { value: v, bad: null };
  if (typeof v !== "string" || v.trim() === "") return { value: null, bad: null };
  const f = ctx.facts.of(v);
  if (f.number !== null) return { value: f.number, bad: null };
  const dotted = numberWithDot(ctx, v);
  if (dotted !== null) return { value: dotted, bad: null };
  const withUnit = countWithUnit(v);
  return withUnit !== null ? { value: withUnit, bad: null } : { value: null, bad: f.text };
}

/**
 * A cell's value as the reader sees it: a cell merged down from a row above ("1.4" or "CT UBND xã"
 * over three tasks) holds the value of the merged range's first cell.
 */
function valueAt(ctx: ExtractContext, r: number, col: number): GridCell {
  const v = cellAt(ctx.grid, r, col);
  if (v !== null) return v;
  const m = ctx.merges.at(r, col);
  return m && m.top < r ? cellAt(ctx.grid, m.top, m.left) : null;
}

/** A state word alone in the day-done column of a row whose own state column is missing or blank ("Đang làm", "Chưa"). */
function stateForDay(ctx: ExtractContext, r: number, columns: TableLayout["columns"]): boolean {
  const { doneDate, status } = columns;
  if (doneDate === undefined || (status !== undefined && !isBlank(cellAt(ctx.grid, r, status)))) return false;
  const v = cellAt(ctx.grid, r, doneDate);
  if (typeof v !== "string" || v.length > 40) return false;
  const f = ctx.facts.of(v.trim());
  return f.date === null && (f.status !== null || parseStatus(v).kind === "ok");
}

// An update's arrow ("→", "->", "=>"), or a line opening with the day it was written ("15/11: …").
const UPDATE_ARROW = /\s*(?:→|->|=>|⇒)\s*/u;
const DATED_LINE = /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*[:)-]\s*\S/u;

// "Đang TH. Cập nhật 26/11: đã xong": a later word on the state, with its day.
const UPDATED_ON = /[.;,]?\s*(?:cập nhật|cap nhat|update)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*:\s*/giu;
// The cheap sign of an update, asked of every status cell first: an arrow, a second line, "cập nhật", a dated clause.
const MAYBE_UPDATED = /[→>⇒\n]|c[aậ]p nh[aậ]t|update|(?:^|;|\.\s)\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*:/iu;
const DAY_OPENING = /^\s*(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*[:)-]\s*/u;

// "đã xong", "hoàn thành", "đã tập huấn xong", "đã gửi kiến nghị … - hoàn thành": the work said done, first or last.
const DONE_WORD =
  /^(?:đã\s+)?(?:xong|hoàn thành|ht)(?!\p{L})|^(?:đã\s+)?(?:\p{L}+\s+){1,3}(?:xong|hoàn thành)\s*\.?$|\s[-–,]\s*(?:đã\s+)?(?:xong|hoàn thành)\s*\.?$/iu;
// A day in the words ("xong 12/10"), never a count ("45/45 mẫu"): a day of the month, then a month.
const DAY_IN = /(?<!\d)(?:[12]\d|3[01]|0?[1-9])\s*[/.-]\s*(?:1[0-2]|0?[1-9])(?!\d)/u;

// "09/12: đã tập huấn xong cho 18 CBCC", "12/10: đã đăng xong": a note opening with its day, saying the work is done.
const NOTE_DONE =
  /^\s*(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*[:)-]\s*(?!.*\bchưa\b)(.*?(?:xong|hoàn thành)(?!\s*\d{1,3}\s*%).*)$/iu;

/** A status cell's note that says, dated, the work is done where the cell says it is not: the state with its day; else null. */
function doneInNote(note: string, written: string): string | null {
  const m = NOTE_DONE.exec(note);
  if (m === null || DONE_WORD.test(written.trim())) return null;
  return `Hoàn thành ngày ${m[1]}`;
}

/** The last of the states a cell was updated with ("Chưa → Đã xong ngày 12/10"), or the text as it is. */
function latestUpdate(text: string): string {
  if (!MAYBE_UPDATED.test(text)) return text;
  const arrowed = text.split(UPDATE_ARROW).filter((p) => /\p{L}/u.test(p));
  if (arrowed.length >= 2 && !text.includes("\n")) return arrowed[arrowed.length - 1].trim();
  // (The day the word was written, where the word gives none: "10/12: đã xong" was done by then.)
  // (Only a word that the work is done: "đã rà soát lĩnh vực hộ tịch" reports part of it.)
  const onItsDay = (said: string, day: string) => (DAY_IN.test(said) || !DONE_WORD.test(said.trim()) ? said : `${said} ngày ${day}`);
  const restated = [...text.matchAll(UPDATED_ON)].pop();
  const after = restated?.index !== undefined ? text.slice(restated.index + restated[0].length).trim() : "";
  if (restated && /\p{L}/u.test(after))
    return onItsDay(after, /\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?/u.exec(restated[0])?.[0] ?? "");
  const newlines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  // (Or clauses after semicolons: "Đang làm; 12/10: đã gửi 3 thư; 5/11: xong".)
  // (Or after full stops, where a day opens the clause: "Đã soạn 20/45 mẫu. 30/9: 38/45. 05/11: hoàn thành 45/45 mẫu".)
  const lines =
    newlines.length >= 2
      ? newlines
      : text.split(/\s*;\s*|\.\s+(?=\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*:)/u).filter((l) => l.trim() !== "");
  // (Dated lines after the first: "chưa làm⏎15/11: đã rà soát …", "15/10: đang làm⏎20/11: đang làm⏎10/12: đã xong".)
  if (lines.length >= 2 && lines.slice(1).every((l) => DATED_LINE.test(l))) {
    const last = lines[lines.length - 1];
    const day = DAY_OPENING.exec(last);
    return day ? onItsDay(latestUpdate(last.slice(day[0].length)), day[1]) : last;
  }
  // "15/10: đã xong" alone: the word and the day it was written.
  const day = lines.length === 1 && DATED_LINE.test(text) ? DAY_OPENING.exec(text) : null;
  return day ? onItsDay(text.slice(day[0].length).trim(), day[1]) : text;
}

/** The text of a merge on this row that begins left of the column and covers it, or "". */
function mergedFromLeft(ctx: ExtractContext, r: number, col: number | undefined): string {
  if (col === undefined) return "";
  const m = ctx.merges.at(r, col);
  return m && m.top === r && m.left < col ? text(ctx, r, m.left) : "";
}

function text(ctx: ExtractContext, r: number, col: number | undefined): string {
  if (col === undefined) return "";
  const v = valueAt(ctx, r, col);
  return isGridError(v) ? "" : cleanText(displayText(v));
}

/** A lead's cell; offices on lines of their own ("MTTQ xã⏎Trưởng thôn 2") kept apart, as a list. */
function leadText(ctx: ExtractContext, r: number, col: number | undefined): string {
  const v = col === undefined ? null : valueAt(ctx, r, col);
  if (v === null || isGridError(v)) return text(ctx, r, col);
  const lines = displayText(v)
    .split(/\s*\n\s*/)
    .map(cleanText)
    .filter((x) => x !== "");
  return lines.length > 1 && lines.every((x) => x.length <= 40 && !/[,;]$/.test(x)) ? lines.join("; ") : text(ctx, r, col);
}

/** The cell's own text, not a merged value from above (a task's text merged down is one task). */
function ownText(ctx: ExtractContext, r: number, col: number | undefined): string {
  if (col === undefined) return "";
  const v = cellAt(ctx.grid, r, col);
  return isGridError(v) ? "" : cleanText(displayText(v));
}

const ROMAN_GROUP: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

function criterion(ctx: ExtractContext, r: number, col: number | undefined): { code: string | null; bad: string | null; said?: string } {
  if (col === undefined) return { code: null, bad: null };
  const v = valueAt(ctx, r, col);
  // "-", "+", "•" in the code column: a part's mark under its criterion's row, no code of its own.
  if (v === null || (typeof v === "string" && /^\s*[-–+•*]?\s*$/u.test(v))) return { code: null, bad: null };
  // A statistical form's "Mã số" (01, 02, 03 …): the form's own row numbers, never the plan's criteria.
  if (formRowNumbers(ctx, col))
    return { code: null, bad: null, said: `Mã số ${cellText(v).trim()} là số dòng của biểu, không phải mã tiêu chí` };
  // "1.2" typed where "." is no decimal point (Vietnamese Excel) is stored as 1 February: its day and month are the code.
  if (isGridDate(v)) {
    const code = `${Number(v.date.slice(8, 10))}.${Number(v.date.slice(5, 7))}`;
    return ctx.facts.of(code).code === code
      ? { code, bad: null, said: `Mã tiêu chí Excel đã lưu thành ngày ${v.date.slice(8, 10)}/${v.date.slice(5, 7)}; đọc là ${code}` }
      : { code: null, bad: cellText(v) };
  }
  // "SIPAS 1", "SIPAS-5": the survey's items by their number, the plan's group 2 ("Chỉ số hài lòng").
  const sipas = typeof v === "string" ? /^\s*sipas\s*[-–.:]?\s*([1-9])\s*(?:[-–:.]\s*\p{L}.*)?$/iu.exec(v) : null;
  if (sipas)
    return {
      code: `2.${sipas[1]}`,
      bad: null,
      said: `Mã tiêu chí "${String(v).trim()}" là mục ${sipas[1]} của chỉ số SIPAS: 2.${sipas[1]}`,
    };
  const grouped = codeInGroup(typeof v === "number" || typeof v === "string" ? String(v) : "", ctx.contextGroup ?? null);
  if (grouped)
    return {
      code: grouped,
      bad: null,
      said: `Mã tiêu chí "${String(v).trim()}" là số thứ tự trong nhóm ${ctx.contextGroup ?? ""} (theo tên sheet, tiêu đề): ${grouped}`,
    };
  if (typeof v === "number") {
    const s = String(v);
    return /^\d+\.\d+$/.test(s) ? { code: s, bad: null } : { code: null, bad: s };
  }
  const f: TextFacts = ctx.facts.of(cellText(v));
  if (f.code) return { code: f.code, bad: null };
  const inText = codeInText(f.text);
  if (inText) return { code: inText, bad: null };
  // "II.3": the plan's sections are numbered I, II (CCHC, SIPAS); its items under them 1.x, 2.x.
  const roman = /^(I{1,3}|IV)[.,](\d{1,2})\.?$/.exec(f.text.replace(/\s/g, ""));
  if (roman) {
    const code = `${ROMAN_GROUP[roman[1]]}.${Number(roman[2])}`;
    return { code, bad: null, said: `Mã tiêu chí "${f.text}" ghi theo mục La Mã của kế hoạch: ${code}` };
  }
  // In a criterion column, "1,1" is 1.1 typed with a decimal comma; "1. 2" held an invisible space.
  const comma = /^([1-9])[,.](\d{1,2})$/.exec(f.text.replace(/\s/g, ""));
  return comma ? { code: `${comma[1]}.${Number(comma[2])}`, bad: null } : { code: null, bad: f.text };
}

const FORM_NUMBERS = new WeakMap<ExtractContext, Map<number, boolean>>();

/** "Mã số" over "01", "02" … "10": the numbers a statistical form gives its rows, zero-padded as forms print them. */
function formRowNumbers(ctx: ExtractContext, col: number): boolean {
  let known = FORM_NUMBERS.get(ctx);
  if (!known) FORM_NUMBERS.set(ctx, (known = new Map()));
  let is = known.get(col);
  if (is === undefined) {
    const said: string[] = [];
    if (/^(?:ma so|ma|ma chi tieu|ma dong)$/.test(headingKey(ctx.layout.headings[col] ?? "")))
      for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
        const t = cellText(valueAt(ctx, r, col)).trim();
        if (t !== "") said.push(t);
      }
    is = said.length >= 2 && said.every((t) => /^\d{1,3}$/.test(t)) && said.some((t) => /^0\d$/.test(t));
    known.set(col, is);
  }
  return is;
}

/**
 * The criteria's column of a table of figures: the one named so, or a numbering column holding only codes ("TT":
 * 2.1 … 2.5), which wins where the named one holds the criteria's names ("Tiêu chí / Chỉ số").
 */
function codesColumn(ctx: ExtractContext, named: number | undefined, numbering: ReadonlyArray<number | undefined>): number | undefined {
  // "1 | Cải cách thủ tục hành chính" over "1.1", "1.2", then "3" over "3.1": a form's own outline, no plan's codes
  // (its "1.1" is the on-time rate, the plan's 1.2); the rows' names tell their criteria.
  if (named !== undefined && formOutline(ctx, named)) return undefined;
  const numbered = numbering.find((c) => c !== named && holdsCodes(ctx, c));
  return named !== undefined && numbered !== undefined && !holdsCodes(ctx, named) ? numbered : (named ?? numbered);
}

/**
 * The column a table of figures took for the criteria's codes where it holds plain counts under a heading naming a
 * criterion, beside a denominator and a rate and no numerator: that column is the numerator. Null otherwise.
 */
function countsTakenForCodes(ctx: ExtractContext): number | null {
  const { code, numerator, denominator, value } = ctx.layout.columns;
  if (code === undefined || numerator !== undefined || denominator === undefined || value === undefined) return null;
  if (!/\b[12]\.\d{1,2}\b/.test(ctx.layout.headings[code] ?? "")) return null;
  let counts = 0;
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    const v = cellAt(ctx.grid, r, code);
    if (isBlank(v)) continue;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) return null;
    counts++;
  }
  return counts >= 2 ? code : null;
}

/** A column numbered as an outline: "N" rows over "N.M" rows, some "N.M" beyond the plan's groups ("3.1", "4.1"). */
function formOutline(ctx: ExtractContext, c: number): boolean {
  const parents = new Set<string>();
  const children: string[] = [];
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    const v = cellAt(ctx.grid, r, c);
    const t = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
    const parent = /^(\d{1,2})\.?$/.exec(t);
    if (parent) parents.add(parent[1]);
    const child = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(t);
    if (child) children.push(child[1]);
  }
  return parents.size >= 2 && children.length >= 2 && children.every((p) => parents.has(p)) && children.some((p) => p !== "1" && p !== "2");
}

/** A numbering column whose every value is a criterion's code ("2.1"), never a plain count (1, 2, 3). */
function holdsCodes(ctx: ExtractContext, c: number | undefined): boolean {
  if (c === undefined) return false;
  let codes = 0;
  let groups = 0;
  for (let r = ctx.firstRow; r <= ctx.lastRow; r++) {
    const v = cellAt(ctx.grid, r, c);
    if (cellKind(v) === "empty") continue;
    const s = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
    // "1", "II": the group rows between the codes ("1 | CHỈ SỐ CẢI CÁCH HÀNH CHÍNH").
    if (/^(?:[1-9]|[IVX]{1,4})\.?$/.test(s)) {
      groups++;
      continue;
    }
    // "Ghi chú: phát 170 phiếu …" in the column under the table: a note, not a number of the table.
    if (s.length > 12 && /\p{L}{3}/u.test(s)) continue;
    if (!/^[12]\.\d{1,2}\.?$/.test(s)) return false;
    codes++;
  }
  return codes >= 2 && codes > groups;
}

/**
 * A criterion written inside a longer text: "1.7. Chỉ tiêu phát triển …", "Chỉ số thành phần 2.1 - …",
 * "Tiêu chí 1 - Chỉ số thành phần 1.1": the one code it holds (two different codes: none).
 */
export function codeInText(text: string): string | null {
  const lead = sectionCode(text);
  if (lead) return lead;
  const codes = new Set([...text.matchAll(/(?:^|[^\d.,])([1-9])\.([1-9]|[12]\d|30)(?![\d.,/])/g)].map((m) => `${m[1]}.${m[2]}`));
  return codes.size === 1 ? [...codes][0] : null;
}

// What a count of dossiers or ballots is called: "Hồ sơ hộ tịch tiếp nhận", "Giải quyết đúng hạn", "Trễ hạn", "Số phiếu phát ra".
const COUNT_ROW_LABEL =
  /^(?:-\s*)?(?:(?:tổng )?số (?:hồ sơ|hs|phiếu|lượt)|hồ sơ(?: [\p{L}-]+){0,3} (?:tiếp nhận|đã giải quyết|giải quyết|trả kết quả|tồn|chuyển sang)|(?:tiếp nhận|đã giải quyết|giải quyết|gq)(?: (?:đúng|trước|quá|trễ) hạn| trực tuyến| trực tiếp)?|(?:đúng|trước|quá|trễ) hạn|(?:nộp )?(?:qua )?(?:dvc )?trực tuyến|trực tiếp|phiếu (?:phát ra|thu về|hợp lệ|hài lòng)|(?:tổng )?số (?:văn bản|vb|nhiệm vụ|nv|việc|công việc)(?: [\p{L}]+){0,4}|số (?:việc |nhiệm vụ |văn bản )?(?:đã|đang|chưa) (?:hoàn thành|thực hiện|xử lý|trả lời|báo cáo)(?: [\p{L}]+){0,3})\s*:?$/iu;

// A count's name opening a longer label: "Tổng số hồ sơ hộ tịch đã giải quyết", "Trong đó đúng hạn và trước hạn".
const COUNT_LABEL_OPENING = /^(?:-\s*)?(?:(?:tổng )?số (?:hồ sơ|hs|phiếu|lượt|văn bản|vb)|trong đó)\s/iu;
// A rate's name ("Tỷ lệ hồ sơ trực tuyến"), never work to raise one ("Nâng tỷ lệ …").
const COUNT_RATE_LABEL = /^(?:-\s*)?(?:tỷ lệ|tỉ lệ)\s/iu;

/** A row of a task table that is a count: its label in the task's column, a number (or "-") in one other cell, nothing else. */
function countRow(ctx: ExtractContext, r: number): boolean {
  const content = ctx.layout.columns.content;
  if (content === undefined) return false;
  // Asked of every row: the label first (short, a count's name), the row's cells only then.
  const label = cellAt(ctx.grid, r, content);
  if (typeof label !== "string" || label.length > 60) return false;
  const clean = cleanText(label);
  // "Tổng số hồ sơ hộ tịch đã giải quyết | 436", "Trong đó đúng hạn và trước hạn | 436", "Tỷ lệ hồ sơ trực tuyến | 22,2%".
  const rate = COUNT_RATE_LABEL.test(clean);
  if (!COUNT_ROW_LABEL.test(clean) && !COUNT_LABEL_OPENING.test(clean) && !rate) return false;
  const filled = filledColumns(ctx.grid, r);
  if (filled.length !== 2 || !filled.includes(content)) return false;
  const other = cellAt(ctx.grid, r, filled[0] === content ? filled[1] : filled[0]);
  // A rate in the column a rate's line is read from is read as figures (rateLine), never skipped as a count.
  if (rate && rateLine(ctx, r)) return false;
  if (rate)
    return (
      (typeof other === "number" && other >= 0 && other <= 100) ||
      (typeof other === "string" && /^\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*$/.test(other))
    );
  return typeof other === "number" || (typeof other === "string" && /^\s*(?:\d{1,3}(?:[.,]\d{3})*|-|–)\s*$/.test(other));
}

// A handover record's sections of things, not work: "C. TÀI SẢN, TRANG THIẾT BỊ"; "B. HỒ SƠ, TÀI LIỆU" only in a
// record the title calls a handover ("BIÊN BẢN BÀN GIAO"), elsewhere a section of dossiers may hold tasks.
const INVENTORY_SECTION = /^(?:(?:[a-h]|[ivx]{1,4}) )?(?:tai san|trang thiet bi|thiet bi|may moc|vat tu|con dau|chia khoa)\b/;
const RECORDS_SECTION = /^(?:(?:[a-h]|[ivx]{1,4}) )?(?:ho so|tai lieu|so sach)\b/;

const REMARKS_SECTION =
  /^(?:(?:[ivx]{1,4}|\d{1,2}|[a-h])\s+)?(?:kien nghi|de xuat kien nghi|ton tai|ton tai,? han che|han che|kho khan|kho khan,? vuong mac|vuong mac)(?:,?\s+(?:de xuat|kien nghi|han che|vuong mac|nguyen nhan))?$/;

function inventoryOf(ctx: ExtractContext, label: string): boolean {
  const k = looseKey(label);
  return INVENTORY_SECTION.test(k) || (RECORDS_SECTION.test(k) && /\bban giao\b/.test(looseKey(ctx.contextText ?? "")));
}

// "Tỷ lệ …" naming a measure (never "Nâng tỷ lệ …", work to do), with a rate beside it.
const RATE_NAME = /^(?:ty le|ti le)\b/;

/** A row of a task table that names a rate and gives one in its result (or status, progress) cell: "21/23 = 91,3%", "95,3%". */
function rateLine(ctx: ExtractContext, r: number): boolean {
  const c = ctx.layout.columns;
  // Asked of every row: only a short text opening with "T" ("Tỷ lệ", "Tỉ lệ") is looked at more.
  const raw = cellAt(ctx.grid, r, c.content ?? 0);
  if (typeof raw !== "string" || raw.length > 120 || !/^\s*[Tt]/.test(raw)) return false;
  if (!RATE_NAME.test(ctx.facts.of(raw).key)) return false;
  const v = cellAt(ctx.grid, r, valueColumnAt(ctx, r) ?? 0);
  if (typeof v === "number") return v >= 0 && v <= 100;
  if (typeof v !== "string" || v.trim() === "") return false;
  const f = ctx.facts.of(v);
  return f.fraction !== null || (f.percent && f.number !== null && f.number <= 100);
}

/**
 * "Triển khai phần mềm … | Đang thực hiện (đạt khoảng 85%)" under "I. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH": work whose state
 * is written, its share done in brackets; a task, not the criterion's figure.
 */
function taskUnderFigures(ctx: ExtractContext, r: number): boolean {
  const c = ctx.layout.columns;
  const content = cellAt(ctx.grid, r, c.content ?? 0);
  if (typeof content === "string" && RATE_NAME.test(ctx.facts.of(content).key)) return false;
  const state = cellAt(ctx.grid, r, c.status ?? 0);
  if (typeof state === "string" && c.status !== undefined && ctx.facts.of(state).statusLead !== null) return true;
  // "Hoàn thành", "Đang thực hiện" in the result column where there is no status one: a task's state too.
  const result = c.status === undefined && c.result !== undefined ? cellAt(ctx.grid, r, c.result) : null;
  if (typeof result === "string" && ctx.facts.of(result).statusLead !== null && typeof content === "string" && ctx.facts.of(content).long)
    return true;
  // "Tiến độ: Hoàn thành 30/9/2021" (a report's line read into its progress column): a task's state all the same.
  const pace = c.status === undefined && c.progress !== undefined ? cellAt(ctx.grid, r, c.progress) : null;
  if (typeof pace === "string" && ctx.facts.of(pace).statusLead !== null && typeof content === "string" && ctx.facts.of(content).long)
    return true;
  // "Giải ngân vốn đầu tư công (CT UBND) | Đến 30/11/2021 giải ngân …, đạt 80%": who leads it in brackets, the same.
  const named = typeof content === "string" ? /\(([^()]{2,30})\)\s*$/u.exec(content) : null;
  if (named !== null && findOfficials(named[1], "xã").length === 1) return true;
  // "Giải ngân vốn đầu tư công | Chủ tịch UBND xã | … | Đến 15/12 đạt 81,2%": work someone leads, its figure its result.
  const led = c.lead !== undefined && cellKind(cellAt(ctx.grid, r, c.lead)) === "text";
  return led && typeof content === "string" && ctx.facts.of(content).long;
}

/** The row's task text struck through as a whole (its cell's font), not a word or two of it. */
// "chữ gạch ngang = đã xong", "gạch ngang: hoàn thành", "dòng gạch ngang là việc đã làm xong": a strikethrough's meaning.
const STRUCK_SAID = /(?:chữ |dòng |nội dung )?gạch (?:ngang|bỏ)\s*(?:=|:|là|[-–])\s*([^;,.()\n]{2,40})/iu;
const STRUCK_AFTER = /((?:đã\s+)?(?:xong|hoàn thành|làm xong))\s+(?:thì\s+)?(?:được\s+)?gạch (?:ngang|bỏ)/iu;
const struckStates = new WeakMap<Grid, { state: TaskStatus; said: string } | null>();

/** What a struck task is on this sheet, where its legend says it means a state ("đã xong"); null where none says so. */
function struckState(ctx: ExtractContext): { state: TaskStatus; said: string } | null {
  const known = struckStates.get(ctx.grid);
  if (known !== undefined) return known;
  let found: { state: TaskStatus; said: string } | null = null;
  for (const row of ctx.grid.rows) {
    for (const v of row) {
      if (typeof v !== "string" || v.length > 400 || !/gạch/iu.test(v)) continue;
      const m = STRUCK_SAID.exec(v);
      // ("việc nào xong thì gạch ngang cả dòng": the state said before the strikethrough.)
      const before = m === null ? STRUCK_AFTER.exec(v) : null;
      const words = m ? m[1].trim() : before ? before[1].trim() : "";
      // ("gạch ngang = nhiệm vụ đã hủy, không thực hiện": dropped work, read as dropped.)
      const state = words === "" || /hủy|huỷ|bỏ|không thực hiện|dừng/iu.test(words) ? null : ctx.facts.of(words).statusLead;
      if (state !== null) found = { state, said: cleanText(m?.[0] ?? before?.[0] ?? "") };
      if (found !== null) break;
    }
    if (found !== null) break;
  }
  struckStates.set(ctx.grid, found);
  return found;
}

/** Struck tasks with no state written, their state as the sheet's legend says a strikethrough means; said in Kiểm tra. */
function statusFromStrike(ctx: ExtractContext, out: TableRead, rows: readonly number[]): void {
  const legend = struckState(ctx);
  if (legend === null) return;
  const read: number[] = [];
  for (const t of out.tasks) {
    if (!rows.includes(t.source.row) || t.status !== null || t.statusText !== null) continue;
    t.status = legend.state;
    if (t.progress === null && legend.state !== "Đang thực hiện") t.progress = legend.state === "Hoàn thành" ? 100 : 0;
    t.note = [t.note, `Trạng thái theo chữ gạch ngang (quy ước: ${legend.said})`].filter((x) => x !== "").join("; ");
    read.push(t.source.row);
  }
  if (read.length > 0)
    out.problems.push(
      problem("LEGEND_READ", { file: ctx.grid.file, sheet: ctx.grid.sheet, row: read[0] }, legend.said, {
        vi: `các dòng chữ gạch ngang (dòng ${rowList(read)}) không ghi trạng thái: đọc là "${legend.state}" theo quy ước của sheet ("${legend.said}").`,
        en: `the struck-through rows (rows ${rowList(read)}) state no status: read as "${legend.state}" as the sheet's legend says ("${legend.said}").`,
      }),
    );
}

function struckOut(ctx: ExtractContext, r: number): boolean {
  const c = ctx.layout.columns.content;
  return c !== undefined && ctx.grid.strikeout?.[`${r}:${c}`] === true;
}

// A section of a task table that holds figures: "II. KẾT QUẢ CÁC CHỈ SỐ", "Số liệu các chỉ tiêu", "III. MỘT SỐ CHỈ SỐ",
// "B. SỐ LIỆU HỒ SƠ TTHC QUÝ IV/2021".
// ("Chỉ số 2.1 - Hài lòng về tiếp cận dịch vụ" over "- Mua bổ sung 10 ghế chờ … | 100%": a criterion's heading over its
// tasks, never a part of figures.)
const FIGURES_SECTION =
  /\b(?:ket qua|so lieu)(?: (?:cac|thuc hien|dat duoc))* (?:chi so|chi tieu)\b|^(?:mot so |cac )?chi so\b(?! [12] \d{1,2}\b)|^so lieu (?:ho so|cac|chi|giai ngan|ty le|hai long|khao sat|van ban)\b/;

const RATE_HEADING = /^(?:ty le|ti le)\b/;

/** The column a rate row of a task table writes its figure in: the first it fills of result, status, progress and a "Tỷ lệ" column. */
function valueColumnAt(ctx: ExtractContext, r: number): number | undefined {
  const c = ctx.layout.columns;
  // "Tỷ lệ (%)" an official added beside the template's columns: where the rate rows write their rate.
  const rated = Object.keys(ctx.layout.headings)
    .map(Number)
    .filter((x) => RATE_HEADING.test(headingKey(ctx.layout.headings[x] ?? "")));
  const filled = [c.result, c.status, c.progress, ...rated].find((x) => x !== undefined && cellKind(cellAt(ctx.grid, r, x)) !== "empty");
  return filled ?? c.result ?? c.status ?? c.progress;
}

/** A task table's columns read as an indicator's on row r: its text the indicator, its deadline the date, its result the figures. */
function figuresContext(ctx: ExtractContext, r: number): ExtractContext {
  const c = ctx.layout.columns;
  const value = valueColumnAt(ctx, r);
  const columns: Partial<Record<Field, number>> = {};
  if (c.stt !== undefined) columns.stt = c.stt;
  if (c.code !== undefined) columns.code = c.code;
  if (c.content !== undefined) columns.indicator = c.content;
  // A deadline left blank on a rate's row: the period the title or section gives, not none.
  if (c.due !== undefined && cellKind(cellAt(ctx.grid, r, c.due)) !== "empty") columns.date = c.due;
  if (value !== undefined) columns.value = value;
  if (c.evidence !== undefined) columns.evidence = c.evidence;
  if (c.note !== undefined) columns.note = c.note;
  return { ...ctx, layout: { ...ctx.layout, kind: "readings", columns } };
}

// "Theo văn bản", "Căn cứ", "Văn bản giao": the document a row's work comes from.
const BASIS_HEADING = /^(?:theo van ban|van ban giao(?: viec)?|van ban chi dao|can cu|nguon giao viec|giao theo)\b/;

function basisColumn(layout: TableLayout): number | undefined {
  const found = Object.entries(layout.headings).find(([, h]) => BASIS_HEADING.test(headingKey(h)));
  return found ? Number(found[0]) : undefined;
}

function withoutColumns(layout: TableLayout, drop: (field: Field, col: number) => boolean): TableLayout {
  const columns = Object.fromEntries((Object.entries(layout.columns) as Array<[Field, number]>).filter(([f, c]) => !drop(f, c)));
  return { ...layout, columns };
}

/**
 * "Mục II.1.4, điểm b", "KH 49, mục 1.7", "Điểm b khoản 2.5 Mục II": the plan's item a row's work
 * comes from is its criterion, where the row gives none. Sections I and III hold no criteria.
 */
function codesFromBasis(ctx: ExtractContext, basis: number, tasks: readonly RawTask[]): void {
  for (const t of tasks) {
    if (t.code !== null) continue;
    const said = cleanText(cellText(cellAt(ctx.grid, t.source.row, basis)));
    if (!/\b(?:mục|điểm|khoản|tiêu chí|II\.)/iu.test(said)) continue;
    const m = /(?:^|[^\d.IVX])(?:II\.)?([12])\.(\d{1,2})(?![\d/])/u.exec(said);
    if (!m) continue;
    t.code = `${m[1]}.${m[2]}`;
    t.note = [t.note, `Mã tiêu chí ${t.code} theo căn cứ "${said}"`].filter((x) => x !== "").join("; ");
  }
}

/** The plans' numbers a document cell names: "KH 49/KH-UBND", "Kế hoạch số 49" -> 49. */
function planNumbers(text: string): string[] {
  return [...text.matchAll(/\b(?:kh|ke hoach)\s*(?:so\s*)?(\d{1,4})\b/g)].map((m) => m[1]);
}

/**
 * A list of all an official's work, each row with the document it comes from: rows with a
 * criterion name the plan ("KH 49/KH-UBND"); a row with none, from another document ("KH 27 phòng,
 * chống dịch", "CV 312/TCKH"), is other work, named in Kiểm tra and not read as a plan task.
 */
function outsidePlan(ctx: ExtractContext, basis: number, out: TableRead): void {
  const doc = (t: RawTask) => looseKey(cellText(cellAt(ctx.grid, t.source.row, basis)));
  // The plan the rows with a criterion come from: one number most of them name (letters and orders
  // beside a few, as an official's list of CCHC work has, say nothing).
  const coded = out.tasks.filter((t) => t.code !== null && doc(t) !== "");
  const counts = new Map<string, number>();
  for (const t of coded) for (const n of new Set(planNumbers(doc(t)))) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [plan, times] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (coded.length < 3 || times < (coded.length * 2) / 3) return;
  const ours = new Set([plan]);
  out.tasks = out.tasks.filter((t) => {
    const names = doc(t);
    if (t.code !== null || names === "" || planNumbers(names).some((n) => ours.has(n))) return true;
    const written = cleanText(cellText(cellAt(ctx.grid, t.source.row, basis)));
    out.problems.push(
      problem("ROW_SKIPPED", { file: ctx.grid.file, sheet: ctx.grid.sheet, row: t.source.row }, written, {
        vi: `việc theo văn bản "${written}", không ghi tiêu chí CCHC như các việc theo kế hoạch ${[...ours].map((n) => `số ${n}`).join(", ")}: không đọc thành nhiệm vụ của kế hoạch.`,
        en: `work under "${written}" with no CCHC criterion, unlike the rows under plan ${[...ours].join(", ")}: not read as a plan task.`,
      }),
    );
    return false;
  });
}

/** "- Chủ trì: …", "- Phối hợp: …", "d. Thời gian …: Trong năm 2021" given to the tasks above them that say none. */
function planLineInto(tasks: readonly RawTask[], line: PlanLine, r: number): void {
  for (const t of tasks) {
    if (line.kind === "lead" && t.lead === "") {
      t.lead = line.text;
      t.note = [t.note, `Chủ trì theo dòng ${r} (phân công trách nhiệm)`].filter((x) => x !== "").join("; ");
    } else if (line.kind === "partners") t.partners = [t.partners, line.text].filter((x) => x !== "").join("; ");
    else if (line.kind === "time" && t.due === null && t.dueText === null) {
      const d = parseDeadline(line.text);
      if (d.kind === "due") t.due = d.due;
      else t.dueText = line.text;
      t.note = [t.note, `Hạn theo dòng ${r} (thời gian thực hiện: ${line.text})`].filter((x) => x !== "").join("; ");
    }
  }
}

const NOTE_STANDING =
  /(?:số liệu|so lieu|tính|tinh|cập nhật|cap nhat|khảo sát|khao sat)\s+(?:đến|den|tới|toi)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])/iu;

/** The day a reading's note says its figures stand at ("số liệu đến 26/11"), where it falls inside the row's period; else null. */
function standingInNote(note: string, periodText: string, year: number | null): IsoDate | null {
  const m = NOTE_STANDING.exec(note);
  const p = m ? parsePeriod(periodText) : null;
  const y = p?.year ?? year;
  if (m === null || p === null || p.kind === "day" || y === null) return null;
  const day = isoDate(m[3] ? Number(m[3]) : y, Number(m[2]), Number(m[1]));
  return day !== null && day >= periodStart(p, y) && day <= periodEnd(p, y) ? day : null;
}

/**
 * "a. Mục tiêu, yêu cầu: …" with the figures beside it ("Đến 30/9/2021 đạt 24,6% (62/252 hồ sơ)",
 * "9 tháng năm 2021: 97,6% (451/462 …)"): the criterion's reading at that day.
 */
function objectiveFigures(ctx: ExtractContext, r: number, code: string | null): Reading | null {
  const content = ctx.layout.columns.content;
  const said = filledColumns(ctx.grid, r)
    .filter((c) => c !== content)
    .map((c) => cleanText(cellText(cellAt(ctx.grid, r, c))))
    .find((t) => /\d\s*%/.test(t));
  if (code === null || said === undefined) return null;
  const pct = /(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(said);
  const ratio = /(?<![\d/.])(\d{1,6})\s*\/\s*(\d{1,6})(?![\d/.])/.exec(said);
  let date = findDate(said);
  let period = date ? formatViDate(date) : "";
  if (date === null) {
    const p = parsePeriod(said.split(":")[0]);
    const y = p?.year ?? ctx.year;
    if (p && y !== null) {
      date = periodEnd(p, y);
      period = said.split(":")[0].trim();
    }
  }
  const num = ratio ? Number(ratio[1]) : null;
  const den = ratio ? Number(ratio[2]) : null;
  return {
    code,
    period,
    date,
    numerator: num,
    denominator: den,
    value: num !== null && den !== null && den > 0 ? (num / den) * 100 : pct ? Number(pct[1].replace(",", ".")) : null,
    evidence: "",
    note: [cleanText(cellText(cellAt(ctx.grid, r, content ?? 1))), said].join("; "),
    source: source(ctx, r, content === undefined ? {} : { indicator: content }),
  };
}

// The period a count line's label ends with: "Q4", "quý III/2021", "tháng 11", "9 tháng".
const LINE_PERIOD =
  /(?:quý|quy|q)\s*(?:iv|iii|ii|i|[1-4])(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?|(?:tháng|thang)\s*\d{1,2}(?:\s*[/-]\s*\d{4})?|\d{1,2}\s+tháng(?:\s+(?:đầu\s+)?năm\s+\d{4})?/giu;
// "nhận 27", "tổng số 312 văn bản", "phát ra 120": the whole; "trả đúng hạn 26", "gửi điện tử 298": the part.
const LINE_WHOLE = /(?<!\p{L})(?:tiếp nhận|nhận|tổng số|tổng|phát ra|thu về)\s*:?\s*(\d[\d.]*)/iu;
const LINE_PART = /(?<!\p{L})(?:đúng hạn|đúng hẹn|trực tuyến|điện tử|hài lòng|đạt chuẩn)\s*:?\s*(\d[\d.]*)/iu;

/**
 * "Hồ sơ đất đai Q4: nhận 27, trả đúng hạn 26, trễ 1", "Văn bản đi quý III/2021: tổng số 312, gửi điện tử 298, đạt
 * 95,5%", "Số hồ sơ … trực tuyến 9 tháng: 12/40 hồ sơ = 30%" in a task list's text column, the row holding nothing
 * else but its number and criterion: a period's counts (the label names the period), read as figures.
 */
function countsLine(ctx: ExtractContext, r: number, code: string | null): Reading | null {
  const c = ctx.layout.columns;
  if (c.content === undefined) return null;
  const v = cellAt(ctx.grid, r, c.content);
  if (typeof v !== "string" || v.length > 200 || !v.includes(":")) return null;
  if (filledColumns(ctx.grid, r).some((x) => x !== c.content && x !== c.stt && x !== c.code)) return null;
  const text = cleanText(v);
  const colon = text.indexOf(":");
  const [label, said] = [text.slice(0, colon), text.slice(colon + 1)];
  const phrase = [...label.matchAll(LINE_PERIOD)].at(-1)?.[0];
  const period = phrase === undefined ? null : parsePeriod(phrase);
  const year = period?.year ?? ctx.year;
  if (period === null || year === null) return null;
  const ratio = /(?<![\d/.])(\d{1,6})\s*\/\s*(\d{1,6})(?![\d/.])/.exec(said);
  const whole = LINE_WHOLE.exec(said);
  const part = LINE_PART.exec(said);
  const num = ratio ? Number(ratio[1]) : part ? Number(part[1].replace(/\./g, "")) : null;
  const den = ratio ? Number(ratio[2]) : whole ? Number(whole[1].replace(/\./g, "")) : null;
  if (num === null || den === null || den <= 0 || num > den) return null;
  return {
    code,
    period: periodName(period, year),
    date: periodEnd(period, year),
    numerator: num,
    denominator: den,
    value: (num / den) * 100,
    evidence: "",
    note: text,
    source: source(ctx, r, { indicator: c.content }),
    // No criterion written: what the part counts ("trả đúng hạn") names the rate, for the plan to suggest one.
    ...(code === null
      ? { hint: text, ...(part && !ratio ? { hintHeading: `Tỷ lệ hồ sơ ${part[0].replace(/[\d.:\s]+$/, "")}` } : {}) }
      : {}),
  };
}

// What heads a legend: "Cách ghi …:", "Ký hiệu:", "Chú thích:", "Hướng dẫn ghi:".
const LEGEND_HEADING = /^(?:cach ghi|ky hieu|chu thich|chu giai|huong dan(?: ghi)?|quy uoc)\b/;

/** Columns left of the table, apart from its other columns by an empty one, headed as a legend. */
function sideLegend(ctx: ExtractContext): number[] {
  const legendLike = (c: number) => LEGEND_HEADING.test(headingKey(ctx.layout.headings[c] ?? ""));
  const rest = Object.values(ctx.layout.columns).filter((c) => !legendLike(c));
  if (rest.length === 0) return [];
  const first = Math.min(...rest);
  const empty = (c: number) => {
    for (let r = ctx.layout.headerTop; r <= ctx.lastRow; r++) if (!isBlank(cellAt(ctx.grid, r, c))) return false;
    return true;
  };
  const out: number[] = [];
  for (let c = 1; c < first - 1; c++) {
    if (!legendLike(c)) continue;
    // Apart from the table: every column between it and the table's first is empty.
    let apart = true;
    for (let g = c + 1; g < first && apart; g++) apart = empty(g);
    if (apart) out.push(c);
  }
  return out;
}

// "ĐỊA BÀN XÃ PHƯỚC LÂM (CŨ)", "Điểm phục vụ số 2", "Địa bàn thôn Gò Mít": an area of the commune, not a criterion.
// ("Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)" is a criterion's name, no area.)
const PLACE_SECTION = /\b(?:(?<!tren )dia ban|diem phuc vu|diem tiep nhan|(?:xa|phuong|thi tran) [a-z ]{2,30} cu)\b/;

// "BẢN NÀ LẦU", "Thôn 3", "ẤP BÌNH AN", "Tổ dân phố 5": a hamlet's rows, the same work in each another task.
// Matched with its marks: "Ban chỉ đạo" (a board) is no "Bản" (a hamlet).
const HAMLET_SECTION =
  /^(?:(?:[IVX]{1,4}|\d{1,2}|[A-Đ])[.)]\s*)?(?:bản|thôn|ấp|xóm|buôn|bon|plei|khóm|làng|tổ dân phố|khu phố)\s+[\p{L}\d]/iu;

// "NHIỆM VỤ PHÁT SINH (ngoài kế hoạch)", "Việc ngoài kế hoạch", "Nhiệm vụ đột xuất": work the plan does not list.
// ("Công tác khác", "Nhiệm vụ khác" closing a list by criterion: the rest of the official's work, no criterion's.)
const OUTSIDE_PLAN =
  /\b(?:ngoai ke hoach|phat sinh ngoai|nhiem vu phat sinh|viec phat sinh|nhiem vu dot xuat|viec dot xuat)\b|^(?:[ivx]+ |[a-h] |\d{1,2} )?(?:cac )?(?:cong tac|nhiem vu|cong viec|viec|noi dung) khac$/;

// Words that say a piece of work is still going after what was done: "chưa xong", "đang tổng hợp", "dự kiến …", "hẹn …",
// "đã hòa giải lần 1" (a first round of several).
const DAY_MONTH = /^\s*\d{1,2}\s*[/.]\s*\d{1,2}\s*$/;

// A task no longer to be done: cancelled, dropped, stopped, merged into another, split into others ("Tạm dừng …", paused
// for a while, is still work to do, under way). Matched on
// the words as written, marks and all: without them "dừng" (stopped) is "đúng" (on time) and "Dũng" (a name).
const CANCELLED =
  /^(?:đã\s+|bị\s+|da\s+|bi\s+)?(?:hủy|huỷ|huy|bãi\s+bỏ|bai\s+bo)(?:\s+(?:bỏ|bo))?(?=\s*(?:$|[-–,;.(:]|do\s|vì\s|vi\s|theo\s))|^(?:dừng|ngừng)(?=\s*(?:$|[-–,;.(:]|do\s|vì\s|theo\s|lại\b))|(?<!\p{L})không\s+(?:thực hiện|triển khai|tổ chức|làm)\s+nữa(?!\p{L})|(?<!\p{L})(?<!tạm\s)(?:dừng|ngừng|thôi)\s+(?:thực hiện|triển khai|tổ chức|thi công)(?!\p{L})|(?<!\p{L})(?<!tạm\s)(?:dừng|ngừng)\s+do\s+(?:dịch|covid)|(?<!\p{L})(?:đã\s+|được\s+)?gộp\s+(?:vào|chung với)(?!\p{L})|^tách\s+thành(?!\p{L})/iu;

/** The words saying a task was cancelled, stopped or merged away, as written, or null. */
function cancelledBy(text: string): string | null {
  if (text.length > 200) return null;
  const t = cleanText(text);
  return CANCELLED.test(t) ? t : null;
}

const FRACTION = /(?<![\d/.,])(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/.,])/;
const COUNTED = /^(?:(?:đã|mới|vừa|đang)\s+)?\p{L}+(?:\s+\p{L}+){0,2}\s+(\d{1,3})\s*\/\s*(\d{1,3})(?![\d/.,])/iu;

/**
 * "đã gửi 2/3" where the task names three things ("03 hồ sơ trễ hạn"): the share of them done, as a
 * percentage; null when the second number is none the task's text writes (then it may be a day).
 */
function partsOfContent(text: string, content: string): number | null {
  // Asked of a row's texts: only one holding "/" can count anything.
  if (text.indexOf("/") < 0) return null;
  // Right after the verb that did them ("đã gửi 2/3", "gửi được 3/3"), never a figure of a result ("19/23 đạt chuẩn").
  const m = COUNTED.exec(cleanText(text));
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (b < 2 || a > b) return null;
  const named = [...content.matchAll(/(?<![\d/.,])0*(\d{1,3})(?![\d/.,%])/g)].some((x) => Number(x[1]) === b);
  return named ? Math.round((a / b) * 10000) / 100 : null;
}

// ("sớm hơn dự kiến", "như dự kiến": the plan compared with, nothing still to come.)
const UNFINISHED =
  /\b(?:chua (?:xong|hoan thanh|hoan tat|ban hanh|gui)|cho (?:phan hoi|tra loi|y kien|phe duyet|duyet|tham dinh|ky duyet|ket qua)|dang (?:tong hop|thuc hien|lam|trien khai|xu ly|hoan thien|cho|tiep tuc|xin y kien|lay y kien|trinh|chinh sua|chay thu|hoan chinh)|xong du thao|tiep tuc (?:thuc hien|trien khai|lam)|(?<!(?:hon|voi|nhu|theo) )du kien|hen (?:ngay )?\d|(?:lan|dot|buoc|giai doan) (?:1|mot|dau tien|thu nhat)$|xin (?:gia han|lui han|lui)|de nghi (?:gia han|lui han|chuyen sang)|chua (?:lam|thuc hien|trien khai)\b|\d+ (?:[a-z]+ ){1,3}chua (?:co|duoc|lam|hoc|tham gia|dat)\b|con (?:lai )?\d|(?:dot|lan|phan|giai doan) (?:\d+|hai|ba|con lai) chua\b|trinh ky(?!.*\b(?:da ky|ky ngay|ky ban hanh|ban hanh|ct ky|chu tich ky)\b))/;

/** The one status ticked among a cell's printed choices; null where the text is none or ticks none or several. */
function tickedChoice(text: string): TaskStatus | null {
  if (!UNTICKED.test(text)) return null;
  const ticked = (statusChoices(text) ?? []).filter((o) => o.ticked);
  return ticked.length === 1 ? ticked[0].status : null;
}

const NOT_FINISHED = /\bchua (?:xong|hoan thanh|ht)\b/;
const GOES_ON = /\b(?:tiep tuc (?:thuc hien|trien khai|lam)|con(?: lai)? \d)\b/;

// "…, chờ mua sắm", "chờ huyện thẩm định": waiting on someone else; the work is not over ("chờ" keeps its marks: keyed it is "cho").
const WAITING = /(?<!(?:do|vì|bởi|vi|boi)\s+)(?<!\p{L})chờ\s+\p{L}/iu;

/** Words saying the work is not over ("chưa xong", "đang tổng hợp", "chờ mua sắm"), by the text's key and its own words. */
function saysUnfinished(key: string, text: string): boolean {
  // ("Hoàn thành ngày 19/11/2021 (chậm 4 ngày do chờ Quyết định …)": a wait that delayed the work, said in brackets or
  // after "do", is no wait still going on.)
  return UNFINISHED.test(key) || WAITING.test(text.replace(/\([^()]*\)/g, " "));
}

// "đã trình 20/10", "đã nộp hồ sơ", "đã gửi dự thảo": handed up for someone else's decision.
const SUBMITTED = /^da (?:trinh|nop (?:ho so|hs|to trinh)|gui (?:to trinh|du thao|ban du thao))\b/;

// Words of a table of figures' headings ("Tiếp nhận", "Trực tuyến", "Đúng hạn", "Tỷ lệ"), or of a list of things bought
// ("ĐVT | Số lượng | Đơn giá | Thành tiền").
const FIGURE_HEADING =
  /\b(?:tong|tong so|so luong|so|ty le|ti le|tiep nhan|giai quyet|dung han|truoc han|tre han|qua han|truc tuyen|truc tiep|luy ke|ke hoach|thuc hien|ky truoc|ton|phieu|hai long|dvt|don vi tinh|don gia|thanh tien|so tien|kinh phi)\b/;

/**
 * A header of another table inside a task table: a row of four short labels or more, no figure or
 * date among them, right under a blank row or a title line, with a row of figures under it. Its
 * block runs to the next blank row.
 */
function otherTableAt(ctx: ExtractContext, r: number): { last: number; headings: string[] } | null {
  const { grid } = ctx;
  // Asked of every row of a task table: the row above, blank or a title, first (a task's row has a task above it).
  let above = 0;
  for (const v of grid.rows[r - 2] ?? []) if (!isBlank(v ?? null) && ++above > 1) return null;
  const cells = filledColumns(grid, r).map((c) => cellAt(grid, r, c));
  if (cells.length < 4 || !cells.every((v) => typeof v === "string" && v.trim().length <= 40)) return null;
  if (cells.some((v) => ctx.facts.of(v as string).number !== null || ctx.facts.of(v as string).date !== null)) return null;
  // Most of them the words of a table of figures' headings, not a task's cells.
  if (cells.filter((v) => FIGURE_HEADING.test(headingKey(v as string))).length < 3) return null;
  const below = filledColumns(grid, r + 1).map((c) => cellAt(grid, r + 1, c));
  if (below.filter((v) => typeof v === "number").length < 2) return null;
  let last = r + 1;
  while (last < ctx.lastRow && filledColumns(grid, last + 1).length > 0) last++;
  return { last, headings: cells.map((v) => cleanText(v as string)) };
}

/** "CẬP NHẬT NGÀY 10/12/2021", "Cập nhật đến ngày 12/11/2021": the day a block of rows stands at. */
function updatedOn(text: string): IsoDate | null {
  const m = /^\W*(?:bản\s+)?cập nhật\s+(?:đến\s+)?(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\W*$/iu.exec(cleanText(text));
  return m ? findDate(m[1]) : null;
}

const COUNTED_FROM =
  /(?:trong(?:\s+vòng)?|chậm nhất|tối đa|không quá)\s+(\d{1,3})\s+ngày(\s+làm\s+việc)?\s+(?:kể\s+từ|sau\s+khi|sau|từ)\s+(.+)$/iu;
const ISSUED_EVENT = /^ngày\s+(?:ban hành|ký)\s+(?:thông báo|tb|kết luận|văn bản|quyết định)/iu;
const GIVEN_EVENT = /^ngày\s+(?:giao|họp|ký|ban hành|nhận|thông báo|kết luận|có thông báo|có kết luận)(?!\p{L})/iu;
const AFTER_EVENT = /^(?:ngay\s+)?sau\s+khi\b|^khi\s+(?:có|được|nhận)\b|^cùng\s+(?:đợt|lúc)\b/iu;

/**
 * A deadline counted from an event: its day when the cell gives the event's day ("nhận ngày
 * 08/11/2021") or names a period's end ("kết thúc quý IV/2021"); none when it does not, or when it
 * is only "after" the event (the event's day is not the deadline).
 */
/** A day the row gives its deadline a start from, and where it was read ("cột …" or "dòng …"). */
interface DayGiven {
  date: IsoDate;
  where: string;
}

function relativeDue(
  written: string,
  year: number | null,
  given: (DayGiven & { notice: () => DayGiven | null }) | null,
): { date: IsoDate | null; said: string | null } | null {
  const t = cleanText(written);
  const m = COUNTED_FROM.exec(t);
  if (m) {
    const n = Number(m[1]);
    const working = m[2] !== undefined;
    const end = /kết\s+thúc\s+(.+?)(?:[,;()]|$)/iu.exec(m[3]);
    const p = end ? parsePeriod(end[1]) : null;
    const py = p ? (p.year ?? year) : null;
    // "kể từ ngày giao", "kể từ ngày họp": the day the row's "Ngày giao" (or "Ngày họp") says; "kể từ ngày ban hành
    // Thông báo" beside "201/TB-UBND 06/9/2021": the notice's own day, where the row gives it.
    const fromGiven = given === null || !GIVEN_EVENT.test(m[3]) ? null : ISSUED_EVENT.test(m[3]) ? (given.notice() ?? given) : given;
    const dated = findDate(m[3]) ?? (p && py !== null ? periodEnd(p, py) : null);
    const base = dated ?? fromGiven?.date ?? null;
    if (base === null) return { date: null, said: null };
    const date = working ? addWorkingDays(base, n) : addDays(base, n);
    const counted = `${n} ngày${working ? " làm việc" : ""}: ${formatViDate(date)}`;
    return dated === null && fromGiven !== null
      ? { date, said: `Hạn "${t}": tính từ ${formatViDate(base)} (${fromGiven.where}) cộng ${counted}` }
      : { date, said: `Hạn tính từ ${formatViDate(base)} cộng ${counted}` };
  }
  return AFTER_EVENT.test(t) ? { date: null, said: null } : null;
}

/**
 * Groups of columns under numbered parents ("Nhiệm vụ 1 | Nhiệm vụ 2 | …"), each over the same
 * headings ("Nội dung | Hạn | Kết quả"): the group the layout read (its content's) and every group's
 * first column. Null unless there are two groups or more.
 */
function repeatedGroups(ctx: ExtractContext): { ref: number; width: number; lefts: number[] } | null {
  const { layout, grid } = ctx;
  const content = layout.columns.content;
  // The parents' row: the header's first, or the row above a one-row header.
  const parentRow = layout.headerBottom > layout.headerTop ? layout.headerTop : layout.headerTop - 1;
  if (content === undefined || parentRow < 1) return null;
  const top = (c: number) => cellText(ctx.merges.label(grid, parentRow, c)).trim();
  const own = (c: number) => cellText(cellAt(grid, parentRow, c)).trim();
  const key = (c: number) => headingKey(cellText(cellAt(grid, layout.headerBottom, c)));
  // The content's group: from its parent's first column to the next parent.
  let ref = content;
  while (ref > 1 && own(ref) === "" && top(ref - 1) === top(content)) ref--;
  if (own(ref) === "") return null;
  let end = content;
  const width = Math.max(...Object.keys(layout.headings).map(Number));
  while (end + 1 <= width && own(end + 1) === "" && key(end + 1) !== "") end++;
  const w = end - ref + 1;
  if (w < 2) return null;
  const shape = Array.from({ length: w }, (_, j) => key(ref + j)).join("|");
  const parent = (c: number) => headingKey(own(c)).replace(/\d+$/, "").trim();
  const lefts: number[] = [];
  for (let c = 1; c + w - 1 <= width; c++) {
    if (own(c) === "" || parent(c) !== parent(ref)) continue;
    if (Array.from({ length: w }, (_, j) => key(c + j)).join("|") === shape) lefts.push(c);
  }
  return lefts.length >= 2 && lefts.includes(ref) ? { ref, width: w, lefts } : null;
}

/** The column of a register's document summary ("Trích yếu") when the row leaves its work blank but has a day or a handler. */
function registerSummary(ctx: ExtractContext, r: number, contentCol: number): number | undefined {
  const { columns, headings } = ctx.layout;
  if (!Object.entries(headings).some(([c, h]) => Number(c) !== contentCol && /^trich yeu\b/.test(headingKey(h)))) return undefined;
  const mapped = new Set(Object.values(columns));
  const col = Object.entries(headings)
    .map(([c, h]) => [Number(c), h] as const)
    .find(([c, h]) => !mapped.has(c) && /^trich yeu\b/.test(headingKey(h)))?.[0];
  if (col === undefined || ownText(ctx, r, col).length < 10) return undefined;
  const handled = [columns.due, columns.lead].some((c) => c !== undefined && cellKind(cellAt(ctx.grid, r, c)) !== "empty");
  return handled ? col : undefined;
}

/** "Thời hạn (ngày)", "Số ngày thực hiện" beside the deadline's own column: the days allowed, no field of its own. */
function daysAllowedColumn(ctx: ExtractContext): number | undefined {
  if (ctx.layout.columns.due === undefined) return undefined;
  const mapped = new Set(Object.values(ctx.layout.columns));
  return Object.entries(ctx.layout.headings)
    .map(([c, h]) => [Number(c), h] as const)
    .find(([c, h]) => !mapped.has(c) && /\(\s*ngày\s*\)|^\s*số ngày\b/iu.test(h) && /hạn|thời gian|số ngày/iu.test(h))?.[0];
}

/** The last date an extension cell gives, and how many it gives (each extension is a date). */
// "Đề xuất gia hạn đến", "Xin gia hạn đến": a deadline asked for, not yet granted.
const PROPOSAL_HEADING = /^(?:de xuat|xin|de nghi|kien nghi) (?:gia han|dieu chinh han|han moi)(?: den| toi)?(?: ngay)?$/;
// "Ý kiến của Chủ tịch UBND xã", "Ý kiến lãnh đạo", "Phê duyệt": who grants it.
const DECISION_HEADING =
  /^(?:y kien|phe duyet|quyet dinh|ket luan)(?: chi dao)?(?: cua)?(?: (?:chu tich|pho chu tich|lanh dao|ct|pct|ubnd)\b.*)?$/;

function proposalColumns(
  headerKeys: ReadonlyMap<number, ReadonlySet<string>>,
  mapped: ReadonlySet<number>,
): { proposal: number; decision: number } | null {
  const find = (re: RegExp) => [...headerKeys].find(([c, keys]) => !mapped.has(c) && [...keys].some((k) => re.test(k)))?.[0];
  const proposal = find(PROPOSAL_HEADING);
  const decision = find(DECISION_HEADING);
  return proposal !== undefined && decision !== undefined ? { proposal, decision } : null;
}

/**
 * An extension asked for and the decision beside it: "Đồng ý" grants the day asked, "Đồng ý gia hạn
 * đến 20/12/2021" the day it says; "Không đồng ý" or no decision yet leaves the deadline. Said either way.
 */
function grantedDue(
  ctx: ExtractContext,
  r: number,
  cols: { proposal: number; decision: number },
): { date: IsoDate | null; said: string } | null {
  const asked = extendedDue(ctx, r, cols.proposal);
  const decision = cleanText(cellText(cellAt(ctx.grid, r, cols.decision)));
  if (asked === null && decision === "") return null;
  const k = ctx.facts.of(decision).key;
  const agreed = /^(?:dong y|nhat tri|chap thuan|duyet|dong y gia han)\b/.test(k);
  const said = [
    asked ? `${ctx.layout.headings[cols.proposal] ?? "Đề xuất gia hạn"}: ${formatViDate(asked.date)}` : "",
    decision !== "" ? `${ctx.layout.headings[cols.decision] ?? "Ý kiến"}: ${decision}` : "chưa có ý kiến về đề xuất gia hạn",
  ]
    .filter((x) => x !== "")
    .join("; ");
  if (!agreed) return { date: null, said };
  const granted = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.exec(decision);
  return { date: (granted ? findDate(granted[0]) : null) ?? asked?.date ?? null, said };
}

function extendedDue(
  ctx: ExtractContext,
  r: number,
  c: number,
  order: DateOrder = "dm",
): { date: IsoDate; times: number; yearless?: true } | null {
  const v = cellAt(ctx.grid, r, c);
  if (isGridDate(v)) return { date: v.date, times: 1 };
  if (typeof v === "number") {
    const d = isPlausibleSerial(v) ? fromExcelSerial(v) : null;
    return d ? { date: d, times: 1 } : null;
  }
  // Month first where the deadline column is ("10/31/2021" typed on a machine set to English).
  const days = (cellText(v).match(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/g) ?? [])
    .map((t) => {
      const parsed = order === "md" ? parseDateText(t.replace(/\s/g, "")) : null;
      return parsed !== null ? dateOf(parsed, "md") : findDate(t);
    })
    .filter((d): d is IsoDate => d !== null);
  if (days.length > 0) return { date: days.reduce((a, b) => (b > a ? b : a)), times: days.length };
  // "30-11-21" (a two-digit year), "ngày 30 tháng 9 năm 2021", "Quý II/2021": one day, as a deadline column reads it.
  const typed = cellText(v);
  if (typed.length <= 40) {
    const whole = parseDateText(typed);
    const day = whole !== null ? dateOf(whole, ctx.layout.english ? "md" : "dm") : null;
    if (day !== null) return { date: day, times: 1 };
    const phrase = /\d{4}/.test(typed) ? parseDeadline(typed) : null;
    if (phrase?.kind === "due" && phrase.recurs === "none") return { date: phrase.due, times: 1 };
  }
  // "10/12", "ngày 10 tháng 12", "cuối tháng 12": in the sheet's year.
  const year = ctx.year;
  if (year === null || typeof v !== "string" || v.length > 40) return null;
  const key = ctx.facts.of(v).key.replace(/^(?:den|toi|gia han (?:den|toi))\s+/, "");
  const words = YEARLESS_WORDS.exec(key);
  // "gia hạn đến 15/9" typed into the column that is itself the extension: the day after the words.
  const bare = v.replace(/^\s*(?:(?:gia hạn|gia han)\s+)?(?:đến|den|tới|toi)\s+(?:(?:ngày|ngay)\s+)?/iu, "");
  // "Quý IV", "tháng 11": the quarter's or the month's last day, in the sheet's year.
  const span = /^(?:quy|thang) [ivx\d]{1,4}$/.test(key) ? parseDeadline(`${cleanText(v)}/${year}`) : null;
  const d =
    dayMonth(bare, year) ??
    (words ? isoDate(year, Number(words[2]), Number(words[1])) : null) ??
    dayInWords(key, year)?.date ??
    (span?.kind === "due" ? span.due : null);
  return d === null ? null : { date: d, times: 1, yearless: true };
}

// A task's own number with letters: "NV05", "CV-03", "VP.12".
const TASK_ID = /^\p{L}{1,4}[\s.-]?\d{1,4}$/u;
// A part's mark in the number column: "a)", "b.", "a", "-", "+".
export const SUB_MARK = /^(?:[a-hđ][).]?|[-+•–])$/u;
// ("Nhóm 2", "Phần 3": a group's number, its parts "a)", "-" under it as under "2".)
const MAIN_NUMBER = /^(?:(?:nhóm|nhom|phần|phan)\s*)?(?:\d{1,3}|[IVX]{1,4})[.)]?$/iu;

/** The state words say ("Đã xong", "đang làm, được 70%"): the whole text's, else its first word's aspect. */
function saidState(ctx: ExtractContext, text: string): TaskStatus | null {
  const f = ctx.facts.of(text);
  return f.status ?? aspectAtStart(f.key);
}

/** "Niêm yết … (mục 2.2)": the plan item a task's words name in brackets. */
function itemInBrackets(text: string): string | null {
  const m = /\(\s*mục\s+([12])\.(\d{1,2})\s*\)/iu.exec(text);
  return m ? `${m[1]}.${Number(m[2])}` : null;
}

/** The row of the numbered task a part ("a)", "-") sits under: the nearest above whose number is a task's, past its other parts. */
function numberedAbove(ctx: ExtractContext, r: number, sttCol: number): number | null {
  for (let row = r - 1; row >= ctx.firstRow; row--) {
    const stt = cellText(cellAt(ctx.grid, row, sttCol)).trim();
    // ("1.4 | Giải ngân …" over "a | …": a criterion numbered by its code heads its parts too.)
    if (MAIN_NUMBER.test(stt) || CODE_NUMBER.test(stt)) return ownText(ctx, row, ctx.layout.columns.content) === "" ? null : row;
    if (!SUB_MARK.test(stt)) return null;
  }
  return null;
}

/** "1.2" under "1 | …": the nearest row above numbered as its parent (its number less the last part), or null. */
function rowNumberedAbove(ctx: ExtractContext, r: number, sttCol: number): number | null {
  const own = /^(\d{1,2}(?:\.\d{1,2})*)\.\d{1,2}\.?$/.exec(cellText(cellAt(ctx.grid, r, sttCol)).trim());
  if (!own) return null;
  for (let row = r - 1; row >= ctx.firstRow; row--)
    if (
      cellText(cellAt(ctx.grid, row, sttCol))
        .trim()
        .replace(/\.$/, "") === own[1]
    )
      return row;
  return null;
}

/** "1.2" under "1 | Rà soát …": the row of the task whose number it is numbered within, where that row is a task's. */
function numberedParentRow(ctx: ExtractContext, r: number, sttCol: number): number | null {
  const row = rowNumberedAbove(ctx, r, sttCol);
  return row === null || ownText(ctx, row, ctx.layout.columns.content) === "" ? null : row;
}

/**
 * "1.1.1" under "1.1" under "1 | Thực hiện giải ngân … (TCTP 1.4)": the criterion the nearest numbered row above
 * that is its parent (its number less the last part) writes or names, that row's parent's where it names none.
 */
function codeOfNumberedParent(ctx: ExtractContext, r: number, sttCol: number, depth = 0): string | null {
  const row = depth > 3 ? null : rowNumberedAbove(ctx, r, sttCol);
  if (row === null) return null;
  const text = ownText(ctx, row, ctx.layout.columns.content);
  return (
    criterion(ctx, row, ctx.layout.columns.code).code ??
    namedCode(text) ??
    itemInBrackets(text) ??
    codeOfNumberedParent(ctx, row, sttCol, depth + 1)
  );
}

// Work that recurs by its own words ("Kiểm tra tiến độ thi công hằng tháng", "định kỳ hằng quý"): never over in the year.
const RECURRING_WORK = /\bhang (?:thang|quy|tuan)\b|\bthuong xuyen\b|\bdinh ky\b/;

// A status column asking whether the work is done: "Xong?", "Đã làm (Y/N)", "Hoàn thành chưa".
const YES_NO_HEADING = /^(?:xong chua|da xong chua|da lam chua|hoan thanh chua|da xong|da lam|xong)(?: y n| c k| co khong)?$|\by n$/;

/** A mark answering such a column: yes is done, no is not started; anything else ("?", "-") is not read. */
function yesNo(raw: string): TaskStatus | null {
  const t = raw.trim().toLowerCase();
  if (/^(?:x|v|y|yes|có|co|c|ok|rồi|roi|✓|✔|√|\+)$/u.test(t)) return "Hoàn thành";
  if (/^(?:n|no|không|khong|k|ko|chưa|chua)$/u.test(t)) return "Chưa thực hiện";
  return null;
}

// "Phải làm", "Kế hoạch", "Giao" | "Đã làm", "Đã thực hiện": how many pieces of the work there are and how many are done.
// (Alone, or under "Số lượng", "Khối lượng": "Chỉ tiêu KH" beside "Kết quả thực hiện" are a criterion's rates, no pieces.)
const PLANNED_PART = /^(?:(?:so luong|khoi luong|so) )?(?:phai lam|can lam|ke hoach|kh|duoc giao|giao|tong so)$/;
const DONE_PART = /^(?:(?:so luong|khoi luong|so) )?(?:da lam|da thuc hien|thuc hien|da xong|da hoan thanh)$/;
// Worked out once per table: asked of every row.
const OWN_COLUMNS = new WeakMap<TableLayout, number[]>();

/**
 * The headed columns no field took ("Điều chỉnh", "Tồn tại"), where an official may write that the deadline moved; never
 * one headed "Đề xuất, kiến nghị": more time proposed there is asked, not granted.
 */
function ownColumns(layout: TableLayout): number[] {
  let cols = OWN_COLUMNS.get(layout);
  if (cols === undefined) {
    const mapped = new Set(Object.values(layout.columns));
    cols = Object.keys(layout.headings)
      .map(Number)
      .filter((c) => !mapped.has(c) && !/\b(?:de xuat|de nghi|kien nghi|xin)\b/.test(headingKey(layout.headings[c] ?? "")));
    OWN_COLUMNS.set(layout, cols);
  }
  return cols;
}

const COUNTED_WORK = new WeakMap<TableLayout, { planned: number; done: number } | null>();

/** Two columns no field took, side by side, counting the work planned and the part done ("Số lượng › Phải làm | Đã làm"). */
function countedWork(layout: TableLayout): { planned: number; done: number } | null {
  const known = COUNTED_WORK.get(layout);
  if (known !== undefined) return known;
  const taken = new Set<number>([...Object.values(layout.columns), ...Object.keys(layout.statusTicks ?? {}).map(Number)]);
  const free = Object.entries(layout.headings)
    .map(([c, h]) => [Number(c), looseKey(h ?? "")] as const)
    .filter(([c]) => !taken.has(c));
  const planned = free.find(([, k]) => PLANNED_PART.test(k));
  const done = planned ? free.find(([c, k]) => DONE_PART.test(k) && c > planned[0] && c - planned[0] <= 2) : undefined;
  const found = planned && done ? { planned: planned[0], done: done[0] } : null;
  COUNTED_WORK.set(layout, found);
  return found;
}

/**
 * The first of a row's texts that reads as something, in order; blank texts skipped. A plain loop: an array of
 * nulls and finds mapped per row deoptimized readTask again and again on the benchmark's workbooks ("wrong map").
 */
function firstRead<T>(texts: readonly string[], read: (text: string) => T | null): T | null {
  for (const t of texts) {
    if (t === "") continue;
    const found = read(t);
    if (found !== null) return found;
  }
  return null;
}

function readTask(
  ctx: ExtractContext,
  r: number,
  sectionCode: string | null,
  group: ItemGroup | null,
  dates: ReadonlyMap<DateField, ColumnDates>,
  progressScale: number,
  mark: Mark,
  problems: Problem[],
  hasTaskAbove: boolean,
  leadAbove: string | null,
  dueAbove: DueAbove | null,
): RawTask | null | "continuation" | "continues-text" {
  const { layout, grid } = ctx;
  // The state per quarter across the columns: the latest written is this row's status column.
  const state = ctx.statusAcross ? latestState(grid, r, ctx.statusAcross, ctx.asOf) : null;
  // "có 01 hồ sơ trễ hẹn, đã xin lỗi" under the latest day, "Đang thực hiện" in the row's own "Tình trạng": a
  // remark on the period is no state; the row's own column says it, the remark kept in Ghi chú.
  const ownStatus = layout.columns.status;
  const remarkOnly = state !== null && ownStatus !== undefined && !isBlank(cellAt(grid, r, ownStatus)) && !stateLikeCell(ctx, r, state.col);
  const latest =
    state === null || ownStatus === undefined || !remarkOnly
      ? state
      : { col: ownStatus, others: [...state.others, ...(ctx.statusAcross ?? []).filter((x) => x.col === state.col)] };
  const columns = latest ? { ...layout.columns, status: latest.col } : layout.columns;
  // "Đang làm", "Chưa" where the day done goes, no state written elsewhere: the work's state, never a bad day.
  const col = stateForDay(ctx, r, columns) ? { ...columns, status: columns.doneDate, doneDate: undefined } : columns;
  // "Tình trạng: Đang thực hiện" beside "xong 12/11" in the latest week: the newer word is taken, the two named.
  if (state !== null && latest === state && ownStatus !== undefined) {
    const own = ctx.facts.of(text(ctx, r, ownStatus));
    const said = ctx.facts.of(text(ctx, r, state.col));
    const ownState = own.status ?? own.statusLead;
    const saidState = said.status ?? said.statusLead ?? (DONE_ON.test(said.key) ? "Hoàn thành" : null);
    if (ownState !== null && saidState !== null && ownState !== saidState) {
      const period = ctx.statusAcross?.find((x) => x.col === state.col)?.label ?? columnName(state.col);
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, ownStatus), own.text, {
          vi: `cột "${layout.headings[ownStatus] ?? "Tình trạng"}" ghi "${own.text}" nhưng ${period} ghi "${said.text}"; lấy theo kỳ gần nhất, hãy kiểm tra.`,
          en: `the status column says "${own.text}" but ${period} says "${said.text}"; the latest period's is taken, check it.`,
        }),
      );
    }
  }
  const contentCol = col.content;
  let content = ownText(ctx, r, contentCol);
  // A step's row: the task it belongs to; a task's row with no step on it is that task.
  let parent: { text: string; row: number } | null = null;
  const parentCol = ctx.parentCol;
  if (parentCol !== undefined) {
    const own = ownText(ctx, r, parentCol);
    if (content === "" && own !== "") content = own;
    else if (content !== "") parent = parentOf(grid, r, parentCol, ctx.firstRow, (row) => ctx.merges.at(row, parentCol)?.top ?? row);
  }
  // A register's row whose work cell is blank ("Việc phải làm" left empty), its document's summary beside it and
  // someone to handle it by a day: the summary is the work, said.
  const summaryCol = content === "" && contentCol !== undefined ? registerSummary(ctx, r, contentCol) : undefined;
  if (summaryCol !== undefined) {
    content = ownText(ctx, r, summaryCol);
    mark(r, summaryCol, "field");
  }
  // "-", "…", "x" alone where the work goes: nothing to do written (a remedy left as a dash beside a met criterion).
  if (/^[-–—.…_x/\\]*$/iu.test(content.trim())) content = "";
  if (content === "") {
    // The task's text merged down over this row: it continues the task above.
    const m = contentCol === undefined ? undefined : ctx.merges.at(r, contentCol);
    return m && m.top < r ? "continuation" : null;
  }
  if (hasTaskAbove && wrapsText(ctx, r)) return "continues-text";
  // "Để biết": a document sent for information (a duty roster, an invitation) gives no work to do.
  if (content.length <= 40 && FOR_INFORMATION.test(ctx.facts.of(content).key) && ctx.facts.of(content).key !== "luu") {
    problems.push(
      problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, content, {
        vi: `văn bản gửi "${content}", không giao việc phải làm; không đọc thành nhiệm vụ.`,
        en: `a document sent "${content}" (for information), no work given; not read as a task.`,
      }),
    );
    return null;
  }
  for (const [f, c] of Object.entries(col) as Array<[Field, number]>)
    if (cellKind(cellAt(grid, r, c)) !== "empty") mark(r, c, f === "stt" ? "stt" : "field");
  for (const c of [...Object.keys(layout.statusTicks ?? {}).map(Number), ...(layout.placesAcross ?? [])])
    if (cellKind(cellAt(grid, r, c)) !== "empty") mark(r, c, "field");

  const notes: string[] = [];
  // A share read where the state goes, under a report's "Tiến độ (%)": how far the work is, unless a column says it.
  let statusShare: number | null = null;
  if (summaryCol !== undefined)
    notes.push(
      `Nội dung lấy theo cột "${layout.headings[summaryCol]}" (cột "${layout.headings[contentCol as number] ?? "Nội dung"}" để trống)`,
    );
  if (latest) {
    for (const x of ctx.statusAcross ?? [])
      for (const c of [x.col, ...(x.siblings ?? [])]) if (cellKind(cellAt(grid, r, c)) !== "empty") mark(r, c, "field");
    for (const x of latest.others) notes.push(`${x.label}: ${shareText(ctx, r, x.col)}`);
    // "Ghi chú" under each report's day: said with its report, the latest's first.
    for (const x of [...(ctx.statusAcross ?? [])].reverse())
      for (const c of x.siblings ?? [])
        if (c !== x.progress && text(ctx, r, c) !== "") notes.push(`${layout.headings[c] ?? x.label}: ${text(ctx, r, c)}`);
    // Later periods left empty: the state is an earlier period's, said under the heading it was written under.
    // (A state word alone; a sentence, a day or a share is said where it is read.)
    const last = ctx.statusAcross?.at(-1);
    const said = text(ctx, r, latest.col);
    if (last && last.col !== latest.col && said.length <= 20 && ctx.facts.of(said).status !== null)
      notes.push(`${layout.headings[latest.col] ?? columnName(latest.col)}: ${said}`);
    // "40-50%" in the latest report: how far is not one figure; named, and no progress is taken from it.
    const range = state === null ? null : /^\s*(\d{1,3})\s*%?\s*[-–]\s*(\d{1,3})\s*%\s*$/.exec(text(ctx, r, state.col));
    if (range !== null && state !== null)
      problems.push(
        problem("BAD_NUMBER", where(ctx, r, state.col), range[0].trim(), {
          vi: `${ctx.statusAcross?.find((x) => x.col === state.col)?.label ?? "kỳ gần nhất"} ghi tiến độ "${range[0].trim()}" (một khoảng, không phải một số); không lấy làm tiến độ, hãy ghi một tỷ lệ.`,
          en: `the latest report gives progress "${range[0].trim()}" (a range, not one figure); not taken as progress, write one share.`,
        }),
      );
    // "100% | 90%", "Xong | Đang TH": a report going back on an earlier one is a slip in one of them; named.
    const fell = stateFell(ctx, r, ctx.statusAcross ?? []);
    if (fell !== null)
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, fell.column), fell.to, {
          vi: `tiến độ giảm từ ${fell.from} xuống ${fell.to}; lấy theo kỳ gần nhất, hãy kiểm tra.`,
          en: `progress goes back from ${fell.from} to ${fell.to}; the latest period's is taken, check it.`,
        }),
      );
  }
  // "NV05", "CV-03" in "Mã NV": the official's own name for the task, kept where they will look for it
  // (a plain count, "1", "a)", is only the row's number).
  const ownId = col.stt === undefined ? "" : cellText(cellAt(grid, r, col.stt)).trim();
  if (TASK_ID.test(ownId)) notes.push(`${layout.headings[col.stt as number] ?? "Số hiệu"}: ${ownId}`);
  const codeCell = criterion(ctx, r, col.code);
  if (codeCell.said) notes.push(codeCell.said);
  // "1.1, 2.2": one criterion is the task's; the others are said, never dropped.
  const codesWritten = col.code === undefined ? [] : [...new Set(text(ctx, r, col.code).match(/\b[12]\.\d{1,2}\b/g) ?? [])];
  if (codeCell.code !== null && codesWritten.length > 1) notes.push(`Tiêu chí ghi ${codesWritten.join(", ")}; lấy ${codeCell.code}`);
  // A criterion the task's own text names ("… (TC 1.4)") before the section's.
  // "a)", "b)", "-" under a numbered task ("1 | 1.1 | Tuyên truyền …"): a part of that task.
  const partAbove = parent === null && col.stt !== undefined && SUB_MARK.test(ownId) ? numberedAbove(ctx, r, col.stt) : null;
  // A step: its task's criterion, written on the task's row or in its words.
  const parentCode =
    parent !== null
      ? (criterion(ctx, parent.row, col.code).code ?? namedCode(parent.text) ?? itemInBrackets(parent.text))
      : partAbove !== null
        ? // ("1 | Tiêu chí 1.2 - Hồ sơ giải quyết đúng hạn | 98,9%" over "- | Gửi thư xin lỗi …": the criterion its words name.)
          (criterion(ctx, partAbove, col.code).code ??
          namedCode(ownText(ctx, partAbove, contentCol)) ??
          CODE_NUMBER.exec(text(ctx, partAbove, col.stt))?.[1] ??
          null)
        : // A numbering that is no criterion's (its column is not the codes'): the criterion its parent row gives.
          col.stt !== undefined && col.stt !== col.code
          ? codeOfNumberedParent(ctx, r, col.stt)
          : null;
  // ("2.1" under "2 | … | Hoàn thành": a part of the task numbered above it too.)
  const partOf =
    parent !== null && parent.row !== r
      ? parent.row
      : (partAbove ?? (col.stt !== undefined ? (rowNumberedAbove(ctx, r, col.stt) ?? undefined) : undefined));
  if (parent !== null && parentCol !== undefined) {
    notes.push(`${layout.headings[parentCol] ?? "Nhiệm vụ"}: ${parent.text}`);
    if (parent.row === r) mark(r, parentCol, "field");
  }
  // "a", "b)", "-" in a code column holding "1.1" on the rows above: an item's mark under its criterion, no code.
  const badCode = codeCell.bad !== null && /^(?:[a-hđ][).]?|[-+•–])$/u.test(codeCell.bad.trim()) ? null : codeCell.bad;
  // "TC 1.6" alone in Ghi chú, the table having no code column: the official's own criterion for the row.
  const written = codeCell.code ?? badCode ?? namedCode(content);
  const noted = written === null && col.code === undefined ? text(ctx, r, col.note) : "";
  const noteCode = noted !== "" && noted.length <= 24 ? namedCode(noted) : null;
  const code = written ?? noteCode ?? parentCode ?? sectionCode;
  // "1.1" in STT beside the criterion's name in its own column (a copy of the plan's table): kept for the plan to check.
  const numbered =
    badCode !== null &&
    /\p{L}{2,}(?:\s+\S+){2,}/u.test(badCode) &&
    !/\b\d\.\d/.test(badCode) &&
    col.stt !== undefined &&
    col.stt !== col.code
      ? criterion(ctx, r, col.stt).code
      : null;
  const numberCode = numbered !== null && /^[12]\.\d{1,2}$/.test(numbered) ? numbered : undefined;
  if (noteCode !== null) notes.push(`Mã tiêu chí theo Ghi chú "${noted}"`);
  let due = readDate(ctx, r, col.due, dates.get("due"), problems, true);
  const dueWritten = col.due === undefined ? "" : text(ctx, r, col.due);
  // "30/9/2021 đạt 60%; 31/01/2022 đạt 100%": milestones; the work is due at the last, each said.
  const steps = milestones(dueWritten);
  if (steps !== null) {
    due = { value: steps[steps.length - 1].date, bad: null, phrase: null };
    notes.push(`Cột "${layout.headings[col.due as number] ?? "Hạn"}" ghi các mốc "${dueWritten}": hạn là mốc cuối`);
  }
  // "Từ 01/11/2021" under Hạn: the day the work starts; no deadline is written, and that is said.
  if (due.bad !== null && isStartOnly(ctx.facts.of(due.bad).key)) {
    notes.push(`Cột "${layout.headings[col.due as number] ?? "Hạn"}" ghi "${due.bad}": ngày bắt đầu, không ghi hạn hoàn thành`);
    due = { value: null, bad: null, phrase: null };
  }
  // The day the work was given, where a column says it: a deadline and a day done are checked against it.
  const givenOn = layout.assigned === undefined ? null : readDate(ctx, r, layout.assigned, dates.get("assigned"), [], false).value;
  // "Từ 15/11/2021 | Đến 15/10/2021": a span that ends before it starts; one day is wrong, named, the deadline kept as written.
  for (const c of ctx.beginCols ?? []) {
    const begun = due.value === null ? null : readDate(ctx, r, c, undefined, [], false).value;
    if (begun === null || due.value === null || begun <= due.value) continue;
    problems.push(
      problem("BAD_DATE", where(ctx, r, col.due), formatViDate(due.value), {
        vi: `hạn ${formatViDate(due.value)} trước ngày bắt đầu ${formatViDate(begun)} (cột ${columnName(c)}): một trong hai ngày ghi nhầm; hãy kiểm tra, hạn tạm giữ như đã ghi.`,
        en: `the deadline ${due.value} is before the start ${begun} (column ${columnName(c)}): one of the two days is wrong; check it, the deadline is kept as written.`,
      }),
    );
    break;
  }
  // "15/1" given on 06/12/2021: a deadline is never before the day the work was given, so next January.
  if (due.value !== null && givenOn !== null && col.due !== undefined) {
    const moved = nextYearDue(ctx, r, due.value, givenOn, dueWritten, problems);
    if (moved !== null) {
      due = { ...due, value: moved.date };
      notes.push(moved.said);
    }
  }
  // "05/01" under "THÁNG 12/2021" or in a sheet of "QUÝ IV NĂM 2021": nearer the next January than this one, so its.
  if (due.value !== null && col.due !== undefined && ctx.yearSpan === undefined) {
    const moved = dueAfterListing(ctx, r, col.due, due.value, dueWritten, problems);
    if (moved !== null) {
      due = { ...due, value: moved.date };
      notes.push(moved.said);
    }
  }
  // "Giao: 04/10/2021⏎Hạn: 29/10/2021": the Hạn line was read; the cell's other lines are kept in Ghi chú.
  const dueLines = col.due === undefined ? "" : cellText(cellAt(grid, r, col.due));
  if (due.value !== null && (dueLines.includes("\n") ? ownLabelledLine(dueLines, "due") : labelledPart(dueLines, "due")) !== null)
    notes.push(
      `Cột "${layout.headings[col.due as number] ?? "Hạn"}" ghi "${cleanText(dueLines.replace(/\s*\n\s*/g, "; "))}": hạn lấy theo dòng hạn`,
    );
  // "Xong 28/10", "Đã xong (15/11/2021)" written over the deadline once the work was done: the day done; no deadline is left.
  const doneOverDue =
    dueWritten === "" || (due.value !== null && !/^\D/.test(dueWritten)) ? null : doneWrittenOverDue(dueWritten, ctx.year);
  if (doneOverDue !== null && col.due !== undefined) {
    due = { value: null, bad: null, phrase: null };
    notes.push(
      `Cột "${layout.headings[col.due] ?? "Hạn"}" ghi "${dueWritten}": đã xong ngày ${formatViDate(doneOverDue.date)}, không còn ghi hạn`,
    );
    if (doneOverDue.yearless && !ctx.yearFromSheet) problems.push(yearAssumed(ctx, r, col.due, dueWritten, doneOverDue.date));
  }
  // "Trong 10 ngày kể từ ngày nhận QĐ (nhận ngày 08/11/2021)", "Chậm nhất 15 ngày sau khi kết thúc quý IV/2021",
  // "Ngay sau khi sản phẩm được công nhận (QĐ ngày 19/10/2021)": a deadline counted from an event, never the event's day.
  // "01/10 - 15/10/2021", "Từ 15/10 đến 30/11/2021", "Tháng 11 - 12/2021": the work's span, due at its end.
  // "Hạn / Ngày HT": "15/10/2021 - 20/10/2021" is the deadline, then the day done.
  const paired =
    col.due !== undefined && isDueAndDoneHeading(layout.headings[col.due] ?? "") ? dueAndDone(text(ctx, r, col.due), ctx.year) : null;
  if (paired !== null) {
    due = { value: paired.due, bad: null, phrase: null };
    if (paired.done !== null)
      notes.push(
        `Cột "${layout.headings[col.due as number]}" ghi "${text(ctx, r, col.due)}": hạn ${formatViDate(paired.due)}, ngày hoàn thành ${formatViDate(paired.done)}`,
      );
  }
  const spanned =
    paired !== null || col.due === undefined || (due.value === null && due.bad === null && due.phrase === null)
      ? null
      : (daySpan(text(ctx, r, col.due)) ?? monthSpan(text(ctx, r, col.due)));
  if (spanned !== null) {
    due = { value: spanned.to, bad: null, phrase: null };
    notes.push(`Hạn là ngày cuối của khoảng "${text(ctx, r, col.due)}": ${formatViDate(spanned.to)}`);
  }
  // "15" under "Hạn (ngày)" on a month's sheet ("Tháng 11", "KẾ HOẠCH … THÁNG 11/2021"): that day of the month; said.
  const monthOf = ctx.contextPeriod?.label?.kind === "month" ? ctx.contextPeriod.label : null;
  const bareDay = due.value === null && monthOf !== null && col.due !== undefined ? /^(\d{1,2})$/.exec(text(ctx, r, col.due)) : null;
  const onDay = bareDay && monthOf !== null && monthOf.year !== null ? isoDate(monthOf.year, monthOf.index, Number(bareDay[1])) : null;
  if (onDay !== null) {
    due = { value: onDay, bad: null, phrase: null };
    notes.push(`Hạn ghi ngày ${bareDay?.[1]}, tháng theo ${ctx.contextPeriod?.name ?? "sheet"}: ${formatViDate(onDay)}`);
  }
  // "cuối tháng", "trong tháng" with no month written: the month of the sheet ("T10", "Số liệu tháng 10/2021"), else
  // of the day the work was given; said.
  const bareMonth =
    due.value === null && col.due !== undefined ? /^(?:cuoi|het|trong|giua) thang$/.exec(ctx.facts.of(text(ctx, r, col.due)).key) : null;
  const month =
    monthOf?.year != null
      ? { y: monthOf.year, m: monthOf.index, by: ctx.contextPeriod?.name ?? "sheet" }
      : givenOn !== null
        ? { ...ymd(givenOn), by: `ngày giao ${formatViDate(givenOn)}` }
        : null;
  if (bareMonth && month !== null) {
    const day = bareMonth[0].startsWith("giua") ? isoDate(month.y, month.m, 15) : endOfMonth(month.y, month.m);
    if (day !== null) {
      due = { value: day, bad: null, phrase: null };
      notes.push(`Hạn ghi "${text(ctx, r, col.due)}", tháng theo ${month.by}: ${formatViDate(day)}`);
    }
  }
  const relative =
    col.due === undefined
      ? null
      : relativeDue(
          text(ctx, r, col.due),
          ctx.year,
          givenOn !== null
            ? {
                date: givenOn,
                where: `cột "${layout.headings[layout.assigned as number] ?? "Ngày giao"}"`,
                notice: () => noticeDay(ctx, r),
              }
            : ctx.sectionDay
              ? { date: ctx.sectionDay.date, where: `dòng "${ctx.sectionDay.label}"`, notice: () => null }
              : null,
        );
  if (relative !== null) {
    due =
      relative.date !== null
        ? { value: relative.date, bad: null, phrase: null }
        : { value: null, bad: text(ctx, r, col.due), phrase: null };
    if (relative.said) notes.push(relative.said);
  }
  // "Tuần 45": which day of the week is meant is a reading, so it is said.
  if (due.value !== null && due.phrase !== null && weeksOfYear(ctx.facts.of(due.phrase).key) !== null)
    notes.push(`Hạn "${due.phrase}" tính đến Chủ nhật cuối tuần, ${formatViDate(due.value)}`);
  if (due.value === null && layout.assigned !== undefined) {
    // "Thời hạn (ngày)": 15, "7 ngày làm việc" from the day the work was given.
    const given = readDate(ctx, r, layout.assigned, undefined, problems, false).value;
    const written = text(ctx, r, col.due);
    // "ngay", "ngay lập tức", "khẩn" under Thời hạn in a log of instructions: due the day it was given.
    const days = /^(?:ngay|ngay lap tuc|thuc hien ngay|lam ngay|khan|gap)$/.test(ctx.facts.of(written).key)
      ? { n: 0, working: false }
      : daysAllowed(written);
    // "Ngày giao | Thời hạn (ngày) | Hạn xử lý", the last left blank: the days allowed, counted from the day given.
    const daysCol = days === null && written === "" && due.bad === null ? daysAllowedColumn(ctx) : undefined;
    const allowed = daysCol === undefined ? null : cellAt(grid, r, daysCol);
    if (
      given !== null &&
      daysCol !== undefined &&
      typeof allowed === "number" &&
      Number.isInteger(allowed) &&
      allowed > 0 &&
      allowed <= 366
    ) {
      mark(r, daysCol, "field");
      due = { value: addDays(given, allowed), bad: null, phrase: null };
      notes.push(
        `Hạn tính từ ngày giao ${formatViDate(given)} cộng ${allowed} ngày (cột "${layout.headings[daysCol]}"; cột "${layout.headings[col.due as number] ?? "Hạn"}" để trống)`,
      );
    }
    if (given !== null && days !== null) {
      due = { value: days.working ? addWorkingDays(given, days.n) : addDays(given, days.n), bad: null, phrase: null };
      notes.push(
        days.n === 0
          ? `Hạn ghi "${written}": tính là ngày giao ${formatViDate(given)}`
          : `Hạn tính từ ngày giao ${formatViDate(given)} cộng ${days.n} ngày${days.working ? " làm việc" : ""}`,
      );
    }
  }
  // An extension ("Gia hạn đến": 20/12/2021; "10/12/2021; 31/12/2021 (lần 2)"): the last one is the deadline.
  // "Gia hạn lần 1 | Gia hạn lần 2": the rightmost filled is the last extension.
  const extendedCol = ctx.extendedDue?.filter((c) => cellKind(cellAt(grid, r, c)) !== "empty").at(-1);
  if (extendedCol !== undefined) {
    for (const c of ctx.extendedDue ?? []) if (cellKind(cellAt(grid, r, c)) !== "empty") mark(r, c, "field");
    const moved = extendedDue(ctx, r, extendedCol, dates.get("due")?.order ?? "dm");
    if (moved !== null) {
      const was = due.value !== null ? formatViDate(due.value) : (due.bad ?? due.phrase);
      notes.push(
        `Hạn gia hạn đến ${formatViDate(moved.date)}${moved.times > 1 ? ` (lần ${moved.times})` : ""}${was ? `; hạn ban đầu ${was}` : ""}`,
      );
      // "Hạn theo KH 31/12 | Hạn gia hạn 15/11": an extension earlier than the deadline it moves; taken as written, named.
      if (due.value !== null && moved.date < due.value)
        problems.push(
          problem("DUE_MOVED_EARLIER", where(ctx, r, extendedCol), formatViDate(moved.date), {
            vi: `hạn gia hạn ${formatViDate(moved.date)} sớm hơn hạn ban đầu ${formatViDate(due.value)}: lấy hạn gia hạn như đã ghi, hãy kiểm tra.`,
            en: `the extension ${formatViDate(moved.date)} is earlier than the first deadline ${formatViDate(due.value)}: taken as written, check it.`,
          }),
        );
      due = { value: moved.date, bad: null, phrase: null };
      // ("Quý IV", "15/10" with no year: the sheet's year, named as a deadline's is.)
      if (moved.yearless) problems.push(yearAssumed(ctx, r, extendedCol, text(ctx, r, extendedCol), moved.date));
    } else {
      // An extension that cannot be read as a day is kept as written and named, never dropped.
      const typed = text(ctx, r, extendedCol);
      notes.push(`${layout.headings[extendedCol] ?? "Gia hạn"}: ${typed}`);
      problems.push(
        problem("BAD_DATE", where(ctx, r, extendedCol), typed, {
          vi: `không đọc được ngày gia hạn "${typed}"; giữ hạn ban đầu, lời ghi giữ ở Ghi chú.`,
          en: `the extension "${typed}" could not be read as a day; the first deadline is kept, the words in Ghi chú.`,
        }),
      );
    }
  }
  if (ctx.proposedDue !== undefined) {
    const granted = grantedDue(ctx, r, ctx.proposedDue);
    if (granted !== null) {
      for (const c of [ctx.proposedDue.proposal, ctx.proposedDue.decision])
        if (cellKind(cellAt(grid, r, c)) !== "empty") mark(r, c, "field");
      const was = due.value !== null ? formatViDate(due.value) : (due.bad ?? due.phrase);
      if (granted.date !== null && granted.date !== due.value) {
        notes.push(`Hạn gia hạn đến ${formatViDate(granted.date)} (${granted.said})${was ? `; hạn ban đầu ${was}` : ""}`);
        due = { value: granted.date, bad: null, phrase: null };
      } else notes.push(`${granted.said}; giữ hạn ${was ?? "ban đầu"}`);
    }
  }
  // "được gia hạn tới cuối tháng 12", "gia hạn đến ngày 20/12/2021" in Ghi chú, or "lùi hạn đến 31/12" where the
  // official writes how the work stands (no column for it): the deadline moved, said.
  // A later extension in the note beside a filled "Gia hạn" column ("Gia hạn lần 2: lùi đến 31/12") moves it again.
  if (ctx.proposedDue === undefined) {
    // The deadline's own cell too ("14/12/2021 → lùi đến 20/12/2021"), and a note on it ("Gia hạn đến 15/9/2021 …").
    // Only a deadline written as text can say it moved; most are dates.
    const dueNote = col.due === undefined || !grid.comments ? "" : cleanText(grid.comments[`${r}:${col.due}`] ?? "");
    const dueWords = col.due !== undefined && typeof cellAt(grid, r, col.due) === "string" ? col.due : undefined;
    const noteYear = due.value ? ymd(due.value).y : ctx.year;
    // (Written wherever there was room: under "Minh chứng", or a column of the official's own, "Điều chỉnh".)
    const unmapped = ownColumns(layout).filter((c) => cellKind(cellAt(grid, r, c)) !== "empty");
    const moved = firstRead(
      [
        ...[col.note, col.status, col.result, col.progress, dueWords, col.evidence, ...unmapped].map((c) =>
          c === undefined ? "" : text(ctx, r, c),
        ),
        dueNote,
      ],
      (t) => extensionInNote(t, noteYear),
    );
    // "lùi hạn đến 10/01" past a deadline of 20/12: January of the next year.
    if (moved !== null && due.value !== null && moved.date < due.value && !/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.test(moved.said)) {
      const { y, m, d } = ymd(moved.date);
      const next = isoDate(y + 1, m, d);
      if (next !== null && next > due.value) moved.date = next;
    }
    if (moved !== null && moved.date !== due.value && (due.value === null || moved.date > due.value)) {
      const was = due.value !== null ? formatViDate(due.value) : (due.bad ?? due.phrase);
      notes.push(`Hạn gia hạn đến ${formatViDate(moved.date)} theo ghi chú "${moved.said}"${was ? `; hạn ban đầu ${was}` : ""}`);
      due = { value: moved.date, bad: null, phrase: null };
    } else {
      // "xin gia hạn đến 30/12/2021", "Đề nghị chuyển sang quý I/2022": asked, not granted; the deadline stays, said.
      // In any of the row's cells but the task's own text ("Tồn tại, kiến nghị" as much as Ghi chú).
      for (const c of filledColumns(grid, r)) {
        // Asked of every row's cells: only a text naming more time ("hạn", "lùi", "chuyển", "kéo", "dời") is read.
        const v = c === col.content ? null : cellAt(grid, r, c);
        if (typeof v !== "string" || v.length < 12 || !MORE_TIME.test(v)) continue;
        const asked = extensionAsked(text(ctx, r, c));
        if (asked === null) continue;
        const was = due.value !== null ? formatViDate(due.value) : (due.bad ?? due.phrase ?? "");
        problems.push(
          problem("EXTENSION_ASKED", where(ctx, r, c), asked, {
            vi: `ghi "${asked}": giữ hạn ${was || "ban đầu"} cho đến khi có ý kiến đồng ý; nếu đã được đồng ý, hãy ghi hạn mới vào sổ.`,
            en: `says "${asked}": the deadline ${was || "as written"} is kept until it is granted; if it was, write the new deadline in the workbook.`,
          }),
        );
        break;
      }
    }
  }
  // "còn 14 ngày", "quá 5 ngày", -3, "hết hạn hôm nay" counted from the day the sheet was updated.
  if (due.value === null && due.bad === null && due.phrase === null && ctx.daysLeft) {
    const left = daysLeftOf(cellAt(grid, r, ctx.daysLeft.col));
    if (left !== null) {
      mark(r, ctx.daysLeft.col, "field");
      due = { value: addDays(ctx.daysLeft.from, left), bad: null, phrase: null };
      notes.push(
        `Hạn tính từ ngày cập nhật ${formatViDate(ctx.daysLeft.from)} và "${cellText(cellAt(grid, r, ctx.daysLeft.col))}": ${formatViDate(due.value as IsoDate)}`,
      );
    } else if (
      cellKind(cellAt(grid, r, ctx.daysLeft.col)) !== "empty" &&
      !/^[-—–.\s]+$/.test(cellText(cellAt(grid, r, ctx.daysLeft.col)))
    ) {
      mark(r, ctx.daysLeft.col, "field");
      due = { value: null, bad: cellText(cellAt(grid, r, ctx.daysLeft.col)), phrase: null };
    }
  }
  // "15" under "THÁNG 10/2021": the day of the group row's month.
  const day = due.bad !== null && dueAbove?.month ? /^\d{1,2}$/.exec(due.bad.trim()) : null;
  const inMonth = day && dueAbove?.month ? isoDate(dueAbove.month.y, dueAbove.month.m, Number(day[0])) : null;
  if (inMonth !== null && dueAbove !== null) {
    due = { value: inMonth, bad: null, phrase: null };
    notes.push(`Hạn ghi ngày "${day?.[0]}" dưới dòng "${dueAbove.label}": ${formatViDate(inMonth)}`);
  }
  // "thứ Hai tuần sau", "cuối tháng này": counted from the day the title says the sheet was updated.
  const updateDay = ctx.contextPeriod && ctx.contextPeriod.label === undefined ? ctx.contextPeriod.date : null;
  const fromUpdate = due.bad !== null && updateDay !== null ? relativeDay(due.bad, updateDay) : null;
  if (fromUpdate !== null && updateDay !== null) {
    notes.push(`Hạn "${due.bad ?? ""}" tính từ ngày cập nhật ${formatViDate(updateDay)}: ${formatViDate(fromUpdate)}`);
    due = { value: fromUpdate, bad: null, phrase: null };
  }
  // "30/6 và 15/12", "Quý II và Quý IV", "Đợt 1: Quý II; Đợt 2: Quý IV": a deadline per round; the work is over with the last.
  const phases = due.bad !== null ? phasedDue(ctx, due.bad) : null;
  if (phases !== null) {
    notes.push(`Hạn ghi "${due.bad ?? ""}" (${phases.count} đợt): lấy hạn đợt cuối ${formatViDate(phases.last)}`);
    due = { value: phases.last, bad: null, phrase: null };
  }
  const done = readDate(ctx, r, col.doneDate, dates.get("doneDate"), problems, false);
  // "05/10/2021 (BB bàn giao MB số 07/BB ngày 06/10/2021)": the day is read; the document beside it is kept in Ghi chú.
  for (const [c, read] of [
    [col.due, due.value],
    [col.doneDate, done.value],
  ] as const) {
    const said = c === undefined || read === null ? "" : text(ctx, r, c);
    if (said !== "" && withoutCitations(said) !== said) notes.push(`${layout.headings[c as number] ?? columnName(c as number)}: ${said}`);
  }
  if (due.bad !== null)
    problems.push(
      problem("BAD_DATE", where(ctx, r, col.due), due.bad, {
        vi: `không đọc được hạn hoàn thành "${due.bad}"; giữ nguyên như đã ghi, không đánh giá đúng hạn hay quá hạn.`,
        en: `the deadline "${due.bad}" cannot be read; kept as written, not judged on time or overdue.`,
      }),
    );

  // Status: its column, else the ticked column, else the start of the result or note.
  let status: TaskStatus | null = null;
  let statusText: string | null = null;
  // The day a status cell holds alone ("28/01/2021" under "Đã làm (ngày)").
  let statusDone: IsoDate | null = null;
  // Read from "Đã …", "Đang …" rather than said: a done-sounding sentence may still report part of the work.
  let byAspect = false;
  let fromSentence = false;
  // The status column's first word read as the status ("Xong 1 nửa"): what follows may say the work is only part done.
  let byLead = false;
  // "Hoàn thành (đúng hạn) ngày 15/10/2021" merged across Thời hạn, Tình trạng and Ngày hoàn thành: the status too.
  const statusWritten = text(ctx, r, col.status) || mergedFromLeft(ctx, r, col.status);
  // "Đang làm → xong 29/10", "chưa làm⏎15/11: đã rà soát …": the state updated in the cell, its last word the state now.
  const statusTyped = col.status === undefined ? "" : cellText(cellAt(grid, r, col.status));
  const updated = latestUpdate(statusTyped);
  // "Đang TH" with the cell's note "09/12: đã tập huấn xong cho 18 CBCC": the note a later word, dated, that it is done.
  const statusNote = statusTyped === "" ? "" : cleanText(grid.comments?.[`${r}:${col.status}`] ?? "");
  const noteDone = statusNote === "" ? null : doneInNote(statusNote, statusWritten);
  const statusRaw = noteDone ?? (updated !== statusTyped ? cleanText(updated) : statusWritten);
  if (noteDone !== null) notes.push(`Trạng thái ghi "${statusWritten}", ghi chú trong ô ghi sau: "${statusNote}"`);
  else if (statusRaw !== statusWritten)
    notes.push(`Trạng thái ghi nhiều lần "${statusWritten.replace(/\s*\n\s*/g, " / ")}": lấy lần ghi cuối`);
  // "◑" under "● Đã hoàn thành; ◑ Đang thực hiện; ○ Chưa thực hiện" on the sheet: the state the legend gives it.
  // The mark may stand in the status column, or in the result's where there is none.
  const markCell = statusRaw !== "" ? statusRaw : col.status === undefined ? text(ctx, r, col.result) : "";
  const marked = ctx.marks && markCell !== "" ? markState(ctx.marks, markCell) : null;
  if (marked !== null) {
    status = marked;
    notes.push(`Trạng thái ghi "${markCell.trim()}", theo chú thích "${ctx.marks?.text ?? ""}": ${marked}`);
    // "☐ = chưa xong" beside "đang làm 50%" in Ghi chú: not finished is not unstarted; the note says how far it is.
    const remark = marked === "Chưa thực hiện" && NOT_FINISHED.test(looseKey(ctx.marks?.text ?? "")) ? text(ctx, r, col.note) : "";
    const going = remark === "" ? null : ctx.facts.of(remark);
    if (going !== null && (going.status ?? going.statusLead) === "Đang thực hiện") {
      status = "Đang thực hiện";
      notes.push(`Ghi chú "${remark}": đọc là Đang thực hiện`);
    }
  }
  // "để trống: đang thực hiện" in the legend, the status cell left blank: the state the legend gives a blank.
  const blankMarked = ctx.marks?.blank ?? null;
  if (marked === null && markCell === "" && col.status !== undefined && blankMarked !== null) {
    status = blankMarked;
    notes.push(`Trạng thái để trống, theo chú thích "${ctx.marks?.text ?? ""}": ${blankMarked}`);
  }
  // "☐ Chưa thực hiện⏎☒ Đang thực hiện⏎☐ Hoàn thành": every choice printed, the one meant ticked.
  const choices = statusRaw !== "" && marked === null ? statusChoices(statusRaw) : null;
  if (choices !== null) {
    const ticked = choices.filter((o) => o.ticked);
    const shown = statusRaw.replace(/\s*\n\s*/g, " ");
    if (ticked.length > 0) {
      status = ticked[0].status;
      notes.push(`Trạng thái đánh dấu "${ticked.map((o) => o.label).join(", ")}"`);
    }
    if (ticked.length === 0 || ticked.some((o) => o.status !== status))
      problems.push(
        ticked.length === 0
          ? problem("UNKNOWN_STATUS", where(ctx, r, col.status), shown, {
              vi: `không lựa chọn trạng thái nào được đánh dấu ("${shown}").`,
              en: `no status choice is ticked ("${shown}").`,
            })
          : problem("STATUS_CONTRADICTION", where(ctx, r, col.status), shown, {
              vi: `đánh dấu nhiều lựa chọn trạng thái (${ticked.map((o) => o.label).join(", ")}); tạm lấy ${status}.`,
              en: `several status choices are ticked (${ticked.map((o) => o.label).join(", ")}); ${status} is taken for now.`,
            }),
      );
  } else if (statusRaw !== "" && marked === null) {
    // "Đến 30/11/2021 đã giải ngân 4.160/5.200 triệu đồng, đạt 80% kế hoạch": the day the words stand at, then the state.
    const dayFirst = DAY_FIRST.exec(statusRaw);
    const f = ctx.facts.of(dayFirst !== null && ctx.facts.of(statusRaw).status === null ? statusRaw.slice(dayFirst[0].length) : statusRaw);
    // "Hoàn thành cơ bản", "đã xong phần lớn": its first words say done, the rest that it is not yet.
    const mostly = nearlyDone(f.key);
    status = mostly ?? f.status ?? f.statusLead;
    byLead = mostly === null && f.status === null && f.statusLead !== null;
    if (mostly !== null && f.status !== null) notes.push(`Trạng thái ghi "${statusRaw}", đọc là ${mostly}`);
    // "Đang làm Xong", "50% 80%": the old value left before the new; the later is taken for now, and said.
    const twice = f.status === null ? twoStates(f.key) : null;
    if (twice !== null) {
      status = twice.status;
      byLead = false;
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, col.status), statusRaw, {
          vi: `ô ghi hai giá trị "${statusRaw.trim()}" (giá trị cũ chưa xoá?); tạm lấy giá trị ghi sau "${twice.last}" là ${status}, hãy kiểm tra.`,
          en: `the cell holds two values "${statusRaw.trim()}" (the old one left?); the later "${twice.last}" is taken for now as ${status}; check it.`,
        }),
      );
    }
    // "Tạm dừng", "Tạm ngưng": the work stopped for now, none of the three states; taken as under way, and said.
    if (/^tam (?:dung|ngung)\b/.test(f.key))
      problems.push(
        problem("UNKNOWN_STATUS", where(ctx, r, col.status), statusRaw, {
          vi: `"${statusRaw.trim()}": việc đang tạm dừng, không phải Chưa thực hiện / Đang thực hiện / Hoàn thành; tạm coi là Đang thực hiện, hãy kiểm tra.`,
          en: `"${statusRaw.trim()}": the work is paused, none of the three states; taken as in progress for now, check it.`,
        }),
      );
    if (!status) {
      status = aspectAtStart(f.key);
      byAspect = status !== null;
    }
    // ("Đến 30/11 đã giải ngân …, đạt 80% kế hoạch": what was done by that day, the share of the plan reached; the
    // work is not over.)
    const sharedBy = dayFirst !== null && status === "Hoàn thành" && f.status === null ? workShare(statusRaw) : null;
    if (sharedBy !== null && sharedBy < 100) {
      status = "Đang thực hiện";
      statusShare = sharedBy;
      notes.push(`Trạng thái ghi "${statusRaw}": đến ngày ghi mới đạt ${formatViNumber(sharedBy)}%, đọc là Đang thực hiện`);
    }
    let said = false;
    if (!status) {
      status = statusNear(f.key) ?? statusOfPace(f.key) ?? nearlyDone(f.key);
      said = status !== null;
      if (status) notes.push(`Trạng thái ghi "${statusRaw}", đọc là ${status}`);
    }
    // "70%" written where the status goes: how far the work is, so under way (done at 100 %).
    const pct = BARE_PERCENT.exec(statusRaw.trim());
    const pctValue = pct ? Number(pct[1].replace(",", ".")) : null;
    if (!status && pctValue !== null && pctValue <= 100) {
      status = pctValue >= 100 ? "Hoàn thành" : pctValue > 0 ? "Đang thực hiện" : "Chưa thực hiện";
      notes.push(`Trạng thái ghi "${statusRaw}", đọc là ${status}`);
      said = true;
    }
    // "40-50%" where the state goes: how far is not one figure (named where it is read), but begun and not done.
    const span = !status ? /^\s*(\d{1,3})\s*%?\s*[-–]\s*(\d{1,3})\s*%\s*$/.exec(statusRaw) : null;
    if (span && Number(span[1]) > 0 && Number(span[2]) < 100) {
      status = "Đang thực hiện";
      notes.push(`Trạng thái ghi "${statusRaw.trim()}" (một khoảng): coi là Đang thực hiện`);
      said = true;
    }
    // 1 / 0,5 / 0 in the status column (shown as icons by a conditional format): the share done.
    // "0,5" typed as text beside 0,3 and 0,8 as numbers: the same share. 75 under a report's "Tiến độ (%)": 75 %.
    const typedShare = shareTyped(cellAt(grid, r, col.status as number));
    const inPercent = latest !== null && ctx.statusAcross?.find((x) => x.col === latest.col)?.percent === true;
    const share = inPercent && typedShare !== null && typedShare > 1 && typedShare <= 100 ? typedShare / 100 : typedShare;
    if (!status && share !== null && share >= 0 && share <= 1) {
      status = share === 1 ? "Hoàn thành" : share === 0 ? "Chưa thực hiện" : "Đang thực hiện";
      notes.push(`Trạng thái ghi bằng số ${formatViNumber(share)}, đọc là ${status}`);
      said = true;
      // (Under a report's "Tiến độ (%)" the number is how far the work is, too.)
      if (inPercent) statusShare = Math.round(share * 10000) / 100;
    }
    // "x", "v", "Y" under "Xong?" or "Đã làm (Y/N)": the question answered yes; "N", "ko": no.
    const answer = !status && YES_NO_HEADING.test(headingKey(layout.headings[col.status as number] ?? "")) ? yesNo(statusRaw) : null;
    if (answer !== null) {
      status = answer;
      notes.push(`${layout.headings[col.status as number] ?? "Trạng thái"} ghi "${statusRaw.trim()}", đọc là ${status}`);
      said = true;
    }
    // "x", "x (10/12)" in the latest period's column of a duty kept by period ("T12": x): that period's work done.
    const periodTick = !status && latest !== null ? PERIOD_TICK.exec(statusRaw.trim()) : null;
    if (periodTick) {
      status = "Hoàn thành";
      const label = ctx.statusAcross?.find((x) => x.col === latest?.col)?.label ?? "";
      notes.push(`${label} đánh dấu "${statusRaw.trim()}": đã thực hiện kỳ này`);
      if (periodTick[1] !== undefined && ctx.year !== null) statusDone = dayInRemark(periodTick[1], ctx.year);
      said = true;
    }
    // "Đã phát 160 phiếu …; đang tổng hợp, chưa xong": done-sounding at its start, not over at its end.
    if (status === "Hoàn thành" && !f.status && twice === null && saysUnfinished(f.key, f.text)) {
      status = "Đang thực hiện";
      notes.push(`Trạng thái ghi "${statusRaw}": việc chưa xong, đọc là Đang thực hiện`);
      said = true;
    }
    // "đã trình 20/10", "đã nộp hồ sơ": the work handed up for a decision, not yet done (unless handing it up is the task:
    // "Tham mưu …", "Đề xuất …", "Trình …").
    if (
      status === "Hoàn thành" &&
      !f.status &&
      SUBMITTED.test(f.key) &&
      !/^(?:trinh|nop|gui|tham muu|de xuat|du thao|soan thao)\b/.test(ctx.facts.of(content).key)
    ) {
      status = "Đang thực hiện";
      notes.push(`Trạng thái ghi "${statusRaw}": đã trình/nộp, chờ kết quả; đọc là Đang thực hiện`);
      said = true;
    }
    // "Ngày 05/11 đã họp …; dự kiến ban hành 20/12": some done, the rest to come. "Thực hiện thường xuyên; …": standing work.
    if (
      !status &&
      // ("Tỷ lệ đúng hạn 99%, tiếp tục thực hiện", "Cử thêm 1 người, còn 1 người": going on, or some of it left.)
      (((/\bda\b/.test(f.key) || GOES_ON.test(f.key)) && saysUnfinished(f.key, f.text)) ||
        /^(?:thuc hien |lam )?(?:thuong xuyen|dinh ky|deu|deu dan)\b/.test(f.key))
    ) {
      status = "Đang thực hiện";
      notes.push(`Trạng thái ghi "${statusRaw}", đọc là Đang thực hiện`);
      said = true;
    }
    // "28/01/2021", "09/11" alone under "Đã làm (ngày)", "Xong?": the day the work was done, if that day has come.
    const day =
      !status && (f.date !== null || DAY_MONTH.test(statusRaw) || isGridDate(cellAt(grid, r, col.status as number)))
        ? readDate(ctx, r, col.status, undefined, [], true).value
        : null;
    if (!status && day !== null && (ctx.asOf === null || day <= ctx.asOf)) {
      status = "Hoàn thành";
      statusDone = day;
      notes.push(`${layout.headings[col.status as number] ?? "Trạng thái"} ghi ngày ${formatViDate(day)}: coi là Hoàn thành ngày đó`);
    } else if (!status) statusText = statusRaw;
    else if (!f.status && !said) notes.push(`${layout.headings[col.status as number] ?? "Trạng thái"}: ${statusRaw}`);
  }
  const ticked: Array<[number, TaskStatus]> = [];
  let markedTimely: { col: number; onTime: boolean; heading: string } | null = null;
  // "22/11/2021", "x (20/10/2021)" under "Đã hoàn thành", as the sheet's note asks: ticked, on that day.
  let tickedOn: { col: number; day: IsoDate | null; written: string } | null = null;
  for (const [c, s] of Object.entries(layout.statusTicks ?? {})) {
    const v = cellAt(grid, r, Number(c));
    if (isTicked(v, ctx.facts)) ticked.push([Number(c), s]);
    else if (s === "Hoàn thành" && tickedOn === null) {
      const written = isGridDate(v) ? v.date : typeof v === "string" ? (DAY_TICK.exec(v.trim())?.[1] ?? null) : null;
      if (written === null) continue;
      const day = isGridDate(v) ? v.date : ctx.year !== null ? dayInRemark(written, ctx.year) : findDate(written);
      // A day yet to come is when it is planned, not done.
      if (day !== null && ctx.asOf !== null && day > ctx.asOf) continue;
      ticked.push([Number(c), s]);
      tickedOn = { col: Number(c), day, written };
    }
  }
  if (status === null && statusText === null && ticked.length > 0) {
    status = ticked[0][1];
    if (tickedOn !== null && status === "Hoàn thành") {
      if (tickedOn.day !== null) statusDone = tickedOn.day;
      else
        problems.push(
          problem("BAD_DATE", where(ctx, r, tickedOn.col), tickedOn.written, {
            vi: `cột "${layout.headings[tickedOn.col] ?? columnName(tickedOn.col)}" ghi "${tickedOn.written}": coi là đã hoàn thành, nhưng ngày hoàn thành không đọc được; hãy ghi lại.`,
            en: `column "${layout.headings[tickedOn.col] ?? columnName(tickedOn.col)}" says "${tickedOn.written}": taken as done, but the day cannot be read; write it again.`,
          }),
        );
    }
    // "x" under "Đã hoàn thành › Quá hạn": the official's own word on timeliness, kept beside the state.
    const heading = layout.headings[ticked[0][0]] ?? "";
    if (/\b(?:han|cham|som)\b/.test(headingKey(heading))) {
      notes.push(`Đánh dấu "${heading}"`);
      markedTimely = { col: ticked[0][0], onTime: /\b(?:dung han|trong han|som|truoc han|con han)$/.test(headingKey(heading)), heading };
    }
    // Two states ticked on one row: the first is taken, and Kiểm tra says so.
    if (ticked.some(([, s]) => s !== status)) {
      const said = ticked.map(([c]) => layout.headings[c] ?? columnName(c)).join(", ");
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, ticked[0][0]), said, {
          vi: `đánh dấu ở nhiều cột trạng thái (${said}); tạm lấy ${status}.`,
          en: `several status columns are ticked (${said}); ${status} is taken for now.`,
        }),
      );
    }
  }
  // "Kết quả › Đã hoàn thành (ngày) | Đang thực hiện | Chưa thực hiện (lý do)", too few ticks to be a
  // tick band: an "x" alone under a heading naming a state still says that state.
  if (status === null && statusText === null && ticked.length === 0) {
    const marked = markedUnderState(layout, grid, r, ctx.facts);
    if (marked !== null) {
      status = marked.status;
      notes.push(`Đánh dấu ở cột "${marked.heading}"`);
    }
  }
  // A done column left unticked on purpose (FALSE): not done, whatever a remark's "Đã hỗ trợ 88 hồ sơ" would
  // otherwise make of it; such a remark says the work is under way.
  const doneTicks = Object.entries(layout.statusTicks ?? {}).filter(([, s]) => s === "Hoàn thành");
  const doneBox = doneTicks.length === 1 && ticked.length === 0 ? Number(doneTicks[0][0]) : col.status;
  if (status === null && doneBox !== undefined) {
    const v = cellAt(grid, r, doneBox);
    if (v === false || (typeof v === "string" && /^\s*(?:false|không|khong|no)\s*$/iu.test(v))) {
      statusText = null;
      // ("đang triển khai" beside "Không": under way, not done.)
      const worked = [col.note, col.result].some((x) => x !== undefined && /^(?:da|vua|dang)\s/.test(ctx.facts.of(text(ctx, r, x)).key));
      // "Tiến độ (%)": 60 beside the box left unticked: begun, not done.
      const share = worked ? null : readPercent(ctx, r, col.progress, progressScale).value;
      const begun = share !== null && share > 0 && share < 100;
      status = worked || begun ? "Đang thực hiện" : "Chưa thực hiện";
      notes.push(
        `Cột "${layout.headings[doneBox] ?? columnName(doneBox)}" không đánh dấu${worked ? ", ghi chú cho biết đã làm một phần" : begun ? `, tiến độ ${formatViNumber(share)}%` : ""}: coi là ${status}`,
      );
    } else if (v === true || (typeof v === "string" && /^\s*true\s*$/iu.test(v))) {
      // The box ticked (TRUE, as a shared sheet's checkbox is downloaded): done.
      statusText = null;
      status = "Hoàn thành";
      notes.push(`Cột "${layout.headings[doneBox] ?? columnName(doneBox)}" đánh dấu: coi là Hoàn thành`);
    } else if (typeof v === "string" && doneBox !== col.status && saidState(ctx, v) !== null) {
      // "đang làm, được 70%" where the done column's ticks and days go: the state its words say.
      status = saidState(ctx, v);
      notes.push(`Cột "${layout.headings[doneBox] ?? columnName(doneBox)}" ghi "${cleanText(v)}": đọc là ${status}`);
    }
  }
  // Progress kept month by month across the columns: the latest month's is the task's.
  const across = layout.progressAcross ? progressAcross(ctx, r, layout.progressAcross, mark) : null;
  if (across !== null) {
    notes.push(across.note);
    if (across.offBy)
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, across.offBy.column), `${formatViNumber(across.value)}%`, {
          vi: `tiến độ các kỳ cộng lại được ${formatViNumber(across.offBy.added)}%, cột lũy kế ghi ${formatViNumber(across.value)}%; lấy số lũy kế, hãy kiểm tra.`,
          en: `the periods' progress adds up to ${formatViNumber(across.offBy.added)}%, the running column says ${formatViNumber(across.value)}%; the running figure is taken, check it.`,
        }),
      );
    // "Quý 3: 100% | Quý 4: 60%": progress that goes back is a slip in one of the two; the latest is kept, and named.
    if (across.fell)
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, across.fell.column), across.fell.to, {
          vi: `tiến độ giảm từ ${across.fell.from} xuống ${across.fell.to}; lấy số của kỳ gần nhất, hãy kiểm tra.`,
          en: `progress falls from ${across.fell.from} to ${across.fell.to}; the latest period's is taken, check it.`,
        }),
      );
    if (status === null && statusText === null && across.value > 0) {
      // No status written: the latest month's progress tells it, and Ghi chú says so.
      status = across.value >= 100 ? "Hoàn thành" : "Đang thực hiện";
      notes.push(`Trạng thái không ghi; coi là ${status} theo tiến độ ${formatViNumber(across.value)}%`);
    }
  }

  // "I. CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH" above: the official's own sorting, over anything read from a sentence.
  const above = ctx.stateAbove;
  if (above !== undefined && above.state !== "unfinished") {
    if (status === null && statusText === null) {
      status = above.state;
      notes.push(`Trạng thái theo nhóm "${above.label}"`);
    } else if (status !== null && status !== above.state) {
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, col.status), status, {
          vi: `dòng ghi ${status} nhưng nằm trong nhóm "${above.label}"; tạm lấy trạng thái của dòng.`,
          en: `the row says ${status} but sits under "${above.label}"; the row's own status is taken for now.`,
        }),
      );
    }
  }
  const result = text(ctx, r, col.result);
  // "Chưa; 20/11: đã có danh sách; 6/12: đang học": a result updated in the cell, its last dated word where it stands.
  const resultNow = result === "" ? "" : cleanText(latestUpdate(cellText(cellAt(grid, r, col.result as number))));
  if (resultNow !== result) notes.push(`Kết quả ghi nhiều lần "${result}": lấy lần ghi cuối`);
  // A result column holding a date (the day it was done) or a share under a % format (how far it is): what the
  // cell's kind says, where no status is written.
  const typed = col.result !== undefined && status === null && statusText === null ? cellAt(grid, r, col.result) : null;
  let typedProgress: number | null = statusShare;
  let typedDone: IsoDate | null = null;
  if (isGridDate(typed)) {
    status = "Hoàn thành";
    typedDone = typed.date;
    notes.push(`${layout.headings[col.result as number] ?? "Kết quả"} ghi ngày ${formatViDate(typed.date)}: coi là Hoàn thành ngày đó`);
  } else if (typeof typed === "number" && typed >= 0 && typed <= 1 && ctx.grid.formats[`${r}:${col.result}`]?.includes("%")) {
    typedProgress = Math.round(typed * 10000) / 100;
    status = typed === 1 ? "Hoàn thành" : typed === 0 ? "Chưa thực hiện" : "Đang thực hiện";
    notes.push(`${layout.headings[col.result as number] ?? "Kết quả"} ghi ${formatViNumber(typedProgress)}%: coi là ${status}`);
  }
  const noteText = text(ctx, r, col.note);
  // Notes (comments) on the row's cells: what a "Xong" stands for, read like its words.
  const comments = grid.comments ? rowComments(grid, r, Object.values(col) as number[]) : "";
  // "~~15/11/2021~~ 30/11/2021": what was left is read; what was struck is kept in Ghi chú, never lost.
  const struck = grid.struck ? rowStruck(grid, layout.headings, r, Object.values(col) as number[]) : "";
  if (struck !== "") notes.push(`Đã gạch bỏ trong ô: ${struck}`);
  // "30/11/2021 (*)" and "(*) … gia hạn đến ngày 20/12/2021" under the table.
  const footnote = grid.footnotes ? rowCellNotes(grid.footnotes, r, Object.values(col) as number[]) : "";
  if (footnote !== "") notes.push(`Chú thích: ${footnote}`);
  let progressCell = readPercent(ctx, r, col.progress, progressScale);
  if (col.progress !== undefined && progressCell.said !== undefined) approximate(ctx, r, col.progress, problems);
  // 0,75 typed where the column's other cells say 100 and 0: a share of one, read as 75 % and named (0,75 % is no
  // progress anyone reports).
  const share = col.progress === undefined ? null : cellAt(grid, r, col.progress);
  if (
    progressScale === 1 &&
    typeof share === "number" &&
    share > 0 &&
    share < 1 &&
    progressCell.value === share &&
    !grid.formats[`${r}:${col.progress}`]?.includes("%")
  ) {
    progressCell = { ...progressCell, value: Math.round(share * 10000) / 100 };
    problems.push(
      problem("BAD_NUMBER", where(ctx, r, col.progress), String(share), {
        vi: `tiến độ ghi ${formatViNumber(share)} trong khi các ô khác của cột ghi theo phần trăm (0–100): đọc là ${formatViNumber(progressCell.value ?? 0)}%; hãy kiểm tra và ghi lại cho thống nhất.`,
        en: `progress is written ${share} where the column's other cells are percentages (0–100): read as ${progressCell.value}%; check it and write it the same way.`,
      }),
    );
  }
  // "Chậm tiến độ", "Đúng tiến độ" in a column headed for progress: the work's pace, so under way.
  const pace = progressCell.bad !== null ? statusOfPace(ctx.facts.of(progressCell.bad).key) : null;
  if (pace !== null && status === null && statusText === null) {
    status = pace;
    notes.push(`${layout.headings[col.progress ?? 0] ?? "Tiến độ"} ghi "${progressCell.bad}", đọc là ${status}`);
  }
  // "70-80%": how far is not one figure (named as unread), but begun and not done all the same.
  const between = progressCell.bad !== null ? /^\s*(\d{1,3})\s*%?\s*[-–]\s*(\d{1,3})\s*%\s*$/.exec(progressCell.bad) : null;
  if (between && status === null && statusText === null && Number(between[1]) > 0 && Number(between[2]) < 100) {
    status = "Đang thực hiện";
    notes.push(`${layout.headings[col.progress ?? 0] ?? "Tiến độ"} ghi "${between[0].trim()}" (một khoảng): coi là Đang thực hiện`);
  }
  if (progressCell.said) notes.push(progressCell.said);
  // A progress column holding sentences ("Hạn 30/11 - đã xong ngày 28/11/2021") or a status ("Xong",
  // "Đang làm (đã số hóa 6/10 năm sổ)", "gần xong") is read as a result; another word or two ("xem file kèm") stays a bad number.
  const progressSays = (t: string) => {
    const f = ctx.facts.of(t);
    return t.trim().split(/\s+/).length >= 4 || f.statusLead !== null || f.status !== null;
  };
  const progressWords = progressCell.bad !== null && progressSays(progressCell.bad) ? progressCell.bad : "";
  // "Hạn 30/11 - …" inside a sentence, where no deadline column says it.
  let dueSaid: IsoDate | null = null;
  if (due.value === null && due.bad === null && due.phrase === null)
    for (const [t, c] of [
      [progressWords, col.progress],
      [result, col.result],
      [choices === null ? statusRaw : "", col.status],
      [noteText, col.note],
      // A note left on the task's cell ("Hạn: 20/12/2021"): what its writer set as the deadline.
      [comments, undefined],
    ] as const) {
      const said = dueInText(ctx, t);
      if (said === null) continue;
      dueSaid = said.date;
      if (said.yearAssumed && c !== undefined) problems.push(yearAssumed(ctx, r, c, said.text, said.date));
      break;
    }
  if (dueSaid === null && due.value === null && due.bad === null && due.phrase === null) {
    // "Giao công chức … hoàn thành trước ngày 31/10/2021": the task's own sentence says when.
    const said = dueInSentence(ctx, content);
    if (said !== null) {
      dueSaid = said.date;
      notes.push(`Hạn lấy theo nội dung: ${said.text}`);
      if (said.yearAssumed && contentCol !== undefined) problems.push(yearAssumed(ctx, r, contentCol, said.text, said.date));
      // "… trước ngày 15/10/2021, gia hạn đến 15/11/2021": the sentence moved its own deadline.
      const moved = extensionInNote(content, ctx.year);
      if (moved !== null && moved.date > said.date) {
        dueSaid = moved.date;
        notes.push(`Hạn gia hạn đến ${formatViDate(moved.date)} theo nội dung; hạn ban đầu ${formatViDate(said.date)}`);
      }
    } else {
      // "(hạn: 31/11/2021)": a day that does not exist; kept as written and named, no plan's deadline put in its place.
      const bad = badDueInSentence(ctx, content);
      if (bad !== null) {
        due = { value: null, bad, phrase: null };
        problems.push(
          problem("BAD_DATE", where(ctx, r, contentCol), bad, {
            vi: `nội dung ghi hạn "${bad}", không phải ngày có thật; giữ nguyên như đã ghi, không đánh giá đúng hạn hay quá hạn.`,
            en: `the task's words give the deadline "${bad}", which is no real day; kept as written, not judged on time or overdue.`,
          }),
        );
      }
    }
  }
  // "Tháng 12" under Thời gian, "… - hạn 20/12/2021" in the task's words: the day inside that month is the deadline.
  const dueLabel = col.due === undefined ? "" : text(ctx, r, col.due);
  const dueSpan = dueSaid === null && due.value !== null && dueLabel !== "" ? parsePeriod(dueLabel) : null;
  if (dueSpan !== null && due.value !== null && (dueSpan.kind === "month" || dueSpan.kind === "quarter")) {
    const said = dueInSentence(ctx, content);
    const year = dueSpan.year ?? ymd(due.value).y;
    if (said !== null && said.date >= periodStart(dueSpan, year) && said.date < due.value) {
      due = { ...due, value: said.date };
      notes.push(`Hạn lấy theo nội dung: ${said.text} (cột ${layout.headings[col.due ?? 0] ?? "hạn"} ghi "${dueLabel}")`);
    }
  }
  // "Xong 06/12" over the deadline, "trễ 1 ngày so với hạn 05/12" beside it: the note keeps the deadline.
  if (dueSaid === null && doneOverDue !== null && noteText !== "") {
    const said = dueInSentence(ctx, noteText);
    if (said !== null) {
      dueSaid = said.date;
      notes.push(`Hạn lấy theo ghi chú: ${said.text}`);
      if (said.yearAssumed && col.note !== undefined) problems.push(yearAssumed(ctx, r, col.note, said.text, said.date));
    }
  }
  const year = due.value ? ymd(due.value).y : dueSaid ? ymd(dueSaid).y : ctx.year;
  let doneDate = done.value ?? typedDone ?? statusDone ?? paired?.done ?? doneOverDue?.date ?? null;
  // "HT ngày 05/10" in an earlier report, "Xong" in the later ones: the day it was done is the earlier report's.
  const reported = doneDate === null && latest !== null && status === "Hoàn thành" ? doneInReports(ctx, r, ctx.statusAcross ?? []) : null;
  if (reported !== null) {
    doneDate = reported.date;
    notes.push(`Ngày hoàn thành theo ${reported.label}: "${reported.text}"`);
  }
  if (doneOverDue !== null && status === null && statusText === null) status = "Hoàn thành";
  let doneFromSentence = false;
  // The sentence a status was read from: "Đã phát 160 phiếu …; đang tổng hợp, chưa xong" says more after its first verb.
  let sentence = "";
  let doneText: string | null = done.bad;
  const evidence: string[] = [];
  let partsDone: number | null = null;
  let partsBy: "parts" | "percent" | null = null;
  // 0,65 where the state goes (a quarter's cell typed as a share under a % format): how far the work is.
  const shareCell = col.status === undefined || col.progress !== undefined ? null : shareTyped(cellAt(grid, r, col.status));
  if (shareCell !== null && shareCell > 0 && shareCell < 1) {
    partsDone = Math.round(shareCell * 10000) / 100;
    partsBy = "percent";
  }
  // "Tiến độ (%) | Tình trạng" under the latest report's day: its progress beside its state.
  const reportProgress = latest !== null ? ctx.statusAcross?.find((x) => x.col === latest.col)?.progress : undefined;
  const progressSaid = reportProgress === undefined ? null : readPercent(ctx, r, reportProgress, taskShareScale(ctx, reportProgress)).value;
  if (progressSaid !== null && col.progress === undefined) {
    partsDone = progressSaid;
    partsBy = "percent";
  }
  // "Số lượng › Phải làm | Đã làm": 9 of 12, how far the work is where no column says it.
  const counted = col.progress === undefined ? countedWork(layout) : null;
  if (counted !== null) {
    const [planned, made] = [cellAt(grid, r, counted.planned), cellAt(grid, r, counted.done)];
    // Pieces are whole: 0,365 of 0,4 is a rate beside its target.
    if (
      typeof planned === "number" &&
      typeof made === "number" &&
      Number.isInteger(planned) &&
      Number.isInteger(made) &&
      planned > 0 &&
      made >= 0 &&
      made <= planned
    ) {
      partsDone = Math.round((made / planned) * 10000) / 100;
      partsBy = "parts";
    }
  }
  const ev = text(ctx, r, col.evidence);
  const link = col.evidence !== undefined ? grid.links?.[`${r}:${col.evidence}`] : undefined;
  // "Xem", "link" over a hyperlink: the address is the evidence a reviewer can open; other words keep it beside them.
  if (link !== undefined) evidence.push(ev === "" || LINK_WORD.test(ctx.facts.of(ev).key) ? link : `${ev} (${link})`);
  else if (ev !== "") evidence.push(ev);
  // A column per hamlet, marked where the task is done there: done when all are, under way when some are.
  if (status === null && statusText === null && layout.placesAcross) {
    // "-": the hamlet has nothing to do; "chưa": it has not done it yet.
    const placeText = (c: number) => cellText(cellAt(grid, r, c)).trim();
    const places = layout.placesAcross.filter((c) => !PLACE_NOT_REQUIRED.test(placeText(c)));
    const marked = places.filter((c) => cellKind(cellAt(grid, r, c)) !== "empty" && !PLACE_NOT_DONE.test(placeText(c)));
    const days = marked.map((c) => placeDay(cellAt(grid, r, c), year)).filter((d): d is IsoDate => d !== null);
    status = marked.length === places.length ? "Hoàn thành" : marked.length > 0 ? "Đang thực hiện" : "Chưa thực hiện";
    partsDone = Math.round((marked.length / places.length) * 10000) / 100;
    partsBy = "parts";
    const placeName = (c: number) => ctx.merges.label(grid, layout.headerBottom, c) || columnName(c);
    const left = places.filter((c) => !marked.includes(c)).map(placeName);
    const exempt = layout.placesAcross.filter((c) => !places.includes(c)).map(placeName);
    notes.push(
      `Theo từng nơi: ${marked.length}/${places.length} đã thực hiện${left.length > 0 && left.length < places.length ? ` (chưa: ${left.join(", ")})` : ""}${exempt.length > 0 ? `; không phải thực hiện: ${exempt.join(", ")}` : ""}`,
    );
    if (status === "Hoàn thành" && doneDate === null && days.length === marked.length && days.length > 0)
      doneDate = days.sort().at(-1) ?? null;
  }
  // A log kept day by day in one cell ("10/3: xây dựng dự thảo⏎02/4: ban hành KH số 35"): its last line is where the work stands.
  const log =
    status === null && statusText === null && col.result !== undefined ? lastLogEntry(cellText(cellAt(grid, r, col.result))) : null;
  if (log !== null) {
    const said = logState(log.body);
    if (said !== null) {
      status = said;
      notes.push(`Trạng thái theo dòng cuối của nhật ký: ${log.line}`);
      const day = said === "Hoàn thành" && doneDate === null && year !== null ? dayMonth(log.day, year) : null;
      if (day !== null) doneDate = day;
    }
  }
  const wordsProgress = progressWords !== "";
  // The text a count of what the task names was read from ("đã gửi 3/3"): no day is read from it.
  let countedIn: string | null = null;
  // "Hoàn thành ngày …" alone on a cell's first line: the work is done, whatever figure the next lines give.
  let doneOnFirstLine = false;
  for (const [t, heading, from] of [
    [resultNow, layout.headings[col.result ?? 0] ?? "Kết quả", col.result],
    [progressWords, layout.headings[col.progress ?? 0] ?? "Tiến độ", col.progress],
    [choices === null ? statusRaw : "", "", col.status],
    [noteText, "", col.note],
    [comments, "Ghi chú trong ô", undefined],
    [stateInContent(ctx, r, content, statusText), "Kết quả ghi trong nội dung", col.content],
  ] as const) {
    if (t === "") continue;
    // "Chưa đạt" in Ghi chú: a verdict on the target, not how far the work is ("Đạt" there, or in Kết quả, says done as before).
    if (from === col.note && from !== col.status && VERDICT_ALONE.test(ctx.facts.of(t).key)) continue;
    // "Hạn Q4 - đang làm 70 phần trăm": what is said after the deadline.
    const afterDue = t.replace(/^(?:thời hạn|hạn|trước)\s*:?\s*[^–—,;-]+[–—,;-]\s*/iu, "");
    // "Hằng tháng, đang làm": how often the work recurs, then how it stands (a state word after it, else the whole).
    const afterRecurrence = afterDue.replace(
      /^(?:(?:hàng|hằng)\s+(?:ngày|tuần|tháng|quý|năm)|thường xuyên|định kỳ|cả năm)\s*[–—,;:-]\s*(?=\p{L})/iu,
      "",
    );
    const stated = ctx.facts.of(afterRecurrence);
    const body = afterRecurrence !== afterDue && (stated.status !== null || stated.statusLead !== null) ? afterRecurrence : afterDue;
    // ("☐ Đã hoàn thành   ☒ Đang thực hiện   ☐ Chưa thực hiện" in Kết quả: the choice ticked, never the first printed.)
    const wholeCell = tickedChoice(body) ?? ctx.facts.of(body).status;
    // "Hoàn thành; 99,4% hồ sơ đúng hạn": a status word as the first clause, a figure of something else after it.
    const clause = wholeCell === null ? /^([^;:]{2,40})[;:]\s*\S/u.exec(body) : null;
    const clauseStatus = clause !== null ? ctx.facts.of(clause[1]).status : null;
    // "Tình trạng: Hoàn thành⏎Quý III/2021: giải ngân …": the cell's own labelled line of state, among its other lines.
    // (Only where the cell as a whole says no state: this runs for every cell of every task row.)
    const lines = wholeCell !== null || clauseStatus !== null || from === undefined ? "" : cellText(cellAt(grid, r, from));
    const stateLine = lines === "" ? null : STATE_LINE.exec(lines)?.[1];
    // "Hoàn thành ngày 28/6/2021⏎Tỷ lệ hồ sơ trực tuyến đạt 14,2% (142/1.000 hồ sơ)": the state on the cell's first line,
    // a figure of the criterion on the next; the figure is no share of the work.
    const firstLine = stateLine || !lines.includes("\n") ? null : /^\s*([^\n]{2,40})\n/u.exec(lines)?.[1];
    const first = firstLine ? ctx.facts.of(firstLine) : null;
    const firstState = first === null ? null : (first.status ?? (STATE_WORD_FIRST.test(first.key) ? first.statusLead : null));
    // "Hoàn thành ngày 31/9/2021": the state stands though its day does not exist (that day is named apart).
    const lineStatus = stateLine ? (ctx.facts.of(stateLine).status ?? ctx.facts.of(stateLine).statusLead) : firstState;
    if (!stateLine && firstState === "Hoàn thành") doneOnFirstLine = true;
    const whole = wholeCell ?? clauseStatus ?? lineStatus;
    const facts = sentenceFactsIn(ctx.facts, body, year);
    const said = whole ?? facts.status;
    // "Hoàn thành" in its column, "Chưa xong, còn 3 lĩnh vực" in Ghi chú (or the other way): the column is kept, the note named.
    const before = status ?? (statusText === null ? null : ctx.facts.of(statusText).status);
    const noteSays = whole ?? (facts.byAspect ? null : facts.status);
    // "Chưa thực hiện" beside "Xong tháng 7" in Kết quả: the state and the result say opposite things (one not started,
    // the other done); the state column is kept all the same, and the pair named.
    const opposite =
      t === result &&
      ((before === "Chưa thực hiện" && noteSays === "Hoàn thành") || (before === "Hoàn thành" && noteSays === "Chưa thực hiện"));
    if ((t === noteText && before !== null && noteSays !== null && (noteSays === "Hoàn thành") !== (before === "Hoàn thành")) || opposite)
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, t === result ? col.result : col.note), t, {
          vi: `trạng thái là "${before}" nhưng ${t === result ? "kết quả" : "ghi chú"} ghi "${t}"; giữ theo trạng thái, hãy kiểm tra.`,
          en: `the status is "${before}" but the ${t === result ? "result" : "note"} says "${t}"; the status is kept, check it.`,
        }),
      );
    // "Đang TH" in Tiến độ beside "Đã phát 2 bản tin" in Kết quả: a status word says more than a sentence's first verb.
    const overSentence = whole !== null && fromSentence && t === progressWords;
    if ((status === null && statusText === null && said) || overSentence) {
      if (overSentence && doneFromSentence) {
        doneDate = null;
        doneFromSentence = false;
      }
      status = said;
      byAspect = whole === null && facts.byAspect;
      fromSentence = whole === null;
      if (fromSentence) sentence = body;
    }
    // ("Đạt 50%" beside "đã cử 02 đồng chí (hoàn thành ngày 25/8/2021); 02 đồng chí còn lại chưa có lớp": a part done that day.)
    if (doneDate === null && doneText === null && facts.doneDate && (status ?? said) === "Hoàn thành" && !partShare(statusText)) {
      doneDate = facts.doneDate;
      doneFromSentence = true;
    }
    // "Đã xong ngày 28/10" beside "Ngày thực hiện xong | 25/10/2021": two days done; the column's kept, the pair named.
    if (doneDate !== null && done.value === doneDate && facts.doneDate && facts.doneDate !== doneDate && col.doneDate !== undefined)
      problems.push(
        problem("BAD_DATE", where(ctx, r, col.doneDate), formatViDate(doneDate), {
          vi: `cột ngày hoàn thành ghi ${formatViDate(doneDate)} nhưng "${t}" ghi ngày ${formatViDate(facts.doneDate)}: giữ ngày ở cột ngày hoàn thành, hãy kiểm tra.`,
          en: `the day-done column says ${doneDate} but "${t}" says ${facts.doneDate}: the column's day is kept, check it.`,
        }),
      );
    if (doneDate === null && doneText === null && facts.daysInDoubt !== null)
      problems.push(
        problem("BAD_DATE", where(ctx, r, from), t, {
          vi: `ghi hai ngày hoàn thành "${facts.daysInDoubt}": không lấy ngày nào làm ngày hoàn thành; hãy ghi một ngày.`,
          en: `two days given as the day done (${facts.daysInDoubt}): neither is taken; write one.`,
        }),
      );
    // "Xong 31/9/2021": a day done that does not exist; none is taken, and it is named.
    if (doneDate === null && doneText === null && facts.badDoneDay !== null)
      problems.push(
        problem("BAD_DATE", where(ctx, r, from), facts.badDoneDay, {
          vi: `ghi ngày hoàn thành "${facts.badDoneDay}" ("${t}"), không phải ngày có thật; không lấy làm ngày hoàn thành, hãy ghi lại.`,
          en: `the day done is written "${facts.badDoneDay}" ("${t}"), which is no real day; not taken, write it again.`,
        }),
      );
    for (const e of facts.evidence) if (!evidence.some((x) => x.includes(e))) evidence.push(e);
    // A progress column left empty on this row ("Đang thực hiện, được 60%" beside it): the sentence's share.
    const noShare = col.progress === undefined || wordsProgress || (progressCell.value === null && progressCell.bad === null);
    // "… (đạt 94,8%). Đang thực hiện, ước đạt 90% khối lượng": the criterion's figure first, the work's own share after it.
    const ownShare = noShare && partsDone === null && facts.progress !== null && criterionShare(t, facts.progress) ? workShare(t) : null;
    if (ownShare !== null) {
      partsDone = ownShare;
      partsBy = "percent";
    }
    if (
      noShare &&
      partsDone === null &&
      facts.progress !== null &&
      // ("Đã khảo sát, lập dự toán; đạt 30%": work done and a share after it; only "Hoàn thành; 99,4%" says all is done.)
      !(clauseStatus === "Hoàn thành" && facts.progress < 100 && SAID_DONE.test(clause?.[1].trim() ?? "")) &&
      !criterionShare(t, facts.progress) &&
      // ("đạt và vượt 16/18 chỉ tiêu": the council's targets counted, criterion 1.7's figure, never the task's parts done.)
      !(facts.progressBy === "parts" && /\d+\s*\/\s*\d+\s*(?:chỉ tiêu|chi tieu)/iu.test(t))
    ) {
      partsDone = facts.progress;
      partsBy = facts.progressBy;
      // "đầy đủ 11/11 kỳ": a count of parts, never 11 November.
      if (partsBy === "parts") countedIn = t;
      // "Xong 1 nửa", "HT 3/4 thôn" in the status column: done is said of a part; the work is under way.
      if (byLead && t === statusRaw && status === "Hoàn thành" && partsDone < 100) {
        status = "Đang thực hiện";
        notes.push(`Trạng thái ghi "${statusRaw}": mới ${formatViNumber(partsDone)}%, đọc là Đang thực hiện`);
      }
    }
    // "Đã gửi 2/3" on "Gửi thư xin lỗi đối với 03 hồ sơ …": two of the three the task names, never 2 March.
    const counted = partsDone === null && from !== col.content ? partsOfContent(t, content) : null;
    if (counted !== null) {
      partsDone = counted;
      partsBy = "parts";
      countedIn = t;
      if (doneFromSentence) {
        doneDate = null;
        doneFromSentence = false;
      }
      // "Đã gửi 2/3" read as done by its verb: two of three is not all.
      if (counted < 100 && status === "Hoàn thành" && whole === null) {
        status = "Đang thực hiện";
        notes.push(`Trạng thái: "${t}" là ${formatViNumber(counted)}% số việc nội dung nêu, đọc là Đang thực hiện`);
      }
    }
    // "60%" alone in the Ghi chú (or the status column) of a table with no progress column: how far the work is.
    const bare =
      (t === noteText || t === statusRaw || t === result) && col.progress === undefined && partsDone === null ? BARE_PERCENT.exec(t) : null;
    if (bare && Number(bare[1].replace(",", ".")) <= 100) {
      partsDone = Number(bare[1].replace(",", "."));
      partsBy = "percent";
    }
    // A result that is only a status word is all in Trạng thái; a sentence stays in Ghi chú as written.
    // Filled from an older column: carried into Ghi chú under that column's own heading.
    if (heading !== "" && wholeCell === null && !(from !== undefined && ctx.fromOlder?.has(from))) notes.push(`${heading}: ${t}`);
  }
  if ((byAspect || fromSentence) && status === "Hoàn thành") {
    // "Đã kiểm tra 4/6 đợt", "xong 3/4 thôn": part of the work; "Đã hướng dẫn 53 trường hợp" on a
    // standing task ("Thường xuyên"): work goes on.
    // "Kiểm tra … hằng tháng" with no day of its own is such a task too (a week's schedule giving "Tiếp công dân
    // định kỳ" a day makes it one session, done).
    const standing =
      byAspect &&
      ((due.phrase !== null && ["continuous", "periodic"].includes(parseDeadline(due.phrase).kind)) ||
        (due.value === null && RECURRING_WORK.test(looseKey(content))));
    // "…; đang tổng hợp, chưa xong (hẹn 10/12)", "dự kiến ban hành 20/12": the work is not over.
    // ("Đã trình CT phê duyệt kinh phí, chờ mua sắm": handed up, waiting; unless handing it up is the task.)
    const handedUp =
      SUBMITTED.test(looseKey(sentence)) && !/^(?:trinh|nop|gui|tham muu|de xuat|du thao|soan thao)\b/.test(looseKey(content));
    const unfinished = fromSentence && (saysUnfinished(looseKey(sentence), sentence) || handedUp);
    // "Đã có khối lượng đợt 2" beside 60 in Tiến độ: the column says how far the work is, the sentence only that some was done.
    const behind = !wordsProgress && progressCell.value !== null && progressCell.value < 100;
    if ((partsDone !== null && partsDone < 100) || standing || unfinished || behind) {
      status = "Đang thực hiện";
      if (doneFromSentence) doneDate = null;
      // "Hoàn thành, tiến độ 60%": the sentence says done in so many words and gives a share short of it; which holds
      // cannot be told, so it is named (the share is taken for now).
      if (partsBy === "percent" && partsDone !== null && partsDone < 100 && SAID_DONE.test(sentence.trim()))
        problems.push(
          problem("STATUS_CONTRADICTION", where(ctx, r, col.result ?? col.status ?? col.note), sentence, {
            vi: `ô ghi "${sentence}": vừa ghi hoàn thành vừa ghi tiến độ ${formatViNumber(partsDone)}%; tạm lấy Đang thực hiện, hãy ghi lại cho rõ.`,
            en: `the cell says "${sentence}": done, and ${formatViNumber(partsDone)}% along; under way is taken for now, write it again.`,
          }),
        );
      if (unfinished) notes.push("Trạng thái: câu ghi việc chưa xong, đọc là Đang thực hiện");
      // "Đã xong ngày 12/8" beside 80 in Tiến độ: the words say done, the column short of it; named, never glossed.
      else if (behind && partsDone === null && SAID_DONE.test(sentence.trim()))
        problems.push(
          problem("STATUS_CONTRADICTION", where(ctx, r, col.progress ?? col.result ?? col.note), sentence, {
            vi: `ô ghi "${sentence}" (đã xong) nhưng tiến độ ghi ${formatViNumber(progressCell.value ?? 0)}%; tạm lấy Đang thực hiện, hãy ghi lại cho rõ.`,
            en: `the cell says "${sentence}" (done) but the progress is ${formatViNumber(progressCell.value ?? 0)}%; under way is taken for now, write it again.`,
          }),
        );
      else if (behind)
        notes.push(
          `Trạng thái: tiến độ ghi ${formatViNumber(progressCell.value ?? 0)}%, câu "${sentence}" không nói đã xong; đọc là Đang thực hiện`,
        );
    }
  }
  // Under "CHƯA HOÀN THÀNH": not done, whatever a sentence sounds like; said where the row's own words disagree.
  if (above?.state === "unfinished" && status === "Hoàn thành") {
    status = "Đang thực hiện";
    if (doneFromSentence) doneDate = null;
    problems.push(
      problem("STATUS_CONTRADICTION", where(ctx, r, col.status ?? col.result ?? col.note), "Hoàn thành", {
        vi: `dòng đọc được là Hoàn thành nhưng nằm trong nhóm "${above.label}"; tạm lấy Đang thực hiện.`,
        en: `the row reads as done but sits under "${above.label}"; taken as under way for now.`,
      }),
    );
  }
  // "Xong, chậm 5 ngày", "Xong trước hạn 3 ngày", "Hoàn thành sớm 1 tuần": the day done, counted from the deadline.
  const dueDay = due.value ?? dueSaid;
  if (status === "Hoàn thành" && doneDate === null && doneText === null && dueDay !== null) {
    for (const t of [statusRaw, result, noteText]) {
      const off = t === "" ? null : offsetFromDue(ctx.facts.of(t).key);
      if (off === null) continue;
      doneDate = addDays(dueDay, off.days);
      notes.push(`Ngày hoàn thành tính từ hạn ${formatViDate(dueDay)} theo "${t}": ${formatViDate(doneDate)}`);
      break;
    }
  }
  // "Xong tháng 8", "Đã xong trong quý II", "tháng 8/2021" in the completion column: done within that month or quarter.
  // Its last day is taken, as a deadline's period is read (the latest it can be, so a late one is never made on time),
  // and said.
  if (status === "Hoàn thành" && doneDate === null && year !== null) {
    const said: Array<[string, number | undefined, boolean]> = [
      [done.bad ?? "", col.doneDate, true],
      [statusRaw, col.status, false],
      [result, col.result, false],
      [noteText, col.note, false],
    ];
    for (const [t, from, bare] of said) {
      const within = t === "" ? null : donePeriod(t, year, bare);
      if (within === null) continue;
      doneDate = ctx.asOf !== null && within.end > ctx.asOf ? ctx.asOf : within.end;
      if (t === done.bad) doneText = null;
      problems.push(
        problem("DATE_APPROXIMATE", where(ctx, r, from), t, {
          vi: `chỉ ghi hoàn thành trong ${within.name} ("${t}"): lấy ngày ${formatViDate(doneDate)} làm ngày hoàn thành; hãy ghi ngày cụ thể.`,
          en: `done only said to be within ${within.name} ("${t}"): ${formatViDate(doneDate)} is taken as the day done; write the day.`,
        }),
      );
      break;
    }
  }
  // "dự kiến 25/12" in the completion column, or any date there on work not done under "Ngày hoàn thành
  // (thực tế / dự kiến)": the day it is expected, said in Ghi chú, never a day it was done.
  const expected = col.doneDate === undefined ? null : expectedDone(ctx, done, status, layout.headings[col.doneDate] ?? "");
  if (expected !== null) {
    notes.push(expected);
    if (done.bad !== null) doneText = null;
    if (done.value !== null && doneDate === done.value) doneDate = null;
  }
  if (done.bad !== null && expected === null && doneText !== null) {
    // "Đã xong", "x" in a completion column: a status, not a bad date.
    const f = ctx.facts.of(done.bad);
    // "HT 18/11", "Xong 25/10/2021" in the completion column: the day done, and so done.
    const said = sentenceFactsIn(ctx.facts, done.bad, year);
    if (f.status === "Hoàn thành" || f.tick) {
      doneText = null;
      if (status === null) status = "Hoàn thành";
    } else if (said.status === "Hoàn thành" && said.doneDate !== null && (status === null || status === "Hoàn thành")) {
      doneText = null;
      doneDate = said.doneDate;
      status = "Hoàn thành";
      notes.push(
        `Cột "${layout.headings[col.doneDate as number] ?? "Ngày hoàn thành"}" ghi "${done.bad}": hoàn thành ngày ${formatViDate(said.doneDate)}`,
      );
    } else
      problems.push(
        problem("BAD_DATE", where(ctx, r, col.doneDate), done.bad, {
          vi: `không đọc được ngày hoàn thành "${done.bad}".`,
          en: `the completion date "${done.bad}" cannot be read.`,
        }),
      );
  }
  // The office's check of the official's own report: "Không đạt" undoes a "Hoàn thành", "Đã hoàn thành" (on the day
  // its note gives) makes one, "ngày hoàn thành thực tế 03/12" corrects the day; "Đúng" leaves the report as it is.
  let checkedDone = false;
  if (ctx.checkCols) {
    const verdict = text(ctx, r, ctx.checkCols.verdict);
    const remark = text(ctx, r, ctx.checkCols.note);
    if (verdict !== "") mark(r, ctx.checkCols.verdict, "field");
    if (remark !== "") mark(r, ctx.checkCols.note as number, "field");
    const said = [verdict, remark].filter((x) => x !== "").join(" — ");
    const k = ctx.facts.of(verdict).key;
    const realDay = /\bthuc te\b/.test(k) ? dueInSentenceDate(ctx, `${verdict} ${remark}`) : null;
    const before = status;
    if (CHECK_FAILS.test(k) && status === "Hoàn thành") {
      status = "Đang thực hiện";
      doneDate = null;
    } else if (CHECK_DONE.test(k) && status !== "Hoàn thành") {
      status = "Hoàn thành";
      checkedDone = true;
      doneDate = dueInSentenceDate(ctx, remark) ?? doneDate;
    } else if (realDay !== null && status === "Hoàn thành") doneDate = realDay;
    else if (status !== "Hoàn thành") {
      // "thực tế đã xong 10/12": the office found it done on a day, whatever the official's column says.
      const found = sentenceFactsIn(ctx.facts, said, year);
      if (found.doneDate !== null && found.status !== "Đang thực hiện" && found.status !== "Chưa thực hiện") {
        status = "Hoàn thành";
        checkedDone = true;
        doneDate = found.doneDate;
      }
    }
    if (said !== "") notes.push(`Văn phòng kiểm tra: ${said}`);
    if (status !== before || realDay !== null)
      problems.push(
        problem("STATUS_CONTRADICTION", where(ctx, r, ctx.checkCols.verdict), verdict, {
          vi: `cán bộ tự báo cáo "${before ?? ""}" nhưng kết quả kiểm tra ghi "${said}"; lấy theo kết quả kiểm tra (${status}${doneDate ? `, ${formatViDate(doneDate)}` : ""}).`,
          en: `the official reported "${before ?? ""}" but the check says "${said}"; the check is taken (${status}).`,
        }),
      );
  }
  // "Bắt đầu" | 02/11/2021 beside an empty "Hoàn thành": begun, not done (a share written says more: 0 %, 100 %).
  if (status === null && statusText === null && doneDate === null && progressCell.value === null && ctx.startCols)
    for (const c of ctx.startCols) {
      const begun = readDate(ctx, r, c, undefined, [], false).value;
      if (begun === null) continue;
      status = "Đang thực hiện";
      const heading = ctx.merges.label(grid, layout.headerBottom, c) || (layout.headings[c] ?? columnName(c));
      notes.push(`Trạng thái không ghi; coi là Đang thực hiện theo cột "${heading}" (${formatViDate(begun)})`);
      break;
    }
  // No status column, and the result's document written with its day ("Báo cáo 52/BC-VHXH, 29/11/2021"):
  // the work is done, on that day; said.
  // An incoming document written before the work ("CV 95/PTP ngày 01/10/2021" in a register) is where it came from: no result.
  const resultDoc = col.content === undefined || col.evidence === undefined || col.evidence > col.content;
  // A register's answer ("VB trả lời: 171/BC-UBND ngày 09/12/2021") with its state left blank says as much.
  const answered = col.evidence !== undefined && isReplyDocHeading(headingKey(layout.headings[col.evidence] ?? ""));
  if (
    status === null &&
    statusText === null &&
    (col.status === undefined || answered) &&
    layout.statusTicks === undefined &&
    ev !== "" &&
    resultDoc
  ) {
    const doc = ctx.facts.of(ev);
    const days = doc.docRef ? (ev.match(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/g) ?? []).map((t) => findDate(t)) : [];
    const day = days.filter((d): d is IsoDate => d !== null).at(-1) ?? null;
    if (day !== null) {
      status = "Hoàn thành";
      if (doneDate === null) doneDate = day;
      notes.push(`Trạng thái không ghi; văn bản kết quả "${ev}" ghi ngày ${formatViDate(day)}: coi là Hoàn thành ngày đó`);
    }
  }
  // "Việc đã xong thì để trống cột này": the sheet's own note says what a blank status means; said.
  if (status === null && statusText === null && col.status !== undefined && ctx.blankDone !== undefined) {
    status = "Hoàn thành";
    notes.push(`Trạng thái để trống; theo chú thích "${ctx.blankDone}": coi là Hoàn thành`);
  }
  // "Đã xong", "Đang làm", "Chưa làm": a sheet per state, its name the status of rows that write none.
  if (status === null && statusText === null && col.status === undefined && layout.statusTicks === undefined) {
    const bySheet = statusWord(looseKey(grid.sheet));
    if (bySheet !== null) {
      status = bySheet;
      notes.push(`Trạng thái theo tên sheet "${grid.sheet}"`);
    }
  }
  if (statusText !== null)
    problems.push(
      problem("UNKNOWN_STATUS", where(ctx, r, col.status), statusText, {
        vi: `"${statusText}" không phải Chưa thực hiện / Đang thực hiện / Hoàn thành.`,
        en: `"${statusText}" is not Not started / In progress / Done.`,
      }),
    );

  // "T9: 62%; T10: 70%; T11: 84%" where no state is written: the work month by month, the latest month's share now.
  const monthly = status === null && progressCell.value === null && typedProgress === null ? monthlyShare(ctx, r) : null;
  if (monthly !== null) {
    status = monthly.share >= 100 ? "Hoàn thành" : "Đang thực hiện";
    typedProgress = monthly.share;
    notes.push(`Tiến độ ${formatViNumber(monthly.share)}% theo tháng ${monthly.month} (ghi "${monthly.said}")`);
  }
  let progress = progressCell.value;
  if (progressCell.bad !== null && !wordsProgress && pace === null && !isGridError(cellAt(grid, r, col.progress ?? 0)))
    problems.push(
      problem("BAD_NUMBER", where(ctx, r, col.progress), progressCell.bad, {
        vi: `tiến độ "${progressCell.bad}" không phải là số.`,
        en: `progress "${progressCell.bad}" is not a number.`,
      }),
    );
  // The quarters' last figure, unless a column says how far the work is now.
  if (across !== null && (progress === null || col.progress === undefined)) progress = across.value;
  else if (typedProgress !== null && progress === null) progress = typedProgress;
  else if (
    (col.progress === undefined || wordsProgress || (progress === null && progressCell.bad === null)) &&
    partsDone !== null &&
    // "Hoàn thành" beside "Đạt 63,5%": what the work achieved (the target was 60 %), not how far it got.
    !((partsBy === "percent" || doneOnFirstLine) && status === "Hoàn thành" && partsDone < 100)
  ) {
    progress = partsDone;
    notes.push(`Tiến độ ${formatViNumber(progress)}% ${partsBy === "percent" ? "lấy từ lời ghi trong dòng" : "tính từ số phần đã làm"}`);
  } else if (progress === null && (progressCell.bad === null || wordsProgress) && status !== null && status !== "Đang thực hiện") {
    progress = status === "Hoàn thành" ? 100 : 0;
    notes.push(`Tiến độ ${progress}% suy ra từ trạng thái`);
  }
  // "Chưa" alone answers "Đã xong chưa?": not finished, and work written beside it ("đã số hóa 140/300") is under way.
  // "Chưa xong", "Chưa hoàn thành" beside 80 % say the same: not finished, not "not begun".
  if (
    status === "Chưa thực hiện" &&
    progress !== null &&
    progress > 0 &&
    progress < 100 &&
    // (Written in the status column, or in the result column where there is none.)
    /^chua(?: xong| hoan thanh| ht)?\.?$/.test(ctx.facts.of(statusRaw || result).key)
  ) {
    status = "Đang thực hiện";
    notes.push(`Trạng thái ghi "${statusRaw || result}" (chưa xong) nhưng đã làm ${formatViNumber(progress)}%: đọc là Đang thực hiện`);
  } else if (
    status === "Hoàn thành" &&
    progress !== null &&
    progress < 100 &&
    /^(?:dat|dat yeu cau)$/.test(ctx.facts.of(statusRaw).key) &&
    /\bdanh gia\b/.test(headingKey(layout.headings[col.status ?? 0] ?? ""))
  ) {
    // "Đạt" under "Đánh giá" beside 80 %: the work judged on track, not finished.
    status = "Đang thực hiện";
    notes.push(
      `${layout.headings[col.status ?? 0] ?? "Đánh giá"} ghi "${statusRaw}" nhưng mới ${formatViNumber(progress)}%: đọc là Đang thực hiện`,
    );
  } else if (
    status === "Chưa thực hiện" &&
    result !== "" &&
    /^(?:chua dat|khong dat)$/.test(ctx.facts.of(statusRaw).key) &&
    /\bdanh gia\b/.test(headingKey(layout.headings[col.status ?? 0] ?? "")) &&
    !/^(?:chua|khong)\b/.test(ctx.facts.of(result).key)
  ) {
    // "Chưa đạt" under "Đánh giá" beside "Trong tháng tiếp nhận 47 hồ sơ, giải quyết đúng hạn 45 …": the target judged
    // missed, the work done in part; not "not begun". Said, and named: the state is not written.
    status = "Đang thực hiện";
    if (progress === 0) {
      progress = null;
      const derived = notes.indexOf("Tiến độ 0% suy ra từ trạng thái");
      if (derived >= 0) notes.splice(derived, 1);
    }
    notes.push(
      `${layout.headings[col.status ?? 0] ?? "Đánh giá"} ghi "${statusRaw}" (chỉ tiêu chưa đạt) nhưng kết quả ghi việc đã làm: đọc là Đang thực hiện`,
    );
    problems.push(
      problem("UNKNOWN_STATUS", where(ctx, r, col.status), statusRaw, {
        vi: `"${statusRaw.trim()}" ở cột "${layout.headings[col.status ?? 0] ?? "Đánh giá"}" đánh giá chỉ tiêu, không nói việc đã xong hay chưa; kết quả ghi việc đã làm nên tạm coi là Đang thực hiện, hãy ghi trạng thái.`,
        en: `"${statusRaw.trim()}" under "${layout.headings[col.status ?? 0] ?? "Đánh giá"}" judges the target, not whether the work is done; the result reports work done, so taken as in progress for now; write the status.`,
      }),
    );
  } else if (status === "Chưa thực hiện" && fromSentence && statusText === null && progress !== null && progress > 0 && progress < 100) {
    // "Chưa bố trí được kinh phí, đề nghị gia hạn" in Ghi chú beside 20 %: what is still missing, the work begun.
    status = "Đang thực hiện";
    notes.push(`Ghi "${cleanText(sentence)}" nhưng đã làm ${formatViNumber(progress)}%: đọc là Đang thực hiện`);
  }
  // No status column, and the result reports what was done ("Trong quý tiếp nhận 388 hồ sơ, giải quyết đúng hạn 386 …"):
  // the work is under way, said; never where the result says it has not begun or only what is planned.
  if (
    status === null &&
    statusText === null &&
    col.status === undefined &&
    layout.statusTicks === undefined &&
    progress === null &&
    reportsWork(ctx.facts.of(result).key)
  ) {
    status = "Đang thực hiện";
    notes.push(`Trạng thái không ghi; ${layout.headings[col.result ?? 0] ?? "Kết quả"} ghi việc đã làm: coi là Đang thực hiện`);
  }
  // No state written anywhere, a share short of all and above none beside it ("Tiến độ: 80%"): the work is under way, said.
  if (status === null && statusText === null && col.status === undefined && progress !== null && progress > 0 && progress < 100) {
    status = "Đang thực hiện";
    notes.push(`Trạng thái không ghi; coi là Đang thực hiện theo tiến độ ${formatViNumber(progress)}%`);
  }
  // The check found the work done: the share the official reported before it is past.
  if (checkedDone && progress !== null && progress < 100) {
    notes.push(`Tiến độ tự báo cáo ${formatViNumber(progress)}%; theo kết quả kiểm tra là 100%`);
    progress = 100;
  }
  // "niêm yết ngày 14.10.2021", "QĐ 95/QĐ-UBND ngày 20/9/2021", "20/10: đã phát xong": a done task's (by its status, or
  // its progress at 100 %) one day in its remark is the day done, said.
  if ((status === "Hoàn thành" || (status === null && progress === 100)) && doneDate === null && doneText === null && year !== null)
    // "Rồi 9/11" in the status cell itself last.
    // "… - đã hoàn thành ngày 15/4/2021." at the end of the task's own words last of all.
    for (const t of [noteText, statusRaw === result ? "" : result, statusRaw === noteText ? "" : statusRaw, doneAtEnd(content)]) {
      const day = t === "" ? null : dayInRemark(t === countedIn ? t.replace(FRACTION, " ") : t, year);
      if (day === null) continue;
      doneDate = day;
      notes.push(`Ngày hoàn thành lấy theo ngày ghi trong "${cleanText(t.replace(/\s*\n\s*/g, "; "))}"`);
      break;
    }
  // "gửi thư xin lỗi … ngày 31/11/2021": a day no calendar has, where the day done was looked for, is named, never passed over.
  if ((status === "Hoàn thành" || (status === null && progress === 100)) && doneDate === null && doneText === null) {
    const cols = [col.note, col.result, col.status, col.content];
    const found = [noteText, result, statusRaw, content]
      .map((t, i) => ({ i, day: (t.match(IMPOSSIBLE_DAY) ?? []).find((d) => impossibleDay(d)) }))
      .find((x) => x.day !== undefined);
    const named = (day: string) => problems.some((p) => p.code === "BAD_DATE" && p.row === r && p.value === day);
    if (found?.day !== undefined && !named(found.day))
      problems.push(
        problem("BAD_DATE", where(ctx, r, cols[found.i]), found.day, {
          vi: `ngày "${found.day}" ghi trong dòng không có thật; không lấy làm ngày hoàn thành, hãy sửa lại trong sổ.`,
          en: `the day "${found.day}" written on the row does not exist; not taken as the day done, correct it in the workbook.`,
        }),
      );
  }
  // Done before the day it was given ("Xong ngày 02/11" given 05/11): one of the two days is wrong.
  if (doneDate !== null && givenOn !== null && doneDate < givenOn)
    problems.push(
      problem("STATUS_CONTRADICTION", where(ctx, r, col.doneDate ?? layout.assigned), formatViDate(doneDate), {
        vi: `ngày hoàn thành ${formatViDate(doneDate)} trước ngày giao ${formatViDate(givenOn)}; hãy kiểm tra một trong hai ngày.`,
        en: `done on ${formatViDate(doneDate)}, before the day it was given, ${formatViDate(givenOn)}; check one of the two.`,
      }),
    );
  if (noteText !== "") notes.unshift(noteText);
  // "Hủy", "Không thực hiện nữa", "Gộp vào nội dung STT 4", "dừng do dịch": no longer work to do (never the task's own words).
  const cancelled = firstRead([statusRaw, result, noteText], cancelledBy);
  let ownLead = leadText(ctx, r, col.lead);
  const byCode = ctx.leadCodes && ownLead !== "" ? ctx.leadCodes.get(ownLead) : undefined;
  if (byCode !== undefined) {
    notes.push(`Chủ trì ghi mã ${ownLead}, theo bảng mã: ${byCode}`);
    ownLead = byCode;
  } else if (ctx.leadCodes && /^\d{1,3}$/.test(ownLead))
    problems.push(
      problem("UNKNOWN_OFFICIAL", where(ctx, r, col.lead), ownLead, {
        vi: `mã chủ trì "${ownLead}" không có trong bảng mã bên cạnh bảng.`,
        en: `the lead code "${ownLead}" is not in the code table beside the table.`,
      }),
    );
  // "Lãnh đạo phụ trách" beside the official who does the work: the leader leads only where no one else is named.
  const leader = ctx.leaderCol === undefined ? "" : text(ctx, r, ctx.leaderCol);
  if (leader !== "" && ctx.leaderCol !== undefined) {
    mark(r, ctx.leaderCol, "field");
    const heading = layout.headings[ctx.leaderCol] ?? columnName(ctx.leaderCol);
    if (ownLead === "") {
      ownLead = leader;
      notes.push(`Chủ trì lấy theo cột "${heading}" (cột người thực hiện để trống)`);
    } else notes.push(`${heading}: ${leader}`);
  }
  // "Người cập nhật" (a shared workbook): an office written there leads; a person is placed by the
  // workbook's staff list (leadsByStaffList), else only said, and the sheet's or the plan's lead stands.
  let updatedBy: string | undefined;
  const updater = ctx.updaterCol === undefined ? "" : text(ctx, r, ctx.updaterCol);
  if (updater !== "" && ctx.updaterCol !== undefined) {
    mark(r, ctx.updaterCol, "field");
    const heading = layout.headings[ctx.updaterCol] ?? columnName(ctx.updaterCol);
    if (ownLead === "" && resolveOfficial(updater, "xã").ok) {
      ownLead = updater;
      notes.push(`Chủ trì lấy theo cột "${heading}"`);
    } else {
      notes.push(`${heading}: ${updater}`);
      if (ownLead === "") updatedBy = updater;
    }
  }
  // "VP-TK, **Một cửa**, TP-HT" (the lead set in bold among several): the bold one leads, and it is said.
  const strong = col.lead !== undefined ? grid.bold?.[`${r}:${col.lead}`] : undefined;
  if (strong && strong.length === 1 && findOfficials(strong[0], "xã").length === 1 && findOfficials(ownLead, "xã").length > 1) {
    // Put first, where the lead of several is read from.
    const parts = ownLead
      .split(/[,;]/)
      .map((x) => x.trim())
      .filter((x) => x !== "");
    const at = parts.findIndex((x) => x.includes(strong[0]));
    if (at > 0) ownLead = [parts[at], ...parts.filter((_, i) => i !== at)].join(", ");
    notes.push(`Chủ trì là đơn vị in đậm trong ô: ${strong[0]}`);
  }
  const titled = ownLead !== "" ? officialOfPersonInTitle(ctx.contextText ?? "", ownLead) : null;
  if (titled !== null) {
    notes.push(`Chủ trì lấy theo tiêu đề bảng: ${titled.said}; ô ghi: ${ownLead}`);
    ownLead = titled.official;
  }
  // "Từ tháng 10 chuyển cho CT UBND trực tiếp chỉ đạo" in Ghi chú: the work has changed hands; the one who has it now
  // leads, the lead written and the note said, and Kiểm tra asks for a look.
  // (Or in the result's log: "+ Bàn giao cho BP Một cửa (đ/c Hoa) thực hiện".)
  const handedTo = ownLead === "" ? null : firstRead([noteText, result], (t) => (t === "" ? null : handedOverIn(t, "xã")));
  if (handedTo !== null && !findOfficials(ownLead, "xã").some((o) => o.title === handedTo.title)) {
    notes.push(`Chủ trì theo Ghi chú: "${handedTo.said}" (cột chủ trì ghi: ${ownLead})`);
    problems.push(
      problem("LEAD_UNCLEAR", where(ctx, r, col.note ?? col.lead), handedTo.said, {
        vi: `Ghi chú nói việc đã chuyển: "${handedTo.said}"; lấy ${handedTo.title} làm chủ trì thay cho "${ownLead}", hãy kiểm tra.`,
        en: `the note says the work changed hands: "${handedTo.said}"; ${handedTo.title} taken as the lead instead of "${ownLead}", check it.`,
      }),
    );
    ownLead = handedTo.title;
  }
  // "1.1", "1.2" under "1 | Rà soát … | CC VP-TK | 30/10/2021", "a)" under "3": an item writing no lead or deadline
  // does its task's part, under that task's lead and by its deadline, and Ghi chú says so.
  const parentTask = partAbove ?? (col.stt !== undefined ? numberedParentRow(ctx, r, col.stt) : null);
  const parentLead = parentTask !== null && ownLead === "" ? ownText(ctx, parentTask, col.lead) : "";
  if (parentLead !== "") {
    ownLead = parentLead;
    notes.push(`Chủ trì lấy theo nhiệm vụ cấp trên (dòng ${parentTask}): ${parentLead}`);
  }
  // "Đ/c Hà (VP-TK) phụ trách" in the row's own Ghi chú says who leads before the row above does.
  const noteLead = ownLead === "" && leadAbove !== null ? leadInNote(noteText, "xã") : null;
  // "… (giao công chức Tư pháp - Hộ tịch)" under a section led by another: the task's own words are nearer than its section's.
  const givenOver =
    noteLead === null && ownLead === "" && leadAbove !== null && /(?:^|\()\s*giao\s/iu.test(content) ? leadInSentence(content) : null;
  // "… (CC VH-XH chủ trì; hạn 30/10/2021)" under a sheet titled for another office: the row names its own.
  const bracketed = noteLead === null && ownLead === "" && leadAbove !== null && givenOver === null ? leadInClosingBracket(content) : null;
  const over = givenOver ?? bracketed;
  const overAbove = over !== null && over.title !== leadAbove ? over : null;
  if (noteLead !== null) notes.push(`Chủ trì lấy theo Ghi chú: ${noteLead.said}`);
  else if (overAbove !== null) notes.push(`Chủ trì lấy theo nội dung: ${overAbove.said} (dòng trên bảng ghi: ${leadAbove})`);
  else if (ownLead === "" && leadAbove !== null) notes.push(`Chủ trì lấy theo dòng trên bảng: ${leadAbove}`);
  // "Giao công chức Văn phòng - Thống kê chủ trì …": the one the sentence gives the work to.
  const givenTo = ownLead === "" && leadAbove === null ? leadInSentence(content) : overAbove;
  if (givenTo !== null && givenTo !== overAbove) notes.push(`Chủ trì lấy theo nội dung: ${givenTo.said}`);
  const undated = due.value === null && dueSaid === null && due.bad === null && due.phrase === null;
  const parentDue = undated && parentTask !== null ? readDate(ctx, parentTask, col.due, undefined, [], true) : null;
  const byParent: DueAbove | null =
    parentDue !== null && (parentDue.value !== null || parentDue.phrase !== null)
      ? {
          label: `nhiệm vụ cấp trên (dòng ${parentTask})`,
          date: parentDue.value,
          phrase: parentDue.value === null ? parentDue.phrase : null,
        }
      : null;
  // No deadline on the row: its task's row above, else the group row above says when ("THÁNG 11/2021"); Ghi chú says so.
  const groupDue = undated ? (byParent ?? dueAbove) : null;
  // "II. … | 30/11/2021" over a task due 31/12/2021: its own day is kept, the heading's earlier one named beside it.
  if (!undated && due.value !== null && dueAbove?.date && due.value > dueAbove.date)
    problems.push(
      problem("DUE_AFTER_HEADING", where(ctx, r, col.due), formatViDate(due.value), {
        vi: `hạn ${formatViDate(due.value)} của nhiệm vụ muộn hơn hạn ${formatViDate(dueAbove.date)} của dòng "${dueAbove.label.slice(0, 80)}" chứa nó; lấy hạn của nhiệm vụ, hãy kiểm tra.`,
        en: `the task is due ${due.value}, later than ${dueAbove.date} of the heading "${dueAbove.label.slice(0, 80)}" over it; the task's own is taken, check it.`,
      }),
    );
  if (groupDue) notes.push(groupDue === byParent ? `Hạn lấy theo ${groupDue.label}` : `Hạn lấy theo dòng trên bảng: ${groupDue.label}`);
  // "x" under "Đúng hạn" for work done after its deadline (or under "Quá hạn" for work done in time): named.
  const finalDue = due.value ?? dueSaid ?? groupDue?.date ?? null;
  if (
    markedTimely !== null &&
    status === "Hoàn thành" &&
    doneDate !== null &&
    finalDue !== null &&
    markedTimely.onTime !== doneDate <= finalDue
  )
    problems.push(
      problem("STATUS_CONTRADICTION", where(ctx, r, markedTimely.col), markedTimely.heading, {
        vi: `đánh dấu "${markedTimely.heading}" nhưng hạn ${formatViDate(finalDue)}, hoàn thành ${formatViDate(doneDate)}; đánh giá theo ngày.`,
        en: `marked "${markedTimely.heading}" but due ${finalDue}, done ${doneDate}; judged by the dates.`,
      }),
    );

  return {
    code,
    content,
    lead: ownLead !== "" ? ownLead : (noteLead?.title ?? overAbove?.title ?? leadAbove ?? givenTo?.title ?? ""),
    partners: text(ctx, r, col.partners),
    due: due.value ?? dueSaid ?? groupDue?.date ?? null,
    dueText: due.value === null && dueSaid === null ? (due.bad ?? due.phrase ?? groupDue?.phrase ?? null) : null,
    status,
    statusText,
    progress,
    doneDate,
    doneText,
    evidence: evidence.join("; "),
    note: notes.join("; "),
    group,
    ...(cancelled === null ? {} : { cancelled }),
    ...(parent === null ? {} : { place: parent.text }),
    ...(partOf === undefined ? {} : { partOf }),
    ...(updatedBy === undefined ? {} : { updatedBy }),
    ...(numberCode === undefined ? {} : { numberCode }),
    source: source(ctx, r, sourceColumns(layout)),
  };
}

/** Each period's own words, without what the headings over them share ("Tiến độ (%) Tháng 10" -> "Tháng 10"). */
function periodNames(headings: readonly string[]): string[] {
  return headings.map((h) => {
    const words = h.trim().split(/\s+/u);
    // The shortest ending that names a period: "T10", "Tháng 12 (đến 15/12)".
    for (let k = 1; k <= Math.min(words.length, 6); k++) {
      const tail = words.slice(-k).join(" ");
      if (parsePeriod(tail) !== null) return tail;
    }
    return words.at(-1) ?? "";
  });
}

/**
 * A task's progress written per period across the columns ("T9 | T10 | T11" under "Tiến độ (%)"):
 * the value of the latest period begun by the as-of date, with the others told in Ghi chú.
 */
function progressAcross(
  ctx: ExtractContext,
  r: number,
  across: AcrossLayout,
  mark: Mark,
): {
  value: number;
  note: string;
  offBy?: { added: number; column: number };
  fell?: { from: string; to: string; column: number };
} | null {
  const cols = Object.keys(across.periods)
    .map(Number)
    .sort((a, b) => a - b);
  const seen: string[] = [];
  const values: number[] = [];
  let latest: { value: number; name: string; column: number } | null = null;
  // The highest progress an earlier period gave: a later one lower than it goes back on it.
  let high: { value: number; name: string } | null = null;
  let fell: { from: string; to: string; column: number } | undefined;
  const names = periodNames(cols.map((c) => ctx.layout.headings[c] ?? ""));
  for (const [i, c] of cols.entries()) {
    const p = across.periods[c];
    const v = readPercent(ctx, r, c, taskShareScale(ctx, c)).value;
    if (v === null) continue;
    mark(r, c, "field");
    const name = names[i] || columnName(c);
    seen.push(`${name}: ${formatViNumber(v)}%`);
    values.push(v);
    const year = p.year ?? ctx.year;
    const start = year === null ? null : periodStart(p, year);
    if (ctx.asOf === null || start === null || start <= ctx.asOf) {
      if (high !== null && v < high.value - 0.5)
        fell = { from: `${formatViNumber(high.value)}% (${high.name})`, to: `${formatViNumber(v)}% (${name})`, column: c };
      if (high === null || v > high.value) high = { value: v, name };
      latest = { value: v, name, column: c };
    }
  }
  if (latest === null) return null;
  // "T7 | T8 | T9 | Lũy kế": what each month added, and the progress so far beside them; the latter is the task's.
  for (const c of across.skipped) {
    const heading = ctx.layout.headings[c] ?? "";
    // The heading's own words, past what the headings over it share ("Tiến độ (%) Lũy kế" -> "Lũy kế").
    const own = heading.trim().split(/\s+/u).slice(-3).join(" ");
    if (!SO_FAR.test(periodNames([heading])[0] ?? "") && !SO_FAR.test(own)) continue;
    const v = readPercent(ctx, r, c, fractionScale(ctx, c)).value;
    if (v === null || v > 100) continue;
    mark(r, c, "field");
    const name =
      SO_FAR.exec(own)?.[0]
        .trim()
        .replace(/\s*\($/, "") ?? own;
    // "T7 20 | T8 20 | T9 20 | Lũy kế 90": what the months added is not the total (neither is the last month's, as
    // running figures would be): one of them is wrong.
    const added = values.reduce((sum, x) => sum + x, 0);
    const off = values.length >= 2 && Math.abs(added - v) > 0.5 && Math.abs((values.at(-1) ?? v) - v) > 0.5;
    const note = `Tiến độ theo kỳ ${seen.join(", ")}; lấy cột "${name}": ${formatViNumber(v)}%`;
    return off ? { value: v, note, offBy: { added, column: c } } : { value: v, note };
  }
  const note = `Tiến độ theo kỳ ${seen.join(", ")}; lấy ${latest.name}`;
  return fell ? { value: latest.value, note, fell } : { value: latest.value, note };
}

// "Lũy kế", "Lũy kế đến nay", "Cộng dồn": the progress so far, beside what each period added.
const SO_FAR = /(?:^|\s)(?:lũy kế|luỹ kế|luy ke|cộng dồn|cong don|cả năm|ca nam)(?:\s|$|\s*\()/iu;

// "Hoàn thành, …", "Đã hoàn thành …", "Xong …": a sentence opening with the word done.
const SAID_DONE = /^(?:đã\s+)?(?:hoàn thành|hoàn tất|xong)(?!\p{L})/iu;

function isTicked(v: GridCell, facts: FactsCache): boolean {
  if (v === true) return true;
  if (typeof v === "number") return v === 1;
  return typeof v === "string" && facts.of(v).tick;
}

/** A state named last in a heading, a remark in brackets after it: "… Đang thực hiện", "Chưa thực hiện (lý do)". */
const STATE_AT_HEADING_END =
  /(?:^| )(da hoan thanh|hoan thanh|da xong|dang thuc hien|dang trien khai|chua thuc hien|chua trien khai|chua hoan thanh)$/;

/** A period's cell that tells a state: a state word, a share, a day, "xong …". */
function stateLikeCell(ctx: ExtractContext, r: number, c: number): boolean {
  const v = cellAt(ctx.grid, r, c);
  if (typeof v === "number" || isGridDate(v)) return true;
  const f = ctx.facts.of(cellText(v));
  return f.status !== null || f.number !== null || f.date !== null || f.tick || /\b(?:xong|hoan thanh|chua|dang|ht)\b/.test(f.key);
}

/** The one column of a row holding only a tick whose heading ends with a state: that state. */
function markedUnderState(layout: TableLayout, grid: Grid, r: number, facts: FactsCache): { status: TaskStatus; heading: string } | null {
  let found: { status: TaskStatus; heading: string } | null = null;
  for (const [c, heading] of Object.entries(layout.headings)) {
    const m = STATE_AT_HEADING_END.exec(headingKey(heading.replace(/\([^()]*\)\s*$/, "")));
    if (!m || !isTicked(cellAt(grid, r, Number(c)), facts)) continue;
    const status: TaskStatus =
      m[1].startsWith("dang") || m[1] === "chua hoan thanh" ? "Đang thực hiện" : m[1].startsWith("chua") ? "Chưa thực hiện" : "Hoàn thành";
    // Two states marked on one row: no guess here.
    if (found !== null && found.status !== status) return null;
    found = { status, heading };
  }
  return found;
}

/** Where each field was read, for problems: the status of a ticked row points at the tick columns' first. */
function sourceColumns(layout: TableLayout): Partial<Record<Field, number>> {
  const ticks = Object.keys(layout.statusTicks ?? {}).map(Number);
  if (layout.columns.status !== undefined || ticks.length === 0) return layout.columns;
  return { ...layout.columns, status: Math.min(...ticks) };
}

// "(hồ sơ)", "(văn bản)", "(lượt)": a heading's unit that counts things, not a share.
const COUNT_UNIT = /\((?:hồ sơ|văn bản|người|lượt|cuộc|bài|buổi|thủ tục|TTHC|phản ánh|trường hợp)\)\s*$/iu;

// What a count is of, as a unit column or a label says it: "Hồ sơ", "Phiếu", "Kết quả", "(phiếu)"; "thư", "lần", "đợt".
const COUNT_NOUN =
  "ho so|hs|phieu|luot|ket qua|van ban|vb|nguoi|ho|tai khoan|tk|cuoc|buoi|bai|tin|truong hop|thu tuc|tthc|giao dich|phan anh|kien nghi|thu|lan|dot|lop|cong trinh|du an|to roi|cai|thon";
const COUNT_UNIT_CELL = new RegExp(`^(?:${COUNT_NOUN})$`);
const COUNT_LABEL = new RegExp(`^so (?:luong )?(?:${COUNT_NOUN})\\b`);
const RATE_WORDS = /\b(?:ty le|phan tram)\b|%/;

/**
 * The unit a row of figures across the columns counts in ("Số hồ sơ TTHC tiếp nhận" | Hồ sơ | 36 | 41),
 * or null for a rate's row: alone under no rate, such a row is no criterion's value (the plan's are rates).
 */
function countUnitOf(
  ctx: ExtractContext,
  r: number,
  label: string,
  before: number,
  skip: ReadonlyArray<number | undefined>,
): string | null {
  const key = ctx.facts.of(label).key;
  for (let c = 1; c < before; c++) {
    const v = cellAt(ctx.grid, r, c);
    if (skip.includes(c) || typeof v !== "string") continue;
    const k = ctx.facts.of(v).key;
    if (k === "%" || RATE_WORDS.test(k)) return null;
    if (COUNT_UNIT_CELL.test(k)) return v.trim();
  }
  if (RATE_WORDS.test(key)) return null;
  const bracket = /\(([^()]+)\)\s*$/u.exec(label);
  if (bracket && COUNT_UNIT_CELL.test(ctx.facts.of(bracket[1]).key)) return bracket[1].trim();
  // ("3. Số hồ sơ đang giải quyết", "- Kỳ trước chuyển sang", "+ Trực tiếp, qua bưu chính": a desk's count, its number off.)
  const bare = key.replace(/^(?:\d{1,2}|[ivx]{1,4}|[a-h]) /, "");
  return COUNT_LABEL.test(bare) || DOSSIER_COUNT_LABEL.test(bare) ? "số lượng" : null;
}

// The one-stop desk's counts by state, named alone on a form's line.
const DOSSIER_COUNT_LABEL =
  /^(?:ky truoc chuyen sang|tiep nhan moi|(?:tong )?(?:so )?(?:ho so )?(?:da )?tiep nhan(?: moi)?|truc tuyen(?: muc do [34](?: [34])?)?|truc tiep(?: va)?(?: qua)? buu chinh|truc tiep|truoc han|dung han|qua han|tre han|(?:so )?(?:ho so )?(?:da|dang) giai quyet|(?:so )?thu xin loi(?: da gui)?)$/;

// An indicator that is a growth over a base ("Tốc độ tăng giá trị sản xuất so với cùng kỳ", "Tỷ lệ tăng trưởng").
const GROWTH = /\b(?:toc do tang|ty le tang|tang truong|toc do phat trien)\b/;

// A count of what falls short: "Số phiếu chưa hài lòng", "Không hài lòng", "Số hồ sơ quá hạn", "trễ hạn".
const COMPLEMENT_HEADING = /\b(?:chua hai long|khong hai long|qua han|tre han|chua dat|khong dat)\b/;

// The overall line under a table of criteria: "Chỉ số hài lòng chung", "Trung bình chung", "Bình quân"; "Chỉ số hài
// lòng chung (bình quân)".
const OVERALL_ROW =
  /^(?:(?:chi so|ty le|muc do)(?: \w+){0,3} chung(?: binh quan| trung binh)?|(?:trung binh|binh quan)(?: chung| cac tieu chi| cac chi so)?|tb chung)$/;

// "Năm 2020", "Kết quả năm 2020", "TH năm 2020": a column of one past year's figures.
const PAST_YEAR_HEADING = /^(?:(?:ket qua|thuc hien|th|ty le|ty le hai long|chi so) )?nam (20\d\d)(?: %)?$/;

/** The past year a column's heading names, where it is before the table's year; else null. */
function pastYearOf(ctx: ExtractContext, c: number): number | null {
  const m = PAST_YEAR_HEADING.exec(headingKey(ctx.layout.headings[c] ?? ""));
  const y = m ? Number(m[1]) : null;
  return y !== null && ctx.year !== null && y < ctx.year ? y : null;
}

/** A period written whole where a day was looked for ("Tháng 6/2021", "Quý II/2021"): the period's text; else null. */
function periodOfDateColumn(said: string, year: number | null): string | null {
  const p = said.length <= 30 ? parsePeriod(said) : null;
  if (p === null || p.kind === "day") return null;
  // ("Quý III" under "Thời điểm" on a sheet of 2021: that quarter of the sheet's year.)
  return p.year !== null ? said.trim() : year !== null && p.kind !== "year" ? periodName(p, year) : null;
}

/** The table names its counts "Tử số" and "Mẫu số": they are the rate's parts as written, whatever the rate says. */
function partsHeaded(ctx: ExtractContext): boolean {
  const { numerator, denominator } = ctx.layout.columns;
  const key = (c: number | undefined) => (c === undefined ? "" : headingKey(ctx.layout.headings[c] ?? ""));
  return /\btu so\b/.test(key(numerator)) && /\bmau so\b/.test(key(denominator));
}

/** Which counts of a row make its written rate: numerator columns added, over the denominator's. */
interface RateFormula {
  nums: number[];
  /** The whole: one column, or the parts it is made of ("Trước hạn + Đúng hạn + Quá hạn" of what was resolved). */
  dens: number[];
  said: string;
}

const RATE_FORMULAS = new WeakMap<TableLayout, RateFormula | null>();

/** A row's counts by the table's way of counting: its parts added over its wholes added; null where a cell gives none. */
function countsByFormula(ctx: ExtractContext, r: number, f: RateFormula): { num: number; den: number } | null {
  const sum = (cols: readonly number[]) => {
    let total = 0;
    for (const c of cols) {
      const v = readCount(ctx, r, c).value;
      if (v === null) return null;
      total += v;
    }
    return cols.length > 0 ? total : null;
  };
  const [num, den] = [sum(f.nums), sum(f.dens)];
  return num === null || den === null ? null : { num, den };
}
const SAMPLE_ROWS = 60;

/**
 * The one way of making the written rate from the table's counts (a column, or two added, over
 * another) that the most rows bear out, and at least most of the rows that write a rate; null where
 * none does, or two ways do as well. Worked out once per table.
 */
function rateFormula(ctx: ExtractContext, valueScale: number): RateFormula | null {
  const { layout, grid } = ctx;
  if (RATE_FORMULAS.has(layout)) return RATE_FORMULAS.get(layout) ?? null;
  // A column of small counts ("Quá hạn": 1, 0, 2) may have been taken for the rows' numbers; its heading says otherwise.
  const stt = layout.columns.stt;
  const numbering = stt !== undefined && /^(?:stt|tt|so tt|so thu tu|thu tu|no|#)?$/.test(headingKey(layout.headings[stt] ?? ""));
  const taken = new Set([
    layout.columns.value,
    numbering ? stt : undefined,
    layout.columns.code,
    layout.columns.period,
    layout.columns.date,
  ]);
  // Every column across the table, those under a heading merged over them too ("Giải quyết" over "Tổng số | Đúng hạn").
  const headed = Object.keys(layout.headings).map(Number);
  const cols = Array.from({ length: Math.max(0, ...headed) }, (_, i) => i + 1).filter(
    (c) => !taken.has(c) && !/\b(?:ty le|ti le)\b|%/.test(headingKey(layout.headings[c] ?? "")),
  );
  const rows: Array<{ rate: number; tolerance: number; n: Map<number, number> }> = [];
  const last = Math.min(grid.rows.length, layout.headerBottom + SAMPLE_ROWS);
  for (let r = layout.headerBottom + 1; r <= last && cols.length <= 12; r++) {
    const rate = readPercent(ctx, r, layout.columns.value, valueScale).value;
    if (rate === null) continue;
    const n = new Map<number, number>();
    for (const c of cols) {
      const v = cellAt(grid, r, c);
      if (typeof v === "number" && Number.isFinite(v) && v >= 0) n.set(c, v);
    }
    // To the rate's last decimal, at most two (a formula's result has many).
    const decimals = /\.(\d+)$/.exec(String(Math.round(rate * 100) / 100))?.[1].length ?? 0;
    rows.push({ rate, tolerance: 0.5 * 10 ** -decimals + 1e-9, n });
  }
  const tally = new Map<string, { f: RateFormula; hits: number }>();
  const name = (c: number) => headingOf(ctx, c);
  const total = (cs: number[], n: Map<number, number>) => cs.reduce((a, c) => a + (n.get(c) ?? Number.NaN), 0);
  const sum = (cs: number[]) => (cs.length > 1 ? `(${cs.map(name).join(" + ")})` : name(cs[0]));
  const hit = (nums: number[], dens: number[]) => {
    const key = `${nums.join("+")}/${dens.join("+")}`;
    let t = tally.get(key);
    if (!t) {
      t = { f: { nums, dens, said: `${sum(nums)} / ${sum(dens)}` }, hits: 0 };
      tally.set(key, t);
    }
    t.hits++;
  };
  for (const row of rows)
    for (const d of cols) {
      const whole = row.n.get(d);
      if (whole === undefined || whole <= 0) continue;
      for (const [i, a] of cols.entries()) {
        const x = row.n.get(a);
        if (a === d || x === undefined) continue;
        if (Math.abs((x / whole) * 100 - row.rate) <= row.tolerance) hit([a], [d]);
        for (const b of cols.slice(i + 1)) {
          const y = row.n.get(b);
          if (b !== d && y !== undefined && Math.abs(((x + y) / whole) * 100 - row.rate) <= row.tolerance) hit([a, b], [d]);
        }
      }
    }
  // Parts that always add up to their whole ("Trực tuyến + Trực tiếp" of "Tổng") give 100 on every row: no rate's way.
  const always = (f: RateFormula) => rows.every((row) => total(f.nums, row.n) === total(f.dens, row.n));
  // No column holds the whole ("Đã giải quyết" over "Trước hạn | Đúng hạn | Quá hạn", no "Tổng"): the parts added.
  if (![...tally.values()].some((t) => t.hits * 2 > rows.length && !always(t.f)))
    // Three columns side by side, the whole; two of them, the part.
    for (const row of rows)
      for (const k of cols) {
        const dens = [k, k + 1, k + 2];
        if (!dens.every((c) => row.n.has(c) && cols.includes(c))) continue;
        for (const [a, b] of [
          [k, k + 1],
          [k, k + 2],
          [k + 1, k + 2],
        ]) {
          const whole = total(dens, row.n);
          if (whole > 0 && Math.abs((total([a, b], row.n) / whole) * 100 - row.rate) <= row.tolerance) hit([a, b], dens);
        }
      }
  // Two columns side by side, the whole; one of them, the part ("Đúng hạn | Quá hạn": (5)/[(5)+(6)]).
  if (![...tally.values()].some((t) => t.hits * 2 > rows.length && !always(t.f)))
    for (const row of rows)
      for (const k of cols) {
        const dens = [k, k + 1];
        if (!dens.every((c) => row.n.has(c) && cols.includes(c))) continue;
        const whole = total(dens, row.n);
        for (const a of dens) if (whole > 0 && Math.abs(((row.n.get(a) ?? 0) / whole) * 100 - row.rate) <= row.tolerance) hit([a], dens);
      }
  const ranked = [...tally.values()].filter((t) => !always(t.f)).sort((a, b) => b.hits - a.hits);
  const best = ranked[0];
  const formula =
    best !== undefined && best.hits * 2 > rows.length && (ranked[1] === undefined || ranked[1].hits < best.hits) ? best.f : null;
  RATE_FORMULAS.set(layout, formula);
  return formula;
}

/** The period the heading of a table's figures names ("Thực hiện 6 tháng" over "TH"), in the table's year. */
const HEADED_PERIOD = new WeakMap<TableLayout, { date: IsoDate; name: string } | null>();
function periodOfFiguresHeading(ctx: ExtractContext): { date: IsoDate; name: string } | null {
  // Asked of every row without a date: worked out once per table.
  if (!HEADED_PERIOD.has(ctx.layout)) HEADED_PERIOD.set(ctx.layout, headedPeriod(ctx));
  return HEADED_PERIOD.get(ctx.layout) ?? null;
}

function headedPeriod(ctx: ExtractContext): { date: IsoDate; name: string } | null {
  const { columns, headings } = ctx.layout;
  const c = columns.value ?? columns.numerator;
  // "Lũy kế đến 30/11" merged over "Tử số | Mẫu số | Tỷ lệ" on the line above the header: the figures' group heading.
  const above = c === undefined || ctx.layout.headerTop < 2 ? "" : ctx.merges.label(ctx.grid, ctx.layout.headerTop - 1, c);
  const heading = c === undefined ? "" : [parsePeriod(above) ? above : "", headings[c] ?? ""].join(" ").trim();
  const words = heading.split(/\s+/u);
  for (let n = words.length; n >= 2; n--) {
    const named = words.slice(0, n).join(" ");
    const p = parsePeriod(named);
    const year = p?.year ?? ctx.year;
    // "(Số liệu đến ngày 14/6/2021)" under "Kỳ: Quý II năm 2021": the day the title's quarter stands at, which it already tells.
    const own = ctx.contextPeriod?.label;
    if (p?.kind === "day" && own && own.year !== null && year !== null) {
      const day = periodEnd(p, year);
      if (day >= periodStart(own, own.year) && day <= periodEnd(own, own.year)) return null;
    }
    // "Ước thực hiện 9 tháng": an estimate names no period of figures that happened.
    if (p && year !== null) return isEstimateLabel(named) ? null : { date: periodEnd(p, year), name: periodName(p, year) };
  }
  return null;
}

/** A row of changes between periods: named, never read as a period's figures. */
function skipChangeRow(ctx: ExtractContext, r: number, label: string, problems: Problem[], mark: Mark): void {
  problems.push(
    problem("ROW_SKIPPED", { file: ctx.grid.file, sheet: ctx.grid.sheet, row: r }, label, {
      vi: `dòng "${label}" là mức tăng, giảm giữa hai kỳ, không phải số liệu của một kỳ; không đọc.`,
      en: `the row "${label}" is a change between two periods, not one period's figures; not read.`,
    }),
  );
  for (const c of filledColumns(ctx.grid, r)) mark(r, c, "row-skipped");
}

function readReading(
  ctx: ExtractContext,
  r: number,
  sectionCode: string | null,
  codeCol: number | undefined,
  dates: ReadonlyMap<DateField, ColumnDates>,
  valueScale: number,
  mark: Mark,
  problems: Problem[],
): Reading | null {
  const { layout, grid } = ctx;
  const col = layout.columns;
  // "Ước 31/12/2021", "Dự kiến cả năm": an estimate, not figures that happened; named, not read.
  const when = text(ctx, r, col.date ?? col.period);
  if (/^(?:ước|uoc|dự kiến|du kien|dự ước|kế hoạch|ke hoach)\b/iu.test(when)) {
    skipEstimateRow(ctx, r, when, problems, mark);
    return null;
  }
  // "Kế hoạch năm 2021" above "Thực hiện đến 30/11/2021" under one code: the plan's target, not figures that happened.
  const label = text(ctx, r, col.indicator);
  if (PLAN_ROW.test(label)) {
    const figures = [col.numerator, col.denominator, col.value]
      .filter((c): c is number => c !== undefined && text(ctx, r, c) !== "")
      .map((c) => `${headingOf(ctx, c)}: ${text(ctx, r, c)}`)
      .join("; ");
    problems.push(
      problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, label, {
        vi: `dòng "${label}" là chỉ tiêu kế hoạch${figures ? ` (${figures})` : ""}, không phải số thực hiện; không đọc thành số liệu.`,
        en: `the row "${label}" is the plan's target${figures ? ` (${figures})` : ""}, not figures that happened; not read as a reading.`,
      }),
    );
    for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
    return null;
  }
  // An answer's column is never the count or the whole ("Trung bình" is a level, not an average): the levels give them.
  const answerCol = (c: number | undefined) => c !== undefined && (ctx.answerCols?.includes(c) ?? false);
  // No answer counted on the row ("Tổng" a formula's 0 beside empty levels): a form not filled in yet, no figure of 0.
  if (ctx.answerCols && ctx.answerCols.every((c) => cellKind(cellAt(grid, r, c)) === "empty")) {
    const named = label || (filledTexts(grid, r).find((t) => /\p{L}{2}/u.test(t)) ?? "");
    problems.push(
      problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, named, {
        vi: `dòng "${named}" chưa ghi số phiếu của mức nào: chưa có số liệu, không đọc thành số liệu.`,
        en: `the row "${named}" counts no answer at any level yet: no figures, not read as a reading.`,
      }),
    );
    for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
    return null;
  }
  let numerator = answerCol(col.numerator) ? { value: null, bad: null } : readCount(ctx, r, col.numerator);
  let denominator = answerCol(col.denominator) ? { value: null, bad: null } : readCount(ctx, r, col.denominator);
  const partNotes: string[] = [];
  if (ctx.answerCols && denominator.value === null && denominator.bad === null) {
    // No valid forms' column: the answers given, every level added, are the whole.
    const levels = ctx.answerCols.map((c) => readCount(ctx, r, c).value);
    if (levels.every((n): n is number => n !== null) && levels.some((n) => n > 0)) {
      denominator = { value: levels.reduce((a, b) => a + b, 0), bad: null };
      partNotes.push(`Mẫu số = tổng các mức (${ctx.answerCols.map((c) => headingOf(ctx, c)).join(" + ")})`);
    }
  }
  // "Tỷ lệ … | % | Kế hoạch 15 | Thực hiện 14,2 | So sánh TH/KH 94,7": a rate and its target, never a count over a
  // whole; the rate done is the value, the planned one said.
  // "Kế hoạch" under "Kết quả" too: the plan's figure, whatever heads it.
  const plannedKey = col.denominator === undefined ? "" : headingKey(layout.headings[col.denominator] ?? "");
  const planned = col.denominator !== undefined && (PLANNED_HEADING.test(plannedKey) || /(?:^|\s)(?:ke hoach|kh)$/.test(plannedKey));
  const ofPlan = planned && rateRow(ctx, r);
  if (ofPlan && numerator.value === null) {
    // "đang tổng hợp" where the rate done goes: nothing to read; the planned rate is no figure of its own.
    if (numerator.bad !== null)
      problems.push(
        problem("BAD_NUMBER", where(ctx, r, col.numerator), numerator.bad, {
          vi: `"${numerator.bad}" không phải là số; dòng không đọc thành số liệu.`,
          en: `"${numerator.bad}" is not a number; the row is not read as a reading.`,
        }),
      );
    for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
    return null;
  }
  const rateDone = ofPlan ? numerator.value : null;
  if (rateDone !== null) {
    partNotes.push(`${headingOf(ctx, col.denominator)}: ${text(ctx, r, col.denominator)}%`);
    if (col.value !== undefined && text(ctx, r, col.value) !== "")
      partNotes.push(`${headingOf(ctx, col.value)}: ${text(ctx, r, col.value)}`);
    numerator = { value: null, bad: null };
    denominator = { value: null, bad: null };
  }
  // The forms returned on a row of their own above: this row's whole, where its rate agrees.
  const whole = ctx.wholeRow;
  if (whole?.whole && col.denominator === undefined && numerator.value !== null && numerator.value <= whole.whole) {
    const rate = readPercent(ctx, r, col.value, valueScale).value;
    if (rate === null || Math.abs((numerator.value / whole.whole) * 100 - rate) <= 0.6) {
      denominator = { value: whole.whole, bad: null };
      partNotes.push(`Mẫu số theo dòng ${whole.row} "${whole.label}": ${formatViNumber(whole.whole)}`);
    }
  }
  if (ctx.countUnits && (numerator.value !== null || denominator.value !== null)) {
    const u = ctx.countUnits;
    partNotes.push(u.note(numerator.value, denominator.value));
    if (numerator.value !== null) numerator = { value: roundUnits(numerator.value * u.numerator), bad: null };
    if (denominator.value !== null) denominator = { value: roundUnits(denominator.value * u.denominator), bad: null };
  }
  if (ctx.numeratorParts && numerator.value !== null) {
    const parts = ctx.numeratorParts.map((c) => readCount(ctx, r, c).value);
    if (parts.every((n): n is number => n !== null)) {
      numerator = { value: numerator.value + parts.reduce((a, b) => a + b, 0), bad: null };
      partNotes.push(
        `Tử số cộng các cột ${[col.numerator as number, ...ctx.numeratorParts].map((c) => `"${layout.headings[c] ?? columnName(c)}"`).join(", ")}`,
      );
    }
  }
  // "Số phiếu chưa hài lòng", "Số hồ sơ quá hạn" as the count beside the whole: the rate is of the rest.
  const complement =
    col.numerator !== undefined && COMPLEMENT_HEADING.test(headingKey(layout.headings[col.numerator] ?? "")) ? col.numerator : undefined;
  if (col.value !== undefined && rateDone === null) approximate(ctx, r, col.value, problems);
  let given = rateDone !== null ? { value: rateDone, bad: null } : readPercent(ctx, r, col.value, valueScale);
  // The sentence a figure was read from, which may name its own period ("Tháng 11: 97/97 = 100%").
  let sentence: string | null = null;
  // "Tổng số 1.864 hồ sơ tiếp nhận, trong đó trực tuyến 1.416 hồ sơ, đạt 75,97%": a report's sentence of result.
  if (given.value === null && given.bad !== null) {
    const said = rateInSentence(given.bad);
    if (said !== null) {
      sentence = given.bad;
      given = { value: said.rate, bad: null };
      if (numerator.value === null && denominator.value === null && said.counts !== null) {
        numerator = { value: said.counts[0], bad: null };
        denominator = { value: said.counts[1], bad: null };
      }
      partNotes.push(`Số liệu đọc từ câu: ${cleanText(text(ctx, r, col.value))}`);
    }
  }
  // "Rất hài lòng | Hài lòng | Bình thường | Không hài lòng | Tổng số": the satisfied are the first two, as SIPAS counts
  // them; "Bình thường" is not satisfied, so the total less the dissatisfied is no satisfied count.
  // With no satisfied count of its own ("Số phiếu thu về | Rất hài lòng | Hài lòng | Bình thường | …"), the first two are it too.
  const satisfied =
    ctx.satisfiedCols &&
    (complement !== undefined || ((col.numerator === undefined || answerCol(col.numerator)) && denominator.value !== null))
      ? ctx.satisfiedCols.map((c) => readCount(ctx, r, c).value)
      : null;
  if (satisfied && satisfied.every((n): n is number => n !== null)) {
    if (numerator.value !== null && complement !== undefined)
      partNotes.push(`${headingOf(ctx, complement)}: ${formatViNumber(numerator.value)}`);
    numerator = { value: satisfied.reduce((a, b) => a + b, 0), bad: null };
    partNotes.push(
      `Tử số = ${(ctx.satisfiedCols ?? []).map((c, i) => `${headingOf(ctx, c)} ${formatViNumber(satisfied[i] as number)}`).join(" + ")}`,
    );
  } else if (
    complement !== undefined &&
    numerator.value !== null &&
    denominator.value !== null &&
    denominator.value > 0 &&
    numerator.value <= denominator.value
  ) {
    // The rate written beside them tells which way it is counted; without one, only "chưa hài lòng" is surely the rest's.
    const direct = (numerator.value / denominator.value) * 100;
    const rest = 100 - direct;
    const byRate =
      given.value !== null
        ? Math.abs(rest - given.value) < Math.abs(direct - given.value)
        : /hai long/.test(headingKey(layout.headings[complement] ?? ""));
    if (byRate) {
      partNotes.push(
        `Tử số = ${headingOf(ctx, col.denominator)} ${formatViNumber(denominator.value)} − ${headingOf(ctx, complement)} ${formatViNumber(numerator.value)}`,
      );
      numerator = { value: denominator.value - numerator.value, bad: null };
    }
  }
  // "98/100 hồ sơ" in one cell: the counts themselves.
  const ratio = col.value === undefined ? null : ratioOf(ctx, cellAt(grid, r, col.value));
  if (ratio && numerator.value === null && denominator.value === null) {
    numerator = { value: ratio[0], bad: null };
    denominator = { value: ratio[1], bad: null };
    given = { value: null, bad: null };
  }
  // "Đạt 92%", "khoảng 85 %": one share said in a few words.
  const words = given.bad ?? "";
  // "80-90 %" is a range, no one share (named below as a figure not read).
  const said = words.length <= 40 && !RANGE_FIGURE.test(words) ? /(?<![\d.,/])(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(words) : null;
  if (said && numerator.value === null && denominator.value === null && [...words.matchAll(/%/g)].length === 1) {
    const pct = ctx.facts.of(`${said[1]}%`).number;
    if (pct !== null && pct <= 100) given = { value: pct, bad: null };
  }
  // "Đạt 11 trên 14 chỉ tiêu", "bằng 68 phần trăm kế hoạch vốn": figures said in words.
  const worded =
    numerator.value === null && denominator.value === null && given.value === null && words !== "" && !RANGE_FIGURE.test(words)
      ? figuresInWords(words)
      : null;
  if (worded !== null) {
    partNotes.push(`${headingOf(ctx, col.value)}: ${words}`);
    if ("value" in worded) given = { value: worded.value, bad: null };
    else {
      numerator = { value: worded.numerator, bad: null };
      denominator = { value: worded.denominator, bad: null };
      given = { value: null, bad: null };
    }
  }
  if (numerator.value === null && denominator.value === null && given.value === null) {
    // "120/12" where "118/120" was meant: a part larger than its whole, named for what it is.
    // "80-90 %": a range, named on its cell.
    if (col.value !== undefined && RANGE_FIGURE.test(words)) unreadFigure(ctx, r, col.value, words.trim(), problems);
    else if (col.value !== undefined && !overShare(ctx, r, col.value, problems)) verdictOnly(ctx, r, col.value, problems);
    return null;
  }
  // "Số hồ sơ TTHC tiếp nhận (hồ sơ)" | 602 among rates: a count the table shows beside them, no indicator's value.
  const named = text(ctx, r, col.indicator);
  // "Số hồ sơ tiếp nhận | hồ sơ | 702" under "Thực hiện": the unit column says the figure is a count.
  // So is a result alone on a count's row ("Số hồ sơ tiếp nhận | hồ sơ | KH x | TH 156 | % x").
  const countUnit = denominator.value === null && (numerator.value === null) !== (given.value === null) ? unitCellOf(ctx, r) : null;
  if (countUnit !== null || (numerator.value === null && given.value !== null && given.value > 100 && COUNT_UNIT.test(named))) {
    problems.push(
      problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, named, {
        vi: `dòng "${named}" ghi số lượng${countUnit !== null ? ` (đơn vị tính: ${countUnit})` : ""}, không phải tỷ lệ của chỉ số; không đọc thành số liệu.`,
        en: `the row "${named}" gives a count, not an indicator's rate; not read as a reading.`,
      }),
    );
    for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
    return null;
  }
  for (const [f, c] of Object.entries(col) as Array<[Field, number]>)
    if (cellKind(cellAt(grid, r, c)) !== "empty") mark(r, c, f === "stt" ? "stt" : "field");
  for (const [f, p] of [
    ["numerator", numerator],
    ["denominator", denominator],
    ["value", given],
  ] as const) {
    if (p.bad !== null && !isGridError(cellAt(grid, r, col[f] ?? 0)) && !NO_FIGURE.test(p.bad))
      problems.push(
        problem("BAD_NUMBER", where(ctx, r, col[f]), p.bad, { vi: `"${p.bad}" không phải là số.`, en: `"${p.bad}" is not a number.` }),
      );
  }
  const read = readDate(ctx, r, col.date, dates.get("date"), problems, false);
  // "Tháng 6/2021" under "Thời gian khảo sát" (a month typed as a date, shown as one): the round's month, no day.
  const monthSaid = col.period === undefined && read.value === null && read.bad !== null ? periodOfDateColumn(read.bad, ctx.year) : null;
  const dated = monthSaid !== null ? { ...read, bad: null } : read;
  if (dated.bad !== null)
    problems.push(
      problem("BAD_DATE", where(ctx, r, col.date), dated.bad, {
        vi: `không đọc được ngày số liệu "${dated.bad}"${text(ctx, r, col.period) !== "" ? `; ngày số liệu lấy theo kỳ "${text(ctx, r, col.period)}" (ngày cuối kỳ), hãy sửa ngày` : ""}.`,
        en: `the date of the figures "${dated.bad}" cannot be read${text(ctx, r, col.period) !== "" ? `; the period "${text(ctx, r, col.period)}" gives it (its last day), fix the day` : ""}.`,
      }),
    );
  let periodText = monthSaid ?? text(ctx, r, col.period);
  // 01/07/2021 shown "07/2021": a month typed as a date, the month meant.
  const periodCell = col.period === undefined ? null : cellAt(grid, r, col.period);
  if (isGridDate(periodCell) && isMonthOnlyFormat(formatAt(grid, r, col.period as number)))
    periodText = monthOfDate(periodCell.date).phrase;
  // 9, 10, 11 under "Tháng": the months of the year the title gives.
  // "12 (đến 13/12)": the month so far.
  const monthOnly = /^(\d{1,2})(\s*\([^()]*\))?$/.exec(periodText);
  if (monthOnly && Number(monthOnly[1]) >= 1 && Number(monthOnly[1]) <= 12 && ctx.year !== null)
    if (/^(?:thang|thang so lieu|thang bao cao)$/.test(headingKey(layout.headings[col.period as number] ?? "")))
      periodText = `Tháng ${monthOnly[1]}/${ctx.year}${monthOnly[2] ?? ""}`;
  // "I", "II", "IV (đến 15/12)" under "Quý": the quarters of the title's year.
  const quarterOnly = /^(IV|III|II|I|[1-4])(\s*\([^()]*\))?$/.exec(periodText);
  if (quarterOnly && ctx.year !== null && /^(?:quy|quy bao cao)$/.test(headingKey(layout.headings[col.period as number] ?? "")))
    periodText = `Quý ${quarterOnly[1]}/${ctx.year}${quarterOnly[2] ?? ""}`;
  // "Cộng quý III", "Tổng 6 tháng": the period the total names.
  const totalOf = /^(?:cộng|tổng cộng|tổng|cong|tong cong|tong)\s+(.+)$/iu.exec(periodText);
  if (totalOf && parsePeriod(totalOf[1]) !== null) periodText = totalOf[1].replace(/^./u, (x) => x.toLocaleUpperCase("vi"));
  // "Cộng" under the months of a table titled "6 tháng cuối năm 2021 - số liệu đến 30/11/2021": that period, at its day.
  const titled = titledTotal(ctx, r);
  if (titled !== null) periodText = titled.name;
  // "Quý I", "Tháng 7", "6 tháng" down the rows of a sheet whose title gives the year: named with it, as its day is.
  // "Lũy kế 11 tháng": the year so far, named as a heading of the same words is ("Năm 2021 (đến 30/11/2021)").
  const soFar = monthsSoFar(ctx, periodText);
  if (soFar !== null && soFar.year !== null) periodText = periodName(soFar, soFar.year);
  const yearless = periodText.length <= 30 ? parsePeriod(periodText) : null;
  if (yearless !== null && yearless.year === null && yearless.kind !== "day" && ctx.year !== null)
    periodText = periodName(yearless, ctx.year);
  // "Trạng thái duyệt: Trả lại" in a system's export: figures sent back, entered again on another row.
  const rejected = rejectedBy(ctx, r);
  if (rejected !== null) {
    problems.push(
      problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, rejected, {
        vi: `số liệu ghi "${rejected}" (không được chấp nhận): không đọc.`,
        en: `the figures are marked "${rejected}" (not accepted): not read.`,
      }),
    );
    for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
    return null;
  }
  // "Chỉ tiêu năm 2021", "Kế hoạch năm 2021" in the periods' column: the targets' row, no reading of any day.
  if (TARGET_ROW.test(ctx.facts.of(periodText).key)) {
    skipTargetsRow(ctx, r, periodText, problems, mark);
    return null;
  }
  if (CHANGE_ROW.test(ctx.facts.of(periodText).key) || CHANGE_ROW.test(ctx.facts.of(text(ctx, r, col.indicator)).key)) {
    skipChangeRow(ctx, r, periodText || text(ctx, r, col.indicator), problems, mark);
    return null;
  }
  const periodDate = titled !== null ? titled.date : periodText === "" ? null : periodDateOf(ctx, periodText);
  // "Đến 31/10/2021" beside "Ngày cập nhật": the day the figures stand at, not the day they were typed in.
  const entered = col.date !== undefined && ENTRY_DAY.test(headingKey(layout.headings[col.date] ?? ""));
  let date = entered && periodDate !== null ? periodDate : (dated.value ?? periodDate);
  // "số liệu đến 26/11" in the row's Ghi chú, a day inside the period: the month's figures as they stood that day.
  const standing = dated.value === null && periodDate !== null ? standingInNote(text(ctx, r, col.note), periodText, ctx.year) : null;
  if (standing !== null && periodDate !== null && standing < periodDate) date = standing;
  // The day typed in is kept where it was not taken: in Ghi chú, as written.
  if (entered && periodDate !== null && text(ctx, r, col.date) !== "")
    partNotes.push(`${headingOf(ctx, col.date)}: ${text(ctx, r, col.date)}`);
  // No date on the row or in a column: the period the title or the sheet's name gives.
  const fromCover = date === null && col.date === undefined && col.period === undefined ? ctx.contextPeriod?.sheet : undefined;
  const codeCell = criterion(ctx, r, codeCol);
  // "Tỷ lệ hồ sơ giải quyết đúng hạn (tháng 10)" under a quarter's title: the row names its own period, within the title's.
  const ownPeriod =
    date === null && col.date === undefined && col.period === undefined
      ? (periodInLabel(ctx, text(ctx, r, col.indicator)) ?? periodAsLabel(ctx, text(ctx, r, col.indicator)))
      : null;
  const saidPeriod =
    ownPeriod === null && date === null && col.date === undefined && sentence !== null ? periodInSentence(ctx, sentence) : null;
  if (ownPeriod !== null || saidPeriod !== null) {
    date = (ownPeriod ?? saidPeriod)?.date ?? null;
    periodText = (ownPeriod ?? saidPeriod)?.name ?? "";
  }
  // "Thực hiện 6 tháng" over the figures: the period their own heading names, before the title's.
  const headed = date === null && col.date === undefined && col.period === undefined ? periodOfFiguresHeading(ctx) : null;
  if (headed !== null) {
    date = headed.date;
    periodText = headed.name;
  }
  if (
    date === null &&
    col.date === undefined &&
    (col.period === undefined || (periodText === "" && ctx.periodFromGroup)) &&
    ctx.contextPeriod
  ) {
    // "Riêng chỉ số 1.7 … đến ngày 31/10/2021" under the table: that criterion's own day.
    const own = codeCell.code ? ctx.contextPeriod.byCode?.[codeCell.code] : undefined;
    date = own?.date ?? ctx.contextPeriod.date;
    periodText = own?.name ?? ctx.contextPeriod.name;
    // "Khảo sát đến ngày 06/12/2021" in the row's Ghi chú under a month's title: the figures as they stood that day.
    const stood = date !== null ? standingInNote(text(ctx, r, col.note), periodText, ctx.year) : null;
    if (stood !== null && date !== null && stood < date) date = stood;
  }
  // "Quý III/2021" over the rows, "14/09/2021" in their column of days: the quarter's figures standing at that day.
  const within = ctx.contextPeriod?.label;
  if (
    periodText === "" &&
    dated.value !== null &&
    within &&
    within.year !== null &&
    within.kind !== "year" &&
    within.kind !== "day" &&
    dated.value >= periodStart(within, within.year) &&
    dated.value <= periodEnd(within, within.year)
  )
    periodText = periodName(within, within.year);
  const indicator = text(ctx, r, col.indicator);
  let num = numerator.value;
  let den = denominator.value;
  const fromPage = date !== null && dated.value === null && periodDate === null && ctx.contextPeriod?.page === true;
  const fromBox = date !== null && dated.value === null && periodDate === null && ctx.contextPeriod?.box === true;
  const notes: string[] = [
    ...partNotes,
    ...(codeCell.said ? [codeCell.said] : []),
    ...(fromCover ? [`Kỳ số liệu theo sheet "${fromCover}"`] : []),
    ...(fromPage ? [`Kỳ số liệu theo tiêu đề trang in: ${ctx.contextPeriod?.name ?? ""}`] : []),
    ...(fromBox ? [`Kỳ số liệu theo khung chữ trên sheet: ${ctx.contextPeriod?.name ?? ""}`] : []),
    ...(date !== null && dated.value === null && periodDate === null && ctx.contextPeriod?.below === true
      ? [`Kỳ số liệu theo ghi chú dưới bảng: ${periodText}`]
      : []),
  ];
  // "Tốc độ tăng GRDP (%)": planned 7, done 6,5 are rates themselves; 6,5/7 would mean nothing.
  if (given.value === null && num !== null && isPercentIndicator(`${indicator} ${text(ctx, r, col.code)}`)) {
    given = { value: num, bad: null };
    if (den !== null) notes.push(`${headingOf(ctx, col.denominator)}: ${formatViNumber(den)}`);
    num = null;
    den = null;
  }
  // "Tổng kế hoạch vốn được giao: 4.600 triệu đồng" in the title, a running total and its rate on each row: the
  // title's figure is the whole where it gives the rate the row writes.
  if (den === null && num !== null && num > 0 && given.value !== null && col.denominator === undefined) {
    const whole = wholeInTitle(ctx.contextText ?? "", num, given.value);
    if (whole !== null) {
      den = whole.value;
      notes.push(`Mẫu số lấy theo tiêu đề: ${whole.text}`);
    }
  }
  // Counts the table's words paired (not headed Tử số / Mẫu số) that do not give the rate the row writes: the
  // counts that give it on most of the table's rows ("Trước hạn + Đúng hạn" of "Đã giải quyết"), said; where no
  // one way does, the counts as paired (and the mismatch named below).
  // Where the table's way differs from the pair, a row it bears out takes it too, however its pair happens to fall.
  let rateSaid = "";
  if (num !== null && den !== null && den > 0 && !partsHeaded(ctx) && (given.value !== null || col.value !== undefined)) {
    const mismatch = given.value !== null && Math.abs((num / den) * 100 - given.value) > 0.5;
    const f = rateFormula(ctx, valueScale);
    const own = f !== null && f.nums.length === 1 && f.dens.length === 1 && f.nums[0] === col.numerator && f.dens[0] === col.denominator;
    const found = f && !own ? countsByFormula(ctx, r, f) : null;
    const bears = found !== null && found.den > 0 && given.value !== null && Math.abs((found.num / found.den) * 100 - given.value) <= 0.5;
    // The rate left blank on a row ("Quên tính tỷ lệ"): the table's way of counting, which its other rows bear out.
    if (found !== null && found.den > 0 && (mismatch || bears || given.value === null)) {
      // The pair's reading ("Tử số = Tổng − Quá hạn") gives way to the table's.
      for (let i = notes.length - 1; i >= 0; i--) if (notes[i].startsWith("Tử số = ")) notes.splice(i, 1);
      rateSaid = `Tử số, mẫu số theo cách tính tỷ lệ của bảng: ${f?.said ?? ""}`;
      num = found.num;
      den = found.den;
    } else if (f && !own && found === null) {
      // "15-17" where the table counts "Tốt + Khá": the row's counts cannot be read its way; the pair's would be another rate.
      const unread = [...f.nums, ...f.dens].find((c) => readCount(ctx, r, c).bad !== null);
      if (unread !== undefined) {
        const bad = readCount(ctx, r, unread).bad as string;
        problems.push(
          problem("BAD_NUMBER", where(ctx, r, unread), bad, {
            vi: `ô ghi "${bad}" không phải một số, mà bảng tính tỷ lệ theo ${f.said}: dòng không đọc thành số liệu; hãy ghi một con số.`,
            en: `"${bad}" is no single number, and the table's rate is ${f.said}: the row is not read; write one figure.`,
          }),
        );
        num = null;
        den = null;
      }
    }
  }
  // A rate with no counts paired ("Tỷ lệ đúng hạn (TC 1.2)" beside "Giải quyết › Tổng số | Đúng hạn"): the
  // columns whose quotient gives it on most of the table's rows are its counts, said.
  if (
    num === null &&
    den === null &&
    given.value !== null &&
    col.numerator === undefined &&
    col.denominator === undefined &&
    !partsHeaded(ctx)
  ) {
    const f = rateFormula(ctx, valueScale);
    const found = f ? countsByFormula(ctx, r, f) : null;
    if (f && found && found.den > 0 && Math.abs((found.num / found.den) * 100 - given.value) <= 0.5) {
      rateSaid = `Tử số, mẫu số theo cách tính tỷ lệ của bảng: ${f.said}`;
      num = found.num;
      den = found.den;
    }
  }
  // "Tốc độ tăng … so với cùng kỳ (Tử số: năm 2021; Mẫu số: năm 2020)": the growth is the ratio less the whole.
  const growth = num !== null && den !== null && den > 0 && GROWTH.test(ctx.facts.of(indicator).key);
  if (growth) notes.push(`Tốc độ tăng = tử số / mẫu số × 100 − 100`);
  // "Hồ sơ nộp trực tuyến | % | 0,2 | 0,15": a row its unit calls a percentage, every figure on it a fraction of 1.
  if (num === null && den === null && given.value !== null && fractionsOfPercentRow(ctx, r, given.value)) {
    notes.push(
      `Đơn vị "%" nhưng các số ghi dạng phân số của 1: ${formatViNumber(given.value, 4)} đọc là ${formatViNumber(given.value * 100, 2)}%`,
    );
    given = { value: Math.round(given.value * 100 * 1e6) / 1e6, bad: null };
  }
  const value = num !== null && den !== null && den > 0 ? (num / den) * 100 - (growth ? 100 : 0) : given.value;
  // The sheet's own rate beside its counts: where they disagree, one of them (or how they were read) is wrong.
  if (value !== null && given.value !== null && value !== given.value && Math.abs(value - given.value) > 0.5)
    problems.push(
      problem("RATE_MISMATCH", where(ctx, r, col.value), formatViNumber(given.value), {
        vi: `tỷ lệ ghi ${formatViNumber(given.value)}% nhưng ${formatViNumber(num ?? 0)}/${formatViNumber(den ?? 0)} = ${formatViNumber(Math.round(value * 100) / 100)}%; dùng tỷ lệ tính từ tử số, mẫu số, hãy kiểm tra.`,
        en: `the rate says ${given.value}% but ${num}/${den} = ${Math.round(value * 100) / 100}%; the rate from the counts is used, check it.`,
      }),
    );
  const valueHeading = col.value === undefined ? "" : (layout.headings[col.value] ?? "");
  // "Chỉ số hài lòng chung", "Bình quân": the table's overall figure, no criterion's; named, not read as one.
  if (codeCell.code === null && codeCell.bad === null && OVERALL_ROW.test(ctx.facts.of(indicator).key)) {
    problems.push(
      problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, indicator, {
        vi: `dòng "${indicator}" là số chung của cả bảng, không phải của một tiêu chí; không đọc thành số liệu.`,
        en: `the row "${indicator}" is the table's overall figure, not one criterion's; not read as a reading.`,
      }),
    );
    for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
    return null;
  }
  const code =
    codeCell.code ??
    (indicator !== "" ? codeInText(indicator) : null) ??
    codeCell.bad ??
    sectionCode ??
    // "Tỷ lệ đúng hạn (TC 1.2)": the code in the rate's own heading.
    (valueHeading !== "" ? (codeInText(valueHeading) ?? codeByHeading(ctx.contextText ?? "", valueHeading)) : null);
  // What the rate measures: its own heading, else (computed from counts) what its numerator counts ("Trực tuyến").
  const ownHeading = col.value !== undefined ? (layout.headings[col.value] ?? "") : "";
  // "Tỷ lệ (%)" under "Hồ sơ trực tuyến": a bare rate is what its band and its numerator count.
  const bare =
    col.value !== undefined &&
    headingKey(ownHeading)
      .replace(/\b(?:ty le|ti le|phan tram)\b|%/g, "")
      .trim() === "";
  const band = bare && layout.headerTop < layout.headerBottom ? ctx.merges.label(grid, layout.headerTop, col.value as number) : "";
  const counted = col.numerator !== undefined ? (layout.headings[col.numerator] ?? "") : "";
  const rateHeading =
    (bare && (band !== "" || counted !== "") ? [band, counted].filter((x) => x !== "").join(" ") : ownHeading) ||
    (col.value === undefined ? counted : "");
  const hint = [
    ctx.contextText ?? "",
    ...[col.numerator, col.denominator, col.value].map((c) => (c === undefined ? "" : (layout.headings[c] ?? ""))),
  ];
  return {
    code,
    period: periodText !== "" ? periodText : date ? formatViDate(date) : "",
    date,
    numerator: num,
    denominator: den,
    value,
    evidence: text(ctx, r, col.evidence),
    note: [indicator, ...notes, text(ctx, r, col.note), rateSaid].filter((x) => x !== "").join("; "),
    source: source(ctx, r, col),
    // A criterion written by its name ("Tiếp cận dịch vụ hành chính công") is told by its table's words too.
    ...(code === null || !/\d/.test(code) ? { hint: hint.filter((x) => x !== "").join(" ") } : {}),
    ...(code === null && rateHeading !== "" ? { hintHeading: rateHeading } : {}),
    ...(code === null && indicator === "" ? { unlabelled: true } : {}),
  };
}

/**
 * A row of a table with the periods down and an indicator per column ("Tháng 8 | 82,5 | 80 | …"
 * under "Tiếp cận dịch vụ | Tổ chức giải quyết TTHC | …"): a reading per filled cell, its criterion
 * the code in its heading, else suggested from the heading and the table's title.
 */
/**
 * "Xong tháng 8", "Đã xong trong quý II/2021", or (`bare`, a completion column's own cell) "tháng 8/2021": the month or
 * quarter the work was done in, its last day and name; null for anything else (a day, a year, words of another kind).
 */
function donePeriod(t: string, year: number, bare: boolean): { end: IsoDate; name: string } | null {
  const k = looseKey(t);
  const m = /^(?:(?:da\s+)?(?:xong|hoan thanh|ht)(?:\s+(?:trong|vao|tu))?\s+)(.{2,20})$/.exec(k) ?? (bare ? /^()(.{2,20})$/.exec(k) : null);
  const phrase = m ? m[1] || m[2] : null;
  if (phrase === null || !/^(?:thang|quy|t\s?\d|q\s?\d)/.test(phrase)) return null;
  const p = parsePeriod(phrase);
  if (p === null || (p.kind !== "month" && p.kind !== "quarter")) return null;
  const y = p.year ?? year;
  return { end: periodEnd(p, y), name: periodName(p, y) };
}

/** "chậm 5 ngày", "trễ hạn 2 ngày", "trước hạn 3 ngày", "sớm 1 tuần": days after (or before) the deadline the work was done. */
function offsetFromDue(key: string): { days: number } | null {
  const m = /\b(cham|tre|muon|qua han|som|truoc han|vuot tien do)(?: han)? (\d{1,3}) (ngay|tuan)\b/.exec(key);
  if (!m) return null;
  const n = Number(m[2]) * (m[3] === "tuan" ? 7 : 1);
  const late = ["cham", "tre", "muon", "qua han"].includes(m[1]);
  return { days: late ? n : -n };
}

/** Whether the table's own rows follow row r (a number in its STT column and a task's words, or figures). */
// Two to five words, each capitalised and nothing else: a person's name as a signature writes it.
const PERSON_NAME = /^(?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*$/u;

/**
 * "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ" alone under the table, with only a name or two short lines under it: the signer's
 * post over their name, never a group of tasks (a lead's section has its tasks under it).
 */
function signerTitle(ctx: ExtractContext, r: number): boolean {
  const filled = filledColumns(ctx.grid, r);
  if (filled.length !== 1) return false;
  const t = cellText(cellAt(ctx.grid, r, filled[0])).trim();
  if (t.length > 60 || t !== t.toUpperCase() || !SIGNER_POST.test(ctx.facts.of(t).key)) return false;
  for (let rr = r + 1; rr <= ctx.grid.rows.length; rr++) {
    const cells = filledColumns(ctx.grid, rr);
    if (
      cells.length > 1 ||
      (cells.length === 1 &&
        cellText(cellAt(ctx.grid, rr, cells[0]))
          .trim()
          .split(/\s+/).length > 6)
    )
      return false;
  }
  return true;
}
const SIGNER_POST = /^(?:cong chuc|can bo|truong|pho truong|pho chu tich|giam doc|ke toan|thu ky|van phong)\b/;

// "(kế hoạch cũ)", "(du kien cu)", "Tháng 11 (cũ)", "số liệu 6 tháng - cũ", "đã bỏ", "không dùng" (on the text without marks).
const SUPERSEDED = /\((?:[^()]*[\s-])?cu\)|\b(?:ke hoach|du kien|so lieu|ban|dong|muc) cu\b|\bda bo\b|\bkhong (?:su )?dung nua\b/;

/** A row whose own words say it is the old copy, replaced or dropped. */
function supersededRow(grid: Grid, r: number): boolean {
  return SUPERSEDED.test(stripDiacritics(filledTexts(grid, r).join(" | ")).toLowerCase());
}

function rowsFollow(ctx: ExtractContext, rowCtx: RowContext, r: number): boolean {
  const { layout, grid } = ctx;
  const col = layout.columns;
  for (let rr = r + 1; rr <= Math.min(ctx.lastRow, r + 60); rr++) {
    if (rowRole(rowCtx, rr).role !== "data") continue;
    // ("1.1", "2.3." numbered under their sections count as much as "1", "2".)
    const numbered = col.stt === undefined || /^\d{1,3}(?:\.\d{1,2}){0,2}[.)]?$/.test(cellText(cellAt(grid, rr, col.stt)).trim());
    if (layout.kind === "tasks") {
      const said = text(ctx, rr, col.content);
      // "Lê Thị Thu Hà" under "Người theo dõi": the signer's name, no task.
      if (PERSON_NAME.test(said)) continue;
      const words = said.split(/\s+/).filter((w) => w !== "").length;
      if (numbered && words >= 3 && (col.stt !== undefined || words >= 4)) return true;
    } else if (
      numbered &&
      [col.numerator, col.denominator, col.value].some((c) => c !== undefined && typeof cellAt(grid, rr, c) === "number")
    )
      return true;
  }
  return false;
}

/**
 * A day and month typed with a dot that Excel stored as a number: 15.11 is 15/11, 8.12 is 08/12, and
 * 20.1 is 20/10 or 20/01 (Excel drops a trailing 0): the one nearer the as-of date is taken.
 */
function dottedDayMonth(v: number, year: number, asOf: IsoDate | null): { date: IsoDate; tenth: boolean } | null {
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(String(v));
  if (!m) return null;
  const day = Number(m[1]);
  const months = m[2] === "1" ? [1, 10] : [Number(m[2])];
  const dates = months.map((mo) => isoDate(year, mo, day)).filter((d): d is IsoDate => d !== null);
  if (dates.length === 0) return null;
  const near = (d: IsoDate) => (asOf ? Math.abs(toExcelSerial(d) - toExcelSerial(asOf)) : 0);
  const date = [...dates].sort((a, b) => near(a) - near(b))[0];
  return { date, tenth: date.slice(5, 7) === "10" && m[2] === "1" };
}

/** The office's check of a self-report: a column headed "Xác nhận" / "Kết quả kiểm tra", and its remarks ("Ghi chú kiểm tra"). */
function checkColumns(ctx: ExtractContext): { verdict: number; note?: number } | null {
  const { layout, grid } = ctx;
  const keysOf = (c: number) => {
    const keys: string[] = [];
    for (let r = layout.headerTop; r <= layout.headerBottom; r++) keys.push(headingKey(ctx.merges.label(grid, r, c)));
    return keys.filter((k) => k !== "");
  };
  const cols = Object.keys(layout.headings)
    .map(Number)
    .filter((c) => c !== layout.columns.status && c !== layout.columns.content && keysOf(c).some((k) => CHECK_HEADING.test(k)));
  const verdict = cols.find((c) => !keysOf(c).some((k) => /^ghi chu\b/.test(k)));
  if (verdict === undefined) {
    // "Ghi chú của VP" added beside the official's own Ghi chú: the office's remark is its check.
    const remark = Object.keys(layout.headings)
      .map(Number)
      .find((c) => c !== layout.columns.status && c !== layout.columns.content && keysOf(c).some((k) => OFFICE_REMARK.test(k)));
    return remark === undefined ? null : { verdict: remark };
  }
  const note = cols.find((c) => c !== verdict);
  return { verdict, ...(note !== undefined ? { note } : {}) };
}

/** The last date written in a text ("Kiểm tra ngày 09/12/2021: đã xong", "ngày hoàn thành thực tế 03/12"), in the sheet's year where it gives none. */
function dueInSentenceDate(ctx: ExtractContext, t: string): IsoDate | null {
  const full = [...t.matchAll(/(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/g)];
  const last = full.at(-1);
  if (!last) return null;
  const y = last[3] ? Number(last[3]) : ctx.year;
  return y === null ? null : isoDate(y, Number(last[2]), Number(last[1]));
}

const TARGET_ASIDE = /\(\s*(?:chỉ tiêu|chi tieu|kế hoạch|ke hoach|mục tiêu|muc tieu|kh)(?!\p{L})[^()]*\)/giu;
const VERDICT_ALONE = /^(?:khong dat|chua dat)(?: yeu cau)?$/;

/** A result's words that tell of work done: a sentence with a figure or a "đã", not one of what is missing or planned. */
function reportsWork(key: string): boolean {
  if (key.split(" ").length < 5 || NOT_BEGUN_OR_PLANNED.test(key)) return false;
  return /\d/.test(key) || /\bda\b/.test(key);
}
const NOT_BEGUN_OR_PLANNED = /^(?:chua|khong|du kien|se|ke hoach|kh|dang cho|cho|de nghi|can|phai|phan dau)\b/;

// "Tổng số phiếu khảo sát thu về", "Số phiếu hợp lệ", "Tổng số hồ sơ tiếp nhận": what each count below is out of.
const WHOLE_ROW =
  /^(?:tong )?so (?:phieu|luong phieu|ho so|nguoi)\b.*\b(?:thu ve|khao sat|hop le|tra loi|tiep nhan|phat ra)\b|^tong so phieu\b/;

/**
 * A readings table whose counts have no whole of their own column, and one of its first rows names the whole
 * ("Tổng số phiếu khảo sát thu về | 60 | | 80"), its count in the counts' column and no rate beside it.
 */
function wholeOverRows(ctx: ExtractContext): { row: number; whole: number | null; label: string } | null {
  const col = ctx.layout.columns;
  if (col.denominator !== undefined || col.indicator === undefined) return null;
  for (let r = ctx.firstRow; r <= Math.min(ctx.lastRow, ctx.firstRow + 3); r++) {
    const label = text(ctx, r, col.indicator);
    if (!WHOLE_ROW.test(ctx.facts.of(label).key)) continue;
    // (Under a block of rates only, "Năm 2020 (%) | 150": the forms of that period, no rate; its row is no figure either.)
    if (col.numerator === undefined) {
      const v = readCount(ctx, r, col.value).value;
      const rated = /%/.test(headingOf(ctx, col.value)) || /\b(?:ty le|ti le)\b/.test(ctx.facts.of(headingOf(ctx, col.value)).key);
      return v !== null && v > 100 && rated ? { row: r, whole: null, label } : null;
    }
    const whole = readCount(ctx, r, col.numerator).value;
    const rate = col.value === undefined ? "" : text(ctx, r, col.value);
    return rate === "" && whole !== null && whole > 0 ? { row: r, whole, label } : null;
  }
  return null;
}

/**
 * "Kỳ: | Năm 2021 (ước thực hiện)", "Tỷ lệ: | 87,5%": a short label ending in a colon, then one value, and nothing else on
 * the row; its words, or null. A criterion's or a section's line ("Tiêu chí 1.1:", "I. Nhiệm vụ:") is none.
 */
function labelLine(grid: Grid, r: number): string | null {
  const filled = (grid.rows[r - 1] ?? []).filter((v) => cellText(v).trim() !== "");
  if (filled.length !== 2 || typeof filled[0] !== "string") return null;
  const label = filled[0].trim();
  if (label.length > 30 || !label.endsWith(":") || /\d/.test(label) || /^(?:[IVX]+|[A-Đ])[.)]\s/u.test(label)) return null;
  return `${label} ${cleanText(displayText(filled[1]))}`;
}

/** A row of estimated or planned figures ("Ước cả năm 2021", "Dự kiến quý IV"): named, its cells accounted for, none read. */
function skipEstimateRow(ctx: ExtractContext, r: number, said: string, problems: Problem[], mark: Mark): void {
  const { grid } = ctx;
  problems.push(
    problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, said, {
      vi: `dòng ghi "${said}" là số ước tính hoặc kế hoạch, chưa phải số thực hiện; không đọc thành số liệu.`,
      en: `the row says "${said}": an estimate or a plan, not figures that happened; not read as a reading.`,
    }),
  );
  for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
}

/** "Đạt 50%" written as the status: a share of the work short of all of it. */
function partShare(statusText: string | null): boolean {
  const m = statusText === null ? null : /(\d{1,3}(?:[.,]\d{1,2})?)\s*%/.exec(statusText);
  return m !== null && Number(m[1].replace(",", ".")) < 100;
}

/** Whether a cell looks like what a field's column holds (a code, an official, a date, a status, a task's words). */
function fits(ctx: ExtractContext, f: Field, v: GridCell): boolean {
  if (cellKind(v) === "empty") return false;
  const facts = typeof v === "string" ? ctx.facts.of(v) : null;
  return f === "code"
    ? facts?.code != null || (typeof v === "number" && /^\d\.\d+$/.test(String(v)))
    : f === "lead" || f === "partners"
      ? facts?.official === true
      : f === "due" || f === "doneDate"
        ? isGridDate(v) || facts?.date != null
        : f === "status"
          ? facts?.status != null || facts?.statusLead != null
          : f === "content"
            ? facts?.long === true
            : false;
}

/** A layout's columns, their span and the field of each, worked out once per table (asked of every row). */
const COLUMNS = new WeakMap<TableLayout, { cols: number[]; first: number; last: number; fieldAt: Map<number, Field> }>();
function columnsOf(layout: TableLayout): { cols: number[]; first: number; last: number; fieldAt: Map<number, Field> } {
  let got = COLUMNS.get(layout);
  if (!got) {
    const cols = Object.values(layout.columns) as number[];
    got = {
      cols,
      first: Math.min(...cols),
      last: Math.max(...cols),
      fieldAt: new Map((Object.entries(layout.columns) as Array<[Field, number]>).map(([f, c]) => [c, f])),
    };
    COLUMNS.set(layout, got);
  }
  return got;
}

// What a criterion measures, as a result names it: "trực tuyến", "đúng hạn", "dưới dạng điện tử", "đạt chuẩn", "tỷ lệ".
// (Never "giải ngân": a disbursing task's share disbursed is how far it is.)
// ("15/18 chỉ tiêu đạt và vượt", "đạt 14/17 chỉ tiêu": the council's targets met, criterion 1.7's measure.)
const CRITERION_MEASURE =
  /\b(?:ty le|ti le|truc tuyen|dung han|dien tu|dat chuan|hai long|chi tieu (?:dat|vuot|hoan thanh)|\d+ \d+ chi tieu)\b/;

/**
 * "Tháng 11 gửi 128/135 văn bản dưới dạng điện tử, đạt 94,8%", "17/21 người đạt chuẩn (80,95%)", "GRDP … tăng 6,5%": a
 * criterion's figure (its counts, or a rate named) or a change, never how far the task's own work is.
 */
function criterionShare(t: string, share: number): boolean {
  if (!t.includes("%")) return false;
  if (/(?<!\p{L})(?:tăng|giảm|tang|giam)\s+(?:khoảng\s+|khoang\s+)?\d{1,3}(?:[.,]\d{1,2})?\s?%/iu.test(t)) return true;
  // ("Đã thu nhận 8.950/9.300 hồ sơ (96,2%)" names no criterion's measure: how far that task is.)
  const own = (f: ResultFigure) => /\b(?:khoi luong|kl|tien do|hoan thanh|so voi (?:ke hoach|kh))\b/.test(looseKey(f.text));
  const figures = figuresInResult(t);
  // "Quý III: 41 hồ sơ trực tuyến … (21,9%). Quý IV: 68/201 hồ sơ, đạt 33,8%": the later counts are the same measure's.
  const measured = figures.some((f) => CRITERION_MEASURE.test(looseKey(f.text)) && !own(f));
  return figures.some(
    (f) =>
      Math.abs(f.value - share) <= 0.6 &&
      (CRITERION_MEASURE.test(looseKey(f.text)) || (measured && f.numerator !== null && f.denominator !== null)) &&
      !own(f),
  );
}

/** "ước đạt 90% khối lượng", "tiến độ đạt 70%", "đạt 75% kế hoạch": the share of the work itself a sentence gives; null for none. */
function workShare(t: string): number | null {
  const m =
    /(\d{1,3}(?:[.,]\d{1,2})?)\s?%\s*(?:khối lượng|khoi luong|kl|kế hoạch|ke hoach|công việc|cong viec)(?!\p{L})/iu.exec(t) ??
    /(?:tiến độ|tien do|khối lượng|khoi luong)\D{0,20}?(\d{1,3}(?:[.,]\d{1,2})?)\s?%/iu.exec(t);
  const v = m ? Number(m[1].replace(",", ".")) : null;
  return v !== null && v <= 100 ? v : null;
}

// ("đang thực hiện, đạt 50%, hạn nộp đề xuất … ngày 25/12/2021": more said after it, nothing measured.)
const STATE_THEN_SHARE =
  /^(?:dang (?:thuc hien|trien khai|lam|th)|chua (?:xong|hoan thanh)|cham(?: tien do)?|dang tien hanh)\s*(?:da\s+)?dat (?:duoc )?(?:khoang |gan |tren |hon |xap xi )?\d{1,3}(?: \d{1,2})? ?%?(?:$|\s(?!.*\b(?:ty le|ti le|truc tuyen|dung han|dien tu|dat chuan|hai long|giai ngan)\b))/;
const TARGET_SAID =
  /\b(?:phai dat|can dat|phan dau|muc tieu|chi tieu|yeu cau|ke hoach giao|kh giao|du kien|uoc dat|uoc tinh|toi thieu|it nhat)\b/;

const PERIOD_HEADED = new WeakMap<TableLayout, Array<{ col: number; period: PeriodLabel }>>();

// "Số liệu", "Số liệu đạt được", "Chỉ số đạt được" beside a task list: its criterion's figures, in words.
const FIGURES_HEADING = /^(?:so lieu|so lieu (?:dat duoc|thuc hien|ket qua)|ket qua (?:so lieu|chi so)|chi so dat duoc)$/;

/** The column of a task list that names no field but its criterion's figures ("Số liệu"), where it has one. */
function figuresColumn(ctx: ExtractContext): number | undefined {
  // (Asked of every task row: found once a table.)
  if (FIGURES_COLUMN.has(ctx.layout)) return FIGURES_COLUMN.get(ctx.layout) ?? undefined;
  const used = new Set(Object.values(ctx.layout.columns));
  const key = (c: number) => headingKey(ctx.layout.headings[c] ?? "");
  // ("Chỉ tiêu KH | Thực hiện": what was reached beside the target, left to no field of the task.)
  const col = Object.keys(ctx.layout.headings)
    .map(Number)
    .find(
      (c) =>
        !used.has(c) &&
        !(ctx.layout.ignored ?? []).includes(c) &&
        (FIGURES_HEADING.test(key(c)) || (REACHED_HEADING.test(key(c)) && PLANNED_HEADING.test(key(c - 1)))),
    );
  FIGURES_COLUMN.set(ctx.layout, col ?? null);
  return col;
}
const FIGURES_COLUMN = new WeakMap<TableLayout, number | null>();

/**
 * "Q.I | Q.II | Q.III | Q.IV" beside a task's words, read as no field (their sentences are no states): the period each
 * column's heading names, for the figures its sentences give.
 */
function periodHeadedColumns(ctx: ExtractContext): Array<{ col: number; period: PeriodLabel }> {
  const known = PERIOD_HEADED.get(ctx.layout);
  if (known !== undefined) return known;
  const used = new Set([...Object.values(ctx.layout.columns), ...(ctx.statusAcross ?? []).flatMap((x) => [x.col, ...(x.siblings ?? [])])]);
  const out: Array<{ col: number; period: PeriodLabel }> = [];
  for (const [c, heading] of Object.entries(ctx.layout.headings)) {
    const col = Number(c);
    if (used.has(col) || (ctx.layout.ignored ?? []).includes(col)) continue;
    const period = parsePeriod(cleanText(heading));
    if (period !== null && ["quarter", "half", "nine", "month", "year"].includes(period.kind)) out.push({ col, period });
  }
  PERIOD_HEADED.set(ctx.layout, out);
  return out;
}

/**
 * Its criterion's figures a task's result or note reports ("41/312 hồ sơ (13,1%)", "T10: 15/230 … (6,5%); T11: …"):
 * a reading each, of the month the words name or the sheet's period; none where the day cannot be told
 * (the words stay in the task's Ghi chú), nor for a task with no criterion of the sheet's own.
 */
function resultFigures(ctx: ExtractContext, r: number, code: string | null): Reading[] {
  if (code === null || !/^[12]\.\d{1,2}$/.test(code)) return [];
  const out: Reading[] = [];
  const labelled = labelledFigure(ctx, r);
  // "Quý I | Quý II | …" over the work's sentences ("Tiếp nhận 96 hồ sơ, đúng hạn 95 hồ sơ (98,96%)"): each quarter's
  // figures are that quarter's.
  const own = labelled !== null ? [labelled.col] : [ctx.layout.columns.result, ctx.layout.columns.note, figuresColumn(ctx)];
  const across = labelled !== null ? [] : [...(ctx.statusAcross ?? []), ...periodHeadedColumns(ctx)];
  const columns: Array<{ col: number | undefined; period?: PeriodLabel }> = [
    ...own.map((col) => ({ col })),
    ...across.map((x) => ({ col: x.col, period: x.period })),
  ];
  for (const { col, period: colPeriod } of columns) {
    if (col === undefined) continue;
    const said = text(ctx, r, col);
    // (Under "Thực hiện" beside the target: the share or the counts alone, the criterion's figure.)
    const bare =
      labelled?.figure ??
      (col === ctx.layout.columns.result
        ? bareShareOfMeasure(ctx, r, col)
        : col === figuresColumn(ctx) && REACHED_HEADING.test(headingKey(ctx.layout.headings[col] ?? ""))
          ? figureAlone(ctx, r, col)
          : null);
    for (const f of bare !== null ? [bare] : said.includes("%") ? figuresInResult(said) : []) {
      // "khối lượng mới đạt khoảng 65%", "tiến độ 70%": how far the task's own work is, no criterion's figure.
      // "đạt 75% so với kế hoạch": the same, measured against the task's own plan.
      if (/\b(?:khoi luong|kl|tien do|hoan thanh|so voi (?:ke hoach|kh))\b/.test(ctx.facts.of(f.text).key)) continue;
      // ("Đã phát 04 buổi trên loa, đạt 30%" under Quý III: how far that quarter's work went, unless it names a measure.)
      if (colPeriod !== undefined && f.numerator === null && !CRITERION_MEASURE.test(ctx.facts.of(f.text).key)) continue;
      // "Đang thực hiện, đạt 80%" on "Tuyên truyền trên loa …": a state and how far the task is, nothing measured named
      // (on "Giải ngân 100% kế hoạch vốn", the task's own measure, it is the criterion's figure).
      // ("Hướng dẫn … sử dụng DVC trực tuyến" | "Đang thực hiện, đạt 70%": the guidance's share, though it names the
      // online measure; the disbursement's own share is its criterion's.)
      const work = text(ctx, r, ctx.layout.columns.content);
      const topic = measureTopic(ctx.facts.of(work).key);
      // ("Đang thực hiện, đạt 90%; quý III: 142/145 hồ sơ đúng hạn (97,9%)": the state's clause alone says the share's.)
      const stateClause = said.split(/;\s*|\.\s+/)[0];
      const ofState =
        STATE_THEN_SHARE.test(ctx.facts.of(said).key) ||
        (STATE_THEN_SHARE.test(ctx.facts.of(stateClause).key) && figuresInResult(stateClause).some((g) => g.value === f.value));
      if (f.numerator === null && ofState && (topic === null || (topic !== "disbursed" && !namesMeasure(work)))) continue;
      // "Đến 31/01/2022 phải đạt 100% KH vốn", "phấn đấu 30%", "dự kiến 95%": a target or a guess, nothing that happened.
      // ("… đạt 54,9% kế hoạch vốn (chỉ tiêu 60%)": the target said aside, in brackets after the figure reached.)
      // ("… 15/18 chỉ tiêu đạt và vượt (83,3%), 03 chỉ tiêu phấn đấu đạt trong tháng 12": the target follows the figure reached.)
      const upToFigure = /^.*?\d\s?%\s*\)?/su.exec(f.text)?.[0] ?? f.text;
      // ("15/18 chỉ tiêu đạt": the council's targets counted, criterion 1.7's measure, no target of the figure.)
      const counted = upToFigure.replace(TARGET_ASIDE, "").replace(/\d+\s*\/\s*\d+\s+chỉ tiêu/giu, "");
      if (TARGET_SAID.test(ctx.facts.of(counted).key)) continue;
      const year = f.year ?? ctx.year;
      // "Đạt 68,5% KH vốn (số liệu 30/9/2021)": the day the words give; a plan's signing day in the title is none.
      // "Từ ngày 01/10/2021 đến 10/12/2021, … 139/146 văn bản": the span's, standing at its last day.
      // "Quý III/2021: tiếp nhận 41 … (21,9%). Quý IV/2021 (đến 10/12): 68/201 …": each figure its own words' period.
      // ("Quý III/2021 tiếp nhận 312 hồ sơ …; tỷ lệ đúng hạn đạt 99,02%": the period the result names before the figure's clause.)
      // ("Kết quả: tỷ lệ VB đi gửi dạng điện tử quý III" | 92%: the period its label names.)
      const span =
        f.month === null
          ? (periodOfFigure(f.text, year) ?? periodOfFigure(said, year) ?? (labelled !== null ? labelPeriod(work, year) : null))
          : null;
      const day =
        f.month === null
          ? (span?.date ?? findDate(f.text) ?? dayInYear(f.text, year) ?? findDate(said) ?? (labelled !== null ? findDate(work) : null))
          : null;
      const columnYear = colPeriod?.year ?? year;
      const titled =
        colPeriod !== undefined && columnYear !== null
          ? { name: periodName(colPeriod, columnYear), date: periodEnd(colPeriod, columnYear) }
          : ctx.contextPeriod && !ctx.contextPeriod.document
            ? ctx.contextPeriod
            : null;
      const date = f.month !== null && year !== null ? endOfMonth(year, f.month) : f.month === null ? (day ?? titled?.date ?? null) : null;
      if (date === null) continue;
      const whole = f.numerator !== null && f.denominator !== null && f.denominator > 0;
      out.push({
        // ("Tỷ lệ hồ sơ trực tuyến (TC 1.1) Quý IV/2021: 46/380 hồ sơ" in a task of 2.4: the criterion the figure names.)
        code: namedCode(f.text) ?? code,
        period:
          f.month !== null
            ? `Tháng ${f.month}/${year}`
            : span !== null
              ? span.name
              : day !== null
                ? formatViDate(day)
                : (titled?.name ?? ""),
        date,
        numerator: f.numerator,
        denominator: f.denominator,
        value: whole ? ((f.numerator as number) / (f.denominator as number)) * 100 : f.value,
        evidence: "",
        note: `Số liệu ghi trong ${labelled !== null ? "bảng nhiệm vụ" : "kết quả của nhiệm vụ"} (dòng ${r}): ${f.text}`,
        source: { file: ctx.grid.file, sheet: ctx.grid.sheet, sheetIndex: ctx.sheetIndex, row: r, columns: { value: col } },
      });
    }
  }
  return out;
}

/**
 * "Tiêu chí 1.2 - Hồ sơ giải quyết đúng hạn | … | 98,9%" under "Kết quả đạt được", no deadline or state on the row: the
 * criterion's own figure, a share alone (said with no words, it is read only where the row is the measure's name).
 */
function bareShareOfMeasure(ctx: ExtractContext, r: number, col: number): ResultFigure | null {
  const figure = figureAlone(ctx, r, col);
  // (A share alone: "98,9%", never counts or a share with words after it.)
  if (figure === null || figure.numerator !== null || !/%$/.test(figure.text)) return null;
  const { due, status } = ctx.layout.columns;
  if ((due !== undefined && !isBlank(cellAt(ctx.grid, r, due))) || (status !== undefined && !isBlank(cellAt(ctx.grid, r, status))))
    return null;
  return namesCriterionMeasure(text(ctx, r, ctx.layout.columns.content)) ? figure : null;
}

/**
 * Whether the numbers down the table's STT column that look like codes are all the plan's ("1.1" … "2.5"): a
 * self-assessment's "5.1", "6.2", "7.4" number the index's own criteria, so none of that column's is the plan's.
 */
function planNumbered(ctx: ExtractContext): boolean {
  const known = PLAN_NUMBERED.get(ctx.layout);
  if (known !== undefined) return known;
  const c = ctx.layout.columns.stt;
  let plan = true;
  for (let r = ctx.firstRow; c !== undefined && r <= ctx.grid.rows.length && plan; r++) {
    const n = /^(\d{1,2})\.\d{1,2}\.?$/.exec(text(ctx, r, c));
    if (n !== null && n[1] !== "1" && n[1] !== "2") plan = false;
  }
  PLAN_NUMBERED.set(ctx.layout, plan);
  return plan;
}
const PLAN_NUMBERED = new WeakMap<TableLayout, boolean>();

/** "Đạt 78% đến 30/11": the day a figure stands at, written without its year, in the sheet's year; null where none. */
function dayInYear(text: string, year: number | null): IsoDate | null {
  const m = /(?:đến|tại|tính đến)\s+(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*\/\s*\d)(?!\d)/iu.exec(text);
  return m === null || year === null ? null : isoDate(year, Number(m[2]), Number(m[1]));
}

/** The period a result's label names, "quý III" or "tháng 10" the sheet's year where it gives none. */
function labelPeriod(label: string, year: number | null): ReturnType<typeof periodOfFigure> {
  const dated =
    year === null
      ? label
      : label.replace(/((?:quý|quy)\s+[IV]{1,3}|(?:tháng|thang)\s+\d{1,2})(?![IVX\d])(?!\s*[/-]?\s*\d)/iu, `$1/${year}`);
  // ("Kết quả năm 2021:": the year itself.)
  const whole = /(?<!\p{L})(?:năm|nam)\s+(20\d{2})(?!\d)/iu.exec(label);
  return (
    periodOfFigure(dated, year) ??
    (whole !== null
      ? { date: `${whole[1]}-12-31` as IsoDate, name: `Năm ${whole[1]}`, label: { kind: "year", index: 1, year: Number(whole[1]) } }
      : null)
  );
}

/** A figure alone ("36,4%", 0.92 shown as a share, "18/22"): its value and parts, or null. */
function figureAlone(ctx: ExtractContext, r: number, col: number): ResultFigure | null {
  const said = (percentShown(ctx.grid, r, col) ?? text(ctx, r, col)).trim();
  // ("95,2% người dân hài lòng về thái độ phục vụ": a share opening its words, what it measures after it.)
  const share = /^(\d{1,3}(?:[.,]\d{1,2})?)\s?%(?:$|\s+(?!khối lượng|kế hoạch|kh\b|tiến độ|công việc)\p{L}[^%\d]*$)/iu.exec(said);
  if (share) {
    const value = Number(share[1].replace(",", "."));
    return value <= 100 ? { value, numerator: null, denominator: null, month: null, year: null, text: said } : null;
  }
  // ("235/236 hồ sơ": the counts with what they count.)
  const parts = /^(\d{1,5})\s*\/\s*(\d{1,5})(?:\s+\p{L}[\p{L} ]{0,15})?$/u.exec(said);
  const [n, d] = parts ? [Number(parts[1]), Number(parts[2])] : [0, 0];
  return parts && d > 0 && n <= d ? { value: (n / d) * 100, numerator: n, denominator: d, month: null, year: null, text: said } : null;
}

/**
 * A row of a task list labelled as its section's result ("Kết quả: số CBCC đạt chuẩn" | "18/22"), no one to
 * lead it and no day or state of its own: its figure, from the first of the result, state or progress columns that
 * holds one alone; null for any other row.
 */
function labelledFigure(ctx: ExtractContext, r: number): { figure: ResultFigure; col: number } | null {
  const { content, lead, due, result, status, progress, stt } = ctx.layout.columns;
  const marked = marksResult(text(ctx, r, stt));
  if (!labelsResult(text(ctx, r, content)) && !marked) return null;
  if ([lead, due].some((c) => c !== undefined && !isBlank(cellAt(ctx.grid, r, c)))) return null;
  // "KQ | Số hồ sơ tiếp nhận trực tuyến | | | 38 | 152 | 25": a result row's counts and the rate they give, a cell each.
  const worked = marked ? countsAndRate(ctx, r) : null;
  if (worked !== null) return worked;
  for (const col of [result, status, progress]) {
    if (col === undefined || isBlank(cellAt(ctx.grid, r, col))) continue;
    const figure = figureAlone(ctx, r, col);
    if (figure === null) return null;
    // ("36,4%" | "182/500 hồ sơ" beside it: the counts that give the share, where they give it to its decimals.)
    if (figure.numerator === null)
      for (const [i, v] of (ctx.grid.rows[r - 1] ?? []).entries()) {
        const counts = i + 1 === col ? null : /^(\d{1,3}(?:\.\d{3})*|\d+)\s*\/\s*(\d{1,3}(?:\.\d{3})*|\d+)(?!\d)/.exec(cellText(v).trim());
        const [n, d] = counts ? [Number(counts[1].replace(/\./g, "")), Number(counts[2].replace(/\./g, ""))] : [0, 0];
        if (counts && d > 0 && Math.abs((n / d) * 100 - figure.value) < 0.05 + 1e-9)
          return { figure: { ...figure, numerator: n, denominator: d }, col };
      }
    return { figure, col };
  }
  return null;
}

// "1.4", "2.3.": a criterion's code where a table numbers its rows.
const CODE_NUMBER = /^([12]\.[1-9]\d?)\.?$/;

/**
 * The criterion a row heads its tasks as: "1.4 | Giải ngân …" over "a | …" rows, numbered by its code; or
 * "1 | Tỷ lệ hồ sơ giải quyết đúng hạn (TC 1.2)" over "1.1 | …", "1.2 | …", a measure named with its code. Null for
 * any other row.
 */
function criterionHeading(ctx: ExtractContext, r: number): string | null {
  const { stt, content } = ctx.layout.columns;
  if (stt === undefined) return null;
  const mark = text(ctx, r, stt).replace(/\.$/, "");
  const own = CODE_NUMBER.exec(mark);
  const words = text(ctx, r, content);
  const code =
    own !== null && !outlineNumber(ctx, r, own[1]) ? own[1] : /^\d{1,2}$/.test(mark) && namesMeasure(words) ? namedCode(words) : null;
  if (code === null) return null;
  const next = text(ctx, r + 1, stt);
  return SUB_MARK.test(next) || (own === null && next.startsWith(`${mark}.`)) ? code : null;
}

/**
 * "1.4 | Giải ngân kế hoạch vốn đầu tư công | 100% | 78,4% | CT UBND" over "a | Kiểm tra tiến độ …" rows: a criterion
 * numbered by its code, no deadline or state of its own, heading its tasks, its figure alone under the table's result or
 * progress: that criterion's reading (its target, lead and note said with it); "no-figure" where it gives none yet; null for
 * any other row.
 */
function criterionRowFigure(ctx: ExtractContext, r: number): Reading | "no-figure" | null {
  const { stt, due, status, result, progress, content } = ctx.layout.columns;
  const code = criterionHeading(ctx, r);
  if (code === null || (due !== undefined && !isBlank(cellAt(ctx.grid, r, due)))) return null;
  // (A period's column, "Quý III", holds the criterion's figure of that period, never its state.)
  const across = new Set([...(ctx.periodFigures ?? []), ...(ctx.statusAcross ?? [])].map((x) => x.col));
  if (status !== undefined && !across.has(status) && !isBlank(cellAt(ctx.grid, r, status))) return null;
  const col = [result, progress].find((c) => c !== undefined && !across.has(c) && !isBlank(cellAt(ctx.grid, r, c)));
  if (col === undefined) return "no-figure";
  const figure = figureAlone(ctx, r, col);
  const titled = ctx.contextPeriod && !ctx.contextPeriod.document ? ctx.contextPeriod : null;
  if (figure === null || titled === null) return null;
  const said = filledColumns(ctx.grid, r)
    .filter((c) => c !== stt && c !== col && c !== content)
    .map((c) => `${ctx.layout.headings[c] ?? columnName(c)}: ${text(ctx, r, c)}`);
  return {
    code: code,
    period: titled.name,
    date: titled.date,
    numerator: figure.numerator,
    denominator: figure.denominator,
    value: figure.value,
    evidence: "",
    note: [text(ctx, r, content), `Số liệu ghi ở dòng tiêu chí ${code} trong bảng nhiệm vụ`, ...said].filter((x) => x !== "").join("; "),
    source: { file: ctx.grid.file, sheet: ctx.grid.sheet, sheetIndex: ctx.sheetIndex, row: r, columns: { value: col, code: stt } },
  };
}

/** A criterion's row heading its tasks: a reading of each period column ("Quý I" … "Quý IV") holding its figure alone. */
function criterionFiguresAcross(ctx: ExtractContext, r: number): Reading[] {
  const code = criterionHeading(ctx, r);
  if (code === null) return [];
  const columns = [
    ...(ctx.periodFigures ?? []).map((x) => ({ col: x.col, period: x.period })),
    ...(ctx.statusAcross ?? []).map((x) => ({ col: x.col, period: x.period })),
  ];
  // (The row's other words, its lead and note, said with each reading: nothing it holds goes unsaid.)
  const periods = new Set(columns.map((x) => x.col));
  const said = filledColumns(ctx.grid, r)
    .filter((c) => c !== ctx.layout.columns.stt && c !== ctx.layout.columns.content && !periods.has(c))
    .map((c) => `${ctx.layout.headings[c] ?? columnName(c)}: ${text(ctx, r, c)}`);
  const out: Reading[] = [];
  for (const { col, period } of columns) {
    const figure = isBlank(cellAt(ctx.grid, r, col)) ? null : figureAlone(ctx, r, col);
    const year = period.year ?? ctx.year;
    if (figure === null || year === null) continue;
    out.push({
      code,
      period: periodName(period, year),
      date: periodEnd(period, year),
      numerator: figure.numerator,
      denominator: figure.denominator,
      value: figure.value,
      evidence: "",
      note: [
        text(ctx, r, ctx.layout.columns.content),
        `Số liệu ghi ở dòng tiêu chí ${code}, cột "${ctx.layout.headings[col] ?? columnName(col)}"`,
        ...said,
      ].join("; "),
      source: {
        file: ctx.grid.file,
        sheet: ctx.grid.sheet,
        sheetIndex: ctx.sheetIndex,
        row: r,
        columns: { value: col, code: ctx.layout.columns.stt },
      },
    });
  }
  return out;
}

/** Two whole counts and the rate they give, each in a cell of the row (past its words): the rate's cell and all three. */
function countsAndRate(ctx: ExtractContext, r: number): { figure: ResultFigure; col: number } | null {
  const cells = (ctx.grid.rows[r - 1] ?? [])
    .map((v, i) => ({ v, col: i + 1 }))
    .filter((x): x is { v: number; col: number } => typeof x.v === "number" && x.col !== ctx.layout.columns.stt)
    .map(({ v, col }) => {
      const percent = percentShown(ctx.grid, r, col) !== null;
      return { col, n: percent ? v * 100 : v, percent };
    });
  const found = countsWithShare(cells);
  if (found === null) return null;
  const { part, whole, share } = found;
  return {
    figure: {
      value: share.n,
      numerator: part.n,
      denominator: whole.n,
      month: null,
      year: null,
      text: `${part.n}/${whole.n} (${formatViNumber(share.n)}%)`,
    },
    col: share.col,
  };
}

/** How many of a row's cells look like what their columns hold. */
function rowFit(ctx: ExtractContext, row: readonly GridCell[]): number {
  let fit = 0;
  for (const [f, c] of Object.entries(ctx.layout.columns) as Array<[Field, number]>) if (fits(ctx, f, row[c - 1] ?? null)) fit++;
  return fit;
}

/** A row slid one column right from a blank cell inside the table: the row slid back, where it fits its columns far better. */
function slidRow(ctx: ExtractContext, r: number): { grid: Grid; from: number } | null {
  const row = ctx.grid.rows[r - 1] ?? [];
  const { cols, first, last, fieldAt } = columnsOf(ctx.layout);
  // Only a row with a cell past the table's last column, or a blank cell with its neighbours' values moved: the cheap sign.
  if (!cols.some((c) => cellKind(row[c - 1] ?? null) === "empty")) return null;
  // Worked out only for a row that shows the sign: asking every row cost a tenth of reading a sheet.
  let before: number | null = null;
  for (let k = first; k < last; k++) {
    if (cellKind(row[k - 1] ?? null) !== "empty" || cellKind(row[k] ?? null) === "empty") continue;
    // The cheap sign: the cell right of the blank is what the blank's column holds, not what its own does.
    const [here, next] = [fieldAt.get(k), fieldAt.get(k + 1)];
    if (here === undefined || !fits(ctx, here, row[k] ?? null) || (next !== undefined && fits(ctx, next, row[k] ?? null))) continue;
    const back = [...row.slice(0, k - 1), ...row.slice(k)];
    before ??= rowFit(ctx, row);
    if (rowFit(ctx, back) >= before + 2) {
      const rows = ctx.grid.rows.slice();
      rows[r - 1] = back;
      return { grid: { ...ctx.grid, rows }, from: k };
    }
  }
  return null;
}

/** The whole a count is of, as its label says it in brackets: "(tổng số 21 CBCC)", "(kế hoạch vốn giao 4.800 triệu đồng)". */
function wholeInLabel(label: string): number | null {
  // ("(KH giao: 3.200 triệu đồng)": the whole after a colon too.)
  const m = /\([^()]*?(?:tổng số|kế hoạch(?: vốn)?(?: được)?(?: giao)?|giao|trên)\s*:?\s+([\d.,]+)\s*[^()]*\)/iu.exec(label);
  const n = m ? parseNumberText(m[1]) : null;
  return n !== null && n > 0 ? n : null;
}

/** Days left to a deadline as a cell says them: 10, -3, "còn 14 ngày", "quá 5 ngày", "hết hạn hôm nay"; null otherwise. */
function daysLeftOf(v: GridCell): number | null {
  if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) <= 400) return v;
  if (typeof v !== "string") return null;
  const k = looseKey(v);
  if (/\bhom nay\b/.test(k)) return 0;
  const m = /^(con|qua|tre|cham)?\s*(?:han\s*)?(\d{1,3})\s*ngay\b/.exec(k) ?? /^(-)?(\d{1,3})$/.exec(v.trim());
  if (!m) return null;
  return m[1] === "con" || m[1] === undefined ? Number(m[2]) : -Number(m[2]);
}

/**
 * "2.1" in the number column as the sheet's own outline, not a criterion's code: under a group numbered "2", or in a
 * column that goes three levels deep ("1.1.1") somewhere.
 */
function outlineNumber(ctx: ExtractContext, r: number, numbered: string): boolean {
  const stt = ctx.layout.columns.stt;
  const head = numbered.split(".")[0];
  for (let rr = r - 1; rr >= ctx.firstRow; rr--) {
    const t = text(ctx, rr, stt).replace(/\.$/, "");
    if (/^\d+$/.test(t) && text(ctx, rr, ctx.layout.columns.content) === text(ctx, rr, ctx.layout.columns.content).toLocaleUpperCase("vi"))
      return t === head;
  }
  for (let rr = ctx.firstRow; rr <= ctx.lastRow; rr++) if (/^\d+\.\d+\.\d+/.test(text(ctx, rr, stt))) return true;
  return false;
}

/** What a task table's row with values but no task text is told (ROW_SKIPPED's own words follow the rule's title). */
export const NO_TASK_TEXT = "dòng có thông tin nhưng không có nội dung nhiệm vụ; không đọc thành nhiệm vụ.";

/** A row with values that gives no task text or no figure: named, never dropped. */
function rowSkipped(grid: Grid, r: number, kind: TableLayout["kind"]): Problem {
  return problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, "", {
    vi: kind === "tasks" ? NO_TASK_TEXT : "dòng không có số liệu (tử số, mẫu số hoặc tỷ lệ) đọc được.",
    en: kind === "tasks" ? "the row has values but no task text; not read as a task." : "the row has no figures that can be read.",
  });
}

// A row of targets under the periods: "Chỉ tiêu năm 2021", "Mục tiêu", "Kế hoạch năm".
const TARGET_WORDS = "chi tieu|muc tieu|ke hoach|kh|chi tieu ke hoach|chi tieu giao";
const TARGET_ROW = new RegExp(`^(?:${TARGET_WORDS})\\b`);
// "Tăng (+)/giảm (-) Đợt 2 so với Đợt 1", "Chênh lệch so với năm 2020": a change between two periods, no period's figure.
const CHANGE_ROW = /^(?:muc |ty le )?(?:tang giam|tang hoac giam|chenh lech|so sanh|bien dong)\b|^(?:tang|giam) \S+(?: \S+)? so voi\b/;
// "Chỉ tiêu theo Kế hoạch 49", "Mục tiêu năm 2021", "Chỉ tiêu KH giao": a row's label naming its target.
const TARGET_LABEL = /^(?:chi tieu|muc tieu)(?: (?:theo |cua )?(?:ke hoach|kh|nghi quyet|nq)\b.*| nam \d{4}| giao| dat ra| phai dat)?$/;
// "So với chỉ tiêu (%)", "So với KH", "Đạt so với kế hoạch": the figure against its target.
const AGAINST_TARGET = /^(?:dat |ty le )?so voi (?:chi tieu|ke hoach|kh|muc tieu)\b/;
/** A cell that is only the word for a target ("Chỉ tiêu", "KH"), never a remark that opens with it. */
const TARGET_WORD = new RegExp(`^(?:${TARGET_WORDS})$`);

const BULLET_MARK = /^\s*(?:[-+•*–]|[a-zđ][.)])\s*$/u;

/**
 * "1 | Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến" with nothing else on its row, the rows under it marked
 * "-" and filled: the item the tasks below work on, numbered within its group ("II" then "1" is 2.1),
 * as the plan numbers its criteria. Null for an ordinary row.
 */
// "Tiêu chí thành phần “…”", "Chỉ số hài lòng về …": the words a plan names its criteria with.
const CRITERION_NAMED = /^(?:tiêu chí|tieu chi|chỉ số|chi so|tctp|tc)(?!\p{L})/iu;

function numberedHeading(ctx: ExtractContext, r: number, group: ItemGroup | null): Extract<RowRole, { role: "section" }> | null {
  const { grid, layout } = ctx;
  const { stt, content } = layout.columns;
  if (layout.kind !== "tasks" || stt === undefined || content === undefined) return null;
  // Cheap signs first (most rows are tasks): a small number, and a bullet in the next row's number.
  const n = Number(cellText(cellAt(grid, r, stt)).trim());
  if (!Number.isInteger(n) || n < 1 || n > 12) return null;
  const bulletBelow = BULLET_MARK.test(cellText(cellAt(grid, r + 1, stt))) || BULLET_MARK.test(cellText(cellAt(grid, r + 2, stt)));
  const cols = filledColumns(grid, r);
  if (cols.length !== 2 || !cols.includes(stt) || !cols.includes(content)) return null;
  const label = cleanText(cellText(cellAt(grid, r, content)));
  if (label.length > 160) return null;
  // "1 | Tiêu chí thành phần “Tỷ lệ hồ sơ …”" over "1 | Theo dõi, kiểm tra … | CT UBND | …": a criterion's name, numbered
  // within its group, over the tasks numbered on their own.
  const named = !bulletBelow && CRITERION_NAMED.test(label);
  if (!bulletBelow && !named) return null;
  // The next filled row is a bulleted (or numbered) task of its own.
  let next = r + 1;
  while (next <= ctx.lastRow && filledColumns(grid, next).length === 0) next++;
  const mark = cellText(cellAt(grid, next, stt)).trim();
  const own = named ? /^\d{1,3}\.?$/.test(mark) : BULLET_MARK.test(mark);
  if (next > ctx.lastRow || !own || filledColumns(grid, next).length < 3) return null;
  // (A criterion named by its words is numbered within the sheet, not by the plan: its code comes from its name.)
  const code = sectionCode(label) ?? (group !== null && !named ? `${group === "CCHC" ? 1 : 2}.${n}` : null);
  return { role: "section", label: `${n}. ${label}`, code, group: null, level: "item" };
}

/** "Trả lại", "Không duyệt", "Từ chối" under a heading of approval ("Trạng thái duyệt"): the row's own word, or null. */
function rejectedBy(ctx: ExtractContext, r: number): string | null {
  for (const [c, heading] of Object.entries(ctx.layout.headings)) {
    if (!/\bduyet\b|\bapproval\b/.test(headingKey(heading))) continue;
    const said = cleanText(cellText(cellAt(ctx.grid, r, Number(c))));
    if (/^(?:tra lai|bi tra lai|khong duyet|tu choi|huy|rejected)$/.test(looseKey(said))) return said;
  }
  return null;
}

/** The targets' row of a table of figures by period: named, its cells accounted as the row skipped. */
function skipTargetsRow(ctx: ExtractContext, r: number, label: string, problems: Problem[], mark: Mark): void {
  problems.push(
    problem("ROW_SKIPPED", { file: ctx.grid.file, sheet: ctx.grid.sheet, row: r }, label, {
      vi: `dòng "${label}" ghi chỉ tiêu phải đạt, không phải số liệu của một kỳ; không đọc thành số liệu.`,
      en: `the row "${label}" gives the targets, not a period's figures; not read as readings.`,
    }),
  );
  for (const c of filledColumns(ctx.grid, r)) mark(r, c, "row-skipped");
}

function readCriteriaRow(ctx: ExtractContext, r: number, cols: readonly number[], mark: Mark, problems: Problem[]): Reading[] {
  const { layout, grid } = ctx;
  const periodCol = layout.columns.period;
  // "Cộng" under the months of a table titled for the half year so far: that period, at its day.
  const titled = titledTotal(ctx, r);
  const periodText = titled?.name ?? text(ctx, r, periodCol);
  // "Số liệu đến ngày" beside the period: the day the row's figures stand at, where it falls in the period.
  const dayCol = layout.columns.date;
  const day = dayCol === undefined ? null : readDate(ctx, r, dayCol, undefined, [], false).value;
  const periodDay = titled !== null ? titled.date : periodText === "" ? null : periodDateOf(ctx, periodText);
  const date = day !== null && (periodDay === null || day <= periodDay) ? day : periodDay;
  if (day !== null && dayCol !== undefined) mark(r, dayCol, "field");
  const out: Reading[] = [];
  // "Chỉ tiêu năm 2021 | ≥ 90% | 100%": the year's targets under the periods, not figures of a period.
  if (TARGET_ROW.test(ctx.facts.of(periodText).key)) {
    skipTargetsRow(ctx, r, periodText, problems, mark);
    return out;
  }
  if (CHANGE_ROW.test(ctx.facts.of(periodText).key)) {
    skipChangeRow(ctx, r, periodText, problems, mark);
    return out;
  }
  // "Ước cả năm 2021", "Dự kiến quý IV": figures to come, not figures that happened; named, not read.
  if (periodText !== "" && isForecastLabel(periodText)) {
    skipEstimateRow(ctx, r, periodText, problems, mark);
    return out;
  }
  // "Từ ngày | Đến ngày" and no period's name: the row's span is its period.
  const spanStart = layout.spanFrom === undefined ? null : readDate(ctx, r, layout.spanFrom, undefined, [], false).value;
  if (spanStart !== null && layout.spanFrom !== undefined) mark(r, layout.spanFrom, "field");
  const spanName =
    spanStart !== null && day !== null && spanStart <= day
      ? periodName(
          { kind: "day", index: ymd(day).m, day: ymd(day).d, year: ymd(day).y, from: { month: ymd(spanStart).m, day: ymd(spanStart).d } },
          ymd(day).y,
        )
      : null;
  // "Tuần 40": named with its days, as a week's period is ("Tuần 40 (04/10–10/10/2021)").
  const asPeriod = periodText === "" || ctx.year === null ? null : parsePeriod(periodText);
  const weekName =
    asPeriod !== null && ctx.year !== null && (asPeriod.from || asPeriod.week) ? periodName(asPeriod, asPeriod.year ?? ctx.year) : null;
  // "Lũy kế 11 tháng": the year so far, named as a heading of the same words is ("Năm 2021 (đến 30/11/2021)").
  const soFar = periodText === "" ? null : monthsSoFar(ctx, periodText);
  const soFarName = soFar === null || soFar.year === null ? null : periodName(soFar, soFar.year);
  for (const c of filledColumns(grid, r)) if (c !== periodCol && !cols.includes(c) && c !== layout.columns.denominator) mark(r, c, "note");
  if (layout.columns.denominator !== undefined && !isBlank(cellAt(grid, r, layout.columns.denominator)))
    mark(r, layout.columns.denominator, "field");
  if (periodCol !== undefined && periodText !== "") mark(r, periodCol, "field");
  for (const c of cols) {
    const v = cellAt(grid, r, c);
    if (cellKind(v) === "empty") continue;
    mark(r, c, "field");
    if (isGridError(v)) continue; // named as FORMULA_ERROR
    // "48/230", "226/228 (99,1%)": the counts themselves; a count under "Số phiếu hài lòng về …" over the forms returned.
    const whole = layout.columns.denominator === undefined ? null : readCount(ctx, r, layout.columns.denominator).value;
    const count = whole === null ? null : readCount(ctx, r, c).value;
    if (whole !== null && count !== null && whole > 0 && count > whole) {
      problems.push(
        problem("NUMERATOR_ABOVE_DENOMINATOR", where(ctx, r, c), String(count), {
          vi: `${count} phiếu hài lòng nhưng chỉ ${whole} phiếu thu về: không đọc thành số liệu, hãy kiểm tra.`,
          en: `${count} satisfied forms out of only ${whole} returned: not read, check it.`,
        }),
      );
      continue;
    }
    const ratio: [number, number] | null = whole !== null && count !== null && whole > 0 ? [count, whole] : ratioOf(ctx, v);
    if (!ratio && overShare(ctx, r, c, problems)) continue;
    approximate(ctx, r, c, problems);
    const got = ratio ? { value: (ratio[0] / ratio[1]) * 100, bad: null } : readPercent(ctx, r, c, fractionScale(ctx, c));
    if (got.value === null) {
      // "Không phát sinh", "Chưa khảo sát": no figure for that criterion this period, said as such.
      if (got.bad !== null && NO_FIGURE_YET.test(ctx.facts.of(got.bad).key) && !/\d/.test(got.bad))
        unreadFigure(ctx, r, c, got.bad, problems);
      else if (got.bad !== null && !NO_FIGURE.test(got.bad))
        problems.push(
          problem("BAD_NUMBER", where(ctx, r, c), got.bad, { vi: `"${got.bad}" không phải là số.`, en: `"${got.bad}" is not a number.` }),
        );
      continue;
    }
    const heading = layout.headings[c] ?? columnName(c);
    const code = codeInText(heading);
    out.push({
      code,
      period: spanName ?? weekName ?? soFarName ?? periodText,
      date,
      numerator: ratio ? ratio[0] : null,
      denominator: ratio ? ratio[1] : null,
      value: got.value,
      evidence: "",
      note: [
        heading,
        ...filledColumns(grid, r)
          .filter((x) => x !== periodCol && !cols.includes(x))
          .map((x) => `${layout.headings[x] ?? columnName(x)}: ${cleanText(displayText(cellAt(grid, r, x)))}`),
      ].join("; "),
      source: source(ctx, r, { value: c, ...(periodCol !== undefined ? { period: periodCol } : {}) }),
      ...(code === null ? { hint: ctx.contextText ?? "" } : {}),
    });
  }
  return out;
}

/** An indicator measured in percent: its unit "(%)" written after its name. */
/** The row's unit column says "%" and every figure on the row is a fraction of 1 (0,2 | 0,15 | 0,75): read ×100. */
function fractionsOfPercentRow(ctx: ExtractContext, r: number, v: number): boolean {
  if (v <= 0 || v > 1 || !rateRow(ctx, r)) return false;
  const figures = filledColumns(ctx.grid, r)
    .filter((c) => c !== ctx.layout.columns.stt)
    .map((c) => readCount(ctx, r, c).value)
    .filter((x): x is number => x !== null);
  // (1 | 1 | 1 beside such rows is 100 %: a plan of 1 % is no plan.)
  return figures.length >= 2 && figures.every((x) => x >= 0 && x <= 1.5);
}

function isPercentIndicator(label: string): boolean {
  return /\(\s*%\s*\)/.test(label);
}

function headingOf(ctx: ExtractContext, c: number | undefined): string {
  return c === undefined ? "" : (ctx.layout.headings[c] ?? columnName(c));
}

// "-", "–" where a figure goes: no figure yet, as sheets mark it ("dấu "-" là chưa có số liệu"); nothing to read or to name.
const NO_FIGURE = /^\s*[-–—]\s*$/;

// "Đạt", "Không đạt", "Hoàn thành" in a figure's cell.
const VERDICT_ONLY = /^(?:dat|khong dat|chua dat|dat yeu cau|khong dat yeu cau|hoan thanh|chua hoan thanh|tot|kha)$/;

/** "Đạt" where a period's figure goes: a verdict, no figure to count; named, so it is not lost unseen. */
function verdictOnly(ctx: ExtractContext, r: number, c: number, problems: Problem[]): boolean {
  const v = cellAt(ctx.grid, r, c);
  if (typeof v !== "string" || !VERDICT_ONLY.test(ctx.facts.of(v).key)) return false;
  problems.push(
    problem("BAD_NUMBER", where(ctx, r, c), v.trim(), {
      vi: `ô ghi "${v.trim()}": là kết quả đánh giá, không phải số liệu; không đọc thành số liệu, hãy ghi tỷ lệ hoặc số đạt/tổng số.`,
      en: `the cell says "${v.trim()}": a verdict, not a figure; not read, enter the rate or the counts.`,
    }),
  );
  return true;
}

// "98/100", "98/100 hồ sơ": a count over a count, alone in its cell.
const COUNTS_CELL = /^\s*([\d.,]+)\s*\/\s*([\d.,]+)(?:\s+\D.*)?$/;

/** "98/100 hồ sơ", "3.805/4.250": a part over a whole written in one cell. */
function ratioOf(ctx: ExtractContext, v: GridCell): [number, number] | null {
  if (typeof v !== "string") return null;
  // "98/100 hồ sơ", and "8,5% (34/400 hồ sơ)": the counts, wherever the cell writes them.
  const m =
    COUNTS_CELL.exec(v) ??
    // "48 trên 50 phiếu", "45 trên tổng số 50 hồ sơ": a part over a whole in words.
    /^\s*(?:đạt\s+)?([\d.,]+)\s*(?:\p{L}+\s+){0,3}?trên\s+(?:tổng\s+(?:số\s+)?)?([\d.,]+)(?:\s+\p{L}.*)?$/iu.exec(v) ??
    /\(\s*([\d.,]+)\s*\/\s*([\d.,]+)\s+\p{L}[^)]*\)/u.exec(v) ??
    // "67,86% (2.850/4.200)": the rate, then its counts in brackets.
    /^\s*[\d.,]+\s*%\s*\(\s*([\d.,]+)\s*\/\s*([\d.,]+)\s*\)\s*$/u.exec(v);
  if (!m || ctx.facts.of(v).date) return null;
  const a = ctx.facts.of(m[1]).number;
  const b = ctx.facts.of(m[2]).number;
  // "52/48": more than the whole is no share of it (named by overShare).
  return a !== null && b !== null && b > 0 && a <= b ? [a, b] : null;
}

// "chưa có số liệu", "đang tổng hợp", "chưa khảo sát", "n/a": the period's figure is not there yet, nothing misread.
const NO_FIGURE_YET =
  /^(?:(?:chua|dang|khong|ko)\s+(?:co|tong hop|khao sat|danh gia|cap nhat|thuc hien|phat sinh|bao cao)|n a|na|k co|chua)\b/;

/**
 * "90-95%", "trên 80%", "85% (Q3: 90%)" where one period's figure goes: a range, a bound or two figures, none of
 * which can be read as the period's with confidence; named, never dropped unseen.
 */
function unreadFigure(ctx: ExtractContext, r: number, c: number, bad: string | null, problems: Problem[]): void {
  // "đang tổng hợp" where the period's figure goes: none yet, said (the row's other periods are read).
  if (bad !== null && NO_FIGURE_YET.test(ctx.facts.of(bad).key) && !/\d/.test(bad)) {
    const period = ctx.layout.headings[c] ?? columnName(c);
    problems.push(
      problem("ROW_SKIPPED", where(ctx, r, c), bad, {
        vi: `cột "${period}" ghi "${bad}": kỳ này chưa có số liệu; không đọc thành số liệu.`,
        en: `the column "${period}" says "${bad}": no figure for that period yet; not read.`,
      }),
    );
    return;
  }
  // Words with no figure in them ("nper", a sub-table's headings) are no misread figure.
  if (bad === null || !/\d/.test(bad) || NO_FIGURE.test(bad) || NO_FIGURE_YET.test(ctx.facts.of(bad).key)) return;
  problems.push(
    problem("BAD_NUMBER", where(ctx, r, c), bad, {
      vi: `ô ghi "${bad}": không đọc được thành một số liệu chắc chắn (khoảng, ngưỡng hoặc nhiều số trong một ô); không đọc, hãy ghi một tỷ lệ hoặc số đạt/tổng số.`,
      en: `the cell says "${bad}": no one sure figure can be read (a range, a bound or several figures); not read, enter one rate or the counts.`,
    }),
  );
}

/** "khoảng 95%", "~95%", "gần 90%": a figure given roughly, read as written and named (it is no count's rate). */
function approximate(ctx: ExtractContext, r: number, c: number, problems: Problem[]): void {
  const v = cellAt(ctx.grid, r, c);
  if (typeof v !== "string") return;
  if (ESTIMATE_WORD.test(v) || ESTIMATE_AFTER.test(v))
    problems.push(
      problem("VALUE_APPROXIMATE", where(ctx, r, c), v.trim(), {
        vi: `"${v.trim()}" là số ước chừng; đọc theo số đã ghi, hãy ghi số chính xác.`,
        en: `"${v.trim()}" is a rough figure; read as written, enter the exact one.`,
      }),
    );
  // "8O%": read as 80 (loosePercent); the letter is named so the cell is mended.
  else if (LETTER_NOUGHT.test(v.trim()))
    problems.push(
      problem("OCR_TEXT", where(ctx, r, c), v.trim(), {
        vi: `"${v.trim()}" có chữ O gõ thay số 0; đọc là ${v.trim().replace(/[Oo]/g, "0")}, hãy sửa lại ô.`,
        en: `"${v.trim()}" has the letter O for a nought; read as ${v.trim().replace(/[Oo]/g, "0")}, mend the cell.`,
      }),
    );
}

/** "52 hài lòng / 48 phiếu" typed as "52/48": a part larger than its whole, named, never read as 108 %. */
function overShare(ctx: ExtractContext, r: number, c: number, problems: Problem[]): boolean {
  const v = cellAt(ctx.grid, r, c);
  const m = typeof v === "string" ? COUNTS_CELL.exec(v) : null;
  if (!m || typeof v !== "string" || ctx.facts.of(v).date) return false;
  const [a, b] = [ctx.facts.of(m[1]).number, ctx.facts.of(m[2]).number];
  if (a === null || b === null || a <= b) return false;
  problems.push(
    problem("BAD_NUMBER", where(ctx, r, c), v, {
      vi: `"${v}": tử số lớn hơn mẫu số, không phải một tỷ lệ; không đọc số liệu này, hãy kiểm tra.`,
      en: `"${v}": the part is larger than the whole, not a rate; not read, check it.`,
    }),
  );
  return true;
}

/** A month or quarter in brackets closing a row's label ("… (tháng 10)"), in the year and within the period the title gives. */
function periodInLabel(ctx: ExtractContext, label: string): { date: IsoDate; name: string } | null {
  const m = /\(([^()]{3,30})\)\s*$/.exec(label);
  const p = m ? parsePeriod(m[1]) : null;
  if (!p || p.kind === "year") return null;
  const around = ctx.contextPeriod;
  const y = p.year ?? (around ? ymd(around.date).y : ctx.year);
  if (y === null) return null;
  const end = periodEnd(p, y);
  const start = periodStart(p, y);
  // Only inside the title's period: "(tháng 10)" under "Quý IV", never another quarter's month.
  if (
    around?.label &&
    around.label.year !== null &&
    (start < periodStart(around.label, around.label.year) || end > periodEnd(around.label, around.label.year))
  )
    return null;
  return { date: around && around.date >= start && around.date < end ? around.date : end, name: periodName(p, y) };
}

/**
 * The period a sentence of figures names for itself: "Tháng 11: 97/97 = 100%" (the month, in the sheet's year),
 * "Lũy kế đến 30/11/2021 đạt 16,5%" (the year so far), "78% (đến 30/11/2021)" (that day); null where it names none.
 */
function periodInSentence(ctx: ExtractContext, sentence: string): { date: IsoDate; name: string } | null {
  const k = ctx.facts.of(sentence).key;
  // "Tháng 11: …", "Quý III/2021: …": the period its label before the colon names.
  const labelled = /^([^:]{2,20}):/.exec(sentence);
  const p = labelled ? parsePeriod(labelled[1]) : null;
  const y = p?.year ?? (ctx.contextPeriod ? ymd(ctx.contextPeriod.date).y : ctx.year);
  if (p && p.kind !== "day" && y !== null) return { date: periodEnd(p, y), name: periodName(p, y) };
  const upTo = /(?:đến|den)\s+(?:hết\s+|het\s+)?(?:ngày\s+|ngay\s+)?(\d{1,2}\/\d{1,2}\/\d{4})/iu.exec(sentence);
  const day = upTo ? findDate(upTo[1]) : null;
  if (day === null) return null;
  const shown = `${ymd(day).d}/${ymd(day).m}/${ymd(day).y}`;
  return { date: day, name: /\bluy ke\b/.test(k) ? `Năm ${ymd(day).y} (đến ${shown})` : shown };
}

/**
 * "- Quý I", "Quý II", "6 tháng" as a row's whole label under its criterion's line ("1 | Tỷ lệ hồ sơ … | 1.1"):
 * the criterion's figures for that period, each its own, never parts of one figure to add up.
 */
function periodAsLabel(ctx: ExtractContext, label: string): { date: IsoDate; name: string } | null {
  const bare = label.replace(/^\s*[-–+•*]\s*/, "");
  // "> năm 2020", "≥ năm 2020", "cao hơn năm 2020": a target measured against that year, never the figures' period.
  if (TARGET_AGAINST.test(bare)) return null;
  const p = bare === "" ? null : parsePeriod(bare);
  if (!p) return null;
  const y = p.year ?? (ctx.contextPeriod ? ymd(ctx.contextPeriod.date).y : ctx.year);
  return y === null ? null : { date: periodEnd(p, y), name: periodName(p, y) };
}

const TARGET_AGAINST =
  /^\s*(?:[<>≥≤=]|(?:cao|thấp|lớn|nhỏ|cao|thap|lon|nho) hơn|(?:không|khong) (?:thấp|thap|dưới|duoi)|(?:bằng|bang|so với|so voi|tăng so|tang so))/iu;

/** "Quý III/2021", "Tháng 10/2021", "T10" (the year from the sheet) -> the period's last day. */
function periodDateOf(ctx: ExtractContext, text: string): IsoDate | null {
  const f = ctx.facts.of(text);
  if (f.period) {
    const y = f.period.year ?? ctx.year;
    return y === null ? null : periodEnd(f.period, y);
  }
  const soFar = monthsSoFar(ctx, text);
  if (soFar !== null && soFar.year !== null) return periodEnd(soFar, soFar.year);
  // "Quý I/2021 (15/12/2020 - 14/3/2021)": the figures stand at the span's last day, never its first.
  const days = daySpanIn(text);
  if (days) return days.to;
  const d = parseDeadline(text);
  if (d.kind === "due") return d.due;
  // "12/2021 (đến 14/12)": a month, counted to the day its note gives (else to its end).
  const m =
    /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*(?:\((?:đến|den|tính đến|tinh den)\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*\))?\s*$/iu.exec(
      text,
    );
  if (m) {
    const month = monthYearText(`${m[1]}/${m[2]}`);
    if (!month) return null;
    const upTo = m[3] !== undefined && Number(m[4]) === Number(m[1]) ? isoDate(Number(m[2]), Number(m[4]), Number(m[3])) : null;
    return upTo ?? month.due;
  }
  // "15/6-14/7", "Quý IV (15/9-14/12)": the one-stop system's month or quarter, 15th to 14th, standing at its last day.
  const span = /(?:^|\()\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?\s*\)?\s*$/.exec(text);
  const year = span?.[5] !== undefined ? Number(span[5]) : ctx.year;
  return span && year !== null ? isoDate(year, Number(span[4]), Number(span[3])) : null;
}

// Words that name a measure's kind or unit, not what it is about.
const TOPIC_STOP = new Set(
  "ty le so ho so tong moi nop tiep nhan da duoc muc do cua va trong thang quy nam dat phan tram cac hs tthc thu tuc hanh chinh".split(" "),
);

function topicWords(key: string): Set<string> {
  return new Set(key.split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !/^\d+$/.test(w) && !TOPIC_STOP.has(w)));
}

/**
 * Rows without codes holding several rates ("Tỷ lệ trực tuyến", "Tỷ lệ đúng hạn") with their counts:
 * each count row joins the rate it shares a topic word with ("Hồ sơ nộp trực tuyến" → "Tỷ lệ trực
 * tuyến"); a lone total ("Tổng hồ sơ tiếp nhận") is the base of every rate that has a count.
 * Null when the rows have codes or fewer than two rates: the usual grouping holds.
 */
function pairByTopic<R extends { r: number; code: string | null; label: string; measure: Measure | null }>(
  rows: readonly R[],
  keyOf: (label: string) => string,
): Map<R, string[]> | null {
  const rates = rows.filter((x) => x.measure === "value");
  if (rates.length < 2 || rows.some((x) => x.code !== null)) return null;
  const out = new Map<R, string[]>();
  const topics = new Map(rows.map((x) => [x, topicWords(keyOf(x.label))]));
  for (const rate of rates) out.set(rate, [`rate:${rate.r}`]);
  const withCount = new Set<string>();
  for (const n of rows.filter((x) => x.measure === "numerator")) {
    let best: { key: string; shared: number } | null = null;
    for (const rate of rates) {
      const shared = [...(topics.get(n) ?? [])].filter((w) => topics.get(rate)?.has(w)).length;
      if (shared > 0 && (!best || shared > best.shared)) best = { key: `rate:${rate.r}`, shared };
    }
    const key = best?.key ?? `num:${n.r}`;
    out.set(n, [key]);
    withCount.add(key);
  }
  const dens = rows.filter((x) => x.measure === "denominator");
  if (dens.length === 1 && withCount.size > 0) out.set(dens[0], [...withCount]);
  return out;
}

/** The measure a label's words name, of those a criterion's rate is made of; null where it names none. */

/** Two measures that are named and differ: "Số hồ sơ giải quyết đúng hạn" under "Tỷ lệ hồ sơ trực tuyến". */
function otherTopic(own: string | null, above: string | null): boolean {
  return own !== null && above !== null && own !== above;
}

/** "Chỉ số SIPAS chung", "Tổng hợp", "Bình quân": a row that sums up the rows above it. */
function isOverallLabel(key: string): boolean {
  return /\b(chung|tong hop|tong cong|toan xa|binh quan|trung binh|overall|average)\b/.test(key);
}

// A row's measure, from its label: the numerator, the denominator, or the rate itself.
type Measure = "numerator" | "denominator" | "value";

function measureOf(label: string): Measure | null {
  const k = label === "" ? "" : label;
  // "TS: Số hồ sơ …", "MS: Tổng số …" (tử số, mẫu số): the part the label itself names.
  if (/^(?:ts|tu so)\b/.test(k)) return "numerator";
  if (/^(?:ms|mau so)\b/.test(k)) return "denominator";
  // "Tỉ lệ" is as often written as "Tỷ lệ"; "(%)" after the words says a rate (no word boundary before "%").
  // "TL GQ đúng hạn": "TL" for tỷ lệ.
  if (/\b(?:ty le|ti le|rate|percent)|%|^tl\b/.test(k)) return "value";
  // "Mức độ hài lòng về …", "Chỉ số hài lòng …": a level, never the counts its words name ("… giải quyết TTHC").
  if (/^(?:muc do|chi so|muc) hai long\b/.test(k)) return "value";
  // ("Số chỉ tiêu đạt và vượt": the council's targets met.)
  if (
    /\b(dung han|truoc han|truc tuyen|da giai ngan|giai ngan|dat chuan|dien tu|so dat|dat va vuot|so chi tieu dat|on time|achieved)\b/.test(
      k,
    )
  )
    return "numerator";
  if (/\b(tiep nhan|tong so|ke hoach|giao|giai quyet|phai|received|total|so can bo)\b/.test(k)) return "denominator";
  return null;
}

/** The row's own unit where a "ĐVT" column says it counts things ("hồ sơ", "lượt"), else null. */
function unitCellOf(ctx: ExtractContext, r: number): string | null {
  const unit = Object.entries(ctx.layout.headings).find(([, h]) => /^(?:dvt|don vi tinh|don vi)$/.test(headingKey(h)));
  if (unit === undefined) return null;
  const v = text(ctx, r, Number(unit[0])).trim();
  return COUNT_UNIT_CELL.test(ctx.facts.of(v).key) ? v : null;
}

/** A row whose figures are rates: its unit is "%" ("ĐVT": %, or "Tỷ lệ … (%)"); a "Tỷ lệ" of people or money is counted. */
function rateRow(ctx: ExtractContext, r: number): boolean {
  const unit = Object.entries(ctx.layout.headings).find(([, h]) => /^(?:dvt|don vi tinh|don vi)$/.test(headingKey(h)));
  if (unit !== undefined && /^%$/.test(text(ctx, r, Number(unit[0])).trim())) return true;
  return /\(\s*%\s*\)\s*$/.test(text(ctx, r, ctx.layout.columns.indicator));
}

/**
 * The two count rows whose quotient is a rate row's figure in every period that has all three
 * (at least two periods, none that disagrees), nearest the rate where several pairs do; null when
 * none does, or two pairs equally near.
 */
function rowsGivingRate<R extends { r: number }>(
  rate: number,
  counts: readonly R[],
  cols: readonly number[],
  count: (r: number, c: number) => number | null,
  given: (c: number) => number | null,
): { num: R; den: R } | null {
  const rates = cols.map(given);
  const written = rates.filter((v) => v !== null).length;
  if (written < 1) return null;
  // One period (a form's lines: "Tổng số hồ sơ" | 3456, "Số đúng hạn" | 3408, "Tỷ lệ" | 0,9861): one match could be
  // chance, so only the two lines right above the rate.
  const near = (g: R) => written > 1 || (g.r < rate && rate - g.r <= 3);
  const values = new Map(counts.map((g) => [g.r, cols.map((c) => count(g.r, c))]));
  let best: { num: R; den: R; far: number } | null = null;
  let tie = false;
  for (const num of counts)
    for (const den of counts) {
      if (num === den || !near(num) || !near(den)) continue;
      const a = values.get(num.r) ?? [];
      const b = values.get(den.r) ?? [];
      let matched = 0;
      let wrong = 0;
      rates.forEach((v, i) => {
        const x = a[i];
        const y = b[i];
        if (v === null || x === null || y === null || y <= 0) return;
        // Never under 0,01: a rate kept as a formula's fraction is not rounded, but is no closer than that.
        if (Math.abs((x / y) * 100 - v) <= Math.max(halfUnitOf(v), 0.01)) matched++;
        else wrong++;
      });
      // (One slip among many periods that agree, "43%" where 16/47 is 34,0, is the rate's slip, named where it is read.)
      if ((wrong > 0 && (wrong > 1 || matched < 3)) || matched < Math.min(2, written) || matched < written - 1) continue;
      const far = Math.abs(rate - num.r) + Math.abs(rate - den.r);
      if (best === null || far < best.far) {
        best = { num, den, far };
        tie = false;
      } else if (far === best.far) {
        // "Tổng số CBCC | 21", "Số CBCC đạt chuẩn | 21": the same two rows either way round; the whole is written first.
        const swapped = best.num === den && best.den === num;
        if (swapped && den.r < num.r) best = { num, den, far };
        else if (!swapped) tie = true;
      }
    }
  return best === null || tie ? null : { num: best.num, den: best.den };
}

/** A cell that shows a percentage: "68,5%" typed, or a number formatted as one. */
function writtenAsPercent(ctx: ExtractContext, r: number, c: number): boolean {
  const v = cellAt(ctx.grid, r, c);
  if (typeof v === "number") return ctx.grid.formats[`${r}:${c}`]?.includes("%") ?? false;
  return typeof v === "string" && (/^\s*[\d.,]+\s*%\s*$/.test(v) || resultSentence(v));
}

/** "Tiếp nhận 387 hồ sơ, trong đó trực tuyến 95 hồ sơ, chiếm 24,5%": a cell that says a rate reached, in words. */
function resultSentence(v: string): boolean {
  if (v.length < 12 || !/\p{L}{3}/u.test(v) || RANGE_FIGURE.test(v) || rateInSentence(v) === null) return false;
  // "Đạt trên 90%", "khoảng 85%": a bound or a guess is no figure reached (named where it is read).
  const last = [...v.matchAll(/(\d{1,3}(?:[.,]\d{1,3})?)\s?%/g)].pop();
  return last === undefined || !BOUND_BEFORE.test(v.slice(0, last.index));
}

const BOUND_BEFORE =
  /(?<!\p{L})(?:trên|hơn|dưới|khoảng|gần|xấp xỉ|từ|tối thiểu|ít nhất|không dưới|tren|hon|duoi|khoang|gan|xap xi|tu|[≥>≤<~])\s*$/iu;

/**
 * Readings across the columns (months, quarters …) with criteria or measures down the rows:
 * one reading per criterion and period, from its numerator and denominator rows or its rate row.
 */
function readAcross(ctx: ExtractContext, rowCtx: RowContext, mark: Mark, out: TableRead): Reading[] {
  const { layout, grid } = ctx;
  const across = layout.across as NonNullable<TableLayout["across"]>;
  const periodCols = Object.keys(across.periods)
    .map(Number)
    .sort((a, b) => a - b);
  // The criterion's column, else a numbering or described column holding only codes ("TT": 2.1 … 2.5).
  const codeCol = codesColumn(ctx, layout.columns.code, [layout.columns.stt, ...across.described]);
  interface Row {
    r: number;
    code: string | null;
    label: string;
    measure: Measure | null;
    /** The unit of a row of counts (countUnitOf). */
    count: string | null;
    /** The heading above, naming no criterion ("III. Văn bản đi gửi dưới dạng điện tử"): its rows one indicator's. */
    part?: number;
    /** That heading's words ("V. Tổng sản phẩm trên địa bàn (GRDP)"): what a row saying only "Tỷ lệ (%)" measures. */
    heading?: string;
  }
  // A cumulative column ("6 tháng", "9 tháng") ends where a quarter does: a level (a cumulative
  // count, a rate) written only there is that date's figure.
  const sameEnd = new Map<number, number>();
  // The period such a column names ("Quý III⏎Cả quý"): a figure read there is that period's.
  const totalPeriod = new Map<number, PeriodLabel>();
  for (const s of across.skipped) {
    const sp = parsePeriod((layout.headings[s] ?? "").split(/\s{2,}|\n/).pop() ?? "") ?? parsePeriod(layout.headings[s] ?? "");
    if (!sp) continue;
    const c = periodCols.find((pc) => {
      const p = across.periods[pc];
      const y = p.year ?? ctx.year ?? 2000;
      return periodEnd(p, y) === periodEnd(sp, sp.year ?? y);
    });
    if (c !== undefined && !sameEnd.has(c)) {
      sameEnd.set(c, s);
      totalPeriod.set(s, sp);
    }
  }
  const headingCodes = new Set(periodCols.map((c) => codeInText(layout.headings[c] ?? "")));
  const headingCode = headingCodes.size === 1 ? [...headingCodes][0] : null;
  const rows: Array<Row & { extra: string[] }> = [];
  // A row's cells are marked read once its place is known: read, or skipped and named.
  const readCells: Array<[number, number]> = [];
  const totalCells: Array<[number, number]> = [];
  const skipped = new Set<number>();
  const skipRow = (r: number) => skipped.add(r);
  let section: string | null = ctx.contextCode;
  let partAt: number | undefined;
  let headingAbove: string | undefined;
  let numberedHeading: { number: string; label: string } | null = null;
  // The row's own number in the numbering column ("6", "6.1", "II"), without its closing stop.
  const sttCol = layout.columns.stt ?? across.described.find((c) => /^(stt|tt|so tt)$/.test(headingKey(layout.headings[c] ?? "")));
  const sttOf = (r: number): string => (sttCol === undefined ? "" : cleanText(cellText(cellAt(grid, r, sttCol))).replace(/\.$/, ""));
  // A code written once on a block's first row holds for the rows under it (left blank, as people do).
  let filledDown: string | null = null;
  // What the coded row above measures ("đúng hạn", "trực tuyến"): a count row of another measure is not its part.
  let filledDownTopic: string | null = null;
  // The uncoded rows under a coded one go together: "Số hồ sơ tiếp nhận" beside "Số hồ sơ giải quyết đúng hạn" under
  // "Tỷ lệ hồ sơ trực tuyến" are the on-time rate's counts, both of them.
  const otherTopicNear = (r: number): boolean => {
    if (codeCol === undefined) return false;
    const uncoded = (x: number) => x >= ctx.firstRow && x <= out.report.lastRow && cellKind(cellAt(grid, x, codeCol)) === "empty";
    const labelAt = (x: number) =>
      across.label === undefined || across.label === null ? "" : ctx.facts.of(cleanText(cellText(cellAt(grid, x, across.label)))).key;
    // (A block of counts under one rate is a few rows: looked at within ten rows each way.)
    for (const step of [-1, 1])
      for (let x = r; Math.abs(x - r) <= 10 && uncoded(x) && labelAt(x) !== ""; x += step)
        if (otherTopic(measureTopic(labelAt(x)), filledDownTopic)) return true;
    return false;
  };
  // The criterion of the last row read: a "TS:" / "MS:" row under it is its part.
  let lastRowCode: string | null = null;
  let assumedYear = false;
  const standingAt = new Map<number, IsoDate>();
  // "I. NĂM 2021" … "II. NĂM 2020 (để so sánh)": each block's rows are its year's, whatever year the title gives.
  let blockYear: number | null = null;
  const yearOfRow = new Map<number, number>();
  for (let r = ctx.firstRow; r <= out.report.lastRow; r++) {
    const role = rowRole(rowCtx, r);
    if (role.role !== "blank" && role.role !== "footer" && noteRow(ctx, r) !== null) continue; // named by the first pass
    if (role.role !== "data") {
      // A section without a code ("3. Hồ sơ đúng hạn") ends the one above: its rows are not that criterion's.
      if (role.role === "section") section = role.code ?? ctx.contextCode;
      if (role.role === "section") filledDown = null;
      // ("II. NĂM 2020 (để so sánh)" names no indicator: its rows stay each their own.)
      // ("Tỷ lệ hài lòng theo từng yếu tố": a rate per row, each aspect its own, never one rate's parts.)
      if (role.role === "section")
        partAt =
          role.code === null && headingMeasures(ctx.facts.of(role.label).key) && !EACH_OWN.test(ctx.facts.of(role.label).key)
            ? r
            : undefined;
      if (role.role === "section") headingAbove = role.code === null ? role.label : undefined;
      const said = role.role === "section" ? YEAR_BLOCK.exec(role.label) : null;
      if (said) blockYear = Number(said[1]);
      // (A report's task written as a numbered line among the figures is named: no table of figures reads it.)
      if (role.role === "section") taskLineAmongFigures(ctx, r, role.label.trim(), out.problems);
      continue;
    }
    if (blockYear !== null) yearOfRow.set(r, blockYear);
    // "Tỷ lệ CBCC đạt chuẩn" with its figure only under "Cả quý": a figure all the same, read at the quarter's end.
    const hasNumbers = periodCols.some(
      (c) =>
        cellKind(cellAt(grid, r, c)) !== "empty" || (sameEnd.has(c) && cellKind(cellAt(grid, r, sameEnd.get(c) as number)) !== "empty"),
    );
    const labelCol =
      across.label ??
      filledColumns(grid, r).find(
        (c) =>
          c !== codeCol && c < periodCols[0] && typeof cellAt(grid, r, c) === "string" && !ctx.facts.of(cellAt(grid, r, c) as string).code,
      );
    // "Tổng hồ sơ tiếp nhận mới:": a form's label, its colon not part of it.
    const label =
      labelCol === undefined
        ? ""
        : text(ctx, r, labelCol)
            .replace(/\s*:\s*$/, "")
            .replace(/^[-–•+*]\s*/, "");
    // "Số liệu tính đến ngày | 14/3/2021 | 14/6/2021 …" under the periods: the day each column's figures stand at.
    if (STANDING_ROW.test(ctx.facts.of(label).key)) {
      for (const c of periodCols) {
        const v = cellAt(grid, r, c);
        const day = isGridDate(v) ? v.date : typeof v === "string" ? findDate(v) : null;
        if (day !== null) standingAt.set(c, day);
        // "31/9/2021": a day that does not exist is named; the column's figures stand at the period's end.
        else if (typeof v === "string" && /\d/.test(v))
          out.problems.push(
            problem("BAD_DATE", where(ctx, r, c), cleanText(v), {
              vi: `không đọc được ngày số liệu "${cleanText(v)}"; lấy ngày cuối kỳ.`,
              en: `the date of the figures "${cleanText(v)}" cannot be read; the period's end is taken.`,
            }),
          );
      }
      if (standingAt.size > 0) {
        for (const c of filledColumns(grid, r)) mark(r, c, "field");
        continue;
      }
    }
    const codeCell = criterion(ctx, r, codeCol);
    const blankCode = codeCol !== undefined && cellKind(cellAt(grid, r, codeCol)) === "empty";
    if (codeCell.code) {
      filledDown = codeCell.code;
      filledDownTopic = measureTopic(ctx.facts.of(label).key);
    }
    // "Chỉ số SIPAS chung" without a code under coded rows: the overall index, not one more criterion.
    if (blankCode && hasNumbers && filledDown !== null && isOverallLabel(ctx.facts.of(label).key)) {
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, label, {
          vi: `"${label}" là chỉ số chung của các tiêu chí trên, không phải một tiêu chí; không đọc để khỏi tính hai lần.`,
          en: `"${label}" is the overall index of the criteria above, not a criterion; not read, so nothing is counted twice.`,
        }),
      );
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      continue;
    }
    if (CHANGE_ROW.test(ctx.facts.of(label).key)) {
      skipChangeRow(ctx, r, label, out.problems, mark);
      continue;
    }
    // "Chỉ tiêu theo Kế hoạch 49 (%)", "So với chỉ tiêu (%)" under an indicator's rows: its target, and the figure
    // against it; no period's reading of either.
    if (codeCell.code === null && hasNumbers && TARGET_LABEL.test(ctx.facts.of(label).key)) {
      skipTargetsRow(ctx, r, label, out.problems, mark);
      continue;
    }
    if (codeCell.code === null && hasNumbers && AGAINST_TARGET.test(ctx.facts.of(label).key)) {
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, label, {
          vi: `dòng "${label}" so sánh kết quả với chỉ tiêu, không phải số liệu của một kỳ; không đọc thành số liệu.`,
          en: `the row "${label}" sets the result against its target, not a period's figures; not read as readings.`,
        }),
      );
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      continue;
    }
    // "TS: …", "MS: …" under a rate's row: that rate's parts, its criterion theirs.
    const partOfAbove: string | null = codeCell.code === null && /^\s*(?:ts|tử số|ms|mẫu số)\s*[:.-]/iu.test(label) ? lastRowCode : null;
    // "Mức độ hài lòng (SIPAS)" left uncoded under "1.3 | Tỷ lệ hồ sơ được số hóa": the satisfaction index is never a part
    // of a 1.x criterion; the plan's names tell its own.
    const otherIndex = sectionGroup(label) === "SIPAS" && filledDown !== null && !filledDown.startsWith("2.");
    const rowCode: string | null =
      codeCell.code ??
      (label !== "" ? codeInText(label) : null) ??
      partOfAbove ??
      (blankCode && !otherIndex && !otherTopicNear(r) ? filledDown : null) ??
      section;
    // "Số chỉ tiêu đã đạt (TC 1.7)" over the quarters beside tasks of their own criteria: the figures are 1.7's.
    const code: string | null = headingCode !== null && (rowCode === null || layout.tasksBeside !== undefined) ? headingCode : rowCode;
    // "6 | Chỉ số hài lòng … (SIPAS)" with no figures over "6.1 | Tiếp cận dịch vụ": the heading of the rows numbered
    // under its number, until a row numbered otherwise ("7 | Tốc độ tăng GRDP").
    const outline = sttOf(r);
    if (outline !== "" && numberedHeading !== null && !outline.startsWith(`${numberedHeading.number}.`)) {
      if (headingAbove === numberedHeading.label) headingAbove = undefined;
      numberedHeading = null;
    }
    // "1) | Chấn chỉnh kỷ luật … | | | VP-TK | 31/12/2021" under a table of figures: words where the periods' figures go,
    // no figure at all; a line of work the table cannot read, named with its words, never dropped unsaid.
    const words = periodCols.map((c) => cellAt(grid, r, c)).filter((v): v is string => typeof v === "string" && /\p{L}{2}/u.test(v));
    const figured = periodCols.some((c) => {
      const v = cellAt(grid, r, c);
      return typeof v === "number" || (typeof v === "string" && /\d/.test(v));
    });
    if (hasNumbers && !figured && words.length > 0 && label.split(/\s+/).length >= 4) {
      const said = [label, ...words].join(" | ");
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, said.slice(0, 120), {
          vi: `dòng "${said}" nằm trong bảng số liệu nhưng không ghi số liệu nào (ô các kỳ ghi chữ): không đọc được thành số liệu hay nhiệm vụ; nếu là việc phải làm, hãy ghi vào bảng nhiệm vụ.`,
          en: `the row "${said}" lies in a table of figures but holds no figure (words in the periods' cells): read as neither; if it is work to do, enter it in a table of tasks.`,
        }),
      );
      for (const c of filledColumns(grid, r)) mark(r, c, "row-skipped");
      continue;
    }
    if (!hasNumbers) {
      // A label row without figures (a parent heading, or a period not yet filled): it names, it holds nothing.
      for (const c of filledColumns(grid, r)) mark(r, c, "section");
      // (A report's task written as a numbered line among the figures is named: no table of figures reads it.)
      taskLineAmongFigures(ctx, r, label, out.problems);
      if (/^(?:\d{1,2}|[IVX]{1,4})$/.test(outline) && label !== "") {
        numberedHeading = { number: outline, label };
        headingAbove = label;
      }
      continue;
    }
    // "5 | Chỉ số hài lòng … (SIPAS) | 84,2 | 88,9" over "- Tiếp cận dịch vụ": the survey's overall, its aspects under it.
    if (/^(?:\d{1,2}|[IVX]{1,4})$/.test(outline) && label !== "" && sectionGroup(label) === "SIPAS") {
      numberedHeading = { number: outline, label };
      headingAbove = label;
    }
    // "Chỉ tiêu" in a column of its own beside the indicator merged over two rows, "Kết quả" under it: the target row.
    const targetWord = filledColumns(grid, r).find((c) => {
      const v = cellAt(grid, r, c);
      // (Never the unit: "chỉ tiêu" under ĐVT counts indicators.)
      return (
        c !== labelCol &&
        !periodCols.includes(c) &&
        !across.described.includes(c) &&
        typeof v === "string" &&
        TARGET_WORD.test(ctx.facts.of(v).key)
      );
    });
    if (targetWord !== undefined && hasNumbers) {
      skipTargetsRow(ctx, r, `${label}: ${cellText(cellAt(grid, r, targetWord))}`, out.problems, mark);
      continue;
    }
    const extra: string[] = [];
    for (const c of filledColumns(grid, r)) {
      if (across.skipped.includes(c)) totalCells.push([r, c]);
      else if (periodCols.includes(c) || c === labelCol || c === codeCol || across.described.includes(c)) readCells.push([r, c]);
      else {
        const heading = layout.headings[c];
        const value = cleanText(displayText(cellAt(grid, r, c)));
        extra.push(heading ? `${heading}: ${value}` : value);
        mark(r, c, "note");
      }
    }
    // "Tiếp nhận trực tuyến | 34 | hồ sơ": the unit may follow the figure too.
    const after = cellAt(grid, r, periodCols[periodCols.length - 1] + 1);
    const count =
      countUnitOf(ctx, r, label, periodCols[0], [labelCol, codeCol]) ??
      (typeof after === "string" && COUNT_UNIT_CELL.test(ctx.facts.of(after).key) ? after.trim() : null);
    // "Giải ngân vốn ĐTC (đến 31/10):" | "68,5%": written as a percentage, it is a rate, whatever its words say it counts.
    const measure = measureOf(ctx.facts.of(label).key);
    const asPercent =
      measure !== "value" && periodCols.every((c) => cellKind(cellAt(grid, r, c)) === "empty" || writtenAsPercent(ctx, r, c));
    rows.push({
      r,
      code,
      label,
      measure: asPercent ? "value" : measure,
      count,
      extra,
      ...(code === null && partAt !== undefined ? { part: partAt } : {}),
      ...(code === null && headingAbove !== undefined ? { heading: headingAbove } : {}),
    });
    lastRowCode = code;
  }
  // Rows without a measure the label tells: rates when their figures look like percentages.
  const readings: Reading[] = [];
  const byCode = new Map<string, Array<Row & { extra: string[] }>>();
  // No codes, but rows that are the parts of one rate ("Kế hoạch vốn giao", "Giải ngân lũy kế",
  // "Tỷ lệ giải ngân"): one indicator, read together.
  const oneIndicator =
    rows.length >= 2 && rows.every((x) => x.code === null && x.measure !== null) && rows.filter((x) => x.measure === "value").length <= 1;
  const paired = oneIndicator ? null : pairByTopic(rows, (label) => ctx.facts.of(label).key);
  for (const row of rows) {
    // (Rows under a heading naming no criterion are its one indicator's: "Tổng số văn bản đi", "Gửi dưới dạng điện tử".)
    const own = row.code ?? (row.part !== undefined ? `\u0002${row.part}` : `\u0000${row.r}`);
    const keys = oneIndicator ? [""] : row.part !== undefined ? [own] : (paired?.get(row) ?? [own]);
    // (Each year's block its own: 1.2 of 2021 and 1.2 of 2020 are two readings, never one's rate and another's.)
    const year = yearOfRow.get(row.r);
    for (const key of keys.map((k) => (year === undefined ? k : `${k}\u0001${year}`))) byCode.set(key, [...(byCode.get(key) ?? []), row]);
  }
  // "-" under Quý II, "86,5%" under "6 tháng": no figure for the quarter, the half's standing at its end.
  const noFigure = (r: number, c: number) => {
    const v = cellAt(grid, r, c);
    return cellKind(v) === "empty" || (typeof v === "string" && /^\s*[-–—]+\s*$/.test(v));
  };
  const colFor = (r: number, c: number) => {
    const s = sameEnd.get(c);
    if (s === undefined || !noFigure(r, c) || noFigure(r, s)) return c;
    usedSkipped.add(s);
    usedCells.add(`${r}:${s}`);
    return s;
  };
  const usedSkipped = new Set<number>();
  const usedCells = new Set<string>();
  // A second rate under one code ("Tỷ lệ trực tuyến", then "Tỷ lệ đúng hạn"): its own reading, its
  // criterion suggested from its label rather than taken from the first's.
  for (const [key, group] of [...byCode]) {
    const rates = group.filter((g) => g.measure === "value");
    for (const extra of rates.slice(1)) {
      byCode.set(
        key,
        (byCode.get(key) ?? []).filter((g) => g !== extra),
      );
      byCode.set(`${key}\u0000${extra.r}`, [{ ...extra, code: null }]);
    }
  }
  const names = new Set<string>();
  // A sheet of one part of a rate ("Tu so", "Mau so") is a sheet of counts, joined with the other later: its counts are read.
  const partSheet = ratePartOf(`${grid.sheet} ${ctx.contextText ?? ""}`) !== null;
  // A row with its own criterion's code and figures like rates ("2.4 | Kết quả cung ứng dịch vụ | 89 | 90,4") is that
  // criterion's rate, whatever rows its words were paired with.
  const isRate = (g: Row, group: readonly Row[]) =>
    g.measure === "value" || ((group.length === 1 || (g.code !== null && g.measure === null)) && percentLike(g));
  // One slip over 100 ("1,05" beside "87,5%"; "795" beside "78,9 | 79,2", its comma lost) in a row with its criterion
  // written leaves it a rate: the slip is read and named (PERCENT_OUT_OF_RANGE), the other periods not lost with it.
  const percentLike = (g: Row) => {
    const vs = periodCols.map((c) => readPercent(ctx, g.r, c, 1).value).filter((v): v is number => v !== null);
    const outside = vs.filter((v) => v < 0 || v > 100);
    const inside = vs.filter((v) => v >= 0 && v <= 100);
    const commaLost = (v: number) => v < 1000 && inside.some((x) => Math.abs(v / 10 - x) <= 5);
    return (
      outside.length === 0 ||
      (g.code !== null && outside.length === 1 && (outside[0] <= 150 || commaLost(outside[0])) && inside.length >= 1)
    );
  };
  // Rates typed as fractions of 1 (0.825) in a period's column, beside "80,2" typed by hand in another.
  const rateRows = [...byCode.values()].flatMap((group) => group.filter((g) => isRate(g, group)).map((g) => g.r));
  // The rows that say they are rates tell a column's scale; a count alone under its code ("Hồ sơ tiếp nhận" | 38) does not.
  const namedRates = rows.filter((g) => g.measure === "value").map((g) => g.r);
  // (One row alone tells no scale: "0,9" beside "2,9" is 0,9 %, the other rates' figures say so.)
  const scaleOf = new Map(periodCols.map((c) => [c, fractionScaleOf(ctx, namedRates.length > 1 ? namedRates : rateRows, c)]));
  // Only a row its words call a rate is matched to counts; any other row may be one of them.
  const countRows = rows.filter((g) => g.measure !== "value");
  const sums = new Map(
    rows
      .filter((g) => g.measure === "value")
      .map(({ r }) => [
        r,
        rowsGivingRate(
          r,
          countRows,
          periodCols,
          (rr, c) => readCount(ctx, rr, c).value,
          (c) => readPercent(ctx, r, c, scaleOf.get(c) ?? 1).value,
        ),
      ]),
  );
  const summed = new Set([...sums.values()].flatMap((x) => (x === null ? [] : [x.num.r, x.den.r])));
  for (const group of byCode.values()) {
    // Counts the arithmetic gave to a rate elsewhere on the sheet are read there, never again as figures of their own.
    if (group.every((g) => summed.has(g.r) && g.measure !== "value")) continue;
    // A row alone under its criterion is its rate, whatever its label says ("Chỉ số … giải quyết …").
    // (The row its words call a rate first: "Số phiếu hài lòng | 94 | 50" under the criterion's code may look like rates.)
    const vals = group.filter((g) => isRate(g, group)).sort((a, b) => Number(b.measure === "value") - Number(a.measure === "value"));
    // "Số hồ sơ đã giải quyết", "Trong đó: đúng hạn", "Tỷ lệ đúng hạn": the two rows whose quotient is the rate
    // written in every period are its counts, whatever their words (or a section row between them) say.
    const byArithmetic = vals.length > 0 ? (sums.get(vals[0].r) ?? null) : null;
    const nums = byArithmetic ? [byArithmetic.num] : group.filter((g) => g.measure === "numerator" && !vals.includes(g));
    const dens = byArithmetic ? [byArithmetic.den] : group.filter((g) => g.measure === "denominator" && !vals.includes(g));
    // A numerator with an unnamed row beside it that is never smaller: that row is the total.
    if (dens.length === 0 && nums.length > 0) {
      const total = group.find(
        (g) =>
          g.measure === null &&
          periodCols.every((c) => {
            const whole = readCount(ctx, g.r, c).value;
            const part = readCount(ctx, nums[0].r, c).value;
            return whole === null || part === null || whole >= part;
          }),
      );
      if (total) dens.push(total);
    }
    // "Số CBCC đạt chuẩn (tổng số 21 CBCC)", "Vốn đã giải ngân (kế hoạch vốn giao 4.800 triệu đồng)": a count whose
    // whole the label itself gives.
    const whole = group.length === 1 && dens.length === 0 ? wholeInLabel(group[0].label) : null;
    if (whole !== null) {
      vals.splice(0, vals.length);
      nums.splice(0, nums.length, group[0]);
    }
    // A count alone ("Số phiếu phát ra" | 100, "2.2 | Số phiếu khảo sát thu về | phiếu | 30"): no rate, and the plan's
    // criteria are rates, so judged as one it would be wrong; named, not read (a code written beside it included).
    const lone = group.length === 1 && vals.includes(group[0]) && group[0].measure !== "value" ? group[0].count : null;
    // ("40/40 | 39/40" under its periods: the counts each of a rate, whatever unit the row names.)
    const ratios = periodCols.some((c) => ratioOf(ctx, cellAt(grid, group[0].r, colFor(group[0].r, c))) !== null);
    // ("Quý III/2021" over "Số lượng | Tỷ lệ (%)", the periods read from the rates' columns: "98/301 | 32,6" is a
    // rate, whatever unit the row's ĐVT gives its count.)
    // (Told by the figures: the counts "98/301" just before "32,6" give it.)
    const countsBefore = periodCols.some((c) => {
      const counts = ratioOf(ctx, cellAt(grid, group[0].r, c - 1));
      const v = readPercent(ctx, group[0].r, c, 1).value;
      return counts !== null && v !== null && counts[1] > 0 && Math.abs((counts[0] / counts[1]) * 100 - v) < 0.6;
    });
    if (lone !== null && !partSheet && !ratios && !countsBefore && !writtenAsPercent(ctx, group[0].r, periodCols[0])) {
      const g = group[0];
      // "KH quý IV | TH quý IV": a count against its plan, read as the share of the plan done.
      const planCol =
        periodCols.length === 1
          ? across.skipped.find((x) => /^(?:kh|ke hoach)(?:\s|$)/.test(looseKey(layout.headings[x] ?? "")))
          : undefined;
      const done = planCol !== undefined ? readCount(ctx, g.r, periodCols[0]).value : null;
      const plan = planCol !== undefined ? readCount(ctx, g.r, planCol).value : null;
      const p = across.periods[periodCols[0]];
      const y = p.year ?? ctx.year;
      if (done !== null && plan !== null && plan > 0 && y !== null) {
        readings.push({
          code: g.code,
          period: periodName(p, y),
          date: periodEnd(p, y),
          numerator: done,
          denominator: plan,
          value: (done / plan) * 100,
          evidence: "",
          note: [g.label, ...g.extra, `số lượng (${lone}): tỷ lệ thực hiện so với "${layout.headings[planCol as number] ?? ""}"`].join(
            "; ",
          ),
          source: source(ctx, g.r, { ...(codeCol !== undefined ? { code: codeCol } : {}), value: periodCols[0], period: periodCols[0] }),
        });
        continue;
      }
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: g.r }, g.label, {
          vi: `dòng "${g.label}" ghi số lượng (${lone}), không phải tỷ lệ, không có tỷ lệ hay tổng số đi kèm: không đọc thành số liệu${g.code !== null ? ` của tiêu chí ${g.code}` : ""}.`,
          en: `the row "${g.label}" gives a count (${lone}), not a rate, with no rate or whole beside it: not read as a reading${g.code !== null ? ` of criterion ${g.code}` : ""}.`,
        }),
      );
      skipRow(g.r);
      continue;
    }
    const den = dens.find((d) => /giai quyet/.test(ctx.facts.of(d.label).key)) ?? dens[0];
    // "Giải ngân lũy kế" beside "Giải ngân trong kỳ": the same money, counted to date and per period;
    // a rate is over the amount to date.
    const cumulative = nums.filter((g) => /\b(luy ke|cong don|tu dau nam)\b/.test(ctx.facts.of(g.label).key));
    if (cumulative.length > 0 && cumulative.length < nums.length) {
      for (const g of nums.filter((x) => !cumulative.includes(x))) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: g.r }, g.label, {
            vi: `"${g.label}" là số trong kỳ; tỷ lệ tính theo số lũy kế ở dòng ${cumulative[0].r}, nên dòng này không đọc để khỏi cộng hai lần.`,
            en: `"${g.label}" is per period; the rate is over the amount to date in row ${cumulative[0].r}, so this row is not read.`,
          }),
        );
        skipRow(g.r);
      }
      nums.splice(0, nums.length, ...cumulative);
    }
    // "Số hồ sơ tiếp nhận" | hồ sơ | 702 alone: a whole with no part or rate beside it gives no figure to judge.
    if (den !== undefined && nums.length === 0 && vals.length === 0 && whole === null && !summed.has(den.r)) {
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: den.r }, den.label, {
          vi: `dòng "${den.label}" ghi số lượng, không có tỷ lệ hay số đạt đi kèm; không đọc thành số liệu.`,
          en: `the row "${den.label}" gives a count with no rate or part beside it; not read as a reading.`,
        }),
      );
      skipRow(den.r);
      continue;
    }
    for (const g of group) {
      if (g !== den && !nums.includes(g) && !vals.includes(g) && (g.measure !== "numerator" || byArithmetic !== null) && !summed.has(g.r)) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: g.r }, g.label, {
            vi: `không rõ dòng "${g.label}" là tử số, mẫu số hay tỷ lệ của chỉ số nào; không đọc.`,
            en: `whether the row "${g.label}" is a numerator, a denominator or a rate cannot be told; not read.`,
          }),
        );
        skipRow(g.r);
      }
    }
    // "- Trước hạn, đúng hạn | 402 | hồ sơ" alone: a part with no whole and no rate gives no figure; named once (a
    // whole alone is named above).
    if (nums.length > 0 && den === undefined && vals.length === 0 && whole === null && !partSheet && !summed.has(nums[0].r)) {
      const g = nums[0];
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: g.r }, g.label, {
          vi: `dòng "${g.label}" chỉ cho tử số, không có mẫu số hay tỷ lệ đi kèm: không đọc thành số liệu.`,
          en: `the row "${g.label}" gives only a numerator, with no whole or rate: not read as a reading.`,
        }),
      );
      skipRow(g.r);
      continue;
    }
    for (const c of periodCols) {
      // (A column naming its own year keeps it; "Quý I", "Cả năm" are the block's.)
      const ownYear = yearOfRow.get(group[0].r);
      const p: PeriodLabel =
        ownYear !== undefined && !/\d{4}/.test(layout.headings[c] ?? "") ? { ...across.periods[c], year: ownYear } : across.periods[c];
      const year = p.year ?? ctx.year;
      if (p.year === null && !ctx.yearFromSheet) assumedYear = true;
      const sum = (list: Row[]) => {
        const vs = list.map((x) => readCount(ctx, x.r, colFor(x.r, c)).value).filter((v): v is number => v !== null);
        return vs.length === 0 ? null : vs.reduce((a, b) => a + b, 0);
      };
      let num = nums.length > 0 ? sum(nums) : null;
      let dn = den ? readCount(ctx, den.r, colFor(den.r, c)).value : whole;
      if (whole !== null && num === null) continue; // "-": no count this period, so no reading of it
      // "184/186 = 98,9%" in the rate's own cell: its counts, when no other row gives them.
      // "Số phiếu hài lòng / số phiếu thu về" | 185/200 under the rate's row: its counts, both in each cell.
      const ownRatio = vals.length > 0 && num === null && dn === null ? ratioOf(ctx, cellAt(grid, vals[0].r, c)) : null;
      const ratio =
        ownRatio ??
        (vals.length > 0 && dn === null
          ? [...vals.slice(1), ...nums, ...dens].reduce<[number, number] | null>(
              (found, g) => found ?? ratioOf(ctx, cellAt(grid, g.r, colFor(g.r, c))),
              null,
            )
          : null);
      if (ratio) [num, dn] = ratio;
      else if (vals.length > 0 && num === null && dn === null && overShare(ctx, vals[0].r, colFor(vals[0].r, c), out.problems)) continue;
      const valCol = vals.length > 0 ? colFor(vals[0].r, c) : c;
      if (vals.length > 0) approximate(ctx, vals[0].r, valCol, out.problems);
      const givenRead =
        vals.length > 0
          ? fractionAmongShares(
              ctx,
              vals[0].r,
              valCol,
              periodCols,
              readPercent(ctx, vals[0].r, valCol, (valCol === c ? scaleOf.get(c) : fractionScaleOf(ctx, rateRows, valCol)) ?? 1),
              rateRows,
            )
          : null;
      let given = givenRead?.value ?? null;
      // "Giải ngân 3.850/4.200 triệu đồng, đạt 91,7%" where the period's figure goes: the rate the sentence reached, its counts.
      const sentence = given === null && givenRead?.bad ? givenRead.bad : null;
      const said = sentence !== null && resultSentence(sentence) ? rateInSentence(sentence) : null;
      if (said !== null) {
        given = said.rate;
        if (num === null && dn === null && said.counts !== null) [num, dn] = said.counts;
      }
      // "0%" from a formula dragged ahead, its part's row left blank that period: no figure reported yet, and said.
      if (given === 0 && num === null && nums.length > 0 && dn !== null) {
        out.problems.push(
          problem("ROW_SKIPPED", where(ctx, vals[0]?.r ?? nums[0].r, valCol), "0%", {
            vi: `tỷ lệ ghi 0% nhưng dòng ${nums[0].r} ("${nums[0].label}") để trống kỳ này: coi là chưa có số liệu (công thức kéo sẵn), không đọc.`,
            en: `the rate says 0% but row ${nums[0].r} ("${nums[0].label}") is blank that period: taken as not reported yet (a formula filled ahead), not read.`,
          }),
        );
        continue;
      }
      if (num === null && dn === null && given === null) {
        if (vals.length > 0 && !verdictOnly(ctx, vals[0].r, valCol, out.problems))
          unreadFigure(ctx, vals[0].r, valCol, givenRead?.bad ?? null, out.problems);
        continue;
      }
      // The rate left blank and one of its counts unread: nothing to give for the period.
      if (byArithmetic !== null && given === null && (num === null || dn === null)) continue;
      // Count rows paired with a rate row by their words ("Số hồ sơ tiếp nhận", "Số hồ sơ đúng hạn") that do not
      // give the rate written under them (99,1 % beside 793/842): the pairing was a guess, the written rate stands.
      const differs = !ownRatio && given !== null && num !== null && dn !== null && dn > 0 && Math.abs((num / dn) * 100 - given) > 0.5;
      // "686" beside 12/175: a rate no share can be, its counts giving one (6,86, its comma lost): the counts stand, named.
      const impossible = differs && (given as number) > 100 && (num as number) <= (dn as number);
      if (impossible)
        out.problems.push(
          problem("RATE_MISMATCH", where(ctx, vals[0].r, colFor(vals[0].r, c)), formatViNumber(given ?? 0), {
            vi: `tỷ lệ ghi ${formatViNumber(given ?? 0)}% (quá 100%) nhưng số ở dòng ${[...nums, ...(den ? [den] : [])].map((g) => g.r).join(", ")} cho ${formatViNumber(num ?? 0)}/${formatViNumber(dn ?? 0)}; dùng tỷ lệ tính từ tử số, mẫu số, hãy kiểm tra.`,
            en: `the rate says ${formatViNumber(given ?? 0)}% (over 100%) but the counts of rows ${[...nums, ...(den ? [den] : [])].map((g) => g.r).join(", ")} give ${formatViNumber(num ?? 0)}/${formatViNumber(dn ?? 0)}; the counts' rate is used, check it.`,
          }),
        );
      const guessed = differs && !impossible;
      const unpaired = guessed
        ? `Số ở dòng ${[...nums, ...(den ? [den] : [])].map((g) => g.r).join(", ")} (${formatViNumber(num ?? 0)}/${formatViNumber(dn ?? 0)}) không cho tỷ lệ ghi ${formatViNumber(given ?? 0, 2)}%: lấy tỷ lệ ghi`
        : "";
      if (guessed) {
        out.problems.push(
          problem("RATE_MISMATCH", where(ctx, vals[0].r, colFor(vals[0].r, c)), formatViNumber(given ?? 0), {
            vi: `tỷ lệ ghi ${formatViNumber(given ?? 0)}% nhưng số ở dòng ${[...nums, ...(den ? [den] : [])].map((g) => g.r).join(", ")} cho ${formatViNumber(num ?? 0)}/${formatViNumber(dn ?? 0)}; dùng tỷ lệ ghi, hãy kiểm tra.`,
            en: `the rate says ${formatViNumber(given ?? 0)}% but the counts of rows ${[...nums, ...(den ? [den] : [])].map((g) => g.r).join(", ")} give ${formatViNumber(num ?? 0)}/${formatViNumber(dn ?? 0)}; the written rate is used, check it.`,
          }),
        );
        num = null;
        dn = null;
      }
      const value = num !== null && dn !== null && dn > 0 ? (num / dn) * 100 : given;
      // A rate whose counts its arithmetic found elsewhere on the sheet is where it is written; so is one
      // whose figure is the written rate (a count row paired by its words gave only one of its counts).
      const fromRate = byArithmetic !== null || (vals.length > 0 && (num === null || dn === null));
      const first = ((fromRate ? vals[0] : undefined) ?? (num !== null ? nums[0] : undefined) ?? vals[0] ?? den ?? group[0]).r;
      // Read from the whole quarter's column where the month's is blank: the quarter's figure, named so.
      const readAt = vals.length > 0 ? valCol : nums.length > 0 ? colFor(nums[0].r, c) : c;
      const wholePeriod = totalPeriod.get(readAt);
      // (A running total's "6 tháng", "9 tháng" stays the quarter's end: its span from January is no window of its own.)
      const own =
        wholePeriod !== undefined && readAt !== c && wholePeriod.kind === "quarter"
          ? { ...wholePeriod, year: wholePeriod.year ?? p.year }
          : p;
      // The day a row under the periods gives the column ("Số liệu tính đến ngày 14/3/2021"), where it falls in the period.
      // Else the title's day ("Quý III năm 2021" over "số liệu tính đến ngày 14/9/2021"), where it falls in the period.
      // (A period the title names with its day: not a year assumed to run to the as-of date, nor a plan's signing.)
      const cp = ctx.contextPeriod;
      const titled = cp && !cp.signed && !cp.document && (cp.label || !/^Năm \d{4}$/.test(cp.name)) ? cp.date : undefined;
      const standing = standingAt.get(c) ?? titled;
      const end = year === null ? null : periodEnd(own, year);
      const date =
        end !== null && year !== null && standing !== undefined && standing <= end && standing >= periodStart(own, year) ? standing : end;
      // "-" under Quý III, 91,6 under "9 tháng": a rate over the nine months, never the quarter's own (a running
      // total's level, "Giải ngân lũy kế", stands at the quarter's end as it is).
      const toDate =
        wholePeriod !== undefined && readAt !== c && wholePeriod.kind !== "quarter" && year !== null && num === null && dn === null;
      const plain =
        year === null ? (layout.headings[c] ?? "") : periodName(toDate ? { ...wholePeriod, year: wholePeriod.year ?? year } : own, year);
      const name = across.running?.includes(c) || toDate ? cumulativePeriod(plain) : plain;
      names.add(name);
      // The rate's label first: it names the indicator the counts are of.
      const used = [...vals, ...nums, ...(den ? [den] : [])];
      // "Chỉ tiêu | Thực hiện" under "6 tháng đầu năm": the sheet's own target for the period, said with its figure.
      const target = ownTarget(ctx, vals[0]?.r ?? first, readAt, across.skipped);
      const label = [...new Set([...used.map((g) => g.label), ...group.flatMap((g) => g.extra), unpaired, givenRead?.said ?? "", target])]
        .filter((x) => x !== "")
        .join("; ");
      readings.push({
        code: group[0].code,
        period: name,
        date,
        numerator: num,
        denominator: dn,
        value,
        evidence: "",
        note: label,
        ...(group[0].code === null && ctx.contextText ? { hint: ctx.contextText } : {}),
        ...(group[0].code === null && group[0].heading !== undefined ? { hintHeading: group[0].heading } : {}),
        source: source(ctx, first, {
          ...(codeCol !== undefined ? { code: codeCol } : {}),
          value: c,
          numerator: c,
          denominator: c,
          period: c,
        }),
      });
    }
  }
  for (const [r, c] of readCells) mark(r, c, skipped.has(r) ? "row-skipped" : "field");
  for (const [r, c] of totalCells) mark(r, c, usedCells.has(`${r}:${c}`) ? "field" : "period-total");
  for (const c of across.skipped) {
    const unread = totalCells.filter(([r, cc]) => cc === c && !usedCells.has(`${r}:${c}`)).length;
    if (usedSkipped.has(c) && unread === 0) continue;
    const heading = layout.headings[c] ?? "";
    // "Quý III/2021 Chỉ tiêu", "Tháng X KH": the period's target beside its result.
    const estimate = isEstimateLabel(heading) || /(?:^|\s)(?:kh|ke hoach|chi tieu|muc tieu)$/.test(looseKey(heading));
    // "%", "So sánh (%)", "TH/KH" beside the plan and the result: their quotient, no figure of its own.
    const share = !estimate && /(?:^|\s)(?:%|ty le %|tl %|so sanh|so sanh %|th kh|th kh %|% th kh)$/.test(looseKey(heading));
    const partly = usedSkipped.has(c) ? " (chỉ đọc ở dòng mà cột của kỳ để trống)" : "";
    const partlyEn = usedSkipped.has(c) ? " (read only where the period's own column is empty)" : "";
    out.problems.push(
      problem("UNMAPPED_COLUMN", { file: grid.file, sheet: grid.sheet, row: null, column: columnName(c) }, heading, {
        vi: estimate
          ? `cột ${columnName(c)} "${heading}" là số ước, kế hoạch hoặc chỉ tiêu, chưa phải số thực hiện; không đọc.`
          : share
            ? `cột ${columnName(c)} "${heading}" là tỷ lệ thực hiện so với kế hoạch, không phải số của chỉ số; không đọc.`
            : `cột ${columnName(c)} "${heading}" là số cộng dồn hoặc tổng của các kỳ khác; không đọc để khỏi cộng hai lần${partly}.`,
        en: estimate
          ? `column ${columnName(c)} "${heading}" is an estimate, a plan or a target, not what was done; not read.`
          : share
            ? `column ${columnName(c)} "${heading}" is the share of the plan done, not the indicator's figure; not read.`
            : `column ${columnName(c)} "${heading}" adds up other periods; not read, so nothing is counted twice${partlyEn}.`,
      }),
    );
    out.report.unmapped.push({ column: columnName(c), heading });
  }
  if (assumedYear && ctx.year !== null && readings.length > 0)
    out.problems.push(
      problem("YEAR_ASSUMED", { file: grid.file, sheet: grid.sheet, row: layout.headerBottom }, String(ctx.year), {
        vi: `các kỳ trên dòng tiêu đề không ghi năm; lấy năm ${ctx.year} theo ngày báo cáo.`,
        en: `the periods in the header give no year; ${ctx.year} was taken from the as-of date.`,
      }),
    );
  out.report.unpivoted = { periods: [...names], readings: readings.length };
  return readings;
}

/**
 * "2.1. Công khai TTHC" under "2. Chỉ số hài lòng về tổ chức giải quyết TTHC (2.2)": a sub-section numbered within its
 * section ("2." → "2.1.", "2.2."), where the section named its criterion another way: the section's criterion goes on. A
 * sub-section naming its criterion ("2.1. Tiêu chí 2.1 …", "… (TC 2.1)") keeps it.
 */
function numbersWithin(sectionLabel: string, label: string, sectionCodeNow: string | null): boolean {
  const own = /^(\d{1,2})\.(\d{1,2})\.?\s/.exec(label.trim());
  const outer = /^(\d{1,2})[.)]\s/.exec(sectionLabel.trim());
  if (!own || !outer || own[1] !== outer[1] || sectionCodeNow === null) return false;
  return namedCode(label) === null;
}

// "theo từng yếu tố", "của các tiêu chí": a heading over rows each measuring its own.
const EACH_OWN = /\b(?:theo |cua )?(?:tung|cac|moi) (?:yeu to|tieu chi|linh vuc|chi so|noi dung)\b/;

// Who a section of people may name: "Lãnh đạo UBND xã", "Ban Chỉ đạo", "Tổ công tác", "Các đoàn thể".
const ACTOR_SECTION = /^(?:lanh dao|thuong truc|ban |to |doan |cac doan the|cac ban nganh|cong an|quan su|hoi |mat tran)/;

const DEPTHS = ["roman", "letter", "number", "dotted", "small-letter", "bullet"];

/** How deep a section's numbering sits ("II." 0, "A." 1, "1." 2, "1.1" 3, "a)" 4, "-" 5); null when it has none. */
function numberingDepth(label: string): number | null {
  const at = DEPTHS.indexOf(sectionStyle(label).split(":")[0]);
  return at < 0 ? null : at;
}

/** A heading numbered further out than another ("3." than "b)", "II." than "1."): both numbered. */
function outerThan(label: string, than: string | null): boolean {
  const [at, inner] = [numberingDepth(label), than === null ? null : numberingDepth(than)];
  return at !== null && inner !== null && at < inner && at < DEPTHS.indexOf("bullet");
}

/** How deep a section's row sits: its label's numbering, else its STT cell's ("Phần A" over "1." over "a)"). */
function rowDepth(ctx: ExtractContext, r: number, label: string): number | null {
  // ("B | IV. Đ/c Nguyễn Thị Bích" beside "C | Đ/c Hoàng Văn Sơn": the STT column's marks are the table's own numbering.)
  const mark = text(ctx, r, ctx.layout.columns.stt).replace(/^(?:phần|phan|mục|muc)\s+/iu, "");
  const marked = /^(?:[IVXLC]{1,5}|[A-Ha-h])[.)]?$/.test(mark) ? numberingDepth(`${mark} ${label}`) : null;
  if (marked !== null) return marked;
  const own = numberingDepth(label);
  if (own !== null) return own;
  return mark === "" ? null : numberingDepth(`${mark} ${label}`);
}

/**
 * Whether a heading names one of the plan's rates in words: those rateMeasured knows, the council's targets met
 * ("Mức độ thực hiện các chỉ tiêu … do HĐND xã giao") and officials up to standard ("CBCC đạt chuẩn").
 */
function headingMeasures(key: string): boolean {
  return (
    rateMeasured(key) !== null ||
    /\bchi tieu\b.*\b(?:hdnd|hoi dong nhan dan|kinh te ?xa hoi|kt ?xh)\b/.test(key) ||
    /\bdat chuan\b/.test(key)
  );
}

/** Which of the plan's rates a row's words measure: online (1.1), on time (1.2), disbursed (1.4), electronic (1.5), satisfied (2). */
function rateMeasured(key: string): string | null {
  if (/\btruc tuyen\b/.test(key)) return "1.1";
  if (/\b(?:dung han|truoc han|qua han|tre han)\b/.test(key)) return "1.2";
  if (/\bgiai ngan\b/.test(key)) return "1.4";
  if (/\bdien tu\b/.test(key)) return "1.5";
  if (/\bhai long\b/.test(key)) return "2";
  return null;
}

/**
 * The target a sheet sets beside a period's result ("6 tháng đầu năm" over "Chỉ tiêu | Thực hiện"), as
 * "heading: value", or "" where none: the plan's target is the one judged against, the sheet's is kept in the note.
 */
function ownTarget(ctx: ExtractContext, r: number, valueCol: number, skipped: readonly number[]): string {
  const own = looseKey(ctx.layout.headings[valueCol] ?? "");
  for (const c of skipped) {
    const heading = ctx.layout.headings[c] ?? "";
    const band = /^(.+?)\s*(?:kh|ke hoach|chi tieu|muc tieu)$/.exec(looseKey(heading))?.[1];
    if (band === undefined || !own.startsWith(`${band} `)) continue;
    if (!/^(?:th|thuc hien|ket qua|kq|dat duoc)$/.test(own.slice(band.length + 1))) continue;
    const said = text(ctx, r, c);
    return said === "" ? "" : `${heading}: ${said}`;
  }
  return "";
}
