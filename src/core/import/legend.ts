import { cleanText } from "../text/normalize";
import { Grid, GridCell } from "./grid";

/** An abbreviation as officials coin them: "HT", "ĐTH", "HT-TH", "MC", "PCT", "TN&TKQ". */
const ABBR = "[A-ZĐ][A-ZĐ0-9&]{0,5}(?:-[A-ZĐ0-9&]{1,5})?";
// "HT - Hoàn thành; ĐTH - Đang thực hiện", "MC: Bộ phận Một cửa", "VP = CC Văn phòng-Thống kê".
const SAYS = new RegExp(`(?:^|[;,.:]\\s*|\\s)(${ABBR})\\s*(?:-|–|=|:)\\s*([^;,.()]{3,60}?)\\s*(?=[;,.]|$)`, "gu");
// "Chủ trì (CT)", "Phối hợp (PH)": a heading's full name with its short form after it.
const NAMED = new RegExp(`([\\p{L}][\\p{L} ]{2,30}?)\\s*\\((${ABBR})\\)`, "gu");

const PAIR = /[A-ZĐ]{2}[A-ZĐ0-9&-]*\s*[-–=:]\s*\p{L}[^;,]*[;,][^;,]*[A-ZĐ]{2}/u;

interface Legend {
  /** What a short value stands for ("MC" -> "Bộ phận Một cửa"). */
  values: Map<string, string>;
  /** What a short heading stands for ("PH" -> "Phối hợp"). */
  headings: Map<string, string>;
}

/** Pairs a legend line says ("HT - Hoàn thành; ĐTH - Đang thực hiện"); a line saying fewer than two is none. */
function pairsIn(v: string): RegExpMatchArray[] {
  // Most cells are tasks' texts: one cheap test rules them out before the pairs are looked for.
  if (v.length < 12 || v.length > 600 || !PAIR.test(v)) return [];
  const said = [...cleanText(v).matchAll(SAYS)];
  return said.length >= 2 ? said : [];
}

// "chữ gạch ngang = đã xong; tô vàng = đang làm", "mình = CC VH-XH (Lan); c.Mai = BP Một cửa", "ĐH = tỷ lệ … (TC 1.2);
// TT = …": two marks or more, each with what it stands for after "=", one after another.
const EQUALS_PAIRS = /(?:^|[;,:]\s*)[^=;,]{1,30}?\s=\s*[^=;]{2,90}?[;,]\s*[^=;,]{1,30}?\s=\s*\S/u;
// "[x] xong, [ ] chưa, [~] đang làm": what each box says.
const BOX_PAIRS = /\[\s?\S?\s?\]\s*\p{L}[^[\]]{0,30}[,;]\s*\[\s?\S?\s?\]\s*\p{L}/u;

// "HT: hoàn thành", "ĐTH - Đang thực hiện": one short form, the words whose initials it is.
const ONE_PAIR = /^\s*([A-ZĐ]{2,5})\s*[-–=:]\s*(\p{L}+(?:\s+\p{L}+){1,4})\s*\.?\s*$/u;

/** Whether a text is a legend line: a note on the table, never a task. */
export function isLegendLine(text: string): boolean {
  if (text.length <= 400 && (EQUALS_PAIRS.test(text) || BOX_PAIRS.test(text))) return true;
  const one = text.length <= 60 ? ONE_PAIR.exec(text) : null;
  if (one !== null && initials(one[2]) === one[1]) return true;
  return pairsIn(text).length > 0;
}

/** "Đang thực hiện" -> "ĐTH": each word's first letter, upper case, its marks off but Đ's. */
function initials(words: string): string {
  return words
    .split(/\s+/)
    .map((w) => w[0].toUpperCase())
    .join("")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

// "Chú thích: Xanh = đã hoàn thành; Vàng = đang thực hiện; Đỏ = chậm tiến độ": a word a cell holds, and what it means.
const WORD_LEGEND = /^(?:chú thích|ký hiệu|ghi chú|quy ước)\s*:\s*/iu;
const WORD_SAYS = /^(\p{Lu}\p{Ll}{1,9})\s*(?:=|:|-|–|là)\s*(\p{L}.{2,80})$/u;

/** Pairs of a legend of words ("Xanh = đã hoàn thành; Vàng = đang thực hiện"); fewer than two is none. */
function wordPairsIn(v: string): Array<[string, string]> {
  if (v.length < 20 || v.length > 400 || !WORD_LEGEND.test(v)) return [];
  const pairs = cleanText(v)
    .replace(WORD_LEGEND, "")
    .split(/\s*;\s*/)
    .map((part) => WORD_SAYS.exec(part.replace(/\.$/, "")))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m): [string, string] => [m[1], m[2].trim()]);
  return pairs.length >= 2 ? pairs : [];
}

