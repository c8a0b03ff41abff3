import { looseKey } from "../text/normalize";
import { Grid, GridCell, cellText } from "./grid";

/**
 * Rows whose cells each say what they are, with no header row: "ND: Cập nhật văn bản …" | "TC 1.5" |
 * "CT: VP-TK" | "Hạn: 30/11/2021" | "TT: Hoàn thành 26/11/2021" | "MC: CV 312/UBND". Where two or more
 * columns keep the same label in most of their cells, the labels become the header, written in the
 * empty row above the first such row, and are taken off the cells.
 */
const LABEL = /^([^\d:;,.()]{1,20}?)\s*:\s*(\S[\s\S]*)$/u;
const NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:nd|noi dung|viec|cong viec|nhiem vu)$/, "Nội dung"],
  [/^(?:ct|chu tri|nguoi lam|phu trach)$/, "Chủ trì"],
  [/^(?:ph|phoi hop)$/, "Phối hợp"],
  [/^(?:han|th|thoi han|han hoan thanh)$/, "Thời hạn"],
  [/^(?:tt|tinh trang|trang thai|kq|ket qua|tien do)$/, "Tình trạng"],
  [/^(?:mc|minh chung|van ban)$/, "Minh chứng"],
  [/^(?:tc|tieu chi|ma tc|ma tieu chi)$/, "Tiêu chí"],
  [/^(?:gc|ghi chu)$/, "Ghi chú"],
];
const SCAN = 200;

function headingOf(label: string): string {
  const k = looseKey(label);
  return NAMES.find(([re]) => re.test(k))?.[1] ?? label.trim();
}

export function withLabelledCells(grid: Grid): { grid: Grid; labels: string[] } | null {
  const width = Math.min(
    30,
    grid.rows.slice(0, SCAN).reduce((w, r) => Math.max(w, r.length), 0),
  );
  const labelled = new Map<number, string>();
  let strong = 0;
  // Asked of every sheet: one pass, and only a text with a colon early in it is looked at more.
  const filledIn = new Array<number>(width + 1).fill(0);
  const countsIn = Array.from({ length: width + 1 }, () => new Map<string, number>());
  for (const row of grid.rows.slice(0, SCAN))
    for (let c = 1; c <= Math.min(width, row.length); c++) {
      const v = row[c - 1];
      if (v === null || v === undefined || v === "") continue;
      filledIn[c]++;
      if (typeof v !== "string") continue;
      const colon = v.indexOf(":");
      if (colon < 1 || colon > 24) continue;
      const m = LABEL.exec(v.trim());
      if (m) {
        const k = looseKey(m[1]);
        countsIn[c].set(k, (countsIn[c].get(k) ?? 0) + 1);
      }
    }
  for (let c = 1; c <= width; c++) {
    const counts = countsIn[c];
    const filled = filledIn[c];
    if (counts.size === 0) continue;
    const [label, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (n >= 2 && n >= (filled - 1) * 0.7) {
      labelled.set(c, label);
      if (n >= 3) strong++;
    }
  }
  // Two columns labelled in three rows or more settle it; a column labelled in two rows then joins them.
  if (strong < 2) return null;
  const isData = (row: readonly GridCell[]) =>
    [...labelled].filter(([c, label]) => {
      const m = LABEL.exec(cellText(row[c - 1] ?? null).trim());
      return m !== null && looseKey(m[1]) === label;
    }).length >= 2;
  const first = grid.rows.findIndex(isData);
  // The header goes in the empty row above the first: rows keep their numbers, for Nguồn.
  if (first < 1 || (grid.rows[first - 1] ?? []).some((v) => cellText(v).trim() !== "")) return null;
  const rows = grid.rows.map((r) => [...r]);
  const header: GridCell[] = [];
  const labels: string[] = [];
  for (let c = 1; c <= width; c++) {
    const label = labelled.get(c);
    if (label !== undefined) {
      const original = LABEL.exec(cellText(rows[first][c - 1] ?? null).trim())?.[1] ?? label;
      header[c - 1] = headingOf(original);
      labels.push(`${original.trim()} = ${headingOf(original)}`);
      continue;
    }
    // Unlabelled columns: the row's number, or a criterion written "TC 1.5".
    const values = rows
      .slice(first, first + SCAN)
      .map((r) => cellText(r[c - 1] ?? null).trim())
      .filter((t) => t !== "");
    if (values.length > 0 && values.every((t) => /^\d{1,3}\.?$/.test(t))) header[c - 1] = "STT";
    else if (values.length > 0 && values.every((t) => /^tc\s*[12]\.\d{1,2}$/i.test(t))) header[c - 1] = "Tiêu chí";
    else header[c - 1] = null;
  }
  rows[first - 1] = header;
  for (let i = first; i < rows.length; i++) {
    const row = rows[i];
    if (!isData(grid.rows[i])) continue;
    for (const [c, label] of labelled) {
      const m = LABEL.exec(cellText(row[c - 1] ?? null).trim());
      if (m && looseKey(m[1]) === label) row[c - 1] = m[2].trim();
    }
  }
  return { grid: { ...grid, rows }, labels };
}
