import { IsoDate } from "../dates/isoDate";

/**
 * What a sheet holds, decided by core; the file writer (src/xlsx) and the Office.js renderer only decide
 * how to put it into a file or a live workbook. Plain data: dates are IsoDate strings in
 * "date" columns, percentages are numbers 0–100.
 */
export type ColumnType = "text" | "integer" | "number" | "percent" | "date";

export type CellValue = string | number | boolean | null;

export type ValidationSpec =
  /** A fixed list ("Chưa thực hiện", "Đang thực hiện", "Hoàn thành"). */
  | { kind: "list"; values: readonly string[] }
  /**
   * A list taken from another sheet's column (Mã tiêu chí from Kế hoạch). Not strict: Excel
   * warns but lets a value outside the list be kept (officials' names; the validator reports them).
   */
  | { kind: "listFromColumn"; sheet: string; column: string; strict?: boolean }
  | { kind: "decimal"; min: number; max: number }
  | { kind: "date"; min: IsoDate; max: IsoDate };

export interface ColumnSpec {
  header: string;
  type: ColumnType;
  /** Width in characters. */
  width: number;
  /** Entry rules that Excel enforces for co-authors without the add-in. */
  validation?: ValidationSpec;
  /** Long text wraps. */
  wrap?: boolean;
}

/** Rows whose value in `column` equals one of `values` (or is above `above`) stand out. */
export interface HighlightSpec {
  column: string;
  values: readonly string[];
  above?: number;
  tone: "bad" | "warn" | "good";
}

/** The condition of a highlight for the first data row (Excel fills it down), without "=". */
export function highlightCondition(h: HighlightSpec, cell: string): string {
  const tests = h.values.map((v) => `${cell}="${v}"`);
  if (h.above !== undefined) tests.push(`AND(ISNUMBER(${cell}),${cell}>${h.above})`);
  return tests.length > 1 ? `OR(${tests.join(",")})` : tests[0];
}

/** A line above the table: a title or a figure of the headline block. */
export interface PreambleLine {
  label: string;
  value?: CellValue;
  type?: ColumnType;
  style?: "title" | "label";
}

/** A second table below the main one on the same sheet (the per-official table of Tổng hợp). */
export interface TableBlock {
  title: string;
  table: string;
  columns: readonly ColumnSpec[];
  rows: readonly CellValue[][];
  highlights?: readonly HighlightSpec[];
}

export interface TableSheetSpec {
  kind: "table";
  /** Sheet name and Excel table name, fixed by the master-workbook contract. */
  sheet: string;
  table: string;
  columns: readonly ColumnSpec[];
  rows: readonly CellValue[][];
  preamble?: readonly PreambleLine[];
  highlights?: readonly HighlightSpec[];
  /** Further tables below the main one, each after a blank row and its title. */
  more?: readonly TableBlock[];
  /** Landscape A4, fit to one page wide, header row repeated. */
  print?: { orientation: "portrait" | "landscape" };
  /** A sheet kept for the product, not for reading (the imported values of the master's rows). */
  hidden?: boolean;
}

/** How a document cell looks. Sizes in points. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  align?: "left" | "center" | "right" | "justify";
  valign?: "top" | "center" | "bottom";
  wrap?: boolean;
  border?: boolean;
  type?: ColumnType;
}

export interface DocCell {
  value: CellValue;
  style?: CellStyle;
  /** Columns this cell covers (merged to the right), 1 when absent. */
  span?: number;
}

export interface DocRow {
  cells: readonly (DocCell | null)[];
  /** Row height in points, when the text needs more than one line. */
  height?: number;
}

/**
 * A sheet laid out as a document (the quarterly report): cells with styles and merges,
 * one font, A4 with margins in millimetres, rows repeated at the top of every printed page.
 */
export interface DocumentSheetSpec {
  kind: "document";
  sheet: string;
  font: { name: string; size: number };
  columnWidths: readonly number[];
  rows: readonly DocRow[];
  page: {
    orientation: "portrait" | "landscape";
    marginsMm: { top: number; bottom: number; left: number; right: number };
    /** 1-based rows printed at the top of each page (a table's header). */
    repeatRows?: [number, number];
    /**
     * Page numbers in the header, centred (Nghị định 30/2020: from the second page). Absent:
     * none. The file writer puts it in the sheet's headerFooter (&C&P, differentFirst).
     */
    pageNumbers?: "fromSecond" | "all";
  };
}

export type SheetSpec = TableSheetSpec | DocumentSheetSpec;

export const NUMBER_FORMATS: Record<ColumnType, string | null> = {
  text: "@",
  integer: "0",
  number: "#,##0.00",
  percent: "0.00",
  date: "dd/mm/yyyy",
};

/** The row (1-based) of a table's header: after the preamble and one blank line. */
export function headerRowOf(spec: TableSheetSpec): number {
  return spec.preamble && spec.preamble.length > 0 ? spec.preamble.length + 2 : 1;
}

/** 'Kế hoạch' -> "'Kế hoạch'" for formulas. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The cells a list validation takes its values from: a column of another sheet's main table,
 * with 200 rows of room below so entries officials add are offered too. Both renderers use it.
 */
export function listSourceRange(specs: readonly SheetSpec[], sheet: string, header: string): string {
  const spec = specs.find((s): s is TableSheetSpec => s.kind === "table" && s.sheet === sheet);
  if (!spec) throw new Error(`No sheet ${sheet} to validate against`);
  const col = spec.columns.findIndex((c) => c.header === header) + 1;
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  const h = headerRowOf(spec);
  return `${quoteSheet(sheet)}!$${letters}$${h + 1}:$${letters}$${h + Math.max(spec.rows.length, 1) + 200}`;
}
