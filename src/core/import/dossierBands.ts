import { IsoDate, addDays, isoDate } from "../dates/isoDate";
import { findDate } from "../dates/deadline";
import { DossierCounts, DossierRecord } from "../summary/dossiers";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { COUNT_COLUMNS, DossierColumn, TOTAL_ROW, dossierColumnOf, fieldOfStaffRow, periodOf, daysOfWeekLabel } from "./dossiers";
import { Grid, cellAt, cellText, columnName, formatAt, isBlank, isGridDate, titleYear } from "./grid";
import { ymd } from "../dates/isoDate";
import { MergeIndex } from "./mergeIndex";
import { parseCountCell } from "./values";
import { isTotalLabel, parsePeriod, periodEnd, periodStart } from "./periods";

/**
 * Dossier counts by place (a row per hamlet, "Thôn Đông Yên" …) with the fields as bands of columns
 * ("HỘ TỊCH" over "Tiếp nhận mới: Trực tuyến | Trực tiếp", "Đã giải quyết: Trước hạn | Đúng hạn | Quá
 * hạn", then "ĐẤT ĐAI" over the same): one record per field, from the "Cộng" row (the places added
 * up where there is none). Counts the table does not give (carried over, pending) are 0, and said.
 */
export interface DossierBands {
  headerTop: number;
  headerBottom: number;
  /**
   * A band per field; or, where each band names a week ("Tuần 1 (29/11-05/12)") over the same counts with the fields
   * down the rows, a band per week, its days in `span`.
   */
  bands: Array<{ field: string; columns: Partial<Record<DossierColumn, number>>; span?: { from: IsoDate; to: IsoDate } }>;
  labelCol: number;
  period: { from: IsoDate; to: IsoDate } | null;
  /** Bands adding up the others ("Quý III" beside its months, "Lũy kế 9 tháng", "Cộng"): not read, said. */
  sums?: string[];
  /** What each band across is: a week, or a month or quarter ("kỳ"). */
  unit?: "tuần" | "kỳ";
}

const SCAN_ROWS = 30;

