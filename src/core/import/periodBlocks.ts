import { daysInMonth, formatViDate, fromExcelSerial } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { PLANNED_HEADING } from "./columns";
import { FactsCache, cellKind } from "./cellFacts";
import { CellRange, Grid, GridCell, cellText, columnsView, isGridDate, titleYear } from "./grid";
import { PeriodLabel, isForecastLabel, isTotalLabel, parsePeriod, periodEnd, periodName, periodStart } from "./periods";

const SCAN_ROWS = 30;

interface Block {
  from: number;
  to: number;
  label: string;
}

function blank(v: GridCell | undefined): boolean {
  return v === undefined || cellKind(v) === "empty";
}

const STATE_SUB = /^(?:tinh trang|trang thai|tien do(?: %)?|tinh hinh)$/;
const STATE_OR_REMARK = /^(?:tinh trang|trang thai|tien do(?: %)?|tinh hinh|ket qua|ghi chu|nhan xet|danh gia)$/;

// ("Chỉ tiêu | Thực hiện | Đánh giá": the same, the result judged beside it.)
const PLAN_RESULT =
  /^(?:kh|ke hoach|chi tieu|ct|muc tieu)\|(?:th|thuc hien|ket qua|kq|dat duoc)(?:\|(?:danh gia|dat chua dat|dat khong dat))?$/;

const SURVEY_DAY =
  /^\s*(?:khảo sát|khao sat|ks|điều tra|dieu tra|đo lường|do luong)\s+(?:ngày|ngay)?\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*$/iu;

const CRITERION_BLOCK = /^\s*(?:(?:tiêu chí|chỉ số|tc)\s*)?[12]\.\d{1,2}\.?\s*(?:[-–:.]\s*\p{L}|$)/iu;

/**
 * Where each period label of a row spans: its merge, else up to the next filled cell. With `named`,
 * any short label merged over its block ("Tiếp cận dịch vụ" over "Hài lòng | Tổng phiếu | Tỷ lệ"):
 * what the block measures, the periods down the rows.
 */
function blocksOf(grid: Grid, r: number, named = false): Block[] {
  const row = grid.rows[r - 1] ?? [];
  const blocks: Block[] = [];
  for (let c = 1; c <= row.length; c++) {
    const raw = row[c - 1];
    // "Quý IV/2021 (đến 15/12)": the period before its note. "1.1 - Hồ sơ TTHC tiếp nhận trực tuyến": a
    // criterion's block, the periods down the rows (its code, above the view's header, names the view's figures).
    const merge = grid.merges.find((m) => m.top === r && m.left === c);
    // 14/3/2021 typed as a date over "Số đạt | Tổng số": the report's day the block's figures stand at.
    if (raw !== undefined && isGridDate(raw) && !named) {
      let to = merge ? merge.right : c;
      if (!merge) while (to < row.length && blank(row[to])) to++;
      blocks.push({ from: c, to, label: `Số liệu đến ngày ${formatViDate(raw.date)}` });
      continue;
    }
    if (typeof raw !== "string") continue;
    // ("Kỳ quý I (15/12/2020 - 14/3/2021)", "Kỳ năm (…)": the reporting period named after "Kỳ".)
    const v = raw.replace(/^\s*kỳ\s+(?=quý|tháng|năm|\d)/iu, "");
    // "Đợt 1 (6 tháng đầu năm)": a survey's round, its period in the brackets.
    // "Năm (15/12/2020 - 14/12/2021)": the year's block by its days, beside "Quý I (…)", "6 tháng (…)".
    const labelled =
      parsePeriod(v.replace(/\s*\([^()]*\)\s*$/, "")) ||
      isRoundPeriod(v) ||
      CRITERION_BLOCK.test(v) ||
      YEAR_BY_DAYS.test(v) ||
      // "Lũy kế 9 tháng" beside the quarters: the nine months' own figures, a period of its own.
      (RUNNING_SPAN.test(v) && parsePeriod(v.replace(RUNNING_SPAN, "")) !== null) ||
      // "Khảo sát ngày 17/6/2021" over "Hài lòng | Số phiếu | Tỷ lệ %": a survey's round by its day.
      SURVEY_DAY.test(v);
    if (!labelled && !(named && merge && merge.right > merge.left && v.trim().length <= 80)) continue;
    let to = merge ? merge.right : c;
    if (!merge) while (to < row.length && blank(row[to])) to++;
    blocks.push({ from: c, to, label: v });
  }
  return blocks;
}

const LAST_YEAR_BLOCK = /^\s*(?:cùng kỳ|cung ky)\s/iu;
// "Tăng (+), giảm (-)", "So sánh", "Chênh lệch": this year's figure against last year's, no figure of either.
const CHANGE_HEADING = /^(?:tang|giam|so sanh|chenh lech)\b/;

