import { journalSheets } from "./journal";
import { monthsAsShown } from "./monthOnly";
import { withUpdatePairs } from "./updatePairs";
import { withCheckDates } from "./checkDates";
import { withRoundDates } from "./surveyRounds";
import { SURVEY_NOTE, SurveyTally, findSurveyTallies, surveyDay, surveyRound } from "./surveyTally";
import { AspectsDown, aspectCounts, findAspectsDown } from "./surveyAspectsDown";
import { spanOf } from "../summary/window";
import { Disbursement, findDisbursement } from "./disbursement";
import { FormulaRates, findFormulaRates } from "./formulaRates";
import { pivotLongDossiers } from "./longDossiers";
import { withPeriodSubColumns } from "./periodSubColumns";
import { withShareBands } from "./shareBands";
import { withMonthNumbers } from "./monthNumbers";
import { contentsSheets } from "./contentsSheet";
import { withPlanGrid } from "./planGrid";
import { withRoleRows } from "./roleRows";
import { ReadingColumns, findReadingColumns, numberOf } from "./readingColumns";
import { CriteriaByDay, findCriteriaByDay } from "./criteriaByDay";
import { criterionGroup } from "./criterionGroup";
import { findDate } from "../dates/deadline";
import { IsoDate, addDays, endOfYear, formatViDate, ymd } from "../dates/isoDate";
import { atFootnotedDays } from "./footnotedDays";
import { withCountsBeside } from "./countsBeside";
import { tableRenamesUndone } from "./tableRenames";
import { daySpanIn } from "./daySpan";
import { withReportDayBands } from "./reportDayBands";
import { withLinesInCells } from "./linesInCells";
import { withResultsInContent } from "./resultInContent";
import { withRecordLines } from "./recordLines";
import { CategorySurvey, findCategorySurveys } from "./surveyByCategory";
import { withDueAndResult } from "./dueAndResult";
import { withTextList } from "./textList";
import { remedyBelow } from "./remedyLines";
import { tablesAmongLines } from "./linesAroundTables";
import { figuresSectionUnderTasks } from "./figuresSection";
import { withMeasuredBand } from "./measuredBand";
import { figuresUnderCards } from "./figuresUnderCards";
import { withCodeHeadings } from "./codeHeadings";
import { withoutTotalSheets } from "./totalSheets";
import { OUTPUT_LABELS, OutputKind } from "../outputMark";
import { DossierRecord } from "../summary/dossiers";
import { Problem, Said, problem } from "../validate/problems";
import { BadFile, badFileText } from "./badFile";
import { COUNT_COLUMNS, DossierLayout, findDossierTable, readDossiers } from "./dossiers";
import { joinDossierSheets, joinStackedHalves } from "./dossierHalves";
import { findDossierBands, periodsDown, readDossierBands } from "./dossierBands";
import { taskMatrix } from "./taskMatrix";
import { withRatePartWords } from "./ratePartWords";
import { withResultRows } from "./resultRows";
import { withUpdateRows } from "./updateRows";
import { figureRowsAmongTasks } from "./figureRowsAmongTasks";
import { foldEventLog } from "./eventLog";
import { withTelexText } from "./telexText";
import { withOcrDigits } from "./ocrDigits";
import { DossierAcrossLayout, acrossRates, findDossiersAcross, rateRowsUnder, readDossiersAcross } from "./dossiersAcross";
import { findDossierTally, readDossierTally } from "./dossierTally";
import { findTiles, tileAt, tilesOverTable, tilesWithoutCriterion } from "./tiles";
import { findLineReadings } from "./readingLines";
import { findDossierRegister, readDossierRegister } from "./dossierRegister";
import { findDossierLines, readDossierLines } from "./dossierLines";
import { DocumentRegister, findDocumentRegister, readDocumentRegister } from "./documentRegister";
import { FactsCache, cellKind } from "./cellFacts";
import {
  ContextPeriod,
  blockTitle,
  contextPeriod,
  coverPeriod,
  impossibleTitleDays,
  periodLineAbove,
  sectionPeriod,
} from "./contextPeriod";
import { cumulativePeriod, isCumulativeTitle } from "./cumulative";
import { RatePart, joinRateSheets, ratePartOf } from "./rateSheets";
import { withShownWords } from "./formatText";
import { Accounting, ExtractContext, NO_TASK_TEXT, TableReport, codeInText, extractTable } from "./extract";
import { cleanText, looseKey } from "../text/normalize";
import {
  Grid,
  GridCell,
  cellAt,
  cellText,
  columnName,
  filledTexts,
  formatAt,
  isBlank,
  isGridDate,
  isGridError,
  parseCellRef,
  titleYear,
  wordsOfRows,
} from "./grid";
import { findOfficials } from "../plan/officials";
import { StatusColumn } from "./statusByPeriod";
import { AcrossLayout, SheetGuess, TableLayout, detectTables, headerSignature, isNumberingRow, namesMeasure } from "./header";
import { checklistLayout } from "./checklist";
import { keyValueLayout } from "./keyValue";
import { countsByKind, tallyOfTasks } from "./countsByKind";
import { singlePeriodAcross } from "./singlePeriod";
import { unitOfGrids } from "./unitName";
import { findPeriodBands, readPeriodBands } from "./periodBands";
import { MergeIndex } from "./mergeIndex";
import { outputKindBySheets } from "./ownOutput";
import { PeriodLabel, parsePeriod, periodEnd, periodName, samePointEarlier, yearIn } from "./periods";
import { limitProblems } from "./readLimits";
import { RawTask, Reading } from "./records";
import { sectionCode } from "./rows";
import { withLegend } from "./legend";
import { formatViNumber } from "../format/viNumber";
import { withUnicodeText } from "./legacyText";
import { findStaffList, leadsByStaffList, staffRows } from "./staffList";
import { leadsByNamesWritten } from "./leadAliases";
import { handColumns } from "./handColumns";
import { leadsByOwner } from "./owners";
import { partsAgainstTask, wholesOverParts } from "./subSteps";
import { splitDelimitedSheet } from "./delimitedText";
import { withoutHtml } from "./htmlText";
import { withFlatMerges } from "./formMerges";
import { ParagraphGroup, foldParagraphRows } from "./paragraphRows";
import { withLabelsInContent } from "./labelsInContent";
import { applyRowKinds, findRowKinds } from "./rowKinds";
import { pivotLongReadings } from "./longReadings";
import { withDateParts } from "./dateParts";
import { withHeadingCodes } from "./headingCodes";
import { withFillDown } from "./fillDown";
import { withDitto } from "./ditto";
import { withAssignmentMatrix } from "./assignmentMatrix";
import { withCodeMatrix } from "./codeMatrix";
import { withLabelledCells } from "./labelledCells";
import { withCards, withCardsAcross } from "./cards";
import { ReadingCard, findReadingCards, statedAt } from "./readingCards";
import { joinByNumber } from "./joinByNumber";
import { withNumberedHeader } from "./numberedHeader";
import { inferredReadings, withInferredHeader } from "./inferredHeader";
import { kanbanBoard } from "./kanban";
import { FigureBlock, findFigureBlocks } from "./figureBlocks";
import { findCriterionCounts, headTasksByCriterionRows } from "./criterionCounts";
import { FiguresInTasks, findFiguresInTasks } from "./figuresInTasks";
import { PartsDown, figureOf, findPartsDown } from "./partsDown";
import { GanttMonths, withGanttMonths } from "./gantt";
import { turnedTable } from "./transposed";
import { officialColumns } from "./officialColumns";
import { guideHeaderRow, instructionsRow, notesRow } from "./guideSheet";
import { copiedSheets, minutesSheets, rowKeyOf } from "./copySheets";
import { cancelledSheets } from "./cancelledSheet";
import { sheetOrders } from "./sheetOrder";
import { withFootnotes } from "./footnotes";
import { withMonthHeadings, withNumberedPeriods } from "./monthHeadings";
import { withRowParts } from "./rowParts";
import { withChildShares } from "./childShares";
import { chartSheets } from "./chartSheets";
import { dossierSentencesAfter } from "./dossierSentence";
import { catalogueSheets } from "./catalogueSheets";
import { rateGroups } from "./rateGroups";
import { aspectColumns } from "./aspectColumns";
import { surveyAspects } from "./surveyAspects";
import { BlockView, periodBlocks } from "./periodBlocks";
import { ownerBands } from "./ownerBands";
import { sideBySide } from "./sideBySide";
import { findCriterion } from "./values";
import { RateSentence, SENTENCE_NOTE, findRateSentences, measuredPart } from "./rateSentences";
import { targetsTable } from "./targetsTable";
import { activityLog } from "./activityLog";
import { criterionResults } from "./criterionResults";

/**
 * A workbook as read by an adapter: its sheets as grids (and, where the file carries it, the
 * mark of one of our own outputs), or why it could not be read.
 */
export type FileRead = { file: string; ok: true; grids: Grid[]; mark?: OutputKind | null } | { file: string; ok: false; bad: BadFile };

/** What was found on each sheet, to show the user (and let them correct the mapping). */
export interface SheetReport {
  file: string;
  sheet: string;
  /** The first table's kind and layout (most sheets hold one table). */
  kind: TableLayout["kind"] | null;
  layout: TableLayout | null;
  /** Every table found, with its sections, skipped rows and unpivoted periods. */
  tables: Array<{ layout: TableLayout; report: TableReport }>;
  rows: number;
  reason: string | null;
  /** What a sheet that gave nothing looks like. */
  guess: SheetGuess | null;
  /** Rows it gave to Hồ sơ TTHC (a dossier statistics sheet). */
  dossiers?: number;
}

/**
 * What one workbook gives before any plan is applied: raw task and reading rows with their
 * sources, the problems of the cells themselves, and what was found on each sheet. Plain data,
 * so a worker thread can make it and send it on.
 */
export interface WorkbookRecords {
  file: string;
  tasks: RawTask[];
  readings: Reading[];
  problems: Problem[];
  sheets: SheetReport[];
  /** Set when the file is one of our own outputs (a master, a report), which is never consolidated. */
  skipped?: OutputKind;
  /** The one-stop system's dossier statistics, where a sheet holds them (Hồ sơ TTHC). */
  dossiers?: DossierRecord[];
  /** The commune or ward its heading lines name ("UBND xã Tân Phú"), where they name one. */
  unit?: { key: string; name: string };
  /** Rows that cancel their task ("Hủy"): never tasks, but the task's rows on older sheets are dropped with them. */
  cancelled?: RawTask[];
}

/**
 * Columns the user corrected: by `sheetKey(file, sheet)` for one sheet, or by `signatureKey(…)`
 * for every table with those headings (next quarter's renamed files get them too).
 */
export type LayoutOverrides = ReadonlyMap<string, TableLayout>;

export interface ReadOptions {
  layouts?: LayoutOverrides;
  /** The as-of date: a "completion" date after it is a deadline; its year completes dates without one. */
  asOf?: IsoDate | null;
  account?: Accounting;
}

/** The report days the tasks' states were read by, as the periods a criterion's figures on rows among them stand at. */
function statesAsPeriods(columns: readonly StatusColumn[]): AcrossLayout {
  return { periods: Object.fromEntries(columns.map((x) => [x.col, x.period])), skipped: [], label: null, described: [] };
}

export function sheetKey(file: string, sheet: string): string {
  return `${file}\u203a${sheet}`;
}

/** The key of a correction that follows a table's headings from file to file. */
export function signatureKey(signature: string): string {
  return `sig\u203a${signature}`;
}

/** "1.1." alone in a cell, "1." alone above it in the same column: a report's outline numbering, not a criterion's code. */
function outlineNumber(grid: Grid, r: number, c: number): boolean {
  const m = /^\s*(\d{1,2})\.\d{1,2}\.\s*$/.exec(cellText(grid.rows[r - 1]?.[c - 1] ?? null));
  if (m === null) return false;
  for (let up = r - 1; up >= Math.max(1, r - 15); up--)
    if (new RegExp(`^\\s*${m[1]}\\.\\s*$`).test(cellText(grid.rows[up - 1]?.[c - 1] ?? null))) return true;
  return false;
}

/** A criterion a section-like line right above a table's header names ("1.5. Tỷ lệ văn bản …"). */
/** A title naming two criteria or more ("… (TC 1.1) VÀ … (TC 1.2)") gives none to its rows: each row's own says. */
// ("… (các tiêu chí 1.4, 1.6, 1.7)": one word before a list of them.)
function namesSeveralCodes(text: string): boolean {
  const codes = new Set(
    [...text.matchAll(/(?:tiêu chí|chỉ số|tc|tctp)\s*(\d{1,2}\.\d{1,2}(?:\s*(?:,|;|&|\/|-|–|và|va)\s*\d{1,2}\.\d{1,2})*)(?![\d.])/giu)]
      .flatMap((m) => m[1].match(/\d{1,2}\.\d{1,2}/g) ?? [])
      .map((c) => c.split(".").map(Number).join(".")),
  );
  return codes.size >= 2;
}

/** A section's row as one line in column `col`: "2.1 Chỉ số hài lòng …" of "2.1 | Chỉ số hài lòng …", "Tiêu chí 1.5 …" of "II | Tiêu chí 1.5 …". */
function sectionLine(row: readonly GridCell[], col: number): GridCell[] {
  const texts = row.map((v) => (isBlank(v) ? "" : cellText(v).trim())).filter((t) => t !== "");
  // (Its number kept only where it is the criterion's code.)
  const words = texts.length > 1 && sectionCode(texts[0]) === null ? texts.slice(1) : texts;
  const line: GridCell[] = new Array<GridCell>(col).fill(null);
  line[col - 1] = words.join(" ");
  return line;
}

/** "1.3. Nâng cấp đường truyền …" under "1.2. Cấp chứng thư số …": an item of a numbered list, its number the list's. */
function outlineItem(grid: Grid, r: number, text: string): boolean {
  const m = /^\s*(\d)\.(\d{1,2})\.?\s/.exec(text);
  if (!m || Number(m[2]) < 2) return false;
  const before = `${m[1]}.${Number(m[2]) - 1}.`;
  for (let up = r - 1; up >= Math.max(1, r - 3); up--) if (filledTexts(grid, up).some((t) => t.trim().startsWith(before))) return true;
  return false;
}

function codeAbove(grid: Grid, headerTop: number, from: number): string | null {
  for (let r = headerTop - 1; r >= Math.max(from, headerTop - 3); r--) {
    // A row of a table above ("2.5 | Hài lòng về … | 80 | 82,5"), not a heading over this one: its code is its own.
    if (filledTexts(grid, r).length > 2) return null;
    for (const [i, v] of (grid.rows[r - 1] ?? []).entries()) {
      // ("1.1." | "Kết quả giải ngân đến ngày 30/9/2021:" under "1." | "Tình hình giải ngân (…1.4…)": the report's own
      // numbering, never criterion 1.1.)
      if (typeof v === "string" && (outlineNumber(grid, r, i + 1) || outlineItem(grid, r, v))) continue;
      const code = typeof v === "string" && !namesSeveralCodes(v) ? sectionCode(v) : null;
      if (code) return code;
    }
  }
  return null;
}

/**
 * "Chủ trì: Công chức Văn phòng - Thống kê; Thực hiện: …" in the lines above a table, or a group's
 * line right above its own header ("II. CÔNG CHỨC TƯ PHÁP - HỘ TỊCH (đ/c Võ Thị Thanh Tâm)") naming
 * one official: the lead of rows without one.
 */
// A line naming an office, and nothing else, as a sheet's owner heads it.
// "PHÓ CHỦ TỊCH UBND XÃ (KHỐI KINH TẾ) - THEO DÕI …": a vice-chair's own list (a chair's title line gives tasks to others).
// "Ký hiệu", "Chú giải", "Quy ước ký hiệu": a sheet explaining the marks of the others.
const LEGEND_SHEET = /^(?:bang )?(?:ky hieu|chu giai|chu thich|quy uoc(?: ky hieu)?|giai thich ky hieu)$/;
const OFFICE_LINE =
  /^(?:ban chi huy|ban chqs|bo phan|cong chuc|cong an xa|van phong|chi huy truong|uy ban (?:mttq|mat tran)|pho chu tich)\b/;
const OF_OFFICE =
  /^(?:(?:cac )?(?:viec|cong viec|nhiem vu)\b.{0,30}? cua |phan (?:viec )?cua )(?=(?:ban chi huy|ban chqs|bo phan|cong chuc|cong an xa|van phong|chi huy truong)\b)/;

function leadInTitle(grid: Grid, headerTop: number, from: number): string | null {
  for (let r = Math.max(from, headerTop - 6); r < headerTop; r++)
    for (const v of grid.rows[r - 1] ?? []) {
      // "(Người thực hiện: Bộ phận Tiếp nhận và trả kết quả xã)" under the title too, its bracket no part of the name.
      const m =
        typeof v === "string" ? /(?:chủ trì|người phụ trách|phụ trách|bộ phận chủ trì|người thực hiện)\s*:\s*([^;.\n)]+)/iu.exec(v) : null;
      if (m) return cleanText(m[1]);
    }
  // "NHIỆM VỤ DO CHỦ TỊCH UBND XÃ CHỦ TRÌ": the one the title says leads. (Never "… của các công chức do Phó Chủ tịch
  // phụ trách": who oversees them leads none of their work.)
  for (let r = Math.max(from, headerTop - 6); r < headerTop; r++)
    for (const v of grid.rows[r - 1] ?? []) {
      const m = typeof v === "string" ? /(?<!\p{L})do\s+([^;.\n()]{3,60}?)\s+chủ trì(?!\p{L})/iu.exec(v) : null;
      const named = m ? findOfficials(m[1], "xã") : [];
      if (named.length === 1) return named[0].title;
    }
  // "(Công chức VH-XH phụ trách LĐTBXH: Ksor H'Mai)" under the title: the official whose part it is.
  for (let r = Math.max(from, headerTop - 6); r < headerTop; r++)
    for (const v of grid.rows[r - 1] ?? []) {
      const m =
        typeof v === "string" ? /^\(\s*((?:công chức|cán bộ|cc|cb|bộ phận|bp)\s[^():]{2,60}?)\s*(?::[^()]*)?\)$/iu.exec(v.trim()) : null;
      const named = m ? findOfficials(m[1], "xã") : [];
      if (named.length === 1) return named[0].title;
    }
  // "Làng Đê Kôp - việc UBND xã giao (Trưởng làng Đinh Blen)": the village head whose list it is.
  for (let r = Math.max(from, headerTop - 6); r < headerTop; r++)
    for (const v of grid.rows[r - 1] ?? []) {
      const m = typeof v === "string" ? /\((trưởng\s+(?:thôn|làng|ấp|buôn|bản|xóm|khóm|sóc)\b[^()]{0,40})\)/iu.exec(v) : null;
      const named = m ? findOfficials(m[1], "xã") : [];
      if (named.length === 1) return named[0].title;
    }
  // A title line that is one office ("BAN CHỈ HUY QUÂN SỰ XÃ IA TÔ", "UBND XÃ … - BỘ PHẬN MỘT CỬA"): the table is its.
  for (let r = Math.max(from, headerTop - 6); r < headerTop; r++)
    for (const v of grid.rows[r - 1] ?? []) {
      if (typeof v !== "string") continue;
      const parts = v.replace(/\([^)]*\)/g, " ").split(/\s[-–]\s/);
      for (let i = 0; i < parts.length; i++) {
        // "Việc CCHC của bộ phận Địa chính - NN - XD - MT": the office the work is "của".
        const k = looseKey(parts[i]).replace(OF_OFFICE, "");
        // ("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ XÃ TÂN BÌNH": the commune's name after the office, no word of it.)
        if (!OFFICE_LINE.test(k) || k.replace(/ xa(?: [a-z]+){1,3}$/, "").split(" ").length > 8) continue;
        // "CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN": the title's own dash splits it; read with the part after it first.
        for (const part of i + 1 < parts.length ? [`${parts[i]} - ${parts[i + 1]}`, parts[i]] : [parts[i]]) {
          const named = findOfficials(part, "xã");
          if (named.length === 1) return named[0].title;
        }
      }
    }
  // Only a group's line: numbered ("II.", "2.", "B."), alone on its row, right above the header.
  const above = (grid.rows[headerTop - 2] ?? []).filter((v) => cellText(v).trim() !== "");
  // "Chị Lan - CC VH-XH" alone right above the header: the person and the post whose block of work it is.
  const person =
    headerTop - 1 >= from && above.length === 1 && typeof above[0] === "string" && above[0].length <= 80
      ? /^(?:chị|anh|ông|bà|đ\/c|đồng chí|cô|chú|em)\s+[\p{L} ]{1,30}?\s*[-–:]\s*(.+)$/iu.exec(above[0].trim())
      : null;
  if (person) {
    const named = findOfficials(person[1].replace(/\([^)]*\)/g, " "), "xã");
    if (named.length === 1) return named[0].title;
  }
  if (
    headerTop - 1 >= from &&
    above.length === 1 &&
    typeof above[0] === "string" &&
    /^(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]\s/u.test(above[0].trim())
  ) {
    const named = findOfficials(above[0].replace(/\([^)]*\)/g, " "), "xã");
    if (named.length === 1) return named[0].title;
  }
  return null;
}

/** The first row after the last table row (three cells or more) between `from` and a header: a block's own title lines start there. */
function afterRowsOf(grid: Grid, from: number, headerTop: number): number {
  for (let r = headerTop - 1; r >= from; r--)
    if ((grid.rows[r - 1] ?? []).filter((v) => v !== null && cellText(v).trim() !== "").length >= 3) return r + 1;
  return from;
}

/** The sheet's name and the text lines above a table (its title): what the table is about. */
function titleText(grid: Grid, headerTop: number, from: number): string {
  const lines = [grid.sheet];
  for (let r = Math.max(from, headerTop - 6); r < headerTop; r++)
    for (const v of grid.rows[r - 1] ?? []) if (typeof v === "string") lines.push(v);
  return cleanText(lines.join(" ")).slice(0, 400);
}

// "VIỆC CT GIAO – ẤP LONG LỢI", "THÔN 3": a hamlet a sheet's title names.
const PLACE_TITLE = /(?:^|[\s–-])((?:ấp|thôn|xóm|khu phố|tổ dân phố|buôn|làng|khóm)\s+[\p{L}\d][\p{L}\d ]{0,30})\s*$/iu;

/**
 * Sheets of one workbook each titled by a hamlet ("ẤP LONG LỢI", "ẤP LONG HƯNG"): the same work on two
 * of them is each hamlet's own, never a later copy of the other. Their places, by sheet (when two or more differ).
 */
function placeSheets(grids: readonly Grid[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const g of grids)
    for (const row of g.rows.slice(0, 4)) {
      const line = row.find((v): v is string => typeof v === "string" && v.trim().length <= 80);
      const m = line ? PLACE_TITLE.exec(cleanText(line)) : null;
      if (m) {
        found.set(g.sheet, m[1].trim());
        break;
      }
    }
  return new Set(found.values()).size >= 2 ? found : new Map();
}

/** The one criterion a sheet's title names by its code ("TIÊU CHÍ THÀNH PHẦN 1.2: …" in its first lines), or null. */
function criterionTitle(grid: Grid): { code: string; row: number; text: string } | null {
  const found: Array<{ code: string; row: number; text: string }> = [];
  for (let r = 1; r <= Math.min(grid.rows.length, 4); r++) {
    const texts = filledTexts(grid, r);
    if (texts.length > 1) break;
    const t = texts[0] ?? "";
    const code = CRITERION_TITLE.test(t) && !namesSeveralCodes(t) ? sectionCode(t) : null;
    if (code !== null) found.push({ code, row: r, text: cleanText(t) });
  }
  if (found.length !== 1) return null;
  // (A sheet of several criteria, "TIÊU CHÍ 1.4" heading a card further down, is no one criterion's.)
  for (let r = found[0].row + 1; r <= grid.rows.length; r++) {
    const texts = filledTexts(grid, r);
    if (texts.length === 1 && CRITERION_TITLE.test(texts[0]) && sectionCode(texts[0]) !== found[0].code) return null;
  }
  return found[0];
}
const CRITERION_TITLE = /^\s*(?:tiêu chí|chỉ số|tc|tctp)(?:\s+thành phần)?\s*[12]\.\d{1,2}(?![\d/])/iu;

/** A criterion or year named in the sheet's name or the title rows above its first table. */
function sheetContext(grid: Grid, headerTop: number): { code: string | null; year: number | null } {
  // ("TC 1.1 & 1.2", "TC 1.2-1.5": a sheet named for two criteria gives its rows neither.)
  let code = namesSeveralCodes(grid.sheet) ? null : findCriterion(grid.sheet);
  let year = yearIn(grid.sheet);
  for (let r = 1; r < headerTop; r++) {
    for (const v of grid.rows[r - 1] ?? []) {
      // A row's array may have holes where no cell was written.
      const t = cellText(v ?? null);
      if (t === "") continue;
      if (!code && /(tiêu chí|chỉ số|\btc\b|\btctp\b)/iu.test(t) && !namesSeveralCodes(t)) code = sectionCode(t) ?? findCriterion(t);
      year ??= yearIn(t);
    }
  }
  return { code, year };
}

function withOverride(found: TableLayout, grid: Grid, layouts: LayoutOverrides | undefined, only: boolean): TableLayout {
  const o = layouts?.get(signatureKey(found.signature)) ?? (only ? layouts?.get(sheetKey(grid.file, grid.sheet)) : undefined);
  if (!o) return found;
  return {
    ...found,
    kind: o.kind,
    columns: o.columns,
    statusTicks: o.statusTicks,
    ignored: o.ignored,
    across: o.kind === found.kind ? found.across : undefined,
  };
}

// "(ước đến 31/12/2021)", "ước thực hiện năm 2021", "số liệu ước tính" in a table's title: its figures are estimates.
const ESTIMATE_TITLE = /\b(?:uoc (?:den|tinh|thuc hien|dat|ca nam)|so lieu uoc|so uoc)\b/;

/** Rows under a sheet's dossier tables holding more than a signature: two filled cells on a row, at least. */
/** A quarter's running total from January named as the months it covers: "Quý II/2021" → "6 tháng đầu năm 2021". */
function fromJanuary(period: string): string {
  const p = parsePeriod(period.replace(/\s*\([^()]*\)\s*$/, ""));
  if (!p || p.kind !== "quarter" || p.year === null || p.index === 1) return period;
  const span: PeriodLabel =
    p.index === 2
      ? { kind: "half", index: 1, year: p.year }
      : p.index === 3
        ? { kind: "nine", index: 1, year: p.year }
        : { kind: "year", index: 1, year: p.year };
  return periodName(span, p.year);
}

/** The first row of a header whose upper rows were left out of its band: rows merged down into it, or over its columns. */
function headerRowsAbove(grid: Grid, headerTop: number): number {
  let top = headerTop;
  while (top > 1) {
    const r = top - 1;
    const starting = grid.merges.filter((m) => m.top === r);
    const down = starting.some((m) => m.bottom >= top);
    const across = starting.filter((m) => m.right > m.left && m.bottom === r).length >= 2;
    if (!down && !across) break;
    top = r;
  }
  return top;
}

function somethingBelow(grid: Grid, end: number): boolean {
  for (const row of grid.rows.slice(end)) {
    // The signature block ends the sheet: the signers' names under "NGƯỜI LẬP BIỂU | CHỦ TỊCH" are no table.
    if (row.some((v) => typeof v === "string" && SIGNATURE.test(v))) return false;
    if (row.filter((v) => !isBlank(v)).length >= 2) return true;
  }
  return false;
}
const SIGNATURE = /^\s*(?:TM\.|KT\.|NGƯỜI LẬP|Người lập|CHỦ TỊCH|Xác nhận|XÁC NHẬN)/u;

/**
 * The rate lines written under a dossier table's last field, inside the rows it spanned ("Tỷ lệ hồ sơ trực tuyến (%): |
 * 4,34"): a reading each, of the period every record of the table shares; none where the records' periods differ.
 */
function ratesUnderTable(
  grid: Grid,
  sheetIndex: number,
  records: readonly DossierRecord[],
  tableEnd: number,
  { pastEnd }: { pastEnd: boolean } = { pastEnd: false },
): Reading[] {
  const last = Math.max(0, ...records.map((x) => x.source.row));
  const { from, to } = records[0] ?? { from: null, to: null };
  if (last === 0 || from === null || to === null) return [];
  // Records of several periods (a band per month): a line is read only where it names its own period ("… quý III/2021:").
  const one = records.every((x) => x.from === from && x.to === to);
  // (Under one period's fields, lines a blank row or two under the total, "Tỷ lệ … :" | =(H17+I17)/G17, are the
  // table's too; under several periods' the table's own end bounds them.)
  const end = pastEnd && one ? Math.max(tableEnd, last + 6) : tableEnd;
  const year = Number(to.slice(0, 4));
  const out: Reading[] = [];
  for (let r = last + 1; r <= Math.min(end, grid.rows.length); r++) {
    const row = grid.rows[r - 1] ?? [];
    const labelAt = row.findIndex((v) => typeof v === "string" && /^\s*(?:-\s*)?(?:tỷ lệ|tỉ lệ|ty le|ti le)(?!\p{L})/iu.test(v));
    const col = labelAt < 0 ? -1 : row.findIndex((v, i) => i > labelAt && typeof v === "number");
    if (col < 0) continue;
    // Past the table's own end, only a line of one figure: figures in several columns are several periods' (a band each).
    if (r > tableEnd && row.filter((v) => typeof v === "number").length > 1) continue;
    const label = cleanText(String(row[labelAt]))
      .replace(/^-\s*/, "")
      .replace(/\s*:\s*$/, "");
    const named = PERIOD_IN_LINE.exec(label);
    const p = named ? parsePeriod(named[0]) : null;
    const at =
      p !== null && p.kind !== "day"
        ? { date: periodEnd(p, p.year ?? year), name: periodName(p, p.year ?? year) }
        : one
          ? { date: to, name: `${formatViDate(from)} – ${formatViDate(to)}` }
          : null;
    if (at === null) continue;
    const written = row[col] as number;
    // 1 shown as "100,00%" is the whole; a share of one typed without its format (0,994) is a percent too.
    const percent = /%/.test(formatAt(grid, r, col + 1) ?? "");
    const value = percent || (written <= 1 && written > 0 && !Number.isInteger(written)) ? written * 100 : written;
    const reading = lineReading(
      grid,
      sheetIndex,
      col + 1,
      null,
      at,
      { row: r, numerator: null, denominator: null, value },
      `${label}; dòng dưới bảng số hồ sơ`,
    );
    out.push({ ...reading, hint: label });
  }
  return out;
}