export function findDossierBands(grid: Grid): DossierBands | null {
  const index = new MergeIndex(grid.merges);
  for (let top = 1; top <= Math.min(grid.rows.length, SCAN_ROWS); top++) {
    const wide = grid.merges.filter((m) => m.top === top && m.bottom === top && m.right - m.left >= 2);
    if (wide.length < 2) continue;
    for (let bottom = top + 1; bottom <= Math.min(top + 2, grid.rows.length); bottom++) {
      const bands = wide.map((m) => {
        const columns: Partial<Record<DossierColumn, number>> = {};
        for (let c = m.left; c <= m.right; c++) {
          const parts: string[] = [];
          for (let r = top + 1; r <= bottom; r++) {
            const at = index.at(r, c);
            const t = cleanText(cellText(at ? cellAt(grid, at.top, at.left) : cellAt(grid, r, c)));
            if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
          }
          const col = dossierColumnOf(parts.join(" "));
          if (col && columns[col] === undefined) columns[col] = c;
        }
        // "LĨNH VỰC HỘ TỊCH" over its counts: the field by its name ("Lĩnh vực" alone heads a column of fields).
        const named = cleanText(cellText(cellAt(grid, top, m.left)));
        const field = /^(?:lĩnh vực|linh vuc)\s+\p{L}/iu.test(named) ? named.replace(/^\S+\s+\S+\s+/u, "") : named;
        return { field, columns };
      });
      // (All received with the online ones among them, "Nhận | Trực tuyến", as well as online and in person apart.)
      // (Or all received alone, "Tiếp nhận | Đã giải quyết | Trong đó đúng hạn | Trễ hạn": the ways in are not told apart.)
      const full = (b: { columns: Partial<Record<DossierColumn, number>> }) =>
        (b.columns.online !== undefined || b.columns.newTotal !== undefined) &&
        (b.columns.inPerson !== undefined || b.columns.newTotal !== undefined) &&
        (b.columns.onTime !== undefined || b.columns.early !== undefined || b.columns.resolvedTotal !== undefined) &&
        b.columns.late !== undefined;
      if (bands.filter(full).length < 2 || bands.some((b) => b.field === "" || dossierColumnOf(b.field) !== null)) continue;
      const labelCol = Math.min(...wide.map((m) => m.left)) - 1;
      if (labelCol < 1) continue;
      const span = periodOf(grid, top - 1);
      // "Tuần 1 (29/11-05/12) | Tuần 2 (06/12-12/12)" over the counts, in the title's year: the weeks across.
      const year = span !== null ? ymd(span.to).y : titleYear(grid, top);
      // ("Cộng T10" among the weeks: their sum, not read again.)
      // "Quý I/2021 | Quý II/2021 | Lũy kế 9 tháng", "Tháng 01 | Tháng 02 | Cộng quý I": months or quarters across, the same.
      const weekSpans = bands.map((b) => daysOfWeekLabel(b.field, year));
      const spans = weekSpans.map((w, i) => w ?? periodBand(bands[i].field, year));
      const unit = weekSpans.some((w, i) => w === null && spans[i] !== null) ? "kỳ" : "tuần";
      // "Quý III" beside "Tháng 7 | Tháng 8 | Tháng 9": the months added up, never read again (a record would count twice).
      const holds = (i: number) =>
        spans.some((o, j) => {
          const s = spans[i];
          return j !== i && s !== null && o !== null && s.from <= o.from && o.to <= s.to && (s.from !== o.from || s.to !== o.to);
        });
      const weeks = spans.map((w, i) => (holds(i) ? null : w));
      const sums = bands.map(
        (b, i) => holds(i) || TOTAL_ROW.test(looseKey(b.field)) || isTotalLabel(b.field) || RUNNING.test(looseKey(b.field)),
      );
      if (weeks.filter((w) => w !== null).length >= 2 && weeks.every((w, i) => w !== null || sums[i]))
        return {
          headerTop: top,
          headerBottom: bottom,
          bands: bands.flatMap((b, i) =>
            full(b) && weeks[i] !== null ? [{ ...b, span: weeks[i] as { from: IsoDate; to: IsoDate } }] : [],
          ),
          labelCol,
          period: span,
          sums: bands.filter((_, i) => sums[i]).map((b) => b.field),
          unit,
        };
      // Fields as bands with places down read their ways in apart ("Trực tuyến | Trực tiếp"); only with the weeks down
      // may a band give all received alone.
      const found: DossierBands = { headerTop: top, headerBottom: bottom, bands: bands.filter(full), labelCol, period: span };
      if (weeksDown(grid, found) !== null) return found;
      const strict = bands.filter((b) => full(b) && b.columns.online !== undefined && b.columns.inPerson !== undefined);
      if (strict.length < 2) continue;
      return { ...found, bands: strict };
    }
  }
  return null;
}

// "Dịch vụ công trực tuyến mức độ 3, 4", "Trong đó: trực tuyến": counted across the fields, no field.
const NOT_A_FIELD = /^(?:dich vu cong|dvc|trong do|ho so truc tuyen|truc tuyen)\b/;

// "Lũy kế 9 tháng", "Cộng quý I", "Cả quý": the bands before it added up, never a period of their own to read again.
const RUNNING = /^(?:luy ke|cong don|cong|tong cong|ca quy|ca nam)\b/;

