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

/** One series of a chart: a column of the table it plots, drawn in a colour (RRGGBB). */
export interface ChartSeriesSpec {
  column: string;
  color: string;
}

/**
 * A native chart over a table of the sheet: both renderers point it at the table's cells, so it
 * follows edits to them. "clusteredColumn": one bar per series side by side for each row;
 * "stackedBar": one horizontal bar per row, the series stacked, rows top to bottom in table order.
 */
export interface ChartSpec {
  kind: "clusteredColumn" | "stackedBar";
  title: string;
  /** The table (the main one or one of `more`) whose rows it plots. */
  table: string;
  /** The column whose cells name the rows (the categories). */
  categories: string;
  series: readonly ChartSeriesSpec[];
  valueAxis: { title: string; min?: number; max?: number };
  /**
   * Where it stands: from the left edge of `column` (1-based), `top` points below the sheet's top,
   * `width` by `height` points. In points rather than rows: rows grow with wrapped text, and two
   * charts one above the other must never overlap.
   */
  anchor: { column: number; top: number; width: number; height: number };
}

/** A chart with its values: what a renderer draws (over cells, or as a picture in a document). */
export interface ChartData {
  kind: ChartSpec["kind"];
  title: string;
  categories: readonly string[];
  series: ReadonlyArray<{ name: string; color: string; values: ReadonlyArray<number | null> }>;
  valueAxis: ChartSpec["valueAxis"];
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
  /**
   * A4, header row repeated; fit to one page wide, or at `scale` % with a page break before
   * `breakBeforeColumn` (the tables on their pages, the charts beside them on the next).
   */
  print?: { orientation: "portrait" | "landscape"; scale?: number; breakBeforeColumn?: number };
  /** Charts beside the tables; core leaves out a chart that would have nothing to plot. */
  charts?: readonly ChartSpec[];
  /** A sheet kept for the product, not for reading (the imported values of the master's rows). */
  hidden?: boolean;
}

/** A chart drawn over a document sheet's rows (a report's appendix): from column A of `row`, its size in points. */
export interface DocChartSpec {
  data: ChartData;
  row: number;
  width: number;
  height: number;
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
  /** Charts with their own values, each over a row kept empty for it. */
  charts?: readonly DocChartSpec[];
}

export type SheetSpec = TableSheetSpec | DocumentSheetSpec;

export const NUMBER_FORMATS: Record<ColumnType, string | null> = {
  text: "@",
  integer: "0",
  number: "#,##0.00",
  percent: "0.00",
  date: "dd/mm/yyyy",
};

/**
 * Rows made when they are read, never held: a sheet of 200,000 task rows is written straight from
 * the records, each row made as the writer reaches it and let go after. To every renderer it reads
 * as an ordinary read-only array (length, indexing, iteration, slice, map); the same index always
 * gives equal rows.
 */
