import { Field, READING_FIELDS, TASK_FIELDS } from "../core/import/columns";
import { sheetKey, signatureKey } from "../core/import/consolidate";
import { LayoutOverrides } from "../core/import/readWorkbook";
import { TableLayout } from "../core/import/header";

/**
 * Column mappings the official corrected, kept by the table's header signature (its headings,
 * normalised: `signatureKey(layout.signature)`), not by file name: next quarter's renamed copy
 * of a workbook, and every table with the same header, get the same correction. Entries from
 * before (keyed "file›sheet") are still honoured. The keys are the importer's own, so the
 * record is passed to it as it is.
 */
export type Corrections = Readonly<Record<string, TableLayout>>;

/** The key a correction of this table is kept under. */
export function correctionKey(layout: TableLayout): string {
  return signatureKey(layout.signature);
}

/** The corrections as the importer takes them. */
export function layoutOverrides(corrections: Corrections): LayoutOverrides {
  return new Map(Object.entries(corrections));
}

/** Whether a table found on a sheet is read with a correction (by its header, or by its sheet when alone there). */
export function isCorrected(corrections: Corrections, layout: TableLayout, file: string, sheet: string, alone: boolean): boolean {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(corrections, k);
  return has(correctionKey(layout)) || (alone && has(sheetKey(file, sheet)));
}

/** The fields a table of this kind can have, in the order the pane lists them. */
export function fieldsOf(kind: TableLayout["kind"]): readonly Field[] {
  return kind === "tasks" ? TASK_FIELDS : READING_FIELDS;
}

export type Correction = { ok: true; layout: TableLayout } | { ok: false; reason: "contentRequired" };

/**
 * A field assigned to a column (or to none). A column taken off its field is one the official
 * does not want read at all (the importer then leaves it out, rather than carry it into Ghi
 * chú); given a field again, it is read again. A task table cannot lose its content column.
 */
export function correctColumn(layout: TableLayout, field: Field, column: number | null): Correction {
  if (column === null && field === "content" && layout.kind === "tasks") return { ok: false, reason: "contentRequired" };
  const columns = { ...layout.columns };
  const was = columns[field];
  if (column === null) delete columns[field];
  else columns[field] = column;
  const kept = (layout.ignored ?? []).filter((c) => c !== column);
  const ignored = column === null && was !== undefined && !kept.includes(was) ? [...kept, was] : kept;
  return { ok: true, layout: { ...layout, columns, ignored } };
}

/** Each column's heading (header rows joined), for the drop-downs: every column, recognised or not. */
export function columnHeadings(layout: TableLayout): string[] {
  const cols = [
    ...Object.keys(layout.headings).map(Number),
    ...Object.values(layout.columns).filter((c): c is number => typeof c === "number"),
  ];
  const width = Math.max(0, ...cols);
  return Array.from({ length: width }, (_, i) => layout.headings[i + 1] ?? "");
}
