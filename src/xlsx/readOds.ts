import { parseIsoDate } from "../core/dates/isoDate";
import { CellRange, Grid, GridCell } from "../core/import/grid";
import { PackageParts } from "./packageParts";
import type { SheetLimits } from "./readPackage";
import { attr, parseXml } from "./xmlSax";

/**
 * A LibreOffice Calc workbook (.ods), the default save on many commune machines: content.xml read
 * into the same Grids as an .xlsx. Values by their office:value-type (numbers, percentages as
 * fractions under a % format, dates, booleans, text from its paragraphs), repeated rows and cells
 * expanded only where they hold something, spans as merges, collapsed rows and columns as hidden,
 * a table whose style says display="false" as a hidden sheet. Formulas are read by their cached
 * values, as in an .xlsx.
 */
/** Cells a workbook's repeated rows may expand to: more than its XML could spell out cell by cell within the part limit. */
const CELL_BUDGET = 4_000_000;

export async function readOds(file: string, parts: PackageParts, limits: SheetLimits): Promise<Grid[] | null> {
  const content = await parts.read("content.xml");
  if (!content) return null;
  const grids: Grid[] = [];
  const hiddenStyles = new Set<string>();
  let styleName: string | null = null;
  let sheet: Grid | null = null;
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  let rowHidden = false;
  // Columns declared so far (table:table-column), to place a collapsed one.
  let declared = 0;
  // The cell being read: its value, repeat and spans; its text gathered from text:p.
  let cell: {
    value: GridCell;
    text: string[] | null;
    repeat: number;
    spanCols: number;
    spanRows: number;
    percent: boolean;
    error: boolean;
  } | null = null;
  let paragraph: string | null = null;
  let inAnnotation = 0;
  let rowCells: Array<{ at: number; value: GridCell; percent: boolean }> = [];
  // What lies past the limits is counted, not kept, and named as the .xlsx reader names it.
  let rowsPast = 0;
  let cellsPast = 0;
  let expanded = 0;
  const finishRow = () => {
    if (!sheet) return;
    const filled = rowCells.length > 0;
    // A repeated row copies its cells: a few bytes of XML must never become millions of cells.
    const room = filled ? Math.max(0, Math.floor((CELL_BUDGET - expanded) / rowCells.length)) : rowRepeat;
    const times = filled ? Math.max(0, Math.min(rowRepeat, limits.maxRows - row + 1, room)) : rowRepeat;
    if (filled && times < rowRepeat) rowsPast += rowRepeat - times;
    expanded += times * rowCells.length;
    for (let k = 0; k < times && filled; k++) {
      const r = row + k;
      if (r > limits.maxRows) break;
      const cells: GridCell[] = [];
      for (const c of rowCells) {
        while (cells.length < c.at - 1) cells.push(null);
        cells[c.at - 1] = c.value;
        if (c.percent) sheet.formats[`${r}:${c.at}`] = "0.00%";
      }
      while (sheet.rows.length < r - 1) sheet.rows.push([]);
      sheet.rows[r - 1] = cells;
    }
    if (rowHidden && filled) for (let k = 0; k < times; k++) sheet.hiddenRows.push(row + k);
    row += rowRepeat;
  };
  parseXml(content, {
    open(name, a) {
      if (name === "style" && attr(a, "family") === "table") styleName = attr(a, "name") ?? null;
      else if (name === "table-properties" && styleName && attr(a, "display") === "false") hiddenStyles.add(styleName);
      else if (name === "table") {
        const style = attr(a, "style-name");
        sheet = {
          file,
          sheet: attr(a, "name") ?? `Sheet${grids.length + 1}`,
          hidden: style !== undefined && hiddenStyles.has(style),
          rows: [],
          formats: {},
          merges: [],
          hiddenRows: [],
          hiddenCols: [],
        };
        row = 1;
        declared = 0;
      } else if (name === "table-column" && sheet) {
        const repeat = Number(attr(a, "number-columns-repeated") ?? 1);
        if (attr(a, "visibility") === "collapse" && declared + repeat <= limits.maxCols)
          for (let k = 1; k <= repeat; k++) sheet.hiddenCols.push(declared + k);
        declared += repeat;
      } else if (name === "table-row" && sheet) {
        col = 1;
        rowCells = [];
        rowRepeat = Number(attr(a, "number-rows-repeated") ?? 1);
        const visibility = attr(a, "visibility");
        rowHidden = visibility === "collapse" || visibility === "filter";
      } else if ((name === "table-cell" || name === "covered-table-cell") && sheet) {
        // LibreOffice writes a formula's error and a TRUE/FALSE as numbers, saying what they are in calcext:value-type.
        const ext = a["calcext:value-type"];
        const type = ext === "error" || ext === "boolean" ? ext : (a["office:value-type"] ?? attr(a, "value-type"));
        const raw = attr(a, "value");
        let value: GridCell = null;
        if (type === "float" || type === "currency" || type === "percentage") value = raw !== undefined ? Number(raw) : null;
        else if (type === "date") {
          const iso = parseIsoDate((attr(a, "date-value") ?? "").slice(0, 10));
          value = iso ? { date: iso } : null;
        } else if (type === "boolean") value = attr(a, "boolean-value") === "true" || (raw !== undefined && Number(raw) !== 0);
        cell = {
          value,
          text: type === undefined || type === "string" || type === "time" || type === "error" || value === null ? [] : null,
          error: type === "error",
          repeat: Number(attr(a, "number-columns-repeated") ?? 1),
          spanCols: Number(attr(a, "number-columns-spanned") ?? 1),
          spanRows: Number(attr(a, "number-rows-spanned") ?? 1),
          percent: type === "percentage",
        };
      } else if (name === "annotation") inAnnotation++;
      else if (name === "p" && cell && inAnnotation === 0) paragraph = "";
      else if (name === "s" && paragraph !== null) paragraph += " ".repeat(Number(attr(a, "c") ?? 1));
      else if (name === "tab" && paragraph !== null) paragraph += "\t";
      else if (name === "line-break" && paragraph !== null) paragraph += "\n";
    },
    text(t) {
      if (paragraph !== null && inAnnotation === 0) paragraph += t;
    },
    close(name) {
      if (name === "p" && paragraph !== null && cell) {
        cell.text?.push(paragraph);
        paragraph = null;
      } else if (name === "annotation") inAnnotation--;
      else if ((name === "table-cell" || name === "covered-table-cell") && cell && sheet) {
        const text = cell.text?.join("\n") ?? "";
        // A cell under another's span is hidden by it, as Excel blanks a merged range's other cells.
        const value: GridCell =
          name === "covered-table-cell" ? null : cell.error ? { error: text } : (cell.value ?? (text !== "" ? text : null));
        const times = value === null ? cell.repeat : Math.min(cell.repeat, limits.maxCols - col + 1);
        if (value !== null)
          for (let k = 0; k < times && col + k <= limits.maxCols; k++) rowCells.push({ at: col + k, value, percent: cell.percent });
        if (value !== null && col + cell.repeat - 1 > limits.maxCols)
          cellsPast += col + cell.repeat - 1 - Math.max(limits.maxCols, col - 1);
        if (name === "table-cell" && (cell.spanCols > 1 || cell.spanRows > 1))
          sheet.merges.push({ top: row, left: col, bottom: row + cell.spanRows - 1, right: col + cell.spanCols - 1 } satisfies CellRange);
        col += cell.repeat;
        cell = null;
      } else if (name === "table-row") finishRow();
      else if (name === "table" && sheet) {
        if (rowsPast + cellsPast > 0) {
          sheet.truncated = true;
          sheet.notRead = { rows: rowsPast, afterRow: limits.maxRows, cells: cellsPast, afterColumn: limits.maxCols };
        }
        grids.push(sheet);
        sheet = null;
        rowsPast = 0;
        cellsPast = 0;
      } else if (name === "style") styleName = null;
    },
  });
  return grids;
}
