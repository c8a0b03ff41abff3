import { looseKey } from "../text/normalize";
import { BlockView } from "./periodBlocks";
import { CellRange, Grid, GridCell, cellText, columnsView, isGridDate } from "./grid";
import { parsePeriod } from "./periods";

const SCAN_ROWS = 20;
// "Tỷ lệ đúng hạn", and a notebook's "% đúng hạn", "% trực tuyến".
const RATE = /^(?:ty le\b|ti le\b|% (?=\p{L}))/u;

/**
 * A table of periods down the rows holding two rates or more across ("Tổng số hồ sơ tiếp nhận |
 * Trong đó trực tuyến | Tỷ lệ trực tuyến | Số hồ sơ đã giải quyết | Đúng, trước hạn | Tỷ lệ đúng
 * hạn"): each rate with the counts before it is a table of its own beside the periods, so no rate
 * takes another's counts. Column letters and rows stay; the periods are the first view's to tell.
 */
export function rateGroups(grid: Grid): BlockView[] | null {
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    // A label merged down from the row above ("Tháng" over both header rows) heads this row's column too.
    const keys = (grid.rows[r - 1] ?? []).map((v, i) => {
      // "Tỷ lệ" merged over "Đúng hạn (%) | Trực tuyến (%)": each a rate, named by both levels.
      const over =
        r > 1
          ? grid.merges.find((m) => m.top === r - 1 && m.bottom === r - 1 && m.left <= i + 1 && m.right >= i + 1 && m.right > m.left)
          : undefined;
      const group = over ? looseKey(cellText(grid.rows[r - 2]?.[over.left - 1] ?? null)) : "";
      if (typeof v === "string" && RATE.test(group) && !RATE.test(looseKey(v))) return `${group} ${looseKey(v)}`;
      if (typeof v === "string") return looseKey(v);
      const above = grid.merges.find((m) => m.left === i + 1 && m.top < r && m.bottom >= r);
      const label = above ? grid.rows[above.top - 1]?.[i] : null;
      return typeof label === "string" ? looseKey(label) : "";
    });
    const rates = keys.flatMap((k, i) => (RATE.test(k) ? [i + 1] : []));
    if (rates.length < 2) continue;
    // The column of periods: the first headed one before the rates whose cells down are periods, two at least
    // ("STT | Tháng | …": the numbers come first).
    const periodsIn = (col: number) => {
      let periods = 0;
      for (let rr = r + 1; rr <= Math.min(grid.rows.length, r + 24); rr++) {
        const v = grid.rows[rr - 1]?.[col - 1];
        // "Tháng 9", "Quý III", and "09/2021" as a one-stop system's month.
        // A month typed as a date (01/07/2021 shown "07/2021") too.
        if ((typeof v === "string" && (parsePeriod(v) || MONTH_YEAR.test(v))) || isGridDate(v ?? null)) periods++;
      }
      return periods;
    };
    const labelCol = keys.findIndex((k, i) => k !== "" && i + 1 < rates[0] && periodsIn(i + 1) >= 2) + 1;
    if (labelCol < 1) continue;
    // Each rate with the counts since the one before; what follows the last goes with it.
    const groups = rates.map((rc, i) => ({
      from: i === 0 ? labelCol + 1 : rates[i - 1] + 1,
      to: i === rates.length - 1 ? keys.length : rc,
    }));
    // Rates side by side at the end ("Tỷ lệ đúng hạn | Tỷ lệ trực tuyến"): each with the count its words name
    // ("Giải quyết đúng hạn", "Trong đó trực tuyến") and the total; else the table is read as one.
    // A rate with no count before it in its group (the last one followed only by "Ghi chú" too) is side by side.
    const bare = groups.some((g, i) => rates[i] - g.from < 1);
    const named = bare ? byWords(keys, rates, labelCol) : null;
    if (named === null && groups.some((g, i) => g.to - g.from < 1 && i < groups.length - 1)) continue;
    // A table of its own above the rates' (after a blank row): whole in the first view, in no other.
    const apart = tableAbove(grid, r);
    if (named !== null) {
      return named.map((cols, i) => ({
        grid: view(grid, labelCol, (c) => cols.has(c), apart, i === 0),
        empty: false,
        cells: [],
        source: (row: number, c: number): [number, number] | null => (c > labelCol ? [row, c] : i === 0 ? [row, c] : null),
      }));
    }
    // "Tổng HS tiếp nhận | HS đúng hạn | Tỷ lệ đúng hạn | HS trực tuyến | Tỷ lệ trực tuyến": a later rate of one count is
    // of the total opening the first group where its figures say so (402 of 2310 is the 17,4 % written).
    const total = /^tong\b/.test(keys[groups[0].from - 1] ?? "") ? groups[0].from : null;
    const ofTotal = (g: { from: number; to: number }, i: number) =>
      i > 0 && total !== null && rates[i] - g.from === 1 && rateOfTotal(grid, r, total, g.from, rates[i]);
    return groups.map((g, i) => ({
      grid: view(grid, labelCol, (c) => (c >= g.from && c <= g.to) || (c === total && ofTotal(g, i)), apart, i === 0),
      empty: false,
      cells: [],
      source: (row: number, c: number): [number, number] | null => (c > labelCol ? [row, c] : i === 0 ? [row, c] : null),
    }));
  }
  return null;
}

