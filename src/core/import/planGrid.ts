import { IsoDate, formatViDate } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { FactsCache } from "./cellFacts";
import { Grid, GridCell, cellText, isGridDate, rowsToEdit } from "./grid";
import { dayOf } from "./gantt";
import { parsePeriod, periodEnd } from "./periods";

/**
 * A year's plan as a grid: a pair of columns per month ("Tháng 10" over "KH | TH"), an "x" under KH
 * in the month the work is due, and under TH the day it was done, an "x" (done that month) or the
 * share done so far ("55%"). Each row becomes one task with a deadline (the KH month's last day),
 * a status, a day done and a progress in columns of their own; what each month says goes to Ghi chú.
 */
export interface PlanGrid {
  grid: Grid;
  /** The months read, as the sheet names them. */
  months: string[];
}

const SCAN_ROWS = 30;
// "> năm 2020", "≥ 95%", "Tăng so với 2020", "Không thấp hơn năm trước": a target, as a plan of figures writes it.
const TARGET_SAID = /^\s*(?:[><≥≤]|t[ăa]ng\s|cao h[ơo]n|kh[ôo]ng th[ấa]p h[ơo]n)/iu;
const PLAN = /^(?:kh|ke hoach)$/;
const DONE = /^(?:th|thuc hien|thuc te)$/;

interface Month {
  label: string;
  end: IsoDate;
  plan: number;
  done: number;
}

const text = (v: GridCell | undefined): string => cellText(v ?? null).trim();

function monthsOf(grid: Grid, h: number, year: number | null): Month[] {
  const row = grid.rows[h - 1] ?? [];
  const above = grid.rows[h - 2] ?? [];
  const months: Month[] = [];
  // Looked at only where a cell is as short as "KH" or "Kế hoạch": this runs on every sheet's first rows.
  const short = (v: GridCell | undefined, re: RegExp) => typeof v === "string" && v.length <= 12 && re.test(looseKey(v));
  for (let c = 1; c < row.length; c++) {
    if (!short(row[c - 1], PLAN) || !short(row[c], DONE)) continue;
    // The period over the pair: its own cell, or the merged label's first cell to the left.
    let label = "";
    for (let x = c; x >= 1 && label === ""; x--) label = text(above[x - 1]);
    const p = parsePeriod(label);
    const y = p?.year ?? year;
    const end = p && y !== null && p.kind !== "day" ? periodEnd(p, y) : null;
    if (end) months.push({ label, end, plan: c, done: c + 1 });
  }
  return months;
}

function figuresUnder(grid: Grid, h: number, months: ReadonlyArray<{ plan: number; done: number }>, facts: FactsCache): boolean {
  let figures = 0;
  let other = 0;
  for (let r = h + 1; r <= Math.min(grid.rows.length, h + 40); r++)
    for (const m of months)
      // (A plan's KH cell holds a mark or a day; a target of 100 or 90 there is a figure too.)
      for (const c of [m.plan, m.done]) {
        const v = grid.rows[r - 1]?.[c - 1] ?? null;
        if (v === null || text(v) === "") continue;
        // ("40%" under KH is a target, never a mark of work planned; nor is "> năm 2020", "≥ 95%".)
        // ("98,6%" under TH: a rate to its tenth is a result; a share done is a round figure, "55%".)
        if (
          isFigure(v, facts) ||
          (c === m.plan && typeof v === "string" && (/\d\s*%/.test(v) || TARGET_SAID.test(v))) ||
          (c === m.done && typeof v === "string" && /\d[.,]\d{1,2}\s*%/.test(v))
        )
          figures++;
        else other++;
      }
  return figures > other;
}

/**
 * A result, not a mark of work: 91,67; a rate typed as a fraction of 1 (0,874); "152/160" or "95" typed as text.
 * A plan's TH cell holds "x", 1, a day ("15/10") or the share done ("55%").
 */
function isFigure(v: GridCell, facts: FactsCache): boolean {
  if (typeof v === "number") return v > 1 || !Number.isInteger(v);
  if (typeof v !== "string" || isGridDate(v)) return false;
  const f = facts.of(v);
  if (f.date) return false;
  return f.fraction !== null || (f.number !== null && f.number > 1 && !v.includes("%"));
}

