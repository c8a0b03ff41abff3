import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText, columnName } from "./grid";

/**
 * Figures kept "long", as a database export or a pivot's source keeps them: one row per part of a
 * reading ("1.1 | Tháng 10 | Tử số | 16", "… | Mẫu số | 270", "… | Tỷ lệ | 5,93"). Read as one row
 * per reading, its parts side by side, so that no part is taken for another. The reading stands on
 * the row of its last part; Ghi chú names the rows its parts came from.
 */
const PARTS = { "tu so": "Tử số", "mau so": "Mẫu số", "ty le": "Tỷ lệ" } as const;
type Part = keyof typeof PARTS;

function partOf(v: GridCell): Part | null {
  if (typeof v !== "string" || v.length > 20) return null;
  // Asked of many cells: only a text opening with T or M ("Tử số", "Tỷ lệ", "Mẫu số") can be a part.
  const first = v.trimStart().charCodeAt(0) | 0x20;
  if (first !== 0x74 && first !== 0x6d) return null;
  const k = looseKey(v).replace(/ %$/, "");
  return k in PARTS ? (k as Part) : null;
}

const SAMPLE = 200;

/** The column of part names and the column of their figures, or null when the sheet is not kept so. */
function partColumns(grid: Grid): { part: number; value: number; unit: number | null; first: number } | null {
  const width = Math.min(
    40,
    grid.rows.slice(0, SAMPLE).reduce((w, r) => Math.max(w, r.length), 0),
  );
  for (let c = 1; c <= width; c++) {
    let parts = 0;
    let others = 0;
    let first = 0;
    const kinds = new Set<Part>();
    for (let r = 1; r <= Math.min(grid.rows.length, SAMPLE); r++) {
      const v = grid.rows[r - 1]?.[c - 1] ?? null;
      if (v === null || v === "") continue;
      const p = partOf(v);
      if (p) {
        parts++;
        kinds.add(p);
        if (first === 0) first = r;
      } else if (++others > 3) break;
    }
    // Its heading and perhaps a title are the column's only other texts.
    if (parts < 4 || kinds.size < 2 || others > 3) continue;
    const figures = (col: number) =>
      grid.rows.slice(first - 1, SAMPLE).filter((row) => partOf(row[c - 1] ?? null) && typeof row[col - 1] === "number").length;
    const value = [c + 1, c + 2].find((col) => figures(col) >= parts * 0.8);
    if (value === undefined) continue;
    const unitCell = grid.rows[first - 1]?.[value] ?? null;
    const unit = typeof unitCell === "string" && unitCell.length <= 12 ? value + 1 : null;
    return { part: c, value, unit, first };
  }
  return null;
}

export function pivotLongReadings(grid: Grid): { grid: Grid; readings: number } | null {
  const cols = partColumns(grid);
  if (cols === null) return null;
  const { part, value, unit, first } = cols;
  const header = first - 1;
  if (header < 1) return null;
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const moved = new Set([part, value, ...(unit ? [unit] : [])]);
  const keyOf = (row: readonly GridCell[]) =>
    Array.from({ length: width }, (_, i) => (moved.has(i + 1) ? "" : cellText(row[i] ?? null))).join("\u0001");
  const rows: GridCell[][] = grid.rows.map((r) => [...r]);
  const at = (n: number) => width + n;
  const headerRow = rows[header - 1];
  for (const c of moved) headerRow[c - 1] = null;
  headerRow[at(0)] = PARTS["tu so"];
  headerRow[at(1)] = PARTS["mau so"];
  headerRow[at(2)] = PARTS["ty le"];
  headerRow[at(3)] = "Ghi chú";
  const formats: Record<string, string> = { ...grid.formats };
  let readings = 0;
  let r = first;
  while (r <= rows.length) {
    const row = grid.rows[r - 1] ?? [];
    if (!partOf(row[part - 1] ?? null)) {
      r++;
      continue;
    }
    // The rows of one reading: next to each other, alike but for the part, its figure and unit.
    const key = keyOf(row);
    let end = r;
    const seen = new Set<Part>();
    while (end <= rows.length) {
      const next = grid.rows[end - 1] ?? [];
      const p = partOf(next[part - 1] ?? null);
      if (p === null || seen.has(p) || keyOf(next) !== key) break;
      seen.add(p);
      end++;
    }
    const last = end - 1;
    const out = rows[last - 1];
    const where: string[] = [];
    for (let i = r; i <= last; i++) {
      const src = grid.rows[i - 1] ?? [];
      const p = partOf(src[part - 1] ?? null) as Part;
      const slot = p === "tu so" ? 0 : p === "mau so" ? 1 : 2;
      out[at(slot)] = src[value - 1] ?? null;
      // A rate kept as 0.0593 shown as 5.93 % keeps its format in its new place.
      const fmt = grid.formats[`${i}:${value}`];
      if (fmt !== undefined) formats[`${last}:${at(slot) + 1}`] = fmt;
      where.push(`${PARTS[p]} dòng ${i}`);
      if (i !== last) rows[i - 1] = [];
    }
    for (const c of moved) out[c - 1] = null;
    out[at(3)] = `Số liệu ghi theo dòng thành phần (cột ${columnName(part)}): ${where.join(", ")}`;
    readings++;
    r = end;
  }
  return { grid: { ...grid, rows, formats }, readings };
}
