import { IsoDate, formatViDate } from "../dates/isoDate";
import { formatViNumber } from "../format/viNumber";
import { compareFreshness, compareSources } from "../order/compare";
import { findOfficials } from "../plan/officials";
import { Problem, placeLabel, problem } from "../validate/problems";
import { spanOf } from "../summary/window";
import { TaskStatus } from "../vocab";
import { Reading, Task } from "./records";
import { sameTaskGroups } from "./sameTask";
import { looseKey } from "../text/normalize";
import { halfUnitOf } from "./values";
import { taskVerdict } from "../summary/verdict";
import { roundsOf } from "./rounds";

/** A task with the problems found on its row: dropped together when the row is replaced. */
export interface CheckedTask {
  task: Task;
  problems: Problem[];
  /** taskNumbers of its text, worked out as its workbook arrived (while the next were still read). */
  numbers: string;
}

const STATUS_RANK: Record<TaskStatus, number> = { "Chưa thực hiện": 0, "Đang thực hiện": 1, "Hoàn thành": 2 };

/** The key of a source row, to match problems with the row they are about. */
export function rowKey(s: { file: string; sheet: string; row: number | null }): string {
  return `${s.file}\u0000${s.sheet}\u0000${s.row}`;
}

/**
 * Whose workbook a file is: the official its name names ("VPTK_…", "Mot-cua_…"), else the lead
 * of most of its tasks. The task's own Chủ trì decides which copy of a shared task counts.
 */
export interface Owner {
  title: string;
  /** Named in the file's name (strong), or the lead of most of its tasks (weaker). */
  by: "name" | "tasks";
}

export function workbookOwners(tasks: readonly Task[], unitType: string): Map<string, Owner> {
  const counts = new Map<string, Map<string, number>>();
  for (const t of tasks) {
    if (t.lead === "") continue;
    const m = counts.get(t.source.file) ?? new Map<string, number>();
    m.set(t.lead, (m.get(t.lead) ?? 0) + 1);
    counts.set(t.source.file, m);
  }
  const owners = new Map<string, Owner>();
  for (const [file, m] of counts) {
    const named = findOfficials(file.replace(/[_.-]+/g, " "), unitType)[0];
    if (named) {
      owners.set(file, { title: named.title, by: "name" });
      continue;
    }
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [lead, n] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (n >= 2 && n * 2 > total) owners.set(file, { title: lead, by: "tasks" });
  }
  return owners;
}

/** The lower row of a task written twice on a sheet, with the deadline and lead only the upper one gives; said in Ghi chú. */
function carriedOn(lower: Task, upper: Task, asOf: IsoDate | null): Task {
  const due = lower.due === null && upper.due !== null;
  const lead = lower.lead === "" && upper.lead !== "";
  if (!due && !lead) return lower;
  const said = [...(due ? [`hạn ${formatViDate(upper.due as IsoDate)}`] : []), ...(lead ? [`chủ trì ${upper.lead}`] : [])].join(", ");
  const note = `${said} lấy theo dòng ${upper.source.row} cùng nhiệm vụ`;
  return {
    ...lower,
    ...(due ? { due: upper.due, dueText: upper.dueText } : {}),
    // (Judged again against the deadline carried on: its row had none to judge by.)
    ...(due && asOf !== null
      ? { verdict: taskVerdict(lower.status ?? "Chưa thực hiện", upper.due, lower.doneDate, asOf, upper.dueText) }
      : {}),
    ...(lead ? { lead: upper.lead } : {}),
    note: lower.note === "" ? note : `${lower.note}; ${note}`,
  };
}

function stateOf(t: Task, dates = false): string {
  const state = `"${t.status}"${t.progress === null ? "" : `, ${formatViNumber(t.progress)}%`}`;
  if (!dates) return state;
  return [state, t.due ? `hạn ${formatViDate(t.due)}` : "", t.doneDate ? `xong ${formatViDate(t.doneDate)}` : ""]
    .filter((x) => x !== "")
    .join(", ");
}

