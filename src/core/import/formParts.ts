import { IsoDate, formatViDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { BOX, CARD_WORDS, Card, bareLabel, taskForm } from "./cardLabels";
import { taskFieldOfLabel } from "./columns";
import { Grid, GridCell, cellText } from "./grid";
import { parseDateCell } from "./values";

// The parts of a card or a printed form that are not a label beside its value: a figure's line among its labels, the
// value written under a label, the form's parts set apart by blank rows, the log of the work between them.

export const FIGURES_KEY = "@figures";

/**
 * "Tổng số hồ sơ đã giải quyết | 412", "Tỷ lệ đúng hạn | 99,3%", "Hồ sơ trực tuyến mức 3, 4 | 86/412 hồ sơ": a figure's
 * name (no field of a task's, no colon) and its number, said as "name: number"; null for any other row.
 */
export function figureLine(cells: readonly GridCell[]): string | null {
  const filled = cells.filter((v) => cellText(v).trim() !== "");
  if (filled.length !== 2 || typeof filled[0] !== "string") return null;
  const name = cleanText(filled[0]);
  if (name.length > 60 || name.endsWith(":") || !/\p{L}/u.test(name) || CARD_WORDS.test(looseKey(name))) return null;
  // ("Tỷ lệ đúng hạn" is a figure; "Tiến độ", "Tỷ lệ hoàn thành" the task's own progress.)
  if (taskFieldOfLabel(name, 3) !== null) return null;
  const v = filled[1];
  const t = cellText(v).trim();
  const figure = typeof v === "number" || /^\d[\d.,]*\s*%$/u.test(t) || /^\d[\d.,]*\s*\/\s*\d[\d.,]*(?:\s+\p{L}[\p{L}\s]{0,20})?$/u.test(t);
  return figure ? `${name}: ${t}` : null;
}

// "[x]", "[ ]", "( )": a box typed with brackets, ticked or not.
const TYPED_BOX = /^\s*[[(]\s*([xX✓✔]?)\s*[\])]\s*$/u;

// "Tháng 9 | Tháng 10 | Tháng 11", "Quý III", "Đợt 2": the periods a form's small table is kept by.
const PERIOD_HEAD = /^(?:tháng|quý|đợt|lần|tuần|t|q)\s*(?:\d{1,2}|[IVX]{1,4})(?:\s*\/\s*\d{2,4})?$/iu;

/**
 * The value written under a label left blank, the rows it takes: a text alone on its row (merged across the page and
 * down), a row of boxes, or a small table of periods whose latest filled cell is where the work stands. Null otherwise.
 */
export function valueUnder(
  grid: Grid,
  r: number,
  held: { v: GridCell } | undefined,
): { v: GridCell; at: string | null; last: number; said: string | null } | null {
  if (held === undefined || cellText(held.v).trim() !== "") return null;
  const cells = (at: number) => (grid.rows[at - 1] ?? []).map((v, i) => ({ v, i })).filter((x) => cellText(x.v).trim() !== "");
  const filled = cells(r);
  if (filled.length === 0) return null;
  const texts = filled.every((x) => typeof x.v === "string");
  if (texts && filled.length >= 2 && filled.filter((x) => BOX.test(cellText(x.v))).length >= 2)
    return { v: filled.map((x) => cellText(x.v).trim()).join("  "), at: null, last: r, said: null };
  // "[ ] | Chua thuc hien" over "[x] | Dang thuc hien" over "[ ] | Hoan thanh": the choices down the rows, a box each.
  const choices: string[] = [];
  for (let at = r; at <= grid.rows.length; at++) {
    const row = cells(at);
    const mark = row.length === 2 ? TYPED_BOX.exec(cellText(row[0].v)) : null;
    if (mark === null || typeof row[1].v !== "string") break;
    choices.push(`${mark[1].trim() === "" ? "☐" : "☒"} ${row[1].v.trim()}`);
  }
  if (choices.length >= 2) return { v: choices.join("  "), at: null, last: r + choices.length - 1, said: null };
  if (filled.length === 1 && typeof filled[0].v === "string") {
    const t = filled[0].v.trim();
    // (Never the next field's name, nor a few words: a label of the form's own.)
    if (t.endsWith(":") || bareLabel(t) || t.split(/\s+/).length < 4) return null;
    // (Merged down over rows with nothing else on them: those rows are the text's; a row with more stays its own.)
    const merge = grid.merges.find((m) => m.top === r && m.left === filled[0].i + 1);
    let last = r;
    while (merge !== undefined && last < merge.bottom && cells(last + 1).length === 0) last++;
    return { v: t, at: `${r}:${filled[0].i + 1}`, last, said: null };
  }
  const next = cells(r + 1);
  if (
    texts &&
    filled.length >= 2 &&
    filled.every((x) => PERIOD_HEAD.test(cellText(x.v).trim())) &&
    next.every((x) => filled.some((f) => f.i === x.i))
  ) {
    // (The months left blank, nothing done yet: the table still the label's, its value none. Each month written is
    // said with the card, the latest its value.)
    const latest = next[next.length - 1];
    const said = next.map((x) => `${cellText(filled.find((f) => f.i === x.i)?.v ?? null).trim()}: ${cellText(x.v).trim()}`);
    return latest === undefined
      ? { v: null, at: null, last: r + 1, said: null }
      : { v: latest.v, at: `${r + 1}:${latest.i + 1}`, last: r + 1, said: said.join("; ") };
  }
  return null;
}

/**
 * One task's form whose parts blank rows set apart ("1. Tên nhiệm vụ: …" to "5. Thời gian: …", then "7. Đánh giá: …"):
 * the blocks from the first with a value, a few rows apart and no label twice, read as one card, where together they
 * name a task's work and how it stands. Null otherwise.
 */
export function formInParts(grid: Grid, blocks: readonly Card[]): Card | null {
  const valued = blocks.filter((b) => [...b.values.values()].some((x) => cellText(x.v).trim() !== ""));
  if (valued.length < 2) return null;
  const form: Card = { first: valued[0].first, last: valued[0].last, values: new Map(valued[0].values), said: new Map(valued[0].said) };
  const logged: string[] = [];
  let share: GridCell = null;
  for (const b of valued.slice(1)) {
    if ([...b.values.keys()].some((k) => form.values.has(k))) break;
    // ("QUÁ TRÌNH THỰC HIỆN" over "Lần | Ngày | Nội dung thực hiện | Tiến độ" and its dated rows, between the form's
    // parts: the work's log, each row a step of it, the last share how far it is. Only blank rows else: a line of
    // anything else between the parts is the sheet's, never the form's to drop.)
    const gapBlank = Array.from({ length: b.first - form.last - 1 }, (_, k) => form.last + 1 + k).every((r) =>
      (grid.rows[r - 1] ?? []).every((v) => cellText(v).trim() === ""),
    );
    const log = gapBlank ? (b.first - form.last > 3 ? null : { steps: [], share: null }) : workLog(grid, form.last + 1, b.first - 1);
    if (log === null) break;
    logged.push(...log.steps);
    share = log.share ?? share;
    for (const [k, v] of b.values) form.values.set(k, v);
    for (const [k, v] of b.said) form.said.set(k, v);
    form.last = b.last;
  }
  withSteps(form, logged, share);
  return form.last > valued[0].last && taskForm(form) ? form : null;
}

/** A form's log taken in: its steps said as its result's lines, its last share the progress where the form gives none. */
function withSteps(form: Card, steps: readonly string[], share: GridCell): void {
  if (steps.length > 0) {
    form.values.set(LOG_KEY, { v: steps.join("; "), at: null });
    form.said.set(LOG_KEY, "Quá trình thực hiện");
  }
  if (share !== null && cellText(form.values.get("@progress")?.v ?? null).trim() === "") {
    form.values.set("@progress", { v: share, at: null });
    form.said.set("@progress", "Tiến độ");
  }
}

const LOG_KEY = "@log";
const LOG_HEAD =
  /^(?:lan|ngay|thoi gian|ngay thang|ngay cap nhat|noi dung(?: thuc hien| cong viec)?|cong viec|viec da lam|ket qua|tien do|ghi chu|stt|tt)\b/;

/**
 * The rows [from, to] as a task's log: a heading line, a header of short names ("Lần | Ngày | Nội dung thực hiện |
 * Tiến độ"), then rows each with a day; each step said "15/07/2021: Lập nhóm Zalo 8 thôn (30%)", the last share kept.
 * Null where any row is none of these.
 */
function workLog(grid: Grid, from: number, to: number): { steps: string[]; share: GridCell } | null {
  const steps: string[] = [];
  let share: GridCell = null;
  let header = false;
  for (let r = from; r <= to; r++) {
    const filled = (grid.rows[r - 1] ?? []).filter((v) => cellText(v).trim() !== "");
    if (filled.length === 0) continue;
    const days = filled.map(dayOf);
    const dayCell = days.findIndex((d) => d !== null);
    const day = days[dayCell] ?? undefined;
    if (!header && filled.every((v) => typeof v === "string" && v.length <= 40)) {
      // The log's title alone on its row, then its header.
      if (filled.length === 1 && steps.length === 0) continue;
      if (!filled.some((v) => LOG_HEAD.test(looseKey(cellText(v))))) return null;
      header = true;
      continue;
    }
    // ("Tháng 9" for its day: the period it was done in; "(chưa phát sinh)" alone: nothing logged yet, said.)
    const period = filled.find((v) => typeof v === "string" && PERIOD_HEAD.test(v.trim()));
    const remark = filled.length === 1 && /^\s*\(.*\)\s*$/u.test(cellText(filled[0]));
    if (header && remark) {
      steps.push(cleanText(cellText(filled[0])));
      continue;
    }
    if (!header || (day === undefined && period === undefined)) return null;
    // (The step's number first on the row, "1", is no share.)
    const numbered = typeof filled[0] === "number" || /^\d{1,3}[.)]?$/.test(cellText(filled[0]).trim());
    const part = filled
      .slice(1)
      .reverse()
      .find((v) => (typeof v === "number" && v >= 0 && v <= 1) || /^\d{1,3}(?:[.,]\d+)?\s*%$/u.test(cellText(v).trim()));
    const shown = part === undefined ? null : typeof part === "number" ? `${Math.round(part * 1000) / 10}%` : cellText(part).trim();
    // (Every other cell of the step is said: what was done, what came of it, who did it.)
    const told = filled
      .filter((v, i) => !(numbered && i === 0) && i !== dayCell && v !== part && v !== period)
      .map((v) => cleanText(cellText(v)));
    steps.push(
      `${day !== undefined ? formatViDate(day) : cellText(period ?? null).trim()}: ${told.join(" ")}${shown === null ? "" : ` (${shown})`}`,
    );
    if (shown !== null) share = shown;
  }
  return header && steps.length > 0 ? { steps, share } : header ? { steps: [], share: null } : null;
}

