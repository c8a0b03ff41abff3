import { Grid, cellText, isBlank } from "./grid";
import { TableRead } from "./extract";
import { TableLayout, namesMeasure } from "./header";

/**
 * "| Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 | Quý III/2021: 45/300 hồ sơ (15%)" among a task table's numbered rows: a
 * criterion's figure written on a row of its own, no number, lead or day of its own. Its figure is read from the
 * result as a reading; the row is no task (its share would pass for the work's progress). Only rows whose figure was
 * read are taken back: nothing the row says is lost.
 */
export function figureRowsAmongTasks(grid: Grid, layout: TableLayout, got: TableRead): void {
  const stt = layout.columns.stt;
  if (stt === undefined) return;
  const blank = (r: number, c: number | undefined) => c === undefined || isBlank(grid.rows[r - 1]?.[c - 1] ?? null);
  // (Only among tasks that are numbered: a table that numbers none says nothing by a blank number.)
  if (!got.tasks.some((t) => !blank(t.source.row, stt))) return;
  const read = new Set(got.readings.map((r) => r.source.row));
  const figureRows = new Set(
    got.tasks
      .filter(
        (t) =>
          read.has(t.source.row) &&
          blank(t.source.row, stt) &&
          blank(t.source.row, layout.columns.lead) &&
          blank(t.source.row, layout.columns.due) &&
          namesMeasure(t.content) &&
          /\d\s*%/.test(cellText(grid.rows[t.source.row - 1]?.[(layout.columns.result ?? 0) - 1] ?? null)),
      )
      .map((t) => t.source.row),
  );
  if (figureRows.size === 0) return;
  got.tasks.splice(0, got.tasks.length, ...got.tasks.filter((t) => !figureRows.has(t.source.row)));
  // (What was said of it as a task, a state assumed or no evidence, is said of no task.)
  got.problems.splice(0, got.problems.length, ...got.problems.filter((p) => p.row === null || !figureRows.has(p.row)));
}
