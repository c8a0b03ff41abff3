import { pageText } from "../core/import/pageText";
import { fromExcelSerial } from "../core/dates/isoDate";
import { CellRange, Grid, GridCell, RowSink, asExcelShows, parseCellRef, parseRangeRef } from "../core/import/grid";
import { BadFileReason } from "../core/import/badFile";
import { noteBody } from "../core/import/cellNote";
import { OutputKind } from "../core/outputMark";
import { readOutputMark } from "./outputMark";
import { BUILTIN_CODES, DATE_IDS, isDateCode } from "./numberFormats";
import { readOds } from "./readOds";
import { PackageError, PackageParts } from "./packageParts";
import { UnsafeXmlError, XmlHandlers, attr, decodeOoxmlEscapes, parseXml, parseXmlChunks } from "./xmlSax";
import { streamInflateChunks } from "./zipReader";
import { DEFAULT_THEME, StoredColour, resolveColour, themeSlot } from "./colours";

/**
 * An .xlsx/.xlsm package -> one Grid per worksheet, read with a conforming streaming XML parser:
 * the workbook's sheet list, its styles (which number formats are dates or percentages), its shared
 * strings, and each worksheet's cells, merged ranges and hidden rows and columns. Formulas are not
 * evaluated: a cell holds the value Excel last computed. Nothing is written back.
 */
export interface SheetLimits {
  maxRows: number;
  maxCols: number;
}

export type PackageRead =
  { ok: true; grids: Grid[]; mark: OutputKind | null; streamed?: string[] } | { ok: false; reason: BadFileReason; detail?: string };

/** A sheet read row by row into a sink instead of a grid. */
export interface SheetStream {
  sheet: string;
  sink: RowSink;
}

interface SheetRef {
  name: string;
  path: string;
  hidden: boolean;
  veryHidden: boolean;
}

interface CellStyle {
  /** The number format code, and whether it shows a date. */
  code: string;
  date: boolean;
  /** The cell's fill colour ("RRGGBB"), when it has one. */
  fill: string | null;
  /** The cell's font strikes its text through. */
  strike: boolean;
}

interface Styles {
  /** Per cell style (the s attribute). */
  formats: CellStyle[];
}

const number = (v: string | undefined): number | undefined => (v === undefined || v === "" ? undefined : Number(v));

/** styles.xml; the theme part is read only when a fill takes its colour from the theme. */
async function readStyles(xml: Uint8Array | null, theme: () => Promise<Uint8Array | null>): Promise<Styles> {
  const custom = new Map<number, string>();
  const xfs: Array<{ numFmt: number; fill: number; font: number }> = [];
  // Whether each font of <fonts> strikes through.
  const fonts: boolean[] = [];
  // The solid colour of each fill of <fills> (a pattern's foreground); null for none.
  const fills: Array<StoredColour | null> = [];
  if (xml) {
    let inCellXfs = false;
    let inFills = false;
    let inFonts = false;
    let pattern: string | null = null;
    parseXml(xml, {
      open: (name, a) => {
        if (name === "numFmt") custom.set(Number(a.numFmtId), decodeOoxmlEscapes(a.formatCode ?? ""));
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs)
          xfs.push({ numFmt: Number(a.numFmtId ?? 0), fill: Number(a.fillId ?? 0), font: Number(a.fontId ?? 0) });
        else if (name === "fonts") inFonts = true;
        else if (inFonts && name === "font") fonts.push(false);
        else if (inFonts && name === "strike" && fonts.length > 0) fonts[fonts.length - 1] = a.val !== "0" && a.val !== "false";
        else if (name === "fills") inFills = true;
        else if (inFills && name === "fill") fills.push(null);
        else if (inFills && name === "patternFill") pattern = a.patternType ?? "none";
        else if (inFills && name === "fgColor" && pattern !== null && pattern !== "none")
          fills[fills.length - 1] = { rgb: a.rgb, theme: number(a.theme), tint: number(a.tint), indexed: number(a.indexed) };
      },
      close: (name) => {
        if (name === "cellXfs") inCellXfs = false;
        else if (name === "fills") inFills = false;
        else if (name === "fonts") inFonts = false;
        else if (name === "patternFill") pattern = null;
      },
    });
  }
  const themeColours = fills.some((f) => f?.theme !== undefined) ? readTheme(await theme()) : DEFAULT_THEME;
  const colours = fills.map((f) => (f ? resolveColour(f, themeColours) : null));
  return {
    formats: xfs.map(({ numFmt: id, fill, font }) => {
      const code = custom.get(id) ?? BUILTIN_CODES[id] ?? "General";
      return {
        code,
        date: DATE_IDS.has(id) || (custom.has(id) && isDateCode(code)),
        fill: colours[fill] ?? null,
        strike: fonts[font] ?? false,
      };
    }),
  };
}

