import { formatViNumber } from "../format/viNumber";
import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellAt, cellText } from "./grid";
import { parsePeriod, periodName } from "./periods";

// "Kết quả đo", "Số liệu", "Kết quả chỉ số": a band of a task table's columns giving its criterion's figure.
// ("SỐ LIỆU QUÝ III/2021": the band's period after its name, each figure that period's.)
const BAND_HEADING =
  /^(?:ket qua do(?: luong)?|so lieu(?: do| thuc te| dat duoc)?|ket qua (?:chi so|do luong)|chi so (?:do|dat duoc))(?: (?:quy|thang|nam|dot|ky|6 thang|9 thang)\b.*)?$/;
// Its parts: what was reached ("Đạt (SL)", "Đúng hạn"), out of how many ("Tổng (SL)"), the rate. ("Tử số | Mẫu số |
// Tỷ lệ (%)" under "Số liệu đạt được" name a reading's own fields, and are read as such.)
const PART_REACHED = /^(?:dat|so dat|so luong dat|dung han|hai long|thuc hien)\b/;
const PART_OUT_OF = /^(?:tong|tong so|ke hoach|kh)\b/;
const PART_RATE = /^(?:ty le|ti le|%)/;

/**
 * A task table with its criterion's figure in a band of columns: "Kết quả đo" merged over "Đạt (SL) | Tổng (SL) |
 * Tỷ lệ", each task's row "512 | 520 | 98,46%". Read as columns, the rate would pass for the task's progress and the
 * counts for nothing. The band is written as one "Số liệu" column ("512/520 (98,46%)"), read as the figures a task's
 * result reports are: its criterion's reading, never its progress. Null where the sheet has no such band.
 */
export function withMeasuredBand(grid: Grid): { grid: Grid; heading: string; rows: number } | null {
  const band = grid.merges.find(
    (m) =>
      m.top === m.bottom &&
      m.right - m.left >= 1 &&
      m.right - m.left <= 3 &&
      m.top <= 20 &&
      BAND_HEADING.test(looseKey(cellText(cellAt(grid, m.top, m.left)))),
  );
  if (band === undefined) return null;
  const sub = band.top + 1;
  const partOf = (c: number) => looseKey(cellText(cellAt(grid, sub, c)));
  const cols = Array.from({ length: band.right - band.left + 1 }, (_, k) => band.left + k);
  const reached = cols.find((c) => PART_REACHED.test(partOf(c)));
  const outOf = cols.find((c) => PART_OUT_OF.test(partOf(c)));
  const rate = cols.find((c) => PART_RATE.test(partOf(c)));
  if (reached === undefined || outOf === undefined) return null;
  const period = parsePeriod(cellText(cellAt(grid, band.top, band.left)));
  const named = period === null ? "" : `${periodName(period, period.year ?? 0).replace(/\/0$/, "")}: `;
  const rows = grid.rows.map((row) => [...row]);
  let written = 0;
  for (let r = sub + 1; r <= rows.length; r++) {
    const at = (c: number | undefined): GridCell => (c === undefined ? null : (grid.rows[r - 1]?.[c - 1] ?? null));
    const parts = [at(reached), at(outOf)];
    const share = at(rate);
    const shown =
      typeof share === "number" && share >= 0 && share <= 1.5
        ? `${formatViNumber(Math.round(share * 10000) / 100)}%`
        : typeof share === "number"
          ? `${formatViNumber(share)}%`
          : cellText(share).trim();
    const [a, b] = parts;
    const counts = typeof a === "number" && typeof b === "number" && b > 0 ? { a, b } : null;
    // (The counts alone: their rate, as the figures' reader wants a share.)
    const rated = shown !== "" ? shown : counts !== null ? `${formatViNumber(Math.round((counts.a / counts.b) * 1000) / 10)}%` : "";
    // (Whatever else the band's cells hold, "chưa tổng hợp" or a count in words, is said after the figure, never
    // dropped.)
    const others = cols
      .filter((c) => (counts === null || (c !== reached && c !== outOf)) && c !== rate)
      .map((c) => ({ c, t: cellText(at(c)).trim() }))
      .filter((x) => x.t !== "")
      .map((x) => `${cellText(cellAt(grid, sub, x.c)).trim()}: ${x.t}`);
    const said = [counts !== null ? `${counts.a}/${counts.b} (${rated})` : rated, ...others].filter((x) => x !== "").join("; ");
    for (const c of cols) if (rows[r - 1] !== undefined && rows[r - 1].length >= c) rows[r - 1][c - 1] = null;
    if (said === "" || rows[r - 1] === undefined) continue;
    while (rows[r - 1].length < band.left) rows[r - 1].push(null);
    rows[r - 1][band.left - 1] = `${named}${said}`;
    written++;
  }
  if (written === 0) return null;
  // The band's heading over its first column, its parts' headings gone.
  for (const c of cols) {
    if (rows[band.top - 1].length >= c) rows[band.top - 1][c - 1] = null;
    if (rows[sub - 1] !== undefined && rows[sub - 1].length >= c) rows[sub - 1][c - 1] = null;
  }
  rows[band.top - 1][band.left - 1] = "Số liệu đạt được";
  return {
    grid: { ...grid, rows, merges: grid.merges.filter((m) => m !== band) },
    heading: cellText(cellAt(grid, band.top, band.left)).trim(),
    rows: written,
  };
}
