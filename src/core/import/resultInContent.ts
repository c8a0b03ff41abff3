import { Grid, GridCell } from "./grid";
import { TableLayout } from "./header";

/**
 * The task and what came of it written in one cell, as a report's "Nhiệm vụ và kết quả thực hiện" column holds them:
 *
 *   Tổ chức giải quyết hồ sơ TTHC đúng hạn.⏎Kết quả: 9 tháng tiếp nhận 412 hồ sơ, giải quyết đúng hạn 409 hồ sơ (đạt 99,27%).
 *
 * Where the table has no result column of its own, the words after "Kết quả:" are the row's result (its state, its
 * day done, its criterion's figures), read as a result column's would be; the task is the words before them.
 */
// ("Niêm yết công khai TTHC …⏎=> Đã niêm yết 128 TTHC; HT ngày 15/7/2021": an arrow opening the cell's next line
// says what came of the work, labelled or not.)
const RESULT_LABEL =
  /(?:\n|[.;:]\s+|\s[-–]\s+|\s(?:=>|->|→)\s*|\s\(\s*)(?:kết quả|ket qua|kq)(?:\s+(?:thực hiện|thuc hien|đạt được|dat duoc|triển khai|trien khai))?\s*:\s*|\n\s*(?:=>|->|→|⇒)\s*/iu;

/** The heading the result column added for such a table is given. */
export const RESULT_IN_CONTENT_HEADING = "Kết quả (ghi trong nội dung)";

/** A cell's task and result, where it holds both; null where it holds no labelled result after words of a task. */
export function splitResult(text: string): { task: string; result: string } | null {
  const m = RESULT_LABEL.exec(text);
  if (!m || m.index === undefined) return null;
  const task = text
    .slice(0, m.index)
    .replace(/[\s\-–=>→]+$/u, "")
    .trim();
  let result = text.slice(m.index + m[0].length).trim();
  // "(Kết quả: …)": the bracket closed at the end is no part of the result.
  if (m[0].includes("(")) result = result.replace(/\)\s*\.?$/u, "").trim();
  // A task of a word or two is a label, not work ("Năm 2021. Kết quả: …").
  if (task.split(/\s+/).length < 3 || result === "") return null;
  return { task: /[.;:]$/.test(task) ? task.slice(0, -1).trim() : task, result };
}

/**
 * The table's rows with each such cell split: the task left in its cell, the result in a column added past the
 * sheet's last (marked as a reader's), which the layout names as the result column. Null where no row splits, or
 * the table already has a result column, or reads no tasks.
 */
export function withResultsInContent(
  grid: Grid,
  layout: TableLayout,
  firstRow: number,
  lastRow: number,
): { grid: Grid; layout: TableLayout } | null {
  const content = layout.columns.content;
  if (layout.kind !== "tasks" || content === undefined || layout.columns.result !== undefined) return null;
  const width = grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const added = width + 1;
  let split = 0;
  const rows = grid.rows.map((row, i) => {
    const r = i + 1;
    const v = row[content - 1];
    if (r < firstRow || r > lastRow || typeof v !== "string") return row;
    const parts = splitResult(v);
    if (parts === null) return row;
    split++;
    const out: GridCell[] = [...row];
    while (out.length < added) out.push(null);
    out[content - 1] = parts.task;
    out[added - 1] = parts.result;
    return out;
  });
  if (split === 0) return null;
  return {
    grid: { ...grid, rows, readerColumnsFrom: Math.min(grid.readerColumnsFrom ?? added, added) },
    layout: {
      ...layout,
      columns: { ...layout.columns, result: added },
      headings: { ...layout.headings, [added]: RESULT_IN_CONTENT_HEADING },
    },
  };
}
