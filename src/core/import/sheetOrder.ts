import { IsoDate, isoDate } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { contextPeriod } from "./contextPeriod";
import { Grid, cellText } from "./grid";
import { PeriodLabel, parsePeriod, periodEnd } from "./periods";

/**
 * Which sheet of a workbook is the newest, for a task or a reading written on several: a workbook
 * kept month by month ("T10", "T11", "T12", newest first or last, "Bản sao của Thang 11" left at the
 * end, "Nháp" half-done) is ordered by the month each sheet stands for, not by its tab. A sheet's
 * month is its name's ("T11"), or its title's where the name is a copy's ("Tháng 11 (2)" titled
 * THÁNG 12) or names none. A draft comes first (never replaces), then sheets without a month, then
 * by month; of a quarter and its last month, the month (the quarter's sheet adds the months up).
 */
const COPY_NAME = /^(?:ban sao(?: cua)?|copy of|sao cua)\s+(.*)$/;
// "Tháng 11 (2)": Excel's name for a copied sheet (the brackets say it; "Tháng 12" is no copy).
const COPY_SUFFIX = /^(.*\S)\s*\(\d{1,2}\)$/;
const DRAFT = /^(?:nhap|ban nhap|draft)\b|\b(?:nhap|dang sua|draft)$/;
// "Quý III (bản cũ)", "T9 cu", "old": a sheet its name says is the old one, never replacing the current (as a draft).
const OLD = /\bban cu\b|^cu\b|\bcu$|\bold$/;
const FINENESS: Record<PeriodLabel["kind"], number> = { year: 0, half: 1, nine: 1, quarter: 2, month: 3, day: 4 };

interface Stand {
  end: IsoDate | null;
  fineness: number;
  draft: boolean;
  /** "Bản sao của Thang 11", "Tháng 11 (2)": of two sheets of one month, the copy is the older. */
  copy: boolean;
}

// "14-12-2021", "BC 10.12.2021", "BC_14.9.21": a report's day in its sheet's name.
const DAY_IN_NAME = /(?:^|\D)(\d{1,2})[-./_ ](\d{1,2})[-./_ ](\d{4}|\d{2})(?!\d)/;

function dayInName(name: string): IsoDate | null {
  const m = DAY_IN_NAME.exec(name);
  if (!m) return null;
  const y = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
  return isoDate(y, Number(m[2]), Number(m[1]));
}

function standOf(grid: Grid, year: number | null): Stand {
  const key = looseKey(grid.sheet);
  // (A hidden old copy is told apart as hidden, and named so.)
  const draft = DRAFT.test(key) || (OLD.test(key) && !grid.hidden);
  const day = dayInName(grid.sheet);
  if (day !== null) return { end: day, fineness: FINENESS.day, draft, copy: false };
  const copy = COPY_NAME.exec(key);
  const suffixed = copy ? null : COPY_SUFFIX.exec(grid.sheet.trim());
  const named = parsePeriod(copy?.[1] ?? suffixed?.[1] ?? grid.sheet);
  const title = copy || suffixed || !named ? contextPeriod(grid, firstTableRow(grid), year) : null;
  // "Quý IV (đến 14.12)": a period standing at a day is that day's, the newest of a year kept by quarters.
  const p: PeriodLabel | null = (title?.label ?? null) || named;
  const y = p?.year ?? year;
  // "Tháng 3 (2)" standing for March as "Tháng 3" does (its title says so, or says no month): a copy left as it was, the older
  // of the two; titled THÁNG 4 it is April's sheet made by copying March's.
  const sameAsName = named !== null && (title?.label == null || (title.label.kind === named.kind && title.label.index === named.index));
  const copied = copy !== null || (suffixed !== null && sameAsName);
  return { end: p && y !== null ? periodEnd(p, y) : (title?.date ?? null), fineness: p ? FINENESS[p.kind] : 4, draft, copy: copied };
}

/** The first row of three cells or more (a table's header): the rows above it are the sheet's title. */
function firstTableRow(grid: Grid): number {
  const last = Math.min(grid.rows.length, 12);
  for (let r = 1; r <= last; r++) if ((grid.rows[r - 1] ?? []).filter((v) => v !== null && cellText(v).trim() !== "").length >= 3) return r;
  return last + 1;
}

/** Each sheet's rank by how new it is (its index where fewer than two sheets name a month); null where tab order stands. */
export function sheetOrders(grids: readonly Grid[], year: number | null): number[] | null {
  if (grids.length < 2) return null;
  const stands = grids.map((g) => standOf(g, year));
  // (A draft or an old copy is put first whatever the others say of their periods.)
  if (stands.filter((s) => s.end !== null).length < 2 && !stands.some((s) => s.draft)) return null;
  const order = grids
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [stands[a], stands[b]];
      if (x.draft !== y.draft) return x.draft ? -1 : 1;
      if (x.end !== y.end) return x.end === null ? -1 : y.end === null ? 1 : x.end < y.end ? -1 : 1;
      return x.fineness - y.fineness || Number(y.copy) - Number(x.copy) || a - b;
    });
  const rank: number[] = [];
  order.forEach((sheet, i) => (rank[sheet] = i));
  return rank.every((r, i) => r === i) ? null : rank;
}