/**
 * A log's day: a date cell, or "05/10/2021", "12.10.2021" typed alone (never a number, the step's count or share;
 * nor a sentence naming a day, the step's own words).
 */
export function dayOf(v: GridCell): IsoDate | null {
  if (typeof v === "number" || (typeof v === "string" && v.trim().length > 12)) return null;
  const day = parseDateCell(v, false);
  return day.kind === "ok" ? day.value : null;
}

/**
 * "8. NHẬT KÝ THỰC HIỆN" over "STT | Ngày | Nội dung công việc đã làm | …" and its dated rows right under a form's last
 * label: the form's log, to its first blank row, taken into the form (its steps said in its result, its last share
 * the progress where the form gives none). Null where the rows under the form are no such log.
 */
export function withTrailingLog(grid: Grid, form: Card): Card | null {
  let from = form.last + 1;
  while (from <= grid.rows.length && (grid.rows[from - 1] ?? []).every((v) => cellText(v).trim() === "")) from++;
  if (from - form.last > 3) return null;
  let to = from;
  while (to + 1 <= grid.rows.length && (grid.rows[to] ?? []).some((v) => cellText(v).trim() !== "")) to++;
  const log = workLog(grid, from, to);
  if (log === null || log.steps.length === 0) return null;
  const out: Card = { ...form, last: to, values: new Map(form.values), said: new Map(form.said) };
  withSteps(out, log.steps, log.share);
  return out;
}
