import { OUTPUT_LABELS, OutputKind } from "../outputMark";
import { Problem, problem } from "../validate/problems";
import { BadFile } from "./badFile";
import { extractRows } from "./extract";
import { Grid, isBlank } from "./grid";
import { TableLayout, detectTable } from "./header";
import { outputKindBySheets } from "./ownOutput";
import { limitProblems } from "./readLimits";
import { RawTask, Reading } from "./records";

/**
 * A workbook as read by an adapter: its sheets as grids (and, where the file carries it, the
 * mark of one of our own outputs), or why it could not be read.
 */
export type FileRead = { file: string; ok: true; grids: Grid[]; mark?: OutputKind | null } | { file: string; ok: false; bad: BadFile };

/** What was found on each sheet, to show the user (and let them correct the mapping). */
export interface SheetReport {
  file: string;
  sheet: string;
  kind: TableLayout["kind"] | null;
  layout: TableLayout | null;
  rows: number;
  reason: string | null;
}

/**
 * What one workbook gives before any plan is applied: raw task and reading rows with their
 * sources, the problems of the cells themselves, and what was found on each sheet. Plain data,
 * so a worker thread can make it and send it on.
 */
export interface WorkbookRecords {
  file: string;
  tasks: RawTask[];
  readings: Reading[];
  problems: Problem[];
  sheets: SheetReport[];
  /** Set when the file is one of our own outputs (a master, a report), which is never consolidated. */
  skipped?: OutputKind;
}

/** Layouts the user corrected, by sheetKey(file, sheet): used instead of detection. */
export type LayoutOverrides = ReadonlyMap<string, TableLayout>;

export function sheetKey(file: string, sheet: string): string {
  return `${file}\u203a${sheet}`;
}

/** Every sheet of a workbook: its table found (or the user's layout), its rows read. */
export function readWorkbook(read: FileRead, layouts?: LayoutOverrides): WorkbookRecords {
  const out: WorkbookRecords = { file: read.file, tasks: [], readings: [], problems: [], sheets: [] };
  if (!read.ok) {
    out.problems.push(problem("FILE_UNREADABLE", { file: read.file, sheet: "" }, read.bad.reason, read.bad.message));
    return out;
  }
  // A master or a report left among the inputs would count every task again.
  const own = read.mark ?? outputKindBySheets(read.grids);
  if (own) {
    out.skipped = own;
    const label = OUTPUT_LABELS[own];
    out.problems.push(
      problem(
        "OWN_OUTPUT_SKIPPED",
        { file: read.file, sheet: "" },
        label,
        `đây là ${label} do cchc tạo ra, không phải sổ theo dõi của cán bộ.`,
      ),
    );
    return out;
  }
  read.grids.forEach((grid, sheetIndex) => {
    for (const p of limitProblems(grid)) out.problems.push(p);
    const override = layouts?.get(sheetKey(grid.file, grid.sheet));
    const detected = override ? { ok: true as const, layout: override } : detectTable(grid);
    if (!detected.ok) {
      const hasContent = grid.rows.some((row) => row.some((c) => !isBlank(c)));
      out.sheets.push({ file: grid.file, sheet: grid.sheet, kind: null, layout: null, rows: 0, reason: detected.reason });
      if (hasContent) out.problems.push(problem("SHEET_SKIPPED", { file: grid.file, sheet: grid.sheet }, "", detected.reason));
      return;
    }
    const layout = detected.layout;
    const got = extractRows(grid, layout, sheetIndex);
    // One by one: spreading 200,000 rows into push() overflows the call stack.
    for (const t of got.tasks) out.tasks.push(t);
    for (const r of got.readings) out.readings.push(r);
    for (const p of got.problems) out.problems.push(p);
    out.sheets.push({
      file: grid.file,
      sheet: grid.sheet,
      kind: layout.kind,
      layout,
      rows: got.tasks.length + got.readings.length,
      reason: null,
    });
  });
  return out;
}
