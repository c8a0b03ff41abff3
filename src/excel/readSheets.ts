import { fromExcelSerial } from "../core/dates/isoDate";
import { CellRange, Grid, GridCell, parseRangeRef } from "../core/import/grid";
import { ExcelRun } from "./run";

const DATE_FORMAT = /[dy]/i;

/** Values as range.values returns them -> a Grid (1-based, from A1), dates where formats say so. */
export function gridFromValues(
  file: string,
  sheet: string,
  top: number,
  left: number,
  values: readonly unknown[][],
  formats: readonly string[][],
  merges: CellRange[],
): Grid {
  const rows: GridCell[][] = Array.from({ length: top - 1 }, () => []);
  const fmt: Record<string, string> = {};
  values.forEach((row, i) => {
    const cells: GridCell[] = Array.from({ length: left - 1 }, () => null);
    row.forEach((v, j) => {
      const f = formats[i]?.[j] ?? "General";
      if (f !== "General") fmt[`${top + i}:${left + j}`] = f;
      if (v === "" || v === null || v === undefined) cells.push(null);
      else if (typeof v === "number" && DATE_FORMAT.test(f.replace(/"[^"]*"/g, ""))) {
        const d = fromExcelSerial(v);
        cells.push(d ? { date: d } : v);
      } else if (typeof v === "number" || typeof v === "boolean" || typeof v === "string")
        cells.push(typeof v === "string" && /^#[A-Z/0!?]+[!?]?$/.test(v) ? { error: v } : v);
      else cells.push(String(v));
    });
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  });
  return { file, sheet, hidden: false, rows, formats: fmt, merges, hiddenRows: [], hiddenCols: [] };
}

function areasOf(address: string): CellRange[] {
  return address
    .split(",")
    .map((a) => parseRangeRef(a.includes("!") ? a.slice(a.lastIndexOf("!") + 1) : a))
    .filter((r): r is CellRange => r !== null);
}

/**
 * Within a batch: the named sheets of the open workbook (loaded: isNullObject, name) and, for
 * those of `read` that exist, their used ranges as Grids. One sync, or two when there is
 * something to read.
 */
export async function loadSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  read: readonly string[],
  file: string,
): Promise<{ sheets: Map<string, Excel.Worksheet>; grids: Grid[] }> {
  const all = [...new Set([...names, ...read])];
  const proxies = all.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  proxies.forEach((s) => s.load("isNullObject,name"));
  await context.sync();
  const sheets = new Map(all.map((n, i) => [n, proxies[i]]));
  const present = read.map((n) => sheets.get(n) as Excel.Worksheet).filter((s) => !s.isNullObject);
  if (present.length === 0) return { sheets, grids: [] };
  const used = present.map((s) => s.getUsedRangeOrNullObject(true));
  used.forEach((u) => u.load("isNullObject,values,numberFormat,rowIndex,columnIndex"));
  await context.sync();
  const grids = present.flatMap((s, i) => {
    const u = used[i];
    if (u.isNullObject) return [];
    return [gridFromValues(file, s.name, u.rowIndex + 1, u.columnIndex + 1, u.values, u.numberFormat, [])];
  });
  return { sheets, grids };
}

/** Sheets of the open workbook as Grids, by name (missing ones are left out). One or two syncs. */
export async function readSheets(run: ExcelRun, names: readonly string[], file: string): Promise<Grid[]> {
  return run(async (context) => (await loadSheets(context, [], names, file)).grids);
}

/**
 * The sheet the user is looking at, as a Grid: its used range, formats and (where the host
 * has ExcelApi 1.13) its merged cells, which two-level headers depend on. Two syncs.
 */
export async function readActiveSheet(run: ExcelRun, file: string, withMerges: boolean): Promise<Grid | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("isNullObject,values,numberFormat,rowIndex,columnIndex");
    await context.sync();
    if (used.isNullObject) return null;
    let merges: CellRange[] = [];
    if (withMerges) {
      const areas = used.getMergedAreasOrNullObject();
      areas.load("isNullObject,address");
      await context.sync();
      if (!areas.isNullObject) merges = areasOf(areas.address);
    }
    return gridFromValues(file, sheet.name, used.rowIndex + 1, used.columnIndex + 1, used.values, used.numberFormat, merges);
  });
}

export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).select();
    await context.sync();
  });
}
