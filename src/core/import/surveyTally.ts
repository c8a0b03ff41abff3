import { cleanText, looseKey } from "../text/normalize";
import { parseNumberText } from "./cellFacts";
import { IsoDate } from "../dates/isoDate";
import { findDate } from "../dates/deadline";
import { daySpanIn } from "./daySpan";
import { Grid, GridCell, cellText, isBlank, isGridDate } from "./grid";
import { isNumberingRow } from "./header";
import { parsePeriod } from "./periods";
import { ContextPeriod, sectionPeriod } from "./contextPeriod";
import { isOverallSatisfaction } from "./suggest";

/**
 * A satisfaction survey's tally as the commune keeps it: the answers' bands across the columns
 * ("Rất hài lòng | Hài lòng | Bình thường | Không hài lòng", then "Tổng số phiếu", "Tỷ lệ hài
 * lòng"), the survey's aspects as group rows ("I | Tiếp cận dịch vụ"), their questions under them:
 *
 *   STT | Nội dung khảo sát                 | Rất HL | HL | BT | Không HL | Tổng | Tỷ lệ HL
 *   I   | Tiếp cận dịch vụ                  |        |    |    |          |      | 91
 *   1   | Nơi ngồi chờ có đủ chỗ ngồi       | 20     | 25 | 3  | 2        | 50   | 90
 *
 * An aspect's figure is its group row's rate where written, else its row's counts, else its
 * questions' counts added up (satisfied: "Rất hài lòng" and "Hài lòng", as SIPAS counts them),
 * said in Ghi chú. Questions are parts of their aspect, never readings or tasks of their own; the
 * survey's overall row ("Chỉ số hài lòng chung") is no one criterion's and is named, not read.
 */
export interface SurveyTally {
  /** Its first row: the header's, or a round's section row under another round's headings. */
  firstRow: number;
  headerRow: number;
  cols: Columns;
  lastRow: number;
  /** The headings of another kind of table under this one (a task list of the survey's remedies), else null. */
  otherTable: number | null;
  /** "A. ĐỢT 1 - QUÝ II/2021 (khảo sát từ … đến …)": the period a section row inside the table gives its lines. */
  section: ContextPeriod | null;
  /** The next such section row under this one's lines: the next round, under the same headings. */
  nextSection: number | null;
  labelCol: number;
  aspects: AspectFigure[];
  /** Rows named and not read: the overall, an aspect with no figure, questions under no aspect. */
  unread: Array<{ row: number; label: string; why: string }>;
}

export interface AspectFigure {
  row: number;
  /** Where the figure was taken from (the rate's column, or the label's where it was added up). */
  col: number;
  /** The criterion written in the label ("2.1 - Tiếp cận dịch vụ"), else null for the plan to suggest. */
  code: string | null;
  label: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  note: string;
  /** The rate written on the row, where its counts give another (the value is then the counts'). */
  stated?: number;
}

/** Said in each reading's Ghi chú: where its figure came from. */
export const SURVEY_NOTE = "theo bảng tổng hợp phiếu khảo sát";

const SCAN_ROWS = 20;
/** A round's section row says its days and forms too: "A. ĐỢT 1 - QUÝ II/2021 (khảo sát từ … đến …; phát ra 45 phiếu …)". */
const SECTION_CHARS = 160;
const SATISFIED = /^(?:so phieu )?(?:rat hai long|hai long)$/;
const OTHER_ANSWER = /^(?:so phieu )?(?:binh thuong|khong hai long|rat khong hai long|chua hai long|it hai long|khong y kien)$/;
const TOTAL =
  /^(?:tong so phieu|tong phieu|tong so|tong cong|cong|so phieu (?:tra loi|hop le|thu ve|khao sat)|tong so phieu (?:tra loi|hop le))\b/;
