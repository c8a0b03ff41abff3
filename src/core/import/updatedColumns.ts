import { Field, headingKey, keyScore } from "./columns";
import { Grid, GridCell, cellAt, isBlank } from "./grid";
import { TableLayout } from "./header";

/**
 * A field written again in a column added later: "Tình trạng" beside "Tình trạng (cập nhật 11/2021)",
 * "Kết quả đến 30/9" beside "Kết quả đến 30/11". The newer column is the field's; where a row left it
 * empty, the older one still says where the work stood.
 */
export interface UpdatedColumn {
  field: Field;
  newer: number;
  older: number;
}

// The fields an official updates in a column of its own as the year goes on.
// (A day done is not among them: its column's dates are read once for the whole column.)
const UPDATED_FIELDS: readonly Field[] = ["status", "progress", "result"];

// "(cập nhật 11/2021)", "cập nhật", "mới", "bổ sung", or a day the column is up to: "đến 30/11", "tháng 11/2021".
const UPDATE_MARK =
  /\s*\b(?:(?:lan )?cap nhat|moi|bo sung)\b(?:\s+(?:ngay|thang|den))?(?:\s+\d{1,4}){0,3}$|\s*\b(?:den|tinh den|den ngay|thang|ngay)(?:\s+\d{1,4}){1,3}$/;

interface Marked {
  stem: string;
  /** The day the column is up to, as yyyymmdd (or mmdd without a year); null when the heading gives none. */
  when: number | null;
  marked: boolean;
}

function markOf(key: string): Marked {
  const m = UPDATE_MARK.exec(key);
  if (!m) return { stem: key, when: null, marked: false };
  return { stem: key.slice(0, m.index).trim(), when: dayOf((m[0].match(/\d+/g) ?? []).map(Number)), marked: true };
}

/** "30 11" -> 1130, "11 2021" -> 20211131, "30 11 2021" -> 20211130; a month alone is its end. */
function dayOf(n: readonly number[]): number | null {
  const [a, b, c] = n;
  if (c !== undefined) return c * 10000 + b * 100 + a;
  if (b !== undefined) return b >= 1900 ? b * 10000 + a * 100 + 31 : b * 100 + a;
  if (a === undefined) return null;
  if (a >= 1900) return a * 10000 + 1231;
  return a <= 12 ? a * 100 + 31 : null;
}

/** Which of two columns of one field is the later one; null when the headings do not tell. */
function newerOf(a: number, ma: Marked, b: number, mb: Marked): number | null {
  if (ma.when !== null && mb.when !== null) {
    // A day with a year against one without cannot be compared.
    if (ma.when >= 10000 !== mb.when >= 10000 || ma.when === mb.when) return null;
    return ma.when > mb.when ? a : b;
  }
  // Only one heading marked ("Tiến độ" | "Tiến độ (cập nhật 11/2021)"): the later column, to its right.
  if (ma.marked !== mb.marked) {
    const marked = ma.marked ? a : b;
    return marked === Math.max(a, b) ? marked : null;
  }
  return ma.marked ? Math.max(a, b) : null;
}

/**
 * The layout with each updated field's newer column in its place, and the pairs found; null when
 * the table has none. Tables read across the columns (months, quarters) are left as they are: there
 * every column is a period of its own.
 */
export function updatedColumns(layout: TableLayout): { layout: TableLayout; pairs: UpdatedColumn[] } | null {
  if (layout.kind !== "tasks" || layout.across || layout.progressAcross) return null;
  const columns = { ...layout.columns };
  const fieldAt = new Map<number, Field>(Object.entries(columns).map(([f, c]) => [c as number, f as Field]));
  const pairs: UpdatedColumn[] = [];
  for (const field of UPDATED_FIELDS) {
    const own = columns[field];
    if (own === undefined) continue;
    const mine = markOf(headingKey(layout.headings[own] ?? ""));
    if (mine.stem === "" || keyScore(mine.stem, field) < 2) continue;
    for (const c of Object.keys(layout.headings).map(Number)) {
      const taken = fieldAt.get(c);
      // Another column free, or taken only as a result or a note ("Tình trạng (cập nhật)" read as a result).
      if (c === own || (taken !== undefined && taken !== "result" && taken !== "note")) continue;
      if (pairs.some((p) => p.newer === c || p.older === c)) continue;
      const other = markOf(headingKey(layout.headings[c] ?? ""));
      if (other.stem !== mine.stem) continue;
      const newer = newerOf(own, mine, c, other);
      if (newer === null) continue;
      const older = newer === c ? own : c;
      if (taken !== undefined) delete columns[taken];
      columns[field] = newer;
      fieldAt.set(newer, field);
      fieldAt.delete(older);
      pairs.push(
        ...laterUpdates(
          layout,
          fieldAt,
          columns,
          field,
          { c: newer, m: newer === c ? other : mine },
          { c: older, m: newer === c ? mine : other },
        ),
      );
      break;
    }
  }
  return pairs.length === 0 ? null : { layout: { ...layout, columns }, pairs };
}

/**
 * A field updated in more than two columns ("Diễn biến theo tháng": Tháng 9 | Tháng 10 | Tháng 11 | Tháng 12):
 * the newest is the field's, and a row that left it empty is read from the latest column it filled. The pairs
 * come newest older first, which is the order they are tried in. A column the headings cannot order stays out.
 */
