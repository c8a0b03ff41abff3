import { CellRange, Grid, cellAt, cellText, isBlank } from "./grid";
import { Field, MAX_HEADING_CHARS, READING_FIELDS, ReadingField, TASK_FIELDS, TaskField, headingKey, keyScore } from "./columns";

export type SheetKind = "tasks" | "readings";

/** Where a sheet's table is and what each column holds. */
export interface TableLayout {
  kind: SheetKind;
  /** First and last header rows (equal for a one-level header). */
  headerTop: number;
  headerBottom: number;
  /** The heading each mapped column was recognised by, for showing the user. */
  headings: Record<number, string>;
  columns: Partial<Record<Field, number>>;
}

export type Detection = { ok: true; layout: TableLayout } | { ok: false; reason: string };

const SCAN_ROWS = 30;
/** Rows below the best header so far still tried: a title can sit right above the real header. */
const LOOK_PAST = 3;

/**
 * The merged range over each cell of the rows a header can be in, found once per sheet:
 * looking each cell up in the whole list cost minutes on sheets with tens of thousands of merges.
 * Merges count up to the header rows' last cell or column 256, whichever is further (a merge out
 * to XFD adds nothing past it). Minimal, for issue #9: the importer's rewrite owns detection's cost.
 */
interface MergeIndex {
  at: Map<number, CellRange>;
  /** The furthest column a range starting on each row reaches (within `cols`). */
  rightOfTop: Map<number, number>;
  cols: number;
}

function mergeIndex(grid: Grid, lastRow: number): MergeIndex {
  let cols = 256;
  for (let r = 0; r < lastRow; r++) cols = Math.max(cols, grid.rows[r]?.length ?? 0);
  const at = new Map<number, CellRange>();
  const rightOfTop = new Map<number, number>();
  // Last to first, so that the first range listed over a cell wins, as a search would find it.
  for (let i = grid.merges.length - 1; i >= 0; i--) {
    const m = grid.merges[i];
    if (m.top > lastRow) continue;
    rightOfTop.set(m.top, Math.max(rightOfTop.get(m.top) ?? 0, Math.min(m.right, cols)));
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++)
      for (let c = m.left; c <= Math.min(m.right, cols); c++) at.set(r * 16_384 + c, m);
  }
  return { at, rightOfTop, cols };
}

/** A cell's text, taking the value of the merged range it lies in. */
function labelAt(grid: Grid, merges: MergeIndex, row: number, col: number): string {
  const m = merges.at.get(row * 16_384 + col);
  return cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col)).trim();
}

function width(grid: Grid, merges: MergeIndex, rows: number[]): number {
  let w = 0;
  for (const r of rows) w = Math.max(w, grid.rows[r - 1]?.length ?? 0);
  for (const r of rows) w = Math.max(w, merges.rightOfTop.get(r) ?? 0);
  return w;
}

/** Heading of each column for a header spanning rows top..bottom: the levels joined, top first. */
function headingsOf(grid: Grid, merges: MergeIndex, top: number, bottom: number): string[] {
  const cols = width(grid, merges, top === bottom ? [top] : [top, bottom]);
  const out: string[] = [];
  for (let c = 1; c <= cols; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = labelAt(grid, merges, r, c);
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    }
    out.push(parts.join(" "));
  }
  return out;
}

interface Mapping {
  columns: Partial<Record<Field, number>>;
  headings: Record<number, string>;
  score: number;
}

/** Best column for each field, each column used once, strongest matches first. */
function mapColumns(
  headings: readonly string[],
  keys: readonly string[],
  fields: readonly Field[],
  score: (key: string, field: Field) => number,
): Mapping {
  const candidates: Array<{ field: Field; col: number; score: number }> = [];
  keys.forEach((key, i) => {
    if (key === "" || key.length > MAX_HEADING_CHARS) return;
    // A two-level heading "Phân công Chủ trì" is also tried by its lower words alone.
    const words = key.split(" ");
    const tails = words.slice(1).map((_, k) => words.slice(k + 1).join(" "));
    for (const field of fields) {
      const best = Math.max(score(key, field), ...tails.map((t) => score(t, field) - 0.5));
      if (best > 0) candidates.push({ field, col: i + 1, score: best });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: Partial<Record<Field, number>> = {};
  const headingsUsed: Record<number, string> = {};
  const usedCols = new Set<number>();
  let total = 0;
  for (const c of candidates) {
    if (columns[c.field] !== undefined || usedCols.has(c.col)) continue;
    columns[c.field] = c.col;
    headingsUsed[c.col] = headings[c.col - 1];
    usedCols.add(c.col);
    total += c.score;
  }
  return { columns, headings: headingsUsed, score: total };
}

function isTaskTable(m: Mapping): boolean {
  const c = m.columns as Partial<Record<TaskField, number>>;
  const others = (["code", "lead", "due", "status", "progress", "doneDate", "evidence"] as const).filter((f) => c[f] !== undefined).length;
  return c.content !== undefined && others >= 1;
}

function isReadingTable(m: Mapping): boolean {
  const c = m.columns as Partial<Record<ReadingField, number>>;
  const counts = c.numerator !== undefined && c.denominator !== undefined;
  const when = c.period !== undefined || c.date !== undefined;
  return (counts || c.value !== undefined) && when;
}

/**
 * Finds the header in the first rows of a sheet: one or two levels ("Phân công" over
 * "Chủ trì" | "Phối hợp"), and whether the table holds tasks or indicator readings.
 */
export function detectTable(grid: Grid): Detection {
  let best: { layout: TableLayout; score: number } | null = null;
  const memo = new Map<string, number>();
  const score = (key: string, field: Field): number => {
    const k = `${field}\u0000${key}`;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = keyScore(key, field)));
    return v;
  };
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  const merges = mergeIndex(grid, last + 1);
  const mergeTops = new Set(grid.merges.map((m) => m.top));
  for (let top = 1; top <= last; top++) {
    if (best && top > best.layout.headerBottom + LOOK_PAST) break;
    if ((grid.rows[top - 1] ?? []).every(isBlank) && !mergeTops.has(top)) continue;
    for (const bottom of [top, top + 1]) {
      if (bottom > grid.rows.length) continue;
      const headings = headingsOf(grid, merges, top, bottom);
      const keys = headings.map((h) => (h.length > MAX_HEADING_CHARS * 2 ? "" : headingKey(h)));
      for (const [kind, fields] of [
        ["tasks", TASK_FIELDS],
        ["readings", READING_FIELDS],
      ] as const) {
        const mapping = mapColumns(headings, keys, fields, score);
        const fits = kind === "tasks" ? isTaskTable(mapping) : isReadingTable(mapping);
        if (!fits) continue;
        // A second level must add something, else the one-level reading stands.
        const total = mapping.score - (bottom > top ? 0.75 : 0);
        if (!best || total > best.score) {
          best = {
            score: total,
            layout: { kind, headerTop: top, headerBottom: bottom, headings: mapping.headings, columns: mapping.columns },
          };
        }
      }
    }
  }
  if (!best) return { ok: false, reason: "Không nhận ra dòng tiêu đề của bảng nhiệm vụ hoặc bảng số liệu chỉ số." };
  return { ok: true, layout: best.layout };
}
