import { IMPORTED_TASKS, MASTER } from "../contract";
import { MasterData } from "../import/keepTyped";
import { Task } from "../import/records";
import { importedTasksSheet } from "./importedSheet";
import { compliance } from "../summary/compliance";
import { earlyWarnings } from "../summary/warnings";
import { dossierSheet } from "./dossierSheet";
import { narrativeSheet } from "./narrativeSheet";
import { masterSheets, officialsSheet } from "./recordSheets";
import { TableSheetSpec } from "./spec";
import { summarySheet } from "./summarySheet";

/** The master's sheets in the order they are written. */
export const MASTER_WORKBOOK_SHEETS: readonly string[] = [
  MASTER.summary.sheet,
  MASTER.plan.sheet,
  MASTER.tasks.sheet,
  MASTER.readings.sheet,
  MASTER.deadlines.sheet,
  MASTER.problems.sheet,
  MASTER.dossiers.sheet,
  MASTER.narrative.sheet,
  MASTER.officials.sheet,
  IMPORTED_TASKS.sheet,
];

export interface MasterOptions {
  /** The assessment year Tổng hợp evaluates; the plan's by default (see defaultAssessmentYear). */
  year?: number;
  /**
   * The task rows as the sources gave them, for the hidden sheet: given when edits made in the
   * master were kept over them (core/import/keepEdits); else the tasks that came from a file.
   */
  imported?: readonly Task[];
}

/**
 * Every sheet of the master workbook for a consolidation: the summary first, then the contract's
 * order, then (hidden) the task rows as the sources gave them.
 */
export function masterWorkbookSpecs(c: MasterData, options: MasterOptions = {}): TableSheetSpec[] {
  const dossiers = c.dossiers ?? [];
  const comp = compliance(c.plan, c.tasks, c.readings, c.asOf, { year: options.year, dossiers });
  const [plan, tasks, readings, deadlines, problems] = masterSheets(c, comp);
  const fromSources = options.imported ?? c.tasks.filter((t) => t.source.file !== "");
  return [
    summarySheet(c.plan, comp, earlyWarnings(comp, c.tasks, c.readings)),
    plan,
    tasks,
    readings,
    deadlines,
    problems,
    dossierSheet(dossiers),
    narrativeSheet(c.plan, c.narrative ?? [], c.asOf),
    officialsSheet(c.plan, c.officials ?? []),
    importedTasksSheet(c, fromSources),
  ];
}
