import { IsoDate, formatViDate, isoDate, ymd } from "../dates/isoDate";
import { findDate } from "../dates/deadline";
import { DossierCounts, DossierRecord, balanceGap, pending, received, resolved } from "../summary/dossiers";
import { spanOf } from "../summary/window";
import { FIELD_HEAD } from "./dossierLines";
import { monthYearText } from "./monthOnly";
import { daysIntoMonths } from "./dossierDays";
import { fieldInWords, fieldOf, rowSpan } from "./dossiersAcross";
import { daySpan, daySpanIn, daySpanOfYear } from "./daySpan";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import {
  CellRange,
  Grid,
  GridCell,
  cellAt,
  cellText,
  columnName,
  filledTexts,
  isBlank,
  isPurposeLine,
  titleYear,
  wordsOfRows,
} from "./grid";
import { isNumberingRow } from "./header";
import { MergeIndex } from "./mergeIndex";
import { PeriodLabel, isSamePointLabel, parsePeriod, periodEnd, periodStart } from "./periods";
import { parseCountCell, parseDateCell } from "./values";

/**
 * The one-stop system's dossier statistics (Hệ thống thông tin giải quyết TTHC, the form of
 * Thông tư 01/2018/TT-VPCP and 01/2020/TT-VPCP): one row per field (lĩnh vực), a two-level header
 * "Số hồ sơ nhận giải quyết" over "Tổng số | Kỳ trước chuyển qua | Trực tuyến | Trực tiếp, bưu
 * chính", "Số hồ sơ đã giải quyết" over "Tổng số | Trước hạn | Đúng hạn | Quá hạn", "Số hồ sơ đang
 * giải quyết" over "Tổng số | Trong hạn | Quá hạn", "Trả lại/rút", and a total row. The master's
 * own Hồ sơ TTHC layout (one header row, the contract's names, Từ ngày/Đến ngày per row) is read
 * the same way.
 */
export type DossierColumn =
  | "field"
  | "period"
  | "from"
  | "to"
  | keyof DossierCounts
  | "receivedTotal"
  | "resolvedTotal"
  | "pendingTotal"
  | "source"
  /** "Tiếp nhận mới trong kỳ: Tổng số" beside "Trong đó: trực tuyến": direct and by post are the rest. */
  | "newTotal"
  /** "Tên thủ tục hành chính" beside "Lĩnh vực": a row per procedure, added up per field. */
  | "procedure";

export interface DossierLayout {
  headerTop: number;
  headerBottom: number;
  columns: Partial<Record<DossierColumn, number>>;
  /** The period the sheet's title names ("Từ ngày 15/12/2020 đến ngày 14/3/2021"), when rows carry none. */
  period: { from: IsoDate; to: IsoDate } | null;
  /** One field's table with a period per row: the field its title or name gives. */
  field?: string;
  /** The title's period, where the sheet's name gives another month (the name's is taken). */
  periodConflict?: { title: string; tab: string };
  /** Columns naming a count another column already gives ("Lũy kế" beside "Trong tháng"): not read, and named. */
  unread?: Array<{ col: number; label: string; same: number }>;
  /** More columns of dossiers received in person ("Trực tiếp" beside "Qua dịch vụ BCCI"): added to it. */
  inPersonMore?: number[];
  /** Further online columns ("Trực tuyến MĐ3 | Trực tuyến MĐ4"): each a part of the online ones, added. */
  onlineMore?: number[];
  /** The rows' periods are headed "Ngày": a log of days. */
  daily?: true;
}

const SCAN_ROWS = 30;

/** What a header cell (its group's label and its own, joined) names. */
// ("Đã GQ đúng, trước hạn": the comma gone from the key.)
// (Only after "giải quyết": "Đúng/trước hạn" alone heads a notebook's rate's part, read as its figures.)
const BOTH_IN_TIME =
  /\b(?:dung va truoc|truoc va dung|dung han va truoc|truoc han va dung|giai quyet dung truoc|giai quyet truoc dung) (?:han|hen)\b/;

export function dossierColumnOf(heading: string): DossierColumn | null {
  // "Đã giải quyết (số hồ sơ và tỷ lệ %)": how its cells are written ("36 (75%)"), a count all the same.
  const label = heading.replace(/\([^()]*\)/g, (part) =>
    /\b(?:so|sl)\b.*(?:\bty le\b|%)/.test(`${looseKey(part)}${part.includes("%") ? " %" : ""}`) ? " " : part,
  );
  // "GQ đúng hạn", "Đang GQ quá hạn", "Số HS nhận": the desk's short forms, in words.
  // A PivotTable's "Sum of Nhận trực tuyến" over "Row Labels": the measure, and the rows' labels.
  const k = looseKey(label)
    .replace(/^(?:sum of|count of|tong cua|dem cua)\s+/, "")
    .replace(/^row labels$/, "linh vuc")
    .replace(/\bgq\b/g, "giai quyet")
    // "Trong đó đúng hạn" under its band beside "Đã giải quyết": the part named.
    .replace(/^(?:trong do|tr do)\s+(?=(?:dung|truoc|qua|tre|som) (?:han|hen)$)/, "")
    // "Nhận TT" beside "Nhận trực tiếp": received online.
    .replace(/^(nhan|tiep nhan|tn) tt$/, "$1 truc tuyen")
    .replace(/\bhs\b/g, "ho so")
    // "Trả KQ đúng hạn": the result handed back, resolved.
    .replace(/\bkq\b/g, "ket qua")
    // "Giải quyết" over "Đã giải quyết": the group's word said again by its part.
    .replace(/^(giai quyet|tiep nhan|xu ly) (?=(?:da |so da |so )?\1$)/, "")
    // "Số hồ sơ tiếp nhận" over "Mới tiếp nhận": the group's words before its part's.
    .replace(/^(?:so )?(?:ho so )?(?:tthc )?(?:tiep nhan|nhan)(?: giai quyet)? (?=(?:so )?(?:moi tiep nhan|tiep nhan moi|nhan moi)$)/, "");
  if (k === "") return null;
  // A one-stop system's export names its columns in English ("received_online", "resolved_late").
  const english = ENGLISH_MEASURES.find(([re]) => re.test(k));
  if (english) return english[1];
  // "Mã lĩnh vực" (HT, CT …) beside "Lĩnh vực": the field is the name, not its code.
  if (/^ma linh vuc\b/.test(k)) return null;
  // "Tỷ lệ (%)" beside a count: a share of it, no count of dossiers.
  if (/\bty le\b/.test(k) || label.includes("%")) return null;
  if (/\btra lai\b|\brut\b/.test(k)) return "returned";
  // "Đúng và trước hạn", "Trước và đúng hạn": the two in one column, counted as on time (the rate is the same).
  if (BOTH_IN_TIME.test(k)) return "onTime";
  // (A title over the table, "SỐ LIỆU HỒ SƠ LĨNH VỰC ĐẤT ĐAI - XÂY DỰNG QUÝ IV", names its field, no column of fields.)
  // (Its own heading joined under a line above, "(Số liệu từ ngày …) Lĩnh vực", still ends on it.)
  if (/\blinh vuc\b/.test(k) && (/\blinh vuc$/.test(k) || !/^(?:so lieu|bao cao|thong ke|tong hop|ket qua)\b/.test(k))) return "field";
  // "Nội dung" heading the rows' names where every other column is a count of dossiers: the fields (and their weeks).
  if (/^(?:noi dung|chi tieu|danh muc)$/.test(k)) return "field";
  if (/^(?:ten )?thu tuc(?: hanh chinh)?$|^ten tthc$/.test(k)) return "procedure";
  // "Tháng" down the rows of one field's table: each row is a period.
  // "Ngày" down a desk's daily log: each row is a day.
  if (/^(?:thang|ky|quy|ky bao cao|thoi gian|ky so lieu|ngay|ky thong ke|thoi gian thong ke|giai doan)$/.test(k)) return "period";
  if (/^tu ngay\b/.test(k)) return "from";
  if (/^den ngay\b/.test(k)) return "to";
  if (/^nguon\b/.test(k)) return "source";
  const total = /\btong\b/.test(k);
  if (/\bdang giai quyet\b|\bdang xu ly\b|\bchua giai quyet\b/.test(k)) {
    // "Chưa đến hẹn" / "Đã trễ hẹn": the desk's words for the day promised on the receipt.
    if (/\btrong (?:han|hen)\b|\bchua den (?:han|hen)\b|\bcon (?:han|hen)\b/.test(k)) return "pendingInTime";
    if (/\bqua (?:han|hen)\b|\btre (?:han|hen)\b/.test(k)) return "pendingOverdue";
    // "Đang giải quyết", "Đang GQ" not split by the day promised: all the pending ones.
    return "pendingTotal";
  }
  // "Chưa đến hạn | Quá hạn chưa trả" beside the resolved ones: the pending dossiers, by the day promised.
  if (/^(?:chua den|con) (?:han|hen)$|^(?:con han|trong han) chua (?:tra|giai quyet)$/.test(k)) return "pendingInTime";
  if (/^(?:qua|tre) (?:han|hen) chua (?:tra|tra ket qua|giai quyet)$|^dang (?:qua|tre) (?:han|hen)$/.test(k)) return "pendingOverdue";
  if (/\bky truoc\b|\bton\b|\bchuyen (?:qua|sang)\b/.test(k)) return "carriedOver";
  // "Tổng số hồ sơ phải giải quyết": all there was to resolve, the carried over ones included.
  if (/\b(?:phai|can) giai quyet\b/.test(k) && !/\b(?:da|dang) giai quyet\b/.test(k)) return "receivedTotal";
  // "Nhận mới qua DVC", "Nộp qua DVCTT", "Qua Cổng DVC": through the public service portal, online.
  // ("Nộp online", "HS online": the same in the word officials borrow.)
  if (/\btruc tuyen\b|\bqua mang\b|\bdvc(?:tt|qg)?\b|\bcong dich vu cong\b|\bonline\b/.test(k)) return "online";
  // "Nhận tại BP1C", "Nộp tại Bộ phận một cửa": at the desk itself, in person.
  if (/\btruc tiep\b|\btai quay\b|\bbuu chinh\b|\bbcci\b|\bbuu dien\b|\btai (?:bp ?1c|bp ?mot cua|bo phan mot cua|mot cua)\b/.test(k))
    return "inPerson";
  // ("Nhận mới" alone, merged down over its column, beside "Trong đó nộp trực tuyến": all the new ones.)
  if (/^(?:so )?(?:ho so )?(?:tiep nhan moi|moi tiep nhan|nhan moi)$/.test(k)) return "newTotal";
  if (/\b(?:tiep nhan moi|moi tiep nhan|nhan moi)\b/.test(k)) return total ? "newTotal" : null;
  // "Tổng số HS nhận", "Tổng nhận": all the new dossiers (beside "Trong đó: trực tuyến").
  // "Tiếp nhận trong kỳ › Tổng số HS nhận" too: the period's new ones, never those carried over with them.
  if (/(?:^| )tong (?:so )?(?:ho so )?nhan$|^tong so (?:ho so )?tiep nhan$/.test(k)) return "newTotal";
  if (total && /\b(?:tiep nhan|nhan) trong (?:ky|thang|tuan)\b/.test(k)) return "newTotal";
  // "Mới nhận", "Tiếp nhận trong kỳ": the new dossiers, all ways in together.
  // "Nhận" beside "Tr.đó trực tuyến", "Tiếp nhận" alone on a one-row header: all the new ones, the online ones among them.
  if (
    /^(?:nhan|so nhan|ho so nhan|so ho so nhan|moi nhan|so moi nhan|(?:tiep )?nhan (?:trong ky|trong thang|moi trong ky)|tiep nhan trong (?:ky|thang)|(?:so )?(?:ho so )?tiep nhan|tn|tn moi|so tn|hs tn)$/.test(
      k,
    )
  )
    return "newTotal";
  if (/\bnhan giai quyet\b|\btiep nhan\b/.test(k)) return total ? "receivedTotal" : null;
  // "Trước hạn | Đúng hạn | Trễ hạn" alone (not under "Đang giải quyết", taken above): the resolved dossiers by the day promised.
  if (/^(?:truoc|som) (?:han|hen)$/.test(k)) return "early";
  if (/^dung (?:han|hen)$/.test(k)) return "onTime";
  if (/^(?:tre|qua) (?:han|hen)$/.test(k)) return "late";
  // "Trả trước hạn | Trả đúng hạn | Trả quá hạn": the results handed back (resolved) by the day promised.
  const handed = /^tra (?:kq |ket qua )?(truoc|som|dung|tre|qua) (?:han|hen)$/.exec(k);
  if (handed) return handed[1] === "truoc" || handed[1] === "som" ? "early" : handed[1] === "dung" ? "onTime" : "late";
  // "Đã xử lý | Đúng hạn …": a one-stop software's word for resolved.
  if (/\bgiai quyet\b|\bket qua\b|\bda xu ly\b|\bxu ly xong\b/.test(k)) {
    // "GQ sớm | GQ đúng | GQ trễ": the desk's shortest words.
    if (/\btruoc (?:han|hen)\b|\bsom (?:han|hen)\b|^giai quyet som$/.test(k)) return "early";
    if (/\bdung (?:thoi )?han\b|\bdung hen\b|^giai quyet dung$/.test(k)) return "onTime";
    if (/\bqua han\b|\btre han\b|\btre hen\b|^giai quyet (?:tre|cham)$/.test(k)) return "late";
    // "Đã giải quyết" beside "Trong đó quá hạn": all resolved; the in-time ones are the rest.
    // "Trả KQ" alone beside "Trả KQ trễ hạn": all handed back, resolved.
    return total || /^(?:da giai quyet|(?:da )?tra ket qua)$/.test(k) ? "resolvedTotal" : null;
  }
  return null;
}

