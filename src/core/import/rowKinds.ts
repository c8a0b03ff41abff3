import { IsoDate } from "../dates/isoDate";
import { cleanText, looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { headingKey } from "./columns";
import { Grid, cellAt, cellText, columnName, formatAt, isBlank } from "./grid";
import { TableLayout } from "./header";
import { PeriodLabel, periodEnd, periodName, parsePeriod } from "./periods";
import { figuresInResult } from "./rateSentences";
import { figure } from "./figureBlocks";
import { wordsBeside } from "./figureRowsAmongTasks";
import { parseNumberText } from "./cellFacts";
import { RawTask, Reading } from "./records";

/**
 * A column saying what each row is: "Loại" with "CS" (chỉ số) or "NV" (nhiệm vụ), "Phân loại" with "Chỉ số" or
 * "Nhiệm vụ". The official has said which rows are a criterion's figures: those are never tasks. A figure row's
 * reading comes from its result (or its note: "120/121 HS (99,2%)"); where none can be read, the row is named in
 * Kiểm tra, never left as a task with nothing done.
 */
export type RowKind = "figure" | "task";

const KINDS: Readonly<Record<string, RowKind>> = {
  cs: "figure",
  "chi so": "figure",
  "chi tieu": "figure",
  "so lieu": "figure",
  "tieu chi": "figure",
  nv: "task",
  viec: "task",
  "giai phap": "task",
  "nhiem vu": "task",
  cv: "task",
  "cong viec": "task",
};
const KIND_HEADING = /^(?:phan loai|loai|loai dong|loai muc|kieu|cs ?\/ ?nv|nv ?\/ ?cs|loai \(?(?:cs|nv|chi so|nhiem vu)\b.*)$/;
const UNIT_HEADING = /^(?:dvt|don vi tinh|don vi)$/;

export interface RowKinds {
  col: number;
  kinds: Map<number, { kind: RowKind; said: string }>;
}

/** The column saying each row's kind, where the table has one: both kinds written, nearly every word known. */
export function findRowKinds(grid: Grid, layout: TableLayout, firstRow: number, lastRow: number): RowKinds | null {
  if (layout.kind !== "tasks") return null;
  const used = new Set(Object.values(layout.columns));
  const content = layout.columns.content;
  for (const c of Object.keys(layout.headings).map(Number)) {
    if (used.has(c)) continue;
    const kinds = new Map<number, { kind: RowKind; said: string }>();
    let unknown = 0;
    for (let r = firstRow; r <= lastRow; r++) {
      const said = cleanText(cellText(cellAt(grid, r, c)));
      // (Only the table's rows: a signature under it writes its names in any column.)
      if (said === "" || content === undefined || isBlank(cellAt(grid, r, content))) continue;
      const kind = KINDS[looseKey(said)];
      if (kind === undefined) unknown++;
      else kinds.set(r, { kind, said });
    }
    const both = [...kinds.values()].some((k) => k.kind === "figure") && [...kinds.values()].some((k) => k.kind === "task");
    const named = KIND_HEADING.test(headingKey(layout.headings[c] ?? ""));
    if (both && kinds.size >= 3 && unknown * 10 <= kinds.size && (named || kinds.size >= 5)) return { col: c, kinds };
  }
  return null;
}

/**
 * Rows the kind column calls figures: their reading kept (the task read from them dropped), or one read from their
 * result or note, or the row named. Tasks' rows are left as they were read.
 */
export function applyRowKinds(
  got: { tasks: RawTask[]; readings: Reading[]; problems: Problem[] },
  found: RowKinds,
  grid: Grid,
  layout: TableLayout,
  sheetIndex: number,
  period: { name: string; date: IsoDate } | null,
  year: number | null,
): void {
  const heading = layout.headings[found.col] ?? columnName(found.col);
  const unitCol = Object.keys(layout.headings)
    .map(Number)
    .find((c) => UNIT_HEADING.test(headingKey(layout.headings[c] ?? "")));
  const figureRows = new Set<number>();
  // The figures read from such rows: said so, with the counts the note gives beside the rate ("37/200 hồ sơ").
  for (const x of got.readings) {
    const kind = found.kinds.get(x.source.row);
    if (kind?.kind !== "figure") continue;
    x.note = [x.note, `${heading}: ${kind.said} (chỉ số)`].filter((n) => n !== "").join("; ");
    if (x.numerator === null && x.value !== null) Object.assign(x, countsBeside(grid, layout, x.source.row, x.value));
  }
  for (const t of got.tasks) {
    const row = t.source.row;
    const kind = found.kinds.get(row);
    if (kind?.kind !== "figure") continue;
    figureRows.add(row);
    const said = `${heading}: ${kind.said} (chỉ số)`;
    // The row's other cells (its lead, its target, its note) go with its figures: the task they were read into goes.
    const besides = (values: ReadonlyArray<number | undefined>) =>
      wordsBeside(grid, layout, row, [layout.columns.stt, layout.columns.content, layout.columns.code, found.col, ...values]);
    const read = got.readings.filter((x) => x.source.row === row);
    if (read.length > 0) {
      read[0].note = [read[0].note, ...besides(read.map((x) => x.source.columns.value))].filter((n) => n !== "").join("; ");
      continue;
    }
    // "98% | 97,5% | 100%" under "Quý I | Quý II | Quý III": a reading of each period; else the result's or note's figure.
    const byPeriod = periodFigures(grid, layout, row, year);
    const figure = byPeriod.length > 0 ? null : figureOfRow(grid, layout, row, unitCol);
    const at = ownPeriod(t.content, year) ?? period;
    const figures = figure === null ? byPeriod : [{ ...figure, period: at }];
    if (figures.length === 0) {
      got.problems.push(
        problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row }, t.content, {
          vi: `cột "${heading}" ghi "${kind.said}" (chỉ số) nhưng dòng "${t.content}" không ghi số liệu đọc được: không đọc thành nhiệm vụ hay số liệu.`,
          en: `the column "${heading}" says "${kind.said}" (a figure) but the row gives no figure that can be read: read as neither a task nor a figure.`,
        }),
      );
      continue;
    }
    const rest = besides(figures.map((f) => f.col));
    for (const f of figures)
      got.readings.push({
        code: t.code,
        period: f.period?.name ?? "",
        date: f.period?.date ?? null,
        numerator: f.numerator,
        denominator: f.denominator,
        value: f.value,
        evidence: "",
        note: [t.content, `${said}; số liệu cột "${layout.headings[f.col] ?? columnName(f.col)}": ${f.text}`, ...rest].join("; "),
        source: { file: grid.file, sheet: grid.sheet, sheetIndex, row, columns: { value: f.col, code: layout.columns.code } },
        ...(t.code === null ? { hint: t.content } : {}),
      });
  }
  if (figureRows.size === 0) return;
  got.tasks.splice(0, got.tasks.length, ...got.tasks.filter((t) => !figureRows.has(t.source.row)));
  // (What Kiểm tra said of the row as a task no longer stands; what it said of its cells does.)
  // (Nor is the kind column unread: it said which rows are which.)
  const taskOnly = new Set(["STATUS_ASSUMED", "DONE_WITHOUT_DATE", "DONE_WITHOUT_EVIDENCE", "UNKNOWN_STATUS"]);
  const letter = columnName(found.col);
  got.problems.splice(
    0,
    got.problems.length,
    ...got.problems.filter(
      (p) => !(p.code === "UNMAPPED_COLUMN" && p.column === letter) && (p.row === null || !figureRows.has(p.row) || !taskOnly.has(p.code)),
    ),
  );
}

