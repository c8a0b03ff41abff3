import { CellStyle, DocCell, DocChartSpec, DocRow, DocumentSheetSpec } from "../sheets/spec";
import { A4, Cell, DocModel, Paragraph, Run, Section, Table, plainText, printedText, textWidth } from "./docModel";

/** A paragraph's words as the sheet prints them (see printedText). */
const printed = (p: Paragraph): string => printedText(plainText(p));

/**
 * A document drawn as report sheets of an .xlsx, one sheet per section: a paragraph is a row
 * merged across the page, a table's cells are merged over the columns they cover (the columns are
 * where the section's tables put their edges), a layout table's lines are rows of their own so
 * each keeps its look. A bordered table's header repeats on the pages of its own sheet only.
 */
const MM_PER_WIDTH_UNIT = 2.5;
const PT_PER_MM = 2.835;

/** Rough lines a text takes in a cell `mm` wide at `size` pt (Times New Roman averages under 0.5 em a character: this errs on the tall side). */
function linesOf(text: string, mm: number, size: number): number {
  const perLine = Math.max(4, Math.floor((mm * PT_PER_MM) / (0.5 * size)));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

function scaled(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w / sum) * total);
}

/** Where the tables of a section put their column edges, in mm from the left margin. */
function edgesOf(section: Section): number[] {
  const width = textWidth(section);
  const edges = new Set<number>([0, Math.round(width * 10) / 10]);
  for (const b of section.blocks) {
    if (b.kind !== "table") continue;
    let x = 0;
    for (const w of scaled(b.widths, width)) {
      x += w;
      edges.add(Math.round(x * 10) / 10);
    }
  }
  return [...edges].sort((a, b) => a - b);
}

function firstRun(p: Paragraph | undefined): Run | undefined {
  return p?.runs.find((r) => r.text !== "") ?? p?.runs[0];
}

function styleOf(p: Paragraph | undefined, base: CellStyle): CellStyle {
  const run = firstRun(p);
  const style: CellStyle = { wrap: true, valign: "top", ...base };
  if (run?.bold) style.bold = true;
  if (run?.italic) style.italic = true;
  if (run?.underline) style.underline = true;
  if (run?.size) style.size = run.size;
  if (p?.align) style.align = p.align;
  return style;
}

function sizeOf(p: Paragraph | undefined, doc: DocModel, table?: Table): number {
  return firstRun(p)?.size ?? table?.size ?? doc.font.size;
}

/** A rule's row: thin. A sheet has no bottom-only border to draw the line with, so it is a small gap. */
const RULE_ROW_PT = 4;

function paragraphRow(p: Paragraph, columns: number, width: number, doc: DocModel): DocRow {
  const text = printed(p);
  const size = sizeOf(p, doc);
  if (p.rule !== undefined) return { cells: [{ value: null, span: columns }], height: RULE_ROW_PT };
  const cells: DocCell[] = [{ value: text === "" ? null : text, style: styleOf(p, {}), span: columns }];
  return { cells, height: Math.round(linesOf(text, width, size) * size * 1.25 + (p.before ?? 0)) };
}

/** The grid columns a table's columns cover: [first, count] per table column. */
function spansOf(table: Table, edges: readonly number[], width: number): Array<[number, number]> {
  const at = (x: number) => edges.findIndex((e) => Math.abs(e - Math.round(x * 10) / 10) < 0.05);
  const out: Array<[number, number]> = [];
  let x = 0;
  for (const w of scaled(table.widths, width)) {
    const start = at(x);
    x += w;
    out.push([start, at(x) - start]);
  }
  return out;
}