/** Two copies that disagree on the state, or on a date both give (the deadline, the day it was done). */
function disagree(a: Task, b: Task): { dates: boolean } | null {
  const dates =
    (a.due !== null && b.due !== null && a.due !== b.due) || (a.doneDate !== null && b.doneDate !== null && a.doneDate !== b.doneDate);
  return a.status !== b.status || a.progress !== b.progress || dates ? { dates } : null;
}

/**
 * The same task more than once. Within one workbook a later sheet (the next quarter's) holds the
 * newer state and replaces the earlier row, whose problems go with it. Across workbooks the copy
 * in the workbook of the task's Chủ trì counts (else the more advanced one); a copy whose status
 * or progress differs is a conflict the user must see, naming both places.
 */
export function dedupeTasks(
  checked: readonly CheckedTask[],
  owners: ReadonlyMap<string, Owner>,
  asOf: IsoDate | null = null,
): { kept: CheckedTask[]; problems: Problem[]; superseded: Set<string> } {
  const superseded = new Set<string>();
  const kept: CheckedTask[] = [];
  const problems: Problem[] = [];
  // The same work in two areas of a merged commune ("ĐỊA BÀN XÃ … (CŨ)") is two tasks: compared only within an area.
  const groups = sameTaskGroups(
    checked,
    (c) => (c.task.place === undefined ? c.task.code : `${c.task.code ?? ""}\u0000${c.task.place}`),
    (c) => c.task.content,
    (c) => c.numbers,
    // Copies stacked on one sheet under their update days may be retyped: those are compared loosely still.
    (c) => (c.task.source.updated === undefined ? `${c.task.source.file}\u0000${c.task.source.sheet}` : null),
    // A workbook's sheets per quarter: a row retyped between them, its written criterion, lead and deadline the same.
    (c) => (c.task.codeSuggested || c.task.code === null ? null : `${c.task.source.file}\u0000${c.task.lead}\u0000${c.task.due ?? ""}`),
  );
  for (const group of groups.flatMap((g) => (g.length === 1 ? [g] : roundsOf(g)))) {
    // Most tasks are written once: nothing to choose between.
    if (group.length === 1) {
      kept.push(group[0]);
      continue;
    }
    // Latest row of each workbook.
    const latest = new Map<string, CheckedTask>();
    for (const c of [...group].sort((a, b) => compareFreshness(a.task, b.task))) {
      const prev = latest.get(c.task.source.file);
      const [was, now] = [prev?.task.source.updated, c.task.source.updated];
      if (prev && prev.task.source.sheet === c.task.source.sheet && was && now && was !== now) {
        // Copies of the table stacked on one sheet, each under its update day: the latest day's holds.
        const [newer, older] = was > now ? [prev, c] : [c, prev];
        latest.set(c.task.source.file, newer);
        const d = older.task.source;
        const differs = disagree(older.task, newer.task);
        problems.push(
          problem("DUPLICATE_TASK", { file: d.file, sheet: d.sheet, row: d.row }, older.task.content.slice(0, 80), {
            vi: `bản cập nhật ngày ${formatViDate(d.updated as IsoDate)} của nhiệm vụ ở dòng ${newer.task.source.row} (cập nhật ngày ${formatViDate(newer.task.source.updated as IsoDate)}); dùng bản mới${differs ? `, bản này ghi ${stateOf(older.task, differs.dates)}` : ""}.`,
            en: `the copy updated on ${d.updated} of the task on row ${newer.task.source.row} (updated ${newer.task.source.updated}); the newer one is used.`,
          }),
        );
        continue;
      }
      if (prev && prev.task.source.sheet === c.task.source.sheet && !!c.task.source.hiddenRow !== !!prev.task.source.hiddenRow) {
        // Twice on one sheet, once in a hidden row: the hidden one is the old entry put away; the shown one is used.
        const [shown, hidden] = c.task.source.hiddenRow ? [prev, c] : [c, prev];
        const d = hidden.task.source;
        if (hidden === prev) superseded.add(rowKey(d));
        problems.push(
          problem("DUPLICATE_TASK", { file: d.file, sheet: d.sheet, row: d.row }, hidden.task.content.slice(0, 80), {
            vi: `dòng ${d.row} bị ẩn, trùng nội dung với dòng ${shown.task.source.row} đang hiện cùng sheet; dùng dòng ${shown.task.source.row}.`,
            en: `row ${d.row} is hidden, the same text as row ${shown.task.source.row} shown on this sheet; that row is used.`,
          }),
        );
        latest.set(c.task.source.file, shown);
        continue;
      }
      if (prev && prev.task.source.sheet === c.task.source.sheet) {
        // Twice on one sheet: no sheet is newer; the lower row is used, the other named.
        const d = prev.task.source;
        // (A log's later line of the work, "Giải ngân thêm 810 triệu", keeps the deadline and lead its first line gave.)
        c.task = carriedOn(c.task, prev.task, asOf);
        problems.push(
          problem("DUPLICATE_TASK", { file: d.file, sheet: d.sheet, row: d.row }, prev.task.content.slice(0, 80), {
            vi: `trùng nội dung với dòng ${c.task.source.row} cùng sheet; dùng dòng ${c.task.source.row}.`,
            en: `the same text as row ${c.task.source.row} of this sheet; that row is used.`,
          }),
        );
      } else if (prev && c.task.source.hiddenSheet && !prev.task.source.hiddenSheet) {
        // A hidden sheet is put away (an old copy): it never replaces what the visible sheet says.
        const d = c.task.source;
        problems.push(
          problem("DUPLICATE_TASK", { file: d.file, sheet: d.sheet, row: d.row }, c.task.content.slice(0, 80), {
            vi: `sheet "${d.sheet}" bị ẩn; cùng nhiệm vụ với ${placeLabel(prev.task.source.file, prev.task.source.sheet, prev.task.source.row)} (sheet đang hiện); dùng dòng đó.`,
            en: `sheet "${d.sheet}" is hidden; the same task as ${placeLabel(prev.task.source.file, prev.task.source.sheet, prev.task.source.row, "en")} on a visible sheet; that row is used.`,
          }),
        );
        continue;
      } else if (prev && prev.task.source.hiddenSheet && !c.task.source.hiddenSheet) {
        // The hidden copy came first (its month is earlier): the visible sheet's row stands, the copy named.
        const d = prev.task.source;
        superseded.add(rowKey(d));
        problems.push(
          problem("DUPLICATE_TASK", { file: d.file, sheet: d.sheet, row: d.row }, prev.task.content.slice(0, 80), {
            vi: `sheet "${d.sheet}" bị ẩn; cùng nhiệm vụ với ${placeLabel(c.task.source.file, c.task.source.sheet, c.task.source.row)} (sheet đang hiện); dùng dòng đó.`,
            en: `sheet "${d.sheet}" is hidden; the same task as ${placeLabel(c.task.source.file, c.task.source.sheet, c.task.source.row, "en")} on a visible sheet; that row is used.`,
          }),
        );
        latest.set(c.task.source.file, c);
        continue;
      } else if (prev && c.task.due !== null && prev.task.due !== null && c.task.due.slice(0, 4) < prev.task.due.slice(0, 4)) {
        // A later sheet holding last year's copy ("bản sao 2020") never replaces this year's row.
        const d = c.task.source;
        problems.push(
          problem("DUPLICATE_TASK", { file: d.file, sheet: d.sheet, row: d.row }, c.task.content.slice(0, 80), {
            vi: `cùng nhiệm vụ với ${placeLabel(prev.task.source.file, prev.task.source.sheet, prev.task.source.row)} nhưng hạn năm ${c.task.due.slice(0, 4)}, trước năm ${prev.task.due.slice(0, 4)}; dùng dòng đó.`,
            en: `the same task as ${placeLabel(prev.task.source.file, prev.task.source.sheet, prev.task.source.row, "en")} but due in ${c.task.due.slice(0, 4)}, before ${prev.task.due.slice(0, 4)}; that row is used.`,
          }),
        );
        continue;
      } else if (prev) {
        // A later sheet (the next quarter's) replaces the row: Ghi chú says which, and what it said if it differs.
        superseded.add(rowKey(prev.task.source));
        // Named on the row kept: the replaced row's own lines go with it.
        const [d, old] = [c.task.source, prev.task.source];
        const there = placeLabel(old.file, old.sheet, old.row);
        // Retyped between the sheets: taken as one task, and said, so a wrong join can be seen.
        if (looseKey(prev.task.content) !== looseKey(c.task.content))
          problems.push(
            problem("DUPLICATE_TASK", { file: d.file, sheet: d.sheet, row: d.row }, c.task.content.slice(0, 80), {
              vi: `coi là cùng nhiệm vụ với ${there} (sheet cũ hơn, cùng tiêu chí, chủ trì và hạn) dù ghi khác lời: "${prev.task.content.slice(0, 80)}"; dùng dòng này.`,
              en: `taken as the same task as ${placeLabel(old.file, old.sheet, old.row, "en")} (an older sheet, same criterion, lead and deadline) though worded otherwise; this row is used.`,
            }),
          );
        // Done on both sheets, on two days: a day done does not change from one report to the next; one is wrong.
        const [doneThen, doneNow] = [prev.task.doneDate, c.task.doneDate];
        if (
          prev.task.status === "Hoàn thành" &&
          c.task.status === "Hoàn thành" &&
          doneThen !== null &&
          doneNow !== null &&
          doneThen !== doneNow
        )
          problems.push(
            problem("DUPLICATE_CONFLICT", { file: d.file, sheet: d.sheet, row: d.row }, formatViDate(doneNow), {
              vi: `hoàn thành ngày ${formatViDate(doneNow)}, nhưng ${there} (sheet cũ hơn) ghi ngày ${formatViDate(doneThen)}; dùng ngày ở sheet mới hơn, hãy kiểm tra ngày nào đúng.`,
              en: `done on ${doneNow}, but ${placeLabel(old.file, old.sheet, old.row, "en")} (an older sheet) says ${doneThen}; the newer sheet's day is used, check which is right.`,
            }),
          );
        if (stateOf(prev.task) === stateOf(c.task)) {
          latest.set(c.task.source.file, c);
          continue;
        }
        const was = `thay dòng ${prev.task.source.row} sheet ${prev.task.source.sheet} (${stateOf(prev.task)})`;
        c.task = { ...c.task, note: c.task.note === "" ? was : `${c.task.note}; ${was}` };
      }
      latest.set(c.task.source.file, c);
    }
    const all = [...latest.values()];
    // A copy that says nothing of the work's state (a pasted plan's row left blank) never outweighs one that does.
    const written = all.filter((c) => c.task.stateUnwritten !== true);
    const copies = written.length > 0 ? written : all;
    // The copy in the workbook of the task's own Chủ trì; a workbook named for them before one that only mostly holds their tasks.
    const leads = copies.filter((c) => c.task.lead !== "" && owners.get(c.task.source.file)?.title === c.task.lead);
    const named = leads.filter((c) => owners.get(c.task.source.file)?.by === "name");
    const byLead = named.length === 1 ? named : leads;
    const rank = (c: CheckedTask) => STATUS_RANK[c.task.status ?? "Chưa thực hiện"];
    const winner = byLead.length === 1 ? byLead[0] : [...copies].sort((a, b) => rank(b) - rank(a) || compareSources(a.task, b.task))[0];
    kept.push(winner);
    const k = winner.task.source;
    for (const c of all) {
      if (c === winner) continue;
      const d = c.task.source;
      const at = { file: d.file, sheet: d.sheet, row: d.row };
      const there = placeLabel(k.file, k.sheet, k.row);
      const thereEn = placeLabel(k.file, k.sheet, k.row, "en");
      // A blank copy was passed over for what it lacks; another, for what the kept one is.
      const blank = !copies.includes(c);
      const why = byLead.length === 1 ? "của người chủ trì" : "tiến độ xa hơn";
      const whyEn = byLead.length === 1 ? "the lead's" : "the more advanced one";
      const differs = disagree(c.task, winner.task);
      if (differs) {
        const [w, o] = [stateOf(winner.task, differs.dates), stateOf(c.task, differs.dates)];
        problems.push(
          problem("DUPLICATE_CONFLICT", at, c.task.content.slice(0, 80), {
            vi: blank
              ? `cùng nhiệm vụ với ${there}, nơi ghi ${w}; dòng này không ghi tình trạng (coi là ${o}). Dùng dòng ${there}.`
              : `cùng nhiệm vụ với ${there} (${why}), nơi ghi ${w}; tệp này ghi ${o}. Dùng dòng ${there}.`,
            en: blank
              ? `the same task as ${thereEn}, which says ${w}; this row says nothing of its state (taken as ${o}). Using ${thereEn}.`
              : `the same task as ${thereEn} (${whyEn}), which says ${w}; this file says ${o}. Using ${thereEn}.`,
          }),
        );
      } else {
        problems.push(
          problem("DUPLICATE_TASK", at, c.task.content.slice(0, 80), {
            vi: `cùng nhiệm vụ với ${there}; dùng dòng đó.`,
            en: `the same task as ${thereEn}; that row is used.`,
          }),
        );
      }
    }
  }
  // A task whose newest row cancels it ("Hủy") is no task: its older rows went with it, and it is named already.
  return {
    kept: kept.some((c) => c.task.cancelled !== undefined) ? kept.filter((c) => c.task.cancelled === undefined) : kept,
    problems,
    superseded,
  };
}

