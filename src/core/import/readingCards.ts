import { IsoDate, formatViDate, ymd } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText, isBlank, isGridDate } from "./grid";
import { parseNumberText } from "./cellFacts";
import { rateOfSentence } from "./rateSentences";
import { parsePeriod, periodEnd, periodName } from "./periods";
import { parseDateCell } from "./values";

/**
 * A criterion's figures kept as a card of labelled rows, as task cards are, the label in one column and its
 * value beside it:
 *
 *   Tiêu chí          | 1.1 - Tỷ lệ hồ sơ trực tuyến mức độ 3, 4
 *   Kỳ                | 9 tháng đầu năm 2021
 *   Số liệu đến ngày  | 30/09/2021
 *   Hồ sơ trực tuyến  | 57
 *   Tổng hồ sơ        | 318
 *   Tỷ lệ             | 17,9%
 *
 * The card's criterion and period (or day) are what its figures are of; the line of the whole is the
 * denominator, the other count the numerator, the rate's line the rate ("176/190 phiếu (92,6%)" gives all
 * three). A card whose lines do not tell which figure is which is named, never guessed.
 */
export interface ReadingCard {
  /** The card's rows, its criterion's row first. */
  rows: number[];
  /** The values' column (the label's next, or past the label's merged cells). */
  col: number;
  code: string;
  /** The period as the card writes it ("9 tháng đầu năm 2021"), and the day its figures stand at, where given. */
  period: string | null;
  day: IsoDate | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** Why the figures could not be told apart, where they could not (the card is then not read). */
  unread?: string;
  /** The counts written do not give the rate written: the rate is read, the counts left and named. */
  mismatch?: string;
  /** The card's lines, "label: value", for Ghi chú. */
  lines: string[];
}

const CRITERION_LABEL = /^(?:tieu chi|chi so|chi tieu|ma tieu chi|ma tc|ma so|tc|tctp)$/;
export const PERIOD_LABEL = /^(?:ky|ky bao cao|ky so lieu|thoi ky|thang|quy|nam)$/;
export const DAY_LABEL =
  /^(?:so lieu (?:tinh )?den(?: ngay)?|ngay so lieu|tinh den(?: ngay)?|den ngay|ngay chot(?: so lieu)?|chot so lieu|thoi diem(?: so lieu| chot so lieu| bao cao)?)$/;
const RATE_LABEL = /^(?:ty le|ti le|ket qua|gia tri|ty le %|ket qua %)\b/;
const WHOLE_LABEL = /^(?:tong|so phieu thu ve|so phieu phat ra|ke hoach|mau so|so phieu hop le)\b/;
const CODE_IN = /(?<![\d.])([12])\.(\d{1,2})(?![\d/])/;

const text = (v: GridCell | undefined): string => cellText(v ?? null).trim();

/** A short label in its column, nothing at its left (the card's edge), its value at its right. */
function labelAt(grid: Grid, r: number, c: number): string | null {
  const row = grid.rows[r - 1] ?? [];
  const v = row[c - 1];
  if (typeof v !== "string" || v.trim() === "" || v.length > 40 || /\d{3,}|%/.test(v)) return null;
  if (c > 1 && !isBlank(row[c - 2] ?? null)) return null;
  // A label ends in a colon or has its value beside it: a title alone on its row ("SỐ LIỆU – TC 1.1") is none.
  if (!/:\s*$/.test(v) && isBlank(row[c] ?? null)) return null;
  return looseKey(v.replace(/:\s*$/, ""));
}

/** The column of a label's value: the next, or the one past the label's cell merged across ("Chỉ tiêu:" over A:B). */
function valueCol(grid: Grid, r: number, c: number): number {
  const m = grid.merges.find((x) => x.top === r && x.left === c && x.bottom === r);
  return m ? m.right + 1 : c + 1;
}

const valueAt = (grid: Grid, r: number, c: number): string => text(grid.rows[r - 1]?.[valueCol(grid, r, c) - 1]);

function numberOf(v: GridCell | undefined): number | null {
  if (typeof v === "number") return v;
  return typeof v === "string" ? parseNumberText(v.replace(/%\s*$/, "").trim()) : null;
}

export function findReadingCards(grid: Grid): ReadingCard[] {
  const out: ReadingCard[] = [];
  let width = 0;
  for (const row of grid.rows) if (row.length > width) width = row.length;
  for (let c = 1; c < width; c++) {
    for (let r = 1; r <= grid.rows.length; r++) {
      if (labelAt(grid, r, c) === null) continue;
      // The card's lines: the labels down the column, to the first row without one.
      const rows = [r];
      while (rows.length < 12 && labelAt(grid, rows[rows.length - 1] + 1, c) !== null) rows.push(rows[rows.length - 1] + 1);
      r = rows[rows.length - 1];
      // One value a label: figures on across the columns ("Kỳ | Quý I | Quý II") are a table turned, read as one.
      // ("Số đạt chuẩn: | 18 | người": the value's unit beside it is no second value.)
      const beyond = (x: number) => grid.rows[x - 1]?.[valueCol(grid, x, c)] ?? null;
      const unit = (v: GridCell) => typeof v === "string" && v.trim().length <= 15 && !/\d/.test(v);
      if (rows.length < 3 || rows.some((x) => !isBlank(beyond(x)) && !unit(beyond(x)))) continue;
      // Its criterion: a line's own ("Tiêu chí | 1.1 - …"), else the card's title over it ("SỐ LIỆU – TC 1.1").
      const labelled = rows.find((x) => CRITERION_LABEL.test(labelAt(grid, x, c) ?? "") && CODE_IN.test(valueAt(grid, x, c)));
      const code = labelled !== undefined ? CODE_IN.exec(valueAt(grid, labelled, c)) : titleCode(grid, rows[0] - 1, c);
      if (!code) continue;
      const card = readCard(grid, rows, c, `${code[1]}.${Number(code[2])}`);
      if (card !== null) out.push(card);
    }
  }
  return out;
}

