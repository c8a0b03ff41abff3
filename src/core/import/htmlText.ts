import { Grid, GridCell } from "./grid";

/**
 * A list exported from a web system keeps the page's markup in its cells: "Hạn<br>xử lý",
 * "<b>Hoàn thành</b>", "Công an xã&nbsp;-&nbsp;Phạm Quốc Trung", "TN&amp;TKQ". Where a sheet has
 * such cells, they are read as the page showed them: line breaks for <br>/<p>, other tags gone,
 * entities decoded.
 */

// An entity a page writes, or a tag of the few that format text in a cell.
const ENTITY = /&(?:amp|nbsp|quot|apos|lt|gt|#\d{1,6}|#x[0-9a-f]{1,6});/i;
const TAG = /<\/?(?:b|i|u|s|br|p|div|span|strong|em|font|sup|sub|li|ul|ol)(?:\s[^<>]*)?\/?>/i;
const TAGS = new RegExp(TAG.source, "gi");
const NAMED: Readonly<Record<string, string>> = { amp: "&", nbsp: "\u00a0", quot: '"', apos: "'", lt: "<", gt: ">" };

function hasMarkup(text: string): boolean {
  return (text.includes("&") && ENTITY.test(text)) || (text.includes("<") && TAG.test(text));
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|nbsp|quot|apos|lt|gt|#\d{1,6}|#x[0-9a-f]{1,6});/gi, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

// A line break the page showed: <br>, or the end of a paragraph, block or list item.
const BREAK = /^<(?:br\b|\/(?:p|div|li)\s*>)/i;

/** A cell's text as the page showed it. */
export function plainText(text: string): string {
  // Tags first: "&lt;b&gt;" written as an entity is text the page showed, not a tag.
  return decodeEntities(text.replace(TAGS, (tag) => (BREAK.test(tag) ? "\n" : "")))
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .replace(/^\n+|\n+$/g, "");
}

/** The sheet with its cells' markup read, or null when fewer than two cells carry any (one "&lt;" may be meant). */
export function withoutHtml(grid: Grid): { grid: Grid; cells: number } | null {
  let marked = 0;
  for (const row of grid.rows) {
    for (const v of row) if (typeof v === "string" && hasMarkup(v)) marked++;
    if (marked >= 2) break;
  }
  if (marked < 2) return null;
  let cells = 0;
  const read = (v: GridCell): GridCell => {
    if (typeof v !== "string" || !hasMarkup(v)) return v;
    cells++;
    const t = plainText(v);
    return t === "" ? null : t;
  };
  return { grid: { ...grid, rows: grid.rows.map((row) => row.map(read)) }, cells };
}