const ENGLISH_MEASURES: ReadonlyArray<[RegExp, DossierColumn | null]> = [
  [/\brate\b/, null],
  [/^(?:prev(?:ious)? pending|carried over|opening pending|backlog)$/, "carriedOver"],
  [/^(?:received online|online received|online)$/, "online"],
  [/^(?:received (?:direct|offline|in person|at counter|counter|post)|direct received)$/, "inPerson"],
  [/^resolved early$/, "early"],
  [/^resolved on ?time$/, "onTime"],
  [/^resolved (?:late|overdue)$/, "late"],
  [/^(?:processing|pending) (?:on ?time|in time)$/, "pendingInTime"],
  [/^(?:processing|pending) (?:late|overdue)$/, "pendingOverdue"],
  [/^(?:returned(?: cancelled)?|cancelled|withdrawn)$/, "returned"],
  [/^from(?: date)?$/, "from"],
  [/^to(?: date)?$/, "to"],
  [/^(?:sector|field|sector name|field name)$/, "field"],
];

/** Received by post ("Qua dịch vụ BCCI", "bưu chính") rather than at the desk. */
function byPost(label: string): boolean {
  return /\b(?:buu chinh|bcci|buu dien)\b/.test(looseKey(label));
}

/** The heading left of a "Trong đó" cell on its row (past the merged range it lies in): what it is a part of. */
function ofWhich(grid: Grid, index: MergeIndex, r: number, c: number): string {
  const m = index.at(r, c);
  for (let x = (m ? m.left : c) - 1; x >= 1; x--) {
    const t = labelAt(grid, index, r, x);
    // "Tổng số | Từ kỳ trước chuyển sang | Trong đó: Số mới tiếp nhận" (the form of Thông tư 01/2020): the carried-over
    // count is a sibling, never the whole the new ones are part of; their whole is the heading over both.
    if (t !== "" && !/^trong do\b/.test(looseKey(t))) return dossierColumnOf(t) === "carriedOver" ? "" : t;
  }
  return "";
}

/** A header cell's own text, or that of the merged range it lies in. */
function labelAt(grid: Grid, merges: MergeIndex, row: number, col: number): string {
  const m = merges.at(row, col);
  return cleanText(cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col)));
}

const REQUIRED: readonly DossierColumn[] = ["field", "online", "inPerson", "onTime", "late", "pendingOverdue"];

/** A row of column numbers under the header: "(1) (2) (3)" or "1 2 3". */
function isNumbering(grid: Grid, row: number): boolean {
  const cells = (grid.rows[row - 1] ?? []).filter((c) => !isBlank(c));
  // "(A) | (B) | (1)=(2)+(3)+(4) | (2) …": the form's column numbers, letters for its label columns.
  return cells.length >= 3 && cells.every((c) => /^\(?(?:\d{1,2}|[A-Z])\)?(?:\s*=.*)?$/.test(cellText(c).trim()));
}

function widthOf(grid: Grid, merges: readonly CellRange[], rows: readonly number[]): number {
  return Math.max(0, ...rows.map((r) => grid.rows[r - 1]?.length ?? 0), ...merges.filter((m) => rows.includes(m.top)).map((m) => m.right));
}

/** The merges near the top of a sheet, where a header can be: a form's thousands of row merges further down are not looked at. */
interface Top {
  merges: CellRange[];
  index: MergeIndex;
}

/** The columns a header band of one to three rows names, each cell read with the labels above it. */
/** A year the sheet's first lines name ("… NĂM 2021"), where one alone is named. */

/** "15/10" to "14/11", "15/11/21" to "14/12/21": a span of short days, a missing year the sheet's (a span over New Year starts the year before). */
function shortSpan(fromText: string, toText: string, year: number | null): { from: IsoDate; to: IsoDate; assumed: boolean } | null {
  const SHORT = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}))?$/;
  const [a, b] = [SHORT.exec(fromText.trim()), SHORT.exec(toText.trim())];
  if (!a || !b) return null;
  const yearOf = (m: RegExpExecArray) => (m[3] !== undefined ? 2000 + Number(m[3]) : year);
  const [ya, yb] = [yearOf(a), yearOf(b)];
  if (ya === null || yb === null) return null;
  const to = isoDate(yb, Number(b[2]), Number(b[1]));
  let from = isoDate(ya, Number(a[2]), Number(a[1]));
  if (from && to && from > to && a[3] === undefined) from = isoDate(ya - 1, Number(a[2]), Number(a[1]));
  return from && to && from <= to ? { from, to, assumed: a[3] === undefined || b[3] === undefined } : null;
}

/** The dossier columns a header band of rows `from`–`bottom` names (its merged group labels joined to their parts). */
export function headerColumns(grid: Grid, from: number, bottom: number): Partial<Record<DossierColumn, number>> {
  const near = grid.merges.filter((m) => m.top >= from && m.top <= bottom);
  return columnsOf(grid, { merges: near, index: new MergeIndex(near) }, from, bottom);
}

function columnsOf(grid: Grid, top: Top, from: number, bottom: number): Partial<Record<DossierColumn, number>> {
  return bandColumns(grid, top, from, bottom).columns;
}

function bandColumns(
  grid: Grid,
  top: Top,
  from: number,
  bottom: number,
): {
  columns: Partial<Record<DossierColumn, number>>;
  unread: Array<{ col: number; label: string; same: number }>;
  more: number[];
  onlineMore: number[];
} {
  const rows = Array.from({ length: bottom - from + 1 }, (_, i) => from + i);
  const columns: Partial<Record<DossierColumn, number>> = {};
  const unread: Array<{ col: number; label: string; same: number }> = [];
  const more: number[] = [];
  const onlineMore: number[] = [];
  const labels = new Map<DossierColumn, string>();
  for (let c = 1; c <= widthOf(grid, top.merges, rows); c++) {
    const parts: string[] = [];
    for (const r of rows) {
      let t = labelAt(grid, top.index, r, c);
      // "Trong đó" (of which) over its parts belongs to the heading left of it ("Đã giải quyết | Trong đó: Trước hạn …").
      if (/^trong do\b/.test(looseKey(t))) t = `${ofWhich(grid, top.index, r, c)} ${t}`.trim();
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    }
    const label = parts.join(" ");
    const col = dossierColumnOf(label);
    if (col && columns[col] === undefined) {
      columns[col] = c;
      labels.set(col, label);
    }
    // "Trực tiếp | Qua dịch vụ BCCI": two ways in person, each a part of it (a "Lũy kế" copy of one is not).
    else if (col === "inPerson" && byPost(label) !== byPost(labels.get(col) ?? "") && !/\bluy ke\b/.test(looseKey(label))) more.push(c);
    // "Trực tuyến MĐ3 | Trực tuyến MĐ4": the two levels of online service, each a part of the online ones.
    else if (col === "online" && serviceLevel(label) !== null && serviceLevel(label) !== serviceLevel(labels.get(col) ?? ""))
      onlineMore.push(c);
    else if (col) unread.push({ col: c, label, same: columns[col] as number });
  }
  return { columns, unread, more, onlineMore };
}

/** "MĐ3", "mức độ 4": the level of an online public service a column counts; null where it names none. */
function serviceLevel(label: string): string | null {
  const m = /\b(?:md|muc do)\s?([234])\b/.exec(looseKey(label));
  return m ? m[1] : null;
}

/**
 * "Kỳ báo cáo: Quý III năm 2021 (¹)" over the table, "(¹) Số liệu tính từ ngày 15/6/2021 đến hết ngày 14/9/2021." under
 * it: the days of the footnote a title line's cell points to (the marks are joined to their cells by `withFootnotes`).
 */
function footnotedSpan(grid: Grid, above: number, top: number): { from: IsoDate; to: IsoDate } | null {
  const notes = grid.footnotes;
  if (!notes) return null;
  for (let r = above; r >= top; r--)
    for (let c = 1; c <= (grid.rows[r - 1]?.length ?? 0); c++) {
      const note = notes[`${r}:${c}`];
      const span = note === undefined ? null : daySpanIn(note);
      if (span) return span;
    }
  return null;
}

