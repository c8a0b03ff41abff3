import { TaskStatus } from "../vocab";
import { cleanText, looseKey } from "../text/normalize";
import { Grid, GridCell, cellAt, cellText, isBlank } from "./grid";
import { BlockView } from "./periodBlocks";
import { shiftedFormats } from "./cards";

/**
 * A board of cards (kanban): a column per state ("CẦN LÀM | ĐANG LÀM | ĐÃ XONG"), each filled cell
 * under it one task written in lines — what to do, "Hạn: 31/12/2021", "Xong 20/08", "Đã được 2/3".
 * The state is the column the card sits in. Each column is read as a table of its own (a view
 * keeping the sheet's rows, so every task keeps its own cell): Nội dung | Thời hạn | Tình trạng |
 * Kết quả thực hiện.
 */
const SCAN_ROWS = 20;
const HEADINGS = ["Nội dung", "Thời hạn", "Tình trạng", "Kết quả thực hiện", "Chủ trì"];
const DUE_LINE = /^(?:thời hạn|hạn|han|thoi han|deadline)\s*[:：-]?\s*(.+)$/iu;
// "CT: BP Một cửa", "Chủ trì: CC VP-TK": who leads the card's work, on a line of its own.
const LEAD_LINE = /^(?:ct|chủ trì|chu tri|người thực hiện|phụ trách|phu trach)\s*[:：]\s*(.+)$/iu;

const COLUMN_STATES: ReadonlyArray<[RegExp, TaskStatus]> = [
  [/^(?:can lam|viec can lam|chua lam|chua thuc hien|chua bat dau|viec moi|moi giao|se lam|to do|todo|backlog)$/, "Chưa thực hiện"],
  [/^(?:dang lam|dang thuc hien|dang xu ly|dang trien khai|doing|in progress)$/, "Đang thực hiện"],
  [/^(?:da xong|xong|hoan thanh|da hoan thanh|da lam xong|done|completed)$/, "Hoàn thành"],
];

function columnState(v: GridCell): TaskStatus | null {
  if (typeof v !== "string" || v.length > 40) return null;
  // "ĐANG LÀM (3)", "✅ ĐÃ XONG": the count and marks beside the state are no part of it.
  const k = looseKey(v.replace(/\(\s*\d+\s*\)/g, " "))
    .replace(/\b\d+\b/g, " ")
    .trim();
  for (const [re, state] of COLUMN_STATES) if (re.test(k)) return state;
  return null;
}

export interface KanbanCard {
  content: string;
  due: string;
  result: string;
  lead: string;
}

/** A card's lines: the work (up to its first line of deadline or result), its deadline, the rest. */
export function kanbanCard(text: string): KanbanCard {
  const content: string[] = [];
  const result: string[] = [];
  let due = "";
  let lead = "";
  for (const line of text.split(/\r?\n/).map((l) => cleanText(l))) {
    if (line === "") continue;
    const who = content.length > 0 && lead === "" ? LEAD_LINE.exec(line) : null;
    if (who) {
      lead = who[1].trim();
      continue;
    }
    const d = DUE_LINE.exec(line);
    if (d && due === "") due = d[1].trim();
    else if (due === "" && result.length === 0 && content.length > 0 && /^(?:đã|xong|hoàn thành|đang|chưa|còn|được)\b/iu.test(line))
      result.push(line);
    else if (due === "" && result.length === 0) content.push(line);
    else result.push(line);
  }
  return { content: content.join(" "), due, result: result.join("; "), lead };
}

const wordCount = (v: GridCell) =>
  cleanText(cellText(v))
    .split(/\s+/)
    .filter((w) => w !== "").length;

/** Cells of the board no card holds (a notes column after the states, a line under a banded board): named, never dropped. */
export interface BoardCell {
  row: number;
  col: number;
  text: string;
}

