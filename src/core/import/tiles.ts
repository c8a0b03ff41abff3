import { IsoDate } from "../dates/isoDate";
import { looseKey } from "../text/normalize";
import { parseNumberText } from "./cellFacts";
import { Grid, GridCell, cellAt, cellText, isBlank, rowsView } from "./grid";
import { DAY_LABEL, PERIOD_LABEL, statedAt } from "./readingCards";
import { pairGiving } from "./rateSentences";
import { parseDateCell } from "./values";

/**
 * A dashboard of tiles, no table: a tile's title names its criterion ("HỒ SƠ TRỰC TUYẾN (TC 1.1)"),
 * the big cell under it holds the rate ("25,8%", or 0.978 shown as a percentage), and a line under
 * that may give the counts ("71/275 hồ sơ • mục tiêu …"). Tiles whose title names no criterion
 * ("NHIỆM VỤ ĐÃ HOÀN THÀNH", "HỒ SƠ ĐANG QUÁ HẠN") are counts, not readings. Lines of its own under the rate
 * may give its counts and period ("Hồ sơ trực tuyến: | 60", "Tổng hồ sơ tiếp nhận: | 250", "Kỳ: | Quý III/2021").
 */
export interface Tile {
  code: string;
  title: string;
  /** Where the rate is. */
  row: number;
  col: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  /** The line under the rate, as written. */
  sub: string;
  /** The title's row. */
  titleRow: number;
  /** The period its own line names ("Kỳ: | Quý III/2021"), as written, or the day ("Số liệu đến: | 30/9/2021"). */
  period: string | null;
  day: GridCell | null;
  /** Its own lines, "label: value", for Ghi chú. */
  lines: string[];
}

const CODE_IN_TITLE = /\(\s*(?:tc|tiêu chí|chỉ số|cs|sipas)\s*(\d\.\d{1,2})\s*\)/iu;
// ("1.2 Đúng hạn", "1.3 CBCC đạt chuẩn": the code opening a short title, its words after it.)
const CODE_OPENING_TITLE = /^\s*([12]\.\d{1,2})\s+\p{L}/u;
const PERCENT_TEXT = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/;
// Whole counts only: "3,37/4,80 tỷ đồng" is a sum of money, its rate the tile's own.
const COUNTS = /(?<![\d.,/])(\d{1,6})\s*\/\s*(\d{1,6})(?![\d.,/])/;
/** How far under its title a tile's rate may sit, and its line under the rate. */
const REACH = 3;

function percentAt(grid: Grid, r: number, c: number): number | null {
  const v = cellAt(grid, r, c);
  if (typeof v === "number") {
    const fmt = grid.formats[`${r}:${c}`] ?? "";
    if (!fmt.includes("%")) return null;
    return Math.round(v * 100 * 1e6) / 1e6;
  }
  const m = PERCENT_TEXT.exec(cellText(v).trim());
  return m ? Number(m[1].replace(",", ".")) : null;
}

/** The sheet's tiles with a criterion, or null when it has fewer than two. */
export function findTiles(grid: Grid): Tile[] | null {
  const tiles: Tile[] = [];
  grid.rows.forEach((cells, i) => {
    const r = i + 1;
    const filled = cells.filter((v) => !isBlank(v)).length;
    // A tile's title row holds a few titles side by side, never a table's row of headings.
    if (filled === 0 || filled > 4) return;
    cells.forEach((v, j) => {
      const c = j + 1;
      const title = typeof v === "string" ? v.trim() : "";
      const code =
        title.length <= 80 ? (CODE_IN_TITLE.exec(title) ?? (title.length <= 40 ? CODE_OPENING_TITLE.exec(title) : null))?.[1] : undefined;
      if (code === undefined) return;
      for (let vr = r + 1; vr <= Math.min(grid.rows.length, r + REACH); vr++) {
        if (isBlank(cellAt(grid, vr, c))) continue;
        // ("15/18 chỉ tiêu" as the big figure: the rate its counts give.)
        const told = COUNTS.exec(cellText(cellAt(grid, vr, c)));
        const whole = told && Number(told[2]) > 0 && Number(told[1]) <= Number(told[2]) ? told : null;
        const value = whole ? (Number(whole[1]) / Number(whole[2])) * 100 : percentAt(grid, vr, c);
        if (value === null || value > 100) return;
        let sub = "";
        for (let sr = vr + 1; sr <= Math.min(grid.rows.length, vr + REACH) && sub === ""; sr++) sub = cellText(cellAt(grid, sr, c)).trim();
        const counts = whole ?? COUNTS.exec(sub);
        const [num, den] = counts ? [Number(counts[1]), Number(counts[2])] : [null, null];
        const fits = num !== null && den !== null && den > 0 && num <= den && Math.abs((num / den) * 100 - value) <= 0.6;
        const own = ownLines(grid, vr + 1, c, nextTitle(cells, c));
        const pair = fits ? { numerator: num, denominator: den } : pairGiving(own.counts, value);
        tiles.push({
          code,
          title,
          row: vr,
          col: c,
          value,
          numerator: pair?.numerator ?? null,
          denominator: pair?.denominator ?? null,
          sub,
          titleRow: r,
          period: own.period,
          day: own.day,
          lines: own.lines,
        });
        return;
      }
    });
  });
  return tiles.length >= 2 ? tiles : null;
}

/** The column of the next title on the title row, past which a tile's lines never reach. */
function nextTitle(cells: readonly GridCell[], c: number): number {
  for (let x = c + 1; x <= cells.length; x++) if (!isBlank(cells[x - 1] ?? null)) return x;
  return c + 6;
}

