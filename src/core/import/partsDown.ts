import { looseKey, cleanText } from "../text/normalize";
import { figure } from "./figureBlocks";
import { Grid, GridCell, cellAt, cellText, formatAt, isBlank } from "./grid";
import { MergeIndex } from "./mergeIndex";
import { PeriodLabel, parsePeriod } from "./periods";

/**
 * Indicators across the columns and a rate's parts down the rows, maybe a band of them per period:
 *
 *   Nội dung  | Tháng 9/2021                                  | Tháng 10/2021 …
 *             | Hồ sơ đúng hạn | Văn bản điện tử | Hài lòng …  | …
 *             | (1.2)          | (1.5)           | (2.4)       | …
 *   Chỉ tiêu  | 100%           | ≥ 95%           | …
 *   Tử số     | 52             | 118             | 36
 *   Mẫu số    | 52             | 121             | 40
 *   Tỷ lệ (%) | 100            | 97,5            | 90
 *   Đánh giá  | đạt            | đạt             | đạt
 *
 * Each column is one reading: its period from the band over it, its criterion from the code (or the name) over
 * it, its numerator, denominator and rate from the rows so named. The target and verdict rows are said, not read.
 */
export interface PartsDown {
  headerTop: number;
  lastRow: number;
  labelCol: number;
  parts: Partial<Record<Part, number>>;
  columns: Array<{ col: number; period: PeriodLabel | null; code: string | null; name: string }>;
  /** "Năm 2020 (%)" under the rate's row: each column's rate of that other period. */
  others: Array<{ row: number; period: PeriodLabel }>;
}

type Part = "numerator" | "denominator" | "value" | "target" | "verdict" | "date" | "issued";

const PARTS: ReadonlyArray<[RegExp, Part]> = [
  [/^(?:tu so|so dat|so dung han|so dat duoc)$/, "numerator"],
  [/^(?:mau so|tong so)$/, "denominator"],
  [/^(?:ty le|ti le|ty le %|ti le %|gia tri|ket qua %|ty le dat %)$/, "value"],
  // A survey's rows under its aspects: "Số phiếu hợp lệ", "Số phiếu hài lòng", "Tỷ lệ hài lòng (%)".
  [/^so phieu (?:hai long|rat hai long va hai long)$/, "numerator"],
  [/^(?:so phieu (?:hop le|thu ve|khao sat|danh gia)|tong so phieu(?: hop le| thu ve)?)$/, "denominator"],
  [/^ty le (?:hai long|phieu hai long)(?: %)?$/, "value"],
  // "Số người trả lời", "Số người hài lòng", "Tỷ lệ hài lòng 6 tháng 2021 (%)": the same, counted in people.
  [/^so (?:nguoi|y kien|luot|phieu) (?:hai long|rat hai long va hai long)$/, "numerator"],
  [/^so (?:nguoi|y kien|luot) (?:tra loi|duoc khao sat|danh gia|tham gia(?: khao sat)?)$/, "denominator"],
  [/^ty le (?:hai long|phieu hai long) (?:(?:\d{1,2} )?thang|nam|quy|dot)\b.*$/, "value"],
  // "Số phiếu phát ra": the forms handed out, no part of the rate (those returned are).
  [/^so phieu (?:phat ra|phat hanh|phat)$/, "issued"],
  [/^(?:chi tieu|muc tieu|ke hoach|chi tieu %|chi tieu ke hoach)(?: nam \d{4})?$/, "target"],
  [/^(?:so lieu )?(?:tinh )?den ngay$|^ngay so lieu$|^so lieu tinh den ngay$/, "date"],
  [/^(?:danh gia|ket qua danh gia|dat chua dat|xep loai)$/, "verdict"],
];

const SCAN_ROWS = 40;

function partOf(v: GridCell): Part | null {
  if (typeof v !== "string" || v.length > 40) return null;
  const k = looseKey(v.replace(/\([^()]*\)/g, (m) => (m.includes("%") ? " %" : " ")));
  return PARTS.find(([re]) => re.test(k))?.[1] ?? null;
}

/** "52", "98,2", "97.5 %", 0.975 shown as a percent: a figure (read as a block's line reads it). */
export function figureOf(grid: Grid, r: number, c: number): number | null {
  return figure(cellAt(grid, r, c), formatAt(grid, r, c))?.n ?? null;
}

// "(1.2)", "1.2", "TC 1.2", "(SIPAS 2.4)": a criterion's code alone in its header cell.
const CODE_CELL = /^\(?\s*(?:(?:tc|tctp|tiêu chí|chỉ số|sipas)\s*)?([12])\.(\d{1,2})\s*\)?$/iu;

