import { findOfficials } from "../plan/officials";
import { cleanText, looseKey } from "../text/normalize";
import { parseNumberText } from "./cellFacts";
import { Grid, GridCell, cellText, formatAt, isBlank } from "./grid";
import { sectionCode } from "./rows";

/**
 * A criterion's figures written as a small block of labelled lines under its heading, as a report
 * in Word is copied into Excel:
 *
 *   1.4. Giải ngân kế hoạch đầu tư vốn ngân sách nhà nước
 *   Chỉ tiêu                                        | Giá trị
 *   Kế hoạch vốn được giao năm 2021 (triệu đồng)    | 4200
 *   Đã giải ngân đến 30/11/2021 (triệu đồng)        | 3318
 *   Tỷ lệ giải ngân                                 | 79%
 *
 * The line of the whole (planned, given, total) is the denominator, the line of what was done the
 * numerator, a line of a rate the rate. A block of rates alone, each of its own period ("năm 2020",
 * "9 tháng năm 2021"), is a reading per line. Any other block is named, never guessed.
 */
export interface FigureBlock {
  code: string;
  /** The heading's row, and the rows of the figures. */
  heading: number;
  rows: number[];
  /** Where the figures are. */
  col: number;
  readings: BlockReading[];
  /** Why the block was not read, where it was not. */
  unread?: string;
  /** Figures it holds that cannot be read with confidence ("2.300 - 2.600"): each named. */
  bad?: Array<{ row: number; col: number; text: string }>;
}

export interface BlockReading {
  row: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** The period a line names ("năm 2020"), where it names one. */
  period: string | null;
  note: string;
}

// "1.4. Giải ngân …", "Chỉ số 1.1 - Tỷ lệ …", "1. Chỉ số 1.1 - …" (a Word form's numbered list).
const HEADING = /^(?:\d{1,2}[.)]\s+)?(?:(?:tiêu chí|chỉ số|tc)\s*)?([1-9])\.(\d{1,2})\.?\s*[-–:]?\s*\p{L}/iu;
const COLUMN_WORDS = /^(?:chi tieu|chi so|noi dung|gia tri|so lieu|ket qua|ket qua thuc hien|thuc hien|don vi tinh|dvt)$/;
const WHOLE = /\b(?:tong|ke hoach|duoc giao|giao|phai|can|du toan|tong so)\b/;
const DONE = /\b(?:da|dat|thuc hien|hoan thanh|giai ngan|uoc dat|duoc|dien tu|truc tuyen|dung han|truoc han|dat chuan)\b/;
const RATE = /\b(?:ty le|ti le|toc do|muc do)\b|%/;
const PERIOD = /\b(?:nam \d{4}|\d{1,2} thang(?: dau)?(?: nam)? \d{4}|quy [ivx]+(?:\/| nam )\d{4}|6 thang (?:dau|cuoi) nam \d{4})\b/;

/** A row's filled cells with their columns (1-based). */
export function filled(row: readonly GridCell[]): Array<{ v: GridCell; col: number }> {
  return row.map((v, i) => ({ v, col: i + 1 })).filter((x) => !isBlank(x.v));
}

/** A figure as written: 4200, "3.318", "79%", 0.79 shown as a percent. */
export function figure(v: GridCell, format: string | undefined): { n: number; percent: boolean } | null {
  // 0.868 under a "0.0%" format is the 86.8 % the official sees.
  if (typeof v === "number") return format?.includes("%") ? { n: Math.round(v * 1e8) / 1e6, percent: true } : { n: v, percent: false };
  if (typeof v !== "string") return null;
  const t = cleanText(v);
  const n = parseNumberText(t);
  return n === null ? null : { n, percent: t.includes("%") };
}

/** The one criterion a sheet's title names ("BÁO CÁO … THỰC HIỆN TIÊU CHÍ 1.5"), if it names one. */
function titleCode(grid: Grid): string | null {
  const codes = new Set<string>();
  for (const row of grid.rows.slice(0, 6))
    for (const v of row) {
      const m = typeof v === "string" && v.length < 200 ? TITLE_CODE.exec(cleanText(v)) : null;
      if (m) codes.add(`${m[1]}.${Number(m[2])}`);
    }
  return codes.size === 1 ? [...codes][0] : null;
}
const TITLE_CODE = /(?:tiêu chí|chỉ số|\btc)\s*([1-9])\.(\d{1,2})(?![\d.])/iu;
// "I. SỐ LIỆU VĂN BẢN ĐI …": a block of figures under a numbered heading, its criterion the title's.
// "Kết quả rà soát (số liệu đến 30/11/2021):" under a task list: a line ending in a colon that introduces its figures.
const FIGURES_HEADING =
  /^(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])[.)]\s+(?:số liệu|kết quả|chỉ số)(?![\p{L}\d])|(?:số liệu|kết quả)(?![\p{L}\d])[^:]{0,80}:\s*$)/iu;
