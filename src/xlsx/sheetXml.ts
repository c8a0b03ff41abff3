import { columnName } from "../core/import/grid";
import { parseIsoDate, toExcelSerial } from "../core/dates/isoDate";
import { fitExcelCell } from "../core/text/excelCell";
import {
  CellValue,
  ColumnType,
  DocumentSheetSpec,
  TableSheetSpec,
  ValidationSpec,
  chartCells,
  chartData,
  highlightCondition,
  tablePlacements,
  wrappedLines,
} from "../core/sheets/spec";
import { ChartPart, chartRefs, columnLeft } from "./chartXml";
import { StyleBook } from "./styles";
import { NS_MAIN, NS_REL, XML_HEAD, escapeXml } from "./xml";
import { PartSink } from "./zipWriter";

/**
 * Shared strings: each distinct text stored once, numbered in the order first used. Short texts
 * (statuses, officials, codes) are most of the lookups and few: they get a small table of their
 * own that stays in the CPU cache, apart from the hundreds of thousands of task texts.
 */
export class SharedStrings {
  readonly list: string[] = [];
  private readonly short = new Map<string, number>();
  private readonly long = new Map<string, number>();
  add(text: string): number {
    const index = text.length <= SHORT_TEXT ? this.short : this.long;
    let i = index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      index.set(text, i);
    }
    return i;
  }
}

const SHORT_TEXT = 24;

export interface TablePart {
  id: number;
  name: string;
  ref: string;
  columns: readonly string[];
}

/** A sheet planned from its spec's shapes (tables, print titles, formats known), its cells written later. */
export interface SheetPlan {
  tables: TablePart[];
  /** Charts drawn over the sheet's tables (one drawing part holds them). */
  charts: ChartPart[];
  /** "$1:$1": rows printed at the top of every page. */
  printTitles: string | null;
  write(sink: PartSink): Promise<void>;
}

export interface WriteContext {
  styles: StyleBook;
  strings: SharedStrings;
  nextTableId: () => number;
  nextChartId: () => number;
  /** Where a column of another sheet's main table lies, for list validations. */
  columnRange: (sheet: string, header: string) => string;
  selected: boolean;
}

// A master's dates are a few hundred days written hundreds of thousands of times: each is read once.
const SERIALS = new Map<string, number | null>();

function dateSerial(text: string): number | null {
  let serial = SERIALS.get(text);
  if (serial === undefined) {
    const iso = parseIsoDate(text);
    serial = iso ? toExcelSerial(iso) : null;
    if (SERIALS.size < 50_000) SERIALS.set(text, serial);
  }
  return serial;
}

/** A cell's markup as a string, for the few rows written as text (titles, headers, the report's cells). */
function cellXml(letter: string, r: number, value: CellValue, type: ColumnType, xf: number, ctx: WriteContext): string {
  let out = "";
  const sink: CellSink = {
    ascii: (text) => {
      out += text;
    },
    int: (n) => {
      out += n;
    },
  };
  cellBytes(sink, letter, r, value, type, xf, ctx);
  return out;
}

/** Room a row's own markup takes at most (`<row r="1048576" ht="…">` … `</row>`), and a cell's. */
const ROW_MARKUP_BYTES = 64;
// `<c r="XFD1048576" s="…" t="b"><v>` + a number as JavaScript writes it (at most 24 characters) + `</v></c>`.
const CELL_MARKUP_BYTES = 96;

/** What a cell's markup is written into: the part's bytes, or a string. */
type CellSink = Pick<PartSink, "ascii" | "int">;

/** A cell's markup (`<c r="B7" s="3" t="s"><v>12</v></c>`), written straight into the part. */
function cellBytes(sink: CellSink, letter: string, r: number, value: CellValue, type: ColumnType, xf: number, ctx: WriteContext): void {
  if (noCell(value, xf)) return;
  sink.ascii('<c r="');
  sink.ascii(letter);
  sink.int(r);
  sink.ascii('" s="');
  sink.int(xf);
  cellValueBytes(sink, value, type, ctx);
}