/** A reading's own words: the first part of its Ghi chú. */
function labelOf(r: Reading): string {
  return r.note.split("; ")[0];
}

function sameFigures(a: Reading, b: Reading): boolean {
  return a.numerator === b.numerator && a.denominator === b.denominator && a.value === b.value;
}

/**
 * A reading whose criterion another's figures hold (`differs`: other figures for it; else its criterion
 * was only suggested): kept, with no criterion, its note saying why.
 */
function uncoded(r: Reading, other: Reading, differs = false): Reading {
  const o = other.source;
  const at = placeLabel(o.file, o.sheet, o.row);
  const why = differs
    ? `Mã ${r.code}: số liệu khác với ${at} cùng kỳ, dùng số liệu đó; để trống mã`
    : `Mã ${r.code} gợi ý trùng với số liệu ở ${at}: để trống mã`;
  return { ...r, code: null, codeSuggested: false, note: [r.note, why].filter((x) => x !== "").join("; ") };
}

const counted = (r: Reading) => r.numerator !== null && r.denominator !== null;

/**
 * The same figures, one copy of them rounded ("99,5" for 185/186 = 99,46); counts, where both give them, equal.
 * Only for criteria written: two suggested ones at 100 % may well be two measures.
 */
function sameWithinRounding(a: Reading, b: Reading): boolean {
  if (counted(a) && counted(b)) return false;
  if (a.value === null || b.value === null) return false;
  return Math.abs(a.value - b.value) <= Math.max(halfUnitOf(a.value), halfUnitOf(b.value)) + 1e-9;
}