/** "Quý I/2021", "Tháng 01", "6 tháng đầu năm": a period's band of counts, its days by the calendar (the year the title's). */
function periodBand(label: string, year: number | null): { from: IsoDate; to: IsoDate } | null {
  if (label.length > 40 || RUNNING.test(looseKey(label))) return null;
  const p = parsePeriod(label);
  const y = p?.year ?? year;
  if (p === null || y === null || p.kind === "year") return null;
  // "Tháng 12/2021 (đến ngày 14/12)": the month so far, from its first day to the day it says.
  if (p.kind === "day") {
    const to = p.within && p.within.kind !== "year" ? isoDate(y, p.index, p.day ?? 0) : null;
    return p.within && to !== null ? { from: periodStart({ ...p.within, year: y }, y), to } : null;
  }
  return { from: periodStart(p, y), to: periodEnd(p, y) };
}

/**
 * A band's count at a row and column, 0 where blank; a cell whose words give no count ("chưa tổng hợp", "#VALUE!") is
 * 0 too, named once in Kiểm tra, never taken as a count silently.
 */
function countReader(grid: Grid, problems: Problem[]): (r: number, c: number | undefined) => number {
  const named = new Set<string>();
  return (r, c) => {
    if (c === undefined) return 0;
    const n = parseCountCell(cellAt(grid, r, c));
    if (n.kind === "bad" && !named.has(`${r}:${c}`)) {
      named.add(`${r}:${c}`);
      problems.push(
        problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row: r, column: columnName(c) }, n.text, {
          vi: `ô ghi "${n.text}", không phải số hồ sơ: tính là 0, hãy ghi số.`,
          en: `the cell says "${n.text}", no count of dossiers: counted as 0, write the figure.`,
        }),
      );
    }
    // "1.5" or "-1" where dossiers are counted: no count of dossiers either; kept as written, and named.
    if (n.kind === "ok" && (!Number.isInteger(n.value) || n.value < 0) && !named.has(`${r}:${c}`)) {
      named.add(`${r}:${c}`);
      problems.push(
        problem("BAD_NUMBER", { file: grid.file, sheet: grid.sheet, row: r, column: columnName(c) }, String(n.value), {
          vi: `ô ghi ${String(n.value).replace(".", ",")}, số hồ sơ phải là số nguyên không âm: giữ như đã ghi, hãy kiểm tra.`,
          en: `the cell says ${n.value}; a count of dossiers is a whole number, not negative: kept as written, check it.`,
        }),
      );
    }
    return n.kind === "ok" ? n.value : 0;
  };
}

/** A table's rows by their label down to its total row ("Cộng", "Tổng số"), which ends it; a blank label after rows too. */
export function rowsToTotal(grid: Grid, first: number, labelCol: number): { rows: number[]; total: number | null } {
  const rows: number[] = [];
  for (let r = first; r <= grid.rows.length; r++) {
    const label = looseKey(cellText(cellAt(grid, r, labelCol)));
    if (label === "") {
      if (rows.length > 0) break;
      continue;
    }
    if (TOTAL_ROW.test(label)) return { rows, total: r };
    rows.push(r);
  }
  return { rows, total: null };
}

