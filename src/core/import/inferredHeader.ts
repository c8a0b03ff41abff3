import { FactsCache } from "./cellFacts";
import { Grid, GridCell, cellText, columnName, isBlank, isGridDate } from "./grid";

/**
 * A task list with no header row at all (rows copied out of the big plan under a title): the
 * columns' fields told by what they hold — the long sentences are the content, a column of dates
 * filled on every row the deadline, one filled only on some the day done, status words the status,
 * officials' titles the lead, "1.2" the criterion. A header of those names is written into the
 * blank row above the rows, so the table is read as usual, and the guess is said in Kiểm tra.
 * Where the columns cannot be told apart (three date columns, no content), nothing is guessed.
 */
const SEARCH_ROWS = 60;
const MIN_ROWS = 3;
/** Share of a column's filled cells that must be of one kind for the column to be that kind. */
const MOSTLY = 0.6;

type Kind = "long" | "date" | "status" | "official" | "code" | "int" | "text" | "other";

export interface InferredHeader {
  grid: Grid;
  /** The blank row the header was written into. */
  row: number;
  /** "A = STT", "B = Nội dung công việc" …, for the line in Kiểm tra. */
  said: string[];
}

function kindOf(v: GridCell, facts: FactsCache): Kind | null {
  if (isBlank(v)) return null;
  if (isGridDate(v)) return "date";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : /^\d{1,2}\.\d{1,2}$/.test(String(v)) ? "code" : "other";
  if (typeof v !== "string") return "other";
  const f = facts.of(v.trim());
  if (f.status !== null) return "status";
  if (f.date !== null && f.text.length <= 24) return "date";
  if (f.code !== null && f.text.length <= 16) return "code";
  if (f.official && !f.long) return "official";
  if (f.long) return "long";
  if (/^\d{1,3}\.?$/.test(f.text)) return "int";
  return "text";
}

/** A line of one short text between a list's items ("2. Giải ngân vốn đầu tư công"): a section of it. */
function sectionLine(row: readonly GridCell[]): boolean {
  const filled = row.filter((v) => !isBlank(v));
  return filled.length === 1 && typeof filled[0] === "string" && filled[0].trim().length <= 80;
}

/**
 * The run of rows, from `from`, each with a long sentence and a date or a status word, section
 * lines between them allowed: its length in rows and how many are items.
 */
function taskRun(rows: GridCell[][], from: number, facts: FactsCache): { rows: number; items: number } {
  let end = from;
  let items = 0;
  while (end < rows.length) {
    const row = rows[end] ?? [];
    const kinds = row.map((v) => kindOf(v, facts));
    if (kinds.includes("long") && (kinds.includes("date") || kinds.includes("status"))) items++;
    else if (!(items > 0 && sectionLine(row) && end + 1 < rows.length)) break;
    end++;
  }
  // A section line last is the next list's title, not this one's.
  while (end > from && sectionLine(rows[end - 1] ?? [])) end--;
  return { rows: end - from, items };
}

export function withInferredHeader(grid: Grid, facts: FactsCache): InferredHeader | null {
  const rows = grid.rows;
  let top = -1;
  let count = 0;
  for (let i = 1; i < Math.min(rows.length, SEARCH_ROWS); i++) {
    const run = taskRun(rows, i, facts);
    if (run.items >= MIN_ROWS) {
      top = i;
      count = run.rows;
      break;
    }
  }
  // The header goes into the blank row above, or over the list's first section line ("1. Công khai ngân
  // sách", said); another filled row there may be a header not recognised.
  const above = rows[top - 1] ?? [];
  if (top < 1 || !(above.every(isBlank) || (sectionLine(above) && rows.slice(0, top - 1).every((r) => r.every(isBlank))))) return null;
  const body = rows.slice(top, top + count).filter((r) => !sectionLine(r));
  const width = Math.max(...body.map((r) => r.length));
  const columns: { col: number; filled: number; kind: Kind | null }[] = [];
  for (let c = 0; c < width; c++) {
    const tally = new Map<Kind, number>();
    let filled = 0;
    for (const row of body) {
      const k = kindOf(row[c] ?? null, facts);
      if (k === null) continue;
      filled++;
      tally.set(k, (tally.get(k) ?? 0) + 1);
    }
    const [kind, n] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    columns.push({ col: c, filled, kind: kind !== null && n >= MOSTLY * filled ? kind : filled > 0 ? "text" : null });
  }
  const named = new Map<number, string>();
  const content = columns.filter((x) => x.kind === "long").sort((a, b) => b.filled - a.filled)[0];
  if (!content || content.filled < MOSTLY * count) return null;
  named.set(content.col, "Nội dung công việc");
  const dates = columns.filter((x) => x.kind === "date");
  if (dates.length > 2) return null;
  if (dates.length === 1) named.set(dates[0].col, "Thời hạn");
  if (dates.length === 2) {
    // The deadline is written for every task; the day done only for those done.
    const [a, b] = dates;
    if (a.filled === b.filled) return null;
    const [due, done] = a.filled > b.filled ? [a, b] : [b, a];
    named.set(due.col, "Thời hạn");
    named.set(done.col, "Ngày hoàn thành");
  }
  const status = columns.filter((x) => x.kind === "status");
  if (status.length > 1) return null;
  if (status.length === 1) named.set(status[0].col, "Tình trạng");
  if (dates.length === 0 && status.length === 0) return null;
  const officials = columns.filter((x) => x.kind === "official");
  if (officials[0]) named.set(officials[0].col, "Chủ trì");
  if (officials[1]) named.set(officials[1].col, "Phối hợp");
  if (officials.length > 2) return null;
  const code = columns.filter((x) => x.kind === "code");
  if (code.length === 1) named.set(code[0].col, "Tiêu chí");
  const numbered = columns.find((x) => x.kind === "int" && x.col < content.col && isSequence(body.map((r) => r[x.col] ?? null)));
  if (numbered) named.set(numbered.col, "STT");
  // Text left over after the fields, right of the content: what the official wrote beside it.
  const notes = columns.filter((x) => x.kind === "text" && x.col > content.col && !named.has(x.col)).pop();
  if (notes) named.set(notes.col, "Ghi chú");
  const header: GridCell[] = Array.from({ length: width }, (_, c) => named.get(c) ?? null);
  const out = rows.map((r, i) => (i === top - 1 ? header : r));
  const said = [...named].sort((a, b) => a[0] - b[0]).map(([c, name]) => `${columnName(c + 1)} = ${name}`);
  const over = above.find((v) => !isBlank(v));
  if (over !== undefined) said.push(`dòng ${top} "${cellText(over).trim()}" thay bằng tiêu đề cột`);
  return { grid: { ...grid, rows: out }, row: top, said };
}

/** 1, 2, 3 … down the rows (a gap or two allowed): a numbering column. */
function isSequence(values: GridCell[]): boolean {
  const ns = values.map((v) => Number(cellText(v).replace(/\.$/, ""))).filter((n) => Number.isFinite(n) && n > 0);
  if (ns.length < MOSTLY * values.length) return false;
  return ns.every((n, i) => i === 0 || n > ns[i - 1]);
}