// "09/2021", "12/2021 (đến 14/12)": a month and its year, as a one-stop system labels them.
const MONTH_YEAR = /^\s*(?:0?[1-9]|1[0-2])\s*\/\s*\d{4}\b/;

/**
 * Rates side by side, each known by the words it shares with a count ("Tỷ lệ trực tuyến" and "Trong đó
 * trực tuyến"); null unless every rate finds its own count. Each view keeps every count: the whole is not
 * always the total ("Tỷ lệ đúng hạn" is of "Đã giải quyết"), and the table's way of making its rate tells.
 */
function byWords(keys: readonly string[], rates: readonly number[], labelCol: number): Array<Set<number>> | null {
  const counts = keys.flatMap((k, i) => (i + 1 > labelCol && k !== "" && !RATE.test(k) ? [i + 1] : []));
  const total = counts.find((c) => /^tong\b/.test(keys[c - 1]));
  const sets: Array<Set<number>> = [];
  for (const rc of rates) {
    const words = keys[rc - 1]
      .replace(RATE, "")
      .trim()
      .split(" ")
      .filter((w) => w.length >= 2);
    // "Đúng/trước hạn": a slash parts words as a space does.
    const mine = counts.filter((c) => c !== total && words.length > 0 && words.every((w) => keys[c - 1].split(/[\s/]+/).includes(w)));
    if (mine.length !== 1) return null;
    sets.push(new Set([...counts, rc]));
  }
  return sets;
}

/** The first row under the header with a count, the total and the rate: the count over the total gives the rate. */
function rateOfTotal(grid: Grid, header: number, total: number, count: number, rate: number): boolean {
  const num = (v: GridCell | undefined): number | null => (typeof v === "number" ? v : null);
  for (let r = header + 1; r <= Math.min(grid.rows.length, header + 10); r++) {
    const row = grid.rows[r - 1] ?? [];
    const [t, c, x] = [num(row[total - 1]), num(row[count - 1]), num(row[rate - 1])];
    if (t === null || c === null || x === null || t <= 0) continue;
    const share = c / t;
    return Math.abs(share - x) < 0.001 || Math.abs(share * 100 - x) < 0.06;
  }
  return false;
}

/**
 * The last row of a table standing above the rates' header, a blank row between ("A. CÁC NHIỆM VỤ" over "STT |
 * Nhiệm vụ | … | Hạn | Đã xong?" and its rows): 0 where there is none.
 */
function tableAbove(grid: Grid, header: number): number {
  let blank = header - 1;
  while (blank >= 1 && (grid.rows[blank - 1] ?? []).some((v) => v !== null && cellText(v).trim() !== "")) blank--;
  if (blank < 2) return 0;
  const filled = (r: number) => (grid.rows[r - 1] ?? []).filter((v) => v !== null && cellText(v).trim() !== "").length;
  for (let r = 1; r < blank; r++) if (filled(r) >= 3) return blank - 1;
  return 0;
}

function view(grid: Grid, labelsTo: number, within: (c: number) => boolean, above = 0, first = true): Grid {
  const keep = (c: number) => c <= labelsTo || within(c);
  // (Rows of a table above the rates': the first view keeps them whole, the others none of them.)
  const rows = grid.rows.map((row, i) => (i < above ? (first ? row : row.map(() => null)) : row.map((v, k) => (keep(k + 1) ? v : null))));
  const merges: CellRange[] = grid.merges.filter((m) => keep(m.left) && keep(m.right));
  // The title lines stay whole, so the table's period and codes are read the same in each view.
  for (const [i, row] of grid.rows.entries())
    if (row.filter((v) => v !== null && cellText(v).trim() !== "").length === 1 && rows[i].every((v) => v === null)) rows[i] = row;
  return columnsView(grid, keep, rows, merges);
}