/** The theme's colour slots (lt1, dk1, lt2, dk2, accent1–6 …); Office's defaults where it has none. */
function readTheme(xml: Uint8Array | null): readonly string[] {
  if (!xml) return DEFAULT_THEME;
  const slots = [...DEFAULT_THEME];
  let slot: number | undefined;
  let inScheme = false;
  parseXml(xml, {
    open: (name, a) => {
      if (name === "clrScheme") inScheme = true;
      else if (inScheme && themeSlot(name) !== undefined) slot = themeSlot(name);
      else if (inScheme && slot !== undefined && (name === "srgbClr" || name === "sysClr")) {
        const v = name === "srgbClr" ? a.val : a.lastClr;
        if (v && /^[0-9A-Fa-f]{6}$/.test(v)) slots[slot] = v.toUpperCase();
        slot = undefined;
      }
    },
    close: (name) => {
      if (name === "clrScheme") inScheme = false;
    },
  });
  return slots;
}

/** Shared texts, and for those with words struck through (a correction typed over), the struck words. */
interface SharedStrings {
  texts: string[];
  struck: Map<number, string>;
  /** Words set in bold within a text that is not all bold: where officials mark the lead among several. */
  bold: Map<number, string[]>;
}

function readSharedStrings(xml: Uint8Array | null): SharedStrings {
  const out: SharedStrings = { texts: [], struck: new Map(), bold: new Map() };
  if (!xml) return out;
  let current: string[] | null = null;
  let struck: string[] = [];
  // Bold runs of a text that is not all bold ("VP-TK, **Một cửa**, TP-HT"), and whether a plain run was seen.
  let bold: string[] = [];
  let plainRun = false;
  let inText = false;
  let phonetic = 0;
  // Within a run (<r>), its properties (<rPr>) may strike it through: <strike/>, not <strike val="0"/>.
  let inRunProps = false;
  let runStruck = false;
  let runBold = false;
  let runText = "";
  parseXml(xml, {
    open: (name, a) => {
      if (name === "si") {
        current = [];
        struck = [];
        bold = [];
        plainRun = false;
      } else if (name === "r") {
        runStruck = false;
        runBold = false;
        runText = "";
      } else if (name === "rPr") inRunProps = true;
      else if (name === "strike" && inRunProps) runStruck = a.val !== "0" && a.val !== "false";
      else if (name === "b" && inRunProps) runBold = a.val !== "0" && a.val !== "false";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    text: (t) => {
      if (!inText || !current) return;
      (runStruck ? struck : current).push(t);
      runText += t;
    },
    close: (name) => {
      if (name === "t") inText = false;
      else if (name === "rPr") inRunProps = false;
      else if (name === "r") {
        if (runBold && !runStruck && runText.trim() !== "") bold.push(decodeOoxmlEscapes(runText).trim());
        else if (runText.trim() !== "") plainRun = true;
        runStruck = false;
        runBold = false;
      } else if (name === "rPh") phonetic--;
      else if (name === "si" && current) {
        const gone = struck.length > 0 ? decodeOoxmlEscapes(struck.join("")).replace(/\s+/g, " ").trim() : "";
        // What was left standing is the cell's value; the struck words are kept apart, to be said.
        out.texts.push(
          gone !== ""
            ? decodeOoxmlEscapes(current.join(""))
                .replace(/\s{2,}/g, " ")
                .trim()
            : decodeOoxmlEscapes(current.join("")),
        );
        if (gone !== "") out.struck.set(out.texts.length - 1, gone);
        if (bold.length > 0 && plainRun) out.bold.set(out.texts.length - 1, bold);
        current = null;
      }
    },
  });
  return out;
}

function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

function readWorkbookParts(workbook: Uint8Array, rels: Uint8Array): { sheets: SheetRef[]; date1904: boolean; theme: string } {
  const targets = new Map<string, { target: string; type: string }>();
  parseXml(rels, {
    open: (name, a) => {
      if (name === "Relationship" && a.Id && a.Target) targets.set(a.Id, { target: a.Target, type: a.Type ?? "" });
    },
  });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  parseXml(workbook, {
    open: (name, a) => {
      // Extensions repeat the element (x15:workbookPr) without the attribute: only the one that sets it counts.
      if (name === "workbookPr" && a.date1904 !== undefined) date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name !== "sheet") return;
      const id = attr(a, "id");
      const rel = id ? targets.get(id) : undefined;
      // Chartsheets and dialog sheets hold no cells.
      if (!rel || !/worksheet$/i.test(rel.type)) return;
      sheets.push({
        name: a.name ?? "",
        path: partPath(rel.target),
        hidden: a.state === "hidden" || a.state === "veryHidden",
        veryHidden: a.state === "veryHidden",
      });
    },
  });
  const theme = [...targets.values()].find((t) => /\/theme$/i.test(t.type));
  return { sheets, date1904, theme: theme ? partPath(theme.target) : "xl/theme/theme1.xml" };
}

