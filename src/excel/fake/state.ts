import { Rect } from "./address";

/** What the fake workbook holds: the "host side" that proxies change only through sync(). */
export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
}

export interface FakeTable {
  name: string;
  rect: Rect;
  style: string;
}

export interface FakeValidation {
  rect: Rect;
  rule: Record<string, unknown>;
}

export interface FakeConditionalFormat {
  rect: Rect;
  formula: string;
  fill: string;
  fontColor: string;
}

export interface FakeChartSeries {
  name: string;
  /** Where its values and its categories come from (a single row or column), on `sheet`. */
  values: { sheet: FakeSheet; rect: Rect } | null;
  xValues: { sheet: FakeSheet; rect: Rect } | null;
  color: string | null;
}

export interface FakeChartAxis {
  minimum: number | null;
  maximum: number | null;
  title: string;
  reversePlotOrder: boolean;
  position: string;
}

/** A chart on a sheet, as the host keeps it: deleted with its sheet. */
export interface FakeChart {
  name: string;
  type: string;
  title: string;
  series: FakeChartSeries[];
  valueAxis: FakeChartAxis;
  categoryAxis: FakeChartAxis;
  legendPosition: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

/** A cell's threaded comment or note, as the host keeps it (one per cell). */
export interface FakeNote {
  row: number;
  col: number;
  content: string;
}

/** A shape drawn over the sheet (ExcelApi 1.9): a text box is a "GeometricShape" with text. */
export interface FakeShape {
  type: "GeometricShape" | "Image" | "Line" | "Group" | "Unsupported";
  text: string;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  /** Number formats by "row,col" (General when absent). */
  formats: Map<string, string>;
  merges: Rect[];
  /** Fill colours ("#RRGGBB") by "row,col"; no entry is no fill. */
  fills: Map<string, string>;
  /** Hyperlinks' addresses by "row,col". */
  links: Map<string, string>;
  /** Cells whose font is struck through, by "row,col". */
  struck: Set<string>;
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  /** Threaded comments (ExcelApi 1.10) and notes (ExcelApi 1.18) on this sheet's cells. */
  comments: FakeNote[];
  notes: FakeNote[];
  shapes: FakeShape[];
  frozenRows: number;
  /** The print page's headers and footers (ExcelApi 1.9), with Excel's codes ("&B", "&P") as written. */
  pageHeaders: Record<"leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter", string>;
  columnWidths: Map<number, number>;
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  tables: Array<FakeTable & { sheet: string }>;
  settings: Map<string, string>;
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  /** Set while the user edits a cell: every batch then fails as in Excel. */
  cellEditMode: boolean;
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: "Visible",
    cells: new Map(),
    formats: new Map(),
    merges: [],
    fills: new Map(),
    links: new Map(),
    struck: new Set(),
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    comments: [],
    notes: [],
    shapes: [],
    frozenRows: 0,
    pageHeaders: { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" },
    columnWidths: new Map(),
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}

export function newWorkbook(sheetNames: string[] = ["Sheet1"]): FakeWorkbookState {
  return {
    sheets: sheetNames.map(newSheet),
    tables: [],
    settings: new Map(),
    activeSheet: sheetNames[0] ?? null,
    selection: null,
    cellEditMode: false,
  };
}

export const key = (row: number, col: number) => `${row},${col}`;
