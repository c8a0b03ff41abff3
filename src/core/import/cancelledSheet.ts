import { formatViDate } from "../dates/isoDate";
import { cleanText } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { LeftOut, rowKeyOf } from "./copySheets";
import { Grid, cellText } from "./grid";
import { RawTask } from "./records";

// "Hủy - tạm dừng", "Việc đã hủy", "NV dừng thực hiện": a sheet (or its title) listing work no longer to do.
// Matched as written, marks and all ("Tâm Dũng", a person's sheet, is no "tạm dừng").
const CANCELLED_NAME =
  /^(?:(?:các\s+)?(?:nhiệm vụ|nv|việc|công việc)\s+(?:đã\s+|bị\s+)?)?(?:hủy|huỷ|tạm\s+dừng|dừng\s+thực hiện|ngừng\s+thực hiện|không\s+thực hiện)(?!\p{L})/iu;

/** The sheet's name or a title line above its first rows, where either says its tasks were cancelled or stopped. */
function cancelledTitle(grid: Grid): string | null {
  if (CANCELLED_NAME.test(cleanText(grid.sheet))) return grid.sheet;
  for (const row of grid.rows.slice(0, 3)) {
    const texts = (row ?? []).map((v) => cellText(v ?? null).trim()).filter((t) => t !== "");
    if (texts.length === 1 && texts[0].length <= 120 && CANCELLED_NAME.test(cleanText(texts[0]))) return texts[0];
  }
  return null;
}

/**
 * A sheet of cancelled or stopped tasks ("CÁC NHIỆM VỤ HỦY / TẠM DỪNG"): its tasks are no work to do.
 * Each is named (TASK_CANCELLED) with what it said, never counted as done, due or overdue.
 */
export function cancelledSheets(tasks: readonly RawTask[], grids: readonly Grid[]): LeftOut {
  const dropped = new Set<string>();
  const problems: Problem[] = [];
  // Worked out once per sheet; most workbooks have none, and their tasks are passed over at once.
  const titles = new Map<string, string>();
  for (const g of grids) {
    const title = cancelledTitle(g);
    if (title !== null) titles.set(g.sheet, title);
  }
  if (titles.size === 0) return { dropped, problems };
  for (const t of tasks) {
    const { sheet, row, file } = t.source;
    const title = titles.get(sheet);
    if (!title) continue;
    dropped.add(rowKeyOf(sheet, row));
    const due = t.due !== null ? formatViDate(t.due) : t.dueText;
    problems.push(
      problem("TASK_CANCELLED", { file, sheet, row }, t.content.slice(0, 120), {
        vi: `"${t.content}"${due ? ` (hạn ${due})` : ""} ở sheet "${sheet}" ("${title}"): việc đã hủy hoặc dừng, không đưa vào Nhiệm vụ.`,
        en: `"${t.content}" is on sheet "${sheet}" ("${title}"): cancelled or stopped work, not put among the tasks.`,
      }),
    );
  }
  return { dropped, problems };
}