function cellValue(
  t: string,
  raw: string,
  inline: string | null,
  xf: { code: string; date: boolean } | undefined,
  shared: readonly string[],
  date1904: boolean,
): GridCell {
  switch (t) {
    case "s": {
      const s = shared[Number(raw)];
      return s === undefined || s === "" ? null : s;
    }
    case "inlineStr":
      // An empty text shows as a blank cell: it is one.
      return inline === null || inline === "" ? null : decodeOoxmlEscapes(inline);
    case "str":
      return raw === "" ? null : decodeOoxmlEscapes(raw);
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return { error: raw };
    case "d": {
      // ISO dates (t="d"): read as text, the importer parses dates written as text.
      return raw;
    }
    default: {
      if (raw === "") return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      if (xf?.date) {
        const d = fromExcelSerial(n, date1904);
        return d ? { date: d } : n;
      }
      // "2.3000000000000003" (a code dragged down, a sum of tenths): what Excel shows. (Only a long number can differ.)
      return raw.length > 15 ? asExcelShows(n) : n;
    }
  }
}

interface SheetRead {
  rows: GridCell[][];
  formats: Record<string, string>;
  fills: Record<string, string>;
  /** Words struck through inside a cell, by "row:col". */
  struck: Record<string, string>;
  /** Cells whose font strikes their whole text through, by "row:col". */
  strikeout: Record<string, true>;
  /** Words set in bold within a cell's text, by "row:col". */
  bold: Record<string, string[]>;
  /** Cells holding a hyperlink, with its relationship's id. */
  linkIds: Array<{ row: number; col: number; id: string }>;
  merges: CellRange[];
  hiddenRows: number[];
  hiddenCols: number[];
  /** Rows past the row limit that hold a value, and cells past the column limit. */
  rowsPast: number;
  cellsPast: number;
  /** The print page's header and footer as written, with Excel's codes ("&R", "&P") in them. */
  page: string[];
}

