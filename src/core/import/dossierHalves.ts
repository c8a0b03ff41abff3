import { looseKey } from "../text/normalize";
import { DossierColumn, TOTAL_ROW, headerColumns } from "./dossiers";
import { Grid, GridCell, cellAt, cellText, isBlank, rowsToEdit, wordsOfRows } from "./grid";
import { MergeIndex } from "./mergeIndex";

/**
 * One month's dossier report printed as two tables one under the other: "I. TÌNH HÌNH TIẾP NHẬN"
 * (carried over, online, direct) and "II. KẾT QUẢ GIẢI QUYẾT" (early, on time, late, pending,
 * returned), each a row per field, the fields maybe in another order. The second table's columns are
 * joined onto the first's rows by the field's name, so the usual reader reads one record per field.
 */
export interface JoinedHalves {
  grid: Grid;
  /** Fields of the second table that the first does not have: not joined, to be named. */
  unmatched: Array<{ row: number; field: string }>;
  /** Where the second table's header starts. */
  secondTop: number;
}

const SCAN_ROWS = 40;

interface Band {
  top: number;
  bottom: number;
  columns: Partial<Record<DossierColumn, number>>;
}

const RECEIVING: readonly DossierColumn[] = ["online", "inPerson", "newTotal", "carriedOver"];
const RESULTS: readonly DossierColumn[] = ["early", "onTime", "late", "pendingInTime", "pendingOverdue"];

function bandAt(grid: Grid, top: number): Band | null {
  let best: Band | null = null;
  for (let bottom = top; bottom <= Math.min(top + 1, grid.rows.length); bottom++) {
    const columns = headerColumns(grid, top, bottom);
    if (columns.field === undefined) continue;
    if (!best || Object.keys(columns).length > Object.keys(best.columns).length) best = { top, bottom, columns };
  }
  return best;
}

const has = (b: Band, cols: readonly DossierColumn[]) => cols.filter((c) => b.columns[c] !== undefined).length;

/** A field's row key: its name without case or marks ("Hộ tịch" ~ "HỘ TỊCH"). */
function fieldKey(v: GridCell): string {
  return looseKey(cellText(v)).replace(/^(?:linh vuc)\s+/, "");
}

/** The rows of a table's fields under its header, up to the first blank field after them or `until`. */
function fieldRows(grid: Grid, band: Band, until: number): number[] {
  const rows: number[] = [];
  const col = band.columns.field as number;
  for (let r = band.bottom + 1; r <= until; r++) {
    const v = cellAt(grid, r, col);
    if (isBlank(v)) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(r);
  }
  return rows;
}

export function joinStackedHalves(grid: Grid): JoinedHalves | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  const words = wordsOfRows(grid, 0, last);
  if (!/\bgiai quyet\b/.test(words) || !/\blinh vuc\b/.test(words)) return null;
  let first: Band | null = null;
  for (let r = 1; r <= last; r++) {
    const band = bandAt(grid, r);
    if (!band) continue;
    if (!first) {
      // The receiving half: how dossiers came in, and nothing of how they were resolved.
      if (has(band, RECEIVING) >= 2 && has(band, RESULTS) === 0) first = band;
      continue;
    }
    if (r <= first.bottom) continue;
    // The results half, below it: how they were resolved, and nothing of how they came in.
    if (has(band, RESULTS) >= 3 && has(band, RECEIVING) === 0) return join(grid, first, band);
  }
  return null;
}