const RUNNING_SPAN = /^\s*(?:lũy kế|luỹ kế|luy ke)\s+(?=\d{1,2}\s+tháng|\d{1,2}\s+thang)/iu;
const YEAR_BY_DAYS =
  /^\s*(?:cả\s+)?năm\s*\(\s*(?:từ\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*[-–—]\s*(?:đến\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*\)\s*$/iu;

// "Đợt 1 (6 tháng đầu năm)", "Đợt 2 (cả năm)": a round whose brackets name its period.
const ROUND_WITH_PERIOD =
  /^\s*(?:(?:khảo sát|khao sat|điều tra|dieu tra|lấy phiếu|lay phieu)\s+)?(?:đợt|dot|lần|lan)\s+(?:\d{1,2}|[IVX]{1,3})\s*\([^()]+\)\s*$/iu;
// ("Đợt I (05/2021)": the month in its brackets as a month and year; "Đợt 1 - tháng 6/2021": after a dash, as in brackets.)
const roundPeriod = (label: string): PeriodLabel | null => {
  const v = label.replace(/^(\s*(?:\p{L}+\s+)?(?:đợt|dot|lần|lan)\s+(?:\d{1,2}|[IVX]{1,3}))\s*[-–:]\s*([^()]+)$/iu, "$1 ($2)");
  return ROUND_WITH_PERIOD.test(v) ? parsePeriod(v.replace(/\(\s*(\d{1,2})\s*\/\s*(\d{4})\s*\)/, "(tháng $1/$2)")) : null;
};
const isRoundPeriod = (v: string): boolean => roundPeriod(v) !== null;

// A block named by what it measures holds a rate's parts: "Hài lòng | Tổng phiếu | Tỷ lệ", "Tử số | Mẫu số | Tỷ lệ".
const FIGURE_PARTS = /\b(?:ty le|ti le|tu so|mau so|tong so|tong|tong phieu|so phieu|hai long)\b|%/;

/** A block's day from the row between its period and its headings: the text its label takes, or a day that does not exist. */
interface BlockDay {
  col: number;
  /** "chốt ngày 14/3/2021" as the label's brackets take it; null where the day cannot be read. */
  words: string | null;
  text: string;
}

// "chốt ngày 14/3/2021", "Số liệu đến 30/9", "tính đến ngày 15/12/2021", or the day alone.
const DAY_WORDS =
  /^(?:\(?\s*)?(?:(?:số liệu|so lieu)\s+)?(?:chốt|chot|tính|tinh|đến|den|tới|toi|ngày|ngay)?[\p{L}\s]*?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\)?$/iu;

// "Ngày chốt số liệu", "Số liệu đến ngày", "Chốt ngày": a row of days' own label.
const DAY_LABEL = /\b(?:ngay|chot|den ngay|so lieu)\b/;
const DAY_SAID = /(?<!\p{L})(?:chốt|chot|tính đến|tinh den|đến|den|tới|toi|ngày|ngay)(?!\p{L})/iu;

/** "31/6/2021": a day and month written that no calendar has (the year, where missing, a leap one). */
export function impossibleDay(text: string): boolean {
  const m = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)/.exec(text);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 2024];
  return mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo);
}

/**
 * A row of the days the blocks' figures stand at, between the periods and their headings ("Quý I" over
 * "chốt ngày 14/3/2021" over "Số đạt | Tổng số | Tỷ lệ"): each block's day, at most one a block, nothing
 * else on the row. Null where the row is no such row.
 */
function dayRow(grid: Grid, d: number, blocks: readonly Block[]): Array<BlockDay | null> | null {
  const row = grid.rows[d - 1] ?? [];
  const days = blocks.map((): BlockDay | null => null);
  // "Ngày chốt số liệu | 14/3 | 14/6": a row its own label calls one of days, its days given without their year.
  const labelled = row.some((v, k) => k + 1 < blocks[0].from && typeof v === "string" && !/\d/.test(v) && DAY_LABEL.test(looseKey(v)));
  const hidden = new Set(grid.hiddenCols);
  for (let c = 1; c <= row.length; c++) {
    const v = row[c - 1];
    // (A hidden period's day, left with its block.)
    if (blank(v) || hidden.has(c)) continue;
    const i = blocks.findIndex((b) => c >= b.from && c <= b.to);
    // "Ngày chốt số liệu" naming the row before the blocks: a label, no day.
    if (i < 0 && c < blocks[0].from && typeof v === "string" && !/\d/.test(v) && DAY_LABEL.test(looseKey(v))) continue;
    // The same day written under each heading of its block ("14/3 | 14/3"): once.
    if (
      i >= 0 &&
      days[i] !== null &&
      (v !== undefined && isGridDate(v) ? formatViDate(v.date) : cellText(v ?? null).trim()) === (days[i] as BlockDay).text
    )
      continue;
    if (i < 0 || days[i] !== null) return null;
    // "44286" under "Ngày chốt số liệu": a day Excel shows as its serial (a date column formatted General).
    const serial =
      labelled && v !== undefined && (typeof v === "number" || /^\s*\d{5}\s*$/.test(String(v))) ? fromExcelSerial(Number(v)) : null;
    const asDate =
      v !== undefined && isGridDate(v) ? v.date : serial !== null && serial >= "2000-01-01" && serial <= "2050-12-31" ? serial : null;
    if (asDate !== null) {
      days[i] = {
        col: c,
        words: `đến ${formatViDate(asDate)}`,
        text: typeof v === "number" || typeof v === "string" ? String(v).trim() : formatViDate(asDate),
      };
      continue;
    }
    // A day with its year ("31/8/21"), its words ("chốt ngày 14/3") or its row's label; never "45/50", a count over a count.
    if (
      typeof v !== "string" ||
      !DAY_WORDS.test(v.trim()) ||
      !(labelled || DAY_SAID.test(v) || /\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.test(v))
    )
      return null;
    const text = v.trim().replace(/^\(\s*|\s*\)$/g, "");
    // A day alone is the day the figures stand at, as the label's brackets say it.
    days[i] = { col: c, words: impossibleDay(text) ? null : /^\d/.test(text) ? `đến ${text}` : text, text };
  }
  return days.some((x) => x !== null) ? days : null;
}