/** "Từ ngày 15/12/2020 đến ngày 14/3/2021", or a period's name ("Quý I năm 2021"), in the title rows or the sheet's name. */
export function periodOf(grid: Grid, above: number, top = 1): { from: IsoDate; to: IsoDate } | null {
  // The nearest line above the table first: a second table under the first has its own period.
  const lines = grid.rows.slice(top - 1, above).reverse();
  for (const line of lines) {
    // "THÁNG 10/2021 (từ 01/10 đến 31/10/2021)" over the table: the days in brackets.
    // "(Quy IV/2021: tu ngay 15/9/21 den ngay 14/12/21)": the days after the period's name.
    const span =
      rowSpan(line) ??
      line.map((c) => (typeof c === "string" ? (spanInLine(cleanText(c)) ?? daySpanIn(cleanText(c))) : null)).find((x) => x !== null) ??
      null;
    if (span) return span;
  }
  // "Kỳ báo cáo: Quý III năm 2021 (¹)" over the table, "(¹) Số liệu tính từ ngày 15/6/2021 đến hết ngày 14/9/2021." under it.
  const noted = footnotedSpan(grid, above, top);
  if (noted) return noted;
  // A system's "Kỳ báo cáo: 2021-10-01 00:00:00 đến 2021-10-31 23:59:59".
  for (const line of lines)
    for (const c of line) {
      const m = typeof c === "string" ? ISO_SPAN.exec(c) : null;
      const from = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
      const to = m ? isoDate(Number(m[4]), Number(m[5]), Number(m[6])) : null;
      if (from && to && from <= to) return { from, to };
    }
  // A PivotTable's filter cells above it: "Năm | 2021", "Tháng | 10" (or "Quý | 4").
  const filters = filterPeriod(lines);
  if (filters) return filters;
  const texts = lines.flatMap((r) => r.filter((c) => !isBlank(c)).map((c) => cleanText(cellText(c))));
  // Last, the file's name: "bao-cao-TTHC_Quy-III-2021.xlsx", as mail and Zalo attachments are named.
  // File names are typed without accents: "Quy", "Thang", "Nam" before a number are the periods.
  const fileName = grid.file
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/[-_.]+/g, " ")
    .replace(/\b(quy|thang|nam)(?= [\dIVXivx])/gi, (w: string) => ({ quy: "quý", thang: "tháng", nam: "năm" })[w.toLowerCase()] ?? w);
  for (const t of [...texts.filter((x) => !isPurposeLine(x)), grid.sheet, fileName]) {
    const named = /(?:kỳ báo cáo|số liệu)?\s*:?\s*((?:quý|tháng|6 tháng|năm)\s.*\d{4})/iu.exec(t);
    const span = named ? spanOf(named[1], null) : null;
    if (span && span.from !== span.to) return span;
  }
  return null;
}

