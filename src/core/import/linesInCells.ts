import { cleanText } from "../text/normalize";
import { Grid, GridCell } from "./grid";

/**
 * Counts written as labelled lines inside one cell, as a Word table pasted into Excel keeps them:
 * "Tổng số: 64⏎- Kỳ trước chuyển sang: 4⏎- Trực tuyến: 12⏎- Trực tiếp, BCCI: 48" under "Số hồ sơ
 * tiếp nhận". Each such column is spread into a column per label, headed "<heading> - <label>" (the
 * first, unbulleted line above bulleted ones is the column's "Tổng số"), added to the right of the
 * sheet so no other column's letter moves; the original column is emptied. Rows stay where they are.
 */
export interface LinesInCells {
  grid: Grid;
  /** The headings spread, for Kiểm tra: "Số hồ sơ tiếp nhận (4 dòng)". */
  columns: string[];
}

const SCAN_ROWS = 300;
const LINE = /^\s*([-–•+*]?)\s*([^:\d][^:]{0,40}?)\s*:\s*(\d{1,3}(?:[.,]\d{3})*|\d+)\s*(?:hồ sơ|hs)?\s*$/iu;

interface Parsed {
  labels: string[];
  values: number[];
}

function parseCell(v: GridCell): Parsed | null {
  if (typeof v !== "string" || !v.includes("\n") || !v.includes(":")) return null;
  const lines = v.split("\n").filter((l) => l.trim() !== "");
  if (lines.length < 2) return null;
  const labels: string[] = [];
  const values: number[] = [];
  for (const [i, line] of lines.entries()) {
    const m = LINE.exec(line);
    if (!m) return null;
    const bulleted = m[1] !== "";
    // The first line unbulleted over bulleted parts is the whole: the column's total.
    const label = i === 0 && !bulleted && lines.slice(1).every((l) => /^\s*[-–•+*]/.test(l)) ? "Tổng số" : cleanText(m[2]);
    labels.push(label);
    values.push(Number(m[3].replace(/[.,]/g, "")));
  }
  return { labels, values };
}

export function withLinesInCells(grid: Grid): LinesInCells | null {
  const last = Math.min(grid.rows.length, SCAN_ROWS);
  const byCol = new Map<number, Array<{ row: number; parsed: Parsed }>>();
  for (let r = 1; r <= last; r++)
    (grid.rows[r - 1] ?? []).forEach((v, i) => {
      const parsed = parseCell(v);
      if (parsed) byCol.set(i + 1, [...(byCol.get(i + 1) ?? []), { row: r, parsed }]);
    });
  // A column spread is one where two rows or more write the same labels in the same order.
  const spread = [...byCol].filter(([, cells]) => {
    const first = cells[0].parsed.labels.join("|");
    return cells.length >= 2 && cells.filter((c) => c.parsed.labels.join("|") === first).length >= 2;
  });
  if (spread.length === 0) return null;
  const rows = grid.rows.map((row) => [...row]);
  let width = Math.max(...rows.map((row) => row.length));
  const columns: string[] = [];
  for (const [col, cells] of spread) {
    const firstRow = cells[0].row;
    // The heading: the nearest filled cell above the first spread cell, in the same column.
    let headRow = firstRow - 1;
    while (headRow >= 1 && (rows[headRow - 1]?.[col - 1] ?? null) === null) headRow--;
    const heading = headRow >= 1 ? cleanText(String(rows[headRow - 1][col - 1])) : "";
    if (heading === "") continue;
    const labels = cells[0].parsed.labels;
    for (const row of rows) while (row.length < width) row.push(null);
    labels.forEach((label, j) => (rows[headRow - 1][width + j] = `${heading} - ${label}`));
    for (const { row, parsed } of cells)
      parsed.labels.forEach((label, k) => {
        const j = labels.indexOf(label);
        if (j >= 0) rows[row - 1][width + j] = parsed.values[k];
      });
    rows[headRow - 1][col - 1] = null;
    for (const { row } of cells) rows[row - 1][col - 1] = null;
    width += labels.length;
    columns.push(`${heading} (${labels.join(", ")})`);
  }
  if (columns.length === 0) return null;
  return { grid: { ...grid, rows }, columns };
}
