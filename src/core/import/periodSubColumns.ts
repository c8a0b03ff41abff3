import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText } from "./grid";
import { MergeIndex } from "./mergeIndex";
import { contextPeriod } from "./contextPeriod";
import { PeriodLabel, parsePeriod, relativePeriod, yearIn } from "./periods";

/**
 * A dossier table with each measure split by month: "Kỳ trước chuyển sang" over "T10 | T11",
 * "Trực tuyến" over "T10 | T11" … Its columns are regrouped month first ("Tháng 10/2021" over every
 * measure, then "Tháng 11/2021"), the layout the dossier reader reads a record per month and field
 * from. Before, only the first month's columns were read, and dated by the title's last month.
 */
export interface PeriodSubColumns {
  grid: Grid;
  /** The months, as the regrouped headings name them. */
  periods: string[];
  /** The header row that held the months under the measures. */
  row: number;
  /** Columns between the months that are none ("Lũy kế"): not read, as "measure › heading". */
  left: string[];
}

const SCAN_ROWS = 30;

const MONTHS_OF_YEAR = (p: PeriodLabel, year: number | null): string =>
  p.kind === "month"
    ? `Tháng ${p.index}/${p.year ?? year ?? ""}`
    : p.kind === "quarter"
      ? `Quý ${["I", "II", "III", "IV"][p.index - 1]}/${p.year ?? year ?? ""}`
      : "";

export function withPeriodSubColumns(grid: Grid): PeriodSubColumns | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  let current: { label: PeriodLabel | null } | undefined;
  for (let r = 3; r <= last; r++) {
    const row = grid.rows[r - 1] ?? [];
    const cols: Array<{ col: number; p: PeriodLabel }> = [];
    row.forEach((v, i) => {
      let t = typeof v === "string" && v.length <= 16 ? parsePeriod(v) : null;
      // "Kỳ trước | Kỳ này" under each measure: the months the title's period names.
      if (t === null && typeof v === "string" && v.length <= 30 && /^\s*(?:k[ỳy]|th[áa]ng|qu[ýy]|c[ùu]ng)\s/iu.test(v)) {
        current ??= { label: contextPeriod(grid, r, null)?.label ?? null };
        const rel = relativePeriod(v, current.label);
        if (rel !== null && rel !== "cumulative") t = rel;
      }
      if (t && (t.kind === "month" || t.kind === "quarter")) cols.push({ col: i + 1, p: t });
    });
    if (cols.length < 4) continue;
    // The same few periods again and again, left to right: a cycle of two or more under each measure.
    const key = (p: PeriodLabel) => `${p.kind}${p.index}`;
    const cycle: string[] = [];
    for (const c of cols) {
      if (cycle.includes(key(c.p))) break;
      cycle.push(key(c.p));
    }
    // Two measures at least, each over the same periods: one measure over its quarters is a table across.
    if (cycle.length < 2 || cols.length % cycle.length !== 0 || cols.length / cycle.length < 2) continue;
    if (!cols.every((c, i) => key(c.p) === cycle[i % cycle.length])) continue;
    // Each cycle sits under one measure heading (merged over it) in the row above.
    const merges = new MergeIndex(grid.merges);
    const measures: string[] = [];
    for (let i = 0; i < cols.length; i += cycle.length) {
      const label = merges.label(grid, r - 1, cols[i].col);
      if (label === "" || cols.slice(i, i + cycle.length).some((c) => merges.label(grid, r - 1, c.col) !== label)) return null;
      measures.push(label);
    }
    // "Năm 2020" over "Quý I … Quý IV", "Năm 2021" over the same: each year's quarters, no measure split by them.
    if (measures.every((m) => parsePeriod(m)?.kind === "year")) return null;
    // "Năm 2021" beside "Cùng kỳ năm 2020" over the same quarters: periods of two years, read across by the table.
    if (measures.every((m) => parsePeriod(m) !== null || /\b(?:cung ky|ck)\b.*\b(?:19|20)\d\d\b/.test(looseKey(m)))) return null;
    let year: number | null = null;
    for (let t = 1; t < r && year === null; t++) for (const v of grid.rows[t - 1] ?? []) year ??= yearIn(cellText(v));
    const names = cycle.map((k) => MONTHS_OF_YEAR((cols.find((c) => key(c.p) === k) as { p: PeriodLabel }).p, year));
    if (names.some((n) => n === "" || n.endsWith("/"))) return null;
    // "Lũy kế" beside the months adds them up: left out of the regrouped table, and named.
    const kept = new Set(cols.map((c) => c.col));
    const left: string[] = [];
    for (let c = cols[0].col; c <= cols[cols.length - 1].col; c++)
      if (!kept.has(c) && cellText(row[c - 1] ?? null).trim() !== "")
        left.push(`${merges.label(grid, r - 1, c)} › ${cellText(row[c - 1] ?? null).trim()}`);
    return {
      left,
      grid: regroup(
        grid,
        merges,
        r,
        cols.map((c) => c.col),
        cycle.length,
        names,
      ),
      periods: names,
      row: r,
    };
  }
  return null;
}

/** The columns moved month first: the month row on top, the measure and its group below it. */
function regroup(grid: Grid, merges: MergeIndex, r: number, cols: readonly number[], k: number, names: readonly string[]): Grid {
  const first = cols[0];
  const top = Math.max(1, r - 2);
  // New order: for each month, its column under every measure.
  const order: number[] = [];
  for (let m = 0; m < k; m++) for (let i = m; i < cols.length; i += k) order.push(cols[i]);
  const headerOf = (row: number, c: number) => merges.label(grid, row, c);
  const rows = grid.rows.map((row, i) => {
    const rr = i + 1;
    if (rr < top || row.length < first) return row.slice();
    const out: GridCell[] = row.slice(0, first - 1);
    while (out.length < first - 1) out.push(null);
    if (rr >= top && rr <= r) {
      // Header: the month over the group over the measure (rows top..r become month | group | measure).
      // As Excel keeps a merged heading: its text in the first cell only.
      const level = rr - top;
      const per = cols.length / k;
      order.forEach((c, j) => {
        const month = j % per === 0 ? names[Math.floor(j / per)] : null;
        const group = r - 2 >= top ? headerOf(r - 2, c) : null;
        const groupStart = j % per === 0 || group !== headerOf(r - 2, order[j - 1]);
        const labels = [month, ...(r - 2 >= top ? [groupStart ? group : null] : []), headerOf(r - 1, c)];
        out.push(labels[level] ?? null);
      });
    } else order.forEach((c) => out.push(row[c - 1] ?? null));
    // What lay right of the measures stays right of them.
    for (let c = Math.max(...cols) + 1; c <= row.length; c++) out.push(row[c - 1] ?? null);
    return out;
  });
  // Header merges of the moved columns no longer hold; the months and groups are merged anew.
  const kept = grid.merges.filter((m) => m.bottom < top || m.top > r || m.right < first);
  const per = cols.length / k;
  const added: Grid["merges"] = [];
  for (let m = 0; m < k; m++) {
    const left = first + m * per;
    added.push({ top, left, bottom: top, right: left + per - 1 });
    if (r - 2 >= top) {
      // Runs of one group under the month.
      let start = left;
      for (let c = left + 1; c <= left + per; c++) {
        if (c === left + per || rows[top][c - 1] !== null) {
          if (c - 1 > start) added.push({ top: top + 1, left: start, bottom: top + 1, right: c - 1 });
          start = c;
        }
      }
    }
  }
  return { ...grid, rows, merges: [...kept, ...added], formats: {} };
}