function tableRows(table: Table, edges: readonly number[], width: number, doc: DocModel): { rows: DocRow[]; header: number } {
  const spans = spansOf(table, edges, width);
  const colMm = (from: number, count: number) => edges[from + count] - edges[from];
  const rows: DocRow[] = [];
  const held = new Array<number>(table.widths.length).fill(0); // rows still covered by a cell from above
  let header = 0;
  table.rows.forEach((cells, r) => {
    const laid: Array<{ cell: Cell | null; first: number; count: number }> = [];
    let next = 0;
    for (let c = 0; c < table.widths.length;) {
      if (held[c] > 0) {
        held[c]--;
        laid.push({ cell: null, first: spans[c][0], count: spans[c][1] });
        c++;
        continue;
      }
      const cell = cells[next++];
      if (!cell) break;
      const span = cell.span ?? 1;
      const first = spans[c][0];
      const count = spans.slice(c, c + span).reduce((n, s) => n + s[1], 0);
      for (let k = 0; k < span; k++) held[c + k] = (cell.rowSpan ?? 1) - 1;
      laid.push({ cell, first, count });
      c += span;
    }
    if (table.borders) {
      // One sheet row per table row; a cell's paragraphs are lines of one wrapped cell.
      let height = 0;
      const docCells: DocCell[] = laid.map(({ cell, count, first }) => {
        const text = cell ? cell.paragraphs.map(printed).join("\n") : "";
        const size = sizeOf(cell?.paragraphs[0], doc, table);
        height = Math.max(height, linesOf(text, colMm(first, count), size) * size * 1.25 + 4);
        const base: CellStyle = { border: true, size, valign: cell?.valign ?? "center" };
        return { value: text === "" ? null : text, style: styleOf(cell?.paragraphs[0], base), span: count };
      });
      rows.push({ cells: docCells, height: Math.round(height) });
      if (r < table.headerRows) header = rows.length;
      return;
    }
    // A layout table: each line its own row, so each keeps its own look.
    const depth = Math.max(...laid.map((l) => l.cell?.paragraphs.length ?? 0));
    for (let line = 0; line < depth; line++) {
      let height = 0;
      const docCells: DocCell[] = laid.map(({ cell, count, first }) => {
        const p = cell?.paragraphs[line];
        const text = p ? printed(p) : "";
        const size = sizeOf(p, doc, table);
        const empty = !p || p.rule !== undefined;
        height = Math.max(height, empty ? RULE_ROW_PT : linesOf(text, colMm(first, count), size) * size * 1.25);
        return { value: text === "" ? null : text, style: styleOf(p, { size }), span: count };
      });
      rows.push({ cells: docCells, height: Math.round(height) });
    }
  });
  return { rows, header };
}

/** The page's height inside its margins, in mm. */
function pageHeight(s: Section): number {
  return (s.orientation === "portrait" ? A4.height : A4.width) - s.marginsMm.top - s.marginsMm.bottom;
}

export function sectionSheet(section: Section, doc: DocModel): DocumentSheetSpec {
  const width = textWidth(section);
  const edges = edgesOf(section);
  const columns = edges.length - 1;
  const rows: DocRow[] = [];
  const bordered = section.blocks.filter((b): b is Table => b.kind === "table" && b.borders);
  let repeat: [number, number] | undefined;
  const charts: DocChartSpec[] = [];
  let tableFits = true;
  for (const b of section.blocks) {
    if (b.kind === "paragraph") {
      rows.push(paragraphRow(b, columns, width, doc));
      continue;
    }
    if (b.kind === "chart") {
      // An empty row as tall as the chart, which stands over it from column A.
      const height = Math.round(b.height * PT_PER_MM);
      rows.push({ cells: [], height: height + 6 });
      charts.push({ data: b.chart, row: rows.length, width: Math.round(b.width * PT_PER_MM), height });
      continue;
    }
    const start = rows.length + 1;
    const { rows: laid, header } = tableRows(b, edges, width, doc);
    rows.push(...laid);
    tableFits = rows.reduce((h, r) => h + (r.height ?? 15), 0) <= (pageHeight(section) * PT_PER_MM) / 1.1;
    // Repeated rows print on every page of the sheet: only a sheet holding this one table may repeat them.
    if (b.borders && header > 0 && bordered.length === 1) repeat = [start, start + header - 1];
  }
  // A table that fits its page needs no repeated header, which would otherwise print above the charts after it.
  if (charts.length > 0 && tableFits) repeat = undefined;
  const page: DocumentSheetSpec["page"] = { orientation: section.orientation, marginsMm: section.marginsMm };
  if (repeat) page.repeatRows = repeat;
  if (section.pageNumbers !== "none") page.pageNumbers = section.pageNumbers;
  return {
    kind: "document",
    sheet: section.name,
    font: doc.font,
    columnWidths: edges.slice(1).map((e, i) => Math.round(((e - edges[i]) / MM_PER_WIDTH_UNIT) * 10) / 10),
    rows,
    page,
    ...(charts.length > 0 ? { charts } : {}),
  };
}

/** Every section of a document as a sheet of its own. */
export function documentSheets(doc: DocModel): DocumentSheetSpec[] {
  return doc.sections.map((s) => sectionSheet(s, doc));
}