/** A blank cell with no format of its own, or a number Excel cannot hold, is not written. */
function noCell(value: CellValue, xf: number): boolean {
  return ((value === null || value === "") && xf === 0) || (typeof value === "number" && !Number.isFinite(value));
}

/** The rest of a cell's markup, after `<c r="B7" s="3`: its type, its value and its end. */
function cellValueBytes(sink: CellSink, value: CellValue, type: ColumnType, ctx: WriteContext): void {
  let number: number | null = null;
  let shared = -1;
  if (value === null || value === "") {
    // A styled blank cell.
  } else if (typeof value === "boolean") number = value ? 1 : 0;
  else if (typeof value === "number") {
    number = value;
  } else {
    const serial = type === "date" ? dateSerial(value) : null;
    if (serial !== null) number = serial;
    // Text is always a string cell: "=…", "+…", "-…", "@…" can never become a formula.
    else shared = ctx.strings.add(fitExcelCell(value));
  }
  if (number === null && shared < 0) {
    sink.ascii('"/>');
    return;
  }
  sink.ascii(typeof value === "boolean" ? '" t="b"><v>' : shared >= 0 ? '" t="s"><v>' : '"><v>');
  if (shared >= 0) sink.int(shared);
  // Whole numbers digit by digit; anything else (fractions, negatives, 1e+21) as JavaScript writes it.
  else if (Number.isInteger(number) && (number as number) >= 0 && (number as number) < 1e15) sink.int(number as number);
  else sink.ascii(String(number));
  sink.ascii("</v></c>");
}