export function kanbanBoard(grid: Grid): { views: BlockView[]; headings: string[]; unread: BoardCell[] } | null {
  for (let h = 1; h <= Math.min(grid.rows.length, SCAN_ROWS); h++) {
    const row = grid.rows[h - 1] ?? [];
    const filled = row.map((v, i) => ({ v, col: i + 1 })).filter((x) => !isBlank(x.v));
    // Every heading of the row a state, at least two states, none twice; most rows fail at their first cell.
    if (filled.length < 2 || columnState(filled[0].v) === null) continue;
    // ("CHƯA LÀM | ĐANG LÀM | ĐÃ XONG | Ghi chú": a column of notes after the states, no state of its own, left out.)
    const named = filled.map((x) => ({ col: x.col, state: columnState(x.v) }));
    const firstOther = named.findIndex((x) => x.state === null);
    const states = firstOther < 0 ? named : named.slice(0, firstOther);
    if (states.length < 2 || named.slice(states.length).some((x) => x.state !== null)) continue;
    if (new Set(states.map((x) => x.state)).size !== states.length) continue;
    const headings = filled.slice(0, states.length).map((x) => cleanText(cellText(x.v)));
    // ("Ghi chú" beside the cards: which card of its row a note is of, the board does not say.)
    const others = named.slice(states.length).map((x) => x.col);
    const banded = bandedBoard(grid, h, states as Array<{ col: number; state: TaskStatus }>);
    if (banded !== null) return { views: banded.views, headings, unread: [...cellsIn(grid, h + 2, banded.last, others), ...banded.after] };
    // Cards: cells of several words under the headings, down to the first row with none.
    const cards: number[] = [];
    for (let r = h + 1; r <= grid.rows.length; r++) {
      if (!states.some((x) => wordCount(cellAt(grid, r, x.col)) >= 3)) break;
      cards.push(r);
    }
    if (cards.length === 0) continue;
    const total = cards.reduce((n, r) => n + states.filter((x) => !isBlank(cellAt(grid, r, x.col))).length, 0);
    if (total < 3) continue;
    const last = cards[cards.length - 1];
    const isCard = new Set(cards);
    const views = states.map(({ col, state }, i): BlockView => {
      const rows: GridCell[][] = grid.rows.map((orig, j) => {
        const r = j + 1;
        // Title lines stay (the lead and the year they give); the footer below the cards goes with the first column.
        if (r < h) return orig.filter((v) => !isBlank(v)).length === 1 ? orig : [];
        if (r === h) return [...HEADINGS];
        if (!isCard.has(r)) return i === 0 && r > last ? orig : [];
        const v = cellAt(grid, r, col);
        if (isBlank(v)) return [];
        const card = kanbanCard(cellText(v));
        return [card.content, card.due || null, state, card.result || null, card.lead || null];
      });
      return {
        grid: { ...grid, rows, merges: [], formats: {} },
        empty: !cards.some((r) => !isBlank(cellAt(grid, r, col))),
        manyPerRow: true,
        cells: [[h, col]],
        source: (r: number, c: number): [number, number] | null => {
          if (r < h || (!isCard.has(r) && r !== h)) return i === 0 ? [r, c] : null;
          if (r === h) return c === 3 ? [h, col] : null;
          return [r, col];
        },
      };
    });
    return { views, headings, unread: cellsIn(grid, h + 1, last, others) };
  }
  return null;
}

/** The filled cells of the given columns in rows [from, to]. */
function cellsIn(grid: Grid, from: number, to: number, cols: readonly number[]): BoardCell[] {
  const out: BoardCell[] = [];
  for (let r = from; r <= to; r++)
    for (const col of cols) {
      const text = cleanText(cellText(cellAt(grid, r, col)));
      if (text !== "") out.push({ row: r, col, text });
    }
  return out;
}

/**
 * "CHƯA LÀM | ĐANG LÀM | ĐÃ XONG" each merged over its own columns, "Việc | Hạn" (or "Việc | Xong ngày") under each:
 * a table per state, side by side. Each band read as the table it is, its state a column of its own, its rows
 * keeping the sheet's. Null where any state heads a single column, or its band has no headings under it.
 */
function bandedBoard(
  grid: Grid,
  h: number,
  states: ReadonlyArray<{ col: number; state: TaskStatus }>,
): { views: BlockView[]; last: number; after: BoardCell[] } | null {
  const bands = states.map((x) => {
    const m = grid.merges.find((g) => g.top === h && g.left === x.col);
    return { ...x, right: m ? m.right : x.col };
  });
  if (bands.some((b) => b.right <= b.col)) return null;
  const sub = grid.rows[h] ?? [];
  const named = (b: { col: number; right: number }) =>
    Array.from({ length: b.right - b.col + 1 }, (_, k) => sub[b.col - 1 + k]).filter((v) => typeof v === "string" && v.trim() !== "");
  if (bands.some((b) => named(b).length < 2)) return null;
  const below = (r: number, b: { col: number; right: number }) => (grid.rows[r - 1] ?? []).slice(b.col - 1, b.right);
  // The cards end at the first row blank across every band: a line under them ("Kéo thả việc sang cột bên phải …")
  // tells how to use the board, no task of any state.
  let last = h + 1;
  while (last < grid.rows.length && bands.some((o) => below(last + 1, o).some((v) => !isBlank(v ?? null)))) last++;
  const width = (grid.rows as GridCell[][]).reduce((w, row) => Math.max(w, row.length), 0);
  const after = cellsIn(
    grid,
    last + 1,
    grid.rows.length,
    Array.from({ length: width }, (_, k) => k + 1),
  );
  const views = bands.map((b, i): BlockView => {
    const width = b.right - b.col + 1;
    const rows: GridCell[][] = grid.rows.map((orig, j) => {
      const r = j + 1;
      // Title lines stay (the year they give); what lies outside every band goes with the first.
      if (r < h) return orig.filter((v) => !isBlank(v)).length === 1 ? orig : [];
      if (r === h) return [];
      const cells = below(r, b);
      if (r === h + 1) return [...cells, "Tình trạng"];
      if (r > last || cells.every((v) => isBlank(v ?? null))) return [];
      return [...Array.from({ length: width }, (_, k) => cells[k] ?? null), b.state];
    });
    return {
      grid: { ...grid, rows, merges: [], formats: shiftedFormats(grid.formats, b.col, b.right) },
      empty: !Array.from({ length: last - h - 1 }, (_, k) => below(h + 2 + k, b)).some((cells) => cells.some((v) => !isBlank(v ?? null))),
      manyPerRow: true,
      cells: [[h, b.col]],
      source: (r: number, c: number): [number, number] | null => {
        if (r < h) return i === 0 ? [r, c] : null;
        if (c > width) return [h, b.col];
        const inBand = r > h && r <= last && !below(r, b).every((v) => isBlank(v ?? null));
        return inBand ? [r, b.col + c - 1] : i === 0 ? [r, c] : null;
      },
    };
  });
  return { views, last, after };
}
