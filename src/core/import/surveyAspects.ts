import { looseKey } from "../text/normalize";
import { BlockView } from "./periodBlocks";
import { CellRange, Grid, GridCell, cellText, columnsView, isGridDate } from "./grid";
import { parsePeriod } from "./periods";

const SCAN_ROWS = 20;
// "Số phiếu hài lòng, rất hài lòng", "Hài lòng về": the satisfied answers, counted per aspect under it; never
// "Tỷ lệ hài lòng (%)", whose aspects hold rates (read across by the table itself).
export const SATISFIED = /\bhai long\b/;
export const RATE = /^(?:ty le|ti le|muc do|chi so)\b|%/;
// "Số phiếu thu về hợp lệ", "Tổng số phiếu", "Số phiếu trả lời": the answers every aspect's rate is over.
export const ANSWERS =
  /^(?:so phieu thu ve(?: hop le)?|so phieu hop le(?: thu ve)?|tong so phieu(?: thu ve)?(?: hop le)?|tong phieu|so phieu tra loi)$/;

/**
 * A survey's monthly counts with an aspect per column ("Số phiếu hài lòng" merged over "Tiếp cận dịch vụ |
 * Công chức … | Kết quả giải quyết", "Số phiếu thu về hợp lệ" before them, the months down the rows): each
 * aspect a criterion's readings of its own, its satisfied answers over the valid forms. Before, one aspect
 * was read as another's whole. Column letters and rows stay; each view keeps the months, the forms and one
 * aspect, the merged heading written over it.
 */