// "… quý III/2021", "… tháng 9/2021", "… 6 tháng đầu năm 2021": the period a rate line under the table names.
const PERIOD_IN_LINE =
  /(?:quý|quy)\s+(?:[IVX]{1,3}|\d)(?:\s*\/\s*\d{4}|\s+năm\s+\d{4})?|(?:tháng|thang)\s+\d{1,2}(?:\s*\/\s*\d{4})?|(?:6|9)\s+tháng(?:\s+đầu)?\s+năm(?:\s+\d{4})?|(?:năm|nam)\s+\d{4}/iu;

/** The desk's counts with a band per week or month across ("Tháng 10/2021" over its counts), the fields down. */
function monthsAsDossierBands(grid: Grid): boolean {
  const found = findDossierBands(grid);
  return found !== null && found.bands.length >= 2 && found.bands.every((b) => b.span !== undefined);
}

/** One dossier table after another down the sheet (October's export, then November's under it). */
function readDossierTables(grid: Grid, first: DossierLayout): { records: DossierRecord[]; problems: Problem[]; end: number } {
  const records: DossierRecord[] = [];
  const problems: Problem[] = [];
  let end = first.headerBottom;
  for (let table: DossierLayout | null = first; table !== null;) {
    const got = readDossiers(grid, table);
    records.push(...got.records);
    problems.push(...got.problems);
    end = got.end;
    table = got.end < grid.rows.length ? findDossierTable(grid, got.end + 1) : null;
  }
  return { records, problems, end };
}

/** Every sheet of a workbook: its tables found (or the user's corrections), their rows read. */
/**
 * A sheet whose first row is a numbered row laid out in the columns of the task table read before
 * it (its content column filled, nothing outside that table's columns): that table's next page.
 */
/**
 * A task's words wrapped across the cells under a merged "Nội dung" heading, joined into its first cell for the rows
 * of the table (the others emptied): the sheet's cells stay as they are.
 */
function joinedContent(grid: Grid, span: readonly number[], from: number, to: number): Grid {
  const rows = grid.rows.map((row, i) => {
    const r = i + 1;
    if (r < from || r > to) return row;
    const parts = span.map((c) => cellText(row[c - 1] ?? null).trim()).filter((t) => t !== "");
    if (parts.length < 2) return row;
    const out = [...row];
    out[span[0] - 1] = parts.join(" ");
    for (const c of span.slice(1)) out[c - 1] = null;
    return out;
  });
  return { ...grid, rows };
}

function continuationOf(grid: Grid, before: { sheet: string; layout: TableLayout } | null): { layout: TableLayout; first: number } | null {
  if (!before) return null;
  const { layout } = before;
  // A title line or two over the rows ("THÁNG 2/2021"): the table starts at the first row of several cells.
  const filledIn = (row: readonly GridCell[]) => row.filter((v) => v !== null && !(typeof v === "string" && v.trim() === "")).length;
  const start = grid.rows.findIndex((row) => filledIn(row) > 0);
  if (start < 0) return null;
  const titled = grid.rows.findIndex((row, i) => i >= start && filledIn(row) >= 3);
  const first =
    (titled >= 0 && titled - start <= 3 && grid.rows.slice(start, titled).every((row) => filledIn(row) <= 1) ? titled : start) + 1;
  const row = grid.rows[first - 1];
  const stt = layout.columns.stt;
  const content = layout.columns.content;
  if (stt === undefined || content === undefined || typeof row[stt - 1] !== "number" || typeof row[content - 1] !== "string") return null;
  const known = new Set(Object.keys(layout.headings).map(Number));
  // A remark typed past the table's last column ("chờ phiếu của huyện") is the row's, carried into Ghi chú.
  const last = Math.max(...known);
  if (!row.every((v, i) => v === null || (typeof v === "string" && v.trim() === "") || known.has(i + 1) || i + 1 > last)) return null;
  return { layout: { ...layout, headerTop: first - 1, headerBottom: first - 1 }, first };
}

// A unit written where a row's lead would go: "%", "hồ sơ", "phiếu".
const UNIT_WORD = /^(?:%|hồ sơ|hs|văn bản|vb|phiếu|lượt|người|đồng|triệu đồng|tỷ đồng)$/iu;