/** A heading under a year's band that is a part of it ("quy i", "thang 7", "6 thang"). */
function periodsUnder(k: string): boolean {
  const p = parsePeriod(k);
  return p !== null && p.kind !== "year" && p.kind !== "day";
}

/** Periods down the first column of a table: two rows at least under its header. */
function periodsDown(grid: Grid, from: number, labelsTo: number): boolean {
  let n = 0;
  for (let r = from; r <= Math.min(grid.rows.length, from + 24); r++)
    for (let c = 1; c <= labelsTo; c++) {
      const v = grid.rows[r - 1]?.[c - 1];
      if (typeof v === "string" && parsePeriod(v.replace(/\s*\([^()]*\)\s*$/, ""))) {
        n++;
        break;
      }
    }
  return n >= 2;
}

/**
 * A table of figures whose periods each head a block of columns ("Quý III/2021" over "Rất hài lòng |
 * Hài lòng | … | Tổng số phiếu | Tỷ lệ hài lòng (%)", then "Quý IV/2021" over the same): each block
 * read as a table of its own, under its period, beside the rows' labels. Column letters and rows stay
 * as they are; each view keeps the labels' columns and one block, the period written above its header.
 */
export interface BlockView {
  grid: Grid;
  /** The sheet's cell a cell of the view stands for; null where another view tells it. */
  source: (r: number, c: number) => [number, number] | null;
  /** No figure under the block's headings yet ("Tháng 12/2021" | "Đạt | Tổng" over blanks): nothing to read. */
  empty: boolean;
  /** The block's own cells (its period and headings), to account for when it is not read. */
  cells: Array<[number, number]>;
  /** Several records of the view stand on one row of the sheet, each in its own column. */
  manyPerRow?: true;
  /** The periods' total after them ("Cộng quý III" over the same headings): its columns, in no view; said by the first. */
  total?: { label: string; from: number; to: number };
  /** A period's columns hidden among the others ("Quý III (tạm tính)"): in no view; said by the first. */
  hidden?: Array<{ label: string; from: number; to: number }>;
  /** Bands after the periods over the same headings, their label no period ("Cả kỳ", "Năm nay"): in no view; said by the first. */
  unread?: Array<{ label: string; from: number; to: number }>;
  /** An empty block's words where figures would be ("Đang tổng hợp"): row, column, text; said in Kiểm tra. */
  words?: Array<[number, number, string]>;
  /** What the block measures, where a name heads it rather than a period ("Hồ sơ tiếp nhận trực tuyến"). */
  measure?: string;
  /**
   * The block's day: on a row of its own ("chốt ngày 14/3/2021"), taken into its label (`own`), or in its
   * label's brackets; a day that does not exist is `bad`, the period's end dating the figures.
   */
  day?: { row: number; col: number; text: string; bad: boolean; own: boolean };
  /**
   * Cells a survey's rate views leave out, said by the first: its overall index ("Chỉ số SIPAS chung"), the forms
   * counted beside the rates ("Số phiếu phát ra"), words merged across the aspects (a column's: `row` null).
   */
  notRead?: Array<{ label: string; row: number | null; col: number; why: "overall" | "forms" | "remark" | "estimate" }>;
  /** Header cells the view writes into another of its cells ("Tiếp cận dịch vụ" under its merged parent): accounted as the header's. */
  written?: Array<[number, number]>;
  /** A table of its own under the blocks' ("NHIỆM VỤ TRỌNG TÂM QUÝ IV" over "STT | Nội dung | …"): its first row, in no view. */
  below?: number;
}

