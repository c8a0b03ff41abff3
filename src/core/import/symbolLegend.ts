import { cleanText, looseKey } from "../text/normalize";
import { TaskStatus } from "../vocab";
import { Grid } from "./grid";

/**
 * A legend of marks for a task's state, written somewhere on the sheet: "Ký hiệu cột Tình trạng: ● Đã
 * hoàn thành; ◑ Đang thực hiện; ○ Chưa thực hiện", "(+) đã thực hiện xong; (±) đang thực hiện; (-) chưa
 * thực hiện". Each mark the legend names, and the state it stands for; two states at least, or none.
 */
export interface SymbolLegend {
  states: ReadonlyMap<string, TaskStatus>;
  /** "để trống: đang thực hiện": what a cell left blank stands for, where the legend says. */
  blank: TaskStatus | null;
  text: string;
}

// "để trống: đang thực hiện", "ô trống = chưa làm": a cell left blank, named in the legend.
const BLANK_PAIR =
  /(?:để trống|de trong|bỏ trống|bo trong|ô trống|o trong|không đánh dấu|khong danh dau)\s*(?:=|:|là|la)?\s*(\p{L}[\p{L} ]{2,40}?)\s*(?=[;,.]|$)/iu;

// A mark (one or two characters, neither letter nor digit, perhaps in brackets) and the words after it.
const PAIR = /(?:^|[\s;,:])\(?([^\p{L}\p{N}\s()]{1,2})\)?\s*(?:=|:|là)?\s*(\p{L}[\p{L} ]{2,40}?)\s*(?=[;,.]|$)/gu;
// "X chưa làm", "x: chưa thực hiện": a letter as a mark, beside marks that are none (the legend above is found by those).
// ("Ký hiệu: X = Đã hoàn thành; / = Đang thực hiện; O = Chưa thực hiện": letters and a slash as the marks, "=" between.)
const LETTER_PAIR = /(?:^|[\s;,:])\(?([xXvVoO])\)?\s*(?:=|:|là)?\s+(\p{L}[\p{L} ]{2,40}?)\s*(?=[;,.]|$)/gu;
const CHEAP = /[●◑◐○◯◒◓✓✔✗✘+±☐☑■□▲△◆◇★☆]|\(-\)|(?:^|[\s;:,])[xXoO/]\s*=\s*\p{L}/u;

export function symbolLegend(grid: Grid, stateOf: (words: string) => TaskStatus | null): SymbolLegend | null {
  for (const row of grid.rows)
    for (const v of row) {
      if (typeof v !== "string" || v.length < 12 || v.length > 300 || !CHEAP.test(v)) continue;
      const text = cleanText(v);
      const states = new Map<string, TaskStatus>();
      for (const m of text.matchAll(PAIR)) {
        const state = stateOf(m[2].trim());
        if (state !== null && !states.has(m[1])) states.set(m[1], state);
      }
      // (A letter stands for the same in either case: "X chưa làm" names "x" too.)
      for (const m of text.matchAll(LETTER_PAIR)) {
        const state = stateOf(m[2].trim());
        if (state === null) continue;
        for (const mark of [m[1].toUpperCase(), m[1].toLowerCase()]) if (!states.has(mark)) states.set(mark, state);
      }
      const blankSaid = BLANK_PAIR.exec(text);
      const blank = blankSaid ? stateOf(blankSaid[1].trim()) : null;
      if (states.size >= 2 && new Set(states.values()).size >= 2) return { states, blank, text };
    }
  return null;
}

/** The state a cell's mark stands for under the legend ("◑", "(+)", "+ ", "xanh"); null for anything else. */
export function markState(legend: SymbolLegend, cell: string): TaskStatus | null {
  const t = cell.trim().replace(/^\((.{1,2})\)$/u, "$1");
  if (t.length > 0 && t.length <= 2) return legend.states.get(t) ?? null;
  return t.length <= 12 ? (legend.states.get(looseKey(t).replace(/^mau /, "")) ?? null) : null;
}

// "Xanh = đã xong", "Vàng: đang làm", "đỏ là chưa làm": a colour's name and the state it stands for.
const COLOUR_PAIR =
  /(?:^|[\s;,:|])(xanh lá|xanh dương|xanh|vàng|đỏ|cam|tím|hồng|xám)\s*(?:=|:|là|[-–])\s*(\p{L}[\p{L} ]{2,40}?)\s*(?=[;,.|]|$)/giu;

/**
 * A legend naming the states by colours' names, where the cells say the colour in words ("xanh", "Vàng", "ĐỎ"):
 * "Chú thích màu: | Xanh = đã xong | Vàng = đang làm | Đỏ = chưa làm", on one row, in one cell or across.
 * Each colour keyed by its name without marks; two states at least, or none.
 */
export function colourWordLegend(grid: Grid, stateOf: (words: string) => TaskStatus | null): SymbolLegend | null {
  for (const row of grid.rows) {
    // (Only rows naming a colour are joined: every row is asked.)
    const cells = row.filter((v): v is string => typeof v === "string" && v.length <= 200);
    if (!cells.some((v) => /xanh|vàng|đỏ/iu.test(v))) continue;
    const text = cleanText(cells.join(" | "));
    const states = new Map<string, TaskStatus>();
    for (const m of text.matchAll(COLOUR_PAIR)) {
      const state = stateOf(m[2].trim());
      const key = looseKey(m[1]);
      if (state !== null && !states.has(key)) states.set(key, state);
    }
    if (states.size >= 2 && new Set(states.values()).size >= 2) return { states, blank: null, text };
  }
  return null;
}
