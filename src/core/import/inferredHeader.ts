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

type Kind = "long" | "date" | "status" | "official" | "person" | "code" | "int" | "text" | "other";

// "Nguyễn Thị Hoa", "Lê Văn Tâm": a person's name, two to four words each capitalised.
const PERSON = /^(?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*$/u;

/** The headings written for the columns told, and the field each names. */
const HEADINGS = {
  content: "Nội dung công việc",
  due: "Thời hạn",
  doneDate: "Ngày hoàn thành",
  status: "Tình trạng",
  lead: "Chủ trì",
  partners: "Phối hợp",
  code: "Tiêu chí",
  stt: "STT",
  note: "Ghi chú",
} as const;
export type InferredField = keyof typeof HEADINGS;

export interface InferredHeader {
  grid: Grid;
  /** The blank row the header was written into; 0 where the rows start at the sheet's first (no row to write into). */
  row: number;
  /** The column (1-based) of each field told, for a table whose rows start at the sheet's first row. */
  fields: Partial<Record<InferredField, number>>;
  /** The heading written for each column told (1-based). */
  headings: Record<number, string>;
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
  // "đang làm 60%", "xong 05/11": a state first, then how far or when, as a jotted list says it.
  if (f.statusLead !== null && f.text.length <= 30) return "status";
  if (f.date !== null && f.text.length <= 24) return "date";
  // "hạn 31/12", "Hạn: 15/11/2021": the deadline with its word.
  if (f.text.length <= 24 && /^(?:hạn|han|thời hạn|thoi han)\s*:?\s*\d{1,2}\s*[/.-]\s*\d{1,2}/iu.test(f.text)) return "date";
  if (f.code !== null && f.text.length <= 16) return "code";
  if (f.official && !f.long) return "official";
  if (PERSON.test(f.text)) return "person";
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
  // From the first row too: a month's sheet the official knows the columns of, typed from its top.
  for (let i = 0; i < Math.min(rows.length, SEARCH_ROWS); i++) {
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
  if (top < 0 || !(above.every(isBlank) || (sectionLine(above) && rows.slice(0, top - 1).every((r) => r.every(isBlank))))) return null;
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
  const named = new Map<number, InferredField>();
  const content = columns.filter((x) => x.kind === "long").sort((a, b) => b.filled - a.filled)[0];
  if (!content || content.filled < MOSTLY * count) return null;
  named.set(content.col, "content");
  const dates = columns.filter((x) => x.kind === "date");
  if (dates.length > 2) return null;
  if (dates.length === 1) named.set(dates[0].col, "due");
  if (dates.length === 2) {
    // The deadline is written for every task; the day done only for those done.
    const [a, b] = dates;
    if (a.filled === b.filled) return null;
    const [due, done] = a.filled > b.filled ? [a, b] : [b, a];
    named.set(due.col, "due");
    named.set(done.col, "doneDate");
  }
  // The fullest column of states is the status; a state said on a row or two elsewhere is a note.
  const status = columns.filter((x) => x.kind === "status").sort((a, b) => b.filled - a.filled);
  if (status.length > 1 && status[1].filled >= MOSTLY * status[0].filled) return null;
  for (const extra of status.slice(1)) extra.kind = "text";
  if (status.length >= 1) named.set(status[0].col, "status");
  if (dates.length === 0 && status.length === 0) return null;
  // Officials' titles, else people's names: who leads, then who helps.
  const officials = [...columns.filter((x) => x.kind === "official"), ...columns.filter((x) => x.kind === "person")];
  if (officials[0]) named.set(officials[0].col, "lead");
  if (officials[1]) named.set(officials[1].col, "partners");
  if (officials.length > 2) return null;
  const code = columns.filter((x) => x.kind === "code");
  if (code.length === 1) named.set(code[0].col, "code");
  const numbered = columns.find((x) => x.kind === "int" && x.col < content.col && isSequence(body.map((r) => r[x.col] ?? null)));
  if (numbered) named.set(numbered.col, "stt");
  // Text left over after the fields, right of the content: what the official wrote beside it.
  const notes = columns.filter((x) => x.kind === "text" && x.col > content.col && !named.has(x.col)).pop();
  if (notes) named.set(notes.col, "note");
  const heading = (c: number): string | null => {
    const f = named.get(c);
    return f === undefined ? null : HEADINGS[f];
  };
  const header: GridCell[] = Array.from({ length: width }, (_, c) => heading(c));
  const out = top === 0 ? rows : rows.map((r, i) => (i === top - 1 ? header : r));
  const said = [...named].sort((a, b) => a[0] - b[0]).map(([c, f]) => `${columnName(c + 1)} = ${HEADINGS[f]}`);
  const over = above.find((v) => !isBlank(v));
  if (over !== undefined) said.push(`dòng ${top} "${cellText(over).trim()}" thay bằng tiêu đề cột`);
  const fields = Object.fromEntries([...named].map(([c, f]) => [f, c + 1]));
  const headings = Object.fromEntries([...named].map(([c, f]) => [c + 1, HEADINGS[f]]));
  return { grid: { ...grid, rows: out }, row: top, said, fields, headings };
}

/** 1, 2, 3 … down the rows (a gap or two allowed): a numbering column. */
function isSequence(values: GridCell[]): boolean {
  const ns = values.map((v) => Number(cellText(v).replace(/\.$/, ""))).filter((n) => Number.isFinite(n) && n > 0);
  if (ns.length < MOSTLY * values.length) return false;
  return ns.every((n, i) => i === 0 || n > ns[i - 1]);
}

/** The columns of a table of figures with no header: "1.1 | Tỷ lệ hồ sơ … | 12 | 96 | 0,125" on every row. */
export interface InferredReadings {
  /** The first row of figures; the header is taken to be the row above it (a title, or none). */
  first: number;
  fields: { code: number; indicator: number; numerator?: number; denominator?: number; value?: number };
  headings: Record<number, string>;
  said: string[];
}

/**
 * Rows opening with a criterion's code, its name beside it, then figures: a part, a whole and the rate
 * (the rate being their quotient, as a share or a percent) or the rate alone. Only where every row of
 * figures has that shape; the period is the sheet's (its name, a title line above).
 */
export function inferredReadings(grid: Grid, facts: FactsCache): InferredReadings | null {
  const rows = grid.rows;
  const filled = rows.map((r, i) => ({ i, r })).filter(({ r }) => r.some((v) => !isBlank(v)));
  const body = filled.filter(({ r }) => r.filter((v) => !isBlank(v)).length >= 3);
  if (body.length < 2 || body.length < filled.length - 2) return null;
  const codeOf = (v: GridCell) => {
    const t = typeof v === "number" ? String(v) : cellText(v).trim();
    return /^[1-9]\.\d{1,2}\.?$/.test(t) ? t : null;
  };
  if (!body.every(({ r }) => codeOf(r[0] ?? null) !== null && typeof r[1] === "string" && (r[1] as string).trim().length >= 6)) return null;
  const width = Math.max(...body.map(({ r }) => r.length));
  if (width < 3 || width > 6) return null;
  const figure = (v: GridCell) => (typeof v === "number" ? v : typeof v === "string" ? facts.of(v).number : null);
  const cols = Array.from({ length: width - 2 }, (_, k) => k + 2);
  if (!cols.every((c) => body.some(({ r }) => figure(r[c] ?? null) !== null))) return null;
  const fields: InferredReadings["fields"] = { code: 1, indicator: 2 };
  if (cols.length === 3) {
    // Part, whole, rate: the rate is the part over the whole on the rows that have all three.
    const agrees = body.every(({ r }) => {
      const [a, b, v] = cols.map((c) => figure(r[c] ?? null));
      if (a === null || b === null || v === null || b === 0) return true;
      const share = (a / b) * 100;
      return Math.abs(share - v) <= 0.6 || Math.abs(share - v * 100) <= 0.6;
    });
    if (!agrees) return null;
    Object.assign(fields, { numerator: 3, denominator: 4, value: 5 });
  } else if (cols.length === 1) fields.value = 3;
  else return null;
  const names: Record<string, string> = {
    code: "Mã tiêu chí",
    indicator: "Chỉ tiêu",
    numerator: "Tử số",
    denominator: "Mẫu số",
    value: "Tỷ lệ (%)",
  };
  const headings = Object.fromEntries(Object.entries(fields).map(([f, c]) => [c, names[f]]));
  const said = Object.entries(fields).map(([f, c]) => `${columnName(c)} = ${names[f]}`);
  return { first: body[0].i + 1, fields, headings, said };
}
