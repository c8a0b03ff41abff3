import { CellRange, Grid, cellAt, cellText, isBlank } from "./grid";
import { Field, READING_FIELDS, ReadingField, TASK_FIELDS, TaskField, fieldScore } from "./columns";

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

function mergeAt(merges: readonly CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** A cell's text, taking the value of the merged range it lies in. */
function labelAt(grid: Grid, row: number, col: number): string {
  const m = mergeAt(grid.merges, row, col);
  return cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col)).trim();
}

function width(grid: Grid, rows: number[]): number {
  return Math.max(0, ...rows.map((r) => grid.rows[r - 1]?.length ?? 0), ...grid.merges.filter((m) => rows.includes(m.top)).map((m) => m.right));
}

/** Heading of each column for a header spanning rows top..bottom: the levels joined, top first. */
function headingsOf(grid: Grid, top: number, bottom: number): string[] {
  const cols = width(grid, top === bottom ? [top] : [top, bottom]);
  const out: string[] = [];
  for (let c = 1; c <= cols; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = labelAt(grid, r, c);
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
function mapColumns(headings: readonly string[], fields: readonly Field[]): Mapping {
  const candidates: Array<{ field: Field; col: number; score: number }> = [];
  headings.forEach((h, i) => {
    for (const field of fields) {
      // A two-level heading "Phân công Chủ trì" is also tried by its lower part alone.
      const score = Math.max(fieldScore(h, field), ...h.split(" ").map((_, k, words) => (k > 0 ? fieldScore(words.slice(k).join(" "), field) - 0.5 : 0)));
      if (score > 0) candidates.push({ field, col: i + 1, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: Partial<Record<Field, number>> = {};
  const headingsUsed: Record<number, string> = {};
  const usedCols = new Set<number>();
  let score = 0;
  for (const c of candidates) {
    if (columns[c.field] !== undefined || usedCols.has(c.col)) continue;
    columns[c.field] = c.col;
    headingsUsed[c.col] = headings[c.col - 1];
    usedCols.add(c.col);
    score += c.score;
  }
  return { columns, headings: headingsUsed, score };
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
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let top = 1; top <= last; top++) {
    if ((grid.rows[top - 1] ?? []).every(isBlank) && !grid.merges.some((m) => m.top === top)) continue;
    for (const bottom of [top, top + 1]) {
      if (bottom > grid.rows.length) continue;
      const headings = headingsOf(grid, top, bottom);
      for (const [kind, fields] of [["tasks", TASK_FIELDS], ["readings", READING_FIELDS]] as const) {
        const mapping = mapColumns(headings, fields);
        const fits = kind === "tasks" ? isTaskTable(mapping) : isReadingTable(mapping);
        if (!fits) continue;
        // A second level must add something, else the one-level reading stands.
        const score = mapping.score - (bottom > top ? 0.75 : 0);
        if (!best || score > best.score) {
          best = { score, layout: { kind, headerTop: top, headerBottom: bottom, headings: mapping.headings, columns: mapping.columns } };
        }
      }
    }
  }
  if (!best) return { ok: false, reason: "Không nhận ra dòng tiêu đề của bảng nhiệm vụ hoặc bảng số liệu chỉ số." };
  return { ok: true, layout: best.layout };
}