export function readDossierBands(grid: Grid, layout: DossierBands): { records: DossierRecord[]; problems: Problem[] } {
  if (layout.bands.every((b) => b.span !== undefined)) return readWeekBands(grid, layout);
  const weeks = weeksDown(grid, layout);
  if (weeks !== null) return readFieldBandsByWeek(grid, layout, weeks);
  const problems: Problem[] = [];
  const { rows, total } = rowsToTotal(grid, layout.headerBottom + 1, layout.labelCol);
  const count = countReader(grid, problems);
  const from = total !== null ? [total] : rows;
  const records = layout.bands.map((b): DossierRecord => {
    const counts = Object.fromEntries(
      COUNT_COLUMNS.map((k) => [k, from.reduce((s, r) => s + count(r, b.columns[k]), 0)]),
    ) as unknown as DossierCounts;
    return {
      field: b.field,
      from: layout.period?.from ?? null,
      to: layout.period?.to ?? null,
      ...counts,
      source: { file: grid.file, sheet: grid.sheet, row: total ?? rows[0] ?? layout.headerBottom + 1 },
    };
  });
  const missing = COUNT_COLUMNS.filter((k) => layout.bands.every((b) => b.columns[k] === undefined));
  const fields = layout.bands.map((b) => b.field).join(", ");
  problems.push(
    problem("DOSSIER_COUNT_DERIVED", { file: grid.file, sheet: grid.sheet, row: total ?? layout.headerTop }, fields, {
      vi: `bảng số hồ sơ theo nơi (mỗi dòng một nơi), mỗi lĩnh vực một khối cột (${fields}): mỗi lĩnh vực một dòng, lấy theo ${total !== null ? `dòng Cộng (dòng ${total})` : `tổng các dòng ${rows.join(", ")}`}${missing.length > 0 ? `; bảng không ghi ${missing.map(missingName).join(", ")}, tính là 0` : ""}.`,
      en: `dossiers by place, a band of columns per field (${fields}): one record per field, from ${total !== null ? `the total row (${total})` : "the places added up"}${missing.length > 0 ? `; the table gives no ${missing.join(", ")}, counted as 0` : ""}.`,
    }),
  );
  if (layout.period === null)
    problems.push(
      problem("READING_WITHOUT_PERIOD", { file: grid.file, sheet: grid.sheet, row: layout.headerTop }, grid.sheet, {
        vi: 'bảng thống kê hồ sơ không ghi kỳ số liệu (cần dòng "Từ ngày … đến ngày …" ở tiêu đề)',
        en: "the dossier table names no period",
      }),
    );
  return { records, problems };
}

/**
 * The fields down the rows, a band of counts per week across: a record per field and week. A week's band left blank
 * ("Tuần 3 chưa tổng hợp") gives none, and is said; pending dossiers not split by the day promised count as in time,
 * and the total row is checked against the fields week by week.
 */
