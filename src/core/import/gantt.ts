import { IsoDate, isoDate, ymd } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { FactsCache, saysState } from "./cellFacts";
import { headingKey, keyScore } from "./columns";
import { Grid, GridCell, cellText, isGridDate, rowsToEdit } from "./grid";
import { bareMonth, parsePeriod, periodEnd, periodStart } from "./periods";
import { daysOfWeekLabel } from "./dossiers";
import { Meaning, legendOf, legendSaid, symbolKey } from "./chartLegend";

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
  /** Whether the marks say the periods work was done in (the legend's "x = có thực hiện"), not those planned. */
  marksDone: boolean;
  /** What the legend's symbols were read as, where the sheet has one ("x: đã thực hiện trong kỳ; ●: Hoàn thành"). */
  legend: string;
  /** The legend's own lines and table, taken off the sheet once read (each "row N: …"), said so none is lost unsaid. */
  legendLines: string[];
  /** The section line under the chart that became its figures' header ("B. SỐ LIỆU"), with what it said. */
  figuresTitle: { row: number; said: string } | null;
  /** What the periods are, as a message names them. */
  unit: "tuần" | "tháng" | "quý";
}

const SCAN_ROWS = 30;
// A run of months or weeks is a chart from three; quarters from two (a plan's two quarters left of the year).
const MIN_PERIODS = { month: 3, week: 3, quarter: 2 } as const;
// What officials mark a period with: a cross, a tick, a block, a dot, a circle.
// ("ü", "þ": a tick typed in the Wingdings font, read back as the letter it sits on.)
const MARK = /^(?:x|xx|v|✓|✔|●|■|▪|█|\*|\+|o|1|○|◯|◎|◆|◇|▲|△|★|☆|ü|þ)$/iu;
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
  // Periods whose year is the sheet's or the header's, none of their own.
  const guessed = new Set<number>();
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
    // "T10 | T11 | T12 | T1/2022" (or "Q1/2022") on a sheet whose only year is 2022: the months before it are 2021's.
    if (p && p.year !== null && run.length > 0 && run.every((m) => guessed.has(m.col)) && periodStart(p, p.year) <= run[run.length - 1].end)
      run = run.map((m) => ({ ...m, end: yearBefore(m.end), year: m.year === null ? null : m.year - 1 }));
    if (p && p.year === null && (carried === null || (prev !== null && guessed.has(prev.col)))) guessed.add(c);
    if (p && kind && y !== null && (run.length === 0 || run[0].kind === kind)) {
      run.push({ col: c, label: n !== null ? String(n) : label, end: periodEnd(p, y), kind, year: y });
      continue;
    }
    // "T10 | T11 | T12 | Q1/2022": the plan going on into next year by quarters after its months, each later than they.
    if (p && kind === "quarter" && y !== null && run.length > 0 && run[0].kind === "month" && periodStart(p, y) > run[run.length - 1].end) {
      run.push({ col: c, label, end: periodEnd(p, y), kind: "month", year: y });
      continue;
    }
    if (run.length > best.length) best = run;
    run = p && kind && y !== null ? [{ col: c, label, end: periodEnd(p, y), kind, year: y }] : [];
    start = c;
  }
  const ranges = best.length > 0 && best[0].kind === "week" && /^\d{1,2}\s*[-–]\s*\d{1,2}$/.test(text(below[best[0].col - 1]));
  return { periods: best, ranges };
}

/** The same day a year before (29 February to the 28th). */
function yearBefore(day: IsoDate): IsoDate {
  const { y, m, d } = ymd(day);
  return isoDate(y - 1, m, d) ?? (isoDate(y - 1, m, d - 1) as IsoDate);
}

// White and near-white fills are a cell left plain.
const WHITE = /^(?:ff)?(?:ffffff|fffffe|fefefe|fdfdfd|fcfcfc)$/i;

type CellSays =
  | { kind: "mark" }
  | { kind: "did" }
  | { kind: "state"; text: string; symbol?: true }
  | { kind: "day"; value: GridCell }
  | { kind: "other" };