const RATE = /\b(?:ty le|ti le|chi so|muc do) hai long\b|^ty le\b|^ti le\b|^%$/;
const HAMLET = /^(?:ấp|thôn|xóm|bản|buôn|tổ dân phố|tổ|khu phố|khóm|làng)\s+\S/iu;
// "Tỷ lệ (%)" under "Cộng": the total's rate.
const OVERALL = /^(?:tong cong|tong so|tong|cong|chung|binh quan(?: chung)?|trung binh(?: chung)?|toan bo|ty le(?: %)?|ti le(?: %)?)$/;
/** The most aspects a list without group rows may hold; more lines are questions, whose aspect the words alone do not settle. */
const MAX_ASPECTS = 6;
const ROMAN = /^(?:[IVX]{1,4}|[A-Đ])[.)]?$/u;
// "2.1 - Tiếp cận dịch vụ" on a group row; on a list without groups only with its word ("TC 2.1"), as
// questions are often numbered "1.1, 1.2" under their aspect.
const CODE = /^(?:tiêu chí|tc|chỉ số)?\s*([12])\.(\d{1,2})(?![\d])\.?\s*[-–:.)]?\s*/iu;
const BRACKET_CODE = /[([]\s*(?:(?:tiêu chí|tc|chỉ số|sipas|mã|ma)\s*)?([12])\.(\d{1,2})\s*[)\]]\s*$/iu;
const NAMED_CODE = /^(?:tiêu chí|tc|chỉ số)\s*([12])\.(\d{1,2})(?![\d])\.?\s*[-–:.)]?\s*/iu;

export interface Columns {
  satisfied: number[];
  others: number[];
  total: number | null;
  rate: number | null;
}

/** The header's columns: bands, total, rate; the row above is read too (a band's heading merged over it). */
function columnsOf(grid: Grid, r: number): Columns | null {
  const here = grid.rows[r - 1] ?? [];
  const above = grid.rows[r - 2] ?? [];
  const cols: Columns = { satisfied: [], others: [], total: null, rate: null };
  const width = Math.max(here.length, above.length);
  for (let c = 1; c <= width; c++) {
    const k = looseKey(cellText(here[c - 1] ?? null));
    const up = looseKey(cellText(above[c - 1] ?? null));
    if (SATISFIED.test(k)) cols.satisfied.push(c);
    else if (OTHER_ANSWER.test(k)) cols.others.push(c);
    else if (RATE.test(k) || (k === "" && RATE.test(up))) cols.rate ??= c;
    else if (TOTAL.test(k) || (k === "" && TOTAL.test(up))) cols.total ??= c;
  }
  return cols.satisfied.length > 0 && cols.others.length > 0 ? cols : null;
}

function header(grid: Grid, from: number): { row: number; cols: Columns } | null {
  const last = Math.min(grid.rows.length, from + SCAN_ROWS - 1);
  for (let r = from; r <= last; r++) {
    const row = grid.rows[r - 1] ?? [];
    // A cheap sign first: a short cell saying "hài lòng".
    if (!row.some((v) => typeof v === "string" && v.length <= 40 && /hài lòng|hai long/iu.test(v))) continue;
    const cols = columnsOf(grid, r);
    if (cols) return { row: r, cols };
  }
  return null;
}

/** A count as written: a number, or digits as text; blank is null. */
function count(v: GridCell): number | null {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? v : null;
  if (typeof v !== "string" || v.trim() === "") return null;
  // "45 (37,5%)": the forms counted, their share of all in brackets.
  const withShare = /^\s*(\d[\d.]*)\s*\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)\s*$/.exec(v);
  const n = parseNumberText(withShare ? withShare[1] : cleanText(v));
  return n !== null && n >= 0 ? n : null;
}

/** A rate as written: 90, "90%", "90,5 %", or 0.9 where the column holds fractions (a percent format). */
function rate(v: GridCell, fractions: boolean): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? (fractions ? v * 100 : v) : null;
  if (typeof v !== "string") return null;
  const t = cleanText(v);
  const n = parseNumberText(t.replace(/%$/, "").trim());
  if (n === null) return null;
  return t.includes("%") || !fractions ? n : n * 100;
}

interface Line {
  row: number;
  mark: string;
  label: string;
  satisfied: number | null;
  answered: number | null;
  rate: number | null;
}

