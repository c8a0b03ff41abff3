import { Grid, GridCell } from "./grid";
import { TableLayout } from "./header";

/**
 * Who leads the work and by when, written as lines of the task's own cell where the table has no column for them:
 *
 *   Hướng dẫn tổ chức, cá nhân sử dụng DVC trực tuyến mức độ 3, 4⏎Chủ trì: BP Một cửa⏎Thời hạn: 30/6/2021
 *
 * (a Word table's cell pasted into Excel, or typed so with Alt+Enter). Each labelled line goes to a column added past
 * the sheet's last (marked as a reader's), which the layout names as the field's; the task is the lines left.
 */
type LabelField = "lead" | "partners" | "due";

const LABELS: ReadonlyArray<[LabelField, RegExp]> = [
  ["lead", /^(?:đơn vị |người |cơ quan |bộ phận )?(?:chủ trì|thực hiện|phụ trách)(?: thực hiện)?$/iu],
  ["partners", /^(?:đơn vị |cơ quan )?phối hợp(?: thực hiện)?$/iu],
  ["due", /^(?:thời hạn|thời gian|hạn|thời hạn hoàn thành|thời gian hoàn thành|thời gian thực hiện)$/iu],
];

/** The headings the added columns are given, as Ghi chú names them. */
const HEADINGS: Readonly<Record<LabelField, string>> = {
  lead: "Chủ trì (ghi trong nội dung)",
  partners: "Phối hợp (ghi trong nội dung)",
  due: "Thời hạn (ghi trong nội dung)",
};

// "Chủ trì: CT UBND xã; phối hợp: CC TC-KT", "Chủ trì: BP Một cửa. Thời gian: 30/9/2021": a label opens each part.
const PART = /(?:^|[;.]\s+|\s[-–]\s+)([\p{L} ]{2,30}?)\s*:\s*/gu;

/** The labelled parts of one line, by field; null where the line does not open with a known label. */
function labelledParts(line: string): Partial<Record<LabelField, string>> | null {
  const text = line.replace(/^[-+•*]\s*/u, "").trim();
  const marks = [...text.matchAll(PART)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, label: m[1].trim() }));
  if (marks.length === 0 || marks[0].at !== 0) return null;
  const out: Partial<Record<LabelField, string>> = {};
  for (let i = 0; i < marks.length; i++) {
    const field = LABELS.find(([, re]) => re.test(marks[i].label))?.[0];
    const value = text
      .slice(marks[i].end, i + 1 < marks.length ? marks[i + 1].at : undefined)
      .replace(/[;.]\s*$/u, "")
      .trim();
    // A label of another kind inside ("Ghi chú: …") ends the part before it; the line is only ours where it opens with ours.
    if (field === undefined) {
      if (i === 0) return null;
      continue;
    }
    if (value !== "" && out[field] === undefined) out[field] = value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function withLabelsInContent(
  grid: Grid,
  layout: TableLayout,
  firstRow: number,
  lastRow: number,
): { grid: Grid; layout: TableLayout } | null {
  const content = layout.columns.content;
  if (layout.kind !== "tasks" || content === undefined) return null;
  const missing = (["lead", "partners", "due"] as const).filter((f) => layout.columns[f] === undefined);
  if (!missing.includes("lead") && !missing.includes("due")) return null;
  const width = grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const added = new Map<LabelField, number>(missing.map((f, k) => [f, width + 1 + k]));
  const used = new Set<LabelField>();
  const rows = grid.rows.map((row, i) => {
    const r = i + 1;
    const v = row[content - 1];
    if (r < firstRow || r > lastRow || typeof v !== "string" || !v.includes("\n")) return row;
    const lines = v.split("\n").map((l) => l.trim());
    const kept: string[] = [];
    const found: Partial<Record<LabelField, string>> = {};
    for (const [k, line] of lines.entries()) {
      const parts = k === 0 ? null : labelledParts(line);
      const ours = parts === null ? [] : (Object.keys(parts) as LabelField[]).filter((f) => added.has(f));
      if (parts === null || ours.length === 0) {
        kept.push(line);
        continue;
      }
      for (const f of ours) found[f] ??= parts[f];
    }
    const task = kept.filter((l) => l !== "").join("\n");
    if (Object.keys(found).length === 0 || task === "") return row;
    const out: GridCell[] = [...row];
    while (out.length < width + added.size) out.push(null);
    out[content - 1] = task;
    for (const [f, value] of Object.entries(found) as Array<[LabelField, string]>) {
      out[(added.get(f) as number) - 1] = value;
      used.add(f);
    }
    return out;
  });
  if (used.size === 0) return null;
  const columns = { ...layout.columns };
  const headings = { ...layout.headings };
  for (const f of used) {
    const c = added.get(f) as number;
    columns[f] = c;
    headings[c] = HEADINGS[f];
  }
  return {
    grid: { ...grid, rows, readerColumnsFrom: Math.min(grid.readerColumnsFrom ?? width + 1, width + 1) },
    layout: { ...layout, columns, headings },
  };
}
