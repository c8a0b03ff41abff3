import { aspectNamed } from "./suggest";
import { IsoDate, daysInMonth } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { TaskStatus } from "../vocab";
import { bestAssignment } from "./assign";
import { FactsCache, TextFacts, cellKind, statusWord } from "./cellFacts";
import {
  EXTENSION_HEADING,
  Field,
  MAX_HEADING_CHARS,
  PLANNED_HEADING,
  REACHED_HEADING,
  READING_FIELDS,
  ReadingField,
  TASK_FIELDS,
  TaskField,
  dateOrderHint,
  headingKey,
  isEnglishHeading,
  keyScore,
} from "./columns";
import { CellRange, Grid, GridCell, cellAt, cellText, isBlank, isGridDate, titleYear } from "./grid";
import { contextPeriod, pickedPeriod, placeDateLine, sectionPeriod } from "./contextPeriod";
import { pickCounts } from "./counts";
import { MergeIndex } from "./mergeIndex";
import {
  PeriodLabel,
  isEstimateLabel,
  isForecastLabel,
  isTotalLabel,
  parsePeriod,
  periodCovers,
  relativePeriod,
  sameStart,
  yearIn,
} from "./periods";
import { ColumnProfile, profileColumn, readingContentScore, taskContentScore } from "./profile";
import { daySpan } from "./daySpan";

export type SheetKind = "tasks" | "readings";

/** Period columns of a table laid out across: which period each column is, and which are totals. */
export interface AcrossLayout {
  periods: Record<number, PeriodLabel>;
  /** Columns of cumulative figures or totals ("Lũy kế", "Cả năm", "6 tháng" beside quarters): not read. */
  skipped: number[];
  /** Period columns that are running totals ("Lũy kế 9 tháng"): read as the total to date, never added to the others. */
  running?: number[];
  /**
   * Skipped columns that name a period holding others ("Cộng quý III" beside its months, "Cả năm" beside the quarters):
   * a reading of that longer period for figures (the summary never adds a period to one it holds), never a task's progress.
   */
  holding?: Record<number, PeriodLabel>;
  /** The column naming each row's measure or indicator. */
  label: number | null;
  /** Columns that describe a row rather than hold figures: its number, its unit ("Đơn vị tính"). */
  described: number[];
  /** One period's target and result beside the year's estimate ("6 tháng" and "Ước cả năm", each over "Chỉ tiêu | TH"). */
  besideEstimate?: true;
}

/** Where a sheet's table is and what each column holds. */
export interface TableLayout {
  kind: SheetKind;
  /** First and last header rows (equal for a one-level header). */
  headerTop: number;
  headerBottom: number;
  /** The heading of every column of the table (levels joined), for showing the user. */
  headings: Record<number, string>;
  /** The column of each field found. */
  columns: Partial<Record<Field, number>>;
  /** Tick columns under "Tình trạng" ("Đã hoàn thành | Đang thực hiện | Chưa thực hiện"): column -> status. */
  statusTicks?: Record<number, TaskStatus>;
  /** A column per hamlet ("Thôn 1 … Thôn 6") marked where the task is done there. */
  placesAcross?: number[];
  /** The column of the day each task was given ("Ngày giao"), where a deadline is written in days from it. */
  assigned?: number;
  /** Columns the user said not to use ("(không dùng)"): neither read nor carried into Ghi chú. */
  ignored?: number[];
  /** Readings across the columns (months, quarters …), to be unpivoted. */
  across?: AcrossLayout;
  /** A task table whose progress is kept per period across the columns ("Tiến độ (%)": T9 | T10 | T11). */
  progressAcross?: AcrossLayout;
  /** Readings across whose rows are tasks as well ("Nhiệm vụ | Chủ trì | Thời hạn" before the periods): the tasks' columns. */
  tasksBeside?: Partial<Record<Field, number>>;
  /** Columns under a content heading merged across them, a task's words wrapped from one into the next: read as one text. */
  contentSpan?: number[];
  /** The running total's columns beside the period's own ("Lũy kế từ đầu năm" over the same headings as "Trong kỳ"). */
  running?: Partial<Record<Field, number>>;
  /** The figures read are under "Lũy kế từ đầu năm": each a total to date, its period named so. */
  toDate?: boolean;
  /** Periods down a column, an indicator per column named by its heading ("Tiếp cận dịch vụ" …): each cell a reading. */
  criteriaAcross?: number[];
  /** "Từ ngày" beside "Đến ngày" with no period named: each row's span starts there, and ends on the date column's day. */
  spanFrom?: number;
  /** Normalised headings joined: the same table next quarter, in a renamed file, has the same one. */
  signature: string;
  /** Day-first or month-first dates, where the headings say ("(m/d/yyyy)") or the sheet is in English. */
  dateHint: "dm" | "md" | null;
  english: boolean;
}

export type Detection = { ok: true; layouts: TableLayout[] } | { ok: false; reason: string; guess: SheetGuess };

/** What a sheet without a table looks like, so the user is told more than "nothing found". */
export type SheetGuess =
  "empty" | "text" | "numbers" | "list" | "people" | "documents" | "dossiers" | "header-only" | "summary" | "unknown";

export interface DetectOptions {
  asOf: IsoDate | null;
  facts: FactsCache;
  /** The title or the sheet's name gives the period: a table of figures needs no period column. */
  dated?: boolean;
  /** The workbook's cover sheet gives the period of sheets that do not give their own. */
  coverDated?: boolean;
}

const MAX_COLS = 80;
const MAX_CANDIDATES = 40;
const SAMPLE_ROWS = 60;
/** Below this an assignment is not trusted as a table. */
const MIN_TABLE_SCORE = 5;
/** A column is given a field only if heading and content together score at least this. */
const MIN_FIELD_SCORE = 1.2;

interface Band {
  top: number;
  bottom: number;
  /** First row after the header (after a numbering row "(1) (2) (3)" if there is one). */
  dataStart: number;
  width: number;
  headings: string[];
  keys: string[];
  /** Each column's labels, level by level and joined, keyed: to recognise this header printed again. */
  levelKeys: Array<Set<string>>;
  /** A column's lowest heading when it has more than one level ("chu tri" under "phan cong"), else "". */
  lowest: string[];
}

interface Candidate {
  layout: TableLayout;
  band: Band;
  score: number;
  /** The part of the score the headings earned: a band found by content alone is trusted only at the top. */
  byHeadings: number;
}

/** Best heading score of a text for any field (memoised: headings repeat across sheets). */
function headingHits(key: string, memo: Map<string, number>): number {
  let v = memo.get(key);
  if (v === undefined) {
    v = 0;
    if (key !== "" && key.length <= MAX_HEADING_CHARS)
      for (const f of [...TASK_FIELDS, ...READING_FIELDS]) v = Math.max(v, keyScore(key, f));
    memo.set(key, v);
  }
  return v;
}

function rowCells(grid: Grid, r: number): readonly (string | number | boolean | null | object)[] {
  return grid.rows[r - 1] ?? [];
}

const VERDICT_HEADING = /^(?:danh gia|ket qua danh gia|tu danh gia|dat chua dat|dat khong dat)$/;

const CODE_NAMED = /^\s*(?:(?:tc|tctp|tiêu chí|chỉ số)\s*)?[1-6]\.\d{1,2}\.?\s*[-–:]\s*\p{L}/iu;

// A count and its rate in brackets ("… 401 hồ sơ (99,0%)"), or a label and the rate it reached ("Năm 2020: 12%").
// ("Tiếp nhận 248 hồ sơ, trong đó trực tuyến … 61 hồ sơ, đạt 24,6%": counts, then the rate they reach.)
// ("Đến 31/01/2022 đạt 100%": a day and the share to reach by it, a figure's remark.)
const FIGURE_SAID =
  /\d\s*\p{L}*[^\d()]{0,30}\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)|:\s*\d{1,3}(?:[.,]\d+)?\s*%\s*$|\d\s+\p{L}[^%]*(?<!\p{L})(?:đạt|là|bằng)\s+\d{1,3}(?:[.,]\d+)?\s*%|(?:\d{4}|\d{1,2}\s*\/\s*\d{1,2})\s+đạt\s+\d{1,3}(?:[.,]\d+)?\s*%/u;

/** Short texts only (no numbers, dates or sentences): what a header row is made of. */
function headerLike(
  grid: Grid,
  merges: MergeIndex,
  r: number,
  facts: FactsCache,
  memo: Map<string, number>,
): { texts: number; hits: number; data: number } {
  let texts = 0;
  let hits = 0;
  let data = 0;
  let wideCells = 0;
  const wide: string[] = [];
  const labels: TextFacts[] = [];
  const cells = rowCells(grid, r);
  // Two numbers or dates make a data row: decided before any text is looked at (the hot path).
  let values = 0;
  for (let c = 0; c < Math.min(cells.length, MAX_COLS) && values < 2; c++) {
    const kind = cellKind(cells[c] as Parameters<typeof cellKind>[0]);
    if (kind !== "empty" && kind !== "text") values++;
  }
  const years =
    values >= 2 ? (yearHeadings(cells) ?? dateHeadings(grid, merges, r)) : daysTyped(cells) ? dateHeadings(grid, merges, r) : null;
  if (values >= 2 && years === null) return { texts: 0, hits: 0, data: values };
  // "1.5 - Văn bản điện tử" opening the row, no other criterion beside it: a criterion's row of figures, not headings
  // (criteria across the columns head each column with one).
  const named = cells.filter((v) => typeof v === "string" && CODE_NAMED.test(v));
  // (A heading alone on its row, "TIÊU CHÍ 1.4: Thực hiện giải ngân …", is a section's, as before.)
  const many = cells.filter((v) => !isBlank(v as GridCell)).length >= 2;
  if (many && named.length === 1 && named[0] === cells.find((v) => !isBlank(v as GridCell))) data++;
  for (let c = 0; c < Math.min(cells.length, MAX_COLS); c++) {
    const v = cells[c] as Parameters<typeof cellKind>[0];
    if (years?.has(c)) continue;
    // A title merged across the table is one long label, not a row of headings.
    const m = merges.at(r, c + 1);
    if (m && m.right - m.left >= 3 && m.top === m.bottom) {
      wideCells++;
      if (c + 1 === m.left && typeof v === "string") wide.push(v);
      continue;
    }
    const kind = cellKind(v);
    if (kind === "empty") continue;
    if (kind !== "text") {
      data++;
      continue;
    }
    const f = facts.of(v as string);
    // "Tiếp nhận 86 hồ sơ trực tuyến/412 hồ sơ (20,9%)", "Năm 2020: 12%": a rate reached, never a heading.
    const said = FIGURE_SAID.test(f.text);
    // "48/230", "226/228 (99,1%)": a part over a whole is a figure, never a heading; nor is a tick ("x") in a box.
    if (
      f.text.length > MAX_HEADING_CHARS ||
      f.date ||
      f.fraction !== null ||
      (f.number !== null && !/^\(?\d{1,2}\)?$/.test(f.text)) ||
      /^[xX✓√✔]$/.test(f.text) ||
      // "Xong ngày 08/10/2021", "Đã gửi 12/11": how a task went, never a heading.
      (/^(?:da|xong|hoan thanh|ht|dang|chua)\b/.test(f.key) && /\d{1,2}\s*\/\s*\d{1,2}/.test(f.text)) ||
      said
    ) {
      // (A figure said in words is a row of results whatever else it holds: never a header.)
      data += said ? 2 : 1;
      continue;
    }
    texts++;
    labels.push(f);
  }
  // Among other headings, a wide merged label is a parent heading ("Tiến độ (%)" over its months).
  if (texts >= 2 && wide.length > 0 && wide.every((w) => w.length <= MAX_HEADING_CHARS))
    for (const w of wide) {
      texts++;
      labels.push(facts.of(w));
    }
  else data += wideCells;
  // A row with more than one value is data, whatever its texts say: no heading is matched (the hot path).
  if (data > 1) return { texts, hits: 0, data };
  for (const f of labels) if (f.period || headingHits(headingKey(f.text), memo) > 0) hits++;
  return { texts, hits, data };
}

/** Whether the row above is a total ("Cộng", "Tổng cộng") with figures: a table's last row, its rates and notes under it. */
function underTotal(grid: Grid, r: number): boolean {
  const above = (grid.rows[r - 2] ?? []).filter((v) => !isBlank(v));
  const label = above.find((v): v is string => typeof v === "string");
  return label !== undefined && isTotalLabel(label.trim()) && above.filter((v) => typeof v === "number").length >= 2;
}

/** A row whose first cells lie in cells merged down from a row above that is no header: that row's block goes on. */
function continuesMergedBlock(merges: MergeIndex, r: number, tops: readonly number[]): boolean {
  for (let c = 1; c <= 3; c++) {
    const m = merges.at(r, c);
    if (m && m.top < r && m.left === m.right && !tops.includes(m.top) && !tops.includes(m.top - 1)) return true;
  }
  return false;
}

/** "(1) (2) (3)", "1 2 3 4" or "A B C" right under a header: column numbers, not data. */
export function isNumberingRow(cells: readonly unknown[]): boolean {
  // Asked of every row: each kind needs its first label to be a number, a letter, a code or a bracket, so
  // most rows are answered from their first filled cell alone.
  const first = cells.find((c) => c !== null && c !== undefined && String(c).trim() !== "");
  if (first === undefined) return false;
  const t = String(first).trim();
  const l = t.replace(/^\((.*)\)$/, "$1");
  const mayBe = t.startsWith("(") || CODE_ALONE.test(t) || l === "1" || FIRST_FORMULA.test(l) || l.toUpperCase() === "A";
  return mayBe && (numbersColumns(cells) || annotatesColumns(cells) || codesColumns(cells));
}

// The first column's number with the formula that fills it: "1=2+3" (numbersColumns' test for the first label).
const FIRST_FORMULA = /^\(?1\)?\s*=\s*[[(]*\d/;

/** Two cells at most, one of them a figure reached ("97/97 = 100%", "đạt 16,5%"): a line of figures, never headings. */
function figureLine(row: readonly GridCell[]): boolean {
  const texts = row.filter((v) => cellText(v).trim() !== "").map((v) => cellText(v));
  // (A heading may name a target, "Kết quả 2021 (≥ 95%)": a figure reached says so, or starts with it.)
  const reached = (t: string) =>
    /\d+\s*\/\s*\d+\s*=/.test(t) ||
    /^\s*\d+(?:[.,]\d+)?\s*%/.test(t) ||
    // ("Quý III/2021: 45/300 hồ sơ (15%)": a count over its whole and the rate it makes.)
    /\d+\s*\/\s*\d+[^%\d/]{0,30}\d+(?:[.,]\d+)?\s*%/.test(t) ||
    (/\d\s*%/.test(t) && /(?:^|\s)(?:đạt|dat|lũy kế|luy ke|đến|den)\s/iu.test(t));
  return texts.length >= 1 && texts.length <= 2 && texts.some(reached);
}

// A heading its codes' row named: "Tiếp cận dịch vụ (2.1)".
const CODED_HEADING = / [12] \d{1,2}$/;

// "TC 2.1", "2.1", "Chỉ số 2.1": a criterion's code alone in a cell.
const CODE_ALONE = /^(?:(?:tc|tctp|tiêu chí|tieu chi|chỉ số|chi so|cs)\s*)?[12]\.\d{1,2}$/iu;

/**
 * Under the headings, each criterion column's code: "| | | TC 2.1 | TC 2.2 | … | TC 2.5" under "Tiếp cận dịch vụ |
 * Tổ chức giải quyết TTHC | …". Part of the header: it names the column's criterion, never a row of figures.
 */
function codesColumns(cells: readonly unknown[]): boolean {
  const texts = cells.filter((c) => c !== null && c !== undefined && String(c).trim() !== "").map((c) => String(c).trim());
  return texts.length >= 2 && new Set(texts).size === texts.length && texts.every((t) => CODE_ALONE.test(t));
}

/**
 * Under the headings, the unit or form of each column in brackets: "(mã)", "(%)", "(ngày/tháng)",
 * "(số, ký hiệu VB)". Part of the header, never a header of its own nor data.
 */
function annotatesColumns(cells: readonly unknown[]): boolean {
  const texts = cells.filter((c) => c !== null && c !== undefined && String(c).trim() !== "").map((c) => String(c).trim());
  // A district template's guide row may start with the column's number: "(1)" | "(Chức danh)" | "(dd/mm/yyyy)".
  const guides = texts.filter((t) => !/^\(\d+\)$/.test(t));
  return guides.length >= 2 && texts.every((t) => t.length <= 60 && /^\([^()]+\)$/.test(t));
}

function numbersColumns(cells: readonly unknown[]): boolean {
  const labels = cells
    .filter((c) => c !== null && c !== undefined && String(c).trim() !== "")
    .map((c) =>
      String(c)
        .trim()
        .replace(/^\((.*)\)$/, "$1"),
    );
  if (labels.length < 3) return false;
  // "(5)=(4)-(3)", "(8)=(6)/(5)", "(8)=[(4)+(5)]/(3)", "(8)=((4)+(5))/(3)x100": a column's number with the formula that fills it.
  const numbers = labels.every((l, i) => l === String(i + 1) || new RegExp(`^\\(?${i + 1}\\)?\\s*=\\s*[[(]*\\d`).test(l));
  const letters = labels.every((l, i) => l.toUpperCase() === String.fromCharCode(65 + i));
  return numbers || letters || lettersThenNumbers(labels);
}

/** A statistics form's "A | B | 1 | 2 | 3=2/1": its text columns lettered, its figure columns numbered (with their formulas). */
function lettersThenNumbers(labels: readonly string[]): boolean {
  let i = 0;
  while (i < labels.length && labels[i].toUpperCase() === String.fromCharCode(65 + i)) i++;
  if (i === 0 || i === labels.length) return false;
  // (A view of one period's band keeps that band's numbers: "A | B | C | 4 | 5 | 6=5/4".)
  const first = /^\(?(\d{1,2})\)?/.exec(labels[i])?.[1];
  const from = first === undefined ? 1 : Number(first);
  return labels.slice(i).every((l, j) => {
    const m = /^\(?(\d{1,2})\)?(?:\s*=\s*[\d()\s+\-*/x:%.]+)?$/.exec(l);
    return m !== null && Number(m[1]) === from + j;
  });
}

const DAY_PARENT = /^(?:ngay|ngay thang|ngay thang nam)$/;

function bandOf(grid: Grid, merges: MergeIndex, top: number, bottom: number): Band {
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, Math.min(rowCells(grid, r).length, MAX_COLS));
  for (let r = top; r <= bottom; r++) for (const m of merges.startingOn(r)) width = Math.max(width, Math.min(m.right, MAX_COLS));
  const headings: string[] = [];
  const levelKeys: Array<Set<string>> = [];
  const lowest: string[] = [];
  for (let c = 1; c <= width; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = merges.label(grid, r, c);
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    }
    // "Ngày tháng" over "Ký văn bản | Thời hạn | Hoàn thành | Báo cáo": each the day of its event ("Ngày hoàn thành").
    const dayOf = parts.length === 2 && DAY_PARENT.test(headingKey(parts[0])) && !/^(?:ngay|thoi|han|tu|den)\b/.test(headingKey(parts[1]));
    if (dayOf) parts.splice(0, 2, `Ngày ${parts[1]}`);
    headings.push(parts.join(" "));
    levelKeys.push(new Set([...parts, parts.join(" ")].map(headingKey).filter((k) => k !== "")));
    lowest.push(parts.length > 1 ? headingKey(parts[parts.length - 1]) : "");
  }
  const next = rowCells(grid, bottom + 1);
  const dataStart = isNumberingRow(next) ? bottom + 2 : bottom + 1;
  // Each column's criterion under its heading: named in the heading, where its code is read from.
  if (codesColumns(next))
    next.forEach((v, i) => {
      const code = typeof v === "string" || typeof v === "number" ? String(v).trim() : "";
      if (code === "" || i >= headings.length || headings[i] === "") return;
      // (The code alone in brackets: "TC" in a heading would make it read as a column of codes.)
      headings[i] = `${headings[i]} (${/[12]\.\d{1,2}$/.exec(code)?.[0] ?? code})`;
      levelKeys[i].add(headingKey(headings[i]));
    });
  return {
    top,
    bottom,
    dataStart,
    width,
    headings,
    keys: headings.map((h) => (h.length > MAX_HEADING_CHARS * 2 ? "" : headingKey(h))),
    levelKeys,
    lowest,
  };
}

/** Rows that look like data below a header, for the column profiles (section rows are mostly single cells). */
function sampleRows(grid: Grid, from: number, until: number): number[] {
  const out: number[] = [];
  for (let r = from; r <= until && out.length < SAMPLE_ROWS; r++) {
    let filled = 0;
    for (const v of rowCells(grid, r)) if (!isBlank(v as Parameters<typeof isBlank>[0])) filled++;
    if (filled >= 2) out.push(r);
  }
  return out;
}

/**
 * How well a column's heading names a field. A two-level heading ("Phân công" over "Chủ trì") is
 * also tried by its lowest level alone, a little lower; a one-level heading only as written (the
 * "nhiệm vụ" in "Số nhiệm vụ" does not make a count a task).
 */
function headingScore(band: Band, col: number, field: Field, memo: Map<string, number>): number {
  const key = band.keys[col - 1] ?? "";
  const lowest = band.lowest[col - 1] ?? "";
  const k = `${field}\u0000${key}\u0000${lowest}`;
  let v = memo.get(k);
  if (v === undefined) {
    // "Thời hạn" over "Hạn xử lý | Ngày xong": a parent naming the same field takes nothing from its child's name.
    const parent = lowest !== "" && key.endsWith(` ${lowest}`) ? key.slice(0, -lowest.length - 1) : "";
    const penalty = parent !== "" && keyScore(parent, field) >= 2 ? 0 : 0.5;
    // "Kỳ báo cáo" over "KH | TH | %": the period of a group of figures, no column of periods.
    // "Thời gian" over "Ngày giao | Hạn (theo KH) | Gia hạn đến": the parent names them all; the child naming the field well wins.
    const child = lowest === "" ? 0 : keyScore(lowest, field);
    v =
      field === "period" && lowest !== ""
        ? keyScore(lowest, field)
        : Math.max(keyScore(key, field), child - penalty) + (penalty === 0 && child >= 2 ? 0.5 : 0);
    memo.set(k, v);
  }
  return v;
}

const FIGURE_FIELDS: ReadonlySet<Field> = new Set(["value", "numerator", "denominator"]);
const LAST_YEAR_GROUP = /\b(?:cung ky|nam truoc|ky truoc)\b/;
const RUNNING_GROUP = /\b(?:luy ke|cong don|tu dau nam)\b/;
const RUNNING_LABEL = /^luy ke\b/;
const OWN_PERIOD_GROUP = /^(?:trong ky|ky nay|ky bao cao|trong thang|thang nay|trong quy|quy nay|thuc hien(?: trong ky)?)$/;

// "Ngày ban hành văn bản", "Ngày ký" beside "Trích yếu": the instruction's own day, from which "15 ngày kể từ ngày ký" counts.
// "Ngày họp", "Ngày kết luận" in a register of the chairman's directions: the day the direction was given.
const ASSIGNED_HEADING =
  /^(?:(?:ngay|thoi gian|ngay thang) (?:giao|giao viec|nhan viec|phan cong|bat dau)\b|giao ngay$|ngay nhan$|ngay (?:ban hanh|ky)(?: van ban)?$|ngay (?:hop|hop giao ban|ket luan|thong bao|tb)$)/;