export function periodBlocks(grid: Grid, facts: FactsCache): BlockView[] | null {
  for (let r = 1; r < Math.min(grid.rows.length, SCAN_ROWS); r++) {
    let blocks = blocksOf(grid, r);
    let named = false;
    // Blocks named by what they measure ("Tiếp cận dịch vụ", "Thủ tục hành chính" …), a rate's parts under each and
    // periods down the rows: each block a criterion's readings. Only looked for where two merges start on the row.
    if (blocks.length < 2 && grid.merges.filter((m) => m.top === r && m.right > m.left).length >= 2) {
      const byName = blocksOf(grid, r, true);
      const sub = grid.rows[r] ?? [];
      const parts = (b: Block) => {
        for (let c = b.from; c <= b.to; c++) if (FIGURE_PARTS.test(looseKey(cellText(sub[c - 1] ?? null)))) return true;
        return false;
      };
      if (byName.length >= 2 && byName.every(parts) && periodsDown(grid, r + 2, byName[0].from - 1)) {
        blocks = byName;
        named = true;
      }
    }
    // A period's column hidden between the others ("Quý III (tạm tính)", superseded): no block of its own.
    const hiddenCols = new Set(grid.hiddenCols);
    const isHidden = (b: Block) => Array.from({ length: b.to - b.from + 1 }, (_, k) => b.from + k).every((c) => hiddenCols.has(c));
    const hidden = blocks.filter(isHidden).map((b) => ({ label: b.label, from: b.from, to: b.to }));
    blocks = blocks.filter((b) => !isHidden(b));
    // "Quý IV/2021 (dự kiến)" over "Số phiếu | Tỷ lệ" after the quarters: figures not yet done, no period's block; its
    // columns are said as estimates (its headings, unlike the others', had kept the quarters from being read at all).
    const forecast = blocks.filter((b) => isForecastLabel(b.label));
    blocks = blocks.filter((b) => !isForecastLabel(b.label));
    // "Năm 2020" in one column beside bands of "Đạt | Tổng | %": that period's rate alone (below), never a band.
    const wide = blocks.filter((b) => b.to > b.from);
    if (wide.length < 2) continue;
    // "chốt ngày 14/3/2021" under each period, the headings a row lower: each block's day, in its label's brackets.
    // Or right under the headings ("Số đạt | Tổng số" over "14/3/2021"): the same, the figures a row lower.
    const between = named ? null : dayRow(grid, r + 1, blocks);
    const under = named || between ? null : dayRow(grid, r + 2, blocks);
    const days = between ?? under;
    const dayAt = between ? r + 1 : under ? r + 2 : null;
    if (days) blocks = blocks.map((b, i) => (days[i]?.words ? { ...b, label: `${b.label} (${days[i]?.words})` } : b));
    // "Quý II (chốt ngày 31/6/2021)": a day in the label's brackets that does not exist is named and left out of it.
    const badInLabel = blocks.map((b) => {
      // A day written with a slash ("31/6/2021"), never a code ("(1.13)").
      const m = named ? null : /\s*\(([^()]*\d\s*\/\s*\d[^()]*)\)\s*$/.exec(b.label);
      return m && impossibleDay(m[1]) ? m[1].trim() : null;
    });
    blocks = blocks.map((b, i) => (badInLabel[i] !== null ? { ...b, label: b.label.replace(/\s*\([^()]*\)\s*$/, "") } : b));
    const hr = between ? r + 2 : r + 1;
    const sub = grid.rows[hr - 1] ?? [];
    const headings = (b: Block) => {
      const keys: string[] = [];
      for (let c = b.from; c <= b.to; c++) keys.push(looseKey(cellText(sub[c - 1] ?? null)));
      return keys.join("|");
    };
    // The same headings under every period, words not figures.
    const first = headings(wide[0]);
    // Blocks named by their measures each have the parts of their own rate ("Đã giải quyết | Đúng hạn | Tỷ lệ").
    // ("Cùng kỳ 9 tháng năm 2020" over "Tỷ lệ | Tăng (+), giảm (-)": last year's block may keep fewer of them, and the change.)
    const firstKeys = first.split("|");
    // ("Số phiếu hài lòng" under one period, "Số phiếu HL" under the next: the same heading, abbreviated.)
    const fits = (b: Block) =>
      spelledOut(headings(b)) === spelledOut(first) ||
      (LAST_YEAR_BLOCK.test(b.label) &&
        headings(b)
          .split("|")
          .every((k) => k === "" || firstKeys.includes(k) || CHANGE_HEADING.test(k)));
    if (first.replace(/\|/g, "") === "" || (!named && !wide.every(fits))) continue;
    // A period in one column holds the bands' rate, where nothing under it says otherwise.
    const rateHeading = oneColumnRate(sub, wide[0]);
    // (Nothing under it, or only its unit: "Năm 2020" over "(%)".)
    // (Or the rate's own heading, "Năm 2020" over "Tỷ lệ" beside bands closing with theirs.)
    const unitOnly = (v: GridCell | undefined) =>
      blank(v) ||
      /^\(?\s*%\s*\)?$/.test(cellText(v ?? null).trim()) ||
      (rateHeading !== null && oneColumnRate([v ?? null], { from: 1, to: 1, label: "" }) !== null);
    if (blocks.some((b) => b.to === b.from && (named || rateHeading === null || !unitOnly(sub[b.from - 1])))) continue;
    // "KH | TH" under each period: a target and a result, read across by the table itself (never a view each).
    if (PLAN_RESULT.test(first)) continue;
    // "Năm 2021" over "Quý I | … | Quý IV": each year's quarters, read across by the table with the year from above.
    if (blocks.every((b) => parsePeriod(b.label)?.kind === "year") && first.split("|").every((k) => k === "" || periodsUnder(k))) continue;
    // "Năm 2020 | Năm 2021 | Tăng/giảm" under "Quý III", "Lũy kế 9 tháng": each year's period, read across by the table.
    if (first.split("|").some((k) => /^nam (?:19|20)\d\d$/.test(k))) continue;
    // "Tình trạng | Ghi chú", "Tiến độ | Kết quả" under each report's day: where each task stood, read across as its
    // states by report (statusByPeriod), never a table per report.
    if (first.split("|").every((k) => STATE_OR_REMARK.test(k)) && first.split("|").some((k) => STATE_SUB.test(k))) continue;
    const subTexts = sub.filter((v) => !blank(v));
    if (subTexts.some((v) => typeof v !== "string" || facts.of(v).number !== null)) continue;
    const labelsTo = blocks[0].from - 1;
    if (labelsTo < 1) continue;
    // "Quý I" over "Tử số | Mẫu số | Tỷ lệ % | Cùng kỳ 2020 (%)": last year's rate of the same period closing each band,
    // a one-column block of its own under that period ("Quý I/2020"), never a column of this year's view.
    const lastYear = named ? null : lastYearColumns(blocks, sub, titleYear(grid, r));
    if (lastYear !== null) blocks = lastYear;
    // ("Số liệu | Cùng kỳ 2020": each left a column of its own, the band's figure and last year's, each its rate.)
    // Read as rates only where the sheet says its figures are ("ĐVT: %", "86,4%", 0.864 shown as a percent, "(%)");
    // else each column keeps its own heading and is read by it (a count under "Số liệu" is never taken for a percent).
    const lastYearRate = (b: Block) => lastYear !== null && b.to === b.from && ratesShown(grid, r, hr, b.from);
    // "Cộng quý III" over the same headings after the months: their sum, never read again (every view would
    // otherwise carry its columns). Columns after it ("Ghi chú") speak of the row: every view keeps them, the first tells them.
    const total = totalAfter(grid, r, hr, blocks[blocks.length - 1].to, first);
    // "Năm (…)" or any band after the periods over the same headings whose label names no period it can be read as:
    // in no view (each view would carry its columns, the last one's figures read for every period); said.
    const taken = (c: number) => [...blocks, ...hidden, ...(total ? [total] : [])].some((b) => c >= b.from && c <= b.to) || c <= labelsTo;
    const unread = named ? [] : bandsAlike(grid, r, sub, first, taken);
    const after = Math.max(total?.to ?? blocks[blocks.length - 1].to, ...unread.map((u) => u.to));
    // A block holding only words ("Đang tổng hợp" merged over its cells) has no figures yet: said, not read as rows.
    const words = blocks.map((): Array<[number, number, string]> => []);
    // "KH | TH | TL %" with only KH filled (the quarter planned, not yet done): no figure yet.
    const results = (b: Block) => {
      const all = Array.from({ length: b.to - b.from + 1 }, (_, k) => b.from + k);
      const done = all.filter((c) => !PLANNED_HEADING.test(looseKey(cellText(sub[c - 1] ?? null))));
      return done.length > 0 ? done : all;
    };
    const filled = blocks.map((b, i) => {
      for (let row = hr + 1; row <= grid.rows.length; row++)
        for (const c of row === dayAt ? [] : results(b)) {
          const v = grid.rows[row - 1]?.[c - 1];
          if (blank(v)) continue;
          if (typeof v !== "string" || facts.of(v).number !== null || /^[\d\s.,/%]+$/.test(v)) return true;
          words[i].push([row, c, v.trim()]);
        }
      return false;
    });
    if (!filled.some(Boolean)) continue;
    // (A title naming two years, "… NĂM 2021 (so sánh với năm 2020)": the latest band's year is the sheet's.)
    const year = titleYear(grid, r) ?? latestYear(blocks);
    const owners = named ? rateOwners(grid, r, blocks, after) : new Map<number, number>();
    // "Ngày khảo sát" beside "Năm 2020 | Năm 2021", its days in 2021: the later year's day, never last year's figures'.
    const notOwn = named ? blocks.map(() => new Set<number>()) : blocks.map((b) => daysOutside(grid, hr, labelsTo, after, b.label, year));
    // (Days outside every band's period are no one band's: kept in every view, as before, never dropped unread.)
    for (const c of notOwn[0] ?? []) if (notOwn.every((s) => s.has(c))) for (const s of notOwn) s.delete(c);
    const teller = (c: number) =>
      Math.max(
        0,
        notOwn.findIndex((s) => !s.has(c)),
      );
    // "Ước cả năm (%)" after the periods: figures not yet done, in no view (a percent beside the rows read them as
    // tasks' progress); said by the first.
    const estimates = [
      ...new Set([
        ...estimatesAfter(grid, r, hr, after),
        ...forecast.flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, k) => b.from + k)),
      ]),
    ].sort((a, b) => a - b);
    for (const set of notOwn) for (const c of estimates) set.add(c);
    // "NHIỆM VỤ TRỌNG TÂM QUÝ IV" over "STT | Nội dung | Người thực hiện | Thời hạn | Kết quả" under the blocks' rows:
    // a table of its own, read apart (each view had cut its columns up among the periods).
    const below = tableBelow(grid, hr + 1);
    const cut = (g: Grid): Grid => (below === null ? g : { ...g, rows: g.rows.map((x, k) => (k + 1 >= below ? [] : x)) });
    return blocks.map((b, i) => ({
      ...(i === 0 && below !== null ? { below } : {}),
      ...(i === 0 && total ? { total } : {}),
      ...(i === 0 && hidden.length > 0 ? { hidden } : {}),
      ...(i === 0 && unread.length > 0 ? { unread } : {}),
      ...(days?.[i] && dayAt !== null
        ? { day: { row: dayAt, col: days[i].col, text: days[i].text, bad: days[i].words === null, own: true } }
        : {}),
      ...(badInLabel[i] !== null ? { day: { row: r, col: b.from, text: badInLabel[i] as string, bad: true, own: false } } : {}),
      ...(named ? { measure: b.label.trim() } : {}),
      ...(i === 0 && estimates.length > 0
        ? {
            notRead: estimates.map((c) => ({
              label: cellText(grid.rows[r - 1]?.[c - 1] ?? null).trim() || cellText(grid.rows[hr - 1]?.[c - 1] ?? null).trim(),
              row: null,
              col: c,
              why: "estimate" as const,
            })),
          }
        : {}),
      grid: view(
        cut(grid),
        r,
        hr,
        dayAt,
        labelsTo,
        named ? b : withYear(b, year),
        after,
        // (A one-column period's view holds its rate alone: the columns after the bands are the others' to read.)
        (c) => b.to !== b.from && (owners.get(c) ?? i) === i,
        lastYearRate(b) ? "Tỷ lệ (%)" : b.to === b.from ? rateHeading : null,
        notOwn[i],
      ),
      empty: !filled[i],
      ...(!filled[i] && words[i].length > 0 ? { words: words[i] } : {}),
      cells: [
        ...[r, hr, ...(dayAt !== null ? [dayAt] : [])].flatMap((row) =>
          Array.from({ length: b.to - b.from + 1 }, (_, k): [number, number] => [row, b.from + k]).filter(
            ([x, c]) => !blank(grid.rows[x - 1]?.[c - 1]),
          ),
        ),
        ...(filled[i] ? [] : words[i].map(([x, c]): [number, number] => [x, c])),
      ],
      source: (row: number, c: number): [number, number] | null => {
        // The period written above the headings is the block's own label.
        if (row === r) return c === 1 ? [r, b.from] : null;
        if (c > after) return (owners.get(c) ?? teller(c)) === i ? [row, c] : null;
        if (c > labelsTo) return [row, c];
        // The rows' labels (and what is above the table) are the first view's to tell (a day column the first
        // view leaves out, the first keeping it).
        if (i !== teller(c)) return null;
        // A label moved down onto the headings' row is the one above it.
        return row === hr && blank(grid.rows[hr - 1]?.[c - 1]) ? [r, c] : [row, c];
      },
    }));
  }
  return null;
}

