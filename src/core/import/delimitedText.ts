import { Grid, GridCell } from "./grid";

/**
 * A CSV export opened or pasted into Excel without "Text to Columns" leaves each line whole in
 * column A ("1;Hộ tịch;3;12;86"). Where most of a sheet's lines sit alone in column A and split on
 * the same separator into the same number of fields, the sheet is read as the table it was.
 */
export type Separator = ";" | "\t" | "," | "|";

const SEPARATORS: readonly Separator[] = [";", "\t", "|", ","];
/** Lines looked at before deciding: an export's shape shows in its first rows. */
const SAMPLE = 60;
// Whole numbers, "1.419" and "3,5" as Vietnamese write them. "1.1" stays text: it is a criterion's code as often as a number.
const NUMBER = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/** Fields of one line, with "…" quoting as CSV writers do ("a;""b"";c"). */
export function splitLine(line: string, sep: Separator): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === sep) {
      out.push(field.trim());
      field = "";
    } else field += ch;
  }
  out.push(field.trim());
  return out;
}

// A line of a report opening with its mark and words: "a) Cập nhật …", "2. Rà soát …", "(3) Ký số …", "- Niêm yết …".
const MARKED_LINE = /^\s*(?:\d{1,2}\s*[.)]|[a-hđ]\s*\)|\(\d{1,2}\)|[-–•+*])\s*\p{L}[^;,]{10,}/u;

/** A field as a cell: empty is no value, a plain number ("86", "1.419", "3,5") a number, the rest text. */
function fieldCell(field: string): GridCell {
  if (field === "") return null;
  if (!NUMBER.test(field) || /^0\d/.test(field)) return field;
  const n = Number(field.replace(/\./g, "").replace(",", "."));
  return Number.isFinite(n) ? n : field;
}

/** The separator most lines split on into the same number of fields (at least three), or null. */
function separatorOf(lines: readonly string[]): Separator | null {
  for (const sep of SEPARATORS) {
    const counts = new Map<number, number>();
    for (const l of lines) {
      const n = splitLine(l, sep).length;
      if (n >= 3) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const [, most] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    // Commas also sit inside Vietnamese text ("tiếp nhận trực tiếp, bưu chính"): asked of more lines.
    if (most >= 3 && most >= lines.length * (sep === "," ? 0.8 : 0.6)) return sep;
  }
  return null;
}

/** The sheet with each line split into its columns, or null when it is not such an export. */
export function splitDelimitedSheet(grid: Grid): { grid: Grid; separator: Separator; lines: number } | null {
  const lines: string[] = [];
  let others = 0;
  for (const row of grid.rows) {
    const filled = row.filter((v) => v !== null && v !== "");
    if (filled.length === 0) continue;
    if (filled.length === 1 && typeof row[0] === "string") lines.push(row[0]);
    else others++;
    if (lines.length + others >= SAMPLE) break;
  }
  if (lines.length < 3 || others > lines.length * 0.1) return null;
  const separator = separatorOf(lines);
  if (separator === null) return null;
  // "a) Cập nhật TTHC …; BP Một cửa chủ trì; hạn 30/9/2021; đang làm": a report's lettered or numbered lines, their fields
  // after semicolons, no export.
  const marked = lines.filter((l) => splitLine(l, separator).length >= 3 && MARKED_LINE.test(l)).length;
  if (marked * 2 > lines.filter((l) => splitLine(l, separator).length >= 3).length) return null;
  let split = 0;
  const rows = grid.rows.map((row) => {
    if (row.length === 0 || typeof row[0] !== "string" || row.slice(1).some((v) => v !== null && v !== "")) return row;
    const fields = splitLine(row[0], separator);
    if (fields.length < 2) return row;
    split++;
    const cells = fields.map(fieldCell);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  // Column A's formats and merges no longer describe the split cells.
  return { grid: { ...grid, rows, formats: {}, merges: [] }, separator, lines: split };
}