/** A tile's lines under its rate, each a label in the tile's column and its value to the right, to the first row without. */
function ownLines(
  grid: Grid,
  from: number,
  c: number,
  next: number,
): { counts: number[]; period: string | null; day: GridCell | null; lines: string[] } {
  const out = { counts: [] as number[], period: null as string | null, day: null as GridCell | null, lines: [] as string[] };
  for (let r = from; r <= Math.min(grid.rows.length, from + 5); r++) {
    const label = cellText(cellAt(grid, r, c)).trim();
    if (label === "" || label.length > 40 || !/:$/.test(label)) break;
    let value: GridCell = null;
    for (let x = c + 1; x < next && value === null; x++) if (!isBlank(cellAt(grid, r, x))) value = cellAt(grid, r, x);
    if (value === null) break;
    const key = looseKey(label.replace(/:$/, ""));
    out.lines.push(`${label} ${cellText(value).trim()}`);
    if (PERIOD_LABEL.test(key)) out.period = cellText(value).trim();
    else if (DAY_LABEL.test(key)) out.day = value;
    else {
      const n = typeof value === "number" ? value : parseNumberText(cellText(value).trim());
      if (n !== null) out.counts.push(n);
    }
  }
  return out;
}

/**
 * The tiles beside them whose title names no criterion ("HỒ SƠ ĐANG QUÁ HẠN" over "3"): counts, no
 * reading, each with what it shows, to be named rather than dropped.
 */
export function tilesWithoutCriterion(grid: Grid, tiles: readonly Tile[]): Array<{ row: number; title: string; shows: string }> {
  const taken = new Set(tiles.map((t) => `${t.titleRow}:${t.col}`));
  const out: Array<{ row: number; title: string; shows: string }> = [];
  // A tile's title is set in capitals, a few side by side: rows from the first criterion tile's down.
  const upper = (t: string) => t.length <= 80 && t === t.toUpperCase() && /\p{Lu}/u.test(t);
  const first = Math.min(...tiles.map((t) => t.titleRow));
  const titleRows = grid.rows
    .map((cells, i) => ({
      r: i + 1,
      texts: Array.from(cells, (v) => (v === null || v === undefined ? "" : cellText(v).trim())).filter((t) => t !== ""),
    }))
    .filter(({ r, texts }) => r >= first && texts.length > 0 && texts.length <= 4 && texts.every(upper))
    .map(({ r }) => r);
  for (const r of titleRows)
    (grid.rows[r - 1] ?? []).forEach((v, j) => {
      const title = typeof v === "string" ? v.trim() : "";
      if (title === "" || title.length > 80 || taken.has(`${r}:${j + 1}`)) return;
      const below: string[] = [];
      for (let vr = r + 1; vr <= Math.min(grid.rows.length, r + 2 * REACH) && below.length < 2; vr++) {
        const t = cellText(cellAt(grid, vr, j + 1)).trim();
        if (t !== "") below.push(t);
      }
      if (below.length > 0) out.push({ row: r, title, shows: below.join(" · ") });
    });
  return out;
}

/** The period a tile's own line names (its year, else the sheet's), else its day; null where it names neither. */
export function tileAt(tile: Tile, year: number | null): { name: string; date: IsoDate } | null {
  const day = tile.day !== null ? parseDateCell(tile.day, false) : null;
  return statedAt(tile.period, day?.kind === "ok" ? day.value : null, year);
}

/**
 * Tiles over a table ("1.2 Đúng hạn | 1.1 Trực tuyến" over "98,5% | 12/80", then "DANH SÁCH NHIỆM VỤ" and its table):
 * the sheet read as two, each with the other's rows blank (row numbers stay the sheet's): the tiles, with the title
 * over them, and the table under its own heading. Null where no two tiles stand above a table's header.
 */
export function tilesOverTable(grid: Grid): Array<{ grid: Grid; toldElsewhere: ReadonlySet<number> | null }> | null {
  // (Only the sheet's first rows: tiles head a dashboard.)
  const top = rowsView(grid, (r) => r <= 12);
  const tiles = findTiles(top);
  if (tiles === null) return null;
  const last = Math.max(...tiles.map((t) => t.row)) + 1;
  // The table's header: the first row under the tiles with four short words or more.
  let header = 0;
  // (Past a blank row: "Kỳ: | Quý III/2021 | Số liệu đến: | 30/11/2021" is a tile's own line, no header.)
  const blank = (r: number) => (grid.rows[r - 1] ?? []).every((v) => isBlank(v));
  for (let r = last + 1; r <= Math.min(grid.rows.length, last + 8) && header === 0; r++) {
    const cells = (grid.rows[r - 1] ?? []).filter((v) => !isBlank(v));
    const words = cells.every((v) => typeof v === "string" && v.length <= 40 && !/:\s*$/.test(v));
    if (cells.length >= 4 && words && Array.from({ length: r - last }, (_, k) => last + k).some(blank)) header = r;
  }
  if (header === 0) return null;
  // The tiles' lines end at the first blank row above the table's own heading.
  let end = header - 1;
  while (end > last && (grid.rows[end - 1] ?? []).some((v) => !isBlank(v))) end--;
  const titles = new Set<number>();
  for (let r = 1; r < Math.min(...tiles.map((t) => t.titleRow)); r++) if ((grid.rows[r - 1] ?? []).some((v) => !isBlank(v))) titles.add(r);
  return [
    { grid: rowsView(grid, (r) => r <= end), toldElsewhere: null },
    { grid: rowsView(grid, (r) => titles.has(r) || r > end), toldElsewhere: titles },
  ];
}