const ISO_SPAN = /(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s*(?:đến|-|–|to)\s*(\d{4})-(\d{2})-(\d{2})/iu;

/** "Năm | 2021" and "Tháng | 10" (or "Quý | 4") as label and value cells: the month's (quarter's) days. */
function filterPeriod(lines: readonly GridCell[][]): { from: IsoDate; to: IsoDate } | null {
  const valueOf = (label: RegExp) => {
    for (const line of lines) {
      const i = line.findIndex((c) => typeof c === "string" && label.test(looseKey(c)));
      const v = i >= 0 ? line[i + 1] : undefined;
      const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : null;
      if (n !== null && Number.isInteger(n)) return n;
    }
    return null;
  };
  const year = valueOf(/^nam$/);
  if (year === null || year < 2000 || year > 2100) return null;
  const month = valueOf(/^thang$/);
  if (month !== null && month >= 1 && month <= 12)
    return { from: isoDate(year, month, 1) as IsoDate, to: periodEnd({ kind: "month", index: month, year }, year) };
  const quarter = valueOf(/^quy$/);
  if (quarter !== null && quarter >= 1 && quarter <= 4)
    return { from: isoDate(year, quarter * 3 - 2, 1) as IsoDate, to: periodEnd({ kind: "quarter", index: quarter, year }, year) };
  return null;
}

/** The column of all new dossiers: "Tiếp nhận mới: Tổng số", or "Tổng số hồ sơ tiếp nhận" where none were carried over. */
function newOf(columns: Partial<Record<DossierColumn, number>>): number | undefined {
  return columns.newTotal ?? (columns.carriedOver === undefined ? columns.receivedTotal : undefined);
}

const RATE_ROW = /^(?:ty le|ti le)\s/;

function hasPending(columns: Partial<Record<DossierColumn, number>>): boolean {
  return columns.pendingTotal !== undefined || columns.pendingInTime !== undefined || columns.pendingOverdue !== undefined;
}

function recognised(columns: Partial<Record<DossierColumn, number>>, noOnline = false): number {
  // No online column anywhere on the sheet: all received counted as received in person, said when read (readDossiers).
  // (Only a field's months down the rows, the pending ones counted: by field, or without them, such a table is read for
  // its on-time rate as before.)
  const unsplit =
    noOnline &&
    columns.newTotal !== undefined &&
    columns.online === undefined &&
    columns.inPerson === undefined &&
    columns.period !== undefined &&
    columns.field === undefined &&
    // (With the pending ones too: received, on time and late alone are its rate's parts, read as figures.)
    hasPending(columns);
  if (noOnline && !unsplit) return 0;
  // One field's table has its periods where the fields would be; the new dossiers' total beside the online ones gives the direct ones.
  const needs = REQUIRED.filter(
    (c) =>
      !(unsplit && (c === "online" || c === "inPerson")) &&
      // (So has a desk's table by "Từ ngày | Đến ngày", a week a row.)
      !(
        c === "field" &&
        columns.field === undefined &&
        (columns.period !== undefined || columns.procedure !== undefined || (columns.from !== undefined && columns.to !== undefined))
      ) &&
      !(c === "inPerson" && newOf(columns) !== undefined && columns.online !== undefined) &&
      // "Đang giải quyết" in one column, not split by the day promised.
      !(c === "pendingOverdue" && columns.pendingTotal !== undefined && columns.pendingInTime === undefined) &&
      // "Đang GQ (chưa đến hạn)" alone: the desk has none overdue to count.
      !(c === "pendingOverdue" && columns.pendingInTime !== undefined && columns.pendingTotal === undefined) &&
      // "Đã giải quyết | Trong đó quá hạn": those in time are the rest.
      !(c === "onTime" && columns.resolvedTotal !== undefined && columns.late !== undefined) &&
      // "TN trực tuyến | TN trực tiếp | Trước hạn | Đúng hạn | Quá hạn": received and resolved in full, nothing pending
      // written (a quarter's summary); the pending counts are not given, and said.
      // (A quarter's summary may not split those resolved early from those on time: "GQ đúng hạn | GQ trễ hạn".)
      // A table that also writes the resolved total ("Đã giải quyết | Đúng hạn | Quá hạn") beside its rates is the
      // desk's rates by month (read as readings), not its statistics.
      // A log by day and field ("Ngày | Lĩnh vực | Số HS tiếp nhận | Trả KQ | Trả KQ trễ hạn"): nothing pending written either.
      !(
        c === "pendingOverdue" &&
        !hasPending(columns) &&
        columns.period !== undefined &&
        columns.field !== undefined &&
        columns.resolvedTotal !== undefined &&
        columns.late !== undefined
      ) &&
      !(
        c === "pendingOverdue" &&
        !hasPending(columns) &&
        columns.resolvedTotal === undefined &&
        columns.onTime !== undefined &&
        columns.late !== undefined
      ),
  );
  return needs.every((c) => columns[c] !== undefined) ? Object.keys(columns).length : 0;
}

/**
 * "Kỳ trước chuyển sang | Mới tiếp nhận | Trực tuyến" with no direct column: whether "Mới tiếp nhận" counts only the
 * dossiers brought to the desk. Read so only where the rows say it: every row with online dossiers balances
 * (carried over + new + online = resolved + pending + returned) with it read so, and some would not otherwise.
 */
function newIsDirect(grid: Grid, cols: Partial<Record<DossierColumn, number>>, start: number): boolean {
  const all = cols.newTotal;
  if (cols.inPerson !== undefined || all === undefined || cols.online === undefined || cols.carriedOver === undefined || !hasPending(cols))
    return false;
  const num = (row: number, col: number | undefined): number | null => {
    if (col === undefined) return 0;
    const n = parseCountCell(cellAt(grid, row, col));
    return n.kind === "ok" ? n.value : n.kind === "empty" ? 0 : null;
  };
  // What became of them: resolved (by the day promised, else in all), pending (split, else in all), returned.
  const resolvedCols: DossierColumn[] =
    cols.early !== undefined || cols.onTime !== undefined || cols.late !== undefined ? ["early", "onTime", "late"] : ["resolvedTotal"];
  const pendingCols: DossierColumn[] =
    cols.pendingInTime !== undefined || cols.pendingOverdue !== undefined ? ["pendingInTime", "pendingOverdue"] : ["pendingTotal"];
  const outcome = [...resolvedCols, ...pendingCols, "returned" as const];
  let direct = 0;
  let less = 0;
  for (let r = start; r <= Math.min(grid.rows.length, start + 60); r++) {
    const name = looseKey(cellText(cellAt(grid, r, cols.field ?? 1)));
    if (name === "" || TOTAL_ROW.test(name)) continue;
    const [carried, fresh, online] = [num(r, cols.carriedOver), num(r, all), num(r, cols.online)];
    const out = outcome.map((k) => num(r, cols[k]));
    if (carried === null || fresh === null || online === null || out.some((x) => x === null) || online === 0) continue;
    const done = (out as number[]).reduce((t, x) => t + x, 0);
    if (carried + fresh + online !== done) return false;
    direct++;
    if (carried + fresh !== done) less++;
  }
  return direct >= 2 && less >= 1;
}

/**
 * The dossier table of a sheet, when it has one: its header rows (one to three: the group labels
 * over their parts), columns and period. The band is the one naming the most columns; a title
 * row above it is not part of it.
 */
export function findDossierTable(grid: Grid, start = 1): DossierLayout | null {
  const last = Math.min(grid.rows.length, start + SCAN_ROWS - 1);
  // Most sheets are not dossier tables: a look at their first rows' words settles it.
  const words = wordsOfRows(grid, start - 1, last + 2);
  // "Đã trả kết quả" and "Nhận qua mạng": a desk's everyday words for resolved and online.
  if (
    // ("Sớm hạn | Đúng hạn | Trễ hạn" alone: the resolved ones by the day promised.)
    !/\bgiai quyet\b|\bgq\b|\btra (?:ket qua|kq|dung han|qua han|truoc han|tre han)\b|\bdang xu ly\b|\bresolved\b|\bdung (?:han|hen)\b/.test(
      words,
    )
  )
    return null;
  // A desk's counts that do not tell online from in person ("Tháng | Tiếp nhận | Đúng hạn | Trễ hạn | Đang GQ"): a table
  // of dossiers all the same, where its header names the received, the on time and the late; the online ones unknown.
  const noOnline = !/\btruc tuyen\b|\bqua mang\b|\bonline\b|\bdvc(?:tt|qg)?\b/.test(words);
  // (Beside the desk's rates, "Tỷ lệ đúng hạn", such a table is its rates by month, read as figures.)
  if (noOnline && (!(/\btiep nhan\b/.test(words) && /\b(?:tre|qua) (?:han|hen)\b/.test(words)) || /\b(?:ty le|ti le)\b/.test(words)))
    return null;
  const nearTop = grid.merges.filter((m) => m.top >= start && m.top <= last + 2);
  const top: Top = { merges: nearTop, index: new MergeIndex(nearTop) };
  for (let from = start; from <= last; from++) {
    // "Từ ngày 01/09/2021 đến ngày 30/09/2021" alone on its line is the title's period, never a "Từ ngày" heading.
    const line = (grid.rows[from - 1] ?? []).filter((v) => !isBlank(v));
    // So is "Từ ngày: | 15/12/2020 | Đến ngày: | 14/06/2021" over a few cells: never "Từ ngày" and "Đến ngày" columns.
    if (line.length <= 4 && rowSpan(line)) continue;
    let best: { bottom: number; columns: Partial<Record<DossierColumn, number>> } | null = null;
    for (let bottom = from; bottom <= Math.min(from + 2, grid.rows.length); bottom++) {
      const columns = columnsOf(grid, top, from, bottom);
      if (recognised(columns, noOnline) > (best ? recognised(best.columns, noOnline) : 0)) best = { bottom, columns };
    }
    if (!best) continue;
    let headerTop = from;
    while (
      headerTop < best.bottom &&
      recognised(columnsOf(grid, top, headerTop + 1, best.bottom), noOnline) >= recognised(best.columns, noOnline)
    )
      headerTop++;
    const { columns, unread, more, onlineMore } = bandColumns(grid, top, headerTop, best.bottom);
    const titled = periodOf(grid, headerTop - 1, start);
    const tab = titled ? otherMonthInName(grid.sheet, titled) : null;
    const period = tab ? tab.period : titled;
    // One field's table, a period per row: the field is the one its title or name gives.
    return {
      headerTop,
      headerBottom: best.bottom,
      columns,
      period,
      ...(columns.field === undefined ? { field: fieldOf(grid, headerTop) } : {}),
      ...(unread.length > 0 ? { unread } : {}),
      ...(more.length > 0 ? { inPersonMore: more } : {}),
      ...(onlineMore.length > 0 ? { onlineMore } : {}),
      ...(columns.period !== undefined && looseKey(labelAt(grid, top.index, best.bottom, columns.period)) === "ngay"
        ? { daily: true as const }
        : {}),
      ...(tab ? { periodConflict: { title: `${formatViDate(tab.title.from)} – ${formatViDate(tab.title.to)}`, tab: grid.sheet } } : {}),
    };
  }
  return null;
}

/**
 * A month's sheet copied from last month with its title left ("T11" whose title still says THÁNG
 * 10/2021): the sheet's own name is the month, and the disagreement is named.
 */
function otherMonthInName(
  sheet: string,
  titled: { from: IsoDate; to: IsoDate },
): { period: { from: IsoDate; to: IsoDate }; title: { from: IsoDate; to: IsoDate } } | null {
  const p = parsePeriod(sheet);
  if (!p || p.kind !== "month") return null;
  const { y, m } = ymd(titled.from);
  const month: PeriodLabel = { ...p, year: p.year ?? y };
  const from = periodStart(month, month.year as number);
  const to = periodEnd(month, month.year as number);
  // Only a title that is one whole month, another than the name's.
  if (titled.from !== isoDate(y, m, 1) || titled.to !== periodEnd({ kind: "month", index: m, year: y }, y) || from === titled.from)
    return null;
  return { period: { from, to }, title: titled };
}

export const TOTAL_ROW = /^(?:tong cong|tong so|tong|cong|toan xa|toan phuong|grand total)\b/;
const FOOTER = /^(?:nguoi lap|nguoi tong hop|nguoi bao cao|thu truong|ghi chu|xac nhan|tm\b|kt\b|chu tich|pho chu tich|ky ten)/;

const TOTAL_COLUMNS: readonly DossierColumn[] = ["newTotal", "receivedTotal", "resolvedTotal", "pendingTotal"];

export const COUNT_COLUMNS: ReadonlyArray<keyof DossierCounts> = [
  "carriedOver",
  "online",
  "inPerson",
  "early",
  "onTime",
  "late",
  "pendingInTime",
  "pendingOverdue",
  "returned",
];

const CHECKS: ReadonlyArray<[DossierColumn, string, string, (c: DossierCounts) => number]> = [
  ["receivedTotal", "Tổng số nhận giải quyết", "Total received", received],
  // "Tổng số tiếp nhận" beside online and direct both written: their sum (where direct is worked out from it, it is).
  ["newTotal", "Tổng số tiếp nhận mới", "Total newly received", (c) => c.online + c.inPerson],
  ["resolvedTotal", "Tổng số đã giải quyết", "Total resolved", resolved],
  ["pendingTotal", "Tổng số đang giải quyết", "Total pending", pending],
];

/** One row per field, with its source; the total row and the printed totals checked against the parts. */
/** "Tháng 7" on a sheet whose title says "NĂM 2021": that month of the title's year (the title's whole year was taken). */
function inYear(text: string, year: number | null): { from: IsoDate; to: IsoDate } | null {
  const p = year === null ? null : parsePeriod(text);
  return p && p.year === null && year !== null ? { from: periodStart(p, year), to: periodEnd(p, year) } : null;
}

/**
 * "Hộ tịch" merged down (or written once) over its periods' rows ("Tháng 10/2021", "Tháng 11/2021",
 * "Cộng"): the field on each of them, and its "Cộng" rows the field's subtotals. Before, the rows
 * after a field's first were passed over without a word.
 */
function fieldsDown(grid: Grid, layout: DossierLayout): { grid: Grid; subtotals: Map<number, string> } | null {
  const { field, period } = layout.columns;
  if (field === undefined || period === undefined) return null;
  const rows = [...grid.rows];
  const subtotals = new Map<number, string>();
  let current: string | null = null;
  // Whether the field was left blank on a row of its block: a "Cộng" right under a field written on its only row
  // ("Hộ tịch", "Chứng thực" on every row of each month) totals the whole table, no field's periods.
  let spans = false;
  for (let r = layout.headerBottom + 1; r <= grid.rows.length; r++) {
    const f = cleanText(cellText(cellAt(grid, r, field)));
    const p = cleanText(cellText(cellAt(grid, r, period)));
    if (f !== "") {
      current = TOTAL_ROW.test(looseKey(f)) || FOOTER.test(looseKey(f)) ? null : f;
      spans = false;
      continue;
    }
    if (current === null || p === "") continue;
    const row = [...(rows[r - 1] ?? [])];
    while (row.length < field) row.push(null);
    if (TOTAL_ROW.test(looseKey(p)) && !spans) {
      current = null;
      continue;
    }
    if (TOTAL_ROW.test(looseKey(p))) subtotals.set(r, current);
    else spans = true;
    row[field - 1] = TOTAL_ROW.test(looseKey(p)) ? p : current;
    rows[r - 1] = row;
  }
  return rows.some((row, i) => row !== grid.rows[i]) ? { grid: { ...grid, rows }, subtotals } : null;
}

export function readDossiers(sheet: Grid, layout: DossierLayout): { records: DossierRecord[]; problems: Problem[]; end: number } {
  const down = fieldsDown(sheet, layout);
  const grid = down?.grid ?? sheet;
  const subtotals = down?.subtotals ?? new Map<number, string>();
  const records: DossierRecord[] = [];
  const problems: Problem[] = [];
  // The year of days typed without one: the title's period's, else a year its first lines name.
  const sheetYear = layout.period ? ymd(layout.period.to).y : titleYear(grid, 7);
  let yearSaid = false;
  const at = (row: number, col: number | undefined) => ({ file: grid.file, sheet: grid.sheet, row, column: col ? columnName(col) : null });
  const cols = layout.columns;
  // One field's table: its rows are named by their period instead.
  // A system's report by procedure names each field on a line of its own ("Lĩnh vực: Hộ tịch") over its procedures.
  // A table by "Từ ngày | Đến ngày" alone: its first column names the rows ("Tuần 1").
  const fieldCol = (cols.field ?? cols.period ?? cols.procedure ?? 1) as number;
  let fieldAbove: string | null = null;
  const byPeriod = cols.field === undefined && cols.procedure === undefined;
  const mergedDown = (row: number): string => {
    const m = spans.at(row, fieldCol);
    return m && m.top < row && m.left === fieldCol ? cleanText(cellText(cellAt(grid, m.top, fieldCol))) : "";
  };
  let start = layout.headerBottom + 1;
  while (start <= grid.rows.length && isNumbering(grid, start)) start++;
  // A second column of the same count ("Lũy kế" beside "Trong tháng") is not added in: said, never dropped silently.
  for (const u of layout.unread ?? [])
    problems.push(
      problem("UNMAPPED_COLUMN", at(layout.headerTop, u.col), u.label, {
        vi: `cột ${columnName(u.col)} "${u.label}" cùng loại số liệu với cột ${columnName(u.same)}; chỉ đọc cột ${columnName(u.same)}, cột này không được cộng vào Hồ sơ TTHC.`,
        en: `column ${columnName(u.col)} "${u.label}" holds the same count as column ${columnName(u.same)}; only column ${columnName(u.same)} is read, this one is not added into Hồ sơ TTHC.`,
      }),
    );

  const pendingHeading =
    cols.pendingTotal === undefined ? "" : labelAt(grid, new MergeIndex(grid.merges), layout.headerBottom, cols.pendingTotal);
  const pendingUnsplit = cols.pendingTotal !== undefined && cols.pendingInTime === undefined && cols.pendingOverdue === undefined;
  if (pendingUnsplit)
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop, cols.pendingTotal), pendingHeading, {
        vi: `cột "${pendingHeading}" không chia trong hạn, quá hạn: số hồ sơ đang giải quyết tính là trong hạn; hãy kiểm tra số quá hạn trên hệ thống một cửa.`,
        en: `the column of pending dossiers is not split by the day promised: they are counted as pending in time; check the overdue ones in the one-stop system.`,
      }),
    );
  const pendingRest = cols.pendingTotal !== undefined && cols.pendingInTime === undefined && cols.pendingOverdue !== undefined;
  if (pendingRest)
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop, cols.pendingTotal), pendingHeading, {
        vi: `cột "${pendingHeading}" ghi tổng số đang giải quyết và số quá hạn trong đó: số còn trong hạn = tổng − quá hạn.`,
        en: `the column "${pendingHeading}" gives all pending dossiers and the overdue among them: those in time = all − overdue.`,
      }),
    );
  const onTimeHeading = cols.onTime === undefined ? "" : labelAt(grid, new MergeIndex(grid.merges), layout.headerBottom, cols.onTime);
  if (BOTH_IN_TIME.test(looseKey(onTimeHeading)))
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop, cols.onTime), onTimeHeading, {
        vi: `cột "${onTimeHeading}" gộp hồ sơ giải quyết trước hạn và đúng hạn: ghi cả vào cột đúng hạn (tỷ lệ đúng hạn không đổi).`,
        en: `the column "${onTimeHeading}" counts early and on-time dossiers together: all entered as on time (the on-time rate is the same).`,
      }),
    );
  if (cols.onTime === undefined && cols.resolvedTotal !== undefined)
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop, cols.resolvedTotal), "", {
        vi: "bảng ghi tổng số đã giải quyết và số quá hạn, không tách trước hạn, đúng hạn: số giải quyết trong hạn = đã giải quyết − quá hạn, ghi ở cột đúng hạn.",
        en: "the table gives all resolved and the late ones, not early and on time apart: those in time = resolved − late, in the on-time column.",
      }),
    );
  const newDirect = newIsDirect(grid, cols, start);
  const counts = (
    row: number,
  ): { values: DossierCounts; printed: Partial<Record<DossierColumn, number>>; unread: Set<keyof DossierCounts> } => {
    const values = Object.fromEntries(COUNT_COLUMNS.map((k) => [k, 0])) as unknown as DossierCounts;
    const printed: Partial<Record<DossierColumn, number>> = {};
    const unread = new Set<keyof DossierCounts>();
    /** `into`: the count an unreadable cell leaves unknown (empty in the master, not a 0 nobody wrote). */
    const read = (col: number | undefined, into?: keyof DossierCounts): number | null => {
      if (col === undefined) return null;
      const cell = cellAt(grid, row, col);
      const n = parseCountCell(cell);
      // "6,5" or "-1" where dossiers are counted: no count either; kept as written, and named.
      if (n.kind === "ok" && (!Number.isInteger(n.value) || n.value < 0))
        problems.push(
          problem("BAD_NUMBER", at(row, col), String(n.value), {
            vi: `ô ghi ${String(n.value).replace(".", ",")}, số hồ sơ phải là số nguyên không âm: giữ như đã ghi, hãy kiểm tra.`,
            en: `the cell says ${n.value}; a count of dossiers is a whole number, not negative: kept as written, check it.`,
          }),
        );
      if (n.kind === "ok") return n.value;
      if (n.kind === "bad" && !/^[-–]$/.test(n.text)) {
        if (into) unread.add(into);
        problems.push(
          problem("BAD_NUMBER", at(row, col), n.text, {
            vi: `"${n.text}" không phải là số hồ sơ: ô này để trống trong Hồ sơ TTHC, khi cộng và tính tỷ lệ coi là 0`,
            en: `"${n.text}" is not a number of dossiers: left empty in Hồ sơ TTHC, counted as 0 in sums and rates`,
          }),
        );
      }
      return null;
    };
    for (const k of COUNT_COLUMNS) values[k] = read(cols[k], k) ?? 0;
    for (const c of layout.inPersonMore ?? []) values.inPerson += read(c, "inPerson") ?? 0;
    for (const c of layout.onlineMore ?? []) values.online += read(c, "online") ?? 0;
    // "Tiếp nhận mới: Tổng số | Trong đó: trực tuyến": the rest came directly or by post.
    if (cols.inPerson === undefined && newOf(cols) !== undefined) {
      const all = read(newOf(cols), "inPerson");
      if (all !== null) values.inPerson = newDirect ? all : Math.max(0, all - values.online);
    }
    for (const [k] of CHECKS) {
      // ("Mới tiếp nhận" read as the direct ones is no total of anything.)
      if (k === "newTotal" && newDirect) continue;
      // A total the parts are worked out from: unreadable, it leaves that part unknown.
      const into =
        k === "resolvedTotal" && cols.onTime === undefined
          ? "onTime"
          : k === "pendingTotal" && (pendingUnsplit || pendingRest)
            ? "pendingInTime"
            : undefined;
      const v = read(cols[k], into);
      if (v !== null) printed[k] = v;
    }
    // "Đã giải quyết | Trong đó quá hạn", no early or on-time column: the rest were in time (the on-time rate needs no more).
    if (cols.onTime === undefined && cols.resolvedTotal !== undefined && printed.resolvedTotal !== undefined) {
      values.onTime = Math.max(0, printed.resolvedTotal - values.late - values.early);
      delete printed.resolvedTotal;
    }
    // "Đang xử lý | Trong đó: quá hạn": those in time are the rest.
    if (pendingRest && printed.pendingTotal !== undefined && printed.pendingTotal >= values.pendingOverdue) {
      values.pendingInTime = printed.pendingTotal - values.pendingOverdue;
      delete printed.pendingTotal;
    }
    // Pending dossiers in one column, not split by the day promised: counted as pending in time, and said once.
    if (pendingUnsplit && printed.pendingTotal !== undefined) {
      values.pendingInTime = printed.pendingTotal;
      delete printed.pendingTotal;
    }
    return { values, printed, unread };
  };

  const check = (row: number, c: DossierCounts, printed: Partial<Record<DossierColumn, number>>, field: string, unknown: number) => {
    // A count nobody could read is already named: the totals it is part of cannot be checked.
    if (unknown > 0) return;
    for (const [k, label, en, sum] of CHECKS) {
      const p = printed[k];
      if (p !== undefined && p !== sum(c)) {
        problems.push(
          problem("DOSSIER_TOTAL_MISMATCH", at(row, cols[k]), String(p), {
            vi: `${label} của lĩnh vực "${field}" ghi ${p}, cộng các cột được ${sum(c)}`,
            en: `${en} of "${field}" is written ${p}; its columns add up to ${sum(c)}`,
          }),
        );
      }
    }
    const gap = balanceGap(c);
    // With no "Kỳ trước chuyển sang" column, the month's resolved and pending may include earlier dossiers: only fewer
    // than were received is wrong.
    const carriedUnknown = cols.carriedOver === undefined;
    // With no pending column, the dossiers received and not yet resolved are not written: only more resolved than received is wrong.
    const pendingUnknown = !hasPending(cols) && resolved(c) + c.returned <= received(c);
    if (
      gap !== 0 &&
      // (A "Tổng số phải giải quyết" that adds up is checked against the outcomes too; one that does not is named above.)
      (printed.receivedTotal === undefined || printed.receivedTotal === received(c)) &&
      !pendingUnknown &&
      !(carriedUnknown && resolved(c) + pending(c) + c.returned > received(c))
    ) {
      problems.push(
        problem("DOSSIER_TOTAL_MISMATCH", at(row, undefined), String(received(c)), {
          vi: `nhận giải quyết ${received(c)} ≠ đã giải quyết ${resolved(c)} + đang giải quyết ${pending(c)} + trả lại, rút ${c.returned}`,
          en: `received ${received(c)} ≠ resolved ${resolved(c)} + pending ${pending(c)} + returned ${c.returned}`,
        }),
      );
    }
  };

  if (cols.inPerson === undefined && cols.newTotal !== undefined && newDirect) {
    const heading = labelAt(grid, new MergeIndex(grid.merges), layout.headerBottom, cols.newTotal);
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop, cols.newTotal), heading, {
        vi: `cột ${columnName(cols.newTotal)} "${heading}" đọc là hồ sơ trực tiếp, bưu chính (không gồm trực tuyến): chỉ như vậy số kỳ trước chuyển sang + mới tiếp nhận + trực tuyến mới bằng số đã giải quyết + đang giải quyết + trả lại ở mọi dòng; hãy kiểm tra.`,
        en: `column ${columnName(cols.newTotal)} "${heading}" is read as the dossiers received directly or by post (the online ones apart): only so do carried over + new + online equal resolved + pending + returned on every row; check it.`,
      }),
    );
  } else if (cols.inPerson === undefined && cols.newTotal !== undefined && cols.online === undefined) {
    const heading = labelAt(grid, new MergeIndex(grid.merges), layout.headerBottom, cols.newTotal);
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop, cols.newTotal), heading, {
        vi: `bảng không tách hồ sơ tiếp nhận trực tuyến và trực tiếp: số ở cột ${columnName(cols.newTotal)} "${heading}" ghi cả vào trực tiếp, bưu chính; tỷ lệ trực tuyến không tính được từ bảng này.`,
        en: `the table does not tell online from direct dossiers: column ${columnName(cols.newTotal)} "${heading}" is all entered as direct or by post; no online rate can be worked out from it.`,
      }),
    );
  } else if (cols.inPerson === undefined && cols.newTotal !== undefined) {
    const label = `${columnName(cols.newTotal)} − ${columnName(cols.online as number)}`;
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop, cols.newTotal), label, {
        vi: `bảng không có cột hồ sơ trực tiếp, bưu chính: tính bằng tổng số tiếp nhận mới trừ số trực tuyến (cột ${label}).`,
        en: `the table has no column of dossiers received directly or by post: taken as the new dossiers' total less the online ones (columns ${label}).`,
      }),
    );
  }
  if (!hasPending(cols)) {
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop, undefined), "", {
        vi: "bảng không có cột hồ sơ đang giải quyết: ghi là 0; số đã tiếp nhận mà chưa giải quyết xong không có trong bảng.",
        en: "the table has no column of pending dossiers: entered as 0; those received and not yet resolved are not in the table.",
      }),
    );
  }
  let missingPeriod = false;
  // "Tuần 1 | 01/11/2021 | 07/11/2021" merged down over its fields' rows: each row's days are the merge's.
  const spans = new MergeIndex(grid.merges);
  const mergedAt = (r: number, c: number) => {
    const m = spans.at(r, c);
    return m ? cellAt(grid, m.top, m.left) : cellAt(grid, r, c);
  };
  let end = grid.rows.length;
  const fieldsBelow = (from: number): boolean => {
    for (let r = from + 1; r <= grid.rows.length; r++) {
      const k = looseKey(cleanText(cellText(cellAt(grid, r, fieldCol))));
      // "Lĩnh vực: Chứng thực" on its own line, the next field's procedures under it.
      if (k === "" && cols.field === undefined && FIELD_HEAD.test(cleanText(rowText(grid, r)))) continue;
      // "II. QUÝ IV/2021 (Từ 15/9/2021 đến 14/12/2021)": the next period's fields below it.
      // "Tuần 2: Từ 08/11 đến 14/11" too, its year the sheet's.
      if (k === "" && (periodLineSpan(rowText(grid, r), sheetYear) ?? yearlessWeek(rowText(grid, r), sheetYear)) !== null) continue;
      // A blank row between one week's block and the next ("Cộng tuần", blank, "Từ 08/11 đến 14/11"): looked past.
      if ((grid.rows[r - 1] ?? []).every((v) => isBlank(v))) continue;
      if (k === "") return false;
      // "Cùng kỳ năm 2020" under the total: last year's figures, no field of this period's.
      if (FOOTER.test(k) || isSamePointLabel(k)) return false;
      // (Counts, never the headings printed again over another table: "Trực tuyến | Trực tiếp" in the count columns.)
      if (
        !TOTAL_ROW.test(k) &&
        COUNT_COLUMNS.some((c) => cols[c] !== undefined && parseCountCell(cellAt(grid, r, cols[c] as number)).kind === "ok")
      )
        return true;
      if (COUNT_COLUMNS.some((c) => cols[c] !== undefined && typeof cellAt(grid, r, cols[c] as number) === "string")) return false;
    }
    return false;
  };
  // "I | Tư pháp" over "1 | Hộ tịch", "2 | Chứng thực": a group's row, numbered in Roman, that adds up the rows under it.
  const roman = (row: number): boolean =>
    /^[IVX]{1,4}\.?$/.test(cleanText(cellText(cellAt(grid, row, 1)))) ||
    /^[IVX]{1,4}[.)]\s/.test(cleanText(cellText(cellAt(grid, row, fieldCol))));
  const groupOf = (row: number): number[] | null => {
    // Over procedures ("Tên thủ tục hành chính"), the Roman row is the field itself.
    if (cols.procedure !== undefined || !roman(row)) return null;
    // "II | LĨNH VỰC CHỨNG THỰC" over its procedures' rows: a field by its name, the record itself.
    if (/^(?:[ivx]+ )?linh vuc\b/.test(looseKey(cleanText(cellText(cellAt(grid, row, fieldCol)))))) return null;
    const parts: number[] = [];
    for (let r = row + 1; r <= grid.rows.length && !roman(r); r++) {
      const k = looseKey(cleanText(cellText(cellAt(grid, r, fieldCol))));
      if (k === "" || TOTAL_ROW.test(k) || FOOTER.test(k)) break;
      parts.push(r);
    }
    if (parts.length === 0) return null;
    const own = counts(row).values;
    const adds = COUNT_COLUMNS.every((c) => cols[c] === undefined || parts.reduce((n, r) => n + counts(r).values[c], 0) === own[c]);
    return adds ? parts : null;
  };
  /** The rows from `first` to the total, partitioned into field rows each adding up the two or more rows under it; null otherwise. */
  const fieldsOverParts = (first: number): { fields: number[]; parts: Set<number> } | null => {
    const rows: number[] = [];
    for (let r = first; r <= grid.rows.length; r++) {
      const k = looseKey(cleanText(cellText(cellAt(grid, r, fieldCol))));
      if (k === "" || TOTAL_ROW.test(k) || FOOTER.test(k)) break;
      rows.push(r);
    }
    const measured = COUNT_COLUMNS.filter((c) => cols[c] !== undefined);
    const fields: number[] = [];
    const parts = new Set<number>();
    for (let i = 0; i < rows.length;) {
      const own = counts(rows[i]).values;
      if (measured.every((c) => own[c] === 0)) return null;
      const sum = Object.fromEntries(measured.map((c) => [c, 0])) as Record<keyof DossierCounts, number>;
      let j = i + 1;
      for (; j < rows.length; j++) {
        const v = counts(rows[j]).values;
        for (const c of measured) sum[c] += v[c];
        if (measured.some((c) => sum[c] > own[c])) return null;
        if (measured.every((c) => sum[c] === own[c])) break;
      }
      if (j >= rows.length || j - i < 2) return null;
      fields.push(rows[i]);
      for (let p = i + 1; p <= j; p++) parts.add(rows[p]);
      i = j + 1;
    }
    return fields.length >= 2 ? { fields, parts } : null;
  };
  // A PivotTable by field and procedure ("Chứng thực" over "Chứng thực bản sao …", "Chứng thực chữ ký"):
  // each field's row adds up the rows under it, field after field down to the total. The fields are read,
  // the procedures under them not again.
  const procedures = cols.procedure === undefined ? fieldsOverParts(start) : null;
  if (procedures)
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(procedures.fields[0], fieldCol), String(procedures.fields.length), {
        vi: `mỗi lĩnh vực có các dòng thủ tục ngay dưới nó, cộng lại bằng dòng lĩnh vực (dòng ${procedures.fields.join(", ")}): đọc dòng lĩnh vực, không đọc lại các dòng thủ tục.`,
        en: `each field has its procedures' rows under it, adding up to the field's row (rows ${procedures.fields.join(", ")}): the fields are read, their procedures not again.`,
      }),
    );
  const hidden = new Set(grid.hiddenRows);
  /** The shown row of the same block naming field `key`, for a hidden row; null when there is none. */
  const shownTwin = (row: number, key: string): number | null => {
    for (const step of [-1, 1])
      for (let r = row + step; r >= start && r <= grid.rows.length; r += step) {
        const k = looseKey(cleanText(cellText(cellAt(grid, r, fieldCol))));
        if (k === "" || TOTAL_ROW.test(k)) break;
        if (k === key && !hidden.has(r)) return r;
      }
    return null;
  };
  let sectionSpan: { from: IsoDate; to: IsoDate } | null = null;
  let sumBlock: { row: number; label: string; rows: number[] } | null = null;
  // The total row may come first (a "TỔNG CỘNG" line right under the header) or last; it is checked once all fields are read.
  let totalRow: number | null = null;
  // "Cộng" closing each month's block ("Tháng 9/2021" … "Cộng", "Tháng 10/2021" … "Cộng"): checked against its own block.
  let blockStart = 0;
  const totalsOff = (row: number, from: number) => {
    const total = counts(row);
    const sum = (k: keyof DossierCounts) => records.slice(from).reduce((s, r) => s + r[k], 0);
    // A column with a count nobody could read, in the total or a field, cannot be checked.
    const unknown = (k: keyof DossierCounts) => total.unread.has(k) || records.slice(from).some((r) => r.unread?.includes(k));
    // Over several periods, carried over and pending are stocks at a day, never added up: not checked.
    const periods = new Set(records.slice(from).map((r) => `${r.from}/${r.to}`)).size;
    const stock = (k: keyof DossierCounts) => periods > 1 && (k === "carriedOver" || k === "pendingInTime" || k === "pendingOverdue");
    return {
      total,
      sum,
      off: COUNT_COLUMNS.filter((k) => cols[k] !== undefined && total.values[k] !== sum(k) && !unknown(k) && !stock(k)),
    };
  };
  const checkTotal = (row: number) => {
    const block = totalsOff(row, blockStart);
    // The last block's own total, else the whole table's; whichever it is nearer to (a wrong count in the last
    // block is that block's, never every column of the whole table's).
    const whole = block.off.length === 0 || blockStart === 0 ? block : totalsOff(row, 0);
    const { total, sum, off } = whole.off.length < block.off.length ? whole : block;
    for (const k of off) {
      problems.push(
        problem("DOSSIER_TOTAL_MISMATCH", at(row, cols[k]), String(total.values[k]), {
          vi: `dòng tổng cộng ghi ${total.values[k]}, cộng các lĩnh vực được ${sum(k)}`,
          en: `the total row says ${total.values[k]}; the fields add up to ${sum(k)}`,
        }),
      );
    }
  };
  let periodAbove: { text: string; cell: GridCell } = { text: "", cell: null };
  let dayRows = 0;
  const partRows: number[] = [];
  // The header printed again over each block ("Lĩnh vực | Kỳ trước chuyển sang | …"): no field of its own.
  const index = new MergeIndex(grid.merges);
  const headingKeys = new Set<string>();
  for (let r = layout.headerTop; r <= layout.headerBottom; r++) headingKeys.add(looseKey(labelAt(grid, index, r, fieldCol)));
  // The counts' own headings, printed again over the next block: never another table's.
  const countHeadings = new Set<string>();
  for (let r = layout.headerTop; r <= layout.headerBottom; r++)
    for (const k of COUNT_COLUMNS) if (cols[k] !== undefined) countHeadings.add(looseKey(labelAt(grid, index, r, cols[k] as number)));
  const priorNamed = (row: number, label: string): void => {
    problems.push(
      problem("ROW_SKIPPED", at(row, fieldCol), label, {
        vi: `dòng "${label}" là số liệu của năm trước để so sánh, không phải một lĩnh vực của kỳ này: không đọc thành hồ sơ TTHC.`,
        en: `the row "${label}" holds last year's figures for comparison, no field of this period: not read as dossier figures.`,
      }),
    );
  };
  for (let row = start; row <= grid.rows.length; row++) {
    // "(1) | (2) | … | (13)" under a header printed again over the next block: the columns' numbers, no field.
    if (isNumberingRow(grid.rows[row - 1] ?? [])) continue;
    // A field's "Cộng" under its periods: checked against them, never read as a field.
    const sub = subtotals.get(row);
    if (sub !== undefined) {
      const own = records.filter((x) => x.field === sub);
      const total = counts(row).values;
      for (const k of COUNT_COLUMNS)
        if (cols[k] !== undefined && total[k] !== own.reduce((n, x) => n + x[k], 0))
          problems.push(
            problem("DOSSIER_TOTAL_MISMATCH", at(row, cols[k]), String(total[k]), {
              vi: `dòng cộng của lĩnh vực "${sub}" ghi ${total[k]}, cộng các kỳ được ${own.reduce((n, x) => n + x[k], 0)}`,
              en: `the subtotal of "${sub}" says ${total[k]}; its periods add up to ${own.reduce((n, x) => n + x[k], 0)}`,
            }),
          );
      continue;
    }
    // "Hộ tịch" merged down over its months' rows: each of them that field's.
    const fieldText = cleanText(cellText(cellAt(grid, row, fieldCol))) || mergedDown(row);
    const key = looseKey(fieldText);
    if (FOOTER.test(key)) {
      end = row - 1;
      break;
    }
    if (isSamePointLabel(key)) {
      priorNamed(row, fieldText);
      continue;
    }
    // "Hộ tịch" twice, once in a hidden row ("số liệu cũ chưa chốt"): the hidden one is the old figures put away.
    const shown = hidden.has(row) && key !== "" ? shownTwin(row, key) : null;
    if (shown !== null) {
      problems.push(
        problem("ROW_SKIPPED", at(row, fieldCol), fieldText, {
          vi: `dòng ${row} (${fieldText}) bị ẩn, cùng lĩnh vực với dòng ${shown} đang hiện: số liệu cũ, không đọc; dùng dòng ${shown}.`,
          en: `row ${row} (${fieldText}) is hidden, the same field as row ${shown} shown: old figures, not read; row ${shown} is used.`,
        }),
      );
      continue;
    }
    // "Tỷ lệ giải quyết đúng hạn (1.2)" under the fields: the rate of their counts, worked out again from them.
    if (RATE_ROW.test(key)) {
      problems.push(
        problem("ROW_SKIPPED", at(row, fieldCol), fieldText, {
          vi: `dòng "${fieldText}" là tỷ lệ của các số hồ sơ trên, không phải một lĩnh vực: không đọc, tỷ lệ được tính lại từ số hồ sơ.`,
          en: `the row "${fieldText}" is a rate of the counts above, not a field: not read; the rate is worked out from the counts.`,
        }),
      );
      continue;
    }
    // "TT | Việc làm | Thuộc TC | Hạn | Kết quả" under the counts: another table's headings; the counts end above them.
    const headings = COUNT_COLUMNS.filter((k) => {
      const v = cols[k] === undefined ? null : cellAt(grid, row, cols[k] as number);
      return typeof v === "string" && /\p{L}{2}/u.test(v) && !/\d/.test(v) && !countHeadings.has(looseKey(v));
    }).length;
    if (headings >= 2 && records.length > 0) {
      end = row - 1;
      while (end > start && (grid.rows[end - 1] ?? []).every((v) => isBlank(v))) end--;
      break;
    }
    // (Totals the parts are worked out from count too: "Số HS tiếp nhận | Trả KQ" with "Trong đó trực tuyến" blank.)
    const hasCounts = [...COUNT_COLUMNS, ...TOTAL_COLUMNS].some(
      (k) => cols[k] !== undefined && !isBlank(cellAt(grid, row, cols[k] as number)),
    );
    if (!hasCounts) {
      // "I | Lĩnh vực Tư pháp - Hộ tịch" over "Tuần 1 (04/10-10/10)", "Tuần 2 …" in the fields' column: the field of the
      // weeks under it.
      const weeksUnder =
        cols.field !== undefined && daysOfWeekLabel(cleanText(cellText(cellAt(grid, row + 1, fieldCol))), sheetYear) !== null;
      const named =
        cols.field === undefined
          ? FIELD_HEAD.exec(cleanText(rowText(grid, row)))
          : weeksUnder
            ? FIELD_LINE.exec(cleanText(rowText(grid, row)))
            : null;
      if (named) {
        const name = named[1].trim().replace(/\s*:$/, "");
        fieldAbove = name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
        continue;
      }
      // "Tuần 2 (từ 08/11 đến 14/11/2021)" alone on its row: the days of the rows under it. So is "I. QUÝ III/2021"
      // written across from the first column, or "Tháng 10/2021".
      const line = fieldText === "" ? rowText(grid, row) : fieldText;
      const weekOf = periodLineSpan(line, sheetYear) === null ? yearlessWeek(line, sheetYear) : null;
      // "Tu 08/11 den 14/10" between 01–07/11 and 15–21/11: its end slipped a month; read in the start's month, and named.
      if (weekOf?.slipped)
        problems.push(
          problem("BAD_DATE", at(row, fieldCol), line, {
            vi: `"${line}" kết thúc trước khi bắt đầu; đọc là ${formatViDate(weekOf.from)} – ${formatViDate(weekOf.to)} (ngày cuối cùng tháng với ngày đầu), hãy kiểm tra.`,
            en: `"${line}" ends before it starts; read as ${weekOf.from} – ${weekOf.to} (the end in the start's month), check it.`,
          }),
        );
      const span =
        (fieldText === "" ? periodLineSpan(line, sheetYear) : (spanInLine(fieldText) ?? periodLineSpan(fieldText, sheetYear))) ??
        (weekOf === null ? null : { from: weekOf.from, to: weekOf.to });
      if (span) {
        sectionSpan = span;
        sumBlock = null;
      } else if (TOTAL_ROW.test(key) && records.length > 0) sumBlock = { row, label: fieldText, rows: [] };
      continue;
    }
    // The rows under "Cộng tháng 11/2021" add up the blocks above: not read again.
    if (sumBlock && !TOTAL_ROW.test(key) && fieldText !== "") {
      sumBlock.rows.push(row);
      continue;
    }
    if (TOTAL_ROW.test(key)) {
      // "Cộng nhóm Tư pháp" with fields still below it: a subtotal, not the table's end; where it adds up the
      // block above it exactly, the next block starts after it.
      if (records.length > 0 && fieldsBelow(row)) {
        if (records.length > blockStart) {
          // One that adds up neither its block nor all above it is wrong: named, like the table's total.
          const block = totalsOff(row, blockStart);
          const all = blockStart === 0 ? block : totalsOff(row, 0);
          if (block.off.length > 0 && all.off.length > 0) checkTotal(row);
          if (block.off.length <= all.off.length) blockStart = records.length;
        }
        continue;
      }
      if (records.length > 0) {
        checkTotal(row);
        totalRow = null;
        end = row;
        // "Cùng kỳ năm 2020" right under the total: last year's line, named and kept within the table.
        const next = cleanText(cellText(cellAt(grid, row + 1, fieldCol)));
        if (isSamePointLabel(looseKey(next))) {
          priorNamed(row + 1, next);
          end = row + 1;
        }
        break;
      }
      totalRow = row;
      continue;
    }
    // "Cộng tháng 8" in the period column under a month's days or fields: checked against them.
    const totalInPeriod = cols.period !== undefined && !byPeriod ? looseKey(cellText(cellAt(grid, row, cols.period))) : "";
    if (fieldText === "" && records.length > blockStart && TOTAL_ROW.test(totalInPeriod)) {
      checkTotal(row);
      blockStart = records.length;
      continue;
    }
    if (fieldText === "" || procedures?.parts.has(row) || headingKeys.has(key)) continue;
    // "   - Khai sinh" under "1. Hộ tịch": a procedure of the field above, already in its figures: not counted again.
    if (
      /^[-–+•*]\s*\S/.test(fieldText) &&
      records.length > 0 &&
      !/^[-–+•*]/.test(cleanText(cellText(cellAt(grid, records[records.length - 1].source.row, fieldCol))))
    ) {
      partRows.push(row);
      continue;
    }
    // (A field read over its procedures, whose rows are left out, is never also left out as their group.)
    const group = procedures?.fields.includes(row) ? null : groupOf(row);
    if (group) {
      problems.push(
        problem("DOSSIER_COUNT_DERIVED", at(row, fieldCol), fieldText, {
          vi: `dòng nhóm "${fieldText}" là tổng của các dòng ${group[0]}–${group[group.length - 1]} dưới nó: không đọc thành lĩnh vực, để không tính hai lần.`,
          en: `the group row "${fieldText}" adds up rows ${group[0]}–${group[group.length - 1]} under it: not read as a field, so nothing is counted twice.`,
        }),
      );
      continue;
    }
    let from = cols.from ? parseDateCell(mergedAt(row, cols.from), false) : null;
    let to = cols.to ? parseDateCell(mergedAt(row, cols.to), false) : null;
    // "15/10" | "14/11", "15/11/21" | "14/12/21": days typed short, in the title's year; said once.
    if (from?.kind === "bad" && to?.kind === "bad" && cols.from && cols.to) {
      const span = shortSpan(cellText(cellAt(grid, row, cols.from)), cellText(cellAt(grid, row, cols.to)), sheetYear);
      if (span !== null) {
        [from, to] = [
          { kind: "ok", value: span.from },
          { kind: "ok", value: span.to },
        ];
        if (span.assumed && !yearSaid) {
          yearSaid = true;
          problems.push(
            problem("YEAR_ASSUMED", at(row, cols.from), cellText(cellAt(grid, row, cols.from)), {
              vi: `ngày trong cột Từ ngày / Đến ngày không ghi năm; đọc theo năm ${sheetYear} của tiêu đề (dòng ${row} và các dòng như vậy).`,
              en: `the days under Từ ngày / Đến ngày give no year; read in the title's year ${sheetYear}.`,
            }),
          );
        }
      }
    }
    // "14/12/2021 | 01/12/2021" under Từ ngày | Đến ngày: the row's days written the wrong way round; read in order, named.
    // (Within one year: "24/10/2012" after 18/10/2021 is a year typed wrong, named where the days are checked.)
    if (
      from?.kind === "ok" &&
      to?.kind === "ok" &&
      from.value > to.value &&
      from.value.slice(0, 4) === to.value.slice(0, 4) &&
      cols.from !== undefined
    ) {
      problems.push(
        problem("BAD_DATE", at(row, cols.from), `${formatViDate(from.value)} – ${formatViDate(to.value)}`, {
          vi: `dòng ghi từ ngày ${formatViDate(from.value)} đến ngày ${formatViDate(to.value)} (ngày bắt đầu sau ngày kết thúc): đọc là ${formatViDate(to.value)} – ${formatViDate(from.value)}, hãy kiểm tra.`,
          en: `the row runs from ${from.value} to ${to.value} (its start after its end): read as ${to.value} – ${from.value}, check it.`,
        }),
      );
      [from, to] = [to, from];
    }
    // A period column beside the field's ("Kỳ báo cáo": "15/9 - 14/10/2021", "Tháng 10/2021"): each row's own.
    // "Tháng 9/2021" merged down over its fields' rows, or written on the first of them only: each row's under it.
    const ownPeriod = cols.period !== undefined && !byPeriod ? cleanText(cellText(cellAt(grid, row, cols.period))) : "";
    const periodText = byPeriod ? fieldText : ownPeriod !== "" || cols.period === undefined ? ownPeriod : periodAbove.text;
    // A daily log's day, written on the day's first row only: the day of the rows under it too.
    const periodCell = byPeriod
      ? cellAt(grid, row, fieldCol)
      : ownPeriod !== "" && cols.period !== undefined
        ? cellAt(grid, row, cols.period)
        : periodAbove.cell;
    if (ownPeriod !== "" && cols.period !== undefined) periodAbove = { text: ownPeriod, cell: periodCell };
    // "14/12/2021 - 15/09/2021": a span ending before it starts is no period (named below), never its first day.
    const backwards = periodText !== "" && endsBeforeStart(periodText);
    const day = from?.kind === "ok" && to?.kind === "ok" ? null : periodText !== "" && !backwards ? oneDay(periodCell) : null;
    if (day) dayRows++;
    const own =
      from?.kind === "ok" && to?.kind === "ok"
        ? { from: from.value, to: to.value }
        : periodText !== "" && !backwards
          ? (day ??
            monthTyped(periodText) ??
            daySpan(periodText) ??
            spanOf(periodText, null) ??
            daySpanOfYear(periodText, sheetYear) ??
            inYear(periodText, sheetYear))
          : null;
    // "31/11/2021" down a daily log: no such day; its counts go to the title's period, and that is said.
    // So does any period written that cannot be read: never the title's period without a word.
    if (own === null && (byPeriod ? looksLikeDay(periodText) : ownPeriod !== "" && !TOTAL_ROW.test(looseKey(ownPeriod))))
      problems.push(
        problem("BAD_DATE", at(row, byPeriod ? fieldCol : cols.period), periodText, {
          vi: layout.period
            ? `"${periodText}" không đọc được thành ngày hay kỳ: số liệu của dòng ghi theo kỳ của tiêu đề (${formatViDate(layout.period.from)} – ${formatViDate(layout.period.to)}); hãy sửa ngày.`
            : `"${periodText}" không đọc được thành ngày hay kỳ: số liệu của dòng không có kỳ; hãy sửa ngày.`,
          en: layout.period
            ? `"${periodText}" reads as no day or period: the row's counts are filed under the title's period (${layout.period.from} – ${layout.period.to}); fix the day.`
            : `"${periodText}" reads as no day or period: the row's counts have no period; fix the day.`,
        }),
      );
    // A week's row under its field's line: its own days, the field the line's.
    const week = cols.field !== undefined && fieldAbove !== null ? daysOfWeekLabel(fieldText, sheetYear) : null;
    const period = week ?? own ?? sectionSpan ?? layout.period;
    if (!period) missingPeriod = true;
    const { values, printed, unread } = counts(row);
    check(row, values, printed, fieldText, unread.size);
    const sourceText = cols.source ? cleanText(cellText(cellAt(grid, row, cols.source))) : null;
    const record: DossierRecord = {
      // A daily log's "I. LĨNH VỰC HỘ TỊCH" over its days: the field of the days under it.
      field: byPeriod
        ? (fieldAbove ?? layout.field ?? grid.sheet)
        : (cols.field === undefined || week !== null) && fieldAbove !== null
          ? fieldAbove
          : fieldOfStaffRow(fieldText),
      from: period?.from ?? null,
      to: period?.to ?? null,
      ...values,
      ...(unread.size > 0 ? { unread: [...unread] } : {}),
      source: sourceText !== null ? sourceFrom(sourceText, grid.sheet, row) : { file: grid.file, sheet: grid.sheet, row },
    };
    // "Tháng 10/2021 (điều chỉnh)", "… thay cho dòng tháng 10 ở trên": the row corrects an earlier one of its field and period.
    const replaced = correctsRow(grid, row)
      ? records.findIndex((x) => x.field === record.field && x.from === record.from && x.to === record.to)
      : -1;
    if (replaced >= 0) {
      const old = records[replaced].source.row;
      records.splice(replaced, 1);
      problems.push(
        problem("ROW_SKIPPED", at(old, fieldCol), record.field, {
          vi: `dòng ${old} (${record.field}) được thay bằng dòng điều chỉnh ${row} cùng lĩnh vực, cùng kỳ: chỉ đọc dòng điều chỉnh.`,
          en: `row ${old} (${record.field}) is replaced by the correction on row ${row}, same field and period: only the correction is read.`,
        }),
      );
    }
    records.push(record);
  }
  if (totalRow !== null && records.length > 0) checkTotal(totalRow);
  // A log a row per day: each field's month, its days added up.
  if (dayRows >= 2 && dayRows * 2 >= records.length) {
    const months = daysIntoMonths(records, { file: grid.file, sheet: grid.sheet });
    records.splice(0, records.length, ...months.records);
    problems.push(...months.problems);
  }
  if (partRows.length > 0)
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(partRows[0], fieldCol), String(partRows.length), {
        vi: `các dòng thủ tục "- …" (dòng ${partRows.join(", ")}) là chi tiết của lĩnh vực phía trên, đã gồm trong số của lĩnh vực: không cộng thêm.`,
        en: `the procedure rows "- …" (rows ${partRows.join(", ")}) detail the field above them, already in its figures: not added again.`,
      }),
    );
  const block = sumBlock as { row: number; label: string; rows: number[] } | null;
  if (block && block.rows.length > 0)
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(block.row, fieldCol), block.label, {
        vi: `các dòng ${block.rows[0]}–${block.rows[block.rows.length - 1]} dưới "${block.label}" cộng các khối phía trên: không đọc lại, để không tính hai lần.`,
        en: `rows ${block.rows[0]}–${block.rows[block.rows.length - 1]} under "${block.label}" add up the blocks above: not read again, so nothing is counted twice.`,
      }),
    );
  if (cols.procedure !== undefined) {
    const merged = perField(records);
    if (merged.length < records.length) {
      const said = merged
        .filter((m) => m.rows.length > 1)
        .map((m) => `${m.record.field} (${m.rows.length} dòng: ${m.rows.join(", ")})`)
        .join("; ");
      problems.push(
        problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop, cols.procedure), said, {
          vi: `bảng ghi mỗi thủ tục một dòng: các thủ tục cùng lĩnh vực được cộng thành một dòng của lĩnh vực: ${said}.`,
          en: `the table has a row per procedure: the procedures of one field were added into the field's row: ${said}.`,
        }),
      );
      records.splice(0, records.length, ...merged.map((m) => m.record));
    }
  }
  if (layout.periodConflict && records.length > 0)
    problems.push(
      problem("PERIOD_CONFLICT", at(layout.headerTop, undefined), layout.periodConflict.title, {
        vi: `tiêu đề ghi kỳ ${layout.periodConflict.title} nhưng sheet tên "${layout.periodConflict.tab}": số liệu ghi theo tháng của tên sheet (${formatViDate(records[0].from as IsoDate)} – ${formatViDate(records[0].to as IsoDate)}); hãy sửa tiêu đề nếu sheet được chép từ tháng trước.`,
        en: `the title gives the period ${layout.periodConflict.title} but the sheet is named "${layout.periodConflict.tab}": the figures are filed under the sheet name's month; fix the title if the sheet was copied from last month.`,
      }),
    );
  if (missingPeriod) {
    problems.push(
      problem("READING_WITHOUT_PERIOD", at(layout.headerTop, undefined), grid.sheet, {
        vi: 'bảng thống kê hồ sơ không ghi kỳ số liệu (cần dòng "Từ ngày … đến ngày …" ở tiêu đề hoặc cột Từ ngày, Đến ngày)',
        en: 'the dossier table names no period (a "Từ ngày … đến ngày …" line above it, or Từ ngày and Đến ngày columns)',
      }),
    );
  }
  return { records, problems, end };
}

