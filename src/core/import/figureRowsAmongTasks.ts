import { looseKey } from "../text/normalize";
import { problem } from "../validate/problems";
import { Grid, cellText, isBlank } from "./grid";
import { SUB_MARK, TableRead } from "./extract";
import { TableLayout, labelsResult, marksResult, namesCriterionMeasure, namesMeasure } from "./header";

// "Chưa có số liệu", "Chưa tổng hợp": a result not in yet.
const NO_FIGURE_YET = /^(?:chua co (?:so lieu|ket qua)|chua tong hop|chua khao sat)\b/;

/**
 * "| Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 | Quý III/2021: 45/300 hồ sơ (15%)" among a task table's numbered rows: a
 * criterion's figure written on a row of its own, nothing but its words and its result (no number, lead, day or note).
 * "1 | Tiêu chí 1.2 - Hồ sơ giải quyết đúng hạn | 100% | 98,9% | CC VP-TK | | | lũy kế 11 tháng" over "- | Gửi thư
 * xin lỗi … | Đang thực hiện": a criterion heading its tasks with its figure, no day or state of its own; its lead,
 * target and note are said with the reading. "| Kết quả: số CBCC đạt chuẩn | | 18/22 | 81,8%" under a section's tasks: the result its
 * criterion reached, labelled so.
 * Its figure is read from the result as a reading; the row is no task (its share would pass for the work's progress).
 * Only rows whose figure was read are taken back: nothing the row says is lost.
 */
export function figureRowsAmongTasks(grid: Grid, layout: TableLayout, got: TableRead): void {
  const { stt, content, result, due, status } = layout.columns;
  const at = (r: number, c: number) => grid.rows[r - 1]?.[c - 1] ?? null;
  const blank = (r: number, c: number | undefined) => c === undefined || isBlank(at(r, c));
  const read = new Set(got.readings.map((r) => r.source.row));
  // "| Kết quả: số CBCC đạt chuẩn | | | 18/22 | 81,8%": a row labelled as its section's result, no one to lead
  // it and no day, its figure read.
  const resultRow = (r: number, words: string) =>
    read.has(r) && blank(r, layout.columns.lead) && blank(r, due) && (labelsResult(words) || marksResult(cellText(at(r, stt ?? 0))));
  // (Else only among tasks that are numbered: a table that numbers none says nothing by a blank number.)
  const numbered = stt !== undefined && got.tasks.some((t) => !blank(t.source.row, stt));
  // (Nothing else written on the row, a note or a state, that the reading would not carry.)
  const onlyWorkAndResult = (r: number) =>
    (grid.rows[r - 1] ?? []).every((v, i) => i + 1 === content || i + 1 === result || isBlank(v ?? null));
  const headsParts = (r: number) =>
    blank(r, due) &&
    blank(r, status) &&
    !SUB_MARK.test(cellText(at(r, stt ?? 0)).trim()) &&
    SUB_MARK.test(cellText(at(r + 1, stt ?? 0)).trim()) &&
    got.tasks.some((t) => t.source.row === r + 1);
  // "| Kết quả khảo sát | | Chưa có số liệu": a section's result not in yet, no work; named, never a task.
  const noFigureYet = (r: number, words: string) =>
    !read.has(r) &&
    blank(r, layout.columns.lead) &&
    blank(r, due) &&
    labelsResult(words) &&
    (grid.rows[r - 1] ?? []).some((v, i) => i + 1 !== content && NO_FIGURE_YET.test(looseKey(cellText(v))));
  const notYet = got.tasks.filter((t) => noFigureYet(t.source.row, t.content));
  for (const t of notYet)
    got.problems.push(
      problem("ROW_SKIPPED", { file: grid.file, sheet: grid.sheet, row: t.source.row }, t.content, {
        vi: `dòng "${t.content}" ghi chưa có số liệu: không phải nhiệm vụ, không có số liệu để đọc.`,
        en: `the row "${t.content}" says there are no figures yet: no task, no figure to read.`,
      }),
    );
  const figureRows = new Set(
    got.tasks
      .filter((t) => {
        const r = t.source.row;
        if (resultRow(r, t.content) || notYet.includes(t)) return true;
        if (!numbered || !read.has(r) || !/\d\s*%/.test(cellText(at(r, result ?? 0)))) return false;
        return (onlyWorkAndResult(r) && namesMeasure(t.content)) || (headsParts(r) && namesCriterionMeasure(t.content));
      })
      .map((t) => t.source.row),
  );
  if (figureRows.size === 0) return;
  // The row's other words (its lead, its target, its note), said with its reading.
  for (const reading of got.readings) {
    const r = reading.source.row;
    if (!figureRows.has(r)) continue;
    const said = wordsBeside(grid, layout, r, [stt, content, result, reading.source.columns.value]);
    // (The row is no task's: its figure is said as the table's.)
    const own = reading.note.replace("trong kết quả của nhiệm vụ", "trong bảng nhiệm vụ");
    reading.note = [own, ...said].filter((x) => x !== "").join("; ");
  }
  // (What Kiểm tra says of the row stays: said of its reading, or of its words, it is never dropped with the task.)
  got.tasks.splice(0, got.tasks.length, ...got.tasks.filter((t) => !figureRows.has(t.source.row)));
}

/** A row's other cells, each under its heading ("Chủ trì: BP Một cửa"): what a row read as a figure says besides it. */
export function wordsBeside(grid: Grid, layout: TableLayout, r: number, skip: ReadonlyArray<number | undefined>): string[] {
  return (grid.rows[r - 1] ?? [])
    .map((v, i) => ({ c: i + 1, v }))
    .filter(({ c, v }) => !skip.includes(c) && !isBlank(v ?? null))
    .map(({ c, v }) => `${layout.headings[c] ?? `Cột ${c}`}: ${cellText(v ?? null).trim()}`);
}