/** Columns after the bands headed as an estimate ("Ước cả năm (%)", "Dự kiến cả năm"), merged down or not. */
function estimatesAfter(grid: Grid, r: number, hr: number, after: number): number[] {
  const out: number[] = [];
  const width = Math.max((grid.rows[r - 1] ?? []).length, (grid.rows[hr - 1] ?? []).length);
  for (let c = after + 1; c <= width; c++) {
    const heading = cellText(grid.rows[r - 1]?.[c - 1] ?? null).trim() || cellText(grid.rows[hr - 1]?.[c - 1] ?? null).trim();
    if (isForecastLabel(heading)) out.push(c);
  }
  return out;
}

/** The latest year the bands name ("Năm 2020 | Năm 2021"), where every band names one; else null. */
// "Cùng kỳ 2020 (%)", "Cùng kỳ năm trước", "CK 2020": last year's figure of the band's period.
const LAST_YEAR_COLUMN = /^(?:cung ky|ck)\b/;

/**
 * The blocks with each band's last-year column split off as a block of its own, labelled with last year's same
 * period (the change columns after it, "Tăng/giảm", in no block); null where not every band has one, or a period or
 * its year cannot be told.
 */
function lastYearColumns(blocks: readonly Block[], sub: readonly GridCell[], titled: number | null): Block[] | null {
  if (blocks.length < 2 || blocks.some((b) => b.to <= b.from)) return null;
  const out: Block[] = [];
  const key = (c: number) => looseKey(cellText(sub[c - 1] ?? null));
  for (const b of blocks) {
    let at = 0;
    for (let c = b.from + 1; c <= b.to && at === 0; c++) if (LAST_YEAR_COLUMN.test(key(c))) at = c;
    if (at === 0) return null;
    for (let c = at + 1; c <= b.to; c++) if (!CHANGE_HEADING.test(key(c))) return null;
    const p = parsePeriod(b.label.replace(/\s*\([^()]*\)\s*$/, ""));
    const said = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(cellText(sub[at - 1] ?? null));
    const own = p?.year ?? titled;
    const year = said ? Number(said[1]) : own !== null ? own - 1 : null;
    if (p === null || p.kind === "day" || year === null) return null;
    out.push({ ...b, to: at - 1 }, { from: at, to: at, label: periodName(p, year) });
  }
  return out;
}

