import ExcelJS from "exceljs";
import { BadFile, badFile } from "../core/import/badFile";
import { Grid, GridCell } from "../core/import/grid";
import { isoDate } from "../core/dates/isoDate";
import { OutputKind } from "../core/outputMark";
import { formatViNumber } from "../core/format/viNumber";
import { READ_LIMITS } from "./limits";
import { OpenOptions, openPackage } from "./openPackage";
import { sniff } from "./sniff";

/** The grids, and the mark of one of our own outputs when the file carries it. */
export type ReadResult = { ok: true; grids: Grid[]; mark: OutputKind | null } | { ok: false; bad: BadFile };

/** Tracking sheets never need more; what lies past them is counted and named (Kiểm tra). */
export const MAX_COLS = READ_LIMITS.columns;
export const MAX_ROWS = READ_LIMITS.rows;

type ExcelValue = ExcelJS.CellValue;

const MARCH_1900 = Date.UTC(1900, 2, 1);

function toGridCell(value: ExcelValue, date1904: boolean): GridCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // exceljs ignores Excel's phantom 29/2/1900: serials before March 1900 come back a day early.
    const t = !date1904 && value.getTime() < MARCH_1900 ? new Date(value.getTime() + 86_400_000) : value;
    const d = isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    return d ? { date: d } : null;
  }
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    // The cached result, as Excel last computed it; we never evaluate formulas.
    const result = (value as { result?: ExcelValue }).result;
    return result === undefined ? null : toGridCell(result as ExcelValue, date1904);
  }
  if ("text" in value) return toGridCell((value as { text: ExcelValue }).text, date1904);
  return null;
}

function gridOf(file: string, ws: ExcelJS.Worksheet, merges: Grid["merges"], date1904: boolean): Grid {
  const rows: GridCell[][] = [];
  const formats: Record<string, string> = {};
  const hiddenRows: number[] = [];
  const notRead = { rows: 0, afterRow: MAX_ROWS, cells: 0, afterColumn: MAX_COLS };
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > MAX_ROWS) {
      notRead.rows++;
      return;
    }
    if (row.hidden) hiddenRows.push(r);
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_COLS) {
        notRead.cells++;
        return;
      }
      const v = toGridCell(cell.value, date1904);
      if (v === null) return;
      while (cells.length < c - 1) cells.push(null);
      cells[c - 1] = v;
      const fmt = cell.numFmt;
      if (fmt && fmt !== "General") formats[`${r}:${c}`] = fmt;
    });
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = cells;
  });
  blankMergedCells(rows, merges);
  const hiddenCols: number[] = [];
  const lastCol = Math.min(ws.columnCount, MAX_COLS);
  for (let c = 1; c <= lastCol; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c);
  return {
    file,
    sheet: ws.name,
    hidden: ws.state !== "visible",
    rows,
    formats,
    merges,
    hiddenRows,
    hiddenCols,
    ...(notRead.rows + notRead.cells > 0 ? { truncated: true, notRead } : {}),
  };
}

/**
 * exceljs gives every cell of a merged range the range's value; in the file (and in Excel's
 * range.values) only the top-left cell holds it. Blank the others, so a title merged across
 * five columns is one cell, as the user sees it, not five copies.
 */
function blankMergedCells(rows: GridCell[][], merges: Grid["merges"]): void {
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length); r++) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length); c++) if (r !== m.top || c !== m.left) row[c - 1] = null;
    }
  }
}

/** exceljs's exceptions in words a user can act on, never a JavaScript internal. */
function explainLoadError(file: string, e: unknown): BadFile {
  const message = e instanceof Error ? e.message : String(e);
  if (/entity/i.test(message)) return badFile(file, "unsafe", "thực thể XML không khai báo");
  const at = /^(\d+):(\d+): (.*)$/.exec(message);
  if (at) return badFile(file, "unreadable", `nội dung XML hỏng ở dòng ${at[1]}, cột ${at[2]}`);
  return badFile(file, "unreadable", "cấu trúc bên trong không chuẩn; hãy mở bằng Excel và lưu lại");
}

/**
 * A workbook file's bytes -> one Grid per worksheet, or the reason it cannot be read.
 * Works on a copy in memory: the source file is only ever read.
 */
export async function readGrids(file: string, bytes: Uint8Array, options: OpenOptions = {}): Promise<ReadResult> {
  const sniffed = sniff(bytes);
  if (sniffed.kind === "bad") return { ok: false, bad: badFile(file, sniffed.reason) };
  if (bytes.length > READ_LIMITS.fileBytes)
    return {
      ok: false,
      bad: badFile(
        file,
        "too-large",
        `${formatViNumber(bytes.length / 1e6, 1)} MB, giới hạn ${formatViNumber(READ_LIMITS.fileBytes / 1e6)} MB`,
      ),
    };
  const pkg = await openPackage(bytes, options);
  if (!pkg.ok) return { ok: false, bad: badFile(file, pkg.reason, pkg.detail) };

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(pkg.bytes as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, bad: explainLoadError(file, e) };
  }
  if (wb.worksheets.length === 0) return { ok: false, bad: badFile(file, "no-worksheets") };
  const date1904 = wb.properties.date1904 === true;
  return { ok: true, grids: wb.worksheets.map((ws) => gridOf(file, ws, pkg.merges.get(ws.name) ?? [], date1904)), mark: pkg.mark };
}
