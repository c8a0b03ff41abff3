import { Grid, GridCell } from "./grid";

/** A number format split into its sections at ";" outside quotes. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const CONDITION = /\[(=|<>|<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\]/;

function holds(n: number, op: string, v: number): boolean {
  switch (op) {
    case "=":
      return n === v;
    case "<>":
      return n !== v;
    case "<":
      return n < v;
    case ">":
      return n > v;
    case "<=":
      return n <= v;
    default:
      return n >= v;
  }
}

/** The section Excel shows a number with: by its condition ("[=1]"), else by sign. */
function chosen(n: number, fmt: string): string | null {
  const all = sections(fmt);
  if (all.some((s) => CONDITION.test(s))) {
    for (const s of all.slice(0, 3)) {
      const c = CONDITION.exec(s);
      if (c ? holds(n, c[1], Number(c[2])) : true) return s;
    }
    return null;
  }
  if (n > 0 || all.length === 1) return all[0];
  if (n < 0) return all[1] ?? all[0];
  return all[2] ?? all[0];
}

/**
 * The words a number is shown as when its format shows only text: 1 under `[=1]"Hoàn thành";[=2]"Đang
 * thực hiện";"Chưa thực hiện"` reads "Hoàn thành". Null when the format shows the number itself.
 */
export function shownWords(n: number, fmt: string): string | null {
  if (!fmt.includes('"')) return null;
  const s = chosen(n, fmt);
  if (s === null) return null;
  let words = "";
  const rest = s
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, (_, t: string) => {
      words += t;
      return "";
    })
    .replace(/\\(.)/g, (_, c: string) => {
      words += c;
      return "";
    })
    .replace(/[_*]./g, "")
    .trim();
  return rest === "" && words.trim() !== "" ? words.trim() : null;
}

/** Numbers a format shows as words (a status kept as 1/2/3) read as the words, and how many; null when none. */
export function withShownWords(grid: Grid): { grid: Grid; cells: number } | null {
  let cells = 0;
  let rows: GridCell[][] | null = null;
  for (const at in grid.formats) {
    const fmt = grid.formats[at];
    if (!fmt.includes('"')) continue;
    const [r, c] = at.split(":").map(Number);
    const v = grid.rows[r - 1]?.[c - 1];
    if (typeof v !== "number") continue;
    const words = shownWords(v, fmt);
    if (words === null) continue;
    rows ??= grid.rows.slice();
    const row = [...(rows[r - 1] ?? [])];
    row[c - 1] = words;
    rows[r - 1] = row;
    cells++;
  }
  return rows === null ? null : { grid: { ...grid, rows }, cells };
}

/** A share the cell's format shows as a percentage (0.9866 under "0.00%") as a sentence says it, "98,66%"; else null. */
export function percentShown(grid: Grid, r: number, c: number): string | null {
  const v = grid.rows[r - 1]?.[c - 1] ?? null;
  return typeof v === "number" && (grid.formats[`${r}:${c}`] ?? "").includes("%")
    ? `${Math.round(v * 10000) / 100}%`.replace(".", ",")
    : null;
}