/** Whether a column's figures are rates as the sheet shows them: its heading or the title's lines say "%", or its cells do. */
function ratesShown(grid: Grid, r: number, hr: number, c: number): boolean {
  const said = (t: string) => t.includes("%") || /\b(?:ty le|ti le|hai long)\b/.test(looseKey(t));
  for (let t = 1; t < r; t++) if ((grid.rows[t - 1] ?? []).some((v) => typeof v === "string" && v.length <= 200 && said(v))) return true;
  if (cellText(grid.rows[hr - 1]?.[c - 1] ?? null).includes("%")) return true;
  let shown = 0;
  let filled = 0;
  for (let row = hr + 1; row <= grid.rows.length; row++) {
    const v = grid.rows[row - 1]?.[c - 1];
    if (blank(v)) continue;
    filled++;
    if ((typeof v === "string" && v.includes("%")) || (typeof v === "number" && (grid.formats[`${row}:${c}`] ?? "").includes("%"))) shown++;
  }
  return filled > 0 && shown * 2 >= filled;
}

function latestYear(blocks: readonly Block[]): number | null {
  const years = blocks.map((b) => parsePeriod(b.label.replace(/\s*\([^()]*\)\s*$/, ""))?.year ?? null);
  return years.length > 0 && years.every((y) => y !== null) ? Math.max(...(years as number[])) : null;
}

/**
 * Columns outside the bands ("Ngày khảo sát" after "Năm 2020 | Năm 2021") whose every day lies outside a band's
 * period: another band's days, left out of this one's view (the 2020 figures never dated 18/11/2021).
 */
function daysOutside(grid: Grid, hr: number, labelsTo: number, after: number, label: string, year: number | null): Set<number> {
  const out = new Set<number>();
  const p = parsePeriod(label.replace(/\s*\([^()]*\)\s*$/, ""));
  const y = p?.year ?? year;
  if (!p || y === null) return out;
  const from = periodStart(p, y);
  const to = periodEnd(p, y);
  const width = Math.max(...grid.rows.slice(hr).map((row) => row.length), 0);
  for (let c = 1; c <= width; c++) {
    if (c > labelsTo && c <= after) continue;
    let days = 0;
    let outside = true;
    for (let row = hr + 1; row <= grid.rows.length && outside; row++) {
      const v = grid.rows[row - 1]?.[c - 1] ?? null;
      if (v === null || !isGridDate(v)) continue;
      days++;
      outside = v.date < from || v.date > to;
    }
    if (days > 0 && outside) out.add(c);
  }
  return out;
}

