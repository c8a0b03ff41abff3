import { formatViNumber } from "../format/viNumber";
import { Grid, cellAt } from "./grid";
import { looseKey } from "../text/normalize";

/**
 * Money in two units in one table: "Kế hoạch năm 2021 (tỷ đồng)" beside "Thực hiện (triệu đồng)",
 * as a plan comes from the district in tỷ and the treasury's figures in triệu. A part over a whole
 * means nothing until both are in one unit: 2.400 triệu of 4,8 tỷ is 50 %, not 500 times more.
 */
export type MoneyUnit = { name: string; dong: number };

const UNITS: ReadonlyArray<[RegExp, MoneyUnit]> = [
  [/\bty dong\b/, { name: "tỷ đồng", dong: 1e9 }],
  [/\btrieu dong\b/, { name: "triệu đồng", dong: 1e6 }],
  [/\b(?:nghin|ngan) dong\b/, { name: "nghìn đồng", dong: 1e3 }],
];

/** The money unit a column's heading cells name (the heading rows and a units row under them), or null. */
export function columnMoneyUnit(grid: Grid, top: number, bottom: number, col: number): MoneyUnit | null {
  let found: MoneyUnit | null = null;
  for (let r = top; r <= bottom; r++) {
    const v = cellAt(grid, r, col);
    if (typeof v !== "string") continue;
    const k = looseKey(v);
    for (const [re, unit] of UNITS) {
      if (!re.test(k)) continue;
      // A heading naming two units tells nothing about its own column.
      if (found && found.dong !== unit.dong) return null;
      found = unit;
    }
  }
  return found;
}

/**
 * How to bring a numerator and a denominator into one unit: the column in the larger unit is
 * multiplied into the smaller one (4,8 tỷ -> 4.800 triệu, no fractions). Null where both are in
 * one unit, or either is not said.
 */
export interface UnitScale {
  /** Multiply the numerator by this, and the denominator by `denominator`; one of them is 1. */
  numerator: number;
  denominator: number;
  /** What was done, for the reading's Ghi chú. */
  note: (num: number | null, den: number | null) => string;
}

export function unitScale(num: MoneyUnit | null, den: MoneyUnit | null): UnitScale | null {
  if (!num || !den || num.dong === den.dong) return null;
  const up = num.dong > den.dong ? "numerator" : "denominator";
  const factor = Math.max(num.dong, den.dong) / Math.min(num.dong, den.dong);
  const [from, to] = up === "numerator" ? [num, den] : [den, num];
  const part = up === "numerator" ? "Tử số" : "Mẫu số";
  return {
    numerator: up === "numerator" ? factor : 1,
    denominator: up === "denominator" ? factor : 1,
    note: (n, d) => {
      const was = up === "numerator" ? n : d;
      const shown = was === null ? "" : ` ${formatViNumber(was)} ${from.name} = ${formatViNumber(was * factor)} ${to.name}`;
      return `${part} đổi đơn vị${shown} (tử số và mẫu số cùng tính bằng ${to.name})`;
    },
  };
}