/** A row's period that is one day (a daily log's "01/12/2021"): that day alone. */
/** "09/2021" typed in a column of months: that month. */
function monthTyped(text: string): { from: IsoDate; to: IsoDate } | null {
  const month = monthYearText(text);
  return month === null ? null : { from: `${month.due.slice(0, 8)}01` as IsoDate, to: month.due };
}

function looksLikeDay(text: string): boolean {
  return /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}$/.test(text.trim());
}

function oneDay(cell: GridCell): { from: IsoDate; to: IsoDate } | null {
  // (Only a date, or a day typed in full: "Tháng 10/2021" is a month, read as one below.)
  if (typeof cell === "string" && !looksLikeDay(cell)) return null;
  if (typeof cell === "number") return null;
  const d = parseDateCell(cell, false);
  return d?.kind === "ok" ? { from: d.value, to: d.value } : null;
}

/** Records of one field and period added up (a row per procedure), in the order their fields first come. */
function perField(records: readonly DossierRecord[]): Array<{ record: DossierRecord; rows: number[] }> {
  const groups = new Map<string, { record: DossierRecord; rows: number[] }>();
  for (const r of records) {
    const key = `${looseKey(r.field)}\u0000${r.from}\u0000${r.to}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { record: { ...r }, rows: [r.source.row] });
      continue;
    }
    for (const k of COUNT_COLUMNS) g.record[k] += r[k];
    g.rows.push(r.source.row);
  }
  return [...groups.values()];
}

/** Nguồn of a row in the master's own Hồ sơ TTHC: "file › sheet › row N", or "" for a row typed there. */
function sourceFrom(label: string, sheet: string, row: number): DossierRecord["source"] {
  if (label === "") return { file: "", sheet, row };
  const [file, from, place] = label.split(" › ");
  return { file, sheet: from ?? "", row: Number((place ?? "").replace(/\D/g, "")) || row };
}

/** Whether a text's two full days ("14/12/2021 - 15/09/2021") run backwards. */
function endsBeforeStart(text: string): boolean {
  const m =
    /(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})\s*(?:-|–|—|đến|den|tới)\s*(?:ngày\s*)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})/iu.exec(
      text,
    );
  const a = m ? findDate(withFullYear(m[1])) : null;
  const b = m ? findDate(withFullYear(m[2])) : null;
  return a !== null && b !== null && b < a;
}

const withFullYear = (d: string): string => d.replace(/([/.-]\s*)(\d{2})$/, "$120$2");

/** "Tuần 2 (từ 08/11 đến 14/11/2021)", "Đợt 1: 01/11 - 15/11/2021": the days a section line gives. */
/**
 * "I. QUÝ III/2021 (Từ 15/6/2021 đến 14/9/2021)", "Tháng 10/2021", "Tháng 12/2021 (đến ngày 14/12)": a section
 * line inside a dossier table, the days of the rows under it (the days it says, else its period's, so far where it says so).
 */
function periodLineSpan(text: string, year: number | null): { from: IsoDate; to: IsoDate } | null {
  if (text === "" || text.length > 100) return null;
  // "(Từ ngày 10/5 đến 31/5/2021 tạm dừng tiếp nhận hồ sơ trực tiếp …)": a remark in brackets, saying more after its
  // days, is a note on the rows, never the next block's period.
  if (/^\s*\(/.test(text) && /\d\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s+\p{L}{2,}(?:\s+\p{L}+){2,}/u.test(text)) return null;
  // "II. QUÝ II - Kỳ báo cáo: từ ngày 15/3/2021 đến ngày 14/6/2021": the days it says, wherever in the line.
  const said = spanInLine(text) ?? daySpanIn(text);
  if (said) return said;
  const m = /^(?:(?:[IVX]{1,4}|[A-H]|\d{1,2})[.)]\s+)?(.*?)(?:\s*\(([^()]*)\))?\s*$/u.exec(text.trim());
  const p = m ? parsePeriod(m[1]) : null;
  if (!m || !p || p.kind === "day") return null;
  const y = p.year ?? year;
  if (y === null) return null;
  const [from, end] = [periodStart(p, y), periodEnd(p, y)];
  const so = m[2] ? /(?:đến|den)\s+(?:(?:hết\s+)?(?:ngày|ngay)\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})/iu.exec(m[2]) : null;
  const day = so ? isoDate(y, Number(so[2]), Number(so[1])) : null;
  return { from, to: day !== null && day >= from && day <= end ? day : end };
}

// "Từ 01/11 đến 07/11", "Tuần 1 (04/10-10/10)", "Từ ngày 04/10 đến ngày 10/10": a week's days with no year.
const YEARLESS_SPAN =
  /(?:^|[\s(])(?:(?:từ|tu)\s+)?(?:(?:ngày|ngay)\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*(?:đến|den|-|–|—)\s*(?:(?:ngày|ngay)\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*\)?\s*$/iu;

// "04-10/10", "25-31/10": a week's first and last days of one month.
const DAYS_OF_MONTH = /^(?:(?:từ|tu)\s+)?(\d{1,2})\s*[-–]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})$/iu;

/**
 * A section line's days typed without a year, in the sheet's year. One whose end falls before its start by the
 * month alone ("08/11 đến 14/10") is read with its end in the start's month, and `slipped` says so.
 */
function yearlessWeek(text: string, year: number | null): { from: IsoDate; to: IsoDate; slipped: boolean } | null {
  const days = year === null || text.length > 60 ? null : DAYS_OF_MONTH.exec(cleanText(text));
  if (days) {
    const [from, to] = [
      isoDate(year as number, Number(days[3]), Number(days[1])),
      isoDate(year as number, Number(days[3]), Number(days[2])),
    ];
    return from !== null && to !== null && from <= to ? { from, to, slipped: false } : null;
  }
  const m = year === null || text.length > 60 ? null : YEARLESS_SPAN.exec(cleanText(text));
  if (!m) return null;
  const [d1, m1, d2, m2] = [m[1], m[2], m[3], m[4]].map(Number);
  const from = isoDate(year as number, m1, d1);
  // December into January: the end is the next year's.
  const to = isoDate(m2 < m1 && m1 === 12 && m2 === 1 ? (year as number) + 1 : (year as number), m2, d2);
  if (from === null || to === null) return null;
  if (from <= to) return { from, to, slipped: false };
  const fixed = isoDate(year as number, m1, d2);
  return fixed !== null && fixed >= from ? { from, to: fixed, slipped: true } : null;
}

// "I | Lĩnh vực Tư pháp - Hộ tịch", "1. Linh vuc Ho tich:": a field's line, its name.
const FIELD_LINE = /^(?:[IVX]{1,4}|\d{1,2}|[A-Z])?[.)]?\s*l[iĩ]nh\s+v[uự]c\s*:?\s*(.{2,60}?)\s*:?$/iu;

/**
 * A week's or a few days' span written as a row's or a band's name ("Tuần 1 (04/10-10/10)", "Từ 04/10 đến 10/10/2021",
 * "04-10/10", "Tuần 1 T11"), in the sheet's year where it writes none; null otherwise.
 */
export function daysOfWeekLabel(text: string, year: number | null): { from: IsoDate; to: IsoDate } | null {
  // "Tuần 1 T11": a month's first seven days, as "T1/11" is read.
  const named = text.length <= 20 && year !== null ? parsePeriod(text) : null;
  if (named?.kind === "day" && named.from && named.day !== undefined) {
    const [from, to] = [isoDate(year as number, named.from.month, named.from.day), isoDate(year as number, named.index, named.day)];
    if (from !== null && to !== null) return { from, to };
  }
  if (text === "" || text.length > 60 || !/\d{1,2}\s*[/.-]\s*\d{1,2}/.test(text)) return null;
  const week = yearlessWeek(text, year);
  return spanInLine(text) ?? daySpanIn(text) ?? (week === null || week.slipped ? null : { from: week.from, to: week.to });
}

function spanInLine(text: string): { from: IsoDate; to: IsoDate } | null {
  if (text.length > 80) return null;
  const inBrackets = /\(([^()]+)\)/.exec(text)?.[1];
  const afterLabel = text.replace(/^(?:tuần|đợt|kỳ|giai đoạn)\s*\d{1,2}\s*[:\-–]?\s*/iu, "");
  return daySpan(text) ?? (inBrackets ? daySpan(inBrackets) : null) ?? (afterLabel !== text ? daySpan(afterLabel) : null);
}

// "Đ/c Ninh Công Trứ - Hộ tịch", "Chị Lan – Chứng thực": a desk counted per official, the field after the dash.
const STAFF_AND_FIELD = /^(?:đ\/c|đ\.c|đồng chí|anh|chị|ông|bà|cc|công chức)\s+\p{Lu}[\p{L} ]{1,40}?\s+[-–—:]\s+(\p{L}.{1,60})$/iu;

/** A row's texts joined: a line written in whichever column. */
function rowText(grid: Grid, row: number): string {
  return filledTexts(grid, row).join(" ");
}

// "(điều chỉnh)", "điều chỉnh lại số liệu", "thay cho dòng …", "sửa lại số liệu": a correction of a row above.
const CORRECTION = /\b(?:dieu chinh|thay cho dong|thay the dong|sua lai so lieu)\b/;

function correctsRow(grid: Grid, row: number): boolean {
  return (grid.rows[row - 1] ?? []).some((v) => typeof v === "string" && v.length < 300 && CORRECTION.test(looseKey(v)));
}

/** A row's field without the official's name before it (the report names fields, never people). */
export function fieldOfStaffRow(text: string): string {
  const m = STAFF_AND_FIELD.exec(text);
  if (!m) return text;
  const field = m[1].trim();
  return fieldInWords(field);
}
