import { IsoDate } from "../dates/isoDate";
import { Plan } from "../plan/model";
import { byKey, compareCodes, compareSources, compareText, thenBy } from "../order/compare";
import { checkReading } from "../validate/readingChecks";
import { CheckContext, checkTask } from "../validate/taskChecks";
import { Problem, problem, sortProblems } from "../validate/problems";
import { runningAtAsOf } from "./runningPeriod";
import { baselinesFromReadings } from "./baselines";
import { defaultAssessmentYear } from "../summary/window";
import { applyPlan, applyPlanToReading } from "./applyPlan";
import { withoutRestatedFigures } from "./restatedFigures";
import { CheckedTask, dedupeReadings, dedupeTasks, rowKey, workbookOwners } from "./dedupe";
import { FileRead, LayoutOverrides, SheetReport, WorkbookRecords, readWorkbook } from "./readWorkbook";
import { Reading, Task } from "./records";
import { DossierRecord } from "../summary/dossiers";
import { dedupeDossiers } from "./dossierDuplicates";
import { Accounting } from "./extract";
import { taskNumbers } from "./sameTask";

export type { FileRead, SheetReport } from "./readWorkbook";
export { sheetKey, signatureKey } from "./readWorkbook";

export interface Consolidation {
  plan: Plan;
  asOf: IsoDate;
  tasks: Task[];
  readings: Reading[];
  problems: Problem[];
  sheets: SheetReport[];
  /** The one-stop system's dossier statistics the workbooks held (Hồ sơ TTHC). */
  dossiers?: DossierRecord[];
}

export interface ConsolidateOptions {
  /** Columns the user corrected, by sheetKey(file, sheet) or signatureKey(headings). */
  layouts?: LayoutOverrides;
  /** Told where every non-empty source cell went (the "nothing lost" test). */
  account?: Accounting;
}

const taskOrder = thenBy<Task>((a, b) => compareCodes(a.code, b.code), compareSources);
const readingOrder = thenBy<Reading>(
  (a, b) => compareCodes(a.code, b.code),
  byKey((r) => r.date, ""),
  compareSources,
);

/**
 * Officials' workbooks, already read into grids -> the master's records: tasks and readings with
 * the plan applied, and every problem with its source cell. Deterministic: the same inputs, in
 * any order, give the same output.
 */
export function consolidate(files: readonly FileRead[], plan: Plan, asOf: IsoDate, options: ConsolidateOptions = {}): Consolidation {
  return consolidateRecords(
    files.map((f) => readWorkbook(f, { layouts: options.layouts, asOf, account: options.account })),
    plan,
    asOf,
  );
}

/** The same from workbooks whose rows were already read (in a worker, say). */
export function consolidateRecords(workbooks: readonly WorkbookRecords[], plan: Plan, asOf: IsoDate): Consolidation {
  const c = new Consolidator(plan, asOf);
  for (const wb of workbooks) c.add(wb);
  return c.finish();
}

const SHARED_TEXT_MAX = 80;
const SHARED_TEXTS_MAX = 100_000;

/** One workbook with the plan applied and its rows checked: all that is kept of it until the end. */
interface WorkbookPart {
  file: string;
  order: number;
  unit: { key: string; name: string } | undefined;
  problems: Problem[];
  sheets: SheetReport[];
  checked: CheckedTask[];
  readings: Reading[];
  dossiers: DossierRecord[] | undefined;
}

/**
 * consolidateRecords a workbook at a time, as each is read: the plan is applied and each row
 * checked when its workbook arrives (while the next ones are still being read), and only the
 * result is kept, not the rows as read. `finish` dedupes and orders across workbooks; the
 * outcome does not depend on the order the workbooks arrive in.
 */
export class Consolidator {
  private readonly ctx: CheckContext;
  private readonly parts: WorkbookPart[] = [];

  constructor(
    private readonly plan: Plan,
    private readonly asOf: IsoDate,
  ) {
    this.ctx = { plan, items: new Map(plan.items.map((i) => [i.code, i])), asOf };
  }