function laterUpdates(
  layout: TableLayout,
  fieldAt: Map<number, Field>,
  columns: TableLayout["columns"],
  field: Field,
  first: { c: number; m: Marked },
  second: { c: number; m: Marked },
): UpdatedColumn[] {
  const chain = [first, second];
  for (const c of Object.keys(layout.headings).map(Number)) {
    if (chain.some((x) => x.c === c)) continue;
    const taken = fieldAt.get(c);
    // (A month whose cells are all shares, "2/6 thôn", may have been taken for the progress: it is one of the months.)
    if (taken !== undefined && taken !== "result" && taken !== "note" && taken !== "progress") continue;
    const m = markOf(headingKey(layout.headings[c] ?? ""));
    if (m.stem !== first.m.stem || m.when === null) continue;
    // Its place among the others: before the first it is newer than; it must be comparable with each.
    const order = chain.map((x) => newerOf(x.c, x.m, c, m));
    if (order.includes(null)) continue;
    const at = order.findIndex((n) => n === c);
    chain.splice(at < 0 ? chain.length : at, 0, { c, m });
    if (taken !== undefined) delete columns[taken];
    fieldAt.delete(c);
  }
  const newest = chain[0].c;
  columns[field] = newest;
  for (const x of chain.slice(1)) fieldAt.delete(x.c);
  fieldAt.set(newest, field);
  return chain.slice(1).map((x) => ({ field, newer: newest, older: x.c }));
}

/**
 * The table seen, one row at a time, with each newer column's empty cell filled from its older column,
 * for reading that row's fields. The older cell itself stays where it is, carried into Ghi chú under
 * its own heading. One copy of the rows (and of the formats) serves every row, the last row patched
 * put back first: a copy per row was quadratic in a long table.
 */
export class OlderCells {
  private rows: GridCell[][] | null = null;
  private formats: Record<string, string> | null = null;
  private patched: { r: number; keys: string[] } | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly pairs: readonly UpdatedColumn[],
  ) {}

  /** Row `r` so filled, and the columns filled; null when no cell needed it. */
  at(r: number): { grid: Grid; filled: Set<number> } | null {
    this.restore();
    const row = this.grid.rows[r - 1];
    if (!row) return null;
    const filled = new Set<number>();
    let copy: GridCell[] | null = null;
    const keys: string[] = [];
    for (const p of this.pairs) {
      const older = row[p.older - 1] ?? null;
      // (Several older columns of one field: the first, the newest of them, that the row filled.)
      if (!isBlank((copy ?? row)[p.newer - 1] ?? null) || isBlank(older)) continue;
      copy ??= [...row];
      while (copy.length < p.newer) copy.push(null);
      copy[p.newer - 1] = older;
      // Its number format too: 0.3 shown as "30%" is 30 %.
      const format = this.grid.formats[`${r}:${p.older}`];
      if (format !== undefined) {
        const key = `${r}:${p.newer}`;
        (this.formats ??= { ...this.grid.formats })[key] = format;
        keys.push(key);
      }
      filled.add(p.newer);
    }
    if (copy === null) return null;
    (this.rows ??= this.grid.rows.slice())[r - 1] = copy;
    this.patched = { r, keys };
    return { grid: { ...this.grid, rows: this.rows, formats: this.formats ?? this.grid.formats }, filled };
  }

  private restore(): void {
    if (this.patched === null) return;
    const { r, keys } = this.patched;
    if (this.rows) this.rows[r - 1] = this.grid.rows[r - 1] ?? [];
    for (const k of keys) {
      const was = this.grid.formats[k];
      if (this.formats) {
        if (was === undefined) delete this.formats[k];
        else this.formats[k] = was;
      }
    }
    this.patched = null;
  }
}

// "Tình trạng (theo VP nắm được)", "Trạng thái (cũ)": the state as someone else knew it, or as it was.
const STALE_STATUS = /\b(?:theo vp|vp nam duoc|nam duoc|cu|lan truoc|ban dau|ky truoc)\b/;
// "Tự đánh giá", "Tình hình hiện nay": the official's own word on it now.
const OWN_WORD = /^(?:tu danh gia|tu danh gia cua (?:bo phan|cong chuc|don vi|ca nhan)|hien nay|hien tai|cap nhat)\b/;

/**
 * A status column headed as someone else's view or an old one ("Tình trạng (theo VP nắm được)"), and
 * beside it a column of the official's own word ("Tự đánh giá": Hoàn thành, Đang thực hiện …): the
 * official's is the newer status, the other read where it is empty. `isStatus` says whether a cell's
 * text is a status word.
 */
export function ownStatusColumn(
  layout: TableLayout,
  grid: Grid,
  firstRow: number,
  lastRow: number,
  isStatus: (text: string) => boolean,
): UpdatedColumn | null {
  const status = layout.columns.status;
  if (layout.kind !== "tasks" || status === undefined || !STALE_STATUS.test(headingKey(layout.headings[status] ?? ""))) return null;
  const taken = new Set(Object.values(layout.columns));
  for (const c of Object.keys(layout.headings).map(Number)) {
    if (taken.has(c) || !OWN_WORD.test(headingKey(layout.headings[c] ?? ""))) continue;
    let filled = 0;
    let words = 0;
    for (let r = firstRow; r <= lastRow; r++) {
      const v = cellAt(grid, r, c);
      if (typeof v !== "string" || v.trim() === "") continue;
      filled++;
      if (isStatus(v)) words++;
    }
    if (filled > 0 && words >= filled * 0.6) return { field: "status", newer: c, older: status };
  }
  return null;
}