function readWeekBands(grid: Grid, layout: DossierBands): { records: DossierRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const listed = rowsToTotal(grid, layout.headerBottom + 1, layout.labelCol);
  const total = listed.total;
  // "Dịch vụ công trực tuyến mức độ 3, 4" among the fields: a way in counted across them, no field of its own; said.
  const notFields: number[] = [];
  const cols = layout.bands.flatMap((b) => Object.values(b.columns));
  const rows = listed.rows.filter((r, i) => {
    const label = cleanText(cellText(cellAt(grid, r, layout.labelCol)));
    // "I | Tư pháp - Hộ tịch" with no count in any band, over the fields numbered 1, 2: a group of fields, no field.
    if (groupOfFields(grid, r, layout.labelCol, cols, listed.rows[i + 1])) {
      problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r, column: columnName(layout.labelCol) }, label, {
          vi: `dòng "${label}" là nhóm của các lĩnh vực bên dưới (không ghi số hồ sơ): không đọc thành một lĩnh vực.`,
          en: `the row "${label}" groups the fields under it (no counts of its own): not read as a field.`,
        }),
      );
      return false;
    }
    if (!NOT_A_FIELD.test(looseKey(label))) return true;
    problems.push(
      problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: r, column: columnName(layout.labelCol) }, label, {
        vi: `dòng "${label}" không phải một lĩnh vực (số hồ sơ tính chung qua các lĩnh vực): không đọc thành số hồ sơ, không cộng vào tổng.`,
        en: `the row "${label}" is no field (dossiers counted across the fields): not read, not added to the total.`,
      }),
    );
    notFields.push(r);
    return false;
  });
  const unit = layout.unit ?? "tuần";
  const at = (row: number, col?: number) => ({
    file: grid.file,
    sheet: grid.sheet,
    row,
    column: col === undefined ? null : columnName(col),
  });
  const count = countReader(grid, problems);
  const records: DossierRecord[] = [];
  for (const b of layout.bands) {
    const cols = Object.values(b.columns);
    if (rows.every((r) => cols.every((c) => isBlank(cellAt(grid, r, c))))) {
      problems.push(
        problem("ROW_SKIPPED", at(layout.headerTop, Math.min(...cols)), b.field, {
          vi: `khối cột "${b.field}" để trống: chưa có số liệu ${unit} này, không đọc.`,
          en: `the band "${b.field}" is blank: no figures for that week yet, not read.`,
        }),
      );
      continue;
    }
    const pendingAsInTime = b.columns.pendingInTime === undefined ? b.columns.pendingTotal : undefined;
    const own = (r: number) => bandCounts(b, r, count);
    const first = records.length;
    for (const r of rows) {
      const off = resolvedOff(grid, r, b, own(r), count);
      if (off !== null) problems.push(off);
    }
    for (const r of rows)
      records.push({
        field: fieldOfStaffRow(cleanText(cellText(cellAt(grid, r, layout.labelCol)))),
        from: b.span?.from ?? null,
        to: b.span?.to ?? null,
        ...own(r),
        source: { file: grid.file, sheet: grid.sheet, row: r },
      });
    if (total === null) continue;
    const printed = own(total);
    for (const k of COUNT_COLUMNS) {
      const sum = records.slice(first).reduce((n, x) => n + x[k], 0);
      const col = k === "pendingInTime" ? (b.columns.pendingInTime ?? pendingAsInTime) : b.columns[k];
      // (A total that added the row no field in too is the official's sum, not a mismatch.)
      const withRest = sum + notFields.reduce((n, r) => n + own(r)[k], 0);
      if (col !== undefined && printed[k] !== sum && printed[k] !== withRest)
        problems.push(
          problem("DOSSIER_TOTAL_MISMATCH", at(total, col), String(printed[k]), {
            vi: `dòng tổng cộng của "${b.field}" ghi ${printed[k]}, cộng các lĩnh vực được ${sum}`,
            en: `the total row of "${b.field}" says ${printed[k]}; the fields add up to ${sum}`,
          }),
        );
    }
  }
  waysInUnsplit(grid, layout, problems);
  // "Cộng quý III" over the same counts after the months: their sum (its columns said), never read again.
  if (layout.sums !== undefined && layout.sums.length > 0) {
    const named = layout.sums.map((label) => {
      const merge = grid.merges.find((m) => m.top === layout.headerTop && cleanText(cellText(cellAt(grid, m.top, m.left))) === label);
      return merge ? `"${label}" (các cột ${columnName(merge.left)}–${columnName(merge.right)})` : `"${label}"`;
    });
    problems.push(
      problem("ROW_SKIPPED", at(layout.headerTop), layout.sums.join(", "), {
        vi: `khối cột ${named.join(", ")} cộng các ${unit} bên cạnh (hoặc lũy kế): không đọc để khỏi tính hai lần.`,
        en: `the bands ${layout.sums.map((x) => `"${x}"`).join(", ")} add up the others (or run to date): not read, so nothing counts twice.`,
      }),
    );
  }
  const weeks = layout.bands.map((b) => b.field).join(", ");
  const split = layout.bands.some((b) => b.columns.pendingInTime === undefined && b.columns.pendingTotal !== undefined);
  problems.push(
    problem("DOSSIER_COUNT_DERIVED", at(layout.headerTop), weeks, {
      vi: `bảng số hồ sơ theo lĩnh vực (mỗi dòng một lĩnh vực), mỗi ${unit} một khối cột (${weeks}): mỗi lĩnh vực, mỗi ${unit} một dòng${split ? "; hồ sơ đang giải quyết không chia trong hạn, quá hạn: tính là trong hạn" : ""}${notGiven(layout).vi}.`,
      en: `dossiers by field, a band of columns per week (${weeks}): one record per field and week${split ? "; pending dossiers not split by the day promised count as in time" : ""}${notGiven(layout).en}.`,
    }),
  );
  return { records, problems };
}

