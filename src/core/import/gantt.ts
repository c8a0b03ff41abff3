import { IsoDate, isoDate, ymd } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { FactsCache, saysState } from "./cellFacts";
import { headingKey, keyScore } from "./columns";
import { Grid, GridCell, cellText, isGridDate, rowsToEdit } from "./grid";
import { bareMonth, parsePeriod, periodEnd } from "./periods";
import { daysOfWeekLabel } from "./dossiers";

/**
 * A plan drawn as a bar chart: a column per month ("T7 | T8 | … | T12" under "Thời gian thực
 * hiện"), per quarter ("Quý III | Quý IV" under "Năm 2021", "Quý I" under "Năm 2022") or per week
 * ("Tuần 1 … 4" under "Tháng 11/2021"), a mark in each period the work runs. With no deadline
 * column of its own, each task is due at the end of the last period marked; the periods marked go
 * to Ghi chú either way. What an official writes in a period's cell instead of a mark is read too:
 * a state ("đang TH", "HT 12/10", "xong") as the row's state, a day ("05/10", 18/11/2021) as its
 * day done, a symbol the sheet's legend gives a state ("✓ - đã hoàn thành trong tháng") as that
 * state. A "Thường xuyên" column beside the periods, marked, is standing work: no deadline.
 */
export interface GanttMonths {
  grid: Grid;
  /** The periods, as the sheet names them. */
  months: string[];
  /** Whether the deadlines were taken from the bars (the sheet has no deadline column). */
  dueFromBars: boolean;
  /** What the periods are, as a message names them. */
  unit: "tuần" | "tháng" | "quý";
}

const SCAN_ROWS = 30;
// A run of months or weeks is a chart from three; quarters from two (a plan's two quarters left of the year).
const MIN_PERIODS = { month: 3, week: 3, quarter: 2 } as const;
// What officials mark a period with: a cross, a tick, a block, a dot, a circle.
const MARK = /^(?:x|xx|v|✓|✔|●|■|▪|█|\*|\+|o|1|○|◯|◎|◆|◇|▲|△|★|☆)$/iu;
// "Thường xuyên", "Cả năm": marked, the work has no period's end.
const STANDING = /^(?:thuong xuyen|ca nam|hang thang|hang quy|lien tuc)$/;
// "05/10", "25/11/2021", "31/11": a day written into the period's cell.
const DAY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?$/;
// The column the bars are read into: the periods marked on each row ("T3, T6, T9"); a plan's actual row is read by it.
export const BARS_HEADING = "Thời gian thực hiện theo kế hoạch";
const DAY_ALONE = /^(?:ngày|ng\.?)\s*(\d{1,2})$/iu;

type Kind = keyof typeof MIN_PERIODS;

interface Period {
  col: number;
  label: string;
  end: IsoDate;
  kind: Kind;
  year: number | null;
}

const text = (v: GridCell | undefined): string => cellText(v ?? null).trim();

/** The heading on row `r` over column `c`: a merge's, else the nearest written at its left, back to `from`. */
function labelAbove(grid: Grid, r: number, c: number, from: number): string {
  const merge = grid.merges.find((m) => m.top <= r && m.bottom >= r && m.left <= c && m.right >= c);
  const row = grid.rows[r - 1] ?? [];
  let label = merge ? text(row[merge.left - 1]) : "";
  for (let k = c; label === "" && k >= from; k--) label = text(row[k - 1]);
  return label;
}

/** The year a heading above names for column `c` ("Năm 2022" merged or written at the left of its span). */
function yearAbove(grid: Grid, h: number, c: number, from: number): number | null {
  for (let r = h - 1; r >= Math.max(1, h - 2); r--) {
    const y = /(?<!\d)(20\d\d)(?!\d)/.exec(labelAbove(grid, r, c, from));
    if (y) return Number(y[1]);
  }
  return null;
}