function validationXml(v: ValidationSpec, sqref: string, ctx: WriteContext): string {
  const common = `allowBlank="1" showErrorMessage="1" sqref="${sqref}"`;
  switch (v.kind) {
    case "list":
      return `<dataValidation type="list" ${common} errorTitle="Giá trị không hợp lệ" error="${escapeXml(`Chọn một trong: ${v.values.join(", ")}`)}"><formula1>${escapeXml(`"${v.values.join(",")}"`)}</formula1></dataValidation>`;
    case "listFromColumn":
      return `<dataValidation type="list"${v.strict === false ? ' errorStyle="warning"' : ""} ${common} errorTitle="Giá trị không có trong danh sách" error="${escapeXml(`Chọn trong cột ${v.column} của sheet ${v.sheet}.`)}"><formula1>${escapeXml(ctx.columnRange(v.sheet, v.column))}</formula1></dataValidation>`;
    case "decimal":
      return `<dataValidation type="decimal" operator="between" ${common} errorTitle="Ngoài khoảng cho phép" error="${escapeXml(`Nhập số từ ${v.min} đến ${v.max}.`)}"><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
    case "date":
      return `<dataValidation type="date" operator="between" ${common} errorTitle="Ngày không hợp lệ" error="Nhập ngày dạng dd/mm/yyyy trong những năm của kế hoạch."><formula1>${toExcelSerial(v.min)}</formula1><formula2>${toExcelSerial(v.max)}</formula2></dataValidation>`;
  }
}

const LINE_POINTS = 15;

/**
 * A row's height for its wrapped text, estimated (wrappedLines): LibreOffice does not fit rows to
 * wrapped text on opening, so without it long names print over each other. Not marked custom, so
 * Excel fits the row again when its cells change.
 */
function heightAttr(lines: number): string {
  return lines > 1 ? ` ht="${lines * LINE_POINTS}"` : "";
}

/** An Excel table sheet: preamble, the main table, further tables below, with formats and rules. Rows are written as they are made. */
export function planTableSheet(spec: TableSheetSpec, ctx: WriteContext): SheetPlan {
  const { styles } = ctx;
  const validations: string[] = [];
  const conditional: string[] = [];
  const tables: TablePart[] = [];
  let priority = 1;

  const blocks = tablePlacements(spec);
  const widths = spec.columns.map((c) => c.width);
  const charts: ChartPart[] = (spec.charts ?? []).map((chart) => ({
    id: ctx.nextChartId(),
    data: chartData(spec, chart),
    refs: chartRefs(spec.sheet, chartCells(spec, chart)),
    place: { left: columnLeft(chart.anchor.column, widths), top: chart.anchor.top },
    width: chart.anchor.width,
    height: chart.anchor.height,
  }));

  // What lies after the cells is known from the shapes alone: tables, validations, highlights.
  for (const b of blocks) {
    const first = b.headerRow + 1;
    const last = b.headerRow + Math.max(b.rows.length, 1);
    const lastCol = columnName(b.columns.length);
    tables.push({
      id: ctx.nextTableId(),
      name: b.table,
      ref: `A${b.headerRow}:${lastCol}${last}`,
      columns: b.columns.map((c) => c.header),
    });
    b.columns.forEach((c, i) => {
      if (c.validation) validations.push(validationXml(c.validation, `${columnName(i + 1)}${first}:${columnName(i + 1)}${last}`, ctx));
    });
    for (const h of b.highlights) {
      const col = columnName(b.columns.findIndex((c) => c.header === h.column) + 1);
      conditional.push(
        `<conditionalFormatting sqref="A${first}:${lastCol}${last}"><cfRule type="expression" dxfId="${styles.dxf(h.tone)}" priority="${priority++}"><formula>${escapeXml(highlightCondition(h, `$${col}${first}`))}</formula></cfRule></conditionalFormatting>`,
      );
    }
  }
  const header = blocks[0].headerRow;
  const lastRow = blocks[blocks.length - 1].lastRow;
  const parts: WorksheetParts = {
    dimension: `A1:${columnName(Math.max(...blocks.map((b) => b.columns.length)))}${lastRow}`,
    freezeRow: header,
    selected: ctx.selected,
    cols: spec.columns.map((c) => c.width),
    merges: [],
    conditional: conditional.join(""),
    validations,
    orientation: spec.print?.orientation ?? "landscape",
    scale: spec.print?.scale,
    breakBeforeColumn: spec.print?.breakBeforeColumn,
    marginsIn: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 },
    tableCount: tables.length,
    drawing: charts.length > 0,
  };

  // Formats registered in the order the cells use them, so styles.xml is the same whatever streams.
  const preambleXfs = (spec.preamble ?? []).map((line) => ({
    label: styles.xf(styles.key({ bold: true, size: line.style === "title" ? 14 : undefined })),
    value: line.value === undefined ? 0 : styles.xf(styles.key({ align: "left" }, line.type ?? "text")),
  }));
  let titleXf = 0;
  let headerXf = 0;
  const blockXfs = blocks.map((b, bi) => {
    if (bi > 0) titleXf = styles.xf(styles.key({ bold: true, size: 12 }));
    headerXf = styles.xf(styles.key({ header: true, wrap: true, align: "center", valign: "center" }));
    return b.columns.map((c) => styles.xf(styles.key({ wrap: c.wrap }, c.type)));
  });

  const write = async (sink: PartSink): Promise<void> => {
    await sink.write(worksheetHead(parts));
    for (const [i, line] of (spec.preamble ?? []).entries()) {
      const r = i + 1;
      const label = cellXml("A", r, line.label, "text", preambleXfs[i].label, ctx);
      const value = line.value === undefined ? "" : cellXml("B", r, line.value, line.type ?? "text", preambleXfs[i].value, ctx);
      await sink.write(`<row r="${r}">${label}${value}</row>`);
    }
    for (const [bi, b] of blocks.entries()) {
      if (b.title !== null) {
        await sink.write(`<row r="${b.headerRow - 1}">${cellXml("A", b.headerRow - 1, b.title, "text", titleXf, ctx)}</row>`);
      }
      const headerLines = Math.max(...b.columns.map((c) => wrappedLines(c.header, c.width * 0.9)));
      await sink.write(
        `<row r="${b.headerRow}"${heightAttr(headerLines)}>${b.columns.map((c, i) => cellXml(columnName(i + 1), b.headerRow, c.header, "text", headerXf, ctx)).join("")}</row>`,
      );
      const wrapped = b.columns.flatMap((c, i) => (c.wrap ? [i] : []));
      const xfs = blockXfs[bi];
      // Each cell's markup up to its row number, and from it to its value, made once per column.
      const heads = b.columns.map((_, c) => `<c r="${columnName(c + 1)}`);
      const styled = xfs.map((xf) => `" s="${xf}`);
      const types = b.columns.map((c) => c.type);
      const rowRoom = ROW_MARKUP_BYTES + b.columns.length * CELL_MARKUP_BYTES;
      const data = b.rows.length > 0 ? b.rows : [b.columns.map(() => null)];
      for (let i = 0; i < data.length; i++) {
        const row = data[i];
        const r = b.headerRow + 1 + i;
        let lines = 1;
        for (const c of wrapped) {
          const v = row[c];
          // The sheet's column is as wide as the main table's column there.
          const width = widths[c] ?? b.columns[c].width;
          if (typeof v === "string" && v.length > width) lines = Math.max(lines, wrappedLines(v, width));
        }
        // Written as bytes: no string per cell (Nhiệm vụ has 200,000 rows), room for the row at once.
        const room = sink.reserve(rowRoom);
        if (room) await room;
        const number = String(r);
        sink.ascii('<row r="');
        sink.ascii(number);
        if (lines > 1) {
          sink.ascii('" ht="');
          sink.int(lines * LINE_POINTS);
        }
        sink.ascii('">');
        for (let c = 0; c < heads.length; c++) {
          const value = row[c] ?? null;
          if (noCell(value, xfs[c])) continue;
          sink.ascii(heads[c]);
          sink.ascii(number);
          sink.ascii(styled[c]);
          cellValueBytes(sink, value, types[c], ctx);
        }
        sink.ascii("</row>");
      }
    }
    await sink.write(worksheetTail(parts));
  };
  return { tables, charts, printTitles: `$${header}:$${header}`, write };
}

