import { looseKey } from "../text/normalize";
import { contextPeriod } from "./contextPeriod";
import { Grid, cellAt, cellText } from "./grid";
import { TableLayout } from "./header";
import { PeriodLabel, parsePeriod } from "./periods";

// A unit that counts things: the row is a count, never a rate ("Hồ sơ", "Người", "TTHC", "Văn bản", "Triệu đồng").
const PLAN_KEY = /(?:^|\s)(?:kh|ke hoach|chi tieu ke hoach)$/;

const COUNT_UNIT = /^(?:ho so|hs|nguoi|tthc|thu tuc|van ban|vb|trieu dong|dong|ty dong|phieu|chi tieu|cong trinh|nhiem vu|cai|luot)$/;

/**
 * "Chỉ tiêu | Đơn vị tính | Kết quả" (a report's appendix, the district's form "Kết quả thực hiện: Quý III | Lũy kế"):
 * counts ("Hồ sơ", "Người") and rates ("%") one under the other, one period's figures. Read as a table of periods
 * across with that one period, so the counts pair with the rate they make and are never a reading of their own;
 * the other figure columns (the plan, the year to date) are named and not read.
 */
export function singlePeriodAcross(grid: Grid, layout: TableLayout, year: number | null): TableLayout | null {
  if (layout.kind !== "readings" || layout.across || layout.criteriaAcross) return null;
  const { columns, headings } = layout;
  if (columns.indicator === undefined || columns.period !== undefined || columns.date !== undefined || columns.code !== undefined)
    return null;
  // "KH | TH 9 tháng | So sánh TH/KH (%)": each row's done over its plan, the table's own arithmetic; read as it is.
  if (columns.value !== undefined && /\b(?:so sanh|so voi|so kh|dat so voi)\b/.test(looseKey(headings[columns.value] ?? ""))) return null;
  // "Tử số | Mẫu số | Tỷ lệ (%)" beside "ĐVT": each row holds its own rate's parts (the unit names what they count).
  // ("Kế hoạch | Thực hiện 9 tháng", "KH quý IV | TH quý IV | % (TH/KH)" stay one period's column: counts and rates one
  // under the other, each against its plan.)
  if (
    columns.numerator !== undefined &&
    columns.denominator !== undefined &&
    columns.value !== undefined &&
    ![columns.numerator, columns.denominator].some((c) => /\b(?:kh|ke hoach|chi tieu)\b/.test(looseKey(headings[c] ?? "")))
  )
    return null;
  const unit = Object.keys(headings)
    .map(Number)
    .find((c) => /^(?:dvt|don vi tinh|don vi)$/.test(looseKey(headings[c] ?? "")));
  if (unit === undefined) return null;
  let counts = 0;
  for (let r = layout.headerBottom + 1; r <= Math.min(grid.rows.length, layout.headerBottom + 60); r++)
    if (COUNT_UNIT.test(looseKey(cellText(cellAt(grid, r, unit))))) counts++;
  if (counts < 1) return null;
  const figures = [columns.value, columns.numerator, columns.denominator].filter((c): c is number => c !== undefined);
  if (figures.length === 0) return null;
  // The column whose own heading names the period ("Quý III" under "Kết quả thực hiện"), else the result's.
  const lowest = (c: number) => (headings[c] ?? "").split(/\s{2,}|\n/).pop() ?? "";
  const named = figures.find((c) => parsePeriod(lowest(c)) !== null || parsePeriod(headings[c] ?? "") !== null);
  // "KH | TH | %": a plan, its result and their quotient on each row, read row by row (a rate's row by its result, a
  // count's by the quotient), never as one period's column.
  const keys = Object.values(headings).map((h) => looseKey(h));
  if (keys.some((k) => PLAN_KEY.test(k)) && keys.some((k) => /(?:^|\s)(?:th|thuc hien)$/.test(k))) return null;
  const col = named ?? columns.value ?? figures[0];
  const own = named === undefined ? null : (parsePeriod(lowest(named)) ?? parsePeriod(headings[named] ?? ""));
  const context = contextPeriod(grid, layout.headerTop, year);
  const label: PeriodLabel | null = own ? { ...own, year: own.year ?? context?.label?.year ?? year } : (context?.label ?? null);
  if (!label || label.kind === "day") return null;
  return {
    ...layout,
    columns: {},
    across: {
      periods: { [col]: label },
      skipped: figures.filter((c) => c !== col),
      label: columns.indicator,
      described: [unit, ...(columns.stt !== undefined ? [columns.stt] : [])],
    },
  };
}