/** The month the title names ("KẾ HOẠCH CÔNG TÁC THÁNG 12/2021") for weeks headed only by their number. */
function titleMonth(grid: Grid, h: number): { m: number; y: number } | null {
  for (let r = 1; r < h; r++)
    for (const v of grid.rows[r - 1] ?? []) {
      const m = typeof v === "string" ? /(?<!\p{L})tháng\s+(\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)(\d{4})/iu.exec(v) : null;
      if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { m: Number(m[1]), y: Number(m[2]) };
    }
  return null;
}

/** The month a heading above a week names ("Tháng 11/2021" merged over its four weeks). */
function monthAbove(grid: Grid, h: number, c: number, from: number, year: number | null): { m: number; y: number } | null {
  const label = h > 1 ? labelAbove(grid, h - 1, c, from) : "";
  const p = label === "" ? null : parsePeriod(label);
  const y = p?.year ?? year;
  return p && p.kind === "month" && y !== null ? { m: p.index, y } : null;
}

/**
 * The longest run of periods of one kind named across row `h`. With `numbered` (the row above says
 * "tháng"), the numbers 1 … 12 in order are months too ("Thời gian thực hiện (tháng)" over "1 | 2 | … | 12").
 */
function periodsIn(grid: Grid, h: number, year: number | null, numbered: boolean): { periods: Period[]; ranges: boolean } {
  const row = grid.rows[h - 1] ?? [];
  const below = grid.rows[h] ?? [];
  let best: Period[] = [];
  let run: Period[] = [];
  let start = 1;
  for (let c = 1; c <= row.length + 1; c++) {
    const v = row[c - 1];
    const n = numbered && typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 12 ? v : null;
    const label =
      n !== null && (run.length === 0 || Number(run[run.length - 1].label) === n - 1)
        ? `Tháng ${n}`
        : typeof v === "string" && v.length <= 24
          ? v.trim()
          : "";
    if (run.length === 0) start = c;
    // "Thời gian (tuần)" over "T1 | T2 | T3 | T4": weeks, not months, of the month the title names.
    const weeksAbove = h > 1 && /\btuan\b/.test(looseKey(labelAbove(grid, h - 1, c, start)));
    // "T1 (04/10-10/10)", "Tuần 7 (15/11-21/11)" under "Tuần": a week by its own days, in the title's year.
    const days =
      (weeksAbove || /^tuan\b/.test(looseKey(label))) && /\(/.test(label) ? daysOfWeekLabel(label.replace(/\s+/g, " "), year) : null;
    if (days && (run.length === 0 || run[0].kind === "week")) {
      run.push({ col: c, label: label.replace(/\s+/g, " "), end: days.to, kind: "week", year: ymd(days.to).y });
      continue;
    }
    // "T1 … T4" under "Tháng 10/2021" merged over them: a month holds weeks, never months.
    const short = /^(?:t|w)?\s*([1-5])$/.exec(looseKey(label));
    const week =
      /^tuan\s*([1-5])$/.exec(looseKey(label)) ?? (short && (weeksAbove || monthAbove(grid, h, c, start, year) !== null) ? short : null);
    if (week) {
      const month = monthAbove(grid, h, c, start, year) ?? (weeksAbove ? titleMonth(grid, h) : null);
      // "01-07", "22-30" under the weeks: the days each runs; else a week is seven days, the last to the month's end.
      const range = /^\d{1,2}\s*[-–]\s*(\d{1,2})$/.exec(text(below[c - 1]));
      const day = month ? (range ? Number(range[1]) : Number(week[1]) >= 4 ? 31 : Number(week[1]) * 7) : 0;
      const end = month ? (isoDate(month.y, month.m, day) ?? isoDate(month.y, month.m, 30) ?? isoDate(month.y, month.m, 28)) : null;
      if (end && (run.length === 0 || run[0].kind === "week")) {
        run.push({ col: c, label: `${label} T${month?.m}`, end, kind: "week", year: month?.y ?? null });
        continue;
      }
    }
    const p = label === "" || week ? null : (parsePeriod(label) ?? bareMonth(label));
    // "Tháng 12 (đến 15/12)", "Quý IV (đến 14/12)": the run's last period, standing at a day of it.
    // ("Kết quả đến 10/12" after "T12": the day the results column stands at, no period of the chart.)
    const kind: Kind | null =
      p?.kind === "month"
        ? "month"
        : p?.kind === "quarter"
          ? "quarter"
          : p?.kind === "day" && p.within !== undefined && run.length > 0 && run[0].kind !== "week"
            ? run[0].kind
            : null;
    // "T10/2021 | T11 | T12 | T1/2022 | T2 | T3": a month with no year of its own follows the one before it, into the
    // next year where the months start again.
    const prev = run.length > 0 && run[0].kind === kind && p?.year == null ? run[run.length - 1] : null;
    const prevIndex = prev === null ? 0 : kind === "quarter" ? Math.ceil(Number(prev.end.slice(5, 7)) / 3) : Number(prev.end.slice(5, 7));
    const carried = prev !== null && prev.year !== null && p ? (p.index <= prevIndex ? prev.year + 1 : prev.year) : null;
    const y = p?.year ?? carried ?? yearAbove(grid, h, c, start) ?? year;
    if (p && kind && y !== null && (run.length === 0 || run[0].kind === kind)) {
      run.push({ col: c, label: n !== null ? String(n) : label, end: periodEnd(p, y), kind, year: y });
      continue;
    }
    if (run.length > best.length) best = run;
    run = p && kind && y !== null ? [{ col: c, label, end: periodEnd(p, y), kind, year: y }] : [];
    start = c;
  }
  const ranges = best.length > 0 && best[0].kind === "week" && /^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(text(below[best[0].col - 1]));
  return { periods: best, ranges };
}

/** What the sheet's legend says each symbol means ("✓ - đã hoàn thành trong tháng; ▲ - chậm tiến độ"). */
function legendStates(grid: Grid): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of grid.rows)
    for (const v of row) {
      if (typeof v !== "string" || v.length > 300 || !/(?:ký hiệu|ky hieu|ghi chú|chú thích)/iu.test(v)) continue;
      for (const m of v.matchAll(/([^\s\p{L}\p{N};,:()]{1,2})\s*[-–=:]\s*([^;,.]+)/gu)) {
        const said = looseKey(m[2]);
        const state = /\b(?:cham|tre)\b/.test(said)
          ? "Đang thực hiện (chậm tiến độ)"
          : /\b(?:da )?hoan thanh|xong\b/.test(said)
            ? "Hoàn thành"
            : null;
        if (state) out.set(m[1], state);
      }
    }
  return out;
}

