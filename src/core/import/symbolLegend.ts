import { cleanText } from "../text/normalize";
import { TaskStatus } from "../vocab";
import { Grid } from "./grid";

/**
 * A legend of marks for a task's state, written somewhere on the sheet: "Ký hiệu cột Tình trạng: ● Đã
 * hoàn thành; ◑ Đang thực hiện; ○ Chưa thực hiện", "(+) đã thực hiện xong; (±) đang thực hiện; (-) chưa
 * thực hiện". Each mark the legend names, and the state it stands for; two states at least, or none.
 */
export interface SymbolLegend {
  states: ReadonlyMap<string, TaskStatus>;
  text: string;
}

// A mark (one or two characters, neither letter nor digit, perhaps in brackets) and the words after it.
const PAIR = /(?:^|[\s;,:])\(?([^\p{L}\p{N}\s()]{1,2})\)?\s*(?:=|:|là)?\s*(\p{L}[\p{L} ]{2,40}?)\s*(?=[;,.]|$)/gu;
const CHEAP = /[●◑◐○◯◒◓✓✔✗✘+±☐☑■□▲△◆◇★☆]|\(-\)/u;

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
      if (states.size >= 2 && new Set(states.values()).size >= 2) return { states, text };
    }
  return null;
}

/** The state a cell's mark stands for under the legend ("◑", "(+)", "+ "); null for anything else. */
export function markState(legend: SymbolLegend, cell: string): TaskStatus | null {
  const t = cell.trim().replace(/^\((.{1,2})\)$/u, "$1");
  return t.length > 0 && t.length <= 2 ? (legend.states.get(t) ?? null) : null;
}