/** A document-like sheet (the report): styled cells, merges, A4 margins, repeated rows. */
export function planDocumentSheet(spec: DocumentSheetSpec, ctx: WriteContext): SheetPlan {
  const { styles } = ctx;
  const merges: string[] = [];
  const rows = spec.rows.map((row, i) => {
    const r = i + 1;
    let col = 1;
    let cells = "";
    for (const cell of row.cells) {
      const span = cell?.span ?? 1;
      if (cell) {
        const xf = styles.xf(styles.key(cell.style ?? {}, cell.style?.type ?? "text"));
        cells += cellXml(columnName(col), r, cell.value, cell.style?.type ?? "text", xf, ctx);
        // Merged cells keep the border on every covered cell, as Excel draws it.
        for (let k = 1; k < span; k++) if (cell.style?.border) cells += `<c r="${columnName(col + k)}${r}" s="${xf}"/>`;
        if (span > 1 && cell.value !== null) merges.push(`<mergeCell ref="${columnName(col)}${r}:${columnName(col + span - 1)}${r}"/>`);
      }
      col += span;
    }
    const height = row.height ? ` ht="${row.height}" customHeight="1"` : "";
    return `<row r="${r}"${height}>${cells}</row>`;
  });
  const mm = spec.page.marginsMm;
  const parts: WorksheetParts = {
    dimension: `A1:${columnName(spec.columnWidths.length)}${Math.max(spec.rows.length, 1)}`,
    freezeRow: 0,
    selected: ctx.selected,
    cols: spec.columnWidths,
    merges,
    conditional: "",
    validations: [],
    orientation: spec.page.orientation,
    pageNumbers: spec.page.pageNumbers,
    marginsIn: { left: mm.left / 25.4, right: mm.right / 25.4, top: mm.top / 25.4, bottom: mm.bottom / 25.4 },
    tableCount: 0,
    drawing: false,
  };
  const repeat = spec.page.repeatRows;
  const charts: ChartPart[] = (spec.charts ?? []).map((c) => ({
    id: ctx.nextChartId(),
    data: c.data,
    refs: null,
    place: { column: 1, row: c.row },
    width: c.width,
    height: c.height,
  }));
  parts.drawing = charts.length > 0;
  return {
    tables: [],
    charts,
    printTitles: repeat ? `$${repeat[0]}:$${repeat[1]}` : null,
    write: async (sink) => {
      await sink.write(worksheetHead(parts));
      await sink.write(rows.join(""));
      await sink.write(worksheetTail(parts));
    },
  };
}