/** A sheet's cells and what is known of them. */
function readWorksheet(xml: Uint8Array, styles: Styles, shared: SharedStrings, date1904: boolean, limits: SheetLimits): SheetRead {
  const sheet = worksheetHandlers(styles, shared, date1904, limits);
  parseXml(xml, sheet.handlers);
  return sheet.out;
}

/**
 * The handlers that read a worksheet's XML into `out`. With a sink, each row's values go to it as the
 * row closes and nothing of the cells is kept (no rows, formats, fills): a previous master's 200,000
 * task rows are read without holding them. Its rows are not capped either: the cap bounds a grid's
 * memory, and a sink holds none.
 */
function worksheetHandlers(
  styles: Styles,
  shared: SharedStrings,
  date1904: boolean,
  limits: SheetLimits,
  sink?: RowSink,
): { handlers: XmlHandlers; out: SheetRead } {
  const out: SheetRead = {
    rows: [],
    formats: {},
    fills: {},
    struck: {},
    strikeout: {},
    bold: {},
    linkIds: [],
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
    rowsPast: 0,
    cellsPast: 0,
    page: [],
  };
  let lastRowPast = 0;
  let inPage = false;
  let row = 0;
  let col = 0;
  let cellType = "";
  let cellStyle = -1;
  // A cell's text arrives in pieces (entities split it): joined as it comes.
  let value: string | null = null;
  let inline: string | null = null;
  let inValue = false;
  let inInlineText = false;
  let phonetic = 0;
  let inData = false;
  let sunk: GridCell[] = [];
  const handlers: XmlHandlers = {
    open: (name, a) => {
      switch (name) {
        case "sheetData":
          inData = true;
          return;
        case "row": {
          row = a.r ? Number(a.r) : row + 1;
          col = 0;
          if (a.hidden === "1" || a.hidden === "true") out.hiddenRows.push(row);
          return;
        }
        case "c": {
          const ref = a.r ? parseCellRef(a.r) : null;
          col = ref ? ref.col : col + 1;
          if (ref) row = ref.row;
          cellType = a.t ?? "n";
          cellStyle = a.s ? Number(a.s) : -1;
          value = "";
          inline = null;
          return;
        }
        case "v":
          inValue = true;
          return;
        case "is":
          inline = "";
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (inline !== null && phonetic === 0) inInlineText = true;
          return;
        case "col":
          if (a.hidden === "1" || a.hidden === "true") {
            const min = Number(a.min);
            const max = Math.min(Number(a.max), limits.maxCols);
            for (let c = min; c <= max; c++) out.hiddenCols.push(c);
          }
          return;
        case "mergeCell": {
          const m = a.ref ? parseRangeRef(a.ref) : null;
          if (m) out.merges.push(m);
          return;
        }
        case "oddHeader":
        case "evenHeader":
        case "firstHeader":
        case "oddFooter":
          inPage = true;
          out.page.push("");
          return;
        case "hyperlink": {
          // Its target is in the sheet's relationships (an address outside the workbook).
          const at = a.ref ? parseRangeRef(a.ref) : null;
          const id = attr(a, "id");
          if (at && id && at.top <= limits.maxRows && at.left <= limits.maxCols) out.linkIds.push({ row: at.top, col: at.left, id });
          return;
        }
      }
    },
    text: (t) => {
      if (inPage) out.page[out.page.length - 1] += t;
      if (!inData) return;
      if (inValue && value !== null) value += t;
      else if (inInlineText && inline !== null) inline += t;
    },
    close: (name) => {
      switch (name) {
        case "v":
          inValue = false;
          return;
        case "t":
          inInlineText = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "sheetData":
          inData = false;
          return;
        case "row":
          if (sink && sunk.length > 0) sink(row, sunk);
          sunk = [];
          return;
        case "oddHeader":
        case "evenHeader":
        case "firstHeader":
        case "oddFooter":
          inPage = false;
          return;
        case "c": {
          const xf = cellStyle >= 0 ? styles.formats[cellStyle] : undefined;
          const v = cellValue(cellType, value ?? "", inline, xf, shared.texts, date1904);
          if (sink) {
            value = null;
            if (v === null || col > limits.maxCols) return;
            while (sunk.length < col - 1) sunk.push(null);
            sunk[col - 1] = v;
            return;
          }
          const gone = cellType === "s" && shared.struck.size > 0 ? shared.struck.get(Number(value)) : undefined;
          if (gone !== undefined && row <= limits.maxRows && col <= limits.maxCols) out.struck[`${row}:${col}`] = gone;
          const strong = cellType === "s" && shared.bold.size > 0 ? shared.bold.get(Number(value)) : undefined;
          if (strong !== undefined && row <= limits.maxRows && col <= limits.maxCols) out.bold[`${row}:${col}`] = strong;
          value = null;
          // A coloured cell counts even when empty: a legend's swatch is one.
          if (xf?.fill && row <= limits.maxRows && col <= limits.maxCols) out.fills[`${row}:${col}`] = xf.fill;
          if (v === null) return;
          if (xf?.strike && row <= limits.maxRows && col <= limits.maxCols) out.strikeout[`${row}:${col}`] = true;
          // Past the limits: counted, not kept (Kiểm tra names them).
          if (row > limits.maxRows) {
            if (row !== lastRowPast) out.rowsPast++;
            lastRowPast = row;
            return;
          }
          if (col > limits.maxCols) {
            out.cellsPast++;
            return;
          }
          while (out.rows.length < row) out.rows.push([]);
          const cells = out.rows[row - 1];
          while (cells.length < col - 1) cells.push(null);
          cells[col - 1] = v;
          if (xf && !/^general$/i.test(xf.code)) out.formats[`${row}:${col}`] = xf.code;
          return;
        }
      }
    },
  };
  return { handlers, out };
}