/**
 * One band's counts on a row, those the band does not give worked out from those it does: pending not split by the day
 * promised counted as in time, the rest of all received ("Tổng số HS nhận | Trong đó trực tuyến") in person, the rest
 * of all resolved ("Đã giải quyết | Trong đó quá hạn") in time.
 */
function bandCounts(
  b: { columns: Partial<Record<DossierColumn, number>> },
  r: number,
  count: (r: number, c: number | undefined) => number,
): DossierCounts {
  const counts = Object.fromEntries(COUNT_COLUMNS.map((k) => [k, count(r, b.columns[k])])) as unknown as DossierCounts;
  if (b.columns.pendingInTime === undefined) counts.pendingInTime = count(r, b.columns.pendingTotal);
  if (b.columns.inPerson === undefined) counts.inPerson = Math.max(0, count(r, b.columns.newTotal) - counts.online);
  if (b.columns.onTime === undefined && b.columns.early === undefined && b.columns.resolvedTotal !== undefined)
    counts.onTime = Math.max(0, count(r, b.columns.resolvedTotal) - counts.late);
  return counts;
}

/**
 * A row naming a group of fields ("I | Tư pháp - Hộ tịch"): no count in any band, its mark no field's number (a Roman
 * numeral, a letter or none), the next row counted.
 */
function groupOfFields(grid: Grid, r: number, labelCol: number, cols: readonly number[], next: number | undefined): boolean {
  if (!cols.every((c) => isBlank(cellAt(grid, r, c)))) return false;
  const mark = labelCol > 1 ? cellText(cellAt(grid, r, labelCol - 1)).trim() : "";
  if (/^\d{1,3}[.)]?$/.test(mark)) return false;
  return next !== undefined && cols.some((c) => !isBlank(cellAt(grid, next, c)));
}

/** The counts no band gives ("Đang giải quyết", "Trả lại"), written as 0: said after a table's own words. */
function notGiven(layout: DossierBands): { vi: string; en: string } {
  const given = (k: DossierColumn) => layout.bands.some((b) => b.columns[k] !== undefined);
  const missing = COUNT_COLUMNS.filter(
    (k) =>
      !given(k) &&
      !(k === "inPerson" && given("newTotal")) &&
      !(k === "pendingInTime" && given("pendingTotal")) &&
      !(k === "onTime" && (given("early") || given("resolvedTotal"))),
  );
  return missing.length === 0
    ? { vi: "", en: "" }
    : {
        vi: `; bảng không ghi ${missing.map(missingName).join(", ")}: tính là 0`,
        en: `; the table gives no ${missing.join(", ")}: counted as 0`,
      };
}

type WeekRow = { row: number; label: string; span: { from: IsoDate; to: IsoDate } | null };

/** Whether the rows under the fields' bands are weeks or months ("Tuần 1", "Tháng 7"), each a record per field. */
export function periodsDown(grid: Grid, layout: DossierBands): boolean {
  return layout.bands.every((b) => b.span === undefined) && weeksDown(grid, layout) !== null;
}

/**
 * The rows' labels as weeks ("Tuan 1 T11", "Tuần 2 (08/11-14/11)") down to the table's end, a total's row ("Cộng T11")
 * passed over: each row a week of every field's band. A row with counts whose label reads as no week is kept without
 * its days (to be said, never read); a row of words alone ends the table. Null where fewer than two rows are weeks.
 */
function weeksDown(grid: Grid, layout: DossierBands): WeekRow[] | null {
  const year = layout.period !== null ? ymd(layout.period.to).y : titleYear(grid, layout.headerTop);
  const cols = layout.bands.flatMap((b) => Object.values(b.columns));
  const rows: WeekRow[] = [];
  for (let r = layout.headerBottom + 1; r <= grid.rows.length; r++) {
    const label = cleanText(cellText(cellAt(grid, r, layout.labelCol)));
    if (label === "") {
      if ((grid.rows[r - 1] ?? []).every((v) => isBlank(v))) break;
      continue;
    }
    if (TOTAL_ROW.test(looseKey(label))) continue;
    const span = daysOfWeekLabel(label, year) ?? monthOfRow(grid, r, layout.labelCol, label, year) ?? daysBetween(grid, r, layout.labelCol);
    if (span === null && cols.every((c) => isBlank(cellAt(grid, r, c)))) break;
    rows.push({ row: r, label, span });
  }
  return rows.filter((w) => w.span !== null).length >= 2 ? rows : null;
}

