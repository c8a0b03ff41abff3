import { looseKey } from "../text/normalize";
import { Problem, problem } from "../validate/problems";
import { LeftOut, rowKeyOf } from "./copySheets";
import { Grid } from "./grid";
import { RawTask } from "./records";

/** "(sheet KH2021)", "sheet Tổng hợp": a line pointing at another sheet. */
const SHEET_WORD = /(?:^|\s)sheet(?:\s|$)/;

/**
 * A cover's list of what the workbook holds ("1. Kế hoạch CCHC năm 2021 (sheet KH2021)", "2 | QI - QIV: Theo dõi theo
 * quý"): lines naming the workbook's other sheets, read as numbered tasks. Left out, the sheet named once.
 */
export function contentsSheets(tasks: readonly RawTask[], grids: readonly Grid[]): LeftOut {
  const dropped = new Set<string>();
  const problems: Problem[] = [];
  const names = grids.map((g) => g.sheet.trim()).filter((n) => n.length >= 2);
  // "KH-2021: Kế hoạch năm", "QI - QIV: …", "Tổng hợp": a line opening with another sheet's name, then nothing or a gloss.
  const opensWithSheet = (content: string, own: string) =>
    names.some((n) => {
      if (n === own || !content.toLocaleLowerCase("vi").startsWith(n.toLocaleLowerCase("vi"))) return false;
      return /^(?:$|\s*[:–-]|\s*\()/u.test(content.slice(n.length));
    });
  const bySheet = new Map<string, RawTask[]>();
  for (const t of tasks) {
    const list = bySheet.get(t.source.sheet);
    if (list) list.push(t);
    else bySheet.set(t.source.sheet, [t]);
  }
  for (const [sheet, list] of bySheet) {
    // A workbook's contents is a few lines; a long list is work.
    if (list.length > 30) continue;
    const pointing = list.filter((t) => SHEET_WORD.test(` ${looseKey(t.content)} `) || opensWithSheet(t.content.trim(), sheet));
    if (pointing.length < 2 || pointing.length < list.length * 0.6) continue;
    for (const t of list) dropped.add(rowKeyOf(sheet, t.source.row));
    problems.push(
      problem("SHEET_SKIPPED", { file: list[0].source.file, sheet, row: list[0].source.row }, "", {
        vi: `các dòng của sheet "${sheet}" nêu tên các sheet khác trong sổ (${pointing
          .slice(0, 3)
          .map((t) => `"${t.content}"`)
          .join(", ")}): là mục lục của sổ, không phải nhiệm vụ; không đọc.`,
        en: `the rows of sheet "${sheet}" name the workbook's other sheets: its table of contents, no tasks; not read.`,
      }),
    );
  }
  return { dropped, problems };
}
