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
  /** What the periods are, as a sentence names them: "tháng" or "quý". */
  unit: "tháng" | "quý";
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

/**
 * `dossiers`: the sheet counts dossiers, each measure a field of their record. Elsewhere only measures a
 * reading is made of ("Tổng số | Số đạt | Tỷ lệ (%)" over the same quarters) are regrouped.
 */
export function withPeriodSubColumns(given: Grid, dossiers: boolean): PeriodSubColumns | null {
  // ("Số phiếu KS Q2 | Số phiếu KS Q3 | Phiếu hài lòng Q2 | …" on one row: each measure over its periods, as two rows.)
  const grid = periodsInHeadings(given) ?? given;
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
    if (!dossiers && !readingMeasures(measures)) return null;
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
      unit: names[0].startsWith("Quý") ? "quý" : "tháng",
      row: r,
    };
  }
  return null;
}

/** The columns moved month first: the month row on top, the measure and its group below it. */
function regroup(grid: Grid, merges: MergeIndex, r: number, cols: readonly number[], k: number, names: readonly string[]): Grid {
  const first = cols[0];
  // "Tổng số | Số đạt | Tỷ lệ" over "Q.I | Q.II | Q.III", nothing over the measures (a blank row, a title): the
  // period over the measure, two rows; a group row over the measures makes three.
  const grouped = r - 2 >= 1 && cols.some((c) => merges.label(grid, r - 2, c) !== "" && !spansTitle(merges, r - 2, c));
  const top = grouped ? r - 2 : r - 1;
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
        const group = grouped ? headerOf(r - 2, c) : null;
        const groupStart = j % per === 0 || group !== headerOf(r - 2, order[j - 1]);
        const labels = [month, ...(grouped ? [groupStart ? group : null] : []), headerOf(r - 1, c)];
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
    if (grouped) {
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

/** A title merged across the sheet's columns, left of the table too: no heading of the columns under it. */
function spansTitle(merges: MergeIndex, r: number, c: number): boolean {
  const m = merges.at(r, c);
  return m !== undefined && m.left <= 2 && m.right - m.left >= 4;
}

/** "Tổng số | Số đạt | Tỷ lệ (%)": a count, and a rate or a second count, each a part of one reading. */
function readingMeasures(measures: readonly string[]): boolean {
  const keys = measures.map(looseKey);
  const rate = keys.some((k) => /^(?:ty le|%)|\bty le\b|%/.test(k));
  const counts = keys.filter((k) => /^(?:tong so|so |tu so|mau so|phai|da )/.test(k)).length;
  return keys.length <= 4 && counts >= 1 && (rate || counts >= 2);
}

// "Số phiếu KS Q2", "Tỷ lệ HL Tháng 10": a measure's words, then the period it is of.
const PERIOD_SUFFIX = /^(.{3,40}?)\s+((?:q|quý)\s*\.?\s*(?:[1-4]|iv|iii|ii|i)|t\s?\d{1,2}|tháng\s+\d{1,2})$/iu;

/**
 * A header of one row whose headings each end with a period, the same measures over the same periods ("Số phiếu KS Q2 |
 * Số phiếu KS Q3 | Phiếu hài lòng Q2 | Phiếu hài lòng Q3"): the measures written on the blank row above, merged over
 * their periods, and the periods alone under them, as a header of two rows says them. Null where no such row is.
 */
function periodsInHeadings(grid: Grid): Grid | null {
  for (let h = 2; h <= Math.min(grid.rows.length, SCAN_ROWS); h++) {
    const row = grid.rows[h - 1] ?? [];
    if ((grid.rows[h - 2] ?? []).some((v) => cellText(v).trim() !== "")) continue;
    const split = row.map((v) => {
      const m = typeof v === "string" ? PERIOD_SUFFIX.exec(v.trim()) : null;
      return m !== null && parsePeriod(m[2]) !== null ? { stem: m[1].trim(), period: m[2].trim() } : null;
    });
    // Runs of one measure, side by side, each over two periods at least.
    const runs: Array<{ from: number; to: number; stem: string }> = [];
    split.forEach((x, i) => {
      if (x === null) return;
      const run = runs.at(-1);
      if (run && run.to === i && looseKey(run.stem) === looseKey(x.stem)) run.to = i + 1;
      else runs.push({ from: i + 1, to: i + 1, stem: x.stem });
    });
    if (runs.length < 2 || runs.some((x) => x.to - x.from < 1)) continue;
    // The row's other headings ("Mã", "Nội dung đánh giá") merged down over both rows, as such headings stand.
    const down = row.flatMap((v, c) => (split[c] === null && cellText(v).trim() !== "" ? [c + 1] : []));
    const top: GridCell[] = row.map(() => null);
    for (const x of runs) top[x.from - 1] = x.stem;
    for (const c of down) top[c - 1] = row[c - 1] ?? null;
    const rows = grid.rows.map((cells, i) =>
      i + 1 === h - 1 ? top : i + 1 === h ? cells.map((v, c) => (split[c] ? split[c].period : down.includes(c + 1) ? null : v)) : cells,
    );
    const merges = [
      ...grid.merges,
      ...runs.map((x) => ({ top: h - 1, left: x.from, bottom: h - 1, right: x.to })),
      ...down.map((c) => ({ top: h - 1, left: c, bottom: h, right: c })),
    ];
    return { ...grid, rows, merges };
  }
  return null;
}
