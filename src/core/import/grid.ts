import { IsoDate } from "../dates/isoDate";
import { looseKey } from "../text/normalize";

/**
 * What both adapters read a sheet into: the .xlsx reader (src/xlsx) from a file, the Office.js
 * reader from the live workbook. Row and column numbers are 1-based, as Excel shows them.
 */
export type GridDate = { date: IsoDate };
export type GridError = { error: string };
export type GridCell = string | number | boolean | null | GridDate | GridError;

/** Takes a sheet's rows one at a time (row number from 1; rows without cells are not given). */
export type RowSink = (row: number, cells: GridCell[]) => void;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** The file's name as the user knows it (no folders), for Nguồn. */
  file: string;
  sheet: string;
  /** Sheet hidden in the workbook (still read: hidden is not deleted). */
  hidden: boolean;
  /** Hidden so that only a macro can show it ("very hidden"): a program's lists, never an official's tracking. */
  veryHidden?: true;
  /** rows[r - 1][c - 1] is the cell at row r, column c; short rows end at their last value. */
  rows: GridCell[][];
  /** Number formats other than General, by "row:col". */
  formats: Record<string, string>;
  /** Cells' fill colours ("RRGGBB") by "row:col", where the reader knows them and any cell has one. */
  fills?: Record<string, string>;
  /** Cells' notes (comments) by "row:col", where the reader knows them and any cell has one. */
  comments?: Record<string, string>;
  /** Words struck through inside a cell (a correction typed over them), by "row:col"; the cell holds what was left. */
  struck?: Record<string, string>;
  /** Cells whose whole text is struck through (the cell's font), by "row:col": a line crossed out, cancelled. */
  strikeout?: Record<string, true>;
  /** Where a cell's hyperlink leads ("https://…"), by "row:col", where the reader knows them. */
  links?: Record<string, string>;
  /** Words set in bold within a cell's text that is not all bold, by "row:col" (the lead among several). */
  bold?: Record<string, string[]>;
  /** A footnote a cell's mark ("30/11/2021 (*)") points to, by "row:col"; the mark is off the cell. */
  footnotes?: Record<string, string>;
  /** The print page's header and footer text ("Số liệu tính đến ngày 30/11/2021"), a line per part, where the reader knows it. */
  pageHeader?: string;
  /** The text of text boxes drawn over the sheet, a line per paragraph, where the reader knows them. */
  textBoxes?: string;
  /** Columns from here on were added by a reader (a month grid's deadline, a bar chart's months): not the sheet's own. */
  readerColumnsFrom?: number;
  merges: CellRange[];
  hiddenRows: number[];
  hiddenCols: number[];
  /** Set when the sheet was larger than the reader keeps. */
  truncated?: boolean;
  /** What lay past the reader's limits, when something did: rows after `afterRow`, cells after column `afterColumn`. */
  notRead?: { rows: number; afterRow: number; cells: number; afterColumn: number };
  /** Rows a report's lines were laid out in as a table's (textList): each a task, never a heading of the rows under it. */
  listedRows?: readonly number[];
  /** A report's lines stating figures, typed in one cell among its task lines (textList): read as figures at their row. */
  figureLines?: Readonly<Record<number, { col: number; text: string }>>;
}

/** A "row:col"-keyed record (formats, fills) with only the columns `keep` keeps. */
export function keyedByColumns<T>(record: Readonly<Record<string, T>>, keep: (col: number) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => keep(Number(k.slice(k.indexOf(":") + 1)))));
}

/**
 * A view of a sheet with only the rows `keep` keeps, the others blank (row numbers stay the sheet's), each kept row as
 * `line` gives it; merges wholly within the kept rows stay.
 */
export function rowsView(grid: Grid, keep: (row: number) => boolean, line: (row: GridCell[]) => GridCell[] = (row) => row): Grid {
  return {
    ...grid,
    rows: grid.rows.map((row, i) => (keep(i + 1) ? line(row) : [])),
    merges: grid.merges.filter((m) => keep(m.top) && keep(m.bottom)),
  };
}

/** A view of a sheet with only the columns `keep` keeps: its rows as given, merges, formats and fills filtered alike. */
export function columnsView(grid: Grid, keep: (col: number) => boolean, rows: GridCell[][], merges: CellRange[]): Grid {
  return {
    ...grid,
    rows,
    merges,
    formats: keyedByColumns(grid.formats, keep),
    ...(grid.fills ? { fills: keyedByColumns(grid.fills, keep) } : {}),
    ...(grid.comments ? { comments: keyedByColumns(grid.comments, keep) } : {}),
    ...(grid.struck ? { struck: keyedByColumns(grid.struck, keep) } : {}),
    ...(grid.strikeout ? { strikeout: keyedByColumns(grid.strikeout, keep) } : {}),
    ...(grid.links ? { links: keyedByColumns(grid.links, keep) } : {}),
    ...(grid.bold ? { bold: keyedByColumns(grid.bold, keep) } : {}),
    ...(grid.footnotes ? { footnotes: keyedByColumns(grid.footnotes, keep) } : {}),
  };
}