function join(grid: Grid, a: Band, b: Band): JoinedHalves {
  const aRows = fieldRows(grid, a, b.top - 1);
  const bRows = fieldRows(grid, b, grid.rows.length);
  const byField = new Map(bRows.map((r) => [fieldKey(cellAt(grid, r, b.columns.field as number)), r]));
  const width = Math.max(...grid.rows.slice(a.top - 1, b.top - 1).map((row) => row.length), a.top);
  // The second half's count columns, each once, in order: moved to the right of the first half.
  const moved = [
    ...new Set(
      Object.entries(b.columns)
        .filter(([f]) => f !== "field" && f !== "stt")
        .map(([, c]) => c as number),
    ),
  ].sort((x, y) => x - y);
  const index = new MergeIndex(grid.merges);
  const label = (r: number, c: number) => {
    const m = index.at(r, c);
    return cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, r, c)).trim();
  };
  const { rows, put } = rowsToEdit(grid);
  moved.forEach((c, i) => {
    const at = width + 1 + i;
    const group = label(b.top, c);
    const own = b.bottom > b.top ? label(b.bottom, c) : "";
    if (a.bottom > a.top) {
      put(a.top, at, group);
      put(a.bottom, at, own === group ? "" : own);
    } else put(a.top, at, [group, own].filter((x) => x !== "" && x !== group).join(" ") || group);
  });
  const matched = new Set<number>();
  for (const r of aRows) {
    const key = fieldKey(cellAt(grid, r, a.columns.field as number));
    // Both halves' total rows ("Cộng") join as well: the reader checks them.
    const other =
      byField.get(key) ??
      (TOTAL_ROW.test(key) ? bRows.find((x) => TOTAL_ROW.test(fieldKey(cellAt(grid, x, b.columns.field as number)))) : undefined);
    if (other === undefined) continue;
    matched.add(other);
    moved.forEach((c, i) => put(r, width + 1 + i, cellAt(grid, other, c)));
  }
  const unmatched = bRows
    .filter((r) => !matched.has(r) && !TOTAL_ROW.test(fieldKey(cellAt(grid, r, b.columns.field as number))))
    .map((r) => ({ row: r, field: cellText(cellAt(grid, r, b.columns.field as number)).trim() }));
  return { grid: { ...grid, rows }, unmatched, secondTop: b.top };
}

/**
 * One month's dossier report printed on two sheets ("1. Tiếp nhận", "2. Giải quyết"), each a row per
 * field: the results sheet is set under the receiving one, as if printed on one page, and joined
 * as two stacked halves are. The receiving sheet is read with both; the results sheet is then read
 * no more. Only where the two sheets' titles give the same days.
 */
export interface JoinedSheets {
  grids: Grid[];
  joins: Array<{ receiving: string; results: string; unmatched: JoinedHalves["unmatched"] }>;
}

function halfOf(grid: Grid): "receiving" | "results" | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  if (!/\blinh vuc\b/.test(wordsOfRows(grid, 0, last))) return null;
  for (let r = 1; r <= last; r++) {
    const band = bandAt(grid, r);
    if (!band) continue;
    if (has(band, RECEIVING) >= 2 && has(band, RESULTS) === 0) return "receiving";
    if (has(band, RESULTS) >= 3 && has(band, RECEIVING) === 0) return "results";
  }
  return null;
}

/** The days a sheet's title lines give ("Từ ngày 01/11/2021 đến ngày 30/11/2021"), as written, for matching two sheets. */
function titleDays(grid: Grid): string {
  for (const row of grid.rows.slice(0, 8))
    for (const v of row) {
      const m = /từ\s+ngày\s*([\d/.-]+)\s*đến\s+ngày\s*([\d/.-]+)/iu.exec(cellText(v));
      if (m) return `${m[1]}-${m[2]}`;
    }
  return "";
}

export function joinDossierSheets(sheets: readonly Grid[]): JoinedSheets | null {
  const halves = sheets.map(halfOf);
  const joins: JoinedSheets["joins"] = [];
  const out = [...sheets];
  const dropped = new Set<number>();
  halves.forEach((h, i) => {
    if (h !== "receiving") return;
    const days = titleDays(sheets[i]);
    const j = halves.findIndex((x, k) => x === "results" && !dropped.has(k) && titleDays(sheets[k]) === days && days !== "");
    if (j < 0) return;
    const a = sheets[i];
    const b = sheets[j];
    const offset = a.rows.length + 1;
    const stacked: Grid = {
      ...a,
      rows: [...a.rows.map((r) => r.slice()), [], ...b.rows.map((r) => r.slice())],
      merges: [...a.merges, ...b.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }))],
    };
    const joined = joinStackedHalves(stacked);
    if (!joined) return;
    // Only the receiving sheet's rows are kept: the results are in its new columns.
    out[i] = { ...joined.grid, rows: joined.grid.rows.slice(0, a.rows.length) };
    dropped.add(j);
    joins.push({ receiving: a.sheet, results: b.sheet, unmatched: joined.unmatched.map((u) => ({ ...u, row: u.row - offset })) });
  });
  return joins.length > 0 ? { grids: out.filter((_, k) => !dropped.has(k)), joins } : null;
}