function legendOf(grid: Grid): Legend | null {
  const values = new Map<string, string>();
  const headings = new Map<string, string>();
  for (const row of grid.rows)
    for (const v of row) {
      for (const [word, says] of typeof v === "string" ? wordPairsIn(v) : []) if (!values.has(word)) values.set(word, says);
      const said = typeof v === "string" ? pairsIn(v) : [];
      if (said.length === 0) continue;
      for (const m of said) if (!values.has(m[1])) values.set(m[1], m[2].trim());
      for (const m of cleanText(v as string).matchAll(NAMED)) if (!headings.has(m[2])) headings.set(m[2], m[1].trim());
    }
  return values.size >= 2 ? { values, headings } : null;
}

function short(v: GridCell): string | null {
  return typeof v === "string" && v.trim().length <= 12 ? v.trim() : null;
}

/**
 * A sheet kept in short forms explained by its own legend ("Ký hiệu: HT - Hoàn thành; ĐTH - Đang
 * thực hiện …; CT - Chủ tịch UBND; MC - Bộ phận Một cửa …", "Chủ trì (CT), Phối hợp (PH)"): each cell
 * that is only a short form read as what the legend says it stands for. A row of two or more short
 * headings the legend names ("CT | PH") is a header and takes the headings' names; other cells take
 * the values'. Rows and columns stay as they are; nothing the legend does not name is changed.
 */
export function withLegend(given: Grid): { grid: Grid; read: ReadonlyMap<string, string> } {
  // What was read in full, to be said in Kiểm tra ("HT = Hoàn thành"): never a silent change.
  const read = new Map<string, string>();
  const grid = withStatusCodes(given, read);
  const legend = legendOf(grid);
  if (!legend) return { grid, read };
  const rows = grid.rows.map((row) => {
    const named = row.filter((v) => {
      const s = short(v);
      return s !== null && legend.headings.has(s);
    }).length;
    const map = named >= 2 ? legend.headings : legend.values;
    return row.map((v) => {
      const s = short(v);
      const full = s === null ? undefined : map.get(s);
      if (full === undefined || s === null) return v;
      read.set(s, full);
      return full;
    });
  });
  return read.size > 0 ? { grid: { ...grid, rows }, read } : { grid, read };
}

// "Mã trạng thái: 0 - Chưa bắt đầu; 1 - Đang thực hiện; 2 - Hoàn thành": a system's states kept as numbers.
const CODE_LEGEND = /^\s*(?:mã\s+)?(?:trạng thái|tình trạng)\s*:\s*(.{8,200})$/iu;
const CODE_SAYS = /(?:^|[;,]\s*)(\d)\s*(?:-|–|=|:)\s*([^;,]{3,40})/gu;

/** The status column's numbers read as the words a legend line under the table gives them. */
function withStatusCodes(grid: Grid, read: Map<string, string>): Grid {
  let codes: Map<string, string> | null = null;
  for (const row of grid.rows)
    for (const v of row) {
      const m = typeof v === "string" && v.length < 240 ? CODE_LEGEND.exec(v) : null;
      if (!m) continue;
      const pairs = [...m[1].matchAll(CODE_SAYS)].map((x): [string, string] => [x[1], cleanText(x[2])]);
      if (pairs.length >= 2) codes = new Map(pairs);
    }
  if (codes === null) return grid;
  const found = codes;
  // The column headed "Trạng thái" (or "Mã trạng thái"), in the first rows.
  for (let r = 1; r <= Math.min(grid.rows.length, 30); r++) {
    const col = (grid.rows[r - 1] ?? []).findIndex(
      (v) => typeof v === "string" && /^(?:mã\s+)?(?:trạng thái|tình trạng)(?:\s+xử lý)?$/iu.test(v.trim()),
    );
    if (col < 0) continue;
    const rows = grid.rows.map((row, i) => {
      const v = row[col];
      const said = i + 1 > r && (typeof v === "number" || typeof v === "string") ? found.get(String(v).trim()) : undefined;
      if (said === undefined) return row;
      read.set(String(v).trim(), said);
      const out = row.slice();
      out[col] = said;
      return out;
    });
    return read.size > 0 ? { ...grid, rows } : grid;
  }
  return grid;
}
