import { DossierRecord } from "../summary/dossiers";
import { Problem, problem } from "../validate/problems";
import { BadFile } from "./badFile";
import { findDossierTable, readDossiers } from "./dossiers";
import { extractRows } from "./extract";
import { Grid, isBlank } from "./grid";
import { TableLayout, detectTable } from "./header";
import { RawTask, Reading } from "./records";

/** A workbook as read by an adapter: its sheets as grids, or why it could not be read. */
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
  /** The one-stop system's dossier statistics, where a sheet holds them (Hồ sơ TTHC). */
  dossiers?: DossierRecord[];
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
  read.grids.forEach((grid, sheetIndex) => {
    const override = layouts?.get(sheetKey(grid.file, grid.sheet));
    // A dossier statistics table goes to its own reader (core/import/dossiers).
    const dossierTable = override ? null : findDossierTable(grid);
    if (dossierTable) {
      const got = readDossiers(grid, dossierTable);
      (out.dossiers ??= []).push(...got.records);
      out.problems.push(...got.problems);
      out.sheets.push({ file: grid.file, sheet: grid.sheet, kind: null, layout: null, rows: got.records.length, reason: null });
      return;
    }
    const detected = override ? { ok: true as const, layout: override } : detectTable(grid);
    if (!detected.ok) {
      const hasContent = grid.rows.some((row) => row.some((c) => !isBlank(c)));
      out.sheets.push({ file: grid.file, sheet: grid.sheet, kind: null, layout: null, rows: 0, reason: detected.reason });
      if (hasContent) out.problems.push(problem("SHEET_SKIPPED", { file: grid.file, sheet: grid.sheet }, "", detected.reason));
      return;
    }
    const layout = detected.layout;
    const got = extractRows(grid, layout, sheetIndex);
    out.tasks.push(...got.tasks);
    out.readings.push(...got.readings);
    out.problems.push(...got.problems);
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