/** The column of words on the rows that hold counts (a note or heading under the table names no line). */
function labelColumn(grid: Grid, from: number, bands: readonly number[]): number | null {
  const firstBand = Math.min(...bands);
  let best: { col: number; texts: number } | null = null;
  for (let c = 1; c < firstBand; c++) {
    let texts = 0;
    for (let r = from; r <= Math.min(grid.rows.length, from + 40); r++) {
      if (!bands.some((b) => count(grid.rows[r - 1]?.[b - 1] ?? null) !== null)) continue;
      const v = grid.rows[r - 1]?.[c - 1];
      if (typeof v === "string" && v.trim().length >= 4 && parseNumberText(cleanText(v)) === null) texts++;
    }
    if (texts > 0 && (best === null || texts > best.texts)) best = { col: c, texts };
  }
  return best?.col ?? null;
}

/**
 * A column of criteria beside the labels ("Mã | 2.1", "Tiêu chí | 2.1 - Tiếp cận dịch vụ" merged over its
 * questions): the table reader takes such a table by its codes.
 */
function codeColumn(grid: Grid, from: number, firstBand: number, labelCol: number): boolean {
  for (let c = 1; c < firstBand; c++) {
    if (c === labelCol) continue;
    // "I" over "1.1, 1.2 …": the questions numbered within their aspect, not criteria.
    if (grid.rows.slice(from - 1, from + 39).some((row) => typeof row[c - 1] === "string" && ROMAN.test(cleanText(row[c - 1] as string))))
      continue;
    for (let r = from; r <= Math.min(grid.rows.length, from + 40); r++) {
      const v = grid.rows[r - 1]?.[c - 1];
      const t = typeof v === "number" ? String(v) : typeof v === "string" ? cleanText(v) : "";
      if (/^[12]\.\d{1,2}$/.test(t) || (CODE.test(t) && /\p{L}/u.test(t.replace(CODE, "")))) return true;
    }
  }
  return false;
}

/** "Ngày khảo sát: | 25/11/2021" above the table: the day the survey's figures stand at. */
export function surveyDay(grid: Grid, headerRow: number): IsoDate | null {
  for (const row of grid.rows.slice(0, headerRow - 1)) {
    const at = row.findIndex((v) => typeof v === "string" && SURVEY_DAY.test(looseKey(v)));
    if (at < 0) continue;
    // "Thời gian khảo sát: từ ngày 01/11/2021 đến ngày 30/11/2021": the survey's last day.
    const own = daySpanIn(cellText(row[at] ?? null))?.to ?? findDate(cellText(row[at] ?? null));
    if (own) return own;
    const next = row.slice(at + 1).find((v) => !isBlank(v ?? null));
    if (next !== undefined && isGridDate(next)) return next.date;
    if (typeof next === "string") return findDate(next);
  }
  return null;
}
/** "KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG ĐỢT 1 NĂM 2021" in the title: the survey's round, or null. */
export function surveyRound(grid: Grid, headerRow: number): number | null {
  for (const row of grid.rows.slice(0, headerRow - 1))
    for (const v of row) {
      const k = typeof v === "string" ? looseKey(v) : "";
      const m = /\b(?:dot|lan) (\d{1,2})\b/.exec(k);
      if (m && /\bkhao sat\b|\bhai long\b/.test(k)) return Number(m[1]);
    }
  return null;
}

// Typed without marks too: "Ngay khao sat:".
const SURVEY_DAY = /^(?:ngay|thoi diem|thoi gian) khao sat\b/;

/**
 * Tallies stacked down the sheet, each under its own period's line ("1. QUÝ III (từ 15/6 đến 14/9)",
 * then "2. QUÝ IV …" over the headings printed again): a tally each, in order.
 */
export function findSurveyTallies(grid: Grid): SurveyTally[] {
  const found: SurveyTally[] = [];
  for (let from = 1; from <= grid.rows.length;) {
    const t = findSurveyTally(grid, from);
    if (t === null) break;
    found.push(t);
    // Rounds under one header, each under its own section row.
    for (let next = t.nextSection; next !== null;) {
      const more = findSurveyTally(grid, next, { row: t.headerRow, cols: t.cols });
      if (more === null) break;
      found.push(more);
      next = more.nextSection;
    }
    const last = found[found.length - 1];
    if (last.otherTable !== null) break;
    from = last.lastRow + 1;
  }
  return found;
}