// "SỐ LIỆU – TC 1.1", "Chỉ số 2.3": a title naming the card's criterion.
const TITLE_CODE = /(?:tiêu chí|chỉ số|\btc|\btctp)\s*(?:thành phần\s*)?:?\s*([12])\.(\d{1,2})(?![\d/])/iu;

/** The criterion named on the row over a card (a blank row between allowed), the title alone on its row at the card's column. */
function titleCode(grid: Grid, r: number, c: number): RegExpExecArray | null {
  const blank = (x: number) => (grid.rows[x - 1] ?? []).every((v) => isBlank(v ?? null));
  if (r > 1 && blank(r) && !blank(r - 1)) r--;
  if (r < 1) return null;
  const row = grid.rows[r - 1] ?? [];
  const filled = row.map((v, i) => ({ v, i })).filter((x) => !isBlank(x.v ?? null));
  const own = filled.find((x) => x.i + 1 === c);
  return own !== undefined && typeof own.v === "string" ? TITLE_CODE.exec(own.v) : null;
}

function readCard(grid: Grid, rows: number[], c: number, code: string): ReadingCard | null {
  let period: string | null = null;
  let day: IsoDate | null = null;
  let value: number | null = null;
  let numerator: number | null = null;
  let denominator: number | null = null;
  const counts: number[] = [];
  const lines: string[] = [];
  for (const r of rows) {
    const key = labelAt(grid, r, c) ?? "";
    if (CRITERION_LABEL.test(key)) continue;
    const v = grid.rows[r - 1]?.[valueCol(grid, r, c) - 1];
    const said = text(v);
    if (said === "") continue;
    lines.push(
      `${text(grid.rows[r - 1]?.[c - 1]).replace(/:\s*$/, "")}: ${v !== undefined && isGridDate(v) ? formatViDate(v.date) : said}`,
    );
    if (PERIOD_LABEL.test(key)) period = said;
    else if (DAY_LABEL.test(key)) {
      // ("ngày 30 tháng 11 năm 2021": the day in words.)
      const words = /^(?:ngày|ngay)\s+(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})\s+(?:năm|nam)\s+(\d{4})$/iu.exec(said);
      const d = parseDateCell(words ? `${words[1]}/${words[2]}/${words[3]}` : (v ?? null), false);
      if (d.kind === "ok") day = d.value;
    } else if (said.includes("/") && said.includes("%")) {
      // "176/190 phiếu hài lòng (92,6%)": the counts and the rate they give, on one line.
      const rate = rateOfSentence(said.replace(/^/, "đạt "));
      if (rate === null) return null;
      ({ value, numerator, denominator } = rate);
    } else if (RATE_LABEL.test(key)) {
      const n = numberOf(v);
      // 0.179 shown as 17,9 %: a share of one.
      value = n === null ? null : typeof v === "number" && n <= 1 ? n * 100 : n;
    } else if (WHOLE_LABEL.test(key)) denominator = numberOf(v);
    else {
      const n = numberOf(v);
      if (n !== null) counts.push(n);
    }
  }
  if (period === null && day === null) return null;
  if (numerator === null && counts.length === 1) numerator = counts[0];
  const card: ReadingCard = { rows, col: valueCol(grid, rows[0], c), code, period, day, numerator, denominator, value, lines };
  if (counts.length > 1 && numerator === null)
    return { ...card, numerator: null, unread: `${counts.length} dòng số không ghi dòng nào là tổng số` };
  if (value === null && numerator !== null && denominator !== null && denominator > 0) card.value = (numerator / denominator) * 100;
  if (card.value === null) return { ...card, unread: "không có dòng tỷ lệ hay cặp tử số, mẫu số" };
  // The counts do not give the rate written: the rate stands, the counts are named.
  if (numerator !== null && denominator !== null && denominator > 0 && Math.abs((numerator / denominator) * 100 - card.value) > 0.6)
    return { ...card, numerator: null, denominator: null, mismatch: `${numerator}/${denominator}` };
  return card;
}

/** A card's or tile's period as written (its own year, else the day's, else the one given), else its day; null where neither reads. */
export function statedAt(period: string | null, day: IsoDate | null, year: number | null): { name: string; date: IsoDate } | null {
  const p = period !== null ? parsePeriod(period) : null;
  const y = p?.year ?? (day !== null ? ymd(day).y : year);
  if (p !== null && y !== null) return { name: periodName(p, y), date: day ?? periodEnd(p, y) };
  return day !== null ? { name: formatViDate(day), date: day } : null;
}
