import { Grid, GridCell } from "./grid";

/**
 * "Quý I/2021" over "TS | MS | TL (%)", "30/9/2021" over "TS/MS | %": a rate's parts as officials
 * abbreviate them in a header (tử số, mẫu số, tỷ lệ), read as the words. Only in a header row where
 * "TS" stands beside "MS" (or "TS/MS" heads a column): alone, "TS" is as often "tổng số".
 */
const TOP_ROWS = 30;
const NUMERATOR = /^ts\.?$/i;
const DENOMINATOR = /^ms\.?$/i;
const RATE = /^tl\s*(\(\s*%\s*\)|%)?$/i;
const BOTH = /^ts\s*\/\s*ms$/i;
const PERCENT_ALONE = /^\(?%\)?$/;

const typed = (v: GridCell | undefined): string => (typeof v === "string" ? v.trim() : "");

function spelled(row: readonly GridCell[]): GridCell[] | null {
  const texts = row.map(typed);
  const pairs = texts.some((t, i) => NUMERATOR.test(t) && DENOMINATOR.test(texts[i + 1] ?? ""));
  const joined = texts.some((t) => BOTH.test(t));
  if (!pairs && !joined) return null;
  return row.map((v, i) => {
    const t = texts[i];
    if (NUMERATOR.test(t)) return "Tử số";
    if (DENOMINATOR.test(t)) return "Mẫu số";
    if (BOTH.test(t)) return "Tử số/Mẫu số";
    // "TS/MS | %": the rate beside them.
    if (joined && PERCENT_ALONE.test(t) && BOTH.test(texts[i - 1] ?? "")) return "Tỷ lệ (%)";
    const rate = pairs ? RATE.exec(t) : null;
    if (rate) return rate[1] ? "Tỷ lệ (%)" : "Tỷ lệ";
    return v;
  });
}

/** The grid with its header's "TS", "MS", "TL" spelled out, or null where no header abbreviates them. */
export function withRatePartWords(grid: Grid): Grid | null {
  let rows: GridCell[][] | null = null;
  for (let r = 1; r <= Math.min(grid.rows.length, TOP_ROWS); r++) {
    const row = spelled(grid.rows[r - 1] ?? []);
    if (row === null) continue;
    rows ??= [...grid.rows];
    rows[r - 1] = row;
  }
  return rows === null ? null : { ...grid, rows };
}
