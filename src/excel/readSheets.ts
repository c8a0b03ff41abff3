import { pageText } from "../core/import/pageText";
import { fromExcelSerial } from "../core/dates/isoDate";
import { noteBody } from "../core/import/cellNote";
import { CellRange, Grid, GridCell, asExcelShows, parseRangeRef } from "../core/import/grid";
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
      } else if (typeof v === "number") cells.push(asExcelShows(v));
      else if (typeof v === "boolean" || typeof v === "string")
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
 * Cells whose values and formats one sync brings back. Excel on the web refuses a response over
 * 5 MB as it refuses a request; at 50,000 cells that leaves 100 bytes a cell, several times what a
 * tracking sheet or the master holds on average (most cells are codes, dates and short words).
 */
export const READ_CELLS_PER_SYNC = 50_000;

interface UsedArea {
  range: Excel.Range;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

function areaOf(range: Excel.Range): UsedArea {
  return { range, rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

/**
 * The values and number formats of used ranges whose size is known, read in blocks of whole rows
 * packed into syncs of at most READ_CELLS_PER_SYNC cells: one sync for ordinary sheets, one more
 * per further 50,000 cells. With `alongside`, reads queued before (the batch's other loads) ride
 * on the first of them even when there are no cells.
 */
async function loadValues(
  context: Excel.RequestContext,
  areas: readonly UsedArea[],
  alongside: boolean,
): Promise<Array<{ values: unknown[][]; formats: string[][] }>> {
  const out = areas.map(() => ({ values: [] as unknown[][], formats: [] as string[][] }));
  let waiting: Array<{ area: number; range: Excel.Range }> = [];
  let pending = 0;
  const flush = async () => {
    await context.sync();
    for (const b of waiting) {
      out[b.area].values.push(...b.range.values);
      out[b.area].formats.push(...b.range.numberFormat);
    }
    waiting = [];
    pending = 0;
  };
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i];
    const step = Math.max(1, Math.floor(READ_CELLS_PER_SYNC / a.columnCount));
    for (let r = 0; r < a.rowCount; r += step) {
      const n = Math.min(step, a.rowCount - r);
      if (pending > 0 && pending + n * a.columnCount > READ_CELLS_PER_SYNC) await flush();
      const range = n === a.rowCount ? a.range : a.range.getCell(r, 0).getResizedRange(n - 1, a.columnCount - 1);
      range.load("values,numberFormat");
      waiting.push({ area: i, range });
      pending += n * a.columnCount;
    }
  }
  if (waiting.length > 0 || alongside) await flush();
  return out;
}

/**
 * Within a batch: the named sheets of the open workbook (loaded: isNullObject, name) and, for
 * those of `read` that exist, their used ranges as Grids. One sync, or three when there is
 * something to read (the sheets; their used ranges' sizes; their values), and one more per
 * further 50,000 cells.
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
  used.forEach((u) => u.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount"));
  await context.sync();
  const filled = present.flatMap((s, i) => (used[i].isNullObject ? [] : [{ name: s.name, area: areaOf(used[i]) }]));
  const cells = await loadValues(
    context,
    filled.map((f) => f.area),
    false,
  );
  const grids = filled.map((f, i) =>
    gridFromValues(file, f.name, f.area.rowIndex + 1, f.area.columnIndex + 1, cells[i].values, cells[i].formats, []),
  );
  return { sheets, grids };
}

/** Sheets of the open workbook as Grids, by name (missing ones are left out). One or two syncs. */
export async function readSheets(run: ExcelRun, names: readonly string[], file: string): Promise<Grid[]> {
  return run(async (context) => (await loadSheets(context, [], names, file)).grids);
}

/** Which of the host's newer reading APIs the active-sheet reader may use (Office.context.requirements). */
export interface SheetReadApis {
  /** ExcelApi 1.13: merged areas, which two-level headers depend on. */
  merges: boolean;
  /** ExcelApi 1.9: fill colours (a task's state kept as its row's colour) and hidden rows and columns. */
  cellProperties: boolean;
  /** ExcelApi 1.10: threaded comments. */
  comments: boolean;
  /** ExcelApi 1.18: notes, what older Excel called comments. */
  notes: boolean;
}

/**
 * Fill colours, strikethrough (and links) come back as a JSON object per cell (about 85 bytes), in the sync that also brings the
 * first 50,000 cells' values: past this many cells the answer could pass Excel on the web's 5 MB
 * response limit, so a larger sheet is read without its colours.
 */
export const FILL_CELL_LIMIT = 20_000;

/** "#C6EFCE" per cell -> "row:col" -> "C6EFCE", for filled cells only (Excel answers white, pattern None, for no fill). */
export function fillsFromProperties(top: number, left: number, props: readonly Excel.CellProperties[][]): Record<string, string> {
  const fills: Record<string, string> = {};
  props.forEach((row, i) =>
    row.forEach((p, j) => {
      const fill = p.format?.fill;
      if (!fill?.color || fill.pattern === "None" || !/^#[0-9A-Fa-f]{6}$/.test(fill.color)) return;
      fills[`${top + i}:${left + j}`] = fill.color.slice(1).toUpperCase();
    }),
  );
  return fills;
}

/** Cells whose font is struck through, by "row:col": a task an official crossed out rather than deleted. */
export function strikeoutFromProperties(top: number, left: number, props: readonly Excel.CellProperties[][]): Record<string, true> {
  const struck: Record<string, true> = {};
  props.forEach((row, i) =>
    row.forEach((p, j) => {
      if (p.format?.font?.strikethrough === true) struck[`${top + i}:${left + j}`] = true;
    }),
  );
  return struck;
}

/** Cells' hyperlinks to addresses outside the workbook, by "row:col" (evidence kept as a link). */
export function linksFromProperties(top: number, left: number, props: readonly Excel.CellProperties[][]): Record<string, string> {
  const links: Record<string, string> = {};
  props.forEach((row, i) =>
    row.forEach((p, j) => {
      if (p.hyperlink?.address) links[`${top + i}:${left + j}`] = p.hyperlink.address;
    }),
  );
  return links;
}

/**
 * The sheet the user is looking at, as a Grid: its used range and formats, and where the host has
 * them its merged cells, fill colours, hidden rows and columns, comments, notes and text boxes. Two
 * syncs (the used range's size; its values with the rest), one more per further 50,000 cells, and one
 * more when the sheet has comments, notes or shapes that may hold text (comments' cells come only
 * through getLocation(), a shape's text only once its type is known).
 */
export async function readActiveSheet(run: ExcelRun, file: string, apis: SheetReadApis): Promise<Grid | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return null;
    const areas = apis.merges ? used.getMergedAreasOrNullObject().load("isNullObject,address") : null;
    const cells =
      apis.cellProperties && used.rowCount * used.columnCount <= FILL_CELL_LIMIT
        ? used.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { strikethrough: true } }, hyperlink: true })
        : null;
    const rowProps = apis.cellProperties ? used.getRowProperties({ rowIndex: true, rowHidden: true }) : null;
    const colProps = apis.cellProperties ? used.getColumnProperties({ columnIndex: true, columnHidden: true }) : null;
    // "Số liệu tính đến ngày 30/11/2021" printed in the page's header: what dates a table of figures when its cells do not.
    const page = apis.cellProperties
      ? sheet.pageLayout.headersFooters.defaultForAllPages.load("leftHeader,centerHeader,rightHeader,leftFooter,centerFooter,rightFooter")
      : null;
    const lists = [apis.comments ? sheet.comments : null, apis.notes ? sheet.notes : null].filter((l) => l !== null);
    lists.forEach((l) => l.load("items/content"));
    // "Số liệu tính đến ngày 30/11/2021" typed in a text box over the sheet: what dates a table whose cells do not.
    const shapes = apis.cellProperties ? sheet.shapes.load("items/type") : null;
    const [{ values, formats }] = await loadValues(context, [areaOf(used)], true);
    const top = used.rowIndex + 1;
    const left = used.columnIndex + 1;
    const grid = gridFromValues(file, sheet.name, top, left, values, formats, areas && !areas.isNullObject ? areasOf(areas.address) : []);
    if (cells) {
      const fills = fillsFromProperties(top, left, cells.value);
      if (Object.keys(fills).length > 0) grid.fills = fills;
      const struck = strikeoutFromProperties(top, left, cells.value);
      if (Object.keys(struck).length > 0) grid.strikeout = struck;
      const links = linksFromProperties(top, left, cells.value);
      if (Object.keys(links).length > 0) grid.links = links;
    }
    if (page) {
      const printed = [page.leftHeader, page.centerHeader, page.rightHeader, page.leftFooter, page.centerFooter, page.rightFooter]
        .map((t) => pageText(t ?? ""))
        .filter((t) => t !== "")
        .join("\n");
      if (printed !== "") grid.pageHeader = printed;
    }
    grid.hiddenRows = (rowProps?.value ?? []).filter((r) => r.rowHidden).map((r) => (r.rowIndex ?? -1) + 1);
    grid.hiddenCols = (colProps?.value ?? []).filter((c) => c.columnHidden).map((c) => (c.columnIndex ?? -1) + 1);
    const notes = lists.flatMap((l) => l.items.map((n) => ({ content: n.content, at: n.getLocation().load("rowIndex,columnIndex") })));
    // Only a geometric shape (a text box is one) has a text frame; asking a picture's fails the batch.
    const boxes = (shapes?.items ?? []).filter((s) => s.type === "GeometricShape").map((s) => s.textFrame.textRange.load("text"));
    if (notes.length > 0 || boxes.length > 0) {
      await context.sync();
      const lines = boxes
        .flatMap((b) => b.text.split(/\r\n|\r|\n|\v/))
        .map((t) => t.trim())
        .filter((t) => t !== "");
      if (lines.length > 0) grid.textBoxes = lines.join("\n");
      const bodies = notes
        .map((n) => [`${n.at.rowIndex + 1}:${n.at.columnIndex + 1}`, noteBody(n.content)])
        .filter(([, body]) => body !== "");
      if (bodies.length > 0) grid.comments = Object.fromEntries(bodies);
    }
    return grid;
  });
}

export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).select();
    await context.sync();
  });
}
