import { looseKey } from "../text/normalize";
import { FactsCache, cellKind } from "./cellFacts";
import { Grid, GridCell, cellText, isGridDate, rowsToEdit } from "./grid";

/**
 * Each task written on two rows with no label saying which is which: the numbered row is the work to
 * do (its deadline in "Thời gian"), the row under it, with no number, its result ("Đã niêm yết …" |
 * 27/09/2021 | Hoàn thành). The result row's cells are moved onto the task's row, beside its own: into
 * the same column where the task's row leaves it empty, else into a column of their own ("Kết quả
 * thực hiện", "Ngày hoàn thành"), so the usual reader reads one task per pair.
 */
export interface ResultRows {
  grid: Grid;
  /** The task rows that took a result row, and the result rows (blanked). */
  pairs: Array<{ task: number; result: number }>;
}

const SCAN_ROWS = 30;
const STATE_START = /^(?:da|dang|chua|du thao|xong|hoan thanh)\b/;
const SUB_ITEM = /^(?:[a-zđ][).]|[-+•*–]|\d{1,2}[.)]\d*)\s*/u;

export const blank = (v: GridCell | undefined) => v === undefined || cellKind(v) === "empty";
/** A task's own number in its cell: 3, "3", "3.", "3)". */
export const numbered = (v: GridCell | undefined) =>
  (typeof v === "number" && Number.isInteger(v) && v > 0) || (typeof v === "string" && /^\s*\d{1,3}[.)]?\s*$/.test(v));

export function withResultRows(grid: Grid, facts: FactsCache): ResultRows | null {
  const header = grid.rows.slice(0, SCAN_ROWS).findIndex((row) => /^(?:stt|tt|so tt)$/.test(looseKey(cellText(row[0] ?? null))));
  if (header < 0) return null;
  const h = header + 1;
  const width = Math.max(...grid.rows.map((r) => r.length));
  const pairs: Array<{ task: number; result: number }> = [];
  let tasks = 0;
  for (let r = h + 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    if (!numbered(row[0])) continue;
    tasks++;
    const next = grid.rows[r] ?? [];
    if (!blank(next[0]) || next.every(blank)) continue;
    // One row of result, never a list of sub-steps ("a) …", "- …", two rows or more under the task).
    const after = grid.rows[r + 1] ?? [];
    if (!(after.every(blank) || numbered(after[0]))) continue;
    const first = next.find((v, i) => i > 0 && typeof v === "string" && v.trim() !== "");
    if (typeof first === "string" && SUB_ITEM.test(first.trim())) continue;
    // The result row says where the work stands: a status, or words that start with "Đã", "Đang", "Chưa".
    const says = next.some((v) => {
      if (typeof v !== "string") return false;
      const f = facts.of(v);
      return f.status !== null || STATE_START.test(f.key);
    });
    // Its number-like cells (a code, a count) are the task row's columns' only: a sub-item has its own.
    const ownCode = next.some((v, i) => i > 0 && typeof v === "string" && facts.of(v).code !== null);
    if (says && !ownCode) pairs.push({ task: r, result: r + 1 });
  }
  if (pairs.length < 3 || pairs.length < tasks / 2) return null;
  // Columns both rows fill (the text, the date) get a column of their own for the result's value.
  const both = new Set<number>();
  for (const { task, result } of pairs)
    for (let c = 2; c <= width; c++) if (!blank(grid.rows[result - 1]?.[c - 1]) && !blank(grid.rows[task - 1]?.[c - 1])) both.add(c);
  const extra = [...both].sort((a, b) => a - b);
  const headingOf = (c: number) => cellText(grid.rows[h - 1]?.[c - 1] ?? null).trim();
  const { rows, put } = rowsToEdit(grid);
  let named = { done: false, result: false };
  extra.forEach((c, i) => {
    const dates = pairs.some(({ result }) => isGridDate(grid.rows[result - 1]?.[c - 1] ?? null));
    const words = pairs.some(({ result }) => {
      const v = grid.rows[result - 1]?.[c - 1];
      return typeof v === "string" && facts.of(v).long;
    });
    const heading =
      dates && !named.done ? "Ngày hoàn thành" : words && !named.result ? "Kết quả thực hiện" : `${headingOf(c)} (dòng kết quả)`;
    named = { done: named.done || heading === "Ngày hoàn thành", result: named.result || heading === "Kết quả thực hiện" };
    put(h, width + 1 + i, heading);
  });
  for (const { task, result } of pairs) {
    const from = grid.rows[result - 1] ?? [];
    from.forEach((v, i) => {
      const c = i + 1;
      if (blank(v)) return;
      const at = extra.indexOf(c);
      put(task, at >= 0 ? width + 1 + at : c, v);
    });
    rows[result - 1] = [];
  }
  return { grid: { ...grid, rows }, pairs };
}
