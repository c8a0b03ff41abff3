import { looseKey } from "../text/normalize";
import { BlockView } from "./periodBlocks";
import { CellRange, Grid, GridCell, cellText, columnsView } from "./grid";
import { aspectNamed } from "./suggest";
import { periodsBelow } from "./surveyAspects";

const SCAN_ROWS = 20;
// "Chỉ số SIPAS", "Chỉ số hài lòng chung", "Bình quân": the survey's overall index beside its aspects.
const OVERALL = /^(?:chi so sipas|sipas|chi so hai long chung|ty le hai long chung|binh quan|trung binh)\b|\bchung$/;

/**
 * A survey's rates with each aspect named right in the one header row ("Kỳ đánh giá | Ngày khảo sát | Số phiếu hợp lệ
 * | Tiếp cận dịch vụ | Thủ tục hành chính | … | Chỉ số SIPAS"), the periods down the rows: each aspect a criterion's
 * readings of its own, as under a merged "Tỷ lệ hài lòng (%)" (surveyAspects). Before, one aspect's column was read
 * as the table's figure and the others went to Ghi chú or were lost. Column letters and rows stay; each view keeps
 * the periods' and days' columns and one aspect, its heading written "Tỷ lệ hài lòng về …".
 */
export function aspectColumns(grid: Grid): BlockView[] | null {
  for (let r = 1; r < Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    const heading = (c: number) => looseKey(cellText(row[c - 1] ?? null));
    // Three aspects or more side by side, each a different one, each a rate's column (no "Số phiếu …" count).
    const aspects: number[] = [];
    const seen = new Set<number>();
    for (let c = 1; c <= row.length; c++) {
      const k = heading(c);
      const at = k === "" || k.length > 60 || /\b(?:so phieu|so luong)\b/.test(k) || OVERALL.test(k) ? null : aspectNamed(k);
      if (at === null || seen.has(at)) {
        if (aspects.length >= 3) break;
        aspects.length = 0;
        seen.clear();
        continue;
      }
      aspects.push(c);
      seen.add(at);
    }
    if (aspects.length < 3) continue;
    // (Two header rows, the aspects over "Số phiếu | Tỷ lệ": each aspect a block of its own, read by periodBlocks; or
    // under a parent, "Số phiếu hài lòng về" over them: the table's own counts, read by the table.)
    if (grid.merges.some((m) => m.top === r && aspects.includes(m.left) && m.right > m.left)) continue;
    const above = (c: number) =>
      cellText(grid.rows[r - 2]?.[c - 1] ?? null).trim() !== "" ||
      grid.merges.some((m) => m.top < r && m.bottom >= r - 1 && m.left <= c && m.right >= c);
    if (r > 1 && aspects.some(above)) continue;
    // Rates under each: numbers from 0 to 100 (fractions of 1 too), or a few words ("Chưa khảo sát"). "Hài lòng về
    // tiếp cận dịch vụ" over whole numbers beside "Phiếu thu về" counts the satisfied forms: the table's own to read.
    if (aspects.some((c) => /\bhai long\b/.test(heading(c)))) continue;
    if (!aspects.every((c) => ratesBelow(grid, r + 1, c))) continue;
    const titled = grid.rows.slice(0, r - 1).some((x) => x.some((v) => /\b(?:ty le|chi so|sipas)\b|%/.test(looseKey(cellText(v)))));
    if (!titled && !aspects.some((c) => fractionalBelow(grid, r + 1, c))) continue;
    // The periods down a column before the aspects ("Quý I/2021", a survey's day).
    const periodCol = Array.from({ length: aspects[0] - 1 }, (_, i) => i + 1).find((c) => periodsBelow(grid, r + 1, c) >= 2);
    if (periodCol === undefined) continue;
    const first = aspects[0];
    const last = aspects[aspects.length - 1];
    // The forms counted ("Số phiếu hợp lệ") are no part of a rate already given; the overall index after the aspects is none's.
    const forms = (c: number) => /\b(?:so phieu|so luong|tong so)\b/.test(heading(c));
    const keepBefore = (c: number) => c < first && !forms(c);
    const overall: number[] = [];
    for (let c = last + 1; c <= row.length; c++) if (OVERALL.test(heading(c))) overall.push(c);
    const formCols = Array.from({ length: row.length }, (_, i) => i + 1).filter((c) => (c < first || c > last) && forms(c));
    const notRead: NonNullable<BlockView["notRead"]> = [
      ...overall.map((c) => ({ label: cellText(row[c - 1] ?? null).trim(), row: null, col: c, why: "overall" as const })),
      ...formCols.map((c) => ({ label: cellText(row[c - 1] ?? null).trim(), row: null, col: c, why: "forms" as const })),
    ];
    return aspects.map((a, i) => {
      const keep = (c: number) => c === a || keepBefore(c) || (c > last && !overall.includes(c) && !forms(c));
      const measure = `Tỷ lệ hài lòng về ${cellText(row[a - 1] ?? null).trim()}`;
      const rows = grid.rows.map((cells, k): GridCell[] => {
        const kept = cells.map((v, j) => (keep(j + 1) ? v : null));
        if (k === r - 1) kept[a - 1] = `${measure} (%)`;
        return kept;
      });
      const merges: CellRange[] = grid.merges.filter((m) => keep(m.left) && keep(m.right));
      return {
        grid: columnsView(grid, keep, rows, merges),
        measure,
        empty: false,
        cells: [],
        manyPerRow: true,
        ...(i === 0 && notRead.length > 0 ? { notRead } : {}),
        // The rows' periods and days are the first view's to tell; each aspect's column its own view's.
        source: (row: number, c: number): [number, number] | null => (c === a || i === 0 ? [row, c] : null),
      };
    });
  }
  return null;
}

function ratesBelow(grid: Grid, from: number, col: number): boolean {
  let n = 0;
  for (let r = from; r <= Math.min(grid.rows.length, from + 24); r++) {
    const v = grid.rows[r - 1]?.[col - 1] ?? null;
    if (typeof v !== "number") continue;
    if (v < 0 || v > 100) return false;
    n++;
  }
  return n >= 2;
}

function fractionalBelow(grid: Grid, from: number, col: number): boolean {
  for (let r = from; r <= Math.min(grid.rows.length, from + 24); r++) {
    const v = grid.rows[r - 1]?.[col - 1] ?? null;
    if (typeof v === "number" && !Number.isInteger(v)) return true;
  }
  return false;
}