const CODE_BEFORE_NAME = /^(?:(?:tc|tctp|tiêu chí|chỉ số)\s*)?([12])\.(\d{1,2})\.?\s+(?=\p{L})/iu;

export function findPartsDown(grid: Grid): PartsDown | null {
  const limit = Math.min(grid.rows.length, SCAN_ROWS);
  for (let labelCol = 1; labelCol <= 2; labelCol++) {
    const parts: Partial<Record<Part, number>> = {};
    const others: PartsDown["others"] = [];
    let first = 0;
    let last = 0;
    // ("Chỉ tiêu | Tiếp cận dịch vụ | Tổ chức giải quyết TTHC …": the indicators' names over the parts, no targets' row.)
    const named = (r: number) =>
      (grid.rows[r - 1] ?? []).slice(labelCol).filter((v) => !isBlank(v ?? null)).length >= 2 &&
      (grid.rows[r - 1] ?? []).slice(labelCol).every((v) => isBlank(v ?? null) || (typeof v === "string" && !/\d/.test(v)));
    for (let r = 1; r <= limit; r++) {
      const found = partOf(cellAt(grid, r, labelCol));
      const p = found === "target" && named(r) ? null : found;
      if (p === null) {
        // "Năm 2020 (%) | 91,2 | 87,4 …" right under the rate's row: the same rates, of that period.
        const label = cleanText(cellText(cellAt(grid, r, labelCol)));
        const period =
          parts.value !== undefined && r === last + 1 && label.length <= 30 ? parsePeriod(label.replace(/\s*\(%\)\s*$/, "")) : null;
        if (period !== null && period.year !== null && period.kind !== "day") {
          others.push({ row: r, period });
          last = r;
          continue;
        }
        if (first > 0 && r - last > 1) break;
        continue;
      }
      if (parts[p] !== undefined) break;
      parts[p] = r;
      first ||= r;
      last = r;
    }
    const figures = (["numerator", "denominator", "value"] as const).filter((p) => parts[p] !== undefined);
    if (figures.length < 2 || parts.value === undefined) continue;
    // The headings over the figures: the rows between the last blank row above and the first part's row.
    let headerTop = first - 1;
    while (headerTop > 1 && !rowBlank(grid, headerTop - 1) && first - headerTop < 3) headerTop--;
    if (headerTop < 1 || headerTop >= first) continue;
    const merges = new MergeIndex(grid.merges);
    const width = Math.max(...[first, last].map((r) => (grid.rows[r - 1] ?? []).length));
    // "Tháng 9/2021" over the labels' column (a block of a wider table, its period written there): every column's.
    let over: PeriodLabel | null = null;
    for (let r = headerTop; r < first && over === null; r++)
      for (let c = 1; c <= labelCol && over === null; c++) {
        const t = cleanText(cellText(cellAt(grid, r, c)));
        over = t !== "" && t.length <= 30 ? parsePeriod(t.replace(/\s*\([^()]*\)\s*$/, "")) : null;
      }
    const columns: PartsDown["columns"] = [];
    for (let c = labelCol + 1; c <= width; c++) {
      if (figures.every((p) => figureOf(grid, parts[p] as number, c) === null)) continue;
      let period: PeriodLabel | null = null;
      let code: string | null = null;
      const names: string[] = [];
      for (let r = headerTop; r < first; r++) {
        const t = cleanText(merges.label(grid, r, c));
        if (t === "") continue;
        const p = t.length <= 30 ? parsePeriod(t) : null;
        const m = CODE_CELL.exec(t);
        // "2.1 Tiếp cận dịch vụ": the criterion's code in front of its name.
        const named = m ? null : CODE_BEFORE_NAME.exec(t);
        if (p !== null && period === null) period = p;
        else if (m) code = `${m[1]}.${Number(m[2])}`;
        else if (named) {
          code = `${named[1]}.${Number(named[2])}`;
          names.push(t.slice(named[0].length));
        } else names.push(t);
      }
      if (names.length === 0 && code === null) continue;
      columns.push({ col: c, period: period ?? over, code, name: names.join(" ") });
    }
    // Two indicators at least, named over their columns: a table of its own kind, not a label and a figure.
    if (columns.length < 2 || new Set(columns.map((x) => `${x.code ?? ""}|${x.name}`)).size < 2) continue;
    return { headerTop, lastRow: last, labelCol, parts, columns, others };
  }
  return null;
}

function rowBlank(grid: Grid, r: number): boolean {
  return (grid.rows[r - 1] ?? []).every((v) => isBlank(v) || cellText(v).trim() === "");
}
