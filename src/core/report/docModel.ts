import { ChartData } from "../sheets/spec";

/**
 * A document as plain data, for the two renderers that draw it: the .docx writer (src/docx) and
 * the report sheets of the .xlsx (toSheets.ts). Core decides what the document says and how it is
 * laid out in the terms of Nghị định 30/2020/NĐ-CP; each renderer only decides how to put that
 * into its format. Sizes are points, lengths millimetres.
 */
export type Align = "left" | "center" | "right" | "justify";

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
}

export interface Paragraph {
  kind: "paragraph";
  runs: Run[];
  align?: Align;
  /** First-line indent in mm (body paragraphs: 10–12.7 mm). */
  indent?: number;
  /** Space above, in points. */
  before?: number;
  /** Keeps the paragraph on the page of the next one (headings). */
  keepNext?: boolean;
  /**
   * A rule, not text: the paragraph is only a solid horizontal line this many mm long, centred in
   * its width (NĐ 30: under the issuing body's name and under the trích yếu).
   */
  rule?: number;
}

export interface Cell {
  paragraphs: Paragraph[];
  /** Columns covered, 1 when absent. */
  span?: number;
  /** Rows covered (a two-level header's single-level columns), 1 when absent. */
  rowSpan?: number;
  valign?: "top" | "center" | "bottom";
}

/**
 * A table. `borders: false` is a layout table (the header blocks, the signature block), drawn
 * without lines; a bordered table's first `headerRows` repeat on every page it runs over, and only
 * there. `widths` are the columns' shares of the text width, in mm.
 */
export interface Table {
  kind: "table";
  widths: number[];
  rows: Cell[][];
  borders: boolean;
  headerRows: number;
  /** Text size inside the table, when not the document's. */
  size?: number;
  /** A table-like block that must not be split over two pages (the signature block). */
  keepTogether?: boolean;
}

/** A chart drawn in the document with its own values (Word: a native chart; the report's sheets: a chart over an empty row). Sizes in mm. */
export interface ChartBlock {
  kind: "chart";
  chart: ChartData;
  width: number;
  height: number;
}

export type Block = Paragraph | Table | ChartBlock;

export interface Section {
  /** What the sheet of the .xlsx is called ("Báo cáo", "Phụ lục I"). */
  name: string;
  orientation: "portrait" | "landscape";
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** NĐ 30: page numbers top centre, from the second page; continuing in later sections. */
  pageNumbers: "none" | "fromSecond" | "all";
  blocks: Block[];
}

export interface DocModel {
  title: string;
  font: { name: string; size: number };
  sections: Section[];
}

/** A4 in mm. */
export const A4 = { width: 210, height: 297 } as const;

export function textWidth(s: Pick<Section, "orientation" | "marginsMm">): number {
  const page = s.orientation === "portrait" ? A4.width : A4.height;
  return page - s.marginsMm.left - s.marginsMm.right;
}

export function para(text: string | Run[], options: Omit<Paragraph, "kind" | "runs"> & Omit<Run, "text"> = {}): Paragraph {
  const { align, indent, before, keepNext, rule, ...look } = options;
  const runs = typeof text === "string" ? [{ text, ...look }] : text;
  const p: Paragraph = { kind: "paragraph", runs };
  if (align) p.align = align;
  if (indent !== undefined) p.indent = indent;
  if (before !== undefined) p.before = before;
  if (keepNext) p.keepNext = true;
  if (rule !== undefined) p.rule = rule;
  return p;
}

export function cell(content: string | Paragraph | Paragraph[], options: Omit<Cell, "paragraphs"> = {}): Cell {
  const paragraphs = typeof content === "string" ? [para(content)] : Array.isArray(content) ? content : [content];
  return { paragraphs, ...options };
}

/**
 * How long a line of text runs, in mm, at most `width`: Times New Roman's capitals average about
 * 0.7 em, mixed text about 0.5 em (an estimate: enough to size a rule at 1/3–1/2 of it).
 */
export function lineLength(text: string, size: number, width: number): number {
  const em = (size * 25.4) / 72;
  const caps = text === text.toLocaleUpperCase("vi");
  return Math.min(width, text.length * em * (caps ? 0.7 : 0.5));
}

/**
 * NĐ 30's rule under a line of text: solid, 2/5 of the line's length (within 1/3–1/2), centred;
 * `width` is the room the line has (a wrapped line fills it).
 */
export function ruleUnder(text: string, size: number, width: number): Paragraph {
  return para("", { align: "center", rule: Math.round(lineLength(text, size, width) * 0.4 * 10) / 10 });
}

/** A paragraph's text, runs joined. */
/**
 * A text as the renderers print it: a number and its "%" joined by a no-break space, so that
 * "98,43 %" never breaks between the lines of a paragraph or a narrow cell.
 */
export function printedText(text: string): string {
  return text.replace(/(\d) %/g, "$1\u00a0%");
}

export function plainText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join("");
}
