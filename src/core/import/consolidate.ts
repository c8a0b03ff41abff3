import { dueAsOf, parseDeadline } from "../dates/deadline";
import { IsoDate, formatViDate } from "../dates/isoDate";
import { Plan, PlanItem } from "../plan/model";
import { parseParties, resolveOfficial } from "../plan/officials";
import { shortHash } from "../text/hash";
import { textKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { TaskStatus, TaskVerdict } from "../vocab";
import { BadFile } from "./badFile";
import { extractRows } from "./extract";
import { Grid, columnName, isBlank } from "./grid";
import { TableLayout, detectTable } from "./header";
import { RawTask, Reading, Task } from "./records";
import { suggestCriterion } from "./suggest";
import { Field } from "./columns";

export type FileRead = { file: string; ok: true; grids: Grid[] } | { file: string; ok: false; bad: BadFile };

/** What was found on each sheet, to show the user (and let them correct the mapping). */
export interface SheetReport {
  file: string;
  sheet: string;
  kind: TableLayout["kind"] | null;
  layout: TableLayout | null;
  rows: number;
  reason: string | null;
}

export interface Consolidation {
  plan: Plan;
  asOf: IsoDate;
  tasks: Task[];
  readings: Reading[];
  problems: Problem[];
  sheets: SheetReport[];
}

export interface ConsolidateOptions {
  /** Layouts the user corrected, by sheetKey(file, sheet): used instead of detection. */
  layouts?: ReadonlyMap<string, TableLayout>;
}

export function sheetKey(file: string, sheet: string): string {
  return `${file}\u203a${sheet}`;
}

const STATUS_RANK: Record<TaskStatus, number> = { "Chưa thực hiện": 0, "Đang thực hiện": 1, "Hoàn thành": 2 };

function compareCodes(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (Number.isNaN(d)) return a < b ? -1 : 1;
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareSources(a: { source: Reading["source"] }, b: { source: Reading["source"] }): number {
  const x = a.source;
  const y = b.source;
  return x.file < y.file ? -1 : x.file > y.file ? 1 : x.sheetIndex - y.sheetIndex || x.row - y.row;
}

/** Đánh giá of a task against the as-of date. */
export function taskVerdict(status: TaskStatus, due: IsoDate | null, doneDate: IsoDate | null, asOf: IsoDate): TaskVerdict {
  if (status === "Hoàn thành") return due !== null && doneDate !== null && doneDate > due ? "Trễ hạn" : "Đúng hạn";
  return due !== null && due < asOf ? "Quá hạn" : "Chưa đến hạn";
}

function inferStatus(t: RawTask): TaskStatus {
  if (t.status) return t.status;
  if (t.doneDate || t.progress === 100) return "Hoàn thành";
  if (t.progress !== null && t.progress > 0) return "Đang thực hiện";
  return "Chưa thực hiện";
}

interface Applied {
  task: Task;
  problems: Problem[];
}

/** The plan applied to one task row: criterion, officials, deadline, status, verdict, checks. */
function applyPlan(
  raw: RawTask,
  plan: Plan,
  items: ReadonlyMap<string, PlanItem>,
  asOf: IsoDate,
  columnOf: (f: Field) => string | null,
): Applied {
  const problems: Problem[] = [];
  const at = (f: Field) => ({ file: raw.source.file, sheet: raw.source.sheet, row: raw.source.row, column: columnOf(f) });
  const unit = plan.identity.unitType;

  let code = raw.code;
  let codeSuggested = false;
  if (code === null) {
    code = suggestCriterion(raw.content, plan);
    codeSuggested = code !== null;
    if (code)
      problems.push(
        problem("CRITERION_SUGGESTED", at("code"), "", `gợi ý mã ${code} (${items.get(code)?.title ?? ""}); hãy kiểm tra lại.`),
      );
    else problems.push(problem("CRITERION_MISSING", at("code"), "", "không ghi mã tiêu chí và không đoán được từ nội dung."));
  } else if (!items.has(code)) {
    problems.push(problem("UNKNOWN_CRITERION", at("code"), code, `"${code}" không có trong Kế hoạch ${plan.identity.number}.`));
  }
  const item: PlanItem | undefined = code ? items.get(code) : undefined;

  let lead = raw.lead;
  if (lead === "") lead = item?.lead.join("; ") ?? "";
  else {
    const r = resolveOfficial(lead, unit);
    if (r.ok) lead = r.title;
    else problems.push(problem("UNKNOWN_OFFICIAL", at("lead"), raw.lead, `"${raw.lead}" không khớp chức danh nào; giữ nguyên như đã ghi.`));
  }
  const partners = raw.partners === "" ? "" : parseParties(raw.partners, unit).join("; ");

  const due = raw.due ?? (raw.dueText !== null ? dueAsOf(parseDeadline(raw.dueText), asOf) : item ? dueAsOf(item.deadline, asOf) : null);
  const status = inferStatus(raw);

  if (raw.progress !== null && (raw.progress < 0 || raw.progress > 100)) {
    problems.push(problem("PERCENT_OUT_OF_RANGE", at("progress"), String(raw.progress), `tiến độ ${raw.progress}% nằm ngoài 0–100.`));
  }
  const contradiction =
    (status === "Hoàn thành" && raw.progress !== null && raw.progress < 100 && `ghi "Hoàn thành" nhưng tiến độ ${raw.progress}%`) ||
    (status !== "Hoàn thành" && raw.progress === 100 && `tiến độ 100% nhưng ghi "${status}"`) ||
    (status !== "Hoàn thành" && raw.doneDate !== null && `có ngày hoàn thành ${formatViDate(raw.doneDate)} nhưng ghi "${status}"`) ||
    (status === "Chưa thực hiện" && raw.progress !== null && raw.progress > 0 && `ghi "Chưa thực hiện" nhưng tiến độ ${raw.progress}%`);
  if (contradiction) problems.push(problem("STATUS_CONTRADICTION", at("status"), raw.statusText ?? raw.status ?? "", `${contradiction}.`));

  if (raw.doneDate !== null) {
    if (raw.doneDate > asOf)
      problems.push(
        problem(
          "DONE_IN_FUTURE",
          at("doneDate"),
          formatViDate(raw.doneDate),
          `ngày hoàn thành ${formatViDate(raw.doneDate)} sau ngày báo cáo ${formatViDate(asOf)}.`,
        ),
      );
    const planStart = plan.identity.issued ?? (`${plan.identity.firstYear}-01-01` as IsoDate);
    if (raw.doneDate < planStart)
      problems.push(
        problem(
          "DONE_BEFORE_PLAN",
          at("doneDate"),
          formatViDate(raw.doneDate),
          `ngày hoàn thành ${formatViDate(raw.doneDate)} trước ngày ban hành kế hoạch ${formatViDate(planStart)}.`,
        ),
      );
  }
  if (status === "Hoàn thành") {
    if (raw.evidence === "")
      problems.push(problem("DONE_WITHOUT_EVIDENCE", at("evidence"), "", "nhiệm vụ đã hoàn thành cần ghi văn bản/tài liệu minh chứng."));
    if (raw.doneDate === null && raw.doneText === null)
      problems.push(problem("DONE_WITHOUT_DATE", at("doneDate"), "", "không rõ hoàn thành ngày nào; tạm coi là đúng hạn."));
  }

  const id = `NV-${code ?? "X"}-${shortHash(textKey(raw.content))}`;
  return {
    task: { ...raw, code, codeSuggested, lead, partners, due, status, id, verdict: taskVerdict(status, due, raw.doneDate, asOf) },
    problems,
  };
}

/**
 * Same task twice. Within one workbook a later sheet (the next quarter's) holds the newer
 * state and replaces the earlier row, whose problems go with it. Across workbooks it is a
 * conflict: the more advanced row is kept and the other is reported.
 */
function dedupeTasks(applied: Applied[]): { kept: Applied[]; problems: Problem[]; superseded: Set<string> } {
  const superseded = new Set<string>();
  const latestInFile = new Map<string, Applied>();
  for (const a of applied) {
    const key = `${a.task.source.file}\u0000${a.task.id}`;
    const prev = latestInFile.get(key);
    if (prev) superseded.add(rowKey(prev.task.source));
    latestInFile.set(key, a);
  }
  const byId = new Map<string, Applied>();
  const problems: Problem[] = [];
  for (const a of latestInFile.values()) {
    const prev = byId.get(a.task.id);
    if (!prev) {
      byId.set(a.task.id, a);
      continue;
    }
    const newer = STATUS_RANK[a.task.status ?? "Chưa thực hiện"] > STATUS_RANK[prev.task.status ?? "Chưa thực hiện"];
    const [kept, dropped] = newer ? [a, prev] : [prev, a];
    byId.set(a.task.id, kept);
    const d = dropped.task.source;
    const k = kept.task.source;
    problems.push(
      problem(
        "DUPLICATE_TASK",
        { file: d.file, sheet: d.sheet, row: d.row },
        dropped.task.content.slice(0, 80),
        `cùng nhiệm vụ với ${k.file} › ${k.sheet} › row ${k.row}; dùng dòng đó.`,
      ),
    );
  }
  return { kept: [...byId.values()], problems, superseded };
}

function rowKey(s: { file: string; sheet: string; row: number | null }): string {
  return `${s.file}\u0000${s.sheet}\u0000${s.row}`;
}

function dedupeReadings(readings: Reading[]): { readings: Reading[]; problems: Problem[] } {
  const byKey = new Map<string, Reading>();
  const problems: Problem[] = [];
  for (const r of [...readings].sort(compareSources)) {
    if (r.date === null || r.code === null) {
      byKey.set(`${byKey.size}\u0000unkeyed`, r);
      continue;
    }
    const key = `${r.code}\u0000${r.date}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, r);
    else if (prev.source.file === r.source.file) byKey.set(key, r);
    else
      problems.push(
        problem(
          "DUPLICATE_READING",
          { file: r.source.file, sheet: r.source.sheet, row: r.source.row },
          r.period,
          `mã ${r.code} ngày ${formatViDate(r.date)} đã có số liệu ở ${prev.source.file} › ${prev.source.sheet} › row ${prev.source.row}; dùng số liệu đó.`,
        ),
      );
  }
  return { readings: [...byKey.values()], problems };
}

/**
 * Any number of officials' workbooks (already read into grids) -> the master's records:
 * tasks and readings with the plan applied, and every problem with its source cell.
 * Deterministic: the same inputs, in any order, give the same output.
 */
export function consolidate(files: readonly FileRead[], plan: Plan, asOf: IsoDate, options: ConsolidateOptions = {}): Consolidation {
  const problems: Problem[] = [];
  const sheets: SheetReport[] = [];
  const applied: Applied[] = [];
  const readings: Reading[] = [];
  const items = new Map(plan.items.map((i) => [i.code, i]));
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  for (const f of sorted) {
    if (!f.ok) {
      problems.push(problem("FILE_UNREADABLE", { file: f.file, sheet: "" }, f.bad.reason, f.bad.message));
      continue;
    }
    f.grids.forEach((grid, sheetIndex) => {
      const override = options.layouts?.get(sheetKey(grid.file, grid.sheet));
      const detected = override ? { ok: true as const, layout: override } : detectTable(grid);
      if (!detected.ok) {
        const hasContent = grid.rows.some((row) => row.some((c) => !isBlank(c)));
        sheets.push({ file: grid.file, sheet: grid.sheet, kind: null, layout: null, rows: 0, reason: detected.reason });
        if (hasContent) problems.push(problem("SHEET_SKIPPED", { file: grid.file, sheet: grid.sheet }, "", detected.reason));
        return;
      }
      const layout = detected.layout;
      const got = extractRows(grid, layout, sheetIndex);
      const columnOf = (field: Field) => {
        const c = layout.columns[field];
        return c === undefined ? null : columnName(c);
      };
      problems.push(...got.problems);
      for (const raw of got.tasks) applied.push(applyPlan(raw, plan, items, asOf, columnOf));
      for (const r of got.readings) {
        if (r.code === null)
          problems.push(
            problem(
              "CRITERION_MISSING",
              { file: grid.file, sheet: grid.sheet, row: r.source.row, column: columnOf("code") },
              "",
              "số liệu không ghi mã tiêu chí.",
            ),
          );
        else if (!items.has(r.code))
          problems.push(
            problem(
              "UNKNOWN_CRITERION",
              { file: grid.file, sheet: grid.sheet, row: r.source.row, column: columnOf("code") },
              r.code,
              `"${r.code}" không có trong Kế hoạch ${plan.identity.number}.`,
            ),
          );
        if (r.value !== null && (r.value < 0 || r.value > 100))
          problems.push(
            problem(
              "PERCENT_OUT_OF_RANGE",
              { file: grid.file, sheet: grid.sheet, row: r.source.row, column: columnOf("value") },
              String(r.value),
              `tỷ lệ ${r.value}% nằm ngoài 0–100.`,
            ),
          );
        if (r.numerator !== null && r.denominator !== null && r.numerator > r.denominator)
          problems.push(
            problem(
              "NUMERATOR_ABOVE_DENOMINATOR",
              { file: grid.file, sheet: grid.sheet, row: r.source.row, column: columnOf("numerator") },
              `${r.numerator}/${r.denominator}`,
              `${r.numerator} lớn hơn ${r.denominator}.`,
            ),
          );
        if (r.date !== null && r.date > asOf)
          problems.push(
            problem(
              "READING_AFTER_AS_OF",
              {
                file: grid.file,
                sheet: grid.sheet,
                row: r.source.row,
                column: columnOf(layout.columns.date !== undefined ? "date" : "period"),
              },
              r.period,
              `số liệu ngày ${formatViDate(r.date)} sau ngày báo cáo ${formatViDate(asOf)}.`,
            ),
          );
        readings.push(r);
      }
      sheets.push({
        file: grid.file,
        sheet: grid.sheet,
        kind: layout.kind,
        layout,
        rows: got.tasks.length + got.readings.length,
        reason: null,
      });
    });
  }

  const deduped = dedupeTasks(applied);
  for (const a of deduped.kept) problems.push(...a.problems);
  problems.push(...deduped.problems);
  // Problems of rows a later sheet replaced are no longer the user's concern.
  const current = problems.filter((p) => !deduped.superseded.has(rowKey(p)));
  const tasks = deduped.kept.map((a) => a.task).sort((a, b) => compareCodes(a.code, b.code) || compareSources(a, b));
  const dedupedReadings = dedupeReadings(readings);
  current.push(...dedupedReadings.problems);
  const finalReadings = dedupedReadings.readings.sort(
    (a, b) =>
      compareCodes(a.code, b.code) ||
      ((a.date ?? "") < (b.date ?? "") ? -1 : (a.date ?? "") > (b.date ?? "") ? 1 : 0) ||
      compareSources(a, b),
  );
  return { plan, asOf, tasks, readings: finalReadings, problems: sortProblems(current), sheets };
}

function sortProblems(problems: Problem[]): Problem[] {
  const key = (p: Problem) => [p.file, p.sheet, String(p.row ?? 0).padStart(7, "0"), p.column ?? "", p.code, p.message].join("\u0000");
  const unique = new Map(problems.map((p) => [key(p), p]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
}
