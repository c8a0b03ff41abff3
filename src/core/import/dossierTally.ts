import { IsoDate, isoDate, ymd } from "../dates/isoDate";
import { DossierCounts, DossierRecord } from "../summary/dossiers";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { COUNT_COLUMNS, DossierColumn, TOTAL_ROW, dossierColumnOf, headerColumns, periodOf } from "./dossiers";
import { fieldOf } from "./dossiersAcross";
import { Grid, cellAt, cellText, columnName, isBlank, isGridDate, wordsOfRows } from "./grid";
import { parseCountCell } from "./values";

/**
 * A desk's daily tally of one field's dossiers: a row per working day ("01/11", "02/11" …) under
 * the one-stop columns (Tiếp nhận trực tuyến | trực tiếp, Giải quyết trước hạn | đúng hạn | quá
 * hạn), a "Cộng tháng 11" row under them, and the stocks as lines beside the table ("Hồ sơ kỳ trước
 * chuyển sang: | 4", "Hồ sơ đang giải quyết trong hạn (đến 30/11/2021): | 5"). The month is one
 * record: the total row's counts (the days added up where there is none) and those lines.
 */
export interface DossierTallyLayout {
  headerTop: number;
  headerBottom: number;
  dayCol: number;
  columns: Partial<Record<DossierColumn, number>>;
  days: number[];
  totalRow: number | null;
  field: string;
  period: { from: IsoDate; to: IsoDate } | null;
}

const SCAN_ROWS = 30;
const FLOWS = ["online", "inPerson", "early", "onTime", "late", "returned"] as const;
// Counts kept as lines beside a table, not as its columns.
const STOCKS = ["carriedOver", "pendingInTime", "pendingOverdue"] as const;

function dayOf(grid: Grid, r: number, c: number): IsoDate | null {
  const v = cellAt(grid, r, c);
  return isGridDate(v) ? v.date : null;
}

export function findDossierTally(grid: Grid): DossierTallyLayout | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  const words = wordsOfRows(grid, 0, last);
  // ("Trả đúng hạn | Trả quá hạn": results returned, the desk's log's words for resolved.)
  if (!/\bgiai quyet\b|\btra (?:dung|qua|truoc|tre) han\b/.test(words) || !/\btruc tuyen\b/.test(words)) return null;
  for (let top = 1; top <= last; top++) {
    for (let bottom = top; bottom <= Math.min(top + 1, grid.rows.length); bottom++) {
      const columns = headerColumns(grid, top, bottom);
      if (!(["online", "inPerson", "onTime", "late"] as const).every((k) => columns[k] !== undefined)) continue;
      // The day's column: the one left of the counts whose cells under the header are days.
      // ("Ngày" itself names a period column: the days', never a count's.)
      const { period: named, ...counted } = columns;
      const first = Math.min(...Object.values(counted), ...(named === undefined ? [] : [named + 1]));
      for (let dayCol = 1; dayCol < first; dayCol++) {
        const days: number[] = [];
        let totalRow: number | null = null;
        for (let r = bottom + 1; r <= grid.rows.length; r++) {
          if (dayOf(grid, r, dayCol) !== null) {
            days.push(r);
            continue;
          }
          const label = looseKey(cellText(cellAt(grid, r, dayCol)));
          if (label === "" && days.length === 0) continue;
          if (TOTAL_ROW.test(label)) totalRow = r;
          break;
        }
        if (days.length < 3) continue;
        const headerTop = top;
        return {
          headerTop,
          headerBottom: bottom,
          dayCol,
          columns,
          days,
          totalRow,
          field: fieldOf(grid, headerTop),
          period: periodOf(grid, headerTop - 1),
        };
      }
    }
  }
  return null;
}

/** The month the days fall in (or their first to last day, over several months). */
function spanOfDays(days: readonly IsoDate[]): { from: IsoDate; to: IsoDate } | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort();
  const a = ymd(sorted[0]);
  const b = ymd(sorted[sorted.length - 1]);
  if (a.y !== b.y || a.m !== b.m) return { from: sorted[0], to: sorted[sorted.length - 1] };
  const from = isoDate(a.y, a.m, 1);
  const to = isoDate(a.y, a.m + 1, 1) ?? isoDate(a.y + 1, 1, 1);
  if (!from || !to) return null;
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return { from, to: end.toISOString().slice(0, 10) as IsoDate };
}

