import { FactsCache, cellKind } from "./cellFacts";
import { contextPeriod } from "./contextPeriod";
import { Grid, cellText } from "./grid";
import { TableLayout } from "./header";
import { yearIn } from "./periods";

const SCAN_ROWS = 60;
const LABEL_MAX = 100;

/** "187", "98,9%", "184/186 = 98,9%", 0.925: a figure, alone in its cell. */
function isFigure(v: unknown, facts: FactsCache): boolean {
  if (typeof v === "number") return true;
  if (typeof v !== "string") return false;
  const f = facts.of(v);
  if (f.date) return false;
  return f.number !== null || /^\s*[\d.,]+\s*\/\s*[\d.,]+(?:\s*(?:=|hồ sơ|hs)\s*[\d.,]*\s*%?)?\s*$/iu.test(v);
}

/**
 * A sheet kept as a form, one figure per line ("Tổng hồ sơ tiếp nhận mới:" | 187, "Tỷ lệ đúng hạn:" |
 * "184/186 = 98,9%"), dated by its title or name ("Tháng 10/2021"): read as a table of figures with
 * one period column, so its lines pair up into readings like any table's rows.
 */
export function keyValueLayout(grid: Grid, facts: FactsCache, fallbackYear: number | null): TableLayout | null {
  const lines: Array<{ r: number; label: number; value: number }> = [];
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const filled = (grid.rows[r - 1] ?? [])
      .map((v, i) => ({ v, c: i + 1 }))
      .filter((x) => cellKind(x.v as Parameters<typeof cellKind>[0]) !== "empty");
    if (filled.length !== 2) continue;
    const [a, b] = filled;
    if (typeof a.v !== "string" || a.v.length > LABEL_MAX || isFigure(a.v, facts) || !isFigure(b.v, facts)) continue;
    lines.push({ r, label: a.c, value: b.c });
  }
  if (lines.length < 2) return null;
  const label = lines[0].label;
  const value = lines[0].value;
  const same = lines.filter((l) => l.label === label && l.value === value);
  if (same.length < 2 || same[0].r < 2) return null;
  const top = same[0].r - 1;
  let year: number | null = yearIn(grid.sheet);
  for (let r = 1; r <= top && year === null; r++) for (const v of grid.rows[r - 1] ?? []) year ??= yearIn(cellText(v));
  const period = contextPeriod(grid, same[0].r, year ?? fallbackYear);
  if (!period?.label) return null;
  return {
    kind: "readings",
    headerTop: top,
    headerBottom: top,
    headings: { [label]: "Chỉ tiêu", [value]: period.name },
    columns: {},
    across: { periods: { [value]: period.label }, skipped: [], label, described: [] },
    signature: `key-value|${period.name}`,
    dateHint: null,
    english: false,
  };
}
