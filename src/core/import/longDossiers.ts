import { looseKey } from "../text/normalize";
import { dossierRowOf } from "./dossiersAcross";
import { Grid, GridCell, cellText, rowsToEdit } from "./grid";

/**
 * Dossier counts exported as a long list, one row per field and measure ("Hộ tịch | Đã giải quyết
 * quá hạn | 1"), as the province's system gives them: turned into a row per field with a column per
 * measure, at the field's first row, so the dossier reader reads a record per field.
 */
export interface LongDossiers {
  grid: Grid;
  fields: string[];
  /** The list's rows, each folded into its field's row. */
  rows: number[];
}

const SCAN_ROWS = 30;
const FIELD_HEADING = /^(?:linh vuc|ten linh vuc|field)$/;
const MEASURE_HEADING = /^(?:chi tieu|noi dung|chi tieu thong ke|tieu chi|loai)$/;
const COUNT_HEADING = /^(?:so ho so|so luong|gia tri|so lieu|tong so)$/;

const text = (v: GridCell | undefined): string => cellText(v ?? null).trim();

export function pivotLongDossiers(grid: Grid): LongDossiers | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  for (let h = 1; h <= last; h++) {
    const header = (grid.rows[h - 1] ?? []).map((v) => (typeof v === "string" && v.length <= 30 ? looseKey(v) : ""));
    const fieldCol = header.findIndex((k) => FIELD_HEADING.test(k)) + 1;
    const measureCol = header.findIndex((k) => MEASURE_HEADING.test(k)) + 1;
    const countCol = header.findIndex((k) => COUNT_HEADING.test(k)) + 1;
    if (fieldCol === 0 || measureCol === 0 || countCol === 0) continue;
    const measures: string[] = [];
    const byField = new Map<string, { row: number; counts: Map<string, GridCell> }>();
    const rows: number[] = [];
    for (let r = h + 1; r <= grid.rows.length; r++) {
      const row = grid.rows[r - 1] ?? [];
      const field = text(row[fieldCol - 1]);
      const measure = text(row[measureCol - 1]);
      if (field === "" || measure === "") {
        if (rows.length > 0) break;
        continue;
      }
      if (dossierRowOf(measure) === null) return null;
      if (!measures.includes(measure)) measures.push(measure);
      const entry = byField.get(field) ?? { row: r, counts: new Map<string, GridCell>() };
      // The same measure twice for one field: which count stands cannot be told; the sheet is left as it is.
      if (entry.counts.has(measure)) return null;
      entry.counts.set(measure, row[countCol - 1] ?? null);
      byField.set(field, entry);
      rows.push(r);
    }
    if (byField.size === 0 || measures.length < 4 || rows.length < byField.size * 3) continue;
    const { rows: out, put } = rowsToEdit(grid);
    for (const r of rows) out[r - 1] = [];
    out[h - 1] = ["STT", "Lĩnh vực", ...measures];
    [...byField.entries()].forEach(([field, e], i) => {
      put(e.row, 1, i + 1);
      put(e.row, 2, field);
      measures.forEach((m, j) => put(e.row, 3 + j, e.counts.get(m) ?? null));
    });
    return {
      grid: { ...grid, rows: out, merges: grid.merges.filter((m) => m.bottom < h), formats: {} },
      fields: [...byField.keys()],
      rows,
    };
  }
  return null;
}
