import { IsoDate, isoDate } from "../dates/isoDate";
import { findCriterion } from "./values";
import { Grid, cellText } from "./grid";
import { parsePeriod, periodEnd } from "./periods";
import { looseKey } from "../text/normalize";

/**
 * A criterion's figures kept as lines in one cell, a line per day they were read ("30/9: 2,10/3,60
 * tỷ (58,3%)⏎31/10: 2,53/3,60 tỷ (70,3%)", "Quý III: 9/14 chỉ tiêu đạt", "6 tháng: tăng 5,4%"),
 * the criterion in another cell of the row ("1.4 - Giải ngân vốn đầu tư công"). Each line is a
 * reading of that day; a line whose day cannot be told ("Đầu năm: …") is left out and said.
 */
export interface LineReading {
  row: number;
  col: number;
  code: string;
  date: IsoDate;
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
  line: string;
  /** The row's other cells, with their headings ("Chỉ tiêu năm 2021: 14/14 chỉ tiêu", "Ghi chú: …"), for Ghi chú. */
  others: string[];
}

const LINE = /^\s*(?:[-–•+]\s*)?([^:]{2,30}):\s*(.+)$/u;
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;
// Whole counts: "9/14 chỉ tiêu", "20/21 người"; money ("2,10/3,60 tỷ") is read by its rate.
const COUNTS = /(?<![\d.,/])(\d{1,6})\s*\/\s*(\d{1,6})(?![\d.,/])/;

/** The day a line's head names: "30/9", "Đến 30/11", "Quý III", "6 tháng", "9 tháng"; null for "Đầu năm". */
function dayOf(head: string, year: number): { date: IsoDate; period: string } | null {
  const t = head.trim();
  const d = /(?:^|\s)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*$/.exec(t);
  if (d) {
    const date = isoDate(d[3] ? Number(d[3]) : year, Number(d[2]), Number(d[1]));
    return date ? { date, period: t } : null;
  }
  const p = parsePeriod(t.replace(/\bnăm\b\s*$/iu, "").trim());
  if (p && p.kind !== "year") return { date: periodEnd(p, p.year ?? year), period: t };
  return null;
}

/** Whether a row names a criterion in full ("1.4 - Giải ngân …"): a data row, never the headings. */
function found0(texts: readonly string[]): boolean {
  return texts.some((t) => /^\s*(?:tc\s*)?\d\.\d{1,2}\s*[-–:.]\s*\S+\s+\S+/iu.test(t));
}

export function findLineReadings(
  grid: Grid,
  year: number,
): { readings: LineReading[]; skipped: Array<{ row: number; line: string }> } | null {
  // Most sheets have no cell of dated lines: a look for one settles it.
  if (!grid.rows.some((row) => row.some((v) => typeof v === "string" && v.includes("\n") && v.includes(":")))) return null;
  const readings: LineReading[] = [];
  const skipped: Array<{ row: number; line: string }> = [];
  let rows = 0;
  let multiLine = false;
  // A column headed as the target ("Chỉ tiêu năm 2021": "Đến 30/9: 60%; …") holds goals, not figures.
  const goal = new Set<number>();
  grid.rows.slice(0, 10).forEach((cells) =>
    cells.forEach((v, j) => {
      if (typeof v === "string" && /^(?:chi tieu|muc tieu|ke hoach|moc)\b/.test(looseKey(v))) goal.add(j);
    }),
  );
  // The headings: the last row of three texts or more before a row naming a criterion.
  let headings: string[] = [];
  grid.rows.forEach((cells, i) => {
    const r = i + 1;
    // Array.from, not map: a row's array may have holes where no cell was written.
    const texts = Array.from(cells, (v) => (v === null || v === undefined ? "" : cellText(v)));
    if (rows === 0 && !found0(texts) && texts.filter((t) => t.trim() !== "").length >= 3) headings = texts;
    // The criterion named in full where a task table would have its text: "1.4 - Giải ngân vốn đầu tư công".
    const codeAt = texts.findIndex(
      (t) => t.length <= 120 && findCriterion(t) !== null && /^\s*(?:tc\s*)?\d\.\d{1,2}\s*[-–:.]\s*\S+\s+\S+/iu.test(t),
    );
    if (codeAt < 0) return;
    const code = findCriterion(texts[codeAt]) as string;
    const others = (figures: number) =>
      texts
        .map((t, j) =>
          j === codeAt || j === figures || t.trim() === "" ? "" : headings[j]?.trim() ? `${headings[j].trim()}: ${t.trim()}` : t.trim(),
        )
        .filter((x) => x !== "");
    let found = false;
    texts.forEach((t, j) => {
      if (j === codeAt || goal.has(j)) return;
      const lines = t.split(/\n/).filter((l) => l.trim() !== "");
      const got = lines
        .map((l) => LINE.exec(l))
        .filter((m): m is RegExpExecArray => m !== null && (PERCENT.test(m[2]) || COUNTS.test(m[2])));
      // Figures by the day they were read, in a cell of their own lines: most of its lines are such.
      if (got.length === 0 || got.length < lines.length * 0.6) return;
      if (lines.length > 1) multiLine = true;
      for (const m of got) {
        const when = dayOf(m[1], year);
        if (when === null) {
          skipped.push({ row: r, line: m[0].trim() });
          continue;
        }
        const counts = COUNTS.exec(m[2]);
        const pct = PERCENT.exec(m[2]);
        const [num, den] = counts ? [Number(counts[1]), Number(counts[2])] : [null, null];
        const value =
          num !== null && den !== null && den > 0 && num <= den ? (num / den) * 100 : pct ? Number(pct[1].replace(",", ".")) : null;
        if (value === null) continue;
        readings.push({
          row: r,
          col: j + 1,
          code,
          date: when.date,
          period: when.period,
          numerator: num !== null && den !== null && num <= den ? num : null,
          denominator: num !== null && den !== null && num <= den ? den : null,
          value,
          line: m[0].trim(),
          others: others(j),
        });
        found = true;
      }
    });
    if (found) rows++;
  });
  return rows >= 2 && multiLine ? { readings, skipped } : null;
}
