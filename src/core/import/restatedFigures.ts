import { Reading } from "./records";
import { SENTENCE_NOTE } from "./rateSentences";

/**
 * A line under a table restating what the table gave ("Tổng hợp: có 13/16 chỉ tiêu đạt … (đạt 81,25%)"),
 * with no period of its own: the table's reading said again, never a second reading without a period.
 * It is dropped and its words join the table's reading's note. Readings are compared after the plan
 * has given each its criterion; only readings of the same sheet, criterion and figures are one.
 */
export function withoutRestatedFigures(readings: readonly Reading[]): Reading[] {
  const same = (a: Reading, b: Reading) =>
    a.code === b.code &&
    a.source.file === b.source.file &&
    a.source.sheet === b.source.sheet &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    a.value !== null &&
    b.value !== null &&
    Math.abs(a.value - b.value) < 0.05;
  const restated = new Map<Reading, Reading>();
  for (const r of readings) {
    if (r.period !== "" || r.date !== null || r.code === null || !r.note.startsWith(SENTENCE_NOTE)) continue;
    const table = readings.find((o) => o !== r && o.period !== "" && !o.note.startsWith(SENTENCE_NOTE) && same(o, r));
    if (table) restated.set(r, table);
  }
  if (restated.size === 0) return [...readings];
  const said = new Map<Reading, string[]>();
  for (const [line, table] of restated) said.set(table, [...(said.get(table) ?? []), `dòng ${line.source.row} ghi lại cùng số liệu`]);
  return readings
    .filter((r) => !restated.has(r))
    .map((r) => (said.has(r) ? { ...r, note: [r.note, ...(said.get(r) ?? [])].filter((n) => n !== "").join("; ") } : r));
}
