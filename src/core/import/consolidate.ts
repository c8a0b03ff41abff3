import { IsoDate } from "../dates/isoDate";
import { Plan } from "../plan/model";
import { byKey, compareCodes, compareSources, compareText, thenBy } from "../order/compare";
import { checkReading } from "../validate/readingChecks";
import { CheckContext, checkTask } from "../validate/taskChecks";
import { Problem } from "../validate/problems";
import { applyPlan, applyPlanToReading } from "./applyPlan";
import { CheckedTask, dedupeReadings, dedupeTasks, rowKey, workbookOwners } from "./dedupe";
import { FileRead, LayoutOverrides, SheetReport, WorkbookRecords, readWorkbook } from "./readWorkbook";
import { Reading, Task } from "./records";
import { DossierRecord } from "../summary/dossiers";
import { Accounting } from "./extract";

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
  const ctx: CheckContext = { plan, items: new Map(plan.items.map((i) => [i.code, i])), asOf };
  const problems: Problem[] = [];
  const sheets: SheetReport[] = [];
  const checked: CheckedTask[] = [];
  const readings: Reading[] = [];
  for (const wb of [...workbooks].sort((a, b) => compareText(a.file, b.file))) {
    problems.push(...wb.problems);
    sheets.push(...wb.sheets);
    for (const raw of wb.tasks) {
      const task = applyPlan(raw, plan, ctx.items, asOf);
      checked.push({ task, problems: checkTask(raw, task, ctx) });
    }
    for (const read of wb.readings) {
      const r = applyPlanToReading(read, plan);
      problems.push(...checkReading(r, ctx));
      readings.push(r);
    }
  }

  const deduped = dedupeTasks(
    checked,
    workbookOwners(
      checked.map((c) => c.task),
      plan.identity.unitType,
    ),
  );
  for (const a of deduped.kept) problems.push(...a.problems);
  problems.push(...deduped.problems);
  // Problems of rows a later sheet replaced are no longer the user's concern.
  const current = problems.filter((p) => !deduped.superseded.has(rowKey(p)));
  const tasks = deduped.kept.map((a) => a.task).sort(taskOrder);
  const dedupedReadings = dedupeReadings(readings);
  current.push(...dedupedReadings.problems);
  const dossiers = [...workbooks].sort((a, b) => compareText(a.file, b.file)).flatMap((w) => w.dossiers ?? []);
  return {
    plan,
    asOf,
    tasks,
    readings: dedupedReadings.readings.sort(readingOrder),
    problems: sortProblems(current),
    sheets,
    ...(dossiers.length > 0 ? { dossiers } : {}),
  };
}

/** Problems in the order of their place (file, sheet, row, column), each listed once. */
function sortProblems(problems: readonly Problem[]): Problem[] {
  const key = (p: Problem) => [p.file, p.sheet, String(p.row ?? 0).padStart(7, "0"), p.column ?? "", p.code, p.message].join("\u0000");
  const unique = new Map(problems.map((p) => [key(p), p]));
  return [...unique.entries()].sort(([a], [b]) => compareText(a, b)).map(([, p]) => p);
}
