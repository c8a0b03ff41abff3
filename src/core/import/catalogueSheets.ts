import { looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { LeftOut, rowKeyOf } from "./copySheets";
import { Grid, cellText, isBlank } from "./grid";
import { RawTask } from "./records";

// "Danh mục lĩnh vực TTHC cấp xã", "DANH SÁCH CÁC LĨNH VỰC": a list of names kept for reference ("Danh mục nhiệm vụ"
// is a list of work, never one).
const CATALOGUE_TITLE =
  /^(?:danh muc|danh sach (?:cac )?(?:linh vuc|thu tuc|don vi|thon|ap|xom)|bang ma)\b(?!.*\b(?:nhiem vu|cong viec|viec|ke hoach)\b)/;

/**
 * A catalogue ("Danh mục lĩnh vực TTHC cấp xã" over "1 | Hộ tịch", "2 | Chứng thực" …): names the workbook's other
 * tables use, read as tasks with nothing of a task's own (no lead, deadline, state or progress). Left out, named once.
 */
export function catalogueSheets(tasks: readonly RawTask[], grids: readonly Grid[]): LeftOut {
  const dropped = new Set<string>();
  const problems: Problem[] = [];
  for (const grid of grids) {
    const title = grid.rows.slice(0, 3).flatMap((row) => row.filter((v) => typeof v === "string" && !isBlank(v)).map((v) => cellText(v)));
    if (!title.some((t) => CATALOGUE_TITLE.test(looseKey(t)))) continue;
    const list = tasks.filter((t) => t.source.sheet === grid.sheet);
    // Only names: short, and nothing a task writes beside them.
    const bare = (t: RawTask) =>
      t.content.length <= 60 && t.lead.trim() === "" && t.due === null && t.dueText === null && t.status === null && t.progress === null;
    if (list.length === 0 || !list.every(bare)) continue;
    for (const t of list) dropped.add(rowKeyOf(grid.sheet, t.source.row));
    problems.push(
      problem("SHEET_SKIPPED", { file: grid.file, sheet: grid.sheet }, "", {
        vi: `sheet "${grid.sheet}" là danh mục ("${title.find((t) => CATALOGUE_TITLE.test(looseKey(t)))}"): danh sách tên để tra cứu, không phải nhiệm vụ; không đọc.`,
        en: `the sheet "${grid.sheet}" is a catalogue: names kept for reference, not tasks; not read.`,
      }),
    );
  }
  return { dropped, problems };
}
