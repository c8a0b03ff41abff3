import { looseKey } from "../text/normalize";
import { rowsToTotal } from "./dossierBands";
import { Grid, cellAt, cellText } from "./grid";
import { PeriodLabel, parsePeriod, periodCovers, periodEnd, periodName, yearIn } from "./periods";
import { Reading } from "./records";
import { parseCountCell } from "./values";

/**
 * The one-stop desk's counts with the fields down and a band of columns per period ("Tháng 7" over
 * "Tiếp nhận | Đúng hạn | Quá hạn", then "Tháng 8" …, "Quý III", "Lũy kế 9 tháng"): each month's on-time
 * rate, from the total row ("Cộng"), or the fields added up where there is none. A band holding others
 * (the quarter beside its months) or naming no period ("Lũy kế") is not read, so nothing counts twice.
 */
export interface PeriodBands {
  headerRow: number;
  labelCol: number;
  bands: Array<{ p: PeriodLabel; onTime: number; early: number | null; late: number | null; resolved: number | null }>;
  year: number;
  /** The bands not read: a period holding others ("Quý III" beside its months), or none ("Lũy kế 9 tháng"). */
  unread: string[];
}

const SCAN_ROWS = 20;

function key(grid: Grid, r: number, c: number): string {
  return looseKey(cellText(cellAt(grid, r, c)));
}

export function findPeriodBands(grid: Grid, fallbackYear: number | null): PeriodBands | null {
  for (let top = 1; top < Math.min(grid.rows.length, SCAN_ROWS); top++) {
    const row = grid.rows[top - 1] ?? [];
    const starts: Array<{ col: number; p: PeriodLabel }> = [];
    row.forEach((v, i) => {
      const p = typeof v === "string" && v.length <= 30 ? parsePeriod(v) : null;
      if (p && p.kind !== "day") starts.push({ col: i + 1, p });
    });
    if (starts.length < 2) continue;
    const width = Math.max(row.length, (grid.rows[top] ?? []).length);
    const bands: PeriodBands["bands"] = [];
    for (const [i, s] of starts.entries()) {
      const end = i + 1 < starts.length ? starts[i + 1].col - 1 : width;
      let onTime: number | null = null;
      let early: number | null = null;
      let late: number | null = null;
      let resolved: number | null = null;
      for (let c = s.col; c <= end; c++) {
        const k = key(grid, top + 1, c);
        // A band ends where the next heading of its own row starts ("Lũy kế 9 tháng" with no period).
        if (c > s.col && key(grid, top, c) !== "") break;
        // Received online and in person apart: the one-stop system's columns, read as each month's dossier records.
        if (/\b(?:truc tuyen|truc tiep|buu chinh)\b/.test(k)) return null;
        if (/\btruoc han\b/.test(k)) early ??= c;
        else if (/\b(?:dung han|dung hen)\b/.test(k)) onTime ??= c;
        else if (/\b(?:qua han|tre han|tre hen)\b/.test(k)) late ??= c;
        else if (/\b(?:da giai quyet|giai quyet)\b/.test(k)) resolved ??= c;
      }
      if (onTime !== null && (late !== null || resolved !== null)) bands.push({ p: s.p, onTime, early, late, resolved });
    }
    if (bands.length < 2) continue;
    const labelCol = starts[0].col - 1;
    // "Lĩnh vực" merged down from a row above ("Quý III" over "Tháng 7 | Tháng 8 | Tháng 9" over the counts).
    const labelled = [0, 1, 2].some((up) => top - up >= 1 && /\blinh vuc\b/.test(key(grid, top - up, labelCol)));
    if (labelCol < 1 || !labelled) continue;
    let year: number | null = null;
    for (let r = 1; r < top && year === null; r++) for (const v of grid.rows[r - 1] ?? []) year ??= yearIn(cellText(v));
    year ??= fallbackYear;
    if (year === null) continue;
    const y = year;
    // The quarter beside its months adds them up: only the periods no other one lies within.
    // ("Cùng kỳ quý III/2020" beside 2021's months holds none of them: its own year is kept.)
    const kept = bands.filter(
      (b) => !bands.some((o) => o !== b && periodCovers({ ...b.p, year: b.p.year ?? y }, { ...o.p, year: o.p.year ?? y })),
    );
    const unread = [
      ...bands.filter((b) => !kept.includes(b)).map((b) => cellText(cellAt(grid, top, starts.find((st) => st.p === b.p)?.col ?? 1))),
      // "Lũy kế 9 tháng" over counts of its own: a band too, of no one period ("Ghi chú" heads no counts).
      ...row.map((v, i) =>
        i + 1 > labelCol &&
        typeof v === "string" &&
        v.trim() !== "" &&
        !starts.some((st) => st.col === i + 1) &&
        /\b(?:tiep nhan|dung han|qua han|tre han|giai quyet)\b/.test(key(grid, top + 1, i + 1))
          ? v.trim()
          : "",
      ),
    ].filter((x): x is string => typeof x === "string" && x !== "");
    return { headerRow: top + 1, labelCol, bands: kept, year: y, unread };
  }
  return null;
}

export function readPeriodBands(
  grid: Grid,
  sheetIndex: number,
  layout: PeriodBands,
): { readings: Reading[]; rows: number[]; total: number | null } {
  const { rows, total } = rowsToTotal(grid, layout.headerRow + 1, layout.labelCol);
  const count = (r: number, c: number | null) => {
    if (c === null) return 0;
    const n = parseCountCell(cellAt(grid, r, c));
    return n.kind === "ok" ? n.value : 0;
  };
  const from = total !== null ? [total] : rows;
  const sum = (c: number | null) => from.reduce((s, r) => s + count(r, c), 0);
  const readings: Reading[] = [];
  for (const b of layout.bands) {
    const onTime = sum(b.onTime) + sum(b.early);
    const whole = b.resolved !== null ? sum(b.resolved) : onTime + sum(b.late);
    if (whole <= 0) continue;
    const p = { ...b.p, year: b.p.year ?? layout.year };
    const how = b.resolved !== null ? "đúng hạn / đã giải quyết" : "đúng hạn / (đúng hạn + quá hạn)";
    readings.push({
      code: null,
      period: periodName(p, p.year),
      date: periodEnd(p, p.year),
      numerator: onTime,
      denominator: whole,
      value: (onTime / whole) * 100,
      evidence: "",
      note: `Tỷ lệ hồ sơ giải quyết đúng hạn: ${how}, ${total !== null ? `dòng tổng (dòng ${total})` : `cộng các lĩnh vực (dòng ${rows[0]}–${rows[rows.length - 1]})`}`,
      hint: "Tỷ lệ hồ sơ giải quyết đúng hạn",
      hintHeading: "Tỷ lệ hồ sơ giải quyết đúng hạn",
      source: {
        file: grid.file,
        sheet: grid.sheet,
        sheetIndex,
        row: total ?? rows[0] ?? layout.headerRow + 1,
        columns: { numerator: b.onTime, ...(b.resolved !== null ? { denominator: b.resolved } : {}) },
      },
    });
  }
  return { readings, rows, total };
}
