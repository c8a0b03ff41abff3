import { Grid, GridCell } from "../../src/core/import/grid";

/** A cell as a comparable string: "∅" for blank. */
const show = (v: GridCell | undefined): string => (v === undefined || v === null ? "∅" : JSON.stringify(v));

/**
 * Every difference between two readings of one workbook, one line each: "Sheet!R3C2: 1 / 2" for a
 * cell, "Sheet: hiddenRows …" for a sheet's property, "sheets …" for the list of sheets.
 */
export function gridDifferences(a: readonly Grid[], b: readonly Grid[]): string[] {
  const out: string[] = [];
  const names = (g: readonly Grid[]) => g.map((x) => x.sheet).join(", ");
  if (names(a) !== names(b)) out.push(`sheets [${names(a)}] / [${names(b)}]`);
  for (const x of a) {
    const y = b.find((g) => g.sheet === x.sheet);
    if (!y) continue;
    const rows = Math.max(x.rows.length, y.rows.length);
    for (let r = 0; r < rows; r++) {
      const ra = x.rows[r] ?? [];
      const rb = y.rows[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
        const p = show(ra[c]);
        const q = show(rb[c]);
        if (p !== q) out.push(`${x.sheet}!R${r + 1}C${c + 1}: ${p} / ${q}`);
      }
    }
    for (const k of ["hidden", "hiddenRows", "hiddenCols", "notRead"] as const) {
      const p = JSON.stringify(x[k] ?? null);
      const q = JSON.stringify(y[k] ?? null);
      if (p !== q) out.push(`${x.sheet}: ${k} ${p} / ${q}`);
    }
    const merges = (g: Grid) => JSON.stringify([...g.merges].sort((m, n) => m.top - n.top || m.left - n.left));
    if (merges(x) !== merges(y)) out.push(`${x.sheet}: merges ${x.merges.length} / ${y.merges.length}`);
    // A blank cell's format shows nothing; where one reader has a value and the other none, the
    // value's line says it: formats are compared where both hold a value.
    const filled = (g: Grid, key: string) => {
      const [r, c] = key.split(":").map(Number);
      const v = g.rows[r - 1]?.[c - 1];
      return v !== undefined && v !== null && v !== "";
    };
    for (const key of new Set([...Object.keys(x.formats), ...Object.keys(y.formats)])) {
      if (!filled(x, key) || !filled(y, key)) continue;
      if (x.formats[key] !== y.formats[key])
        out.push(`${x.sheet}@${key}: format ${JSON.stringify(x.formats[key])} / ${JSON.stringify(y.formats[key])}`);
    }
  }
  return out;
}