type RowFigure = { value: number; numerator: number | null; denominator: number | null; col: number; text: string };

/** The figure one cell gives: a share ("97,5%", 0,975 shown as a percent), a sentence's rate, or counts ("9/55"). */
function cellFigure(grid: Grid, row: number, col: number, percent: boolean): RowFigure | null {
  const v = cellAt(grid, row, col);
  const text = cleanText(cellText(v));
  if (text === "") return null;
  // A number alone is a share where it says so, or where the unit column does ("92,3" beside "%" under ĐVT).
  const shown = figure(v, formatAt(grid, row, col));
  if (shown !== null)
    return shown.percent || (percent && shown.n <= 100) ? { value: shown.n, numerator: null, denominator: null, col, text } : null;
  const [first] = figuresInResult(text);
  if (first !== undefined) return { value: first.value, numerator: first.numerator, denominator: first.denominator, col, text };
  // "251/253", "118/120 hồ sơ đúng hạn, 02 hồ sơ trễ": a part over its whole, on a row said to be a figure.
  const pair = partOverWhole(text);
  return pair === null ? null : { value: Math.round((pair.numerator / pair.denominator) * 10000) / 100, ...pair, col, text };
}

// "118/120", "1.254/1.310": a part over its whole; never a day ("đến 10/12", "30/11/2021") nor "Q3/2021".
const PART_OVER_WHOLE = /(?<![\p{L}\d/.,])(\d[\d.]*)\s*\/\s*(\d[\d.]*)(?![\d/])/gu;
const DAY_BEFORE = /(?:đến|tới|ngày|hết|từ|den|ngay|het|tu)\s*$/iu;