// "Dấu thời gian" / "Timestamp": when a form's answer was sent, as an entry's date. "Ngày VB", "Ngày đến": a
// directive's or an incoming document's day, when the work was given. "Ngày kiểm tra", "Ngày rà soát": the day the
// row was last looked at, whatever the work's state.
const OTHER_DATE_HEADING =
  /^(?:(?:ngay|thoi gian|ngay thang) (?:giao|giao viec|nhan viec|phan cong|bat dau|cap nhat|ghi|nhap|ban hanh|trinh|bao cao|bc|gui|hop|hop giao ban|ket luan|chi dao|vb|van ban|ky van ban|ky vb|den|nhan)\b|ngay (?:kiem tra|ra soat|doi chieu|theo doi)(?: cuoi| gan nhat| lan cuoi)?$|giao ngay$|dau thoi gian$|timestamp$|cap nhat(?: luc| ngay)?$|nhap luc$|thoi diem (?:cap nhat|nhap)$|updated at$|created at$)/;

/** A heading naming a date that is neither the deadline nor the completion ("Ngày giao", "Ngày cập nhật"). */
export function isOtherDateHeading(key: string): boolean {
  return OTHER_DATE_HEADING.test(key);
}

const PLANNED_WORD = /\b(?:du kien|ke hoach|kh|theo kh|theo ke hoach)\b/;
const ACTUAL_WORD = /\b(?:thuc hien|thuc te|ket qua)\b/;
const END_WORD = /^(?:ket thuc|hoan thanh|den ngay|ngay ket thuc|ngay hoan thanh|xong)$/;
const TIMING_GROUP = /^(?:tien do|thoi gian|thoi han|han|ngay hoan thanh|hoan thanh|thoi gian hoan thanh)$/;

/**
 * Days told apart by their band: "Kế hoạch › Kết thúc" is the deadline and "Thực hiện › Kết thúc" the day done;
 * "Tiến độ › Dự kiến | Thực tế" the same; "Bắt đầu" under either is neither; "Ngày hoàn thành (dự kiến)" is the
 * deadline. "other" for a day that is neither, null where the headings do not say.
 */
function plannedOrActual(key: string, lowest: string): "due" | "doneDate" | "other" | null {
  if (lowest === "")
    return /^(?:(?:ngay|thoi gian|tg) )?(?:hoan thanh|ket thuc) du kien$|^du kien (?:hoan thanh|ket thuc)$/.test(key) ? "due" : null;
  const parent = key.endsWith(` ${lowest}`) ? key.slice(0, -lowest.length - 1) : "";
  if (parent === "") return null;
  if (/^(?:ngay )?bat dau$|^tu ngay$/.test(lowest) && (PLANNED_WORD.test(parent) || ACTUAL_WORD.test(parent))) return "other";
  if (TIMING_GROUP.test(parent) && PLANNED_WORD.test(lowest)) return "due";
  // "Thời gian › Giao | Hạn | Xong": the day it was finished.
  if (TIMING_GROUP.test(parent) && /^(?:thuc te|thuc hien|xong|ngay xong|da xong)$/.test(lowest)) return "doneDate";
  if (END_WORD.test(lowest) && PLANNED_WORD.test(parent) && !ACTUAL_WORD.test(parent)) return "due";
  if (END_WORD.test(lowest) && ACTUAL_WORD.test(parent) && !PLANNED_WORD.test(parent)) return "doneDate";
  return null;
}

const FINISHED_TIME = /^(?:tg|thoi gian) hoan thanh$/;
const ACTUAL_TIME = /^(?:tg|thoi gian|ngay) thuc hien$/;
const PLANNED_TIME = /\b(?:du kien|ke hoach|theo kh)\b/;

const POINTS_HEADING = /^diem\b|\bdiem (?:toi da|tu cham|chuan|dat|danh gia|tham dinh)\b/;

/**
 * A self-assessment (bảng tự chấm điểm): criteria by their codes down the rows, the points they may
 * earn and were given, and the result in words ("8,5% (34/400 hồ sơ)", "Đạt 92%"). The result is the
 * reading; points are kept in Ghi chú, never taken for its figures.
 */
function selfAssessment(
  band: Band,
  cols: readonly number[],
  profiles: readonly ColumnProfile[],
  ratesSaid: (c: number) => number,
): Partial<Record<Field, number>> | null {
  const key = (c: number) => band.keys[c - 1] ?? "";
  const points = cols.filter((c) => POINTS_HEADING.test(key(c)));
  if (points.length === 0) return null;
  // Points lost beside who is to act and by when: a plan to remedy the shortcomings, a task table.
  if (cols.some((c) => keyScore(key(c), "due") >= 3) && cols.some((c) => keyScore(key(c), "lead") >= 3)) return null;
  // No "Kết quả" column: the remarks or the evidence say what was measured ("Tỷ lệ hài lòng SIPAS đạt 87,5%"), in the
  // column whose texts state the most rates.
  const worded = cols
    .filter((c) => !points.includes(c) && /^(?:ghi chu|ly do|nhan xet|tai lieu|minh chung|giai trinh)\b/.test(key(c)) && ratesSaid(c) >= 2)
    .sort((a, b) => ratesSaid(b) - ratesSaid(a))[0];
  const value = cols.find((c) => /^ket qua\b/.test(key(c)) && !points.includes(c)) ?? worded;
  const code = cols.find((c) => (profiles[c - 1]?.n ?? 0) > 0 && (profiles[c - 1]?.code ?? 0) >= 0.5 && !points.includes(c));
  // The criteria's names, never the "TT" column of "I.", "II." beside them.
  const indicator = cols.find(
    (c) =>
      c !== code &&
      c !== value &&
      !points.includes(c) &&
      (profiles[c - 1]?.text ?? 0) >= 0.6 &&
      (profiles[c - 1]?.code ?? 0) < 0.5 &&
      keyScore(key(c), "stt") < 2,
  );
  // Criteria named without their codes ("Giai quyet ho so dung han"): the plan's names tell which, as suggested codes.
  if (value === undefined || indicator === undefined || (code === undefined && worded === undefined)) return null;
  const out: Partial<Record<Field, number>> = code === undefined ? { indicator, value } : { code, indicator, value };
  const evidence = cols.find((c) => keyScore(key(c), "evidence") >= 2);
  const note = cols.find((c) => keyScore(key(c), "note") >= 2 && c !== value);
  if (evidence !== undefined) out.evidence = evidence;
  if (note !== undefined) out.note = note;
  return out;
}

/** A hamlet's cell saying it has nothing to do there ("-"), or not yet ("chưa", "0"): never a mark of work done. */
export const PLACE_NOT_DONE = /^(?:[-–—]|chưa|chưa xong|chưa làm|chưa th|ko|không|0|k\/?ad|không áp dụng|n\/a)$/iu;
// "-", "K/AD" (không áp dụng): the hamlet has nothing to do there.
export const PLACE_NOT_REQUIRED = /^(?:[-–—]|k\/?ad|không áp dụng|n\/a)$/iu;
const TALLY_OR_SIGNER = /^(?:tổng|cộng|số (?:việc|thôn|ấp|bản|tổ)|người lập|chủ tịch|phó chủ tịch|tm\.|kt\.)/iu;
const PLACE_MARK = /^(?:x|✓|✔|√|v|☑|đã|xong|có|ok|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)$/iu;
// "Thôn 1", "Ấp Bắc", "Tổ 3", "Xóm Đông": a column per hamlet.
const PLACE_HEADING = /^(?:thon|xom|ap|ban|buon|to|to dan pho|khu|khom|doi|lang)\s+\S+$/;
const PLACE_PARENT = /\b(?:cac|tung|moi)\s+(?:thon|xom|ap|ban|buon|to dan pho|khu pho|lang)$/;

/**
 * A column per hamlet (or ward group) beside each task, each cell a tick, a day or empty: the task
 * done where it is marked. Three such columns at least, their cells marks, not figures.
 */
function findPlacesAcross(band: Band, rows: readonly number[], grid: Grid, merges: MergeIndex): number[] {
  const out: number[] = [];
  for (let c = 1; c <= band.width; c++) {
    const k = headingKey(merges.label(grid, band.bottom, c));
    // "Thực hiện tại các bản" over "Nà Cài | Huổi Lếch | …": hamlets named by their names alone.
    const parent = band.top < band.bottom ? headingKey(merges.label(grid, band.top, c)) : "";
    if (!PLACE_HEADING.test(k) && !(parent !== k && k !== "" && PLACE_PARENT.test(parent))) continue;
    // Empty where not done; where done a tick or a day ("15/9"), never a count.
    let filled = 0;
    let marks = 0;
    for (const r of rows) {
      const v = grid.rows[r - 1]?.[c - 1] ?? null;
      // The hamlets' tally under the tasks ("Tổng số việc thôn đã hoàn thành | 5 | 3") and the signers: no cells of the grid.
      if (isBlank(v) || (grid.rows[r - 1] ?? []).some((x) => typeof x === "string" && TALLY_OR_SIGNER.test(x.trim()))) continue;
      filled++;
      // "-" where the hamlet has nothing to do, "chưa" where it has not done it yet: marks of the grid too.
      if (isGridDate(v) || (typeof v === "string" && (PLACE_MARK.test(v.trim()) || PLACE_NOT_DONE.test(v.trim())))) marks++;
    }
    if (marks >= 0.8 * filled) out.push(c);
  }
  return out.length >= 3 ? out : [];
}

const blankRow = (grid: Grid, r: number) => (grid.rows[r - 1] ?? []).every((v) => isBlank(v ?? null));
/** Three or more words on a row and nothing else: a header. */
function nextHeader(grid: Grid, r: number): boolean {
  const filled = (grid.rows[r - 1] ?? []).filter((v) => !isBlank(v ?? null));
  return filled.length >= 3 && filled.every((v) => typeof v === "string" && v.length <= 40);
}

/** Tick columns: adjacent columns headed by status words whose cells are ticks. */
/** The share of a column's cells under its header that are ticks ("x", "✓", 1), a column number "(7)" left out. */
function tickShare(
  grid: Grid,
  col: number,
  from: number,
  facts: FactsCache,
  headings: ReadonlySet<string> = new Set(),
  daysTick = false,
): number {
  let filled = 0;
  let ticks = 0;
  for (let r = from; r <= Math.min(grid.rows.length, from + 300); r++) {
    // (Another table's header under a blank row, "Kết quả | Nội dung | Quý I | Quý II": the ticks' table ended.)
    if (r > from && blankRow(grid, r - 1) && nextHeader(grid, r)) break;
    const v = grid.rows[r - 1]?.[col - 1] ?? null;
    if (cellKind(v) === "empty" || (typeof v === "string" && /^\s*\(\d{1,2}\)\s*$/.test(v))) continue;
    // The header printed again on the next page, and its columns' numbers: no cells of the column.
    if ((typeof v === "string" && headings.has(v.trim())) || isNumberingRow(grid.rows[r - 1] ?? [])) continue;
    filled++;
    if (typeof v === "boolean" || (typeof v === "string" && (facts.of(v).tick || facts.of(v).emptyBox)) || v === 1) ticks++;
    else if (daysTick && (isGridDate(v) || (typeof v === "string" && DAY_TICK.test(v.trim())))) ticks++;
  }
  return filled === 0 ? 0 : ticks / filled;
}

function findStatusTicks(
  band: Band,
  profiles: readonly ColumnProfile[],
  grid: Grid,
  merges: MergeIndex,
  facts: FactsCache,
): Record<number, TaskStatus> {
  const out: Record<number, TaskStatus> = {};
  // Mostly ticks, or (beside such a column) ticks among a column number "(7)", a total "5" and a signature: a
  // report form's "Đã hoàn thành | Đang thực hiện | Chưa thực hiện" with few marks in one of them.
  const share: Record<number, number> = {};
  for (let c = 1; c <= band.width; c++) {
    const lowest = merges.label(grid, band.bottom, c);
    // "Đã hoàn thành? (Có/Không)": a done mark, answered yes or no.
    const asked = headingKey(lowest).replace(/ co khong$/, "");
    let status = statusWord(asked) ?? statusFromHeading(asked);
    // "Đã hoàn thành › Đúng hạn | Quá hạn", "Đang thực hiện › Trong hạn | Quá hạn": the state is a level up.
    for (let r = band.bottom - 1; status === null && r >= band.top && TIMELINESS.test(headingKey(lowest)); r--) {
      const k = headingKey(merges.label(grid, r, c));
      status = statusWord(k) ?? statusFromHeading(k);
    }
    // "Đã thực hiện? › Có | Không": the answer to whether it is done.
    if (status === null && band.bottom > band.top && /^(?:co|khong)$/.test(headingKey(lowest))) {
      const asked = headingKey(merges.label(grid, band.bottom - 1, c));
      if (DONE_ASKED.test(asked)) status = headingKey(lowest) === "co" ? "Hoàn thành" : "Chưa thực hiện";
    }
    const p = profiles[c - 1];
    if (!status || !p) continue;
    // The sample may stop at a section row; the column's own cells down the sheet tell as well.
    const labels = new Set<string>();
    for (let r = band.top; r <= band.bottom; r++) labels.add(merges.label(grid, r, c).trim());
    // "Đã hoàn thành" holding ticks and days ("x", "22/11/2021"), as a sheet's note asks: each day a tick too (a
    // column of days yet to come is a plan, never done).
    const pure = p.n >= 5 ? p.tick + p.zeroOne : tickShare(grid, c, band.dataStart, facts, labels);
    const withDays =
      status !== "Hoàn thành" || pure === 0
        ? pure
        : p.n >= 5
          ? pure + p.date * (1 - p.future)
          : tickShare(grid, c, band.dataStart, facts, labels, true);
    if (withDays > 0 && withDays >= 0.3) {
      out[c] = status;
      // (Another column of ticks must say the band is one: days alone are a column of days. A done column with a tick
      // among its days, "Xong" over "25/6/2021 | x | 20/8", is one by itself.)
      share[c] = status === "Hoàn thành" && pure > 0 && withDays >= 0.6 ? withDays : pure;
    }
  }
  if (!Object.values(share).some((x) => x >= 0.6)) return {};
  // One column of ticks headed "Đã xong" or "Hoàn thành" is a done mark; otherwise it takes two
  // ("Đã xong | Đang làm | Chưa làm") to read a status from ticks.
  const statuses = Object.values(out);
  return statuses.length >= 2 || (statuses.length === 1 && statuses[0] === "Hoàn thành") ? out : {};
}