/** Words with no figure under two answers' bands or more ("Tiêu chí | Người chủ trì | Thời hạn"): another table's headings. */
function headsOtherTable(row: readonly GridCell[], cols: Columns): boolean {
  const bands = [...cols.satisfied, ...cols.others];
  return (
    bands.filter((c) => {
      const v = row[c - 1];
      return typeof v === "string" && /\p{L}{3}/u.test(v) && !/\d/.test(v);
    }).length >= 2
  );
}

/** A row of three headings or more, words with no figure, with a filled row under it: another table's header. */
function headingsBelow(grid: Grid, from: number, cols: Columns): number | null {
  for (let r = from; r < grid.rows.length; r++) {
    if (repeatsHeader(grid.rows[r - 1] ?? [], cols)) return null;
    const filled = (grid.rows[r - 1] ?? []).filter((v) => !isBlank(v ?? null));
    if (filled.length < 3 || !filled.every((v) => typeof v === "string" && v.length <= 60)) continue;
    if (filled.filter((v) => !/\d/.test(v as string)).length < 3) continue;
    if ((grid.rows[r] ?? []).some((v) => !isBlank(v ?? null))) return r;
  }
  return null;
}

/** A row that prints the answers' bands again: the next block's headings. */
function repeatsHeader(row: readonly GridCell[], cols: Columns): boolean {
  return [...cols.satisfied, ...cols.others].every((c) => {
    const k = looseKey(cellText(row[c - 1] ?? null));
    return SATISFIED.test(k) || OTHER_ANSWER.test(k);
  });
}

