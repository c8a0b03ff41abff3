import { TaskStatus } from "../vocab";
import { cleanText, looseKey, stripDiacritics } from "../text/normalize";
import { FactsCache } from "./cellFacts";
import { Grid, cellText } from "./grid";

/**
 * Officials often keep a task's state as the colour of its row (green done, yellow under way),
 * sometimes with a legend ("Màu xanh: đã hoàn thành", or a coloured cell beside "Đang thực hiện").
 * Colours are named by family, so a light green and a dark green are the same mark.
 */
export const COLOUR_FAMILIES = ["xanh lá", "vàng", "cam", "đỏ", "hồng", "tím", "xanh dương", "xám"] as const;
export type ColourFamily = (typeof COLOUR_FAMILIES)[number];

/** The family of an "RRGGBB" fill; null for white and near-white (no mark). */
export function colourFamily(rgb: string): ColourFamily | null {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  if ([r, g, b].some((v) => Number.isNaN(v))) return null;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (l > 0.97) return null;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  if (s < 0.15 || d < 0.06) return "xám";
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h = (((h * 60) % 360) + 360) % 360;
  if (h < 15 || h >= 345) return "đỏ";
  // Excel's standard "Orange" is FFC000 (45°).
  if (h < 46) return "cam";
  if (h < 70) return "vàng";
  if (h < 165) return "xanh lá";
  if (h < 255) return "xanh dương";
  if (h < 300) return "tím";
  return "hồng";
}

/** A row's state as its colour says it. */
export interface ColourRead {
  colour: ColourFamily;
  /** Null when the colour says nothing a legend or the usual practice gives. */
  status: TaskStatus | null;
  /** What the sheet's legend says the colour means, when it says it. */
  legend: string | null;
}

export interface FillStatuses {
  byRow: ReadonlyMap<number, ColourRead>;
  /** Whether the sheet explains its colours. */
  hasLegend: boolean;
}

// The family a legend may call a colour by when it names no colour of its own family (FFC000 is "vàng" to some, "cam" to Excel).
const NEAR: Readonly<Record<ColourFamily, ColourFamily>> = {
  "xanh lá": "xanh lá",
  vàng: "cam",
  cam: "vàng",
  đỏ: "hồng",
  hồng: "đỏ",
  tím: "hồng",
  "xanh dương": "xanh dương",
  xám: "xám",
};

// Without a legend only the two colours whose meaning offices share are read.
const USUAL: Partial<Record<ColourFamily, TaskStatus>> = { "xanh lá": "Hoàn thành", vàng: "Đang thực hiện", cam: "Đang thực hiện" };