/** The stocks given as lines outside the table: the label's count, the first number right of it. */
function stockLines(
  grid: Grid,
  layout: DossierTallyLayout,
  end: number,
): { got: Partial<Record<(typeof STOCKS)[number], number>>; rows: number[] } {
  const got: Partial<Record<(typeof STOCKS)[number], number>> = {};
  const rows: number[] = [];
  for (let r = 1; r <= grid.rows.length; r++) {
    if (r >= layout.headerTop && r <= end) continue;
    const cells = grid.rows[r - 1] ?? [];
    const at = cells.findIndex((v) => typeof v === "string" && !isBlank(v));
    if (at < 0) continue;
    const measure = dossierColumnOf(cleanText(cellText(cells[at])).replace(/\([^)]*\)/g, " "));
    if (measure !== "carriedOver" && measure !== "pendingInTime" && measure !== "pendingOverdue") continue;
    for (let c = at + 2; c <= cells.length; c++) {
      const n = parseCountCell(cellAt(grid, r, c));
      if (n.kind !== "ok") continue;
      got[measure] = n.value;
      rows.push(r);
      break;
    }
  }
  return { got, rows };
}

export function readDossierTally(grid: Grid, layout: DossierTallyLayout): { records: DossierRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (row: number, col?: number) => ({ file: grid.file, sheet: grid.sheet, row, column: col ? columnName(col) : null });
  const count = (r: number, col: number | undefined) => {
    if (col === undefined) return 0;
    const n = parseCountCell(cellAt(grid, r, col));
    return n.kind === "ok" ? n.value : 0;
  };
  const counts = Object.fromEntries(COUNT_COLUMNS.map((k) => [k, 0])) as unknown as DossierCounts;
  for (const k of FLOWS) {
    const summed = layout.days.reduce((n, r) => n + count(r, layout.columns[k]), 0);
    if (layout.totalRow === null) counts[k] = summed;
    else {
      counts[k] = count(layout.totalRow, layout.columns[k]);
      if (layout.columns[k] !== undefined && counts[k] !== summed)
        problems.push(
          problem("DOSSIER_TOTAL_MISMATCH", at(layout.totalRow, layout.columns[k]), String(counts[k]), {
            vi: `dòng cộng ghi ${counts[k]}, cộng các ngày được ${summed}; lấy số ở dòng cộng`,
            en: `the total row says ${counts[k]}; the days add up to ${summed}; the total row's is taken`,
          }),
        );
    }
  }
  const end = layout.totalRow ?? layout.days[layout.days.length - 1];
  const stocks = stockLines(grid, layout, end);
  for (const k of STOCKS) counts[k] = stocks.got[k] ?? 0;
  const derived: string[] = [];
  if (stocks.got.pendingInTime === undefined && stocks.got.pendingOverdue === undefined) {
    // Pending is what came in and was neither resolved nor returned.
    const left = Math.max(
      0,
      counts.carriedOver + counts.online + counts.inPerson - counts.early - counts.onTime - counts.late - counts.returned,
    );
    counts.pendingInTime = left;
    if (left > 0)
      derived.push(`${left} hồ sơ đang giải quyết (= tiếp nhận − đã giải quyết), sổ không ghi trong hạn hay quá hạn: tính là trong hạn`);
  }
  if (stocks.got.carriedOver === undefined) derived.push("sổ không ghi số hồ sơ kỳ trước chuyển sang: tính là 0");
  const span = layout.period ?? spanOfDays(layout.days.map((r) => dayOf(grid, r, layout.dayCol) as IsoDate));
  const source = layout.totalRow ?? layout.headerTop;
  if (derived.length > 0)
    problems.push(
      problem("DOSSIER_COUNT_DERIVED", at(source), layout.field, {
        vi: `${derived.join("; ")}.`,
        en: "counts the tally does not give were worked out (pending as received less resolved; carried over as 0).",
      }),
    );
  return {
    records: [
      {
        field: layout.field,
        from: span?.from ?? null,
        to: span?.to ?? null,
        ...counts,
        source: { file: grid.file, sheet: grid.sheet, row: source },
      },
    ],
    problems,
  };
}