export function isGridDate(v: GridCell): v is GridDate {
  return typeof v === "object" && v !== null && "date" in v;
}

export function isGridError(v: GridCell): v is GridError {
  return typeof v === "object" && v !== null && "error" in v;
}

export function cellAt(grid: Grid, row: number, col: number): GridCell {
  return grid.rows[row - 1]?.[col - 1] ?? null;
}

/** The one year the title rows above row `top` name ("… THEO QUÝ NĂM 2021"), if they name just one. */
export function titleYear(grid: Grid, top: number): number | null {
  const years = new Set<number>();
  // "(Làm cơ sở so sánh khi đánh giá Chỉ số CCHC năm 2021)" under "THỐNG KÊ … NĂM 2020": the year the figures serve, not theirs.
  const served = new Set<number>();
  for (const row of grid.rows.slice(0, top - 1))
    for (const v of row)
      if (typeof v === "string" && v.length <= 200)
        for (const m of v.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) (isPurposeLine(v) ? served : years).add(Number(m[1]));
  if (years.size === 0 && served.size === 1) return [...served][0];
  return years.size === 1 ? [...years][0] : null;
}

/** "(Làm cơ sở so sánh khi đánh giá Chỉ số CCHC năm 2021)": a title's line saying what the figures serve, not their period. */
export function isPurposeLine(text: string): boolean {
  return PURPOSE_LINE.test(text);
}
// ("Phục vụ" is none: "… chất lượng phục vụ người dân năm 2021" is a title's own words.)
const PURPOSE_LINE = /(?:làm cơ sở|lam co so|để so sánh|de so sanh)/iu;

/** A copy of a sheet's rows to rewrite, and a setter that lengthens a row where it must (rows past the end made empty). */
export function rowsToEdit(grid: Grid): { rows: GridCell[][]; put: (r: number, c: number, v: GridCell) => void } {
  const rows = grid.rows.map((row) => row.slice());
  const put = (r: number, c: number, v: GridCell) => {
    while (rows.length < r) rows.push([]);
    const row = rows[r - 1];
    while (row.length < c - 1) row.push(null);
    row[c - 1] = v;
  };
  return { rows, put };
}

export function formatAt(grid: Grid, row: number, col: number): string | undefined {
  return grid.formats[`${row}:${col}`];
}

/** A row's filled cells as text, left to right: a line written in whichever columns. */
export function filledTexts(grid: Grid, row: number): string[] {
  return (grid.rows[row - 1] ?? []).filter((v) => !isBlank(v)).map((v) => cellText(v));
}

/** Text of a cell as a person reads it; "" for empty. */
export function cellText(v: GridCell): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isGridDate(v)) return v.date;
  return v.error;
}

export function isBlank(v: GridCell): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** "A", "B", … "AA" for a 1-based column. */
export function columnName(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B12" -> {row: 12, col: 2}. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  // Scanned by character code: the reader calls this for every cell of every sheet.
  const s = ref.trim();
  let i = s.charCodeAt(0) === DOLLAR ? 1 : 0;
  const lettersFrom = i;
  let col = 0;
  for (; i < s.length && i - lettersFrom < 4; i++) {
    const c = s.charCodeAt(i) & ~32; // a-z as A-Z
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (s.charCodeAt(i) === DOLLAR) i++;
  const digits = s.length - i;
  if (digits < 1 || digits > 7) return null;
  let row = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  return { row, col };
}

const DOLLAR = 36;

export function parseRangeRef(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

// The words of a sheet's first rows, asked by each dossier reader in turn of the same sheet: worked out once.
const WORDS = new WeakMap<Grid, Map<string, string>>();
const FIRST_ROWS = 42;

/** The words of a sheet's rows from index `from` up to `to` (0-based, `to` left out), keyed: what a quick look at a sheet sees. */
export function wordsOfRows(grid: Grid, from: number, to: number): string {
  // A look at the top of a sheet takes its first 42 rows' words, whichever reader asks (a few rows more than
  // some need: the words only let a reader look closer).
  if (from === 0 && to <= FIRST_ROWS) to = FIRST_ROWS;
  let seen = WORDS.get(grid);
  if (!seen) {
    seen = new Map();
    WORDS.set(grid, seen);
  }
  const at = `${from}:${to}`;
  let words = seen.get(at);
  if (words === undefined) {
    words = grid.rows
      .slice(from, to)
      .flatMap((r) => r.filter((c) => typeof c === "string").map((c) => looseKey(c as string)))
      .join(" ");
    seen.set(at, words);
  }
  return words;
}

/** A number as Excel shows it: to 15 significant digits ("2.3000000000000003", a code dragged down, is 2.3). */
export function asExcelShows(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(15));
}
