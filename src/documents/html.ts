import { Grid, GridCell } from "../core/import/grid";
import { PlanBlock } from "../core/plan/planDocument";

/**
 * mammoth's HTML (paragraphs, headings, lists, tables, line breaks, inline marks) in reading
 * order: each paragraph a line of text, each table a grid, so a task table reaches the same
 * table-plan reader as a workbook's sheet. mammoth writes well-formed HTML with a small set of
 * tags, which a tokenizer reads without a DOM (none in Node).
 */

const BLOCK = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ol", "ul", "br", "blockquote"]);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/giu, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    if (k === "nbsp") return "\u00a0";
    return String.fromCodePoint(k.startsWith("#x") ? parseInt(k.slice(2), 16) : Number(k.slice(1)));
  });
}

interface Token {
  tag: string | null;
  close: boolean;
  attrs: string;
  text: string;
}

function tokenize(html: string): Token[] {
  const out: Token[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) out.push({ tag: null, close: false, attrs: "", text: decodeEntities(m[4]) });
    else out.push({ tag: m[2].toLowerCase(), close: m[1] === "/", attrs: m[3], text: "" });
  }
  return out;
}

function span(attrs: string, name: string): number {
  const m = new RegExp(`\\b${name}="(\\d+)"`).exec(attrs);
  return m ? Math.max(1, Number(m[1])) : 1;
}

/** Collects text into lines, a new line at every block boundary. */
class Lines {
  private readonly lines: string[] = [];
  private current = "";
  add(text: string): void {
    this.current += text;
  }
  breakLine(): void {
    const t = this.current.replace(/\s+/g, " ").trim();
    if (t !== "") this.lines.push(t);
    this.current = "";
  }
  take(): string[] {
    this.breakLine();
    return this.lines.splice(0);
  }
}

interface RawCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/** Places cells with their spans into a grid with merged ranges. */
function toGrid(rows: RawCell[][], file: string, sheet: string): Grid {
  const grid: GridCell[][] = [];
  const taken = new Set<string>();
  const merges: Grid["merges"] = [];
  rows.forEach((cells, r) => {
    let c = 0;
    grid[r] = grid[r] ?? [];
    for (const cell of cells) {
      while (taken.has(`${r}:${c}`)) c++;
      grid[r][c] = cell.text === "" ? null : cell.text;
      for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken.add(`${r + dr}:${c + dc}`);
      if (cell.rowspan > 1 || cell.colspan > 1) merges.push({ top: r + 1, left: c + 1, bottom: r + cell.rowspan, right: c + cell.colspan });
      c += cell.colspan;
    }
  });
  const filled = Array.from({ length: rows.length }, (_, r) => Array.from(grid[r] ?? [], (v) => v ?? null));
  return { file, sheet, hidden: false, rows: filled, formats: {}, merges, hiddenRows: [], hiddenCols: [] };
}

export function htmlBlocks(html: string, file: string): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  const text = new Lines();
  const flushText = () => {
    const lines = text.take();
    if (lines.length > 0) blocks.push({ kind: "text", text: lines.join("\n") });
  };
  const tokens = tokenize(html);
  let tables = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tag === "table" && !t.close) {
      flushText();
      // A table's rows and cells; a table inside a cell is read as the cell's text.
      const rows: RawCell[][] = [];
      let depth = 0;
      let cell: { lines: Lines; colspan: number; rowspan: number } | null = null;
      for (i++; i < tokens.length; i++) {
        const u = tokens[i];
        if (u.tag === "table") {
          if (u.close && depth === 0) break;
          depth += u.close ? -1 : 1;
          cell?.lines.breakLine();
          continue;
        }
        if (depth === 0 && u.tag === "tr" && !u.close) rows.push([]);
        else if (depth === 0 && (u.tag === "td" || u.tag === "th") && !u.close) {
          cell = { lines: new Lines(), colspan: span(u.attrs, "colspan"), rowspan: span(u.attrs, "rowspan") };
        } else if (depth === 0 && (u.tag === "td" || u.tag === "th") && u.close && cell) {
          rows[rows.length - 1]?.push({ text: cell.lines.take().join("\n"), colspan: cell.colspan, rowspan: cell.rowspan });
          cell = null;
        } else if (u.tag === null) cell?.lines.add(u.text);
        else if (BLOCK.has(u.tag) || u.tag === "tr" || u.tag === "td" || u.tag === "th") cell?.lines.breakLine();
      }
      blocks.push({ kind: "table", grid: toGrid(rows, file, `Bảng ${++tables}`) });
      continue;
    }
    if (t.tag === null) text.add(t.text);
    else if (BLOCK.has(t.tag)) text.breakLine();
  }
  flushText();
  return blocks;
}