function says(
  v: GridCell | undefined,
  facts: FactsCache,
  legend: ReadonlyMap<string, Meaning>,
  fill?: string,
  days = false,
): CellSays | null {
  // A cell left empty but painted ("Ô tô màu: tháng thực hiện"): the period is marked.
  if ((v === undefined || v === null || text(v) === "") && fill !== undefined && !WHITE.test(fill)) return { kind: "mark" };
  if (v === undefined || v === null) return null;
  if (isGridDate(v)) return { kind: "day", value: v };
  const t = text(v);
  if (t === "") return null;
  // "18" under Tháng 5 where the legend says the day done is written in the month's cell.
  if (days && /^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= 31) return { kind: "day", value: `ngày ${Number(t)}` };
  const symbol = legend.get(symbolKey(t));
  if (symbol?.kind === "state") return { kind: "state", text: symbol.text, symbol: true };
  if (symbol?.kind === "none") return null;
  if (symbol) return { kind: symbol.kind === "did" ? "did" : "mark" };
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

export function withGanttMonths(
  grid: Grid,
  year: number | null,
  facts: FactsCache = new FactsCache(),
  elsewhere: readonly string[] = [],
): GanttMonths | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  // The legend is looked for only once a row of periods is found: most sheets have none.
  let found: ReturnType<typeof legendOf> | undefined;
  // (Days are written into months' cells only: a week's or quarter's cell holds no day of it by number.)
  let monthly = false;
  const at = (r: number, c: number) =>
    says(
      grid.rows[r - 1]?.[c - 1],
      facts,
      (found ??= legendOf(grid, elsewhere)).meanings,
      grid.fills?.[`${r}:${c}`],
      found.days && monthly,
    );
  for (let h = 1; h <= last; h++) {
    const above = h > 1 ? (grid.rows[h - 2] ?? []).some((v) => typeof v === "string" && /\bthang\b/.test(headingKey(v))) : false;
    const { periods, ranges } = periodsIn(grid, h, year, above);
    if (periods.length === 0 || periods.length < MIN_PERIODS[periods[0].kind]) continue;
    monthly = periods[0].kind === "month";
    const cols = new Set(periods.map((m) => m.col));
    const [left, right] = [periods[0].col, periods[periods.length - 1].col];
    // "Thường xuyên" heading a column just after (or before) the periods, on their row or the one above.
    const standingCol = [right + 1, left - 1].find((c) =>
      [h, h - 1].some((r) => r >= 1 && STANDING.test(looseKey(text((grid.rows[r - 1] ?? [])[c - 1])))),
    );
    const firstRow = h + (ranges ? 2 : 1);
    // Rows of tasks: text outside the periods, and under them marks (a state or a day in place of one), a mark at least.
    const taskRows: number[] = [];
    const figureRows = new Map<number, number>();
    let marks = 0;
    let written = 0;
    let other = 0;
    for (let r = firstRow; r <= grid.rows.length; r++) {
      const row = grid.rows[r - 1] ?? [];
      // The periods named again ("Chỉ số | Mã | Quý I | Quý II …" under the chart): another table starts, the chart ends.
      if (periods.filter((m) => text(row[m.col - 1]) === m.label).length >= Math.min(2, periods.length)) break;
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
        // A day typed in a period's cell ("25/1", "ngày 8") marks it as much as an "x" does; so does a symbol the legend
        // gives a meaning ("(+) hoàn thành", "☑ đã thực hiện").
        const marking = (x: CellSays) =>
          x.kind === "mark" || x.kind === "day" || x.kind === "did" || (x.kind === "state" && x.symbol === true);
        marks += inside.filter(marking).length + (standing ? 1 : 0);
        written += inside.filter((x) => !marking(x)).length;
      } else if (
        odd === inside.length &&
        inside.length > 0 &&
        row.every((v, i) => !cols.has(i + 1) || v === null || typeof v === "number" || /^[\d.,\s%]*$/.test(text(v)))
      )
        // "1.2 | Tỷ lệ hồ sơ … | 100 | 98,6 | 100" under the same periods: a criterion's figures below the chart, no bar.
        figureRows.set(r, odd);
      else other += odd;
    }
    // Figures under the chart's periods, below its rows, a section's line over them ("B. SỐ LIỆU"): their own table,
    // the chart's headings written on that line; anywhere else they are no chart's.
    const firstFigure = Math.min(...figureRows.keys());
    const figuresOver = figureRows.size > 0 ? firstFigure - 1 : null;
    // ("II | SỐ LIỆU SIPAS …": the section's number beside its title is still one line.)
    const lineOver =
      figuresOver === null
        ? []
        : (grid.rows[figuresOver - 1] ?? []).map(text).filter((t) => t !== "" && !/^(?:[IVX]{1,4}|[A-H]|\d{1,2})[.)]?$/.test(t));
    const figuresHeader =
      figuresOver !== null && figuresOver >= firstRow && taskRows.every((r) => r < figuresOver) && new Set(lineOver).size <= 1
        ? figuresOver
        : null;
    if (figuresHeader === null) for (const odd of figureRows.values()) other += odd;
    // Figures by period (readings across) are no bars; nor states alone by quarter (a state per period, read elsewhere).
    if (taskRows.length < 2 || marks === 0 || other > (marks + written) / 4 || written > marks * 2) continue;
    // The sheet's own columns, where it has them, keep their fields; the bars are said.
    const top = Math.max(1, h - 2);
    const own: { due?: number; status?: number; doneDate?: number; result?: number } = {};
    for (let r = top; r <= h; r++)
      (grid.rows[r - 1] ?? []).forEach((v, i) => {
        if (cols.has(i + 1) || i + 1 === standingCol || typeof v !== "string") return;
        const k = headingKey(v);
        if (keyScore(k, "due") >= 2) own.due ??= i + 1;
        // "TT" heads the rows' numbers as often as a state ("tình trạng"): not a state's column here.
        if (keyScore(k, "status") >= 2 && keyScore(k, "stt") === 0) own.status ??= i + 1;
        // ("Kết quả/ghi chú" beside the marks: the work's remarks, its state still the marks' where they give one.)
        else if (keyScore(k, "result") >= 2) own.result ??= i + 1;
        if (keyScore(k, "doneDate") >= 2) own.doneDate ??= i + 1;
      });
    // "x = có thực hiện trong tháng", "☑ đã thực hiện": the marks say when work was done, not when it is due.
    const meanings = [...(found?.meanings ?? new Map<string, Meaning>()).values()];
    const marksDone = meanings.some((m) => m.kind === "did");
    // ("x = tháng theo kế hoạch; ● = tháng đã thực hiện": a plan's marks beside the work's, the bars still give the deadline.)
    const dueFromMarks = !marksDone || meanings.some((m) => m.kind === "planned");
    const doneSymbol = meanings.some((m) => m.kind === "state" && m.text === "Hoàn thành");
    const width = Math.max(...grid.rows.map((r) => r.length));
    const { rows, put } = rowsToEdit(grid);
    const headerTop =
      [h - 1, h].find(
        (r) =>
          r >= 1 &&
          (grid.rows[r - 1] ?? []).some(
            // (The legend's line over the header, "(Dấu + là tháng đó có thực hiện …)", is none of it.)
            (v, i) => (i + 1 < left || i + 1 > right) && i + 1 !== standingCol && text(v) !== "" && !found?.cells.has(`${r}:${i + 1}`),
          ),
      ) ?? h;
    let next = width + 1;
    // The sheet's own state and day-done columns take what a period's cell says where they are left empty.
    const dueCol = own.due !== undefined ? null : next++;
    const noteCol = next++;
    const stateCol = own.status ?? next++;
    const doneCol = own.doneDate ?? next++;
    if (dueCol !== null) put(headerTop, dueCol, "Thời hạn");
    put(headerTop, noteCol, marksDone ? "Thời gian đã thực hiện (theo ký hiệu)" : BARS_HEADING);
    if (own.status === undefined) put(headerTop, stateCol, "Tình trạng (ghi trong ô tháng)");
    if (own.doneDate === undefined) put(headerTop, doneCol, "Ngày hoàn thành (ghi trong ô tháng)");
    for (const r of taskRows) {
      const row = grid.rows[r - 1] ?? [];
      const cells = periods.map((m) => ({ m, s: at(r, m.col) })).filter((x) => x.s !== null);
      const standing = standingCol !== undefined && text(row[standingCol - 1]) !== "";
      const lastMarked = cells.at(-1);
      // (Where the legend tells planned periods from those worked, the last planned one is the deadline.)
      const lastPlanned = marksDone ? (cells.filter((x) => x.s?.kind === "mark").at(-1) ?? lastMarked) : lastMarked;
      if (dueCol !== null && dueFromMarks)
        put(r, dueCol, standing && cells.length === 0 ? "Thường xuyên" : lastPlanned ? { date: lastPlanned.m.end } : null);
      const notes = cells.map(({ m, s }) => (s?.kind === "mark" || s?.kind === "did" ? m.label : `${m.label}: ${text(row[m.col - 1])}`));
      put(r, noteCol, [...notes, ...(standing ? ["Thường xuyên"] : [])].join(", "));
      const state = cells.filter((x) => x.s?.kind === "state").at(-1);
      // (A result beside the marks that says how the work stands, "Xong 25/11", is the row's own state.)
      const resultSays = own.result !== undefined && saysState(facts.of(text(row[own.result - 1])));
      const stateEmpty = text(row[stateCol - 1]) === "" && !resultSays;
      if (state?.s?.kind === "state" && stateEmpty) put(r, stateCol, state.s.text);
      // Work done in the periods marked: done where the last period marked is one done and the legend has no symbol of
      // its own for done ("☐ ☐ ☑"), else under way ("☑ ☑ ☐", or an "x" each month beside "● = đã hoàn thành").
      const last = cells.filter((x) => x.s?.kind === "did" || x.s?.kind === "mark" || (x.s?.kind === "state" && x.s.symbol)).at(-1);
      // (Done in one period, the last marked: a piece of work done then. Done in several: work that recurs, under way.)
      const dids = cells.filter((x) => x.s?.kind === "did").length;
      if (marksDone && state === undefined && stateEmpty && cells.length > 0)
        put(
          r,
          stateCol,
          last?.s?.kind === "did" && !doneSymbol && dids === 1
            ? "Hoàn thành"
            : cells.some((x) => x.s?.kind === "did")
              ? "Đang thực hiện"
              : "Chưa thực hiện",
        );
      const day = cells.filter((x) => x.s?.kind === "day").at(-1);
      if (day?.s?.kind === "day" && text(row[doneCol - 1]) === "") put(r, doneCol, dayOf(day.s.value, day.m.year ?? year, day.m.end));
      // "●" under T9 meaning done, no day written: done within that period, by its end (the note says the period).
      const doneIn =
        day === undefined &&
        last !== undefined &&
        ((last.s?.kind === "state" && last.s.symbol && last.s.text === "Hoàn thành") ||
          (marksDone && !doneSymbol && dids === 1 && last.s?.kind === "did"))
          ? last
          : undefined;
      // (Only where the row writes no state of its own: "Xong 25/11" beside the marks gives its own day.)
      if (doneIn !== undefined && stateEmpty && text(row[doneCol - 1]) === "") {
        put(r, doneCol, { date: doneIn.m.end });
        put(r, noteCol, [...notes, `hoàn thành trong ${doneIn.m.label}, ngày hoàn thành lấy ngày cuối kỳ`].join(", "));
      }
    }
    // A legend's table beside the chart ("Ký hiệu | Ý nghĩa") and its lines under "Ghi chú:": read, no tasks' cells.
    const taken = new Map<number, string[]>();
    for (const k of found?.cells ?? []) {
      const [r, c] = k.split(":").map(Number);
      const t = text(grid.rows[r - 1]?.[c - 1]);
      if (t !== "") taken.set(r, [...(taken.get(r) ?? []), t]);
      put(r, c, null);
    }
    // The figures' own header on the line over them: the chart's headings, its periods' names (what the line said, said).
    const figuresTitle = figuresHeader === null ? null : { row: figuresHeader, said: lineOver.join(" ") };
    if (figuresHeader !== null)
      for (let c = 1; c <= width; c++) {
        const period = periods.find((m) => m.col === c);
        const heading =
          [h - 1, h]
            .map((r) => (r >= 1 ? text((grid.rows[r - 1] ?? [])[c - 1]) : ""))
            .filter((t) => t !== "")
            .at(-1) ?? null;
        put(
          figuresHeader,
          c,
          period ? (period.year !== null && !/\d{4}/.test(period.label) ? `${period.label}/${period.year}` : period.label) : heading,
        );
      }
    // The periods' headings and marks go: read into the new columns.
    const gone = new Set([...cols, ...(standingCol !== undefined ? [standingCol] : [])]);
    const marked = new Set(taskRows);
    for (let r = Math.max(1, h - 1); r <= grid.rows.length; r++) for (const c of gone) if (r < firstRow || marked.has(r)) put(r, c, null);
    const merges = grid.merges.filter(
      (m) =>
        !(m.left >= Math.min(left, standingCol ?? left) && m.right <= Math.max(right, standingCol ?? right) && m.bottom < firstRow) &&
        !(figuresHeader !== null && m.top <= figuresHeader && m.bottom >= figuresHeader),
    );
    return {
      grid: { ...grid, rows, merges, readerColumnsFrom: grid.readerColumnsFrom ?? width + 1 },
      months: periods.map((m) => m.label),
      dueFromBars: dueCol !== null && dueFromMarks,
      marksDone,
      legend: legendSaid(found?.meanings ?? new Map<string, Meaning>()),
      legendLines: [...taken].sort((a, b) => a[0] - b[0]).map(([r, ts]) => `dòng ${r}: ${ts.join(" | ")}`),
      figuresTitle,
      unit: periods[0].kind === "week" ? "tuần" : periods[0].kind === "quarter" ? "quý" : "tháng",
    };
  }
  return null;
}
