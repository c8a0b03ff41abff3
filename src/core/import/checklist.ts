import { FactsCache } from "./cellFacts";
import { Grid, GridCell } from "./grid";
import { TableLayout } from "./header";
import { filledCells } from "./rows";

const SCAN_ROWS = 300;
/** Boxes and marks an official ticks a list with ("☑ Bố trí ghế ngồi", "☐ Lắp biển chỉ dẫn", "[x] …"). */
const BOX = /^(?:[☐☑☒□■✓✔✗✘✅❌þý¨]|\[\s*[xX✓]?\s*\]|\(\s*[xX✓]?\s*\))$/u;
const TEXT_MIN = 12;

/** A row of the list: its box's column, the item's text's column, and what is written after it. */
interface Item {
  r: number;
  box: number;
  text: number;
  after: number[];
}

function itemOf(r: number, row: readonly GridCell[]): Item | null {
  const cells = filledCells(row);
  if (cells.length < 2 || cells.length > 4) return null;
  const [box, text, ...after] = cells;
  if (typeof box.v !== "string" || !BOX.test(box.v.trim())) return null;
  if (typeof text.v !== "string" || text.v.trim().length < TEXT_MIN) return null;
  return { r, box: box.col, text: text.col, after: after.map((x) => x.col) };
}

/**
 * A checklist with no header row: a box in one column ("☑" done, "☐" not yet) and the item beside
 * it, perhaps a note after ("xong 05/10", "hạn 31/12", "đang làm 6/10 bộ"), under section lines
 * naming criteria. A table detector takes its first items for a header; read as a task table whose
 * status is the box, the notes read like any note.
 */
export function checklistLayout(grid: Grid, facts: FactsCache): TableLayout | null {
  const items: Item[] = [];
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const item = itemOf(r, grid.rows[r - 1] ?? []);
    if (item) items.push(item);
  }
  if (items.length < 3) return null;
  const box = items[0].box;
  const text = items[0].text;
  const same = items.filter((i) => i.box === box && i.text === text);
  if (same.length < 3 || same.length < 0.8 * items.length || same[0].r < 2) return null;
  // Headed lists ("Đã xong" over the ticks) are the table detector's: only a list with no heading row above it is one.
  let top = same[0].r - 1;
  while (top > 1 && filledCells(grid.rows[top - 1] ?? []).length > 0) {
    const cells = filledCells(grid.rows[top - 1] ?? []);
    if (cells.length >= 2 && cells.every((x) => typeof x.v === "string" && !facts.of(x.v).long)) return null;
    top--;
  }
  const notes = [...new Set(same.flatMap((i) => i.after))].sort((a, b) => a - b);
  const note = notes[0];
  const headings: Record<number, string> = { [box]: "Đánh dấu", [text]: "Nội dung" };
  if (note !== undefined) headings[note] = "Ghi chú";
  return {
    kind: "tasks",
    headerTop: top,
    headerBottom: top,
    headings,
    columns: { content: text, ...(note !== undefined ? { note } : {}) },
    statusTicks: { [box]: "Hoàn thành" },
    signature: `checklist|${box}|${text}`,
    dateHint: null,
    english: false,
  };
}