// "Màu xanh: đã hoàn thành", "tô vàng - đang thực hiện", "nền đỏ là chưa thực hiện".
const SAID_COLOUR =
  /\b(?:mau|to|nen|o)\s+(xanh la cay|xanh la|xanh luc|xanh duong|xanh da troi|xanh nuoc bien|xanh|vang|do|cam|tim|hong|xam|ghi)\s*(?:[:=–-]|la|\(|->)?\s*([^;,.()\n]{2,60})/g;
const FAMILY_SAID: Readonly<Record<string, ColourFamily | "xanh">> = {
  "xanh la cay": "xanh lá",
  "xanh la": "xanh lá",
  "xanh luc": "xanh lá",
  "xanh duong": "xanh dương",
  "xanh da troi": "xanh dương",
  "xanh nuoc bien": "xanh dương",
  xanh: "xanh",
  vang: "vàng",
  do: "đỏ",
  cam: "cam",
  tim: "tím",
  hong: "hồng",
  xam: "xám",
  ghi: "xám",
};

/** "Màu xanh: đã hoàn thành; màu vàng: đang thực hiện": a line explaining colours, never a task. */
export function isColourLegendLine(text: string): boolean {
  if (text.length > 400 || !/m[àa]u|t[ôo]|n[ềe]n|ch[ữu]/iu.test(text)) return false;
  const key = plain(cleanText(text));
  // One entry a line, under "Ghi chú:": "Nền xanh lá: đã hoàn thành", "Chữ gạch ngang: nhiệm vụ đã hủy".
  if (text.length <= 80 && (ONE_COLOUR.test(key) || ONE_STYLE.test(key))) return true;
  return [...key.matchAll(SAID_COLOUR)].length >= 2;
}

const ONE_COLOUR =
  /^[-+•*]?\s*(?:mau|to|nen|o|dong)\s+(?:mau\s+)?(?:xanh la cay|xanh la|xanh luc|xanh duong|xanh da troi|xanh|vang|do|cam|tim|hong|xam|ghi)\s*(?:nhat|dam)?\s*[:=–-]\s*\S/;
const ONE_STYLE = /^[-+•*]?\s*(?:chu|dong|noi dung)\s+(?:gach ngang|gach bo|gach|in nghieng|in dam|mau \w+)\s*[:=–-]\s*\S/;

// Lower case without marks, punctuation kept: it separates a legend's entries.
const plain = (text: string) => stripDiacritics(text).toLowerCase();

function statusSaid(facts: FactsCache, text: string): TaskStatus | null {
  if (text === "") return null;
  const f = facts.of(text);
  return f.status ?? f.statusLead;
}

function fillAt(grid: Grid, r: number, c: number): ColourFamily | null {
  const rgb = grid.fills?.[`${r}:${c}`];
  return rgb ? colourFamily(rgb) : null;
}

function filledCount(row: readonly unknown[] | undefined): number {
  let n = 0;
  for (const v of row ?? []) if (v !== null && !(typeof v === "string" && v.trim() === "")) n++;
  return n;
}

/** What the sheet's legend says each colour means: text lines naming colours, or coloured cells beside a state. */
function legendOf(
  grid: Grid,
  facts: FactsCache,
  tableRows: ReadonlySet<number>,
): Map<ColourFamily | "xanh", { status: TaskStatus | null; text: string }> {
  const legend = new Map<ColourFamily | "xanh", { status: TaskStatus | null; text: string }>();
  // What "không tô = chưa làm" says of rows left unpainted.
  let unpainted: TaskStatus | null = null;
  grid.rows.forEach((row, i) => {
    for (const v of row) {
      if (typeof v !== "string" || v.length > 400) continue;
      const cleaned = cleanText(v);
      const key = plain(cleaned);
      if (!/\b(?:mau|to|nen|o) /.test(key)) continue;
      for (const m of key.matchAll(SAID_COLOUR)) {
        const family = FAMILY_SAID[m[1]];
        // The phrase as written (marks removed letter for letter, so places match).
        const at = (m.index ?? 0) + m[0].length - m[2].length;
        const phrase = (key.length === cleaned.length ? cleaned.slice(at, at + m[2].length) : m[2]).trim();
        const status = statusSaid(facts, phrase);
        if (family && !legend.has(family) && (status !== null || /\b(?:qua han|cham|tre han|chua)\b/.test(m[2])))
          legend.set(family, { status, text: phrase });
      }
      const bare = /\bkhong to(?: mau)?\s*(?:[:=–-]|la)?\s*([^;,.()\n]{2,60})/.exec(key);
      if (bare) unpainted ??= statusSaid(facts, bare[1]);
    }
    // A coloured cell on a short line, its state written in it or just right of it.
    const r = i + 1;
    if (tableRows.has(r) || filledCount(row) > 3) return;
    for (let c = 1; c <= Math.max(row.length, 1); c++) {
      const family = fillAt(grid, r, c);
      if (!family || legend.has(family)) continue;
      let said = cellText(row[c - 1] ?? null).trim();
      for (let k = c + 1; said === "" && k <= c + 3; k++) said = cellText(row[k - 1] ?? null).trim();
      const status = statusSaid(facts, said);
      if (status !== null || /\b(?:qua han|cham|tre han)\b/.test(looseKey(said))) legend.set(family, { status, text: cleanText(said) });
    }
  });
  // "tô đỏ = quá hạn chưa xong" beside a mark for work not begun ("không tô = chưa làm"): begun, not finished.
  const notBegun = unpainted === "Chưa thực hiện" || [...legend.values()].some((e) => e.status === "Chưa thực hiện");
  for (const e of legend.values())
    if (e.status === null && notBegun && /\bchua (?:xong|hoan thanh|hoan tat)\b/.test(plain(e.text))) e.status = "Đang thực hiện";
  return legend;
}

/**
 * The state each task row's colour says: the colour of its text cell, else the one most of its cells
 * share. Read only where colours can mean something: the sheet has a legend, or its rows differ in
 * colour (one colour on every row is the table's decoration).
 */
export function fillStatuses(
  grid: Grid,
  facts: FactsCache,
  rows: readonly number[],
  contentCol: number,
  fieldCols: readonly number[],
): FillStatuses | null {
  if (!grid.fills || rows.length === 0) return null;
  const colours = new Map<number, ColourFamily>();
  for (const r of rows) {
    let family = fillAt(grid, r, contentCol);
    if (!family) {
      const seen = new Map<ColourFamily, number>();
      let cells = 0;
      for (const c of fieldCols) {
        if (cellText(grid.rows[r - 1]?.[c - 1] ?? null).trim() === "") continue;
        cells++;
        const f = fillAt(grid, r, c);
        if (f) seen.set(f, (seen.get(f) ?? 0) + 1);
      }
      const [best] = [...seen].sort((a, b) => b[1] - a[1]);
      if (best && best[1] * 2 >= cells) family = best[0];
    }
    if (family) colours.set(r, family);
  }
  if (colours.size === 0) return null;
  const legend = legendOf(grid, facts, new Set(rows));
  const distinct = new Set(colours.values());
  if (legend.size === 0 && distinct.size < 2 && colours.size === rows.length) return null;
  const byRow = new Map<number, ColourRead>();
  for (const [r, colour] of colours) {
    if (colour === "xám" && legend.size === 0) continue;
    // Named as the legend names it: an orange the legend calls yellow is its yellow.
    const key = [colour, NEAR[colour], ...(colour === "xanh lá" || colour === "xanh dương" ? ["xanh" as const] : [])].find((k) =>
      legend.has(k),
    );
    const said = key === undefined ? undefined : legend.get(key);
    const status = legend.size > 0 ? (said?.status ?? null) : (USUAL[colour] ?? null);
    byRow.set(r, { colour: key === undefined || key === "xanh" ? colour : key, status, legend: said?.text ?? null });
  }
  return byRow.size > 0 ? { byRow, hasLegend: legend.size > 0 } : null;
}