// "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn (TC 1.2):" | 99,01 | "%": one rate, its criterion on its line.
const RATE_LINE = /^(?:[-–•+*]\s*)?(?:tỷ lệ|tỉ lệ)\s.*?(?:tiêu chí|chỉ số|\btc)\s*([1-9])\.(\d{1,2})\)?\s*:\s*$/iu;

/** A rate alone on its line with its criterion ("Tỷ lệ … (TC 1.2): | 99,01 | %"): a block of one. */
function rateLine(grid: Grid, r: number): FigureBlock | null {
  const cells = filled(grid.rows[r - 1] ?? []);
  if (cells.length < 2 || cells.length > 3 || typeof cells[0].v !== "string" || cells[0].v.length > 160) return null;
  if (cells.length === 3 && !(typeof cells[2].v === "string" && cells[2].v.trim() === "%")) return null;
  const m = RATE_LINE.exec(cleanText(cells[0].v));
  const f = m ? figure(cells[1].v, formatAt(grid, r, cells[1].col)) : null;
  if (!m || f === null) return null;
  const label = cleanText(cells[0].v).replace(/:$/, "");
  return {
    code: `${m[1]}.${Number(m[2])}`,
    heading: r,
    rows: [r],
    col: cells[1].col,
    readings: [{ row: r, numerator: null, denominator: null, value: f.n, period: null, note: label }],
  };
}

/** "Tiêu chí thành phần 1.3 - Tỷ lệ …": the code a section's words open with. */
function codeAtStart(text: string): RegExpExecArray | null {
  const code = sectionCode(text);
  return code === null ? null : (/^(\d)\.(\d{1,2})$/.exec(code) as RegExpExecArray | null);
}

/** "VĂN BẢN ĐIỆN TỬ (TCTP 1.5)", "Cán bộ, công chức [TC 1.3]": a section's heading whose criterion closes it in brackets. */
function bracketCode(text: string): RegExpExecArray | null {
  return /[([]\s*(?:(?:tiêu chí thành phần|tiêu chí|tctp|tc|chỉ số)\s*)?([1-9])\.(\d{1,2})\s*[)\]]\s*:?\s*$/iu.exec(cleanText(text));
}

/** A row's cells without its number in front ("1", "I", "a)"), where words follow it; null where the row has none. */
function withoutNumber(cells: Array<{ v: GridCell; col: number }>): Array<{ v: GridCell; col: number }> | null {
  const [first, ...rest] = cells;
  if (!first || rest.length === 0 || typeof rest[0].v !== "string") return null;
  const t = cellText(first.v).trim();
  return /^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]?$/u.test(t) ? rest : null;
}

type Line =
  | { kind: "figure"; label: string; col: number; n: number; unit: string | null; percent: boolean; note: string | null }
  // "2 | Giá trị giải ngân | triệu đồng | 2.300 - 2.600": a figure that cannot be read with confidence, to be named.
  | { kind: "bad"; label: string; col: number; text: string }
  // "3 | Tỷ lệ giải ngân | % | | chưa tính được": a line of the list left without its figure.
  | { kind: "empty"; label: string };

/**
 * "- Số hồ sơ tiếp nhận trực tuyến (tử số): | 52 | hồ sơ", "1 | Tổng số văn bản đi | văn bản | 145 | (ghi chú)":
 * a label, its figure, its unit before or after it, a number in front (where the block's heading has one) and a
 * remark after; null for a row that is no such line.
 */
