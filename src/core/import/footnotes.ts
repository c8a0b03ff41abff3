import { Grid, GridCell } from "./grid";

/**
 * Footnotes under a table: "30/11/2021 (*)" in a cell, "(*) Đã được Chủ tịch UBND xã đồng ý gia hạn
 * đến ngày 20/12/2021 …" on a line below. The mark is taken off the cell and the footnote joins the
 * cell's notes (Ghi chú says it). A deadline the footnote extends ("gia hạn đến ngày …") replaces the
 * cell's date, the old one kept in the note; nothing else is changed. Kept apart from the cell's own
 * notes (comments): a footnote is not read for the task's state.
 */
const MARK_AT_END = /\s*(\(\*{1,3}\)|\*{1,3}|\(\d\)|[⁽(][⁰¹²³⁴⁵⁶⁷⁸⁹][⁾)]|[¹²³])\s*$/u;
const LINE = /^\s*(\(\*{1,3}\)|\*{1,3}|\(\d\)|[⁽(][⁰¹²³⁴⁵⁶⁷⁸⁹][⁾)]|[¹²³])\s*(\S.{4,})$/su;
const EXTENDED = /gia hạn\s+(?:đến|tới|sang)\s+(?:ngày\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})/iu;

/** "(*)", "*", "(1)", "⁽¹⁾", "(¹)", "¹" as one key. */
function keyOf(mark: string): string {
  const sup = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(mark.replace(/[⁽⁾()]/g, ""));
  if (sup >= 0) return `(${sup})`;
  return mark.startsWith("(") ? mark : `(${mark})`;
}

export function withFootnotes(grid: Grid): { grid: Grid; notes: number } | null {
  const notes = new Map<string, string>();
  const lineOf = new Map<string, number>();
  let firstLine = Infinity;
  grid.rows.forEach((row, i) => {
    const filled = row.filter((v) => v !== null && v !== "");
    if (filled.length !== 1 || typeof filled[0] !== "string") return;
    const m = LINE.exec(filled[0]);
    if (!m) return;
    notes.set(keyOf(m[1]), m[2].trim());
    lineOf.set(keyOf(m[1]), i + 1);
    firstLine = Math.min(firstLine, i + 1);
  });
  if (notes.size === 0) return null;
  const rows = grid.rows.map((r) => [...r]);
  const footnotes: Record<string, string> = {};
  let used = 0;
  const usedMarks = new Set<string>();
  for (let r = 1; r < Math.min(firstLine, rows.length + 1); r++) {
    const row = rows[r - 1];
    row.forEach((v, i) => {
      if (typeof v !== "string") return;
      const m = MARK_AT_END.exec(v);
      const said = m ? notes.get(keyOf(m[1])) : undefined;
      if (!m || said === undefined || m.index === 0) return;
      const kept = v.slice(0, m.index).trim();
      const extended = EXTENDED.exec(said);
      // A deadline the footnote moves: the new day, the written one said beside it.
      const value: GridCell = extended && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(kept) ? extended[1] : kept;
      row[i] = value;
      const key = `${r}:${i + 1}`;
      const note = value !== kept ? `${m[1]} ${said} (ô ghi ${kept})` : `${m[1]} ${said}`;
      footnotes[key] = footnotes[key] ? `${footnotes[key]}; ${note}` : note;
      usedMarks.add(keyOf(m[1]));
      used++;
    });
  }
  // A numbered footnote ("(1) …") a cell points to is carried in that task's Ghi chú: its line is read no more
  // (it would read as a section). Starred lines are notes of the table anyway.
  for (const mark of usedMarks) if (/^\(\d\)$/.test(mark)) rows[(lineOf.get(mark) as number) - 1] = [];
  return used > 0 ? { grid: { ...grid, rows, footnotes }, notes: used } : null;
}
