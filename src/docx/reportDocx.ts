import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  IBorderOptions,
  ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { A4, Align, Block, Cell, ChartBlock, DocModel, Paragraph, Section, Table, printedText, textWidth } from "../core/report/docModel";
import { chartMark, withCharts } from "./docxCharts";
import { outputProperty } from "../core/outputMark";

/**
 * The document model (core/report/docModel) as a .docx, with the docx package: runs in Node and in
 * the browser (Packer.toArrayBuffer). A4, the section's margins and orientation, Times New Roman;
 * layout tables drawn without lines, bordered tables with their header rows repeated (Word repeats
 * them over that table only); page numbers top centre from page 2 (a first-page header left empty).
 */
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};
const VALIGN = { top: VerticalAlign.TOP, center: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const;
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
/** Millimetres to twips, rounded (docx's own converter truncates: A4 would be 11905 wide, not 11906). */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

interface Context {
  font: string;
  size: number;
  /** Inside a table: no space after paragraphs, no first-line indent. */
  inTable: boolean;
  tableSize?: number;
  /** The charts met so far, in order: each becomes a native chart after packing. */
  charts: ChartBlock[];
  /** The width paragraphs have here, in twips: the section's text, or a cell's inside its margins. */
  width: number;
}

/**
 * A rule: an empty paragraph as narrow as the line, centred by equal indents, its bottom border the
 * line (LibreOffice and Word draw a paragraph border between the indents).
 */
function rule(mm: number, ctx: Context): DocxParagraph {
  const side = Math.max(0, Math.round((ctx.width - twips(mm)) / 2));
  return new DocxParagraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: ctx.inTable ? 0 : 120, line: 80, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", size: 2, font: ctx.font })],
  });
}

function paragraph(p: Paragraph, ctx: Context): DocxParagraph {
  if (p.rule !== undefined) return rule(p.rule, ctx);
  const size = (run: { size?: number }) => Math.round((run.size ?? ctx.tableSize ?? ctx.size) * 2);
  return new DocxParagraph({
    alignment: p.align ? ALIGN[p.align] : undefined,
    indent: p.indent && !ctx.inTable ? { firstLine: twips(p.indent) } : undefined,
    // Nghị định 30: at least 6 pt between paragraphs, single line spacing at least.
    spacing: ctx.inTable ? { before: 0, after: 0, line: 240 } : { before: (p.before ?? 0) * 20, after: 120, line: 276 },
    keepNext: p.keepNext,
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: printedText(r.text),
          bold: r.bold,
          italics: r.italic,
          underline: r.underline ? {} : undefined,
          size: size(r),
          font: ctx.font,
        }),
    ),
  });
}

function tableCell(c: Cell, widthTwips: number, ctx: Context, borders: boolean): TableCell {
  const side = borders ? LINE : NONE;
  const inCell: Context = { ...ctx, width: widthTwips - (borders ? 160 : 80) };
  return new TableCell({
    children: c.paragraphs.length > 0 ? c.paragraphs.map((p) => paragraph(p, inCell)) : [new DocxParagraph({})],
    columnSpan: c.span && c.span > 1 ? c.span : undefined,
    rowSpan: c.rowSpan && c.rowSpan > 1 ? c.rowSpan : undefined,
    verticalAlign: c.valign ? VALIGN[c.valign] : undefined,
    width: { size: widthTwips, type: WidthType.DXA },
    borders: { top: side, bottom: side, left: side, right: side },
    margins: borders ? { top: 40, bottom: 40, left: 80, right: 80 } : { top: 0, bottom: 0, left: 40, right: 40 },
  });
}

function table(t: Table, section: Section, ctx: Context): DocxTable {
  const total = textWidth(section);
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => twips((w / sum) * total));
  const inner: Context = { ...ctx, inTable: true, tableSize: t.size };
  const side = t.borders ? LINE : NONE;
  // Which table columns each cell starts at, so a spanning cell gets its full width.
  const held = new Array<number>(cols.length).fill(0);
  const rows = t.rows.map((cells, r) => {
    const laid: TableCell[] = [];
    let next = 0;
    for (let c = 0; c < cols.length;) {
      if (held[c] > 0) {
        held[c]--;
        c++;
        continue;
      }
      const cell = cells[next++];
      if (!cell) break;
      const span = cell.span ?? 1;
      for (let k = 0; k < span; k++) held[c + k] = (cell.rowSpan ?? 1) - 1;
      laid.push(
        tableCell(
          cell,
          cols.slice(c, c + span).reduce((a, b) => a + b, 0),
          inner,
          t.borders,
        ),
      );
      c += span;
    }
    return new TableRow({
      children: laid,
      tableHeader: r < t.headerRows ? true : undefined,
      cantSplit: t.borders || t.keepTogether ? true : undefined,
    });
  });
  return new DocxTable({
    rows,
    columnWidths: cols,
    width: { size: cols.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: side, bottom: side, left: side, right: side, insideHorizontal: side, insideVertical: side },
  });
}

function block(b: Block, section: Section, ctx: Context): DocxParagraph | DocxTable {
  if (b.kind === "chart") {
    // A marked paragraph the chart replaces once the document is packed (docxCharts.ts).
    ctx.charts.push(b);
    return new DocxParagraph({
      alignment: AlignmentType.CENTER,
      keepNext: false,
      children: [new TextRun({ text: chartMark(ctx.charts.length) })],
    });
  }
  return b.kind === "paragraph" ? paragraph(b, ctx) : table(b, section, ctx);
}

function pageNumberHeader(ctx: Context): Header {
  return new Header({
    children: [
      new DocxParagraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: ctx.font, size: ctx.size * 2 })],
      }),
    ],
  });
}

function section(s: Section, ctx: Context, first: boolean): ISectionOptions {
  const m = s.marginsMm;
  const numbered = s.pageNumbers !== "none";
  return {
    properties: {
      page: {
        size: {
          width: twips(A4.width),
          height: twips(A4.height),
          orientation: s.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: twips(m.top),
          bottom: twips(m.bottom),
          left: twips(m.left),
          right: twips(m.right),
          header: twips(8),
          footer: twips(8),
        },
        pageNumbers: first ? { start: 1 } : undefined,
      },
      titlePage: s.pageNumbers === "fromSecond",
    },
    headers: numbered
      ? {
          default: pageNumberHeader(ctx),
          ...(s.pageNumbers === "fromSecond" ? { first: new Header({ children: [new DocxParagraph({})] }) } : {}),
        }
      : { default: new Header({ children: [new DocxParagraph({})] }) },
    children: s.blocks.map((b) => block(b, s, { ...ctx, width: twips(textWidth(s)) })),
  };
}

/** The .docx's bytes. */
export async function docxBytes(doc: DocModel): Promise<Uint8Array> {
  const ctx: Context = { font: doc.font.name, size: doc.font.size, inTable: false, charts: [], width: 0 };
  const file = new Document({
    creator: "cchc-tracker",
    lastModifiedBy: "cchc-tracker",
    // Marks the file as our report (core/outputMark): never read as an official's workbook, replaced by the next report.
    customProperties: [outputProperty("report")],
    title: doc.title,
    styles: { default: { document: { run: { font: doc.font.name, size: doc.font.size * 2 } } } },
    sections: doc.sections.map((s, i) => section(s, ctx, i === 0)),
  });
  return withCharts(new Uint8Array(await Packer.toArrayBuffer(file)), ctx.charts);
}