function partOverWhole(text: string): { numerator: number; denominator: number } | null {
  for (const m of text.matchAll(PART_OVER_WHOLE)) {
    if (DAY_BEFORE.test(text.slice(0, m.index))) continue;
    const [numerator, denominator] = [parseNumberText(m[1]), parseNumberText(m[2])];
    if (numerator !== null && denominator !== null && denominator > 0 && numerator <= denominator) return { numerator, denominator };
  }
  return null;
}

/** The figures a row gives under columns headed by a period ("Quý I", "6 tháng", "T10"), each with its period. */
function periodFigures(
  grid: Grid,
  layout: TableLayout,
  row: number,
  year: number | null,
): Array<RowFigure & { period: { name: string; date: IsoDate } }> {
  const used = new Set(Object.values(layout.columns));
  // (The periods the layout read across, "Kết quả theo quý › Quý I …", else those the headings name.)
  const across = layout.progressAcross?.periods ?? {};
  const out: Array<RowFigure & { period: { name: string; date: IsoDate } }> = [];
  for (const [c, heading] of Object.entries(layout.headings)) {
    const col = Number(c);
    const p = (across[col] as PeriodLabel | undefined) ?? (used.has(col) ? null : parsePeriod(cleanText(heading)));
    const y = p?.year ?? year;
    if (p === null || y === null) continue;
    const f = cellFigure(grid, row, col, false);
    if (f !== null) out.push({ ...f, period: { name: periodName(p, y), date: periodEnd(p, y) } });
  }
  return out;
}

/** The figure a row gives in its result, progress or note: "92,3" beside "%" under ĐVT, "120/121 HS (99,2%)". */
function figureOfRow(grid: Grid, layout: TableLayout, row: number, unitCol: number | undefined): RowFigure | null {
  const percent = unitCol !== undefined && cleanText(cellText(cellAt(grid, row, unitCol))) === "%";
  for (const c of [layout.columns.result, layout.columns.progress, layout.columns.status, layout.columns.note]) {
    const f = c === undefined ? null : cellFigure(grid, row, c, percent);
    if (f !== null) return f;
  }
  return null;
}

/** "37/200 hồ sơ" in the row's note beside its rate 18,5: the counts that give it. */
function countsBeside(grid: Grid, layout: TableLayout, row: number, value: number): { numerator?: number; denominator?: number } {
  const note = layout.columns.note;
  const pair = note === undefined ? null : partOverWhole(cellText(cellAt(grid, row, note)));
  return pair !== null && Math.abs((pair.numerator / pair.denominator) * 100 - value) <= 0.6 ? pair : {};
}

/** "HS hộ tịch giải quyết đúng hạn Q1", "… 6T": the period a figure row's own words end with. */
function ownPeriod(content: string, year: number | null): { name: string; date: IsoDate } | null {
  const m = /(?:^|\s)((?:q|quy|quý)\s*[1-4IV]{1,3}|\d{1,2}\s*(?:t|th|thang|tháng)|\d{1,2}t)(?:\s*\/\s*(\d{4}))?\s*$/iu.exec(content);
  if (m === null) return null;
  const p = parsePeriod(m[2] ? `${m[1]}/${m[2]}` : m[1]);
  const y = p?.year ?? year;
  return p === null || y === null ? null : { name: periodName(p, y), date: periodEnd(p, y) };
}