  /** `order` places workbooks of the same file name (from two folders) as the inputs list them. */
  add(wb: WorkbookRecords, order = this.parts.length): void {
    const { plan, asOf, ctx } = this;
    const problems: Problem[] = [];
    for (const p of wb.problems) problems.push(p);
    const checked: CheckedTask[] = [];
    for (const raw of wb.tasks) {
      const task = applyPlan(raw, plan, ctx.items, asOf);
      this.share(task);
      checked.push({ task, problems: checkTask(raw, task, ctx), numbers: taskNumbers(task.content) });
    }
    // A row that cancels its task ("Hủy" on November's sheet) joins the task's copies, so October's is not taken instead;
    // it is named already (TASK_CANCELLED) and never kept.
    for (const raw of wb.cancelled ?? []) {
      const task = applyPlan(raw, plan, ctx.items, asOf);
      checked.push({ task, problems: [], numbers: taskNumbers(task.content) });
    }
    const readings: Reading[] = [];
    for (const read of withoutRestatedFigures(wb.readings.map((r) => applyPlanToReading(r, plan)))) {
      const running = runningAtAsOf(read, asOf);
      if (running.problem) problems.push(running.problem);
      const r = running.reading;
      for (const p of checkReading(r, ctx)) problems.push(p);
      readings.push(r);
    }
    this.parts.push({ file: wb.file, order, unit: wb.unit, problems, sheets: wb.sheets, checked, readings, dossiers: wb.dossiers });
  }

  /**
   * The short texts every row repeats (its file and sheet, code, lead, status as written) made one
   * string each: a worker's message brings a copy of them for every row, which at 400 workbooks is
   * tens of megabytes held to the end of the run.
   */
  private share(task: Task): void {
    const source = task.source;
    source.file = this.one(source.file);
    source.sheet = this.one(source.sheet);
    if (task.code !== null) task.code = this.one(task.code);
    task.lead = this.one(task.lead);
    task.partners = this.one(task.partners);
    if (task.statusText !== null) task.statusText = this.one(task.statusText);
    if (task.dueText !== null) task.dueText = this.one(task.dueText);
  }

  private readonly shared = new Map<string, string>();

  private one(text: string): string {
    if (text.length > SHARED_TEXT_MAX) return text;
    const known = this.shared.get(text);
    if (known !== undefined) return known;
    if (this.shared.size < SHARED_TEXTS_MAX) this.shared.set(text, text);
    return text;
  }

  /** The consolidation of every workbook added; once (what they gave is let go). */
  finish(): Consolidation {
    const { plan, asOf } = this;
    const parts = [...this.parts].sort((a, b) => compareText(a.file, b.file) || a.order - b.order);
    // What the workbooks gave is let go as it is gathered: the master is written from the result,
    // and at 400 workbooks the rows' wrappers are tens of megabytes held through the write.
    this.parts.length = 0;
    const problems: Problem[] = [];
    const sheets: SheetReport[] = [];
    const checked: CheckedTask[] = [];
    const readings: Reading[] = [];
    // One by one: spreading 200,000 rows into push() overflows the call stack.
    const others = otherUnits(parts);
    for (const p of others) problems.push(p);
    // Another unit's rows are never merged with this unit's: its figures must not blank the commune's own codes,
    // nor its tasks replace the commune's rows. They stand beside them, named.
    // Each other unit's rows are deduped among themselves (a quarter's copy of its own task), never with ours.
    const foreign = new Set(others.map((p) => p.file));
    const foreignByUnit = new Map<string, { checked: CheckedTask[]; readings: Reading[] }>();
    for (const part of parts) {
      for (const p of part.problems) problems.push(p);
      for (const s of part.sheets) sheets.push(s);
      const theirs = foreign.has(part.file) ? (part.unit?.key ?? part.file) : null;
      const into = theirs === null ? { checked, readings } : (foreignByUnit.get(theirs) ?? { checked: [], readings: [] });
      if (theirs !== null) foreignByUnit.set(theirs, into);
      for (const c of part.checked) into.checked.push(c);
      for (const r of part.readings) into.readings.push(r);
    }
    const foreignTasks: CheckedTask[] = [];
    const foreignReadings: Reading[] = [];
    const foreignProblems: Problem[] = [];
    const foreignSuperseded = new Set<string>();
    for (const unit of foreignByUnit.values()) {
      const own = dedupeTasks(
        unit.checked,
        workbookOwners(
          unit.checked.map((c) => c.task),
          plan.identity.unitType,
        ),
        asOf,
      );
      for (const k of own.superseded) foreignSuperseded.add(k);
      for (const a of own.kept) {
        foreignTasks.push(a);
        for (const p of a.problems) foreignProblems.push(p);
      }
      for (const p of own.problems) foreignProblems.push(p);
      const ownReadings = dedupeReadings(unit.readings);
      for (const r of ownReadings.readings) foreignReadings.push(r);
      for (const p of ownReadings.problems) foreignProblems.push(p);
    }

    const deduped = dedupeTasks(
      checked,
      workbookOwners(
        checked.map((c) => c.task),
        plan.identity.unitType,
      ),
      asOf,
    );
    for (const a of deduped.kept) for (const p of a.problems) problems.push(p);
    for (const p of deduped.problems) problems.push(p);
    // Problems of rows a later sheet replaced are no longer the user's concern.
    const replaced = (p: Problem) => deduped.superseded.has(rowKey(p)) || foreignSuperseded.has(rowKey(p));
    const current = deduped.superseded.size + foreignSuperseded.size > 0 ? problems.filter((p) => !replaced(p)) : problems;
    for (const p of foreignProblems) current.push(p);
    const tasks = [...deduped.kept, ...foreignTasks].map((a) => a.task).sort(taskOrder);
    const dedupedReadings = dedupeReadings(readings);
    for (const r of foreignReadings) dedupedReadings.readings.push(r);
    for (const p of dedupedReadings.problems) current.push(p);
    const deduplicated = dedupeDossiers(parts.flatMap((w) => w.dossiers ?? []));
    const dossiers = deduplicated.dossiers;
    for (const p of deduplicated.problems) current.push(p);
    // "Cao hơn năm 2020" and a sheet giving 2020's figure: that figure is the baseline, said.
    const based = baselinesFromReadings(plan, dedupedReadings.readings, defaultAssessmentYear(plan, asOf));
    for (const p of based.problems) current.push(p);
    return {
      plan: based.plan,
      asOf,
      tasks,
      readings: dedupedReadings.readings.sort(readingOrder),
      problems: sortProblems(current),
      sheets,
      ...(dossiers.length > 0 ? { dossiers } : {}),
    };
  }
}