function figureLine(grid: Grid, r: number, numberedRows: boolean): Line | null {
  let cells = filled(grid.rows[r - 1] ?? []);
  if (numberedRows) cells = withoutNumber(cells) ?? cells;
  if (cells.length < 2 || cells.length > 4 || typeof cells[0].v !== "string") return null;
  const label = cleanText(cells[0].v);
  const figures = cells.slice(1).filter((x) => figure(x.v, formatAt(grid, r, x.col)) !== null);
  if (figures.length === 0 && numberedRows) {
    const [unit, value] = cells.slice(1);
    // ("2 | Gửi, nhận văn bản điện tử | CC VP-TK | Trong năm 2021 | Đang thực hiện": a task's lead, never a unit.)
    const isUnit =
      typeof unit?.v === "string" && unit.v.trim().length <= 12 && !/\d/.test(unit.v) && findOfficials(unit.v, "xã").length === 0;
    if (!isUnit) return null;
    // The cell after the unit holds digits it cannot read as one figure ("2.300 - 2.600", "khoảng 1.700").
    if (value && typeof value.v === "string" && /\d/.test(value.v) && value.v.trim().length <= 30)
      return { kind: "bad", label, col: value.col, text: cleanText(value.v) };
    return cells.length <= 3 ? { kind: "empty", label } : null;
  }
  if (figures.length !== 1) return null;
  const at = figures[0];
  const others = cells.slice(1).filter((x) => x !== at);
  // ("x" ticked in a task table's state columns is a mark, never a unit.)
  const unitCell = others.find((x) => typeof x.v === "string" && x.v.trim().length <= 12 && !/^(?:x|v|✓|✔|☑|√)$/iu.test(x.v.trim()));
  // Only a remark after the figure, and only on a numbered table's rows (its "Ghi chú" column).
  const rest = others.filter((x) => x !== unitCell);
  if (rest.length > 1 || (rest.length === 1 && (!numberedRows || rest[0].col < at.col))) return null;
  if (cells.length === 3 && unitCell === undefined) return null;
  const f = figure(at.v, formatAt(grid, r, at.col)) as { n: number; percent: boolean };
  const unit = unitCell ? cleanText(cellText(unitCell.v)) : null;
  return {
    kind: "figure",
    label,
    col: at.col,
    n: f.n,
    unit,
    percent: f.percent || unit === "%",
    note: rest.length === 1 ? cleanText(cellText(rest[0].v)) : null,
  };
}