/** The table whose headings start at or after `from`; given its headings, the round whose section row is `from`. */
function findSurveyTally(grid: Grid, from: number, given?: { row: number; cols: Columns }): SurveyTally | null {
  const head = given ?? header(grid, from);
  if (head === null) return null;
  const inRound = given !== undefined;
  const { cols } = head;
  const bands = [...cols.satisfied, ...cols.others];
  const labelCol = labelColumn(grid, head.row + 1, bands);
  if (labelCol === null || codeColumn(grid, head.row + 1, Math.min(...bands), labelCol)) return null;
  const rateValues: number[] = [];
  if (cols.rate !== null)
    for (let r = head.row + 1; r <= grid.rows.length; r++) {
      const v = grid.rows[r - 1]?.[cols.rate - 1];
      if (typeof v === "number") rateValues.push(v);
    }
  // 0.9 shown as 90 %: a column of fractions.
  const fractions = rateValues.length > 0 && rateValues.every((v) => v >= 0 && v <= 1);

  const lines: Line[] = [];
  // Figures on a row with no words: no aspect's, named (a count never goes without a line).
  const nameless: number[] = [];
  let lastRow = head.row;
  let otherTable: number | null = null;
  let headerAt = head.row;
  // Stopped at the bands printed again: the next tally's, never another kind of table.
  let repeated = false;
  let section: ContextPeriod | null = null;
  let nextSection: number | null = null;
  for (let r = inRound ? from : head.row + 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    const alone = row.filter((v) => !isBlank(v ?? null));
    const period = alone.length === 1 && typeof alone[0] === "string" ? sectionPeriod(alone[0], SECTION_CHARS) : null;
    if (period) {
      if (lines.length === 0) {
        section = period;
        continue;
      }
      nextSection = r;
      break;
    }
    const again = repeatsHeader(row, cols);
    // A round's headings printed again under its section row, before any of its lines: its own header.
    if (inRound && lines.length === 0 && again) {
      headerAt = r;
      continue;
    }
    const other = !again && headsOtherTable(row, cols);
    if (other || again) {
      if (other) otherTable = r;
      else repeated = true;
      // The next block's period line over its headings is its title, not a line of this table.
      while (lines.length > 0 && lines[lines.length - 1].satisfied === null && lines[lines.length - 1].rate === null) lines.pop();
      lastRow = lines.length > 0 ? lines[lines.length - 1].row : head.row;
      break;
    }
    // "(1) (2) (3) … (8)=[(4)+(5)]/(3)" under the headings: the columns' numbers, not a group row.
    if (r === headerAt + 1 && isNumberingRow(row)) continue;
    const label = cleanText(cellText(row[labelCol - 1] ?? null));
    const marks = row.slice(0, labelCol - 1).filter((v) => !isBlank(v ?? null));
    const mark = marks.length > 0 ? cleanText(cellText(marks[0] ?? null)) : "";
    const sat = cols.satisfied.map((c) => count(row[c - 1] ?? null));
    const all = bands.map((c) => count(row[c - 1] ?? null));
    const counted = all.some((n) => n !== null);
    const total = cols.total !== null ? count(row[cols.total - 1] ?? null) : null;
    const given = cols.rate !== null ? rate(row[cols.rate - 1] ?? null, fractions) : null;
    if (label === "" && !counted && given === null) {
      // A blank row ends the table once a line has been read; a signature or note follows.
      if (lines.length > 0 && row.every((v) => isBlank(v ?? null))) {
        const next = grid.rows[r] ?? [];
        if (next.every((v) => isBlank(v ?? null))) break;
      }
      continue;
    }
    if (label === "") {
      nameless.push(r);
      continue;
    }
    if (label.length > 200) break;
    lines.push({
      row: r,
      mark,
      label,
      satisfied: counted ? sat.reduce<number>((s, n) => s + (n ?? 0), 0) : null,
      answered: total ?? (counted ? all.reduce<number>((s, n) => s + (n ?? 0), 0) : null),
      rate: given,
    });
    lastRow = r;
  }
  // Lines with no figures after a blank row below the last figures: the signatures and notes under the table.
  let lastFigures = lines.length - 1;
  while (lastFigures >= 0 && lines[lastFigures].satisfied === null && lines[lastFigures].rate === null) lastFigures--;
  for (let i = lastFigures + 1; lastFigures >= 0 && i < lines.length; i++)
    if (lines[i].row > lines[i - 1].row + 1) {
      lines.splice(i);
      lastRow = lines[i - 1].row;
    }
  // "TT | Nội dung giải pháp | Bộ phận thực hiện | Thời gian hoàn thành" further down: the remedies' table, read as the sheet's own.
  if (otherTable === null && nextSection === null && !repeated) otherTable = headingsBelow(grid, lastRow + 1, cols);
  if (lines.length < 2) return null;
  // "Tháng 10/2021", "Quý III" down the rows: one rate per period, read as the figures of a table over time.
  if (lines.filter((l) => parsePeriod(l.label) !== null).length * 2 > lines.length) return null;

  const isOverall = (l: Line) => OVERALL.test(looseKey(l.label)) || isOverallSatisfaction(l.label);
  // "Ấp 1 | Ấp 2 | Thôn Đông" down the rows: the answers by hamlet, parts of the commune's one survey, never aspects.
  const asked = lines.filter((l) => !isOverall(l));
  if (asked.filter((l) => HAMLET.test(l.label)).length * 2 > asked.length) return null;
  // Aspects: group rows (a Roman numeral or letter, or no counts of their own while rows below have them).
  // (Its questions right under it: a line left unfilled before the "Cộng" row heads nothing.)
  const isGroup = (l: Line, i: number) =>
    !isOverall(l) &&
    (ROMAN.test(l.mark) ||
      (l.satisfied === null && lines[i + 1] !== undefined && !isOverall(lines[i + 1]) && lines[i + 1].satisfied !== null));
  const groups = lines.map((l, i) => isGroup(l, i));
  const grouped = groups.some((g) => g);
  if (!grouped && lines.filter((l) => !isOverall(l)).length > MAX_ASPECTS) return null;

  const aspects: AspectFigure[] = [];
  const unread: SurveyTally["unread"] = nameless.map((row) => ({ row, label: "", why: "dòng có số phiếu nhưng không ghi nội dung" }));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (isOverall(l)) {
      unread.push({ row: l.row, label: l.label, why: "chỉ số hài lòng chung của cuộc khảo sát, không của tiêu chí nào" });
      continue;
    }
    if (grouped && !groups[i]) {
      if (!groups.slice(0, i).some((g) => g)) unread.push({ row: l.row, label: l.label, why: "câu hỏi không thuộc nhóm nào" });
      continue;
    }
    const questions: Line[] = [];
    if (grouped)
      for (let j = i + 1; j < lines.length && !groups[j] && !isOverall(lines[j]); j++) {
        // "Chỉ số hài lòng về tiếp cận dịch vụ | =SUM(C10:C12)" closing the group's questions: their subtotal, never one more.
        const q = lines[j];
        const sum = (k: "satisfied" | "answered") => questions.reduce((n, x) => n + (x[k] ?? 0), 0);
        const subtotal =
          questions.length >= 2 &&
          q.satisfied !== null &&
          q.answered !== null &&
          q.satisfied === sum("satisfied") &&
          q.answered === sum("answered");
        if (!subtotal) questions.push(q);
      }
    // "Tiếp cận dịch vụ (2.1)": the criterion in brackets closing the aspect's name.
    const closing = BRACKET_CODE.exec(l.label);
    const code = (grouped ? CODE : NAMED_CODE).exec(l.label) ?? closing;
    const name =
      closing && code === closing
        ? l.label.slice(0, closing.index).trim()
        : code
          ? l.label.slice(code[0].length).trim() || l.label
          : l.label;
    const base = {
      row: l.row,
      code: code ? `${code[1]}.${Number(code[2])}` : null,
      label: name,
    };
    const own = l.satisfied !== null && l.answered !== null && l.answered > 0;
    if (l.rate !== null || own) {
      const worked = own ? ((l.satisfied as number) / (l.answered as number)) * 100 : null;
      // "93,1" typed over the formula beside counts giving 89,66: the forms' rate is taken, as a survey by
      // category takes it, and the written one named.
      const off = l.rate !== null && worked !== null && Math.abs(l.rate - worked) > 0.6;
      aspects.push({
        ...base,
        col: l.rate !== null && cols.rate !== null ? cols.rate : labelCol,
        numerator: own ? l.satisfied : null,
        denominator: own ? l.answered : null,
        value: off ? (worked as number) : (l.rate ?? (worked as number)),
        note: name,
        ...(off ? { stated: l.rate as number } : {}),
      });
      continue;
    }
    const counted = questions.filter((q) => q.satisfied !== null && q.answered !== null && q.answered > 0);
    if (counted.length > 0 && counted.length === questions.length) {
      const satisfied = counted.reduce((s, q) => s + (q.satisfied as number), 0);
      const answered = counted.reduce((s, q) => s + (q.answered as number), 0);
      aspects.push({
        ...base,
        col: labelCol,
        numerator: satisfied,
        denominator: answered,
        value: (satisfied / answered) * 100,
        note: `${name}; cộng ${counted.length} câu hỏi (dòng ${counted[0].row}–${counted[counted.length - 1].row}): ${satisfied} lượt rất hài lòng, hài lòng / ${answered} lượt trả lời`,
      });
      continue;
    }
    const rated = questions.filter((q) => q.rate !== null);
    if (rated.length > 0 && rated.length === questions.length) {
      const mean = rated.reduce((s, q) => s + (q.rate as number), 0) / rated.length;
      aspects.push({
        ...base,
        col: cols.rate ?? labelCol,
        numerator: null,
        denominator: null,
        value: mean,
        note: `${name}; trung bình tỷ lệ của ${rated.length} câu hỏi (dòng ${rated[0].row}–${rated[rated.length - 1].row})`,
      });
      continue;
    }
    unread.push({
      row: l.row,
      label: l.label,
      why: questions.length > 0 ? "các câu hỏi của nhóm không đủ số phiếu hoặc tỷ lệ để tính" : "dòng không có số phiếu hay tỷ lệ",
    });
  }
  return aspects.length > 0
    ? {
        firstRow: inRound ? from : head.row,
        headerRow: head.row,
        cols,
        lastRow,
        otherTable,
        section,
        nextSection,
        labelCol,
        aspects,
        unread,
      }
    : null;
}
