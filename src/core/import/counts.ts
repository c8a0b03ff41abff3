import { FactsCache } from "./cellFacts";
import { Field } from "./columns";
import { Grid, cellAt } from "./grid";
import { columnMoneyUnit, unitScale } from "./moneyUnits";

/**
 * Which two columns of a table of figures are the part and the whole. Officials add columns the
 * headings do not tell apart ("Gửi điện tử", "Gửi điện tử kèm bản giấy" beside "Tổng số"); where the
 * table states its rate, the pair whose quotient gives that rate on the rows is the one. Otherwise
 * the column that is mostly the smaller is the part (on time ≤ received), each in the unit its
 * heading rows (`top`..`bottom`) name: 2.400 triệu is less than 4,8 tỷ.
 */
export function pickCounts(
  grid: Grid,
  columns: Partial<Record<Field, number>>,
  rows: readonly number[],
  facts: FactsCache,
  top: number,
  bottom: number,
): void {
  const num = (r: number, c: number): number | null => {
    const v = cellAt(grid, r, c);
    return typeof v === "number" ? v : typeof v === "string" ? facts.of(v).number : null;
  };
  if (columns.value !== undefined) {
    const pair = pairGivingRate(num, columns, rows, grid);
    if (pair) {
      columns.numerator = pair[0];
      columns.denominator = pair[1];
      return;
    }
  }
  const a = columns.numerator;
  const b = columns.denominator;
  const scale =
    a !== undefined && b !== undefined ? unitScale(columnMoneyUnit(grid, top, bottom, a), columnMoneyUnit(grid, top, bottom, b)) : null;
  const scaled: NumberAt = scale
    ? (r, c) => {
        const v = num(r, c);
        return v === null ? null : v * (c === a ? scale.numerator : c === b ? scale.denominator : 1);
      }
    : num;
  orderCounts(scaled, columns, rows);
}

type NumberAt = (r: number, c: number) => number | null;

/** Columns of whole counts not given to another field: the candidates for part and whole. */
function countColumns(num: NumberAt, columns: Partial<Record<Field, number>>, rows: readonly number[], width: number): number[] {
  const taken = new Set(
    Object.entries(columns)
      .filter(([f]) => f !== "numerator" && f !== "denominator")
      .map(([, c]) => c),
  );
  const out: number[] = [];
  for (let c = 1; c <= width; c++) {
    if (taken.has(c)) continue;
    let counts = 0;
    let filled = 0;
    for (const r of rows) {
      const v = num(r, c);
      if (v === null) continue;
      filled++;
      if (Number.isInteger(v) && v >= 0) counts++;
    }
    if (filled > 0 && counts >= filled * 0.8) out.push(c);
  }
  return out;
}

function pairGivingRate(
  num: NumberAt,
  columns: Partial<Record<Field, number>>,
  rows: readonly number[],
  grid: Grid,
): [number, number] | null {
  const rate = columns.value as number;
  const width = Math.max(...rows.map((r) => grid.rows[r - 1]?.length ?? 0), 0);
  const candidates = countColumns(num, columns, rows, width);
  if (candidates.length < 2) return null;
  // The headings' own pair first: it stays where another pair gives the rate no better.
  const pairs: Array<[number, number]> = [];
  if (columns.numerator !== undefined && columns.denominator !== undefined) pairs.push([columns.numerator, columns.denominator]);
  for (const a of candidates) for (const b of candidates) if (a !== b) pairs.push([a, b]);
  let best: { pair: [number, number]; hits: number } | null = null;
  for (const [a, b] of pairs) {
    let hits = 0;
    let seen = 0;
    for (const r of rows) {
      const x = num(r, a);
      const y = num(r, b);
      const v = num(r, rate);
      if (x === null || y === null || v === null || y <= 0) continue;
      seen++;
      const q = (x / y) * 100;
      // The rate typed as a percentage (87,8) or as a fraction of 1 (0.878), rounded as people round.
      if (Math.abs(q - v) <= 0.6 || Math.abs(q - v * 100) <= 0.6) hits++;
    }
    if (seen > 0 && hits >= Math.max(1, seen * 0.6) && (!best || hits > best.hits)) best = { pair: [a, b], hits };
  }
  return best ? best.pair : null;
}

/** Two count columns: the one that is mostly the smaller is the numerator (on time ≤ received). */
function orderCounts(num: NumberAt, columns: Partial<Record<Field, number>>, rows: readonly number[]): void {
  const a = columns.numerator;
  const b = columns.denominator;
  if (a === undefined || b === undefined) return;
  let bigger = 0;
  let smaller = 0;
  for (const r of rows) {
    const x = num(r, a);
    const y = num(r, b);
    if (x === null || y === null) continue;
    if (x > y) bigger++;
    else if (x < y) smaller++;
  }
  if (bigger > smaller && bigger >= 2) {
    columns.numerator = b;
    columns.denominator = a;
  }
}