export function readWorkbook(read: FileRead, options: ReadOptions = {}): WorkbookRecords {
  const out: WorkbookRecords = { file: read.file, tasks: [], readings: [], problems: [], sheets: [] };
  if (!read.ok) {
    out.problems.push(
      problem("FILE_UNREADABLE", { file: read.file, sheet: "" }, read.bad.reason, {
        vi: read.bad.message,
        en: badFileText(read.bad, "en"),
      }),
    );
    return out;
  }
  // A master or a report left among the inputs would count every task again.
  const own = read.mark ?? outputKindBySheets(read.grids);
  if (own) {
    out.skipped = own;
    const label = OUTPUT_LABELS[own];
    out.problems.push(
      problem("OWN_OUTPUT_SKIPPED", { file: read.file, sheet: "" }, label, {
        vi: `đây là ${label} do cchc tạo ra, không phải sổ theo dõi của cán bộ.`,
        en: `this is a ${own} cchc wrote, not an official's tracking workbook.`,
      }),
    );
    return out;
  }
  // A sheet only a macro can show (a drop-down's lists, a template's settings): no official keeps work there.
  for (const g of read.grids.filter((x) => x.veryHidden)) {
    out.problems.push(
      problem("SHEET_SKIPPED", { file: g.file, sheet: g.sheet }, "", {
        vi: "sheet bị ẩn hẳn (chỉ hiện lại được bằng macro): là danh mục hoặc thiết lập của tệp, không phải bảng theo dõi; không đọc.",
        en: "the sheet is very hidden (only a macro can show it): the file's lists or settings, not a tracking table; not read.",
      }),
    );
    out.sheets.push({
      file: g.file,
      sheet: g.sheet,
      kind: null,
      layout: null,
      tables: [],
      rows: 0,
      reason: "sheet bị ẩn hẳn",
      guess: null,
    });
  }
  if (read.grids.some((x) => x.veryHidden)) read = { ...read, grids: read.grids.filter((x) => !x.veryHidden) };
  // "6/2021" typed in a cell, shown "Jun-21": the month the official wrote, not its 1st day.
  read = { ...read, grids: read.grids.map(monthsAsShown) };
  // "Quá hạn2" beside "Quá hạn": an Excel table's rename of a repeated heading, read as typed.
  read = { ...read, grids: read.grids.map(tableRenamesUndone) };
  const unit = unitOfGrids(read.grids);
  if (unit) out.unit = unit;
  const facts = new FactsCache();
  const asOf = options.asOf ?? null;
  const places = placeSheets(read.grids);
  // A register of documents sent: a reading of the share sent electronically, never tasks.
  // Where the sheet being read tells its cells go: a view of a sheet (one period's block) maps its
  // cells back to the sheet's, each cell told once.
  let sheetAccount: Accounting | undefined = options.account;
  // A desk's table by period read for its rates too: only the rate columns give readings (its counts are dossiers).
  let ratesOnly: { sheet: string; cols: Set<number> } | null = null;
  // Sheets holding only one part of a rate ("Tu so", "Mau so"), by name.
  const ratePartSheets = new Map<string, RatePart>();
  /** A sheet read by a reader of its own, its figures readings: its line in the report. */
  const readingsSheet = (grid: Grid, rows: number) =>
    out.sheets.push({ file: grid.file, sheet: grid.sheet, kind: "readings", layout: null, tables: [], rows, reason: null, guess: null });
  /** The readings of a sheet's blocks of labelled figures; the rows they take, to be read no further. */
  const readFigureBlocks = (grid: Grid, sheetIndex: number, blocks: readonly FigureBlock[]): Set<number> => {
    const taken = new Set<number>();
    const year = sheetContext(grid, blocks[0].heading).year ?? (asOf ? ymd(asOf).y : null);
    const context = contextPeriod(grid, blocks[0].heading, year);
    // The heading's words, past a section's number in front of them ("I | VĂN BẢN ĐIỆN TỬ (TCTP 1.5)").
    const heading = (b: FigureBlock) =>
      cleanText(cellText((grid.rows[b.heading - 1] ?? []).find((v) => /\p{L}\s+\p{L}/u.test(cellText(v))) ?? null));
    for (const b of blocks) {
      for (let r = b.heading; r <= b.rows[b.rows.length - 1]; r++) {
        taken.add(r);
        const as = b.unread === undefined ? "field" : "row-skipped";
        if (sheetAccount) eachFilled(grid, r, r, (rr, c) => sheetAccount?.(grid.file, grid.sheet, rr, c, as));
      }
      for (const x of b.bad ?? [])
        out.problems.push(
          problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row: x.row, column: columnName(x.col) }, x.text, {
            vi: `ô ghi "${x.text}": không đọc được thành một số chắc chắn (khoảng, ước hoặc nhiều số); khối số liệu của tiêu chí ${b.code} không đọc, hãy ghi một số.`,
            en: `the cell holds "${x.text}": no one figure can be read with confidence; the block of criterion ${b.code} is not read, enter one figure.`,
          }),
        );
      if (b.unread !== undefined) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: b.heading }, b.code, {
            vi: b.bad
              ? `khối số liệu của tiêu chí ${b.code} (dòng ${b.rows[0]}–${b.rows[b.rows.length - 1]}) có số không đọc được chắc chắn: ${b.unread}; không đọc, hãy ghi lại số.`
              : `khối số liệu của tiêu chí ${b.code} (dòng ${b.rows[0]}–${b.rows[b.rows.length - 1]}) không cho biết dòng nào là tử số, mẫu số hay tỷ lệ: ${b.unread}; không đọc, hãy ghi theo bảng Tử số | Mẫu số | Tỷ lệ.`,
            en: `the block of figures of criterion ${b.code} does not tell which line is the numerator, denominator or rate; not read.`,
          }),
        );
        continue;
      }
      for (const x of b.readings) {
        const p = x.period ? parsePeriod(x.period) : null;
        const own = p && p.year !== null ? { date: periodEnd(p, p.year), name: periodName(p, p.year) } : null;
        // "Kết quả rà soát (số liệu đến 30/11/2021):": the day the heading gives its figures; with no heading, the
        // day its lines give ("Số chỉ tiêu ước đạt (đến 30/11/2021) | 15").
        const dayIn = (words: string) => {
          const upTo = words.search(/(?<!\p{L})đến(?!\p{L})/iu);
          return upTo >= 0 ? findDate(words.slice(upTo)) : null;
        };
        const said = heading(b) !== "" ? dayIn(heading(b)) : dayIn(x.note);
        const at = own ?? (said !== null ? { date: said, name: formatViDate(said) } : context);
        const under = heading(b) !== "" ? `dưới dòng "${heading(b)}"` : `dưới bảng, của tiêu chí ${b.code} tiêu đề sheet ghi`;
        out.readings.push(lineReading(grid, sheetIndex, b.col, b.code, at, x, `Khối số liệu ${under}: ${x.note}`));
      }
    }
    return taken;
  };
  /** Indicators across with a rate's parts down (core/import/partsDown): a reading per column, the block's rows taken. */
  const readPartsDown = (grid: Grid, sheetIndex: number, t: PartsDown): Set<number> => {
    const year = sheetContext(grid, t.headerTop).year ?? (asOf ? ymd(asOf).y : null);
    const context = contextPeriod(grid, t.headerTop, year);
    const taken = new Set<number>();
    for (let r = t.headerTop; r <= t.lastRow; r++) taken.add(r);
    const read = new Set(t.columns.map((x) => x.col));
    // What the rows say beside the figures ("T10 VB điện tử đang đối chiếu"): kept in the readings' notes.
    const remarks: string[] = [];
    for (const r of taken)
      eachFilled(grid, r, r, (rr, c) => {
        const remark = r >= Math.min(...Object.values(t.parts)) && c > t.labelCol && !read.has(c);
        if (remark) remarks.push(`${columnName(c)}${rr}: ${cleanText(cellText(cellAt(grid, rr, c)))}`);
        sheetAccount?.(grid.file, grid.sheet, rr, c, remark ? "note" : "field");
      });
    // "Chỉ tiêu năm 2021: ≥ 90%", "Đánh giá: đạt": each said with the row's own label.
    const said = (part: "target" | "verdict" | "issued", c: number) => {
      const r = t.parts[part];
      return r === undefined ? "" : `${cleanText(cellText(cellAt(grid, r, t.labelCol)))}: ${cleanText(cellText(cellAt(grid, r, c)))}`;
    };
    // "Số liệu tính đến ngày | 30/11/2021 | 31/10/2021": each column's own day.
    const dayOf = (c: number): IsoDate | null => {
      const v = t.parts.date === undefined ? null : cellAt(grid, t.parts.date, c);
      return isGridDate(v) ? v.date : typeof v === "string" ? findDate(v) : null;
    };
    for (const x of t.columns) {
      // "52-55", "khoảng 50", "31/9/2021": a cell that cannot be read with confidence is named, never passed over.
      for (const part of ["numerator", "denominator", "value", "date"] as const) {
        const r = t.parts[part];
        const v = r === undefined ? null : cellAt(grid, r, x.col);
        if (r === undefined || isBlank(v) || (part === "date" ? dayOf(x.col) !== null : figureOf(grid, r, x.col) !== null)) continue;
        if (part === "date" && !/\d/.test(cellText(v))) continue;
        const written = cleanText(cellText(v));
        out.problems.push(
          part === "date"
            ? problem("BAD_DATE", { file: grid.file, sheet: grid.sheet, row: r, column: columnName(x.col) }, written, {
                vi: `không đọc được ngày số liệu "${written}"; lấy ngày theo kỳ.`,
                en: `the date of the figures "${written}" cannot be read; the period's is taken.`,
              })
            : problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row: r, column: columnName(x.col) }, written, {
                vi: `ô ghi "${written}": không đọc được thành một số chắc chắn; không đọc.`,
                en: `the cell holds "${written}": no one figure can be read with confidence; not read.`,
              }),
        );
      }
      const fig = (part: "numerator" | "denominator" | "value") =>
        t.parts[part] === undefined ? null : figureOf(grid, t.parts[part] as number, x.col);
      const [num, den, given] = [fig("numerator"), fig("denominator"), fig("value")];
      const value = given ?? (num !== null && den !== null && den > 0 ? (num / den) * 100 : null);
      if (num === null && den === null && value === null) continue;
      const y = x.period?.year ?? year;
      const day = dayOf(x.col);
      const named = x.period && y !== null ? { date: day ?? periodEnd(x.period, y), name: periodName(x.period, y) } : null;
      const at = named ?? (day !== null ? { date: day, name: formatViDate(day) } : context);
      const row = t.parts.value ?? t.parts.numerator ?? t.headerTop;
      // ("Số phiếu phát ra: 60": the forms handed out, no part of the rate, kept beside it.)
      const note = [x.name, said("target", x.col), said("verdict", x.col), said("issued", x.col), ...remarks]
        .filter((n) => n !== "" && !n.endsWith(": "))
        .join("; ");
      const reading = lineReading(grid, sheetIndex, x.col, x.code, at, { row, numerator: num, denominator: den, value }, note);
      // ("Tỷ lệ hài lòng" down the rows, "Tiếp cận dịch vụ" over the column: a survey's aspect, its criterion among the survey's.)
      const measured = t.parts.value === undefined ? "" : cleanText(cellText(cellAt(grid, t.parts.value, t.labelCol)));
      const satisfaction = /\bhai long\b/.test(looseKey(measured)) && !/\bhai long\b/.test(looseKey(x.name));
      const hint = satisfaction ? `Hài lòng về ${x.name}` : x.name;
      out.readings.push(x.code === null ? { ...reading, hint, hintHeading: hint } : reading);
      // "Năm 2020 (%)" under the rate: the same aspect's rate of that period.
      for (const o of t.others) {
        const v = figureOf(grid, o.row, x.col);
        if (v === null || o.period.year === null) continue;
        const past = { date: periodEnd(o.period, o.period.year), name: periodName(o.period, o.period.year) };
        const line = lineReading(grid, sheetIndex, x.col, x.code, past, { row: o.row, numerator: null, denominator: null, value: v }, note);
        out.readings.push(x.code === null ? { ...line, hint, hintHeading: hint } : line);
      }
    }
    return taken;
  };
  /** Cards of a criterion's figures ("Tiêu chí | …", "Kỳ | …", "Tỷ lệ | …"): a reading each, or named; their rows taken. */
  const readReadingCards = (grid: Grid, sheetIndex: number, cards: readonly ReadingCard[]): Set<number> => {
    const taken = new Set<number>();
    const year = sheetContext(grid, cards[0].rows[0]).year ?? (asOf ? ymd(asOf).y : null);
    for (const card of cards) {
      for (const r of card.rows) {
        taken.add(r);
        if (sheetAccount)
          eachFilled(grid, r, r, (rr, c) => sheetAccount?.(grid.file, grid.sheet, rr, c, card.unread ? "row-skipped" : "field"));
      }
      const [first, last] = [card.rows[0], card.rows[card.rows.length - 1]];
      if (card.unread !== undefined) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: first }, card.code, {
            vi: `thẻ số liệu của tiêu chí ${card.code} (dòng ${first}–${last}): ${card.unread}; không đọc, hãy ghi rõ tử số, mẫu số, tỷ lệ.`,
            en: `the card of figures of criterion ${card.code} (rows ${first}–${last}) does not tell its figures apart; not read.`,
          }),
        );
        continue;
      }
      const at = statedAt(card.period, card.day, year);
      if (at === null) {
        out.problems.push(
          problem("READING_WITHOUT_PERIOD", { file: grid.file, sheet: grid.sheet, row: first }, card.period ?? "", {
            vi: `thẻ số liệu của tiêu chí ${card.code} (dòng ${first}–${last}) ghi kỳ "${card.period ?? ""}" không đọc được; không đọc, hãy ghi kỳ (tháng, quý, năm).`,
            en: `the card of figures of criterion ${card.code} names a period that cannot be read; not read.`,
          }),
        );
        continue;
      }
      if (card.mismatch !== undefined)
        out.problems.push(
          problem("RATE_MISMATCH", { file: grid.file, sheet: grid.sheet, row: first }, card.mismatch, {
            vi: `thẻ số liệu của tiêu chí ${card.code}: ${card.mismatch} không cho tỷ lệ ghi (${formatViNumber(card.value ?? 0)}%); dùng tỷ lệ ghi, hãy kiểm tra.`,
            en: `the card of figures of criterion ${card.code}: ${card.mismatch} does not give the rate written; the written rate is used, check it.`,
          }),
        );
      out.readings.push(
        lineReading(grid, sheetIndex, card.col, card.code, at, { row: first, ...card }, `Thẻ số liệu: ${card.lines.join("; ")}`),
      );
    }
    return taken;
  };
  /** Rates said in sentences on lines of their own ("(TC 1.1): 41/688 hồ sơ, đạt 5,96%"): a reading each, its rows taken. */
  const readRateSentences = (grid: Grid, sheetIndex: number, found: readonly RateSentence[]): Set<number> => {
    const year = sheetContext(grid, found[0].row).year ?? (asOf ? ymd(asOf).y : null);
    // (A report's lines of work above its figures say the days of the work, "đã hoàn thành ngày 24/9/2021", never the
    // figures' period: the period is looked for around them.)
    const listed = grid.listedRows;
    const context = listed === undefined ? grid : { ...grid, rows: grid.rows.map((row, i) => (listed.includes(i + 1) ? [] : row)) };
    // ("TIÊU CHÍ 2.3 – HÀI LÒNG VỀ CÔNG CHỨC …" heading the sheet: its lines' figures are that criterion's.)
    const titled = criterionTitle(grid);
    for (const x of found) {
      const around = () => periodLineAbove(context, x.row, year) ?? contextPeriod(context, x.row, year);
      // "trong quý I là 203 hồ sơ …" under "(Số liệu từ 15/12/2020 đến 14/3/2021)": the quarter the sheet reports, at its day.
      const same = x.yearless ? around() : null;
      const sameQuarter = same !== null && x.yearless !== undefined && same.name.startsWith(periodName(x.yearless, x.yearless.year));
      const at =
        same !== null && sameQuarter ? same : x.date !== null ? { date: x.date, name: x.period ?? formatViDate(x.date) } : around();
      if (sheetAccount) eachFilled(grid, x.row, x.through, (rr, c) => sheetAccount?.(grid.file, grid.sheet, rr, c, "field"));
      if (x.range !== null) {
        out.problems.push(
          problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row: x.row, column: columnName(x.col) }, x.range, {
            vi: `câu số liệu ghi một khoảng "${x.range}" ("${x.text}"): không đọc được thành một số liệu chắc chắn; không đọc, hãy ghi một con số.`,
            en: `the line states a range "${x.range}" ("${x.text}"): no single figure can be read; not read, write one figure.`,
          }),
        );
        continue;
      }
      // "ước đạt 89,6%": an estimate, named (a range estimated is named as a range, above).
      if (x.estimate) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: x.row, column: columnName(x.col) }, x.text, {
            vi: `câu số liệu ghi số ước tính ("${x.text}"), chưa phải số thực hiện: không đọc thành số liệu.`,
            en: `the line gives an estimate ("${x.text}"), not figures that happened: not read as a reading.`,
          }),
        );
        continue;
      }
      const label = measuredPart(x.text);
      // The clause read, and the whole line where it says more ("…; 03 hồ sơ trễ hạn đã có văn bản xin lỗi").
      const note = `${SENTENCE_NOTE}${x.text}${x.line !== x.text ? ` (dòng: ${x.line})` : ""}`;
      const fromTitle = x.code === null && titled !== null && x.row > titled.row ? titled : null;
      // ("1.2. TCTP Tỷ lệ hồ sơ … đúng hạn" over the tasks and "Kết quả Quý III/2021: 148/150 …" under them: its section's.)
      // (One figure on the line: "hài lòng về công chức đạt 95%; … về kết quả … 93,6%" names two measures, each suggested by its words.)
      const alone = found.filter((y) => y.row === x.row).length === 1;
      const sectionOwn = x.code === null && fromTitle === null && alone && x.section ? sectionCode(x.section) : null;
      const reading = lineReading(
        grid,
        sheetIndex,
        x.col,
        x.code ?? fromTitle?.code ?? sectionOwn,
        at,
        x,
        fromTitle
          ? `${note}; mã tiêu chí theo tiêu đề sheet "${fromTitle.text}"`
          : sectionOwn !== null
            ? `${note}; mã tiêu chí theo dòng mục "${x.section}"`
            : note,
      );
      // No criterion on the line: its own words, then its section's, for the plan to suggest one.
      out.readings.push(
        x.code === null && fromTitle === null && sectionOwn === null ? { ...reading, hint: x.section ?? "", hintHeading: label } : reading,
      );
    }
    // (A line beside a cell's tasks leaves its row to them; so does a line that is a task itself, saying who does it and
    // by when or how it stands: "Hỗ trợ người dân tạo tài khoản …, hạn 30/11/2021, kết quả đạt 85% …, đang thực hiện".)
    return new Set(
      found
        .filter((x) => x.besideTasks !== true && !saysWork(x.line))
        .flatMap((x) => Array.from({ length: x.through - x.row + 1 }, (_, k) => x.row + k)),
    );
  };
  /** A table of figures whose rates the numbering row writes as ratios: each rate's parts are the columns it names. */
  const readFormulaRates = (grid: Grid, sheetIndex: number, f: FormulaRates): boolean => {
    const year = sheetContext(grid, f.headerTop).year ?? (asOf ? ymd(asOf).y : null);
    // No year to date the periods by: the table is left to the ordinary reader.
    if (year === null) return false;
    for (const x of f.rows) {
      const y = x.period.year ?? year;
      let date = periodEnd(x.period, y);
      const whole = periodName(x.period, y);
      // "Cả năm 2021" read on 15/12/2021: the figures as they stand that day.
      const open = asOf !== null && date > asOf;
      if (asOf !== null && open) date = asOf;
      const at = { date, name: whole };
      x.figures.forEach((fig, i) => {
        if (fig === null) return;
        const rate = f.rates[i];
        const how =
          fig.numerator !== null
            ? `(${columnName(rate.numeratorCol + 1)}) / (${columnName(rate.denominatorCol + 1)}) theo dòng số thứ tự cột`
            : "tỷ lệ ghi trong ô";
        const note = `Bảng số liệu: "${rate.heading}", ${how}${open ? `; ${whole} chưa kết thúc: số liệu đến ${formatViDate(date)}` : ""}`;
        const reading = lineReading(grid, sheetIndex, rate.col + 1, rate.code, at, { row: x.row, ...fig }, note);
        out.readings.push(rate.code === null ? { ...reading, hint: rate.heading, hintHeading: rate.heading } : reading);
      });
    }
    // A row inside the table naming no period ("Lũy kế", a note): named, never dropped unsaid.
    for (const u of f.unread)
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: u.row }, u.label, {
          vi: `dòng "${u.label}" trong bảng số liệu không ghi kỳ (tháng, quý, năm) nào: không đọc thành số liệu.`,
          en: `the row "${u.label}" of a table of figures names no period (month, quarter, year): not read as a reading.`,
        }),
      );
    const unread = new Set(f.unread.map((u) => u.row));
    if (sheetAccount)
      eachFilled(grid, f.headerTop, f.lastRow, (r, c) =>
        sheetAccount?.(grid.file, grid.sheet, r, c, unread.has(r) ? "row-skipped" : "field"),
      );
    return true;
  };
  /** A table of projects' disbursement: a reading per paid column; its projects named once where they are no tasks. */
  const readDisbursement = (grid: Grid, sheetIndex: number, d: Disbursement, year: number | null) => {
    const period = contextPeriod(grid, d.headerRow, year);
    // "Đến ngày 15/11/2021 đã giải ngân 4.050/5.400 triệu đồng … như sau:" read from the line right over the table (and
    // taken off the sheet): the same figures as the total's, standing at that line's day.
    const introduced = (num: number, den: number) =>
      out.readings.find(
        (x) =>
          x.source.file === grid.file &&
          x.source.sheet === grid.sheet &&
          x.source.row < d.headerRow &&
          x.source.row >= d.headerRow - 2 &&
          x.numerator === num &&
          x.denominator === den &&
          x.date !== null,
      );
    for (const p of d.paid) {
      const same = p.date === null ? introduced(p.numerator, p.denominator) : undefined;
      const at =
        p.date !== null ? { date: p.date, name: formatViDate(p.date) } : same ? { date: same.date as IsoDate, name: same.period } : period;
      const how = p.added ? `cộng ${d.projects.length} công trình` : `dòng tổng (dòng ${p.row})`;
      const x = { row: p.row, numerator: p.numerator, denominator: p.denominator, value: (p.numerator / p.denominator) * 100 };
      // "Giải ngân trong tháng" beside the running total: a part of it, said where the total is read.
      const parts = (d.inPeriod ?? []).map((c) => `cột ${columnName(c.col)} "${c.heading}" là phần của lũy kế, không tính riêng`);
      const said = [`Bảng giải ngân: "${p.heading}" trên kế hoạch vốn, ${how}`, ...parts].join("; ");
      const reading = lineReading(grid, sheetIndex, p.col, null, at, x, said);
      out.readings.push({ ...reading, hint: "Tỷ lệ giải ngân vốn đầu tư công", hintHeading: "giải ngân kế hoạch đầu tư vốn" });
      // "Cùng kỳ năm 2020" under the total: the same column's figures a year (or more) back, a reading of that year's.
      const prior = d.prior?.paid.find((x) => x.col === p.col);
      const earlier = prior && at && d.prior ? samePointEarlier(d.prior.label, at.date, at.name) : null;
      if (prior && earlier && d.prior) {
        const figures = { row: d.prior.row, ...prior, value: (prior.numerator / prior.denominator) * 100 };
        const then = lineReading(
          grid,
          sheetIndex,
          p.col,
          null,
          { date: earlier.date, name: earlier.period },
          figures,
          `Bảng giải ngân: "${p.heading}" cùng kỳ năm trước`,
        );
        out.readings.push({ ...then, hint: "Tỷ lệ giải ngân vốn đầu tư công", hintHeading: "giải ngân kế hoạch đầu tư vốn" });
      }
    }
    if (d.tracked) return;
    const [first, last] = [d.projects[0], d.projects[d.projects.length - 1]];
    out.problems.push(
      problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: first }, `dòng ${first}–${last}`, {
        vi: `dòng ${first}–${last}: ${d.projects.length} công trình của bảng giải ngân, không phải nhiệm vụ; số giải ngân tổng được đọc thành số liệu chỉ số.`,
        en: `rows ${first}–${last}: ${d.projects.length} projects of a disbursement table, not tasks; the total paid out is read as a reading.`,
      }),
    );
    if (sheetAccount) eachFilled(grid, d.headerRow, d.lastRow, (r, c) => sheetAccount?.(grid.file, grid.sheet, r, c, "field"));
  };
  /**
   * A survey's tally: a reading per aspect (its criterion suggested from its name where not written), the rest named.
   * One of several on a sheet owns the rows after the last one's and before the next one's (or another table's) headings.
   */
  const readSurveyTally = (grid: Grid, sheetIndex: number, tally: SurveyTally, after: number, nextHeader: number, many: boolean) => {
    const year = sheetContext(grid, tally.headerRow).year ?? (asOf ? ymd(asOf).y : null);
    // Several tallies on a sheet: each under its own period's line (the sheet's title where the first has none);
    // a round's section row inside the table ("A. ĐỢT 1 - QUÝ II/2021 (khảo sát từ … đến …)") gives its own.
    const stacked = (after > 0 || many) && tally.headerRow > after;
    const period =
      tally.section ??
      (stacked ? blockTitle(grid, after, tally.headerRow, year)?.period : null) ??
      contextPeriod(grid, tally.headerRow, year);
    if (stacked) badTitleDays(grid, after + 1, tally.headerRow);
    // "Ngày khảo sát: 25/11/2021" under "QUÝ IV/2021": the quarter's figures as they stood on the survey's day.
    const day = surveyDay(grid, tally.headerRow);
    const at = day !== null ? { date: day, name: period?.name ?? formatViDate(day) } : period;
    for (const a of tally.aspects) {
      if (a.stated !== undefined)
        out.problems.push(
          problem(
            "RATE_MISMATCH",
            { file: grid.file, sheet: grid.sheet, row: a.row, column: columnName(a.col) },
            formatViNumber(a.stated),
            {
              vi: `tỷ lệ ghi ${formatViNumber(a.stated)}% nhưng ${formatViNumber(a.numerator ?? 0)}/${formatViNumber(a.denominator ?? 0)} phiếu = ${formatViNumber(Math.round((a.value ?? 0) * 100) / 100)}%; dùng tỷ lệ tính từ số phiếu, hãy kiểm tra.`,
              en: `the rate says ${a.stated}% but ${a.numerator ?? 0}/${a.denominator ?? 0} forms give ${Math.round((a.value ?? 0) * 100) / 100}%; the forms' rate is used, check it.`,
            },
          ),
        );
      const reading = lineReading(grid, sheetIndex, a.col, a.code, at, a, `${a.note}; ${SURVEY_NOTE}`);
      out.readings.push(a.code === null ? { ...reading, hint: "khảo sát sự hài lòng" } : reading);
    }
    for (const u of tally.unread)
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: u.row }, u.label, {
          vi: `bảng tổng hợp phiếu khảo sát: ${u.label !== "" ? `"${u.label}" là ` : ""}${u.why}; không đọc thành số liệu.`,
          en: `a survey tally: ${u.label !== "" ? `"${u.label}" is ` : ""}${u.why}; not read as a reading.`,
        }),
      );
    const read = new Set(tally.aspects.map((a) => a.row));
    const skipped = new Set(tally.unread.map((u) => u.row));
    if (sheetAccount)
      eachFilled(grid, after + 1, nextHeader - 1, (r, c) =>
        sheetAccount?.(
          grid.file,
          grid.sheet,
          r,
          c,
          r < tally.headerRow ? "title" : skipped.has(r) ? "row-skipped" : r <= tally.lastRow || read.has(r) ? "field" : "footer",
        ),
      );
  };
  const readAspectsDown = (grid: Grid, sheetIndex: number, layout: AspectsDown): void => {
    const at = (row: number, col?: number) => ({ file: grid.file, sheet: grid.sheet, row, ...(col ? { column: columnName(col) } : {}) });
    const { counts, over, unread } = aspectCounts(grid, layout);
    const forms = cleanText(cellText(cellAt(grid, layout.formsRow, layout.labelCol)));
    for (const x of counts) {
      const value = Math.round((x.numerator / x.denominator) * 10000) / 100;
      const reading = lineReading(
        grid,
        sheetIndex,
        x.col,
        null,
        x.period,
        { ...x, value },
        `${x.label}; trên "${forms}" (dòng ${layout.formsRow}); ${SURVEY_NOTE}`,
      );
      out.readings.push({ ...reading, hint: "khảo sát sự hài lòng" });
    }
    for (const x of over)
      out.problems.push(
        problem("NUMERATOR_ABOVE_DENOMINATOR", at(x.row, x.col), String(x.numerator), {
          vi: `"${x.label}" kỳ ${x.period.name}: ${x.numerator} phiếu hài lòng, nhiều hơn ${x.denominator} phiếu thu về; không đọc, hãy kiểm tra.`,
          en: `"${x.label}" in ${x.period.name}: ${x.numerator} satisfied forms, more than the ${x.denominator} returned; not read, check it.`,
        }),
      );
    for (const u of unread) {
      const written = cellText(cellAt(grid, u.row, u.col));
      out.problems.push(
        u.why === "count"
          ? problem("BAD_NUMBER", at(u.row, u.col), written, {
              vi: `"${written}" không phải là số phiếu; không đọc thành số liệu.`,
              en: `"${written}" is not a number of forms; not read as a reading.`,
            })
          : problem("ROW_SKIPPED", at(u.row, u.col), written, {
              vi: `dòng "${forms}" không ghi số phiếu thu về ở cột ${columnName(u.col)}: số phiếu hài lòng ${written} không có mẫu số, không đọc.`,
              en: `"${forms}" gives no forms returned in column ${columnName(u.col)}: the satisfied count ${written} has no denominator, not read.`,
            }),
      );
    }
    for (const s of layout.skipped)
      out.problems.push(
        problem("ROW_SKIPPED", at(s.row), s.label, {
          vi: `bảng tổng hợp phiếu khảo sát: "${s.label}" không phải một nội dung đánh giá; không đọc thành số liệu.`,
          en: `a survey tally: "${s.label}" is no aspect rated; not read as a reading.`,
        }),
      );
    if (sheetAccount) {
      const read = new Set([layout.formsRow, ...layout.aspects.map((a) => a.row)]);
      eachFilled(grid, layout.headerTop, layout.lastRow, (r, c) =>
        sheetAccount?.(grid.file, grid.sheet, r, c, r <= layout.headerBottom ? "header" : read.has(r) ? "field" : "row-skipped"),
      );
    }
  };
  const badTitleDays = (grid: Grid, from: number, headerTop: number): void => {
    for (const d of impossibleTitleDays(grid, from, headerTop))
      out.problems.push(
        problem("BAD_DATE", { file: grid.file, sheet: grid.sheet, row: d.row, column: columnName(d.col) }, d.text, {
          vi: `dòng "${d.text}" ghi một ngày không có thật: không lấy làm ngày số liệu; kỳ lấy theo tiêu đề. Hãy sửa ngày.`,
          en: `the line "${d.text}" gives a day that does not exist: not taken as the figures' day; the period is the title's. Fix the day.`,
        }),
      );
  };
  const readCategorySurveys = (grid: Grid, sheetIndex: number, found: readonly CategorySurvey[]): Set<number> => {
    const taken = new Set<number>();
    let after = 0;
    for (const s of found) {
      const year = sheetContext(grid, s.headerRow).year ?? (asOf ? ymd(asOf).y : null);
      // Tables stacked down the sheet: each under its own period's line, the sheet's title over the first.
      const context = blockTitle(grid, after, s.headerRow, year)?.period ?? contextPeriod(grid, s.headerRow, year);
      badTitleDays(grid, after + 1, s.headerRow);
      after = s.rows[1];
      const [first, last] = s.rows;
      for (let r = first; r <= last; r++) taken.add(r);
      if (sheetAccount)
        eachFilled(grid, first, last, (r, c) => sheetAccount?.(grid.file, grid.sheet, r, c, r === first ? "header" : "field"));
      const category = s.category.toLocaleLowerCase("vi");
      if (s.totals.length === 0) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: first }, s.category, {
            vi: `bảng khảo sát theo ${category} (dòng ${first}–${last}) không có dòng Cộng: không đọc thành số liệu; hãy thêm dòng Cộng của kỳ.`,
            en: `a survey by ${s.category} (rows ${first}–${last}) has no total row: not read; add the period's total row.`,
          }),
        );
        continue;
      }
      for (const u of s.unread)
        out.problems.push(
          problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row: u.row, column: columnName(u.col) }, u.text, {
            vi: `ô ghi "${u.text}" không phải một số: không đọc thành số liệu (các dòng Cộng khác của bảng vẫn đọc); hãy ghi một con số.`,
            en: `"${u.text}" is no single number: not read (the table's other totals are read all the same); write one figure.`,
          }),
        );
      for (const t of s.totals) {
        // A total of no forms ("Cộng quý IV" of a template not yet filled): nothing to read, said.
        if (t.aspects.every((a) => !a.denominator && !a.numerator)) {
          out.problems.push(
            problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: t.row }, t.label, {
              vi: `dòng "${t.label}" chưa có số liệu (0 phiếu): không đọc thành số liệu.`,
              en: `the row "${t.label}" has no figures yet (no forms): not read.`,
            }),
          );
          continue;
        }
        // "Cộng quý III" names its period; else the period's line over its rows ("ĐỢT 2 (Từ … đến …)"); else the table's.
        const named = parsePeriod(t.label.replace(/^\s*(?:tổng cộng|cộng|tổng)\s*/iu, ""));
        const y = named?.year ?? year;
        const ownAt =
          named !== null && named.kind !== "day" && y !== null ? { date: periodEnd(named, y), name: periodName(named, y) } : null;
        const sectionAt = t.section !== null ? sectionPeriod(t.section) : null;
        // ("Quý IV năm 2021 (số liệu đến 14/12/2021)" over "Cộng quý IV", or in the sheet's title: its day is the figures'.)
        const sameAsOwn = (p: ContextPeriod | null): p is ContextPeriod => p !== null && ownAt !== null && p.name.startsWith(ownAt.name);
        const at = ownAt === null ? (sectionAt ?? context) : sameAsOwn(sectionAt) ? sectionAt : sameAsOwn(context) ? context : ownAt;
        for (const a of t.aspects) {
          if (a.numerator === null && a.value === null) continue;
          if (a.stated && a.value !== null)
            out.problems.push(
              problem(
                "RATE_MISMATCH",
                { file: grid.file, sheet: grid.sheet, row: a.stated.row, column: columnName(a.col) },
                formatViNumber(a.stated.value),
                {
                  vi: `tỷ lệ ghi ${formatViNumber(a.stated.value)}% nhưng ${formatViNumber(a.numerator ?? 0)}/${formatViNumber(a.denominator ?? 0)} = ${formatViNumber(Math.round(a.value * 100) / 100)}%; dùng tỷ lệ tính từ số phiếu, hãy kiểm tra.`,
                  en: `the rate says ${a.stated.value}% but the forms give ${Math.round(a.value * 100) / 100}%; the forms' rate is used, check it.`,
                },
              ),
            );
          const note = `Bảng khảo sát theo ${category}, dòng "${t.label}": ${a.heading}`;
          out.readings.push(lineReading(grid, sheetIndex, a.col, a.heading, at, { row: t.row, ...a }, note));
        }
      }
      out.problems.push(
        problem("LEGEND_READ", { file: grid.file, sheet: grid.sheet, row: s.totals[0].row }, s.totals.map((t) => t.label).join("; "), {
          vi: `bảng khảo sát theo ${category} (dòng ${first}–${last}): đọc dòng ${s.totals.map((t) => `"${t.label}"`).join(", ")} thành số liệu của kỳ, mỗi khía cạnh một chỉ số; các dòng theo ${category} là chi tiết, không đọc riêng.`,
          en: `a survey by ${s.category} (rows ${first}–${last}): the ${s.totals.map((t) => `"${t.label}"`).join(", ")} rows read as the periods' figures, an aspect per criterion; the rows by ${s.category} are its parts, not read apart.`,
        }),
      );
    }
    return taken;
  };
  /** The sheet above a dossier table starting at `top`, where it holds a table of its own; null where it does not. */
  const tablesAbove = (grid: Grid, top: number): Grid | null => {
    if (top <= 3) return null;
    const rest = { ...grid, rows: grid.rows.map((row, i) => (i + 1 >= top ? [] : row)) };
    const found = detectTables(rest, { asOf, facts });
    return found.ok && found.layouts.some((l) => l.headerBottom < top - 1) ? rest : null;
  };
  const readSideways = (grid: Grid, sheetIndex: number, block: ReadingColumns, year: number | null) => {
    const period = contextPeriod(grid, block.codeRow, year);
    const account = sheetAccount;
    for (const x of block.readings) {
      const counted = x.numerator !== null && x.denominator !== null && x.denominator > 0;
      const value = counted ? ((x.numerator as number) / (x.denominator as number)) * 100 : x.given;
      if (value === null) continue;
      const date = x.date ?? period?.date ?? null;
      if (counted && x.given !== null && Math.abs(value - x.given) > 0.5)
        out.problems.push(
          problem("RATE_MISMATCH", { file: grid.file, sheet: grid.sheet, row: x.row, column: columnName(x.col) }, formatViNumber(x.given), {
            vi: `tỷ lệ ghi ${formatViNumber(x.given)}% nhưng ${formatViNumber(x.numerator ?? 0)}/${formatViNumber(x.denominator ?? 0)} = ${formatViNumber(Math.round(value * 100) / 100)}%; dùng tỷ lệ tính từ tử số, mẫu số, hãy kiểm tra.`,
            en: `the rate says ${x.given}% but the counts give ${Math.round(value * 100) / 100}%; the counts' rate is used, check it.`,
          }),
        );
      out.readings.push({
        code: x.code,
        period: x.date ? formatViDate(x.date) : (period?.name ?? ""),
        date,
        numerator: counted ? x.numerator : null,
        denominator: counted ? x.denominator : null,
        value,
        evidence: "",
        note: [x.name, `Mỗi cột một chỉ số: cột ${columnName(x.col)}`, ...x.others].filter((n) => n !== "").join("; "),
        source: { file: grid.file, sheet: grid.sheet, sheetIndex, row: x.row, columns: { value: x.col } },
      });
    }
    if (account) {
      const rows = new Set(block.rows);
      const cols = new Set([block.labelCol, ...block.readings.map((x) => x.col)]);
      eachFilled(grid, 1, grid.rows.length, (r, c) => {
        const inBlock = cols.has(c);
        const end = Math.max(...block.rows) + 3;
        account(grid.file, grid.sheet, r, c, r < block.codeRow ? "title" : r > end ? "footer" : inBlock && rows.has(r) ? "field" : "note");
      });
    }
    readingsSheet(grid, block.readings.length);
  };
  const readCriteriaByDay = (grid: Grid, sheetIndex: number, block: CriteriaByDay) => {
    const account = sheetAccount;
    for (const { row, date } of block.days)
      for (const x of block.criteria) {
        const v = grid.rows[row - 1]?.[x.col - 1] ?? null;
        if (isGridError(v)) {
          out.problems.push(
            problem("FORMULA_ERROR", { file: grid.file, sheet: grid.sheet, row, column: columnName(x.col) }, v.error, {
              vi: `ô ${columnName(x.col)}${row} (tiêu chí ${x.code}, ngày ${formatViDate(date)}) có giá trị lỗi ${v.error}; không đọc thành số liệu.`,
              en: `cell ${columnName(x.col)}${row} (criterion ${x.code}, ${formatViDate(date)}) holds the error ${v.error}; not read.`,
            }),
          );
          continue;
        }
        const figure = numberOf(v, facts);
        // 0,826 shown "82,6%" is 82,6 %.
        const value = figure !== null && typeof v === "number" && /%/.test(formatAt(grid, row, x.col) ?? "") ? figure * 100 : figure;
        if (value === null) {
          if (cellText(v).trim() !== "")
            out.problems.push(
              problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row, column: columnName(x.col) }, cellText(v), {
                vi: `"${cellText(v)}" (tiêu chí ${x.code}, ngày ${formatViDate(date)}) không phải là số; không đọc thành số liệu.`,
                en: `"${cellText(v)}" (criterion ${x.code}, ${formatViDate(date)}) is not a number; not read.`,
              }),
            );
          continue;
        }
        out.readings.push({
          code: x.code,
          period: formatViDate(date),
          date,
          numerator: null,
          denominator: null,
          value,
          evidence: "",
          note: [x.name, `Mỗi cột một tiêu chí: cột ${columnName(x.col)}, mỗi dòng một ngày số liệu`].filter((n) => n !== "").join("; "),
          source: { file: grid.file, sheet: grid.sheet, sheetIndex, row, columns: { value: x.col, code: x.col, date: block.dayCol } },
        });
      }
    if (account) {
      const cols = new Set([block.dayCol, ...block.criteria.map((x) => x.col)]);
      eachFilled(grid, 1, grid.rows.length, (r, c) =>
        account(grid.file, grid.sheet, r, c, r < block.headerRow ? "title" : r > block.lastRow ? "footer" : cols.has(c) ? "field" : "note"),
      );
    }
    readingsSheet(grid, block.days.length);
  };
  const readRegister = (grid: Grid, sheetIndex: number, register: DocumentRegister) => {
    const context = sheetContext(grid, register.headerRow);
    const period = contextPeriod(grid, register.headerRow, context.year ?? (asOf ? ymd(asOf).y : null));
    const got = readDocumentRegister(grid, sheetIndex, register, period);
    if (got.reading) out.readings.push(got.reading);
    const account = sheetAccount;
    // Without a reading the whole register is the skipped sheet's; with one, what follows it (totals, signature) is skipped.
    const left = (r: number) => (!got.reading ? "sheet-skipped" : r <= got.lastRow ? "field" : "row-skipped");
    if (account) eachFilled(grid, 1, grid.rows.length, (r, c) => account(grid.file, grid.sheet, r, c, left(r)));
    const rest = grid.rows.length > got.lastRow ? ` Các dòng sau dòng ${got.lastRow} (số tổng, chữ ký) không đọc lại.` : "";
    out.problems.push(
      problem("SHEET_SKIPPED", { file: grid.file, sheet: grid.sheet, ...(got.reading ? { row: got.lastRow + 1 } : {}) }, "", {
        vi: got.reading
          ? `sổ đăng ký văn bản: ${got.rows} văn bản đọc thành một số liệu tỷ lệ văn bản điện tử, không phải nhiệm vụ.${rest}`
          : "sổ đăng ký văn bản (số, ký hiệu, trích yếu) không có cột hình thức gửi: không phải bảng theo dõi nhiệm vụ, không đọc.",
        en: got.reading
          ? `a register of documents: ${got.rows} documents read as one figure of the electronic share, not as tasks.`
          : "a register of documents with no column saying how each was sent: not a tracking table; not read.",
      }),
    );
    out.sheets.push({
      file: grid.file,
      sheet: grid.sheet,
      kind: got.reading ? "readings" : null,
      layout: null,
      tables: [],
      rows: got.reading ? 1 : 0,
      reason: null,
      guess: null,
    });
  };
  // The last task table read in this workbook: a following page without a header continues it.
  let lastTaskLayout: { sheet: string; layout: TableLayout } | null = null;
  // The period the workbook's cover gives, for sheets that give none of their own.
  let cover: ContextPeriod | null = null;
  /**
   * Each block of figures among a task list's rows read as a sheet of its own: the sheet's title (its day), the
   * section naming the criterion, the block's header and rows, all else blank. The rows it takes, to be read no further.
   */
  const readFiguresInTasks = (
    grid: Grid,
    sheetIndex: number,
    blocks: readonly FiguresInTasks[],
  ): { taken: Set<number>; tables: SheetReport["tables"] } => {
    const taken = new Set<number>();
    const tables: SheetReport["tables"] = [];
    for (const b of blocks) {
      const keep = new Set([b.header, ...b.rows, ...(b.note === null ? [] : [b.note])]);
      for (const r of keep) taken.add(r);
      // The section's words set right over the block, where a heading over a table names its criterion; alone in the
      // block's first column ("II" before them would make them a numbered heading over lines of figures).
      const section = b.section === null ? null : sectionLine(grid.rows[b.section - 1] ?? [], b.labelCol);
      const own = {
        ...grid,
        rows: grid.rows.map((row, i) =>
          i + 1 < b.taskHeader || keep.has(i + 1) ? row : i + 2 === b.header && section !== null ? section : [],
        ),
      };
      // (The sheet is reported once, its block a table of it beside the task list; its title and section are accounted
      // for by the list.)
      const reported = out.sheets.length;
      const account = sheetAccount;
      if (account) sheetAccount = (file, name, r, c, d) => (keep.has(r) ? account(file, name, r, c, d) : undefined);
      readSheet(own, sheetIndex);
      sheetAccount = account;
      for (const s of out.sheets.splice(reported)) tables.push(...s.tables);
    }
    return { taken, tables };
  };
  const readSheet = (sheet: Grid, sheetIndex: number) => {
    // A desk's report in lines under each field ("I. LĨNH VỰC HỘ TỊCH" | "- Số hồ sơ đã giải quyết:" | "63 hồ sơ (…)"):
    // those lines are the field's dossier figures; the sheet's other lines are read as usual.
    const lines = options.layouts?.has(sheetKey(sheet.file, sheet.sheet)) ? null : findDossierLines(sheet);
    let grid = sheet;
    if (lines) {
      const got = readDossierLines(sheet, lines, asOf ? ymd(asOf).y : null);
      (out.dossiers ??= []).push(...got.records);
      out.problems.push(...got.problems);
      const account = sheetAccount;
      for (const r of got.rows) {
        if (account) eachFilled(sheet, r, r, (rr, c) => account(sheet.file, sheet.sheet, rr, c, "field"));
      }
      // ("Tỷ lệ giải quyết đúng hạn: | 98,66%" among the lines: the block's rate, read as the sentence that states it.)
      const rates = lines.blocks.flatMap((b) => b.rates);
      const taken = new Set([...got.rows, ...rates.map((x) => x.row)]);
      grid = {
        ...sheet,
        rows: sheet.rows.map((row, i) => (taken.has(i + 1) ? [] : row)),
        ...(rates.length > 0
          ? { figureLines: { ...sheet.figureLines, ...Object.fromEntries(rates.map((x) => [x.row, { col: x.col, text: x.text }])) } }
          : {}),
      };
    }
    // A dossier statistics table goes to its own reader (core/import/dossiers).
    const overridden = options.layouts?.has(sheetKey(grid.file, grid.sheet)) ?? false;
    // "1.4. Giải ngân …" over "Kế hoạch vốn được giao | 4200", "Đã giải ngân | 3318": the criterion's reading;
    // the sheet's other lines are read as usual.
    // "Chỉ số | 6 tháng | 9 tháng" among a criterion's tasks: its figures read as a table of their own, no tasks.
    const inTasks = overridden ? [] : findFiguresInTasks(grid);
    const figuresTables: SheetReport["tables"] = [];
    if (inTasks.length > 0) {
      const { taken, tables } = readFiguresInTasks(grid, sheetIndex, inTasks);
      figuresTables.push(...tables);
      grid = { ...grid, rows: grid.rows.map((row, i) => (taken.has(i + 1) ? [] : row)) };
    }
    const figureBlocks = overridden ? [] : findFigureBlocks(grid);
    if (figureBlocks.length > 0) {
      const taken = readFigureBlocks(grid, sheetIndex, figureBlocks);
      grid = { ...grid, rows: grid.rows.map((row, i) => (taken.has(i + 1) ? [] : row)) };
    }
    // "Tiêu chí | 1.1 - …", "Kỳ | 9 tháng …", "Tỷ lệ | 17,9%": a criterion's card of figures, a reading each.
    const readingCards = overridden ? [] : findReadingCards(grid);
    if (readingCards.length > 0) {
      const taken = readReadingCards(grid, sheetIndex, readingCards);
      grid = { ...grid, rows: grid.rows.map((row, i) => (taken.has(i + 1) ? [] : row)) };
    }
    // Indicators across, "Tử số | Mẫu số | Tỷ lệ" down, maybe a band per month: a reading per column.
    const partsDown = overridden ? null : findPartsDown(grid);
    if (partsDown) {
      const taken = readPartsDown(grid, sheetIndex, partsDown);
      grid = { ...grid, rows: grid.rows.map((row, i) => (taken.has(i + 1) ? [] : row)) };
    }
    const rateSentences = overridden ? [] : findRateSentences(grid, asOf ? ymd(asOf).y : null);
    // A cell's lines kept beside its tasks as figures ("- Trực tuyến: 12 hồ sơ") that state no rate: named, never dropped.
    for (const [at, kept] of Object.entries(grid.figureLines ?? {})) {
      const row = Number(at);
      const read = new Set(rateSentences.filter((x) => x.row === row).map((x) => x.line));
      for (const line of kept.text.split("\n").filter((l) => !read.has(cleanText(l))))
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row, column: columnName(kept.col) }, line.trim(), {
            vi: `dòng "${line.trim()}" trong ô cùng các nhiệm vụ không đọc được thành nhiệm vụ hay số liệu; hãy kiểm tra.`,
            en: `the line "${line.trim()}", in a cell with the row's tasks, was read as neither a task nor a figure; check it.`,
          }),
        );
    }
    if (rateSentences.length > 0) {
      const taken = readRateSentences(grid, sheetIndex, rateSentences);
      grid = { ...grid, rows: grid.rows.map((row, i) => (taken.has(i + 1) ? [] : row)) };
    }
    // Projects and what was paid out of their capital plan: the rate at each paid column's day; the projects
    // are no tasks unless the table tracks their deadlines or states.
    const paidYear = sheetContext(grid, 1).year ?? (asOf ? ymd(asOf).y : null);
    const paidOut = overridden ? null : findDisbursement(grid, paidYear);
    if (paidOut) {
      readDisbursement(grid, sheetIndex, paidOut, paidYear);
      const inTable = (r: number) => r >= paidOut.headerRow && r <= paidOut.lastRow;
      // Tracked, its rows are tasks too: read without the money columns where the work is a column of its own.
      const figures = new Set(paidOut.figureCols);
      if (!paidOut.tracked || figures.size > 0)
        grid = {
          ...grid,
          rows: grid.rows.map((row, i) =>
            !inTable(i + 1) ? row : paidOut.tracked ? row.map((v, c) => (figures.has(c + 1) ? null : v)) : [],
          ),
        };
    }
    // A survey tabled by field, hamlet or channel, its "Cộng" row the period's: a reading per aspect and block.
    const byCategory = overridden ? [] : findCategorySurveys(grid);
    if (byCategory.length > 0) {
      const taken = readCategorySurveys(grid, sheetIndex, byCategory);
      grid = { ...grid, rows: grid.rows.map((row, i) => (taken.has(i + 1) ? [] : row)) };
    }
    // A survey's counts with the aspects down and the periods across, the forms returned a row: a reading per aspect and period.
    const down = overridden ? null : findAspectsDown(grid, sheetContext(grid, 1).year ?? (asOf ? ymd(asOf).y : null));
    if (down) {
      readAspectsDown(grid, sheetIndex, down);
      grid = { ...grid, rows: grid.rows.map((row, i) => (i + 1 >= down.headerTop && i + 1 <= down.lastRow ? [] : row)) };
    }
    // A satisfaction survey's tally (answers' bands across, aspects as group rows): a reading per aspect.
    const surveys = overridden ? [] : findSurveyTallies(grid);
    if (surveys.length > 0) {
      let after = 0;
      for (const [i, survey] of surveys.entries()) {
        readSurveyTally(
          grid,
          sheetIndex,
          survey,
          after,
          surveys[i + 1]?.firstRow ?? survey.otherTable ?? grid.rows.length + 1,
          surveys.length > 1,
        );
        after = survey.lastRow;
      }
      // A table of another kind under the survey (the remedies' task list): read on as the sheet's own, the survey's rows taken.
      const rest = surveys[surveys.length - 1].otherTable;
      if (rest !== null) grid = { ...grid, rows: grid.rows.map((row, i) => (i + 1 < rest ? [] : row)) };
      else {
        out.sheets.push({
          file: grid.file,
          sheet: grid.sheet,
          kind: "readings",
          layout: null,
          tables: [],
          rows: surveys.reduce((n, s) => n + s.aspects.length, 0),
          reason: null,
          guess: null,
        });
        return;
      }
    }
    // "Hộ tịch | Đã giải quyết quá hạn | 1", a row per field and measure: a row per field, and said.
    const longList = overridden ? null : pivotLongDossiers(grid);
    if (longList && findDossierTable(longList.grid)) {
      grid = longList.grid;
      out.problems.push(
        problem("LEGEND_READ", { file: grid.file, sheet: grid.sheet, row: longList.rows[0] }, longList.fields.join(", "), {
          vi: `số liệu hồ sơ ghi mỗi lĩnh vực, mỗi chỉ tiêu một dòng (dòng ${longList.rows[0]}–${longList.rows[longList.rows.length - 1]}): gộp thành một dòng cho mỗi lĩnh vực (${longList.fields.join(", ")}).`,
          en: `dossier counts listed a row per field and measure: folded into a row per field (${longList.fields.join(", ")}).`,
        }),
      );
    }
    // The desk's register, one row per dossier (Mẫu số 02), is counted into the same figures.
    const dossierRegister = overridden ? null : findDossierRegister(grid);
    // Weeks as bands of the same counts across ("04-10/10 | 11-17/10", each over "Tổng số HS nhận | Trong đó trực
    // tuyến | …"), the fields down: read band by band, never as one table of the first band's columns.
    const weekBands = overridden || dossierRegister ? null : findDossierBands(grid);
    // The desk's records read from the sheet: what is left of it (its title, notes, signature) is no skipped sheet.
    let dossiersHere = 0;
    // (Or the fields as bands with weeks or months down the rows: "Hộ tịch" over its counts, "Tháng 7", "Tháng 8" down.)
    const byWeek =
      weekBands !== null && (weekBands.bands.every((b) => b.span !== undefined) || periodsDown(grid, weekBands)) ? weekBands : null;
    const table = overridden || dossierRegister || byWeek ? null : findDossierTable(grid);
    // One field's days with its stocks as lines beside ("Hồ sơ kỳ trước chuyển sang: | 4"): the tally's reader reads those too.
    // (Never over a column of fields: the tally is one field's, and would add the fields' days together.)
    const dailyTally = table?.daily && table.columns.field === undefined ? findDossierTally(grid) : null;
    const single = dailyTally ? null : table;
    // "I. TÌNH HÌNH TIẾP NHẬN" over "II. KẾT QUẢ GIẢI QUYẾT": the halves joined by field, then read as one.
    const halves = overridden || dossierRegister || single ? null : joinStackedHalves(grid);
    const dossierGrid = halves?.grid ?? grid;
    const dossierTable = single ?? (halves ? findDossierTable(dossierGrid) : null);
    // (Fields as bands with weeks down are read as such: never as one table across, nor as a tally of days.)
    const across = overridden || dossierRegister || dossierTable || byWeek ? null : findDossiersAcross(grid);
    // A desk's tally, a row per day and a "Cộng tháng 11" row: the month's record.
    const tally = dailyTally ?? (overridden || dossierRegister || dossierTable || across || byWeek ? null : findDossierTally(grid));
    // A row per hamlet, a band of columns per field ("HỘ TỊCH | ĐẤT ĐAI"): a record per field.
    const bands = byWeek ?? (overridden || dossierRegister || dossierTable || across || tally ? null : weekBands);
    if (dossierRegister || dossierTable || across || tally || bands) {
      const year = asOf ? ymd(asOf).y : null;
      const tables = !dossierRegister && dossierTable ? readDossierTables(dossierGrid, dossierTable) : null;
      const got = dossierRegister
        ? readDossierRegister(grid, dossierRegister, year)
        : tables
          ? tables
          : tally
            ? readDossierTally(grid, tally)
            : bands
              ? readDossierBands(grid, bands)
              : readDossiersAcross(grid, across as DossierAcrossLayout, year);
      (out.dossiers ??= []).push(...got.records);
      // "Ghi chú: Lĩnh vực Đất đai (…): kỳ trước chuyển sang 2 hồ sơ; trong kỳ tiếp nhận 9 hồ sơ (…)" under the table: that
      // field's counts for the table's days, as written; a sentence of counts not read so is named.
      const tableEnd = across ? Math.max(...across.rows.map((x) => x.row)) : tables ? tables.end : null;
      const first = got.records[0];
      if (tableEnd !== null && first !== undefined) {
        const said = dossierSentencesAfter(grid, tableEnd + 1, tableEnd + 8, { from: first.from, to: first.to });
        for (const { asParts, unreadClauses, ...rec } of said.records) {
          (out.dossiers ??= []).push(rec);
          const asSaid =
            asParts.length > 0
              ? ` Không tách trong hạn/quá hạn hay trước/đúng hạn, ghi vào cột trong hạn, đúng hạn: ${asParts.join("; ")}.`
              : "";
          const left = unreadClauses.length > 0 ? ` Không đọc được (không rõ là số nào): ${unreadClauses.join("; ")}.` : "";
          out.problems.push(
            problem("DOSSIER_COUNT_DERIVED", { file: grid.file, sheet: grid.sheet, row: rec.source.row }, rec.field, {
              vi: `số hồ sơ lĩnh vực "${rec.field}" ghi thành câu dưới bảng: đọc theo lời câu (cùng kỳ với bảng); hãy kiểm tra.${asSaid}${left}`,
              en: `the dossiers of "${rec.field}" are written as a sentence under the table: read from its words (the table's period); check them.${asParts.length > 0 ? " Totals not split were entered as in time / on time." : ""}${unreadClauses.length > 0 ? ` Not read: ${unreadClauses.join("; ")}.` : ""}`,
            }),
          );
        }
        for (const u of said.unread)
          out.problems.push(
            problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: u.row }, u.text.slice(0, 120), {
              vi: `dòng ghi số hồ sơ thành câu nhưng không đọc được từng số là gì: "${u.text.slice(0, 160)}"; hãy ghi vào bảng.`,
              en: `a line gives dossier counts in a sentence that could not be read number by number; write them into the table.`,
            }),
          );
      }
      dossiersHere = got.records.length;
      // "Tỷ lệ giải quyết đúng hạn (%): | 99,54" under the fields of one period's table: the desk's own rate for that
      // period, read (its criterion suggested by its words), never swallowed with the table.
      if (single && !halves && tables)
        for (const r of ratesUnderTable(grid, sheetIndex, got.records, tables.end, { pastEnd: true })) out.readings.push(r);
      // (So are the lines under the fields' table with a band per month, each naming its period.)
      if (bands && !tables && !tally && !dossierRegister)
        for (const r of ratesUnderTable(grid, sheetIndex, got.records, Math.max(...got.records.map((x) => x.source.row)) + 4))
          out.readings.push(r);
      if (halves && dossierTable) {
        out.problems.push(
          problem("DOSSIER_COUNT_DERIVED", { file: grid.file, sheet: grid.sheet, row: halves.secondTop }, String(got.records.length), {
            vi: `số hồ sơ tiếp nhận và kết quả giải quyết ghi ở hai bảng riêng: bảng dưới (từ dòng ${halves.secondTop}) được ghép vào bảng trên theo tên lĩnh vực.`,
            en: `dossiers received and their results are in two tables: the lower one (from row ${halves.secondTop}) was joined to the upper one by field name.`,
          }),
        );
        for (const u of halves.unmatched)
          out.problems.push(
            problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: u.row }, u.field, {
              vi: `lĩnh vực "${u.field}" ở bảng kết quả giải quyết không có ở bảng tiếp nhận phía trên; không ghép được, không đọc.`,
              en: `the field "${u.field}" of the results table is not in the receiving table above; not joined, not read.`,
            }),
          );
      }
      // A month's report in parts ("I. Nhiệm vụ", "II. Chỉ số", "III. Hồ sơ"): the tables above the dossiers' are read too,
      // and what stands under them ("Tỷ lệ giải quyết đúng hạn: … 99,66%", "II. MỘT SỐ CHỈ TIÊU"), never swallowed.
      // A month's figures across ("Chỉ tiêu | Số lượng") above "II. CÔNG VIỆC": the task list under them is read too.
      const countsEnd = across && !single ? Math.max(...across.rows.map((x) => x.row)) : null;
      // The rates written under the counts are the table's too (read below): what stands under them is the rest.
      const acrossEnd = countsEnd === null || across === null ? null : countsEnd + rateRowsUnder(grid, across);
      const end = single && !halves && tables ? tables.end : (acrossEnd ?? grid.rows.length);
      const below = ((single && !halves) || acrossEnd !== null) && end < grid.rows.length && somethingBelow(grid, end) ? end : null;
      // (So are those above a table of counts with the periods across: "I. CÁC NHIỆM VỤ" over "II. KẾT QUẢ GIẢI QUYẾT".)
      const countsTop = single ? single.headerTop : across && acrossEnd !== null ? across.headerRow : null;
      const above = countsTop !== null && !halves ? tablesAbove(grid, countsTop) : null;
      // A period per row ("Tháng 1" … "Tháng 11") with the rates written beside the counts ("Tỷ lệ HS trực tuyến (%)",
      // "Tỷ lệ giải quyết đúng hạn (%)"): the desk's figures of criteria 1.1 and 1.2 as well; the table is read as any
      // sheet is too, for its readings.
      const ratesToo =
        single !== null && !halves && single.field !== undefined && ratesWritten(grid, single.headerTop, single.headerBottom);
      // The months across, the counts down and the rates under them ("Tỷ lệ giải quyết đúng hạn (%)" | 98,59 | 99,35):
      // a reading per rate and period, its parts the same column's counts.
      const rates = across && !single ? acrossRates(grid, across, year) : { rates: [], unread: [] };
      for (const x of rates.rates) {
        const at = { date: x.date, name: x.period };
        const said = x.partsWritten ? x.label : `${x.label}; số hồ sơ theo kỳ ở sheet Hồ sơ TTHC`;
        const reading = lineReading(grid, sheetIndex, x.col, x.code, at, x, said);
        out.readings.push(x.code === null ? { ...reading, hint: x.label } : reading);
      }
      for (const u of rates.unread)
        out.problems.push(
          problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row: u.row, column: columnName(u.col) }, u.text, {
            vi: `"${u.text}" ở dòng tỷ lệ "${u.label}" không phải là số; không đọc thành số liệu.`,
            en: `"${u.text}" on the rate row "${u.label}" is not a number; not read as a reading.`,
          }),
        );
      // "Việc cần làm | Người làm | Hạn" typed beside an export's counts: the official's own tasks, read as a table.
      const byHand = single && !halves ? handColumns(grid, single) : null;
      if (byHand) readSheet(byHand, sheetIndex);
      const account = ratesToo ? undefined : sheetAccount;
      if (account)
        eachFilled(grid, above || below ? (countsTop ?? 1) : 1, below ?? grid.rows.length, (r, c) =>
          account(grid.file, grid.sheet, r, c, "field"),
        );
      out.problems.push(...got.problems);
      out.sheets.push({
        file: grid.file,
        sheet: grid.sheet,
        kind: null,
        layout: null,
        tables: [],
        rows: got.records.length,
        reason: null,
        guess: null,
        dossiers: got.records.length,
      });
      if (!above && below === null && !ratesToo) return;
      const top = single?.headerTop ?? (acrossEnd !== null ? (across?.headerRow ?? 1) : 1);
      if (ratesToo && single) ratesOnly = { sheet: grid.sheet, cols: rateColumns(grid, single.headerTop, single.headerBottom) };
      if (ratesToo)
        out.problems.push(
          problem("LEGEND_READ", { file: grid.file, sheet: grid.sheet, row: top }, "", {
            vi: `bảng số hồ sơ theo kỳ có ghi tỷ lệ: đọc vào sheet Hồ sơ TTHC và cả các tỷ lệ vào sheet Chỉ số.`,
            en: `a table of dossiers by period with its rates written: read into Hồ sơ TTHC, and its rates into Chỉ số too.`,
          }),
        );
      // The dossier tables' rows are read; the rest of the sheet (its titles too, for their period) is read as any sheet is.
      else grid = { ...grid, rows: grid.rows.map((row, i) => (i + 1 >= top && i + 1 <= (below ?? grid.rows.length) ? [] : row)) };
    }
    const forced = options.layouts?.get(sheetKey(grid.file, grid.sheet));
    const register = overridden ? null : findDocumentRegister(grid);
    if (register) {
      readRegister(grid, sheetIndex, register);
      return;
    }
    // A criterion's figures as lines in one cell, a line per day ("30/9: … (58,3%)⏎31/10: …"), the criterion named beside them.
    const lineYear = sheetContext(grid, Math.min(grid.rows.length, 6) + 1).year ?? (asOf ? ymd(asOf).y : null);
    const series = forced || lineYear === null ? null : findLineReadings(grid, lineYear);
    if (series) {
      for (const x of series.readings) {
        out.readings.push({
          code: x.code,
          period: x.period,
          date: x.date,
          numerator: x.numerator,
          denominator: x.denominator,
          value: x.value,
          evidence: "",
          note: [`Ghi trong ô theo từng mốc: ${x.line}`, ...x.others].join("; "),
          source: { file: grid.file, sheet: grid.sheet, sheetIndex, row: x.row, columns: { value: x.col } },
        });
        sheetAccount?.(grid.file, grid.sheet, x.row, x.col, "field");
      }
      for (const x of series.skipped)
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: x.row }, x.line, {
            vi: `mốc "${x.line}" không ghi ngày hay kỳ đọc được; không đọc thành số liệu.`,
            en: `the line "${x.line}" gives no day or period that can be read; not read as a reading.`,
          }),
        );
      readingsSheet(grid, series.readings.length);
      return;
    }
    // The desk's counts by field, a band of columns per month ("Tháng 7" over "Tiếp nhận | Đúng hạn | Quá hạn"): each
    // month's on-time rate from the total row.
    const periodBands = forced ? null : findPeriodBands(grid, lineYear);
    if (periodBands) {
      const got = readPeriodBands(grid, sheetIndex, periodBands);
      out.readings.push(...got.readings);
      // The fields' rows stand behind the total row's figures, and the bands adding up others are not read: both said.
      const from = got.total !== null ? `dòng tổng (dòng ${got.total})` : "cộng các lĩnh vực";
      const unread =
        periodBands.unread.length > 0
          ? `; các cột "${periodBands.unread.join('", "')}" là cộng của các kỳ khác, không đọc để khỏi cộng hai lần`
          : "";
      if (got.rows.length > 0 && (got.total !== null || unread !== ""))
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: got.rows[0] }, "", {
            vi: `các dòng ${got.rows[0]}–${got.rows[got.rows.length - 1]} là số hồ sơ của từng lĩnh vực; tỷ lệ đúng hạn của xã lấy theo ${from}, mỗi kỳ một số liệu${unread}.`,
            en: `rows ${got.rows[0]}–${got.rows[got.rows.length - 1]} are each field's dossiers; the commune's on-time rate is taken from ${got.total !== null ? `the total row (${got.total})` : "the fields added up"}, one reading per period${periodBands.unread.length > 0 ? `; the columns "${periodBands.unread.join('", "')}" add up other periods, not read` : ""}.`,
          }),
        );
      readingsSheet(grid, got.readings.length);
      return;
    }
    // A column per criterion, the reading's parts down the rows ("Tử số", "Mẫu số", "Tỷ lệ (%)", "Số liệu tính đến ngày").
    const sideways = forced ? null : findReadingColumns(grid, facts);
    if (sideways) {
      readSideways(grid, sheetIndex, sideways, lineYear);
      return;
    }
    // A column per criterion ("TC 1.3 - …", "TC 1.6 - …"), a row per day the figures stand at.
    const byDay = forced ? null : findCriteriaByDay(grid, facts);
    if (byDay) {
      readCriteriaByDay(grid, sheetIndex, byDay);
      return;
    }
    const keyValue = forced ? null : keyValueLayout(grid, facts, asOf ? ymd(asOf).y : null);
    // A form ("Tổng số văn bản đi:" | 86) or a checklist with no header ("☑" | item) is read as one,
    // before a detector takes its first lines for headers.
    const fixed = keyValue?.form ? keyValue.layout : forced ? null : checklistLayout(grid, facts);
    const detectOptions = { asOf, facts, coverDated: cover !== null && cover.sheet !== grid.sheet };
    let detected: ReturnType<typeof detectTables> = fixed ? { ok: true, layouts: [fixed] } : detectTables(grid, detectOptions);
    // "Nội dung | Số liệu | Ghi chú" over "Tổng số hồ sơ tiếp nhận" | 3456, "Tỷ lệ đúng hạn" | 0,9861: a form with a
    // header, its figures no task's progress.
    // ("4. Tỷ lệ giải quyết đúng hạn | 98.97 | %" taken for a header among the form's lines: a line of the form all the same.)
    if (
      keyValue &&
      !fixed &&
      detected.ok &&
      ((detected.layouts.length === 1 && figuresAsTasks(detected.layouts[0])) ||
        detected.layouts.every((l) => keyValue.lines.includes(l.headerTop)))
    ) {
      detected = { ok: true, layouts: [keyValue.layout] };
    }
    // A report's figures as lines ("- Chỉ số hài lòng về tiếp cận dịch vụ (2.1):" | 87,3%) above its table of tasks:
    // the figures' block is a table of its own, ending where the tasks' header starts.
    if (keyValue && !fixed && detected.ok && keyValue.lastLine < detected.layouts[0].headerTop && keyValue.layout.headerTop >= 1)
      detected = { ok: true, layouts: [keyValue.layout, ...detected.layouts] };
    // A page of the table above with no header of its own (a PDF converter's "Table 2"): read by that table's columns.
    const continued = detected.ok || forced || keyValue ? null : continuationOf(grid, lastTaskLayout);
    // Rows of tasks with no header at all: the columns told by what they hold, and said.
    const inferred = detected.ok || forced || keyValue || continued ? null : withInferredHeader(grid, facts);
    // Rows from the sheet's very first row: no row to write the header into, so the columns told are the table's.
    const fromTop: TableLayout | null =
      inferred && inferred.row === 0
        ? {
            kind: "tasks",
            headerTop: 0,
            headerBottom: 0,
            headings: inferred.headings,
            columns: inferred.fields,
            signature: headerSignature(Object.values(inferred.headings)),
            dateHint: null,
            english: false,
          }
        : null;
    if (fromTop && inferred)
      out.problems.push(
        problem("HEADER_INFERRED", { file: grid.file, sheet: grid.sheet, row: 1 }, inferred.said.join("; "), {
          vi: `${inferred.said.join("; ")}. Hãy kiểm tra, hoặc thêm dòng tiêu đề vào tệp nguồn.`,
          en: `the table has no header row; its columns were told by what they hold: ${inferred.said.join("; ")}. Check them, or add a header row to the source.`,
        }),
      );
    // "1.1 | Tỷ lệ hồ sơ … | 12 | 96 | 0,125" on every row, no header: a table of figures, its period the sheet's.
    const figures = detected.ok || forced || keyValue || continued || inferred ? null : inferredReadings(grid, facts);
    const figuresLayout: TableLayout | null = figures
      ? {
          kind: "readings",
          headerTop: figures.first - 1,
          headerBottom: figures.first - 1,
          headings: figures.headings,
          columns: figures.fields,
          signature: headerSignature(Object.values(figures.headings)),
          dateHint: null,
          english: false,
        }
      : null;
    if (figures)
      out.problems.push(
        problem("HEADER_INFERRED", { file: grid.file, sheet: grid.sheet, row: figures.first }, figures.said.join("; "), {
          vi: `${figures.said.join("; ")}. Hãy kiểm tra, hoặc thêm dòng tiêu đề vào tệp nguồn.`,
          en: `the table of figures has no header row; its columns were told by what they hold: ${figures.said.join("; ")}. Check them, or add a header row to the source.`,
        }),
      );
    const inferredDetected = inferred && !fromTop ? detectTables(inferred.grid, detectOptions) : null;
    if (inferred && inferredDetected?.ok) {
      // Lines above the columns told (and one the header was written over) are no row of the table: named, never lost.
      // A title alone on its row above them stays a title.
      const filledOn = (r: number) => (grid.rows[r - 1] ?? []).filter((v) => cellKind(v) !== "empty").length;
      let body = false;
      for (let r = 1; r <= inferred.row; r++) {
        const filled = filledOn(r);
        body ||= filled >= 2;
        if (filled >= 2 || (body && filled >= 1))
          out.problems.push(
            problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, rowText(grid, r), {
              vi: `dòng nằm trên bảng không có dòng tiêu đề (các cột suy ra từ dòng ${inferred.row + 1}): không đọc; hãy kiểm tra, hoặc thêm dòng tiêu đề vào tệp nguồn.`,
              en: `a line above a table with no header row (its columns told from row ${inferred.row + 1}): not read; check it, or add a header row to the source.`,
            }),
          );
      }
      grid = inferred.grid;
      detected = inferredDetected;
      out.problems.push(
        problem("HEADER_INFERRED", { file: grid.file, sheet: grid.sheet, row: inferred.row }, inferred.said.join("; "), {
          vi: `${inferred.said.join("; ")}. Hãy kiểm tra, hoặc thêm dòng tiêu đề vào tệp nguồn.`,
          en: `the table has no header row; its columns were told by what they hold: ${inferred.said.join("; ")}. Check them, or add a header row to the source.`,
        }),
      );
    }
    const sheetYear = asOf ? ymd(asOf).y : null;
    const layouts = detected.ok
      ? detected.layouts.map((l) =>
          fixed ? l : (singlePeriodAcross(grid, l, sheetYear) ?? withOverride(l, grid, options.layouts, detected.layouts.length === 1)),
        )
      : forced
        ? [forced]
        : keyValue
          ? [keyValue.layout]
          : continued
            ? [continued.layout]
            : fromTop
              ? [fromTop]
              : figuresLayout
                ? [figuresLayout]
                : [];
    if (continued && lastTaskLayout)
      out.problems.push(
        problem("TABLE_CONTINUED", { file: grid.file, sheet: grid.sheet }, lastTaskLayout.sheet, {
          vi: `sheet không có dòng tiêu đề và bắt đầu bằng dòng số ${continued.first}: đọc là phần tiếp của bảng ở sheet "${lastTaskLayout.sheet}", theo các cột của bảng đó.`,
          en: `the sheet has no header and starts with numbered rows: read as the rest of the table on sheet "${lastTaskLayout.sheet}", by its columns.`,
        }),
      );
    const report: SheetReport = {
      file: grid.file,
      sheet: grid.sheet,
      kind: null,
      layout: null,
      tables: [],
      rows: 0,
      reason: null,
      guess: null,
    };
    out.sheets.push(report);
    const account = sheetAccount;
    if (layouts.length === 0) {
      const d = detected as Extract<typeof detected, { ok: false }>;
      // A dashboard of tiles ("HỒ SƠ TRỰC TUYẾN (TC 1.1)" over "25,8%"): a reading per tile.
      const tiles = d.guess === "empty" ? null : findTiles(grid);
      if (tiles) {
        const first = Math.min(...tiles.map((t) => t.row)) - 1;
        const year = sheetContext(grid, first).year ?? (asOf ? ymd(asOf).y : null);
        const period = contextPeriod(grid, first, year);
        for (const t of tiles) {
          // ("Kỳ: | Ước năm 2021": an estimate, not figures reached; named, never read.)
          if (t.period !== null && /^(?:uoc|du kien)\b/.test(looseKey(t.period))) {
            out.problems.push(
              problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: t.row }, t.title, {
                vi: `ô tổng quan "${t.title}" ghi số ước tính (kỳ "${t.period}"), chưa phải số thực hiện: không đọc thành số liệu.`,
                en: `the tile "${t.title}" gives an estimate (period "${t.period}"), not figures reached: not read as a reading.`,
              }),
            );
            continue;
          }
          const at = tileAt(t, year) ?? period;
          out.readings.push({
            code: t.code,
            period: at?.name ?? "",
            date: at?.date ?? null,
            numerator: t.numerator,
            denominator: t.denominator,
            value: t.numerator !== null && t.denominator !== null ? (t.numerator / t.denominator) * 100 : t.value,
            evidence: "",
            note: [`Ô tổng quan "${t.title}"`, ...(t.lines.length > 0 ? t.lines : [t.sub])].filter((x) => x !== "").join("; "),
            source: { file: grid.file, sheet: grid.sheet, sheetIndex, row: t.row, columns: { value: t.col } },
          });
          sheetAccount?.(grid.file, grid.sheet, t.row, t.col, "field");
        }
        for (const t of tilesWithoutCriterion(grid, tiles))
          out.problems.push(
            problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: t.row }, t.title, {
              vi: `ô tổng quan "${t.title}" (${t.shows}) không ghi tiêu chí; không đọc thành số liệu.`,
              en: `the tile "${t.title}" (${t.shows}) names no criterion; not read as a reading.`,
            }),
          );
        report.kind = "readings";
        report.rows = tiles.length;
        return;
      }
      report.reason = d.reason;
      report.guess = d.guess;
      // A sheet whose figures were read as blocks of lines or cards, or as a survey's totals, has only its title and signature
      // left: nothing skipped.
      if (
        d.guess !== "empty" &&
        figureBlocks.length === 0 &&
        readingCards.length === 0 &&
        byCategory.length === 0 &&
        down === null &&
        dossiersHere === 0
      ) {
        out.problems.push(problem("SHEET_SKIPPED", { file: grid.file, sheet: grid.sheet }, "", { vi: d.reason, en: GUESS_EN[d.guess] }));
        if (account) eachFilled(grid, 1, grid.rows.length, (r, c) => account(grid.file, grid.sheet, r, c, "sheet-skipped"));
      }
      return;
    }
    const context = sheetContext(grid, layouts[0].headerTop);
    const year = context.year ?? (asOf ? ymd(asOf).y : null);
    const period = contextPeriod(grid, layouts[0].headerTop, year) ?? (cover?.sheet !== grid.sheet ? cover : null);
    if (period?.overTitle)
      out.problems.push(
        problem("PERIOD_CONFLICT", { file: grid.file, sheet: grid.sheet }, period.overTitle, {
          vi: `tiêu đề ghi kỳ ${period.overTitle} nhưng sheet tên "${grid.sheet}": số liệu ghi theo tên sheet (${period.name}); hãy sửa tiêu đề nếu sheet được chép từ tháng trước.`,
          en: `the title gives the period ${period.overTitle} but the sheet is named "${grid.sheet}": the figures are filed under the sheet name's month (${period.name}); fix the title if the sheet was copied from last month.`,
        }),
      );
    // A table of figures under a title naming only its year ("KẾT QUẢ KHẢO SÁT … NĂM 2021"): the year's figures, as they
    // stand on the as-of day within it.
    // "(Theo Nghị quyết số 15/NQ-HĐND ngày 20/12/2020)" under "… NĂM 2021": a resolution's day of the year before, no
    // day of these figures; the title's year is theirs.
    // "BẢNG TỰ ĐÁNH GIÁ … NĂM 2020" over "(Kèm theo Báo cáo số 08/BC-UBND ngày 11/01/2021)": a report filed after the
    // year it assesses; its day dates no figures of that year either.
    const filedAfter =
      period !== null &&
      period.label === undefined &&
      /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(period.name) &&
      context.year !== null &&
      ymd(period.date).y === context.year + 1;
    const documentOnly = (period?.document === true || filedAfter) && context.year !== null && ymd(period.date).y !== context.year;
    const yearOnly: ContextPeriod | null =
      (period === null || documentOnly) && context.year !== null
        ? {
            date: asOf !== null && ymd(asOf).y === context.year ? asOf : endOfYear(context.year),
            name: `Năm ${context.year}`,
          }
        : null;
    const merges = new MergeIndex(grid.merges);
    badTitleDays(grid, 1, layouts[0].headerTop);
    if (account) eachFilled(grid, 1, layouts[0].headerTop - 1, (r, c) => account(grid.file, grid.sheet, r, c, "title"));
    for (const r of dataAboveHeader(grid, layouts[0].headerTop, facts))
      out.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, rowText(grid, r), {
          vi: `dòng có số liệu hoặc ngày nằm phía trên dòng tiêu đề của bảng (dòng ${layouts[0].headerTop}): không đọc; nếu đây là một dòng của bảng, hãy kiểm tra dòng tiêu đề.`,
          en: `a row of figures or days above the table's header (row ${layouts[0].headerTop}): not read; if it belongs to the table, check the header row.`,
        }),
      );
    const tasksLayout = layouts.find((l) => l.kind === "tasks");
    if (tasksLayout) lastTaskLayout = { sheet: grid.sheet, layout: tasksLayout };
    // Tables stacked down the sheet, each under its own period's line ("Tháng 02/2021"): each table is that
    // period's, and the line is its title, never the last row of the table above.
    const titles = layouts.map((l, i) => (i === 0 ? null : blockTitle(grid, layouts[i - 1].headerBottom, l.headerTop, year)));
    layouts.forEach((layout, i) => {
      const firstRow = isNumberingRow(grid.rows[layout.headerBottom] ?? []) ? layout.headerBottom + 2 : layout.headerBottom + 1;
      const lastRow = i + 1 < layouts.length ? (titles[i + 1]?.row ?? layouts[i + 1].headerTop) - 1 : grid.rows.length;
      const own = titles[i];
      if (own && account) eachFilled(grid, own.row, own.dayRow ?? own.row, (r, c) => account(grid.file, grid.sheet, r, c, "title"));
      // Dossier counts by field whose columns are the resolved ones and the on-time among them: criterion 1.2's figures,
      // their total row the commune's (the fields' rows its parts).
      const onTime = layout.kind === "readings" && byFieldCounts(layout) && onTimeOfResolved(layout);
      // "Tiếp nhận | Trong đó trực tuyến | … | Tỷ lệ trực tuyến": criterion 1.1's figures, the total row the commune's.
      const online = layout.kind === "readings" && !onTime && byFieldCounts(layout) && onlineOfReceived(layout);
      // Figures that are no criterion's, in a table no title gives a criterion: a count of the tasks by state
      // ("Tổng số nhiệm vụ | Hoàn thành | Đang thực hiện …"), or dossier counts by field the dossier reader could not
      // take ("Lĩnh vực | Mới nhận | Tồn | GQ sớm …", no online / direct split). Left out and said, never read as
      // readings of a guessed criterion.
      const notReadings =
        layout.kind === "readings" &&
        !onTime &&
        !online &&
        (codeAbove(grid, layout.headerTop, i === 0 ? 1 : layouts[i - 1].headerBottom + 1) ?? context.code) === null
          ? taskTally(layout, grid)
            ? "tasks"
            : byFieldCounts(layout)
              ? "dossiers"
              : null
          : layout.kind === "tasks" && tasksCounted(layout, grid, firstRow, lastRow)
            ? "tasks"
            : null;
      if (notReadings !== null) {
        out.problems.push(
          problem(
            "SHEET_SKIPPED",
            { file: grid.file, sheet: grid.sheet, row: layout.headerTop },
            "",
            NOT_READINGS[notReadings](layout.headerTop),
          ),
        );
        if (account) eachFilled(grid, layout.headerTop, lastRow, (r, c) => account(grid.file, grid.sheet, r, c, "sheet-skipped"));
        return;
      }
      // The council's socio-economic targets judged met or not: no one's tasks; their share met is criterion 1.7's figure.
      const standing = period !== null && !documentOnly && period.label === undefined ? period : null;
      const targets = targetsTable(grid, layout, firstRow, lastRow, titleText(grid, layout.headerTop, 1), sheetIndex, year, standing);
      if (targets !== null) {
        if (targets.reading !== null) out.readings.push(targets.reading);
        if (targets.growth !== null) out.readings.push(targets.growth);
        const [from, to] = [targets.rows[0], targets.rows[targets.rows.length - 1]];
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: from }, "", {
            vi:
              targets.reading === null
                ? `bảng chỉ tiêu phát triển kinh tế - xã hội (dòng ${from}–${to}, ${targets.rows.length} chỉ tiêu): không phải nhiệm vụ; không có cột đánh giá đạt hay không đạt nên chưa tính số liệu tiêu chí 1.7.`
                : `bảng chỉ tiêu phát triển kinh tế - xã hội (dòng ${from}–${to}, ${targets.rows.length} chỉ tiêu): không phải nhiệm vụ; đọc thành số liệu tiêu chí 1.7: ${targets.met}/${targets.rows.length} chỉ tiêu đánh giá đạt hoặc vượt.`,
            en:
              targets.reading === null
                ? `a table of socio-economic targets (rows ${from}–${to}, ${targets.rows.length} targets): no tasks; no column judges them met, so no figure of criterion 1.7.`
                : `a table of socio-economic targets (rows ${from}–${to}, ${targets.rows.length} targets): no tasks; read as criterion 1.7's figure: ${targets.met}/${targets.rows.length} judged met.`,
          }),
        );
        // Lines under the targets with a figure or a criterion of their own ("Tiêu chí 1.6 - … ước 6,8%") were not read
        // as the table's: named, never dropped unsaid.
        for (let r = to + 1; r <= lastRow; r++) {
          const text = rowText(grid, r);
          // (A figure: a rate, a count over a whole "14/16 chỉ tiêu", or a criterion's code.)
          if (/%|(?<![\d/])\d{1,4}\s*\/\s*\d{1,4}(?![\d/])|(?:tiêu chí|\btc)\s*[12]\.\d/iu.test(text))
            out.problems.push(
              problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, text, {
                vi: `dòng dưới bảng chỉ tiêu phát triển kinh tế - xã hội ghi số liệu nhưng không đọc được thành số liệu chắc chắn: không đọc, hãy kiểm tra.`,
                en: `a line under the table of socio-economic targets gives a figure that could not be read with confidence: not read, check it.`,
              }),
            );
        }
        if (account) eachFilled(grid, layout.headerTop, lastRow, (r, c) => account(grid.file, grid.sheet, r, c, "sheet-skipped"));
        return;
      }
      // "Mã TC | Tên tiêu chí | Kết quả đạt được | Đánh giá": the criteria's results, one row each; figures, no tasks.
      const results = criterionResults(
        grid,
        layout,
        firstRow,
        lastRow,
        own?.period ?? (documentOnly ? null : period) ?? yearOnly,
        sheetIndex,
      );
      if (results !== null) {
        // With each criterion's remedy beside its result, the remedies are tasks too (read below).
        const remedies = results.remedies !== undefined;
        for (const x of results.readings) out.readings.push(x);
        out.problems.push(
          problem(
            "ROW_SKIPPED",
            { file: grid.file, sheet: grid.sheet, row: firstRow },
            grid.sheet,
            remedies
              ? {
                  vi: `bảng kết quả theo tiêu chí (dòng ${firstRow}–${lastRow}): kết quả đọc thành số liệu của từng tiêu chí; giải pháp ghi bên cạnh đọc thành nhiệm vụ (cột đánh giá đạt hay chưa là của tiêu chí, không phải tình trạng nhiệm vụ).`,
                  en: `a table of results by criterion (rows ${firstRow}–${lastRow}): the results read as each criterion's figures; the remedies beside them as tasks (the met-or-not column is the criterion's, not the task's state).`,
                }
              : {
                  vi: `bảng kết quả theo tiêu chí (dòng ${firstRow}–${lastRow}: mã, kết quả, đánh giá đạt hay chưa): đọc thành số liệu của từng tiêu chí, không phải nhiệm vụ.`,
                  en: `a table of results by criterion (rows ${firstRow}–${lastRow}: code, result, met or not): read as each criterion's figures, not as tasks.`,
                },
          ),
        );
        for (const m of results.mismatched)
          out.problems.push(
            problem("RATE_MISMATCH", { file: grid.file, sheet: grid.sheet, row: m.row, column: columnName(m.col) }, m.text, {
              vi: `kết quả ghi "${m.text}": số trong ngoặc không cho tỷ lệ ghi trước nó; dùng tỷ lệ ghi, hãy kiểm tra.`,
              en: `the result says "${m.text}": the counts in brackets do not give the rate before them; the written rate is used, check it.`,
            }),
          );
        for (const r of results.skipped)
          out.problems.push(
            problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r }, rowText(grid, r), {
              vi: `dòng không ghi mã tiêu chí hoặc tỷ lệ kết quả (dòng chung, dòng tổng, ghi chú): không đọc thành số liệu.`,
              en: `the row gives no criterion's code or no rate (an overall row, a total, a note): not read as a reading.`,
            }),
          );
        if (account && !remedies) {
          eachFilled(grid, layout.headerTop, layout.headerBottom, (r, c) => account(grid.file, grid.sheet, r, c, "header"));
          eachFilled(grid, layout.headerBottom + 1, lastRow, (r, c) =>
            account(grid.file, grid.sheet, r, c, results.skipped.includes(r) ? "row-skipped" : "field"),
          );
        }
        if (!remedies) return;
      }
      // "Ngày | Nội dung phát | Thời lượng | Người đọc": a log of what was done, every day past; no work to do.
      if (activityLog(grid, layout, firstRow, lastRow, asOf)) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: firstRow }, grid.sheet, {
            vi: `sheet "${grid.sheet}" (dòng ${firstRow}–${lastRow}) là nhật ký các việc đã diễn ra theo ngày, không có hạn hay tình trạng: không đọc thành nhiệm vụ; dùng làm minh chứng nếu cần.`,
            en: `sheet "${grid.sheet}" (rows ${firstRow}–${lastRow}) is a day-by-day log of what took place, with no deadline or state: not read as tasks; use it as evidence if needed.`,
          }),
        );
        if (account) eachFilled(grid, layout.headerTop, lastRow, (r, c) => account(grid.file, grid.sheet, r, c, "sheet-skipped"));
        return;
      }
      // "Quý | Số nhiệm vụ | Đã xong | Đang làm | Chưa làm": the tasks counted by state, no criterion's figure.
      const tally = tallyOfTasks(layout);
      if (tally !== null) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: firstRow }, grid.sheet, {
            vi: `bảng ở dòng ${firstRow}–${lastRow} đếm số nhiệm vụ theo tình trạng (${tally.join(", ")}): không phải số liệu chỉ số, không đọc; sheet Tổng hợp tự đếm từ danh sách nhiệm vụ.`,
            en: `the table in rows ${firstRow}–${lastRow} counts tasks by state (${tally.join(", ")}): no criterion's figures, not read; the Tổng hợp sheet counts them from the task list.`,
          }),
        );
        if (account) eachFilled(grid, layout.headerTop, lastRow, (r, c) => account(grid.file, grid.sheet, r, c, "sheet-skipped"));
        return;
      }
      // "Tháng | Khai sinh | Kết hôn | Khai tử | Chứng thực | Tổng": counts by kind, no criterion's rate among them.
      if (countsByKind(layout)) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: firstRow }, grid.sheet, {
            vi: `bảng ở dòng ${firstRow}–${lastRow} là số đếm theo từng loại việc (${Object.values(layout.headings).slice(1).join(", ")}), không có tỷ lệ của tiêu chí nào: không đọc thành số liệu.`,
            en: `the table in rows ${firstRow}–${lastRow} counts cases by kind (${Object.values(layout.headings).slice(1).join(", ")}), with no criterion's rate: not read as figures.`,
          }),
        );
        if (account) eachFilled(grid, layout.headerTop, lastRow, (r, c) => account(grid.file, grid.sheet, r, c, "sheet-skipped"));
        return;
      }
      const joined = layout.contentSpan ? joinedContent(grid, layout.contentSpan, firstRow, lastRow) : grid;
      // "… ⏎Kết quả: …" in the task's own cell, the table with no result column: the words after it are the row's result.
      // A Word table's cell of several paragraphs, pasted a row each under its number, lead and deadline merged down: one row.
      const folded =
        results?.remedies === undefined ? foldParagraphRows(joined, layout, firstRow, lastRow, (t) => facts.of(t).status !== null) : null;
      // "Chủ trì: BP Một cửa" and "Thời hạn: 30/6/2021" as lines of the task's cell, the table having no column for them.
      const labelled = results?.remedies === undefined ? withLabelsInContent(folded?.grid ?? joined, layout, firstRow, lastRow) : null;
      const unfolded = labelled?.grid ?? folded?.grid ?? joined;
      const ownLayout = labelled?.layout ?? layout;
      const split = results?.remedies === undefined ? withResultsInContent(unfolded, ownLayout, firstRow, lastRow) : null;
      const tableContext: ExtractContext = {
        grid: split?.grid ?? unfolded,
        layout: results?.remedies !== undefined ? { ...layout, columns: results.remedies } : (split?.layout ?? ownLayout),
        sheetIndex,
        merges: folded ? new MergeIndex(folded.grid.merges) : merges,
        facts,
        asOf,
        year,
        yearFromSheet: context.year !== null,
        ...crossYearSpan(titleText(grid, layout.headerTop, 1)),
        // A table's own heading line above it names its criterion before the sheet does.
        contextCode:
          codeAbove(grid, layout.headerTop, i === 0 ? 1 : layouts[i - 1].headerBottom + 1) ??
          context.code ??
          (onTime ? "1.2" : online ? "1.1" : null),
        contextGroup: criterionGroup(titleText(grid, layout.headerTop, 1)),
        contextPeriod: own?.period ?? (documentOnly ? null : period) ?? (layout.kind === "readings" ? yearOnly : null),
        contextText: titleText(grid, layout.headerTop, i === 0 ? 1 : afterRowsOf(grid, layouts[i - 1].headerBottom + 1, layout.headerTop)),
        contextLead: leadInTitle(grid, layout.headerTop, i === 0 ? 1 : layouts[i - 1].headerBottom + 1),
        contextPlace: places.get(grid.sheet) ?? null,
        firstRow,
        lastRow,
        account,
      };
      const twin = layout.running ? Object.values(layout.running) : [];
      // A criterion's row among its tasks with its counts and rate: its reading, the row read without them as a heading.
      const lifted = findCriterionCounts(tableContext);
      const liftedGrid = lifted
        ? {
            ...tableContext.grid,
            rows: tableContext.grid.rows.map((row, k) => {
              const figures = lifted.rows.get(k + 1);
              return figures === undefined ? row : row.map((v, c) => (figures.includes(c + 1) ? null : v));
            }),
          }
        : tableContext.grid;
      const got = extractTable({
        ...tableContext,
        grid: liftedGrid,
        ...(twin.length > 0 ? { layout: { ...layout, ignored: [...(layout.ignored ?? []), ...twin] } } : {}),
      });
      if (lifted) headTasksByCriterionRows(got, lifted);
      if (folded) foldedNotes(got.tasks, folded.groups, account, grid);
      // "Ngày khảo sát: 25/11/2021" over "Năm 2020 | Năm 2021", "Thời gian khảo sát: từ … đến 30/11/2021" over a quarter's
      // figures: those of the period holding the survey's day stand at it, not at the period's end.
      const surveyed = layout.kind === "readings" ? surveyDay(grid, layout.headerTop) : null;
      // "KẾT QUẢ KHẢO SÁT … ĐỢT 1 NĂM 2021" over its day: the round's figures, not the year's.
      const round = surveyed !== null ? surveyRound(grid, layout.headerTop) : null;
      if (surveyed !== null) got.readings.splice(0, got.readings.length, ...got.readings.map((r) => atSurveyDay(r, surveyed, round)));
      // "* | Tỷ lệ giải ngân … (lũy kế) | | 15% | 32% | 58%" under tasks and their quarters' progress: a criterion's
      // figures on a row of its own, no task; read as its readings across, and the task it was read as taken back.
      // So too under the state at each report's day ("Tình hình thực hiện tính đến ngày" over 30/9 | 31/10): "Kế hoạch
      // vốn được giao | 5.200 | 5.200", "Tỷ lệ giải ngân (%) | 60% | 65%" above the tasks are the criterion's figures.
      const acrossOf = layout.progressAcross ?? (got.statusAcross ? statesAsPeriods(got.statusAcross) : undefined);
      if (layout.kind === "tasks" && acrossOf) {
        // (No lead written on its row, nor a day it is due: a lead the row above lends it is no sign of work.)
        // ("%", "hồ sơ" in the lead's column of a measure's row: its unit, nobody's work.)
        const unwritten = (row: number, c: number | undefined) =>
          c === undefined || isBlank(cellAt(grid, row, c)) || UNIT_WORD.test(cellText(cellAt(grid, row, c)).trim());
        // A row of counts only ("5.200 | 5.200 | 5.200"), no state among them, beside tasks read by state: a figure's row.
        // (Beside shares of progress too: "Giá trị giải ngân (KH giao 1.850 triệu đồng) | 540 | 1.150".)
        const countsOnly = (row: number) =>
          Object.keys(acrossOf.periods).every((c) => {
            const v = cellAt(grid, row, Number(c));
            return isBlank(v) || (typeof v === "number" && v > 1);
          }) && Object.keys(acrossOf.periods).some((c) => typeof cellAt(grid, row, Number(c)) === "number");
        const rates = new Set(
          got.tasks
            .filter(
              (t) =>
                unwritten(t.source.row, layout.columns.lead) && t.due === null && (namesMeasure(t.content) || countsOnly(t.source.row)),
            )
            .map((t) => t.source.row),
        );
        if (rates.size > 0) {
          const readAt = (rows: ReadonlySet<number>) =>
            extractTable({
              ...tableContext,
              grid: { ...tableContext.grid, rows: tableContext.grid.rows.map((row, k) => (rows.has(k + 1) ? row : [])) },
              layout: {
                ...layout,
                kind: "readings",
                columns: layout.columns.code === undefined ? {} : { code: layout.columns.code },
                across: acrossOf,
                progressAcross: undefined,
              },
              account: undefined,
            });
          // "Số CB, CC đạt chuẩn / tổng số | 18/20 | 19/20": a row giving its own parts is a measure whole, never the
          // parts of the rate on the next row; read alone. Counts and a rate on rows of their own are read together.
          const whole = [...rates].filter((row) => {
            const written = Object.keys(acrossOf.periods)
              .map((c) => cellAt(grid, row, Number(c)))
              .filter((v) => !isBlank(v));
            return written.length > 0 && written.every((v) => typeof v === "string" && facts.of(v).fraction !== null);
          });
          // Counts and a rate on rows next to each other go together; a task or a section line between them parts them
          // ("Giá trị giải ngân" under one section, "Tỷ lệ văn bản điện tử" under the next are no parts of one rate).
          const runs: number[][] = [];
          for (const row of [...rates].filter((x) => !whole.includes(x)).sort((a, b) => a - b)) {
            const run = runs.at(-1);
            const last = run?.at(-1);
            const between = last === undefined ? [] : Array.from({ length: row - last - 1 }, (_, k) => last + 1 + k);
            if (run && between.every((x) => (grid.rows[x - 1] ?? []).every((v) => isBlank(v)))) run.push(row);
            else runs.push([row]);
          }
          const figures = [...runs.map((run) => readAt(new Set(run))), ...whole.map((row) => readAt(new Set([row])))];
          const kept = got.tasks.filter((t) => !rates.has(t.source.row));
          got.tasks.splice(0, got.tasks.length, ...kept);
          for (const f of figures) for (const r of f.readings) got.readings.push(r);
          // What the row said as a task (its "deadline" a target) is said again as figures, or not at all.
          const asFigures = got.problems.filter((p) => p.row === null || !rates.has(p.row));
          got.problems.splice(0, got.problems.length, ...asFigures, ...figures.flatMap((f) => f.problems));
        }
      }
      // Rows the results' reading accounted for (a criterion's figure, a row it named, a group's line with its points):
      // "no task text" on them says nothing more. Any other row without one keeps its line.
      if (results?.remedies !== undefined) {
        const accounted = new Set([...results.readings.map((x) => x.source.row), ...results.skipped, ...results.groups]);
        const kept = got.problems.filter(
          (p) => !(p.code === "ROW_SKIPPED" && accounted.has(p.row ?? 0) && p.message.endsWith(NO_TASK_TEXT)),
        );
        got.problems.splice(0, got.problems.length, ...kept);
      }
      // The running total beside the period's own: read again from its columns, as the total to date.
      if (layout.running) {
        const own = [layout.columns.numerator, layout.columns.denominator, layout.columns.value].filter(
          (c): c is number => c !== undefined,
        );
        const rest = Object.fromEntries(Object.entries(layout.columns).filter(([f]) => !FIGURE_FIELDS.includes(f)));
        const toDate = extractTable({
          ...tableContext,
          layout: { ...layout, columns: { ...rest, ...layout.running }, running: undefined, ignored: [...(layout.ignored ?? []), ...own] },
          account: undefined,
        });
        const read = new Set(toDate.readings.map((r) => r.source.row));
        got.problems = got.problems.filter((p) => !(p.code === "ROW_SKIPPED" && p.row !== null && read.has(p.row)));
        for (const r of toDate.readings) got.readings.push({ ...r, period: cumulativePeriod(fromJanuary(r.period)) });
      }
      // "| Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 | Quý III/2021: 45/300 hồ sơ (15%)" among numbered tasks, no number, lead
      // or day of its own: a criterion's figure on a row of its own, read as its reading, never a task.
      if (layout.kind === "tasks") figureRowsAmongTasks(grid, layout, got);
      // "Loại: CS | NV" on each row: the rows the official calls a criterion's figures are never tasks.
      const kinds = findRowKinds(grid, layout, firstRow, lastRow);
      if (kinds) applyRowKinds(got, kinds, grid, layout, sheetIndex, tableContext.contextPeriod ?? yearOnly, tableContext.year);
      // One by one: spreading 200,000 rows into push() overflows the call stack.
      for (const t of got.tasks) out.tasks.push(t);
      for (const t of got.cancelled ?? []) (out.cancelled ??= []).push(t);
      // Rows that are tasks as well as a criterion's figures across: the tasks, read without the figures' columns.
      if (layout.kind === "readings" && layout.tasksBeside) {
        const across = layout.across !== undefined;
        const figures = across
          ? [...Object.keys(layout.across?.periods ?? {}).map(Number), ...(layout.across?.skipped ?? [])]
          : [layout.columns.numerator, layout.columns.denominator].filter((c): c is number => c !== undefined);
        // (Figures down one row each, "Tiêu chí 1.1: … | 47 | 135 | 34,8" over "a | Tuyên truyền … | | | 75 | … | Đang
        // thực hiện": a criterion's row is the one whose figures name it; the rows under it without one are its tasks,
        // their share their progress, never a reading of no criterion.)
        const coded = new Set(
          got.readings.filter((x) => x.codeSuggested !== true && codeInText(x.code ?? "") !== null).map((x) => x.source.row),
        );
        // (A criterion's row with its figures and no task's fields, "1.5 | Tỷ lệ văn bản … | | | | 90 | 93,5", over its
        // tasks' rows: a section's heading, as it reads with its figures out of the way.)
        // ("2.3 | Hài lòng về công chức … | 0,83 | 0,819 | -1,1 | | | Giảm, cần chấn chỉnh": its change and its note
        // are its reading's, said there; the row heads its tasks by its code and words alone.)
        const { code: codeAt, content: contentAt } = layout.tasksBeside;
        const work = (["lead", "partners", "due", "status", "progress", "doneDate", "result"] as const).flatMap(
          (f) => layout.tasksBeside?.[f] ?? [],
        );
        // ("I | CÁC TIÊU CHÍ CÒN HẠN CHẾ | 4 | 2,5" among figures down the rows: a section's line with its points, no work.)
        const idle = (r: number) => work.every((c) => isBlank(tableContext.grid.rows[r - 1]?.[c - 1] ?? null));
        // (Down the rows, a row of figures with no work written on it is the figures' too, its criterion named or not.)
        const criterionRows = new Set(got.readings.map((x) => x.source.row).filter((r) => (across ? idle(r) : coded.has(r) || idle(r))));
        const { stt: sttAt } = layout.tasksBeside;
        const body = tableContext.grid.rows.map((row, k) =>
          k < layout.headerBottom
            ? row
            : !across && !criterionRows.has(k + 1) && idle(k + 1)
              ? row.map((v, c) => (c + 1 === codeAt || c + 1 === contentAt || c + 1 === sttAt ? v : null))
              : criterionRows.has(k + 1)
                ? row.map((v, c) => (c + 1 === codeAt || c + 1 === contentAt ? v : null))
                : row.map((v, c) => (figures.includes(c + 1) ? null : v)),
        );
        const asTasks = extractTable({
          ...tableContext,
          grid: { ...tableContext.grid, rows: body },
          layout: {
            ...layout,
            kind: "tasks",
            columns: layout.tasksBeside,
            // The figures' columns are neither seen (no quarter read as a state) nor carried into Ghi chú.
            headings: Object.fromEntries(Object.entries(layout.headings).filter(([c]) => !figures.includes(Number(c)))),
            across: undefined,
            tasksBeside: undefined,
            ignored: figures,
          },
          account: undefined,
        });
        // (A row of figures naming its measure only in words, read as a bare task's line: the figures', no task.)
        const bare = (r: number) => !across && criterionRows.has(r) && !coded.has(r);
        for (const t of asTasks.tasks) if (!bare(t.source.row)) out.tasks.push(t);
        // (A column the tasks read, "Phụ trách", "Trạng thái", is no column the figures left unread.)
        const taskColumns = new Set(Object.values(layout.tasksBeside).map((c) => columnName(c)));
        got.problems = got.problems.filter((p) => !(p.code === "UNMAPPED_COLUMN" && p.row === null && taskColumns.has(p.column ?? "")));
        // (A row read as a task is no row left unread; nor, where its figures name no criterion, a reading of none: they
        // were its progress. A row the tasks did not read keeps its reading.)
        const asTask = new Set(asTasks.tasks.filter((t) => !bare(t.source.row)).map((t) => t.source.row));
        got.problems = got.problems.filter((p) => !(p.code === "ROW_SKIPPED" && p.row !== null && asTask.has(p.row)));
        if (!across) {
          const progressOnly = (r: number) => asTask.has(r) && !criterionRows.has(r);
          got.readings.splice(0, got.readings.length, ...got.readings.filter((x) => !progressOnly(x.source.row)));
          got.problems = got.problems.filter((p) => p.row === null || !progressOnly(p.row));
        }
        const said = new Set(got.problems.map((p) => `${p.code}:${p.row ?? ""}`));
        for (const p of asTasks.problems) if (!said.has(`${p.code}:${p.row ?? ""}`)) got.problems.push(p);
      }
      const part = got.readings.length > 0 ? ratePartOf(titleText(grid, layout.headerBottom + 1, 1)) : null;
      if (part) ratePartSheets.set(grid.sheet, part);
      // "(Số liệu lũy kế từ 01/01/2021 …)" over the table: each figure is a running total, and its period says so.
      // The title, not the header's own upper row ("Kỳ báo cáo | Lũy kế từ đầu năm" merged over "KH | TH | %").
      const titleEnd = headerRowsAbove(grid, layout.headerTop);
      // (A title naming both the period and the year so far, over a "Lũy kế từ đầu năm" column of the table's own: the
      // running totals are that column's, which is not read; the periods' figures are theirs.)
      const headingKeys = Object.values(layout.headings).map((h) => looseKey(h));
      const ownCumulative = headingKeys.some((k) => /\bluy ke\b/.test(k));
      const cumulative =
        got.readings.length > 0 && (layout.toDate === true || (!ownCumulative && isCumulativeTitle(titleText(grid, titleEnd, 1))));
      // "… (ước đến 31/12/2021)" over a table of figures: estimates of the year's end, not figures reached; named, not read.
      // ("Thực hiện 6 tháng và ước thực hiện cả năm" over a band of each: the estimate is that band's, left unread there.)
      // (A table whose only figures are the estimate's, "KH năm 2021 | Ước TH năm 2021 | Tỷ lệ so KH", is the title's estimate.)
      const ownEstimate =
        headingKeys.some((k) => ESTIMATE_TITLE.test(k) || /^uoc\b/.test(k)) &&
        headingKeys.some((k) => /\b(?:thuc hien|ket qua)\b/.test(k) && !/\buoc\b/.test(k));
      const estimated =
        got.readings.length > 0 && !ownEstimate
          ? // (The lines of its title only: a task's row above, "… ước tính GRDP …", is no title of this table.)
            ESTIMATE_TITLE.exec(looseKey(titleText(grid, layout.headerTop, afterRowsOf(grid, 1, layout.headerTop))))
          : null;
      if (estimated) {
        const rows = [...new Set(got.readings.map((r) => r.source.row))];
        out.problems.push(
          problem(
            "ROW_SKIPPED",
            { file: grid.file, sheet: grid.sheet, row: rows[0] ?? layout.headerBottom + 1 },
            titleText(grid, layout.headerTop, 1),
            {
              vi: `tiêu đề bảng ghi số ước tính ("${estimated[0]}"): ${rows.length} dòng số liệu là số ước, chưa phải số thực hiện; không đọc thành số liệu.`,
              en: `the table's title says its figures are estimates ("${estimated[0]}"): ${rows.length} rows of estimates, not results; not read as readings.`,
            },
          ),
        );
      } else for (const r of got.readings) out.readings.push(cumulative ? { ...r, period: cumulativePeriod(r.period) } : r);
      for (const p of got.problems) out.problems.push(p);
      // A later "header" with nothing under it may be the last row of the table above, read as headings: said, never lost.
      if (i > 0 && got.report.rows === 0 && got.problems.length === 0) {
        const words = Object.values(layout.headings).filter((h) => h.trim() !== "");
        out.problems.push(
          problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: layout.headerTop }, words.join(" | "), {
            vi: `dòng ${layout.headerTop} được đọc là tiêu đề của một bảng mới nhưng bên dưới không có dòng số liệu nào; nội dung dòng không đọc thành nhiệm vụ hay số liệu, hãy kiểm tra.`,
            en: `row ${layout.headerTop} was read as the header of another table, but no rows follow it; its content was not read as a task or figures, check it.`,
          }),
        );
      }
      report.tables.push({ layout, report: got.report });
      report.rows += got.report.rows;
    });
    // The blocks of figures among the tasks, tables of the sheet in their places.
    for (const t of figuresTables) {
      report.tables.push(t);
      report.rows += t.report.rows;
    }
    report.tables.sort((a, b) => a.layout.headerTop - b.layout.headerTop);
    report.kind = layouts[0].kind;
    report.layout = layouts[0];
  };
  // A plan sheet and its update sheet joined by STT: one row per task, and said.
  // A month's dossiers on two sheets, receiving and results: read as one table, on the receiving sheet, and said.
  const bySheets = joinDossierSheets(read.grids);
  for (const j of bySheets?.joins ?? []) {
    out.problems.push(
      problem("DOSSIER_COUNT_DERIVED", { file: read.file, sheet: j.receiving }, j.results, {
        vi: `số hồ sơ tiếp nhận (sheet "${j.receiving}") và kết quả giải quyết (sheet "${j.results}") ghi ở hai sheet: được ghép theo tên lĩnh vực, đọc tại sheet "${j.receiving}".`,
        en: `dossiers received (sheet "${j.receiving}") and their results (sheet "${j.results}") are on two sheets: joined by field name, read on "${j.receiving}".`,
      }),
    );
    for (const u of j.unmatched)
      out.problems.push(
        problem("ROW_SKIPPED", { file: read.file, sheet: j.results, row: u.row }, u.field, {
          vi: `lĩnh vực "${u.field}" ở sheet kết quả giải quyết không có ở sheet tiếp nhận "${j.receiving}"; không ghép được, không đọc.`,
          en: `the field "${u.field}" of the results sheet is not on the receiving sheet "${j.receiving}"; not joined, not read.`,
        }),
      );
  }
  const { grids: sheets, joins } = joinByNumber(bySheets?.grids ?? read.grids);
  cover = coverPeriod(sheets, asOf ? ymd(asOf).y : null);
  for (const j of joins) {
    out.problems.push(
      problem("JOINED_BY_NUMBER", { file: read.file, sheet: j.update }, j.plan, {
        vi: `sheet "${j.update}" chỉ ghi ${j.key} và tình hình thực hiện: được đọc cùng sheet "${j.plan}" theo ${j.key} (cột "Nguồn cập nhật" ghi dòng lấy từ đâu).`,
        en: `sheet "${j.update}" holds only ${j.key} and progress: read with sheet "${j.plan}" by ${j.key} (the "Nguồn cập nhật" column names the row each came from).`,
      }),
    );
    for (const u of j.unmatched)
      out.problems.push(
        problem("ROW_SKIPPED", { file: read.file, sheet: j.update, row: u.row }, u.stt === null ? "" : String(u.stt), {
          vi:
            u.stt === null
              ? `dòng cập nhật không ghi ${j.key}; không gắn được với nhiệm vụ nào của sheet "${j.plan}".`
              : `${j.key} ${u.stt} không có trong sheet "${j.plan}", hoặc đã ghi ở dòng trên; dòng cập nhật này không được đọc.`,
          en:
            u.stt === null
              ? `the update row gives no ${j.key}; it matches no task of sheet "${j.plan}".`
              : `${j.key} ${u.stt} is not in sheet "${j.plan}", or was given on a row above; this update is not read.`,
        }),
      );
  }
  // A sheet of the workbook's symbols ("Ký hiệu", "Chú giải"): its lines, for the charts whose marks it explains.
  const legendLines = read.grids
    .filter((g) => LEGEND_SHEET.test(looseKey(g.sheet)))
    .flatMap((g) =>
      g.rows.map((row) =>
        row
          .map((v) => cellText(v ?? null).trim())
          .filter((t) => t !== "")
          .join(" = "),
      ),
    )
    .filter((line) => line !== "" && line.length <= 300);
  const readOneSheet = (sheet: Grid, sheetIndex: number) => {
    // "Tên cột | Mô tả | Ví dụ": the template's guide to its columns, never a task turned on its side.
    // "HƯỚNG DẪN GHI BẢNG THEO DÕI" | "1. Mỗi nhiệm vụ ghi một dòng …": the rules for filling the workbook in, never tasks.
    const chosen = options.layouts?.has(sheetKey(sheet.file, sheet.sheet)) ?? false;
    const guide = chosen ? null : guideHeaderRow(sheet);
    const rules = chosen || guide !== null ? null : instructionsRow(sheet);
    // "Ghi chu" | "- Tháng 7 mất điện 2 tuần …": the keeper's notes, one line a row, never tasks.
    const notes = chosen || guide !== null || rules !== null ? null : notesRow(sheet);
    if (guide !== null || rules !== null || notes !== null) {
      const said: Said =
        notes !== null
          ? {
              vi: "sheet ghi chú, lưu ý của người theo dõi (tên hoặc tiêu đề sheet nói vậy, mỗi dòng một ý): không phải nhiệm vụ hay số liệu; không đọc.",
              en: "a sheet of the keeper's notes or reminders (its name or title says so, a line a row): neither tasks nor figures; not read.",
            }
          : guide !== null
            ? {
                vi: "sheet hướng dẫn nhập liệu (mỗi dòng mô tả một cột của mẫu, kèm ví dụ): không phải số liệu theo dõi, không đọc.",
                en: "a template's guide (a row describing each column, with examples): not tracking data; not read.",
              }
            : {
                vi: "sheet hướng dẫn cách ghi sổ (tên hoặc tiêu đề sheet nói vậy): các dòng là quy định cách ghi, không phải nhiệm vụ; không đọc.",
                en: "a sheet of instructions for filling the workbook in (its name or title says so): its lines are rules, not tasks; not read.",
              };
      out.problems.push(
        problem("SHEET_SKIPPED", { file: sheet.file, sheet: sheet.sheet, row: guide ?? (rules || notes || null) }, "", said),
      );
      const account = sheetAccount;
      if (account) eachFilled(sheet, 1, sheet.rows.length, (r, c) => account(sheet.file, sheet.sheet, r, c, "sheet-skipped"));
      out.sheets.push({ file: sheet.file, sheet: sheet.sheet, kind: null, layout: null, tables: [], rows: 0, reason: null, guess: null });
      return;
    }
    // Text typed in VNI or TCVN3 ("Coâng vieäc") read as the Unicode it means, and said.
    const unicode = withUnicodeText(sheet);
    if (unicode.encoding !== null) {
      const font = unicode.encoding === "VNI" ? "VNI-Times" : ".VnTime";
      out.problems.push(
        problem("LEGACY_ENCODING", { file: sheet.file, sheet: sheet.sheet }, unicode.encoding, {
          vi: `chữ trên sheet được gõ bằng bảng mã ${unicode.encoding} (phông ${font} …): ${formatViNumber(unicode.cells)} ô đã được đọc sang Unicode. Hãy kiểm tra các nhiệm vụ của sheet, và chuyển sổ sang Unicode (Unikey › Công cụ chuyển mã) để lần sau đọc thẳng.`,
          en: `the sheet is typed in the ${unicode.encoding} encoding (font ${font} …): ${unicode.cells} cells were read as Unicode. Check the sheet's tasks, and convert the workbook to Unicode.`,
        }),
      );
    }
    // "DDang thuwcj hieenj": cells typed in Telex with Unikey off, read as meant, and said.
    const telex = withTelexText(unicode.grid);
    if (telex) {
      const said = telex.examples.join("; ");
      out.problems.push(
        problem("TELEX_TEXT", { file: sheet.file, sheet: sheet.sheet }, String(telex.cells), {
          vi: `${formatViNumber(telex.cells)} ô gõ kiểu Telex khi tắt bộ gõ tiếng Việt (${said}): đã đọc thành chữ có dấu; hãy sửa lại trong sổ.`,
          en: `${telex.cells} cells were typed in Telex with the Vietnamese keyboard off (${said}): read as the words meant; correct them in the workbook.`,
        }),
      );
    }
    // A table read back from a scan: "3O/11/2021", "l.1" read with their digits, and said.
    const ocr = withOcrDigits(telex?.grid ?? unicode.grid);
    if (ocr) {
      const said = ocr.examples.join("; ");
      out.problems.push(
        problem("OCR_TEXT", { file: sheet.file, sheet: sheet.sheet }, String(ocr.cells), {
          vi: `${formatViNumber(ocr.cells)} ô có chữ số bị nhận nhầm thành chữ cái (bảng chuyển từ ảnh quét: O thay 0, l thay 1 …, ví dụ ${said}): đã đọc lại thành số; hãy đối chiếu với bản gốc.`,
          en: `${ocr.cells} cells had digits read as letters (a table from a scan: O for 0, l for 1 …, e.g. ${said}): read as digits; check against the original.`,
        }),
      );
    }
    const typed = ocr?.grid ?? telex?.grid ?? unicode.grid;
    // A web export's markup ("Hạn<br>xử lý", "<b>Hoàn thành</b>", "TN&amp;TKQ") read as the page showed it, and said.
    const html = withoutHtml(typed);
    if (html) {
      out.problems.push(
        problem("HTML_TEXT", { file: sheet.file, sheet: sheet.sheet }, String(html.cells), {
          vi: `ô của sheet còn thẻ hoặc mã HTML (xuất từ phần mềm trên web: "<br>", "&nbsp;", "&amp;" …): ${formatViNumber(html.cells)} ô đã được đọc như trang web hiển thị (xuống dòng, bỏ thẻ, giải mã ký tự).`,
          en: `the sheet's cells hold HTML tags or entities (exported from a web system): ${html.cells} cells were read as the page showed them (line breaks, tags removed, entities decoded).`,
        }),
      );
    }
    // 1, 2, 3 shown as "Hoàn thành", "Đang thực hiện" … by the cells' number format: read as shown, and said.
    const shown = withShownWords(html?.grid ?? typed);
    if (shown) {
      out.problems.push(
        problem("FORMAT_TEXT", { file: sheet.file, sheet: sheet.sheet }, String(shown.cells), {
          vi: `${formatViNumber(shown.cells)} ô ghi số nhưng định dạng số của ô hiển thị thành chữ (ví dụ 1 hiện "Hoàn thành"): đã đọc theo chữ hiển thị.`,
          en: `${shown.cells} cells hold numbers their number format shows as words (e.g. 1 shown as "Hoàn thành"): read as shown.`,
        }),
      );
    }
    const words = shown?.grid ?? html?.grid ?? typed;
    // A printed form on a fine grid (each heading and each row's cells merged over the same columns): a column per band.
    // "TS | MS | TL (%)" under each period: the rate's parts, abbreviated, read as their words.
    const rateParts = withRatePartWords(words) ?? words;
    // "Kết quả đo" over "Đạt (SL) | Tổng (SL) | Tỷ lệ" beside the tasks: the criterion's figure, one "Số liệu" column.
    const measured = withMeasuredBand(rateParts);
    if (measured)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, measured.heading, {
          vi: `các cột dưới "${measured.heading}" ghi số liệu của tiêu chí từng nhiệm vụ (số đạt, tổng số, tỷ lệ): ${formatViNumber(measured.rows)} dòng đọc thành số liệu của tiêu chí, không phải tiến độ của nhiệm vụ.`,
          en: `the columns under "${measured.heading}" give each task's criterion figure (reached, out of, rate): ${measured.rows} rows read as the criterion's readings, never the task's progress.`,
        }),
      );
    const parts = measured?.grid ?? rateParts;
    const text = withFlatMerges(parts)?.grid ?? parts;
    // A CSV export left whole in column A ("1;Hộ tịch;3;12") read as the table it was, and said.
    const delimited = splitDelimitedSheet(text);
    if (delimited) {
      const sep = delimited.separator === "\t" ? "Tab" : `"${delimited.separator}"`;
      out.problems.push(
        problem("DELIMITED_TEXT", { file: sheet.file, sheet: sheet.sheet }, delimited.separator, {
          vi: `mỗi dòng của sheet nằm trọn trong cột A, các giá trị ngăn bằng dấu ${sep} (tệp CSV dán vào Excel): ${formatViNumber(delimited.lines)} dòng đã được tách thành cột. Hãy kiểm tra số liệu của sheet; lần sau dùng Dữ liệu › Văn bản thành cột.`,
          en: `each line of the sheet sits whole in column A, its values separated by ${sep} (a CSV file pasted into Excel): ${delimited.lines} lines were split into columns. Check the sheet's figures; next time use Data › Text to Columns.`,
        }),
      );
    }
    // Figures kept one row per part ("Tử số", "Mẫu số", "Tỷ lệ") read one row per reading.
    // "Sep-21" over a column: the month Excel made a date of, read as that month.
    // "ND: … | CT: VP-TK | Hạn: 30/11/2021" with no header: the labels are the header, and said.
    // One task per card down the sheet ("Nội dung: | …", "Tiêu chí: | …"): a row each, and said.
    const cardsDown = withCards(delimited?.grid ?? text);
    // ("Nhiệm vụ 4: …" over "- Thời hạn: | 31/8/2021" rows, among tasks written as lines: each block a numbered line's
    // fields, read with the report's other lines, never cards without their work.)
    const cardsListed = cardsDown?.spans !== undefined ? withTextList(delimited?.grid ?? text) : null;
    const inLines = (span: readonly [number, number]) =>
      cardsListed !== null &&
      Array.from({ length: span[1] - span[0] + 1 }, (_, k) => span[0] + k).every((r) => cardsListed.consumed.includes(r));
    const linesOverCards =
      cardsDown !== null && cardsListed !== null && cardsListed.rows.length > cardsDown.cards && (cardsDown.spans ?? []).every(inLines);
    // (Cards printed across the page in bands, each read down: down the sheet alone, only the first band's were read.)
    const cards = linesOverCards ? withCardsAcross(delimited?.grid ?? text) : (withCardsAcross(delimited?.grid ?? text) ?? cardsDown);
    if (cards) {
      const said = cards.labels.join(", ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, said, {
          vi: `mỗi nhiệm vụ ghi thành một khối dòng (${said}); ${formatViNumber(cards.cards)} khối được đọc mỗi khối một dòng, tại dòng đầu của khối.`,
          en: `each task is written as a block of rows (${said}); ${cards.cards} blocks were read as a row each, at the block's first row.`,
        }),
      );
    }
    // "(1) | (2) | … | (8)" named by a line "cột (1) số thứ tự; cột (2) nội dung …": the names head it, and said.
    const numbered = withNumberedHeader(cards?.grid ?? delimited?.grid ?? text);
    if (numbered) {
      const said = numbered.names.join("; ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, said, {
          vi: `dòng tiêu đề chỉ ghi số cột; tên cột lấy theo dòng hướng dẫn của sheet: ${said}.`,
          en: `the header gives only the columns' numbers; their names were taken from the sheet's guide line: ${said}.`,
        }),
      );
    }
    // "30/11/2021 (*)" with "(*) … gia hạn đến ngày 20/12/2021" below: the mark off, the footnote kept.
    const unpaired = numbered?.grid ?? cards?.grid ?? delimited?.grid ?? text;
    // A task's row and the dated rows of its progress under it: its history, folded into it, and said.
    const progressed = withUpdateRows(unpaired);
    if (progressed) {
      const n = progressed.folded.reduce((a, f) => a + f.updates.length, 0);
      const rows = progressed.folded.map((f) => f.task).join(", ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet, row: progressed.folded[0].task }, String(n), {
          vi: `dưới dòng của việc có các dòng diễn biến ghi ngày (không số thứ tự): ${formatViNumber(n)} dòng diễn biến được ghép vào ${formatViNumber(progressed.folded.length)} việc (dòng ${rows}); diễn biến sau cùng là tình hình hiện tại, các diễn biến ghi ở Kết quả.`,
          en: `dated progress rows (unnumbered) under the tasks' rows: ${n} rows folded into ${progressed.folded.length} tasks (rows ${rows}); the last one is where the work stands, all of them kept in the result.`,
        }),
      );
    }
    // A task's row and its result's row under it, unlabelled: the result moved onto the task's row, and said.
    const paired = withResultRows(progressed?.grid ?? unpaired, facts);
    if (paired) {
      const rows = paired.pairs.map((p) => p.result).join(", ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, String(paired.pairs.length), {
          vi: `mỗi việc ghi hai dòng: dòng không số thứ tự dưới mỗi việc là kết quả của việc đó, được ghép vào dòng trên (${formatViNumber(paired.pairs.length)} cặp; dòng ${rows}).`,
          en: `each task takes two rows: the unnumbered row under it is its result, joined to the task's row (${paired.pairs.length} pairs; rows ${rows}).`,
        }),
      );
    }
    // A log of work given and reported, a row per event sharing the work's id: each piece of work one row, and said.
    const folded = foldEventLog(paired?.grid ?? progressed?.grid ?? unpaired);
    const base = folded?.grid ?? paired?.grid ?? progressed?.grid ?? unpaired;
    if (folded) {
      const n = folded.jobs.reduce((a, j) => a + j.events.length, 0);
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, String(folded.jobs.length), {
          vi: `sổ ghi mỗi lần giao việc, đôn đốc, gia hạn, báo cáo một dòng, cùng mã việc: ${formatViNumber(folded.jobs.length)} việc đọc tại dòng giao việc, ${formatViNumber(n)} dòng diễn biến ghép vào (trạng thái, ngày hoàn thành, gia hạn theo diễn biến sau cùng; các diễn biến ghi ở Ghi chú).`,
          en: `a log with a row per event sharing the work's id: ${folded.jobs.length} pieces of work read at their "given" row, ${n} event rows folded into them.`,
        }),
      );
      for (const x of folded.stray)
        out.problems.push(
          problem("ROW_SKIPPED", { file: sheet.file, sheet: sheet.sheet, row: x.row }, x.text.slice(0, 120), {
            vi: `dòng diễn biến không ghi mã việc, không gắn với việc nào: "${x.text}"; không đọc thành nhiệm vụ.`,
            en: `an event row with no work id, tied to no piece of work: "${x.text}"; not read as a task.`,
          }),
        );
    }
    // A row per unit for each task, "Vai trò" Chủ trì or Phối hợp: the task at its Chủ trì row, the others its partners.
    const roles = withRoleRows(base, facts);
    if (roles) {
      const folded = roles.tasks.filter((t) => t.folded.length > 0);
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, String(folded.length), {
          vi: `mỗi nhiệm vụ ghi mỗi đơn vị một dòng, cột "Vai trò" ghi Chủ trì hoặc Phối hợp: ${formatViNumber(folded.length)} nhiệm vụ đọc tại dòng Chủ trì (dòng ${folded.map((t) => t.row).join(", ")}); các dòng Phối hợp ghép vào cột Phối hợp cùng kết quả của từng đơn vị.`,
          en: `each task takes a row per unit, "Vai trò" saying lead or partner: ${folded.length} tasks read at their lead's row; the partners' rows joined into Phối hợp with what each reported.`,
        }),
      );
      for (const u of roles.unclear)
        out.problems.push(
          problem("LEAD_UNCLEAR", { file: sheet.file, sheet: sheet.sheet, row: u.row }, u.leads.join("; "), {
            vi:
              u.leads.length === 0
                ? "nhiệm vụ ghi nhiều đơn vị nhưng không đơn vị nào có vai trò Chủ trì; đọc theo dòng đầu."
                : `nhiệm vụ có ${u.leads.length} đơn vị ghi vai trò Chủ trì (${u.leads.join("; ")}); đọc theo dòng đầu.`,
            en:
              u.leads.length === 0
                ? "no unit of the task is its lead; read at its first row."
                : `the task names ${u.leads.length} leads; read at its first row.`,
          }),
        );
    }
    const roled = roles?.grid ?? base;
    const split = withFootnotes(roled)?.grid ?? roled;
    const labelled = withLabelledCells(split);
    if (labelled) {
      const said = labelled.labels.join("; ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, said, {
          vi: `sheet không có dòng tiêu đề; mỗi ô tự ghi nhãn, được đọc như tiêu đề cột: ${said}.`,
          en: `the sheet has no header row; each cell carries its label, read as the column's heading: ${said}.`,
        }),
      );
    }
    // "Tiến độ (%) tại ngày kiểm tra" over dates kept as dates: each heading the day progress was read at.
    const checked = withCheckDates(labelled?.grid ?? split)?.grid ?? labelled?.grid ?? split;
    // "Cập nhật lần 1 | lần 2 | lần 3", each "Ngày | Kết quả": the last filled pair is where the work stands, and said.
    const updates = withUpdatePairs(checked, facts);
    if (updates)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, updates.bands.join(", "), {
          vi: `mỗi lần cập nhật ghi vào cặp cột kế tiếp (${updates.bands.join(", ")}): trạng thái lấy theo lần cập nhật sau cùng của từng dòng; ngày của lần đó là ngày hoàn thành khi lần đó ghi đã hoàn thành.`,
          en: `each update is written in the next pair of columns (${updates.bands.join(", ")}): the status is each row's last update; its day is the day done where it says the work is done.`,
        }),
      );
    const updated = updates?.grid ?? checked;
    const monthsTyped = withMonthHeadings(updated)?.grid ?? updated;
    // "Tháng" merged over "1 | 2 | … | 12": each number its month.
    const monthsRead = withNumberedPeriods(monthsTyped) ?? monthsTyped;
    // "1.1 | 1.2 | 1.5" typed as numbers under "Tỷ lệ đạt theo chỉ số (%)": headings, not figures.
    const monthed = withCodeHeadings(monthsRead)?.grid ?? monthsRead;
    // "Báo cáo ngày 05/11/2021" over a band of figures: the day they stand at (the month before, where the sheet says so), and said.
    const reported = withReportDayBands(monthed);
    if (reported)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, reported.read.join("; "), {
          vi: reported.monthBefore
            ? `các cột số liệu ghi theo ngày báo cáo; theo ghi chú của sheet, số liệu mỗi kỳ tính đến hết tháng trước: ${reported.read.join("; ")}.`
            : `các cột số liệu ghi theo ngày báo cáo, không ghi số liệu tính đến ngày nào: tạm lấy ngày báo cáo (${reported.read.join("; ")}). Nếu số liệu là của tháng trước, hãy ghi rõ "tính đến ngày …".`,
          en: reported.monthBefore
            ? `the figures' columns are headed by the report's day; the sheet's note says each stands at the end of the month before: ${reported.read.join("; ")}.`
            : `the figures' columns are headed by the report's day, with no day they stand at: the report's day is taken (${reported.read.join("; ")}).`,
        }),
      );
    // "Tổng số: 64⏎- Trực tuyến: 12⏎…" in one cell (a Word table's): a column per label, and said.
    const spread = withLinesInCells(reported?.grid ?? monthed);
    if (spread)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, spread.columns.join("; "), {
          vi: `mỗi ô ghi nhiều dòng "tên: số" (bảng dán từ Word): tách thành từng cột theo tên dòng để đọc: ${spread.columns.join("; ")}.`,
          en: `each cell holds several "label: number" lines (a table pasted from Word): split into a column per label: ${spread.columns.join("; ")}.`,
        }),
      );
    // "Nội dung: …⏎Tiêu chí: 1.7⏎Thời hạn: 15/10/2021⏎Kết quả: …" in one cell: a column per label, and said.
    // "1. Nhiệm vụ: … Giao: … Thời hạn: …" lines, each with its "=> …" or "- Kết quả: …" lines under it: a report's
    // numbered tasks, read as lines (never as one cell's labelled record each).
    const lines = withTextList(spread?.grid ?? reported?.grid ?? monthed);
    // (Never a board of cards by state, "ĐÃ XONG" over cells of "CT: …⏎Hạn: …⏎Xong: …": read as the board it is.)
    const records =
      lines?.labelled || kanbanBoard(spread?.grid ?? reported?.grid ?? monthed) !== null
        ? null
        : withRecordLines(spread?.grid ?? reported?.grid ?? monthed);
    // ("- CC VP-TK đã …: Hoàn thành." lines, then "1. … Chủ trì: CC VH-XH. Thời hạn: 31/3/2022." ones: lines that read
    // every record and more are the report's tasks, never the few records alone.)
    // ("+ | Rà soát … . Chủ trì: CC VP-TK; Thời hạn: …" under "1.3. | Tỷ lệ đạt chuẩn …": the same rows either way, each
    // line's mark in a cell of its own, which a record's columns would leave stranded: read as lines.)
    const listedGrid = spread?.grid ?? reported?.grid ?? monthed;
    const marked = (r: number) => (listedGrid.rows[r - 1] ?? []).filter((v) => !isBlank(v ?? null)).length >= 2;
    const recorded =
      records &&
      lines &&
      (lines.rows.length > records.rows.length || (lines.rows.length === records.rows.length && records.rows.every(marked))) &&
      records.rows.every((r) => lines.rows.includes(r))
        ? null
        : records;
    if (recorded)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet, column: columnName(recorded.column) }, recorded.labels.join(", "), {
          vi: recorded.details
            ? `mỗi ô cột ${columnName(recorded.column)} ghi các chi tiết của nhiệm vụ cùng dòng thành các dòng "tên: nội dung": tách thành từng cột để đọc (${recorded.labels.join(", ")}).`
            : `mỗi ô cột ${columnName(recorded.column)} ghi cả nhiệm vụ thành các dòng "tên: nội dung": tách thành từng cột để đọc (${recorded.labels.join(", ")}).`,
          en: recorded.details
            ? `each cell of column ${columnName(recorded.column)} holds its row's task details as "label: text" lines: split into a column per label (${recorded.labels.join(", ")}).`
            : `each cell of column ${columnName(recorded.column)} holds a whole task as "label: text" lines: split into a column per label (${recorded.labels.join(", ")}).`,
        }),
      );
    // "1) Chỉnh lý biến động đất đai (TC 1.7) - anh Tuấn ĐC - xong 12/11": tasks pasted as lines of text, read as a table, and said.
    const listed = recorded ? null : lines;
    // "- Thời hạn: …" lines read into the numbered line above them: accounted for as its fields.
    const listAccount = sheetAccount;
    if (listed && listAccount)
      for (const r of listed.consumed) eachFilled(sheet, r, r, (rr, c) => listAccount(sheet.file, sheet.sheet, rr, c, "field"));
    if (listed && listed.remarks.length > 0) {
      const [first, last] = [listed.remarks[0], listed.remarks[listed.remarks.length - 1]];
      out.problems.push(
        problem(
          "ROW_SKIPPED",
          { file: sheet.file, sheet: sheet.sheet, row: first },
          cellText(sheet.rows[first - 1]?.find((v) => cellText(v).trim() !== "") ?? null),
          {
            vi: `dòng ${first}–${last} là phần nhận xét của báo cáo (khó khăn, tồn tại, đề xuất, phương hướng …), không phải nhiệm vụ; không đọc thành nhiệm vụ, hãy chép vào sheet Nội dung báo cáo nếu cần.`,
            en: `rows ${first}–${last} are the report's remarks (difficulties, shortcomings, proposals, directions …), not tasks; not read as tasks, copy them into Nội dung báo cáo if needed.`,
          },
        ),
      );
      if (listAccount)
        for (const r of listed.remarks) eachFilled(sheet, r, r, (rr, c) => listAccount(sheet.file, sheet.sheet, rr, c, "row-skipped"));
    }
    if (listed)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet, row: listed.rows[0] }, `${listed.rows.length}`, {
          vi: `sheet ghi nhiệm vụ thành các dòng chữ (dán từ thư điện tử hoặc tin nhắn): đọc ${listed.rows.length} dòng đánh số (dòng ${listed.rows[0]}–${listed.rows[listed.rows.length - 1]}) thành bảng TT | Nội dung | Tiêu chí | Chủ trì | Thời hạn | Kết quả${listed.replaced ? `, tiêu đề đặt ở dòng ${listed.head} (dòng ghi "${listed.replaced}")` : ""}; hãy kiểm tra.`,
          en: `the sheet lists tasks as lines of text (pasted from an email or a chat): ${listed.rows.length} numbered lines read as a table${listed.replaced ? `, headed in row ${listed.head} (which said "${listed.replaced}")` : ""}; check them.`,
        }),
      );
    // "Thời hạn - Kết quả" holding "Hạn 30/8/2021 - đã xong 20/8": the deadline, and the rest as the result, said.
    const dueResult = withDueAndResult(listed?.grid ?? recorded?.grid ?? spread?.grid ?? reported?.grid ?? monthed);
    if (dueResult)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet, column: dueResult.column }, dueResult.heading, {
          vi: `cột ${dueResult.column} "${dueResult.heading}" ghi cả hạn và kết quả trong một ô: phần đầu đọc là hạn, phần sau là kết quả.`,
          en: `column ${dueResult.column} "${dueResult.heading}" holds the deadline and the result in one cell: the first part is read as the deadline, the rest as the result.`,
        }),
        ...dueResult.bareDays.map(({ row, cell }) =>
          problem("DATE_APPROXIMATE", { file: sheet.file, sheet: sheet.sheet, row, column: dueResult.column }, cellText(cell), {
            vi: `ô ${dueResult.column}${row} chỉ ghi một ngày, không nói là hạn hay ngày hoàn thành (các ô khác của cột ghi "Hạn …" hoặc kết quả): đọc là hạn; hãy kiểm tra.`,
            en: `cell ${dueResult.column}${row} gives a day alone, not saying whether it is the deadline or the day done: read as the deadline; check it.`,
          }),
        ),
      );
    const monthly = dueResult?.grid ?? listed?.grid ?? recorded?.grid ?? spread?.grid ?? reported?.grid ?? monthed;
    // "Tháng 10" over "KH | TH" for each month: a deadline, a status, a day done and a progress per row, and said.
    const planned = withPlanGrid(monthly, facts, sheetContext(monthly, 8).year ?? (asOf ? ymd(asOf).y : null));
    if (planned)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, planned.months.join(", "), {
          vi: `bảng tiến độ theo tháng (${planned.months.join(", ")}), mỗi tháng hai cột KH | TH: hạn là cuối tháng đánh dấu ở cột KH; cột TH cho ngày hoàn thành, dấu "x" (đã xong trong tháng) hoặc % đã làm (lấy tháng sau cùng). Ô của từng tháng ghi ở Ghi chú.`,
          en: `a plan grid by month (${planned.months.join(", ")}), KH | TH per month: due at the end of the KH month; TH gives the day done, an "x" or the share done (the latest month's).`,
        }),
      );
    // "Quý III/2021" over "KH (%) | TH (%)" beside each task: its progress across the periods, and said.
    const shares = planned ? null : withShareBands(monthly);
    if (shares)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet, row: shares.row }, shares.periods.join(", "), {
          vi: `mỗi kỳ (${shares.periods.join(", ")}) có hai cột KH (%) | TH (%): tiến độ lấy theo cột TH của kỳ sau cùng có ghi; cột KH là % kế hoạch của kỳ, không lấy làm tiến độ.`,
          en: `each period (${shares.periods.join(", ")}) has KH (%) | TH (%): progress is the latest period's TH written; KH is the period's planned share, never taken as progress.`,
        }),
      );
    // "T7 | T8 | … | T12" with an "x" in each month the work runs: due at the last month marked, and said.
    const bars =
      planned || shares ? null : withGanttMonths(monthly, sheetContext(monthly, 8).year ?? (asOf ? ymd(asOf).y : null), facts, legendLines);
    if (bars) out.problems.push(chartRead(bars, sheet));
    const scheduled = bars?.grid ?? planned?.grid ?? shares?.grid ?? monthly;
    // A rate over three rows ("Số …", "Tổng số …", "Tỷ lệ …") under its code: one row.
    const parted = withRowParts(scheduled)?.grid ?? scheduled;
    // A count with its share of the row above ("a) Trực tuyến | 52 | 24,3" under "Hồ sơ tiếp nhận | 214"): a rate of its own.
    const shared = withChildShares(parted);
    for (const x of shared?.rests ?? [])
      out.problems.push(
        problem("ROW_SKIPPED", { file: sheet.file, sheet: sheet.sheet, row: x.row }, x.name, {
          vi: `dòng "${x.name}" là phần còn lại của dòng ${x.parent} (các dòng con cộng lại bằng dòng ${x.parent}): tỷ lệ của nó không phải chỉ số của kế hoạch; không đọc thành số liệu.`,
          en: `the row "${x.name}" is the rest of row ${x.parent} (its sub-rows add up to it): its share is no criterion of the plan; not read.`,
        }),
      );
    for (const x of shared?.mismatches ?? [])
      out.problems.push(
        problem("RATE_MISMATCH", { file: sheet.file, sheet: sheet.sheet, row: x.row, column: columnName(x.col) }, formatViNumber(x.rate), {
          vi: `tỷ lệ ghi ${formatViNumber(x.rate)}% nhưng ${formatViNumber(x.part)}/${formatViNumber(x.whole)} (số của dòng này trên số của dòng ${x.parent}) = ${formatViNumber(Math.round((x.part / x.whole) * 1000) / 10)}%; dùng tỷ lệ ghi, hãy kiểm tra.`,
          en: `the rate says ${x.rate}% but this row's count over row ${x.parent}'s gives ${Math.round((x.part / x.whole) * 1000) / 10}%; the written rate is used, check it.`,
        }),
      );
    const whole = shared?.grid ?? parted;
    const pivoted = pivotLongReadings(whole);
    // A date over "Ngày | Tháng | Năm" columns read as one; codes a heading explains ("1-Đã xong") read as its words.
    const dated = withDateParts(pivoted?.grid ?? whole)?.grid ?? pivoted?.grid ?? whole;
    const coded = withHeadingCodes(dated);
    if (coded) {
      const said = [...coded.read].map(([code, words]) => `${code} = ${words}`).join("; ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, said, {
          vi: `các ô chỉ ghi mã được đọc theo chú thích ở tiêu đề cột: ${said}.`,
          en: `cells holding only a code were read by their column heading's legend: ${said}.`,
        }),
      );
    }
    // "Phân công thực hiện" over a column per official, marked CT / PH: one Chủ trì and one Phối hợp column.
    const byCode = withCodeMatrix(coded?.grid ?? dated)?.grid ?? coded?.grid ?? dated;
    const matrix = withAssignmentMatrix(byCode);
    for (const u of matrix?.unclear ?? [])
      out.problems.push(
        problem("LEAD_UNCLEAR", { file: sheet.file, sheet: sheet.sheet, row: u.row }, u.leads.join("; "), {
          vi:
            u.leads.length === 0
              ? "bảng phân công đánh dấu phối hợp (PH) nhưng không có bộ phận chủ trì (CT); chưa ghi chủ trì."
              : `bảng phân công đánh dấu ${u.leads.length} bộ phận chủ trì (CT): ${u.leads.join("; ")}; chưa chọn, các bộ phận được ghi vào Phối hợp.`,
          en:
            u.leads.length === 0
              ? "the assignment matrix marks partners (PH) but no lead (CT); no lead written."
              : `the assignment matrix marks ${u.leads.length} leads (CT): ${u.leads.join("; ")}; none chosen, all written as partners.`,
        }),
      );
    // "(Cột Chủ trì, Tiêu chí: ô để trống là giống dòng trên)": as the sheet says.
    const filled = withFillDown(matrix?.grid ?? byCode);
    if (filled) {
      const named = filled.columns.join(", ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, named, {
          vi: `ô để trống ở cột ${named} được lấy theo dòng trên, như chú thích của sheet (${formatViNumber(filled.cells)} ô).`,
          en: `blank cells of ${named} take the row above, as the sheet's note says (${filled.cells} cells).`,
        }),
      );
    }
    // "nt", "-nt-", "〃" (như trên): the value above in the column, and said.
    const ditto = withDitto(filled?.grid ?? matrix?.grid ?? byCode);
    if (ditto) {
      const named = ditto.columns.join(", ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, named, {
          vi: `ô ghi "nt", "〃" (như trên) ở cột ${named} được đọc theo ô phía trên cùng cột (${formatViNumber(ditto.cells)} ô).`,
          en: `cells marked "nt" or "〃" (ditto) in ${named} take the value above them (${ditto.cells} cells).`,
        }),
      );
    }
    // Short forms the sheet's own legend explains ("HT - Hoàn thành", "MC - Bộ phận Một cửa") read in full.
    const { grid: legendRead, read: shortForms } = withLegend(ditto?.grid ?? filled?.grid ?? matrix?.grid ?? byCode);
    if (shortForms.size > 0) {
      const said = [...shortForms].map(([short, full]) => `${short} = ${full}`).join("; ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, said, {
          vi: `các ô chỉ ghi ký hiệu được đọc theo chú thích trên sheet: ${said}.`,
          en: `cells holding only a short form were read by the sheet's legend: ${said}.`,
        }),
      );
    }
    // "Kỳ trước chuyển sang" over "T10 | T11", and so for each measure of a dossier table: regrouped month
    // first, so each month is read as a table of its own below, and said.
    // "Đợt 1 | Đợt 2" over a survey's figures, their days in lines above: each round headed by its last day, and said.
    const rounded = withRoundDates(legendRead);
    if (rounded)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, rounded.rounds.join("; "), {
          vi: `các đợt khảo sát đọc theo ngày ghi phía trên bảng: ${rounded.rounds.join("; ")}; số liệu mỗi đợt tính đến ngày cuối của đợt.`,
          en: `the survey's rounds were dated by the lines above the table: ${rounded.rounds.join("; ")}; each round's figures stand at its last day.`,
        }),
      );
    // "Tháng | | 7 | 8 | 9": the months by their numbers, named as months, and said.
    const monthsNamed = withMonthNumbers(rounded?.grid ?? legendRead);
    if (monthsNamed)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet, row: monthsNamed.rows[0] }, `dòng ${monthsNamed.rows.join(", ")}`, {
          vi: `dòng "Tháng" ghi các tháng bằng số (dòng ${monthsNamed.rows.join(", ")}): mỗi số đọc là tháng đó của năm báo cáo, các cột dưới nó là số liệu của tháng.`,
          en: `the "Tháng" row gives the months by their numbers (rows ${monthsNamed.rows.join(", ")}): each number read as that month of the report's year.`,
        }),
      );
    const roundsDated = monthsNamed?.grid ?? rounded?.grid ?? legendRead;
    const byMonth = withPeriodSubColumns(roundsDated, isDossierSheet(roundsDated));
    const shaped = byMonth?.grid ?? roundsDated;
    // A form's table of figures whose numbering row writes each rate as a ratio ("(6)=(4)/(3)"): a reading per
    // rate and period, read on the whole sheet before its column groups are taken for blocks or tables side by side.
    const found = options.layouts?.has(sheetKey(shaped.file, shaped.sheet)) ? null : findFormulaRates(shaped);
    const ratios = found && readFormulaRates(shaped, sheetIndex, found) ? found : null;
    const grid = ratios
      ? { ...shaped, rows: shaped.rows.map((row, i) => (i + 1 >= ratios.headerTop && i + 1 <= ratios.lastRow ? [] : row)) }
      : shaped;
    if (byMonth) {
      out.problems.push(
        problem("LEGEND_READ", { file: grid.file, sheet: grid.sheet, row: byMonth.row }, byMonth.periods.join(", "), {
          vi: `mỗi chỉ tiêu chia theo ${byMonth.unit} (${byMonth.periods.join(", ")}) ở dòng ${byMonth.row}: các cột được xếp lại theo từng ${byMonth.unit}, mỗi ${byMonth.unit} đọc thành một bộ số liệu.${byMonth.left.length > 0 ? ` Các cột cộng dồn không đọc (để không tính hai lần): ${byMonth.left.join("; ")}.` : ""}`,
          en: `each measure is split by ${byMonth.unit === "quý" ? "quarter" : "month"} (${byMonth.periods.join(", ")}) on row ${byMonth.row}: the columns were regrouped period by period, each read as its own figures.`,
        }),
      );
    }
    // (Fields' names down the first column, "Nội dung | TCTP 1.2 | TC 1.6" over "Chủ trì", "Thời hạn" …: a table turned on
    // its side, never work handed out by official and criterion.)
    // (Each asked once per sheet: the readers below take turns on their answers.)
    // (A chart's months read into new columns leave their own empty: no gutter between two tables.)
    const beside = bars || planned ? null : sideBySide(grid, facts, asOf);
    const onItsSide = beside ? null : turnedTable(grid);
    const tasksByCell = beside || onItsSide ? null : taskMatrix(grid);
    // "Đ/c Hoa (VP-TK) | Đ/c Nam (VH-XH)" over "Việc 1", "Việc 2": a column per official, a task per cell.
    const byOfficial = beside || onItsSide || tasksByCell ? null : officialColumns(grid);
    if (byOfficial)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet, row: byOfficial.row }, byOfficial.officials.join(" | "), {
          vi: `mỗi người một cột (${byOfficial.officials.join("; ")}): mỗi ô là một nhiệm vụ của người ghi ở đầu cột; hạn và tình hình đọc theo các phần "– hạn … – …" trong ô.`,
          en: `a column per official (${byOfficial.officials.join("; ")}): each cell one task of the official heading the column; its deadline and state read from its "– hạn … – …" parts.`,
        }),
      );
    if (tasksByCell) {
      const n = tasksByCell.filter((v) => !v.empty).length;
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, String(n), {
          vi: `bảng giao việc theo người (dòng) và tiêu chí (cột): mỗi ô là một nhiệm vụ, các dòng "Hạn:" và "→" trong ô là thời hạn và tình hình thực hiện; đọc ${formatViNumber(n)} cột tiêu chí.`,
          en: `work handed out by official (rows) and criterion (columns): each cell is one task, its "Hạn:" and "→" lines the deadline and progress; ${n} criterion columns read.`,
        }),
      );
    }
    // "CẦN LÀM | ĐANG LÀM | ĐÃ XONG", a card per cell: each card a task, its state the column it sits in, and said.
    const board = tasksByCell || beside ? null : kanbanBoard(grid);
    if (board) {
      const said = board.headings.join(" | ");
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, said, {
          vi: `bảng thẻ việc theo cột trạng thái (${said}): mỗi ô là một nhiệm vụ, trạng thái lấy theo cột chứa ô; dòng "Hạn:" trong ô là thời hạn, các dòng sau là kết quả.`,
          en: `a board of cards by state column: each cell is one task, its state the column it sits in; its "Hạn:" line the deadline, the lines after it the result.`,
        }),
      );
      // A notes column beside the cards, a line under a board of bands: no card's, named with its words.
      const boardAccount = sheetAccount;
      for (const u of board.unread) {
        out.problems.push(
          problem("ROW_SKIPPED", { file: sheet.file, sheet: sheet.sheet, row: u.row, column: columnName(u.col) }, u.text, {
            vi: `ô "${u.text}" nằm ngoài các cột thẻ việc (${said}): không biết thuộc thẻ nào, không đọc; hãy ghi vào chính thẻ việc nếu cần.`,
            en: `the cell "${u.text}" lies outside the board's state columns (${said}): no card's, not read; write it into its card if it matters.`,
          }),
        );
        boardAccount?.(sheet.file, sheet.sheet, u.row, u.col, "row-skipped");
      }
    }
    // Fields' names down a column, a task per column: read upright, and said.
    const turned = board ? null : onItsSide;
    // Unless the sheet has a table of its own: one whose header is neither one of the labels' rows nor the row
    // above them naming the tasks ("Bước | Bước 1 | Bước 2"), taken for it.
    const own = turned ? detectTables(grid, { asOf, facts }) : null;
    // (A table of its own under the labels after a blank row, "Đến ngày | Kế hoạch vốn | Đã giải ngân", is read too,
    // through the view, which keeps what follows the labels.)
    const apart = (bottom: number, top: number) => top > bottom + 1 && grid.rows.slice(bottom, top - 1).some((r) => r.every(isBlank));
    const upright =
      turned &&
      !(
        own?.ok &&
        own.layouts.some((l) => l.headerTop < turned.top - 1 || (l.headerTop > turned.bottom && !apart(turned.bottom, l.headerTop)))
      )
        ? turned
        : null;
    if (upright)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, upright.labels.join(" | "), {
          vi: `bảng nhiệm vụ xoay ngang: tên các mục ghi dọc một cột (${upright.labels.join(", ")}), mỗi cột bên phải là một nhiệm vụ; đọc mỗi cột thành một dòng.`,
          en: `a task table turned on its side: the fields named down one column (${upright.labels.join(", ")}), a task per column to the right; each column read as a row.`,
        }),
      );
    // The desk's counts by field a band per month: read whole (findPeriodBands), never cut into a table per month.
    // (So are a survey's aspects down the rows with its months across, "Tháng 9" over "Số phiếu | Tỷ lệ (%)".)
    // (So is the desk's system table with a band of counts per month, "Tháng 10/2021" over "Trực tuyến | Trực tiếp | …":
    // each field and month a record of Hồ sơ TTHC, read by the dossier reader.)
    // "Chị Lan - CC VH-XH" over "Việc | Hạn | Xong", then the next official's band: each band a table, its official the lead.
    const owners = tasksByCell || board || upright ? null : ownerBands(grid);
    const blocks =
      beside ||
      findPeriodBands(grid, asOf ? ymd(asOf).y : null) ||
      monthsAsDossierBands(grid) ||
      findAspectsDown(grid, titleYear(grid, SURVEY_TITLE_ROWS) ?? (asOf ? ymd(asOf).y : null))
        ? null
        : (tasksByCell ??
          byOfficial?.views ??
          board?.views ??
          (upright ? [upright.view] : null) ??
          owners?.views ??
          periodBlocks(grid, facts) ??
          rateGroups(grid) ??
          surveyAspects(grid) ??
          aspectColumns(grid));
    // (Said only where the bands are what the sheet is read by.)
    if (owners && blocks === owners.views)
      out.problems.push(
        problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet, row: owners.row }, owners.owners.join(" | "), {
          vi: `mỗi người một khối cột (${owners.owners.join("; ")}): mỗi khối đọc thành một bảng, người ghi ở đầu khối là chủ trì các việc trong khối.`,
          en: `a band of columns per official (${owners.owners.join("; ")}): each band read as a table, its official the lead of its rows.`,
        }),
      );
    if (blocks) {
      const account = options.account;
      for (const view of blocks) {
        // "Cộng quý III" after the months: their sum, never read again; its cells accounted for, and said.
        for (const { label, row, col, why } of view.notRead ?? []) {
          if (row !== null) {
            account?.(sheet.file, sheet.sheet, row, col, "row-skipped");
            out.problems.push(
              problem("ROW_SKIPPED", { file: sheet.file, sheet: sheet.sheet, row, column: columnName(col) }, label, {
                vi: `ô ghi "${label}" chung cho các nội dung khảo sát, không phải tỷ lệ của một nội dung: không đọc thành số liệu.`,
                en: `the cell says "${label}" across the survey's aspects, no aspect's rate: not read as a reading.`,
              }),
            );
            continue;
          }
          for (let r = 1; r <= grid.rows.length; r++)
            if (!isBlank(grid.rows[r - 1]?.[col - 1] ?? null)) account?.(sheet.file, sheet.sheet, r, col, "unmapped");
          out.problems.push(
            problem("UNMAPPED_COLUMN", { file: sheet.file, sheet: sheet.sheet, row: null, column: columnName(col) }, label, {
              vi:
                why === "overall"
                  ? `cột ${columnName(col)} "${label}" là chỉ số chung của các nội dung bên trái, không phải của một tiêu chí: không đọc thành số liệu.`
                  : why === "estimate"
                    ? `cột ${columnName(col)} "${label}" là số ước tính, chưa phải số liệu thực hiện của kỳ nào: không đọc thành số liệu.`
                    : `cột ${columnName(col)} "${label}" đếm số phiếu của mỗi kỳ; tỷ lệ của từng nội dung đã ghi sẵn nên cột này không đọc thành số liệu.`,
              en:
                why === "overall"
                  ? `column ${columnName(col)} "${label}" is the survey's overall index of the aspects to its left, no criterion's: not read.`
                  : why === "estimate"
                    ? `column ${columnName(col)} "${label}" is an estimate, no period's figures yet: not read.`
                    : `column ${columnName(col)} "${label}" counts each period's forms; every aspect's rate is written, so it is not read.`,
            }),
          );
        }
        if (view.total) {
          const { label, from, to } = view.total;
          for (let r = 1; r <= grid.rows.length; r++)
            for (let c = from; c <= to; c++)
              if (!isBlank(grid.rows[r - 1]?.[c - 1] ?? null)) account?.(sheet.file, sheet.sheet, r, c, "period-total");
          out.problems.push(
            problem(
              "UNMAPPED_COLUMN",
              { file: sheet.file, sheet: sheet.sheet, row: null, column: `${columnName(from)}:${columnName(to)}` },
              label,
              {
                vi: `các cột ${columnName(from)}–${columnName(to)} "${label}" là cộng của các kỳ bên trái; không đọc để khỏi cộng hai lần.`,
                en: `columns ${columnName(from)}–${columnName(to)} "${label}" add up the periods to their left; not read, so nothing is counted twice.`,
              },
            ),
          );
        }
        // "Quý III (tạm tính)" hidden between the periods: superseded, never read; its cells accounted for, and said.
        for (const { label, from, to } of view.hidden ?? []) {
          for (let r = 1; r <= grid.rows.length; r++)
            for (let c = from; c <= to; c++)
              if (!isBlank(grid.rows[r - 1]?.[c - 1] ?? null)) account?.(sheet.file, sheet.sheet, r, c, "unmapped");
          const cols = from === to ? columnName(from) : `${columnName(from)}:${columnName(to)}`;
          out.problems.push(
            problem("UNMAPPED_COLUMN", { file: sheet.file, sheet: sheet.sheet, row: null, column: cols }, label, {
              vi: `cột ${cols} "${label}" bị ẩn trong sổ gốc, giữa các kỳ: không đọc thành số liệu; nếu cần dùng, hãy bỏ ẩn cột.`,
              en: `column ${cols} "${label}" is hidden in the workbook, among the periods: not read; unhide it if it is wanted.`,
            }),
          );
        }
        // A band over the periods' headings whose label names no period: its figures belong to none read; said.
        for (const { label, from, to } of view.unread ?? []) {
          for (let r = 1; r <= grid.rows.length; r++)
            for (let c = from; c <= to; c++)
              if (!isBlank(grid.rows[r - 1]?.[c - 1] ?? null)) account?.(sheet.file, sheet.sheet, r, c, "unmapped");
          const cols = `${columnName(from)}:${columnName(to)}`;
          out.problems.push(
            problem("UNMAPPED_COLUMN", { file: sheet.file, sheet: sheet.sheet, row: null, column: cols }, label, {
              vi: /^(?:lũy kế|luỹ kế|luy ke)/iu.test(label)
                ? `các cột ${cols} "${label}" là lũy kế của các kỳ: không đọc để khỏi tính hai lần.`
                : `các cột ${cols} "${label}" ghi cùng các cột như mỗi kỳ nhưng tiêu đề không cho biết kỳ nào: không đọc thành số liệu; hãy ghi rõ kỳ (ví dụ "Năm 2021").`,
              en: `columns ${cols} "${label}" repeat each period's columns but the heading names no period: not read; name the period (e.g. "Năm 2021").`,
            }),
          );
        }
        // "chốt ngày 31/6/2021" under a period: a day no calendar has is named; the period's end dates its figures.
        if (view.day?.bad)
          out.problems.push(
            problem(
              "BAD_DATE",
              { file: sheet.file, sheet: sheet.sheet, row: view.day.row, column: columnName(view.day.col) },
              view.day.text,
              {
                vi: `không đọc được ngày số liệu "${view.day.text}" (ngày không có thật); lấy ngày cuối kỳ.`,
                en: `the date of the figures "${view.day.text}" does not exist; the period's end is taken.`,
              },
            ),
          );
        if (view.day?.own && !view.empty) account?.(sheet.file, sheet.sheet, view.day.row, view.day.col, "field");
        if (!view.empty) for (const [r, c] of view.written ?? []) account?.(sheet.file, sheet.sheet, r, c, "header");
        // A period with no figures yet: its heading cells are accounted for, no table is looked for in it.
        if (view.empty) {
          for (const [r, c] of view.cells) account?.(sheet.file, sheet.sheet, r, c, "empty-record");
          const said = [...new Set((view.words ?? []).map(([, , w]) => w))];
          if (said.length > 0) {
            const period = cellText(view.grid.rows[view.cells[0]?.[0] - 1]?.[0] ?? null);
            out.problems.push(
              problem("ROW_SKIPPED", { file: sheet.file, sheet: sheet.sheet, row: view.words?.[0][0] ?? 1 }, said.join(" | "), {
                vi: `khối "${period}" chưa có số liệu, chỉ ghi "${said.join('", "')}": không đọc số liệu của kỳ này.`,
                en: `the block "${period}" has no figures yet, only "${said.join('", "')}": no figures read for that period.`,
              }),
            );
          }
          continue;
        }
        sheetAccount = account
          ? (file, sheet, r, c, d) => {
              const at = view.source(r, c);
              if (at) account(file, sheet, at[0], at[1], d);
            }
          : undefined;
        const before = { tasks: out.tasks.length, readings: out.readings.length, problems: out.problems.length };
        readSheet(view.grid, sheetIndex);
        // A block headed by what it measures: its readings' criterion is suggested from that name first.
        if (view.measure !== undefined)
          for (let i = before.readings; i < out.readings.length; i++)
            if (out.readings[i].code === null) {
              // "Số hồ sơ tiếp nhận" with its rate's own words ("Trực tuyến"): what the block's rate measures.
              const own = out.readings[i].hintHeading;
              out.readings[i] = { ...out.readings[i], hintHeading: own ? `${view.measure} ${own}` : view.measure };
            }
        namedWhereTheyAre(view, out, before);
      }
      sheetAccount = account;
      // A table of its own under the blocks (the quarter's tasks under its figures): read as a sheet of its own.
      const below = blocks[0]?.below;
      if (below !== undefined) readSheet({ ...grid, rows: grid.rows.map((x, k) => (k + 1 < below ? [] : x)) }, sheetIndex);
      return;
    }
    // Each table beside another read as a sheet of its own, its bands of periods too ("Quý III" | "Quý IV" over counts).
    if (beside) for (const part of beside) readOneSheet(part, sheetIndex);
    else readSheet(grid, sheetIndex);
  };
  // "Biện pháp khắc phục:" and its numbered lines under a table of figures: read as a sheet of their own.
  sheets.forEach((whole, sheetIndex) => {
    for (const p of limitProblems(whole)) out.problems.push(p);
    // (Task cards with a block of figures under them: the cards and the figures, each a sheet of its own.)
    const split = remedyBelow(whole)?.map((g) => ({ grid: g, toldElsewhere: null })) ??
      figuresUnderCards(whole) ??
      // (Tiles over a task table: the tiles, and the table, each a sheet of its own.)
      tilesOverTable(whole) ??
      // (Tasks, then "B. SỐ LIỆU (%)" and its figures in the same columns: each a sheet of its own under the one header.)
      figuresSectionUnderTasks(whole) ?? [{ grid: whole, toldElsewhere: null }];
    const parts = split.flatMap((part) =>
      part.toldElsewhere !== null ? [part] : (tablesAmongLines(part.grid) ?? [{ grid: part.grid, toldElsewhere: null }]),
    );
    for (const part of parts) {
      const { grid: sheet, toldElsewhere } = part;
      const before = out.readings.length;
      const tasksBefore = out.tasks.length;
      ratesOnly = null;
      // A title read in two views (a criterion's heading over a table among a report's lines) is accounted for by one.
      const account = sheetAccount;
      if (account && toldElsewhere)
        sheetAccount = (file, name, r, c, d) => {
          if (!toldElsewhere.has(r)) account(file, name, r, c, d);
        };
      readOneSheet(sheet, sheetIndex);
      sheetAccount = account;
      const only = ratesOnly as { sheet: string; cols: Set<number> } | null;
      // (A count read as a figure of its own, "Đã giải quyết Quá hạn" = 2 with no criterion, is the desk's, never a reading.)
      if (only !== null)
        out.readings = out.readings.filter((x, i) => {
          const col = x.source.columns.value;
          return i < before || x.source.sheet !== only.sheet || col === undefined || only.cols.has(col);
        });
      // (A section of figures: a row that gave readings there is no task as well.)
      if ("figuresOnly" in part) {
        const figures = new Set(out.readings.slice(before).map((x) => x.source.row));
        out.tasks = out.tasks.filter((t, i) => i < tasksBefore || !figures.has(t.source.row));
      }
    }
  });
  // "Tu so" and "Mau so": a rate's two parts on two sheets, joined by criterion and period.
  const joined = ratePartSheets.size > 1 ? joinRateSheets(out.readings, ratePartSheets) : null;
  if (joined) {
    out.readings = joined.readings;
    for (const p of joined.problems) out.problems.push(p);
  }
  // "Báo cáo" copying "Theo dõi"'s tasks by formulas, with fewer of their fields: left out, never counted twice.
  // "BIÊN BẢN HỌP GIAO BAN" beside "Việc được giao": the minutes are where the tracked work came from.
  // What reading the sheet left out said about its rows goes with them; the sheet is named once instead.
  // "Hủy - tạm dừng": a sheet of work no longer to do; each task named, none counted.
  // "PHÂN CÔNG THEO DÕI: Họ tên | Chức danh" under the tasks: the workbook's staff list, whose rows are no tasks.
  const staff = findStaffList(read.grids);
  const leftOut = [
    // "Nhật ký: Ngày | Mã NV | Nội dung cập nhật" beside "Danh mục: Mã NV | …": the list's tasks take their latest line.
    () => journalSheets(out.tasks, read.grids),
    () => copiedSheets(out.tasks, out.sheets, read.grids),
    () => minutesSheets(out.tasks, read.grids),
    () => cancelledSheets(out.tasks, read.grids),
    // "1. Kế hoạch CCHC năm 2021 (sheet KH2021)" on the cover: the workbook's contents, no tasks.
    () => contentsSheets(out.tasks, read.grids),
    // "Danh mục lĩnh vực TTHC" over "1 | Hộ tịch": names kept for reference, no tasks.
    () => catalogueSheets(out.tasks, read.grids),
    () => (staff ? staffRows(out.tasks, staff, read.grids) : { dropped: new Set<string>(), problems: [] }),
    // "1 | Rà soát … | Tư pháp | 30/6" over "a) … | Hoàn thành": the line's lead and deadline are its parts'.
    () => wholesOverParts(out.tasks),
  ];
  for (const find of leftOut) {
    const left = find();
    if (left.dropped.size === 0 && !left.sheets?.size) continue;
    out.tasks = out.tasks.filter((t) => !left.dropped.has(rowKeyOf(t.source.sheet, t.source.row)));
    out.problems = out.problems.filter(
      (p) => !left.sheets?.has(p.sheet) && (p.row === null || !left.dropped.has(rowKeyOf(p.sheet, p.row))),
    );
    for (const p of left.problems) out.problems.push(p);
  }
  // "Biểu đồ": a chart's data copied from the tables beside it; its figures are theirs, not read twice.
  const charted = chartSheets(out.readings, read.grids);
  if (charted.dropped.size > 0) {
    const rows = new Set([...charted.dropped].map((r) => rowKeyOf(r.source.sheet, r.source.row)));
    out.readings = out.readings.filter((r) => !charted.dropped.has(r));
    out.problems = out.problems.filter(
      (p) =>
        p.row === null ||
        !rows.has(rowKeyOf(p.sheet, p.row)) ||
        out.readings.some((r) => r.source.sheet === p.sheet && r.source.row === p.row),
    );
    for (const p of charted.problems) out.problems.push(p);
  }
  // "Ghi chú: Quý I từ 15/12/2020 đến 14/3/2021; …" under the figures: each period's readings stand at the note's day.
  out.readings = atFootnotedDays(out.readings, read.grids);
  // "419/423 hồ sơ | 99,1%" under "Số lượng | Tỷ lệ": the rate's counts are the cell before it.
  const beside = withCountsBeside(out.readings, read.grids);
  out.readings = beside.readings;
  for (const p of beside.problems) out.problems.push(p);
  // Next year's draft first: beside it, this year's sheet is no past year's.
  const next = asOf ? nextYearSheets(out.tasks, read.grids, ymd(asOf).y) : null;
  if (next) for (const p of next.problems) out.problems.push(p);
  if (next && next.dropped.size > 0) out.tasks = out.tasks.filter((t) => !next.dropped.has(t.source.sheet));
  const past = pastYearSheets(out.tasks, read.grids);
  for (const p of past.problems) out.problems.push(p);
  if (past.dropped.size > 0) out.tasks = out.tasks.filter((t) => !past.dropped.has(t.source.sheet));
  // Sheets kept month by month: the newest is the one whose month is latest, not the last tab.
  const orders = sheetOrders(sheets, asOf ? ymd(asOf).y : null);
  if (orders)
    for (const x of [...out.tasks, ...out.readings, ...(out.cancelled ?? [])])
      x.source.sheetOrder = orders[x.source.sheetIndex] ?? x.source.sheetIndex;
  // "Tổng toàn xã" adding up the service points' sheets: not read again.
  if (out.dossiers) {
    // A sheet read as several views (a block per rate) reads its dossier rows in each: one record per row and days.
    const seen = new Set<string>();
    out.dossiers = out.dossiers.filter((d) => {
      const key = JSON.stringify([d.source.sheet, d.source.row, d.field, d.from, d.to, ...COUNT_COLUMNS.map((k) => d[k])]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const totals = withoutTotalSheets(out.dossiers);
    out.dossiers = totals.records;
    for (const p of totals.problems) out.problems.push(p);
  }
  // Leads written as people's names, read by the workbook's own staff list.
  if (staff) leadsByStaffList(out.tasks, staff);
  // "Đ/c Lan" on one row, "Đ/c Lan (VP-TK)" on another: the workbook says whose post the name is.
  leadsByNamesWritten(out.tasks);
  // A task marked done while a step or part of it is not: named.
  for (const p of partsAgainstTask(out.tasks)) out.problems.push(p);
  // A shared workbook's parts (a sheet, a block per person): its tasks that name no lead are that person's.
  for (const p of leadsByOwner(out.tasks, read.grids, staff)) out.problems.push(p);
  // A note under a table read once per period's block of columns: said once.
  const said = new Set<string>();
  out.problems = out.problems.filter((p) => {
    const key = `${p.code}\u0000${p.sheet}\u0000${p.row ?? ""}\u0000${p.column ?? ""}\u0000${p.message}`;
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
  return out;
}

/**
 * Records and problems read through a view (a card of a board, a criterion's column of a matrix):
 * their columns named where the cells are on the sheet, so Nguồn and Kiểm tra point at the card.
 */
function namedWhereTheyAre(view: BlockView, out: WorkbookRecords, before: { tasks: number; readings: number; problems: number }): void {
  const records: Array<RawTask | Reading> = [...out.tasks.slice(before.tasks), ...out.readings.slice(before.readings)];
  for (const rec of records) {
    const { row, columns } = rec.source;
    // A turned table's task sits down a column: named at its content's cell.
    const anchor = (columns as Partial<Record<string, number>>).content ?? Math.min(...Object.values(columns).map(Number));
    const at = Number.isFinite(anchor) ? view.source(row, anchor) : null;
    rec.source.columns = Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, view.source(row, c as number)?.[1] ?? c]));
    if (at) rec.source.row = at[0];
    if (view.manyPerRow) rec.source.sharedRow = true;
  }
  for (const p of out.problems.slice(before.problems)) {
    if (p.row === null) continue;
    const col = p.column === null ? undefined : parseCellRef(`${p.column}1`)?.col;
    const at = view.source(p.row, col ?? 1);
    if (!at) continue;
    p.row = at[0];
    if (col !== undefined) p.column = columnName(at[1]);
  }
}

/** A reading of one line of a sheet (a block's line, a sentence), at the period given. */
/** A reading of a period holding the survey's day, dated at that day; said. */
function atSurveyDay(r: Reading, day: IsoDate, round: number | null = null): Reading {
  const span = r.date === null || r.period === "" ? null : spanOf(r.period, r.date);
  if (span === null || day < span.from || day >= span.to || r.source.columns.date !== undefined) return r;
  const said = `Ngày số liệu theo ngày khảo sát ${formatViDate(day)}`;
  // Named as rounds are ("Đợt 1 (khảo sát ngày 18/05/2021)", periods.ts' roundPeriod): standing on its survey day.
  const period = round !== null && /^Năm \d{4}$/.test(r.period) ? `Đợt ${round} (khảo sát ngày ${formatViDate(day)})` : r.period;
  return { ...r, period, date: day, note: [r.note, said].filter((x) => x !== "").join("; ") };
}

/** The rows above a survey's table its title may name the year in. */
const SURVEY_TITLE_ROWS = 8;

function lineReading(
  grid: Grid,
  sheetIndex: number,
  col: number,
  code: string | null,
  at: { date: IsoDate; name: string } | null,
  x: { row: number; numerator: number | null; denominator: number | null; value: number | null },
  note: string,
): Reading {
  return {
    code,
    period: at?.name ?? "",
    date: at?.date ?? null,
    numerator: x.numerator,
    denominator: x.denominator,
    value: x.value,
    evidence: "",
    note,
    source: {
      file: grid.file,
      sheet: grid.sheet,
      sheetIndex,
      row: x.row,
      columns: { value: col },
      ...(grid.hidden ? { hiddenSheet: true as const } : {}),
      ...(grid.hiddenRows.includes(x.row) ? { hiddenRow: true as const } : {}),
    },
  };
}

const FIGURE_FIELDS: readonly string[] = ["numerator", "denominator", "value"];

const NOT_READINGS: Record<"tasks" | "dossiers", (row: number) => { vi: string; en: string }> = {
  tasks: (row) => ({
    vi: `bảng đếm nhiệm vụ theo tình trạng (dòng ${row}: tổng số, hoàn thành, đang thực hiện …): là tổng hợp của các nhiệm vụ, không phải số liệu của tiêu chí nào; không đọc.`,
    en: `a count of tasks by state (row ${row}: total, done, under way …): a summary of the tasks, no criterion's figures; not read.`,
  }),
  dossiers: (row) => ({
    vi: `bảng số hồ sơ theo lĩnh vực (dòng ${row}) không ghi đủ cột như hệ thống một cửa (tiếp nhận trực tuyến, trực tiếp; giải quyết trước hạn, đúng hạn, quá hạn): không đọc vào Hồ sơ TTHC, cũng không đọc thành số liệu chỉ số; hãy nhập theo mẫu của sheet Hồ sơ TTHC.`,
    en: `a table of dossier counts by field (row ${row}) without the one-stop system's columns (received online, direct; resolved early, on time, late): read neither as dossiers nor as readings; enter it as Hồ sơ TTHC's columns.`,
  }),
};

/** A readings table whose columns count tasks by their state ("Tổng số nhiệm vụ | Hoàn thành | Đang thực hiện"). */
function taskTally(layout: TableLayout, grid?: Grid): boolean {
  const keys = Object.values(layout.headings).map((h) => looseKey(h ?? ""));
  // "Tình trạng | Quý I | Quý II …" with "Hoàn thành", "Đang thực hiện", "Tổng số nhiệm vụ" down: the same count turned.
  const label = layout.across?.label ?? layout.columns.indicator;
  if (grid && label !== undefined && label !== null)
    for (let r = layout.headerBottom + 1; r <= Math.min(grid.rows.length, layout.headerBottom + 40); r++) {
      const k = looseKey(cellText(cellAt(grid, r, label)));
      if (k !== "") keys.push(k);
    }
  const states = keys.filter((k) =>
    /^(?:so )?(?:viec |nhiem vu )?(?:da )?(?:hoan thanh|dang thuc hien|chua thuc hien|qua han|tre han|dung han)$/.test(k),
  ).length;
  const total = keys.some((k) => /^(?:tong so|so|tong) (?:nhiem vu|viec|cong viec)\b/.test(k));
  return states >= 2 && (total || states >= 3);
}

/**
 * "Nội dung | Số nhiệm vụ theo KH | Đã hoàn thành | Đang thực hiện | Chưa thực hiện | Tỷ lệ (%)", a row per criterion or
 * official: how many tasks are in each state, counts under the states (never ticks), so no task of its own.
 */
function tasksCounted(layout: TableLayout, grid: Grid, firstRow: number, lastRow: number): boolean {
  const entries = Object.entries(layout.headings).map(([c, h]) => [Number(c), looseKey(h ?? "")] as const);
  const plannedCol = entries.find(([, k]) => PLANNED_TASKS.test(k))?.[0];
  // (Under a band too: "Kết quả thực hiện" over "Đã HT | Đang TH | Chưa TH".)
  const states = entries.filter(([, k]) => STATE_COUNT_HEADING.test(k));
  if (plannedCol === undefined || states.length < 2) return false;
  // Counts, not ticks: a state cell above 1, or the states adding up to the tasks planned on the row. Only where the
  // planned column counts ("Số nhiệm vụ | 8"): under "Nhiệm vụ" naming each task, "x" marks and their "Cộng" row
  // (a COUNTIF of the marks) are a task list's.
  const counted = Array.from({ length: Math.min(lastRow, firstRow + 40) - firstRow + 1 }, (_, k) => cellAt(grid, firstRow + k, plannedCol));
  if (counted.filter((v) => typeof v === "string" && v.trim().length > 20).length >= 2) return false;
  let added = 0;
  for (let r = firstRow; r <= Math.min(lastRow, firstRow + 40); r++) {
    const values = states.map(([c]) => cellAt(grid, r, c));
    if (values.some((v) => typeof v === "number" && v > 1)) return true;
    const planned = cellAt(grid, r, plannedCol);
    const sum = values.reduce<number>((n, v) => n + (typeof v === "number" ? v : 0), 0);
    if (typeof planned === "number" && planned > 0 && values.every((v) => typeof v === "number" || isBlank(v)) && sum === planned) added++;
  }
  return added >= 2;
}
const PLANNED_TASKS =
  /^(?:tong )?(?:so )?(?:nhiem vu|nv|cong viec|viec)(?: theo kh| theo ke hoach| duoc giao| ke hoach)?(?: \S+)?$|^so (?:nhiem vu|nv) /;
const STATE_COUNT_HEADING = /(?:^| )(?:so )?(?:nv |nhiem vu )?(?:da hoan thanh|dang thuc hien|chua thuc hien|da ht|dang th|chua th)$/;

/** A readings table whose rows are named by a "Lĩnh vực" column and give no criterion: dossier counts by field. */
/** "Đã giải quyết | Đúng hạn" ("Đã GQ" shortened; a period's, or the table's): the on-time among the resolved, criterion 1.2's measure. */
function onTimeOfResolved(layout: TableLayout): boolean {
  const { numerator, denominator } = layout.columns;
  if (numerator === undefined || denominator === undefined) return false;
  const num = looseKey(layout.headings[numerator] ?? "");
  const den = looseKey(layout.headings[denominator] ?? "");
  return (
    /\b(?:dung han|dung va truoc han|truoc han va dung han)$/.test(num) &&
    // "Đã giải quyết: Tổng" is the whole; "Số HS nhận giải quyết: Tổng số" is what was received, never it.
    ((/\b(?:da giai quyet|giai quyet|tong so da giai quyet|da gq|gq)(?: tong| tong so| cong)?$/.test(den) &&
      !/\b(?:nhan|tiep nhan)\b/.test(den)) ||
      // "Số HS | Số HS đúng hạn" and no other count: the dossiers are those the desk dealt with.
      (/^(?:tong )?(?:so )?(?:hs|ho so)$|^tong so$/.test(den) &&
        !Object.values(layout.headings).some((h) => /\b(?:tiep nhan|giai quyet|gq)\b/.test(looseKey(h ?? "")))) ||
      // "Tiếp nhận | Đúng hạn | Trễ hạn | Tỷ lệ đúng hạn": the sheet gives the on-time rate of what it received itself.
      (/^(?:so )?(?:ho so |hs )?(?:tiep nhan|da tiep nhan|nhan)$/.test(den) &&
        layout.columns.value !== undefined &&
        /^ty le (?:giai quyet |gq )?(?:dung han|dung va truoc han)\b/.test(looseKey(layout.headings[layout.columns.value] ?? ""))))
  );
}

function onlineOfReceived(layout: TableLayout): boolean {
  const { numerator, denominator } = layout.columns;
  if (numerator === undefined || denominator === undefined) return false;
  const num = looseKey(layout.headings[numerator] ?? "");
  const den = looseKey(layout.headings[denominator] ?? "");
  // ("Tong ho so nhan | Nop truc tuyen": what came in, however it is worded.)
  return (
    /\btruc tuyen\b/.test(num) &&
    /\b(?:tiep nhan|tong so tiep nhan|so ho so tiep nhan|(?:tong )?(?:so )?(?:ho so |hs )?nhan(?: moi)?)$/.test(den)
  );
}

function byFieldCounts(layout: TableLayout): boolean {
  if (layout.columns.code !== undefined) return false;
  return Object.values(layout.headings).some((h) => /^(?:ten )?linh vuc(?: giai quyet| tthc)?$/.test(looseKey(h ?? "")));
}

/**
 * A sheet whose every deadline falls in a year before the other sheets' (last year's tracking
 * copied into this year's workbook) is named so the user can drop it; where its own name says it is
 * a past year's ("Năm 2020", "Năm cũ") its tasks are left out too. Only where another sheet of the
 * same workbook shows the later year.
 */
function pastYearSheets(tasks: readonly RawTask[], grids: readonly Grid[]): { problems: Problem[]; dropped: Set<string> } {
  const counts = new Map<string, Map<number, number>>();
  for (const t of tasks) {
    if (t.due === null) continue;
    const ys = counts.get(t.source.sheet) ?? new Map<number, number>();
    const y = ymd(t.due).y;
    ys.set(y, (ys.get(y) ?? 0) + 1);
    counts.set(t.source.sheet, ys);
  }
  const years = new Map([...counts].map(([sheet, ys]) => [sheet, new Set(ys.keys())] as const));
  // The year a sheet is about: the one its title names among its deadlines' years ("… NĂM 2021" with one task due on
  // 31/01/2022, the plan's own milestone), else most of its deadlines', the earlier where as many fall in each ("Quý
  // IV" with one task due in January is still this year's).
  const about = (sheet: string, ys: Map<number, number>) => {
    const titled = new Set(
      titleYears(
        grids.find((g) => g.sheet === sheet),
        firstRowOf(tasks, sheet),
      ),
    );
    const own = [...ys.keys()].filter((y) => titled.has(y));
    if (own.length === 1) return own[0];
    // ("… NĂM 2021 CỦA CÁ NHÂN" whose one task is that milestone, due 31/01/2022: still the title's year.)
    const early = [...titled].filter((y) =>
      tasks.every((t) => t.source.sheet !== sheet || t.due === null || (ymd(t.due).y >= y && t.due <= `${y + 1}-03-31`)),
    );
    if (early.length === 1) return early[0];
    return [...ys].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  };
  const latest = Math.max(0, ...[...counts].map(([sheet, ys]) => about(sheet, ys)));
  const out: Problem[] = [];
  const dropped = new Set<string>();
  // The earliest deadline of the later year's sheets: a sheet whose work runs up to it (a form a task, "Phiếu theo dõi"
  // due 15/12/2021 beside one due 31/01/2022) is the same year's tracking, never last year's copy.
  const laterStart = tasks
    .filter((t) => t.due !== null && ymd(t.due).y >= latest)
    .map((t) => t.due as IsoDate)
    .sort()[0];
  const lastDue = (sheet: string) =>
    tasks
      .filter((t) => t.source.sheet === sheet && t.due !== null)
      .map((t) => t.due as IsoDate)
      .sort()
      .at(-1);
  for (const [sheet, ys] of years) {
    const last = Math.max(...ys);
    if (last >= latest) continue;
    const file = tasks.find((t) => t.source.sheet === sheet)?.source.file ?? "";
    // "Năm 2020", "Năm cũ": the sheet's own name says it is a past year's: its tasks are not this year's.
    const key = looseKey(sheet);
    // "Sheet1" titled "… NĂM 2020" beside its copy "Sheet1 (2)" titled "… NĂM 2021": the title says it as well.
    const titled = titleYears(
      grids.find((g) => g.sheet === sheet),
      firstRowOf(tasks, sheet),
    );
    const byName = /\b(?:nam cu|nam truoc)\b/.test(key) || [...key.matchAll(/\b(20\d\d)\b/g)].some((m) => Number(m[1]) <= last);
    const named = byName || (titled.length > 0 && titled.every((y) => y <= last));
    const own = lastDue(sheet);
    if (!named && laterStart !== undefined && own !== undefined && own >= addDays(laterStart, -92)) continue;
    const said = byName ? { vi: "tên sheet", en: "its name" } : { vi: "tiêu đề sheet", en: "its title" };
    if (named) dropped.add(sheet);
    out.push(
      problem("SHEET_PAST_YEAR", { file, sheet }, String(last), {
        vi: named
          ? `sheet "${sheet}" là nhiệm vụ năm ${last} trở về trước (${said.vi} và hạn của mọi nhiệm vụ), trong khi sheet khác của tệp đã sang năm ${latest}: không đưa vào Nhiệm vụ năm nay.`
          : `mọi nhiệm vụ ở sheet này có hạn năm ${last} trở về trước, trong khi sheet khác của tệp đã sang năm ${latest}: có thể là bản sao năm trước; vẫn được đọc, hãy bỏ sheet nếu không còn dùng.`,
        en: named
          ? `sheet "${sheet}" holds the tasks of ${last} or earlier (${said.en} and every deadline) while another sheet is in ${latest}: not taken into this year's tasks.`
          : `every task on this sheet is due in ${last} or earlier while another sheet of the file is in ${latest}: perhaps last year's copy; read all the same, remove the sheet if it is no longer used.`,
      }),
    );
  }
  return { problems: out, dropped };
}

/**
 * A sheet of next year's plan ("KH 2022 (dự thảo)", titled "KẾ HOẠCH … NĂM 2022") drafted before this year ends:
 * its name or title names only later years, and none of its deadlines falls in this year. Beside a sheet of this
 * year's (by its name, title or deadlines) it is left out; alone in its workbook it is read, and named either way.
 */
function nextYearSheets(tasks: readonly RawTask[], grids: readonly Grid[], year: number): { problems: Problem[]; dropped: Set<string> } {
  const out: Problem[] = [];
  const dropped = new Set<string>();
  const sheets = [...new Set(tasks.map((t) => t.source.sheet))];
  const firstRow = (sheet: string) => firstRowOf(tasks, sheet);
  const yearsOf = (sheet: string) => {
    const named = [...looseKey(sheet).matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
    return {
      named: named.length > 0,
      years:
        named.length > 0
          ? named
          : titleYears(
              grids.find((g) => g.sheet === sheet),
              firstRow(sheet),
            ),
    };
  };
  const thisYears = (sheet: string) =>
    yearsOf(sheet).years.includes(year) || tasks.some((t) => t.source.sheet === sheet && t.due !== null && ymd(t.due).y === year);
  for (const sheet of sheets) {
    const own = tasks.filter((t) => t.source.sheet === sheet);
    if (own.some((t) => t.due !== null && ymd(t.due).y <= year)) continue;
    const { named, years } = yearsOf(sheet);
    if (years.length === 0 || years.some((y) => y <= year)) continue;
    const later = Math.max(...years);
    const beside = sheets.find((other) => other !== sheet && thisYears(other));
    if (beside !== undefined) dropped.add(sheet);
    const by = named ? { vi: "tên sheet", en: "its name" } : { vi: "tiêu đề sheet", en: "its title" };
    out.push(
      problem("NEXT_YEAR_PLAN", { file: own[0].source.file, sheet }, String(later), {
        vi:
          beside !== undefined
            ? `sheet "${sheet}" là kế hoạch năm ${later} (${by.vi}; không nhiệm vụ nào có hạn trong năm ${year}), bên cạnh sheet "${beside}" của năm ${year}: không đưa vào Nhiệm vụ năm nay.`
            : `sheet "${sheet}" là kế hoạch năm ${later} (${by.vi}; không nhiệm vụ nào có hạn trong năm ${year}): vẫn được đọc; nếu chưa đến lúc theo dõi, hãy bỏ tệp này khỏi lần tổng hợp năm ${year}.`,
        en:
          beside !== undefined
            ? `sheet "${sheet}" is the plan for ${later} (${by.en}; no task is due in ${year}), beside "${beside}" of ${year}: not taken into this year's tasks.`
            : `sheet "${sheet}" is the plan for ${later} (${by.en}; no task is due in ${year}): read all the same; leave the file out of ${year}'s consolidation if it is not yet tracked.`,
      }),
    );
  }
  return { problems: out, dropped };
}

/** The first row a sheet's tasks were read from (a loop: a sheet of 100,000 rows is no spread of arguments). */
function firstRowOf(tasks: readonly RawTask[], sheet: string): number {
  let first = Infinity;
  for (const t of tasks) if (t.source.sheet === sheet && t.source.row < first) first = t.source.row;
  return first;
}

/** The years written in a sheet's title lines (its first rows' texts, above its first row read). */
function titleYears(grid: Grid | undefined, before = TITLE_ROWS + 1): number[] {
  if (!grid) return [];
  const texts = grid.rows
    .slice(0, Math.min(TITLE_ROWS, before - 1))
    .flatMap((row) => row.filter((v): v is string => typeof v === "string" && v.length <= 200));
  return texts.flatMap((t) => [...t.matchAll(/\bnăm\s+(20\d\d)\b/giu)].map((m) => Number(m[1])));
}

const TITLE_ROWS = 5;

const GUESS_EN: Record<SheetGuess, string> = {
  empty: "The sheet is empty.",
  "header-only": "There is a header row but no data rows.",
  people: "The sheet is a list of people (name, position, signature), not a tracking table.",
  documents: "The sheet lists documents kept as evidence (number, name, date), not a tracking table.",
  dossiers:
    "The sheet lists citizens' dossiers by receipt number (days promised and returned), not tasks; the commune's counts come from its dossier statistics.",
  summary: "The sheet is a table of counts (not a list of tasks nor figures by period); not read, so nothing is counted twice.",
  numbers: "The sheet holds only numbers, with no header saying what the columns are.",
  text: "The sheet holds a few lines of text (a note), not a table.",
  list: "The sheet is a list of text, with no task, deadline or status columns nor figures by period.",
  unknown: "No header row of a task table or a table of figures was recognised.",
};

function eachFilled(grid: Grid, from: number, to: number, f: (r: number, c: number) => void): void {
  for (let r = Math.max(1, from); r <= Math.min(to, grid.rows.length); r++) {
    const row = grid.rows[r - 1] ?? [];
    for (let c = 0; c < row.length; c++) if (cellKind(row[c]) !== "empty") f(r, c + 1);
  }
}

/**
 * Rows above a table's header that read like its rows (three cells or more, one a number or a day): a header found
 * too low (the first rows taken for titles) would lose them without a word, so they are named.
 */
function dataAboveHeader(grid: Grid, headerTop: number, facts: FactsCache): number[] {
  const out: number[] = [];
  for (let r = 1; r < headerTop; r++) {
    const row = grid.rows[r - 1] ?? [];
    const filled = row.filter((v) => cellKind(v) !== "empty");
    if (filled.length < 3 || isNumberingRow(row)) continue;
    const figure = filled.some((v) => {
      const kind = cellKind(v);
      return kind === "number" || kind === "date" || (typeof v === "string" && facts.of(v).date !== null);
    });
    if (figure) out.push(r);
  }
  return out;
}

function rowText(grid: Grid, r: number): string {
  return filledTexts(grid, r).join(" | ").slice(0, 120);
}

/** A rate's heading ("Tỷ lệ …") among a table's header rows. */
/** The columns of a header band headed "Tỷ lệ …". */
function rateColumns(grid: Grid, top: number, bottom: number): Set<number> {
  const cols = new Set<number>();
  for (let r = top; r <= bottom; r++)
    (grid.rows[r - 1] ?? []).forEach((v, i) => {
      if (typeof v === "string" && /^(?:ty le|ti le)\b/.test(looseKey(v))) cols.add(i + 1);
    });
  return cols;
}

function ratesWritten(grid: Grid, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) for (const t of filledTexts(grid, r)) if (/^(?:ty le|ti le)\b/.test(looseKey(t))) return true;
  return false;
}

/** Words a dossier statistics sheet has in its first rows: resolved, and received or online. */
function isDossierSheet(grid: Grid): boolean {
  const words = wordsOfRows(grid, 0, 30);
  // ("Trả đúng hạn | Trả quá hạn": the results returned, as a desk's log says it.)
  return (
    /\bgiai quyet\b|\btra (?:dung|qua|truoc|tre) han\b|\btra ket qua\b/.test(words) && /\b(?:tiep nhan|truc tuyen|ky truoc)\b/.test(words)
  );
}

/** The title's span of days where it runs into a new year ("từ 01/11/2021 đến 31/01/2022"), else nothing. */
function crossYearSpan(title: string): { yearSpan?: { from: IsoDate; to: IsoDate } } {
  const span = title.length <= 400 ? daySpanIn(title) : null;
  return span && span.from.slice(0, 4) !== span.to.slice(0, 4) ? { yearSpan: span } : {};
}

/** A task table of nothing but lines and one column of figures not headed as progress: a form's figures. */
function figuresAsTasks(layout: TableLayout): boolean {
  if (layout.kind !== "tasks" || layout.across || layout.progressAcross) return false;
  const fields = Object.keys(layout.columns);
  const progress = layout.columns.progress;
  return (
    progress !== undefined &&
    fields.every((f) => f === "stt" || f === "content" || f === "progress" || f === "note") &&
    !/\b(?:tien do|hoan thanh|progress|complete)\b|%/.test(looseKey(layout.headings[progress] ?? ""))
  );
}

// A task's words inside a line: who leads it, its deadline, how it stands.
const LEAD_SAID = /(?:^|[\s,;:(])(?:chủ trì|phụ trách|theo dõi)(?!\p{L})/iu;
const DUE_SAID = /(?:^|[\s,;:(])(?:thời hạn|hạn)\s*:?\s*(?:\d{1,2}\s*\/|cả năm|quý|trong)/iu;
const STATE_SAID = /(?:^|[\s,;:(])(?:đã hoàn thành|đang thực hiện|chưa thực hiện|chưa triển khai|hoàn thành ngày)(?!\p{L})/iu;

/** A line that says two of who leads its work, by when and how it stands: a task, whatever figure it gives. */
function saysWork(line: string): boolean {
  return [LEAD_SAID, DUE_SAID, STATE_SAID].filter((re) => re.test(line)).length >= 2;
}

/** Each task folded from a pasted Word cell's rows says so; the rows under its first are read with it. */
function foldedNotes(tasks: RawTask[], groups: readonly ParagraphGroup[], account: Accounting | undefined, grid: Grid): void {
  for (const t of tasks) {
    const g = groups.find((x) => x.top === t.source.row);
    if (g === undefined) continue;
    const why =
      g.kind === "merged"
        ? `dòng ${g.top}–${g.bottom} là một ô của bảng (mỗi đoạn một dòng, số thứ tự, chủ trì, thời hạn gộp ô): đọc thành một nhiệm vụ`
        : `nội dung viết tiếp xuống dòng ${g.top + 1}–${g.bottom}, chủ trì/thời hạn/tình trạng ghi ở dòng ${g.bottom}: đọc thành một nhiệm vụ`;
    t.note = [t.note, why].filter((x) => x !== "").join("; ");
    if (account) eachFilled(grid, g.top + 1, g.bottom, (r, c) => account(grid.file, grid.sheet, r, c, "field"));
  }
}

/** What Kiểm tra says of a chart read (gantt.ts): how its marks were read, its legend, and the lines it took off. */
function chartRead(bars: GanttMonths, sheet: Grid): Problem {
  const { unit, months } = bars;
  const unitEn = unit === "tuần" ? "week" : unit === "quý" ? "quarter" : "month";
  const due = bars.dueFromBars ? `hạn là ngày cuối của ${unit} sau cùng được đánh dấu` : "";
  const vi = bars.marksDone
    ? `bảng đánh dấu theo ${unit} (${months.join(", ")}), theo chú thích dấu là ${unit} đã thực hiện: việc thực hiện trong một ${unit}, ${unit} sau cùng đánh dấu, (hoặc có dấu hoàn thành của chú thích) là hoàn thành trong ${unit} đó (ngày hoàn thành lấy ngày cuối ${unit}, ghi ở Ghi chú); thực hiện trong nhiều ${unit} là việc thường kỳ, Đang thực hiện; chỉ có ${unit} theo kế hoạch là Chưa thực hiện; ${due === "" ? "hạn không lấy theo dấu" : due}.`
    : `bảng tiến độ đánh dấu theo ${unit} (${months.join(", ")})${due === "" ? "" : `: ${due}`}.`;
  const legend = bars.legend === "" ? "" : ` Chú thích đọc được: ${bars.legend}.`;
  const lines = bars.legendLines.length === 0 ? "" : ` Các dòng chú thích không đọc thành nhiệm vụ: ${bars.legendLines.join("; ")}.`;
  const title = bars.figuresTitle
    ? ` Dòng ${bars.figuresTitle.row} "${bars.figuresTitle.said}" mở bảng số liệu dưới bảng đánh dấu, đọc theo các cột ${unit} của nó.`
    : "";
  return problem("LEGEND_READ", { file: sheet.file, sheet: sheet.sheet }, months.join(", "), {
    vi: `${vi}${legend}${lines}${title} Các ${unit} đánh dấu ghi ở Ghi chú.`,
    en: bars.marksDone
      ? `a chart by ${unitEn} (${months.join(", ")}) whose legend says a mark is work done: work done in one period, the last marked, is done then (at the period's end); done in several, it recurs and is under way; planned only, not begun; ${bars.dueFromBars ? "due at the end of the last period marked" : "no deadline is taken from the marks"}.${bars.legend === "" ? "" : ` Legend read: ${bars.legend}.`}`
      : `a bar chart by ${unitEn} (${months.join(", ")}): ${bars.dueFromBars ? "due at the end of the last period marked; " : ""}the periods marked go to Ghi chú.${bars.legend === "" ? "" : ` Legend read: ${bars.legend}.`}`,
  });
}
