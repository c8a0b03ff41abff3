import { findOfficials, officeOfPerson } from "../plan/officials";
import { cleanText } from "../text/normalize";
import { Grid, GridCell, cellAt, cellText, isBlank } from "./grid";
import { BlockView } from "./periodBlocks";
import { matrixCell } from "./taskMatrix";

/**
 * A column per official ("Đ/c Hoa (VP-TK) | Đ/c Nam (VH-XH) | BP Một cửa" over "Việc 1", "Việc 2" down the rows), each
 * cell one task as the official wrote it: "Rà soát … (TC 1.3) – hạn 30/9 – xong 28/9". Each official's column is read
 * as a table of its own (a view keeping the sheet's rows): Chủ trì | Nội dung | Thời hạn | Kết quả thực hiện.
 */
const SCAN_ROWS = 30;
const HEADINGS = ["Chủ trì", "Nội dung", "Thời hạn", "Kết quả thực hiện"];
const DUE_PART = /^(?:thời hạn|hạn|han|thoi han)\s*:?\s*(.+)$/iu;

const words = (v: GridCell) =>
  cleanText(cellText(v))
    .split(/\s+/)
    .filter((w) => w !== "").length;

/** The official a heading names: "Đ/c Hoa (VP-TK)", "BP Một cửa", "CC Văn hóa - Xã hội". */
function officialOf(v: GridCell): string | null {
  const t = typeof v === "string" ? cleanText(v) : "";
  if (t === "" || t.length > 40) return null;
  return findOfficials(t, "xã").length > 0 || officeOfPerson(t, "xã") !== null ? t : null;
}

/** "Rà soát … – hạn 30/9 – xong 28/9": the work, its deadline and how it stands, each between dashes (else by lines). */
function taskCell(text: string): { content: string; due: string; state: string } {
  const parts = text
    .split(/\s+[–—-]\s+/u)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2) return matrixCell(text);
  const due = parts.slice(1).find((p) => DUE_PART.test(p));
  const state = parts.slice(1).filter((p) => p !== due);
  return { content: parts[0], due: due === undefined ? "" : (DUE_PART.exec(due)?.[1] ?? "").trim(), state: state.join("; ") };
}

export function officialColumns(grid: Grid): { views: BlockView[]; officials: string[]; row: number } | null {
  for (let h = 1; h <= Math.min(grid.rows.length, SCAN_ROWS); h++) {
    const row = grid.rows[h - 1] ?? [];
    // (Asked of a sheet's first rows: only a row whose short words stand over tasks of several words in two columns
    // at least, on the row under it or the next, is looked at for officials.)
    const shortCells = row.flatMap((v, i) => (typeof v === "string" && v.length <= 40 ? [i + 1] : []));
    const worded = (r: number) => shortCells.filter((c) => words(cellAt(grid, r, c)) >= 4).length >= 2;
    if (shortCells.length < 2 || !(worded(h + 1) || worded(h + 2))) continue;
    const cols = shortCells.filter((c) => officialOf(row[c - 1] ?? null) !== null);
    // Two officials at least, nothing else on the row but a label in its first cell.
    if (cols.length < 2 || row.filter((v) => !isBlank(v ?? null)).length > cols.length + 1) continue;
    // Under them, tasks of several words, never an official's name alone (a table's Chủ trì | Phối hợp holds those).
    const data: number[] = [];
    let short = 0;
    for (let r = h + 1; r <= grid.rows.length; r++) {
      const filled = cols.filter((c) => !isBlank(cellAt(grid, r, c)));
      if (filled.length === 0) continue;
      if (filled.some((c) => words(cellAt(grid, r, c)) >= 4)) data.push(r);
      short += filled.filter((c) => words(cellAt(grid, r, c)) < 4 || officialOf(cellAt(grid, r, c)) !== null).length;
    }
    const long = data.reduce((n, r) => n + cols.filter((c) => words(cellAt(grid, r, c)) >= 4).length, 0);
    if (data.length < 2 || long < 3 || short * 3 > long) continue;
    const isData = new Set(data);
    const last = Math.max(...data);
    const views = cols.map((k, i): BlockView => {
      const who = cleanText(cellText(cellAt(grid, h, k)));
      const rows: GridCell[][] = grid.rows.map((orig, j) => {
        const r = j + 1;
        if (r < h) return orig.filter((v) => !isBlank(v)).length === 1 ? orig : [];
        if (r === h) return [...HEADINGS];
        if (!isData.has(r)) return i === 0 && r > last ? orig : [];
        const v = cellAt(grid, r, k);
        if (isBlank(v)) return [];
        const cell = taskCell(cellText(v));
        return [who, cell.content, cell.due || null, cell.state || null];
      });
      return {
        grid: { ...grid, rows, merges: [], formats: {} },
        empty: !data.some((r) => !isBlank(cellAt(grid, r, k))),
        manyPerRow: true,
        cells: [[h, k]],
        source: (r: number, c: number): [number, number] | null => {
          if (r < h) return i === 0 ? [r, c] : null;
          if (r === h) return c === 1 ? [h, k] : null;
          if (!isData.has(r)) return i === 0 ? [r, c] : null;
          return c === 1 ? [h, k] : [r, k];
        },
      };
    });
    return { views, officials: cols.map((c) => cleanText(cellText(cellAt(grid, h, c)))), row: h };
  }
  return null;
}