// "22/11/2021", "x (20/10/2021)": a day where a done column's tick goes.
export const DAY_TICK = /^(?:[xX✓✔√vV]\s*)?\(?\s*(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*\)?$/u;
// "Đã thực hiện?", "Hoàn thành chưa?", "Đã xong (có/không)": a question whether the work is done.
const DONE_ASKED = /^(?:da )?(?:thuc hien|hoan thanh|xong|lam xong|trien khai)(?: chua)?(?: co khong)?$/;
// A tick column's own heading saying only how timely ("Đúng hạn", "Quá hạn", "Trong hạn", "Trễ hạn").
const TIMELINESS = /^(?:dung han|qua han|trong han|tre han|cham|som|truoc han|cham tien do|dung tien do|con han|het han)$/;

function statusFromHeading(key: string): TaskStatus | null {
  // "Đã BC", "Đã trả lời" (x): a register's mark that the answer went up.
  if (
    /^(hoan thanh|da hoan thanh|hoan thanh dung han|hoan thanh tre han|hoan thanh qua han|da lam|da xong|da thuc hien|da bc|da bao cao|da tra loi|da nop|da gui bc|done|completed)$/.test(
      key,
    )
  )
    return "Hoàn thành";
  // ("Chưa làm | Đang làm | Đã xong": the states in the official's words.)
  if (/^(dang thuc hien|dang trien khai|dang lam|dang th|chua hoan thanh|in progress)$/.test(key)) return "Đang thực hiện";
  if (/^(chua thuc hien|chua trien khai|chua lam|chua th|not started)$/.test(key)) return "Chưa thực hiện";
  return null;
}

/**
 * "TT | Chỉ tiêu | ĐVT | 2019 | 2020 | 11T/2021": years typed as numbers, one a column in order, after
 * the row's texts and with no other number on it, are headings (their indexes), not a row of figures.
 */
function yearHeadings(cells: readonly unknown[]): Set<number> | null {
  const at: number[] = [];
  let firstText = -1;
  // A second header row under "Kết quả thực hiện": only years and periods ("2019 | 2020 | 11T/2021").
  let onlyPeriods = true;
  for (let c = 0; c < Math.min(cells.length, MAX_COLS); c++) {
    const v = cells[c];
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    if (typeof v === "string") {
      if (firstText < 0) firstText = c;
      if (onlyPeriods && parsePeriod(v) === null) onlyPeriods = false;
      continue;
    }
    if (typeof v !== "number" || !Number.isInteger(v) || v < 2000 || v > 2099) return null;
    at.push(c);
  }
  if (at.length < 2 || (!(onlyPeriods && firstText >= 0) && (firstText < 0 || at[0] < firstText))) return null;
  for (let i = 1; i < at.length; i++) if (at[i] !== at[i - 1] + 1 || cells[at[i]] !== (cells[at[i - 1]] as number) + 1) return null;
  return new Set(at);
}

const RELATIVE_START = /^\s*(?:(?:thực hiện|thuc hien|th|kết quả|ket qua|kq)\s+)?(?:k[ỳy]|th[áa]ng|qu[ýy]|n[ăa]m|c[ùu]ng|trong)\s/iu;

// "Số liệu đến ngày", "Lũy kế đến ngày", "Tính đến": a heading over the days its figures stand at.
const STANDING_AT = /\b(?:den ngay|tinh den|thoi diem|luy ke den|so lieu den|den het ngay)\b/;
// "Báo cáo ngày", "Kết quả thực hiện đến", "Ket qua thuc hien den": over the days of each report, what it said.
const REPORTS_AT =
  /^(?:bao cao ngay|ngay bao cao|ky bao cao|bao cao|cap nhat ngay|cap nhat|(?:ket qua|kq|tinh hinh|tien do)(?: thuc hien)? den)$/;

// "15/10/2021", "30/9", "31-10-2021" typed as a header's text: a day, ordered by month and day within its year.
const DAY_TEXT = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?\s*$/;

const STANDING_WORDS = /^\s*(?:số liệu\s+)?(?:tính\s+)?đến(?:\s+hết)?(?:\s+ngày)?\s+(?=\d)/iu;

/** A day heading's place in time (a real date, or a day typed as text), or null for any other cell. */
function dayOrder(v: GridCell, year: number | null): number | null {
  if (isGridDate(v)) {
    const [y, m, d] = v.date.split("-").map(Number);
    return y * 10000 + m * 100 + d;
  }
  if (typeof v !== "string" || v.length > 30) return null;
  // ("Đến 31/3/2021", "Tính đến ngày 30/6/2021": the day the figures under it stand at.)
  const t = DAY_TEXT.exec(v.replace(STANDING_WORDS, ""));
  if (!t) return null;
  const [d, m] = [Number(t[1]), Number(t[2])];
  if (d < 1 || d > 31 || m < 1 || m > 12) return null;
  const y = t[3] === undefined ? year : t[3].length === 2 ? 2000 + Number(t[3]) : Number(t[3]);
  return (y ?? 0) * 10000 + m * 100 + d;
}

/** Whether a header row may hold days typed as text: two cells at least that could be ("15/10/2021", "30/9"). */
function daysTyped(cells: readonly unknown[]): boolean {
  let n = 0;
  for (let c = 0; c < Math.min(cells.length, MAX_COLS) && n < 2; c++) {
    const v = cells[c];
    if (typeof v === "string" && v.length <= 12 && DAY_TEXT.test(v)) n++;
  }
  return n >= 2;
}

/**
 * Real dates in order on a header's second row, under a heading that says the figures stand at
 * them ("Số liệu đến ngày" over 30/09 | 31/10 | 30/11): headings (their indexes), not a row of figures.
 */
function dateHeadings(grid: Grid, merges: MergeIndex, r: number): Set<number> | null {
  if (r < 2) return null;
  const cells = grid.rows[r - 1] ?? [];
  // A day typed without its year ("30/9" beside "31/10/2021") is in the year the row's other days give.
  const year = yearOfDays(cells);
  const at: number[] = [];
  const order: number[] = [];
  for (let c = 0; c < Math.min(cells.length, MAX_COLS); c++) {
    const v = cells[c];
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    const day = dayOrder(v, year);
    // The rows' name before the days ("Chỉ tiêu"), never a word among them.
    if (day === null && at.length === 0 && typeof v === "string") continue;
    // ("… | 30/11/2021 | Ghi chú": a remark's column after the days closes them; so does "Cộng tuần | Ghi chú", their sum.)
    if (day === null && at.length >= 2 && typeof v === "string" && NOTE_AFTER_DAYS.test(looseKey(v)) && c === lastFilled(cells)) break;
    if (day === null && at.length >= 2 && typeof v === "string" && isTotalLabel(v.trim()) && afterTotal(cells, c)) break;
    if (day === null) return null;
    at.push(c);
    order.push(day);
  }
  if (at.length < 2) return null;
  // In order, the oldest report first or the newest ("10/12 | 10/11 | 10/10"), never mixed.
  const rising = order[1] > order[0];
  for (let i = 1; i < order.length; i++) if (order[i] === order[i - 1] || order[i] > order[i - 1] !== rising) return null;
  const named = at[0] > 0 && cells.slice(0, at[0]).some((v) => typeof v === "string" && v.trim() !== "");
  // (A day typed as text is a heading where it says so: "Đến 31/3/2021".)
  // ("Thời điểm | 30/6/2021 | 30/9/2021": the row named as one of points in time, its days typed as text are its headings.)
  const timeNamed = cells.slice(0, at[0]).some((v) => typeof v === "string" && TIME_NAMED.test(looseKey(v)));
  const headed = (v: GridCell) => isGridDate(v) || (typeof v === "string" && (STANDING_WORDS.test(v) || timeNamed));
  if (named) return rowNamesBeforeDays(cells, at) && at.every((c) => headed(cells[c])) ? new Set(at) : null;
  const over = looseKey(merges.label(grid, r - 1, at[0] + 1));
  return STANDING_AT.test(over) || REPORTS_AT.test(over) ? new Set(at) : null;
}

const NOTE_AFTER_DAYS = /^(?:ghi chu|ghi chu khac|danh gia|nguon)$/;
const TIME_NAMED = /^(?:thoi diem|ngay|ngay so lieu|so lieu den ngay)$/;

function lastFilled(cells: readonly GridCell[]): number {
  for (let c = cells.length - 1; c >= 0; c--) if (!isBlank(cells[c])) return c;
  return -1;
}

function yearOfDays(cells: readonly GridCell[]): number | null {
  for (const v of cells) {
    if (isGridDate(v)) return Number(v.date.slice(0, 4));
    const t = typeof v === "string" && v.length <= 12 ? DAY_TEXT.exec(v) : null;
    if (t?.[3] !== undefined) return t[3].length === 2 ? 2000 + Number(t[3]) : Number(t[3]);
  }
  return null;
}

// "Chỉ tiêu | 31/07/2021 | 31/08/2021 | …": the rows' names heading the first column, the days the figures stand at after it.
const ROWS_NAMED = /^(?:chi tieu|chi so|noi dung|tieu chi|ten chi tieu|ky|thoi diem|ngay|chi tieu theo doi|noi dung theo doi)$/;
// "TT | Chỉ tiêu theo dõi | Mã TC | 15/11 | 16/11 …": the row's number and its criterion's code beside its name.
const BESIDE_ROW_NAME = /^(?:tt|stt|so tt|ma|ma tc|ma tieu chi|tc|dvt|don vi tinh)$/;

function rowNamesBeforeDays(cells: readonly unknown[], at: readonly number[]): boolean {
  if (at.length < 3) return false;
  const texts = cells.slice(0, at[0]).filter((v): v is string => typeof v === "string" && v.trim() !== "");
  const named = texts.filter((t) => ROWS_NAMED.test(looseKey(t)));
  return named.length === 1 && texts.every((t) => named.includes(t) || BESIDE_ROW_NAME.test(looseKey(t)));
}

/** After "Cộng tuần": nothing, or a remark's column closing the row. */
function afterTotal(cells: readonly GridCell[], c: number): boolean {
  const rest = cells.slice(c + 1).filter((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
  return rest.length === 0 || (rest.length === 1 && typeof rest[0] === "string" && NOTE_AFTER_DAYS.test(looseKey(rest[0])));
}

/** A day standing under "Số liệu đến ngày" in a header's second row. */
function dayHeading(grid: Grid, merges: MergeIndex, band: Band, c: number): PeriodLabel | null {
  const v = cellAt(grid, band.bottom, c);
  if (isGridDate(v)) {
    const standing = band.top < band.bottom && STANDING_AT.test(looseKey(merges.label(grid, band.bottom - 1, c)));
    if (!standing && !dateHeadings(grid, merges, band.bottom)?.has(c - 1)) return null;
    const [y, m, d] = v.date.split("-").map(Number);
    return { kind: "day", index: m, day: d, year: y };
  }
  // (A day typed as text where the row names its points in time, "Thời điểm | 30/6/2021 | …".)
  const cells = grid.rows[band.bottom - 1] ?? [];
  // (The day's own text first: most headings are words, and the row's days are worked out only for one that is a day.)
  const order = typeof v === "string" && dayOrder(v, null) !== null ? dayOrder(v, yearOfDays(cells)) : null;
  if (order === null || !dateHeadings(grid, merges, band.bottom)?.has(c - 1)) return null;
  if (order < 10000 * 1900) return null;
  return { kind: "day", index: Math.floor(order / 100) % 100, day: order % 100, year: Math.floor(order / 10000) };
}

/** A year typed as a number over a column ("2019 | 2020 | 11T/2021"). */
function bareYear(label: string): PeriodLabel | null {
  const m = /^\s*(20\d{2})\s*$/.exec(label);
  return m ? { kind: "year", index: 1, year: Number(m[1]) } : null;
}

/** "KH" / "TH" under a period: its plan (target) or its result. */
function planOrResult(label: string): "plan" | "result" | null {
  const k = looseKey(label).replace(/[()]/g, "").trim();
  // "Quý III" over "Tháng 7 | Tháng 8 | Tháng 9 | Cả quý": the whole quarter's figure.
  if (/^(?:th|thuc hien|ket qua|kq|dat duoc|ca quy|ca nam|ca thang|ca ky|tong quy|tong ca quy)$/.test(k)) return "result";
  if (/^(?:kh|ke hoach|chi tieu|ct|muc tieu)$/.test(k)) return "plan";
  return null;
}

/** Period columns of a header: two or more of one granularity make the table one laid out across. */
/** The columns under a content heading merged across them, where more than one holds the rows' words; else null. */
function contentSpan(
  merges: MergeIndex,
  band: Band,
  columns: Partial<Record<Field, number>>,
  profiles: readonly ColumnProfile[],
): number[] | null {
  const content = columns.content;
  if (content === undefined) return null;
  let merge: CellRange | undefined;
  for (let r = band.top; r <= band.bottom && !merge; r++) {
    const m = merges.at(r, content);
    if (m && m.right > m.left && m.right - m.left <= 2 && m.bottom === band.bottom) merge = m;
  }
  if (!merge) return null;
  const span = Array.from({ length: merge.right - merge.left + 1 }, (_, k) => (merge as CellRange).left + k);
  // A column of figures under the merge is a field of its own; codes in brackets ("(TC 1.1)") end the words.
  if (span.some((c) => (profiles[c - 1]?.number ?? 0) >= 0.6)) return null;
  const worded = span.filter((c) => (profiles[c - 1]?.text ?? 0) >= 0.3);
  return worded.length >= 2 ? span : null;
}

/** A task's progress by period: a running total's column is none of its periods. */
function withoutRunning(across: AcrossLayout): AcrossLayout {
  if (!across.running) return across;
  const running = across.running;
  const periods = Object.fromEntries(Object.entries(across.periods).filter(([c]) => !running.includes(Number(c))));
  return { ...across, periods, running: undefined, skipped: [...across.skipped, ...running].sort((a, b) => a - b) };
}

/**
 * "Cả năm" as a period's heading: the year. Beside months or quarters it holds them and is left out as their sum
 * (below); beside "6 tháng đầu năm", running from January as it does, it is the year's own figure (a survey's).
 */
function wholeYear(label: string): PeriodLabel | null {
  const m = /^ca nam(?: (\d{4}))?$/.exec(headingKey(label));
  return m ? { kind: "year", index: 1, year: m[1] ? Number(m[1]) : null } : null;
}

/**
 * "Lũy kế 11 tháng" beside the months: the year's figure so far, to the end of its eleventh month, never their sum to
 * leave unread: a rate so far cannot be rebuilt from the months'.
 */
function soFar(label: string, found: ReadonlyArray<{ p: PeriodLabel }>, titled: () => number | null): PeriodLabel | null {
  const k = headingKey(label);
  const months = /^luy ke (\d{1,2}) thang(?: (?:dau )?nam(?: \d{4})?)?$/.exec(k);
  // (Six and nine months are periods of their own: "Lũy kế 9 tháng" reads as such below. "Lũy kế" alone, or "từ đầu
  // năm", beside counts by month is their running sum: left out as before.)
  const month = months ? Number(months[1]) : 0;
  if (month < 1 || month > 11 || month === 6 || month === 9 || !found.some((f) => f.p.kind === "month")) return null;
  // (The year the months give, else the title's: February's last day depends on it.)
  const year = found.find((f) => f.p.year !== null)?.p.year ?? titled();
  return year === null ? null : monthsSinceJanuary(year, month);
}

/** January to a month's last day ("11 tháng năm 2021"), as a day within the year. */
export function monthsSinceJanuary(year: number, month: number): PeriodLabel {
  return { kind: "day", index: month, day: daysInMonth(year, month), year, within: { kind: "year", index: 1 } };
}

/** The months from January to a period's end, as a period: Quý II → 6 tháng đầu năm, Quý III → 9 tháng, tháng 11 → 11 tháng. */
/**
 * The one period of the latest year among periods of that year and the one before ("Quý III/2021 | Cùng kỳ năm
 * 2020"): the period reported beside its same period last year. Null for any other mix (months of one year, whose
 * "Lũy kế" may stop before the last of them).
 */
function reportedBesideLastYear(ps: readonly PeriodLabel[]): PeriodLabel | null {
  const years = ps.map((p) => p.year);
  if (ps.length === 0 || years.some((y) => y === null)) return null;
  const y = Math.max(...(years as number[]));
  const own = ps.filter((p) => p.year === y);
  return own.length === 1 && ps.every((p) => p.year === y || p.year === y - 1) ? own[0] : null;
}

function yearToEnd(p: PeriodLabel): PeriodLabel | null {
  if (p.year === null) return null;
  const year = p.year;
  const end = p.kind === "quarter" ? p.index * 3 : p.kind === "month" ? p.index : p.kind === "half" ? p.index * 6 : null;
  if (end === null) return null;
  if (end === 3) return { kind: "quarter", index: 1, year };
  if (end === 6) return { kind: "half", index: 1, year };
  if (end === 9) return { kind: "nine", index: 1, year };
  if (end === 12) return { kind: "year", index: 1, year };
  return monthsSinceJanuary(year, end);
}

// "Cùng kỳ năm 2020 (quý III/2020)": last year's same period, named in brackets.
const SAME_NAMED = /^\s*(?:cùng kỳ|cung ky)[^()]*\(([^()]+)\)\s*$/iu;

function sameAsNamed(label: string): PeriodLabel | null {
  const m = SAME_NAMED.exec(label);
  const p = m ? parsePeriod(m[1]) : null;
  return p !== null && p.year !== null ? p : null;
}

/** "Lũy kế 9 tháng" over "15/12/2020 - 14/9/2021": the period's figures standing at the last of its days. */
function standingAt(p: PeriodLabel, days: string): PeriodLabel {
  const span = daySpan(days);
  if (span === null || p.kind === "day") return p;
  const [year, month, day] = span.to.split("-").map(Number);
  return { kind: "day", index: month, day, year, within: { kind: p.kind, index: p.index } };
}

// "15/6 - 14/7", "15/12/2020 - 14/9/2021", "15/.... - 14/....": a period's days under its name.
const DAYS_UNDER =
  /^\s*(?:từ\s+)?\d{1,2}\s*\/\s*[\d.]{1,4}(?:\s*\/\s*\d{2,4})?\s*(?:-|–|đến)\s*\d{1,2}\s*\/\s*[\d.]{1,4}(?:\s*\/\s*\d{2,4})?\s*$/u;

const SURVEY_ROUND = /^(?:khảo sát|khao sat|ks|điều tra|dieu tra|đo lường|do luong|lấy phiếu|lay phieu)\s+(.+)$/iu;

function findAcross(band: Band, grid: Grid, merges: MergeIndex, profiles: readonly ColumnProfile[]): AcrossLayout | null {
  // "Năm 2020" over nothing or only "(KS ngày 10/12/2020)", beside a band "Năm 2021" over its parts: the column's
  // own heading is above, with the bracket its day (a band merged over several columns is theirs, never one's).
  const ownColumnAbove = (c: number, lowest: string): PeriodLabel | null => {
    if (band.top === band.bottom || (lowest !== "" && !/^\(.*\)$/.test(lowest))) return null;
    const over = merges.at(band.top, c);
    if (over !== undefined && over.right > over.left) return null;
    const up = cellText(cellAt(grid, band.top, c)).trim();
    if (up === "" || up === lowest) return null;
    return parsePeriod(`${up} ${lowest}`.trim()) ?? (lowest === "" ? bareYear(up) : null);
  };
  // "Khảo sát quý IV" over "15/11/2021" (or "tháng 6/2021"): the round's period, its figures standing at the survey's day.
  const roundOver = (c: number, lowest: string): PeriodLabel | null => {
    if (band.top === band.bottom) return null;
    const up = merges.label(grid, band.top, c).trim();
    const m = SURVEY_ROUND.exec(up);
    const periodText = m ? m[1] : up;
    const outer = parsePeriod(periodText);
    if (outer === null || outer.kind === "day" || outer.kind === "year") return null;
    const v = cellAt(grid, band.bottom, c);
    const dayText = isGridDate(v) ? v.date.split("-").reverse().join("/") : lowest.trim();
    const within = parsePeriod(dayText);
    // A month inside the round ("tháng 6/2021" under "quý II"): the round itself, at its end.
    if (within !== null && within.kind !== "day") {
      const round = { ...outer, year: outer.year ?? within.year };
      return m && periodCovers(round, within) ? round : null;
    }
    // ("Quý IV" over "15/11/2021" too: the quarter's figures as they stood that day.)
    return /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}$/.test(dayText) ? parsePeriod(`${periodText} (KS ngày ${dayText})`) : null;
  };
  const found: Array<{ col: number; p: PeriodLabel }> = [];
  let current: { label: PeriodLabel | null } | undefined;
  const totals: number[] = [];
  const totalPeriods: Array<{ col: number; p: PeriodLabel }> = [];
  // "Lũy kế 9 tháng", "Lũy kế 6 tháng": the figures to date at a period's end, read as such.
  const running: Array<{ col: number; p: PeriodLabel }> = [];
  // "Lũy kế từ đầu năm" beside the one period reported: the year to that period's end.
  const sinceJanuary: number[] = [];
  // Periods over "Chỉ tiêu | Thực hiện", and an estimate's band beside them.
  let resultBands = 0;
  let forecastBand = false;
  for (let c = 1; c <= band.width; c++) {
    const typed = merges.label(grid, band.bottom, c);
    // "Tháng 7/2021" over "15/6 - 14/7": the period named above its days, its figures standing at the last of them
    // ("Tháng 7/2021 (đến 14/07/2021)"); a running total or an estimate so headed is read by its name.
    const up = band.top < band.bottom ? cellText(cellAt(grid, band.top, c)).trim() : "";
    const daysUnder = DAYS_UNDER.test(typed) && up !== "";
    const lowest = daysUnder ? up : typed;
    const standing = daysUnder && !isEstimateLabel(up) && !isTotalLabel(up) ? parsePeriod(`${up} (${typed.trim()})`) : null;
    let p =
      standing ??
      roundOver(c, lowest) ??
      parsePeriod(lowest) ??
      sameAsNamed(lowest) ??
      reportedPeriod(lowest) ??
      resultOfPeriod(lowest) ??
      bareYear(lowest) ??
      dayHeading(grid, merges, band, c) ??
      wholeYear(lowest) ??
      ownColumnAbove(c, lowest);
    // "Kỳ trước | Kỳ này" under a report whose title gives its period.
    if (p === null && RELATIVE_START.test(lowest)) {
      current ??= { label: contextPeriod(grid, band.top, null)?.label ?? null };
      const rel = relativePeriod(lowest, current.label);
      if (rel !== null && rel !== "cumulative") p = rel;
    }
    // "Quý III/2021" over "KH | TH": the result is the period's figure, the plan its target (not read as one).
    const part = p === null && band.top < band.bottom ? planOrResult(lowest) : null;
    // ("Ước cả năm 2021" over "Chỉ tiêu | Ước TH | Đánh giá" beside the half year's band: the estimate's band, unread.)
    if (p === null && band.top < band.bottom && isForecastLabel(merges.label(grid, band.top, c)) && isEstimateLabel(lowest))
      forecastBand = true;
    if (part !== null) {
      const up = merges.label(grid, band.top, c);
      const over = parsePeriod(up) ?? bareYear(up);
      if (over !== null && part === "result") {
        p = over;
        resultBands++;
      } else if (over !== null) {
        totals.push(c);
        continue;
      }
    }
    // "Quý III" or "Lũy kế 9 tháng" over "Năm 2020 | Năm 2021 | Tăng/giảm": each year's quarter, never its whole year.
    // ("Cộng 6 tháng cuối năm" over them: the half year's total, each year's.)
    if (p !== null && p.kind === "year" && band.top < band.bottom) {
      const over = parsePeriod(merges.label(grid, band.top, c).replace(/^\s*(?:lũy kế|tổng cộng|cộng)\s*/iu, ""));
      if (over !== null && over.kind !== "year" && over.kind !== "day" && over.year === null) p = { ...over, year: p.year };
    }
    // "6 tháng đầu năm" over "Năm 2021 | Cùng kỳ 2020 | Tăng/giảm": last year's same period, its own reading.
    if (p === null && band.top < band.bottom) {
      const same = /^(?:cung ky|ck)(?: nam)? ((?:19|20)\d\d)(?: %)?$/.exec(headingKey(lowest));
      const over = same ? parsePeriod(merges.label(grid, band.top, c).replace(/^\s*lũy kế\s*/iu, "")) : null;
      if (same && over !== null && over.kind !== "year" && over.kind !== "day" && over.year === null)
        p = { ...over, year: Number(same[1]) };
    }
    const so = p ? null : soFar(lowest, found, () => titleYear(grid, band.top));
    if (!p && so === null && /^luy ke(?: tu dau nam)?(?: \d{4})?$/.test(headingKey(lowest))) sinceJanuary.push(c);
    if (p) {
      // "Năm 2021" over "Quý I … Quý IV": the year comes from above.
      const above = band.top < band.bottom ? yearIn(merges.label(grid, band.top, c)) : null;
      found.push({ col: c, p: p.year === null && above !== null ? { ...p, year: above } : p });
      // "Thời gian thực hiện (theo KH)" is the task's deadline, no estimate's column; "Tiêu chí (KH 49)" the criterion's.
    } else if (so !== null) running.push({ col: c, p: daysUnder ? standingAt(so, typed) : so });
    else if (RUNNING_LABEL.test(headingKey(lowest)) && parsePeriod(lowest.replace(/^\s*lũy kế\s*/iu, "")) !== null) {
      const named = parsePeriod(lowest.replace(/^\s*lũy kế\s*/iu, "")) as PeriodLabel;
      running.push({ col: c, p: daysUnder ? standingAt(named, typed) : named });
    } else if (
      isTotalLabel(lowest) ||
      (isEstimateLabel(lowest) && keyScore(headingKey(lowest), "due") < 2 && keyScore(headingKey(lowest), "code") < 2)
    ) {
      totals.push(c);
      // "Cộng quý III", "Tổng cộng năm 2021": a total that names its period.
      // ("Quý I năm 2021" over "Tháng 01 | 02 | 03 | Cộng quý": the band above names the period the total is of.)
      const above = band.top < band.bottom && TOTAL_WORD.test(lowest) ? parsePeriod(merges.label(grid, band.top, c)) : null;
      const named = isEstimateLabel(lowest) ? null : (parsePeriod(lowest.replace(TOTAL_WORD, "")) ?? above);
      if (named) totalPeriods.push({ col: c, p: named });
    }
  }
  // A period holding another one beside it ("Quý III" beside its months) is a sum of them: not read
  // again. Periods that do not overlap ("Năm 2020" beside "Quý III/2021") are each read.
  // "6 tháng đầu năm" under a title of 2021 is never inside "Năm 2020" beside it.
  const sheetYear = found.some((f) => f.p.year === null) ? titleYear(grid, band.top) : null;
  const dated = (p: PeriodLabel) => (p.year === null && sheetYear !== null ? { ...p, year: sheetYear } : p);
  // Running figures ("6 tháng | 9 tháng | Năm 2021", each from January) are each read: a period is a sum only
  // of periods it holds that start after it does (Quý III beside August).
  const chosen = found.filter((f) => !found.some((o) => periodCovers(dated(f.p), dated(o.p)) && !sameStart(dated(f.p), dated(o.p))));
  // ("Kỳ báo cáo (Quý III/2021) | Lũy kế từ đầu năm": the period reported and the year so far, two readings.)
  // ("Quý III/2021 | Cùng kỳ năm 2020 | Lũy kế từ đầu năm": the year so far is the reported period's year's, to its end.)
  const ownYear = sinceJanuary.length === 1 ? reportedBesideLastYear(chosen.map((f) => dated(f.p))) : null;
  const toDate = ownYear !== null && (found.length === 1 || chosen.length >= 2) ? yearToEnd(ownYear) : null;
  if (toDate !== null) {
    running.push({ col: sinceJanuary[0], p: toDate });
    const at = totals.indexOf(sinceJanuary[0]);
    if (at >= 0) totals.splice(at, 1);
  }
  // (One period's target and result beside the estimate of the year's: a table across all the same, its one period read.)
  const besideEstimate = chosen.length === 1 && resultBands === 1 && forecastBand;
  if (chosen.length === 0 || (chosen.length + running.length < 2 && !besideEstimate)) return null;
  const periods: Record<number, PeriodLabel> = {};
  for (const f of chosen) periods[f.col] = f.p;
  for (const f of running) periods[f.col] = f.p;
  const skipped = [...found.filter((f) => !chosen.includes(f)).map((f) => f.col), ...totals].sort((a, b) => a - b);
  const firstPeriod = Math.min(...chosen.map((f) => f.col));
  // The rows' names: the column before the periods that holds words, not numbers or codes.
  let label: number | null = null;
  let best = 0;
  for (let c = 1; c < firstPeriod; c++) {
    const k = headingKey(band.headings[c - 1] ?? "");
    const p = profiles[c - 1];
    if (!p || /^(stt|tt|don vi|don vi tinh|dvt)$/.test(k)) continue;
    // "Mục tiêu 2021": "Tăng so với năm 2020" is a target's words, never the row's name.
    if (/^(?:muc tieu|ke hoach|kh|yeu cau|target)\b/.test(k)) continue;
    const words = p.text - p.number - p.code + p.long;
    if (words > 0.5 && words >= best) {
      best = words;
      label = c;
    }
  }
  const described: number[] = [];
  for (let c = 1; c < firstPeriod; c++) {
    if (/^(stt|tt|so tt|don vi|don vi tinh|dvt|unit|no)$/.test(headingKey(band.headings[c - 1] ?? ""))) described.push(c);
  }
  const holding = Object.fromEntries(
    [...found.filter((f) => !chosen.includes(f)), ...totalPeriods].map((f) => [f.col, dated(f.p)] as const),
  );
  return {
    periods,
    skipped,
    label,
    described,
    ...(besideEstimate ? { besideEstimate } : {}),
    ...(running.length > 0 ? { running: running.map((f) => f.col) } : {}),
    ...(Object.keys(holding).length > 0 ? { holding } : {}),
  };
}

/** "Kỳ báo cáo (Quý III/2021)", "Kỳ này: tháng 11/2021": the period reported, named after its words. */
function reportedPeriod(label: string): PeriodLabel | null {
  const m = /^\s*(?:kỳ báo cáo|ky bao cao|kỳ này|ky nay|thực hiện kỳ này|thuc hien ky nay)\s*[:(–-]?\s*(.+?)\s*\)?\s*$/iu.exec(label);
  return m ? parsePeriod(m[1]) : null;
}

/**
 * "KQ năm 2020", "Kết quả 2021": the result of the period it names. ("TH 2019 | TH 2020 | KH 2021 | Ước TH 2021", a
 * table of the years done and the one estimated, is read by its estimate's column, as before.)
 */
function resultOfPeriod(label: string): PeriodLabel | null {
  const m = /^\s*(?:kết quả|ket qua|kq)\s*[:(–-]?\s*(.+?)\s*\)?\s*$/iu.exec(label);
  return m ? (parsePeriod(m[1]) ?? bareYear(m[1])) : null;
}

// "Cộng quý III", "Tổng cộng 9 tháng", "Tổng số năm 2021": the words of a total before the period it names.
const TOTAL_WORD = /^\s*(?:tổng cộng|tổng số|tổng|cộng dồn|cộng|tong cong|tong so|tong|cong)\s*:?\s*/iu;

/** Readings across: the columns that hold other periods are read as their own longer period's figures. */
/**
 * "Chỉ số thành phần" holding "2.1. Tiếp cận dịch vụ", "2.2. Tổ chức giải quyết TTHC": each criterion named after its
 * code, so the column says whose figures each row holds.
 */
function namesCriteria(grid: Grid, c: number, rows: readonly number[], key: string): boolean {
  if (!/^(?:chi so|tieu chi)(?: thanh phan)?$/.test(key)) return false;
  const filled = rows.map((r) => cellText(grid.rows[r - 1]?.[c - 1] ?? null).trim()).filter((t) => t !== "");
  return filled.length >= 2 && filled.every((t) => /^[12]\.\d{1,2}\.?\s+\p{L}/u.test(t));
}

function withHolding(across: AcrossLayout): AcrossLayout {
  if (!across.holding) return across;
  const holding = across.holding;
  const own = Object.keys(holding).map(Number);
  return {
    ...across,
    periods: { ...across.periods, ...holding },
    skipped: across.skipped.filter((c) => !own.includes(c)),
    holding: undefined,
  };
}

/** Whether a row has a heading merged across columns with texts right under it (its sub-headings). */
function hasChildrenBelow(grid: Grid, merges: MergeIndex, r: number): boolean {
  const below = rowCells(grid, r + 1);
  // A heading merged wide only for looks ("Nội dung công việc" over B:D) has data under it, not sub-headings:
  // a row with figures or dates, or cells merged over the same columns again.
  let values = 0;
  for (const v of below) {
    const kind = cellKind(v as Parameters<typeof cellKind>[0]);
    if (kind === "number" || kind === "date") values++;
  }
  // "2019 | 2020 | 11T/2021" under "Kết quả thực hiện": years as headings, not figures.
  if (values >= 2 && yearHeadings(below) === null && dateHeadings(grid, merges, r + 1) === null) return false;
  // "1 | Kiểm tra việc … | (TC 1.2) | Phó Chủ tịch | ngày 30 tháng 9 năm 2021": a numbered row of data, its days in words.
  // "A. | Nhiệm vụ thường xuyên": a group of the rows under a heading merged for looks, no child heading.
  if (startsWithOrdinal(below as readonly GridCell[]) || isSectionLine(below as readonly GridCell[])) return false;
  // Only among plain headings ("STT | Nội dung công việc (B:D) | Tiêu chí | …"): a row of tiles, every cell merged, is no header.
  const plain = rowCells(grid, r).filter((v, i) => {
    const m = merges.at(r, i + 1);
    return (m === null || m === undefined || m.left === m.right) && typeof v === "string" && v.trim() !== "";
  }).length;
  // "CHỈ SỐ THEO KẾ HOẠCH 49" merged over every column the headings under it fill: the table's title, no parent heading.
  if (titleOver(grid, merges, r)) return false;
  return merges.startingOn(r).some((m) => {
    if (m.right === m.left || m.bottom !== r) return false;
    const under = merges.at(r + 1, m.left);
    if (plain >= 2 && under && under.left === m.left && under.right === m.right) return false;
    for (let c = m.left; c <= m.right; c++) {
      const v = below[c - 1];
      if (typeof v === "string" && v.trim() !== "" && v.length <= MAX_HEADING_CHARS) return true;
    }
    // "Báo cáo ngày" over 15/10/2021 | 15/11/2021: the reports' days are its children.
    return dateHeadings(grid, merges, r + 1)?.has(m.left - 1) === true;
  });
}

/**
 * "Tình hình thực hiện đến 30/9" (what was done, in sentences) beside "Đánh giá" (Hoàn thành, Đang thực hiện): the
 * column that holds only states is the task's state; the sentences are its result.
 */
function verdictIsStatus(profiles: readonly ColumnProfile[], columns: Partial<Record<Field, number>>, keys: readonly string[]): void {
  const [status, result] = [columns.status, columns.result];
  if (status === undefined || result === undefined) return;
  const [s, r] = [profiles[status - 1], profiles[result - 1]];
  if (!s || !r || r.n < 2 || s.status > 0.5) return;
  // ("Đã làm" in sentences beside "Đánh giá": "Hoàn thành", "Xong", "Đang làm (khoảng 75%)": states, one with a remark.)
  const verdict = VERDICT_HEADING.test(keys[result - 1] ?? "") && r.statusLead >= 0.8 && r.long <= 0.5 && s.long >= 0.8 && s.status === 0;
  if (!verdict && (r.status < 0.8 || r.long > 0)) return;
  columns.status = result;
  columns.result = status;
}

/** Row r holds one text, merged over every column the row under it fills (three or more): a title over a table. */
function titleOver(grid: Grid, merges: MergeIndex, r: number): boolean {
  const here = rowCells(grid, r).flatMap((v, i) => (cellText(v as GridCell).trim() !== "" ? [i + 1] : []));
  if (here.length !== 1) return false;
  const m = merges.at(r, here[0]);
  const below = rowCells(grid, r + 1).flatMap((v, i) => (cellText(v as GridCell).trim() !== "" ? [i + 1] : []));
  return !!m && m.right > m.left && below.length >= 3 && m.left <= below[0] && m.right >= below[below.length - 1];
}

// "Nội dung", "Nhiệm vụ", "Công việc": a column of work, over which a column of measures starts a table of its own.
const WORK_HEADING = /^(?:noi dung$|noi dung cong viec|noi dung nhiem vu|nhiem vu|cong viec)/;

/** A later band whose headings are, column by column, labels of an earlier header: that header printed again. */
function repeatsHeader(first: Band, later: Band): boolean {
  let named = 0;
  let same = 0;
  later.keys.forEach((k, i) => {
    if (k === "") return;
    named++;
    if (first.levelKeys[i]?.has(k)) same++;
  });
  // "Nhiệm vụ | … | Kỳ 1 | Kỳ 2" then "Chỉ tiêu | … | Kỳ 1 | Kỳ 2": the same periods over measures, a table of its own.
  const measures = later.keys.some(
    (k, i) => k !== "" && !first.levelKeys[i]?.has(k) && INDICATOR_HEADING.test(k) && WORK_HEADING.test(first.keys[i] ?? ""),
  );
  return named > 0 && same >= named * 0.8 && !measures;
}

function signatureOf(band: Band): string {
  return band.keys.filter((k) => k !== "").join("|");
}

// The forms a survey's counts are out of: "Thu về", "Số phiếu thu về", "Phiếu hợp lệ".
const FORMS_RETURNED = /(?:^| )(?:thu ve|hop le|so phieu thu ve|so phieu hop le|phieu hop le)$/;

const DAYS_NAMED = /^(?:tuần|tuan|kỳ|ky|đợt|dot|lần|lan|từ|tu|đến|den|ngày|ngay|báo cáo|bao cao|cập nhật|cap nhat)(?!\p{L})/iu;

/**
 * Whether a status column is a list of the choices: each state once, one under another, the content column running
 * on below them (a drop-down's source lists, each its own length). Down the whole column, wherever the header was
 * taken to end: the lists' first lines look like one.
 */
function stateChoices(grid: Grid, statusCol: number, contentCol: number, facts: FactsCache): boolean {
  const last = Math.min(grid.rows.length, SAMPLE_ROWS * 2);
  const states: Array<{ row: number; status: string }> = [];
  let contentBelow = 0;
  for (let r = 1; r <= last; r++) {
    const t = cellText(cellAt(grid, r, statusCol)).trim();
    const status = t === "" ? null : facts.of(t).status;
    if (status !== null) {
      states.push({ row: r, status });
      contentBelow = 0;
    } else if (states.length > 0 && cellText(cellAt(grid, r, contentCol)).trim() !== "") contentBelow++;
  }
  return (
    states.length >= 2 &&
    states.every((x, i) => i === 0 || x.row === states[i - 1].row + 1) &&
    new Set(states.map((x) => x.status)).size === states.length &&
    contentBelow >= 2
  );
}

/** Three cells or more of a one-row band read as values: a share done, a code alone, a day without its year, a sentence. */
function valuesAsHeadings(headings: readonly string[]): boolean {
  const filled = headings.filter((h) => h.trim() !== "");
  const values = filled.filter(
    (h) =>
      /\d\s?%/.test(h) ||
      /^[1-9]\.\d{1,2}\.?$/.test(h.trim()) ||
      // ("T7/21", "Tháng 9/21": a month's heading, never a day.)
      // ("Kỳ 1 (01-15/10)", "Tuần từ 01/11 đến 07/11", "Báo cáo ngày 15/10": a period named by its days, a heading.)
      (/(?<![\p{L}\d/])\d{1,2}\/\d{1,2}(?![\d/])/u.test(h) && parsePeriod(h) === null && !DAYS_NAMED.test(h.trim())) ||
      h.length > MAX_HEADING_CHARS,
  ).length;
  return values >= 3 && values * 2 >= filled.length;
}

function evaluate(
  grid: Grid,
  merges: MergeIndex,
  band: Band,
  until: number,
  opts: DetectOptions,
  memo: Map<string, number>,
): Candidate | null {
  const rows = sampleRows(grid, band.dataStart, until);
  // A header with nothing under it is not a table (the sheet is then named "header only"); two
  // distinct headings at least, or it is a title.
  if (rows.length === 0 || new Set(band.keys.filter((k) => k !== "")).size < 2) return null;
  // A list of people (attendance, signatures): their names are not tasks.
  if (listsPeople(band.keys)) return null;
  // A list of evidence documents ("Tên tài liệu | Số, ký hiệu | Ngày | Lưu tại"): papers kept, no work to do.
  if (listsDocuments(band.keys)) return null;
  // A list of citizens' dossiers by receipt number ("Số biên nhận | Tên tổ chức, cá nhân | Ngày hẹn trả"): cases, no work.
  if (listsDossiers(band.keys)) return null;
  // "Mã TC | Tiêu chí | Số NV | Đã HT | % hoàn thành": a dashboard counting the tasks, never tasks nor a criterion's figures.
  if (tasksDashboard(band.keys)) return null;
  // "Mã phiếu | Ngày | Lĩnh vực | Câu 1 | Câu 2 …": a survey's answers, one form a row; its tally is read, never the forms.
  if (surveyForms(band.keys)) return null;
  // "1.1 | Hướng dẫn … tại quầy | đang làm 60% | hạn 31/12": a list with no header, its first line no headings.
  if (band.top === band.bottom && valuesAsHeadings(band.headings)) return null;
  const cols = Array.from({ length: band.width }, (_, i) => i + 1);
  const profiles = cols.map((c) => profileColumn(grid, c, rows, opts.facts, opts.asOf));
  // A hidden column may be an official's old figures ("Tiến độ tháng 9 (cũ)"): it can hold notes or
  // evidence, never a field that decides status, progress or dates.
  const hiddenCols = new Set(grid.hiddenCols);
  const hiddenOk = (c: number, f: Field) => !hiddenCols.has(c) || f === "note" || f === "evidence";
  const used = (c: number) => profiles[c - 1].n > 0 || band.keys[c - 1] !== "";
  const english = band.headings.filter((h) => h !== "").some(isEnglishHeading);
  const dateHint = band.headings.map(dateOrderHint).find((h) => h !== null) ?? null;
  const headings: Record<number, string> = {};
  cols.forEach((c) => {
    if (band.headings[c - 1] !== "") headings[c] = band.headings[c - 1];
  });
  const base = { headerTop: band.top, headerBottom: band.bottom, headings, signature: signatureOf(band), dateHint, english };

  const total = <F extends Field>(m: Map<F, number>, s: (c: number, f: F) => number) => [...m].reduce((sum, [f, c]) => sum + s(c, f), 0);
  const byHeadings = <F extends Field>(m: Map<F, number>) => [...m].reduce((sum, [f, c]) => sum + headingScore(band, c, f, memo), 0);
  // "Ngày giao", "Ngày cập nhật": dates of the work's start or of the entry, never its deadline or completion.
  // A list of documents to issue ("Thời gian ban hành (dự kiến)" beside "Ngày ban hành"): the planned time is the
  // deadline and the day signed the day done; elsewhere a document's day is neither.
  const toIssue = band.keys.some((k) => /\bban hanh (?:du kien|theo ke hoach)\b|\b(?:du kien|ke hoach) ban hanh\b/.test(k ?? ""));
  // ("Thời gian › Ngày giao | Hạn hoàn thành": the column's own heading under the band names it.)
  const otherDay = (c: number) => isOtherDateHeading(band.keys[c - 1] ?? "") || isOtherDateHeading(band.lowest[c - 1] ?? "");
  const otherDate = (c: number, f: Field) =>
    // ("Ngày ký văn bản" beside "Văn bản chỉ đạo": the day the cited document was signed; in a list of documents to
    // issue, the day the work was done.)
    ((f === "due" || f === "doneDate") && otherDay(c) && !(toIssue && /\b(?:ban hanh|ky)\b/.test(band.keys[c - 1] ?? ""))) ||
    // "Hạn chót | Hạn điều chỉnh": where a deadline was moved to is never the day the work was done.
    (f === "doneDate" && EXTENSION_HEADING.test(band.keys[c - 1] ?? "")) ||
    // "Bắt đầu | Kết thúc | Hoàn thành?": the day work starts is never the day it was done.
    (f === "doneDate" &&
      /^(?:bat dau|tu ngay|ngay bat dau|tg bat dau|thoi gian bat dau|khoi cong|start|start date)$/.test(band.keys[c - 1] ?? "")) ||
    // "ngày giao" | "15/10": a column headed by a day is never how far the work is ("15/10" is no fraction).
    (f === "progress" && (otherDay(c) || /^(?:ngay|thoi gian|thoi han|han)\b/.test(band.keys[c - 1] ?? "")));
  // "Người giao", "Lãnh đạo chỉ đạo": who gave the work, never who leads or helps with it.
  const giver = (c: number, f: Field) => (f === "lead" || f === "partners") && GIVER_HEADING.test(band.keys[c - 1] ?? "");
  // "Điểm tối đa | Điểm tự chấm" in a self-assessment: points, never a row's number nor how far the work is.
  // "Trung bình Quý I" too: the months' figures averaged, never one task's progress.
  const pointsColumn = (c: number, f: Field) =>
    ((f === "stt" || f === "progress") && /^(?:so )?diem\b/.test(band.keys[c - 1] ?? "")) ||
    (f === "progress" && /^(?:trung binh|binh quan)\b/.test(band.keys[c - 1] ?? "")) ||
    // "Số liệu đạt được" (512/520 (98,46%)): the criterion's figure beside the task, never how far the work is.
    // ("Số liệu" alone may be a mixed table's value, "CS" rows' figure and "NV" rows' share.)
    // (Nor its deadline: "Quý III/2021: 396/402 (98,5%)" opens with the figure's period.)
    (f !== "content" && f !== "code" && /^(?:so lieu dat duoc|ket qua do(?: luong)?|chi so dat duoc)$/.test(band.keys[c - 1] ?? ""));
  // "Thời gian thực hiện | TG hoàn thành": beside a column giving the time allowed, the time finished is the day done.
  // "Thời gian dự kiến | Thời gian thực hiện": beside the planned time, the time it was carried out is the day done.
  // ("Thời gian › Bắt đầu | Hoàn thành": a schedule, its end the deadline; a start is no time allowed.)
  const finishedBeside = (c: number) =>
    (FINISHED_TIME.test(band.keys[c - 1] ?? "") &&
      cols.some(
        (o) =>
          o !== c &&
          !FINISHED_TIME.test(band.keys[o - 1] ?? "") &&
          !isOtherDateHeading(band.keys[o - 1] ?? "") &&
          keyScore(band.keys[o - 1] ?? "", "due") >= 2,
      )) ||
    (ACTUAL_TIME.test(band.keys[c - 1] ?? "") &&
      cols.some((o) => o !== c && PLANNED_TIME.test(band.keys[o - 1] ?? "") && keyScore(band.keys[o - 1] ?? "", "due") >= 2));
  const taskHeading = (c: number, f: TaskField) => {
    if (f !== "due" && f !== "doneDate" && f !== "progress") return headingScore(band, c, f, memo);
    const said = finishedBeside(c) ? "doneDate" : plannedOrActual(band.keys[c - 1] ?? "", band.lowest[c - 1] ?? "");
    if (said === null) return headingScore(band, c, f, memo);
    // (A day planned or done is never how far the work is: "Tiến độ › Dự kiến" holds days.)
    return f === said ? 3 : 0;
  };
  // "TT" over "I", "1.1", "-", "a)": the rows' numbering (a plan's outline), never a state nor a day ("1.1" is no 1 January).
  const outline = (c: number, f: TaskField) =>
    (f === "status" || f === "doneDate" || f === "due" || f === "progress") && band.keys[c - 1] === "tt" && outlineMarks(grid, c, rows);
  const taskScore = (c: number, f: TaskField) =>
    hiddenOk(c, f) && !otherDate(c, f) && !giver(c, f) && !pointsColumn(c, f) && !outline(c, f)
      ? 1.5 * taskHeading(c, f) + taskContentScore(profiles[c - 1], f) * (rows.length > 0 ? 1 : 0)
      : 0;
  const across = findAcross(band, grid, merges, profiles);
  if (across && rows.length > 0) {
    const periodCols = Object.keys(across.periods).map(Number);
    // Months filled only where a figure was due ("T3", "T6", "T9", "T10"): the empty ones say nothing of the kind.
    const filledPeriods = periodCols.filter((c) => profiles[c - 1].n > 0);
    // (One period filled of two or more: "6 tháng cuối năm" not yet reported beside "6 tháng đầu năm".)
    const numeric =
      filledPeriods.length >= 2 || (filledPeriods.length === 1 && (periodCols.length >= 2 || across.besideEstimate))
        ? filledPeriods.reduce((s, c) => s + Math.max(profiles[c - 1].number, profiles[c - 1].percent), 0) / filledPeriods.length
        : 0;
    // Tasks with their deadline or lead, and their progress month by month under "Tiến độ (%)".
    const rest = cols.filter((c) => used(c) && !periodCols.includes(c) && !across.skipped.includes(c));
    const tasks = bestAssignment(rest, TASK_FIELDS, taskScore, MIN_FIELD_SCORE);
    // The parent heading may sit on the row above the band, merged over the periods.
    // "Kết quả chỉ số (tử số/mẫu số hoặc %)" over the quarters: a criterion's figures beside the tasks, never their progress.
    // A period column's heading, and the one merged over the band's top.
    const headingsOver = (c: number) => [band.headings[c - 1] ?? "", band.top > 1 ? merges.label(grid, band.top - 1, c) : ""];
    const progressHeading = periodCols.every((c) =>
      headingsOver(c).some(
        (h) =>
          /\b(tien do|progress|% hoan thanh|ty le hoan thanh)\b|%/.test(headingKey(h)) &&
          // "Số liệu của tiêu chí theo quý (%)": the criterion's figures too; "Tỷ lệ hài lòng (%)" the survey's.
          !/\b(?:chi so|tieu chi|tu so|mau so|so lieu|hai long)\b/.test(headingKey(h)),
      ),
    );
    // "Mã TC | Tên tiêu chí | Kết quả đạt được (%): Quý I | 6 tháng | 9 tháng | Nhiệm vụ để đạt điểm | Chủ trì": figures
    // before the work, on rows each naming its criterion by code, are the criterion's, never the work's progress.
    const coded = tasks.get("code");
    const work = tasks.get("content");
    const criterionFirst =
      coded !== undefined &&
      work !== undefined &&
      Math.min(...periodCols) < work &&
      rows.filter((r) => /^[1-9]\.\d{1,2}\.?$/.test(cellText(cellAt(grid, r, coded)).trim())).length >= rows.length * 0.6;
    // "Nội dung nhiệm vụ" beside months under a title "… TIẾN ĐỘ NHIỆM VỤ …": tasks and their progress, with no
    // lead or deadline column (those said in Ghi chú), never an indicator's figures.
    const contentCol = tasks.get("content");
    const taskWords = contentCol !== undefined && TASK_HEADING.test(band.keys[contentCol - 1] ?? "");
    const bare = !tasks.has("due") && !tasks.has("lead") && !tasks.has("status");
    const titledProgress =
      bare &&
      taskWords &&
      !/\bchi so\b/.test(band.keys[(contentCol ?? 1) - 1] ?? "") &&
      grid.rows.slice(0, band.top - 1).some((row) => row.some((v) => /\btien do\b/.test(headingKey(cellText(v)))));
    // "Chỉ số thành phần" down the rows, "Kết quả (%)" over "Cùng kỳ năm 2020 | Kỳ này": criteria and their figures.
    const criteriaRows = /^(?:ten )?(?:cac )?(?:chi so|tieu chi)(?: thanh phan)?$/.test(band.keys[(contentCol ?? 1) - 1] ?? "");
    // "Nội dung công việc | Chủ trì | Thời hạn | Kết quả thực hiện: Quý III | Quý IV | Tình trạng", 40 %, 70 % under
    // the quarters: each task's progress by quarter beside its state. A criterion's figures name the indicator over
    // them ("Kết quả chỉ số"), or sit on rows naming a rate ("Tỷ lệ hồ sơ …").
    // Of the figures under the periods, the share written as shares: percents, or fractions of 1 (0,3; 0,75) as a
    // percent typed without its format is (a header repeated mid-table counts for neither).
    // "Đơn vị tính: %" over the table, "(%)" over the periods: whole numbers up to 100 are shares too.
    const inPercent =
      grid.rows
        .slice(Math.max(0, band.top - 4), band.top - 1)
        .some((row) => row.some((v) => /đơn vị(?: tính)?\s*:\s*%/iu.test(cellText(v)))) ||
      periodCols.some((c) => /\(%\)|%$/.test((band.headings[c - 1] ?? "").trim()));
    let figures = 0;
    let shares = 0;
    // (A measure's own row among the tasks, "Tỷ lệ … | % | 12,5 | 15", is no task's progress: not counted; nor are the
    // figures on rows writing no lead, deadline or state where the tasks' rows write them, "Kế hoạch vốn | 5.200 | 5.200".)
    const own = [tasks.get("lead"), tasks.get("status"), tasks.get("due")].filter((c): c is number => c !== undefined);
    const ownWritten = (r: number) => own.some((c) => !isBlank(cellAt(grid, r, c)));
    const worked = rows.filter(ownWritten).length >= 2;
    const taskRows =
      contentCol === undefined
        ? rows
        : rows.filter(
            (r) =>
              cellText(cellAt(grid, r, contentCol)).trim() !== "" &&
              !namesMeasure(cellText(cellAt(grid, r, contentCol))) &&
              (!worked || ownWritten(r)),
          );
    for (const r of taskRows)
      for (const c of periodCols) {
        const v = cellAt(grid, r, c);
        const f = typeof v === "string" ? opts.facts.of(v) : null;
        const n = typeof v === "number" ? v : (f?.number ?? null);
        if (n === null && (f?.fraction ?? null) === null) continue;
        figures++;
        if (
          f?.percent ||
          (f?.fraction ?? null) !== null ||
          (grid.formats[`${r}:${c}`] ?? "").includes("%") ||
          (n !== null && n >= 0 && n <= (inPercent ? 100 : 1))
        )
          shares++;
      }
    const percentShare = shares / Math.max(1, figures);
    // "đang thực hiện", "HT 22/10" among the shares under the periods: where the work stood each period.
    const statesAcross = rows.some((r) =>
      periodCols.some((c) => {
        const v = cellAt(grid, r, c);
        return typeof v === "string" && (opts.facts.of(v).status ?? opts.facts.of(v).statusLead) !== null;
      }),
    );
    // "Kết quả thực hiện", "Báo cáo ngày 15/10/2021", "Tình hình đến 30/9" over the periods: what was done by then.
    const resultsOver = periodCols.some((c) => headingsOver(c).some((h) => RESULTS_OVER.test(headingKey(h))));
    const figuresHeading = periodCols.some((c) => headingsOver(c).some((h) => FIGURES_OVER.test(headingKey(h))));
    const measureRows =
      contentCol === undefined
        ? 1
        : rows.filter((r) => namesMeasure(cellText(cellAt(grid, r, contentCol)))).length / Math.max(1, rows.length);
    // The figures sit on the tasks' own rows: a criterion's row with its figures over tasks writing none ("(1.2) Tỷ lệ
    // … | | | 140/141" over "3 | Thực hiện xin lỗi … | CC VP-TK | Thường xuyên") is a table of both, not progress.
    const figureRows = rows.filter((r) => periodCols.some((c) => !isBlank(cellAt(grid, r, c))));
    // ("Số chỉ tiêu … đã đạt (TC 1.7)" over the quarters: a criterion's figures beside the tasks, whatever their columns.)
    const criterionOver = periodCols.some((c) =>
      headingsOver(c).some((h) => /\b(?:tc|tctp|tieu chi|chi tieu|chi so)\b/.test(headingKey(h))),
    );
    // ("KH" over "TH" in a column of their own: the actual line under its task's plan line is the task's too.)
    const lineKind = (r: number, kind: RegExp) =>
      (grid.rows[r - 1] ?? []).slice(0, Math.min(...periodCols) - 1).some((v) => typeof v === "string" && kind.test(looseKey(v)));
    const actualLine = (r: number) => lineKind(r, /^(?:th|thuc hien)$/) && lineKind(r - 1, /^(?:kh|ke hoach)$/);
    const onTasks = figureRows.filter((r) => ownWritten(r) || actualLine(r)).length / Math.max(1, figureRows.length);
    // (A task's progress follows the task: figures before its content are a criterion's, "Kết quả năm 2020 | Thực
    // hiện đến 30/9" ahead of "Nhiệm vụ, giải pháp".)
    const statedProgress =
      contentCol !== undefined &&
      Math.min(...periodCols) > contentCol &&
      percentShare >= 0.8 &&
      // (Tasks with both their lead and their deadline are tasks: their shares month by month are how far they got.)
      (tasks.has("status") || resultsOver || statesAcross || (tasks.has("due") && tasks.has("lead") && !criterionOver)) &&
      (tasks.has("due") || tasks.has("lead")) &&
      !figuresHeading &&
      measureRows < 0.5 &&
      // (States among the periods' cells, "Đang TH | Xong", say the periods are the tasks' even where a criterion's
      // counts on rows of their own, "Kế hoạch vốn | 5.200", are nearly as many.)
      (onTasks >= 0.6 || (statesAcross && onTasks >= 0.3));
    if (
      numeric >= 0.5 &&
      // ("TC 1.1 - Tỷ lệ hồ sơ …" down the rows under "(đơn vị: %)": rates by period, never the rows' progress.)
      ((progressHeading && !criterionFirst && measureRows < 0.6) || titledProgress || statedProgress) &&
      !criteriaRows &&
      tasks.has("content") &&
      // "Tiến độ hiện tại" beside "Q1 | Q2 | Q3": the quarters are the progress's history, the column its value now.
      (tasks.has("due") || tasks.has("lead") || tasks.has("status") || titledProgress)
    ) {
      const layout: TableLayout = { ...base, kind: "tasks", columns: Object.fromEntries(tasks), progressAcross: withoutRunning(across) };
      return { layout, band, score: 10 + periodCols.length + total(tasks, taskScore), byHeadings: byHeadings(tasks) + periodCols.length };
    }
    if (numeric >= 0.5) {
      // Named so ("Mã tiêu chí"), or holding codes under another name ("Chỉ số": 1.1, 1.2).
      // A column of codes before one only named so ("Tiêu chí" holding the names beside "Mã TC" holding 1.2, 1.5).
      const before = cols.filter((c) => c < Math.min(...periodCols));
      const codeCol =
        before.find((c) => profiles[c - 1].n > 0 && profiles[c - 1].code >= 0.5) ??
        before.find((c) => headingScore(band, c, "code", memo) >= 2) ??
        before.find((c) => namesCriteria(grid, c, rows, band.keys[c - 1] ?? ""));
      // "Mã | Nhiệm vụ | Chủ trì | Thời hạn | Tình hình thực hiện" before "Kết quả chỉ số: Quý II | Quý III": each row
      // is a task too, with its criterion's figures beside it.
      const content = tasks.get("content");
      // ("TC1.5 - Gửi, nhận văn bản …" under "Nội dung công việc": the code is the work's prefix, the column still its content.)
      const codeInContent = codeCol !== undefined && codeCol === content;
      const taskRows =
        content !== undefined && TASK_HEADING.test(band.keys[content - 1] ?? "") && (tasks.has("due") || tasks.has("lead"))
          ? Object.fromEntries([...tasks].filter(([f, c]) => c !== codeCol || (codeInContent && f === "content")))
          : undefined;
      const layout: TableLayout = {
        ...base,
        kind: "readings",
        columns: codeCol ? { code: codeCol } : {},
        across: withHolding(across),
        ...(taskRows === undefined ? {} : { tasksBeside: codeCol && !codeInContent ? { ...taskRows, code: codeCol } : taskRows }),
      };
      return { layout, band, score: 10 + periodCols.length, byHeadings: 2 * periodCols.length };
    }
  }

  // Periods down the first columns, and two or more columns of figures each headed by what it
  // measures ("Tiếp cận dịch vụ", "Tổ chức giải quyết TTHC"), not by a count's part.
  const periodCol = cols.find((c) => profiles[c - 1].n > 0 && profiles[c - 1].period >= 0.6);
  if (periodCol !== undefined && rows.length > 0) {
    // "Tỷ lệ HS giải quyết đúng hạn | Tỷ lệ HS nộp trực tuyến | Tỷ lệ VB điện tử": rates each of its own subject, so
    // each its own criterion, not one rate's parts.
    const subjects = cols.map((c) => RATE_SUBJECT.exec(band.keys[c - 1] ?? "")?.[1] ?? null);
    const distinctRates = new Set(subjects.filter((x) => x !== null)).size >= 2;
    // "Tỷ lệ hài lòng theo từng nội dung (%)" over "Tiếp cận dịch vụ | Tổ chức giải quyết TTHC | Công chức …": the
    // survey's aspects each by its words, so each its own criterion.
    const aspectOf = cols.map((c) =>
      /\bhai long\b/.test(band.keys[c - 1] ?? "") ? aspectNamed(merges.label(grid, band.bottom, c)) : null,
    );
    const severalAspects = new Set(aspectOf.filter((x) => x !== null)).size >= 2;
    const ownAspect = (c: number) => {
      const a = aspectOf[c - 1];
      return severalAspects && a !== null && aspectOf.filter((x) => x === a).length === 1;
    };
    const named = cols.filter((c) => {
      const p = profiles[c - 1];
      const k = band.keys[c - 1];
      const ownRate = distinctRates && subjects[c - 1] !== null;
      // A number ("98,5%" is one too) or a part over a whole ("226/228"), each cell counted once.
      const rates = Math.min(1, p.number + p.fraction);
      // Scores or rates (0–100), as indexes are; counts by field stay a table of counts.
      return (
        c > periodCol &&
        k !== "" &&
        // "Bình quan", "Trung bình": the others' average, no criterion of its own.
        !/^(?:binh quan|trung binh)\b/.test(k) &&
        // (A column the sheet names by its criterion's code needs fewer figures to be one: "Không phát sinh" in half.)
        rates >= (CODED_HEADING.test(k) ? 0.5 : 0.6) &&
        p.inRange >= rates - 0.1 &&
        // "Văn bản đi | Gửi điện tử | Tỷ lệ": a rate's whole and part by their own names, never criteria each.
        // ("Tiếp nhận, xử lý PAKN (TC 2.5)": a heading naming its criterion by code is that criterion's, whatever its words.)
        ((keyScore(k, "numerator") < 3 && keyScore(k, "denominator") < 3) || CODED_HEADING.test(k)) &&
        !parsePeriod(band.headings[c - 1] ?? "") &&
        // "Tỷ lệ đạt theo chỉ số (%)" over "1.1 | 1.2 | 1.5": a rate's heading over the criteria names each by its code.
        // "2.1 Tiếp cận dịch vụ" under "Tỷ lệ hài lòng (%)": the code before the criterion's name does too.
        (ownRate ||
          ownAspect(c) ||
          !MEASURE_HEADING.test(k) ||
          /^(?:chỉ số\s+|tc\s*)?[12]\.\d{1,2}\.?(?:\s|$)/iu.test(merges.label(grid, band.bottom, c).trim()))
      );
    });
    // "Rất hài lòng | Hài lòng | Bình thường | Không hài lòng": a survey's answers, counted; never criteria each.
    // ("Tốt" merged over "Số phiếu | Tỷ lệ" too: an answer's count and share.)
    const answers = named.some((c) =>
      [band.keys[c - 1] ?? "", ...(band.levelKeys[c - 1] ?? [])].some((k) => SURVEY_ANSWER.test(k.replace(/^so phieu /, ""))),
    );
    // "Phát ra | Thu về" beside whole numbers: forms counted, the figures beside them counts too, never rates each.
    const forms =
      cols.some((c) => c > periodCol && (FORMS_RETURNED.test(band.keys[c - 1] ?? "") || /(?:^| )phat ra$/.test(band.keys[c - 1] ?? ""))) &&
      named.every((c) => profiles[c - 1].integer >= 0.8 && profiles[c - 1].percent < 0.2);
    if (
      !answers &&
      !forms &&
      named.length >= 2 &&
      // Beside them, at most two other columns of figures ("Số phiếu phát ra | Số phiếu thu về" and notes aside).
      named.length >=
        // (Beside them, the day of the figures, the forms returned and the report they come from are no criteria.)
        cols.filter(
          (c) =>
            c > periodCol &&
            used(c) &&
            !/^(?:ghi chu|so phieu|so luong phieu|phieu|van ban|can cu|nguon)\b/.test(band.keys[c - 1] ?? "") &&
            profiles[c - 1].date < 0.6,
        ).length -
          2 &&
      !countsUnderWhole(grid, band, cols, named, rows, opts.facts)
    ) {
      // "Số liệu đến ngày" beside the periods: each row's day.
      const dayCol = cols.find((c) => c > periodCol && profiles[c - 1].date >= 0.6 && keyScore(band.keys[c - 1] ?? "", "date") >= 2);
      const layout: TableLayout = {
        ...base,
        kind: "readings",
        columns: { period: periodCol, ...(dayCol !== undefined ? { date: dayCol } : {}) },
        criteriaAcross: named,
      };
      return { layout, band, score: 8 + named.length, byHeadings: 2 * named.length };
    }
  }

  // "Tuần | Từ ngày | Đến ngày | Số phiếu: Phát ra | Thu về | Số phiếu hài lòng về: Tiếp cận dịch vụ | Công chức |
  // Kết quả": each aspect's satisfied forms over those returned, a reading per aspect and row.
  // ("Từ ngày | Đến ngày" with no period's name: the days the row's forms were gathered in.)
  const dayCols = cols.filter((c) => profiles[c - 1].n > 0 && profiles[c - 1].date >= 0.6);
  const rowStart = periodCol ?? dayCols[0];
  if (rowStart !== undefined && rows.length > 0) {
    const parent = (c: number) =>
      [...(band.levelKeys[c - 1] ?? []), band.top > 1 ? headingKey(merges.label(grid, band.top - 1, c)) : ""].some((k) =>
        /^so phieu hai long\b/.test(k),
      ) || /^hai long ve\b/.test(band.keys[c - 1] ?? "");
    const aspects = cols.filter((c) => c > rowStart && parent(c) && profiles[c - 1].n > 0 && profiles[c - 1].integer >= 0.8);
    const whole = cols.find(
      (c) => c > rowStart && !parent(c) && FORMS_RETURNED.test(band.keys[c - 1] ?? "") && profiles[c - 1].integer >= 0.8,
    );
    if (aspects.length >= 2 && whole !== undefined) {
      const dayCol =
        cols.find((c) => c > rowStart && profiles[c - 1].date >= 0.6 && keyScore(band.keys[c - 1] ?? "", "date") >= 2) ??
        (periodCol === undefined && dayCols.length >= 2 ? dayCols[dayCols.length - 1] : undefined);
      const layout: TableLayout = {
        ...base,
        kind: "readings",
        columns: {
          ...(periodCol !== undefined ? { period: periodCol } : {}),
          denominator: whole,
          ...(dayCol !== undefined ? { date: dayCol } : {}),
        },
        criteriaAcross: aspects,
        ...(periodCol === undefined && dayCol !== undefined && dayCol !== rowStart ? { spanFrom: rowStart } : {}),
      };
      return { layout, band, score: 8 + aspects.length, byHeadings: 2 * aspects.length };
    }
  }

  // How many of a column's sampled texts state a rate ("đạt 33%", "96,5%").
  const ratesSaid = (c: number) => rows.filter((r) => /\d\s*%/.test(cellText(grid.rows[r - 1]?.[c - 1] ?? null))).length;
  const scored = selfAssessment(band, cols, profiles, ratesSaid);
  // The index's own outline in STT ("1.1.1", "3.1"): no criterion of the plan's; each row's name says which it is.
  if (scored?.code !== undefined && outlineNumbers(grid, scored.code, band.dataStart)) {
    scored.stt ??= scored.code;
    delete scored.code;
  }
  if (scored && rows.length > 0) {
    const beside = tasksUnderScores(band.keys, cols, scored);
    const layout: TableLayout = { ...base, kind: "readings", columns: scored, ...(beside ? { tasksBeside: beside } : {}) };
    return { layout, band, score: 10, byHeadings: 6 };
  }

  const ticks = findStatusTicks(band, profiles, grid, merges, opts.facts);
  const places = findPlacesAcross(band, rows, grid, merges);
  // "Xếp thứ (trong 16 xã)": "5/16" is a place among communes, never a share done or a count's parts.
  // "Tiến độ" over "Đã HT | Đang TH | Chưa TH", the last left empty: the ticks' band all the same, no progress.
  const parentKey = (c: number) => {
    const [k, low] = [band.keys[c - 1] ?? "", band.lowest[c - 1] ?? ""];
    return low !== "" && k.endsWith(` ${low}`) ? k.slice(0, -low.length - 1) : "";
  };
  const tickBands = new Set(
    Object.keys(ticks)
      .map((c) => parentKey(Number(c)))
      .filter((k) => k !== ""),
  );
  const free = cols.filter(
    (c) =>
      used(c) &&
      ticks[c] === undefined &&
      !(tickBands.has(parentKey(c)) && profiles[c - 1].n === 0) &&
      !places.includes(c) &&
      !RANK_HEADING.test(band.keys[c - 1] ?? ""),
  );

  const tasks = bestAssignment(free, TASK_FIELDS, taskScore, MIN_FIELD_SCORE);
  // A survey's answer columns ("Rất hài lòng | Hài lòng | Bình thường | Không hài lòng") count answers:
  // no one of them is the table's numerator, row number or total by its figures alone.
  // A lone "Hài lòng" beside "Tổng số phiếu" is the satisfied count, the numerator.
  const answerCols = cols.filter((c) => SURVEY_ANSWER.test(band.keys[c - 1] ?? ""));
  const answer = (c: number) => answerCols.length >= 2 && answerCols.includes(c);
  // A self-assessment's points ("Điểm tối đa", "Điểm tự chấm") score the result; they are not its figures.
  // Beside "Điểm tối đa", "Tự chấm | Thẩm định | Chênh lệch" are points too.
  const scoring = band.keys.some((k) => POINTS_HEADING.test(k ?? ""));
  const points = (c: number, f: ReadingField) =>
    (f === "numerator" || f === "denominator" || f === "value") &&
    (POINTS_HEADING.test(band.keys[c - 1] ?? "") ||
      (scoring && /^(?:tu cham|tu danh gia|tham dinh|chenh lech|bi tru|tru)\b/.test(band.keys[c - 1] ?? "")));
  // "Ngày nhập" beside "Số liệu tính đến ngày": the day it was typed is bookkeeping, the other the figures' day.
  // So does a period column ("Kỳ báo cáo": "2021-Q3"): "Cập nhật lúc" beside it is when the figures were typed.
  const standing = band.keys.some((k) => /\b(?:tinh den|den ngay|so lieu den|thoi diem so lieu)\b|^(?:ky bao cao|ky so lieu|ky)$/.test(k));
  // "Hạn hoàn thành" beside a project's figures: when the work is due, never the day the figures stand at.
  const entryDate = (c: number, f: ReadingField) =>
    f === "date" &&
    ((standing && isOtherDateHeading(band.keys[c - 1] ?? "")) ||
      /^(?:han|thoi han|han hoan thanh|han chot|deadline)\b/.test(band.keys[c - 1] ?? ""));
  // "Trễ hạn", "Quá hạn" beside "Đúng hạn": the late ones are no part of an on-time rate, neither its count nor its whole.
  const late = (c: number, f: ReadingField) =>
    (f === "numerator" || f === "denominator") &&
    /^(?:so (?:ho so )?)?(?:tre han|qua han|tre hen|giai quyet (?:tre|qua) han)$/.test(band.keys[c - 1] ?? "");
  // "Ước thực hiện 9 tháng" over "TH | So KH (%)": an estimate, never the figures done.
  const estimated = (c: number, f: ReadingField) =>
    (f === "numerator" || f === "value") && /^(?:uoc|du kien|du bao)\b/.test(band.keys[c - 1] ?? "");
  // "Trong kỳ | Lũy kế từ đầu năm | Cùng kỳ năm trước", each over "Số HS | Số HS đạt | Tỷ lệ (%)": the period's own
  // figures are the reading; the running total comes after them, last year's never. The group is the heading's upper
  // level, or the label merged over the column right above the header.
  // "CHỈ SỐ THEO KẾ HOẠCH 49 (cùng kỳ số liệu)" merged over the whole header: the table's title, no group of its columns.
  const titled = band.top > 1 && titleOver(grid, merges, band.top - 1);
  const groupOf = (c: number) => {
    const key = band.keys[c - 1] ?? "";
    const lowest = band.lowest[c - 1] ?? "";
    if (lowest !== "" && key.endsWith(` ${lowest}`)) return key.slice(0, -lowest.length - 1);
    return band.top > 1 && !titled ? headingKey(merges.label(grid, band.top - 1, c)) : "";
  };
  const byGroup = (c: number, f: ReadingField) => {
    if (!FIGURE_FIELDS.has(f)) return 0;
    const g = groupOf(c);
    return g === "" ? 0 : LAST_YEAR_GROUP.test(g) ? -100 : RUNNING_GROUP.test(g) ? -1.5 : OWN_PERIOD_GROUP.test(g) ? 0.5 : 0;
  };
  // "Mục tiêu | >= năm 2020", "Chỉ tiêu | Cao hơn năm 2020": what the figure is held against, never its period or day.
  const aimed = (c: number, f: ReadingField) =>
    (f === "period" || f === "date") && /^(?:muc tieu|chi tieu|ke hoach|kh|target)\b/.test(band.keys[c - 1] ?? "");
  const readingScore = (c: number, f: ReadingField) =>
    hiddenOk(c, f) && !answer(c) && !points(c, f) && !entryDate(c, f) && !late(c, f) && !estimated(c, f) && !aimed(c, f)
      ? 1.5 * headingScore(band, c, f, memo) + readingContentScore(profiles[c - 1], f) * (rows.length > 0 ? 1 : 0) + byGroup(c, f)
      : 0;
  const readings = bestAssignment(free, READING_FIELDS, readingScore, MIN_FIELD_SCORE);
  // "Số tiền | Lũy kế giải ngân | Tỷ lệ": a ledger's running total is the count the rate is of, never its whole;
  // each payment's own amount is not the count.
  const cumulative = free.find((c) => /^luy ke\b/.test(band.keys[c - 1] ?? ""));
  const paired = [readings.get("numerator"), readings.get("denominator")];
  const other = paired.find((c) => c !== undefined && c !== cumulative);
  if (
    cumulative !== undefined &&
    paired.includes(cumulative) &&
    other !== undefined &&
    readings.has("value") &&
    !/\b(?:tong|ke hoach|kh|mau so|giao|du toan|chi tieu)\b/.test(band.keys[other - 1] ?? "")
  ) {
    readings.delete("denominator");
    readings.set("numerator", cumulative);
  }
  // "Kết quả thực hiện | Chỉ tiêu năm 2021": the target is what the result is held against, never the reading's value;
  // a result alone, with no whole beside it, is the value.
  const targetValue = readings.get("value");
  if (targetValue !== undefined && TARGET_HEADING.test(band.keys[targetValue - 1] ?? "")) {
    readings.delete("value");
    const result = readings.get("numerator");
    if (result !== undefined && !readings.has("denominator") && /^(?:ket qua|thuc hien)\b/.test(band.keys[result - 1] ?? "")) {
      readings.delete("numerator");
      readings.set("value", result);
    }
  }
  // The same with the target taken for the whole: "Kết quả thực hiện" over "Chỉ tiêu năm 2021" is no share of it.
  const targetWhole = readings.get("denominator");
  const resultPart = readings.get("numerator");
  if (
    targetWhole !== undefined &&
    resultPart !== undefined &&
    !readings.has("value") &&
    /^(?:chi tieu nam|muc tieu)\b/.test(band.keys[targetWhole - 1] ?? "") &&
    /^ket qua\b/.test(band.keys[resultPart - 1] ?? "")
  ) {
    readings.delete("denominator");
    readings.delete("numerator");
    readings.set("value", resultPart);
  }
  // "KH | TH | %", "Kế hoạch | Thực hiện | Tỷ lệ (%)": the plan is the whole the result is held against, whatever the
  // figures under them suggested; each row is then read by its unit (a rate's by its result, a count's by the quotient).
  const levelKey = (c: number) => band.lowest[c - 1] || (band.keys[c - 1] ?? "");
  const planCol = free.find((c) => /^(?:kh|ke hoach|chi tieu ke hoach)$/.test(levelKey(c)));
  const doneCol = free.find((c) => /^(?:th|thuc hien)$/.test(levelKey(c)));
  if (planCol !== undefined && doneCol !== undefined) {
    for (const f of ["numerator", "denominator", "value"] as const) {
      const c = readings.get(f);
      if (c === planCol || c === doneCol) readings.delete(f);
    }
    for (const [f, c] of [...readings]) if (c === planCol || c === doneCol) readings.delete(f);
    readings.set("denominator", planCol);
    readings.set("numerator", doneCol);
  }
  // "Chỉ tiêu năm | Thực hiện (11 tháng) | So sánh (%)": the figure done is the indicator's own ("%" rows a rate, count
  // rows a count the reading leaves); the comparison with the target is the table's arithmetic, never the value.
  const done = readings.get("numerator");
  const compared = readings.get("value");
  const whole = readings.get("denominator");
  if (
    done !== undefined &&
    /^(?:thuc hien|ket qua thuc hien|th)\b/.test(band.keys[done - 1] ?? "") &&
    (whole === undefined || TARGET_HEADING.test(band.keys[whole - 1] ?? "")) &&
    (compared === undefined || COMPARED_HEADING.test(band.keys[compared - 1] ?? "")) &&
    // Only in a table of indicators: one with their targets or units beside ("Kết quả thực hiện" of a task list is no figure).
    band.keys.some((k) => TARGET_HEADING.test(k) || /^(?:dvt|don vi tinh)$/.test(k))
  ) {
    readings.delete("numerator");
    readings.delete("denominator");
    readings.set("value", done);
  }

  const tScore = total(tasks, taskScore) + (Object.keys(ticks).length > 0 ? 3 : 0);
  const rScore = total(readings, readingScore);
  // A task table says who, when or how far; a list of texts with numbers beside it is not one,
  // unless its headings name tasks and criteria.
  const named = (f: TaskField) => tasks.has(f) && headingScore(band, tasks.get(f) as number, f, memo) >= 2;
  // A survey's answer columns ("Rất hài lòng | Hài lòng | Bình thường | …") make it a table of answers: its rows are questions, never tasks.
  const surveyed = free.filter(answer).length >= 3;
  // "Tử số | Mẫu số": the parts of a rate; no task table has them.
  const rateParts = band.keys.some((k) => /^tu so\b/.test(k)) && band.keys.some((k) => /^mau so\b/.test(k));
  // "Trạng thái | Chủ trì (viết tắt) | Chức danh đầy đủ": a sheet of the lists a workbook's dropdowns pick from, its
  // "tasks" officials' titles under a heading that names no work; no task is only who does it ("Rà soát hồ sơ một
  // cửa" under "Nội dung công việc" names an office too, and is a task).
  const contentProfile = tasks.has("content") ? profiles[(tasks.get("content") as number) - 1] : undefined;
  const titlesOnly = contentProfile !== undefined && contentProfile.n >= 3 && contentProfile.official >= 0.8 && !named("content");
  // "Dự toán HĐND giao | Thực hiện 6 tháng: Số tiền | % DT": a budget's lines and how much of each was spent, nobody's
  // work (no lead, deadline, state or result); its "% DT" is no progress.
  const budget =
    band.keys.some((k) => /\b(?:du toan|so tien|trieu dong)\b/.test(k)) &&
    !(["lead", "due", "status", "doneDate", "result"] as const).some((f) => tasks.has(f));
  // A hidden sheet with a column listing each state once, its other columns running on (officials, codes, criteria's
  // names): a drop-down's lists side by side, never tasks (whether or not the states' column was taken for the status).
  const choices =
    grid.hidden &&
    tasks.has("content") &&
    cols.some((c) => c !== tasks.get("content") && stateChoices(grid, c, tasks.get("content") as number, opts.facts));
  // "Nội dung góp ý | Người góp ý | Ngày": what citizens said in the survey's forms, and who; nobody's work to track
  // (no lead, deadline, state or result).
  const contentKey = tasks.has("content") ? (band.keys[(tasks.get("content") as number) - 1] ?? "") : "";
  const feedback =
    /\b(?:gop y|y kien|phan anh|kien nghi)\b/.test(contentKey) &&
    band.keys.some((k) => FEEDBACK_GIVER.test(k)) &&
    !(["lead", "due", "status", "progress", "result"] as const).some((f) => tasks.has(f));
  const taskFits =
    !surveyed &&
    !feedback &&
    !rateParts &&
    !titlesOnly &&
    !choices &&
    !budget &&
    tasks.has("content") &&
    (["lead", "due", "status", "progress", "doneDate", "result"].some((f) => tasks.has(f as TaskField)) ||
      Object.keys(ticks).length > 0 ||
      (named("content") && (named("code") || named("evidence"))) ||
      // "Việc | Ghi chú" ("Đã xong ngày 12/10/2021", "hoàn thành 05/11"): a list whose remarks say how each task stands.
      (named("content") && tasks.has("note") && statesWork(profiles[(tasks.get("note") as number) - 1])));
  // A table of figures dated by its title names its rows in words: an indicator, or categories
  // ("Nơi nhận", "Lĩnh vực", "Thôn") whose figures add up to the period's one reading.
  if (opts.dated === true && !readings.has("indicator") && !readings.has("period") && !readings.has("date")) {
    const taken = new Set(readings.values());
    const label = free.find((c) => !taken.has(c) && profiles[c - 1].text >= 0.5 && profiles[c - 1].number < 0.5);
    const figures = (["numerator", "denominator", "value"] as const).flatMap((f) => readings.get(f) ?? []);
    if (label !== undefined && label < Math.min(...figures)) readings.set("indicator", label);
  }
  const readingFits =
    (readings.has("value") || (readings.has("numerator") && readings.has("denominator"))) &&
    (readings.has("period") ||
      readings.has("date") ||
      (opts.dated === true && (readings.has("indicator") || readings.has("code")) && !countsTasks(band.keys)));
  // "Mã tiêu chí | Nội dung chỉ số | Chỉ tiêu năm | Kết quả thực hiện | Tự đánh giá" under a dated title: an indicator's
  // result in words on each row, nobody's task (no lead, deadline or progress).
  // "1.1. Tỷ lệ hồ sơ …" in the indicator's own column: its code written before its name.
  const contentCol = tasks.get("content");
  const codedNames =
    contentCol !== undefined &&
    rows.length > 0 &&
    rows.filter((r) => /^\s*[12]\.\d{1,2}\.?\s+\p{L}/u.test(cellText(grid.rows[r - 1]?.[contentCol - 1] ?? null))).length >=
      rows.length * 0.6;
  const indicators =
    opts.dated === true &&
    tasks.has("content") &&
    (tasks.has("code") || codedNames) &&
    tasks.has("result") &&
    INDICATOR_HEADING.test(band.keys[(tasks.get("content") as number) - 1] ?? "") &&
    !(["lead", "partners", "due", "doneDate"] as const).some((f) => tasks.has(f)) &&
    // "Chỉ tiêu năm 2026" ("≥ 80%") taken for a progress column is the indicator's target.
    !(tasks.has("progress") && !TARGET_HEADING.test(band.keys[(tasks.get("progress") as number) - 1] ?? ""));
  if (indicators) {
    // The figures' own columns ("Tử số | Mẫu số | Kết quả") as the readings' assignment found them; the code,
    // the indicator's name and a result in words from the tasks' where it found none.
    const columns: Partial<Record<Field, number>> = Object.fromEntries(readings);
    // A count without its whole ("Kết quả thực hiện" taken for a numerator alone) is no count.
    if (columns.numerator === undefined || columns.denominator === undefined) {
      delete columns.numerator;
      delete columns.denominator;
    }
    const used = new Set(Object.values(columns));
    const take = (f: Field, c: number | undefined) => {
      if (c === undefined || columns[f] !== undefined || used.has(c)) return;
      columns[f] = c;
      used.add(c);
    };
    take("code", tasks.get("code"));
    take("indicator", tasks.get("content"));
    take("stt", tasks.get("stt"));
    take("note", tasks.get("note"));
    if (columns.value === undefined && (columns.numerator === undefined || columns.denominator === undefined))
      take("value", tasks.get("result"));
    return { layout: { ...base, kind: "readings", columns }, band, score: tScore, byHeadings: byHeadings(tasks) };
  }
  // "Yếu tố đánh giá | Số phiếu trả lời | Số phiếu hài lòng | Tỷ lệ hài lòng (%)": counts named as a rate's parts, and
  // nothing a task has but a share (no lead, deadline, state or result): a table of figures, never tasks.
  const partsNamed = (["numerator", "denominator"] as const).every(
    (f) => readings.has(f) && headingScore(band, readings.get(f) as number, f, memo) >= 2,
  );
  // "Kết quả (phiếu hài lòng/tổng số phiếu)" holding "132/140" on every row: a rate's parts, no task's result.
  const countsColumn = (c: number) =>
    profiles[c - 1] !== undefined && profiles[c - 1].n * profiles[c - 1].ratio >= 3 && profiles[c - 1].ratio >= 0.6;
  const resultCol = tasks.get("result");
  const countsAsResult = resultCol !== undefined && countsColumn(resultCol);
  const onlyShare =
    !(["lead", "due", "status", "doneDate"] as const).some((f) => tasks.has(f)) &&
    (!tasks.has("result") || countsAsResult) &&
    Object.keys(ticks).length === 0;
  // "Mã | Chỉ số thành phần | … | Tỷ lệ hài lòng (%)": a criterion's code on each row and its rate, taken for a task's
  // progress; a rate of what the row names, not how far work has gone.
  const progressCol = tasks.get("progress");
  const rateOfRow =
    progressCol !== undefined &&
    readings.get("value") === progressCol &&
    !surveyed &&
    // Never beside a plan's figure and a result's (a council's targets: "KH 2021 | Thực hiện | Tỷ lệ %").
    // ("Chỉ tiêu" naming the rows is no plan's figure.)
    // (Nor is the rate's parts' own column, "Kết quả (phiếu hài lòng/tổng số phiếu)".)
    !band.keys.some((k, i) => PLAN_OR_ACTUAL.test(k) && i + 1 !== contentCol && !countsColumn(i + 1)) &&
    /^(?:ty le|ti le)\b/.test(band.lowest[progressCol - 1] || (band.keys[progressCol - 1] ?? "")) &&
    !/\b(?:hoan thanh|thuc hien|tien do|trien khai)\b/.test(band.keys[progressCol - 1] ?? "");
  // "Mã | Nội dung chỉ tiêu | ĐVT | Chỉ tiêu năm | Thực hiện 11 tháng" under a dated title: indicators and their figures,
  // with nothing a task has (no lead, deadline, state, progress or result).
  const indicatorRows =
    readingFits &&
    onlyShare &&
    !tasks.has("progress") &&
    contentCol !== undefined &&
    INDICATOR_HEADING.test(band.keys[contentCol - 1] ?? "") &&
    readings.get("indicator") === contentCol;
  const figuresOnly =
    ((partsNamed || rateOfRow) && onlyShare && readings.has("value") && (readings.has("indicator") || readings.has("code"))) ||
    indicatorRows;
  if (taskFits && !figuresOnly && (!readingFits || tScore >= rScore) && tScore >= MIN_TABLE_SCORE) {
    const columns: Partial<Record<Field, number>> = Object.fromEntries(tasks);
    // "Mục | Tiêu chí": codes under one heading, the criteria's names under the other; the codes are the criterion.
    if (columns.code !== undefined && profiles[columns.code - 1].code < 0.3) {
      const taken = new Set(Object.values(columns));
      const coded = cols.find((c) => !taken.has(c) && profiles[c - 1].n > 0 && profiles[c - 1].code >= 0.6);
      if (coded !== undefined) columns.code = coded;
    }
    // "STT | Ngày | Nội dung chỉ đạo | Giao cho | Thời hạn": a bare "Ngày" before the task's words dates the entry
    // (the day the instruction was given), never the day the work was done.
    const entryDay = columns.doneDate;
    const dayOfEntry =
      entryDay !== undefined &&
      columns.content !== undefined &&
      entryDay < columns.content &&
      /^(?:ngay|ngay thang(?: nam)?)$/.test(band.keys[entryDay - 1] ?? "");
    if (dayOfEntry) delete columns.doneDate;
    planAndActual(band.keys, columns);
    logIsResult(band.keys, columns);
    verdictIsStatus(profiles, columns, band.keys);
    // (Never a tick column under "Tiến độ": "Đã HT | Đang TH | Chưa TH" are the state's, read as ticks.)
    progressByName(band.keys, free, columns);
    startThenEnd(band.keys, columns);
    startIsNoDone(band.keys, columns);
    dayBesideStatus(band.keys, columns);
    registerReply(band.keys, band.lowest, columns);
    plannedThenDone(band.keys, columns);
    originalDue(band, columns);
    doneAndActual(band.keys, columns);
    // The day work was given, where a heading says it: a deadline given in days counts from it.
    const assigned =
      cols.find(
        (c) =>
          (ASSIGNED_HEADING.test(band.keys[c - 1] ?? "") || ASSIGNED_HEADING.test(band.lowest[c - 1] ?? "")) &&
          !Object.values(columns).includes(c),
      ) ?? (dayOfEntry && !Object.values(columns).includes(entryDay) ? entryDay : undefined);
    // "Nội dung nhiệm vụ" merged over B:C, a task's words wrapped from B into C ("Cập nhật … trên" | "Cổng Dịch vụ
    // công (TC 1.1)"): the cells under the heading are one text. Only where both hold words on some rows.
    const span = contentSpan(merges, band, columns, profiles);
    if (span) {
      for (const [f, c] of Object.entries(columns) as Array<[Field, number]>) if (f !== "content" && span.includes(c)) delete columns[f];
      columns.content = span[0];
    }
    // "Đã xong | Đang làm | Chưa làm" ticked beside "Đánh giá" (Đạt, Chưa đạt): the ticks say how the work stands, the
    // judgement is the target's (kept in Ghi chú).
    if (Object.keys(ticks).length > 0 && columns.status !== undefined && VERDICT_HEADING.test(band.keys[columns.status - 1] ?? ""))
      delete columns.status;
    // "Chỉ tiêu KH | Thực hiện" beside a task's state ticked in columns of its own: what its criterion reached against its
    // target, no share of the work (read as the criterion's figures; beside a state column the criteria's rows read it).
    const reached = columns.progress;
    if (
      reached !== undefined &&
      Object.keys(ticks).length > 0 &&
      REACHED_HEADING.test(band.keys[reached - 1] ?? "") &&
      PLANNED_HEADING.test(band.keys[reached - 2] ?? "")
    )
      delete columns.progress;
    const layout: TableLayout = {
      ...base,
      kind: "tasks",
      columns,
      ...(span ? { contentSpan: span } : {}),
      ...(Object.keys(ticks).length > 0 ? { statusTicks: ticks } : {}),
      ...(assigned !== undefined ? { assigned } : {}),
      ...(places.length > 0 ? { placesAcross: places } : {}),
    };
    return { layout, band, score: tScore, byHeadings: byHeadings(tasks) + Object.keys(ticks).length };
  }
  // "Dự toán | Số tiền | % DT": a budget's money, no criterion's figure (a disbursement's "Giải ngân" is one).
  const budgetMoney =
    band.keys.some((k) => /\b(?:du toan|so tien|ngan sach|nsnn)\b/.test(k)) && !band.keys.some((k) => /\bgiai ngan\b/.test(k));
  if ((readingFits || figuresOnly) && rScore >= MIN_TABLE_SCORE && !budgetMoney) {
    const columns: Partial<Record<Field, number>> = Object.fromEntries(readings);
    pickCounts(grid, columns, rows, opts.facts, band.top, (rows[0] ?? band.dataStart) - 1);
    // A result may pass its plan ("TH 34,8" over "KH 30"): the plan stays the whole whatever the sizes say.
    if (planCol !== undefined && doneCol !== undefined) {
      columns.denominator = planCol;
      columns.numerator = doneCol;
    }
    const running = runningTwin(columns, free, band, groupOf);
    // Figures read only from under "Lũy kế từ đầu năm" (the period's own cells blank or "-"): totals to date.
    const figures = [columns.numerator, columns.denominator, columns.value].filter((c): c is number => c !== undefined);
    const toDate = figures.length > 0 && figures.every((c) => RUNNING_GROUP.test(groupOf(c)));
    // "Hộ tịch" and "Đất đai" each over "Trực tuyến | Trực tiếp": a figure's heading again under another band that is
    // no period, one field's column is no rate of the whole; not read as readings (the sheet is named as unread).
    // (The band may be the row above a one-row header, as taken when the two rows were not one header.)
    const parentOf = (c: number) => groupOf(c) || (band.top > 1 ? headingKey(merges.label(grid, band.top - 1, c)) : "");
    if (figures.some((c) => splitByBand(c, band, parentOf))) return null;
    // "Tiêu chí, nhiệm vụ | Tử số | Mẫu số | Tỷ lệ / Tiến độ (%) | Phụ trách | Thời gian | Trạng thái": a criterion's
    // counts on its row, its tasks' progress and state on theirs, under it.
    const beside = tasksAmongFigures(band.keys, tasks, columns);
    return {
      layout: {
        ...base,
        kind: "readings",
        columns,
        ...(running ? { running } : {}),
        ...(toDate ? { toDate } : {}),
        ...(beside ? { tasksBeside: beside } : {}),
      },
      band,
      score: rScore,
      byHeadings: byHeadings(readings),
    };
  }
  return null;
}

/**
 * A table of figures whose rows are tasks too, its content headed for both ("Tiêu chí, nhiệm vụ", "Chỉ số / nhiệm vụ")
 * and a state's column of its own beside a lead or a deadline: the tasks' columns, the figures' counts left out.
 */
function tasksAmongFigures(
  keys: readonly string[],
  tasks: ReadonlyMap<TaskField, number>,
  figures: Partial<Record<Field, number>>,
): Partial<Record<Field, number>> | undefined {
  const content = tasks.get("content");
  const status = tasks.get("status");
  const counts = new Set([figures.numerator, figures.denominator]);
  if (content === undefined) return undefined;
  const both = TASK_HEADING.test(keys[content - 1] ?? "") && /^(?:tieu chi|chi tieu|chi so)\b/.test(keys[content - 1] ?? "");
  if (both) {
    if (status === undefined || counts.has(status) || (!tasks.has("lead") && !tasks.has("due"))) return undefined;
    return Object.fromEntries([...tasks].filter(([, c]) => !counts.has(c)));
  }
  // ("Tử số | Mẫu số | Tỷ lệ | Nội dung | Chủ trì | Hạn | Tiến độ (%)": under a plain heading, the tasks' own lead,
  // deadline and progress beside the figures say the rows without figures are work.)
  const read = new Set([figures.numerator, figures.denominator, figures.value]);
  const lead = tasks.get("lead");
  const due = tasks.get("due");
  const progress = keys.findIndex((k, i) => !read.has(i + 1) && /^(?:tien do|% hoan thanh|muc do hoan thanh)\b/.test(k)) + 1;
  if (lead === undefined || due === undefined || read.has(lead) || read.has(due) || progress === 0) return undefined;
  const note = tasks.get("note");
  return { content, lead, due, progress, ...(note !== undefined && !read.has(note) ? { note } : {}) };
}

/**
 * A scorecard whose rows under each criterion are its tasks ("Tiêu chí / Nhiệm vụ | Điểm tối đa | Điểm tự chấm | Kết
 * quả thực hiện | … | Người phụ trách"): the tasks' columns, the result their result, where someone is named to lead.
 */
function tasksUnderScores(
  keys: readonly string[],
  cols: readonly number[],
  scored: Partial<Record<Field, number>>,
): Partial<Record<Field, number>> | undefined {
  const { indicator, value } = scored;
  if (indicator === undefined || value === undefined) return undefined;
  const k = keys[indicator - 1] ?? "";
  if (!TASK_HEADING.test(k) || !/^(?:tieu chi|chi tieu|chi so)\b/.test(k)) return undefined;
  const taken = new Set(Object.values(scored));
  const lead = cols.find((c) => !taken.has(c) && keyScore(keys[c - 1] ?? "", "lead") >= 3);
  if (lead === undefined) return undefined;
  const { code, stt, evidence, note } = scored;
  return Object.fromEntries(
    Object.entries({ stt, code, content: indicator, result: value, lead, evidence, note }).filter(([, c]) => c !== undefined),
  );
}

/** A band over columns that is a time ("Lũy kế", "Quý III", "Năm 2020") or a criterion, not a field or a place. */
const timeGroup = (g: string): boolean =>
  RUNNING_GROUP.test(g) ||
  LAST_YEAR_GROUP.test(g) ||
  OWN_PERIOD_GROUP.test(g) ||
  parsePeriod(g) !== null ||
  /\bnam (?:19|20)\d\d\b/.test(g) ||
  // "1.1 - Hồ sơ trực tuyến" over "Trực tuyến | Tổng | %": a criterion's band, each band its own reading, no field.
  /^(?:tieu chi |tc |chi so )?[12] \d{1,2}\b/.test(g);

/**
 * Whether a figure's band repeats under another band naming no time, the same headings in the same order
 * ("Hộ tịch" and "Đất đai" each over "Trực tuyến | Trực tiếp"): the bands are fields, one field's column no rate of the
 * whole. Bands of measures ("Tiếp nhận" over "Tổng số | Trực tuyến", "Giải quyết" over "Tổng số | Đúng hạn") are not.
 */
function splitByBand(c: number, band: Band, groupOf: (c: number) => string): boolean {
  const heading = (x: number) => band.lowest[x - 1] || band.keys[x - 1] || "";
  const group = groupOf(c);
  if (heading(c) === "" || group === "" || timeGroup(group)) return false;
  const under = (g: string) => {
    const out: string[] = [];
    for (let x = 1; x <= band.width; x++) if (groupOf(x) === g) out.push(heading(x));
    return out.join("|");
  };
  const own = under(group);
  if (!own.includes("|")) return false;
  const others = new Set<string>();
  for (let o = 1; o <= band.width; o++) {
    const other = groupOf(o);
    if (o !== c && heading(o) === heading(c) && other !== "" && other !== group && !timeGroup(other)) others.add(other);
  }
  return [...others].some((g) => under(g) === own);
}

/**
 * "Trong kỳ | Lũy kế từ đầu năm", each over "Số HS | Số HS đạt | Tỷ lệ (%)": the running total's columns under the
 * same headings as the figures read, for a reading of the year to date beside the period's own; null where any
 * figure read has no twin.
 */
function runningTwin(
  columns: Partial<Record<Field, number>>,
  free: readonly number[],
  band: Band,
  groupOf: (c: number) => string,
): Partial<Record<Field, number>> | null {
  const figures = (["numerator", "denominator", "value"] as const).filter((f) => columns[f] !== undefined);
  if (figures.length === 0) return null;
  const used = new Set(Object.values(columns));
  const twin: Partial<Record<Field, number>> = {};
  let group: string | null = null;
  for (const f of figures) {
    const c = columns[f] as number;
    // The heading under the group: its lowest level, or the whole where the group is merged over the header from above.
    const own = (x: number) => band.lowest[x - 1] || (band.keys[x - 1] ?? "");
    const lowest = own(c);
    if (lowest === "" || RUNNING_GROUP.test(groupOf(c))) return null;
    const match = free.find(
      (o) => !used.has(o) && own(o) === lowest && RUNNING_GROUP.test(groupOf(o)) && (group === null || groupOf(o) === group),
    );
    if (match === undefined) return null;
    group = groupOf(match);
    twin[f] = match;
    used.add(match);
  }
  return twin;
}

/**
 * "Tổng số | Trực tuyến | Trực tiếp": counts under their whole, never indicators each in its column. The whole is
 * headed so ("Tổng số", "Tổng"), holds whole numbers and is at least each of the others on nearly every row.
 */
function countsUnderWhole(
  grid: Grid,
  band: Band,
  cols: readonly number[],
  named: readonly number[],
  rows: readonly number[],
  facts: FactsCache,
): boolean {
  const num = (r: number, c: number): number | null => {
    const v = grid.rows[r - 1]?.[c - 1] ?? null;
    return typeof v === "number" ? v : typeof v === "string" ? facts.of(v).number : null;
  };
  return cols.some((w) => {
    if (!/^tong(?: so)?\b/.test(band.keys[w - 1] ?? "")) return false;
    let seen = 0;
    let over = 0;
    for (const r of rows) {
      const whole = num(r, w);
      if (whole === null) continue;
      if (!Number.isInteger(whole)) return false;
      // A slip of the pen (131 online of 113 received) leaves the rest a whole and its parts.
      if (named.some((c) => c !== w && (num(r, c) ?? 0) > whole)) over++;
      seen++;
    }
    return seen > 0 && over * 5 <= seen;
  });
}

/** Two or more lines under the header, each alone on its row, naming a period with its year ("A. QUÝ III/2021", "B. THÁNG 10/2021"): the table is dated by them. */
function periodSections(grid: Grid, top: number): boolean {
  let found = 0;
  for (let r = top + 1; r <= Math.min(grid.rows.length, top + 300) && found < 2; r++) {
    const row = grid.rows[r - 1] ?? [];
    let only: GridCell | undefined;
    let n = 0;
    for (const v of row) if (v !== null && v !== undefined && v !== "" && ++n === 1) only = v;
    if (n === 1 && typeof only === "string" && only.length <= 90 && /\d{4}/.test(only) && sectionPeriod(only) !== null) found++;
  }
  return found >= 2;
}

// "Thời gian theo kế hoạch (Từ ngày | Đến ngày)" beside "Thời gian thực hiện thực tế (Từ ngày | Đến ngày)".
const PLAN_BAND = /\b(?:ke hoach|du kien|theo kh)\b/;
const ACTUAL_BAND = /\b(?:thuc te|da thuc hien)\b/;
const END_DAY = /\b(?:den ngay|ket thuc|ngay ket thuc|hoan thanh)$/;

/**
 * Two bands of dates under the same sub-headings, one planned and one actual: the plan's end is the
 * deadline and the actual end the day done, whichever the headings' words first gave them to (the
 * actual "Từ ngày" under "Thời gian thực hiện" looks like a deadline's heading). The starts go to Ghi chú.
 */
function planAndActual(keys: readonly string[], columns: Partial<Record<Field, number>>): void {
  const end = (band: RegExp, not: RegExp) => {
    const found = keys.flatMap((k, i) => (band.test(k) && !not.test(k) && END_DAY.test(k) ? [i + 1] : []));
    return found.length === 1 ? found[0] : undefined;
  };
  const planEnd = end(PLAN_BAND, ACTUAL_BAND);
  const actualEnd = end(ACTUAL_BAND, PLAN_BAND);
  if (planEnd === undefined || actualEnd === undefined) return;
  for (const [f, c] of Object.entries(columns) as Array<[Field, number]>)
    if ((c === planEnd || c === actualEnd) && f !== "due" && f !== "doneDate") delete columns[f];
  columns.due = planEnd;
  columns.doneDate = actualEnd;
}

const START_DAY = /\b(?:tu ngay|ngay bat dau|bat dau|tu)$/;

/**
 * "Diễn biến" heading a task table's column beside its work, lead or deadline: how the work went, its result (a card's
 * "Diễn biến" line is no column, and is read apart).
 */
function logIsResult(keys: readonly string[], columns: Partial<Record<Field, number>>): void {
  if (columns.result !== undefined || columns.content === undefined || (columns.due === undefined && columns.lead === undefined)) return;
  const taken = new Set(Object.values(columns));
  const at = keys.findIndex((k, i) => k === "dien bien" && !taken.has(i + 1));
  if (at >= 0) columns.result = at + 1;
}

/**
 * "Thời gian: Từ ngày | Đến ngày" where the start's heading was taken for the deadline's: the end is
 * the deadline (the start, left over, goes to Ghi chú as a start).
 */
function startThenEnd(keys: readonly string[], columns: Partial<Record<Field, number>>): void {
  const due = columns.due;
  const start = due === undefined ? undefined : keys[due - 1];
  if (start === undefined || !START_DAY.test(start)) return;
  const band = start.replace(START_DAY, "").trim();
  const ends = keys.flatMap((k, i) => (i + 1 !== due && END_DAY.test(k) && k.replace(END_DAY, "").trim() === band ? [i + 1] : []));
  if (ends.length !== 1) return;
  for (const [f, c] of Object.entries(columns) as Array<[Field, number]>) if (c === ends[0]) delete columns[f];
  columns.due = ends[0];
}

/**
 * "Thời gian thực hiện: Từ ngày | Đến ngày": the day work starts is never the day it was done, whatever a
 * column's days looked like (the end's column holding "Tháng 12/2021" among its days). Left to Ghi chú.
 */
function startIsNoDone(keys: readonly string[], columns: Partial<Record<Field, number>>): void {
  const done = columns.doneDate;
  if (done !== undefined && START_DAY.test(keys[done - 1] ?? "")) delete columns.doneDate;
}

// "Thời hạn theo KH", "Hạn theo kế hoạch", "Thời gian hoàn thành theo kế hoạch": the planned day, so the deadline.
const PLANNED_DAY = /^(?:thoi han|han|thoi gian(?: hoan thanh| thuc hien)?) (?:theo )?(?:kh|ke hoach)$/;
// "Thời gian hoàn thành", "Ngày hoàn thành" with no plan named: beside a planned day, the day it was done.
const DONE_DAY = /^(?:thoi gian|ngay|thoi diem) hoan thanh$/;

/**
 * "Thời hạn theo KH | Thời gian hoàn thành": beside a column that says it holds the plan's day, the
 * other completion heading is the day done, whichever the headings' words first gave the deadline to.
 */
function plannedThenDone(keys: readonly string[], columns: Partial<Record<Field, number>>): void {
  if (columns.doneDate !== undefined || columns.due === undefined || !DONE_DAY.test(keys[columns.due - 1] ?? "")) return;
  const planned = keys.findIndex((k) => PLANNED_DAY.test(k)) + 1;
  if (planned === 0) return;
  const taken = (Object.entries(columns) as Array<[Field, number]>).find(([, c]) => c === planned);
  if (taken && taken[0] !== "note") return;
  if (taken) delete columns[taken[0]];
  columns.doneDate = columns.due;
  columns.due = planned;
}

/**
 * "Thời hạn" over "Hạn ban đầu | Hạn được gia hạn" (or "Hạn lần 1 | Hạn lần 2"): the deadline is the first, the
 * other the day it was moved to (read as the extension), whichever the headings' words first gave the deadline to.
 */
function originalDue(band: Band, columns: Partial<Record<Field, number>>): void {
  const due = columns.due;
  const own = (c: number) => band.lowest[c - 1] || (band.keys[c - 1] ?? "");
  if (due === undefined || !EXTENSION_HEADING.test(own(due))) return;
  const first = band.keys.findIndex((_, i) => /^(?:thoi )?han (?:ban dau|theo (?:ke hoach|kh)|goc|lan 1)$/.test(own(i + 1))) + 1;
  if (first === 0) return;
  // (A deadline's heading taken for the day done or a note is the deadline.)
  const taken = (Object.entries(columns) as Array<[Field, number]>).find(([, c]) => c === first);
  if (taken && taken[0] !== "doneDate" && taken[0] !== "note") return;
  if (taken) delete columns[taken[0]];
  columns.due = first;
}

/**
 * "Ngày HT | Ngày HT thực tế": beside the day done in fact, the same heading alone is the day it was to be done
 * (the deadline), wherever the headings' words first put them.
 */
function doneAndActual(keys: readonly string[], columns: Partial<Record<Field, number>>): void {
  const actual = keys.findIndex((k) => /^(?:ngay|thoi gian|tg) (?:ht|hoan thanh) (?:thuc te|thuc hien)$/.test(k)) + 1;
  if (actual === 0) return;
  const base = keys[actual - 1].replace(/ (?:thuc te|thuc hien)$/, "");
  const planned = keys.findIndex((k) => k === base) + 1;
  if (planned === 0 || (columns.due !== undefined && columns.due !== planned && columns.due !== actual)) return;
  for (const [f, c] of Object.entries(columns) as Array<[Field, number]>)
    if ((c === planned || c === actual) && f !== "due" && f !== "doneDate") delete columns[f];
  columns.due = planned;
  columns.doneDate = actual;
}

/**
 * "Hạn | Xong? | Ngày": a bare "Ngày" (or "Ngày làm") right of the status, the deadline in a column of
 * its own, is the day the work was done.
 */
function dayBesideStatus(keys: readonly string[], columns: Partial<Record<Field, number>>): void {
  const status = columns.status;
  if (status === undefined || columns.due === undefined || columns.doneDate !== undefined) return;
  const next = status + 1;
  if (!/^(?:ngay|ngay lam|ngay th|ngay thuc hien)$/.test(keys[next - 1] ?? "")) return;
  if (Object.values(columns).includes(next)) return;
  columns.doneDate = next;
}

// A register's day the answer went up ("Hạn BC | Đã BC | Ngày BC", "Hạn xử lý | Ngày trả lời", "Hạn nộp | Ngày nộp").
// "Ngày báo cáo" alone is as often the day the row's progress was reported (every row the same day): only beside
// a mark that the report went up ("Đã BC") is it the day done.
const REPLY_DAY = /^(?:ngay|thoi gian) (?:gui|gui bao cao|nop|nop bao cao|tra loi|da bc|da bao cao|da tra loi)$/;
const REPORTED_DAY = /^(?:ngay|thoi gian) (?:bc|bao cao)$/;
// A register's incoming document: "Văn bản đến", "VB đến (số, ngày)", "Văn bản chỉ đạo".
const INCOMING_DOC = /\b(?:van ban|vb|cong van|cv) (?:den|chi dao|cap tren)\b/;

/** "VB trả lời (số, ngày)", "Số BC": the column of a register holding the answer's document. */
export function isReplyDocHeading(key: string): boolean {
  return REPLY_DOC.test(key);
}

// What a register asks the commune to do, beside the document's summary.
const REGISTER_WORK = /\b(?:y kien chi dao|yeu cau|viec phai lam|viec can lam|noi dung cong viec|nhiem vu|cong viec xa)\b/;
// The answer's document ("Số văn bản trả lời", "VB trả lời (số, ngày)", "Đã trả lời (số, ngày)", "Số BC").
const REPLY_DOC = /\b(?:tra loi|so bc|so bao cao|vb bao cao|van ban bao cao|so vb bc)\b/;

/**
 * A register of directives ("Văn bản đến | Trích yếu | Việc xã phải làm | Hạn | VB trả lời | Ngày trả lời"):
 * after the deadline, the day the answer went up is the day done, and the answer's document (after the work)
 * is the evidence; the incoming document before the work is where it came from, never its result.
 */
function registerReply(keys: readonly string[], lowest: readonly string[], columns: Partial<Record<Field, number>>): void {
  const due = columns.due;
  const content = columns.content;
  if (due === undefined || content === undefined) return;
  const taken = new Set(Object.values(columns));
  // "Trích yếu" (what the document is about) beside "Ý kiến chỉ đạo", "Yêu cầu xã thực hiện": the work is the latter.
  if (/^trich yeu\b/.test(keys[content - 1] ?? "")) {
    const work = keys.findIndex((k, i) => i + 1 > content && !taken.has(i + 1) && REGISTER_WORK.test(k)) + 1;
    if (work > 0) {
      columns.content = work;
      taken.add(work);
    }
  }
  // "Văn bản đến" over "Số, ký hiệu | Ngày ban hành": the incoming document's day, never the day done.
  const doneAt = columns.doneDate;
  // ("Ngày HT | Nội dung công việc | …": a heading saying the work was finished names the day done wherever it stands.)
  const saysDone = doneAt !== undefined && /\b(?:hoan thanh|ht|xong)\b/.test(keys[doneAt - 1] ?? "");
  if (doneAt !== undefined && ((doneAt < content && !saysDone) || INCOMING_DOC.test(keys[doneAt - 1] ?? ""))) {
    delete columns.doneDate;
    taken.delete(doneAt);
  }
  if (columns.doneDate === undefined) {
    const reported = keys.some((k) => /^da (?:bc|bao cao)$/.test(k));
    // "VĂN BẢN TRẢ LỜI" over "Số, ký hiệu | Ngày gửi" (or a bare "Ngày"): the day under the answer's band.
    const replyDay = (k: string, i: number) =>
      REPLY_DAY.test(k) ||
      (REPLY_DOC.test(k) && /^ngay\b/.test(lowest[i] ?? "") && (REPLY_DAY.test(lowest[i] ?? "") || lowest[i] === "ngay"));
    const day = keys.findIndex((k, i) => i + 1 > due && !taken.has(i + 1) && (replyDay(k, i) || (reported && REPORTED_DAY.test(k)))) + 1;
    if (day > 0) {
      columns.doneDate = day;
      taken.add(day);
    }
  }
  // The incoming document ("Văn bản đến (số, ngày)") is never the answer, wherever it stands.
  const incoming = columns.evidence !== undefined && (columns.evidence < content || INCOMING_DOC.test(keys[columns.evidence - 1] ?? ""));
  if (columns.evidence !== undefined && !incoming) return;
  const doc = keys.findIndex((k, i) => i + 1 > content && !taken.has(i + 1) && REPLY_DOC.test(k)) + 1;
  if (doc > 0) columns.evidence = doc;
  // "Số ký hiệu" of the document that came in, and no answer's column: no evidence of the work (kept in Ghi chú).
  else if (
    columns.evidence !== undefined &&
    /^(?:so (?:va )?ky hieu|so hieu|ky hieu|so (?:vb|van ban))\b/.test(keys[columns.evidence - 1] ?? "")
  )
    delete columns.evidence;
}

// A place in a ranking and its change: "Xếp thứ", "Xếp hạng", "Thứ hạng", "Tăng (+), giảm (-) bậc".
const RANK_HEADING = /\b(?:xep thu|xep hang|thu hang|vi thu|tang giam (?:bac|hang|thu))\b/;

// "Nội dung chỉ số", "Tên chỉ tiêu": the rows are indicators, not tasks.
// "Chỉ tiêu năm 2021", "Mục tiêu", "Chỉ tiêu kế hoạch": the target a figure is compared with.
const TARGET_HEADING = /^(?:chi tieu|muc tieu)(?: (?:nam(?: \d{4})?|ke hoach|giao|dat ra|phan dau))?$/;
// "So sánh (%)", "So với KH", "TH/KH (%)", "Đạt so với kế hoạch": the figure done over the target, no reading of its own.
const COMPARED_HEADING = /^(?:so sanh|so voi|dat so voi|ty le so voi|th ?\/ ?kh|% so (?:voi )?(?:kh|ke hoach|chi tieu))\b/;

const INDICATOR_HEADING = /^(?:noi dung|ten)? ?(?:chi so|chi tieu)\b/;

/** A heading naming a part of a rate or a count, not an indicator of its own. */
// What a column of work is headed: "Nhiệm vụ", "Nhiệm vụ, giải pháp", "Nội dung công việc", "Công việc".
// ("Tiêu chí / nhiệm vụ": the criteria's rows and their tasks' under them, in one column.)
const TASK_HEADING =
  /^(?:(?:tieu chi|chi tieu|chi so|noi dung) (?:va )?)?(?:cac )?(?:nhiem vu|giai phap|noi dung cong viec|noi dung nhiem vu|cong viec|viec can lam)\b|^(?:tieu chi|chi tieu|chi so) (?:va )?noi dung$/;
// Over periods' columns, words that name what the work had come to by each.
// ("Đến 15/10/2021": a report's day as withReportDayBands writes it.)
const RESULTS_OVER = /\b(?:ket qua|kq|tinh hinh|bao cao|thuc hien)\b|^den (?:ngay )?\d/;
// Over periods' columns, words that name a criterion's figures rather than a task's progress.
// "I", "II", "1.1", "2.3.", "a)", "-", "+": a mark of a row's place in an outline.
// ("(1)", "(2)": the columns' numbers printed under the headings.)
const OUTLINE_MARK = /^(?:[ivxlc]{1,5}|[a-hđ]|\d{1,2}(?:\.\d{1,2})*)[.)]?$|^[-+*•–]$|^\(\d{1,2}\)$/iu;

/** A column whose cells are, three in five at least, marks of the rows' places in an outline (the rest a footer's lines). */
function outlineMarks(grid: Grid, c: number, rows: readonly number[]): boolean {
  let marks = 0;
  let n = 0;
  for (const r of rows) {
    const t = cellText(cellAt(grid, r, c)).trim();
    if (t === "") continue;
    n++;
    if (OUTLINE_MARK.test(t)) marks++;
  }
  return n > 0 && marks >= 0.6 * n;
}

// "Người góp ý", "Họ tên người phản ánh", "Họ và tên": who gave a citizen's comment.
const FEEDBACK_GIVER = /^(?:nguoi|ho ten|ten)\b.{0,20}\b(?:gop y|phan anh|kien nghi|de nghi)\b|^(?:ho ten|ho va ten)\b/;
const FIGURES_OVER = /\b(?:chi so|tieu chi|tu so|mau so|so lieu|ty le|so ho so|so phieu)\b/;
// A row naming a measure rather than work: "Tỷ lệ giải ngân …", "Số hồ sơ …", "Mức độ hài lòng …".
const MEASURE_ROW =
  /^(?:ty le|so (?:ho so|luong|phieu|nguoi|luot|van ban|chi tieu|can bo|cong chuc|cbcc)|muc do hai long|chi so|hai long ve)\b/;

/** Whether a row's text names a measure ("Tỷ lệ giải ngân …") rather than a piece of work. */
export function namesMeasure(text: string): boolean {
  // "Hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết": a rate written as its parts.
  // ("TCTP 1.2 - Tỷ lệ hồ sơ …", "SIPAS 2.4 - Hài lòng về …": the measure after its criterion's code.)
  const t = text.replace(CODE_BEFORE_MEASURE, "");
  return MEASURE_ROW.test(headingKey(t)) || /\/\s*(?:tổng|tong)\s+(?:số|so)(?!\p{L})/iu.test(t);
}
const CODE_BEFORE_MEASURE =
  /^\s*\(?\s*(?:(?:tiêu chí|tieu chi|tctp|tc|chỉ số|chi so|chỉ tiêu|chi tieu|sipas|cchc)\s*)?[12]\.\d{1,2}\.?\s*\)?\s*[-–:.]?\s*(?=\p{L})/iu;
/** "Tiêu chí 1.2 - Hồ sơ TTHC giải quyết đúng hạn", "TC 1.5: Tỷ lệ văn bản điện tử": a criterion named by its code and measure. */
export function namesCriterionMeasure(work: string): boolean {
  const m = /^(?:tiêu chí|tieu chi|tc|chỉ tiêu|chi tieu|chỉ số|chi so)\s*\d\.\d{1,2}\s*[-–:.]\s*(\S.*)$/iu.exec(work.trim());
  if (m === null) return false;
  return namesMeasure(m[1]) || /\b(?:dung han|truc tuyen|dien tu|hai long|dat chuan|giai ngan)\b/.test(looseKey(m[1]));
}

// "Kết quả chỉ tiêu: tỷ lệ hồ sơ trực tuyến (đến 30/11/2021)", "Kết quả: số CBCC đạt chuẩn", "Kết quả khảo sát quý III:":
// a row of a task list labelled as the result its section's criterion reached.
// ("Kết quả khảo sát quý III" alone, its figure in the next column: the label without its colon.)
const RESULT_LABEL = /^(?:kết quả|kq)(?!\p{L})[^:]{0,40}(?::\s*(.*))?$/iu;

/** Whether a row's words label the result its section reached, a measure or a period after the colon, or nothing. */
export function labelsResult(text: string): boolean {
  const m = RESULT_LABEL.exec(text.trim());
  return (
    m !== null &&
    (m[1] === undefined ||
      m[1] === "" ||
      namesMeasure(m[1]) ||
      /\b(?:dat chuan|truc tuyen|dien tu|dung han|hai long|quy|nam|thang)\b/.test(looseKey(m[1])))
  );
}

/** "KQ", "Kết quả" where a table's rows are numbered: the row gives its section's result, no task. */
export function marksResult(text: string): boolean {
  return /^(?:kq|kết quả|ket qua)[.:]?$/iu.test(text.trim());
}

// A rate's heading naming what it is of: its subject, as a criterion's is.
const RATE_SUBJECT = /^ty le\b.*?\b(dung han|truc tuyen|dien tu|dat chuan|giai ngan|hai long)\b/;
const MEASURE_HEADING =
  /^(?:(?:tu so|mau so|tong|so|so luong|ty le|don vi|dvt|stt|tt|ma|ghi chu|luy ke|phieu|ho so|luot)\b|(?:ket qua|gia tri|so lieu|thuc hien|ke hoach|uoc|tiep nhan|da giai quyet|dung han|qua han)$)/;

/** Headings that count tasks by state ("Số nhiệm vụ", "Đã hoàn thành", "Đang thực hiện"): a tally of the plan, not figures of an indicator. */
const TASK_TALLY =
  /\b(?:so nhiem vu|nhiem vu|so viec|da hoan thanh|dang thuc hien|chua thuc hien|chua hoan thanh|qua han|dung han|tre han)\b/;

function countsTasks(keys: readonly string[]): boolean {
  // "Đã giải quyết: Đúng hạn | Quá hạn" by "Lĩnh vực": dossiers counted, not tasks.
  if (keys.some((k) => /\b(?:ho so|hs|giai quyet|tiep nhan|linh vuc)\b/.test(k))) return false;
  return keys.filter((k) => TASK_TALLY.test(k)).length >= 2;
}

/**
 * Finds the tables of a sheet: header bands of one to three rows (merged cells read as their
 * value), each with the columns assigned to fields by heading and content together, as one
 * assignment. A sheet may hold several tables one above the other; a header repeated mid-table
 * (a printed table pasted twice) is part of its table, not a new one.
 */
function startsWithOrdinal(cells: readonly GridCell[]): boolean {
  const first = cells.find((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
  const filled = cells.filter((v) => v !== null && !(typeof v === "string" && v.trim() === "")).length;
  // A number typed as text ("1", "2.") in a retyped page counts too.
  const ordinal =
    (typeof first === "number" && Number.isInteger(first) && first >= 1 && first <= 9999) ||
    (typeof first === "string" && /^[1-9]\d{0,3}\.?$/.test(first.trim())) ||
    // "a", "b)", "c." before a form's items under "I", "II": lettered in small letters, never a heading.
    (typeof first === "string" && /^[a-zđ][.)]?$/u.test(first.trim()));
  return ordinal && filled >= 3 && yearHeadings(cells) === null;
}

/** A row of periods merged each over its columns ("Quý I" over B:C, "Quý II" over D:E): two at least. */
function periodsOver(grid: Grid, merges: MergeIndex, r: number): boolean {
  let n = 0;
  let under = 0;
  for (const m of merges.startingOn(r)) {
    if (m.right <= m.left) continue;
    if (parsePeriod(cellText(cellAt(grid, r, m.left))) !== null) n++;
    // "Tiến độ qua các quý" over "Q1 | Q2 | Q3": periods under one parent.
    for (let c = m.left; c <= m.right; c++) if (parsePeriod(cellText(cellAt(grid, r + 1, c))) !== null) under++;
  }
  return n >= 2 || under >= 2;
}

/** "- | 2.5 | Tổng hợp, trả lời PAKN … | CC VP-TK | …": a row opening with a bullet is an item, never a header. */
function startsWithBullet(cells: readonly GridCell[]): boolean {
  const filled = cells.filter((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
  return filled.length >= 3 && typeof filled[0] === "string" && /^[-–+•*]$/.test(filled[0].trim());
}

/** A text that opens with a bullet and its words ("- Công khai dự toán …", "+ Tuyên truyền …"): a list's item. */
export const LIST_ITEM = /^\s*[-–+•*]\s+\p{L}/u;

/** A row whose first text is a list's item. */
function opensWithItem(cells: readonly GridCell[]): boolean {
  const first = cells.find((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
  return typeof first === "string" && LIST_ITEM.test(first);
}

/** "I | CHỈ SỐ CẢI CÁCH HÀNH CHÍNH": a numbered section's line (a Roman numeral or a letter, then a title), never a header row. */
/** "TH" in a column where the row above says "KH": a plan row's actual row. */
function actualUnderPlan(grid: Grid, r: number): boolean {
  const row = grid.rows[r - 1] ?? [];
  const above = grid.rows[r - 2] ?? [];
  const key = (v: GridCell | undefined) => (typeof v === "string" && v.length <= 12 ? looseKey(v) : "");
  return row.some((v, i) => /^(?:th|thuc hien|thuc te)$/.test(key(v)) && /^(?:kh|ke hoach|du kien)$/.test(key(above[i])));
}

function isSectionLine(cells: readonly GridCell[]): boolean {
  const filled = cells.filter((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
  if (filled.length !== 2 || typeof filled[1] !== "string") return false;
  const title = filled[1].trim();
  const mark = String(filled[0]).trim();
  if (/^(?:[IVX]{1,4}|[A-Z])[.)]?$/.test(mark) && typeof filled[0] === "string")
    return (
      (title.length >= 6 && title === title.toLocaleUpperCase("vi")) ||
      // "A. | Nhiệm vụ thường xuyên": a lettered group in words, its mark stopped by a point.
      (/[.)]$/.test(mark) && title.length >= 12 && /\s\p{L}+\s/u.test(title)) ||
      // "A | Thủ tục hành chính" in the code column: a lettered group named in words from a capital.
      // "I | Chỉ số 1 - Thủ tục hành chính" too.
      (title.length >= 10 && /^\p{Lu}\p{Ll}*(?:\s+\S+){2,}$/u.test(title)) ||
      // "A | TIÊU CHÍ 1.2 - Tỷ lệ hồ sơ …": a lettered criterion's heading.
      /^(?:tiêu chí|tctp|tc|chỉ số)(?: thành phần)?\s*[12]\.\d{1,2}\b/iu.test(title)
    );
  // "1 | Chỉ số về thủ tục hành chính" right under the headings: the first group of the rows, never a heading level.
  return /^\d{1,2}[.)]?$/.test(mark) && title.length >= 12 && /\s\p{L}+\s/u.test(title);
}

/** "Nhóm 2: Phối hợp Một cửa" alone, merged across the table from its first columns: a section of the rows, no heading level. */
function sectionAcross(grid: Grid, merges: MergeIndex, r: number): boolean {
  const cells = grid.rows[r - 1] ?? [];
  const filled = cells.flatMap((v, i) => (v !== null && !(typeof v === "string" && v.trim() === "") ? [i + 1] : []));
  if (filled.length !== 1 || filled[0] > 2) return false;
  const m = merges.at(r, filled[0]);
  return m !== undefined && m !== null && m.top === r && m.bottom === r && m.right - m.left >= 2;
}

/** "Nhom 1: Thu tuc hanh chinh", "II. CHỈ SỐ SIPAS" alone on its row, merged or not: a group of the rows, no heading level. */
function loneGroupLine(cells: readonly GridCell[]): boolean {
  const filled = cells.filter((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
  if (filled.length !== 1 || typeof filled[0] !== "string") return false;
  const t = filled[0].trim();
  return /^(?:nhom|phan|muc|linh vuc|chuong)\s+(?:\d{1,2}|[ivx]{1,4})\b/.test(looseKey(t)) || /^(?:[IVX]{1,4}|[A-Z])[.)]\s+\S/.test(t);
}

function startsWithCode(cells: readonly GridCell[]): boolean {
  const filled = cells.filter((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
  const [first, next] = filled;
  if (typeof first !== "string") return false;
  if (/^(?:tc\s*)?[12]\.\d{1,2}\.?$/i.test(first.trim())) return true;
  // ("TCTP 1.2 | Giải quyết hồ sơ TTHC đúng hạn …", "SIPAS 2.1 | …": the code as officials prefix it, a row's words after
  // it; "Chỉ số 1.1 | Chỉ số 1.2 | …" is a header of the criteria's columns.)
  return (
    /^(?:tctp|sipas|tiêu chí|tieu chi)\s*[12]\.\d{1,2}\.?$/iu.test(first.trim()) &&
    typeof next === "string" &&
    next.trim().split(/\s+/).length >= 3
  );
}

/** "Tháng 12/2021 | … | Chưa tổng hợp" under "Tháng 11/2021": the next period of a column of periods, a row with no figures yet. */
function continuesPeriods(grid: Grid, r: number): boolean {
  const row = grid.rows[r - 1] ?? [];
  const c = row.findIndex((v) => !isBlank(v));
  if (c < 0 || r < 2) return false;
  const own = parsePeriod(cellText(row[c]));
  const above = parsePeriod(cellText(cellAt(grid, r - 1, c + 1)));
  return own !== null && above !== null && own.year !== null && own.kind === above.kind && own.year === above.year;
}

export function detectTables(grid: Grid, opts: DetectOptions): Detection {
  const merges = new MergeIndex(grid.merges);
  const memo = new Map<string, number>();
  const last = grid.rows.length;
  const tops: number[] = [];
  for (let r = 1; r <= last && tops.length < MAX_CANDIDATES; r++) {
    const h = headerLike(grid, merges, r, opts.facts, memo);
    const spans = merges.startingOn(r).some((m) => m.right > m.left);
    // The units row under a header ("(mã)", "(%)") is that header's, not the start of another.
    if (r > 1 && tops.includes(r - 1) && annotatesColumns(grid.rows[r - 1] ?? [])) continue;
    // Below a header, a row that starts with its number ("5 | Số hóa hồ sơ … | TC 1.1 | …") is a
    // data row, however much its texts sound like headings.
    // So is a row opening with a criterion's code ("1.5 | Tỷ lệ VB trao đổi … | Hạn chế tối đa VB giấy …") in a copy of the plan.
    const row = grid.rows[r - 1] ?? [];
    if (tops.length > 0 && (startsWithOrdinal(row) || startsWithBullet(row) || startsWithCode(row))) continue;
    // ("05/10/2021 | Tổng hợp báo cáo … | Hằng quý | Đang | đầu mối": a log's line opening with its day, never a header.)
    if (tops.length > 0 && isGridDate(row.find((v) => !isBlank(v ?? null)) ?? null)) continue;
    // "- Thanh toán khối lượng … | 30/9 | đã TT 2/3 đợt": an item of a list, its bullet in its text, never a header.
    if (opensWithItem(grid.rows[r - 1] ?? [])) continue;
    // "UBND XÃ … | Tân Bình, ngày 30 tháng 11 năm 2021" (merged across): a document's head, never a table's.
    if (row.some((v) => typeof v === "string" && placeDateLine(v))) continue;
    // "TH | x in T6" under "3 | Cập nhật … | KH | x in T4": a task's actual row under its plan row, never a header.
    if (tops.length > 0 && actualUnderPlan(grid, r)) continue;
    // Under a criterion's code merged down from the row above ("1.6" over two tasks): the block's next row, data.
    if (tops.length > 0 && continuesMergedBlock(merges, r, tops)) continue;
    // "Tỷ lệ (%) | | 99,42 | Tỷ lệ trực tuyến: 9,3%" right under "Cộng | 355 | 344": the total's rate, never a header.
    if (h.data > 0 && underTotal(grid, r)) continue;
    // A row of texts naming no field is a header only before any other, or as the second row of one whose heading
    // is merged over it ("Thực hiện tại các bản" over the hamlets' names); further down it is a task whose cells
    // are words ("Cử 02 cán bộ đi bồi dưỡng | VP-TK | Quý IV/2021 | x | Huyện chưa mở lớp").
    const under = tops.length > 0 && tops[tops.length - 1] === r - 1 && merges.startingOn(r - 1).some((m) => m.right > m.left);
    // "Chỉ tiêu | 31/07/2021 | 31/08/2021 | …": one name and the days, a header too.
    // ("TT | Chỉ tiêu theo dõi | Mã TC | 15/11 | … | Cộng tuần | Ghi chú": its number, code, sum and remark beside them.)
    const days = h.texts <= 6 && h.data === 0 && rowNamesBeforeDays(grid.rows[r - 1] ?? [], [...(dateHeadings(grid, merges, r) ?? [])]);
    if (
      (h.hits >= 2 || (h.hits >= 1 && spans) || days || ((tops.length === 0 || under) && r <= 30 && h.texts >= 3 && h.data === 0)) &&
      h.data <= 1 &&
      // (Asked last: only of a row that would otherwise head a table, most rows never are.)
      !(tops.length > 0 && continuesPeriods(grid, r))
    )
      tops.push(r);
  }

  // A period in the title rows above the first header, or in the sheet's name.
  // A picked month on a line that looks like a header ("Tháng báo cáo (chọn): | 11 | năm 2021") dates the table under it too.
  const dated =
    contextPeriod(grid, tops[0] ?? 1, 2000) !== null ||
    (tops.length > 1 && pickedPeriod(grid, tops[0], 2000) !== null) ||
    periodSections(grid, tops[0] ?? 1);
  const options: DetectOptions = { ...opts, dated: dated || opts.coverDated === true };
  // A later table's own title line right above it ("3. Số liệu hồ sơ TTHC Quý III/2021 (từ 01/7 đến 30/9/2021):") dates it
  // as the sheet's title dates the first.
  const titledOptions = (top: number): DetectOptions => {
    if (options.dated || top <= 3 || top === tops[0]) return options;
    const lines = { ...grid, rows: grid.rows.slice(top - 3, top - 1), merges: [] };
    return contextPeriod(lines, 3, 2000) === null ? options : { ...options, dated: true };
  };
  const candidates: Candidate[] = [];
  for (const top of tops) {
    // "KH | TH" under "Quý I", "Quý II" merged over them: sub-headings are read with their parents, never as a header alone.
    if (tops.includes(top - 1) && periodsOver(grid, merges, top - 1) && hasChildrenBelow(grid, merges, top - 1)) continue;
    // "Tỷ lệ hồ sơ giải quyết đúng hạn (TC 1.2) | | | Tháng 11: 97/97 = 100%" among the rows: a figure's line, no header.
    if (figureLine(grid.rows[top - 1] ?? [])) continue;
    let best: Candidate | null = null;
    for (let height = 1; height <= 3 && top + height - 1 <= last; height++) {
      const bottom = top + height - 1;
      if (height > 1 && sectionAcross(grid, merges, bottom)) break;
      // A parent heading merged across columns ("Phân công", "Tình trạng") has its children on the
      // next row: the header does not end under it.
      if (hasChildrenBelow(grid, merges, bottom)) continue;
      if (height > 1) {
        // The columns' numbers under the headings ("(1) | (2) | … | (5)=(4)-(3)") end the header, never join it.
        if (isNumberingRow(grid.rows[bottom - 1] ?? [])) break;
        const h = headerLike(grid, merges, bottom, opts.facts, memo);
        // Years or days as headings ("2019 | 2020", 30/09 | 31/10 under "Số liệu đến ngày") may be all the row holds.
        const valuesAsHeadings =
          h.texts === 0 && (yearHeadings(grid.rows[bottom - 1] ?? []) ?? dateHeadings(grid, merges, bottom)) !== null;
        if ((h.texts === 0 && !valuesAsHeadings) || h.data > 1) break;
        // A row opening with a criterion's code ("1.1 | Tỷ lệ …") or its number is the first data row; opening the
        // band, it is a data row over a header printed again under a page break ("- 1 -"), never the header's top.
        if (
          startsWithOrdinal(grid.rows[top - 1] ?? []) ||
          startsWithOrdinal(grid.rows[bottom - 1] ?? []) ||
          startsWithCode(grid.rows[bottom - 1] ?? []) ||
          isSectionLine(grid.rows[bottom - 1] ?? []) ||
          loneGroupLine(grid.rows[bottom - 1] ?? [])
        )
          break;
      }
      const band = bandOf(grid, merges, top, bottom);
      const nextTop = tops.find((t) => t > bottom + 1) ?? last;
      const c = evaluate(grid, merges, band, Math.min(nextTop, band.dataStart + SAMPLE_ROWS * 3), titledOptions(top), memo);
      // A deeper header must add something, else the shallower reading stands.
      if (c && (!best || c.score > best.score + 0.75)) best = c;
    }
    if (best) candidates.push(best);
  }

  // The strongest headers first. One that overlaps a chosen header is the same header read from
  // another row: the one starting higher wins when it is nearly as strong (a parent row over its
  // children). One that repeats a chosen table's headings is that table's header printed again.
  // One found by content alone (headings unknown) is a table only at the top of the sheet, else it
  // is a data row that looks like a header.
  const chosen: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => b.score - a.score || a.band.top - b.band.top)) {
    const clash = chosen.findIndex((o) => c.band.top <= o.band.dataStart - 1 && c.band.bottom >= o.band.top);
    if (clash >= 0) {
      const o = chosen[clash];
      // (Also where the rows above tell apart what the lower row repeats: "Tình trạng | Ghi chú" under each report's day.)
      if (c.band.top < o.band.top && (c.score >= o.score - 1 || (c.band.bottom >= o.band.bottom && tellsApart(c.band, o.band))))
        chosen[clash] = c;
      continue;
    }
    if (chosen.some((o) => o.band.top < c.band.top && repeatsHeader(o.band, c.band))) continue;
    if (c.byHeadings < 3 && chosen.some((o) => o.band.top < c.band.top)) continue;
    chosen.push(c);
  }
  // A weak band chosen before a stronger one above it turned out to be data of that table.
  // A shallower band repeating a deeper one above is that header printed again on a later page, its parent heading
  // no longer merged over the periods: the table above's, whichever was chosen first. (Tables stacked under their
  // own titles repeat the whole header.)
  const reprinted = (c: Candidate) =>
    chosen.some((o) => o.band.top < c.band.top && o.band.bottom - o.band.top > c.band.bottom - c.band.top && repeatsHeader(o.band, c.band));
  const kept = chosen.filter((c) => !(c.byHeadings < 3 && chosen.some((o) => o.band.top < c.band.top)) && !reprinted(c));
  if (kept.length === 0) return { ok: false, ...guessOf(grid, tops.length > 0, opts.facts) };
  return { ok: true, layouts: kept.sort((a, b) => a.band.top - b.band.top).map((c) => c.layout) };
}

/** Whether `deeper`'s headings are all different where `shallower` repeats some (the same words under each parent). */
function tellsApart(deeper: Band, shallower: Band): boolean {
  const repeats = (b: Band) => {
    const named = b.headings.map((h) => h.trim()).filter((h) => h !== "");
    return new Set(named).size < named.length;
  };
  return repeats(shallower) && !repeats(deeper);
}

/**
 * "Tiến độ (%)" beside a "Tỷ lệ (%)" an official added to the template (over "Số HS tiếp nhận | Số HS đúng hạn"): the
 * column named for the work's progress is the progress, whichever the figures under them suggested.
 */
function progressByName(keys: readonly string[], cols: readonly number[], columns: Partial<Record<Field, number>>): void {
  const named = cols.find((c) => /^tien do\b/.test(keys[c - 1] ?? ""));
  const taken = columns.progress;
  if (named === undefined || taken === undefined || taken === named || /^tien do\b/.test(keys[taken - 1] ?? "")) return;
  if (Object.values(columns).includes(named)) return;
  columns.progress = named;
}

// "KH 2021 (NQ HĐND)", "Thực hiện đến 30/11": a plan's figure and a result's, a council's targets; never a rate's counts of answers.
const PLAN_OR_ACTUAL = /^(?:kh|ke hoach|chi tieu|muc tieu|nghi quyet|nq|thuc hien|th|ket qua|uoc)\b/;

/** A remarks column that mostly opens with a task's state ("Đã xong …", "đang làm", "Hoàn thành 05/11"). */
function statesWork(p: ColumnProfile | undefined): boolean {
  return p !== undefined && p.n >= 2 && Math.max(p.statusLead, p.status) >= 0.5;
}

// The five-level scale, and the four-level one some provinces' forms use ("Tốt | Khá | Trung bình | Kém").
export const SURVEY_ANSWER =
  /^(?:rat hai long|hai long|binh thuong|khong hai long|rat khong hai long|chua hai long|it hai long|rat tot|tot|kha|trung binh|kem|yeu|yeu kem)$/;

/** Headings of a list of people: "Họ và tên" with "Chức vụ", "Ký tên" or "Ngày sinh". */
function listsPeople(keys: readonly string[]): boolean {
  return (
    keys.some((k) => /^(?:ho (?:va )?ten|full name)\b/.test(k)) &&
    // A register of citizens' cases ("Họ tên người phản ánh | Địa chỉ | Nội dung phản ánh …") lists people too.
    // "Địa chỉ email" is not where someone lives: a form's answers carry it beside the task reported.
    keys.some((k) => /^(?:ky ten|ky nhan|chu ky|ngay sinh|chuc vu|signature|dia chi(?! email| thu dien tu| mail))\b/.test(k))
  );
}

/**
 * Headings counting tasks ("Số NV", "Số nhiệm vụ") beside how many are done, by criterion or by state: a summary of a
 * task list. (By month, "Tháng | Tổng số nhiệm vụ | Hoàn thành …" is read as a table and named as a count of tasks.)
 */
function tasksDashboard(keys: readonly string[]): boolean {
  const filled = keys.filter((k) => k !== "");
  return (
    // By criterion, by state, or by who does the work ("Bộ phận | Số nhiệm vụ | Hoàn thành | Tỷ lệ").
    filled.some((k) =>
      /^(?:ma tc|ma tieu chi|tieu chi|trang thai|tinh trang|bo phan|can bo|cong chuc|don vi|chu tri|nguoi (?:thuc hien|phu trach)|ho (?:va )?ten)$/.test(
        k,
      ),
    ) &&
    filled.some((k) => /^(?:tong )?so (?:nv|nhiem vu|viec|cong viec)(?: (?:duoc )?giao)?$/.test(k)) &&
    filled.some((k) =>
      // ("Số NV | Đã xong | Còn lại": the rest still to do counted.)
      /^(?:so )?(?:da ht|da hoan thanh|hoan thanh|dang th|dang thuc hien|chua ht|chua thuc hien|qua han|con lai)$|^(?:% hoan thanh|ty le hoan thanh|ty le(?: %)?)$/.test(
        k,
      ),
    )
  );
}

/** A survey's answers one form a row: the form's number, and two question columns ("Câu 1", "Câu 2") at least. */
function surveyForms(keys: readonly string[]): boolean {
  const filled = keys.filter((k) => k !== "");
  return (
    filled.some((k) => /^(?:ma phieu|so phieu|phieu so|so hieu phieu|stt phieu)$/.test(k)) &&
    filled.filter((k) => /^(?:cau|cau hoi|c) ?\d{1,2}$/.test(k)).length >= 2
  );
}

/**
 * A list of documents kept as evidence: a document's number and its name or summary, and nothing that
 * tracks work (no deadline, state, progress or lead). A register of directives has those, and is read.
 */
function listsDocuments(keys: readonly string[]): boolean {
  const filled = keys.filter((k) => k !== "");
  return (
    filled.some((k) => /^(?:so ky hieu|so hieu|ky hieu|so van ban|so ky hieu van ban)$/.test(k)) &&
    filled.some((k) => /^(?:ten tai lieu|tai lieu|ten van ban|trich yeu(?: noi dung)?|ten tai lieu kiem chung)$/.test(k)) &&
    !filled.some((k) => (["due", "status", "progress", "lead"] as const).some((f) => keyScore(k, f) >= 2))
  );
}

/** Headings of a list of dossiers: a receipt's or a dossier's number with the day promised or returned. */
function listsDossiers(keys: readonly string[]): boolean {
  return (
    keys.some((k) => /^(?:so bien nhan|ma bien nhan|ma ho so|so ho so|ma hs)\b/.test(k)) &&
    keys.some((k) => /\b(?:hen tra|ngay tra|tra ket qua|tra kq)\b/.test(k))
  );
}

function guessOf(grid: Grid, sawHeader: boolean, facts: FactsCache): { reason: string; guess: SheetGuess } {
  const early = grid.rows.slice(0, 30).map((row) => row.filter((v): v is string => typeof v === "string").map(headingKey));
  if (early.some(listsDossiers))
    return {
      guess: "dossiers",
      reason:
        "Sheet là danh sách hồ sơ TTHC theo số biên nhận (ngày hẹn trả, ngày trả kết quả…), không phải nhiệm vụ; số hồ sơ của xã lấy theo bảng thống kê hồ sơ.",
    };
  if (early.some(listsDocuments))
    return {
      guess: "documents",
      reason:
        "Sheet là danh mục tài liệu, văn bản (Số, ký hiệu, Tên tài liệu, Ngày…) làm minh chứng, không phải bảng theo dõi nhiệm vụ hay số liệu.",
    };
  if (early.some(listsPeople))
    return {
      guess: "people",
      reason:
        "Sheet là danh sách người hoặc sổ ghi theo từng người (Họ và tên, Địa chỉ, Chức vụ, Ký tên…), không phải bảng theo dõi nhiệm vụ hay số liệu.",
    };
  let texts = 0;
  let numbers = 0;
  let rows = 0;
  for (const row of grid.rows) {
    let filled = false;
    for (const v of row) {
      const k = cellKind(v);
      if (k === "empty") continue;
      filled = true;
      if (k === "text" && facts.of(v as string).number === null) texts++;
      else numbers++;
    }
    if (filled) rows++;
  }
  if (rows === 0) return { guess: "empty", reason: "Sheet trống." };
  if (sawHeader && (rows <= 2 || (rows <= 3 && numbers === 0)))
    return { guess: "header-only", reason: "Có dòng tiêu đề nhưng không có dòng dữ liệu nào." };
  if (sawHeader && numbers >= texts)
    return {
      guess: "summary",
      reason: "Sheet là bảng đếm, tổng hợp số lượng (không phải danh sách nhiệm vụ hay số liệu theo kỳ); không đọc để khỏi đếm hai lần.",
    };
  if (numbers > texts * 2) return { guess: "numbers", reason: "Sheet chỉ có số, không có dòng tiêu đề nói các cột là gì." };
  if (rows <= 5) return { guess: "text", reason: "Sheet chỉ có vài dòng chữ (ghi chú), không phải bảng." };
  if (texts > 0 && numbers === 0)
    return { guess: "list", reason: "Sheet là một danh sách chữ, không có cột nhiệm vụ/thời hạn/trạng thái hay số liệu theo kỳ." };
  return { guess: "unknown", reason: "Không nhận ra dòng tiêu đề của bảng nhiệm vụ hoặc bảng số liệu chỉ số." };
}

/** Normalised headings of a header band: how corrections are remembered from quarter to quarter. */
export function headerSignature(headings: readonly string[]): string {
  return headings
    .map((h) => headingKey(h))
    .filter((k) => k !== "")
    .join("|");
}

/** A column of outline numbers ("1.1.1", "3.1", "5.2"): two or more no criterion of the plan's two groups could be. */
function outlineNumbers(grid: Grid, col: number, from: number): boolean {
  let outline = 0;
  for (let r = from; r <= Math.min(grid.rows.length, from + 80); r++) {
    const v = grid.rows[r - 1]?.[col - 1];
    const t = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
    if (/^\d{1,2}\.\d{1,2}\.\d{1,2}\.?$/.test(t) || /^[3-9]\.\d{1,2}\.?$/.test(t)) outline++;
  }
  return outline >= 2;
}

/** Who gave a task: "Người giao", "Cấp giao việc", "Lãnh đạo chỉ đạo", "Giao bởi". */
// "Người cập nhật", "Cập nhật bởi" in a shared sheet: who typed the row last (an email, often), never who leads it.
const GIVER_HEADING =
  /^(?:(?:nguoi|cap|noi|lanh dao|ld) (?:giao(?: viec| nhiem vu)?|chi dao)|giao boi|nguoi ra chi dao|nguoi (?:cap nhat|nhap|sua)(?: cuoi)?|(?:cap nhat|nhap|sua) boi|updated by|last modified by)$/;