// White and near-white fills are a cell left plain.
const WHITE = /^(?:ff)?(?:ffffff|fffffe|fefefe|fdfdfd|fcfcfc)$/i;

type CellSays = { kind: "mark" } | { kind: "state"; text: string } | { kind: "day"; value: GridCell } | { kind: "other" };

function says(v: GridCell | undefined, facts: FactsCache, legend: ReadonlyMap<string, string>, fill?: string): CellSays | null {
  // A cell left empty but painted ("Ô tô màu: tháng thực hiện"): the period is marked.
  if ((v === undefined || v === null || text(v) === "") && fill !== undefined && !WHITE.test(fill)) return { kind: "mark" };
  if (v === undefined || v === null) return null;
  if (isGridDate(v)) return { kind: "day", value: v };
  const t = text(v);
  if (t === "") return null;
  const symbol = legend.get(t);
  if (symbol) return { kind: "state", text: symbol };
  if (MARK.test(t)) return { kind: "mark" };
  // "05/10" typed, never a number ("0.75" is a share, no day).
  // ("38/38", "41/42" under T1, T2: a part over its whole, no day of the month.)
  if (typeof v === "string" && (isDay(DAY.exec(t)) || DAY_ALONE.test(t))) return { kind: "day", value: t };
  if (saysState(facts.of(t))) return { kind: "state", text: t };
  return { kind: "other" };
}

