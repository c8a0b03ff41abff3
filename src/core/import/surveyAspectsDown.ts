import { IsoDate, formatViDate, isoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { daysOfWeekLabel } from "./dossiers";
import { Grid, cellAt, cellText, isBlank } from "./grid";
import { MergeIndex } from "./mergeIndex";
import { parsePeriod, periodEnd, periodName } from "./periods";
import { parseCountCell } from "./values";
import { ANSWERS } from "./surveyAspects";

/**
 * A satisfaction survey's counts with the aspects down the rows and the periods across, as the desk tallies them:
 *
 *   TT  | Nội dung            | 01/10 - 15/10 | 16/10 - 31/10 | … | Cộng
 *   I   | Số phiếu phát ra    | 40            | 40            |
 *   II  | Số phiếu thu về     | 36            | 38            |
 *   1   | Tiếp cận dịch vụ    | 33            | 35            |
 *
 * Each aspect's satisfied forms over the forms returned that period is a reading; a period may head two columns
 * ("Tháng 9" over "Số phiếu | Tỷ lệ (%)"), the count's being read. Before, such a sheet was skipped as a tally.
 */
export interface AspectsDown {
  headerTop: number;
  headerBottom: number;
  labelCol: number;
  /** The forms returned, each period's denominator. */
  formsRow: number;
  aspects: Array<{ row: number; label: string }>;
  periods: Array<{ col: number; name: string; date: IsoDate }>;
  /** Rows read as no aspect: the forms given out, a group's line. */
  skipped: Array<{ row: number; label: string }>;
  lastRow: number;
}

const SCAN_ROWS = 20;
const SURVEY_WORDS = /\b(?:hai long|sipas|khao sat)\b/;
const FORMS_OUT = /^(?:so phieu phat ra|phieu phat ra|tong so phieu phat ra|so phieu phat)$/;
const FORMS_IN = /^(?:so phieu thu ve|phieu thu ve|so phieu thu ve hop le|so phieu hop le)$/;
// On the text as typed: "Công chức giải quyết TTHC" is an aspect, "Cộng", "Cong" alone a total.
// ("Tổng số phiếu thu về" is the forms' row, no total: the label is the total's word alone.)
const TOTAL = /^(?:cộng|tổng cộng|cả kỳ|lũy kế|luỹ kế)(?:[\s:]|$)|^(?:tổng số|tổng|cong|cong ky|tong cong|tong so|tong)\s*:?$/iu;
const FOOTER = /^(?:ghi chu|nguoi lap|nguoi tong hop|noi nhan|xac nhan)\b/;

/** A period heading in the year given: "Tháng 9", "Quý IV", "01/10 - 15/10". */
function periodOfHeading(text: string, year: number | null): { name: string; date: IsoDate } | null {
  const t = cleanText(text);
  // ("Đợt 1 (khảo sát từ 14/6 đến 18/6/2021)": a round named with its days.)
  if (t === "" || t.length > 60 || year === null) return null;
  const span = daysOfWeekLabel(t, year);
  if (span !== null) return { name: `${formatViDate(span.from).slice(0, 5)}–${formatViDate(span.to)}`, date: span.to };
  const p = parsePeriod(t);
  // "Đến 25/06/2021": a round headed by its last day (surveyRounds).
  if (p?.kind === "day" && p.year != null && p.day !== undefined && /^đến\s/iu.test(t)) {
    const day = isoDate(p.year, p.index, p.day);
    return day === null ? null : { name: t, date: day };
  }
  if (p === null || p.kind === "day" || p.kind === "year") return null;
  const y = p.year ?? year;
  return { name: periodName(p, y), date: periodEnd(p, y) };
}

function labelOf(grid: Grid, r: number, c: number): string {
  return cleanText(cellText(cellAt(grid, r, c))).replace(/[:：]\s*$/, "");
}

/** A count of forms as written ("45", "45 phiếu"); "bad" for anything else written, null for a blank. */
function countAt(grid: Grid, r: number, c: number): number | "bad" | null {
  const n = parseCountCell(cellAt(grid, r, c));
  if (n.kind === "empty") return null;
  return n.kind === "ok" && Number.isInteger(n.value) && n.value >= 0 ? n.value : "bad";
}

export function findAspectsDown(grid: Grid, year: number | null): AspectsDown | null {
  // A cheap sign first: forms ("phiếu") named on the sheet's first rows; most sheets name none.
  if (!grid.rows.slice(0, SCAN_ROWS + 12).some((row) => row.some((v) => typeof v === "string" && /phi[eế]u/iu.test(v)))) return null;
  const merges = new MergeIndex(grid.merges);
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    const heads: Array<{ col: number; name: string; date: IsoDate }> = [];
    for (let c = 1; c <= row.length; c++) {
      const v = row[c - 1];
      const p = typeof v === "string" ? periodOfHeading(v, year) : null;
      if (p !== null) heads.push({ col: c, ...p });
    }
    if (heads.length < 2) continue;
    // "Tháng 9" over "Số phiếu | Tỷ lệ (%)": the count's column under each period.
    const sub = (col: number): number | null => {
      const m = merges.at(r, col);
      const right = m && m.top === r ? m.right : col;
      for (let c = col; c <= right; c++) if (/^(?:so phieu|sl|so luong)$/.test(looseKey(cellText(cellAt(grid, r + 1, c))))) return c;
      return null;
    };
    const twoRows = heads.every((h) => sub(h.col) !== null);
    const periods = heads.map((h) => ({ ...h, col: twoRows ? (sub(h.col) as number) : h.col }));
    const headerBottom = twoRows ? r + 1 : r;
    const first = Math.min(...heads.map((h) => h.col));
    // The rows' names: the last column before the periods holding words down the rows.
    let labelCol = 0;
    for (let c = first - 1; c >= 1 && labelCol === 0; c--) {
      let words = 0;
      for (let k = headerBottom + 1; k <= Math.min(grid.rows.length, headerBottom + 12); k++)
        if (/\p{L}{3}/u.test(cellText(cellAt(grid, k, c)))) words++;
      if (words >= 3) labelCol = c;
    }
    if (labelCol === 0) continue;
    const title = grid.rows
      .slice(0, r - 1)
      .map((x) => x.map((v) => cellText(v)).join(" "))
      .join(" ");
    if (!SURVEY_WORDS.test(looseKey(`${title} ${grid.sheet}`))) continue;
    let formsRow = 0;
    const aspects: AspectsDown["aspects"] = [];
    const skipped: AspectsDown["skipped"] = [];
    let lastRow = headerBottom;
    for (let k = headerBottom + 1; k <= grid.rows.length; k++) {
      const label = labelOf(grid, k, labelCol);
      const key = looseKey(label);
      const counts = periods.filter((p) => !isBlank(cellAt(grid, k, p.col))).length;
      if (key === "" && counts === 0) {
        if (aspects.length > 0) break;
        continue;
      }
      if (FOOTER.test(key) || TOTAL.test(label)) break;
      lastRow = k;
      if (FORMS_IN.test(key) || ANSWERS.test(key)) formsRow = k;
      else if (counts === 0 || FORMS_OUT.test(key)) skipped.push({ row: k, label });
      else if (formsRow > 0) aspects.push({ row: k, label });
      else skipped.push({ row: k, label });
    }
    if (formsRow === 0 || aspects.length < 2) continue;
    // "B | TỶ LỆ HÀI LÒNG" over "a) Hài lòng về tiếp cận dịch vụ | 0,91 | 0,915": rates under the forms, no counts to
    // divide; the table of readings across reads them.
    let whole = 0;
    let written = 0;
    for (const a of aspects)
      for (const p of periods) {
        const n = countAt(grid, a.row, p.col);
        if (n === null) continue;
        written++;
        if (n !== "bad" && n > 1) whole++;
      }
    if (written > 0 && whole < written * 0.6) continue;
    return { headerTop: r, headerBottom, labelCol, formsRow, aspects, periods, skipped, lastRow };
  }
  return null;
}

