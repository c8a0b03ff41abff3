import { looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { Grid, GridCell, cellText } from "./grid";
import { TableLayout } from "./header";
import { RawTask } from "./records";

/**
 * A print-ready sheet that copies another sheet's tasks ("Báo cáo", "PHỤ LỤC: TIẾN ĐỘ …", "In báo cáo",
 * most often by formulas): the same tasks with fewer of their fields. Read as well, it would count each
 * task twice or, being the later tab, replace the tracking sheet's rows with poorer ones (deadlines lost).
 * It is left out, and named.
 */
const REPORT_NAME = /^(?:phu luc|bao cao|bc|in|ban in|in bao cao|tong hop in|bieu in|bieu bao cao|mau bao cao)\b/;
// Most of a copy's tasks are found in the sheet it copies; a few rows may differ (a task added by hand).
const SHARE_FOUND = 0.9;
const MIN_TASKS = 3;

interface SheetInfo {
  sheet: string;
  layout: TableLayout | null;
}

function reportNamed(grid: Grid | undefined): boolean {
  if (!grid) return false;
  if (REPORT_NAME.test(looseKey(grid.sheet))) return true;
  for (let r = 1; r <= Math.min(grid.rows.length, 3); r++) {
    const first = (grid.rows[r - 1] ?? []).find((v) => v !== null && v !== "");
    if (first !== undefined) return REPORT_NAME.test(looseKey(cellText(first)));
  }
  return false;
}

/** Where a task was read, as `LeftOut.dropped` holds it. */
export function rowKeyOf(sheet: string, row: number | null): string {
  return `${sheet}\u0000${row ?? 0}`;
}

/** The rows left out (by `rowKeyOf`), and the lines saying why. */
export interface LeftOut {
  dropped: Set<string>;
  problems: Problem[];
  /** Sheets left out whole: all that reading them said goes too. */
  sheets?: Set<string>;
}

/**
 * The tasks of a sheet that copies another's, and why they were left out. Only the copied tasks go:
 * a row of the copy found nowhere else (typed into the report by hand) is still read.
 */
export function copiedSheets(tasks: readonly RawTask[], sheets: readonly SheetInfo[], grids: readonly Grid[]): LeftOut {
  // Most workbooks hold their tasks on one sheet: nothing to compare, no key worked out.
  const sheetsWithTasks = new Set(tasks.map((t) => t.source.sheet));
  if (sheetsWithTasks.size < 2) return { dropped: new Set(), problems: [] };
  const bySheet = new Map<string, Set<string>>();
  for (const t of tasks) {
    const keys = bySheet.get(t.source.sheet) ?? new Set<string>();
    keys.add(looseKey(t.content));
    bySheet.set(t.source.sheet, keys);
  }
  const columns = (sheet: string) => sheets.find((s) => s.sheet === sheet)?.layout?.columns ?? {};
  const copies = new Set<string>();
  const dropped = new Set<string>();
  const problems: Problem[] = [];
  for (const [copy, keys] of bySheet) {
    if (keys.size < MIN_TASKS) continue;
    for (const [source, own] of bySheet) {
      if (source === copy || copies.has(source)) continue;
      let found = 0;
      for (const k of keys) if (own.has(k)) found++;
      if (found < keys.size * SHARE_FOUND) continue;
      // One the workbook calls its report, or a copy without the deadlines the other holds: never the next
      // quarter's sheet, which keeps its deadlines (a column more or less is no sign).
      // Two reports both called so ("BC 14.9.2021", "BC 10.12.2021") are one report at two dates, no copy.
      const grid = grids.find((g) => g.sheet === copy);
      const poorer = columns(copy).due === undefined && columns(source).due !== undefined;
      if (!poorer && !(reportNamed(grid) && !reportNamed(grids.find((g) => g.sheet === source)))) continue;
      copies.add(copy);
      for (const t of tasks) if (t.source.sheet === copy && own.has(looseKey(t.content))) dropped.add(rowKeyOf(copy, t.source.row));
      const file = tasks.find((t) => t.source.sheet === copy)?.source.file ?? "";
      const rest = keys.size - found;
      problems.push(
        problem("SHEET_SKIPPED", { file, sheet: copy }, source, {
          vi: `sheet chép lại ${found}/${keys.size} nhiệm vụ của sheet "${source}" (bản in, báo cáo): các nhiệm vụ chép lại không đọc để khỏi đếm hai lần, lấy theo sheet "${source}"${rest > 0 ? `; ${rest} nhiệm vụ chỉ có ở sheet này vẫn được đọc` : ""}.`,
          en: `the sheet copies ${found} of its ${keys.size} tasks from sheet "${source}" (a print or report copy): those are not read, so nothing is counted twice; sheet "${source}" is used${rest > 0 ? `; ${rest} found only here are still read` : ""}.`,
        }),
      );
      break;
    }
  }
  return { dropped, problems };
}

// "BIÊN BẢN HỌP GIAO BAN …": a meeting's record, its assignments in sentences.
// (A notice of conclusions, "THÔNG BÁO KẾT LUẬN", is itself the work given: read.)
const MINUTES_TITLE = /^(?:bien ban (?:hop|cuoc hop|giao ban)|ket luan (?:cuoc hop|hop|giao ban))\b/;

/**
 * A meeting's minutes beside a sheet that tracks the work given at it ("Việc được giao"): the minutes'
 * sentences are where the work came from, tracked on that sheet; read as tasks too, each would count
 * twice in other words. Left out, and named. Minutes alone in a workbook are still read.
 */
export function minutesSheets(tasks: readonly RawTask[], grids: readonly Grid[]): LeftOut {
  const count = new Map<string, number>();
  for (const t of tasks) count.set(t.source.sheet, (count.get(t.source.sheet) ?? 0) + 1);
  const left = new Set<string>();
  const dropped = new Set<string>();
  const problems: Problem[] = [];
  if (count.size < 2) return { dropped, problems };
  for (const g of grids) {
    if (!count.has(g.sheet)) continue;
    const first = firstValue(g);
    if (first === undefined || !MINUTES_TITLE.test(looseKey(cellText(first)))) continue;
    // Minutes written as lines; a table of the meeting's conclusions (who, by when) is a tracker of its own.
    if (g.rows.some((row) => row.filter((v) => v !== null && v !== "").length >= 3)) continue;
    const tracker = [...count].find(([sheet, n]) => sheet !== g.sheet && n >= 3 && !left.has(sheet))?.[0];
    if (tracker === undefined) continue;
    left.add(g.sheet);
    for (const t of tasks) if (t.source.sheet === g.sheet) dropped.add(rowKeyOf(g.sheet, t.source.row));
    problems.push(
      problem("SHEET_SKIPPED", { file: g.file, sheet: g.sheet }, tracker, {
        vi: `sheet là biên bản họp: việc giao trong biên bản được theo dõi ở sheet "${tracker}"; các câu của biên bản không đọc thành nhiệm vụ để khỏi đếm hai lần. Việc nào chưa có ở sheet đó, hãy thêm vào.`,
        en: `the sheet is a meeting's minutes: the work given at it is tracked on sheet "${tracker}"; its sentences are not read as tasks, so nothing is counted twice. Add any that sheet lacks.`,
      }),
    );
  }
  return { dropped, problems };
}

/** The sheet's first value (its title, most often), looked for row by row. */
function firstValue(grid: Grid): GridCell | undefined {
  for (const row of grid.rows) for (const v of row) if (v !== null && v !== "") return v;
  return undefined;
}
