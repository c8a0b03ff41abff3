import { Grid, cellText, isBlank } from "./grid";
import { TableRead } from "./extract";
import { TableLayout, namesMeasure } from "./header";

/**
 * "| Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 | Quý III/2021: 45/300 hồ sơ (15%)" among a task table's numbered rows: a
 * criterion's figure written on a row of its own, nothing but its words and its result (no number, lead, day or note).
 * Its figure is read from the result as a reading; the row is no task (its share would pass for the work's progress).
 * Only rows whose figure was read are taken back: nothing the row says is lost.
 */
export function figureRowsAmongTasks(grid: Grid, layout: TableLayout, got: TableRead): void {
  const stt = layout.columns.stt;
  if (stt === undefined) return;
  const blank = (r: number, c: number | undefined) => c === undefined || isBlank(grid.rows[r - 1]?.[c - 1] ?? null);
  // (Only among tasks that are numbered: a table that numbers none says nothing by a blank number.)
  if (!got.tasks.some((t) => !blank(t.source.row, stt))) return;
  const read = new Set(got.readings.map((r) => r.source.row));
  // (Nothing else written on the row, a note or a state, that the reading would not carry.)
  const onlyWorkAndResult = (r: number) =>
    (grid.rows[r - 1] ?? []).every((v, i) => i + 1 === layout.columns.content || i + 1 === layout.columns.result || isBlank(v ?? null));
  const figureRows = new Set(
    got.tasks
      .filter(
        (t) =>
          read.has(t.source.row) &&
          onlyWorkAndResult(t.source.row) &&
          namesMeasure(t.content) &&
          /\d\s*%/.test(cellText(grid.rows[t.source.row - 1]?.[(layout.columns.result ?? 0) - 1] ?? null)),
      )
      .map((t) => t.source.row),
  );
  if (figureRows.size === 0) return;
  // (What Kiểm tra says of the row stays: said of its reading, or of its words, it is never dropped with the task.)
  got.tasks.splice(0, got.tasks.length, ...got.tasks.filter((t) => !figureRows.has(t.source.row)));
}