/** A sheet's relationships (its comments, drawing, hyperlinks), read once for all three. */
interface SheetRel {
  id: string;
  type: string;
  target: string;
}

async function readSheetRels(parts: PackageParts, sheetPath: string): Promise<SheetRel[]> {
  const slash = sheetPath.lastIndexOf("/");
  const rels = await parts.read(`${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`);
  if (!rels) return [];
  const out: SheetRel[] = [];
  parseXml(rels, {
    open: (name, a) => {
      if (name === "Relationship" && a.Target) out.push({ id: a.Id ?? "", type: a.Type ?? "", target: decodeOoxmlEscapes(a.Target) });
    },
  });
  return out;
}

/** The part a sheet's relationship of a type ending so ("/comments", "/drawing") points to, or null. */
async function relatedPart(parts: PackageParts, sheetPath: string, rels: readonly SheetRel[], type: RegExp): Promise<Uint8Array | null> {
  const rel = rels.find((r) => type.test(r.type));
  if (!rel) return null;
  const dir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
  return parts.read(rel.target.startsWith("/") ? rel.target.slice(1) : resolvePath(dir, rel.target));
}

/**
 * A sheet's cell notes (comments), by "row:col": where officials put what a cell's word stands for
 * ("Xong" with "Đã giải ngân 100% ngày 29/11/2021" in its note). The author's name line Excel adds is
 * left out. Null when the sheet has none.
 */
async function readComments(parts: PackageParts, sheetPath: string, rels: readonly SheetRel[]): Promise<Record<string, string> | null> {
  const xml = await relatedPart(parts, sheetPath, rels, /\/comments$/i);
  if (!xml) return null;
  const out: Record<string, string> = {};
  let ref: { row: number; col: number } | null = null;
  let text = "";
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open: (name, a) => {
      if (name === "comment") {
        ref = a.ref ? parseCellRef(a.ref) : null;
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    text: (t) => {
      if (inText) text += t;
    },
    close: (name) => {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "comment" && ref) {
        const body = noteBody(decodeOoxmlEscapes(text));
        if (body !== "") out[`${ref.row}:${ref.col}`] = body;
      }
    },
  });
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * The text of the text boxes drawn over a sheet ("Số liệu tính đến ngày 30/11/2021" typed in a shape
 * above the table instead of a cell), a line per paragraph; null when the sheet has no drawing with text.
 */