export function surveyAspects(grid: Grid): BlockView[] | null {
  for (let r = 1; r < Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const parent = grid.merges.find(
      (m) =>
        m.top === r &&
        m.bottom === r &&
        m.right - m.left >= 1 &&
        SATISFIED.test(looseKey(cellText(grid.rows[r - 1]?.[m.left - 1] ?? null))),
    );
    if (!parent) continue;
    // "Tỷ lệ hài lòng theo từng nội dung (%)" over the aspects: each aspect's rate, its periods down the rows.
    const rates = RATE.test(looseKey(cellText(grid.rows[r - 1]?.[parent.left - 1] ?? null)));
    const sub = grid.rows[r] ?? [];
    const aspects: number[] = [];
    for (let c = parent.left; c <= parent.right; c++)
      if (typeof sub[c - 1] === "string" && cellText(sub[c - 1] ?? null).trim() !== "") aspects.push(c);
    if (aspects.length < 2 || aspects.length !== parent.right - parent.left + 1) continue;
    // Counts under each aspect: whole numbers, never shares.
    if (!rates && !aspects.every((c) => wholeNumbersBelow(grid, r + 2, c))) continue;
    // (Rates under a criterion's own name each: "Tiếp cận dịch vụ", "Công chức giải quyết TTHC"; never a rate's parts.)
    if (rates && !aspects.every((c) => ASPECT.test(looseKey(cellText(sub[c - 1] ?? null))))) continue;
    // The forms and the months: headings on the parent's row (merged down or not) before it.
    const heading = (c: number) => looseKey(cellText(grid.rows[r - 1]?.[c - 1] ?? null) || cellText(sub[c - 1] ?? null));
    let answers = 0;
    let months = 0;
    for (let c = 1; c < parent.left; c++) {
      if (ANSWERS.test(heading(c))) answers = c;
      else if (months === 0 && periodsBelow(grid, r + 2, c) >= 2) months = c;
    }
    if ((answers === 0 && !rates) || months === 0) continue;
    const label = cellText(grid.rows[r - 1]?.[parent.left - 1] ?? null).trim();
    const overall: number[] = [];
    if (rates) for (let c = parent.right + 1; c <= (grid.rows[r - 1] ?? []).length; c++) if (OVERALL.test(heading(c))) overall.push(c);
    // What the rates' views leave out, said by the first: the overall index, the forms counted beside the rates, and
    // words merged across the aspects ("Giữ vững hoặc nâng cao …").
    const notRead: NonNullable<BlockView["notRead"]> = [];
    if (rates) {
      for (const c of overall)
        notRead.push({ label: cellText(grid.rows[r - 1]?.[c - 1] ?? null).trim(), row: null, col: c, why: "overall" });
      for (let c = months + 1; c < parent.left; c++)
        if (heading(c) !== "")
          notRead.push({
            label: cellText(grid.rows[r - 1]?.[c - 1] ?? null).trim() || cellText(sub[c - 1] ?? null).trim(),
            row: null,
            col: c,
            why: "forms",
          });
      for (const m of grid.merges)
        if (m.top > r + 1 && m.left >= parent.left && m.right > m.left && m.right <= parent.right)
          notRead.push({ label: cellText(grid.rows[m.top - 1]?.[m.left - 1] ?? null).trim(), row: m.top, col: m.left, why: "remark" });
    }
    const width = Math.max(...grid.rows.slice(r - 1, r + 1).map((x) => x.length), parent.right);
    return aspects.map((a, i) => {
      // Columns before the aspects ("Số phiếu phát ra") and after them ("Ghi chú") stay beside each aspect.
      // (Rates: only the periods' columns before them; the forms counted are no part of a rate already given; the
      // survey's overall index after them is no aspect's, kept out and said by the first view.)
      const keep = (c: number) => c === a || (rates ? c <= months : c < parent.left) || (c > parent.right && !overall.includes(c));
      const rows = grid.rows.map((row, k): GridCell[] => {
        const kept = row.map((v, j) => (keep(j + 1) ? v : null));
        // The merged heading and the aspect as one heading over the aspect's own column ("Số phiếu hài lòng Tiếp cận dịch vụ").
        if (k === r - 1 || k === r) while (kept.length < width) kept.push(null);
        if (k === r - 1) kept[a - 1] = `${label} ${cellText(sub[a - 1] ?? null).trim()}`;
        if (k === r) kept[a - 1] = null;
        // Words merged across several aspects under the header ("Giữ vững hoặc nâng cao …" over all five): the row's
        // remark, no one aspect's figure.
        if (k > r && rates && grid.merges.some((m) => m.top === k + 1 && m.left === a && m.right > a && m.right <= parent.right))
          kept[a - 1] = null;
        return kept;
      });
      const merges: CellRange[] = grid.merges.filter((m) => m !== parent && keep(m.left) && keep(m.right));
      return {
        grid: columnsView(grid, keep, rows, merges),
        measure: `${label} ${cellText(sub[a - 1] ?? null).trim()}`,
        empty: false,
        cells: [],
        written: [[r + 1, a]],
        manyPerRow: true,
        ...(i === 0 && notRead.length > 0 ? { notRead } : {}),
        source: (row: number, c: number): [number, number] | null => {
          // The heading written over each aspect is the parent's one cell; the rows' months and forms the first view's.
          if (row === r && c === a) return i === 0 ? [r, parent.left] : null;
          return c === a || i === 0 ? [row, c] : null;
        },
      };
    });
  }
  return null;
}

// "Chỉ số SIPAS chung", "Tỷ lệ hài lòng chung", "Bình quân": the survey's overall index beside its aspects.
const OVERALL = /^(?:chi so|ty le|muc do)\b.*\b(?:chung|binh quan|trung binh)\b|\bsipas chung\b/;

// The survey's aspects by their words: access, procedures, officials, results, feedback.
const ASPECT = /\b(?:tiep can|thu tuc|cong chuc|ket qua|phan anh|kien nghi|giai quyet)\b/;

/** How many of a column's cells under the header name a period or hold a day. */
export function periodsBelow(grid: Grid, from: number, col: number): number {
  let n = 0;
  for (let r = from; r <= Math.min(grid.rows.length, from + 24); r++) {
    const v = grid.rows[r - 1]?.[col - 1] ?? null;
    if ((typeof v === "string" && v.length <= 40 && parsePeriod(v) !== null) || isGridDate(v)) n++;
  }
  return n;
}

function wholeNumbersBelow(grid: Grid, from: number, col: number): boolean {
  let n = 0;
  for (let r = from; r <= Math.min(grid.rows.length, from + 24); r++) {
    const v = grid.rows[r - 1]?.[col - 1] ?? null;
    if (typeof v !== "number") continue;
    if (!Number.isInteger(v) || v < 0) return false;
    n++;
  }
  return n >= 2;
}