export function withPlanGrid(grid: Grid, facts: FactsCache, year: number | null): PlanGrid | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let h = 2; h <= last; h++) {
    const months = monthsOf(grid, h, year);
    if (months.length < 2) continue;
    // "KH | TH" holding figures (targets 90, results 91,67): a table of readings by period, not a plan of work.
    if (figuresUnder(grid, h, months, facts)) continue;
    const width = Math.max(...grid.rows.map((r) => r.length));
    const { rows, put } = rowsToEdit(grid);
    const [dueCol, statusCol, doneCol, progressCol, noteCol] = [1, 2, 3, 4, 5].map((i) => width + i);
    const gridCols = months.flatMap((m) => [m.plan, m.done]);
    const [left, right] = [Math.min(...gridCols), Math.max(...gridCols)];
    // The header's top row (where "STT" and "Nội dung" stand) takes the new headings: the rows under it were the grid's.
    const outside = (r: number) => (grid.rows[r - 1] ?? []).some((v, i) => (i + 1 < left || i + 1 > right) && text(v) !== "");
    const top = [h - 2, h - 1].find((r) => r >= 1 && outside(r)) ?? h;
    // "Tiến độ (%)" of the sheet's own beside the months: the share done is its, and no second column is made.
    const ownProgress = [h - 1, h]
      .flatMap((r) => (grid.rows[r - 1] ?? []).map((v, i) => ({ v, c: i + 1 })))
      .find(
        ({ v, c }) => (c < left || c > right) && typeof v === "string" && /^(?:tien do|% hoan thanh|ty le hoan thanh)\b/.test(looseKey(v)),
      )?.c;
    ["Thời hạn", "Tình trạng", "Ngày hoàn thành", ownProgress === undefined ? "Tiến độ (%)" : null, "Tiến độ theo tháng"].forEach((t, i) =>
      put(top, width + 1 + i, t),
    );
    for (let r = h + 1; r <= grid.rows.length; r++) {
      const row = grid.rows[r - 1] ?? [];
      // A task's row has its text outside the grid; a signature under the months is none.
      if (!outside(r) || !months.some((m) => text(row[m.plan - 1]) !== "" || text(row[m.done - 1]) !== "")) continue;
      let due: IsoDate | null = null;
      let done: IsoDate | null = null;
      let doneMonth: string | null = null;
      let share: number | null = null;
      const said: string[] = [];
      for (const m of months) {
        const plan = row[m.plan - 1] ?? null;
        const got = row[m.done - 1] ?? null;
        if (text(plan) !== "") due = m.end;
        // "25/2", "ngày 8" typed under TH: that day, in the month's year.
        const typed = isGridDate(got) || text(got) === "" ? null : dayOf(text(got), Number(m.end.slice(0, 4)), m.end);
        const typedDay = isGridDate(typed) ? typed.date : null;
        if (isGridDate(got) || typedDay !== null) {
          done = isGridDate(got) ? got.date : typedDay;
          doneMonth = null;
        } else if (text(got) !== "") {
          const f = facts.of(text(got));
          const pct = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/.exec(text(got));
          if (pct) share = Number(pct[1].replace(",", "."));
          else if (f.tick || f.status === "Hoàn thành") doneMonth = m.label;
          else if (typeof got === "number" && got >= 0 && got <= 1) share = got * 100;
        }
        const parts = [
          text(plan) !== "" ? `KH ${text(plan)}` : "",
          got !== null && text(got) !== "" ? `TH ${isGridDate(got) ? formatViDate(got.date) : text(got)}` : "",
        ];
        if (parts.some((p) => p !== "")) said.push(`${m.label}: ${parts.filter((p) => p !== "").join(", ")}`);
      }
      for (const c of gridCols) put(r, c, null);
      const own = ownProgress === undefined ? null : row[ownProgress - 1];
      if (share === null && own !== null && own !== undefined) {
        const n = typeof own === "number" ? own : facts.of(text(own)).number;
        if (n !== null) share = n > 0 && n <= 1 && !Number.isInteger(n) ? n * 100 : n;
      }
      const finished = done !== null || doneMonth !== null || (share !== null && share >= 100);
      put(r, dueCol, due === null ? null : { date: due });
      put(r, statusCol, finished ? "Hoàn thành" : share !== null && share > 0 ? "Đang thực hiện" : "Chưa thực hiện");
      put(r, doneCol, done === null ? null : { date: done });
      if (ownProgress === undefined) put(r, progressCol, finished ? 100 : share);
      put(r, noteCol, said.join("; "));
    }
    // The band's headings ("Tiến độ thực hiện năm 2021" › "Tháng 10" › "KH | TH") and their merges go with the grid.
    for (let r = Math.max(1, h - 2); r <= h; r++) for (const c of gridCols) put(r, c, null);
    const merges = grid.merges.filter((m) => !(m.left >= left && m.right <= right && m.bottom <= h));
    return { grid: { ...grid, rows, merges, readerColumnsFrom: grid.readerColumnsFrom ?? width + 1 }, months: months.map((m) => m.label) };
  }
  return null;
}