async function readTextBoxes(parts: PackageParts, sheetPath: string, rels: readonly SheetRel[]): Promise<string | null> {
  const xml = await relatedPart(parts, sheetPath, rels, /\/drawing$/i);
  if (!xml) return null;
  const lines: string[] = [];
  let line: string | null = null;
  let inText = false;
  let inBody = 0;
  parseXml(xml, {
    open: (name) => {
      if (name === "txBody") inBody++;
      else if (name === "p" && inBody > 0) line = "";
      else if (name === "t" && line !== null) inText = true;
    },
    text: (t) => {
      if (inText && line !== null) line += t;
    },
    close: (name) => {
      if (name === "t") inText = false;
      else if (name === "txBody") inBody--;
      else if (name === "p" && line !== null) {
        if (line.trim() !== "") lines.push(decodeOoxmlEscapes(line).trim());
        line = null;
      }
    },
  });
  return lines.length > 0 ? lines.join("\n") : null;
}

/** The addresses a sheet's hyperlinks open (outside the workbook), by "row:col"; null when none. */
function readLinks(rels: readonly SheetRel[], ids: ReadonlyArray<{ row: number; col: number; id: string }>): Record<string, string> | null {
  const targets = new Map(rels.filter((r) => /\/hyperlink$/i.test(r.type) && r.id !== "").map((r) => [r.id, r.target]));
  const out: Record<string, string> = {};
  for (const { row, col, id } of ids) {
    const target = targets.get(id);
    if (target) out[`${row}:${col}`] = target;
  }
  return Object.keys(out).length > 0 ? out : null;
}

function resolvePath(dir: string, target: string): string {
  const parts = dir.split("/");
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** Blank the cells of a merged range but its first, as Excel shows them (and as Office.js reads them). */
function blankMerged(rows: GridCell[][], merges: readonly CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length); r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      for (let c = m.left; c <= Math.min(m.right, cells.length); c++) if (r !== m.top || c !== m.left) cells[c - 1] = null;
    }
  }
}

/**
 * The grids of a package whose parts are read through PackageParts (each within its declared size
 * and the caps), and the mark of one of our own outputs. Errors come back as a reason and the part.
 */