function isDay(m: RegExpExecArray | null): boolean {
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** A day written in a period's cell, with the period's year where it gives none ("05/10" under T10 of 2021). */
export function dayOf(value: GridCell, year: number | null, end: IsoDate): GridCell {
  if (typeof value !== "string") return value;
  // "ngày 8" under T7: the 8th of that month.
  const alone = DAY_ALONE.exec(value.trim());
  if (alone) {
    const d = isoDate(year ?? Number(end.slice(0, 4)), Number(end.slice(5, 7)), Number(alone[1]));
    return d ? { date: d } : value;
  }
  const m = DAY.exec(value);
  const y = m?.[3] ? Number(m[3]) : year;
  const d = m && y !== null ? isoDate(y, Number(m[2]), Number(m[1])) : null;
  // "31/11" is no day: kept as written, for the reader to name.
  return d ? { date: d } : value;
}

export function withGanttMonths(grid: Grid, year: number | null, facts: FactsCache = new FactsCache()): GanttMonths | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  // The legend is looked for only once a row of periods is found: most sheets have none.
  let legend: Map<string, string> | undefined;
  const at = (r: number, c: number) => says(grid.rows[r - 1]?.[c - 1], facts, (legend ??= legendStates(grid)), grid.fills?.[`${r}:${c}`]);
  for (let h = 1; h <= last; h++) {
    const above = h > 1 ? (grid.rows[h - 2] ?? []).some((v) => typeof v === "string" && /\bthang\b/.test(headingKey(v))) : false;
    const { periods, ranges } = periodsIn(grid, h, year, above);
    if (periods.length === 0 || periods.length < MIN_PERIODS[periods[0].kind]) continue;
    const cols = new Set(periods.map((m) => m.col));
    const [left, right] = [periods[0].col, periods[periods.length - 1].col];
    // "Thường xuyên" heading a column just after (or before) the periods, on their row or the one above.
    const standingCol = [right + 1, left - 1].find((c) =>
      [h, h - 1].some((r) => r >= 1 && STANDING.test(looseKey(text((grid.rows[r - 1] ?? [])[c - 1])))),
    );
    const firstRow = h + (ranges ? 2 : 1);
    // Rows of tasks: text outside the periods, and under them marks (a state or a day in place of one), a mark at least.
    const taskRows: number[] = [];
    let marks = 0;
    let written = 0;
    let other = 0;
    for (let r = firstRow; r <= grid.rows.length; r++) {
      const row = grid.rows[r - 1] ?? [];
      // "Tiêu chí 1.1 - …" merged across the table, painted as section rows are: a heading, no bar.
      if (grid.merges.some((m) => m.top <= r && m.bottom >= r && m.left < left && m.right >= left)) continue;
      const inside = periods.map((m) => at(r, m.col)).filter((x): x is CellSays => x !== null);
      const standing = standingCol !== undefined && text(row[standingCol - 1]) !== "";
      if (inside.length === 0 && !standing) continue;
      const odd = inside.filter((x) => x.kind === "other").length;
      // "Số việc có thực hiện trong tuần | 4 | 5 | 4": the marks counted under the chart, no row of it.
      const label = row.find((v, i) => !cols.has(i + 1) && typeof v === "string" && v.trim() !== "");
      if (odd === inside.length && typeof label === "string" && /^(?:so|tong|cong)\b/.test(looseKey(label))) continue;
      // A signature's lines ("TM. ỦY BAN NHÂN DÂN") under the periods, nothing at the row's left: no row of the chart.
      if (odd > 0 && row.every((v, i) => cols.has(i + 1) || text(v) === "")) continue;
      if (odd === 0) {
        taskRows.push(r);
        // A day typed in a period's cell ("25/1", "ngày 8") marks it as much as an "x" does.
        marks += inside.filter((x) => x.kind === "mark" || x.kind === "day").length + (standing ? 1 : 0);
        written += inside.filter((x) => x.kind !== "mark" && x.kind !== "day").length;
      } else other += odd;
    }
    // Figures by period (readings across) are no bars; nor states alone by quarter (a state per period, read elsewhere).
    if (taskRows.length < 2 || marks === 0 || other > (marks + written) / 4 || written > marks * 2) continue;
    // The sheet's own columns, where it has them, keep their fields; the bars are said.
    const top = Math.max(1, h - 2);
    const own: { due?: number; status?: number; doneDate?: number } = {};
    for (let r = top; r <= h; r++)
      (grid.rows[r - 1] ?? []).forEach((v, i) => {
        if (cols.has(i + 1) || i + 1 === standingCol || typeof v !== "string") return;
        const k = headingKey(v);
        if (keyScore(k, "due") >= 2) own.due ??= i + 1;
        // "TT" heads the rows' numbers as often as a state ("tình trạng"): not a state's column here.
        if ((keyScore(k, "status") >= 2 && keyScore(k, "stt") === 0) || keyScore(k, "result") >= 2) own.status ??= i + 1;
        if (keyScore(k, "doneDate") >= 2) own.doneDate ??= i + 1;
      });
    const width = Math.max(...grid.rows.map((r) => r.length));
    const { rows, put } = rowsToEdit(grid);
    const headerTop =
      [h - 1, h].find(
        (r) =>
          r >= 1 && (grid.rows[r - 1] ?? []).some((v, i) => (i + 1 < left || i + 1 > right) && i + 1 !== standingCol && text(v) !== ""),
      ) ?? h;
    let next = width + 1;
    // The sheet's own state and day-done columns take what a period's cell says where they are left empty.
    const dueCol = own.due !== undefined ? null : next++;
    const noteCol = next++;
    const stateCol = own.status ?? next++;
    const doneCol = own.doneDate ?? next++;
    if (dueCol !== null) put(headerTop, dueCol, "Thời hạn");
    put(headerTop, noteCol, BARS_HEADING);
    if (own.status === undefined) put(headerTop, stateCol, "Tình trạng (ghi trong ô tháng)");
    if (own.doneDate === undefined) put(headerTop, doneCol, "Ngày hoàn thành (ghi trong ô tháng)");
    for (const r of taskRows) {
      const row = grid.rows[r - 1] ?? [];
      const cells = periods.map((m) => ({ m, s: at(r, m.col) })).filter((x) => x.s !== null);
      const standing = standingCol !== undefined && text(row[standingCol - 1]) !== "";
      const lastMarked = cells.at(-1);
      if (dueCol !== null) put(r, dueCol, standing && cells.length === 0 ? "Thường xuyên" : lastMarked ? { date: lastMarked.m.end } : null);
      const notes = cells.map(({ m, s }) => (s?.kind === "mark" ? m.label : `${m.label}: ${text(row[m.col - 1])}`));
      put(r, noteCol, [...notes, ...(standing ? ["Thường xuyên"] : [])].join(", "));
      const state = cells.filter((x) => x.s?.kind === "state").at(-1);
      if (state?.s?.kind === "state" && text(row[stateCol - 1]) === "") put(r, stateCol, state.s.text);
      const day = cells.filter((x) => x.s?.kind === "day").at(-1);
      if (day?.s?.kind === "day" && text(row[doneCol - 1]) === "") put(r, doneCol, dayOf(day.s.value, day.m.year ?? year, day.m.end));
    }
    // The periods' headings and marks go: read into the new columns.
    const gone = new Set([...cols, ...(standingCol !== undefined ? [standingCol] : [])]);
    const marked = new Set(taskRows);
    for (let r = Math.max(1, h - 1); r <= grid.rows.length; r++) for (const c of gone) if (r < firstRow || marked.has(r)) put(r, c, null);
    const merges = grid.merges.filter(
      (m) => !(m.left >= Math.min(left, standingCol ?? left) && m.right <= Math.max(right, standingCol ?? right) && m.bottom < firstRow),
    );
    return {
      grid: { ...grid, rows, merges, readerColumnsFrom: grid.readerColumnsFrom ?? width + 1 },
      months: periods.map((m) => m.label),
      dueFromBars: dueCol !== null,
      unit: periods[0].kind === "week" ? "tuần" : periods[0].kind === "quarter" ? "quý" : "tháng",
    };
  }
  return null;
}
