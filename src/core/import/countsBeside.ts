import { formatViNumber } from "../format/viNumber";
import { Problem, problem } from "../validate/problems";
import { Grid, cellAt, columnName } from "./grid";
import { Reading } from "./records";

// "419/423 hồ sơ", "21/22 người", "1.820/2.000": a part over its whole, a unit after them at most.
const COUNTS = /^\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*\/\s*(\d{1,3}(?:\.\d{3})*|\d+)(?:\s+\p{L}[\p{L} ]{0,20})?\s*$/u;

function whole(text: string): number {
  return Number(text.replace(/\./g, ""));
}

/**
 * A rate read without its counts, the cell just before it writing them ("Số lượng | Tỷ lệ": "419/423 hồ sơ |
 * 99,1%"): the counts are the reading's numerator and denominator where their quotient is the rate, said in Ghi chú.
 * Counts that give another rate ("430/455 | 95,5%") are named, the written rate kept.
 */
export function withCountsBeside(readings: readonly Reading[], grids: readonly Grid[]): { readings: Reading[]; problems: Problem[] } {
  const bySheet = new Map(grids.map((g) => [`${g.file}\u0000${g.sheet}`, g]));
  const problems: Problem[] = [];
  const out = readings.map((r) => {
    const c = r.source.columns.value;
    if (r.numerator !== null || r.denominator !== null || r.value === null || c === undefined || c < 2) return r;
    const grid = bySheet.get(`${r.source.file}\u0000${r.source.sheet}`);
    const v = grid ? cellAt(grid, r.source.row, c - 1) : null;
    const m = typeof v === "string" ? COUNTS.exec(v) : null;
    if (!m) return r;
    const [num, den] = [whole(m[1]), whole(m[2])];
    if (den <= 0 || num > den) return r;
    const given = (num / den) * 100;
    if (Math.abs(given - r.value) >= 0.6) {
      const shown = `${formatViNumber(num)}/${formatViNumber(den)}`;
      problems.push(
        problem(
          "RATE_MISMATCH",
          { file: r.source.file, sheet: r.source.sheet, row: r.source.row, column: columnName(c) },
          formatViNumber(r.value),
          {
            vi: `tỷ lệ ghi ${formatViNumber(r.value)}% nhưng cột ${columnName(c - 1)} ghi ${shown} = ${formatViNumber(Math.round(given * 100) / 100)}%; giữ tỷ lệ đã ghi, hãy kiểm tra.`,
            en: `the rate says ${r.value}% but column ${columnName(c - 1)} gives ${num}/${den} = ${Math.round(given * 100) / 100}%; the written rate is kept, check it.`,
          },
        ),
      );
      return r;
    }
    const said = `Tử số, mẫu số theo cột ${columnName(c - 1)}: ${v as string}`;
    return { ...r, numerator: num, denominator: den, note: r.note ? `${r.note}; ${said}` : said };
  });
  return { readings: out, problems };
}
