import { EDITABLE_TASK_COLUMNS } from "../contract";
import { Field } from "./columns";
import { Task } from "./records";

/**
 * The cells of a master's task row an official may edit over a source's row (EDITABLE_TASK_COLUMNS):
 * what each shows, and how an edit is taken over a new import (keepEdits).
 */
export type EditableColumn = (typeof EDITABLE_TASK_COLUMNS)[number];

interface Cell {
  /** The field of the source row it comes from (for the source cell a problem names). */
  field: Field;
  /** What the cell shows, as text (equal when the cell is unchanged). */
  shown(t: Task): string;
  /** `to` with this cell taken from `from`. */
  take(to: Task, from: Task): Task;
}

const number = (n: number | null) => (n === null ? "" : String(Math.round(n * 1e6) / 1e6));

export const CELLS: Record<EditableColumn, Cell> = {
  "Chủ trì": { field: "lead", shown: (t) => t.lead, take: (to, f) => ({ ...to, lead: f.lead }) },
  "Phối hợp": { field: "partners", shown: (t) => t.partners, take: (to, f) => ({ ...to, partners: f.partners }) },
  "Hạn hoàn thành": { field: "due", shown: (t) => t.due ?? t.dueText ?? "", take: (to, f) => ({ ...to, due: f.due, dueText: f.dueText }) },
  "Trạng thái": {
    field: "status",
    shown: (t) => t.status ?? "",
    take: (to, f) => ({ ...to, status: f.status, statusText: f.statusText }),
  },
  "Tiến độ (%)": { field: "progress", shown: (t) => number(t.progress), take: (to, f) => ({ ...to, progress: f.progress }) },
  "Ngày hoàn thành": {
    field: "doneDate",
    shown: (t) => t.doneDate ?? t.doneText ?? "",
    take: (to, f) => ({ ...to, doneDate: f.doneDate, doneText: f.doneText }),
  },
  "Minh chứng": { field: "evidence", shown: (t) => t.evidence, take: (to, f) => ({ ...to, evidence: f.evidence }) },
  "Ghi chú": { field: "note", shown: (t) => t.note, take: (to, f) => ({ ...to, note: f.note }) },
};

/** Where a row's shown cells are joined: XML cannot hold this character, so no cell holds it. */
const SEP = "\u0000";

/**
 * A row of the master's hidden sheet: the editable cells of a row from the sources as they gave it at
 * the last consolidation (shown, joined), by Mã NV. All an edit is told by, in a few dozen bytes: a
 * master of 200,000 rows keeps this sheet through a run.
 */
export interface ImportedRow {
  id: string;
  shown: string;
}

export function importedRowOf(t: Task): ImportedRow {
  return { id: t.id, shown: EDITABLE_TASK_COLUMNS.map((c) => CELLS[c].shown(t)).join(SEP) };
}

/** An imported row's shown cells, by column. */
export function shownCells(row: ImportedRow): Record<EditableColumn, string> {
  const values = row.shown.split(SEP);
  return Object.fromEntries(EDITABLE_TASK_COLUMNS.map((c, i) => [c, values[i] ?? ""])) as Record<EditableColumn, string>;
}
