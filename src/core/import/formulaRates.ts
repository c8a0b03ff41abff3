import { cleanText, looseKey } from "../text/normalize";
import { parseNumberText } from "./cellFacts";
import { Grid, GridCell, cellText } from "./grid";
import { PeriodLabel, parsePeriod } from "./periods";
import { namedCode } from "./rows";

/**
 * A table of figures whose numbering row says how each column is worked out, as a form's does:
 *
 *   Kỳ      | Tiếp nhận | Trong đó trực tuyến | Đã giải quyết | Đúng hạn | Tỷ lệ đúng hạn – TCTP 1.2 | Tỷ lệ trực tuyến – TC 1.1
 *   A       | (1)       | (2)                 | (3)           | (4)      | (6)=(4)/(3)               | (7)=(2)/(1)
 *   Quý I   | 307       | 85                  | 301           | 298      | 0,99                      | 0,28
 *
 * Each column written as a ratio ("(6)=(4)/(3)") is a rate of its own, its parts the columns the
 * formula names: a reading per rate and period, never the counts paired by guess.
 */
export interface FormulaRates {
  /** The header's first row and the numbering row. */
  headerTop: number;
  numberingRow: number;
  lastRow: number;
  rates: RateColumn[];
  rows: FormulaRow[];
  /** Rows inside the table whose label names no period ("Lũy kế", "Ghi chú: …"): not read, to be named. */
  unread: Array<{ row: number; label: string }>;
}

export interface RateColumn {
  col: number;
  heading: string;
  /** The criterion the heading names ("– TCTP 1.2"), else null for the plan to suggest. */
  code: string | null;
  numeratorCol: number;
  denominatorCol: number;
}

export interface FormulaRow {
  row: number;
  label: string;
  period: PeriodLabel;
  /** Per rate column: the parts and the value (the parts' ratio where both are numbers, else the cell's). */
  figures: Array<{ rate: RateColumn; numerator: number | null; denominator: number | null; value: number } | null>;
}

const NUMBERED = /^\(\s*(\d{1,2})\s*\)$/;
const RATIO = /^\(\s*(\d{1,2})\s*\)\s*=\s*\(\s*(\d{1,2})\s*\)\s*[/:]\s*\(\s*(\d{1,2})\s*\)(?:\s*[x*×]\s*100\s*%?)?$/;
const SCAN_ROWS = 15;

function numberOf(v: GridCell | undefined): number | null {
  if (typeof v === "number") return v;
  return typeof v === "string" ? parseNumberText(v) : null;
}

export function findFormulaRates(grid: Grid): FormulaRates | null {
  for (let r = 2; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const row = grid.rows[r - 1] ?? [];
    // A cheap sign first: a cell opening with "(" and holding "=".
    if (!row.some((v) => typeof v === "string" && v.length <= 40 && v.trimStart().startsWith("(") && v.includes("="))) continue;
    const numbers = new Map<number, number>();
    const ratios: Array<{ col: number; num: number; den: number }> = [];
    row.forEach((v, i) => {
      const t = typeof v === "string" ? v.trim() : "";
      const own = NUMBERED.exec(t) ?? /^\(\s*(\d{1,2})\s*\)\s*=/.exec(t);
      if (own) numbers.set(Number(own[1]), i);
      const ratio = RATIO.exec(t);
      if (ratio) ratios.push({ col: i, num: Number(ratio[2]), den: Number(ratio[3]) });
    });
    if (ratios.length === 0 || numbers.size < 3) continue;
    const found = readRates(grid, r, numbers, ratios);
    if (found) return found;
  }
  return null;
}

function headingOf(grid: Grid, numberingRow: number, col: number): { text: string; top: number } {
  // The header rows above the numbering row (one or two, a group heading merged over its parts).
  const parts: string[] = [];
  let top = numberingRow;
  for (let r = numberingRow - 1; r >= Math.max(1, numberingRow - 2); r--) {
    const t = cleanText(cellText((grid.rows[r - 1] ?? [])[col] ?? null));
    if (t === "" && parts.length > 0) break;
    if (t !== "") parts.unshift(t);
    top = r;
  }
  return { text: parts.join(" "), top };
}

function readRates(
  grid: Grid,
  numberingRow: number,
  numbers: ReadonlyMap<number, number>,
  ratios: ReadonlyArray<{ col: number; num: number; den: number }>,
): FormulaRates | null {
  const rates: RateColumn[] = [];
  let headerTop = numberingRow;
  for (const x of ratios) {
    const numeratorCol = numbers.get(x.num);
    const denominatorCol = numbers.get(x.den);
    if (numeratorCol === undefined || denominatorCol === undefined) continue;
    const heading = headingOf(grid, numberingRow, x.col);
    headerTop = Math.min(headerTop, heading.top);
    rates.push({ col: x.col, heading: heading.text, code: namedCode(heading.text), numeratorCol, denominatorCol });
  }
  if (rates.length === 0) return null;
  // The period down the first column left of the figures whose cells name periods.
  const first = Math.min(...[...numbers.values()]);
  const rows: FormulaRow[] = [];
  const unread: Array<{ row: number; label: string }> = [];
  let lastRow = numberingRow;
  let periodCol: number | null = null;
  for (let r = numberingRow + 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    const labels = row.slice(0, first).map((v) => cleanText(cellText(v ?? null)));
    if (labels.every((t) => t === "") && row.every((v) => cellText(v ?? null).trim() === "")) break;
    lastRow = r;
    const at: number = periodCol ?? labels.findIndex((t) => t !== "" && parsePeriod(t) !== null);
    const label = at >= 0 ? (labels[at] ?? "") : "";
    const period = label === "" ? null : parsePeriod(label);
    if (period === null) {
      unread.push({ row: r, label: row.map((v) => cleanText(cellText(v ?? null))).find((t) => t !== "") ?? "" });
      continue;
    }
    periodCol = at;
    const figures = rates.map((rate) => {
      const numerator = numberOf(row[rate.numeratorCol]);
      const denominator = numberOf(row[rate.denominatorCol]);
      const written = numberOf(row[rate.col]);
      if (numerator !== null && denominator !== null && denominator > 0)
        return { rate, numerator, denominator, value: (numerator / denominator) * 100 };
      if (written === null) return null;
      return { rate, numerator: null, denominator: null, value: written <= 1 ? written * 100 : written };
    });
    rows.push({ row: r, label, period, figures });
  }
  if (rows.length === 0 || looseKey(rates.map((x) => x.heading).join(" ")) === "") return null;
  return { headerTop, numberingRow, lastRow, rates, rows, unread };
}
