import { fromExcelSerial } from "../dates/isoDate";
import { CellValue, TableSheetSpec } from "./spec";

/**
 * Rows an official typed straight into a master table (no Nguồn: they came from no source
 * workbook) are kept when the table is rebuilt from the sources, after the rebuilt rows.
 * `existing` is the table as read from the workbook: its header row and its body rows.
 */
export function withTypedRows(spec: TableSheetSpec, header: readonly unknown[], existing: readonly unknown[][]): TableSheetSpec {
  const source = header.indexOf("Nguồn");
  if (source < 0 || existing.length === 0) return spec;
  const idCol = spec.columns.findIndex((c) => c.header === "Mã NV");
  const known = new Set(idCol >= 0 ? spec.rows.map((r) => r[idCol]) : []);
  const kept = existing
    .filter((row) => String(row[source] ?? "").trim() === "" && row.some((v) => v !== "" && v !== null))
    .map((row) =>
      spec.columns.map((col): CellValue => {
        const i = header.indexOf(col.header);
        const v = i < 0 ? null : row[i];
        if (v === "" || v === undefined || v === null) return null;
        if (col.type === "date" && typeof v === "number") return fromExcelSerial(v) ?? v;
        return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
      }),
    )
    .filter((row) => idCol < 0 || !known.has(row[idCol]));
  return kept.length === 0 ? spec : { ...spec, rows: [...spec.rows, ...kept] };
}