/**
 * The first row of another table under the blocks' figures: after a blank row, a header of three words or more and
 * no figure, with rows under it (a title line between them may stand). Null where the sheet holds no other table.
 */
function tableBelow(grid: Grid, from: number): number | null {
  let blankSeen = false;
  for (let r = from; r <= grid.rows.length; r++) {
    const cells = (grid.rows[r - 1] ?? []).filter((v) => !blank(v));
    if (cells.length === 0) {
      blankSeen = true;
      continue;
    }
    if (!blankSeen) continue;
    const words = cells.filter((v) => typeof v === "string" && v.trim().length <= 40 && !/\d/.test(v));
    const under = (grid.rows[r] ?? []).filter((v) => !blank(v)).length;
    if (words.length >= 3 && words.length === cells.length && under >= 2) {
      // A title line right above the header ("NHIỆM VỤ TRỌNG TÂM QUÝ IV/2021") belongs to it.
      const above = (grid.rows[r - 2] ?? []).filter((v) => !blank(v));
      return above.length === 1 && typeof above[0] === "string" ? r - 1 : r;
    }
  }
  return null;
}

/** The heading of a band's rate ("%", "Tỷ lệ (%)"), where its last column holds one; else null. */
// "HL", "HS", "VB": the words a heading abbreviates, spelled as its neighbours spell them.
const ABBREVIATED: ReadonlyArray<[RegExp, string]> = [
  [/\bhl\b/g, "hai long"],
  [/\bhs\b/g, "ho so"],
  [/\bvb\b/g, "van ban"],
];

function spelledOut(key: string): string {
  return ABBREVIATED.reduce((k, [word, spelled]) => k.replace(word, spelled), key);
}

function oneColumnRate(sub: readonly GridCell[], band: Block): string | null {
  const last = cellText(sub[band.to - 1] ?? null).trim();
  // ("Tỷ lệ HL", "Tỷ lệ đạt (%)": the rate with a word of what it is of.)
  return /^(?:%|(?:ty le|ti le)(?: [a-z]+){0,3})(?: %| \(%\))?$/.test(looseKey(last).replace(/[()]/g, "").trim()) || last === "%"
    ? last
    : null;
}

/**
 * Columns outside every block whose headings repeat the periods' own ("Số HS đạt | Tổng số | Tỷ lệ" under "Năm (…)" or
 * any label naming no period), merged over or not: each run of them a band no view may carry.
 */
function bandsAlike(
  grid: Grid,
  r: number,
  sub: readonly GridCell[],
  first: string,
  taken: (c: number) => boolean,
): Array<{ label: string; from: number; to: number }> {
  const own = new Set(first.split("|").filter((k) => k !== ""));
  const runs: Array<{ label: string; from: number; to: number }> = [];
  for (let c = 1; c <= sub.length; c++) {
    if (taken(c) || !own.has(looseKey(cellText(sub[c - 1] ?? null)))) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1) last.to = c;
    else runs.push({ label: cleanText(cellText(grid.rows[r - 1]?.[c - 1] ?? null)), from: c, to: c });
  }
  // (One heading alone repeated, "Ghi chú" beside a block's own, is no band.)
  return runs.filter((x) => x.to > x.from);
}

/** A block summing the periods' blocks right after them: a total's label over the same headings. */
function totalAfter(grid: Grid, r: number, hr: number, lastTo: number, headings: string): BlockView["total"] | null {
  const row = grid.rows[r - 1] ?? [];
  const from = lastTo + 1;
  const v = row[from - 1];
  if (typeof v !== "string" || !isTotalLabel(v)) return null;
  const merge = grid.merges.find((m) => m.top === r && m.left === from);
  const to = merge ? merge.right : from;
  const sub = grid.rows[hr - 1] ?? [];
  const keys: string[] = [];
  for (let c = from; c <= to; c++) keys.push(looseKey(cellText(sub[c - 1] ?? null)));
  return to > from && keys.join("|") === headings ? { label: v.trim(), from, to } : null;
}

/** "Quý I" under a title of 2021 is "Quý I/2021": the view's period names its year ("(đến 30/11)" kept after it). */
function withYear(b: Block, year: number | null): Block {
  if (year === null) return b;
  // "Đợt 1 (6 tháng đầu năm)": named by the period of its brackets.
  const round = roundPeriod(b.label);
  if (round) return { ...b, label: periodName(round, round.year ?? year) };
  // "Lũy kế 9 tháng": the nine months' own, said a running total.
  const running = RUNNING_SPAN.test(b.label) ? parsePeriod(b.label.replace(RUNNING_SPAN, "")) : null;
  if (running) return { ...b, label: `${periodName(running, running.year ?? year)} (lũy kế)` };
  const m = /^(.*?)(\s*\([^()]*\)\s*)?$/.exec(b.label);
  const bare = m?.[1] ?? b.label;
  const p = parsePeriod(bare);
  // "Năm 2020" on a sheet of 2021: last year's whole, by its days (the title's day is this year's, never its).
  if (p && p.kind === "year" && p.year !== null && p.year < year)
    return { ...b, label: `${bare.trim()} (01/01/${p.year} - 31/12/${p.year})` };
  // Named as the title would name it ("6 tháng đầu năm 2021", never "6 tháng/2021"), so the view's title dates it.
  return p && p.year === null ? { ...b, label: `${periodName(p, year)}${m?.[2] ?? ""}` } : b;
}