/** "118/120 = 98,33", "97,8": a reading's figures as a message names them (its value in its own unit). */
function figures(r: Reading): string {
  const value = r.value === null ? "không có giá trị" : formatViNumber(Math.round(r.value * 100) / 100);
  return counted(r) ? `${formatViNumber(r.numerator as number)}/${formatViNumber(r.denominator as number)} = ${value}` : value;
}

/**
 * One reading per criterion and period (the days it covers: a month and its quarter are two). A later row of the same sheet corrects an earlier one, and
 * a later sheet of the same workbook (next quarter's) an earlier one; different figures for the
 * same date anywhere else are named: those with their counts are kept, else the first file's, and the
 * others stay without a criterion.
 */
export function dedupeReadings(readings: readonly Reading[]): { readings: Reading[]; problems: Problem[] } {
  const byKey = new Map<string, Reading>();
  const problems: Problem[] = [];
  for (const r of [...readings].sort(compareFreshness)) {
    if (r.date === null || r.code === null) {
      byKey.set(`${byKey.size}\u0000unkeyed`, r);
      continue;
    }
    // A month and its quarter may end on the same day: different figures, both kept.
    const span = spanOf(r.period, r.date);
    const key = `${r.code}\u0000${span ? `${span.from}-${span.to}` : r.date}`;
    const prev = byKey.get(key);
    const putAway = (x: Reading) => x.source.hiddenSheet === true || x.source.hiddenRow === true;
    if (!prev) byKey.set(key, r);
    else if (prev.source.file === r.source.file && putAway(prev) !== putAway(r)) {
      // An old copy put away (a hidden sheet or row) beside the shown figures of the same criterion and period: the
      // shown ones stand, whatever their order; the copy is named, not kept.
      const [shown, old] = putAway(prev) ? [r, prev] : [prev, r];
      byKey.set(key, shown);
      const s = shown.source;
      problems.push(
        problem("DUPLICATE_READING", { file: old.source.file, sheet: old.source.sheet, row: old.source.row }, old.period, {
          vi: `${old.source.hiddenSheet ? `sheet "${old.source.sheet}" bị ẩn` : `dòng ${old.source.row} bị ẩn`}: số liệu cũ mã ${r.code} (${figures(old)}), cùng kỳ với ${placeLabel(s.file, s.sheet, s.row)} đang hiện (${figures(shown)}); dùng số liệu đang hiện.`,
          en: `${old.source.hiddenSheet ? `sheet "${old.source.sheet}" is hidden` : `row ${old.source.row} is hidden`}: old figures of ${r.code}, the same period as ${placeLabel(s.file, s.sheet, s.row, "en")} shown; the shown figures are used.`,
        }),
      );
    } else if (prev.codeSuggested !== r.codeSuggested) {
      // A criterion written beats one only suggested: the suggested figures are kept without a criterion (they may
      // measure something else: "Số hồ sơ tiếp nhận" beside the on-time rate), and named.
      const [kept, dropped] = prev.codeSuggested ? [r, prev] : [prev, r];
      byKey.set(key, kept);
      byKey.set(`${byKey.size}\u0000unkeyed`, uncoded(dropped, kept));
      const k = kept.source;
      problems.push(
        problem("DUPLICATE_READING", { file: dropped.source.file, sheet: dropped.source.sheet, row: dropped.source.row }, dropped.period, {
          vi: `mã ${r.code} ở dòng này chỉ là gợi ý, mà ${placeLabel(k.file, k.sheet, k.row)} đã ghi số liệu mã ${r.code} cùng kỳ; số liệu này giữ lại ở sheet Chỉ số, không ghi mã, không tính vào tiêu chí.`,
          en: `${r.code} here is only suggested, while ${placeLabel(k.file, k.sheet, k.row, "en")} gives figures for ${r.code} for the same period; these figures are kept with no criterion and not counted.`,
        }),
      );
    } else if (
      prev.source.file === r.source.file &&
      (prev.source.sheet !== r.source.sheet || prev.source.row < r.source.row) &&
      // A hidden row under a visible one is the old entry put away, never its correction.
      !(r.source.hiddenRow && !prev.source.hiddenRow && prev.source.sheet === r.source.sheet) &&
      // Two suggestions for rows of one sheet in other words ("Tỷ lệ đúng hạn", "Số hồ sơ tiếp nhận") are two measures,
      // not a correction.
      !(r.codeSuggested && prev.codeSuggested && prev.source.sheet === r.source.sheet && labelOf(r) !== labelOf(prev)) &&
      // A task's note rounding the counts kept on another sheet ("tỷ lệ tháng 11 đạt 92,4%" for 61/66): no correction of
      // them, the same figure; the counts stand (below).
      !(counted(prev) && !counted(r) && sameWithinRounding(prev, r))
    ) {
      // A later sheet of one workbook restates the period (next quarter's), or a later row of a log re-enters it
      // ("Nhập lại, thay dòng số 8"): its figures count; different ones are named.
      byKey.set(key, r);
      const later = prev.source.sheet !== r.source.sheet ? "sheet sau" : "dòng sau";
      if (prev.numerator !== r.numerator || prev.denominator !== r.denominator || prev.value !== r.value)
        problems.push(
          problem("DUPLICATE_READING", { file: prev.source.file, sheet: prev.source.sheet, row: prev.source.row }, prev.period, {
            vi: `mã ${r.code} ngày ${formatViDate(r.date)} được ghi lại ở ${placeLabel(r.source.file, r.source.sheet, r.source.row)} với số liệu khác; dùng số liệu ở ${later}.`,
            en: `${r.code} on ${formatViDate(r.date)} is given again at ${placeLabel(r.source.file, r.source.sheet, r.source.row, "en")} with other figures; the later ${prev.source.sheet !== r.source.sheet ? "sheet" : "row"}'s are used.`,
          }),
        );
    } else if (sameFigures(prev, r)) {
      // The same figures sent twice (the lead's sheet and the commune's summary): one row, both sources told.
      const also = `Cùng số liệu ở ${placeLabel(r.source.file, r.source.sheet, r.source.row)}`;
      byKey.set(key, { ...prev, note: [prev.note, also].filter((x) => x !== "").join("; ") });
    } else if (!prev.codeSuggested && !r.codeSuggested && sameWithinRounding(prev, r)) {
      // "99,5" in the commune's summary for the desk's 185/186 = 99,46: the same figure rounded, no conflict. The one
      // with its counts counts; the rounded copy stays in Chỉ số, traceable, without the criterion (never counted twice).
      const [kept, copy] = counted(r) && !counted(prev) ? [r, prev] : [prev, r];
      byKey.set(key, kept);
      const k = kept.source;
      const why = `Mã ${copy.code}: cùng số liệu (làm tròn) với ${placeLabel(k.file, k.sheet, k.row)}, tính theo dòng đó; để trống mã`;
      byKey.set(`${byKey.size}\u0000unkeyed`, {
        ...copy,
        code: null,
        codeSuggested: false,
        note: [copy.note, why].filter((x) => x !== "").join("; "),
      });
    } else if (r.codeSuggested && prev.codeSuggested && !sameFigures(prev, r)) {
      // Two suggestions landing on one criterion with different figures: which (if either) is it cannot be told.
      // The first keeps the suggestion; the other is kept without one, named.
      byKey.set(`${byKey.size}\u0000unkeyed`, uncoded(r, prev));
      const p = prev.source;
      problems.push(
        problem("DUPLICATE_READING", { file: r.source.file, sheet: r.source.sheet, row: r.source.row }, r.period, {
          vi: `mã ${r.code} gợi ý cho dòng này trùng với gợi ý cho ${placeLabel(p.file, p.sheet, p.row)}, cùng kỳ mà số liệu khác; số liệu này giữ lại ở sheet Chỉ số, không ghi mã, hãy ghi mã tiêu chí đúng.`,
          en: `${r.code} suggested here is also suggested at ${placeLabel(p.file, p.sheet, p.row, "en")} for the same period with other figures; these are kept with no criterion, write the right one.`,
        }),
      );
    } else {
      // Two workbooks' different figures for one criterion and period: the ones with their counts (which can be
      // checked) count, else the first file's; the others stay in Chỉ số without a criterion, so nothing is lost, named.
      const [kept, dropped] = counted(r) && !counted(prev) ? [r, prev] : [prev, r];
      byKey.set(key, kept);
      byKey.set(`${byKey.size}\u0000unkeyed`, uncoded(dropped, kept, true));
      const d = formatViDate(r.date);
      const k = kept.source;
      const why = kept === r ? { vi: " (có tử số, mẫu số)", en: " (they give the counts)" } : { vi: "", en: "" };
      problems.push(
        problem("DUPLICATE_READING", { file: dropped.source.file, sheet: dropped.source.sheet, row: dropped.source.row }, dropped.period, {
          vi: `mã ${r.code} ngày ${d}: ${placeLabel(k.file, k.sheet, k.row)} ghi số liệu khác (${figures(kept)}, ở đây ${figures(dropped)}); dùng số liệu đó${why.vi}, số liệu dòng này giữ lại ở sheet Chỉ số, không ghi mã.`,
          en: `${r.code} on ${d}: ${placeLabel(k.file, k.sheet, k.row, "en")} gives other figures (${figures(kept)}, here ${figures(dropped)}); those are used${why.en}, these are kept in Chỉ số with no criterion.`,
        }),
      );
    }
  }
  return { readings: [...byKey.values()], problems };
}