export async function readPackage(
  file: string,
  parts: PackageParts,
  limits: SheetLimits,
  wanted: (sheet: string) => boolean = () => true,
  streams: readonly SheetStream[] = [],
): Promise<PackageRead> {
  try {
    if (parts.names.length === 0) return { ok: false, reason: "no-worksheets", detail: "gói zip không có phần nào" };
    const mimetype = await parts.read("mimetype");
    const odf = mimetype ? new TextDecoder().decode(mimetype) : "";
    // LibreOffice Calc's own format: read as it is; another OpenDocument file (a text) is named.
    if (odf.includes("opendocument.spreadsheet")) {
      const grids = await readOds(file, parts, limits);
      return grids && grids.length > 0
        ? { ok: true, grids, mark: null }
        : { ok: false, reason: "no-worksheets", detail: "tệp .ods không có bảng tính" };
    }
    if (odf.includes("opendocument")) return { ok: false, reason: "ods" };
    if (parts.has("xl/workbook.bin")) return { ok: false, reason: "xlsb" };
    const workbook = await parts.read("xl/workbook.xml");
    const rels = await parts.read("xl/_rels/workbook.xml.rels");
    if (!workbook || !rels)
      return { ok: false, reason: "no-worksheets", detail: !workbook ? "thiếu xl/workbook.xml" : "thiếu xl/_rels/workbook.xml.rels" };
    const custom = await parts.read("docProps/custom.xml");
    const mark = custom ? readOutputMark(new TextDecoder().decode(custom)) : null;
    const { sheets, date1904, theme } = readWorkbookParts(workbook, rels);
    const styles = await readStyles(await parts.read("xl/styles.xml"), () => parts.read(theme));
    const shared = readSharedStrings(await parts.read("xl/sharedStrings.xml"));
    // Sheets given row by row come first, in the caller's order, and have no grid.
    const streamed: string[] = [];
    // Inflated and parsed a piece at a time: a previous master's 100 MB sheet is never held whole.
    for (const { sheet, sink } of streams) {
      const ref = sheets.find((s) => s.name === sheet);
      if (!ref || !parts.has(ref.path)) continue;
      const { handlers } = worksheetHandlers(styles, shared, date1904, limits, sink);
      await parseXmlChunks((onChunk) => parts.readChunks(ref.path, streamInflateChunks, onChunk), handlers);
      streamed.push(sheet);
    }
    const grids: Grid[] = [];
    for (const s of sheets) {
      // A sheet the caller does not need is never inflated (a previous master's Kiểm tra, tens of megabytes).
      if (!wanted(s.name) || streamed.includes(s.name)) continue;
      const xml = await parts.read(s.path);
      if (!xml) continue;
      const read = readWorksheet(xml, styles, shared, date1904, limits);
      blankMerged(read.rows, read.merges);
      const rels = await readSheetRels(parts, s.path);
      const comments = await readComments(parts, s.path, rels);
      const links = read.linkIds.length > 0 ? readLinks(rels, read.linkIds) : null;
      const boxes = await readTextBoxes(parts, s.path, rels);
      const cut = read.rowsPast + read.cellsPast > 0;
      grids.push({
        file,
        sheet: s.name,
        hidden: s.hidden,
        ...(s.veryHidden ? { veryHidden: true as const } : {}),
        rows: read.rows,
        formats: read.formats,
        ...(Object.keys(read.fills).length > 0 ? { fills: read.fills } : {}),
        ...(Object.keys(read.struck).length > 0 ? { struck: read.struck } : {}),
        ...(Object.keys(read.strikeout).length > 0 ? { strikeout: read.strikeout } : {}),
        ...(Object.keys(read.bold).length > 0 ? { bold: read.bold } : {}),
        ...(comments ? { comments } : {}),
        ...(links ? { links } : {}),
        ...(boxes ? { textBoxes: boxes } : {}),
        ...(read.page.some((p) => p.trim() !== "")
          ? {
              pageHeader: read.page
                .map(pageText)
                .filter((p) => p !== "")
                .join("\n"),
            }
          : {}),
        merges: read.merges,
        hiddenRows: read.hiddenRows,
        hiddenCols: read.hiddenCols,
        ...(cut
          ? {
              truncated: true,
              notRead: { rows: read.rowsPast, afterRow: limits.maxRows, cells: read.cellsPast, afterColumn: limits.maxCols },
            }
          : {}),
      });
    }
    if (grids.length + streamed.length === 0) return { ok: false, reason: "no-worksheets" };
    return { ok: true, grids, mark, streamed };
  } catch (e) {
    if (e instanceof PackageError) return { ok: false, reason: e.reason, detail: e.detail };
    if (e instanceof UnsafeXmlError) return { ok: false, reason: "unsafe", detail: e.message };
    // saxes says where: "3:1: text data outside of root node."
    const at = /^(?:.*?:)?(\d+):(\d+): (.*)$/.exec(e instanceof Error ? e.message : "");
    return {
      ok: false,
      reason: "unreadable",
      detail: at ? `nội dung XML hỏng ở dòng ${at[1]}, cột ${at[2]}` : "cấu trúc bên trong không chuẩn; hãy mở bằng Excel và lưu lại",
    };
  }
}