interface WorksheetParts {
  dimension: string;
  freezeRow: number;
  selected: boolean;
  cols: readonly number[];
  merges: readonly string[];
  conditional: string;
  validations: readonly string[];
  orientation: "portrait" | "landscape";
  /** A fixed print scale (%) instead of fitting the width, with a page break before a column. */
  scale?: number;
  breakBeforeColumn?: number;
  /** Page numbers top centre (&P), on every page or from the second (Nghị định 30). */
  pageNumbers?: "fromSecond" | "all";
  marginsIn: { left: number; right: number; top: number; bottom: number };
  tableCount: number;
  /** The sheet has a drawing part (its charts), related as rIdDr1. */
  drawing: boolean;
}

/** A worksheet up to where its rows begin. */
function worksheetHead(p: WorksheetParts): string {
  const sel = p.selected ? ' tabSelected="1"' : "";
  const view =
    p.freezeRow > 0
      ? `<sheetView${sel} workbookViewId="0"><pane ySplit="${p.freezeRow}" topLeftCell="A${p.freezeRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${p.freezeRow + 1}" sqref="A${p.freezeRow + 1}"/></sheetView>`
      : `<sheetView${sel} workbookViewId="0"/>`;
  const cols = p.cols.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (p.scale === undefined ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `<dimension ref="${p.dimension}"/><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    "<sheetData>"
  );
}

/** A worksheet after its rows: merges, highlights, validations, page setup, tables. */
function worksheetTail(p: WorksheetParts): string {
  const m = p.marginsIn;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return (
    "</sheetData>" +
    (p.merges.length ? `<mergeCells count="${p.merges.length}">${p.merges.join("")}</mergeCells>` : "") +
    p.conditional +
    (p.validations.length ? `<dataValidations count="${p.validations.length}">${p.validations.join("")}</dataValidations>` : "") +
    `<pageMargins left="${round(m.left)}" right="${round(m.right)}" top="${round(m.top)}" bottom="${round(m.bottom)}" header="0.3" footer="0.3"/>` +
    (p.scale === undefined
      ? `<pageSetup paperSize="9" orientation="${p.orientation}" fitToWidth="1" fitToHeight="0"/>`
      : `<pageSetup paperSize="9" scale="${p.scale}" orientation="${p.orientation}"/>`) +
    (p.pageNumbers
      ? `<headerFooter${p.pageNumbers === "fromSecond" ? ' differentFirst="1"' : ""}><oddHeader>&amp;C&amp;P</oddHeader>${p.pageNumbers === "fromSecond" ? "<firstHeader></firstHeader>" : ""}</headerFooter>`
      : "") +
    (p.breakBeforeColumn
      ? `<colBreaks count="1" manualBreakCount="1"><brk id="${p.breakBeforeColumn - 1}" max="1048575" man="1"/></colBreaks>`
      : "") +
    (p.drawing ? '<drawing r:id="rIdDr1"/>' : "") +
    (p.tableCount
      ? `<tableParts count="${p.tableCount}">${Array.from({ length: p.tableCount }, (_, i) => `<tablePart r:id="rIdT${i + 1}"/>`).join("")}</tableParts>`
      : "") +
    "</worksheet>"
  );
}

export function tableXml(t: TablePart): string {
  const cols = t.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`).join("");
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${t.id}" name="${t.name}" displayName="${t.name}" ref="${t.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${t.ref}"/><tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
