import { cleanText, looseKey } from "../text/normalize";
import { taskFieldOfLabel } from "./columns";
import { CellRange, Grid, GridCell, cellText } from "./grid";
import { MergeIndex } from "./mergeIndex";
import { parsePeriod } from "./periods";

/**
 * A task table with "Quý III/2021" over "KH (%) | TH (%)", "Quý IV/2021" over the same: the share of each task planned
 * and the share done by each period. Rewritten as the layout the task reader takes its progress across the periods
 * from ("Tiến độ (%)" over each period's TH), the KH columns emptied and their shares said in a column of the reader's,
 * "Kế hoạch (%)". Before, each period was read as a table of its own: every task twice, no share taken.
 */
export interface ShareBands {
  grid: Grid;
  /** The periods, as the sheet names them. */
  periods: string[];
  /** The header row holding "KH (%) | TH (%)". */
  row: number;
}

const SCAN_ROWS = 30;
// "Tiến độ thực hiện (%)" over the periods: what their pairs measure.
const SHARE_BAND = /^tien do\b|%/;
const PLAN_SHARE = /^(?:kh|ke hoach|du kien)(?: %)?$/;
const DONE_SHARE = /^(?:th|thuc hien|da thuc hien|thuc te)(?: %)?$/;

export function withShareBands(grid: Grid): ShareBands | null {
  const merges = new MergeIndex(grid.merges);
  for (let h = 2; h <= Math.min(grid.rows.length, SCAN_ROWS); h++) {
    const row = grid.rows[h - 1] ?? [];
    const key = (c: number) => {
      const v = row[c - 1];
      return typeof v === "string" && v.length <= 20 ? looseKey(v) : "";
    };
    const pairs: Array<{ plan: number; done: number; label: string }> = [];
    for (let c = 1; c < row.length; c++) {
      // (A share's heading: "TH (%)", or "Dự kiến | Thực tế" under "Tiến độ thực hiện (%)"; "KH | TH" alone may hold
      // marks or figures, read by the readers of those.)
      // (The band merged over the periods only: a title or legend across the sheet, "(KH: kế hoạch; …: %)", is none.)
      const over = h > 2 ? merges.at(h - 2, c) : undefined;
      const band = over !== undefined && over.left > 1 && over.right > c ? looseKey(merges.label(grid, h - 2, c)) : "";
      if (!PLAN_SHARE.test(key(c)) || !DONE_SHARE.test(key(c + 1)) || !(key(c + 1).endsWith("%") || SHARE_BAND.test(band))) continue;
      const label = merges.label(grid, h - 1, c);
      if (label === "" || label !== merges.label(grid, h - 1, c + 1) || parsePeriod(label) === null) continue;
      pairs.push({ plan: c, done: c + 1, label: cleanText(label) });
    }
    if (pairs.length < 2) continue;
    // A task table's: someone leads each row ("Chủ trì" beside the periods).
    const heads = [...(grid.rows[h - 3] ?? []), ...(grid.rows[h - 2] ?? []), ...row];
    if (!heads.some((v) => typeof v === "string" && v.length <= 40 && taskFieldOfLabel(v, 2) === "lead")) continue;
    return { grid: rewritten(grid, h, pairs), periods: pairs.map((p) => p.label), row: h };
  }
  return null;
}

function rewritten(grid: Grid, h: number, pairs: ReadonlyArray<{ plan: number; done: number; label: string }>): Grid {
  const width = Math.max(...grid.rows.map((r) => r.length));
  const [first, last] = [pairs[0].plan, pairs[pairs.length - 1].done];
  // "Tiến độ thực hiện (%)" over the periods: the band goes, the one written in its place says it.
  const merges = new MergeIndex(grid.merges);
  const top = h > 2 && merges.label(grid, h - 2, first) !== "" && merges.at(h - 2, first)?.right === last ? h - 2 : h - 1;
  const planCol = width + 1;
  const formats: Record<string, string> = { ...grid.formats };
  const rows = grid.rows.map((cells, i): GridCell[] => {
    const r = i + 1;
    if (r < top) return cells;
    const out = [...cells];
    while (out.length < width) out.push(null);
    if (r >= top && r <= h) {
      for (let c = first; c <= last; c++) out[c - 1] = null;
      if (r === h - 1) out[first - 1] = "Tiến độ (%)";
      else for (const p of pairs) out[p.plan - 1] = p.label;
      out[planCol - 1] = r === top ? "Kế hoạch (%)" : null;
      return out;
    }
    // Each period's share done where its heading now stands; its share planned said beside the row.
    const planned: string[] = [];
    for (const p of pairs) {
      const kh = cleanText(cellText(cells[p.plan - 1] ?? null));
      if (kh !== "") planned.push(`${p.label}: ${kh}`);
      out[p.plan - 1] = cells[p.done - 1] ?? null;
      out[p.done - 1] = null;
      const f = grid.formats[`${r}:${p.done}`];
      if (f !== undefined) formats[`${r}:${p.plan}`] = f;
      else delete formats[`${r}:${p.plan}`];
    }
    out.push(planned.length > 0 && out.some((v, c) => c < width && cellText(v).trim() !== "") ? planned.join("; ") : null);
    return out;
  });
  // The periods' merged headings no longer hold: one band over the shares done, its periods under it.
  const inHeader = (m: CellRange) => m.top <= h && m.bottom >= top && m.right >= first && m.left <= last;
  const bands: CellRange[] = [
    { top: h - 1, left: first, bottom: h - 1, right: last },
    { top, left: planCol, bottom: h, right: planCol },
  ];
  return {
    ...grid,
    rows,
    formats,
    merges: [...grid.merges.filter((m) => !inHeader(m)), ...bands],
    readerColumnsFrom: grid.readerColumnsFrom ?? planCol,
  };
}
