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

function mergeAt(merges: readonly CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** A cell's text, taking the value of the merged range it lies in. */
function labelAt(grid: Grid, row: number, col: number): string {
  const m = mergeAt(grid.merges, row, col);
  return cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col)).trim();
}

function width(grid: Grid, rows: number[]): number {
  return Math.max(
    0,
    ...rows.map((r) => grid.rows[r - 1]?.length ?? 0),
    ...grid.merges.filter((m) => rows.includes(m.top)).map((m) => m.right),
  );
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
  for (let top = 1; top <= last; top++) {
    if (best && top > best.layout.headerBottom + LOOK_PAST) break;
    if ((grid.rows[top - 1] ?? []).every(isBlank) && !grid.merges.some((m) => m.top === top)) continue;
    for (const bottom of [top, top + 1]) {
      if (bottom > grid.rows.length) continue;
      const headings = headingsOf(grid, top, bottom);
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