export interface AspectCount {
  row: number;
  col: number;
  label: string;
  period: { name: string; date: IsoDate };
  numerator: number;
  denominator: number;
}

/**
 * Each aspect's count over the forms returned, period by period. A count over more forms than came back is refused;
 * a count that is no whole number, or a period whose forms returned are not written, is left unread and said.
 */
export function aspectCounts(
  grid: Grid,
  layout: AspectsDown,
): { counts: AspectCount[]; over: AspectCount[]; unread: Array<{ row: number; col: number; why: "count" | "forms" }> } {
  const counts: AspectCount[] = [];
  const over: AspectCount[] = [];
  const unread: Array<{ row: number; col: number; why: "count" | "forms" }> = [];
  for (const p of layout.periods) {
    const forms = countAt(grid, layout.formsRow, p.col);
    for (const a of layout.aspects) {
      const n = countAt(grid, a.row, p.col);
      if (n === null) continue;
      if (n === "bad") unread.push({ row: a.row, col: p.col, why: "count" });
      else if (typeof forms !== "number" || forms === 0) unread.push({ row: a.row, col: p.col, why: "forms" });
      else {
        const x = { row: a.row, col: p.col, label: a.label, period: { name: p.name, date: p.date }, numerator: n, denominator: forms };
        (n > forms ? over : counts).push(x);
      }
    }
  }
  return { counts, over, unread };
}