/**
 * A workbook whose heading lines name another commune or ward than most of the others do (a neighbour's file, a
 * template downloaded with its data): its rows are consolidated all the same, and named, so the official sees whose
 * figures are counted. Only where two or more workbooks agree on the unit most name.
 */
function otherUnits(parts: readonly WorkbookPart[]): Problem[] {
  const count = new Map<string, { name: string; files: number }>();
  for (const p of parts) if (p.unit) count.set(p.unit.key, { name: p.unit.name, files: (count.get(p.unit.key)?.files ?? 0) + 1 });
  let main: { key: string; name: string; files: number } | null = null;
  for (const [key, v] of count) if (main === null || v.files > main.files) main = { key, ...v };
  // Each workbook a commune of its own ("UBND xã Tân Phú", "UBND xã Hòa Bình" …), none shared: no commune is the
  // master's, so each file's rows stand apart (never merged with, nor checked against, another commune's) and it is said.
  if ((main === null || main.files < 2) && count.size >= 2) {
    const names = [...count.values()].map((v) => v.name);
    return parts
      .filter((p) => p.unit !== undefined)
      .map((p) => {
        const rest = names.filter((n) => n !== p.unit?.name);
        const listed = `${rest.slice(0, 4).join(", ")}${rest.length > 4 ? ` và ${rest.length - 4} đơn vị khác` : ""}`;
        return problem("OTHER_UNIT", { file: p.file, sheet: "" }, p.unit?.name ?? "", {
          vi: `tệp ghi đơn vị "${p.unit?.name}", các tệp khác ghi ${listed}; sổ tổng hợp là của một xã, nên các dòng của tệp được giữ riêng, không gộp hay so trùng với tệp của đơn vị khác. Hãy kiểm tra đã chọn đúng các tệp của xã mình.`,
          en: `the file names the unit "${p.unit?.name}", the other files ${listed}; a master is one commune's, so the file's rows stand apart, never merged with or checked against another unit's files. Check the files chosen are your commune's.`,
        });
      });
  }
  if (main === null || main.files < 2) return [];
  const ours = main;
  return parts
    .filter((p) => p.unit !== undefined && p.unit.key !== ours.key && (count.get(p.unit.key)?.files ?? 0) < ours.files)
    .map((p) =>
      problem("OTHER_UNIT", { file: p.file, sheet: "" }, p.unit?.name ?? "", {
        vi: `tệp ghi đơn vị "${p.unit?.name}", khác với "${ours.name}" của ${ours.files} tệp khác; số liệu và nhiệm vụ của tệp vẫn được tổng hợp, hãy kiểm tra đã chọn đúng tệp.`,
        en: `the file names the unit "${p.unit?.name}", not "${ours.name}" as ${ours.files} other files do; its rows are consolidated all the same, check it is the right file.`,
      }),
    );
}
