import { Field, READING_FIELDS, TASK_FIELDS } from "../core/import/columns";
import { FileRead, sheetKey } from "../core/import/consolidate";
import { Grid, cellText } from "../core/import/grid";
import { TableLayout, detectTable } from "../core/import/header";
import { looseKey } from "../core/text/normalize";

/**
 * Column mappings the official corrected, kept by the sheet's header signature (its heading
 * texts, normalised), not by file name: next quarter's renamed copy of a workbook, and every
 * sheet with the same header, get the same correction. Entries from before (keyed
 * "file›sheet") are still honoured.
 */
export type Corrections = Readonly<Record<string, TableLayout>>;

export function headerSignature(grid: Grid, layout: Pick<TableLayout, "headerTop" | "headerBottom">): string {
  const rows: string[] = [];
  for (let r = layout.headerTop; r <= layout.headerBottom; r++) {
    const cells = (grid.rows[r - 1] ?? []).map((c) => looseKey(cellText(c)));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    rows.push(cells.join("|"));
  }
  return rows.join("/");
}

function own(c: Corrections, key: string): TableLayout | undefined {
  return Object.prototype.hasOwnProperty.call(c, key) ? c[key] : undefined;
}

export interface SheetLayouts {
  /** By sheetKey(file, sheet): the layout to read each sheet with, detected or corrected. */
  overrides: Map<string, TableLayout>;
  /** By sheetKey(file, sheet): the sheet's header signature, the key of its correction. */
  signatures: Map<string, string>;
  /** By sheetKey(file, sheet): sheets whose layout is a correction. */
  corrected: Set<string>;
}

/**
 * The one place that turns corrections kept by signature into what the importer takes today
 * (layouts by file›sheet). Detection runs once here; detected layouts are passed on as they are,
 * so the importer does not detect again. When the importer accepts signatures, swap this.
 */
export function sheetLayouts(reads: readonly FileRead[], corrections: Corrections): SheetLayouts {
  const out: SheetLayouts = { overrides: new Map(), signatures: new Map(), corrected: new Set() };
  for (const read of reads) {
    if (!read.ok) continue;
    for (const grid of read.grids) {
      const key = sheetKey(grid.file, grid.sheet);
      const detected = detectTable(grid);
      const legacy = own(corrections, key);
      if (!detected.ok) {
        if (legacy) {
          out.overrides.set(key, legacy);
          out.corrected.add(key);
        }
        continue;
      }
      const signature = headerSignature(grid, detected.layout);
      out.signatures.set(key, signature);
      const correction = own(corrections, signature);
      if (correction) {
        // The header may sit lower in next quarter's copy: its rows are the detected ones.
        out.overrides.set(key, { ...correction, headerTop: detected.layout.headerTop, headerBottom: detected.layout.headerBottom });
        out.corrected.add(key);
      } else if (legacy) {
        out.overrides.set(key, legacy);
        out.corrected.add(key);
      } else out.overrides.set(key, detected.layout);
    }
  }
  return out;
}

/** The fields a sheet of this kind can have, in the order the pane lists them. */
export function fieldsOf(kind: TableLayout["kind"]): readonly Field[] {
  return kind === "tasks" ? TASK_FIELDS : READING_FIELDS;
}

export type Correction = { ok: true; layout: TableLayout } | { ok: false; reason: "contentRequired" };

/** A field assigned to a column (or to none). A task table cannot lose its content column: no task without it. */
export function correctColumn(layout: TableLayout, field: Field, column: number | null): Correction {
  if (column === null && field === "content" && layout.kind === "tasks") return { ok: false, reason: "contentRequired" };
  const columns = { ...layout.columns };
  if (column === null) delete columns[field];
  else columns[field] = column;
  return { ok: true, layout: { ...layout, columns } };
}

/** Each column's heading as the sheet shows it (header rows joined, top first), for the column lists. */
export function columnHeadings(grid: Grid, layout: TableLayout): string[] {
  const mapped = Object.values(layout.columns).filter((c): c is number => typeof c === "number");
  let width = Math.max(0, ...mapped);
  for (let r = layout.headerTop; r <= layout.headerBottom; r++) width = Math.max(width, grid.rows[r - 1]?.length ?? 0);
  return Array.from({ length: width }, (_, i) => {
    const parts: string[] = [];
    for (let r = layout.headerTop; r <= layout.headerBottom; r++) {
      const t = cellText(grid.rows[r - 1]?.[i] ?? null).trim();
      if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
    }
    return parts.join(" ") || layout.headings[i + 1] || "";
  });
}
