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

const STATE_HEADING = /\b(?:tinh hinh|ket qua|trang thai|tinh trang|kq|tien do)\b/;
// "Quý I", "Tháng 10", "6 tháng" closing a heading whose levels were joined (on its key: "Quy III" typed bare too).
// "Tiến độ đến 30/6 | đến 30/9": the state at each day.
const PERIOD_TAIL =
  /(?:^| )(quy (?:iv|iii|ii|i|[1-4])|q[1-4]|thang \d{1,2}|t\d{1,2}|6 thang(?: dau nam)?|9 thang|den (?:ngay )?\d{1,2} \d{1,2}(?: \d{4})?)$/;

/**
 * The state columns by period. Under a heading that names the state, two periods at least; bare
 * ("Quý III | Quý IV", no heading over them), two at least whose written cells `stateLike` says are
 * states ("Đang TH - 47%", "HT (10/9)"): marks of a plan's months ("x", "●") are no states.
 */
export function statusByPeriod(layout: TableLayout, stateLike: (col: number) => boolean = () => false): StatusColumn[] | null {
  const found: Array<StatusColumn & { prefix: string }> = [];
  for (const [c, heading] of Object.entries(layout.headings)) {
    const key = looseKey(heading ?? "");
    const m = PERIOD_TAIL.exec(key);
    if (!m) continue;
    const period = parsePeriod(m[1]);
    if (period === null) continue;
    const words = m[1].split(" ").length;
    const label = (heading ?? "").trim().split(/\s+/u).slice(-words).join(" ");
    found.push({ col: Number(c), label, period, prefix: key.slice(0, m.index).trim() });
  }
  // "Kết quả Quý III | Quý IV": the heading's words said once, over the first.
  const prefix = found.find((f) => f.prefix !== "")?.prefix ?? "";
  if (found.some((f) => f.prefix !== prefix && f.prefix !== "")) return null;
  const headed = found.length >= 2 && STATE_HEADING.test(prefix);
  const bare = found.length >= 2 && prefix === "" && found.every((f) => stateLike(f.col));
  if (!headed && !bare) return null;
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
  // "-": no work for the task that period (a quarterly duty's other months), as good as blank.
  const written = columns.filter((c) => !/^[-–—/]*$/.test(cellText(cellAt(grid, r, c.col)).trim()));
  const last = written.filter((c) => startMonth(c.period) <= month).at(-1);
  return last ? { col: last.col, others: written.filter((c) => c !== last) } : null;
}