export function findFigureBlocks(grid: Grid): FigureBlock[] {
  const out: FigureBlock[] = [];
  let sheetCode: { code: string | null } | undefined;
  for (let h = 1; h <= grid.rows.length; h++) {
    // Most rows hold a table's cells: counted without copying them, and passed over at a second filled cell.
    const row = grid.rows[h - 1] ?? [];
    let n = 0;
    for (let c = 0; c < row.length && n < 4; c++) if (!isBlank(row[c] ?? null)) n++;
    // "I | VĂN BẢN ĐIỆN TỬ (TCTP 1.5)": a section's number before its heading counts for nothing.
    const numbered = n === 2 ? withoutNumber(filled(row)) : null;
    const numberedHead = numbered?.length === 1 && typeof numbered[0].v === "string" ? cleanText(numbered[0].v) : null;
    // "I | Tiêu chí 1.1: Tỷ lệ …", "III | Tiêu chí thành phần 1.3 - …", "I | VĂN BẢN ĐIỆN TỬ (TCTP 1.5)".
    const headCode = numberedHead === null ? null : (HEADING.exec(numberedHead) ?? bracketCode(numberedHead) ?? codeAtStart(numberedHead));
    if (n >= 2 && n <= 3 && headCode === null) {
      const first = row.find((v) => !isBlank(v ?? null));
      const one = typeof first === "string" && /^(?:[-–•+*]\s*)?t[ỷỉ] l[ệe]/iu.test(first.trim()) ? rateLine(grid, h) : null;
      if (one) out.push(one);
      continue;
    }
    const ofSheet = () => {
      sheetCode ??= { code: titleCode(grid) };
      const code = sheetCode.code;
      return code === null ? null : (/^(\d)\.(\d{1,2})$/.exec(code) as RegExpExecArray | null);
    };
    let m: RegExpExecArray | null;
    if (n === 0) {
      // "Số chỉ tiêu HĐND giao | 18", "Tỷ lệ | 83,3%" a blank line under a task table, no heading of their own: the
      // figures of the criterion the sheet's title names.
      const tableAbove = h > 1 && filled(grid.rows[h - 2] ?? []).length >= 3;
      m = tableAbove && figureLine(grid, h + 1, false)?.kind === "figure" ? ofSheet() : null;
    } else {
      if (n !== 1 && numbered === null) continue;
      const head = numbered ?? filled(row);
      if (head.length !== 1 || typeof head[0].v !== "string") continue;
      // A heading alone on its line with its code in brackets is left to the sheet's table (its lines as rows).
      m = numbered !== null ? headCode : HEADING.exec(cleanText(head[0].v));
      if (!m && FIGURES_HEADING.test(cleanText(head[0].v))) m = ofSheet();
    }
    if (!m) continue;
    let r = h + 1;
    const names = filled(grid.rows[r - 1] ?? []);
    // "Chỉ tiêu | Giá trị" under the heading: the block's own column names.
    if (names.length === 2 && names.every((x) => typeof x.v === "string" && COLUMN_WORDS.test(looseKey(x.v)))) r++;
    const lines: Array<{ row: number; label: string; key: string; col: number; n: number; unit: string | null; percent: boolean }> = [];
    const details: string[] = [];
    const ofWhich: typeof lines = [];
    const bad: Array<{ row: number; col: number; text: string }> = [];
    const other: number[] = [];
    for (; r <= grid.rows.length; r++) {
      const line = figureLine(grid, r, numbered !== null);
      if (line === null) break;
      if (line.kind === "bad") {
        bad.push({ row: r, col: line.col, text: line.text });
        details.push(`${line.label}: "${line.text}"`);
        continue;
      }
      if (line.kind === "empty") {
        other.push(r);
        details.push(`${line.label}: (trống)`);
        continue;
      }
      // "- Trong đó gửi kèm bản giấy | 8": a part of the line above, said; the numerator only where no other line is one.
      if (/^(?:[-–•+*]\s*)?trong đó(?!\p{L})/iu.test(line.label) && lines.length > 0) {
        const label = line.label.replace(/^[-–•+*]\s*/, "");
        ofWhich.push({ row: r, label, key: looseKey(label), col: line.col, n: line.n, unit: line.unit, percent: line.percent });
        continue;
      }
      const label = line.label.replace(/^[-–•+*]\s*/, "").replace(/:$/, "");
      // The same line written again below ("Tổng số văn bản đi" corrected): the later stands, the earlier is said.
      const again = lines.findIndex((l) => l.key === looseKey(label));
      if (again >= 0) {
        details.push(
          `dòng ${lines[again].row} ghi lại ở dòng ${r}: ${lines[again].label}: ${lines[again].n}${line.note ? ` (${line.note})` : ""}`,
        );
        lines.splice(again, 1);
      }
      lines.push({ row: r, label, key: looseKey(label), col: line.col, n: line.n, unit: line.unit, percent: line.percent });
    }
    if (lines.length + bad.length + ofWhich.length < 2 || new Set(lines.map((l) => l.col)).size > 1) continue;
    const code = `${m[1]}.${Number(m[2])}`;
    const rows = [...lines, ...ofWhich]
      .map((l) => l.row)
      .concat(
        bad.map((b) => b.row),
        other,
      );
    const block: FigureBlock = {
      code,
      heading: h,
      rows: rows.sort((a, b) => a - b),
      col: (lines[0] ?? ofWhich[0])?.col ?? bad[0].col,
      readings: [],
    };
    const rates = lines.filter((l) => l.percent || RATE.test(l.key));
    const counts = lines.filter((l) => !rates.includes(l));
    // "(tử số)", "(mẫu số)" said on the line: as it says; else told by its words.
    const said = (re: RegExp) => counts.filter((l) => re.test(l.key));
    const marked = said(/\bmau so\b/).length === 1 && said(/\btu so\b/).length === 1;
    const whole = marked ? said(/\bmau so\b/) : counts.filter((l) => WHOLE.test(l.key));
    const doneLines = marked ? said(/\btu so\b/) : counts.filter((l) => !WHOLE.test(l.key) && DONE.test(l.key));
    // "Tổng số hồ sơ tiếp nhận | 412", "Trong đó: tiếp nhận trực tuyến | 57": the part is the numerator.
    const done = doneLines.length === 0 && whole.length === 1 && ofWhich.length === 1 ? ofWhich : doneLines;
    const parts = ofWhich.filter((l) => !done.includes(l));
    const show = (l: (typeof lines)[number]) => `${l.label}: ${l.n}${l.unit && l.unit !== "%" ? ` ${l.unit}` : (l.unit ?? "")}`;
    const all = [...lines.map(show), ...parts.map(show), ...details].join("; ");
    if (bad.length > 0) {
      block.unread = all;
      block.bad = bad;
    } else if (whole.length === 1 && done.length === 1 && rates.length <= 1 && counts.length - doneLines.length + done.length <= 3) {
      const [num, den] = [done[0].n, whole[0].n];
      block.readings.push({
        row: (rates[0] ?? done[0]).row,
        numerator: num,
        denominator: den,
        value: rates[0] ? rates[0].n : den > 0 ? (num / den) * 100 : null,
        period: null,
        note: all,
      });
    } else if (counts.length === 0 && rates.every((l) => PERIOD.test(l.key))) {
      for (const l of rates)
        block.readings.push({
          row: l.row,
          numerator: null,
          denominator: null,
          value: l.n,
          period: PERIOD.exec(l.key)?.[0] ?? null,
          note: l.label,
        });
    } else if (counts.length === 0 && rates.length === 1) {
      block.readings.push({ row: rates[0].row, numerator: null, denominator: null, value: rates[0].n, period: null, note: rates[0].label });
    } else block.unread = all;
    out.push(block);
    h = Math.max(...block.rows, r - 1);
  }
  return out;
}
