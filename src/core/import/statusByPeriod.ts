import { IsoDate, ymd } from "../dates/isoDate";
import { Grid, cellAt, cellText } from "./grid";
import { TableLayout } from "./header";
import { looseKey } from "../text/normalize";
import { PeriodLabel, parsePeriod } from "./periods";

/**
 * A task's state written per period across the columns: "Tình hình thực hiện năm 2021" over "Quý I |
 * Quý II | Quý III | Quý IV", each cell the state that quarter. The latest period begun by the as-of
 * day with a cell written is the task's state; the earlier ones are kept in Ghi chú.
 */
export interface StatusColumn {
  col: number;
  label: string;
  period: PeriodLabel;
}

const STATE_HEADING = /\b(?:tinh hinh|ket qua|trang thai|tinh trang)\b/;
// "Quý I", "Tháng 10", "6 tháng" closing a heading whose levels were joined.
const PERIOD_TAIL = /(quý\s+(?:iv|iii|ii|i|[1-4])|tháng\s+\d{1,2}|6\s+tháng(?:\s+đầu\s+năm)?|9\s+tháng)\s*$/iu;

export function statusByPeriod(layout: TableLayout): StatusColumn[] | null {
  const found: Array<StatusColumn & { prefix: string }> = [];
  for (const [c, heading] of Object.entries(layout.headings)) {
    const m = PERIOD_TAIL.exec(heading ?? "");
    if (!m) continue;
    const period = parsePeriod(m[1]);
    if (period === null) continue;
    found.push({ col: Number(c), label: m[1], period, prefix: looseKey(heading.slice(0, m.index)) });
  }
  if (found.length < 3) return null;
  const prefix = found[0].prefix;
  if (!STATE_HEADING.test(prefix) || found.some((f) => f.prefix !== prefix)) return null;
  return found.sort((a, b) => a.col - b.col).map(({ col, label, period }) => ({ col, label, period }));
}

/** The month a period starts in. */
function startMonth(p: PeriodLabel): number {
  if (p.kind === "quarter") return (p.index - 1) * 3 + 1;
  if (p.kind === "half") return p.index === 1 ? 1 : 7;
  if (p.kind === "month" || p.kind === "day") return p.index;
  return 1;
}

/**
 * The column of the latest period begun by `asOf` whose cell on row `r` is written, and every other column
 * written (a period not yet begun included), to be kept in Ghi chú.
 */
export function latestState(
  grid: Grid,
  r: number,
  columns: readonly StatusColumn[],
  asOf: IsoDate | null,
): { col: number; others: StatusColumn[] } | null {
  const month = asOf === null ? 12 : ymd(asOf).m;
  const written = columns.filter((c) => cellText(cellAt(grid, r, c.col)).trim() !== "");
  const last = written.filter((c) => startMonth(c.period) <= month).at(-1);
  return last ? { col: last.col, others: written.filter((c) => c !== last) } : null;
}