export function lazyRows(count: number, rowAt: (i: number) => CellValue[]): readonly CellValue[][] {
  const index = (key: string | symbol): number => {
    if (typeof key !== "string") return -1;
    const n = Number(key);
    return Number.isInteger(n) && n >= 0 && n < count && String(n) === key ? n : -1;
  };
  const target: CellValue[][] = [];
  target.length = count;
  return new Proxy(target, {
    get: (t, key, receiver) => {
      const i = index(key);
      return i >= 0 ? rowAt(i) : Reflect.get(t, key, receiver);
    },
    has: (t, key) => index(key) >= 0 || Reflect.has(t, key),
    ownKeys: (t) => [...Array.from({ length: count }, (_, i) => String(i)), ...Reflect.ownKeys(t)],
    getOwnPropertyDescriptor: (t, key) => {
      const i = index(key);
      return i >= 0 ? { value: rowAt(i), writable: false, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, key);
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

/** The row (1-based) of a table's header: after the preamble and one blank line. */
export function headerRowOf(spec: TableSheetSpec): number {
  return spec.preamble && spec.preamble.length > 0 ? spec.preamble.length + 2 : 1;
}

/** Where a table of a table sheet lies: its header row and its last row (a table without rows keeps one blank row). */
export interface TablePlacement {
  table: string;
  /** The title row above a further table; null for the main one. */
  title: string | null;
  headerRow: number;
  lastRow: number;
  columns: readonly ColumnSpec[];
  rows: readonly CellValue[][];
  highlights: readonly HighlightSpec[];
}

/** The tables of a table sheet, top to bottom: the main one, then each further one after a blank row and its title. */
export function tablePlacements(spec: TableSheetSpec): TablePlacement[] {
  const header = headerRowOf(spec);
  const out: TablePlacement[] = [
    {
      table: spec.table,
      title: null,
      headerRow: header,
      lastRow: header + Math.max(spec.rows.length, 1),
      columns: spec.columns,
      rows: spec.rows,
      highlights: spec.highlights ?? [],
    },
  ];
  let next = header + Math.max(spec.rows.length, 1) + 2;
  for (const more of spec.more ?? []) {
    const headerRow = next + 1;
    out.push({
      table: more.table,
      title: more.title,
      headerRow,
      lastRow: headerRow + Math.max(more.rows.length, 1),
      columns: more.columns,
      rows: more.rows,
      highlights: more.highlights ?? [],
    });
    next = headerRow + Math.max(more.rows.length, 1) + 2;
  }
  return out;
}

/** The cells a chart plots, as 1-based rows and columns of its sheet. */
export interface ChartCells {
  /** The table's header row (the series' names) and its data rows. */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  categoryColumn: number;
  seriesColumns: number[];
  /** The plotted rows' values, for the file's cached copy: categories as text, series as numbers or null. */
  categories: string[];
  values: Array<Array<number | null>>;
}

export function chartCells(spec: TableSheetSpec, chart: ChartSpec): ChartCells {
  const t = tablePlacements(spec).find((p) => p.table === chart.table);
  if (!t) throw new Error(`Chart ${chart.title}: no table ${chart.table} on ${spec.sheet}`);
  const col = (header: string) => {
    const i = t.columns.findIndex((c) => c.header === header);
    if (i < 0) throw new Error(`Chart ${chart.title}: no column ${header} in ${chart.table}`);
    return i;
  };
  const cat = col(chart.categories);
  const series = chart.series.map((s) => col(s.column));
  return {
    headerRow: t.headerRow,
    firstRow: t.headerRow + 1,
    lastRow: t.headerRow + t.rows.length,
    categoryColumn: cat + 1,
    seriesColumns: series.map((i) => i + 1),
    categories: t.rows.map((r) => (r[cat] === null ? "" : String(r[cat]))),
    values: series.map((i) => t.rows.map((r) => (typeof r[i] === "number" ? (r[i] as number) : null))),
  };
}

/**
 * A column's width in points as Excel draws it in the default font (Calibri 11: a character 7 px,
 * 5 px of padding, at 96 dpi). The Office.js renderer sets widths in points itself (POINTS_PER_WIDTH there).
 */
export function columnPoints(width: number): number {
  return (width * 7 + 5) * 0.75;
}

/** The landscape A4 width inside the table sheets' margins (0,5" and 0,4"), in points. */
export const LANDSCAPE_PRINT_WIDTH = 842 - 0.9 * 72;

/** The largest whole print scale (%) at which columns of these widths fit the page's width, with 5 % to spare. */
export function printScale(widths: readonly number[], pageWidth = LANDSCAPE_PRINT_WIDTH): number {
  const total = widths.reduce((s, w) => s + columnPoints(w), 0);
  return Math.max(10, Math.min(100, Math.floor((0.95 * pageWidth * 100) / total)));
}

/**
 * How many lines a wrapped text takes in a column `width` characters wide: a character of text is
 * counted as wide as a digit, which errs on the tall side (a row too tall shows all; too short, not).
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width));
  if (!text.includes("\n")) return Math.max(1, Math.ceil(text.length / perLine));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** A table chart's values, as its cells hold them. */
export function chartData(spec: TableSheetSpec, chart: ChartSpec): ChartData {
  const cells = chartCells(spec, chart);
  return {
    kind: chart.kind,
    title: chart.title,
    categories: cells.categories,
    series: chart.series.map((s, i) => ({ name: s.column, color: s.color, values: cells.values[i] })),
    valueAxis: chart.valueAxis,
  };
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
