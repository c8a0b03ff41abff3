import { findOfficials } from "../plan/officials";
import { cleanText } from "../text/normalize";
import { Grid, GridCell, cellAt, cellText, isBlank } from "./grid";
import { BlockView } from "./periodBlocks";
import { codeInText } from "./extract";

/**
 * Work handed out as a matrix: an official per row ("VP-TK (đ/c Phạm Minh Tuấn)"), a criterion per
 * column ("1.5 - Văn bản điện tử"), and in each filled cell one task written in lines: what to do,
 * "Hạn: 15/11/2021", "→ Xong 12/11". Each criterion's column is read as a table of its own (a view
 * keeping the sheet's rows): Chủ trì | Nội dung | Tiêu chí | Thời hạn | Kết quả thực hiện.
 */
const SCAN_ROWS = 30;
const HEADINGS = ["Chủ trì", "Nội dung", "Tiêu chí", "Thời hạn", "Kết quả thực hiện"];
const DUE_LINE = /^(?:thời hạn|hạn|han|thoi han)\s*:?\s*(.+)$/iu;
const STATE_LINE = /^(?:→|->|=>|⇒|kết quả\s*:|tình hình\s*:|tiến độ\s*:)\s*(.+)$/iu;

interface Cell {
  content: string;
  due: string;
  state: string;
}

/** A cell's lines: the work, its deadline and where it stands. */
export function matrixCell(text: string): Cell {
  const content: string[] = [];
  let due = "";
  let state = "";
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (line === "") continue;
    const d = DUE_LINE.exec(line);
    const s = STATE_LINE.exec(line);
    if (d && due === "") due = d[1].trim();
    else if (s) state = state === "" ? s[1].trim() : `${state}; ${s[1].trim()}`;
    else if (due === "" && state === "") content.push(line);
    else state = state === "" ? line : `${state}; ${line}`;
  }
  return { content: content.join(" "), due, state };
}

const words = (v: GridCell) =>
  cleanText(cellText(v))
    .split(/\s+/)
    .filter((w) => w !== "").length;

export function taskMatrix(grid: Grid): BlockView[] | null {
  for (let h = 1; h <= Math.min(grid.rows.length, SCAN_ROWS); h++) {
    const row = grid.rows[h - 1] ?? [];
    const codes = new Map<number, string>();
    row.forEach((v, i) => {
      const t = typeof v === "string" ? cleanText(v) : "";
      const code = t.length > 0 && t.length <= 80 ? codeInText(t) : null;
      if (code && /^\s*(?:(?:tc|tiêu chí|chỉ số)\s*)?\d{1,2}\.\d{1,2}\b/iu.test(t)) codes.set(i + 1, code);
    });
    if (codes.size < 3) continue;
    const first = Math.min(...codes.keys());
    const label = first - 1;
    if (label < 1) continue;
    // The officials down the label column, each with a task of several words in some criterion's cell.
    const data: number[] = [];
    for (let r = h + 1; r <= grid.rows.length; r++) {
      const who = cleanText(cellText(cellAt(grid, r, label)));
      if (who === "" || findOfficials(who, "xã").length === 0) continue;
      if ([...codes.keys()].some((c) => words(cellAt(grid, r, c)) >= 3)) data.push(r);
    }
    if (data.length < 2) continue;
    const isData = new Set(data);
    const cols = [...codes.keys()];
    // A row's official is told by the first view holding one of its tasks.
    const firstView = new Map(data.map((r) => [r, cols.findIndex((c) => !isBlank(cellAt(grid, r, c)))]));
    return cols.map((k, i): BlockView => {
      const rows: GridCell[][] = grid.rows.map((orig, j) => {
        const r = j + 1;
        if (r < h) return orig.filter((v) => !isBlank(v)).length === 1 ? orig : [];
        if (r === h) return [...HEADINGS];
        if (!isData.has(r)) return i === 0 && r > Math.max(...data) ? orig : [];
        const v = cellAt(grid, r, k);
        if (isBlank(v)) return [];
        const cell = matrixCell(cellText(v));
        return [cellAt(grid, r, label), cell.content, codes.get(k) ?? null, cell.due || null, cell.state || null];
      });
      const filled = data.some((r) => !isBlank(cellAt(grid, r, k)));
      return {
        grid: { ...grid, rows, merges: [], formats: {} },
        empty: !filled,
        manyPerRow: true,
        cells: isBlank(cellAt(grid, h, k)) ? [] : [[h, k]],
        source: (r: number, c: number): [number, number] | null => {
          if (r < h) return i === 0 ? [r, c] : null;
          if (r === h) return c === 2 ? [h, k] : i === 0 && c === 1 ? [h, label] : null;
          if (!isData.has(r)) return i === 0 ? [r, c] : null;
          if (c === 1) return firstView.get(r) === i ? [r, label] : null;
          return [r, k];
        },
      };
    });
  }
  return null;
}
