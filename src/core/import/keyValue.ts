import { FactsCache, cellKind } from "./cellFacts";
import { contextPeriod } from "./contextPeriod";
import { Grid, cellText } from "./grid";
import { TableLayout } from "./header";
import { PeriodLabel, periodEnd, yearIn } from "./periods";
import { IsoDate, ymd } from "../dates/isoDate";

const SCAN_ROWS = 60;
const ROW_NUMBER = /^(?:\d{1,2}|[IVX]{1,4}|[a-h])[.)]?$/;
const LABEL_MAX = 100;
const UNIT_MAX = 15;

/** "187", "98,9%", "184/186 = 98,9%", 0.925: a figure, alone in its cell. */
function isFigure(v: unknown, facts: FactsCache): boolean {
  if (typeof v === "number") return true;
  if (typeof v !== "string") return false;
  const f = facts.of(v);
  if (f.date) return false;
  return (
    f.number !== null ||
    /^\s*[\d.,]+\s*\/\s*[\d.,]+(?:\s*(?:=|hồ sơ|hs)\s*[\d.,]*\s*%?)?\s*$/iu.test(v) ||
    // "98,8% (257/260 hồ sơ)": the rate with its counts in brackets.
    /^\s*[\d.,]+\s*%\s*\(\s*[\d.,]+\s*\/\s*[\d.,]+[^)]*\)\s*$/u.test(v)
  );
}

/** A period whose figures stand at a day before its end ("Tháng 11/2021", data to 14/11): that day. */
function standing(label: PeriodLabel, date: IsoDate): PeriodLabel {
  if (label.year === null || date >= periodEnd(label, label.year)) return label;
  const { y, m, d } = ymd(date);
  return { kind: "day", index: m, year: y, day: d };
}

/**
 * A sheet kept as a form, one figure per line ("Tổng hồ sơ tiếp nhận mới:" | 187, "Tỷ lệ đúng hạn:" |
 * "184/186 = 98,9%"), dated by its title or name ("Tháng 10/2021"): read as a table of figures with
 * one period column, so its lines pair up into readings like any table's rows.
 */
export function keyValueLayout(
  grid: Grid,
  facts: FactsCache,
  fallbackYear: number | null,
): { layout: TableLayout; form: boolean; lastLine: number; lines: number[] } | null {
  const lines: Array<{ r: number; label: number; value: number; colon: boolean; stt: number | null }> = [];
  let wide = 0;
  for (let r = 1; r <= Math.min(grid.rows.length, SCAN_ROWS); r++) {
    const all = (grid.rows[r - 1] ?? [])
      .map((v, i) => ({ v, c: i + 1 }))
      .filter((x) => cellKind(x.v as Parameters<typeof cellKind>[0]) !== "empty");
    if (all.length >= 2) wide++;
    // "1 | Tổng số hồ sơ tiếp nhận | 356": the line's number before its label.
    const numbered = all.length >= 3 && ROW_NUMBER.test(cellText(all[0].v as Parameters<typeof cellText>[0]).trim());
    const filled = numbered ? all.slice(1) : all;
    // "- Tổng số văn bản đi:" | 86 | "văn bản": a label, its figure, and perhaps its unit.
    if (filled.length !== 2 && filled.length !== 3) continue;
    const [a, b, unit] = filled;
    if (typeof a.v !== "string" || a.v.length > LABEL_MAX || isFigure(a.v, facts) || !isFigure(b.v, facts)) continue;
    if (unit && (typeof unit.v !== "string" || unit.v.length > UNIT_MAX || isFigure(unit.v, facts))) continue;
    lines.push({ r, label: a.c, value: b.c, colon: /:\s*$/.test(a.v), stt: numbered ? all[0].c : null });
  }
  if (lines.length < 2) return null;
  const label = lines[0].label;
  const value = lines[0].value;
  const same = lines.filter((l) => l.label === label && l.value === value);
  const stt = same.find((l) => l.stt !== null)?.stt ?? null;
  if (same.length < 2 || same[0].r < 2) return null;
  // The header is the blank line above the first figure's block (or the title): a section line
  // right above it ("1. Văn bản điện tử (tiêu chí 1.5)") stays a row, naming its criterion.
  let top = same[0].r - 1;
  while (top > 1 && (grid.rows[top - 1] ?? []).some((v) => cellKind(v as Parameters<typeof cellKind>[0]) !== "empty")) top--;
  let year: number | null = yearIn(grid.sheet);
  for (let r = 1; r <= top && year === null; r++) for (const v of grid.rows[r - 1] ?? []) year ??= yearIn(cellText(v));
  const found = contextPeriod(grid, same[0].r, year ?? fallbackYear);
  // "… NĂM 2021" over "công bố ngày 30/11/2021": the year's figures so far, standing at that day.
  const day = found !== null && !found.label && /^Năm \d{4} \(đến /.test(found.name) ? ymd(found.date) : null;
  const period =
    found !== null && day !== null
      ? { ...found, label: { kind: "day" as const, index: day.m, year: day.y, day: day.d, within: { kind: "year" as const, index: 1 } } }
      : found;
  if (!period?.label) return null;
  // Labels ending in ":" on most lines with figures: a form, whatever a table detector makes of it.
  const colons = same.filter((l) => l.colon).length;
  const form = colons >= 2 && colons >= 0.6 * wide;
  const layout: TableLayout = {
    kind: "readings",
    headerTop: top,
    headerBottom: top,
    headings: { [label]: "Chỉ tiêu", [value]: period.name },
    columns: {},
    across: { periods: { [value]: standing(period.label, period.date) }, skipped: [], label, described: stt !== null ? [stt] : [] },
    signature: `key-value|${period.name}`,
    dateHint: null,
    english: false,
  };
  return { layout, form, lastLine: same[same.length - 1].r, lines: same.map((l) => l.r) };
}