// Words any dossier or figure heading has, that tell no block from another.
const COMMON_WORDS = new Set(["so", "ho", "hs", "tthc", "tong", "da", "duoc", "trong", "do", "cua", "ty", "le", "ti"]);

/**
 * A rate after blocks named by what they measure ("Số hồ sơ tiếp nhận" | "Số hồ sơ đã giải quyết", then
 * "Tỷ lệ giải quyết đúng hạn (%)"): the block it shares words with owns it, so no other block's counts are
 * checked against it. Column → the owning block's index; a rate sharing words with none, or with two, stays
 * in every view.
 */
function rateOwners(grid: Grid, r: number, blocks: readonly Block[], after: number): Map<number, number> {
  const owners = new Map<number, number>();
  const wordsOf = (text: string) =>
    new Set(
      looseKey(text)
        .split(" ")
        .filter((w) => w.length >= 2 && !COMMON_WORDS.has(w)),
    );
  // A block's words: its name, and its own headings under it ("Trực tuyến | Trực tiếp | Tổng").
  const labels = blocks.map((b) => {
    const words = wordsOf(b.label);
    for (let c = b.from; c <= b.to; c++) for (const w of wordsOf(cellText(grid.rows[r]?.[c - 1] ?? null))) words.add(w);
    return words;
  });
  const width = Math.max(grid.rows[r - 1]?.length ?? 0, grid.rows[r]?.length ?? 0);
  for (let c = after + 1; c <= width; c++) {
    const heading = [grid.rows[r - 1]?.[c - 1], grid.rows[r]?.[c - 1]].map((v) => cellText(v ?? null)).join(" ");
    if (!/^(?:ty le|ti le)\b/.test(looseKey(heading.trim()))) continue;
    const own = wordsOf(heading);
    const shared = labels.map((l) => [...l].filter((w) => own.has(w)).length);
    const best = Math.max(...shared);
    if (best > 0 && shared.filter((n) => n === best).length === 1) owners.set(c, shared.indexOf(best));
  }
  return owners;
}

/** The sheet with the labels' columns and one block kept, its period on the row above the headings. */
function view(
  grid: Grid,
  r: number,
  hr: number,
  dayAt: number | null,
  labelsTo: number,
  b: Block,
  after: number,
  ownsAfter: (c: number) => boolean,
  // The heading a one-column period's figure stands under ("%" as in the bands beside it).
  heading: string | null = null,
  // Columns of days outside the period's own: none of its figures'.
  notOwn: ReadonlySet<number> = new Set(),
): Grid {
  const keep = (c: number) => !notOwn.has(c) && (c <= labelsTo || (c >= b.from && c <= b.to) || (c > after && ownsAfter(c)));
  // Header rows above the periods' ("STT | Lĩnh vực | Kết quả giải quyết" over "6 tháng | 9 tháng"): their labels
  // are written on the headings' row, the parent over every period dropped; the period's label heads the view.
  // "Số liệu tại ngày chốt báo cáo" merged over every period on the row above: a header row too, its labels
  // ("STT | Chỉ số | … | Chỉ tiêu KH", left unmerged) beside it.
  const parent = grid.merges.some((m) => m.top === r - 1 && m.bottom === r - 1 && m.left <= b.from && m.right >= b.to && m.right > m.left);
  const upper = Math.min(r, ...(parent ? [r - 1] : []), ...grid.merges.filter((m) => m.top < r && m.bottom > r).map((m) => m.top));
  const rows = grid.rows.map((row, i) => {
    if (i === r - 1) return [b.label];
    // The row of days between the period and the headings is in the label now.
    if ((i >= upper - 1 && i < r - 1) || i === (dayAt ?? 0) - 1) return [];
    const kept = row.map((v, k) => (keep(k + 1) ? v : null));
    // A label merged down over both header rows ("Tiêu chí", "Tỷ lệ đúng hạn (%)" after the blocks) is written on the headings' row.
    // So is one merged down from a row above the periods ("STT", "Lĩnh vực" over three header rows).
    if (i === hr - 1)
      for (let c = 1; c <= Math.max(kept.length, labelsTo, ...grid.rows.slice(upper - 1, r).map((x) => x.length)); c++)
        if ((c <= labelsTo || c > after) && blank(kept[c - 1]) && keep(c)) {
          while (kept.length < c) kept.push(null);
          const down = grid.merges.find((m) => m.left === c && m.top < r && m.bottom >= hr);
          kept[c - 1] =
            grid.rows[r - 1]?.[c - 1] ??
            (down ? (grid.rows[down.top - 1]?.[c - 1] ?? null) : null) ??
            (parent ? (grid.rows[r - 2]?.[c - 1] ?? null) : null);
        }
    if (i === hr - 1 && heading !== null) {
      while (kept.length < b.from) kept.push(null);
      kept[b.from - 1] = heading;
    }
    return kept;
  });
  const merges: CellRange[] = grid.merges.filter((m) => !(m.top <= hr - 1 && m.bottom >= r) && keep(m.left) && keep(m.right));
  return columnsView(grid, keep, rows, merges);
}