/**
 * "Từ ngày | Đến ngày" before the bands ("04/10/2021 | 10/10/2021"): the row's own days, the label's column its last
 * day, the one before it its first; a span of a week to a quarter. Null where the two are no such days.
 */
function daysBetween(grid: Grid, r: number, col: number): { from: IsoDate; to: IsoDate } | null {
  if (col < 2) return null;
  const dayAt = (c: number): IsoDate | null => {
    const v = cellAt(grid, r, c);
    if (isGridDate(v)) return v.date;
    return typeof v === "string" && /^\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*$/.test(v) ? findDate(v) : null;
  };
  const [from, to] = [dayAt(col - 1), dayAt(col)];
  if (from === null || to === null || from > to || addDays(from, 92) < to) return null;
  return { from, to };
}

/**
 * "Tháng 7", "T9/2021", a date shown as "08/2021" in the label's column: the month (or quarter) the row counts, by the
 * calendar, the year the title's where the label gives none. A day shown in full is no month: null.
 */
function monthOfRow(grid: Grid, r: number, col: number, label: string, year: number | null): { from: IsoDate; to: IsoDate } | null {
  const v = cellAt(grid, r, col);
  if (isGridDate(v)) {
    const shown = formatAt(grid, r, col) ?? "";
    if (/d/i.test(shown) || !/m/i.test(shown)) return null;
    const { y, m } = ymd(v.date);
    const p = { kind: "month" as const, index: m, year: y };
    return { from: periodStart(p, y), to: periodEnd(p, y) };
  }
  const p = label.length <= 20 ? parsePeriod(label) : null;
  const y = p?.year ?? year;
  if (p === null || y === null || (p.kind !== "month" && p.kind !== "quarter")) return null;
  return { from: periodStart(p, y), to: periodEnd(p, y) };
}

/** Fields as bands across, weeks down: a record per field and week; a week with no counts yet gives none, and is said. */
function readFieldBandsByWeek(
  grid: Grid,
  layout: DossierBands,
  weeks: readonly WeekRow[],
): { records: DossierRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const count = countReader(grid, problems);
  const records: DossierRecord[] = [];
  for (const w of weeks) {
    const cols = layout.bands.flatMap((b) => Object.values(b.columns));
    if (w.span === null) {
      problems.push(
        problem("READING_WITHOUT_PERIOD", { file: grid.file, sheet: grid.sheet, row: w.row }, w.label, {
          vi: `dòng "${w.label}" có số hồ sơ nhưng không đọc được là tuần nào: không đọc; hãy ghi rõ ngày của tuần.`,
          en: `the row "${w.label}" has dossier counts but names no week that can be read: not read; write the week's days.`,
        }),
      );
      continue;
    }
    const { from, to } = w.span;
    if (cols.every((c) => isBlank(cellAt(grid, w.row, c)))) {
      const label = cleanText(cellText(cellAt(grid, w.row, layout.labelCol)));
      problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: w.row }, label, {
          vi: `dòng "${label}" chưa có số liệu: không đọc.`,
          en: `the row "${label}" has no figures yet: not read.`,
        }),
      );
      continue;
    }
    for (const b of layout.bands) {
      const counts = bandCounts(b, w.row, count);
      const off = resolvedOff(grid, w.row, b, counts, count);
      if (off !== null) problems.push(off);
      records.push({ field: b.field, from, to, ...counts, source: { file: grid.file, sheet: grid.sheet, row: w.row } });
    }
  }
  waysInUnsplit(grid, layout, problems);
  const fields = layout.bands.map((b) => b.field).join(", ");
  // Weeks, or months ("Tháng 7", "T9/2021") down the rows: said as the sheet counts them.
  const days = weeks.flatMap((w) => (w.span === null ? [] : [(Date.parse(w.span.to) - Date.parse(w.span.from)) / 86_400_000]));
  const [vi, en] = days.every((d) => d <= 7) ? ["tuần", "week"] : days.every((d) => d <= 31) ? ["tháng", "month"] : ["kỳ", "period"];
  problems.push(
    problem("DOSSIER_COUNT_DERIVED", { file: grid.file, sheet: grid.sheet, row: layout.headerTop }, fields, {
      vi: `bảng số hồ sơ theo ${vi} (mỗi dòng một ${vi}), mỗi lĩnh vực một khối cột (${fields}): mỗi lĩnh vực, mỗi ${vi} một dòng; các dòng cộng không đọc lại${notGiven(layout).vi}.`,
      en: `dossiers by ${en} (a row per ${en}), a band of columns per field (${fields}): one record per field and ${en}; the total rows are not read again${notGiven(layout).en}.`,
    }),
  );
  return { records, problems };
}

/** "Tiếp nhận" alone, no online column: every dossier counted as received in person or by post, and said once. */
function waysInUnsplit(grid: Grid, layout: DossierBands, problems: Problem[]): void {
  const band = layout.bands.find((b) => b.columns.online === undefined);
  if (band === undefined) return;
  problems.push(
    problem("DOSSIER_COUNT_DERIVED", { file: grid.file, sheet: grid.sheet, row: layout.headerTop }, band.field, {
      vi: "bảng không tách hồ sơ tiếp nhận trực tuyến và trực tiếp: số tiếp nhận ghi cả vào trực tiếp, bưu chính; tỷ lệ trực tuyến không tính được từ bảng này.",
      en: "the table does not split dossiers received online from those received directly: all are entered as direct; the online rate cannot be worked out from it.",
    }),
  );
}

/** "Đã giải quyết | Trong đó đúng hạn | Trễ hạn": the resolved total against its parts, named where they differ. */
function resolvedOff(
  grid: Grid,
  row: number,
  b: DossierBands["bands"][number],
  counts: DossierCounts,
  count: (r: number, c: number | undefined) => number,
): Problem | null {
  const col = b.columns.resolvedTotal;
  if (col === undefined || isBlank(cellAt(grid, row, col))) return null;
  const total = count(row, col);
  const parts = counts.early + counts.onTime + counts.late;
  return total === parts
    ? null
    : problem("DOSSIER_TOTAL_MISMATCH", { file: grid.file, sheet: grid.sheet, row, column: columnName(col) }, String(total), {
        vi: `"${b.field}": đã giải quyết ghi ${total}, cộng trước hạn, đúng hạn, quá hạn được ${parts}`,
        en: `"${b.field}": resolved is written ${total}; early, on time and late add up to ${parts}`,
      });
}

// Every count's name in Vietnamese: a message names what a table left out, never a field's code ("early").
const NAMES: Record<keyof DossierCounts, string> = {
  carriedOver: "hồ sơ kỳ trước chuyển sang",
  online: "hồ sơ tiếp nhận trực tuyến",
  inPerson: "hồ sơ tiếp nhận trực tiếp, bưu chính",
  early: "hồ sơ giải quyết trước hạn",
  onTime: "hồ sơ giải quyết đúng hạn",
  late: "hồ sơ giải quyết quá hạn",
  pendingInTime: "hồ sơ đang giải quyết trong hạn",
  pendingOverdue: "hồ sơ đang giải quyết quá hạn",
  returned: "hồ sơ trả lại, rút",
};

function missingName(k: keyof DossierCounts): string {
  return NAMES[k];
}
